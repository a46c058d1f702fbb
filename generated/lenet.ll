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
@weight.dense_1.packed = external constant [192000 x i8], align 64
@weight.dense_1.bias = external constant [480 x i8], align 64
@weight.dense_2.packed = external constant [42240 x i8], align 64
@weight.dense_2.bias = external constant [336 x i8], align 64
@weight.dense_3.packed = external constant [5376 x i8], align 64
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

declare void @GOMP_barrier()

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
define internal void @node2.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %106 = alloca <8 x float>, align 32
  %107 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %u.exit155, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit155 ]
  %108 = icmp slt i64 %task, %7
  br i1 %108, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %109 = srem i64 %task, 2
  %110 = sdiv i64 %task, 2
  %111 = srem i64 %110, 1
  %112 = mul i64 %109, 5
  %113 = sdiv i64 %task, 2
  %114 = srem i64 %113, 1
  %115 = sdiv i64 %113, 1
  %116 = mul i64 %114, 2
  %117 = mul i64 %111, 2
  %118 = add i64 %116, %117
  %119 = mul i64 %115, 6
  %120 = mul i64 %114, 6
  %121 = add i64 %119, %120
  %122 = mul i64 %121, 196
  %123 = mul i64 %118, 1200
  %124 = mul i64 %112, 14
  %125 = add i64 %118, 0
  %126 = mul i64 %125, 8
  %127 = getelementptr inbounds float, float* %5, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  store <8 x float> %129, <8 x float>* %107, align 32
  store <8 x float> %129, <8 x float>* %106, align 32
  store <8 x float> %129, <8 x float>* %105, align 32
  store <8 x float> %129, <8 x float>* %104, align 32
  store <8 x float> %129, <8 x float>* %103, align 32
  store <8 x float> %129, <8 x float>* %102, align 32
  %130 = add i64 %118, 1
  %131 = mul i64 %130, 8
  %132 = getelementptr inbounds float, float* %5, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  store <8 x float> %134, <8 x float>* %101, align 32
  store <8 x float> %134, <8 x float>* %100, align 32
  store <8 x float> %134, <8 x float>* %99, align 32
  store <8 x float> %134, <8 x float>* %98, align 32
  store <8 x float> %134, <8 x float>* %97, align 32
  store <8 x float> %134, <8 x float>* %96, align 32
  %135 = add i64 %124, 0
  %136 = add i64 %122, %135
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %137 = icmp slt i64 %u, 6
  br i1 %137, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %138 = mul i64 %u, 196
  %139 = add i64 %136, %138
  %140 = mul i64 %u, 200
  %141 = add i64 %123, %140
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %142 = mul i64 %115, 2
  %143 = add i64 %142, %118
  %144 = add i64 %143, 0
  %145 = mul i64 %144, 10
  %146 = add i64 %145, %112
  %147 = mul i64 %146, 10
  %148 = add i64 %147, 0
  %149 = mul i64 %148, 8
  %150 = load <8 x float>, <8 x float>* %107, align 32
  %151 = fcmp ogt <8 x float> %150, zeroinitializer
  %152 = select <8 x i1> %151, <8 x float> %150, <8 x float> zeroinitializer
  %153 = getelementptr inbounds float, float* %0, i64 %149
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %152, <8 x float>* %154, align 4
  %155 = add i64 %147, 1
  %156 = mul i64 %155, 8
  %157 = load <8 x float>, <8 x float>* %106, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = getelementptr inbounds float, float* %0, i64 %156
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %162 = add i64 %147, 2
  %163 = mul i64 %162, 8
  %164 = load <8 x float>, <8 x float>* %105, align 32
  %165 = fcmp ogt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> %164, <8 x float> zeroinitializer
  %167 = getelementptr inbounds float, float* %0, i64 %163
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = add i64 %147, 3
  %170 = mul i64 %169, 8
  %171 = load <8 x float>, <8 x float>* %104, align 32
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = getelementptr inbounds float, float* %0, i64 %170
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %173, <8 x float>* %175, align 4
  %176 = add i64 %147, 4
  %177 = mul i64 %176, 8
  %178 = load <8 x float>, <8 x float>* %103, align 32
  %179 = fcmp ogt <8 x float> %178, zeroinitializer
  %180 = select <8 x i1> %179, <8 x float> %178, <8 x float> zeroinitializer
  %181 = getelementptr inbounds float, float* %0, i64 %177
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %180, <8 x float>* %182, align 4
  %183 = add i64 %147, 5
  %184 = mul i64 %183, 8
  %185 = load <8 x float>, <8 x float>* %102, align 32
  %186 = fcmp ogt <8 x float> %185, zeroinitializer
  %187 = select <8 x i1> %186, <8 x float> %185, <8 x float> zeroinitializer
  %188 = getelementptr inbounds float, float* %0, i64 %184
  %189 = bitcast float* %188 to <8 x float>*
  store <8 x float> %187, <8 x float>* %189, align 4
  %190 = mul i64 %115, 2
  %191 = add i64 %190, %118
  %192 = add i64 %191, 1
  %193 = mul i64 %192, 10
  %194 = add i64 %193, %112
  %195 = mul i64 %194, 10
  %196 = add i64 %195, 0
  %197 = mul i64 %196, 8
  %198 = load <8 x float>, <8 x float>* %101, align 32
  %199 = fcmp ogt <8 x float> %198, zeroinitializer
  %200 = select <8 x i1> %199, <8 x float> %198, <8 x float> zeroinitializer
  %201 = getelementptr inbounds float, float* %0, i64 %197
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %200, <8 x float>* %202, align 4
  %203 = add i64 %195, 1
  %204 = mul i64 %203, 8
  %205 = load <8 x float>, <8 x float>* %100, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = getelementptr inbounds float, float* %0, i64 %204
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %207, <8 x float>* %209, align 4
  %210 = add i64 %195, 2
  %211 = mul i64 %210, 8
  %212 = load <8 x float>, <8 x float>* %99, align 32
  %213 = fcmp ogt <8 x float> %212, zeroinitializer
  %214 = select <8 x i1> %213, <8 x float> %212, <8 x float> zeroinitializer
  %215 = getelementptr inbounds float, float* %0, i64 %211
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = add i64 %195, 3
  %218 = mul i64 %217, 8
  %219 = load <8 x float>, <8 x float>* %98, align 32
  %220 = fcmp ogt <8 x float> %219, zeroinitializer
  %221 = select <8 x i1> %220, <8 x float> %219, <8 x float> zeroinitializer
  %222 = getelementptr inbounds float, float* %0, i64 %218
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %221, <8 x float>* %223, align 4
  %224 = add i64 %195, 4
  %225 = mul i64 %224, 8
  %226 = load <8 x float>, <8 x float>* %97, align 32
  %227 = fcmp ogt <8 x float> %226, zeroinitializer
  %228 = select <8 x i1> %227, <8 x float> %226, <8 x float> zeroinitializer
  %229 = getelementptr inbounds float, float* %0, i64 %225
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %228, <8 x float>* %230, align 4
  %231 = add i64 %195, 5
  %232 = mul i64 %231, 8
  %233 = load <8 x float>, <8 x float>* %96, align 32
  %234 = fcmp ogt <8 x float> %233, zeroinitializer
  %235 = select <8 x i1> %234, <8 x float> %233, <8 x float> zeroinitializer
  %236 = getelementptr inbounds float, float* %0, i64 %232
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %235, <8 x float>* %237, align 4
  %238 = add i64 %118, 0
  %239 = mul i64 %238, 8
  %240 = getelementptr inbounds float, float* %5, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  %242 = load <8 x float>, <8 x float>* %241, align 4
  store <8 x float> %242, <8 x float>* %95, align 32
  store <8 x float> %242, <8 x float>* %94, align 32
  store <8 x float> %242, <8 x float>* %93, align 32
  store <8 x float> %242, <8 x float>* %92, align 32
  store <8 x float> %242, <8 x float>* %91, align 32
  store <8 x float> %242, <8 x float>* %90, align 32
  %243 = add i64 %118, 1
  %244 = mul i64 %243, 8
  %245 = getelementptr inbounds float, float* %5, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  store <8 x float> %247, <8 x float>* %89, align 32
  store <8 x float> %247, <8 x float>* %88, align 32
  store <8 x float> %247, <8 x float>* %87, align 32
  store <8 x float> %247, <8 x float>* %86, align 32
  store <8 x float> %247, <8 x float>* %85, align 32
  store <8 x float> %247, <8 x float>* %84, align 32
  %248 = add i64 %124, 0
  %249 = add i64 %122, %248
  br label %u.header6

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %250 = icmp slt i64 %kh, 5
  br i1 %250, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %251 = mul i64 %kh, 14
  %252 = add i64 %139, %251
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %253 = icmp slt i64 %kw, 5
  br i1 %253, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %254 = mul i64 %kw, 1
  %255 = add i64 %252, %254
  %256 = mul i64 %kh, 5
  %257 = add i64 %256, %kw
  %258 = mul i64 %257, 8
  %259 = add i64 %141, %258
  %260 = add i64 %259, 0
  %261 = getelementptr inbounds float, float* %4, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %259, 1200
  %265 = getelementptr inbounds float, float* %4, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = add i64 %255, 0
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %107, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %263, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %107, align 32
  %274 = load <8 x float>, <8 x float>* %101, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %267, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %101, align 32
  %276 = add i64 %255, 1
  %277 = getelementptr inbounds float, float* %1, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat1 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %106, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %263, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %106, align 32
  %282 = load <8 x float>, <8 x float>* %100, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %267, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %100, align 32
  %284 = add i64 %255, 2
  %285 = getelementptr inbounds float, float* %1, i64 %284
  %286 = load float, float* %285, align 4
  %287 = insertelement <8 x float> undef, float %286, i32 0
  %splat2 = shufflevector <8 x float> %287, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %105, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %263, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %105, align 32
  %290 = load <8 x float>, <8 x float>* %99, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %267, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %99, align 32
  %292 = add i64 %255, 3
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat3 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %104, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %263, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %104, align 32
  %298 = load <8 x float>, <8 x float>* %98, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %267, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %98, align 32
  %300 = add i64 %255, 4
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat4 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %103, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %263, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %103, align 32
  %306 = load <8 x float>, <8 x float>* %97, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %267, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %97, align 32
  %308 = add i64 %255, 5
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat5 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %102, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %263, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %102, align 32
  %314 = load <8 x float>, <8 x float>* %96, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %267, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %96, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %u.exit
  %u9 = phi i64 [ 0, %u.exit ], [ %u.next26, %kh.exit12 ]
  %316 = icmp slt i64 %u9, 6
  br i1 %316, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %317 = mul i64 %u9, 196
  %318 = add i64 %249, %317
  %319 = mul i64 %u9, 200
  %320 = add i64 %123, %319
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %321 = mul i64 %115, 2
  %322 = add i64 %321, %118
  %323 = add i64 %322, 0
  %324 = mul i64 %323, 10
  %325 = add i64 %324, %112
  %326 = mul i64 %325, 10
  %327 = add i64 %326, 6
  %328 = mul i64 %327, 8
  %329 = load <8 x float>, <8 x float>* %95, align 32
  %330 = fcmp ogt <8 x float> %329, zeroinitializer
  %331 = select <8 x i1> %330, <8 x float> %329, <8 x float> zeroinitializer
  %332 = getelementptr inbounds float, float* %0, i64 %328
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %331, <8 x float>* %333, align 4
  %334 = add i64 %326, 7
  %335 = mul i64 %334, 8
  %336 = load <8 x float>, <8 x float>* %94, align 32
  %337 = fcmp ogt <8 x float> %336, zeroinitializer
  %338 = select <8 x i1> %337, <8 x float> %336, <8 x float> zeroinitializer
  %339 = getelementptr inbounds float, float* %0, i64 %335
  %340 = bitcast float* %339 to <8 x float>*
  store <8 x float> %338, <8 x float>* %340, align 4
  %341 = add i64 %326, 8
  %342 = mul i64 %341, 8
  %343 = load <8 x float>, <8 x float>* %93, align 32
  %344 = fcmp ogt <8 x float> %343, zeroinitializer
  %345 = select <8 x i1> %344, <8 x float> %343, <8 x float> zeroinitializer
  %346 = getelementptr inbounds float, float* %0, i64 %342
  %347 = bitcast float* %346 to <8 x float>*
  store <8 x float> %345, <8 x float>* %347, align 4
  %348 = add i64 %326, 9
  %349 = mul i64 %348, 8
  %350 = load <8 x float>, <8 x float>* %92, align 32
  %351 = fcmp ogt <8 x float> %350, zeroinitializer
  %352 = select <8 x i1> %351, <8 x float> %350, <8 x float> zeroinitializer
  %353 = getelementptr inbounds float, float* %0, i64 %349
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %352, <8 x float>* %354, align 4
  %355 = add i64 %326, 10
  %356 = mul i64 %355, 8
  %357 = load <8 x float>, <8 x float>* %91, align 32
  %358 = fcmp ogt <8 x float> %357, zeroinitializer
  %359 = select <8 x i1> %358, <8 x float> %357, <8 x float> zeroinitializer
  %360 = getelementptr inbounds float, float* %0, i64 %356
  %361 = bitcast float* %360 to <8 x float>*
  store <8 x float> %359, <8 x float>* %361, align 4
  %362 = add i64 %326, 11
  %363 = mul i64 %362, 8
  %364 = load <8 x float>, <8 x float>* %90, align 32
  %365 = fcmp ogt <8 x float> %364, zeroinitializer
  %366 = select <8 x i1> %365, <8 x float> %364, <8 x float> zeroinitializer
  %367 = getelementptr inbounds float, float* %0, i64 %363
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %366, <8 x float>* %368, align 4
  %369 = mul i64 %115, 2
  %370 = add i64 %369, %118
  %371 = add i64 %370, 1
  %372 = mul i64 %371, 10
  %373 = add i64 %372, %112
  %374 = mul i64 %373, 10
  %375 = add i64 %374, 6
  %376 = mul i64 %375, 8
  %377 = load <8 x float>, <8 x float>* %89, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = getelementptr inbounds float, float* %0, i64 %376
  %381 = bitcast float* %380 to <8 x float>*
  store <8 x float> %379, <8 x float>* %381, align 4
  %382 = add i64 %374, 7
  %383 = mul i64 %382, 8
  %384 = load <8 x float>, <8 x float>* %88, align 32
  %385 = fcmp ogt <8 x float> %384, zeroinitializer
  %386 = select <8 x i1> %385, <8 x float> %384, <8 x float> zeroinitializer
  %387 = getelementptr inbounds float, float* %0, i64 %383
  %388 = bitcast float* %387 to <8 x float>*
  store <8 x float> %386, <8 x float>* %388, align 4
  %389 = add i64 %374, 8
  %390 = mul i64 %389, 8
  %391 = load <8 x float>, <8 x float>* %87, align 32
  %392 = fcmp ogt <8 x float> %391, zeroinitializer
  %393 = select <8 x i1> %392, <8 x float> %391, <8 x float> zeroinitializer
  %394 = getelementptr inbounds float, float* %0, i64 %390
  %395 = bitcast float* %394 to <8 x float>*
  store <8 x float> %393, <8 x float>* %395, align 4
  %396 = add i64 %374, 9
  %397 = mul i64 %396, 8
  %398 = load <8 x float>, <8 x float>* %86, align 32
  %399 = fcmp ogt <8 x float> %398, zeroinitializer
  %400 = select <8 x i1> %399, <8 x float> %398, <8 x float> zeroinitializer
  %401 = getelementptr inbounds float, float* %0, i64 %397
  %402 = bitcast float* %401 to <8 x float>*
  store <8 x float> %400, <8 x float>* %402, align 4
  %403 = add i64 %374, 10
  %404 = mul i64 %403, 8
  %405 = load <8 x float>, <8 x float>* %85, align 32
  %406 = fcmp ogt <8 x float> %405, zeroinitializer
  %407 = select <8 x i1> %406, <8 x float> %405, <8 x float> zeroinitializer
  %408 = getelementptr inbounds float, float* %0, i64 %404
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %407, <8 x float>* %409, align 4
  %410 = add i64 %374, 11
  %411 = mul i64 %410, 8
  %412 = load <8 x float>, <8 x float>* %84, align 32
  %413 = fcmp ogt <8 x float> %412, zeroinitializer
  %414 = select <8 x i1> %413, <8 x float> %412, <8 x float> zeroinitializer
  %415 = getelementptr inbounds float, float* %0, i64 %411
  %416 = bitcast float* %415 to <8 x float>*
  store <8 x float> %414, <8 x float>* %416, align 4
  %417 = add i64 %118, 0
  %418 = mul i64 %417, 8
  %419 = getelementptr inbounds float, float* %5, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  store <8 x float> %421, <8 x float>* %83, align 32
  store <8 x float> %421, <8 x float>* %82, align 32
  store <8 x float> %421, <8 x float>* %81, align 32
  store <8 x float> %421, <8 x float>* %80, align 32
  store <8 x float> %421, <8 x float>* %79, align 32
  store <8 x float> %421, <8 x float>* %78, align 32
  %422 = add i64 %118, 1
  %423 = mul i64 %422, 8
  %424 = getelementptr inbounds float, float* %5, i64 %423
  %425 = bitcast float* %424 to <8 x float>*
  %426 = load <8 x float>, <8 x float>* %425, align 4
  store <8 x float> %426, <8 x float>* %77, align 32
  store <8 x float> %426, <8 x float>* %76, align 32
  store <8 x float> %426, <8 x float>* %75, align 32
  store <8 x float> %426, <8 x float>* %74, align 32
  store <8 x float> %426, <8 x float>* %73, align 32
  store <8 x float> %426, <8 x float>* %72, align 32
  %427 = add i64 %124, 0
  %428 = add i64 %122, %427
  br label %u.header27

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next25, %kw.exit16 ]
  %429 = icmp slt i64 %kh13, 5
  br i1 %429, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %430 = mul i64 %kh13, 14
  %431 = add i64 %318, %430
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next26 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next24, %kw.body15 ]
  %432 = icmp slt i64 %kw17, 5
  br i1 %432, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %433 = mul i64 %kw17, 1
  %434 = add i64 %431, %433
  %435 = mul i64 %kh13, 5
  %436 = add i64 %435, %kw17
  %437 = mul i64 %436, 8
  %438 = add i64 %320, %437
  %439 = add i64 %438, 0
  %440 = getelementptr inbounds float, float* %4, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  %442 = load <8 x float>, <8 x float>* %441, align 4
  %443 = add i64 %438, 1200
  %444 = getelementptr inbounds float, float* %4, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  %446 = load <8 x float>, <8 x float>* %445, align 4
  %447 = add i64 %434, 6
  %448 = getelementptr inbounds float, float* %1, i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat18 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %95, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %442, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %95, align 32
  %453 = load <8 x float>, <8 x float>* %89, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %446, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %89, align 32
  %455 = add i64 %434, 7
  %456 = getelementptr inbounds float, float* %1, i64 %455
  %457 = load float, float* %456, align 4
  %458 = insertelement <8 x float> undef, float %457, i32 0
  %splat19 = shufflevector <8 x float> %458, <8 x float> undef, <8 x i32> zeroinitializer
  %459 = load <8 x float>, <8 x float>* %94, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %442, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %94, align 32
  %461 = load <8 x float>, <8 x float>* %88, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %446, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %88, align 32
  %463 = add i64 %434, 8
  %464 = getelementptr inbounds float, float* %1, i64 %463
  %465 = load float, float* %464, align 4
  %466 = insertelement <8 x float> undef, float %465, i32 0
  %splat20 = shufflevector <8 x float> %466, <8 x float> undef, <8 x i32> zeroinitializer
  %467 = load <8 x float>, <8 x float>* %93, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %442, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %93, align 32
  %469 = load <8 x float>, <8 x float>* %87, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %446, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %87, align 32
  %471 = add i64 %434, 9
  %472 = getelementptr inbounds float, float* %1, i64 %471
  %473 = load float, float* %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %splat21 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = load <8 x float>, <8 x float>* %92, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %442, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %92, align 32
  %477 = load <8 x float>, <8 x float>* %86, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %446, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %86, align 32
  %479 = add i64 %434, 14
  %480 = getelementptr inbounds float, float* %1, i64 %479
  %481 = load float, float* %480, align 4
  %482 = insertelement <8 x float> undef, float %481, i32 0
  %splat22 = shufflevector <8 x float> %482, <8 x float> undef, <8 x i32> zeroinitializer
  %483 = load <8 x float>, <8 x float>* %91, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %442, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %91, align 32
  %485 = load <8 x float>, <8 x float>* %85, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %446, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %85, align 32
  %487 = add i64 %434, 15
  %488 = getelementptr inbounds float, float* %1, i64 %487
  %489 = load float, float* %488, align 4
  %490 = insertelement <8 x float> undef, float %489, i32 0
  %splat23 = shufflevector <8 x float> %490, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, <8 x float>* %90, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %442, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %90, align 32
  %493 = load <8 x float>, <8 x float>* %84, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %446, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %84, align 32
  %kw.next24 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next25 = add i64 %kh13, 1
  br label %kh.header10

u.header27:                                       ; preds = %kh.exit33, %u.exit8
  %u30 = phi i64 [ 0, %u.exit8 ], [ %u.next47, %kh.exit33 ]
  %495 = icmp slt i64 %u30, 6
  br i1 %495, label %u.body28, label %u.exit29

u.body28:                                         ; preds = %u.header27
  %496 = mul i64 %u30, 196
  %497 = add i64 %428, %496
  %498 = mul i64 %u30, 200
  %499 = add i64 %123, %498
  br label %kh.header31

u.exit29:                                         ; preds = %u.header27
  %500 = mul i64 %115, 2
  %501 = add i64 %500, %118
  %502 = add i64 %501, 0
  %503 = mul i64 %502, 10
  %504 = add i64 %503, %112
  %505 = mul i64 %504, 10
  %506 = add i64 %505, 12
  %507 = mul i64 %506, 8
  %508 = load <8 x float>, <8 x float>* %83, align 32
  %509 = fcmp ogt <8 x float> %508, zeroinitializer
  %510 = select <8 x i1> %509, <8 x float> %508, <8 x float> zeroinitializer
  %511 = getelementptr inbounds float, float* %0, i64 %507
  %512 = bitcast float* %511 to <8 x float>*
  store <8 x float> %510, <8 x float>* %512, align 4
  %513 = add i64 %505, 13
  %514 = mul i64 %513, 8
  %515 = load <8 x float>, <8 x float>* %82, align 32
  %516 = fcmp ogt <8 x float> %515, zeroinitializer
  %517 = select <8 x i1> %516, <8 x float> %515, <8 x float> zeroinitializer
  %518 = getelementptr inbounds float, float* %0, i64 %514
  %519 = bitcast float* %518 to <8 x float>*
  store <8 x float> %517, <8 x float>* %519, align 4
  %520 = add i64 %505, 14
  %521 = mul i64 %520, 8
  %522 = load <8 x float>, <8 x float>* %81, align 32
  %523 = fcmp ogt <8 x float> %522, zeroinitializer
  %524 = select <8 x i1> %523, <8 x float> %522, <8 x float> zeroinitializer
  %525 = getelementptr inbounds float, float* %0, i64 %521
  %526 = bitcast float* %525 to <8 x float>*
  store <8 x float> %524, <8 x float>* %526, align 4
  %527 = add i64 %505, 15
  %528 = mul i64 %527, 8
  %529 = load <8 x float>, <8 x float>* %80, align 32
  %530 = fcmp ogt <8 x float> %529, zeroinitializer
  %531 = select <8 x i1> %530, <8 x float> %529, <8 x float> zeroinitializer
  %532 = getelementptr inbounds float, float* %0, i64 %528
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %531, <8 x float>* %533, align 4
  %534 = add i64 %505, 16
  %535 = mul i64 %534, 8
  %536 = load <8 x float>, <8 x float>* %79, align 32
  %537 = fcmp ogt <8 x float> %536, zeroinitializer
  %538 = select <8 x i1> %537, <8 x float> %536, <8 x float> zeroinitializer
  %539 = getelementptr inbounds float, float* %0, i64 %535
  %540 = bitcast float* %539 to <8 x float>*
  store <8 x float> %538, <8 x float>* %540, align 4
  %541 = add i64 %505, 17
  %542 = mul i64 %541, 8
  %543 = load <8 x float>, <8 x float>* %78, align 32
  %544 = fcmp ogt <8 x float> %543, zeroinitializer
  %545 = select <8 x i1> %544, <8 x float> %543, <8 x float> zeroinitializer
  %546 = getelementptr inbounds float, float* %0, i64 %542
  %547 = bitcast float* %546 to <8 x float>*
  store <8 x float> %545, <8 x float>* %547, align 4
  %548 = mul i64 %115, 2
  %549 = add i64 %548, %118
  %550 = add i64 %549, 1
  %551 = mul i64 %550, 10
  %552 = add i64 %551, %112
  %553 = mul i64 %552, 10
  %554 = add i64 %553, 12
  %555 = mul i64 %554, 8
  %556 = load <8 x float>, <8 x float>* %77, align 32
  %557 = fcmp ogt <8 x float> %556, zeroinitializer
  %558 = select <8 x i1> %557, <8 x float> %556, <8 x float> zeroinitializer
  %559 = getelementptr inbounds float, float* %0, i64 %555
  %560 = bitcast float* %559 to <8 x float>*
  store <8 x float> %558, <8 x float>* %560, align 4
  %561 = add i64 %553, 13
  %562 = mul i64 %561, 8
  %563 = load <8 x float>, <8 x float>* %76, align 32
  %564 = fcmp ogt <8 x float> %563, zeroinitializer
  %565 = select <8 x i1> %564, <8 x float> %563, <8 x float> zeroinitializer
  %566 = getelementptr inbounds float, float* %0, i64 %562
  %567 = bitcast float* %566 to <8 x float>*
  store <8 x float> %565, <8 x float>* %567, align 4
  %568 = add i64 %553, 14
  %569 = mul i64 %568, 8
  %570 = load <8 x float>, <8 x float>* %75, align 32
  %571 = fcmp ogt <8 x float> %570, zeroinitializer
  %572 = select <8 x i1> %571, <8 x float> %570, <8 x float> zeroinitializer
  %573 = getelementptr inbounds float, float* %0, i64 %569
  %574 = bitcast float* %573 to <8 x float>*
  store <8 x float> %572, <8 x float>* %574, align 4
  %575 = add i64 %553, 15
  %576 = mul i64 %575, 8
  %577 = load <8 x float>, <8 x float>* %74, align 32
  %578 = fcmp ogt <8 x float> %577, zeroinitializer
  %579 = select <8 x i1> %578, <8 x float> %577, <8 x float> zeroinitializer
  %580 = getelementptr inbounds float, float* %0, i64 %576
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %579, <8 x float>* %581, align 4
  %582 = add i64 %553, 16
  %583 = mul i64 %582, 8
  %584 = load <8 x float>, <8 x float>* %73, align 32
  %585 = fcmp ogt <8 x float> %584, zeroinitializer
  %586 = select <8 x i1> %585, <8 x float> %584, <8 x float> zeroinitializer
  %587 = getelementptr inbounds float, float* %0, i64 %583
  %588 = bitcast float* %587 to <8 x float>*
  store <8 x float> %586, <8 x float>* %588, align 4
  %589 = add i64 %553, 17
  %590 = mul i64 %589, 8
  %591 = load <8 x float>, <8 x float>* %72, align 32
  %592 = fcmp ogt <8 x float> %591, zeroinitializer
  %593 = select <8 x i1> %592, <8 x float> %591, <8 x float> zeroinitializer
  %594 = getelementptr inbounds float, float* %0, i64 %590
  %595 = bitcast float* %594 to <8 x float>*
  store <8 x float> %593, <8 x float>* %595, align 4
  %596 = add i64 %118, 0
  %597 = mul i64 %596, 8
  %598 = getelementptr inbounds float, float* %5, i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  store <8 x float> %600, <8 x float>* %71, align 32
  store <8 x float> %600, <8 x float>* %70, align 32
  store <8 x float> %600, <8 x float>* %69, align 32
  store <8 x float> %600, <8 x float>* %68, align 32
  store <8 x float> %600, <8 x float>* %67, align 32
  store <8 x float> %600, <8 x float>* %66, align 32
  %601 = add i64 %118, 1
  %602 = mul i64 %601, 8
  %603 = getelementptr inbounds float, float* %5, i64 %602
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  store <8 x float> %605, <8 x float>* %65, align 32
  store <8 x float> %605, <8 x float>* %64, align 32
  store <8 x float> %605, <8 x float>* %63, align 32
  store <8 x float> %605, <8 x float>* %62, align 32
  store <8 x float> %605, <8 x float>* %61, align 32
  store <8 x float> %605, <8 x float>* %60, align 32
  %606 = add i64 %124, 0
  %607 = add i64 %122, %606
  br label %u.header48

kh.header31:                                      ; preds = %kw.exit37, %u.body28
  %kh34 = phi i64 [ 0, %u.body28 ], [ %kh.next46, %kw.exit37 ]
  %608 = icmp slt i64 %kh34, 5
  br i1 %608, label %kh.body32, label %kh.exit33

kh.body32:                                        ; preds = %kh.header31
  %609 = mul i64 %kh34, 14
  %610 = add i64 %497, %609
  br label %kw.header35

kh.exit33:                                        ; preds = %kh.header31
  %u.next47 = add i64 %u30, 1
  br label %u.header27

kw.header35:                                      ; preds = %kw.body36, %kh.body32
  %kw38 = phi i64 [ 0, %kh.body32 ], [ %kw.next45, %kw.body36 ]
  %611 = icmp slt i64 %kw38, 5
  br i1 %611, label %kw.body36, label %kw.exit37

kw.body36:                                        ; preds = %kw.header35
  %612 = mul i64 %kw38, 1
  %613 = add i64 %610, %612
  %614 = mul i64 %kh34, 5
  %615 = add i64 %614, %kw38
  %616 = mul i64 %615, 8
  %617 = add i64 %499, %616
  %618 = add i64 %617, 0
  %619 = getelementptr inbounds float, float* %4, i64 %618
  %620 = bitcast float* %619 to <8 x float>*
  %621 = load <8 x float>, <8 x float>* %620, align 4
  %622 = add i64 %617, 1200
  %623 = getelementptr inbounds float, float* %4, i64 %622
  %624 = bitcast float* %623 to <8 x float>*
  %625 = load <8 x float>, <8 x float>* %624, align 4
  %626 = add i64 %613, 16
  %627 = getelementptr inbounds float, float* %1, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat39 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %83, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %621, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %83, align 32
  %632 = load <8 x float>, <8 x float>* %77, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %625, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %77, align 32
  %634 = add i64 %613, 17
  %635 = getelementptr inbounds float, float* %1, i64 %634
  %636 = load float, float* %635, align 4
  %637 = insertelement <8 x float> undef, float %636, i32 0
  %splat40 = shufflevector <8 x float> %637, <8 x float> undef, <8 x i32> zeroinitializer
  %638 = load <8 x float>, <8 x float>* %82, align 32
  %639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %621, <8 x float> %638)
  store <8 x float> %639, <8 x float>* %82, align 32
  %640 = load <8 x float>, <8 x float>* %76, align 32
  %641 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %625, <8 x float> %640)
  store <8 x float> %641, <8 x float>* %76, align 32
  %642 = add i64 %613, 18
  %643 = getelementptr inbounds float, float* %1, i64 %642
  %644 = load float, float* %643, align 4
  %645 = insertelement <8 x float> undef, float %644, i32 0
  %splat41 = shufflevector <8 x float> %645, <8 x float> undef, <8 x i32> zeroinitializer
  %646 = load <8 x float>, <8 x float>* %81, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %621, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %81, align 32
  %648 = load <8 x float>, <8 x float>* %75, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %625, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %75, align 32
  %650 = add i64 %613, 19
  %651 = getelementptr inbounds float, float* %1, i64 %650
  %652 = load float, float* %651, align 4
  %653 = insertelement <8 x float> undef, float %652, i32 0
  %splat42 = shufflevector <8 x float> %653, <8 x float> undef, <8 x i32> zeroinitializer
  %654 = load <8 x float>, <8 x float>* %80, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %621, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %80, align 32
  %656 = load <8 x float>, <8 x float>* %74, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %625, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %74, align 32
  %658 = add i64 %613, 20
  %659 = getelementptr inbounds float, float* %1, i64 %658
  %660 = load float, float* %659, align 4
  %661 = insertelement <8 x float> undef, float %660, i32 0
  %splat43 = shufflevector <8 x float> %661, <8 x float> undef, <8 x i32> zeroinitializer
  %662 = load <8 x float>, <8 x float>* %79, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %621, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %79, align 32
  %664 = load <8 x float>, <8 x float>* %73, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %625, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %73, align 32
  %666 = add i64 %613, 21
  %667 = getelementptr inbounds float, float* %1, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat44 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %78, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %621, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %78, align 32
  %672 = load <8 x float>, <8 x float>* %72, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %625, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %72, align 32
  %kw.next45 = add i64 %kw38, 1
  br label %kw.header35, !llvm.loop !3

kw.exit37:                                        ; preds = %kw.header35
  %kh.next46 = add i64 %kh34, 1
  br label %kh.header31

u.header48:                                       ; preds = %kh.exit54, %u.exit29
  %u51 = phi i64 [ 0, %u.exit29 ], [ %u.next68, %kh.exit54 ]
  %674 = icmp slt i64 %u51, 6
  br i1 %674, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %675 = mul i64 %u51, 196
  %676 = add i64 %607, %675
  %677 = mul i64 %u51, 200
  %678 = add i64 %123, %677
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %679 = mul i64 %115, 2
  %680 = add i64 %679, %118
  %681 = add i64 %680, 0
  %682 = mul i64 %681, 10
  %683 = add i64 %682, %112
  %684 = mul i64 %683, 10
  %685 = add i64 %684, 18
  %686 = mul i64 %685, 8
  %687 = load <8 x float>, <8 x float>* %71, align 32
  %688 = fcmp ogt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> %687, <8 x float> zeroinitializer
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = add i64 %684, 19
  %693 = mul i64 %692, 8
  %694 = load <8 x float>, <8 x float>* %70, align 32
  %695 = fcmp ogt <8 x float> %694, zeroinitializer
  %696 = select <8 x i1> %695, <8 x float> %694, <8 x float> zeroinitializer
  %697 = getelementptr inbounds float, float* %0, i64 %693
  %698 = bitcast float* %697 to <8 x float>*
  store <8 x float> %696, <8 x float>* %698, align 4
  %699 = add i64 %684, 20
  %700 = mul i64 %699, 8
  %701 = load <8 x float>, <8 x float>* %69, align 32
  %702 = fcmp ogt <8 x float> %701, zeroinitializer
  %703 = select <8 x i1> %702, <8 x float> %701, <8 x float> zeroinitializer
  %704 = getelementptr inbounds float, float* %0, i64 %700
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %703, <8 x float>* %705, align 4
  %706 = add i64 %684, 21
  %707 = mul i64 %706, 8
  %708 = load <8 x float>, <8 x float>* %68, align 32
  %709 = fcmp ogt <8 x float> %708, zeroinitializer
  %710 = select <8 x i1> %709, <8 x float> %708, <8 x float> zeroinitializer
  %711 = getelementptr inbounds float, float* %0, i64 %707
  %712 = bitcast float* %711 to <8 x float>*
  store <8 x float> %710, <8 x float>* %712, align 4
  %713 = add i64 %684, 22
  %714 = mul i64 %713, 8
  %715 = load <8 x float>, <8 x float>* %67, align 32
  %716 = fcmp ogt <8 x float> %715, zeroinitializer
  %717 = select <8 x i1> %716, <8 x float> %715, <8 x float> zeroinitializer
  %718 = getelementptr inbounds float, float* %0, i64 %714
  %719 = bitcast float* %718 to <8 x float>*
  store <8 x float> %717, <8 x float>* %719, align 4
  %720 = add i64 %684, 23
  %721 = mul i64 %720, 8
  %722 = load <8 x float>, <8 x float>* %66, align 32
  %723 = fcmp ogt <8 x float> %722, zeroinitializer
  %724 = select <8 x i1> %723, <8 x float> %722, <8 x float> zeroinitializer
  %725 = getelementptr inbounds float, float* %0, i64 %721
  %726 = bitcast float* %725 to <8 x float>*
  store <8 x float> %724, <8 x float>* %726, align 4
  %727 = mul i64 %115, 2
  %728 = add i64 %727, %118
  %729 = add i64 %728, 1
  %730 = mul i64 %729, 10
  %731 = add i64 %730, %112
  %732 = mul i64 %731, 10
  %733 = add i64 %732, 18
  %734 = mul i64 %733, 8
  %735 = load <8 x float>, <8 x float>* %65, align 32
  %736 = fcmp ogt <8 x float> %735, zeroinitializer
  %737 = select <8 x i1> %736, <8 x float> %735, <8 x float> zeroinitializer
  %738 = getelementptr inbounds float, float* %0, i64 %734
  %739 = bitcast float* %738 to <8 x float>*
  store <8 x float> %737, <8 x float>* %739, align 4
  %740 = add i64 %732, 19
  %741 = mul i64 %740, 8
  %742 = load <8 x float>, <8 x float>* %64, align 32
  %743 = fcmp ogt <8 x float> %742, zeroinitializer
  %744 = select <8 x i1> %743, <8 x float> %742, <8 x float> zeroinitializer
  %745 = getelementptr inbounds float, float* %0, i64 %741
  %746 = bitcast float* %745 to <8 x float>*
  store <8 x float> %744, <8 x float>* %746, align 4
  %747 = add i64 %732, 20
  %748 = mul i64 %747, 8
  %749 = load <8 x float>, <8 x float>* %63, align 32
  %750 = fcmp ogt <8 x float> %749, zeroinitializer
  %751 = select <8 x i1> %750, <8 x float> %749, <8 x float> zeroinitializer
  %752 = getelementptr inbounds float, float* %0, i64 %748
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %751, <8 x float>* %753, align 4
  %754 = add i64 %732, 21
  %755 = mul i64 %754, 8
  %756 = load <8 x float>, <8 x float>* %62, align 32
  %757 = fcmp ogt <8 x float> %756, zeroinitializer
  %758 = select <8 x i1> %757, <8 x float> %756, <8 x float> zeroinitializer
  %759 = getelementptr inbounds float, float* %0, i64 %755
  %760 = bitcast float* %759 to <8 x float>*
  store <8 x float> %758, <8 x float>* %760, align 4
  %761 = add i64 %732, 22
  %762 = mul i64 %761, 8
  %763 = load <8 x float>, <8 x float>* %61, align 32
  %764 = fcmp ogt <8 x float> %763, zeroinitializer
  %765 = select <8 x i1> %764, <8 x float> %763, <8 x float> zeroinitializer
  %766 = getelementptr inbounds float, float* %0, i64 %762
  %767 = bitcast float* %766 to <8 x float>*
  store <8 x float> %765, <8 x float>* %767, align 4
  %768 = add i64 %732, 23
  %769 = mul i64 %768, 8
  %770 = load <8 x float>, <8 x float>* %60, align 32
  %771 = fcmp ogt <8 x float> %770, zeroinitializer
  %772 = select <8 x i1> %771, <8 x float> %770, <8 x float> zeroinitializer
  %773 = getelementptr inbounds float, float* %0, i64 %769
  %774 = bitcast float* %773 to <8 x float>*
  store <8 x float> %772, <8 x float>* %774, align 4
  %775 = add i64 %118, 0
  %776 = mul i64 %775, 8
  %777 = getelementptr inbounds float, float* %5, i64 %776
  %778 = bitcast float* %777 to <8 x float>*
  %779 = load <8 x float>, <8 x float>* %778, align 4
  store <8 x float> %779, <8 x float>* %59, align 32
  store <8 x float> %779, <8 x float>* %58, align 32
  store <8 x float> %779, <8 x float>* %57, align 32
  store <8 x float> %779, <8 x float>* %56, align 32
  store <8 x float> %779, <8 x float>* %55, align 32
  store <8 x float> %779, <8 x float>* %54, align 32
  %780 = add i64 %118, 1
  %781 = mul i64 %780, 8
  %782 = getelementptr inbounds float, float* %5, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  store <8 x float> %784, <8 x float>* %53, align 32
  store <8 x float> %784, <8 x float>* %52, align 32
  store <8 x float> %784, <8 x float>* %51, align 32
  store <8 x float> %784, <8 x float>* %50, align 32
  store <8 x float> %784, <8 x float>* %49, align 32
  store <8 x float> %784, <8 x float>* %48, align 32
  %785 = add i64 %124, 0
  %786 = add i64 %122, %785
  br label %u.header69

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next67, %kw.exit58 ]
  %787 = icmp slt i64 %kh55, 5
  br i1 %787, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %788 = mul i64 %kh55, 14
  %789 = add i64 %676, %788
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next68 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next66, %kw.body57 ]
  %790 = icmp slt i64 %kw59, 5
  br i1 %790, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %791 = mul i64 %kw59, 1
  %792 = add i64 %789, %791
  %793 = mul i64 %kh55, 5
  %794 = add i64 %793, %kw59
  %795 = mul i64 %794, 8
  %796 = add i64 %678, %795
  %797 = add i64 %796, 0
  %798 = getelementptr inbounds float, float* %4, i64 %797
  %799 = bitcast float* %798 to <8 x float>*
  %800 = load <8 x float>, <8 x float>* %799, align 4
  %801 = add i64 %796, 1200
  %802 = getelementptr inbounds float, float* %4, i64 %801
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = add i64 %792, 22
  %806 = getelementptr inbounds float, float* %1, i64 %805
  %807 = load float, float* %806, align 4
  %808 = insertelement <8 x float> undef, float %807, i32 0
  %splat60 = shufflevector <8 x float> %808, <8 x float> undef, <8 x i32> zeroinitializer
  %809 = load <8 x float>, <8 x float>* %71, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %800, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %71, align 32
  %811 = load <8 x float>, <8 x float>* %65, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %804, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %65, align 32
  %813 = add i64 %792, 23
  %814 = getelementptr inbounds float, float* %1, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat61 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %70, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %800, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %70, align 32
  %819 = load <8 x float>, <8 x float>* %64, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %804, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %64, align 32
  %821 = add i64 %792, 28
  %822 = getelementptr inbounds float, float* %1, i64 %821
  %823 = load float, float* %822, align 4
  %824 = insertelement <8 x float> undef, float %823, i32 0
  %splat62 = shufflevector <8 x float> %824, <8 x float> undef, <8 x i32> zeroinitializer
  %825 = load <8 x float>, <8 x float>* %69, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %800, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %69, align 32
  %827 = load <8 x float>, <8 x float>* %63, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %804, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %63, align 32
  %829 = add i64 %792, 29
  %830 = getelementptr inbounds float, float* %1, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat63 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %68, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %800, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %68, align 32
  %835 = load <8 x float>, <8 x float>* %62, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %804, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %62, align 32
  %837 = add i64 %792, 30
  %838 = getelementptr inbounds float, float* %1, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat64 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %67, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %800, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %67, align 32
  %843 = load <8 x float>, <8 x float>* %61, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %804, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %61, align 32
  %845 = add i64 %792, 31
  %846 = getelementptr inbounds float, float* %1, i64 %845
  %847 = load float, float* %846, align 4
  %848 = insertelement <8 x float> undef, float %847, i32 0
  %splat65 = shufflevector <8 x float> %848, <8 x float> undef, <8 x i32> zeroinitializer
  %849 = load <8 x float>, <8 x float>* %66, align 32
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %800, <8 x float> %849)
  store <8 x float> %850, <8 x float>* %66, align 32
  %851 = load <8 x float>, <8 x float>* %60, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %804, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %60, align 32
  %kw.next66 = add i64 %kw59, 1
  br label %kw.header56, !llvm.loop !4

kw.exit58:                                        ; preds = %kw.header56
  %kh.next67 = add i64 %kh55, 1
  br label %kh.header52

u.header69:                                       ; preds = %kh.exit75, %u.exit50
  %u72 = phi i64 [ 0, %u.exit50 ], [ %u.next89, %kh.exit75 ]
  %853 = icmp slt i64 %u72, 6
  br i1 %853, label %u.body70, label %u.exit71

u.body70:                                         ; preds = %u.header69
  %854 = mul i64 %u72, 196
  %855 = add i64 %786, %854
  %856 = mul i64 %u72, 200
  %857 = add i64 %123, %856
  br label %kh.header73

u.exit71:                                         ; preds = %u.header69
  %858 = mul i64 %115, 2
  %859 = add i64 %858, %118
  %860 = add i64 %859, 0
  %861 = mul i64 %860, 10
  %862 = add i64 %861, %112
  %863 = mul i64 %862, 10
  %864 = add i64 %863, 24
  %865 = mul i64 %864, 8
  %866 = load <8 x float>, <8 x float>* %59, align 32
  %867 = fcmp ogt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> %866, <8 x float> zeroinitializer
  %869 = getelementptr inbounds float, float* %0, i64 %865
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %868, <8 x float>* %870, align 4
  %871 = add i64 %863, 25
  %872 = mul i64 %871, 8
  %873 = load <8 x float>, <8 x float>* %58, align 32
  %874 = fcmp ogt <8 x float> %873, zeroinitializer
  %875 = select <8 x i1> %874, <8 x float> %873, <8 x float> zeroinitializer
  %876 = getelementptr inbounds float, float* %0, i64 %872
  %877 = bitcast float* %876 to <8 x float>*
  store <8 x float> %875, <8 x float>* %877, align 4
  %878 = add i64 %863, 26
  %879 = mul i64 %878, 8
  %880 = load <8 x float>, <8 x float>* %57, align 32
  %881 = fcmp ogt <8 x float> %880, zeroinitializer
  %882 = select <8 x i1> %881, <8 x float> %880, <8 x float> zeroinitializer
  %883 = getelementptr inbounds float, float* %0, i64 %879
  %884 = bitcast float* %883 to <8 x float>*
  store <8 x float> %882, <8 x float>* %884, align 4
  %885 = add i64 %863, 27
  %886 = mul i64 %885, 8
  %887 = load <8 x float>, <8 x float>* %56, align 32
  %888 = fcmp ogt <8 x float> %887, zeroinitializer
  %889 = select <8 x i1> %888, <8 x float> %887, <8 x float> zeroinitializer
  %890 = getelementptr inbounds float, float* %0, i64 %886
  %891 = bitcast float* %890 to <8 x float>*
  store <8 x float> %889, <8 x float>* %891, align 4
  %892 = add i64 %863, 28
  %893 = mul i64 %892, 8
  %894 = load <8 x float>, <8 x float>* %55, align 32
  %895 = fcmp ogt <8 x float> %894, zeroinitializer
  %896 = select <8 x i1> %895, <8 x float> %894, <8 x float> zeroinitializer
  %897 = getelementptr inbounds float, float* %0, i64 %893
  %898 = bitcast float* %897 to <8 x float>*
  store <8 x float> %896, <8 x float>* %898, align 4
  %899 = add i64 %863, 29
  %900 = mul i64 %899, 8
  %901 = load <8 x float>, <8 x float>* %54, align 32
  %902 = fcmp ogt <8 x float> %901, zeroinitializer
  %903 = select <8 x i1> %902, <8 x float> %901, <8 x float> zeroinitializer
  %904 = getelementptr inbounds float, float* %0, i64 %900
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %903, <8 x float>* %905, align 4
  %906 = mul i64 %115, 2
  %907 = add i64 %906, %118
  %908 = add i64 %907, 1
  %909 = mul i64 %908, 10
  %910 = add i64 %909, %112
  %911 = mul i64 %910, 10
  %912 = add i64 %911, 24
  %913 = mul i64 %912, 8
  %914 = load <8 x float>, <8 x float>* %53, align 32
  %915 = fcmp ogt <8 x float> %914, zeroinitializer
  %916 = select <8 x i1> %915, <8 x float> %914, <8 x float> zeroinitializer
  %917 = getelementptr inbounds float, float* %0, i64 %913
  %918 = bitcast float* %917 to <8 x float>*
  store <8 x float> %916, <8 x float>* %918, align 4
  %919 = add i64 %911, 25
  %920 = mul i64 %919, 8
  %921 = load <8 x float>, <8 x float>* %52, align 32
  %922 = fcmp ogt <8 x float> %921, zeroinitializer
  %923 = select <8 x i1> %922, <8 x float> %921, <8 x float> zeroinitializer
  %924 = getelementptr inbounds float, float* %0, i64 %920
  %925 = bitcast float* %924 to <8 x float>*
  store <8 x float> %923, <8 x float>* %925, align 4
  %926 = add i64 %911, 26
  %927 = mul i64 %926, 8
  %928 = load <8 x float>, <8 x float>* %51, align 32
  %929 = fcmp ogt <8 x float> %928, zeroinitializer
  %930 = select <8 x i1> %929, <8 x float> %928, <8 x float> zeroinitializer
  %931 = getelementptr inbounds float, float* %0, i64 %927
  %932 = bitcast float* %931 to <8 x float>*
  store <8 x float> %930, <8 x float>* %932, align 4
  %933 = add i64 %911, 27
  %934 = mul i64 %933, 8
  %935 = load <8 x float>, <8 x float>* %50, align 32
  %936 = fcmp ogt <8 x float> %935, zeroinitializer
  %937 = select <8 x i1> %936, <8 x float> %935, <8 x float> zeroinitializer
  %938 = getelementptr inbounds float, float* %0, i64 %934
  %939 = bitcast float* %938 to <8 x float>*
  store <8 x float> %937, <8 x float>* %939, align 4
  %940 = add i64 %911, 28
  %941 = mul i64 %940, 8
  %942 = load <8 x float>, <8 x float>* %49, align 32
  %943 = fcmp ogt <8 x float> %942, zeroinitializer
  %944 = select <8 x i1> %943, <8 x float> %942, <8 x float> zeroinitializer
  %945 = getelementptr inbounds float, float* %0, i64 %941
  %946 = bitcast float* %945 to <8 x float>*
  store <8 x float> %944, <8 x float>* %946, align 4
  %947 = add i64 %911, 29
  %948 = mul i64 %947, 8
  %949 = load <8 x float>, <8 x float>* %48, align 32
  %950 = fcmp ogt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> %949, <8 x float> zeroinitializer
  %952 = getelementptr inbounds float, float* %0, i64 %948
  %953 = bitcast float* %952 to <8 x float>*
  store <8 x float> %951, <8 x float>* %953, align 4
  %954 = add i64 %118, 0
  %955 = mul i64 %954, 8
  %956 = getelementptr inbounds float, float* %5, i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  store <8 x float> %958, <8 x float>* %47, align 32
  store <8 x float> %958, <8 x float>* %46, align 32
  store <8 x float> %958, <8 x float>* %45, align 32
  store <8 x float> %958, <8 x float>* %44, align 32
  store <8 x float> %958, <8 x float>* %43, align 32
  store <8 x float> %958, <8 x float>* %42, align 32
  %959 = add i64 %118, 1
  %960 = mul i64 %959, 8
  %961 = getelementptr inbounds float, float* %5, i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  store <8 x float> %963, <8 x float>* %41, align 32
  store <8 x float> %963, <8 x float>* %40, align 32
  store <8 x float> %963, <8 x float>* %39, align 32
  store <8 x float> %963, <8 x float>* %38, align 32
  store <8 x float> %963, <8 x float>* %37, align 32
  store <8 x float> %963, <8 x float>* %36, align 32
  %964 = add i64 %124, 0
  %965 = add i64 %122, %964
  br label %u.header90

kh.header73:                                      ; preds = %kw.exit79, %u.body70
  %kh76 = phi i64 [ 0, %u.body70 ], [ %kh.next88, %kw.exit79 ]
  %966 = icmp slt i64 %kh76, 5
  br i1 %966, label %kh.body74, label %kh.exit75

kh.body74:                                        ; preds = %kh.header73
  %967 = mul i64 %kh76, 14
  %968 = add i64 %855, %967
  br label %kw.header77

kh.exit75:                                        ; preds = %kh.header73
  %u.next89 = add i64 %u72, 1
  br label %u.header69

kw.header77:                                      ; preds = %kw.body78, %kh.body74
  %kw80 = phi i64 [ 0, %kh.body74 ], [ %kw.next87, %kw.body78 ]
  %969 = icmp slt i64 %kw80, 5
  br i1 %969, label %kw.body78, label %kw.exit79

kw.body78:                                        ; preds = %kw.header77
  %970 = mul i64 %kw80, 1
  %971 = add i64 %968, %970
  %972 = mul i64 %kh76, 5
  %973 = add i64 %972, %kw80
  %974 = mul i64 %973, 8
  %975 = add i64 %857, %974
  %976 = add i64 %975, 0
  %977 = getelementptr inbounds float, float* %4, i64 %976
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = add i64 %975, 1200
  %981 = getelementptr inbounds float, float* %4, i64 %980
  %982 = bitcast float* %981 to <8 x float>*
  %983 = load <8 x float>, <8 x float>* %982, align 4
  %984 = add i64 %971, 32
  %985 = getelementptr inbounds float, float* %1, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat81 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %59, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %979, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %59, align 32
  %990 = load <8 x float>, <8 x float>* %53, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %983, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %53, align 32
  %992 = add i64 %971, 33
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat82 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %58, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %979, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %58, align 32
  %998 = load <8 x float>, <8 x float>* %52, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %983, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %52, align 32
  %1000 = add i64 %971, 34
  %1001 = getelementptr inbounds float, float* %1, i64 %1000
  %1002 = load float, float* %1001, align 4
  %1003 = insertelement <8 x float> undef, float %1002, i32 0
  %splat83 = shufflevector <8 x float> %1003, <8 x float> undef, <8 x i32> zeroinitializer
  %1004 = load <8 x float>, <8 x float>* %57, align 32
  %1005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %979, <8 x float> %1004)
  store <8 x float> %1005, <8 x float>* %57, align 32
  %1006 = load <8 x float>, <8 x float>* %51, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %983, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %51, align 32
  %1008 = add i64 %971, 35
  %1009 = getelementptr inbounds float, float* %1, i64 %1008
  %1010 = load float, float* %1009, align 4
  %1011 = insertelement <8 x float> undef, float %1010, i32 0
  %splat84 = shufflevector <8 x float> %1011, <8 x float> undef, <8 x i32> zeroinitializer
  %1012 = load <8 x float>, <8 x float>* %56, align 32
  %1013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %979, <8 x float> %1012)
  store <8 x float> %1013, <8 x float>* %56, align 32
  %1014 = load <8 x float>, <8 x float>* %50, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %983, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %50, align 32
  %1016 = add i64 %971, 36
  %1017 = getelementptr inbounds float, float* %1, i64 %1016
  %1018 = load float, float* %1017, align 4
  %1019 = insertelement <8 x float> undef, float %1018, i32 0
  %splat85 = shufflevector <8 x float> %1019, <8 x float> undef, <8 x i32> zeroinitializer
  %1020 = load <8 x float>, <8 x float>* %55, align 32
  %1021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %979, <8 x float> %1020)
  store <8 x float> %1021, <8 x float>* %55, align 32
  %1022 = load <8 x float>, <8 x float>* %49, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %983, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %49, align 32
  %1024 = add i64 %971, 37
  %1025 = getelementptr inbounds float, float* %1, i64 %1024
  %1026 = load float, float* %1025, align 4
  %1027 = insertelement <8 x float> undef, float %1026, i32 0
  %splat86 = shufflevector <8 x float> %1027, <8 x float> undef, <8 x i32> zeroinitializer
  %1028 = load <8 x float>, <8 x float>* %54, align 32
  %1029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %979, <8 x float> %1028)
  store <8 x float> %1029, <8 x float>* %54, align 32
  %1030 = load <8 x float>, <8 x float>* %48, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %983, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %48, align 32
  %kw.next87 = add i64 %kw80, 1
  br label %kw.header77, !llvm.loop !5

kw.exit79:                                        ; preds = %kw.header77
  %kh.next88 = add i64 %kh76, 1
  br label %kh.header73

u.header90:                                       ; preds = %kh.exit96, %u.exit71
  %u93 = phi i64 [ 0, %u.exit71 ], [ %u.next110, %kh.exit96 ]
  %1032 = icmp slt i64 %u93, 6
  br i1 %1032, label %u.body91, label %u.exit92

u.body91:                                         ; preds = %u.header90
  %1033 = mul i64 %u93, 196
  %1034 = add i64 %965, %1033
  %1035 = mul i64 %u93, 200
  %1036 = add i64 %123, %1035
  br label %kh.header94

u.exit92:                                         ; preds = %u.header90
  %1037 = mul i64 %115, 2
  %1038 = add i64 %1037, %118
  %1039 = add i64 %1038, 0
  %1040 = mul i64 %1039, 10
  %1041 = add i64 %1040, %112
  %1042 = mul i64 %1041, 10
  %1043 = add i64 %1042, 30
  %1044 = mul i64 %1043, 8
  %1045 = load <8 x float>, <8 x float>* %47, align 32
  %1046 = fcmp ogt <8 x float> %1045, zeroinitializer
  %1047 = select <8 x i1> %1046, <8 x float> %1045, <8 x float> zeroinitializer
  %1048 = getelementptr inbounds float, float* %0, i64 %1044
  %1049 = bitcast float* %1048 to <8 x float>*
  store <8 x float> %1047, <8 x float>* %1049, align 4
  %1050 = add i64 %1042, 31
  %1051 = mul i64 %1050, 8
  %1052 = load <8 x float>, <8 x float>* %46, align 32
  %1053 = fcmp ogt <8 x float> %1052, zeroinitializer
  %1054 = select <8 x i1> %1053, <8 x float> %1052, <8 x float> zeroinitializer
  %1055 = getelementptr inbounds float, float* %0, i64 %1051
  %1056 = bitcast float* %1055 to <8 x float>*
  store <8 x float> %1054, <8 x float>* %1056, align 4
  %1057 = add i64 %1042, 32
  %1058 = mul i64 %1057, 8
  %1059 = load <8 x float>, <8 x float>* %45, align 32
  %1060 = fcmp ogt <8 x float> %1059, zeroinitializer
  %1061 = select <8 x i1> %1060, <8 x float> %1059, <8 x float> zeroinitializer
  %1062 = getelementptr inbounds float, float* %0, i64 %1058
  %1063 = bitcast float* %1062 to <8 x float>*
  store <8 x float> %1061, <8 x float>* %1063, align 4
  %1064 = add i64 %1042, 33
  %1065 = mul i64 %1064, 8
  %1066 = load <8 x float>, <8 x float>* %44, align 32
  %1067 = fcmp ogt <8 x float> %1066, zeroinitializer
  %1068 = select <8 x i1> %1067, <8 x float> %1066, <8 x float> zeroinitializer
  %1069 = getelementptr inbounds float, float* %0, i64 %1065
  %1070 = bitcast float* %1069 to <8 x float>*
  store <8 x float> %1068, <8 x float>* %1070, align 4
  %1071 = add i64 %1042, 34
  %1072 = mul i64 %1071, 8
  %1073 = load <8 x float>, <8 x float>* %43, align 32
  %1074 = fcmp ogt <8 x float> %1073, zeroinitializer
  %1075 = select <8 x i1> %1074, <8 x float> %1073, <8 x float> zeroinitializer
  %1076 = getelementptr inbounds float, float* %0, i64 %1072
  %1077 = bitcast float* %1076 to <8 x float>*
  store <8 x float> %1075, <8 x float>* %1077, align 4
  %1078 = add i64 %1042, 35
  %1079 = mul i64 %1078, 8
  %1080 = load <8 x float>, <8 x float>* %42, align 32
  %1081 = fcmp ogt <8 x float> %1080, zeroinitializer
  %1082 = select <8 x i1> %1081, <8 x float> %1080, <8 x float> zeroinitializer
  %1083 = getelementptr inbounds float, float* %0, i64 %1079
  %1084 = bitcast float* %1083 to <8 x float>*
  store <8 x float> %1082, <8 x float>* %1084, align 4
  %1085 = mul i64 %115, 2
  %1086 = add i64 %1085, %118
  %1087 = add i64 %1086, 1
  %1088 = mul i64 %1087, 10
  %1089 = add i64 %1088, %112
  %1090 = mul i64 %1089, 10
  %1091 = add i64 %1090, 30
  %1092 = mul i64 %1091, 8
  %1093 = load <8 x float>, <8 x float>* %41, align 32
  %1094 = fcmp ogt <8 x float> %1093, zeroinitializer
  %1095 = select <8 x i1> %1094, <8 x float> %1093, <8 x float> zeroinitializer
  %1096 = getelementptr inbounds float, float* %0, i64 %1092
  %1097 = bitcast float* %1096 to <8 x float>*
  store <8 x float> %1095, <8 x float>* %1097, align 4
  %1098 = add i64 %1090, 31
  %1099 = mul i64 %1098, 8
  %1100 = load <8 x float>, <8 x float>* %40, align 32
  %1101 = fcmp ogt <8 x float> %1100, zeroinitializer
  %1102 = select <8 x i1> %1101, <8 x float> %1100, <8 x float> zeroinitializer
  %1103 = getelementptr inbounds float, float* %0, i64 %1099
  %1104 = bitcast float* %1103 to <8 x float>*
  store <8 x float> %1102, <8 x float>* %1104, align 4
  %1105 = add i64 %1090, 32
  %1106 = mul i64 %1105, 8
  %1107 = load <8 x float>, <8 x float>* %39, align 32
  %1108 = fcmp ogt <8 x float> %1107, zeroinitializer
  %1109 = select <8 x i1> %1108, <8 x float> %1107, <8 x float> zeroinitializer
  %1110 = getelementptr inbounds float, float* %0, i64 %1106
  %1111 = bitcast float* %1110 to <8 x float>*
  store <8 x float> %1109, <8 x float>* %1111, align 4
  %1112 = add i64 %1090, 33
  %1113 = mul i64 %1112, 8
  %1114 = load <8 x float>, <8 x float>* %38, align 32
  %1115 = fcmp ogt <8 x float> %1114, zeroinitializer
  %1116 = select <8 x i1> %1115, <8 x float> %1114, <8 x float> zeroinitializer
  %1117 = getelementptr inbounds float, float* %0, i64 %1113
  %1118 = bitcast float* %1117 to <8 x float>*
  store <8 x float> %1116, <8 x float>* %1118, align 4
  %1119 = add i64 %1090, 34
  %1120 = mul i64 %1119, 8
  %1121 = load <8 x float>, <8 x float>* %37, align 32
  %1122 = fcmp ogt <8 x float> %1121, zeroinitializer
  %1123 = select <8 x i1> %1122, <8 x float> %1121, <8 x float> zeroinitializer
  %1124 = getelementptr inbounds float, float* %0, i64 %1120
  %1125 = bitcast float* %1124 to <8 x float>*
  store <8 x float> %1123, <8 x float>* %1125, align 4
  %1126 = add i64 %1090, 35
  %1127 = mul i64 %1126, 8
  %1128 = load <8 x float>, <8 x float>* %36, align 32
  %1129 = fcmp ogt <8 x float> %1128, zeroinitializer
  %1130 = select <8 x i1> %1129, <8 x float> %1128, <8 x float> zeroinitializer
  %1131 = getelementptr inbounds float, float* %0, i64 %1127
  %1132 = bitcast float* %1131 to <8 x float>*
  store <8 x float> %1130, <8 x float>* %1132, align 4
  %1133 = add i64 %118, 0
  %1134 = mul i64 %1133, 8
  %1135 = getelementptr inbounds float, float* %5, i64 %1134
  %1136 = bitcast float* %1135 to <8 x float>*
  %1137 = load <8 x float>, <8 x float>* %1136, align 4
  store <8 x float> %1137, <8 x float>* %35, align 32
  store <8 x float> %1137, <8 x float>* %34, align 32
  store <8 x float> %1137, <8 x float>* %33, align 32
  store <8 x float> %1137, <8 x float>* %32, align 32
  store <8 x float> %1137, <8 x float>* %31, align 32
  store <8 x float> %1137, <8 x float>* %30, align 32
  %1138 = add i64 %118, 1
  %1139 = mul i64 %1138, 8
  %1140 = getelementptr inbounds float, float* %5, i64 %1139
  %1141 = bitcast float* %1140 to <8 x float>*
  %1142 = load <8 x float>, <8 x float>* %1141, align 4
  store <8 x float> %1142, <8 x float>* %29, align 32
  store <8 x float> %1142, <8 x float>* %28, align 32
  store <8 x float> %1142, <8 x float>* %27, align 32
  store <8 x float> %1142, <8 x float>* %26, align 32
  store <8 x float> %1142, <8 x float>* %25, align 32
  store <8 x float> %1142, <8 x float>* %24, align 32
  %1143 = add i64 %124, 0
  %1144 = add i64 %122, %1143
  br label %u.header111

kh.header94:                                      ; preds = %kw.exit100, %u.body91
  %kh97 = phi i64 [ 0, %u.body91 ], [ %kh.next109, %kw.exit100 ]
  %1145 = icmp slt i64 %kh97, 5
  br i1 %1145, label %kh.body95, label %kh.exit96

kh.body95:                                        ; preds = %kh.header94
  %1146 = mul i64 %kh97, 14
  %1147 = add i64 %1034, %1146
  br label %kw.header98

kh.exit96:                                        ; preds = %kh.header94
  %u.next110 = add i64 %u93, 1
  br label %u.header90

kw.header98:                                      ; preds = %kw.body99, %kh.body95
  %kw101 = phi i64 [ 0, %kh.body95 ], [ %kw.next108, %kw.body99 ]
  %1148 = icmp slt i64 %kw101, 5
  br i1 %1148, label %kw.body99, label %kw.exit100

kw.body99:                                        ; preds = %kw.header98
  %1149 = mul i64 %kw101, 1
  %1150 = add i64 %1147, %1149
  %1151 = mul i64 %kh97, 5
  %1152 = add i64 %1151, %kw101
  %1153 = mul i64 %1152, 8
  %1154 = add i64 %1036, %1153
  %1155 = add i64 %1154, 0
  %1156 = getelementptr inbounds float, float* %4, i64 %1155
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = add i64 %1154, 1200
  %1160 = getelementptr inbounds float, float* %4, i64 %1159
  %1161 = bitcast float* %1160 to <8 x float>*
  %1162 = load <8 x float>, <8 x float>* %1161, align 4
  %1163 = add i64 %1150, 42
  %1164 = getelementptr inbounds float, float* %1, i64 %1163
  %1165 = load float, float* %1164, align 4
  %1166 = insertelement <8 x float> undef, float %1165, i32 0
  %splat102 = shufflevector <8 x float> %1166, <8 x float> undef, <8 x i32> zeroinitializer
  %1167 = load <8 x float>, <8 x float>* %47, align 32
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1158, <8 x float> %1167)
  store <8 x float> %1168, <8 x float>* %47, align 32
  %1169 = load <8 x float>, <8 x float>* %41, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1162, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %41, align 32
  %1171 = add i64 %1150, 43
  %1172 = getelementptr inbounds float, float* %1, i64 %1171
  %1173 = load float, float* %1172, align 4
  %1174 = insertelement <8 x float> undef, float %1173, i32 0
  %splat103 = shufflevector <8 x float> %1174, <8 x float> undef, <8 x i32> zeroinitializer
  %1175 = load <8 x float>, <8 x float>* %46, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1158, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %46, align 32
  %1177 = load <8 x float>, <8 x float>* %40, align 32
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1162, <8 x float> %1177)
  store <8 x float> %1178, <8 x float>* %40, align 32
  %1179 = add i64 %1150, 44
  %1180 = getelementptr inbounds float, float* %1, i64 %1179
  %1181 = load float, float* %1180, align 4
  %1182 = insertelement <8 x float> undef, float %1181, i32 0
  %splat104 = shufflevector <8 x float> %1182, <8 x float> undef, <8 x i32> zeroinitializer
  %1183 = load <8 x float>, <8 x float>* %45, align 32
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1158, <8 x float> %1183)
  store <8 x float> %1184, <8 x float>* %45, align 32
  %1185 = load <8 x float>, <8 x float>* %39, align 32
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1162, <8 x float> %1185)
  store <8 x float> %1186, <8 x float>* %39, align 32
  %1187 = add i64 %1150, 45
  %1188 = getelementptr inbounds float, float* %1, i64 %1187
  %1189 = load float, float* %1188, align 4
  %1190 = insertelement <8 x float> undef, float %1189, i32 0
  %splat105 = shufflevector <8 x float> %1190, <8 x float> undef, <8 x i32> zeroinitializer
  %1191 = load <8 x float>, <8 x float>* %44, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1158, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %44, align 32
  %1193 = load <8 x float>, <8 x float>* %38, align 32
  %1194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1162, <8 x float> %1193)
  store <8 x float> %1194, <8 x float>* %38, align 32
  %1195 = add i64 %1150, 46
  %1196 = getelementptr inbounds float, float* %1, i64 %1195
  %1197 = load float, float* %1196, align 4
  %1198 = insertelement <8 x float> undef, float %1197, i32 0
  %splat106 = shufflevector <8 x float> %1198, <8 x float> undef, <8 x i32> zeroinitializer
  %1199 = load <8 x float>, <8 x float>* %43, align 32
  %1200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1158, <8 x float> %1199)
  store <8 x float> %1200, <8 x float>* %43, align 32
  %1201 = load <8 x float>, <8 x float>* %37, align 32
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1162, <8 x float> %1201)
  store <8 x float> %1202, <8 x float>* %37, align 32
  %1203 = add i64 %1150, 47
  %1204 = getelementptr inbounds float, float* %1, i64 %1203
  %1205 = load float, float* %1204, align 4
  %1206 = insertelement <8 x float> undef, float %1205, i32 0
  %splat107 = shufflevector <8 x float> %1206, <8 x float> undef, <8 x i32> zeroinitializer
  %1207 = load <8 x float>, <8 x float>* %42, align 32
  %1208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1158, <8 x float> %1207)
  store <8 x float> %1208, <8 x float>* %42, align 32
  %1209 = load <8 x float>, <8 x float>* %36, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1162, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %36, align 32
  %kw.next108 = add i64 %kw101, 1
  br label %kw.header98, !llvm.loop !6

kw.exit100:                                       ; preds = %kw.header98
  %kh.next109 = add i64 %kh97, 1
  br label %kh.header94

u.header111:                                      ; preds = %kh.exit117, %u.exit92
  %u114 = phi i64 [ 0, %u.exit92 ], [ %u.next131, %kh.exit117 ]
  %1211 = icmp slt i64 %u114, 6
  br i1 %1211, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1212 = mul i64 %u114, 196
  %1213 = add i64 %1144, %1212
  %1214 = mul i64 %u114, 200
  %1215 = add i64 %123, %1214
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1216 = mul i64 %115, 2
  %1217 = add i64 %1216, %118
  %1218 = add i64 %1217, 0
  %1219 = mul i64 %1218, 10
  %1220 = add i64 %1219, %112
  %1221 = mul i64 %1220, 10
  %1222 = add i64 %1221, 36
  %1223 = mul i64 %1222, 8
  %1224 = load <8 x float>, <8 x float>* %35, align 32
  %1225 = fcmp ogt <8 x float> %1224, zeroinitializer
  %1226 = select <8 x i1> %1225, <8 x float> %1224, <8 x float> zeroinitializer
  %1227 = getelementptr inbounds float, float* %0, i64 %1223
  %1228 = bitcast float* %1227 to <8 x float>*
  store <8 x float> %1226, <8 x float>* %1228, align 4
  %1229 = add i64 %1221, 37
  %1230 = mul i64 %1229, 8
  %1231 = load <8 x float>, <8 x float>* %34, align 32
  %1232 = fcmp ogt <8 x float> %1231, zeroinitializer
  %1233 = select <8 x i1> %1232, <8 x float> %1231, <8 x float> zeroinitializer
  %1234 = getelementptr inbounds float, float* %0, i64 %1230
  %1235 = bitcast float* %1234 to <8 x float>*
  store <8 x float> %1233, <8 x float>* %1235, align 4
  %1236 = add i64 %1221, 38
  %1237 = mul i64 %1236, 8
  %1238 = load <8 x float>, <8 x float>* %33, align 32
  %1239 = fcmp ogt <8 x float> %1238, zeroinitializer
  %1240 = select <8 x i1> %1239, <8 x float> %1238, <8 x float> zeroinitializer
  %1241 = getelementptr inbounds float, float* %0, i64 %1237
  %1242 = bitcast float* %1241 to <8 x float>*
  store <8 x float> %1240, <8 x float>* %1242, align 4
  %1243 = add i64 %1221, 39
  %1244 = mul i64 %1243, 8
  %1245 = load <8 x float>, <8 x float>* %32, align 32
  %1246 = fcmp ogt <8 x float> %1245, zeroinitializer
  %1247 = select <8 x i1> %1246, <8 x float> %1245, <8 x float> zeroinitializer
  %1248 = getelementptr inbounds float, float* %0, i64 %1244
  %1249 = bitcast float* %1248 to <8 x float>*
  store <8 x float> %1247, <8 x float>* %1249, align 4
  %1250 = add i64 %1221, 40
  %1251 = mul i64 %1250, 8
  %1252 = load <8 x float>, <8 x float>* %31, align 32
  %1253 = fcmp ogt <8 x float> %1252, zeroinitializer
  %1254 = select <8 x i1> %1253, <8 x float> %1252, <8 x float> zeroinitializer
  %1255 = getelementptr inbounds float, float* %0, i64 %1251
  %1256 = bitcast float* %1255 to <8 x float>*
  store <8 x float> %1254, <8 x float>* %1256, align 4
  %1257 = add i64 %1221, 41
  %1258 = mul i64 %1257, 8
  %1259 = load <8 x float>, <8 x float>* %30, align 32
  %1260 = fcmp ogt <8 x float> %1259, zeroinitializer
  %1261 = select <8 x i1> %1260, <8 x float> %1259, <8 x float> zeroinitializer
  %1262 = getelementptr inbounds float, float* %0, i64 %1258
  %1263 = bitcast float* %1262 to <8 x float>*
  store <8 x float> %1261, <8 x float>* %1263, align 4
  %1264 = mul i64 %115, 2
  %1265 = add i64 %1264, %118
  %1266 = add i64 %1265, 1
  %1267 = mul i64 %1266, 10
  %1268 = add i64 %1267, %112
  %1269 = mul i64 %1268, 10
  %1270 = add i64 %1269, 36
  %1271 = mul i64 %1270, 8
  %1272 = load <8 x float>, <8 x float>* %29, align 32
  %1273 = fcmp ogt <8 x float> %1272, zeroinitializer
  %1274 = select <8 x i1> %1273, <8 x float> %1272, <8 x float> zeroinitializer
  %1275 = getelementptr inbounds float, float* %0, i64 %1271
  %1276 = bitcast float* %1275 to <8 x float>*
  store <8 x float> %1274, <8 x float>* %1276, align 4
  %1277 = add i64 %1269, 37
  %1278 = mul i64 %1277, 8
  %1279 = load <8 x float>, <8 x float>* %28, align 32
  %1280 = fcmp ogt <8 x float> %1279, zeroinitializer
  %1281 = select <8 x i1> %1280, <8 x float> %1279, <8 x float> zeroinitializer
  %1282 = getelementptr inbounds float, float* %0, i64 %1278
  %1283 = bitcast float* %1282 to <8 x float>*
  store <8 x float> %1281, <8 x float>* %1283, align 4
  %1284 = add i64 %1269, 38
  %1285 = mul i64 %1284, 8
  %1286 = load <8 x float>, <8 x float>* %27, align 32
  %1287 = fcmp ogt <8 x float> %1286, zeroinitializer
  %1288 = select <8 x i1> %1287, <8 x float> %1286, <8 x float> zeroinitializer
  %1289 = getelementptr inbounds float, float* %0, i64 %1285
  %1290 = bitcast float* %1289 to <8 x float>*
  store <8 x float> %1288, <8 x float>* %1290, align 4
  %1291 = add i64 %1269, 39
  %1292 = mul i64 %1291, 8
  %1293 = load <8 x float>, <8 x float>* %26, align 32
  %1294 = fcmp ogt <8 x float> %1293, zeroinitializer
  %1295 = select <8 x i1> %1294, <8 x float> %1293, <8 x float> zeroinitializer
  %1296 = getelementptr inbounds float, float* %0, i64 %1292
  %1297 = bitcast float* %1296 to <8 x float>*
  store <8 x float> %1295, <8 x float>* %1297, align 4
  %1298 = add i64 %1269, 40
  %1299 = mul i64 %1298, 8
  %1300 = load <8 x float>, <8 x float>* %25, align 32
  %1301 = fcmp ogt <8 x float> %1300, zeroinitializer
  %1302 = select <8 x i1> %1301, <8 x float> %1300, <8 x float> zeroinitializer
  %1303 = getelementptr inbounds float, float* %0, i64 %1299
  %1304 = bitcast float* %1303 to <8 x float>*
  store <8 x float> %1302, <8 x float>* %1304, align 4
  %1305 = add i64 %1269, 41
  %1306 = mul i64 %1305, 8
  %1307 = load <8 x float>, <8 x float>* %24, align 32
  %1308 = fcmp ogt <8 x float> %1307, zeroinitializer
  %1309 = select <8 x i1> %1308, <8 x float> %1307, <8 x float> zeroinitializer
  %1310 = getelementptr inbounds float, float* %0, i64 %1306
  %1311 = bitcast float* %1310 to <8 x float>*
  store <8 x float> %1309, <8 x float>* %1311, align 4
  %1312 = add i64 %118, 0
  %1313 = mul i64 %1312, 8
  %1314 = getelementptr inbounds float, float* %5, i64 %1313
  %1315 = bitcast float* %1314 to <8 x float>*
  %1316 = load <8 x float>, <8 x float>* %1315, align 4
  store <8 x float> %1316, <8 x float>* %23, align 32
  store <8 x float> %1316, <8 x float>* %22, align 32
  store <8 x float> %1316, <8 x float>* %21, align 32
  store <8 x float> %1316, <8 x float>* %20, align 32
  store <8 x float> %1316, <8 x float>* %19, align 32
  store <8 x float> %1316, <8 x float>* %18, align 32
  %1317 = add i64 %118, 1
  %1318 = mul i64 %1317, 8
  %1319 = getelementptr inbounds float, float* %5, i64 %1318
  %1320 = bitcast float* %1319 to <8 x float>*
  %1321 = load <8 x float>, <8 x float>* %1320, align 4
  store <8 x float> %1321, <8 x float>* %17, align 32
  store <8 x float> %1321, <8 x float>* %16, align 32
  store <8 x float> %1321, <8 x float>* %15, align 32
  store <8 x float> %1321, <8 x float>* %14, align 32
  store <8 x float> %1321, <8 x float>* %13, align 32
  store <8 x float> %1321, <8 x float>* %12, align 32
  %1322 = add i64 %124, 0
  %1323 = add i64 %122, %1322
  br label %u.header132

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next130, %kw.exit121 ]
  %1324 = icmp slt i64 %kh118, 5
  br i1 %1324, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1325 = mul i64 %kh118, 14
  %1326 = add i64 %1213, %1325
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next131 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next129, %kw.body120 ]
  %1327 = icmp slt i64 %kw122, 5
  br i1 %1327, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1328 = mul i64 %kw122, 1
  %1329 = add i64 %1326, %1328
  %1330 = mul i64 %kh118, 5
  %1331 = add i64 %1330, %kw122
  %1332 = mul i64 %1331, 8
  %1333 = add i64 %1215, %1332
  %1334 = add i64 %1333, 0
  %1335 = getelementptr inbounds float, float* %4, i64 %1334
  %1336 = bitcast float* %1335 to <8 x float>*
  %1337 = load <8 x float>, <8 x float>* %1336, align 4
  %1338 = add i64 %1333, 1200
  %1339 = getelementptr inbounds float, float* %4, i64 %1338
  %1340 = bitcast float* %1339 to <8 x float>*
  %1341 = load <8 x float>, <8 x float>* %1340, align 4
  %1342 = add i64 %1329, 48
  %1343 = getelementptr inbounds float, float* %1, i64 %1342
  %1344 = load float, float* %1343, align 4
  %1345 = insertelement <8 x float> undef, float %1344, i32 0
  %splat123 = shufflevector <8 x float> %1345, <8 x float> undef, <8 x i32> zeroinitializer
  %1346 = load <8 x float>, <8 x float>* %35, align 32
  %1347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1337, <8 x float> %1346)
  store <8 x float> %1347, <8 x float>* %35, align 32
  %1348 = load <8 x float>, <8 x float>* %29, align 32
  %1349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1341, <8 x float> %1348)
  store <8 x float> %1349, <8 x float>* %29, align 32
  %1350 = add i64 %1329, 49
  %1351 = getelementptr inbounds float, float* %1, i64 %1350
  %1352 = load float, float* %1351, align 4
  %1353 = insertelement <8 x float> undef, float %1352, i32 0
  %splat124 = shufflevector <8 x float> %1353, <8 x float> undef, <8 x i32> zeroinitializer
  %1354 = load <8 x float>, <8 x float>* %34, align 32
  %1355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1337, <8 x float> %1354)
  store <8 x float> %1355, <8 x float>* %34, align 32
  %1356 = load <8 x float>, <8 x float>* %28, align 32
  %1357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1341, <8 x float> %1356)
  store <8 x float> %1357, <8 x float>* %28, align 32
  %1358 = add i64 %1329, 50
  %1359 = getelementptr inbounds float, float* %1, i64 %1358
  %1360 = load float, float* %1359, align 4
  %1361 = insertelement <8 x float> undef, float %1360, i32 0
  %splat125 = shufflevector <8 x float> %1361, <8 x float> undef, <8 x i32> zeroinitializer
  %1362 = load <8 x float>, <8 x float>* %33, align 32
  %1363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1337, <8 x float> %1362)
  store <8 x float> %1363, <8 x float>* %33, align 32
  %1364 = load <8 x float>, <8 x float>* %27, align 32
  %1365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1341, <8 x float> %1364)
  store <8 x float> %1365, <8 x float>* %27, align 32
  %1366 = add i64 %1329, 51
  %1367 = getelementptr inbounds float, float* %1, i64 %1366
  %1368 = load float, float* %1367, align 4
  %1369 = insertelement <8 x float> undef, float %1368, i32 0
  %splat126 = shufflevector <8 x float> %1369, <8 x float> undef, <8 x i32> zeroinitializer
  %1370 = load <8 x float>, <8 x float>* %32, align 32
  %1371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1337, <8 x float> %1370)
  store <8 x float> %1371, <8 x float>* %32, align 32
  %1372 = load <8 x float>, <8 x float>* %26, align 32
  %1373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1341, <8 x float> %1372)
  store <8 x float> %1373, <8 x float>* %26, align 32
  %1374 = add i64 %1329, 56
  %1375 = getelementptr inbounds float, float* %1, i64 %1374
  %1376 = load float, float* %1375, align 4
  %1377 = insertelement <8 x float> undef, float %1376, i32 0
  %splat127 = shufflevector <8 x float> %1377, <8 x float> undef, <8 x i32> zeroinitializer
  %1378 = load <8 x float>, <8 x float>* %31, align 32
  %1379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1337, <8 x float> %1378)
  store <8 x float> %1379, <8 x float>* %31, align 32
  %1380 = load <8 x float>, <8 x float>* %25, align 32
  %1381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1341, <8 x float> %1380)
  store <8 x float> %1381, <8 x float>* %25, align 32
  %1382 = add i64 %1329, 57
  %1383 = getelementptr inbounds float, float* %1, i64 %1382
  %1384 = load float, float* %1383, align 4
  %1385 = insertelement <8 x float> undef, float %1384, i32 0
  %splat128 = shufflevector <8 x float> %1385, <8 x float> undef, <8 x i32> zeroinitializer
  %1386 = load <8 x float>, <8 x float>* %30, align 32
  %1387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1337, <8 x float> %1386)
  store <8 x float> %1387, <8 x float>* %30, align 32
  %1388 = load <8 x float>, <8 x float>* %24, align 32
  %1389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1341, <8 x float> %1388)
  store <8 x float> %1389, <8 x float>* %24, align 32
  %kw.next129 = add i64 %kw122, 1
  br label %kw.header119, !llvm.loop !7

kw.exit121:                                       ; preds = %kw.header119
  %kh.next130 = add i64 %kh118, 1
  br label %kh.header115

u.header132:                                      ; preds = %kh.exit138, %u.exit113
  %u135 = phi i64 [ 0, %u.exit113 ], [ %u.next152, %kh.exit138 ]
  %1390 = icmp slt i64 %u135, 6
  br i1 %1390, label %u.body133, label %u.exit134

u.body133:                                        ; preds = %u.header132
  %1391 = mul i64 %u135, 196
  %1392 = add i64 %1323, %1391
  %1393 = mul i64 %u135, 200
  %1394 = add i64 %123, %1393
  br label %kh.header136

u.exit134:                                        ; preds = %u.header132
  %1395 = mul i64 %115, 2
  %1396 = add i64 %1395, %118
  %1397 = add i64 %1396, 0
  %1398 = mul i64 %1397, 10
  %1399 = add i64 %1398, %112
  %1400 = mul i64 %1399, 10
  %1401 = add i64 %1400, 42
  %1402 = mul i64 %1401, 8
  %1403 = load <8 x float>, <8 x float>* %23, align 32
  %1404 = fcmp ogt <8 x float> %1403, zeroinitializer
  %1405 = select <8 x i1> %1404, <8 x float> %1403, <8 x float> zeroinitializer
  %1406 = getelementptr inbounds float, float* %0, i64 %1402
  %1407 = bitcast float* %1406 to <8 x float>*
  store <8 x float> %1405, <8 x float>* %1407, align 4
  %1408 = add i64 %1400, 43
  %1409 = mul i64 %1408, 8
  %1410 = load <8 x float>, <8 x float>* %22, align 32
  %1411 = fcmp ogt <8 x float> %1410, zeroinitializer
  %1412 = select <8 x i1> %1411, <8 x float> %1410, <8 x float> zeroinitializer
  %1413 = getelementptr inbounds float, float* %0, i64 %1409
  %1414 = bitcast float* %1413 to <8 x float>*
  store <8 x float> %1412, <8 x float>* %1414, align 4
  %1415 = add i64 %1400, 44
  %1416 = mul i64 %1415, 8
  %1417 = load <8 x float>, <8 x float>* %21, align 32
  %1418 = fcmp ogt <8 x float> %1417, zeroinitializer
  %1419 = select <8 x i1> %1418, <8 x float> %1417, <8 x float> zeroinitializer
  %1420 = getelementptr inbounds float, float* %0, i64 %1416
  %1421 = bitcast float* %1420 to <8 x float>*
  store <8 x float> %1419, <8 x float>* %1421, align 4
  %1422 = add i64 %1400, 45
  %1423 = mul i64 %1422, 8
  %1424 = load <8 x float>, <8 x float>* %20, align 32
  %1425 = fcmp ogt <8 x float> %1424, zeroinitializer
  %1426 = select <8 x i1> %1425, <8 x float> %1424, <8 x float> zeroinitializer
  %1427 = getelementptr inbounds float, float* %0, i64 %1423
  %1428 = bitcast float* %1427 to <8 x float>*
  store <8 x float> %1426, <8 x float>* %1428, align 4
  %1429 = add i64 %1400, 46
  %1430 = mul i64 %1429, 8
  %1431 = load <8 x float>, <8 x float>* %19, align 32
  %1432 = fcmp ogt <8 x float> %1431, zeroinitializer
  %1433 = select <8 x i1> %1432, <8 x float> %1431, <8 x float> zeroinitializer
  %1434 = getelementptr inbounds float, float* %0, i64 %1430
  %1435 = bitcast float* %1434 to <8 x float>*
  store <8 x float> %1433, <8 x float>* %1435, align 4
  %1436 = add i64 %1400, 47
  %1437 = mul i64 %1436, 8
  %1438 = load <8 x float>, <8 x float>* %18, align 32
  %1439 = fcmp ogt <8 x float> %1438, zeroinitializer
  %1440 = select <8 x i1> %1439, <8 x float> %1438, <8 x float> zeroinitializer
  %1441 = getelementptr inbounds float, float* %0, i64 %1437
  %1442 = bitcast float* %1441 to <8 x float>*
  store <8 x float> %1440, <8 x float>* %1442, align 4
  %1443 = mul i64 %115, 2
  %1444 = add i64 %1443, %118
  %1445 = add i64 %1444, 1
  %1446 = mul i64 %1445, 10
  %1447 = add i64 %1446, %112
  %1448 = mul i64 %1447, 10
  %1449 = add i64 %1448, 42
  %1450 = mul i64 %1449, 8
  %1451 = load <8 x float>, <8 x float>* %17, align 32
  %1452 = fcmp ogt <8 x float> %1451, zeroinitializer
  %1453 = select <8 x i1> %1452, <8 x float> %1451, <8 x float> zeroinitializer
  %1454 = getelementptr inbounds float, float* %0, i64 %1450
  %1455 = bitcast float* %1454 to <8 x float>*
  store <8 x float> %1453, <8 x float>* %1455, align 4
  %1456 = add i64 %1448, 43
  %1457 = mul i64 %1456, 8
  %1458 = load <8 x float>, <8 x float>* %16, align 32
  %1459 = fcmp ogt <8 x float> %1458, zeroinitializer
  %1460 = select <8 x i1> %1459, <8 x float> %1458, <8 x float> zeroinitializer
  %1461 = getelementptr inbounds float, float* %0, i64 %1457
  %1462 = bitcast float* %1461 to <8 x float>*
  store <8 x float> %1460, <8 x float>* %1462, align 4
  %1463 = add i64 %1448, 44
  %1464 = mul i64 %1463, 8
  %1465 = load <8 x float>, <8 x float>* %15, align 32
  %1466 = fcmp ogt <8 x float> %1465, zeroinitializer
  %1467 = select <8 x i1> %1466, <8 x float> %1465, <8 x float> zeroinitializer
  %1468 = getelementptr inbounds float, float* %0, i64 %1464
  %1469 = bitcast float* %1468 to <8 x float>*
  store <8 x float> %1467, <8 x float>* %1469, align 4
  %1470 = add i64 %1448, 45
  %1471 = mul i64 %1470, 8
  %1472 = load <8 x float>, <8 x float>* %14, align 32
  %1473 = fcmp ogt <8 x float> %1472, zeroinitializer
  %1474 = select <8 x i1> %1473, <8 x float> %1472, <8 x float> zeroinitializer
  %1475 = getelementptr inbounds float, float* %0, i64 %1471
  %1476 = bitcast float* %1475 to <8 x float>*
  store <8 x float> %1474, <8 x float>* %1476, align 4
  %1477 = add i64 %1448, 46
  %1478 = mul i64 %1477, 8
  %1479 = load <8 x float>, <8 x float>* %13, align 32
  %1480 = fcmp ogt <8 x float> %1479, zeroinitializer
  %1481 = select <8 x i1> %1480, <8 x float> %1479, <8 x float> zeroinitializer
  %1482 = getelementptr inbounds float, float* %0, i64 %1478
  %1483 = bitcast float* %1482 to <8 x float>*
  store <8 x float> %1481, <8 x float>* %1483, align 4
  %1484 = add i64 %1448, 47
  %1485 = mul i64 %1484, 8
  %1486 = load <8 x float>, <8 x float>* %12, align 32
  %1487 = fcmp ogt <8 x float> %1486, zeroinitializer
  %1488 = select <8 x i1> %1487, <8 x float> %1486, <8 x float> zeroinitializer
  %1489 = getelementptr inbounds float, float* %0, i64 %1485
  %1490 = bitcast float* %1489 to <8 x float>*
  store <8 x float> %1488, <8 x float>* %1490, align 4
  %1491 = add i64 %118, 0
  %1492 = mul i64 %1491, 8
  %1493 = getelementptr inbounds float, float* %5, i64 %1492
  %1494 = bitcast float* %1493 to <8 x float>*
  %1495 = load <8 x float>, <8 x float>* %1494, align 4
  store <8 x float> %1495, <8 x float>* %11, align 32
  store <8 x float> %1495, <8 x float>* %10, align 32
  %1496 = add i64 %118, 1
  %1497 = mul i64 %1496, 8
  %1498 = getelementptr inbounds float, float* %5, i64 %1497
  %1499 = bitcast float* %1498 to <8 x float>*
  %1500 = load <8 x float>, <8 x float>* %1499, align 4
  store <8 x float> %1500, <8 x float>* %9, align 32
  store <8 x float> %1500, <8 x float>* %8, align 32
  %1501 = add i64 %124, 0
  %1502 = add i64 %122, %1501
  br label %u.header153

kh.header136:                                     ; preds = %kw.exit142, %u.body133
  %kh139 = phi i64 [ 0, %u.body133 ], [ %kh.next151, %kw.exit142 ]
  %1503 = icmp slt i64 %kh139, 5
  br i1 %1503, label %kh.body137, label %kh.exit138

kh.body137:                                       ; preds = %kh.header136
  %1504 = mul i64 %kh139, 14
  %1505 = add i64 %1392, %1504
  br label %kw.header140

kh.exit138:                                       ; preds = %kh.header136
  %u.next152 = add i64 %u135, 1
  br label %u.header132

kw.header140:                                     ; preds = %kw.body141, %kh.body137
  %kw143 = phi i64 [ 0, %kh.body137 ], [ %kw.next150, %kw.body141 ]
  %1506 = icmp slt i64 %kw143, 5
  br i1 %1506, label %kw.body141, label %kw.exit142

kw.body141:                                       ; preds = %kw.header140
  %1507 = mul i64 %kw143, 1
  %1508 = add i64 %1505, %1507
  %1509 = mul i64 %kh139, 5
  %1510 = add i64 %1509, %kw143
  %1511 = mul i64 %1510, 8
  %1512 = add i64 %1394, %1511
  %1513 = add i64 %1512, 0
  %1514 = getelementptr inbounds float, float* %4, i64 %1513
  %1515 = bitcast float* %1514 to <8 x float>*
  %1516 = load <8 x float>, <8 x float>* %1515, align 4
  %1517 = add i64 %1512, 1200
  %1518 = getelementptr inbounds float, float* %4, i64 %1517
  %1519 = bitcast float* %1518 to <8 x float>*
  %1520 = load <8 x float>, <8 x float>* %1519, align 4
  %1521 = add i64 %1508, 58
  %1522 = getelementptr inbounds float, float* %1, i64 %1521
  %1523 = load float, float* %1522, align 4
  %1524 = insertelement <8 x float> undef, float %1523, i32 0
  %splat144 = shufflevector <8 x float> %1524, <8 x float> undef, <8 x i32> zeroinitializer
  %1525 = load <8 x float>, <8 x float>* %23, align 32
  %1526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1516, <8 x float> %1525)
  store <8 x float> %1526, <8 x float>* %23, align 32
  %1527 = load <8 x float>, <8 x float>* %17, align 32
  %1528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1520, <8 x float> %1527)
  store <8 x float> %1528, <8 x float>* %17, align 32
  %1529 = add i64 %1508, 59
  %1530 = getelementptr inbounds float, float* %1, i64 %1529
  %1531 = load float, float* %1530, align 4
  %1532 = insertelement <8 x float> undef, float %1531, i32 0
  %splat145 = shufflevector <8 x float> %1532, <8 x float> undef, <8 x i32> zeroinitializer
  %1533 = load <8 x float>, <8 x float>* %22, align 32
  %1534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1516, <8 x float> %1533)
  store <8 x float> %1534, <8 x float>* %22, align 32
  %1535 = load <8 x float>, <8 x float>* %16, align 32
  %1536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1520, <8 x float> %1535)
  store <8 x float> %1536, <8 x float>* %16, align 32
  %1537 = add i64 %1508, 60
  %1538 = getelementptr inbounds float, float* %1, i64 %1537
  %1539 = load float, float* %1538, align 4
  %1540 = insertelement <8 x float> undef, float %1539, i32 0
  %splat146 = shufflevector <8 x float> %1540, <8 x float> undef, <8 x i32> zeroinitializer
  %1541 = load <8 x float>, <8 x float>* %21, align 32
  %1542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1516, <8 x float> %1541)
  store <8 x float> %1542, <8 x float>* %21, align 32
  %1543 = load <8 x float>, <8 x float>* %15, align 32
  %1544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1520, <8 x float> %1543)
  store <8 x float> %1544, <8 x float>* %15, align 32
  %1545 = add i64 %1508, 61
  %1546 = getelementptr inbounds float, float* %1, i64 %1545
  %1547 = load float, float* %1546, align 4
  %1548 = insertelement <8 x float> undef, float %1547, i32 0
  %splat147 = shufflevector <8 x float> %1548, <8 x float> undef, <8 x i32> zeroinitializer
  %1549 = load <8 x float>, <8 x float>* %20, align 32
  %1550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1516, <8 x float> %1549)
  store <8 x float> %1550, <8 x float>* %20, align 32
  %1551 = load <8 x float>, <8 x float>* %14, align 32
  %1552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1520, <8 x float> %1551)
  store <8 x float> %1552, <8 x float>* %14, align 32
  %1553 = add i64 %1508, 62
  %1554 = getelementptr inbounds float, float* %1, i64 %1553
  %1555 = load float, float* %1554, align 4
  %1556 = insertelement <8 x float> undef, float %1555, i32 0
  %splat148 = shufflevector <8 x float> %1556, <8 x float> undef, <8 x i32> zeroinitializer
  %1557 = load <8 x float>, <8 x float>* %19, align 32
  %1558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1516, <8 x float> %1557)
  store <8 x float> %1558, <8 x float>* %19, align 32
  %1559 = load <8 x float>, <8 x float>* %13, align 32
  %1560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1520, <8 x float> %1559)
  store <8 x float> %1560, <8 x float>* %13, align 32
  %1561 = add i64 %1508, 63
  %1562 = getelementptr inbounds float, float* %1, i64 %1561
  %1563 = load float, float* %1562, align 4
  %1564 = insertelement <8 x float> undef, float %1563, i32 0
  %splat149 = shufflevector <8 x float> %1564, <8 x float> undef, <8 x i32> zeroinitializer
  %1565 = load <8 x float>, <8 x float>* %18, align 32
  %1566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1516, <8 x float> %1565)
  store <8 x float> %1566, <8 x float>* %18, align 32
  %1567 = load <8 x float>, <8 x float>* %12, align 32
  %1568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1520, <8 x float> %1567)
  store <8 x float> %1568, <8 x float>* %12, align 32
  %kw.next150 = add i64 %kw143, 1
  br label %kw.header140, !llvm.loop !8

kw.exit142:                                       ; preds = %kw.header140
  %kh.next151 = add i64 %kh139, 1
  br label %kh.header136

u.header153:                                      ; preds = %kh.exit159, %u.exit134
  %u156 = phi i64 [ 0, %u.exit134 ], [ %u.next169, %kh.exit159 ]
  %1569 = icmp slt i64 %u156, 6
  br i1 %1569, label %u.body154, label %u.exit155

u.body154:                                        ; preds = %u.header153
  %1570 = mul i64 %u156, 196
  %1571 = add i64 %1502, %1570
  %1572 = mul i64 %u156, 200
  %1573 = add i64 %123, %1572
  br label %kh.header157

u.exit155:                                        ; preds = %u.header153
  %1574 = mul i64 %115, 2
  %1575 = add i64 %1574, %118
  %1576 = add i64 %1575, 0
  %1577 = mul i64 %1576, 10
  %1578 = add i64 %1577, %112
  %1579 = mul i64 %1578, 10
  %1580 = add i64 %1579, 48
  %1581 = mul i64 %1580, 8
  %1582 = load <8 x float>, <8 x float>* %11, align 32
  %1583 = fcmp ogt <8 x float> %1582, zeroinitializer
  %1584 = select <8 x i1> %1583, <8 x float> %1582, <8 x float> zeroinitializer
  %1585 = getelementptr inbounds float, float* %0, i64 %1581
  %1586 = bitcast float* %1585 to <8 x float>*
  store <8 x float> %1584, <8 x float>* %1586, align 4
  %1587 = add i64 %1579, 49
  %1588 = mul i64 %1587, 8
  %1589 = load <8 x float>, <8 x float>* %10, align 32
  %1590 = fcmp ogt <8 x float> %1589, zeroinitializer
  %1591 = select <8 x i1> %1590, <8 x float> %1589, <8 x float> zeroinitializer
  %1592 = getelementptr inbounds float, float* %0, i64 %1588
  %1593 = bitcast float* %1592 to <8 x float>*
  store <8 x float> %1591, <8 x float>* %1593, align 4
  %1594 = mul i64 %115, 2
  %1595 = add i64 %1594, %118
  %1596 = add i64 %1595, 1
  %1597 = mul i64 %1596, 10
  %1598 = add i64 %1597, %112
  %1599 = mul i64 %1598, 10
  %1600 = add i64 %1599, 48
  %1601 = mul i64 %1600, 8
  %1602 = load <8 x float>, <8 x float>* %9, align 32
  %1603 = fcmp ogt <8 x float> %1602, zeroinitializer
  %1604 = select <8 x i1> %1603, <8 x float> %1602, <8 x float> zeroinitializer
  %1605 = getelementptr inbounds float, float* %0, i64 %1601
  %1606 = bitcast float* %1605 to <8 x float>*
  store <8 x float> %1604, <8 x float>* %1606, align 4
  %1607 = add i64 %1599, 49
  %1608 = mul i64 %1607, 8
  %1609 = load <8 x float>, <8 x float>* %8, align 32
  %1610 = fcmp ogt <8 x float> %1609, zeroinitializer
  %1611 = select <8 x i1> %1610, <8 x float> %1609, <8 x float> zeroinitializer
  %1612 = getelementptr inbounds float, float* %0, i64 %1608
  %1613 = bitcast float* %1612 to <8 x float>*
  store <8 x float> %1611, <8 x float>* %1613, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header157:                                     ; preds = %kw.exit163, %u.body154
  %kh160 = phi i64 [ 0, %u.body154 ], [ %kh.next168, %kw.exit163 ]
  %1614 = icmp slt i64 %kh160, 5
  br i1 %1614, label %kh.body158, label %kh.exit159

kh.body158:                                       ; preds = %kh.header157
  %1615 = mul i64 %kh160, 14
  %1616 = add i64 %1571, %1615
  br label %kw.header161

kh.exit159:                                       ; preds = %kh.header157
  %u.next169 = add i64 %u156, 1
  br label %u.header153

kw.header161:                                     ; preds = %kw.body162, %kh.body158
  %kw164 = phi i64 [ 0, %kh.body158 ], [ %kw.next167, %kw.body162 ]
  %1617 = icmp slt i64 %kw164, 5
  br i1 %1617, label %kw.body162, label %kw.exit163

kw.body162:                                       ; preds = %kw.header161
  %1618 = mul i64 %kw164, 1
  %1619 = add i64 %1616, %1618
  %1620 = mul i64 %kh160, 5
  %1621 = add i64 %1620, %kw164
  %1622 = mul i64 %1621, 8
  %1623 = add i64 %1573, %1622
  %1624 = add i64 %1623, 0
  %1625 = getelementptr inbounds float, float* %4, i64 %1624
  %1626 = bitcast float* %1625 to <8 x float>*
  %1627 = load <8 x float>, <8 x float>* %1626, align 4
  %1628 = add i64 %1623, 1200
  %1629 = getelementptr inbounds float, float* %4, i64 %1628
  %1630 = bitcast float* %1629 to <8 x float>*
  %1631 = load <8 x float>, <8 x float>* %1630, align 4
  %1632 = add i64 %1619, 64
  %1633 = getelementptr inbounds float, float* %1, i64 %1632
  %1634 = load float, float* %1633, align 4
  %1635 = insertelement <8 x float> undef, float %1634, i32 0
  %splat165 = shufflevector <8 x float> %1635, <8 x float> undef, <8 x i32> zeroinitializer
  %1636 = load <8 x float>, <8 x float>* %11, align 32
  %1637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1627, <8 x float> %1636)
  store <8 x float> %1637, <8 x float>* %11, align 32
  %1638 = load <8 x float>, <8 x float>* %9, align 32
  %1639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1631, <8 x float> %1638)
  store <8 x float> %1639, <8 x float>* %9, align 32
  %1640 = add i64 %1619, 65
  %1641 = getelementptr inbounds float, float* %1, i64 %1640
  %1642 = load float, float* %1641, align 4
  %1643 = insertelement <8 x float> undef, float %1642, i32 0
  %splat166 = shufflevector <8 x float> %1643, <8 x float> undef, <8 x i32> zeroinitializer
  %1644 = load <8 x float>, <8 x float>* %10, align 32
  %1645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1627, <8 x float> %1644)
  store <8 x float> %1645, <8 x float>* %10, align 32
  %1646 = load <8 x float>, <8 x float>* %8, align 32
  %1647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1631, <8 x float> %1646)
  store <8 x float> %1647, <8 x float>* %8, align 32
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
  %25 = add i64 2, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 2
  %29 = select i1 %28, i64 %27, i64 2
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 2
  %32 = select i1 %31, i64 %30, i64 2
  call void @node2.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
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
define internal void @node6.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = mul i64 %16, 1
  %19 = mul i64 %17, 32
  %20 = mul i64 %17, 12800
  %21 = icmp eq i64 %17, 3
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = add i64 %19, 0
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  store <8 x float> %25, <8 x float>* %14, align 32
  %26 = add i64 %19, 8
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  store <8 x float> %29, <8 x float>* %13, align 32
  %30 = add i64 %19, 16
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %33, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %34 = add i64 %19, 0
  %35 = getelementptr inbounds float, float* %5, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  store <8 x float> %37, <8 x float>* %11, align 32
  %38 = add i64 %19, 8
  %39 = getelementptr inbounds float, float* %5, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  store <8 x float> %41, <8 x float>* %10, align 32
  %42 = add i64 %19, 16
  %43 = getelementptr inbounds float, float* %5, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  store <8 x float> %45, <8 x float>* %9, align 32
  %46 = add i64 %19, 24
  %47 = getelementptr inbounds float, float* %5, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %49, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %50 = icmp slt i64 %k, 400
  br i1 %50, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %51 = mul i64 %k, 24
  %52 = add i64 %20, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %4, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %4, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %4, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %18, 0
  %66 = mul i64 %65, 400
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %14, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %14, align 32
  %73 = load <8 x float>, <8 x float>* %13, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = load <8 x float>, <8 x float>* %12, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %77 = add i64 %18, 0
  %78 = add i64 %19, 0
  %79 = load <8 x float>, <8 x float>* %14, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = mul i64 %77, 120
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = add i64 %18, 0
  %87 = add i64 %19, 8
  %88 = load <8 x float>, <8 x float>* %13, align 32
  %89 = fcmp ogt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> %88, <8 x float> zeroinitializer
  %91 = mul i64 %86, 120
  %92 = add i64 %91, %87
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = add i64 %18, 0
  %96 = add i64 %19, 16
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = mul i64 %95, 120
  %101 = add i64 %100, %96
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %99, <8 x float>* %103, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %104 = icmp slt i64 %k4, 400
  br i1 %104, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %105 = mul i64 %k4, 32
  %106 = add i64 %20, %105
  %107 = add i64 %106, 0
  %108 = getelementptr inbounds float, float* %4, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %106, 8
  %112 = getelementptr inbounds float, float* %4, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %106, 16
  %116 = getelementptr inbounds float, float* %4, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %106, 24
  %120 = getelementptr inbounds float, float* %4, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %18, 0
  %124 = mul i64 %123, 400
  %125 = add i64 %124, %k4
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = load float, float* %126, align 4
  %128 = insertelement <8 x float> undef, float %127, i32 0
  %splat5 = shufflevector <8 x float> %128, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, <8 x float>* %11, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %110, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %11, align 32
  %131 = load <8 x float>, <8 x float>* %10, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %114, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %10, align 32
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %118, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %9, align 32
  %135 = load <8 x float>, <8 x float>* %8, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %122, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %137 = add i64 %18, 0
  %138 = add i64 %19, 0
  %139 = load <8 x float>, <8 x float>* %11, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = mul i64 %137, 120
  %143 = add i64 %142, %138
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %141, <8 x float>* %145, align 4
  %146 = add i64 %18, 0
  %147 = add i64 %19, 8
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %146, 120
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %150, <8 x float>* %154, align 4
  %155 = add i64 %18, 0
  %156 = add i64 %19, 16
  %157 = load <8 x float>, <8 x float>* %9, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = mul i64 %155, 120
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %159, <8 x float>* %163, align 4
  %164 = add i64 %18, 0
  %165 = add i64 %19, 24
  %166 = load <8 x float>, <8 x float>* %8, align 32
  %167 = fcmp ogt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> %166, <8 x float> zeroinitializer
  %169 = mul i64 %164, 120
  %170 = add i64 %169, %165
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %168, <8 x float>* %172, align 4
  br label %endif
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
  call void @node6.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = mul i64 %16, 1
  %19 = mul i64 %17, 32
  %20 = mul i64 %17, 3840
  %21 = icmp eq i64 %17, 2
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = add i64 %19, 0
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  store <8 x float> %25, <8 x float>* %14, align 32
  %26 = add i64 %19, 8
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  store <8 x float> %29, <8 x float>* %13, align 32
  %30 = add i64 %19, 16
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %32, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %33, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %34 = add i64 %19, 0
  %35 = getelementptr inbounds float, float* %5, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  store <8 x float> %37, <8 x float>* %11, align 32
  %38 = add i64 %19, 8
  %39 = getelementptr inbounds float, float* %5, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  store <8 x float> %41, <8 x float>* %10, align 32
  %42 = add i64 %19, 16
  %43 = getelementptr inbounds float, float* %5, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  store <8 x float> %45, <8 x float>* %9, align 32
  %46 = add i64 %19, 24
  %47 = getelementptr inbounds float, float* %5, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %49, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %50 = icmp slt i64 %k, 120
  br i1 %50, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %51 = mul i64 %k, 24
  %52 = add i64 %20, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %4, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %4, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %4, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %18, 0
  %66 = mul i64 %65, 120
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %14, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %14, align 32
  %73 = load <8 x float>, <8 x float>* %13, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = load <8 x float>, <8 x float>* %12, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %77 = add i64 %18, 0
  %78 = add i64 %19, 0
  %79 = load <8 x float>, <8 x float>* %14, align 32
  %80 = fcmp ogt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> %79, <8 x float> zeroinitializer
  %82 = mul i64 %77, 84
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = add i64 %18, 0
  %87 = add i64 %19, 8
  %88 = load <8 x float>, <8 x float>* %13, align 32
  %89 = fcmp ogt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> %88, <8 x float> zeroinitializer
  %91 = mul i64 %86, 84
  %92 = add i64 %91, %87
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = add i64 %18, 0
  %96 = add i64 %19, 16
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp ogt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> %97, <8 x float> zeroinitializer
  %100 = mul i64 %95, 84
  %101 = add i64 %100, %96
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %99, <8 x float>* %103, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %104 = icmp slt i64 %k4, 120
  br i1 %104, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %105 = mul i64 %k4, 32
  %106 = add i64 %20, %105
  %107 = add i64 %106, 0
  %108 = getelementptr inbounds float, float* %4, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %106, 8
  %112 = getelementptr inbounds float, float* %4, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %106, 16
  %116 = getelementptr inbounds float, float* %4, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %106, 24
  %120 = getelementptr inbounds float, float* %4, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %18, 0
  %124 = mul i64 %123, 120
  %125 = add i64 %124, %k4
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = load float, float* %126, align 4
  %128 = insertelement <8 x float> undef, float %127, i32 0
  %splat5 = shufflevector <8 x float> %128, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, <8 x float>* %11, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %110, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %11, align 32
  %131 = load <8 x float>, <8 x float>* %10, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %114, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %10, align 32
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %118, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %9, align 32
  %135 = load <8 x float>, <8 x float>* %8, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %122, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %137 = add i64 %18, 0
  %138 = add i64 %19, 0
  %139 = load <8 x float>, <8 x float>* %11, align 32
  %140 = fcmp ogt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> %139, <8 x float> zeroinitializer
  %142 = mul i64 %137, 84
  %143 = add i64 %142, %138
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %141, <8 x float>* %145, align 4
  %146 = add i64 %18, 0
  %147 = add i64 %19, 8
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %146, 84
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %150, <8 x float>* %154, align 4
  %155 = add i64 %18, 0
  %156 = add i64 %19, 16
  %157 = load <8 x float>, <8 x float>* %9, align 32
  %158 = fcmp ogt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> %157, <8 x float> zeroinitializer
  %160 = mul i64 %155, 84
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %159, <8 x float>* %163, align 4
  %164 = add i64 %18, 0
  %165 = add i64 %19, 24
  %166 = load <8 x float>, <8 x float>* %8, align 32
  %167 = fcmp ogt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> %166, <8 x float> zeroinitializer
  %169 = mul i64 %164, 84
  %170 = add i64 %169, %165
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %168, <8 x float>* %172, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

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
  %25 = add i64 3, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 3
  %29 = select i1 %28, i64 %27, i64 3
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 3
  %32 = select i1 %31, i64 %30, i64 3
  call void @node7.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %17 = mul i64 %14, 1344
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
  %35 = icmp slt i64 %k, 84
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
  %47 = mul i64 %46, 84
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
  %70 = icmp slt i64 %k4, 84
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
  %82 = mul i64 %81, 84
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
  call void @node8.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
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
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %22, align 8
  %23 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %23, i32 0, i32 0)
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 18816
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %24, i8** %26, align 8
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %25, i8** %27, align 8
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %29, align 8
  %30 = bitcast [6 x i8*]* %args to i8*
  call void @node1.maxPool2d_1.step0(i8* %30)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 18816
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %31, i8** %33, align 8
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %36, align 8
  %37 = bitcast [6 x i8*]* %args to i8*
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9600 x i8], [9600 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([64 x i8], [64 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %39, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step0, i8* %37, i32 0, i32 0)
  %40 = getelementptr inbounds i8, i8* %workspace7, i64 6400
  %41 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %40, i8** %42, align 8
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %41, i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %45, align 8
  %46 = bitcast [6 x i8*]* %args to i8*
  call void @node3.maxPool2d_2.step0(i8* %46)
  %47 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %48 = getelementptr inbounds i8, i8* %workspace7, i64 6400
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %47, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %48, i8** %50, align 8
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %52, align 8
  %53 = bitcast [6 x i8*]* %args to i8*
  call void @node4.maxPool2d_2.nchw.step0(i8* %53)
  %54 = getelementptr inbounds i8, i8* %workspace7, i64 1600
  %55 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %54, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %55, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %59, align 8
  %60 = bitcast [6 x i8*]* %args to i8*
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([192000 x i8], [192000 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([480 x i8], [480 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %62, align 8
  call void @node6.dense_1.step0(i8* %60)
  %63 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %64 = getelementptr inbounds i8, i8* %workspace7, i64 1600
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %68, align 8
  %69 = bitcast [6 x i8*]* %args to i8*
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([42240 x i8], [42240 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %70, align 8
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([336 x i8], [336 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %71, align 8
  call void @node7.dense_2.step0(i8* %69)
  %72 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %76, align 8
  %77 = bitcast [6 x i8*]* %args to i8*
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([5376 x i8], [5376 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %79, align 8
  call void @node8.dense_3.step0(i8* %77)
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %80, align 8
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %83, align 8
  %84 = bitcast [6 x i8*]* %args to i8*
  call void @node9.dense_3.softmax.step0(i8* %84)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @lenet_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @lenet_workspace_size() #5 {
entry:
  ret i64 23615
}

; Function Attrs: nounwind
define i32 @lenet_infer(i8* %0, i8* %1, i8* %2) #5 {
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
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #5 = { nounwind }

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
