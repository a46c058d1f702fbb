; alexnet: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'alexnet'
source_filename = "alexnet"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv1.weight = external constant [139392 x i8], align 64
@weight.conv1.bias = external constant [384 x i8], align 64
@weight.conv2.weight = external constant [1228800 x i8], align 64
@weight.conv2.bias = external constant [1024 x i8], align 64
@weight.conv3.weight = external constant [3538944 x i8], align 64
@weight.conv3.bias = external constant [1536 x i8], align 64
@weight.conv4.weight = external constant [2654208 x i8], align 64
@weight.conv4.bias = external constant [1536 x i8], align 64
@weight.conv5.weight = external constant [1769472 x i8], align 64
@weight.conv5.bias = external constant [1024 x i8], align 64
@weight.fc6.weight = external constant [150994944 x i8], align 64
@weight.fc6.bias = external constant [16384 x i8], align 64
@weight.fc7.weight = external constant [67108864 x i8], align 64
@weight.fc7.bias = external constant [16384 x i8], align 64
@weight.fc8.weight = external constant [16384000 x i8], align 64
@weight.fc8.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [8 x i8] c"alexnet\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([8 x i8], [8 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 2323263, i64 726791936 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 24
  %28 = sdiv i64 %task, 24
  %29 = srem i64 %28, 55
  %30 = sdiv i64 %task, 1320
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 96
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 3
  %37 = mul i64 %31, 3
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 50176
  %40 = mul i64 %29, 4
  %41 = sub i64 %40, 2
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %42 = icmp slt i64 %x, 49
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %35, 0
  %44 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  store <8 x float> %splat, <8 x float>* %23, align 32
  %47 = add i64 %35, 1
  %48 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat1 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %22, align 32
  store <8 x float> %splat1, <8 x float>* %21, align 32
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %51 = add i64 %35, 2
  %52 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat2 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  store <8 x float> %splat2, <8 x float>* %18, align 32
  store <8 x float> %splat2, <8 x float>* %17, align 32
  %55 = add i64 %35, 3
  %56 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat3 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %16, align 32
  store <8 x float> %splat3, <8 x float>* %15, align 32
  store <8 x float> %splat3, <8 x float>* %14, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %59 = icmp slt i64 %c, 3
  br i1 %59, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %60 = mul i64 %c, 50176
  %61 = add i64 %39, %60
  br label %i.header

c.exit:                                           ; preds = %c.header
  %62 = load <8 x float>, <8 x float>* %25, align 32
  %63 = fcmp ogt <8 x float> %62, zeroinitializer
  %64 = select <8 x i1> %63, <8 x float> %62, <8 x float> zeroinitializer
  %65 = add i64 %x, 0
  %66 = mul i64 %32, 96
  %67 = add i64 %35, 0
  %68 = add i64 %66, %67
  %69 = mul i64 %68, 55
  %70 = add i64 %69, %29
  %71 = mul i64 %70, 55
  %72 = add i64 %71, %65
  %73 = getelementptr inbounds float, float* %0, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %64, <8 x float>* %74, align 4
  %75 = load <8 x float>, <8 x float>* %24, align 32
  %76 = fcmp ogt <8 x float> %75, zeroinitializer
  %77 = select <8 x i1> %76, <8 x float> %75, <8 x float> zeroinitializer
  %78 = add i64 %x, 8
  %79 = mul i64 %32, 96
  %80 = add i64 %35, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 55
  %83 = add i64 %82, %29
  %84 = mul i64 %83, 55
  %85 = add i64 %84, %78
  %86 = getelementptr inbounds float, float* %0, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %77, <8 x float>* %87, align 4
  %88 = load <8 x float>, <8 x float>* %23, align 32
  %89 = fcmp ogt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> %88, <8 x float> zeroinitializer
  %91 = add i64 %x, 16
  %92 = mul i64 %32, 96
  %93 = add i64 %35, 0
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 55
  %96 = add i64 %95, %29
  %97 = mul i64 %96, 55
  %98 = add i64 %97, %91
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %90, <8 x float>* %100, align 4
  %101 = load <8 x float>, <8 x float>* %22, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = add i64 %x, 0
  %105 = mul i64 %32, 96
  %106 = add i64 %35, 1
  %107 = add i64 %105, %106
  %108 = mul i64 %107, 55
  %109 = add i64 %108, %29
  %110 = mul i64 %109, 55
  %111 = add i64 %110, %104
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %103, <8 x float>* %113, align 4
  %114 = load <8 x float>, <8 x float>* %21, align 32
  %115 = fcmp ogt <8 x float> %114, zeroinitializer
  %116 = select <8 x i1> %115, <8 x float> %114, <8 x float> zeroinitializer
  %117 = add i64 %x, 8
  %118 = mul i64 %32, 96
  %119 = add i64 %35, 1
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 55
  %122 = add i64 %121, %29
  %123 = mul i64 %122, 55
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %20, align 32
  %128 = fcmp ogt <8 x float> %127, zeroinitializer
  %129 = select <8 x i1> %128, <8 x float> %127, <8 x float> zeroinitializer
  %130 = add i64 %x, 16
  %131 = mul i64 %32, 96
  %132 = add i64 %35, 1
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 55
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 55
  %137 = add i64 %136, %130
  %138 = getelementptr inbounds float, float* %0, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %129, <8 x float>* %139, align 4
  %140 = load <8 x float>, <8 x float>* %19, align 32
  %141 = fcmp ogt <8 x float> %140, zeroinitializer
  %142 = select <8 x i1> %141, <8 x float> %140, <8 x float> zeroinitializer
  %143 = add i64 %x, 0
  %144 = mul i64 %32, 96
  %145 = add i64 %35, 2
  %146 = add i64 %144, %145
  %147 = mul i64 %146, 55
  %148 = add i64 %147, %29
  %149 = mul i64 %148, 55
  %150 = add i64 %149, %143
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %142, <8 x float>* %152, align 4
  %153 = load <8 x float>, <8 x float>* %18, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = add i64 %x, 8
  %157 = mul i64 %32, 96
  %158 = add i64 %35, 2
  %159 = add i64 %157, %158
  %160 = mul i64 %159, 55
  %161 = add i64 %160, %29
  %162 = mul i64 %161, 55
  %163 = add i64 %162, %156
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %155, <8 x float>* %165, align 4
  %166 = load <8 x float>, <8 x float>* %17, align 32
  %167 = fcmp ogt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> %166, <8 x float> zeroinitializer
  %169 = add i64 %x, 16
  %170 = mul i64 %32, 96
  %171 = add i64 %35, 2
  %172 = add i64 %170, %171
  %173 = mul i64 %172, 55
  %174 = add i64 %173, %29
  %175 = mul i64 %174, 55
  %176 = add i64 %175, %169
  %177 = getelementptr inbounds float, float* %0, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %168, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = add i64 %x, 0
  %183 = mul i64 %32, 96
  %184 = add i64 %35, 3
  %185 = add i64 %183, %184
  %186 = mul i64 %185, 55
  %187 = add i64 %186, %29
  %188 = mul i64 %187, 55
  %189 = add i64 %188, %182
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %181, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %15, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = add i64 %x, 8
  %196 = mul i64 %32, 96
  %197 = add i64 %35, 3
  %198 = add i64 %196, %197
  %199 = mul i64 %198, 55
  %200 = add i64 %199, %29
  %201 = mul i64 %200, 55
  %202 = add i64 %201, %195
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %194, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = add i64 %x, 16
  %209 = mul i64 %32, 96
  %210 = add i64 %35, 3
  %211 = add i64 %209, %210
  %212 = mul i64 %211, 55
  %213 = add i64 %212, %29
  %214 = mul i64 %213, 55
  %215 = add i64 %214, %208
  %216 = getelementptr inbounds float, float* %0, i64 %215
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %207, <8 x float>* %217, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %218 = icmp slt i64 %i, 11
  br i1 %218, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %219 = mul i64 %i, 1
  %220 = add i64 %41, %219
  %221 = icmp sge i64 %220, 0
  %222 = icmp slt i64 %220, 224
  %223 = and i1 %221, %222
  br i1 %223, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %224 = mul i64 %220, 224
  %225 = add i64 %61, %224
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %226 = icmp slt i64 %j, 11
  br i1 %226, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %227 = mul i64 %x, 4
  %228 = mul i64 %j, 1
  %229 = add i64 %227, %228
  %230 = sub i64 %229, 2
  %231 = add i64 %225, %230
  %232 = add i64 %231, 0
  %233 = add i64 %232, 0
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = load float, float* %234, align 4
  %236 = insertelement <8 x float> undef, float %235, i32 0
  %237 = add i64 %232, 4
  %238 = getelementptr inbounds float, float* %1, i64 %237
  %239 = load float, float* %238, align 4
  %240 = insertelement <8 x float> %236, float %239, i32 1
  %241 = add i64 %232, 8
  %242 = getelementptr inbounds float, float* %1, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> %240, float %243, i32 2
  %245 = add i64 %232, 12
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = load float, float* %246, align 4
  %248 = insertelement <8 x float> %244, float %247, i32 3
  %249 = add i64 %232, 16
  %250 = getelementptr inbounds float, float* %1, i64 %249
  %251 = load float, float* %250, align 4
  %252 = insertelement <8 x float> %248, float %251, i32 4
  %253 = add i64 %232, 20
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = load float, float* %254, align 4
  %256 = insertelement <8 x float> %252, float %255, i32 5
  %257 = add i64 %232, 24
  %258 = getelementptr inbounds float, float* %1, i64 %257
  %259 = load float, float* %258, align 4
  %260 = insertelement <8 x float> %256, float %259, i32 6
  %261 = add i64 %232, 28
  %262 = getelementptr inbounds float, float* %1, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> %260, float %263, i32 7
  %265 = add i64 %231, 32
  %266 = add i64 %265, 0
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %270 = add i64 %265, 4
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> %269, float %272, i32 1
  %274 = add i64 %265, 8
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> %273, float %276, i32 2
  %278 = add i64 %265, 12
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> %277, float %280, i32 3
  %282 = add i64 %265, 16
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> %281, float %284, i32 4
  %286 = add i64 %265, 20
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> %285, float %288, i32 5
  %290 = add i64 %265, 24
  %291 = getelementptr inbounds float, float* %1, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> %289, float %292, i32 6
  %294 = add i64 %265, 28
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> %293, float %296, i32 7
  %298 = add i64 %231, 64
  %299 = add i64 %298, 0
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %303 = add i64 %298, 4
  %304 = getelementptr inbounds float, float* %1, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> %302, float %305, i32 1
  %307 = add i64 %298, 8
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> %306, float %309, i32 2
  %311 = add i64 %298, 12
  %312 = getelementptr inbounds float, float* %1, i64 %311
  %313 = load float, float* %312, align 4
  %314 = insertelement <8 x float> %310, float %313, i32 3
  %315 = add i64 %298, 16
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> %314, float %317, i32 4
  %319 = add i64 %298, 20
  %320 = getelementptr inbounds float, float* %1, i64 %319
  %321 = load float, float* %320, align 4
  %322 = insertelement <8 x float> %318, float %321, i32 5
  %323 = add i64 %298, 24
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> %322, float %325, i32 6
  %327 = add i64 %298, 28
  %328 = getelementptr inbounds float, float* %1, i64 %327
  %329 = load float, float* %328, align 4
  %330 = insertelement <8 x float> %326, float %329, i32 7
  %331 = mul i64 %i, 11
  %332 = add i64 %331, %j
  %333 = add i64 %35, 0
  %334 = mul i64 %333, 3
  %335 = add i64 %334, %c
  %336 = mul i64 %335, 121
  %337 = add i64 %336, %332
  %338 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat4 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %25, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %264, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %25, align 32
  %343 = load <8 x float>, <8 x float>* %24, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %297, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %24, align 32
  %345 = load <8 x float>, <8 x float>* %23, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %330, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %23, align 32
  %347 = mul i64 %i, 11
  %348 = add i64 %347, %j
  %349 = add i64 %35, 1
  %350 = mul i64 %349, 3
  %351 = add i64 %350, %c
  %352 = mul i64 %351, 121
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat5 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %22, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %264, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %22, align 32
  %359 = load <8 x float>, <8 x float>* %21, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %297, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %21, align 32
  %361 = load <8 x float>, <8 x float>* %20, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %330, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %20, align 32
  %363 = mul i64 %i, 11
  %364 = add i64 %363, %j
  %365 = add i64 %35, 2
  %366 = mul i64 %365, 3
  %367 = add i64 %366, %c
  %368 = mul i64 %367, 121
  %369 = add i64 %368, %364
  %370 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %369
  %371 = load float, float* %370, align 4
  %372 = insertelement <8 x float> undef, float %371, i32 0
  %splat6 = shufflevector <8 x float> %372, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %264, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %19, align 32
  %375 = load <8 x float>, <8 x float>* %18, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %297, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %18, align 32
  %377 = load <8 x float>, <8 x float>* %17, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %330, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %17, align 32
  %379 = mul i64 %i, 11
  %380 = add i64 %379, %j
  %381 = add i64 %35, 3
  %382 = mul i64 %381, 3
  %383 = add i64 %382, %c
  %384 = mul i64 %383, 121
  %385 = add i64 %384, %380
  %386 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat7 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %16, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %264, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %16, align 32
  %391 = load <8 x float>, <8 x float>* %15, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %297, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %15, align 32
  %393 = load <8 x float>, <8 x float>* %14, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %330, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %x.exit
  %xs = phi i64 [ 0, %x.exit ], [ %xs.next, %c.exit10 ]
  %395 = icmp slt i64 %xs, 1
  br i1 %395, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %396 = add i64 %35, 0
  %397 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %396
  %398 = load float, float* %397, align 4
  store float %398, float* %13, align 4
  %399 = add i64 %35, 1
  %400 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %399
  %401 = load float, float* %400, align 4
  store float %401, float* %12, align 4
  %402 = add i64 %35, 2
  %403 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %402
  %404 = load float, float* %403, align 4
  store float %404, float* %11, align 4
  %405 = add i64 %35, 3
  %406 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %405
  %407 = load float, float* %406, align 4
  store float %407, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %408 = icmp slt i64 %c11, 3
  br i1 %408, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %409 = mul i64 %c11, 50176
  %410 = add i64 %39, %409
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %411 = load float, float* %13, align 4
  %412 = fcmp ogt float %411, 0.000000e+00
  %413 = select i1 %412, float %411, float 0.000000e+00
  %414 = mul i64 %32, 96
  %415 = add i64 %35, 0
  %416 = add i64 %414, %415
  %417 = mul i64 %416, 55
  %418 = add i64 %417, %29
  %419 = mul i64 %418, 55
  %420 = add i64 %419, %xs
  %421 = getelementptr inbounds float, float* %0, i64 %420
  store float %413, float* %421, align 4
  %422 = load float, float* %12, align 4
  %423 = fcmp ogt float %422, 0.000000e+00
  %424 = select i1 %423, float %422, float 0.000000e+00
  %425 = mul i64 %32, 96
  %426 = add i64 %35, 1
  %427 = add i64 %425, %426
  %428 = mul i64 %427, 55
  %429 = add i64 %428, %29
  %430 = mul i64 %429, 55
  %431 = add i64 %430, %xs
  %432 = getelementptr inbounds float, float* %0, i64 %431
  store float %424, float* %432, align 4
  %433 = load float, float* %11, align 4
  %434 = fcmp ogt float %433, 0.000000e+00
  %435 = select i1 %434, float %433, float 0.000000e+00
  %436 = mul i64 %32, 96
  %437 = add i64 %35, 2
  %438 = add i64 %436, %437
  %439 = mul i64 %438, 55
  %440 = add i64 %439, %29
  %441 = mul i64 %440, 55
  %442 = add i64 %441, %xs
  %443 = getelementptr inbounds float, float* %0, i64 %442
  store float %435, float* %443, align 4
  %444 = load float, float* %10, align 4
  %445 = fcmp ogt float %444, 0.000000e+00
  %446 = select i1 %445, float %444, float 0.000000e+00
  %447 = mul i64 %32, 96
  %448 = add i64 %35, 3
  %449 = add i64 %447, %448
  %450 = mul i64 %449, 55
  %451 = add i64 %450, %29
  %452 = mul i64 %451, 55
  %453 = add i64 %452, %xs
  %454 = getelementptr inbounds float, float* %0, i64 %453
  store float %446, float* %454, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %455 = icmp slt i64 %i15, 11
  br i1 %455, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %456 = mul i64 %i15, 1
  %457 = add i64 %41, %456
  %458 = icmp sge i64 %457, 0
  %459 = icmp slt i64 %457, 224
  %460 = and i1 %458, %459
  br i1 %460, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %461 = mul i64 %457, 224
  %462 = add i64 %410, %461
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %463 = icmp slt i64 %j21, 11
  br i1 %463, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %464 = mul i64 %xs, 4
  %465 = mul i64 %j21, 1
  %466 = add i64 %464, %465
  %467 = sub i64 %466, 2
  %468 = icmp sge i64 %467, 0
  %469 = icmp slt i64 %467, 224
  %470 = and i1 %468, %469
  %471 = icmp sgt i64 %467, 0
  %472 = select i1 %471, i64 %467, i64 0
  %473 = icmp slt i64 %472, 223
  %474 = select i1 %473, i64 %472, i64 223
  %475 = add i64 %462, %474
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = select i1 %470, float %477, float 0.000000e+00
  %479 = mul i64 %i15, 11
  %480 = add i64 %479, %j21
  %481 = add i64 %35, 0
  %482 = mul i64 %481, 3
  %483 = add i64 %482, %c11
  %484 = mul i64 %483, 121
  %485 = add i64 %484, %480
  %486 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %485
  %487 = load float, float* %486, align 4
  %488 = load float, float* %13, align 4
  %489 = call float @llvm.fma.f32(float %487, float %478, float %488)
  store float %489, float* %13, align 4
  %490 = mul i64 %i15, 11
  %491 = add i64 %490, %j21
  %492 = add i64 %35, 1
  %493 = mul i64 %492, 3
  %494 = add i64 %493, %c11
  %495 = mul i64 %494, 121
  %496 = add i64 %495, %491
  %497 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %496
  %498 = load float, float* %497, align 4
  %499 = load float, float* %12, align 4
  %500 = call float @llvm.fma.f32(float %498, float %478, float %499)
  store float %500, float* %12, align 4
  %501 = mul i64 %i15, 11
  %502 = add i64 %501, %j21
  %503 = add i64 %35, 2
  %504 = mul i64 %503, 3
  %505 = add i64 %504, %c11
  %506 = mul i64 %505, 121
  %507 = add i64 %506, %502
  %508 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %507
  %509 = load float, float* %508, align 4
  %510 = load float, float* %11, align 4
  %511 = call float @llvm.fma.f32(float %509, float %478, float %510)
  store float %511, float* %11, align 4
  %512 = mul i64 %i15, 11
  %513 = add i64 %512, %j21
  %514 = add i64 %35, 3
  %515 = mul i64 %514, 3
  %516 = add i64 %515, %c11
  %517 = mul i64 %516, 121
  %518 = add i64 %517, %513
  %519 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %518
  %520 = load float, float* %519, align 4
  %521 = load float, float* %10, align 4
  %522 = call float @llvm.fma.f32(float %520, float %478, float %521)
  store float %522, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 49, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %523 = icmp slt i64 %xs28, 55
  br i1 %523, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %524 = add i64 %35, 0
  %525 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %524
  %526 = load float, float* %525, align 4
  store float %526, float* %9, align 4
  %527 = add i64 %35, 1
  %528 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %527
  %529 = load float, float* %528, align 4
  store float %529, float* %8, align 4
  %530 = add i64 %35, 2
  %531 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %530
  %532 = load float, float* %531, align 4
  store float %532, float* %7, align 4
  %533 = add i64 %35, 3
  %534 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %533
  %535 = load float, float* %534, align 4
  store float %535, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %536 = icmp slt i64 %c32, 3
  br i1 %536, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %537 = mul i64 %c32, 50176
  %538 = add i64 %39, %537
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %539 = load float, float* %9, align 4
  %540 = fcmp ogt float %539, 0.000000e+00
  %541 = select i1 %540, float %539, float 0.000000e+00
  %542 = mul i64 %32, 96
  %543 = add i64 %35, 0
  %544 = add i64 %542, %543
  %545 = mul i64 %544, 55
  %546 = add i64 %545, %29
  %547 = mul i64 %546, 55
  %548 = add i64 %547, %xs28
  %549 = getelementptr inbounds float, float* %0, i64 %548
  store float %541, float* %549, align 4
  %550 = load float, float* %8, align 4
  %551 = fcmp ogt float %550, 0.000000e+00
  %552 = select i1 %551, float %550, float 0.000000e+00
  %553 = mul i64 %32, 96
  %554 = add i64 %35, 1
  %555 = add i64 %553, %554
  %556 = mul i64 %555, 55
  %557 = add i64 %556, %29
  %558 = mul i64 %557, 55
  %559 = add i64 %558, %xs28
  %560 = getelementptr inbounds float, float* %0, i64 %559
  store float %552, float* %560, align 4
  %561 = load float, float* %7, align 4
  %562 = fcmp ogt float %561, 0.000000e+00
  %563 = select i1 %562, float %561, float 0.000000e+00
  %564 = mul i64 %32, 96
  %565 = add i64 %35, 2
  %566 = add i64 %564, %565
  %567 = mul i64 %566, 55
  %568 = add i64 %567, %29
  %569 = mul i64 %568, 55
  %570 = add i64 %569, %xs28
  %571 = getelementptr inbounds float, float* %0, i64 %570
  store float %563, float* %571, align 4
  %572 = load float, float* %6, align 4
  %573 = fcmp ogt float %572, 0.000000e+00
  %574 = select i1 %573, float %572, float 0.000000e+00
  %575 = mul i64 %32, 96
  %576 = add i64 %35, 3
  %577 = add i64 %575, %576
  %578 = mul i64 %577, 55
  %579 = add i64 %578, %29
  %580 = mul i64 %579, 55
  %581 = add i64 %580, %xs28
  %582 = getelementptr inbounds float, float* %0, i64 %581
  store float %574, float* %582, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %583 = icmp slt i64 %i36, 11
  br i1 %583, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %584 = mul i64 %i36, 1
  %585 = add i64 %41, %584
  %586 = icmp sge i64 %585, 0
  %587 = icmp slt i64 %585, 224
  %588 = and i1 %586, %587
  br i1 %588, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %589 = mul i64 %585, 224
  %590 = add i64 %538, %589
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %591 = icmp slt i64 %j42, 11
  br i1 %591, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %592 = mul i64 %xs28, 4
  %593 = mul i64 %j42, 1
  %594 = add i64 %592, %593
  %595 = sub i64 %594, 2
  %596 = icmp sge i64 %595, 0
  %597 = icmp slt i64 %595, 224
  %598 = and i1 %596, %597
  %599 = icmp sgt i64 %595, 0
  %600 = select i1 %599, i64 %595, i64 0
  %601 = icmp slt i64 %600, 223
  %602 = select i1 %601, i64 %600, i64 223
  %603 = add i64 %590, %602
  %604 = getelementptr inbounds float, float* %1, i64 %603
  %605 = load float, float* %604, align 4
  %606 = select i1 %598, float %605, float 0.000000e+00
  %607 = mul i64 %i36, 11
  %608 = add i64 %607, %j42
  %609 = add i64 %35, 0
  %610 = mul i64 %609, 3
  %611 = add i64 %610, %c32
  %612 = mul i64 %611, 121
  %613 = add i64 %612, %608
  %614 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %613
  %615 = load float, float* %614, align 4
  %616 = load float, float* %9, align 4
  %617 = call float @llvm.fma.f32(float %615, float %606, float %616)
  store float %617, float* %9, align 4
  %618 = mul i64 %i36, 11
  %619 = add i64 %618, %j42
  %620 = add i64 %35, 1
  %621 = mul i64 %620, 3
  %622 = add i64 %621, %c32
  %623 = mul i64 %622, 121
  %624 = add i64 %623, %619
  %625 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %624
  %626 = load float, float* %625, align 4
  %627 = load float, float* %8, align 4
  %628 = call float @llvm.fma.f32(float %626, float %606, float %627)
  store float %628, float* %8, align 4
  %629 = mul i64 %i36, 11
  %630 = add i64 %629, %j42
  %631 = add i64 %35, 2
  %632 = mul i64 %631, 3
  %633 = add i64 %632, %c32
  %634 = mul i64 %633, 121
  %635 = add i64 %634, %630
  %636 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %635
  %637 = load float, float* %636, align 4
  %638 = load float, float* %7, align 4
  %639 = call float @llvm.fma.f32(float %637, float %606, float %638)
  store float %639, float* %7, align 4
  %640 = mul i64 %i36, 11
  %641 = add i64 %640, %j42
  %642 = add i64 %35, 3
  %643 = mul i64 %642, 3
  %644 = add i64 %643, %c32
  %645 = mul i64 %644, 121
  %646 = add i64 %645, %641
  %647 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.weight to float*), i64 %646
  %648 = load float, float* %647, align 4
  %649 = load float, float* %6, align 4
  %650 = call float @llvm.fma.f32(float %648, float %606, float %649)
  store float %650, float* %6, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: nounwind
define internal void @node0.conv1.step0(i8* %0) #2 {
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
  %19 = add i64 1320, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1320
  %23 = select i1 %22, i64 %21, i64 1320
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1320
  %26 = select i1 %25, i64 %24, i64 1320
  call void @node0.conv1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.lrn_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 96
  %10 = srem i64 %task, 96
  %11 = sub i64 %10, 2
  %12 = icmp sgt i64 %11, 0
  %13 = select i1 %12, i64 %11, i64 0
  %14 = add i64 %10, 3
  %15 = icmp slt i64 %14, 96
  %16 = select i1 %15, i64 %14, i64 96
  %17 = mul i64 %9, 290400
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %w.exit, %task.body
  %v = phi i64 [ 0, %task.body ], [ %v.next, %w.exit ]
  %18 = icmp slt i64 %v, 3024
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %w.header

v.exit:                                           ; preds = %v.header
  br label %s.header

w.header:                                         ; preds = %w.body, %v.body
  %w = phi i64 [ %13, %v.body ], [ %w.next, %w.body ]
  %19 = icmp slt i64 %w, %16
  br i1 %19, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %20 = mul i64 %w, 3025
  %21 = add i64 %17, %20
  %22 = add i64 %21, %v
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %7, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %7, align 32
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
  %28 = mul i64 %10, 3025
  %29 = add i64 %17, %28
  %30 = add i64 %29, %v
  %31 = load <8 x float>, <8 x float>* %7, align 32
  %32 = call <8 x float> @llvm.fma.v8f32(<8 x float> %31, <8 x float> <float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000>, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %33 = bitcast <8 x float> %32 to <8 x i32>
  %34 = lshr <8 x i32> %33, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %35 = and <8 x i32> %34, <i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255>
  %36 = sub <8 x i32> %35, <i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126>
  %37 = sitofp <8 x i32> %36 to <8 x float>
  %38 = and <8 x i32> %33, <i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041>
  %39 = or <8 x i32> %38, <i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608>
  %40 = bitcast <8 x i32> %39 to <8 x float>
  %41 = fcmp olt <8 x float> %40, <float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000>
  %42 = fsub <8 x float> %37, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %43 = select <8 x i1> %41, <8 x float> %42, <8 x float> %37
  %44 = fadd <8 x float> %40, %40
  %45 = fsub <8 x float> %44, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %46 = fsub <8 x float> %40, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = select <8 x i1> %41, <8 x float> %45, <8 x float> %46
  %48 = fmul <8 x float> %47, %47
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000>, <8 x float> %47, <8 x float> <float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000>)
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %47, <8 x float> <float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000>)
  %51 = call <8 x float> @llvm.fma.v8f32(<8 x float> %50, <8 x float> %47, <8 x float> <float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000>)
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %47, <8 x float> <float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000>)
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %47, <8 x float> <float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> %47, <8 x float> <float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000>)
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %47, <8 x float> <float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000>)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %47, <8 x float> <float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000>)
  %57 = fmul <8 x float> %56, %47
  %58 = fmul <8 x float> %57, %48
  %59 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000>, <8 x float> %58)
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %48, <8 x float> <float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01>, <8 x float> %59)
  %61 = fadd <8 x float> %47, %60
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000>, <8 x float> %61)
  %63 = fmul <8 x float> <float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01>, %62
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %65 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %64, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %67 = call <8 x float> @llvm.floor.v8f32(<8 x float> %66)
  %68 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %65)
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %68)
  %70 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %69, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %69, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> %69, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %69, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> %69, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %75 = fmul <8 x float> %69, %69
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %75, <8 x float> %69)
  %77 = fadd <8 x float> %76, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %78 = fptosi <8 x float> %67 to <8 x i32>
  %79 = add <8 x i32> %78, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %80 = shl <8 x i32> %79, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %81 = bitcast <8 x i32> %80 to <8 x float>
  %82 = fmul <8 x float> %77, %81
  %83 = getelementptr inbounds float, float* %1, i64 %30
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = fmul <8 x float> %85, %82
  %87 = getelementptr inbounds float, float* %0, i64 %30
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %v.next = add i64 %v, 8
  br label %v.header

s.header:                                         ; preds = %w.exit3, %v.exit
  %s = phi i64 [ 3024, %v.exit ], [ %s.next, %w.exit3 ]
  %89 = icmp slt i64 %s, 3025
  br i1 %89, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  store float 0.000000e+00, float* %6, align 4
  br label %w.header1

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header

w.header1:                                        ; preds = %w.body2, %s.body
  %w4 = phi i64 [ %13, %s.body ], [ %w.next5, %w.body2 ]
  %90 = icmp slt i64 %w4, %16
  br i1 %90, label %w.body2, label %w.exit3

w.body2:                                          ; preds = %w.header1
  %91 = mul i64 %w4, 3025
  %92 = add i64 %17, %91
  %93 = add i64 %92, %s
  %94 = getelementptr inbounds float, float* %1, i64 %93
  %95 = load float, float* %94, align 4
  %96 = load float, float* %6, align 4
  %97 = call float @llvm.fma.f32(float %95, float %95, float %96)
  store float %97, float* %6, align 4
  %w.next5 = add i64 %w4, 1
  br label %w.header1

w.exit3:                                          ; preds = %w.header1
  %98 = mul i64 %10, 3025
  %99 = add i64 %17, %98
  %100 = add i64 %99, %s
  %101 = load float, float* %6, align 4
  %102 = call float @llvm.fma.f32(float %101, float 0x3EF4F8B580000000, float 2.000000e+00)
  %103 = bitcast float %102 to i32
  %104 = lshr i32 %103, 23
  %105 = and i32 %104, 255
  %106 = sub i32 %105, 126
  %107 = sitofp i32 %106 to float
  %108 = and i32 %103, -2139095041
  %109 = or i32 %108, 1056964608
  %110 = bitcast i32 %109 to float
  %111 = fcmp olt float %110, 0x3FE6A09E60000000
  %112 = fsub float %107, 1.000000e+00
  %113 = select i1 %111, float %112, float %107
  %114 = fadd float %110, %110
  %115 = fsub float %114, 1.000000e+00
  %116 = fsub float %110, 1.000000e+00
  %117 = select i1 %111, float %115, float %116
  %118 = fmul float %117, %117
  %119 = call float @llvm.fma.f32(float 0x3FB2043760000000, float %117, float 0xBFBD7A3700000000)
  %120 = call float @llvm.fma.f32(float %119, float %117, float 0x3FBDE4A340000000)
  %121 = call float @llvm.fma.f32(float %120, float %117, float 0xBFBFCBA9E0000000)
  %122 = call float @llvm.fma.f32(float %121, float %117, float 0x3FC23D37E0000000)
  %123 = call float @llvm.fma.f32(float %122, float %117, float 0xBFC555CA00000000)
  %124 = call float @llvm.fma.f32(float %123, float %117, float 0x3FC999D580000000)
  %125 = call float @llvm.fma.f32(float %124, float %117, float 0xBFCFFFFF80000000)
  %126 = call float @llvm.fma.f32(float %125, float %117, float 0x3FD5555540000000)
  %127 = fmul float %126, %117
  %128 = fmul float %127, %118
  %129 = call float @llvm.fma.f32(float %113, float 0xBF2BD01060000000, float %128)
  %130 = call float @llvm.fma.f32(float %118, float -5.000000e-01, float %129)
  %131 = fadd float %117, %130
  %132 = call float @llvm.fma.f32(float %113, float 0x3FE6300000000000, float %131)
  %133 = fmul float -7.500000e-01, %132
  %134 = call float @llvm.maxnum.f32(float %133, float 0xC055D33340000000)
  %135 = call float @llvm.minnum.f32(float %134, float 0x40562CCCC0000000)
  %136 = call float @llvm.fma.f32(float %135, float 0x3FF7154760000000, float 5.000000e-01)
  %137 = call float @llvm.floor.f32(float %136)
  %138 = call float @llvm.fma.f32(float %137, float 0xBFE6300000000000, float %135)
  %139 = call float @llvm.fma.f32(float %137, float 0x3F2BD01060000000, float %138)
  %140 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %139, float 0x3F56E879C0000000)
  %141 = call float @llvm.fma.f32(float %140, float %139, float 0x3F81112100000000)
  %142 = call float @llvm.fma.f32(float %141, float %139, float 0x3FA5553820000000)
  %143 = call float @llvm.fma.f32(float %142, float %139, float 0x3FC5555540000000)
  %144 = call float @llvm.fma.f32(float %143, float %139, float 5.000000e-01)
  %145 = fmul float %139, %139
  %146 = call float @llvm.fma.f32(float %144, float %145, float %139)
  %147 = fadd float %146, 1.000000e+00
  %148 = fptosi float %137 to i32
  %149 = add i32 %148, 127
  %150 = shl i32 %149, 23
  %151 = bitcast i32 %150 to float
  %152 = fmul float %147, %151
  %153 = getelementptr inbounds float, float* %1, i64 %100
  %154 = load float, float* %153, align 4
  %155 = fmul float %154, %152
  %156 = getelementptr inbounds float, float* %0, i64 %100
  store float %155, float* %156, align 4
  %s.next = add i64 %s, 1
  br label %s.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #1

; Function Attrs: nounwind
define internal void @node1.lrn_1.step0(i8* %0) #2 {
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
  call void @node1.lrn_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %9 = sdiv i64 %task, 27
  %10 = srem i64 %task, 27
  %11 = mul i64 %9, 3025
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 27
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 27
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 3
  %22 = icmp slt i64 %21, 55
  %23 = select i1 %22, i64 %21, i64 55
  %24 = add i64 %18, 3
  %25 = icmp slt i64 %24, 55
  %26 = select i1 %25, i64 %24, i64 55
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
  %31 = mul i64 %r, 55
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
  %69 = icmp slt i64 %c, 27
  br i1 %69, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %70 = mul i64 %c, 2
  %71 = sub i64 %70, 0
  %72 = icmp sgt i64 %71, 0
  %73 = select i1 %72, i64 %71, i64 0
  %74 = add i64 %71, 3
  %75 = icmp slt i64 %74, 55
  %76 = select i1 %75, i64 %74, i64 55
  %77 = add i64 %71, 3
  %78 = icmp slt i64 %77, 55
  %79 = select i1 %78, i64 %77, i64 55
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
  %85 = mul i64 %r4, 55
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
  %19 = add i64 2592, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2592
  %23 = select i1 %22, i64 %21, i64 2592
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2592
  %26 = select i1 %25, i64 %24, i64 2592
  call void @node2.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 32
  %28 = sdiv i64 %task, 32
  %29 = srem i64 %28, 27
  %30 = sdiv i64 %task, 864
  %31 = srem i64 %30, 2
  %32 = sdiv i64 %30, 2
  %33 = mul i64 %31, 128
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 96
  %37 = mul i64 %31, 48
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 729
  %40 = mul i64 %29, 1
  %41 = sub i64 %40, 2
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  store <8 x float> %splat, <8 x float>* %23, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %22, align 32
  store <8 x float> %splat1, <8 x float>* %21, align 32
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  store <8 x float> %splat2, <8 x float>* %18, align 32
  store <8 x float> %splat2, <8 x float>* %17, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %54
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
  %58 = icmp slt i64 %c, 48
  br i1 %58, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %59 = mul i64 %c, 729
  %60 = add i64 %39, %59
  br label %i.header

c.exit:                                           ; preds = %c.header
  %61 = load <8 x float>, <8 x float>* %25, align 32
  %62 = fcmp ogt <8 x float> %61, zeroinitializer
  %63 = select <8 x i1> %62, <8 x float> %61, <8 x float> zeroinitializer
  %64 = mul i64 %32, 256
  %65 = add i64 %35, 0
  %66 = add i64 %64, %65
  %67 = mul i64 %66, 27
  %68 = add i64 %67, %29
  %69 = mul i64 %68, 27
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
  %79 = mul i64 %78, 27
  %80 = add i64 %79, %29
  %81 = mul i64 %80, 27
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
  %91 = mul i64 %90, 27
  %92 = add i64 %91, %29
  %93 = mul i64 %92, 27
  %94 = add i64 %93, 18
  %95 = getelementptr inbounds float, float* %0, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %96, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false>)
  %97 = load <8 x float>, <8 x float>* %22, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = mul i64 %32, 256
  %101 = add i64 %35, 1
  %102 = add i64 %100, %101
  %103 = mul i64 %102, 27
  %104 = add i64 %103, %29
  %105 = mul i64 %104, 27
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
  %115 = mul i64 %114, 27
  %116 = add i64 %115, %29
  %117 = mul i64 %116, 27
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
  %127 = mul i64 %126, 27
  %128 = add i64 %127, %29
  %129 = mul i64 %128, 27
  %130 = add i64 %129, 18
  %131 = getelementptr inbounds float, float* %0, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %132, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false>)
  %133 = load <8 x float>, <8 x float>* %19, align 32
  %134 = fcmp ogt <8 x float> %133, zeroinitializer
  %135 = select <8 x i1> %134, <8 x float> %133, <8 x float> zeroinitializer
  %136 = mul i64 %32, 256
  %137 = add i64 %35, 2
  %138 = add i64 %136, %137
  %139 = mul i64 %138, 27
  %140 = add i64 %139, %29
  %141 = mul i64 %140, 27
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
  %151 = mul i64 %150, 27
  %152 = add i64 %151, %29
  %153 = mul i64 %152, 27
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
  %163 = mul i64 %162, 27
  %164 = add i64 %163, %29
  %165 = mul i64 %164, 27
  %166 = add i64 %165, 18
  %167 = getelementptr inbounds float, float* %0, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %159, <8 x float>* %168, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false>)
  %169 = load <8 x float>, <8 x float>* %16, align 32
  %170 = fcmp ogt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> %169, <8 x float> zeroinitializer
  %172 = mul i64 %32, 256
  %173 = add i64 %35, 3
  %174 = add i64 %172, %173
  %175 = mul i64 %174, 27
  %176 = add i64 %175, %29
  %177 = mul i64 %176, 27
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
  %187 = mul i64 %186, 27
  %188 = add i64 %187, %29
  %189 = mul i64 %188, 27
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
  %199 = mul i64 %198, 27
  %200 = add i64 %199, %29
  %201 = mul i64 %200, 27
  %202 = add i64 %201, 18
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %195, <8 x float>* %204, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %205 = icmp slt i64 %i, 5
  br i1 %205, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %206 = mul i64 %i, 1
  %207 = add i64 %41, %206
  %208 = icmp sge i64 %207, 0
  %209 = icmp slt i64 %207, 27
  %210 = and i1 %208, %209
  br i1 %210, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %211 = mul i64 %207, 27
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
  %229 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %228, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false>, <8 x float> zeroinitializer)
  %230 = mul i64 %i, 5
  %231 = add i64 %230, %j
  %232 = add i64 %35, 0
  %233 = mul i64 %232, 48
  %234 = add i64 %233, %c
  %235 = mul i64 %234, 25
  %236 = add i64 %235, %231
  %237 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %236
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
  %249 = mul i64 %248, 48
  %250 = add i64 %249, %c
  %251 = mul i64 %250, 25
  %252 = add i64 %251, %247
  %253 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %252
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
  %265 = mul i64 %264, 48
  %266 = add i64 %265, %c
  %267 = mul i64 %266, 25
  %268 = add i64 %267, %263
  %269 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %268
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
  %281 = mul i64 %280, 48
  %282 = add i64 %281, %c
  %283 = mul i64 %282, 25
  %284 = add i64 %283, %279
  %285 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %284
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
  %296 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %295
  %297 = load float, float* %296, align 4
  store float %297, float* %13, align 4
  %298 = add i64 %35, 1
  %299 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %298
  %300 = load float, float* %299, align 4
  store float %300, float* %12, align 4
  %301 = add i64 %35, 2
  %302 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %301
  %303 = load float, float* %302, align 4
  store float %303, float* %11, align 4
  %304 = add i64 %35, 3
  %305 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %304
  %306 = load float, float* %305, align 4
  store float %306, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %307 = icmp slt i64 %c11, 48
  br i1 %307, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %308 = mul i64 %c11, 729
  %309 = add i64 %39, %308
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %310 = load float, float* %13, align 4
  %311 = fcmp ogt float %310, 0.000000e+00
  %312 = select i1 %311, float %310, float 0.000000e+00
  %313 = mul i64 %32, 256
  %314 = add i64 %35, 0
  %315 = add i64 %313, %314
  %316 = mul i64 %315, 27
  %317 = add i64 %316, %29
  %318 = mul i64 %317, 27
  %319 = add i64 %318, %xs
  %320 = getelementptr inbounds float, float* %0, i64 %319
  store float %312, float* %320, align 4
  %321 = load float, float* %12, align 4
  %322 = fcmp ogt float %321, 0.000000e+00
  %323 = select i1 %322, float %321, float 0.000000e+00
  %324 = mul i64 %32, 256
  %325 = add i64 %35, 1
  %326 = add i64 %324, %325
  %327 = mul i64 %326, 27
  %328 = add i64 %327, %29
  %329 = mul i64 %328, 27
  %330 = add i64 %329, %xs
  %331 = getelementptr inbounds float, float* %0, i64 %330
  store float %323, float* %331, align 4
  %332 = load float, float* %11, align 4
  %333 = fcmp ogt float %332, 0.000000e+00
  %334 = select i1 %333, float %332, float 0.000000e+00
  %335 = mul i64 %32, 256
  %336 = add i64 %35, 2
  %337 = add i64 %335, %336
  %338 = mul i64 %337, 27
  %339 = add i64 %338, %29
  %340 = mul i64 %339, 27
  %341 = add i64 %340, %xs
  %342 = getelementptr inbounds float, float* %0, i64 %341
  store float %334, float* %342, align 4
  %343 = load float, float* %10, align 4
  %344 = fcmp ogt float %343, 0.000000e+00
  %345 = select i1 %344, float %343, float 0.000000e+00
  %346 = mul i64 %32, 256
  %347 = add i64 %35, 3
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 27
  %350 = add i64 %349, %29
  %351 = mul i64 %350, 27
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
  %358 = icmp slt i64 %356, 27
  %359 = and i1 %357, %358
  br i1 %359, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %360 = mul i64 %356, 27
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
  %368 = icmp slt i64 %366, 27
  %369 = and i1 %367, %368
  %370 = icmp sgt i64 %366, 0
  %371 = select i1 %370, i64 %366, i64 0
  %372 = icmp slt i64 %371, 26
  %373 = select i1 %372, i64 %371, i64 26
  %374 = add i64 %361, %373
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = select i1 %369, float %376, float 0.000000e+00
  %378 = mul i64 %i15, 5
  %379 = add i64 %378, %j21
  %380 = add i64 %35, 0
  %381 = mul i64 %380, 48
  %382 = add i64 %381, %c11
  %383 = mul i64 %382, 25
  %384 = add i64 %383, %379
  %385 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %384
  %386 = load float, float* %385, align 4
  %387 = load float, float* %13, align 4
  %388 = call float @llvm.fma.f32(float %386, float %377, float %387)
  store float %388, float* %13, align 4
  %389 = mul i64 %i15, 5
  %390 = add i64 %389, %j21
  %391 = add i64 %35, 1
  %392 = mul i64 %391, 48
  %393 = add i64 %392, %c11
  %394 = mul i64 %393, 25
  %395 = add i64 %394, %390
  %396 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %395
  %397 = load float, float* %396, align 4
  %398 = load float, float* %12, align 4
  %399 = call float @llvm.fma.f32(float %397, float %377, float %398)
  store float %399, float* %12, align 4
  %400 = mul i64 %i15, 5
  %401 = add i64 %400, %j21
  %402 = add i64 %35, 2
  %403 = mul i64 %402, 48
  %404 = add i64 %403, %c11
  %405 = mul i64 %404, 25
  %406 = add i64 %405, %401
  %407 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %406
  %408 = load float, float* %407, align 4
  %409 = load float, float* %11, align 4
  %410 = call float @llvm.fma.f32(float %408, float %377, float %409)
  store float %410, float* %11, align 4
  %411 = mul i64 %i15, 5
  %412 = add i64 %411, %j21
  %413 = add i64 %35, 3
  %414 = mul i64 %413, 48
  %415 = add i64 %414, %c11
  %416 = mul i64 %415, 25
  %417 = add i64 %416, %412
  %418 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %417
  %419 = load float, float* %418, align 4
  %420 = load float, float* %10, align 4
  %421 = call float @llvm.fma.f32(float %419, float %377, float %420)
  store float %421, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 25, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %422 = icmp slt i64 %xs28, 27
  br i1 %422, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %423 = add i64 %35, 0
  %424 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %423
  %425 = load float, float* %424, align 4
  store float %425, float* %9, align 4
  %426 = add i64 %35, 1
  %427 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %426
  %428 = load float, float* %427, align 4
  store float %428, float* %8, align 4
  %429 = add i64 %35, 2
  %430 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %429
  %431 = load float, float* %430, align 4
  store float %431, float* %7, align 4
  %432 = add i64 %35, 3
  %433 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %432
  %434 = load float, float* %433, align 4
  store float %434, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %435 = icmp slt i64 %c32, 48
  br i1 %435, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %436 = mul i64 %c32, 729
  %437 = add i64 %39, %436
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %438 = load float, float* %9, align 4
  %439 = fcmp ogt float %438, 0.000000e+00
  %440 = select i1 %439, float %438, float 0.000000e+00
  %441 = mul i64 %32, 256
  %442 = add i64 %35, 0
  %443 = add i64 %441, %442
  %444 = mul i64 %443, 27
  %445 = add i64 %444, %29
  %446 = mul i64 %445, 27
  %447 = add i64 %446, %xs28
  %448 = getelementptr inbounds float, float* %0, i64 %447
  store float %440, float* %448, align 4
  %449 = load float, float* %8, align 4
  %450 = fcmp ogt float %449, 0.000000e+00
  %451 = select i1 %450, float %449, float 0.000000e+00
  %452 = mul i64 %32, 256
  %453 = add i64 %35, 1
  %454 = add i64 %452, %453
  %455 = mul i64 %454, 27
  %456 = add i64 %455, %29
  %457 = mul i64 %456, 27
  %458 = add i64 %457, %xs28
  %459 = getelementptr inbounds float, float* %0, i64 %458
  store float %451, float* %459, align 4
  %460 = load float, float* %7, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %32, 256
  %464 = add i64 %35, 2
  %465 = add i64 %463, %464
  %466 = mul i64 %465, 27
  %467 = add i64 %466, %29
  %468 = mul i64 %467, 27
  %469 = add i64 %468, %xs28
  %470 = getelementptr inbounds float, float* %0, i64 %469
  store float %462, float* %470, align 4
  %471 = load float, float* %6, align 4
  %472 = fcmp ogt float %471, 0.000000e+00
  %473 = select i1 %472, float %471, float 0.000000e+00
  %474 = mul i64 %32, 256
  %475 = add i64 %35, 3
  %476 = add i64 %474, %475
  %477 = mul i64 %476, 27
  %478 = add i64 %477, %29
  %479 = mul i64 %478, 27
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
  %486 = icmp slt i64 %484, 27
  %487 = and i1 %485, %486
  br i1 %487, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %488 = mul i64 %484, 27
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
  %496 = icmp slt i64 %494, 27
  %497 = and i1 %495, %496
  %498 = icmp sgt i64 %494, 0
  %499 = select i1 %498, i64 %494, i64 0
  %500 = icmp slt i64 %499, 26
  %501 = select i1 %500, i64 %499, i64 26
  %502 = add i64 %489, %501
  %503 = getelementptr inbounds float, float* %1, i64 %502
  %504 = load float, float* %503, align 4
  %505 = select i1 %497, float %504, float 0.000000e+00
  %506 = mul i64 %i36, 5
  %507 = add i64 %506, %j42
  %508 = add i64 %35, 0
  %509 = mul i64 %508, 48
  %510 = add i64 %509, %c32
  %511 = mul i64 %510, 25
  %512 = add i64 %511, %507
  %513 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %512
  %514 = load float, float* %513, align 4
  %515 = load float, float* %9, align 4
  %516 = call float @llvm.fma.f32(float %514, float %505, float %515)
  store float %516, float* %9, align 4
  %517 = mul i64 %i36, 5
  %518 = add i64 %517, %j42
  %519 = add i64 %35, 1
  %520 = mul i64 %519, 48
  %521 = add i64 %520, %c32
  %522 = mul i64 %521, 25
  %523 = add i64 %522, %518
  %524 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %523
  %525 = load float, float* %524, align 4
  %526 = load float, float* %8, align 4
  %527 = call float @llvm.fma.f32(float %525, float %505, float %526)
  store float %527, float* %8, align 4
  %528 = mul i64 %i36, 5
  %529 = add i64 %528, %j42
  %530 = add i64 %35, 2
  %531 = mul i64 %530, 48
  %532 = add i64 %531, %c32
  %533 = mul i64 %532, 25
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %7, align 4
  %538 = call float @llvm.fma.f32(float %536, float %505, float %537)
  store float %538, float* %7, align 4
  %539 = mul i64 %i36, 5
  %540 = add i64 %539, %j42
  %541 = add i64 %35, 3
  %542 = mul i64 %541, 48
  %543 = add i64 %542, %c32
  %544 = mul i64 %543, 25
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %6, align 4
  %549 = call float @llvm.fma.f32(float %547, float %505, float %548)
  store float %549, float* %6, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

; Function Attrs: nounwind
define internal void @node3.conv2.step0(i8* %0) #2 {
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
  %19 = add i64 1728, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1728
  %23 = select i1 %22, i64 %21, i64 1728
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1728
  %26 = select i1 %25, i64 %24, i64 1728
  call void @node3.conv2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.lrn_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 256
  %10 = srem i64 %task, 256
  %11 = sub i64 %10, 2
  %12 = icmp sgt i64 %11, 0
  %13 = select i1 %12, i64 %11, i64 0
  %14 = add i64 %10, 3
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  %17 = mul i64 %9, 186624
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %w.exit, %task.body
  %v = phi i64 [ 0, %task.body ], [ %v.next, %w.exit ]
  %18 = icmp slt i64 %v, 728
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %w.header

v.exit:                                           ; preds = %v.header
  br label %s.header

w.header:                                         ; preds = %w.body, %v.body
  %w = phi i64 [ %13, %v.body ], [ %w.next, %w.body ]
  %19 = icmp slt i64 %w, %16
  br i1 %19, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %20 = mul i64 %w, 729
  %21 = add i64 %17, %20
  %22 = add i64 %21, %v
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %7, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %7, align 32
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
  %28 = mul i64 %10, 729
  %29 = add i64 %17, %28
  %30 = add i64 %29, %v
  %31 = load <8 x float>, <8 x float>* %7, align 32
  %32 = call <8 x float> @llvm.fma.v8f32(<8 x float> %31, <8 x float> <float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000>, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %33 = bitcast <8 x float> %32 to <8 x i32>
  %34 = lshr <8 x i32> %33, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %35 = and <8 x i32> %34, <i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255>
  %36 = sub <8 x i32> %35, <i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126>
  %37 = sitofp <8 x i32> %36 to <8 x float>
  %38 = and <8 x i32> %33, <i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041>
  %39 = or <8 x i32> %38, <i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608>
  %40 = bitcast <8 x i32> %39 to <8 x float>
  %41 = fcmp olt <8 x float> %40, <float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000>
  %42 = fsub <8 x float> %37, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %43 = select <8 x i1> %41, <8 x float> %42, <8 x float> %37
  %44 = fadd <8 x float> %40, %40
  %45 = fsub <8 x float> %44, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %46 = fsub <8 x float> %40, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = select <8 x i1> %41, <8 x float> %45, <8 x float> %46
  %48 = fmul <8 x float> %47, %47
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000>, <8 x float> %47, <8 x float> <float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000>)
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %47, <8 x float> <float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000>)
  %51 = call <8 x float> @llvm.fma.v8f32(<8 x float> %50, <8 x float> %47, <8 x float> <float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000>)
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %47, <8 x float> <float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000>)
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %47, <8 x float> <float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> %47, <8 x float> <float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000>)
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %47, <8 x float> <float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000>)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %47, <8 x float> <float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000>)
  %57 = fmul <8 x float> %56, %47
  %58 = fmul <8 x float> %57, %48
  %59 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000>, <8 x float> %58)
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %48, <8 x float> <float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01>, <8 x float> %59)
  %61 = fadd <8 x float> %47, %60
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000>, <8 x float> %61)
  %63 = fmul <8 x float> <float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01>, %62
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %65 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %64, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %67 = call <8 x float> @llvm.floor.v8f32(<8 x float> %66)
  %68 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %65)
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %68)
  %70 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %69, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %69, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> %69, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %69, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> %69, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %75 = fmul <8 x float> %69, %69
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %75, <8 x float> %69)
  %77 = fadd <8 x float> %76, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %78 = fptosi <8 x float> %67 to <8 x i32>
  %79 = add <8 x i32> %78, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %80 = shl <8 x i32> %79, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %81 = bitcast <8 x i32> %80 to <8 x float>
  %82 = fmul <8 x float> %77, %81
  %83 = getelementptr inbounds float, float* %1, i64 %30
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = fmul <8 x float> %85, %82
  %87 = getelementptr inbounds float, float* %0, i64 %30
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %v.next = add i64 %v, 8
  br label %v.header

s.header:                                         ; preds = %w.exit3, %v.exit
  %s = phi i64 [ 728, %v.exit ], [ %s.next, %w.exit3 ]
  %89 = icmp slt i64 %s, 729
  br i1 %89, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  store float 0.000000e+00, float* %6, align 4
  br label %w.header1

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header

w.header1:                                        ; preds = %w.body2, %s.body
  %w4 = phi i64 [ %13, %s.body ], [ %w.next5, %w.body2 ]
  %90 = icmp slt i64 %w4, %16
  br i1 %90, label %w.body2, label %w.exit3

w.body2:                                          ; preds = %w.header1
  %91 = mul i64 %w4, 729
  %92 = add i64 %17, %91
  %93 = add i64 %92, %s
  %94 = getelementptr inbounds float, float* %1, i64 %93
  %95 = load float, float* %94, align 4
  %96 = load float, float* %6, align 4
  %97 = call float @llvm.fma.f32(float %95, float %95, float %96)
  store float %97, float* %6, align 4
  %w.next5 = add i64 %w4, 1
  br label %w.header1

w.exit3:                                          ; preds = %w.header1
  %98 = mul i64 %10, 729
  %99 = add i64 %17, %98
  %100 = add i64 %99, %s
  %101 = load float, float* %6, align 4
  %102 = call float @llvm.fma.f32(float %101, float 0x3EF4F8B580000000, float 2.000000e+00)
  %103 = bitcast float %102 to i32
  %104 = lshr i32 %103, 23
  %105 = and i32 %104, 255
  %106 = sub i32 %105, 126
  %107 = sitofp i32 %106 to float
  %108 = and i32 %103, -2139095041
  %109 = or i32 %108, 1056964608
  %110 = bitcast i32 %109 to float
  %111 = fcmp olt float %110, 0x3FE6A09E60000000
  %112 = fsub float %107, 1.000000e+00
  %113 = select i1 %111, float %112, float %107
  %114 = fadd float %110, %110
  %115 = fsub float %114, 1.000000e+00
  %116 = fsub float %110, 1.000000e+00
  %117 = select i1 %111, float %115, float %116
  %118 = fmul float %117, %117
  %119 = call float @llvm.fma.f32(float 0x3FB2043760000000, float %117, float 0xBFBD7A3700000000)
  %120 = call float @llvm.fma.f32(float %119, float %117, float 0x3FBDE4A340000000)
  %121 = call float @llvm.fma.f32(float %120, float %117, float 0xBFBFCBA9E0000000)
  %122 = call float @llvm.fma.f32(float %121, float %117, float 0x3FC23D37E0000000)
  %123 = call float @llvm.fma.f32(float %122, float %117, float 0xBFC555CA00000000)
  %124 = call float @llvm.fma.f32(float %123, float %117, float 0x3FC999D580000000)
  %125 = call float @llvm.fma.f32(float %124, float %117, float 0xBFCFFFFF80000000)
  %126 = call float @llvm.fma.f32(float %125, float %117, float 0x3FD5555540000000)
  %127 = fmul float %126, %117
  %128 = fmul float %127, %118
  %129 = call float @llvm.fma.f32(float %113, float 0xBF2BD01060000000, float %128)
  %130 = call float @llvm.fma.f32(float %118, float -5.000000e-01, float %129)
  %131 = fadd float %117, %130
  %132 = call float @llvm.fma.f32(float %113, float 0x3FE6300000000000, float %131)
  %133 = fmul float -7.500000e-01, %132
  %134 = call float @llvm.maxnum.f32(float %133, float 0xC055D33340000000)
  %135 = call float @llvm.minnum.f32(float %134, float 0x40562CCCC0000000)
  %136 = call float @llvm.fma.f32(float %135, float 0x3FF7154760000000, float 5.000000e-01)
  %137 = call float @llvm.floor.f32(float %136)
  %138 = call float @llvm.fma.f32(float %137, float 0xBFE6300000000000, float %135)
  %139 = call float @llvm.fma.f32(float %137, float 0x3F2BD01060000000, float %138)
  %140 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %139, float 0x3F56E879C0000000)
  %141 = call float @llvm.fma.f32(float %140, float %139, float 0x3F81112100000000)
  %142 = call float @llvm.fma.f32(float %141, float %139, float 0x3FA5553820000000)
  %143 = call float @llvm.fma.f32(float %142, float %139, float 0x3FC5555540000000)
  %144 = call float @llvm.fma.f32(float %143, float %139, float 5.000000e-01)
  %145 = fmul float %139, %139
  %146 = call float @llvm.fma.f32(float %144, float %145, float %139)
  %147 = fadd float %146, 1.000000e+00
  %148 = fptosi float %137 to i32
  %149 = add i32 %148, 127
  %150 = shl i32 %149, 23
  %151 = bitcast i32 %150 to float
  %152 = fmul float %147, %151
  %153 = getelementptr inbounds float, float* %1, i64 %100
  %154 = load float, float* %153, align 4
  %155 = fmul float %154, %152
  %156 = getelementptr inbounds float, float* %0, i64 %100
  store float %155, float* %156, align 4
  %s.next = add i64 %s, 1
  br label %s.header
}

; Function Attrs: nounwind
define internal void @node4.lrn_2.step0(i8* %0) #2 {
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
  %19 = add i64 256, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 256
  %23 = select i1 %22, i64 %21, i64 256
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 256
  %26 = select i1 %25, i64 %24, i64 256
  call void @node4.lrn_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 13
  %10 = srem i64 %task, 13
  %11 = mul i64 %9, 729
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 13
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 13
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 3
  %22 = icmp slt i64 %21, 27
  %23 = select i1 %22, i64 %21, i64 27
  %24 = add i64 %18, 3
  %25 = icmp slt i64 %24, 27
  %26 = select i1 %25, i64 %24, i64 27
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
  %31 = mul i64 %r, 27
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
  %69 = icmp slt i64 %c, 13
  br i1 %69, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %70 = mul i64 %c, 2
  %71 = sub i64 %70, 0
  %72 = icmp sgt i64 %71, 0
  %73 = select i1 %72, i64 %71, i64 0
  %74 = add i64 %71, 3
  %75 = icmp slt i64 %74, 27
  %76 = select i1 %75, i64 %74, i64 27
  %77 = add i64 %71, 3
  %78 = icmp slt i64 %77, 27
  %79 = select i1 %78, i64 %77, i64 27
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
  %85 = mul i64 %r4, 27
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
  %19 = add i64 3328, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3328
  %23 = select i1 %22, i64 %21, i64 3328
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3328
  %26 = select i1 %25, i64 %24, i64 3328
  call void @node5.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %25 = srem i64 %24, 13
  %26 = sdiv i64 %task, 1248
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 384
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 256
  %33 = mul i64 %27, 256
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 169
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %17, align 32
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %50
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
  %55 = mul i64 %c, 169
  %56 = add i64 %35, %55
  br label %i.header

c.exit:                                           ; preds = %c.header
  %57 = load <8 x float>, <8 x float>* %21, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = mul i64 %28, 384
  %61 = add i64 %31, 0
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 13
  %64 = add i64 %63, %25
  %65 = mul i64 %64, 13
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
  %75 = mul i64 %74, 13
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 13
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %19, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = mul i64 %28, 384
  %85 = add i64 %31, 1
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 13
  %88 = add i64 %87, %25
  %89 = mul i64 %88, 13
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
  %99 = mul i64 %98, 13
  %100 = add i64 %99, %25
  %101 = mul i64 %100, 13
  %102 = add i64 %101, 9
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %95, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %17, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = mul i64 %28, 384
  %109 = add i64 %31, 2
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 13
  %112 = add i64 %111, %25
  %113 = mul i64 %112, 13
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
  %123 = mul i64 %122, 13
  %124 = add i64 %123, %25
  %125 = mul i64 %124, 13
  %126 = add i64 %125, 9
  %127 = getelementptr inbounds float, float* %0, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %119, <8 x float>* %128, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %129 = load <8 x float>, <8 x float>* %15, align 32
  %130 = fcmp ogt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> %129, <8 x float> zeroinitializer
  %132 = mul i64 %28, 384
  %133 = add i64 %31, 3
  %134 = add i64 %132, %133
  %135 = mul i64 %134, 13
  %136 = add i64 %135, %25
  %137 = mul i64 %136, 13
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
  %147 = mul i64 %146, 13
  %148 = add i64 %147, %25
  %149 = mul i64 %148, 13
  %150 = add i64 %149, 9
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %143, <8 x float>* %152, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %153 = icmp slt i64 %i, 3
  br i1 %153, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %154 = mul i64 %i, 1
  %155 = add i64 %37, %154
  %156 = icmp sge i64 %155, 0
  %157 = icmp slt i64 %155, 13
  %158 = and i1 %156, %157
  br i1 %158, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %159 = mul i64 %155, 13
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
  %173 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %172, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %174 = mul i64 %i, 3
  %175 = add i64 %174, %j
  %176 = add i64 %31, 0
  %177 = mul i64 %176, 256
  %178 = add i64 %177, %c
  %179 = mul i64 %178, 9
  %180 = add i64 %179, %175
  %181 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %180
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
  %195 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %194
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
  %209 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %208
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
  %223 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %222
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
  %232 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %231
  %233 = load float, float* %232, align 4
  store float %233, float* %13, align 4
  %234 = add i64 %31, 1
  %235 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %234
  %236 = load float, float* %235, align 4
  store float %236, float* %12, align 4
  %237 = add i64 %31, 2
  %238 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %237
  %239 = load float, float* %238, align 4
  store float %239, float* %11, align 4
  %240 = add i64 %31, 3
  %241 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %240
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
  %244 = mul i64 %c11, 169
  %245 = add i64 %35, %244
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %246 = load float, float* %13, align 4
  %247 = fcmp ogt float %246, 0.000000e+00
  %248 = select i1 %247, float %246, float 0.000000e+00
  %249 = mul i64 %28, 384
  %250 = add i64 %31, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 13
  %253 = add i64 %252, %25
  %254 = mul i64 %253, 13
  %255 = add i64 %254, %xs
  %256 = getelementptr inbounds float, float* %0, i64 %255
  store float %248, float* %256, align 4
  %257 = load float, float* %12, align 4
  %258 = fcmp ogt float %257, 0.000000e+00
  %259 = select i1 %258, float %257, float 0.000000e+00
  %260 = mul i64 %28, 384
  %261 = add i64 %31, 1
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 13
  %264 = add i64 %263, %25
  %265 = mul i64 %264, 13
  %266 = add i64 %265, %xs
  %267 = getelementptr inbounds float, float* %0, i64 %266
  store float %259, float* %267, align 4
  %268 = load float, float* %11, align 4
  %269 = fcmp ogt float %268, 0.000000e+00
  %270 = select i1 %269, float %268, float 0.000000e+00
  %271 = mul i64 %28, 384
  %272 = add i64 %31, 2
  %273 = add i64 %271, %272
  %274 = mul i64 %273, 13
  %275 = add i64 %274, %25
  %276 = mul i64 %275, 13
  %277 = add i64 %276, %xs
  %278 = getelementptr inbounds float, float* %0, i64 %277
  store float %270, float* %278, align 4
  %279 = load float, float* %10, align 4
  %280 = fcmp ogt float %279, 0.000000e+00
  %281 = select i1 %280, float %279, float 0.000000e+00
  %282 = mul i64 %28, 384
  %283 = add i64 %31, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 13
  %286 = add i64 %285, %25
  %287 = mul i64 %286, 13
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
  %294 = icmp slt i64 %292, 13
  %295 = and i1 %293, %294
  br i1 %295, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %296 = mul i64 %292, 13
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
  %304 = icmp slt i64 %302, 13
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 12
  %309 = select i1 %308, i64 %307, i64 12
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
  %321 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %320
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
  %332 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %331
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
  %343 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %342
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
  %354 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %10, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 12, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %358 = icmp slt i64 %xs28, 13
  br i1 %358, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %359 = add i64 %31, 0
  %360 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %359
  %361 = load float, float* %360, align 4
  store float %361, float* %9, align 4
  %362 = add i64 %31, 1
  %363 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %362
  %364 = load float, float* %363, align 4
  store float %364, float* %8, align 4
  %365 = add i64 %31, 2
  %366 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %365
  %367 = load float, float* %366, align 4
  store float %367, float* %7, align 4
  %368 = add i64 %31, 3
  %369 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %368
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
  %372 = mul i64 %c32, 169
  %373 = add i64 %35, %372
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %374 = load float, float* %9, align 4
  %375 = fcmp ogt float %374, 0.000000e+00
  %376 = select i1 %375, float %374, float 0.000000e+00
  %377 = mul i64 %28, 384
  %378 = add i64 %31, 0
  %379 = add i64 %377, %378
  %380 = mul i64 %379, 13
  %381 = add i64 %380, %25
  %382 = mul i64 %381, 13
  %383 = add i64 %382, %xs28
  %384 = getelementptr inbounds float, float* %0, i64 %383
  store float %376, float* %384, align 4
  %385 = load float, float* %8, align 4
  %386 = fcmp ogt float %385, 0.000000e+00
  %387 = select i1 %386, float %385, float 0.000000e+00
  %388 = mul i64 %28, 384
  %389 = add i64 %31, 1
  %390 = add i64 %388, %389
  %391 = mul i64 %390, 13
  %392 = add i64 %391, %25
  %393 = mul i64 %392, 13
  %394 = add i64 %393, %xs28
  %395 = getelementptr inbounds float, float* %0, i64 %394
  store float %387, float* %395, align 4
  %396 = load float, float* %7, align 4
  %397 = fcmp ogt float %396, 0.000000e+00
  %398 = select i1 %397, float %396, float 0.000000e+00
  %399 = mul i64 %28, 384
  %400 = add i64 %31, 2
  %401 = add i64 %399, %400
  %402 = mul i64 %401, 13
  %403 = add i64 %402, %25
  %404 = mul i64 %403, 13
  %405 = add i64 %404, %xs28
  %406 = getelementptr inbounds float, float* %0, i64 %405
  store float %398, float* %406, align 4
  %407 = load float, float* %6, align 4
  %408 = fcmp ogt float %407, 0.000000e+00
  %409 = select i1 %408, float %407, float 0.000000e+00
  %410 = mul i64 %28, 384
  %411 = add i64 %31, 3
  %412 = add i64 %410, %411
  %413 = mul i64 %412, 13
  %414 = add i64 %413, %25
  %415 = mul i64 %414, 13
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
  %422 = icmp slt i64 %420, 13
  %423 = and i1 %421, %422
  br i1 %423, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %424 = mul i64 %420, 13
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
  %432 = icmp slt i64 %430, 13
  %433 = and i1 %431, %432
  %434 = icmp sgt i64 %430, 0
  %435 = select i1 %434, i64 %430, i64 0
  %436 = icmp slt i64 %435, 12
  %437 = select i1 %436, i64 %435, i64 12
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
  %449 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %448
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
  %460 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %459
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
  %471 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %470
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
  %482 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.weight to float*), i64 %481
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
define internal void @node6.conv3.step0(i8* %0) #2 {
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
  %19 = add i64 1248, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1248
  %23 = select i1 %22, i64 %21, i64 1248
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1248
  %26 = select i1 %25, i64 %24, i64 1248
  call void @node6.conv3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 48
  %24 = sdiv i64 %task, 48
  %25 = srem i64 %24, 13
  %26 = sdiv i64 %task, 624
  %27 = srem i64 %26, 2
  %28 = sdiv i64 %26, 2
  %29 = mul i64 %27, 192
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 384
  %33 = mul i64 %27, 192
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 169
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %17, align 32
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %50
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
  %54 = icmp slt i64 %c, 192
  br i1 %54, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %55 = mul i64 %c, 169
  %56 = add i64 %35, %55
  br label %i.header

c.exit:                                           ; preds = %c.header
  %57 = load <8 x float>, <8 x float>* %21, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = mul i64 %28, 384
  %61 = add i64 %31, 0
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 13
  %64 = add i64 %63, %25
  %65 = mul i64 %64, 13
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
  %75 = mul i64 %74, 13
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 13
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %19, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = mul i64 %28, 384
  %85 = add i64 %31, 1
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 13
  %88 = add i64 %87, %25
  %89 = mul i64 %88, 13
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
  %99 = mul i64 %98, 13
  %100 = add i64 %99, %25
  %101 = mul i64 %100, 13
  %102 = add i64 %101, 9
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %95, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %17, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = mul i64 %28, 384
  %109 = add i64 %31, 2
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 13
  %112 = add i64 %111, %25
  %113 = mul i64 %112, 13
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
  %123 = mul i64 %122, 13
  %124 = add i64 %123, %25
  %125 = mul i64 %124, 13
  %126 = add i64 %125, 9
  %127 = getelementptr inbounds float, float* %0, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %119, <8 x float>* %128, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %129 = load <8 x float>, <8 x float>* %15, align 32
  %130 = fcmp ogt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> %129, <8 x float> zeroinitializer
  %132 = mul i64 %28, 384
  %133 = add i64 %31, 3
  %134 = add i64 %132, %133
  %135 = mul i64 %134, 13
  %136 = add i64 %135, %25
  %137 = mul i64 %136, 13
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
  %147 = mul i64 %146, 13
  %148 = add i64 %147, %25
  %149 = mul i64 %148, 13
  %150 = add i64 %149, 9
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %143, <8 x float>* %152, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %153 = icmp slt i64 %i, 3
  br i1 %153, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %154 = mul i64 %i, 1
  %155 = add i64 %37, %154
  %156 = icmp sge i64 %155, 0
  %157 = icmp slt i64 %155, 13
  %158 = and i1 %156, %157
  br i1 %158, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %159 = mul i64 %155, 13
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
  %173 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %172, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %174 = mul i64 %i, 3
  %175 = add i64 %174, %j
  %176 = add i64 %31, 0
  %177 = mul i64 %176, 192
  %178 = add i64 %177, %c
  %179 = mul i64 %178, 9
  %180 = add i64 %179, %175
  %181 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %180
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
  %191 = mul i64 %190, 192
  %192 = add i64 %191, %c
  %193 = mul i64 %192, 9
  %194 = add i64 %193, %189
  %195 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %194
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
  %205 = mul i64 %204, 192
  %206 = add i64 %205, %c
  %207 = mul i64 %206, 9
  %208 = add i64 %207, %203
  %209 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %208
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
  %219 = mul i64 %218, 192
  %220 = add i64 %219, %c
  %221 = mul i64 %220, 9
  %222 = add i64 %221, %217
  %223 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %222
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
  %232 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %231
  %233 = load float, float* %232, align 4
  store float %233, float* %13, align 4
  %234 = add i64 %31, 1
  %235 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %234
  %236 = load float, float* %235, align 4
  store float %236, float* %12, align 4
  %237 = add i64 %31, 2
  %238 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %237
  %239 = load float, float* %238, align 4
  store float %239, float* %11, align 4
  %240 = add i64 %31, 3
  %241 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %240
  %242 = load float, float* %241, align 4
  store float %242, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %243 = icmp slt i64 %c11, 192
  br i1 %243, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %244 = mul i64 %c11, 169
  %245 = add i64 %35, %244
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %246 = load float, float* %13, align 4
  %247 = fcmp ogt float %246, 0.000000e+00
  %248 = select i1 %247, float %246, float 0.000000e+00
  %249 = mul i64 %28, 384
  %250 = add i64 %31, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 13
  %253 = add i64 %252, %25
  %254 = mul i64 %253, 13
  %255 = add i64 %254, %xs
  %256 = getelementptr inbounds float, float* %0, i64 %255
  store float %248, float* %256, align 4
  %257 = load float, float* %12, align 4
  %258 = fcmp ogt float %257, 0.000000e+00
  %259 = select i1 %258, float %257, float 0.000000e+00
  %260 = mul i64 %28, 384
  %261 = add i64 %31, 1
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 13
  %264 = add i64 %263, %25
  %265 = mul i64 %264, 13
  %266 = add i64 %265, %xs
  %267 = getelementptr inbounds float, float* %0, i64 %266
  store float %259, float* %267, align 4
  %268 = load float, float* %11, align 4
  %269 = fcmp ogt float %268, 0.000000e+00
  %270 = select i1 %269, float %268, float 0.000000e+00
  %271 = mul i64 %28, 384
  %272 = add i64 %31, 2
  %273 = add i64 %271, %272
  %274 = mul i64 %273, 13
  %275 = add i64 %274, %25
  %276 = mul i64 %275, 13
  %277 = add i64 %276, %xs
  %278 = getelementptr inbounds float, float* %0, i64 %277
  store float %270, float* %278, align 4
  %279 = load float, float* %10, align 4
  %280 = fcmp ogt float %279, 0.000000e+00
  %281 = select i1 %280, float %279, float 0.000000e+00
  %282 = mul i64 %28, 384
  %283 = add i64 %31, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 13
  %286 = add i64 %285, %25
  %287 = mul i64 %286, 13
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
  %294 = icmp slt i64 %292, 13
  %295 = and i1 %293, %294
  br i1 %295, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %296 = mul i64 %292, 13
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
  %304 = icmp slt i64 %302, 13
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 12
  %309 = select i1 %308, i64 %307, i64 12
  %310 = add i64 %297, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = select i1 %305, float %312, float 0.000000e+00
  %314 = mul i64 %i15, 3
  %315 = add i64 %314, %j21
  %316 = add i64 %31, 0
  %317 = mul i64 %316, 192
  %318 = add i64 %317, %c11
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %320
  %322 = load float, float* %321, align 4
  %323 = load float, float* %13, align 4
  %324 = call float @llvm.fma.f32(float %322, float %313, float %323)
  store float %324, float* %13, align 4
  %325 = mul i64 %i15, 3
  %326 = add i64 %325, %j21
  %327 = add i64 %31, 1
  %328 = mul i64 %327, 192
  %329 = add i64 %328, %c11
  %330 = mul i64 %329, 9
  %331 = add i64 %330, %326
  %332 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %331
  %333 = load float, float* %332, align 4
  %334 = load float, float* %12, align 4
  %335 = call float @llvm.fma.f32(float %333, float %313, float %334)
  store float %335, float* %12, align 4
  %336 = mul i64 %i15, 3
  %337 = add i64 %336, %j21
  %338 = add i64 %31, 2
  %339 = mul i64 %338, 192
  %340 = add i64 %339, %c11
  %341 = mul i64 %340, 9
  %342 = add i64 %341, %337
  %343 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %342
  %344 = load float, float* %343, align 4
  %345 = load float, float* %11, align 4
  %346 = call float @llvm.fma.f32(float %344, float %313, float %345)
  store float %346, float* %11, align 4
  %347 = mul i64 %i15, 3
  %348 = add i64 %347, %j21
  %349 = add i64 %31, 3
  %350 = mul i64 %349, 192
  %351 = add i64 %350, %c11
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %10, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 12, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %358 = icmp slt i64 %xs28, 13
  br i1 %358, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %359 = add i64 %31, 0
  %360 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %359
  %361 = load float, float* %360, align 4
  store float %361, float* %9, align 4
  %362 = add i64 %31, 1
  %363 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %362
  %364 = load float, float* %363, align 4
  store float %364, float* %8, align 4
  %365 = add i64 %31, 2
  %366 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %365
  %367 = load float, float* %366, align 4
  store float %367, float* %7, align 4
  %368 = add i64 %31, 3
  %369 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %368
  %370 = load float, float* %369, align 4
  store float %370, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %371 = icmp slt i64 %c32, 192
  br i1 %371, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %372 = mul i64 %c32, 169
  %373 = add i64 %35, %372
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %374 = load float, float* %9, align 4
  %375 = fcmp ogt float %374, 0.000000e+00
  %376 = select i1 %375, float %374, float 0.000000e+00
  %377 = mul i64 %28, 384
  %378 = add i64 %31, 0
  %379 = add i64 %377, %378
  %380 = mul i64 %379, 13
  %381 = add i64 %380, %25
  %382 = mul i64 %381, 13
  %383 = add i64 %382, %xs28
  %384 = getelementptr inbounds float, float* %0, i64 %383
  store float %376, float* %384, align 4
  %385 = load float, float* %8, align 4
  %386 = fcmp ogt float %385, 0.000000e+00
  %387 = select i1 %386, float %385, float 0.000000e+00
  %388 = mul i64 %28, 384
  %389 = add i64 %31, 1
  %390 = add i64 %388, %389
  %391 = mul i64 %390, 13
  %392 = add i64 %391, %25
  %393 = mul i64 %392, 13
  %394 = add i64 %393, %xs28
  %395 = getelementptr inbounds float, float* %0, i64 %394
  store float %387, float* %395, align 4
  %396 = load float, float* %7, align 4
  %397 = fcmp ogt float %396, 0.000000e+00
  %398 = select i1 %397, float %396, float 0.000000e+00
  %399 = mul i64 %28, 384
  %400 = add i64 %31, 2
  %401 = add i64 %399, %400
  %402 = mul i64 %401, 13
  %403 = add i64 %402, %25
  %404 = mul i64 %403, 13
  %405 = add i64 %404, %xs28
  %406 = getelementptr inbounds float, float* %0, i64 %405
  store float %398, float* %406, align 4
  %407 = load float, float* %6, align 4
  %408 = fcmp ogt float %407, 0.000000e+00
  %409 = select i1 %408, float %407, float 0.000000e+00
  %410 = mul i64 %28, 384
  %411 = add i64 %31, 3
  %412 = add i64 %410, %411
  %413 = mul i64 %412, 13
  %414 = add i64 %413, %25
  %415 = mul i64 %414, 13
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
  %422 = icmp slt i64 %420, 13
  %423 = and i1 %421, %422
  br i1 %423, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %424 = mul i64 %420, 13
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
  %432 = icmp slt i64 %430, 13
  %433 = and i1 %431, %432
  %434 = icmp sgt i64 %430, 0
  %435 = select i1 %434, i64 %430, i64 0
  %436 = icmp slt i64 %435, 12
  %437 = select i1 %436, i64 %435, i64 12
  %438 = add i64 %425, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = select i1 %433, float %440, float 0.000000e+00
  %442 = mul i64 %i36, 3
  %443 = add i64 %442, %j42
  %444 = add i64 %31, 0
  %445 = mul i64 %444, 192
  %446 = add i64 %445, %c32
  %447 = mul i64 %446, 9
  %448 = add i64 %447, %443
  %449 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %448
  %450 = load float, float* %449, align 4
  %451 = load float, float* %9, align 4
  %452 = call float @llvm.fma.f32(float %450, float %441, float %451)
  store float %452, float* %9, align 4
  %453 = mul i64 %i36, 3
  %454 = add i64 %453, %j42
  %455 = add i64 %31, 1
  %456 = mul i64 %455, 192
  %457 = add i64 %456, %c32
  %458 = mul i64 %457, 9
  %459 = add i64 %458, %454
  %460 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %459
  %461 = load float, float* %460, align 4
  %462 = load float, float* %8, align 4
  %463 = call float @llvm.fma.f32(float %461, float %441, float %462)
  store float %463, float* %8, align 4
  %464 = mul i64 %i36, 3
  %465 = add i64 %464, %j42
  %466 = add i64 %31, 2
  %467 = mul i64 %466, 192
  %468 = add i64 %467, %c32
  %469 = mul i64 %468, 9
  %470 = add i64 %469, %465
  %471 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %470
  %472 = load float, float* %471, align 4
  %473 = load float, float* %7, align 4
  %474 = call float @llvm.fma.f32(float %472, float %441, float %473)
  store float %474, float* %7, align 4
  %475 = mul i64 %i36, 3
  %476 = add i64 %475, %j42
  %477 = add i64 %31, 3
  %478 = mul i64 %477, 192
  %479 = add i64 %478, %c32
  %480 = mul i64 %479, 9
  %481 = add i64 %480, %476
  %482 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.weight to float*), i64 %481
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
define internal void @node7.conv4.step0(i8* %0) #2 {
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
  %19 = add i64 1248, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1248
  %23 = select i1 %22, i64 %21, i64 1248
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1248
  %26 = select i1 %25, i64 %24, i64 1248
  call void @node7.conv4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 32
  %24 = sdiv i64 %task, 32
  %25 = srem i64 %24, 13
  %26 = sdiv i64 %task, 416
  %27 = srem i64 %26, 2
  %28 = sdiv i64 %26, 2
  %29 = mul i64 %27, 128
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 384
  %33 = mul i64 %27, 192
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 169
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %17, align 32
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %50
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
  %54 = icmp slt i64 %c, 192
  br i1 %54, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %55 = mul i64 %c, 169
  %56 = add i64 %35, %55
  br label %i.header

c.exit:                                           ; preds = %c.header
  %57 = load <8 x float>, <8 x float>* %21, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = mul i64 %28, 256
  %61 = add i64 %31, 0
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 13
  %64 = add i64 %63, %25
  %65 = mul i64 %64, 13
  %66 = add i64 %65, 1
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %59, <8 x float>* %68, align 4
  %69 = load <8 x float>, <8 x float>* %20, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = mul i64 %28, 256
  %73 = add i64 %31, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 13
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 13
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %19, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = mul i64 %28, 256
  %85 = add i64 %31, 1
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 13
  %88 = add i64 %87, %25
  %89 = mul i64 %88, 13
  %90 = add i64 %89, 1
  %91 = getelementptr inbounds float, float* %0, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  store <8 x float> %83, <8 x float>* %92, align 4
  %93 = load <8 x float>, <8 x float>* %18, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = mul i64 %28, 256
  %97 = add i64 %31, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 13
  %100 = add i64 %99, %25
  %101 = mul i64 %100, 13
  %102 = add i64 %101, 9
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %95, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %17, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = mul i64 %28, 256
  %109 = add i64 %31, 2
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 13
  %112 = add i64 %111, %25
  %113 = mul i64 %112, 13
  %114 = add i64 %113, 1
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %107, <8 x float>* %116, align 4
  %117 = load <8 x float>, <8 x float>* %16, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = mul i64 %28, 256
  %121 = add i64 %31, 2
  %122 = add i64 %120, %121
  %123 = mul i64 %122, 13
  %124 = add i64 %123, %25
  %125 = mul i64 %124, 13
  %126 = add i64 %125, 9
  %127 = getelementptr inbounds float, float* %0, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %119, <8 x float>* %128, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %129 = load <8 x float>, <8 x float>* %15, align 32
  %130 = fcmp ogt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> %129, <8 x float> zeroinitializer
  %132 = mul i64 %28, 256
  %133 = add i64 %31, 3
  %134 = add i64 %132, %133
  %135 = mul i64 %134, 13
  %136 = add i64 %135, %25
  %137 = mul i64 %136, 13
  %138 = add i64 %137, 1
  %139 = getelementptr inbounds float, float* %0, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %131, <8 x float>* %140, align 4
  %141 = load <8 x float>, <8 x float>* %14, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = mul i64 %28, 256
  %145 = add i64 %31, 3
  %146 = add i64 %144, %145
  %147 = mul i64 %146, 13
  %148 = add i64 %147, %25
  %149 = mul i64 %148, 13
  %150 = add i64 %149, 9
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %143, <8 x float>* %152, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %153 = icmp slt i64 %i, 3
  br i1 %153, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %154 = mul i64 %i, 1
  %155 = add i64 %37, %154
  %156 = icmp sge i64 %155, 0
  %157 = icmp slt i64 %155, 13
  %158 = and i1 %156, %157
  br i1 %158, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %159 = mul i64 %155, 13
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
  %173 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %172, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %174 = mul i64 %i, 3
  %175 = add i64 %174, %j
  %176 = add i64 %31, 0
  %177 = mul i64 %176, 192
  %178 = add i64 %177, %c
  %179 = mul i64 %178, 9
  %180 = add i64 %179, %175
  %181 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %180
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
  %191 = mul i64 %190, 192
  %192 = add i64 %191, %c
  %193 = mul i64 %192, 9
  %194 = add i64 %193, %189
  %195 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %194
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
  %205 = mul i64 %204, 192
  %206 = add i64 %205, %c
  %207 = mul i64 %206, 9
  %208 = add i64 %207, %203
  %209 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %208
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
  %219 = mul i64 %218, 192
  %220 = add i64 %219, %c
  %221 = mul i64 %220, 9
  %222 = add i64 %221, %217
  %223 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %222
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
  %232 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %231
  %233 = load float, float* %232, align 4
  store float %233, float* %13, align 4
  %234 = add i64 %31, 1
  %235 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %234
  %236 = load float, float* %235, align 4
  store float %236, float* %12, align 4
  %237 = add i64 %31, 2
  %238 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %237
  %239 = load float, float* %238, align 4
  store float %239, float* %11, align 4
  %240 = add i64 %31, 3
  %241 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %240
  %242 = load float, float* %241, align 4
  store float %242, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %243 = icmp slt i64 %c11, 192
  br i1 %243, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %244 = mul i64 %c11, 169
  %245 = add i64 %35, %244
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %246 = load float, float* %13, align 4
  %247 = fcmp ogt float %246, 0.000000e+00
  %248 = select i1 %247, float %246, float 0.000000e+00
  %249 = mul i64 %28, 256
  %250 = add i64 %31, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 13
  %253 = add i64 %252, %25
  %254 = mul i64 %253, 13
  %255 = add i64 %254, %xs
  %256 = getelementptr inbounds float, float* %0, i64 %255
  store float %248, float* %256, align 4
  %257 = load float, float* %12, align 4
  %258 = fcmp ogt float %257, 0.000000e+00
  %259 = select i1 %258, float %257, float 0.000000e+00
  %260 = mul i64 %28, 256
  %261 = add i64 %31, 1
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 13
  %264 = add i64 %263, %25
  %265 = mul i64 %264, 13
  %266 = add i64 %265, %xs
  %267 = getelementptr inbounds float, float* %0, i64 %266
  store float %259, float* %267, align 4
  %268 = load float, float* %11, align 4
  %269 = fcmp ogt float %268, 0.000000e+00
  %270 = select i1 %269, float %268, float 0.000000e+00
  %271 = mul i64 %28, 256
  %272 = add i64 %31, 2
  %273 = add i64 %271, %272
  %274 = mul i64 %273, 13
  %275 = add i64 %274, %25
  %276 = mul i64 %275, 13
  %277 = add i64 %276, %xs
  %278 = getelementptr inbounds float, float* %0, i64 %277
  store float %270, float* %278, align 4
  %279 = load float, float* %10, align 4
  %280 = fcmp ogt float %279, 0.000000e+00
  %281 = select i1 %280, float %279, float 0.000000e+00
  %282 = mul i64 %28, 256
  %283 = add i64 %31, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 13
  %286 = add i64 %285, %25
  %287 = mul i64 %286, 13
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
  %294 = icmp slt i64 %292, 13
  %295 = and i1 %293, %294
  br i1 %295, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %296 = mul i64 %292, 13
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
  %304 = icmp slt i64 %302, 13
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 12
  %309 = select i1 %308, i64 %307, i64 12
  %310 = add i64 %297, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = select i1 %305, float %312, float 0.000000e+00
  %314 = mul i64 %i15, 3
  %315 = add i64 %314, %j21
  %316 = add i64 %31, 0
  %317 = mul i64 %316, 192
  %318 = add i64 %317, %c11
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %320
  %322 = load float, float* %321, align 4
  %323 = load float, float* %13, align 4
  %324 = call float @llvm.fma.f32(float %322, float %313, float %323)
  store float %324, float* %13, align 4
  %325 = mul i64 %i15, 3
  %326 = add i64 %325, %j21
  %327 = add i64 %31, 1
  %328 = mul i64 %327, 192
  %329 = add i64 %328, %c11
  %330 = mul i64 %329, 9
  %331 = add i64 %330, %326
  %332 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %331
  %333 = load float, float* %332, align 4
  %334 = load float, float* %12, align 4
  %335 = call float @llvm.fma.f32(float %333, float %313, float %334)
  store float %335, float* %12, align 4
  %336 = mul i64 %i15, 3
  %337 = add i64 %336, %j21
  %338 = add i64 %31, 2
  %339 = mul i64 %338, 192
  %340 = add i64 %339, %c11
  %341 = mul i64 %340, 9
  %342 = add i64 %341, %337
  %343 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %342
  %344 = load float, float* %343, align 4
  %345 = load float, float* %11, align 4
  %346 = call float @llvm.fma.f32(float %344, float %313, float %345)
  store float %346, float* %11, align 4
  %347 = mul i64 %i15, 3
  %348 = add i64 %347, %j21
  %349 = add i64 %31, 3
  %350 = mul i64 %349, 192
  %351 = add i64 %350, %c11
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %10, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 12, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %358 = icmp slt i64 %xs28, 13
  br i1 %358, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %359 = add i64 %31, 0
  %360 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %359
  %361 = load float, float* %360, align 4
  store float %361, float* %9, align 4
  %362 = add i64 %31, 1
  %363 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %362
  %364 = load float, float* %363, align 4
  store float %364, float* %8, align 4
  %365 = add i64 %31, 2
  %366 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %365
  %367 = load float, float* %366, align 4
  store float %367, float* %7, align 4
  %368 = add i64 %31, 3
  %369 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %368
  %370 = load float, float* %369, align 4
  store float %370, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %371 = icmp slt i64 %c32, 192
  br i1 %371, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %372 = mul i64 %c32, 169
  %373 = add i64 %35, %372
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %374 = load float, float* %9, align 4
  %375 = fcmp ogt float %374, 0.000000e+00
  %376 = select i1 %375, float %374, float 0.000000e+00
  %377 = mul i64 %28, 256
  %378 = add i64 %31, 0
  %379 = add i64 %377, %378
  %380 = mul i64 %379, 13
  %381 = add i64 %380, %25
  %382 = mul i64 %381, 13
  %383 = add i64 %382, %xs28
  %384 = getelementptr inbounds float, float* %0, i64 %383
  store float %376, float* %384, align 4
  %385 = load float, float* %8, align 4
  %386 = fcmp ogt float %385, 0.000000e+00
  %387 = select i1 %386, float %385, float 0.000000e+00
  %388 = mul i64 %28, 256
  %389 = add i64 %31, 1
  %390 = add i64 %388, %389
  %391 = mul i64 %390, 13
  %392 = add i64 %391, %25
  %393 = mul i64 %392, 13
  %394 = add i64 %393, %xs28
  %395 = getelementptr inbounds float, float* %0, i64 %394
  store float %387, float* %395, align 4
  %396 = load float, float* %7, align 4
  %397 = fcmp ogt float %396, 0.000000e+00
  %398 = select i1 %397, float %396, float 0.000000e+00
  %399 = mul i64 %28, 256
  %400 = add i64 %31, 2
  %401 = add i64 %399, %400
  %402 = mul i64 %401, 13
  %403 = add i64 %402, %25
  %404 = mul i64 %403, 13
  %405 = add i64 %404, %xs28
  %406 = getelementptr inbounds float, float* %0, i64 %405
  store float %398, float* %406, align 4
  %407 = load float, float* %6, align 4
  %408 = fcmp ogt float %407, 0.000000e+00
  %409 = select i1 %408, float %407, float 0.000000e+00
  %410 = mul i64 %28, 256
  %411 = add i64 %31, 3
  %412 = add i64 %410, %411
  %413 = mul i64 %412, 13
  %414 = add i64 %413, %25
  %415 = mul i64 %414, 13
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
  %422 = icmp slt i64 %420, 13
  %423 = and i1 %421, %422
  br i1 %423, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %424 = mul i64 %420, 13
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
  %432 = icmp slt i64 %430, 13
  %433 = and i1 %431, %432
  %434 = icmp sgt i64 %430, 0
  %435 = select i1 %434, i64 %430, i64 0
  %436 = icmp slt i64 %435, 12
  %437 = select i1 %436, i64 %435, i64 12
  %438 = add i64 %425, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = select i1 %433, float %440, float 0.000000e+00
  %442 = mul i64 %i36, 3
  %443 = add i64 %442, %j42
  %444 = add i64 %31, 0
  %445 = mul i64 %444, 192
  %446 = add i64 %445, %c32
  %447 = mul i64 %446, 9
  %448 = add i64 %447, %443
  %449 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %448
  %450 = load float, float* %449, align 4
  %451 = load float, float* %9, align 4
  %452 = call float @llvm.fma.f32(float %450, float %441, float %451)
  store float %452, float* %9, align 4
  %453 = mul i64 %i36, 3
  %454 = add i64 %453, %j42
  %455 = add i64 %31, 1
  %456 = mul i64 %455, 192
  %457 = add i64 %456, %c32
  %458 = mul i64 %457, 9
  %459 = add i64 %458, %454
  %460 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %459
  %461 = load float, float* %460, align 4
  %462 = load float, float* %8, align 4
  %463 = call float @llvm.fma.f32(float %461, float %441, float %462)
  store float %463, float* %8, align 4
  %464 = mul i64 %i36, 3
  %465 = add i64 %464, %j42
  %466 = add i64 %31, 2
  %467 = mul i64 %466, 192
  %468 = add i64 %467, %c32
  %469 = mul i64 %468, 9
  %470 = add i64 %469, %465
  %471 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %470
  %472 = load float, float* %471, align 4
  %473 = load float, float* %7, align 4
  %474 = call float @llvm.fma.f32(float %472, float %441, float %473)
  store float %474, float* %7, align 4
  %475 = mul i64 %i36, 3
  %476 = add i64 %475, %j42
  %477 = add i64 %31, 3
  %478 = mul i64 %477, 192
  %479 = add i64 %478, %c32
  %480 = mul i64 %479, 9
  %481 = add i64 %480, %476
  %482 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.weight to float*), i64 %481
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
define internal void @node8.conv5.step0(i8* %0) #2 {
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
  %19 = add i64 832, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 832
  %23 = select i1 %22, i64 %21, i64 832
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 832
  %26 = select i1 %25, i64 %24, i64 832
  call void @node8.conv5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 6
  %10 = srem i64 %task, 6
  %11 = mul i64 %9, 169
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 6
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 6
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 3
  %22 = icmp slt i64 %21, 13
  %23 = select i1 %22, i64 %21, i64 13
  %24 = add i64 %18, 3
  %25 = icmp slt i64 %24, 13
  %26 = select i1 %25, i64 %24, i64 13
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
  %31 = mul i64 %r, 13
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
  %69 = icmp slt i64 %c, 6
  br i1 %69, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %70 = mul i64 %c, 2
  %71 = sub i64 %70, 0
  %72 = icmp sgt i64 %71, 0
  %73 = select i1 %72, i64 %71, i64 0
  %74 = add i64 %71, 3
  %75 = icmp slt i64 %74, 13
  %76 = select i1 %75, i64 %74, i64 13
  %77 = add i64 %71, 3
  %78 = icmp slt i64 %77, 13
  %79 = select i1 %78, i64 %77, i64 13
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
  %85 = mul i64 %r4, 13
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
define internal void @node9.maxPool2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 1536, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1536
  %23 = select i1 %22, i64 %21, i64 1536
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1536
  %26 = select i1 %25, i64 %24, i64 1536
  call void @node9.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.fc6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %12 = getelementptr inbounds float, float* bitcast ([16384 x i8]* @weight.fc6.bias to float*), i64 %task
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
  %19 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %51
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
  %63 = getelementptr inbounds float, float* bitcast ([150994944 x i8]* @weight.fc6.weight to float*), i64 %62
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
define internal void @node11.fc6.step0(i8* %0) #2 {
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
  call void @node11.fc6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.fc7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %12 = getelementptr inbounds float, float* bitcast ([16384 x i8]* @weight.fc7.bias to float*), i64 %task
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
  %19 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %51
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
  %63 = getelementptr inbounds float, float* bitcast ([67108864 x i8]* @weight.fc7.weight to float*), i64 %62
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
define internal void @node12.fc7.step0(i8* %0) #2 {
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
  call void @node12.fc7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.fc8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %12 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.fc8.bias to float*), i64 %task
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
  %19 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %51
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
  %63 = getelementptr inbounds float, float* bitcast ([16384000 x i8]* @weight.fc8.weight to float*), i64 %62
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
define internal void @node13.fc8.step0(i8* %0) #2 {
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
  call void @node13.fc8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.fc8.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

; Function Attrs: nounwind
define internal void @node14.fc8.softmax.step0(i8* %0) #2 {
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
  call void @node14.fc8.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @alexnet_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %fresh = call i8* @malloc(i64 2323263)
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
  call void @GOMP_parallel(void (i8*)* @node0.conv1.step0, i8* %23, i32 0, i32 0)
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
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
  call void @GOMP_parallel(void (i8*)* @node1.lrn_1.step0, i8* %30, i32 0, i32 0)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
  %33 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %31, i8** %33, align 8
  %34 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %36, align 8
  %37 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.maxPool2d_1.step0, i8* %37, i32 0, i32 0)
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %39 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %40 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %39, i8** %41, align 8
  %42 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %42, align 8
  %43 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %43, align 8
  %44 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.conv2.step0, i8* %44, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 746496
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
  call void @GOMP_parallel(void (i8*)* @node4.lrn_2.step0, i8* %51, i32 0, i32 0)
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 259584
  %53 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %54 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %53, i8** %55, align 8
  %56 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %56, align 8
  %57 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %57, align 8
  %58 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.maxPool2d_2.step0, i8* %58, i32 0, i32 0)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %60 = getelementptr inbounds i8, i8* %workspace7, i64 259584
  %61 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %60, i8** %62, align 8
  %63 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %63, align 8
  %64 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %64, align 8
  %65 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.conv3.step0, i8* %65, i32 0, i32 0)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 259584
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
  call void @GOMP_parallel(void (i8*)* @node7.conv4.step0, i8* %72, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %74 = getelementptr inbounds i8, i8* %workspace7, i64 259584
  %75 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %74, i8** %76, align 8
  %77 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %77, align 8
  %78 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %78, align 8
  %79 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.conv5.step0, i8* %79, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 173056
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
  call void @node9.maxPool2d_3.step0(i8* %86)
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %88 = getelementptr inbounds i8, i8* %workspace7, i64 173056
  %89 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %88, i8** %90, align 8
  %91 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %91, align 8
  %92 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %92, align 8
  %93 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node11.fc6.step0, i8* %93, i32 0, i32 0)
  %94 = getelementptr inbounds i8, i8* %workspace7, i64 16384
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
  call void @GOMP_parallel(void (i8*)* @node12.fc7.step0, i8* %100, i32 0, i32 0)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %102 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %102, align 8
  %103 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %101, i8** %103, align 8
  %104 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %104, align 8
  %105 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %105, align 8
  %106 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node13.fc8.step0, i8* %106, i32 0, i32 0)
  %107 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %107, align 8
  %108 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %108, align 8
  %109 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %109, align 8
  %110 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %110, align 8
  %111 = bitcast [4 x i8*]* %args to i8*
  call void @node14.fc8.softmax.step0(i8* %111)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @alexnet_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @alexnet_workspace_size() #5 {
entry:
  ret i64 2323263
}

; Function Attrs: nounwind
define i32 @alexnet_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @alexnet_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #5 = { nounwind }
