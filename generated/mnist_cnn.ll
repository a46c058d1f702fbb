; mnist_cnn: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'mnist_cnn'
source_filename = "mnist_cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.weight = external constant [1152 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.weight = external constant [73728 x i8], align 64
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

task.header:                                      ; preds = %c.exit14, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit14 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 8
  %24 = sdiv i64 %task, 8
  %25 = srem i64 %24, 26
  %26 = sdiv i64 %task, 208
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 32
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 1
  %33 = mul i64 %27, 1
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 784
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %c.exit ]
  %38 = icmp slt i64 %x, 24
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %31, 0
  %40 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %39
  %41 = load float, float* %40, align 4
  %42 = insertelement <8 x float> undef, float %41, i32 0
  %splat = shufflevector <8 x float> %42, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  store <8 x float> %splat, <8 x float>* %19, align 32
  %43 = add i64 %31, 1
  %44 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat1 = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %18, align 32
  store <8 x float> %splat1, <8 x float>* %17, align 32
  store <8 x float> %splat1, <8 x float>* %16, align 32
  %47 = add i64 %31, 2
  %48 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat2 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %15, align 32
  store <8 x float> %splat2, <8 x float>* %14, align 32
  store <8 x float> %splat2, <8 x float>* %13, align 32
  %51 = add i64 %31, 3
  %52 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat3 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %12, align 32
  store <8 x float> %splat3, <8 x float>* %11, align 32
  store <8 x float> %splat3, <8 x float>* %10, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %55 = add i64 %31, 0
  %56 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat8 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %9, align 32
  %59 = add i64 %31, 1
  %60 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat9 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %8, align 32
  %63 = add i64 %31, 2
  %64 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat10 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %7, align 32
  %67 = add i64 %31, 3
  %68 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat11 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %6, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %71 = icmp slt i64 %c, 1
  br i1 %71, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %72 = mul i64 %c, 784
  %73 = add i64 %35, %72
  br label %i.header

c.exit:                                           ; preds = %c.header
  %74 = load <8 x float>, <8 x float>* %21, align 32
  %75 = fcmp ogt <8 x float> %74, zeroinitializer
  %76 = select <8 x i1> %75, <8 x float> %74, <8 x float> zeroinitializer
  %77 = add i64 %x, 0
  %78 = mul i64 %28, 32
  %79 = add i64 %31, 0
  %80 = add i64 %78, %79
  %81 = mul i64 %80, 26
  %82 = add i64 %81, %25
  %83 = mul i64 %82, 26
  %84 = add i64 %83, %77
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  store <8 x float> %76, <8 x float>* %86, align 4
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = fcmp ogt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> %87, <8 x float> zeroinitializer
  %90 = add i64 %x, 8
  %91 = mul i64 %28, 32
  %92 = add i64 %31, 0
  %93 = add i64 %91, %92
  %94 = mul i64 %93, 26
  %95 = add i64 %94, %25
  %96 = mul i64 %95, 26
  %97 = add i64 %96, %90
  %98 = getelementptr inbounds float, float* %0, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %89, <8 x float>* %99, align 4
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = fcmp ogt <8 x float> %100, zeroinitializer
  %102 = select <8 x i1> %101, <8 x float> %100, <8 x float> zeroinitializer
  %103 = add i64 %x, 16
  %104 = mul i64 %28, 32
  %105 = add i64 %31, 0
  %106 = add i64 %104, %105
  %107 = mul i64 %106, 26
  %108 = add i64 %107, %25
  %109 = mul i64 %108, 26
  %110 = add i64 %109, %103
  %111 = getelementptr inbounds float, float* %0, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %102, <8 x float>* %112, align 4
  %113 = load <8 x float>, <8 x float>* %18, align 32
  %114 = fcmp ogt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> %113, <8 x float> zeroinitializer
  %116 = add i64 %x, 0
  %117 = mul i64 %28, 32
  %118 = add i64 %31, 1
  %119 = add i64 %117, %118
  %120 = mul i64 %119, 26
  %121 = add i64 %120, %25
  %122 = mul i64 %121, 26
  %123 = add i64 %122, %116
  %124 = getelementptr inbounds float, float* %0, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %115, <8 x float>* %125, align 4
  %126 = load <8 x float>, <8 x float>* %17, align 32
  %127 = fcmp ogt <8 x float> %126, zeroinitializer
  %128 = select <8 x i1> %127, <8 x float> %126, <8 x float> zeroinitializer
  %129 = add i64 %x, 8
  %130 = mul i64 %28, 32
  %131 = add i64 %31, 1
  %132 = add i64 %130, %131
  %133 = mul i64 %132, 26
  %134 = add i64 %133, %25
  %135 = mul i64 %134, 26
  %136 = add i64 %135, %129
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %128, <8 x float>* %138, align 4
  %139 = load <8 x float>, <8 x float>* %16, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = add i64 %x, 16
  %143 = mul i64 %28, 32
  %144 = add i64 %31, 1
  %145 = add i64 %143, %144
  %146 = mul i64 %145, 26
  %147 = add i64 %146, %25
  %148 = mul i64 %147, 26
  %149 = add i64 %148, %142
  %150 = getelementptr inbounds float, float* %0, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %141, <8 x float>* %151, align 4
  %152 = load <8 x float>, <8 x float>* %15, align 32
  %153 = fcmp ogt <8 x float> %152, zeroinitializer
  %154 = select <8 x i1> %153, <8 x float> %152, <8 x float> zeroinitializer
  %155 = add i64 %x, 0
  %156 = mul i64 %28, 32
  %157 = add i64 %31, 2
  %158 = add i64 %156, %157
  %159 = mul i64 %158, 26
  %160 = add i64 %159, %25
  %161 = mul i64 %160, 26
  %162 = add i64 %161, %155
  %163 = getelementptr inbounds float, float* %0, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %154, <8 x float>* %164, align 4
  %165 = load <8 x float>, <8 x float>* %14, align 32
  %166 = fcmp ogt <8 x float> %165, zeroinitializer
  %167 = select <8 x i1> %166, <8 x float> %165, <8 x float> zeroinitializer
  %168 = add i64 %x, 8
  %169 = mul i64 %28, 32
  %170 = add i64 %31, 2
  %171 = add i64 %169, %170
  %172 = mul i64 %171, 26
  %173 = add i64 %172, %25
  %174 = mul i64 %173, 26
  %175 = add i64 %174, %168
  %176 = getelementptr inbounds float, float* %0, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %167, <8 x float>* %177, align 4
  %178 = load <8 x float>, <8 x float>* %13, align 32
  %179 = fcmp ogt <8 x float> %178, zeroinitializer
  %180 = select <8 x i1> %179, <8 x float> %178, <8 x float> zeroinitializer
  %181 = add i64 %x, 16
  %182 = mul i64 %28, 32
  %183 = add i64 %31, 2
  %184 = add i64 %182, %183
  %185 = mul i64 %184, 26
  %186 = add i64 %185, %25
  %187 = mul i64 %186, 26
  %188 = add i64 %187, %181
  %189 = getelementptr inbounds float, float* %0, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %180, <8 x float>* %190, align 4
  %191 = load <8 x float>, <8 x float>* %12, align 32
  %192 = fcmp ogt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> %191, <8 x float> zeroinitializer
  %194 = add i64 %x, 0
  %195 = mul i64 %28, 32
  %196 = add i64 %31, 3
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 26
  %199 = add i64 %198, %25
  %200 = mul i64 %199, 26
  %201 = add i64 %200, %194
  %202 = getelementptr inbounds float, float* %0, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %193, <8 x float>* %203, align 4
  %204 = load <8 x float>, <8 x float>* %11, align 32
  %205 = fcmp ogt <8 x float> %204, zeroinitializer
  %206 = select <8 x i1> %205, <8 x float> %204, <8 x float> zeroinitializer
  %207 = add i64 %x, 8
  %208 = mul i64 %28, 32
  %209 = add i64 %31, 3
  %210 = add i64 %208, %209
  %211 = mul i64 %210, 26
  %212 = add i64 %211, %25
  %213 = mul i64 %212, 26
  %214 = add i64 %213, %207
  %215 = getelementptr inbounds float, float* %0, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %206, <8 x float>* %216, align 4
  %217 = load <8 x float>, <8 x float>* %10, align 32
  %218 = fcmp ogt <8 x float> %217, zeroinitializer
  %219 = select <8 x i1> %218, <8 x float> %217, <8 x float> zeroinitializer
  %220 = add i64 %x, 16
  %221 = mul i64 %28, 32
  %222 = add i64 %31, 3
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 26
  %225 = add i64 %224, %25
  %226 = mul i64 %225, 26
  %227 = add i64 %226, %220
  %228 = getelementptr inbounds float, float* %0, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %219, <8 x float>* %229, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %230 = icmp slt i64 %i, 3
  br i1 %230, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %231 = mul i64 %i, 1
  %232 = add i64 %37, %231
  %233 = icmp sge i64 %232, 0
  %234 = icmp slt i64 %232, 28
  %235 = and i1 %233, %234
  br i1 %235, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %236 = mul i64 %232, 28
  %237 = add i64 %73, %236
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %238 = icmp slt i64 %j, 3
  br i1 %238, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %239 = mul i64 %x, 1
  %240 = mul i64 %j, 1
  %241 = add i64 %239, %240
  %242 = sub i64 %241, 0
  %243 = add i64 %237, %242
  %244 = add i64 %243, 0
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = add i64 %243, 8
  %249 = getelementptr inbounds float, float* %1, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  %251 = load <8 x float>, <8 x float>* %250, align 4
  %252 = add i64 %243, 16
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %31, 0
  %259 = mul i64 %258, 1
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat4 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %21, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %247, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %21, align 32
  %268 = load <8 x float>, <8 x float>* %20, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %251, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %20, align 32
  %270 = load <8 x float>, <8 x float>* %19, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %255, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %19, align 32
  %272 = mul i64 %i, 3
  %273 = add i64 %272, %j
  %274 = add i64 %31, 1
  %275 = mul i64 %274, 1
  %276 = add i64 %275, %c
  %277 = mul i64 %276, 9
  %278 = add i64 %277, %273
  %279 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.weight to float*), i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat5 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %18, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %247, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %18, align 32
  %284 = load <8 x float>, <8 x float>* %17, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %251, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %17, align 32
  %286 = load <8 x float>, <8 x float>* %16, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %255, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %16, align 32
  %288 = mul i64 %i, 3
  %289 = add i64 %288, %j
  %290 = add i64 %31, 2
  %291 = mul i64 %290, 1
  %292 = add i64 %291, %c
  %293 = mul i64 %292, 9
  %294 = add i64 %293, %289
  %295 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.weight to float*), i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat6 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %15, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %247, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %15, align 32
  %300 = load <8 x float>, <8 x float>* %14, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %251, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %14, align 32
  %302 = load <8 x float>, <8 x float>* %13, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %13, align 32
  %304 = mul i64 %i, 3
  %305 = add i64 %304, %j
  %306 = add i64 %31, 3
  %307 = mul i64 %306, 1
  %308 = add i64 %307, %c
  %309 = mul i64 %308, 9
  %310 = add i64 %309, %305
  %311 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.weight to float*), i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat7 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %12, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %247, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %12, align 32
  %316 = load <8 x float>, <8 x float>* %11, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %251, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %11, align 32
  %318 = load <8 x float>, <8 x float>* %10, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %10, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %320 = icmp slt i64 %c15, 1
  br i1 %320, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %321 = mul i64 %c15, 784
  %322 = add i64 %35, %321
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %323 = load <8 x float>, <8 x float>* %9, align 32
  %324 = fcmp ogt <8 x float> %323, zeroinitializer
  %325 = select <8 x i1> %324, <8 x float> %323, <8 x float> zeroinitializer
  %326 = mul i64 %28, 32
  %327 = add i64 %31, 0
  %328 = add i64 %326, %327
  %329 = mul i64 %328, 26
  %330 = add i64 %329, %25
  %331 = mul i64 %330, 26
  %332 = add i64 %331, 24
  %333 = getelementptr inbounds float, float* %0, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %325, <8 x float>* %334, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %335 = load <8 x float>, <8 x float>* %8, align 32
  %336 = fcmp ogt <8 x float> %335, zeroinitializer
  %337 = select <8 x i1> %336, <8 x float> %335, <8 x float> zeroinitializer
  %338 = mul i64 %28, 32
  %339 = add i64 %31, 1
  %340 = add i64 %338, %339
  %341 = mul i64 %340, 26
  %342 = add i64 %341, %25
  %343 = mul i64 %342, 26
  %344 = add i64 %343, 24
  %345 = getelementptr inbounds float, float* %0, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %337, <8 x float>* %346, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %347 = load <8 x float>, <8 x float>* %7, align 32
  %348 = fcmp ogt <8 x float> %347, zeroinitializer
  %349 = select <8 x i1> %348, <8 x float> %347, <8 x float> zeroinitializer
  %350 = mul i64 %28, 32
  %351 = add i64 %31, 2
  %352 = add i64 %350, %351
  %353 = mul i64 %352, 26
  %354 = add i64 %353, %25
  %355 = mul i64 %354, 26
  %356 = add i64 %355, 24
  %357 = getelementptr inbounds float, float* %0, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %349, <8 x float>* %358, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %359 = load <8 x float>, <8 x float>* %6, align 32
  %360 = fcmp ogt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> %359, <8 x float> zeroinitializer
  %362 = mul i64 %28, 32
  %363 = add i64 %31, 3
  %364 = add i64 %362, %363
  %365 = mul i64 %364, 26
  %366 = add i64 %365, %25
  %367 = mul i64 %366, 26
  %368 = add i64 %367, 24
  %369 = getelementptr inbounds float, float* %0, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %361, <8 x float>* %370, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %task.next = add i64 %task, 1
  br label %task.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %371 = icmp slt i64 %i19, 3
  br i1 %371, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %372 = mul i64 %i19, 1
  %373 = add i64 %37, %372
  %374 = icmp sge i64 %373, 0
  %375 = icmp slt i64 %373, 28
  %376 = and i1 %374, %375
  br i1 %376, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %377 = mul i64 %373, 28
  %378 = add i64 %322, %377
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %379 = icmp slt i64 %j25, 3
  br i1 %379, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %380 = mul i64 %j25, 1
  %381 = add i64 24, %380
  %382 = sub i64 %381, 0
  %383 = add i64 %378, %382
  %384 = add i64 %383, 0
  %385 = getelementptr inbounds float, float* %1, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %386, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %388 = mul i64 %i19, 3
  %389 = add i64 %388, %j25
  %390 = add i64 %31, 0
  %391 = mul i64 %390, 1
  %392 = add i64 %391, %c15
  %393 = mul i64 %392, 9
  %394 = add i64 %393, %389
  %395 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.weight to float*), i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat26 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %9, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %387, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %9, align 32
  %400 = mul i64 %i19, 3
  %401 = add i64 %400, %j25
  %402 = add i64 %31, 1
  %403 = mul i64 %402, 1
  %404 = add i64 %403, %c15
  %405 = mul i64 %404, 9
  %406 = add i64 %405, %401
  %407 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.weight to float*), i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat27 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %8, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %387, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %8, align 32
  %412 = mul i64 %i19, 3
  %413 = add i64 %412, %j25
  %414 = add i64 %31, 2
  %415 = mul i64 %414, 1
  %416 = add i64 %415, %c15
  %417 = mul i64 %416, 9
  %418 = add i64 %417, %413
  %419 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.weight to float*), i64 %418
  %420 = load float, float* %419, align 4
  %421 = insertelement <8 x float> undef, float %420, i32 0
  %splat28 = shufflevector <8 x float> %421, <8 x float> undef, <8 x i32> zeroinitializer
  %422 = load <8 x float>, <8 x float>* %7, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %387, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %7, align 32
  %424 = mul i64 %i19, 3
  %425 = add i64 %424, %j25
  %426 = add i64 %31, 3
  %427 = mul i64 %426, 1
  %428 = add i64 %427, %c15
  %429 = mul i64 %428, 9
  %430 = add i64 %429, %425
  %431 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.conv2d_1.weight to float*), i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat29 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %6, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %387, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %6, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #3

; Function Attrs: nounwind
define internal void @node0.conv2d_1.step0(i8* %0) #4 {
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
  %19 = srem i64 %task, 16
  %20 = sdiv i64 %task, 16
  %21 = srem i64 %20, 24
  %22 = sdiv i64 %task, 384
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 64
  %26 = mul i64 %19, 4
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 32
  %29 = mul i64 %23, 32
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 676
  %32 = mul i64 %21, 1
  %33 = sub i64 %32, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %c.exit ]
  %34 = icmp slt i64 %x, 24
  br i1 %34, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %35 = add i64 %27, 0
  %36 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %35
  %37 = load float, float* %36, align 4
  %38 = insertelement <8 x float> undef, float %37, i32 0
  %splat = shufflevector <8 x float> %38, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %17, align 32
  store <8 x float> %splat, <8 x float>* %16, align 32
  store <8 x float> %splat, <8 x float>* %15, align 32
  %39 = add i64 %27, 1
  %40 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %39
  %41 = load float, float* %40, align 4
  %42 = insertelement <8 x float> undef, float %41, i32 0
  %splat1 = shufflevector <8 x float> %42, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %14, align 32
  store <8 x float> %splat1, <8 x float>* %13, align 32
  store <8 x float> %splat1, <8 x float>* %12, align 32
  %43 = add i64 %27, 2
  %44 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat2 = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %11, align 32
  store <8 x float> %splat2, <8 x float>* %10, align 32
  store <8 x float> %splat2, <8 x float>* %9, align 32
  %47 = add i64 %27, 3
  %48 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat3 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %8, align 32
  store <8 x float> %splat3, <8 x float>* %7, align 32
  store <8 x float> %splat3, <8 x float>* %6, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %51 = icmp slt i64 %c, 32
  br i1 %51, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %52 = mul i64 %c, 676
  %53 = add i64 %31, %52
  br label %i.header

c.exit:                                           ; preds = %c.header
  %54 = load <8 x float>, <8 x float>* %17, align 32
  %55 = fcmp ogt <8 x float> %54, zeroinitializer
  %56 = select <8 x i1> %55, <8 x float> %54, <8 x float> zeroinitializer
  %57 = add i64 %x, 0
  %58 = mul i64 %24, 64
  %59 = add i64 %27, 0
  %60 = add i64 %58, %59
  %61 = mul i64 %60, 24
  %62 = add i64 %61, %21
  %63 = mul i64 %62, 24
  %64 = add i64 %63, %57
  %65 = getelementptr inbounds float, float* %0, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  store <8 x float> %56, <8 x float>* %66, align 4
  %67 = load <8 x float>, <8 x float>* %16, align 32
  %68 = fcmp ogt <8 x float> %67, zeroinitializer
  %69 = select <8 x i1> %68, <8 x float> %67, <8 x float> zeroinitializer
  %70 = add i64 %x, 8
  %71 = mul i64 %24, 64
  %72 = add i64 %27, 0
  %73 = add i64 %71, %72
  %74 = mul i64 %73, 24
  %75 = add i64 %74, %21
  %76 = mul i64 %75, 24
  %77 = add i64 %76, %70
  %78 = getelementptr inbounds float, float* %0, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  store <8 x float> %69, <8 x float>* %79, align 4
  %80 = load <8 x float>, <8 x float>* %15, align 32
  %81 = fcmp ogt <8 x float> %80, zeroinitializer
  %82 = select <8 x i1> %81, <8 x float> %80, <8 x float> zeroinitializer
  %83 = add i64 %x, 16
  %84 = mul i64 %24, 64
  %85 = add i64 %27, 0
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 24
  %88 = add i64 %87, %21
  %89 = mul i64 %88, 24
  %90 = add i64 %89, %83
  %91 = getelementptr inbounds float, float* %0, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  store <8 x float> %82, <8 x float>* %92, align 4
  %93 = load <8 x float>, <8 x float>* %14, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = add i64 %x, 0
  %97 = mul i64 %24, 64
  %98 = add i64 %27, 1
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 24
  %101 = add i64 %100, %21
  %102 = mul i64 %101, 24
  %103 = add i64 %102, %96
  %104 = getelementptr inbounds float, float* %0, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %95, <8 x float>* %105, align 4
  %106 = load <8 x float>, <8 x float>* %13, align 32
  %107 = fcmp ogt <8 x float> %106, zeroinitializer
  %108 = select <8 x i1> %107, <8 x float> %106, <8 x float> zeroinitializer
  %109 = add i64 %x, 8
  %110 = mul i64 %24, 64
  %111 = add i64 %27, 1
  %112 = add i64 %110, %111
  %113 = mul i64 %112, 24
  %114 = add i64 %113, %21
  %115 = mul i64 %114, 24
  %116 = add i64 %115, %109
  %117 = getelementptr inbounds float, float* %0, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %108, <8 x float>* %118, align 4
  %119 = load <8 x float>, <8 x float>* %12, align 32
  %120 = fcmp ogt <8 x float> %119, zeroinitializer
  %121 = select <8 x i1> %120, <8 x float> %119, <8 x float> zeroinitializer
  %122 = add i64 %x, 16
  %123 = mul i64 %24, 64
  %124 = add i64 %27, 1
  %125 = add i64 %123, %124
  %126 = mul i64 %125, 24
  %127 = add i64 %126, %21
  %128 = mul i64 %127, 24
  %129 = add i64 %128, %122
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %121, <8 x float>* %131, align 4
  %132 = load <8 x float>, <8 x float>* %11, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = add i64 %x, 0
  %136 = mul i64 %24, 64
  %137 = add i64 %27, 2
  %138 = add i64 %136, %137
  %139 = mul i64 %138, 24
  %140 = add i64 %139, %21
  %141 = mul i64 %140, 24
  %142 = add i64 %141, %135
  %143 = getelementptr inbounds float, float* %0, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %134, <8 x float>* %144, align 4
  %145 = load <8 x float>, <8 x float>* %10, align 32
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = add i64 %x, 8
  %149 = mul i64 %24, 64
  %150 = add i64 %27, 2
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 24
  %153 = add i64 %152, %21
  %154 = mul i64 %153, 24
  %155 = add i64 %154, %148
  %156 = getelementptr inbounds float, float* %0, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %147, <8 x float>* %157, align 4
  %158 = load <8 x float>, <8 x float>* %9, align 32
  %159 = fcmp ogt <8 x float> %158, zeroinitializer
  %160 = select <8 x i1> %159, <8 x float> %158, <8 x float> zeroinitializer
  %161 = add i64 %x, 16
  %162 = mul i64 %24, 64
  %163 = add i64 %27, 2
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 24
  %166 = add i64 %165, %21
  %167 = mul i64 %166, 24
  %168 = add i64 %167, %161
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %160, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %8, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = add i64 %x, 0
  %175 = mul i64 %24, 64
  %176 = add i64 %27, 3
  %177 = add i64 %175, %176
  %178 = mul i64 %177, 24
  %179 = add i64 %178, %21
  %180 = mul i64 %179, 24
  %181 = add i64 %180, %174
  %182 = getelementptr inbounds float, float* %0, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %173, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %7, align 32
  %185 = fcmp ogt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> %184, <8 x float> zeroinitializer
  %187 = add i64 %x, 8
  %188 = mul i64 %24, 64
  %189 = add i64 %27, 3
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 24
  %192 = add i64 %191, %21
  %193 = mul i64 %192, 24
  %194 = add i64 %193, %187
  %195 = getelementptr inbounds float, float* %0, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %186, <8 x float>* %196, align 4
  %197 = load <8 x float>, <8 x float>* %6, align 32
  %198 = fcmp ogt <8 x float> %197, zeroinitializer
  %199 = select <8 x i1> %198, <8 x float> %197, <8 x float> zeroinitializer
  %200 = add i64 %x, 16
  %201 = mul i64 %24, 64
  %202 = add i64 %27, 3
  %203 = add i64 %201, %202
  %204 = mul i64 %203, 24
  %205 = add i64 %204, %21
  %206 = mul i64 %205, 24
  %207 = add i64 %206, %200
  %208 = getelementptr inbounds float, float* %0, i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %199, <8 x float>* %209, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %210 = icmp slt i64 %i, 3
  br i1 %210, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %211 = mul i64 %i, 1
  %212 = add i64 %33, %211
  %213 = icmp sge i64 %212, 0
  %214 = icmp slt i64 %212, 26
  %215 = and i1 %213, %214
  br i1 %215, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %216 = mul i64 %212, 26
  %217 = add i64 %53, %216
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %218 = icmp slt i64 %j, 3
  br i1 %218, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %219 = mul i64 %x, 1
  %220 = mul i64 %j, 1
  %221 = add i64 %219, %220
  %222 = sub i64 %221, 0
  %223 = add i64 %217, %222
  %224 = add i64 %223, 0
  %225 = getelementptr inbounds float, float* %1, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = add i64 %223, 8
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = add i64 %223, 16
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = mul i64 %i, 3
  %237 = add i64 %236, %j
  %238 = add i64 %27, 0
  %239 = mul i64 %238, 32
  %240 = add i64 %239, %c
  %241 = mul i64 %240, 9
  %242 = add i64 %241, %237
  %243 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.weight to float*), i64 %242
  %244 = load float, float* %243, align 4
  %245 = insertelement <8 x float> undef, float %244, i32 0
  %splat4 = shufflevector <8 x float> %245, <8 x float> undef, <8 x i32> zeroinitializer
  %246 = load <8 x float>, <8 x float>* %17, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %227, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %17, align 32
  %248 = load <8 x float>, <8 x float>* %16, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %231, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %16, align 32
  %250 = load <8 x float>, <8 x float>* %15, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %235, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %15, align 32
  %252 = mul i64 %i, 3
  %253 = add i64 %252, %j
  %254 = add i64 %27, 1
  %255 = mul i64 %254, 32
  %256 = add i64 %255, %c
  %257 = mul i64 %256, 9
  %258 = add i64 %257, %253
  %259 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.weight to float*), i64 %258
  %260 = load float, float* %259, align 4
  %261 = insertelement <8 x float> undef, float %260, i32 0
  %splat5 = shufflevector <8 x float> %261, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %14, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %227, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %14, align 32
  %264 = load <8 x float>, <8 x float>* %13, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %231, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %13, align 32
  %266 = load <8 x float>, <8 x float>* %12, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %235, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %12, align 32
  %268 = mul i64 %i, 3
  %269 = add i64 %268, %j
  %270 = add i64 %27, 2
  %271 = mul i64 %270, 32
  %272 = add i64 %271, %c
  %273 = mul i64 %272, 9
  %274 = add i64 %273, %269
  %275 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.weight to float*), i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat6 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %11, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %227, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %11, align 32
  %280 = load <8 x float>, <8 x float>* %10, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %231, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %10, align 32
  %282 = load <8 x float>, <8 x float>* %9, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %235, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %9, align 32
  %284 = mul i64 %i, 3
  %285 = add i64 %284, %j
  %286 = add i64 %27, 3
  %287 = mul i64 %286, 32
  %288 = add i64 %287, %c
  %289 = mul i64 %288, 9
  %290 = add i64 %289, %285
  %291 = getelementptr inbounds float, float* bitcast ([73728 x i8]* @weight.conv2d_2.weight to float*), i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat7 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %8, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %227, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %8, align 32
  %296 = load <8 x float>, <8 x float>* %7, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %231, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %7, align 32
  %298 = load <8 x float>, <8 x float>* %6, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %235, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %6, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step0(i8* %0) #4 {
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
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 12
  %10 = srem i64 %task, 12
  %11 = mul i64 %9, 576
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 12
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 12
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 2
  %22 = icmp slt i64 %21, 24
  %23 = select i1 %22, i64 %21, i64 24
  %24 = add i64 %18, 2
  %25 = icmp slt i64 %24, 24
  %26 = select i1 %25, i64 %24, i64 24
  %27 = sub i64 %26, %18
  %28 = sub i64 %23, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 8
  br i1 %29, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  br label %c.header

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %20, %x.body ], [ %r.next, %r.body ]
  %30 = icmp slt i64 %r, %23
  br i1 %30, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %31 = mul i64 %r, 24
  %32 = mul i64 %x, 2
  %33 = add i64 %31, %32
  %34 = sub i64 %33, 0
  %35 = load <8 x float>, <8 x float>* %7, align 32
  %36 = add i64 %34, 0
  %37 = getelementptr inbounds float, float* %12, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %36, 8
  %41 = getelementptr inbounds float, float* %12, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = shufflevector <8 x float> %39, <8 x float> %43, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %45 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %35, <8 x float> %44)
  %46 = add i64 %34, 1
  %47 = getelementptr inbounds float, float* %12, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %46, 8
  %51 = getelementptr inbounds float, float* %12, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = shufflevector <8 x float> %49, <8 x float> %53, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %55 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %45, <8 x float> %54)
  store <8 x float> %55, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %56 = load <8 x float>, <8 x float>* %7, align 32
  %57 = getelementptr inbounds float, float* %16, i64 %x
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %56, <8 x float>* %58, align 4
  %x.next = add i64 %x, 8
  br label %x.header

c.header:                                         ; preds = %r.exit3, %x.exit
  %c = phi i64 [ 8, %x.exit ], [ %c.next, %r.exit3 ]
  %59 = icmp slt i64 %c, 12
  br i1 %59, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %60 = mul i64 %c, 2
  %61 = sub i64 %60, 0
  %62 = icmp sgt i64 %61, 0
  %63 = select i1 %62, i64 %61, i64 0
  %64 = add i64 %61, 2
  %65 = icmp slt i64 %64, 24
  %66 = select i1 %65, i64 %64, i64 24
  %67 = add i64 %61, 2
  %68 = icmp slt i64 %67, 24
  %69 = select i1 %68, i64 %67, i64 24
  %70 = sub i64 %69, %61
  store float 0xFFF0000000000000, float* %6, align 4
  br label %r.header1

c.exit:                                           ; preds = %c.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header1:                                        ; preds = %q.exit, %c.body
  %r4 = phi i64 [ %20, %c.body ], [ %r.next5, %q.exit ]
  %71 = icmp slt i64 %r4, %23
  br i1 %71, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  br label %q.header

r.exit3:                                          ; preds = %r.header1
  %72 = load float, float* %6, align 4
  %73 = getelementptr inbounds float, float* %16, i64 %c
  store float %72, float* %73, align 4
  %c.next = add i64 %c, 1
  br label %c.header

q.header:                                         ; preds = %q.body, %r.body2
  %q = phi i64 [ %63, %r.body2 ], [ %q.next, %q.body ]
  %74 = icmp slt i64 %q, %66
  br i1 %74, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %75 = mul i64 %r4, 24
  %76 = add i64 %75, %q
  %77 = getelementptr inbounds float, float* %12, i64 %76
  %78 = load float, float* %77, align 4
  %79 = load float, float* %6, align 4
  %80 = call float @llvm.maxnum.f32(float %79, float %78)
  store float %80, float* %6, align 4
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next5 = add i64 %r4, 1
  br label %r.header1
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nounwind
define internal void @node2.maxPool2d_1.step0(i8* %0) #4 {
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
  %19 = add i64 768, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 768
  %23 = select i1 %22, i64 %21, i64 768
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 768
  %26 = select i1 %25, i64 %24, i64 768
  call void @node2.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node4.dense_1.step0(i8* %0) #4 {
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
  call void @node4.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node5.dense_2.step0(i8* %0) #4 {
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
  call void @node5.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
define internal void @node6.dense_2.softmax.step0(i8* %0) #4 {
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
define i32 @mnist_cnn_run(i8** %0, i8** %1, i8* %2) #4 {
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
  call void @GOMP_parallel(void (i8*)* @node4.dense_1.step0, i8* %44, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %46 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %46, align 8
  %47 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %48, align 8
  %49 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %49, align 8
  %50 = bitcast [4 x i8*]* %args to i8*
  call void @node5.dense_2.step0(i8* %50)
  %51 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %51, align 8
  %52 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %52, align 8
  %53 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %53, align 8
  %54 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %54, align 8
  %55 = bitcast [4 x i8*]* %args to i8*
  call void @node6.dense_2.softmax.step0(i8* %55)
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
attributes #2 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #3 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #4 = { nounwind "target-cpu"="x86-64-v3" }
attributes #5 = { nounwind }
