; vgg11: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'vgg11'
source_filename = "vgg11"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.weight = external constant [6912 x i8], align 64
@weight.conv2d_1.bias = external constant [256 x i8], align 64
@weight.conv2d_2.weight = external constant [294912 x i8], align 64
@weight.conv2d_2.bias = external constant [512 x i8], align 64
@weight.conv2d_3.weight = external constant [1179648 x i8], align 64
@weight.conv2d_3.bias = external constant [1024 x i8], align 64
@weight.conv2d_4.weight = external constant [2359296 x i8], align 64
@weight.conv2d_4.bias = external constant [1024 x i8], align 64
@weight.conv2d_5.weight = external constant [4718592 x i8], align 64
@weight.conv2d_5.bias = external constant [2048 x i8], align 64
@weight.conv2d_6.weight = external constant [9437184 x i8], align 64
@weight.conv2d_6.bias = external constant [2048 x i8], align 64
@weight.conv2d_7.weight = external constant [9437184 x i8], align 64
@weight.conv2d_7.bias = external constant [2048 x i8], align 64
@weight.conv2d_8.weight = external constant [9437184 x i8], align 64
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
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit52 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 16
  %32 = sdiv i64 %task, 16
  %33 = srem i64 %32, 224
  %34 = sdiv i64 %task, 3584
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 64
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 3
  %41 = mul i64 %35, 3
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 50176
  %44 = mul i64 %33, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %46 = icmp slt i64 %x, 217
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %75
  %77 = load float, float* %76, align 4
  %78 = insertelement <8 x float> undef, float %77, i32 0
  %splat11 = shufflevector <8 x float> %78, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %14, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %79 = icmp slt i64 %c, 3
  br i1 %79, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %80 = mul i64 %c, 50176
  %81 = add i64 %43, %80
  br label %i.header

c.exit:                                           ; preds = %c.header
  %82 = load <8 x float>, <8 x float>* %29, align 32
  %83 = fcmp ogt <8 x float> %82, zeroinitializer
  %84 = select <8 x i1> %83, <8 x float> %82, <8 x float> zeroinitializer
  %85 = add i64 %x, 0
  %86 = mul i64 %36, 64
  %87 = add i64 %39, 0
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 224
  %90 = add i64 %89, %33
  %91 = mul i64 %90, 224
  %92 = add i64 %91, %85
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %84, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %28, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 8
  %99 = mul i64 %36, 64
  %100 = add i64 %39, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 224
  %103 = add i64 %102, %33
  %104 = mul i64 %103, 224
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %27, align 32
  %109 = fcmp ogt <8 x float> %108, zeroinitializer
  %110 = select <8 x i1> %109, <8 x float> %108, <8 x float> zeroinitializer
  %111 = add i64 %x, 16
  %112 = mul i64 %36, 64
  %113 = add i64 %39, 0
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 224
  %116 = add i64 %115, %33
  %117 = mul i64 %116, 224
  %118 = add i64 %117, %111
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %110, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %26, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = add i64 %x, 0
  %125 = mul i64 %36, 64
  %126 = add i64 %39, 1
  %127 = add i64 %125, %126
  %128 = mul i64 %127, 224
  %129 = add i64 %128, %33
  %130 = mul i64 %129, 224
  %131 = add i64 %130, %124
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %123, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %25, align 32
  %135 = fcmp ogt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> %134, <8 x float> zeroinitializer
  %137 = add i64 %x, 8
  %138 = mul i64 %36, 64
  %139 = add i64 %39, 1
  %140 = add i64 %138, %139
  %141 = mul i64 %140, 224
  %142 = add i64 %141, %33
  %143 = mul i64 %142, 224
  %144 = add i64 %143, %137
  %145 = getelementptr inbounds float, float* %0, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %136, <8 x float>* %146, align 4
  %147 = load <8 x float>, <8 x float>* %24, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = add i64 %x, 16
  %151 = mul i64 %36, 64
  %152 = add i64 %39, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 224
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 224
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %23, align 32
  %161 = fcmp ogt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> %160, <8 x float> zeroinitializer
  %163 = add i64 %x, 0
  %164 = mul i64 %36, 64
  %165 = add i64 %39, 2
  %166 = add i64 %164, %165
  %167 = mul i64 %166, 224
  %168 = add i64 %167, %33
  %169 = mul i64 %168, 224
  %170 = add i64 %169, %163
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %162, <8 x float>* %172, align 4
  %173 = load <8 x float>, <8 x float>* %22, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = add i64 %x, 8
  %177 = mul i64 %36, 64
  %178 = add i64 %39, 2
  %179 = add i64 %177, %178
  %180 = mul i64 %179, 224
  %181 = add i64 %180, %33
  %182 = mul i64 %181, 224
  %183 = add i64 %182, %176
  %184 = getelementptr inbounds float, float* %0, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %175, <8 x float>* %185, align 4
  %186 = load <8 x float>, <8 x float>* %21, align 32
  %187 = fcmp ogt <8 x float> %186, zeroinitializer
  %188 = select <8 x i1> %187, <8 x float> %186, <8 x float> zeroinitializer
  %189 = add i64 %x, 16
  %190 = mul i64 %36, 64
  %191 = add i64 %39, 2
  %192 = add i64 %190, %191
  %193 = mul i64 %192, 224
  %194 = add i64 %193, %33
  %195 = mul i64 %194, 224
  %196 = add i64 %195, %189
  %197 = getelementptr inbounds float, float* %0, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %188, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %20, align 32
  %200 = fcmp ogt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> %199, <8 x float> zeroinitializer
  %202 = add i64 %x, 0
  %203 = mul i64 %36, 64
  %204 = add i64 %39, 3
  %205 = add i64 %203, %204
  %206 = mul i64 %205, 224
  %207 = add i64 %206, %33
  %208 = mul i64 %207, 224
  %209 = add i64 %208, %202
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %201, <8 x float>* %211, align 4
  %212 = load <8 x float>, <8 x float>* %19, align 32
  %213 = fcmp ogt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> %212, <8 x float> zeroinitializer
  %215 = add i64 %x, 8
  %216 = mul i64 %36, 64
  %217 = add i64 %39, 3
  %218 = add i64 %216, %217
  %219 = mul i64 %218, 224
  %220 = add i64 %219, %33
  %221 = mul i64 %220, 224
  %222 = add i64 %221, %215
  %223 = getelementptr inbounds float, float* %0, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %214, <8 x float>* %224, align 4
  %225 = load <8 x float>, <8 x float>* %18, align 32
  %226 = fcmp ogt <8 x float> %225, zeroinitializer
  %227 = select <8 x i1> %226, <8 x float> %225, <8 x float> zeroinitializer
  %228 = add i64 %x, 16
  %229 = mul i64 %36, 64
  %230 = add i64 %39, 3
  %231 = add i64 %229, %230
  %232 = mul i64 %231, 224
  %233 = add i64 %232, %33
  %234 = mul i64 %233, 224
  %235 = add i64 %234, %228
  %236 = getelementptr inbounds float, float* %0, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %227, <8 x float>* %237, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %238 = icmp slt i64 %i, 3
  br i1 %238, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %239 = mul i64 %i, 1
  %240 = add i64 %45, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 224
  %243 = and i1 %241, %242
  br i1 %243, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %244 = mul i64 %240, 224
  %245 = add i64 %81, %244
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %246 = icmp slt i64 %j, 3
  br i1 %246, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %247 = mul i64 %x, 1
  %248 = mul i64 %j, 1
  %249 = add i64 %247, %248
  %250 = sub i64 %249, 1
  %251 = add i64 %245, %250
  %252 = add i64 %251, 0
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %251, 8
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %251, 16
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = mul i64 %i, 3
  %265 = add i64 %264, %j
  %266 = add i64 %39, 0
  %267 = mul i64 %266, 3
  %268 = add i64 %267, %c
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat4 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %29, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %255, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %29, align 32
  %276 = load <8 x float>, <8 x float>* %28, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %259, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %28, align 32
  %278 = load <8 x float>, <8 x float>* %27, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %263, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %27, align 32
  %280 = mul i64 %i, 3
  %281 = add i64 %280, %j
  %282 = add i64 %39, 1
  %283 = mul i64 %282, 3
  %284 = add i64 %283, %c
  %285 = mul i64 %284, 9
  %286 = add i64 %285, %281
  %287 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat5 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %26, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %26, align 32
  %292 = load <8 x float>, <8 x float>* %25, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %259, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %25, align 32
  %294 = load <8 x float>, <8 x float>* %24, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %263, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %24, align 32
  %296 = mul i64 %i, 3
  %297 = add i64 %296, %j
  %298 = add i64 %39, 2
  %299 = mul i64 %298, 3
  %300 = add i64 %299, %c
  %301 = mul i64 %300, 9
  %302 = add i64 %301, %297
  %303 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat6 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %22, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %259, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %22, align 32
  %310 = load <8 x float>, <8 x float>* %21, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %263, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %21, align 32
  %312 = mul i64 %i, 3
  %313 = add i64 %312, %j
  %314 = add i64 %39, 3
  %315 = mul i64 %314, 3
  %316 = add i64 %315, %c
  %317 = mul i64 %316, 9
  %318 = add i64 %317, %313
  %319 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat7 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %20, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %20, align 32
  %324 = load <8 x float>, <8 x float>* %19, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %259, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %19, align 32
  %326 = load <8 x float>, <8 x float>* %18, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %263, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %328 = icmp slt i64 %c15, 3
  br i1 %328, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %329 = mul i64 %c15, 50176
  %330 = add i64 %43, %329
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %331 = load <8 x float>, <8 x float>* %17, align 32
  %332 = fcmp ogt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> %331, <8 x float> zeroinitializer
  %334 = mul i64 %36, 64
  %335 = add i64 %39, 0
  %336 = add i64 %334, %335
  %337 = mul i64 %336, 224
  %338 = add i64 %337, %33
  %339 = mul i64 %338, 224
  %340 = add i64 %339, 217
  %341 = getelementptr inbounds float, float* %0, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %333, <8 x float>* %342, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %343 = load <8 x float>, <8 x float>* %16, align 32
  %344 = fcmp ogt <8 x float> %343, zeroinitializer
  %345 = select <8 x i1> %344, <8 x float> %343, <8 x float> zeroinitializer
  %346 = mul i64 %36, 64
  %347 = add i64 %39, 1
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 224
  %350 = add i64 %349, %33
  %351 = mul i64 %350, 224
  %352 = add i64 %351, 217
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %345, <8 x float>* %354, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %355 = load <8 x float>, <8 x float>* %15, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %36, 64
  %359 = add i64 %39, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 224
  %362 = add i64 %361, %33
  %363 = mul i64 %362, 224
  %364 = add i64 %363, 217
  %365 = getelementptr inbounds float, float* %0, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %357, <8 x float>* %366, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %367 = load <8 x float>, <8 x float>* %14, align 32
  %368 = fcmp ogt <8 x float> %367, zeroinitializer
  %369 = select <8 x i1> %368, <8 x float> %367, <8 x float> zeroinitializer
  %370 = mul i64 %36, 64
  %371 = add i64 %39, 3
  %372 = add i64 %370, %371
  %373 = mul i64 %372, 224
  %374 = add i64 %373, %33
  %375 = mul i64 %374, 224
  %376 = add i64 %375, 217
  %377 = getelementptr inbounds float, float* %0, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %369, <8 x float>* %378, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %379 = icmp slt i64 %i19, 3
  br i1 %379, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %380 = mul i64 %i19, 1
  %381 = add i64 %45, %380
  %382 = icmp sge i64 %381, 0
  %383 = icmp slt i64 %381, 224
  %384 = and i1 %382, %383
  br i1 %384, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %385 = mul i64 %381, 224
  %386 = add i64 %330, %385
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %387 = icmp slt i64 %j25, 3
  br i1 %387, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %388 = mul i64 %j25, 1
  %389 = add i64 217, %388
  %390 = sub i64 %389, 1
  %391 = add i64 %386, %390
  %392 = add i64 %391, 0
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %394, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %396 = mul i64 %i19, 3
  %397 = add i64 %396, %j25
  %398 = add i64 %39, 0
  %399 = mul i64 %398, 3
  %400 = add i64 %399, %c15
  %401 = mul i64 %400, 9
  %402 = add i64 %401, %397
  %403 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat26 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %395, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = mul i64 %i19, 3
  %409 = add i64 %408, %j25
  %410 = add i64 %39, 1
  %411 = mul i64 %410, 3
  %412 = add i64 %411, %c15
  %413 = mul i64 %412, 9
  %414 = add i64 %413, %409
  %415 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat27 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = mul i64 %i19, 3
  %421 = add i64 %420, %j25
  %422 = add i64 %39, 2
  %423 = mul i64 %422, 3
  %424 = add i64 %423, %c15
  %425 = mul i64 %424, 9
  %426 = add i64 %425, %421
  %427 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat28 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %15, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %395, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %15, align 32
  %432 = mul i64 %i19, 3
  %433 = add i64 %432, %j25
  %434 = add i64 %39, 3
  %435 = mul i64 %434, 3
  %436 = add i64 %435, %c15
  %437 = mul i64 %436, 9
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat29 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %14, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %395, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %14, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %444 = icmp slt i64 %xs, 1
  br i1 %444, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %445 = add i64 %39, 0
  %446 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %445
  %447 = load float, float* %446, align 4
  store float %447, float* %13, align 4
  %448 = add i64 %39, 1
  %449 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %448
  %450 = load float, float* %449, align 4
  store float %450, float* %12, align 4
  %451 = add i64 %39, 2
  %452 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %451
  %453 = load float, float* %452, align 4
  store float %453, float* %11, align 4
  %454 = add i64 %39, 3
  %455 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %454
  %456 = load float, float* %455, align 4
  store float %456, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %457 = icmp slt i64 %c36, 3
  br i1 %457, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %458 = mul i64 %c36, 50176
  %459 = add i64 %43, %458
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %460 = load float, float* %13, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %36, 64
  %464 = add i64 %39, 0
  %465 = add i64 %463, %464
  %466 = mul i64 %465, 224
  %467 = add i64 %466, %33
  %468 = mul i64 %467, 224
  %469 = add i64 %468, %xs
  %470 = getelementptr inbounds float, float* %0, i64 %469
  store float %462, float* %470, align 4
  %471 = load float, float* %12, align 4
  %472 = fcmp ogt float %471, 0.000000e+00
  %473 = select i1 %472, float %471, float 0.000000e+00
  %474 = mul i64 %36, 64
  %475 = add i64 %39, 1
  %476 = add i64 %474, %475
  %477 = mul i64 %476, 224
  %478 = add i64 %477, %33
  %479 = mul i64 %478, 224
  %480 = add i64 %479, %xs
  %481 = getelementptr inbounds float, float* %0, i64 %480
  store float %473, float* %481, align 4
  %482 = load float, float* %11, align 4
  %483 = fcmp ogt float %482, 0.000000e+00
  %484 = select i1 %483, float %482, float 0.000000e+00
  %485 = mul i64 %36, 64
  %486 = add i64 %39, 2
  %487 = add i64 %485, %486
  %488 = mul i64 %487, 224
  %489 = add i64 %488, %33
  %490 = mul i64 %489, 224
  %491 = add i64 %490, %xs
  %492 = getelementptr inbounds float, float* %0, i64 %491
  store float %484, float* %492, align 4
  %493 = load float, float* %10, align 4
  %494 = fcmp ogt float %493, 0.000000e+00
  %495 = select i1 %494, float %493, float 0.000000e+00
  %496 = mul i64 %36, 64
  %497 = add i64 %39, 3
  %498 = add i64 %496, %497
  %499 = mul i64 %498, 224
  %500 = add i64 %499, %33
  %501 = mul i64 %500, 224
  %502 = add i64 %501, %xs
  %503 = getelementptr inbounds float, float* %0, i64 %502
  store float %495, float* %503, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %504 = icmp slt i64 %i40, 3
  br i1 %504, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %505 = mul i64 %i40, 1
  %506 = add i64 %45, %505
  %507 = icmp sge i64 %506, 0
  %508 = icmp slt i64 %506, 224
  %509 = and i1 %507, %508
  br i1 %509, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %510 = mul i64 %506, 224
  %511 = add i64 %459, %510
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %512 = icmp slt i64 %j46, 3
  br i1 %512, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %513 = mul i64 %xs, 1
  %514 = mul i64 %j46, 1
  %515 = add i64 %513, %514
  %516 = sub i64 %515, 1
  %517 = icmp sge i64 %516, 0
  %518 = icmp slt i64 %516, 224
  %519 = and i1 %517, %518
  %520 = icmp sgt i64 %516, 0
  %521 = select i1 %520, i64 %516, i64 0
  %522 = icmp slt i64 %521, 223
  %523 = select i1 %522, i64 %521, i64 223
  %524 = add i64 %511, %523
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = select i1 %519, float %526, float 0.000000e+00
  %528 = mul i64 %i40, 3
  %529 = add i64 %528, %j46
  %530 = add i64 %39, 0
  %531 = mul i64 %530, 3
  %532 = add i64 %531, %c36
  %533 = mul i64 %532, 9
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %13, align 4
  %538 = call float @llvm.fma.f32(float %536, float %527, float %537)
  store float %538, float* %13, align 4
  %539 = mul i64 %i40, 3
  %540 = add i64 %539, %j46
  %541 = add i64 %39, 1
  %542 = mul i64 %541, 3
  %543 = add i64 %542, %c36
  %544 = mul i64 %543, 9
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %12, align 4
  %549 = call float @llvm.fma.f32(float %547, float %527, float %548)
  store float %549, float* %12, align 4
  %550 = mul i64 %i40, 3
  %551 = add i64 %550, %j46
  %552 = add i64 %39, 2
  %553 = mul i64 %552, 3
  %554 = add i64 %553, %c36
  %555 = mul i64 %554, 9
  %556 = add i64 %555, %551
  %557 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %556
  %558 = load float, float* %557, align 4
  %559 = load float, float* %11, align 4
  %560 = call float @llvm.fma.f32(float %558, float %527, float %559)
  store float %560, float* %11, align 4
  %561 = mul i64 %i40, 3
  %562 = add i64 %561, %j46
  %563 = add i64 %39, 3
  %564 = mul i64 %563, 3
  %565 = add i64 %564, %c36
  %566 = mul i64 %565, 9
  %567 = add i64 %566, %562
  %568 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %567
  %569 = load float, float* %568, align 4
  %570 = load float, float* %10, align 4
  %571 = call float @llvm.fma.f32(float %569, float %527, float %570)
  store float %571, float* %10, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 223, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %572 = icmp slt i64 %xs53, 224
  br i1 %572, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %573 = add i64 %39, 0
  %574 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %573
  %575 = load float, float* %574, align 4
  store float %575, float* %9, align 4
  %576 = add i64 %39, 1
  %577 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %576
  %578 = load float, float* %577, align 4
  store float %578, float* %8, align 4
  %579 = add i64 %39, 2
  %580 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %579
  %581 = load float, float* %580, align 4
  store float %581, float* %7, align 4
  %582 = add i64 %39, 3
  %583 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %582
  %584 = load float, float* %583, align 4
  store float %584, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %585 = icmp slt i64 %c57, 3
  br i1 %585, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %586 = mul i64 %c57, 50176
  %587 = add i64 %43, %586
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %588 = load float, float* %9, align 4
  %589 = fcmp ogt float %588, 0.000000e+00
  %590 = select i1 %589, float %588, float 0.000000e+00
  %591 = mul i64 %36, 64
  %592 = add i64 %39, 0
  %593 = add i64 %591, %592
  %594 = mul i64 %593, 224
  %595 = add i64 %594, %33
  %596 = mul i64 %595, 224
  %597 = add i64 %596, %xs53
  %598 = getelementptr inbounds float, float* %0, i64 %597
  store float %590, float* %598, align 4
  %599 = load float, float* %8, align 4
  %600 = fcmp ogt float %599, 0.000000e+00
  %601 = select i1 %600, float %599, float 0.000000e+00
  %602 = mul i64 %36, 64
  %603 = add i64 %39, 1
  %604 = add i64 %602, %603
  %605 = mul i64 %604, 224
  %606 = add i64 %605, %33
  %607 = mul i64 %606, 224
  %608 = add i64 %607, %xs53
  %609 = getelementptr inbounds float, float* %0, i64 %608
  store float %601, float* %609, align 4
  %610 = load float, float* %7, align 4
  %611 = fcmp ogt float %610, 0.000000e+00
  %612 = select i1 %611, float %610, float 0.000000e+00
  %613 = mul i64 %36, 64
  %614 = add i64 %39, 2
  %615 = add i64 %613, %614
  %616 = mul i64 %615, 224
  %617 = add i64 %616, %33
  %618 = mul i64 %617, 224
  %619 = add i64 %618, %xs53
  %620 = getelementptr inbounds float, float* %0, i64 %619
  store float %612, float* %620, align 4
  %621 = load float, float* %6, align 4
  %622 = fcmp ogt float %621, 0.000000e+00
  %623 = select i1 %622, float %621, float 0.000000e+00
  %624 = mul i64 %36, 64
  %625 = add i64 %39, 3
  %626 = add i64 %624, %625
  %627 = mul i64 %626, 224
  %628 = add i64 %627, %33
  %629 = mul i64 %628, 224
  %630 = add i64 %629, %xs53
  %631 = getelementptr inbounds float, float* %0, i64 %630
  store float %623, float* %631, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %632 = icmp slt i64 %i61, 3
  br i1 %632, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %633 = mul i64 %i61, 1
  %634 = add i64 %45, %633
  %635 = icmp sge i64 %634, 0
  %636 = icmp slt i64 %634, 224
  %637 = and i1 %635, %636
  br i1 %637, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %638 = mul i64 %634, 224
  %639 = add i64 %587, %638
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %640 = icmp slt i64 %j67, 3
  br i1 %640, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %641 = mul i64 %xs53, 1
  %642 = mul i64 %j67, 1
  %643 = add i64 %641, %642
  %644 = sub i64 %643, 1
  %645 = icmp sge i64 %644, 0
  %646 = icmp slt i64 %644, 224
  %647 = and i1 %645, %646
  %648 = icmp sgt i64 %644, 0
  %649 = select i1 %648, i64 %644, i64 0
  %650 = icmp slt i64 %649, 223
  %651 = select i1 %650, i64 %649, i64 223
  %652 = add i64 %639, %651
  %653 = getelementptr inbounds float, float* %1, i64 %652
  %654 = load float, float* %653, align 4
  %655 = select i1 %647, float %654, float 0.000000e+00
  %656 = mul i64 %i61, 3
  %657 = add i64 %656, %j67
  %658 = add i64 %39, 0
  %659 = mul i64 %658, 3
  %660 = add i64 %659, %c57
  %661 = mul i64 %660, 9
  %662 = add i64 %661, %657
  %663 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %662
  %664 = load float, float* %663, align 4
  %665 = load float, float* %9, align 4
  %666 = call float @llvm.fma.f32(float %664, float %655, float %665)
  store float %666, float* %9, align 4
  %667 = mul i64 %i61, 3
  %668 = add i64 %667, %j67
  %669 = add i64 %39, 1
  %670 = mul i64 %669, 3
  %671 = add i64 %670, %c57
  %672 = mul i64 %671, 9
  %673 = add i64 %672, %668
  %674 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %673
  %675 = load float, float* %674, align 4
  %676 = load float, float* %8, align 4
  %677 = call float @llvm.fma.f32(float %675, float %655, float %676)
  store float %677, float* %8, align 4
  %678 = mul i64 %i61, 3
  %679 = add i64 %678, %j67
  %680 = add i64 %39, 2
  %681 = mul i64 %680, 3
  %682 = add i64 %681, %c57
  %683 = mul i64 %682, 9
  %684 = add i64 %683, %679
  %685 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %684
  %686 = load float, float* %685, align 4
  %687 = load float, float* %7, align 4
  %688 = call float @llvm.fma.f32(float %686, float %655, float %687)
  store float %688, float* %7, align 4
  %689 = mul i64 %i61, 3
  %690 = add i64 %689, %j67
  %691 = add i64 %39, 3
  %692 = mul i64 %691, 3
  %693 = add i64 %692, %c57
  %694 = mul i64 %693, 9
  %695 = add i64 %694, %690
  %696 = getelementptr inbounds float, float* bitcast ([6912 x i8]* @weight.conv2d_1.weight to float*), i64 %695
  %697 = load float, float* %696, align 4
  %698 = load float, float* %6, align 4
  %699 = call float @llvm.fma.f32(float %697, float %655, float %698)
  store float %699, float* %6, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #1

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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
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
  %10 = mul i64 %8, 50176
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 112
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 112
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
  %27 = sub i64 %22, %19
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %28 = icmp slt i64 %x, 112
  br i1 %28, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %19, %x.body ], [ %r.next, %r.body ]
  %29 = icmp slt i64 %r, %22
  br i1 %29, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %30 = mul i64 %r, 224
  %31 = mul i64 %x, 2
  %32 = add i64 %30, %31
  %33 = sub i64 %32, 0
  %34 = load <8 x float>, <8 x float>* %6, align 32
  %35 = add i64 %33, 0
  %36 = getelementptr inbounds float, float* %11, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %35, 8
  %40 = getelementptr inbounds float, float* %11, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = shufflevector <8 x float> %38, <8 x float> %42, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %44 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %34, <8 x float> %43)
  %45 = add i64 %33, 1
  %46 = getelementptr inbounds float, float* %11, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = add i64 %45, 8
  %50 = getelementptr inbounds float, float* %11, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = shufflevector <8 x float> %48, <8 x float> %52, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %54 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %44, <8 x float> %53)
  store <8 x float> %54, <8 x float>* %6, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %55 = load <8 x float>, <8 x float>* %6, align 32
  %56 = getelementptr inbounds float, float* %15, i64 %x
  %57 = bitcast float* %56 to <8 x float>*
  store <8 x float> %55, <8 x float>* %57, align 4
  %x.next = add i64 %x, 8
  br label %x.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nounwind
define internal void @node1.maxPool2d_1.step0(i8* %0) #4 {
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
  %19 = add i64 7168, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 7168
  %23 = select i1 %22, i64 %21, i64 7168
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 7168
  %26 = select i1 %25, i64 %24, i64 7168
  call void @node1.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit52 ]
  %34 = icmp slt i64 %task, %5
  br i1 %34, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %35 = srem i64 %task, 32
  %36 = sdiv i64 %task, 32
  %37 = srem i64 %36, 112
  %38 = sdiv i64 %task, 3584
  %39 = srem i64 %38, 1
  %40 = sdiv i64 %38, 1
  %41 = mul i64 %39, 128
  %42 = mul i64 %35, 4
  %43 = add i64 %41, %42
  %44 = mul i64 %40, 64
  %45 = mul i64 %39, 64
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 12544
  %48 = mul i64 %37, 1
  %49 = sub i64 %48, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %50 = icmp slt i64 %x, 97
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %43, 0
  %52 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %33, align 32
  store <8 x float> %splat, <8 x float>* %32, align 32
  store <8 x float> %splat, <8 x float>* %31, align 32
  %55 = add i64 %43, 1
  %56 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat1 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %30, align 32
  store <8 x float> %splat1, <8 x float>* %29, align 32
  store <8 x float> %splat1, <8 x float>* %28, align 32
  %59 = add i64 %43, 2
  %60 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat2 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %27, align 32
  store <8 x float> %splat2, <8 x float>* %26, align 32
  store <8 x float> %splat2, <8 x float>* %25, align 32
  %63 = add i64 %43, 3
  %64 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat3 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %24, align 32
  store <8 x float> %splat3, <8 x float>* %23, align 32
  store <8 x float> %splat3, <8 x float>* %22, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %67 = add i64 %43, 0
  %68 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat8 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %21, align 32
  store <8 x float> %splat8, <8 x float>* %20, align 32
  %71 = add i64 %43, 1
  %72 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat9 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %19, align 32
  store <8 x float> %splat9, <8 x float>* %18, align 32
  %75 = add i64 %43, 2
  %76 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %75
  %77 = load float, float* %76, align 4
  %78 = insertelement <8 x float> undef, float %77, i32 0
  %splat10 = shufflevector <8 x float> %78, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %17, align 32
  store <8 x float> %splat10, <8 x float>* %16, align 32
  %79 = add i64 %43, 3
  %80 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %79
  %81 = load float, float* %80, align 4
  %82 = insertelement <8 x float> undef, float %81, i32 0
  %splat11 = shufflevector <8 x float> %82, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %15, align 32
  store <8 x float> %splat11, <8 x float>* %14, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %83 = icmp slt i64 %c, 64
  br i1 %83, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %84 = mul i64 %c, 12544
  %85 = add i64 %47, %84
  br label %i.header

c.exit:                                           ; preds = %c.header
  %86 = load <8 x float>, <8 x float>* %33, align 32
  %87 = fcmp ogt <8 x float> %86, zeroinitializer
  %88 = select <8 x i1> %87, <8 x float> %86, <8 x float> zeroinitializer
  %89 = add i64 %x, 0
  %90 = mul i64 %40, 128
  %91 = add i64 %43, 0
  %92 = add i64 %90, %91
  %93 = mul i64 %92, 112
  %94 = add i64 %93, %37
  %95 = mul i64 %94, 112
  %96 = add i64 %95, %89
  %97 = getelementptr inbounds float, float* %0, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %88, <8 x float>* %98, align 4
  %99 = load <8 x float>, <8 x float>* %32, align 32
  %100 = fcmp ogt <8 x float> %99, zeroinitializer
  %101 = select <8 x i1> %100, <8 x float> %99, <8 x float> zeroinitializer
  %102 = add i64 %x, 8
  %103 = mul i64 %40, 128
  %104 = add i64 %43, 0
  %105 = add i64 %103, %104
  %106 = mul i64 %105, 112
  %107 = add i64 %106, %37
  %108 = mul i64 %107, 112
  %109 = add i64 %108, %102
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %101, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %31, align 32
  %113 = fcmp ogt <8 x float> %112, zeroinitializer
  %114 = select <8 x i1> %113, <8 x float> %112, <8 x float> zeroinitializer
  %115 = add i64 %x, 16
  %116 = mul i64 %40, 128
  %117 = add i64 %43, 0
  %118 = add i64 %116, %117
  %119 = mul i64 %118, 112
  %120 = add i64 %119, %37
  %121 = mul i64 %120, 112
  %122 = add i64 %121, %115
  %123 = getelementptr inbounds float, float* %0, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %114, <8 x float>* %124, align 4
  %125 = load <8 x float>, <8 x float>* %30, align 32
  %126 = fcmp ogt <8 x float> %125, zeroinitializer
  %127 = select <8 x i1> %126, <8 x float> %125, <8 x float> zeroinitializer
  %128 = add i64 %x, 0
  %129 = mul i64 %40, 128
  %130 = add i64 %43, 1
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 112
  %133 = add i64 %132, %37
  %134 = mul i64 %133, 112
  %135 = add i64 %134, %128
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %127, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %29, align 32
  %139 = fcmp ogt <8 x float> %138, zeroinitializer
  %140 = select <8 x i1> %139, <8 x float> %138, <8 x float> zeroinitializer
  %141 = add i64 %x, 8
  %142 = mul i64 %40, 128
  %143 = add i64 %43, 1
  %144 = add i64 %142, %143
  %145 = mul i64 %144, 112
  %146 = add i64 %145, %37
  %147 = mul i64 %146, 112
  %148 = add i64 %147, %141
  %149 = getelementptr inbounds float, float* %0, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %140, <8 x float>* %150, align 4
  %151 = load <8 x float>, <8 x float>* %28, align 32
  %152 = fcmp ogt <8 x float> %151, zeroinitializer
  %153 = select <8 x i1> %152, <8 x float> %151, <8 x float> zeroinitializer
  %154 = add i64 %x, 16
  %155 = mul i64 %40, 128
  %156 = add i64 %43, 1
  %157 = add i64 %155, %156
  %158 = mul i64 %157, 112
  %159 = add i64 %158, %37
  %160 = mul i64 %159, 112
  %161 = add i64 %160, %154
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %153, <8 x float>* %163, align 4
  %164 = load <8 x float>, <8 x float>* %27, align 32
  %165 = fcmp ogt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> %164, <8 x float> zeroinitializer
  %167 = add i64 %x, 0
  %168 = mul i64 %40, 128
  %169 = add i64 %43, 2
  %170 = add i64 %168, %169
  %171 = mul i64 %170, 112
  %172 = add i64 %171, %37
  %173 = mul i64 %172, 112
  %174 = add i64 %173, %167
  %175 = getelementptr inbounds float, float* %0, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %166, <8 x float>* %176, align 4
  %177 = load <8 x float>, <8 x float>* %26, align 32
  %178 = fcmp ogt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> %177, <8 x float> zeroinitializer
  %180 = add i64 %x, 8
  %181 = mul i64 %40, 128
  %182 = add i64 %43, 2
  %183 = add i64 %181, %182
  %184 = mul i64 %183, 112
  %185 = add i64 %184, %37
  %186 = mul i64 %185, 112
  %187 = add i64 %186, %180
  %188 = getelementptr inbounds float, float* %0, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %179, <8 x float>* %189, align 4
  %190 = load <8 x float>, <8 x float>* %25, align 32
  %191 = fcmp ogt <8 x float> %190, zeroinitializer
  %192 = select <8 x i1> %191, <8 x float> %190, <8 x float> zeroinitializer
  %193 = add i64 %x, 16
  %194 = mul i64 %40, 128
  %195 = add i64 %43, 2
  %196 = add i64 %194, %195
  %197 = mul i64 %196, 112
  %198 = add i64 %197, %37
  %199 = mul i64 %198, 112
  %200 = add i64 %199, %193
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %192, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %24, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = add i64 %x, 0
  %207 = mul i64 %40, 128
  %208 = add i64 %43, 3
  %209 = add i64 %207, %208
  %210 = mul i64 %209, 112
  %211 = add i64 %210, %37
  %212 = mul i64 %211, 112
  %213 = add i64 %212, %206
  %214 = getelementptr inbounds float, float* %0, i64 %213
  %215 = bitcast float* %214 to <8 x float>*
  store <8 x float> %205, <8 x float>* %215, align 4
  %216 = load <8 x float>, <8 x float>* %23, align 32
  %217 = fcmp ogt <8 x float> %216, zeroinitializer
  %218 = select <8 x i1> %217, <8 x float> %216, <8 x float> zeroinitializer
  %219 = add i64 %x, 8
  %220 = mul i64 %40, 128
  %221 = add i64 %43, 3
  %222 = add i64 %220, %221
  %223 = mul i64 %222, 112
  %224 = add i64 %223, %37
  %225 = mul i64 %224, 112
  %226 = add i64 %225, %219
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %218, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %22, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = add i64 %x, 16
  %233 = mul i64 %40, 128
  %234 = add i64 %43, 3
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 112
  %237 = add i64 %236, %37
  %238 = mul i64 %237, 112
  %239 = add i64 %238, %232
  %240 = getelementptr inbounds float, float* %0, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  store <8 x float> %231, <8 x float>* %241, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %242 = icmp slt i64 %i, 3
  br i1 %242, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %243 = mul i64 %i, 1
  %244 = add i64 %49, %243
  %245 = icmp sge i64 %244, 0
  %246 = icmp slt i64 %244, 112
  %247 = and i1 %245, %246
  br i1 %247, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %248 = mul i64 %244, 112
  %249 = add i64 %85, %248
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %250 = icmp slt i64 %j, 3
  br i1 %250, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %251 = mul i64 %x, 1
  %252 = mul i64 %j, 1
  %253 = add i64 %251, %252
  %254 = sub i64 %253, 1
  %255 = add i64 %249, %254
  %256 = add i64 %255, 0
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %255, 8
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %255, 16
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = mul i64 %i, 3
  %269 = add i64 %268, %j
  %270 = add i64 %43, 0
  %271 = mul i64 %270, 64
  %272 = add i64 %271, %c
  %273 = mul i64 %272, 9
  %274 = add i64 %273, %269
  %275 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat4 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %33, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %259, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %33, align 32
  %280 = load <8 x float>, <8 x float>* %32, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %263, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %32, align 32
  %282 = load <8 x float>, <8 x float>* %31, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %267, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %31, align 32
  %284 = mul i64 %i, 3
  %285 = add i64 %284, %j
  %286 = add i64 %43, 1
  %287 = mul i64 %286, 64
  %288 = add i64 %287, %c
  %289 = mul i64 %288, 9
  %290 = add i64 %289, %285
  %291 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat5 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %30, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %259, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %30, align 32
  %296 = load <8 x float>, <8 x float>* %29, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %263, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %29, align 32
  %298 = load <8 x float>, <8 x float>* %28, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %267, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %28, align 32
  %300 = mul i64 %i, 3
  %301 = add i64 %300, %j
  %302 = add i64 %43, 2
  %303 = mul i64 %302, 64
  %304 = add i64 %303, %c
  %305 = mul i64 %304, 9
  %306 = add i64 %305, %301
  %307 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %306
  %308 = load float, float* %307, align 4
  %309 = insertelement <8 x float> undef, float %308, i32 0
  %splat6 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, <8 x float>* %27, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %259, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %27, align 32
  %312 = load <8 x float>, <8 x float>* %26, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %263, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %26, align 32
  %314 = load <8 x float>, <8 x float>* %25, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %267, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %25, align 32
  %316 = mul i64 %i, 3
  %317 = add i64 %316, %j
  %318 = add i64 %43, 3
  %319 = mul i64 %318, 64
  %320 = add i64 %319, %c
  %321 = mul i64 %320, 9
  %322 = add i64 %321, %317
  %323 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat7 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %24, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %259, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %24, align 32
  %328 = load <8 x float>, <8 x float>* %23, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %263, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %23, align 32
  %330 = load <8 x float>, <8 x float>* %22, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %267, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %22, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %332 = icmp slt i64 %c15, 64
  br i1 %332, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %333 = mul i64 %c15, 12544
  %334 = add i64 %47, %333
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %335 = load <8 x float>, <8 x float>* %21, align 32
  %336 = fcmp ogt <8 x float> %335, zeroinitializer
  %337 = select <8 x i1> %336, <8 x float> %335, <8 x float> zeroinitializer
  %338 = mul i64 %40, 128
  %339 = add i64 %43, 0
  %340 = add i64 %338, %339
  %341 = mul i64 %340, 112
  %342 = add i64 %341, %37
  %343 = mul i64 %342, 112
  %344 = add i64 %343, 97
  %345 = getelementptr inbounds float, float* %0, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %337, <8 x float>* %346, align 4
  %347 = load <8 x float>, <8 x float>* %20, align 32
  %348 = fcmp ogt <8 x float> %347, zeroinitializer
  %349 = select <8 x i1> %348, <8 x float> %347, <8 x float> zeroinitializer
  %350 = mul i64 %40, 128
  %351 = add i64 %43, 0
  %352 = add i64 %350, %351
  %353 = mul i64 %352, 112
  %354 = add i64 %353, %37
  %355 = mul i64 %354, 112
  %356 = add i64 %355, 105
  %357 = getelementptr inbounds float, float* %0, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %349, <8 x float>* %358, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %359 = load <8 x float>, <8 x float>* %19, align 32
  %360 = fcmp ogt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> %359, <8 x float> zeroinitializer
  %362 = mul i64 %40, 128
  %363 = add i64 %43, 1
  %364 = add i64 %362, %363
  %365 = mul i64 %364, 112
  %366 = add i64 %365, %37
  %367 = mul i64 %366, 112
  %368 = add i64 %367, 97
  %369 = getelementptr inbounds float, float* %0, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %361, <8 x float>* %370, align 4
  %371 = load <8 x float>, <8 x float>* %18, align 32
  %372 = fcmp ogt <8 x float> %371, zeroinitializer
  %373 = select <8 x i1> %372, <8 x float> %371, <8 x float> zeroinitializer
  %374 = mul i64 %40, 128
  %375 = add i64 %43, 1
  %376 = add i64 %374, %375
  %377 = mul i64 %376, 112
  %378 = add i64 %377, %37
  %379 = mul i64 %378, 112
  %380 = add i64 %379, 105
  %381 = getelementptr inbounds float, float* %0, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %373, <8 x float>* %382, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %383 = load <8 x float>, <8 x float>* %17, align 32
  %384 = fcmp ogt <8 x float> %383, zeroinitializer
  %385 = select <8 x i1> %384, <8 x float> %383, <8 x float> zeroinitializer
  %386 = mul i64 %40, 128
  %387 = add i64 %43, 2
  %388 = add i64 %386, %387
  %389 = mul i64 %388, 112
  %390 = add i64 %389, %37
  %391 = mul i64 %390, 112
  %392 = add i64 %391, 97
  %393 = getelementptr inbounds float, float* %0, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %385, <8 x float>* %394, align 4
  %395 = load <8 x float>, <8 x float>* %16, align 32
  %396 = fcmp ogt <8 x float> %395, zeroinitializer
  %397 = select <8 x i1> %396, <8 x float> %395, <8 x float> zeroinitializer
  %398 = mul i64 %40, 128
  %399 = add i64 %43, 2
  %400 = add i64 %398, %399
  %401 = mul i64 %400, 112
  %402 = add i64 %401, %37
  %403 = mul i64 %402, 112
  %404 = add i64 %403, 105
  %405 = getelementptr inbounds float, float* %0, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %397, <8 x float>* %406, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %407 = load <8 x float>, <8 x float>* %15, align 32
  %408 = fcmp ogt <8 x float> %407, zeroinitializer
  %409 = select <8 x i1> %408, <8 x float> %407, <8 x float> zeroinitializer
  %410 = mul i64 %40, 128
  %411 = add i64 %43, 3
  %412 = add i64 %410, %411
  %413 = mul i64 %412, 112
  %414 = add i64 %413, %37
  %415 = mul i64 %414, 112
  %416 = add i64 %415, 97
  %417 = getelementptr inbounds float, float* %0, i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  store <8 x float> %409, <8 x float>* %418, align 4
  %419 = load <8 x float>, <8 x float>* %14, align 32
  %420 = fcmp ogt <8 x float> %419, zeroinitializer
  %421 = select <8 x i1> %420, <8 x float> %419, <8 x float> zeroinitializer
  %422 = mul i64 %40, 128
  %423 = add i64 %43, 3
  %424 = add i64 %422, %423
  %425 = mul i64 %424, 112
  %426 = add i64 %425, %37
  %427 = mul i64 %426, 112
  %428 = add i64 %427, 105
  %429 = getelementptr inbounds float, float* %0, i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %421, <8 x float>* %430, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %431 = icmp slt i64 %i19, 3
  br i1 %431, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %432 = mul i64 %i19, 1
  %433 = add i64 %49, %432
  %434 = icmp sge i64 %433, 0
  %435 = icmp slt i64 %433, 112
  %436 = and i1 %434, %435
  br i1 %436, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %437 = mul i64 %433, 112
  %438 = add i64 %334, %437
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %439 = icmp slt i64 %j25, 3
  br i1 %439, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %440 = mul i64 %j25, 1
  %441 = add i64 97, %440
  %442 = sub i64 %441, 1
  %443 = add i64 %438, %442
  %444 = add i64 %443, 0
  %445 = getelementptr inbounds float, float* %1, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  %447 = load <8 x float>, <8 x float>* %446, align 4
  %448 = add i64 %443, 8
  %449 = getelementptr inbounds float, float* %1, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %450, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %452 = mul i64 %i19, 3
  %453 = add i64 %452, %j25
  %454 = add i64 %43, 0
  %455 = mul i64 %454, 64
  %456 = add i64 %455, %c15
  %457 = mul i64 %456, 9
  %458 = add i64 %457, %453
  %459 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %458
  %460 = load float, float* %459, align 4
  %461 = insertelement <8 x float> undef, float %460, i32 0
  %splat26 = shufflevector <8 x float> %461, <8 x float> undef, <8 x i32> zeroinitializer
  %462 = load <8 x float>, <8 x float>* %21, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %447, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %21, align 32
  %464 = load <8 x float>, <8 x float>* %20, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %451, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %20, align 32
  %466 = mul i64 %i19, 3
  %467 = add i64 %466, %j25
  %468 = add i64 %43, 1
  %469 = mul i64 %468, 64
  %470 = add i64 %469, %c15
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = insertelement <8 x float> undef, float %474, i32 0
  %splat27 = shufflevector <8 x float> %475, <8 x float> undef, <8 x i32> zeroinitializer
  %476 = load <8 x float>, <8 x float>* %19, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %447, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %19, align 32
  %478 = load <8 x float>, <8 x float>* %18, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %451, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %18, align 32
  %480 = mul i64 %i19, 3
  %481 = add i64 %480, %j25
  %482 = add i64 %43, 2
  %483 = mul i64 %482, 64
  %484 = add i64 %483, %c15
  %485 = mul i64 %484, 9
  %486 = add i64 %485, %481
  %487 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat28 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %17, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %447, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %17, align 32
  %492 = load <8 x float>, <8 x float>* %16, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %451, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %16, align 32
  %494 = mul i64 %i19, 3
  %495 = add i64 %494, %j25
  %496 = add i64 %43, 3
  %497 = mul i64 %496, 64
  %498 = add i64 %497, %c15
  %499 = mul i64 %498, 9
  %500 = add i64 %499, %495
  %501 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat29 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %15, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %447, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %15, align 32
  %506 = load <8 x float>, <8 x float>* %14, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %451, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %14, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %508 = icmp slt i64 %xs, 1
  br i1 %508, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %509 = add i64 %43, 0
  %510 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %509
  %511 = load float, float* %510, align 4
  store float %511, float* %13, align 4
  %512 = add i64 %43, 1
  %513 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %512
  %514 = load float, float* %513, align 4
  store float %514, float* %12, align 4
  %515 = add i64 %43, 2
  %516 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %515
  %517 = load float, float* %516, align 4
  store float %517, float* %11, align 4
  %518 = add i64 %43, 3
  %519 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %518
  %520 = load float, float* %519, align 4
  store float %520, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %521 = icmp slt i64 %c36, 64
  br i1 %521, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %522 = mul i64 %c36, 12544
  %523 = add i64 %47, %522
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %524 = load float, float* %13, align 4
  %525 = fcmp ogt float %524, 0.000000e+00
  %526 = select i1 %525, float %524, float 0.000000e+00
  %527 = mul i64 %40, 128
  %528 = add i64 %43, 0
  %529 = add i64 %527, %528
  %530 = mul i64 %529, 112
  %531 = add i64 %530, %37
  %532 = mul i64 %531, 112
  %533 = add i64 %532, %xs
  %534 = getelementptr inbounds float, float* %0, i64 %533
  store float %526, float* %534, align 4
  %535 = load float, float* %12, align 4
  %536 = fcmp ogt float %535, 0.000000e+00
  %537 = select i1 %536, float %535, float 0.000000e+00
  %538 = mul i64 %40, 128
  %539 = add i64 %43, 1
  %540 = add i64 %538, %539
  %541 = mul i64 %540, 112
  %542 = add i64 %541, %37
  %543 = mul i64 %542, 112
  %544 = add i64 %543, %xs
  %545 = getelementptr inbounds float, float* %0, i64 %544
  store float %537, float* %545, align 4
  %546 = load float, float* %11, align 4
  %547 = fcmp ogt float %546, 0.000000e+00
  %548 = select i1 %547, float %546, float 0.000000e+00
  %549 = mul i64 %40, 128
  %550 = add i64 %43, 2
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 112
  %553 = add i64 %552, %37
  %554 = mul i64 %553, 112
  %555 = add i64 %554, %xs
  %556 = getelementptr inbounds float, float* %0, i64 %555
  store float %548, float* %556, align 4
  %557 = load float, float* %10, align 4
  %558 = fcmp ogt float %557, 0.000000e+00
  %559 = select i1 %558, float %557, float 0.000000e+00
  %560 = mul i64 %40, 128
  %561 = add i64 %43, 3
  %562 = add i64 %560, %561
  %563 = mul i64 %562, 112
  %564 = add i64 %563, %37
  %565 = mul i64 %564, 112
  %566 = add i64 %565, %xs
  %567 = getelementptr inbounds float, float* %0, i64 %566
  store float %559, float* %567, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %568 = icmp slt i64 %i40, 3
  br i1 %568, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %569 = mul i64 %i40, 1
  %570 = add i64 %49, %569
  %571 = icmp sge i64 %570, 0
  %572 = icmp slt i64 %570, 112
  %573 = and i1 %571, %572
  br i1 %573, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %574 = mul i64 %570, 112
  %575 = add i64 %523, %574
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %576 = icmp slt i64 %j46, 3
  br i1 %576, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %577 = mul i64 %xs, 1
  %578 = mul i64 %j46, 1
  %579 = add i64 %577, %578
  %580 = sub i64 %579, 1
  %581 = icmp sge i64 %580, 0
  %582 = icmp slt i64 %580, 112
  %583 = and i1 %581, %582
  %584 = icmp sgt i64 %580, 0
  %585 = select i1 %584, i64 %580, i64 0
  %586 = icmp slt i64 %585, 111
  %587 = select i1 %586, i64 %585, i64 111
  %588 = add i64 %575, %587
  %589 = getelementptr inbounds float, float* %1, i64 %588
  %590 = load float, float* %589, align 4
  %591 = select i1 %583, float %590, float 0.000000e+00
  %592 = mul i64 %i40, 3
  %593 = add i64 %592, %j46
  %594 = add i64 %43, 0
  %595 = mul i64 %594, 64
  %596 = add i64 %595, %c36
  %597 = mul i64 %596, 9
  %598 = add i64 %597, %593
  %599 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %598
  %600 = load float, float* %599, align 4
  %601 = load float, float* %13, align 4
  %602 = call float @llvm.fma.f32(float %600, float %591, float %601)
  store float %602, float* %13, align 4
  %603 = mul i64 %i40, 3
  %604 = add i64 %603, %j46
  %605 = add i64 %43, 1
  %606 = mul i64 %605, 64
  %607 = add i64 %606, %c36
  %608 = mul i64 %607, 9
  %609 = add i64 %608, %604
  %610 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %609
  %611 = load float, float* %610, align 4
  %612 = load float, float* %12, align 4
  %613 = call float @llvm.fma.f32(float %611, float %591, float %612)
  store float %613, float* %12, align 4
  %614 = mul i64 %i40, 3
  %615 = add i64 %614, %j46
  %616 = add i64 %43, 2
  %617 = mul i64 %616, 64
  %618 = add i64 %617, %c36
  %619 = mul i64 %618, 9
  %620 = add i64 %619, %615
  %621 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %620
  %622 = load float, float* %621, align 4
  %623 = load float, float* %11, align 4
  %624 = call float @llvm.fma.f32(float %622, float %591, float %623)
  store float %624, float* %11, align 4
  %625 = mul i64 %i40, 3
  %626 = add i64 %625, %j46
  %627 = add i64 %43, 3
  %628 = mul i64 %627, 64
  %629 = add i64 %628, %c36
  %630 = mul i64 %629, 9
  %631 = add i64 %630, %626
  %632 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %631
  %633 = load float, float* %632, align 4
  %634 = load float, float* %10, align 4
  %635 = call float @llvm.fma.f32(float %633, float %591, float %634)
  store float %635, float* %10, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 111, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %636 = icmp slt i64 %xs53, 112
  br i1 %636, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %637 = add i64 %43, 0
  %638 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %637
  %639 = load float, float* %638, align 4
  store float %639, float* %9, align 4
  %640 = add i64 %43, 1
  %641 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %640
  %642 = load float, float* %641, align 4
  store float %642, float* %8, align 4
  %643 = add i64 %43, 2
  %644 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %643
  %645 = load float, float* %644, align 4
  store float %645, float* %7, align 4
  %646 = add i64 %43, 3
  %647 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %646
  %648 = load float, float* %647, align 4
  store float %648, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %649 = icmp slt i64 %c57, 64
  br i1 %649, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %650 = mul i64 %c57, 12544
  %651 = add i64 %47, %650
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %652 = load float, float* %9, align 4
  %653 = fcmp ogt float %652, 0.000000e+00
  %654 = select i1 %653, float %652, float 0.000000e+00
  %655 = mul i64 %40, 128
  %656 = add i64 %43, 0
  %657 = add i64 %655, %656
  %658 = mul i64 %657, 112
  %659 = add i64 %658, %37
  %660 = mul i64 %659, 112
  %661 = add i64 %660, %xs53
  %662 = getelementptr inbounds float, float* %0, i64 %661
  store float %654, float* %662, align 4
  %663 = load float, float* %8, align 4
  %664 = fcmp ogt float %663, 0.000000e+00
  %665 = select i1 %664, float %663, float 0.000000e+00
  %666 = mul i64 %40, 128
  %667 = add i64 %43, 1
  %668 = add i64 %666, %667
  %669 = mul i64 %668, 112
  %670 = add i64 %669, %37
  %671 = mul i64 %670, 112
  %672 = add i64 %671, %xs53
  %673 = getelementptr inbounds float, float* %0, i64 %672
  store float %665, float* %673, align 4
  %674 = load float, float* %7, align 4
  %675 = fcmp ogt float %674, 0.000000e+00
  %676 = select i1 %675, float %674, float 0.000000e+00
  %677 = mul i64 %40, 128
  %678 = add i64 %43, 2
  %679 = add i64 %677, %678
  %680 = mul i64 %679, 112
  %681 = add i64 %680, %37
  %682 = mul i64 %681, 112
  %683 = add i64 %682, %xs53
  %684 = getelementptr inbounds float, float* %0, i64 %683
  store float %676, float* %684, align 4
  %685 = load float, float* %6, align 4
  %686 = fcmp ogt float %685, 0.000000e+00
  %687 = select i1 %686, float %685, float 0.000000e+00
  %688 = mul i64 %40, 128
  %689 = add i64 %43, 3
  %690 = add i64 %688, %689
  %691 = mul i64 %690, 112
  %692 = add i64 %691, %37
  %693 = mul i64 %692, 112
  %694 = add i64 %693, %xs53
  %695 = getelementptr inbounds float, float* %0, i64 %694
  store float %687, float* %695, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %696 = icmp slt i64 %i61, 3
  br i1 %696, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %697 = mul i64 %i61, 1
  %698 = add i64 %49, %697
  %699 = icmp sge i64 %698, 0
  %700 = icmp slt i64 %698, 112
  %701 = and i1 %699, %700
  br i1 %701, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %702 = mul i64 %698, 112
  %703 = add i64 %651, %702
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %704 = icmp slt i64 %j67, 3
  br i1 %704, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %705 = mul i64 %xs53, 1
  %706 = mul i64 %j67, 1
  %707 = add i64 %705, %706
  %708 = sub i64 %707, 1
  %709 = icmp sge i64 %708, 0
  %710 = icmp slt i64 %708, 112
  %711 = and i1 %709, %710
  %712 = icmp sgt i64 %708, 0
  %713 = select i1 %712, i64 %708, i64 0
  %714 = icmp slt i64 %713, 111
  %715 = select i1 %714, i64 %713, i64 111
  %716 = add i64 %703, %715
  %717 = getelementptr inbounds float, float* %1, i64 %716
  %718 = load float, float* %717, align 4
  %719 = select i1 %711, float %718, float 0.000000e+00
  %720 = mul i64 %i61, 3
  %721 = add i64 %720, %j67
  %722 = add i64 %43, 0
  %723 = mul i64 %722, 64
  %724 = add i64 %723, %c57
  %725 = mul i64 %724, 9
  %726 = add i64 %725, %721
  %727 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %726
  %728 = load float, float* %727, align 4
  %729 = load float, float* %9, align 4
  %730 = call float @llvm.fma.f32(float %728, float %719, float %729)
  store float %730, float* %9, align 4
  %731 = mul i64 %i61, 3
  %732 = add i64 %731, %j67
  %733 = add i64 %43, 1
  %734 = mul i64 %733, 64
  %735 = add i64 %734, %c57
  %736 = mul i64 %735, 9
  %737 = add i64 %736, %732
  %738 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %737
  %739 = load float, float* %738, align 4
  %740 = load float, float* %8, align 4
  %741 = call float @llvm.fma.f32(float %739, float %719, float %740)
  store float %741, float* %8, align 4
  %742 = mul i64 %i61, 3
  %743 = add i64 %742, %j67
  %744 = add i64 %43, 2
  %745 = mul i64 %744, 64
  %746 = add i64 %745, %c57
  %747 = mul i64 %746, 9
  %748 = add i64 %747, %743
  %749 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %748
  %750 = load float, float* %749, align 4
  %751 = load float, float* %7, align 4
  %752 = call float @llvm.fma.f32(float %750, float %719, float %751)
  store float %752, float* %7, align 4
  %753 = mul i64 %i61, 3
  %754 = add i64 %753, %j67
  %755 = add i64 %43, 3
  %756 = mul i64 %755, 64
  %757 = add i64 %756, %c57
  %758 = mul i64 %757, 9
  %759 = add i64 %758, %754
  %760 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_2.weight to float*), i64 %759
  %761 = load float, float* %760, align 4
  %762 = load float, float* %6, align 4
  %763 = call float @llvm.fma.f32(float %761, float %719, float %762)
  store float %763, float* %6, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nounwind
define internal void @node2.conv2d_2.step0(i8* %0) #4 {
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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
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
  %10 = mul i64 %8, 12544
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 56
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 56
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
  %27 = sub i64 %22, %19
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %28 = icmp slt i64 %x, 56
  br i1 %28, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %19, %x.body ], [ %r.next, %r.body ]
  %29 = icmp slt i64 %r, %22
  br i1 %29, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %30 = mul i64 %r, 112
  %31 = mul i64 %x, 2
  %32 = add i64 %30, %31
  %33 = sub i64 %32, 0
  %34 = load <8 x float>, <8 x float>* %6, align 32
  %35 = add i64 %33, 0
  %36 = getelementptr inbounds float, float* %11, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %35, 8
  %40 = getelementptr inbounds float, float* %11, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = shufflevector <8 x float> %38, <8 x float> %42, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %44 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %34, <8 x float> %43)
  %45 = add i64 %33, 1
  %46 = getelementptr inbounds float, float* %11, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = add i64 %45, 8
  %50 = getelementptr inbounds float, float* %11, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = shufflevector <8 x float> %48, <8 x float> %52, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %54 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %44, <8 x float> %53)
  store <8 x float> %54, <8 x float>* %6, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %55 = load <8 x float>, <8 x float>* %6, align 32
  %56 = getelementptr inbounds float, float* %15, i64 %x
  %57 = bitcast float* %56 to <8 x float>*
  store <8 x float> %55, <8 x float>* %57, align 4
  %x.next = add i64 %x, 8
  br label %x.header
}

; Function Attrs: nounwind
define internal void @node3.maxPool2d_2.step0(i8* %0) #4 {
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
  %19 = add i64 7168, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 7168
  %23 = select i1 %22, i64 %21, i64 7168
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 7168
  %26 = select i1 %25, i64 %24, i64 7168
  call void @node3.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit52 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 64
  %32 = sdiv i64 %task, 64
  %33 = srem i64 %32, 56
  %34 = sdiv i64 %task, 3584
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 256
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 128
  %41 = mul i64 %35, 128
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 3136
  %44 = mul i64 %33, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %46 = icmp slt i64 %x, 49
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %75
  %77 = load float, float* %76, align 4
  %78 = insertelement <8 x float> undef, float %77, i32 0
  %splat11 = shufflevector <8 x float> %78, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %14, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %79 = icmp slt i64 %c, 128
  br i1 %79, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %80 = mul i64 %c, 3136
  %81 = add i64 %43, %80
  br label %i.header

c.exit:                                           ; preds = %c.header
  %82 = load <8 x float>, <8 x float>* %29, align 32
  %83 = fcmp ogt <8 x float> %82, zeroinitializer
  %84 = select <8 x i1> %83, <8 x float> %82, <8 x float> zeroinitializer
  %85 = add i64 %x, 0
  %86 = mul i64 %36, 256
  %87 = add i64 %39, 0
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 56
  %90 = add i64 %89, %33
  %91 = mul i64 %90, 56
  %92 = add i64 %91, %85
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %84, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %28, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 8
  %99 = mul i64 %36, 256
  %100 = add i64 %39, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 56
  %103 = add i64 %102, %33
  %104 = mul i64 %103, 56
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %27, align 32
  %109 = fcmp ogt <8 x float> %108, zeroinitializer
  %110 = select <8 x i1> %109, <8 x float> %108, <8 x float> zeroinitializer
  %111 = add i64 %x, 16
  %112 = mul i64 %36, 256
  %113 = add i64 %39, 0
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 56
  %116 = add i64 %115, %33
  %117 = mul i64 %116, 56
  %118 = add i64 %117, %111
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %110, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %26, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = add i64 %x, 0
  %125 = mul i64 %36, 256
  %126 = add i64 %39, 1
  %127 = add i64 %125, %126
  %128 = mul i64 %127, 56
  %129 = add i64 %128, %33
  %130 = mul i64 %129, 56
  %131 = add i64 %130, %124
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %123, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %25, align 32
  %135 = fcmp ogt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> %134, <8 x float> zeroinitializer
  %137 = add i64 %x, 8
  %138 = mul i64 %36, 256
  %139 = add i64 %39, 1
  %140 = add i64 %138, %139
  %141 = mul i64 %140, 56
  %142 = add i64 %141, %33
  %143 = mul i64 %142, 56
  %144 = add i64 %143, %137
  %145 = getelementptr inbounds float, float* %0, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %136, <8 x float>* %146, align 4
  %147 = load <8 x float>, <8 x float>* %24, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = add i64 %x, 16
  %151 = mul i64 %36, 256
  %152 = add i64 %39, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 56
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 56
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %23, align 32
  %161 = fcmp ogt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> %160, <8 x float> zeroinitializer
  %163 = add i64 %x, 0
  %164 = mul i64 %36, 256
  %165 = add i64 %39, 2
  %166 = add i64 %164, %165
  %167 = mul i64 %166, 56
  %168 = add i64 %167, %33
  %169 = mul i64 %168, 56
  %170 = add i64 %169, %163
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %162, <8 x float>* %172, align 4
  %173 = load <8 x float>, <8 x float>* %22, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = add i64 %x, 8
  %177 = mul i64 %36, 256
  %178 = add i64 %39, 2
  %179 = add i64 %177, %178
  %180 = mul i64 %179, 56
  %181 = add i64 %180, %33
  %182 = mul i64 %181, 56
  %183 = add i64 %182, %176
  %184 = getelementptr inbounds float, float* %0, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %175, <8 x float>* %185, align 4
  %186 = load <8 x float>, <8 x float>* %21, align 32
  %187 = fcmp ogt <8 x float> %186, zeroinitializer
  %188 = select <8 x i1> %187, <8 x float> %186, <8 x float> zeroinitializer
  %189 = add i64 %x, 16
  %190 = mul i64 %36, 256
  %191 = add i64 %39, 2
  %192 = add i64 %190, %191
  %193 = mul i64 %192, 56
  %194 = add i64 %193, %33
  %195 = mul i64 %194, 56
  %196 = add i64 %195, %189
  %197 = getelementptr inbounds float, float* %0, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %188, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %20, align 32
  %200 = fcmp ogt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> %199, <8 x float> zeroinitializer
  %202 = add i64 %x, 0
  %203 = mul i64 %36, 256
  %204 = add i64 %39, 3
  %205 = add i64 %203, %204
  %206 = mul i64 %205, 56
  %207 = add i64 %206, %33
  %208 = mul i64 %207, 56
  %209 = add i64 %208, %202
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %201, <8 x float>* %211, align 4
  %212 = load <8 x float>, <8 x float>* %19, align 32
  %213 = fcmp ogt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> %212, <8 x float> zeroinitializer
  %215 = add i64 %x, 8
  %216 = mul i64 %36, 256
  %217 = add i64 %39, 3
  %218 = add i64 %216, %217
  %219 = mul i64 %218, 56
  %220 = add i64 %219, %33
  %221 = mul i64 %220, 56
  %222 = add i64 %221, %215
  %223 = getelementptr inbounds float, float* %0, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %214, <8 x float>* %224, align 4
  %225 = load <8 x float>, <8 x float>* %18, align 32
  %226 = fcmp ogt <8 x float> %225, zeroinitializer
  %227 = select <8 x i1> %226, <8 x float> %225, <8 x float> zeroinitializer
  %228 = add i64 %x, 16
  %229 = mul i64 %36, 256
  %230 = add i64 %39, 3
  %231 = add i64 %229, %230
  %232 = mul i64 %231, 56
  %233 = add i64 %232, %33
  %234 = mul i64 %233, 56
  %235 = add i64 %234, %228
  %236 = getelementptr inbounds float, float* %0, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %227, <8 x float>* %237, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %238 = icmp slt i64 %i, 3
  br i1 %238, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %239 = mul i64 %i, 1
  %240 = add i64 %45, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 56
  %243 = and i1 %241, %242
  br i1 %243, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %244 = mul i64 %240, 56
  %245 = add i64 %81, %244
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %246 = icmp slt i64 %j, 3
  br i1 %246, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %247 = mul i64 %x, 1
  %248 = mul i64 %j, 1
  %249 = add i64 %247, %248
  %250 = sub i64 %249, 1
  %251 = add i64 %245, %250
  %252 = add i64 %251, 0
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %251, 8
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %251, 16
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = mul i64 %i, 3
  %265 = add i64 %264, %j
  %266 = add i64 %39, 0
  %267 = mul i64 %266, 128
  %268 = add i64 %267, %c
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat4 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %29, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %255, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %29, align 32
  %276 = load <8 x float>, <8 x float>* %28, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %259, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %28, align 32
  %278 = load <8 x float>, <8 x float>* %27, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %263, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %27, align 32
  %280 = mul i64 %i, 3
  %281 = add i64 %280, %j
  %282 = add i64 %39, 1
  %283 = mul i64 %282, 128
  %284 = add i64 %283, %c
  %285 = mul i64 %284, 9
  %286 = add i64 %285, %281
  %287 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat5 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %26, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %26, align 32
  %292 = load <8 x float>, <8 x float>* %25, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %259, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %25, align 32
  %294 = load <8 x float>, <8 x float>* %24, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %263, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %24, align 32
  %296 = mul i64 %i, 3
  %297 = add i64 %296, %j
  %298 = add i64 %39, 2
  %299 = mul i64 %298, 128
  %300 = add i64 %299, %c
  %301 = mul i64 %300, 9
  %302 = add i64 %301, %297
  %303 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat6 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %22, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %259, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %22, align 32
  %310 = load <8 x float>, <8 x float>* %21, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %263, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %21, align 32
  %312 = mul i64 %i, 3
  %313 = add i64 %312, %j
  %314 = add i64 %39, 3
  %315 = mul i64 %314, 128
  %316 = add i64 %315, %c
  %317 = mul i64 %316, 9
  %318 = add i64 %317, %313
  %319 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat7 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %20, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %20, align 32
  %324 = load <8 x float>, <8 x float>* %19, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %259, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %19, align 32
  %326 = load <8 x float>, <8 x float>* %18, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %263, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %328 = icmp slt i64 %c15, 128
  br i1 %328, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %329 = mul i64 %c15, 3136
  %330 = add i64 %43, %329
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %331 = load <8 x float>, <8 x float>* %17, align 32
  %332 = fcmp ogt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> %331, <8 x float> zeroinitializer
  %334 = mul i64 %36, 256
  %335 = add i64 %39, 0
  %336 = add i64 %334, %335
  %337 = mul i64 %336, 56
  %338 = add i64 %337, %33
  %339 = mul i64 %338, 56
  %340 = add i64 %339, 49
  %341 = getelementptr inbounds float, float* %0, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %333, <8 x float>* %342, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %343 = load <8 x float>, <8 x float>* %16, align 32
  %344 = fcmp ogt <8 x float> %343, zeroinitializer
  %345 = select <8 x i1> %344, <8 x float> %343, <8 x float> zeroinitializer
  %346 = mul i64 %36, 256
  %347 = add i64 %39, 1
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 56
  %350 = add i64 %349, %33
  %351 = mul i64 %350, 56
  %352 = add i64 %351, 49
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %345, <8 x float>* %354, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %355 = load <8 x float>, <8 x float>* %15, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %36, 256
  %359 = add i64 %39, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 56
  %362 = add i64 %361, %33
  %363 = mul i64 %362, 56
  %364 = add i64 %363, 49
  %365 = getelementptr inbounds float, float* %0, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %357, <8 x float>* %366, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %367 = load <8 x float>, <8 x float>* %14, align 32
  %368 = fcmp ogt <8 x float> %367, zeroinitializer
  %369 = select <8 x i1> %368, <8 x float> %367, <8 x float> zeroinitializer
  %370 = mul i64 %36, 256
  %371 = add i64 %39, 3
  %372 = add i64 %370, %371
  %373 = mul i64 %372, 56
  %374 = add i64 %373, %33
  %375 = mul i64 %374, 56
  %376 = add i64 %375, 49
  %377 = getelementptr inbounds float, float* %0, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %369, <8 x float>* %378, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %379 = icmp slt i64 %i19, 3
  br i1 %379, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %380 = mul i64 %i19, 1
  %381 = add i64 %45, %380
  %382 = icmp sge i64 %381, 0
  %383 = icmp slt i64 %381, 56
  %384 = and i1 %382, %383
  br i1 %384, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %385 = mul i64 %381, 56
  %386 = add i64 %330, %385
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %387 = icmp slt i64 %j25, 3
  br i1 %387, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %388 = mul i64 %j25, 1
  %389 = add i64 49, %388
  %390 = sub i64 %389, 1
  %391 = add i64 %386, %390
  %392 = add i64 %391, 0
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %394, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %396 = mul i64 %i19, 3
  %397 = add i64 %396, %j25
  %398 = add i64 %39, 0
  %399 = mul i64 %398, 128
  %400 = add i64 %399, %c15
  %401 = mul i64 %400, 9
  %402 = add i64 %401, %397
  %403 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat26 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %395, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = mul i64 %i19, 3
  %409 = add i64 %408, %j25
  %410 = add i64 %39, 1
  %411 = mul i64 %410, 128
  %412 = add i64 %411, %c15
  %413 = mul i64 %412, 9
  %414 = add i64 %413, %409
  %415 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat27 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = mul i64 %i19, 3
  %421 = add i64 %420, %j25
  %422 = add i64 %39, 2
  %423 = mul i64 %422, 128
  %424 = add i64 %423, %c15
  %425 = mul i64 %424, 9
  %426 = add i64 %425, %421
  %427 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat28 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %15, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %395, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %15, align 32
  %432 = mul i64 %i19, 3
  %433 = add i64 %432, %j25
  %434 = add i64 %39, 3
  %435 = mul i64 %434, 128
  %436 = add i64 %435, %c15
  %437 = mul i64 %436, 9
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat29 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %14, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %395, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %14, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %444 = icmp slt i64 %xs, 1
  br i1 %444, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %445 = add i64 %39, 0
  %446 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %445
  %447 = load float, float* %446, align 4
  store float %447, float* %13, align 4
  %448 = add i64 %39, 1
  %449 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %448
  %450 = load float, float* %449, align 4
  store float %450, float* %12, align 4
  %451 = add i64 %39, 2
  %452 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %451
  %453 = load float, float* %452, align 4
  store float %453, float* %11, align 4
  %454 = add i64 %39, 3
  %455 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %454
  %456 = load float, float* %455, align 4
  store float %456, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %457 = icmp slt i64 %c36, 128
  br i1 %457, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %458 = mul i64 %c36, 3136
  %459 = add i64 %43, %458
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %460 = load float, float* %13, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %36, 256
  %464 = add i64 %39, 0
  %465 = add i64 %463, %464
  %466 = mul i64 %465, 56
  %467 = add i64 %466, %33
  %468 = mul i64 %467, 56
  %469 = add i64 %468, %xs
  %470 = getelementptr inbounds float, float* %0, i64 %469
  store float %462, float* %470, align 4
  %471 = load float, float* %12, align 4
  %472 = fcmp ogt float %471, 0.000000e+00
  %473 = select i1 %472, float %471, float 0.000000e+00
  %474 = mul i64 %36, 256
  %475 = add i64 %39, 1
  %476 = add i64 %474, %475
  %477 = mul i64 %476, 56
  %478 = add i64 %477, %33
  %479 = mul i64 %478, 56
  %480 = add i64 %479, %xs
  %481 = getelementptr inbounds float, float* %0, i64 %480
  store float %473, float* %481, align 4
  %482 = load float, float* %11, align 4
  %483 = fcmp ogt float %482, 0.000000e+00
  %484 = select i1 %483, float %482, float 0.000000e+00
  %485 = mul i64 %36, 256
  %486 = add i64 %39, 2
  %487 = add i64 %485, %486
  %488 = mul i64 %487, 56
  %489 = add i64 %488, %33
  %490 = mul i64 %489, 56
  %491 = add i64 %490, %xs
  %492 = getelementptr inbounds float, float* %0, i64 %491
  store float %484, float* %492, align 4
  %493 = load float, float* %10, align 4
  %494 = fcmp ogt float %493, 0.000000e+00
  %495 = select i1 %494, float %493, float 0.000000e+00
  %496 = mul i64 %36, 256
  %497 = add i64 %39, 3
  %498 = add i64 %496, %497
  %499 = mul i64 %498, 56
  %500 = add i64 %499, %33
  %501 = mul i64 %500, 56
  %502 = add i64 %501, %xs
  %503 = getelementptr inbounds float, float* %0, i64 %502
  store float %495, float* %503, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %504 = icmp slt i64 %i40, 3
  br i1 %504, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %505 = mul i64 %i40, 1
  %506 = add i64 %45, %505
  %507 = icmp sge i64 %506, 0
  %508 = icmp slt i64 %506, 56
  %509 = and i1 %507, %508
  br i1 %509, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %510 = mul i64 %506, 56
  %511 = add i64 %459, %510
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %512 = icmp slt i64 %j46, 3
  br i1 %512, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %513 = mul i64 %xs, 1
  %514 = mul i64 %j46, 1
  %515 = add i64 %513, %514
  %516 = sub i64 %515, 1
  %517 = icmp sge i64 %516, 0
  %518 = icmp slt i64 %516, 56
  %519 = and i1 %517, %518
  %520 = icmp sgt i64 %516, 0
  %521 = select i1 %520, i64 %516, i64 0
  %522 = icmp slt i64 %521, 55
  %523 = select i1 %522, i64 %521, i64 55
  %524 = add i64 %511, %523
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = select i1 %519, float %526, float 0.000000e+00
  %528 = mul i64 %i40, 3
  %529 = add i64 %528, %j46
  %530 = add i64 %39, 0
  %531 = mul i64 %530, 128
  %532 = add i64 %531, %c36
  %533 = mul i64 %532, 9
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %13, align 4
  %538 = call float @llvm.fma.f32(float %536, float %527, float %537)
  store float %538, float* %13, align 4
  %539 = mul i64 %i40, 3
  %540 = add i64 %539, %j46
  %541 = add i64 %39, 1
  %542 = mul i64 %541, 128
  %543 = add i64 %542, %c36
  %544 = mul i64 %543, 9
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %12, align 4
  %549 = call float @llvm.fma.f32(float %547, float %527, float %548)
  store float %549, float* %12, align 4
  %550 = mul i64 %i40, 3
  %551 = add i64 %550, %j46
  %552 = add i64 %39, 2
  %553 = mul i64 %552, 128
  %554 = add i64 %553, %c36
  %555 = mul i64 %554, 9
  %556 = add i64 %555, %551
  %557 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %556
  %558 = load float, float* %557, align 4
  %559 = load float, float* %11, align 4
  %560 = call float @llvm.fma.f32(float %558, float %527, float %559)
  store float %560, float* %11, align 4
  %561 = mul i64 %i40, 3
  %562 = add i64 %561, %j46
  %563 = add i64 %39, 3
  %564 = mul i64 %563, 128
  %565 = add i64 %564, %c36
  %566 = mul i64 %565, 9
  %567 = add i64 %566, %562
  %568 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %567
  %569 = load float, float* %568, align 4
  %570 = load float, float* %10, align 4
  %571 = call float @llvm.fma.f32(float %569, float %527, float %570)
  store float %571, float* %10, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 55, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %572 = icmp slt i64 %xs53, 56
  br i1 %572, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %573 = add i64 %39, 0
  %574 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %573
  %575 = load float, float* %574, align 4
  store float %575, float* %9, align 4
  %576 = add i64 %39, 1
  %577 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %576
  %578 = load float, float* %577, align 4
  store float %578, float* %8, align 4
  %579 = add i64 %39, 2
  %580 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %579
  %581 = load float, float* %580, align 4
  store float %581, float* %7, align 4
  %582 = add i64 %39, 3
  %583 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %582
  %584 = load float, float* %583, align 4
  store float %584, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %585 = icmp slt i64 %c57, 128
  br i1 %585, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %586 = mul i64 %c57, 3136
  %587 = add i64 %43, %586
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %588 = load float, float* %9, align 4
  %589 = fcmp ogt float %588, 0.000000e+00
  %590 = select i1 %589, float %588, float 0.000000e+00
  %591 = mul i64 %36, 256
  %592 = add i64 %39, 0
  %593 = add i64 %591, %592
  %594 = mul i64 %593, 56
  %595 = add i64 %594, %33
  %596 = mul i64 %595, 56
  %597 = add i64 %596, %xs53
  %598 = getelementptr inbounds float, float* %0, i64 %597
  store float %590, float* %598, align 4
  %599 = load float, float* %8, align 4
  %600 = fcmp ogt float %599, 0.000000e+00
  %601 = select i1 %600, float %599, float 0.000000e+00
  %602 = mul i64 %36, 256
  %603 = add i64 %39, 1
  %604 = add i64 %602, %603
  %605 = mul i64 %604, 56
  %606 = add i64 %605, %33
  %607 = mul i64 %606, 56
  %608 = add i64 %607, %xs53
  %609 = getelementptr inbounds float, float* %0, i64 %608
  store float %601, float* %609, align 4
  %610 = load float, float* %7, align 4
  %611 = fcmp ogt float %610, 0.000000e+00
  %612 = select i1 %611, float %610, float 0.000000e+00
  %613 = mul i64 %36, 256
  %614 = add i64 %39, 2
  %615 = add i64 %613, %614
  %616 = mul i64 %615, 56
  %617 = add i64 %616, %33
  %618 = mul i64 %617, 56
  %619 = add i64 %618, %xs53
  %620 = getelementptr inbounds float, float* %0, i64 %619
  store float %612, float* %620, align 4
  %621 = load float, float* %6, align 4
  %622 = fcmp ogt float %621, 0.000000e+00
  %623 = select i1 %622, float %621, float 0.000000e+00
  %624 = mul i64 %36, 256
  %625 = add i64 %39, 3
  %626 = add i64 %624, %625
  %627 = mul i64 %626, 56
  %628 = add i64 %627, %33
  %629 = mul i64 %628, 56
  %630 = add i64 %629, %xs53
  %631 = getelementptr inbounds float, float* %0, i64 %630
  store float %623, float* %631, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %632 = icmp slt i64 %i61, 3
  br i1 %632, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %633 = mul i64 %i61, 1
  %634 = add i64 %45, %633
  %635 = icmp sge i64 %634, 0
  %636 = icmp slt i64 %634, 56
  %637 = and i1 %635, %636
  br i1 %637, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %638 = mul i64 %634, 56
  %639 = add i64 %587, %638
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %640 = icmp slt i64 %j67, 3
  br i1 %640, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %641 = mul i64 %xs53, 1
  %642 = mul i64 %j67, 1
  %643 = add i64 %641, %642
  %644 = sub i64 %643, 1
  %645 = icmp sge i64 %644, 0
  %646 = icmp slt i64 %644, 56
  %647 = and i1 %645, %646
  %648 = icmp sgt i64 %644, 0
  %649 = select i1 %648, i64 %644, i64 0
  %650 = icmp slt i64 %649, 55
  %651 = select i1 %650, i64 %649, i64 55
  %652 = add i64 %639, %651
  %653 = getelementptr inbounds float, float* %1, i64 %652
  %654 = load float, float* %653, align 4
  %655 = select i1 %647, float %654, float 0.000000e+00
  %656 = mul i64 %i61, 3
  %657 = add i64 %656, %j67
  %658 = add i64 %39, 0
  %659 = mul i64 %658, 128
  %660 = add i64 %659, %c57
  %661 = mul i64 %660, 9
  %662 = add i64 %661, %657
  %663 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %662
  %664 = load float, float* %663, align 4
  %665 = load float, float* %9, align 4
  %666 = call float @llvm.fma.f32(float %664, float %655, float %665)
  store float %666, float* %9, align 4
  %667 = mul i64 %i61, 3
  %668 = add i64 %667, %j67
  %669 = add i64 %39, 1
  %670 = mul i64 %669, 128
  %671 = add i64 %670, %c57
  %672 = mul i64 %671, 9
  %673 = add i64 %672, %668
  %674 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %673
  %675 = load float, float* %674, align 4
  %676 = load float, float* %8, align 4
  %677 = call float @llvm.fma.f32(float %675, float %655, float %676)
  store float %677, float* %8, align 4
  %678 = mul i64 %i61, 3
  %679 = add i64 %678, %j67
  %680 = add i64 %39, 2
  %681 = mul i64 %680, 128
  %682 = add i64 %681, %c57
  %683 = mul i64 %682, 9
  %684 = add i64 %683, %679
  %685 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %684
  %686 = load float, float* %685, align 4
  %687 = load float, float* %7, align 4
  %688 = call float @llvm.fma.f32(float %686, float %655, float %687)
  store float %688, float* %7, align 4
  %689 = mul i64 %i61, 3
  %690 = add i64 %689, %j67
  %691 = add i64 %39, 3
  %692 = mul i64 %691, 128
  %693 = add i64 %692, %c57
  %694 = mul i64 %693, 9
  %695 = add i64 %694, %690
  %696 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.weight to float*), i64 %695
  %697 = load float, float* %696, align 4
  %698 = load float, float* %6, align 4
  %699 = call float @llvm.fma.f32(float %697, float %655, float %698)
  store float %699, float* %6, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nounwind
define internal void @node4.conv2d_3.step0(i8* %0) #4 {
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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
  call void @node4.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit52 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 64
  %32 = sdiv i64 %task, 64
  %33 = srem i64 %32, 56
  %34 = sdiv i64 %task, 3584
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 256
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 256
  %41 = mul i64 %35, 256
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 3136
  %44 = mul i64 %33, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %46 = icmp slt i64 %x, 49
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %75
  %77 = load float, float* %76, align 4
  %78 = insertelement <8 x float> undef, float %77, i32 0
  %splat11 = shufflevector <8 x float> %78, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %14, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %79 = icmp slt i64 %c, 256
  br i1 %79, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %80 = mul i64 %c, 3136
  %81 = add i64 %43, %80
  br label %i.header

c.exit:                                           ; preds = %c.header
  %82 = load <8 x float>, <8 x float>* %29, align 32
  %83 = fcmp ogt <8 x float> %82, zeroinitializer
  %84 = select <8 x i1> %83, <8 x float> %82, <8 x float> zeroinitializer
  %85 = add i64 %x, 0
  %86 = mul i64 %36, 256
  %87 = add i64 %39, 0
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 56
  %90 = add i64 %89, %33
  %91 = mul i64 %90, 56
  %92 = add i64 %91, %85
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %84, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %28, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 8
  %99 = mul i64 %36, 256
  %100 = add i64 %39, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 56
  %103 = add i64 %102, %33
  %104 = mul i64 %103, 56
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %27, align 32
  %109 = fcmp ogt <8 x float> %108, zeroinitializer
  %110 = select <8 x i1> %109, <8 x float> %108, <8 x float> zeroinitializer
  %111 = add i64 %x, 16
  %112 = mul i64 %36, 256
  %113 = add i64 %39, 0
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 56
  %116 = add i64 %115, %33
  %117 = mul i64 %116, 56
  %118 = add i64 %117, %111
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %110, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %26, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = add i64 %x, 0
  %125 = mul i64 %36, 256
  %126 = add i64 %39, 1
  %127 = add i64 %125, %126
  %128 = mul i64 %127, 56
  %129 = add i64 %128, %33
  %130 = mul i64 %129, 56
  %131 = add i64 %130, %124
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %123, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %25, align 32
  %135 = fcmp ogt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> %134, <8 x float> zeroinitializer
  %137 = add i64 %x, 8
  %138 = mul i64 %36, 256
  %139 = add i64 %39, 1
  %140 = add i64 %138, %139
  %141 = mul i64 %140, 56
  %142 = add i64 %141, %33
  %143 = mul i64 %142, 56
  %144 = add i64 %143, %137
  %145 = getelementptr inbounds float, float* %0, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %136, <8 x float>* %146, align 4
  %147 = load <8 x float>, <8 x float>* %24, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = add i64 %x, 16
  %151 = mul i64 %36, 256
  %152 = add i64 %39, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 56
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 56
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %23, align 32
  %161 = fcmp ogt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> %160, <8 x float> zeroinitializer
  %163 = add i64 %x, 0
  %164 = mul i64 %36, 256
  %165 = add i64 %39, 2
  %166 = add i64 %164, %165
  %167 = mul i64 %166, 56
  %168 = add i64 %167, %33
  %169 = mul i64 %168, 56
  %170 = add i64 %169, %163
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %162, <8 x float>* %172, align 4
  %173 = load <8 x float>, <8 x float>* %22, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = add i64 %x, 8
  %177 = mul i64 %36, 256
  %178 = add i64 %39, 2
  %179 = add i64 %177, %178
  %180 = mul i64 %179, 56
  %181 = add i64 %180, %33
  %182 = mul i64 %181, 56
  %183 = add i64 %182, %176
  %184 = getelementptr inbounds float, float* %0, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %175, <8 x float>* %185, align 4
  %186 = load <8 x float>, <8 x float>* %21, align 32
  %187 = fcmp ogt <8 x float> %186, zeroinitializer
  %188 = select <8 x i1> %187, <8 x float> %186, <8 x float> zeroinitializer
  %189 = add i64 %x, 16
  %190 = mul i64 %36, 256
  %191 = add i64 %39, 2
  %192 = add i64 %190, %191
  %193 = mul i64 %192, 56
  %194 = add i64 %193, %33
  %195 = mul i64 %194, 56
  %196 = add i64 %195, %189
  %197 = getelementptr inbounds float, float* %0, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %188, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %20, align 32
  %200 = fcmp ogt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> %199, <8 x float> zeroinitializer
  %202 = add i64 %x, 0
  %203 = mul i64 %36, 256
  %204 = add i64 %39, 3
  %205 = add i64 %203, %204
  %206 = mul i64 %205, 56
  %207 = add i64 %206, %33
  %208 = mul i64 %207, 56
  %209 = add i64 %208, %202
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %201, <8 x float>* %211, align 4
  %212 = load <8 x float>, <8 x float>* %19, align 32
  %213 = fcmp ogt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> %212, <8 x float> zeroinitializer
  %215 = add i64 %x, 8
  %216 = mul i64 %36, 256
  %217 = add i64 %39, 3
  %218 = add i64 %216, %217
  %219 = mul i64 %218, 56
  %220 = add i64 %219, %33
  %221 = mul i64 %220, 56
  %222 = add i64 %221, %215
  %223 = getelementptr inbounds float, float* %0, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %214, <8 x float>* %224, align 4
  %225 = load <8 x float>, <8 x float>* %18, align 32
  %226 = fcmp ogt <8 x float> %225, zeroinitializer
  %227 = select <8 x i1> %226, <8 x float> %225, <8 x float> zeroinitializer
  %228 = add i64 %x, 16
  %229 = mul i64 %36, 256
  %230 = add i64 %39, 3
  %231 = add i64 %229, %230
  %232 = mul i64 %231, 56
  %233 = add i64 %232, %33
  %234 = mul i64 %233, 56
  %235 = add i64 %234, %228
  %236 = getelementptr inbounds float, float* %0, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %227, <8 x float>* %237, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %238 = icmp slt i64 %i, 3
  br i1 %238, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %239 = mul i64 %i, 1
  %240 = add i64 %45, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 56
  %243 = and i1 %241, %242
  br i1 %243, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %244 = mul i64 %240, 56
  %245 = add i64 %81, %244
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %246 = icmp slt i64 %j, 3
  br i1 %246, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %247 = mul i64 %x, 1
  %248 = mul i64 %j, 1
  %249 = add i64 %247, %248
  %250 = sub i64 %249, 1
  %251 = add i64 %245, %250
  %252 = add i64 %251, 0
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %251, 8
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %251, 16
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = mul i64 %i, 3
  %265 = add i64 %264, %j
  %266 = add i64 %39, 0
  %267 = mul i64 %266, 256
  %268 = add i64 %267, %c
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat4 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %29, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %255, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %29, align 32
  %276 = load <8 x float>, <8 x float>* %28, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %259, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %28, align 32
  %278 = load <8 x float>, <8 x float>* %27, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %263, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %27, align 32
  %280 = mul i64 %i, 3
  %281 = add i64 %280, %j
  %282 = add i64 %39, 1
  %283 = mul i64 %282, 256
  %284 = add i64 %283, %c
  %285 = mul i64 %284, 9
  %286 = add i64 %285, %281
  %287 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat5 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %26, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %26, align 32
  %292 = load <8 x float>, <8 x float>* %25, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %259, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %25, align 32
  %294 = load <8 x float>, <8 x float>* %24, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %263, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %24, align 32
  %296 = mul i64 %i, 3
  %297 = add i64 %296, %j
  %298 = add i64 %39, 2
  %299 = mul i64 %298, 256
  %300 = add i64 %299, %c
  %301 = mul i64 %300, 9
  %302 = add i64 %301, %297
  %303 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat6 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %22, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %259, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %22, align 32
  %310 = load <8 x float>, <8 x float>* %21, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %263, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %21, align 32
  %312 = mul i64 %i, 3
  %313 = add i64 %312, %j
  %314 = add i64 %39, 3
  %315 = mul i64 %314, 256
  %316 = add i64 %315, %c
  %317 = mul i64 %316, 9
  %318 = add i64 %317, %313
  %319 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat7 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %20, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %20, align 32
  %324 = load <8 x float>, <8 x float>* %19, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %259, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %19, align 32
  %326 = load <8 x float>, <8 x float>* %18, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %263, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %328 = icmp slt i64 %c15, 256
  br i1 %328, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %329 = mul i64 %c15, 3136
  %330 = add i64 %43, %329
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %331 = load <8 x float>, <8 x float>* %17, align 32
  %332 = fcmp ogt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> %331, <8 x float> zeroinitializer
  %334 = mul i64 %36, 256
  %335 = add i64 %39, 0
  %336 = add i64 %334, %335
  %337 = mul i64 %336, 56
  %338 = add i64 %337, %33
  %339 = mul i64 %338, 56
  %340 = add i64 %339, 49
  %341 = getelementptr inbounds float, float* %0, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %333, <8 x float>* %342, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %343 = load <8 x float>, <8 x float>* %16, align 32
  %344 = fcmp ogt <8 x float> %343, zeroinitializer
  %345 = select <8 x i1> %344, <8 x float> %343, <8 x float> zeroinitializer
  %346 = mul i64 %36, 256
  %347 = add i64 %39, 1
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 56
  %350 = add i64 %349, %33
  %351 = mul i64 %350, 56
  %352 = add i64 %351, 49
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %345, <8 x float>* %354, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %355 = load <8 x float>, <8 x float>* %15, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %36, 256
  %359 = add i64 %39, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 56
  %362 = add i64 %361, %33
  %363 = mul i64 %362, 56
  %364 = add i64 %363, 49
  %365 = getelementptr inbounds float, float* %0, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %357, <8 x float>* %366, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %367 = load <8 x float>, <8 x float>* %14, align 32
  %368 = fcmp ogt <8 x float> %367, zeroinitializer
  %369 = select <8 x i1> %368, <8 x float> %367, <8 x float> zeroinitializer
  %370 = mul i64 %36, 256
  %371 = add i64 %39, 3
  %372 = add i64 %370, %371
  %373 = mul i64 %372, 56
  %374 = add i64 %373, %33
  %375 = mul i64 %374, 56
  %376 = add i64 %375, 49
  %377 = getelementptr inbounds float, float* %0, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %369, <8 x float>* %378, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %379 = icmp slt i64 %i19, 3
  br i1 %379, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %380 = mul i64 %i19, 1
  %381 = add i64 %45, %380
  %382 = icmp sge i64 %381, 0
  %383 = icmp slt i64 %381, 56
  %384 = and i1 %382, %383
  br i1 %384, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %385 = mul i64 %381, 56
  %386 = add i64 %330, %385
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %387 = icmp slt i64 %j25, 3
  br i1 %387, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %388 = mul i64 %j25, 1
  %389 = add i64 49, %388
  %390 = sub i64 %389, 1
  %391 = add i64 %386, %390
  %392 = add i64 %391, 0
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %394, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %396 = mul i64 %i19, 3
  %397 = add i64 %396, %j25
  %398 = add i64 %39, 0
  %399 = mul i64 %398, 256
  %400 = add i64 %399, %c15
  %401 = mul i64 %400, 9
  %402 = add i64 %401, %397
  %403 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat26 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %395, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = mul i64 %i19, 3
  %409 = add i64 %408, %j25
  %410 = add i64 %39, 1
  %411 = mul i64 %410, 256
  %412 = add i64 %411, %c15
  %413 = mul i64 %412, 9
  %414 = add i64 %413, %409
  %415 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat27 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = mul i64 %i19, 3
  %421 = add i64 %420, %j25
  %422 = add i64 %39, 2
  %423 = mul i64 %422, 256
  %424 = add i64 %423, %c15
  %425 = mul i64 %424, 9
  %426 = add i64 %425, %421
  %427 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat28 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %15, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %395, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %15, align 32
  %432 = mul i64 %i19, 3
  %433 = add i64 %432, %j25
  %434 = add i64 %39, 3
  %435 = mul i64 %434, 256
  %436 = add i64 %435, %c15
  %437 = mul i64 %436, 9
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat29 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %14, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %395, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %14, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %444 = icmp slt i64 %xs, 1
  br i1 %444, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %445 = add i64 %39, 0
  %446 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %445
  %447 = load float, float* %446, align 4
  store float %447, float* %13, align 4
  %448 = add i64 %39, 1
  %449 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %448
  %450 = load float, float* %449, align 4
  store float %450, float* %12, align 4
  %451 = add i64 %39, 2
  %452 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %451
  %453 = load float, float* %452, align 4
  store float %453, float* %11, align 4
  %454 = add i64 %39, 3
  %455 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %454
  %456 = load float, float* %455, align 4
  store float %456, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %457 = icmp slt i64 %c36, 256
  br i1 %457, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %458 = mul i64 %c36, 3136
  %459 = add i64 %43, %458
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %460 = load float, float* %13, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %36, 256
  %464 = add i64 %39, 0
  %465 = add i64 %463, %464
  %466 = mul i64 %465, 56
  %467 = add i64 %466, %33
  %468 = mul i64 %467, 56
  %469 = add i64 %468, %xs
  %470 = getelementptr inbounds float, float* %0, i64 %469
  store float %462, float* %470, align 4
  %471 = load float, float* %12, align 4
  %472 = fcmp ogt float %471, 0.000000e+00
  %473 = select i1 %472, float %471, float 0.000000e+00
  %474 = mul i64 %36, 256
  %475 = add i64 %39, 1
  %476 = add i64 %474, %475
  %477 = mul i64 %476, 56
  %478 = add i64 %477, %33
  %479 = mul i64 %478, 56
  %480 = add i64 %479, %xs
  %481 = getelementptr inbounds float, float* %0, i64 %480
  store float %473, float* %481, align 4
  %482 = load float, float* %11, align 4
  %483 = fcmp ogt float %482, 0.000000e+00
  %484 = select i1 %483, float %482, float 0.000000e+00
  %485 = mul i64 %36, 256
  %486 = add i64 %39, 2
  %487 = add i64 %485, %486
  %488 = mul i64 %487, 56
  %489 = add i64 %488, %33
  %490 = mul i64 %489, 56
  %491 = add i64 %490, %xs
  %492 = getelementptr inbounds float, float* %0, i64 %491
  store float %484, float* %492, align 4
  %493 = load float, float* %10, align 4
  %494 = fcmp ogt float %493, 0.000000e+00
  %495 = select i1 %494, float %493, float 0.000000e+00
  %496 = mul i64 %36, 256
  %497 = add i64 %39, 3
  %498 = add i64 %496, %497
  %499 = mul i64 %498, 56
  %500 = add i64 %499, %33
  %501 = mul i64 %500, 56
  %502 = add i64 %501, %xs
  %503 = getelementptr inbounds float, float* %0, i64 %502
  store float %495, float* %503, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %504 = icmp slt i64 %i40, 3
  br i1 %504, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %505 = mul i64 %i40, 1
  %506 = add i64 %45, %505
  %507 = icmp sge i64 %506, 0
  %508 = icmp slt i64 %506, 56
  %509 = and i1 %507, %508
  br i1 %509, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %510 = mul i64 %506, 56
  %511 = add i64 %459, %510
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %512 = icmp slt i64 %j46, 3
  br i1 %512, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %513 = mul i64 %xs, 1
  %514 = mul i64 %j46, 1
  %515 = add i64 %513, %514
  %516 = sub i64 %515, 1
  %517 = icmp sge i64 %516, 0
  %518 = icmp slt i64 %516, 56
  %519 = and i1 %517, %518
  %520 = icmp sgt i64 %516, 0
  %521 = select i1 %520, i64 %516, i64 0
  %522 = icmp slt i64 %521, 55
  %523 = select i1 %522, i64 %521, i64 55
  %524 = add i64 %511, %523
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = select i1 %519, float %526, float 0.000000e+00
  %528 = mul i64 %i40, 3
  %529 = add i64 %528, %j46
  %530 = add i64 %39, 0
  %531 = mul i64 %530, 256
  %532 = add i64 %531, %c36
  %533 = mul i64 %532, 9
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %13, align 4
  %538 = call float @llvm.fma.f32(float %536, float %527, float %537)
  store float %538, float* %13, align 4
  %539 = mul i64 %i40, 3
  %540 = add i64 %539, %j46
  %541 = add i64 %39, 1
  %542 = mul i64 %541, 256
  %543 = add i64 %542, %c36
  %544 = mul i64 %543, 9
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %12, align 4
  %549 = call float @llvm.fma.f32(float %547, float %527, float %548)
  store float %549, float* %12, align 4
  %550 = mul i64 %i40, 3
  %551 = add i64 %550, %j46
  %552 = add i64 %39, 2
  %553 = mul i64 %552, 256
  %554 = add i64 %553, %c36
  %555 = mul i64 %554, 9
  %556 = add i64 %555, %551
  %557 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %556
  %558 = load float, float* %557, align 4
  %559 = load float, float* %11, align 4
  %560 = call float @llvm.fma.f32(float %558, float %527, float %559)
  store float %560, float* %11, align 4
  %561 = mul i64 %i40, 3
  %562 = add i64 %561, %j46
  %563 = add i64 %39, 3
  %564 = mul i64 %563, 256
  %565 = add i64 %564, %c36
  %566 = mul i64 %565, 9
  %567 = add i64 %566, %562
  %568 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %567
  %569 = load float, float* %568, align 4
  %570 = load float, float* %10, align 4
  %571 = call float @llvm.fma.f32(float %569, float %527, float %570)
  store float %571, float* %10, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 55, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %572 = icmp slt i64 %xs53, 56
  br i1 %572, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %573 = add i64 %39, 0
  %574 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %573
  %575 = load float, float* %574, align 4
  store float %575, float* %9, align 4
  %576 = add i64 %39, 1
  %577 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %576
  %578 = load float, float* %577, align 4
  store float %578, float* %8, align 4
  %579 = add i64 %39, 2
  %580 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %579
  %581 = load float, float* %580, align 4
  store float %581, float* %7, align 4
  %582 = add i64 %39, 3
  %583 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %582
  %584 = load float, float* %583, align 4
  store float %584, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %585 = icmp slt i64 %c57, 256
  br i1 %585, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %586 = mul i64 %c57, 3136
  %587 = add i64 %43, %586
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %588 = load float, float* %9, align 4
  %589 = fcmp ogt float %588, 0.000000e+00
  %590 = select i1 %589, float %588, float 0.000000e+00
  %591 = mul i64 %36, 256
  %592 = add i64 %39, 0
  %593 = add i64 %591, %592
  %594 = mul i64 %593, 56
  %595 = add i64 %594, %33
  %596 = mul i64 %595, 56
  %597 = add i64 %596, %xs53
  %598 = getelementptr inbounds float, float* %0, i64 %597
  store float %590, float* %598, align 4
  %599 = load float, float* %8, align 4
  %600 = fcmp ogt float %599, 0.000000e+00
  %601 = select i1 %600, float %599, float 0.000000e+00
  %602 = mul i64 %36, 256
  %603 = add i64 %39, 1
  %604 = add i64 %602, %603
  %605 = mul i64 %604, 56
  %606 = add i64 %605, %33
  %607 = mul i64 %606, 56
  %608 = add i64 %607, %xs53
  %609 = getelementptr inbounds float, float* %0, i64 %608
  store float %601, float* %609, align 4
  %610 = load float, float* %7, align 4
  %611 = fcmp ogt float %610, 0.000000e+00
  %612 = select i1 %611, float %610, float 0.000000e+00
  %613 = mul i64 %36, 256
  %614 = add i64 %39, 2
  %615 = add i64 %613, %614
  %616 = mul i64 %615, 56
  %617 = add i64 %616, %33
  %618 = mul i64 %617, 56
  %619 = add i64 %618, %xs53
  %620 = getelementptr inbounds float, float* %0, i64 %619
  store float %612, float* %620, align 4
  %621 = load float, float* %6, align 4
  %622 = fcmp ogt float %621, 0.000000e+00
  %623 = select i1 %622, float %621, float 0.000000e+00
  %624 = mul i64 %36, 256
  %625 = add i64 %39, 3
  %626 = add i64 %624, %625
  %627 = mul i64 %626, 56
  %628 = add i64 %627, %33
  %629 = mul i64 %628, 56
  %630 = add i64 %629, %xs53
  %631 = getelementptr inbounds float, float* %0, i64 %630
  store float %623, float* %631, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %632 = icmp slt i64 %i61, 3
  br i1 %632, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %633 = mul i64 %i61, 1
  %634 = add i64 %45, %633
  %635 = icmp sge i64 %634, 0
  %636 = icmp slt i64 %634, 56
  %637 = and i1 %635, %636
  br i1 %637, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %638 = mul i64 %634, 56
  %639 = add i64 %587, %638
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %640 = icmp slt i64 %j67, 3
  br i1 %640, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %641 = mul i64 %xs53, 1
  %642 = mul i64 %j67, 1
  %643 = add i64 %641, %642
  %644 = sub i64 %643, 1
  %645 = icmp sge i64 %644, 0
  %646 = icmp slt i64 %644, 56
  %647 = and i1 %645, %646
  %648 = icmp sgt i64 %644, 0
  %649 = select i1 %648, i64 %644, i64 0
  %650 = icmp slt i64 %649, 55
  %651 = select i1 %650, i64 %649, i64 55
  %652 = add i64 %639, %651
  %653 = getelementptr inbounds float, float* %1, i64 %652
  %654 = load float, float* %653, align 4
  %655 = select i1 %647, float %654, float 0.000000e+00
  %656 = mul i64 %i61, 3
  %657 = add i64 %656, %j67
  %658 = add i64 %39, 0
  %659 = mul i64 %658, 256
  %660 = add i64 %659, %c57
  %661 = mul i64 %660, 9
  %662 = add i64 %661, %657
  %663 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %662
  %664 = load float, float* %663, align 4
  %665 = load float, float* %9, align 4
  %666 = call float @llvm.fma.f32(float %664, float %655, float %665)
  store float %666, float* %9, align 4
  %667 = mul i64 %i61, 3
  %668 = add i64 %667, %j67
  %669 = add i64 %39, 1
  %670 = mul i64 %669, 256
  %671 = add i64 %670, %c57
  %672 = mul i64 %671, 9
  %673 = add i64 %672, %668
  %674 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %673
  %675 = load float, float* %674, align 4
  %676 = load float, float* %8, align 4
  %677 = call float @llvm.fma.f32(float %675, float %655, float %676)
  store float %677, float* %8, align 4
  %678 = mul i64 %i61, 3
  %679 = add i64 %678, %j67
  %680 = add i64 %39, 2
  %681 = mul i64 %680, 256
  %682 = add i64 %681, %c57
  %683 = mul i64 %682, 9
  %684 = add i64 %683, %679
  %685 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %684
  %686 = load float, float* %685, align 4
  %687 = load float, float* %7, align 4
  %688 = call float @llvm.fma.f32(float %686, float %655, float %687)
  store float %688, float* %7, align 4
  %689 = mul i64 %i61, 3
  %690 = add i64 %689, %j67
  %691 = add i64 %39, 3
  %692 = mul i64 %691, 256
  %693 = add i64 %692, %c57
  %694 = mul i64 %693, 9
  %695 = add i64 %694, %690
  %696 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.weight to float*), i64 %695
  %697 = load float, float* %696, align 4
  %698 = load float, float* %6, align 4
  %699 = call float @llvm.fma.f32(float %697, float %655, float %698)
  store float %699, float* %6, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nounwind
define internal void @node5.conv2d_4.step0(i8* %0) #4 {
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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
  call void @node5.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 28
  %10 = srem i64 %task, 28
  %11 = mul i64 %9, 3136
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 28
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 28
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 2
  %22 = icmp slt i64 %21, 56
  %23 = select i1 %22, i64 %21, i64 56
  %24 = add i64 %18, 2
  %25 = icmp slt i64 %24, 56
  %26 = select i1 %25, i64 %24, i64 56
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
  %31 = mul i64 %r, 56
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
  %c = phi i64 [ 24, %x.exit ], [ %c.next, %r.exit3 ]
  %59 = icmp slt i64 %c, 28
  br i1 %59, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %60 = mul i64 %c, 2
  %61 = sub i64 %60, 0
  %62 = icmp sgt i64 %61, 0
  %63 = select i1 %62, i64 %61, i64 0
  %64 = add i64 %61, 2
  %65 = icmp slt i64 %64, 56
  %66 = select i1 %65, i64 %64, i64 56
  %67 = add i64 %61, 2
  %68 = icmp slt i64 %67, 56
  %69 = select i1 %68, i64 %67, i64 56
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
  %75 = mul i64 %r4, 56
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
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nounwind
define internal void @node6.maxPool2d_3.step0(i8* %0) #4 {
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
  %19 = add i64 7168, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 7168
  %23 = select i1 %22, i64 %21, i64 7168
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 7168
  %26 = select i1 %25, i64 %24, i64 7168
  call void @node6.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit52 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 128
  %32 = sdiv i64 %task, 128
  %33 = srem i64 %32, 28
  %34 = sdiv i64 %task, 3584
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 512
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 256
  %41 = mul i64 %35, 256
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 784
  %44 = mul i64 %33, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %46 = icmp slt i64 %x, 25
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %75
  %77 = load float, float* %76, align 4
  %78 = insertelement <8 x float> undef, float %77, i32 0
  %splat11 = shufflevector <8 x float> %78, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %14, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %79 = icmp slt i64 %c, 256
  br i1 %79, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %80 = mul i64 %c, 784
  %81 = add i64 %43, %80
  br label %i.header

c.exit:                                           ; preds = %c.header
  %82 = load <8 x float>, <8 x float>* %29, align 32
  %83 = fcmp ogt <8 x float> %82, zeroinitializer
  %84 = select <8 x i1> %83, <8 x float> %82, <8 x float> zeroinitializer
  %85 = add i64 %x, 0
  %86 = mul i64 %36, 512
  %87 = add i64 %39, 0
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 28
  %90 = add i64 %89, %33
  %91 = mul i64 %90, 28
  %92 = add i64 %91, %85
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %84, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %28, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 8
  %99 = mul i64 %36, 512
  %100 = add i64 %39, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 28
  %103 = add i64 %102, %33
  %104 = mul i64 %103, 28
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %27, align 32
  %109 = fcmp ogt <8 x float> %108, zeroinitializer
  %110 = select <8 x i1> %109, <8 x float> %108, <8 x float> zeroinitializer
  %111 = add i64 %x, 16
  %112 = mul i64 %36, 512
  %113 = add i64 %39, 0
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 28
  %116 = add i64 %115, %33
  %117 = mul i64 %116, 28
  %118 = add i64 %117, %111
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %110, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %26, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = add i64 %x, 0
  %125 = mul i64 %36, 512
  %126 = add i64 %39, 1
  %127 = add i64 %125, %126
  %128 = mul i64 %127, 28
  %129 = add i64 %128, %33
  %130 = mul i64 %129, 28
  %131 = add i64 %130, %124
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %123, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %25, align 32
  %135 = fcmp ogt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> %134, <8 x float> zeroinitializer
  %137 = add i64 %x, 8
  %138 = mul i64 %36, 512
  %139 = add i64 %39, 1
  %140 = add i64 %138, %139
  %141 = mul i64 %140, 28
  %142 = add i64 %141, %33
  %143 = mul i64 %142, 28
  %144 = add i64 %143, %137
  %145 = getelementptr inbounds float, float* %0, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %136, <8 x float>* %146, align 4
  %147 = load <8 x float>, <8 x float>* %24, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = add i64 %x, 16
  %151 = mul i64 %36, 512
  %152 = add i64 %39, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 28
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 28
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %23, align 32
  %161 = fcmp ogt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> %160, <8 x float> zeroinitializer
  %163 = add i64 %x, 0
  %164 = mul i64 %36, 512
  %165 = add i64 %39, 2
  %166 = add i64 %164, %165
  %167 = mul i64 %166, 28
  %168 = add i64 %167, %33
  %169 = mul i64 %168, 28
  %170 = add i64 %169, %163
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %162, <8 x float>* %172, align 4
  %173 = load <8 x float>, <8 x float>* %22, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = add i64 %x, 8
  %177 = mul i64 %36, 512
  %178 = add i64 %39, 2
  %179 = add i64 %177, %178
  %180 = mul i64 %179, 28
  %181 = add i64 %180, %33
  %182 = mul i64 %181, 28
  %183 = add i64 %182, %176
  %184 = getelementptr inbounds float, float* %0, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %175, <8 x float>* %185, align 4
  %186 = load <8 x float>, <8 x float>* %21, align 32
  %187 = fcmp ogt <8 x float> %186, zeroinitializer
  %188 = select <8 x i1> %187, <8 x float> %186, <8 x float> zeroinitializer
  %189 = add i64 %x, 16
  %190 = mul i64 %36, 512
  %191 = add i64 %39, 2
  %192 = add i64 %190, %191
  %193 = mul i64 %192, 28
  %194 = add i64 %193, %33
  %195 = mul i64 %194, 28
  %196 = add i64 %195, %189
  %197 = getelementptr inbounds float, float* %0, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %188, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %20, align 32
  %200 = fcmp ogt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> %199, <8 x float> zeroinitializer
  %202 = add i64 %x, 0
  %203 = mul i64 %36, 512
  %204 = add i64 %39, 3
  %205 = add i64 %203, %204
  %206 = mul i64 %205, 28
  %207 = add i64 %206, %33
  %208 = mul i64 %207, 28
  %209 = add i64 %208, %202
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %201, <8 x float>* %211, align 4
  %212 = load <8 x float>, <8 x float>* %19, align 32
  %213 = fcmp ogt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> %212, <8 x float> zeroinitializer
  %215 = add i64 %x, 8
  %216 = mul i64 %36, 512
  %217 = add i64 %39, 3
  %218 = add i64 %216, %217
  %219 = mul i64 %218, 28
  %220 = add i64 %219, %33
  %221 = mul i64 %220, 28
  %222 = add i64 %221, %215
  %223 = getelementptr inbounds float, float* %0, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %214, <8 x float>* %224, align 4
  %225 = load <8 x float>, <8 x float>* %18, align 32
  %226 = fcmp ogt <8 x float> %225, zeroinitializer
  %227 = select <8 x i1> %226, <8 x float> %225, <8 x float> zeroinitializer
  %228 = add i64 %x, 16
  %229 = mul i64 %36, 512
  %230 = add i64 %39, 3
  %231 = add i64 %229, %230
  %232 = mul i64 %231, 28
  %233 = add i64 %232, %33
  %234 = mul i64 %233, 28
  %235 = add i64 %234, %228
  %236 = getelementptr inbounds float, float* %0, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %227, <8 x float>* %237, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %238 = icmp slt i64 %i, 3
  br i1 %238, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %239 = mul i64 %i, 1
  %240 = add i64 %45, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 28
  %243 = and i1 %241, %242
  br i1 %243, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %244 = mul i64 %240, 28
  %245 = add i64 %81, %244
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %246 = icmp slt i64 %j, 3
  br i1 %246, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %247 = mul i64 %x, 1
  %248 = mul i64 %j, 1
  %249 = add i64 %247, %248
  %250 = sub i64 %249, 1
  %251 = add i64 %245, %250
  %252 = add i64 %251, 0
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %251, 8
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %251, 16
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = mul i64 %i, 3
  %265 = add i64 %264, %j
  %266 = add i64 %39, 0
  %267 = mul i64 %266, 256
  %268 = add i64 %267, %c
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat4 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %29, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %255, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %29, align 32
  %276 = load <8 x float>, <8 x float>* %28, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %259, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %28, align 32
  %278 = load <8 x float>, <8 x float>* %27, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %263, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %27, align 32
  %280 = mul i64 %i, 3
  %281 = add i64 %280, %j
  %282 = add i64 %39, 1
  %283 = mul i64 %282, 256
  %284 = add i64 %283, %c
  %285 = mul i64 %284, 9
  %286 = add i64 %285, %281
  %287 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat5 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %26, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %26, align 32
  %292 = load <8 x float>, <8 x float>* %25, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %259, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %25, align 32
  %294 = load <8 x float>, <8 x float>* %24, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %263, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %24, align 32
  %296 = mul i64 %i, 3
  %297 = add i64 %296, %j
  %298 = add i64 %39, 2
  %299 = mul i64 %298, 256
  %300 = add i64 %299, %c
  %301 = mul i64 %300, 9
  %302 = add i64 %301, %297
  %303 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat6 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %22, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %259, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %22, align 32
  %310 = load <8 x float>, <8 x float>* %21, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %263, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %21, align 32
  %312 = mul i64 %i, 3
  %313 = add i64 %312, %j
  %314 = add i64 %39, 3
  %315 = mul i64 %314, 256
  %316 = add i64 %315, %c
  %317 = mul i64 %316, 9
  %318 = add i64 %317, %313
  %319 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat7 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %20, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %20, align 32
  %324 = load <8 x float>, <8 x float>* %19, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %259, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %19, align 32
  %326 = load <8 x float>, <8 x float>* %18, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %263, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %328 = icmp slt i64 %c15, 256
  br i1 %328, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %329 = mul i64 %c15, 784
  %330 = add i64 %43, %329
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %331 = load <8 x float>, <8 x float>* %17, align 32
  %332 = fcmp ogt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> %331, <8 x float> zeroinitializer
  %334 = mul i64 %36, 512
  %335 = add i64 %39, 0
  %336 = add i64 %334, %335
  %337 = mul i64 %336, 28
  %338 = add i64 %337, %33
  %339 = mul i64 %338, 28
  %340 = add i64 %339, 25
  %341 = getelementptr inbounds float, float* %0, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %333, <8 x float>* %342, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %343 = load <8 x float>, <8 x float>* %16, align 32
  %344 = fcmp ogt <8 x float> %343, zeroinitializer
  %345 = select <8 x i1> %344, <8 x float> %343, <8 x float> zeroinitializer
  %346 = mul i64 %36, 512
  %347 = add i64 %39, 1
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 28
  %350 = add i64 %349, %33
  %351 = mul i64 %350, 28
  %352 = add i64 %351, 25
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %345, <8 x float>* %354, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %355 = load <8 x float>, <8 x float>* %15, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %36, 512
  %359 = add i64 %39, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 28
  %362 = add i64 %361, %33
  %363 = mul i64 %362, 28
  %364 = add i64 %363, 25
  %365 = getelementptr inbounds float, float* %0, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %357, <8 x float>* %366, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %367 = load <8 x float>, <8 x float>* %14, align 32
  %368 = fcmp ogt <8 x float> %367, zeroinitializer
  %369 = select <8 x i1> %368, <8 x float> %367, <8 x float> zeroinitializer
  %370 = mul i64 %36, 512
  %371 = add i64 %39, 3
  %372 = add i64 %370, %371
  %373 = mul i64 %372, 28
  %374 = add i64 %373, %33
  %375 = mul i64 %374, 28
  %376 = add i64 %375, 25
  %377 = getelementptr inbounds float, float* %0, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %369, <8 x float>* %378, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %379 = icmp slt i64 %i19, 3
  br i1 %379, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %380 = mul i64 %i19, 1
  %381 = add i64 %45, %380
  %382 = icmp sge i64 %381, 0
  %383 = icmp slt i64 %381, 28
  %384 = and i1 %382, %383
  br i1 %384, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %385 = mul i64 %381, 28
  %386 = add i64 %330, %385
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %387 = icmp slt i64 %j25, 3
  br i1 %387, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %388 = mul i64 %j25, 1
  %389 = add i64 25, %388
  %390 = sub i64 %389, 1
  %391 = add i64 %386, %390
  %392 = add i64 %391, 0
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %394, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %396 = mul i64 %i19, 3
  %397 = add i64 %396, %j25
  %398 = add i64 %39, 0
  %399 = mul i64 %398, 256
  %400 = add i64 %399, %c15
  %401 = mul i64 %400, 9
  %402 = add i64 %401, %397
  %403 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat26 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %395, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = mul i64 %i19, 3
  %409 = add i64 %408, %j25
  %410 = add i64 %39, 1
  %411 = mul i64 %410, 256
  %412 = add i64 %411, %c15
  %413 = mul i64 %412, 9
  %414 = add i64 %413, %409
  %415 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat27 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = mul i64 %i19, 3
  %421 = add i64 %420, %j25
  %422 = add i64 %39, 2
  %423 = mul i64 %422, 256
  %424 = add i64 %423, %c15
  %425 = mul i64 %424, 9
  %426 = add i64 %425, %421
  %427 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat28 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %15, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %395, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %15, align 32
  %432 = mul i64 %i19, 3
  %433 = add i64 %432, %j25
  %434 = add i64 %39, 3
  %435 = mul i64 %434, 256
  %436 = add i64 %435, %c15
  %437 = mul i64 %436, 9
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat29 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %14, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %395, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %14, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %444 = icmp slt i64 %xs, 1
  br i1 %444, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %445 = add i64 %39, 0
  %446 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %445
  %447 = load float, float* %446, align 4
  store float %447, float* %13, align 4
  %448 = add i64 %39, 1
  %449 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %448
  %450 = load float, float* %449, align 4
  store float %450, float* %12, align 4
  %451 = add i64 %39, 2
  %452 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %451
  %453 = load float, float* %452, align 4
  store float %453, float* %11, align 4
  %454 = add i64 %39, 3
  %455 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %454
  %456 = load float, float* %455, align 4
  store float %456, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %457 = icmp slt i64 %c36, 256
  br i1 %457, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %458 = mul i64 %c36, 784
  %459 = add i64 %43, %458
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %460 = load float, float* %13, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %36, 512
  %464 = add i64 %39, 0
  %465 = add i64 %463, %464
  %466 = mul i64 %465, 28
  %467 = add i64 %466, %33
  %468 = mul i64 %467, 28
  %469 = add i64 %468, %xs
  %470 = getelementptr inbounds float, float* %0, i64 %469
  store float %462, float* %470, align 4
  %471 = load float, float* %12, align 4
  %472 = fcmp ogt float %471, 0.000000e+00
  %473 = select i1 %472, float %471, float 0.000000e+00
  %474 = mul i64 %36, 512
  %475 = add i64 %39, 1
  %476 = add i64 %474, %475
  %477 = mul i64 %476, 28
  %478 = add i64 %477, %33
  %479 = mul i64 %478, 28
  %480 = add i64 %479, %xs
  %481 = getelementptr inbounds float, float* %0, i64 %480
  store float %473, float* %481, align 4
  %482 = load float, float* %11, align 4
  %483 = fcmp ogt float %482, 0.000000e+00
  %484 = select i1 %483, float %482, float 0.000000e+00
  %485 = mul i64 %36, 512
  %486 = add i64 %39, 2
  %487 = add i64 %485, %486
  %488 = mul i64 %487, 28
  %489 = add i64 %488, %33
  %490 = mul i64 %489, 28
  %491 = add i64 %490, %xs
  %492 = getelementptr inbounds float, float* %0, i64 %491
  store float %484, float* %492, align 4
  %493 = load float, float* %10, align 4
  %494 = fcmp ogt float %493, 0.000000e+00
  %495 = select i1 %494, float %493, float 0.000000e+00
  %496 = mul i64 %36, 512
  %497 = add i64 %39, 3
  %498 = add i64 %496, %497
  %499 = mul i64 %498, 28
  %500 = add i64 %499, %33
  %501 = mul i64 %500, 28
  %502 = add i64 %501, %xs
  %503 = getelementptr inbounds float, float* %0, i64 %502
  store float %495, float* %503, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %504 = icmp slt i64 %i40, 3
  br i1 %504, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %505 = mul i64 %i40, 1
  %506 = add i64 %45, %505
  %507 = icmp sge i64 %506, 0
  %508 = icmp slt i64 %506, 28
  %509 = and i1 %507, %508
  br i1 %509, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %510 = mul i64 %506, 28
  %511 = add i64 %459, %510
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %512 = icmp slt i64 %j46, 3
  br i1 %512, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %513 = mul i64 %xs, 1
  %514 = mul i64 %j46, 1
  %515 = add i64 %513, %514
  %516 = sub i64 %515, 1
  %517 = icmp sge i64 %516, 0
  %518 = icmp slt i64 %516, 28
  %519 = and i1 %517, %518
  %520 = icmp sgt i64 %516, 0
  %521 = select i1 %520, i64 %516, i64 0
  %522 = icmp slt i64 %521, 27
  %523 = select i1 %522, i64 %521, i64 27
  %524 = add i64 %511, %523
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = select i1 %519, float %526, float 0.000000e+00
  %528 = mul i64 %i40, 3
  %529 = add i64 %528, %j46
  %530 = add i64 %39, 0
  %531 = mul i64 %530, 256
  %532 = add i64 %531, %c36
  %533 = mul i64 %532, 9
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %13, align 4
  %538 = call float @llvm.fma.f32(float %536, float %527, float %537)
  store float %538, float* %13, align 4
  %539 = mul i64 %i40, 3
  %540 = add i64 %539, %j46
  %541 = add i64 %39, 1
  %542 = mul i64 %541, 256
  %543 = add i64 %542, %c36
  %544 = mul i64 %543, 9
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %12, align 4
  %549 = call float @llvm.fma.f32(float %547, float %527, float %548)
  store float %549, float* %12, align 4
  %550 = mul i64 %i40, 3
  %551 = add i64 %550, %j46
  %552 = add i64 %39, 2
  %553 = mul i64 %552, 256
  %554 = add i64 %553, %c36
  %555 = mul i64 %554, 9
  %556 = add i64 %555, %551
  %557 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %556
  %558 = load float, float* %557, align 4
  %559 = load float, float* %11, align 4
  %560 = call float @llvm.fma.f32(float %558, float %527, float %559)
  store float %560, float* %11, align 4
  %561 = mul i64 %i40, 3
  %562 = add i64 %561, %j46
  %563 = add i64 %39, 3
  %564 = mul i64 %563, 256
  %565 = add i64 %564, %c36
  %566 = mul i64 %565, 9
  %567 = add i64 %566, %562
  %568 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %567
  %569 = load float, float* %568, align 4
  %570 = load float, float* %10, align 4
  %571 = call float @llvm.fma.f32(float %569, float %527, float %570)
  store float %571, float* %10, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 27, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %572 = icmp slt i64 %xs53, 28
  br i1 %572, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %573 = add i64 %39, 0
  %574 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %573
  %575 = load float, float* %574, align 4
  store float %575, float* %9, align 4
  %576 = add i64 %39, 1
  %577 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %576
  %578 = load float, float* %577, align 4
  store float %578, float* %8, align 4
  %579 = add i64 %39, 2
  %580 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %579
  %581 = load float, float* %580, align 4
  store float %581, float* %7, align 4
  %582 = add i64 %39, 3
  %583 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %582
  %584 = load float, float* %583, align 4
  store float %584, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %585 = icmp slt i64 %c57, 256
  br i1 %585, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %586 = mul i64 %c57, 784
  %587 = add i64 %43, %586
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %588 = load float, float* %9, align 4
  %589 = fcmp ogt float %588, 0.000000e+00
  %590 = select i1 %589, float %588, float 0.000000e+00
  %591 = mul i64 %36, 512
  %592 = add i64 %39, 0
  %593 = add i64 %591, %592
  %594 = mul i64 %593, 28
  %595 = add i64 %594, %33
  %596 = mul i64 %595, 28
  %597 = add i64 %596, %xs53
  %598 = getelementptr inbounds float, float* %0, i64 %597
  store float %590, float* %598, align 4
  %599 = load float, float* %8, align 4
  %600 = fcmp ogt float %599, 0.000000e+00
  %601 = select i1 %600, float %599, float 0.000000e+00
  %602 = mul i64 %36, 512
  %603 = add i64 %39, 1
  %604 = add i64 %602, %603
  %605 = mul i64 %604, 28
  %606 = add i64 %605, %33
  %607 = mul i64 %606, 28
  %608 = add i64 %607, %xs53
  %609 = getelementptr inbounds float, float* %0, i64 %608
  store float %601, float* %609, align 4
  %610 = load float, float* %7, align 4
  %611 = fcmp ogt float %610, 0.000000e+00
  %612 = select i1 %611, float %610, float 0.000000e+00
  %613 = mul i64 %36, 512
  %614 = add i64 %39, 2
  %615 = add i64 %613, %614
  %616 = mul i64 %615, 28
  %617 = add i64 %616, %33
  %618 = mul i64 %617, 28
  %619 = add i64 %618, %xs53
  %620 = getelementptr inbounds float, float* %0, i64 %619
  store float %612, float* %620, align 4
  %621 = load float, float* %6, align 4
  %622 = fcmp ogt float %621, 0.000000e+00
  %623 = select i1 %622, float %621, float 0.000000e+00
  %624 = mul i64 %36, 512
  %625 = add i64 %39, 3
  %626 = add i64 %624, %625
  %627 = mul i64 %626, 28
  %628 = add i64 %627, %33
  %629 = mul i64 %628, 28
  %630 = add i64 %629, %xs53
  %631 = getelementptr inbounds float, float* %0, i64 %630
  store float %623, float* %631, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %632 = icmp slt i64 %i61, 3
  br i1 %632, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %633 = mul i64 %i61, 1
  %634 = add i64 %45, %633
  %635 = icmp sge i64 %634, 0
  %636 = icmp slt i64 %634, 28
  %637 = and i1 %635, %636
  br i1 %637, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %638 = mul i64 %634, 28
  %639 = add i64 %587, %638
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %640 = icmp slt i64 %j67, 3
  br i1 %640, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %641 = mul i64 %xs53, 1
  %642 = mul i64 %j67, 1
  %643 = add i64 %641, %642
  %644 = sub i64 %643, 1
  %645 = icmp sge i64 %644, 0
  %646 = icmp slt i64 %644, 28
  %647 = and i1 %645, %646
  %648 = icmp sgt i64 %644, 0
  %649 = select i1 %648, i64 %644, i64 0
  %650 = icmp slt i64 %649, 27
  %651 = select i1 %650, i64 %649, i64 27
  %652 = add i64 %639, %651
  %653 = getelementptr inbounds float, float* %1, i64 %652
  %654 = load float, float* %653, align 4
  %655 = select i1 %647, float %654, float 0.000000e+00
  %656 = mul i64 %i61, 3
  %657 = add i64 %656, %j67
  %658 = add i64 %39, 0
  %659 = mul i64 %658, 256
  %660 = add i64 %659, %c57
  %661 = mul i64 %660, 9
  %662 = add i64 %661, %657
  %663 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %662
  %664 = load float, float* %663, align 4
  %665 = load float, float* %9, align 4
  %666 = call float @llvm.fma.f32(float %664, float %655, float %665)
  store float %666, float* %9, align 4
  %667 = mul i64 %i61, 3
  %668 = add i64 %667, %j67
  %669 = add i64 %39, 1
  %670 = mul i64 %669, 256
  %671 = add i64 %670, %c57
  %672 = mul i64 %671, 9
  %673 = add i64 %672, %668
  %674 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %673
  %675 = load float, float* %674, align 4
  %676 = load float, float* %8, align 4
  %677 = call float @llvm.fma.f32(float %675, float %655, float %676)
  store float %677, float* %8, align 4
  %678 = mul i64 %i61, 3
  %679 = add i64 %678, %j67
  %680 = add i64 %39, 2
  %681 = mul i64 %680, 256
  %682 = add i64 %681, %c57
  %683 = mul i64 %682, 9
  %684 = add i64 %683, %679
  %685 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %684
  %686 = load float, float* %685, align 4
  %687 = load float, float* %7, align 4
  %688 = call float @llvm.fma.f32(float %686, float %655, float %687)
  store float %688, float* %7, align 4
  %689 = mul i64 %i61, 3
  %690 = add i64 %689, %j67
  %691 = add i64 %39, 3
  %692 = mul i64 %691, 256
  %693 = add i64 %692, %c57
  %694 = mul i64 %693, 9
  %695 = add i64 %694, %690
  %696 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.weight to float*), i64 %695
  %697 = load float, float* %696, align 4
  %698 = load float, float* %6, align 4
  %699 = call float @llvm.fma.f32(float %697, float %655, float %698)
  store float %699, float* %6, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nounwind
define internal void @node7.conv2d_5.step0(i8* %0) #4 {
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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
  call void @node7.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit52 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 128
  %32 = sdiv i64 %task, 128
  %33 = srem i64 %32, 28
  %34 = sdiv i64 %task, 3584
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 512
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 512
  %41 = mul i64 %35, 512
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 784
  %44 = mul i64 %33, 1
  %45 = sub i64 %44, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %46 = icmp slt i64 %x, 25
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %75
  %77 = load float, float* %76, align 4
  %78 = insertelement <8 x float> undef, float %77, i32 0
  %splat11 = shufflevector <8 x float> %78, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %14, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %79 = icmp slt i64 %c, 512
  br i1 %79, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %80 = mul i64 %c, 784
  %81 = add i64 %43, %80
  br label %i.header

c.exit:                                           ; preds = %c.header
  %82 = load <8 x float>, <8 x float>* %29, align 32
  %83 = fcmp ogt <8 x float> %82, zeroinitializer
  %84 = select <8 x i1> %83, <8 x float> %82, <8 x float> zeroinitializer
  %85 = add i64 %x, 0
  %86 = mul i64 %36, 512
  %87 = add i64 %39, 0
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 28
  %90 = add i64 %89, %33
  %91 = mul i64 %90, 28
  %92 = add i64 %91, %85
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %84, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %28, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 8
  %99 = mul i64 %36, 512
  %100 = add i64 %39, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 28
  %103 = add i64 %102, %33
  %104 = mul i64 %103, 28
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %27, align 32
  %109 = fcmp ogt <8 x float> %108, zeroinitializer
  %110 = select <8 x i1> %109, <8 x float> %108, <8 x float> zeroinitializer
  %111 = add i64 %x, 16
  %112 = mul i64 %36, 512
  %113 = add i64 %39, 0
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 28
  %116 = add i64 %115, %33
  %117 = mul i64 %116, 28
  %118 = add i64 %117, %111
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %110, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %26, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = add i64 %x, 0
  %125 = mul i64 %36, 512
  %126 = add i64 %39, 1
  %127 = add i64 %125, %126
  %128 = mul i64 %127, 28
  %129 = add i64 %128, %33
  %130 = mul i64 %129, 28
  %131 = add i64 %130, %124
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %123, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %25, align 32
  %135 = fcmp ogt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> %134, <8 x float> zeroinitializer
  %137 = add i64 %x, 8
  %138 = mul i64 %36, 512
  %139 = add i64 %39, 1
  %140 = add i64 %138, %139
  %141 = mul i64 %140, 28
  %142 = add i64 %141, %33
  %143 = mul i64 %142, 28
  %144 = add i64 %143, %137
  %145 = getelementptr inbounds float, float* %0, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %136, <8 x float>* %146, align 4
  %147 = load <8 x float>, <8 x float>* %24, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = add i64 %x, 16
  %151 = mul i64 %36, 512
  %152 = add i64 %39, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 28
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 28
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %23, align 32
  %161 = fcmp ogt <8 x float> %160, zeroinitializer
  %162 = select <8 x i1> %161, <8 x float> %160, <8 x float> zeroinitializer
  %163 = add i64 %x, 0
  %164 = mul i64 %36, 512
  %165 = add i64 %39, 2
  %166 = add i64 %164, %165
  %167 = mul i64 %166, 28
  %168 = add i64 %167, %33
  %169 = mul i64 %168, 28
  %170 = add i64 %169, %163
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %162, <8 x float>* %172, align 4
  %173 = load <8 x float>, <8 x float>* %22, align 32
  %174 = fcmp ogt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> %173, <8 x float> zeroinitializer
  %176 = add i64 %x, 8
  %177 = mul i64 %36, 512
  %178 = add i64 %39, 2
  %179 = add i64 %177, %178
  %180 = mul i64 %179, 28
  %181 = add i64 %180, %33
  %182 = mul i64 %181, 28
  %183 = add i64 %182, %176
  %184 = getelementptr inbounds float, float* %0, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  store <8 x float> %175, <8 x float>* %185, align 4
  %186 = load <8 x float>, <8 x float>* %21, align 32
  %187 = fcmp ogt <8 x float> %186, zeroinitializer
  %188 = select <8 x i1> %187, <8 x float> %186, <8 x float> zeroinitializer
  %189 = add i64 %x, 16
  %190 = mul i64 %36, 512
  %191 = add i64 %39, 2
  %192 = add i64 %190, %191
  %193 = mul i64 %192, 28
  %194 = add i64 %193, %33
  %195 = mul i64 %194, 28
  %196 = add i64 %195, %189
  %197 = getelementptr inbounds float, float* %0, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %188, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %20, align 32
  %200 = fcmp ogt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> %199, <8 x float> zeroinitializer
  %202 = add i64 %x, 0
  %203 = mul i64 %36, 512
  %204 = add i64 %39, 3
  %205 = add i64 %203, %204
  %206 = mul i64 %205, 28
  %207 = add i64 %206, %33
  %208 = mul i64 %207, 28
  %209 = add i64 %208, %202
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  store <8 x float> %201, <8 x float>* %211, align 4
  %212 = load <8 x float>, <8 x float>* %19, align 32
  %213 = fcmp ogt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> %212, <8 x float> zeroinitializer
  %215 = add i64 %x, 8
  %216 = mul i64 %36, 512
  %217 = add i64 %39, 3
  %218 = add i64 %216, %217
  %219 = mul i64 %218, 28
  %220 = add i64 %219, %33
  %221 = mul i64 %220, 28
  %222 = add i64 %221, %215
  %223 = getelementptr inbounds float, float* %0, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %214, <8 x float>* %224, align 4
  %225 = load <8 x float>, <8 x float>* %18, align 32
  %226 = fcmp ogt <8 x float> %225, zeroinitializer
  %227 = select <8 x i1> %226, <8 x float> %225, <8 x float> zeroinitializer
  %228 = add i64 %x, 16
  %229 = mul i64 %36, 512
  %230 = add i64 %39, 3
  %231 = add i64 %229, %230
  %232 = mul i64 %231, 28
  %233 = add i64 %232, %33
  %234 = mul i64 %233, 28
  %235 = add i64 %234, %228
  %236 = getelementptr inbounds float, float* %0, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %227, <8 x float>* %237, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %238 = icmp slt i64 %i, 3
  br i1 %238, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %239 = mul i64 %i, 1
  %240 = add i64 %45, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 28
  %243 = and i1 %241, %242
  br i1 %243, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %244 = mul i64 %240, 28
  %245 = add i64 %81, %244
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %246 = icmp slt i64 %j, 3
  br i1 %246, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %247 = mul i64 %x, 1
  %248 = mul i64 %j, 1
  %249 = add i64 %247, %248
  %250 = sub i64 %249, 1
  %251 = add i64 %245, %250
  %252 = add i64 %251, 0
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  %255 = load <8 x float>, <8 x float>* %254, align 4
  %256 = add i64 %251, 8
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %251, 16
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = mul i64 %i, 3
  %265 = add i64 %264, %j
  %266 = add i64 %39, 0
  %267 = mul i64 %266, 512
  %268 = add i64 %267, %c
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat4 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %29, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %255, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %29, align 32
  %276 = load <8 x float>, <8 x float>* %28, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %259, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %28, align 32
  %278 = load <8 x float>, <8 x float>* %27, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %263, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %27, align 32
  %280 = mul i64 %i, 3
  %281 = add i64 %280, %j
  %282 = add i64 %39, 1
  %283 = mul i64 %282, 512
  %284 = add i64 %283, %c
  %285 = mul i64 %284, 9
  %286 = add i64 %285, %281
  %287 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat5 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %26, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %255, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %26, align 32
  %292 = load <8 x float>, <8 x float>* %25, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %259, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %25, align 32
  %294 = load <8 x float>, <8 x float>* %24, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %263, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %24, align 32
  %296 = mul i64 %i, 3
  %297 = add i64 %296, %j
  %298 = add i64 %39, 2
  %299 = mul i64 %298, 512
  %300 = add i64 %299, %c
  %301 = mul i64 %300, 9
  %302 = add i64 %301, %297
  %303 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat6 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %255, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %22, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %259, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %22, align 32
  %310 = load <8 x float>, <8 x float>* %21, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %263, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %21, align 32
  %312 = mul i64 %i, 3
  %313 = add i64 %312, %j
  %314 = add i64 %39, 3
  %315 = mul i64 %314, 512
  %316 = add i64 %315, %c
  %317 = mul i64 %316, 9
  %318 = add i64 %317, %313
  %319 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat7 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %20, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %255, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %20, align 32
  %324 = load <8 x float>, <8 x float>* %19, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %259, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %19, align 32
  %326 = load <8 x float>, <8 x float>* %18, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %263, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %328 = icmp slt i64 %c15, 512
  br i1 %328, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %329 = mul i64 %c15, 784
  %330 = add i64 %43, %329
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %331 = load <8 x float>, <8 x float>* %17, align 32
  %332 = fcmp ogt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> %331, <8 x float> zeroinitializer
  %334 = mul i64 %36, 512
  %335 = add i64 %39, 0
  %336 = add i64 %334, %335
  %337 = mul i64 %336, 28
  %338 = add i64 %337, %33
  %339 = mul i64 %338, 28
  %340 = add i64 %339, 25
  %341 = getelementptr inbounds float, float* %0, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %333, <8 x float>* %342, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %343 = load <8 x float>, <8 x float>* %16, align 32
  %344 = fcmp ogt <8 x float> %343, zeroinitializer
  %345 = select <8 x i1> %344, <8 x float> %343, <8 x float> zeroinitializer
  %346 = mul i64 %36, 512
  %347 = add i64 %39, 1
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 28
  %350 = add i64 %349, %33
  %351 = mul i64 %350, 28
  %352 = add i64 %351, 25
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %345, <8 x float>* %354, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %355 = load <8 x float>, <8 x float>* %15, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %36, 512
  %359 = add i64 %39, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 28
  %362 = add i64 %361, %33
  %363 = mul i64 %362, 28
  %364 = add i64 %363, 25
  %365 = getelementptr inbounds float, float* %0, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %357, <8 x float>* %366, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %367 = load <8 x float>, <8 x float>* %14, align 32
  %368 = fcmp ogt <8 x float> %367, zeroinitializer
  %369 = select <8 x i1> %368, <8 x float> %367, <8 x float> zeroinitializer
  %370 = mul i64 %36, 512
  %371 = add i64 %39, 3
  %372 = add i64 %370, %371
  %373 = mul i64 %372, 28
  %374 = add i64 %373, %33
  %375 = mul i64 %374, 28
  %376 = add i64 %375, 25
  %377 = getelementptr inbounds float, float* %0, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %369, <8 x float>* %378, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %379 = icmp slt i64 %i19, 3
  br i1 %379, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %380 = mul i64 %i19, 1
  %381 = add i64 %45, %380
  %382 = icmp sge i64 %381, 0
  %383 = icmp slt i64 %381, 28
  %384 = and i1 %382, %383
  br i1 %384, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %385 = mul i64 %381, 28
  %386 = add i64 %330, %385
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %387 = icmp slt i64 %j25, 3
  br i1 %387, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %388 = mul i64 %j25, 1
  %389 = add i64 25, %388
  %390 = sub i64 %389, 1
  %391 = add i64 %386, %390
  %392 = add i64 %391, 0
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %394, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %396 = mul i64 %i19, 3
  %397 = add i64 %396, %j25
  %398 = add i64 %39, 0
  %399 = mul i64 %398, 512
  %400 = add i64 %399, %c15
  %401 = mul i64 %400, 9
  %402 = add i64 %401, %397
  %403 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat26 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %395, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = mul i64 %i19, 3
  %409 = add i64 %408, %j25
  %410 = add i64 %39, 1
  %411 = mul i64 %410, 512
  %412 = add i64 %411, %c15
  %413 = mul i64 %412, 9
  %414 = add i64 %413, %409
  %415 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat27 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = mul i64 %i19, 3
  %421 = add i64 %420, %j25
  %422 = add i64 %39, 2
  %423 = mul i64 %422, 512
  %424 = add i64 %423, %c15
  %425 = mul i64 %424, 9
  %426 = add i64 %425, %421
  %427 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat28 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %15, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %395, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %15, align 32
  %432 = mul i64 %i19, 3
  %433 = add i64 %432, %j25
  %434 = add i64 %39, 3
  %435 = mul i64 %434, 512
  %436 = add i64 %435, %c15
  %437 = mul i64 %436, 9
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat29 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %14, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %395, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %14, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %444 = icmp slt i64 %xs, 1
  br i1 %444, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %445 = add i64 %39, 0
  %446 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %445
  %447 = load float, float* %446, align 4
  store float %447, float* %13, align 4
  %448 = add i64 %39, 1
  %449 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %448
  %450 = load float, float* %449, align 4
  store float %450, float* %12, align 4
  %451 = add i64 %39, 2
  %452 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %451
  %453 = load float, float* %452, align 4
  store float %453, float* %11, align 4
  %454 = add i64 %39, 3
  %455 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %454
  %456 = load float, float* %455, align 4
  store float %456, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %457 = icmp slt i64 %c36, 512
  br i1 %457, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %458 = mul i64 %c36, 784
  %459 = add i64 %43, %458
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %460 = load float, float* %13, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %36, 512
  %464 = add i64 %39, 0
  %465 = add i64 %463, %464
  %466 = mul i64 %465, 28
  %467 = add i64 %466, %33
  %468 = mul i64 %467, 28
  %469 = add i64 %468, %xs
  %470 = getelementptr inbounds float, float* %0, i64 %469
  store float %462, float* %470, align 4
  %471 = load float, float* %12, align 4
  %472 = fcmp ogt float %471, 0.000000e+00
  %473 = select i1 %472, float %471, float 0.000000e+00
  %474 = mul i64 %36, 512
  %475 = add i64 %39, 1
  %476 = add i64 %474, %475
  %477 = mul i64 %476, 28
  %478 = add i64 %477, %33
  %479 = mul i64 %478, 28
  %480 = add i64 %479, %xs
  %481 = getelementptr inbounds float, float* %0, i64 %480
  store float %473, float* %481, align 4
  %482 = load float, float* %11, align 4
  %483 = fcmp ogt float %482, 0.000000e+00
  %484 = select i1 %483, float %482, float 0.000000e+00
  %485 = mul i64 %36, 512
  %486 = add i64 %39, 2
  %487 = add i64 %485, %486
  %488 = mul i64 %487, 28
  %489 = add i64 %488, %33
  %490 = mul i64 %489, 28
  %491 = add i64 %490, %xs
  %492 = getelementptr inbounds float, float* %0, i64 %491
  store float %484, float* %492, align 4
  %493 = load float, float* %10, align 4
  %494 = fcmp ogt float %493, 0.000000e+00
  %495 = select i1 %494, float %493, float 0.000000e+00
  %496 = mul i64 %36, 512
  %497 = add i64 %39, 3
  %498 = add i64 %496, %497
  %499 = mul i64 %498, 28
  %500 = add i64 %499, %33
  %501 = mul i64 %500, 28
  %502 = add i64 %501, %xs
  %503 = getelementptr inbounds float, float* %0, i64 %502
  store float %495, float* %503, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %504 = icmp slt i64 %i40, 3
  br i1 %504, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %505 = mul i64 %i40, 1
  %506 = add i64 %45, %505
  %507 = icmp sge i64 %506, 0
  %508 = icmp slt i64 %506, 28
  %509 = and i1 %507, %508
  br i1 %509, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %510 = mul i64 %506, 28
  %511 = add i64 %459, %510
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %512 = icmp slt i64 %j46, 3
  br i1 %512, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %513 = mul i64 %xs, 1
  %514 = mul i64 %j46, 1
  %515 = add i64 %513, %514
  %516 = sub i64 %515, 1
  %517 = icmp sge i64 %516, 0
  %518 = icmp slt i64 %516, 28
  %519 = and i1 %517, %518
  %520 = icmp sgt i64 %516, 0
  %521 = select i1 %520, i64 %516, i64 0
  %522 = icmp slt i64 %521, 27
  %523 = select i1 %522, i64 %521, i64 27
  %524 = add i64 %511, %523
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = select i1 %519, float %526, float 0.000000e+00
  %528 = mul i64 %i40, 3
  %529 = add i64 %528, %j46
  %530 = add i64 %39, 0
  %531 = mul i64 %530, 512
  %532 = add i64 %531, %c36
  %533 = mul i64 %532, 9
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %13, align 4
  %538 = call float @llvm.fma.f32(float %536, float %527, float %537)
  store float %538, float* %13, align 4
  %539 = mul i64 %i40, 3
  %540 = add i64 %539, %j46
  %541 = add i64 %39, 1
  %542 = mul i64 %541, 512
  %543 = add i64 %542, %c36
  %544 = mul i64 %543, 9
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %12, align 4
  %549 = call float @llvm.fma.f32(float %547, float %527, float %548)
  store float %549, float* %12, align 4
  %550 = mul i64 %i40, 3
  %551 = add i64 %550, %j46
  %552 = add i64 %39, 2
  %553 = mul i64 %552, 512
  %554 = add i64 %553, %c36
  %555 = mul i64 %554, 9
  %556 = add i64 %555, %551
  %557 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %556
  %558 = load float, float* %557, align 4
  %559 = load float, float* %11, align 4
  %560 = call float @llvm.fma.f32(float %558, float %527, float %559)
  store float %560, float* %11, align 4
  %561 = mul i64 %i40, 3
  %562 = add i64 %561, %j46
  %563 = add i64 %39, 3
  %564 = mul i64 %563, 512
  %565 = add i64 %564, %c36
  %566 = mul i64 %565, 9
  %567 = add i64 %566, %562
  %568 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %567
  %569 = load float, float* %568, align 4
  %570 = load float, float* %10, align 4
  %571 = call float @llvm.fma.f32(float %569, float %527, float %570)
  store float %571, float* %10, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 27, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %572 = icmp slt i64 %xs53, 28
  br i1 %572, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %573 = add i64 %39, 0
  %574 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %573
  %575 = load float, float* %574, align 4
  store float %575, float* %9, align 4
  %576 = add i64 %39, 1
  %577 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %576
  %578 = load float, float* %577, align 4
  store float %578, float* %8, align 4
  %579 = add i64 %39, 2
  %580 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %579
  %581 = load float, float* %580, align 4
  store float %581, float* %7, align 4
  %582 = add i64 %39, 3
  %583 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %582
  %584 = load float, float* %583, align 4
  store float %584, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %585 = icmp slt i64 %c57, 512
  br i1 %585, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %586 = mul i64 %c57, 784
  %587 = add i64 %43, %586
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %588 = load float, float* %9, align 4
  %589 = fcmp ogt float %588, 0.000000e+00
  %590 = select i1 %589, float %588, float 0.000000e+00
  %591 = mul i64 %36, 512
  %592 = add i64 %39, 0
  %593 = add i64 %591, %592
  %594 = mul i64 %593, 28
  %595 = add i64 %594, %33
  %596 = mul i64 %595, 28
  %597 = add i64 %596, %xs53
  %598 = getelementptr inbounds float, float* %0, i64 %597
  store float %590, float* %598, align 4
  %599 = load float, float* %8, align 4
  %600 = fcmp ogt float %599, 0.000000e+00
  %601 = select i1 %600, float %599, float 0.000000e+00
  %602 = mul i64 %36, 512
  %603 = add i64 %39, 1
  %604 = add i64 %602, %603
  %605 = mul i64 %604, 28
  %606 = add i64 %605, %33
  %607 = mul i64 %606, 28
  %608 = add i64 %607, %xs53
  %609 = getelementptr inbounds float, float* %0, i64 %608
  store float %601, float* %609, align 4
  %610 = load float, float* %7, align 4
  %611 = fcmp ogt float %610, 0.000000e+00
  %612 = select i1 %611, float %610, float 0.000000e+00
  %613 = mul i64 %36, 512
  %614 = add i64 %39, 2
  %615 = add i64 %613, %614
  %616 = mul i64 %615, 28
  %617 = add i64 %616, %33
  %618 = mul i64 %617, 28
  %619 = add i64 %618, %xs53
  %620 = getelementptr inbounds float, float* %0, i64 %619
  store float %612, float* %620, align 4
  %621 = load float, float* %6, align 4
  %622 = fcmp ogt float %621, 0.000000e+00
  %623 = select i1 %622, float %621, float 0.000000e+00
  %624 = mul i64 %36, 512
  %625 = add i64 %39, 3
  %626 = add i64 %624, %625
  %627 = mul i64 %626, 28
  %628 = add i64 %627, %33
  %629 = mul i64 %628, 28
  %630 = add i64 %629, %xs53
  %631 = getelementptr inbounds float, float* %0, i64 %630
  store float %623, float* %631, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %632 = icmp slt i64 %i61, 3
  br i1 %632, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %633 = mul i64 %i61, 1
  %634 = add i64 %45, %633
  %635 = icmp sge i64 %634, 0
  %636 = icmp slt i64 %634, 28
  %637 = and i1 %635, %636
  br i1 %637, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %638 = mul i64 %634, 28
  %639 = add i64 %587, %638
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %640 = icmp slt i64 %j67, 3
  br i1 %640, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %641 = mul i64 %xs53, 1
  %642 = mul i64 %j67, 1
  %643 = add i64 %641, %642
  %644 = sub i64 %643, 1
  %645 = icmp sge i64 %644, 0
  %646 = icmp slt i64 %644, 28
  %647 = and i1 %645, %646
  %648 = icmp sgt i64 %644, 0
  %649 = select i1 %648, i64 %644, i64 0
  %650 = icmp slt i64 %649, 27
  %651 = select i1 %650, i64 %649, i64 27
  %652 = add i64 %639, %651
  %653 = getelementptr inbounds float, float* %1, i64 %652
  %654 = load float, float* %653, align 4
  %655 = select i1 %647, float %654, float 0.000000e+00
  %656 = mul i64 %i61, 3
  %657 = add i64 %656, %j67
  %658 = add i64 %39, 0
  %659 = mul i64 %658, 512
  %660 = add i64 %659, %c57
  %661 = mul i64 %660, 9
  %662 = add i64 %661, %657
  %663 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %662
  %664 = load float, float* %663, align 4
  %665 = load float, float* %9, align 4
  %666 = call float @llvm.fma.f32(float %664, float %655, float %665)
  store float %666, float* %9, align 4
  %667 = mul i64 %i61, 3
  %668 = add i64 %667, %j67
  %669 = add i64 %39, 1
  %670 = mul i64 %669, 512
  %671 = add i64 %670, %c57
  %672 = mul i64 %671, 9
  %673 = add i64 %672, %668
  %674 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %673
  %675 = load float, float* %674, align 4
  %676 = load float, float* %8, align 4
  %677 = call float @llvm.fma.f32(float %675, float %655, float %676)
  store float %677, float* %8, align 4
  %678 = mul i64 %i61, 3
  %679 = add i64 %678, %j67
  %680 = add i64 %39, 2
  %681 = mul i64 %680, 512
  %682 = add i64 %681, %c57
  %683 = mul i64 %682, 9
  %684 = add i64 %683, %679
  %685 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %684
  %686 = load float, float* %685, align 4
  %687 = load float, float* %7, align 4
  %688 = call float @llvm.fma.f32(float %686, float %655, float %687)
  store float %688, float* %7, align 4
  %689 = mul i64 %i61, 3
  %690 = add i64 %689, %j67
  %691 = add i64 %39, 3
  %692 = mul i64 %691, 512
  %693 = add i64 %692, %c57
  %694 = mul i64 %693, 9
  %695 = add i64 %694, %690
  %696 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.weight to float*), i64 %695
  %697 = load float, float* %696, align 4
  %698 = load float, float* %6, align 4
  %699 = call float @llvm.fma.f32(float %697, float %655, float %698)
  store float %699, float* %6, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nounwind
define internal void @node8.conv2d_6.step0(i8* %0) #4 {
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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
  call void @node8.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 14
  %10 = srem i64 %task, 14
  %11 = mul i64 %9, 784
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 14
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 14
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 2
  %22 = icmp slt i64 %21, 28
  %23 = select i1 %22, i64 %21, i64 28
  %24 = add i64 %18, 2
  %25 = icmp slt i64 %24, 28
  %26 = select i1 %25, i64 %24, i64 28
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
  %31 = mul i64 %r, 28
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
  %59 = icmp slt i64 %c, 14
  br i1 %59, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %60 = mul i64 %c, 2
  %61 = sub i64 %60, 0
  %62 = icmp sgt i64 %61, 0
  %63 = select i1 %62, i64 %61, i64 0
  %64 = add i64 %61, 2
  %65 = icmp slt i64 %64, 28
  %66 = select i1 %65, i64 %64, i64 28
  %67 = add i64 %61, 2
  %68 = icmp slt i64 %67, 28
  %69 = select i1 %68, i64 %67, i64 28
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
  %75 = mul i64 %r4, 28
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

; Function Attrs: nounwind
define internal void @node9.maxPool2d_4.step0(i8* %0) #4 {
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
  %19 = add i64 7168, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 7168
  %23 = select i1 %22, i64 %21, i64 7168
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 7168
  %26 = select i1 %25, i64 %24, i64 7168
  call void @node9.maxPool2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 128
  %24 = sdiv i64 %task, 128
  %25 = srem i64 %24, 14
  %26 = sdiv i64 %task, 1792
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 512
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 512
  %33 = mul i64 %27, 512
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %17, align 32
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %50
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
  %54 = icmp slt i64 %c, 512
  br i1 %54, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %55 = mul i64 %c, 196
  %56 = add i64 %35, %55
  br label %i.header

c.exit:                                           ; preds = %c.header
  %57 = load <8 x float>, <8 x float>* %21, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = mul i64 %28, 512
  %61 = add i64 %31, 0
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 14
  %64 = add i64 %63, %25
  %65 = mul i64 %64, 14
  %66 = add i64 %65, 1
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %59, <8 x float>* %68, align 4
  %69 = load <8 x float>, <8 x float>* %20, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = mul i64 %28, 512
  %73 = add i64 %31, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 14
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 14
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %19, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = mul i64 %28, 512
  %85 = add i64 %31, 1
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 14
  %88 = add i64 %87, %25
  %89 = mul i64 %88, 14
  %90 = add i64 %89, 1
  %91 = getelementptr inbounds float, float* %0, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  store <8 x float> %83, <8 x float>* %92, align 4
  %93 = load <8 x float>, <8 x float>* %18, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = mul i64 %28, 512
  %97 = add i64 %31, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 14
  %100 = add i64 %99, %25
  %101 = mul i64 %100, 14
  %102 = add i64 %101, 9
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %95, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %17, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = mul i64 %28, 512
  %109 = add i64 %31, 2
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 14
  %112 = add i64 %111, %25
  %113 = mul i64 %112, 14
  %114 = add i64 %113, 1
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %107, <8 x float>* %116, align 4
  %117 = load <8 x float>, <8 x float>* %16, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = mul i64 %28, 512
  %121 = add i64 %31, 2
  %122 = add i64 %120, %121
  %123 = mul i64 %122, 14
  %124 = add i64 %123, %25
  %125 = mul i64 %124, 14
  %126 = add i64 %125, 9
  %127 = getelementptr inbounds float, float* %0, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %119, <8 x float>* %128, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %129 = load <8 x float>, <8 x float>* %15, align 32
  %130 = fcmp ogt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> %129, <8 x float> zeroinitializer
  %132 = mul i64 %28, 512
  %133 = add i64 %31, 3
  %134 = add i64 %132, %133
  %135 = mul i64 %134, 14
  %136 = add i64 %135, %25
  %137 = mul i64 %136, 14
  %138 = add i64 %137, 1
  %139 = getelementptr inbounds float, float* %0, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %131, <8 x float>* %140, align 4
  %141 = load <8 x float>, <8 x float>* %14, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = mul i64 %28, 512
  %145 = add i64 %31, 3
  %146 = add i64 %144, %145
  %147 = mul i64 %146, 14
  %148 = add i64 %147, %25
  %149 = mul i64 %148, 14
  %150 = add i64 %149, 9
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %143, <8 x float>* %152, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %153 = icmp slt i64 %i, 3
  br i1 %153, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %154 = mul i64 %i, 1
  %155 = add i64 %37, %154
  %156 = icmp sge i64 %155, 0
  %157 = icmp slt i64 %155, 14
  %158 = and i1 %156, %157
  br i1 %158, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %159 = mul i64 %155, 14
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
  %173 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %172, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %174 = mul i64 %i, 3
  %175 = add i64 %174, %j
  %176 = add i64 %31, 0
  %177 = mul i64 %176, 512
  %178 = add i64 %177, %c
  %179 = mul i64 %178, 9
  %180 = add i64 %179, %175
  %181 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %180
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
  %191 = mul i64 %190, 512
  %192 = add i64 %191, %c
  %193 = mul i64 %192, 9
  %194 = add i64 %193, %189
  %195 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %194
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
  %205 = mul i64 %204, 512
  %206 = add i64 %205, %c
  %207 = mul i64 %206, 9
  %208 = add i64 %207, %203
  %209 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %208
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
  %219 = mul i64 %218, 512
  %220 = add i64 %219, %c
  %221 = mul i64 %220, 9
  %222 = add i64 %221, %217
  %223 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %222
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
  %232 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %231
  %233 = load float, float* %232, align 4
  store float %233, float* %13, align 4
  %234 = add i64 %31, 1
  %235 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %234
  %236 = load float, float* %235, align 4
  store float %236, float* %12, align 4
  %237 = add i64 %31, 2
  %238 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %237
  %239 = load float, float* %238, align 4
  store float %239, float* %11, align 4
  %240 = add i64 %31, 3
  %241 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %240
  %242 = load float, float* %241, align 4
  store float %242, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %243 = icmp slt i64 %c11, 512
  br i1 %243, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %244 = mul i64 %c11, 196
  %245 = add i64 %35, %244
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %246 = load float, float* %13, align 4
  %247 = fcmp ogt float %246, 0.000000e+00
  %248 = select i1 %247, float %246, float 0.000000e+00
  %249 = mul i64 %28, 512
  %250 = add i64 %31, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 14
  %253 = add i64 %252, %25
  %254 = mul i64 %253, 14
  %255 = add i64 %254, %xs
  %256 = getelementptr inbounds float, float* %0, i64 %255
  store float %248, float* %256, align 4
  %257 = load float, float* %12, align 4
  %258 = fcmp ogt float %257, 0.000000e+00
  %259 = select i1 %258, float %257, float 0.000000e+00
  %260 = mul i64 %28, 512
  %261 = add i64 %31, 1
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 14
  %264 = add i64 %263, %25
  %265 = mul i64 %264, 14
  %266 = add i64 %265, %xs
  %267 = getelementptr inbounds float, float* %0, i64 %266
  store float %259, float* %267, align 4
  %268 = load float, float* %11, align 4
  %269 = fcmp ogt float %268, 0.000000e+00
  %270 = select i1 %269, float %268, float 0.000000e+00
  %271 = mul i64 %28, 512
  %272 = add i64 %31, 2
  %273 = add i64 %271, %272
  %274 = mul i64 %273, 14
  %275 = add i64 %274, %25
  %276 = mul i64 %275, 14
  %277 = add i64 %276, %xs
  %278 = getelementptr inbounds float, float* %0, i64 %277
  store float %270, float* %278, align 4
  %279 = load float, float* %10, align 4
  %280 = fcmp ogt float %279, 0.000000e+00
  %281 = select i1 %280, float %279, float 0.000000e+00
  %282 = mul i64 %28, 512
  %283 = add i64 %31, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 14
  %286 = add i64 %285, %25
  %287 = mul i64 %286, 14
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
  %294 = icmp slt i64 %292, 14
  %295 = and i1 %293, %294
  br i1 %295, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %296 = mul i64 %292, 14
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
  %304 = icmp slt i64 %302, 14
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 13
  %309 = select i1 %308, i64 %307, i64 13
  %310 = add i64 %297, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = select i1 %305, float %312, float 0.000000e+00
  %314 = mul i64 %i15, 3
  %315 = add i64 %314, %j21
  %316 = add i64 %31, 0
  %317 = mul i64 %316, 512
  %318 = add i64 %317, %c11
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %320
  %322 = load float, float* %321, align 4
  %323 = load float, float* %13, align 4
  %324 = call float @llvm.fma.f32(float %322, float %313, float %323)
  store float %324, float* %13, align 4
  %325 = mul i64 %i15, 3
  %326 = add i64 %325, %j21
  %327 = add i64 %31, 1
  %328 = mul i64 %327, 512
  %329 = add i64 %328, %c11
  %330 = mul i64 %329, 9
  %331 = add i64 %330, %326
  %332 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %331
  %333 = load float, float* %332, align 4
  %334 = load float, float* %12, align 4
  %335 = call float @llvm.fma.f32(float %333, float %313, float %334)
  store float %335, float* %12, align 4
  %336 = mul i64 %i15, 3
  %337 = add i64 %336, %j21
  %338 = add i64 %31, 2
  %339 = mul i64 %338, 512
  %340 = add i64 %339, %c11
  %341 = mul i64 %340, 9
  %342 = add i64 %341, %337
  %343 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %342
  %344 = load float, float* %343, align 4
  %345 = load float, float* %11, align 4
  %346 = call float @llvm.fma.f32(float %344, float %313, float %345)
  store float %346, float* %11, align 4
  %347 = mul i64 %i15, 3
  %348 = add i64 %347, %j21
  %349 = add i64 %31, 3
  %350 = mul i64 %349, 512
  %351 = add i64 %350, %c11
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %10, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 13, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %358 = icmp slt i64 %xs28, 14
  br i1 %358, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %359 = add i64 %31, 0
  %360 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %359
  %361 = load float, float* %360, align 4
  store float %361, float* %9, align 4
  %362 = add i64 %31, 1
  %363 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %362
  %364 = load float, float* %363, align 4
  store float %364, float* %8, align 4
  %365 = add i64 %31, 2
  %366 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %365
  %367 = load float, float* %366, align 4
  store float %367, float* %7, align 4
  %368 = add i64 %31, 3
  %369 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %368
  %370 = load float, float* %369, align 4
  store float %370, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %371 = icmp slt i64 %c32, 512
  br i1 %371, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %372 = mul i64 %c32, 196
  %373 = add i64 %35, %372
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %374 = load float, float* %9, align 4
  %375 = fcmp ogt float %374, 0.000000e+00
  %376 = select i1 %375, float %374, float 0.000000e+00
  %377 = mul i64 %28, 512
  %378 = add i64 %31, 0
  %379 = add i64 %377, %378
  %380 = mul i64 %379, 14
  %381 = add i64 %380, %25
  %382 = mul i64 %381, 14
  %383 = add i64 %382, %xs28
  %384 = getelementptr inbounds float, float* %0, i64 %383
  store float %376, float* %384, align 4
  %385 = load float, float* %8, align 4
  %386 = fcmp ogt float %385, 0.000000e+00
  %387 = select i1 %386, float %385, float 0.000000e+00
  %388 = mul i64 %28, 512
  %389 = add i64 %31, 1
  %390 = add i64 %388, %389
  %391 = mul i64 %390, 14
  %392 = add i64 %391, %25
  %393 = mul i64 %392, 14
  %394 = add i64 %393, %xs28
  %395 = getelementptr inbounds float, float* %0, i64 %394
  store float %387, float* %395, align 4
  %396 = load float, float* %7, align 4
  %397 = fcmp ogt float %396, 0.000000e+00
  %398 = select i1 %397, float %396, float 0.000000e+00
  %399 = mul i64 %28, 512
  %400 = add i64 %31, 2
  %401 = add i64 %399, %400
  %402 = mul i64 %401, 14
  %403 = add i64 %402, %25
  %404 = mul i64 %403, 14
  %405 = add i64 %404, %xs28
  %406 = getelementptr inbounds float, float* %0, i64 %405
  store float %398, float* %406, align 4
  %407 = load float, float* %6, align 4
  %408 = fcmp ogt float %407, 0.000000e+00
  %409 = select i1 %408, float %407, float 0.000000e+00
  %410 = mul i64 %28, 512
  %411 = add i64 %31, 3
  %412 = add i64 %410, %411
  %413 = mul i64 %412, 14
  %414 = add i64 %413, %25
  %415 = mul i64 %414, 14
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
  %422 = icmp slt i64 %420, 14
  %423 = and i1 %421, %422
  br i1 %423, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %424 = mul i64 %420, 14
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
  %432 = icmp slt i64 %430, 14
  %433 = and i1 %431, %432
  %434 = icmp sgt i64 %430, 0
  %435 = select i1 %434, i64 %430, i64 0
  %436 = icmp slt i64 %435, 13
  %437 = select i1 %436, i64 %435, i64 13
  %438 = add i64 %425, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = select i1 %433, float %440, float 0.000000e+00
  %442 = mul i64 %i36, 3
  %443 = add i64 %442, %j42
  %444 = add i64 %31, 0
  %445 = mul i64 %444, 512
  %446 = add i64 %445, %c32
  %447 = mul i64 %446, 9
  %448 = add i64 %447, %443
  %449 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %448
  %450 = load float, float* %449, align 4
  %451 = load float, float* %9, align 4
  %452 = call float @llvm.fma.f32(float %450, float %441, float %451)
  store float %452, float* %9, align 4
  %453 = mul i64 %i36, 3
  %454 = add i64 %453, %j42
  %455 = add i64 %31, 1
  %456 = mul i64 %455, 512
  %457 = add i64 %456, %c32
  %458 = mul i64 %457, 9
  %459 = add i64 %458, %454
  %460 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %459
  %461 = load float, float* %460, align 4
  %462 = load float, float* %8, align 4
  %463 = call float @llvm.fma.f32(float %461, float %441, float %462)
  store float %463, float* %8, align 4
  %464 = mul i64 %i36, 3
  %465 = add i64 %464, %j42
  %466 = add i64 %31, 2
  %467 = mul i64 %466, 512
  %468 = add i64 %467, %c32
  %469 = mul i64 %468, 9
  %470 = add i64 %469, %465
  %471 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %470
  %472 = load float, float* %471, align 4
  %473 = load float, float* %7, align 4
  %474 = call float @llvm.fma.f32(float %472, float %441, float %473)
  store float %474, float* %7, align 4
  %475 = mul i64 %i36, 3
  %476 = add i64 %475, %j42
  %477 = add i64 %31, 3
  %478 = mul i64 %477, 512
  %479 = add i64 %478, %c32
  %480 = mul i64 %479, 9
  %481 = add i64 %480, %476
  %482 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.weight to float*), i64 %481
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
define internal void @node10.conv2d_7.step0(i8* %0) #4 {
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
  %19 = add i64 1792, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1792
  %23 = select i1 %22, i64 %21, i64 1792
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1792
  %26 = select i1 %25, i64 %24, i64 1792
  call void @node10.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 128
  %24 = sdiv i64 %task, 128
  %25 = srem i64 %24, 14
  %26 = sdiv i64 %task, 1792
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 512
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 512
  %33 = mul i64 %27, 512
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %17, align 32
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %50
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
  %54 = icmp slt i64 %c, 512
  br i1 %54, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %55 = mul i64 %c, 196
  %56 = add i64 %35, %55
  br label %i.header

c.exit:                                           ; preds = %c.header
  %57 = load <8 x float>, <8 x float>* %21, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = mul i64 %28, 512
  %61 = add i64 %31, 0
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 14
  %64 = add i64 %63, %25
  %65 = mul i64 %64, 14
  %66 = add i64 %65, 1
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %59, <8 x float>* %68, align 4
  %69 = load <8 x float>, <8 x float>* %20, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = mul i64 %28, 512
  %73 = add i64 %31, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 14
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 14
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %19, align 32
  %82 = fcmp ogt <8 x float> %81, zeroinitializer
  %83 = select <8 x i1> %82, <8 x float> %81, <8 x float> zeroinitializer
  %84 = mul i64 %28, 512
  %85 = add i64 %31, 1
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 14
  %88 = add i64 %87, %25
  %89 = mul i64 %88, 14
  %90 = add i64 %89, 1
  %91 = getelementptr inbounds float, float* %0, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  store <8 x float> %83, <8 x float>* %92, align 4
  %93 = load <8 x float>, <8 x float>* %18, align 32
  %94 = fcmp ogt <8 x float> %93, zeroinitializer
  %95 = select <8 x i1> %94, <8 x float> %93, <8 x float> zeroinitializer
  %96 = mul i64 %28, 512
  %97 = add i64 %31, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 14
  %100 = add i64 %99, %25
  %101 = mul i64 %100, 14
  %102 = add i64 %101, 9
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %95, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %17, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = mul i64 %28, 512
  %109 = add i64 %31, 2
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 14
  %112 = add i64 %111, %25
  %113 = mul i64 %112, 14
  %114 = add i64 %113, 1
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %107, <8 x float>* %116, align 4
  %117 = load <8 x float>, <8 x float>* %16, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = mul i64 %28, 512
  %121 = add i64 %31, 2
  %122 = add i64 %120, %121
  %123 = mul i64 %122, 14
  %124 = add i64 %123, %25
  %125 = mul i64 %124, 14
  %126 = add i64 %125, 9
  %127 = getelementptr inbounds float, float* %0, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %119, <8 x float>* %128, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %129 = load <8 x float>, <8 x float>* %15, align 32
  %130 = fcmp ogt <8 x float> %129, zeroinitializer
  %131 = select <8 x i1> %130, <8 x float> %129, <8 x float> zeroinitializer
  %132 = mul i64 %28, 512
  %133 = add i64 %31, 3
  %134 = add i64 %132, %133
  %135 = mul i64 %134, 14
  %136 = add i64 %135, %25
  %137 = mul i64 %136, 14
  %138 = add i64 %137, 1
  %139 = getelementptr inbounds float, float* %0, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %131, <8 x float>* %140, align 4
  %141 = load <8 x float>, <8 x float>* %14, align 32
  %142 = fcmp ogt <8 x float> %141, zeroinitializer
  %143 = select <8 x i1> %142, <8 x float> %141, <8 x float> zeroinitializer
  %144 = mul i64 %28, 512
  %145 = add i64 %31, 3
  %146 = add i64 %144, %145
  %147 = mul i64 %146, 14
  %148 = add i64 %147, %25
  %149 = mul i64 %148, 14
  %150 = add i64 %149, 9
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %143, <8 x float>* %152, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %153 = icmp slt i64 %i, 3
  br i1 %153, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %154 = mul i64 %i, 1
  %155 = add i64 %37, %154
  %156 = icmp sge i64 %155, 0
  %157 = icmp slt i64 %155, 14
  %158 = and i1 %156, %157
  br i1 %158, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %159 = mul i64 %155, 14
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
  %173 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %172, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %174 = mul i64 %i, 3
  %175 = add i64 %174, %j
  %176 = add i64 %31, 0
  %177 = mul i64 %176, 512
  %178 = add i64 %177, %c
  %179 = mul i64 %178, 9
  %180 = add i64 %179, %175
  %181 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %180
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
  %191 = mul i64 %190, 512
  %192 = add i64 %191, %c
  %193 = mul i64 %192, 9
  %194 = add i64 %193, %189
  %195 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %194
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
  %205 = mul i64 %204, 512
  %206 = add i64 %205, %c
  %207 = mul i64 %206, 9
  %208 = add i64 %207, %203
  %209 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %208
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
  %219 = mul i64 %218, 512
  %220 = add i64 %219, %c
  %221 = mul i64 %220, 9
  %222 = add i64 %221, %217
  %223 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %222
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
  %232 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %231
  %233 = load float, float* %232, align 4
  store float %233, float* %13, align 4
  %234 = add i64 %31, 1
  %235 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %234
  %236 = load float, float* %235, align 4
  store float %236, float* %12, align 4
  %237 = add i64 %31, 2
  %238 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %237
  %239 = load float, float* %238, align 4
  store float %239, float* %11, align 4
  %240 = add i64 %31, 3
  %241 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %240
  %242 = load float, float* %241, align 4
  store float %242, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %243 = icmp slt i64 %c11, 512
  br i1 %243, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %244 = mul i64 %c11, 196
  %245 = add i64 %35, %244
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %246 = load float, float* %13, align 4
  %247 = fcmp ogt float %246, 0.000000e+00
  %248 = select i1 %247, float %246, float 0.000000e+00
  %249 = mul i64 %28, 512
  %250 = add i64 %31, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 14
  %253 = add i64 %252, %25
  %254 = mul i64 %253, 14
  %255 = add i64 %254, %xs
  %256 = getelementptr inbounds float, float* %0, i64 %255
  store float %248, float* %256, align 4
  %257 = load float, float* %12, align 4
  %258 = fcmp ogt float %257, 0.000000e+00
  %259 = select i1 %258, float %257, float 0.000000e+00
  %260 = mul i64 %28, 512
  %261 = add i64 %31, 1
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 14
  %264 = add i64 %263, %25
  %265 = mul i64 %264, 14
  %266 = add i64 %265, %xs
  %267 = getelementptr inbounds float, float* %0, i64 %266
  store float %259, float* %267, align 4
  %268 = load float, float* %11, align 4
  %269 = fcmp ogt float %268, 0.000000e+00
  %270 = select i1 %269, float %268, float 0.000000e+00
  %271 = mul i64 %28, 512
  %272 = add i64 %31, 2
  %273 = add i64 %271, %272
  %274 = mul i64 %273, 14
  %275 = add i64 %274, %25
  %276 = mul i64 %275, 14
  %277 = add i64 %276, %xs
  %278 = getelementptr inbounds float, float* %0, i64 %277
  store float %270, float* %278, align 4
  %279 = load float, float* %10, align 4
  %280 = fcmp ogt float %279, 0.000000e+00
  %281 = select i1 %280, float %279, float 0.000000e+00
  %282 = mul i64 %28, 512
  %283 = add i64 %31, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 14
  %286 = add i64 %285, %25
  %287 = mul i64 %286, 14
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
  %294 = icmp slt i64 %292, 14
  %295 = and i1 %293, %294
  br i1 %295, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %296 = mul i64 %292, 14
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
  %304 = icmp slt i64 %302, 14
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 13
  %309 = select i1 %308, i64 %307, i64 13
  %310 = add i64 %297, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = select i1 %305, float %312, float 0.000000e+00
  %314 = mul i64 %i15, 3
  %315 = add i64 %314, %j21
  %316 = add i64 %31, 0
  %317 = mul i64 %316, 512
  %318 = add i64 %317, %c11
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %320
  %322 = load float, float* %321, align 4
  %323 = load float, float* %13, align 4
  %324 = call float @llvm.fma.f32(float %322, float %313, float %323)
  store float %324, float* %13, align 4
  %325 = mul i64 %i15, 3
  %326 = add i64 %325, %j21
  %327 = add i64 %31, 1
  %328 = mul i64 %327, 512
  %329 = add i64 %328, %c11
  %330 = mul i64 %329, 9
  %331 = add i64 %330, %326
  %332 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %331
  %333 = load float, float* %332, align 4
  %334 = load float, float* %12, align 4
  %335 = call float @llvm.fma.f32(float %333, float %313, float %334)
  store float %335, float* %12, align 4
  %336 = mul i64 %i15, 3
  %337 = add i64 %336, %j21
  %338 = add i64 %31, 2
  %339 = mul i64 %338, 512
  %340 = add i64 %339, %c11
  %341 = mul i64 %340, 9
  %342 = add i64 %341, %337
  %343 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %342
  %344 = load float, float* %343, align 4
  %345 = load float, float* %11, align 4
  %346 = call float @llvm.fma.f32(float %344, float %313, float %345)
  store float %346, float* %11, align 4
  %347 = mul i64 %i15, 3
  %348 = add i64 %347, %j21
  %349 = add i64 %31, 3
  %350 = mul i64 %349, 512
  %351 = add i64 %350, %c11
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %10, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 13, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %358 = icmp slt i64 %xs28, 14
  br i1 %358, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %359 = add i64 %31, 0
  %360 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %359
  %361 = load float, float* %360, align 4
  store float %361, float* %9, align 4
  %362 = add i64 %31, 1
  %363 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %362
  %364 = load float, float* %363, align 4
  store float %364, float* %8, align 4
  %365 = add i64 %31, 2
  %366 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %365
  %367 = load float, float* %366, align 4
  store float %367, float* %7, align 4
  %368 = add i64 %31, 3
  %369 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %368
  %370 = load float, float* %369, align 4
  store float %370, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %371 = icmp slt i64 %c32, 512
  br i1 %371, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %372 = mul i64 %c32, 196
  %373 = add i64 %35, %372
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %374 = load float, float* %9, align 4
  %375 = fcmp ogt float %374, 0.000000e+00
  %376 = select i1 %375, float %374, float 0.000000e+00
  %377 = mul i64 %28, 512
  %378 = add i64 %31, 0
  %379 = add i64 %377, %378
  %380 = mul i64 %379, 14
  %381 = add i64 %380, %25
  %382 = mul i64 %381, 14
  %383 = add i64 %382, %xs28
  %384 = getelementptr inbounds float, float* %0, i64 %383
  store float %376, float* %384, align 4
  %385 = load float, float* %8, align 4
  %386 = fcmp ogt float %385, 0.000000e+00
  %387 = select i1 %386, float %385, float 0.000000e+00
  %388 = mul i64 %28, 512
  %389 = add i64 %31, 1
  %390 = add i64 %388, %389
  %391 = mul i64 %390, 14
  %392 = add i64 %391, %25
  %393 = mul i64 %392, 14
  %394 = add i64 %393, %xs28
  %395 = getelementptr inbounds float, float* %0, i64 %394
  store float %387, float* %395, align 4
  %396 = load float, float* %7, align 4
  %397 = fcmp ogt float %396, 0.000000e+00
  %398 = select i1 %397, float %396, float 0.000000e+00
  %399 = mul i64 %28, 512
  %400 = add i64 %31, 2
  %401 = add i64 %399, %400
  %402 = mul i64 %401, 14
  %403 = add i64 %402, %25
  %404 = mul i64 %403, 14
  %405 = add i64 %404, %xs28
  %406 = getelementptr inbounds float, float* %0, i64 %405
  store float %398, float* %406, align 4
  %407 = load float, float* %6, align 4
  %408 = fcmp ogt float %407, 0.000000e+00
  %409 = select i1 %408, float %407, float 0.000000e+00
  %410 = mul i64 %28, 512
  %411 = add i64 %31, 3
  %412 = add i64 %410, %411
  %413 = mul i64 %412, 14
  %414 = add i64 %413, %25
  %415 = mul i64 %414, 14
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
  %422 = icmp slt i64 %420, 14
  %423 = and i1 %421, %422
  br i1 %423, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %424 = mul i64 %420, 14
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
  %432 = icmp slt i64 %430, 14
  %433 = and i1 %431, %432
  %434 = icmp sgt i64 %430, 0
  %435 = select i1 %434, i64 %430, i64 0
  %436 = icmp slt i64 %435, 13
  %437 = select i1 %436, i64 %435, i64 13
  %438 = add i64 %425, %437
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = select i1 %433, float %440, float 0.000000e+00
  %442 = mul i64 %i36, 3
  %443 = add i64 %442, %j42
  %444 = add i64 %31, 0
  %445 = mul i64 %444, 512
  %446 = add i64 %445, %c32
  %447 = mul i64 %446, 9
  %448 = add i64 %447, %443
  %449 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %448
  %450 = load float, float* %449, align 4
  %451 = load float, float* %9, align 4
  %452 = call float @llvm.fma.f32(float %450, float %441, float %451)
  store float %452, float* %9, align 4
  %453 = mul i64 %i36, 3
  %454 = add i64 %453, %j42
  %455 = add i64 %31, 1
  %456 = mul i64 %455, 512
  %457 = add i64 %456, %c32
  %458 = mul i64 %457, 9
  %459 = add i64 %458, %454
  %460 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %459
  %461 = load float, float* %460, align 4
  %462 = load float, float* %8, align 4
  %463 = call float @llvm.fma.f32(float %461, float %441, float %462)
  store float %463, float* %8, align 4
  %464 = mul i64 %i36, 3
  %465 = add i64 %464, %j42
  %466 = add i64 %31, 2
  %467 = mul i64 %466, 512
  %468 = add i64 %467, %c32
  %469 = mul i64 %468, 9
  %470 = add i64 %469, %465
  %471 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %470
  %472 = load float, float* %471, align 4
  %473 = load float, float* %7, align 4
  %474 = call float @llvm.fma.f32(float %472, float %441, float %473)
  store float %474, float* %7, align 4
  %475 = mul i64 %i36, 3
  %476 = add i64 %475, %j42
  %477 = add i64 %31, 3
  %478 = mul i64 %477, 512
  %479 = add i64 %478, %c32
  %480 = mul i64 %479, 9
  %481 = add i64 %480, %476
  %482 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_8.weight to float*), i64 %481
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
define internal void @node11.conv2d_8.step0(i8* %0) #4 {
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
  %19 = add i64 1792, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1792
  %23 = select i1 %22, i64 %21, i64 1792
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1792
  %26 = select i1 %25, i64 %24, i64 1792
  call void @node11.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.maxPool2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 7
  %10 = srem i64 %task, 7
  %11 = mul i64 %9, 196
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = mul i64 %9, 7
  %14 = add i64 %13, %10
  %15 = mul i64 %14, 7
  %16 = getelementptr inbounds float, float* %0, i64 %15
  %17 = mul i64 %10, 2
  %18 = sub i64 %17, 0
  %19 = icmp sgt i64 %18, 0
  %20 = select i1 %19, i64 %18, i64 0
  %21 = add i64 %18, 2
  %22 = icmp slt i64 %21, 14
  %23 = select i1 %22, i64 %21, i64 14
  %24 = add i64 %18, 2
  %25 = icmp slt i64 %24, 14
  %26 = select i1 %25, i64 %24, i64 14
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
  %31 = mul i64 %r, 14
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
  %c = phi i64 [ 0, %x.exit ], [ %c.next, %r.exit3 ]
  %59 = icmp slt i64 %c, 7
  br i1 %59, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %60 = mul i64 %c, 2
  %61 = sub i64 %60, 0
  %62 = icmp sgt i64 %61, 0
  %63 = select i1 %62, i64 %61, i64 0
  %64 = add i64 %61, 2
  %65 = icmp slt i64 %64, 14
  %66 = select i1 %65, i64 %64, i64 14
  %67 = add i64 %61, 2
  %68 = icmp slt i64 %67, 14
  %69 = select i1 %68, i64 %67, i64 14
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
  %75 = mul i64 %r4, 14
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

; Function Attrs: nounwind
define internal void @node12.maxPool2d_5.step0(i8* %0) #4 {
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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
  call void @node12.maxPool2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node14.dense_1.step0(i8* %0) #4 {
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
  call void @node14.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node15.dense_2.step0(i8* %0) #4 {
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
  call void @node15.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node16.dense_3.step0(i8* %0) #4 {
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
  call void @node16.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node17.dense_3.softmax.step0(i8* %0) #4 {
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
  call void @node17.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @vgg11_run(i8** %0, i8** %1, i8* %2) #4 {
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
  call void @GOMP_parallel(void (i8*)* @node14.dense_1.step0, i8* %114, i32 0, i32 0)
  %115 = getelementptr inbounds i8, i8* %workspace7, i64 16384
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
  call void @GOMP_parallel(void (i8*)* @node15.dense_2.step0, i8* %121, i32 0, i32 0)
  %122 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %123 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %123, align 8
  %124 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %122, i8** %124, align 8
  %125 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %125, align 8
  %126 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %126, align 8
  %127 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node16.dense_3.step0, i8* %127, i32 0, i32 0)
  %128 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %128, align 8
  %129 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %129, align 8
  %130 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %130, align 8
  %131 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %131, align 8
  %132 = bitcast [4 x i8*]* %args to i8*
  call void @node17.dense_3.softmax.step0(i8* %132)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @vgg11_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @vgg11_workspace_size() #5 {
entry:
  ret i64 16056383
}

; Function Attrs: nounwind
define i32 @vgg11_infer(i8* %0, i8* %1, i8* %2) #5 {
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
attributes #2 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #3 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #4 = { nounwind "target-cpu"="x86-64-v3" }
attributes #5 = { nounwind }
