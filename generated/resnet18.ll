; resnet18: LLVM IR emitted by dlc 0.1.0 with LLVM 14, before optimization.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'resnet18'
source_filename = "resnet18"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.weight = external constant [37632 x i8], align 64
@weight.batchNorm_1.scale = external constant [256 x i8], align 64
@weight.batchNorm_1.shift = external constant [256 x i8], align 64
@weight.conv2d_2.weight = external constant [147456 x i8], align 64
@weight.batchNorm_2.scale = external constant [256 x i8], align 64
@weight.batchNorm_2.shift = external constant [256 x i8], align 64
@weight.conv2d_3.weight = external constant [147456 x i8], align 64
@weight.batchNorm_3.scale = external constant [256 x i8], align 64
@weight.batchNorm_3.shift = external constant [256 x i8], align 64
@weight.conv2d_4.weight = external constant [147456 x i8], align 64
@weight.batchNorm_4.scale = external constant [256 x i8], align 64
@weight.batchNorm_4.shift = external constant [256 x i8], align 64
@weight.conv2d_5.weight = external constant [147456 x i8], align 64
@weight.batchNorm_5.scale = external constant [256 x i8], align 64
@weight.batchNorm_5.shift = external constant [256 x i8], align 64
@weight.conv2d_6.weight = external constant [294912 x i8], align 64
@weight.batchNorm_6.scale = external constant [512 x i8], align 64
@weight.batchNorm_6.shift = external constant [512 x i8], align 64
@weight.conv2d_7.weight = external constant [589824 x i8], align 64
@weight.batchNorm_7.scale = external constant [512 x i8], align 64
@weight.batchNorm_7.shift = external constant [512 x i8], align 64
@weight.conv2d_8.weight = external constant [32768 x i8], align 64
@weight.batchNorm_8.scale = external constant [512 x i8], align 64
@weight.batchNorm_8.shift = external constant [512 x i8], align 64
@weight.conv2d_9.weight = external constant [589824 x i8], align 64
@weight.batchNorm_9.scale = external constant [512 x i8], align 64
@weight.batchNorm_9.shift = external constant [512 x i8], align 64
@weight.conv2d_10.weight = external constant [589824 x i8], align 64
@weight.batchNorm_10.scale = external constant [512 x i8], align 64
@weight.batchNorm_10.shift = external constant [512 x i8], align 64
@weight.conv2d_11.weight = external constant [1179648 x i8], align 64
@weight.batchNorm_11.scale = external constant [1024 x i8], align 64
@weight.batchNorm_11.shift = external constant [1024 x i8], align 64
@weight.conv2d_12.weight = external constant [2359296 x i8], align 64
@weight.batchNorm_12.scale = external constant [1024 x i8], align 64
@weight.batchNorm_12.shift = external constant [1024 x i8], align 64
@weight.conv2d_13.weight = external constant [131072 x i8], align 64
@weight.batchNorm_13.scale = external constant [1024 x i8], align 64
@weight.batchNorm_13.shift = external constant [1024 x i8], align 64
@weight.conv2d_14.weight = external constant [2359296 x i8], align 64
@weight.batchNorm_14.scale = external constant [1024 x i8], align 64
@weight.batchNorm_14.shift = external constant [1024 x i8], align 64
@weight.conv2d_15.weight = external constant [2359296 x i8], align 64
@weight.batchNorm_15.scale = external constant [1024 x i8], align 64
@weight.batchNorm_15.shift = external constant [1024 x i8], align 64
@weight.conv2d_16.weight = external constant [4718592 x i8], align 64
@weight.batchNorm_16.scale = external constant [2048 x i8], align 64
@weight.batchNorm_16.shift = external constant [2048 x i8], align 64
@weight.conv2d_17.weight = external constant [9437184 x i8], align 64
@weight.batchNorm_17.scale = external constant [2048 x i8], align 64
@weight.batchNorm_17.shift = external constant [2048 x i8], align 64
@weight.conv2d_18.weight = external constant [524288 x i8], align 64
@weight.batchNorm_18.scale = external constant [2048 x i8], align 64
@weight.batchNorm_18.shift = external constant [2048 x i8], align 64
@weight.conv2d_19.weight = external constant [9437184 x i8], align 64
@weight.batchNorm_19.scale = external constant [2048 x i8], align 64
@weight.batchNorm_19.shift = external constant [2048 x i8], align 64
@weight.conv2d_20.weight = external constant [9437184 x i8], align 64
@weight.batchNorm_20.scale = external constant [2048 x i8], align 64
@weight.batchNorm_20.shift = external constant [2048 x i8], align 64
@weight.fc.weight = external constant [2048000 x i8], align 64
@weight.fc.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [9 x i8] c"resnet18\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([9 x i8], [9 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 6422591, i64 1816557056 }

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
  br label %task.header

task.header:                                      ; preds = %xs.exit23, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit23 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 16
  %28 = sdiv i64 %task, 16
  %29 = srem i64 %28, 112
  %30 = sdiv i64 %task, 1792
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 64
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 3
  %37 = mul i64 %31, 3
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 50176
  %40 = mul i64 %29, 2
  %41 = sub i64 %40, 3
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 2, %task.body ], [ %x.next, %c.exit ]
  %42 = icmp slt i64 %x, 98
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %43 = icmp slt i64 %c, 3
  br i1 %43, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %44 = mul i64 %c, 50176
  %45 = add i64 %39, %44
  br label %i.header

c.exit:                                           ; preds = %c.header
  %46 = load <8 x float>, <8 x float>* %25, align 32
  %47 = add i64 %x, 0
  %48 = mul i64 %32, 64
  %49 = add i64 %35, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 112
  %52 = add i64 %51, %29
  %53 = mul i64 %52, 112
  %54 = add i64 %53, %47
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  store <8 x float> %46, <8 x float>* %56, align 4
  %57 = load <8 x float>, <8 x float>* %24, align 32
  %58 = add i64 %x, 8
  %59 = mul i64 %32, 64
  %60 = add i64 %35, 0
  %61 = add i64 %59, %60
  %62 = mul i64 %61, 112
  %63 = add i64 %62, %29
  %64 = mul i64 %63, 112
  %65 = add i64 %64, %58
  %66 = getelementptr inbounds float, float* %0, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  store <8 x float> %57, <8 x float>* %67, align 4
  %68 = load <8 x float>, <8 x float>* %23, align 32
  %69 = add i64 %x, 16
  %70 = mul i64 %32, 64
  %71 = add i64 %35, 0
  %72 = add i64 %70, %71
  %73 = mul i64 %72, 112
  %74 = add i64 %73, %29
  %75 = mul i64 %74, 112
  %76 = add i64 %75, %69
  %77 = getelementptr inbounds float, float* %0, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  store <8 x float> %68, <8 x float>* %78, align 4
  %79 = load <8 x float>, <8 x float>* %22, align 32
  %80 = add i64 %x, 0
  %81 = mul i64 %32, 64
  %82 = add i64 %35, 1
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 112
  %85 = add i64 %84, %29
  %86 = mul i64 %85, 112
  %87 = add i64 %86, %80
  %88 = getelementptr inbounds float, float* %0, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %79, <8 x float>* %89, align 4
  %90 = load <8 x float>, <8 x float>* %21, align 32
  %91 = add i64 %x, 8
  %92 = mul i64 %32, 64
  %93 = add i64 %35, 1
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 112
  %96 = add i64 %95, %29
  %97 = mul i64 %96, 112
  %98 = add i64 %97, %91
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %90, <8 x float>* %100, align 4
  %101 = load <8 x float>, <8 x float>* %20, align 32
  %102 = add i64 %x, 16
  %103 = mul i64 %32, 64
  %104 = add i64 %35, 1
  %105 = add i64 %103, %104
  %106 = mul i64 %105, 112
  %107 = add i64 %106, %29
  %108 = mul i64 %107, 112
  %109 = add i64 %108, %102
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %101, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %19, align 32
  %113 = add i64 %x, 0
  %114 = mul i64 %32, 64
  %115 = add i64 %35, 2
  %116 = add i64 %114, %115
  %117 = mul i64 %116, 112
  %118 = add i64 %117, %29
  %119 = mul i64 %118, 112
  %120 = add i64 %119, %113
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %112, <8 x float>* %122, align 4
  %123 = load <8 x float>, <8 x float>* %18, align 32
  %124 = add i64 %x, 8
  %125 = mul i64 %32, 64
  %126 = add i64 %35, 2
  %127 = add i64 %125, %126
  %128 = mul i64 %127, 112
  %129 = add i64 %128, %29
  %130 = mul i64 %129, 112
  %131 = add i64 %130, %124
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %123, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %17, align 32
  %135 = add i64 %x, 16
  %136 = mul i64 %32, 64
  %137 = add i64 %35, 2
  %138 = add i64 %136, %137
  %139 = mul i64 %138, 112
  %140 = add i64 %139, %29
  %141 = mul i64 %140, 112
  %142 = add i64 %141, %135
  %143 = getelementptr inbounds float, float* %0, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %134, <8 x float>* %144, align 4
  %145 = load <8 x float>, <8 x float>* %16, align 32
  %146 = add i64 %x, 0
  %147 = mul i64 %32, 64
  %148 = add i64 %35, 3
  %149 = add i64 %147, %148
  %150 = mul i64 %149, 112
  %151 = add i64 %150, %29
  %152 = mul i64 %151, 112
  %153 = add i64 %152, %146
  %154 = getelementptr inbounds float, float* %0, i64 %153
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %145, <8 x float>* %155, align 4
  %156 = load <8 x float>, <8 x float>* %15, align 32
  %157 = add i64 %x, 8
  %158 = mul i64 %32, 64
  %159 = add i64 %35, 3
  %160 = add i64 %158, %159
  %161 = mul i64 %160, 112
  %162 = add i64 %161, %29
  %163 = mul i64 %162, 112
  %164 = add i64 %163, %157
  %165 = getelementptr inbounds float, float* %0, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %156, <8 x float>* %166, align 4
  %167 = load <8 x float>, <8 x float>* %14, align 32
  %168 = add i64 %x, 16
  %169 = mul i64 %32, 64
  %170 = add i64 %35, 3
  %171 = add i64 %169, %170
  %172 = mul i64 %171, 112
  %173 = add i64 %172, %29
  %174 = mul i64 %173, 112
  %175 = add i64 %174, %168
  %176 = getelementptr inbounds float, float* %0, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %167, <8 x float>* %177, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %178 = icmp slt i64 %i, 7
  br i1 %178, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %179 = mul i64 %i, 1
  %180 = add i64 %41, %179
  %181 = icmp sge i64 %180, 0
  %182 = icmp slt i64 %180, 224
  %183 = and i1 %181, %182
  br i1 %183, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %184 = mul i64 %180, 224
  %185 = add i64 %45, %184
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %186 = icmp slt i64 %j, 7
  br i1 %186, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %187 = mul i64 %x, 2
  %188 = mul i64 %j, 1
  %189 = add i64 %187, %188
  %190 = sub i64 %189, 3
  %191 = add i64 %185, %190
  %192 = add i64 %191, 0
  %193 = getelementptr inbounds float, float* %1, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = add i64 %192, 8
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = shufflevector <8 x float> %195, <8 x float> %199, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %201 = add i64 %191, 16
  %202 = getelementptr inbounds float, float* %1, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = add i64 %201, 8
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = shufflevector <8 x float> %204, <8 x float> %208, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %210 = add i64 %191, 32
  %211 = getelementptr inbounds float, float* %1, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  %213 = load <8 x float>, <8 x float>* %212, align 4
  %214 = add i64 %210, 8
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = shufflevector <8 x float> %213, <8 x float> %217, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %219 = mul i64 %i, 7
  %220 = add i64 %219, %j
  %221 = add i64 %35, 0
  %222 = mul i64 %221, 3
  %223 = add i64 %222, %c
  %224 = mul i64 %223, 49
  %225 = add i64 %224, %220
  %226 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %225
  %227 = load float, float* %226, align 4
  %228 = insertelement <8 x float> undef, float %227, i32 0
  %splat = shufflevector <8 x float> %228, <8 x float> undef, <8 x i32> zeroinitializer
  %229 = load <8 x float>, <8 x float>* %25, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %200, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %25, align 32
  %231 = load <8 x float>, <8 x float>* %24, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %209, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %24, align 32
  %233 = load <8 x float>, <8 x float>* %23, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %218, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %23, align 32
  %235 = mul i64 %i, 7
  %236 = add i64 %235, %j
  %237 = add i64 %35, 1
  %238 = mul i64 %237, 3
  %239 = add i64 %238, %c
  %240 = mul i64 %239, 49
  %241 = add i64 %240, %236
  %242 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat1 = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %22, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %200, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %22, align 32
  %247 = load <8 x float>, <8 x float>* %21, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %209, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %21, align 32
  %249 = load <8 x float>, <8 x float>* %20, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %218, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %20, align 32
  %251 = mul i64 %i, 7
  %252 = add i64 %251, %j
  %253 = add i64 %35, 2
  %254 = mul i64 %253, 3
  %255 = add i64 %254, %c
  %256 = mul i64 %255, 49
  %257 = add i64 %256, %252
  %258 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %257
  %259 = load float, float* %258, align 4
  %260 = insertelement <8 x float> undef, float %259, i32 0
  %splat2 = shufflevector <8 x float> %260, <8 x float> undef, <8 x i32> zeroinitializer
  %261 = load <8 x float>, <8 x float>* %19, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %200, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %19, align 32
  %263 = load <8 x float>, <8 x float>* %18, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %209, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %18, align 32
  %265 = load <8 x float>, <8 x float>* %17, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %218, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %17, align 32
  %267 = mul i64 %i, 7
  %268 = add i64 %267, %j
  %269 = add i64 %35, 3
  %270 = mul i64 %269, 3
  %271 = add i64 %270, %c
  %272 = mul i64 %271, 49
  %273 = add i64 %272, %268
  %274 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %273
  %275 = load float, float* %274, align 4
  %276 = insertelement <8 x float> undef, float %275, i32 0
  %splat3 = shufflevector <8 x float> %276, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = load <8 x float>, <8 x float>* %16, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %200, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %16, align 32
  %279 = load <8 x float>, <8 x float>* %15, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %209, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %15, align 32
  %281 = load <8 x float>, <8 x float>* %14, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %218, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %x.exit
  %xs = phi i64 [ 0, %x.exit ], [ %xs.next, %c.exit6 ]
  %283 = icmp slt i64 %xs, 2
  br i1 %283, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  br label %xs.header21

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %284 = icmp slt i64 %c7, 3
  br i1 %284, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %285 = mul i64 %c7, 50176
  %286 = add i64 %39, %285
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %287 = load float, float* %13, align 4
  %288 = mul i64 %32, 64
  %289 = add i64 %35, 0
  %290 = add i64 %288, %289
  %291 = mul i64 %290, 112
  %292 = add i64 %291, %29
  %293 = mul i64 %292, 112
  %294 = add i64 %293, %xs
  %295 = getelementptr inbounds float, float* %0, i64 %294
  store float %287, float* %295, align 4
  %296 = load float, float* %12, align 4
  %297 = mul i64 %32, 64
  %298 = add i64 %35, 1
  %299 = add i64 %297, %298
  %300 = mul i64 %299, 112
  %301 = add i64 %300, %29
  %302 = mul i64 %301, 112
  %303 = add i64 %302, %xs
  %304 = getelementptr inbounds float, float* %0, i64 %303
  store float %296, float* %304, align 4
  %305 = load float, float* %11, align 4
  %306 = mul i64 %32, 64
  %307 = add i64 %35, 2
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 112
  %310 = add i64 %309, %29
  %311 = mul i64 %310, 112
  %312 = add i64 %311, %xs
  %313 = getelementptr inbounds float, float* %0, i64 %312
  store float %305, float* %313, align 4
  %314 = load float, float* %10, align 4
  %315 = mul i64 %32, 64
  %316 = add i64 %35, 3
  %317 = add i64 %315, %316
  %318 = mul i64 %317, 112
  %319 = add i64 %318, %29
  %320 = mul i64 %319, 112
  %321 = add i64 %320, %xs
  %322 = getelementptr inbounds float, float* %0, i64 %321
  store float %314, float* %322, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %323 = icmp slt i64 %i11, 7
  br i1 %323, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %324 = mul i64 %i11, 1
  %325 = add i64 %41, %324
  %326 = icmp sge i64 %325, 0
  %327 = icmp slt i64 %325, 224
  %328 = and i1 %326, %327
  br i1 %328, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %329 = mul i64 %325, 224
  %330 = add i64 %286, %329
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %331 = icmp slt i64 %j17, 7
  br i1 %331, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %332 = mul i64 %xs, 2
  %333 = mul i64 %j17, 1
  %334 = add i64 %332, %333
  %335 = sub i64 %334, 3
  %336 = icmp sge i64 %335, 0
  %337 = icmp slt i64 %335, 224
  %338 = and i1 %336, %337
  %339 = icmp sgt i64 %335, 0
  %340 = select i1 %339, i64 %335, i64 0
  %341 = icmp slt i64 %340, 223
  %342 = select i1 %341, i64 %340, i64 223
  %343 = add i64 %330, %342
  %344 = getelementptr inbounds float, float* %1, i64 %343
  %345 = load float, float* %344, align 4
  %346 = select i1 %338, float %345, float 0.000000e+00
  %347 = mul i64 %i11, 7
  %348 = add i64 %347, %j17
  %349 = add i64 %35, 0
  %350 = mul i64 %349, 3
  %351 = add i64 %350, %c7
  %352 = mul i64 %351, 49
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %13, align 4
  %357 = call float @llvm.fma.f32(float %355, float %346, float %356)
  store float %357, float* %13, align 4
  %358 = mul i64 %i11, 7
  %359 = add i64 %358, %j17
  %360 = add i64 %35, 1
  %361 = mul i64 %360, 3
  %362 = add i64 %361, %c7
  %363 = mul i64 %362, 49
  %364 = add i64 %363, %359
  %365 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %364
  %366 = load float, float* %365, align 4
  %367 = load float, float* %12, align 4
  %368 = call float @llvm.fma.f32(float %366, float %346, float %367)
  store float %368, float* %12, align 4
  %369 = mul i64 %i11, 7
  %370 = add i64 %369, %j17
  %371 = add i64 %35, 2
  %372 = mul i64 %371, 3
  %373 = add i64 %372, %c7
  %374 = mul i64 %373, 49
  %375 = add i64 %374, %370
  %376 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %375
  %377 = load float, float* %376, align 4
  %378 = load float, float* %11, align 4
  %379 = call float @llvm.fma.f32(float %377, float %346, float %378)
  store float %379, float* %11, align 4
  %380 = mul i64 %i11, 7
  %381 = add i64 %380, %j17
  %382 = add i64 %35, 3
  %383 = mul i64 %382, 3
  %384 = add i64 %383, %c7
  %385 = mul i64 %384, 49
  %386 = add i64 %385, %381
  %387 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %386
  %388 = load float, float* %387, align 4
  %389 = load float, float* %10, align 4
  %390 = call float @llvm.fma.f32(float %388, float %346, float %389)
  store float %390, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 98, %xs.exit ], [ %xs.next42, %c.exit27 ]
  %391 = icmp slt i64 %xs24, 112
  br i1 %391, label %xs.body22, label %xs.exit23

xs.body22:                                        ; preds = %xs.header21
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header25

xs.exit23:                                        ; preds = %xs.header21
  %task.next = add i64 %task, 1
  br label %task.header

c.header25:                                       ; preds = %i.exit31, %xs.body22
  %c28 = phi i64 [ 0, %xs.body22 ], [ %c.next41, %i.exit31 ]
  %392 = icmp slt i64 %c28, 3
  br i1 %392, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %393 = mul i64 %c28, 50176
  %394 = add i64 %39, %393
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %395 = load float, float* %9, align 4
  %396 = mul i64 %32, 64
  %397 = add i64 %35, 0
  %398 = add i64 %396, %397
  %399 = mul i64 %398, 112
  %400 = add i64 %399, %29
  %401 = mul i64 %400, 112
  %402 = add i64 %401, %xs24
  %403 = getelementptr inbounds float, float* %0, i64 %402
  store float %395, float* %403, align 4
  %404 = load float, float* %8, align 4
  %405 = mul i64 %32, 64
  %406 = add i64 %35, 1
  %407 = add i64 %405, %406
  %408 = mul i64 %407, 112
  %409 = add i64 %408, %29
  %410 = mul i64 %409, 112
  %411 = add i64 %410, %xs24
  %412 = getelementptr inbounds float, float* %0, i64 %411
  store float %404, float* %412, align 4
  %413 = load float, float* %7, align 4
  %414 = mul i64 %32, 64
  %415 = add i64 %35, 2
  %416 = add i64 %414, %415
  %417 = mul i64 %416, 112
  %418 = add i64 %417, %29
  %419 = mul i64 %418, 112
  %420 = add i64 %419, %xs24
  %421 = getelementptr inbounds float, float* %0, i64 %420
  store float %413, float* %421, align 4
  %422 = load float, float* %6, align 4
  %423 = mul i64 %32, 64
  %424 = add i64 %35, 3
  %425 = add i64 %423, %424
  %426 = mul i64 %425, 112
  %427 = add i64 %426, %29
  %428 = mul i64 %427, 112
  %429 = add i64 %428, %xs24
  %430 = getelementptr inbounds float, float* %0, i64 %429
  store float %422, float* %430, align 4
  %xs.next42 = add i64 %xs24, 1
  br label %xs.header21

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %431 = icmp slt i64 %i32, 7
  br i1 %431, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %432 = mul i64 %i32, 1
  %433 = add i64 %41, %432
  %434 = icmp sge i64 %433, 0
  %435 = icmp slt i64 %433, 224
  %436 = and i1 %434, %435
  br i1 %436, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %437 = mul i64 %433, 224
  %438 = add i64 %394, %437
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %439 = icmp slt i64 %j38, 7
  br i1 %439, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %440 = mul i64 %xs24, 2
  %441 = mul i64 %j38, 1
  %442 = add i64 %440, %441
  %443 = sub i64 %442, 3
  %444 = icmp sge i64 %443, 0
  %445 = icmp slt i64 %443, 224
  %446 = and i1 %444, %445
  %447 = icmp sgt i64 %443, 0
  %448 = select i1 %447, i64 %443, i64 0
  %449 = icmp slt i64 %448, 223
  %450 = select i1 %449, i64 %448, i64 223
  %451 = add i64 %438, %450
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = select i1 %446, float %453, float 0.000000e+00
  %455 = mul i64 %i32, 7
  %456 = add i64 %455, %j38
  %457 = add i64 %35, 0
  %458 = mul i64 %457, 3
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 49
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %9, align 4
  %465 = call float @llvm.fma.f32(float %463, float %454, float %464)
  store float %465, float* %9, align 4
  %466 = mul i64 %i32, 7
  %467 = add i64 %466, %j38
  %468 = add i64 %35, 1
  %469 = mul i64 %468, 3
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 49
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %8, align 4
  %476 = call float @llvm.fma.f32(float %474, float %454, float %475)
  store float %476, float* %8, align 4
  %477 = mul i64 %i32, 7
  %478 = add i64 %477, %j38
  %479 = add i64 %35, 2
  %480 = mul i64 %479, 3
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 49
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %7, align 4
  %487 = call float @llvm.fma.f32(float %485, float %454, float %486)
  store float %487, float* %7, align 4
  %488 = mul i64 %i32, 7
  %489 = add i64 %488, %j38
  %490 = add i64 %35, 3
  %491 = mul i64 %490, 3
  %492 = add i64 %491, %c28
  %493 = mul i64 %492, 49
  %494 = add i64 %493, %489
  %495 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %494
  %496 = load float, float* %495, align 4
  %497 = load float, float* %6, align 4
  %498 = call float @llvm.fma.f32(float %496, float %454, float %497)
  store float %498, float* %6, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34
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
  %19 = add i64 1792, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1792
  %23 = select i1 %22, i64 %21, i64 1792
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1792
  %26 = select i1 %25, i64 %24, i64 1792
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.batchNorm_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 64
  %8 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_1.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_1.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 12544
  %13 = add i64 %12, 12544
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node1.batchNorm_1.step0(i8* %0) #2 {
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
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
  call void @node1.batchNorm_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.relu_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 802816
  %10 = select i1 %9, i64 %8, i64 802816
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node2.relu_1.step0(i8* %0) #2 {
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
  %19 = add i64 49, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 49
  %23 = select i1 %22, i64 %21, i64 49
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 49
  %26 = select i1 %25, i64 %24, i64 49
  call void @node2.relu_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %c.exit8, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %c.exit8 ]
  %9 = icmp slt i64 %task, %5
  br i1 %9, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %10 = sdiv i64 %task, 56
  %11 = srem i64 %task, 56
  %12 = mul i64 %10, 12544
  %13 = getelementptr inbounds float, float* %1, i64 %12
  %14 = mul i64 %10, 56
  %15 = add i64 %14, %11
  %16 = mul i64 %15, 56
  %17 = getelementptr inbounds float, float* %0, i64 %16
  %18 = mul i64 %11, 2
  %19 = sub i64 %18, 1
  %20 = icmp sgt i64 %19, 0
  %21 = select i1 %20, i64 %19, i64 0
  %22 = add i64 %19, 3
  %23 = icmp slt i64 %22, 112
  %24 = select i1 %23, i64 %22, i64 112
  %25 = add i64 %19, 3
  %26 = icmp slt i64 %25, 113
  %27 = select i1 %26, i64 %25, i64 113
  %28 = sub i64 %27, %19
  %29 = sub i64 %24, %21
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %r.exit ]
  %30 = icmp slt i64 %x, 49
  br i1 %30, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  br label %r.header

x.exit:                                           ; preds = %x.header
  br label %c.header

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %21, %x.body ], [ %r.next, %r.body ]
  %31 = icmp slt i64 %r, %24
  br i1 %31, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %32 = mul i64 %r, 112
  %33 = mul i64 %x, 2
  %34 = add i64 %32, %33
  %35 = sub i64 %34, 1
  %36 = load <8 x float>, <8 x float>* %8, align 32
  %37 = add i64 %35, 0
  %38 = getelementptr inbounds float, float* %13, i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %37, 8
  %42 = getelementptr inbounds float, float* %13, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  %45 = shufflevector <8 x float> %40, <8 x float> %44, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %46 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %36, <8 x float> %45)
  %47 = add i64 %35, 1
  %48 = getelementptr inbounds float, float* %13, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = add i64 %47, 8
  %52 = getelementptr inbounds float, float* %13, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = shufflevector <8 x float> %50, <8 x float> %54, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %56 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %46, <8 x float> %55)
  %57 = add i64 %35, 2
  %58 = getelementptr inbounds float, float* %13, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %57, 8
  %62 = getelementptr inbounds float, float* %13, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = shufflevector <8 x float> %60, <8 x float> %64, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %66 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %56, <8 x float> %65)
  store <8 x float> %66, <8 x float>* %8, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %67 = load <8 x float>, <8 x float>* %8, align 32
  %68 = getelementptr inbounds float, float* %17, i64 %x
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %x.next = add i64 %x, 8
  br label %x.header

c.header:                                         ; preds = %r.exit3, %x.exit
  %c = phi i64 [ 0, %x.exit ], [ %c.next, %r.exit3 ]
  %70 = icmp slt i64 %c, 1
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 2
  %72 = sub i64 %71, 1
  %73 = icmp sgt i64 %72, 0
  %74 = select i1 %73, i64 %72, i64 0
  %75 = add i64 %72, 3
  %76 = icmp slt i64 %75, 112
  %77 = select i1 %76, i64 %75, i64 112
  %78 = add i64 %72, 3
  %79 = icmp slt i64 %78, 113
  %80 = select i1 %79, i64 %78, i64 113
  %81 = sub i64 %80, %72
  store float 0xFFF0000000000000, float* %7, align 4
  br label %r.header1

c.exit:                                           ; preds = %c.header
  br label %c.header6

r.header1:                                        ; preds = %q.exit, %c.body
  %r4 = phi i64 [ %21, %c.body ], [ %r.next5, %q.exit ]
  %82 = icmp slt i64 %r4, %24
  br i1 %82, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  br label %q.header

r.exit3:                                          ; preds = %r.header1
  %83 = load float, float* %7, align 4
  %84 = getelementptr inbounds float, float* %17, i64 %c
  store float %83, float* %84, align 4
  %c.next = add i64 %c, 1
  br label %c.header

q.header:                                         ; preds = %q.body, %r.body2
  %q = phi i64 [ %74, %r.body2 ], [ %q.next, %q.body ]
  %85 = icmp slt i64 %q, %77
  br i1 %85, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %86 = mul i64 %r4, 112
  %87 = add i64 %86, %q
  %88 = getelementptr inbounds float, float* %13, i64 %87
  %89 = load float, float* %88, align 4
  %90 = load float, float* %7, align 4
  %91 = call float @llvm.maxnum.f32(float %90, float %89)
  store float %91, float* %7, align 4
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next5 = add i64 %r4, 1
  br label %r.header1

c.header6:                                        ; preds = %r.exit12, %c.exit
  %c9 = phi i64 [ 49, %c.exit ], [ %c.next20, %r.exit12 ]
  %92 = icmp slt i64 %c9, 56
  br i1 %92, label %c.body7, label %c.exit8

c.body7:                                          ; preds = %c.header6
  %93 = mul i64 %c9, 2
  %94 = sub i64 %93, 1
  %95 = icmp sgt i64 %94, 0
  %96 = select i1 %95, i64 %94, i64 0
  %97 = add i64 %94, 3
  %98 = icmp slt i64 %97, 112
  %99 = select i1 %98, i64 %97, i64 112
  %100 = add i64 %94, 3
  %101 = icmp slt i64 %100, 113
  %102 = select i1 %101, i64 %100, i64 113
  %103 = sub i64 %102, %94
  store float 0xFFF0000000000000, float* %6, align 4
  br label %r.header10

c.exit8:                                          ; preds = %c.header6
  %task.next = add i64 %task, 1
  br label %task.header

r.header10:                                       ; preds = %q.exit16, %c.body7
  %r13 = phi i64 [ %21, %c.body7 ], [ %r.next19, %q.exit16 ]
  %104 = icmp slt i64 %r13, %24
  br i1 %104, label %r.body11, label %r.exit12

r.body11:                                         ; preds = %r.header10
  br label %q.header14

r.exit12:                                         ; preds = %r.header10
  %105 = load float, float* %6, align 4
  %106 = getelementptr inbounds float, float* %17, i64 %c9
  store float %105, float* %106, align 4
  %c.next20 = add i64 %c9, 1
  br label %c.header6

q.header14:                                       ; preds = %q.body15, %r.body11
  %q17 = phi i64 [ %96, %r.body11 ], [ %q.next18, %q.body15 ]
  %107 = icmp slt i64 %q17, %99
  br i1 %107, label %q.body15, label %q.exit16

q.body15:                                         ; preds = %q.header14
  %108 = mul i64 %r13, 112
  %109 = add i64 %108, %q17
  %110 = getelementptr inbounds float, float* %13, i64 %109
  %111 = load float, float* %110, align 4
  %112 = load float, float* %6, align 4
  %113 = call float @llvm.maxnum.f32(float %112, float %111)
  store float %113, float* %6, align 4
  %q.next18 = add i64 %q17, 1
  br label %q.header14

q.exit16:                                         ; preds = %q.header14
  %r.next19 = add i64 %r13, 1
  br label %r.header10
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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
  call void @node3.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit44, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit44 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 16
  %32 = sdiv i64 %task, 16
  %33 = srem i64 %32, 56
  %34 = sdiv i64 %task, 896
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 64
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 64
  %41 = mul i64 %35, 64
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
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header4

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %47 = icmp slt i64 %c, 64
  br i1 %47, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %48 = mul i64 %c, 3136
  %49 = add i64 %43, %48
  br label %i.header

c.exit:                                           ; preds = %c.header
  %50 = load <8 x float>, <8 x float>* %29, align 32
  %51 = add i64 %x, 0
  %52 = mul i64 %36, 64
  %53 = add i64 %39, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 56
  %56 = add i64 %55, %33
  %57 = mul i64 %56, 56
  %58 = add i64 %57, %51
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %50, <8 x float>* %60, align 4
  %61 = load <8 x float>, <8 x float>* %28, align 32
  %62 = add i64 %x, 8
  %63 = mul i64 %36, 64
  %64 = add i64 %39, 0
  %65 = add i64 %63, %64
  %66 = mul i64 %65, 56
  %67 = add i64 %66, %33
  %68 = mul i64 %67, 56
  %69 = add i64 %68, %62
  %70 = getelementptr inbounds float, float* %0, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %61, <8 x float>* %71, align 4
  %72 = load <8 x float>, <8 x float>* %27, align 32
  %73 = add i64 %x, 16
  %74 = mul i64 %36, 64
  %75 = add i64 %39, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 56
  %78 = add i64 %77, %33
  %79 = mul i64 %78, 56
  %80 = add i64 %79, %73
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %72, <8 x float>* %82, align 4
  %83 = load <8 x float>, <8 x float>* %26, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %36, 64
  %86 = add i64 %39, 1
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 56
  %89 = add i64 %88, %33
  %90 = mul i64 %89, 56
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %83, <8 x float>* %93, align 4
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = add i64 %x, 8
  %96 = mul i64 %36, 64
  %97 = add i64 %39, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 56
  %100 = add i64 %99, %33
  %101 = mul i64 %100, 56
  %102 = add i64 %101, %95
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %94, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %24, align 32
  %106 = add i64 %x, 16
  %107 = mul i64 %36, 64
  %108 = add i64 %39, 1
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 56
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 56
  %113 = add i64 %112, %106
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %105, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %23, align 32
  %117 = add i64 %x, 0
  %118 = mul i64 %36, 64
  %119 = add i64 %39, 2
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 56
  %122 = add i64 %121, %33
  %123 = mul i64 %122, 56
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %22, align 32
  %128 = add i64 %x, 8
  %129 = mul i64 %36, 64
  %130 = add i64 %39, 2
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 56
  %133 = add i64 %132, %33
  %134 = mul i64 %133, 56
  %135 = add i64 %134, %128
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %127, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %21, align 32
  %139 = add i64 %x, 16
  %140 = mul i64 %36, 64
  %141 = add i64 %39, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 56
  %144 = add i64 %143, %33
  %145 = mul i64 %144, 56
  %146 = add i64 %145, %139
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %138, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = add i64 %x, 0
  %151 = mul i64 %36, 64
  %152 = add i64 %39, 3
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 56
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 56
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = add i64 %x, 8
  %162 = mul i64 %36, 64
  %163 = add i64 %39, 3
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 56
  %166 = add i64 %165, %33
  %167 = mul i64 %166, 56
  %168 = add i64 %167, %161
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %160, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %18, align 32
  %172 = add i64 %x, 16
  %173 = mul i64 %36, 64
  %174 = add i64 %39, 3
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 56
  %177 = add i64 %176, %33
  %178 = mul i64 %177, 56
  %179 = add i64 %178, %172
  %180 = getelementptr inbounds float, float* %0, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %171, <8 x float>* %181, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %182 = icmp slt i64 %i, 3
  br i1 %182, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %183 = mul i64 %i, 1
  %184 = add i64 %45, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 56
  %187 = and i1 %185, %186
  br i1 %187, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %188 = mul i64 %184, 56
  %189 = add i64 %49, %188
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %190 = icmp slt i64 %j, 3
  br i1 %190, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %191 = mul i64 %x, 1
  %192 = mul i64 %j, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = add i64 %189, %194
  %196 = add i64 %195, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %195, 8
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = add i64 %195, 16
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = mul i64 %i, 3
  %209 = add i64 %208, %j
  %210 = add i64 %39, 0
  %211 = mul i64 %210, 64
  %212 = add i64 %211, %c
  %213 = mul i64 %212, 9
  %214 = add i64 %213, %209
  %215 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %29, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %29, align 32
  %220 = load <8 x float>, <8 x float>* %28, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %203, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %28, align 32
  %222 = load <8 x float>, <8 x float>* %27, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %207, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %27, align 32
  %224 = mul i64 %i, 3
  %225 = add i64 %224, %j
  %226 = add i64 %39, 1
  %227 = mul i64 %226, 64
  %228 = add i64 %227, %c
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %26, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %26, align 32
  %236 = load <8 x float>, <8 x float>* %25, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %203, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %25, align 32
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %207, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  %240 = mul i64 %i, 3
  %241 = add i64 %240, %j
  %242 = add i64 %39, 2
  %243 = mul i64 %242, 64
  %244 = add i64 %243, %c
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %23, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %23, align 32
  %252 = load <8 x float>, <8 x float>* %22, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %203, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %22, align 32
  %254 = load <8 x float>, <8 x float>* %21, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %207, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %21, align 32
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %39, 3
  %259 = mul i64 %258, 64
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat3 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %20, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %20, align 32
  %268 = load <8 x float>, <8 x float>* %19, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %203, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %19, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %207, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header4:                                        ; preds = %i.exit10, %x.exit
  %c7 = phi i64 [ 0, %x.exit ], [ %c.next24, %i.exit10 ]
  %272 = icmp slt i64 %c7, 64
  br i1 %272, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %273 = mul i64 %c7, 3136
  %274 = add i64 %43, %273
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %275 = load <8 x float>, <8 x float>* %17, align 32
  %276 = mul i64 %36, 64
  %277 = add i64 %39, 0
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 56
  %280 = add i64 %279, %33
  %281 = mul i64 %280, 56
  %282 = add i64 %281, 49
  %283 = getelementptr inbounds float, float* %0, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %275, <8 x float>* %284, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = mul i64 %36, 64
  %287 = add i64 %39, 1
  %288 = add i64 %286, %287
  %289 = mul i64 %288, 56
  %290 = add i64 %289, %33
  %291 = mul i64 %290, 56
  %292 = add i64 %291, 49
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %285, <8 x float>* %294, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %295 = load <8 x float>, <8 x float>* %15, align 32
  %296 = mul i64 %36, 64
  %297 = add i64 %39, 2
  %298 = add i64 %296, %297
  %299 = mul i64 %298, 56
  %300 = add i64 %299, %33
  %301 = mul i64 %300, 56
  %302 = add i64 %301, 49
  %303 = getelementptr inbounds float, float* %0, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %295, <8 x float>* %304, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %305 = load <8 x float>, <8 x float>* %14, align 32
  %306 = mul i64 %36, 64
  %307 = add i64 %39, 3
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 56
  %310 = add i64 %309, %33
  %311 = mul i64 %310, 56
  %312 = add i64 %311, 49
  %313 = getelementptr inbounds float, float* %0, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %305, <8 x float>* %314, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next23, %endif13 ]
  %315 = icmp slt i64 %i11, 3
  br i1 %315, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %316 = mul i64 %i11, 1
  %317 = add i64 %45, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 56
  %320 = and i1 %318, %319
  br i1 %320, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next24 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %321 = mul i64 %317, 56
  %322 = add i64 %274, %321
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next23 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next22, %j.body15 ]
  %323 = icmp slt i64 %j17, 3
  br i1 %323, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %324 = mul i64 %j17, 1
  %325 = add i64 49, %324
  %326 = sub i64 %325, 1
  %327 = add i64 %322, %326
  %328 = add i64 %327, 0
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %330, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %332 = mul i64 %i11, 3
  %333 = add i64 %332, %j17
  %334 = add i64 %39, 0
  %335 = mul i64 %334, 64
  %336 = add i64 %335, %c7
  %337 = mul i64 %336, 9
  %338 = add i64 %337, %333
  %339 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat18 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %17, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %17, align 32
  %344 = mul i64 %i11, 3
  %345 = add i64 %344, %j17
  %346 = add i64 %39, 1
  %347 = mul i64 %346, 64
  %348 = add i64 %347, %c7
  %349 = mul i64 %348, 9
  %350 = add i64 %349, %345
  %351 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat19 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = mul i64 %i11, 3
  %357 = add i64 %356, %j17
  %358 = add i64 %39, 2
  %359 = mul i64 %358, 64
  %360 = add i64 %359, %c7
  %361 = mul i64 %360, 9
  %362 = add i64 %361, %357
  %363 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat20 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %15, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %15, align 32
  %368 = mul i64 %i11, 3
  %369 = add i64 %368, %j17
  %370 = add i64 %39, 3
  %371 = mul i64 %370, 64
  %372 = add i64 %371, %c7
  %373 = mul i64 %372, 9
  %374 = add i64 %373, %369
  %375 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %j.next22 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header:                                        ; preds = %c.exit27, %c.exit6
  %xs = phi i64 [ 0, %c.exit6 ], [ %xs.next, %c.exit27 ]
  %380 = icmp slt i64 %xs, 1
  br i1 %380, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header25

xs.exit:                                          ; preds = %xs.header
  br label %xs.header42

c.header25:                                       ; preds = %i.exit31, %xs.body
  %c28 = phi i64 [ 0, %xs.body ], [ %c.next41, %i.exit31 ]
  %381 = icmp slt i64 %c28, 64
  br i1 %381, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %382 = mul i64 %c28, 3136
  %383 = add i64 %43, %382
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %384 = load float, float* %13, align 4
  %385 = mul i64 %36, 64
  %386 = add i64 %39, 0
  %387 = add i64 %385, %386
  %388 = mul i64 %387, 56
  %389 = add i64 %388, %33
  %390 = mul i64 %389, 56
  %391 = add i64 %390, %xs
  %392 = getelementptr inbounds float, float* %0, i64 %391
  store float %384, float* %392, align 4
  %393 = load float, float* %12, align 4
  %394 = mul i64 %36, 64
  %395 = add i64 %39, 1
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 56
  %398 = add i64 %397, %33
  %399 = mul i64 %398, 56
  %400 = add i64 %399, %xs
  %401 = getelementptr inbounds float, float* %0, i64 %400
  store float %393, float* %401, align 4
  %402 = load float, float* %11, align 4
  %403 = mul i64 %36, 64
  %404 = add i64 %39, 2
  %405 = add i64 %403, %404
  %406 = mul i64 %405, 56
  %407 = add i64 %406, %33
  %408 = mul i64 %407, 56
  %409 = add i64 %408, %xs
  %410 = getelementptr inbounds float, float* %0, i64 %409
  store float %402, float* %410, align 4
  %411 = load float, float* %10, align 4
  %412 = mul i64 %36, 64
  %413 = add i64 %39, 3
  %414 = add i64 %412, %413
  %415 = mul i64 %414, 56
  %416 = add i64 %415, %33
  %417 = mul i64 %416, 56
  %418 = add i64 %417, %xs
  %419 = getelementptr inbounds float, float* %0, i64 %418
  store float %411, float* %419, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %420 = icmp slt i64 %i32, 3
  br i1 %420, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %421 = mul i64 %i32, 1
  %422 = add i64 %45, %421
  %423 = icmp sge i64 %422, 0
  %424 = icmp slt i64 %422, 56
  %425 = and i1 %423, %424
  br i1 %425, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %426 = mul i64 %422, 56
  %427 = add i64 %383, %426
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %428 = icmp slt i64 %j38, 3
  br i1 %428, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %429 = mul i64 %xs, 1
  %430 = mul i64 %j38, 1
  %431 = add i64 %429, %430
  %432 = sub i64 %431, 1
  %433 = icmp sge i64 %432, 0
  %434 = icmp slt i64 %432, 56
  %435 = and i1 %433, %434
  %436 = icmp sgt i64 %432, 0
  %437 = select i1 %436, i64 %432, i64 0
  %438 = icmp slt i64 %437, 55
  %439 = select i1 %438, i64 %437, i64 55
  %440 = add i64 %427, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = select i1 %435, float %442, float 0.000000e+00
  %444 = mul i64 %i32, 3
  %445 = add i64 %444, %j38
  %446 = add i64 %39, 0
  %447 = mul i64 %446, 64
  %448 = add i64 %447, %c28
  %449 = mul i64 %448, 9
  %450 = add i64 %449, %445
  %451 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %450
  %452 = load float, float* %451, align 4
  %453 = load float, float* %13, align 4
  %454 = call float @llvm.fma.f32(float %452, float %443, float %453)
  store float %454, float* %13, align 4
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %39, 1
  %458 = mul i64 %457, 64
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %12, align 4
  %465 = call float @llvm.fma.f32(float %463, float %443, float %464)
  store float %465, float* %12, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %39, 2
  %469 = mul i64 %468, 64
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %11, align 4
  %476 = call float @llvm.fma.f32(float %474, float %443, float %475)
  store float %476, float* %11, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %39, 3
  %480 = mul i64 %479, 64
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %10, align 4
  %487 = call float @llvm.fma.f32(float %485, float %443, float %486)
  store float %487, float* %10, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34

xs.header42:                                      ; preds = %c.exit48, %xs.exit
  %xs45 = phi i64 [ 55, %xs.exit ], [ %xs.next63, %c.exit48 ]
  %488 = icmp slt i64 %xs45, 56
  br i1 %488, label %xs.body43, label %xs.exit44

xs.body43:                                        ; preds = %xs.header42
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header46

xs.exit44:                                        ; preds = %xs.header42
  %task.next = add i64 %task, 1
  br label %task.header

c.header46:                                       ; preds = %i.exit52, %xs.body43
  %c49 = phi i64 [ 0, %xs.body43 ], [ %c.next62, %i.exit52 ]
  %489 = icmp slt i64 %c49, 64
  br i1 %489, label %c.body47, label %c.exit48

c.body47:                                         ; preds = %c.header46
  %490 = mul i64 %c49, 3136
  %491 = add i64 %43, %490
  br label %i.header50

c.exit48:                                         ; preds = %c.header46
  %492 = load float, float* %9, align 4
  %493 = mul i64 %36, 64
  %494 = add i64 %39, 0
  %495 = add i64 %493, %494
  %496 = mul i64 %495, 56
  %497 = add i64 %496, %33
  %498 = mul i64 %497, 56
  %499 = add i64 %498, %xs45
  %500 = getelementptr inbounds float, float* %0, i64 %499
  store float %492, float* %500, align 4
  %501 = load float, float* %8, align 4
  %502 = mul i64 %36, 64
  %503 = add i64 %39, 1
  %504 = add i64 %502, %503
  %505 = mul i64 %504, 56
  %506 = add i64 %505, %33
  %507 = mul i64 %506, 56
  %508 = add i64 %507, %xs45
  %509 = getelementptr inbounds float, float* %0, i64 %508
  store float %501, float* %509, align 4
  %510 = load float, float* %7, align 4
  %511 = mul i64 %36, 64
  %512 = add i64 %39, 2
  %513 = add i64 %511, %512
  %514 = mul i64 %513, 56
  %515 = add i64 %514, %33
  %516 = mul i64 %515, 56
  %517 = add i64 %516, %xs45
  %518 = getelementptr inbounds float, float* %0, i64 %517
  store float %510, float* %518, align 4
  %519 = load float, float* %6, align 4
  %520 = mul i64 %36, 64
  %521 = add i64 %39, 3
  %522 = add i64 %520, %521
  %523 = mul i64 %522, 56
  %524 = add i64 %523, %33
  %525 = mul i64 %524, 56
  %526 = add i64 %525, %xs45
  %527 = getelementptr inbounds float, float* %0, i64 %526
  store float %519, float* %527, align 4
  %xs.next63 = add i64 %xs45, 1
  br label %xs.header42

i.header50:                                       ; preds = %endif55, %c.body47
  %i53 = phi i64 [ 0, %c.body47 ], [ %i.next61, %endif55 ]
  %528 = icmp slt i64 %i53, 3
  br i1 %528, label %i.body51, label %i.exit52

i.body51:                                         ; preds = %i.header50
  %529 = mul i64 %i53, 1
  %530 = add i64 %45, %529
  %531 = icmp sge i64 %530, 0
  %532 = icmp slt i64 %530, 56
  %533 = and i1 %531, %532
  br i1 %533, label %then54, label %endif55

i.exit52:                                         ; preds = %i.header50
  %c.next62 = add i64 %c49, 1
  br label %c.header46

then54:                                           ; preds = %i.body51
  %534 = mul i64 %530, 56
  %535 = add i64 %491, %534
  br label %j.header56

endif55:                                          ; preds = %j.exit58, %i.body51
  %i.next61 = add i64 %i53, 1
  br label %i.header50

j.header56:                                       ; preds = %j.body57, %then54
  %j59 = phi i64 [ 0, %then54 ], [ %j.next60, %j.body57 ]
  %536 = icmp slt i64 %j59, 3
  br i1 %536, label %j.body57, label %j.exit58

j.body57:                                         ; preds = %j.header56
  %537 = mul i64 %xs45, 1
  %538 = mul i64 %j59, 1
  %539 = add i64 %537, %538
  %540 = sub i64 %539, 1
  %541 = icmp sge i64 %540, 0
  %542 = icmp slt i64 %540, 56
  %543 = and i1 %541, %542
  %544 = icmp sgt i64 %540, 0
  %545 = select i1 %544, i64 %540, i64 0
  %546 = icmp slt i64 %545, 55
  %547 = select i1 %546, i64 %545, i64 55
  %548 = add i64 %535, %547
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = select i1 %543, float %550, float 0.000000e+00
  %552 = mul i64 %i53, 3
  %553 = add i64 %552, %j59
  %554 = add i64 %39, 0
  %555 = mul i64 %554, 64
  %556 = add i64 %555, %c49
  %557 = mul i64 %556, 9
  %558 = add i64 %557, %553
  %559 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %558
  %560 = load float, float* %559, align 4
  %561 = load float, float* %9, align 4
  %562 = call float @llvm.fma.f32(float %560, float %551, float %561)
  store float %562, float* %9, align 4
  %563 = mul i64 %i53, 3
  %564 = add i64 %563, %j59
  %565 = add i64 %39, 1
  %566 = mul i64 %565, 64
  %567 = add i64 %566, %c49
  %568 = mul i64 %567, 9
  %569 = add i64 %568, %564
  %570 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %569
  %571 = load float, float* %570, align 4
  %572 = load float, float* %8, align 4
  %573 = call float @llvm.fma.f32(float %571, float %551, float %572)
  store float %573, float* %8, align 4
  %574 = mul i64 %i53, 3
  %575 = add i64 %574, %j59
  %576 = add i64 %39, 2
  %577 = mul i64 %576, 64
  %578 = add i64 %577, %c49
  %579 = mul i64 %578, 9
  %580 = add i64 %579, %575
  %581 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %580
  %582 = load float, float* %581, align 4
  %583 = load float, float* %7, align 4
  %584 = call float @llvm.fma.f32(float %582, float %551, float %583)
  store float %584, float* %7, align 4
  %585 = mul i64 %i53, 3
  %586 = add i64 %585, %j59
  %587 = add i64 %39, 3
  %588 = mul i64 %587, 64
  %589 = add i64 %588, %c49
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = load float, float* %6, align 4
  %595 = call float @llvm.fma.f32(float %593, float %551, float %594)
  store float %595, float* %6, align 4
  %j.next60 = add i64 %j59, 1
  br label %j.header56

j.exit58:                                         ; preds = %j.header56
  br label %endif55
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

; Function Attrs: nounwind
define internal void @node4.conv2d_2.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node4.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.batchNorm_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 64
  %8 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_2.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_2.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 3136
  %13 = add i64 %12, 3136
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node5.batchNorm_2.step0(i8* %0) #2 {
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
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
  call void @node5.batchNorm_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.relu_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 200704
  %10 = select i1 %9, i64 %8, i64 200704
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node6.relu_2.step0(i8* %0) #2 {
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
  %19 = add i64 13, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 13
  %23 = select i1 %22, i64 %21, i64 13
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 13
  %26 = select i1 %25, i64 %24, i64 13
  call void @node6.relu_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit44, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit44 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 16
  %32 = sdiv i64 %task, 16
  %33 = srem i64 %32, 56
  %34 = sdiv i64 %task, 896
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 64
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 64
  %41 = mul i64 %35, 64
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
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header4

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %47 = icmp slt i64 %c, 64
  br i1 %47, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %48 = mul i64 %c, 3136
  %49 = add i64 %43, %48
  br label %i.header

c.exit:                                           ; preds = %c.header
  %50 = load <8 x float>, <8 x float>* %29, align 32
  %51 = add i64 %x, 0
  %52 = mul i64 %36, 64
  %53 = add i64 %39, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 56
  %56 = add i64 %55, %33
  %57 = mul i64 %56, 56
  %58 = add i64 %57, %51
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %50, <8 x float>* %60, align 4
  %61 = load <8 x float>, <8 x float>* %28, align 32
  %62 = add i64 %x, 8
  %63 = mul i64 %36, 64
  %64 = add i64 %39, 0
  %65 = add i64 %63, %64
  %66 = mul i64 %65, 56
  %67 = add i64 %66, %33
  %68 = mul i64 %67, 56
  %69 = add i64 %68, %62
  %70 = getelementptr inbounds float, float* %0, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %61, <8 x float>* %71, align 4
  %72 = load <8 x float>, <8 x float>* %27, align 32
  %73 = add i64 %x, 16
  %74 = mul i64 %36, 64
  %75 = add i64 %39, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 56
  %78 = add i64 %77, %33
  %79 = mul i64 %78, 56
  %80 = add i64 %79, %73
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %72, <8 x float>* %82, align 4
  %83 = load <8 x float>, <8 x float>* %26, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %36, 64
  %86 = add i64 %39, 1
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 56
  %89 = add i64 %88, %33
  %90 = mul i64 %89, 56
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %83, <8 x float>* %93, align 4
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = add i64 %x, 8
  %96 = mul i64 %36, 64
  %97 = add i64 %39, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 56
  %100 = add i64 %99, %33
  %101 = mul i64 %100, 56
  %102 = add i64 %101, %95
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %94, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %24, align 32
  %106 = add i64 %x, 16
  %107 = mul i64 %36, 64
  %108 = add i64 %39, 1
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 56
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 56
  %113 = add i64 %112, %106
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %105, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %23, align 32
  %117 = add i64 %x, 0
  %118 = mul i64 %36, 64
  %119 = add i64 %39, 2
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 56
  %122 = add i64 %121, %33
  %123 = mul i64 %122, 56
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %22, align 32
  %128 = add i64 %x, 8
  %129 = mul i64 %36, 64
  %130 = add i64 %39, 2
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 56
  %133 = add i64 %132, %33
  %134 = mul i64 %133, 56
  %135 = add i64 %134, %128
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %127, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %21, align 32
  %139 = add i64 %x, 16
  %140 = mul i64 %36, 64
  %141 = add i64 %39, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 56
  %144 = add i64 %143, %33
  %145 = mul i64 %144, 56
  %146 = add i64 %145, %139
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %138, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = add i64 %x, 0
  %151 = mul i64 %36, 64
  %152 = add i64 %39, 3
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 56
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 56
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = add i64 %x, 8
  %162 = mul i64 %36, 64
  %163 = add i64 %39, 3
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 56
  %166 = add i64 %165, %33
  %167 = mul i64 %166, 56
  %168 = add i64 %167, %161
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %160, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %18, align 32
  %172 = add i64 %x, 16
  %173 = mul i64 %36, 64
  %174 = add i64 %39, 3
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 56
  %177 = add i64 %176, %33
  %178 = mul i64 %177, 56
  %179 = add i64 %178, %172
  %180 = getelementptr inbounds float, float* %0, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %171, <8 x float>* %181, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %182 = icmp slt i64 %i, 3
  br i1 %182, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %183 = mul i64 %i, 1
  %184 = add i64 %45, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 56
  %187 = and i1 %185, %186
  br i1 %187, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %188 = mul i64 %184, 56
  %189 = add i64 %49, %188
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %190 = icmp slt i64 %j, 3
  br i1 %190, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %191 = mul i64 %x, 1
  %192 = mul i64 %j, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = add i64 %189, %194
  %196 = add i64 %195, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %195, 8
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = add i64 %195, 16
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = mul i64 %i, 3
  %209 = add i64 %208, %j
  %210 = add i64 %39, 0
  %211 = mul i64 %210, 64
  %212 = add i64 %211, %c
  %213 = mul i64 %212, 9
  %214 = add i64 %213, %209
  %215 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %29, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %29, align 32
  %220 = load <8 x float>, <8 x float>* %28, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %203, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %28, align 32
  %222 = load <8 x float>, <8 x float>* %27, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %207, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %27, align 32
  %224 = mul i64 %i, 3
  %225 = add i64 %224, %j
  %226 = add i64 %39, 1
  %227 = mul i64 %226, 64
  %228 = add i64 %227, %c
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %26, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %26, align 32
  %236 = load <8 x float>, <8 x float>* %25, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %203, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %25, align 32
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %207, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  %240 = mul i64 %i, 3
  %241 = add i64 %240, %j
  %242 = add i64 %39, 2
  %243 = mul i64 %242, 64
  %244 = add i64 %243, %c
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %23, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %23, align 32
  %252 = load <8 x float>, <8 x float>* %22, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %203, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %22, align 32
  %254 = load <8 x float>, <8 x float>* %21, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %207, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %21, align 32
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %39, 3
  %259 = mul i64 %258, 64
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat3 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %20, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %20, align 32
  %268 = load <8 x float>, <8 x float>* %19, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %203, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %19, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %207, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header4:                                        ; preds = %i.exit10, %x.exit
  %c7 = phi i64 [ 0, %x.exit ], [ %c.next24, %i.exit10 ]
  %272 = icmp slt i64 %c7, 64
  br i1 %272, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %273 = mul i64 %c7, 3136
  %274 = add i64 %43, %273
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %275 = load <8 x float>, <8 x float>* %17, align 32
  %276 = mul i64 %36, 64
  %277 = add i64 %39, 0
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 56
  %280 = add i64 %279, %33
  %281 = mul i64 %280, 56
  %282 = add i64 %281, 49
  %283 = getelementptr inbounds float, float* %0, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %275, <8 x float>* %284, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = mul i64 %36, 64
  %287 = add i64 %39, 1
  %288 = add i64 %286, %287
  %289 = mul i64 %288, 56
  %290 = add i64 %289, %33
  %291 = mul i64 %290, 56
  %292 = add i64 %291, 49
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %285, <8 x float>* %294, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %295 = load <8 x float>, <8 x float>* %15, align 32
  %296 = mul i64 %36, 64
  %297 = add i64 %39, 2
  %298 = add i64 %296, %297
  %299 = mul i64 %298, 56
  %300 = add i64 %299, %33
  %301 = mul i64 %300, 56
  %302 = add i64 %301, 49
  %303 = getelementptr inbounds float, float* %0, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %295, <8 x float>* %304, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %305 = load <8 x float>, <8 x float>* %14, align 32
  %306 = mul i64 %36, 64
  %307 = add i64 %39, 3
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 56
  %310 = add i64 %309, %33
  %311 = mul i64 %310, 56
  %312 = add i64 %311, 49
  %313 = getelementptr inbounds float, float* %0, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %305, <8 x float>* %314, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next23, %endif13 ]
  %315 = icmp slt i64 %i11, 3
  br i1 %315, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %316 = mul i64 %i11, 1
  %317 = add i64 %45, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 56
  %320 = and i1 %318, %319
  br i1 %320, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next24 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %321 = mul i64 %317, 56
  %322 = add i64 %274, %321
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next23 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next22, %j.body15 ]
  %323 = icmp slt i64 %j17, 3
  br i1 %323, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %324 = mul i64 %j17, 1
  %325 = add i64 49, %324
  %326 = sub i64 %325, 1
  %327 = add i64 %322, %326
  %328 = add i64 %327, 0
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %330, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %332 = mul i64 %i11, 3
  %333 = add i64 %332, %j17
  %334 = add i64 %39, 0
  %335 = mul i64 %334, 64
  %336 = add i64 %335, %c7
  %337 = mul i64 %336, 9
  %338 = add i64 %337, %333
  %339 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat18 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %17, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %17, align 32
  %344 = mul i64 %i11, 3
  %345 = add i64 %344, %j17
  %346 = add i64 %39, 1
  %347 = mul i64 %346, 64
  %348 = add i64 %347, %c7
  %349 = mul i64 %348, 9
  %350 = add i64 %349, %345
  %351 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat19 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = mul i64 %i11, 3
  %357 = add i64 %356, %j17
  %358 = add i64 %39, 2
  %359 = mul i64 %358, 64
  %360 = add i64 %359, %c7
  %361 = mul i64 %360, 9
  %362 = add i64 %361, %357
  %363 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat20 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %15, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %15, align 32
  %368 = mul i64 %i11, 3
  %369 = add i64 %368, %j17
  %370 = add i64 %39, 3
  %371 = mul i64 %370, 64
  %372 = add i64 %371, %c7
  %373 = mul i64 %372, 9
  %374 = add i64 %373, %369
  %375 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %j.next22 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header:                                        ; preds = %c.exit27, %c.exit6
  %xs = phi i64 [ 0, %c.exit6 ], [ %xs.next, %c.exit27 ]
  %380 = icmp slt i64 %xs, 1
  br i1 %380, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header25

xs.exit:                                          ; preds = %xs.header
  br label %xs.header42

c.header25:                                       ; preds = %i.exit31, %xs.body
  %c28 = phi i64 [ 0, %xs.body ], [ %c.next41, %i.exit31 ]
  %381 = icmp slt i64 %c28, 64
  br i1 %381, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %382 = mul i64 %c28, 3136
  %383 = add i64 %43, %382
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %384 = load float, float* %13, align 4
  %385 = mul i64 %36, 64
  %386 = add i64 %39, 0
  %387 = add i64 %385, %386
  %388 = mul i64 %387, 56
  %389 = add i64 %388, %33
  %390 = mul i64 %389, 56
  %391 = add i64 %390, %xs
  %392 = getelementptr inbounds float, float* %0, i64 %391
  store float %384, float* %392, align 4
  %393 = load float, float* %12, align 4
  %394 = mul i64 %36, 64
  %395 = add i64 %39, 1
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 56
  %398 = add i64 %397, %33
  %399 = mul i64 %398, 56
  %400 = add i64 %399, %xs
  %401 = getelementptr inbounds float, float* %0, i64 %400
  store float %393, float* %401, align 4
  %402 = load float, float* %11, align 4
  %403 = mul i64 %36, 64
  %404 = add i64 %39, 2
  %405 = add i64 %403, %404
  %406 = mul i64 %405, 56
  %407 = add i64 %406, %33
  %408 = mul i64 %407, 56
  %409 = add i64 %408, %xs
  %410 = getelementptr inbounds float, float* %0, i64 %409
  store float %402, float* %410, align 4
  %411 = load float, float* %10, align 4
  %412 = mul i64 %36, 64
  %413 = add i64 %39, 3
  %414 = add i64 %412, %413
  %415 = mul i64 %414, 56
  %416 = add i64 %415, %33
  %417 = mul i64 %416, 56
  %418 = add i64 %417, %xs
  %419 = getelementptr inbounds float, float* %0, i64 %418
  store float %411, float* %419, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %420 = icmp slt i64 %i32, 3
  br i1 %420, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %421 = mul i64 %i32, 1
  %422 = add i64 %45, %421
  %423 = icmp sge i64 %422, 0
  %424 = icmp slt i64 %422, 56
  %425 = and i1 %423, %424
  br i1 %425, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %426 = mul i64 %422, 56
  %427 = add i64 %383, %426
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %428 = icmp slt i64 %j38, 3
  br i1 %428, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %429 = mul i64 %xs, 1
  %430 = mul i64 %j38, 1
  %431 = add i64 %429, %430
  %432 = sub i64 %431, 1
  %433 = icmp sge i64 %432, 0
  %434 = icmp slt i64 %432, 56
  %435 = and i1 %433, %434
  %436 = icmp sgt i64 %432, 0
  %437 = select i1 %436, i64 %432, i64 0
  %438 = icmp slt i64 %437, 55
  %439 = select i1 %438, i64 %437, i64 55
  %440 = add i64 %427, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = select i1 %435, float %442, float 0.000000e+00
  %444 = mul i64 %i32, 3
  %445 = add i64 %444, %j38
  %446 = add i64 %39, 0
  %447 = mul i64 %446, 64
  %448 = add i64 %447, %c28
  %449 = mul i64 %448, 9
  %450 = add i64 %449, %445
  %451 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %450
  %452 = load float, float* %451, align 4
  %453 = load float, float* %13, align 4
  %454 = call float @llvm.fma.f32(float %452, float %443, float %453)
  store float %454, float* %13, align 4
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %39, 1
  %458 = mul i64 %457, 64
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %12, align 4
  %465 = call float @llvm.fma.f32(float %463, float %443, float %464)
  store float %465, float* %12, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %39, 2
  %469 = mul i64 %468, 64
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %11, align 4
  %476 = call float @llvm.fma.f32(float %474, float %443, float %475)
  store float %476, float* %11, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %39, 3
  %480 = mul i64 %479, 64
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %10, align 4
  %487 = call float @llvm.fma.f32(float %485, float %443, float %486)
  store float %487, float* %10, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34

xs.header42:                                      ; preds = %c.exit48, %xs.exit
  %xs45 = phi i64 [ 55, %xs.exit ], [ %xs.next63, %c.exit48 ]
  %488 = icmp slt i64 %xs45, 56
  br i1 %488, label %xs.body43, label %xs.exit44

xs.body43:                                        ; preds = %xs.header42
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header46

xs.exit44:                                        ; preds = %xs.header42
  %task.next = add i64 %task, 1
  br label %task.header

c.header46:                                       ; preds = %i.exit52, %xs.body43
  %c49 = phi i64 [ 0, %xs.body43 ], [ %c.next62, %i.exit52 ]
  %489 = icmp slt i64 %c49, 64
  br i1 %489, label %c.body47, label %c.exit48

c.body47:                                         ; preds = %c.header46
  %490 = mul i64 %c49, 3136
  %491 = add i64 %43, %490
  br label %i.header50

c.exit48:                                         ; preds = %c.header46
  %492 = load float, float* %9, align 4
  %493 = mul i64 %36, 64
  %494 = add i64 %39, 0
  %495 = add i64 %493, %494
  %496 = mul i64 %495, 56
  %497 = add i64 %496, %33
  %498 = mul i64 %497, 56
  %499 = add i64 %498, %xs45
  %500 = getelementptr inbounds float, float* %0, i64 %499
  store float %492, float* %500, align 4
  %501 = load float, float* %8, align 4
  %502 = mul i64 %36, 64
  %503 = add i64 %39, 1
  %504 = add i64 %502, %503
  %505 = mul i64 %504, 56
  %506 = add i64 %505, %33
  %507 = mul i64 %506, 56
  %508 = add i64 %507, %xs45
  %509 = getelementptr inbounds float, float* %0, i64 %508
  store float %501, float* %509, align 4
  %510 = load float, float* %7, align 4
  %511 = mul i64 %36, 64
  %512 = add i64 %39, 2
  %513 = add i64 %511, %512
  %514 = mul i64 %513, 56
  %515 = add i64 %514, %33
  %516 = mul i64 %515, 56
  %517 = add i64 %516, %xs45
  %518 = getelementptr inbounds float, float* %0, i64 %517
  store float %510, float* %518, align 4
  %519 = load float, float* %6, align 4
  %520 = mul i64 %36, 64
  %521 = add i64 %39, 3
  %522 = add i64 %520, %521
  %523 = mul i64 %522, 56
  %524 = add i64 %523, %33
  %525 = mul i64 %524, 56
  %526 = add i64 %525, %xs45
  %527 = getelementptr inbounds float, float* %0, i64 %526
  store float %519, float* %527, align 4
  %xs.next63 = add i64 %xs45, 1
  br label %xs.header42

i.header50:                                       ; preds = %endif55, %c.body47
  %i53 = phi i64 [ 0, %c.body47 ], [ %i.next61, %endif55 ]
  %528 = icmp slt i64 %i53, 3
  br i1 %528, label %i.body51, label %i.exit52

i.body51:                                         ; preds = %i.header50
  %529 = mul i64 %i53, 1
  %530 = add i64 %45, %529
  %531 = icmp sge i64 %530, 0
  %532 = icmp slt i64 %530, 56
  %533 = and i1 %531, %532
  br i1 %533, label %then54, label %endif55

i.exit52:                                         ; preds = %i.header50
  %c.next62 = add i64 %c49, 1
  br label %c.header46

then54:                                           ; preds = %i.body51
  %534 = mul i64 %530, 56
  %535 = add i64 %491, %534
  br label %j.header56

endif55:                                          ; preds = %j.exit58, %i.body51
  %i.next61 = add i64 %i53, 1
  br label %i.header50

j.header56:                                       ; preds = %j.body57, %then54
  %j59 = phi i64 [ 0, %then54 ], [ %j.next60, %j.body57 ]
  %536 = icmp slt i64 %j59, 3
  br i1 %536, label %j.body57, label %j.exit58

j.body57:                                         ; preds = %j.header56
  %537 = mul i64 %xs45, 1
  %538 = mul i64 %j59, 1
  %539 = add i64 %537, %538
  %540 = sub i64 %539, 1
  %541 = icmp sge i64 %540, 0
  %542 = icmp slt i64 %540, 56
  %543 = and i1 %541, %542
  %544 = icmp sgt i64 %540, 0
  %545 = select i1 %544, i64 %540, i64 0
  %546 = icmp slt i64 %545, 55
  %547 = select i1 %546, i64 %545, i64 55
  %548 = add i64 %535, %547
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = select i1 %543, float %550, float 0.000000e+00
  %552 = mul i64 %i53, 3
  %553 = add i64 %552, %j59
  %554 = add i64 %39, 0
  %555 = mul i64 %554, 64
  %556 = add i64 %555, %c49
  %557 = mul i64 %556, 9
  %558 = add i64 %557, %553
  %559 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %558
  %560 = load float, float* %559, align 4
  %561 = load float, float* %9, align 4
  %562 = call float @llvm.fma.f32(float %560, float %551, float %561)
  store float %562, float* %9, align 4
  %563 = mul i64 %i53, 3
  %564 = add i64 %563, %j59
  %565 = add i64 %39, 1
  %566 = mul i64 %565, 64
  %567 = add i64 %566, %c49
  %568 = mul i64 %567, 9
  %569 = add i64 %568, %564
  %570 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %569
  %571 = load float, float* %570, align 4
  %572 = load float, float* %8, align 4
  %573 = call float @llvm.fma.f32(float %571, float %551, float %572)
  store float %573, float* %8, align 4
  %574 = mul i64 %i53, 3
  %575 = add i64 %574, %j59
  %576 = add i64 %39, 2
  %577 = mul i64 %576, 64
  %578 = add i64 %577, %c49
  %579 = mul i64 %578, 9
  %580 = add i64 %579, %575
  %581 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %580
  %582 = load float, float* %581, align 4
  %583 = load float, float* %7, align 4
  %584 = call float @llvm.fma.f32(float %582, float %551, float %583)
  store float %584, float* %7, align 4
  %585 = mul i64 %i53, 3
  %586 = add i64 %585, %j59
  %587 = add i64 %39, 3
  %588 = mul i64 %587, 64
  %589 = add i64 %588, %c49
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = load float, float* %6, align 4
  %595 = call float @llvm.fma.f32(float %593, float %551, float %594)
  store float %595, float* %6, align 4
  %j.next60 = add i64 %j59, 1
  br label %j.header56

j.exit58:                                         ; preds = %j.header56
  br label %endif55
}

; Function Attrs: nounwind
define internal void @node7.conv2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node7.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.batchNorm_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 64
  %8 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_3.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_3.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 3136
  %13 = add i64 %12, 3136
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node8.batchNorm_3.step0(i8* %0) #2 {
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
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
  call void @node8.batchNorm_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.add_1.step0.body(float* noalias %0, float* noalias %1, float* noalias %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %row.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %row.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = mul i64 %task, 1
  %9 = add i64 %8, 1
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %row.header

task.exit:                                        ; preds = %task.header
  ret void

row.header:                                       ; preds = %s.exit, %task.body
  %row = phi i64 [ %8, %task.body ], [ %row.next, %s.exit ]
  %12 = icmp slt i64 %row, %11
  br i1 %12, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %13 = mul i64 %row, 200704
  br label %v.header

row.exit:                                         ; preds = %row.header
  %task.next = add i64 %task, 1
  br label %task.header

v.header:                                         ; preds = %v.body, %row.body
  %v = phi i64 [ 0, %row.body ], [ %v.next, %v.body ]
  %14 = icmp slt i64 %v, 200704
  br i1 %14, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %15 = mul i64 %v, 1
  %16 = add i64 0, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %v, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %2, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fadd <8 x float> %19, %24
  %26 = add i64 %13, %v
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %25, <8 x float>* %28, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ 200704, %v.exit ], [ %s.next, %s.body ]
  %29 = icmp slt i64 %s, 200704
  br i1 %29, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %30 = mul i64 %s, 1
  %31 = add i64 0, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = mul i64 %s, 1
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fadd float %33, %37
  %39 = add i64 %13, %s
  %40 = getelementptr inbounds float, float* %0, i64 %39
  store float %38, float* %40, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %row.next = add i64 %row, 1
  br label %row.header
}

; Function Attrs: nounwind
define internal void @node9.add_1.step0(i8* %0) #2 {
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 1, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  call void @node9.add_1.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.relu_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 200704
  %10 = select i1 %9, i64 %8, i64 200704
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node10.relu_3.step0(i8* %0) #2 {
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
  %19 = add i64 13, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 13
  %23 = select i1 %22, i64 %21, i64 13
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 13
  %26 = select i1 %25, i64 %24, i64 13
  call void @node10.relu_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit44, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit44 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 16
  %32 = sdiv i64 %task, 16
  %33 = srem i64 %32, 56
  %34 = sdiv i64 %task, 896
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 64
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 64
  %41 = mul i64 %35, 64
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
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header4

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %47 = icmp slt i64 %c, 64
  br i1 %47, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %48 = mul i64 %c, 3136
  %49 = add i64 %43, %48
  br label %i.header

c.exit:                                           ; preds = %c.header
  %50 = load <8 x float>, <8 x float>* %29, align 32
  %51 = add i64 %x, 0
  %52 = mul i64 %36, 64
  %53 = add i64 %39, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 56
  %56 = add i64 %55, %33
  %57 = mul i64 %56, 56
  %58 = add i64 %57, %51
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %50, <8 x float>* %60, align 4
  %61 = load <8 x float>, <8 x float>* %28, align 32
  %62 = add i64 %x, 8
  %63 = mul i64 %36, 64
  %64 = add i64 %39, 0
  %65 = add i64 %63, %64
  %66 = mul i64 %65, 56
  %67 = add i64 %66, %33
  %68 = mul i64 %67, 56
  %69 = add i64 %68, %62
  %70 = getelementptr inbounds float, float* %0, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %61, <8 x float>* %71, align 4
  %72 = load <8 x float>, <8 x float>* %27, align 32
  %73 = add i64 %x, 16
  %74 = mul i64 %36, 64
  %75 = add i64 %39, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 56
  %78 = add i64 %77, %33
  %79 = mul i64 %78, 56
  %80 = add i64 %79, %73
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %72, <8 x float>* %82, align 4
  %83 = load <8 x float>, <8 x float>* %26, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %36, 64
  %86 = add i64 %39, 1
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 56
  %89 = add i64 %88, %33
  %90 = mul i64 %89, 56
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %83, <8 x float>* %93, align 4
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = add i64 %x, 8
  %96 = mul i64 %36, 64
  %97 = add i64 %39, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 56
  %100 = add i64 %99, %33
  %101 = mul i64 %100, 56
  %102 = add i64 %101, %95
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %94, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %24, align 32
  %106 = add i64 %x, 16
  %107 = mul i64 %36, 64
  %108 = add i64 %39, 1
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 56
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 56
  %113 = add i64 %112, %106
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %105, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %23, align 32
  %117 = add i64 %x, 0
  %118 = mul i64 %36, 64
  %119 = add i64 %39, 2
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 56
  %122 = add i64 %121, %33
  %123 = mul i64 %122, 56
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %22, align 32
  %128 = add i64 %x, 8
  %129 = mul i64 %36, 64
  %130 = add i64 %39, 2
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 56
  %133 = add i64 %132, %33
  %134 = mul i64 %133, 56
  %135 = add i64 %134, %128
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %127, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %21, align 32
  %139 = add i64 %x, 16
  %140 = mul i64 %36, 64
  %141 = add i64 %39, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 56
  %144 = add i64 %143, %33
  %145 = mul i64 %144, 56
  %146 = add i64 %145, %139
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %138, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = add i64 %x, 0
  %151 = mul i64 %36, 64
  %152 = add i64 %39, 3
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 56
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 56
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = add i64 %x, 8
  %162 = mul i64 %36, 64
  %163 = add i64 %39, 3
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 56
  %166 = add i64 %165, %33
  %167 = mul i64 %166, 56
  %168 = add i64 %167, %161
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %160, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %18, align 32
  %172 = add i64 %x, 16
  %173 = mul i64 %36, 64
  %174 = add i64 %39, 3
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 56
  %177 = add i64 %176, %33
  %178 = mul i64 %177, 56
  %179 = add i64 %178, %172
  %180 = getelementptr inbounds float, float* %0, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %171, <8 x float>* %181, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %182 = icmp slt i64 %i, 3
  br i1 %182, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %183 = mul i64 %i, 1
  %184 = add i64 %45, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 56
  %187 = and i1 %185, %186
  br i1 %187, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %188 = mul i64 %184, 56
  %189 = add i64 %49, %188
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %190 = icmp slt i64 %j, 3
  br i1 %190, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %191 = mul i64 %x, 1
  %192 = mul i64 %j, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = add i64 %189, %194
  %196 = add i64 %195, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %195, 8
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = add i64 %195, 16
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = mul i64 %i, 3
  %209 = add i64 %208, %j
  %210 = add i64 %39, 0
  %211 = mul i64 %210, 64
  %212 = add i64 %211, %c
  %213 = mul i64 %212, 9
  %214 = add i64 %213, %209
  %215 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %29, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %29, align 32
  %220 = load <8 x float>, <8 x float>* %28, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %203, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %28, align 32
  %222 = load <8 x float>, <8 x float>* %27, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %207, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %27, align 32
  %224 = mul i64 %i, 3
  %225 = add i64 %224, %j
  %226 = add i64 %39, 1
  %227 = mul i64 %226, 64
  %228 = add i64 %227, %c
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %26, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %26, align 32
  %236 = load <8 x float>, <8 x float>* %25, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %203, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %25, align 32
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %207, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  %240 = mul i64 %i, 3
  %241 = add i64 %240, %j
  %242 = add i64 %39, 2
  %243 = mul i64 %242, 64
  %244 = add i64 %243, %c
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %23, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %23, align 32
  %252 = load <8 x float>, <8 x float>* %22, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %203, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %22, align 32
  %254 = load <8 x float>, <8 x float>* %21, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %207, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %21, align 32
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %39, 3
  %259 = mul i64 %258, 64
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat3 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %20, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %20, align 32
  %268 = load <8 x float>, <8 x float>* %19, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %203, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %19, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %207, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header4:                                        ; preds = %i.exit10, %x.exit
  %c7 = phi i64 [ 0, %x.exit ], [ %c.next24, %i.exit10 ]
  %272 = icmp slt i64 %c7, 64
  br i1 %272, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %273 = mul i64 %c7, 3136
  %274 = add i64 %43, %273
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %275 = load <8 x float>, <8 x float>* %17, align 32
  %276 = mul i64 %36, 64
  %277 = add i64 %39, 0
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 56
  %280 = add i64 %279, %33
  %281 = mul i64 %280, 56
  %282 = add i64 %281, 49
  %283 = getelementptr inbounds float, float* %0, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %275, <8 x float>* %284, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = mul i64 %36, 64
  %287 = add i64 %39, 1
  %288 = add i64 %286, %287
  %289 = mul i64 %288, 56
  %290 = add i64 %289, %33
  %291 = mul i64 %290, 56
  %292 = add i64 %291, 49
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %285, <8 x float>* %294, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %295 = load <8 x float>, <8 x float>* %15, align 32
  %296 = mul i64 %36, 64
  %297 = add i64 %39, 2
  %298 = add i64 %296, %297
  %299 = mul i64 %298, 56
  %300 = add i64 %299, %33
  %301 = mul i64 %300, 56
  %302 = add i64 %301, 49
  %303 = getelementptr inbounds float, float* %0, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %295, <8 x float>* %304, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %305 = load <8 x float>, <8 x float>* %14, align 32
  %306 = mul i64 %36, 64
  %307 = add i64 %39, 3
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 56
  %310 = add i64 %309, %33
  %311 = mul i64 %310, 56
  %312 = add i64 %311, 49
  %313 = getelementptr inbounds float, float* %0, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %305, <8 x float>* %314, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next23, %endif13 ]
  %315 = icmp slt i64 %i11, 3
  br i1 %315, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %316 = mul i64 %i11, 1
  %317 = add i64 %45, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 56
  %320 = and i1 %318, %319
  br i1 %320, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next24 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %321 = mul i64 %317, 56
  %322 = add i64 %274, %321
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next23 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next22, %j.body15 ]
  %323 = icmp slt i64 %j17, 3
  br i1 %323, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %324 = mul i64 %j17, 1
  %325 = add i64 49, %324
  %326 = sub i64 %325, 1
  %327 = add i64 %322, %326
  %328 = add i64 %327, 0
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %330, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %332 = mul i64 %i11, 3
  %333 = add i64 %332, %j17
  %334 = add i64 %39, 0
  %335 = mul i64 %334, 64
  %336 = add i64 %335, %c7
  %337 = mul i64 %336, 9
  %338 = add i64 %337, %333
  %339 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat18 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %17, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %17, align 32
  %344 = mul i64 %i11, 3
  %345 = add i64 %344, %j17
  %346 = add i64 %39, 1
  %347 = mul i64 %346, 64
  %348 = add i64 %347, %c7
  %349 = mul i64 %348, 9
  %350 = add i64 %349, %345
  %351 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat19 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = mul i64 %i11, 3
  %357 = add i64 %356, %j17
  %358 = add i64 %39, 2
  %359 = mul i64 %358, 64
  %360 = add i64 %359, %c7
  %361 = mul i64 %360, 9
  %362 = add i64 %361, %357
  %363 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat20 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %15, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %15, align 32
  %368 = mul i64 %i11, 3
  %369 = add i64 %368, %j17
  %370 = add i64 %39, 3
  %371 = mul i64 %370, 64
  %372 = add i64 %371, %c7
  %373 = mul i64 %372, 9
  %374 = add i64 %373, %369
  %375 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %j.next22 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header:                                        ; preds = %c.exit27, %c.exit6
  %xs = phi i64 [ 0, %c.exit6 ], [ %xs.next, %c.exit27 ]
  %380 = icmp slt i64 %xs, 1
  br i1 %380, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header25

xs.exit:                                          ; preds = %xs.header
  br label %xs.header42

c.header25:                                       ; preds = %i.exit31, %xs.body
  %c28 = phi i64 [ 0, %xs.body ], [ %c.next41, %i.exit31 ]
  %381 = icmp slt i64 %c28, 64
  br i1 %381, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %382 = mul i64 %c28, 3136
  %383 = add i64 %43, %382
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %384 = load float, float* %13, align 4
  %385 = mul i64 %36, 64
  %386 = add i64 %39, 0
  %387 = add i64 %385, %386
  %388 = mul i64 %387, 56
  %389 = add i64 %388, %33
  %390 = mul i64 %389, 56
  %391 = add i64 %390, %xs
  %392 = getelementptr inbounds float, float* %0, i64 %391
  store float %384, float* %392, align 4
  %393 = load float, float* %12, align 4
  %394 = mul i64 %36, 64
  %395 = add i64 %39, 1
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 56
  %398 = add i64 %397, %33
  %399 = mul i64 %398, 56
  %400 = add i64 %399, %xs
  %401 = getelementptr inbounds float, float* %0, i64 %400
  store float %393, float* %401, align 4
  %402 = load float, float* %11, align 4
  %403 = mul i64 %36, 64
  %404 = add i64 %39, 2
  %405 = add i64 %403, %404
  %406 = mul i64 %405, 56
  %407 = add i64 %406, %33
  %408 = mul i64 %407, 56
  %409 = add i64 %408, %xs
  %410 = getelementptr inbounds float, float* %0, i64 %409
  store float %402, float* %410, align 4
  %411 = load float, float* %10, align 4
  %412 = mul i64 %36, 64
  %413 = add i64 %39, 3
  %414 = add i64 %412, %413
  %415 = mul i64 %414, 56
  %416 = add i64 %415, %33
  %417 = mul i64 %416, 56
  %418 = add i64 %417, %xs
  %419 = getelementptr inbounds float, float* %0, i64 %418
  store float %411, float* %419, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %420 = icmp slt i64 %i32, 3
  br i1 %420, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %421 = mul i64 %i32, 1
  %422 = add i64 %45, %421
  %423 = icmp sge i64 %422, 0
  %424 = icmp slt i64 %422, 56
  %425 = and i1 %423, %424
  br i1 %425, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %426 = mul i64 %422, 56
  %427 = add i64 %383, %426
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %428 = icmp slt i64 %j38, 3
  br i1 %428, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %429 = mul i64 %xs, 1
  %430 = mul i64 %j38, 1
  %431 = add i64 %429, %430
  %432 = sub i64 %431, 1
  %433 = icmp sge i64 %432, 0
  %434 = icmp slt i64 %432, 56
  %435 = and i1 %433, %434
  %436 = icmp sgt i64 %432, 0
  %437 = select i1 %436, i64 %432, i64 0
  %438 = icmp slt i64 %437, 55
  %439 = select i1 %438, i64 %437, i64 55
  %440 = add i64 %427, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = select i1 %435, float %442, float 0.000000e+00
  %444 = mul i64 %i32, 3
  %445 = add i64 %444, %j38
  %446 = add i64 %39, 0
  %447 = mul i64 %446, 64
  %448 = add i64 %447, %c28
  %449 = mul i64 %448, 9
  %450 = add i64 %449, %445
  %451 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %450
  %452 = load float, float* %451, align 4
  %453 = load float, float* %13, align 4
  %454 = call float @llvm.fma.f32(float %452, float %443, float %453)
  store float %454, float* %13, align 4
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %39, 1
  %458 = mul i64 %457, 64
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %12, align 4
  %465 = call float @llvm.fma.f32(float %463, float %443, float %464)
  store float %465, float* %12, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %39, 2
  %469 = mul i64 %468, 64
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %11, align 4
  %476 = call float @llvm.fma.f32(float %474, float %443, float %475)
  store float %476, float* %11, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %39, 3
  %480 = mul i64 %479, 64
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %10, align 4
  %487 = call float @llvm.fma.f32(float %485, float %443, float %486)
  store float %487, float* %10, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34

xs.header42:                                      ; preds = %c.exit48, %xs.exit
  %xs45 = phi i64 [ 55, %xs.exit ], [ %xs.next63, %c.exit48 ]
  %488 = icmp slt i64 %xs45, 56
  br i1 %488, label %xs.body43, label %xs.exit44

xs.body43:                                        ; preds = %xs.header42
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header46

xs.exit44:                                        ; preds = %xs.header42
  %task.next = add i64 %task, 1
  br label %task.header

c.header46:                                       ; preds = %i.exit52, %xs.body43
  %c49 = phi i64 [ 0, %xs.body43 ], [ %c.next62, %i.exit52 ]
  %489 = icmp slt i64 %c49, 64
  br i1 %489, label %c.body47, label %c.exit48

c.body47:                                         ; preds = %c.header46
  %490 = mul i64 %c49, 3136
  %491 = add i64 %43, %490
  br label %i.header50

c.exit48:                                         ; preds = %c.header46
  %492 = load float, float* %9, align 4
  %493 = mul i64 %36, 64
  %494 = add i64 %39, 0
  %495 = add i64 %493, %494
  %496 = mul i64 %495, 56
  %497 = add i64 %496, %33
  %498 = mul i64 %497, 56
  %499 = add i64 %498, %xs45
  %500 = getelementptr inbounds float, float* %0, i64 %499
  store float %492, float* %500, align 4
  %501 = load float, float* %8, align 4
  %502 = mul i64 %36, 64
  %503 = add i64 %39, 1
  %504 = add i64 %502, %503
  %505 = mul i64 %504, 56
  %506 = add i64 %505, %33
  %507 = mul i64 %506, 56
  %508 = add i64 %507, %xs45
  %509 = getelementptr inbounds float, float* %0, i64 %508
  store float %501, float* %509, align 4
  %510 = load float, float* %7, align 4
  %511 = mul i64 %36, 64
  %512 = add i64 %39, 2
  %513 = add i64 %511, %512
  %514 = mul i64 %513, 56
  %515 = add i64 %514, %33
  %516 = mul i64 %515, 56
  %517 = add i64 %516, %xs45
  %518 = getelementptr inbounds float, float* %0, i64 %517
  store float %510, float* %518, align 4
  %519 = load float, float* %6, align 4
  %520 = mul i64 %36, 64
  %521 = add i64 %39, 3
  %522 = add i64 %520, %521
  %523 = mul i64 %522, 56
  %524 = add i64 %523, %33
  %525 = mul i64 %524, 56
  %526 = add i64 %525, %xs45
  %527 = getelementptr inbounds float, float* %0, i64 %526
  store float %519, float* %527, align 4
  %xs.next63 = add i64 %xs45, 1
  br label %xs.header42

i.header50:                                       ; preds = %endif55, %c.body47
  %i53 = phi i64 [ 0, %c.body47 ], [ %i.next61, %endif55 ]
  %528 = icmp slt i64 %i53, 3
  br i1 %528, label %i.body51, label %i.exit52

i.body51:                                         ; preds = %i.header50
  %529 = mul i64 %i53, 1
  %530 = add i64 %45, %529
  %531 = icmp sge i64 %530, 0
  %532 = icmp slt i64 %530, 56
  %533 = and i1 %531, %532
  br i1 %533, label %then54, label %endif55

i.exit52:                                         ; preds = %i.header50
  %c.next62 = add i64 %c49, 1
  br label %c.header46

then54:                                           ; preds = %i.body51
  %534 = mul i64 %530, 56
  %535 = add i64 %491, %534
  br label %j.header56

endif55:                                          ; preds = %j.exit58, %i.body51
  %i.next61 = add i64 %i53, 1
  br label %i.header50

j.header56:                                       ; preds = %j.body57, %then54
  %j59 = phi i64 [ 0, %then54 ], [ %j.next60, %j.body57 ]
  %536 = icmp slt i64 %j59, 3
  br i1 %536, label %j.body57, label %j.exit58

j.body57:                                         ; preds = %j.header56
  %537 = mul i64 %xs45, 1
  %538 = mul i64 %j59, 1
  %539 = add i64 %537, %538
  %540 = sub i64 %539, 1
  %541 = icmp sge i64 %540, 0
  %542 = icmp slt i64 %540, 56
  %543 = and i1 %541, %542
  %544 = icmp sgt i64 %540, 0
  %545 = select i1 %544, i64 %540, i64 0
  %546 = icmp slt i64 %545, 55
  %547 = select i1 %546, i64 %545, i64 55
  %548 = add i64 %535, %547
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = select i1 %543, float %550, float 0.000000e+00
  %552 = mul i64 %i53, 3
  %553 = add i64 %552, %j59
  %554 = add i64 %39, 0
  %555 = mul i64 %554, 64
  %556 = add i64 %555, %c49
  %557 = mul i64 %556, 9
  %558 = add i64 %557, %553
  %559 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %558
  %560 = load float, float* %559, align 4
  %561 = load float, float* %9, align 4
  %562 = call float @llvm.fma.f32(float %560, float %551, float %561)
  store float %562, float* %9, align 4
  %563 = mul i64 %i53, 3
  %564 = add i64 %563, %j59
  %565 = add i64 %39, 1
  %566 = mul i64 %565, 64
  %567 = add i64 %566, %c49
  %568 = mul i64 %567, 9
  %569 = add i64 %568, %564
  %570 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %569
  %571 = load float, float* %570, align 4
  %572 = load float, float* %8, align 4
  %573 = call float @llvm.fma.f32(float %571, float %551, float %572)
  store float %573, float* %8, align 4
  %574 = mul i64 %i53, 3
  %575 = add i64 %574, %j59
  %576 = add i64 %39, 2
  %577 = mul i64 %576, 64
  %578 = add i64 %577, %c49
  %579 = mul i64 %578, 9
  %580 = add i64 %579, %575
  %581 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %580
  %582 = load float, float* %581, align 4
  %583 = load float, float* %7, align 4
  %584 = call float @llvm.fma.f32(float %582, float %551, float %583)
  store float %584, float* %7, align 4
  %585 = mul i64 %i53, 3
  %586 = add i64 %585, %j59
  %587 = add i64 %39, 3
  %588 = mul i64 %587, 64
  %589 = add i64 %588, %c49
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = load float, float* %6, align 4
  %595 = call float @llvm.fma.f32(float %593, float %551, float %594)
  store float %595, float* %6, align 4
  %j.next60 = add i64 %j59, 1
  br label %j.header56

j.exit58:                                         ; preds = %j.header56
  br label %endif55
}

; Function Attrs: nounwind
define internal void @node11.conv2d_4.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node11.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.batchNorm_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 64
  %8 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_4.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_4.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 3136
  %13 = add i64 %12, 3136
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node12.batchNorm_4.step0(i8* %0) #2 {
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
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
  call void @node12.batchNorm_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.relu_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 200704
  %10 = select i1 %9, i64 %8, i64 200704
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node13.relu_4.step0(i8* %0) #2 {
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
  %19 = add i64 13, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 13
  %23 = select i1 %22, i64 %21, i64 13
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 13
  %26 = select i1 %25, i64 %24, i64 13
  call void @node13.relu_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit44, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit44 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 16
  %32 = sdiv i64 %task, 16
  %33 = srem i64 %32, 56
  %34 = sdiv i64 %task, 896
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 64
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 64
  %41 = mul i64 %35, 64
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
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header4

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %47 = icmp slt i64 %c, 64
  br i1 %47, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %48 = mul i64 %c, 3136
  %49 = add i64 %43, %48
  br label %i.header

c.exit:                                           ; preds = %c.header
  %50 = load <8 x float>, <8 x float>* %29, align 32
  %51 = add i64 %x, 0
  %52 = mul i64 %36, 64
  %53 = add i64 %39, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 56
  %56 = add i64 %55, %33
  %57 = mul i64 %56, 56
  %58 = add i64 %57, %51
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %50, <8 x float>* %60, align 4
  %61 = load <8 x float>, <8 x float>* %28, align 32
  %62 = add i64 %x, 8
  %63 = mul i64 %36, 64
  %64 = add i64 %39, 0
  %65 = add i64 %63, %64
  %66 = mul i64 %65, 56
  %67 = add i64 %66, %33
  %68 = mul i64 %67, 56
  %69 = add i64 %68, %62
  %70 = getelementptr inbounds float, float* %0, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %61, <8 x float>* %71, align 4
  %72 = load <8 x float>, <8 x float>* %27, align 32
  %73 = add i64 %x, 16
  %74 = mul i64 %36, 64
  %75 = add i64 %39, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 56
  %78 = add i64 %77, %33
  %79 = mul i64 %78, 56
  %80 = add i64 %79, %73
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %72, <8 x float>* %82, align 4
  %83 = load <8 x float>, <8 x float>* %26, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %36, 64
  %86 = add i64 %39, 1
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 56
  %89 = add i64 %88, %33
  %90 = mul i64 %89, 56
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %83, <8 x float>* %93, align 4
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = add i64 %x, 8
  %96 = mul i64 %36, 64
  %97 = add i64 %39, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 56
  %100 = add i64 %99, %33
  %101 = mul i64 %100, 56
  %102 = add i64 %101, %95
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %94, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %24, align 32
  %106 = add i64 %x, 16
  %107 = mul i64 %36, 64
  %108 = add i64 %39, 1
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 56
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 56
  %113 = add i64 %112, %106
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %105, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %23, align 32
  %117 = add i64 %x, 0
  %118 = mul i64 %36, 64
  %119 = add i64 %39, 2
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 56
  %122 = add i64 %121, %33
  %123 = mul i64 %122, 56
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %22, align 32
  %128 = add i64 %x, 8
  %129 = mul i64 %36, 64
  %130 = add i64 %39, 2
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 56
  %133 = add i64 %132, %33
  %134 = mul i64 %133, 56
  %135 = add i64 %134, %128
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %127, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %21, align 32
  %139 = add i64 %x, 16
  %140 = mul i64 %36, 64
  %141 = add i64 %39, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 56
  %144 = add i64 %143, %33
  %145 = mul i64 %144, 56
  %146 = add i64 %145, %139
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %138, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = add i64 %x, 0
  %151 = mul i64 %36, 64
  %152 = add i64 %39, 3
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 56
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 56
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = add i64 %x, 8
  %162 = mul i64 %36, 64
  %163 = add i64 %39, 3
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 56
  %166 = add i64 %165, %33
  %167 = mul i64 %166, 56
  %168 = add i64 %167, %161
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %160, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %18, align 32
  %172 = add i64 %x, 16
  %173 = mul i64 %36, 64
  %174 = add i64 %39, 3
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 56
  %177 = add i64 %176, %33
  %178 = mul i64 %177, 56
  %179 = add i64 %178, %172
  %180 = getelementptr inbounds float, float* %0, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %171, <8 x float>* %181, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %182 = icmp slt i64 %i, 3
  br i1 %182, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %183 = mul i64 %i, 1
  %184 = add i64 %45, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 56
  %187 = and i1 %185, %186
  br i1 %187, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %188 = mul i64 %184, 56
  %189 = add i64 %49, %188
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %190 = icmp slt i64 %j, 3
  br i1 %190, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %191 = mul i64 %x, 1
  %192 = mul i64 %j, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = add i64 %189, %194
  %196 = add i64 %195, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %195, 8
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = add i64 %195, 16
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = mul i64 %i, 3
  %209 = add i64 %208, %j
  %210 = add i64 %39, 0
  %211 = mul i64 %210, 64
  %212 = add i64 %211, %c
  %213 = mul i64 %212, 9
  %214 = add i64 %213, %209
  %215 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %29, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %29, align 32
  %220 = load <8 x float>, <8 x float>* %28, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %203, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %28, align 32
  %222 = load <8 x float>, <8 x float>* %27, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %207, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %27, align 32
  %224 = mul i64 %i, 3
  %225 = add i64 %224, %j
  %226 = add i64 %39, 1
  %227 = mul i64 %226, 64
  %228 = add i64 %227, %c
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %26, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %26, align 32
  %236 = load <8 x float>, <8 x float>* %25, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %203, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %25, align 32
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %207, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  %240 = mul i64 %i, 3
  %241 = add i64 %240, %j
  %242 = add i64 %39, 2
  %243 = mul i64 %242, 64
  %244 = add i64 %243, %c
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %23, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %23, align 32
  %252 = load <8 x float>, <8 x float>* %22, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %203, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %22, align 32
  %254 = load <8 x float>, <8 x float>* %21, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %207, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %21, align 32
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %39, 3
  %259 = mul i64 %258, 64
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat3 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %20, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %20, align 32
  %268 = load <8 x float>, <8 x float>* %19, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %203, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %19, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %207, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header4:                                        ; preds = %i.exit10, %x.exit
  %c7 = phi i64 [ 0, %x.exit ], [ %c.next24, %i.exit10 ]
  %272 = icmp slt i64 %c7, 64
  br i1 %272, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %273 = mul i64 %c7, 3136
  %274 = add i64 %43, %273
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %275 = load <8 x float>, <8 x float>* %17, align 32
  %276 = mul i64 %36, 64
  %277 = add i64 %39, 0
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 56
  %280 = add i64 %279, %33
  %281 = mul i64 %280, 56
  %282 = add i64 %281, 49
  %283 = getelementptr inbounds float, float* %0, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %275, <8 x float>* %284, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = mul i64 %36, 64
  %287 = add i64 %39, 1
  %288 = add i64 %286, %287
  %289 = mul i64 %288, 56
  %290 = add i64 %289, %33
  %291 = mul i64 %290, 56
  %292 = add i64 %291, 49
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %285, <8 x float>* %294, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %295 = load <8 x float>, <8 x float>* %15, align 32
  %296 = mul i64 %36, 64
  %297 = add i64 %39, 2
  %298 = add i64 %296, %297
  %299 = mul i64 %298, 56
  %300 = add i64 %299, %33
  %301 = mul i64 %300, 56
  %302 = add i64 %301, 49
  %303 = getelementptr inbounds float, float* %0, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %295, <8 x float>* %304, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %305 = load <8 x float>, <8 x float>* %14, align 32
  %306 = mul i64 %36, 64
  %307 = add i64 %39, 3
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 56
  %310 = add i64 %309, %33
  %311 = mul i64 %310, 56
  %312 = add i64 %311, 49
  %313 = getelementptr inbounds float, float* %0, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %305, <8 x float>* %314, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next23, %endif13 ]
  %315 = icmp slt i64 %i11, 3
  br i1 %315, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %316 = mul i64 %i11, 1
  %317 = add i64 %45, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 56
  %320 = and i1 %318, %319
  br i1 %320, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next24 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %321 = mul i64 %317, 56
  %322 = add i64 %274, %321
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next23 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next22, %j.body15 ]
  %323 = icmp slt i64 %j17, 3
  br i1 %323, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %324 = mul i64 %j17, 1
  %325 = add i64 49, %324
  %326 = sub i64 %325, 1
  %327 = add i64 %322, %326
  %328 = add i64 %327, 0
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %330, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %332 = mul i64 %i11, 3
  %333 = add i64 %332, %j17
  %334 = add i64 %39, 0
  %335 = mul i64 %334, 64
  %336 = add i64 %335, %c7
  %337 = mul i64 %336, 9
  %338 = add i64 %337, %333
  %339 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat18 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %17, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %17, align 32
  %344 = mul i64 %i11, 3
  %345 = add i64 %344, %j17
  %346 = add i64 %39, 1
  %347 = mul i64 %346, 64
  %348 = add i64 %347, %c7
  %349 = mul i64 %348, 9
  %350 = add i64 %349, %345
  %351 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat19 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = mul i64 %i11, 3
  %357 = add i64 %356, %j17
  %358 = add i64 %39, 2
  %359 = mul i64 %358, 64
  %360 = add i64 %359, %c7
  %361 = mul i64 %360, 9
  %362 = add i64 %361, %357
  %363 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat20 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %15, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %15, align 32
  %368 = mul i64 %i11, 3
  %369 = add i64 %368, %j17
  %370 = add i64 %39, 3
  %371 = mul i64 %370, 64
  %372 = add i64 %371, %c7
  %373 = mul i64 %372, 9
  %374 = add i64 %373, %369
  %375 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %j.next22 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header:                                        ; preds = %c.exit27, %c.exit6
  %xs = phi i64 [ 0, %c.exit6 ], [ %xs.next, %c.exit27 ]
  %380 = icmp slt i64 %xs, 1
  br i1 %380, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header25

xs.exit:                                          ; preds = %xs.header
  br label %xs.header42

c.header25:                                       ; preds = %i.exit31, %xs.body
  %c28 = phi i64 [ 0, %xs.body ], [ %c.next41, %i.exit31 ]
  %381 = icmp slt i64 %c28, 64
  br i1 %381, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %382 = mul i64 %c28, 3136
  %383 = add i64 %43, %382
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %384 = load float, float* %13, align 4
  %385 = mul i64 %36, 64
  %386 = add i64 %39, 0
  %387 = add i64 %385, %386
  %388 = mul i64 %387, 56
  %389 = add i64 %388, %33
  %390 = mul i64 %389, 56
  %391 = add i64 %390, %xs
  %392 = getelementptr inbounds float, float* %0, i64 %391
  store float %384, float* %392, align 4
  %393 = load float, float* %12, align 4
  %394 = mul i64 %36, 64
  %395 = add i64 %39, 1
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 56
  %398 = add i64 %397, %33
  %399 = mul i64 %398, 56
  %400 = add i64 %399, %xs
  %401 = getelementptr inbounds float, float* %0, i64 %400
  store float %393, float* %401, align 4
  %402 = load float, float* %11, align 4
  %403 = mul i64 %36, 64
  %404 = add i64 %39, 2
  %405 = add i64 %403, %404
  %406 = mul i64 %405, 56
  %407 = add i64 %406, %33
  %408 = mul i64 %407, 56
  %409 = add i64 %408, %xs
  %410 = getelementptr inbounds float, float* %0, i64 %409
  store float %402, float* %410, align 4
  %411 = load float, float* %10, align 4
  %412 = mul i64 %36, 64
  %413 = add i64 %39, 3
  %414 = add i64 %412, %413
  %415 = mul i64 %414, 56
  %416 = add i64 %415, %33
  %417 = mul i64 %416, 56
  %418 = add i64 %417, %xs
  %419 = getelementptr inbounds float, float* %0, i64 %418
  store float %411, float* %419, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %420 = icmp slt i64 %i32, 3
  br i1 %420, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %421 = mul i64 %i32, 1
  %422 = add i64 %45, %421
  %423 = icmp sge i64 %422, 0
  %424 = icmp slt i64 %422, 56
  %425 = and i1 %423, %424
  br i1 %425, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %426 = mul i64 %422, 56
  %427 = add i64 %383, %426
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %428 = icmp slt i64 %j38, 3
  br i1 %428, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %429 = mul i64 %xs, 1
  %430 = mul i64 %j38, 1
  %431 = add i64 %429, %430
  %432 = sub i64 %431, 1
  %433 = icmp sge i64 %432, 0
  %434 = icmp slt i64 %432, 56
  %435 = and i1 %433, %434
  %436 = icmp sgt i64 %432, 0
  %437 = select i1 %436, i64 %432, i64 0
  %438 = icmp slt i64 %437, 55
  %439 = select i1 %438, i64 %437, i64 55
  %440 = add i64 %427, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = select i1 %435, float %442, float 0.000000e+00
  %444 = mul i64 %i32, 3
  %445 = add i64 %444, %j38
  %446 = add i64 %39, 0
  %447 = mul i64 %446, 64
  %448 = add i64 %447, %c28
  %449 = mul i64 %448, 9
  %450 = add i64 %449, %445
  %451 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %450
  %452 = load float, float* %451, align 4
  %453 = load float, float* %13, align 4
  %454 = call float @llvm.fma.f32(float %452, float %443, float %453)
  store float %454, float* %13, align 4
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %39, 1
  %458 = mul i64 %457, 64
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %12, align 4
  %465 = call float @llvm.fma.f32(float %463, float %443, float %464)
  store float %465, float* %12, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %39, 2
  %469 = mul i64 %468, 64
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %11, align 4
  %476 = call float @llvm.fma.f32(float %474, float %443, float %475)
  store float %476, float* %11, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %39, 3
  %480 = mul i64 %479, 64
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %10, align 4
  %487 = call float @llvm.fma.f32(float %485, float %443, float %486)
  store float %487, float* %10, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34

xs.header42:                                      ; preds = %c.exit48, %xs.exit
  %xs45 = phi i64 [ 55, %xs.exit ], [ %xs.next63, %c.exit48 ]
  %488 = icmp slt i64 %xs45, 56
  br i1 %488, label %xs.body43, label %xs.exit44

xs.body43:                                        ; preds = %xs.header42
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header46

xs.exit44:                                        ; preds = %xs.header42
  %task.next = add i64 %task, 1
  br label %task.header

c.header46:                                       ; preds = %i.exit52, %xs.body43
  %c49 = phi i64 [ 0, %xs.body43 ], [ %c.next62, %i.exit52 ]
  %489 = icmp slt i64 %c49, 64
  br i1 %489, label %c.body47, label %c.exit48

c.body47:                                         ; preds = %c.header46
  %490 = mul i64 %c49, 3136
  %491 = add i64 %43, %490
  br label %i.header50

c.exit48:                                         ; preds = %c.header46
  %492 = load float, float* %9, align 4
  %493 = mul i64 %36, 64
  %494 = add i64 %39, 0
  %495 = add i64 %493, %494
  %496 = mul i64 %495, 56
  %497 = add i64 %496, %33
  %498 = mul i64 %497, 56
  %499 = add i64 %498, %xs45
  %500 = getelementptr inbounds float, float* %0, i64 %499
  store float %492, float* %500, align 4
  %501 = load float, float* %8, align 4
  %502 = mul i64 %36, 64
  %503 = add i64 %39, 1
  %504 = add i64 %502, %503
  %505 = mul i64 %504, 56
  %506 = add i64 %505, %33
  %507 = mul i64 %506, 56
  %508 = add i64 %507, %xs45
  %509 = getelementptr inbounds float, float* %0, i64 %508
  store float %501, float* %509, align 4
  %510 = load float, float* %7, align 4
  %511 = mul i64 %36, 64
  %512 = add i64 %39, 2
  %513 = add i64 %511, %512
  %514 = mul i64 %513, 56
  %515 = add i64 %514, %33
  %516 = mul i64 %515, 56
  %517 = add i64 %516, %xs45
  %518 = getelementptr inbounds float, float* %0, i64 %517
  store float %510, float* %518, align 4
  %519 = load float, float* %6, align 4
  %520 = mul i64 %36, 64
  %521 = add i64 %39, 3
  %522 = add i64 %520, %521
  %523 = mul i64 %522, 56
  %524 = add i64 %523, %33
  %525 = mul i64 %524, 56
  %526 = add i64 %525, %xs45
  %527 = getelementptr inbounds float, float* %0, i64 %526
  store float %519, float* %527, align 4
  %xs.next63 = add i64 %xs45, 1
  br label %xs.header42

i.header50:                                       ; preds = %endif55, %c.body47
  %i53 = phi i64 [ 0, %c.body47 ], [ %i.next61, %endif55 ]
  %528 = icmp slt i64 %i53, 3
  br i1 %528, label %i.body51, label %i.exit52

i.body51:                                         ; preds = %i.header50
  %529 = mul i64 %i53, 1
  %530 = add i64 %45, %529
  %531 = icmp sge i64 %530, 0
  %532 = icmp slt i64 %530, 56
  %533 = and i1 %531, %532
  br i1 %533, label %then54, label %endif55

i.exit52:                                         ; preds = %i.header50
  %c.next62 = add i64 %c49, 1
  br label %c.header46

then54:                                           ; preds = %i.body51
  %534 = mul i64 %530, 56
  %535 = add i64 %491, %534
  br label %j.header56

endif55:                                          ; preds = %j.exit58, %i.body51
  %i.next61 = add i64 %i53, 1
  br label %i.header50

j.header56:                                       ; preds = %j.body57, %then54
  %j59 = phi i64 [ 0, %then54 ], [ %j.next60, %j.body57 ]
  %536 = icmp slt i64 %j59, 3
  br i1 %536, label %j.body57, label %j.exit58

j.body57:                                         ; preds = %j.header56
  %537 = mul i64 %xs45, 1
  %538 = mul i64 %j59, 1
  %539 = add i64 %537, %538
  %540 = sub i64 %539, 1
  %541 = icmp sge i64 %540, 0
  %542 = icmp slt i64 %540, 56
  %543 = and i1 %541, %542
  %544 = icmp sgt i64 %540, 0
  %545 = select i1 %544, i64 %540, i64 0
  %546 = icmp slt i64 %545, 55
  %547 = select i1 %546, i64 %545, i64 55
  %548 = add i64 %535, %547
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = select i1 %543, float %550, float 0.000000e+00
  %552 = mul i64 %i53, 3
  %553 = add i64 %552, %j59
  %554 = add i64 %39, 0
  %555 = mul i64 %554, 64
  %556 = add i64 %555, %c49
  %557 = mul i64 %556, 9
  %558 = add i64 %557, %553
  %559 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %558
  %560 = load float, float* %559, align 4
  %561 = load float, float* %9, align 4
  %562 = call float @llvm.fma.f32(float %560, float %551, float %561)
  store float %562, float* %9, align 4
  %563 = mul i64 %i53, 3
  %564 = add i64 %563, %j59
  %565 = add i64 %39, 1
  %566 = mul i64 %565, 64
  %567 = add i64 %566, %c49
  %568 = mul i64 %567, 9
  %569 = add i64 %568, %564
  %570 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %569
  %571 = load float, float* %570, align 4
  %572 = load float, float* %8, align 4
  %573 = call float @llvm.fma.f32(float %571, float %551, float %572)
  store float %573, float* %8, align 4
  %574 = mul i64 %i53, 3
  %575 = add i64 %574, %j59
  %576 = add i64 %39, 2
  %577 = mul i64 %576, 64
  %578 = add i64 %577, %c49
  %579 = mul i64 %578, 9
  %580 = add i64 %579, %575
  %581 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %580
  %582 = load float, float* %581, align 4
  %583 = load float, float* %7, align 4
  %584 = call float @llvm.fma.f32(float %582, float %551, float %583)
  store float %584, float* %7, align 4
  %585 = mul i64 %i53, 3
  %586 = add i64 %585, %j59
  %587 = add i64 %39, 3
  %588 = mul i64 %587, 64
  %589 = add i64 %588, %c49
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = load float, float* %6, align 4
  %595 = call float @llvm.fma.f32(float %593, float %551, float %594)
  store float %595, float* %6, align 4
  %j.next60 = add i64 %j59, 1
  br label %j.header56

j.exit58:                                         ; preds = %j.header56
  br label %endif55
}

; Function Attrs: nounwind
define internal void @node14.conv2d_5.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node14.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.batchNorm_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 64
  %8 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_5.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.batchNorm_5.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 3136
  %13 = add i64 %12, 3136
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node15.batchNorm_5.step0(i8* %0) #2 {
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
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
  call void @node15.batchNorm_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.add_2.step0.body(float* noalias %0, float* noalias %1, float* noalias %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %row.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %row.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = mul i64 %task, 1
  %9 = add i64 %8, 1
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %row.header

task.exit:                                        ; preds = %task.header
  ret void

row.header:                                       ; preds = %s.exit, %task.body
  %row = phi i64 [ %8, %task.body ], [ %row.next, %s.exit ]
  %12 = icmp slt i64 %row, %11
  br i1 %12, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %13 = mul i64 %row, 200704
  br label %v.header

row.exit:                                         ; preds = %row.header
  %task.next = add i64 %task, 1
  br label %task.header

v.header:                                         ; preds = %v.body, %row.body
  %v = phi i64 [ 0, %row.body ], [ %v.next, %v.body ]
  %14 = icmp slt i64 %v, 200704
  br i1 %14, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %15 = mul i64 %v, 1
  %16 = add i64 0, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %v, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %2, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fadd <8 x float> %19, %24
  %26 = add i64 %13, %v
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %25, <8 x float>* %28, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ 200704, %v.exit ], [ %s.next, %s.body ]
  %29 = icmp slt i64 %s, 200704
  br i1 %29, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %30 = mul i64 %s, 1
  %31 = add i64 0, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = mul i64 %s, 1
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fadd float %33, %37
  %39 = add i64 %13, %s
  %40 = getelementptr inbounds float, float* %0, i64 %39
  store float %38, float* %40, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %row.next = add i64 %row, 1
  br label %row.header
}

; Function Attrs: nounwind
define internal void @node16.add_2.step0(i8* %0) #2 {
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 1, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  call void @node16.add_2.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.relu_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 200704
  %10 = select i1 %9, i64 %8, i64 200704
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node17.relu_5.step0(i8* %0) #2 {
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
  %19 = add i64 13, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 13
  %23 = select i1 %22, i64 %21, i64 13
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 13
  %26 = select i1 %25, i64 %24, i64 13
  call void @node17.relu_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit23, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit23 ]
  %26 = icmp slt i64 %task, %5
  br i1 %26, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %27 = srem i64 %task, 32
  %28 = sdiv i64 %task, 32
  %29 = srem i64 %28, 28
  %30 = sdiv i64 %task, 896
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 128
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 64
  %37 = mul i64 %31, 64
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 3136
  %40 = mul i64 %29, 2
  %41 = sub i64 %40, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %42 = icmp slt i64 %x, 25
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %43 = icmp slt i64 %c, 64
  br i1 %43, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %44 = mul i64 %c, 3136
  %45 = add i64 %39, %44
  br label %i.header

c.exit:                                           ; preds = %c.header
  %46 = load <8 x float>, <8 x float>* %25, align 32
  %47 = add i64 %x, 0
  %48 = mul i64 %32, 128
  %49 = add i64 %35, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 28
  %52 = add i64 %51, %29
  %53 = mul i64 %52, 28
  %54 = add i64 %53, %47
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  store <8 x float> %46, <8 x float>* %56, align 4
  %57 = load <8 x float>, <8 x float>* %24, align 32
  %58 = add i64 %x, 8
  %59 = mul i64 %32, 128
  %60 = add i64 %35, 0
  %61 = add i64 %59, %60
  %62 = mul i64 %61, 28
  %63 = add i64 %62, %29
  %64 = mul i64 %63, 28
  %65 = add i64 %64, %58
  %66 = getelementptr inbounds float, float* %0, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  store <8 x float> %57, <8 x float>* %67, align 4
  %68 = load <8 x float>, <8 x float>* %23, align 32
  %69 = add i64 %x, 16
  %70 = mul i64 %32, 128
  %71 = add i64 %35, 0
  %72 = add i64 %70, %71
  %73 = mul i64 %72, 28
  %74 = add i64 %73, %29
  %75 = mul i64 %74, 28
  %76 = add i64 %75, %69
  %77 = getelementptr inbounds float, float* %0, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  store <8 x float> %68, <8 x float>* %78, align 4
  %79 = load <8 x float>, <8 x float>* %22, align 32
  %80 = add i64 %x, 0
  %81 = mul i64 %32, 128
  %82 = add i64 %35, 1
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 28
  %85 = add i64 %84, %29
  %86 = mul i64 %85, 28
  %87 = add i64 %86, %80
  %88 = getelementptr inbounds float, float* %0, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %79, <8 x float>* %89, align 4
  %90 = load <8 x float>, <8 x float>* %21, align 32
  %91 = add i64 %x, 8
  %92 = mul i64 %32, 128
  %93 = add i64 %35, 1
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 28
  %96 = add i64 %95, %29
  %97 = mul i64 %96, 28
  %98 = add i64 %97, %91
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %90, <8 x float>* %100, align 4
  %101 = load <8 x float>, <8 x float>* %20, align 32
  %102 = add i64 %x, 16
  %103 = mul i64 %32, 128
  %104 = add i64 %35, 1
  %105 = add i64 %103, %104
  %106 = mul i64 %105, 28
  %107 = add i64 %106, %29
  %108 = mul i64 %107, 28
  %109 = add i64 %108, %102
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %101, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %19, align 32
  %113 = add i64 %x, 0
  %114 = mul i64 %32, 128
  %115 = add i64 %35, 2
  %116 = add i64 %114, %115
  %117 = mul i64 %116, 28
  %118 = add i64 %117, %29
  %119 = mul i64 %118, 28
  %120 = add i64 %119, %113
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %112, <8 x float>* %122, align 4
  %123 = load <8 x float>, <8 x float>* %18, align 32
  %124 = add i64 %x, 8
  %125 = mul i64 %32, 128
  %126 = add i64 %35, 2
  %127 = add i64 %125, %126
  %128 = mul i64 %127, 28
  %129 = add i64 %128, %29
  %130 = mul i64 %129, 28
  %131 = add i64 %130, %124
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %123, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %17, align 32
  %135 = add i64 %x, 16
  %136 = mul i64 %32, 128
  %137 = add i64 %35, 2
  %138 = add i64 %136, %137
  %139 = mul i64 %138, 28
  %140 = add i64 %139, %29
  %141 = mul i64 %140, 28
  %142 = add i64 %141, %135
  %143 = getelementptr inbounds float, float* %0, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %134, <8 x float>* %144, align 4
  %145 = load <8 x float>, <8 x float>* %16, align 32
  %146 = add i64 %x, 0
  %147 = mul i64 %32, 128
  %148 = add i64 %35, 3
  %149 = add i64 %147, %148
  %150 = mul i64 %149, 28
  %151 = add i64 %150, %29
  %152 = mul i64 %151, 28
  %153 = add i64 %152, %146
  %154 = getelementptr inbounds float, float* %0, i64 %153
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %145, <8 x float>* %155, align 4
  %156 = load <8 x float>, <8 x float>* %15, align 32
  %157 = add i64 %x, 8
  %158 = mul i64 %32, 128
  %159 = add i64 %35, 3
  %160 = add i64 %158, %159
  %161 = mul i64 %160, 28
  %162 = add i64 %161, %29
  %163 = mul i64 %162, 28
  %164 = add i64 %163, %157
  %165 = getelementptr inbounds float, float* %0, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %156, <8 x float>* %166, align 4
  %167 = load <8 x float>, <8 x float>* %14, align 32
  %168 = add i64 %x, 16
  %169 = mul i64 %32, 128
  %170 = add i64 %35, 3
  %171 = add i64 %169, %170
  %172 = mul i64 %171, 28
  %173 = add i64 %172, %29
  %174 = mul i64 %173, 28
  %175 = add i64 %174, %168
  %176 = getelementptr inbounds float, float* %0, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %167, <8 x float>* %177, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %178 = icmp slt i64 %i, 3
  br i1 %178, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %179 = mul i64 %i, 1
  %180 = add i64 %41, %179
  %181 = icmp sge i64 %180, 0
  %182 = icmp slt i64 %180, 56
  %183 = and i1 %181, %182
  br i1 %183, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %184 = mul i64 %180, 56
  %185 = add i64 %45, %184
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %186 = icmp slt i64 %j, 3
  br i1 %186, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %187 = mul i64 %x, 2
  %188 = mul i64 %j, 1
  %189 = add i64 %187, %188
  %190 = sub i64 %189, 1
  %191 = add i64 %185, %190
  %192 = add i64 %191, 0
  %193 = getelementptr inbounds float, float* %1, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = add i64 %192, 8
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = shufflevector <8 x float> %195, <8 x float> %199, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %201 = add i64 %191, 16
  %202 = getelementptr inbounds float, float* %1, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = add i64 %201, 8
  %206 = getelementptr inbounds float, float* %1, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = shufflevector <8 x float> %204, <8 x float> %208, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %210 = add i64 %191, 32
  %211 = getelementptr inbounds float, float* %1, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  %213 = load <8 x float>, <8 x float>* %212, align 4
  %214 = add i64 %210, 8
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = shufflevector <8 x float> %213, <8 x float> %217, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %219 = mul i64 %i, 3
  %220 = add i64 %219, %j
  %221 = add i64 %35, 0
  %222 = mul i64 %221, 64
  %223 = add i64 %222, %c
  %224 = mul i64 %223, 9
  %225 = add i64 %224, %220
  %226 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %225
  %227 = load float, float* %226, align 4
  %228 = insertelement <8 x float> undef, float %227, i32 0
  %splat = shufflevector <8 x float> %228, <8 x float> undef, <8 x i32> zeroinitializer
  %229 = load <8 x float>, <8 x float>* %25, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %200, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %25, align 32
  %231 = load <8 x float>, <8 x float>* %24, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %209, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %24, align 32
  %233 = load <8 x float>, <8 x float>* %23, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %218, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %23, align 32
  %235 = mul i64 %i, 3
  %236 = add i64 %235, %j
  %237 = add i64 %35, 1
  %238 = mul i64 %237, 64
  %239 = add i64 %238, %c
  %240 = mul i64 %239, 9
  %241 = add i64 %240, %236
  %242 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat1 = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %22, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %200, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %22, align 32
  %247 = load <8 x float>, <8 x float>* %21, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %209, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %21, align 32
  %249 = load <8 x float>, <8 x float>* %20, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %218, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %20, align 32
  %251 = mul i64 %i, 3
  %252 = add i64 %251, %j
  %253 = add i64 %35, 2
  %254 = mul i64 %253, 64
  %255 = add i64 %254, %c
  %256 = mul i64 %255, 9
  %257 = add i64 %256, %252
  %258 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %257
  %259 = load float, float* %258, align 4
  %260 = insertelement <8 x float> undef, float %259, i32 0
  %splat2 = shufflevector <8 x float> %260, <8 x float> undef, <8 x i32> zeroinitializer
  %261 = load <8 x float>, <8 x float>* %19, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %200, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %19, align 32
  %263 = load <8 x float>, <8 x float>* %18, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %209, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %18, align 32
  %265 = load <8 x float>, <8 x float>* %17, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %218, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %17, align 32
  %267 = mul i64 %i, 3
  %268 = add i64 %267, %j
  %269 = add i64 %35, 3
  %270 = mul i64 %269, 64
  %271 = add i64 %270, %c
  %272 = mul i64 %271, 9
  %273 = add i64 %272, %268
  %274 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %273
  %275 = load float, float* %274, align 4
  %276 = insertelement <8 x float> undef, float %275, i32 0
  %splat3 = shufflevector <8 x float> %276, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = load <8 x float>, <8 x float>* %16, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %200, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %16, align 32
  %279 = load <8 x float>, <8 x float>* %15, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %209, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %15, align 32
  %281 = load <8 x float>, <8 x float>* %14, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %218, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %x.exit
  %xs = phi i64 [ 0, %x.exit ], [ %xs.next, %c.exit6 ]
  %283 = icmp slt i64 %xs, 1
  br i1 %283, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  br label %xs.header21

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %284 = icmp slt i64 %c7, 64
  br i1 %284, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %285 = mul i64 %c7, 3136
  %286 = add i64 %39, %285
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %287 = load float, float* %13, align 4
  %288 = mul i64 %32, 128
  %289 = add i64 %35, 0
  %290 = add i64 %288, %289
  %291 = mul i64 %290, 28
  %292 = add i64 %291, %29
  %293 = mul i64 %292, 28
  %294 = add i64 %293, %xs
  %295 = getelementptr inbounds float, float* %0, i64 %294
  store float %287, float* %295, align 4
  %296 = load float, float* %12, align 4
  %297 = mul i64 %32, 128
  %298 = add i64 %35, 1
  %299 = add i64 %297, %298
  %300 = mul i64 %299, 28
  %301 = add i64 %300, %29
  %302 = mul i64 %301, 28
  %303 = add i64 %302, %xs
  %304 = getelementptr inbounds float, float* %0, i64 %303
  store float %296, float* %304, align 4
  %305 = load float, float* %11, align 4
  %306 = mul i64 %32, 128
  %307 = add i64 %35, 2
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 28
  %310 = add i64 %309, %29
  %311 = mul i64 %310, 28
  %312 = add i64 %311, %xs
  %313 = getelementptr inbounds float, float* %0, i64 %312
  store float %305, float* %313, align 4
  %314 = load float, float* %10, align 4
  %315 = mul i64 %32, 128
  %316 = add i64 %35, 3
  %317 = add i64 %315, %316
  %318 = mul i64 %317, 28
  %319 = add i64 %318, %29
  %320 = mul i64 %319, 28
  %321 = add i64 %320, %xs
  %322 = getelementptr inbounds float, float* %0, i64 %321
  store float %314, float* %322, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %323 = icmp slt i64 %i11, 3
  br i1 %323, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %324 = mul i64 %i11, 1
  %325 = add i64 %41, %324
  %326 = icmp sge i64 %325, 0
  %327 = icmp slt i64 %325, 56
  %328 = and i1 %326, %327
  br i1 %328, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %329 = mul i64 %325, 56
  %330 = add i64 %286, %329
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %331 = icmp slt i64 %j17, 3
  br i1 %331, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %332 = mul i64 %xs, 2
  %333 = mul i64 %j17, 1
  %334 = add i64 %332, %333
  %335 = sub i64 %334, 1
  %336 = icmp sge i64 %335, 0
  %337 = icmp slt i64 %335, 56
  %338 = and i1 %336, %337
  %339 = icmp sgt i64 %335, 0
  %340 = select i1 %339, i64 %335, i64 0
  %341 = icmp slt i64 %340, 55
  %342 = select i1 %341, i64 %340, i64 55
  %343 = add i64 %330, %342
  %344 = getelementptr inbounds float, float* %1, i64 %343
  %345 = load float, float* %344, align 4
  %346 = select i1 %338, float %345, float 0.000000e+00
  %347 = mul i64 %i11, 3
  %348 = add i64 %347, %j17
  %349 = add i64 %35, 0
  %350 = mul i64 %349, 64
  %351 = add i64 %350, %c7
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %13, align 4
  %357 = call float @llvm.fma.f32(float %355, float %346, float %356)
  store float %357, float* %13, align 4
  %358 = mul i64 %i11, 3
  %359 = add i64 %358, %j17
  %360 = add i64 %35, 1
  %361 = mul i64 %360, 64
  %362 = add i64 %361, %c7
  %363 = mul i64 %362, 9
  %364 = add i64 %363, %359
  %365 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %364
  %366 = load float, float* %365, align 4
  %367 = load float, float* %12, align 4
  %368 = call float @llvm.fma.f32(float %366, float %346, float %367)
  store float %368, float* %12, align 4
  %369 = mul i64 %i11, 3
  %370 = add i64 %369, %j17
  %371 = add i64 %35, 2
  %372 = mul i64 %371, 64
  %373 = add i64 %372, %c7
  %374 = mul i64 %373, 9
  %375 = add i64 %374, %370
  %376 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %375
  %377 = load float, float* %376, align 4
  %378 = load float, float* %11, align 4
  %379 = call float @llvm.fma.f32(float %377, float %346, float %378)
  store float %379, float* %11, align 4
  %380 = mul i64 %i11, 3
  %381 = add i64 %380, %j17
  %382 = add i64 %35, 3
  %383 = mul i64 %382, 64
  %384 = add i64 %383, %c7
  %385 = mul i64 %384, 9
  %386 = add i64 %385, %381
  %387 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %386
  %388 = load float, float* %387, align 4
  %389 = load float, float* %10, align 4
  %390 = call float @llvm.fma.f32(float %388, float %346, float %389)
  store float %390, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 25, %xs.exit ], [ %xs.next42, %c.exit27 ]
  %391 = icmp slt i64 %xs24, 28
  br i1 %391, label %xs.body22, label %xs.exit23

xs.body22:                                        ; preds = %xs.header21
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header25

xs.exit23:                                        ; preds = %xs.header21
  %task.next = add i64 %task, 1
  br label %task.header

c.header25:                                       ; preds = %i.exit31, %xs.body22
  %c28 = phi i64 [ 0, %xs.body22 ], [ %c.next41, %i.exit31 ]
  %392 = icmp slt i64 %c28, 64
  br i1 %392, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %393 = mul i64 %c28, 3136
  %394 = add i64 %39, %393
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %395 = load float, float* %9, align 4
  %396 = mul i64 %32, 128
  %397 = add i64 %35, 0
  %398 = add i64 %396, %397
  %399 = mul i64 %398, 28
  %400 = add i64 %399, %29
  %401 = mul i64 %400, 28
  %402 = add i64 %401, %xs24
  %403 = getelementptr inbounds float, float* %0, i64 %402
  store float %395, float* %403, align 4
  %404 = load float, float* %8, align 4
  %405 = mul i64 %32, 128
  %406 = add i64 %35, 1
  %407 = add i64 %405, %406
  %408 = mul i64 %407, 28
  %409 = add i64 %408, %29
  %410 = mul i64 %409, 28
  %411 = add i64 %410, %xs24
  %412 = getelementptr inbounds float, float* %0, i64 %411
  store float %404, float* %412, align 4
  %413 = load float, float* %7, align 4
  %414 = mul i64 %32, 128
  %415 = add i64 %35, 2
  %416 = add i64 %414, %415
  %417 = mul i64 %416, 28
  %418 = add i64 %417, %29
  %419 = mul i64 %418, 28
  %420 = add i64 %419, %xs24
  %421 = getelementptr inbounds float, float* %0, i64 %420
  store float %413, float* %421, align 4
  %422 = load float, float* %6, align 4
  %423 = mul i64 %32, 128
  %424 = add i64 %35, 3
  %425 = add i64 %423, %424
  %426 = mul i64 %425, 28
  %427 = add i64 %426, %29
  %428 = mul i64 %427, 28
  %429 = add i64 %428, %xs24
  %430 = getelementptr inbounds float, float* %0, i64 %429
  store float %422, float* %430, align 4
  %xs.next42 = add i64 %xs24, 1
  br label %xs.header21

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %431 = icmp slt i64 %i32, 3
  br i1 %431, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %432 = mul i64 %i32, 1
  %433 = add i64 %41, %432
  %434 = icmp sge i64 %433, 0
  %435 = icmp slt i64 %433, 56
  %436 = and i1 %434, %435
  br i1 %436, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %437 = mul i64 %433, 56
  %438 = add i64 %394, %437
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %439 = icmp slt i64 %j38, 3
  br i1 %439, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %440 = mul i64 %xs24, 2
  %441 = mul i64 %j38, 1
  %442 = add i64 %440, %441
  %443 = sub i64 %442, 1
  %444 = icmp sge i64 %443, 0
  %445 = icmp slt i64 %443, 56
  %446 = and i1 %444, %445
  %447 = icmp sgt i64 %443, 0
  %448 = select i1 %447, i64 %443, i64 0
  %449 = icmp slt i64 %448, 55
  %450 = select i1 %449, i64 %448, i64 55
  %451 = add i64 %438, %450
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = select i1 %446, float %453, float 0.000000e+00
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %35, 0
  %458 = mul i64 %457, 64
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %9, align 4
  %465 = call float @llvm.fma.f32(float %463, float %454, float %464)
  store float %465, float* %9, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %35, 1
  %469 = mul i64 %468, 64
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %8, align 4
  %476 = call float @llvm.fma.f32(float %474, float %454, float %475)
  store float %476, float* %8, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %35, 2
  %480 = mul i64 %479, 64
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %7, align 4
  %487 = call float @llvm.fma.f32(float %485, float %454, float %486)
  store float %487, float* %7, align 4
  %488 = mul i64 %i32, 3
  %489 = add i64 %488, %j38
  %490 = add i64 %35, 3
  %491 = mul i64 %490, 64
  %492 = add i64 %491, %c28
  %493 = mul i64 %492, 9
  %494 = add i64 %493, %489
  %495 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %494
  %496 = load float, float* %495, align 4
  %497 = load float, float* %6, align 4
  %498 = call float @llvm.fma.f32(float %496, float %454, float %497)
  store float %498, float* %6, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34
}

; Function Attrs: nounwind
define internal void @node18.conv2d_6.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node18.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node19.batchNorm_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 128
  %8 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_6.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_6.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 784
  %13 = add i64 %12, 784
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node19.batchNorm_6.step0(i8* %0) #2 {
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
  call void @node19.batchNorm_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node20.relu_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 100352
  %10 = select i1 %9, i64 %8, i64 100352
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node20.relu_6.step0(i8* %0) #2 {
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
  %19 = add i64 7, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 7
  %23 = select i1 %22, i64 %21, i64 7
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 7
  %26 = select i1 %25, i64 %24, i64 7
  call void @node20.relu_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node21.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit44, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit44 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 32
  %32 = sdiv i64 %task, 32
  %33 = srem i64 %32, 28
  %34 = sdiv i64 %task, 896
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 128
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 128
  %41 = mul i64 %35, 128
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
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header4

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %47 = icmp slt i64 %c, 128
  br i1 %47, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %48 = mul i64 %c, 784
  %49 = add i64 %43, %48
  br label %i.header

c.exit:                                           ; preds = %c.header
  %50 = load <8 x float>, <8 x float>* %29, align 32
  %51 = add i64 %x, 0
  %52 = mul i64 %36, 128
  %53 = add i64 %39, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 28
  %56 = add i64 %55, %33
  %57 = mul i64 %56, 28
  %58 = add i64 %57, %51
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %50, <8 x float>* %60, align 4
  %61 = load <8 x float>, <8 x float>* %28, align 32
  %62 = add i64 %x, 8
  %63 = mul i64 %36, 128
  %64 = add i64 %39, 0
  %65 = add i64 %63, %64
  %66 = mul i64 %65, 28
  %67 = add i64 %66, %33
  %68 = mul i64 %67, 28
  %69 = add i64 %68, %62
  %70 = getelementptr inbounds float, float* %0, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %61, <8 x float>* %71, align 4
  %72 = load <8 x float>, <8 x float>* %27, align 32
  %73 = add i64 %x, 16
  %74 = mul i64 %36, 128
  %75 = add i64 %39, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 28
  %78 = add i64 %77, %33
  %79 = mul i64 %78, 28
  %80 = add i64 %79, %73
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %72, <8 x float>* %82, align 4
  %83 = load <8 x float>, <8 x float>* %26, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %36, 128
  %86 = add i64 %39, 1
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 28
  %89 = add i64 %88, %33
  %90 = mul i64 %89, 28
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %83, <8 x float>* %93, align 4
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = add i64 %x, 8
  %96 = mul i64 %36, 128
  %97 = add i64 %39, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 28
  %100 = add i64 %99, %33
  %101 = mul i64 %100, 28
  %102 = add i64 %101, %95
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %94, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %24, align 32
  %106 = add i64 %x, 16
  %107 = mul i64 %36, 128
  %108 = add i64 %39, 1
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 28
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 28
  %113 = add i64 %112, %106
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %105, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %23, align 32
  %117 = add i64 %x, 0
  %118 = mul i64 %36, 128
  %119 = add i64 %39, 2
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 28
  %122 = add i64 %121, %33
  %123 = mul i64 %122, 28
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %22, align 32
  %128 = add i64 %x, 8
  %129 = mul i64 %36, 128
  %130 = add i64 %39, 2
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 28
  %133 = add i64 %132, %33
  %134 = mul i64 %133, 28
  %135 = add i64 %134, %128
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %127, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %21, align 32
  %139 = add i64 %x, 16
  %140 = mul i64 %36, 128
  %141 = add i64 %39, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 28
  %144 = add i64 %143, %33
  %145 = mul i64 %144, 28
  %146 = add i64 %145, %139
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %138, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = add i64 %x, 0
  %151 = mul i64 %36, 128
  %152 = add i64 %39, 3
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 28
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 28
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = add i64 %x, 8
  %162 = mul i64 %36, 128
  %163 = add i64 %39, 3
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 28
  %166 = add i64 %165, %33
  %167 = mul i64 %166, 28
  %168 = add i64 %167, %161
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %160, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %18, align 32
  %172 = add i64 %x, 16
  %173 = mul i64 %36, 128
  %174 = add i64 %39, 3
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 28
  %177 = add i64 %176, %33
  %178 = mul i64 %177, 28
  %179 = add i64 %178, %172
  %180 = getelementptr inbounds float, float* %0, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %171, <8 x float>* %181, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %182 = icmp slt i64 %i, 3
  br i1 %182, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %183 = mul i64 %i, 1
  %184 = add i64 %45, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 28
  %187 = and i1 %185, %186
  br i1 %187, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %188 = mul i64 %184, 28
  %189 = add i64 %49, %188
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %190 = icmp slt i64 %j, 3
  br i1 %190, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %191 = mul i64 %x, 1
  %192 = mul i64 %j, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = add i64 %189, %194
  %196 = add i64 %195, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %195, 8
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = add i64 %195, 16
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = mul i64 %i, 3
  %209 = add i64 %208, %j
  %210 = add i64 %39, 0
  %211 = mul i64 %210, 128
  %212 = add i64 %211, %c
  %213 = mul i64 %212, 9
  %214 = add i64 %213, %209
  %215 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %29, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %29, align 32
  %220 = load <8 x float>, <8 x float>* %28, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %203, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %28, align 32
  %222 = load <8 x float>, <8 x float>* %27, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %207, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %27, align 32
  %224 = mul i64 %i, 3
  %225 = add i64 %224, %j
  %226 = add i64 %39, 1
  %227 = mul i64 %226, 128
  %228 = add i64 %227, %c
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %26, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %26, align 32
  %236 = load <8 x float>, <8 x float>* %25, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %203, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %25, align 32
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %207, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  %240 = mul i64 %i, 3
  %241 = add i64 %240, %j
  %242 = add i64 %39, 2
  %243 = mul i64 %242, 128
  %244 = add i64 %243, %c
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %23, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %23, align 32
  %252 = load <8 x float>, <8 x float>* %22, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %203, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %22, align 32
  %254 = load <8 x float>, <8 x float>* %21, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %207, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %21, align 32
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %39, 3
  %259 = mul i64 %258, 128
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat3 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %20, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %20, align 32
  %268 = load <8 x float>, <8 x float>* %19, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %203, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %19, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %207, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header4:                                        ; preds = %i.exit10, %x.exit
  %c7 = phi i64 [ 0, %x.exit ], [ %c.next24, %i.exit10 ]
  %272 = icmp slt i64 %c7, 128
  br i1 %272, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %273 = mul i64 %c7, 784
  %274 = add i64 %43, %273
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %275 = load <8 x float>, <8 x float>* %17, align 32
  %276 = mul i64 %36, 128
  %277 = add i64 %39, 0
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 28
  %280 = add i64 %279, %33
  %281 = mul i64 %280, 28
  %282 = add i64 %281, 25
  %283 = getelementptr inbounds float, float* %0, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %275, <8 x float>* %284, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = mul i64 %36, 128
  %287 = add i64 %39, 1
  %288 = add i64 %286, %287
  %289 = mul i64 %288, 28
  %290 = add i64 %289, %33
  %291 = mul i64 %290, 28
  %292 = add i64 %291, 25
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %285, <8 x float>* %294, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %295 = load <8 x float>, <8 x float>* %15, align 32
  %296 = mul i64 %36, 128
  %297 = add i64 %39, 2
  %298 = add i64 %296, %297
  %299 = mul i64 %298, 28
  %300 = add i64 %299, %33
  %301 = mul i64 %300, 28
  %302 = add i64 %301, 25
  %303 = getelementptr inbounds float, float* %0, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %295, <8 x float>* %304, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %305 = load <8 x float>, <8 x float>* %14, align 32
  %306 = mul i64 %36, 128
  %307 = add i64 %39, 3
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 28
  %310 = add i64 %309, %33
  %311 = mul i64 %310, 28
  %312 = add i64 %311, 25
  %313 = getelementptr inbounds float, float* %0, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %305, <8 x float>* %314, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next23, %endif13 ]
  %315 = icmp slt i64 %i11, 3
  br i1 %315, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %316 = mul i64 %i11, 1
  %317 = add i64 %45, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 28
  %320 = and i1 %318, %319
  br i1 %320, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next24 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %321 = mul i64 %317, 28
  %322 = add i64 %274, %321
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next23 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next22, %j.body15 ]
  %323 = icmp slt i64 %j17, 3
  br i1 %323, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %324 = mul i64 %j17, 1
  %325 = add i64 25, %324
  %326 = sub i64 %325, 1
  %327 = add i64 %322, %326
  %328 = add i64 %327, 0
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %330, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %332 = mul i64 %i11, 3
  %333 = add i64 %332, %j17
  %334 = add i64 %39, 0
  %335 = mul i64 %334, 128
  %336 = add i64 %335, %c7
  %337 = mul i64 %336, 9
  %338 = add i64 %337, %333
  %339 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat18 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %17, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %17, align 32
  %344 = mul i64 %i11, 3
  %345 = add i64 %344, %j17
  %346 = add i64 %39, 1
  %347 = mul i64 %346, 128
  %348 = add i64 %347, %c7
  %349 = mul i64 %348, 9
  %350 = add i64 %349, %345
  %351 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat19 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = mul i64 %i11, 3
  %357 = add i64 %356, %j17
  %358 = add i64 %39, 2
  %359 = mul i64 %358, 128
  %360 = add i64 %359, %c7
  %361 = mul i64 %360, 9
  %362 = add i64 %361, %357
  %363 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat20 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %15, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %15, align 32
  %368 = mul i64 %i11, 3
  %369 = add i64 %368, %j17
  %370 = add i64 %39, 3
  %371 = mul i64 %370, 128
  %372 = add i64 %371, %c7
  %373 = mul i64 %372, 9
  %374 = add i64 %373, %369
  %375 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %j.next22 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header:                                        ; preds = %c.exit27, %c.exit6
  %xs = phi i64 [ 0, %c.exit6 ], [ %xs.next, %c.exit27 ]
  %380 = icmp slt i64 %xs, 1
  br i1 %380, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header25

xs.exit:                                          ; preds = %xs.header
  br label %xs.header42

c.header25:                                       ; preds = %i.exit31, %xs.body
  %c28 = phi i64 [ 0, %xs.body ], [ %c.next41, %i.exit31 ]
  %381 = icmp slt i64 %c28, 128
  br i1 %381, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %382 = mul i64 %c28, 784
  %383 = add i64 %43, %382
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %384 = load float, float* %13, align 4
  %385 = mul i64 %36, 128
  %386 = add i64 %39, 0
  %387 = add i64 %385, %386
  %388 = mul i64 %387, 28
  %389 = add i64 %388, %33
  %390 = mul i64 %389, 28
  %391 = add i64 %390, %xs
  %392 = getelementptr inbounds float, float* %0, i64 %391
  store float %384, float* %392, align 4
  %393 = load float, float* %12, align 4
  %394 = mul i64 %36, 128
  %395 = add i64 %39, 1
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 28
  %398 = add i64 %397, %33
  %399 = mul i64 %398, 28
  %400 = add i64 %399, %xs
  %401 = getelementptr inbounds float, float* %0, i64 %400
  store float %393, float* %401, align 4
  %402 = load float, float* %11, align 4
  %403 = mul i64 %36, 128
  %404 = add i64 %39, 2
  %405 = add i64 %403, %404
  %406 = mul i64 %405, 28
  %407 = add i64 %406, %33
  %408 = mul i64 %407, 28
  %409 = add i64 %408, %xs
  %410 = getelementptr inbounds float, float* %0, i64 %409
  store float %402, float* %410, align 4
  %411 = load float, float* %10, align 4
  %412 = mul i64 %36, 128
  %413 = add i64 %39, 3
  %414 = add i64 %412, %413
  %415 = mul i64 %414, 28
  %416 = add i64 %415, %33
  %417 = mul i64 %416, 28
  %418 = add i64 %417, %xs
  %419 = getelementptr inbounds float, float* %0, i64 %418
  store float %411, float* %419, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %420 = icmp slt i64 %i32, 3
  br i1 %420, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %421 = mul i64 %i32, 1
  %422 = add i64 %45, %421
  %423 = icmp sge i64 %422, 0
  %424 = icmp slt i64 %422, 28
  %425 = and i1 %423, %424
  br i1 %425, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %426 = mul i64 %422, 28
  %427 = add i64 %383, %426
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %428 = icmp slt i64 %j38, 3
  br i1 %428, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %429 = mul i64 %xs, 1
  %430 = mul i64 %j38, 1
  %431 = add i64 %429, %430
  %432 = sub i64 %431, 1
  %433 = icmp sge i64 %432, 0
  %434 = icmp slt i64 %432, 28
  %435 = and i1 %433, %434
  %436 = icmp sgt i64 %432, 0
  %437 = select i1 %436, i64 %432, i64 0
  %438 = icmp slt i64 %437, 27
  %439 = select i1 %438, i64 %437, i64 27
  %440 = add i64 %427, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = select i1 %435, float %442, float 0.000000e+00
  %444 = mul i64 %i32, 3
  %445 = add i64 %444, %j38
  %446 = add i64 %39, 0
  %447 = mul i64 %446, 128
  %448 = add i64 %447, %c28
  %449 = mul i64 %448, 9
  %450 = add i64 %449, %445
  %451 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %450
  %452 = load float, float* %451, align 4
  %453 = load float, float* %13, align 4
  %454 = call float @llvm.fma.f32(float %452, float %443, float %453)
  store float %454, float* %13, align 4
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %39, 1
  %458 = mul i64 %457, 128
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %12, align 4
  %465 = call float @llvm.fma.f32(float %463, float %443, float %464)
  store float %465, float* %12, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %39, 2
  %469 = mul i64 %468, 128
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %11, align 4
  %476 = call float @llvm.fma.f32(float %474, float %443, float %475)
  store float %476, float* %11, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %39, 3
  %480 = mul i64 %479, 128
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %10, align 4
  %487 = call float @llvm.fma.f32(float %485, float %443, float %486)
  store float %487, float* %10, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34

xs.header42:                                      ; preds = %c.exit48, %xs.exit
  %xs45 = phi i64 [ 27, %xs.exit ], [ %xs.next63, %c.exit48 ]
  %488 = icmp slt i64 %xs45, 28
  br i1 %488, label %xs.body43, label %xs.exit44

xs.body43:                                        ; preds = %xs.header42
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header46

xs.exit44:                                        ; preds = %xs.header42
  %task.next = add i64 %task, 1
  br label %task.header

c.header46:                                       ; preds = %i.exit52, %xs.body43
  %c49 = phi i64 [ 0, %xs.body43 ], [ %c.next62, %i.exit52 ]
  %489 = icmp slt i64 %c49, 128
  br i1 %489, label %c.body47, label %c.exit48

c.body47:                                         ; preds = %c.header46
  %490 = mul i64 %c49, 784
  %491 = add i64 %43, %490
  br label %i.header50

c.exit48:                                         ; preds = %c.header46
  %492 = load float, float* %9, align 4
  %493 = mul i64 %36, 128
  %494 = add i64 %39, 0
  %495 = add i64 %493, %494
  %496 = mul i64 %495, 28
  %497 = add i64 %496, %33
  %498 = mul i64 %497, 28
  %499 = add i64 %498, %xs45
  %500 = getelementptr inbounds float, float* %0, i64 %499
  store float %492, float* %500, align 4
  %501 = load float, float* %8, align 4
  %502 = mul i64 %36, 128
  %503 = add i64 %39, 1
  %504 = add i64 %502, %503
  %505 = mul i64 %504, 28
  %506 = add i64 %505, %33
  %507 = mul i64 %506, 28
  %508 = add i64 %507, %xs45
  %509 = getelementptr inbounds float, float* %0, i64 %508
  store float %501, float* %509, align 4
  %510 = load float, float* %7, align 4
  %511 = mul i64 %36, 128
  %512 = add i64 %39, 2
  %513 = add i64 %511, %512
  %514 = mul i64 %513, 28
  %515 = add i64 %514, %33
  %516 = mul i64 %515, 28
  %517 = add i64 %516, %xs45
  %518 = getelementptr inbounds float, float* %0, i64 %517
  store float %510, float* %518, align 4
  %519 = load float, float* %6, align 4
  %520 = mul i64 %36, 128
  %521 = add i64 %39, 3
  %522 = add i64 %520, %521
  %523 = mul i64 %522, 28
  %524 = add i64 %523, %33
  %525 = mul i64 %524, 28
  %526 = add i64 %525, %xs45
  %527 = getelementptr inbounds float, float* %0, i64 %526
  store float %519, float* %527, align 4
  %xs.next63 = add i64 %xs45, 1
  br label %xs.header42

i.header50:                                       ; preds = %endif55, %c.body47
  %i53 = phi i64 [ 0, %c.body47 ], [ %i.next61, %endif55 ]
  %528 = icmp slt i64 %i53, 3
  br i1 %528, label %i.body51, label %i.exit52

i.body51:                                         ; preds = %i.header50
  %529 = mul i64 %i53, 1
  %530 = add i64 %45, %529
  %531 = icmp sge i64 %530, 0
  %532 = icmp slt i64 %530, 28
  %533 = and i1 %531, %532
  br i1 %533, label %then54, label %endif55

i.exit52:                                         ; preds = %i.header50
  %c.next62 = add i64 %c49, 1
  br label %c.header46

then54:                                           ; preds = %i.body51
  %534 = mul i64 %530, 28
  %535 = add i64 %491, %534
  br label %j.header56

endif55:                                          ; preds = %j.exit58, %i.body51
  %i.next61 = add i64 %i53, 1
  br label %i.header50

j.header56:                                       ; preds = %j.body57, %then54
  %j59 = phi i64 [ 0, %then54 ], [ %j.next60, %j.body57 ]
  %536 = icmp slt i64 %j59, 3
  br i1 %536, label %j.body57, label %j.exit58

j.body57:                                         ; preds = %j.header56
  %537 = mul i64 %xs45, 1
  %538 = mul i64 %j59, 1
  %539 = add i64 %537, %538
  %540 = sub i64 %539, 1
  %541 = icmp sge i64 %540, 0
  %542 = icmp slt i64 %540, 28
  %543 = and i1 %541, %542
  %544 = icmp sgt i64 %540, 0
  %545 = select i1 %544, i64 %540, i64 0
  %546 = icmp slt i64 %545, 27
  %547 = select i1 %546, i64 %545, i64 27
  %548 = add i64 %535, %547
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = select i1 %543, float %550, float 0.000000e+00
  %552 = mul i64 %i53, 3
  %553 = add i64 %552, %j59
  %554 = add i64 %39, 0
  %555 = mul i64 %554, 128
  %556 = add i64 %555, %c49
  %557 = mul i64 %556, 9
  %558 = add i64 %557, %553
  %559 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %558
  %560 = load float, float* %559, align 4
  %561 = load float, float* %9, align 4
  %562 = call float @llvm.fma.f32(float %560, float %551, float %561)
  store float %562, float* %9, align 4
  %563 = mul i64 %i53, 3
  %564 = add i64 %563, %j59
  %565 = add i64 %39, 1
  %566 = mul i64 %565, 128
  %567 = add i64 %566, %c49
  %568 = mul i64 %567, 9
  %569 = add i64 %568, %564
  %570 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %569
  %571 = load float, float* %570, align 4
  %572 = load float, float* %8, align 4
  %573 = call float @llvm.fma.f32(float %571, float %551, float %572)
  store float %573, float* %8, align 4
  %574 = mul i64 %i53, 3
  %575 = add i64 %574, %j59
  %576 = add i64 %39, 2
  %577 = mul i64 %576, 128
  %578 = add i64 %577, %c49
  %579 = mul i64 %578, 9
  %580 = add i64 %579, %575
  %581 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %580
  %582 = load float, float* %581, align 4
  %583 = load float, float* %7, align 4
  %584 = call float @llvm.fma.f32(float %582, float %551, float %583)
  store float %584, float* %7, align 4
  %585 = mul i64 %i53, 3
  %586 = add i64 %585, %j59
  %587 = add i64 %39, 3
  %588 = mul i64 %587, 128
  %589 = add i64 %588, %c49
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = load float, float* %6, align 4
  %595 = call float @llvm.fma.f32(float %593, float %551, float %594)
  store float %595, float* %6, align 4
  %j.next60 = add i64 %j59, 1
  br label %j.header56

j.exit58:                                         ; preds = %j.header56
  br label %endif55
}

; Function Attrs: nounwind
define internal void @node21.conv2d_7.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node21.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node22.batchNorm_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 128
  %8 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_7.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_7.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 784
  %13 = add i64 %12, 784
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node22.batchNorm_7.step0(i8* %0) #2 {
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
  call void @node22.batchNorm_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node23.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 32
  %24 = sdiv i64 %task, 32
  %25 = srem i64 %24, 28
  %26 = sdiv i64 %task, 896
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 128
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 64
  %33 = mul i64 %27, 64
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 3136
  %36 = mul i64 %25, 2
  %37 = sub i64 %36, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %c.exit ]
  %38 = icmp slt i64 %x, 24
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %39 = icmp slt i64 %c, 64
  br i1 %39, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %40 = mul i64 %c, 3136
  %41 = add i64 %35, %40
  br label %i.header

c.exit:                                           ; preds = %c.header
  %42 = load <8 x float>, <8 x float>* %21, align 32
  %43 = add i64 %x, 0
  %44 = mul i64 %28, 128
  %45 = add i64 %31, 0
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 28
  %48 = add i64 %47, %25
  %49 = mul i64 %48, 28
  %50 = add i64 %49, %43
  %51 = getelementptr inbounds float, float* %0, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  store <8 x float> %42, <8 x float>* %52, align 4
  %53 = load <8 x float>, <8 x float>* %20, align 32
  %54 = add i64 %x, 8
  %55 = mul i64 %28, 128
  %56 = add i64 %31, 0
  %57 = add i64 %55, %56
  %58 = mul i64 %57, 28
  %59 = add i64 %58, %25
  %60 = mul i64 %59, 28
  %61 = add i64 %60, %54
  %62 = getelementptr inbounds float, float* %0, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  store <8 x float> %53, <8 x float>* %63, align 4
  %64 = load <8 x float>, <8 x float>* %19, align 32
  %65 = add i64 %x, 16
  %66 = mul i64 %28, 128
  %67 = add i64 %31, 0
  %68 = add i64 %66, %67
  %69 = mul i64 %68, 28
  %70 = add i64 %69, %25
  %71 = mul i64 %70, 28
  %72 = add i64 %71, %65
  %73 = getelementptr inbounds float, float* %0, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %64, <8 x float>* %74, align 4
  %75 = load <8 x float>, <8 x float>* %18, align 32
  %76 = add i64 %x, 0
  %77 = mul i64 %28, 128
  %78 = add i64 %31, 1
  %79 = add i64 %77, %78
  %80 = mul i64 %79, 28
  %81 = add i64 %80, %25
  %82 = mul i64 %81, 28
  %83 = add i64 %82, %76
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %75, <8 x float>* %85, align 4
  %86 = load <8 x float>, <8 x float>* %17, align 32
  %87 = add i64 %x, 8
  %88 = mul i64 %28, 128
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 28
  %92 = add i64 %91, %25
  %93 = mul i64 %92, 28
  %94 = add i64 %93, %87
  %95 = getelementptr inbounds float, float* %0, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %86, <8 x float>* %96, align 4
  %97 = load <8 x float>, <8 x float>* %16, align 32
  %98 = add i64 %x, 16
  %99 = mul i64 %28, 128
  %100 = add i64 %31, 1
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 28
  %103 = add i64 %102, %25
  %104 = mul i64 %103, 28
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %15, align 32
  %109 = add i64 %x, 0
  %110 = mul i64 %28, 128
  %111 = add i64 %31, 2
  %112 = add i64 %110, %111
  %113 = mul i64 %112, 28
  %114 = add i64 %113, %25
  %115 = mul i64 %114, 28
  %116 = add i64 %115, %109
  %117 = getelementptr inbounds float, float* %0, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %108, <8 x float>* %118, align 4
  %119 = load <8 x float>, <8 x float>* %14, align 32
  %120 = add i64 %x, 8
  %121 = mul i64 %28, 128
  %122 = add i64 %31, 2
  %123 = add i64 %121, %122
  %124 = mul i64 %123, 28
  %125 = add i64 %124, %25
  %126 = mul i64 %125, 28
  %127 = add i64 %126, %120
  %128 = getelementptr inbounds float, float* %0, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %119, <8 x float>* %129, align 4
  %130 = load <8 x float>, <8 x float>* %13, align 32
  %131 = add i64 %x, 16
  %132 = mul i64 %28, 128
  %133 = add i64 %31, 2
  %134 = add i64 %132, %133
  %135 = mul i64 %134, 28
  %136 = add i64 %135, %25
  %137 = mul i64 %136, 28
  %138 = add i64 %137, %131
  %139 = getelementptr inbounds float, float* %0, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  store <8 x float> %130, <8 x float>* %140, align 4
  %141 = load <8 x float>, <8 x float>* %12, align 32
  %142 = add i64 %x, 0
  %143 = mul i64 %28, 128
  %144 = add i64 %31, 3
  %145 = add i64 %143, %144
  %146 = mul i64 %145, 28
  %147 = add i64 %146, %25
  %148 = mul i64 %147, 28
  %149 = add i64 %148, %142
  %150 = getelementptr inbounds float, float* %0, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %141, <8 x float>* %151, align 4
  %152 = load <8 x float>, <8 x float>* %11, align 32
  %153 = add i64 %x, 8
  %154 = mul i64 %28, 128
  %155 = add i64 %31, 3
  %156 = add i64 %154, %155
  %157 = mul i64 %156, 28
  %158 = add i64 %157, %25
  %159 = mul i64 %158, 28
  %160 = add i64 %159, %153
  %161 = getelementptr inbounds float, float* %0, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %152, <8 x float>* %162, align 4
  %163 = load <8 x float>, <8 x float>* %10, align 32
  %164 = add i64 %x, 16
  %165 = mul i64 %28, 128
  %166 = add i64 %31, 3
  %167 = add i64 %165, %166
  %168 = mul i64 %167, 28
  %169 = add i64 %168, %25
  %170 = mul i64 %169, 28
  %171 = add i64 %170, %164
  %172 = getelementptr inbounds float, float* %0, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %163, <8 x float>* %173, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %174 = icmp slt i64 %i, 1
  br i1 %174, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %175 = mul i64 %i, 1
  %176 = add i64 %37, %175
  %177 = icmp sge i64 %176, 0
  %178 = icmp slt i64 %176, 56
  %179 = and i1 %177, %178
  br i1 %179, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %180 = mul i64 %176, 56
  %181 = add i64 %41, %180
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %182 = icmp slt i64 %j, 1
  br i1 %182, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %183 = mul i64 %x, 2
  %184 = mul i64 %j, 1
  %185 = add i64 %183, %184
  %186 = sub i64 %185, 0
  %187 = add i64 %181, %186
  %188 = add i64 %187, 0
  %189 = getelementptr inbounds float, float* %1, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %188, 8
  %193 = getelementptr inbounds float, float* %1, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = shufflevector <8 x float> %191, <8 x float> %195, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %197 = add i64 %187, 16
  %198 = getelementptr inbounds float, float* %1, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  %200 = load <8 x float>, <8 x float>* %199, align 4
  %201 = add i64 %197, 8
  %202 = getelementptr inbounds float, float* %1, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = shufflevector <8 x float> %200, <8 x float> %204, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %206 = add i64 %187, 32
  %207 = getelementptr inbounds float, float* %1, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  %209 = load <8 x float>, <8 x float>* %208, align 4
  %210 = add i64 %206, 8
  %211 = getelementptr inbounds float, float* %1, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  %213 = load <8 x float>, <8 x float>* %212, align 4
  %214 = shufflevector <8 x float> %209, <8 x float> %213, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %215 = mul i64 %i, 1
  %216 = add i64 %215, %j
  %217 = add i64 %31, 0
  %218 = mul i64 %217, 64
  %219 = add i64 %218, %c
  %220 = mul i64 %219, 1
  %221 = add i64 %220, %216
  %222 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %221
  %223 = load float, float* %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i32 0
  %splat = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %225 = load <8 x float>, <8 x float>* %21, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %196, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %21, align 32
  %227 = load <8 x float>, <8 x float>* %20, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %205, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %20, align 32
  %229 = load <8 x float>, <8 x float>* %19, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %214, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %19, align 32
  %231 = mul i64 %i, 1
  %232 = add i64 %231, %j
  %233 = add i64 %31, 1
  %234 = mul i64 %233, 64
  %235 = add i64 %234, %c
  %236 = mul i64 %235, 1
  %237 = add i64 %236, %232
  %238 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %237
  %239 = load float, float* %238, align 4
  %240 = insertelement <8 x float> undef, float %239, i32 0
  %splat1 = shufflevector <8 x float> %240, <8 x float> undef, <8 x i32> zeroinitializer
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %196, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %18, align 32
  %243 = load <8 x float>, <8 x float>* %17, align 32
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %205, <8 x float> %243)
  store <8 x float> %244, <8 x float>* %17, align 32
  %245 = load <8 x float>, <8 x float>* %16, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %214, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %16, align 32
  %247 = mul i64 %i, 1
  %248 = add i64 %247, %j
  %249 = add i64 %31, 2
  %250 = mul i64 %249, 64
  %251 = add i64 %250, %c
  %252 = mul i64 %251, 1
  %253 = add i64 %252, %248
  %254 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %253
  %255 = load float, float* %254, align 4
  %256 = insertelement <8 x float> undef, float %255, i32 0
  %splat2 = shufflevector <8 x float> %256, <8 x float> undef, <8 x i32> zeroinitializer
  %257 = load <8 x float>, <8 x float>* %15, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %196, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %15, align 32
  %259 = load <8 x float>, <8 x float>* %14, align 32
  %260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %205, <8 x float> %259)
  store <8 x float> %260, <8 x float>* %14, align 32
  %261 = load <8 x float>, <8 x float>* %13, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %214, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %13, align 32
  %263 = mul i64 %i, 1
  %264 = add i64 %263, %j
  %265 = add i64 %31, 3
  %266 = mul i64 %265, 64
  %267 = add i64 %266, %c
  %268 = mul i64 %267, 1
  %269 = add i64 %268, %264
  %270 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %269
  %271 = load float, float* %270, align 4
  %272 = insertelement <8 x float> undef, float %271, i32 0
  %splat3 = shufflevector <8 x float> %272, <8 x float> undef, <8 x i32> zeroinitializer
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %196, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %12, align 32
  %275 = load <8 x float>, <8 x float>* %11, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %205, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %11, align 32
  %277 = load <8 x float>, <8 x float>* %10, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %214, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %10, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %x.exit
  %xs = phi i64 [ 24, %x.exit ], [ %xs.next, %c.exit6 ]
  %279 = icmp slt i64 %xs, 28
  br i1 %279, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  %task.next = add i64 %task, 1
  br label %task.header

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %280 = icmp slt i64 %c7, 64
  br i1 %280, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %281 = mul i64 %c7, 3136
  %282 = add i64 %35, %281
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %283 = load float, float* %9, align 4
  %284 = mul i64 %28, 128
  %285 = add i64 %31, 0
  %286 = add i64 %284, %285
  %287 = mul i64 %286, 28
  %288 = add i64 %287, %25
  %289 = mul i64 %288, 28
  %290 = add i64 %289, %xs
  %291 = getelementptr inbounds float, float* %0, i64 %290
  store float %283, float* %291, align 4
  %292 = load float, float* %8, align 4
  %293 = mul i64 %28, 128
  %294 = add i64 %31, 1
  %295 = add i64 %293, %294
  %296 = mul i64 %295, 28
  %297 = add i64 %296, %25
  %298 = mul i64 %297, 28
  %299 = add i64 %298, %xs
  %300 = getelementptr inbounds float, float* %0, i64 %299
  store float %292, float* %300, align 4
  %301 = load float, float* %7, align 4
  %302 = mul i64 %28, 128
  %303 = add i64 %31, 2
  %304 = add i64 %302, %303
  %305 = mul i64 %304, 28
  %306 = add i64 %305, %25
  %307 = mul i64 %306, 28
  %308 = add i64 %307, %xs
  %309 = getelementptr inbounds float, float* %0, i64 %308
  store float %301, float* %309, align 4
  %310 = load float, float* %6, align 4
  %311 = mul i64 %28, 128
  %312 = add i64 %31, 3
  %313 = add i64 %311, %312
  %314 = mul i64 %313, 28
  %315 = add i64 %314, %25
  %316 = mul i64 %315, 28
  %317 = add i64 %316, %xs
  %318 = getelementptr inbounds float, float* %0, i64 %317
  store float %310, float* %318, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %319 = icmp slt i64 %i11, 1
  br i1 %319, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %320 = mul i64 %i11, 1
  %321 = add i64 %37, %320
  %322 = icmp sge i64 %321, 0
  %323 = icmp slt i64 %321, 56
  %324 = and i1 %322, %323
  br i1 %324, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %325 = mul i64 %321, 56
  %326 = add i64 %282, %325
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %327 = icmp slt i64 %j17, 1
  br i1 %327, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %328 = mul i64 %xs, 2
  %329 = mul i64 %j17, 1
  %330 = add i64 %328, %329
  %331 = sub i64 %330, 0
  %332 = icmp sge i64 %331, 0
  %333 = icmp slt i64 %331, 56
  %334 = and i1 %332, %333
  %335 = icmp sgt i64 %331, 0
  %336 = select i1 %335, i64 %331, i64 0
  %337 = icmp slt i64 %336, 55
  %338 = select i1 %337, i64 %336, i64 55
  %339 = add i64 %326, %338
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = select i1 %334, float %341, float 0.000000e+00
  %343 = mul i64 %i11, 1
  %344 = add i64 %343, %j17
  %345 = add i64 %31, 0
  %346 = mul i64 %345, 64
  %347 = add i64 %346, %c7
  %348 = mul i64 %347, 1
  %349 = add i64 %348, %344
  %350 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %349
  %351 = load float, float* %350, align 4
  %352 = load float, float* %9, align 4
  %353 = call float @llvm.fma.f32(float %351, float %342, float %352)
  store float %353, float* %9, align 4
  %354 = mul i64 %i11, 1
  %355 = add i64 %354, %j17
  %356 = add i64 %31, 1
  %357 = mul i64 %356, 64
  %358 = add i64 %357, %c7
  %359 = mul i64 %358, 1
  %360 = add i64 %359, %355
  %361 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %360
  %362 = load float, float* %361, align 4
  %363 = load float, float* %8, align 4
  %364 = call float @llvm.fma.f32(float %362, float %342, float %363)
  store float %364, float* %8, align 4
  %365 = mul i64 %i11, 1
  %366 = add i64 %365, %j17
  %367 = add i64 %31, 2
  %368 = mul i64 %367, 64
  %369 = add i64 %368, %c7
  %370 = mul i64 %369, 1
  %371 = add i64 %370, %366
  %372 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %371
  %373 = load float, float* %372, align 4
  %374 = load float, float* %7, align 4
  %375 = call float @llvm.fma.f32(float %373, float %342, float %374)
  store float %375, float* %7, align 4
  %376 = mul i64 %i11, 1
  %377 = add i64 %376, %j17
  %378 = add i64 %31, 3
  %379 = mul i64 %378, 64
  %380 = add i64 %379, %c7
  %381 = mul i64 %380, 1
  %382 = add i64 %381, %377
  %383 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %382
  %384 = load float, float* %383, align 4
  %385 = load float, float* %6, align 4
  %386 = call float @llvm.fma.f32(float %384, float %342, float %385)
  store float %386, float* %6, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13
}

; Function Attrs: nounwind
define internal void @node23.conv2d_8.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node23.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node24.batchNorm_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 128
  %8 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_8.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_8.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 784
  %13 = add i64 %12, 784
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node24.batchNorm_8.step0(i8* %0) #2 {
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
  call void @node24.batchNorm_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node25.add_3.step0.body(float* noalias %0, float* noalias %1, float* noalias %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %row.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %row.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = mul i64 %task, 1
  %9 = add i64 %8, 1
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %row.header

task.exit:                                        ; preds = %task.header
  ret void

row.header:                                       ; preds = %s.exit, %task.body
  %row = phi i64 [ %8, %task.body ], [ %row.next, %s.exit ]
  %12 = icmp slt i64 %row, %11
  br i1 %12, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %13 = mul i64 %row, 100352
  br label %v.header

row.exit:                                         ; preds = %row.header
  %task.next = add i64 %task, 1
  br label %task.header

v.header:                                         ; preds = %v.body, %row.body
  %v = phi i64 [ 0, %row.body ], [ %v.next, %v.body ]
  %14 = icmp slt i64 %v, 100352
  br i1 %14, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %15 = mul i64 %v, 1
  %16 = add i64 0, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %v, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %2, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fadd <8 x float> %19, %24
  %26 = add i64 %13, %v
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %25, <8 x float>* %28, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ 100352, %v.exit ], [ %s.next, %s.body ]
  %29 = icmp slt i64 %s, 100352
  br i1 %29, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %30 = mul i64 %s, 1
  %31 = add i64 0, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = mul i64 %s, 1
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fadd float %33, %37
  %39 = add i64 %13, %s
  %40 = getelementptr inbounds float, float* %0, i64 %39
  store float %38, float* %40, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %row.next = add i64 %row, 1
  br label %row.header
}

; Function Attrs: nounwind
define internal void @node25.add_3.step0(i8* %0) #2 {
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 1, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  call void @node25.add_3.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node26.relu_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 100352
  %10 = select i1 %9, i64 %8, i64 100352
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node26.relu_7.step0(i8* %0) #2 {
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
  %19 = add i64 7, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 7
  %23 = select i1 %22, i64 %21, i64 7
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 7
  %26 = select i1 %25, i64 %24, i64 7
  call void @node26.relu_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node27.conv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit44, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit44 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 32
  %32 = sdiv i64 %task, 32
  %33 = srem i64 %32, 28
  %34 = sdiv i64 %task, 896
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 128
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 128
  %41 = mul i64 %35, 128
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
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header4

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %47 = icmp slt i64 %c, 128
  br i1 %47, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %48 = mul i64 %c, 784
  %49 = add i64 %43, %48
  br label %i.header

c.exit:                                           ; preds = %c.header
  %50 = load <8 x float>, <8 x float>* %29, align 32
  %51 = add i64 %x, 0
  %52 = mul i64 %36, 128
  %53 = add i64 %39, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 28
  %56 = add i64 %55, %33
  %57 = mul i64 %56, 28
  %58 = add i64 %57, %51
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %50, <8 x float>* %60, align 4
  %61 = load <8 x float>, <8 x float>* %28, align 32
  %62 = add i64 %x, 8
  %63 = mul i64 %36, 128
  %64 = add i64 %39, 0
  %65 = add i64 %63, %64
  %66 = mul i64 %65, 28
  %67 = add i64 %66, %33
  %68 = mul i64 %67, 28
  %69 = add i64 %68, %62
  %70 = getelementptr inbounds float, float* %0, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %61, <8 x float>* %71, align 4
  %72 = load <8 x float>, <8 x float>* %27, align 32
  %73 = add i64 %x, 16
  %74 = mul i64 %36, 128
  %75 = add i64 %39, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 28
  %78 = add i64 %77, %33
  %79 = mul i64 %78, 28
  %80 = add i64 %79, %73
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %72, <8 x float>* %82, align 4
  %83 = load <8 x float>, <8 x float>* %26, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %36, 128
  %86 = add i64 %39, 1
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 28
  %89 = add i64 %88, %33
  %90 = mul i64 %89, 28
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %83, <8 x float>* %93, align 4
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = add i64 %x, 8
  %96 = mul i64 %36, 128
  %97 = add i64 %39, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 28
  %100 = add i64 %99, %33
  %101 = mul i64 %100, 28
  %102 = add i64 %101, %95
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %94, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %24, align 32
  %106 = add i64 %x, 16
  %107 = mul i64 %36, 128
  %108 = add i64 %39, 1
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 28
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 28
  %113 = add i64 %112, %106
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %105, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %23, align 32
  %117 = add i64 %x, 0
  %118 = mul i64 %36, 128
  %119 = add i64 %39, 2
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 28
  %122 = add i64 %121, %33
  %123 = mul i64 %122, 28
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %22, align 32
  %128 = add i64 %x, 8
  %129 = mul i64 %36, 128
  %130 = add i64 %39, 2
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 28
  %133 = add i64 %132, %33
  %134 = mul i64 %133, 28
  %135 = add i64 %134, %128
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %127, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %21, align 32
  %139 = add i64 %x, 16
  %140 = mul i64 %36, 128
  %141 = add i64 %39, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 28
  %144 = add i64 %143, %33
  %145 = mul i64 %144, 28
  %146 = add i64 %145, %139
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %138, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = add i64 %x, 0
  %151 = mul i64 %36, 128
  %152 = add i64 %39, 3
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 28
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 28
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = add i64 %x, 8
  %162 = mul i64 %36, 128
  %163 = add i64 %39, 3
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 28
  %166 = add i64 %165, %33
  %167 = mul i64 %166, 28
  %168 = add i64 %167, %161
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %160, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %18, align 32
  %172 = add i64 %x, 16
  %173 = mul i64 %36, 128
  %174 = add i64 %39, 3
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 28
  %177 = add i64 %176, %33
  %178 = mul i64 %177, 28
  %179 = add i64 %178, %172
  %180 = getelementptr inbounds float, float* %0, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %171, <8 x float>* %181, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %182 = icmp slt i64 %i, 3
  br i1 %182, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %183 = mul i64 %i, 1
  %184 = add i64 %45, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 28
  %187 = and i1 %185, %186
  br i1 %187, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %188 = mul i64 %184, 28
  %189 = add i64 %49, %188
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %190 = icmp slt i64 %j, 3
  br i1 %190, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %191 = mul i64 %x, 1
  %192 = mul i64 %j, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = add i64 %189, %194
  %196 = add i64 %195, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %195, 8
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = add i64 %195, 16
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = mul i64 %i, 3
  %209 = add i64 %208, %j
  %210 = add i64 %39, 0
  %211 = mul i64 %210, 128
  %212 = add i64 %211, %c
  %213 = mul i64 %212, 9
  %214 = add i64 %213, %209
  %215 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %29, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %29, align 32
  %220 = load <8 x float>, <8 x float>* %28, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %203, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %28, align 32
  %222 = load <8 x float>, <8 x float>* %27, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %207, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %27, align 32
  %224 = mul i64 %i, 3
  %225 = add i64 %224, %j
  %226 = add i64 %39, 1
  %227 = mul i64 %226, 128
  %228 = add i64 %227, %c
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %26, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %26, align 32
  %236 = load <8 x float>, <8 x float>* %25, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %203, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %25, align 32
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %207, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  %240 = mul i64 %i, 3
  %241 = add i64 %240, %j
  %242 = add i64 %39, 2
  %243 = mul i64 %242, 128
  %244 = add i64 %243, %c
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %23, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %23, align 32
  %252 = load <8 x float>, <8 x float>* %22, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %203, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %22, align 32
  %254 = load <8 x float>, <8 x float>* %21, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %207, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %21, align 32
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %39, 3
  %259 = mul i64 %258, 128
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat3 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %20, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %20, align 32
  %268 = load <8 x float>, <8 x float>* %19, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %203, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %19, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %207, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header4:                                        ; preds = %i.exit10, %x.exit
  %c7 = phi i64 [ 0, %x.exit ], [ %c.next24, %i.exit10 ]
  %272 = icmp slt i64 %c7, 128
  br i1 %272, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %273 = mul i64 %c7, 784
  %274 = add i64 %43, %273
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %275 = load <8 x float>, <8 x float>* %17, align 32
  %276 = mul i64 %36, 128
  %277 = add i64 %39, 0
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 28
  %280 = add i64 %279, %33
  %281 = mul i64 %280, 28
  %282 = add i64 %281, 25
  %283 = getelementptr inbounds float, float* %0, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %275, <8 x float>* %284, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = mul i64 %36, 128
  %287 = add i64 %39, 1
  %288 = add i64 %286, %287
  %289 = mul i64 %288, 28
  %290 = add i64 %289, %33
  %291 = mul i64 %290, 28
  %292 = add i64 %291, 25
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %285, <8 x float>* %294, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %295 = load <8 x float>, <8 x float>* %15, align 32
  %296 = mul i64 %36, 128
  %297 = add i64 %39, 2
  %298 = add i64 %296, %297
  %299 = mul i64 %298, 28
  %300 = add i64 %299, %33
  %301 = mul i64 %300, 28
  %302 = add i64 %301, 25
  %303 = getelementptr inbounds float, float* %0, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %295, <8 x float>* %304, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %305 = load <8 x float>, <8 x float>* %14, align 32
  %306 = mul i64 %36, 128
  %307 = add i64 %39, 3
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 28
  %310 = add i64 %309, %33
  %311 = mul i64 %310, 28
  %312 = add i64 %311, 25
  %313 = getelementptr inbounds float, float* %0, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %305, <8 x float>* %314, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next23, %endif13 ]
  %315 = icmp slt i64 %i11, 3
  br i1 %315, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %316 = mul i64 %i11, 1
  %317 = add i64 %45, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 28
  %320 = and i1 %318, %319
  br i1 %320, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next24 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %321 = mul i64 %317, 28
  %322 = add i64 %274, %321
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next23 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next22, %j.body15 ]
  %323 = icmp slt i64 %j17, 3
  br i1 %323, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %324 = mul i64 %j17, 1
  %325 = add i64 25, %324
  %326 = sub i64 %325, 1
  %327 = add i64 %322, %326
  %328 = add i64 %327, 0
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %330, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %332 = mul i64 %i11, 3
  %333 = add i64 %332, %j17
  %334 = add i64 %39, 0
  %335 = mul i64 %334, 128
  %336 = add i64 %335, %c7
  %337 = mul i64 %336, 9
  %338 = add i64 %337, %333
  %339 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat18 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %17, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %17, align 32
  %344 = mul i64 %i11, 3
  %345 = add i64 %344, %j17
  %346 = add i64 %39, 1
  %347 = mul i64 %346, 128
  %348 = add i64 %347, %c7
  %349 = mul i64 %348, 9
  %350 = add i64 %349, %345
  %351 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat19 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = mul i64 %i11, 3
  %357 = add i64 %356, %j17
  %358 = add i64 %39, 2
  %359 = mul i64 %358, 128
  %360 = add i64 %359, %c7
  %361 = mul i64 %360, 9
  %362 = add i64 %361, %357
  %363 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat20 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %15, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %15, align 32
  %368 = mul i64 %i11, 3
  %369 = add i64 %368, %j17
  %370 = add i64 %39, 3
  %371 = mul i64 %370, 128
  %372 = add i64 %371, %c7
  %373 = mul i64 %372, 9
  %374 = add i64 %373, %369
  %375 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %j.next22 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header:                                        ; preds = %c.exit27, %c.exit6
  %xs = phi i64 [ 0, %c.exit6 ], [ %xs.next, %c.exit27 ]
  %380 = icmp slt i64 %xs, 1
  br i1 %380, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header25

xs.exit:                                          ; preds = %xs.header
  br label %xs.header42

c.header25:                                       ; preds = %i.exit31, %xs.body
  %c28 = phi i64 [ 0, %xs.body ], [ %c.next41, %i.exit31 ]
  %381 = icmp slt i64 %c28, 128
  br i1 %381, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %382 = mul i64 %c28, 784
  %383 = add i64 %43, %382
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %384 = load float, float* %13, align 4
  %385 = mul i64 %36, 128
  %386 = add i64 %39, 0
  %387 = add i64 %385, %386
  %388 = mul i64 %387, 28
  %389 = add i64 %388, %33
  %390 = mul i64 %389, 28
  %391 = add i64 %390, %xs
  %392 = getelementptr inbounds float, float* %0, i64 %391
  store float %384, float* %392, align 4
  %393 = load float, float* %12, align 4
  %394 = mul i64 %36, 128
  %395 = add i64 %39, 1
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 28
  %398 = add i64 %397, %33
  %399 = mul i64 %398, 28
  %400 = add i64 %399, %xs
  %401 = getelementptr inbounds float, float* %0, i64 %400
  store float %393, float* %401, align 4
  %402 = load float, float* %11, align 4
  %403 = mul i64 %36, 128
  %404 = add i64 %39, 2
  %405 = add i64 %403, %404
  %406 = mul i64 %405, 28
  %407 = add i64 %406, %33
  %408 = mul i64 %407, 28
  %409 = add i64 %408, %xs
  %410 = getelementptr inbounds float, float* %0, i64 %409
  store float %402, float* %410, align 4
  %411 = load float, float* %10, align 4
  %412 = mul i64 %36, 128
  %413 = add i64 %39, 3
  %414 = add i64 %412, %413
  %415 = mul i64 %414, 28
  %416 = add i64 %415, %33
  %417 = mul i64 %416, 28
  %418 = add i64 %417, %xs
  %419 = getelementptr inbounds float, float* %0, i64 %418
  store float %411, float* %419, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %420 = icmp slt i64 %i32, 3
  br i1 %420, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %421 = mul i64 %i32, 1
  %422 = add i64 %45, %421
  %423 = icmp sge i64 %422, 0
  %424 = icmp slt i64 %422, 28
  %425 = and i1 %423, %424
  br i1 %425, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %426 = mul i64 %422, 28
  %427 = add i64 %383, %426
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %428 = icmp slt i64 %j38, 3
  br i1 %428, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %429 = mul i64 %xs, 1
  %430 = mul i64 %j38, 1
  %431 = add i64 %429, %430
  %432 = sub i64 %431, 1
  %433 = icmp sge i64 %432, 0
  %434 = icmp slt i64 %432, 28
  %435 = and i1 %433, %434
  %436 = icmp sgt i64 %432, 0
  %437 = select i1 %436, i64 %432, i64 0
  %438 = icmp slt i64 %437, 27
  %439 = select i1 %438, i64 %437, i64 27
  %440 = add i64 %427, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = select i1 %435, float %442, float 0.000000e+00
  %444 = mul i64 %i32, 3
  %445 = add i64 %444, %j38
  %446 = add i64 %39, 0
  %447 = mul i64 %446, 128
  %448 = add i64 %447, %c28
  %449 = mul i64 %448, 9
  %450 = add i64 %449, %445
  %451 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %450
  %452 = load float, float* %451, align 4
  %453 = load float, float* %13, align 4
  %454 = call float @llvm.fma.f32(float %452, float %443, float %453)
  store float %454, float* %13, align 4
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %39, 1
  %458 = mul i64 %457, 128
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %12, align 4
  %465 = call float @llvm.fma.f32(float %463, float %443, float %464)
  store float %465, float* %12, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %39, 2
  %469 = mul i64 %468, 128
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %11, align 4
  %476 = call float @llvm.fma.f32(float %474, float %443, float %475)
  store float %476, float* %11, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %39, 3
  %480 = mul i64 %479, 128
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %10, align 4
  %487 = call float @llvm.fma.f32(float %485, float %443, float %486)
  store float %487, float* %10, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34

xs.header42:                                      ; preds = %c.exit48, %xs.exit
  %xs45 = phi i64 [ 27, %xs.exit ], [ %xs.next63, %c.exit48 ]
  %488 = icmp slt i64 %xs45, 28
  br i1 %488, label %xs.body43, label %xs.exit44

xs.body43:                                        ; preds = %xs.header42
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header46

xs.exit44:                                        ; preds = %xs.header42
  %task.next = add i64 %task, 1
  br label %task.header

c.header46:                                       ; preds = %i.exit52, %xs.body43
  %c49 = phi i64 [ 0, %xs.body43 ], [ %c.next62, %i.exit52 ]
  %489 = icmp slt i64 %c49, 128
  br i1 %489, label %c.body47, label %c.exit48

c.body47:                                         ; preds = %c.header46
  %490 = mul i64 %c49, 784
  %491 = add i64 %43, %490
  br label %i.header50

c.exit48:                                         ; preds = %c.header46
  %492 = load float, float* %9, align 4
  %493 = mul i64 %36, 128
  %494 = add i64 %39, 0
  %495 = add i64 %493, %494
  %496 = mul i64 %495, 28
  %497 = add i64 %496, %33
  %498 = mul i64 %497, 28
  %499 = add i64 %498, %xs45
  %500 = getelementptr inbounds float, float* %0, i64 %499
  store float %492, float* %500, align 4
  %501 = load float, float* %8, align 4
  %502 = mul i64 %36, 128
  %503 = add i64 %39, 1
  %504 = add i64 %502, %503
  %505 = mul i64 %504, 28
  %506 = add i64 %505, %33
  %507 = mul i64 %506, 28
  %508 = add i64 %507, %xs45
  %509 = getelementptr inbounds float, float* %0, i64 %508
  store float %501, float* %509, align 4
  %510 = load float, float* %7, align 4
  %511 = mul i64 %36, 128
  %512 = add i64 %39, 2
  %513 = add i64 %511, %512
  %514 = mul i64 %513, 28
  %515 = add i64 %514, %33
  %516 = mul i64 %515, 28
  %517 = add i64 %516, %xs45
  %518 = getelementptr inbounds float, float* %0, i64 %517
  store float %510, float* %518, align 4
  %519 = load float, float* %6, align 4
  %520 = mul i64 %36, 128
  %521 = add i64 %39, 3
  %522 = add i64 %520, %521
  %523 = mul i64 %522, 28
  %524 = add i64 %523, %33
  %525 = mul i64 %524, 28
  %526 = add i64 %525, %xs45
  %527 = getelementptr inbounds float, float* %0, i64 %526
  store float %519, float* %527, align 4
  %xs.next63 = add i64 %xs45, 1
  br label %xs.header42

i.header50:                                       ; preds = %endif55, %c.body47
  %i53 = phi i64 [ 0, %c.body47 ], [ %i.next61, %endif55 ]
  %528 = icmp slt i64 %i53, 3
  br i1 %528, label %i.body51, label %i.exit52

i.body51:                                         ; preds = %i.header50
  %529 = mul i64 %i53, 1
  %530 = add i64 %45, %529
  %531 = icmp sge i64 %530, 0
  %532 = icmp slt i64 %530, 28
  %533 = and i1 %531, %532
  br i1 %533, label %then54, label %endif55

i.exit52:                                         ; preds = %i.header50
  %c.next62 = add i64 %c49, 1
  br label %c.header46

then54:                                           ; preds = %i.body51
  %534 = mul i64 %530, 28
  %535 = add i64 %491, %534
  br label %j.header56

endif55:                                          ; preds = %j.exit58, %i.body51
  %i.next61 = add i64 %i53, 1
  br label %i.header50

j.header56:                                       ; preds = %j.body57, %then54
  %j59 = phi i64 [ 0, %then54 ], [ %j.next60, %j.body57 ]
  %536 = icmp slt i64 %j59, 3
  br i1 %536, label %j.body57, label %j.exit58

j.body57:                                         ; preds = %j.header56
  %537 = mul i64 %xs45, 1
  %538 = mul i64 %j59, 1
  %539 = add i64 %537, %538
  %540 = sub i64 %539, 1
  %541 = icmp sge i64 %540, 0
  %542 = icmp slt i64 %540, 28
  %543 = and i1 %541, %542
  %544 = icmp sgt i64 %540, 0
  %545 = select i1 %544, i64 %540, i64 0
  %546 = icmp slt i64 %545, 27
  %547 = select i1 %546, i64 %545, i64 27
  %548 = add i64 %535, %547
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = select i1 %543, float %550, float 0.000000e+00
  %552 = mul i64 %i53, 3
  %553 = add i64 %552, %j59
  %554 = add i64 %39, 0
  %555 = mul i64 %554, 128
  %556 = add i64 %555, %c49
  %557 = mul i64 %556, 9
  %558 = add i64 %557, %553
  %559 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %558
  %560 = load float, float* %559, align 4
  %561 = load float, float* %9, align 4
  %562 = call float @llvm.fma.f32(float %560, float %551, float %561)
  store float %562, float* %9, align 4
  %563 = mul i64 %i53, 3
  %564 = add i64 %563, %j59
  %565 = add i64 %39, 1
  %566 = mul i64 %565, 128
  %567 = add i64 %566, %c49
  %568 = mul i64 %567, 9
  %569 = add i64 %568, %564
  %570 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %569
  %571 = load float, float* %570, align 4
  %572 = load float, float* %8, align 4
  %573 = call float @llvm.fma.f32(float %571, float %551, float %572)
  store float %573, float* %8, align 4
  %574 = mul i64 %i53, 3
  %575 = add i64 %574, %j59
  %576 = add i64 %39, 2
  %577 = mul i64 %576, 128
  %578 = add i64 %577, %c49
  %579 = mul i64 %578, 9
  %580 = add i64 %579, %575
  %581 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %580
  %582 = load float, float* %581, align 4
  %583 = load float, float* %7, align 4
  %584 = call float @llvm.fma.f32(float %582, float %551, float %583)
  store float %584, float* %7, align 4
  %585 = mul i64 %i53, 3
  %586 = add i64 %585, %j59
  %587 = add i64 %39, 3
  %588 = mul i64 %587, 128
  %589 = add i64 %588, %c49
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = load float, float* %6, align 4
  %595 = call float @llvm.fma.f32(float %593, float %551, float %594)
  store float %595, float* %6, align 4
  %j.next60 = add i64 %j59, 1
  br label %j.header56

j.exit58:                                         ; preds = %j.header56
  br label %endif55
}

; Function Attrs: nounwind
define internal void @node27.conv2d_9.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node27.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node28.batchNorm_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 128
  %8 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_9.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_9.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 784
  %13 = add i64 %12, 784
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node28.batchNorm_9.step0(i8* %0) #2 {
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
  call void @node28.batchNorm_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node29.relu_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 100352
  %10 = select i1 %9, i64 %8, i64 100352
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node29.relu_8.step0(i8* %0) #2 {
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
  %19 = add i64 7, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 7
  %23 = select i1 %22, i64 %21, i64 7
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 7
  %26 = select i1 %25, i64 %24, i64 7
  call void @node29.relu_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node30.conv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit44, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit44 ]
  %30 = icmp slt i64 %task, %5
  br i1 %30, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %31 = srem i64 %task, 32
  %32 = sdiv i64 %task, 32
  %33 = srem i64 %32, 28
  %34 = sdiv i64 %task, 896
  %35 = srem i64 %34, 1
  %36 = sdiv i64 %34, 1
  %37 = mul i64 %35, 128
  %38 = mul i64 %31, 4
  %39 = add i64 %37, %38
  %40 = mul i64 %36, 128
  %41 = mul i64 %35, 128
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
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header4

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %47 = icmp slt i64 %c, 128
  br i1 %47, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %48 = mul i64 %c, 784
  %49 = add i64 %43, %48
  br label %i.header

c.exit:                                           ; preds = %c.header
  %50 = load <8 x float>, <8 x float>* %29, align 32
  %51 = add i64 %x, 0
  %52 = mul i64 %36, 128
  %53 = add i64 %39, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 28
  %56 = add i64 %55, %33
  %57 = mul i64 %56, 28
  %58 = add i64 %57, %51
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %50, <8 x float>* %60, align 4
  %61 = load <8 x float>, <8 x float>* %28, align 32
  %62 = add i64 %x, 8
  %63 = mul i64 %36, 128
  %64 = add i64 %39, 0
  %65 = add i64 %63, %64
  %66 = mul i64 %65, 28
  %67 = add i64 %66, %33
  %68 = mul i64 %67, 28
  %69 = add i64 %68, %62
  %70 = getelementptr inbounds float, float* %0, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  store <8 x float> %61, <8 x float>* %71, align 4
  %72 = load <8 x float>, <8 x float>* %27, align 32
  %73 = add i64 %x, 16
  %74 = mul i64 %36, 128
  %75 = add i64 %39, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 28
  %78 = add i64 %77, %33
  %79 = mul i64 %78, 28
  %80 = add i64 %79, %73
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %72, <8 x float>* %82, align 4
  %83 = load <8 x float>, <8 x float>* %26, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %36, 128
  %86 = add i64 %39, 1
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 28
  %89 = add i64 %88, %33
  %90 = mul i64 %89, 28
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %83, <8 x float>* %93, align 4
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = add i64 %x, 8
  %96 = mul i64 %36, 128
  %97 = add i64 %39, 1
  %98 = add i64 %96, %97
  %99 = mul i64 %98, 28
  %100 = add i64 %99, %33
  %101 = mul i64 %100, 28
  %102 = add i64 %101, %95
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %94, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %24, align 32
  %106 = add i64 %x, 16
  %107 = mul i64 %36, 128
  %108 = add i64 %39, 1
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 28
  %111 = add i64 %110, %33
  %112 = mul i64 %111, 28
  %113 = add i64 %112, %106
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %105, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %23, align 32
  %117 = add i64 %x, 0
  %118 = mul i64 %36, 128
  %119 = add i64 %39, 2
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 28
  %122 = add i64 %121, %33
  %123 = mul i64 %122, 28
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %22, align 32
  %128 = add i64 %x, 8
  %129 = mul i64 %36, 128
  %130 = add i64 %39, 2
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 28
  %133 = add i64 %132, %33
  %134 = mul i64 %133, 28
  %135 = add i64 %134, %128
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %127, <8 x float>* %137, align 4
  %138 = load <8 x float>, <8 x float>* %21, align 32
  %139 = add i64 %x, 16
  %140 = mul i64 %36, 128
  %141 = add i64 %39, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 28
  %144 = add i64 %143, %33
  %145 = mul i64 %144, 28
  %146 = add i64 %145, %139
  %147 = getelementptr inbounds float, float* %0, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %138, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %20, align 32
  %150 = add i64 %x, 0
  %151 = mul i64 %36, 128
  %152 = add i64 %39, 3
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 28
  %155 = add i64 %154, %33
  %156 = mul i64 %155, 28
  %157 = add i64 %156, %150
  %158 = getelementptr inbounds float, float* %0, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %149, <8 x float>* %159, align 4
  %160 = load <8 x float>, <8 x float>* %19, align 32
  %161 = add i64 %x, 8
  %162 = mul i64 %36, 128
  %163 = add i64 %39, 3
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 28
  %166 = add i64 %165, %33
  %167 = mul i64 %166, 28
  %168 = add i64 %167, %161
  %169 = getelementptr inbounds float, float* %0, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %160, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %18, align 32
  %172 = add i64 %x, 16
  %173 = mul i64 %36, 128
  %174 = add i64 %39, 3
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 28
  %177 = add i64 %176, %33
  %178 = mul i64 %177, 28
  %179 = add i64 %178, %172
  %180 = getelementptr inbounds float, float* %0, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %171, <8 x float>* %181, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %182 = icmp slt i64 %i, 3
  br i1 %182, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %183 = mul i64 %i, 1
  %184 = add i64 %45, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 28
  %187 = and i1 %185, %186
  br i1 %187, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %188 = mul i64 %184, 28
  %189 = add i64 %49, %188
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %190 = icmp slt i64 %j, 3
  br i1 %190, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %191 = mul i64 %x, 1
  %192 = mul i64 %j, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = add i64 %189, %194
  %196 = add i64 %195, 0
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %195, 8
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = add i64 %195, 16
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = mul i64 %i, 3
  %209 = add i64 %208, %j
  %210 = add i64 %39, 0
  %211 = mul i64 %210, 128
  %212 = add i64 %211, %c
  %213 = mul i64 %212, 9
  %214 = add i64 %213, %209
  %215 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %29, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %199, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %29, align 32
  %220 = load <8 x float>, <8 x float>* %28, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %203, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %28, align 32
  %222 = load <8 x float>, <8 x float>* %27, align 32
  %223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %207, <8 x float> %222)
  store <8 x float> %223, <8 x float>* %27, align 32
  %224 = mul i64 %i, 3
  %225 = add i64 %224, %j
  %226 = add i64 %39, 1
  %227 = mul i64 %226, 128
  %228 = add i64 %227, %c
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %26, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %199, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %26, align 32
  %236 = load <8 x float>, <8 x float>* %25, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %203, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %25, align 32
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %207, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  %240 = mul i64 %i, 3
  %241 = add i64 %240, %j
  %242 = add i64 %39, 2
  %243 = mul i64 %242, 128
  %244 = add i64 %243, %c
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat2 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %23, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %199, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %23, align 32
  %252 = load <8 x float>, <8 x float>* %22, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %203, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %22, align 32
  %254 = load <8 x float>, <8 x float>* %21, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %207, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %21, align 32
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %39, 3
  %259 = mul i64 %258, 128
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat3 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %20, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %199, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %20, align 32
  %268 = load <8 x float>, <8 x float>* %19, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %203, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %19, align 32
  %270 = load <8 x float>, <8 x float>* %18, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %207, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header4:                                        ; preds = %i.exit10, %x.exit
  %c7 = phi i64 [ 0, %x.exit ], [ %c.next24, %i.exit10 ]
  %272 = icmp slt i64 %c7, 128
  br i1 %272, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %273 = mul i64 %c7, 784
  %274 = add i64 %43, %273
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %275 = load <8 x float>, <8 x float>* %17, align 32
  %276 = mul i64 %36, 128
  %277 = add i64 %39, 0
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 28
  %280 = add i64 %279, %33
  %281 = mul i64 %280, 28
  %282 = add i64 %281, 25
  %283 = getelementptr inbounds float, float* %0, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %275, <8 x float>* %284, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %285 = load <8 x float>, <8 x float>* %16, align 32
  %286 = mul i64 %36, 128
  %287 = add i64 %39, 1
  %288 = add i64 %286, %287
  %289 = mul i64 %288, 28
  %290 = add i64 %289, %33
  %291 = mul i64 %290, 28
  %292 = add i64 %291, 25
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %285, <8 x float>* %294, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %295 = load <8 x float>, <8 x float>* %15, align 32
  %296 = mul i64 %36, 128
  %297 = add i64 %39, 2
  %298 = add i64 %296, %297
  %299 = mul i64 %298, 28
  %300 = add i64 %299, %33
  %301 = mul i64 %300, 28
  %302 = add i64 %301, 25
  %303 = getelementptr inbounds float, float* %0, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %295, <8 x float>* %304, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %305 = load <8 x float>, <8 x float>* %14, align 32
  %306 = mul i64 %36, 128
  %307 = add i64 %39, 3
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 28
  %310 = add i64 %309, %33
  %311 = mul i64 %310, 28
  %312 = add i64 %311, 25
  %313 = getelementptr inbounds float, float* %0, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %305, <8 x float>* %314, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next23, %endif13 ]
  %315 = icmp slt i64 %i11, 3
  br i1 %315, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %316 = mul i64 %i11, 1
  %317 = add i64 %45, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 28
  %320 = and i1 %318, %319
  br i1 %320, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next24 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %321 = mul i64 %317, 28
  %322 = add i64 %274, %321
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next23 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next22, %j.body15 ]
  %323 = icmp slt i64 %j17, 3
  br i1 %323, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %324 = mul i64 %j17, 1
  %325 = add i64 25, %324
  %326 = sub i64 %325, 1
  %327 = add i64 %322, %326
  %328 = add i64 %327, 0
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %330, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %332 = mul i64 %i11, 3
  %333 = add i64 %332, %j17
  %334 = add i64 %39, 0
  %335 = mul i64 %334, 128
  %336 = add i64 %335, %c7
  %337 = mul i64 %336, 9
  %338 = add i64 %337, %333
  %339 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat18 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %17, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %17, align 32
  %344 = mul i64 %i11, 3
  %345 = add i64 %344, %j17
  %346 = add i64 %39, 1
  %347 = mul i64 %346, 128
  %348 = add i64 %347, %c7
  %349 = mul i64 %348, 9
  %350 = add i64 %349, %345
  %351 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat19 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %16, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %16, align 32
  %356 = mul i64 %i11, 3
  %357 = add i64 %356, %j17
  %358 = add i64 %39, 2
  %359 = mul i64 %358, 128
  %360 = add i64 %359, %c7
  %361 = mul i64 %360, 9
  %362 = add i64 %361, %357
  %363 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %362
  %364 = load float, float* %363, align 4
  %365 = insertelement <8 x float> undef, float %364, i32 0
  %splat20 = shufflevector <8 x float> %365, <8 x float> undef, <8 x i32> zeroinitializer
  %366 = load <8 x float>, <8 x float>* %15, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %15, align 32
  %368 = mul i64 %i11, 3
  %369 = add i64 %368, %j17
  %370 = add i64 %39, 3
  %371 = mul i64 %370, 128
  %372 = add i64 %371, %c7
  %373 = mul i64 %372, 9
  %374 = add i64 %373, %369
  %375 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat21 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %14, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %14, align 32
  %j.next22 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header:                                        ; preds = %c.exit27, %c.exit6
  %xs = phi i64 [ 0, %c.exit6 ], [ %xs.next, %c.exit27 ]
  %380 = icmp slt i64 %xs, 1
  br i1 %380, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header25

xs.exit:                                          ; preds = %xs.header
  br label %xs.header42

c.header25:                                       ; preds = %i.exit31, %xs.body
  %c28 = phi i64 [ 0, %xs.body ], [ %c.next41, %i.exit31 ]
  %381 = icmp slt i64 %c28, 128
  br i1 %381, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %382 = mul i64 %c28, 784
  %383 = add i64 %43, %382
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %384 = load float, float* %13, align 4
  %385 = mul i64 %36, 128
  %386 = add i64 %39, 0
  %387 = add i64 %385, %386
  %388 = mul i64 %387, 28
  %389 = add i64 %388, %33
  %390 = mul i64 %389, 28
  %391 = add i64 %390, %xs
  %392 = getelementptr inbounds float, float* %0, i64 %391
  store float %384, float* %392, align 4
  %393 = load float, float* %12, align 4
  %394 = mul i64 %36, 128
  %395 = add i64 %39, 1
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 28
  %398 = add i64 %397, %33
  %399 = mul i64 %398, 28
  %400 = add i64 %399, %xs
  %401 = getelementptr inbounds float, float* %0, i64 %400
  store float %393, float* %401, align 4
  %402 = load float, float* %11, align 4
  %403 = mul i64 %36, 128
  %404 = add i64 %39, 2
  %405 = add i64 %403, %404
  %406 = mul i64 %405, 28
  %407 = add i64 %406, %33
  %408 = mul i64 %407, 28
  %409 = add i64 %408, %xs
  %410 = getelementptr inbounds float, float* %0, i64 %409
  store float %402, float* %410, align 4
  %411 = load float, float* %10, align 4
  %412 = mul i64 %36, 128
  %413 = add i64 %39, 3
  %414 = add i64 %412, %413
  %415 = mul i64 %414, 28
  %416 = add i64 %415, %33
  %417 = mul i64 %416, 28
  %418 = add i64 %417, %xs
  %419 = getelementptr inbounds float, float* %0, i64 %418
  store float %411, float* %419, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %420 = icmp slt i64 %i32, 3
  br i1 %420, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %421 = mul i64 %i32, 1
  %422 = add i64 %45, %421
  %423 = icmp sge i64 %422, 0
  %424 = icmp slt i64 %422, 28
  %425 = and i1 %423, %424
  br i1 %425, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %426 = mul i64 %422, 28
  %427 = add i64 %383, %426
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %428 = icmp slt i64 %j38, 3
  br i1 %428, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %429 = mul i64 %xs, 1
  %430 = mul i64 %j38, 1
  %431 = add i64 %429, %430
  %432 = sub i64 %431, 1
  %433 = icmp sge i64 %432, 0
  %434 = icmp slt i64 %432, 28
  %435 = and i1 %433, %434
  %436 = icmp sgt i64 %432, 0
  %437 = select i1 %436, i64 %432, i64 0
  %438 = icmp slt i64 %437, 27
  %439 = select i1 %438, i64 %437, i64 27
  %440 = add i64 %427, %439
  %441 = getelementptr inbounds float, float* %1, i64 %440
  %442 = load float, float* %441, align 4
  %443 = select i1 %435, float %442, float 0.000000e+00
  %444 = mul i64 %i32, 3
  %445 = add i64 %444, %j38
  %446 = add i64 %39, 0
  %447 = mul i64 %446, 128
  %448 = add i64 %447, %c28
  %449 = mul i64 %448, 9
  %450 = add i64 %449, %445
  %451 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %450
  %452 = load float, float* %451, align 4
  %453 = load float, float* %13, align 4
  %454 = call float @llvm.fma.f32(float %452, float %443, float %453)
  store float %454, float* %13, align 4
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %39, 1
  %458 = mul i64 %457, 128
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %12, align 4
  %465 = call float @llvm.fma.f32(float %463, float %443, float %464)
  store float %465, float* %12, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %39, 2
  %469 = mul i64 %468, 128
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %11, align 4
  %476 = call float @llvm.fma.f32(float %474, float %443, float %475)
  store float %476, float* %11, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %39, 3
  %480 = mul i64 %479, 128
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %10, align 4
  %487 = call float @llvm.fma.f32(float %485, float %443, float %486)
  store float %487, float* %10, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34

xs.header42:                                      ; preds = %c.exit48, %xs.exit
  %xs45 = phi i64 [ 27, %xs.exit ], [ %xs.next63, %c.exit48 ]
  %488 = icmp slt i64 %xs45, 28
  br i1 %488, label %xs.body43, label %xs.exit44

xs.body43:                                        ; preds = %xs.header42
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header46

xs.exit44:                                        ; preds = %xs.header42
  %task.next = add i64 %task, 1
  br label %task.header

c.header46:                                       ; preds = %i.exit52, %xs.body43
  %c49 = phi i64 [ 0, %xs.body43 ], [ %c.next62, %i.exit52 ]
  %489 = icmp slt i64 %c49, 128
  br i1 %489, label %c.body47, label %c.exit48

c.body47:                                         ; preds = %c.header46
  %490 = mul i64 %c49, 784
  %491 = add i64 %43, %490
  br label %i.header50

c.exit48:                                         ; preds = %c.header46
  %492 = load float, float* %9, align 4
  %493 = mul i64 %36, 128
  %494 = add i64 %39, 0
  %495 = add i64 %493, %494
  %496 = mul i64 %495, 28
  %497 = add i64 %496, %33
  %498 = mul i64 %497, 28
  %499 = add i64 %498, %xs45
  %500 = getelementptr inbounds float, float* %0, i64 %499
  store float %492, float* %500, align 4
  %501 = load float, float* %8, align 4
  %502 = mul i64 %36, 128
  %503 = add i64 %39, 1
  %504 = add i64 %502, %503
  %505 = mul i64 %504, 28
  %506 = add i64 %505, %33
  %507 = mul i64 %506, 28
  %508 = add i64 %507, %xs45
  %509 = getelementptr inbounds float, float* %0, i64 %508
  store float %501, float* %509, align 4
  %510 = load float, float* %7, align 4
  %511 = mul i64 %36, 128
  %512 = add i64 %39, 2
  %513 = add i64 %511, %512
  %514 = mul i64 %513, 28
  %515 = add i64 %514, %33
  %516 = mul i64 %515, 28
  %517 = add i64 %516, %xs45
  %518 = getelementptr inbounds float, float* %0, i64 %517
  store float %510, float* %518, align 4
  %519 = load float, float* %6, align 4
  %520 = mul i64 %36, 128
  %521 = add i64 %39, 3
  %522 = add i64 %520, %521
  %523 = mul i64 %522, 28
  %524 = add i64 %523, %33
  %525 = mul i64 %524, 28
  %526 = add i64 %525, %xs45
  %527 = getelementptr inbounds float, float* %0, i64 %526
  store float %519, float* %527, align 4
  %xs.next63 = add i64 %xs45, 1
  br label %xs.header42

i.header50:                                       ; preds = %endif55, %c.body47
  %i53 = phi i64 [ 0, %c.body47 ], [ %i.next61, %endif55 ]
  %528 = icmp slt i64 %i53, 3
  br i1 %528, label %i.body51, label %i.exit52

i.body51:                                         ; preds = %i.header50
  %529 = mul i64 %i53, 1
  %530 = add i64 %45, %529
  %531 = icmp sge i64 %530, 0
  %532 = icmp slt i64 %530, 28
  %533 = and i1 %531, %532
  br i1 %533, label %then54, label %endif55

i.exit52:                                         ; preds = %i.header50
  %c.next62 = add i64 %c49, 1
  br label %c.header46

then54:                                           ; preds = %i.body51
  %534 = mul i64 %530, 28
  %535 = add i64 %491, %534
  br label %j.header56

endif55:                                          ; preds = %j.exit58, %i.body51
  %i.next61 = add i64 %i53, 1
  br label %i.header50

j.header56:                                       ; preds = %j.body57, %then54
  %j59 = phi i64 [ 0, %then54 ], [ %j.next60, %j.body57 ]
  %536 = icmp slt i64 %j59, 3
  br i1 %536, label %j.body57, label %j.exit58

j.body57:                                         ; preds = %j.header56
  %537 = mul i64 %xs45, 1
  %538 = mul i64 %j59, 1
  %539 = add i64 %537, %538
  %540 = sub i64 %539, 1
  %541 = icmp sge i64 %540, 0
  %542 = icmp slt i64 %540, 28
  %543 = and i1 %541, %542
  %544 = icmp sgt i64 %540, 0
  %545 = select i1 %544, i64 %540, i64 0
  %546 = icmp slt i64 %545, 27
  %547 = select i1 %546, i64 %545, i64 27
  %548 = add i64 %535, %547
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = select i1 %543, float %550, float 0.000000e+00
  %552 = mul i64 %i53, 3
  %553 = add i64 %552, %j59
  %554 = add i64 %39, 0
  %555 = mul i64 %554, 128
  %556 = add i64 %555, %c49
  %557 = mul i64 %556, 9
  %558 = add i64 %557, %553
  %559 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %558
  %560 = load float, float* %559, align 4
  %561 = load float, float* %9, align 4
  %562 = call float @llvm.fma.f32(float %560, float %551, float %561)
  store float %562, float* %9, align 4
  %563 = mul i64 %i53, 3
  %564 = add i64 %563, %j59
  %565 = add i64 %39, 1
  %566 = mul i64 %565, 128
  %567 = add i64 %566, %c49
  %568 = mul i64 %567, 9
  %569 = add i64 %568, %564
  %570 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %569
  %571 = load float, float* %570, align 4
  %572 = load float, float* %8, align 4
  %573 = call float @llvm.fma.f32(float %571, float %551, float %572)
  store float %573, float* %8, align 4
  %574 = mul i64 %i53, 3
  %575 = add i64 %574, %j59
  %576 = add i64 %39, 2
  %577 = mul i64 %576, 128
  %578 = add i64 %577, %c49
  %579 = mul i64 %578, 9
  %580 = add i64 %579, %575
  %581 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %580
  %582 = load float, float* %581, align 4
  %583 = load float, float* %7, align 4
  %584 = call float @llvm.fma.f32(float %582, float %551, float %583)
  store float %584, float* %7, align 4
  %585 = mul i64 %i53, 3
  %586 = add i64 %585, %j59
  %587 = add i64 %39, 3
  %588 = mul i64 %587, 128
  %589 = add i64 %588, %c49
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = load float, float* %6, align 4
  %595 = call float @llvm.fma.f32(float %593, float %551, float %594)
  store float %595, float* %6, align 4
  %j.next60 = add i64 %j59, 1
  br label %j.header56

j.exit58:                                         ; preds = %j.header56
  br label %endif55
}

; Function Attrs: nounwind
define internal void @node30.conv2d_10.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node30.conv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node31.batchNorm_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 128
  %8 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_10.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_10.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 784
  %13 = add i64 %12, 784
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node31.batchNorm_10.step0(i8* %0) #2 {
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
  call void @node31.batchNorm_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node32.add_4.step0.body(float* noalias %0, float* noalias %1, float* noalias %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %row.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %row.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = mul i64 %task, 1
  %9 = add i64 %8, 1
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %row.header

task.exit:                                        ; preds = %task.header
  ret void

row.header:                                       ; preds = %s.exit, %task.body
  %row = phi i64 [ %8, %task.body ], [ %row.next, %s.exit ]
  %12 = icmp slt i64 %row, %11
  br i1 %12, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %13 = mul i64 %row, 100352
  br label %v.header

row.exit:                                         ; preds = %row.header
  %task.next = add i64 %task, 1
  br label %task.header

v.header:                                         ; preds = %v.body, %row.body
  %v = phi i64 [ 0, %row.body ], [ %v.next, %v.body ]
  %14 = icmp slt i64 %v, 100352
  br i1 %14, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %15 = mul i64 %v, 1
  %16 = add i64 0, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %v, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %2, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fadd <8 x float> %19, %24
  %26 = add i64 %13, %v
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %25, <8 x float>* %28, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ 100352, %v.exit ], [ %s.next, %s.body ]
  %29 = icmp slt i64 %s, 100352
  br i1 %29, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %30 = mul i64 %s, 1
  %31 = add i64 0, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = mul i64 %s, 1
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fadd float %33, %37
  %39 = add i64 %13, %s
  %40 = getelementptr inbounds float, float* %0, i64 %39
  store float %38, float* %40, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %row.next = add i64 %row, 1
  br label %row.header
}

; Function Attrs: nounwind
define internal void @node32.add_4.step0(i8* %0) #2 {
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 1, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  call void @node32.add_4.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node33.relu_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 100352
  %10 = select i1 %9, i64 %8, i64 100352
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node33.relu_9.step0(i8* %0) #2 {
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
  %19 = add i64 7, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 7
  %23 = select i1 %22, i64 %21, i64 7
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 7
  %26 = select i1 %25, i64 %24, i64 7
  call void @node33.relu_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node34.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit3 ]
  %14 = icmp slt i64 %task, %5
  br i1 %14, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %15 = srem i64 %task, 64
  %16 = sdiv i64 %task, 64
  %17 = srem i64 %16, 14
  %18 = sdiv i64 %task, 896
  %19 = srem i64 %18, 1
  %20 = sdiv i64 %18, 1
  %21 = mul i64 %19, 256
  %22 = mul i64 %15, 4
  %23 = add i64 %21, %22
  %24 = mul i64 %20, 128
  %25 = mul i64 %19, 128
  %26 = add i64 %24, %25
  %27 = mul i64 %26, 784
  %28 = mul i64 %17, 2
  %29 = sub i64 %28, 1
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %30 = icmp slt i64 %xs, 1
  br i1 %30, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %31 = icmp slt i64 %c, 128
  br i1 %31, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %32 = mul i64 %c, 784
  %33 = add i64 %27, %32
  br label %i.header

c.exit:                                           ; preds = %c.header
  %34 = load float, float* %13, align 4
  %35 = mul i64 %20, 256
  %36 = add i64 %23, 0
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 14
  %39 = add i64 %38, %17
  %40 = mul i64 %39, 14
  %41 = add i64 %40, %xs
  %42 = getelementptr inbounds float, float* %0, i64 %41
  store float %34, float* %42, align 4
  %43 = load float, float* %12, align 4
  %44 = mul i64 %20, 256
  %45 = add i64 %23, 1
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 14
  %48 = add i64 %47, %17
  %49 = mul i64 %48, 14
  %50 = add i64 %49, %xs
  %51 = getelementptr inbounds float, float* %0, i64 %50
  store float %43, float* %51, align 4
  %52 = load float, float* %11, align 4
  %53 = mul i64 %20, 256
  %54 = add i64 %23, 2
  %55 = add i64 %53, %54
  %56 = mul i64 %55, 14
  %57 = add i64 %56, %17
  %58 = mul i64 %57, 14
  %59 = add i64 %58, %xs
  %60 = getelementptr inbounds float, float* %0, i64 %59
  store float %52, float* %60, align 4
  %61 = load float, float* %10, align 4
  %62 = mul i64 %20, 256
  %63 = add i64 %23, 3
  %64 = add i64 %62, %63
  %65 = mul i64 %64, 14
  %66 = add i64 %65, %17
  %67 = mul i64 %66, 14
  %68 = add i64 %67, %xs
  %69 = getelementptr inbounds float, float* %0, i64 %68
  store float %61, float* %69, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %70 = icmp slt i64 %i, 3
  br i1 %70, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %71 = mul i64 %i, 1
  %72 = add i64 %29, %71
  %73 = icmp sge i64 %72, 0
  %74 = icmp slt i64 %72, 28
  %75 = and i1 %73, %74
  br i1 %75, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %76 = mul i64 %72, 28
  %77 = add i64 %33, %76
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %78 = icmp slt i64 %j, 3
  br i1 %78, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %79 = mul i64 %xs, 2
  %80 = mul i64 %j, 1
  %81 = add i64 %79, %80
  %82 = sub i64 %81, 1
  %83 = icmp sge i64 %82, 0
  %84 = icmp slt i64 %82, 28
  %85 = and i1 %83, %84
  %86 = icmp sgt i64 %82, 0
  %87 = select i1 %86, i64 %82, i64 0
  %88 = icmp slt i64 %87, 27
  %89 = select i1 %88, i64 %87, i64 27
  %90 = add i64 %77, %89
  %91 = getelementptr inbounds float, float* %1, i64 %90
  %92 = load float, float* %91, align 4
  %93 = select i1 %85, float %92, float 0.000000e+00
  %94 = mul i64 %i, 3
  %95 = add i64 %94, %j
  %96 = add i64 %23, 0
  %97 = mul i64 %96, 128
  %98 = add i64 %97, %c
  %99 = mul i64 %98, 9
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %100
  %102 = load float, float* %101, align 4
  %103 = load float, float* %13, align 4
  %104 = call float @llvm.fma.f32(float %102, float %93, float %103)
  store float %104, float* %13, align 4
  %105 = mul i64 %i, 3
  %106 = add i64 %105, %j
  %107 = add i64 %23, 1
  %108 = mul i64 %107, 128
  %109 = add i64 %108, %c
  %110 = mul i64 %109, 9
  %111 = add i64 %110, %106
  %112 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %111
  %113 = load float, float* %112, align 4
  %114 = load float, float* %12, align 4
  %115 = call float @llvm.fma.f32(float %113, float %93, float %114)
  store float %115, float* %12, align 4
  %116 = mul i64 %i, 3
  %117 = add i64 %116, %j
  %118 = add i64 %23, 2
  %119 = mul i64 %118, 128
  %120 = add i64 %119, %c
  %121 = mul i64 %120, 9
  %122 = add i64 %121, %117
  %123 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %122
  %124 = load float, float* %123, align 4
  %125 = load float, float* %11, align 4
  %126 = call float @llvm.fma.f32(float %124, float %93, float %125)
  store float %126, float* %11, align 4
  %127 = mul i64 %i, 3
  %128 = add i64 %127, %j
  %129 = add i64 %23, 3
  %130 = mul i64 %129, 128
  %131 = add i64 %130, %c
  %132 = mul i64 %131, 9
  %133 = add i64 %132, %128
  %134 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %133
  %135 = load float, float* %134, align 4
  %136 = load float, float* %10, align 4
  %137 = call float @llvm.fma.f32(float %135, float %93, float %136)
  store float %137, float* %10, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %138 = icmp slt i64 %xs4, 14
  br i1 %138, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %139 = icmp slt i64 %c8, 128
  br i1 %139, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %140 = mul i64 %c8, 784
  %141 = add i64 %27, %140
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %142 = load float, float* %9, align 4
  %143 = mul i64 %20, 256
  %144 = add i64 %23, 0
  %145 = add i64 %143, %144
  %146 = mul i64 %145, 14
  %147 = add i64 %146, %17
  %148 = mul i64 %147, 14
  %149 = add i64 %148, %xs4
  %150 = getelementptr inbounds float, float* %0, i64 %149
  store float %142, float* %150, align 4
  %151 = load float, float* %8, align 4
  %152 = mul i64 %20, 256
  %153 = add i64 %23, 1
  %154 = add i64 %152, %153
  %155 = mul i64 %154, 14
  %156 = add i64 %155, %17
  %157 = mul i64 %156, 14
  %158 = add i64 %157, %xs4
  %159 = getelementptr inbounds float, float* %0, i64 %158
  store float %151, float* %159, align 4
  %160 = load float, float* %7, align 4
  %161 = mul i64 %20, 256
  %162 = add i64 %23, 2
  %163 = add i64 %161, %162
  %164 = mul i64 %163, 14
  %165 = add i64 %164, %17
  %166 = mul i64 %165, 14
  %167 = add i64 %166, %xs4
  %168 = getelementptr inbounds float, float* %0, i64 %167
  store float %160, float* %168, align 4
  %169 = load float, float* %6, align 4
  %170 = mul i64 %20, 256
  %171 = add i64 %23, 3
  %172 = add i64 %170, %171
  %173 = mul i64 %172, 14
  %174 = add i64 %173, %17
  %175 = mul i64 %174, 14
  %176 = add i64 %175, %xs4
  %177 = getelementptr inbounds float, float* %0, i64 %176
  store float %169, float* %177, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %178 = icmp slt i64 %i12, 3
  br i1 %178, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %179 = mul i64 %i12, 1
  %180 = add i64 %29, %179
  %181 = icmp sge i64 %180, 0
  %182 = icmp slt i64 %180, 28
  %183 = and i1 %181, %182
  br i1 %183, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %184 = mul i64 %180, 28
  %185 = add i64 %141, %184
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %186 = icmp slt i64 %j18, 3
  br i1 %186, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %187 = mul i64 %xs4, 2
  %188 = mul i64 %j18, 1
  %189 = add i64 %187, %188
  %190 = sub i64 %189, 1
  %191 = icmp sge i64 %190, 0
  %192 = icmp slt i64 %190, 28
  %193 = and i1 %191, %192
  %194 = icmp sgt i64 %190, 0
  %195 = select i1 %194, i64 %190, i64 0
  %196 = icmp slt i64 %195, 27
  %197 = select i1 %196, i64 %195, i64 27
  %198 = add i64 %185, %197
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = select i1 %193, float %200, float 0.000000e+00
  %202 = mul i64 %i12, 3
  %203 = add i64 %202, %j18
  %204 = add i64 %23, 0
  %205 = mul i64 %204, 128
  %206 = add i64 %205, %c8
  %207 = mul i64 %206, 9
  %208 = add i64 %207, %203
  %209 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = load float, float* %9, align 4
  %212 = call float @llvm.fma.f32(float %210, float %201, float %211)
  store float %212, float* %9, align 4
  %213 = mul i64 %i12, 3
  %214 = add i64 %213, %j18
  %215 = add i64 %23, 1
  %216 = mul i64 %215, 128
  %217 = add i64 %216, %c8
  %218 = mul i64 %217, 9
  %219 = add i64 %218, %214
  %220 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %219
  %221 = load float, float* %220, align 4
  %222 = load float, float* %8, align 4
  %223 = call float @llvm.fma.f32(float %221, float %201, float %222)
  store float %223, float* %8, align 4
  %224 = mul i64 %i12, 3
  %225 = add i64 %224, %j18
  %226 = add i64 %23, 2
  %227 = mul i64 %226, 128
  %228 = add i64 %227, %c8
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = load float, float* %7, align 4
  %234 = call float @llvm.fma.f32(float %232, float %201, float %233)
  store float %234, float* %7, align 4
  %235 = mul i64 %i12, 3
  %236 = add i64 %235, %j18
  %237 = add i64 %23, 3
  %238 = mul i64 %237, 128
  %239 = add i64 %238, %c8
  %240 = mul i64 %239, 9
  %241 = add i64 %240, %236
  %242 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %241
  %243 = load float, float* %242, align 4
  %244 = load float, float* %6, align 4
  %245 = call float @llvm.fma.f32(float %243, float %201, float %244)
  store float %245, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node34.conv2d_11.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node34.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node35.batchNorm_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 256
  %8 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_11.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_11.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 196
  %13 = add i64 %12, 196
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node35.batchNorm_11.step0(i8* %0) #2 {
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
  call void @node35.batchNorm_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node36.relu_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 50176
  %10 = select i1 %9, i64 %8, i64 50176
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node36.relu_10.step0(i8* %0) #2 {
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
  %19 = add i64 4, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4
  %23 = select i1 %22, i64 %21, i64 4
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4
  %26 = select i1 %25, i64 %24, i64 4
  call void @node36.relu_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node37.conv2d_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit23, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit23 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 64
  %24 = sdiv i64 %task, 64
  %25 = srem i64 %24, 14
  %26 = sdiv i64 %task, 896
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 256
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 256
  %33 = mul i64 %27, 256
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %38 = icmp slt i64 %c, 256
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %35, %39
  br label %i.header

c.exit:                                           ; preds = %c.header
  %41 = load <8 x float>, <8 x float>* %21, align 32
  %42 = mul i64 %28, 256
  %43 = add i64 %31, 0
  %44 = add i64 %42, %43
  %45 = mul i64 %44, 14
  %46 = add i64 %45, %25
  %47 = mul i64 %46, 14
  %48 = add i64 %47, 1
  %49 = getelementptr inbounds float, float* %0, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  store <8 x float> %41, <8 x float>* %50, align 4
  %51 = load <8 x float>, <8 x float>* %20, align 32
  %52 = mul i64 %28, 256
  %53 = add i64 %31, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 14
  %56 = add i64 %55, %25
  %57 = mul i64 %56, 14
  %58 = add i64 %57, 9
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %51, <8 x float>* %60, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %61 = load <8 x float>, <8 x float>* %19, align 32
  %62 = mul i64 %28, 256
  %63 = add i64 %31, 1
  %64 = add i64 %62, %63
  %65 = mul i64 %64, 14
  %66 = add i64 %65, %25
  %67 = mul i64 %66, 14
  %68 = add i64 %67, 1
  %69 = getelementptr inbounds float, float* %0, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  store <8 x float> %61, <8 x float>* %70, align 4
  %71 = load <8 x float>, <8 x float>* %18, align 32
  %72 = mul i64 %28, 256
  %73 = add i64 %31, 1
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 14
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 14
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %17, align 32
  %82 = mul i64 %28, 256
  %83 = add i64 %31, 2
  %84 = add i64 %82, %83
  %85 = mul i64 %84, 14
  %86 = add i64 %85, %25
  %87 = mul i64 %86, 14
  %88 = add i64 %87, 1
  %89 = getelementptr inbounds float, float* %0, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %81, <8 x float>* %90, align 4
  %91 = load <8 x float>, <8 x float>* %16, align 32
  %92 = mul i64 %28, 256
  %93 = add i64 %31, 2
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 14
  %96 = add i64 %95, %25
  %97 = mul i64 %96, 14
  %98 = add i64 %97, 9
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %91, <8 x float>* %100, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %101 = load <8 x float>, <8 x float>* %15, align 32
  %102 = mul i64 %28, 256
  %103 = add i64 %31, 3
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %25
  %107 = mul i64 %106, 14
  %108 = add i64 %107, 1
  %109 = getelementptr inbounds float, float* %0, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %101, <8 x float>* %110, align 4
  %111 = load <8 x float>, <8 x float>* %14, align 32
  %112 = mul i64 %28, 256
  %113 = add i64 %31, 3
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 14
  %116 = add i64 %115, %25
  %117 = mul i64 %116, 14
  %118 = add i64 %117, 9
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %111, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %121 = icmp slt i64 %i, 3
  br i1 %121, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %122 = mul i64 %i, 1
  %123 = add i64 %37, %122
  %124 = icmp sge i64 %123, 0
  %125 = icmp slt i64 %123, 14
  %126 = and i1 %124, %125
  br i1 %126, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %127 = mul i64 %123, 14
  %128 = add i64 %40, %127
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %129 = icmp slt i64 %j, 3
  br i1 %129, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %130 = mul i64 %j, 1
  %131 = add i64 1, %130
  %132 = sub i64 %131, 1
  %133 = add i64 %128, %132
  %134 = add i64 %133, 0
  %135 = getelementptr inbounds float, float* %1, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %133, 8
  %139 = getelementptr inbounds float, float* %1, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %140, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %142 = mul i64 %i, 3
  %143 = add i64 %142, %j
  %144 = add i64 %31, 0
  %145 = mul i64 %144, 256
  %146 = add i64 %145, %c
  %147 = mul i64 %146, 9
  %148 = add i64 %147, %143
  %149 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %148
  %150 = load float, float* %149, align 4
  %151 = insertelement <8 x float> undef, float %150, i32 0
  %splat = shufflevector <8 x float> %151, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, <8 x float>* %21, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %137, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %21, align 32
  %154 = load <8 x float>, <8 x float>* %20, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %141, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %20, align 32
  %156 = mul i64 %i, 3
  %157 = add i64 %156, %j
  %158 = add i64 %31, 1
  %159 = mul i64 %158, 256
  %160 = add i64 %159, %c
  %161 = mul i64 %160, 9
  %162 = add i64 %161, %157
  %163 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %162
  %164 = load float, float* %163, align 4
  %165 = insertelement <8 x float> undef, float %164, i32 0
  %splat1 = shufflevector <8 x float> %165, <8 x float> undef, <8 x i32> zeroinitializer
  %166 = load <8 x float>, <8 x float>* %19, align 32
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %137, <8 x float> %166)
  store <8 x float> %167, <8 x float>* %19, align 32
  %168 = load <8 x float>, <8 x float>* %18, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %141, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %18, align 32
  %170 = mul i64 %i, 3
  %171 = add i64 %170, %j
  %172 = add i64 %31, 2
  %173 = mul i64 %172, 256
  %174 = add i64 %173, %c
  %175 = mul i64 %174, 9
  %176 = add i64 %175, %171
  %177 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %176
  %178 = load float, float* %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i32 0
  %splat2 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %180 = load <8 x float>, <8 x float>* %17, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %137, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %17, align 32
  %182 = load <8 x float>, <8 x float>* %16, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %141, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %16, align 32
  %184 = mul i64 %i, 3
  %185 = add i64 %184, %j
  %186 = add i64 %31, 3
  %187 = mul i64 %186, 256
  %188 = add i64 %187, %c
  %189 = mul i64 %188, 9
  %190 = add i64 %189, %185
  %191 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat3 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %15, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %137, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %15, align 32
  %196 = load <8 x float>, <8 x float>* %14, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %141, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit6 ]
  %198 = icmp slt i64 %xs, 1
  br i1 %198, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  br label %xs.header21

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %199 = icmp slt i64 %c7, 256
  br i1 %199, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %200 = mul i64 %c7, 196
  %201 = add i64 %35, %200
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %202 = load float, float* %13, align 4
  %203 = mul i64 %28, 256
  %204 = add i64 %31, 0
  %205 = add i64 %203, %204
  %206 = mul i64 %205, 14
  %207 = add i64 %206, %25
  %208 = mul i64 %207, 14
  %209 = add i64 %208, %xs
  %210 = getelementptr inbounds float, float* %0, i64 %209
  store float %202, float* %210, align 4
  %211 = load float, float* %12, align 4
  %212 = mul i64 %28, 256
  %213 = add i64 %31, 1
  %214 = add i64 %212, %213
  %215 = mul i64 %214, 14
  %216 = add i64 %215, %25
  %217 = mul i64 %216, 14
  %218 = add i64 %217, %xs
  %219 = getelementptr inbounds float, float* %0, i64 %218
  store float %211, float* %219, align 4
  %220 = load float, float* %11, align 4
  %221 = mul i64 %28, 256
  %222 = add i64 %31, 2
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 14
  %225 = add i64 %224, %25
  %226 = mul i64 %225, 14
  %227 = add i64 %226, %xs
  %228 = getelementptr inbounds float, float* %0, i64 %227
  store float %220, float* %228, align 4
  %229 = load float, float* %10, align 4
  %230 = mul i64 %28, 256
  %231 = add i64 %31, 3
  %232 = add i64 %230, %231
  %233 = mul i64 %232, 14
  %234 = add i64 %233, %25
  %235 = mul i64 %234, 14
  %236 = add i64 %235, %xs
  %237 = getelementptr inbounds float, float* %0, i64 %236
  store float %229, float* %237, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %238 = icmp slt i64 %i11, 3
  br i1 %238, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %239 = mul i64 %i11, 1
  %240 = add i64 %37, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 14
  %243 = and i1 %241, %242
  br i1 %243, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %244 = mul i64 %240, 14
  %245 = add i64 %201, %244
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %246 = icmp slt i64 %j17, 3
  br i1 %246, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %247 = mul i64 %xs, 1
  %248 = mul i64 %j17, 1
  %249 = add i64 %247, %248
  %250 = sub i64 %249, 1
  %251 = icmp sge i64 %250, 0
  %252 = icmp slt i64 %250, 14
  %253 = and i1 %251, %252
  %254 = icmp sgt i64 %250, 0
  %255 = select i1 %254, i64 %250, i64 0
  %256 = icmp slt i64 %255, 13
  %257 = select i1 %256, i64 %255, i64 13
  %258 = add i64 %245, %257
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = load float, float* %259, align 4
  %261 = select i1 %253, float %260, float 0.000000e+00
  %262 = mul i64 %i11, 3
  %263 = add i64 %262, %j17
  %264 = add i64 %31, 0
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %c7
  %267 = mul i64 %266, 9
  %268 = add i64 %267, %263
  %269 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %268
  %270 = load float, float* %269, align 4
  %271 = load float, float* %13, align 4
  %272 = call float @llvm.fma.f32(float %270, float %261, float %271)
  store float %272, float* %13, align 4
  %273 = mul i64 %i11, 3
  %274 = add i64 %273, %j17
  %275 = add i64 %31, 1
  %276 = mul i64 %275, 256
  %277 = add i64 %276, %c7
  %278 = mul i64 %277, 9
  %279 = add i64 %278, %274
  %280 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %279
  %281 = load float, float* %280, align 4
  %282 = load float, float* %12, align 4
  %283 = call float @llvm.fma.f32(float %281, float %261, float %282)
  store float %283, float* %12, align 4
  %284 = mul i64 %i11, 3
  %285 = add i64 %284, %j17
  %286 = add i64 %31, 2
  %287 = mul i64 %286, 256
  %288 = add i64 %287, %c7
  %289 = mul i64 %288, 9
  %290 = add i64 %289, %285
  %291 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %290
  %292 = load float, float* %291, align 4
  %293 = load float, float* %11, align 4
  %294 = call float @llvm.fma.f32(float %292, float %261, float %293)
  store float %294, float* %11, align 4
  %295 = mul i64 %i11, 3
  %296 = add i64 %295, %j17
  %297 = add i64 %31, 3
  %298 = mul i64 %297, 256
  %299 = add i64 %298, %c7
  %300 = mul i64 %299, 9
  %301 = add i64 %300, %296
  %302 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %301
  %303 = load float, float* %302, align 4
  %304 = load float, float* %10, align 4
  %305 = call float @llvm.fma.f32(float %303, float %261, float %304)
  store float %305, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 13, %xs.exit ], [ %xs.next42, %c.exit27 ]
  %306 = icmp slt i64 %xs24, 14
  br i1 %306, label %xs.body22, label %xs.exit23

xs.body22:                                        ; preds = %xs.header21
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header25

xs.exit23:                                        ; preds = %xs.header21
  %task.next = add i64 %task, 1
  br label %task.header

c.header25:                                       ; preds = %i.exit31, %xs.body22
  %c28 = phi i64 [ 0, %xs.body22 ], [ %c.next41, %i.exit31 ]
  %307 = icmp slt i64 %c28, 256
  br i1 %307, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %308 = mul i64 %c28, 196
  %309 = add i64 %35, %308
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %310 = load float, float* %9, align 4
  %311 = mul i64 %28, 256
  %312 = add i64 %31, 0
  %313 = add i64 %311, %312
  %314 = mul i64 %313, 14
  %315 = add i64 %314, %25
  %316 = mul i64 %315, 14
  %317 = add i64 %316, %xs24
  %318 = getelementptr inbounds float, float* %0, i64 %317
  store float %310, float* %318, align 4
  %319 = load float, float* %8, align 4
  %320 = mul i64 %28, 256
  %321 = add i64 %31, 1
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 14
  %324 = add i64 %323, %25
  %325 = mul i64 %324, 14
  %326 = add i64 %325, %xs24
  %327 = getelementptr inbounds float, float* %0, i64 %326
  store float %319, float* %327, align 4
  %328 = load float, float* %7, align 4
  %329 = mul i64 %28, 256
  %330 = add i64 %31, 2
  %331 = add i64 %329, %330
  %332 = mul i64 %331, 14
  %333 = add i64 %332, %25
  %334 = mul i64 %333, 14
  %335 = add i64 %334, %xs24
  %336 = getelementptr inbounds float, float* %0, i64 %335
  store float %328, float* %336, align 4
  %337 = load float, float* %6, align 4
  %338 = mul i64 %28, 256
  %339 = add i64 %31, 3
  %340 = add i64 %338, %339
  %341 = mul i64 %340, 14
  %342 = add i64 %341, %25
  %343 = mul i64 %342, 14
  %344 = add i64 %343, %xs24
  %345 = getelementptr inbounds float, float* %0, i64 %344
  store float %337, float* %345, align 4
  %xs.next42 = add i64 %xs24, 1
  br label %xs.header21

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %346 = icmp slt i64 %i32, 3
  br i1 %346, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %347 = mul i64 %i32, 1
  %348 = add i64 %37, %347
  %349 = icmp sge i64 %348, 0
  %350 = icmp slt i64 %348, 14
  %351 = and i1 %349, %350
  br i1 %351, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %352 = mul i64 %348, 14
  %353 = add i64 %309, %352
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %354 = icmp slt i64 %j38, 3
  br i1 %354, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %355 = mul i64 %xs24, 1
  %356 = mul i64 %j38, 1
  %357 = add i64 %355, %356
  %358 = sub i64 %357, 1
  %359 = icmp sge i64 %358, 0
  %360 = icmp slt i64 %358, 14
  %361 = and i1 %359, %360
  %362 = icmp sgt i64 %358, 0
  %363 = select i1 %362, i64 %358, i64 0
  %364 = icmp slt i64 %363, 13
  %365 = select i1 %364, i64 %363, i64 13
  %366 = add i64 %353, %365
  %367 = getelementptr inbounds float, float* %1, i64 %366
  %368 = load float, float* %367, align 4
  %369 = select i1 %361, float %368, float 0.000000e+00
  %370 = mul i64 %i32, 3
  %371 = add i64 %370, %j38
  %372 = add i64 %31, 0
  %373 = mul i64 %372, 256
  %374 = add i64 %373, %c28
  %375 = mul i64 %374, 9
  %376 = add i64 %375, %371
  %377 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %376
  %378 = load float, float* %377, align 4
  %379 = load float, float* %9, align 4
  %380 = call float @llvm.fma.f32(float %378, float %369, float %379)
  store float %380, float* %9, align 4
  %381 = mul i64 %i32, 3
  %382 = add i64 %381, %j38
  %383 = add i64 %31, 1
  %384 = mul i64 %383, 256
  %385 = add i64 %384, %c28
  %386 = mul i64 %385, 9
  %387 = add i64 %386, %382
  %388 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %387
  %389 = load float, float* %388, align 4
  %390 = load float, float* %8, align 4
  %391 = call float @llvm.fma.f32(float %389, float %369, float %390)
  store float %391, float* %8, align 4
  %392 = mul i64 %i32, 3
  %393 = add i64 %392, %j38
  %394 = add i64 %31, 2
  %395 = mul i64 %394, 256
  %396 = add i64 %395, %c28
  %397 = mul i64 %396, 9
  %398 = add i64 %397, %393
  %399 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %398
  %400 = load float, float* %399, align 4
  %401 = load float, float* %7, align 4
  %402 = call float @llvm.fma.f32(float %400, float %369, float %401)
  store float %402, float* %7, align 4
  %403 = mul i64 %i32, 3
  %404 = add i64 %403, %j38
  %405 = add i64 %31, 3
  %406 = mul i64 %405, 256
  %407 = add i64 %406, %c28
  %408 = mul i64 %407, 9
  %409 = add i64 %408, %404
  %410 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %409
  %411 = load float, float* %410, align 4
  %412 = load float, float* %6, align 4
  %413 = call float @llvm.fma.f32(float %411, float %369, float %412)
  store float %413, float* %6, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34
}

; Function Attrs: nounwind
define internal void @node37.conv2d_12.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node37.conv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node38.batchNorm_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 256
  %8 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_12.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_12.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 196
  %13 = add i64 %12, 196
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node38.batchNorm_12.step0(i8* %0) #2 {
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
  call void @node38.batchNorm_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node39.conv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 64
  %12 = sdiv i64 %task, 64
  %13 = srem i64 %12, 14
  %14 = sdiv i64 %task, 896
  %15 = srem i64 %14, 1
  %16 = sdiv i64 %14, 1
  %17 = mul i64 %15, 256
  %18 = mul i64 %11, 4
  %19 = add i64 %17, %18
  %20 = mul i64 %16, 128
  %21 = mul i64 %15, 128
  %22 = add i64 %20, %21
  %23 = mul i64 %22, 784
  %24 = mul i64 %13, 2
  %25 = sub i64 %24, 0
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %26 = icmp slt i64 %xs, 14
  br i1 %26, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %27 = icmp slt i64 %c, 128
  br i1 %27, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %28 = mul i64 %c, 784
  %29 = add i64 %23, %28
  br label %i.header

c.exit:                                           ; preds = %c.header
  %30 = load float, float* %9, align 4
  %31 = mul i64 %16, 256
  %32 = add i64 %19, 0
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 14
  %35 = add i64 %34, %13
  %36 = mul i64 %35, 14
  %37 = add i64 %36, %xs
  %38 = getelementptr inbounds float, float* %0, i64 %37
  store float %30, float* %38, align 4
  %39 = load float, float* %8, align 4
  %40 = mul i64 %16, 256
  %41 = add i64 %19, 1
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 14
  %44 = add i64 %43, %13
  %45 = mul i64 %44, 14
  %46 = add i64 %45, %xs
  %47 = getelementptr inbounds float, float* %0, i64 %46
  store float %39, float* %47, align 4
  %48 = load float, float* %7, align 4
  %49 = mul i64 %16, 256
  %50 = add i64 %19, 2
  %51 = add i64 %49, %50
  %52 = mul i64 %51, 14
  %53 = add i64 %52, %13
  %54 = mul i64 %53, 14
  %55 = add i64 %54, %xs
  %56 = getelementptr inbounds float, float* %0, i64 %55
  store float %48, float* %56, align 4
  %57 = load float, float* %6, align 4
  %58 = mul i64 %16, 256
  %59 = add i64 %19, 3
  %60 = add i64 %58, %59
  %61 = mul i64 %60, 14
  %62 = add i64 %61, %13
  %63 = mul i64 %62, 14
  %64 = add i64 %63, %xs
  %65 = getelementptr inbounds float, float* %0, i64 %64
  store float %57, float* %65, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %66 = icmp slt i64 %i, 1
  br i1 %66, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %67 = mul i64 %i, 1
  %68 = add i64 %25, %67
  %69 = icmp sge i64 %68, 0
  %70 = icmp slt i64 %68, 28
  %71 = and i1 %69, %70
  br i1 %71, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %72 = mul i64 %68, 28
  %73 = add i64 %29, %72
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %74 = icmp slt i64 %j, 1
  br i1 %74, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %75 = mul i64 %xs, 2
  %76 = mul i64 %j, 1
  %77 = add i64 %75, %76
  %78 = sub i64 %77, 0
  %79 = icmp sge i64 %78, 0
  %80 = icmp slt i64 %78, 28
  %81 = and i1 %79, %80
  %82 = icmp sgt i64 %78, 0
  %83 = select i1 %82, i64 %78, i64 0
  %84 = icmp slt i64 %83, 27
  %85 = select i1 %84, i64 %83, i64 27
  %86 = add i64 %73, %85
  %87 = getelementptr inbounds float, float* %1, i64 %86
  %88 = load float, float* %87, align 4
  %89 = select i1 %81, float %88, float 0.000000e+00
  %90 = mul i64 %i, 1
  %91 = add i64 %90, %j
  %92 = add i64 %19, 0
  %93 = mul i64 %92, 128
  %94 = add i64 %93, %c
  %95 = mul i64 %94, 1
  %96 = add i64 %95, %91
  %97 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_13.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = load float, float* %9, align 4
  %100 = call float @llvm.fma.f32(float %98, float %89, float %99)
  store float %100, float* %9, align 4
  %101 = mul i64 %i, 1
  %102 = add i64 %101, %j
  %103 = add i64 %19, 1
  %104 = mul i64 %103, 128
  %105 = add i64 %104, %c
  %106 = mul i64 %105, 1
  %107 = add i64 %106, %102
  %108 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_13.weight to float*), i64 %107
  %109 = load float, float* %108, align 4
  %110 = load float, float* %8, align 4
  %111 = call float @llvm.fma.f32(float %109, float %89, float %110)
  store float %111, float* %8, align 4
  %112 = mul i64 %i, 1
  %113 = add i64 %112, %j
  %114 = add i64 %19, 2
  %115 = mul i64 %114, 128
  %116 = add i64 %115, %c
  %117 = mul i64 %116, 1
  %118 = add i64 %117, %113
  %119 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_13.weight to float*), i64 %118
  %120 = load float, float* %119, align 4
  %121 = load float, float* %7, align 4
  %122 = call float @llvm.fma.f32(float %120, float %89, float %121)
  store float %122, float* %7, align 4
  %123 = mul i64 %i, 1
  %124 = add i64 %123, %j
  %125 = add i64 %19, 3
  %126 = mul i64 %125, 128
  %127 = add i64 %126, %c
  %128 = mul i64 %127, 1
  %129 = add i64 %128, %124
  %130 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_13.weight to float*), i64 %129
  %131 = load float, float* %130, align 4
  %132 = load float, float* %6, align 4
  %133 = call float @llvm.fma.f32(float %131, float %89, float %132)
  store float %133, float* %6, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif
}

; Function Attrs: nounwind
define internal void @node39.conv2d_13.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node39.conv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node40.batchNorm_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 256
  %8 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_13.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_13.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 196
  %13 = add i64 %12, 196
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node40.batchNorm_13.step0(i8* %0) #2 {
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
  call void @node40.batchNorm_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node41.add_5.step0.body(float* noalias %0, float* noalias %1, float* noalias %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %row.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %row.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = mul i64 %task, 1
  %9 = add i64 %8, 1
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %row.header

task.exit:                                        ; preds = %task.header
  ret void

row.header:                                       ; preds = %s.exit, %task.body
  %row = phi i64 [ %8, %task.body ], [ %row.next, %s.exit ]
  %12 = icmp slt i64 %row, %11
  br i1 %12, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %13 = mul i64 %row, 50176
  br label %v.header

row.exit:                                         ; preds = %row.header
  %task.next = add i64 %task, 1
  br label %task.header

v.header:                                         ; preds = %v.body, %row.body
  %v = phi i64 [ 0, %row.body ], [ %v.next, %v.body ]
  %14 = icmp slt i64 %v, 50176
  br i1 %14, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %15 = mul i64 %v, 1
  %16 = add i64 0, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %v, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %2, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fadd <8 x float> %19, %24
  %26 = add i64 %13, %v
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %25, <8 x float>* %28, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ 50176, %v.exit ], [ %s.next, %s.body ]
  %29 = icmp slt i64 %s, 50176
  br i1 %29, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %30 = mul i64 %s, 1
  %31 = add i64 0, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = mul i64 %s, 1
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fadd float %33, %37
  %39 = add i64 %13, %s
  %40 = getelementptr inbounds float, float* %0, i64 %39
  store float %38, float* %40, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %row.next = add i64 %row, 1
  br label %row.header
}

; Function Attrs: nounwind
define internal void @node41.add_5.step0(i8* %0) #2 {
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 1, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  call void @node41.add_5.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node42.relu_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 50176
  %10 = select i1 %9, i64 %8, i64 50176
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node42.relu_11.step0(i8* %0) #2 {
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
  %19 = add i64 4, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4
  %23 = select i1 %22, i64 %21, i64 4
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4
  %26 = select i1 %25, i64 %24, i64 4
  call void @node42.relu_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node43.conv2d_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit23, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit23 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 64
  %24 = sdiv i64 %task, 64
  %25 = srem i64 %24, 14
  %26 = sdiv i64 %task, 896
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 256
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 256
  %33 = mul i64 %27, 256
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %38 = icmp slt i64 %c, 256
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %35, %39
  br label %i.header

c.exit:                                           ; preds = %c.header
  %41 = load <8 x float>, <8 x float>* %21, align 32
  %42 = mul i64 %28, 256
  %43 = add i64 %31, 0
  %44 = add i64 %42, %43
  %45 = mul i64 %44, 14
  %46 = add i64 %45, %25
  %47 = mul i64 %46, 14
  %48 = add i64 %47, 1
  %49 = getelementptr inbounds float, float* %0, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  store <8 x float> %41, <8 x float>* %50, align 4
  %51 = load <8 x float>, <8 x float>* %20, align 32
  %52 = mul i64 %28, 256
  %53 = add i64 %31, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 14
  %56 = add i64 %55, %25
  %57 = mul i64 %56, 14
  %58 = add i64 %57, 9
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %51, <8 x float>* %60, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %61 = load <8 x float>, <8 x float>* %19, align 32
  %62 = mul i64 %28, 256
  %63 = add i64 %31, 1
  %64 = add i64 %62, %63
  %65 = mul i64 %64, 14
  %66 = add i64 %65, %25
  %67 = mul i64 %66, 14
  %68 = add i64 %67, 1
  %69 = getelementptr inbounds float, float* %0, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  store <8 x float> %61, <8 x float>* %70, align 4
  %71 = load <8 x float>, <8 x float>* %18, align 32
  %72 = mul i64 %28, 256
  %73 = add i64 %31, 1
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 14
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 14
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %17, align 32
  %82 = mul i64 %28, 256
  %83 = add i64 %31, 2
  %84 = add i64 %82, %83
  %85 = mul i64 %84, 14
  %86 = add i64 %85, %25
  %87 = mul i64 %86, 14
  %88 = add i64 %87, 1
  %89 = getelementptr inbounds float, float* %0, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %81, <8 x float>* %90, align 4
  %91 = load <8 x float>, <8 x float>* %16, align 32
  %92 = mul i64 %28, 256
  %93 = add i64 %31, 2
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 14
  %96 = add i64 %95, %25
  %97 = mul i64 %96, 14
  %98 = add i64 %97, 9
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %91, <8 x float>* %100, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %101 = load <8 x float>, <8 x float>* %15, align 32
  %102 = mul i64 %28, 256
  %103 = add i64 %31, 3
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %25
  %107 = mul i64 %106, 14
  %108 = add i64 %107, 1
  %109 = getelementptr inbounds float, float* %0, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %101, <8 x float>* %110, align 4
  %111 = load <8 x float>, <8 x float>* %14, align 32
  %112 = mul i64 %28, 256
  %113 = add i64 %31, 3
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 14
  %116 = add i64 %115, %25
  %117 = mul i64 %116, 14
  %118 = add i64 %117, 9
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %111, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %121 = icmp slt i64 %i, 3
  br i1 %121, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %122 = mul i64 %i, 1
  %123 = add i64 %37, %122
  %124 = icmp sge i64 %123, 0
  %125 = icmp slt i64 %123, 14
  %126 = and i1 %124, %125
  br i1 %126, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %127 = mul i64 %123, 14
  %128 = add i64 %40, %127
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %129 = icmp slt i64 %j, 3
  br i1 %129, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %130 = mul i64 %j, 1
  %131 = add i64 1, %130
  %132 = sub i64 %131, 1
  %133 = add i64 %128, %132
  %134 = add i64 %133, 0
  %135 = getelementptr inbounds float, float* %1, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %133, 8
  %139 = getelementptr inbounds float, float* %1, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %140, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %142 = mul i64 %i, 3
  %143 = add i64 %142, %j
  %144 = add i64 %31, 0
  %145 = mul i64 %144, 256
  %146 = add i64 %145, %c
  %147 = mul i64 %146, 9
  %148 = add i64 %147, %143
  %149 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %148
  %150 = load float, float* %149, align 4
  %151 = insertelement <8 x float> undef, float %150, i32 0
  %splat = shufflevector <8 x float> %151, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, <8 x float>* %21, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %137, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %21, align 32
  %154 = load <8 x float>, <8 x float>* %20, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %141, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %20, align 32
  %156 = mul i64 %i, 3
  %157 = add i64 %156, %j
  %158 = add i64 %31, 1
  %159 = mul i64 %158, 256
  %160 = add i64 %159, %c
  %161 = mul i64 %160, 9
  %162 = add i64 %161, %157
  %163 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %162
  %164 = load float, float* %163, align 4
  %165 = insertelement <8 x float> undef, float %164, i32 0
  %splat1 = shufflevector <8 x float> %165, <8 x float> undef, <8 x i32> zeroinitializer
  %166 = load <8 x float>, <8 x float>* %19, align 32
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %137, <8 x float> %166)
  store <8 x float> %167, <8 x float>* %19, align 32
  %168 = load <8 x float>, <8 x float>* %18, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %141, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %18, align 32
  %170 = mul i64 %i, 3
  %171 = add i64 %170, %j
  %172 = add i64 %31, 2
  %173 = mul i64 %172, 256
  %174 = add i64 %173, %c
  %175 = mul i64 %174, 9
  %176 = add i64 %175, %171
  %177 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %176
  %178 = load float, float* %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i32 0
  %splat2 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %180 = load <8 x float>, <8 x float>* %17, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %137, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %17, align 32
  %182 = load <8 x float>, <8 x float>* %16, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %141, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %16, align 32
  %184 = mul i64 %i, 3
  %185 = add i64 %184, %j
  %186 = add i64 %31, 3
  %187 = mul i64 %186, 256
  %188 = add i64 %187, %c
  %189 = mul i64 %188, 9
  %190 = add i64 %189, %185
  %191 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat3 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %15, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %137, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %15, align 32
  %196 = load <8 x float>, <8 x float>* %14, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %141, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit6 ]
  %198 = icmp slt i64 %xs, 1
  br i1 %198, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  br label %xs.header21

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %199 = icmp slt i64 %c7, 256
  br i1 %199, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %200 = mul i64 %c7, 196
  %201 = add i64 %35, %200
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %202 = load float, float* %13, align 4
  %203 = mul i64 %28, 256
  %204 = add i64 %31, 0
  %205 = add i64 %203, %204
  %206 = mul i64 %205, 14
  %207 = add i64 %206, %25
  %208 = mul i64 %207, 14
  %209 = add i64 %208, %xs
  %210 = getelementptr inbounds float, float* %0, i64 %209
  store float %202, float* %210, align 4
  %211 = load float, float* %12, align 4
  %212 = mul i64 %28, 256
  %213 = add i64 %31, 1
  %214 = add i64 %212, %213
  %215 = mul i64 %214, 14
  %216 = add i64 %215, %25
  %217 = mul i64 %216, 14
  %218 = add i64 %217, %xs
  %219 = getelementptr inbounds float, float* %0, i64 %218
  store float %211, float* %219, align 4
  %220 = load float, float* %11, align 4
  %221 = mul i64 %28, 256
  %222 = add i64 %31, 2
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 14
  %225 = add i64 %224, %25
  %226 = mul i64 %225, 14
  %227 = add i64 %226, %xs
  %228 = getelementptr inbounds float, float* %0, i64 %227
  store float %220, float* %228, align 4
  %229 = load float, float* %10, align 4
  %230 = mul i64 %28, 256
  %231 = add i64 %31, 3
  %232 = add i64 %230, %231
  %233 = mul i64 %232, 14
  %234 = add i64 %233, %25
  %235 = mul i64 %234, 14
  %236 = add i64 %235, %xs
  %237 = getelementptr inbounds float, float* %0, i64 %236
  store float %229, float* %237, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %238 = icmp slt i64 %i11, 3
  br i1 %238, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %239 = mul i64 %i11, 1
  %240 = add i64 %37, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 14
  %243 = and i1 %241, %242
  br i1 %243, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %244 = mul i64 %240, 14
  %245 = add i64 %201, %244
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %246 = icmp slt i64 %j17, 3
  br i1 %246, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %247 = mul i64 %xs, 1
  %248 = mul i64 %j17, 1
  %249 = add i64 %247, %248
  %250 = sub i64 %249, 1
  %251 = icmp sge i64 %250, 0
  %252 = icmp slt i64 %250, 14
  %253 = and i1 %251, %252
  %254 = icmp sgt i64 %250, 0
  %255 = select i1 %254, i64 %250, i64 0
  %256 = icmp slt i64 %255, 13
  %257 = select i1 %256, i64 %255, i64 13
  %258 = add i64 %245, %257
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = load float, float* %259, align 4
  %261 = select i1 %253, float %260, float 0.000000e+00
  %262 = mul i64 %i11, 3
  %263 = add i64 %262, %j17
  %264 = add i64 %31, 0
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %c7
  %267 = mul i64 %266, 9
  %268 = add i64 %267, %263
  %269 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %268
  %270 = load float, float* %269, align 4
  %271 = load float, float* %13, align 4
  %272 = call float @llvm.fma.f32(float %270, float %261, float %271)
  store float %272, float* %13, align 4
  %273 = mul i64 %i11, 3
  %274 = add i64 %273, %j17
  %275 = add i64 %31, 1
  %276 = mul i64 %275, 256
  %277 = add i64 %276, %c7
  %278 = mul i64 %277, 9
  %279 = add i64 %278, %274
  %280 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %279
  %281 = load float, float* %280, align 4
  %282 = load float, float* %12, align 4
  %283 = call float @llvm.fma.f32(float %281, float %261, float %282)
  store float %283, float* %12, align 4
  %284 = mul i64 %i11, 3
  %285 = add i64 %284, %j17
  %286 = add i64 %31, 2
  %287 = mul i64 %286, 256
  %288 = add i64 %287, %c7
  %289 = mul i64 %288, 9
  %290 = add i64 %289, %285
  %291 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %290
  %292 = load float, float* %291, align 4
  %293 = load float, float* %11, align 4
  %294 = call float @llvm.fma.f32(float %292, float %261, float %293)
  store float %294, float* %11, align 4
  %295 = mul i64 %i11, 3
  %296 = add i64 %295, %j17
  %297 = add i64 %31, 3
  %298 = mul i64 %297, 256
  %299 = add i64 %298, %c7
  %300 = mul i64 %299, 9
  %301 = add i64 %300, %296
  %302 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %301
  %303 = load float, float* %302, align 4
  %304 = load float, float* %10, align 4
  %305 = call float @llvm.fma.f32(float %303, float %261, float %304)
  store float %305, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 13, %xs.exit ], [ %xs.next42, %c.exit27 ]
  %306 = icmp slt i64 %xs24, 14
  br i1 %306, label %xs.body22, label %xs.exit23

xs.body22:                                        ; preds = %xs.header21
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header25

xs.exit23:                                        ; preds = %xs.header21
  %task.next = add i64 %task, 1
  br label %task.header

c.header25:                                       ; preds = %i.exit31, %xs.body22
  %c28 = phi i64 [ 0, %xs.body22 ], [ %c.next41, %i.exit31 ]
  %307 = icmp slt i64 %c28, 256
  br i1 %307, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %308 = mul i64 %c28, 196
  %309 = add i64 %35, %308
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %310 = load float, float* %9, align 4
  %311 = mul i64 %28, 256
  %312 = add i64 %31, 0
  %313 = add i64 %311, %312
  %314 = mul i64 %313, 14
  %315 = add i64 %314, %25
  %316 = mul i64 %315, 14
  %317 = add i64 %316, %xs24
  %318 = getelementptr inbounds float, float* %0, i64 %317
  store float %310, float* %318, align 4
  %319 = load float, float* %8, align 4
  %320 = mul i64 %28, 256
  %321 = add i64 %31, 1
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 14
  %324 = add i64 %323, %25
  %325 = mul i64 %324, 14
  %326 = add i64 %325, %xs24
  %327 = getelementptr inbounds float, float* %0, i64 %326
  store float %319, float* %327, align 4
  %328 = load float, float* %7, align 4
  %329 = mul i64 %28, 256
  %330 = add i64 %31, 2
  %331 = add i64 %329, %330
  %332 = mul i64 %331, 14
  %333 = add i64 %332, %25
  %334 = mul i64 %333, 14
  %335 = add i64 %334, %xs24
  %336 = getelementptr inbounds float, float* %0, i64 %335
  store float %328, float* %336, align 4
  %337 = load float, float* %6, align 4
  %338 = mul i64 %28, 256
  %339 = add i64 %31, 3
  %340 = add i64 %338, %339
  %341 = mul i64 %340, 14
  %342 = add i64 %341, %25
  %343 = mul i64 %342, 14
  %344 = add i64 %343, %xs24
  %345 = getelementptr inbounds float, float* %0, i64 %344
  store float %337, float* %345, align 4
  %xs.next42 = add i64 %xs24, 1
  br label %xs.header21

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %346 = icmp slt i64 %i32, 3
  br i1 %346, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %347 = mul i64 %i32, 1
  %348 = add i64 %37, %347
  %349 = icmp sge i64 %348, 0
  %350 = icmp slt i64 %348, 14
  %351 = and i1 %349, %350
  br i1 %351, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %352 = mul i64 %348, 14
  %353 = add i64 %309, %352
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %354 = icmp slt i64 %j38, 3
  br i1 %354, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %355 = mul i64 %xs24, 1
  %356 = mul i64 %j38, 1
  %357 = add i64 %355, %356
  %358 = sub i64 %357, 1
  %359 = icmp sge i64 %358, 0
  %360 = icmp slt i64 %358, 14
  %361 = and i1 %359, %360
  %362 = icmp sgt i64 %358, 0
  %363 = select i1 %362, i64 %358, i64 0
  %364 = icmp slt i64 %363, 13
  %365 = select i1 %364, i64 %363, i64 13
  %366 = add i64 %353, %365
  %367 = getelementptr inbounds float, float* %1, i64 %366
  %368 = load float, float* %367, align 4
  %369 = select i1 %361, float %368, float 0.000000e+00
  %370 = mul i64 %i32, 3
  %371 = add i64 %370, %j38
  %372 = add i64 %31, 0
  %373 = mul i64 %372, 256
  %374 = add i64 %373, %c28
  %375 = mul i64 %374, 9
  %376 = add i64 %375, %371
  %377 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %376
  %378 = load float, float* %377, align 4
  %379 = load float, float* %9, align 4
  %380 = call float @llvm.fma.f32(float %378, float %369, float %379)
  store float %380, float* %9, align 4
  %381 = mul i64 %i32, 3
  %382 = add i64 %381, %j38
  %383 = add i64 %31, 1
  %384 = mul i64 %383, 256
  %385 = add i64 %384, %c28
  %386 = mul i64 %385, 9
  %387 = add i64 %386, %382
  %388 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %387
  %389 = load float, float* %388, align 4
  %390 = load float, float* %8, align 4
  %391 = call float @llvm.fma.f32(float %389, float %369, float %390)
  store float %391, float* %8, align 4
  %392 = mul i64 %i32, 3
  %393 = add i64 %392, %j38
  %394 = add i64 %31, 2
  %395 = mul i64 %394, 256
  %396 = add i64 %395, %c28
  %397 = mul i64 %396, 9
  %398 = add i64 %397, %393
  %399 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %398
  %400 = load float, float* %399, align 4
  %401 = load float, float* %7, align 4
  %402 = call float @llvm.fma.f32(float %400, float %369, float %401)
  store float %402, float* %7, align 4
  %403 = mul i64 %i32, 3
  %404 = add i64 %403, %j38
  %405 = add i64 %31, 3
  %406 = mul i64 %405, 256
  %407 = add i64 %406, %c28
  %408 = mul i64 %407, 9
  %409 = add i64 %408, %404
  %410 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %409
  %411 = load float, float* %410, align 4
  %412 = load float, float* %6, align 4
  %413 = call float @llvm.fma.f32(float %411, float %369, float %412)
  store float %413, float* %6, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34
}

; Function Attrs: nounwind
define internal void @node43.conv2d_14.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node43.conv2d_14.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node44.batchNorm_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 256
  %8 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_14.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_14.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 196
  %13 = add i64 %12, 196
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node44.batchNorm_14.step0(i8* %0) #2 {
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
  call void @node44.batchNorm_14.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node45.relu_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 50176
  %10 = select i1 %9, i64 %8, i64 50176
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node45.relu_12.step0(i8* %0) #2 {
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
  %19 = add i64 4, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4
  %23 = select i1 %22, i64 %21, i64 4
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4
  %26 = select i1 %25, i64 %24, i64 4
  call void @node45.relu_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node46.conv2d_15.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit23, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit23 ]
  %22 = icmp slt i64 %task, %5
  br i1 %22, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %23 = srem i64 %task, 64
  %24 = sdiv i64 %task, 64
  %25 = srem i64 %24, 14
  %26 = sdiv i64 %task, 896
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 256
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 256
  %33 = mul i64 %27, 256
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 1
  %37 = sub i64 %36, 1
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %38 = icmp slt i64 %c, 256
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %35, %39
  br label %i.header

c.exit:                                           ; preds = %c.header
  %41 = load <8 x float>, <8 x float>* %21, align 32
  %42 = mul i64 %28, 256
  %43 = add i64 %31, 0
  %44 = add i64 %42, %43
  %45 = mul i64 %44, 14
  %46 = add i64 %45, %25
  %47 = mul i64 %46, 14
  %48 = add i64 %47, 1
  %49 = getelementptr inbounds float, float* %0, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  store <8 x float> %41, <8 x float>* %50, align 4
  %51 = load <8 x float>, <8 x float>* %20, align 32
  %52 = mul i64 %28, 256
  %53 = add i64 %31, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 14
  %56 = add i64 %55, %25
  %57 = mul i64 %56, 14
  %58 = add i64 %57, 9
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %51, <8 x float>* %60, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %61 = load <8 x float>, <8 x float>* %19, align 32
  %62 = mul i64 %28, 256
  %63 = add i64 %31, 1
  %64 = add i64 %62, %63
  %65 = mul i64 %64, 14
  %66 = add i64 %65, %25
  %67 = mul i64 %66, 14
  %68 = add i64 %67, 1
  %69 = getelementptr inbounds float, float* %0, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  store <8 x float> %61, <8 x float>* %70, align 4
  %71 = load <8 x float>, <8 x float>* %18, align 32
  %72 = mul i64 %28, 256
  %73 = add i64 %31, 1
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 14
  %76 = add i64 %75, %25
  %77 = mul i64 %76, 14
  %78 = add i64 %77, 9
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %71, <8 x float>* %80, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %81 = load <8 x float>, <8 x float>* %17, align 32
  %82 = mul i64 %28, 256
  %83 = add i64 %31, 2
  %84 = add i64 %82, %83
  %85 = mul i64 %84, 14
  %86 = add i64 %85, %25
  %87 = mul i64 %86, 14
  %88 = add i64 %87, 1
  %89 = getelementptr inbounds float, float* %0, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %81, <8 x float>* %90, align 4
  %91 = load <8 x float>, <8 x float>* %16, align 32
  %92 = mul i64 %28, 256
  %93 = add i64 %31, 2
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 14
  %96 = add i64 %95, %25
  %97 = mul i64 %96, 14
  %98 = add i64 %97, 9
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %91, <8 x float>* %100, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %101 = load <8 x float>, <8 x float>* %15, align 32
  %102 = mul i64 %28, 256
  %103 = add i64 %31, 3
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %25
  %107 = mul i64 %106, 14
  %108 = add i64 %107, 1
  %109 = getelementptr inbounds float, float* %0, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %101, <8 x float>* %110, align 4
  %111 = load <8 x float>, <8 x float>* %14, align 32
  %112 = mul i64 %28, 256
  %113 = add i64 %31, 3
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 14
  %116 = add i64 %115, %25
  %117 = mul i64 %116, 14
  %118 = add i64 %117, 9
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %111, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %121 = icmp slt i64 %i, 3
  br i1 %121, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %122 = mul i64 %i, 1
  %123 = add i64 %37, %122
  %124 = icmp sge i64 %123, 0
  %125 = icmp slt i64 %123, 14
  %126 = and i1 %124, %125
  br i1 %126, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %127 = mul i64 %123, 14
  %128 = add i64 %40, %127
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %129 = icmp slt i64 %j, 3
  br i1 %129, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %130 = mul i64 %j, 1
  %131 = add i64 1, %130
  %132 = sub i64 %131, 1
  %133 = add i64 %128, %132
  %134 = add i64 %133, 0
  %135 = getelementptr inbounds float, float* %1, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %133, 8
  %139 = getelementptr inbounds float, float* %1, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %140, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %142 = mul i64 %i, 3
  %143 = add i64 %142, %j
  %144 = add i64 %31, 0
  %145 = mul i64 %144, 256
  %146 = add i64 %145, %c
  %147 = mul i64 %146, 9
  %148 = add i64 %147, %143
  %149 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %148
  %150 = load float, float* %149, align 4
  %151 = insertelement <8 x float> undef, float %150, i32 0
  %splat = shufflevector <8 x float> %151, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, <8 x float>* %21, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %137, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %21, align 32
  %154 = load <8 x float>, <8 x float>* %20, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %141, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %20, align 32
  %156 = mul i64 %i, 3
  %157 = add i64 %156, %j
  %158 = add i64 %31, 1
  %159 = mul i64 %158, 256
  %160 = add i64 %159, %c
  %161 = mul i64 %160, 9
  %162 = add i64 %161, %157
  %163 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %162
  %164 = load float, float* %163, align 4
  %165 = insertelement <8 x float> undef, float %164, i32 0
  %splat1 = shufflevector <8 x float> %165, <8 x float> undef, <8 x i32> zeroinitializer
  %166 = load <8 x float>, <8 x float>* %19, align 32
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %137, <8 x float> %166)
  store <8 x float> %167, <8 x float>* %19, align 32
  %168 = load <8 x float>, <8 x float>* %18, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %141, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %18, align 32
  %170 = mul i64 %i, 3
  %171 = add i64 %170, %j
  %172 = add i64 %31, 2
  %173 = mul i64 %172, 256
  %174 = add i64 %173, %c
  %175 = mul i64 %174, 9
  %176 = add i64 %175, %171
  %177 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %176
  %178 = load float, float* %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i32 0
  %splat2 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %180 = load <8 x float>, <8 x float>* %17, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %137, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %17, align 32
  %182 = load <8 x float>, <8 x float>* %16, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %141, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %16, align 32
  %184 = mul i64 %i, 3
  %185 = add i64 %184, %j
  %186 = add i64 %31, 3
  %187 = mul i64 %186, 256
  %188 = add i64 %187, %c
  %189 = mul i64 %188, 9
  %190 = add i64 %189, %185
  %191 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat3 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %15, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %137, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %15, align 32
  %196 = load <8 x float>, <8 x float>* %14, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %141, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit6 ]
  %198 = icmp slt i64 %xs, 1
  br i1 %198, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  br label %xs.header21

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %199 = icmp slt i64 %c7, 256
  br i1 %199, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %200 = mul i64 %c7, 196
  %201 = add i64 %35, %200
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %202 = load float, float* %13, align 4
  %203 = mul i64 %28, 256
  %204 = add i64 %31, 0
  %205 = add i64 %203, %204
  %206 = mul i64 %205, 14
  %207 = add i64 %206, %25
  %208 = mul i64 %207, 14
  %209 = add i64 %208, %xs
  %210 = getelementptr inbounds float, float* %0, i64 %209
  store float %202, float* %210, align 4
  %211 = load float, float* %12, align 4
  %212 = mul i64 %28, 256
  %213 = add i64 %31, 1
  %214 = add i64 %212, %213
  %215 = mul i64 %214, 14
  %216 = add i64 %215, %25
  %217 = mul i64 %216, 14
  %218 = add i64 %217, %xs
  %219 = getelementptr inbounds float, float* %0, i64 %218
  store float %211, float* %219, align 4
  %220 = load float, float* %11, align 4
  %221 = mul i64 %28, 256
  %222 = add i64 %31, 2
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 14
  %225 = add i64 %224, %25
  %226 = mul i64 %225, 14
  %227 = add i64 %226, %xs
  %228 = getelementptr inbounds float, float* %0, i64 %227
  store float %220, float* %228, align 4
  %229 = load float, float* %10, align 4
  %230 = mul i64 %28, 256
  %231 = add i64 %31, 3
  %232 = add i64 %230, %231
  %233 = mul i64 %232, 14
  %234 = add i64 %233, %25
  %235 = mul i64 %234, 14
  %236 = add i64 %235, %xs
  %237 = getelementptr inbounds float, float* %0, i64 %236
  store float %229, float* %237, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %238 = icmp slt i64 %i11, 3
  br i1 %238, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %239 = mul i64 %i11, 1
  %240 = add i64 %37, %239
  %241 = icmp sge i64 %240, 0
  %242 = icmp slt i64 %240, 14
  %243 = and i1 %241, %242
  br i1 %243, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %244 = mul i64 %240, 14
  %245 = add i64 %201, %244
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %246 = icmp slt i64 %j17, 3
  br i1 %246, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %247 = mul i64 %xs, 1
  %248 = mul i64 %j17, 1
  %249 = add i64 %247, %248
  %250 = sub i64 %249, 1
  %251 = icmp sge i64 %250, 0
  %252 = icmp slt i64 %250, 14
  %253 = and i1 %251, %252
  %254 = icmp sgt i64 %250, 0
  %255 = select i1 %254, i64 %250, i64 0
  %256 = icmp slt i64 %255, 13
  %257 = select i1 %256, i64 %255, i64 13
  %258 = add i64 %245, %257
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = load float, float* %259, align 4
  %261 = select i1 %253, float %260, float 0.000000e+00
  %262 = mul i64 %i11, 3
  %263 = add i64 %262, %j17
  %264 = add i64 %31, 0
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %c7
  %267 = mul i64 %266, 9
  %268 = add i64 %267, %263
  %269 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %268
  %270 = load float, float* %269, align 4
  %271 = load float, float* %13, align 4
  %272 = call float @llvm.fma.f32(float %270, float %261, float %271)
  store float %272, float* %13, align 4
  %273 = mul i64 %i11, 3
  %274 = add i64 %273, %j17
  %275 = add i64 %31, 1
  %276 = mul i64 %275, 256
  %277 = add i64 %276, %c7
  %278 = mul i64 %277, 9
  %279 = add i64 %278, %274
  %280 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %279
  %281 = load float, float* %280, align 4
  %282 = load float, float* %12, align 4
  %283 = call float @llvm.fma.f32(float %281, float %261, float %282)
  store float %283, float* %12, align 4
  %284 = mul i64 %i11, 3
  %285 = add i64 %284, %j17
  %286 = add i64 %31, 2
  %287 = mul i64 %286, 256
  %288 = add i64 %287, %c7
  %289 = mul i64 %288, 9
  %290 = add i64 %289, %285
  %291 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %290
  %292 = load float, float* %291, align 4
  %293 = load float, float* %11, align 4
  %294 = call float @llvm.fma.f32(float %292, float %261, float %293)
  store float %294, float* %11, align 4
  %295 = mul i64 %i11, 3
  %296 = add i64 %295, %j17
  %297 = add i64 %31, 3
  %298 = mul i64 %297, 256
  %299 = add i64 %298, %c7
  %300 = mul i64 %299, 9
  %301 = add i64 %300, %296
  %302 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %301
  %303 = load float, float* %302, align 4
  %304 = load float, float* %10, align 4
  %305 = call float @llvm.fma.f32(float %303, float %261, float %304)
  store float %305, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 13, %xs.exit ], [ %xs.next42, %c.exit27 ]
  %306 = icmp slt i64 %xs24, 14
  br i1 %306, label %xs.body22, label %xs.exit23

xs.body22:                                        ; preds = %xs.header21
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header25

xs.exit23:                                        ; preds = %xs.header21
  %task.next = add i64 %task, 1
  br label %task.header

c.header25:                                       ; preds = %i.exit31, %xs.body22
  %c28 = phi i64 [ 0, %xs.body22 ], [ %c.next41, %i.exit31 ]
  %307 = icmp slt i64 %c28, 256
  br i1 %307, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %308 = mul i64 %c28, 196
  %309 = add i64 %35, %308
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %310 = load float, float* %9, align 4
  %311 = mul i64 %28, 256
  %312 = add i64 %31, 0
  %313 = add i64 %311, %312
  %314 = mul i64 %313, 14
  %315 = add i64 %314, %25
  %316 = mul i64 %315, 14
  %317 = add i64 %316, %xs24
  %318 = getelementptr inbounds float, float* %0, i64 %317
  store float %310, float* %318, align 4
  %319 = load float, float* %8, align 4
  %320 = mul i64 %28, 256
  %321 = add i64 %31, 1
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 14
  %324 = add i64 %323, %25
  %325 = mul i64 %324, 14
  %326 = add i64 %325, %xs24
  %327 = getelementptr inbounds float, float* %0, i64 %326
  store float %319, float* %327, align 4
  %328 = load float, float* %7, align 4
  %329 = mul i64 %28, 256
  %330 = add i64 %31, 2
  %331 = add i64 %329, %330
  %332 = mul i64 %331, 14
  %333 = add i64 %332, %25
  %334 = mul i64 %333, 14
  %335 = add i64 %334, %xs24
  %336 = getelementptr inbounds float, float* %0, i64 %335
  store float %328, float* %336, align 4
  %337 = load float, float* %6, align 4
  %338 = mul i64 %28, 256
  %339 = add i64 %31, 3
  %340 = add i64 %338, %339
  %341 = mul i64 %340, 14
  %342 = add i64 %341, %25
  %343 = mul i64 %342, 14
  %344 = add i64 %343, %xs24
  %345 = getelementptr inbounds float, float* %0, i64 %344
  store float %337, float* %345, align 4
  %xs.next42 = add i64 %xs24, 1
  br label %xs.header21

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %346 = icmp slt i64 %i32, 3
  br i1 %346, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %347 = mul i64 %i32, 1
  %348 = add i64 %37, %347
  %349 = icmp sge i64 %348, 0
  %350 = icmp slt i64 %348, 14
  %351 = and i1 %349, %350
  br i1 %351, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %352 = mul i64 %348, 14
  %353 = add i64 %309, %352
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %354 = icmp slt i64 %j38, 3
  br i1 %354, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %355 = mul i64 %xs24, 1
  %356 = mul i64 %j38, 1
  %357 = add i64 %355, %356
  %358 = sub i64 %357, 1
  %359 = icmp sge i64 %358, 0
  %360 = icmp slt i64 %358, 14
  %361 = and i1 %359, %360
  %362 = icmp sgt i64 %358, 0
  %363 = select i1 %362, i64 %358, i64 0
  %364 = icmp slt i64 %363, 13
  %365 = select i1 %364, i64 %363, i64 13
  %366 = add i64 %353, %365
  %367 = getelementptr inbounds float, float* %1, i64 %366
  %368 = load float, float* %367, align 4
  %369 = select i1 %361, float %368, float 0.000000e+00
  %370 = mul i64 %i32, 3
  %371 = add i64 %370, %j38
  %372 = add i64 %31, 0
  %373 = mul i64 %372, 256
  %374 = add i64 %373, %c28
  %375 = mul i64 %374, 9
  %376 = add i64 %375, %371
  %377 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %376
  %378 = load float, float* %377, align 4
  %379 = load float, float* %9, align 4
  %380 = call float @llvm.fma.f32(float %378, float %369, float %379)
  store float %380, float* %9, align 4
  %381 = mul i64 %i32, 3
  %382 = add i64 %381, %j38
  %383 = add i64 %31, 1
  %384 = mul i64 %383, 256
  %385 = add i64 %384, %c28
  %386 = mul i64 %385, 9
  %387 = add i64 %386, %382
  %388 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %387
  %389 = load float, float* %388, align 4
  %390 = load float, float* %8, align 4
  %391 = call float @llvm.fma.f32(float %389, float %369, float %390)
  store float %391, float* %8, align 4
  %392 = mul i64 %i32, 3
  %393 = add i64 %392, %j38
  %394 = add i64 %31, 2
  %395 = mul i64 %394, 256
  %396 = add i64 %395, %c28
  %397 = mul i64 %396, 9
  %398 = add i64 %397, %393
  %399 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %398
  %400 = load float, float* %399, align 4
  %401 = load float, float* %7, align 4
  %402 = call float @llvm.fma.f32(float %400, float %369, float %401)
  store float %402, float* %7, align 4
  %403 = mul i64 %i32, 3
  %404 = add i64 %403, %j38
  %405 = add i64 %31, 3
  %406 = mul i64 %405, 256
  %407 = add i64 %406, %c28
  %408 = mul i64 %407, 9
  %409 = add i64 %408, %404
  %410 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %409
  %411 = load float, float* %410, align 4
  %412 = load float, float* %6, align 4
  %413 = call float @llvm.fma.f32(float %411, float %369, float %412)
  store float %413, float* %6, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34
}

; Function Attrs: nounwind
define internal void @node46.conv2d_15.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node46.conv2d_15.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node47.batchNorm_15.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 256
  %8 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_15.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_15.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 196
  %13 = add i64 %12, 196
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node47.batchNorm_15.step0(i8* %0) #2 {
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
  call void @node47.batchNorm_15.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node48.add_6.step0.body(float* noalias %0, float* noalias %1, float* noalias %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %row.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %row.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = mul i64 %task, 1
  %9 = add i64 %8, 1
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %row.header

task.exit:                                        ; preds = %task.header
  ret void

row.header:                                       ; preds = %s.exit, %task.body
  %row = phi i64 [ %8, %task.body ], [ %row.next, %s.exit ]
  %12 = icmp slt i64 %row, %11
  br i1 %12, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %13 = mul i64 %row, 50176
  br label %v.header

row.exit:                                         ; preds = %row.header
  %task.next = add i64 %task, 1
  br label %task.header

v.header:                                         ; preds = %v.body, %row.body
  %v = phi i64 [ 0, %row.body ], [ %v.next, %v.body ]
  %14 = icmp slt i64 %v, 50176
  br i1 %14, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %15 = mul i64 %v, 1
  %16 = add i64 0, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %v, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %2, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fadd <8 x float> %19, %24
  %26 = add i64 %13, %v
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %25, <8 x float>* %28, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ 50176, %v.exit ], [ %s.next, %s.body ]
  %29 = icmp slt i64 %s, 50176
  br i1 %29, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %30 = mul i64 %s, 1
  %31 = add i64 0, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = mul i64 %s, 1
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fadd float %33, %37
  %39 = add i64 %13, %s
  %40 = getelementptr inbounds float, float* %0, i64 %39
  store float %38, float* %40, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %row.next = add i64 %row, 1
  br label %row.header
}

; Function Attrs: nounwind
define internal void @node48.add_6.step0(i8* %0) #2 {
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 1, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  call void @node48.add_6.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node49.relu_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 50176
  %10 = select i1 %9, i64 %8, i64 50176
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node49.relu_13.step0(i8* %0) #2 {
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
  %19 = add i64 4, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4
  %23 = select i1 %22, i64 %21, i64 4
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4
  %26 = select i1 %25, i64 %24, i64 4
  call void @node49.relu_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node50.conv2d_16.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit3 ]
  %14 = icmp slt i64 %task, %5
  br i1 %14, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %15 = srem i64 %task, 128
  %16 = sdiv i64 %task, 128
  %17 = srem i64 %16, 7
  %18 = sdiv i64 %task, 896
  %19 = srem i64 %18, 1
  %20 = sdiv i64 %18, 1
  %21 = mul i64 %19, 512
  %22 = mul i64 %15, 4
  %23 = add i64 %21, %22
  %24 = mul i64 %20, 256
  %25 = mul i64 %19, 256
  %26 = add i64 %24, %25
  %27 = mul i64 %26, 196
  %28 = mul i64 %17, 2
  %29 = sub i64 %28, 1
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %30 = icmp slt i64 %xs, 1
  br i1 %30, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %31 = icmp slt i64 %c, 256
  br i1 %31, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %32 = mul i64 %c, 196
  %33 = add i64 %27, %32
  br label %i.header

c.exit:                                           ; preds = %c.header
  %34 = load float, float* %13, align 4
  %35 = mul i64 %20, 512
  %36 = add i64 %23, 0
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 7
  %39 = add i64 %38, %17
  %40 = mul i64 %39, 7
  %41 = add i64 %40, %xs
  %42 = getelementptr inbounds float, float* %0, i64 %41
  store float %34, float* %42, align 4
  %43 = load float, float* %12, align 4
  %44 = mul i64 %20, 512
  %45 = add i64 %23, 1
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 7
  %48 = add i64 %47, %17
  %49 = mul i64 %48, 7
  %50 = add i64 %49, %xs
  %51 = getelementptr inbounds float, float* %0, i64 %50
  store float %43, float* %51, align 4
  %52 = load float, float* %11, align 4
  %53 = mul i64 %20, 512
  %54 = add i64 %23, 2
  %55 = add i64 %53, %54
  %56 = mul i64 %55, 7
  %57 = add i64 %56, %17
  %58 = mul i64 %57, 7
  %59 = add i64 %58, %xs
  %60 = getelementptr inbounds float, float* %0, i64 %59
  store float %52, float* %60, align 4
  %61 = load float, float* %10, align 4
  %62 = mul i64 %20, 512
  %63 = add i64 %23, 3
  %64 = add i64 %62, %63
  %65 = mul i64 %64, 7
  %66 = add i64 %65, %17
  %67 = mul i64 %66, 7
  %68 = add i64 %67, %xs
  %69 = getelementptr inbounds float, float* %0, i64 %68
  store float %61, float* %69, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %70 = icmp slt i64 %i, 3
  br i1 %70, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %71 = mul i64 %i, 1
  %72 = add i64 %29, %71
  %73 = icmp sge i64 %72, 0
  %74 = icmp slt i64 %72, 14
  %75 = and i1 %73, %74
  br i1 %75, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %76 = mul i64 %72, 14
  %77 = add i64 %33, %76
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %78 = icmp slt i64 %j, 3
  br i1 %78, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %79 = mul i64 %xs, 2
  %80 = mul i64 %j, 1
  %81 = add i64 %79, %80
  %82 = sub i64 %81, 1
  %83 = icmp sge i64 %82, 0
  %84 = icmp slt i64 %82, 14
  %85 = and i1 %83, %84
  %86 = icmp sgt i64 %82, 0
  %87 = select i1 %86, i64 %82, i64 0
  %88 = icmp slt i64 %87, 13
  %89 = select i1 %88, i64 %87, i64 13
  %90 = add i64 %77, %89
  %91 = getelementptr inbounds float, float* %1, i64 %90
  %92 = load float, float* %91, align 4
  %93 = select i1 %85, float %92, float 0.000000e+00
  %94 = mul i64 %i, 3
  %95 = add i64 %94, %j
  %96 = add i64 %23, 0
  %97 = mul i64 %96, 256
  %98 = add i64 %97, %c
  %99 = mul i64 %98, 9
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %100
  %102 = load float, float* %101, align 4
  %103 = load float, float* %13, align 4
  %104 = call float @llvm.fma.f32(float %102, float %93, float %103)
  store float %104, float* %13, align 4
  %105 = mul i64 %i, 3
  %106 = add i64 %105, %j
  %107 = add i64 %23, 1
  %108 = mul i64 %107, 256
  %109 = add i64 %108, %c
  %110 = mul i64 %109, 9
  %111 = add i64 %110, %106
  %112 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %111
  %113 = load float, float* %112, align 4
  %114 = load float, float* %12, align 4
  %115 = call float @llvm.fma.f32(float %113, float %93, float %114)
  store float %115, float* %12, align 4
  %116 = mul i64 %i, 3
  %117 = add i64 %116, %j
  %118 = add i64 %23, 2
  %119 = mul i64 %118, 256
  %120 = add i64 %119, %c
  %121 = mul i64 %120, 9
  %122 = add i64 %121, %117
  %123 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %122
  %124 = load float, float* %123, align 4
  %125 = load float, float* %11, align 4
  %126 = call float @llvm.fma.f32(float %124, float %93, float %125)
  store float %126, float* %11, align 4
  %127 = mul i64 %i, 3
  %128 = add i64 %127, %j
  %129 = add i64 %23, 3
  %130 = mul i64 %129, 256
  %131 = add i64 %130, %c
  %132 = mul i64 %131, 9
  %133 = add i64 %132, %128
  %134 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %133
  %135 = load float, float* %134, align 4
  %136 = load float, float* %10, align 4
  %137 = call float @llvm.fma.f32(float %135, float %93, float %136)
  store float %137, float* %10, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %138 = icmp slt i64 %xs4, 7
  br i1 %138, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %139 = icmp slt i64 %c8, 256
  br i1 %139, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %140 = mul i64 %c8, 196
  %141 = add i64 %27, %140
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %142 = load float, float* %9, align 4
  %143 = mul i64 %20, 512
  %144 = add i64 %23, 0
  %145 = add i64 %143, %144
  %146 = mul i64 %145, 7
  %147 = add i64 %146, %17
  %148 = mul i64 %147, 7
  %149 = add i64 %148, %xs4
  %150 = getelementptr inbounds float, float* %0, i64 %149
  store float %142, float* %150, align 4
  %151 = load float, float* %8, align 4
  %152 = mul i64 %20, 512
  %153 = add i64 %23, 1
  %154 = add i64 %152, %153
  %155 = mul i64 %154, 7
  %156 = add i64 %155, %17
  %157 = mul i64 %156, 7
  %158 = add i64 %157, %xs4
  %159 = getelementptr inbounds float, float* %0, i64 %158
  store float %151, float* %159, align 4
  %160 = load float, float* %7, align 4
  %161 = mul i64 %20, 512
  %162 = add i64 %23, 2
  %163 = add i64 %161, %162
  %164 = mul i64 %163, 7
  %165 = add i64 %164, %17
  %166 = mul i64 %165, 7
  %167 = add i64 %166, %xs4
  %168 = getelementptr inbounds float, float* %0, i64 %167
  store float %160, float* %168, align 4
  %169 = load float, float* %6, align 4
  %170 = mul i64 %20, 512
  %171 = add i64 %23, 3
  %172 = add i64 %170, %171
  %173 = mul i64 %172, 7
  %174 = add i64 %173, %17
  %175 = mul i64 %174, 7
  %176 = add i64 %175, %xs4
  %177 = getelementptr inbounds float, float* %0, i64 %176
  store float %169, float* %177, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %178 = icmp slt i64 %i12, 3
  br i1 %178, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %179 = mul i64 %i12, 1
  %180 = add i64 %29, %179
  %181 = icmp sge i64 %180, 0
  %182 = icmp slt i64 %180, 14
  %183 = and i1 %181, %182
  br i1 %183, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %184 = mul i64 %180, 14
  %185 = add i64 %141, %184
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %186 = icmp slt i64 %j18, 3
  br i1 %186, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %187 = mul i64 %xs4, 2
  %188 = mul i64 %j18, 1
  %189 = add i64 %187, %188
  %190 = sub i64 %189, 1
  %191 = icmp sge i64 %190, 0
  %192 = icmp slt i64 %190, 14
  %193 = and i1 %191, %192
  %194 = icmp sgt i64 %190, 0
  %195 = select i1 %194, i64 %190, i64 0
  %196 = icmp slt i64 %195, 13
  %197 = select i1 %196, i64 %195, i64 13
  %198 = add i64 %185, %197
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = select i1 %193, float %200, float 0.000000e+00
  %202 = mul i64 %i12, 3
  %203 = add i64 %202, %j18
  %204 = add i64 %23, 0
  %205 = mul i64 %204, 256
  %206 = add i64 %205, %c8
  %207 = mul i64 %206, 9
  %208 = add i64 %207, %203
  %209 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = load float, float* %9, align 4
  %212 = call float @llvm.fma.f32(float %210, float %201, float %211)
  store float %212, float* %9, align 4
  %213 = mul i64 %i12, 3
  %214 = add i64 %213, %j18
  %215 = add i64 %23, 1
  %216 = mul i64 %215, 256
  %217 = add i64 %216, %c8
  %218 = mul i64 %217, 9
  %219 = add i64 %218, %214
  %220 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %219
  %221 = load float, float* %220, align 4
  %222 = load float, float* %8, align 4
  %223 = call float @llvm.fma.f32(float %221, float %201, float %222)
  store float %223, float* %8, align 4
  %224 = mul i64 %i12, 3
  %225 = add i64 %224, %j18
  %226 = add i64 %23, 2
  %227 = mul i64 %226, 256
  %228 = add i64 %227, %c8
  %229 = mul i64 %228, 9
  %230 = add i64 %229, %225
  %231 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %230
  %232 = load float, float* %231, align 4
  %233 = load float, float* %7, align 4
  %234 = call float @llvm.fma.f32(float %232, float %201, float %233)
  store float %234, float* %7, align 4
  %235 = mul i64 %i12, 3
  %236 = add i64 %235, %j18
  %237 = add i64 %23, 3
  %238 = mul i64 %237, 256
  %239 = add i64 %238, %c8
  %240 = mul i64 %239, 9
  %241 = add i64 %240, %236
  %242 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %241
  %243 = load float, float* %242, align 4
  %244 = load float, float* %6, align 4
  %245 = call float @llvm.fma.f32(float %243, float %201, float %244)
  store float %245, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node50.conv2d_16.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node50.conv2d_16.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node51.batchNorm_16.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_16.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_16.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 49
  %13 = add i64 %12, 49
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node51.batchNorm_16.step0(i8* %0) #2 {
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
  %19 = add i64 512, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 512
  %23 = select i1 %22, i64 %21, i64 512
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 512
  %26 = select i1 %25, i64 %24, i64 512
  call void @node51.batchNorm_16.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node52.relu_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 25088
  %10 = select i1 %9, i64 %8, i64 25088
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node52.relu_14.step0(i8* %0) #2 {
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
  call void @node52.relu_14.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node53.conv2d_17.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit23, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit23 ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 128
  %20 = sdiv i64 %task, 128
  %21 = srem i64 %20, 7
  %22 = sdiv i64 %task, 896
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 512
  %26 = mul i64 %19, 4
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 512
  %29 = mul i64 %23, 512
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 49
  %32 = mul i64 %21, 1
  %33 = sub i64 %32, 1
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %34 = icmp slt i64 %c, 512
  br i1 %34, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %35 = mul i64 %c, 49
  %36 = add i64 %31, %35
  br label %i.header

c.exit:                                           ; preds = %c.header
  %37 = load <8 x float>, <8 x float>* %17, align 32
  %38 = mul i64 %24, 512
  %39 = add i64 %27, 0
  %40 = add i64 %38, %39
  %41 = mul i64 %40, 7
  %42 = add i64 %41, %21
  %43 = mul i64 %42, 7
  %44 = add i64 %43, 1
  %45 = getelementptr inbounds float, float* %0, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %37, <8 x float>* %46, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %47 = load <8 x float>, <8 x float>* %16, align 32
  %48 = mul i64 %24, 512
  %49 = add i64 %27, 1
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 7
  %52 = add i64 %51, %21
  %53 = mul i64 %52, 7
  %54 = add i64 %53, 1
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %47, <8 x float>* %56, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %57 = load <8 x float>, <8 x float>* %15, align 32
  %58 = mul i64 %24, 512
  %59 = add i64 %27, 2
  %60 = add i64 %58, %59
  %61 = mul i64 %60, 7
  %62 = add i64 %61, %21
  %63 = mul i64 %62, 7
  %64 = add i64 %63, 1
  %65 = getelementptr inbounds float, float* %0, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %57, <8 x float>* %66, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %67 = load <8 x float>, <8 x float>* %14, align 32
  %68 = mul i64 %24, 512
  %69 = add i64 %27, 3
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 7
  %72 = add i64 %71, %21
  %73 = mul i64 %72, 7
  %74 = add i64 %73, 1
  %75 = getelementptr inbounds float, float* %0, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %67, <8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %77 = icmp slt i64 %i, 3
  br i1 %77, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %78 = mul i64 %i, 1
  %79 = add i64 %33, %78
  %80 = icmp sge i64 %79, 0
  %81 = icmp slt i64 %79, 7
  %82 = and i1 %80, %81
  br i1 %82, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %83 = mul i64 %79, 7
  %84 = add i64 %36, %83
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %85 = icmp slt i64 %j, 3
  br i1 %85, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %86 = mul i64 %j, 1
  %87 = add i64 1, %86
  %88 = sub i64 %87, 1
  %89 = add i64 %84, %88
  %90 = add i64 %89, 0
  %91 = getelementptr inbounds float, float* %1, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %92, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %94 = mul i64 %i, 3
  %95 = add i64 %94, %j
  %96 = add i64 %27, 0
  %97 = mul i64 %96, 512
  %98 = add i64 %97, %c
  %99 = mul i64 %98, 9
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %100
  %102 = load float, float* %101, align 4
  %103 = insertelement <8 x float> undef, float %102, i32 0
  %splat = shufflevector <8 x float> %103, <8 x float> undef, <8 x i32> zeroinitializer
  %104 = load <8 x float>, <8 x float>* %17, align 32
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %93, <8 x float> %104)
  store <8 x float> %105, <8 x float>* %17, align 32
  %106 = mul i64 %i, 3
  %107 = add i64 %106, %j
  %108 = add i64 %27, 1
  %109 = mul i64 %108, 512
  %110 = add i64 %109, %c
  %111 = mul i64 %110, 9
  %112 = add i64 %111, %107
  %113 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %112
  %114 = load float, float* %113, align 4
  %115 = insertelement <8 x float> undef, float %114, i32 0
  %splat1 = shufflevector <8 x float> %115, <8 x float> undef, <8 x i32> zeroinitializer
  %116 = load <8 x float>, <8 x float>* %16, align 32
  %117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %93, <8 x float> %116)
  store <8 x float> %117, <8 x float>* %16, align 32
  %118 = mul i64 %i, 3
  %119 = add i64 %118, %j
  %120 = add i64 %27, 2
  %121 = mul i64 %120, 512
  %122 = add i64 %121, %c
  %123 = mul i64 %122, 9
  %124 = add i64 %123, %119
  %125 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %124
  %126 = load float, float* %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %splat2 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %128 = load <8 x float>, <8 x float>* %15, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %93, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %15, align 32
  %130 = mul i64 %i, 3
  %131 = add i64 %130, %j
  %132 = add i64 %27, 3
  %133 = mul i64 %132, 512
  %134 = add i64 %133, %c
  %135 = mul i64 %134, 9
  %136 = add i64 %135, %131
  %137 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %136
  %138 = load float, float* %137, align 4
  %139 = insertelement <8 x float> undef, float %138, i32 0
  %splat3 = shufflevector <8 x float> %139, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, <8 x float>* %14, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %93, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit6 ]
  %142 = icmp slt i64 %xs, 1
  br i1 %142, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  br label %xs.header21

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %143 = icmp slt i64 %c7, 512
  br i1 %143, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %144 = mul i64 %c7, 49
  %145 = add i64 %31, %144
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %146 = load float, float* %13, align 4
  %147 = mul i64 %24, 512
  %148 = add i64 %27, 0
  %149 = add i64 %147, %148
  %150 = mul i64 %149, 7
  %151 = add i64 %150, %21
  %152 = mul i64 %151, 7
  %153 = add i64 %152, %xs
  %154 = getelementptr inbounds float, float* %0, i64 %153
  store float %146, float* %154, align 4
  %155 = load float, float* %12, align 4
  %156 = mul i64 %24, 512
  %157 = add i64 %27, 1
  %158 = add i64 %156, %157
  %159 = mul i64 %158, 7
  %160 = add i64 %159, %21
  %161 = mul i64 %160, 7
  %162 = add i64 %161, %xs
  %163 = getelementptr inbounds float, float* %0, i64 %162
  store float %155, float* %163, align 4
  %164 = load float, float* %11, align 4
  %165 = mul i64 %24, 512
  %166 = add i64 %27, 2
  %167 = add i64 %165, %166
  %168 = mul i64 %167, 7
  %169 = add i64 %168, %21
  %170 = mul i64 %169, 7
  %171 = add i64 %170, %xs
  %172 = getelementptr inbounds float, float* %0, i64 %171
  store float %164, float* %172, align 4
  %173 = load float, float* %10, align 4
  %174 = mul i64 %24, 512
  %175 = add i64 %27, 3
  %176 = add i64 %174, %175
  %177 = mul i64 %176, 7
  %178 = add i64 %177, %21
  %179 = mul i64 %178, 7
  %180 = add i64 %179, %xs
  %181 = getelementptr inbounds float, float* %0, i64 %180
  store float %173, float* %181, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %182 = icmp slt i64 %i11, 3
  br i1 %182, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %183 = mul i64 %i11, 1
  %184 = add i64 %33, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 7
  %187 = and i1 %185, %186
  br i1 %187, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %188 = mul i64 %184, 7
  %189 = add i64 %145, %188
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %190 = icmp slt i64 %j17, 3
  br i1 %190, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %191 = mul i64 %xs, 1
  %192 = mul i64 %j17, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = icmp sge i64 %194, 0
  %196 = icmp slt i64 %194, 7
  %197 = and i1 %195, %196
  %198 = icmp sgt i64 %194, 0
  %199 = select i1 %198, i64 %194, i64 0
  %200 = icmp slt i64 %199, 6
  %201 = select i1 %200, i64 %199, i64 6
  %202 = add i64 %189, %201
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = load float, float* %203, align 4
  %205 = select i1 %197, float %204, float 0.000000e+00
  %206 = mul i64 %i11, 3
  %207 = add i64 %206, %j17
  %208 = add i64 %27, 0
  %209 = mul i64 %208, 512
  %210 = add i64 %209, %c7
  %211 = mul i64 %210, 9
  %212 = add i64 %211, %207
  %213 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %212
  %214 = load float, float* %213, align 4
  %215 = load float, float* %13, align 4
  %216 = call float @llvm.fma.f32(float %214, float %205, float %215)
  store float %216, float* %13, align 4
  %217 = mul i64 %i11, 3
  %218 = add i64 %217, %j17
  %219 = add i64 %27, 1
  %220 = mul i64 %219, 512
  %221 = add i64 %220, %c7
  %222 = mul i64 %221, 9
  %223 = add i64 %222, %218
  %224 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %223
  %225 = load float, float* %224, align 4
  %226 = load float, float* %12, align 4
  %227 = call float @llvm.fma.f32(float %225, float %205, float %226)
  store float %227, float* %12, align 4
  %228 = mul i64 %i11, 3
  %229 = add i64 %228, %j17
  %230 = add i64 %27, 2
  %231 = mul i64 %230, 512
  %232 = add i64 %231, %c7
  %233 = mul i64 %232, 9
  %234 = add i64 %233, %229
  %235 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %234
  %236 = load float, float* %235, align 4
  %237 = load float, float* %11, align 4
  %238 = call float @llvm.fma.f32(float %236, float %205, float %237)
  store float %238, float* %11, align 4
  %239 = mul i64 %i11, 3
  %240 = add i64 %239, %j17
  %241 = add i64 %27, 3
  %242 = mul i64 %241, 512
  %243 = add i64 %242, %c7
  %244 = mul i64 %243, 9
  %245 = add i64 %244, %240
  %246 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %245
  %247 = load float, float* %246, align 4
  %248 = load float, float* %10, align 4
  %249 = call float @llvm.fma.f32(float %247, float %205, float %248)
  store float %249, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 6, %xs.exit ], [ %xs.next42, %c.exit27 ]
  %250 = icmp slt i64 %xs24, 7
  br i1 %250, label %xs.body22, label %xs.exit23

xs.body22:                                        ; preds = %xs.header21
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header25

xs.exit23:                                        ; preds = %xs.header21
  %task.next = add i64 %task, 1
  br label %task.header

c.header25:                                       ; preds = %i.exit31, %xs.body22
  %c28 = phi i64 [ 0, %xs.body22 ], [ %c.next41, %i.exit31 ]
  %251 = icmp slt i64 %c28, 512
  br i1 %251, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %252 = mul i64 %c28, 49
  %253 = add i64 %31, %252
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %254 = load float, float* %9, align 4
  %255 = mul i64 %24, 512
  %256 = add i64 %27, 0
  %257 = add i64 %255, %256
  %258 = mul i64 %257, 7
  %259 = add i64 %258, %21
  %260 = mul i64 %259, 7
  %261 = add i64 %260, %xs24
  %262 = getelementptr inbounds float, float* %0, i64 %261
  store float %254, float* %262, align 4
  %263 = load float, float* %8, align 4
  %264 = mul i64 %24, 512
  %265 = add i64 %27, 1
  %266 = add i64 %264, %265
  %267 = mul i64 %266, 7
  %268 = add i64 %267, %21
  %269 = mul i64 %268, 7
  %270 = add i64 %269, %xs24
  %271 = getelementptr inbounds float, float* %0, i64 %270
  store float %263, float* %271, align 4
  %272 = load float, float* %7, align 4
  %273 = mul i64 %24, 512
  %274 = add i64 %27, 2
  %275 = add i64 %273, %274
  %276 = mul i64 %275, 7
  %277 = add i64 %276, %21
  %278 = mul i64 %277, 7
  %279 = add i64 %278, %xs24
  %280 = getelementptr inbounds float, float* %0, i64 %279
  store float %272, float* %280, align 4
  %281 = load float, float* %6, align 4
  %282 = mul i64 %24, 512
  %283 = add i64 %27, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 7
  %286 = add i64 %285, %21
  %287 = mul i64 %286, 7
  %288 = add i64 %287, %xs24
  %289 = getelementptr inbounds float, float* %0, i64 %288
  store float %281, float* %289, align 4
  %xs.next42 = add i64 %xs24, 1
  br label %xs.header21

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %290 = icmp slt i64 %i32, 3
  br i1 %290, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %291 = mul i64 %i32, 1
  %292 = add i64 %33, %291
  %293 = icmp sge i64 %292, 0
  %294 = icmp slt i64 %292, 7
  %295 = and i1 %293, %294
  br i1 %295, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %296 = mul i64 %292, 7
  %297 = add i64 %253, %296
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %298 = icmp slt i64 %j38, 3
  br i1 %298, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %299 = mul i64 %xs24, 1
  %300 = mul i64 %j38, 1
  %301 = add i64 %299, %300
  %302 = sub i64 %301, 1
  %303 = icmp sge i64 %302, 0
  %304 = icmp slt i64 %302, 7
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 6
  %309 = select i1 %308, i64 %307, i64 6
  %310 = add i64 %297, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = select i1 %305, float %312, float 0.000000e+00
  %314 = mul i64 %i32, 3
  %315 = add i64 %314, %j38
  %316 = add i64 %27, 0
  %317 = mul i64 %316, 512
  %318 = add i64 %317, %c28
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %320
  %322 = load float, float* %321, align 4
  %323 = load float, float* %9, align 4
  %324 = call float @llvm.fma.f32(float %322, float %313, float %323)
  store float %324, float* %9, align 4
  %325 = mul i64 %i32, 3
  %326 = add i64 %325, %j38
  %327 = add i64 %27, 1
  %328 = mul i64 %327, 512
  %329 = add i64 %328, %c28
  %330 = mul i64 %329, 9
  %331 = add i64 %330, %326
  %332 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %331
  %333 = load float, float* %332, align 4
  %334 = load float, float* %8, align 4
  %335 = call float @llvm.fma.f32(float %333, float %313, float %334)
  store float %335, float* %8, align 4
  %336 = mul i64 %i32, 3
  %337 = add i64 %336, %j38
  %338 = add i64 %27, 2
  %339 = mul i64 %338, 512
  %340 = add i64 %339, %c28
  %341 = mul i64 %340, 9
  %342 = add i64 %341, %337
  %343 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %342
  %344 = load float, float* %343, align 4
  %345 = load float, float* %7, align 4
  %346 = call float @llvm.fma.f32(float %344, float %313, float %345)
  store float %346, float* %7, align 4
  %347 = mul i64 %i32, 3
  %348 = add i64 %347, %j38
  %349 = add i64 %27, 3
  %350 = mul i64 %349, 512
  %351 = add i64 %350, %c28
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %6, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %6, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34
}

; Function Attrs: nounwind
define internal void @node53.conv2d_17.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node53.conv2d_17.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node54.batchNorm_17.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_17.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_17.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 49
  %13 = add i64 %12, 49
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node54.batchNorm_17.step0(i8* %0) #2 {
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
  %19 = add i64 512, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 512
  %23 = select i1 %22, i64 %21, i64 512
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 512
  %26 = select i1 %25, i64 %24, i64 512
  call void @node54.batchNorm_17.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node55.conv2d_18.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 128
  %12 = sdiv i64 %task, 128
  %13 = srem i64 %12, 7
  %14 = sdiv i64 %task, 896
  %15 = srem i64 %14, 1
  %16 = sdiv i64 %14, 1
  %17 = mul i64 %15, 512
  %18 = mul i64 %11, 4
  %19 = add i64 %17, %18
  %20 = mul i64 %16, 256
  %21 = mul i64 %15, 256
  %22 = add i64 %20, %21
  %23 = mul i64 %22, 196
  %24 = mul i64 %13, 2
  %25 = sub i64 %24, 0
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %26 = icmp slt i64 %xs, 7
  br i1 %26, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %27 = icmp slt i64 %c, 256
  br i1 %27, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %28 = mul i64 %c, 196
  %29 = add i64 %23, %28
  br label %i.header

c.exit:                                           ; preds = %c.header
  %30 = load float, float* %9, align 4
  %31 = mul i64 %16, 512
  %32 = add i64 %19, 0
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 7
  %35 = add i64 %34, %13
  %36 = mul i64 %35, 7
  %37 = add i64 %36, %xs
  %38 = getelementptr inbounds float, float* %0, i64 %37
  store float %30, float* %38, align 4
  %39 = load float, float* %8, align 4
  %40 = mul i64 %16, 512
  %41 = add i64 %19, 1
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 7
  %44 = add i64 %43, %13
  %45 = mul i64 %44, 7
  %46 = add i64 %45, %xs
  %47 = getelementptr inbounds float, float* %0, i64 %46
  store float %39, float* %47, align 4
  %48 = load float, float* %7, align 4
  %49 = mul i64 %16, 512
  %50 = add i64 %19, 2
  %51 = add i64 %49, %50
  %52 = mul i64 %51, 7
  %53 = add i64 %52, %13
  %54 = mul i64 %53, 7
  %55 = add i64 %54, %xs
  %56 = getelementptr inbounds float, float* %0, i64 %55
  store float %48, float* %56, align 4
  %57 = load float, float* %6, align 4
  %58 = mul i64 %16, 512
  %59 = add i64 %19, 3
  %60 = add i64 %58, %59
  %61 = mul i64 %60, 7
  %62 = add i64 %61, %13
  %63 = mul i64 %62, 7
  %64 = add i64 %63, %xs
  %65 = getelementptr inbounds float, float* %0, i64 %64
  store float %57, float* %65, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %66 = icmp slt i64 %i, 1
  br i1 %66, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %67 = mul i64 %i, 1
  %68 = add i64 %25, %67
  %69 = icmp sge i64 %68, 0
  %70 = icmp slt i64 %68, 14
  %71 = and i1 %69, %70
  br i1 %71, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %72 = mul i64 %68, 14
  %73 = add i64 %29, %72
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %74 = icmp slt i64 %j, 1
  br i1 %74, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %75 = mul i64 %xs, 2
  %76 = mul i64 %j, 1
  %77 = add i64 %75, %76
  %78 = sub i64 %77, 0
  %79 = icmp sge i64 %78, 0
  %80 = icmp slt i64 %78, 14
  %81 = and i1 %79, %80
  %82 = icmp sgt i64 %78, 0
  %83 = select i1 %82, i64 %78, i64 0
  %84 = icmp slt i64 %83, 13
  %85 = select i1 %84, i64 %83, i64 13
  %86 = add i64 %73, %85
  %87 = getelementptr inbounds float, float* %1, i64 %86
  %88 = load float, float* %87, align 4
  %89 = select i1 %81, float %88, float 0.000000e+00
  %90 = mul i64 %i, 1
  %91 = add i64 %90, %j
  %92 = add i64 %19, 0
  %93 = mul i64 %92, 256
  %94 = add i64 %93, %c
  %95 = mul i64 %94, 1
  %96 = add i64 %95, %91
  %97 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_18.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = load float, float* %9, align 4
  %100 = call float @llvm.fma.f32(float %98, float %89, float %99)
  store float %100, float* %9, align 4
  %101 = mul i64 %i, 1
  %102 = add i64 %101, %j
  %103 = add i64 %19, 1
  %104 = mul i64 %103, 256
  %105 = add i64 %104, %c
  %106 = mul i64 %105, 1
  %107 = add i64 %106, %102
  %108 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_18.weight to float*), i64 %107
  %109 = load float, float* %108, align 4
  %110 = load float, float* %8, align 4
  %111 = call float @llvm.fma.f32(float %109, float %89, float %110)
  store float %111, float* %8, align 4
  %112 = mul i64 %i, 1
  %113 = add i64 %112, %j
  %114 = add i64 %19, 2
  %115 = mul i64 %114, 256
  %116 = add i64 %115, %c
  %117 = mul i64 %116, 1
  %118 = add i64 %117, %113
  %119 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_18.weight to float*), i64 %118
  %120 = load float, float* %119, align 4
  %121 = load float, float* %7, align 4
  %122 = call float @llvm.fma.f32(float %120, float %89, float %121)
  store float %122, float* %7, align 4
  %123 = mul i64 %i, 1
  %124 = add i64 %123, %j
  %125 = add i64 %19, 3
  %126 = mul i64 %125, 256
  %127 = add i64 %126, %c
  %128 = mul i64 %127, 1
  %129 = add i64 %128, %124
  %130 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_18.weight to float*), i64 %129
  %131 = load float, float* %130, align 4
  %132 = load float, float* %6, align 4
  %133 = call float @llvm.fma.f32(float %131, float %89, float %132)
  store float %133, float* %6, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif
}

; Function Attrs: nounwind
define internal void @node55.conv2d_18.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node55.conv2d_18.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node56.batchNorm_18.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_18.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_18.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 49
  %13 = add i64 %12, 49
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node56.batchNorm_18.step0(i8* %0) #2 {
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
  %19 = add i64 512, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 512
  %23 = select i1 %22, i64 %21, i64 512
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 512
  %26 = select i1 %25, i64 %24, i64 512
  call void @node56.batchNorm_18.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node57.add_7.step0.body(float* noalias %0, float* noalias %1, float* noalias %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %row.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %row.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = mul i64 %task, 1
  %9 = add i64 %8, 1
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %row.header

task.exit:                                        ; preds = %task.header
  ret void

row.header:                                       ; preds = %s.exit, %task.body
  %row = phi i64 [ %8, %task.body ], [ %row.next, %s.exit ]
  %12 = icmp slt i64 %row, %11
  br i1 %12, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %13 = mul i64 %row, 25088
  br label %v.header

row.exit:                                         ; preds = %row.header
  %task.next = add i64 %task, 1
  br label %task.header

v.header:                                         ; preds = %v.body, %row.body
  %v = phi i64 [ 0, %row.body ], [ %v.next, %v.body ]
  %14 = icmp slt i64 %v, 25088
  br i1 %14, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %15 = mul i64 %v, 1
  %16 = add i64 0, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %v, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %2, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fadd <8 x float> %19, %24
  %26 = add i64 %13, %v
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %25, <8 x float>* %28, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ 25088, %v.exit ], [ %s.next, %s.body ]
  %29 = icmp slt i64 %s, 25088
  br i1 %29, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %30 = mul i64 %s, 1
  %31 = add i64 0, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = mul i64 %s, 1
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fadd float %33, %37
  %39 = add i64 %13, %s
  %40 = getelementptr inbounds float, float* %0, i64 %39
  store float %38, float* %40, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %row.next = add i64 %row, 1
  br label %row.header
}

; Function Attrs: nounwind
define internal void @node57.add_7.step0(i8* %0) #2 {
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 1, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  call void @node57.add_7.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node58.relu_15.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 25088
  %10 = select i1 %9, i64 %8, i64 25088
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node58.relu_15.step0(i8* %0) #2 {
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
  call void @node58.relu_15.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node59.conv2d_19.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit23, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit23 ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 128
  %20 = sdiv i64 %task, 128
  %21 = srem i64 %20, 7
  %22 = sdiv i64 %task, 896
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 512
  %26 = mul i64 %19, 4
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 512
  %29 = mul i64 %23, 512
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 49
  %32 = mul i64 %21, 1
  %33 = sub i64 %32, 1
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %34 = icmp slt i64 %c, 512
  br i1 %34, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %35 = mul i64 %c, 49
  %36 = add i64 %31, %35
  br label %i.header

c.exit:                                           ; preds = %c.header
  %37 = load <8 x float>, <8 x float>* %17, align 32
  %38 = mul i64 %24, 512
  %39 = add i64 %27, 0
  %40 = add i64 %38, %39
  %41 = mul i64 %40, 7
  %42 = add i64 %41, %21
  %43 = mul i64 %42, 7
  %44 = add i64 %43, 1
  %45 = getelementptr inbounds float, float* %0, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %37, <8 x float>* %46, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %47 = load <8 x float>, <8 x float>* %16, align 32
  %48 = mul i64 %24, 512
  %49 = add i64 %27, 1
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 7
  %52 = add i64 %51, %21
  %53 = mul i64 %52, 7
  %54 = add i64 %53, 1
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %47, <8 x float>* %56, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %57 = load <8 x float>, <8 x float>* %15, align 32
  %58 = mul i64 %24, 512
  %59 = add i64 %27, 2
  %60 = add i64 %58, %59
  %61 = mul i64 %60, 7
  %62 = add i64 %61, %21
  %63 = mul i64 %62, 7
  %64 = add i64 %63, 1
  %65 = getelementptr inbounds float, float* %0, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %57, <8 x float>* %66, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %67 = load <8 x float>, <8 x float>* %14, align 32
  %68 = mul i64 %24, 512
  %69 = add i64 %27, 3
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 7
  %72 = add i64 %71, %21
  %73 = mul i64 %72, 7
  %74 = add i64 %73, 1
  %75 = getelementptr inbounds float, float* %0, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %67, <8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %77 = icmp slt i64 %i, 3
  br i1 %77, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %78 = mul i64 %i, 1
  %79 = add i64 %33, %78
  %80 = icmp sge i64 %79, 0
  %81 = icmp slt i64 %79, 7
  %82 = and i1 %80, %81
  br i1 %82, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %83 = mul i64 %79, 7
  %84 = add i64 %36, %83
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %85 = icmp slt i64 %j, 3
  br i1 %85, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %86 = mul i64 %j, 1
  %87 = add i64 1, %86
  %88 = sub i64 %87, 1
  %89 = add i64 %84, %88
  %90 = add i64 %89, 0
  %91 = getelementptr inbounds float, float* %1, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %92, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %94 = mul i64 %i, 3
  %95 = add i64 %94, %j
  %96 = add i64 %27, 0
  %97 = mul i64 %96, 512
  %98 = add i64 %97, %c
  %99 = mul i64 %98, 9
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %100
  %102 = load float, float* %101, align 4
  %103 = insertelement <8 x float> undef, float %102, i32 0
  %splat = shufflevector <8 x float> %103, <8 x float> undef, <8 x i32> zeroinitializer
  %104 = load <8 x float>, <8 x float>* %17, align 32
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %93, <8 x float> %104)
  store <8 x float> %105, <8 x float>* %17, align 32
  %106 = mul i64 %i, 3
  %107 = add i64 %106, %j
  %108 = add i64 %27, 1
  %109 = mul i64 %108, 512
  %110 = add i64 %109, %c
  %111 = mul i64 %110, 9
  %112 = add i64 %111, %107
  %113 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %112
  %114 = load float, float* %113, align 4
  %115 = insertelement <8 x float> undef, float %114, i32 0
  %splat1 = shufflevector <8 x float> %115, <8 x float> undef, <8 x i32> zeroinitializer
  %116 = load <8 x float>, <8 x float>* %16, align 32
  %117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %93, <8 x float> %116)
  store <8 x float> %117, <8 x float>* %16, align 32
  %118 = mul i64 %i, 3
  %119 = add i64 %118, %j
  %120 = add i64 %27, 2
  %121 = mul i64 %120, 512
  %122 = add i64 %121, %c
  %123 = mul i64 %122, 9
  %124 = add i64 %123, %119
  %125 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %124
  %126 = load float, float* %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %splat2 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %128 = load <8 x float>, <8 x float>* %15, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %93, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %15, align 32
  %130 = mul i64 %i, 3
  %131 = add i64 %130, %j
  %132 = add i64 %27, 3
  %133 = mul i64 %132, 512
  %134 = add i64 %133, %c
  %135 = mul i64 %134, 9
  %136 = add i64 %135, %131
  %137 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %136
  %138 = load float, float* %137, align 4
  %139 = insertelement <8 x float> undef, float %138, i32 0
  %splat3 = shufflevector <8 x float> %139, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, <8 x float>* %14, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %93, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit6 ]
  %142 = icmp slt i64 %xs, 1
  br i1 %142, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  br label %xs.header21

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %143 = icmp slt i64 %c7, 512
  br i1 %143, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %144 = mul i64 %c7, 49
  %145 = add i64 %31, %144
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %146 = load float, float* %13, align 4
  %147 = mul i64 %24, 512
  %148 = add i64 %27, 0
  %149 = add i64 %147, %148
  %150 = mul i64 %149, 7
  %151 = add i64 %150, %21
  %152 = mul i64 %151, 7
  %153 = add i64 %152, %xs
  %154 = getelementptr inbounds float, float* %0, i64 %153
  store float %146, float* %154, align 4
  %155 = load float, float* %12, align 4
  %156 = mul i64 %24, 512
  %157 = add i64 %27, 1
  %158 = add i64 %156, %157
  %159 = mul i64 %158, 7
  %160 = add i64 %159, %21
  %161 = mul i64 %160, 7
  %162 = add i64 %161, %xs
  %163 = getelementptr inbounds float, float* %0, i64 %162
  store float %155, float* %163, align 4
  %164 = load float, float* %11, align 4
  %165 = mul i64 %24, 512
  %166 = add i64 %27, 2
  %167 = add i64 %165, %166
  %168 = mul i64 %167, 7
  %169 = add i64 %168, %21
  %170 = mul i64 %169, 7
  %171 = add i64 %170, %xs
  %172 = getelementptr inbounds float, float* %0, i64 %171
  store float %164, float* %172, align 4
  %173 = load float, float* %10, align 4
  %174 = mul i64 %24, 512
  %175 = add i64 %27, 3
  %176 = add i64 %174, %175
  %177 = mul i64 %176, 7
  %178 = add i64 %177, %21
  %179 = mul i64 %178, 7
  %180 = add i64 %179, %xs
  %181 = getelementptr inbounds float, float* %0, i64 %180
  store float %173, float* %181, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %182 = icmp slt i64 %i11, 3
  br i1 %182, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %183 = mul i64 %i11, 1
  %184 = add i64 %33, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 7
  %187 = and i1 %185, %186
  br i1 %187, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %188 = mul i64 %184, 7
  %189 = add i64 %145, %188
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %190 = icmp slt i64 %j17, 3
  br i1 %190, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %191 = mul i64 %xs, 1
  %192 = mul i64 %j17, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = icmp sge i64 %194, 0
  %196 = icmp slt i64 %194, 7
  %197 = and i1 %195, %196
  %198 = icmp sgt i64 %194, 0
  %199 = select i1 %198, i64 %194, i64 0
  %200 = icmp slt i64 %199, 6
  %201 = select i1 %200, i64 %199, i64 6
  %202 = add i64 %189, %201
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = load float, float* %203, align 4
  %205 = select i1 %197, float %204, float 0.000000e+00
  %206 = mul i64 %i11, 3
  %207 = add i64 %206, %j17
  %208 = add i64 %27, 0
  %209 = mul i64 %208, 512
  %210 = add i64 %209, %c7
  %211 = mul i64 %210, 9
  %212 = add i64 %211, %207
  %213 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %212
  %214 = load float, float* %213, align 4
  %215 = load float, float* %13, align 4
  %216 = call float @llvm.fma.f32(float %214, float %205, float %215)
  store float %216, float* %13, align 4
  %217 = mul i64 %i11, 3
  %218 = add i64 %217, %j17
  %219 = add i64 %27, 1
  %220 = mul i64 %219, 512
  %221 = add i64 %220, %c7
  %222 = mul i64 %221, 9
  %223 = add i64 %222, %218
  %224 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %223
  %225 = load float, float* %224, align 4
  %226 = load float, float* %12, align 4
  %227 = call float @llvm.fma.f32(float %225, float %205, float %226)
  store float %227, float* %12, align 4
  %228 = mul i64 %i11, 3
  %229 = add i64 %228, %j17
  %230 = add i64 %27, 2
  %231 = mul i64 %230, 512
  %232 = add i64 %231, %c7
  %233 = mul i64 %232, 9
  %234 = add i64 %233, %229
  %235 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %234
  %236 = load float, float* %235, align 4
  %237 = load float, float* %11, align 4
  %238 = call float @llvm.fma.f32(float %236, float %205, float %237)
  store float %238, float* %11, align 4
  %239 = mul i64 %i11, 3
  %240 = add i64 %239, %j17
  %241 = add i64 %27, 3
  %242 = mul i64 %241, 512
  %243 = add i64 %242, %c7
  %244 = mul i64 %243, 9
  %245 = add i64 %244, %240
  %246 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %245
  %247 = load float, float* %246, align 4
  %248 = load float, float* %10, align 4
  %249 = call float @llvm.fma.f32(float %247, float %205, float %248)
  store float %249, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 6, %xs.exit ], [ %xs.next42, %c.exit27 ]
  %250 = icmp slt i64 %xs24, 7
  br i1 %250, label %xs.body22, label %xs.exit23

xs.body22:                                        ; preds = %xs.header21
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header25

xs.exit23:                                        ; preds = %xs.header21
  %task.next = add i64 %task, 1
  br label %task.header

c.header25:                                       ; preds = %i.exit31, %xs.body22
  %c28 = phi i64 [ 0, %xs.body22 ], [ %c.next41, %i.exit31 ]
  %251 = icmp slt i64 %c28, 512
  br i1 %251, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %252 = mul i64 %c28, 49
  %253 = add i64 %31, %252
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %254 = load float, float* %9, align 4
  %255 = mul i64 %24, 512
  %256 = add i64 %27, 0
  %257 = add i64 %255, %256
  %258 = mul i64 %257, 7
  %259 = add i64 %258, %21
  %260 = mul i64 %259, 7
  %261 = add i64 %260, %xs24
  %262 = getelementptr inbounds float, float* %0, i64 %261
  store float %254, float* %262, align 4
  %263 = load float, float* %8, align 4
  %264 = mul i64 %24, 512
  %265 = add i64 %27, 1
  %266 = add i64 %264, %265
  %267 = mul i64 %266, 7
  %268 = add i64 %267, %21
  %269 = mul i64 %268, 7
  %270 = add i64 %269, %xs24
  %271 = getelementptr inbounds float, float* %0, i64 %270
  store float %263, float* %271, align 4
  %272 = load float, float* %7, align 4
  %273 = mul i64 %24, 512
  %274 = add i64 %27, 2
  %275 = add i64 %273, %274
  %276 = mul i64 %275, 7
  %277 = add i64 %276, %21
  %278 = mul i64 %277, 7
  %279 = add i64 %278, %xs24
  %280 = getelementptr inbounds float, float* %0, i64 %279
  store float %272, float* %280, align 4
  %281 = load float, float* %6, align 4
  %282 = mul i64 %24, 512
  %283 = add i64 %27, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 7
  %286 = add i64 %285, %21
  %287 = mul i64 %286, 7
  %288 = add i64 %287, %xs24
  %289 = getelementptr inbounds float, float* %0, i64 %288
  store float %281, float* %289, align 4
  %xs.next42 = add i64 %xs24, 1
  br label %xs.header21

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %290 = icmp slt i64 %i32, 3
  br i1 %290, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %291 = mul i64 %i32, 1
  %292 = add i64 %33, %291
  %293 = icmp sge i64 %292, 0
  %294 = icmp slt i64 %292, 7
  %295 = and i1 %293, %294
  br i1 %295, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %296 = mul i64 %292, 7
  %297 = add i64 %253, %296
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %298 = icmp slt i64 %j38, 3
  br i1 %298, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %299 = mul i64 %xs24, 1
  %300 = mul i64 %j38, 1
  %301 = add i64 %299, %300
  %302 = sub i64 %301, 1
  %303 = icmp sge i64 %302, 0
  %304 = icmp slt i64 %302, 7
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 6
  %309 = select i1 %308, i64 %307, i64 6
  %310 = add i64 %297, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = select i1 %305, float %312, float 0.000000e+00
  %314 = mul i64 %i32, 3
  %315 = add i64 %314, %j38
  %316 = add i64 %27, 0
  %317 = mul i64 %316, 512
  %318 = add i64 %317, %c28
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %320
  %322 = load float, float* %321, align 4
  %323 = load float, float* %9, align 4
  %324 = call float @llvm.fma.f32(float %322, float %313, float %323)
  store float %324, float* %9, align 4
  %325 = mul i64 %i32, 3
  %326 = add i64 %325, %j38
  %327 = add i64 %27, 1
  %328 = mul i64 %327, 512
  %329 = add i64 %328, %c28
  %330 = mul i64 %329, 9
  %331 = add i64 %330, %326
  %332 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %331
  %333 = load float, float* %332, align 4
  %334 = load float, float* %8, align 4
  %335 = call float @llvm.fma.f32(float %333, float %313, float %334)
  store float %335, float* %8, align 4
  %336 = mul i64 %i32, 3
  %337 = add i64 %336, %j38
  %338 = add i64 %27, 2
  %339 = mul i64 %338, 512
  %340 = add i64 %339, %c28
  %341 = mul i64 %340, 9
  %342 = add i64 %341, %337
  %343 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %342
  %344 = load float, float* %343, align 4
  %345 = load float, float* %7, align 4
  %346 = call float @llvm.fma.f32(float %344, float %313, float %345)
  store float %346, float* %7, align 4
  %347 = mul i64 %i32, 3
  %348 = add i64 %347, %j38
  %349 = add i64 %27, 3
  %350 = mul i64 %349, 512
  %351 = add i64 %350, %c28
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %6, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %6, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34
}

; Function Attrs: nounwind
define internal void @node59.conv2d_19.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node59.conv2d_19.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node60.batchNorm_19.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_19.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_19.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 49
  %13 = add i64 %12, 49
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node60.batchNorm_19.step0(i8* %0) #2 {
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
  %19 = add i64 512, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 512
  %23 = select i1 %22, i64 %21, i64 512
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 512
  %26 = select i1 %25, i64 %24, i64 512
  call void @node60.batchNorm_19.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node61.relu_16.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 25088
  %10 = select i1 %9, i64 %8, i64 25088
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node61.relu_16.step0(i8* %0) #2 {
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
  call void @node61.relu_16.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node62.conv2d_20.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit23, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit23 ]
  %18 = icmp slt i64 %task, %5
  br i1 %18, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %19 = srem i64 %task, 128
  %20 = sdiv i64 %task, 128
  %21 = srem i64 %20, 7
  %22 = sdiv i64 %task, 896
  %23 = srem i64 %22, 1
  %24 = sdiv i64 %22, 1
  %25 = mul i64 %23, 512
  %26 = mul i64 %19, 4
  %27 = add i64 %25, %26
  %28 = mul i64 %24, 512
  %29 = mul i64 %23, 512
  %30 = add i64 %28, %29
  %31 = mul i64 %30, 49
  %32 = mul i64 %21, 1
  %33 = sub i64 %32, 1
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %34 = icmp slt i64 %c, 512
  br i1 %34, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %35 = mul i64 %c, 49
  %36 = add i64 %31, %35
  br label %i.header

c.exit:                                           ; preds = %c.header
  %37 = load <8 x float>, <8 x float>* %17, align 32
  %38 = mul i64 %24, 512
  %39 = add i64 %27, 0
  %40 = add i64 %38, %39
  %41 = mul i64 %40, 7
  %42 = add i64 %41, %21
  %43 = mul i64 %42, 7
  %44 = add i64 %43, 1
  %45 = getelementptr inbounds float, float* %0, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %37, <8 x float>* %46, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %47 = load <8 x float>, <8 x float>* %16, align 32
  %48 = mul i64 %24, 512
  %49 = add i64 %27, 1
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 7
  %52 = add i64 %51, %21
  %53 = mul i64 %52, 7
  %54 = add i64 %53, 1
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %47, <8 x float>* %56, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %57 = load <8 x float>, <8 x float>* %15, align 32
  %58 = mul i64 %24, 512
  %59 = add i64 %27, 2
  %60 = add i64 %58, %59
  %61 = mul i64 %60, 7
  %62 = add i64 %61, %21
  %63 = mul i64 %62, 7
  %64 = add i64 %63, 1
  %65 = getelementptr inbounds float, float* %0, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %57, <8 x float>* %66, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %67 = load <8 x float>, <8 x float>* %14, align 32
  %68 = mul i64 %24, 512
  %69 = add i64 %27, 3
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 7
  %72 = add i64 %71, %21
  %73 = mul i64 %72, 7
  %74 = add i64 %73, 1
  %75 = getelementptr inbounds float, float* %0, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %67, <8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %77 = icmp slt i64 %i, 3
  br i1 %77, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %78 = mul i64 %i, 1
  %79 = add i64 %33, %78
  %80 = icmp sge i64 %79, 0
  %81 = icmp slt i64 %79, 7
  %82 = and i1 %80, %81
  br i1 %82, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %83 = mul i64 %79, 7
  %84 = add i64 %36, %83
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %85 = icmp slt i64 %j, 3
  br i1 %85, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %86 = mul i64 %j, 1
  %87 = add i64 1, %86
  %88 = sub i64 %87, 1
  %89 = add i64 %84, %88
  %90 = add i64 %89, 0
  %91 = getelementptr inbounds float, float* %1, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %92, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %94 = mul i64 %i, 3
  %95 = add i64 %94, %j
  %96 = add i64 %27, 0
  %97 = mul i64 %96, 512
  %98 = add i64 %97, %c
  %99 = mul i64 %98, 9
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %100
  %102 = load float, float* %101, align 4
  %103 = insertelement <8 x float> undef, float %102, i32 0
  %splat = shufflevector <8 x float> %103, <8 x float> undef, <8 x i32> zeroinitializer
  %104 = load <8 x float>, <8 x float>* %17, align 32
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %93, <8 x float> %104)
  store <8 x float> %105, <8 x float>* %17, align 32
  %106 = mul i64 %i, 3
  %107 = add i64 %106, %j
  %108 = add i64 %27, 1
  %109 = mul i64 %108, 512
  %110 = add i64 %109, %c
  %111 = mul i64 %110, 9
  %112 = add i64 %111, %107
  %113 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %112
  %114 = load float, float* %113, align 4
  %115 = insertelement <8 x float> undef, float %114, i32 0
  %splat1 = shufflevector <8 x float> %115, <8 x float> undef, <8 x i32> zeroinitializer
  %116 = load <8 x float>, <8 x float>* %16, align 32
  %117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %93, <8 x float> %116)
  store <8 x float> %117, <8 x float>* %16, align 32
  %118 = mul i64 %i, 3
  %119 = add i64 %118, %j
  %120 = add i64 %27, 2
  %121 = mul i64 %120, 512
  %122 = add i64 %121, %c
  %123 = mul i64 %122, 9
  %124 = add i64 %123, %119
  %125 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %124
  %126 = load float, float* %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %splat2 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %128 = load <8 x float>, <8 x float>* %15, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %93, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %15, align 32
  %130 = mul i64 %i, 3
  %131 = add i64 %130, %j
  %132 = add i64 %27, 3
  %133 = mul i64 %132, 512
  %134 = add i64 %133, %c
  %135 = mul i64 %134, 9
  %136 = add i64 %135, %131
  %137 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %136
  %138 = load float, float* %137, align 4
  %139 = insertelement <8 x float> undef, float %138, i32 0
  %splat3 = shufflevector <8 x float> %139, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, <8 x float>* %14, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %93, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit6, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit6 ]
  %142 = icmp slt i64 %xs, 1
  br i1 %142, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %13, align 4
  store float 0.000000e+00, float* %12, align 4
  store float 0.000000e+00, float* %11, align 4
  store float 0.000000e+00, float* %10, align 4
  br label %c.header4

xs.exit:                                          ; preds = %xs.header
  br label %xs.header21

c.header4:                                        ; preds = %i.exit10, %xs.body
  %c7 = phi i64 [ 0, %xs.body ], [ %c.next20, %i.exit10 ]
  %143 = icmp slt i64 %c7, 512
  br i1 %143, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %144 = mul i64 %c7, 49
  %145 = add i64 %31, %144
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %146 = load float, float* %13, align 4
  %147 = mul i64 %24, 512
  %148 = add i64 %27, 0
  %149 = add i64 %147, %148
  %150 = mul i64 %149, 7
  %151 = add i64 %150, %21
  %152 = mul i64 %151, 7
  %153 = add i64 %152, %xs
  %154 = getelementptr inbounds float, float* %0, i64 %153
  store float %146, float* %154, align 4
  %155 = load float, float* %12, align 4
  %156 = mul i64 %24, 512
  %157 = add i64 %27, 1
  %158 = add i64 %156, %157
  %159 = mul i64 %158, 7
  %160 = add i64 %159, %21
  %161 = mul i64 %160, 7
  %162 = add i64 %161, %xs
  %163 = getelementptr inbounds float, float* %0, i64 %162
  store float %155, float* %163, align 4
  %164 = load float, float* %11, align 4
  %165 = mul i64 %24, 512
  %166 = add i64 %27, 2
  %167 = add i64 %165, %166
  %168 = mul i64 %167, 7
  %169 = add i64 %168, %21
  %170 = mul i64 %169, 7
  %171 = add i64 %170, %xs
  %172 = getelementptr inbounds float, float* %0, i64 %171
  store float %164, float* %172, align 4
  %173 = load float, float* %10, align 4
  %174 = mul i64 %24, 512
  %175 = add i64 %27, 3
  %176 = add i64 %174, %175
  %177 = mul i64 %176, 7
  %178 = add i64 %177, %21
  %179 = mul i64 %178, 7
  %180 = add i64 %179, %xs
  %181 = getelementptr inbounds float, float* %0, i64 %180
  store float %173, float* %181, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header8:                                        ; preds = %endif13, %c.body5
  %i11 = phi i64 [ 0, %c.body5 ], [ %i.next19, %endif13 ]
  %182 = icmp slt i64 %i11, 3
  br i1 %182, label %i.body9, label %i.exit10

i.body9:                                          ; preds = %i.header8
  %183 = mul i64 %i11, 1
  %184 = add i64 %33, %183
  %185 = icmp sge i64 %184, 0
  %186 = icmp slt i64 %184, 7
  %187 = and i1 %185, %186
  br i1 %187, label %then12, label %endif13

i.exit10:                                         ; preds = %i.header8
  %c.next20 = add i64 %c7, 1
  br label %c.header4

then12:                                           ; preds = %i.body9
  %188 = mul i64 %184, 7
  %189 = add i64 %145, %188
  br label %j.header14

endif13:                                          ; preds = %j.exit16, %i.body9
  %i.next19 = add i64 %i11, 1
  br label %i.header8

j.header14:                                       ; preds = %j.body15, %then12
  %j17 = phi i64 [ 0, %then12 ], [ %j.next18, %j.body15 ]
  %190 = icmp slt i64 %j17, 3
  br i1 %190, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %191 = mul i64 %xs, 1
  %192 = mul i64 %j17, 1
  %193 = add i64 %191, %192
  %194 = sub i64 %193, 1
  %195 = icmp sge i64 %194, 0
  %196 = icmp slt i64 %194, 7
  %197 = and i1 %195, %196
  %198 = icmp sgt i64 %194, 0
  %199 = select i1 %198, i64 %194, i64 0
  %200 = icmp slt i64 %199, 6
  %201 = select i1 %200, i64 %199, i64 6
  %202 = add i64 %189, %201
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = load float, float* %203, align 4
  %205 = select i1 %197, float %204, float 0.000000e+00
  %206 = mul i64 %i11, 3
  %207 = add i64 %206, %j17
  %208 = add i64 %27, 0
  %209 = mul i64 %208, 512
  %210 = add i64 %209, %c7
  %211 = mul i64 %210, 9
  %212 = add i64 %211, %207
  %213 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %212
  %214 = load float, float* %213, align 4
  %215 = load float, float* %13, align 4
  %216 = call float @llvm.fma.f32(float %214, float %205, float %215)
  store float %216, float* %13, align 4
  %217 = mul i64 %i11, 3
  %218 = add i64 %217, %j17
  %219 = add i64 %27, 1
  %220 = mul i64 %219, 512
  %221 = add i64 %220, %c7
  %222 = mul i64 %221, 9
  %223 = add i64 %222, %218
  %224 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %223
  %225 = load float, float* %224, align 4
  %226 = load float, float* %12, align 4
  %227 = call float @llvm.fma.f32(float %225, float %205, float %226)
  store float %227, float* %12, align 4
  %228 = mul i64 %i11, 3
  %229 = add i64 %228, %j17
  %230 = add i64 %27, 2
  %231 = mul i64 %230, 512
  %232 = add i64 %231, %c7
  %233 = mul i64 %232, 9
  %234 = add i64 %233, %229
  %235 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %234
  %236 = load float, float* %235, align 4
  %237 = load float, float* %11, align 4
  %238 = call float @llvm.fma.f32(float %236, float %205, float %237)
  store float %238, float* %11, align 4
  %239 = mul i64 %i11, 3
  %240 = add i64 %239, %j17
  %241 = add i64 %27, 3
  %242 = mul i64 %241, 512
  %243 = add i64 %242, %c7
  %244 = mul i64 %243, 9
  %245 = add i64 %244, %240
  %246 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %245
  %247 = load float, float* %246, align 4
  %248 = load float, float* %10, align 4
  %249 = call float @llvm.fma.f32(float %247, float %205, float %248)
  store float %249, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 6, %xs.exit ], [ %xs.next42, %c.exit27 ]
  %250 = icmp slt i64 %xs24, 7
  br i1 %250, label %xs.body22, label %xs.exit23

xs.body22:                                        ; preds = %xs.header21
  store float 0.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %7, align 4
  store float 0.000000e+00, float* %6, align 4
  br label %c.header25

xs.exit23:                                        ; preds = %xs.header21
  %task.next = add i64 %task, 1
  br label %task.header

c.header25:                                       ; preds = %i.exit31, %xs.body22
  %c28 = phi i64 [ 0, %xs.body22 ], [ %c.next41, %i.exit31 ]
  %251 = icmp slt i64 %c28, 512
  br i1 %251, label %c.body26, label %c.exit27

c.body26:                                         ; preds = %c.header25
  %252 = mul i64 %c28, 49
  %253 = add i64 %31, %252
  br label %i.header29

c.exit27:                                         ; preds = %c.header25
  %254 = load float, float* %9, align 4
  %255 = mul i64 %24, 512
  %256 = add i64 %27, 0
  %257 = add i64 %255, %256
  %258 = mul i64 %257, 7
  %259 = add i64 %258, %21
  %260 = mul i64 %259, 7
  %261 = add i64 %260, %xs24
  %262 = getelementptr inbounds float, float* %0, i64 %261
  store float %254, float* %262, align 4
  %263 = load float, float* %8, align 4
  %264 = mul i64 %24, 512
  %265 = add i64 %27, 1
  %266 = add i64 %264, %265
  %267 = mul i64 %266, 7
  %268 = add i64 %267, %21
  %269 = mul i64 %268, 7
  %270 = add i64 %269, %xs24
  %271 = getelementptr inbounds float, float* %0, i64 %270
  store float %263, float* %271, align 4
  %272 = load float, float* %7, align 4
  %273 = mul i64 %24, 512
  %274 = add i64 %27, 2
  %275 = add i64 %273, %274
  %276 = mul i64 %275, 7
  %277 = add i64 %276, %21
  %278 = mul i64 %277, 7
  %279 = add i64 %278, %xs24
  %280 = getelementptr inbounds float, float* %0, i64 %279
  store float %272, float* %280, align 4
  %281 = load float, float* %6, align 4
  %282 = mul i64 %24, 512
  %283 = add i64 %27, 3
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 7
  %286 = add i64 %285, %21
  %287 = mul i64 %286, 7
  %288 = add i64 %287, %xs24
  %289 = getelementptr inbounds float, float* %0, i64 %288
  store float %281, float* %289, align 4
  %xs.next42 = add i64 %xs24, 1
  br label %xs.header21

i.header29:                                       ; preds = %endif34, %c.body26
  %i32 = phi i64 [ 0, %c.body26 ], [ %i.next40, %endif34 ]
  %290 = icmp slt i64 %i32, 3
  br i1 %290, label %i.body30, label %i.exit31

i.body30:                                         ; preds = %i.header29
  %291 = mul i64 %i32, 1
  %292 = add i64 %33, %291
  %293 = icmp sge i64 %292, 0
  %294 = icmp slt i64 %292, 7
  %295 = and i1 %293, %294
  br i1 %295, label %then33, label %endif34

i.exit31:                                         ; preds = %i.header29
  %c.next41 = add i64 %c28, 1
  br label %c.header25

then33:                                           ; preds = %i.body30
  %296 = mul i64 %292, 7
  %297 = add i64 %253, %296
  br label %j.header35

endif34:                                          ; preds = %j.exit37, %i.body30
  %i.next40 = add i64 %i32, 1
  br label %i.header29

j.header35:                                       ; preds = %j.body36, %then33
  %j38 = phi i64 [ 0, %then33 ], [ %j.next39, %j.body36 ]
  %298 = icmp slt i64 %j38, 3
  br i1 %298, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %299 = mul i64 %xs24, 1
  %300 = mul i64 %j38, 1
  %301 = add i64 %299, %300
  %302 = sub i64 %301, 1
  %303 = icmp sge i64 %302, 0
  %304 = icmp slt i64 %302, 7
  %305 = and i1 %303, %304
  %306 = icmp sgt i64 %302, 0
  %307 = select i1 %306, i64 %302, i64 0
  %308 = icmp slt i64 %307, 6
  %309 = select i1 %308, i64 %307, i64 6
  %310 = add i64 %297, %309
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = select i1 %305, float %312, float 0.000000e+00
  %314 = mul i64 %i32, 3
  %315 = add i64 %314, %j38
  %316 = add i64 %27, 0
  %317 = mul i64 %316, 512
  %318 = add i64 %317, %c28
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %320
  %322 = load float, float* %321, align 4
  %323 = load float, float* %9, align 4
  %324 = call float @llvm.fma.f32(float %322, float %313, float %323)
  store float %324, float* %9, align 4
  %325 = mul i64 %i32, 3
  %326 = add i64 %325, %j38
  %327 = add i64 %27, 1
  %328 = mul i64 %327, 512
  %329 = add i64 %328, %c28
  %330 = mul i64 %329, 9
  %331 = add i64 %330, %326
  %332 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %331
  %333 = load float, float* %332, align 4
  %334 = load float, float* %8, align 4
  %335 = call float @llvm.fma.f32(float %333, float %313, float %334)
  store float %335, float* %8, align 4
  %336 = mul i64 %i32, 3
  %337 = add i64 %336, %j38
  %338 = add i64 %27, 2
  %339 = mul i64 %338, 512
  %340 = add i64 %339, %c28
  %341 = mul i64 %340, 9
  %342 = add i64 %341, %337
  %343 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %342
  %344 = load float, float* %343, align 4
  %345 = load float, float* %7, align 4
  %346 = call float @llvm.fma.f32(float %344, float %313, float %345)
  store float %346, float* %7, align 4
  %347 = mul i64 %i32, 3
  %348 = add i64 %347, %j38
  %349 = add i64 %27, 3
  %350 = mul i64 %349, 512
  %351 = add i64 %350, %c28
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %6, align 4
  %357 = call float @llvm.fma.f32(float %355, float %313, float %356)
  store float %357, float* %6, align 4
  %j.next39 = add i64 %j38, 1
  br label %j.header35

j.exit37:                                         ; preds = %j.header35
  br label %endif34
}

; Function Attrs: nounwind
define internal void @node62.conv2d_20.step0(i8* %0) #2 {
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node62.conv2d_20.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node63.batchNorm_20.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_20.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_20.shift to float*), i64 %7
  %11 = load float, float* %10, align 4
  %12 = mul i64 %task, 49
  %13 = add i64 %12, 49
  %14 = sub i64 %13, %12
  %15 = sdiv i64 %14, 8
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %12, %task.body ], [ %v.next, %v.body ]
  %18 = icmp slt i64 %v, %17
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %19 = getelementptr inbounds float, float* %1, i64 %v
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = insertelement <8 x float> undef, float %9, i32 0
  %splat = shufflevector <8 x float> %22, <8 x float> undef, <8 x i32> zeroinitializer
  %23 = insertelement <8 x float> undef, float %11, i32 0
  %splat1 = shufflevector <8 x float> %23, <8 x float> undef, <8 x i32> zeroinitializer
  %24 = call <8 x float> @llvm.fma.v8f32(<8 x float> %21, <8 x float> %splat, <8 x float> %splat1)
  %25 = getelementptr inbounds float, float* %0, i64 %v
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %24, <8 x float>* %26, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %17, %v.exit ], [ %s.next, %s.body ]
  %27 = icmp slt i64 %s, %13
  br i1 %27, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = call float @llvm.fma.f32(float %29, float %9, float %11)
  %31 = getelementptr inbounds float, float* %0, i64 %s
  store float %30, float* %31, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node63.batchNorm_20.step0(i8* %0) #2 {
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
  %19 = add i64 512, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 512
  %23 = select i1 %22, i64 %21, i64 512
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 512
  %26 = select i1 %25, i64 %24, i64 512
  call void @node63.batchNorm_20.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node64.add_8.step0.body(float* noalias %0, float* noalias %1, float* noalias %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %row.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %row.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = mul i64 %task, 1
  %9 = add i64 %8, 1
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %row.header

task.exit:                                        ; preds = %task.header
  ret void

row.header:                                       ; preds = %s.exit, %task.body
  %row = phi i64 [ %8, %task.body ], [ %row.next, %s.exit ]
  %12 = icmp slt i64 %row, %11
  br i1 %12, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %13 = mul i64 %row, 25088
  br label %v.header

row.exit:                                         ; preds = %row.header
  %task.next = add i64 %task, 1
  br label %task.header

v.header:                                         ; preds = %v.body, %row.body
  %v = phi i64 [ 0, %row.body ], [ %v.next, %v.body ]
  %14 = icmp slt i64 %v, 25088
  br i1 %14, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %15 = mul i64 %v, 1
  %16 = add i64 0, %15
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = mul i64 %v, 1
  %21 = add i64 0, %20
  %22 = getelementptr inbounds float, float* %2, i64 %21
  %23 = bitcast float* %22 to <8 x float>*
  %24 = load <8 x float>, <8 x float>* %23, align 4
  %25 = fadd <8 x float> %19, %24
  %26 = add i64 %13, %v
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %25, <8 x float>* %28, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ 25088, %v.exit ], [ %s.next, %s.body ]
  %29 = icmp slt i64 %s, 25088
  br i1 %29, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %30 = mul i64 %s, 1
  %31 = add i64 0, %30
  %32 = getelementptr inbounds float, float* %1, i64 %31
  %33 = load float, float* %32, align 4
  %34 = mul i64 %s, 1
  %35 = add i64 0, %34
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fadd float %33, %37
  %39 = add i64 %13, %s
  %40 = getelementptr inbounds float, float* %0, i64 %39
  store float %38, float* %40, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %row.next = add i64 %row, 1
  br label %row.header
}

; Function Attrs: nounwind
define internal void @node64.add_8.step0(i8* %0) #2 {
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 1, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 1
  %26 = select i1 %25, i64 %24, i64 1
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  call void @node64.add_8.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node65.relu_17.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 25088
  %10 = select i1 %9, i64 %8, i64 25088
  %11 = sub i64 %10, %7
  %12 = sdiv i64 %11, 8
  %13 = mul i64 %12, 8
  %14 = add i64 %7, %13
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %v.body, %task.body
  %v = phi i64 [ %7, %task.body ], [ %v.next, %v.body ]
  %15 = icmp slt i64 %v, %14
  br i1 %15, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  %16 = getelementptr inbounds float, float* %1, i64 %v
  %17 = bitcast float* %16 to <8 x float>*
  %18 = load <8 x float>, <8 x float>* %17, align 4
  %19 = fcmp ogt <8 x float> %18, zeroinitializer
  %20 = select <8 x i1> %19, <8 x float> %18, <8 x float> zeroinitializer
  %21 = getelementptr inbounds float, float* %0, i64 %v
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %14, %v.exit ], [ %s.next, %s.body ]
  %23 = icmp slt i64 %s, %10
  br i1 %23, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %24 = getelementptr inbounds float, float* %1, i64 %s
  %25 = load float, float* %24, align 4
  %26 = fcmp ogt float %25, 0.000000e+00
  %27 = select i1 %26, float %25, float 0.000000e+00
  %28 = getelementptr inbounds float, float* %0, i64 %s
  store float %27, float* %28, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node65.relu_17.step0(i8* %0) #2 {
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
  call void @node65.relu_17.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node66.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = mul i64 %task, 49
  %10 = add i64 %9, 49
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
  %39 = fdiv float %38, 4.900000e+01
  %40 = getelementptr inbounds float, float* %0, i64 %task
  store float %39, float* %40, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node66.globalAvgPool2d_1.step0(i8* %0) #2 {
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
  %19 = add i64 512, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 512
  %23 = select i1 %22, i64 %21, i64 512
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 512
  %26 = select i1 %25, i64 %24, i64 512
  call void @node66.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node68.fc.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 512
  %12 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.fc.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 512
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
  %16 = icmp slt i64 %k, 512
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([2048000 x i8]* @weight.fc.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([2048000 x i8]* @weight.fc.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([2048000 x i8]* @weight.fc.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([2048000 x i8]* @weight.fc.weight to float*), i64 %51
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
  %k4 = phi i64 [ 512, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 512
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([2048000 x i8]* @weight.fc.weight to float*), i64 %62
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
define internal void @node68.fc.step0(i8* %0) #2 {
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
  call void @node68.fc.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node69.fc.softmax.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node69.fc.softmax.step0(i8* %0) #2 {
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
  call void @node69.fc.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @resnet18_run(i8** %0, i8** %1, i8* %2) #2 {
entry:
  %args = alloca [5 x i8*], align 8
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
  %fresh = call i8* @malloc(i64 6422591)
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
  %19 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %19, align 8
  %20 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %20, align 8
  %21 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %21, align 8
  %22 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %22, align 8
  %23 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %23, i32 0, i32 0)
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %25 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %26 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %24, i8** %26, align 8
  %27 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %25, i8** %27, align 8
  %28 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %28, align 8
  %29 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %29, align 8
  %30 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.batchNorm_1.step0, i8* %30, i32 0, i32 0)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %33 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %31, i8** %33, align 8
  %34 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %35, align 8
  %36 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %36, align 8
  %37 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.relu_1.step0, i8* %37, i32 0, i32 0)
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %39 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %40 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %39, i8** %41, align 8
  %42 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %42, align 8
  %43 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %43, align 8
  %44 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_1.step0, i8* %44, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %47 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %50, align 8
  %51 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_2.step0, i8* %51, i32 0, i32 0)
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %53 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %54 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %53, i8** %55, align 8
  %56 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %56, align 8
  %57 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %57, align 8
  %58 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.batchNorm_2.step0, i8* %58, i32 0, i32 0)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %60 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %61 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %60, i8** %62, align 8
  %63 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %63, align 8
  %64 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %64, align 8
  %65 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.relu_2.step0, i8* %65, i32 0, i32 0)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %67 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %68 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %67, i8** %69, align 8
  %70 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %70, align 8
  %71 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %71, align 8
  %72 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_3.step0, i8* %72, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %74 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %75 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %74, i8** %76, align 8
  %77 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %77, align 8
  %78 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %78, align 8
  %79 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.batchNorm_3.step0, i8* %79, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %81 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %82 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %83 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %80, i8** %83, align 8
  %84 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %81, i8** %84, align 8
  %85 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %82, i8** %85, align 8
  %86 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %86, align 8
  %87 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %87, align 8
  %88 = bitcast [5 x i8*]* %args to i8*
  call void @node9.add_1.step0(i8* %88)
  %89 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %90 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %91 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %89, i8** %91, align 8
  %92 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %90, i8** %92, align 8
  %93 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %93, align 8
  %94 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %94, align 8
  %95 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.relu_3.step0, i8* %95, i32 0, i32 0)
  %96 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %97 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %98 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %96, i8** %98, align 8
  %99 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %97, i8** %99, align 8
  %100 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %100, align 8
  %101 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %101, align 8
  %102 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_4.step0, i8* %102, i32 0, i32 0)
  %103 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %104 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %105 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %103, i8** %105, align 8
  %106 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %104, i8** %106, align 8
  %107 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %107, align 8
  %108 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %108, align 8
  %109 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.batchNorm_4.step0, i8* %109, i32 0, i32 0)
  %110 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %111 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %112 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %110, i8** %112, align 8
  %113 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %111, i8** %113, align 8
  %114 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %114, align 8
  %115 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %115, align 8
  %116 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node13.relu_4.step0, i8* %116, i32 0, i32 0)
  %117 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %118 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %119 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %117, i8** %119, align 8
  %120 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %118, i8** %120, align 8
  %121 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %121, align 8
  %122 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %122, align 8
  %123 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_5.step0, i8* %123, i32 0, i32 0)
  %124 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %125 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %126 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %124, i8** %126, align 8
  %127 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %125, i8** %127, align 8
  %128 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %128, align 8
  %129 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %129, align 8
  %130 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node15.batchNorm_5.step0, i8* %130, i32 0, i32 0)
  %131 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %132 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %133 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %134 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %131, i8** %134, align 8
  %135 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %132, i8** %135, align 8
  %136 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %133, i8** %136, align 8
  %137 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %137, align 8
  %138 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %138, align 8
  %139 = bitcast [5 x i8*]* %args to i8*
  call void @node16.add_2.step0(i8* %139)
  %140 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %141 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %142 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %140, i8** %142, align 8
  %143 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %141, i8** %143, align 8
  %144 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %144, align 8
  %145 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %145, align 8
  %146 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.relu_5.step0, i8* %146, i32 0, i32 0)
  %147 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %148 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %149 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %147, i8** %149, align 8
  %150 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %148, i8** %150, align 8
  %151 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %151, align 8
  %152 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %152, align 8
  %153 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node18.conv2d_6.step0, i8* %153, i32 0, i32 0)
  %154 = getelementptr inbounds i8, i8* %workspace7, i64 1204224
  %155 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %156 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %154, i8** %156, align 8
  %157 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %155, i8** %157, align 8
  %158 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %158, align 8
  %159 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %159, align 8
  %160 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node19.batchNorm_6.step0, i8* %160, i32 0, i32 0)
  %161 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %162 = getelementptr inbounds i8, i8* %workspace7, i64 1204224
  %163 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %161, i8** %163, align 8
  %164 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %162, i8** %164, align 8
  %165 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %165, align 8
  %166 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %166, align 8
  %167 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node20.relu_6.step0, i8* %167, i32 0, i32 0)
  %168 = getelementptr inbounds i8, i8* %workspace7, i64 1204224
  %169 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %170 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %168, i8** %170, align 8
  %171 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %169, i8** %171, align 8
  %172 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %172, align 8
  %173 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %173, align 8
  %174 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node21.conv2d_7.step0, i8* %174, i32 0, i32 0)
  %175 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %176 = getelementptr inbounds i8, i8* %workspace7, i64 1204224
  %177 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %175, i8** %177, align 8
  %178 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %176, i8** %178, align 8
  %179 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %179, align 8
  %180 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %180, align 8
  %181 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node22.batchNorm_7.step0, i8* %181, i32 0, i32 0)
  %182 = getelementptr inbounds i8, i8* %workspace7, i64 1204224
  %183 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %184 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %182, i8** %184, align 8
  %185 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %183, i8** %185, align 8
  %186 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %186, align 8
  %187 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %187, align 8
  %188 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node23.conv2d_8.step0, i8* %188, i32 0, i32 0)
  %189 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %190 = getelementptr inbounds i8, i8* %workspace7, i64 1204224
  %191 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %189, i8** %191, align 8
  %192 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %190, i8** %192, align 8
  %193 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %193, align 8
  %194 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %194, align 8
  %195 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node24.batchNorm_8.step0, i8* %195, i32 0, i32 0)
  %196 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %197 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %198 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %199 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %196, i8** %199, align 8
  %200 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %197, i8** %200, align 8
  %201 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %198, i8** %201, align 8
  %202 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %202, align 8
  %203 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %203, align 8
  %204 = bitcast [5 x i8*]* %args to i8*
  call void @node25.add_3.step0(i8* %204)
  %205 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %206 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %207 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %205, i8** %207, align 8
  %208 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %206, i8** %208, align 8
  %209 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %209, align 8
  %210 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %210, align 8
  %211 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node26.relu_7.step0, i8* %211, i32 0, i32 0)
  %212 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %213 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %214 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %212, i8** %214, align 8
  %215 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %213, i8** %215, align 8
  %216 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %216, align 8
  %217 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %217, align 8
  %218 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node27.conv2d_9.step0, i8* %218, i32 0, i32 0)
  %219 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %220 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %221 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %219, i8** %221, align 8
  %222 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %220, i8** %222, align 8
  %223 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %223, align 8
  %224 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %224, align 8
  %225 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node28.batchNorm_9.step0, i8* %225, i32 0, i32 0)
  %226 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %227 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %228 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %226, i8** %228, align 8
  %229 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %227, i8** %229, align 8
  %230 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %230, align 8
  %231 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %231, align 8
  %232 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node29.relu_8.step0, i8* %232, i32 0, i32 0)
  %233 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %234 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %235 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %233, i8** %235, align 8
  %236 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %234, i8** %236, align 8
  %237 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %237, align 8
  %238 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %238, align 8
  %239 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node30.conv2d_10.step0, i8* %239, i32 0, i32 0)
  %240 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %241 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %242 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %240, i8** %242, align 8
  %243 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %241, i8** %243, align 8
  %244 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %244, align 8
  %245 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %245, align 8
  %246 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node31.batchNorm_10.step0, i8* %246, i32 0, i32 0)
  %247 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %248 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %249 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %250 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %247, i8** %250, align 8
  %251 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %248, i8** %251, align 8
  %252 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %249, i8** %252, align 8
  %253 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %253, align 8
  %254 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %254, align 8
  %255 = bitcast [5 x i8*]* %args to i8*
  call void @node32.add_4.step0(i8* %255)
  %256 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %257 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %258 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %256, i8** %258, align 8
  %259 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %257, i8** %259, align 8
  %260 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %260, align 8
  %261 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %261, align 8
  %262 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node33.relu_9.step0, i8* %262, i32 0, i32 0)
  %263 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %264 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %265 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %263, i8** %265, align 8
  %266 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %264, i8** %266, align 8
  %267 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %267, align 8
  %268 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %268, align 8
  %269 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node34.conv2d_11.step0, i8* %269, i32 0, i32 0)
  %270 = getelementptr inbounds i8, i8* %workspace7, i64 602112
  %271 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %272 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %270, i8** %272, align 8
  %273 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %271, i8** %273, align 8
  %274 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %274, align 8
  %275 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %275, align 8
  %276 = bitcast [5 x i8*]* %args to i8*
  call void @node35.batchNorm_11.step0(i8* %276)
  %277 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %278 = getelementptr inbounds i8, i8* %workspace7, i64 602112
  %279 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %277, i8** %279, align 8
  %280 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %278, i8** %280, align 8
  %281 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %281, align 8
  %282 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %282, align 8
  %283 = bitcast [5 x i8*]* %args to i8*
  call void @node36.relu_10.step0(i8* %283)
  %284 = getelementptr inbounds i8, i8* %workspace7, i64 602112
  %285 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %286 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %284, i8** %286, align 8
  %287 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %285, i8** %287, align 8
  %288 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %288, align 8
  %289 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %289, align 8
  %290 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node37.conv2d_12.step0, i8* %290, i32 0, i32 0)
  %291 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %292 = getelementptr inbounds i8, i8* %workspace7, i64 602112
  %293 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %291, i8** %293, align 8
  %294 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %292, i8** %294, align 8
  %295 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %295, align 8
  %296 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %296, align 8
  %297 = bitcast [5 x i8*]* %args to i8*
  call void @node38.batchNorm_12.step0(i8* %297)
  %298 = getelementptr inbounds i8, i8* %workspace7, i64 602112
  %299 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %300 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %298, i8** %300, align 8
  %301 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %299, i8** %301, align 8
  %302 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %302, align 8
  %303 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %303, align 8
  %304 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node39.conv2d_13.step0, i8* %304, i32 0, i32 0)
  %305 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %306 = getelementptr inbounds i8, i8* %workspace7, i64 602112
  %307 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %305, i8** %307, align 8
  %308 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %306, i8** %308, align 8
  %309 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %309, align 8
  %310 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %310, align 8
  %311 = bitcast [5 x i8*]* %args to i8*
  call void @node40.batchNorm_13.step0(i8* %311)
  %312 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %313 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %314 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %315 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %312, i8** %315, align 8
  %316 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %313, i8** %316, align 8
  %317 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %314, i8** %317, align 8
  %318 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %318, align 8
  %319 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %319, align 8
  %320 = bitcast [5 x i8*]* %args to i8*
  call void @node41.add_5.step0(i8* %320)
  %321 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %322 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %323 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %321, i8** %323, align 8
  %324 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %322, i8** %324, align 8
  %325 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %325, align 8
  %326 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %326, align 8
  %327 = bitcast [5 x i8*]* %args to i8*
  call void @node42.relu_11.step0(i8* %327)
  %328 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %329 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %330 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %328, i8** %330, align 8
  %331 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %329, i8** %331, align 8
  %332 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %332, align 8
  %333 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %333, align 8
  %334 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node43.conv2d_14.step0, i8* %334, i32 0, i32 0)
  %335 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %336 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %337 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %335, i8** %337, align 8
  %338 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %336, i8** %338, align 8
  %339 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %339, align 8
  %340 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %340, align 8
  %341 = bitcast [5 x i8*]* %args to i8*
  call void @node44.batchNorm_14.step0(i8* %341)
  %342 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %343 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %344 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %342, i8** %344, align 8
  %345 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %343, i8** %345, align 8
  %346 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %346, align 8
  %347 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %347, align 8
  %348 = bitcast [5 x i8*]* %args to i8*
  call void @node45.relu_12.step0(i8* %348)
  %349 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %350 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %351 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %349, i8** %351, align 8
  %352 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %350, i8** %352, align 8
  %353 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %353, align 8
  %354 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %354, align 8
  %355 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node46.conv2d_15.step0, i8* %355, i32 0, i32 0)
  %356 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %357 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %358 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %356, i8** %358, align 8
  %359 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %357, i8** %359, align 8
  %360 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %360, align 8
  %361 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %361, align 8
  %362 = bitcast [5 x i8*]* %args to i8*
  call void @node47.batchNorm_15.step0(i8* %362)
  %363 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %364 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %365 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %366 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %363, i8** %366, align 8
  %367 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %364, i8** %367, align 8
  %368 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %365, i8** %368, align 8
  %369 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %369, align 8
  %370 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %370, align 8
  %371 = bitcast [5 x i8*]* %args to i8*
  call void @node48.add_6.step0(i8* %371)
  %372 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %373 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %374 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %372, i8** %374, align 8
  %375 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %373, i8** %375, align 8
  %376 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %376, align 8
  %377 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %377, align 8
  %378 = bitcast [5 x i8*]* %args to i8*
  call void @node49.relu_13.step0(i8* %378)
  %379 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %380 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %381 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %379, i8** %381, align 8
  %382 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %380, i8** %382, align 8
  %383 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %383, align 8
  %384 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %384, align 8
  %385 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node50.conv2d_16.step0, i8* %385, i32 0, i32 0)
  %386 = getelementptr inbounds i8, i8* %workspace7, i64 301056
  %387 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %388 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %386, i8** %388, align 8
  %389 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %387, i8** %389, align 8
  %390 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %390, align 8
  %391 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %391, align 8
  %392 = bitcast [5 x i8*]* %args to i8*
  call void @node51.batchNorm_16.step0(i8* %392)
  %393 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %394 = getelementptr inbounds i8, i8* %workspace7, i64 301056
  %395 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %393, i8** %395, align 8
  %396 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %394, i8** %396, align 8
  %397 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %397, align 8
  %398 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %398, align 8
  %399 = bitcast [5 x i8*]* %args to i8*
  call void @node52.relu_14.step0(i8* %399)
  %400 = getelementptr inbounds i8, i8* %workspace7, i64 301056
  %401 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %402 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %400, i8** %402, align 8
  %403 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %401, i8** %403, align 8
  %404 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %404, align 8
  %405 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %405, align 8
  %406 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node53.conv2d_17.step0, i8* %406, i32 0, i32 0)
  %407 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %408 = getelementptr inbounds i8, i8* %workspace7, i64 301056
  %409 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %407, i8** %409, align 8
  %410 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %408, i8** %410, align 8
  %411 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %411, align 8
  %412 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %412, align 8
  %413 = bitcast [5 x i8*]* %args to i8*
  call void @node54.batchNorm_17.step0(i8* %413)
  %414 = getelementptr inbounds i8, i8* %workspace7, i64 301056
  %415 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %416 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %414, i8** %416, align 8
  %417 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %415, i8** %417, align 8
  %418 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %418, align 8
  %419 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %419, align 8
  %420 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node55.conv2d_18.step0, i8* %420, i32 0, i32 0)
  %421 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %422 = getelementptr inbounds i8, i8* %workspace7, i64 301056
  %423 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %421, i8** %423, align 8
  %424 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %422, i8** %424, align 8
  %425 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %425, align 8
  %426 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %426, align 8
  %427 = bitcast [5 x i8*]* %args to i8*
  call void @node56.batchNorm_18.step0(i8* %427)
  %428 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %429 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %430 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %431 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %428, i8** %431, align 8
  %432 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %429, i8** %432, align 8
  %433 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %430, i8** %433, align 8
  %434 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %434, align 8
  %435 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %435, align 8
  %436 = bitcast [5 x i8*]* %args to i8*
  call void @node57.add_7.step0(i8* %436)
  %437 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %438 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %439 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %437, i8** %439, align 8
  %440 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %438, i8** %440, align 8
  %441 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %441, align 8
  %442 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %442, align 8
  %443 = bitcast [5 x i8*]* %args to i8*
  call void @node58.relu_15.step0(i8* %443)
  %444 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %445 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %446 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %444, i8** %446, align 8
  %447 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %445, i8** %447, align 8
  %448 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %448, align 8
  %449 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %449, align 8
  %450 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node59.conv2d_19.step0, i8* %450, i32 0, i32 0)
  %451 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %452 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %453 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %451, i8** %453, align 8
  %454 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %452, i8** %454, align 8
  %455 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %455, align 8
  %456 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %456, align 8
  %457 = bitcast [5 x i8*]* %args to i8*
  call void @node60.batchNorm_19.step0(i8* %457)
  %458 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %459 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %460 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %458, i8** %460, align 8
  %461 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %459, i8** %461, align 8
  %462 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %462, align 8
  %463 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %463, align 8
  %464 = bitcast [5 x i8*]* %args to i8*
  call void @node61.relu_16.step0(i8* %464)
  %465 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %466 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %467 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %465, i8** %467, align 8
  %468 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %466, i8** %468, align 8
  %469 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %469, align 8
  %470 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %470, align 8
  %471 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node62.conv2d_20.step0, i8* %471, i32 0, i32 0)
  %472 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %473 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %474 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %472, i8** %474, align 8
  %475 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %473, i8** %475, align 8
  %476 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %476, align 8
  %477 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %477, align 8
  %478 = bitcast [5 x i8*]* %args to i8*
  call void @node63.batchNorm_20.step0(i8* %478)
  %479 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %480 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %481 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %482 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %479, i8** %482, align 8
  %483 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %480, i8** %483, align 8
  %484 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %481, i8** %484, align 8
  %485 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %485, align 8
  %486 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %486, align 8
  %487 = bitcast [5 x i8*]* %args to i8*
  call void @node64.add_8.step0(i8* %487)
  %488 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %489 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %490 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %488, i8** %490, align 8
  %491 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %489, i8** %491, align 8
  %492 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %492, align 8
  %493 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %493, align 8
  %494 = bitcast [5 x i8*]* %args to i8*
  call void @node65.relu_17.step0(i8* %494)
  %495 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %496 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %497 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %495, i8** %497, align 8
  %498 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %496, i8** %498, align 8
  %499 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %499, align 8
  %500 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %500, align 8
  %501 = bitcast [5 x i8*]* %args to i8*
  call void @node66.globalAvgPool2d_1.step0(i8* %501)
  %502 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %503 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %504 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %502, i8** %504, align 8
  %505 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %503, i8** %505, align 8
  %506 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %506, align 8
  %507 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %507, align 8
  %508 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node68.fc.step0, i8* %508, i32 0, i32 0)
  %509 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %510 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %510, align 8
  %511 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %509, i8** %511, align 8
  %512 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %512, align 8
  %513 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %513, align 8
  %514 = bitcast [5 x i8*]* %args to i8*
  call void @node69.fc.softmax.step0(i8* %514)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @resnet18_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @resnet18_workspace_size() #5 {
entry:
  ret i64 6422591
}

; Function Attrs: nounwind
define i32 @resnet18_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @resnet18_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #5 = { nounwind }
