; lenet: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'lenet'
source_filename = "lenet"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.weight = external constant [600 x i8], align 64
@weight.conv2d_1.bias = external constant [24 x i8], align 64
@weight.conv2d_2.packed = external constant [9600 x i8], align 64
@weight.conv2d_2.bias = external constant [64 x i8], align 64
@weight.dense_1.weight = external constant [192000 x i8], align 64
@weight.dense_1.bias = external constant [480 x i8], align 64
@weight.dense_2.weight = external constant [40320 x i8], align 64
@weight.dense_2.bias = external constant [336 x i8], align 64
@weight.dense_3.weight = external constant [3360 x i8], align 64
@weight.dense_3.bias = external constant [40 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"lenet\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 1, i64 28, i64 28]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 3136 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 23615, i64 416520 }

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
  %26 = alloca float, align 4
  %27 = alloca float, align 4
  %28 = alloca float, align 4
  %29 = alloca float, align 4
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %36 = icmp slt i64 %task, %5
  br i1 %36, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %37 = srem i64 %task, 2
  %38 = sdiv i64 %task, 2
  %39 = srem i64 %38, 28
  %40 = sdiv i64 %task, 56
  %41 = srem i64 %40, 1
  %42 = sdiv i64 %40, 1
  %43 = mul i64 %41, 6
  %44 = mul i64 %37, 4
  %45 = add i64 %43, %44
  %46 = mul i64 %42, 1
  %47 = mul i64 %41, 1
  %48 = add i64 %46, %47
  %49 = mul i64 %48, 784
  %50 = mul i64 %39, 1
  %51 = sub i64 %50, 2
  %52 = icmp eq i64 %37, 1
  br i1 %52, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %x.header

else:                                             ; preds = %task.body
  br label %x.header45

endif:                                            ; preds = %xs.exit99, %xs.exit25
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %c.exit, %then
  %x = phi i64 [ 2, %then ], [ %x.next, %c.exit ]
  %53 = icmp slt i64 %x, 26
  br i1 %53, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %54 = add i64 %45, 0
  %55 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %35, align 32
  store <8 x float> %splat, <8 x float>* %34, align 32
  store <8 x float> %splat, <8 x float>* %33, align 32
  %58 = add i64 %45, 1
  %59 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat1 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %32, align 32
  store <8 x float> %splat1, <8 x float>* %31, align 32
  store <8 x float> %splat1, <8 x float>* %30, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %62 = icmp slt i64 %c, 1
  br i1 %62, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %63 = mul i64 %c, 784
  %64 = add i64 %49, %63
  br label %i.header

c.exit:                                           ; preds = %c.header
  %65 = load <8 x float>, <8 x float>* %35, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = add i64 %x, 0
  %69 = mul i64 %42, 6
  %70 = add i64 %45, 0
  %71 = add i64 %69, %70
  %72 = mul i64 %71, 28
  %73 = add i64 %72, %39
  %74 = mul i64 %73, 28
  %75 = add i64 %74, %68
  %76 = getelementptr inbounds float, float* %0, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %67, <8 x float>* %77, align 4
  %78 = load <8 x float>, <8 x float>* %34, align 32
  %79 = fcmp ogt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> %78, <8 x float> zeroinitializer
  %81 = add i64 %x, 8
  %82 = mul i64 %42, 6
  %83 = add i64 %45, 0
  %84 = add i64 %82, %83
  %85 = mul i64 %84, 28
  %86 = add i64 %85, %39
  %87 = mul i64 %86, 28
  %88 = add i64 %87, %81
  %89 = getelementptr inbounds float, float* %0, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %80, <8 x float>* %90, align 4
  %91 = load <8 x float>, <8 x float>* %33, align 32
  %92 = fcmp ogt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> %91, <8 x float> zeroinitializer
  %94 = add i64 %x, 16
  %95 = mul i64 %42, 6
  %96 = add i64 %45, 0
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 28
  %99 = add i64 %98, %39
  %100 = mul i64 %99, 28
  %101 = add i64 %100, %94
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %93, <8 x float>* %103, align 4
  %104 = load <8 x float>, <8 x float>* %32, align 32
  %105 = fcmp ogt <8 x float> %104, zeroinitializer
  %106 = select <8 x i1> %105, <8 x float> %104, <8 x float> zeroinitializer
  %107 = add i64 %x, 0
  %108 = mul i64 %42, 6
  %109 = add i64 %45, 1
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 28
  %112 = add i64 %111, %39
  %113 = mul i64 %112, 28
  %114 = add i64 %113, %107
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %106, <8 x float>* %116, align 4
  %117 = load <8 x float>, <8 x float>* %31, align 32
  %118 = fcmp ogt <8 x float> %117, zeroinitializer
  %119 = select <8 x i1> %118, <8 x float> %117, <8 x float> zeroinitializer
  %120 = add i64 %x, 8
  %121 = mul i64 %42, 6
  %122 = add i64 %45, 1
  %123 = add i64 %121, %122
  %124 = mul i64 %123, 28
  %125 = add i64 %124, %39
  %126 = mul i64 %125, 28
  %127 = add i64 %126, %120
  %128 = getelementptr inbounds float, float* %0, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %119, <8 x float>* %129, align 4
  %130 = load <8 x float>, <8 x float>* %30, align 32
  %131 = fcmp ogt <8 x float> %130, zeroinitializer
  %132 = select <8 x i1> %131, <8 x float> %130, <8 x float> zeroinitializer
  %133 = add i64 %x, 16
  %134 = mul i64 %42, 6
  %135 = add i64 %45, 1
  %136 = add i64 %134, %135
  %137 = mul i64 %136, 28
  %138 = add i64 %137, %39
  %139 = mul i64 %138, 28
  %140 = add i64 %139, %133
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %132, <8 x float>* %142, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif3, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif3 ]
  %143 = icmp slt i64 %i, 5
  br i1 %143, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %144 = mul i64 %i, 1
  %145 = add i64 %51, %144
  %146 = icmp sge i64 %145, 0
  %147 = icmp slt i64 %145, 28
  %148 = and i1 %146, %147
  br i1 %148, label %then2, label %endif3

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then2:                                            ; preds = %i.body
  %149 = mul i64 %145, 28
  %150 = add i64 %64, %149
  br label %j.header

endif3:                                           ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then2
  %j = phi i64 [ 0, %then2 ], [ %j.next, %j.body ]
  %151 = icmp slt i64 %j, 5
  br i1 %151, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %152 = mul i64 %x, 1
  %153 = mul i64 %j, 1
  %154 = add i64 %152, %153
  %155 = sub i64 %154, 2
  %156 = add i64 %150, %155
  %157 = add i64 %156, 0
  %158 = getelementptr inbounds float, float* %1, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = add i64 %156, 8
  %162 = getelementptr inbounds float, float* %1, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = add i64 %156, 16
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = mul i64 %i, 5
  %170 = add i64 %169, %j
  %171 = add i64 %45, 0
  %172 = mul i64 %171, 1
  %173 = add i64 %172, %c
  %174 = mul i64 %173, 25
  %175 = add i64 %174, %170
  %176 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %175
  %177 = load float, float* %176, align 4
  %178 = insertelement <8 x float> undef, float %177, i32 0
  %splat4 = shufflevector <8 x float> %178, <8 x float> undef, <8 x i32> zeroinitializer
  %179 = load <8 x float>, <8 x float>* %35, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %160, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %35, align 32
  %181 = load <8 x float>, <8 x float>* %34, align 32
  %182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %164, <8 x float> %181)
  store <8 x float> %182, <8 x float>* %34, align 32
  %183 = load <8 x float>, <8 x float>* %33, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %168, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %33, align 32
  %185 = mul i64 %i, 5
  %186 = add i64 %185, %j
  %187 = add i64 %45, 1
  %188 = mul i64 %187, 1
  %189 = add i64 %188, %c
  %190 = mul i64 %189, 25
  %191 = add i64 %190, %186
  %192 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %191
  %193 = load float, float* %192, align 4
  %194 = insertelement <8 x float> undef, float %193, i32 0
  %splat5 = shufflevector <8 x float> %194, <8 x float> undef, <8 x i32> zeroinitializer
  %195 = load <8 x float>, <8 x float>* %32, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %160, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %32, align 32
  %197 = load <8 x float>, <8 x float>* %31, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %164, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %31, align 32
  %199 = load <8 x float>, <8 x float>* %30, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %168, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %30, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif3

xs.header:                                        ; preds = %c.exit8, %x.exit
  %xs = phi i64 [ 0, %x.exit ], [ %xs.next, %c.exit8 ]
  %201 = icmp slt i64 %xs, 2
  br i1 %201, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %202 = add i64 %45, 0
  %203 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %202
  %204 = load float, float* %203, align 4
  store float %204, float* %29, align 4
  %205 = add i64 %45, 1
  %206 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %205
  %207 = load float, float* %206, align 4
  store float %207, float* %28, align 4
  br label %c.header6

xs.exit:                                          ; preds = %xs.header
  br label %xs.header23

c.header6:                                        ; preds = %i.exit12, %xs.body
  %c9 = phi i64 [ 0, %xs.body ], [ %c.next22, %i.exit12 ]
  %208 = icmp slt i64 %c9, 1
  br i1 %208, label %c.body7, label %c.exit8

c.body7:                                          ; preds = %c.header6
  %209 = mul i64 %c9, 784
  %210 = add i64 %49, %209
  br label %i.header10

c.exit8:                                          ; preds = %c.header6
  %211 = load float, float* %29, align 4
  %212 = fcmp ogt float %211, 0.000000e+00
  %213 = select i1 %212, float %211, float 0.000000e+00
  %214 = mul i64 %42, 6
  %215 = add i64 %45, 0
  %216 = add i64 %214, %215
  %217 = mul i64 %216, 28
  %218 = add i64 %217, %39
  %219 = mul i64 %218, 28
  %220 = add i64 %219, %xs
  %221 = getelementptr inbounds float, float* %0, i64 %220
  store float %213, float* %221, align 4
  %222 = load float, float* %28, align 4
  %223 = fcmp ogt float %222, 0.000000e+00
  %224 = select i1 %223, float %222, float 0.000000e+00
  %225 = mul i64 %42, 6
  %226 = add i64 %45, 1
  %227 = add i64 %225, %226
  %228 = mul i64 %227, 28
  %229 = add i64 %228, %39
  %230 = mul i64 %229, 28
  %231 = add i64 %230, %xs
  %232 = getelementptr inbounds float, float* %0, i64 %231
  store float %224, float* %232, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header10:                                       ; preds = %endif15, %c.body7
  %i13 = phi i64 [ 0, %c.body7 ], [ %i.next21, %endif15 ]
  %233 = icmp slt i64 %i13, 5
  br i1 %233, label %i.body11, label %i.exit12

i.body11:                                         ; preds = %i.header10
  %234 = mul i64 %i13, 1
  %235 = add i64 %51, %234
  %236 = icmp sge i64 %235, 0
  %237 = icmp slt i64 %235, 28
  %238 = and i1 %236, %237
  br i1 %238, label %then14, label %endif15

i.exit12:                                         ; preds = %i.header10
  %c.next22 = add i64 %c9, 1
  br label %c.header6

then14:                                           ; preds = %i.body11
  %239 = mul i64 %235, 28
  %240 = add i64 %210, %239
  br label %j.header16

endif15:                                          ; preds = %j.exit18, %i.body11
  %i.next21 = add i64 %i13, 1
  br label %i.header10

j.header16:                                       ; preds = %j.body17, %then14
  %j19 = phi i64 [ 0, %then14 ], [ %j.next20, %j.body17 ]
  %241 = icmp slt i64 %j19, 5
  br i1 %241, label %j.body17, label %j.exit18

j.body17:                                         ; preds = %j.header16
  %242 = mul i64 %xs, 1
  %243 = mul i64 %j19, 1
  %244 = add i64 %242, %243
  %245 = sub i64 %244, 2
  %246 = icmp sge i64 %245, 0
  %247 = icmp slt i64 %245, 28
  %248 = and i1 %246, %247
  %249 = icmp sgt i64 %245, 0
  %250 = select i1 %249, i64 %245, i64 0
  %251 = icmp slt i64 %250, 27
  %252 = select i1 %251, i64 %250, i64 27
  %253 = add i64 %240, %252
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = load float, float* %254, align 4
  %256 = select i1 %248, float %255, float 0.000000e+00
  %257 = mul i64 %i13, 5
  %258 = add i64 %257, %j19
  %259 = add i64 %45, 0
  %260 = mul i64 %259, 1
  %261 = add i64 %260, %c9
  %262 = mul i64 %261, 25
  %263 = add i64 %262, %258
  %264 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %263
  %265 = load float, float* %264, align 4
  %266 = load float, float* %29, align 4
  %267 = call float @llvm.fma.f32(float %265, float %256, float %266)
  store float %267, float* %29, align 4
  %268 = mul i64 %i13, 5
  %269 = add i64 %268, %j19
  %270 = add i64 %45, 1
  %271 = mul i64 %270, 1
  %272 = add i64 %271, %c9
  %273 = mul i64 %272, 25
  %274 = add i64 %273, %269
  %275 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %274
  %276 = load float, float* %275, align 4
  %277 = load float, float* %28, align 4
  %278 = call float @llvm.fma.f32(float %276, float %256, float %277)
  store float %278, float* %28, align 4
  %j.next20 = add i64 %j19, 1
  br label %j.header16

j.exit18:                                         ; preds = %j.header16
  br label %endif15

xs.header23:                                      ; preds = %c.exit29, %xs.exit
  %xs26 = phi i64 [ 26, %xs.exit ], [ %xs.next44, %c.exit29 ]
  %279 = icmp slt i64 %xs26, 28
  br i1 %279, label %xs.body24, label %xs.exit25

xs.body24:                                        ; preds = %xs.header23
  %280 = add i64 %45, 0
  %281 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %280
  %282 = load float, float* %281, align 4
  store float %282, float* %27, align 4
  %283 = add i64 %45, 1
  %284 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %283
  %285 = load float, float* %284, align 4
  store float %285, float* %26, align 4
  br label %c.header27

xs.exit25:                                        ; preds = %xs.header23
  br label %endif

c.header27:                                       ; preds = %i.exit33, %xs.body24
  %c30 = phi i64 [ 0, %xs.body24 ], [ %c.next43, %i.exit33 ]
  %286 = icmp slt i64 %c30, 1
  br i1 %286, label %c.body28, label %c.exit29

c.body28:                                         ; preds = %c.header27
  %287 = mul i64 %c30, 784
  %288 = add i64 %49, %287
  br label %i.header31

c.exit29:                                         ; preds = %c.header27
  %289 = load float, float* %27, align 4
  %290 = fcmp ogt float %289, 0.000000e+00
  %291 = select i1 %290, float %289, float 0.000000e+00
  %292 = mul i64 %42, 6
  %293 = add i64 %45, 0
  %294 = add i64 %292, %293
  %295 = mul i64 %294, 28
  %296 = add i64 %295, %39
  %297 = mul i64 %296, 28
  %298 = add i64 %297, %xs26
  %299 = getelementptr inbounds float, float* %0, i64 %298
  store float %291, float* %299, align 4
  %300 = load float, float* %26, align 4
  %301 = fcmp ogt float %300, 0.000000e+00
  %302 = select i1 %301, float %300, float 0.000000e+00
  %303 = mul i64 %42, 6
  %304 = add i64 %45, 1
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 28
  %307 = add i64 %306, %39
  %308 = mul i64 %307, 28
  %309 = add i64 %308, %xs26
  %310 = getelementptr inbounds float, float* %0, i64 %309
  store float %302, float* %310, align 4
  %xs.next44 = add i64 %xs26, 1
  br label %xs.header23

i.header31:                                       ; preds = %endif36, %c.body28
  %i34 = phi i64 [ 0, %c.body28 ], [ %i.next42, %endif36 ]
  %311 = icmp slt i64 %i34, 5
  br i1 %311, label %i.body32, label %i.exit33

i.body32:                                         ; preds = %i.header31
  %312 = mul i64 %i34, 1
  %313 = add i64 %51, %312
  %314 = icmp sge i64 %313, 0
  %315 = icmp slt i64 %313, 28
  %316 = and i1 %314, %315
  br i1 %316, label %then35, label %endif36

i.exit33:                                         ; preds = %i.header31
  %c.next43 = add i64 %c30, 1
  br label %c.header27

then35:                                           ; preds = %i.body32
  %317 = mul i64 %313, 28
  %318 = add i64 %288, %317
  br label %j.header37

endif36:                                          ; preds = %j.exit39, %i.body32
  %i.next42 = add i64 %i34, 1
  br label %i.header31

j.header37:                                       ; preds = %j.body38, %then35
  %j40 = phi i64 [ 0, %then35 ], [ %j.next41, %j.body38 ]
  %319 = icmp slt i64 %j40, 5
  br i1 %319, label %j.body38, label %j.exit39

j.body38:                                         ; preds = %j.header37
  %320 = mul i64 %xs26, 1
  %321 = mul i64 %j40, 1
  %322 = add i64 %320, %321
  %323 = sub i64 %322, 2
  %324 = icmp sge i64 %323, 0
  %325 = icmp slt i64 %323, 28
  %326 = and i1 %324, %325
  %327 = icmp sgt i64 %323, 0
  %328 = select i1 %327, i64 %323, i64 0
  %329 = icmp slt i64 %328, 27
  %330 = select i1 %329, i64 %328, i64 27
  %331 = add i64 %318, %330
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = load float, float* %332, align 4
  %334 = select i1 %326, float %333, float 0.000000e+00
  %335 = mul i64 %i34, 5
  %336 = add i64 %335, %j40
  %337 = add i64 %45, 0
  %338 = mul i64 %337, 1
  %339 = add i64 %338, %c30
  %340 = mul i64 %339, 25
  %341 = add i64 %340, %336
  %342 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %341
  %343 = load float, float* %342, align 4
  %344 = load float, float* %27, align 4
  %345 = call float @llvm.fma.f32(float %343, float %334, float %344)
  store float %345, float* %27, align 4
  %346 = mul i64 %i34, 5
  %347 = add i64 %346, %j40
  %348 = add i64 %45, 1
  %349 = mul i64 %348, 1
  %350 = add i64 %349, %c30
  %351 = mul i64 %350, 25
  %352 = add i64 %351, %347
  %353 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %352
  %354 = load float, float* %353, align 4
  %355 = load float, float* %26, align 4
  %356 = call float @llvm.fma.f32(float %354, float %334, float %355)
  store float %356, float* %26, align 4
  %j.next41 = add i64 %j40, 1
  br label %j.header37

j.exit39:                                         ; preds = %j.header37
  br label %endif36

x.header45:                                       ; preds = %c.exit55, %else
  %x48 = phi i64 [ 2, %else ], [ %x.next74, %c.exit55 ]
  %357 = icmp slt i64 %x48, 26
  br i1 %357, label %x.body46, label %x.exit47

x.body46:                                         ; preds = %x.header45
  %358 = add i64 %45, 0
  %359 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat49 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat49, <8 x float>* %25, align 32
  store <8 x float> %splat49, <8 x float>* %24, align 32
  store <8 x float> %splat49, <8 x float>* %23, align 32
  %362 = add i64 %45, 1
  %363 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat50 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat50, <8 x float>* %22, align 32
  store <8 x float> %splat50, <8 x float>* %21, align 32
  store <8 x float> %splat50, <8 x float>* %20, align 32
  %366 = add i64 %45, 2
  %367 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat51 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat51, <8 x float>* %19, align 32
  store <8 x float> %splat51, <8 x float>* %18, align 32
  store <8 x float> %splat51, <8 x float>* %17, align 32
  %370 = add i64 %45, 3
  %371 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat52 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat52, <8 x float>* %16, align 32
  store <8 x float> %splat52, <8 x float>* %15, align 32
  store <8 x float> %splat52, <8 x float>* %14, align 32
  br label %c.header53

x.exit47:                                         ; preds = %x.header45
  br label %xs.header75

c.header53:                                       ; preds = %i.exit59, %x.body46
  %c56 = phi i64 [ 0, %x.body46 ], [ %c.next73, %i.exit59 ]
  %374 = icmp slt i64 %c56, 1
  br i1 %374, label %c.body54, label %c.exit55

c.body54:                                         ; preds = %c.header53
  %375 = mul i64 %c56, 784
  %376 = add i64 %49, %375
  br label %i.header57

c.exit55:                                         ; preds = %c.header53
  %377 = load <8 x float>, <8 x float>* %25, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = add i64 %x48, 0
  %381 = mul i64 %42, 6
  %382 = add i64 %45, 0
  %383 = add i64 %381, %382
  %384 = mul i64 %383, 28
  %385 = add i64 %384, %39
  %386 = mul i64 %385, 28
  %387 = add i64 %386, %380
  %388 = getelementptr inbounds float, float* %0, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  store <8 x float> %379, <8 x float>* %389, align 4
  %390 = load <8 x float>, <8 x float>* %24, align 32
  %391 = fcmp ogt <8 x float> %390, zeroinitializer
  %392 = select <8 x i1> %391, <8 x float> %390, <8 x float> zeroinitializer
  %393 = add i64 %x48, 8
  %394 = mul i64 %42, 6
  %395 = add i64 %45, 0
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 28
  %398 = add i64 %397, %39
  %399 = mul i64 %398, 28
  %400 = add i64 %399, %393
  %401 = getelementptr inbounds float, float* %0, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  store <8 x float> %392, <8 x float>* %402, align 4
  %403 = load <8 x float>, <8 x float>* %23, align 32
  %404 = fcmp ogt <8 x float> %403, zeroinitializer
  %405 = select <8 x i1> %404, <8 x float> %403, <8 x float> zeroinitializer
  %406 = add i64 %x48, 16
  %407 = mul i64 %42, 6
  %408 = add i64 %45, 0
  %409 = add i64 %407, %408
  %410 = mul i64 %409, 28
  %411 = add i64 %410, %39
  %412 = mul i64 %411, 28
  %413 = add i64 %412, %406
  %414 = getelementptr inbounds float, float* %0, i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  store <8 x float> %405, <8 x float>* %415, align 4
  %416 = load <8 x float>, <8 x float>* %22, align 32
  %417 = fcmp ogt <8 x float> %416, zeroinitializer
  %418 = select <8 x i1> %417, <8 x float> %416, <8 x float> zeroinitializer
  %419 = add i64 %x48, 0
  %420 = mul i64 %42, 6
  %421 = add i64 %45, 1
  %422 = add i64 %420, %421
  %423 = mul i64 %422, 28
  %424 = add i64 %423, %39
  %425 = mul i64 %424, 28
  %426 = add i64 %425, %419
  %427 = getelementptr inbounds float, float* %0, i64 %426
  %428 = bitcast float* %427 to <8 x float>*
  store <8 x float> %418, <8 x float>* %428, align 4
  %429 = load <8 x float>, <8 x float>* %21, align 32
  %430 = fcmp ogt <8 x float> %429, zeroinitializer
  %431 = select <8 x i1> %430, <8 x float> %429, <8 x float> zeroinitializer
  %432 = add i64 %x48, 8
  %433 = mul i64 %42, 6
  %434 = add i64 %45, 1
  %435 = add i64 %433, %434
  %436 = mul i64 %435, 28
  %437 = add i64 %436, %39
  %438 = mul i64 %437, 28
  %439 = add i64 %438, %432
  %440 = getelementptr inbounds float, float* %0, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %431, <8 x float>* %441, align 4
  %442 = load <8 x float>, <8 x float>* %20, align 32
  %443 = fcmp ogt <8 x float> %442, zeroinitializer
  %444 = select <8 x i1> %443, <8 x float> %442, <8 x float> zeroinitializer
  %445 = add i64 %x48, 16
  %446 = mul i64 %42, 6
  %447 = add i64 %45, 1
  %448 = add i64 %446, %447
  %449 = mul i64 %448, 28
  %450 = add i64 %449, %39
  %451 = mul i64 %450, 28
  %452 = add i64 %451, %445
  %453 = getelementptr inbounds float, float* %0, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  store <8 x float> %444, <8 x float>* %454, align 4
  %455 = load <8 x float>, <8 x float>* %19, align 32
  %456 = fcmp ogt <8 x float> %455, zeroinitializer
  %457 = select <8 x i1> %456, <8 x float> %455, <8 x float> zeroinitializer
  %458 = add i64 %x48, 0
  %459 = mul i64 %42, 6
  %460 = add i64 %45, 2
  %461 = add i64 %459, %460
  %462 = mul i64 %461, 28
  %463 = add i64 %462, %39
  %464 = mul i64 %463, 28
  %465 = add i64 %464, %458
  %466 = getelementptr inbounds float, float* %0, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %457, <8 x float>* %467, align 4
  %468 = load <8 x float>, <8 x float>* %18, align 32
  %469 = fcmp ogt <8 x float> %468, zeroinitializer
  %470 = select <8 x i1> %469, <8 x float> %468, <8 x float> zeroinitializer
  %471 = add i64 %x48, 8
  %472 = mul i64 %42, 6
  %473 = add i64 %45, 2
  %474 = add i64 %472, %473
  %475 = mul i64 %474, 28
  %476 = add i64 %475, %39
  %477 = mul i64 %476, 28
  %478 = add i64 %477, %471
  %479 = getelementptr inbounds float, float* %0, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  store <8 x float> %470, <8 x float>* %480, align 4
  %481 = load <8 x float>, <8 x float>* %17, align 32
  %482 = fcmp ogt <8 x float> %481, zeroinitializer
  %483 = select <8 x i1> %482, <8 x float> %481, <8 x float> zeroinitializer
  %484 = add i64 %x48, 16
  %485 = mul i64 %42, 6
  %486 = add i64 %45, 2
  %487 = add i64 %485, %486
  %488 = mul i64 %487, 28
  %489 = add i64 %488, %39
  %490 = mul i64 %489, 28
  %491 = add i64 %490, %484
  %492 = getelementptr inbounds float, float* %0, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %483, <8 x float>* %493, align 4
  %494 = load <8 x float>, <8 x float>* %16, align 32
  %495 = fcmp ogt <8 x float> %494, zeroinitializer
  %496 = select <8 x i1> %495, <8 x float> %494, <8 x float> zeroinitializer
  %497 = add i64 %x48, 0
  %498 = mul i64 %42, 6
  %499 = add i64 %45, 3
  %500 = add i64 %498, %499
  %501 = mul i64 %500, 28
  %502 = add i64 %501, %39
  %503 = mul i64 %502, 28
  %504 = add i64 %503, %497
  %505 = getelementptr inbounds float, float* %0, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  store <8 x float> %496, <8 x float>* %506, align 4
  %507 = load <8 x float>, <8 x float>* %15, align 32
  %508 = fcmp ogt <8 x float> %507, zeroinitializer
  %509 = select <8 x i1> %508, <8 x float> %507, <8 x float> zeroinitializer
  %510 = add i64 %x48, 8
  %511 = mul i64 %42, 6
  %512 = add i64 %45, 3
  %513 = add i64 %511, %512
  %514 = mul i64 %513, 28
  %515 = add i64 %514, %39
  %516 = mul i64 %515, 28
  %517 = add i64 %516, %510
  %518 = getelementptr inbounds float, float* %0, i64 %517
  %519 = bitcast float* %518 to <8 x float>*
  store <8 x float> %509, <8 x float>* %519, align 4
  %520 = load <8 x float>, <8 x float>* %14, align 32
  %521 = fcmp ogt <8 x float> %520, zeroinitializer
  %522 = select <8 x i1> %521, <8 x float> %520, <8 x float> zeroinitializer
  %523 = add i64 %x48, 16
  %524 = mul i64 %42, 6
  %525 = add i64 %45, 3
  %526 = add i64 %524, %525
  %527 = mul i64 %526, 28
  %528 = add i64 %527, %39
  %529 = mul i64 %528, 28
  %530 = add i64 %529, %523
  %531 = getelementptr inbounds float, float* %0, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %522, <8 x float>* %532, align 4
  %x.next74 = add i64 %x48, 24
  br label %x.header45

i.header57:                                       ; preds = %endif62, %c.body54
  %i60 = phi i64 [ 0, %c.body54 ], [ %i.next72, %endif62 ]
  %533 = icmp slt i64 %i60, 5
  br i1 %533, label %i.body58, label %i.exit59

i.body58:                                         ; preds = %i.header57
  %534 = mul i64 %i60, 1
  %535 = add i64 %51, %534
  %536 = icmp sge i64 %535, 0
  %537 = icmp slt i64 %535, 28
  %538 = and i1 %536, %537
  br i1 %538, label %then61, label %endif62

i.exit59:                                         ; preds = %i.header57
  %c.next73 = add i64 %c56, 1
  br label %c.header53

then61:                                           ; preds = %i.body58
  %539 = mul i64 %535, 28
  %540 = add i64 %376, %539
  br label %j.header63

endif62:                                          ; preds = %j.exit65, %i.body58
  %i.next72 = add i64 %i60, 1
  br label %i.header57

j.header63:                                       ; preds = %j.body64, %then61
  %j66 = phi i64 [ 0, %then61 ], [ %j.next71, %j.body64 ]
  %541 = icmp slt i64 %j66, 5
  br i1 %541, label %j.body64, label %j.exit65

j.body64:                                         ; preds = %j.header63
  %542 = mul i64 %x48, 1
  %543 = mul i64 %j66, 1
  %544 = add i64 %542, %543
  %545 = sub i64 %544, 2
  %546 = add i64 %540, %545
  %547 = add i64 %546, 0
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %546, 8
  %552 = getelementptr inbounds float, float* %1, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %546, 16
  %556 = getelementptr inbounds float, float* %1, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = mul i64 %i60, 5
  %560 = add i64 %559, %j66
  %561 = add i64 %45, 0
  %562 = mul i64 %561, 1
  %563 = add i64 %562, %c56
  %564 = mul i64 %563, 25
  %565 = add i64 %564, %560
  %566 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %565
  %567 = load float, float* %566, align 4
  %568 = insertelement <8 x float> undef, float %567, i32 0
  %splat67 = shufflevector <8 x float> %568, <8 x float> undef, <8 x i32> zeroinitializer
  %569 = load <8 x float>, <8 x float>* %25, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %550, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %25, align 32
  %571 = load <8 x float>, <8 x float>* %24, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %554, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %24, align 32
  %573 = load <8 x float>, <8 x float>* %23, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %558, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %23, align 32
  %575 = mul i64 %i60, 5
  %576 = add i64 %575, %j66
  %577 = add i64 %45, 1
  %578 = mul i64 %577, 1
  %579 = add i64 %578, %c56
  %580 = mul i64 %579, 25
  %581 = add i64 %580, %576
  %582 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %581
  %583 = load float, float* %582, align 4
  %584 = insertelement <8 x float> undef, float %583, i32 0
  %splat68 = shufflevector <8 x float> %584, <8 x float> undef, <8 x i32> zeroinitializer
  %585 = load <8 x float>, <8 x float>* %22, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %550, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %22, align 32
  %587 = load <8 x float>, <8 x float>* %21, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %554, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %21, align 32
  %589 = load <8 x float>, <8 x float>* %20, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %558, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %20, align 32
  %591 = mul i64 %i60, 5
  %592 = add i64 %591, %j66
  %593 = add i64 %45, 2
  %594 = mul i64 %593, 1
  %595 = add i64 %594, %c56
  %596 = mul i64 %595, 25
  %597 = add i64 %596, %592
  %598 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat69 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %19, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %550, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %19, align 32
  %603 = load <8 x float>, <8 x float>* %18, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %554, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %18, align 32
  %605 = load <8 x float>, <8 x float>* %17, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %558, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %17, align 32
  %607 = mul i64 %i60, 5
  %608 = add i64 %607, %j66
  %609 = add i64 %45, 3
  %610 = mul i64 %609, 1
  %611 = add i64 %610, %c56
  %612 = mul i64 %611, 25
  %613 = add i64 %612, %608
  %614 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat70 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %16, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %550, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %16, align 32
  %619 = load <8 x float>, <8 x float>* %15, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %554, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %15, align 32
  %621 = load <8 x float>, <8 x float>* %14, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %558, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %14, align 32
  %j.next71 = add i64 %j66, 1
  br label %j.header63

j.exit65:                                         ; preds = %j.header63
  br label %endif62

xs.header75:                                      ; preds = %c.exit81, %x.exit47
  %xs78 = phi i64 [ 0, %x.exit47 ], [ %xs.next96, %c.exit81 ]
  %623 = icmp slt i64 %xs78, 2
  br i1 %623, label %xs.body76, label %xs.exit77

xs.body76:                                        ; preds = %xs.header75
  %624 = add i64 %45, 0
  %625 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %624
  %626 = load float, float* %625, align 4
  store float %626, float* %13, align 4
  %627 = add i64 %45, 1
  %628 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %627
  %629 = load float, float* %628, align 4
  store float %629, float* %12, align 4
  %630 = add i64 %45, 2
  %631 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %630
  %632 = load float, float* %631, align 4
  store float %632, float* %11, align 4
  %633 = add i64 %45, 3
  %634 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %633
  %635 = load float, float* %634, align 4
  store float %635, float* %10, align 4
  br label %c.header79

xs.exit77:                                        ; preds = %xs.header75
  br label %xs.header97

c.header79:                                       ; preds = %i.exit85, %xs.body76
  %c82 = phi i64 [ 0, %xs.body76 ], [ %c.next95, %i.exit85 ]
  %636 = icmp slt i64 %c82, 1
  br i1 %636, label %c.body80, label %c.exit81

c.body80:                                         ; preds = %c.header79
  %637 = mul i64 %c82, 784
  %638 = add i64 %49, %637
  br label %i.header83

c.exit81:                                         ; preds = %c.header79
  %639 = load float, float* %13, align 4
  %640 = fcmp ogt float %639, 0.000000e+00
  %641 = select i1 %640, float %639, float 0.000000e+00
  %642 = mul i64 %42, 6
  %643 = add i64 %45, 0
  %644 = add i64 %642, %643
  %645 = mul i64 %644, 28
  %646 = add i64 %645, %39
  %647 = mul i64 %646, 28
  %648 = add i64 %647, %xs78
  %649 = getelementptr inbounds float, float* %0, i64 %648
  store float %641, float* %649, align 4
  %650 = load float, float* %12, align 4
  %651 = fcmp ogt float %650, 0.000000e+00
  %652 = select i1 %651, float %650, float 0.000000e+00
  %653 = mul i64 %42, 6
  %654 = add i64 %45, 1
  %655 = add i64 %653, %654
  %656 = mul i64 %655, 28
  %657 = add i64 %656, %39
  %658 = mul i64 %657, 28
  %659 = add i64 %658, %xs78
  %660 = getelementptr inbounds float, float* %0, i64 %659
  store float %652, float* %660, align 4
  %661 = load float, float* %11, align 4
  %662 = fcmp ogt float %661, 0.000000e+00
  %663 = select i1 %662, float %661, float 0.000000e+00
  %664 = mul i64 %42, 6
  %665 = add i64 %45, 2
  %666 = add i64 %664, %665
  %667 = mul i64 %666, 28
  %668 = add i64 %667, %39
  %669 = mul i64 %668, 28
  %670 = add i64 %669, %xs78
  %671 = getelementptr inbounds float, float* %0, i64 %670
  store float %663, float* %671, align 4
  %672 = load float, float* %10, align 4
  %673 = fcmp ogt float %672, 0.000000e+00
  %674 = select i1 %673, float %672, float 0.000000e+00
  %675 = mul i64 %42, 6
  %676 = add i64 %45, 3
  %677 = add i64 %675, %676
  %678 = mul i64 %677, 28
  %679 = add i64 %678, %39
  %680 = mul i64 %679, 28
  %681 = add i64 %680, %xs78
  %682 = getelementptr inbounds float, float* %0, i64 %681
  store float %674, float* %682, align 4
  %xs.next96 = add i64 %xs78, 1
  br label %xs.header75

i.header83:                                       ; preds = %endif88, %c.body80
  %i86 = phi i64 [ 0, %c.body80 ], [ %i.next94, %endif88 ]
  %683 = icmp slt i64 %i86, 5
  br i1 %683, label %i.body84, label %i.exit85

i.body84:                                         ; preds = %i.header83
  %684 = mul i64 %i86, 1
  %685 = add i64 %51, %684
  %686 = icmp sge i64 %685, 0
  %687 = icmp slt i64 %685, 28
  %688 = and i1 %686, %687
  br i1 %688, label %then87, label %endif88

i.exit85:                                         ; preds = %i.header83
  %c.next95 = add i64 %c82, 1
  br label %c.header79

then87:                                           ; preds = %i.body84
  %689 = mul i64 %685, 28
  %690 = add i64 %638, %689
  br label %j.header89

endif88:                                          ; preds = %j.exit91, %i.body84
  %i.next94 = add i64 %i86, 1
  br label %i.header83

j.header89:                                       ; preds = %j.body90, %then87
  %j92 = phi i64 [ 0, %then87 ], [ %j.next93, %j.body90 ]
  %691 = icmp slt i64 %j92, 5
  br i1 %691, label %j.body90, label %j.exit91

j.body90:                                         ; preds = %j.header89
  %692 = mul i64 %xs78, 1
  %693 = mul i64 %j92, 1
  %694 = add i64 %692, %693
  %695 = sub i64 %694, 2
  %696 = icmp sge i64 %695, 0
  %697 = icmp slt i64 %695, 28
  %698 = and i1 %696, %697
  %699 = icmp sgt i64 %695, 0
  %700 = select i1 %699, i64 %695, i64 0
  %701 = icmp slt i64 %700, 27
  %702 = select i1 %701, i64 %700, i64 27
  %703 = add i64 %690, %702
  %704 = getelementptr inbounds float, float* %1, i64 %703
  %705 = load float, float* %704, align 4
  %706 = select i1 %698, float %705, float 0.000000e+00
  %707 = mul i64 %i86, 5
  %708 = add i64 %707, %j92
  %709 = add i64 %45, 0
  %710 = mul i64 %709, 1
  %711 = add i64 %710, %c82
  %712 = mul i64 %711, 25
  %713 = add i64 %712, %708
  %714 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %713
  %715 = load float, float* %714, align 4
  %716 = load float, float* %13, align 4
  %717 = call float @llvm.fma.f32(float %715, float %706, float %716)
  store float %717, float* %13, align 4
  %718 = mul i64 %i86, 5
  %719 = add i64 %718, %j92
  %720 = add i64 %45, 1
  %721 = mul i64 %720, 1
  %722 = add i64 %721, %c82
  %723 = mul i64 %722, 25
  %724 = add i64 %723, %719
  %725 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %724
  %726 = load float, float* %725, align 4
  %727 = load float, float* %12, align 4
  %728 = call float @llvm.fma.f32(float %726, float %706, float %727)
  store float %728, float* %12, align 4
  %729 = mul i64 %i86, 5
  %730 = add i64 %729, %j92
  %731 = add i64 %45, 2
  %732 = mul i64 %731, 1
  %733 = add i64 %732, %c82
  %734 = mul i64 %733, 25
  %735 = add i64 %734, %730
  %736 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %735
  %737 = load float, float* %736, align 4
  %738 = load float, float* %11, align 4
  %739 = call float @llvm.fma.f32(float %737, float %706, float %738)
  store float %739, float* %11, align 4
  %740 = mul i64 %i86, 5
  %741 = add i64 %740, %j92
  %742 = add i64 %45, 3
  %743 = mul i64 %742, 1
  %744 = add i64 %743, %c82
  %745 = mul i64 %744, 25
  %746 = add i64 %745, %741
  %747 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %746
  %748 = load float, float* %747, align 4
  %749 = load float, float* %10, align 4
  %750 = call float @llvm.fma.f32(float %748, float %706, float %749)
  store float %750, float* %10, align 4
  %j.next93 = add i64 %j92, 1
  br label %j.header89

j.exit91:                                         ; preds = %j.header89
  br label %endif88

xs.header97:                                      ; preds = %c.exit103, %xs.exit77
  %xs100 = phi i64 [ 26, %xs.exit77 ], [ %xs.next118, %c.exit103 ]
  %751 = icmp slt i64 %xs100, 28
  br i1 %751, label %xs.body98, label %xs.exit99

xs.body98:                                        ; preds = %xs.header97
  %752 = add i64 %45, 0
  %753 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %752
  %754 = load float, float* %753, align 4
  store float %754, float* %9, align 4
  %755 = add i64 %45, 1
  %756 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %755
  %757 = load float, float* %756, align 4
  store float %757, float* %8, align 4
  %758 = add i64 %45, 2
  %759 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %758
  %760 = load float, float* %759, align 4
  store float %760, float* %7, align 4
  %761 = add i64 %45, 3
  %762 = getelementptr inbounds float, float* bitcast ([24 x i8]* @weight.conv2d_1.bias to float*), i64 %761
  %763 = load float, float* %762, align 4
  store float %763, float* %6, align 4
  br label %c.header101

xs.exit99:                                        ; preds = %xs.header97
  br label %endif

c.header101:                                      ; preds = %i.exit107, %xs.body98
  %c104 = phi i64 [ 0, %xs.body98 ], [ %c.next117, %i.exit107 ]
  %764 = icmp slt i64 %c104, 1
  br i1 %764, label %c.body102, label %c.exit103

c.body102:                                        ; preds = %c.header101
  %765 = mul i64 %c104, 784
  %766 = add i64 %49, %765
  br label %i.header105

c.exit103:                                        ; preds = %c.header101
  %767 = load float, float* %9, align 4
  %768 = fcmp ogt float %767, 0.000000e+00
  %769 = select i1 %768, float %767, float 0.000000e+00
  %770 = mul i64 %42, 6
  %771 = add i64 %45, 0
  %772 = add i64 %770, %771
  %773 = mul i64 %772, 28
  %774 = add i64 %773, %39
  %775 = mul i64 %774, 28
  %776 = add i64 %775, %xs100
  %777 = getelementptr inbounds float, float* %0, i64 %776
  store float %769, float* %777, align 4
  %778 = load float, float* %8, align 4
  %779 = fcmp ogt float %778, 0.000000e+00
  %780 = select i1 %779, float %778, float 0.000000e+00
  %781 = mul i64 %42, 6
  %782 = add i64 %45, 1
  %783 = add i64 %781, %782
  %784 = mul i64 %783, 28
  %785 = add i64 %784, %39
  %786 = mul i64 %785, 28
  %787 = add i64 %786, %xs100
  %788 = getelementptr inbounds float, float* %0, i64 %787
  store float %780, float* %788, align 4
  %789 = load float, float* %7, align 4
  %790 = fcmp ogt float %789, 0.000000e+00
  %791 = select i1 %790, float %789, float 0.000000e+00
  %792 = mul i64 %42, 6
  %793 = add i64 %45, 2
  %794 = add i64 %792, %793
  %795 = mul i64 %794, 28
  %796 = add i64 %795, %39
  %797 = mul i64 %796, 28
  %798 = add i64 %797, %xs100
  %799 = getelementptr inbounds float, float* %0, i64 %798
  store float %791, float* %799, align 4
  %800 = load float, float* %6, align 4
  %801 = fcmp ogt float %800, 0.000000e+00
  %802 = select i1 %801, float %800, float 0.000000e+00
  %803 = mul i64 %42, 6
  %804 = add i64 %45, 3
  %805 = add i64 %803, %804
  %806 = mul i64 %805, 28
  %807 = add i64 %806, %39
  %808 = mul i64 %807, 28
  %809 = add i64 %808, %xs100
  %810 = getelementptr inbounds float, float* %0, i64 %809
  store float %802, float* %810, align 4
  %xs.next118 = add i64 %xs100, 1
  br label %xs.header97

i.header105:                                      ; preds = %endif110, %c.body102
  %i108 = phi i64 [ 0, %c.body102 ], [ %i.next116, %endif110 ]
  %811 = icmp slt i64 %i108, 5
  br i1 %811, label %i.body106, label %i.exit107

i.body106:                                        ; preds = %i.header105
  %812 = mul i64 %i108, 1
  %813 = add i64 %51, %812
  %814 = icmp sge i64 %813, 0
  %815 = icmp slt i64 %813, 28
  %816 = and i1 %814, %815
  br i1 %816, label %then109, label %endif110

i.exit107:                                        ; preds = %i.header105
  %c.next117 = add i64 %c104, 1
  br label %c.header101

then109:                                          ; preds = %i.body106
  %817 = mul i64 %813, 28
  %818 = add i64 %766, %817
  br label %j.header111

endif110:                                         ; preds = %j.exit113, %i.body106
  %i.next116 = add i64 %i108, 1
  br label %i.header105

j.header111:                                      ; preds = %j.body112, %then109
  %j114 = phi i64 [ 0, %then109 ], [ %j.next115, %j.body112 ]
  %819 = icmp slt i64 %j114, 5
  br i1 %819, label %j.body112, label %j.exit113

j.body112:                                        ; preds = %j.header111
  %820 = mul i64 %xs100, 1
  %821 = mul i64 %j114, 1
  %822 = add i64 %820, %821
  %823 = sub i64 %822, 2
  %824 = icmp sge i64 %823, 0
  %825 = icmp slt i64 %823, 28
  %826 = and i1 %824, %825
  %827 = icmp sgt i64 %823, 0
  %828 = select i1 %827, i64 %823, i64 0
  %829 = icmp slt i64 %828, 27
  %830 = select i1 %829, i64 %828, i64 27
  %831 = add i64 %818, %830
  %832 = getelementptr inbounds float, float* %1, i64 %831
  %833 = load float, float* %832, align 4
  %834 = select i1 %826, float %833, float 0.000000e+00
  %835 = mul i64 %i108, 5
  %836 = add i64 %835, %j114
  %837 = add i64 %45, 0
  %838 = mul i64 %837, 1
  %839 = add i64 %838, %c104
  %840 = mul i64 %839, 25
  %841 = add i64 %840, %836
  %842 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %841
  %843 = load float, float* %842, align 4
  %844 = load float, float* %9, align 4
  %845 = call float @llvm.fma.f32(float %843, float %834, float %844)
  store float %845, float* %9, align 4
  %846 = mul i64 %i108, 5
  %847 = add i64 %846, %j114
  %848 = add i64 %45, 1
  %849 = mul i64 %848, 1
  %850 = add i64 %849, %c104
  %851 = mul i64 %850, 25
  %852 = add i64 %851, %847
  %853 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %852
  %854 = load float, float* %853, align 4
  %855 = load float, float* %8, align 4
  %856 = call float @llvm.fma.f32(float %854, float %834, float %855)
  store float %856, float* %8, align 4
  %857 = mul i64 %i108, 5
  %858 = add i64 %857, %j114
  %859 = add i64 %45, 2
  %860 = mul i64 %859, 1
  %861 = add i64 %860, %c104
  %862 = mul i64 %861, 25
  %863 = add i64 %862, %858
  %864 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %863
  %865 = load float, float* %864, align 4
  %866 = load float, float* %7, align 4
  %867 = call float @llvm.fma.f32(float %865, float %834, float %866)
  store float %867, float* %7, align 4
  %868 = mul i64 %i108, 5
  %869 = add i64 %868, %j114
  %870 = add i64 %45, 3
  %871 = mul i64 %870, 1
  %872 = add i64 %871, %c104
  %873 = mul i64 %872, 25
  %874 = add i64 %873, %869
  %875 = getelementptr inbounds float, float* bitcast ([600 x i8]* @weight.conv2d_1.weight to float*), i64 %874
  %876 = load float, float* %875, align 4
  %877 = load float, float* %6, align 4
  %878 = call float @llvm.fma.f32(float %876, float %834, float %877)
  store float %878, float* %6, align 4
  %j.next115 = add i64 %j114, 1
  br label %j.header111

j.exit113:                                        ; preds = %j.header111
  br label %endif110
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
  %19 = add i64 56, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 56
  %23 = select i1 %22, i64 %21, i64 56
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 56
  %26 = select i1 %25, i64 %24, i64 56
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

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
  %19 = add i64 84, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 84
  %23 = select i1 %22, i64 %21, i64 84
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 84
  %26 = select i1 %25, i64 %24, i64 84
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
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %16 = icmp slt i64 %task, %5
  br i1 %16, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %17 = srem i64 %task, 1
  %18 = sdiv i64 %task, 1
  %19 = srem i64 %18, 10
  %20 = sdiv i64 %task, 10
  %21 = srem i64 %20, 1
  %22 = sdiv i64 %20, 1
  %23 = mul i64 %21, 2
  %24 = mul i64 %17, 2
  %25 = add i64 %23, %24
  %26 = mul i64 %22, 6
  %27 = mul i64 %21, 6
  %28 = add i64 %26, %27
  %29 = mul i64 %28, 196
  %30 = mul i64 %21, 2
  %31 = mul i64 %17, 2
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 1200
  %34 = mul i64 %19, 1
  %35 = sub i64 %34, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %36 = icmp slt i64 %x, 10
  br i1 %36, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %37 = add i64 %25, 0
  %38 = mul i64 %37, 8
  %39 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  store <8 x float> %41, <8 x float>* %15, align 32
  store <8 x float> %41, <8 x float>* %14, align 32
  store <8 x float> %41, <8 x float>* %13, align 32
  store <8 x float> %41, <8 x float>* %12, align 32
  store <8 x float> %41, <8 x float>* %11, align 32
  %42 = add i64 %25, 1
  %43 = mul i64 %42, 8
  %44 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  store <8 x float> %46, <8 x float>* %10, align 32
  store <8 x float> %46, <8 x float>* %9, align 32
  store <8 x float> %46, <8 x float>* %8, align 32
  store <8 x float> %46, <8 x float>* %7, align 32
  store <8 x float> %46, <8 x float>* %6, align 32
  %47 = mul i64 %x, 1
  %48 = sub i64 %47, 0
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %49 = icmp slt i64 %u, 6
  br i1 %49, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %50 = mul i64 %u, 196
  %51 = add i64 %29, %50
  %52 = mul i64 %u, 200
  %53 = add i64 %33, %52
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %54 = add i64 %x, 0
  %55 = mul i64 %22, 2
  %56 = add i64 %55, %25
  %57 = add i64 %56, 0
  %58 = mul i64 %57, 10
  %59 = add i64 %58, %19
  %60 = mul i64 %59, 10
  %61 = add i64 %60, %54
  %62 = mul i64 %61, 8
  %63 = load <8 x float>, <8 x float>* %15, align 32
  %64 = fcmp ogt <8 x float> %63, zeroinitializer
  %65 = select <8 x i1> %64, <8 x float> %63, <8 x float> zeroinitializer
  %66 = getelementptr inbounds float, float* %0, i64 %62
  %67 = bitcast float* %66 to <8 x float>*
  store <8 x float> %65, <8 x float>* %67, align 4
  %68 = add i64 %x, 1
  %69 = mul i64 %22, 2
  %70 = add i64 %69, %25
  %71 = add i64 %70, 0
  %72 = mul i64 %71, 10
  %73 = add i64 %72, %19
  %74 = mul i64 %73, 10
  %75 = add i64 %74, %68
  %76 = mul i64 %75, 8
  %77 = load <8 x float>, <8 x float>* %14, align 32
  %78 = fcmp ogt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> %77, <8 x float> zeroinitializer
  %80 = getelementptr inbounds float, float* %0, i64 %76
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %79, <8 x float>* %81, align 4
  %82 = add i64 %x, 2
  %83 = mul i64 %22, 2
  %84 = add i64 %83, %25
  %85 = add i64 %84, 0
  %86 = mul i64 %85, 10
  %87 = add i64 %86, %19
  %88 = mul i64 %87, 10
  %89 = add i64 %88, %82
  %90 = mul i64 %89, 8
  %91 = load <8 x float>, <8 x float>* %13, align 32
  %92 = fcmp ogt <8 x float> %91, zeroinitializer
  %93 = select <8 x i1> %92, <8 x float> %91, <8 x float> zeroinitializer
  %94 = getelementptr inbounds float, float* %0, i64 %90
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %93, <8 x float>* %95, align 4
  %96 = add i64 %x, 3
  %97 = mul i64 %22, 2
  %98 = add i64 %97, %25
  %99 = add i64 %98, 0
  %100 = mul i64 %99, 10
  %101 = add i64 %100, %19
  %102 = mul i64 %101, 10
  %103 = add i64 %102, %96
  %104 = mul i64 %103, 8
  %105 = load <8 x float>, <8 x float>* %12, align 32
  %106 = fcmp ogt <8 x float> %105, zeroinitializer
  %107 = select <8 x i1> %106, <8 x float> %105, <8 x float> zeroinitializer
  %108 = getelementptr inbounds float, float* %0, i64 %104
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %110 = add i64 %x, 4
  %111 = mul i64 %22, 2
  %112 = add i64 %111, %25
  %113 = add i64 %112, 0
  %114 = mul i64 %113, 10
  %115 = add i64 %114, %19
  %116 = mul i64 %115, 10
  %117 = add i64 %116, %110
  %118 = mul i64 %117, 8
  %119 = load <8 x float>, <8 x float>* %11, align 32
  %120 = fcmp ogt <8 x float> %119, zeroinitializer
  %121 = select <8 x i1> %120, <8 x float> %119, <8 x float> zeroinitializer
  %122 = getelementptr inbounds float, float* %0, i64 %118
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %121, <8 x float>* %123, align 4
  %124 = add i64 %x, 0
  %125 = mul i64 %22, 2
  %126 = add i64 %125, %25
  %127 = add i64 %126, 1
  %128 = mul i64 %127, 10
  %129 = add i64 %128, %19
  %130 = mul i64 %129, 10
  %131 = add i64 %130, %124
  %132 = mul i64 %131, 8
  %133 = load <8 x float>, <8 x float>* %10, align 32
  %134 = fcmp ogt <8 x float> %133, zeroinitializer
  %135 = select <8 x i1> %134, <8 x float> %133, <8 x float> zeroinitializer
  %136 = getelementptr inbounds float, float* %0, i64 %132
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %135, <8 x float>* %137, align 4
  %138 = add i64 %x, 1
  %139 = mul i64 %22, 2
  %140 = add i64 %139, %25
  %141 = add i64 %140, 1
  %142 = mul i64 %141, 10
  %143 = add i64 %142, %19
  %144 = mul i64 %143, 10
  %145 = add i64 %144, %138
  %146 = mul i64 %145, 8
  %147 = load <8 x float>, <8 x float>* %9, align 32
  %148 = fcmp ogt <8 x float> %147, zeroinitializer
  %149 = select <8 x i1> %148, <8 x float> %147, <8 x float> zeroinitializer
  %150 = getelementptr inbounds float, float* %0, i64 %146
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %149, <8 x float>* %151, align 4
  %152 = add i64 %x, 2
  %153 = mul i64 %22, 2
  %154 = add i64 %153, %25
  %155 = add i64 %154, 1
  %156 = mul i64 %155, 10
  %157 = add i64 %156, %19
  %158 = mul i64 %157, 10
  %159 = add i64 %158, %152
  %160 = mul i64 %159, 8
  %161 = load <8 x float>, <8 x float>* %8, align 32
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = getelementptr inbounds float, float* %0, i64 %160
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %163, <8 x float>* %165, align 4
  %166 = add i64 %x, 3
  %167 = mul i64 %22, 2
  %168 = add i64 %167, %25
  %169 = add i64 %168, 1
  %170 = mul i64 %169, 10
  %171 = add i64 %170, %19
  %172 = mul i64 %171, 10
  %173 = add i64 %172, %166
  %174 = mul i64 %173, 8
  %175 = load <8 x float>, <8 x float>* %7, align 32
  %176 = fcmp ogt <8 x float> %175, zeroinitializer
  %177 = select <8 x i1> %176, <8 x float> %175, <8 x float> zeroinitializer
  %178 = getelementptr inbounds float, float* %0, i64 %174
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %177, <8 x float>* %179, align 4
  %180 = add i64 %x, 4
  %181 = mul i64 %22, 2
  %182 = add i64 %181, %25
  %183 = add i64 %182, 1
  %184 = mul i64 %183, 10
  %185 = add i64 %184, %19
  %186 = mul i64 %185, 10
  %187 = add i64 %186, %180
  %188 = mul i64 %187, 8
  %189 = load <8 x float>, <8 x float>* %6, align 32
  %190 = fcmp ogt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> %189, <8 x float> zeroinitializer
  %192 = getelementptr inbounds float, float* %0, i64 %188
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %x.next = add i64 %x, 5
  br label %x.header

kh.header:                                        ; preds = %endif, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %endif ]
  %194 = icmp slt i64 %kh, 5
  br i1 %194, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %195 = mul i64 %kh, 1
  %196 = add i64 %35, %195
  %197 = icmp sge i64 %196, 0
  %198 = icmp slt i64 %196, 14
  %199 = and i1 %197, %198
  br i1 %199, label %then, label %endif

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

then:                                             ; preds = %kh.body
  %200 = mul i64 %196, 14
  %201 = add i64 %51, %200
  br label %kw.header

endif:                                            ; preds = %kw.exit, %kh.body
  %kh.next = add i64 %kh, 1
  br label %kh.header

kw.header:                                        ; preds = %kw.body, %then
  %kw = phi i64 [ 0, %then ], [ %kw.next, %kw.body ]
  %202 = icmp slt i64 %kw, 5
  br i1 %202, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %203 = mul i64 %kw, 1
  %204 = add i64 %48, %203
  %205 = mul i64 %kh, 5
  %206 = add i64 %205, %kw
  %207 = mul i64 %206, 8
  %208 = add i64 %53, %207
  %209 = add i64 %208, 0
  %210 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = add i64 %208, 1200
  %214 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %213
  %215 = bitcast float* %214 to <8 x float>*
  %216 = load <8 x float>, <8 x float>* %215, align 4
  %217 = add i64 %204, 0
  %218 = mul i64 %217, 1
  %219 = add i64 %218, 0
  %220 = add i64 %201, %219
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %15, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %212, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %15, align 32
  %226 = load <8 x float>, <8 x float>* %10, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %216, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %10, align 32
  %228 = add i64 %204, 1
  %229 = mul i64 %228, 1
  %230 = add i64 %229, 0
  %231 = add i64 %201, %230
  %232 = getelementptr inbounds float, float* %1, i64 %231
  %233 = load float, float* %232, align 4
  %234 = insertelement <8 x float> undef, float %233, i32 0
  %splat1 = shufflevector <8 x float> %234, <8 x float> undef, <8 x i32> zeroinitializer
  %235 = load <8 x float>, <8 x float>* %14, align 32
  %236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %212, <8 x float> %235)
  store <8 x float> %236, <8 x float>* %14, align 32
  %237 = load <8 x float>, <8 x float>* %9, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %216, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %9, align 32
  %239 = add i64 %204, 2
  %240 = mul i64 %239, 1
  %241 = add i64 %240, 0
  %242 = add i64 %201, %241
  %243 = getelementptr inbounds float, float* %1, i64 %242
  %244 = load float, float* %243, align 4
  %245 = insertelement <8 x float> undef, float %244, i32 0
  %splat2 = shufflevector <8 x float> %245, <8 x float> undef, <8 x i32> zeroinitializer
  %246 = load <8 x float>, <8 x float>* %13, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %212, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %13, align 32
  %248 = load <8 x float>, <8 x float>* %8, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %216, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %8, align 32
  %250 = add i64 %204, 3
  %251 = mul i64 %250, 1
  %252 = add i64 %251, 0
  %253 = add i64 %201, %252
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = load float, float* %254, align 4
  %256 = insertelement <8 x float> undef, float %255, i32 0
  %splat3 = shufflevector <8 x float> %256, <8 x float> undef, <8 x i32> zeroinitializer
  %257 = load <8 x float>, <8 x float>* %12, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %212, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %12, align 32
  %259 = load <8 x float>, <8 x float>* %7, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %216, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %7, align 32
  %261 = add i64 %204, 4
  %262 = mul i64 %261, 1
  %263 = add i64 %262, 0
  %264 = add i64 %201, %263
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat4 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %11, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %212, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %11, align 32
  %270 = load <8 x float>, <8 x float>* %6, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %216, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %6, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  br label %endif
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
  %19 = add i64 10, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 10
  %23 = select i1 %22, i64 %21, i64 10
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 10
  %26 = select i1 %25, i64 %24, i64 10
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
  %8 = sdiv i64 %task, 5
  %9 = srem i64 %task, 5
  %10 = mul i64 %8, 800
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 5
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 40
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 10
  %22 = select i1 %21, i64 %20, i64 10
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 10
  %25 = select i1 %24, i64 %23, i64 10
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
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 10
  %34 = select i1 %33, i64 %32, i64 10
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 10
  %37 = select i1 %36, i64 %35, i64 10
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
  %45 = mul i64 %r, 10
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
  %19 = add i64 10, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 10
  %23 = select i1 %22, i64 %21, i64 10
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 10
  %26 = select i1 %25, i64 %24, i64 10
  call void @node3.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %w.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %w.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 5
  %8 = sdiv i64 %task, 5
  %9 = mul i64 %task, 40
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %10 = icmp slt i64 %w, 5
  br i1 %10, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %11 = mul i64 %8, 8
  %12 = add i64 %11, 0
  %13 = mul i64 %12, 25
  %14 = mul i64 %7, 5
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
  %25 = mul i64 %24, 25
  %26 = mul i64 %7, 5
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
  %37 = mul i64 %36, 25
  %38 = mul i64 %7, 5
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
  %49 = mul i64 %48, 25
  %50 = mul i64 %7, 5
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
  %61 = mul i64 %60, 25
  %62 = mul i64 %7, 5
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
  %73 = mul i64 %72, 25
  %74 = mul i64 %7, 5
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
  %85 = mul i64 %84, 25
  %86 = mul i64 %7, 5
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
  %97 = mul i64 %96, 25
  %98 = mul i64 %7, 5
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
define internal void @node4.maxPool2d_2.nchw.step0(i8* %0) #2 {
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
  call void @node4.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 400
  %12 = getelementptr inbounds float, float* bitcast ([480 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 400
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
  %16 = icmp slt i64 %k, 384
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([192000 x i8]* @weight.dense_1.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([192000 x i8]* @weight.dense_1.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([192000 x i8]* @weight.dense_1.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([192000 x i8]* @weight.dense_1.weight to float*), i64 %51
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
  %k4 = phi i64 [ 384, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 400
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([192000 x i8]* @weight.dense_1.weight to float*), i64 %62
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
  %92 = mul i64 %n, 120
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node6.dense_1.step0(i8* %0) #2 {
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
  %19 = add i64 120, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 120
  %23 = select i1 %22, i64 %21, i64 120
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 120
  %26 = select i1 %25, i64 %24, i64 120
  call void @node6.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 120
  %12 = getelementptr inbounds float, float* bitcast ([336 x i8]* @weight.dense_2.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 120
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
  %16 = icmp slt i64 %k, 96
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([40320 x i8]* @weight.dense_2.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([40320 x i8]* @weight.dense_2.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([40320 x i8]* @weight.dense_2.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([40320 x i8]* @weight.dense_2.weight to float*), i64 %51
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
  %k4 = phi i64 [ 96, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 120
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([40320 x i8]* @weight.dense_2.weight to float*), i64 %62
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
  %92 = mul i64 %n, 84
  %93 = add i64 %92, %task
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %91, float* %94, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node7.dense_2.step0(i8* %0) #2 {
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
  %19 = add i64 84, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 84
  %23 = select i1 %22, i64 %21, i64 84
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 84
  %26 = select i1 %25, i64 %24, i64 84
  call void @node7.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 84
  %12 = getelementptr inbounds float, float* bitcast ([40 x i8]* @weight.dense_3.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 84
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
  %16 = icmp slt i64 %k, 64
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %51
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
  %k4 = phi i64 [ 64, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 80
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %62
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
  %89 = add i64 %11, 80
  %90 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %89
  %91 = load float, float* %90, align 4
  %92 = add i64 %15, 80
  %93 = getelementptr inbounds float, float* %1, i64 %92
  %94 = load float, float* %93, align 4
  %95 = call float @llvm.fma.f32(float %91, float %94, float %88)
  %96 = add i64 %11, 81
  %97 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = add i64 %15, 81
  %100 = getelementptr inbounds float, float* %1, i64 %99
  %101 = load float, float* %100, align 4
  %102 = call float @llvm.fma.f32(float %98, float %101, float %95)
  %103 = add i64 %11, 82
  %104 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %103
  %105 = load float, float* %104, align 4
  %106 = add i64 %15, 82
  %107 = getelementptr inbounds float, float* %1, i64 %106
  %108 = load float, float* %107, align 4
  %109 = call float @llvm.fma.f32(float %105, float %108, float %102)
  %110 = add i64 %11, 83
  %111 = getelementptr inbounds float, float* bitcast ([3360 x i8]* @weight.dense_3.weight to float*), i64 %110
  %112 = load float, float* %111, align 4
  %113 = add i64 %15, 83
  %114 = getelementptr inbounds float, float* %1, i64 %113
  %115 = load float, float* %114, align 4
  %116 = call float @llvm.fma.f32(float %112, float %115, float %109)
  %117 = fadd float %116, %13
  %118 = mul i64 %n, 10
  %119 = add i64 %118, %task
  %120 = getelementptr inbounds float, float* %0, i64 %119
  store float %117, float* %120, align 4
  %n.next = add i64 %n, 1
  br label %n.header
}

; Function Attrs: nounwind
define internal void @node8.dense_3.step0(i8* %0) #2 {
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
  call void @node8.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
declare float @llvm.floor.f32(float) #1

; Function Attrs: nounwind
define internal void @node9.dense_3.softmax.step0(i8* %0) #2 {
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
  call void @node9.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @lenet_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %fresh = call i8* @malloc(i64 23615)
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
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 18816
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
  call void @node1.maxPool2d_1.step0(i8* %30)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 18816
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
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 6400
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
  call void @node3.maxPool2d_2.step0(i8* %44)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 6400
  %47 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %50, align 8
  %51 = bitcast [4 x i8*]* %args to i8*
  call void @node4.maxPool2d_2.nchw.step0(i8* %51)
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 1600
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
  call void @node6.dense_1.step0(i8* %58)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %60 = getelementptr inbounds i8, i8* %workspace7, i64 1600
  %61 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %60, i8** %62, align 8
  %63 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %63, align 8
  %64 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %64, align 8
  %65 = bitcast [4 x i8*]* %args to i8*
  call void @node7.dense_2.step0(i8* %65)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %67 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %67, align 8
  %68 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %69, align 8
  %70 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %70, align 8
  %71 = bitcast [4 x i8*]* %args to i8*
  call void @node8.dense_3.step0(i8* %71)
  %72 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %72, align 8
  %73 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %73, align 8
  %74 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %74, align 8
  %75 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %75, align 8
  %76 = bitcast [4 x i8*]* %args to i8*
  call void @node9.dense_3.softmax.step0(i8* %76)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @lenet_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #3 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @lenet_workspace_size() #3 {
entry:
  ret i64 23615
}

; Function Attrs: nounwind
define i32 @lenet_infer(i8* %0, i8* %1, i8* %2) #3 {
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
  %11 = call i32 @lenet_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { nounwind }
