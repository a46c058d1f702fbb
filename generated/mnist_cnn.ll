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
  %23 = srem i64 %task, 26
  %24 = sdiv i64 %task, 26
  %25 = srem i64 %24, 2
  %26 = mul i64 %23, 1
  %27 = sdiv i64 %task, 52
  %28 = srem i64 %27, 1
  %29 = sdiv i64 %27, 1
  %30 = mul i64 %28, 4
  %31 = mul i64 %25, 2
  %32 = add i64 %30, %31
  %33 = mul i64 %29, 1
  %34 = mul i64 %28, 1
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 784
  %37 = mul i64 %32, 72
  %38 = mul i64 %26, 28
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %39 = icmp slt i64 %x, 24
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %40 = add i64 %32, 0
  %41 = mul i64 %40, 8
  %42 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  store <8 x float> %44, <8 x float>* %21, align 32
  store <8 x float> %44, <8 x float>* %20, align 32
  store <8 x float> %44, <8 x float>* %19, align 32
  store <8 x float> %44, <8 x float>* %18, align 32
  store <8 x float> %44, <8 x float>* %17, align 32
  store <8 x float> %44, <8 x float>* %16, align 32
  %45 = add i64 %32, 1
  %46 = mul i64 %45, 8
  %47 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %49, <8 x float>* %15, align 32
  store <8 x float> %49, <8 x float>* %14, align 32
  store <8 x float> %49, <8 x float>* %13, align 32
  store <8 x float> %49, <8 x float>* %12, align 32
  store <8 x float> %49, <8 x float>* %11, align 32
  store <8 x float> %49, <8 x float>* %10, align 32
  %50 = mul i64 %x, 1
  %51 = add i64 %38, %50
  %52 = add i64 %36, %51
  br label %u.header

x.exit:                                           ; preds = %x.header
  %53 = add i64 %32, 0
  %54 = mul i64 %53, 8
  %55 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %9, align 32
  store <8 x float> %57, <8 x float>* %8, align 32
  %58 = add i64 %32, 1
  %59 = mul i64 %58, 8
  %60 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  store <8 x float> %62, <8 x float>* %7, align 32
  store <8 x float> %62, <8 x float>* %6, align 32
  %63 = add i64 %38, 24
  %64 = add i64 %36, %63
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %65 = icmp slt i64 %u, 1
  br i1 %65, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %66 = mul i64 %u, 784
  %67 = add i64 %52, %66
  %68 = mul i64 %u, 72
  %69 = add i64 %37, %68
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %70 = mul i64 %29, 4
  %71 = add i64 %70, %32
  %72 = add i64 %71, 0
  %73 = mul i64 %72, 26
  %74 = add i64 %73, %26
  %75 = mul i64 %74, 26
  %76 = add i64 %x, 0
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %21, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 1
  %85 = add i64 %75, %84
  %86 = mul i64 %85, 8
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = getelementptr inbounds float, float* %0, i64 %86
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %89, <8 x float>* %91, align 4
  %92 = add i64 %x, 2
  %93 = add i64 %75, %92
  %94 = mul i64 %93, 8
  %95 = load <8 x float>, <8 x float>* %19, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = getelementptr inbounds float, float* %0, i64 %94
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %97, <8 x float>* %99, align 4
  %100 = add i64 %x, 3
  %101 = add i64 %75, %100
  %102 = mul i64 %101, 8
  %103 = load <8 x float>, <8 x float>* %18, align 32
  %104 = fcmp ogt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> %103, <8 x float> zeroinitializer
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = add i64 %x, 4
  %109 = add i64 %75, %108
  %110 = mul i64 %109, 8
  %111 = load <8 x float>, <8 x float>* %17, align 32
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = getelementptr inbounds float, float* %0, i64 %110
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %113, <8 x float>* %115, align 4
  %116 = add i64 %x, 5
  %117 = add i64 %75, %116
  %118 = mul i64 %117, 8
  %119 = load <8 x float>, <8 x float>* %16, align 32
  %120 = fcmp ogt <8 x float> %119, zeroinitializer
  %121 = select <8 x i1> %120, <8 x float> %119, <8 x float> zeroinitializer
  %122 = getelementptr inbounds float, float* %0, i64 %118
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %121, <8 x float>* %123, align 4
  %124 = mul i64 %29, 4
  %125 = add i64 %124, %32
  %126 = add i64 %125, 1
  %127 = mul i64 %126, 26
  %128 = add i64 %127, %26
  %129 = mul i64 %128, 26
  %130 = add i64 %x, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 8
  %133 = load <8 x float>, <8 x float>* %15, align 32
  %134 = fcmp ogt <8 x float> %133, zeroinitializer
  %135 = select <8 x i1> %134, <8 x float> %133, <8 x float> zeroinitializer
  %136 = getelementptr inbounds float, float* %0, i64 %132
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %135, <8 x float>* %137, align 4
  %138 = add i64 %x, 1
  %139 = add i64 %129, %138
  %140 = mul i64 %139, 8
  %141 = load <8 x float>, <8 x float>* %14, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = getelementptr inbounds float, float* %0, i64 %140
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = add i64 %x, 2
  %147 = add i64 %129, %146
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %13, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 3
  %155 = add i64 %129, %154
  %156 = mul i64 %155, 8
  %157 = load <8 x float>, <8 x float>* %12, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = getelementptr inbounds float, float* %0, i64 %156
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %162 = add i64 %x, 4
  %163 = add i64 %129, %162
  %164 = mul i64 %163, 8
  %165 = load <8 x float>, <8 x float>* %11, align 32
  %166 = fcmp ogt <8 x float> %165, zeroinitializer
  %167 = select <8 x i1> %166, <8 x float> %165, <8 x float> zeroinitializer
  %168 = getelementptr inbounds float, float* %0, i64 %164
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %167, <8 x float>* %169, align 4
  %170 = add i64 %x, 5
  %171 = add i64 %129, %170
  %172 = mul i64 %171, 8
  %173 = load <8 x float>, <8 x float>* %10, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = getelementptr inbounds float, float* %0, i64 %172
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %175, <8 x float>* %177, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %178 = icmp slt i64 %kh, 3
  br i1 %178, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %179 = mul i64 %kh, 28
  %180 = add i64 %67, %179
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %181 = icmp slt i64 %kw, 3
  br i1 %181, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %182 = mul i64 %kw, 1
  %183 = add i64 %180, %182
  %184 = mul i64 %kh, 3
  %185 = add i64 %184, %kw
  %186 = mul i64 %185, 8
  %187 = add i64 %69, %186
  %188 = add i64 %187, 0
  %189 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.packed to float*), i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %187, 72
  %193 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.packed to float*), i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = add i64 %183, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %21, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %191, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %21, align 32
  %202 = load <8 x float>, <8 x float>* %15, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %195, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %15, align 32
  %204 = add i64 %183, 1
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat1 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %20, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %191, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %20, align 32
  %210 = load <8 x float>, <8 x float>* %14, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %195, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %14, align 32
  %212 = add i64 %183, 2
  %213 = getelementptr inbounds float, float* %1, i64 %212
  %214 = load float, float* %213, align 4
  %215 = insertelement <8 x float> undef, float %214, i32 0
  %splat2 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %216 = load <8 x float>, <8 x float>* %19, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %191, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %19, align 32
  %218 = load <8 x float>, <8 x float>* %13, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %195, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %13, align 32
  %220 = add i64 %183, 3
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat3 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %18, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %191, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %18, align 32
  %226 = load <8 x float>, <8 x float>* %12, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %195, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %12, align 32
  %228 = add i64 %183, 4
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat4 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %17, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %191, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %17, align 32
  %234 = load <8 x float>, <8 x float>* %11, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %195, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %11, align 32
  %236 = add i64 %183, 5
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat5 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %16, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %191, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %16, align 32
  %242 = load <8 x float>, <8 x float>* %10, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %195, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %10, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next22, %kh.exit12 ]
  %244 = icmp slt i64 %u9, 1
  br i1 %244, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %245 = mul i64 %u9, 784
  %246 = add i64 %64, %245
  %247 = mul i64 %u9, 72
  %248 = add i64 %37, %247
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %249 = mul i64 %29, 4
  %250 = add i64 %249, %32
  %251 = add i64 %250, 0
  %252 = mul i64 %251, 26
  %253 = add i64 %252, %26
  %254 = mul i64 %253, 26
  %255 = add i64 %254, 24
  %256 = mul i64 %255, 8
  %257 = load <8 x float>, <8 x float>* %9, align 32
  %258 = fcmp ogt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> %257, <8 x float> zeroinitializer
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %254, 25
  %263 = mul i64 %262, 8
  %264 = load <8 x float>, <8 x float>* %8, align 32
  %265 = fcmp ogt <8 x float> %264, zeroinitializer
  %266 = select <8 x i1> %265, <8 x float> %264, <8 x float> zeroinitializer
  %267 = getelementptr inbounds float, float* %0, i64 %263
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %266, <8 x float>* %268, align 4
  %269 = mul i64 %29, 4
  %270 = add i64 %269, %32
  %271 = add i64 %270, 1
  %272 = mul i64 %271, 26
  %273 = add i64 %272, %26
  %274 = mul i64 %273, 26
  %275 = add i64 %274, 24
  %276 = mul i64 %275, 8
  %277 = load <8 x float>, <8 x float>* %7, align 32
  %278 = fcmp ogt <8 x float> %277, zeroinitializer
  %279 = select <8 x i1> %278, <8 x float> %277, <8 x float> zeroinitializer
  %280 = getelementptr inbounds float, float* %0, i64 %276
  %281 = bitcast float* %280 to <8 x float>*
  store <8 x float> %279, <8 x float>* %281, align 4
  %282 = add i64 %274, 25
  %283 = mul i64 %282, 8
  %284 = load <8 x float>, <8 x float>* %6, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = getelementptr inbounds float, float* %0, i64 %283
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %286, <8 x float>* %288, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next21, %kw.exit16 ]
  %289 = icmp slt i64 %kh13, 3
  br i1 %289, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %290 = mul i64 %kh13, 28
  %291 = add i64 %246, %290
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next22 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next20, %kw.body15 ]
  %292 = icmp slt i64 %kw17, 3
  br i1 %292, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %293 = mul i64 %kw17, 1
  %294 = add i64 %291, %293
  %295 = mul i64 %kh13, 3
  %296 = add i64 %295, %kw17
  %297 = mul i64 %296, 8
  %298 = add i64 %248, %297
  %299 = add i64 %298, 0
  %300 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.packed to float*), i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  %302 = load <8 x float>, <8 x float>* %301, align 4
  %303 = add i64 %298, 72
  %304 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.packed to float*), i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = add i64 %294, 0
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat18 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %9, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %302, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %9, align 32
  %313 = load <8 x float>, <8 x float>* %7, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %306, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %7, align 32
  %315 = add i64 %294, 1
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat19 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %8, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %302, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %8, align 32
  %321 = load <8 x float>, <8 x float>* %6, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %306, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %6, align 32
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
  %19 = srem i64 %task, 24
  %20 = sdiv i64 %task, 24
  %21 = srem i64 %20, 4
  %22 = mul i64 %19, 1
  %23 = sdiv i64 %task, 96
  %24 = srem i64 %23, 1
  %25 = sdiv i64 %23, 1
  %26 = mul i64 %24, 8
  %27 = mul i64 %21, 2
  %28 = add i64 %26, %27
  %29 = mul i64 %25, 4
  %30 = mul i64 %24, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 5408
  %33 = mul i64 %28, 2304
  %34 = mul i64 %22, 208
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %35 = icmp slt i64 %x, 24
  br i1 %35, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %36 = add i64 %28, 0
  %37 = mul i64 %36, 8
  %38 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  store <8 x float> %40, <8 x float>* %17, align 32
  store <8 x float> %40, <8 x float>* %16, align 32
  store <8 x float> %40, <8 x float>* %15, align 32
  store <8 x float> %40, <8 x float>* %14, align 32
  store <8 x float> %40, <8 x float>* %13, align 32
  store <8 x float> %40, <8 x float>* %12, align 32
  %41 = add i64 %28, 1
  %42 = mul i64 %41, 8
  %43 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  store <8 x float> %45, <8 x float>* %11, align 32
  store <8 x float> %45, <8 x float>* %10, align 32
  store <8 x float> %45, <8 x float>* %9, align 32
  store <8 x float> %45, <8 x float>* %8, align 32
  store <8 x float> %45, <8 x float>* %7, align 32
  store <8 x float> %45, <8 x float>* %6, align 32
  %46 = mul i64 %x, 8
  %47 = add i64 %34, %46
  %48 = add i64 %32, %47
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %49 = icmp slt i64 %u, 4
  br i1 %49, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %50 = mul i64 %u, 5408
  %51 = add i64 %48, %50
  %52 = mul i64 %u, 576
  %53 = add i64 %33, %52
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %54 = mul i64 %25, 8
  %55 = add i64 %54, %28
  %56 = add i64 %55, 0
  %57 = mul i64 %56, 24
  %58 = add i64 %57, %22
  %59 = mul i64 %58, 24
  %60 = add i64 %x, 0
  %61 = add i64 %59, %60
  %62 = mul i64 %61, 8
  %63 = load <8 x float>, <8 x float>* %17, align 32
  %64 = fcmp ogt <8 x float> %63, zeroinitializer
  %65 = select <8 x i1> %64, <8 x float> %63, <8 x float> zeroinitializer
  %66 = getelementptr inbounds float, float* %0, i64 %62
  %67 = bitcast float* %66 to <8 x float>*
  store <8 x float> %65, <8 x float>* %67, align 4
  %68 = add i64 %x, 1
  %69 = add i64 %59, %68
  %70 = mul i64 %69, 8
  %71 = load <8 x float>, <8 x float>* %16, align 32
  %72 = fcmp ogt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> %71, <8 x float> zeroinitializer
  %74 = getelementptr inbounds float, float* %0, i64 %70
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %73, <8 x float>* %75, align 4
  %76 = add i64 %x, 2
  %77 = add i64 %59, %76
  %78 = mul i64 %77, 8
  %79 = load <8 x float>, <8 x float>* %15, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = getelementptr inbounds float, float* %0, i64 %78
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %81, <8 x float>* %83, align 4
  %84 = add i64 %x, 3
  %85 = add i64 %59, %84
  %86 = mul i64 %85, 8
  %87 = load <8 x float>, <8 x float>* %14, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = getelementptr inbounds float, float* %0, i64 %86
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %89, <8 x float>* %91, align 4
  %92 = add i64 %x, 4
  %93 = add i64 %59, %92
  %94 = mul i64 %93, 8
  %95 = load <8 x float>, <8 x float>* %13, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = getelementptr inbounds float, float* %0, i64 %94
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %97, <8 x float>* %99, align 4
  %100 = add i64 %x, 5
  %101 = add i64 %59, %100
  %102 = mul i64 %101, 8
  %103 = load <8 x float>, <8 x float>* %12, align 32
  %104 = fcmp ogt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> %103, <8 x float> zeroinitializer
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = mul i64 %25, 8
  %109 = add i64 %108, %28
  %110 = add i64 %109, 1
  %111 = mul i64 %110, 24
  %112 = add i64 %111, %22
  %113 = mul i64 %112, 24
  %114 = add i64 %x, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %11, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = add i64 %x, 1
  %123 = add i64 %113, %122
  %124 = mul i64 %123, 8
  %125 = load <8 x float>, <8 x float>* %10, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = getelementptr inbounds float, float* %0, i64 %124
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %127, <8 x float>* %129, align 4
  %130 = add i64 %x, 2
  %131 = add i64 %113, %130
  %132 = mul i64 %131, 8
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = fcmp ogt <8 x float> %133, zeroinitializer
  %135 = select <8 x i1> %134, <8 x float> %133, <8 x float> zeroinitializer
  %136 = getelementptr inbounds float, float* %0, i64 %132
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %135, <8 x float>* %137, align 4
  %138 = add i64 %x, 3
  %139 = add i64 %113, %138
  %140 = mul i64 %139, 8
  %141 = load <8 x float>, <8 x float>* %8, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = getelementptr inbounds float, float* %0, i64 %140
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = add i64 %x, 4
  %147 = add i64 %113, %146
  %148 = mul i64 %147, 8
  %149 = load <8 x float>, <8 x float>* %7, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = getelementptr inbounds float, float* %0, i64 %148
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = add i64 %x, 5
  %155 = add i64 %113, %154
  %156 = mul i64 %155, 8
  %157 = load <8 x float>, <8 x float>* %6, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = getelementptr inbounds float, float* %0, i64 %156
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %162 = icmp slt i64 %kh, 3
  br i1 %162, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %163 = mul i64 %kh, 208
  %164 = add i64 %51, %163
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %165 = icmp slt i64 %kw, 3
  br i1 %165, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %166 = mul i64 %kw, 8
  %167 = add i64 %164, %166
  %168 = mul i64 %kh, 3
  %169 = add i64 %168, %kw
  %170 = mul i64 %169, 64
  %171 = add i64 %53, %170
  %172 = add i64 %171, 0
  %173 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = add i64 %171, 2304
  %177 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  %180 = add i64 %167, 0
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %17, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %175, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %17, align 32
  %186 = load <8 x float>, <8 x float>* %11, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %179, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %11, align 32
  %188 = add i64 %167, 8
  %189 = getelementptr inbounds float, float* %1, i64 %188
  %190 = load float, float* %189, align 4
  %191 = insertelement <8 x float> undef, float %190, i32 0
  %splat1 = shufflevector <8 x float> %191, <8 x float> undef, <8 x i32> zeroinitializer
  %192 = load <8 x float>, <8 x float>* %16, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %175, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %16, align 32
  %194 = load <8 x float>, <8 x float>* %10, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %179, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %10, align 32
  %196 = add i64 %167, 16
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat2 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %15, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %175, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %15, align 32
  %202 = load <8 x float>, <8 x float>* %9, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %179, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %9, align 32
  %204 = add i64 %167, 24
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat3 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %14, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %175, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %14, align 32
  %210 = load <8 x float>, <8 x float>* %8, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %179, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %8, align 32
  %212 = add i64 %167, 32
  %213 = getelementptr inbounds float, float* %1, i64 %212
  %214 = load float, float* %213, align 4
  %215 = insertelement <8 x float> undef, float %214, i32 0
  %splat4 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %216 = load <8 x float>, <8 x float>* %13, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %175, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %13, align 32
  %218 = load <8 x float>, <8 x float>* %7, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %179, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %7, align 32
  %220 = add i64 %167, 40
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat5 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %12, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %175, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %12, align 32
  %226 = load <8 x float>, <8 x float>* %6, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %179, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %6, align 32
  %228 = add i64 %171, 8
  %229 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = add i64 %171, 2312
  %233 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = add i64 %167, 1
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat6 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %17, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %231, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %17, align 32
  %242 = load <8 x float>, <8 x float>* %11, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %235, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %11, align 32
  %244 = add i64 %167, 9
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat7 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %16, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %231, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %16, align 32
  %250 = load <8 x float>, <8 x float>* %10, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %235, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %10, align 32
  %252 = add i64 %167, 17
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat8 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %15, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %231, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %15, align 32
  %258 = load <8 x float>, <8 x float>* %9, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %235, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %9, align 32
  %260 = add i64 %167, 25
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat9 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %14, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %231, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %14, align 32
  %266 = load <8 x float>, <8 x float>* %8, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %235, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %8, align 32
  %268 = add i64 %167, 33
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat10 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %13, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %231, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %13, align 32
  %274 = load <8 x float>, <8 x float>* %7, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %235, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %7, align 32
  %276 = add i64 %167, 41
  %277 = getelementptr inbounds float, float* %1, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat11 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %12, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %231, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %12, align 32
  %282 = load <8 x float>, <8 x float>* %6, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %235, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %6, align 32
  %284 = add i64 %171, 16
  %285 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  %287 = load <8 x float>, <8 x float>* %286, align 4
  %288 = add i64 %171, 2320
  %289 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %288
  %290 = bitcast float* %289 to <8 x float>*
  %291 = load <8 x float>, <8 x float>* %290, align 4
  %292 = add i64 %167, 2
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat12 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %17, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %287, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %17, align 32
  %298 = load <8 x float>, <8 x float>* %11, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %291, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %11, align 32
  %300 = add i64 %167, 10
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat13 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %16, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %287, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %16, align 32
  %306 = load <8 x float>, <8 x float>* %10, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %291, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %10, align 32
  %308 = add i64 %167, 18
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat14 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %15, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %287, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %15, align 32
  %314 = load <8 x float>, <8 x float>* %9, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %291, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %9, align 32
  %316 = add i64 %167, 26
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat15 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %14, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %287, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %14, align 32
  %322 = load <8 x float>, <8 x float>* %8, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %291, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %8, align 32
  %324 = add i64 %167, 34
  %325 = getelementptr inbounds float, float* %1, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat16 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %13, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %287, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %13, align 32
  %330 = load <8 x float>, <8 x float>* %7, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %291, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %7, align 32
  %332 = add i64 %167, 42
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %splat17 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %336 = load <8 x float>, <8 x float>* %12, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %287, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %12, align 32
  %338 = load <8 x float>, <8 x float>* %6, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %291, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %6, align 32
  %340 = add i64 %171, 24
  %341 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %171, 2328
  %345 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %167, 3
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat18 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %17, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %343, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %17, align 32
  %354 = load <8 x float>, <8 x float>* %11, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %347, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %11, align 32
  %356 = add i64 %167, 11
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat19 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %16, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %343, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %16, align 32
  %362 = load <8 x float>, <8 x float>* %10, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %347, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %10, align 32
  %364 = add i64 %167, 19
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat20 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %15, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %343, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %15, align 32
  %370 = load <8 x float>, <8 x float>* %9, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %347, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %9, align 32
  %372 = add i64 %167, 27
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat21 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %14, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %343, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %14, align 32
  %378 = load <8 x float>, <8 x float>* %8, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %347, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %8, align 32
  %380 = add i64 %167, 35
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat22 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %13, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %343, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %13, align 32
  %386 = load <8 x float>, <8 x float>* %7, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %347, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %7, align 32
  %388 = add i64 %167, 43
  %389 = getelementptr inbounds float, float* %1, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat23 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %12, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %343, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %12, align 32
  %394 = load <8 x float>, <8 x float>* %6, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %347, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %6, align 32
  %396 = add i64 %171, 32
  %397 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = add i64 %171, 2336
  %401 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %167, 4
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat24 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %17, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %399, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %17, align 32
  %410 = load <8 x float>, <8 x float>* %11, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %403, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %11, align 32
  %412 = add i64 %167, 12
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat25 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %399, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = load <8 x float>, <8 x float>* %10, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %403, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %10, align 32
  %420 = add i64 %167, 20
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat26 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %15, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %399, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %15, align 32
  %426 = load <8 x float>, <8 x float>* %9, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %403, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %9, align 32
  %428 = add i64 %167, 28
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat27 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %14, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %399, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %14, align 32
  %434 = load <8 x float>, <8 x float>* %8, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %403, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %8, align 32
  %436 = add i64 %167, 36
  %437 = getelementptr inbounds float, float* %1, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat28 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %13, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %399, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %13, align 32
  %442 = load <8 x float>, <8 x float>* %7, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %403, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %7, align 32
  %444 = add i64 %167, 44
  %445 = getelementptr inbounds float, float* %1, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat29 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %12, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %399, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %12, align 32
  %450 = load <8 x float>, <8 x float>* %6, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %403, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %6, align 32
  %452 = add i64 %171, 40
  %453 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = add i64 %171, 2344
  %457 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %167, 5
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat30 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %17, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %455, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %17, align 32
  %466 = load <8 x float>, <8 x float>* %11, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %459, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %11, align 32
  %468 = add i64 %167, 13
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat31 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %16, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %455, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %16, align 32
  %474 = load <8 x float>, <8 x float>* %10, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %459, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %10, align 32
  %476 = add i64 %167, 21
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat32 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %15, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %455, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %15, align 32
  %482 = load <8 x float>, <8 x float>* %9, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %459, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %9, align 32
  %484 = add i64 %167, 29
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat33 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %14, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %455, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %14, align 32
  %490 = load <8 x float>, <8 x float>* %8, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %459, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %8, align 32
  %492 = add i64 %167, 37
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat34 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %13, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %455, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %13, align 32
  %498 = load <8 x float>, <8 x float>* %7, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %459, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %7, align 32
  %500 = add i64 %167, 45
  %501 = getelementptr inbounds float, float* %1, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat35 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %12, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %455, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %12, align 32
  %506 = load <8 x float>, <8 x float>* %6, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %459, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %6, align 32
  %508 = add i64 %171, 48
  %509 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  %511 = load <8 x float>, <8 x float>* %510, align 4
  %512 = add i64 %171, 2352
  %513 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = add i64 %167, 6
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat36 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %17, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %511, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %17, align 32
  %522 = load <8 x float>, <8 x float>* %11, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %515, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %11, align 32
  %524 = add i64 %167, 14
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat37 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %16, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %511, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %16, align 32
  %530 = load <8 x float>, <8 x float>* %10, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %515, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %10, align 32
  %532 = add i64 %167, 22
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat38 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %15, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %511, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %15, align 32
  %538 = load <8 x float>, <8 x float>* %9, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %515, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %9, align 32
  %540 = add i64 %167, 30
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat39 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %14, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %511, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %14, align 32
  %546 = load <8 x float>, <8 x float>* %8, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %515, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %8, align 32
  %548 = add i64 %167, 38
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat40 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %13, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %511, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %13, align 32
  %554 = load <8 x float>, <8 x float>* %7, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %515, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %7, align 32
  %556 = add i64 %167, 46
  %557 = getelementptr inbounds float, float* %1, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat41 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %12, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %511, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %12, align 32
  %562 = load <8 x float>, <8 x float>* %6, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %515, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %6, align 32
  %564 = add i64 %171, 56
  %565 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %564
  %566 = bitcast float* %565 to <8 x float>*
  %567 = load <8 x float>, <8 x float>* %566, align 4
  %568 = add i64 %171, 2360
  %569 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.packed to float*), i64 %568
  %570 = bitcast float* %569 to <8 x float>*
  %571 = load <8 x float>, <8 x float>* %570, align 4
  %572 = add i64 %167, 7
  %573 = getelementptr inbounds float, float* %1, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat42 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %17, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %567, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %17, align 32
  %578 = load <8 x float>, <8 x float>* %11, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %571, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %11, align 32
  %580 = add i64 %167, 15
  %581 = getelementptr inbounds float, float* %1, i64 %580
  %582 = load float, float* %581, align 4
  %583 = insertelement <8 x float> undef, float %582, i32 0
  %splat43 = shufflevector <8 x float> %583, <8 x float> undef, <8 x i32> zeroinitializer
  %584 = load <8 x float>, <8 x float>* %16, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %567, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %16, align 32
  %586 = load <8 x float>, <8 x float>* %10, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %571, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %10, align 32
  %588 = add i64 %167, 23
  %589 = getelementptr inbounds float, float* %1, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat44 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %15, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %567, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %15, align 32
  %594 = load <8 x float>, <8 x float>* %9, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %571, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %9, align 32
  %596 = add i64 %167, 31
  %597 = getelementptr inbounds float, float* %1, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat45 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %14, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %567, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %14, align 32
  %602 = load <8 x float>, <8 x float>* %8, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %571, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %8, align 32
  %604 = add i64 %167, 39
  %605 = getelementptr inbounds float, float* %1, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat46 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %13, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %567, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %13, align 32
  %610 = load <8 x float>, <8 x float>* %7, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %571, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %7, align 32
  %612 = add i64 %167, 47
  %613 = getelementptr inbounds float, float* %1, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat47 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %12, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %567, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %12, align 32
  %618 = load <8 x float>, <8 x float>* %6, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %571, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %6, align 32
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

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
