; alexnet: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'alexnet'
source_filename = "alexnet"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv1.packed = external constant [139392 x i8], align 64
@weight.conv1.bias = external constant [384 x i8], align 64
@weight.conv2.packed = external constant [1228800 x i8], align 64
@weight.conv2.bias = external constant [1024 x i8], align 64
@weight.conv3.packed = external constant [3538944 x i8], align 64
@weight.conv3.bias = external constant [1536 x i8], align 64
@weight.conv4.packed = external constant [2654208 x i8], align 64
@weight.conv4.bias = external constant [1536 x i8], align 64
@weight.conv5.packed = external constant [1769472 x i8], align 64
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
  br label %task.header

task.header:                                      ; preds = %xb.exit44, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit44 ]
  %27 = icmp slt i64 %task, %5
  br i1 %27, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %28 = srem i64 %task, 4
  %29 = sdiv i64 %task, 4
  %30 = srem i64 %29, 55
  %31 = sdiv i64 %task, 220
  %32 = srem i64 %31, 1
  %33 = sdiv i64 %31, 1
  %34 = mul i64 %32, 12
  %35 = mul i64 %28, 3
  %36 = add i64 %34, %35
  %37 = mul i64 %33, 3
  %38 = mul i64 %32, 3
  %39 = add i64 %37, %38
  %40 = mul i64 %39, 50176
  %41 = mul i64 %32, 12
  %42 = mul i64 %28, 3
  %43 = add i64 %41, %42
  %44 = mul i64 %43, 2904
  %45 = mul i64 %30, 4
  %46 = sub i64 %45, 2
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %u.exit ]
  %47 = icmp slt i64 %x, 53
  br i1 %47, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %48 = add i64 %36, 0
  %49 = mul i64 %48, 8
  %50 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  store <8 x float> %52, <8 x float>* %26, align 32
  store <8 x float> %52, <8 x float>* %25, align 32
  store <8 x float> %52, <8 x float>* %24, align 32
  store <8 x float> %52, <8 x float>* %23, align 32
  %53 = add i64 %36, 1
  %54 = mul i64 %53, 8
  %55 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %22, align 32
  store <8 x float> %57, <8 x float>* %21, align 32
  store <8 x float> %57, <8 x float>* %20, align 32
  store <8 x float> %57, <8 x float>* %19, align 32
  %58 = add i64 %36, 2
  %59 = mul i64 %58, 8
  %60 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  store <8 x float> %62, <8 x float>* %18, align 32
  store <8 x float> %62, <8 x float>* %17, align 32
  store <8 x float> %62, <8 x float>* %16, align 32
  store <8 x float> %62, <8 x float>* %15, align 32
  %63 = mul i64 %x, 4
  %64 = sub i64 %63, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %65 = add i64 %36, 0
  %66 = mul i64 %65, 8
  %67 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  store <8 x float> %69, <8 x float>* %14, align 32
  %70 = add i64 %36, 1
  %71 = mul i64 %70, 8
  %72 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = add i64 %36, 2
  %76 = mul i64 %75, 8
  %77 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  store <8 x float> %79, <8 x float>* %12, align 32
  br label %u.header4

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %80 = icmp slt i64 %u, 3
  br i1 %80, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %81 = mul i64 %u, 50176
  %82 = add i64 %40, %81
  %83 = mul i64 %u, 968
  %84 = add i64 %44, %83
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %85 = add i64 %x, 0
  %86 = mul i64 %33, 12
  %87 = add i64 %86, %36
  %88 = add i64 %87, 0
  %89 = mul i64 %88, 55
  %90 = add i64 %89, %30
  %91 = mul i64 %90, 55
  %92 = add i64 %91, %85
  %93 = mul i64 %92, 8
  %94 = load <8 x float>, <8 x float>* %26, align 32
  %95 = fcmp ogt <8 x float> %94, zeroinitializer
  %96 = select <8 x i1> %95, <8 x float> %94, <8 x float> zeroinitializer
  %97 = getelementptr inbounds float, float* %0, i64 %93
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %96, <8 x float>* %98, align 4
  %99 = add i64 %x, 1
  %100 = mul i64 %33, 12
  %101 = add i64 %100, %36
  %102 = add i64 %101, 0
  %103 = mul i64 %102, 55
  %104 = add i64 %103, %30
  %105 = mul i64 %104, 55
  %106 = add i64 %105, %99
  %107 = mul i64 %106, 8
  %108 = load <8 x float>, <8 x float>* %25, align 32
  %109 = fcmp ogt <8 x float> %108, zeroinitializer
  %110 = select <8 x i1> %109, <8 x float> %108, <8 x float> zeroinitializer
  %111 = getelementptr inbounds float, float* %0, i64 %107
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %110, <8 x float>* %112, align 4
  %113 = add i64 %x, 2
  %114 = mul i64 %33, 12
  %115 = add i64 %114, %36
  %116 = add i64 %115, 0
  %117 = mul i64 %116, 55
  %118 = add i64 %117, %30
  %119 = mul i64 %118, 55
  %120 = add i64 %119, %113
  %121 = mul i64 %120, 8
  %122 = load <8 x float>, <8 x float>* %24, align 32
  %123 = fcmp ogt <8 x float> %122, zeroinitializer
  %124 = select <8 x i1> %123, <8 x float> %122, <8 x float> zeroinitializer
  %125 = getelementptr inbounds float, float* %0, i64 %121
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = add i64 %x, 3
  %128 = mul i64 %33, 12
  %129 = add i64 %128, %36
  %130 = add i64 %129, 0
  %131 = mul i64 %130, 55
  %132 = add i64 %131, %30
  %133 = mul i64 %132, 55
  %134 = add i64 %133, %127
  %135 = mul i64 %134, 8
  %136 = load <8 x float>, <8 x float>* %23, align 32
  %137 = fcmp ogt <8 x float> %136, zeroinitializer
  %138 = select <8 x i1> %137, <8 x float> %136, <8 x float> zeroinitializer
  %139 = getelementptr inbounds float, float* %0, i64 %135
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %138, <8 x float>* %140, align 4
  %141 = add i64 %x, 0
  %142 = mul i64 %33, 12
  %143 = add i64 %142, %36
  %144 = add i64 %143, 1
  %145 = mul i64 %144, 55
  %146 = add i64 %145, %30
  %147 = mul i64 %146, 55
  %148 = add i64 %147, %141
  %149 = mul i64 %148, 8
  %150 = load <8 x float>, <8 x float>* %22, align 32
  %151 = fcmp ogt <8 x float> %150, zeroinitializer
  %152 = select <8 x i1> %151, <8 x float> %150, <8 x float> zeroinitializer
  %153 = getelementptr inbounds float, float* %0, i64 %149
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %152, <8 x float>* %154, align 4
  %155 = add i64 %x, 1
  %156 = mul i64 %33, 12
  %157 = add i64 %156, %36
  %158 = add i64 %157, 1
  %159 = mul i64 %158, 55
  %160 = add i64 %159, %30
  %161 = mul i64 %160, 55
  %162 = add i64 %161, %155
  %163 = mul i64 %162, 8
  %164 = load <8 x float>, <8 x float>* %21, align 32
  %165 = fcmp ogt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> %164, <8 x float> zeroinitializer
  %167 = getelementptr inbounds float, float* %0, i64 %163
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = add i64 %x, 2
  %170 = mul i64 %33, 12
  %171 = add i64 %170, %36
  %172 = add i64 %171, 1
  %173 = mul i64 %172, 55
  %174 = add i64 %173, %30
  %175 = mul i64 %174, 55
  %176 = add i64 %175, %169
  %177 = mul i64 %176, 8
  %178 = load <8 x float>, <8 x float>* %20, align 32
  %179 = fcmp ogt <8 x float> %178, zeroinitializer
  %180 = select <8 x i1> %179, <8 x float> %178, <8 x float> zeroinitializer
  %181 = getelementptr inbounds float, float* %0, i64 %177
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %180, <8 x float>* %182, align 4
  %183 = add i64 %x, 3
  %184 = mul i64 %33, 12
  %185 = add i64 %184, %36
  %186 = add i64 %185, 1
  %187 = mul i64 %186, 55
  %188 = add i64 %187, %30
  %189 = mul i64 %188, 55
  %190 = add i64 %189, %183
  %191 = mul i64 %190, 8
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = getelementptr inbounds float, float* %0, i64 %191
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %194, <8 x float>* %196, align 4
  %197 = add i64 %x, 0
  %198 = mul i64 %33, 12
  %199 = add i64 %198, %36
  %200 = add i64 %199, 2
  %201 = mul i64 %200, 55
  %202 = add i64 %201, %30
  %203 = mul i64 %202, 55
  %204 = add i64 %203, %197
  %205 = mul i64 %204, 8
  %206 = load <8 x float>, <8 x float>* %18, align 32
  %207 = fcmp ogt <8 x float> %206, zeroinitializer
  %208 = select <8 x i1> %207, <8 x float> %206, <8 x float> zeroinitializer
  %209 = getelementptr inbounds float, float* %0, i64 %205
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = add i64 %x, 1
  %212 = mul i64 %33, 12
  %213 = add i64 %212, %36
  %214 = add i64 %213, 2
  %215 = mul i64 %214, 55
  %216 = add i64 %215, %30
  %217 = mul i64 %216, 55
  %218 = add i64 %217, %211
  %219 = mul i64 %218, 8
  %220 = load <8 x float>, <8 x float>* %17, align 32
  %221 = fcmp ogt <8 x float> %220, zeroinitializer
  %222 = select <8 x i1> %221, <8 x float> %220, <8 x float> zeroinitializer
  %223 = getelementptr inbounds float, float* %0, i64 %219
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %222, <8 x float>* %224, align 4
  %225 = add i64 %x, 2
  %226 = mul i64 %33, 12
  %227 = add i64 %226, %36
  %228 = add i64 %227, 2
  %229 = mul i64 %228, 55
  %230 = add i64 %229, %30
  %231 = mul i64 %230, 55
  %232 = add i64 %231, %225
  %233 = mul i64 %232, 8
  %234 = load <8 x float>, <8 x float>* %16, align 32
  %235 = fcmp ogt <8 x float> %234, zeroinitializer
  %236 = select <8 x i1> %235, <8 x float> %234, <8 x float> zeroinitializer
  %237 = getelementptr inbounds float, float* %0, i64 %233
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %236, <8 x float>* %238, align 4
  %239 = add i64 %x, 3
  %240 = mul i64 %33, 12
  %241 = add i64 %240, %36
  %242 = add i64 %241, 2
  %243 = mul i64 %242, 55
  %244 = add i64 %243, %30
  %245 = mul i64 %244, 55
  %246 = add i64 %245, %239
  %247 = mul i64 %246, 8
  %248 = load <8 x float>, <8 x float>* %15, align 32
  %249 = fcmp ogt <8 x float> %248, zeroinitializer
  %250 = select <8 x i1> %249, <8 x float> %248, <8 x float> zeroinitializer
  %251 = getelementptr inbounds float, float* %0, i64 %247
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %x.next = add i64 %x, 4
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %253 = icmp slt i64 %kh, 11
  br i1 %253, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %254 = mul i64 %kh, 1
  %255 = add i64 %46, %254
  %256 = icmp sge i64 %255, 0
  %257 = icmp slt i64 %255, 224
  %258 = and i1 %256, %257
  br i1 %258, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %259 = mul i64 %255, 224
  %260 = add i64 %82, %259
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %261 = icmp slt i64 %kw, 11
  br i1 %261, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %262 = mul i64 %kw, 1
  %263 = add i64 %64, %262
  %264 = mul i64 %kh, 11
  %265 = add i64 %264, %kw
  %266 = mul i64 %265, 8
  %267 = add i64 %84, %266
  %268 = add i64 %267, 0
  %269 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %268
  %270 = bitcast float* %269 to <8 x float>*
  %271 = load <8 x float>, <8 x float>* %270, align 4
  %272 = add i64 %267, 2904
  %273 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = add i64 %267, 5808
  %277 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = add i64 %263, 0
  %281 = mul i64 %280, 1
  %282 = add i64 %281, 0
  %283 = add i64 %260, %282
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %26, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %271, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %26, align 32
  %289 = load <8 x float>, <8 x float>* %22, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %275, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %22, align 32
  %291 = load <8 x float>, <8 x float>* %18, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %279, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %18, align 32
  %293 = add i64 %263, 4
  %294 = mul i64 %293, 1
  %295 = add i64 %294, 0
  %296 = add i64 %260, %295
  %297 = getelementptr inbounds float, float* %1, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat1 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %25, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %271, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %25, align 32
  %302 = load <8 x float>, <8 x float>* %21, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %275, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %21, align 32
  %304 = load <8 x float>, <8 x float>* %17, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %279, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %17, align 32
  %306 = add i64 %263, 8
  %307 = mul i64 %306, 1
  %308 = add i64 %307, 0
  %309 = add i64 %260, %308
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat2 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %24, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %271, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %24, align 32
  %315 = load <8 x float>, <8 x float>* %20, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %275, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %20, align 32
  %317 = load <8 x float>, <8 x float>* %16, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %279, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %16, align 32
  %319 = add i64 %263, 12
  %320 = mul i64 %319, 1
  %321 = add i64 %320, 0
  %322 = add i64 %260, %321
  %323 = getelementptr inbounds float, float* %1, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat3 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %23, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %271, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %23, align 32
  %328 = load <8 x float>, <8 x float>* %19, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %275, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %19, align 32
  %330 = load <8 x float>, <8 x float>* %15, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %279, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %15, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header4:                                        ; preds = %kh.exit10, %x.exit
  %u7 = phi i64 [ 0, %x.exit ], [ %u.next21, %kh.exit10 ]
  %332 = icmp slt i64 %u7, 3
  br i1 %332, label %u.body5, label %u.exit6

u.body5:                                          ; preds = %u.header4
  %333 = mul i64 %u7, 50176
  %334 = add i64 %40, %333
  %335 = mul i64 %u7, 968
  %336 = add i64 %44, %335
  br label %kh.header8

u.exit6:                                          ; preds = %u.header4
  %337 = mul i64 %33, 12
  %338 = add i64 %337, %36
  %339 = add i64 %338, 0
  %340 = mul i64 %339, 55
  %341 = add i64 %340, %30
  %342 = mul i64 %341, 55
  %343 = add i64 %342, 53
  %344 = mul i64 %343, 8
  %345 = load <8 x float>, <8 x float>* %14, align 32
  %346 = fcmp ogt <8 x float> %345, zeroinitializer
  %347 = select <8 x i1> %346, <8 x float> %345, <8 x float> zeroinitializer
  %348 = getelementptr inbounds float, float* %0, i64 %344
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %347, <8 x float>* %349, align 4
  %350 = mul i64 %33, 12
  %351 = add i64 %350, %36
  %352 = add i64 %351, 1
  %353 = mul i64 %352, 55
  %354 = add i64 %353, %30
  %355 = mul i64 %354, 55
  %356 = add i64 %355, 53
  %357 = mul i64 %356, 8
  %358 = load <8 x float>, <8 x float>* %13, align 32
  %359 = fcmp ogt <8 x float> %358, zeroinitializer
  %360 = select <8 x i1> %359, <8 x float> %358, <8 x float> zeroinitializer
  %361 = getelementptr inbounds float, float* %0, i64 %357
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %360, <8 x float>* %362, align 4
  %363 = mul i64 %33, 12
  %364 = add i64 %363, %36
  %365 = add i64 %364, 2
  %366 = mul i64 %365, 55
  %367 = add i64 %366, %30
  %368 = mul i64 %367, 55
  %369 = add i64 %368, 53
  %370 = mul i64 %369, 8
  %371 = load <8 x float>, <8 x float>* %12, align 32
  %372 = fcmp ogt <8 x float> %371, zeroinitializer
  %373 = select <8 x i1> %372, <8 x float> %371, <8 x float> zeroinitializer
  %374 = getelementptr inbounds float, float* %0, i64 %370
  %375 = bitcast float* %374 to <8 x float>*
  store <8 x float> %373, <8 x float>* %375, align 4
  br label %xb.header

kh.header8:                                       ; preds = %endif13, %u.body5
  %kh11 = phi i64 [ 0, %u.body5 ], [ %kh.next20, %endif13 ]
  %376 = icmp slt i64 %kh11, 11
  br i1 %376, label %kh.body9, label %kh.exit10

kh.body9:                                         ; preds = %kh.header8
  %377 = mul i64 %kh11, 1
  %378 = add i64 %46, %377
  %379 = icmp sge i64 %378, 0
  %380 = icmp slt i64 %378, 224
  %381 = and i1 %379, %380
  br i1 %381, label %then12, label %endif13

kh.exit10:                                        ; preds = %kh.header8
  %u.next21 = add i64 %u7, 1
  br label %u.header4

then12:                                           ; preds = %kh.body9
  %382 = mul i64 %378, 224
  %383 = add i64 %334, %382
  br label %kw.header14

endif13:                                          ; preds = %kw.exit16, %kh.body9
  %kh.next20 = add i64 %kh11, 1
  br label %kh.header8

kw.header14:                                      ; preds = %kw.body15, %then12
  %kw17 = phi i64 [ 0, %then12 ], [ %kw.next19, %kw.body15 ]
  %384 = icmp slt i64 %kw17, 11
  br i1 %384, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %385 = mul i64 %kw17, 1
  %386 = add i64 210, %385
  %387 = mul i64 %kh11, 11
  %388 = add i64 %387, %kw17
  %389 = mul i64 %388, 8
  %390 = add i64 %336, %389
  %391 = add i64 %390, 0
  %392 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %390, 2904
  %396 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  %398 = load <8 x float>, <8 x float>* %397, align 4
  %399 = add i64 %390, 5808
  %400 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  %402 = load <8 x float>, <8 x float>* %401, align 4
  %403 = add i64 %386, 0
  %404 = mul i64 %403, 1
  %405 = add i64 %404, 0
  %406 = add i64 %383, %405
  %407 = getelementptr inbounds float, float* %1, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat18 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %14, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %394, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %14, align 32
  %412 = load <8 x float>, <8 x float>* %13, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %398, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %13, align 32
  %414 = load <8 x float>, <8 x float>* %12, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %402, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %12, align 32
  %kw.next19 = add i64 %kw17, 1
  br label %kw.header14

kw.exit16:                                        ; preds = %kw.header14
  br label %endif13

xb.header:                                        ; preds = %u.exit24, %u.exit6
  %xb = phi i64 [ 0, %u.exit6 ], [ %xb.next, %u.exit24 ]
  %416 = icmp slt i64 %xb, 1
  br i1 %416, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %417 = add i64 %36, 0
  %418 = mul i64 %417, 8
  %419 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  store <8 x float> %421, <8 x float>* %11, align 32
  %422 = add i64 %36, 1
  %423 = mul i64 %422, 8
  %424 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %423
  %425 = bitcast float* %424 to <8 x float>*
  %426 = load <8 x float>, <8 x float>* %425, align 4
  store <8 x float> %426, <8 x float>* %10, align 32
  %427 = add i64 %36, 2
  %428 = mul i64 %427, 8
  %429 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  %431 = load <8 x float>, <8 x float>* %430, align 4
  store <8 x float> %431, <8 x float>* %9, align 32
  %432 = mul i64 %xb, 4
  %433 = sub i64 %432, 2
  br label %u.header22

xb.exit:                                          ; preds = %xb.header
  br label %xb.header42

u.header22:                                       ; preds = %kh.exit28, %xb.body
  %u25 = phi i64 [ 0, %xb.body ], [ %u.next41, %kh.exit28 ]
  %434 = icmp slt i64 %u25, 3
  br i1 %434, label %u.body23, label %u.exit24

u.body23:                                         ; preds = %u.header22
  %435 = mul i64 %u25, 50176
  %436 = add i64 %40, %435
  %437 = mul i64 %u25, 968
  %438 = add i64 %44, %437
  br label %kh.header26

u.exit24:                                         ; preds = %u.header22
  %439 = add i64 %xb, 0
  %440 = mul i64 %33, 12
  %441 = add i64 %440, %36
  %442 = add i64 %441, 0
  %443 = mul i64 %442, 55
  %444 = add i64 %443, %30
  %445 = mul i64 %444, 55
  %446 = add i64 %445, %439
  %447 = mul i64 %446, 8
  %448 = load <8 x float>, <8 x float>* %11, align 32
  %449 = fcmp ogt <8 x float> %448, zeroinitializer
  %450 = select <8 x i1> %449, <8 x float> %448, <8 x float> zeroinitializer
  %451 = getelementptr inbounds float, float* %0, i64 %447
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %450, <8 x float>* %452, align 4
  %453 = add i64 %xb, 0
  %454 = mul i64 %33, 12
  %455 = add i64 %454, %36
  %456 = add i64 %455, 1
  %457 = mul i64 %456, 55
  %458 = add i64 %457, %30
  %459 = mul i64 %458, 55
  %460 = add i64 %459, %453
  %461 = mul i64 %460, 8
  %462 = load <8 x float>, <8 x float>* %10, align 32
  %463 = fcmp ogt <8 x float> %462, zeroinitializer
  %464 = select <8 x i1> %463, <8 x float> %462, <8 x float> zeroinitializer
  %465 = getelementptr inbounds float, float* %0, i64 %461
  %466 = bitcast float* %465 to <8 x float>*
  store <8 x float> %464, <8 x float>* %466, align 4
  %467 = add i64 %xb, 0
  %468 = mul i64 %33, 12
  %469 = add i64 %468, %36
  %470 = add i64 %469, 2
  %471 = mul i64 %470, 55
  %472 = add i64 %471, %30
  %473 = mul i64 %472, 55
  %474 = add i64 %473, %467
  %475 = mul i64 %474, 8
  %476 = load <8 x float>, <8 x float>* %9, align 32
  %477 = fcmp ogt <8 x float> %476, zeroinitializer
  %478 = select <8 x i1> %477, <8 x float> %476, <8 x float> zeroinitializer
  %479 = getelementptr inbounds float, float* %0, i64 %475
  %480 = bitcast float* %479 to <8 x float>*
  store <8 x float> %478, <8 x float>* %480, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header26:                                      ; preds = %endif31, %u.body23
  %kh29 = phi i64 [ 0, %u.body23 ], [ %kh.next40, %endif31 ]
  %481 = icmp slt i64 %kh29, 11
  br i1 %481, label %kh.body27, label %kh.exit28

kh.body27:                                        ; preds = %kh.header26
  %482 = mul i64 %kh29, 1
  %483 = add i64 %46, %482
  %484 = icmp sge i64 %483, 0
  %485 = icmp slt i64 %483, 224
  %486 = and i1 %484, %485
  br i1 %486, label %then30, label %endif31

kh.exit28:                                        ; preds = %kh.header26
  %u.next41 = add i64 %u25, 1
  br label %u.header22

then30:                                           ; preds = %kh.body27
  %487 = mul i64 %483, 224
  %488 = add i64 %436, %487
  br label %kw.header32

endif31:                                          ; preds = %kw.exit34, %kh.body27
  %kh.next40 = add i64 %kh29, 1
  br label %kh.header26

kw.header32:                                      ; preds = %endif37, %then30
  %kw35 = phi i64 [ 0, %then30 ], [ %kw.next39, %endif37 ]
  %489 = icmp slt i64 %kw35, 11
  br i1 %489, label %kw.body33, label %kw.exit34

kw.body33:                                        ; preds = %kw.header32
  %490 = mul i64 %kw35, 1
  %491 = add i64 %433, %490
  %492 = mul i64 %kh29, 11
  %493 = add i64 %492, %kw35
  %494 = mul i64 %493, 8
  %495 = add i64 %438, %494
  %496 = icmp sge i64 %491, 0
  %497 = icmp slt i64 %491, 224
  %498 = and i1 %496, %497
  br i1 %498, label %then36, label %endif37

kw.exit34:                                        ; preds = %kw.header32
  br label %endif31

then36:                                           ; preds = %kw.body33
  %499 = add i64 %495, 0
  %500 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  %502 = load <8 x float>, <8 x float>* %501, align 4
  %503 = add i64 %495, 2904
  %504 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %495, 5808
  %508 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  %510 = load <8 x float>, <8 x float>* %509, align 4
  %511 = add i64 %491, 0
  %512 = mul i64 %511, 1
  %513 = add i64 %512, 0
  %514 = add i64 %488, %513
  %515 = getelementptr inbounds float, float* %1, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat38 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %11, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %502, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %11, align 32
  %520 = load <8 x float>, <8 x float>* %10, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %506, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %10, align 32
  %522 = load <8 x float>, <8 x float>* %9, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %510, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %9, align 32
  br label %endif37

endif37:                                          ; preds = %then36, %kw.body33
  %kw.next39 = add i64 %kw35, 1
  br label %kw.header32

xb.header42:                                      ; preds = %u.exit48, %xb.exit
  %xb45 = phi i64 [ 54, %xb.exit ], [ %xb.next66, %u.exit48 ]
  %524 = icmp slt i64 %xb45, 55
  br i1 %524, label %xb.body43, label %xb.exit44

xb.body43:                                        ; preds = %xb.header42
  %525 = add i64 %36, 0
  %526 = mul i64 %525, 8
  %527 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %526
  %528 = bitcast float* %527 to <8 x float>*
  %529 = load <8 x float>, <8 x float>* %528, align 4
  store <8 x float> %529, <8 x float>* %8, align 32
  %530 = add i64 %36, 1
  %531 = mul i64 %530, 8
  %532 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  %534 = load <8 x float>, <8 x float>* %533, align 4
  store <8 x float> %534, <8 x float>* %7, align 32
  %535 = add i64 %36, 2
  %536 = mul i64 %535, 8
  %537 = getelementptr inbounds float, float* bitcast ([384 x i8]* @weight.conv1.bias to float*), i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  store <8 x float> %539, <8 x float>* %6, align 32
  %540 = mul i64 %xb45, 4
  %541 = sub i64 %540, 2
  br label %u.header46

xb.exit44:                                        ; preds = %xb.header42
  %task.next = add i64 %task, 1
  br label %task.header

u.header46:                                       ; preds = %kh.exit52, %xb.body43
  %u49 = phi i64 [ 0, %xb.body43 ], [ %u.next65, %kh.exit52 ]
  %542 = icmp slt i64 %u49, 3
  br i1 %542, label %u.body47, label %u.exit48

u.body47:                                         ; preds = %u.header46
  %543 = mul i64 %u49, 50176
  %544 = add i64 %40, %543
  %545 = mul i64 %u49, 968
  %546 = add i64 %44, %545
  br label %kh.header50

u.exit48:                                         ; preds = %u.header46
  %547 = add i64 %xb45, 0
  %548 = mul i64 %33, 12
  %549 = add i64 %548, %36
  %550 = add i64 %549, 0
  %551 = mul i64 %550, 55
  %552 = add i64 %551, %30
  %553 = mul i64 %552, 55
  %554 = add i64 %553, %547
  %555 = mul i64 %554, 8
  %556 = load <8 x float>, <8 x float>* %8, align 32
  %557 = fcmp ogt <8 x float> %556, zeroinitializer
  %558 = select <8 x i1> %557, <8 x float> %556, <8 x float> zeroinitializer
  %559 = getelementptr inbounds float, float* %0, i64 %555
  %560 = bitcast float* %559 to <8 x float>*
  store <8 x float> %558, <8 x float>* %560, align 4
  %561 = add i64 %xb45, 0
  %562 = mul i64 %33, 12
  %563 = add i64 %562, %36
  %564 = add i64 %563, 1
  %565 = mul i64 %564, 55
  %566 = add i64 %565, %30
  %567 = mul i64 %566, 55
  %568 = add i64 %567, %561
  %569 = mul i64 %568, 8
  %570 = load <8 x float>, <8 x float>* %7, align 32
  %571 = fcmp ogt <8 x float> %570, zeroinitializer
  %572 = select <8 x i1> %571, <8 x float> %570, <8 x float> zeroinitializer
  %573 = getelementptr inbounds float, float* %0, i64 %569
  %574 = bitcast float* %573 to <8 x float>*
  store <8 x float> %572, <8 x float>* %574, align 4
  %575 = add i64 %xb45, 0
  %576 = mul i64 %33, 12
  %577 = add i64 %576, %36
  %578 = add i64 %577, 2
  %579 = mul i64 %578, 55
  %580 = add i64 %579, %30
  %581 = mul i64 %580, 55
  %582 = add i64 %581, %575
  %583 = mul i64 %582, 8
  %584 = load <8 x float>, <8 x float>* %6, align 32
  %585 = fcmp ogt <8 x float> %584, zeroinitializer
  %586 = select <8 x i1> %585, <8 x float> %584, <8 x float> zeroinitializer
  %587 = getelementptr inbounds float, float* %0, i64 %583
  %588 = bitcast float* %587 to <8 x float>*
  store <8 x float> %586, <8 x float>* %588, align 4
  %xb.next66 = add i64 %xb45, 1
  br label %xb.header42

kh.header50:                                      ; preds = %endif55, %u.body47
  %kh53 = phi i64 [ 0, %u.body47 ], [ %kh.next64, %endif55 ]
  %589 = icmp slt i64 %kh53, 11
  br i1 %589, label %kh.body51, label %kh.exit52

kh.body51:                                        ; preds = %kh.header50
  %590 = mul i64 %kh53, 1
  %591 = add i64 %46, %590
  %592 = icmp sge i64 %591, 0
  %593 = icmp slt i64 %591, 224
  %594 = and i1 %592, %593
  br i1 %594, label %then54, label %endif55

kh.exit52:                                        ; preds = %kh.header50
  %u.next65 = add i64 %u49, 1
  br label %u.header46

then54:                                           ; preds = %kh.body51
  %595 = mul i64 %591, 224
  %596 = add i64 %544, %595
  br label %kw.header56

endif55:                                          ; preds = %kw.exit58, %kh.body51
  %kh.next64 = add i64 %kh53, 1
  br label %kh.header50

kw.header56:                                      ; preds = %endif61, %then54
  %kw59 = phi i64 [ 0, %then54 ], [ %kw.next63, %endif61 ]
  %597 = icmp slt i64 %kw59, 11
  br i1 %597, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %598 = mul i64 %kw59, 1
  %599 = add i64 %541, %598
  %600 = mul i64 %kh53, 11
  %601 = add i64 %600, %kw59
  %602 = mul i64 %601, 8
  %603 = add i64 %546, %602
  %604 = icmp sge i64 %599, 0
  %605 = icmp slt i64 %599, 224
  %606 = and i1 %604, %605
  br i1 %606, label %then60, label %endif61

kw.exit58:                                        ; preds = %kw.header56
  br label %endif55

then60:                                           ; preds = %kw.body57
  %607 = add i64 %603, 0
  %608 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = add i64 %603, 2904
  %612 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %611
  %613 = bitcast float* %612 to <8 x float>*
  %614 = load <8 x float>, <8 x float>* %613, align 4
  %615 = add i64 %603, 5808
  %616 = getelementptr inbounds float, float* bitcast ([139392 x i8]* @weight.conv1.packed to float*), i64 %615
  %617 = bitcast float* %616 to <8 x float>*
  %618 = load <8 x float>, <8 x float>* %617, align 4
  %619 = add i64 %599, 0
  %620 = mul i64 %619, 1
  %621 = add i64 %620, 0
  %622 = add i64 %596, %621
  %623 = getelementptr inbounds float, float* %1, i64 %622
  %624 = load float, float* %623, align 4
  %625 = insertelement <8 x float> undef, float %624, i32 0
  %splat62 = shufflevector <8 x float> %625, <8 x float> undef, <8 x i32> zeroinitializer
  %626 = load <8 x float>, <8 x float>* %8, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %610, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %8, align 32
  %628 = load <8 x float>, <8 x float>* %7, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %614, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %7, align 32
  %630 = load <8 x float>, <8 x float>* %6, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %618, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %6, align 32
  br label %endif61

endif61:                                          ; preds = %then60, %kw.body57
  %kw.next63 = add i64 %kw59, 1
  br label %kw.header56
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

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
  %19 = add i64 220, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 220
  %23 = select i1 %22, i64 %21, i64 220
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 220
  %26 = select i1 %25, i64 %24, i64 220
  call void @node0.conv1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %w.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %w.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 55
  %8 = sdiv i64 %task, 55
  %9 = mul i64 %task, 440
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 55
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 3025
  %14 = mul i64 %7, 55
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
  %25 = mul i64 %24, 3025
  %26 = mul i64 %7, 55
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
  %37 = mul i64 %36, 3025
  %38 = mul i64 %7, 55
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
  %49 = mul i64 %48, 3025
  %50 = mul i64 %7, 55
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
  %61 = mul i64 %60, 3025
  %62 = mul i64 %7, 55
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
  %73 = mul i64 %72, 3025
  %74 = mul i64 %7, 55
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
  %85 = mul i64 %84, 3025
  %86 = mul i64 %7, 55
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
  %97 = mul i64 %96, 3025
  %98 = mul i64 %7, 55
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
define internal void @node1.conv1.nchw.step0(i8* %0) #2 {
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
  %19 = add i64 660, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 660
  %23 = select i1 %22, i64 %21, i64 660
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 660
  %26 = select i1 %25, i64 %24, i64 660
  call void @node1.conv1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.lrn_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #1

; Function Attrs: nounwind
define internal void @node2.lrn_1.step0(i8* %0) #2 {
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
  call void @node2.lrn_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %19 = add i64 2592, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2592
  %23 = select i1 %22, i64 %21, i64 2592
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2592
  %26 = select i1 %25, i64 %24, i64 2592
  call void @node3.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.maxPool2d_1.nchw8c.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %w.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %w.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 27
  %8 = sdiv i64 %task, 27
  %9 = mul i64 %task, 216
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 27
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 729
  %14 = mul i64 %7, 27
  %15 = add i64 %14, %w
  %16 = add i64 %13, %15
  %17 = mul i64 %w, 8
  %18 = add i64 %17, 0
  %19 = add i64 %9, %18
  %20 = getelementptr inbounds float, float* %1, i64 %16
  %21 = load float, float* %20, align 4
  %22 = getelementptr inbounds float, float* %0, i64 %19
  store float %21, float* %22, align 4
  %23 = mul i64 %8, 8
  %24 = add i64 %23, 1
  %25 = mul i64 %24, 729
  %26 = mul i64 %7, 27
  %27 = add i64 %26, %w
  %28 = add i64 %25, %27
  %29 = mul i64 %w, 8
  %30 = add i64 %29, 1
  %31 = add i64 %9, %30
  %32 = getelementptr inbounds float, float* %1, i64 %28
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %0, i64 %31
  store float %33, float* %34, align 4
  %35 = mul i64 %8, 8
  %36 = add i64 %35, 2
  %37 = mul i64 %36, 729
  %38 = mul i64 %7, 27
  %39 = add i64 %38, %w
  %40 = add i64 %37, %39
  %41 = mul i64 %w, 8
  %42 = add i64 %41, 2
  %43 = add i64 %9, %42
  %44 = getelementptr inbounds float, float* %1, i64 %40
  %45 = load float, float* %44, align 4
  %46 = getelementptr inbounds float, float* %0, i64 %43
  store float %45, float* %46, align 4
  %47 = mul i64 %8, 8
  %48 = add i64 %47, 3
  %49 = mul i64 %48, 729
  %50 = mul i64 %7, 27
  %51 = add i64 %50, %w
  %52 = add i64 %49, %51
  %53 = mul i64 %w, 8
  %54 = add i64 %53, 3
  %55 = add i64 %9, %54
  %56 = getelementptr inbounds float, float* %1, i64 %52
  %57 = load float, float* %56, align 4
  %58 = getelementptr inbounds float, float* %0, i64 %55
  store float %57, float* %58, align 4
  %59 = mul i64 %8, 8
  %60 = add i64 %59, 4
  %61 = mul i64 %60, 729
  %62 = mul i64 %7, 27
  %63 = add i64 %62, %w
  %64 = add i64 %61, %63
  %65 = mul i64 %w, 8
  %66 = add i64 %65, 4
  %67 = add i64 %9, %66
  %68 = getelementptr inbounds float, float* %1, i64 %64
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %0, i64 %67
  store float %69, float* %70, align 4
  %71 = mul i64 %8, 8
  %72 = add i64 %71, 5
  %73 = mul i64 %72, 729
  %74 = mul i64 %7, 27
  %75 = add i64 %74, %w
  %76 = add i64 %73, %75
  %77 = mul i64 %w, 8
  %78 = add i64 %77, 5
  %79 = add i64 %9, %78
  %80 = getelementptr inbounds float, float* %1, i64 %76
  %81 = load float, float* %80, align 4
  %82 = getelementptr inbounds float, float* %0, i64 %79
  store float %81, float* %82, align 4
  %83 = mul i64 %8, 8
  %84 = add i64 %83, 6
  %85 = mul i64 %84, 729
  %86 = mul i64 %7, 27
  %87 = add i64 %86, %w
  %88 = add i64 %85, %87
  %89 = mul i64 %w, 8
  %90 = add i64 %89, 6
  %91 = add i64 %9, %90
  %92 = getelementptr inbounds float, float* %1, i64 %88
  %93 = load float, float* %92, align 4
  %94 = getelementptr inbounds float, float* %0, i64 %91
  store float %93, float* %94, align 4
  %95 = mul i64 %8, 8
  %96 = add i64 %95, 7
  %97 = mul i64 %96, 729
  %98 = mul i64 %7, 27
  %99 = add i64 %98, %w
  %100 = add i64 %97, %99
  %101 = mul i64 %w, 8
  %102 = add i64 %101, 7
  %103 = add i64 %9, %102
  %104 = getelementptr inbounds float, float* %1, i64 %100
  %105 = load float, float* %104, align 4
  %106 = getelementptr inbounds float, float* %0, i64 %103
  store float %105, float* %106, align 4
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node4.maxPool2d_1.nchw8c.step0(i8* %0) #2 {
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
  call void @node4.maxPool2d_1.nchw8c.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xb.exit134, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit134 ]
  %32 = icmp slt i64 %task, %5
  br i1 %32, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %33 = srem i64 %task, 8
  %34 = sdiv i64 %task, 8
  %35 = srem i64 %34, 27
  %36 = sdiv i64 %task, 216
  %37 = srem i64 %36, 2
  %38 = sdiv i64 %36, 2
  %39 = mul i64 %37, 16
  %40 = mul i64 %33, 2
  %41 = add i64 %39, %40
  %42 = mul i64 %38, 12
  %43 = mul i64 %37, 6
  %44 = add i64 %42, %43
  %45 = mul i64 %44, 5832
  %46 = mul i64 %37, 16
  %47 = mul i64 %33, 2
  %48 = add i64 %46, %47
  %49 = mul i64 %48, 9600
  %50 = mul i64 %35, 1
  %51 = sub i64 %50, 2
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 2, %task.body ], [ %x.next, %u.exit ]
  %52 = icmp slt i64 %x, 20
  br i1 %52, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %53 = add i64 %41, 0
  %54 = mul i64 %53, 8
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  store <8 x float> %57, <8 x float>* %31, align 32
  store <8 x float> %57, <8 x float>* %30, align 32
  store <8 x float> %57, <8 x float>* %29, align 32
  store <8 x float> %57, <8 x float>* %28, align 32
  store <8 x float> %57, <8 x float>* %27, align 32
  store <8 x float> %57, <8 x float>* %26, align 32
  %58 = add i64 %41, 1
  %59 = mul i64 %58, 8
  %60 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  store <8 x float> %62, <8 x float>* %25, align 32
  store <8 x float> %62, <8 x float>* %24, align 32
  store <8 x float> %62, <8 x float>* %23, align 32
  store <8 x float> %62, <8 x float>* %22, align 32
  store <8 x float> %62, <8 x float>* %21, align 32
  store <8 x float> %62, <8 x float>* %20, align 32
  %63 = mul i64 %x, 1
  %64 = sub i64 %63, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %65 = add i64 %41, 0
  %66 = mul i64 %65, 8
  %67 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  store <8 x float> %69, <8 x float>* %19, align 32
  store <8 x float> %69, <8 x float>* %18, align 32
  store <8 x float> %69, <8 x float>* %17, align 32
  store <8 x float> %69, <8 x float>* %16, align 32
  store <8 x float> %69, <8 x float>* %15, align 32
  %70 = add i64 %41, 1
  %71 = mul i64 %70, 8
  %72 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  store <8 x float> %74, <8 x float>* %14, align 32
  store <8 x float> %74, <8 x float>* %13, align 32
  store <8 x float> %74, <8 x float>* %12, align 32
  store <8 x float> %74, <8 x float>* %11, align 32
  store <8 x float> %74, <8 x float>* %10, align 32
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %75 = icmp slt i64 %u, 6
  br i1 %75, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %76 = mul i64 %u, 5832
  %77 = add i64 %45, %76
  %78 = mul i64 %u, 1600
  %79 = add i64 %49, %78
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %80 = add i64 %x, 0
  %81 = mul i64 %38, 32
  %82 = add i64 %81, %41
  %83 = add i64 %82, 0
  %84 = mul i64 %83, 27
  %85 = add i64 %84, %35
  %86 = mul i64 %85, 27
  %87 = add i64 %86, %80
  %88 = mul i64 %87, 8
  %89 = load <8 x float>, <8 x float>* %31, align 32
  %90 = fcmp ogt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> %89, <8 x float> zeroinitializer
  %92 = getelementptr inbounds float, float* %0, i64 %88
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %91, <8 x float>* %93, align 4
  %94 = add i64 %x, 1
  %95 = mul i64 %38, 32
  %96 = add i64 %95, %41
  %97 = add i64 %96, 0
  %98 = mul i64 %97, 27
  %99 = add i64 %98, %35
  %100 = mul i64 %99, 27
  %101 = add i64 %100, %94
  %102 = mul i64 %101, 8
  %103 = load <8 x float>, <8 x float>* %30, align 32
  %104 = fcmp ogt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> %103, <8 x float> zeroinitializer
  %106 = getelementptr inbounds float, float* %0, i64 %102
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = add i64 %x, 2
  %109 = mul i64 %38, 32
  %110 = add i64 %109, %41
  %111 = add i64 %110, 0
  %112 = mul i64 %111, 27
  %113 = add i64 %112, %35
  %114 = mul i64 %113, 27
  %115 = add i64 %114, %108
  %116 = mul i64 %115, 8
  %117 = load <8 x float>, <8 x float>* %29, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = getelementptr inbounds float, float* %0, i64 %116
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %119, <8 x float>* %121, align 4
  %122 = add i64 %x, 3
  %123 = mul i64 %38, 32
  %124 = add i64 %123, %41
  %125 = add i64 %124, 0
  %126 = mul i64 %125, 27
  %127 = add i64 %126, %35
  %128 = mul i64 %127, 27
  %129 = add i64 %128, %122
  %130 = mul i64 %129, 8
  %131 = load <8 x float>, <8 x float>* %28, align 32
  %132 = fcmp ogt <8 x float> %131, zeroinitializer
  %133 = select <8 x i1> %132, <8 x float> %131, <8 x float> zeroinitializer
  %134 = getelementptr inbounds float, float* %0, i64 %130
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %133, <8 x float>* %135, align 4
  %136 = add i64 %x, 4
  %137 = mul i64 %38, 32
  %138 = add i64 %137, %41
  %139 = add i64 %138, 0
  %140 = mul i64 %139, 27
  %141 = add i64 %140, %35
  %142 = mul i64 %141, 27
  %143 = add i64 %142, %136
  %144 = mul i64 %143, 8
  %145 = load <8 x float>, <8 x float>* %27, align 32
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = getelementptr inbounds float, float* %0, i64 %144
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %147, <8 x float>* %149, align 4
  %150 = add i64 %x, 5
  %151 = mul i64 %38, 32
  %152 = add i64 %151, %41
  %153 = add i64 %152, 0
  %154 = mul i64 %153, 27
  %155 = add i64 %154, %35
  %156 = mul i64 %155, 27
  %157 = add i64 %156, %150
  %158 = mul i64 %157, 8
  %159 = load <8 x float>, <8 x float>* %26, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = getelementptr inbounds float, float* %0, i64 %158
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = add i64 %x, 0
  %165 = mul i64 %38, 32
  %166 = add i64 %165, %41
  %167 = add i64 %166, 1
  %168 = mul i64 %167, 27
  %169 = add i64 %168, %35
  %170 = mul i64 %169, 27
  %171 = add i64 %170, %164
  %172 = mul i64 %171, 8
  %173 = load <8 x float>, <8 x float>* %25, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = getelementptr inbounds float, float* %0, i64 %172
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %175, <8 x float>* %177, align 4
  %178 = add i64 %x, 1
  %179 = mul i64 %38, 32
  %180 = add i64 %179, %41
  %181 = add i64 %180, 1
  %182 = mul i64 %181, 27
  %183 = add i64 %182, %35
  %184 = mul i64 %183, 27
  %185 = add i64 %184, %178
  %186 = mul i64 %185, 8
  %187 = load <8 x float>, <8 x float>* %24, align 32
  %188 = fcmp ogt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> %187, <8 x float> zeroinitializer
  %190 = getelementptr inbounds float, float* %0, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  %192 = add i64 %x, 2
  %193 = mul i64 %38, 32
  %194 = add i64 %193, %41
  %195 = add i64 %194, 1
  %196 = mul i64 %195, 27
  %197 = add i64 %196, %35
  %198 = mul i64 %197, 27
  %199 = add i64 %198, %192
  %200 = mul i64 %199, 8
  %201 = load <8 x float>, <8 x float>* %23, align 32
  %202 = fcmp ogt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> %201, <8 x float> zeroinitializer
  %204 = getelementptr inbounds float, float* %0, i64 %200
  %205 = bitcast float* %204 to <8 x float>*
  store <8 x float> %203, <8 x float>* %205, align 4
  %206 = add i64 %x, 3
  %207 = mul i64 %38, 32
  %208 = add i64 %207, %41
  %209 = add i64 %208, 1
  %210 = mul i64 %209, 27
  %211 = add i64 %210, %35
  %212 = mul i64 %211, 27
  %213 = add i64 %212, %206
  %214 = mul i64 %213, 8
  %215 = load <8 x float>, <8 x float>* %22, align 32
  %216 = fcmp ogt <8 x float> %215, zeroinitializer
  %217 = select <8 x i1> %216, <8 x float> %215, <8 x float> zeroinitializer
  %218 = getelementptr inbounds float, float* %0, i64 %214
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %217, <8 x float>* %219, align 4
  %220 = add i64 %x, 4
  %221 = mul i64 %38, 32
  %222 = add i64 %221, %41
  %223 = add i64 %222, 1
  %224 = mul i64 %223, 27
  %225 = add i64 %224, %35
  %226 = mul i64 %225, 27
  %227 = add i64 %226, %220
  %228 = mul i64 %227, 8
  %229 = load <8 x float>, <8 x float>* %21, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = getelementptr inbounds float, float* %0, i64 %228
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %231, <8 x float>* %233, align 4
  %234 = add i64 %x, 5
  %235 = mul i64 %38, 32
  %236 = add i64 %235, %41
  %237 = add i64 %236, 1
  %238 = mul i64 %237, 27
  %239 = add i64 %238, %35
  %240 = mul i64 %239, 27
  %241 = add i64 %240, %234
  %242 = mul i64 %241, 8
  %243 = load <8 x float>, <8 x float>* %20, align 32
  %244 = fcmp ogt <8 x float> %243, zeroinitializer
  %245 = select <8 x i1> %244, <8 x float> %243, <8 x float> zeroinitializer
  %246 = getelementptr inbounds float, float* %0, i64 %242
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %245, <8 x float>* %247, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %248 = icmp slt i64 %kh, 5
  br i1 %248, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %249 = mul i64 %kh, 1
  %250 = add i64 %51, %249
  %251 = icmp sge i64 %250, 0
  %252 = icmp slt i64 %250, 27
  %253 = and i1 %251, %252
  br i1 %253, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %254 = mul i64 %250, 216
  %255 = add i64 %77, %254
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %256 = icmp slt i64 %kw, 5
  br i1 %256, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %257 = mul i64 %kw, 1
  %258 = add i64 %64, %257
  %259 = mul i64 %kh, 5
  %260 = add i64 %259, %kw
  %261 = mul i64 %260, 64
  %262 = add i64 %79, %261
  %263 = add i64 %262, 0
  %264 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = add i64 %262, 9600
  %268 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = add i64 %258, 0
  %272 = mul i64 %271, 8
  %273 = add i64 %272, 0
  %274 = add i64 %255, %273
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %31, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %266, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %31, align 32
  %280 = load <8 x float>, <8 x float>* %25, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %270, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %25, align 32
  %282 = add i64 %258, 1
  %283 = mul i64 %282, 8
  %284 = add i64 %283, 0
  %285 = add i64 %255, %284
  %286 = getelementptr inbounds float, float* %1, i64 %285
  %287 = load float, float* %286, align 4
  %288 = insertelement <8 x float> undef, float %287, i32 0
  %splat1 = shufflevector <8 x float> %288, <8 x float> undef, <8 x i32> zeroinitializer
  %289 = load <8 x float>, <8 x float>* %30, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %266, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %30, align 32
  %291 = load <8 x float>, <8 x float>* %24, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %270, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %24, align 32
  %293 = add i64 %258, 2
  %294 = mul i64 %293, 8
  %295 = add i64 %294, 0
  %296 = add i64 %255, %295
  %297 = getelementptr inbounds float, float* %1, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat2 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %29, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %266, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %29, align 32
  %302 = load <8 x float>, <8 x float>* %23, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %270, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %23, align 32
  %304 = add i64 %258, 3
  %305 = mul i64 %304, 8
  %306 = add i64 %305, 0
  %307 = add i64 %255, %306
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat3 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %28, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %266, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %28, align 32
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %270, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %22, align 32
  %315 = add i64 %258, 4
  %316 = mul i64 %315, 8
  %317 = add i64 %316, 0
  %318 = add i64 %255, %317
  %319 = getelementptr inbounds float, float* %1, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat4 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %27, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %266, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %27, align 32
  %324 = load <8 x float>, <8 x float>* %21, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %270, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %21, align 32
  %326 = add i64 %258, 5
  %327 = mul i64 %326, 8
  %328 = add i64 %327, 0
  %329 = add i64 %255, %328
  %330 = getelementptr inbounds float, float* %1, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat5 = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %26, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %266, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %26, align 32
  %335 = load <8 x float>, <8 x float>* %20, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %270, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %20, align 32
  %337 = add i64 %262, 8
  %338 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  %340 = load <8 x float>, <8 x float>* %339, align 4
  %341 = add i64 %262, 9608
  %342 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = add i64 %258, 0
  %346 = mul i64 %345, 8
  %347 = add i64 %346, 1
  %348 = add i64 %255, %347
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat6 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %31, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %340, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %31, align 32
  %354 = load <8 x float>, <8 x float>* %25, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %344, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %25, align 32
  %356 = add i64 %258, 1
  %357 = mul i64 %356, 8
  %358 = add i64 %357, 1
  %359 = add i64 %255, %358
  %360 = getelementptr inbounds float, float* %1, i64 %359
  %361 = load float, float* %360, align 4
  %362 = insertelement <8 x float> undef, float %361, i32 0
  %splat7 = shufflevector <8 x float> %362, <8 x float> undef, <8 x i32> zeroinitializer
  %363 = load <8 x float>, <8 x float>* %30, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %340, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %30, align 32
  %365 = load <8 x float>, <8 x float>* %24, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %344, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %24, align 32
  %367 = add i64 %258, 2
  %368 = mul i64 %367, 8
  %369 = add i64 %368, 1
  %370 = add i64 %255, %369
  %371 = getelementptr inbounds float, float* %1, i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat8 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %29, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %340, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %29, align 32
  %376 = load <8 x float>, <8 x float>* %23, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %344, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %23, align 32
  %378 = add i64 %258, 3
  %379 = mul i64 %378, 8
  %380 = add i64 %379, 1
  %381 = add i64 %255, %380
  %382 = getelementptr inbounds float, float* %1, i64 %381
  %383 = load float, float* %382, align 4
  %384 = insertelement <8 x float> undef, float %383, i32 0
  %splat9 = shufflevector <8 x float> %384, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %28, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %340, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %28, align 32
  %387 = load <8 x float>, <8 x float>* %22, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %344, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %22, align 32
  %389 = add i64 %258, 4
  %390 = mul i64 %389, 8
  %391 = add i64 %390, 1
  %392 = add i64 %255, %391
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat10 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %27, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %340, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %27, align 32
  %398 = load <8 x float>, <8 x float>* %21, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %344, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %21, align 32
  %400 = add i64 %258, 5
  %401 = mul i64 %400, 8
  %402 = add i64 %401, 1
  %403 = add i64 %255, %402
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat11 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %26, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %340, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %26, align 32
  %409 = load <8 x float>, <8 x float>* %20, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %344, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %20, align 32
  %411 = add i64 %262, 16
  %412 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %411
  %413 = bitcast float* %412 to <8 x float>*
  %414 = load <8 x float>, <8 x float>* %413, align 4
  %415 = add i64 %262, 9616
  %416 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %415
  %417 = bitcast float* %416 to <8 x float>*
  %418 = load <8 x float>, <8 x float>* %417, align 4
  %419 = add i64 %258, 0
  %420 = mul i64 %419, 8
  %421 = add i64 %420, 2
  %422 = add i64 %255, %421
  %423 = getelementptr inbounds float, float* %1, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat12 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %31, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %414, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %31, align 32
  %428 = load <8 x float>, <8 x float>* %25, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %418, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %25, align 32
  %430 = add i64 %258, 1
  %431 = mul i64 %430, 8
  %432 = add i64 %431, 2
  %433 = add i64 %255, %432
  %434 = getelementptr inbounds float, float* %1, i64 %433
  %435 = load float, float* %434, align 4
  %436 = insertelement <8 x float> undef, float %435, i32 0
  %splat13 = shufflevector <8 x float> %436, <8 x float> undef, <8 x i32> zeroinitializer
  %437 = load <8 x float>, <8 x float>* %30, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %414, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %30, align 32
  %439 = load <8 x float>, <8 x float>* %24, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %418, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %24, align 32
  %441 = add i64 %258, 2
  %442 = mul i64 %441, 8
  %443 = add i64 %442, 2
  %444 = add i64 %255, %443
  %445 = getelementptr inbounds float, float* %1, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat14 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %29, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %414, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %29, align 32
  %450 = load <8 x float>, <8 x float>* %23, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %418, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %23, align 32
  %452 = add i64 %258, 3
  %453 = mul i64 %452, 8
  %454 = add i64 %453, 2
  %455 = add i64 %255, %454
  %456 = getelementptr inbounds float, float* %1, i64 %455
  %457 = load float, float* %456, align 4
  %458 = insertelement <8 x float> undef, float %457, i32 0
  %splat15 = shufflevector <8 x float> %458, <8 x float> undef, <8 x i32> zeroinitializer
  %459 = load <8 x float>, <8 x float>* %28, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %414, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %28, align 32
  %461 = load <8 x float>, <8 x float>* %22, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %418, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %22, align 32
  %463 = add i64 %258, 4
  %464 = mul i64 %463, 8
  %465 = add i64 %464, 2
  %466 = add i64 %255, %465
  %467 = getelementptr inbounds float, float* %1, i64 %466
  %468 = load float, float* %467, align 4
  %469 = insertelement <8 x float> undef, float %468, i32 0
  %splat16 = shufflevector <8 x float> %469, <8 x float> undef, <8 x i32> zeroinitializer
  %470 = load <8 x float>, <8 x float>* %27, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %414, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %27, align 32
  %472 = load <8 x float>, <8 x float>* %21, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %418, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %21, align 32
  %474 = add i64 %258, 5
  %475 = mul i64 %474, 8
  %476 = add i64 %475, 2
  %477 = add i64 %255, %476
  %478 = getelementptr inbounds float, float* %1, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat17 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %26, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %414, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %26, align 32
  %483 = load <8 x float>, <8 x float>* %20, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %418, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %20, align 32
  %485 = add i64 %262, 24
  %486 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %485
  %487 = bitcast float* %486 to <8 x float>*
  %488 = load <8 x float>, <8 x float>* %487, align 4
  %489 = add i64 %262, 9624
  %490 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %489
  %491 = bitcast float* %490 to <8 x float>*
  %492 = load <8 x float>, <8 x float>* %491, align 4
  %493 = add i64 %258, 0
  %494 = mul i64 %493, 8
  %495 = add i64 %494, 3
  %496 = add i64 %255, %495
  %497 = getelementptr inbounds float, float* %1, i64 %496
  %498 = load float, float* %497, align 4
  %499 = insertelement <8 x float> undef, float %498, i32 0
  %splat18 = shufflevector <8 x float> %499, <8 x float> undef, <8 x i32> zeroinitializer
  %500 = load <8 x float>, <8 x float>* %31, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %488, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %31, align 32
  %502 = load <8 x float>, <8 x float>* %25, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %492, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %25, align 32
  %504 = add i64 %258, 1
  %505 = mul i64 %504, 8
  %506 = add i64 %505, 3
  %507 = add i64 %255, %506
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat19 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %30, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %488, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %30, align 32
  %513 = load <8 x float>, <8 x float>* %24, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %492, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %24, align 32
  %515 = add i64 %258, 2
  %516 = mul i64 %515, 8
  %517 = add i64 %516, 3
  %518 = add i64 %255, %517
  %519 = getelementptr inbounds float, float* %1, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat20 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %29, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %488, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %29, align 32
  %524 = load <8 x float>, <8 x float>* %23, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %492, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %23, align 32
  %526 = add i64 %258, 3
  %527 = mul i64 %526, 8
  %528 = add i64 %527, 3
  %529 = add i64 %255, %528
  %530 = getelementptr inbounds float, float* %1, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat21 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %28, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %488, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %28, align 32
  %535 = load <8 x float>, <8 x float>* %22, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %492, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %22, align 32
  %537 = add i64 %258, 4
  %538 = mul i64 %537, 8
  %539 = add i64 %538, 3
  %540 = add i64 %255, %539
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat22 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %27, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %488, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %27, align 32
  %546 = load <8 x float>, <8 x float>* %21, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %492, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %21, align 32
  %548 = add i64 %258, 5
  %549 = mul i64 %548, 8
  %550 = add i64 %549, 3
  %551 = add i64 %255, %550
  %552 = getelementptr inbounds float, float* %1, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat23 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %26, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %488, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %26, align 32
  %557 = load <8 x float>, <8 x float>* %20, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %492, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %20, align 32
  %559 = add i64 %262, 32
  %560 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %262, 9632
  %564 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %563
  %565 = bitcast float* %564 to <8 x float>*
  %566 = load <8 x float>, <8 x float>* %565, align 4
  %567 = add i64 %258, 0
  %568 = mul i64 %567, 8
  %569 = add i64 %568, 4
  %570 = add i64 %255, %569
  %571 = getelementptr inbounds float, float* %1, i64 %570
  %572 = load float, float* %571, align 4
  %573 = insertelement <8 x float> undef, float %572, i32 0
  %splat24 = shufflevector <8 x float> %573, <8 x float> undef, <8 x i32> zeroinitializer
  %574 = load <8 x float>, <8 x float>* %31, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %562, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %31, align 32
  %576 = load <8 x float>, <8 x float>* %25, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %566, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %25, align 32
  %578 = add i64 %258, 1
  %579 = mul i64 %578, 8
  %580 = add i64 %579, 4
  %581 = add i64 %255, %580
  %582 = getelementptr inbounds float, float* %1, i64 %581
  %583 = load float, float* %582, align 4
  %584 = insertelement <8 x float> undef, float %583, i32 0
  %splat25 = shufflevector <8 x float> %584, <8 x float> undef, <8 x i32> zeroinitializer
  %585 = load <8 x float>, <8 x float>* %30, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %562, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %30, align 32
  %587 = load <8 x float>, <8 x float>* %24, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %566, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %24, align 32
  %589 = add i64 %258, 2
  %590 = mul i64 %589, 8
  %591 = add i64 %590, 4
  %592 = add i64 %255, %591
  %593 = getelementptr inbounds float, float* %1, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat26 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %29, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %562, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %29, align 32
  %598 = load <8 x float>, <8 x float>* %23, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %566, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %23, align 32
  %600 = add i64 %258, 3
  %601 = mul i64 %600, 8
  %602 = add i64 %601, 4
  %603 = add i64 %255, %602
  %604 = getelementptr inbounds float, float* %1, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat27 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %28, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %562, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %28, align 32
  %609 = load <8 x float>, <8 x float>* %22, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %566, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %22, align 32
  %611 = add i64 %258, 4
  %612 = mul i64 %611, 8
  %613 = add i64 %612, 4
  %614 = add i64 %255, %613
  %615 = getelementptr inbounds float, float* %1, i64 %614
  %616 = load float, float* %615, align 4
  %617 = insertelement <8 x float> undef, float %616, i32 0
  %splat28 = shufflevector <8 x float> %617, <8 x float> undef, <8 x i32> zeroinitializer
  %618 = load <8 x float>, <8 x float>* %27, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %562, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %27, align 32
  %620 = load <8 x float>, <8 x float>* %21, align 32
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %566, <8 x float> %620)
  store <8 x float> %621, <8 x float>* %21, align 32
  %622 = add i64 %258, 5
  %623 = mul i64 %622, 8
  %624 = add i64 %623, 4
  %625 = add i64 %255, %624
  %626 = getelementptr inbounds float, float* %1, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat29 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %26, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %562, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %26, align 32
  %631 = load <8 x float>, <8 x float>* %20, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %566, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %20, align 32
  %633 = add i64 %262, 40
  %634 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %262, 9640
  %638 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = add i64 %258, 0
  %642 = mul i64 %641, 8
  %643 = add i64 %642, 5
  %644 = add i64 %255, %643
  %645 = getelementptr inbounds float, float* %1, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat30 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %31, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %636, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %31, align 32
  %650 = load <8 x float>, <8 x float>* %25, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %640, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %25, align 32
  %652 = add i64 %258, 1
  %653 = mul i64 %652, 8
  %654 = add i64 %653, 5
  %655 = add i64 %255, %654
  %656 = getelementptr inbounds float, float* %1, i64 %655
  %657 = load float, float* %656, align 4
  %658 = insertelement <8 x float> undef, float %657, i32 0
  %splat31 = shufflevector <8 x float> %658, <8 x float> undef, <8 x i32> zeroinitializer
  %659 = load <8 x float>, <8 x float>* %30, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %636, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %30, align 32
  %661 = load <8 x float>, <8 x float>* %24, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %640, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %24, align 32
  %663 = add i64 %258, 2
  %664 = mul i64 %663, 8
  %665 = add i64 %664, 5
  %666 = add i64 %255, %665
  %667 = getelementptr inbounds float, float* %1, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat32 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %29, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %636, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %29, align 32
  %672 = load <8 x float>, <8 x float>* %23, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %640, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %23, align 32
  %674 = add i64 %258, 3
  %675 = mul i64 %674, 8
  %676 = add i64 %675, 5
  %677 = add i64 %255, %676
  %678 = getelementptr inbounds float, float* %1, i64 %677
  %679 = load float, float* %678, align 4
  %680 = insertelement <8 x float> undef, float %679, i32 0
  %splat33 = shufflevector <8 x float> %680, <8 x float> undef, <8 x i32> zeroinitializer
  %681 = load <8 x float>, <8 x float>* %28, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %636, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %28, align 32
  %683 = load <8 x float>, <8 x float>* %22, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %640, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %22, align 32
  %685 = add i64 %258, 4
  %686 = mul i64 %685, 8
  %687 = add i64 %686, 5
  %688 = add i64 %255, %687
  %689 = getelementptr inbounds float, float* %1, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat34 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %27, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %636, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %27, align 32
  %694 = load <8 x float>, <8 x float>* %21, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %640, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %21, align 32
  %696 = add i64 %258, 5
  %697 = mul i64 %696, 8
  %698 = add i64 %697, 5
  %699 = add i64 %255, %698
  %700 = getelementptr inbounds float, float* %1, i64 %699
  %701 = load float, float* %700, align 4
  %702 = insertelement <8 x float> undef, float %701, i32 0
  %splat35 = shufflevector <8 x float> %702, <8 x float> undef, <8 x i32> zeroinitializer
  %703 = load <8 x float>, <8 x float>* %26, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %636, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %26, align 32
  %705 = load <8 x float>, <8 x float>* %20, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %640, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %20, align 32
  %707 = add i64 %262, 48
  %708 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %707
  %709 = bitcast float* %708 to <8 x float>*
  %710 = load <8 x float>, <8 x float>* %709, align 4
  %711 = add i64 %262, 9648
  %712 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %711
  %713 = bitcast float* %712 to <8 x float>*
  %714 = load <8 x float>, <8 x float>* %713, align 4
  %715 = add i64 %258, 0
  %716 = mul i64 %715, 8
  %717 = add i64 %716, 6
  %718 = add i64 %255, %717
  %719 = getelementptr inbounds float, float* %1, i64 %718
  %720 = load float, float* %719, align 4
  %721 = insertelement <8 x float> undef, float %720, i32 0
  %splat36 = shufflevector <8 x float> %721, <8 x float> undef, <8 x i32> zeroinitializer
  %722 = load <8 x float>, <8 x float>* %31, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %710, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %31, align 32
  %724 = load <8 x float>, <8 x float>* %25, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %714, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %25, align 32
  %726 = add i64 %258, 1
  %727 = mul i64 %726, 8
  %728 = add i64 %727, 6
  %729 = add i64 %255, %728
  %730 = getelementptr inbounds float, float* %1, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat37 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %30, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %710, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %30, align 32
  %735 = load <8 x float>, <8 x float>* %24, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %714, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %24, align 32
  %737 = add i64 %258, 2
  %738 = mul i64 %737, 8
  %739 = add i64 %738, 6
  %740 = add i64 %255, %739
  %741 = getelementptr inbounds float, float* %1, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat38 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %29, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %710, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %29, align 32
  %746 = load <8 x float>, <8 x float>* %23, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %714, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %23, align 32
  %748 = add i64 %258, 3
  %749 = mul i64 %748, 8
  %750 = add i64 %749, 6
  %751 = add i64 %255, %750
  %752 = getelementptr inbounds float, float* %1, i64 %751
  %753 = load float, float* %752, align 4
  %754 = insertelement <8 x float> undef, float %753, i32 0
  %splat39 = shufflevector <8 x float> %754, <8 x float> undef, <8 x i32> zeroinitializer
  %755 = load <8 x float>, <8 x float>* %28, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %710, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %28, align 32
  %757 = load <8 x float>, <8 x float>* %22, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %714, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %22, align 32
  %759 = add i64 %258, 4
  %760 = mul i64 %759, 8
  %761 = add i64 %760, 6
  %762 = add i64 %255, %761
  %763 = getelementptr inbounds float, float* %1, i64 %762
  %764 = load float, float* %763, align 4
  %765 = insertelement <8 x float> undef, float %764, i32 0
  %splat40 = shufflevector <8 x float> %765, <8 x float> undef, <8 x i32> zeroinitializer
  %766 = load <8 x float>, <8 x float>* %27, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %710, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %27, align 32
  %768 = load <8 x float>, <8 x float>* %21, align 32
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %714, <8 x float> %768)
  store <8 x float> %769, <8 x float>* %21, align 32
  %770 = add i64 %258, 5
  %771 = mul i64 %770, 8
  %772 = add i64 %771, 6
  %773 = add i64 %255, %772
  %774 = getelementptr inbounds float, float* %1, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat41 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %26, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %710, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %26, align 32
  %779 = load <8 x float>, <8 x float>* %20, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %714, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %20, align 32
  %781 = add i64 %262, 56
  %782 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = add i64 %262, 9656
  %786 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = add i64 %258, 0
  %790 = mul i64 %789, 8
  %791 = add i64 %790, 7
  %792 = add i64 %255, %791
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat42 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %31, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %784, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %31, align 32
  %798 = load <8 x float>, <8 x float>* %25, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %788, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %25, align 32
  %800 = add i64 %258, 1
  %801 = mul i64 %800, 8
  %802 = add i64 %801, 7
  %803 = add i64 %255, %802
  %804 = getelementptr inbounds float, float* %1, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat43 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %30, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %784, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %30, align 32
  %809 = load <8 x float>, <8 x float>* %24, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %788, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %24, align 32
  %811 = add i64 %258, 2
  %812 = mul i64 %811, 8
  %813 = add i64 %812, 7
  %814 = add i64 %255, %813
  %815 = getelementptr inbounds float, float* %1, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat44 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %29, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %784, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %29, align 32
  %820 = load <8 x float>, <8 x float>* %23, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %788, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %23, align 32
  %822 = add i64 %258, 3
  %823 = mul i64 %822, 8
  %824 = add i64 %823, 7
  %825 = add i64 %255, %824
  %826 = getelementptr inbounds float, float* %1, i64 %825
  %827 = load float, float* %826, align 4
  %828 = insertelement <8 x float> undef, float %827, i32 0
  %splat45 = shufflevector <8 x float> %828, <8 x float> undef, <8 x i32> zeroinitializer
  %829 = load <8 x float>, <8 x float>* %28, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %784, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %28, align 32
  %831 = load <8 x float>, <8 x float>* %22, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %788, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %22, align 32
  %833 = add i64 %258, 4
  %834 = mul i64 %833, 8
  %835 = add i64 %834, 7
  %836 = add i64 %255, %835
  %837 = getelementptr inbounds float, float* %1, i64 %836
  %838 = load float, float* %837, align 4
  %839 = insertelement <8 x float> undef, float %838, i32 0
  %splat46 = shufflevector <8 x float> %839, <8 x float> undef, <8 x i32> zeroinitializer
  %840 = load <8 x float>, <8 x float>* %27, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %784, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %27, align 32
  %842 = load <8 x float>, <8 x float>* %21, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %788, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %21, align 32
  %844 = add i64 %258, 5
  %845 = mul i64 %844, 8
  %846 = add i64 %845, 7
  %847 = add i64 %255, %846
  %848 = getelementptr inbounds float, float* %1, i64 %847
  %849 = load float, float* %848, align 4
  %850 = insertelement <8 x float> undef, float %849, i32 0
  %splat47 = shufflevector <8 x float> %850, <8 x float> undef, <8 x i32> zeroinitializer
  %851 = load <8 x float>, <8 x float>* %26, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %784, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %26, align 32
  %853 = load <8 x float>, <8 x float>* %20, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %788, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %20, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next104, %kh.exit54 ]
  %855 = icmp slt i64 %u51, 6
  br i1 %855, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %856 = mul i64 %u51, 5832
  %857 = add i64 %45, %856
  %858 = mul i64 %u51, 1600
  %859 = add i64 %49, %858
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %860 = mul i64 %38, 32
  %861 = add i64 %860, %41
  %862 = add i64 %861, 0
  %863 = mul i64 %862, 27
  %864 = add i64 %863, %35
  %865 = mul i64 %864, 27
  %866 = add i64 %865, 20
  %867 = mul i64 %866, 8
  %868 = load <8 x float>, <8 x float>* %19, align 32
  %869 = fcmp ogt <8 x float> %868, zeroinitializer
  %870 = select <8 x i1> %869, <8 x float> %868, <8 x float> zeroinitializer
  %871 = getelementptr inbounds float, float* %0, i64 %867
  %872 = bitcast float* %871 to <8 x float>*
  store <8 x float> %870, <8 x float>* %872, align 4
  %873 = mul i64 %38, 32
  %874 = add i64 %873, %41
  %875 = add i64 %874, 0
  %876 = mul i64 %875, 27
  %877 = add i64 %876, %35
  %878 = mul i64 %877, 27
  %879 = add i64 %878, 21
  %880 = mul i64 %879, 8
  %881 = load <8 x float>, <8 x float>* %18, align 32
  %882 = fcmp ogt <8 x float> %881, zeroinitializer
  %883 = select <8 x i1> %882, <8 x float> %881, <8 x float> zeroinitializer
  %884 = getelementptr inbounds float, float* %0, i64 %880
  %885 = bitcast float* %884 to <8 x float>*
  store <8 x float> %883, <8 x float>* %885, align 4
  %886 = mul i64 %38, 32
  %887 = add i64 %886, %41
  %888 = add i64 %887, 0
  %889 = mul i64 %888, 27
  %890 = add i64 %889, %35
  %891 = mul i64 %890, 27
  %892 = add i64 %891, 22
  %893 = mul i64 %892, 8
  %894 = load <8 x float>, <8 x float>* %17, align 32
  %895 = fcmp ogt <8 x float> %894, zeroinitializer
  %896 = select <8 x i1> %895, <8 x float> %894, <8 x float> zeroinitializer
  %897 = getelementptr inbounds float, float* %0, i64 %893
  %898 = bitcast float* %897 to <8 x float>*
  store <8 x float> %896, <8 x float>* %898, align 4
  %899 = mul i64 %38, 32
  %900 = add i64 %899, %41
  %901 = add i64 %900, 0
  %902 = mul i64 %901, 27
  %903 = add i64 %902, %35
  %904 = mul i64 %903, 27
  %905 = add i64 %904, 23
  %906 = mul i64 %905, 8
  %907 = load <8 x float>, <8 x float>* %16, align 32
  %908 = fcmp ogt <8 x float> %907, zeroinitializer
  %909 = select <8 x i1> %908, <8 x float> %907, <8 x float> zeroinitializer
  %910 = getelementptr inbounds float, float* %0, i64 %906
  %911 = bitcast float* %910 to <8 x float>*
  store <8 x float> %909, <8 x float>* %911, align 4
  %912 = mul i64 %38, 32
  %913 = add i64 %912, %41
  %914 = add i64 %913, 0
  %915 = mul i64 %914, 27
  %916 = add i64 %915, %35
  %917 = mul i64 %916, 27
  %918 = add i64 %917, 24
  %919 = mul i64 %918, 8
  %920 = load <8 x float>, <8 x float>* %15, align 32
  %921 = fcmp ogt <8 x float> %920, zeroinitializer
  %922 = select <8 x i1> %921, <8 x float> %920, <8 x float> zeroinitializer
  %923 = getelementptr inbounds float, float* %0, i64 %919
  %924 = bitcast float* %923 to <8 x float>*
  store <8 x float> %922, <8 x float>* %924, align 4
  %925 = mul i64 %38, 32
  %926 = add i64 %925, %41
  %927 = add i64 %926, 1
  %928 = mul i64 %927, 27
  %929 = add i64 %928, %35
  %930 = mul i64 %929, 27
  %931 = add i64 %930, 20
  %932 = mul i64 %931, 8
  %933 = load <8 x float>, <8 x float>* %14, align 32
  %934 = fcmp ogt <8 x float> %933, zeroinitializer
  %935 = select <8 x i1> %934, <8 x float> %933, <8 x float> zeroinitializer
  %936 = getelementptr inbounds float, float* %0, i64 %932
  %937 = bitcast float* %936 to <8 x float>*
  store <8 x float> %935, <8 x float>* %937, align 4
  %938 = mul i64 %38, 32
  %939 = add i64 %938, %41
  %940 = add i64 %939, 1
  %941 = mul i64 %940, 27
  %942 = add i64 %941, %35
  %943 = mul i64 %942, 27
  %944 = add i64 %943, 21
  %945 = mul i64 %944, 8
  %946 = load <8 x float>, <8 x float>* %13, align 32
  %947 = fcmp ogt <8 x float> %946, zeroinitializer
  %948 = select <8 x i1> %947, <8 x float> %946, <8 x float> zeroinitializer
  %949 = getelementptr inbounds float, float* %0, i64 %945
  %950 = bitcast float* %949 to <8 x float>*
  store <8 x float> %948, <8 x float>* %950, align 4
  %951 = mul i64 %38, 32
  %952 = add i64 %951, %41
  %953 = add i64 %952, 1
  %954 = mul i64 %953, 27
  %955 = add i64 %954, %35
  %956 = mul i64 %955, 27
  %957 = add i64 %956, 22
  %958 = mul i64 %957, 8
  %959 = load <8 x float>, <8 x float>* %12, align 32
  %960 = fcmp ogt <8 x float> %959, zeroinitializer
  %961 = select <8 x i1> %960, <8 x float> %959, <8 x float> zeroinitializer
  %962 = getelementptr inbounds float, float* %0, i64 %958
  %963 = bitcast float* %962 to <8 x float>*
  store <8 x float> %961, <8 x float>* %963, align 4
  %964 = mul i64 %38, 32
  %965 = add i64 %964, %41
  %966 = add i64 %965, 1
  %967 = mul i64 %966, 27
  %968 = add i64 %967, %35
  %969 = mul i64 %968, 27
  %970 = add i64 %969, 23
  %971 = mul i64 %970, 8
  %972 = load <8 x float>, <8 x float>* %11, align 32
  %973 = fcmp ogt <8 x float> %972, zeroinitializer
  %974 = select <8 x i1> %973, <8 x float> %972, <8 x float> zeroinitializer
  %975 = getelementptr inbounds float, float* %0, i64 %971
  %976 = bitcast float* %975 to <8 x float>*
  store <8 x float> %974, <8 x float>* %976, align 4
  %977 = mul i64 %38, 32
  %978 = add i64 %977, %41
  %979 = add i64 %978, 1
  %980 = mul i64 %979, 27
  %981 = add i64 %980, %35
  %982 = mul i64 %981, 27
  %983 = add i64 %982, 24
  %984 = mul i64 %983, 8
  %985 = load <8 x float>, <8 x float>* %10, align 32
  %986 = fcmp ogt <8 x float> %985, zeroinitializer
  %987 = select <8 x i1> %986, <8 x float> %985, <8 x float> zeroinitializer
  %988 = getelementptr inbounds float, float* %0, i64 %984
  %989 = bitcast float* %988 to <8 x float>*
  store <8 x float> %987, <8 x float>* %989, align 4
  br label %xb.header

kh.header52:                                      ; preds = %endif57, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next103, %endif57 ]
  %990 = icmp slt i64 %kh55, 5
  br i1 %990, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %991 = mul i64 %kh55, 1
  %992 = add i64 %51, %991
  %993 = icmp sge i64 %992, 0
  %994 = icmp slt i64 %992, 27
  %995 = and i1 %993, %994
  br i1 %995, label %then56, label %endif57

kh.exit54:                                        ; preds = %kh.header52
  %u.next104 = add i64 %u51, 1
  br label %u.header48

then56:                                           ; preds = %kh.body53
  %996 = mul i64 %992, 216
  %997 = add i64 %857, %996
  br label %kw.header58

endif57:                                          ; preds = %kw.exit60, %kh.body53
  %kh.next103 = add i64 %kh55, 1
  br label %kh.header52

kw.header58:                                      ; preds = %kw.body59, %then56
  %kw61 = phi i64 [ 0, %then56 ], [ %kw.next102, %kw.body59 ]
  %998 = icmp slt i64 %kw61, 5
  br i1 %998, label %kw.body59, label %kw.exit60

kw.body59:                                        ; preds = %kw.header58
  %999 = mul i64 %kw61, 1
  %1000 = add i64 18, %999
  %1001 = mul i64 %kh55, 5
  %1002 = add i64 %1001, %kw61
  %1003 = mul i64 %1002, 64
  %1004 = add i64 %859, %1003
  %1005 = add i64 %1004, 0
  %1006 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1005
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = add i64 %1004, 9600
  %1010 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = add i64 %1000, 0
  %1014 = mul i64 %1013, 8
  %1015 = add i64 %1014, 0
  %1016 = add i64 %997, %1015
  %1017 = getelementptr inbounds float, float* %1, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat62 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %19, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1008, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %19, align 32
  %1022 = load <8 x float>, <8 x float>* %14, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1012, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %14, align 32
  %1024 = add i64 %1000, 1
  %1025 = mul i64 %1024, 8
  %1026 = add i64 %1025, 0
  %1027 = add i64 %997, %1026
  %1028 = getelementptr inbounds float, float* %1, i64 %1027
  %1029 = load float, float* %1028, align 4
  %1030 = insertelement <8 x float> undef, float %1029, i32 0
  %splat63 = shufflevector <8 x float> %1030, <8 x float> undef, <8 x i32> zeroinitializer
  %1031 = load <8 x float>, <8 x float>* %18, align 32
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1008, <8 x float> %1031)
  store <8 x float> %1032, <8 x float>* %18, align 32
  %1033 = load <8 x float>, <8 x float>* %13, align 32
  %1034 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1012, <8 x float> %1033)
  store <8 x float> %1034, <8 x float>* %13, align 32
  %1035 = add i64 %1000, 2
  %1036 = mul i64 %1035, 8
  %1037 = add i64 %1036, 0
  %1038 = add i64 %997, %1037
  %1039 = getelementptr inbounds float, float* %1, i64 %1038
  %1040 = load float, float* %1039, align 4
  %1041 = insertelement <8 x float> undef, float %1040, i32 0
  %splat64 = shufflevector <8 x float> %1041, <8 x float> undef, <8 x i32> zeroinitializer
  %1042 = load <8 x float>, <8 x float>* %17, align 32
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1008, <8 x float> %1042)
  store <8 x float> %1043, <8 x float>* %17, align 32
  %1044 = load <8 x float>, <8 x float>* %12, align 32
  %1045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1012, <8 x float> %1044)
  store <8 x float> %1045, <8 x float>* %12, align 32
  %1046 = add i64 %1000, 3
  %1047 = mul i64 %1046, 8
  %1048 = add i64 %1047, 0
  %1049 = add i64 %997, %1048
  %1050 = getelementptr inbounds float, float* %1, i64 %1049
  %1051 = load float, float* %1050, align 4
  %1052 = insertelement <8 x float> undef, float %1051, i32 0
  %splat65 = shufflevector <8 x float> %1052, <8 x float> undef, <8 x i32> zeroinitializer
  %1053 = load <8 x float>, <8 x float>* %16, align 32
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1008, <8 x float> %1053)
  store <8 x float> %1054, <8 x float>* %16, align 32
  %1055 = load <8 x float>, <8 x float>* %11, align 32
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1012, <8 x float> %1055)
  store <8 x float> %1056, <8 x float>* %11, align 32
  %1057 = add i64 %1000, 4
  %1058 = mul i64 %1057, 8
  %1059 = add i64 %1058, 0
  %1060 = add i64 %997, %1059
  %1061 = getelementptr inbounds float, float* %1, i64 %1060
  %1062 = load float, float* %1061, align 4
  %1063 = insertelement <8 x float> undef, float %1062, i32 0
  %splat66 = shufflevector <8 x float> %1063, <8 x float> undef, <8 x i32> zeroinitializer
  %1064 = load <8 x float>, <8 x float>* %15, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1008, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %15, align 32
  %1066 = load <8 x float>, <8 x float>* %10, align 32
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1012, <8 x float> %1066)
  store <8 x float> %1067, <8 x float>* %10, align 32
  %1068 = add i64 %1004, 8
  %1069 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1068
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = add i64 %1004, 9608
  %1073 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1072
  %1074 = bitcast float* %1073 to <8 x float>*
  %1075 = load <8 x float>, <8 x float>* %1074, align 4
  %1076 = add i64 %1000, 0
  %1077 = mul i64 %1076, 8
  %1078 = add i64 %1077, 1
  %1079 = add i64 %997, %1078
  %1080 = getelementptr inbounds float, float* %1, i64 %1079
  %1081 = load float, float* %1080, align 4
  %1082 = insertelement <8 x float> undef, float %1081, i32 0
  %splat67 = shufflevector <8 x float> %1082, <8 x float> undef, <8 x i32> zeroinitializer
  %1083 = load <8 x float>, <8 x float>* %19, align 32
  %1084 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1071, <8 x float> %1083)
  store <8 x float> %1084, <8 x float>* %19, align 32
  %1085 = load <8 x float>, <8 x float>* %14, align 32
  %1086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1075, <8 x float> %1085)
  store <8 x float> %1086, <8 x float>* %14, align 32
  %1087 = add i64 %1000, 1
  %1088 = mul i64 %1087, 8
  %1089 = add i64 %1088, 1
  %1090 = add i64 %997, %1089
  %1091 = getelementptr inbounds float, float* %1, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat68 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %18, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1071, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %18, align 32
  %1096 = load <8 x float>, <8 x float>* %13, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1075, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %13, align 32
  %1098 = add i64 %1000, 2
  %1099 = mul i64 %1098, 8
  %1100 = add i64 %1099, 1
  %1101 = add i64 %997, %1100
  %1102 = getelementptr inbounds float, float* %1, i64 %1101
  %1103 = load float, float* %1102, align 4
  %1104 = insertelement <8 x float> undef, float %1103, i32 0
  %splat69 = shufflevector <8 x float> %1104, <8 x float> undef, <8 x i32> zeroinitializer
  %1105 = load <8 x float>, <8 x float>* %17, align 32
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1071, <8 x float> %1105)
  store <8 x float> %1106, <8 x float>* %17, align 32
  %1107 = load <8 x float>, <8 x float>* %12, align 32
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1075, <8 x float> %1107)
  store <8 x float> %1108, <8 x float>* %12, align 32
  %1109 = add i64 %1000, 3
  %1110 = mul i64 %1109, 8
  %1111 = add i64 %1110, 1
  %1112 = add i64 %997, %1111
  %1113 = getelementptr inbounds float, float* %1, i64 %1112
  %1114 = load float, float* %1113, align 4
  %1115 = insertelement <8 x float> undef, float %1114, i32 0
  %splat70 = shufflevector <8 x float> %1115, <8 x float> undef, <8 x i32> zeroinitializer
  %1116 = load <8 x float>, <8 x float>* %16, align 32
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1071, <8 x float> %1116)
  store <8 x float> %1117, <8 x float>* %16, align 32
  %1118 = load <8 x float>, <8 x float>* %11, align 32
  %1119 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1075, <8 x float> %1118)
  store <8 x float> %1119, <8 x float>* %11, align 32
  %1120 = add i64 %1000, 4
  %1121 = mul i64 %1120, 8
  %1122 = add i64 %1121, 1
  %1123 = add i64 %997, %1122
  %1124 = getelementptr inbounds float, float* %1, i64 %1123
  %1125 = load float, float* %1124, align 4
  %1126 = insertelement <8 x float> undef, float %1125, i32 0
  %splat71 = shufflevector <8 x float> %1126, <8 x float> undef, <8 x i32> zeroinitializer
  %1127 = load <8 x float>, <8 x float>* %15, align 32
  %1128 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1071, <8 x float> %1127)
  store <8 x float> %1128, <8 x float>* %15, align 32
  %1129 = load <8 x float>, <8 x float>* %10, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1075, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %10, align 32
  %1131 = add i64 %1004, 16
  %1132 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1131
  %1133 = bitcast float* %1132 to <8 x float>*
  %1134 = load <8 x float>, <8 x float>* %1133, align 4
  %1135 = add i64 %1004, 9616
  %1136 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = add i64 %1000, 0
  %1140 = mul i64 %1139, 8
  %1141 = add i64 %1140, 2
  %1142 = add i64 %997, %1141
  %1143 = getelementptr inbounds float, float* %1, i64 %1142
  %1144 = load float, float* %1143, align 4
  %1145 = insertelement <8 x float> undef, float %1144, i32 0
  %splat72 = shufflevector <8 x float> %1145, <8 x float> undef, <8 x i32> zeroinitializer
  %1146 = load <8 x float>, <8 x float>* %19, align 32
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1134, <8 x float> %1146)
  store <8 x float> %1147, <8 x float>* %19, align 32
  %1148 = load <8 x float>, <8 x float>* %14, align 32
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1138, <8 x float> %1148)
  store <8 x float> %1149, <8 x float>* %14, align 32
  %1150 = add i64 %1000, 1
  %1151 = mul i64 %1150, 8
  %1152 = add i64 %1151, 2
  %1153 = add i64 %997, %1152
  %1154 = getelementptr inbounds float, float* %1, i64 %1153
  %1155 = load float, float* %1154, align 4
  %1156 = insertelement <8 x float> undef, float %1155, i32 0
  %splat73 = shufflevector <8 x float> %1156, <8 x float> undef, <8 x i32> zeroinitializer
  %1157 = load <8 x float>, <8 x float>* %18, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1134, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %18, align 32
  %1159 = load <8 x float>, <8 x float>* %13, align 32
  %1160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1138, <8 x float> %1159)
  store <8 x float> %1160, <8 x float>* %13, align 32
  %1161 = add i64 %1000, 2
  %1162 = mul i64 %1161, 8
  %1163 = add i64 %1162, 2
  %1164 = add i64 %997, %1163
  %1165 = getelementptr inbounds float, float* %1, i64 %1164
  %1166 = load float, float* %1165, align 4
  %1167 = insertelement <8 x float> undef, float %1166, i32 0
  %splat74 = shufflevector <8 x float> %1167, <8 x float> undef, <8 x i32> zeroinitializer
  %1168 = load <8 x float>, <8 x float>* %17, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1134, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %17, align 32
  %1170 = load <8 x float>, <8 x float>* %12, align 32
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1138, <8 x float> %1170)
  store <8 x float> %1171, <8 x float>* %12, align 32
  %1172 = add i64 %1000, 3
  %1173 = mul i64 %1172, 8
  %1174 = add i64 %1173, 2
  %1175 = add i64 %997, %1174
  %1176 = getelementptr inbounds float, float* %1, i64 %1175
  %1177 = load float, float* %1176, align 4
  %1178 = insertelement <8 x float> undef, float %1177, i32 0
  %splat75 = shufflevector <8 x float> %1178, <8 x float> undef, <8 x i32> zeroinitializer
  %1179 = load <8 x float>, <8 x float>* %16, align 32
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1134, <8 x float> %1179)
  store <8 x float> %1180, <8 x float>* %16, align 32
  %1181 = load <8 x float>, <8 x float>* %11, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1138, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %11, align 32
  %1183 = add i64 %1000, 4
  %1184 = mul i64 %1183, 8
  %1185 = add i64 %1184, 2
  %1186 = add i64 %997, %1185
  %1187 = getelementptr inbounds float, float* %1, i64 %1186
  %1188 = load float, float* %1187, align 4
  %1189 = insertelement <8 x float> undef, float %1188, i32 0
  %splat76 = shufflevector <8 x float> %1189, <8 x float> undef, <8 x i32> zeroinitializer
  %1190 = load <8 x float>, <8 x float>* %15, align 32
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1134, <8 x float> %1190)
  store <8 x float> %1191, <8 x float>* %15, align 32
  %1192 = load <8 x float>, <8 x float>* %10, align 32
  %1193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1138, <8 x float> %1192)
  store <8 x float> %1193, <8 x float>* %10, align 32
  %1194 = add i64 %1004, 24
  %1195 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1194
  %1196 = bitcast float* %1195 to <8 x float>*
  %1197 = load <8 x float>, <8 x float>* %1196, align 4
  %1198 = add i64 %1004, 9624
  %1199 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1198
  %1200 = bitcast float* %1199 to <8 x float>*
  %1201 = load <8 x float>, <8 x float>* %1200, align 4
  %1202 = add i64 %1000, 0
  %1203 = mul i64 %1202, 8
  %1204 = add i64 %1203, 3
  %1205 = add i64 %997, %1204
  %1206 = getelementptr inbounds float, float* %1, i64 %1205
  %1207 = load float, float* %1206, align 4
  %1208 = insertelement <8 x float> undef, float %1207, i32 0
  %splat77 = shufflevector <8 x float> %1208, <8 x float> undef, <8 x i32> zeroinitializer
  %1209 = load <8 x float>, <8 x float>* %19, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1197, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %19, align 32
  %1211 = load <8 x float>, <8 x float>* %14, align 32
  %1212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1201, <8 x float> %1211)
  store <8 x float> %1212, <8 x float>* %14, align 32
  %1213 = add i64 %1000, 1
  %1214 = mul i64 %1213, 8
  %1215 = add i64 %1214, 3
  %1216 = add i64 %997, %1215
  %1217 = getelementptr inbounds float, float* %1, i64 %1216
  %1218 = load float, float* %1217, align 4
  %1219 = insertelement <8 x float> undef, float %1218, i32 0
  %splat78 = shufflevector <8 x float> %1219, <8 x float> undef, <8 x i32> zeroinitializer
  %1220 = load <8 x float>, <8 x float>* %18, align 32
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1197, <8 x float> %1220)
  store <8 x float> %1221, <8 x float>* %18, align 32
  %1222 = load <8 x float>, <8 x float>* %13, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1201, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %13, align 32
  %1224 = add i64 %1000, 2
  %1225 = mul i64 %1224, 8
  %1226 = add i64 %1225, 3
  %1227 = add i64 %997, %1226
  %1228 = getelementptr inbounds float, float* %1, i64 %1227
  %1229 = load float, float* %1228, align 4
  %1230 = insertelement <8 x float> undef, float %1229, i32 0
  %splat79 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
  %1231 = load <8 x float>, <8 x float>* %17, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1197, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %17, align 32
  %1233 = load <8 x float>, <8 x float>* %12, align 32
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1201, <8 x float> %1233)
  store <8 x float> %1234, <8 x float>* %12, align 32
  %1235 = add i64 %1000, 3
  %1236 = mul i64 %1235, 8
  %1237 = add i64 %1236, 3
  %1238 = add i64 %997, %1237
  %1239 = getelementptr inbounds float, float* %1, i64 %1238
  %1240 = load float, float* %1239, align 4
  %1241 = insertelement <8 x float> undef, float %1240, i32 0
  %splat80 = shufflevector <8 x float> %1241, <8 x float> undef, <8 x i32> zeroinitializer
  %1242 = load <8 x float>, <8 x float>* %16, align 32
  %1243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1197, <8 x float> %1242)
  store <8 x float> %1243, <8 x float>* %16, align 32
  %1244 = load <8 x float>, <8 x float>* %11, align 32
  %1245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1201, <8 x float> %1244)
  store <8 x float> %1245, <8 x float>* %11, align 32
  %1246 = add i64 %1000, 4
  %1247 = mul i64 %1246, 8
  %1248 = add i64 %1247, 3
  %1249 = add i64 %997, %1248
  %1250 = getelementptr inbounds float, float* %1, i64 %1249
  %1251 = load float, float* %1250, align 4
  %1252 = insertelement <8 x float> undef, float %1251, i32 0
  %splat81 = shufflevector <8 x float> %1252, <8 x float> undef, <8 x i32> zeroinitializer
  %1253 = load <8 x float>, <8 x float>* %15, align 32
  %1254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1197, <8 x float> %1253)
  store <8 x float> %1254, <8 x float>* %15, align 32
  %1255 = load <8 x float>, <8 x float>* %10, align 32
  %1256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1201, <8 x float> %1255)
  store <8 x float> %1256, <8 x float>* %10, align 32
  %1257 = add i64 %1004, 32
  %1258 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1257
  %1259 = bitcast float* %1258 to <8 x float>*
  %1260 = load <8 x float>, <8 x float>* %1259, align 4
  %1261 = add i64 %1004, 9632
  %1262 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1261
  %1263 = bitcast float* %1262 to <8 x float>*
  %1264 = load <8 x float>, <8 x float>* %1263, align 4
  %1265 = add i64 %1000, 0
  %1266 = mul i64 %1265, 8
  %1267 = add i64 %1266, 4
  %1268 = add i64 %997, %1267
  %1269 = getelementptr inbounds float, float* %1, i64 %1268
  %1270 = load float, float* %1269, align 4
  %1271 = insertelement <8 x float> undef, float %1270, i32 0
  %splat82 = shufflevector <8 x float> %1271, <8 x float> undef, <8 x i32> zeroinitializer
  %1272 = load <8 x float>, <8 x float>* %19, align 32
  %1273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1260, <8 x float> %1272)
  store <8 x float> %1273, <8 x float>* %19, align 32
  %1274 = load <8 x float>, <8 x float>* %14, align 32
  %1275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1264, <8 x float> %1274)
  store <8 x float> %1275, <8 x float>* %14, align 32
  %1276 = add i64 %1000, 1
  %1277 = mul i64 %1276, 8
  %1278 = add i64 %1277, 4
  %1279 = add i64 %997, %1278
  %1280 = getelementptr inbounds float, float* %1, i64 %1279
  %1281 = load float, float* %1280, align 4
  %1282 = insertelement <8 x float> undef, float %1281, i32 0
  %splat83 = shufflevector <8 x float> %1282, <8 x float> undef, <8 x i32> zeroinitializer
  %1283 = load <8 x float>, <8 x float>* %18, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1260, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %18, align 32
  %1285 = load <8 x float>, <8 x float>* %13, align 32
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1264, <8 x float> %1285)
  store <8 x float> %1286, <8 x float>* %13, align 32
  %1287 = add i64 %1000, 2
  %1288 = mul i64 %1287, 8
  %1289 = add i64 %1288, 4
  %1290 = add i64 %997, %1289
  %1291 = getelementptr inbounds float, float* %1, i64 %1290
  %1292 = load float, float* %1291, align 4
  %1293 = insertelement <8 x float> undef, float %1292, i32 0
  %splat84 = shufflevector <8 x float> %1293, <8 x float> undef, <8 x i32> zeroinitializer
  %1294 = load <8 x float>, <8 x float>* %17, align 32
  %1295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1260, <8 x float> %1294)
  store <8 x float> %1295, <8 x float>* %17, align 32
  %1296 = load <8 x float>, <8 x float>* %12, align 32
  %1297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1264, <8 x float> %1296)
  store <8 x float> %1297, <8 x float>* %12, align 32
  %1298 = add i64 %1000, 3
  %1299 = mul i64 %1298, 8
  %1300 = add i64 %1299, 4
  %1301 = add i64 %997, %1300
  %1302 = getelementptr inbounds float, float* %1, i64 %1301
  %1303 = load float, float* %1302, align 4
  %1304 = insertelement <8 x float> undef, float %1303, i32 0
  %splat85 = shufflevector <8 x float> %1304, <8 x float> undef, <8 x i32> zeroinitializer
  %1305 = load <8 x float>, <8 x float>* %16, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1260, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %16, align 32
  %1307 = load <8 x float>, <8 x float>* %11, align 32
  %1308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1264, <8 x float> %1307)
  store <8 x float> %1308, <8 x float>* %11, align 32
  %1309 = add i64 %1000, 4
  %1310 = mul i64 %1309, 8
  %1311 = add i64 %1310, 4
  %1312 = add i64 %997, %1311
  %1313 = getelementptr inbounds float, float* %1, i64 %1312
  %1314 = load float, float* %1313, align 4
  %1315 = insertelement <8 x float> undef, float %1314, i32 0
  %splat86 = shufflevector <8 x float> %1315, <8 x float> undef, <8 x i32> zeroinitializer
  %1316 = load <8 x float>, <8 x float>* %15, align 32
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1260, <8 x float> %1316)
  store <8 x float> %1317, <8 x float>* %15, align 32
  %1318 = load <8 x float>, <8 x float>* %10, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1264, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %10, align 32
  %1320 = add i64 %1004, 40
  %1321 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1320
  %1322 = bitcast float* %1321 to <8 x float>*
  %1323 = load <8 x float>, <8 x float>* %1322, align 4
  %1324 = add i64 %1004, 9640
  %1325 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1324
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = add i64 %1000, 0
  %1329 = mul i64 %1328, 8
  %1330 = add i64 %1329, 5
  %1331 = add i64 %997, %1330
  %1332 = getelementptr inbounds float, float* %1, i64 %1331
  %1333 = load float, float* %1332, align 4
  %1334 = insertelement <8 x float> undef, float %1333, i32 0
  %splat87 = shufflevector <8 x float> %1334, <8 x float> undef, <8 x i32> zeroinitializer
  %1335 = load <8 x float>, <8 x float>* %19, align 32
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1323, <8 x float> %1335)
  store <8 x float> %1336, <8 x float>* %19, align 32
  %1337 = load <8 x float>, <8 x float>* %14, align 32
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1327, <8 x float> %1337)
  store <8 x float> %1338, <8 x float>* %14, align 32
  %1339 = add i64 %1000, 1
  %1340 = mul i64 %1339, 8
  %1341 = add i64 %1340, 5
  %1342 = add i64 %997, %1341
  %1343 = getelementptr inbounds float, float* %1, i64 %1342
  %1344 = load float, float* %1343, align 4
  %1345 = insertelement <8 x float> undef, float %1344, i32 0
  %splat88 = shufflevector <8 x float> %1345, <8 x float> undef, <8 x i32> zeroinitializer
  %1346 = load <8 x float>, <8 x float>* %18, align 32
  %1347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1323, <8 x float> %1346)
  store <8 x float> %1347, <8 x float>* %18, align 32
  %1348 = load <8 x float>, <8 x float>* %13, align 32
  %1349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1327, <8 x float> %1348)
  store <8 x float> %1349, <8 x float>* %13, align 32
  %1350 = add i64 %1000, 2
  %1351 = mul i64 %1350, 8
  %1352 = add i64 %1351, 5
  %1353 = add i64 %997, %1352
  %1354 = getelementptr inbounds float, float* %1, i64 %1353
  %1355 = load float, float* %1354, align 4
  %1356 = insertelement <8 x float> undef, float %1355, i32 0
  %splat89 = shufflevector <8 x float> %1356, <8 x float> undef, <8 x i32> zeroinitializer
  %1357 = load <8 x float>, <8 x float>* %17, align 32
  %1358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1323, <8 x float> %1357)
  store <8 x float> %1358, <8 x float>* %17, align 32
  %1359 = load <8 x float>, <8 x float>* %12, align 32
  %1360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1327, <8 x float> %1359)
  store <8 x float> %1360, <8 x float>* %12, align 32
  %1361 = add i64 %1000, 3
  %1362 = mul i64 %1361, 8
  %1363 = add i64 %1362, 5
  %1364 = add i64 %997, %1363
  %1365 = getelementptr inbounds float, float* %1, i64 %1364
  %1366 = load float, float* %1365, align 4
  %1367 = insertelement <8 x float> undef, float %1366, i32 0
  %splat90 = shufflevector <8 x float> %1367, <8 x float> undef, <8 x i32> zeroinitializer
  %1368 = load <8 x float>, <8 x float>* %16, align 32
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1323, <8 x float> %1368)
  store <8 x float> %1369, <8 x float>* %16, align 32
  %1370 = load <8 x float>, <8 x float>* %11, align 32
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1327, <8 x float> %1370)
  store <8 x float> %1371, <8 x float>* %11, align 32
  %1372 = add i64 %1000, 4
  %1373 = mul i64 %1372, 8
  %1374 = add i64 %1373, 5
  %1375 = add i64 %997, %1374
  %1376 = getelementptr inbounds float, float* %1, i64 %1375
  %1377 = load float, float* %1376, align 4
  %1378 = insertelement <8 x float> undef, float %1377, i32 0
  %splat91 = shufflevector <8 x float> %1378, <8 x float> undef, <8 x i32> zeroinitializer
  %1379 = load <8 x float>, <8 x float>* %15, align 32
  %1380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1323, <8 x float> %1379)
  store <8 x float> %1380, <8 x float>* %15, align 32
  %1381 = load <8 x float>, <8 x float>* %10, align 32
  %1382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1327, <8 x float> %1381)
  store <8 x float> %1382, <8 x float>* %10, align 32
  %1383 = add i64 %1004, 48
  %1384 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1383
  %1385 = bitcast float* %1384 to <8 x float>*
  %1386 = load <8 x float>, <8 x float>* %1385, align 4
  %1387 = add i64 %1004, 9648
  %1388 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1387
  %1389 = bitcast float* %1388 to <8 x float>*
  %1390 = load <8 x float>, <8 x float>* %1389, align 4
  %1391 = add i64 %1000, 0
  %1392 = mul i64 %1391, 8
  %1393 = add i64 %1392, 6
  %1394 = add i64 %997, %1393
  %1395 = getelementptr inbounds float, float* %1, i64 %1394
  %1396 = load float, float* %1395, align 4
  %1397 = insertelement <8 x float> undef, float %1396, i32 0
  %splat92 = shufflevector <8 x float> %1397, <8 x float> undef, <8 x i32> zeroinitializer
  %1398 = load <8 x float>, <8 x float>* %19, align 32
  %1399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1386, <8 x float> %1398)
  store <8 x float> %1399, <8 x float>* %19, align 32
  %1400 = load <8 x float>, <8 x float>* %14, align 32
  %1401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1390, <8 x float> %1400)
  store <8 x float> %1401, <8 x float>* %14, align 32
  %1402 = add i64 %1000, 1
  %1403 = mul i64 %1402, 8
  %1404 = add i64 %1403, 6
  %1405 = add i64 %997, %1404
  %1406 = getelementptr inbounds float, float* %1, i64 %1405
  %1407 = load float, float* %1406, align 4
  %1408 = insertelement <8 x float> undef, float %1407, i32 0
  %splat93 = shufflevector <8 x float> %1408, <8 x float> undef, <8 x i32> zeroinitializer
  %1409 = load <8 x float>, <8 x float>* %18, align 32
  %1410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1386, <8 x float> %1409)
  store <8 x float> %1410, <8 x float>* %18, align 32
  %1411 = load <8 x float>, <8 x float>* %13, align 32
  %1412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1390, <8 x float> %1411)
  store <8 x float> %1412, <8 x float>* %13, align 32
  %1413 = add i64 %1000, 2
  %1414 = mul i64 %1413, 8
  %1415 = add i64 %1414, 6
  %1416 = add i64 %997, %1415
  %1417 = getelementptr inbounds float, float* %1, i64 %1416
  %1418 = load float, float* %1417, align 4
  %1419 = insertelement <8 x float> undef, float %1418, i32 0
  %splat94 = shufflevector <8 x float> %1419, <8 x float> undef, <8 x i32> zeroinitializer
  %1420 = load <8 x float>, <8 x float>* %17, align 32
  %1421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1386, <8 x float> %1420)
  store <8 x float> %1421, <8 x float>* %17, align 32
  %1422 = load <8 x float>, <8 x float>* %12, align 32
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1390, <8 x float> %1422)
  store <8 x float> %1423, <8 x float>* %12, align 32
  %1424 = add i64 %1000, 3
  %1425 = mul i64 %1424, 8
  %1426 = add i64 %1425, 6
  %1427 = add i64 %997, %1426
  %1428 = getelementptr inbounds float, float* %1, i64 %1427
  %1429 = load float, float* %1428, align 4
  %1430 = insertelement <8 x float> undef, float %1429, i32 0
  %splat95 = shufflevector <8 x float> %1430, <8 x float> undef, <8 x i32> zeroinitializer
  %1431 = load <8 x float>, <8 x float>* %16, align 32
  %1432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1386, <8 x float> %1431)
  store <8 x float> %1432, <8 x float>* %16, align 32
  %1433 = load <8 x float>, <8 x float>* %11, align 32
  %1434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1390, <8 x float> %1433)
  store <8 x float> %1434, <8 x float>* %11, align 32
  %1435 = add i64 %1000, 4
  %1436 = mul i64 %1435, 8
  %1437 = add i64 %1436, 6
  %1438 = add i64 %997, %1437
  %1439 = getelementptr inbounds float, float* %1, i64 %1438
  %1440 = load float, float* %1439, align 4
  %1441 = insertelement <8 x float> undef, float %1440, i32 0
  %splat96 = shufflevector <8 x float> %1441, <8 x float> undef, <8 x i32> zeroinitializer
  %1442 = load <8 x float>, <8 x float>* %15, align 32
  %1443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1386, <8 x float> %1442)
  store <8 x float> %1443, <8 x float>* %15, align 32
  %1444 = load <8 x float>, <8 x float>* %10, align 32
  %1445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1390, <8 x float> %1444)
  store <8 x float> %1445, <8 x float>* %10, align 32
  %1446 = add i64 %1004, 56
  %1447 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1446
  %1448 = bitcast float* %1447 to <8 x float>*
  %1449 = load <8 x float>, <8 x float>* %1448, align 4
  %1450 = add i64 %1004, 9656
  %1451 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1450
  %1452 = bitcast float* %1451 to <8 x float>*
  %1453 = load <8 x float>, <8 x float>* %1452, align 4
  %1454 = add i64 %1000, 0
  %1455 = mul i64 %1454, 8
  %1456 = add i64 %1455, 7
  %1457 = add i64 %997, %1456
  %1458 = getelementptr inbounds float, float* %1, i64 %1457
  %1459 = load float, float* %1458, align 4
  %1460 = insertelement <8 x float> undef, float %1459, i32 0
  %splat97 = shufflevector <8 x float> %1460, <8 x float> undef, <8 x i32> zeroinitializer
  %1461 = load <8 x float>, <8 x float>* %19, align 32
  %1462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1449, <8 x float> %1461)
  store <8 x float> %1462, <8 x float>* %19, align 32
  %1463 = load <8 x float>, <8 x float>* %14, align 32
  %1464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1453, <8 x float> %1463)
  store <8 x float> %1464, <8 x float>* %14, align 32
  %1465 = add i64 %1000, 1
  %1466 = mul i64 %1465, 8
  %1467 = add i64 %1466, 7
  %1468 = add i64 %997, %1467
  %1469 = getelementptr inbounds float, float* %1, i64 %1468
  %1470 = load float, float* %1469, align 4
  %1471 = insertelement <8 x float> undef, float %1470, i32 0
  %splat98 = shufflevector <8 x float> %1471, <8 x float> undef, <8 x i32> zeroinitializer
  %1472 = load <8 x float>, <8 x float>* %18, align 32
  %1473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1449, <8 x float> %1472)
  store <8 x float> %1473, <8 x float>* %18, align 32
  %1474 = load <8 x float>, <8 x float>* %13, align 32
  %1475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1453, <8 x float> %1474)
  store <8 x float> %1475, <8 x float>* %13, align 32
  %1476 = add i64 %1000, 2
  %1477 = mul i64 %1476, 8
  %1478 = add i64 %1477, 7
  %1479 = add i64 %997, %1478
  %1480 = getelementptr inbounds float, float* %1, i64 %1479
  %1481 = load float, float* %1480, align 4
  %1482 = insertelement <8 x float> undef, float %1481, i32 0
  %splat99 = shufflevector <8 x float> %1482, <8 x float> undef, <8 x i32> zeroinitializer
  %1483 = load <8 x float>, <8 x float>* %17, align 32
  %1484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1449, <8 x float> %1483)
  store <8 x float> %1484, <8 x float>* %17, align 32
  %1485 = load <8 x float>, <8 x float>* %12, align 32
  %1486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1453, <8 x float> %1485)
  store <8 x float> %1486, <8 x float>* %12, align 32
  %1487 = add i64 %1000, 3
  %1488 = mul i64 %1487, 8
  %1489 = add i64 %1488, 7
  %1490 = add i64 %997, %1489
  %1491 = getelementptr inbounds float, float* %1, i64 %1490
  %1492 = load float, float* %1491, align 4
  %1493 = insertelement <8 x float> undef, float %1492, i32 0
  %splat100 = shufflevector <8 x float> %1493, <8 x float> undef, <8 x i32> zeroinitializer
  %1494 = load <8 x float>, <8 x float>* %16, align 32
  %1495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1449, <8 x float> %1494)
  store <8 x float> %1495, <8 x float>* %16, align 32
  %1496 = load <8 x float>, <8 x float>* %11, align 32
  %1497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1453, <8 x float> %1496)
  store <8 x float> %1497, <8 x float>* %11, align 32
  %1498 = add i64 %1000, 4
  %1499 = mul i64 %1498, 8
  %1500 = add i64 %1499, 7
  %1501 = add i64 %997, %1500
  %1502 = getelementptr inbounds float, float* %1, i64 %1501
  %1503 = load float, float* %1502, align 4
  %1504 = insertelement <8 x float> undef, float %1503, i32 0
  %splat101 = shufflevector <8 x float> %1504, <8 x float> undef, <8 x i32> zeroinitializer
  %1505 = load <8 x float>, <8 x float>* %15, align 32
  %1506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1449, <8 x float> %1505)
  store <8 x float> %1506, <8 x float>* %15, align 32
  %1507 = load <8 x float>, <8 x float>* %10, align 32
  %1508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1453, <8 x float> %1507)
  store <8 x float> %1508, <8 x float>* %10, align 32
  %kw.next102 = add i64 %kw61, 1
  br label %kw.header58

kw.exit60:                                        ; preds = %kw.header58
  br label %endif57

xb.header:                                        ; preds = %u.exit107, %u.exit50
  %xb = phi i64 [ 0, %u.exit50 ], [ %xb.next, %u.exit107 ]
  %1509 = icmp slt i64 %xb, 2
  br i1 %1509, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1510 = add i64 %41, 0
  %1511 = mul i64 %1510, 8
  %1512 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %1511
  %1513 = bitcast float* %1512 to <8 x float>*
  %1514 = load <8 x float>, <8 x float>* %1513, align 4
  store <8 x float> %1514, <8 x float>* %9, align 32
  %1515 = add i64 %41, 1
  %1516 = mul i64 %1515, 8
  %1517 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %1516
  %1518 = bitcast float* %1517 to <8 x float>*
  %1519 = load <8 x float>, <8 x float>* %1518, align 4
  store <8 x float> %1519, <8 x float>* %8, align 32
  %1520 = mul i64 %xb, 1
  %1521 = sub i64 %1520, 2
  br label %u.header105

xb.exit:                                          ; preds = %xb.header
  br label %xb.header132

u.header105:                                      ; preds = %kh.exit111, %xb.body
  %u108 = phi i64 [ 0, %xb.body ], [ %u.next131, %kh.exit111 ]
  %1522 = icmp slt i64 %u108, 6
  br i1 %1522, label %u.body106, label %u.exit107

u.body106:                                        ; preds = %u.header105
  %1523 = mul i64 %u108, 5832
  %1524 = add i64 %45, %1523
  %1525 = mul i64 %u108, 1600
  %1526 = add i64 %49, %1525
  br label %kh.header109

u.exit107:                                        ; preds = %u.header105
  %1527 = add i64 %xb, 0
  %1528 = mul i64 %38, 32
  %1529 = add i64 %1528, %41
  %1530 = add i64 %1529, 0
  %1531 = mul i64 %1530, 27
  %1532 = add i64 %1531, %35
  %1533 = mul i64 %1532, 27
  %1534 = add i64 %1533, %1527
  %1535 = mul i64 %1534, 8
  %1536 = load <8 x float>, <8 x float>* %9, align 32
  %1537 = fcmp ogt <8 x float> %1536, zeroinitializer
  %1538 = select <8 x i1> %1537, <8 x float> %1536, <8 x float> zeroinitializer
  %1539 = getelementptr inbounds float, float* %0, i64 %1535
  %1540 = bitcast float* %1539 to <8 x float>*
  store <8 x float> %1538, <8 x float>* %1540, align 4
  %1541 = add i64 %xb, 0
  %1542 = mul i64 %38, 32
  %1543 = add i64 %1542, %41
  %1544 = add i64 %1543, 1
  %1545 = mul i64 %1544, 27
  %1546 = add i64 %1545, %35
  %1547 = mul i64 %1546, 27
  %1548 = add i64 %1547, %1541
  %1549 = mul i64 %1548, 8
  %1550 = load <8 x float>, <8 x float>* %8, align 32
  %1551 = fcmp ogt <8 x float> %1550, zeroinitializer
  %1552 = select <8 x i1> %1551, <8 x float> %1550, <8 x float> zeroinitializer
  %1553 = getelementptr inbounds float, float* %0, i64 %1549
  %1554 = bitcast float* %1553 to <8 x float>*
  store <8 x float> %1552, <8 x float>* %1554, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header109:                                     ; preds = %endif114, %u.body106
  %kh112 = phi i64 [ 0, %u.body106 ], [ %kh.next130, %endif114 ]
  %1555 = icmp slt i64 %kh112, 5
  br i1 %1555, label %kh.body110, label %kh.exit111

kh.body110:                                       ; preds = %kh.header109
  %1556 = mul i64 %kh112, 1
  %1557 = add i64 %51, %1556
  %1558 = icmp sge i64 %1557, 0
  %1559 = icmp slt i64 %1557, 27
  %1560 = and i1 %1558, %1559
  br i1 %1560, label %then113, label %endif114

kh.exit111:                                       ; preds = %kh.header109
  %u.next131 = add i64 %u108, 1
  br label %u.header105

then113:                                          ; preds = %kh.body110
  %1561 = mul i64 %1557, 216
  %1562 = add i64 %1524, %1561
  br label %kw.header115

endif114:                                         ; preds = %kw.exit117, %kh.body110
  %kh.next130 = add i64 %kh112, 1
  br label %kh.header109

kw.header115:                                     ; preds = %endif120, %then113
  %kw118 = phi i64 [ 0, %then113 ], [ %kw.next129, %endif120 ]
  %1563 = icmp slt i64 %kw118, 5
  br i1 %1563, label %kw.body116, label %kw.exit117

kw.body116:                                       ; preds = %kw.header115
  %1564 = mul i64 %kw118, 1
  %1565 = add i64 %1521, %1564
  %1566 = mul i64 %kh112, 5
  %1567 = add i64 %1566, %kw118
  %1568 = mul i64 %1567, 64
  %1569 = add i64 %1526, %1568
  %1570 = icmp sge i64 %1565, 0
  %1571 = icmp slt i64 %1565, 27
  %1572 = and i1 %1570, %1571
  br i1 %1572, label %then119, label %endif120

kw.exit117:                                       ; preds = %kw.header115
  br label %endif114

then119:                                          ; preds = %kw.body116
  %1573 = add i64 %1569, 0
  %1574 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1573
  %1575 = bitcast float* %1574 to <8 x float>*
  %1576 = load <8 x float>, <8 x float>* %1575, align 4
  %1577 = add i64 %1569, 9600
  %1578 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1577
  %1579 = bitcast float* %1578 to <8 x float>*
  %1580 = load <8 x float>, <8 x float>* %1579, align 4
  %1581 = add i64 %1565, 0
  %1582 = mul i64 %1581, 8
  %1583 = add i64 %1582, 0
  %1584 = add i64 %1562, %1583
  %1585 = getelementptr inbounds float, float* %1, i64 %1584
  %1586 = load float, float* %1585, align 4
  %1587 = insertelement <8 x float> undef, float %1586, i32 0
  %splat121 = shufflevector <8 x float> %1587, <8 x float> undef, <8 x i32> zeroinitializer
  %1588 = load <8 x float>, <8 x float>* %9, align 32
  %1589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat121, <8 x float> %1576, <8 x float> %1588)
  store <8 x float> %1589, <8 x float>* %9, align 32
  %1590 = load <8 x float>, <8 x float>* %8, align 32
  %1591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat121, <8 x float> %1580, <8 x float> %1590)
  store <8 x float> %1591, <8 x float>* %8, align 32
  %1592 = add i64 %1569, 8
  %1593 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1592
  %1594 = bitcast float* %1593 to <8 x float>*
  %1595 = load <8 x float>, <8 x float>* %1594, align 4
  %1596 = add i64 %1569, 9608
  %1597 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1596
  %1598 = bitcast float* %1597 to <8 x float>*
  %1599 = load <8 x float>, <8 x float>* %1598, align 4
  %1600 = add i64 %1565, 0
  %1601 = mul i64 %1600, 8
  %1602 = add i64 %1601, 1
  %1603 = add i64 %1562, %1602
  %1604 = getelementptr inbounds float, float* %1, i64 %1603
  %1605 = load float, float* %1604, align 4
  %1606 = insertelement <8 x float> undef, float %1605, i32 0
  %splat122 = shufflevector <8 x float> %1606, <8 x float> undef, <8 x i32> zeroinitializer
  %1607 = load <8 x float>, <8 x float>* %9, align 32
  %1608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat122, <8 x float> %1595, <8 x float> %1607)
  store <8 x float> %1608, <8 x float>* %9, align 32
  %1609 = load <8 x float>, <8 x float>* %8, align 32
  %1610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat122, <8 x float> %1599, <8 x float> %1609)
  store <8 x float> %1610, <8 x float>* %8, align 32
  %1611 = add i64 %1569, 16
  %1612 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1611
  %1613 = bitcast float* %1612 to <8 x float>*
  %1614 = load <8 x float>, <8 x float>* %1613, align 4
  %1615 = add i64 %1569, 9616
  %1616 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1615
  %1617 = bitcast float* %1616 to <8 x float>*
  %1618 = load <8 x float>, <8 x float>* %1617, align 4
  %1619 = add i64 %1565, 0
  %1620 = mul i64 %1619, 8
  %1621 = add i64 %1620, 2
  %1622 = add i64 %1562, %1621
  %1623 = getelementptr inbounds float, float* %1, i64 %1622
  %1624 = load float, float* %1623, align 4
  %1625 = insertelement <8 x float> undef, float %1624, i32 0
  %splat123 = shufflevector <8 x float> %1625, <8 x float> undef, <8 x i32> zeroinitializer
  %1626 = load <8 x float>, <8 x float>* %9, align 32
  %1627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1614, <8 x float> %1626)
  store <8 x float> %1627, <8 x float>* %9, align 32
  %1628 = load <8 x float>, <8 x float>* %8, align 32
  %1629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1618, <8 x float> %1628)
  store <8 x float> %1629, <8 x float>* %8, align 32
  %1630 = add i64 %1569, 24
  %1631 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1630
  %1632 = bitcast float* %1631 to <8 x float>*
  %1633 = load <8 x float>, <8 x float>* %1632, align 4
  %1634 = add i64 %1569, 9624
  %1635 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1634
  %1636 = bitcast float* %1635 to <8 x float>*
  %1637 = load <8 x float>, <8 x float>* %1636, align 4
  %1638 = add i64 %1565, 0
  %1639 = mul i64 %1638, 8
  %1640 = add i64 %1639, 3
  %1641 = add i64 %1562, %1640
  %1642 = getelementptr inbounds float, float* %1, i64 %1641
  %1643 = load float, float* %1642, align 4
  %1644 = insertelement <8 x float> undef, float %1643, i32 0
  %splat124 = shufflevector <8 x float> %1644, <8 x float> undef, <8 x i32> zeroinitializer
  %1645 = load <8 x float>, <8 x float>* %9, align 32
  %1646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1633, <8 x float> %1645)
  store <8 x float> %1646, <8 x float>* %9, align 32
  %1647 = load <8 x float>, <8 x float>* %8, align 32
  %1648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1637, <8 x float> %1647)
  store <8 x float> %1648, <8 x float>* %8, align 32
  %1649 = add i64 %1569, 32
  %1650 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1649
  %1651 = bitcast float* %1650 to <8 x float>*
  %1652 = load <8 x float>, <8 x float>* %1651, align 4
  %1653 = add i64 %1569, 9632
  %1654 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1653
  %1655 = bitcast float* %1654 to <8 x float>*
  %1656 = load <8 x float>, <8 x float>* %1655, align 4
  %1657 = add i64 %1565, 0
  %1658 = mul i64 %1657, 8
  %1659 = add i64 %1658, 4
  %1660 = add i64 %1562, %1659
  %1661 = getelementptr inbounds float, float* %1, i64 %1660
  %1662 = load float, float* %1661, align 4
  %1663 = insertelement <8 x float> undef, float %1662, i32 0
  %splat125 = shufflevector <8 x float> %1663, <8 x float> undef, <8 x i32> zeroinitializer
  %1664 = load <8 x float>, <8 x float>* %9, align 32
  %1665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1652, <8 x float> %1664)
  store <8 x float> %1665, <8 x float>* %9, align 32
  %1666 = load <8 x float>, <8 x float>* %8, align 32
  %1667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1656, <8 x float> %1666)
  store <8 x float> %1667, <8 x float>* %8, align 32
  %1668 = add i64 %1569, 40
  %1669 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1668
  %1670 = bitcast float* %1669 to <8 x float>*
  %1671 = load <8 x float>, <8 x float>* %1670, align 4
  %1672 = add i64 %1569, 9640
  %1673 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1672
  %1674 = bitcast float* %1673 to <8 x float>*
  %1675 = load <8 x float>, <8 x float>* %1674, align 4
  %1676 = add i64 %1565, 0
  %1677 = mul i64 %1676, 8
  %1678 = add i64 %1677, 5
  %1679 = add i64 %1562, %1678
  %1680 = getelementptr inbounds float, float* %1, i64 %1679
  %1681 = load float, float* %1680, align 4
  %1682 = insertelement <8 x float> undef, float %1681, i32 0
  %splat126 = shufflevector <8 x float> %1682, <8 x float> undef, <8 x i32> zeroinitializer
  %1683 = load <8 x float>, <8 x float>* %9, align 32
  %1684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1671, <8 x float> %1683)
  store <8 x float> %1684, <8 x float>* %9, align 32
  %1685 = load <8 x float>, <8 x float>* %8, align 32
  %1686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1675, <8 x float> %1685)
  store <8 x float> %1686, <8 x float>* %8, align 32
  %1687 = add i64 %1569, 48
  %1688 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1687
  %1689 = bitcast float* %1688 to <8 x float>*
  %1690 = load <8 x float>, <8 x float>* %1689, align 4
  %1691 = add i64 %1569, 9648
  %1692 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1691
  %1693 = bitcast float* %1692 to <8 x float>*
  %1694 = load <8 x float>, <8 x float>* %1693, align 4
  %1695 = add i64 %1565, 0
  %1696 = mul i64 %1695, 8
  %1697 = add i64 %1696, 6
  %1698 = add i64 %1562, %1697
  %1699 = getelementptr inbounds float, float* %1, i64 %1698
  %1700 = load float, float* %1699, align 4
  %1701 = insertelement <8 x float> undef, float %1700, i32 0
  %splat127 = shufflevector <8 x float> %1701, <8 x float> undef, <8 x i32> zeroinitializer
  %1702 = load <8 x float>, <8 x float>* %9, align 32
  %1703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1690, <8 x float> %1702)
  store <8 x float> %1703, <8 x float>* %9, align 32
  %1704 = load <8 x float>, <8 x float>* %8, align 32
  %1705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1694, <8 x float> %1704)
  store <8 x float> %1705, <8 x float>* %8, align 32
  %1706 = add i64 %1569, 56
  %1707 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1706
  %1708 = bitcast float* %1707 to <8 x float>*
  %1709 = load <8 x float>, <8 x float>* %1708, align 4
  %1710 = add i64 %1569, 9656
  %1711 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1710
  %1712 = bitcast float* %1711 to <8 x float>*
  %1713 = load <8 x float>, <8 x float>* %1712, align 4
  %1714 = add i64 %1565, 0
  %1715 = mul i64 %1714, 8
  %1716 = add i64 %1715, 7
  %1717 = add i64 %1562, %1716
  %1718 = getelementptr inbounds float, float* %1, i64 %1717
  %1719 = load float, float* %1718, align 4
  %1720 = insertelement <8 x float> undef, float %1719, i32 0
  %splat128 = shufflevector <8 x float> %1720, <8 x float> undef, <8 x i32> zeroinitializer
  %1721 = load <8 x float>, <8 x float>* %9, align 32
  %1722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1709, <8 x float> %1721)
  store <8 x float> %1722, <8 x float>* %9, align 32
  %1723 = load <8 x float>, <8 x float>* %8, align 32
  %1724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1713, <8 x float> %1723)
  store <8 x float> %1724, <8 x float>* %8, align 32
  br label %endif120

endif120:                                         ; preds = %then119, %kw.body116
  %kw.next129 = add i64 %kw118, 1
  br label %kw.header115

xb.header132:                                     ; preds = %u.exit138, %xb.exit
  %xb135 = phi i64 [ 25, %xb.exit ], [ %xb.next163, %u.exit138 ]
  %1725 = icmp slt i64 %xb135, 27
  br i1 %1725, label %xb.body133, label %xb.exit134

xb.body133:                                       ; preds = %xb.header132
  %1726 = add i64 %41, 0
  %1727 = mul i64 %1726, 8
  %1728 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %1727
  %1729 = bitcast float* %1728 to <8 x float>*
  %1730 = load <8 x float>, <8 x float>* %1729, align 4
  store <8 x float> %1730, <8 x float>* %7, align 32
  %1731 = add i64 %41, 1
  %1732 = mul i64 %1731, 8
  %1733 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2.bias to float*), i64 %1732
  %1734 = bitcast float* %1733 to <8 x float>*
  %1735 = load <8 x float>, <8 x float>* %1734, align 4
  store <8 x float> %1735, <8 x float>* %6, align 32
  %1736 = mul i64 %xb135, 1
  %1737 = sub i64 %1736, 2
  br label %u.header136

xb.exit134:                                       ; preds = %xb.header132
  %task.next = add i64 %task, 1
  br label %task.header

u.header136:                                      ; preds = %kh.exit142, %xb.body133
  %u139 = phi i64 [ 0, %xb.body133 ], [ %u.next162, %kh.exit142 ]
  %1738 = icmp slt i64 %u139, 6
  br i1 %1738, label %u.body137, label %u.exit138

u.body137:                                        ; preds = %u.header136
  %1739 = mul i64 %u139, 5832
  %1740 = add i64 %45, %1739
  %1741 = mul i64 %u139, 1600
  %1742 = add i64 %49, %1741
  br label %kh.header140

u.exit138:                                        ; preds = %u.header136
  %1743 = add i64 %xb135, 0
  %1744 = mul i64 %38, 32
  %1745 = add i64 %1744, %41
  %1746 = add i64 %1745, 0
  %1747 = mul i64 %1746, 27
  %1748 = add i64 %1747, %35
  %1749 = mul i64 %1748, 27
  %1750 = add i64 %1749, %1743
  %1751 = mul i64 %1750, 8
  %1752 = load <8 x float>, <8 x float>* %7, align 32
  %1753 = fcmp ogt <8 x float> %1752, zeroinitializer
  %1754 = select <8 x i1> %1753, <8 x float> %1752, <8 x float> zeroinitializer
  %1755 = getelementptr inbounds float, float* %0, i64 %1751
  %1756 = bitcast float* %1755 to <8 x float>*
  store <8 x float> %1754, <8 x float>* %1756, align 4
  %1757 = add i64 %xb135, 0
  %1758 = mul i64 %38, 32
  %1759 = add i64 %1758, %41
  %1760 = add i64 %1759, 1
  %1761 = mul i64 %1760, 27
  %1762 = add i64 %1761, %35
  %1763 = mul i64 %1762, 27
  %1764 = add i64 %1763, %1757
  %1765 = mul i64 %1764, 8
  %1766 = load <8 x float>, <8 x float>* %6, align 32
  %1767 = fcmp ogt <8 x float> %1766, zeroinitializer
  %1768 = select <8 x i1> %1767, <8 x float> %1766, <8 x float> zeroinitializer
  %1769 = getelementptr inbounds float, float* %0, i64 %1765
  %1770 = bitcast float* %1769 to <8 x float>*
  store <8 x float> %1768, <8 x float>* %1770, align 4
  %xb.next163 = add i64 %xb135, 1
  br label %xb.header132

kh.header140:                                     ; preds = %endif145, %u.body137
  %kh143 = phi i64 [ 0, %u.body137 ], [ %kh.next161, %endif145 ]
  %1771 = icmp slt i64 %kh143, 5
  br i1 %1771, label %kh.body141, label %kh.exit142

kh.body141:                                       ; preds = %kh.header140
  %1772 = mul i64 %kh143, 1
  %1773 = add i64 %51, %1772
  %1774 = icmp sge i64 %1773, 0
  %1775 = icmp slt i64 %1773, 27
  %1776 = and i1 %1774, %1775
  br i1 %1776, label %then144, label %endif145

kh.exit142:                                       ; preds = %kh.header140
  %u.next162 = add i64 %u139, 1
  br label %u.header136

then144:                                          ; preds = %kh.body141
  %1777 = mul i64 %1773, 216
  %1778 = add i64 %1740, %1777
  br label %kw.header146

endif145:                                         ; preds = %kw.exit148, %kh.body141
  %kh.next161 = add i64 %kh143, 1
  br label %kh.header140

kw.header146:                                     ; preds = %endif151, %then144
  %kw149 = phi i64 [ 0, %then144 ], [ %kw.next160, %endif151 ]
  %1779 = icmp slt i64 %kw149, 5
  br i1 %1779, label %kw.body147, label %kw.exit148

kw.body147:                                       ; preds = %kw.header146
  %1780 = mul i64 %kw149, 1
  %1781 = add i64 %1737, %1780
  %1782 = mul i64 %kh143, 5
  %1783 = add i64 %1782, %kw149
  %1784 = mul i64 %1783, 64
  %1785 = add i64 %1742, %1784
  %1786 = icmp sge i64 %1781, 0
  %1787 = icmp slt i64 %1781, 27
  %1788 = and i1 %1786, %1787
  br i1 %1788, label %then150, label %endif151

kw.exit148:                                       ; preds = %kw.header146
  br label %endif145

then150:                                          ; preds = %kw.body147
  %1789 = add i64 %1785, 0
  %1790 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1789
  %1791 = bitcast float* %1790 to <8 x float>*
  %1792 = load <8 x float>, <8 x float>* %1791, align 4
  %1793 = add i64 %1785, 9600
  %1794 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1793
  %1795 = bitcast float* %1794 to <8 x float>*
  %1796 = load <8 x float>, <8 x float>* %1795, align 4
  %1797 = add i64 %1781, 0
  %1798 = mul i64 %1797, 8
  %1799 = add i64 %1798, 0
  %1800 = add i64 %1778, %1799
  %1801 = getelementptr inbounds float, float* %1, i64 %1800
  %1802 = load float, float* %1801, align 4
  %1803 = insertelement <8 x float> undef, float %1802, i32 0
  %splat152 = shufflevector <8 x float> %1803, <8 x float> undef, <8 x i32> zeroinitializer
  %1804 = load <8 x float>, <8 x float>* %7, align 32
  %1805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1792, <8 x float> %1804)
  store <8 x float> %1805, <8 x float>* %7, align 32
  %1806 = load <8 x float>, <8 x float>* %6, align 32
  %1807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1796, <8 x float> %1806)
  store <8 x float> %1807, <8 x float>* %6, align 32
  %1808 = add i64 %1785, 8
  %1809 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1808
  %1810 = bitcast float* %1809 to <8 x float>*
  %1811 = load <8 x float>, <8 x float>* %1810, align 4
  %1812 = add i64 %1785, 9608
  %1813 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1812
  %1814 = bitcast float* %1813 to <8 x float>*
  %1815 = load <8 x float>, <8 x float>* %1814, align 4
  %1816 = add i64 %1781, 0
  %1817 = mul i64 %1816, 8
  %1818 = add i64 %1817, 1
  %1819 = add i64 %1778, %1818
  %1820 = getelementptr inbounds float, float* %1, i64 %1819
  %1821 = load float, float* %1820, align 4
  %1822 = insertelement <8 x float> undef, float %1821, i32 0
  %splat153 = shufflevector <8 x float> %1822, <8 x float> undef, <8 x i32> zeroinitializer
  %1823 = load <8 x float>, <8 x float>* %7, align 32
  %1824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1811, <8 x float> %1823)
  store <8 x float> %1824, <8 x float>* %7, align 32
  %1825 = load <8 x float>, <8 x float>* %6, align 32
  %1826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1815, <8 x float> %1825)
  store <8 x float> %1826, <8 x float>* %6, align 32
  %1827 = add i64 %1785, 16
  %1828 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1827
  %1829 = bitcast float* %1828 to <8 x float>*
  %1830 = load <8 x float>, <8 x float>* %1829, align 4
  %1831 = add i64 %1785, 9616
  %1832 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1831
  %1833 = bitcast float* %1832 to <8 x float>*
  %1834 = load <8 x float>, <8 x float>* %1833, align 4
  %1835 = add i64 %1781, 0
  %1836 = mul i64 %1835, 8
  %1837 = add i64 %1836, 2
  %1838 = add i64 %1778, %1837
  %1839 = getelementptr inbounds float, float* %1, i64 %1838
  %1840 = load float, float* %1839, align 4
  %1841 = insertelement <8 x float> undef, float %1840, i32 0
  %splat154 = shufflevector <8 x float> %1841, <8 x float> undef, <8 x i32> zeroinitializer
  %1842 = load <8 x float>, <8 x float>* %7, align 32
  %1843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1830, <8 x float> %1842)
  store <8 x float> %1843, <8 x float>* %7, align 32
  %1844 = load <8 x float>, <8 x float>* %6, align 32
  %1845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1834, <8 x float> %1844)
  store <8 x float> %1845, <8 x float>* %6, align 32
  %1846 = add i64 %1785, 24
  %1847 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1846
  %1848 = bitcast float* %1847 to <8 x float>*
  %1849 = load <8 x float>, <8 x float>* %1848, align 4
  %1850 = add i64 %1785, 9624
  %1851 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1850
  %1852 = bitcast float* %1851 to <8 x float>*
  %1853 = load <8 x float>, <8 x float>* %1852, align 4
  %1854 = add i64 %1781, 0
  %1855 = mul i64 %1854, 8
  %1856 = add i64 %1855, 3
  %1857 = add i64 %1778, %1856
  %1858 = getelementptr inbounds float, float* %1, i64 %1857
  %1859 = load float, float* %1858, align 4
  %1860 = insertelement <8 x float> undef, float %1859, i32 0
  %splat155 = shufflevector <8 x float> %1860, <8 x float> undef, <8 x i32> zeroinitializer
  %1861 = load <8 x float>, <8 x float>* %7, align 32
  %1862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1849, <8 x float> %1861)
  store <8 x float> %1862, <8 x float>* %7, align 32
  %1863 = load <8 x float>, <8 x float>* %6, align 32
  %1864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1853, <8 x float> %1863)
  store <8 x float> %1864, <8 x float>* %6, align 32
  %1865 = add i64 %1785, 32
  %1866 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1865
  %1867 = bitcast float* %1866 to <8 x float>*
  %1868 = load <8 x float>, <8 x float>* %1867, align 4
  %1869 = add i64 %1785, 9632
  %1870 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1869
  %1871 = bitcast float* %1870 to <8 x float>*
  %1872 = load <8 x float>, <8 x float>* %1871, align 4
  %1873 = add i64 %1781, 0
  %1874 = mul i64 %1873, 8
  %1875 = add i64 %1874, 4
  %1876 = add i64 %1778, %1875
  %1877 = getelementptr inbounds float, float* %1, i64 %1876
  %1878 = load float, float* %1877, align 4
  %1879 = insertelement <8 x float> undef, float %1878, i32 0
  %splat156 = shufflevector <8 x float> %1879, <8 x float> undef, <8 x i32> zeroinitializer
  %1880 = load <8 x float>, <8 x float>* %7, align 32
  %1881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1868, <8 x float> %1880)
  store <8 x float> %1881, <8 x float>* %7, align 32
  %1882 = load <8 x float>, <8 x float>* %6, align 32
  %1883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1872, <8 x float> %1882)
  store <8 x float> %1883, <8 x float>* %6, align 32
  %1884 = add i64 %1785, 40
  %1885 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1884
  %1886 = bitcast float* %1885 to <8 x float>*
  %1887 = load <8 x float>, <8 x float>* %1886, align 4
  %1888 = add i64 %1785, 9640
  %1889 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1888
  %1890 = bitcast float* %1889 to <8 x float>*
  %1891 = load <8 x float>, <8 x float>* %1890, align 4
  %1892 = add i64 %1781, 0
  %1893 = mul i64 %1892, 8
  %1894 = add i64 %1893, 5
  %1895 = add i64 %1778, %1894
  %1896 = getelementptr inbounds float, float* %1, i64 %1895
  %1897 = load float, float* %1896, align 4
  %1898 = insertelement <8 x float> undef, float %1897, i32 0
  %splat157 = shufflevector <8 x float> %1898, <8 x float> undef, <8 x i32> zeroinitializer
  %1899 = load <8 x float>, <8 x float>* %7, align 32
  %1900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1887, <8 x float> %1899)
  store <8 x float> %1900, <8 x float>* %7, align 32
  %1901 = load <8 x float>, <8 x float>* %6, align 32
  %1902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1891, <8 x float> %1901)
  store <8 x float> %1902, <8 x float>* %6, align 32
  %1903 = add i64 %1785, 48
  %1904 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1903
  %1905 = bitcast float* %1904 to <8 x float>*
  %1906 = load <8 x float>, <8 x float>* %1905, align 4
  %1907 = add i64 %1785, 9648
  %1908 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1907
  %1909 = bitcast float* %1908 to <8 x float>*
  %1910 = load <8 x float>, <8 x float>* %1909, align 4
  %1911 = add i64 %1781, 0
  %1912 = mul i64 %1911, 8
  %1913 = add i64 %1912, 6
  %1914 = add i64 %1778, %1913
  %1915 = getelementptr inbounds float, float* %1, i64 %1914
  %1916 = load float, float* %1915, align 4
  %1917 = insertelement <8 x float> undef, float %1916, i32 0
  %splat158 = shufflevector <8 x float> %1917, <8 x float> undef, <8 x i32> zeroinitializer
  %1918 = load <8 x float>, <8 x float>* %7, align 32
  %1919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1906, <8 x float> %1918)
  store <8 x float> %1919, <8 x float>* %7, align 32
  %1920 = load <8 x float>, <8 x float>* %6, align 32
  %1921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1910, <8 x float> %1920)
  store <8 x float> %1921, <8 x float>* %6, align 32
  %1922 = add i64 %1785, 56
  %1923 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1922
  %1924 = bitcast float* %1923 to <8 x float>*
  %1925 = load <8 x float>, <8 x float>* %1924, align 4
  %1926 = add i64 %1785, 9656
  %1927 = getelementptr inbounds float, float* bitcast ([1228800 x i8]* @weight.conv2.packed to float*), i64 %1926
  %1928 = bitcast float* %1927 to <8 x float>*
  %1929 = load <8 x float>, <8 x float>* %1928, align 4
  %1930 = add i64 %1781, 0
  %1931 = mul i64 %1930, 8
  %1932 = add i64 %1931, 7
  %1933 = add i64 %1778, %1932
  %1934 = getelementptr inbounds float, float* %1, i64 %1933
  %1935 = load float, float* %1934, align 4
  %1936 = insertelement <8 x float> undef, float %1935, i32 0
  %splat159 = shufflevector <8 x float> %1936, <8 x float> undef, <8 x i32> zeroinitializer
  %1937 = load <8 x float>, <8 x float>* %7, align 32
  %1938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1925, <8 x float> %1937)
  store <8 x float> %1938, <8 x float>* %7, align 32
  %1939 = load <8 x float>, <8 x float>* %6, align 32
  %1940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1929, <8 x float> %1939)
  store <8 x float> %1940, <8 x float>* %6, align 32
  br label %endif151

endif151:                                         ; preds = %then150, %kw.body147
  %kw.next160 = add i64 %kw149, 1
  br label %kw.header146
}

; Function Attrs: nounwind
define internal void @node5.conv2.step0(i8* %0) #2 {
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
  %19 = add i64 432, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 432
  %23 = select i1 %22, i64 %21, i64 432
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 432
  %26 = select i1 %25, i64 %24, i64 432
  call void @node5.conv2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %w.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %w.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 27
  %8 = sdiv i64 %task, 27
  %9 = mul i64 %task, 216
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 27
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 729
  %14 = mul i64 %7, 27
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
  %25 = mul i64 %24, 729
  %26 = mul i64 %7, 27
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
  %37 = mul i64 %36, 729
  %38 = mul i64 %7, 27
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
  %49 = mul i64 %48, 729
  %50 = mul i64 %7, 27
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
  %61 = mul i64 %60, 729
  %62 = mul i64 %7, 27
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
  %73 = mul i64 %72, 729
  %74 = mul i64 %7, 27
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
  %85 = mul i64 %84, 729
  %86 = mul i64 %7, 27
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
  %97 = mul i64 %96, 729
  %98 = mul i64 %7, 27
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
define internal void @node6.conv2.nchw.step0(i8* %0) #2 {
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
  %19 = add i64 864, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 864
  %23 = select i1 %22, i64 %21, i64 864
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 864
  %26 = select i1 %25, i64 %24, i64 864
  call void @node6.conv2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.lrn_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node7.lrn_2.step0(i8* %0) #2 {
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
  call void @node7.lrn_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node8.maxPool2d_2.step0(i8* %0) #2 {
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
  call void @node8.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_2.nchw8c.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %w.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %w.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 13
  %8 = sdiv i64 %task, 13
  %9 = mul i64 %task, 104
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 13
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 169
  %14 = mul i64 %7, 13
  %15 = add i64 %14, %w
  %16 = add i64 %13, %15
  %17 = mul i64 %w, 8
  %18 = add i64 %17, 0
  %19 = add i64 %9, %18
  %20 = getelementptr inbounds float, float* %1, i64 %16
  %21 = load float, float* %20, align 4
  %22 = getelementptr inbounds float, float* %0, i64 %19
  store float %21, float* %22, align 4
  %23 = mul i64 %8, 8
  %24 = add i64 %23, 1
  %25 = mul i64 %24, 169
  %26 = mul i64 %7, 13
  %27 = add i64 %26, %w
  %28 = add i64 %25, %27
  %29 = mul i64 %w, 8
  %30 = add i64 %29, 1
  %31 = add i64 %9, %30
  %32 = getelementptr inbounds float, float* %1, i64 %28
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %0, i64 %31
  store float %33, float* %34, align 4
  %35 = mul i64 %8, 8
  %36 = add i64 %35, 2
  %37 = mul i64 %36, 169
  %38 = mul i64 %7, 13
  %39 = add i64 %38, %w
  %40 = add i64 %37, %39
  %41 = mul i64 %w, 8
  %42 = add i64 %41, 2
  %43 = add i64 %9, %42
  %44 = getelementptr inbounds float, float* %1, i64 %40
  %45 = load float, float* %44, align 4
  %46 = getelementptr inbounds float, float* %0, i64 %43
  store float %45, float* %46, align 4
  %47 = mul i64 %8, 8
  %48 = add i64 %47, 3
  %49 = mul i64 %48, 169
  %50 = mul i64 %7, 13
  %51 = add i64 %50, %w
  %52 = add i64 %49, %51
  %53 = mul i64 %w, 8
  %54 = add i64 %53, 3
  %55 = add i64 %9, %54
  %56 = getelementptr inbounds float, float* %1, i64 %52
  %57 = load float, float* %56, align 4
  %58 = getelementptr inbounds float, float* %0, i64 %55
  store float %57, float* %58, align 4
  %59 = mul i64 %8, 8
  %60 = add i64 %59, 4
  %61 = mul i64 %60, 169
  %62 = mul i64 %7, 13
  %63 = add i64 %62, %w
  %64 = add i64 %61, %63
  %65 = mul i64 %w, 8
  %66 = add i64 %65, 4
  %67 = add i64 %9, %66
  %68 = getelementptr inbounds float, float* %1, i64 %64
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %0, i64 %67
  store float %69, float* %70, align 4
  %71 = mul i64 %8, 8
  %72 = add i64 %71, 5
  %73 = mul i64 %72, 169
  %74 = mul i64 %7, 13
  %75 = add i64 %74, %w
  %76 = add i64 %73, %75
  %77 = mul i64 %w, 8
  %78 = add i64 %77, 5
  %79 = add i64 %9, %78
  %80 = getelementptr inbounds float, float* %1, i64 %76
  %81 = load float, float* %80, align 4
  %82 = getelementptr inbounds float, float* %0, i64 %79
  store float %81, float* %82, align 4
  %83 = mul i64 %8, 8
  %84 = add i64 %83, 6
  %85 = mul i64 %84, 169
  %86 = mul i64 %7, 13
  %87 = add i64 %86, %w
  %88 = add i64 %85, %87
  %89 = mul i64 %w, 8
  %90 = add i64 %89, 6
  %91 = add i64 %9, %90
  %92 = getelementptr inbounds float, float* %1, i64 %88
  %93 = load float, float* %92, align 4
  %94 = getelementptr inbounds float, float* %0, i64 %91
  store float %93, float* %94, align 4
  %95 = mul i64 %8, 8
  %96 = add i64 %95, 7
  %97 = mul i64 %96, 169
  %98 = mul i64 %7, 13
  %99 = add i64 %98, %w
  %100 = add i64 %97, %99
  %101 = mul i64 %w, 8
  %102 = add i64 %101, 7
  %103 = add i64 %9, %102
  %104 = getelementptr inbounds float, float* %1, i64 %100
  %105 = load float, float* %104, align 4
  %106 = getelementptr inbounds float, float* %0, i64 %103
  store float %105, float* %106, align 4
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node9.maxPool2d_2.nchw8c.step0(i8* %0) #2 {
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
  call void @node9.maxPool2d_2.nchw8c.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xb.exit117, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit117 ]
  %19 = icmp slt i64 %task, %5
  br i1 %19, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %20 = srem i64 %task, 48
  %21 = sdiv i64 %task, 48
  %22 = srem i64 %21, 13
  %23 = sdiv i64 %task, 624
  %24 = srem i64 %23, 1
  %25 = sdiv i64 %23, 1
  %26 = mul i64 %24, 48
  %27 = mul i64 %20, 1
  %28 = add i64 %26, %27
  %29 = mul i64 %25, 32
  %30 = mul i64 %24, 32
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 1352
  %33 = mul i64 %24, 48
  %34 = mul i64 %20, 1
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 18432
  %37 = mul i64 %22, 1
  %38 = sub i64 %37, 1
  %39 = add i64 %28, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  store <8 x float> %43, <8 x float>* %18, align 32
  store <8 x float> %43, <8 x float>* %17, align 32
  store <8 x float> %43, <8 x float>* %16, align 32
  store <8 x float> %43, <8 x float>* %15, align 32
  store <8 x float> %43, <8 x float>* %14, align 32
  store <8 x float> %43, <8 x float>* %13, align 32
  store <8 x float> %43, <8 x float>* %12, align 32
  store <8 x float> %43, <8 x float>* %11, align 32
  store <8 x float> %43, <8 x float>* %10, align 32
  store <8 x float> %43, <8 x float>* %9, align 32
  store <8 x float> %43, <8 x float>* %8, align 32
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %44 = icmp slt i64 %u, 32
  br i1 %44, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %45 = mul i64 %u, 1352
  %46 = add i64 %32, %45
  %47 = mul i64 %u, 576
  %48 = add i64 %36, %47
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %49 = mul i64 %25, 48
  %50 = add i64 %49, %28
  %51 = add i64 %50, 0
  %52 = mul i64 %51, 13
  %53 = add i64 %52, %22
  %54 = mul i64 %53, 13
  %55 = add i64 %54, 1
  %56 = mul i64 %55, 8
  %57 = load <8 x float>, <8 x float>* %18, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = getelementptr inbounds float, float* %0, i64 %56
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> %59, <8 x float>* %61, align 4
  %62 = mul i64 %25, 48
  %63 = add i64 %62, %28
  %64 = add i64 %63, 0
  %65 = mul i64 %64, 13
  %66 = add i64 %65, %22
  %67 = mul i64 %66, 13
  %68 = add i64 %67, 2
  %69 = mul i64 %68, 8
  %70 = load <8 x float>, <8 x float>* %17, align 32
  %71 = fcmp ogt <8 x float> %70, zeroinitializer
  %72 = select <8 x i1> %71, <8 x float> %70, <8 x float> zeroinitializer
  %73 = getelementptr inbounds float, float* %0, i64 %69
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %72, <8 x float>* %74, align 4
  %75 = mul i64 %25, 48
  %76 = add i64 %75, %28
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 13
  %79 = add i64 %78, %22
  %80 = mul i64 %79, 13
  %81 = add i64 %80, 3
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %16, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = mul i64 %25, 48
  %89 = add i64 %88, %28
  %90 = add i64 %89, 0
  %91 = mul i64 %90, 13
  %92 = add i64 %91, %22
  %93 = mul i64 %92, 13
  %94 = add i64 %93, 4
  %95 = mul i64 %94, 8
  %96 = load <8 x float>, <8 x float>* %15, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = getelementptr inbounds float, float* %0, i64 %95
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %98, <8 x float>* %100, align 4
  %101 = mul i64 %25, 48
  %102 = add i64 %101, %28
  %103 = add i64 %102, 0
  %104 = mul i64 %103, 13
  %105 = add i64 %104, %22
  %106 = mul i64 %105, 13
  %107 = add i64 %106, 5
  %108 = mul i64 %107, 8
  %109 = load <8 x float>, <8 x float>* %14, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = getelementptr inbounds float, float* %0, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = mul i64 %25, 48
  %115 = add i64 %114, %28
  %116 = add i64 %115, 0
  %117 = mul i64 %116, 13
  %118 = add i64 %117, %22
  %119 = mul i64 %118, 13
  %120 = add i64 %119, 6
  %121 = mul i64 %120, 8
  %122 = load <8 x float>, <8 x float>* %13, align 32
  %123 = fcmp ogt <8 x float> %122, zeroinitializer
  %124 = select <8 x i1> %123, <8 x float> %122, <8 x float> zeroinitializer
  %125 = getelementptr inbounds float, float* %0, i64 %121
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = mul i64 %25, 48
  %128 = add i64 %127, %28
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 13
  %131 = add i64 %130, %22
  %132 = mul i64 %131, 13
  %133 = add i64 %132, 7
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = mul i64 %25, 48
  %141 = add i64 %140, %28
  %142 = add i64 %141, 0
  %143 = mul i64 %142, 13
  %144 = add i64 %143, %22
  %145 = mul i64 %144, 13
  %146 = add i64 %145, 8
  %147 = mul i64 %146, 8
  %148 = load <8 x float>, <8 x float>* %11, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = getelementptr inbounds float, float* %0, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = mul i64 %25, 48
  %154 = add i64 %153, %28
  %155 = add i64 %154, 0
  %156 = mul i64 %155, 13
  %157 = add i64 %156, %22
  %158 = mul i64 %157, 13
  %159 = add i64 %158, 9
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %10, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = mul i64 %25, 48
  %167 = add i64 %166, %28
  %168 = add i64 %167, 0
  %169 = mul i64 %168, 13
  %170 = add i64 %169, %22
  %171 = mul i64 %170, 13
  %172 = add i64 %171, 10
  %173 = mul i64 %172, 8
  %174 = load <8 x float>, <8 x float>* %9, align 32
  %175 = fcmp ogt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> %174, <8 x float> zeroinitializer
  %177 = getelementptr inbounds float, float* %0, i64 %173
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = mul i64 %25, 48
  %180 = add i64 %179, %28
  %181 = add i64 %180, 0
  %182 = mul i64 %181, 13
  %183 = add i64 %182, %22
  %184 = mul i64 %183, 13
  %185 = add i64 %184, 11
  %186 = mul i64 %185, 8
  %187 = load <8 x float>, <8 x float>* %8, align 32
  %188 = fcmp ogt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> %187, <8 x float> zeroinitializer
  %190 = getelementptr inbounds float, float* %0, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  br label %xb.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %192 = icmp slt i64 %kh, 3
  br i1 %192, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %193 = mul i64 %kh, 1
  %194 = add i64 %38, %193
  %195 = icmp sge i64 %194, 0
  %196 = icmp slt i64 %194, 13
  %197 = and i1 %195, %196
  br i1 %197, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %198 = mul i64 %194, 104
  %199 = add i64 %46, %198
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %200 = icmp slt i64 %kw, 3
  br i1 %200, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %201 = mul i64 %kw, 1
  %202 = add i64 0, %201
  %203 = mul i64 %kh, 3
  %204 = add i64 %203, %kw
  %205 = mul i64 %204, 64
  %206 = add i64 %48, %205
  %207 = add i64 %206, 0
  %208 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  %210 = load <8 x float>, <8 x float>* %209, align 4
  %211 = add i64 %202, 0
  %212 = mul i64 %211, 8
  %213 = add i64 %212, 0
  %214 = add i64 %199, %213
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %18, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %210, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %18, align 32
  %220 = add i64 %202, 1
  %221 = mul i64 %220, 8
  %222 = add i64 %221, 0
  %223 = add i64 %199, %222
  %224 = getelementptr inbounds float, float* %1, i64 %223
  %225 = load float, float* %224, align 4
  %226 = insertelement <8 x float> undef, float %225, i32 0
  %splat1 = shufflevector <8 x float> %226, <8 x float> undef, <8 x i32> zeroinitializer
  %227 = load <8 x float>, <8 x float>* %17, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %210, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %17, align 32
  %229 = add i64 %202, 2
  %230 = mul i64 %229, 8
  %231 = add i64 %230, 0
  %232 = add i64 %199, %231
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat2 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %16, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %210, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %16, align 32
  %238 = add i64 %202, 3
  %239 = mul i64 %238, 8
  %240 = add i64 %239, 0
  %241 = add i64 %199, %240
  %242 = getelementptr inbounds float, float* %1, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat3 = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %15, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %210, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %15, align 32
  %247 = add i64 %202, 4
  %248 = mul i64 %247, 8
  %249 = add i64 %248, 0
  %250 = add i64 %199, %249
  %251 = getelementptr inbounds float, float* %1, i64 %250
  %252 = load float, float* %251, align 4
  %253 = insertelement <8 x float> undef, float %252, i32 0
  %splat4 = shufflevector <8 x float> %253, <8 x float> undef, <8 x i32> zeroinitializer
  %254 = load <8 x float>, <8 x float>* %14, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %210, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %14, align 32
  %256 = add i64 %202, 5
  %257 = mul i64 %256, 8
  %258 = add i64 %257, 0
  %259 = add i64 %199, %258
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat5 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %13, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %210, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %13, align 32
  %265 = add i64 %202, 6
  %266 = mul i64 %265, 8
  %267 = add i64 %266, 0
  %268 = add i64 %199, %267
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat6 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %12, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %210, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %12, align 32
  %274 = add i64 %202, 7
  %275 = mul i64 %274, 8
  %276 = add i64 %275, 0
  %277 = add i64 %199, %276
  %278 = getelementptr inbounds float, float* %1, i64 %277
  %279 = load float, float* %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i32 0
  %splat7 = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %281 = load <8 x float>, <8 x float>* %11, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %210, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %11, align 32
  %283 = add i64 %202, 8
  %284 = mul i64 %283, 8
  %285 = add i64 %284, 0
  %286 = add i64 %199, %285
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat8 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %10, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %210, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %10, align 32
  %292 = add i64 %202, 9
  %293 = mul i64 %292, 8
  %294 = add i64 %293, 0
  %295 = add i64 %199, %294
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = load float, float* %296, align 4
  %298 = insertelement <8 x float> undef, float %297, i32 0
  %splat9 = shufflevector <8 x float> %298, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = load <8 x float>, <8 x float>* %9, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %210, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %9, align 32
  %301 = add i64 %202, 10
  %302 = mul i64 %301, 8
  %303 = add i64 %302, 0
  %304 = add i64 %199, %303
  %305 = getelementptr inbounds float, float* %1, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat10 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %8, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %210, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %8, align 32
  %310 = add i64 %206, 8
  %311 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %202, 0
  %315 = mul i64 %314, 8
  %316 = add i64 %315, 1
  %317 = add i64 %199, %316
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat11 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %18, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %313, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %18, align 32
  %323 = add i64 %202, 1
  %324 = mul i64 %323, 8
  %325 = add i64 %324, 1
  %326 = add i64 %199, %325
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat12 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %17, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %313, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %17, align 32
  %332 = add i64 %202, 2
  %333 = mul i64 %332, 8
  %334 = add i64 %333, 1
  %335 = add i64 %199, %334
  %336 = getelementptr inbounds float, float* %1, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat13 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %16, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %313, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %16, align 32
  %341 = add i64 %202, 3
  %342 = mul i64 %341, 8
  %343 = add i64 %342, 1
  %344 = add i64 %199, %343
  %345 = getelementptr inbounds float, float* %1, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat14 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %15, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %313, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %15, align 32
  %350 = add i64 %202, 4
  %351 = mul i64 %350, 8
  %352 = add i64 %351, 1
  %353 = add i64 %199, %352
  %354 = getelementptr inbounds float, float* %1, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat15 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %14, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %313, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %14, align 32
  %359 = add i64 %202, 5
  %360 = mul i64 %359, 8
  %361 = add i64 %360, 1
  %362 = add i64 %199, %361
  %363 = getelementptr inbounds float, float* %1, i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat16 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %13, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %313, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %13, align 32
  %368 = add i64 %202, 6
  %369 = mul i64 %368, 8
  %370 = add i64 %369, 1
  %371 = add i64 %199, %370
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat17 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %12, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %313, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %12, align 32
  %377 = add i64 %202, 7
  %378 = mul i64 %377, 8
  %379 = add i64 %378, 1
  %380 = add i64 %199, %379
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat18 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %11, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %313, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %11, align 32
  %386 = add i64 %202, 8
  %387 = mul i64 %386, 8
  %388 = add i64 %387, 1
  %389 = add i64 %199, %388
  %390 = getelementptr inbounds float, float* %1, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat19 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %10, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %313, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %10, align 32
  %395 = add i64 %202, 9
  %396 = mul i64 %395, 8
  %397 = add i64 %396, 1
  %398 = add i64 %199, %397
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat20 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %9, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %313, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %9, align 32
  %404 = add i64 %202, 10
  %405 = mul i64 %404, 8
  %406 = add i64 %405, 1
  %407 = add i64 %199, %406
  %408 = getelementptr inbounds float, float* %1, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat21 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %8, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %313, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %8, align 32
  %413 = add i64 %206, 16
  %414 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = add i64 %202, 0
  %418 = mul i64 %417, 8
  %419 = add i64 %418, 2
  %420 = add i64 %199, %419
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat22 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %18, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %416, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %18, align 32
  %426 = add i64 %202, 1
  %427 = mul i64 %426, 8
  %428 = add i64 %427, 2
  %429 = add i64 %199, %428
  %430 = getelementptr inbounds float, float* %1, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat23 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %416, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %202, 2
  %436 = mul i64 %435, 8
  %437 = add i64 %436, 2
  %438 = add i64 %199, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat24 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %16, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %416, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %16, align 32
  %444 = add i64 %202, 3
  %445 = mul i64 %444, 8
  %446 = add i64 %445, 2
  %447 = add i64 %199, %446
  %448 = getelementptr inbounds float, float* %1, i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat25 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %15, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %416, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %15, align 32
  %453 = add i64 %202, 4
  %454 = mul i64 %453, 8
  %455 = add i64 %454, 2
  %456 = add i64 %199, %455
  %457 = getelementptr inbounds float, float* %1, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat26 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %14, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %416, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %14, align 32
  %462 = add i64 %202, 5
  %463 = mul i64 %462, 8
  %464 = add i64 %463, 2
  %465 = add i64 %199, %464
  %466 = getelementptr inbounds float, float* %1, i64 %465
  %467 = load float, float* %466, align 4
  %468 = insertelement <8 x float> undef, float %467, i32 0
  %splat27 = shufflevector <8 x float> %468, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, <8 x float>* %13, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %416, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %13, align 32
  %471 = add i64 %202, 6
  %472 = mul i64 %471, 8
  %473 = add i64 %472, 2
  %474 = add i64 %199, %473
  %475 = getelementptr inbounds float, float* %1, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat28 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %12, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %416, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %12, align 32
  %480 = add i64 %202, 7
  %481 = mul i64 %480, 8
  %482 = add i64 %481, 2
  %483 = add i64 %199, %482
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat29 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %11, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %416, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %11, align 32
  %489 = add i64 %202, 8
  %490 = mul i64 %489, 8
  %491 = add i64 %490, 2
  %492 = add i64 %199, %491
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat30 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %10, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %416, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %10, align 32
  %498 = add i64 %202, 9
  %499 = mul i64 %498, 8
  %500 = add i64 %499, 2
  %501 = add i64 %199, %500
  %502 = getelementptr inbounds float, float* %1, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat31 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %9, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %416, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %9, align 32
  %507 = add i64 %202, 10
  %508 = mul i64 %507, 8
  %509 = add i64 %508, 2
  %510 = add i64 %199, %509
  %511 = getelementptr inbounds float, float* %1, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat32 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %8, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %416, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %8, align 32
  %516 = add i64 %206, 24
  %517 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %516
  %518 = bitcast float* %517 to <8 x float>*
  %519 = load <8 x float>, <8 x float>* %518, align 4
  %520 = add i64 %202, 0
  %521 = mul i64 %520, 8
  %522 = add i64 %521, 3
  %523 = add i64 %199, %522
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat33 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %18, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %519, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %18, align 32
  %529 = add i64 %202, 1
  %530 = mul i64 %529, 8
  %531 = add i64 %530, 3
  %532 = add i64 %199, %531
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat34 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %17, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %519, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %17, align 32
  %538 = add i64 %202, 2
  %539 = mul i64 %538, 8
  %540 = add i64 %539, 3
  %541 = add i64 %199, %540
  %542 = getelementptr inbounds float, float* %1, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat35 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %16, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %519, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %16, align 32
  %547 = add i64 %202, 3
  %548 = mul i64 %547, 8
  %549 = add i64 %548, 3
  %550 = add i64 %199, %549
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat36 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %15, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %519, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %15, align 32
  %556 = add i64 %202, 4
  %557 = mul i64 %556, 8
  %558 = add i64 %557, 3
  %559 = add i64 %199, %558
  %560 = getelementptr inbounds float, float* %1, i64 %559
  %561 = load float, float* %560, align 4
  %562 = insertelement <8 x float> undef, float %561, i32 0
  %splat37 = shufflevector <8 x float> %562, <8 x float> undef, <8 x i32> zeroinitializer
  %563 = load <8 x float>, <8 x float>* %14, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %519, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %14, align 32
  %565 = add i64 %202, 5
  %566 = mul i64 %565, 8
  %567 = add i64 %566, 3
  %568 = add i64 %199, %567
  %569 = getelementptr inbounds float, float* %1, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat38 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %13, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %519, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %13, align 32
  %574 = add i64 %202, 6
  %575 = mul i64 %574, 8
  %576 = add i64 %575, 3
  %577 = add i64 %199, %576
  %578 = getelementptr inbounds float, float* %1, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat39 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %12, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %519, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %12, align 32
  %583 = add i64 %202, 7
  %584 = mul i64 %583, 8
  %585 = add i64 %584, 3
  %586 = add i64 %199, %585
  %587 = getelementptr inbounds float, float* %1, i64 %586
  %588 = load float, float* %587, align 4
  %589 = insertelement <8 x float> undef, float %588, i32 0
  %splat40 = shufflevector <8 x float> %589, <8 x float> undef, <8 x i32> zeroinitializer
  %590 = load <8 x float>, <8 x float>* %11, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %519, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %11, align 32
  %592 = add i64 %202, 8
  %593 = mul i64 %592, 8
  %594 = add i64 %593, 3
  %595 = add i64 %199, %594
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat41 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %10, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %519, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %10, align 32
  %601 = add i64 %202, 9
  %602 = mul i64 %601, 8
  %603 = add i64 %602, 3
  %604 = add i64 %199, %603
  %605 = getelementptr inbounds float, float* %1, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat42 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %9, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %519, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %9, align 32
  %610 = add i64 %202, 10
  %611 = mul i64 %610, 8
  %612 = add i64 %611, 3
  %613 = add i64 %199, %612
  %614 = getelementptr inbounds float, float* %1, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat43 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %8, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %519, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %8, align 32
  %619 = add i64 %206, 32
  %620 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %619
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = add i64 %202, 0
  %624 = mul i64 %623, 8
  %625 = add i64 %624, 4
  %626 = add i64 %199, %625
  %627 = getelementptr inbounds float, float* %1, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat44 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %18, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %622, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %18, align 32
  %632 = add i64 %202, 1
  %633 = mul i64 %632, 8
  %634 = add i64 %633, 4
  %635 = add i64 %199, %634
  %636 = getelementptr inbounds float, float* %1, i64 %635
  %637 = load float, float* %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %splat45 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, <8 x float>* %17, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %622, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %17, align 32
  %641 = add i64 %202, 2
  %642 = mul i64 %641, 8
  %643 = add i64 %642, 4
  %644 = add i64 %199, %643
  %645 = getelementptr inbounds float, float* %1, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat46 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %16, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %622, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %16, align 32
  %650 = add i64 %202, 3
  %651 = mul i64 %650, 8
  %652 = add i64 %651, 4
  %653 = add i64 %199, %652
  %654 = getelementptr inbounds float, float* %1, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat47 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %15, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %622, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %15, align 32
  %659 = add i64 %202, 4
  %660 = mul i64 %659, 8
  %661 = add i64 %660, 4
  %662 = add i64 %199, %661
  %663 = getelementptr inbounds float, float* %1, i64 %662
  %664 = load float, float* %663, align 4
  %665 = insertelement <8 x float> undef, float %664, i32 0
  %splat48 = shufflevector <8 x float> %665, <8 x float> undef, <8 x i32> zeroinitializer
  %666 = load <8 x float>, <8 x float>* %14, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %622, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %14, align 32
  %668 = add i64 %202, 5
  %669 = mul i64 %668, 8
  %670 = add i64 %669, 4
  %671 = add i64 %199, %670
  %672 = getelementptr inbounds float, float* %1, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat49 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %13, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %622, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %13, align 32
  %677 = add i64 %202, 6
  %678 = mul i64 %677, 8
  %679 = add i64 %678, 4
  %680 = add i64 %199, %679
  %681 = getelementptr inbounds float, float* %1, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat50 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %12, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %622, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %12, align 32
  %686 = add i64 %202, 7
  %687 = mul i64 %686, 8
  %688 = add i64 %687, 4
  %689 = add i64 %199, %688
  %690 = getelementptr inbounds float, float* %1, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat51 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %11, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %622, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %11, align 32
  %695 = add i64 %202, 8
  %696 = mul i64 %695, 8
  %697 = add i64 %696, 4
  %698 = add i64 %199, %697
  %699 = getelementptr inbounds float, float* %1, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat52 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %10, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %622, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %10, align 32
  %704 = add i64 %202, 9
  %705 = mul i64 %704, 8
  %706 = add i64 %705, 4
  %707 = add i64 %199, %706
  %708 = getelementptr inbounds float, float* %1, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat53 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %9, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %622, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %9, align 32
  %713 = add i64 %202, 10
  %714 = mul i64 %713, 8
  %715 = add i64 %714, 4
  %716 = add i64 %199, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat54 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %8, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %622, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %8, align 32
  %722 = add i64 %206, 40
  %723 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %722
  %724 = bitcast float* %723 to <8 x float>*
  %725 = load <8 x float>, <8 x float>* %724, align 4
  %726 = add i64 %202, 0
  %727 = mul i64 %726, 8
  %728 = add i64 %727, 5
  %729 = add i64 %199, %728
  %730 = getelementptr inbounds float, float* %1, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat55 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %18, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %725, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %18, align 32
  %735 = add i64 %202, 1
  %736 = mul i64 %735, 8
  %737 = add i64 %736, 5
  %738 = add i64 %199, %737
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat56 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %17, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %725, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %17, align 32
  %744 = add i64 %202, 2
  %745 = mul i64 %744, 8
  %746 = add i64 %745, 5
  %747 = add i64 %199, %746
  %748 = getelementptr inbounds float, float* %1, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat57 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %16, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %725, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %16, align 32
  %753 = add i64 %202, 3
  %754 = mul i64 %753, 8
  %755 = add i64 %754, 5
  %756 = add i64 %199, %755
  %757 = getelementptr inbounds float, float* %1, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat58 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %15, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %725, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %15, align 32
  %762 = add i64 %202, 4
  %763 = mul i64 %762, 8
  %764 = add i64 %763, 5
  %765 = add i64 %199, %764
  %766 = getelementptr inbounds float, float* %1, i64 %765
  %767 = load float, float* %766, align 4
  %768 = insertelement <8 x float> undef, float %767, i32 0
  %splat59 = shufflevector <8 x float> %768, <8 x float> undef, <8 x i32> zeroinitializer
  %769 = load <8 x float>, <8 x float>* %14, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %725, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %14, align 32
  %771 = add i64 %202, 5
  %772 = mul i64 %771, 8
  %773 = add i64 %772, 5
  %774 = add i64 %199, %773
  %775 = getelementptr inbounds float, float* %1, i64 %774
  %776 = load float, float* %775, align 4
  %777 = insertelement <8 x float> undef, float %776, i32 0
  %splat60 = shufflevector <8 x float> %777, <8 x float> undef, <8 x i32> zeroinitializer
  %778 = load <8 x float>, <8 x float>* %13, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %725, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %13, align 32
  %780 = add i64 %202, 6
  %781 = mul i64 %780, 8
  %782 = add i64 %781, 5
  %783 = add i64 %199, %782
  %784 = getelementptr inbounds float, float* %1, i64 %783
  %785 = load float, float* %784, align 4
  %786 = insertelement <8 x float> undef, float %785, i32 0
  %splat61 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
  %787 = load <8 x float>, <8 x float>* %12, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %725, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %12, align 32
  %789 = add i64 %202, 7
  %790 = mul i64 %789, 8
  %791 = add i64 %790, 5
  %792 = add i64 %199, %791
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat62 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %11, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %725, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %11, align 32
  %798 = add i64 %202, 8
  %799 = mul i64 %798, 8
  %800 = add i64 %799, 5
  %801 = add i64 %199, %800
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat63 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %10, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %725, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %10, align 32
  %807 = add i64 %202, 9
  %808 = mul i64 %807, 8
  %809 = add i64 %808, 5
  %810 = add i64 %199, %809
  %811 = getelementptr inbounds float, float* %1, i64 %810
  %812 = load float, float* %811, align 4
  %813 = insertelement <8 x float> undef, float %812, i32 0
  %splat64 = shufflevector <8 x float> %813, <8 x float> undef, <8 x i32> zeroinitializer
  %814 = load <8 x float>, <8 x float>* %9, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %725, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %9, align 32
  %816 = add i64 %202, 10
  %817 = mul i64 %816, 8
  %818 = add i64 %817, 5
  %819 = add i64 %199, %818
  %820 = getelementptr inbounds float, float* %1, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat65 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %8, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %725, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %8, align 32
  %825 = add i64 %206, 48
  %826 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %825
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = add i64 %202, 0
  %830 = mul i64 %829, 8
  %831 = add i64 %830, 6
  %832 = add i64 %199, %831
  %833 = getelementptr inbounds float, float* %1, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat66 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %18, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %828, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %18, align 32
  %838 = add i64 %202, 1
  %839 = mul i64 %838, 8
  %840 = add i64 %839, 6
  %841 = add i64 %199, %840
  %842 = getelementptr inbounds float, float* %1, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat67 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %17, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %828, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %17, align 32
  %847 = add i64 %202, 2
  %848 = mul i64 %847, 8
  %849 = add i64 %848, 6
  %850 = add i64 %199, %849
  %851 = getelementptr inbounds float, float* %1, i64 %850
  %852 = load float, float* %851, align 4
  %853 = insertelement <8 x float> undef, float %852, i32 0
  %splat68 = shufflevector <8 x float> %853, <8 x float> undef, <8 x i32> zeroinitializer
  %854 = load <8 x float>, <8 x float>* %16, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %828, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %16, align 32
  %856 = add i64 %202, 3
  %857 = mul i64 %856, 8
  %858 = add i64 %857, 6
  %859 = add i64 %199, %858
  %860 = getelementptr inbounds float, float* %1, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat69 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %15, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %828, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %15, align 32
  %865 = add i64 %202, 4
  %866 = mul i64 %865, 8
  %867 = add i64 %866, 6
  %868 = add i64 %199, %867
  %869 = getelementptr inbounds float, float* %1, i64 %868
  %870 = load float, float* %869, align 4
  %871 = insertelement <8 x float> undef, float %870, i32 0
  %splat70 = shufflevector <8 x float> %871, <8 x float> undef, <8 x i32> zeroinitializer
  %872 = load <8 x float>, <8 x float>* %14, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %828, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %14, align 32
  %874 = add i64 %202, 5
  %875 = mul i64 %874, 8
  %876 = add i64 %875, 6
  %877 = add i64 %199, %876
  %878 = getelementptr inbounds float, float* %1, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat71 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %13, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %828, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %13, align 32
  %883 = add i64 %202, 6
  %884 = mul i64 %883, 8
  %885 = add i64 %884, 6
  %886 = add i64 %199, %885
  %887 = getelementptr inbounds float, float* %1, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat72 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %12, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %828, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %12, align 32
  %892 = add i64 %202, 7
  %893 = mul i64 %892, 8
  %894 = add i64 %893, 6
  %895 = add i64 %199, %894
  %896 = getelementptr inbounds float, float* %1, i64 %895
  %897 = load float, float* %896, align 4
  %898 = insertelement <8 x float> undef, float %897, i32 0
  %splat73 = shufflevector <8 x float> %898, <8 x float> undef, <8 x i32> zeroinitializer
  %899 = load <8 x float>, <8 x float>* %11, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %828, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %11, align 32
  %901 = add i64 %202, 8
  %902 = mul i64 %901, 8
  %903 = add i64 %902, 6
  %904 = add i64 %199, %903
  %905 = getelementptr inbounds float, float* %1, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat74 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %10, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %828, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %10, align 32
  %910 = add i64 %202, 9
  %911 = mul i64 %910, 8
  %912 = add i64 %911, 6
  %913 = add i64 %199, %912
  %914 = getelementptr inbounds float, float* %1, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat75 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %9, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %828, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %9, align 32
  %919 = add i64 %202, 10
  %920 = mul i64 %919, 8
  %921 = add i64 %920, 6
  %922 = add i64 %199, %921
  %923 = getelementptr inbounds float, float* %1, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat76 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %8, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %828, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %8, align 32
  %928 = add i64 %206, 56
  %929 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %928
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = add i64 %202, 0
  %933 = mul i64 %932, 8
  %934 = add i64 %933, 7
  %935 = add i64 %199, %934
  %936 = getelementptr inbounds float, float* %1, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat77 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %18, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %931, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %18, align 32
  %941 = add i64 %202, 1
  %942 = mul i64 %941, 8
  %943 = add i64 %942, 7
  %944 = add i64 %199, %943
  %945 = getelementptr inbounds float, float* %1, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat78 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %17, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %931, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %17, align 32
  %950 = add i64 %202, 2
  %951 = mul i64 %950, 8
  %952 = add i64 %951, 7
  %953 = add i64 %199, %952
  %954 = getelementptr inbounds float, float* %1, i64 %953
  %955 = load float, float* %954, align 4
  %956 = insertelement <8 x float> undef, float %955, i32 0
  %splat79 = shufflevector <8 x float> %956, <8 x float> undef, <8 x i32> zeroinitializer
  %957 = load <8 x float>, <8 x float>* %16, align 32
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %931, <8 x float> %957)
  store <8 x float> %958, <8 x float>* %16, align 32
  %959 = add i64 %202, 3
  %960 = mul i64 %959, 8
  %961 = add i64 %960, 7
  %962 = add i64 %199, %961
  %963 = getelementptr inbounds float, float* %1, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat80 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %15, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %931, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %15, align 32
  %968 = add i64 %202, 4
  %969 = mul i64 %968, 8
  %970 = add i64 %969, 7
  %971 = add i64 %199, %970
  %972 = getelementptr inbounds float, float* %1, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat81 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %14, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %931, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %14, align 32
  %977 = add i64 %202, 5
  %978 = mul i64 %977, 8
  %979 = add i64 %978, 7
  %980 = add i64 %199, %979
  %981 = getelementptr inbounds float, float* %1, i64 %980
  %982 = load float, float* %981, align 4
  %983 = insertelement <8 x float> undef, float %982, i32 0
  %splat82 = shufflevector <8 x float> %983, <8 x float> undef, <8 x i32> zeroinitializer
  %984 = load <8 x float>, <8 x float>* %13, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %931, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %13, align 32
  %986 = add i64 %202, 6
  %987 = mul i64 %986, 8
  %988 = add i64 %987, 7
  %989 = add i64 %199, %988
  %990 = getelementptr inbounds float, float* %1, i64 %989
  %991 = load float, float* %990, align 4
  %992 = insertelement <8 x float> undef, float %991, i32 0
  %splat83 = shufflevector <8 x float> %992, <8 x float> undef, <8 x i32> zeroinitializer
  %993 = load <8 x float>, <8 x float>* %12, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %931, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %12, align 32
  %995 = add i64 %202, 7
  %996 = mul i64 %995, 8
  %997 = add i64 %996, 7
  %998 = add i64 %199, %997
  %999 = getelementptr inbounds float, float* %1, i64 %998
  %1000 = load float, float* %999, align 4
  %1001 = insertelement <8 x float> undef, float %1000, i32 0
  %splat84 = shufflevector <8 x float> %1001, <8 x float> undef, <8 x i32> zeroinitializer
  %1002 = load <8 x float>, <8 x float>* %11, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %931, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %11, align 32
  %1004 = add i64 %202, 8
  %1005 = mul i64 %1004, 8
  %1006 = add i64 %1005, 7
  %1007 = add i64 %199, %1006
  %1008 = getelementptr inbounds float, float* %1, i64 %1007
  %1009 = load float, float* %1008, align 4
  %1010 = insertelement <8 x float> undef, float %1009, i32 0
  %splat85 = shufflevector <8 x float> %1010, <8 x float> undef, <8 x i32> zeroinitializer
  %1011 = load <8 x float>, <8 x float>* %10, align 32
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %931, <8 x float> %1011)
  store <8 x float> %1012, <8 x float>* %10, align 32
  %1013 = add i64 %202, 9
  %1014 = mul i64 %1013, 8
  %1015 = add i64 %1014, 7
  %1016 = add i64 %199, %1015
  %1017 = getelementptr inbounds float, float* %1, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat86 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %9, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %931, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %9, align 32
  %1022 = add i64 %202, 10
  %1023 = mul i64 %1022, 8
  %1024 = add i64 %1023, 7
  %1025 = add i64 %199, %1024
  %1026 = getelementptr inbounds float, float* %1, i64 %1025
  %1027 = load float, float* %1026, align 4
  %1028 = insertelement <8 x float> undef, float %1027, i32 0
  %splat87 = shufflevector <8 x float> %1028, <8 x float> undef, <8 x i32> zeroinitializer
  %1029 = load <8 x float>, <8 x float>* %8, align 32
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %931, <8 x float> %1029)
  store <8 x float> %1030, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

xb.header:                                        ; preds = %u.exit90, %u.exit
  %xb = phi i64 [ 0, %u.exit ], [ %xb.next, %u.exit90 ]
  %1031 = icmp slt i64 %xb, 1
  br i1 %1031, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1032 = add i64 %28, 0
  %1033 = mul i64 %1032, 8
  %1034 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %1033
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  store <8 x float> %1036, <8 x float>* %7, align 32
  %1037 = mul i64 %xb, 1
  %1038 = sub i64 %1037, 1
  br label %u.header88

xb.exit:                                          ; preds = %xb.header
  br label %xb.header115

u.header88:                                       ; preds = %kh.exit94, %xb.body
  %u91 = phi i64 [ 0, %xb.body ], [ %u.next114, %kh.exit94 ]
  %1039 = icmp slt i64 %u91, 32
  br i1 %1039, label %u.body89, label %u.exit90

u.body89:                                         ; preds = %u.header88
  %1040 = mul i64 %u91, 1352
  %1041 = add i64 %32, %1040
  %1042 = mul i64 %u91, 576
  %1043 = add i64 %36, %1042
  br label %kh.header92

u.exit90:                                         ; preds = %u.header88
  %1044 = add i64 %xb, 0
  %1045 = mul i64 %25, 48
  %1046 = add i64 %1045, %28
  %1047 = add i64 %1046, 0
  %1048 = mul i64 %1047, 13
  %1049 = add i64 %1048, %22
  %1050 = mul i64 %1049, 13
  %1051 = add i64 %1050, %1044
  %1052 = mul i64 %1051, 8
  %1053 = load <8 x float>, <8 x float>* %7, align 32
  %1054 = fcmp ogt <8 x float> %1053, zeroinitializer
  %1055 = select <8 x i1> %1054, <8 x float> %1053, <8 x float> zeroinitializer
  %1056 = getelementptr inbounds float, float* %0, i64 %1052
  %1057 = bitcast float* %1056 to <8 x float>*
  store <8 x float> %1055, <8 x float>* %1057, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header92:                                      ; preds = %endif97, %u.body89
  %kh95 = phi i64 [ 0, %u.body89 ], [ %kh.next113, %endif97 ]
  %1058 = icmp slt i64 %kh95, 3
  br i1 %1058, label %kh.body93, label %kh.exit94

kh.body93:                                        ; preds = %kh.header92
  %1059 = mul i64 %kh95, 1
  %1060 = add i64 %38, %1059
  %1061 = icmp sge i64 %1060, 0
  %1062 = icmp slt i64 %1060, 13
  %1063 = and i1 %1061, %1062
  br i1 %1063, label %then96, label %endif97

kh.exit94:                                        ; preds = %kh.header92
  %u.next114 = add i64 %u91, 1
  br label %u.header88

then96:                                           ; preds = %kh.body93
  %1064 = mul i64 %1060, 104
  %1065 = add i64 %1041, %1064
  br label %kw.header98

endif97:                                          ; preds = %kw.exit100, %kh.body93
  %kh.next113 = add i64 %kh95, 1
  br label %kh.header92

kw.header98:                                      ; preds = %endif103, %then96
  %kw101 = phi i64 [ 0, %then96 ], [ %kw.next112, %endif103 ]
  %1066 = icmp slt i64 %kw101, 3
  br i1 %1066, label %kw.body99, label %kw.exit100

kw.body99:                                        ; preds = %kw.header98
  %1067 = mul i64 %kw101, 1
  %1068 = add i64 %1038, %1067
  %1069 = mul i64 %kh95, 3
  %1070 = add i64 %1069, %kw101
  %1071 = mul i64 %1070, 64
  %1072 = add i64 %1043, %1071
  %1073 = icmp sge i64 %1068, 0
  %1074 = icmp slt i64 %1068, 13
  %1075 = and i1 %1073, %1074
  br i1 %1075, label %then102, label %endif103

kw.exit100:                                       ; preds = %kw.header98
  br label %endif97

then102:                                          ; preds = %kw.body99
  %1076 = add i64 %1072, 0
  %1077 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1076
  %1078 = bitcast float* %1077 to <8 x float>*
  %1079 = load <8 x float>, <8 x float>* %1078, align 4
  %1080 = add i64 %1068, 0
  %1081 = mul i64 %1080, 8
  %1082 = add i64 %1081, 0
  %1083 = add i64 %1065, %1082
  %1084 = getelementptr inbounds float, float* %1, i64 %1083
  %1085 = load float, float* %1084, align 4
  %1086 = insertelement <8 x float> undef, float %1085, i32 0
  %splat104 = shufflevector <8 x float> %1086, <8 x float> undef, <8 x i32> zeroinitializer
  %1087 = load <8 x float>, <8 x float>* %7, align 32
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1079, <8 x float> %1087)
  store <8 x float> %1088, <8 x float>* %7, align 32
  %1089 = add i64 %1072, 8
  %1090 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1089
  %1091 = bitcast float* %1090 to <8 x float>*
  %1092 = load <8 x float>, <8 x float>* %1091, align 4
  %1093 = add i64 %1068, 0
  %1094 = mul i64 %1093, 8
  %1095 = add i64 %1094, 1
  %1096 = add i64 %1065, %1095
  %1097 = getelementptr inbounds float, float* %1, i64 %1096
  %1098 = load float, float* %1097, align 4
  %1099 = insertelement <8 x float> undef, float %1098, i32 0
  %splat105 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
  %1100 = load <8 x float>, <8 x float>* %7, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1092, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %7, align 32
  %1102 = add i64 %1072, 16
  %1103 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1102
  %1104 = bitcast float* %1103 to <8 x float>*
  %1105 = load <8 x float>, <8 x float>* %1104, align 4
  %1106 = add i64 %1068, 0
  %1107 = mul i64 %1106, 8
  %1108 = add i64 %1107, 2
  %1109 = add i64 %1065, %1108
  %1110 = getelementptr inbounds float, float* %1, i64 %1109
  %1111 = load float, float* %1110, align 4
  %1112 = insertelement <8 x float> undef, float %1111, i32 0
  %splat106 = shufflevector <8 x float> %1112, <8 x float> undef, <8 x i32> zeroinitializer
  %1113 = load <8 x float>, <8 x float>* %7, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1105, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %7, align 32
  %1115 = add i64 %1072, 24
  %1116 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1068, 0
  %1120 = mul i64 %1119, 8
  %1121 = add i64 %1120, 3
  %1122 = add i64 %1065, %1121
  %1123 = getelementptr inbounds float, float* %1, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat107 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %7, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1118, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %7, align 32
  %1128 = add i64 %1072, 32
  %1129 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1128
  %1130 = bitcast float* %1129 to <8 x float>*
  %1131 = load <8 x float>, <8 x float>* %1130, align 4
  %1132 = add i64 %1068, 0
  %1133 = mul i64 %1132, 8
  %1134 = add i64 %1133, 4
  %1135 = add i64 %1065, %1134
  %1136 = getelementptr inbounds float, float* %1, i64 %1135
  %1137 = load float, float* %1136, align 4
  %1138 = insertelement <8 x float> undef, float %1137, i32 0
  %splat108 = shufflevector <8 x float> %1138, <8 x float> undef, <8 x i32> zeroinitializer
  %1139 = load <8 x float>, <8 x float>* %7, align 32
  %1140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1131, <8 x float> %1139)
  store <8 x float> %1140, <8 x float>* %7, align 32
  %1141 = add i64 %1072, 40
  %1142 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1141
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = add i64 %1068, 0
  %1146 = mul i64 %1145, 8
  %1147 = add i64 %1146, 5
  %1148 = add i64 %1065, %1147
  %1149 = getelementptr inbounds float, float* %1, i64 %1148
  %1150 = load float, float* %1149, align 4
  %1151 = insertelement <8 x float> undef, float %1150, i32 0
  %splat109 = shufflevector <8 x float> %1151, <8 x float> undef, <8 x i32> zeroinitializer
  %1152 = load <8 x float>, <8 x float>* %7, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1144, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %7, align 32
  %1154 = add i64 %1072, 48
  %1155 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1154
  %1156 = bitcast float* %1155 to <8 x float>*
  %1157 = load <8 x float>, <8 x float>* %1156, align 4
  %1158 = add i64 %1068, 0
  %1159 = mul i64 %1158, 8
  %1160 = add i64 %1159, 6
  %1161 = add i64 %1065, %1160
  %1162 = getelementptr inbounds float, float* %1, i64 %1161
  %1163 = load float, float* %1162, align 4
  %1164 = insertelement <8 x float> undef, float %1163, i32 0
  %splat110 = shufflevector <8 x float> %1164, <8 x float> undef, <8 x i32> zeroinitializer
  %1165 = load <8 x float>, <8 x float>* %7, align 32
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1157, <8 x float> %1165)
  store <8 x float> %1166, <8 x float>* %7, align 32
  %1167 = add i64 %1072, 56
  %1168 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1167
  %1169 = bitcast float* %1168 to <8 x float>*
  %1170 = load <8 x float>, <8 x float>* %1169, align 4
  %1171 = add i64 %1068, 0
  %1172 = mul i64 %1171, 8
  %1173 = add i64 %1172, 7
  %1174 = add i64 %1065, %1173
  %1175 = getelementptr inbounds float, float* %1, i64 %1174
  %1176 = load float, float* %1175, align 4
  %1177 = insertelement <8 x float> undef, float %1176, i32 0
  %splat111 = shufflevector <8 x float> %1177, <8 x float> undef, <8 x i32> zeroinitializer
  %1178 = load <8 x float>, <8 x float>* %7, align 32
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1170, <8 x float> %1178)
  store <8 x float> %1179, <8 x float>* %7, align 32
  br label %endif103

endif103:                                         ; preds = %then102, %kw.body99
  %kw.next112 = add i64 %kw101, 1
  br label %kw.header98

xb.header115:                                     ; preds = %u.exit121, %xb.exit
  %xb118 = phi i64 [ 12, %xb.exit ], [ %xb.next146, %u.exit121 ]
  %1180 = icmp slt i64 %xb118, 13
  br i1 %1180, label %xb.body116, label %xb.exit117

xb.body116:                                       ; preds = %xb.header115
  %1181 = add i64 %28, 0
  %1182 = mul i64 %1181, 8
  %1183 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %1182
  %1184 = bitcast float* %1183 to <8 x float>*
  %1185 = load <8 x float>, <8 x float>* %1184, align 4
  store <8 x float> %1185, <8 x float>* %6, align 32
  %1186 = mul i64 %xb118, 1
  %1187 = sub i64 %1186, 1
  br label %u.header119

xb.exit117:                                       ; preds = %xb.header115
  %task.next = add i64 %task, 1
  br label %task.header

u.header119:                                      ; preds = %kh.exit125, %xb.body116
  %u122 = phi i64 [ 0, %xb.body116 ], [ %u.next145, %kh.exit125 ]
  %1188 = icmp slt i64 %u122, 32
  br i1 %1188, label %u.body120, label %u.exit121

u.body120:                                        ; preds = %u.header119
  %1189 = mul i64 %u122, 1352
  %1190 = add i64 %32, %1189
  %1191 = mul i64 %u122, 576
  %1192 = add i64 %36, %1191
  br label %kh.header123

u.exit121:                                        ; preds = %u.header119
  %1193 = add i64 %xb118, 0
  %1194 = mul i64 %25, 48
  %1195 = add i64 %1194, %28
  %1196 = add i64 %1195, 0
  %1197 = mul i64 %1196, 13
  %1198 = add i64 %1197, %22
  %1199 = mul i64 %1198, 13
  %1200 = add i64 %1199, %1193
  %1201 = mul i64 %1200, 8
  %1202 = load <8 x float>, <8 x float>* %6, align 32
  %1203 = fcmp ogt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> %1202, <8 x float> zeroinitializer
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %xb.next146 = add i64 %xb118, 1
  br label %xb.header115

kh.header123:                                     ; preds = %endif128, %u.body120
  %kh126 = phi i64 [ 0, %u.body120 ], [ %kh.next144, %endif128 ]
  %1207 = icmp slt i64 %kh126, 3
  br i1 %1207, label %kh.body124, label %kh.exit125

kh.body124:                                       ; preds = %kh.header123
  %1208 = mul i64 %kh126, 1
  %1209 = add i64 %38, %1208
  %1210 = icmp sge i64 %1209, 0
  %1211 = icmp slt i64 %1209, 13
  %1212 = and i1 %1210, %1211
  br i1 %1212, label %then127, label %endif128

kh.exit125:                                       ; preds = %kh.header123
  %u.next145 = add i64 %u122, 1
  br label %u.header119

then127:                                          ; preds = %kh.body124
  %1213 = mul i64 %1209, 104
  %1214 = add i64 %1190, %1213
  br label %kw.header129

endif128:                                         ; preds = %kw.exit131, %kh.body124
  %kh.next144 = add i64 %kh126, 1
  br label %kh.header123

kw.header129:                                     ; preds = %endif134, %then127
  %kw132 = phi i64 [ 0, %then127 ], [ %kw.next143, %endif134 ]
  %1215 = icmp slt i64 %kw132, 3
  br i1 %1215, label %kw.body130, label %kw.exit131

kw.body130:                                       ; preds = %kw.header129
  %1216 = mul i64 %kw132, 1
  %1217 = add i64 %1187, %1216
  %1218 = mul i64 %kh126, 3
  %1219 = add i64 %1218, %kw132
  %1220 = mul i64 %1219, 64
  %1221 = add i64 %1192, %1220
  %1222 = icmp sge i64 %1217, 0
  %1223 = icmp slt i64 %1217, 13
  %1224 = and i1 %1222, %1223
  br i1 %1224, label %then133, label %endif134

kw.exit131:                                       ; preds = %kw.header129
  br label %endif128

then133:                                          ; preds = %kw.body130
  %1225 = add i64 %1221, 0
  %1226 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1225
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = add i64 %1217, 0
  %1230 = mul i64 %1229, 8
  %1231 = add i64 %1230, 0
  %1232 = add i64 %1214, %1231
  %1233 = getelementptr inbounds float, float* %1, i64 %1232
  %1234 = load float, float* %1233, align 4
  %1235 = insertelement <8 x float> undef, float %1234, i32 0
  %splat135 = shufflevector <8 x float> %1235, <8 x float> undef, <8 x i32> zeroinitializer
  %1236 = load <8 x float>, <8 x float>* %6, align 32
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1228, <8 x float> %1236)
  store <8 x float> %1237, <8 x float>* %6, align 32
  %1238 = add i64 %1221, 8
  %1239 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1238
  %1240 = bitcast float* %1239 to <8 x float>*
  %1241 = load <8 x float>, <8 x float>* %1240, align 4
  %1242 = add i64 %1217, 0
  %1243 = mul i64 %1242, 8
  %1244 = add i64 %1243, 1
  %1245 = add i64 %1214, %1244
  %1246 = getelementptr inbounds float, float* %1, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat136 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %6, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1241, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %6, align 32
  %1251 = add i64 %1221, 16
  %1252 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1251
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = add i64 %1217, 0
  %1256 = mul i64 %1255, 8
  %1257 = add i64 %1256, 2
  %1258 = add i64 %1214, %1257
  %1259 = getelementptr inbounds float, float* %1, i64 %1258
  %1260 = load float, float* %1259, align 4
  %1261 = insertelement <8 x float> undef, float %1260, i32 0
  %splat137 = shufflevector <8 x float> %1261, <8 x float> undef, <8 x i32> zeroinitializer
  %1262 = load <8 x float>, <8 x float>* %6, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1254, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %6, align 32
  %1264 = add i64 %1221, 24
  %1265 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1264
  %1266 = bitcast float* %1265 to <8 x float>*
  %1267 = load <8 x float>, <8 x float>* %1266, align 4
  %1268 = add i64 %1217, 0
  %1269 = mul i64 %1268, 8
  %1270 = add i64 %1269, 3
  %1271 = add i64 %1214, %1270
  %1272 = getelementptr inbounds float, float* %1, i64 %1271
  %1273 = load float, float* %1272, align 4
  %1274 = insertelement <8 x float> undef, float %1273, i32 0
  %splat138 = shufflevector <8 x float> %1274, <8 x float> undef, <8 x i32> zeroinitializer
  %1275 = load <8 x float>, <8 x float>* %6, align 32
  %1276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1267, <8 x float> %1275)
  store <8 x float> %1276, <8 x float>* %6, align 32
  %1277 = add i64 %1221, 32
  %1278 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1277
  %1279 = bitcast float* %1278 to <8 x float>*
  %1280 = load <8 x float>, <8 x float>* %1279, align 4
  %1281 = add i64 %1217, 0
  %1282 = mul i64 %1281, 8
  %1283 = add i64 %1282, 4
  %1284 = add i64 %1214, %1283
  %1285 = getelementptr inbounds float, float* %1, i64 %1284
  %1286 = load float, float* %1285, align 4
  %1287 = insertelement <8 x float> undef, float %1286, i32 0
  %splat139 = shufflevector <8 x float> %1287, <8 x float> undef, <8 x i32> zeroinitializer
  %1288 = load <8 x float>, <8 x float>* %6, align 32
  %1289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1280, <8 x float> %1288)
  store <8 x float> %1289, <8 x float>* %6, align 32
  %1290 = add i64 %1221, 40
  %1291 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1290
  %1292 = bitcast float* %1291 to <8 x float>*
  %1293 = load <8 x float>, <8 x float>* %1292, align 4
  %1294 = add i64 %1217, 0
  %1295 = mul i64 %1294, 8
  %1296 = add i64 %1295, 5
  %1297 = add i64 %1214, %1296
  %1298 = getelementptr inbounds float, float* %1, i64 %1297
  %1299 = load float, float* %1298, align 4
  %1300 = insertelement <8 x float> undef, float %1299, i32 0
  %splat140 = shufflevector <8 x float> %1300, <8 x float> undef, <8 x i32> zeroinitializer
  %1301 = load <8 x float>, <8 x float>* %6, align 32
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1293, <8 x float> %1301)
  store <8 x float> %1302, <8 x float>* %6, align 32
  %1303 = add i64 %1221, 48
  %1304 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1303
  %1305 = bitcast float* %1304 to <8 x float>*
  %1306 = load <8 x float>, <8 x float>* %1305, align 4
  %1307 = add i64 %1217, 0
  %1308 = mul i64 %1307, 8
  %1309 = add i64 %1308, 6
  %1310 = add i64 %1214, %1309
  %1311 = getelementptr inbounds float, float* %1, i64 %1310
  %1312 = load float, float* %1311, align 4
  %1313 = insertelement <8 x float> undef, float %1312, i32 0
  %splat141 = shufflevector <8 x float> %1313, <8 x float> undef, <8 x i32> zeroinitializer
  %1314 = load <8 x float>, <8 x float>* %6, align 32
  %1315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1306, <8 x float> %1314)
  store <8 x float> %1315, <8 x float>* %6, align 32
  %1316 = add i64 %1221, 56
  %1317 = getelementptr inbounds float, float* bitcast ([3538944 x i8]* @weight.conv3.packed to float*), i64 %1316
  %1318 = bitcast float* %1317 to <8 x float>*
  %1319 = load <8 x float>, <8 x float>* %1318, align 4
  %1320 = add i64 %1217, 0
  %1321 = mul i64 %1320, 8
  %1322 = add i64 %1321, 7
  %1323 = add i64 %1214, %1322
  %1324 = getelementptr inbounds float, float* %1, i64 %1323
  %1325 = load float, float* %1324, align 4
  %1326 = insertelement <8 x float> undef, float %1325, i32 0
  %splat142 = shufflevector <8 x float> %1326, <8 x float> undef, <8 x i32> zeroinitializer
  %1327 = load <8 x float>, <8 x float>* %6, align 32
  %1328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1319, <8 x float> %1327)
  store <8 x float> %1328, <8 x float>* %6, align 32
  br label %endif134

endif134:                                         ; preds = %then133, %kw.body130
  %kw.next143 = add i64 %kw132, 1
  br label %kw.header129
}

; Function Attrs: nounwind
define internal void @node10.conv3.step0(i8* %0) #2 {
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
  %19 = add i64 624, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 624
  %23 = select i1 %22, i64 %21, i64 624
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 624
  %26 = select i1 %25, i64 %24, i64 624
  call void @node10.conv3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xb.exit117, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit117 ]
  %19 = icmp slt i64 %task, %5
  br i1 %19, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %20 = srem i64 %task, 24
  %21 = sdiv i64 %task, 24
  %22 = srem i64 %21, 13
  %23 = sdiv i64 %task, 312
  %24 = srem i64 %23, 2
  %25 = sdiv i64 %23, 2
  %26 = mul i64 %24, 24
  %27 = mul i64 %20, 1
  %28 = add i64 %26, %27
  %29 = mul i64 %25, 48
  %30 = mul i64 %24, 24
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 1352
  %33 = mul i64 %24, 24
  %34 = mul i64 %20, 1
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 13824
  %37 = mul i64 %22, 1
  %38 = sub i64 %37, 1
  %39 = add i64 %28, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  store <8 x float> %43, <8 x float>* %18, align 32
  store <8 x float> %43, <8 x float>* %17, align 32
  store <8 x float> %43, <8 x float>* %16, align 32
  store <8 x float> %43, <8 x float>* %15, align 32
  store <8 x float> %43, <8 x float>* %14, align 32
  store <8 x float> %43, <8 x float>* %13, align 32
  store <8 x float> %43, <8 x float>* %12, align 32
  store <8 x float> %43, <8 x float>* %11, align 32
  store <8 x float> %43, <8 x float>* %10, align 32
  store <8 x float> %43, <8 x float>* %9, align 32
  store <8 x float> %43, <8 x float>* %8, align 32
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %44 = icmp slt i64 %u, 24
  br i1 %44, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %45 = mul i64 %u, 1352
  %46 = add i64 %32, %45
  %47 = mul i64 %u, 576
  %48 = add i64 %36, %47
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %49 = mul i64 %25, 48
  %50 = add i64 %49, %28
  %51 = add i64 %50, 0
  %52 = mul i64 %51, 13
  %53 = add i64 %52, %22
  %54 = mul i64 %53, 13
  %55 = add i64 %54, 1
  %56 = mul i64 %55, 8
  %57 = load <8 x float>, <8 x float>* %18, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = getelementptr inbounds float, float* %0, i64 %56
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> %59, <8 x float>* %61, align 4
  %62 = mul i64 %25, 48
  %63 = add i64 %62, %28
  %64 = add i64 %63, 0
  %65 = mul i64 %64, 13
  %66 = add i64 %65, %22
  %67 = mul i64 %66, 13
  %68 = add i64 %67, 2
  %69 = mul i64 %68, 8
  %70 = load <8 x float>, <8 x float>* %17, align 32
  %71 = fcmp ogt <8 x float> %70, zeroinitializer
  %72 = select <8 x i1> %71, <8 x float> %70, <8 x float> zeroinitializer
  %73 = getelementptr inbounds float, float* %0, i64 %69
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %72, <8 x float>* %74, align 4
  %75 = mul i64 %25, 48
  %76 = add i64 %75, %28
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 13
  %79 = add i64 %78, %22
  %80 = mul i64 %79, 13
  %81 = add i64 %80, 3
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %16, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = mul i64 %25, 48
  %89 = add i64 %88, %28
  %90 = add i64 %89, 0
  %91 = mul i64 %90, 13
  %92 = add i64 %91, %22
  %93 = mul i64 %92, 13
  %94 = add i64 %93, 4
  %95 = mul i64 %94, 8
  %96 = load <8 x float>, <8 x float>* %15, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = getelementptr inbounds float, float* %0, i64 %95
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %98, <8 x float>* %100, align 4
  %101 = mul i64 %25, 48
  %102 = add i64 %101, %28
  %103 = add i64 %102, 0
  %104 = mul i64 %103, 13
  %105 = add i64 %104, %22
  %106 = mul i64 %105, 13
  %107 = add i64 %106, 5
  %108 = mul i64 %107, 8
  %109 = load <8 x float>, <8 x float>* %14, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = getelementptr inbounds float, float* %0, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = mul i64 %25, 48
  %115 = add i64 %114, %28
  %116 = add i64 %115, 0
  %117 = mul i64 %116, 13
  %118 = add i64 %117, %22
  %119 = mul i64 %118, 13
  %120 = add i64 %119, 6
  %121 = mul i64 %120, 8
  %122 = load <8 x float>, <8 x float>* %13, align 32
  %123 = fcmp ogt <8 x float> %122, zeroinitializer
  %124 = select <8 x i1> %123, <8 x float> %122, <8 x float> zeroinitializer
  %125 = getelementptr inbounds float, float* %0, i64 %121
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = mul i64 %25, 48
  %128 = add i64 %127, %28
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 13
  %131 = add i64 %130, %22
  %132 = mul i64 %131, 13
  %133 = add i64 %132, 7
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = mul i64 %25, 48
  %141 = add i64 %140, %28
  %142 = add i64 %141, 0
  %143 = mul i64 %142, 13
  %144 = add i64 %143, %22
  %145 = mul i64 %144, 13
  %146 = add i64 %145, 8
  %147 = mul i64 %146, 8
  %148 = load <8 x float>, <8 x float>* %11, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = getelementptr inbounds float, float* %0, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = mul i64 %25, 48
  %154 = add i64 %153, %28
  %155 = add i64 %154, 0
  %156 = mul i64 %155, 13
  %157 = add i64 %156, %22
  %158 = mul i64 %157, 13
  %159 = add i64 %158, 9
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %10, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = mul i64 %25, 48
  %167 = add i64 %166, %28
  %168 = add i64 %167, 0
  %169 = mul i64 %168, 13
  %170 = add i64 %169, %22
  %171 = mul i64 %170, 13
  %172 = add i64 %171, 10
  %173 = mul i64 %172, 8
  %174 = load <8 x float>, <8 x float>* %9, align 32
  %175 = fcmp ogt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> %174, <8 x float> zeroinitializer
  %177 = getelementptr inbounds float, float* %0, i64 %173
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = mul i64 %25, 48
  %180 = add i64 %179, %28
  %181 = add i64 %180, 0
  %182 = mul i64 %181, 13
  %183 = add i64 %182, %22
  %184 = mul i64 %183, 13
  %185 = add i64 %184, 11
  %186 = mul i64 %185, 8
  %187 = load <8 x float>, <8 x float>* %8, align 32
  %188 = fcmp ogt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> %187, <8 x float> zeroinitializer
  %190 = getelementptr inbounds float, float* %0, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  br label %xb.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %192 = icmp slt i64 %kh, 3
  br i1 %192, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %193 = mul i64 %kh, 1
  %194 = add i64 %38, %193
  %195 = icmp sge i64 %194, 0
  %196 = icmp slt i64 %194, 13
  %197 = and i1 %195, %196
  br i1 %197, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %198 = mul i64 %194, 104
  %199 = add i64 %46, %198
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %200 = icmp slt i64 %kw, 3
  br i1 %200, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %201 = mul i64 %kw, 1
  %202 = add i64 0, %201
  %203 = mul i64 %kh, 3
  %204 = add i64 %203, %kw
  %205 = mul i64 %204, 64
  %206 = add i64 %48, %205
  %207 = add i64 %206, 0
  %208 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  %210 = load <8 x float>, <8 x float>* %209, align 4
  %211 = add i64 %202, 0
  %212 = mul i64 %211, 8
  %213 = add i64 %212, 0
  %214 = add i64 %199, %213
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %18, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %210, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %18, align 32
  %220 = add i64 %202, 1
  %221 = mul i64 %220, 8
  %222 = add i64 %221, 0
  %223 = add i64 %199, %222
  %224 = getelementptr inbounds float, float* %1, i64 %223
  %225 = load float, float* %224, align 4
  %226 = insertelement <8 x float> undef, float %225, i32 0
  %splat1 = shufflevector <8 x float> %226, <8 x float> undef, <8 x i32> zeroinitializer
  %227 = load <8 x float>, <8 x float>* %17, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %210, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %17, align 32
  %229 = add i64 %202, 2
  %230 = mul i64 %229, 8
  %231 = add i64 %230, 0
  %232 = add i64 %199, %231
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat2 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %16, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %210, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %16, align 32
  %238 = add i64 %202, 3
  %239 = mul i64 %238, 8
  %240 = add i64 %239, 0
  %241 = add i64 %199, %240
  %242 = getelementptr inbounds float, float* %1, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat3 = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %15, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %210, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %15, align 32
  %247 = add i64 %202, 4
  %248 = mul i64 %247, 8
  %249 = add i64 %248, 0
  %250 = add i64 %199, %249
  %251 = getelementptr inbounds float, float* %1, i64 %250
  %252 = load float, float* %251, align 4
  %253 = insertelement <8 x float> undef, float %252, i32 0
  %splat4 = shufflevector <8 x float> %253, <8 x float> undef, <8 x i32> zeroinitializer
  %254 = load <8 x float>, <8 x float>* %14, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %210, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %14, align 32
  %256 = add i64 %202, 5
  %257 = mul i64 %256, 8
  %258 = add i64 %257, 0
  %259 = add i64 %199, %258
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat5 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %13, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %210, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %13, align 32
  %265 = add i64 %202, 6
  %266 = mul i64 %265, 8
  %267 = add i64 %266, 0
  %268 = add i64 %199, %267
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat6 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %12, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %210, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %12, align 32
  %274 = add i64 %202, 7
  %275 = mul i64 %274, 8
  %276 = add i64 %275, 0
  %277 = add i64 %199, %276
  %278 = getelementptr inbounds float, float* %1, i64 %277
  %279 = load float, float* %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i32 0
  %splat7 = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %281 = load <8 x float>, <8 x float>* %11, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %210, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %11, align 32
  %283 = add i64 %202, 8
  %284 = mul i64 %283, 8
  %285 = add i64 %284, 0
  %286 = add i64 %199, %285
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat8 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %10, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %210, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %10, align 32
  %292 = add i64 %202, 9
  %293 = mul i64 %292, 8
  %294 = add i64 %293, 0
  %295 = add i64 %199, %294
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = load float, float* %296, align 4
  %298 = insertelement <8 x float> undef, float %297, i32 0
  %splat9 = shufflevector <8 x float> %298, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = load <8 x float>, <8 x float>* %9, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %210, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %9, align 32
  %301 = add i64 %202, 10
  %302 = mul i64 %301, 8
  %303 = add i64 %302, 0
  %304 = add i64 %199, %303
  %305 = getelementptr inbounds float, float* %1, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat10 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %8, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %210, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %8, align 32
  %310 = add i64 %206, 8
  %311 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %202, 0
  %315 = mul i64 %314, 8
  %316 = add i64 %315, 1
  %317 = add i64 %199, %316
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat11 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %18, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %313, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %18, align 32
  %323 = add i64 %202, 1
  %324 = mul i64 %323, 8
  %325 = add i64 %324, 1
  %326 = add i64 %199, %325
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat12 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %17, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %313, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %17, align 32
  %332 = add i64 %202, 2
  %333 = mul i64 %332, 8
  %334 = add i64 %333, 1
  %335 = add i64 %199, %334
  %336 = getelementptr inbounds float, float* %1, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat13 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %16, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %313, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %16, align 32
  %341 = add i64 %202, 3
  %342 = mul i64 %341, 8
  %343 = add i64 %342, 1
  %344 = add i64 %199, %343
  %345 = getelementptr inbounds float, float* %1, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat14 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %15, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %313, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %15, align 32
  %350 = add i64 %202, 4
  %351 = mul i64 %350, 8
  %352 = add i64 %351, 1
  %353 = add i64 %199, %352
  %354 = getelementptr inbounds float, float* %1, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat15 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %14, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %313, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %14, align 32
  %359 = add i64 %202, 5
  %360 = mul i64 %359, 8
  %361 = add i64 %360, 1
  %362 = add i64 %199, %361
  %363 = getelementptr inbounds float, float* %1, i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat16 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %13, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %313, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %13, align 32
  %368 = add i64 %202, 6
  %369 = mul i64 %368, 8
  %370 = add i64 %369, 1
  %371 = add i64 %199, %370
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat17 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %12, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %313, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %12, align 32
  %377 = add i64 %202, 7
  %378 = mul i64 %377, 8
  %379 = add i64 %378, 1
  %380 = add i64 %199, %379
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat18 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %11, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %313, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %11, align 32
  %386 = add i64 %202, 8
  %387 = mul i64 %386, 8
  %388 = add i64 %387, 1
  %389 = add i64 %199, %388
  %390 = getelementptr inbounds float, float* %1, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat19 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %10, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %313, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %10, align 32
  %395 = add i64 %202, 9
  %396 = mul i64 %395, 8
  %397 = add i64 %396, 1
  %398 = add i64 %199, %397
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat20 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %9, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %313, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %9, align 32
  %404 = add i64 %202, 10
  %405 = mul i64 %404, 8
  %406 = add i64 %405, 1
  %407 = add i64 %199, %406
  %408 = getelementptr inbounds float, float* %1, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat21 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %8, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %313, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %8, align 32
  %413 = add i64 %206, 16
  %414 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = add i64 %202, 0
  %418 = mul i64 %417, 8
  %419 = add i64 %418, 2
  %420 = add i64 %199, %419
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat22 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %18, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %416, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %18, align 32
  %426 = add i64 %202, 1
  %427 = mul i64 %426, 8
  %428 = add i64 %427, 2
  %429 = add i64 %199, %428
  %430 = getelementptr inbounds float, float* %1, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat23 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %416, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %202, 2
  %436 = mul i64 %435, 8
  %437 = add i64 %436, 2
  %438 = add i64 %199, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat24 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %16, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %416, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %16, align 32
  %444 = add i64 %202, 3
  %445 = mul i64 %444, 8
  %446 = add i64 %445, 2
  %447 = add i64 %199, %446
  %448 = getelementptr inbounds float, float* %1, i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat25 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %15, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %416, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %15, align 32
  %453 = add i64 %202, 4
  %454 = mul i64 %453, 8
  %455 = add i64 %454, 2
  %456 = add i64 %199, %455
  %457 = getelementptr inbounds float, float* %1, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat26 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %14, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %416, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %14, align 32
  %462 = add i64 %202, 5
  %463 = mul i64 %462, 8
  %464 = add i64 %463, 2
  %465 = add i64 %199, %464
  %466 = getelementptr inbounds float, float* %1, i64 %465
  %467 = load float, float* %466, align 4
  %468 = insertelement <8 x float> undef, float %467, i32 0
  %splat27 = shufflevector <8 x float> %468, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, <8 x float>* %13, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %416, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %13, align 32
  %471 = add i64 %202, 6
  %472 = mul i64 %471, 8
  %473 = add i64 %472, 2
  %474 = add i64 %199, %473
  %475 = getelementptr inbounds float, float* %1, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat28 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %12, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %416, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %12, align 32
  %480 = add i64 %202, 7
  %481 = mul i64 %480, 8
  %482 = add i64 %481, 2
  %483 = add i64 %199, %482
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat29 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %11, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %416, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %11, align 32
  %489 = add i64 %202, 8
  %490 = mul i64 %489, 8
  %491 = add i64 %490, 2
  %492 = add i64 %199, %491
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat30 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %10, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %416, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %10, align 32
  %498 = add i64 %202, 9
  %499 = mul i64 %498, 8
  %500 = add i64 %499, 2
  %501 = add i64 %199, %500
  %502 = getelementptr inbounds float, float* %1, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat31 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %9, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %416, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %9, align 32
  %507 = add i64 %202, 10
  %508 = mul i64 %507, 8
  %509 = add i64 %508, 2
  %510 = add i64 %199, %509
  %511 = getelementptr inbounds float, float* %1, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat32 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %8, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %416, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %8, align 32
  %516 = add i64 %206, 24
  %517 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %516
  %518 = bitcast float* %517 to <8 x float>*
  %519 = load <8 x float>, <8 x float>* %518, align 4
  %520 = add i64 %202, 0
  %521 = mul i64 %520, 8
  %522 = add i64 %521, 3
  %523 = add i64 %199, %522
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat33 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %18, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %519, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %18, align 32
  %529 = add i64 %202, 1
  %530 = mul i64 %529, 8
  %531 = add i64 %530, 3
  %532 = add i64 %199, %531
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat34 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %17, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %519, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %17, align 32
  %538 = add i64 %202, 2
  %539 = mul i64 %538, 8
  %540 = add i64 %539, 3
  %541 = add i64 %199, %540
  %542 = getelementptr inbounds float, float* %1, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat35 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %16, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %519, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %16, align 32
  %547 = add i64 %202, 3
  %548 = mul i64 %547, 8
  %549 = add i64 %548, 3
  %550 = add i64 %199, %549
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat36 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %15, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %519, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %15, align 32
  %556 = add i64 %202, 4
  %557 = mul i64 %556, 8
  %558 = add i64 %557, 3
  %559 = add i64 %199, %558
  %560 = getelementptr inbounds float, float* %1, i64 %559
  %561 = load float, float* %560, align 4
  %562 = insertelement <8 x float> undef, float %561, i32 0
  %splat37 = shufflevector <8 x float> %562, <8 x float> undef, <8 x i32> zeroinitializer
  %563 = load <8 x float>, <8 x float>* %14, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %519, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %14, align 32
  %565 = add i64 %202, 5
  %566 = mul i64 %565, 8
  %567 = add i64 %566, 3
  %568 = add i64 %199, %567
  %569 = getelementptr inbounds float, float* %1, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat38 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %13, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %519, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %13, align 32
  %574 = add i64 %202, 6
  %575 = mul i64 %574, 8
  %576 = add i64 %575, 3
  %577 = add i64 %199, %576
  %578 = getelementptr inbounds float, float* %1, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat39 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %12, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %519, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %12, align 32
  %583 = add i64 %202, 7
  %584 = mul i64 %583, 8
  %585 = add i64 %584, 3
  %586 = add i64 %199, %585
  %587 = getelementptr inbounds float, float* %1, i64 %586
  %588 = load float, float* %587, align 4
  %589 = insertelement <8 x float> undef, float %588, i32 0
  %splat40 = shufflevector <8 x float> %589, <8 x float> undef, <8 x i32> zeroinitializer
  %590 = load <8 x float>, <8 x float>* %11, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %519, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %11, align 32
  %592 = add i64 %202, 8
  %593 = mul i64 %592, 8
  %594 = add i64 %593, 3
  %595 = add i64 %199, %594
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat41 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %10, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %519, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %10, align 32
  %601 = add i64 %202, 9
  %602 = mul i64 %601, 8
  %603 = add i64 %602, 3
  %604 = add i64 %199, %603
  %605 = getelementptr inbounds float, float* %1, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat42 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %9, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %519, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %9, align 32
  %610 = add i64 %202, 10
  %611 = mul i64 %610, 8
  %612 = add i64 %611, 3
  %613 = add i64 %199, %612
  %614 = getelementptr inbounds float, float* %1, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat43 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %8, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %519, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %8, align 32
  %619 = add i64 %206, 32
  %620 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %619
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = add i64 %202, 0
  %624 = mul i64 %623, 8
  %625 = add i64 %624, 4
  %626 = add i64 %199, %625
  %627 = getelementptr inbounds float, float* %1, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat44 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %18, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %622, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %18, align 32
  %632 = add i64 %202, 1
  %633 = mul i64 %632, 8
  %634 = add i64 %633, 4
  %635 = add i64 %199, %634
  %636 = getelementptr inbounds float, float* %1, i64 %635
  %637 = load float, float* %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %splat45 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, <8 x float>* %17, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %622, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %17, align 32
  %641 = add i64 %202, 2
  %642 = mul i64 %641, 8
  %643 = add i64 %642, 4
  %644 = add i64 %199, %643
  %645 = getelementptr inbounds float, float* %1, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat46 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %16, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %622, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %16, align 32
  %650 = add i64 %202, 3
  %651 = mul i64 %650, 8
  %652 = add i64 %651, 4
  %653 = add i64 %199, %652
  %654 = getelementptr inbounds float, float* %1, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat47 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %15, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %622, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %15, align 32
  %659 = add i64 %202, 4
  %660 = mul i64 %659, 8
  %661 = add i64 %660, 4
  %662 = add i64 %199, %661
  %663 = getelementptr inbounds float, float* %1, i64 %662
  %664 = load float, float* %663, align 4
  %665 = insertelement <8 x float> undef, float %664, i32 0
  %splat48 = shufflevector <8 x float> %665, <8 x float> undef, <8 x i32> zeroinitializer
  %666 = load <8 x float>, <8 x float>* %14, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %622, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %14, align 32
  %668 = add i64 %202, 5
  %669 = mul i64 %668, 8
  %670 = add i64 %669, 4
  %671 = add i64 %199, %670
  %672 = getelementptr inbounds float, float* %1, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat49 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %13, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %622, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %13, align 32
  %677 = add i64 %202, 6
  %678 = mul i64 %677, 8
  %679 = add i64 %678, 4
  %680 = add i64 %199, %679
  %681 = getelementptr inbounds float, float* %1, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat50 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %12, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %622, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %12, align 32
  %686 = add i64 %202, 7
  %687 = mul i64 %686, 8
  %688 = add i64 %687, 4
  %689 = add i64 %199, %688
  %690 = getelementptr inbounds float, float* %1, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat51 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %11, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %622, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %11, align 32
  %695 = add i64 %202, 8
  %696 = mul i64 %695, 8
  %697 = add i64 %696, 4
  %698 = add i64 %199, %697
  %699 = getelementptr inbounds float, float* %1, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat52 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %10, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %622, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %10, align 32
  %704 = add i64 %202, 9
  %705 = mul i64 %704, 8
  %706 = add i64 %705, 4
  %707 = add i64 %199, %706
  %708 = getelementptr inbounds float, float* %1, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat53 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %9, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %622, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %9, align 32
  %713 = add i64 %202, 10
  %714 = mul i64 %713, 8
  %715 = add i64 %714, 4
  %716 = add i64 %199, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat54 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %8, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %622, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %8, align 32
  %722 = add i64 %206, 40
  %723 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %722
  %724 = bitcast float* %723 to <8 x float>*
  %725 = load <8 x float>, <8 x float>* %724, align 4
  %726 = add i64 %202, 0
  %727 = mul i64 %726, 8
  %728 = add i64 %727, 5
  %729 = add i64 %199, %728
  %730 = getelementptr inbounds float, float* %1, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat55 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %18, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %725, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %18, align 32
  %735 = add i64 %202, 1
  %736 = mul i64 %735, 8
  %737 = add i64 %736, 5
  %738 = add i64 %199, %737
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat56 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %17, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %725, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %17, align 32
  %744 = add i64 %202, 2
  %745 = mul i64 %744, 8
  %746 = add i64 %745, 5
  %747 = add i64 %199, %746
  %748 = getelementptr inbounds float, float* %1, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat57 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %16, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %725, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %16, align 32
  %753 = add i64 %202, 3
  %754 = mul i64 %753, 8
  %755 = add i64 %754, 5
  %756 = add i64 %199, %755
  %757 = getelementptr inbounds float, float* %1, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat58 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %15, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %725, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %15, align 32
  %762 = add i64 %202, 4
  %763 = mul i64 %762, 8
  %764 = add i64 %763, 5
  %765 = add i64 %199, %764
  %766 = getelementptr inbounds float, float* %1, i64 %765
  %767 = load float, float* %766, align 4
  %768 = insertelement <8 x float> undef, float %767, i32 0
  %splat59 = shufflevector <8 x float> %768, <8 x float> undef, <8 x i32> zeroinitializer
  %769 = load <8 x float>, <8 x float>* %14, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %725, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %14, align 32
  %771 = add i64 %202, 5
  %772 = mul i64 %771, 8
  %773 = add i64 %772, 5
  %774 = add i64 %199, %773
  %775 = getelementptr inbounds float, float* %1, i64 %774
  %776 = load float, float* %775, align 4
  %777 = insertelement <8 x float> undef, float %776, i32 0
  %splat60 = shufflevector <8 x float> %777, <8 x float> undef, <8 x i32> zeroinitializer
  %778 = load <8 x float>, <8 x float>* %13, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %725, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %13, align 32
  %780 = add i64 %202, 6
  %781 = mul i64 %780, 8
  %782 = add i64 %781, 5
  %783 = add i64 %199, %782
  %784 = getelementptr inbounds float, float* %1, i64 %783
  %785 = load float, float* %784, align 4
  %786 = insertelement <8 x float> undef, float %785, i32 0
  %splat61 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
  %787 = load <8 x float>, <8 x float>* %12, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %725, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %12, align 32
  %789 = add i64 %202, 7
  %790 = mul i64 %789, 8
  %791 = add i64 %790, 5
  %792 = add i64 %199, %791
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat62 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %11, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %725, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %11, align 32
  %798 = add i64 %202, 8
  %799 = mul i64 %798, 8
  %800 = add i64 %799, 5
  %801 = add i64 %199, %800
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat63 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %10, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %725, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %10, align 32
  %807 = add i64 %202, 9
  %808 = mul i64 %807, 8
  %809 = add i64 %808, 5
  %810 = add i64 %199, %809
  %811 = getelementptr inbounds float, float* %1, i64 %810
  %812 = load float, float* %811, align 4
  %813 = insertelement <8 x float> undef, float %812, i32 0
  %splat64 = shufflevector <8 x float> %813, <8 x float> undef, <8 x i32> zeroinitializer
  %814 = load <8 x float>, <8 x float>* %9, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %725, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %9, align 32
  %816 = add i64 %202, 10
  %817 = mul i64 %816, 8
  %818 = add i64 %817, 5
  %819 = add i64 %199, %818
  %820 = getelementptr inbounds float, float* %1, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat65 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %8, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %725, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %8, align 32
  %825 = add i64 %206, 48
  %826 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %825
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = add i64 %202, 0
  %830 = mul i64 %829, 8
  %831 = add i64 %830, 6
  %832 = add i64 %199, %831
  %833 = getelementptr inbounds float, float* %1, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat66 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %18, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %828, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %18, align 32
  %838 = add i64 %202, 1
  %839 = mul i64 %838, 8
  %840 = add i64 %839, 6
  %841 = add i64 %199, %840
  %842 = getelementptr inbounds float, float* %1, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat67 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %17, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %828, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %17, align 32
  %847 = add i64 %202, 2
  %848 = mul i64 %847, 8
  %849 = add i64 %848, 6
  %850 = add i64 %199, %849
  %851 = getelementptr inbounds float, float* %1, i64 %850
  %852 = load float, float* %851, align 4
  %853 = insertelement <8 x float> undef, float %852, i32 0
  %splat68 = shufflevector <8 x float> %853, <8 x float> undef, <8 x i32> zeroinitializer
  %854 = load <8 x float>, <8 x float>* %16, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %828, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %16, align 32
  %856 = add i64 %202, 3
  %857 = mul i64 %856, 8
  %858 = add i64 %857, 6
  %859 = add i64 %199, %858
  %860 = getelementptr inbounds float, float* %1, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat69 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %15, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %828, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %15, align 32
  %865 = add i64 %202, 4
  %866 = mul i64 %865, 8
  %867 = add i64 %866, 6
  %868 = add i64 %199, %867
  %869 = getelementptr inbounds float, float* %1, i64 %868
  %870 = load float, float* %869, align 4
  %871 = insertelement <8 x float> undef, float %870, i32 0
  %splat70 = shufflevector <8 x float> %871, <8 x float> undef, <8 x i32> zeroinitializer
  %872 = load <8 x float>, <8 x float>* %14, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %828, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %14, align 32
  %874 = add i64 %202, 5
  %875 = mul i64 %874, 8
  %876 = add i64 %875, 6
  %877 = add i64 %199, %876
  %878 = getelementptr inbounds float, float* %1, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat71 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %13, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %828, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %13, align 32
  %883 = add i64 %202, 6
  %884 = mul i64 %883, 8
  %885 = add i64 %884, 6
  %886 = add i64 %199, %885
  %887 = getelementptr inbounds float, float* %1, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat72 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %12, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %828, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %12, align 32
  %892 = add i64 %202, 7
  %893 = mul i64 %892, 8
  %894 = add i64 %893, 6
  %895 = add i64 %199, %894
  %896 = getelementptr inbounds float, float* %1, i64 %895
  %897 = load float, float* %896, align 4
  %898 = insertelement <8 x float> undef, float %897, i32 0
  %splat73 = shufflevector <8 x float> %898, <8 x float> undef, <8 x i32> zeroinitializer
  %899 = load <8 x float>, <8 x float>* %11, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %828, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %11, align 32
  %901 = add i64 %202, 8
  %902 = mul i64 %901, 8
  %903 = add i64 %902, 6
  %904 = add i64 %199, %903
  %905 = getelementptr inbounds float, float* %1, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat74 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %10, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %828, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %10, align 32
  %910 = add i64 %202, 9
  %911 = mul i64 %910, 8
  %912 = add i64 %911, 6
  %913 = add i64 %199, %912
  %914 = getelementptr inbounds float, float* %1, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat75 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %9, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %828, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %9, align 32
  %919 = add i64 %202, 10
  %920 = mul i64 %919, 8
  %921 = add i64 %920, 6
  %922 = add i64 %199, %921
  %923 = getelementptr inbounds float, float* %1, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat76 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %8, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %828, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %8, align 32
  %928 = add i64 %206, 56
  %929 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %928
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = add i64 %202, 0
  %933 = mul i64 %932, 8
  %934 = add i64 %933, 7
  %935 = add i64 %199, %934
  %936 = getelementptr inbounds float, float* %1, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat77 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %18, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %931, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %18, align 32
  %941 = add i64 %202, 1
  %942 = mul i64 %941, 8
  %943 = add i64 %942, 7
  %944 = add i64 %199, %943
  %945 = getelementptr inbounds float, float* %1, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat78 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %17, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %931, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %17, align 32
  %950 = add i64 %202, 2
  %951 = mul i64 %950, 8
  %952 = add i64 %951, 7
  %953 = add i64 %199, %952
  %954 = getelementptr inbounds float, float* %1, i64 %953
  %955 = load float, float* %954, align 4
  %956 = insertelement <8 x float> undef, float %955, i32 0
  %splat79 = shufflevector <8 x float> %956, <8 x float> undef, <8 x i32> zeroinitializer
  %957 = load <8 x float>, <8 x float>* %16, align 32
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %931, <8 x float> %957)
  store <8 x float> %958, <8 x float>* %16, align 32
  %959 = add i64 %202, 3
  %960 = mul i64 %959, 8
  %961 = add i64 %960, 7
  %962 = add i64 %199, %961
  %963 = getelementptr inbounds float, float* %1, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat80 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %15, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %931, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %15, align 32
  %968 = add i64 %202, 4
  %969 = mul i64 %968, 8
  %970 = add i64 %969, 7
  %971 = add i64 %199, %970
  %972 = getelementptr inbounds float, float* %1, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat81 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %14, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %931, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %14, align 32
  %977 = add i64 %202, 5
  %978 = mul i64 %977, 8
  %979 = add i64 %978, 7
  %980 = add i64 %199, %979
  %981 = getelementptr inbounds float, float* %1, i64 %980
  %982 = load float, float* %981, align 4
  %983 = insertelement <8 x float> undef, float %982, i32 0
  %splat82 = shufflevector <8 x float> %983, <8 x float> undef, <8 x i32> zeroinitializer
  %984 = load <8 x float>, <8 x float>* %13, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %931, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %13, align 32
  %986 = add i64 %202, 6
  %987 = mul i64 %986, 8
  %988 = add i64 %987, 7
  %989 = add i64 %199, %988
  %990 = getelementptr inbounds float, float* %1, i64 %989
  %991 = load float, float* %990, align 4
  %992 = insertelement <8 x float> undef, float %991, i32 0
  %splat83 = shufflevector <8 x float> %992, <8 x float> undef, <8 x i32> zeroinitializer
  %993 = load <8 x float>, <8 x float>* %12, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %931, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %12, align 32
  %995 = add i64 %202, 7
  %996 = mul i64 %995, 8
  %997 = add i64 %996, 7
  %998 = add i64 %199, %997
  %999 = getelementptr inbounds float, float* %1, i64 %998
  %1000 = load float, float* %999, align 4
  %1001 = insertelement <8 x float> undef, float %1000, i32 0
  %splat84 = shufflevector <8 x float> %1001, <8 x float> undef, <8 x i32> zeroinitializer
  %1002 = load <8 x float>, <8 x float>* %11, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %931, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %11, align 32
  %1004 = add i64 %202, 8
  %1005 = mul i64 %1004, 8
  %1006 = add i64 %1005, 7
  %1007 = add i64 %199, %1006
  %1008 = getelementptr inbounds float, float* %1, i64 %1007
  %1009 = load float, float* %1008, align 4
  %1010 = insertelement <8 x float> undef, float %1009, i32 0
  %splat85 = shufflevector <8 x float> %1010, <8 x float> undef, <8 x i32> zeroinitializer
  %1011 = load <8 x float>, <8 x float>* %10, align 32
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %931, <8 x float> %1011)
  store <8 x float> %1012, <8 x float>* %10, align 32
  %1013 = add i64 %202, 9
  %1014 = mul i64 %1013, 8
  %1015 = add i64 %1014, 7
  %1016 = add i64 %199, %1015
  %1017 = getelementptr inbounds float, float* %1, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat86 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %9, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %931, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %9, align 32
  %1022 = add i64 %202, 10
  %1023 = mul i64 %1022, 8
  %1024 = add i64 %1023, 7
  %1025 = add i64 %199, %1024
  %1026 = getelementptr inbounds float, float* %1, i64 %1025
  %1027 = load float, float* %1026, align 4
  %1028 = insertelement <8 x float> undef, float %1027, i32 0
  %splat87 = shufflevector <8 x float> %1028, <8 x float> undef, <8 x i32> zeroinitializer
  %1029 = load <8 x float>, <8 x float>* %8, align 32
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %931, <8 x float> %1029)
  store <8 x float> %1030, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

xb.header:                                        ; preds = %u.exit90, %u.exit
  %xb = phi i64 [ 0, %u.exit ], [ %xb.next, %u.exit90 ]
  %1031 = icmp slt i64 %xb, 1
  br i1 %1031, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1032 = add i64 %28, 0
  %1033 = mul i64 %1032, 8
  %1034 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %1033
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  store <8 x float> %1036, <8 x float>* %7, align 32
  %1037 = mul i64 %xb, 1
  %1038 = sub i64 %1037, 1
  br label %u.header88

xb.exit:                                          ; preds = %xb.header
  br label %xb.header115

u.header88:                                       ; preds = %kh.exit94, %xb.body
  %u91 = phi i64 [ 0, %xb.body ], [ %u.next114, %kh.exit94 ]
  %1039 = icmp slt i64 %u91, 24
  br i1 %1039, label %u.body89, label %u.exit90

u.body89:                                         ; preds = %u.header88
  %1040 = mul i64 %u91, 1352
  %1041 = add i64 %32, %1040
  %1042 = mul i64 %u91, 576
  %1043 = add i64 %36, %1042
  br label %kh.header92

u.exit90:                                         ; preds = %u.header88
  %1044 = add i64 %xb, 0
  %1045 = mul i64 %25, 48
  %1046 = add i64 %1045, %28
  %1047 = add i64 %1046, 0
  %1048 = mul i64 %1047, 13
  %1049 = add i64 %1048, %22
  %1050 = mul i64 %1049, 13
  %1051 = add i64 %1050, %1044
  %1052 = mul i64 %1051, 8
  %1053 = load <8 x float>, <8 x float>* %7, align 32
  %1054 = fcmp ogt <8 x float> %1053, zeroinitializer
  %1055 = select <8 x i1> %1054, <8 x float> %1053, <8 x float> zeroinitializer
  %1056 = getelementptr inbounds float, float* %0, i64 %1052
  %1057 = bitcast float* %1056 to <8 x float>*
  store <8 x float> %1055, <8 x float>* %1057, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header92:                                      ; preds = %endif97, %u.body89
  %kh95 = phi i64 [ 0, %u.body89 ], [ %kh.next113, %endif97 ]
  %1058 = icmp slt i64 %kh95, 3
  br i1 %1058, label %kh.body93, label %kh.exit94

kh.body93:                                        ; preds = %kh.header92
  %1059 = mul i64 %kh95, 1
  %1060 = add i64 %38, %1059
  %1061 = icmp sge i64 %1060, 0
  %1062 = icmp slt i64 %1060, 13
  %1063 = and i1 %1061, %1062
  br i1 %1063, label %then96, label %endif97

kh.exit94:                                        ; preds = %kh.header92
  %u.next114 = add i64 %u91, 1
  br label %u.header88

then96:                                           ; preds = %kh.body93
  %1064 = mul i64 %1060, 104
  %1065 = add i64 %1041, %1064
  br label %kw.header98

endif97:                                          ; preds = %kw.exit100, %kh.body93
  %kh.next113 = add i64 %kh95, 1
  br label %kh.header92

kw.header98:                                      ; preds = %endif103, %then96
  %kw101 = phi i64 [ 0, %then96 ], [ %kw.next112, %endif103 ]
  %1066 = icmp slt i64 %kw101, 3
  br i1 %1066, label %kw.body99, label %kw.exit100

kw.body99:                                        ; preds = %kw.header98
  %1067 = mul i64 %kw101, 1
  %1068 = add i64 %1038, %1067
  %1069 = mul i64 %kh95, 3
  %1070 = add i64 %1069, %kw101
  %1071 = mul i64 %1070, 64
  %1072 = add i64 %1043, %1071
  %1073 = icmp sge i64 %1068, 0
  %1074 = icmp slt i64 %1068, 13
  %1075 = and i1 %1073, %1074
  br i1 %1075, label %then102, label %endif103

kw.exit100:                                       ; preds = %kw.header98
  br label %endif97

then102:                                          ; preds = %kw.body99
  %1076 = add i64 %1072, 0
  %1077 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1076
  %1078 = bitcast float* %1077 to <8 x float>*
  %1079 = load <8 x float>, <8 x float>* %1078, align 4
  %1080 = add i64 %1068, 0
  %1081 = mul i64 %1080, 8
  %1082 = add i64 %1081, 0
  %1083 = add i64 %1065, %1082
  %1084 = getelementptr inbounds float, float* %1, i64 %1083
  %1085 = load float, float* %1084, align 4
  %1086 = insertelement <8 x float> undef, float %1085, i32 0
  %splat104 = shufflevector <8 x float> %1086, <8 x float> undef, <8 x i32> zeroinitializer
  %1087 = load <8 x float>, <8 x float>* %7, align 32
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1079, <8 x float> %1087)
  store <8 x float> %1088, <8 x float>* %7, align 32
  %1089 = add i64 %1072, 8
  %1090 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1089
  %1091 = bitcast float* %1090 to <8 x float>*
  %1092 = load <8 x float>, <8 x float>* %1091, align 4
  %1093 = add i64 %1068, 0
  %1094 = mul i64 %1093, 8
  %1095 = add i64 %1094, 1
  %1096 = add i64 %1065, %1095
  %1097 = getelementptr inbounds float, float* %1, i64 %1096
  %1098 = load float, float* %1097, align 4
  %1099 = insertelement <8 x float> undef, float %1098, i32 0
  %splat105 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
  %1100 = load <8 x float>, <8 x float>* %7, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1092, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %7, align 32
  %1102 = add i64 %1072, 16
  %1103 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1102
  %1104 = bitcast float* %1103 to <8 x float>*
  %1105 = load <8 x float>, <8 x float>* %1104, align 4
  %1106 = add i64 %1068, 0
  %1107 = mul i64 %1106, 8
  %1108 = add i64 %1107, 2
  %1109 = add i64 %1065, %1108
  %1110 = getelementptr inbounds float, float* %1, i64 %1109
  %1111 = load float, float* %1110, align 4
  %1112 = insertelement <8 x float> undef, float %1111, i32 0
  %splat106 = shufflevector <8 x float> %1112, <8 x float> undef, <8 x i32> zeroinitializer
  %1113 = load <8 x float>, <8 x float>* %7, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1105, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %7, align 32
  %1115 = add i64 %1072, 24
  %1116 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1068, 0
  %1120 = mul i64 %1119, 8
  %1121 = add i64 %1120, 3
  %1122 = add i64 %1065, %1121
  %1123 = getelementptr inbounds float, float* %1, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat107 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %7, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1118, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %7, align 32
  %1128 = add i64 %1072, 32
  %1129 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1128
  %1130 = bitcast float* %1129 to <8 x float>*
  %1131 = load <8 x float>, <8 x float>* %1130, align 4
  %1132 = add i64 %1068, 0
  %1133 = mul i64 %1132, 8
  %1134 = add i64 %1133, 4
  %1135 = add i64 %1065, %1134
  %1136 = getelementptr inbounds float, float* %1, i64 %1135
  %1137 = load float, float* %1136, align 4
  %1138 = insertelement <8 x float> undef, float %1137, i32 0
  %splat108 = shufflevector <8 x float> %1138, <8 x float> undef, <8 x i32> zeroinitializer
  %1139 = load <8 x float>, <8 x float>* %7, align 32
  %1140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1131, <8 x float> %1139)
  store <8 x float> %1140, <8 x float>* %7, align 32
  %1141 = add i64 %1072, 40
  %1142 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1141
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = add i64 %1068, 0
  %1146 = mul i64 %1145, 8
  %1147 = add i64 %1146, 5
  %1148 = add i64 %1065, %1147
  %1149 = getelementptr inbounds float, float* %1, i64 %1148
  %1150 = load float, float* %1149, align 4
  %1151 = insertelement <8 x float> undef, float %1150, i32 0
  %splat109 = shufflevector <8 x float> %1151, <8 x float> undef, <8 x i32> zeroinitializer
  %1152 = load <8 x float>, <8 x float>* %7, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1144, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %7, align 32
  %1154 = add i64 %1072, 48
  %1155 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1154
  %1156 = bitcast float* %1155 to <8 x float>*
  %1157 = load <8 x float>, <8 x float>* %1156, align 4
  %1158 = add i64 %1068, 0
  %1159 = mul i64 %1158, 8
  %1160 = add i64 %1159, 6
  %1161 = add i64 %1065, %1160
  %1162 = getelementptr inbounds float, float* %1, i64 %1161
  %1163 = load float, float* %1162, align 4
  %1164 = insertelement <8 x float> undef, float %1163, i32 0
  %splat110 = shufflevector <8 x float> %1164, <8 x float> undef, <8 x i32> zeroinitializer
  %1165 = load <8 x float>, <8 x float>* %7, align 32
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1157, <8 x float> %1165)
  store <8 x float> %1166, <8 x float>* %7, align 32
  %1167 = add i64 %1072, 56
  %1168 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1167
  %1169 = bitcast float* %1168 to <8 x float>*
  %1170 = load <8 x float>, <8 x float>* %1169, align 4
  %1171 = add i64 %1068, 0
  %1172 = mul i64 %1171, 8
  %1173 = add i64 %1172, 7
  %1174 = add i64 %1065, %1173
  %1175 = getelementptr inbounds float, float* %1, i64 %1174
  %1176 = load float, float* %1175, align 4
  %1177 = insertelement <8 x float> undef, float %1176, i32 0
  %splat111 = shufflevector <8 x float> %1177, <8 x float> undef, <8 x i32> zeroinitializer
  %1178 = load <8 x float>, <8 x float>* %7, align 32
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1170, <8 x float> %1178)
  store <8 x float> %1179, <8 x float>* %7, align 32
  br label %endif103

endif103:                                         ; preds = %then102, %kw.body99
  %kw.next112 = add i64 %kw101, 1
  br label %kw.header98

xb.header115:                                     ; preds = %u.exit121, %xb.exit
  %xb118 = phi i64 [ 12, %xb.exit ], [ %xb.next146, %u.exit121 ]
  %1180 = icmp slt i64 %xb118, 13
  br i1 %1180, label %xb.body116, label %xb.exit117

xb.body116:                                       ; preds = %xb.header115
  %1181 = add i64 %28, 0
  %1182 = mul i64 %1181, 8
  %1183 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %1182
  %1184 = bitcast float* %1183 to <8 x float>*
  %1185 = load <8 x float>, <8 x float>* %1184, align 4
  store <8 x float> %1185, <8 x float>* %6, align 32
  %1186 = mul i64 %xb118, 1
  %1187 = sub i64 %1186, 1
  br label %u.header119

xb.exit117:                                       ; preds = %xb.header115
  %task.next = add i64 %task, 1
  br label %task.header

u.header119:                                      ; preds = %kh.exit125, %xb.body116
  %u122 = phi i64 [ 0, %xb.body116 ], [ %u.next145, %kh.exit125 ]
  %1188 = icmp slt i64 %u122, 24
  br i1 %1188, label %u.body120, label %u.exit121

u.body120:                                        ; preds = %u.header119
  %1189 = mul i64 %u122, 1352
  %1190 = add i64 %32, %1189
  %1191 = mul i64 %u122, 576
  %1192 = add i64 %36, %1191
  br label %kh.header123

u.exit121:                                        ; preds = %u.header119
  %1193 = add i64 %xb118, 0
  %1194 = mul i64 %25, 48
  %1195 = add i64 %1194, %28
  %1196 = add i64 %1195, 0
  %1197 = mul i64 %1196, 13
  %1198 = add i64 %1197, %22
  %1199 = mul i64 %1198, 13
  %1200 = add i64 %1199, %1193
  %1201 = mul i64 %1200, 8
  %1202 = load <8 x float>, <8 x float>* %6, align 32
  %1203 = fcmp ogt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> %1202, <8 x float> zeroinitializer
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %xb.next146 = add i64 %xb118, 1
  br label %xb.header115

kh.header123:                                     ; preds = %endif128, %u.body120
  %kh126 = phi i64 [ 0, %u.body120 ], [ %kh.next144, %endif128 ]
  %1207 = icmp slt i64 %kh126, 3
  br i1 %1207, label %kh.body124, label %kh.exit125

kh.body124:                                       ; preds = %kh.header123
  %1208 = mul i64 %kh126, 1
  %1209 = add i64 %38, %1208
  %1210 = icmp sge i64 %1209, 0
  %1211 = icmp slt i64 %1209, 13
  %1212 = and i1 %1210, %1211
  br i1 %1212, label %then127, label %endif128

kh.exit125:                                       ; preds = %kh.header123
  %u.next145 = add i64 %u122, 1
  br label %u.header119

then127:                                          ; preds = %kh.body124
  %1213 = mul i64 %1209, 104
  %1214 = add i64 %1190, %1213
  br label %kw.header129

endif128:                                         ; preds = %kw.exit131, %kh.body124
  %kh.next144 = add i64 %kh126, 1
  br label %kh.header123

kw.header129:                                     ; preds = %endif134, %then127
  %kw132 = phi i64 [ 0, %then127 ], [ %kw.next143, %endif134 ]
  %1215 = icmp slt i64 %kw132, 3
  br i1 %1215, label %kw.body130, label %kw.exit131

kw.body130:                                       ; preds = %kw.header129
  %1216 = mul i64 %kw132, 1
  %1217 = add i64 %1187, %1216
  %1218 = mul i64 %kh126, 3
  %1219 = add i64 %1218, %kw132
  %1220 = mul i64 %1219, 64
  %1221 = add i64 %1192, %1220
  %1222 = icmp sge i64 %1217, 0
  %1223 = icmp slt i64 %1217, 13
  %1224 = and i1 %1222, %1223
  br i1 %1224, label %then133, label %endif134

kw.exit131:                                       ; preds = %kw.header129
  br label %endif128

then133:                                          ; preds = %kw.body130
  %1225 = add i64 %1221, 0
  %1226 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1225
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = add i64 %1217, 0
  %1230 = mul i64 %1229, 8
  %1231 = add i64 %1230, 0
  %1232 = add i64 %1214, %1231
  %1233 = getelementptr inbounds float, float* %1, i64 %1232
  %1234 = load float, float* %1233, align 4
  %1235 = insertelement <8 x float> undef, float %1234, i32 0
  %splat135 = shufflevector <8 x float> %1235, <8 x float> undef, <8 x i32> zeroinitializer
  %1236 = load <8 x float>, <8 x float>* %6, align 32
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1228, <8 x float> %1236)
  store <8 x float> %1237, <8 x float>* %6, align 32
  %1238 = add i64 %1221, 8
  %1239 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1238
  %1240 = bitcast float* %1239 to <8 x float>*
  %1241 = load <8 x float>, <8 x float>* %1240, align 4
  %1242 = add i64 %1217, 0
  %1243 = mul i64 %1242, 8
  %1244 = add i64 %1243, 1
  %1245 = add i64 %1214, %1244
  %1246 = getelementptr inbounds float, float* %1, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat136 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %6, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1241, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %6, align 32
  %1251 = add i64 %1221, 16
  %1252 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1251
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = add i64 %1217, 0
  %1256 = mul i64 %1255, 8
  %1257 = add i64 %1256, 2
  %1258 = add i64 %1214, %1257
  %1259 = getelementptr inbounds float, float* %1, i64 %1258
  %1260 = load float, float* %1259, align 4
  %1261 = insertelement <8 x float> undef, float %1260, i32 0
  %splat137 = shufflevector <8 x float> %1261, <8 x float> undef, <8 x i32> zeroinitializer
  %1262 = load <8 x float>, <8 x float>* %6, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1254, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %6, align 32
  %1264 = add i64 %1221, 24
  %1265 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1264
  %1266 = bitcast float* %1265 to <8 x float>*
  %1267 = load <8 x float>, <8 x float>* %1266, align 4
  %1268 = add i64 %1217, 0
  %1269 = mul i64 %1268, 8
  %1270 = add i64 %1269, 3
  %1271 = add i64 %1214, %1270
  %1272 = getelementptr inbounds float, float* %1, i64 %1271
  %1273 = load float, float* %1272, align 4
  %1274 = insertelement <8 x float> undef, float %1273, i32 0
  %splat138 = shufflevector <8 x float> %1274, <8 x float> undef, <8 x i32> zeroinitializer
  %1275 = load <8 x float>, <8 x float>* %6, align 32
  %1276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1267, <8 x float> %1275)
  store <8 x float> %1276, <8 x float>* %6, align 32
  %1277 = add i64 %1221, 32
  %1278 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1277
  %1279 = bitcast float* %1278 to <8 x float>*
  %1280 = load <8 x float>, <8 x float>* %1279, align 4
  %1281 = add i64 %1217, 0
  %1282 = mul i64 %1281, 8
  %1283 = add i64 %1282, 4
  %1284 = add i64 %1214, %1283
  %1285 = getelementptr inbounds float, float* %1, i64 %1284
  %1286 = load float, float* %1285, align 4
  %1287 = insertelement <8 x float> undef, float %1286, i32 0
  %splat139 = shufflevector <8 x float> %1287, <8 x float> undef, <8 x i32> zeroinitializer
  %1288 = load <8 x float>, <8 x float>* %6, align 32
  %1289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1280, <8 x float> %1288)
  store <8 x float> %1289, <8 x float>* %6, align 32
  %1290 = add i64 %1221, 40
  %1291 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1290
  %1292 = bitcast float* %1291 to <8 x float>*
  %1293 = load <8 x float>, <8 x float>* %1292, align 4
  %1294 = add i64 %1217, 0
  %1295 = mul i64 %1294, 8
  %1296 = add i64 %1295, 5
  %1297 = add i64 %1214, %1296
  %1298 = getelementptr inbounds float, float* %1, i64 %1297
  %1299 = load float, float* %1298, align 4
  %1300 = insertelement <8 x float> undef, float %1299, i32 0
  %splat140 = shufflevector <8 x float> %1300, <8 x float> undef, <8 x i32> zeroinitializer
  %1301 = load <8 x float>, <8 x float>* %6, align 32
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1293, <8 x float> %1301)
  store <8 x float> %1302, <8 x float>* %6, align 32
  %1303 = add i64 %1221, 48
  %1304 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1303
  %1305 = bitcast float* %1304 to <8 x float>*
  %1306 = load <8 x float>, <8 x float>* %1305, align 4
  %1307 = add i64 %1217, 0
  %1308 = mul i64 %1307, 8
  %1309 = add i64 %1308, 6
  %1310 = add i64 %1214, %1309
  %1311 = getelementptr inbounds float, float* %1, i64 %1310
  %1312 = load float, float* %1311, align 4
  %1313 = insertelement <8 x float> undef, float %1312, i32 0
  %splat141 = shufflevector <8 x float> %1313, <8 x float> undef, <8 x i32> zeroinitializer
  %1314 = load <8 x float>, <8 x float>* %6, align 32
  %1315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1306, <8 x float> %1314)
  store <8 x float> %1315, <8 x float>* %6, align 32
  %1316 = add i64 %1221, 56
  %1317 = getelementptr inbounds float, float* bitcast ([2654208 x i8]* @weight.conv4.packed to float*), i64 %1316
  %1318 = bitcast float* %1317 to <8 x float>*
  %1319 = load <8 x float>, <8 x float>* %1318, align 4
  %1320 = add i64 %1217, 0
  %1321 = mul i64 %1320, 8
  %1322 = add i64 %1321, 7
  %1323 = add i64 %1214, %1322
  %1324 = getelementptr inbounds float, float* %1, i64 %1323
  %1325 = load float, float* %1324, align 4
  %1326 = insertelement <8 x float> undef, float %1325, i32 0
  %splat142 = shufflevector <8 x float> %1326, <8 x float> undef, <8 x i32> zeroinitializer
  %1327 = load <8 x float>, <8 x float>* %6, align 32
  %1328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1319, <8 x float> %1327)
  store <8 x float> %1328, <8 x float>* %6, align 32
  br label %endif134

endif134:                                         ; preds = %then133, %kw.body130
  %kw.next143 = add i64 %kw132, 1
  br label %kw.header129
}

; Function Attrs: nounwind
define internal void @node11.conv4.step0(i8* %0) #2 {
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
  %19 = add i64 624, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 624
  %23 = select i1 %22, i64 %21, i64 624
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 624
  %26 = select i1 %25, i64 %24, i64 624
  call void @node11.conv4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xb.exit117, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit117 ]
  %19 = icmp slt i64 %task, %5
  br i1 %19, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %20 = srem i64 %task, 16
  %21 = sdiv i64 %task, 16
  %22 = srem i64 %21, 13
  %23 = sdiv i64 %task, 208
  %24 = srem i64 %23, 2
  %25 = sdiv i64 %23, 2
  %26 = mul i64 %24, 16
  %27 = mul i64 %20, 1
  %28 = add i64 %26, %27
  %29 = mul i64 %25, 48
  %30 = mul i64 %24, 24
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 1352
  %33 = mul i64 %24, 16
  %34 = mul i64 %20, 1
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 13824
  %37 = mul i64 %22, 1
  %38 = sub i64 %37, 1
  %39 = add i64 %28, 0
  %40 = mul i64 %39, 8
  %41 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  store <8 x float> %43, <8 x float>* %18, align 32
  store <8 x float> %43, <8 x float>* %17, align 32
  store <8 x float> %43, <8 x float>* %16, align 32
  store <8 x float> %43, <8 x float>* %15, align 32
  store <8 x float> %43, <8 x float>* %14, align 32
  store <8 x float> %43, <8 x float>* %13, align 32
  store <8 x float> %43, <8 x float>* %12, align 32
  store <8 x float> %43, <8 x float>* %11, align 32
  store <8 x float> %43, <8 x float>* %10, align 32
  store <8 x float> %43, <8 x float>* %9, align 32
  store <8 x float> %43, <8 x float>* %8, align 32
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %44 = icmp slt i64 %u, 24
  br i1 %44, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %45 = mul i64 %u, 1352
  %46 = add i64 %32, %45
  %47 = mul i64 %u, 576
  %48 = add i64 %36, %47
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %49 = mul i64 %25, 32
  %50 = add i64 %49, %28
  %51 = add i64 %50, 0
  %52 = mul i64 %51, 13
  %53 = add i64 %52, %22
  %54 = mul i64 %53, 13
  %55 = add i64 %54, 1
  %56 = mul i64 %55, 8
  %57 = load <8 x float>, <8 x float>* %18, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = getelementptr inbounds float, float* %0, i64 %56
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> %59, <8 x float>* %61, align 4
  %62 = mul i64 %25, 32
  %63 = add i64 %62, %28
  %64 = add i64 %63, 0
  %65 = mul i64 %64, 13
  %66 = add i64 %65, %22
  %67 = mul i64 %66, 13
  %68 = add i64 %67, 2
  %69 = mul i64 %68, 8
  %70 = load <8 x float>, <8 x float>* %17, align 32
  %71 = fcmp ogt <8 x float> %70, zeroinitializer
  %72 = select <8 x i1> %71, <8 x float> %70, <8 x float> zeroinitializer
  %73 = getelementptr inbounds float, float* %0, i64 %69
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %72, <8 x float>* %74, align 4
  %75 = mul i64 %25, 32
  %76 = add i64 %75, %28
  %77 = add i64 %76, 0
  %78 = mul i64 %77, 13
  %79 = add i64 %78, %22
  %80 = mul i64 %79, 13
  %81 = add i64 %80, 3
  %82 = mul i64 %81, 8
  %83 = load <8 x float>, <8 x float>* %16, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = getelementptr inbounds float, float* %0, i64 %82
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %85, <8 x float>* %87, align 4
  %88 = mul i64 %25, 32
  %89 = add i64 %88, %28
  %90 = add i64 %89, 0
  %91 = mul i64 %90, 13
  %92 = add i64 %91, %22
  %93 = mul i64 %92, 13
  %94 = add i64 %93, 4
  %95 = mul i64 %94, 8
  %96 = load <8 x float>, <8 x float>* %15, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = getelementptr inbounds float, float* %0, i64 %95
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %98, <8 x float>* %100, align 4
  %101 = mul i64 %25, 32
  %102 = add i64 %101, %28
  %103 = add i64 %102, 0
  %104 = mul i64 %103, 13
  %105 = add i64 %104, %22
  %106 = mul i64 %105, 13
  %107 = add i64 %106, 5
  %108 = mul i64 %107, 8
  %109 = load <8 x float>, <8 x float>* %14, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = getelementptr inbounds float, float* %0, i64 %108
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  %114 = mul i64 %25, 32
  %115 = add i64 %114, %28
  %116 = add i64 %115, 0
  %117 = mul i64 %116, 13
  %118 = add i64 %117, %22
  %119 = mul i64 %118, 13
  %120 = add i64 %119, 6
  %121 = mul i64 %120, 8
  %122 = load <8 x float>, <8 x float>* %13, align 32
  %123 = fcmp ogt <8 x float> %122, zeroinitializer
  %124 = select <8 x i1> %123, <8 x float> %122, <8 x float> zeroinitializer
  %125 = getelementptr inbounds float, float* %0, i64 %121
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = mul i64 %25, 32
  %128 = add i64 %127, %28
  %129 = add i64 %128, 0
  %130 = mul i64 %129, 13
  %131 = add i64 %130, %22
  %132 = mul i64 %131, 13
  %133 = add i64 %132, 7
  %134 = mul i64 %133, 8
  %135 = load <8 x float>, <8 x float>* %12, align 32
  %136 = fcmp ogt <8 x float> %135, zeroinitializer
  %137 = select <8 x i1> %136, <8 x float> %135, <8 x float> zeroinitializer
  %138 = getelementptr inbounds float, float* %0, i64 %134
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = mul i64 %25, 32
  %141 = add i64 %140, %28
  %142 = add i64 %141, 0
  %143 = mul i64 %142, 13
  %144 = add i64 %143, %22
  %145 = mul i64 %144, 13
  %146 = add i64 %145, 8
  %147 = mul i64 %146, 8
  %148 = load <8 x float>, <8 x float>* %11, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = getelementptr inbounds float, float* %0, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = mul i64 %25, 32
  %154 = add i64 %153, %28
  %155 = add i64 %154, 0
  %156 = mul i64 %155, 13
  %157 = add i64 %156, %22
  %158 = mul i64 %157, 13
  %159 = add i64 %158, 9
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %10, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = mul i64 %25, 32
  %167 = add i64 %166, %28
  %168 = add i64 %167, 0
  %169 = mul i64 %168, 13
  %170 = add i64 %169, %22
  %171 = mul i64 %170, 13
  %172 = add i64 %171, 10
  %173 = mul i64 %172, 8
  %174 = load <8 x float>, <8 x float>* %9, align 32
  %175 = fcmp ogt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> %174, <8 x float> zeroinitializer
  %177 = getelementptr inbounds float, float* %0, i64 %173
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = mul i64 %25, 32
  %180 = add i64 %179, %28
  %181 = add i64 %180, 0
  %182 = mul i64 %181, 13
  %183 = add i64 %182, %22
  %184 = mul i64 %183, 13
  %185 = add i64 %184, 11
  %186 = mul i64 %185, 8
  %187 = load <8 x float>, <8 x float>* %8, align 32
  %188 = fcmp ogt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> %187, <8 x float> zeroinitializer
  %190 = getelementptr inbounds float, float* %0, i64 %186
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %189, <8 x float>* %191, align 4
  br label %xb.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %192 = icmp slt i64 %kh, 3
  br i1 %192, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %193 = mul i64 %kh, 1
  %194 = add i64 %38, %193
  %195 = icmp sge i64 %194, 0
  %196 = icmp slt i64 %194, 13
  %197 = and i1 %195, %196
  br i1 %197, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %198 = mul i64 %194, 104
  %199 = add i64 %46, %198
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %200 = icmp slt i64 %kw, 3
  br i1 %200, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %201 = mul i64 %kw, 1
  %202 = add i64 0, %201
  %203 = mul i64 %kh, 3
  %204 = add i64 %203, %kw
  %205 = mul i64 %204, 64
  %206 = add i64 %48, %205
  %207 = add i64 %206, 0
  %208 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  %210 = load <8 x float>, <8 x float>* %209, align 4
  %211 = add i64 %202, 0
  %212 = mul i64 %211, 8
  %213 = add i64 %212, 0
  %214 = add i64 %199, %213
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %18, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %210, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %18, align 32
  %220 = add i64 %202, 1
  %221 = mul i64 %220, 8
  %222 = add i64 %221, 0
  %223 = add i64 %199, %222
  %224 = getelementptr inbounds float, float* %1, i64 %223
  %225 = load float, float* %224, align 4
  %226 = insertelement <8 x float> undef, float %225, i32 0
  %splat1 = shufflevector <8 x float> %226, <8 x float> undef, <8 x i32> zeroinitializer
  %227 = load <8 x float>, <8 x float>* %17, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %210, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %17, align 32
  %229 = add i64 %202, 2
  %230 = mul i64 %229, 8
  %231 = add i64 %230, 0
  %232 = add i64 %199, %231
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat2 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %16, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %210, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %16, align 32
  %238 = add i64 %202, 3
  %239 = mul i64 %238, 8
  %240 = add i64 %239, 0
  %241 = add i64 %199, %240
  %242 = getelementptr inbounds float, float* %1, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat3 = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %15, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %210, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %15, align 32
  %247 = add i64 %202, 4
  %248 = mul i64 %247, 8
  %249 = add i64 %248, 0
  %250 = add i64 %199, %249
  %251 = getelementptr inbounds float, float* %1, i64 %250
  %252 = load float, float* %251, align 4
  %253 = insertelement <8 x float> undef, float %252, i32 0
  %splat4 = shufflevector <8 x float> %253, <8 x float> undef, <8 x i32> zeroinitializer
  %254 = load <8 x float>, <8 x float>* %14, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %210, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %14, align 32
  %256 = add i64 %202, 5
  %257 = mul i64 %256, 8
  %258 = add i64 %257, 0
  %259 = add i64 %199, %258
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat5 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %13, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %210, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %13, align 32
  %265 = add i64 %202, 6
  %266 = mul i64 %265, 8
  %267 = add i64 %266, 0
  %268 = add i64 %199, %267
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat6 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %12, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %210, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %12, align 32
  %274 = add i64 %202, 7
  %275 = mul i64 %274, 8
  %276 = add i64 %275, 0
  %277 = add i64 %199, %276
  %278 = getelementptr inbounds float, float* %1, i64 %277
  %279 = load float, float* %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i32 0
  %splat7 = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %281 = load <8 x float>, <8 x float>* %11, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %210, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %11, align 32
  %283 = add i64 %202, 8
  %284 = mul i64 %283, 8
  %285 = add i64 %284, 0
  %286 = add i64 %199, %285
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat8 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %10, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %210, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %10, align 32
  %292 = add i64 %202, 9
  %293 = mul i64 %292, 8
  %294 = add i64 %293, 0
  %295 = add i64 %199, %294
  %296 = getelementptr inbounds float, float* %1, i64 %295
  %297 = load float, float* %296, align 4
  %298 = insertelement <8 x float> undef, float %297, i32 0
  %splat9 = shufflevector <8 x float> %298, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = load <8 x float>, <8 x float>* %9, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %210, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %9, align 32
  %301 = add i64 %202, 10
  %302 = mul i64 %301, 8
  %303 = add i64 %302, 0
  %304 = add i64 %199, %303
  %305 = getelementptr inbounds float, float* %1, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat10 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %8, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %210, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %8, align 32
  %310 = add i64 %206, 8
  %311 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %202, 0
  %315 = mul i64 %314, 8
  %316 = add i64 %315, 1
  %317 = add i64 %199, %316
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat11 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %18, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %313, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %18, align 32
  %323 = add i64 %202, 1
  %324 = mul i64 %323, 8
  %325 = add i64 %324, 1
  %326 = add i64 %199, %325
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat12 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %17, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %313, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %17, align 32
  %332 = add i64 %202, 2
  %333 = mul i64 %332, 8
  %334 = add i64 %333, 1
  %335 = add i64 %199, %334
  %336 = getelementptr inbounds float, float* %1, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat13 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %16, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %313, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %16, align 32
  %341 = add i64 %202, 3
  %342 = mul i64 %341, 8
  %343 = add i64 %342, 1
  %344 = add i64 %199, %343
  %345 = getelementptr inbounds float, float* %1, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat14 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %15, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %313, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %15, align 32
  %350 = add i64 %202, 4
  %351 = mul i64 %350, 8
  %352 = add i64 %351, 1
  %353 = add i64 %199, %352
  %354 = getelementptr inbounds float, float* %1, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat15 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %14, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %313, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %14, align 32
  %359 = add i64 %202, 5
  %360 = mul i64 %359, 8
  %361 = add i64 %360, 1
  %362 = add i64 %199, %361
  %363 = getelementptr inbounds float, float* %1, i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat16 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %13, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %313, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %13, align 32
  %368 = add i64 %202, 6
  %369 = mul i64 %368, 8
  %370 = add i64 %369, 1
  %371 = add i64 %199, %370
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat17 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %12, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %313, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %12, align 32
  %377 = add i64 %202, 7
  %378 = mul i64 %377, 8
  %379 = add i64 %378, 1
  %380 = add i64 %199, %379
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat18 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %11, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %313, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %11, align 32
  %386 = add i64 %202, 8
  %387 = mul i64 %386, 8
  %388 = add i64 %387, 1
  %389 = add i64 %199, %388
  %390 = getelementptr inbounds float, float* %1, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat19 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %10, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %313, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %10, align 32
  %395 = add i64 %202, 9
  %396 = mul i64 %395, 8
  %397 = add i64 %396, 1
  %398 = add i64 %199, %397
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat20 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %9, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %313, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %9, align 32
  %404 = add i64 %202, 10
  %405 = mul i64 %404, 8
  %406 = add i64 %405, 1
  %407 = add i64 %199, %406
  %408 = getelementptr inbounds float, float* %1, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat21 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %8, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %313, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %8, align 32
  %413 = add i64 %206, 16
  %414 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = add i64 %202, 0
  %418 = mul i64 %417, 8
  %419 = add i64 %418, 2
  %420 = add i64 %199, %419
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat22 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %18, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %416, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %18, align 32
  %426 = add i64 %202, 1
  %427 = mul i64 %426, 8
  %428 = add i64 %427, 2
  %429 = add i64 %199, %428
  %430 = getelementptr inbounds float, float* %1, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat23 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %416, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %202, 2
  %436 = mul i64 %435, 8
  %437 = add i64 %436, 2
  %438 = add i64 %199, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat24 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %16, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %416, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %16, align 32
  %444 = add i64 %202, 3
  %445 = mul i64 %444, 8
  %446 = add i64 %445, 2
  %447 = add i64 %199, %446
  %448 = getelementptr inbounds float, float* %1, i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat25 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %15, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %416, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %15, align 32
  %453 = add i64 %202, 4
  %454 = mul i64 %453, 8
  %455 = add i64 %454, 2
  %456 = add i64 %199, %455
  %457 = getelementptr inbounds float, float* %1, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat26 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %14, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %416, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %14, align 32
  %462 = add i64 %202, 5
  %463 = mul i64 %462, 8
  %464 = add i64 %463, 2
  %465 = add i64 %199, %464
  %466 = getelementptr inbounds float, float* %1, i64 %465
  %467 = load float, float* %466, align 4
  %468 = insertelement <8 x float> undef, float %467, i32 0
  %splat27 = shufflevector <8 x float> %468, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, <8 x float>* %13, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %416, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %13, align 32
  %471 = add i64 %202, 6
  %472 = mul i64 %471, 8
  %473 = add i64 %472, 2
  %474 = add i64 %199, %473
  %475 = getelementptr inbounds float, float* %1, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat28 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %12, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %416, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %12, align 32
  %480 = add i64 %202, 7
  %481 = mul i64 %480, 8
  %482 = add i64 %481, 2
  %483 = add i64 %199, %482
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat29 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %11, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %416, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %11, align 32
  %489 = add i64 %202, 8
  %490 = mul i64 %489, 8
  %491 = add i64 %490, 2
  %492 = add i64 %199, %491
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat30 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %10, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %416, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %10, align 32
  %498 = add i64 %202, 9
  %499 = mul i64 %498, 8
  %500 = add i64 %499, 2
  %501 = add i64 %199, %500
  %502 = getelementptr inbounds float, float* %1, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat31 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %9, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %416, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %9, align 32
  %507 = add i64 %202, 10
  %508 = mul i64 %507, 8
  %509 = add i64 %508, 2
  %510 = add i64 %199, %509
  %511 = getelementptr inbounds float, float* %1, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat32 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %8, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %416, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %8, align 32
  %516 = add i64 %206, 24
  %517 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %516
  %518 = bitcast float* %517 to <8 x float>*
  %519 = load <8 x float>, <8 x float>* %518, align 4
  %520 = add i64 %202, 0
  %521 = mul i64 %520, 8
  %522 = add i64 %521, 3
  %523 = add i64 %199, %522
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat33 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %18, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %519, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %18, align 32
  %529 = add i64 %202, 1
  %530 = mul i64 %529, 8
  %531 = add i64 %530, 3
  %532 = add i64 %199, %531
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat34 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %17, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %519, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %17, align 32
  %538 = add i64 %202, 2
  %539 = mul i64 %538, 8
  %540 = add i64 %539, 3
  %541 = add i64 %199, %540
  %542 = getelementptr inbounds float, float* %1, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat35 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %16, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %519, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %16, align 32
  %547 = add i64 %202, 3
  %548 = mul i64 %547, 8
  %549 = add i64 %548, 3
  %550 = add i64 %199, %549
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat36 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %15, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %519, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %15, align 32
  %556 = add i64 %202, 4
  %557 = mul i64 %556, 8
  %558 = add i64 %557, 3
  %559 = add i64 %199, %558
  %560 = getelementptr inbounds float, float* %1, i64 %559
  %561 = load float, float* %560, align 4
  %562 = insertelement <8 x float> undef, float %561, i32 0
  %splat37 = shufflevector <8 x float> %562, <8 x float> undef, <8 x i32> zeroinitializer
  %563 = load <8 x float>, <8 x float>* %14, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %519, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %14, align 32
  %565 = add i64 %202, 5
  %566 = mul i64 %565, 8
  %567 = add i64 %566, 3
  %568 = add i64 %199, %567
  %569 = getelementptr inbounds float, float* %1, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat38 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %13, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %519, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %13, align 32
  %574 = add i64 %202, 6
  %575 = mul i64 %574, 8
  %576 = add i64 %575, 3
  %577 = add i64 %199, %576
  %578 = getelementptr inbounds float, float* %1, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat39 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %12, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %519, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %12, align 32
  %583 = add i64 %202, 7
  %584 = mul i64 %583, 8
  %585 = add i64 %584, 3
  %586 = add i64 %199, %585
  %587 = getelementptr inbounds float, float* %1, i64 %586
  %588 = load float, float* %587, align 4
  %589 = insertelement <8 x float> undef, float %588, i32 0
  %splat40 = shufflevector <8 x float> %589, <8 x float> undef, <8 x i32> zeroinitializer
  %590 = load <8 x float>, <8 x float>* %11, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %519, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %11, align 32
  %592 = add i64 %202, 8
  %593 = mul i64 %592, 8
  %594 = add i64 %593, 3
  %595 = add i64 %199, %594
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat41 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %10, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %519, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %10, align 32
  %601 = add i64 %202, 9
  %602 = mul i64 %601, 8
  %603 = add i64 %602, 3
  %604 = add i64 %199, %603
  %605 = getelementptr inbounds float, float* %1, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat42 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %9, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %519, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %9, align 32
  %610 = add i64 %202, 10
  %611 = mul i64 %610, 8
  %612 = add i64 %611, 3
  %613 = add i64 %199, %612
  %614 = getelementptr inbounds float, float* %1, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat43 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %8, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %519, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %8, align 32
  %619 = add i64 %206, 32
  %620 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %619
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = add i64 %202, 0
  %624 = mul i64 %623, 8
  %625 = add i64 %624, 4
  %626 = add i64 %199, %625
  %627 = getelementptr inbounds float, float* %1, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat44 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %18, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %622, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %18, align 32
  %632 = add i64 %202, 1
  %633 = mul i64 %632, 8
  %634 = add i64 %633, 4
  %635 = add i64 %199, %634
  %636 = getelementptr inbounds float, float* %1, i64 %635
  %637 = load float, float* %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %splat45 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %639 = load <8 x float>, <8 x float>* %17, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %622, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %17, align 32
  %641 = add i64 %202, 2
  %642 = mul i64 %641, 8
  %643 = add i64 %642, 4
  %644 = add i64 %199, %643
  %645 = getelementptr inbounds float, float* %1, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat46 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %16, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %622, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %16, align 32
  %650 = add i64 %202, 3
  %651 = mul i64 %650, 8
  %652 = add i64 %651, 4
  %653 = add i64 %199, %652
  %654 = getelementptr inbounds float, float* %1, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat47 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %15, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %622, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %15, align 32
  %659 = add i64 %202, 4
  %660 = mul i64 %659, 8
  %661 = add i64 %660, 4
  %662 = add i64 %199, %661
  %663 = getelementptr inbounds float, float* %1, i64 %662
  %664 = load float, float* %663, align 4
  %665 = insertelement <8 x float> undef, float %664, i32 0
  %splat48 = shufflevector <8 x float> %665, <8 x float> undef, <8 x i32> zeroinitializer
  %666 = load <8 x float>, <8 x float>* %14, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %622, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %14, align 32
  %668 = add i64 %202, 5
  %669 = mul i64 %668, 8
  %670 = add i64 %669, 4
  %671 = add i64 %199, %670
  %672 = getelementptr inbounds float, float* %1, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat49 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %13, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %622, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %13, align 32
  %677 = add i64 %202, 6
  %678 = mul i64 %677, 8
  %679 = add i64 %678, 4
  %680 = add i64 %199, %679
  %681 = getelementptr inbounds float, float* %1, i64 %680
  %682 = load float, float* %681, align 4
  %683 = insertelement <8 x float> undef, float %682, i32 0
  %splat50 = shufflevector <8 x float> %683, <8 x float> undef, <8 x i32> zeroinitializer
  %684 = load <8 x float>, <8 x float>* %12, align 32
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %622, <8 x float> %684)
  store <8 x float> %685, <8 x float>* %12, align 32
  %686 = add i64 %202, 7
  %687 = mul i64 %686, 8
  %688 = add i64 %687, 4
  %689 = add i64 %199, %688
  %690 = getelementptr inbounds float, float* %1, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat51 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %11, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %622, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %11, align 32
  %695 = add i64 %202, 8
  %696 = mul i64 %695, 8
  %697 = add i64 %696, 4
  %698 = add i64 %199, %697
  %699 = getelementptr inbounds float, float* %1, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat52 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %10, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %622, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %10, align 32
  %704 = add i64 %202, 9
  %705 = mul i64 %704, 8
  %706 = add i64 %705, 4
  %707 = add i64 %199, %706
  %708 = getelementptr inbounds float, float* %1, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat53 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %9, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %622, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %9, align 32
  %713 = add i64 %202, 10
  %714 = mul i64 %713, 8
  %715 = add i64 %714, 4
  %716 = add i64 %199, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat54 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %8, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %622, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %8, align 32
  %722 = add i64 %206, 40
  %723 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %722
  %724 = bitcast float* %723 to <8 x float>*
  %725 = load <8 x float>, <8 x float>* %724, align 4
  %726 = add i64 %202, 0
  %727 = mul i64 %726, 8
  %728 = add i64 %727, 5
  %729 = add i64 %199, %728
  %730 = getelementptr inbounds float, float* %1, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat55 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %18, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %725, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %18, align 32
  %735 = add i64 %202, 1
  %736 = mul i64 %735, 8
  %737 = add i64 %736, 5
  %738 = add i64 %199, %737
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat56 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %17, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %725, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %17, align 32
  %744 = add i64 %202, 2
  %745 = mul i64 %744, 8
  %746 = add i64 %745, 5
  %747 = add i64 %199, %746
  %748 = getelementptr inbounds float, float* %1, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat57 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %16, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %725, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %16, align 32
  %753 = add i64 %202, 3
  %754 = mul i64 %753, 8
  %755 = add i64 %754, 5
  %756 = add i64 %199, %755
  %757 = getelementptr inbounds float, float* %1, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat58 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %15, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %725, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %15, align 32
  %762 = add i64 %202, 4
  %763 = mul i64 %762, 8
  %764 = add i64 %763, 5
  %765 = add i64 %199, %764
  %766 = getelementptr inbounds float, float* %1, i64 %765
  %767 = load float, float* %766, align 4
  %768 = insertelement <8 x float> undef, float %767, i32 0
  %splat59 = shufflevector <8 x float> %768, <8 x float> undef, <8 x i32> zeroinitializer
  %769 = load <8 x float>, <8 x float>* %14, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %725, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %14, align 32
  %771 = add i64 %202, 5
  %772 = mul i64 %771, 8
  %773 = add i64 %772, 5
  %774 = add i64 %199, %773
  %775 = getelementptr inbounds float, float* %1, i64 %774
  %776 = load float, float* %775, align 4
  %777 = insertelement <8 x float> undef, float %776, i32 0
  %splat60 = shufflevector <8 x float> %777, <8 x float> undef, <8 x i32> zeroinitializer
  %778 = load <8 x float>, <8 x float>* %13, align 32
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %725, <8 x float> %778)
  store <8 x float> %779, <8 x float>* %13, align 32
  %780 = add i64 %202, 6
  %781 = mul i64 %780, 8
  %782 = add i64 %781, 5
  %783 = add i64 %199, %782
  %784 = getelementptr inbounds float, float* %1, i64 %783
  %785 = load float, float* %784, align 4
  %786 = insertelement <8 x float> undef, float %785, i32 0
  %splat61 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
  %787 = load <8 x float>, <8 x float>* %12, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %725, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %12, align 32
  %789 = add i64 %202, 7
  %790 = mul i64 %789, 8
  %791 = add i64 %790, 5
  %792 = add i64 %199, %791
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat62 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %11, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %725, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %11, align 32
  %798 = add i64 %202, 8
  %799 = mul i64 %798, 8
  %800 = add i64 %799, 5
  %801 = add i64 %199, %800
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat63 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %10, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %725, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %10, align 32
  %807 = add i64 %202, 9
  %808 = mul i64 %807, 8
  %809 = add i64 %808, 5
  %810 = add i64 %199, %809
  %811 = getelementptr inbounds float, float* %1, i64 %810
  %812 = load float, float* %811, align 4
  %813 = insertelement <8 x float> undef, float %812, i32 0
  %splat64 = shufflevector <8 x float> %813, <8 x float> undef, <8 x i32> zeroinitializer
  %814 = load <8 x float>, <8 x float>* %9, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %725, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %9, align 32
  %816 = add i64 %202, 10
  %817 = mul i64 %816, 8
  %818 = add i64 %817, 5
  %819 = add i64 %199, %818
  %820 = getelementptr inbounds float, float* %1, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat65 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %8, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %725, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %8, align 32
  %825 = add i64 %206, 48
  %826 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %825
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = add i64 %202, 0
  %830 = mul i64 %829, 8
  %831 = add i64 %830, 6
  %832 = add i64 %199, %831
  %833 = getelementptr inbounds float, float* %1, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat66 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %18, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %828, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %18, align 32
  %838 = add i64 %202, 1
  %839 = mul i64 %838, 8
  %840 = add i64 %839, 6
  %841 = add i64 %199, %840
  %842 = getelementptr inbounds float, float* %1, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat67 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %17, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %828, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %17, align 32
  %847 = add i64 %202, 2
  %848 = mul i64 %847, 8
  %849 = add i64 %848, 6
  %850 = add i64 %199, %849
  %851 = getelementptr inbounds float, float* %1, i64 %850
  %852 = load float, float* %851, align 4
  %853 = insertelement <8 x float> undef, float %852, i32 0
  %splat68 = shufflevector <8 x float> %853, <8 x float> undef, <8 x i32> zeroinitializer
  %854 = load <8 x float>, <8 x float>* %16, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %828, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %16, align 32
  %856 = add i64 %202, 3
  %857 = mul i64 %856, 8
  %858 = add i64 %857, 6
  %859 = add i64 %199, %858
  %860 = getelementptr inbounds float, float* %1, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat69 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %15, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %828, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %15, align 32
  %865 = add i64 %202, 4
  %866 = mul i64 %865, 8
  %867 = add i64 %866, 6
  %868 = add i64 %199, %867
  %869 = getelementptr inbounds float, float* %1, i64 %868
  %870 = load float, float* %869, align 4
  %871 = insertelement <8 x float> undef, float %870, i32 0
  %splat70 = shufflevector <8 x float> %871, <8 x float> undef, <8 x i32> zeroinitializer
  %872 = load <8 x float>, <8 x float>* %14, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %828, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %14, align 32
  %874 = add i64 %202, 5
  %875 = mul i64 %874, 8
  %876 = add i64 %875, 6
  %877 = add i64 %199, %876
  %878 = getelementptr inbounds float, float* %1, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat71 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %13, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %828, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %13, align 32
  %883 = add i64 %202, 6
  %884 = mul i64 %883, 8
  %885 = add i64 %884, 6
  %886 = add i64 %199, %885
  %887 = getelementptr inbounds float, float* %1, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat72 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %12, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %828, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %12, align 32
  %892 = add i64 %202, 7
  %893 = mul i64 %892, 8
  %894 = add i64 %893, 6
  %895 = add i64 %199, %894
  %896 = getelementptr inbounds float, float* %1, i64 %895
  %897 = load float, float* %896, align 4
  %898 = insertelement <8 x float> undef, float %897, i32 0
  %splat73 = shufflevector <8 x float> %898, <8 x float> undef, <8 x i32> zeroinitializer
  %899 = load <8 x float>, <8 x float>* %11, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %828, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %11, align 32
  %901 = add i64 %202, 8
  %902 = mul i64 %901, 8
  %903 = add i64 %902, 6
  %904 = add i64 %199, %903
  %905 = getelementptr inbounds float, float* %1, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat74 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %10, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %828, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %10, align 32
  %910 = add i64 %202, 9
  %911 = mul i64 %910, 8
  %912 = add i64 %911, 6
  %913 = add i64 %199, %912
  %914 = getelementptr inbounds float, float* %1, i64 %913
  %915 = load float, float* %914, align 4
  %916 = insertelement <8 x float> undef, float %915, i32 0
  %splat75 = shufflevector <8 x float> %916, <8 x float> undef, <8 x i32> zeroinitializer
  %917 = load <8 x float>, <8 x float>* %9, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %828, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %9, align 32
  %919 = add i64 %202, 10
  %920 = mul i64 %919, 8
  %921 = add i64 %920, 6
  %922 = add i64 %199, %921
  %923 = getelementptr inbounds float, float* %1, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat76 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %8, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %828, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %8, align 32
  %928 = add i64 %206, 56
  %929 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %928
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = add i64 %202, 0
  %933 = mul i64 %932, 8
  %934 = add i64 %933, 7
  %935 = add i64 %199, %934
  %936 = getelementptr inbounds float, float* %1, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat77 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %18, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %931, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %18, align 32
  %941 = add i64 %202, 1
  %942 = mul i64 %941, 8
  %943 = add i64 %942, 7
  %944 = add i64 %199, %943
  %945 = getelementptr inbounds float, float* %1, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat78 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %17, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %931, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %17, align 32
  %950 = add i64 %202, 2
  %951 = mul i64 %950, 8
  %952 = add i64 %951, 7
  %953 = add i64 %199, %952
  %954 = getelementptr inbounds float, float* %1, i64 %953
  %955 = load float, float* %954, align 4
  %956 = insertelement <8 x float> undef, float %955, i32 0
  %splat79 = shufflevector <8 x float> %956, <8 x float> undef, <8 x i32> zeroinitializer
  %957 = load <8 x float>, <8 x float>* %16, align 32
  %958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %931, <8 x float> %957)
  store <8 x float> %958, <8 x float>* %16, align 32
  %959 = add i64 %202, 3
  %960 = mul i64 %959, 8
  %961 = add i64 %960, 7
  %962 = add i64 %199, %961
  %963 = getelementptr inbounds float, float* %1, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat80 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %15, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %931, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %15, align 32
  %968 = add i64 %202, 4
  %969 = mul i64 %968, 8
  %970 = add i64 %969, 7
  %971 = add i64 %199, %970
  %972 = getelementptr inbounds float, float* %1, i64 %971
  %973 = load float, float* %972, align 4
  %974 = insertelement <8 x float> undef, float %973, i32 0
  %splat81 = shufflevector <8 x float> %974, <8 x float> undef, <8 x i32> zeroinitializer
  %975 = load <8 x float>, <8 x float>* %14, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %931, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %14, align 32
  %977 = add i64 %202, 5
  %978 = mul i64 %977, 8
  %979 = add i64 %978, 7
  %980 = add i64 %199, %979
  %981 = getelementptr inbounds float, float* %1, i64 %980
  %982 = load float, float* %981, align 4
  %983 = insertelement <8 x float> undef, float %982, i32 0
  %splat82 = shufflevector <8 x float> %983, <8 x float> undef, <8 x i32> zeroinitializer
  %984 = load <8 x float>, <8 x float>* %13, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %931, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %13, align 32
  %986 = add i64 %202, 6
  %987 = mul i64 %986, 8
  %988 = add i64 %987, 7
  %989 = add i64 %199, %988
  %990 = getelementptr inbounds float, float* %1, i64 %989
  %991 = load float, float* %990, align 4
  %992 = insertelement <8 x float> undef, float %991, i32 0
  %splat83 = shufflevector <8 x float> %992, <8 x float> undef, <8 x i32> zeroinitializer
  %993 = load <8 x float>, <8 x float>* %12, align 32
  %994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %931, <8 x float> %993)
  store <8 x float> %994, <8 x float>* %12, align 32
  %995 = add i64 %202, 7
  %996 = mul i64 %995, 8
  %997 = add i64 %996, 7
  %998 = add i64 %199, %997
  %999 = getelementptr inbounds float, float* %1, i64 %998
  %1000 = load float, float* %999, align 4
  %1001 = insertelement <8 x float> undef, float %1000, i32 0
  %splat84 = shufflevector <8 x float> %1001, <8 x float> undef, <8 x i32> zeroinitializer
  %1002 = load <8 x float>, <8 x float>* %11, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %931, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %11, align 32
  %1004 = add i64 %202, 8
  %1005 = mul i64 %1004, 8
  %1006 = add i64 %1005, 7
  %1007 = add i64 %199, %1006
  %1008 = getelementptr inbounds float, float* %1, i64 %1007
  %1009 = load float, float* %1008, align 4
  %1010 = insertelement <8 x float> undef, float %1009, i32 0
  %splat85 = shufflevector <8 x float> %1010, <8 x float> undef, <8 x i32> zeroinitializer
  %1011 = load <8 x float>, <8 x float>* %10, align 32
  %1012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %931, <8 x float> %1011)
  store <8 x float> %1012, <8 x float>* %10, align 32
  %1013 = add i64 %202, 9
  %1014 = mul i64 %1013, 8
  %1015 = add i64 %1014, 7
  %1016 = add i64 %199, %1015
  %1017 = getelementptr inbounds float, float* %1, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat86 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %9, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %931, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %9, align 32
  %1022 = add i64 %202, 10
  %1023 = mul i64 %1022, 8
  %1024 = add i64 %1023, 7
  %1025 = add i64 %199, %1024
  %1026 = getelementptr inbounds float, float* %1, i64 %1025
  %1027 = load float, float* %1026, align 4
  %1028 = insertelement <8 x float> undef, float %1027, i32 0
  %splat87 = shufflevector <8 x float> %1028, <8 x float> undef, <8 x i32> zeroinitializer
  %1029 = load <8 x float>, <8 x float>* %8, align 32
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %931, <8 x float> %1029)
  store <8 x float> %1030, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif

xb.header:                                        ; preds = %u.exit90, %u.exit
  %xb = phi i64 [ 0, %u.exit ], [ %xb.next, %u.exit90 ]
  %1031 = icmp slt i64 %xb, 1
  br i1 %1031, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %1032 = add i64 %28, 0
  %1033 = mul i64 %1032, 8
  %1034 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %1033
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  store <8 x float> %1036, <8 x float>* %7, align 32
  %1037 = mul i64 %xb, 1
  %1038 = sub i64 %1037, 1
  br label %u.header88

xb.exit:                                          ; preds = %xb.header
  br label %xb.header115

u.header88:                                       ; preds = %kh.exit94, %xb.body
  %u91 = phi i64 [ 0, %xb.body ], [ %u.next114, %kh.exit94 ]
  %1039 = icmp slt i64 %u91, 24
  br i1 %1039, label %u.body89, label %u.exit90

u.body89:                                         ; preds = %u.header88
  %1040 = mul i64 %u91, 1352
  %1041 = add i64 %32, %1040
  %1042 = mul i64 %u91, 576
  %1043 = add i64 %36, %1042
  br label %kh.header92

u.exit90:                                         ; preds = %u.header88
  %1044 = add i64 %xb, 0
  %1045 = mul i64 %25, 32
  %1046 = add i64 %1045, %28
  %1047 = add i64 %1046, 0
  %1048 = mul i64 %1047, 13
  %1049 = add i64 %1048, %22
  %1050 = mul i64 %1049, 13
  %1051 = add i64 %1050, %1044
  %1052 = mul i64 %1051, 8
  %1053 = load <8 x float>, <8 x float>* %7, align 32
  %1054 = fcmp ogt <8 x float> %1053, zeroinitializer
  %1055 = select <8 x i1> %1054, <8 x float> %1053, <8 x float> zeroinitializer
  %1056 = getelementptr inbounds float, float* %0, i64 %1052
  %1057 = bitcast float* %1056 to <8 x float>*
  store <8 x float> %1055, <8 x float>* %1057, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

kh.header92:                                      ; preds = %endif97, %u.body89
  %kh95 = phi i64 [ 0, %u.body89 ], [ %kh.next113, %endif97 ]
  %1058 = icmp slt i64 %kh95, 3
  br i1 %1058, label %kh.body93, label %kh.exit94

kh.body93:                                        ; preds = %kh.header92
  %1059 = mul i64 %kh95, 1
  %1060 = add i64 %38, %1059
  %1061 = icmp sge i64 %1060, 0
  %1062 = icmp slt i64 %1060, 13
  %1063 = and i1 %1061, %1062
  br i1 %1063, label %then96, label %endif97

kh.exit94:                                        ; preds = %kh.header92
  %u.next114 = add i64 %u91, 1
  br label %u.header88

then96:                                           ; preds = %kh.body93
  %1064 = mul i64 %1060, 104
  %1065 = add i64 %1041, %1064
  br label %kw.header98

endif97:                                          ; preds = %kw.exit100, %kh.body93
  %kh.next113 = add i64 %kh95, 1
  br label %kh.header92

kw.header98:                                      ; preds = %endif103, %then96
  %kw101 = phi i64 [ 0, %then96 ], [ %kw.next112, %endif103 ]
  %1066 = icmp slt i64 %kw101, 3
  br i1 %1066, label %kw.body99, label %kw.exit100

kw.body99:                                        ; preds = %kw.header98
  %1067 = mul i64 %kw101, 1
  %1068 = add i64 %1038, %1067
  %1069 = mul i64 %kh95, 3
  %1070 = add i64 %1069, %kw101
  %1071 = mul i64 %1070, 64
  %1072 = add i64 %1043, %1071
  %1073 = icmp sge i64 %1068, 0
  %1074 = icmp slt i64 %1068, 13
  %1075 = and i1 %1073, %1074
  br i1 %1075, label %then102, label %endif103

kw.exit100:                                       ; preds = %kw.header98
  br label %endif97

then102:                                          ; preds = %kw.body99
  %1076 = add i64 %1072, 0
  %1077 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1076
  %1078 = bitcast float* %1077 to <8 x float>*
  %1079 = load <8 x float>, <8 x float>* %1078, align 4
  %1080 = add i64 %1068, 0
  %1081 = mul i64 %1080, 8
  %1082 = add i64 %1081, 0
  %1083 = add i64 %1065, %1082
  %1084 = getelementptr inbounds float, float* %1, i64 %1083
  %1085 = load float, float* %1084, align 4
  %1086 = insertelement <8 x float> undef, float %1085, i32 0
  %splat104 = shufflevector <8 x float> %1086, <8 x float> undef, <8 x i32> zeroinitializer
  %1087 = load <8 x float>, <8 x float>* %7, align 32
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1079, <8 x float> %1087)
  store <8 x float> %1088, <8 x float>* %7, align 32
  %1089 = add i64 %1072, 8
  %1090 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1089
  %1091 = bitcast float* %1090 to <8 x float>*
  %1092 = load <8 x float>, <8 x float>* %1091, align 4
  %1093 = add i64 %1068, 0
  %1094 = mul i64 %1093, 8
  %1095 = add i64 %1094, 1
  %1096 = add i64 %1065, %1095
  %1097 = getelementptr inbounds float, float* %1, i64 %1096
  %1098 = load float, float* %1097, align 4
  %1099 = insertelement <8 x float> undef, float %1098, i32 0
  %splat105 = shufflevector <8 x float> %1099, <8 x float> undef, <8 x i32> zeroinitializer
  %1100 = load <8 x float>, <8 x float>* %7, align 32
  %1101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1092, <8 x float> %1100)
  store <8 x float> %1101, <8 x float>* %7, align 32
  %1102 = add i64 %1072, 16
  %1103 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1102
  %1104 = bitcast float* %1103 to <8 x float>*
  %1105 = load <8 x float>, <8 x float>* %1104, align 4
  %1106 = add i64 %1068, 0
  %1107 = mul i64 %1106, 8
  %1108 = add i64 %1107, 2
  %1109 = add i64 %1065, %1108
  %1110 = getelementptr inbounds float, float* %1, i64 %1109
  %1111 = load float, float* %1110, align 4
  %1112 = insertelement <8 x float> undef, float %1111, i32 0
  %splat106 = shufflevector <8 x float> %1112, <8 x float> undef, <8 x i32> zeroinitializer
  %1113 = load <8 x float>, <8 x float>* %7, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1105, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %7, align 32
  %1115 = add i64 %1072, 24
  %1116 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1068, 0
  %1120 = mul i64 %1119, 8
  %1121 = add i64 %1120, 3
  %1122 = add i64 %1065, %1121
  %1123 = getelementptr inbounds float, float* %1, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat107 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %7, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1118, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %7, align 32
  %1128 = add i64 %1072, 32
  %1129 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1128
  %1130 = bitcast float* %1129 to <8 x float>*
  %1131 = load <8 x float>, <8 x float>* %1130, align 4
  %1132 = add i64 %1068, 0
  %1133 = mul i64 %1132, 8
  %1134 = add i64 %1133, 4
  %1135 = add i64 %1065, %1134
  %1136 = getelementptr inbounds float, float* %1, i64 %1135
  %1137 = load float, float* %1136, align 4
  %1138 = insertelement <8 x float> undef, float %1137, i32 0
  %splat108 = shufflevector <8 x float> %1138, <8 x float> undef, <8 x i32> zeroinitializer
  %1139 = load <8 x float>, <8 x float>* %7, align 32
  %1140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1131, <8 x float> %1139)
  store <8 x float> %1140, <8 x float>* %7, align 32
  %1141 = add i64 %1072, 40
  %1142 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1141
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = add i64 %1068, 0
  %1146 = mul i64 %1145, 8
  %1147 = add i64 %1146, 5
  %1148 = add i64 %1065, %1147
  %1149 = getelementptr inbounds float, float* %1, i64 %1148
  %1150 = load float, float* %1149, align 4
  %1151 = insertelement <8 x float> undef, float %1150, i32 0
  %splat109 = shufflevector <8 x float> %1151, <8 x float> undef, <8 x i32> zeroinitializer
  %1152 = load <8 x float>, <8 x float>* %7, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1144, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %7, align 32
  %1154 = add i64 %1072, 48
  %1155 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1154
  %1156 = bitcast float* %1155 to <8 x float>*
  %1157 = load <8 x float>, <8 x float>* %1156, align 4
  %1158 = add i64 %1068, 0
  %1159 = mul i64 %1158, 8
  %1160 = add i64 %1159, 6
  %1161 = add i64 %1065, %1160
  %1162 = getelementptr inbounds float, float* %1, i64 %1161
  %1163 = load float, float* %1162, align 4
  %1164 = insertelement <8 x float> undef, float %1163, i32 0
  %splat110 = shufflevector <8 x float> %1164, <8 x float> undef, <8 x i32> zeroinitializer
  %1165 = load <8 x float>, <8 x float>* %7, align 32
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1157, <8 x float> %1165)
  store <8 x float> %1166, <8 x float>* %7, align 32
  %1167 = add i64 %1072, 56
  %1168 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1167
  %1169 = bitcast float* %1168 to <8 x float>*
  %1170 = load <8 x float>, <8 x float>* %1169, align 4
  %1171 = add i64 %1068, 0
  %1172 = mul i64 %1171, 8
  %1173 = add i64 %1172, 7
  %1174 = add i64 %1065, %1173
  %1175 = getelementptr inbounds float, float* %1, i64 %1174
  %1176 = load float, float* %1175, align 4
  %1177 = insertelement <8 x float> undef, float %1176, i32 0
  %splat111 = shufflevector <8 x float> %1177, <8 x float> undef, <8 x i32> zeroinitializer
  %1178 = load <8 x float>, <8 x float>* %7, align 32
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1170, <8 x float> %1178)
  store <8 x float> %1179, <8 x float>* %7, align 32
  br label %endif103

endif103:                                         ; preds = %then102, %kw.body99
  %kw.next112 = add i64 %kw101, 1
  br label %kw.header98

xb.header115:                                     ; preds = %u.exit121, %xb.exit
  %xb118 = phi i64 [ 12, %xb.exit ], [ %xb.next146, %u.exit121 ]
  %1180 = icmp slt i64 %xb118, 13
  br i1 %1180, label %xb.body116, label %xb.exit117

xb.body116:                                       ; preds = %xb.header115
  %1181 = add i64 %28, 0
  %1182 = mul i64 %1181, 8
  %1183 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %1182
  %1184 = bitcast float* %1183 to <8 x float>*
  %1185 = load <8 x float>, <8 x float>* %1184, align 4
  store <8 x float> %1185, <8 x float>* %6, align 32
  %1186 = mul i64 %xb118, 1
  %1187 = sub i64 %1186, 1
  br label %u.header119

xb.exit117:                                       ; preds = %xb.header115
  %task.next = add i64 %task, 1
  br label %task.header

u.header119:                                      ; preds = %kh.exit125, %xb.body116
  %u122 = phi i64 [ 0, %xb.body116 ], [ %u.next145, %kh.exit125 ]
  %1188 = icmp slt i64 %u122, 24
  br i1 %1188, label %u.body120, label %u.exit121

u.body120:                                        ; preds = %u.header119
  %1189 = mul i64 %u122, 1352
  %1190 = add i64 %32, %1189
  %1191 = mul i64 %u122, 576
  %1192 = add i64 %36, %1191
  br label %kh.header123

u.exit121:                                        ; preds = %u.header119
  %1193 = add i64 %xb118, 0
  %1194 = mul i64 %25, 32
  %1195 = add i64 %1194, %28
  %1196 = add i64 %1195, 0
  %1197 = mul i64 %1196, 13
  %1198 = add i64 %1197, %22
  %1199 = mul i64 %1198, 13
  %1200 = add i64 %1199, %1193
  %1201 = mul i64 %1200, 8
  %1202 = load <8 x float>, <8 x float>* %6, align 32
  %1203 = fcmp ogt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> %1202, <8 x float> zeroinitializer
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %xb.next146 = add i64 %xb118, 1
  br label %xb.header115

kh.header123:                                     ; preds = %endif128, %u.body120
  %kh126 = phi i64 [ 0, %u.body120 ], [ %kh.next144, %endif128 ]
  %1207 = icmp slt i64 %kh126, 3
  br i1 %1207, label %kh.body124, label %kh.exit125

kh.body124:                                       ; preds = %kh.header123
  %1208 = mul i64 %kh126, 1
  %1209 = add i64 %38, %1208
  %1210 = icmp sge i64 %1209, 0
  %1211 = icmp slt i64 %1209, 13
  %1212 = and i1 %1210, %1211
  br i1 %1212, label %then127, label %endif128

kh.exit125:                                       ; preds = %kh.header123
  %u.next145 = add i64 %u122, 1
  br label %u.header119

then127:                                          ; preds = %kh.body124
  %1213 = mul i64 %1209, 104
  %1214 = add i64 %1190, %1213
  br label %kw.header129

endif128:                                         ; preds = %kw.exit131, %kh.body124
  %kh.next144 = add i64 %kh126, 1
  br label %kh.header123

kw.header129:                                     ; preds = %endif134, %then127
  %kw132 = phi i64 [ 0, %then127 ], [ %kw.next143, %endif134 ]
  %1215 = icmp slt i64 %kw132, 3
  br i1 %1215, label %kw.body130, label %kw.exit131

kw.body130:                                       ; preds = %kw.header129
  %1216 = mul i64 %kw132, 1
  %1217 = add i64 %1187, %1216
  %1218 = mul i64 %kh126, 3
  %1219 = add i64 %1218, %kw132
  %1220 = mul i64 %1219, 64
  %1221 = add i64 %1192, %1220
  %1222 = icmp sge i64 %1217, 0
  %1223 = icmp slt i64 %1217, 13
  %1224 = and i1 %1222, %1223
  br i1 %1224, label %then133, label %endif134

kw.exit131:                                       ; preds = %kw.header129
  br label %endif128

then133:                                          ; preds = %kw.body130
  %1225 = add i64 %1221, 0
  %1226 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1225
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = add i64 %1217, 0
  %1230 = mul i64 %1229, 8
  %1231 = add i64 %1230, 0
  %1232 = add i64 %1214, %1231
  %1233 = getelementptr inbounds float, float* %1, i64 %1232
  %1234 = load float, float* %1233, align 4
  %1235 = insertelement <8 x float> undef, float %1234, i32 0
  %splat135 = shufflevector <8 x float> %1235, <8 x float> undef, <8 x i32> zeroinitializer
  %1236 = load <8 x float>, <8 x float>* %6, align 32
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1228, <8 x float> %1236)
  store <8 x float> %1237, <8 x float>* %6, align 32
  %1238 = add i64 %1221, 8
  %1239 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1238
  %1240 = bitcast float* %1239 to <8 x float>*
  %1241 = load <8 x float>, <8 x float>* %1240, align 4
  %1242 = add i64 %1217, 0
  %1243 = mul i64 %1242, 8
  %1244 = add i64 %1243, 1
  %1245 = add i64 %1214, %1244
  %1246 = getelementptr inbounds float, float* %1, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat136 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %6, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1241, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %6, align 32
  %1251 = add i64 %1221, 16
  %1252 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1251
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = add i64 %1217, 0
  %1256 = mul i64 %1255, 8
  %1257 = add i64 %1256, 2
  %1258 = add i64 %1214, %1257
  %1259 = getelementptr inbounds float, float* %1, i64 %1258
  %1260 = load float, float* %1259, align 4
  %1261 = insertelement <8 x float> undef, float %1260, i32 0
  %splat137 = shufflevector <8 x float> %1261, <8 x float> undef, <8 x i32> zeroinitializer
  %1262 = load <8 x float>, <8 x float>* %6, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1254, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %6, align 32
  %1264 = add i64 %1221, 24
  %1265 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1264
  %1266 = bitcast float* %1265 to <8 x float>*
  %1267 = load <8 x float>, <8 x float>* %1266, align 4
  %1268 = add i64 %1217, 0
  %1269 = mul i64 %1268, 8
  %1270 = add i64 %1269, 3
  %1271 = add i64 %1214, %1270
  %1272 = getelementptr inbounds float, float* %1, i64 %1271
  %1273 = load float, float* %1272, align 4
  %1274 = insertelement <8 x float> undef, float %1273, i32 0
  %splat138 = shufflevector <8 x float> %1274, <8 x float> undef, <8 x i32> zeroinitializer
  %1275 = load <8 x float>, <8 x float>* %6, align 32
  %1276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1267, <8 x float> %1275)
  store <8 x float> %1276, <8 x float>* %6, align 32
  %1277 = add i64 %1221, 32
  %1278 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1277
  %1279 = bitcast float* %1278 to <8 x float>*
  %1280 = load <8 x float>, <8 x float>* %1279, align 4
  %1281 = add i64 %1217, 0
  %1282 = mul i64 %1281, 8
  %1283 = add i64 %1282, 4
  %1284 = add i64 %1214, %1283
  %1285 = getelementptr inbounds float, float* %1, i64 %1284
  %1286 = load float, float* %1285, align 4
  %1287 = insertelement <8 x float> undef, float %1286, i32 0
  %splat139 = shufflevector <8 x float> %1287, <8 x float> undef, <8 x i32> zeroinitializer
  %1288 = load <8 x float>, <8 x float>* %6, align 32
  %1289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1280, <8 x float> %1288)
  store <8 x float> %1289, <8 x float>* %6, align 32
  %1290 = add i64 %1221, 40
  %1291 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1290
  %1292 = bitcast float* %1291 to <8 x float>*
  %1293 = load <8 x float>, <8 x float>* %1292, align 4
  %1294 = add i64 %1217, 0
  %1295 = mul i64 %1294, 8
  %1296 = add i64 %1295, 5
  %1297 = add i64 %1214, %1296
  %1298 = getelementptr inbounds float, float* %1, i64 %1297
  %1299 = load float, float* %1298, align 4
  %1300 = insertelement <8 x float> undef, float %1299, i32 0
  %splat140 = shufflevector <8 x float> %1300, <8 x float> undef, <8 x i32> zeroinitializer
  %1301 = load <8 x float>, <8 x float>* %6, align 32
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1293, <8 x float> %1301)
  store <8 x float> %1302, <8 x float>* %6, align 32
  %1303 = add i64 %1221, 48
  %1304 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1303
  %1305 = bitcast float* %1304 to <8 x float>*
  %1306 = load <8 x float>, <8 x float>* %1305, align 4
  %1307 = add i64 %1217, 0
  %1308 = mul i64 %1307, 8
  %1309 = add i64 %1308, 6
  %1310 = add i64 %1214, %1309
  %1311 = getelementptr inbounds float, float* %1, i64 %1310
  %1312 = load float, float* %1311, align 4
  %1313 = insertelement <8 x float> undef, float %1312, i32 0
  %splat141 = shufflevector <8 x float> %1313, <8 x float> undef, <8 x i32> zeroinitializer
  %1314 = load <8 x float>, <8 x float>* %6, align 32
  %1315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1306, <8 x float> %1314)
  store <8 x float> %1315, <8 x float>* %6, align 32
  %1316 = add i64 %1221, 56
  %1317 = getelementptr inbounds float, float* bitcast ([1769472 x i8]* @weight.conv5.packed to float*), i64 %1316
  %1318 = bitcast float* %1317 to <8 x float>*
  %1319 = load <8 x float>, <8 x float>* %1318, align 4
  %1320 = add i64 %1217, 0
  %1321 = mul i64 %1320, 8
  %1322 = add i64 %1321, 7
  %1323 = add i64 %1214, %1322
  %1324 = getelementptr inbounds float, float* %1, i64 %1323
  %1325 = load float, float* %1324, align 4
  %1326 = insertelement <8 x float> undef, float %1325, i32 0
  %splat142 = shufflevector <8 x float> %1326, <8 x float> undef, <8 x i32> zeroinitializer
  %1327 = load <8 x float>, <8 x float>* %6, align 32
  %1328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1319, <8 x float> %1327)
  store <8 x float> %1328, <8 x float>* %6, align 32
  br label %endif134

endif134:                                         ; preds = %then133, %kw.body130
  %kw.next143 = add i64 %kw132, 1
  br label %kw.header129
}

; Function Attrs: nounwind
define internal void @node12.conv5.step0(i8* %0) #2 {
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
  call void @node12.conv5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %20 = add i64 %17, 3
  %21 = icmp slt i64 %20, 13
  %22 = select i1 %21, i64 %20, i64 13
  %23 = add i64 %17, 3
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
  %32 = add i64 %29, 3
  %33 = icmp slt i64 %32, 13
  %34 = select i1 %33, i64 %32, i64 13
  %35 = add i64 %29, 3
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
define internal void @node13.maxPool2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 192, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 192
  %23 = select i1 %22, i64 %21, i64 192
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 192
  %26 = select i1 %25, i64 %24, i64 192
  call void @node13.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.maxPool2d_3.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node14.maxPool2d_3.nchw.step0(i8* %0) #2 {
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
  %19 = add i64 192, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 192
  %23 = select i1 %22, i64 %21, i64 192
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 192
  %26 = select i1 %25, i64 %24, i64 192
  call void @node14.maxPool2d_3.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.fc6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node16.fc6.step0(i8* %0) #2 {
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
  call void @node16.fc6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.fc7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node17.fc7.step0(i8* %0) #2 {
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
  call void @node17.fc7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.fc8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node18.fc8.step0(i8* %0) #2 {
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
  call void @node18.fc8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node19.fc8.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node19.fc8.softmax.step0(i8* %0) #2 {
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
  call void @node19.fc8.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  call void @GOMP_parallel(void (i8*)* @node1.conv1.nchw.step0, i8* %30, i32 0, i32 0)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 0
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
  call void @GOMP_parallel(void (i8*)* @node2.lrn_1.step0, i8* %37, i32 0, i32 0)
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
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
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 1161600
  %47 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %50, align 8
  %51 = bitcast [4 x i8*]* %args to i8*
  call void @node4.maxPool2d_1.nchw8c.step0(i8* %51)
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 0
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
  call void @GOMP_parallel(void (i8*)* @node5.conv2.step0, i8* %58, i32 0, i32 0)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 746496
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
  call void @GOMP_parallel(void (i8*)* @node6.conv2.nchw.step0, i8* %65, i32 0, i32 0)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %67 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %68 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %67, i8** %69, align 8
  %70 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %70, align 8
  %71 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %71, align 8
  %72 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.lrn_2.step0, i8* %72, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 746496
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
  call void @GOMP_parallel(void (i8*)* @node8.maxPool2d_2.step0, i8* %79, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 259584
  %81 = getelementptr inbounds i8, i8* %workspace7, i64 746496
  %82 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %80, i8** %82, align 8
  %83 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %81, i8** %83, align 8
  %84 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %84, align 8
  %85 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %85, align 8
  %86 = bitcast [4 x i8*]* %args to i8*
  call void @node9.maxPool2d_2.nchw8c.step0(i8* %86)
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %88 = getelementptr inbounds i8, i8* %workspace7, i64 259584
  %89 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %88, i8** %90, align 8
  %91 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %91, align 8
  %92 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %92, align 8
  %93 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.conv3.step0, i8* %93, i32 0, i32 0)
  %94 = getelementptr inbounds i8, i8* %workspace7, i64 259584
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
  call void @GOMP_parallel(void (i8*)* @node11.conv4.step0, i8* %100, i32 0, i32 0)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 259584
  %103 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %103, align 8
  %104 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %105, align 8
  %106 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %106, align 8
  %107 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.conv5.step0, i8* %107, i32 0, i32 0)
  %108 = getelementptr inbounds i8, i8* %workspace7, i64 173056
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
  call void @node13.maxPool2d_3.step0(i8* %114)
  %115 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %116 = getelementptr inbounds i8, i8* %workspace7, i64 173056
  %117 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %115, i8** %117, align 8
  %118 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %119, align 8
  %120 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %120, align 8
  %121 = bitcast [4 x i8*]* %args to i8*
  call void @node14.maxPool2d_3.nchw.step0(i8* %121)
  %122 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %123 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %124 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %122, i8** %124, align 8
  %125 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %123, i8** %125, align 8
  %126 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %126, align 8
  %127 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %127, align 8
  %128 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node16.fc6.step0, i8* %128, i32 0, i32 0)
  %129 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %130 = getelementptr inbounds i8, i8* %workspace7, i64 36864
  %131 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %129, i8** %131, align 8
  %132 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %130, i8** %132, align 8
  %133 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %133, align 8
  %134 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %134, align 8
  %135 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.fc7.step0, i8* %135, i32 0, i32 0)
  %136 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %137 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %137, align 8
  %138 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %136, i8** %138, align 8
  %139 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %139, align 8
  %140 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %140, align 8
  %141 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node18.fc8.step0, i8* %141, i32 0, i32 0)
  %142 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %142, align 8
  %143 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %143, align 8
  %144 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %144, align 8
  %145 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %145, align 8
  %146 = bitcast [4 x i8*]* %args to i8*
  call void @node19.fc8.softmax.step0(i8* %146)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @alexnet_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @alexnet_workspace_size() #3 {
entry:
  ret i64 2323263
}

; Function Attrs: nounwind
define i32 @alexnet_infer(i8* %0, i8* %1, i8* %2) #3 {
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
attributes #3 = { nounwind }
