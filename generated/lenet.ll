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
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %39 = alloca <8 x float>, align 32
  %40 = alloca <8 x float>, align 32
  %41 = alloca <8 x float>, align 32
  %42 = alloca <8 x float>, align 32
  %43 = alloca <8 x float>, align 32
  %44 = alloca <8 x float>, align 32
  %45 = alloca <8 x float>, align 32
  %46 = alloca <8 x float>, align 32
  %47 = alloca <8 x float>, align 32
  %48 = alloca <8 x float>, align 32
  %49 = alloca <8 x float>, align 32
  %50 = alloca <8 x float>, align 32
  %51 = alloca <8 x float>, align 32
  %52 = alloca <8 x float>, align 32
  %53 = alloca <8 x float>, align 32
  %54 = alloca <8 x float>, align 32
  %55 = alloca <8 x float>, align 32
  %56 = alloca <8 x float>, align 32
  %57 = alloca <8 x float>, align 32
  %58 = alloca <8 x float>, align 32
  %59 = alloca <8 x float>, align 32
  %60 = alloca <8 x float>, align 32
  %61 = alloca <8 x float>, align 32
  %62 = alloca <8 x float>, align 32
  %63 = alloca <8 x float>, align 32
  %64 = alloca <8 x float>, align 32
  %65 = alloca <8 x float>, align 32
  %66 = alloca <8 x float>, align 32
  %67 = alloca <8 x float>, align 32
  %68 = alloca <8 x float>, align 32
  %69 = alloca <8 x float>, align 32
  %70 = alloca <8 x float>, align 32
  %71 = alloca <8 x float>, align 32
  %72 = alloca <8 x float>, align 32
  %73 = alloca <8 x float>, align 32
  %74 = alloca <8 x float>, align 32
  %75 = alloca <8 x float>, align 32
  %76 = alloca <8 x float>, align 32
  %77 = alloca <8 x float>, align 32
  %78 = alloca <8 x float>, align 32
  %79 = alloca <8 x float>, align 32
  %80 = alloca <8 x float>, align 32
  %81 = alloca <8 x float>, align 32
  %82 = alloca <8 x float>, align 32
  %83 = alloca <8 x float>, align 32
  %84 = alloca <8 x float>, align 32
  %85 = alloca <8 x float>, align 32
  %86 = alloca <8 x float>, align 32
  %87 = alloca <8 x float>, align 32
  %88 = alloca <8 x float>, align 32
  %89 = alloca <8 x float>, align 32
  %90 = alloca <8 x float>, align 32
  %91 = alloca <8 x float>, align 32
  %92 = alloca <8 x float>, align 32
  %93 = alloca <8 x float>, align 32
  %94 = alloca <8 x float>, align 32
  %95 = alloca <8 x float>, align 32
  %96 = alloca <8 x float>, align 32
  %97 = alloca <8 x float>, align 32
  %98 = alloca <8 x float>, align 32
  %99 = alloca <8 x float>, align 32
  %100 = alloca <8 x float>, align 32
  %101 = alloca <8 x float>, align 32
  %102 = alloca <8 x float>, align 32
  %103 = alloca <8 x float>, align 32
  %104 = alloca <8 x float>, align 32
  %105 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %u.exit155, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %u.exit155 ]
  %106 = icmp slt i64 %task, %5
  br i1 %106, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %107 = srem i64 %task, 2
  %108 = sdiv i64 %task, 2
  %109 = srem i64 %108, 1
  %110 = mul i64 %107, 5
  %111 = sdiv i64 %task, 2
  %112 = srem i64 %111, 1
  %113 = sdiv i64 %111, 1
  %114 = mul i64 %112, 2
  %115 = mul i64 %109, 2
  %116 = add i64 %114, %115
  %117 = mul i64 %113, 6
  %118 = mul i64 %112, 6
  %119 = add i64 %117, %118
  %120 = mul i64 %119, 196
  %121 = mul i64 %116, 1200
  %122 = mul i64 %110, 14
  %123 = add i64 %116, 0
  %124 = mul i64 %123, 8
  %125 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  store <8 x float> %127, <8 x float>* %105, align 32
  store <8 x float> %127, <8 x float>* %104, align 32
  store <8 x float> %127, <8 x float>* %103, align 32
  store <8 x float> %127, <8 x float>* %102, align 32
  store <8 x float> %127, <8 x float>* %101, align 32
  store <8 x float> %127, <8 x float>* %100, align 32
  %128 = add i64 %116, 1
  %129 = mul i64 %128, 8
  %130 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  store <8 x float> %132, <8 x float>* %99, align 32
  store <8 x float> %132, <8 x float>* %98, align 32
  store <8 x float> %132, <8 x float>* %97, align 32
  store <8 x float> %132, <8 x float>* %96, align 32
  store <8 x float> %132, <8 x float>* %95, align 32
  store <8 x float> %132, <8 x float>* %94, align 32
  %133 = add i64 %122, 0
  %134 = add i64 %120, %133
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %135 = icmp slt i64 %u, 6
  br i1 %135, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %136 = mul i64 %u, 196
  %137 = add i64 %134, %136
  %138 = mul i64 %u, 200
  %139 = add i64 %121, %138
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %140 = mul i64 %113, 2
  %141 = add i64 %140, %116
  %142 = add i64 %141, 0
  %143 = mul i64 %142, 10
  %144 = add i64 %143, %110
  %145 = mul i64 %144, 10
  %146 = add i64 %145, 0
  %147 = mul i64 %146, 8
  %148 = load <8 x float>, <8 x float>* %105, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = getelementptr inbounds float, float* %0, i64 %147
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %150, <8 x float>* %152, align 4
  %153 = add i64 %145, 1
  %154 = mul i64 %153, 8
  %155 = load <8 x float>, <8 x float>* %104, align 32
  %156 = fcmp ogt <8 x float> %155, zeroinitializer
  %157 = select <8 x i1> %156, <8 x float> %155, <8 x float> zeroinitializer
  %158 = getelementptr inbounds float, float* %0, i64 %154
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %157, <8 x float>* %159, align 4
  %160 = add i64 %145, 2
  %161 = mul i64 %160, 8
  %162 = load <8 x float>, <8 x float>* %103, align 32
  %163 = fcmp ogt <8 x float> %162, zeroinitializer
  %164 = select <8 x i1> %163, <8 x float> %162, <8 x float> zeroinitializer
  %165 = getelementptr inbounds float, float* %0, i64 %161
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %164, <8 x float>* %166, align 4
  %167 = add i64 %145, 3
  %168 = mul i64 %167, 8
  %169 = load <8 x float>, <8 x float>* %102, align 32
  %170 = fcmp ogt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> %169, <8 x float> zeroinitializer
  %172 = getelementptr inbounds float, float* %0, i64 %168
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = add i64 %145, 4
  %175 = mul i64 %174, 8
  %176 = load <8 x float>, <8 x float>* %101, align 32
  %177 = fcmp ogt <8 x float> %176, zeroinitializer
  %178 = select <8 x i1> %177, <8 x float> %176, <8 x float> zeroinitializer
  %179 = getelementptr inbounds float, float* %0, i64 %175
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %178, <8 x float>* %180, align 4
  %181 = add i64 %145, 5
  %182 = mul i64 %181, 8
  %183 = load <8 x float>, <8 x float>* %100, align 32
  %184 = fcmp ogt <8 x float> %183, zeroinitializer
  %185 = select <8 x i1> %184, <8 x float> %183, <8 x float> zeroinitializer
  %186 = getelementptr inbounds float, float* %0, i64 %182
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %185, <8 x float>* %187, align 4
  %188 = mul i64 %113, 2
  %189 = add i64 %188, %116
  %190 = add i64 %189, 1
  %191 = mul i64 %190, 10
  %192 = add i64 %191, %110
  %193 = mul i64 %192, 10
  %194 = add i64 %193, 0
  %195 = mul i64 %194, 8
  %196 = load <8 x float>, <8 x float>* %99, align 32
  %197 = fcmp ogt <8 x float> %196, zeroinitializer
  %198 = select <8 x i1> %197, <8 x float> %196, <8 x float> zeroinitializer
  %199 = getelementptr inbounds float, float* %0, i64 %195
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %198, <8 x float>* %200, align 4
  %201 = add i64 %193, 1
  %202 = mul i64 %201, 8
  %203 = load <8 x float>, <8 x float>* %98, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = getelementptr inbounds float, float* %0, i64 %202
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %205, <8 x float>* %207, align 4
  %208 = add i64 %193, 2
  %209 = mul i64 %208, 8
  %210 = load <8 x float>, <8 x float>* %97, align 32
  %211 = fcmp ogt <8 x float> %210, zeroinitializer
  %212 = select <8 x i1> %211, <8 x float> %210, <8 x float> zeroinitializer
  %213 = getelementptr inbounds float, float* %0, i64 %209
  %214 = bitcast float* %213 to <8 x float>*
  store <8 x float> %212, <8 x float>* %214, align 4
  %215 = add i64 %193, 3
  %216 = mul i64 %215, 8
  %217 = load <8 x float>, <8 x float>* %96, align 32
  %218 = fcmp ogt <8 x float> %217, zeroinitializer
  %219 = select <8 x i1> %218, <8 x float> %217, <8 x float> zeroinitializer
  %220 = getelementptr inbounds float, float* %0, i64 %216
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %219, <8 x float>* %221, align 4
  %222 = add i64 %193, 4
  %223 = mul i64 %222, 8
  %224 = load <8 x float>, <8 x float>* %95, align 32
  %225 = fcmp ogt <8 x float> %224, zeroinitializer
  %226 = select <8 x i1> %225, <8 x float> %224, <8 x float> zeroinitializer
  %227 = getelementptr inbounds float, float* %0, i64 %223
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %229 = add i64 %193, 5
  %230 = mul i64 %229, 8
  %231 = load <8 x float>, <8 x float>* %94, align 32
  %232 = fcmp ogt <8 x float> %231, zeroinitializer
  %233 = select <8 x i1> %232, <8 x float> %231, <8 x float> zeroinitializer
  %234 = getelementptr inbounds float, float* %0, i64 %230
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %233, <8 x float>* %235, align 4
  %236 = add i64 %116, 0
  %237 = mul i64 %236, 8
  %238 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  store <8 x float> %240, <8 x float>* %93, align 32
  store <8 x float> %240, <8 x float>* %92, align 32
  store <8 x float> %240, <8 x float>* %91, align 32
  store <8 x float> %240, <8 x float>* %90, align 32
  store <8 x float> %240, <8 x float>* %89, align 32
  store <8 x float> %240, <8 x float>* %88, align 32
  %241 = add i64 %116, 1
  %242 = mul i64 %241, 8
  %243 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  %245 = load <8 x float>, <8 x float>* %244, align 4
  store <8 x float> %245, <8 x float>* %87, align 32
  store <8 x float> %245, <8 x float>* %86, align 32
  store <8 x float> %245, <8 x float>* %85, align 32
  store <8 x float> %245, <8 x float>* %84, align 32
  store <8 x float> %245, <8 x float>* %83, align 32
  store <8 x float> %245, <8 x float>* %82, align 32
  %246 = add i64 %122, 0
  %247 = add i64 %120, %246
  br label %u.header6

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %248 = icmp slt i64 %kh, 5
  br i1 %248, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %249 = mul i64 %kh, 14
  %250 = add i64 %137, %249
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %251 = icmp slt i64 %kw, 5
  br i1 %251, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %252 = mul i64 %kw, 1
  %253 = add i64 %250, %252
  %254 = mul i64 %kh, 5
  %255 = add i64 %254, %kw
  %256 = mul i64 %255, 8
  %257 = add i64 %139, %256
  %258 = add i64 %257, 0
  %259 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  %261 = load <8 x float>, <8 x float>* %260, align 4
  %262 = add i64 %257, 1200
  %263 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %253, 0
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %105, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %261, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %105, align 32
  %272 = load <8 x float>, <8 x float>* %99, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %265, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %99, align 32
  %274 = add i64 %253, 1
  %275 = getelementptr inbounds float, float* %1, i64 %274
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i32 0
  %splat1 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, <8 x float>* %104, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %261, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %104, align 32
  %280 = load <8 x float>, <8 x float>* %98, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %265, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %98, align 32
  %282 = add i64 %253, 2
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat2 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %103, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %261, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %103, align 32
  %288 = load <8 x float>, <8 x float>* %97, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %265, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %97, align 32
  %290 = add i64 %253, 3
  %291 = getelementptr inbounds float, float* %1, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat3 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %102, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %261, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %102, align 32
  %296 = load <8 x float>, <8 x float>* %96, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %96, align 32
  %298 = add i64 %253, 4
  %299 = getelementptr inbounds float, float* %1, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat4 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %101, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %261, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %101, align 32
  %304 = load <8 x float>, <8 x float>* %95, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %265, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %95, align 32
  %306 = add i64 %253, 5
  %307 = getelementptr inbounds float, float* %1, i64 %306
  %308 = load float, float* %307, align 4
  %309 = insertelement <8 x float> undef, float %308, i32 0
  %splat5 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, <8 x float>* %100, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %261, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %100, align 32
  %312 = load <8 x float>, <8 x float>* %94, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %265, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %94, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %u.exit
  %u9 = phi i64 [ 0, %u.exit ], [ %u.next26, %kh.exit12 ]
  %314 = icmp slt i64 %u9, 6
  br i1 %314, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %315 = mul i64 %u9, 196
  %316 = add i64 %247, %315
  %317 = mul i64 %u9, 200
  %318 = add i64 %121, %317
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %319 = mul i64 %113, 2
  %320 = add i64 %319, %116
  %321 = add i64 %320, 0
  %322 = mul i64 %321, 10
  %323 = add i64 %322, %110
  %324 = mul i64 %323, 10
  %325 = add i64 %324, 6
  %326 = mul i64 %325, 8
  %327 = load <8 x float>, <8 x float>* %93, align 32
  %328 = fcmp ogt <8 x float> %327, zeroinitializer
  %329 = select <8 x i1> %328, <8 x float> %327, <8 x float> zeroinitializer
  %330 = getelementptr inbounds float, float* %0, i64 %326
  %331 = bitcast float* %330 to <8 x float>*
  store <8 x float> %329, <8 x float>* %331, align 4
  %332 = add i64 %324, 7
  %333 = mul i64 %332, 8
  %334 = load <8 x float>, <8 x float>* %92, align 32
  %335 = fcmp ogt <8 x float> %334, zeroinitializer
  %336 = select <8 x i1> %335, <8 x float> %334, <8 x float> zeroinitializer
  %337 = getelementptr inbounds float, float* %0, i64 %333
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %336, <8 x float>* %338, align 4
  %339 = add i64 %324, 8
  %340 = mul i64 %339, 8
  %341 = load <8 x float>, <8 x float>* %91, align 32
  %342 = fcmp ogt <8 x float> %341, zeroinitializer
  %343 = select <8 x i1> %342, <8 x float> %341, <8 x float> zeroinitializer
  %344 = getelementptr inbounds float, float* %0, i64 %340
  %345 = bitcast float* %344 to <8 x float>*
  store <8 x float> %343, <8 x float>* %345, align 4
  %346 = add i64 %324, 9
  %347 = mul i64 %346, 8
  %348 = load <8 x float>, <8 x float>* %90, align 32
  %349 = fcmp ogt <8 x float> %348, zeroinitializer
  %350 = select <8 x i1> %349, <8 x float> %348, <8 x float> zeroinitializer
  %351 = getelementptr inbounds float, float* %0, i64 %347
  %352 = bitcast float* %351 to <8 x float>*
  store <8 x float> %350, <8 x float>* %352, align 4
  %353 = add i64 %324, 10
  %354 = mul i64 %353, 8
  %355 = load <8 x float>, <8 x float>* %89, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = getelementptr inbounds float, float* %0, i64 %354
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %357, <8 x float>* %359, align 4
  %360 = add i64 %324, 11
  %361 = mul i64 %360, 8
  %362 = load <8 x float>, <8 x float>* %88, align 32
  %363 = fcmp ogt <8 x float> %362, zeroinitializer
  %364 = select <8 x i1> %363, <8 x float> %362, <8 x float> zeroinitializer
  %365 = getelementptr inbounds float, float* %0, i64 %361
  %366 = bitcast float* %365 to <8 x float>*
  store <8 x float> %364, <8 x float>* %366, align 4
  %367 = mul i64 %113, 2
  %368 = add i64 %367, %116
  %369 = add i64 %368, 1
  %370 = mul i64 %369, 10
  %371 = add i64 %370, %110
  %372 = mul i64 %371, 10
  %373 = add i64 %372, 6
  %374 = mul i64 %373, 8
  %375 = load <8 x float>, <8 x float>* %87, align 32
  %376 = fcmp ogt <8 x float> %375, zeroinitializer
  %377 = select <8 x i1> %376, <8 x float> %375, <8 x float> zeroinitializer
  %378 = getelementptr inbounds float, float* %0, i64 %374
  %379 = bitcast float* %378 to <8 x float>*
  store <8 x float> %377, <8 x float>* %379, align 4
  %380 = add i64 %372, 7
  %381 = mul i64 %380, 8
  %382 = load <8 x float>, <8 x float>* %86, align 32
  %383 = fcmp ogt <8 x float> %382, zeroinitializer
  %384 = select <8 x i1> %383, <8 x float> %382, <8 x float> zeroinitializer
  %385 = getelementptr inbounds float, float* %0, i64 %381
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %384, <8 x float>* %386, align 4
  %387 = add i64 %372, 8
  %388 = mul i64 %387, 8
  %389 = load <8 x float>, <8 x float>* %85, align 32
  %390 = fcmp ogt <8 x float> %389, zeroinitializer
  %391 = select <8 x i1> %390, <8 x float> %389, <8 x float> zeroinitializer
  %392 = getelementptr inbounds float, float* %0, i64 %388
  %393 = bitcast float* %392 to <8 x float>*
  store <8 x float> %391, <8 x float>* %393, align 4
  %394 = add i64 %372, 9
  %395 = mul i64 %394, 8
  %396 = load <8 x float>, <8 x float>* %84, align 32
  %397 = fcmp ogt <8 x float> %396, zeroinitializer
  %398 = select <8 x i1> %397, <8 x float> %396, <8 x float> zeroinitializer
  %399 = getelementptr inbounds float, float* %0, i64 %395
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %398, <8 x float>* %400, align 4
  %401 = add i64 %372, 10
  %402 = mul i64 %401, 8
  %403 = load <8 x float>, <8 x float>* %83, align 32
  %404 = fcmp ogt <8 x float> %403, zeroinitializer
  %405 = select <8 x i1> %404, <8 x float> %403, <8 x float> zeroinitializer
  %406 = getelementptr inbounds float, float* %0, i64 %402
  %407 = bitcast float* %406 to <8 x float>*
  store <8 x float> %405, <8 x float>* %407, align 4
  %408 = add i64 %372, 11
  %409 = mul i64 %408, 8
  %410 = load <8 x float>, <8 x float>* %82, align 32
  %411 = fcmp ogt <8 x float> %410, zeroinitializer
  %412 = select <8 x i1> %411, <8 x float> %410, <8 x float> zeroinitializer
  %413 = getelementptr inbounds float, float* %0, i64 %409
  %414 = bitcast float* %413 to <8 x float>*
  store <8 x float> %412, <8 x float>* %414, align 4
  %415 = add i64 %116, 0
  %416 = mul i64 %415, 8
  %417 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  store <8 x float> %419, <8 x float>* %81, align 32
  store <8 x float> %419, <8 x float>* %80, align 32
  store <8 x float> %419, <8 x float>* %79, align 32
  store <8 x float> %419, <8 x float>* %78, align 32
  store <8 x float> %419, <8 x float>* %77, align 32
  store <8 x float> %419, <8 x float>* %76, align 32
  %420 = add i64 %116, 1
  %421 = mul i64 %420, 8
  %422 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %421
  %423 = bitcast float* %422 to <8 x float>*
  %424 = load <8 x float>, <8 x float>* %423, align 4
  store <8 x float> %424, <8 x float>* %75, align 32
  store <8 x float> %424, <8 x float>* %74, align 32
  store <8 x float> %424, <8 x float>* %73, align 32
  store <8 x float> %424, <8 x float>* %72, align 32
  store <8 x float> %424, <8 x float>* %71, align 32
  store <8 x float> %424, <8 x float>* %70, align 32
  %425 = add i64 %122, 0
  %426 = add i64 %120, %425
  br label %u.header27

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next25, %kw.exit16 ]
  %427 = icmp slt i64 %kh13, 5
  br i1 %427, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %428 = mul i64 %kh13, 14
  %429 = add i64 %316, %428
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next26 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next24, %kw.body15 ]
  %430 = icmp slt i64 %kw17, 5
  br i1 %430, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %431 = mul i64 %kw17, 1
  %432 = add i64 %429, %431
  %433 = mul i64 %kh13, 5
  %434 = add i64 %433, %kw17
  %435 = mul i64 %434, 8
  %436 = add i64 %318, %435
  %437 = add i64 %436, 0
  %438 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %437
  %439 = bitcast float* %438 to <8 x float>*
  %440 = load <8 x float>, <8 x float>* %439, align 4
  %441 = add i64 %436, 1200
  %442 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %441
  %443 = bitcast float* %442 to <8 x float>*
  %444 = load <8 x float>, <8 x float>* %443, align 4
  %445 = add i64 %432, 6
  %446 = getelementptr inbounds float, float* %1, i64 %445
  %447 = load float, float* %446, align 4
  %448 = insertelement <8 x float> undef, float %447, i32 0
  %splat18 = shufflevector <8 x float> %448, <8 x float> undef, <8 x i32> zeroinitializer
  %449 = load <8 x float>, <8 x float>* %93, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %440, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %93, align 32
  %451 = load <8 x float>, <8 x float>* %87, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %444, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %87, align 32
  %453 = add i64 %432, 7
  %454 = getelementptr inbounds float, float* %1, i64 %453
  %455 = load float, float* %454, align 4
  %456 = insertelement <8 x float> undef, float %455, i32 0
  %splat19 = shufflevector <8 x float> %456, <8 x float> undef, <8 x i32> zeroinitializer
  %457 = load <8 x float>, <8 x float>* %92, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %440, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %92, align 32
  %459 = load <8 x float>, <8 x float>* %86, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %444, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %86, align 32
  %461 = add i64 %432, 8
  %462 = getelementptr inbounds float, float* %1, i64 %461
  %463 = load float, float* %462, align 4
  %464 = insertelement <8 x float> undef, float %463, i32 0
  %splat20 = shufflevector <8 x float> %464, <8 x float> undef, <8 x i32> zeroinitializer
  %465 = load <8 x float>, <8 x float>* %91, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %440, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %91, align 32
  %467 = load <8 x float>, <8 x float>* %85, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %444, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %85, align 32
  %469 = add i64 %432, 9
  %470 = getelementptr inbounds float, float* %1, i64 %469
  %471 = load float, float* %470, align 4
  %472 = insertelement <8 x float> undef, float %471, i32 0
  %splat21 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %473 = load <8 x float>, <8 x float>* %90, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %440, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %90, align 32
  %475 = load <8 x float>, <8 x float>* %84, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %444, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %84, align 32
  %477 = add i64 %432, 14
  %478 = getelementptr inbounds float, float* %1, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat22 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %89, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %440, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %89, align 32
  %483 = load <8 x float>, <8 x float>* %83, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %444, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %83, align 32
  %485 = add i64 %432, 15
  %486 = getelementptr inbounds float, float* %1, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat23 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %88, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %440, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %88, align 32
  %491 = load <8 x float>, <8 x float>* %82, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %444, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %82, align 32
  %kw.next24 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next25 = add i64 %kh13, 1
  br label %kh.header10

u.header27:                                       ; preds = %kh.exit33, %u.exit8
  %u30 = phi i64 [ 0, %u.exit8 ], [ %u.next47, %kh.exit33 ]
  %493 = icmp slt i64 %u30, 6
  br i1 %493, label %u.body28, label %u.exit29

u.body28:                                         ; preds = %u.header27
  %494 = mul i64 %u30, 196
  %495 = add i64 %426, %494
  %496 = mul i64 %u30, 200
  %497 = add i64 %121, %496
  br label %kh.header31

u.exit29:                                         ; preds = %u.header27
  %498 = mul i64 %113, 2
  %499 = add i64 %498, %116
  %500 = add i64 %499, 0
  %501 = mul i64 %500, 10
  %502 = add i64 %501, %110
  %503 = mul i64 %502, 10
  %504 = add i64 %503, 12
  %505 = mul i64 %504, 8
  %506 = load <8 x float>, <8 x float>* %81, align 32
  %507 = fcmp ogt <8 x float> %506, zeroinitializer
  %508 = select <8 x i1> %507, <8 x float> %506, <8 x float> zeroinitializer
  %509 = getelementptr inbounds float, float* %0, i64 %505
  %510 = bitcast float* %509 to <8 x float>*
  store <8 x float> %508, <8 x float>* %510, align 4
  %511 = add i64 %503, 13
  %512 = mul i64 %511, 8
  %513 = load <8 x float>, <8 x float>* %80, align 32
  %514 = fcmp ogt <8 x float> %513, zeroinitializer
  %515 = select <8 x i1> %514, <8 x float> %513, <8 x float> zeroinitializer
  %516 = getelementptr inbounds float, float* %0, i64 %512
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %515, <8 x float>* %517, align 4
  %518 = add i64 %503, 14
  %519 = mul i64 %518, 8
  %520 = load <8 x float>, <8 x float>* %79, align 32
  %521 = fcmp ogt <8 x float> %520, zeroinitializer
  %522 = select <8 x i1> %521, <8 x float> %520, <8 x float> zeroinitializer
  %523 = getelementptr inbounds float, float* %0, i64 %519
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %522, <8 x float>* %524, align 4
  %525 = add i64 %503, 15
  %526 = mul i64 %525, 8
  %527 = load <8 x float>, <8 x float>* %78, align 32
  %528 = fcmp ogt <8 x float> %527, zeroinitializer
  %529 = select <8 x i1> %528, <8 x float> %527, <8 x float> zeroinitializer
  %530 = getelementptr inbounds float, float* %0, i64 %526
  %531 = bitcast float* %530 to <8 x float>*
  store <8 x float> %529, <8 x float>* %531, align 4
  %532 = add i64 %503, 16
  %533 = mul i64 %532, 8
  %534 = load <8 x float>, <8 x float>* %77, align 32
  %535 = fcmp ogt <8 x float> %534, zeroinitializer
  %536 = select <8 x i1> %535, <8 x float> %534, <8 x float> zeroinitializer
  %537 = getelementptr inbounds float, float* %0, i64 %533
  %538 = bitcast float* %537 to <8 x float>*
  store <8 x float> %536, <8 x float>* %538, align 4
  %539 = add i64 %503, 17
  %540 = mul i64 %539, 8
  %541 = load <8 x float>, <8 x float>* %76, align 32
  %542 = fcmp ogt <8 x float> %541, zeroinitializer
  %543 = select <8 x i1> %542, <8 x float> %541, <8 x float> zeroinitializer
  %544 = getelementptr inbounds float, float* %0, i64 %540
  %545 = bitcast float* %544 to <8 x float>*
  store <8 x float> %543, <8 x float>* %545, align 4
  %546 = mul i64 %113, 2
  %547 = add i64 %546, %116
  %548 = add i64 %547, 1
  %549 = mul i64 %548, 10
  %550 = add i64 %549, %110
  %551 = mul i64 %550, 10
  %552 = add i64 %551, 12
  %553 = mul i64 %552, 8
  %554 = load <8 x float>, <8 x float>* %75, align 32
  %555 = fcmp ogt <8 x float> %554, zeroinitializer
  %556 = select <8 x i1> %555, <8 x float> %554, <8 x float> zeroinitializer
  %557 = getelementptr inbounds float, float* %0, i64 %553
  %558 = bitcast float* %557 to <8 x float>*
  store <8 x float> %556, <8 x float>* %558, align 4
  %559 = add i64 %551, 13
  %560 = mul i64 %559, 8
  %561 = load <8 x float>, <8 x float>* %74, align 32
  %562 = fcmp ogt <8 x float> %561, zeroinitializer
  %563 = select <8 x i1> %562, <8 x float> %561, <8 x float> zeroinitializer
  %564 = getelementptr inbounds float, float* %0, i64 %560
  %565 = bitcast float* %564 to <8 x float>*
  store <8 x float> %563, <8 x float>* %565, align 4
  %566 = add i64 %551, 14
  %567 = mul i64 %566, 8
  %568 = load <8 x float>, <8 x float>* %73, align 32
  %569 = fcmp ogt <8 x float> %568, zeroinitializer
  %570 = select <8 x i1> %569, <8 x float> %568, <8 x float> zeroinitializer
  %571 = getelementptr inbounds float, float* %0, i64 %567
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %570, <8 x float>* %572, align 4
  %573 = add i64 %551, 15
  %574 = mul i64 %573, 8
  %575 = load <8 x float>, <8 x float>* %72, align 32
  %576 = fcmp ogt <8 x float> %575, zeroinitializer
  %577 = select <8 x i1> %576, <8 x float> %575, <8 x float> zeroinitializer
  %578 = getelementptr inbounds float, float* %0, i64 %574
  %579 = bitcast float* %578 to <8 x float>*
  store <8 x float> %577, <8 x float>* %579, align 4
  %580 = add i64 %551, 16
  %581 = mul i64 %580, 8
  %582 = load <8 x float>, <8 x float>* %71, align 32
  %583 = fcmp ogt <8 x float> %582, zeroinitializer
  %584 = select <8 x i1> %583, <8 x float> %582, <8 x float> zeroinitializer
  %585 = getelementptr inbounds float, float* %0, i64 %581
  %586 = bitcast float* %585 to <8 x float>*
  store <8 x float> %584, <8 x float>* %586, align 4
  %587 = add i64 %551, 17
  %588 = mul i64 %587, 8
  %589 = load <8 x float>, <8 x float>* %70, align 32
  %590 = fcmp ogt <8 x float> %589, zeroinitializer
  %591 = select <8 x i1> %590, <8 x float> %589, <8 x float> zeroinitializer
  %592 = getelementptr inbounds float, float* %0, i64 %588
  %593 = bitcast float* %592 to <8 x float>*
  store <8 x float> %591, <8 x float>* %593, align 4
  %594 = add i64 %116, 0
  %595 = mul i64 %594, 8
  %596 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %595
  %597 = bitcast float* %596 to <8 x float>*
  %598 = load <8 x float>, <8 x float>* %597, align 4
  store <8 x float> %598, <8 x float>* %69, align 32
  store <8 x float> %598, <8 x float>* %68, align 32
  store <8 x float> %598, <8 x float>* %67, align 32
  store <8 x float> %598, <8 x float>* %66, align 32
  store <8 x float> %598, <8 x float>* %65, align 32
  store <8 x float> %598, <8 x float>* %64, align 32
  %599 = add i64 %116, 1
  %600 = mul i64 %599, 8
  %601 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %600
  %602 = bitcast float* %601 to <8 x float>*
  %603 = load <8 x float>, <8 x float>* %602, align 4
  store <8 x float> %603, <8 x float>* %63, align 32
  store <8 x float> %603, <8 x float>* %62, align 32
  store <8 x float> %603, <8 x float>* %61, align 32
  store <8 x float> %603, <8 x float>* %60, align 32
  store <8 x float> %603, <8 x float>* %59, align 32
  store <8 x float> %603, <8 x float>* %58, align 32
  %604 = add i64 %122, 0
  %605 = add i64 %120, %604
  br label %u.header48

kh.header31:                                      ; preds = %kw.exit37, %u.body28
  %kh34 = phi i64 [ 0, %u.body28 ], [ %kh.next46, %kw.exit37 ]
  %606 = icmp slt i64 %kh34, 5
  br i1 %606, label %kh.body32, label %kh.exit33

kh.body32:                                        ; preds = %kh.header31
  %607 = mul i64 %kh34, 14
  %608 = add i64 %495, %607
  br label %kw.header35

kh.exit33:                                        ; preds = %kh.header31
  %u.next47 = add i64 %u30, 1
  br label %u.header27

kw.header35:                                      ; preds = %kw.body36, %kh.body32
  %kw38 = phi i64 [ 0, %kh.body32 ], [ %kw.next45, %kw.body36 ]
  %609 = icmp slt i64 %kw38, 5
  br i1 %609, label %kw.body36, label %kw.exit37

kw.body36:                                        ; preds = %kw.header35
  %610 = mul i64 %kw38, 1
  %611 = add i64 %608, %610
  %612 = mul i64 %kh34, 5
  %613 = add i64 %612, %kw38
  %614 = mul i64 %613, 8
  %615 = add i64 %497, %614
  %616 = add i64 %615, 0
  %617 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  %619 = load <8 x float>, <8 x float>* %618, align 4
  %620 = add i64 %615, 1200
  %621 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  %623 = load <8 x float>, <8 x float>* %622, align 4
  %624 = add i64 %611, 16
  %625 = getelementptr inbounds float, float* %1, i64 %624
  %626 = load float, float* %625, align 4
  %627 = insertelement <8 x float> undef, float %626, i32 0
  %splat39 = shufflevector <8 x float> %627, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, <8 x float>* %81, align 32
  %629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %619, <8 x float> %628)
  store <8 x float> %629, <8 x float>* %81, align 32
  %630 = load <8 x float>, <8 x float>* %75, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %623, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %75, align 32
  %632 = add i64 %611, 17
  %633 = getelementptr inbounds float, float* %1, i64 %632
  %634 = load float, float* %633, align 4
  %635 = insertelement <8 x float> undef, float %634, i32 0
  %splat40 = shufflevector <8 x float> %635, <8 x float> undef, <8 x i32> zeroinitializer
  %636 = load <8 x float>, <8 x float>* %80, align 32
  %637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %619, <8 x float> %636)
  store <8 x float> %637, <8 x float>* %80, align 32
  %638 = load <8 x float>, <8 x float>* %74, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %623, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %74, align 32
  %640 = add i64 %611, 18
  %641 = getelementptr inbounds float, float* %1, i64 %640
  %642 = load float, float* %641, align 4
  %643 = insertelement <8 x float> undef, float %642, i32 0
  %splat41 = shufflevector <8 x float> %643, <8 x float> undef, <8 x i32> zeroinitializer
  %644 = load <8 x float>, <8 x float>* %79, align 32
  %645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %619, <8 x float> %644)
  store <8 x float> %645, <8 x float>* %79, align 32
  %646 = load <8 x float>, <8 x float>* %73, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %623, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %73, align 32
  %648 = add i64 %611, 19
  %649 = getelementptr inbounds float, float* %1, i64 %648
  %650 = load float, float* %649, align 4
  %651 = insertelement <8 x float> undef, float %650, i32 0
  %splat42 = shufflevector <8 x float> %651, <8 x float> undef, <8 x i32> zeroinitializer
  %652 = load <8 x float>, <8 x float>* %78, align 32
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %619, <8 x float> %652)
  store <8 x float> %653, <8 x float>* %78, align 32
  %654 = load <8 x float>, <8 x float>* %72, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %623, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %72, align 32
  %656 = add i64 %611, 20
  %657 = getelementptr inbounds float, float* %1, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat43 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %77, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %619, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %77, align 32
  %662 = load <8 x float>, <8 x float>* %71, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %623, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %71, align 32
  %664 = add i64 %611, 21
  %665 = getelementptr inbounds float, float* %1, i64 %664
  %666 = load float, float* %665, align 4
  %667 = insertelement <8 x float> undef, float %666, i32 0
  %splat44 = shufflevector <8 x float> %667, <8 x float> undef, <8 x i32> zeroinitializer
  %668 = load <8 x float>, <8 x float>* %76, align 32
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %619, <8 x float> %668)
  store <8 x float> %669, <8 x float>* %76, align 32
  %670 = load <8 x float>, <8 x float>* %70, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %623, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %70, align 32
  %kw.next45 = add i64 %kw38, 1
  br label %kw.header35, !llvm.loop !3

kw.exit37:                                        ; preds = %kw.header35
  %kh.next46 = add i64 %kh34, 1
  br label %kh.header31

u.header48:                                       ; preds = %kh.exit54, %u.exit29
  %u51 = phi i64 [ 0, %u.exit29 ], [ %u.next68, %kh.exit54 ]
  %672 = icmp slt i64 %u51, 6
  br i1 %672, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %673 = mul i64 %u51, 196
  %674 = add i64 %605, %673
  %675 = mul i64 %u51, 200
  %676 = add i64 %121, %675
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %677 = mul i64 %113, 2
  %678 = add i64 %677, %116
  %679 = add i64 %678, 0
  %680 = mul i64 %679, 10
  %681 = add i64 %680, %110
  %682 = mul i64 %681, 10
  %683 = add i64 %682, 18
  %684 = mul i64 %683, 8
  %685 = load <8 x float>, <8 x float>* %69, align 32
  %686 = fcmp ogt <8 x float> %685, zeroinitializer
  %687 = select <8 x i1> %686, <8 x float> %685, <8 x float> zeroinitializer
  %688 = getelementptr inbounds float, float* %0, i64 %684
  %689 = bitcast float* %688 to <8 x float>*
  store <8 x float> %687, <8 x float>* %689, align 4
  %690 = add i64 %682, 19
  %691 = mul i64 %690, 8
  %692 = load <8 x float>, <8 x float>* %68, align 32
  %693 = fcmp ogt <8 x float> %692, zeroinitializer
  %694 = select <8 x i1> %693, <8 x float> %692, <8 x float> zeroinitializer
  %695 = getelementptr inbounds float, float* %0, i64 %691
  %696 = bitcast float* %695 to <8 x float>*
  store <8 x float> %694, <8 x float>* %696, align 4
  %697 = add i64 %682, 20
  %698 = mul i64 %697, 8
  %699 = load <8 x float>, <8 x float>* %67, align 32
  %700 = fcmp ogt <8 x float> %699, zeroinitializer
  %701 = select <8 x i1> %700, <8 x float> %699, <8 x float> zeroinitializer
  %702 = getelementptr inbounds float, float* %0, i64 %698
  %703 = bitcast float* %702 to <8 x float>*
  store <8 x float> %701, <8 x float>* %703, align 4
  %704 = add i64 %682, 21
  %705 = mul i64 %704, 8
  %706 = load <8 x float>, <8 x float>* %66, align 32
  %707 = fcmp ogt <8 x float> %706, zeroinitializer
  %708 = select <8 x i1> %707, <8 x float> %706, <8 x float> zeroinitializer
  %709 = getelementptr inbounds float, float* %0, i64 %705
  %710 = bitcast float* %709 to <8 x float>*
  store <8 x float> %708, <8 x float>* %710, align 4
  %711 = add i64 %682, 22
  %712 = mul i64 %711, 8
  %713 = load <8 x float>, <8 x float>* %65, align 32
  %714 = fcmp ogt <8 x float> %713, zeroinitializer
  %715 = select <8 x i1> %714, <8 x float> %713, <8 x float> zeroinitializer
  %716 = getelementptr inbounds float, float* %0, i64 %712
  %717 = bitcast float* %716 to <8 x float>*
  store <8 x float> %715, <8 x float>* %717, align 4
  %718 = add i64 %682, 23
  %719 = mul i64 %718, 8
  %720 = load <8 x float>, <8 x float>* %64, align 32
  %721 = fcmp ogt <8 x float> %720, zeroinitializer
  %722 = select <8 x i1> %721, <8 x float> %720, <8 x float> zeroinitializer
  %723 = getelementptr inbounds float, float* %0, i64 %719
  %724 = bitcast float* %723 to <8 x float>*
  store <8 x float> %722, <8 x float>* %724, align 4
  %725 = mul i64 %113, 2
  %726 = add i64 %725, %116
  %727 = add i64 %726, 1
  %728 = mul i64 %727, 10
  %729 = add i64 %728, %110
  %730 = mul i64 %729, 10
  %731 = add i64 %730, 18
  %732 = mul i64 %731, 8
  %733 = load <8 x float>, <8 x float>* %63, align 32
  %734 = fcmp ogt <8 x float> %733, zeroinitializer
  %735 = select <8 x i1> %734, <8 x float> %733, <8 x float> zeroinitializer
  %736 = getelementptr inbounds float, float* %0, i64 %732
  %737 = bitcast float* %736 to <8 x float>*
  store <8 x float> %735, <8 x float>* %737, align 4
  %738 = add i64 %730, 19
  %739 = mul i64 %738, 8
  %740 = load <8 x float>, <8 x float>* %62, align 32
  %741 = fcmp ogt <8 x float> %740, zeroinitializer
  %742 = select <8 x i1> %741, <8 x float> %740, <8 x float> zeroinitializer
  %743 = getelementptr inbounds float, float* %0, i64 %739
  %744 = bitcast float* %743 to <8 x float>*
  store <8 x float> %742, <8 x float>* %744, align 4
  %745 = add i64 %730, 20
  %746 = mul i64 %745, 8
  %747 = load <8 x float>, <8 x float>* %61, align 32
  %748 = fcmp ogt <8 x float> %747, zeroinitializer
  %749 = select <8 x i1> %748, <8 x float> %747, <8 x float> zeroinitializer
  %750 = getelementptr inbounds float, float* %0, i64 %746
  %751 = bitcast float* %750 to <8 x float>*
  store <8 x float> %749, <8 x float>* %751, align 4
  %752 = add i64 %730, 21
  %753 = mul i64 %752, 8
  %754 = load <8 x float>, <8 x float>* %60, align 32
  %755 = fcmp ogt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> %754, <8 x float> zeroinitializer
  %757 = getelementptr inbounds float, float* %0, i64 %753
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %756, <8 x float>* %758, align 4
  %759 = add i64 %730, 22
  %760 = mul i64 %759, 8
  %761 = load <8 x float>, <8 x float>* %59, align 32
  %762 = fcmp ogt <8 x float> %761, zeroinitializer
  %763 = select <8 x i1> %762, <8 x float> %761, <8 x float> zeroinitializer
  %764 = getelementptr inbounds float, float* %0, i64 %760
  %765 = bitcast float* %764 to <8 x float>*
  store <8 x float> %763, <8 x float>* %765, align 4
  %766 = add i64 %730, 23
  %767 = mul i64 %766, 8
  %768 = load <8 x float>, <8 x float>* %58, align 32
  %769 = fcmp ogt <8 x float> %768, zeroinitializer
  %770 = select <8 x i1> %769, <8 x float> %768, <8 x float> zeroinitializer
  %771 = getelementptr inbounds float, float* %0, i64 %767
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  %773 = add i64 %116, 0
  %774 = mul i64 %773, 8
  %775 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %774
  %776 = bitcast float* %775 to <8 x float>*
  %777 = load <8 x float>, <8 x float>* %776, align 4
  store <8 x float> %777, <8 x float>* %57, align 32
  store <8 x float> %777, <8 x float>* %56, align 32
  store <8 x float> %777, <8 x float>* %55, align 32
  store <8 x float> %777, <8 x float>* %54, align 32
  store <8 x float> %777, <8 x float>* %53, align 32
  store <8 x float> %777, <8 x float>* %52, align 32
  %778 = add i64 %116, 1
  %779 = mul i64 %778, 8
  %780 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  store <8 x float> %782, <8 x float>* %51, align 32
  store <8 x float> %782, <8 x float>* %50, align 32
  store <8 x float> %782, <8 x float>* %49, align 32
  store <8 x float> %782, <8 x float>* %48, align 32
  store <8 x float> %782, <8 x float>* %47, align 32
  store <8 x float> %782, <8 x float>* %46, align 32
  %783 = add i64 %122, 0
  %784 = add i64 %120, %783
  br label %u.header69

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next67, %kw.exit58 ]
  %785 = icmp slt i64 %kh55, 5
  br i1 %785, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %786 = mul i64 %kh55, 14
  %787 = add i64 %674, %786
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next68 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next66, %kw.body57 ]
  %788 = icmp slt i64 %kw59, 5
  br i1 %788, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %789 = mul i64 %kw59, 1
  %790 = add i64 %787, %789
  %791 = mul i64 %kh55, 5
  %792 = add i64 %791, %kw59
  %793 = mul i64 %792, 8
  %794 = add i64 %676, %793
  %795 = add i64 %794, 0
  %796 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %795
  %797 = bitcast float* %796 to <8 x float>*
  %798 = load <8 x float>, <8 x float>* %797, align 4
  %799 = add i64 %794, 1200
  %800 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %799
  %801 = bitcast float* %800 to <8 x float>*
  %802 = load <8 x float>, <8 x float>* %801, align 4
  %803 = add i64 %790, 22
  %804 = getelementptr inbounds float, float* %1, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat60 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %69, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %798, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %69, align 32
  %809 = load <8 x float>, <8 x float>* %63, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %802, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %63, align 32
  %811 = add i64 %790, 23
  %812 = getelementptr inbounds float, float* %1, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat61 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %68, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %798, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %68, align 32
  %817 = load <8 x float>, <8 x float>* %62, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %802, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %62, align 32
  %819 = add i64 %790, 28
  %820 = getelementptr inbounds float, float* %1, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat62 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %67, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %798, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %67, align 32
  %825 = load <8 x float>, <8 x float>* %61, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %802, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %61, align 32
  %827 = add i64 %790, 29
  %828 = getelementptr inbounds float, float* %1, i64 %827
  %829 = load float, float* %828, align 4
  %830 = insertelement <8 x float> undef, float %829, i32 0
  %splat63 = shufflevector <8 x float> %830, <8 x float> undef, <8 x i32> zeroinitializer
  %831 = load <8 x float>, <8 x float>* %66, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %798, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %66, align 32
  %833 = load <8 x float>, <8 x float>* %60, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %802, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %60, align 32
  %835 = add i64 %790, 30
  %836 = getelementptr inbounds float, float* %1, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat64 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %65, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %798, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %65, align 32
  %841 = load <8 x float>, <8 x float>* %59, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %802, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %59, align 32
  %843 = add i64 %790, 31
  %844 = getelementptr inbounds float, float* %1, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat65 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %64, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %798, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %64, align 32
  %849 = load <8 x float>, <8 x float>* %58, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %802, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %58, align 32
  %kw.next66 = add i64 %kw59, 1
  br label %kw.header56, !llvm.loop !4

kw.exit58:                                        ; preds = %kw.header56
  %kh.next67 = add i64 %kh55, 1
  br label %kh.header52

u.header69:                                       ; preds = %kh.exit75, %u.exit50
  %u72 = phi i64 [ 0, %u.exit50 ], [ %u.next89, %kh.exit75 ]
  %851 = icmp slt i64 %u72, 6
  br i1 %851, label %u.body70, label %u.exit71

u.body70:                                         ; preds = %u.header69
  %852 = mul i64 %u72, 196
  %853 = add i64 %784, %852
  %854 = mul i64 %u72, 200
  %855 = add i64 %121, %854
  br label %kh.header73

u.exit71:                                         ; preds = %u.header69
  %856 = mul i64 %113, 2
  %857 = add i64 %856, %116
  %858 = add i64 %857, 0
  %859 = mul i64 %858, 10
  %860 = add i64 %859, %110
  %861 = mul i64 %860, 10
  %862 = add i64 %861, 24
  %863 = mul i64 %862, 8
  %864 = load <8 x float>, <8 x float>* %57, align 32
  %865 = fcmp ogt <8 x float> %864, zeroinitializer
  %866 = select <8 x i1> %865, <8 x float> %864, <8 x float> zeroinitializer
  %867 = getelementptr inbounds float, float* %0, i64 %863
  %868 = bitcast float* %867 to <8 x float>*
  store <8 x float> %866, <8 x float>* %868, align 4
  %869 = add i64 %861, 25
  %870 = mul i64 %869, 8
  %871 = load <8 x float>, <8 x float>* %56, align 32
  %872 = fcmp ogt <8 x float> %871, zeroinitializer
  %873 = select <8 x i1> %872, <8 x float> %871, <8 x float> zeroinitializer
  %874 = getelementptr inbounds float, float* %0, i64 %870
  %875 = bitcast float* %874 to <8 x float>*
  store <8 x float> %873, <8 x float>* %875, align 4
  %876 = add i64 %861, 26
  %877 = mul i64 %876, 8
  %878 = load <8 x float>, <8 x float>* %55, align 32
  %879 = fcmp ogt <8 x float> %878, zeroinitializer
  %880 = select <8 x i1> %879, <8 x float> %878, <8 x float> zeroinitializer
  %881 = getelementptr inbounds float, float* %0, i64 %877
  %882 = bitcast float* %881 to <8 x float>*
  store <8 x float> %880, <8 x float>* %882, align 4
  %883 = add i64 %861, 27
  %884 = mul i64 %883, 8
  %885 = load <8 x float>, <8 x float>* %54, align 32
  %886 = fcmp ogt <8 x float> %885, zeroinitializer
  %887 = select <8 x i1> %886, <8 x float> %885, <8 x float> zeroinitializer
  %888 = getelementptr inbounds float, float* %0, i64 %884
  %889 = bitcast float* %888 to <8 x float>*
  store <8 x float> %887, <8 x float>* %889, align 4
  %890 = add i64 %861, 28
  %891 = mul i64 %890, 8
  %892 = load <8 x float>, <8 x float>* %53, align 32
  %893 = fcmp ogt <8 x float> %892, zeroinitializer
  %894 = select <8 x i1> %893, <8 x float> %892, <8 x float> zeroinitializer
  %895 = getelementptr inbounds float, float* %0, i64 %891
  %896 = bitcast float* %895 to <8 x float>*
  store <8 x float> %894, <8 x float>* %896, align 4
  %897 = add i64 %861, 29
  %898 = mul i64 %897, 8
  %899 = load <8 x float>, <8 x float>* %52, align 32
  %900 = fcmp ogt <8 x float> %899, zeroinitializer
  %901 = select <8 x i1> %900, <8 x float> %899, <8 x float> zeroinitializer
  %902 = getelementptr inbounds float, float* %0, i64 %898
  %903 = bitcast float* %902 to <8 x float>*
  store <8 x float> %901, <8 x float>* %903, align 4
  %904 = mul i64 %113, 2
  %905 = add i64 %904, %116
  %906 = add i64 %905, 1
  %907 = mul i64 %906, 10
  %908 = add i64 %907, %110
  %909 = mul i64 %908, 10
  %910 = add i64 %909, 24
  %911 = mul i64 %910, 8
  %912 = load <8 x float>, <8 x float>* %51, align 32
  %913 = fcmp ogt <8 x float> %912, zeroinitializer
  %914 = select <8 x i1> %913, <8 x float> %912, <8 x float> zeroinitializer
  %915 = getelementptr inbounds float, float* %0, i64 %911
  %916 = bitcast float* %915 to <8 x float>*
  store <8 x float> %914, <8 x float>* %916, align 4
  %917 = add i64 %909, 25
  %918 = mul i64 %917, 8
  %919 = load <8 x float>, <8 x float>* %50, align 32
  %920 = fcmp ogt <8 x float> %919, zeroinitializer
  %921 = select <8 x i1> %920, <8 x float> %919, <8 x float> zeroinitializer
  %922 = getelementptr inbounds float, float* %0, i64 %918
  %923 = bitcast float* %922 to <8 x float>*
  store <8 x float> %921, <8 x float>* %923, align 4
  %924 = add i64 %909, 26
  %925 = mul i64 %924, 8
  %926 = load <8 x float>, <8 x float>* %49, align 32
  %927 = fcmp ogt <8 x float> %926, zeroinitializer
  %928 = select <8 x i1> %927, <8 x float> %926, <8 x float> zeroinitializer
  %929 = getelementptr inbounds float, float* %0, i64 %925
  %930 = bitcast float* %929 to <8 x float>*
  store <8 x float> %928, <8 x float>* %930, align 4
  %931 = add i64 %909, 27
  %932 = mul i64 %931, 8
  %933 = load <8 x float>, <8 x float>* %48, align 32
  %934 = fcmp ogt <8 x float> %933, zeroinitializer
  %935 = select <8 x i1> %934, <8 x float> %933, <8 x float> zeroinitializer
  %936 = getelementptr inbounds float, float* %0, i64 %932
  %937 = bitcast float* %936 to <8 x float>*
  store <8 x float> %935, <8 x float>* %937, align 4
  %938 = add i64 %909, 28
  %939 = mul i64 %938, 8
  %940 = load <8 x float>, <8 x float>* %47, align 32
  %941 = fcmp ogt <8 x float> %940, zeroinitializer
  %942 = select <8 x i1> %941, <8 x float> %940, <8 x float> zeroinitializer
  %943 = getelementptr inbounds float, float* %0, i64 %939
  %944 = bitcast float* %943 to <8 x float>*
  store <8 x float> %942, <8 x float>* %944, align 4
  %945 = add i64 %909, 29
  %946 = mul i64 %945, 8
  %947 = load <8 x float>, <8 x float>* %46, align 32
  %948 = fcmp ogt <8 x float> %947, zeroinitializer
  %949 = select <8 x i1> %948, <8 x float> %947, <8 x float> zeroinitializer
  %950 = getelementptr inbounds float, float* %0, i64 %946
  %951 = bitcast float* %950 to <8 x float>*
  store <8 x float> %949, <8 x float>* %951, align 4
  %952 = add i64 %116, 0
  %953 = mul i64 %952, 8
  %954 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  store <8 x float> %956, <8 x float>* %45, align 32
  store <8 x float> %956, <8 x float>* %44, align 32
  store <8 x float> %956, <8 x float>* %43, align 32
  store <8 x float> %956, <8 x float>* %42, align 32
  store <8 x float> %956, <8 x float>* %41, align 32
  store <8 x float> %956, <8 x float>* %40, align 32
  %957 = add i64 %116, 1
  %958 = mul i64 %957, 8
  %959 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  store <8 x float> %961, <8 x float>* %39, align 32
  store <8 x float> %961, <8 x float>* %38, align 32
  store <8 x float> %961, <8 x float>* %37, align 32
  store <8 x float> %961, <8 x float>* %36, align 32
  store <8 x float> %961, <8 x float>* %35, align 32
  store <8 x float> %961, <8 x float>* %34, align 32
  %962 = add i64 %122, 0
  %963 = add i64 %120, %962
  br label %u.header90

kh.header73:                                      ; preds = %kw.exit79, %u.body70
  %kh76 = phi i64 [ 0, %u.body70 ], [ %kh.next88, %kw.exit79 ]
  %964 = icmp slt i64 %kh76, 5
  br i1 %964, label %kh.body74, label %kh.exit75

kh.body74:                                        ; preds = %kh.header73
  %965 = mul i64 %kh76, 14
  %966 = add i64 %853, %965
  br label %kw.header77

kh.exit75:                                        ; preds = %kh.header73
  %u.next89 = add i64 %u72, 1
  br label %u.header69

kw.header77:                                      ; preds = %kw.body78, %kh.body74
  %kw80 = phi i64 [ 0, %kh.body74 ], [ %kw.next87, %kw.body78 ]
  %967 = icmp slt i64 %kw80, 5
  br i1 %967, label %kw.body78, label %kw.exit79

kw.body78:                                        ; preds = %kw.header77
  %968 = mul i64 %kw80, 1
  %969 = add i64 %966, %968
  %970 = mul i64 %kh76, 5
  %971 = add i64 %970, %kw80
  %972 = mul i64 %971, 8
  %973 = add i64 %855, %972
  %974 = add i64 %973, 0
  %975 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  %977 = load <8 x float>, <8 x float>* %976, align 4
  %978 = add i64 %973, 1200
  %979 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = add i64 %969, 32
  %983 = getelementptr inbounds float, float* %1, i64 %982
  %984 = load float, float* %983, align 4
  %985 = insertelement <8 x float> undef, float %984, i32 0
  %splat81 = shufflevector <8 x float> %985, <8 x float> undef, <8 x i32> zeroinitializer
  %986 = load <8 x float>, <8 x float>* %57, align 32
  %987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %977, <8 x float> %986)
  store <8 x float> %987, <8 x float>* %57, align 32
  %988 = load <8 x float>, <8 x float>* %51, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %981, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %51, align 32
  %990 = add i64 %969, 33
  %991 = getelementptr inbounds float, float* %1, i64 %990
  %992 = load float, float* %991, align 4
  %993 = insertelement <8 x float> undef, float %992, i32 0
  %splat82 = shufflevector <8 x float> %993, <8 x float> undef, <8 x i32> zeroinitializer
  %994 = load <8 x float>, <8 x float>* %56, align 32
  %995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %977, <8 x float> %994)
  store <8 x float> %995, <8 x float>* %56, align 32
  %996 = load <8 x float>, <8 x float>* %50, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %981, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %50, align 32
  %998 = add i64 %969, 34
  %999 = getelementptr inbounds float, float* %1, i64 %998
  %1000 = load float, float* %999, align 4
  %1001 = insertelement <8 x float> undef, float %1000, i32 0
  %splat83 = shufflevector <8 x float> %1001, <8 x float> undef, <8 x i32> zeroinitializer
  %1002 = load <8 x float>, <8 x float>* %55, align 32
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %977, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %55, align 32
  %1004 = load <8 x float>, <8 x float>* %49, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %981, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %49, align 32
  %1006 = add i64 %969, 35
  %1007 = getelementptr inbounds float, float* %1, i64 %1006
  %1008 = load float, float* %1007, align 4
  %1009 = insertelement <8 x float> undef, float %1008, i32 0
  %splat84 = shufflevector <8 x float> %1009, <8 x float> undef, <8 x i32> zeroinitializer
  %1010 = load <8 x float>, <8 x float>* %54, align 32
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %977, <8 x float> %1010)
  store <8 x float> %1011, <8 x float>* %54, align 32
  %1012 = load <8 x float>, <8 x float>* %48, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %981, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %48, align 32
  %1014 = add i64 %969, 36
  %1015 = getelementptr inbounds float, float* %1, i64 %1014
  %1016 = load float, float* %1015, align 4
  %1017 = insertelement <8 x float> undef, float %1016, i32 0
  %splat85 = shufflevector <8 x float> %1017, <8 x float> undef, <8 x i32> zeroinitializer
  %1018 = load <8 x float>, <8 x float>* %53, align 32
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %977, <8 x float> %1018)
  store <8 x float> %1019, <8 x float>* %53, align 32
  %1020 = load <8 x float>, <8 x float>* %47, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %981, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %47, align 32
  %1022 = add i64 %969, 37
  %1023 = getelementptr inbounds float, float* %1, i64 %1022
  %1024 = load float, float* %1023, align 4
  %1025 = insertelement <8 x float> undef, float %1024, i32 0
  %splat86 = shufflevector <8 x float> %1025, <8 x float> undef, <8 x i32> zeroinitializer
  %1026 = load <8 x float>, <8 x float>* %52, align 32
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %977, <8 x float> %1026)
  store <8 x float> %1027, <8 x float>* %52, align 32
  %1028 = load <8 x float>, <8 x float>* %46, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %981, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %46, align 32
  %kw.next87 = add i64 %kw80, 1
  br label %kw.header77, !llvm.loop !5

kw.exit79:                                        ; preds = %kw.header77
  %kh.next88 = add i64 %kh76, 1
  br label %kh.header73

u.header90:                                       ; preds = %kh.exit96, %u.exit71
  %u93 = phi i64 [ 0, %u.exit71 ], [ %u.next110, %kh.exit96 ]
  %1030 = icmp slt i64 %u93, 6
  br i1 %1030, label %u.body91, label %u.exit92

u.body91:                                         ; preds = %u.header90
  %1031 = mul i64 %u93, 196
  %1032 = add i64 %963, %1031
  %1033 = mul i64 %u93, 200
  %1034 = add i64 %121, %1033
  br label %kh.header94

u.exit92:                                         ; preds = %u.header90
  %1035 = mul i64 %113, 2
  %1036 = add i64 %1035, %116
  %1037 = add i64 %1036, 0
  %1038 = mul i64 %1037, 10
  %1039 = add i64 %1038, %110
  %1040 = mul i64 %1039, 10
  %1041 = add i64 %1040, 30
  %1042 = mul i64 %1041, 8
  %1043 = load <8 x float>, <8 x float>* %45, align 32
  %1044 = fcmp ogt <8 x float> %1043, zeroinitializer
  %1045 = select <8 x i1> %1044, <8 x float> %1043, <8 x float> zeroinitializer
  %1046 = getelementptr inbounds float, float* %0, i64 %1042
  %1047 = bitcast float* %1046 to <8 x float>*
  store <8 x float> %1045, <8 x float>* %1047, align 4
  %1048 = add i64 %1040, 31
  %1049 = mul i64 %1048, 8
  %1050 = load <8 x float>, <8 x float>* %44, align 32
  %1051 = fcmp ogt <8 x float> %1050, zeroinitializer
  %1052 = select <8 x i1> %1051, <8 x float> %1050, <8 x float> zeroinitializer
  %1053 = getelementptr inbounds float, float* %0, i64 %1049
  %1054 = bitcast float* %1053 to <8 x float>*
  store <8 x float> %1052, <8 x float>* %1054, align 4
  %1055 = add i64 %1040, 32
  %1056 = mul i64 %1055, 8
  %1057 = load <8 x float>, <8 x float>* %43, align 32
  %1058 = fcmp ogt <8 x float> %1057, zeroinitializer
  %1059 = select <8 x i1> %1058, <8 x float> %1057, <8 x float> zeroinitializer
  %1060 = getelementptr inbounds float, float* %0, i64 %1056
  %1061 = bitcast float* %1060 to <8 x float>*
  store <8 x float> %1059, <8 x float>* %1061, align 4
  %1062 = add i64 %1040, 33
  %1063 = mul i64 %1062, 8
  %1064 = load <8 x float>, <8 x float>* %42, align 32
  %1065 = fcmp ogt <8 x float> %1064, zeroinitializer
  %1066 = select <8 x i1> %1065, <8 x float> %1064, <8 x float> zeroinitializer
  %1067 = getelementptr inbounds float, float* %0, i64 %1063
  %1068 = bitcast float* %1067 to <8 x float>*
  store <8 x float> %1066, <8 x float>* %1068, align 4
  %1069 = add i64 %1040, 34
  %1070 = mul i64 %1069, 8
  %1071 = load <8 x float>, <8 x float>* %41, align 32
  %1072 = fcmp ogt <8 x float> %1071, zeroinitializer
  %1073 = select <8 x i1> %1072, <8 x float> %1071, <8 x float> zeroinitializer
  %1074 = getelementptr inbounds float, float* %0, i64 %1070
  %1075 = bitcast float* %1074 to <8 x float>*
  store <8 x float> %1073, <8 x float>* %1075, align 4
  %1076 = add i64 %1040, 35
  %1077 = mul i64 %1076, 8
  %1078 = load <8 x float>, <8 x float>* %40, align 32
  %1079 = fcmp ogt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> %1078, <8 x float> zeroinitializer
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = mul i64 %113, 2
  %1084 = add i64 %1083, %116
  %1085 = add i64 %1084, 1
  %1086 = mul i64 %1085, 10
  %1087 = add i64 %1086, %110
  %1088 = mul i64 %1087, 10
  %1089 = add i64 %1088, 30
  %1090 = mul i64 %1089, 8
  %1091 = load <8 x float>, <8 x float>* %39, align 32
  %1092 = fcmp ogt <8 x float> %1091, zeroinitializer
  %1093 = select <8 x i1> %1092, <8 x float> %1091, <8 x float> zeroinitializer
  %1094 = getelementptr inbounds float, float* %0, i64 %1090
  %1095 = bitcast float* %1094 to <8 x float>*
  store <8 x float> %1093, <8 x float>* %1095, align 4
  %1096 = add i64 %1088, 31
  %1097 = mul i64 %1096, 8
  %1098 = load <8 x float>, <8 x float>* %38, align 32
  %1099 = fcmp ogt <8 x float> %1098, zeroinitializer
  %1100 = select <8 x i1> %1099, <8 x float> %1098, <8 x float> zeroinitializer
  %1101 = getelementptr inbounds float, float* %0, i64 %1097
  %1102 = bitcast float* %1101 to <8 x float>*
  store <8 x float> %1100, <8 x float>* %1102, align 4
  %1103 = add i64 %1088, 32
  %1104 = mul i64 %1103, 8
  %1105 = load <8 x float>, <8 x float>* %37, align 32
  %1106 = fcmp ogt <8 x float> %1105, zeroinitializer
  %1107 = select <8 x i1> %1106, <8 x float> %1105, <8 x float> zeroinitializer
  %1108 = getelementptr inbounds float, float* %0, i64 %1104
  %1109 = bitcast float* %1108 to <8 x float>*
  store <8 x float> %1107, <8 x float>* %1109, align 4
  %1110 = add i64 %1088, 33
  %1111 = mul i64 %1110, 8
  %1112 = load <8 x float>, <8 x float>* %36, align 32
  %1113 = fcmp ogt <8 x float> %1112, zeroinitializer
  %1114 = select <8 x i1> %1113, <8 x float> %1112, <8 x float> zeroinitializer
  %1115 = getelementptr inbounds float, float* %0, i64 %1111
  %1116 = bitcast float* %1115 to <8 x float>*
  store <8 x float> %1114, <8 x float>* %1116, align 4
  %1117 = add i64 %1088, 34
  %1118 = mul i64 %1117, 8
  %1119 = load <8 x float>, <8 x float>* %35, align 32
  %1120 = fcmp ogt <8 x float> %1119, zeroinitializer
  %1121 = select <8 x i1> %1120, <8 x float> %1119, <8 x float> zeroinitializer
  %1122 = getelementptr inbounds float, float* %0, i64 %1118
  %1123 = bitcast float* %1122 to <8 x float>*
  store <8 x float> %1121, <8 x float>* %1123, align 4
  %1124 = add i64 %1088, 35
  %1125 = mul i64 %1124, 8
  %1126 = load <8 x float>, <8 x float>* %34, align 32
  %1127 = fcmp ogt <8 x float> %1126, zeroinitializer
  %1128 = select <8 x i1> %1127, <8 x float> %1126, <8 x float> zeroinitializer
  %1129 = getelementptr inbounds float, float* %0, i64 %1125
  %1130 = bitcast float* %1129 to <8 x float>*
  store <8 x float> %1128, <8 x float>* %1130, align 4
  %1131 = add i64 %116, 0
  %1132 = mul i64 %1131, 8
  %1133 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %1132
  %1134 = bitcast float* %1133 to <8 x float>*
  %1135 = load <8 x float>, <8 x float>* %1134, align 4
  store <8 x float> %1135, <8 x float>* %33, align 32
  store <8 x float> %1135, <8 x float>* %32, align 32
  store <8 x float> %1135, <8 x float>* %31, align 32
  store <8 x float> %1135, <8 x float>* %30, align 32
  store <8 x float> %1135, <8 x float>* %29, align 32
  store <8 x float> %1135, <8 x float>* %28, align 32
  %1136 = add i64 %116, 1
  %1137 = mul i64 %1136, 8
  %1138 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %1137
  %1139 = bitcast float* %1138 to <8 x float>*
  %1140 = load <8 x float>, <8 x float>* %1139, align 4
  store <8 x float> %1140, <8 x float>* %27, align 32
  store <8 x float> %1140, <8 x float>* %26, align 32
  store <8 x float> %1140, <8 x float>* %25, align 32
  store <8 x float> %1140, <8 x float>* %24, align 32
  store <8 x float> %1140, <8 x float>* %23, align 32
  store <8 x float> %1140, <8 x float>* %22, align 32
  %1141 = add i64 %122, 0
  %1142 = add i64 %120, %1141
  br label %u.header111

kh.header94:                                      ; preds = %kw.exit100, %u.body91
  %kh97 = phi i64 [ 0, %u.body91 ], [ %kh.next109, %kw.exit100 ]
  %1143 = icmp slt i64 %kh97, 5
  br i1 %1143, label %kh.body95, label %kh.exit96

kh.body95:                                        ; preds = %kh.header94
  %1144 = mul i64 %kh97, 14
  %1145 = add i64 %1032, %1144
  br label %kw.header98

kh.exit96:                                        ; preds = %kh.header94
  %u.next110 = add i64 %u93, 1
  br label %u.header90

kw.header98:                                      ; preds = %kw.body99, %kh.body95
  %kw101 = phi i64 [ 0, %kh.body95 ], [ %kw.next108, %kw.body99 ]
  %1146 = icmp slt i64 %kw101, 5
  br i1 %1146, label %kw.body99, label %kw.exit100

kw.body99:                                        ; preds = %kw.header98
  %1147 = mul i64 %kw101, 1
  %1148 = add i64 %1145, %1147
  %1149 = mul i64 %kh97, 5
  %1150 = add i64 %1149, %kw101
  %1151 = mul i64 %1150, 8
  %1152 = add i64 %1034, %1151
  %1153 = add i64 %1152, 0
  %1154 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = add i64 %1152, 1200
  %1158 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %1157
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = add i64 %1148, 42
  %1162 = getelementptr inbounds float, float* %1, i64 %1161
  %1163 = load float, float* %1162, align 4
  %1164 = insertelement <8 x float> undef, float %1163, i32 0
  %splat102 = shufflevector <8 x float> %1164, <8 x float> undef, <8 x i32> zeroinitializer
  %1165 = load <8 x float>, <8 x float>* %45, align 32
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1156, <8 x float> %1165)
  store <8 x float> %1166, <8 x float>* %45, align 32
  %1167 = load <8 x float>, <8 x float>* %39, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1160, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %39, align 32
  %1169 = add i64 %1148, 43
  %1170 = getelementptr inbounds float, float* %1, i64 %1169
  %1171 = load float, float* %1170, align 4
  %1172 = insertelement <8 x float> undef, float %1171, i32 0
  %splat103 = shufflevector <8 x float> %1172, <8 x float> undef, <8 x i32> zeroinitializer
  %1173 = load <8 x float>, <8 x float>* %44, align 32
  %1174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1156, <8 x float> %1173)
  store <8 x float> %1174, <8 x float>* %44, align 32
  %1175 = load <8 x float>, <8 x float>* %38, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1160, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %38, align 32
  %1177 = add i64 %1148, 44
  %1178 = getelementptr inbounds float, float* %1, i64 %1177
  %1179 = load float, float* %1178, align 4
  %1180 = insertelement <8 x float> undef, float %1179, i32 0
  %splat104 = shufflevector <8 x float> %1180, <8 x float> undef, <8 x i32> zeroinitializer
  %1181 = load <8 x float>, <8 x float>* %43, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1156, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %43, align 32
  %1183 = load <8 x float>, <8 x float>* %37, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1160, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %37, align 32
  %1185 = add i64 %1148, 45
  %1186 = getelementptr inbounds float, float* %1, i64 %1185
  %1187 = load float, float* %1186, align 4
  %1188 = insertelement <8 x float> undef, float %1187, i32 0
  %splat105 = shufflevector <8 x float> %1188, <8 x float> undef, <8 x i32> zeroinitializer
  %1189 = load <8 x float>, <8 x float>* %42, align 32
  %1190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1156, <8 x float> %1189)
  store <8 x float> %1190, <8 x float>* %42, align 32
  %1191 = load <8 x float>, <8 x float>* %36, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1160, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %36, align 32
  %1193 = add i64 %1148, 46
  %1194 = getelementptr inbounds float, float* %1, i64 %1193
  %1195 = load float, float* %1194, align 4
  %1196 = insertelement <8 x float> undef, float %1195, i32 0
  %splat106 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
  %1197 = load <8 x float>, <8 x float>* %41, align 32
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1156, <8 x float> %1197)
  store <8 x float> %1198, <8 x float>* %41, align 32
  %1199 = load <8 x float>, <8 x float>* %35, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1160, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %35, align 32
  %1201 = add i64 %1148, 47
  %1202 = getelementptr inbounds float, float* %1, i64 %1201
  %1203 = load float, float* %1202, align 4
  %1204 = insertelement <8 x float> undef, float %1203, i32 0
  %splat107 = shufflevector <8 x float> %1204, <8 x float> undef, <8 x i32> zeroinitializer
  %1205 = load <8 x float>, <8 x float>* %40, align 32
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1156, <8 x float> %1205)
  store <8 x float> %1206, <8 x float>* %40, align 32
  %1207 = load <8 x float>, <8 x float>* %34, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1160, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %34, align 32
  %kw.next108 = add i64 %kw101, 1
  br label %kw.header98, !llvm.loop !6

kw.exit100:                                       ; preds = %kw.header98
  %kh.next109 = add i64 %kh97, 1
  br label %kh.header94

u.header111:                                      ; preds = %kh.exit117, %u.exit92
  %u114 = phi i64 [ 0, %u.exit92 ], [ %u.next131, %kh.exit117 ]
  %1209 = icmp slt i64 %u114, 6
  br i1 %1209, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1210 = mul i64 %u114, 196
  %1211 = add i64 %1142, %1210
  %1212 = mul i64 %u114, 200
  %1213 = add i64 %121, %1212
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1214 = mul i64 %113, 2
  %1215 = add i64 %1214, %116
  %1216 = add i64 %1215, 0
  %1217 = mul i64 %1216, 10
  %1218 = add i64 %1217, %110
  %1219 = mul i64 %1218, 10
  %1220 = add i64 %1219, 36
  %1221 = mul i64 %1220, 8
  %1222 = load <8 x float>, <8 x float>* %33, align 32
  %1223 = fcmp ogt <8 x float> %1222, zeroinitializer
  %1224 = select <8 x i1> %1223, <8 x float> %1222, <8 x float> zeroinitializer
  %1225 = getelementptr inbounds float, float* %0, i64 %1221
  %1226 = bitcast float* %1225 to <8 x float>*
  store <8 x float> %1224, <8 x float>* %1226, align 4
  %1227 = add i64 %1219, 37
  %1228 = mul i64 %1227, 8
  %1229 = load <8 x float>, <8 x float>* %32, align 32
  %1230 = fcmp ogt <8 x float> %1229, zeroinitializer
  %1231 = select <8 x i1> %1230, <8 x float> %1229, <8 x float> zeroinitializer
  %1232 = getelementptr inbounds float, float* %0, i64 %1228
  %1233 = bitcast float* %1232 to <8 x float>*
  store <8 x float> %1231, <8 x float>* %1233, align 4
  %1234 = add i64 %1219, 38
  %1235 = mul i64 %1234, 8
  %1236 = load <8 x float>, <8 x float>* %31, align 32
  %1237 = fcmp ogt <8 x float> %1236, zeroinitializer
  %1238 = select <8 x i1> %1237, <8 x float> %1236, <8 x float> zeroinitializer
  %1239 = getelementptr inbounds float, float* %0, i64 %1235
  %1240 = bitcast float* %1239 to <8 x float>*
  store <8 x float> %1238, <8 x float>* %1240, align 4
  %1241 = add i64 %1219, 39
  %1242 = mul i64 %1241, 8
  %1243 = load <8 x float>, <8 x float>* %30, align 32
  %1244 = fcmp ogt <8 x float> %1243, zeroinitializer
  %1245 = select <8 x i1> %1244, <8 x float> %1243, <8 x float> zeroinitializer
  %1246 = getelementptr inbounds float, float* %0, i64 %1242
  %1247 = bitcast float* %1246 to <8 x float>*
  store <8 x float> %1245, <8 x float>* %1247, align 4
  %1248 = add i64 %1219, 40
  %1249 = mul i64 %1248, 8
  %1250 = load <8 x float>, <8 x float>* %29, align 32
  %1251 = fcmp ogt <8 x float> %1250, zeroinitializer
  %1252 = select <8 x i1> %1251, <8 x float> %1250, <8 x float> zeroinitializer
  %1253 = getelementptr inbounds float, float* %0, i64 %1249
  %1254 = bitcast float* %1253 to <8 x float>*
  store <8 x float> %1252, <8 x float>* %1254, align 4
  %1255 = add i64 %1219, 41
  %1256 = mul i64 %1255, 8
  %1257 = load <8 x float>, <8 x float>* %28, align 32
  %1258 = fcmp ogt <8 x float> %1257, zeroinitializer
  %1259 = select <8 x i1> %1258, <8 x float> %1257, <8 x float> zeroinitializer
  %1260 = getelementptr inbounds float, float* %0, i64 %1256
  %1261 = bitcast float* %1260 to <8 x float>*
  store <8 x float> %1259, <8 x float>* %1261, align 4
  %1262 = mul i64 %113, 2
  %1263 = add i64 %1262, %116
  %1264 = add i64 %1263, 1
  %1265 = mul i64 %1264, 10
  %1266 = add i64 %1265, %110
  %1267 = mul i64 %1266, 10
  %1268 = add i64 %1267, 36
  %1269 = mul i64 %1268, 8
  %1270 = load <8 x float>, <8 x float>* %27, align 32
  %1271 = fcmp ogt <8 x float> %1270, zeroinitializer
  %1272 = select <8 x i1> %1271, <8 x float> %1270, <8 x float> zeroinitializer
  %1273 = getelementptr inbounds float, float* %0, i64 %1269
  %1274 = bitcast float* %1273 to <8 x float>*
  store <8 x float> %1272, <8 x float>* %1274, align 4
  %1275 = add i64 %1267, 37
  %1276 = mul i64 %1275, 8
  %1277 = load <8 x float>, <8 x float>* %26, align 32
  %1278 = fcmp ogt <8 x float> %1277, zeroinitializer
  %1279 = select <8 x i1> %1278, <8 x float> %1277, <8 x float> zeroinitializer
  %1280 = getelementptr inbounds float, float* %0, i64 %1276
  %1281 = bitcast float* %1280 to <8 x float>*
  store <8 x float> %1279, <8 x float>* %1281, align 4
  %1282 = add i64 %1267, 38
  %1283 = mul i64 %1282, 8
  %1284 = load <8 x float>, <8 x float>* %25, align 32
  %1285 = fcmp ogt <8 x float> %1284, zeroinitializer
  %1286 = select <8 x i1> %1285, <8 x float> %1284, <8 x float> zeroinitializer
  %1287 = getelementptr inbounds float, float* %0, i64 %1283
  %1288 = bitcast float* %1287 to <8 x float>*
  store <8 x float> %1286, <8 x float>* %1288, align 4
  %1289 = add i64 %1267, 39
  %1290 = mul i64 %1289, 8
  %1291 = load <8 x float>, <8 x float>* %24, align 32
  %1292 = fcmp ogt <8 x float> %1291, zeroinitializer
  %1293 = select <8 x i1> %1292, <8 x float> %1291, <8 x float> zeroinitializer
  %1294 = getelementptr inbounds float, float* %0, i64 %1290
  %1295 = bitcast float* %1294 to <8 x float>*
  store <8 x float> %1293, <8 x float>* %1295, align 4
  %1296 = add i64 %1267, 40
  %1297 = mul i64 %1296, 8
  %1298 = load <8 x float>, <8 x float>* %23, align 32
  %1299 = fcmp ogt <8 x float> %1298, zeroinitializer
  %1300 = select <8 x i1> %1299, <8 x float> %1298, <8 x float> zeroinitializer
  %1301 = getelementptr inbounds float, float* %0, i64 %1297
  %1302 = bitcast float* %1301 to <8 x float>*
  store <8 x float> %1300, <8 x float>* %1302, align 4
  %1303 = add i64 %1267, 41
  %1304 = mul i64 %1303, 8
  %1305 = load <8 x float>, <8 x float>* %22, align 32
  %1306 = fcmp ogt <8 x float> %1305, zeroinitializer
  %1307 = select <8 x i1> %1306, <8 x float> %1305, <8 x float> zeroinitializer
  %1308 = getelementptr inbounds float, float* %0, i64 %1304
  %1309 = bitcast float* %1308 to <8 x float>*
  store <8 x float> %1307, <8 x float>* %1309, align 4
  %1310 = add i64 %116, 0
  %1311 = mul i64 %1310, 8
  %1312 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %1311
  %1313 = bitcast float* %1312 to <8 x float>*
  %1314 = load <8 x float>, <8 x float>* %1313, align 4
  store <8 x float> %1314, <8 x float>* %21, align 32
  store <8 x float> %1314, <8 x float>* %20, align 32
  store <8 x float> %1314, <8 x float>* %19, align 32
  store <8 x float> %1314, <8 x float>* %18, align 32
  store <8 x float> %1314, <8 x float>* %17, align 32
  store <8 x float> %1314, <8 x float>* %16, align 32
  %1315 = add i64 %116, 1
  %1316 = mul i64 %1315, 8
  %1317 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %1316
  %1318 = bitcast float* %1317 to <8 x float>*
  %1319 = load <8 x float>, <8 x float>* %1318, align 4
  store <8 x float> %1319, <8 x float>* %15, align 32
  store <8 x float> %1319, <8 x float>* %14, align 32
  store <8 x float> %1319, <8 x float>* %13, align 32
  store <8 x float> %1319, <8 x float>* %12, align 32
  store <8 x float> %1319, <8 x float>* %11, align 32
  store <8 x float> %1319, <8 x float>* %10, align 32
  %1320 = add i64 %122, 0
  %1321 = add i64 %120, %1320
  br label %u.header132

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next130, %kw.exit121 ]
  %1322 = icmp slt i64 %kh118, 5
  br i1 %1322, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1323 = mul i64 %kh118, 14
  %1324 = add i64 %1211, %1323
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next131 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next129, %kw.body120 ]
  %1325 = icmp slt i64 %kw122, 5
  br i1 %1325, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1326 = mul i64 %kw122, 1
  %1327 = add i64 %1324, %1326
  %1328 = mul i64 %kh118, 5
  %1329 = add i64 %1328, %kw122
  %1330 = mul i64 %1329, 8
  %1331 = add i64 %1213, %1330
  %1332 = add i64 %1331, 0
  %1333 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %1332
  %1334 = bitcast float* %1333 to <8 x float>*
  %1335 = load <8 x float>, <8 x float>* %1334, align 4
  %1336 = add i64 %1331, 1200
  %1337 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %1336
  %1338 = bitcast float* %1337 to <8 x float>*
  %1339 = load <8 x float>, <8 x float>* %1338, align 4
  %1340 = add i64 %1327, 48
  %1341 = getelementptr inbounds float, float* %1, i64 %1340
  %1342 = load float, float* %1341, align 4
  %1343 = insertelement <8 x float> undef, float %1342, i32 0
  %splat123 = shufflevector <8 x float> %1343, <8 x float> undef, <8 x i32> zeroinitializer
  %1344 = load <8 x float>, <8 x float>* %33, align 32
  %1345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1335, <8 x float> %1344)
  store <8 x float> %1345, <8 x float>* %33, align 32
  %1346 = load <8 x float>, <8 x float>* %27, align 32
  %1347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1339, <8 x float> %1346)
  store <8 x float> %1347, <8 x float>* %27, align 32
  %1348 = add i64 %1327, 49
  %1349 = getelementptr inbounds float, float* %1, i64 %1348
  %1350 = load float, float* %1349, align 4
  %1351 = insertelement <8 x float> undef, float %1350, i32 0
  %splat124 = shufflevector <8 x float> %1351, <8 x float> undef, <8 x i32> zeroinitializer
  %1352 = load <8 x float>, <8 x float>* %32, align 32
  %1353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1335, <8 x float> %1352)
  store <8 x float> %1353, <8 x float>* %32, align 32
  %1354 = load <8 x float>, <8 x float>* %26, align 32
  %1355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1339, <8 x float> %1354)
  store <8 x float> %1355, <8 x float>* %26, align 32
  %1356 = add i64 %1327, 50
  %1357 = getelementptr inbounds float, float* %1, i64 %1356
  %1358 = load float, float* %1357, align 4
  %1359 = insertelement <8 x float> undef, float %1358, i32 0
  %splat125 = shufflevector <8 x float> %1359, <8 x float> undef, <8 x i32> zeroinitializer
  %1360 = load <8 x float>, <8 x float>* %31, align 32
  %1361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1335, <8 x float> %1360)
  store <8 x float> %1361, <8 x float>* %31, align 32
  %1362 = load <8 x float>, <8 x float>* %25, align 32
  %1363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1339, <8 x float> %1362)
  store <8 x float> %1363, <8 x float>* %25, align 32
  %1364 = add i64 %1327, 51
  %1365 = getelementptr inbounds float, float* %1, i64 %1364
  %1366 = load float, float* %1365, align 4
  %1367 = insertelement <8 x float> undef, float %1366, i32 0
  %splat126 = shufflevector <8 x float> %1367, <8 x float> undef, <8 x i32> zeroinitializer
  %1368 = load <8 x float>, <8 x float>* %30, align 32
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1335, <8 x float> %1368)
  store <8 x float> %1369, <8 x float>* %30, align 32
  %1370 = load <8 x float>, <8 x float>* %24, align 32
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1339, <8 x float> %1370)
  store <8 x float> %1371, <8 x float>* %24, align 32
  %1372 = add i64 %1327, 56
  %1373 = getelementptr inbounds float, float* %1, i64 %1372
  %1374 = load float, float* %1373, align 4
  %1375 = insertelement <8 x float> undef, float %1374, i32 0
  %splat127 = shufflevector <8 x float> %1375, <8 x float> undef, <8 x i32> zeroinitializer
  %1376 = load <8 x float>, <8 x float>* %29, align 32
  %1377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1335, <8 x float> %1376)
  store <8 x float> %1377, <8 x float>* %29, align 32
  %1378 = load <8 x float>, <8 x float>* %23, align 32
  %1379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1339, <8 x float> %1378)
  store <8 x float> %1379, <8 x float>* %23, align 32
  %1380 = add i64 %1327, 57
  %1381 = getelementptr inbounds float, float* %1, i64 %1380
  %1382 = load float, float* %1381, align 4
  %1383 = insertelement <8 x float> undef, float %1382, i32 0
  %splat128 = shufflevector <8 x float> %1383, <8 x float> undef, <8 x i32> zeroinitializer
  %1384 = load <8 x float>, <8 x float>* %28, align 32
  %1385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1335, <8 x float> %1384)
  store <8 x float> %1385, <8 x float>* %28, align 32
  %1386 = load <8 x float>, <8 x float>* %22, align 32
  %1387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1339, <8 x float> %1386)
  store <8 x float> %1387, <8 x float>* %22, align 32
  %kw.next129 = add i64 %kw122, 1
  br label %kw.header119, !llvm.loop !7

kw.exit121:                                       ; preds = %kw.header119
  %kh.next130 = add i64 %kh118, 1
  br label %kh.header115

u.header132:                                      ; preds = %kh.exit138, %u.exit113
  %u135 = phi i64 [ 0, %u.exit113 ], [ %u.next152, %kh.exit138 ]
  %1388 = icmp slt i64 %u135, 6
  br i1 %1388, label %u.body133, label %u.exit134

u.body133:                                        ; preds = %u.header132
  %1389 = mul i64 %u135, 196
  %1390 = add i64 %1321, %1389
  %1391 = mul i64 %u135, 200
  %1392 = add i64 %121, %1391
  br label %kh.header136

u.exit134:                                        ; preds = %u.header132
  %1393 = mul i64 %113, 2
  %1394 = add i64 %1393, %116
  %1395 = add i64 %1394, 0
  %1396 = mul i64 %1395, 10
  %1397 = add i64 %1396, %110
  %1398 = mul i64 %1397, 10
  %1399 = add i64 %1398, 42
  %1400 = mul i64 %1399, 8
  %1401 = load <8 x float>, <8 x float>* %21, align 32
  %1402 = fcmp ogt <8 x float> %1401, zeroinitializer
  %1403 = select <8 x i1> %1402, <8 x float> %1401, <8 x float> zeroinitializer
  %1404 = getelementptr inbounds float, float* %0, i64 %1400
  %1405 = bitcast float* %1404 to <8 x float>*
  store <8 x float> %1403, <8 x float>* %1405, align 4
  %1406 = add i64 %1398, 43
  %1407 = mul i64 %1406, 8
  %1408 = load <8 x float>, <8 x float>* %20, align 32
  %1409 = fcmp ogt <8 x float> %1408, zeroinitializer
  %1410 = select <8 x i1> %1409, <8 x float> %1408, <8 x float> zeroinitializer
  %1411 = getelementptr inbounds float, float* %0, i64 %1407
  %1412 = bitcast float* %1411 to <8 x float>*
  store <8 x float> %1410, <8 x float>* %1412, align 4
  %1413 = add i64 %1398, 44
  %1414 = mul i64 %1413, 8
  %1415 = load <8 x float>, <8 x float>* %19, align 32
  %1416 = fcmp ogt <8 x float> %1415, zeroinitializer
  %1417 = select <8 x i1> %1416, <8 x float> %1415, <8 x float> zeroinitializer
  %1418 = getelementptr inbounds float, float* %0, i64 %1414
  %1419 = bitcast float* %1418 to <8 x float>*
  store <8 x float> %1417, <8 x float>* %1419, align 4
  %1420 = add i64 %1398, 45
  %1421 = mul i64 %1420, 8
  %1422 = load <8 x float>, <8 x float>* %18, align 32
  %1423 = fcmp ogt <8 x float> %1422, zeroinitializer
  %1424 = select <8 x i1> %1423, <8 x float> %1422, <8 x float> zeroinitializer
  %1425 = getelementptr inbounds float, float* %0, i64 %1421
  %1426 = bitcast float* %1425 to <8 x float>*
  store <8 x float> %1424, <8 x float>* %1426, align 4
  %1427 = add i64 %1398, 46
  %1428 = mul i64 %1427, 8
  %1429 = load <8 x float>, <8 x float>* %17, align 32
  %1430 = fcmp ogt <8 x float> %1429, zeroinitializer
  %1431 = select <8 x i1> %1430, <8 x float> %1429, <8 x float> zeroinitializer
  %1432 = getelementptr inbounds float, float* %0, i64 %1428
  %1433 = bitcast float* %1432 to <8 x float>*
  store <8 x float> %1431, <8 x float>* %1433, align 4
  %1434 = add i64 %1398, 47
  %1435 = mul i64 %1434, 8
  %1436 = load <8 x float>, <8 x float>* %16, align 32
  %1437 = fcmp ogt <8 x float> %1436, zeroinitializer
  %1438 = select <8 x i1> %1437, <8 x float> %1436, <8 x float> zeroinitializer
  %1439 = getelementptr inbounds float, float* %0, i64 %1435
  %1440 = bitcast float* %1439 to <8 x float>*
  store <8 x float> %1438, <8 x float>* %1440, align 4
  %1441 = mul i64 %113, 2
  %1442 = add i64 %1441, %116
  %1443 = add i64 %1442, 1
  %1444 = mul i64 %1443, 10
  %1445 = add i64 %1444, %110
  %1446 = mul i64 %1445, 10
  %1447 = add i64 %1446, 42
  %1448 = mul i64 %1447, 8
  %1449 = load <8 x float>, <8 x float>* %15, align 32
  %1450 = fcmp ogt <8 x float> %1449, zeroinitializer
  %1451 = select <8 x i1> %1450, <8 x float> %1449, <8 x float> zeroinitializer
  %1452 = getelementptr inbounds float, float* %0, i64 %1448
  %1453 = bitcast float* %1452 to <8 x float>*
  store <8 x float> %1451, <8 x float>* %1453, align 4
  %1454 = add i64 %1446, 43
  %1455 = mul i64 %1454, 8
  %1456 = load <8 x float>, <8 x float>* %14, align 32
  %1457 = fcmp ogt <8 x float> %1456, zeroinitializer
  %1458 = select <8 x i1> %1457, <8 x float> %1456, <8 x float> zeroinitializer
  %1459 = getelementptr inbounds float, float* %0, i64 %1455
  %1460 = bitcast float* %1459 to <8 x float>*
  store <8 x float> %1458, <8 x float>* %1460, align 4
  %1461 = add i64 %1446, 44
  %1462 = mul i64 %1461, 8
  %1463 = load <8 x float>, <8 x float>* %13, align 32
  %1464 = fcmp ogt <8 x float> %1463, zeroinitializer
  %1465 = select <8 x i1> %1464, <8 x float> %1463, <8 x float> zeroinitializer
  %1466 = getelementptr inbounds float, float* %0, i64 %1462
  %1467 = bitcast float* %1466 to <8 x float>*
  store <8 x float> %1465, <8 x float>* %1467, align 4
  %1468 = add i64 %1446, 45
  %1469 = mul i64 %1468, 8
  %1470 = load <8 x float>, <8 x float>* %12, align 32
  %1471 = fcmp ogt <8 x float> %1470, zeroinitializer
  %1472 = select <8 x i1> %1471, <8 x float> %1470, <8 x float> zeroinitializer
  %1473 = getelementptr inbounds float, float* %0, i64 %1469
  %1474 = bitcast float* %1473 to <8 x float>*
  store <8 x float> %1472, <8 x float>* %1474, align 4
  %1475 = add i64 %1446, 46
  %1476 = mul i64 %1475, 8
  %1477 = load <8 x float>, <8 x float>* %11, align 32
  %1478 = fcmp ogt <8 x float> %1477, zeroinitializer
  %1479 = select <8 x i1> %1478, <8 x float> %1477, <8 x float> zeroinitializer
  %1480 = getelementptr inbounds float, float* %0, i64 %1476
  %1481 = bitcast float* %1480 to <8 x float>*
  store <8 x float> %1479, <8 x float>* %1481, align 4
  %1482 = add i64 %1446, 47
  %1483 = mul i64 %1482, 8
  %1484 = load <8 x float>, <8 x float>* %10, align 32
  %1485 = fcmp ogt <8 x float> %1484, zeroinitializer
  %1486 = select <8 x i1> %1485, <8 x float> %1484, <8 x float> zeroinitializer
  %1487 = getelementptr inbounds float, float* %0, i64 %1483
  %1488 = bitcast float* %1487 to <8 x float>*
  store <8 x float> %1486, <8 x float>* %1488, align 4
  %1489 = add i64 %116, 0
  %1490 = mul i64 %1489, 8
  %1491 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %1490
  %1492 = bitcast float* %1491 to <8 x float>*
  %1493 = load <8 x float>, <8 x float>* %1492, align 4
  store <8 x float> %1493, <8 x float>* %9, align 32
  store <8 x float> %1493, <8 x float>* %8, align 32
  %1494 = add i64 %116, 1
  %1495 = mul i64 %1494, 8
  %1496 = getelementptr inbounds float, float* bitcast ([64 x i8]* @weight.conv2d_2.bias to float*), i64 %1495
  %1497 = bitcast float* %1496 to <8 x float>*
  %1498 = load <8 x float>, <8 x float>* %1497, align 4
  store <8 x float> %1498, <8 x float>* %7, align 32
  store <8 x float> %1498, <8 x float>* %6, align 32
  %1499 = add i64 %122, 0
  %1500 = add i64 %120, %1499
  br label %u.header153

kh.header136:                                     ; preds = %kw.exit142, %u.body133
  %kh139 = phi i64 [ 0, %u.body133 ], [ %kh.next151, %kw.exit142 ]
  %1501 = icmp slt i64 %kh139, 5
  br i1 %1501, label %kh.body137, label %kh.exit138

kh.body137:                                       ; preds = %kh.header136
  %1502 = mul i64 %kh139, 14
  %1503 = add i64 %1390, %1502
  br label %kw.header140

kh.exit138:                                       ; preds = %kh.header136
  %u.next152 = add i64 %u135, 1
  br label %u.header132

kw.header140:                                     ; preds = %kw.body141, %kh.body137
  %kw143 = phi i64 [ 0, %kh.body137 ], [ %kw.next150, %kw.body141 ]
  %1504 = icmp slt i64 %kw143, 5
  br i1 %1504, label %kw.body141, label %kw.exit142

kw.body141:                                       ; preds = %kw.header140
  %1505 = mul i64 %kw143, 1
  %1506 = add i64 %1503, %1505
  %1507 = mul i64 %kh139, 5
  %1508 = add i64 %1507, %kw143
  %1509 = mul i64 %1508, 8
  %1510 = add i64 %1392, %1509
  %1511 = add i64 %1510, 0
  %1512 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %1511
  %1513 = bitcast float* %1512 to <8 x float>*
  %1514 = load <8 x float>, <8 x float>* %1513, align 4
  %1515 = add i64 %1510, 1200
  %1516 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %1515
  %1517 = bitcast float* %1516 to <8 x float>*
  %1518 = load <8 x float>, <8 x float>* %1517, align 4
  %1519 = add i64 %1506, 58
  %1520 = getelementptr inbounds float, float* %1, i64 %1519
  %1521 = load float, float* %1520, align 4
  %1522 = insertelement <8 x float> undef, float %1521, i32 0
  %splat144 = shufflevector <8 x float> %1522, <8 x float> undef, <8 x i32> zeroinitializer
  %1523 = load <8 x float>, <8 x float>* %21, align 32
  %1524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1514, <8 x float> %1523)
  store <8 x float> %1524, <8 x float>* %21, align 32
  %1525 = load <8 x float>, <8 x float>* %15, align 32
  %1526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1518, <8 x float> %1525)
  store <8 x float> %1526, <8 x float>* %15, align 32
  %1527 = add i64 %1506, 59
  %1528 = getelementptr inbounds float, float* %1, i64 %1527
  %1529 = load float, float* %1528, align 4
  %1530 = insertelement <8 x float> undef, float %1529, i32 0
  %splat145 = shufflevector <8 x float> %1530, <8 x float> undef, <8 x i32> zeroinitializer
  %1531 = load <8 x float>, <8 x float>* %20, align 32
  %1532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1514, <8 x float> %1531)
  store <8 x float> %1532, <8 x float>* %20, align 32
  %1533 = load <8 x float>, <8 x float>* %14, align 32
  %1534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1518, <8 x float> %1533)
  store <8 x float> %1534, <8 x float>* %14, align 32
  %1535 = add i64 %1506, 60
  %1536 = getelementptr inbounds float, float* %1, i64 %1535
  %1537 = load float, float* %1536, align 4
  %1538 = insertelement <8 x float> undef, float %1537, i32 0
  %splat146 = shufflevector <8 x float> %1538, <8 x float> undef, <8 x i32> zeroinitializer
  %1539 = load <8 x float>, <8 x float>* %19, align 32
  %1540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1514, <8 x float> %1539)
  store <8 x float> %1540, <8 x float>* %19, align 32
  %1541 = load <8 x float>, <8 x float>* %13, align 32
  %1542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1518, <8 x float> %1541)
  store <8 x float> %1542, <8 x float>* %13, align 32
  %1543 = add i64 %1506, 61
  %1544 = getelementptr inbounds float, float* %1, i64 %1543
  %1545 = load float, float* %1544, align 4
  %1546 = insertelement <8 x float> undef, float %1545, i32 0
  %splat147 = shufflevector <8 x float> %1546, <8 x float> undef, <8 x i32> zeroinitializer
  %1547 = load <8 x float>, <8 x float>* %18, align 32
  %1548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1514, <8 x float> %1547)
  store <8 x float> %1548, <8 x float>* %18, align 32
  %1549 = load <8 x float>, <8 x float>* %12, align 32
  %1550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1518, <8 x float> %1549)
  store <8 x float> %1550, <8 x float>* %12, align 32
  %1551 = add i64 %1506, 62
  %1552 = getelementptr inbounds float, float* %1, i64 %1551
  %1553 = load float, float* %1552, align 4
  %1554 = insertelement <8 x float> undef, float %1553, i32 0
  %splat148 = shufflevector <8 x float> %1554, <8 x float> undef, <8 x i32> zeroinitializer
  %1555 = load <8 x float>, <8 x float>* %17, align 32
  %1556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1514, <8 x float> %1555)
  store <8 x float> %1556, <8 x float>* %17, align 32
  %1557 = load <8 x float>, <8 x float>* %11, align 32
  %1558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1518, <8 x float> %1557)
  store <8 x float> %1558, <8 x float>* %11, align 32
  %1559 = add i64 %1506, 63
  %1560 = getelementptr inbounds float, float* %1, i64 %1559
  %1561 = load float, float* %1560, align 4
  %1562 = insertelement <8 x float> undef, float %1561, i32 0
  %splat149 = shufflevector <8 x float> %1562, <8 x float> undef, <8 x i32> zeroinitializer
  %1563 = load <8 x float>, <8 x float>* %16, align 32
  %1564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1514, <8 x float> %1563)
  store <8 x float> %1564, <8 x float>* %16, align 32
  %1565 = load <8 x float>, <8 x float>* %10, align 32
  %1566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1518, <8 x float> %1565)
  store <8 x float> %1566, <8 x float>* %10, align 32
  %kw.next150 = add i64 %kw143, 1
  br label %kw.header140, !llvm.loop !8

kw.exit142:                                       ; preds = %kw.header140
  %kh.next151 = add i64 %kh139, 1
  br label %kh.header136

u.header153:                                      ; preds = %kh.exit159, %u.exit134
  %u156 = phi i64 [ 0, %u.exit134 ], [ %u.next169, %kh.exit159 ]
  %1567 = icmp slt i64 %u156, 6
  br i1 %1567, label %u.body154, label %u.exit155

u.body154:                                        ; preds = %u.header153
  %1568 = mul i64 %u156, 196
  %1569 = add i64 %1500, %1568
  %1570 = mul i64 %u156, 200
  %1571 = add i64 %121, %1570
  br label %kh.header157

u.exit155:                                        ; preds = %u.header153
  %1572 = mul i64 %113, 2
  %1573 = add i64 %1572, %116
  %1574 = add i64 %1573, 0
  %1575 = mul i64 %1574, 10
  %1576 = add i64 %1575, %110
  %1577 = mul i64 %1576, 10
  %1578 = add i64 %1577, 48
  %1579 = mul i64 %1578, 8
  %1580 = load <8 x float>, <8 x float>* %9, align 32
  %1581 = fcmp ogt <8 x float> %1580, zeroinitializer
  %1582 = select <8 x i1> %1581, <8 x float> %1580, <8 x float> zeroinitializer
  %1583 = getelementptr inbounds float, float* %0, i64 %1579
  %1584 = bitcast float* %1583 to <8 x float>*
  store <8 x float> %1582, <8 x float>* %1584, align 4
  %1585 = add i64 %1577, 49
  %1586 = mul i64 %1585, 8
  %1587 = load <8 x float>, <8 x float>* %8, align 32
  %1588 = fcmp ogt <8 x float> %1587, zeroinitializer
  %1589 = select <8 x i1> %1588, <8 x float> %1587, <8 x float> zeroinitializer
  %1590 = getelementptr inbounds float, float* %0, i64 %1586
  %1591 = bitcast float* %1590 to <8 x float>*
  store <8 x float> %1589, <8 x float>* %1591, align 4
  %1592 = mul i64 %113, 2
  %1593 = add i64 %1592, %116
  %1594 = add i64 %1593, 1
  %1595 = mul i64 %1594, 10
  %1596 = add i64 %1595, %110
  %1597 = mul i64 %1596, 10
  %1598 = add i64 %1597, 48
  %1599 = mul i64 %1598, 8
  %1600 = load <8 x float>, <8 x float>* %7, align 32
  %1601 = fcmp ogt <8 x float> %1600, zeroinitializer
  %1602 = select <8 x i1> %1601, <8 x float> %1600, <8 x float> zeroinitializer
  %1603 = getelementptr inbounds float, float* %0, i64 %1599
  %1604 = bitcast float* %1603 to <8 x float>*
  store <8 x float> %1602, <8 x float>* %1604, align 4
  %1605 = add i64 %1597, 49
  %1606 = mul i64 %1605, 8
  %1607 = load <8 x float>, <8 x float>* %6, align 32
  %1608 = fcmp ogt <8 x float> %1607, zeroinitializer
  %1609 = select <8 x i1> %1608, <8 x float> %1607, <8 x float> zeroinitializer
  %1610 = getelementptr inbounds float, float* %0, i64 %1606
  %1611 = bitcast float* %1610 to <8 x float>*
  store <8 x float> %1609, <8 x float>* %1611, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header157:                                     ; preds = %kw.exit163, %u.body154
  %kh160 = phi i64 [ 0, %u.body154 ], [ %kh.next168, %kw.exit163 ]
  %1612 = icmp slt i64 %kh160, 5
  br i1 %1612, label %kh.body158, label %kh.exit159

kh.body158:                                       ; preds = %kh.header157
  %1613 = mul i64 %kh160, 14
  %1614 = add i64 %1569, %1613
  br label %kw.header161

kh.exit159:                                       ; preds = %kh.header157
  %u.next169 = add i64 %u156, 1
  br label %u.header153

kw.header161:                                     ; preds = %kw.body162, %kh.body158
  %kw164 = phi i64 [ 0, %kh.body158 ], [ %kw.next167, %kw.body162 ]
  %1615 = icmp slt i64 %kw164, 5
  br i1 %1615, label %kw.body162, label %kw.exit163

kw.body162:                                       ; preds = %kw.header161
  %1616 = mul i64 %kw164, 1
  %1617 = add i64 %1614, %1616
  %1618 = mul i64 %kh160, 5
  %1619 = add i64 %1618, %kw164
  %1620 = mul i64 %1619, 8
  %1621 = add i64 %1571, %1620
  %1622 = add i64 %1621, 0
  %1623 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %1622
  %1624 = bitcast float* %1623 to <8 x float>*
  %1625 = load <8 x float>, <8 x float>* %1624, align 4
  %1626 = add i64 %1621, 1200
  %1627 = getelementptr inbounds float, float* bitcast ([9600 x i8]* @weight.conv2d_2.packed to float*), i64 %1626
  %1628 = bitcast float* %1627 to <8 x float>*
  %1629 = load <8 x float>, <8 x float>* %1628, align 4
  %1630 = add i64 %1617, 64
  %1631 = getelementptr inbounds float, float* %1, i64 %1630
  %1632 = load float, float* %1631, align 4
  %1633 = insertelement <8 x float> undef, float %1632, i32 0
  %splat165 = shufflevector <8 x float> %1633, <8 x float> undef, <8 x i32> zeroinitializer
  %1634 = load <8 x float>, <8 x float>* %9, align 32
  %1635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1625, <8 x float> %1634)
  store <8 x float> %1635, <8 x float>* %9, align 32
  %1636 = load <8 x float>, <8 x float>* %7, align 32
  %1637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1629, <8 x float> %1636)
  store <8 x float> %1637, <8 x float>* %7, align 32
  %1638 = add i64 %1617, 65
  %1639 = getelementptr inbounds float, float* %1, i64 %1638
  %1640 = load float, float* %1639, align 4
  %1641 = insertelement <8 x float> undef, float %1640, i32 0
  %splat166 = shufflevector <8 x float> %1641, <8 x float> undef, <8 x i32> zeroinitializer
  %1642 = load <8 x float>, <8 x float>* %8, align 32
  %1643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1625, <8 x float> %1642)
  store <8 x float> %1643, <8 x float>* %8, align 32
  %1644 = load <8 x float>, <8 x float>* %6, align 32
  %1645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1629, <8 x float> %1644)
  store <8 x float> %1645, <8 x float>* %6, align 32
  %kw.next167 = add i64 %kw164, 1
  br label %kw.header161, !llvm.loop !9

kw.exit163:                                       ; preds = %kw.header161
  %kh.next168 = add i64 %kh160, 1
  br label %kh.header157
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
  %19 = add i64 2, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2
  %23 = select i1 %22, i64 %21, i64 2
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2
  %26 = select i1 %25, i64 %24, i64 2
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

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 5
  %8 = sdiv i64 %task, 5
  %9 = mul i64 %task, 40
  br label %ws.header

task.exit:                                        ; preds = %task.header
  ret void

ws.header:                                        ; preds = %ws.body, %task.body
  %ws = phi i64 [ 0, %task.body ], [ %ws.next, %ws.body ]
  %10 = icmp slt i64 %ws, 5
  br i1 %10, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %11 = mul i64 %ws, 8
  %12 = add i64 %11, 0
  %13 = add i64 %9, %12
  %14 = mul i64 %8, 8
  %15 = add i64 %14, 0
  %16 = mul i64 %15, 25
  %17 = mul i64 %7, 5
  %18 = add i64 %17, %ws
  %19 = add i64 %16, %18
  %20 = getelementptr inbounds float, float* %1, i64 %13
  %21 = load float, float* %20, align 4
  %22 = getelementptr inbounds float, float* %0, i64 %19
  store float %21, float* %22, align 4
  %23 = mul i64 %ws, 8
  %24 = add i64 %23, 1
  %25 = add i64 %9, %24
  %26 = mul i64 %8, 8
  %27 = add i64 %26, 1
  %28 = mul i64 %27, 25
  %29 = mul i64 %7, 5
  %30 = add i64 %29, %ws
  %31 = add i64 %28, %30
  %32 = getelementptr inbounds float, float* %1, i64 %25
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %0, i64 %31
  store float %33, float* %34, align 4
  %35 = mul i64 %ws, 8
  %36 = add i64 %35, 2
  %37 = add i64 %9, %36
  %38 = mul i64 %8, 8
  %39 = add i64 %38, 2
  %40 = mul i64 %39, 25
  %41 = mul i64 %7, 5
  %42 = add i64 %41, %ws
  %43 = add i64 %40, %42
  %44 = getelementptr inbounds float, float* %1, i64 %37
  %45 = load float, float* %44, align 4
  %46 = getelementptr inbounds float, float* %0, i64 %43
  store float %45, float* %46, align 4
  %47 = mul i64 %ws, 8
  %48 = add i64 %47, 3
  %49 = add i64 %9, %48
  %50 = mul i64 %8, 8
  %51 = add i64 %50, 3
  %52 = mul i64 %51, 25
  %53 = mul i64 %7, 5
  %54 = add i64 %53, %ws
  %55 = add i64 %52, %54
  %56 = getelementptr inbounds float, float* %1, i64 %49
  %57 = load float, float* %56, align 4
  %58 = getelementptr inbounds float, float* %0, i64 %55
  store float %57, float* %58, align 4
  %59 = mul i64 %ws, 8
  %60 = add i64 %59, 4
  %61 = add i64 %9, %60
  %62 = mul i64 %8, 8
  %63 = add i64 %62, 4
  %64 = mul i64 %63, 25
  %65 = mul i64 %7, 5
  %66 = add i64 %65, %ws
  %67 = add i64 %64, %66
  %68 = getelementptr inbounds float, float* %1, i64 %61
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %0, i64 %67
  store float %69, float* %70, align 4
  %71 = mul i64 %ws, 8
  %72 = add i64 %71, 5
  %73 = add i64 %9, %72
  %74 = mul i64 %8, 8
  %75 = add i64 %74, 5
  %76 = mul i64 %75, 25
  %77 = mul i64 %7, 5
  %78 = add i64 %77, %ws
  %79 = add i64 %76, %78
  %80 = getelementptr inbounds float, float* %1, i64 %73
  %81 = load float, float* %80, align 4
  %82 = getelementptr inbounds float, float* %0, i64 %79
  store float %81, float* %82, align 4
  %83 = mul i64 %ws, 8
  %84 = add i64 %83, 6
  %85 = add i64 %9, %84
  %86 = mul i64 %8, 8
  %87 = add i64 %86, 6
  %88 = mul i64 %87, 25
  %89 = mul i64 %7, 5
  %90 = add i64 %89, %ws
  %91 = add i64 %88, %90
  %92 = getelementptr inbounds float, float* %1, i64 %85
  %93 = load float, float* %92, align 4
  %94 = getelementptr inbounds float, float* %0, i64 %91
  store float %93, float* %94, align 4
  %95 = mul i64 %ws, 8
  %96 = add i64 %95, 7
  %97 = add i64 %9, %96
  %98 = mul i64 %8, 8
  %99 = add i64 %98, 7
  %100 = mul i64 %99, 25
  %101 = mul i64 %7, 5
  %102 = add i64 %101, %ws
  %103 = add i64 %100, %102
  %104 = getelementptr inbounds float, float* %1, i64 %97
  %105 = load float, float* %104, align 4
  %106 = getelementptr inbounds float, float* %0, i64 %103
  store float %105, float* %106, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
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

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !1}
!6 = distinct !{!6, !1}
!7 = distinct !{!7, !1}
!8 = distinct !{!8, !1}
!9 = distinct !{!9, !1}
