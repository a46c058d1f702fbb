; nin: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'nin'
source_filename = "nin"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.weight = external constant [139392 x i8], align 64
@weight.conv2d_1.bias = external constant [384 x i8], align 64
@weight.conv2d_2.weight = external constant [36864 x i8], align 64
@weight.conv2d_2.bias = external constant [384 x i8], align 64
@weight.conv2d_3.weight = external constant [36864 x i8], align 64
@weight.conv2d_3.bias = external constant [384 x i8], align 64
@weight.conv2d_4.weight = external constant [2457600 x i8], align 64
@weight.conv2d_4.bias = external constant [1024 x i8], align 64
@weight.conv2d_5.weight = external constant [262144 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.weight = external constant [262144 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.weight = external constant [3538944 x i8], align 64
@weight.conv2d_7.bias = external constant [1536 x i8], align 64
@weight.conv2d_8.weight = external constant [589824 x i8], align 64
@weight.conv2d_8.bias = external constant [1536 x i8], align 64
@weight.conv2d_9.weight = external constant [589824 x i8], align 64
@weight.conv2d_9.bias = external constant [1536 x i8], align 64
@weight.conv2d_10.weight = external constant [13824000 x i8], align 64
@weight.conv2d_10.bias = external constant [4000 x i8], align 64
@weight.conv2d_11.weight = external constant [4000000 x i8], align 64
@weight.conv2d_11.bias = external constant [4000 x i8], align 64
@weight.conv2d_12.weight = external constant [4000000 x i8], align 64
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
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
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

task.header:                                      ; preds = %xs.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 24
  %24 = sdiv i64 %task, 24
  %25 = srem i64 %24, 54
  %26 = sdiv i64 %task, 1296
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 96
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 3
  %33 = mul i64 %27, 3
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 50176
  %36 = mul i64 %25, 4
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %c.exit ]
  %38 = icmp slt i64 %x, 48
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = add i64 %31, 0
  %40 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %39
  %41 = load float, float* %40, align 4
  %42 = insertelement <8 x float> undef, float %41, i32 0
  %splat = shufflevector <8 x float> %42, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  store <8 x float> %splat, <8 x float>* %19, align 32
  %43 = add i64 %31, 1
  %44 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat1 = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %18, align 32
  store <8 x float> %splat1, <8 x float>* %17, align 32
  store <8 x float> %splat1, <8 x float>* %16, align 32
  %47 = add i64 %31, 2
  %48 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat2 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %15, align 32
  store <8 x float> %splat2, <8 x float>* %14, align 32
  store <8 x float> %splat2, <8 x float>* %13, align 32
  %51 = add i64 %31, 3
  %52 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat3 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %12, align 32
  store <8 x float> %splat3, <8 x float>* %11, align 32
  store <8 x float> %splat3, <8 x float>* %10, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %55 = icmp slt i64 %c, 3
  br i1 %55, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %56 = mul i64 %c, 50176
  %57 = add i64 %35, %56
  br label %i.header

c.exit:                                           ; preds = %c.header
  %58 = load <8 x float>, <8 x float>* %21, align 32
  %59 = fcmp ogt <8 x float> %58, zeroinitializer
  %60 = select <8 x i1> %59, <8 x float> %58, <8 x float> zeroinitializer
  %61 = add i64 %x, 0
  %62 = mul i64 %28, 96
  %63 = add i64 %31, 0
  %64 = add i64 %62, %63
  %65 = mul i64 %64, 54
  %66 = add i64 %65, %25
  %67 = mul i64 %66, 54
  %68 = add i64 %67, %61
  %69 = getelementptr inbounds float, float* %0, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  store <8 x float> %60, <8 x float>* %70, align 4
  %71 = load <8 x float>, <8 x float>* %20, align 32
  %72 = fcmp ogt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> %71, <8 x float> zeroinitializer
  %74 = add i64 %x, 8
  %75 = mul i64 %28, 96
  %76 = add i64 %31, 0
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 54
  %79 = add i64 %78, %25
  %80 = mul i64 %79, 54
  %81 = add i64 %80, %74
  %82 = getelementptr inbounds float, float* %0, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %73, <8 x float>* %83, align 4
  %84 = load <8 x float>, <8 x float>* %19, align 32
  %85 = fcmp ogt <8 x float> %84, zeroinitializer
  %86 = select <8 x i1> %85, <8 x float> %84, <8 x float> zeroinitializer
  %87 = add i64 %x, 16
  %88 = mul i64 %28, 96
  %89 = add i64 %31, 0
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 54
  %92 = add i64 %91, %25
  %93 = mul i64 %92, 54
  %94 = add i64 %93, %87
  %95 = getelementptr inbounds float, float* %0, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %86, <8 x float>* %96, align 4
  %97 = load <8 x float>, <8 x float>* %18, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = add i64 %x, 0
  %101 = mul i64 %28, 96
  %102 = add i64 %31, 1
  %103 = add i64 %101, %102
  %104 = mul i64 %103, 54
  %105 = add i64 %104, %25
  %106 = mul i64 %105, 54
  %107 = add i64 %106, %100
  %108 = getelementptr inbounds float, float* %0, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %99, <8 x float>* %109, align 4
  %110 = load <8 x float>, <8 x float>* %17, align 32
  %111 = fcmp ogt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> %110, <8 x float> zeroinitializer
  %113 = add i64 %x, 8
  %114 = mul i64 %28, 96
  %115 = add i64 %31, 1
  %116 = add i64 %114, %115
  %117 = mul i64 %116, 54
  %118 = add i64 %117, %25
  %119 = mul i64 %118, 54
  %120 = add i64 %119, %113
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %112, <8 x float>* %122, align 4
  %123 = load <8 x float>, <8 x float>* %16, align 32
  %124 = fcmp ogt <8 x float> %123, zeroinitializer
  %125 = select <8 x i1> %124, <8 x float> %123, <8 x float> zeroinitializer
  %126 = add i64 %x, 16
  %127 = mul i64 %28, 96
  %128 = add i64 %31, 1
  %129 = add i64 %127, %128
  %130 = mul i64 %129, 54
  %131 = add i64 %130, %25
  %132 = mul i64 %131, 54
  %133 = add i64 %132, %126
  %134 = getelementptr inbounds float, float* %0, i64 %133
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %125, <8 x float>* %135, align 4
  %136 = load <8 x float>, <8 x float>* %15, align 32
  %137 = fcmp ogt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> %136, <8 x float> zeroinitializer
  %139 = add i64 %x, 0
  %140 = mul i64 %28, 96
  %141 = add i64 %31, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 54
  %144 = add i64 %143, %25
  %145 = mul i64 %144, 54
  %146 = add i64 %145, %139
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %138, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %14, align 32
  %150 = fcmp ogt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> %149, <8 x float> zeroinitializer
  %152 = add i64 %x, 8
  %153 = mul i64 %28, 96
  %154 = add i64 %31, 2
  %155 = add i64 %153, %154
  %156 = mul i64 %155, 54
  %157 = add i64 %156, %25
  %158 = mul i64 %157, 54
  %159 = add i64 %158, %152
  %160 = getelementptr inbounds float, float* %0, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %151, <8 x float>* %161, align 4
  %162 = load <8 x float>, <8 x float>* %13, align 32
  %163 = fcmp ogt <8 x float> %162, zeroinitializer
  %164 = select <8 x i1> %163, <8 x float> %162, <8 x float> zeroinitializer
  %165 = add i64 %x, 16
  %166 = mul i64 %28, 96
  %167 = add i64 %31, 2
  %168 = add i64 %166, %167
  %169 = mul i64 %168, 54
  %170 = add i64 %169, %25
  %171 = mul i64 %170, 54
  %172 = add i64 %171, %165
  %173 = getelementptr inbounds float, float* %0, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  store <8 x float> %164, <8 x float>* %174, align 4
  %175 = load <8 x float>, <8 x float>* %12, align 32
  %176 = fcmp ogt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> %175, <8 x float> zeroinitializer
  %178 = add i64 %x, 0
  %179 = mul i64 %28, 96
  %180 = add i64 %31, 3
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 54
  %183 = add i64 %182, %25
  %184 = mul i64 %183, 54
  %185 = add i64 %184, %178
  %186 = getelementptr inbounds float, float* %0, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %177, <8 x float>* %187, align 4
  %188 = load <8 x float>, <8 x float>* %11, align 32
  %189 = fcmp ogt <8 x float> %188, zeroinitializer
  %190 = select <8 x i1> %189, <8 x float> %188, <8 x float> zeroinitializer
  %191 = add i64 %x, 8
  %192 = mul i64 %28, 96
  %193 = add i64 %31, 3
  %194 = add i64 %192, %193
  %195 = mul i64 %194, 54
  %196 = add i64 %195, %25
  %197 = mul i64 %196, 54
  %198 = add i64 %197, %191
  %199 = getelementptr inbounds float, float* %0, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %190, <8 x float>* %200, align 4
  %201 = load <8 x float>, <8 x float>* %10, align 32
  %202 = fcmp ogt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> %201, <8 x float> zeroinitializer
  %204 = add i64 %x, 16
  %205 = mul i64 %28, 96
  %206 = add i64 %31, 3
  %207 = add i64 %205, %206
  %208 = mul i64 %207, 54
  %209 = add i64 %208, %25
  %210 = mul i64 %209, 54
  %211 = add i64 %210, %204
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %203, <8 x float>* %213, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %214 = icmp slt i64 %i, 11
  br i1 %214, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %215 = mul i64 %i, 1
  %216 = add i64 %37, %215
  %217 = icmp sge i64 %216, 0
  %218 = icmp slt i64 %216, 224
  %219 = and i1 %217, %218
  br i1 %219, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %220 = mul i64 %216, 224
  %221 = add i64 %57, %220
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %222 = icmp slt i64 %j, 11
  br i1 %222, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %223 = mul i64 %x, 4
  %224 = mul i64 %j, 1
  %225 = add i64 %223, %224
  %226 = sub i64 %225, 0
  %227 = add i64 %221, %226
  %228 = add i64 %227, 0
  %229 = add i64 %228, 0
  %230 = getelementptr inbounds float, float* %1, i64 %229
  %231 = load float, float* %230, align 4
  %232 = insertelement <8 x float> undef, float %231, i32 0
  %233 = add i64 %228, 4
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = load float, float* %234, align 4
  %236 = insertelement <8 x float> %232, float %235, i32 1
  %237 = add i64 %228, 8
  %238 = getelementptr inbounds float, float* %1, i64 %237
  %239 = load float, float* %238, align 4
  %240 = insertelement <8 x float> %236, float %239, i32 2
  %241 = add i64 %228, 12
  %242 = getelementptr inbounds float, float* %1, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> %240, float %243, i32 3
  %245 = add i64 %228, 16
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = load float, float* %246, align 4
  %248 = insertelement <8 x float> %244, float %247, i32 4
  %249 = add i64 %228, 20
  %250 = getelementptr inbounds float, float* %1, i64 %249
  %251 = load float, float* %250, align 4
  %252 = insertelement <8 x float> %248, float %251, i32 5
  %253 = add i64 %228, 24
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = load float, float* %254, align 4
  %256 = insertelement <8 x float> %252, float %255, i32 6
  %257 = add i64 %228, 28
  %258 = getelementptr inbounds float, float* %1, i64 %257
  %259 = load float, float* %258, align 4
  %260 = insertelement <8 x float> %256, float %259, i32 7
  %261 = add i64 %227, 32
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %266 = add i64 %261, 4
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> %265, float %268, i32 1
  %270 = add i64 %261, 8
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> %269, float %272, i32 2
  %274 = add i64 %261, 12
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> %273, float %276, i32 3
  %278 = add i64 %261, 16
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> %277, float %280, i32 4
  %282 = add i64 %261, 20
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> %281, float %284, i32 5
  %286 = add i64 %261, 24
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> %285, float %288, i32 6
  %290 = add i64 %261, 28
  %291 = getelementptr inbounds float, float* %1, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> %289, float %292, i32 7
  %294 = add i64 %227, 64
  %295 = add i64 %294, 0
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = load float, float* %296, align 4
  %298 = insertelement <8 x float> undef, float %297, i32 0
  %299 = add i64 %294, 4
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> %298, float %301, i32 1
  %303 = add i64 %294, 8
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> %302, float %305, i32 2
  %307 = add i64 %294, 12
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> %306, float %309, i32 3
  %311 = add i64 %294, 16
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = load float, float* %312, align 4
  %314 = insertelement <8 x float> %310, float %313, i32 4
  %315 = add i64 %294, 20
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> %314, float %317, i32 5
  %319 = add i64 %294, 24
  %320 = getelementptr inbounds float, float* %1, i64 %319
  %321 = load float, float* %320, align 4
  %322 = insertelement <8 x float> %318, float %321, i32 6
  %323 = add i64 %294, 28
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> %322, float %325, i32 7
  %327 = mul i64 %i, 11
  %328 = add i64 %327, %j
  %329 = add i64 %31, 0
  %330 = mul i64 %329, 3
  %331 = add i64 %330, %c
  %332 = mul i64 %331, 121
  %333 = add i64 %332, %328
  %334 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.weight to float*), i64 %333
  %335 = load float, float* %334, align 4
  %336 = insertelement <8 x float> undef, float %335, i32 0
  %splat4 = shufflevector <8 x float> %336, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = load <8 x float>, <8 x float>* %21, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %260, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %21, align 32
  %339 = load <8 x float>, <8 x float>* %20, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %293, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %20, align 32
  %341 = load <8 x float>, <8 x float>* %19, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %326, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %19, align 32
  %343 = mul i64 %i, 11
  %344 = add i64 %343, %j
  %345 = add i64 %31, 1
  %346 = mul i64 %345, 3
  %347 = add i64 %346, %c
  %348 = mul i64 %347, 121
  %349 = add i64 %348, %344
  %350 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.weight to float*), i64 %349
  %351 = load float, float* %350, align 4
  %352 = insertelement <8 x float> undef, float %351, i32 0
  %splat5 = shufflevector <8 x float> %352, <8 x float> undef, <8 x i32> zeroinitializer
  %353 = load <8 x float>, <8 x float>* %18, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %260, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %18, align 32
  %355 = load <8 x float>, <8 x float>* %17, align 32
  %356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %293, <8 x float> %355)
  store <8 x float> %356, <8 x float>* %17, align 32
  %357 = load <8 x float>, <8 x float>* %16, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %326, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %16, align 32
  %359 = mul i64 %i, 11
  %360 = add i64 %359, %j
  %361 = add i64 %31, 2
  %362 = mul i64 %361, 3
  %363 = add i64 %362, %c
  %364 = mul i64 %363, 121
  %365 = add i64 %364, %360
  %366 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.weight to float*), i64 %365
  %367 = load float, float* %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i32 0
  %splat6 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %369 = load <8 x float>, <8 x float>* %15, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %260, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %15, align 32
  %371 = load <8 x float>, <8 x float>* %14, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %293, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %14, align 32
  %373 = load <8 x float>, <8 x float>* %13, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %326, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %13, align 32
  %375 = mul i64 %i, 11
  %376 = add i64 %375, %j
  %377 = add i64 %31, 3
  %378 = mul i64 %377, 3
  %379 = add i64 %378, %c
  %380 = mul i64 %379, 121
  %381 = add i64 %380, %376
  %382 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.weight to float*), i64 %381
  %383 = load float, float* %382, align 4
  %384 = insertelement <8 x float> undef, float %383, i32 0
  %splat7 = shufflevector <8 x float> %384, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %12, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %260, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %12, align 32
  %387 = load <8 x float>, <8 x float>* %11, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %293, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %11, align 32
  %389 = load <8 x float>, <8 x float>* %10, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %326, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %10, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %x.exit
  %xs = phi i64 [ 48, %x.exit ], [ %xs.next, %c.exit10 ]
  %391 = icmp slt i64 %xs, 54
  br i1 %391, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %392 = add i64 %31, 0
  %393 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %392
  %394 = load float, float* %393, align 4
  store float %394, float* %9, align 4
  %395 = add i64 %31, 1
  %396 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %395
  %397 = load float, float* %396, align 4
  store float %397, float* %8, align 4
  %398 = add i64 %31, 2
  %399 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %398
  %400 = load float, float* %399, align 4
  store float %400, float* %7, align 4
  %401 = add i64 %31, 3
  %402 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_1.bias to float*), i64 %401
  %403 = load float, float* %402, align 4
  store float %403, float* %6, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  %task.next = add i64 %task, 1
  br label %task.header

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %404 = icmp slt i64 %c11, 3
  br i1 %404, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %405 = mul i64 %c11, 50176
  %406 = add i64 %35, %405
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %407 = load float, float* %9, align 4
  %408 = fcmp ogt float %407, 0.000000e+00
  %409 = select i1 %408, float %407, float 0.000000e+00
  %410 = mul i64 %28, 96
  %411 = add i64 %31, 0
  %412 = add i64 %410, %411
  %413 = mul i64 %412, 54
  %414 = add i64 %413, %25
  %415 = mul i64 %414, 54
  %416 = add i64 %415, %xs
  %417 = getelementptr inbounds float, float* %0, i64 %416
  store float %409, float* %417, align 4
  %418 = load float, float* %8, align 4
  %419 = fcmp ogt float %418, 0.000000e+00
  %420 = select i1 %419, float %418, float 0.000000e+00
  %421 = mul i64 %28, 96
  %422 = add i64 %31, 1
  %423 = add i64 %421, %422
  %424 = mul i64 %423, 54
  %425 = add i64 %424, %25
  %426 = mul i64 %425, 54
  %427 = add i64 %426, %xs
  %428 = getelementptr inbounds float, float* %0, i64 %427
  store float %420, float* %428, align 4
  %429 = load float, float* %7, align 4
  %430 = fcmp ogt float %429, 0.000000e+00
  %431 = select i1 %430, float %429, float 0.000000e+00
  %432 = mul i64 %28, 96
  %433 = add i64 %31, 2
  %434 = add i64 %432, %433
  %435 = mul i64 %434, 54
  %436 = add i64 %435, %25
  %437 = mul i64 %436, 54
  %438 = add i64 %437, %xs
  %439 = getelementptr inbounds float, float* %0, i64 %438
  store float %431, float* %439, align 4
  %440 = load float, float* %6, align 4
  %441 = fcmp ogt float %440, 0.000000e+00
  %442 = select i1 %441, float %440, float 0.000000e+00
  %443 = mul i64 %28, 96
  %444 = add i64 %31, 3
  %445 = add i64 %443, %444
  %446 = mul i64 %445, 54
  %447 = add i64 %446, %25
  %448 = mul i64 %447, 54
  %449 = add i64 %448, %xs
  %450 = getelementptr inbounds float, float* %0, i64 %449
  store float %442, float* %450, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %451 = icmp slt i64 %i15, 11
  br i1 %451, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %452 = mul i64 %i15, 1
  %453 = add i64 %37, %452
  %454 = icmp sge i64 %453, 0
  %455 = icmp slt i64 %453, 224
  %456 = and i1 %454, %455
  br i1 %456, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %457 = mul i64 %453, 224
  %458 = add i64 %406, %457
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %459 = icmp slt i64 %j21, 11
  br i1 %459, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %460 = mul i64 %xs, 4
  %461 = mul i64 %j21, 1
  %462 = add i64 %460, %461
  %463 = sub i64 %462, 0
  %464 = icmp sge i64 %463, 0
  %465 = icmp slt i64 %463, 224
  %466 = and i1 %464, %465
  %467 = icmp sgt i64 %463, 0
  %468 = select i1 %467, i64 %463, i64 0
  %469 = icmp slt i64 %468, 223
  %470 = select i1 %469, i64 %468, i64 223
  %471 = add i64 %458, %470
  %472 = getelementptr inbounds float, float* %1, i64 %471
  %473 = load float, float* %472, align 4
  %474 = select i1 %466, float %473, float 0.000000e+00
  %475 = mul i64 %i15, 11
  %476 = add i64 %475, %j21
  %477 = add i64 %31, 0
  %478 = mul i64 %477, 3
  %479 = add i64 %478, %c11
  %480 = mul i64 %479, 121
  %481 = add i64 %480, %476
  %482 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.weight to float*), i64 %481
  %483 = load float, float* %482, align 4
  %484 = load float, float* %9, align 4
  %485 = call float @llvm.fma.f32(float %483, float %474, float %484)
  store float %485, float* %9, align 4
  %486 = mul i64 %i15, 11
  %487 = add i64 %486, %j21
  %488 = add i64 %31, 1
  %489 = mul i64 %488, 3
  %490 = add i64 %489, %c11
  %491 = mul i64 %490, 121
  %492 = add i64 %491, %487
  %493 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.weight to float*), i64 %492
  %494 = load float, float* %493, align 4
  %495 = load float, float* %8, align 4
  %496 = call float @llvm.fma.f32(float %494, float %474, float %495)
  store float %496, float* %8, align 4
  %497 = mul i64 %i15, 11
  %498 = add i64 %497, %j21
  %499 = add i64 %31, 2
  %500 = mul i64 %499, 3
  %501 = add i64 %500, %c11
  %502 = mul i64 %501, 121
  %503 = add i64 %502, %498
  %504 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.weight to float*), i64 %503
  %505 = load float, float* %504, align 4
  %506 = load float, float* %7, align 4
  %507 = call float @llvm.fma.f32(float %505, float %474, float %506)
  store float %507, float* %7, align 4
  %508 = mul i64 %i15, 11
  %509 = add i64 %508, %j21
  %510 = add i64 %31, 3
  %511 = mul i64 %510, 3
  %512 = add i64 %511, %c11
  %513 = mul i64 %512, 121
  %514 = add i64 %513, %509
  %515 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv2d_1.weight to float*), i64 %514
  %516 = load float, float* %515, align 4
  %517 = load float, float* %6, align 4
  %518 = call float @llvm.fma.f32(float %516, float %474, float %517)
  store float %518, float* %6, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #1

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
  %19 = add i64 1296, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1296
  %23 = select i1 %22, i64 %21, i64 1296
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1296
  %26 = select i1 %25, i64 %24, i64 1296
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
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 24
  %28 = sdiv i64 %task, 24
  %29 = srem i64 %28, 122
  %30 = sdiv i64 %task, 2928
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 96
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 96
  %37 = mul i64 %31, 96
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 2916
  %40 = mul i64 %29, 24
  %41 = icmp eq i64 %29, 121
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %23, align 32
  store <8 x float> %splat1, <8 x float>* %22, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %21, align 32
  store <8 x float> %splat2, <8 x float>* %20, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat3 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %58 = add i64 %35, 0
  %59 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat8 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %62 = add i64 %35, 1
  %63 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat9 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %66 = add i64 %35, 2
  %67 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat10 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %70 = add i64 %35, 3
  %71 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_2.bias to float*), i64 %70
  %72 = load float, float* %71, align 4
  %73 = insertelement <8 x float> undef, float %72, i32 0
  %splat11 = shufflevector <8 x float> %73, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %8, align 32
  store <8 x float> %splat11, <8 x float>* %7, align 32
  store <8 x float> %splat11, <8 x float>* %6, align 32
  br label %c.header12

endif:                                            ; preds = %c.exit14, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %74 = icmp slt i64 %c, 96
  br i1 %74, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %75 = mul i64 %c, 2916
  %76 = add i64 %75, %40
  %77 = add i64 %39, %76
  %78 = add i64 %77, 0
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %77, 8
  %83 = getelementptr inbounds float, float* %1, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %84, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %86 = add i64 %35, 0
  %87 = mul i64 %86, 96
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat4 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %25, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %81, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %25, align 32
  %94 = load <8 x float>, <8 x float>* %24, align 32
  %95 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %85, <8 x float> %94)
  store <8 x float> %95, <8 x float>* %24, align 32
  %96 = add i64 %35, 1
  %97 = mul i64 %96, 96
  %98 = add i64 %97, %c
  %99 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.weight to float*), i64 %98
  %100 = load float, float* %99, align 4
  %101 = insertelement <8 x float> undef, float %100, i32 0
  %splat5 = shufflevector <8 x float> %101, <8 x float> undef, <8 x i32> zeroinitializer
  %102 = load <8 x float>, <8 x float>* %23, align 32
  %103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %81, <8 x float> %102)
  store <8 x float> %103, <8 x float>* %23, align 32
  %104 = load <8 x float>, <8 x float>* %22, align 32
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %85, <8 x float> %104)
  store <8 x float> %105, <8 x float>* %22, align 32
  %106 = add i64 %35, 2
  %107 = mul i64 %106, 96
  %108 = add i64 %107, %c
  %109 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.weight to float*), i64 %108
  %110 = load float, float* %109, align 4
  %111 = insertelement <8 x float> undef, float %110, i32 0
  %splat6 = shufflevector <8 x float> %111, <8 x float> undef, <8 x i32> zeroinitializer
  %112 = load <8 x float>, <8 x float>* %21, align 32
  %113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %81, <8 x float> %112)
  store <8 x float> %113, <8 x float>* %21, align 32
  %114 = load <8 x float>, <8 x float>* %20, align 32
  %115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %85, <8 x float> %114)
  store <8 x float> %115, <8 x float>* %20, align 32
  %116 = add i64 %35, 3
  %117 = mul i64 %116, 96
  %118 = add i64 %117, %c
  %119 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.weight to float*), i64 %118
  %120 = load float, float* %119, align 4
  %121 = insertelement <8 x float> undef, float %120, i32 0
  %splat7 = shufflevector <8 x float> %121, <8 x float> undef, <8 x i32> zeroinitializer
  %122 = load <8 x float>, <8 x float>* %19, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %81, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %19, align 32
  %124 = load <8 x float>, <8 x float>* %18, align 32
  %125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %85, <8 x float> %124)
  store <8 x float> %125, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %126 = load <8 x float>, <8 x float>* %25, align 32
  %127 = fcmp ogt <8 x float> %126, zeroinitializer
  %128 = select <8 x i1> %127, <8 x float> %126, <8 x float> zeroinitializer
  %129 = mul i64 %32, 96
  %130 = add i64 %35, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 2916
  %133 = add i64 %40, 0
  %134 = add i64 %132, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %128, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %24, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = mul i64 %32, 96
  %141 = add i64 %35, 0
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 2916
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %139, <8 x float>* %147, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %148 = load <8 x float>, <8 x float>* %23, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %32, 96
  %152 = add i64 %35, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 2916
  %155 = add i64 %40, 0
  %156 = add i64 %154, %155
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %150, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %22, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = mul i64 %32, 96
  %163 = add i64 %35, 1
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 2916
  %166 = add i64 %40, 8
  %167 = add i64 %165, %166
  %168 = getelementptr inbounds float, float* %0, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %161, <8 x float>* %169, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = mul i64 %32, 96
  %174 = add i64 %35, 2
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 2916
  %177 = add i64 %40, 0
  %178 = add i64 %176, %177
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %172, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %20, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = mul i64 %32, 96
  %185 = add i64 %35, 2
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 2916
  %188 = add i64 %40, 8
  %189 = add i64 %187, %188
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %183, <8 x float>* %191, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = mul i64 %32, 96
  %196 = add i64 %35, 3
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 2916
  %199 = add i64 %40, 0
  %200 = add i64 %198, %199
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %194, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %18, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = mul i64 %32, 96
  %207 = add i64 %35, 3
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 2916
  %210 = add i64 %40, 8
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %205, <8 x float>* %213, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %214 = icmp slt i64 %c15, 96
  br i1 %214, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %215 = mul i64 %c15, 2916
  %216 = add i64 %215, %40
  %217 = add i64 %39, %216
  %218 = add i64 %217, 0
  %219 = getelementptr inbounds float, float* %1, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %217, 8
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = add i64 %217, 16
  %227 = getelementptr inbounds float, float* %1, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = load <8 x float>, <8 x float>* %228, align 4
  %230 = add i64 %35, 0
  %231 = mul i64 %230, 96
  %232 = add i64 %231, %c15
  %233 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.weight to float*), i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat16 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %17, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %17, align 32
  %238 = load <8 x float>, <8 x float>* %16, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %225, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %16, align 32
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %229, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %15, align 32
  %242 = add i64 %35, 1
  %243 = mul i64 %242, 96
  %244 = add i64 %243, %c15
  %245 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.weight to float*), i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat17 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %14, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %221, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %14, align 32
  %250 = load <8 x float>, <8 x float>* %13, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %225, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %13, align 32
  %252 = load <8 x float>, <8 x float>* %12, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %229, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %12, align 32
  %254 = add i64 %35, 2
  %255 = mul i64 %254, 96
  %256 = add i64 %255, %c15
  %257 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.weight to float*), i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat18 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %11, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %221, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %11, align 32
  %262 = load <8 x float>, <8 x float>* %10, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %225, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %10, align 32
  %264 = load <8 x float>, <8 x float>* %9, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %229, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %9, align 32
  %266 = add i64 %35, 3
  %267 = mul i64 %266, 96
  %268 = add i64 %267, %c15
  %269 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_2.weight to float*), i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat19 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %8, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %221, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %8, align 32
  %274 = load <8 x float>, <8 x float>* %7, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %225, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %7, align 32
  %276 = load <8 x float>, <8 x float>* %6, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %229, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %6, align 32
  %c.next20 = add i64 %c15, 1
  br label %c.header12

c.exit14:                                         ; preds = %c.header12
  %278 = load <8 x float>, <8 x float>* %17, align 32
  %279 = fcmp ogt <8 x float> %278, zeroinitializer
  %280 = select <8 x i1> %279, <8 x float> %278, <8 x float> zeroinitializer
  %281 = mul i64 %32, 96
  %282 = add i64 %35, 0
  %283 = add i64 %281, %282
  %284 = mul i64 %283, 2916
  %285 = add i64 %40, 0
  %286 = add i64 %284, %285
  %287 = getelementptr inbounds float, float* %0, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %280, <8 x float>* %288, align 4
  %289 = load <8 x float>, <8 x float>* %16, align 32
  %290 = fcmp ogt <8 x float> %289, zeroinitializer
  %291 = select <8 x i1> %290, <8 x float> %289, <8 x float> zeroinitializer
  %292 = mul i64 %32, 96
  %293 = add i64 %35, 0
  %294 = add i64 %292, %293
  %295 = mul i64 %294, 2916
  %296 = add i64 %40, 8
  %297 = add i64 %295, %296
  %298 = getelementptr inbounds float, float* %0, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %291, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %15, align 32
  %301 = fcmp ogt <8 x float> %300, zeroinitializer
  %302 = select <8 x i1> %301, <8 x float> %300, <8 x float> zeroinitializer
  %303 = mul i64 %32, 96
  %304 = add i64 %35, 0
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 2916
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %14, align 32
  %312 = fcmp ogt <8 x float> %311, zeroinitializer
  %313 = select <8 x i1> %312, <8 x float> %311, <8 x float> zeroinitializer
  %314 = mul i64 %32, 96
  %315 = add i64 %35, 1
  %316 = add i64 %314, %315
  %317 = mul i64 %316, 2916
  %318 = add i64 %40, 0
  %319 = add i64 %317, %318
  %320 = getelementptr inbounds float, float* %0, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %313, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %13, align 32
  %323 = fcmp ogt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> %322, <8 x float> zeroinitializer
  %325 = mul i64 %32, 96
  %326 = add i64 %35, 1
  %327 = add i64 %325, %326
  %328 = mul i64 %327, 2916
  %329 = add i64 %40, 8
  %330 = add i64 %328, %329
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %324, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %12, align 32
  %334 = fcmp ogt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> %333, <8 x float> zeroinitializer
  %336 = mul i64 %32, 96
  %337 = add i64 %35, 1
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 2916
  %340 = add i64 %40, 16
  %341 = add i64 %339, %340
  %342 = getelementptr inbounds float, float* %0, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  store <8 x float> %335, <8 x float>* %343, align 4
  %344 = load <8 x float>, <8 x float>* %11, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = mul i64 %32, 96
  %348 = add i64 %35, 2
  %349 = add i64 %347, %348
  %350 = mul i64 %349, 2916
  %351 = add i64 %40, 0
  %352 = add i64 %350, %351
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %346, <8 x float>* %354, align 4
  %355 = load <8 x float>, <8 x float>* %10, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %32, 96
  %359 = add i64 %35, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 2916
  %362 = add i64 %40, 8
  %363 = add i64 %361, %362
  %364 = getelementptr inbounds float, float* %0, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %357, <8 x float>* %365, align 4
  %366 = load <8 x float>, <8 x float>* %9, align 32
  %367 = fcmp ogt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> %366, <8 x float> zeroinitializer
  %369 = mul i64 %32, 96
  %370 = add i64 %35, 2
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 2916
  %373 = add i64 %40, 16
  %374 = add i64 %372, %373
  %375 = getelementptr inbounds float, float* %0, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %368, <8 x float>* %376, align 4
  %377 = load <8 x float>, <8 x float>* %8, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = mul i64 %32, 96
  %381 = add i64 %35, 3
  %382 = add i64 %380, %381
  %383 = mul i64 %382, 2916
  %384 = add i64 %40, 0
  %385 = add i64 %383, %384
  %386 = getelementptr inbounds float, float* %0, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %379, <8 x float>* %387, align 4
  %388 = load <8 x float>, <8 x float>* %7, align 32
  %389 = fcmp ogt <8 x float> %388, zeroinitializer
  %390 = select <8 x i1> %389, <8 x float> %388, <8 x float> zeroinitializer
  %391 = mul i64 %32, 96
  %392 = add i64 %35, 3
  %393 = add i64 %391, %392
  %394 = mul i64 %393, 2916
  %395 = add i64 %40, 8
  %396 = add i64 %394, %395
  %397 = getelementptr inbounds float, float* %0, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %390, <8 x float>* %398, align 4
  %399 = load <8 x float>, <8 x float>* %6, align 32
  %400 = fcmp ogt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> %399, <8 x float> zeroinitializer
  %402 = mul i64 %32, 96
  %403 = add i64 %35, 3
  %404 = add i64 %402, %403
  %405 = mul i64 %404, 2916
  %406 = add i64 %40, 16
  %407 = add i64 %405, %406
  %408 = getelementptr inbounds float, float* %0, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %401, <8 x float>* %409, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

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
  %19 = add i64 2928, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2928
  %23 = select i1 %22, i64 %21, i64 2928
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2928
  %26 = select i1 %25, i64 %24, i64 2928
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
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 24
  %28 = sdiv i64 %task, 24
  %29 = srem i64 %28, 122
  %30 = sdiv i64 %task, 2928
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 96
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 96
  %37 = mul i64 %31, 96
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 2916
  %40 = mul i64 %29, 24
  %41 = icmp eq i64 %29, 121
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %23, align 32
  store <8 x float> %splat1, <8 x float>* %22, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %21, align 32
  store <8 x float> %splat2, <8 x float>* %20, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat3 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %58 = add i64 %35, 0
  %59 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat8 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %62 = add i64 %35, 1
  %63 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat9 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %66 = add i64 %35, 2
  %67 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat10 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %70 = add i64 %35, 3
  %71 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv2d_3.bias to float*), i64 %70
  %72 = load float, float* %71, align 4
  %73 = insertelement <8 x float> undef, float %72, i32 0
  %splat11 = shufflevector <8 x float> %73, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %8, align 32
  store <8 x float> %splat11, <8 x float>* %7, align 32
  store <8 x float> %splat11, <8 x float>* %6, align 32
  br label %c.header12

endif:                                            ; preds = %c.exit14, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %74 = icmp slt i64 %c, 96
  br i1 %74, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %75 = mul i64 %c, 2916
  %76 = add i64 %75, %40
  %77 = add i64 %39, %76
  %78 = add i64 %77, 0
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %77, 8
  %83 = getelementptr inbounds float, float* %1, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %84, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %86 = add i64 %35, 0
  %87 = mul i64 %86, 96
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat4 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %25, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %81, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %25, align 32
  %94 = load <8 x float>, <8 x float>* %24, align 32
  %95 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %85, <8 x float> %94)
  store <8 x float> %95, <8 x float>* %24, align 32
  %96 = add i64 %35, 1
  %97 = mul i64 %96, 96
  %98 = add i64 %97, %c
  %99 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.weight to float*), i64 %98
  %100 = load float, float* %99, align 4
  %101 = insertelement <8 x float> undef, float %100, i32 0
  %splat5 = shufflevector <8 x float> %101, <8 x float> undef, <8 x i32> zeroinitializer
  %102 = load <8 x float>, <8 x float>* %23, align 32
  %103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %81, <8 x float> %102)
  store <8 x float> %103, <8 x float>* %23, align 32
  %104 = load <8 x float>, <8 x float>* %22, align 32
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %85, <8 x float> %104)
  store <8 x float> %105, <8 x float>* %22, align 32
  %106 = add i64 %35, 2
  %107 = mul i64 %106, 96
  %108 = add i64 %107, %c
  %109 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.weight to float*), i64 %108
  %110 = load float, float* %109, align 4
  %111 = insertelement <8 x float> undef, float %110, i32 0
  %splat6 = shufflevector <8 x float> %111, <8 x float> undef, <8 x i32> zeroinitializer
  %112 = load <8 x float>, <8 x float>* %21, align 32
  %113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %81, <8 x float> %112)
  store <8 x float> %113, <8 x float>* %21, align 32
  %114 = load <8 x float>, <8 x float>* %20, align 32
  %115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %85, <8 x float> %114)
  store <8 x float> %115, <8 x float>* %20, align 32
  %116 = add i64 %35, 3
  %117 = mul i64 %116, 96
  %118 = add i64 %117, %c
  %119 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.weight to float*), i64 %118
  %120 = load float, float* %119, align 4
  %121 = insertelement <8 x float> undef, float %120, i32 0
  %splat7 = shufflevector <8 x float> %121, <8 x float> undef, <8 x i32> zeroinitializer
  %122 = load <8 x float>, <8 x float>* %19, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %81, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %19, align 32
  %124 = load <8 x float>, <8 x float>* %18, align 32
  %125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %85, <8 x float> %124)
  store <8 x float> %125, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %126 = load <8 x float>, <8 x float>* %25, align 32
  %127 = fcmp ogt <8 x float> %126, zeroinitializer
  %128 = select <8 x i1> %127, <8 x float> %126, <8 x float> zeroinitializer
  %129 = mul i64 %32, 96
  %130 = add i64 %35, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 2916
  %133 = add i64 %40, 0
  %134 = add i64 %132, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %128, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %24, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = mul i64 %32, 96
  %141 = add i64 %35, 0
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 2916
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %139, <8 x float>* %147, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %148 = load <8 x float>, <8 x float>* %23, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %32, 96
  %152 = add i64 %35, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 2916
  %155 = add i64 %40, 0
  %156 = add i64 %154, %155
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %150, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %22, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = mul i64 %32, 96
  %163 = add i64 %35, 1
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 2916
  %166 = add i64 %40, 8
  %167 = add i64 %165, %166
  %168 = getelementptr inbounds float, float* %0, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %161, <8 x float>* %169, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = mul i64 %32, 96
  %174 = add i64 %35, 2
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 2916
  %177 = add i64 %40, 0
  %178 = add i64 %176, %177
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %172, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %20, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = mul i64 %32, 96
  %185 = add i64 %35, 2
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 2916
  %188 = add i64 %40, 8
  %189 = add i64 %187, %188
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %183, <8 x float>* %191, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = mul i64 %32, 96
  %196 = add i64 %35, 3
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 2916
  %199 = add i64 %40, 0
  %200 = add i64 %198, %199
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %194, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %18, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = mul i64 %32, 96
  %207 = add i64 %35, 3
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 2916
  %210 = add i64 %40, 8
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %205, <8 x float>* %213, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %214 = icmp slt i64 %c15, 96
  br i1 %214, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %215 = mul i64 %c15, 2916
  %216 = add i64 %215, %40
  %217 = add i64 %39, %216
  %218 = add i64 %217, 0
  %219 = getelementptr inbounds float, float* %1, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %217, 8
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = add i64 %217, 16
  %227 = getelementptr inbounds float, float* %1, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = load <8 x float>, <8 x float>* %228, align 4
  %230 = add i64 %35, 0
  %231 = mul i64 %230, 96
  %232 = add i64 %231, %c15
  %233 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.weight to float*), i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat16 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %17, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %17, align 32
  %238 = load <8 x float>, <8 x float>* %16, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %225, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %16, align 32
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %229, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %15, align 32
  %242 = add i64 %35, 1
  %243 = mul i64 %242, 96
  %244 = add i64 %243, %c15
  %245 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.weight to float*), i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat17 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %14, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %221, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %14, align 32
  %250 = load <8 x float>, <8 x float>* %13, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %225, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %13, align 32
  %252 = load <8 x float>, <8 x float>* %12, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %229, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %12, align 32
  %254 = add i64 %35, 2
  %255 = mul i64 %254, 96
  %256 = add i64 %255, %c15
  %257 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.weight to float*), i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat18 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %11, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %221, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %11, align 32
  %262 = load <8 x float>, <8 x float>* %10, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %225, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %10, align 32
  %264 = load <8 x float>, <8 x float>* %9, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %229, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %9, align 32
  %266 = add i64 %35, 3
  %267 = mul i64 %266, 96
  %268 = add i64 %267, %c15
  %269 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.conv2d_3.weight to float*), i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat19 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %8, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %221, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %8, align 32
  %274 = load <8 x float>, <8 x float>* %7, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %225, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %7, align 32
  %276 = load <8 x float>, <8 x float>* %6, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %229, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %6, align 32
  %c.next20 = add i64 %c15, 1
  br label %c.header12

c.exit14:                                         ; preds = %c.header12
  %278 = load <8 x float>, <8 x float>* %17, align 32
  %279 = fcmp ogt <8 x float> %278, zeroinitializer
  %280 = select <8 x i1> %279, <8 x float> %278, <8 x float> zeroinitializer
  %281 = mul i64 %32, 96
  %282 = add i64 %35, 0
  %283 = add i64 %281, %282
  %284 = mul i64 %283, 2916
  %285 = add i64 %40, 0
  %286 = add i64 %284, %285
  %287 = getelementptr inbounds float, float* %0, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %280, <8 x float>* %288, align 4
  %289 = load <8 x float>, <8 x float>* %16, align 32
  %290 = fcmp ogt <8 x float> %289, zeroinitializer
  %291 = select <8 x i1> %290, <8 x float> %289, <8 x float> zeroinitializer
  %292 = mul i64 %32, 96
  %293 = add i64 %35, 0
  %294 = add i64 %292, %293
  %295 = mul i64 %294, 2916
  %296 = add i64 %40, 8
  %297 = add i64 %295, %296
  %298 = getelementptr inbounds float, float* %0, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %291, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %15, align 32
  %301 = fcmp ogt <8 x float> %300, zeroinitializer
  %302 = select <8 x i1> %301, <8 x float> %300, <8 x float> zeroinitializer
  %303 = mul i64 %32, 96
  %304 = add i64 %35, 0
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 2916
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %14, align 32
  %312 = fcmp ogt <8 x float> %311, zeroinitializer
  %313 = select <8 x i1> %312, <8 x float> %311, <8 x float> zeroinitializer
  %314 = mul i64 %32, 96
  %315 = add i64 %35, 1
  %316 = add i64 %314, %315
  %317 = mul i64 %316, 2916
  %318 = add i64 %40, 0
  %319 = add i64 %317, %318
  %320 = getelementptr inbounds float, float* %0, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %313, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %13, align 32
  %323 = fcmp ogt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> %322, <8 x float> zeroinitializer
  %325 = mul i64 %32, 96
  %326 = add i64 %35, 1
  %327 = add i64 %325, %326
  %328 = mul i64 %327, 2916
  %329 = add i64 %40, 8
  %330 = add i64 %328, %329
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %324, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %12, align 32
  %334 = fcmp ogt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> %333, <8 x float> zeroinitializer
  %336 = mul i64 %32, 96
  %337 = add i64 %35, 1
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 2916
  %340 = add i64 %40, 16
  %341 = add i64 %339, %340
  %342 = getelementptr inbounds float, float* %0, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  store <8 x float> %335, <8 x float>* %343, align 4
  %344 = load <8 x float>, <8 x float>* %11, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = mul i64 %32, 96
  %348 = add i64 %35, 2
  %349 = add i64 %347, %348
  %350 = mul i64 %349, 2916
  %351 = add i64 %40, 0
  %352 = add i64 %350, %351
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %346, <8 x float>* %354, align 4
  %355 = load <8 x float>, <8 x float>* %10, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %32, 96
  %359 = add i64 %35, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 2916
  %362 = add i64 %40, 8
  %363 = add i64 %361, %362
  %364 = getelementptr inbounds float, float* %0, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %357, <8 x float>* %365, align 4
  %366 = load <8 x float>, <8 x float>* %9, align 32
  %367 = fcmp ogt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> %366, <8 x float> zeroinitializer
  %369 = mul i64 %32, 96
  %370 = add i64 %35, 2
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 2916
  %373 = add i64 %40, 16
  %374 = add i64 %372, %373
  %375 = getelementptr inbounds float, float* %0, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %368, <8 x float>* %376, align 4
  %377 = load <8 x float>, <8 x float>* %8, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = mul i64 %32, 96
  %381 = add i64 %35, 3
  %382 = add i64 %380, %381
  %383 = mul i64 %382, 2916
  %384 = add i64 %40, 0
  %385 = add i64 %383, %384
  %386 = getelementptr inbounds float, float* %0, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %379, <8 x float>* %387, align 4
  %388 = load <8 x float>, <8 x float>* %7, align 32
  %389 = fcmp ogt <8 x float> %388, zeroinitializer
  %390 = select <8 x i1> %389, <8 x float> %388, <8 x float> zeroinitializer
  %391 = mul i64 %32, 96
  %392 = add i64 %35, 3
  %393 = add i64 %391, %392
  %394 = mul i64 %393, 2916
  %395 = add i64 %40, 8
  %396 = add i64 %394, %395
  %397 = getelementptr inbounds float, float* %0, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %390, <8 x float>* %398, align 4
  %399 = load <8 x float>, <8 x float>* %6, align 32
  %400 = fcmp ogt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> %399, <8 x float> zeroinitializer
  %402 = mul i64 %32, 96
  %403 = add i64 %35, 3
  %404 = add i64 %402, %403
  %405 = mul i64 %404, 2916
  %406 = add i64 %40, 16
  %407 = add i64 %405, %406
  %408 = getelementptr inbounds float, float* %0, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %401, <8 x float>* %409, align 4
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
  %19 = add i64 2928, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2928
  %23 = select i1 %22, i64 %21, i64 2928
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2928
  %26 = select i1 %25, i64 %24, i64 2928
  call void @node2.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 26
  %10 = srem i64 %task, 26
  %11 = mul i64 %9, 2916
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 26
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 26
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 3
  %22 = icmp slt i64 %21, 54
  %23 = select i1 %22, i64 %21, i64 54
  %24 = add i64 %18, 3
  %25 = icmp slt i64 %24, 54
  %26 = select i1 %25, i64 %24, i64 54
  %27 = sub i64 %26, %18
  %28 = sub i64 %23, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 24
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
  %31 = mul i64 %r, 54
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
  %56 = add i64 %34, 2
  %57 = getelementptr inbounds float, float* %12, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %56, 8
  %61 = getelementptr inbounds float, float* %12, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = shufflevector <8 x float> %59, <8 x float> %63, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %64)
  store <8 x float> %65, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %66 = load <8 x float>, <8 x float>* %7, align 32
  %67 = getelementptr inbounds float, float* %16, i64 %x
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %66, <8 x float>* %68, align 4
  %x.next = add i64 %x, 8
  br label %x.header

c.header:                                         ; preds = %r.exit3, %x.exit
  %c = phi i64 [ 24, %x.exit ], [ %c.next, %r.exit3 ]
  %69 = icmp slt i64 %c, 26
  br i1 %69, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %70 = mul i64 %c, 2
  %71 = sub i64 %70, 0
  %72 = icmp sgt i64 %71, 0
  %73 = select i1 %72, i64 %71, i64 0
  %74 = add i64 %71, 3
  %75 = icmp slt i64 %74, 54
  %76 = select i1 %75, i64 %74, i64 54
  %77 = add i64 %71, 3
  %78 = icmp slt i64 %77, 54
  %79 = select i1 %78, i64 %77, i64 54
  %80 = sub i64 %79, %71
  store float 0xFFF0000000000000, float* %6, align 4
  br label %r.header1

c.exit:                                           ; preds = %c.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header1:                                        ; preds = %q.exit, %c.body
  %r4 = phi i64 [ %20, %c.body ], [ %r.next5, %q.exit ]
  %81 = icmp slt i64 %r4, %23
  br i1 %81, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  br label %q.header

r.exit3:                                          ; preds = %r.header1
  %82 = load float, float* %6, align 4
  %83 = getelementptr inbounds float, float* %16, i64 %c
  store float %82, float* %83, align 4
  %c.next = add i64 %c, 1
  br label %c.header

q.header:                                         ; preds = %q.body, %r.body2
  %q = phi i64 [ %73, %r.body2 ], [ %q.next, %q.body ]
  %84 = icmp slt i64 %q, %76
  br i1 %84, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %85 = mul i64 %r4, 54
  %86 = add i64 %85, %q
  %87 = getelementptr inbounds float, float* %12, i64 %86
  %88 = load float, float* %87, align 4
  %89 = load float, float* %6, align 4
  %90 = call float @llvm.maxnum.f32(float %89, float %88)
  store float %90, float* %6, align 4
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
  %19 = add i64 2496, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2496
  %23 = select i1 %22, i64 %21, i64 2496
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2496
  %26 = select i1 %25, i64 %24, i64 2496
  call void @node3.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
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

task.header:                                      ; preds = %xs.exit27, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit27 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 64
  %28 = sdiv i64 %task, 64
  %29 = srem i64 %28, 26
  %30 = sdiv i64 %task, 1664
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 256
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 96
  %37 = mul i64 %31, 96
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 676
  %40 = mul i64 %29, 1
  %41 = sub i64 %40, 2
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  store <8 x float> %splat, <8 x float>* %23, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %22, align 32
  store <8 x float> %splat1, <8 x float>* %21, align 32
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  store <8 x float> %splat2, <8 x float>* %18, align 32
  store <8 x float> %splat2, <8 x float>* %17, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat3 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %16, align 32
  store <8 x float> %splat3, <8 x float>* %15, align 32
  store <8 x float> %splat3, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %58 = icmp slt i64 %c, 96
  br i1 %58, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %59 = mul i64 %c, 676
  %60 = add i64 %39, %59
  br label %i.header

c.exit:                                           ; preds = %c.header
  %61 = load <8 x float>, <8 x float>* %25, align 32
  %62 = fcmp ogt <8 x float> %61, zeroinitializer
  %63 = select <8 x i1> %62, <8 x float> %61, <8 x float> zeroinitializer
  %64 = mul i64 %32, 256
  %65 = add i64 %35, 0
  %66 = add i64 %64, %65
  %67 = mul i64 %66, 26
  %68 = add i64 %67, %29
  %69 = mul i64 %68, 26
  %70 = add i64 %69, 2
  %71 = getelementptr inbounds float, float* %0, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  store <8 x float> %63, <8 x float>* %72, align 4
  %73 = load <8 x float>, <8 x float>* %24, align 32
  %74 = fcmp ogt <8 x float> %73, zeroinitializer
  %75 = select <8 x i1> %74, <8 x float> %73, <8 x float> zeroinitializer
  %76 = mul i64 %32, 256
  %77 = add i64 %35, 0
  %78 = add i64 %76, %77
  %79 = mul i64 %78, 26
  %80 = add i64 %79, %29
  %81 = mul i64 %80, 26
  %82 = add i64 %81, 10
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %75, <8 x float>* %84, align 4
  %85 = load <8 x float>, <8 x float>* %23, align 32
  %86 = fcmp ogt <8 x float> %85, zeroinitializer
  %87 = select <8 x i1> %86, <8 x float> %85, <8 x float> zeroinitializer
  %88 = mul i64 %32, 256
  %89 = add i64 %35, 0
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 26
  %92 = add i64 %91, %29
  %93 = mul i64 %92, 26
  %94 = add i64 %93, 18
  %95 = getelementptr inbounds float, float* %0, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %96, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %97 = load <8 x float>, <8 x float>* %22, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = mul i64 %32, 256
  %101 = add i64 %35, 1
  %102 = add i64 %100, %101
  %103 = mul i64 %102, 26
  %104 = add i64 %103, %29
  %105 = mul i64 %104, 26
  %106 = add i64 %105, 2
  %107 = getelementptr inbounds float, float* %0, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %99, <8 x float>* %108, align 4
  %109 = load <8 x float>, <8 x float>* %21, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = mul i64 %32, 256
  %113 = add i64 %35, 1
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 26
  %116 = add i64 %115, %29
  %117 = mul i64 %116, 26
  %118 = add i64 %117, 10
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %111, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %32, 256
  %125 = add i64 %35, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 26
  %128 = add i64 %127, %29
  %129 = mul i64 %128, 26
  %130 = add i64 %129, 18
  %131 = getelementptr inbounds float, float* %0, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %132, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %133 = load <8 x float>, <8 x float>* %19, align 32
  %134 = fcmp ogt <8 x float> %133, zeroinitializer
  %135 = select <8 x i1> %134, <8 x float> %133, <8 x float> zeroinitializer
  %136 = mul i64 %32, 256
  %137 = add i64 %35, 2
  %138 = add i64 %136, %137
  %139 = mul i64 %138, 26
  %140 = add i64 %139, %29
  %141 = mul i64 %140, 26
  %142 = add i64 %141, 2
  %143 = getelementptr inbounds float, float* %0, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %135, <8 x float>* %144, align 4
  %145 = load <8 x float>, <8 x float>* %18, align 32
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = mul i64 %32, 256
  %149 = add i64 %35, 2
  %150 = add i64 %148, %149
  %151 = mul i64 %150, 26
  %152 = add i64 %151, %29
  %153 = mul i64 %152, 26
  %154 = add i64 %153, 10
  %155 = getelementptr inbounds float, float* %0, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %147, <8 x float>* %156, align 4
  %157 = load <8 x float>, <8 x float>* %17, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = mul i64 %32, 256
  %161 = add i64 %35, 2
  %162 = add i64 %160, %161
  %163 = mul i64 %162, 26
  %164 = add i64 %163, %29
  %165 = mul i64 %164, 26
  %166 = add i64 %165, 18
  %167 = getelementptr inbounds float, float* %0, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %159, <8 x float>* %168, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %169 = load <8 x float>, <8 x float>* %16, align 32
  %170 = fcmp ogt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> %169, <8 x float> zeroinitializer
  %172 = mul i64 %32, 256
  %173 = add i64 %35, 3
  %174 = add i64 %172, %173
  %175 = mul i64 %174, 26
  %176 = add i64 %175, %29
  %177 = mul i64 %176, 26
  %178 = add i64 %177, 2
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %171, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %15, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = mul i64 %32, 256
  %185 = add i64 %35, 3
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 26
  %188 = add i64 %187, %29
  %189 = mul i64 %188, 26
  %190 = add i64 %189, 10
  %191 = getelementptr inbounds float, float* %0, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %183, <8 x float>* %192, align 4
  %193 = load <8 x float>, <8 x float>* %14, align 32
  %194 = fcmp ogt <8 x float> %193, zeroinitializer
  %195 = select <8 x i1> %194, <8 x float> %193, <8 x float> zeroinitializer
  %196 = mul i64 %32, 256
  %197 = add i64 %35, 3
  %198 = add i64 %196, %197
  %199 = mul i64 %198, 26
  %200 = add i64 %199, %29
  %201 = mul i64 %200, 26
  %202 = add i64 %201, 18
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %195, <8 x float>* %204, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %205 = icmp slt i64 %i, 5
  br i1 %205, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %206 = mul i64 %i, 1
  %207 = add i64 %41, %206
  %208 = icmp sge i64 %207, 0
  %209 = icmp slt i64 %207, 26
  %210 = and i1 %208, %209
  br i1 %210, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %211 = mul i64 %207, 26
  %212 = add i64 %60, %211
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %213 = icmp slt i64 %j, 5
  br i1 %213, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %214 = mul i64 %j, 1
  %215 = add i64 2, %214
  %216 = sub i64 %215, 2
  %217 = add i64 %212, %216
  %218 = add i64 %217, 0
  %219 = getelementptr inbounds float, float* %1, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %217, 8
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = add i64 %217, 16
  %227 = getelementptr inbounds float, float* %1, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %228, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %230 = mul i64 %i, 5
  %231 = add i64 %230, %j
  %232 = add i64 %35, 0
  %233 = mul i64 %232, 96
  %234 = add i64 %233, %c
  %235 = mul i64 %234, 25
  %236 = add i64 %235, %231
  %237 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat4 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %25, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %221, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %25, align 32
  %242 = load <8 x float>, <8 x float>* %24, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %225, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %24, align 32
  %244 = load <8 x float>, <8 x float>* %23, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %229, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %23, align 32
  %246 = mul i64 %i, 5
  %247 = add i64 %246, %j
  %248 = add i64 %35, 1
  %249 = mul i64 %248, 96
  %250 = add i64 %249, %c
  %251 = mul i64 %250, 25
  %252 = add i64 %251, %247
  %253 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat5 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %22, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %221, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %22, align 32
  %258 = load <8 x float>, <8 x float>* %21, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %225, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %21, align 32
  %260 = load <8 x float>, <8 x float>* %20, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %229, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %20, align 32
  %262 = mul i64 %i, 5
  %263 = add i64 %262, %j
  %264 = add i64 %35, 2
  %265 = mul i64 %264, 96
  %266 = add i64 %265, %c
  %267 = mul i64 %266, 25
  %268 = add i64 %267, %263
  %269 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat6 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %19, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %221, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %19, align 32
  %274 = load <8 x float>, <8 x float>* %18, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %225, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %18, align 32
  %276 = load <8 x float>, <8 x float>* %17, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %229, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %17, align 32
  %278 = mul i64 %i, 5
  %279 = add i64 %278, %j
  %280 = add i64 %35, 3
  %281 = mul i64 %280, 96
  %282 = add i64 %281, %c
  %283 = mul i64 %282, 25
  %284 = add i64 %283, %279
  %285 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %284
  %286 = load float, float* %285, align 4
  %287 = insertelement <8 x float> undef, float %286, i32 0
  %splat7 = shufflevector <8 x float> %287, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %16, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %221, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %16, align 32
  %290 = load <8 x float>, <8 x float>* %15, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %225, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %15, align 32
  %292 = load <8 x float>, <8 x float>* %14, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %229, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit10 ]
  %294 = icmp slt i64 %xs, 2
  br i1 %294, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %295 = add i64 %35, 0
  %296 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %295
  %297 = load float, float* %296, align 4
  store float %297, float* %13, align 4
  %298 = add i64 %35, 1
  %299 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %298
  %300 = load float, float* %299, align 4
  store float %300, float* %12, align 4
  %301 = add i64 %35, 2
  %302 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %301
  %303 = load float, float* %302, align 4
  store float %303, float* %11, align 4
  %304 = add i64 %35, 3
  %305 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %304
  %306 = load float, float* %305, align 4
  store float %306, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %307 = icmp slt i64 %c11, 96
  br i1 %307, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %308 = mul i64 %c11, 676
  %309 = add i64 %39, %308
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %310 = load float, float* %13, align 4
  %311 = fcmp ogt float %310, 0.000000e+00
  %312 = select i1 %311, float %310, float 0.000000e+00
  %313 = mul i64 %32, 256
  %314 = add i64 %35, 0
  %315 = add i64 %313, %314
  %316 = mul i64 %315, 26
  %317 = add i64 %316, %29
  %318 = mul i64 %317, 26
  %319 = add i64 %318, %xs
  %320 = getelementptr inbounds float, float* %0, i64 %319
  store float %312, float* %320, align 4
  %321 = load float, float* %12, align 4
  %322 = fcmp ogt float %321, 0.000000e+00
  %323 = select i1 %322, float %321, float 0.000000e+00
  %324 = mul i64 %32, 256
  %325 = add i64 %35, 1
  %326 = add i64 %324, %325
  %327 = mul i64 %326, 26
  %328 = add i64 %327, %29
  %329 = mul i64 %328, 26
  %330 = add i64 %329, %xs
  %331 = getelementptr inbounds float, float* %0, i64 %330
  store float %323, float* %331, align 4
  %332 = load float, float* %11, align 4
  %333 = fcmp ogt float %332, 0.000000e+00
  %334 = select i1 %333, float %332, float 0.000000e+00
  %335 = mul i64 %32, 256
  %336 = add i64 %35, 2
  %337 = add i64 %335, %336
  %338 = mul i64 %337, 26
  %339 = add i64 %338, %29
  %340 = mul i64 %339, 26
  %341 = add i64 %340, %xs
  %342 = getelementptr inbounds float, float* %0, i64 %341
  store float %334, float* %342, align 4
  %343 = load float, float* %10, align 4
  %344 = fcmp ogt float %343, 0.000000e+00
  %345 = select i1 %344, float %343, float 0.000000e+00
  %346 = mul i64 %32, 256
  %347 = add i64 %35, 3
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 26
  %350 = add i64 %349, %29
  %351 = mul i64 %350, 26
  %352 = add i64 %351, %xs
  %353 = getelementptr inbounds float, float* %0, i64 %352
  store float %345, float* %353, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %354 = icmp slt i64 %i15, 5
  br i1 %354, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %355 = mul i64 %i15, 1
  %356 = add i64 %41, %355
  %357 = icmp sge i64 %356, 0
  %358 = icmp slt i64 %356, 26
  %359 = and i1 %357, %358
  br i1 %359, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %360 = mul i64 %356, 26
  %361 = add i64 %309, %360
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %362 = icmp slt i64 %j21, 5
  br i1 %362, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %363 = mul i64 %xs, 1
  %364 = mul i64 %j21, 1
  %365 = add i64 %363, %364
  %366 = sub i64 %365, 2
  %367 = icmp sge i64 %366, 0
  %368 = icmp slt i64 %366, 26
  %369 = and i1 %367, %368
  %370 = icmp sgt i64 %366, 0
  %371 = select i1 %370, i64 %366, i64 0
  %372 = icmp slt i64 %371, 25
  %373 = select i1 %372, i64 %371, i64 25
  %374 = add i64 %361, %373
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = select i1 %369, float %376, float 0.000000e+00
  %378 = mul i64 %i15, 5
  %379 = add i64 %378, %j21
  %380 = add i64 %35, 0
  %381 = mul i64 %380, 96
  %382 = add i64 %381, %c11
  %383 = mul i64 %382, 25
  %384 = add i64 %383, %379
  %385 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %384
  %386 = load float, float* %385, align 4
  %387 = load float, float* %13, align 4
  %388 = call float @llvm.fma.f32(float %386, float %377, float %387)
  store float %388, float* %13, align 4
  %389 = mul i64 %i15, 5
  %390 = add i64 %389, %j21
  %391 = add i64 %35, 1
  %392 = mul i64 %391, 96
  %393 = add i64 %392, %c11
  %394 = mul i64 %393, 25
  %395 = add i64 %394, %390
  %396 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %395
  %397 = load float, float* %396, align 4
  %398 = load float, float* %12, align 4
  %399 = call float @llvm.fma.f32(float %397, float %377, float %398)
  store float %399, float* %12, align 4
  %400 = mul i64 %i15, 5
  %401 = add i64 %400, %j21
  %402 = add i64 %35, 2
  %403 = mul i64 %402, 96
  %404 = add i64 %403, %c11
  %405 = mul i64 %404, 25
  %406 = add i64 %405, %401
  %407 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %406
  %408 = load float, float* %407, align 4
  %409 = load float, float* %11, align 4
  %410 = call float @llvm.fma.f32(float %408, float %377, float %409)
  store float %410, float* %11, align 4
  %411 = mul i64 %i15, 5
  %412 = add i64 %411, %j21
  %413 = add i64 %35, 3
  %414 = mul i64 %413, 96
  %415 = add i64 %414, %c11
  %416 = mul i64 %415, 25
  %417 = add i64 %416, %412
  %418 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %417
  %419 = load float, float* %418, align 4
  %420 = load float, float* %10, align 4
  %421 = call float @llvm.fma.f32(float %419, float %377, float %420)
  store float %421, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 24, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %422 = icmp slt i64 %xs28, 26
  br i1 %422, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %423 = add i64 %35, 0
  %424 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %423
  %425 = load float, float* %424, align 4
  store float %425, float* %9, align 4
  %426 = add i64 %35, 1
  %427 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %426
  %428 = load float, float* %427, align 4
  store float %428, float* %8, align 4
  %429 = add i64 %35, 2
  %430 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %429
  %431 = load float, float* %430, align 4
  store float %431, float* %7, align 4
  %432 = add i64 %35, 3
  %433 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %432
  %434 = load float, float* %433, align 4
  store float %434, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %435 = icmp slt i64 %c32, 96
  br i1 %435, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %436 = mul i64 %c32, 676
  %437 = add i64 %39, %436
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %438 = load float, float* %9, align 4
  %439 = fcmp ogt float %438, 0.000000e+00
  %440 = select i1 %439, float %438, float 0.000000e+00
  %441 = mul i64 %32, 256
  %442 = add i64 %35, 0
  %443 = add i64 %441, %442
  %444 = mul i64 %443, 26
  %445 = add i64 %444, %29
  %446 = mul i64 %445, 26
  %447 = add i64 %446, %xs28
  %448 = getelementptr inbounds float, float* %0, i64 %447
  store float %440, float* %448, align 4
  %449 = load float, float* %8, align 4
  %450 = fcmp ogt float %449, 0.000000e+00
  %451 = select i1 %450, float %449, float 0.000000e+00
  %452 = mul i64 %32, 256
  %453 = add i64 %35, 1
  %454 = add i64 %452, %453
  %455 = mul i64 %454, 26
  %456 = add i64 %455, %29
  %457 = mul i64 %456, 26
  %458 = add i64 %457, %xs28
  %459 = getelementptr inbounds float, float* %0, i64 %458
  store float %451, float* %459, align 4
  %460 = load float, float* %7, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %32, 256
  %464 = add i64 %35, 2
  %465 = add i64 %463, %464
  %466 = mul i64 %465, 26
  %467 = add i64 %466, %29
  %468 = mul i64 %467, 26
  %469 = add i64 %468, %xs28
  %470 = getelementptr inbounds float, float* %0, i64 %469
  store float %462, float* %470, align 4
  %471 = load float, float* %6, align 4
  %472 = fcmp ogt float %471, 0.000000e+00
  %473 = select i1 %472, float %471, float 0.000000e+00
  %474 = mul i64 %32, 256
  %475 = add i64 %35, 3
  %476 = add i64 %474, %475
  %477 = mul i64 %476, 26
  %478 = add i64 %477, %29
  %479 = mul i64 %478, 26
  %480 = add i64 %479, %xs28
  %481 = getelementptr inbounds float, float* %0, i64 %480
  store float %473, float* %481, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %482 = icmp slt i64 %i36, 5
  br i1 %482, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %483 = mul i64 %i36, 1
  %484 = add i64 %41, %483
  %485 = icmp sge i64 %484, 0
  %486 = icmp slt i64 %484, 26
  %487 = and i1 %485, %486
  br i1 %487, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %488 = mul i64 %484, 26
  %489 = add i64 %437, %488
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %490 = icmp slt i64 %j42, 5
  br i1 %490, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %491 = mul i64 %xs28, 1
  %492 = mul i64 %j42, 1
  %493 = add i64 %491, %492
  %494 = sub i64 %493, 2
  %495 = icmp sge i64 %494, 0
  %496 = icmp slt i64 %494, 26
  %497 = and i1 %495, %496
  %498 = icmp sgt i64 %494, 0
  %499 = select i1 %498, i64 %494, i64 0
  %500 = icmp slt i64 %499, 25
  %501 = select i1 %500, i64 %499, i64 25
  %502 = add i64 %489, %501
  %503 = getelementptr inbounds float, float* %1, i64 %502
  %504 = load float, float* %503, align 4
  %505 = select i1 %497, float %504, float 0.000000e+00
  %506 = mul i64 %i36, 5
  %507 = add i64 %506, %j42
  %508 = add i64 %35, 0
  %509 = mul i64 %508, 96
  %510 = add i64 %509, %c32
  %511 = mul i64 %510, 25
  %512 = add i64 %511, %507
  %513 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %512
  %514 = load float, float* %513, align 4
  %515 = load float, float* %9, align 4
  %516 = call float @llvm.fma.f32(float %514, float %505, float %515)
  store float %516, float* %9, align 4
  %517 = mul i64 %i36, 5
  %518 = add i64 %517, %j42
  %519 = add i64 %35, 1
  %520 = mul i64 %519, 96
  %521 = add i64 %520, %c32
  %522 = mul i64 %521, 25
  %523 = add i64 %522, %518
  %524 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %523
  %525 = load float, float* %524, align 4
  %526 = load float, float* %8, align 4
  %527 = call float @llvm.fma.f32(float %525, float %505, float %526)
  store float %527, float* %8, align 4
  %528 = mul i64 %i36, 5
  %529 = add i64 %528, %j42
  %530 = add i64 %35, 2
  %531 = mul i64 %530, 96
  %532 = add i64 %531, %c32
  %533 = mul i64 %532, 25
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %7, align 4
  %538 = call float @llvm.fma.f32(float %536, float %505, float %537)
  store float %538, float* %7, align 4
  %539 = mul i64 %i36, 5
  %540 = add i64 %539, %j42
  %541 = add i64 %35, 3
  %542 = mul i64 %541, 96
  %543 = add i64 %542, %c32
  %544 = mul i64 %543, 25
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([2457600 x i8]* @weight.conv2d_4.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %6, align 4
  %549 = call float @llvm.fma.f32(float %547, float %505, float %548)
  store float %549, float* %6, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
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
  %19 = add i64 1664, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1664
  %23 = select i1 %22, i64 %21, i64 1664
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1664
  %26 = select i1 %25, i64 %24, i64 1664
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 64
  %24 = sdiv i64 %task, 64
  %25 = srem i64 %24, 29
  %26 = sdiv i64 %task, 1856
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 256
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 256
  %33 = mul i64 %27, 256
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 676
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 28
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat11 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %8, align 32
  store <8 x float> %splat11, <8 x float>* %7, align 32
  store <8 x float> %splat11, <8 x float>* %6, align 32
  br label %c.header12

endif:                                            ; preds = %c.exit14, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %70 = icmp slt i64 %c, 256
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 676
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 256
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 256
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 256
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 256
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.weight to float*), i64 %104
  %106 = load float, float* %105, align 4
  %107 = insertelement <8 x float> undef, float %106, i32 0
  %splat7 = shufflevector <8 x float> %107, <8 x float> undef, <8 x i32> zeroinitializer
  %108 = load <8 x float>, <8 x float>* %18, align 32
  %109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %77, <8 x float> %108)
  store <8 x float> %109, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %110 = load <8 x float>, <8 x float>* %21, align 32
  %111 = fcmp ogt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> %110, <8 x float> zeroinitializer
  %113 = mul i64 %28, 256
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 676
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 256
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 676
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 256
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 676
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 256
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 676
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 256
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 676
  %156 = add i64 %155, %36
  %157 = add i64 %35, %156
  %158 = add i64 %157, 0
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %157, 8
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = add i64 %157, 16
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = add i64 %31, 0
  %171 = mul i64 %170, 256
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.weight to float*), i64 %172
  %174 = load float, float* %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %splat16 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %17, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %161, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %17, align 32
  %178 = load <8 x float>, <8 x float>* %16, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %165, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %16, align 32
  %180 = load <8 x float>, <8 x float>* %15, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %169, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %15, align 32
  %182 = add i64 %31, 1
  %183 = mul i64 %182, 256
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat17 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %14, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %161, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %14, align 32
  %190 = load <8 x float>, <8 x float>* %13, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %165, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %13, align 32
  %192 = load <8 x float>, <8 x float>* %12, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %169, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %12, align 32
  %194 = add i64 %31, 2
  %195 = mul i64 %194, 256
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat18 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %11, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %161, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %11, align 32
  %202 = load <8 x float>, <8 x float>* %10, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %165, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %10, align 32
  %204 = load <8 x float>, <8 x float>* %9, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %169, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %9, align 32
  %206 = add i64 %31, 3
  %207 = mul i64 %206, 256
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_5.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat19 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %8, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %161, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %8, align 32
  %214 = load <8 x float>, <8 x float>* %7, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %165, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %7, align 32
  %216 = load <8 x float>, <8 x float>* %6, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %169, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %6, align 32
  %c.next20 = add i64 %c15, 1
  br label %c.header12

c.exit14:                                         ; preds = %c.header12
  %218 = load <8 x float>, <8 x float>* %17, align 32
  %219 = fcmp ogt <8 x float> %218, zeroinitializer
  %220 = select <8 x i1> %219, <8 x float> %218, <8 x float> zeroinitializer
  %221 = mul i64 %28, 256
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 676
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 256
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 676
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 256
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 676
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 256
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 676
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 256
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 676
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 256
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 676
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 256
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 676
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 256
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 676
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 256
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 676
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 256
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 676
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 256
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 676
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 256
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 676
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
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
  %19 = add i64 1856, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1856
  %23 = select i1 %22, i64 %21, i64 1856
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1856
  %26 = select i1 %25, i64 %24, i64 1856
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 64
  %24 = sdiv i64 %task, 64
  %25 = srem i64 %24, 29
  %26 = sdiv i64 %task, 1856
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 256
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 256
  %33 = mul i64 %27, 256
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 676
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 28
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat11 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %8, align 32
  store <8 x float> %splat11, <8 x float>* %7, align 32
  store <8 x float> %splat11, <8 x float>* %6, align 32
  br label %c.header12

endif:                                            ; preds = %c.exit14, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %70 = icmp slt i64 %c, 256
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 676
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 256
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 256
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 256
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 256
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %104
  %106 = load float, float* %105, align 4
  %107 = insertelement <8 x float> undef, float %106, i32 0
  %splat7 = shufflevector <8 x float> %107, <8 x float> undef, <8 x i32> zeroinitializer
  %108 = load <8 x float>, <8 x float>* %18, align 32
  %109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %77, <8 x float> %108)
  store <8 x float> %109, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %110 = load <8 x float>, <8 x float>* %21, align 32
  %111 = fcmp ogt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> %110, <8 x float> zeroinitializer
  %113 = mul i64 %28, 256
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 676
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 256
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 676
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 256
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 676
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 256
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 676
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 256
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 676
  %156 = add i64 %155, %36
  %157 = add i64 %35, %156
  %158 = add i64 %157, 0
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %157, 8
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = add i64 %157, 16
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = add i64 %31, 0
  %171 = mul i64 %170, 256
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %172
  %174 = load float, float* %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %splat16 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %17, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %161, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %17, align 32
  %178 = load <8 x float>, <8 x float>* %16, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %165, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %16, align 32
  %180 = load <8 x float>, <8 x float>* %15, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %169, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %15, align 32
  %182 = add i64 %31, 1
  %183 = mul i64 %182, 256
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat17 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %14, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %161, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %14, align 32
  %190 = load <8 x float>, <8 x float>* %13, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %165, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %13, align 32
  %192 = load <8 x float>, <8 x float>* %12, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %169, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %12, align 32
  %194 = add i64 %31, 2
  %195 = mul i64 %194, 256
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat18 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %11, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %161, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %11, align 32
  %202 = load <8 x float>, <8 x float>* %10, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %165, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %10, align 32
  %204 = load <8 x float>, <8 x float>* %9, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %169, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %9, align 32
  %206 = add i64 %31, 3
  %207 = mul i64 %206, 256
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat19 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %8, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %161, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %8, align 32
  %214 = load <8 x float>, <8 x float>* %7, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %165, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %7, align 32
  %216 = load <8 x float>, <8 x float>* %6, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %169, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %6, align 32
  %c.next20 = add i64 %c15, 1
  br label %c.header12

c.exit14:                                         ; preds = %c.header12
  %218 = load <8 x float>, <8 x float>* %17, align 32
  %219 = fcmp ogt <8 x float> %218, zeroinitializer
  %220 = select <8 x i1> %219, <8 x float> %218, <8 x float> zeroinitializer
  %221 = mul i64 %28, 256
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 676
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 256
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 676
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 256
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 676
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 256
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 676
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 256
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 676
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 256
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 676
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 256
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 676
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 256
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 676
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 256
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 676
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 256
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 676
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 256
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 676
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 256
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 676
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
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
  %19 = add i64 1856, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1856
  %23 = select i1 %22, i64 %21, i64 1856
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1856
  %26 = select i1 %25, i64 %24, i64 1856
  call void @node6.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %9, 676
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 12
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 12
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 3
  %22 = icmp slt i64 %21, 26
  %23 = select i1 %22, i64 %21, i64 26
  %24 = add i64 %18, 3
  %25 = icmp slt i64 %24, 26
  %26 = select i1 %25, i64 %24, i64 26
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
  %31 = mul i64 %r, 26
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
  %56 = add i64 %34, 2
  %57 = getelementptr inbounds float, float* %12, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %56, 8
  %61 = getelementptr inbounds float, float* %12, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = shufflevector <8 x float> %59, <8 x float> %63, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %64)
  store <8 x float> %65, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %66 = load <8 x float>, <8 x float>* %7, align 32
  %67 = getelementptr inbounds float, float* %16, i64 %x
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %66, <8 x float>* %68, align 4
  %x.next = add i64 %x, 8
  br label %x.header

c.header:                                         ; preds = %r.exit3, %x.exit
  %c = phi i64 [ 8, %x.exit ], [ %c.next, %r.exit3 ]
  %69 = icmp slt i64 %c, 12
  br i1 %69, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %70 = mul i64 %c, 2
  %71 = sub i64 %70, 0
  %72 = icmp sgt i64 %71, 0
  %73 = select i1 %72, i64 %71, i64 0
  %74 = add i64 %71, 3
  %75 = icmp slt i64 %74, 26
  %76 = select i1 %75, i64 %74, i64 26
  %77 = add i64 %71, 3
  %78 = icmp slt i64 %77, 26
  %79 = select i1 %78, i64 %77, i64 26
  %80 = sub i64 %79, %71
  store float 0xFFF0000000000000, float* %6, align 4
  br label %r.header1

c.exit:                                           ; preds = %c.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header1:                                        ; preds = %q.exit, %c.body
  %r4 = phi i64 [ %20, %c.body ], [ %r.next5, %q.exit ]
  %81 = icmp slt i64 %r4, %23
  br i1 %81, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  br label %q.header

r.exit3:                                          ; preds = %r.header1
  %82 = load float, float* %6, align 4
  %83 = getelementptr inbounds float, float* %16, i64 %c
  store float %82, float* %83, align 4
  %c.next = add i64 %c, 1
  br label %c.header

q.header:                                         ; preds = %q.body, %r.body2
  %q = phi i64 [ %73, %r.body2 ], [ %q.next, %q.body ]
  %84 = icmp slt i64 %q, %76
  br i1 %84, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %85 = mul i64 %r4, 26
  %86 = add i64 %85, %q
  %87 = getelementptr inbounds float, float* %12, i64 %86
  %88 = load float, float* %87, align 4
  %89 = load float, float* %6, align 4
  %90 = call float @llvm.maxnum.f32(float %89, float %88)
  store float %90, float* %6, align 4
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next5 = add i64 %r4, 1
  br label %r.header1
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
  %19 = add i64 3072, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3072
  %23 = select i1 %22, i64 %21, i64 3072
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3072
  %26 = select i1 %25, i64 %24, i64 3072
  call void @node7.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit27, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit27 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 96
  %24 = sdiv i64 %task, 96
  %25 = srem i64 %24, 12
  %26 = sdiv i64 %task, 1152
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 384
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 256
  %33 = mul i64 %27, 256
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 144
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %17, align 32
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %15, align 32
  store <8 x float> %splat3, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %54 = icmp slt i64 %c, 256
  br i1 %54, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %55 = mul i64 %c, 144
  %56 = add i64 %35, %55
  br label %i.header

c.exit:                                           ; preds = %c.header
  %57 = load <8 x float>, <8 x float>* %21, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = mul i64 %28, 384
  %61 = add i64 %31, 0
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 12
  %64 = add i64 %63, %25
  %65 = mul i64 %64, 12
  %66 = add i64 %65, 1
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %59, <8 x float>* %68, align 4
  %69 = load <8 x float>, <8 x float>* %20, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = mul i64 %28, 384
  %73 = add i64 %31, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 12
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 12
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %19, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = mul i64 %28, 384
  %85 = add i64 %31, 1
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 12
  %88 = add i64 %87, %25
  %89 = mul i64 %88, 12
  %90 = add i64 %89, 1
  %91 = getelementptr inbounds float, float* %0, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  store <8 x float> %83, <8 x float>* %92, align 4
  %93 = load <8 x float>, <8 x float>* %18, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = mul i64 %28, 384
  %97 = add i64 %31, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 12
  %100 = add i64 %99, %25
  %101 = mul i64 %100, 12
  %102 = add i64 %101, 9
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %95, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %17, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = mul i64 %28, 384
  %109 = add i64 %31, 2
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 12
  %112 = add i64 %111, %25
  %113 = mul i64 %112, 12
  %114 = add i64 %113, 1
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %107, <8 x float>* %116, align 4
  %117 = load <8 x float>, <8 x float>* %16, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = mul i64 %28, 384
  %121 = add i64 %31, 2
  %122 = add i64 %120, %121
  %123 = mul i64 %122, 12
  %124 = add i64 %123, %25
  %125 = mul i64 %124, 12
  %126 = add i64 %125, 9
  %127 = getelementptr inbounds float, float* %0, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %119, <8 x float>* %128, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %129 = load <8 x float>, <8 x float>* %15, align 32
  %130 = fcmp ogt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> %129, <8 x float> zeroinitializer
  %132 = mul i64 %28, 384
  %133 = add i64 %31, 3
  %134 = add i64 %132, %133
  %135 = mul i64 %134, 12
  %136 = add i64 %135, %25
  %137 = mul i64 %136, 12
  %138 = add i64 %137, 1
  %139 = getelementptr inbounds float, float* %0, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %131, <8 x float>* %140, align 4
  %141 = load <8 x float>, <8 x float>* %14, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = mul i64 %28, 384
  %145 = add i64 %31, 3
  %146 = add i64 %144, %145
  %147 = mul i64 %146, 12
  %148 = add i64 %147, %25
  %149 = mul i64 %148, 12
  %150 = add i64 %149, 9
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %143, <8 x float>* %152, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %153 = icmp slt i64 %i, 3
  br i1 %153, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %154 = mul i64 %i, 1
  %155 = add i64 %37, %154
  %156 = icmp sge i64 %155, 0
  %157 = icmp slt i64 %155, 12
  %158 = and i1 %156, %157
  br i1 %158, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %159 = mul i64 %155, 12
  %160 = add i64 %56, %159
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %161 = icmp slt i64 %j, 3
  br i1 %161, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %162 = mul i64 %j, 1
  %163 = add i64 1, %162
  %164 = sub i64 %163, 1
  %165 = add i64 %160, %164
  %166 = add i64 %165, 0
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = add i64 %165, 8
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %172, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %174 = mul i64 %i, 3
  %175 = add i64 %174, %j
  %176 = add i64 %31, 0
  %177 = mul i64 %176, 256
  %178 = add i64 %177, %c
  %179 = mul i64 %178, 9
  %180 = add i64 %179, %175
  %181 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat4 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %21, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %169, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %21, align 32
  %186 = load <8 x float>, <8 x float>* %20, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %173, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %20, align 32
  %188 = mul i64 %i, 3
  %189 = add i64 %188, %j
  %190 = add i64 %31, 1
  %191 = mul i64 %190, 256
  %192 = add i64 %191, %c
  %193 = mul i64 %192, 9
  %194 = add i64 %193, %189
  %195 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %194
  %196 = load float, float* %195, align 4
  %197 = insertelement <8 x float> undef, float %196, i32 0
  %splat5 = shufflevector <8 x float> %197, <8 x float> undef, <8 x i32> zeroinitializer
  %198 = load <8 x float>, <8 x float>* %19, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %169, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %19, align 32
  %200 = load <8 x float>, <8 x float>* %18, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %173, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %18, align 32
  %202 = mul i64 %i, 3
  %203 = add i64 %202, %j
  %204 = add i64 %31, 2
  %205 = mul i64 %204, 256
  %206 = add i64 %205, %c
  %207 = mul i64 %206, 9
  %208 = add i64 %207, %203
  %209 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat6 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %17, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %169, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %17, align 32
  %214 = load <8 x float>, <8 x float>* %16, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %173, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %16, align 32
  %216 = mul i64 %i, 3
  %217 = add i64 %216, %j
  %218 = add i64 %31, 3
  %219 = mul i64 %218, 256
  %220 = add i64 %219, %c
  %221 = mul i64 %220, 9
  %222 = add i64 %221, %217
  %223 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat7 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %15, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %169, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %15, align 32
  %228 = load <8 x float>, <8 x float>* %14, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %173, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit10 ]
  %230 = icmp slt i64 %xs, 1
  br i1 %230, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %231 = add i64 %31, 0
  %232 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %231
  %233 = load float, float* %232, align 4
  store float %233, float* %13, align 4
  %234 = add i64 %31, 1
  %235 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %234
  %236 = load float, float* %235, align 4
  store float %236, float* %12, align 4
  %237 = add i64 %31, 2
  %238 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %237
  %239 = load float, float* %238, align 4
  store float %239, float* %11, align 4
  %240 = add i64 %31, 3
  %241 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %240
  %242 = load float, float* %241, align 4
  store float %242, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %243 = icmp slt i64 %c11, 256
  br i1 %243, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %244 = mul i64 %c11, 144
  %245 = add i64 %35, %244
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %246 = load float, float* %13, align 4
  %247 = fcmp ogt float %246, 0.000000e+00
  %248 = select i1 %247, float %246, float 0.000000e+00
  %249 = mul i64 %28, 384
  %250 = add i64 %31, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 12
  %253 = add i64 %252, %25
  %254 = mul i64 %253, 12
  %255 = add i64 %254, %xs
  %256 = getelementptr inbounds float, float* %0, i64 %255
  store float %248, float* %256, align 4
  %257 = load float, float* %12, align 4
  %258 = fcmp ogt float %257, 0.000000e+00
  %259 = select i1 %258, float %257, float 0.000000e+00
  %260 = mul i64 %28, 384
  %261 = add i64 %31, 1
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 12
  %264 = add i64 %263, %25
  %265 = mul i64 %264, 12
  %266 = add i64 %265, %xs
  %267 = getelementptr inbounds float, float* %0, i64 %266
  store float %259, float* %267, align 4
  %268 = load float, float* %11, align 4
  %269 = fcmp ogt float %268, 0.000000e+00
  %270 = select i1 %269, float %268, float 0.000000e+00
  %271 = mul i64 %28, 384
  %272 = add i64 %31, 2
  %273 = add i64 %271, %272
  %274 = mul i64 %273, 12
  %275 = add i64 %274, %25
  %276 = mul i64 %275, 12
  %277 = add i64 %276, %xs
  %278 = getelementptr inbounds float, float* %0, i64 %277
  store float %270, float* %278, align 4
  %279 = load float, float* %10, align 4
  %280 = fcmp ogt float %279, 0.000000e+00
  %281 = select i1 %280, float %279, float 0.000000e+00
  %282 = mul i64 %28, 384
  %283 = add i64 %31, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 12
  %286 = add i64 %285, %25
  %287 = mul i64 %286, 12
  %288 = add i64 %287, %xs
  %289 = getelementptr inbounds float, float* %0, i64 %288
  store float %281, float* %289, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %290 = icmp slt i64 %i15, 3
  br i1 %290, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %291 = mul i64 %i15, 1
  %292 = add i64 %37, %291
  %293 = icmp sge i64 %292, 0
  %294 = icmp slt i64 %292, 12
  %295 = and i1 %293, %294
  br i1 %295, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %296 = mul i64 %292, 12
  %297 = add i64 %245, %296
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %298 = icmp slt i64 %j21, 3
  br i1 %298, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %299 = mul i64 %xs, 1
  %300 = mul i64 %j21, 1
  %301 = add i64 %299, %300
  %302 = sub i64 %301, 1
  %303 = icmp sge i64 %302, 0
  %304 = icmp slt i64 %302, 12
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 11
  %309 = select i1 %308, i64 %307, i64 11
  %310 = add i64 %297, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = select i1 %305, float %312, float 0.000000e+00
  %314 = mul i64 %i15, 3
  %315 = add i64 %314, %j21
  %316 = add i64 %31, 0
  %317 = mul i64 %316, 256
  %318 = add i64 %317, %c11
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %320
  %322 = load float, float* %321, align 4
  %323 = load float, float* %13, align 4
  %324 = call float @llvm.fma.f32(float %322, float %313, float %323)
  store float %324, float* %13, align 4
  %325 = mul i64 %i15, 3
  %326 = add i64 %325, %j21
  %327 = add i64 %31, 1
  %328 = mul i64 %327, 256
  %329 = add i64 %328, %c11
  %330 = mul i64 %329, 9
  %331 = add i64 %330, %326
  %332 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %331
  %333 = load float, float* %332, align 4
  %334 = load float, float* %12, align 4
  %335 = call float @llvm.fma.f32(float %333, float %313, float %334)
  store float %335, float* %12, align 4
  %336 = mul i64 %i15, 3
  %337 = add i64 %336, %j21
  %338 = add i64 %31, 2
  %339 = mul i64 %338, 256
  %340 = add i64 %339, %c11
  %341 = mul i64 %340, 9
  %342 = add i64 %341, %337
  %343 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %342
  %344 = load float, float* %343, align 4
  %345 = load float, float* %11, align 4
  %346 = call float @llvm.fma.f32(float %344, float %313, float %345)
  store float %346, float* %11, align 4
  %347 = mul i64 %i15, 3
  %348 = add i64 %347, %j21
  %349 = add i64 %31, 3
  %350 = mul i64 %349, 256
  %351 = add i64 %350, %c11
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %10, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 11, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %358 = icmp slt i64 %xs28, 12
  br i1 %358, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %359 = add i64 %31, 0
  %360 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %359
  %361 = load float, float* %360, align 4
  store float %361, float* %9, align 4
  %362 = add i64 %31, 1
  %363 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %362
  %364 = load float, float* %363, align 4
  store float %364, float* %8, align 4
  %365 = add i64 %31, 2
  %366 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %365
  %367 = load float, float* %366, align 4
  store float %367, float* %7, align 4
  %368 = add i64 %31, 3
  %369 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %368
  %370 = load float, float* %369, align 4
  store float %370, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %371 = icmp slt i64 %c32, 256
  br i1 %371, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %372 = mul i64 %c32, 144
  %373 = add i64 %35, %372
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %374 = load float, float* %9, align 4
  %375 = fcmp ogt float %374, 0.000000e+00
  %376 = select i1 %375, float %374, float 0.000000e+00
  %377 = mul i64 %28, 384
  %378 = add i64 %31, 0
  %379 = add i64 %377, %378
  %380 = mul i64 %379, 12
  %381 = add i64 %380, %25
  %382 = mul i64 %381, 12
  %383 = add i64 %382, %xs28
  %384 = getelementptr inbounds float, float* %0, i64 %383
  store float %376, float* %384, align 4
  %385 = load float, float* %8, align 4
  %386 = fcmp ogt float %385, 0.000000e+00
  %387 = select i1 %386, float %385, float 0.000000e+00
  %388 = mul i64 %28, 384
  %389 = add i64 %31, 1
  %390 = add i64 %388, %389
  %391 = mul i64 %390, 12
  %392 = add i64 %391, %25
  %393 = mul i64 %392, 12
  %394 = add i64 %393, %xs28
  %395 = getelementptr inbounds float, float* %0, i64 %394
  store float %387, float* %395, align 4
  %396 = load float, float* %7, align 4
  %397 = fcmp ogt float %396, 0.000000e+00
  %398 = select i1 %397, float %396, float 0.000000e+00
  %399 = mul i64 %28, 384
  %400 = add i64 %31, 2
  %401 = add i64 %399, %400
  %402 = mul i64 %401, 12
  %403 = add i64 %402, %25
  %404 = mul i64 %403, 12
  %405 = add i64 %404, %xs28
  %406 = getelementptr inbounds float, float* %0, i64 %405
  store float %398, float* %406, align 4
  %407 = load float, float* %6, align 4
  %408 = fcmp ogt float %407, 0.000000e+00
  %409 = select i1 %408, float %407, float 0.000000e+00
  %410 = mul i64 %28, 384
  %411 = add i64 %31, 3
  %412 = add i64 %410, %411
  %413 = mul i64 %412, 12
  %414 = add i64 %413, %25
  %415 = mul i64 %414, 12
  %416 = add i64 %415, %xs28
  %417 = getelementptr inbounds float, float* %0, i64 %416
  store float %409, float* %417, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %418 = icmp slt i64 %i36, 3
  br i1 %418, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %419 = mul i64 %i36, 1
  %420 = add i64 %37, %419
  %421 = icmp sge i64 %420, 0
  %422 = icmp slt i64 %420, 12
  %423 = and i1 %421, %422
  br i1 %423, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %424 = mul i64 %420, 12
  %425 = add i64 %373, %424
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %426 = icmp slt i64 %j42, 3
  br i1 %426, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %427 = mul i64 %xs28, 1
  %428 = mul i64 %j42, 1
  %429 = add i64 %427, %428
  %430 = sub i64 %429, 1
  %431 = icmp sge i64 %430, 0
  %432 = icmp slt i64 %430, 12
  %433 = and i1 %431, %432
  %434 = icmp sgt i64 %430, 0
  %435 = select i1 %434, i64 %430, i64 0
  %436 = icmp slt i64 %435, 11
  %437 = select i1 %436, i64 %435, i64 11
  %438 = add i64 %425, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = select i1 %433, float %440, float 0.000000e+00
  %442 = mul i64 %i36, 3
  %443 = add i64 %442, %j42
  %444 = add i64 %31, 0
  %445 = mul i64 %444, 256
  %446 = add i64 %445, %c32
  %447 = mul i64 %446, 9
  %448 = add i64 %447, %443
  %449 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %448
  %450 = load float, float* %449, align 4
  %451 = load float, float* %9, align 4
  %452 = call float @llvm.fma.f32(float %450, float %441, float %451)
  store float %452, float* %9, align 4
  %453 = mul i64 %i36, 3
  %454 = add i64 %453, %j42
  %455 = add i64 %31, 1
  %456 = mul i64 %455, 256
  %457 = add i64 %456, %c32
  %458 = mul i64 %457, 9
  %459 = add i64 %458, %454
  %460 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %459
  %461 = load float, float* %460, align 4
  %462 = load float, float* %8, align 4
  %463 = call float @llvm.fma.f32(float %461, float %441, float %462)
  store float %463, float* %8, align 4
  %464 = mul i64 %i36, 3
  %465 = add i64 %464, %j42
  %466 = add i64 %31, 2
  %467 = mul i64 %466, 256
  %468 = add i64 %467, %c32
  %469 = mul i64 %468, 9
  %470 = add i64 %469, %465
  %471 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %470
  %472 = load float, float* %471, align 4
  %473 = load float, float* %7, align 4
  %474 = call float @llvm.fma.f32(float %472, float %441, float %473)
  store float %474, float* %7, align 4
  %475 = mul i64 %i36, 3
  %476 = add i64 %475, %j42
  %477 = add i64 %31, 3
  %478 = mul i64 %477, 256
  %479 = add i64 %478, %c32
  %480 = mul i64 %479, 9
  %481 = add i64 %480, %476
  %482 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv2d_7.weight to float*), i64 %481
  %483 = load float, float* %482, align 4
  %484 = load float, float* %6, align 4
  %485 = call float @llvm.fma.f32(float %483, float %441, float %484)
  store float %485, float* %6, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
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
  %19 = add i64 1152, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1152
  %23 = select i1 %22, i64 %21, i64 1152
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1152
  %26 = select i1 %25, i64 %24, i64 1152
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

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 96
  %20 = sdiv i64 %task, 96
  %21 = srem i64 %20, 6
  %22 = sdiv i64 %task, 576
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 384
  %26 = mul i64 %19, 4
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 384
  %29 = mul i64 %23, 384
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 144
  %32 = mul i64 %21, 24
  %33 = add i64 %27, 0
  %34 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_8.bias to float*), i64 %33
  %35 = load float, float* %34, align 4
  %36 = insertelement <8 x float> undef, float %35, i32 0
  %splat = shufflevector <8 x float> %36, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %17, align 32
  store <8 x float> %splat, <8 x float>* %16, align 32
  store <8 x float> %splat, <8 x float>* %15, align 32
  %37 = add i64 %27, 1
  %38 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_8.bias to float*), i64 %37
  %39 = load float, float* %38, align 4
  %40 = insertelement <8 x float> undef, float %39, i32 0
  %splat1 = shufflevector <8 x float> %40, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %14, align 32
  store <8 x float> %splat1, <8 x float>* %13, align 32
  store <8 x float> %splat1, <8 x float>* %12, align 32
  %41 = add i64 %27, 2
  %42 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_8.bias to float*), i64 %41
  %43 = load float, float* %42, align 4
  %44 = insertelement <8 x float> undef, float %43, i32 0
  %splat2 = shufflevector <8 x float> %44, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %11, align 32
  store <8 x float> %splat2, <8 x float>* %10, align 32
  store <8 x float> %splat2, <8 x float>* %9, align 32
  %45 = add i64 %27, 3
  %46 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_8.bias to float*), i64 %45
  %47 = load float, float* %46, align 4
  %48 = insertelement <8 x float> undef, float %47, i32 0
  %splat3 = shufflevector <8 x float> %48, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %8, align 32
  store <8 x float> %splat3, <8 x float>* %7, align 32
  store <8 x float> %splat3, <8 x float>* %6, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %c.body, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %c.body ]
  %49 = icmp slt i64 %c, 384
  br i1 %49, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %50 = mul i64 %c, 144
  %51 = add i64 %50, %32
  %52 = add i64 %31, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %1, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %1, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %1, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %27, 0
  %66 = mul i64 %65, 384
  %67 = add i64 %66, %c
  %68 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.weight to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat4 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %17, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %17, align 32
  %73 = load <8 x float>, <8 x float>* %16, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %16, align 32
  %75 = load <8 x float>, <8 x float>* %15, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %15, align 32
  %77 = add i64 %27, 1
  %78 = mul i64 %77, 384
  %79 = add i64 %78, %c
  %80 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.weight to float*), i64 %79
  %81 = load float, float* %80, align 4
  %82 = insertelement <8 x float> undef, float %81, i32 0
  %splat5 = shufflevector <8 x float> %82, <8 x float> undef, <8 x i32> zeroinitializer
  %83 = load <8 x float>, <8 x float>* %14, align 32
  %84 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %56, <8 x float> %83)
  store <8 x float> %84, <8 x float>* %14, align 32
  %85 = load <8 x float>, <8 x float>* %13, align 32
  %86 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %60, <8 x float> %85)
  store <8 x float> %86, <8 x float>* %13, align 32
  %87 = load <8 x float>, <8 x float>* %12, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %64, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %12, align 32
  %89 = add i64 %27, 2
  %90 = mul i64 %89, 384
  %91 = add i64 %90, %c
  %92 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.weight to float*), i64 %91
  %93 = load float, float* %92, align 4
  %94 = insertelement <8 x float> undef, float %93, i32 0
  %splat6 = shufflevector <8 x float> %94, <8 x float> undef, <8 x i32> zeroinitializer
  %95 = load <8 x float>, <8 x float>* %11, align 32
  %96 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %56, <8 x float> %95)
  store <8 x float> %96, <8 x float>* %11, align 32
  %97 = load <8 x float>, <8 x float>* %10, align 32
  %98 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %60, <8 x float> %97)
  store <8 x float> %98, <8 x float>* %10, align 32
  %99 = load <8 x float>, <8 x float>* %9, align 32
  %100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %64, <8 x float> %99)
  store <8 x float> %100, <8 x float>* %9, align 32
  %101 = add i64 %27, 3
  %102 = mul i64 %101, 384
  %103 = add i64 %102, %c
  %104 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_8.weight to float*), i64 %103
  %105 = load float, float* %104, align 4
  %106 = insertelement <8 x float> undef, float %105, i32 0
  %splat7 = shufflevector <8 x float> %106, <8 x float> undef, <8 x i32> zeroinitializer
  %107 = load <8 x float>, <8 x float>* %8, align 32
  %108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %56, <8 x float> %107)
  store <8 x float> %108, <8 x float>* %8, align 32
  %109 = load <8 x float>, <8 x float>* %7, align 32
  %110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %60, <8 x float> %109)
  store <8 x float> %110, <8 x float>* %7, align 32
  %111 = load <8 x float>, <8 x float>* %6, align 32
  %112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %64, <8 x float> %111)
  store <8 x float> %112, <8 x float>* %6, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %113 = load <8 x float>, <8 x float>* %17, align 32
  %114 = fcmp ogt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> %113, <8 x float> zeroinitializer
  %116 = mul i64 %24, 384
  %117 = add i64 %27, 0
  %118 = add i64 %116, %117
  %119 = mul i64 %118, 144
  %120 = add i64 %32, 0
  %121 = add i64 %119, %120
  %122 = getelementptr inbounds float, float* %0, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %115, <8 x float>* %123, align 4
  %124 = load <8 x float>, <8 x float>* %16, align 32
  %125 = fcmp ogt <8 x float> %124, zeroinitializer
  %126 = select <8 x i1> %125, <8 x float> %124, <8 x float> zeroinitializer
  %127 = mul i64 %24, 384
  %128 = add i64 %27, 0
  %129 = add i64 %127, %128
  %130 = mul i64 %129, 144
  %131 = add i64 %32, 8
  %132 = add i64 %130, %131
  %133 = getelementptr inbounds float, float* %0, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  store <8 x float> %126, <8 x float>* %134, align 4
  %135 = load <8 x float>, <8 x float>* %15, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = mul i64 %24, 384
  %139 = add i64 %27, 0
  %140 = add i64 %138, %139
  %141 = mul i64 %140, 144
  %142 = add i64 %32, 16
  %143 = add i64 %141, %142
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %137, <8 x float>* %145, align 4
  %146 = load <8 x float>, <8 x float>* %14, align 32
  %147 = fcmp ogt <8 x float> %146, zeroinitializer
  %148 = select <8 x i1> %147, <8 x float> %146, <8 x float> zeroinitializer
  %149 = mul i64 %24, 384
  %150 = add i64 %27, 1
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 144
  %153 = add i64 %32, 0
  %154 = add i64 %152, %153
  %155 = getelementptr inbounds float, float* %0, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %148, <8 x float>* %156, align 4
  %157 = load <8 x float>, <8 x float>* %13, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = mul i64 %24, 384
  %161 = add i64 %27, 1
  %162 = add i64 %160, %161
  %163 = mul i64 %162, 144
  %164 = add i64 %32, 8
  %165 = add i64 %163, %164
  %166 = getelementptr inbounds float, float* %0, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %159, <8 x float>* %167, align 4
  %168 = load <8 x float>, <8 x float>* %12, align 32
  %169 = fcmp ogt <8 x float> %168, zeroinitializer
  %170 = select <8 x i1> %169, <8 x float> %168, <8 x float> zeroinitializer
  %171 = mul i64 %24, 384
  %172 = add i64 %27, 1
  %173 = add i64 %171, %172
  %174 = mul i64 %173, 144
  %175 = add i64 %32, 16
  %176 = add i64 %174, %175
  %177 = getelementptr inbounds float, float* %0, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %170, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %11, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = mul i64 %24, 384
  %183 = add i64 %27, 2
  %184 = add i64 %182, %183
  %185 = mul i64 %184, 144
  %186 = add i64 %32, 0
  %187 = add i64 %185, %186
  %188 = getelementptr inbounds float, float* %0, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %181, <8 x float>* %189, align 4
  %190 = load <8 x float>, <8 x float>* %10, align 32
  %191 = fcmp ogt <8 x float> %190, zeroinitializer
  %192 = select <8 x i1> %191, <8 x float> %190, <8 x float> zeroinitializer
  %193 = mul i64 %24, 384
  %194 = add i64 %27, 2
  %195 = add i64 %193, %194
  %196 = mul i64 %195, 144
  %197 = add i64 %32, 8
  %198 = add i64 %196, %197
  %199 = getelementptr inbounds float, float* %0, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %192, <8 x float>* %200, align 4
  %201 = load <8 x float>, <8 x float>* %9, align 32
  %202 = fcmp ogt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> %201, <8 x float> zeroinitializer
  %204 = mul i64 %24, 384
  %205 = add i64 %27, 2
  %206 = add i64 %204, %205
  %207 = mul i64 %206, 144
  %208 = add i64 %32, 16
  %209 = add i64 %207, %208
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %203, <8 x float>* %211, align 4
  %212 = load <8 x float>, <8 x float>* %8, align 32
  %213 = fcmp ogt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> %212, <8 x float> zeroinitializer
  %215 = mul i64 %24, 384
  %216 = add i64 %27, 3
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 144
  %219 = add i64 %32, 0
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %7, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = mul i64 %24, 384
  %227 = add i64 %27, 3
  %228 = add i64 %226, %227
  %229 = mul i64 %228, 144
  %230 = add i64 %32, 8
  %231 = add i64 %229, %230
  %232 = getelementptr inbounds float, float* %0, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %225, <8 x float>* %233, align 4
  %234 = load <8 x float>, <8 x float>* %6, align 32
  %235 = fcmp ogt <8 x float> %234, zeroinitializer
  %236 = select <8 x i1> %235, <8 x float> %234, <8 x float> zeroinitializer
  %237 = mul i64 %24, 384
  %238 = add i64 %27, 3
  %239 = add i64 %237, %238
  %240 = mul i64 %239, 144
  %241 = add i64 %32, 16
  %242 = add i64 %240, %241
  %243 = getelementptr inbounds float, float* %0, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %236, <8 x float>* %244, align 4
  %task.next = add i64 %task, 1
  br label %task.header
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
  %19 = add i64 576, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 576
  %23 = select i1 %22, i64 %21, i64 576
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 576
  %26 = select i1 %25, i64 %24, i64 576
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

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 96
  %20 = sdiv i64 %task, 96
  %21 = srem i64 %20, 6
  %22 = sdiv i64 %task, 576
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 384
  %26 = mul i64 %19, 4
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 384
  %29 = mul i64 %23, 384
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 144
  %32 = mul i64 %21, 24
  %33 = add i64 %27, 0
  %34 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_9.bias to float*), i64 %33
  %35 = load float, float* %34, align 4
  %36 = insertelement <8 x float> undef, float %35, i32 0
  %splat = shufflevector <8 x float> %36, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %17, align 32
  store <8 x float> %splat, <8 x float>* %16, align 32
  store <8 x float> %splat, <8 x float>* %15, align 32
  %37 = add i64 %27, 1
  %38 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_9.bias to float*), i64 %37
  %39 = load float, float* %38, align 4
  %40 = insertelement <8 x float> undef, float %39, i32 0
  %splat1 = shufflevector <8 x float> %40, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %14, align 32
  store <8 x float> %splat1, <8 x float>* %13, align 32
  store <8 x float> %splat1, <8 x float>* %12, align 32
  %41 = add i64 %27, 2
  %42 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_9.bias to float*), i64 %41
  %43 = load float, float* %42, align 4
  %44 = insertelement <8 x float> undef, float %43, i32 0
  %splat2 = shufflevector <8 x float> %44, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %11, align 32
  store <8 x float> %splat2, <8 x float>* %10, align 32
  store <8 x float> %splat2, <8 x float>* %9, align 32
  %45 = add i64 %27, 3
  %46 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_9.bias to float*), i64 %45
  %47 = load float, float* %46, align 4
  %48 = insertelement <8 x float> undef, float %47, i32 0
  %splat3 = shufflevector <8 x float> %48, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %8, align 32
  store <8 x float> %splat3, <8 x float>* %7, align 32
  store <8 x float> %splat3, <8 x float>* %6, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %c.body, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %c.body ]
  %49 = icmp slt i64 %c, 384
  br i1 %49, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %50 = mul i64 %c, 144
  %51 = add i64 %50, %32
  %52 = add i64 %31, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %1, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %1, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %1, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %27, 0
  %66 = mul i64 %65, 384
  %67 = add i64 %66, %c
  %68 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat4 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %17, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %17, align 32
  %73 = load <8 x float>, <8 x float>* %16, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %16, align 32
  %75 = load <8 x float>, <8 x float>* %15, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %15, align 32
  %77 = add i64 %27, 1
  %78 = mul i64 %77, 384
  %79 = add i64 %78, %c
  %80 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %79
  %81 = load float, float* %80, align 4
  %82 = insertelement <8 x float> undef, float %81, i32 0
  %splat5 = shufflevector <8 x float> %82, <8 x float> undef, <8 x i32> zeroinitializer
  %83 = load <8 x float>, <8 x float>* %14, align 32
  %84 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %56, <8 x float> %83)
  store <8 x float> %84, <8 x float>* %14, align 32
  %85 = load <8 x float>, <8 x float>* %13, align 32
  %86 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %60, <8 x float> %85)
  store <8 x float> %86, <8 x float>* %13, align 32
  %87 = load <8 x float>, <8 x float>* %12, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %64, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %12, align 32
  %89 = add i64 %27, 2
  %90 = mul i64 %89, 384
  %91 = add i64 %90, %c
  %92 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %91
  %93 = load float, float* %92, align 4
  %94 = insertelement <8 x float> undef, float %93, i32 0
  %splat6 = shufflevector <8 x float> %94, <8 x float> undef, <8 x i32> zeroinitializer
  %95 = load <8 x float>, <8 x float>* %11, align 32
  %96 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %56, <8 x float> %95)
  store <8 x float> %96, <8 x float>* %11, align 32
  %97 = load <8 x float>, <8 x float>* %10, align 32
  %98 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %60, <8 x float> %97)
  store <8 x float> %98, <8 x float>* %10, align 32
  %99 = load <8 x float>, <8 x float>* %9, align 32
  %100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %64, <8 x float> %99)
  store <8 x float> %100, <8 x float>* %9, align 32
  %101 = add i64 %27, 3
  %102 = mul i64 %101, 384
  %103 = add i64 %102, %c
  %104 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %103
  %105 = load float, float* %104, align 4
  %106 = insertelement <8 x float> undef, float %105, i32 0
  %splat7 = shufflevector <8 x float> %106, <8 x float> undef, <8 x i32> zeroinitializer
  %107 = load <8 x float>, <8 x float>* %8, align 32
  %108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %56, <8 x float> %107)
  store <8 x float> %108, <8 x float>* %8, align 32
  %109 = load <8 x float>, <8 x float>* %7, align 32
  %110 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %60, <8 x float> %109)
  store <8 x float> %110, <8 x float>* %7, align 32
  %111 = load <8 x float>, <8 x float>* %6, align 32
  %112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %64, <8 x float> %111)
  store <8 x float> %112, <8 x float>* %6, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %113 = load <8 x float>, <8 x float>* %17, align 32
  %114 = fcmp ogt <8 x float> %113, zeroinitializer
  %115 = select <8 x i1> %114, <8 x float> %113, <8 x float> zeroinitializer
  %116 = mul i64 %24, 384
  %117 = add i64 %27, 0
  %118 = add i64 %116, %117
  %119 = mul i64 %118, 144
  %120 = add i64 %32, 0
  %121 = add i64 %119, %120
  %122 = getelementptr inbounds float, float* %0, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %115, <8 x float>* %123, align 4
  %124 = load <8 x float>, <8 x float>* %16, align 32
  %125 = fcmp ogt <8 x float> %124, zeroinitializer
  %126 = select <8 x i1> %125, <8 x float> %124, <8 x float> zeroinitializer
  %127 = mul i64 %24, 384
  %128 = add i64 %27, 0
  %129 = add i64 %127, %128
  %130 = mul i64 %129, 144
  %131 = add i64 %32, 8
  %132 = add i64 %130, %131
  %133 = getelementptr inbounds float, float* %0, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  store <8 x float> %126, <8 x float>* %134, align 4
  %135 = load <8 x float>, <8 x float>* %15, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = mul i64 %24, 384
  %139 = add i64 %27, 0
  %140 = add i64 %138, %139
  %141 = mul i64 %140, 144
  %142 = add i64 %32, 16
  %143 = add i64 %141, %142
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %137, <8 x float>* %145, align 4
  %146 = load <8 x float>, <8 x float>* %14, align 32
  %147 = fcmp ogt <8 x float> %146, zeroinitializer
  %148 = select <8 x i1> %147, <8 x float> %146, <8 x float> zeroinitializer
  %149 = mul i64 %24, 384
  %150 = add i64 %27, 1
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 144
  %153 = add i64 %32, 0
  %154 = add i64 %152, %153
  %155 = getelementptr inbounds float, float* %0, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %148, <8 x float>* %156, align 4
  %157 = load <8 x float>, <8 x float>* %13, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = mul i64 %24, 384
  %161 = add i64 %27, 1
  %162 = add i64 %160, %161
  %163 = mul i64 %162, 144
  %164 = add i64 %32, 8
  %165 = add i64 %163, %164
  %166 = getelementptr inbounds float, float* %0, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %159, <8 x float>* %167, align 4
  %168 = load <8 x float>, <8 x float>* %12, align 32
  %169 = fcmp ogt <8 x float> %168, zeroinitializer
  %170 = select <8 x i1> %169, <8 x float> %168, <8 x float> zeroinitializer
  %171 = mul i64 %24, 384
  %172 = add i64 %27, 1
  %173 = add i64 %171, %172
  %174 = mul i64 %173, 144
  %175 = add i64 %32, 16
  %176 = add i64 %174, %175
  %177 = getelementptr inbounds float, float* %0, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %170, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %11, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = mul i64 %24, 384
  %183 = add i64 %27, 2
  %184 = add i64 %182, %183
  %185 = mul i64 %184, 144
  %186 = add i64 %32, 0
  %187 = add i64 %185, %186
  %188 = getelementptr inbounds float, float* %0, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %181, <8 x float>* %189, align 4
  %190 = load <8 x float>, <8 x float>* %10, align 32
  %191 = fcmp ogt <8 x float> %190, zeroinitializer
  %192 = select <8 x i1> %191, <8 x float> %190, <8 x float> zeroinitializer
  %193 = mul i64 %24, 384
  %194 = add i64 %27, 2
  %195 = add i64 %193, %194
  %196 = mul i64 %195, 144
  %197 = add i64 %32, 8
  %198 = add i64 %196, %197
  %199 = getelementptr inbounds float, float* %0, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %192, <8 x float>* %200, align 4
  %201 = load <8 x float>, <8 x float>* %9, align 32
  %202 = fcmp ogt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> %201, <8 x float> zeroinitializer
  %204 = mul i64 %24, 384
  %205 = add i64 %27, 2
  %206 = add i64 %204, %205
  %207 = mul i64 %206, 144
  %208 = add i64 %32, 16
  %209 = add i64 %207, %208
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %203, <8 x float>* %211, align 4
  %212 = load <8 x float>, <8 x float>* %8, align 32
  %213 = fcmp ogt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> %212, <8 x float> zeroinitializer
  %215 = mul i64 %24, 384
  %216 = add i64 %27, 3
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 144
  %219 = add i64 %32, 0
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %7, align 32
  %224 = fcmp ogt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> %223, <8 x float> zeroinitializer
  %226 = mul i64 %24, 384
  %227 = add i64 %27, 3
  %228 = add i64 %226, %227
  %229 = mul i64 %228, 144
  %230 = add i64 %32, 8
  %231 = add i64 %229, %230
  %232 = getelementptr inbounds float, float* %0, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %225, <8 x float>* %233, align 4
  %234 = load <8 x float>, <8 x float>* %6, align 32
  %235 = fcmp ogt <8 x float> %234, zeroinitializer
  %236 = select <8 x i1> %235, <8 x float> %234, <8 x float> zeroinitializer
  %237 = mul i64 %24, 384
  %238 = add i64 %27, 3
  %239 = add i64 %237, %238
  %240 = mul i64 %239, 144
  %241 = add i64 %32, 16
  %242 = add i64 %240, %241
  %243 = getelementptr inbounds float, float* %0, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %236, <8 x float>* %244, align 4
  %task.next = add i64 %task, 1
  br label %task.header
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
  %19 = add i64 576, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 576
  %23 = select i1 %22, i64 %21, i64 576
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 576
  %26 = select i1 %25, i64 %24, i64 576
  call void @node10.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 5
  %10 = srem i64 %task, 5
  %11 = mul i64 %9, 144
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 5
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 5
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 3
  %22 = icmp slt i64 %21, 12
  %23 = select i1 %22, i64 %21, i64 12
  %24 = add i64 %18, 3
  %25 = icmp slt i64 %24, 12
  %26 = select i1 %25, i64 %24, i64 12
  %27 = sub i64 %26, %18
  %28 = sub i64 %23, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 0
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
  %31 = mul i64 %r, 12
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
  %56 = add i64 %34, 2
  %57 = getelementptr inbounds float, float* %12, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %56, 8
  %61 = getelementptr inbounds float, float* %12, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = shufflevector <8 x float> %59, <8 x float> %63, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %64)
  store <8 x float> %65, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %66 = load <8 x float>, <8 x float>* %7, align 32
  %67 = getelementptr inbounds float, float* %16, i64 %x
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %66, <8 x float>* %68, align 4
  %x.next = add i64 %x, 8
  br label %x.header

c.header:                                         ; preds = %r.exit3, %x.exit
  %c = phi i64 [ 0, %x.exit ], [ %c.next, %r.exit3 ]
  %69 = icmp slt i64 %c, 5
  br i1 %69, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %70 = mul i64 %c, 2
  %71 = sub i64 %70, 0
  %72 = icmp sgt i64 %71, 0
  %73 = select i1 %72, i64 %71, i64 0
  %74 = add i64 %71, 3
  %75 = icmp slt i64 %74, 12
  %76 = select i1 %75, i64 %74, i64 12
  %77 = add i64 %71, 3
  %78 = icmp slt i64 %77, 12
  %79 = select i1 %78, i64 %77, i64 12
  %80 = sub i64 %79, %71
  store float 0xFFF0000000000000, float* %6, align 4
  br label %r.header1

c.exit:                                           ; preds = %c.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header1:                                        ; preds = %q.exit, %c.body
  %r4 = phi i64 [ %20, %c.body ], [ %r.next5, %q.exit ]
  %81 = icmp slt i64 %r4, %23
  br i1 %81, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  br label %q.header

r.exit3:                                          ; preds = %r.header1
  %82 = load float, float* %6, align 4
  %83 = getelementptr inbounds float, float* %16, i64 %c
  store float %82, float* %83, align 4
  %c.next = add i64 %c, 1
  br label %c.header

q.header:                                         ; preds = %q.body, %r.body2
  %q = phi i64 [ %73, %r.body2 ], [ %q.next, %q.body ]
  %84 = icmp slt i64 %q, %76
  br i1 %84, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %85 = mul i64 %r4, 12
  %86 = add i64 %85, %q
  %87 = getelementptr inbounds float, float* %12, i64 %86
  %88 = load float, float* %87, align 4
  %89 = load float, float* %6, align 4
  %90 = call float @llvm.maxnum.f32(float %89, float %88)
  store float %90, float* %6, align 4
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next5 = add i64 %r4, 1
  br label %r.header1
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
  %19 = add i64 1920, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1920
  %23 = select i1 %22, i64 %21, i64 1920
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1920
  %26 = select i1 %25, i64 %24, i64 1920
  call void @node11.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit27, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit27 ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 250
  %20 = sdiv i64 %task, 250
  %21 = srem i64 %20, 5
  %22 = sdiv i64 %task, 1250
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 1000
  %26 = mul i64 %19, 4
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 384
  %29 = mul i64 %23, 384
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 25
  %32 = mul i64 %21, 1
  %33 = sub i64 %32, 1
  %34 = add i64 %27, 0
  %35 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %34
  %36 = load float, float* %35, align 4
  %37 = insertelement <8 x float> undef, float %36, i32 0
  %splat = shufflevector <8 x float> %37, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %17, align 32
  %38 = add i64 %27, 1
  %39 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat1 = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %16, align 32
  %42 = add i64 %27, 2
  %43 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat2 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %15, align 32
  %46 = add i64 %27, 3
  %47 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat3 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %50 = icmp slt i64 %c, 384
  br i1 %50, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %51 = mul i64 %c, 25
  %52 = add i64 %31, %51
  br label %i.header

c.exit:                                           ; preds = %c.header
  %53 = load <8 x float>, <8 x float>* %17, align 32
  %54 = fcmp ogt <8 x float> %53, zeroinitializer
  %55 = select <8 x i1> %54, <8 x float> %53, <8 x float> zeroinitializer
  %56 = mul i64 %24, 1000
  %57 = add i64 %27, 0
  %58 = add i64 %56, %57
  %59 = mul i64 %58, 5
  %60 = add i64 %59, %21
  %61 = mul i64 %60, 5
  %62 = add i64 %61, 1
  %63 = getelementptr inbounds float, float* %0, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %55, <8 x float>* %64, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %65 = load <8 x float>, <8 x float>* %16, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = mul i64 %24, 1000
  %69 = add i64 %27, 1
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 5
  %72 = add i64 %71, %21
  %73 = mul i64 %72, 5
  %74 = add i64 %73, 1
  %75 = getelementptr inbounds float, float* %0, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %67, <8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %77 = load <8 x float>, <8 x float>* %15, align 32
  %78 = fcmp ogt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> %77, <8 x float> zeroinitializer
  %80 = mul i64 %24, 1000
  %81 = add i64 %27, 2
  %82 = add i64 %80, %81
  %83 = mul i64 %82, 5
  %84 = add i64 %83, %21
  %85 = mul i64 %84, 5
  %86 = add i64 %85, 1
  %87 = getelementptr inbounds float, float* %0, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %79, <8 x float>* %88, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %89 = load <8 x float>, <8 x float>* %14, align 32
  %90 = fcmp ogt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> %89, <8 x float> zeroinitializer
  %92 = mul i64 %24, 1000
  %93 = add i64 %27, 3
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 5
  %96 = add i64 %95, %21
  %97 = mul i64 %96, 5
  %98 = add i64 %97, 1
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %91, <8 x float>* %100, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %101 = icmp slt i64 %i, 3
  br i1 %101, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %102 = mul i64 %i, 1
  %103 = add i64 %33, %102
  %104 = icmp sge i64 %103, 0
  %105 = icmp slt i64 %103, 5
  %106 = and i1 %104, %105
  br i1 %106, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %107 = mul i64 %103, 5
  %108 = add i64 %52, %107
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %109 = icmp slt i64 %j, 3
  br i1 %109, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %110 = mul i64 %j, 1
  %111 = add i64 1, %110
  %112 = sub i64 %111, 1
  %113 = add i64 %108, %112
  %114 = add i64 %113, 0
  %115 = getelementptr inbounds float, float* %1, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %116, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %118 = mul i64 %i, 3
  %119 = add i64 %118, %j
  %120 = add i64 %27, 0
  %121 = mul i64 %120, 384
  %122 = add i64 %121, %c
  %123 = mul i64 %122, 9
  %124 = add i64 %123, %119
  %125 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %124
  %126 = load float, float* %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %splat4 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %128 = load <8 x float>, <8 x float>* %17, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %117, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %17, align 32
  %130 = mul i64 %i, 3
  %131 = add i64 %130, %j
  %132 = add i64 %27, 1
  %133 = mul i64 %132, 384
  %134 = add i64 %133, %c
  %135 = mul i64 %134, 9
  %136 = add i64 %135, %131
  %137 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %136
  %138 = load float, float* %137, align 4
  %139 = insertelement <8 x float> undef, float %138, i32 0
  %splat5 = shufflevector <8 x float> %139, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, <8 x float>* %16, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %117, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %16, align 32
  %142 = mul i64 %i, 3
  %143 = add i64 %142, %j
  %144 = add i64 %27, 2
  %145 = mul i64 %144, 384
  %146 = add i64 %145, %c
  %147 = mul i64 %146, 9
  %148 = add i64 %147, %143
  %149 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %148
  %150 = load float, float* %149, align 4
  %151 = insertelement <8 x float> undef, float %150, i32 0
  %splat6 = shufflevector <8 x float> %151, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, <8 x float>* %15, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %117, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %15, align 32
  %154 = mul i64 %i, 3
  %155 = add i64 %154, %j
  %156 = add i64 %27, 3
  %157 = mul i64 %156, 384
  %158 = add i64 %157, %c
  %159 = mul i64 %158, 9
  %160 = add i64 %159, %155
  %161 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %160
  %162 = load float, float* %161, align 4
  %163 = insertelement <8 x float> undef, float %162, i32 0
  %splat7 = shufflevector <8 x float> %163, <8 x float> undef, <8 x i32> zeroinitializer
  %164 = load <8 x float>, <8 x float>* %14, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %117, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit10 ]
  %166 = icmp slt i64 %xs, 1
  br i1 %166, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %167 = add i64 %27, 0
  %168 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %167
  %169 = load float, float* %168, align 4
  store float %169, float* %13, align 4
  %170 = add i64 %27, 1
  %171 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %170
  %172 = load float, float* %171, align 4
  store float %172, float* %12, align 4
  %173 = add i64 %27, 2
  %174 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %173
  %175 = load float, float* %174, align 4
  store float %175, float* %11, align 4
  %176 = add i64 %27, 3
  %177 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %176
  %178 = load float, float* %177, align 4
  store float %178, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %179 = icmp slt i64 %c11, 384
  br i1 %179, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %180 = mul i64 %c11, 25
  %181 = add i64 %31, %180
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %182 = load float, float* %13, align 4
  %183 = fcmp ogt float %182, 0.000000e+00
  %184 = select i1 %183, float %182, float 0.000000e+00
  %185 = mul i64 %24, 1000
  %186 = add i64 %27, 0
  %187 = add i64 %185, %186
  %188 = mul i64 %187, 5
  %189 = add i64 %188, %21
  %190 = mul i64 %189, 5
  %191 = add i64 %190, %xs
  %192 = getelementptr inbounds float, float* %0, i64 %191
  store float %184, float* %192, align 4
  %193 = load float, float* %12, align 4
  %194 = fcmp ogt float %193, 0.000000e+00
  %195 = select i1 %194, float %193, float 0.000000e+00
  %196 = mul i64 %24, 1000
  %197 = add i64 %27, 1
  %198 = add i64 %196, %197
  %199 = mul i64 %198, 5
  %200 = add i64 %199, %21
  %201 = mul i64 %200, 5
  %202 = add i64 %201, %xs
  %203 = getelementptr inbounds float, float* %0, i64 %202
  store float %195, float* %203, align 4
  %204 = load float, float* %11, align 4
  %205 = fcmp ogt float %204, 0.000000e+00
  %206 = select i1 %205, float %204, float 0.000000e+00
  %207 = mul i64 %24, 1000
  %208 = add i64 %27, 2
  %209 = add i64 %207, %208
  %210 = mul i64 %209, 5
  %211 = add i64 %210, %21
  %212 = mul i64 %211, 5
  %213 = add i64 %212, %xs
  %214 = getelementptr inbounds float, float* %0, i64 %213
  store float %206, float* %214, align 4
  %215 = load float, float* %10, align 4
  %216 = fcmp ogt float %215, 0.000000e+00
  %217 = select i1 %216, float %215, float 0.000000e+00
  %218 = mul i64 %24, 1000
  %219 = add i64 %27, 3
  %220 = add i64 %218, %219
  %221 = mul i64 %220, 5
  %222 = add i64 %221, %21
  %223 = mul i64 %222, 5
  %224 = add i64 %223, %xs
  %225 = getelementptr inbounds float, float* %0, i64 %224
  store float %217, float* %225, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %226 = icmp slt i64 %i15, 3
  br i1 %226, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %227 = mul i64 %i15, 1
  %228 = add i64 %33, %227
  %229 = icmp sge i64 %228, 0
  %230 = icmp slt i64 %228, 5
  %231 = and i1 %229, %230
  br i1 %231, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %232 = mul i64 %228, 5
  %233 = add i64 %181, %232
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %234 = icmp slt i64 %j21, 3
  br i1 %234, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %235 = mul i64 %xs, 1
  %236 = mul i64 %j21, 1
  %237 = add i64 %235, %236
  %238 = sub i64 %237, 1
  %239 = icmp sge i64 %238, 0
  %240 = icmp slt i64 %238, 5
  %241 = and i1 %239, %240
  %242 = icmp sgt i64 %238, 0
  %243 = select i1 %242, i64 %238, i64 0
  %244 = icmp slt i64 %243, 4
  %245 = select i1 %244, i64 %243, i64 4
  %246 = add i64 %233, %245
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = select i1 %241, float %248, float 0.000000e+00
  %250 = mul i64 %i15, 3
  %251 = add i64 %250, %j21
  %252 = add i64 %27, 0
  %253 = mul i64 %252, 384
  %254 = add i64 %253, %c11
  %255 = mul i64 %254, 9
  %256 = add i64 %255, %251
  %257 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %256
  %258 = load float, float* %257, align 4
  %259 = load float, float* %13, align 4
  %260 = call float @llvm.fma.f32(float %258, float %249, float %259)
  store float %260, float* %13, align 4
  %261 = mul i64 %i15, 3
  %262 = add i64 %261, %j21
  %263 = add i64 %27, 1
  %264 = mul i64 %263, 384
  %265 = add i64 %264, %c11
  %266 = mul i64 %265, 9
  %267 = add i64 %266, %262
  %268 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %267
  %269 = load float, float* %268, align 4
  %270 = load float, float* %12, align 4
  %271 = call float @llvm.fma.f32(float %269, float %249, float %270)
  store float %271, float* %12, align 4
  %272 = mul i64 %i15, 3
  %273 = add i64 %272, %j21
  %274 = add i64 %27, 2
  %275 = mul i64 %274, 384
  %276 = add i64 %275, %c11
  %277 = mul i64 %276, 9
  %278 = add i64 %277, %273
  %279 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %278
  %280 = load float, float* %279, align 4
  %281 = load float, float* %11, align 4
  %282 = call float @llvm.fma.f32(float %280, float %249, float %281)
  store float %282, float* %11, align 4
  %283 = mul i64 %i15, 3
  %284 = add i64 %283, %j21
  %285 = add i64 %27, 3
  %286 = mul i64 %285, 384
  %287 = add i64 %286, %c11
  %288 = mul i64 %287, 9
  %289 = add i64 %288, %284
  %290 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %289
  %291 = load float, float* %290, align 4
  %292 = load float, float* %10, align 4
  %293 = call float @llvm.fma.f32(float %291, float %249, float %292)
  store float %293, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 4, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %294 = icmp slt i64 %xs28, 5
  br i1 %294, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %295 = add i64 %27, 0
  %296 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %295
  %297 = load float, float* %296, align 4
  store float %297, float* %9, align 4
  %298 = add i64 %27, 1
  %299 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %298
  %300 = load float, float* %299, align 4
  store float %300, float* %8, align 4
  %301 = add i64 %27, 2
  %302 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %301
  %303 = load float, float* %302, align 4
  store float %303, float* %7, align 4
  %304 = add i64 %27, 3
  %305 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %304
  %306 = load float, float* %305, align 4
  store float %306, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %307 = icmp slt i64 %c32, 384
  br i1 %307, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %308 = mul i64 %c32, 25
  %309 = add i64 %31, %308
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %310 = load float, float* %9, align 4
  %311 = fcmp ogt float %310, 0.000000e+00
  %312 = select i1 %311, float %310, float 0.000000e+00
  %313 = mul i64 %24, 1000
  %314 = add i64 %27, 0
  %315 = add i64 %313, %314
  %316 = mul i64 %315, 5
  %317 = add i64 %316, %21
  %318 = mul i64 %317, 5
  %319 = add i64 %318, %xs28
  %320 = getelementptr inbounds float, float* %0, i64 %319
  store float %312, float* %320, align 4
  %321 = load float, float* %8, align 4
  %322 = fcmp ogt float %321, 0.000000e+00
  %323 = select i1 %322, float %321, float 0.000000e+00
  %324 = mul i64 %24, 1000
  %325 = add i64 %27, 1
  %326 = add i64 %324, %325
  %327 = mul i64 %326, 5
  %328 = add i64 %327, %21
  %329 = mul i64 %328, 5
  %330 = add i64 %329, %xs28
  %331 = getelementptr inbounds float, float* %0, i64 %330
  store float %323, float* %331, align 4
  %332 = load float, float* %7, align 4
  %333 = fcmp ogt float %332, 0.000000e+00
  %334 = select i1 %333, float %332, float 0.000000e+00
  %335 = mul i64 %24, 1000
  %336 = add i64 %27, 2
  %337 = add i64 %335, %336
  %338 = mul i64 %337, 5
  %339 = add i64 %338, %21
  %340 = mul i64 %339, 5
  %341 = add i64 %340, %xs28
  %342 = getelementptr inbounds float, float* %0, i64 %341
  store float %334, float* %342, align 4
  %343 = load float, float* %6, align 4
  %344 = fcmp ogt float %343, 0.000000e+00
  %345 = select i1 %344, float %343, float 0.000000e+00
  %346 = mul i64 %24, 1000
  %347 = add i64 %27, 3
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 5
  %350 = add i64 %349, %21
  %351 = mul i64 %350, 5
  %352 = add i64 %351, %xs28
  %353 = getelementptr inbounds float, float* %0, i64 %352
  store float %345, float* %353, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %354 = icmp slt i64 %i36, 3
  br i1 %354, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %355 = mul i64 %i36, 1
  %356 = add i64 %33, %355
  %357 = icmp sge i64 %356, 0
  %358 = icmp slt i64 %356, 5
  %359 = and i1 %357, %358
  br i1 %359, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %360 = mul i64 %356, 5
  %361 = add i64 %309, %360
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %362 = icmp slt i64 %j42, 3
  br i1 %362, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %363 = mul i64 %xs28, 1
  %364 = mul i64 %j42, 1
  %365 = add i64 %363, %364
  %366 = sub i64 %365, 1
  %367 = icmp sge i64 %366, 0
  %368 = icmp slt i64 %366, 5
  %369 = and i1 %367, %368
  %370 = icmp sgt i64 %366, 0
  %371 = select i1 %370, i64 %366, i64 0
  %372 = icmp slt i64 %371, 4
  %373 = select i1 %372, i64 %371, i64 4
  %374 = add i64 %361, %373
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = select i1 %369, float %376, float 0.000000e+00
  %378 = mul i64 %i36, 3
  %379 = add i64 %378, %j42
  %380 = add i64 %27, 0
  %381 = mul i64 %380, 384
  %382 = add i64 %381, %c32
  %383 = mul i64 %382, 9
  %384 = add i64 %383, %379
  %385 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %384
  %386 = load float, float* %385, align 4
  %387 = load float, float* %9, align 4
  %388 = call float @llvm.fma.f32(float %386, float %377, float %387)
  store float %388, float* %9, align 4
  %389 = mul i64 %i36, 3
  %390 = add i64 %389, %j42
  %391 = add i64 %27, 1
  %392 = mul i64 %391, 384
  %393 = add i64 %392, %c32
  %394 = mul i64 %393, 9
  %395 = add i64 %394, %390
  %396 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %395
  %397 = load float, float* %396, align 4
  %398 = load float, float* %8, align 4
  %399 = call float @llvm.fma.f32(float %397, float %377, float %398)
  store float %399, float* %8, align 4
  %400 = mul i64 %i36, 3
  %401 = add i64 %400, %j42
  %402 = add i64 %27, 2
  %403 = mul i64 %402, 384
  %404 = add i64 %403, %c32
  %405 = mul i64 %404, 9
  %406 = add i64 %405, %401
  %407 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %406
  %408 = load float, float* %407, align 4
  %409 = load float, float* %7, align 4
  %410 = call float @llvm.fma.f32(float %408, float %377, float %409)
  store float %410, float* %7, align 4
  %411 = mul i64 %i36, 3
  %412 = add i64 %411, %j42
  %413 = add i64 %27, 3
  %414 = mul i64 %413, 384
  %415 = add i64 %414, %c32
  %416 = mul i64 %415, 9
  %417 = add i64 %416, %412
  %418 = getelementptr inbounds float, float* bitcast ([13824000 x i8]* @weight.conv2d_10.weight to float*), i64 %417
  %419 = load float, float* %418, align 4
  %420 = load float, float* %6, align 4
  %421 = call float @llvm.fma.f32(float %419, float %377, float %420)
  store float %421, float* %6, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
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
  %19 = add i64 1250, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1250
  %23 = select i1 %22, i64 %21, i64 1250
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1250
  %26 = select i1 %25, i64 %24, i64 1250
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
  %21 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 250
  %24 = sdiv i64 %task, 250
  %25 = srem i64 %24, 2
  %26 = sdiv i64 %task, 500
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 1000
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 1000
  %33 = mul i64 %27, 1000
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 25
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 1
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_11.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat11 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %8, align 32
  store <8 x float> %splat11, <8 x float>* %7, align 32
  store <8 x float> %splat11, <8 x float>* %6, align 32
  br label %c.header12

endif:                                            ; preds = %c.exit14, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %70 = icmp slt i64 %c, 1000
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 25
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 1000
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 1000
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 1000
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 1000
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.weight to float*), i64 %104
  %106 = load float, float* %105, align 4
  %107 = insertelement <8 x float> undef, float %106, i32 0
  %splat7 = shufflevector <8 x float> %107, <8 x float> undef, <8 x i32> zeroinitializer
  %108 = load <8 x float>, <8 x float>* %18, align 32
  %109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %77, <8 x float> %108)
  store <8 x float> %109, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %110 = load <8 x float>, <8 x float>* %21, align 32
  %111 = fcmp ogt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> %110, <8 x float> zeroinitializer
  %113 = mul i64 %28, 1000
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 25
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 1000
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 25
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 1000
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 25
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 1000
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 25
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 1000
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 25
  %156 = add i64 %155, %36
  %157 = add i64 %35, %156
  %158 = add i64 %157, 0
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %157, 8
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = add i64 %157, 16
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = add i64 %31, 0
  %171 = mul i64 %170, 1000
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.weight to float*), i64 %172
  %174 = load float, float* %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %splat16 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %17, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %161, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %17, align 32
  %178 = load <8 x float>, <8 x float>* %16, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %165, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %16, align 32
  %180 = load <8 x float>, <8 x float>* %15, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %169, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %15, align 32
  %182 = add i64 %31, 1
  %183 = mul i64 %182, 1000
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat17 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %14, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %161, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %14, align 32
  %190 = load <8 x float>, <8 x float>* %13, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %165, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %13, align 32
  %192 = load <8 x float>, <8 x float>* %12, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %169, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %12, align 32
  %194 = add i64 %31, 2
  %195 = mul i64 %194, 1000
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat18 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %11, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %161, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %11, align 32
  %202 = load <8 x float>, <8 x float>* %10, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %165, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %10, align 32
  %204 = load <8 x float>, <8 x float>* %9, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %169, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %9, align 32
  %206 = add i64 %31, 3
  %207 = mul i64 %206, 1000
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_11.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat19 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %8, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %161, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %8, align 32
  %214 = load <8 x float>, <8 x float>* %7, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %165, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %7, align 32
  %216 = load <8 x float>, <8 x float>* %6, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %169, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %6, align 32
  %c.next20 = add i64 %c15, 1
  br label %c.header12

c.exit14:                                         ; preds = %c.header12
  %218 = load <8 x float>, <8 x float>* %17, align 32
  %219 = fcmp ogt <8 x float> %218, zeroinitializer
  %220 = select <8 x i1> %219, <8 x float> %218, <8 x float> zeroinitializer
  %221 = mul i64 %28, 1000
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 25
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 1000
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 25
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 1000
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 25
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 1000
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 25
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 1000
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 25
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 1000
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 25
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 1000
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 25
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 1000
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 25
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 1000
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 25
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 1000
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 25
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 1000
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 25
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 1000
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 25
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
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
  %19 = add i64 500, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 500
  %23 = select i1 %22, i64 %21, i64 500
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 500
  %26 = select i1 %25, i64 %24, i64 500
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
  %21 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 250
  %24 = sdiv i64 %task, 250
  %25 = srem i64 %24, 2
  %26 = sdiv i64 %task, 500
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 1000
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 1000
  %33 = mul i64 %27, 1000
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 25
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 1
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_12.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat11 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %8, align 32
  store <8 x float> %splat11, <8 x float>* %7, align 32
  store <8 x float> %splat11, <8 x float>* %6, align 32
  br label %c.header12

endif:                                            ; preds = %c.exit14, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %70 = icmp slt i64 %c, 1000
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 25
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 1000
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 1000
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 1000
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 1000
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.weight to float*), i64 %104
  %106 = load float, float* %105, align 4
  %107 = insertelement <8 x float> undef, float %106, i32 0
  %splat7 = shufflevector <8 x float> %107, <8 x float> undef, <8 x i32> zeroinitializer
  %108 = load <8 x float>, <8 x float>* %18, align 32
  %109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %77, <8 x float> %108)
  store <8 x float> %109, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %110 = load <8 x float>, <8 x float>* %21, align 32
  %111 = fcmp ogt <8 x float> %110, zeroinitializer
  %112 = select <8 x i1> %111, <8 x float> %110, <8 x float> zeroinitializer
  %113 = mul i64 %28, 1000
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 25
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 1000
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 25
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 1000
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 25
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 1000
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 25
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 1000
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 25
  %156 = add i64 %155, %36
  %157 = add i64 %35, %156
  %158 = add i64 %157, 0
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %157, 8
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = add i64 %157, 16
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = add i64 %31, 0
  %171 = mul i64 %170, 1000
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.weight to float*), i64 %172
  %174 = load float, float* %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %splat16 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %17, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %161, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %17, align 32
  %178 = load <8 x float>, <8 x float>* %16, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %165, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %16, align 32
  %180 = load <8 x float>, <8 x float>* %15, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %169, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %15, align 32
  %182 = add i64 %31, 1
  %183 = mul i64 %182, 1000
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat17 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %14, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %161, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %14, align 32
  %190 = load <8 x float>, <8 x float>* %13, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %165, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %13, align 32
  %192 = load <8 x float>, <8 x float>* %12, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %169, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %12, align 32
  %194 = add i64 %31, 2
  %195 = mul i64 %194, 1000
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat18 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %11, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %161, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %11, align 32
  %202 = load <8 x float>, <8 x float>* %10, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %165, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %10, align 32
  %204 = load <8 x float>, <8 x float>* %9, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %169, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %9, align 32
  %206 = add i64 %31, 3
  %207 = mul i64 %206, 1000
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([4000000 x i8]* @weight.conv2d_12.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat19 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %8, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %161, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %8, align 32
  %214 = load <8 x float>, <8 x float>* %7, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %165, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %7, align 32
  %216 = load <8 x float>, <8 x float>* %6, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %169, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %6, align 32
  %c.next20 = add i64 %c15, 1
  br label %c.header12

c.exit14:                                         ; preds = %c.header12
  %218 = load <8 x float>, <8 x float>* %17, align 32
  %219 = fcmp ogt <8 x float> %218, zeroinitializer
  %220 = select <8 x i1> %219, <8 x float> %218, <8 x float> zeroinitializer
  %221 = mul i64 %28, 1000
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 25
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 1000
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 25
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 1000
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 25
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 1000
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 25
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 1000
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 25
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 1000
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 25
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 1000
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 25
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 1000
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 25
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 1000
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 25
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 1000
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 25
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 1000
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 25
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 1000
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 25
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
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
  %19 = add i64 500, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 500
  %23 = select i1 %22, i64 %21, i64 500
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 500
  %26 = select i1 %25, i64 %24, i64 500
  call void @node14.conv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = mul i64 %task, 25
  %10 = add i64 %9, 25
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store float 0.000000e+00, float* %6, align 4
  %11 = sub i64 %10, %9
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %9, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %9, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = load <8 x float>, <8 x float>* %7, align 32
  %17 = getelementptr inbounds float, float* %1, i64 %v
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = fadd <8 x float> %16, %19
  store <8 x float> %20, <8 x float>* %7, align 32
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %21 = icmp slt i64 %s, %10
  br i1 %21, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %22 = load float, float* %6, align 4
  %23 = getelementptr inbounds float, float* %1, i64 %s
  %24 = load float, float* %23, align 4
  %25 = fadd float %22, %24
  store float %25, float* %6, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %26 = load <8 x float>, <8 x float>* %7, align 32
  %27 = shufflevector <8 x float> %26, <8 x float> %26, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %28 = shufflevector <8 x float> %26, <8 x float> %26, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %29 = fadd <4 x float> %27, %28
  %30 = shufflevector <4 x float> %29, <4 x float> %29, <2 x i32> <i32 0, i32 1>
  %31 = shufflevector <4 x float> %29, <4 x float> %29, <2 x i32> <i32 2, i32 3>
  %32 = fadd <2 x float> %30, %31
  %33 = shufflevector <2 x float> %32, <2 x float> %32, <1 x i32> zeroinitializer
  %34 = shufflevector <2 x float> %32, <2 x float> %32, <1 x i32> <i32 1>
  %35 = fadd <1 x float> %33, %34
  %36 = extractelement <1 x float> %35, i32 0
  %37 = load float, float* %6, align 4
  %38 = fadd float %36, %37
  %39 = fdiv float %38, 2.500000e+01
  %40 = getelementptr inbounds float, float* %0, i64 %task
  store float %39, float* %40, align 4
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
  %19 = add i64 1000, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1000
  %23 = select i1 %22, i64 %21, i64 1000
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1000
  %26 = select i1 %25, i64 %24, i64 1000
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
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @nin_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @nin_workspace_size() #5 {
entry:
  ret i64 2239551
}

; Function Attrs: nounwind
define i32 @nin_infer(i8* %0, i8* %1, i8* %2) #5 {
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
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #5 = { nounwind }
