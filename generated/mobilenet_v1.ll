; mobilenet_v1: LLVM IR emitted by dlc 0.1.0 with LLVM 14, before optimization.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'mobilenet_v1'
source_filename = "mobilenet_v1"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.weight = external constant [3456 x i8], align 64
@weight.batchNorm_1.scale = external constant [128 x i8], align 64
@weight.batchNorm_1.shift = external constant [128 x i8], align 64
@weight.depthwiseConv2d_1.weight = external constant [1152 x i8], align 64
@weight.batchNorm_2.scale = external constant [128 x i8], align 64
@weight.batchNorm_2.shift = external constant [128 x i8], align 64
@weight.conv2d_2.weight = external constant [8192 x i8], align 64
@weight.batchNorm_3.scale = external constant [256 x i8], align 64
@weight.batchNorm_3.shift = external constant [256 x i8], align 64
@weight.depthwiseConv2d_2.weight = external constant [2304 x i8], align 64
@weight.batchNorm_4.scale = external constant [256 x i8], align 64
@weight.batchNorm_4.shift = external constant [256 x i8], align 64
@weight.conv2d_3.weight = external constant [32768 x i8], align 64
@weight.batchNorm_5.scale = external constant [512 x i8], align 64
@weight.batchNorm_5.shift = external constant [512 x i8], align 64
@weight.depthwiseConv2d_3.weight = external constant [4608 x i8], align 64
@weight.batchNorm_6.scale = external constant [512 x i8], align 64
@weight.batchNorm_6.shift = external constant [512 x i8], align 64
@weight.conv2d_4.weight = external constant [65536 x i8], align 64
@weight.batchNorm_7.scale = external constant [512 x i8], align 64
@weight.batchNorm_7.shift = external constant [512 x i8], align 64
@weight.depthwiseConv2d_4.weight = external constant [4608 x i8], align 64
@weight.batchNorm_8.scale = external constant [512 x i8], align 64
@weight.batchNorm_8.shift = external constant [512 x i8], align 64
@weight.conv2d_5.weight = external constant [131072 x i8], align 64
@weight.batchNorm_9.scale = external constant [1024 x i8], align 64
@weight.batchNorm_9.shift = external constant [1024 x i8], align 64
@weight.depthwiseConv2d_5.weight = external constant [9216 x i8], align 64
@weight.batchNorm_10.scale = external constant [1024 x i8], align 64
@weight.batchNorm_10.shift = external constant [1024 x i8], align 64
@weight.conv2d_6.weight = external constant [262144 x i8], align 64
@weight.batchNorm_11.scale = external constant [1024 x i8], align 64
@weight.batchNorm_11.shift = external constant [1024 x i8], align 64
@weight.depthwiseConv2d_6.weight = external constant [9216 x i8], align 64
@weight.batchNorm_12.scale = external constant [1024 x i8], align 64
@weight.batchNorm_12.shift = external constant [1024 x i8], align 64
@weight.conv2d_7.weight = external constant [524288 x i8], align 64
@weight.batchNorm_13.scale = external constant [2048 x i8], align 64
@weight.batchNorm_13.shift = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_7.weight = external constant [18432 x i8], align 64
@weight.batchNorm_14.scale = external constant [2048 x i8], align 64
@weight.batchNorm_14.shift = external constant [2048 x i8], align 64
@weight.conv2d_8.weight = external constant [1048576 x i8], align 64
@weight.batchNorm_15.scale = external constant [2048 x i8], align 64
@weight.batchNorm_15.shift = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_8.weight = external constant [18432 x i8], align 64
@weight.batchNorm_16.scale = external constant [2048 x i8], align 64
@weight.batchNorm_16.shift = external constant [2048 x i8], align 64
@weight.conv2d_9.weight = external constant [1048576 x i8], align 64
@weight.batchNorm_17.scale = external constant [2048 x i8], align 64
@weight.batchNorm_17.shift = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_9.weight = external constant [18432 x i8], align 64
@weight.batchNorm_18.scale = external constant [2048 x i8], align 64
@weight.batchNorm_18.shift = external constant [2048 x i8], align 64
@weight.conv2d_10.weight = external constant [1048576 x i8], align 64
@weight.batchNorm_19.scale = external constant [2048 x i8], align 64
@weight.batchNorm_19.shift = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_10.weight = external constant [18432 x i8], align 64
@weight.batchNorm_20.scale = external constant [2048 x i8], align 64
@weight.batchNorm_20.shift = external constant [2048 x i8], align 64
@weight.conv2d_11.weight = external constant [1048576 x i8], align 64
@weight.batchNorm_21.scale = external constant [2048 x i8], align 64
@weight.batchNorm_21.shift = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_11.weight = external constant [18432 x i8], align 64
@weight.batchNorm_22.scale = external constant [2048 x i8], align 64
@weight.batchNorm_22.shift = external constant [2048 x i8], align 64
@weight.conv2d_12.weight = external constant [1048576 x i8], align 64
@weight.batchNorm_23.scale = external constant [2048 x i8], align 64
@weight.batchNorm_23.shift = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_12.weight = external constant [18432 x i8], align 64
@weight.batchNorm_24.scale = external constant [2048 x i8], align 64
@weight.batchNorm_24.shift = external constant [2048 x i8], align 64
@weight.conv2d_13.weight = external constant [2097152 x i8], align 64
@weight.batchNorm_25.scale = external constant [4096 x i8], align 64
@weight.batchNorm_25.shift = external constant [4096 x i8], align 64
@weight.depthwiseConv2d_13.weight = external constant [36864 x i8], align 64
@weight.batchNorm_26.scale = external constant [4096 x i8], align 64
@weight.batchNorm_26.shift = external constant [4096 x i8], align 64
@weight.conv2d_14.weight = external constant [4194304 x i8], align 64
@weight.batchNorm_27.scale = external constant [4096 x i8], align 64
@weight.batchNorm_27.shift = external constant [4096 x i8], align 64
@weight.dense_1.weight = external constant [4096000 x i8], align 64
@weight.dense_1.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [13 x i8] c"mobilenet_v1\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([13 x i8], [13 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 6422591, i64 573783040 }

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
  %27 = srem i64 %task, 8
  %28 = sdiv i64 %task, 8
  %29 = srem i64 %28, 112
  %30 = sdiv i64 %task, 896
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 32
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 3
  %37 = mul i64 %31, 3
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 50176
  %40 = mul i64 %29, 2
  %41 = sub i64 %40, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %42 = icmp slt i64 %x, 97
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
  %48 = mul i64 %32, 32
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
  %59 = mul i64 %32, 32
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
  %70 = mul i64 %32, 32
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
  %81 = mul i64 %32, 32
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
  %92 = mul i64 %32, 32
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
  %103 = mul i64 %32, 32
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
  %114 = mul i64 %32, 32
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
  %125 = mul i64 %32, 32
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
  %136 = mul i64 %32, 32
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
  %147 = mul i64 %32, 32
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
  %158 = mul i64 %32, 32
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
  %169 = mul i64 %32, 32
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
  %178 = icmp slt i64 %i, 3
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
  %222 = mul i64 %221, 3
  %223 = add i64 %222, %c
  %224 = mul i64 %223, 9
  %225 = add i64 %224, %220
  %226 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %225
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
  %238 = mul i64 %237, 3
  %239 = add i64 %238, %c
  %240 = mul i64 %239, 9
  %241 = add i64 %240, %236
  %242 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %241
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
  %254 = mul i64 %253, 3
  %255 = add i64 %254, %c
  %256 = mul i64 %255, 9
  %257 = add i64 %256, %252
  %258 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %257
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
  %270 = mul i64 %269, 3
  %271 = add i64 %270, %c
  %272 = mul i64 %271, 9
  %273 = add i64 %272, %268
  %274 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %273
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
  %284 = icmp slt i64 %c7, 3
  br i1 %284, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %285 = mul i64 %c7, 50176
  %286 = add i64 %39, %285
  br label %i.header8

c.exit6:                                          ; preds = %c.header4
  %287 = load float, float* %13, align 4
  %288 = mul i64 %32, 32
  %289 = add i64 %35, 0
  %290 = add i64 %288, %289
  %291 = mul i64 %290, 112
  %292 = add i64 %291, %29
  %293 = mul i64 %292, 112
  %294 = add i64 %293, %xs
  %295 = getelementptr inbounds float, float* %0, i64 %294
  store float %287, float* %295, align 4
  %296 = load float, float* %12, align 4
  %297 = mul i64 %32, 32
  %298 = add i64 %35, 1
  %299 = add i64 %297, %298
  %300 = mul i64 %299, 112
  %301 = add i64 %300, %29
  %302 = mul i64 %301, 112
  %303 = add i64 %302, %xs
  %304 = getelementptr inbounds float, float* %0, i64 %303
  store float %296, float* %304, align 4
  %305 = load float, float* %11, align 4
  %306 = mul i64 %32, 32
  %307 = add i64 %35, 2
  %308 = add i64 %306, %307
  %309 = mul i64 %308, 112
  %310 = add i64 %309, %29
  %311 = mul i64 %310, 112
  %312 = add i64 %311, %xs
  %313 = getelementptr inbounds float, float* %0, i64 %312
  store float %305, float* %313, align 4
  %314 = load float, float* %10, align 4
  %315 = mul i64 %32, 32
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
  %323 = icmp slt i64 %i11, 3
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
  %331 = icmp slt i64 %j17, 3
  br i1 %331, label %j.body15, label %j.exit16

j.body15:                                         ; preds = %j.header14
  %332 = mul i64 %xs, 2
  %333 = mul i64 %j17, 1
  %334 = add i64 %332, %333
  %335 = sub i64 %334, 1
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
  %347 = mul i64 %i11, 3
  %348 = add i64 %347, %j17
  %349 = add i64 %35, 0
  %350 = mul i64 %349, 3
  %351 = add i64 %350, %c7
  %352 = mul i64 %351, 9
  %353 = add i64 %352, %348
  %354 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %353
  %355 = load float, float* %354, align 4
  %356 = load float, float* %13, align 4
  %357 = call float @llvm.fma.f32(float %355, float %346, float %356)
  store float %357, float* %13, align 4
  %358 = mul i64 %i11, 3
  %359 = add i64 %358, %j17
  %360 = add i64 %35, 1
  %361 = mul i64 %360, 3
  %362 = add i64 %361, %c7
  %363 = mul i64 %362, 9
  %364 = add i64 %363, %359
  %365 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %364
  %366 = load float, float* %365, align 4
  %367 = load float, float* %12, align 4
  %368 = call float @llvm.fma.f32(float %366, float %346, float %367)
  store float %368, float* %12, align 4
  %369 = mul i64 %i11, 3
  %370 = add i64 %369, %j17
  %371 = add i64 %35, 2
  %372 = mul i64 %371, 3
  %373 = add i64 %372, %c7
  %374 = mul i64 %373, 9
  %375 = add i64 %374, %370
  %376 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %375
  %377 = load float, float* %376, align 4
  %378 = load float, float* %11, align 4
  %379 = call float @llvm.fma.f32(float %377, float %346, float %378)
  store float %379, float* %11, align 4
  %380 = mul i64 %i11, 3
  %381 = add i64 %380, %j17
  %382 = add i64 %35, 3
  %383 = mul i64 %382, 3
  %384 = add i64 %383, %c7
  %385 = mul i64 %384, 9
  %386 = add i64 %385, %381
  %387 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %386
  %388 = load float, float* %387, align 4
  %389 = load float, float* %10, align 4
  %390 = call float @llvm.fma.f32(float %388, float %346, float %389)
  store float %390, float* %10, align 4
  %j.next18 = add i64 %j17, 1
  br label %j.header14

j.exit16:                                         ; preds = %j.header14
  br label %endif13

xs.header21:                                      ; preds = %c.exit27, %xs.exit
  %xs24 = phi i64 [ 97, %xs.exit ], [ %xs.next42, %c.exit27 ]
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
  %396 = mul i64 %32, 32
  %397 = add i64 %35, 0
  %398 = add i64 %396, %397
  %399 = mul i64 %398, 112
  %400 = add i64 %399, %29
  %401 = mul i64 %400, 112
  %402 = add i64 %401, %xs24
  %403 = getelementptr inbounds float, float* %0, i64 %402
  store float %395, float* %403, align 4
  %404 = load float, float* %8, align 4
  %405 = mul i64 %32, 32
  %406 = add i64 %35, 1
  %407 = add i64 %405, %406
  %408 = mul i64 %407, 112
  %409 = add i64 %408, %29
  %410 = mul i64 %409, 112
  %411 = add i64 %410, %xs24
  %412 = getelementptr inbounds float, float* %0, i64 %411
  store float %404, float* %412, align 4
  %413 = load float, float* %7, align 4
  %414 = mul i64 %32, 32
  %415 = add i64 %35, 2
  %416 = add i64 %414, %415
  %417 = mul i64 %416, 112
  %418 = add i64 %417, %29
  %419 = mul i64 %418, 112
  %420 = add i64 %419, %xs24
  %421 = getelementptr inbounds float, float* %0, i64 %420
  store float %413, float* %421, align 4
  %422 = load float, float* %6, align 4
  %423 = mul i64 %32, 32
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
  %431 = icmp slt i64 %i32, 3
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
  %439 = icmp slt i64 %j38, 3
  br i1 %439, label %j.body36, label %j.exit37

j.body36:                                         ; preds = %j.header35
  %440 = mul i64 %xs24, 2
  %441 = mul i64 %j38, 1
  %442 = add i64 %440, %441
  %443 = sub i64 %442, 1
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
  %455 = mul i64 %i32, 3
  %456 = add i64 %455, %j38
  %457 = add i64 %35, 0
  %458 = mul i64 %457, 3
  %459 = add i64 %458, %c28
  %460 = mul i64 %459, 9
  %461 = add i64 %460, %456
  %462 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %461
  %463 = load float, float* %462, align 4
  %464 = load float, float* %9, align 4
  %465 = call float @llvm.fma.f32(float %463, float %454, float %464)
  store float %465, float* %9, align 4
  %466 = mul i64 %i32, 3
  %467 = add i64 %466, %j38
  %468 = add i64 %35, 1
  %469 = mul i64 %468, 3
  %470 = add i64 %469, %c28
  %471 = mul i64 %470, 9
  %472 = add i64 %471, %467
  %473 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %472
  %474 = load float, float* %473, align 4
  %475 = load float, float* %8, align 4
  %476 = call float @llvm.fma.f32(float %474, float %454, float %475)
  store float %476, float* %8, align 4
  %477 = mul i64 %i32, 3
  %478 = add i64 %477, %j38
  %479 = add i64 %35, 2
  %480 = mul i64 %479, 3
  %481 = add i64 %480, %c28
  %482 = mul i64 %481, 9
  %483 = add i64 %482, %478
  %484 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %483
  %485 = load float, float* %484, align 4
  %486 = load float, float* %7, align 4
  %487 = call float @llvm.fma.f32(float %485, float %454, float %486)
  store float %487, float* %7, align 4
  %488 = mul i64 %i32, 3
  %489 = add i64 %488, %j38
  %490 = add i64 %35, 3
  %491 = mul i64 %490, 3
  %492 = add i64 %491, %c28
  %493 = mul i64 %492, 9
  %494 = add i64 %493, %489
  %495 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %494
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
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
  %7 = srem i64 %task, 32
  %8 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.batchNorm_1.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.batchNorm_1.shift to float*), i64 %7
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
  %19 = add i64 32, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 32
  %23 = select i1 %22, i64 %21, i64 32
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 32
  %26 = select i1 %25, i64 %24, i64 32
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
  %9 = icmp slt i64 %8, 401408
  %10 = select i1 %9, i64 %8, i64 401408
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
  %19 = add i64 25, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 25
  %23 = select i1 %22, i64 %21, i64 25
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 25
  %26 = select i1 %25, i64 %24, i64 25
  call void @node2.relu_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.depthwiseConv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit38, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit38 ]
  %16 = icmp slt i64 %task, %5
  br i1 %16, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %17 = srem i64 %task, 1
  %18 = sdiv i64 %task, 1
  %19 = srem i64 %18, 112
  %20 = sdiv i64 %task, 112
  %21 = srem i64 %20, 32
  %22 = sdiv i64 %20, 32
  %23 = mul i64 %21, 1
  %24 = mul i64 %17, 1
  %25 = add i64 %23, %24
  %26 = mul i64 %22, 32
  %27 = mul i64 %21, 1
  %28 = add i64 %26, %27
  %29 = mul i64 %28, 12544
  %30 = mul i64 %19, 1
  %31 = sub i64 %30, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %32 = icmp slt i64 %x, 97
  br i1 %32, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header1

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %33 = icmp slt i64 %c, 1
  br i1 %33, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %34 = mul i64 %c, 12544
  %35 = add i64 %29, %34
  br label %i.header

c.exit:                                           ; preds = %c.header
  %36 = load <8 x float>, <8 x float>* %15, align 32
  %37 = add i64 %x, 0
  %38 = mul i64 %22, 32
  %39 = add i64 %25, 0
  %40 = add i64 %38, %39
  %41 = mul i64 %40, 112
  %42 = add i64 %41, %19
  %43 = mul i64 %42, 112
  %44 = add i64 %43, %37
  %45 = getelementptr inbounds float, float* %0, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  store <8 x float> %36, <8 x float>* %46, align 4
  %47 = load <8 x float>, <8 x float>* %14, align 32
  %48 = add i64 %x, 8
  %49 = mul i64 %22, 32
  %50 = add i64 %25, 0
  %51 = add i64 %49, %50
  %52 = mul i64 %51, 112
  %53 = add i64 %52, %19
  %54 = mul i64 %53, 112
  %55 = add i64 %54, %48
  %56 = getelementptr inbounds float, float* %0, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  store <8 x float> %47, <8 x float>* %57, align 4
  %58 = load <8 x float>, <8 x float>* %13, align 32
  %59 = add i64 %x, 16
  %60 = mul i64 %22, 32
  %61 = add i64 %25, 0
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 112
  %64 = add i64 %63, %19
  %65 = mul i64 %64, 112
  %66 = add i64 %65, %59
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %58, <8 x float>* %68, align 4
  %69 = load <8 x float>, <8 x float>* %12, align 32
  %70 = add i64 %x, 24
  %71 = mul i64 %22, 32
  %72 = add i64 %25, 0
  %73 = add i64 %71, %72
  %74 = mul i64 %73, 112
  %75 = add i64 %74, %19
  %76 = mul i64 %75, 112
  %77 = add i64 %76, %70
  %78 = getelementptr inbounds float, float* %0, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  store <8 x float> %69, <8 x float>* %79, align 4
  %80 = load <8 x float>, <8 x float>* %11, align 32
  %81 = add i64 %x, 32
  %82 = mul i64 %22, 32
  %83 = add i64 %25, 0
  %84 = add i64 %82, %83
  %85 = mul i64 %84, 112
  %86 = add i64 %85, %19
  %87 = mul i64 %86, 112
  %88 = add i64 %87, %81
  %89 = getelementptr inbounds float, float* %0, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  store <8 x float> %80, <8 x float>* %90, align 4
  %91 = load <8 x float>, <8 x float>* %10, align 32
  %92 = add i64 %x, 40
  %93 = mul i64 %22, 32
  %94 = add i64 %25, 0
  %95 = add i64 %93, %94
  %96 = mul i64 %95, 112
  %97 = add i64 %96, %19
  %98 = mul i64 %97, 112
  %99 = add i64 %98, %92
  %100 = getelementptr inbounds float, float* %0, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %91, <8 x float>* %101, align 4
  %x.next = add i64 %x, 48
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %102 = icmp slt i64 %i, 3
  br i1 %102, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %103 = mul i64 %i, 1
  %104 = add i64 %31, %103
  %105 = icmp sge i64 %104, 0
  %106 = icmp slt i64 %104, 112
  %107 = and i1 %105, %106
  br i1 %107, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %108 = mul i64 %104, 112
  %109 = add i64 %35, %108
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %110 = icmp slt i64 %j, 3
  br i1 %110, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %111 = mul i64 %x, 1
  %112 = mul i64 %j, 1
  %113 = add i64 %111, %112
  %114 = sub i64 %113, 1
  %115 = add i64 %109, %114
  %116 = add i64 %115, 0
  %117 = getelementptr inbounds float, float* %1, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %115, 8
  %121 = getelementptr inbounds float, float* %1, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %115, 16
  %125 = getelementptr inbounds float, float* %1, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = add i64 %115, 24
  %129 = getelementptr inbounds float, float* %1, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = add i64 %115, 32
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = add i64 %115, 40
  %137 = getelementptr inbounds float, float* %1, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = mul i64 %i, 3
  %141 = add i64 %140, %j
  %142 = add i64 %25, 0
  %143 = mul i64 %142, 1
  %144 = add i64 %143, %c
  %145 = mul i64 %144, 9
  %146 = add i64 %145, %141
  %147 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.depthwiseConv2d_1.weight to float*), i64 %146
  %148 = load float, float* %147, align 4
  %149 = insertelement <8 x float> undef, float %148, i32 0
  %splat = shufflevector <8 x float> %149, <8 x float> undef, <8 x i32> zeroinitializer
  %150 = load <8 x float>, <8 x float>* %15, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %119, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %15, align 32
  %152 = load <8 x float>, <8 x float>* %14, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %123, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %14, align 32
  %154 = load <8 x float>, <8 x float>* %13, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %127, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %13, align 32
  %156 = load <8 x float>, <8 x float>* %12, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %131, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %12, align 32
  %158 = load <8 x float>, <8 x float>* %11, align 32
  %159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %135, <8 x float> %158)
  store <8 x float> %159, <8 x float>* %11, align 32
  %160 = load <8 x float>, <8 x float>* %10, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %139, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %10, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header1:                                        ; preds = %i.exit7, %x.exit
  %c4 = phi i64 [ 0, %x.exit ], [ %c.next18, %i.exit7 ]
  %162 = icmp slt i64 %c4, 1
  br i1 %162, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %163 = mul i64 %c4, 12544
  %164 = add i64 %29, %163
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %165 = load <8 x float>, <8 x float>* %9, align 32
  %166 = mul i64 %22, 32
  %167 = add i64 %25, 0
  %168 = add i64 %166, %167
  %169 = mul i64 %168, 112
  %170 = add i64 %169, %19
  %171 = mul i64 %170, 112
  %172 = add i64 %171, 97
  %173 = getelementptr inbounds float, float* %0, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  store <8 x float> %165, <8 x float>* %174, align 4
  %175 = load <8 x float>, <8 x float>* %8, align 32
  %176 = mul i64 %22, 32
  %177 = add i64 %25, 0
  %178 = add i64 %176, %177
  %179 = mul i64 %178, 112
  %180 = add i64 %179, %19
  %181 = mul i64 %180, 112
  %182 = add i64 %181, 105
  %183 = getelementptr inbounds float, float* %0, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %175, <8 x float>* %184, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next17, %endif10 ]
  %185 = icmp slt i64 %i8, 3
  br i1 %185, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %186 = mul i64 %i8, 1
  %187 = add i64 %31, %186
  %188 = icmp sge i64 %187, 0
  %189 = icmp slt i64 %187, 112
  %190 = and i1 %188, %189
  br i1 %190, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next18 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %191 = mul i64 %187, 112
  %192 = add i64 %164, %191
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next17 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next16, %j.body12 ]
  %193 = icmp slt i64 %j14, 3
  br i1 %193, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %194 = mul i64 %j14, 1
  %195 = add i64 97, %194
  %196 = sub i64 %195, 1
  %197 = add i64 %192, %196
  %198 = add i64 %197, 0
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = add i64 %197, 8
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  %205 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %204, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %206 = mul i64 %i8, 3
  %207 = add i64 %206, %j14
  %208 = add i64 %25, 0
  %209 = mul i64 %208, 1
  %210 = add i64 %209, %c4
  %211 = mul i64 %210, 9
  %212 = add i64 %211, %207
  %213 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.depthwiseConv2d_1.weight to float*), i64 %212
  %214 = load float, float* %213, align 4
  %215 = insertelement <8 x float> undef, float %214, i32 0
  %splat15 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %216 = load <8 x float>, <8 x float>* %9, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %201, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %9, align 32
  %218 = load <8 x float>, <8 x float>* %8, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %205, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %8, align 32
  %j.next16 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header:                                        ; preds = %c.exit21, %c.exit3
  %xs = phi i64 [ 0, %c.exit3 ], [ %xs.next, %c.exit21 ]
  %220 = icmp slt i64 %xs, 1
  br i1 %220, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header19

xs.exit:                                          ; preds = %xs.header
  br label %xs.header36

c.header19:                                       ; preds = %i.exit25, %xs.body
  %c22 = phi i64 [ 0, %xs.body ], [ %c.next35, %i.exit25 ]
  %221 = icmp slt i64 %c22, 1
  br i1 %221, label %c.body20, label %c.exit21

c.body20:                                         ; preds = %c.header19
  %222 = mul i64 %c22, 12544
  %223 = add i64 %29, %222
  br label %i.header23

c.exit21:                                         ; preds = %c.header19
  %224 = load float, float* %7, align 4
  %225 = mul i64 %22, 32
  %226 = add i64 %25, 0
  %227 = add i64 %225, %226
  %228 = mul i64 %227, 112
  %229 = add i64 %228, %19
  %230 = mul i64 %229, 112
  %231 = add i64 %230, %xs
  %232 = getelementptr inbounds float, float* %0, i64 %231
  store float %224, float* %232, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header23:                                       ; preds = %endif28, %c.body20
  %i26 = phi i64 [ 0, %c.body20 ], [ %i.next34, %endif28 ]
  %233 = icmp slt i64 %i26, 3
  br i1 %233, label %i.body24, label %i.exit25

i.body24:                                         ; preds = %i.header23
  %234 = mul i64 %i26, 1
  %235 = add i64 %31, %234
  %236 = icmp sge i64 %235, 0
  %237 = icmp slt i64 %235, 112
  %238 = and i1 %236, %237
  br i1 %238, label %then27, label %endif28

i.exit25:                                         ; preds = %i.header23
  %c.next35 = add i64 %c22, 1
  br label %c.header19

then27:                                           ; preds = %i.body24
  %239 = mul i64 %235, 112
  %240 = add i64 %223, %239
  br label %j.header29

endif28:                                          ; preds = %j.exit31, %i.body24
  %i.next34 = add i64 %i26, 1
  br label %i.header23

j.header29:                                       ; preds = %j.body30, %then27
  %j32 = phi i64 [ 0, %then27 ], [ %j.next33, %j.body30 ]
  %241 = icmp slt i64 %j32, 3
  br i1 %241, label %j.body30, label %j.exit31

j.body30:                                         ; preds = %j.header29
  %242 = mul i64 %xs, 1
  %243 = mul i64 %j32, 1
  %244 = add i64 %242, %243
  %245 = sub i64 %244, 1
  %246 = icmp sge i64 %245, 0
  %247 = icmp slt i64 %245, 112
  %248 = and i1 %246, %247
  %249 = icmp sgt i64 %245, 0
  %250 = select i1 %249, i64 %245, i64 0
  %251 = icmp slt i64 %250, 111
  %252 = select i1 %251, i64 %250, i64 111
  %253 = add i64 %240, %252
  %254 = getelementptr inbounds float, float* %1, i64 %253
  %255 = load float, float* %254, align 4
  %256 = select i1 %248, float %255, float 0.000000e+00
  %257 = mul i64 %i26, 3
  %258 = add i64 %257, %j32
  %259 = add i64 %25, 0
  %260 = mul i64 %259, 1
  %261 = add i64 %260, %c22
  %262 = mul i64 %261, 9
  %263 = add i64 %262, %258
  %264 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.depthwiseConv2d_1.weight to float*), i64 %263
  %265 = load float, float* %264, align 4
  %266 = load float, float* %7, align 4
  %267 = call float @llvm.fma.f32(float %265, float %256, float %266)
  store float %267, float* %7, align 4
  %j.next33 = add i64 %j32, 1
  br label %j.header29

j.exit31:                                         ; preds = %j.header29
  br label %endif28

xs.header36:                                      ; preds = %c.exit42, %xs.exit
  %xs39 = phi i64 [ 111, %xs.exit ], [ %xs.next57, %c.exit42 ]
  %268 = icmp slt i64 %xs39, 112
  br i1 %268, label %xs.body37, label %xs.exit38

xs.body37:                                        ; preds = %xs.header36
  store float 0.000000e+00, float* %6, align 4
  br label %c.header40

xs.exit38:                                        ; preds = %xs.header36
  %task.next = add i64 %task, 1
  br label %task.header

c.header40:                                       ; preds = %i.exit46, %xs.body37
  %c43 = phi i64 [ 0, %xs.body37 ], [ %c.next56, %i.exit46 ]
  %269 = icmp slt i64 %c43, 1
  br i1 %269, label %c.body41, label %c.exit42

c.body41:                                         ; preds = %c.header40
  %270 = mul i64 %c43, 12544
  %271 = add i64 %29, %270
  br label %i.header44

c.exit42:                                         ; preds = %c.header40
  %272 = load float, float* %6, align 4
  %273 = mul i64 %22, 32
  %274 = add i64 %25, 0
  %275 = add i64 %273, %274
  %276 = mul i64 %275, 112
  %277 = add i64 %276, %19
  %278 = mul i64 %277, 112
  %279 = add i64 %278, %xs39
  %280 = getelementptr inbounds float, float* %0, i64 %279
  store float %272, float* %280, align 4
  %xs.next57 = add i64 %xs39, 1
  br label %xs.header36

i.header44:                                       ; preds = %endif49, %c.body41
  %i47 = phi i64 [ 0, %c.body41 ], [ %i.next55, %endif49 ]
  %281 = icmp slt i64 %i47, 3
  br i1 %281, label %i.body45, label %i.exit46

i.body45:                                         ; preds = %i.header44
  %282 = mul i64 %i47, 1
  %283 = add i64 %31, %282
  %284 = icmp sge i64 %283, 0
  %285 = icmp slt i64 %283, 112
  %286 = and i1 %284, %285
  br i1 %286, label %then48, label %endif49

i.exit46:                                         ; preds = %i.header44
  %c.next56 = add i64 %c43, 1
  br label %c.header40

then48:                                           ; preds = %i.body45
  %287 = mul i64 %283, 112
  %288 = add i64 %271, %287
  br label %j.header50

endif49:                                          ; preds = %j.exit52, %i.body45
  %i.next55 = add i64 %i47, 1
  br label %i.header44

j.header50:                                       ; preds = %j.body51, %then48
  %j53 = phi i64 [ 0, %then48 ], [ %j.next54, %j.body51 ]
  %289 = icmp slt i64 %j53, 3
  br i1 %289, label %j.body51, label %j.exit52

j.body51:                                         ; preds = %j.header50
  %290 = mul i64 %xs39, 1
  %291 = mul i64 %j53, 1
  %292 = add i64 %290, %291
  %293 = sub i64 %292, 1
  %294 = icmp sge i64 %293, 0
  %295 = icmp slt i64 %293, 112
  %296 = and i1 %294, %295
  %297 = icmp sgt i64 %293, 0
  %298 = select i1 %297, i64 %293, i64 0
  %299 = icmp slt i64 %298, 111
  %300 = select i1 %299, i64 %298, i64 111
  %301 = add i64 %288, %300
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = load float, float* %302, align 4
  %304 = select i1 %296, float %303, float 0.000000e+00
  %305 = mul i64 %i47, 3
  %306 = add i64 %305, %j53
  %307 = add i64 %25, 0
  %308 = mul i64 %307, 1
  %309 = add i64 %308, %c43
  %310 = mul i64 %309, 9
  %311 = add i64 %310, %306
  %312 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.depthwiseConv2d_1.weight to float*), i64 %311
  %313 = load float, float* %312, align 4
  %314 = load float, float* %6, align 4
  %315 = call float @llvm.fma.f32(float %313, float %304, float %314)
  store float %315, float* %6, align 4
  %j.next54 = add i64 %j53, 1
  br label %j.header50

j.exit52:                                         ; preds = %j.header50
  br label %endif49
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

; Function Attrs: nounwind
define internal void @node3.depthwiseConv2d_1.step0(i8* %0) #2 {
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
  call void @node3.depthwiseConv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.batchNorm_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 32
  %8 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.batchNorm_2.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.batchNorm_2.shift to float*), i64 %7
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
define internal void @node4.batchNorm_2.step0(i8* %0) #2 {
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
  %19 = add i64 32, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 32
  %23 = select i1 %22, i64 %21, i64 32
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 32
  %26 = select i1 %25, i64 %24, i64 32
  call void @node4.batchNorm_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.relu_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 401408
  %10 = select i1 %9, i64 %8, i64 401408
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
define internal void @node5.relu_2.step0(i8* %0) #2 {
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
  %19 = add i64 25, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 25
  %23 = select i1 %22, i64 %21, i64 25
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 25
  %26 = select i1 %25, i64 %24, i64 25
  call void @node5.relu_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 16
  %28 = sdiv i64 %task, 16
  %29 = srem i64 %28, 523
  %30 = sdiv i64 %task, 8368
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 64
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 32
  %37 = mul i64 %31, 32
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 12544
  %40 = mul i64 %29, 24
  %41 = icmp eq i64 %29, 522
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %42 = icmp slt i64 %c, 32
  br i1 %42, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %43 = mul i64 %c, 12544
  %44 = add i64 %43, %40
  %45 = add i64 %39, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %1, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %35, 0
  %55 = mul i64 %54, 32
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %25, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %25, align 32
  %62 = load <8 x float>, <8 x float>* %24, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %24, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 32
  %66 = add i64 %65, %c
  %67 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %23, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %23, align 32
  %72 = load <8 x float>, <8 x float>* %22, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %22, align 32
  %74 = add i64 %35, 2
  %75 = mul i64 %74, 32
  %76 = add i64 %75, %c
  %77 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %21, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %21, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %35, 3
  %85 = mul i64 %84, 32
  %86 = add i64 %85, %c
  %87 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %19, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %19, align 32
  %92 = load <8 x float>, <8 x float>* %18, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = mul i64 %32, 64
  %96 = add i64 %35, 0
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 12544
  %99 = add i64 %40, 0
  %100 = add i64 %98, %99
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %94, <8 x float>* %102, align 4
  %103 = load <8 x float>, <8 x float>* %24, align 32
  %104 = mul i64 %32, 64
  %105 = add i64 %35, 0
  %106 = add i64 %104, %105
  %107 = mul i64 %106, 12544
  %108 = add i64 %40, 8
  %109 = add i64 %107, %108
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %103, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %23, align 32
  %113 = mul i64 %32, 64
  %114 = add i64 %35, 1
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 12544
  %117 = add i64 %40, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %112, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %22, align 32
  %122 = mul i64 %32, 64
  %123 = add i64 %35, 1
  %124 = add i64 %122, %123
  %125 = mul i64 %124, 12544
  %126 = add i64 %40, 8
  %127 = add i64 %125, %126
  %128 = getelementptr inbounds float, float* %0, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %121, <8 x float>* %129, align 4
  %130 = load <8 x float>, <8 x float>* %21, align 32
  %131 = mul i64 %32, 64
  %132 = add i64 %35, 2
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 12544
  %135 = add i64 %40, 0
  %136 = add i64 %134, %135
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %130, <8 x float>* %138, align 4
  %139 = load <8 x float>, <8 x float>* %20, align 32
  %140 = mul i64 %32, 64
  %141 = add i64 %35, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 12544
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %19, align 32
  %149 = mul i64 %32, 64
  %150 = add i64 %35, 3
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 12544
  %153 = add i64 %40, 0
  %154 = add i64 %152, %153
  %155 = getelementptr inbounds float, float* %0, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %148, <8 x float>* %156, align 4
  %157 = load <8 x float>, <8 x float>* %18, align 32
  %158 = mul i64 %32, 64
  %159 = add i64 %35, 3
  %160 = add i64 %158, %159
  %161 = mul i64 %160, 12544
  %162 = add i64 %40, 8
  %163 = add i64 %161, %162
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %157, <8 x float>* %165, align 4
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %166 = icmp slt i64 %c7, 32
  br i1 %166, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %167 = mul i64 %c7, 12544
  %168 = add i64 %167, %40
  %169 = add i64 %39, %168
  %170 = add i64 %169, 0
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %169, 8
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = add i64 %169, 16
  %179 = getelementptr inbounds float, float* %1, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %35, 0
  %183 = mul i64 %182, 32
  %184 = add i64 %183, %c7
  %185 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat8 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %17, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %17, align 32
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %177, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = load <8 x float>, <8 x float>* %15, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %181, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %15, align 32
  %194 = add i64 %35, 1
  %195 = mul i64 %194, 32
  %196 = add i64 %195, %c7
  %197 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat9 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %14, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %14, align 32
  %202 = load <8 x float>, <8 x float>* %13, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %177, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %13, align 32
  %204 = load <8 x float>, <8 x float>* %12, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %181, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %12, align 32
  %206 = add i64 %35, 2
  %207 = mul i64 %206, 32
  %208 = add i64 %207, %c7
  %209 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat10 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %11, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %11, align 32
  %214 = load <8 x float>, <8 x float>* %10, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %177, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %10, align 32
  %216 = load <8 x float>, <8 x float>* %9, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %181, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %9, align 32
  %218 = add i64 %35, 3
  %219 = mul i64 %218, 32
  %220 = add i64 %219, %c7
  %221 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat11 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %8, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %8, align 32
  %226 = load <8 x float>, <8 x float>* %7, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %177, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %7, align 32
  %228 = load <8 x float>, <8 x float>* %6, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %181, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %230 = load <8 x float>, <8 x float>* %17, align 32
  %231 = mul i64 %32, 64
  %232 = add i64 %35, 0
  %233 = add i64 %231, %232
  %234 = mul i64 %233, 12544
  %235 = add i64 %40, 0
  %236 = add i64 %234, %235
  %237 = getelementptr inbounds float, float* %0, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %230, <8 x float>* %238, align 4
  %239 = load <8 x float>, <8 x float>* %16, align 32
  %240 = mul i64 %32, 64
  %241 = add i64 %35, 0
  %242 = add i64 %240, %241
  %243 = mul i64 %242, 12544
  %244 = add i64 %40, 8
  %245 = add i64 %243, %244
  %246 = getelementptr inbounds float, float* %0, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %239, <8 x float>* %247, align 4
  %248 = load <8 x float>, <8 x float>* %15, align 32
  %249 = mul i64 %32, 64
  %250 = add i64 %35, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 12544
  %253 = add i64 %40, 16
  %254 = add i64 %252, %253
  %255 = getelementptr inbounds float, float* %0, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %248, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %14, align 32
  %258 = mul i64 %32, 64
  %259 = add i64 %35, 1
  %260 = add i64 %258, %259
  %261 = mul i64 %260, 12544
  %262 = add i64 %40, 0
  %263 = add i64 %261, %262
  %264 = getelementptr inbounds float, float* %0, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  store <8 x float> %257, <8 x float>* %265, align 4
  %266 = load <8 x float>, <8 x float>* %13, align 32
  %267 = mul i64 %32, 64
  %268 = add i64 %35, 1
  %269 = add i64 %267, %268
  %270 = mul i64 %269, 12544
  %271 = add i64 %40, 8
  %272 = add i64 %270, %271
  %273 = getelementptr inbounds float, float* %0, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %266, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %12, align 32
  %276 = mul i64 %32, 64
  %277 = add i64 %35, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 12544
  %280 = add i64 %40, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = mul i64 %32, 64
  %286 = add i64 %35, 2
  %287 = add i64 %285, %286
  %288 = mul i64 %287, 12544
  %289 = add i64 %40, 0
  %290 = add i64 %288, %289
  %291 = getelementptr inbounds float, float* %0, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %284, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %10, align 32
  %294 = mul i64 %32, 64
  %295 = add i64 %35, 2
  %296 = add i64 %294, %295
  %297 = mul i64 %296, 12544
  %298 = add i64 %40, 8
  %299 = add i64 %297, %298
  %300 = getelementptr inbounds float, float* %0, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %293, <8 x float>* %301, align 4
  %302 = load <8 x float>, <8 x float>* %9, align 32
  %303 = mul i64 %32, 64
  %304 = add i64 %35, 2
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 12544
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %32, 64
  %313 = add i64 %35, 3
  %314 = add i64 %312, %313
  %315 = mul i64 %314, 12544
  %316 = add i64 %40, 0
  %317 = add i64 %315, %316
  %318 = getelementptr inbounds float, float* %0, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  store <8 x float> %311, <8 x float>* %319, align 4
  %320 = load <8 x float>, <8 x float>* %7, align 32
  %321 = mul i64 %32, 64
  %322 = add i64 %35, 3
  %323 = add i64 %321, %322
  %324 = mul i64 %323, 12544
  %325 = add i64 %40, 8
  %326 = add i64 %324, %325
  %327 = getelementptr inbounds float, float* %0, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  store <8 x float> %320, <8 x float>* %328, align 4
  %329 = load <8 x float>, <8 x float>* %6, align 32
  %330 = mul i64 %32, 64
  %331 = add i64 %35, 3
  %332 = add i64 %330, %331
  %333 = mul i64 %332, 12544
  %334 = add i64 %40, 16
  %335 = add i64 %333, %334
  %336 = getelementptr inbounds float, float* %0, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %329, <8 x float>* %337, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node6.conv2d_2.step0(i8* %0) #2 {
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
  %19 = add i64 8368, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 8368
  %23 = select i1 %22, i64 %21, i64 8368
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 8368
  %26 = select i1 %25, i64 %24, i64 8368
  call void @node6.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.batchNorm_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node7.batchNorm_3.step0(i8* %0) #2 {
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
  call void @node7.batchNorm_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.relu_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node8.relu_3.step0(i8* %0) #2 {
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
  call void @node8.relu_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.depthwiseConv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit20 ]
  %14 = icmp slt i64 %task, %5
  br i1 %14, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %15 = srem i64 %task, 1
  %16 = sdiv i64 %task, 1
  %17 = srem i64 %16, 56
  %18 = sdiv i64 %task, 56
  %19 = srem i64 %18, 64
  %20 = sdiv i64 %18, 64
  %21 = mul i64 %19, 1
  %22 = mul i64 %15, 1
  %23 = add i64 %21, %22
  %24 = mul i64 %20, 64
  %25 = mul i64 %19, 1
  %26 = add i64 %24, %25
  %27 = mul i64 %26, 12544
  %28 = mul i64 %17, 2
  %29 = sub i64 %28, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %30 = icmp slt i64 %x, 49
  br i1 %30, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %31 = icmp slt i64 %c, 1
  br i1 %31, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %32 = mul i64 %c, 12544
  %33 = add i64 %27, %32
  br label %i.header

c.exit:                                           ; preds = %c.header
  %34 = load <8 x float>, <8 x float>* %13, align 32
  %35 = add i64 %x, 0
  %36 = mul i64 %20, 64
  %37 = add i64 %23, 0
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 56
  %40 = add i64 %39, %17
  %41 = mul i64 %40, 56
  %42 = add i64 %41, %35
  %43 = getelementptr inbounds float, float* %0, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %34, <8 x float>* %44, align 4
  %45 = load <8 x float>, <8 x float>* %12, align 32
  %46 = add i64 %x, 8
  %47 = mul i64 %20, 64
  %48 = add i64 %23, 0
  %49 = add i64 %47, %48
  %50 = mul i64 %49, 56
  %51 = add i64 %50, %17
  %52 = mul i64 %51, 56
  %53 = add i64 %52, %46
  %54 = getelementptr inbounds float, float* %0, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  store <8 x float> %45, <8 x float>* %55, align 4
  %56 = load <8 x float>, <8 x float>* %11, align 32
  %57 = add i64 %x, 16
  %58 = mul i64 %20, 64
  %59 = add i64 %23, 0
  %60 = add i64 %58, %59
  %61 = mul i64 %60, 56
  %62 = add i64 %61, %17
  %63 = mul i64 %62, 56
  %64 = add i64 %63, %57
  %65 = getelementptr inbounds float, float* %0, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  store <8 x float> %56, <8 x float>* %66, align 4
  %67 = load <8 x float>, <8 x float>* %10, align 32
  %68 = add i64 %x, 24
  %69 = mul i64 %20, 64
  %70 = add i64 %23, 0
  %71 = add i64 %69, %70
  %72 = mul i64 %71, 56
  %73 = add i64 %72, %17
  %74 = mul i64 %73, 56
  %75 = add i64 %74, %68
  %76 = getelementptr inbounds float, float* %0, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  store <8 x float> %67, <8 x float>* %77, align 4
  %78 = load <8 x float>, <8 x float>* %9, align 32
  %79 = add i64 %x, 32
  %80 = mul i64 %20, 64
  %81 = add i64 %23, 0
  %82 = add i64 %80, %81
  %83 = mul i64 %82, 56
  %84 = add i64 %83, %17
  %85 = mul i64 %84, 56
  %86 = add i64 %85, %79
  %87 = getelementptr inbounds float, float* %0, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %78, <8 x float>* %88, align 4
  %89 = load <8 x float>, <8 x float>* %8, align 32
  %90 = add i64 %x, 40
  %91 = mul i64 %20, 64
  %92 = add i64 %23, 0
  %93 = add i64 %91, %92
  %94 = mul i64 %93, 56
  %95 = add i64 %94, %17
  %96 = mul i64 %95, 56
  %97 = add i64 %96, %90
  %98 = getelementptr inbounds float, float* %0, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %89, <8 x float>* %99, align 4
  %x.next = add i64 %x, 48
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %100 = icmp slt i64 %i, 3
  br i1 %100, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %101 = mul i64 %i, 1
  %102 = add i64 %29, %101
  %103 = icmp sge i64 %102, 0
  %104 = icmp slt i64 %102, 112
  %105 = and i1 %103, %104
  br i1 %105, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %106 = mul i64 %102, 112
  %107 = add i64 %33, %106
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %108 = icmp slt i64 %j, 3
  br i1 %108, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %109 = mul i64 %x, 2
  %110 = mul i64 %j, 1
  %111 = add i64 %109, %110
  %112 = sub i64 %111, 1
  %113 = add i64 %107, %112
  %114 = add i64 %113, 0
  %115 = getelementptr inbounds float, float* %1, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %114, 8
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = shufflevector <8 x float> %117, <8 x float> %121, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %123 = add i64 %113, 16
  %124 = getelementptr inbounds float, float* %1, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %123, 8
  %128 = getelementptr inbounds float, float* %1, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = shufflevector <8 x float> %126, <8 x float> %130, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %132 = add i64 %113, 32
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = add i64 %132, 8
  %137 = getelementptr inbounds float, float* %1, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = shufflevector <8 x float> %135, <8 x float> %139, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %141 = add i64 %113, 48
  %142 = getelementptr inbounds float, float* %1, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = add i64 %141, 8
  %146 = getelementptr inbounds float, float* %1, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = shufflevector <8 x float> %144, <8 x float> %148, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %150 = add i64 %113, 64
  %151 = getelementptr inbounds float, float* %1, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %150, 8
  %155 = getelementptr inbounds float, float* %1, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = shufflevector <8 x float> %153, <8 x float> %157, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %159 = add i64 %113, 80
  %160 = getelementptr inbounds float, float* %1, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  %162 = load <8 x float>, <8 x float>* %161, align 4
  %163 = add i64 %159, 8
  %164 = getelementptr inbounds float, float* %1, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = shufflevector <8 x float> %162, <8 x float> %166, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %168 = mul i64 %i, 3
  %169 = add i64 %168, %j
  %170 = add i64 %23, 0
  %171 = mul i64 %170, 1
  %172 = add i64 %171, %c
  %173 = mul i64 %172, 9
  %174 = add i64 %173, %169
  %175 = getelementptr inbounds float, float* bitcast ([2304 x i8]* @weight.depthwiseConv2d_2.weight to float*), i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %13, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %122, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %13, align 32
  %180 = load <8 x float>, <8 x float>* %12, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %131, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %12, align 32
  %182 = load <8 x float>, <8 x float>* %11, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %140, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %11, align 32
  %184 = load <8 x float>, <8 x float>* %10, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %149, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %10, align 32
  %186 = load <8 x float>, <8 x float>* %9, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %158, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %9, align 32
  %188 = load <8 x float>, <8 x float>* %8, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %167, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit3, %x.exit
  %xs = phi i64 [ 0, %x.exit ], [ %xs.next, %c.exit3 ]
  %190 = icmp slt i64 %xs, 1
  br i1 %190, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header1

xs.exit:                                          ; preds = %xs.header
  br label %xs.header18

c.header1:                                        ; preds = %i.exit7, %xs.body
  %c4 = phi i64 [ 0, %xs.body ], [ %c.next17, %i.exit7 ]
  %191 = icmp slt i64 %c4, 1
  br i1 %191, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %192 = mul i64 %c4, 12544
  %193 = add i64 %27, %192
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %194 = load float, float* %7, align 4
  %195 = mul i64 %20, 64
  %196 = add i64 %23, 0
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 56
  %199 = add i64 %198, %17
  %200 = mul i64 %199, 56
  %201 = add i64 %200, %xs
  %202 = getelementptr inbounds float, float* %0, i64 %201
  store float %194, float* %202, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next16, %endif10 ]
  %203 = icmp slt i64 %i8, 3
  br i1 %203, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %204 = mul i64 %i8, 1
  %205 = add i64 %29, %204
  %206 = icmp sge i64 %205, 0
  %207 = icmp slt i64 %205, 112
  %208 = and i1 %206, %207
  br i1 %208, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next17 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %209 = mul i64 %205, 112
  %210 = add i64 %193, %209
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next16 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next15, %j.body12 ]
  %211 = icmp slt i64 %j14, 3
  br i1 %211, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %212 = mul i64 %xs, 2
  %213 = mul i64 %j14, 1
  %214 = add i64 %212, %213
  %215 = sub i64 %214, 1
  %216 = icmp sge i64 %215, 0
  %217 = icmp slt i64 %215, 112
  %218 = and i1 %216, %217
  %219 = icmp sgt i64 %215, 0
  %220 = select i1 %219, i64 %215, i64 0
  %221 = icmp slt i64 %220, 111
  %222 = select i1 %221, i64 %220, i64 111
  %223 = add i64 %210, %222
  %224 = getelementptr inbounds float, float* %1, i64 %223
  %225 = load float, float* %224, align 4
  %226 = select i1 %218, float %225, float 0.000000e+00
  %227 = mul i64 %i8, 3
  %228 = add i64 %227, %j14
  %229 = add i64 %23, 0
  %230 = mul i64 %229, 1
  %231 = add i64 %230, %c4
  %232 = mul i64 %231, 9
  %233 = add i64 %232, %228
  %234 = getelementptr inbounds float, float* bitcast ([2304 x i8]* @weight.depthwiseConv2d_2.weight to float*), i64 %233
  %235 = load float, float* %234, align 4
  %236 = load float, float* %7, align 4
  %237 = call float @llvm.fma.f32(float %235, float %226, float %236)
  store float %237, float* %7, align 4
  %j.next15 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header18:                                      ; preds = %c.exit24, %xs.exit
  %xs21 = phi i64 [ 49, %xs.exit ], [ %xs.next39, %c.exit24 ]
  %238 = icmp slt i64 %xs21, 56
  br i1 %238, label %xs.body19, label %xs.exit20

xs.body19:                                        ; preds = %xs.header18
  store float 0.000000e+00, float* %6, align 4
  br label %c.header22

xs.exit20:                                        ; preds = %xs.header18
  %task.next = add i64 %task, 1
  br label %task.header

c.header22:                                       ; preds = %i.exit28, %xs.body19
  %c25 = phi i64 [ 0, %xs.body19 ], [ %c.next38, %i.exit28 ]
  %239 = icmp slt i64 %c25, 1
  br i1 %239, label %c.body23, label %c.exit24

c.body23:                                         ; preds = %c.header22
  %240 = mul i64 %c25, 12544
  %241 = add i64 %27, %240
  br label %i.header26

c.exit24:                                         ; preds = %c.header22
  %242 = load float, float* %6, align 4
  %243 = mul i64 %20, 64
  %244 = add i64 %23, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 56
  %247 = add i64 %246, %17
  %248 = mul i64 %247, 56
  %249 = add i64 %248, %xs21
  %250 = getelementptr inbounds float, float* %0, i64 %249
  store float %242, float* %250, align 4
  %xs.next39 = add i64 %xs21, 1
  br label %xs.header18

i.header26:                                       ; preds = %endif31, %c.body23
  %i29 = phi i64 [ 0, %c.body23 ], [ %i.next37, %endif31 ]
  %251 = icmp slt i64 %i29, 3
  br i1 %251, label %i.body27, label %i.exit28

i.body27:                                         ; preds = %i.header26
  %252 = mul i64 %i29, 1
  %253 = add i64 %29, %252
  %254 = icmp sge i64 %253, 0
  %255 = icmp slt i64 %253, 112
  %256 = and i1 %254, %255
  br i1 %256, label %then30, label %endif31

i.exit28:                                         ; preds = %i.header26
  %c.next38 = add i64 %c25, 1
  br label %c.header22

then30:                                           ; preds = %i.body27
  %257 = mul i64 %253, 112
  %258 = add i64 %241, %257
  br label %j.header32

endif31:                                          ; preds = %j.exit34, %i.body27
  %i.next37 = add i64 %i29, 1
  br label %i.header26

j.header32:                                       ; preds = %j.body33, %then30
  %j35 = phi i64 [ 0, %then30 ], [ %j.next36, %j.body33 ]
  %259 = icmp slt i64 %j35, 3
  br i1 %259, label %j.body33, label %j.exit34

j.body33:                                         ; preds = %j.header32
  %260 = mul i64 %xs21, 2
  %261 = mul i64 %j35, 1
  %262 = add i64 %260, %261
  %263 = sub i64 %262, 1
  %264 = icmp sge i64 %263, 0
  %265 = icmp slt i64 %263, 112
  %266 = and i1 %264, %265
  %267 = icmp sgt i64 %263, 0
  %268 = select i1 %267, i64 %263, i64 0
  %269 = icmp slt i64 %268, 111
  %270 = select i1 %269, i64 %268, i64 111
  %271 = add i64 %258, %270
  %272 = getelementptr inbounds float, float* %1, i64 %271
  %273 = load float, float* %272, align 4
  %274 = select i1 %266, float %273, float 0.000000e+00
  %275 = mul i64 %i29, 3
  %276 = add i64 %275, %j35
  %277 = add i64 %23, 0
  %278 = mul i64 %277, 1
  %279 = add i64 %278, %c25
  %280 = mul i64 %279, 9
  %281 = add i64 %280, %276
  %282 = getelementptr inbounds float, float* bitcast ([2304 x i8]* @weight.depthwiseConv2d_2.weight to float*), i64 %281
  %283 = load float, float* %282, align 4
  %284 = load float, float* %6, align 4
  %285 = call float @llvm.fma.f32(float %283, float %274, float %284)
  store float %285, float* %6, align 4
  %j.next36 = add i64 %j35, 1
  br label %j.header32

j.exit34:                                         ; preds = %j.header32
  br label %endif31
}

; Function Attrs: nounwind
define internal void @node9.depthwiseConv2d_2.step0(i8* %0) #2 {
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
  call void @node9.depthwiseConv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.batchNorm_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node10.batchNorm_4.step0(i8* %0) #2 {
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
  call void @node10.batchNorm_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.relu_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node11.relu_4.step0(i8* %0) #2 {
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
  call void @node11.relu_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 32
  %28 = sdiv i64 %task, 32
  %29 = srem i64 %28, 131
  %30 = sdiv i64 %task, 4192
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 128
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 64
  %37 = mul i64 %31, 64
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 3136
  %40 = mul i64 %29, 24
  %41 = icmp eq i64 %29, 130
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %42 = icmp slt i64 %c, 64
  br i1 %42, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %43 = mul i64 %c, 3136
  %44 = add i64 %43, %40
  %45 = add i64 %39, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %1, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %35, 0
  %55 = mul i64 %54, 64
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %25, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %25, align 32
  %62 = load <8 x float>, <8 x float>* %24, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %24, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 64
  %66 = add i64 %65, %c
  %67 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %23, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %23, align 32
  %72 = load <8 x float>, <8 x float>* %22, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %22, align 32
  %74 = add i64 %35, 2
  %75 = mul i64 %74, 64
  %76 = add i64 %75, %c
  %77 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %21, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %21, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %35, 3
  %85 = mul i64 %84, 64
  %86 = add i64 %85, %c
  %87 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %19, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %19, align 32
  %92 = load <8 x float>, <8 x float>* %18, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = mul i64 %32, 128
  %96 = add i64 %35, 0
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 3136
  %99 = add i64 %40, 0
  %100 = add i64 %98, %99
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %94, <8 x float>* %102, align 4
  %103 = load <8 x float>, <8 x float>* %24, align 32
  %104 = mul i64 %32, 128
  %105 = add i64 %35, 0
  %106 = add i64 %104, %105
  %107 = mul i64 %106, 3136
  %108 = add i64 %40, 8
  %109 = add i64 %107, %108
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %103, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %23, align 32
  %113 = mul i64 %32, 128
  %114 = add i64 %35, 1
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 3136
  %117 = add i64 %40, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %112, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %22, align 32
  %122 = mul i64 %32, 128
  %123 = add i64 %35, 1
  %124 = add i64 %122, %123
  %125 = mul i64 %124, 3136
  %126 = add i64 %40, 8
  %127 = add i64 %125, %126
  %128 = getelementptr inbounds float, float* %0, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %121, <8 x float>* %129, align 4
  %130 = load <8 x float>, <8 x float>* %21, align 32
  %131 = mul i64 %32, 128
  %132 = add i64 %35, 2
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 3136
  %135 = add i64 %40, 0
  %136 = add i64 %134, %135
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %130, <8 x float>* %138, align 4
  %139 = load <8 x float>, <8 x float>* %20, align 32
  %140 = mul i64 %32, 128
  %141 = add i64 %35, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 3136
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %19, align 32
  %149 = mul i64 %32, 128
  %150 = add i64 %35, 3
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 3136
  %153 = add i64 %40, 0
  %154 = add i64 %152, %153
  %155 = getelementptr inbounds float, float* %0, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %148, <8 x float>* %156, align 4
  %157 = load <8 x float>, <8 x float>* %18, align 32
  %158 = mul i64 %32, 128
  %159 = add i64 %35, 3
  %160 = add i64 %158, %159
  %161 = mul i64 %160, 3136
  %162 = add i64 %40, 8
  %163 = add i64 %161, %162
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %157, <8 x float>* %165, align 4
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %166 = icmp slt i64 %c7, 64
  br i1 %166, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %167 = mul i64 %c7, 3136
  %168 = add i64 %167, %40
  %169 = add i64 %39, %168
  %170 = add i64 %169, 0
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %169, 8
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = add i64 %169, 16
  %179 = getelementptr inbounds float, float* %1, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %35, 0
  %183 = mul i64 %182, 64
  %184 = add i64 %183, %c7
  %185 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat8 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %17, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %17, align 32
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %177, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = load <8 x float>, <8 x float>* %15, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %181, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %15, align 32
  %194 = add i64 %35, 1
  %195 = mul i64 %194, 64
  %196 = add i64 %195, %c7
  %197 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat9 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %14, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %14, align 32
  %202 = load <8 x float>, <8 x float>* %13, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %177, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %13, align 32
  %204 = load <8 x float>, <8 x float>* %12, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %181, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %12, align 32
  %206 = add i64 %35, 2
  %207 = mul i64 %206, 64
  %208 = add i64 %207, %c7
  %209 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat10 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %11, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %11, align 32
  %214 = load <8 x float>, <8 x float>* %10, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %177, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %10, align 32
  %216 = load <8 x float>, <8 x float>* %9, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %181, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %9, align 32
  %218 = add i64 %35, 3
  %219 = mul i64 %218, 64
  %220 = add i64 %219, %c7
  %221 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat11 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %8, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %8, align 32
  %226 = load <8 x float>, <8 x float>* %7, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %177, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %7, align 32
  %228 = load <8 x float>, <8 x float>* %6, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %181, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %230 = load <8 x float>, <8 x float>* %17, align 32
  %231 = mul i64 %32, 128
  %232 = add i64 %35, 0
  %233 = add i64 %231, %232
  %234 = mul i64 %233, 3136
  %235 = add i64 %40, 0
  %236 = add i64 %234, %235
  %237 = getelementptr inbounds float, float* %0, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %230, <8 x float>* %238, align 4
  %239 = load <8 x float>, <8 x float>* %16, align 32
  %240 = mul i64 %32, 128
  %241 = add i64 %35, 0
  %242 = add i64 %240, %241
  %243 = mul i64 %242, 3136
  %244 = add i64 %40, 8
  %245 = add i64 %243, %244
  %246 = getelementptr inbounds float, float* %0, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %239, <8 x float>* %247, align 4
  %248 = load <8 x float>, <8 x float>* %15, align 32
  %249 = mul i64 %32, 128
  %250 = add i64 %35, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 3136
  %253 = add i64 %40, 16
  %254 = add i64 %252, %253
  %255 = getelementptr inbounds float, float* %0, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %248, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %14, align 32
  %258 = mul i64 %32, 128
  %259 = add i64 %35, 1
  %260 = add i64 %258, %259
  %261 = mul i64 %260, 3136
  %262 = add i64 %40, 0
  %263 = add i64 %261, %262
  %264 = getelementptr inbounds float, float* %0, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  store <8 x float> %257, <8 x float>* %265, align 4
  %266 = load <8 x float>, <8 x float>* %13, align 32
  %267 = mul i64 %32, 128
  %268 = add i64 %35, 1
  %269 = add i64 %267, %268
  %270 = mul i64 %269, 3136
  %271 = add i64 %40, 8
  %272 = add i64 %270, %271
  %273 = getelementptr inbounds float, float* %0, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %266, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %12, align 32
  %276 = mul i64 %32, 128
  %277 = add i64 %35, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 3136
  %280 = add i64 %40, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = mul i64 %32, 128
  %286 = add i64 %35, 2
  %287 = add i64 %285, %286
  %288 = mul i64 %287, 3136
  %289 = add i64 %40, 0
  %290 = add i64 %288, %289
  %291 = getelementptr inbounds float, float* %0, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %284, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %10, align 32
  %294 = mul i64 %32, 128
  %295 = add i64 %35, 2
  %296 = add i64 %294, %295
  %297 = mul i64 %296, 3136
  %298 = add i64 %40, 8
  %299 = add i64 %297, %298
  %300 = getelementptr inbounds float, float* %0, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %293, <8 x float>* %301, align 4
  %302 = load <8 x float>, <8 x float>* %9, align 32
  %303 = mul i64 %32, 128
  %304 = add i64 %35, 2
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 3136
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %32, 128
  %313 = add i64 %35, 3
  %314 = add i64 %312, %313
  %315 = mul i64 %314, 3136
  %316 = add i64 %40, 0
  %317 = add i64 %315, %316
  %318 = getelementptr inbounds float, float* %0, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  store <8 x float> %311, <8 x float>* %319, align 4
  %320 = load <8 x float>, <8 x float>* %7, align 32
  %321 = mul i64 %32, 128
  %322 = add i64 %35, 3
  %323 = add i64 %321, %322
  %324 = mul i64 %323, 3136
  %325 = add i64 %40, 8
  %326 = add i64 %324, %325
  %327 = getelementptr inbounds float, float* %0, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  store <8 x float> %320, <8 x float>* %328, align 4
  %329 = load <8 x float>, <8 x float>* %6, align 32
  %330 = mul i64 %32, 128
  %331 = add i64 %35, 3
  %332 = add i64 %330, %331
  %333 = mul i64 %332, 3136
  %334 = add i64 %40, 16
  %335 = add i64 %333, %334
  %336 = getelementptr inbounds float, float* %0, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %329, <8 x float>* %337, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node12.conv2d_3.step0(i8* %0) #2 {
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
  %19 = add i64 4192, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4192
  %23 = select i1 %22, i64 %21, i64 4192
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4192
  %26 = select i1 %25, i64 %24, i64 4192
  call void @node12.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.batchNorm_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 128
  %8 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_5.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.batchNorm_5.shift to float*), i64 %7
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
define internal void @node13.batchNorm_5.step0(i8* %0) #2 {
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
  call void @node13.batchNorm_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.relu_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 401408
  %10 = select i1 %9, i64 %8, i64 401408
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
define internal void @node14.relu_5.step0(i8* %0) #2 {
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
  %19 = add i64 25, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 25
  %23 = select i1 %22, i64 %21, i64 25
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 25
  %26 = select i1 %25, i64 %24, i64 25
  call void @node14.relu_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.depthwiseConv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit38, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit38 ]
  %15 = icmp slt i64 %task, %5
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = srem i64 %17, 56
  %19 = sdiv i64 %task, 56
  %20 = srem i64 %19, 128
  %21 = sdiv i64 %19, 128
  %22 = mul i64 %20, 1
  %23 = mul i64 %16, 1
  %24 = add i64 %22, %23
  %25 = mul i64 %21, 128
  %26 = mul i64 %20, 1
  %27 = add i64 %25, %26
  %28 = mul i64 %27, 3136
  %29 = mul i64 %18, 1
  %30 = sub i64 %29, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %31 = icmp slt i64 %x, 49
  br i1 %31, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header1

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %32 = icmp slt i64 %c, 1
  br i1 %32, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %33 = mul i64 %c, 3136
  %34 = add i64 %28, %33
  br label %i.header

c.exit:                                           ; preds = %c.header
  %35 = load <8 x float>, <8 x float>* %14, align 32
  %36 = add i64 %x, 0
  %37 = mul i64 %21, 128
  %38 = add i64 %24, 0
  %39 = add i64 %37, %38
  %40 = mul i64 %39, 56
  %41 = add i64 %40, %18
  %42 = mul i64 %41, 56
  %43 = add i64 %42, %36
  %44 = getelementptr inbounds float, float* %0, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  store <8 x float> %35, <8 x float>* %45, align 4
  %46 = load <8 x float>, <8 x float>* %13, align 32
  %47 = add i64 %x, 8
  %48 = mul i64 %21, 128
  %49 = add i64 %24, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 56
  %52 = add i64 %51, %18
  %53 = mul i64 %52, 56
  %54 = add i64 %53, %47
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  store <8 x float> %46, <8 x float>* %56, align 4
  %57 = load <8 x float>, <8 x float>* %12, align 32
  %58 = add i64 %x, 16
  %59 = mul i64 %21, 128
  %60 = add i64 %24, 0
  %61 = add i64 %59, %60
  %62 = mul i64 %61, 56
  %63 = add i64 %62, %18
  %64 = mul i64 %63, 56
  %65 = add i64 %64, %58
  %66 = getelementptr inbounds float, float* %0, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  store <8 x float> %57, <8 x float>* %67, align 4
  %68 = load <8 x float>, <8 x float>* %11, align 32
  %69 = add i64 %x, 24
  %70 = mul i64 %21, 128
  %71 = add i64 %24, 0
  %72 = add i64 %70, %71
  %73 = mul i64 %72, 56
  %74 = add i64 %73, %18
  %75 = mul i64 %74, 56
  %76 = add i64 %75, %69
  %77 = getelementptr inbounds float, float* %0, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  store <8 x float> %68, <8 x float>* %78, align 4
  %79 = load <8 x float>, <8 x float>* %10, align 32
  %80 = add i64 %x, 32
  %81 = mul i64 %21, 128
  %82 = add i64 %24, 0
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 56
  %85 = add i64 %84, %18
  %86 = mul i64 %85, 56
  %87 = add i64 %86, %80
  %88 = getelementptr inbounds float, float* %0, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %79, <8 x float>* %89, align 4
  %90 = load <8 x float>, <8 x float>* %9, align 32
  %91 = add i64 %x, 40
  %92 = mul i64 %21, 128
  %93 = add i64 %24, 0
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 56
  %96 = add i64 %95, %18
  %97 = mul i64 %96, 56
  %98 = add i64 %97, %91
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %90, <8 x float>* %100, align 4
  %x.next = add i64 %x, 48
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %101 = icmp slt i64 %i, 3
  br i1 %101, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %102 = mul i64 %i, 1
  %103 = add i64 %30, %102
  %104 = icmp sge i64 %103, 0
  %105 = icmp slt i64 %103, 56
  %106 = and i1 %104, %105
  br i1 %106, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %107 = mul i64 %103, 56
  %108 = add i64 %34, %107
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %109 = icmp slt i64 %j, 3
  br i1 %109, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %110 = mul i64 %x, 1
  %111 = mul i64 %j, 1
  %112 = add i64 %110, %111
  %113 = sub i64 %112, 1
  %114 = add i64 %108, %113
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %1, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %114, 8
  %120 = getelementptr inbounds float, float* %1, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %114, 16
  %124 = getelementptr inbounds float, float* %1, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %114, 24
  %128 = getelementptr inbounds float, float* %1, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %114, 32
  %132 = getelementptr inbounds float, float* %1, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = add i64 %114, 40
  %136 = getelementptr inbounds float, float* %1, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = mul i64 %i, 3
  %140 = add i64 %139, %j
  %141 = add i64 %24, 0
  %142 = mul i64 %141, 1
  %143 = add i64 %142, %c
  %144 = mul i64 %143, 9
  %145 = add i64 %144, %140
  %146 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_3.weight to float*), i64 %145
  %147 = load float, float* %146, align 4
  %148 = insertelement <8 x float> undef, float %147, i32 0
  %splat = shufflevector <8 x float> %148, <8 x float> undef, <8 x i32> zeroinitializer
  %149 = load <8 x float>, <8 x float>* %14, align 32
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %118, <8 x float> %149)
  store <8 x float> %150, <8 x float>* %14, align 32
  %151 = load <8 x float>, <8 x float>* %13, align 32
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %122, <8 x float> %151)
  store <8 x float> %152, <8 x float>* %13, align 32
  %153 = load <8 x float>, <8 x float>* %12, align 32
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %126, <8 x float> %153)
  store <8 x float> %154, <8 x float>* %12, align 32
  %155 = load <8 x float>, <8 x float>* %11, align 32
  %156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %130, <8 x float> %155)
  store <8 x float> %156, <8 x float>* %11, align 32
  %157 = load <8 x float>, <8 x float>* %10, align 32
  %158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %134, <8 x float> %157)
  store <8 x float> %158, <8 x float>* %10, align 32
  %159 = load <8 x float>, <8 x float>* %9, align 32
  %160 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %138, <8 x float> %159)
  store <8 x float> %160, <8 x float>* %9, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header1:                                        ; preds = %i.exit7, %x.exit
  %c4 = phi i64 [ 0, %x.exit ], [ %c.next18, %i.exit7 ]
  %161 = icmp slt i64 %c4, 1
  br i1 %161, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %162 = mul i64 %c4, 3136
  %163 = add i64 %28, %162
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %164 = load <8 x float>, <8 x float>* %8, align 32
  %165 = mul i64 %21, 128
  %166 = add i64 %24, 0
  %167 = add i64 %165, %166
  %168 = mul i64 %167, 56
  %169 = add i64 %168, %18
  %170 = mul i64 %169, 56
  %171 = add i64 %170, 49
  %172 = getelementptr inbounds float, float* %0, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %164, <8 x float>* %173, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next17, %endif10 ]
  %174 = icmp slt i64 %i8, 3
  br i1 %174, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %175 = mul i64 %i8, 1
  %176 = add i64 %30, %175
  %177 = icmp sge i64 %176, 0
  %178 = icmp slt i64 %176, 56
  %179 = and i1 %177, %178
  br i1 %179, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next18 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %180 = mul i64 %176, 56
  %181 = add i64 %163, %180
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next17 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next16, %j.body12 ]
  %182 = icmp slt i64 %j14, 3
  br i1 %182, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %183 = mul i64 %j14, 1
  %184 = add i64 49, %183
  %185 = sub i64 %184, 1
  %186 = add i64 %181, %185
  %187 = add i64 %186, 0
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %189, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %191 = mul i64 %i8, 3
  %192 = add i64 %191, %j14
  %193 = add i64 %24, 0
  %194 = mul i64 %193, 1
  %195 = add i64 %194, %c4
  %196 = mul i64 %195, 9
  %197 = add i64 %196, %192
  %198 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_3.weight to float*), i64 %197
  %199 = load float, float* %198, align 4
  %200 = insertelement <8 x float> undef, float %199, i32 0
  %splat15 = shufflevector <8 x float> %200, <8 x float> undef, <8 x i32> zeroinitializer
  %201 = load <8 x float>, <8 x float>* %8, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %190, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %8, align 32
  %j.next16 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header:                                        ; preds = %c.exit21, %c.exit3
  %xs = phi i64 [ 0, %c.exit3 ], [ %xs.next, %c.exit21 ]
  %203 = icmp slt i64 %xs, 1
  br i1 %203, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header19

xs.exit:                                          ; preds = %xs.header
  br label %xs.header36

c.header19:                                       ; preds = %i.exit25, %xs.body
  %c22 = phi i64 [ 0, %xs.body ], [ %c.next35, %i.exit25 ]
  %204 = icmp slt i64 %c22, 1
  br i1 %204, label %c.body20, label %c.exit21

c.body20:                                         ; preds = %c.header19
  %205 = mul i64 %c22, 3136
  %206 = add i64 %28, %205
  br label %i.header23

c.exit21:                                         ; preds = %c.header19
  %207 = load float, float* %7, align 4
  %208 = mul i64 %21, 128
  %209 = add i64 %24, 0
  %210 = add i64 %208, %209
  %211 = mul i64 %210, 56
  %212 = add i64 %211, %18
  %213 = mul i64 %212, 56
  %214 = add i64 %213, %xs
  %215 = getelementptr inbounds float, float* %0, i64 %214
  store float %207, float* %215, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header23:                                       ; preds = %endif28, %c.body20
  %i26 = phi i64 [ 0, %c.body20 ], [ %i.next34, %endif28 ]
  %216 = icmp slt i64 %i26, 3
  br i1 %216, label %i.body24, label %i.exit25

i.body24:                                         ; preds = %i.header23
  %217 = mul i64 %i26, 1
  %218 = add i64 %30, %217
  %219 = icmp sge i64 %218, 0
  %220 = icmp slt i64 %218, 56
  %221 = and i1 %219, %220
  br i1 %221, label %then27, label %endif28

i.exit25:                                         ; preds = %i.header23
  %c.next35 = add i64 %c22, 1
  br label %c.header19

then27:                                           ; preds = %i.body24
  %222 = mul i64 %218, 56
  %223 = add i64 %206, %222
  br label %j.header29

endif28:                                          ; preds = %j.exit31, %i.body24
  %i.next34 = add i64 %i26, 1
  br label %i.header23

j.header29:                                       ; preds = %j.body30, %then27
  %j32 = phi i64 [ 0, %then27 ], [ %j.next33, %j.body30 ]
  %224 = icmp slt i64 %j32, 3
  br i1 %224, label %j.body30, label %j.exit31

j.body30:                                         ; preds = %j.header29
  %225 = mul i64 %xs, 1
  %226 = mul i64 %j32, 1
  %227 = add i64 %225, %226
  %228 = sub i64 %227, 1
  %229 = icmp sge i64 %228, 0
  %230 = icmp slt i64 %228, 56
  %231 = and i1 %229, %230
  %232 = icmp sgt i64 %228, 0
  %233 = select i1 %232, i64 %228, i64 0
  %234 = icmp slt i64 %233, 55
  %235 = select i1 %234, i64 %233, i64 55
  %236 = add i64 %223, %235
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = select i1 %231, float %238, float 0.000000e+00
  %240 = mul i64 %i26, 3
  %241 = add i64 %240, %j32
  %242 = add i64 %24, 0
  %243 = mul i64 %242, 1
  %244 = add i64 %243, %c22
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_3.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = load float, float* %7, align 4
  %250 = call float @llvm.fma.f32(float %248, float %239, float %249)
  store float %250, float* %7, align 4
  %j.next33 = add i64 %j32, 1
  br label %j.header29

j.exit31:                                         ; preds = %j.header29
  br label %endif28

xs.header36:                                      ; preds = %c.exit42, %xs.exit
  %xs39 = phi i64 [ 55, %xs.exit ], [ %xs.next57, %c.exit42 ]
  %251 = icmp slt i64 %xs39, 56
  br i1 %251, label %xs.body37, label %xs.exit38

xs.body37:                                        ; preds = %xs.header36
  store float 0.000000e+00, float* %6, align 4
  br label %c.header40

xs.exit38:                                        ; preds = %xs.header36
  %task.next = add i64 %task, 1
  br label %task.header

c.header40:                                       ; preds = %i.exit46, %xs.body37
  %c43 = phi i64 [ 0, %xs.body37 ], [ %c.next56, %i.exit46 ]
  %252 = icmp slt i64 %c43, 1
  br i1 %252, label %c.body41, label %c.exit42

c.body41:                                         ; preds = %c.header40
  %253 = mul i64 %c43, 3136
  %254 = add i64 %28, %253
  br label %i.header44

c.exit42:                                         ; preds = %c.header40
  %255 = load float, float* %6, align 4
  %256 = mul i64 %21, 128
  %257 = add i64 %24, 0
  %258 = add i64 %256, %257
  %259 = mul i64 %258, 56
  %260 = add i64 %259, %18
  %261 = mul i64 %260, 56
  %262 = add i64 %261, %xs39
  %263 = getelementptr inbounds float, float* %0, i64 %262
  store float %255, float* %263, align 4
  %xs.next57 = add i64 %xs39, 1
  br label %xs.header36

i.header44:                                       ; preds = %endif49, %c.body41
  %i47 = phi i64 [ 0, %c.body41 ], [ %i.next55, %endif49 ]
  %264 = icmp slt i64 %i47, 3
  br i1 %264, label %i.body45, label %i.exit46

i.body45:                                         ; preds = %i.header44
  %265 = mul i64 %i47, 1
  %266 = add i64 %30, %265
  %267 = icmp sge i64 %266, 0
  %268 = icmp slt i64 %266, 56
  %269 = and i1 %267, %268
  br i1 %269, label %then48, label %endif49

i.exit46:                                         ; preds = %i.header44
  %c.next56 = add i64 %c43, 1
  br label %c.header40

then48:                                           ; preds = %i.body45
  %270 = mul i64 %266, 56
  %271 = add i64 %254, %270
  br label %j.header50

endif49:                                          ; preds = %j.exit52, %i.body45
  %i.next55 = add i64 %i47, 1
  br label %i.header44

j.header50:                                       ; preds = %j.body51, %then48
  %j53 = phi i64 [ 0, %then48 ], [ %j.next54, %j.body51 ]
  %272 = icmp slt i64 %j53, 3
  br i1 %272, label %j.body51, label %j.exit52

j.body51:                                         ; preds = %j.header50
  %273 = mul i64 %xs39, 1
  %274 = mul i64 %j53, 1
  %275 = add i64 %273, %274
  %276 = sub i64 %275, 1
  %277 = icmp sge i64 %276, 0
  %278 = icmp slt i64 %276, 56
  %279 = and i1 %277, %278
  %280 = icmp sgt i64 %276, 0
  %281 = select i1 %280, i64 %276, i64 0
  %282 = icmp slt i64 %281, 55
  %283 = select i1 %282, i64 %281, i64 55
  %284 = add i64 %271, %283
  %285 = getelementptr inbounds float, float* %1, i64 %284
  %286 = load float, float* %285, align 4
  %287 = select i1 %279, float %286, float 0.000000e+00
  %288 = mul i64 %i47, 3
  %289 = add i64 %288, %j53
  %290 = add i64 %24, 0
  %291 = mul i64 %290, 1
  %292 = add i64 %291, %c43
  %293 = mul i64 %292, 9
  %294 = add i64 %293, %289
  %295 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_3.weight to float*), i64 %294
  %296 = load float, float* %295, align 4
  %297 = load float, float* %6, align 4
  %298 = call float @llvm.fma.f32(float %296, float %287, float %297)
  store float %298, float* %6, align 4
  %j.next54 = add i64 %j53, 1
  br label %j.header50

j.exit52:                                         ; preds = %j.header50
  br label %endif49
}

; Function Attrs: nounwind
define internal void @node15.depthwiseConv2d_3.step0(i8* %0) #2 {
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
  call void @node15.depthwiseConv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.batchNorm_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node16.batchNorm_6.step0(i8* %0) #2 {
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
  call void @node16.batchNorm_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.relu_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 401408
  %10 = select i1 %9, i64 %8, i64 401408
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
define internal void @node17.relu_6.step0(i8* %0) #2 {
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
  %19 = add i64 25, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 25
  %23 = select i1 %22, i64 %21, i64 25
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 25
  %26 = select i1 %25, i64 %24, i64 25
  call void @node17.relu_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 32
  %28 = sdiv i64 %task, 32
  %29 = srem i64 %28, 131
  %30 = sdiv i64 %task, 4192
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 128
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 128
  %37 = mul i64 %31, 128
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 3136
  %40 = mul i64 %29, 24
  %41 = icmp eq i64 %29, 130
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %42 = icmp slt i64 %c, 128
  br i1 %42, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %43 = mul i64 %c, 3136
  %44 = add i64 %43, %40
  %45 = add i64 %39, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %1, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %35, 0
  %55 = mul i64 %54, 128
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %25, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %25, align 32
  %62 = load <8 x float>, <8 x float>* %24, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %24, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 128
  %66 = add i64 %65, %c
  %67 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %23, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %23, align 32
  %72 = load <8 x float>, <8 x float>* %22, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %22, align 32
  %74 = add i64 %35, 2
  %75 = mul i64 %74, 128
  %76 = add i64 %75, %c
  %77 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %21, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %21, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %35, 3
  %85 = mul i64 %84, 128
  %86 = add i64 %85, %c
  %87 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %19, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %19, align 32
  %92 = load <8 x float>, <8 x float>* %18, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = mul i64 %32, 128
  %96 = add i64 %35, 0
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 3136
  %99 = add i64 %40, 0
  %100 = add i64 %98, %99
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %94, <8 x float>* %102, align 4
  %103 = load <8 x float>, <8 x float>* %24, align 32
  %104 = mul i64 %32, 128
  %105 = add i64 %35, 0
  %106 = add i64 %104, %105
  %107 = mul i64 %106, 3136
  %108 = add i64 %40, 8
  %109 = add i64 %107, %108
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %103, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %23, align 32
  %113 = mul i64 %32, 128
  %114 = add i64 %35, 1
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 3136
  %117 = add i64 %40, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %112, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %22, align 32
  %122 = mul i64 %32, 128
  %123 = add i64 %35, 1
  %124 = add i64 %122, %123
  %125 = mul i64 %124, 3136
  %126 = add i64 %40, 8
  %127 = add i64 %125, %126
  %128 = getelementptr inbounds float, float* %0, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %121, <8 x float>* %129, align 4
  %130 = load <8 x float>, <8 x float>* %21, align 32
  %131 = mul i64 %32, 128
  %132 = add i64 %35, 2
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 3136
  %135 = add i64 %40, 0
  %136 = add i64 %134, %135
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %130, <8 x float>* %138, align 4
  %139 = load <8 x float>, <8 x float>* %20, align 32
  %140 = mul i64 %32, 128
  %141 = add i64 %35, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 3136
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %19, align 32
  %149 = mul i64 %32, 128
  %150 = add i64 %35, 3
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 3136
  %153 = add i64 %40, 0
  %154 = add i64 %152, %153
  %155 = getelementptr inbounds float, float* %0, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %148, <8 x float>* %156, align 4
  %157 = load <8 x float>, <8 x float>* %18, align 32
  %158 = mul i64 %32, 128
  %159 = add i64 %35, 3
  %160 = add i64 %158, %159
  %161 = mul i64 %160, 3136
  %162 = add i64 %40, 8
  %163 = add i64 %161, %162
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %157, <8 x float>* %165, align 4
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %166 = icmp slt i64 %c7, 128
  br i1 %166, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %167 = mul i64 %c7, 3136
  %168 = add i64 %167, %40
  %169 = add i64 %39, %168
  %170 = add i64 %169, 0
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %169, 8
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = add i64 %169, 16
  %179 = getelementptr inbounds float, float* %1, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %35, 0
  %183 = mul i64 %182, 128
  %184 = add i64 %183, %c7
  %185 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat8 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %17, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %17, align 32
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %177, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = load <8 x float>, <8 x float>* %15, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %181, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %15, align 32
  %194 = add i64 %35, 1
  %195 = mul i64 %194, 128
  %196 = add i64 %195, %c7
  %197 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat9 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %14, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %14, align 32
  %202 = load <8 x float>, <8 x float>* %13, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %177, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %13, align 32
  %204 = load <8 x float>, <8 x float>* %12, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %181, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %12, align 32
  %206 = add i64 %35, 2
  %207 = mul i64 %206, 128
  %208 = add i64 %207, %c7
  %209 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat10 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %11, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %11, align 32
  %214 = load <8 x float>, <8 x float>* %10, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %177, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %10, align 32
  %216 = load <8 x float>, <8 x float>* %9, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %181, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %9, align 32
  %218 = add i64 %35, 3
  %219 = mul i64 %218, 128
  %220 = add i64 %219, %c7
  %221 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat11 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %8, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %8, align 32
  %226 = load <8 x float>, <8 x float>* %7, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %177, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %7, align 32
  %228 = load <8 x float>, <8 x float>* %6, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %181, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %230 = load <8 x float>, <8 x float>* %17, align 32
  %231 = mul i64 %32, 128
  %232 = add i64 %35, 0
  %233 = add i64 %231, %232
  %234 = mul i64 %233, 3136
  %235 = add i64 %40, 0
  %236 = add i64 %234, %235
  %237 = getelementptr inbounds float, float* %0, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %230, <8 x float>* %238, align 4
  %239 = load <8 x float>, <8 x float>* %16, align 32
  %240 = mul i64 %32, 128
  %241 = add i64 %35, 0
  %242 = add i64 %240, %241
  %243 = mul i64 %242, 3136
  %244 = add i64 %40, 8
  %245 = add i64 %243, %244
  %246 = getelementptr inbounds float, float* %0, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %239, <8 x float>* %247, align 4
  %248 = load <8 x float>, <8 x float>* %15, align 32
  %249 = mul i64 %32, 128
  %250 = add i64 %35, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 3136
  %253 = add i64 %40, 16
  %254 = add i64 %252, %253
  %255 = getelementptr inbounds float, float* %0, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %248, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %14, align 32
  %258 = mul i64 %32, 128
  %259 = add i64 %35, 1
  %260 = add i64 %258, %259
  %261 = mul i64 %260, 3136
  %262 = add i64 %40, 0
  %263 = add i64 %261, %262
  %264 = getelementptr inbounds float, float* %0, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  store <8 x float> %257, <8 x float>* %265, align 4
  %266 = load <8 x float>, <8 x float>* %13, align 32
  %267 = mul i64 %32, 128
  %268 = add i64 %35, 1
  %269 = add i64 %267, %268
  %270 = mul i64 %269, 3136
  %271 = add i64 %40, 8
  %272 = add i64 %270, %271
  %273 = getelementptr inbounds float, float* %0, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %266, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %12, align 32
  %276 = mul i64 %32, 128
  %277 = add i64 %35, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 3136
  %280 = add i64 %40, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = mul i64 %32, 128
  %286 = add i64 %35, 2
  %287 = add i64 %285, %286
  %288 = mul i64 %287, 3136
  %289 = add i64 %40, 0
  %290 = add i64 %288, %289
  %291 = getelementptr inbounds float, float* %0, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %284, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %10, align 32
  %294 = mul i64 %32, 128
  %295 = add i64 %35, 2
  %296 = add i64 %294, %295
  %297 = mul i64 %296, 3136
  %298 = add i64 %40, 8
  %299 = add i64 %297, %298
  %300 = getelementptr inbounds float, float* %0, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %293, <8 x float>* %301, align 4
  %302 = load <8 x float>, <8 x float>* %9, align 32
  %303 = mul i64 %32, 128
  %304 = add i64 %35, 2
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 3136
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %32, 128
  %313 = add i64 %35, 3
  %314 = add i64 %312, %313
  %315 = mul i64 %314, 3136
  %316 = add i64 %40, 0
  %317 = add i64 %315, %316
  %318 = getelementptr inbounds float, float* %0, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  store <8 x float> %311, <8 x float>* %319, align 4
  %320 = load <8 x float>, <8 x float>* %7, align 32
  %321 = mul i64 %32, 128
  %322 = add i64 %35, 3
  %323 = add i64 %321, %322
  %324 = mul i64 %323, 3136
  %325 = add i64 %40, 8
  %326 = add i64 %324, %325
  %327 = getelementptr inbounds float, float* %0, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  store <8 x float> %320, <8 x float>* %328, align 4
  %329 = load <8 x float>, <8 x float>* %6, align 32
  %330 = mul i64 %32, 128
  %331 = add i64 %35, 3
  %332 = add i64 %330, %331
  %333 = mul i64 %332, 3136
  %334 = add i64 %40, 16
  %335 = add i64 %333, %334
  %336 = getelementptr inbounds float, float* %0, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %329, <8 x float>* %337, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node18.conv2d_4.step0(i8* %0) #2 {
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
  %19 = add i64 4192, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 4192
  %23 = select i1 %22, i64 %21, i64 4192
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 4192
  %26 = select i1 %25, i64 %24, i64 4192
  call void @node18.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node19.batchNorm_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node19.batchNorm_7.step0(i8* %0) #2 {
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
  call void @node19.batchNorm_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node20.relu_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = mul i64 %task, 16384
  %8 = add i64 %7, 16384
  %9 = icmp slt i64 %8, 401408
  %10 = select i1 %9, i64 %8, i64 401408
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
define internal void @node20.relu_7.step0(i8* %0) #2 {
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
  %19 = add i64 25, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 25
  %23 = select i1 %22, i64 %21, i64 25
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 25
  %26 = select i1 %25, i64 %24, i64 25
  call void @node20.relu_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node21.depthwiseConv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit3 ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = srem i64 %task, 1
  %10 = sdiv i64 %task, 1
  %11 = srem i64 %10, 28
  %12 = sdiv i64 %task, 28
  %13 = srem i64 %12, 128
  %14 = sdiv i64 %12, 128
  %15 = mul i64 %13, 1
  %16 = mul i64 %9, 1
  %17 = add i64 %15, %16
  %18 = mul i64 %14, 128
  %19 = mul i64 %13, 1
  %20 = add i64 %18, %19
  %21 = mul i64 %20, 3136
  %22 = mul i64 %11, 2
  %23 = sub i64 %22, 1
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %24 = icmp slt i64 %xs, 1
  br i1 %24, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %25 = icmp slt i64 %c, 1
  br i1 %25, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %26 = mul i64 %c, 3136
  %27 = add i64 %21, %26
  br label %i.header

c.exit:                                           ; preds = %c.header
  %28 = load float, float* %7, align 4
  %29 = mul i64 %14, 128
  %30 = add i64 %17, 0
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 28
  %33 = add i64 %32, %11
  %34 = mul i64 %33, 28
  %35 = add i64 %34, %xs
  %36 = getelementptr inbounds float, float* %0, i64 %35
  store float %28, float* %36, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %37 = icmp slt i64 %i, 3
  br i1 %37, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %38 = mul i64 %i, 1
  %39 = add i64 %23, %38
  %40 = icmp sge i64 %39, 0
  %41 = icmp slt i64 %39, 56
  %42 = and i1 %40, %41
  br i1 %42, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %43 = mul i64 %39, 56
  %44 = add i64 %27, %43
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %45 = icmp slt i64 %j, 3
  br i1 %45, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %46 = mul i64 %xs, 2
  %47 = mul i64 %j, 1
  %48 = add i64 %46, %47
  %49 = sub i64 %48, 1
  %50 = icmp sge i64 %49, 0
  %51 = icmp slt i64 %49, 56
  %52 = and i1 %50, %51
  %53 = icmp sgt i64 %49, 0
  %54 = select i1 %53, i64 %49, i64 0
  %55 = icmp slt i64 %54, 55
  %56 = select i1 %55, i64 %54, i64 55
  %57 = add i64 %44, %56
  %58 = getelementptr inbounds float, float* %1, i64 %57
  %59 = load float, float* %58, align 4
  %60 = select i1 %52, float %59, float 0.000000e+00
  %61 = mul i64 %i, 3
  %62 = add i64 %61, %j
  %63 = add i64 %17, 0
  %64 = mul i64 %63, 1
  %65 = add i64 %64, %c
  %66 = mul i64 %65, 9
  %67 = add i64 %66, %62
  %68 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_4.weight to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = load float, float* %7, align 4
  %71 = call float @llvm.fma.f32(float %69, float %60, float %70)
  store float %71, float* %7, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %72 = icmp slt i64 %xs4, 28
  br i1 %72, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  store float 0.000000e+00, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %73 = icmp slt i64 %c8, 1
  br i1 %73, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %74 = mul i64 %c8, 3136
  %75 = add i64 %21, %74
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %76 = load float, float* %6, align 4
  %77 = mul i64 %14, 128
  %78 = add i64 %17, 0
  %79 = add i64 %77, %78
  %80 = mul i64 %79, 28
  %81 = add i64 %80, %11
  %82 = mul i64 %81, 28
  %83 = add i64 %82, %xs4
  %84 = getelementptr inbounds float, float* %0, i64 %83
  store float %76, float* %84, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %85 = icmp slt i64 %i12, 3
  br i1 %85, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %86 = mul i64 %i12, 1
  %87 = add i64 %23, %86
  %88 = icmp sge i64 %87, 0
  %89 = icmp slt i64 %87, 56
  %90 = and i1 %88, %89
  br i1 %90, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %91 = mul i64 %87, 56
  %92 = add i64 %75, %91
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %93 = icmp slt i64 %j18, 3
  br i1 %93, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %94 = mul i64 %xs4, 2
  %95 = mul i64 %j18, 1
  %96 = add i64 %94, %95
  %97 = sub i64 %96, 1
  %98 = icmp sge i64 %97, 0
  %99 = icmp slt i64 %97, 56
  %100 = and i1 %98, %99
  %101 = icmp sgt i64 %97, 0
  %102 = select i1 %101, i64 %97, i64 0
  %103 = icmp slt i64 %102, 55
  %104 = select i1 %103, i64 %102, i64 55
  %105 = add i64 %92, %104
  %106 = getelementptr inbounds float, float* %1, i64 %105
  %107 = load float, float* %106, align 4
  %108 = select i1 %100, float %107, float 0.000000e+00
  %109 = mul i64 %i12, 3
  %110 = add i64 %109, %j18
  %111 = add i64 %17, 0
  %112 = mul i64 %111, 1
  %113 = add i64 %112, %c8
  %114 = mul i64 %113, 9
  %115 = add i64 %114, %110
  %116 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_4.weight to float*), i64 %115
  %117 = load float, float* %116, align 4
  %118 = load float, float* %6, align 4
  %119 = call float @llvm.fma.f32(float %117, float %108, float %118)
  store float %119, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node21.depthwiseConv2d_4.step0(i8* %0) #2 {
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
  call void @node21.depthwiseConv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node22.batchNorm_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node22.batchNorm_8.step0(i8* %0) #2 {
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
  call void @node22.batchNorm_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node23.relu_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node23.relu_8.step0(i8* %0) #2 {
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
  call void @node23.relu_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node24.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 64
  %28 = sdiv i64 %task, 64
  %29 = srem i64 %28, 33
  %30 = sdiv i64 %task, 2112
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 256
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 128
  %37 = mul i64 %31, 128
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 784
  %40 = mul i64 %29, 24
  %41 = icmp eq i64 %29, 32
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %42 = icmp slt i64 %c, 128
  br i1 %42, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %43 = mul i64 %c, 784
  %44 = add i64 %43, %40
  %45 = add i64 %39, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %1, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %35, 0
  %55 = mul i64 %54, 128
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %25, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %25, align 32
  %62 = load <8 x float>, <8 x float>* %24, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %24, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 128
  %66 = add i64 %65, %c
  %67 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %23, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %23, align 32
  %72 = load <8 x float>, <8 x float>* %22, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %22, align 32
  %74 = add i64 %35, 2
  %75 = mul i64 %74, 128
  %76 = add i64 %75, %c
  %77 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %21, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %21, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %35, 3
  %85 = mul i64 %84, 128
  %86 = add i64 %85, %c
  %87 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %19, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %19, align 32
  %92 = load <8 x float>, <8 x float>* %18, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = mul i64 %32, 256
  %96 = add i64 %35, 0
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 784
  %99 = add i64 %40, 0
  %100 = add i64 %98, %99
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %94, <8 x float>* %102, align 4
  %103 = load <8 x float>, <8 x float>* %24, align 32
  %104 = mul i64 %32, 256
  %105 = add i64 %35, 0
  %106 = add i64 %104, %105
  %107 = mul i64 %106, 784
  %108 = add i64 %40, 8
  %109 = add i64 %107, %108
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %103, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %23, align 32
  %113 = mul i64 %32, 256
  %114 = add i64 %35, 1
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 784
  %117 = add i64 %40, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %112, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %22, align 32
  %122 = mul i64 %32, 256
  %123 = add i64 %35, 1
  %124 = add i64 %122, %123
  %125 = mul i64 %124, 784
  %126 = add i64 %40, 8
  %127 = add i64 %125, %126
  %128 = getelementptr inbounds float, float* %0, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %121, <8 x float>* %129, align 4
  %130 = load <8 x float>, <8 x float>* %21, align 32
  %131 = mul i64 %32, 256
  %132 = add i64 %35, 2
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 784
  %135 = add i64 %40, 0
  %136 = add i64 %134, %135
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %130, <8 x float>* %138, align 4
  %139 = load <8 x float>, <8 x float>* %20, align 32
  %140 = mul i64 %32, 256
  %141 = add i64 %35, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 784
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %19, align 32
  %149 = mul i64 %32, 256
  %150 = add i64 %35, 3
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 784
  %153 = add i64 %40, 0
  %154 = add i64 %152, %153
  %155 = getelementptr inbounds float, float* %0, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %148, <8 x float>* %156, align 4
  %157 = load <8 x float>, <8 x float>* %18, align 32
  %158 = mul i64 %32, 256
  %159 = add i64 %35, 3
  %160 = add i64 %158, %159
  %161 = mul i64 %160, 784
  %162 = add i64 %40, 8
  %163 = add i64 %161, %162
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %157, <8 x float>* %165, align 4
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %166 = icmp slt i64 %c7, 128
  br i1 %166, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %167 = mul i64 %c7, 784
  %168 = add i64 %167, %40
  %169 = add i64 %39, %168
  %170 = add i64 %169, 0
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %169, 8
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = add i64 %169, 16
  %179 = getelementptr inbounds float, float* %1, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %35, 0
  %183 = mul i64 %182, 128
  %184 = add i64 %183, %c7
  %185 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat8 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %17, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %17, align 32
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %177, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = load <8 x float>, <8 x float>* %15, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %181, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %15, align 32
  %194 = add i64 %35, 1
  %195 = mul i64 %194, 128
  %196 = add i64 %195, %c7
  %197 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat9 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %14, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %14, align 32
  %202 = load <8 x float>, <8 x float>* %13, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %177, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %13, align 32
  %204 = load <8 x float>, <8 x float>* %12, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %181, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %12, align 32
  %206 = add i64 %35, 2
  %207 = mul i64 %206, 128
  %208 = add i64 %207, %c7
  %209 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat10 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %11, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %11, align 32
  %214 = load <8 x float>, <8 x float>* %10, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %177, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %10, align 32
  %216 = load <8 x float>, <8 x float>* %9, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %181, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %9, align 32
  %218 = add i64 %35, 3
  %219 = mul i64 %218, 128
  %220 = add i64 %219, %c7
  %221 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat11 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %8, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %8, align 32
  %226 = load <8 x float>, <8 x float>* %7, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %177, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %7, align 32
  %228 = load <8 x float>, <8 x float>* %6, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %181, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %230 = load <8 x float>, <8 x float>* %17, align 32
  %231 = mul i64 %32, 256
  %232 = add i64 %35, 0
  %233 = add i64 %231, %232
  %234 = mul i64 %233, 784
  %235 = add i64 %40, 0
  %236 = add i64 %234, %235
  %237 = getelementptr inbounds float, float* %0, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %230, <8 x float>* %238, align 4
  %239 = load <8 x float>, <8 x float>* %16, align 32
  %240 = mul i64 %32, 256
  %241 = add i64 %35, 0
  %242 = add i64 %240, %241
  %243 = mul i64 %242, 784
  %244 = add i64 %40, 8
  %245 = add i64 %243, %244
  %246 = getelementptr inbounds float, float* %0, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %239, <8 x float>* %247, align 4
  %248 = load <8 x float>, <8 x float>* %15, align 32
  %249 = mul i64 %32, 256
  %250 = add i64 %35, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 784
  %253 = add i64 %40, 16
  %254 = add i64 %252, %253
  %255 = getelementptr inbounds float, float* %0, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %248, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %14, align 32
  %258 = mul i64 %32, 256
  %259 = add i64 %35, 1
  %260 = add i64 %258, %259
  %261 = mul i64 %260, 784
  %262 = add i64 %40, 0
  %263 = add i64 %261, %262
  %264 = getelementptr inbounds float, float* %0, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  store <8 x float> %257, <8 x float>* %265, align 4
  %266 = load <8 x float>, <8 x float>* %13, align 32
  %267 = mul i64 %32, 256
  %268 = add i64 %35, 1
  %269 = add i64 %267, %268
  %270 = mul i64 %269, 784
  %271 = add i64 %40, 8
  %272 = add i64 %270, %271
  %273 = getelementptr inbounds float, float* %0, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %266, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %12, align 32
  %276 = mul i64 %32, 256
  %277 = add i64 %35, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 784
  %280 = add i64 %40, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = mul i64 %32, 256
  %286 = add i64 %35, 2
  %287 = add i64 %285, %286
  %288 = mul i64 %287, 784
  %289 = add i64 %40, 0
  %290 = add i64 %288, %289
  %291 = getelementptr inbounds float, float* %0, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %284, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %10, align 32
  %294 = mul i64 %32, 256
  %295 = add i64 %35, 2
  %296 = add i64 %294, %295
  %297 = mul i64 %296, 784
  %298 = add i64 %40, 8
  %299 = add i64 %297, %298
  %300 = getelementptr inbounds float, float* %0, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %293, <8 x float>* %301, align 4
  %302 = load <8 x float>, <8 x float>* %9, align 32
  %303 = mul i64 %32, 256
  %304 = add i64 %35, 2
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 784
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %32, 256
  %313 = add i64 %35, 3
  %314 = add i64 %312, %313
  %315 = mul i64 %314, 784
  %316 = add i64 %40, 0
  %317 = add i64 %315, %316
  %318 = getelementptr inbounds float, float* %0, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  store <8 x float> %311, <8 x float>* %319, align 4
  %320 = load <8 x float>, <8 x float>* %7, align 32
  %321 = mul i64 %32, 256
  %322 = add i64 %35, 3
  %323 = add i64 %321, %322
  %324 = mul i64 %323, 784
  %325 = add i64 %40, 8
  %326 = add i64 %324, %325
  %327 = getelementptr inbounds float, float* %0, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  store <8 x float> %320, <8 x float>* %328, align 4
  %329 = load <8 x float>, <8 x float>* %6, align 32
  %330 = mul i64 %32, 256
  %331 = add i64 %35, 3
  %332 = add i64 %330, %331
  %333 = mul i64 %332, 784
  %334 = add i64 %40, 16
  %335 = add i64 %333, %334
  %336 = getelementptr inbounds float, float* %0, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %329, <8 x float>* %337, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node24.conv2d_5.step0(i8* %0) #2 {
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
  %19 = add i64 2112, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2112
  %23 = select i1 %22, i64 %21, i64 2112
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2112
  %26 = select i1 %25, i64 %24, i64 2112
  call void @node24.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node25.batchNorm_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 256
  %8 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_9.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_9.shift to float*), i64 %7
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
define internal void @node25.batchNorm_9.step0(i8* %0) #2 {
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
  call void @node25.batchNorm_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node26.relu_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node26.relu_9.step0(i8* %0) #2 {
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
  call void @node26.relu_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node27.depthwiseConv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit20 ]
  %12 = icmp slt i64 %task, %5
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = srem i64 %task, 1
  %14 = sdiv i64 %task, 1
  %15 = srem i64 %14, 28
  %16 = sdiv i64 %task, 28
  %17 = srem i64 %16, 256
  %18 = sdiv i64 %16, 256
  %19 = mul i64 %17, 1
  %20 = mul i64 %13, 1
  %21 = add i64 %19, %20
  %22 = mul i64 %18, 256
  %23 = mul i64 %17, 1
  %24 = add i64 %22, %23
  %25 = mul i64 %24, 784
  %26 = mul i64 %15, 1
  %27 = sub i64 %26, 1
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %28 = icmp slt i64 %c, 1
  br i1 %28, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %29 = mul i64 %c, 784
  %30 = add i64 %25, %29
  br label %i.header

c.exit:                                           ; preds = %c.header
  %31 = load <8 x float>, <8 x float>* %11, align 32
  %32 = mul i64 %18, 256
  %33 = add i64 %21, 0
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 28
  %36 = add i64 %35, %15
  %37 = mul i64 %36, 28
  %38 = add i64 %37, 1
  %39 = getelementptr inbounds float, float* %0, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  store <8 x float> %31, <8 x float>* %40, align 4
  %41 = load <8 x float>, <8 x float>* %10, align 32
  %42 = mul i64 %18, 256
  %43 = add i64 %21, 0
  %44 = add i64 %42, %43
  %45 = mul i64 %44, 28
  %46 = add i64 %45, %15
  %47 = mul i64 %46, 28
  %48 = add i64 %47, 9
  %49 = getelementptr inbounds float, float* %0, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  store <8 x float> %41, <8 x float>* %50, align 4
  %51 = load <8 x float>, <8 x float>* %9, align 32
  %52 = mul i64 %18, 256
  %53 = add i64 %21, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 28
  %56 = add i64 %55, %15
  %57 = mul i64 %56, 28
  %58 = add i64 %57, 17
  %59 = getelementptr inbounds float, float* %0, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %51, <8 x float>* %60, align 4
  %61 = load <8 x float>, <8 x float>* %8, align 32
  %62 = mul i64 %18, 256
  %63 = add i64 %21, 0
  %64 = add i64 %62, %63
  %65 = mul i64 %64, 28
  %66 = add i64 %65, %15
  %67 = mul i64 %66, 28
  %68 = add i64 %67, 25
  %69 = getelementptr inbounds float, float* %0, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %61, <8 x float>* %70, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %71 = icmp slt i64 %i, 3
  br i1 %71, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %72 = mul i64 %i, 1
  %73 = add i64 %27, %72
  %74 = icmp sge i64 %73, 0
  %75 = icmp slt i64 %73, 28
  %76 = and i1 %74, %75
  br i1 %76, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %77 = mul i64 %73, 28
  %78 = add i64 %30, %77
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %79 = icmp slt i64 %j, 3
  br i1 %79, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %80 = mul i64 %j, 1
  %81 = add i64 1, %80
  %82 = sub i64 %81, 1
  %83 = add i64 %78, %82
  %84 = add i64 %83, 0
  %85 = getelementptr inbounds float, float* %1, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %83, 8
  %89 = getelementptr inbounds float, float* %1, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %83, 16
  %93 = getelementptr inbounds float, float* %1, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %83, 24
  %97 = getelementptr inbounds float, float* %1, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %98, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %100 = mul i64 %i, 3
  %101 = add i64 %100, %j
  %102 = add i64 %21, 0
  %103 = mul i64 %102, 1
  %104 = add i64 %103, %c
  %105 = mul i64 %104, 9
  %106 = add i64 %105, %101
  %107 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_5.weight to float*), i64 %106
  %108 = load float, float* %107, align 4
  %109 = insertelement <8 x float> undef, float %108, i32 0
  %splat = shufflevector <8 x float> %109, <8 x float> undef, <8 x i32> zeroinitializer
  %110 = load <8 x float>, <8 x float>* %11, align 32
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %87, <8 x float> %110)
  store <8 x float> %111, <8 x float>* %11, align 32
  %112 = load <8 x float>, <8 x float>* %10, align 32
  %113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %91, <8 x float> %112)
  store <8 x float> %113, <8 x float>* %10, align 32
  %114 = load <8 x float>, <8 x float>* %9, align 32
  %115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %95, <8 x float> %114)
  store <8 x float> %115, <8 x float>* %9, align 32
  %116 = load <8 x float>, <8 x float>* %8, align 32
  %117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %99, <8 x float> %116)
  store <8 x float> %117, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit3, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit3 ]
  %118 = icmp slt i64 %xs, 1
  br i1 %118, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header1

xs.exit:                                          ; preds = %xs.header
  br label %xs.header18

c.header1:                                        ; preds = %i.exit7, %xs.body
  %c4 = phi i64 [ 0, %xs.body ], [ %c.next17, %i.exit7 ]
  %119 = icmp slt i64 %c4, 1
  br i1 %119, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %120 = mul i64 %c4, 784
  %121 = add i64 %25, %120
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %122 = load float, float* %7, align 4
  %123 = mul i64 %18, 256
  %124 = add i64 %21, 0
  %125 = add i64 %123, %124
  %126 = mul i64 %125, 28
  %127 = add i64 %126, %15
  %128 = mul i64 %127, 28
  %129 = add i64 %128, %xs
  %130 = getelementptr inbounds float, float* %0, i64 %129
  store float %122, float* %130, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next16, %endif10 ]
  %131 = icmp slt i64 %i8, 3
  br i1 %131, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %132 = mul i64 %i8, 1
  %133 = add i64 %27, %132
  %134 = icmp sge i64 %133, 0
  %135 = icmp slt i64 %133, 28
  %136 = and i1 %134, %135
  br i1 %136, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next17 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %137 = mul i64 %133, 28
  %138 = add i64 %121, %137
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next16 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next15, %j.body12 ]
  %139 = icmp slt i64 %j14, 3
  br i1 %139, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %140 = mul i64 %xs, 1
  %141 = mul i64 %j14, 1
  %142 = add i64 %140, %141
  %143 = sub i64 %142, 1
  %144 = icmp sge i64 %143, 0
  %145 = icmp slt i64 %143, 28
  %146 = and i1 %144, %145
  %147 = icmp sgt i64 %143, 0
  %148 = select i1 %147, i64 %143, i64 0
  %149 = icmp slt i64 %148, 27
  %150 = select i1 %149, i64 %148, i64 27
  %151 = add i64 %138, %150
  %152 = getelementptr inbounds float, float* %1, i64 %151
  %153 = load float, float* %152, align 4
  %154 = select i1 %146, float %153, float 0.000000e+00
  %155 = mul i64 %i8, 3
  %156 = add i64 %155, %j14
  %157 = add i64 %21, 0
  %158 = mul i64 %157, 1
  %159 = add i64 %158, %c4
  %160 = mul i64 %159, 9
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_5.weight to float*), i64 %161
  %163 = load float, float* %162, align 4
  %164 = load float, float* %7, align 4
  %165 = call float @llvm.fma.f32(float %163, float %154, float %164)
  store float %165, float* %7, align 4
  %j.next15 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header18:                                      ; preds = %c.exit24, %xs.exit
  %xs21 = phi i64 [ 27, %xs.exit ], [ %xs.next39, %c.exit24 ]
  %166 = icmp slt i64 %xs21, 28
  br i1 %166, label %xs.body19, label %xs.exit20

xs.body19:                                        ; preds = %xs.header18
  store float 0.000000e+00, float* %6, align 4
  br label %c.header22

xs.exit20:                                        ; preds = %xs.header18
  %task.next = add i64 %task, 1
  br label %task.header

c.header22:                                       ; preds = %i.exit28, %xs.body19
  %c25 = phi i64 [ 0, %xs.body19 ], [ %c.next38, %i.exit28 ]
  %167 = icmp slt i64 %c25, 1
  br i1 %167, label %c.body23, label %c.exit24

c.body23:                                         ; preds = %c.header22
  %168 = mul i64 %c25, 784
  %169 = add i64 %25, %168
  br label %i.header26

c.exit24:                                         ; preds = %c.header22
  %170 = load float, float* %6, align 4
  %171 = mul i64 %18, 256
  %172 = add i64 %21, 0
  %173 = add i64 %171, %172
  %174 = mul i64 %173, 28
  %175 = add i64 %174, %15
  %176 = mul i64 %175, 28
  %177 = add i64 %176, %xs21
  %178 = getelementptr inbounds float, float* %0, i64 %177
  store float %170, float* %178, align 4
  %xs.next39 = add i64 %xs21, 1
  br label %xs.header18

i.header26:                                       ; preds = %endif31, %c.body23
  %i29 = phi i64 [ 0, %c.body23 ], [ %i.next37, %endif31 ]
  %179 = icmp slt i64 %i29, 3
  br i1 %179, label %i.body27, label %i.exit28

i.body27:                                         ; preds = %i.header26
  %180 = mul i64 %i29, 1
  %181 = add i64 %27, %180
  %182 = icmp sge i64 %181, 0
  %183 = icmp slt i64 %181, 28
  %184 = and i1 %182, %183
  br i1 %184, label %then30, label %endif31

i.exit28:                                         ; preds = %i.header26
  %c.next38 = add i64 %c25, 1
  br label %c.header22

then30:                                           ; preds = %i.body27
  %185 = mul i64 %181, 28
  %186 = add i64 %169, %185
  br label %j.header32

endif31:                                          ; preds = %j.exit34, %i.body27
  %i.next37 = add i64 %i29, 1
  br label %i.header26

j.header32:                                       ; preds = %j.body33, %then30
  %j35 = phi i64 [ 0, %then30 ], [ %j.next36, %j.body33 ]
  %187 = icmp slt i64 %j35, 3
  br i1 %187, label %j.body33, label %j.exit34

j.body33:                                         ; preds = %j.header32
  %188 = mul i64 %xs21, 1
  %189 = mul i64 %j35, 1
  %190 = add i64 %188, %189
  %191 = sub i64 %190, 1
  %192 = icmp sge i64 %191, 0
  %193 = icmp slt i64 %191, 28
  %194 = and i1 %192, %193
  %195 = icmp sgt i64 %191, 0
  %196 = select i1 %195, i64 %191, i64 0
  %197 = icmp slt i64 %196, 27
  %198 = select i1 %197, i64 %196, i64 27
  %199 = add i64 %186, %198
  %200 = getelementptr inbounds float, float* %1, i64 %199
  %201 = load float, float* %200, align 4
  %202 = select i1 %194, float %201, float 0.000000e+00
  %203 = mul i64 %i29, 3
  %204 = add i64 %203, %j35
  %205 = add i64 %21, 0
  %206 = mul i64 %205, 1
  %207 = add i64 %206, %c25
  %208 = mul i64 %207, 9
  %209 = add i64 %208, %204
  %210 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_5.weight to float*), i64 %209
  %211 = load float, float* %210, align 4
  %212 = load float, float* %6, align 4
  %213 = call float @llvm.fma.f32(float %211, float %202, float %212)
  store float %213, float* %6, align 4
  %j.next36 = add i64 %j35, 1
  br label %j.header32

j.exit34:                                         ; preds = %j.header32
  br label %endif31
}

; Function Attrs: nounwind
define internal void @node27.depthwiseConv2d_5.step0(i8* %0) #2 {
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
  call void @node27.depthwiseConv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node28.batchNorm_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 256
  %8 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_10.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.batchNorm_10.shift to float*), i64 %7
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
define internal void @node28.batchNorm_10.step0(i8* %0) #2 {
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
  call void @node28.batchNorm_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node29.relu_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node29.relu_10.step0(i8* %0) #2 {
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
  call void @node29.relu_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node30.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %27 = srem i64 %task, 64
  %28 = sdiv i64 %task, 64
  %29 = srem i64 %28, 33
  %30 = sdiv i64 %task, 2112
  %31 = srem i64 %30, 1
  %32 = sdiv i64 %30, 1
  %33 = mul i64 %31, 256
  %34 = mul i64 %27, 4
  %35 = add i64 %33, %34
  %36 = mul i64 %32, 256
  %37 = mul i64 %31, 256
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 784
  %40 = mul i64 %29, 24
  %41 = icmp eq i64 %29, 32
  br i1 %41, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %42 = icmp slt i64 %c, 256
  br i1 %42, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %43 = mul i64 %c, 784
  %44 = add i64 %43, %40
  %45 = add i64 %39, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %1, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %35, 0
  %55 = mul i64 %54, 256
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %25, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %25, align 32
  %62 = load <8 x float>, <8 x float>* %24, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %24, align 32
  %64 = add i64 %35, 1
  %65 = mul i64 %64, 256
  %66 = add i64 %65, %c
  %67 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %23, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %23, align 32
  %72 = load <8 x float>, <8 x float>* %22, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %22, align 32
  %74 = add i64 %35, 2
  %75 = mul i64 %74, 256
  %76 = add i64 %75, %c
  %77 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %21, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %21, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %35, 3
  %85 = mul i64 %84, 256
  %86 = add i64 %85, %c
  %87 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %19, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %19, align 32
  %92 = load <8 x float>, <8 x float>* %18, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %94 = load <8 x float>, <8 x float>* %25, align 32
  %95 = mul i64 %32, 256
  %96 = add i64 %35, 0
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 784
  %99 = add i64 %40, 0
  %100 = add i64 %98, %99
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %94, <8 x float>* %102, align 4
  %103 = load <8 x float>, <8 x float>* %24, align 32
  %104 = mul i64 %32, 256
  %105 = add i64 %35, 0
  %106 = add i64 %104, %105
  %107 = mul i64 %106, 784
  %108 = add i64 %40, 8
  %109 = add i64 %107, %108
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %103, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %23, align 32
  %113 = mul i64 %32, 256
  %114 = add i64 %35, 1
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 784
  %117 = add i64 %40, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %112, <8 x float>* %120, align 4
  %121 = load <8 x float>, <8 x float>* %22, align 32
  %122 = mul i64 %32, 256
  %123 = add i64 %35, 1
  %124 = add i64 %122, %123
  %125 = mul i64 %124, 784
  %126 = add i64 %40, 8
  %127 = add i64 %125, %126
  %128 = getelementptr inbounds float, float* %0, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %121, <8 x float>* %129, align 4
  %130 = load <8 x float>, <8 x float>* %21, align 32
  %131 = mul i64 %32, 256
  %132 = add i64 %35, 2
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 784
  %135 = add i64 %40, 0
  %136 = add i64 %134, %135
  %137 = getelementptr inbounds float, float* %0, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %130, <8 x float>* %138, align 4
  %139 = load <8 x float>, <8 x float>* %20, align 32
  %140 = mul i64 %32, 256
  %141 = add i64 %35, 2
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 784
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %19, align 32
  %149 = mul i64 %32, 256
  %150 = add i64 %35, 3
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 784
  %153 = add i64 %40, 0
  %154 = add i64 %152, %153
  %155 = getelementptr inbounds float, float* %0, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %148, <8 x float>* %156, align 4
  %157 = load <8 x float>, <8 x float>* %18, align 32
  %158 = mul i64 %32, 256
  %159 = add i64 %35, 3
  %160 = add i64 %158, %159
  %161 = mul i64 %160, 784
  %162 = add i64 %40, 8
  %163 = add i64 %161, %162
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %157, <8 x float>* %165, align 4
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %166 = icmp slt i64 %c7, 256
  br i1 %166, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %167 = mul i64 %c7, 784
  %168 = add i64 %167, %40
  %169 = add i64 %39, %168
  %170 = add i64 %169, 0
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %169, 8
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = add i64 %169, 16
  %179 = getelementptr inbounds float, float* %1, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %35, 0
  %183 = mul i64 %182, 256
  %184 = add i64 %183, %c7
  %185 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat8 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %17, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %17, align 32
  %190 = load <8 x float>, <8 x float>* %16, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %177, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %16, align 32
  %192 = load <8 x float>, <8 x float>* %15, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %181, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %15, align 32
  %194 = add i64 %35, 1
  %195 = mul i64 %194, 256
  %196 = add i64 %195, %c7
  %197 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat9 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %14, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %14, align 32
  %202 = load <8 x float>, <8 x float>* %13, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %177, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %13, align 32
  %204 = load <8 x float>, <8 x float>* %12, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %181, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %12, align 32
  %206 = add i64 %35, 2
  %207 = mul i64 %206, 256
  %208 = add i64 %207, %c7
  %209 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat10 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %11, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %11, align 32
  %214 = load <8 x float>, <8 x float>* %10, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %177, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %10, align 32
  %216 = load <8 x float>, <8 x float>* %9, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %181, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %9, align 32
  %218 = add i64 %35, 3
  %219 = mul i64 %218, 256
  %220 = add i64 %219, %c7
  %221 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat11 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %8, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %8, align 32
  %226 = load <8 x float>, <8 x float>* %7, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %177, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %7, align 32
  %228 = load <8 x float>, <8 x float>* %6, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %181, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %230 = load <8 x float>, <8 x float>* %17, align 32
  %231 = mul i64 %32, 256
  %232 = add i64 %35, 0
  %233 = add i64 %231, %232
  %234 = mul i64 %233, 784
  %235 = add i64 %40, 0
  %236 = add i64 %234, %235
  %237 = getelementptr inbounds float, float* %0, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %230, <8 x float>* %238, align 4
  %239 = load <8 x float>, <8 x float>* %16, align 32
  %240 = mul i64 %32, 256
  %241 = add i64 %35, 0
  %242 = add i64 %240, %241
  %243 = mul i64 %242, 784
  %244 = add i64 %40, 8
  %245 = add i64 %243, %244
  %246 = getelementptr inbounds float, float* %0, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %239, <8 x float>* %247, align 4
  %248 = load <8 x float>, <8 x float>* %15, align 32
  %249 = mul i64 %32, 256
  %250 = add i64 %35, 0
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 784
  %253 = add i64 %40, 16
  %254 = add i64 %252, %253
  %255 = getelementptr inbounds float, float* %0, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %248, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %14, align 32
  %258 = mul i64 %32, 256
  %259 = add i64 %35, 1
  %260 = add i64 %258, %259
  %261 = mul i64 %260, 784
  %262 = add i64 %40, 0
  %263 = add i64 %261, %262
  %264 = getelementptr inbounds float, float* %0, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  store <8 x float> %257, <8 x float>* %265, align 4
  %266 = load <8 x float>, <8 x float>* %13, align 32
  %267 = mul i64 %32, 256
  %268 = add i64 %35, 1
  %269 = add i64 %267, %268
  %270 = mul i64 %269, 784
  %271 = add i64 %40, 8
  %272 = add i64 %270, %271
  %273 = getelementptr inbounds float, float* %0, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %266, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %12, align 32
  %276 = mul i64 %32, 256
  %277 = add i64 %35, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 784
  %280 = add i64 %40, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = mul i64 %32, 256
  %286 = add i64 %35, 2
  %287 = add i64 %285, %286
  %288 = mul i64 %287, 784
  %289 = add i64 %40, 0
  %290 = add i64 %288, %289
  %291 = getelementptr inbounds float, float* %0, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %284, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %10, align 32
  %294 = mul i64 %32, 256
  %295 = add i64 %35, 2
  %296 = add i64 %294, %295
  %297 = mul i64 %296, 784
  %298 = add i64 %40, 8
  %299 = add i64 %297, %298
  %300 = getelementptr inbounds float, float* %0, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %293, <8 x float>* %301, align 4
  %302 = load <8 x float>, <8 x float>* %9, align 32
  %303 = mul i64 %32, 256
  %304 = add i64 %35, 2
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 784
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %32, 256
  %313 = add i64 %35, 3
  %314 = add i64 %312, %313
  %315 = mul i64 %314, 784
  %316 = add i64 %40, 0
  %317 = add i64 %315, %316
  %318 = getelementptr inbounds float, float* %0, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  store <8 x float> %311, <8 x float>* %319, align 4
  %320 = load <8 x float>, <8 x float>* %7, align 32
  %321 = mul i64 %32, 256
  %322 = add i64 %35, 3
  %323 = add i64 %321, %322
  %324 = mul i64 %323, 784
  %325 = add i64 %40, 8
  %326 = add i64 %324, %325
  %327 = getelementptr inbounds float, float* %0, i64 %326
  %328 = bitcast float* %327 to <8 x float>*
  store <8 x float> %320, <8 x float>* %328, align 4
  %329 = load <8 x float>, <8 x float>* %6, align 32
  %330 = mul i64 %32, 256
  %331 = add i64 %35, 3
  %332 = add i64 %330, %331
  %333 = mul i64 %332, 784
  %334 = add i64 %40, 16
  %335 = add i64 %333, %334
  %336 = getelementptr inbounds float, float* %0, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %329, <8 x float>* %337, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node30.conv2d_6.step0(i8* %0) #2 {
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
  %19 = add i64 2112, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2112
  %23 = select i1 %22, i64 %21, i64 2112
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2112
  %26 = select i1 %25, i64 %24, i64 2112
  call void @node30.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node31.batchNorm_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node31.batchNorm_11.step0(i8* %0) #2 {
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
  call void @node31.batchNorm_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node32.relu_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node32.relu_11.step0(i8* %0) #2 {
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
  call void @node32.relu_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node33.depthwiseConv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit3 ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = srem i64 %task, 1
  %10 = sdiv i64 %task, 1
  %11 = srem i64 %10, 14
  %12 = sdiv i64 %task, 14
  %13 = srem i64 %12, 256
  %14 = sdiv i64 %12, 256
  %15 = mul i64 %13, 1
  %16 = mul i64 %9, 1
  %17 = add i64 %15, %16
  %18 = mul i64 %14, 256
  %19 = mul i64 %13, 1
  %20 = add i64 %18, %19
  %21 = mul i64 %20, 784
  %22 = mul i64 %11, 2
  %23 = sub i64 %22, 1
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %24 = icmp slt i64 %xs, 1
  br i1 %24, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %25 = icmp slt i64 %c, 1
  br i1 %25, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %26 = mul i64 %c, 784
  %27 = add i64 %21, %26
  br label %i.header

c.exit:                                           ; preds = %c.header
  %28 = load float, float* %7, align 4
  %29 = mul i64 %14, 256
  %30 = add i64 %17, 0
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 14
  %33 = add i64 %32, %11
  %34 = mul i64 %33, 14
  %35 = add i64 %34, %xs
  %36 = getelementptr inbounds float, float* %0, i64 %35
  store float %28, float* %36, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %37 = icmp slt i64 %i, 3
  br i1 %37, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %38 = mul i64 %i, 1
  %39 = add i64 %23, %38
  %40 = icmp sge i64 %39, 0
  %41 = icmp slt i64 %39, 28
  %42 = and i1 %40, %41
  br i1 %42, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %43 = mul i64 %39, 28
  %44 = add i64 %27, %43
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %45 = icmp slt i64 %j, 3
  br i1 %45, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %46 = mul i64 %xs, 2
  %47 = mul i64 %j, 1
  %48 = add i64 %46, %47
  %49 = sub i64 %48, 1
  %50 = icmp sge i64 %49, 0
  %51 = icmp slt i64 %49, 28
  %52 = and i1 %50, %51
  %53 = icmp sgt i64 %49, 0
  %54 = select i1 %53, i64 %49, i64 0
  %55 = icmp slt i64 %54, 27
  %56 = select i1 %55, i64 %54, i64 27
  %57 = add i64 %44, %56
  %58 = getelementptr inbounds float, float* %1, i64 %57
  %59 = load float, float* %58, align 4
  %60 = select i1 %52, float %59, float 0.000000e+00
  %61 = mul i64 %i, 3
  %62 = add i64 %61, %j
  %63 = add i64 %17, 0
  %64 = mul i64 %63, 1
  %65 = add i64 %64, %c
  %66 = mul i64 %65, 9
  %67 = add i64 %66, %62
  %68 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_6.weight to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = load float, float* %7, align 4
  %71 = call float @llvm.fma.f32(float %69, float %60, float %70)
  store float %71, float* %7, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %72 = icmp slt i64 %xs4, 14
  br i1 %72, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  store float 0.000000e+00, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %73 = icmp slt i64 %c8, 1
  br i1 %73, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %74 = mul i64 %c8, 784
  %75 = add i64 %21, %74
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %76 = load float, float* %6, align 4
  %77 = mul i64 %14, 256
  %78 = add i64 %17, 0
  %79 = add i64 %77, %78
  %80 = mul i64 %79, 14
  %81 = add i64 %80, %11
  %82 = mul i64 %81, 14
  %83 = add i64 %82, %xs4
  %84 = getelementptr inbounds float, float* %0, i64 %83
  store float %76, float* %84, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %85 = icmp slt i64 %i12, 3
  br i1 %85, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %86 = mul i64 %i12, 1
  %87 = add i64 %23, %86
  %88 = icmp sge i64 %87, 0
  %89 = icmp slt i64 %87, 28
  %90 = and i1 %88, %89
  br i1 %90, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %91 = mul i64 %87, 28
  %92 = add i64 %75, %91
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %93 = icmp slt i64 %j18, 3
  br i1 %93, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %94 = mul i64 %xs4, 2
  %95 = mul i64 %j18, 1
  %96 = add i64 %94, %95
  %97 = sub i64 %96, 1
  %98 = icmp sge i64 %97, 0
  %99 = icmp slt i64 %97, 28
  %100 = and i1 %98, %99
  %101 = icmp sgt i64 %97, 0
  %102 = select i1 %101, i64 %97, i64 0
  %103 = icmp slt i64 %102, 27
  %104 = select i1 %103, i64 %102, i64 27
  %105 = add i64 %92, %104
  %106 = getelementptr inbounds float, float* %1, i64 %105
  %107 = load float, float* %106, align 4
  %108 = select i1 %100, float %107, float 0.000000e+00
  %109 = mul i64 %i12, 3
  %110 = add i64 %109, %j18
  %111 = add i64 %17, 0
  %112 = mul i64 %111, 1
  %113 = add i64 %112, %c8
  %114 = mul i64 %113, 9
  %115 = add i64 %114, %110
  %116 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_6.weight to float*), i64 %115
  %117 = load float, float* %116, align 4
  %118 = load float, float* %6, align 4
  %119 = call float @llvm.fma.f32(float %117, float %108, float %118)
  store float %119, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node33.depthwiseConv2d_6.step0(i8* %0) #2 {
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
  call void @node33.depthwiseConv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node34.batchNorm_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node34.batchNorm_12.step0(i8* %0) #2 {
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
  call void @node34.batchNorm_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node35.relu_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node35.relu_12.step0(i8* %0) #2 {
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
  call void @node35.relu_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node36.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 128
  %24 = sdiv i64 %task, 128
  %25 = srem i64 %24, 9
  %26 = sdiv i64 %task, 1152
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 512
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 256
  %33 = mul i64 %27, 256
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 8
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %38 = icmp slt i64 %c, 256
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %39, %36
  %41 = add i64 %35, %40
  %42 = add i64 %41, 0
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %44, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %46 = add i64 %31, 0
  %47 = mul i64 %46, 256
  %48 = add i64 %47, %c
  %49 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %21, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %21, align 32
  %54 = add i64 %31, 1
  %55 = mul i64 %54, 256
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat1 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %45, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %20, align 32
  %62 = add i64 %31, 2
  %63 = mul i64 %62, 256
  %64 = add i64 %63, %c
  %65 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat2 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %45, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %19, align 32
  %70 = add i64 %31, 3
  %71 = mul i64 %70, 256
  %72 = add i64 %71, %c
  %73 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat3 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %76 = load <8 x float>, <8 x float>* %18, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %45, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = mul i64 %28, 512
  %80 = add i64 %31, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 196
  %83 = add i64 %36, 0
  %84 = add i64 %82, %83
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %78, <8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = mul i64 %28, 512
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 196
  %92 = add i64 %36, 0
  %93 = add i64 %91, %92
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %95, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %96 = load <8 x float>, <8 x float>* %19, align 32
  %97 = mul i64 %28, 512
  %98 = add i64 %31, 2
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 196
  %101 = add i64 %36, 0
  %102 = add i64 %100, %101
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %96, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %18, align 32
  %106 = mul i64 %28, 512
  %107 = add i64 %31, 3
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 196
  %110 = add i64 %36, 0
  %111 = add i64 %109, %110
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %105, <8 x float>* %113, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %114 = icmp slt i64 %c7, 256
  br i1 %114, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %115 = mul i64 %c7, 196
  %116 = add i64 %115, %36
  %117 = add i64 %35, %116
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %117, 8
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %117, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %31, 0
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %c7
  %133 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat8 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %16, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %125, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %16, align 32
  %140 = load <8 x float>, <8 x float>* %15, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %129, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %15, align 32
  %142 = add i64 %31, 1
  %143 = mul i64 %142, 256
  %144 = add i64 %143, %c7
  %145 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %144
  %146 = load float, float* %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %splat9 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, <8 x float>* %14, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %14, align 32
  %150 = load <8 x float>, <8 x float>* %13, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %125, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %13, align 32
  %152 = load <8 x float>, <8 x float>* %12, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %129, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %12, align 32
  %154 = add i64 %31, 2
  %155 = mul i64 %154, 256
  %156 = add i64 %155, %c7
  %157 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %11, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %121, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %11, align 32
  %162 = load <8 x float>, <8 x float>* %10, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %125, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %10, align 32
  %164 = load <8 x float>, <8 x float>* %9, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %129, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %9, align 32
  %166 = add i64 %31, 3
  %167 = mul i64 %166, 256
  %168 = add i64 %167, %c7
  %169 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat11 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %8, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %121, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %8, align 32
  %174 = load <8 x float>, <8 x float>* %7, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %125, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %129, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = mul i64 %28, 512
  %180 = add i64 %31, 0
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 196
  %183 = add i64 %36, 0
  %184 = add i64 %182, %183
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %178, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = mul i64 %28, 512
  %189 = add i64 %31, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 196
  %192 = add i64 %36, 8
  %193 = add i64 %191, %192
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %187, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = mul i64 %28, 512
  %198 = add i64 %31, 0
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 196
  %201 = add i64 %36, 16
  %202 = add i64 %200, %201
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %196, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = mul i64 %28, 512
  %207 = add i64 %31, 1
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 196
  %210 = add i64 %36, 0
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %13, align 32
  %215 = mul i64 %28, 512
  %216 = add i64 %31, 1
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 196
  %219 = add i64 %36, 8
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %12, align 32
  %224 = mul i64 %28, 512
  %225 = add i64 %31, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 196
  %228 = add i64 %36, 16
  %229 = add i64 %227, %228
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %223, <8 x float>* %231, align 4
  %232 = load <8 x float>, <8 x float>* %11, align 32
  %233 = mul i64 %28, 512
  %234 = add i64 %31, 2
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 196
  %237 = add i64 %36, 0
  %238 = add i64 %236, %237
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %232, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %10, align 32
  %242 = mul i64 %28, 512
  %243 = add i64 %31, 2
  %244 = add i64 %242, %243
  %245 = mul i64 %244, 196
  %246 = add i64 %36, 8
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %241, <8 x float>* %249, align 4
  %250 = load <8 x float>, <8 x float>* %9, align 32
  %251 = mul i64 %28, 512
  %252 = add i64 %31, 2
  %253 = add i64 %251, %252
  %254 = mul i64 %253, 196
  %255 = add i64 %36, 16
  %256 = add i64 %254, %255
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %250, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = mul i64 %28, 512
  %261 = add i64 %31, 3
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 196
  %264 = add i64 %36, 0
  %265 = add i64 %263, %264
  %266 = getelementptr inbounds float, float* %0, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %259, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %7, align 32
  %269 = mul i64 %28, 512
  %270 = add i64 %31, 3
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 196
  %273 = add i64 %36, 8
  %274 = add i64 %272, %273
  %275 = getelementptr inbounds float, float* %0, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %268, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = mul i64 %28, 512
  %279 = add i64 %31, 3
  %280 = add i64 %278, %279
  %281 = mul i64 %280, 196
  %282 = add i64 %36, 16
  %283 = add i64 %281, %282
  %284 = getelementptr inbounds float, float* %0, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %277, <8 x float>* %285, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node36.conv2d_7.step0(i8* %0) #2 {
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
  call void @node36.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node37.batchNorm_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_13.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_13.shift to float*), i64 %7
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
define internal void @node37.batchNorm_13.step0(i8* %0) #2 {
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
  call void @node37.batchNorm_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node38.relu_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node38.relu_13.step0(i8* %0) #2 {
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
  call void @node38.relu_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node39.depthwiseConv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit20 ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 1
  %12 = sdiv i64 %task, 1
  %13 = srem i64 %12, 14
  %14 = sdiv i64 %task, 14
  %15 = srem i64 %14, 512
  %16 = sdiv i64 %14, 512
  %17 = mul i64 %15, 1
  %18 = mul i64 %11, 1
  %19 = add i64 %17, %18
  %20 = mul i64 %16, 512
  %21 = mul i64 %15, 1
  %22 = add i64 %20, %21
  %23 = mul i64 %22, 196
  %24 = mul i64 %13, 1
  %25 = sub i64 %24, 1
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %26 = icmp slt i64 %c, 1
  br i1 %26, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %27 = mul i64 %c, 196
  %28 = add i64 %23, %27
  br label %i.header

c.exit:                                           ; preds = %c.header
  %29 = load <8 x float>, <8 x float>* %9, align 32
  %30 = mul i64 %16, 512
  %31 = add i64 %19, 0
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 14
  %34 = add i64 %33, %13
  %35 = mul i64 %34, 14
  %36 = add i64 %35, 1
  %37 = getelementptr inbounds float, float* %0, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  store <8 x float> %29, <8 x float>* %38, align 4
  %39 = load <8 x float>, <8 x float>* %8, align 32
  %40 = mul i64 %16, 512
  %41 = add i64 %19, 0
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 14
  %44 = add i64 %43, %13
  %45 = mul i64 %44, 14
  %46 = add i64 %45, 9
  %47 = getelementptr inbounds float, float* %0, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %39, <8 x float>* %48, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %49 = icmp slt i64 %i, 3
  br i1 %49, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %50 = mul i64 %i, 1
  %51 = add i64 %25, %50
  %52 = icmp sge i64 %51, 0
  %53 = icmp slt i64 %51, 14
  %54 = and i1 %52, %53
  br i1 %54, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %55 = mul i64 %51, 14
  %56 = add i64 %28, %55
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %57 = icmp slt i64 %j, 3
  br i1 %57, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %58 = mul i64 %j, 1
  %59 = add i64 1, %58
  %60 = sub i64 %59, 1
  %61 = add i64 %56, %60
  %62 = add i64 %61, 0
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %61, 8
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %68, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %70 = mul i64 %i, 3
  %71 = add i64 %70, %j
  %72 = add i64 %19, 0
  %73 = mul i64 %72, 1
  %74 = add i64 %73, %c
  %75 = mul i64 %74, 9
  %76 = add i64 %75, %71
  %77 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_7.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %9, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %65, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %9, align 32
  %82 = load <8 x float>, <8 x float>* %8, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %69, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit3, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit3 ]
  %84 = icmp slt i64 %xs, 1
  br i1 %84, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header1

xs.exit:                                          ; preds = %xs.header
  br label %xs.header18

c.header1:                                        ; preds = %i.exit7, %xs.body
  %c4 = phi i64 [ 0, %xs.body ], [ %c.next17, %i.exit7 ]
  %85 = icmp slt i64 %c4, 1
  br i1 %85, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %86 = mul i64 %c4, 196
  %87 = add i64 %23, %86
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %88 = load float, float* %7, align 4
  %89 = mul i64 %16, 512
  %90 = add i64 %19, 0
  %91 = add i64 %89, %90
  %92 = mul i64 %91, 14
  %93 = add i64 %92, %13
  %94 = mul i64 %93, 14
  %95 = add i64 %94, %xs
  %96 = getelementptr inbounds float, float* %0, i64 %95
  store float %88, float* %96, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next16, %endif10 ]
  %97 = icmp slt i64 %i8, 3
  br i1 %97, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %98 = mul i64 %i8, 1
  %99 = add i64 %25, %98
  %100 = icmp sge i64 %99, 0
  %101 = icmp slt i64 %99, 14
  %102 = and i1 %100, %101
  br i1 %102, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next17 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %103 = mul i64 %99, 14
  %104 = add i64 %87, %103
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next16 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next15, %j.body12 ]
  %105 = icmp slt i64 %j14, 3
  br i1 %105, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %106 = mul i64 %xs, 1
  %107 = mul i64 %j14, 1
  %108 = add i64 %106, %107
  %109 = sub i64 %108, 1
  %110 = icmp sge i64 %109, 0
  %111 = icmp slt i64 %109, 14
  %112 = and i1 %110, %111
  %113 = icmp sgt i64 %109, 0
  %114 = select i1 %113, i64 %109, i64 0
  %115 = icmp slt i64 %114, 13
  %116 = select i1 %115, i64 %114, i64 13
  %117 = add i64 %104, %116
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = load float, float* %118, align 4
  %120 = select i1 %112, float %119, float 0.000000e+00
  %121 = mul i64 %i8, 3
  %122 = add i64 %121, %j14
  %123 = add i64 %19, 0
  %124 = mul i64 %123, 1
  %125 = add i64 %124, %c4
  %126 = mul i64 %125, 9
  %127 = add i64 %126, %122
  %128 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_7.weight to float*), i64 %127
  %129 = load float, float* %128, align 4
  %130 = load float, float* %7, align 4
  %131 = call float @llvm.fma.f32(float %129, float %120, float %130)
  store float %131, float* %7, align 4
  %j.next15 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header18:                                      ; preds = %c.exit24, %xs.exit
  %xs21 = phi i64 [ 13, %xs.exit ], [ %xs.next39, %c.exit24 ]
  %132 = icmp slt i64 %xs21, 14
  br i1 %132, label %xs.body19, label %xs.exit20

xs.body19:                                        ; preds = %xs.header18
  store float 0.000000e+00, float* %6, align 4
  br label %c.header22

xs.exit20:                                        ; preds = %xs.header18
  %task.next = add i64 %task, 1
  br label %task.header

c.header22:                                       ; preds = %i.exit28, %xs.body19
  %c25 = phi i64 [ 0, %xs.body19 ], [ %c.next38, %i.exit28 ]
  %133 = icmp slt i64 %c25, 1
  br i1 %133, label %c.body23, label %c.exit24

c.body23:                                         ; preds = %c.header22
  %134 = mul i64 %c25, 196
  %135 = add i64 %23, %134
  br label %i.header26

c.exit24:                                         ; preds = %c.header22
  %136 = load float, float* %6, align 4
  %137 = mul i64 %16, 512
  %138 = add i64 %19, 0
  %139 = add i64 %137, %138
  %140 = mul i64 %139, 14
  %141 = add i64 %140, %13
  %142 = mul i64 %141, 14
  %143 = add i64 %142, %xs21
  %144 = getelementptr inbounds float, float* %0, i64 %143
  store float %136, float* %144, align 4
  %xs.next39 = add i64 %xs21, 1
  br label %xs.header18

i.header26:                                       ; preds = %endif31, %c.body23
  %i29 = phi i64 [ 0, %c.body23 ], [ %i.next37, %endif31 ]
  %145 = icmp slt i64 %i29, 3
  br i1 %145, label %i.body27, label %i.exit28

i.body27:                                         ; preds = %i.header26
  %146 = mul i64 %i29, 1
  %147 = add i64 %25, %146
  %148 = icmp sge i64 %147, 0
  %149 = icmp slt i64 %147, 14
  %150 = and i1 %148, %149
  br i1 %150, label %then30, label %endif31

i.exit28:                                         ; preds = %i.header26
  %c.next38 = add i64 %c25, 1
  br label %c.header22

then30:                                           ; preds = %i.body27
  %151 = mul i64 %147, 14
  %152 = add i64 %135, %151
  br label %j.header32

endif31:                                          ; preds = %j.exit34, %i.body27
  %i.next37 = add i64 %i29, 1
  br label %i.header26

j.header32:                                       ; preds = %j.body33, %then30
  %j35 = phi i64 [ 0, %then30 ], [ %j.next36, %j.body33 ]
  %153 = icmp slt i64 %j35, 3
  br i1 %153, label %j.body33, label %j.exit34

j.body33:                                         ; preds = %j.header32
  %154 = mul i64 %xs21, 1
  %155 = mul i64 %j35, 1
  %156 = add i64 %154, %155
  %157 = sub i64 %156, 1
  %158 = icmp sge i64 %157, 0
  %159 = icmp slt i64 %157, 14
  %160 = and i1 %158, %159
  %161 = icmp sgt i64 %157, 0
  %162 = select i1 %161, i64 %157, i64 0
  %163 = icmp slt i64 %162, 13
  %164 = select i1 %163, i64 %162, i64 13
  %165 = add i64 %152, %164
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = load float, float* %166, align 4
  %168 = select i1 %160, float %167, float 0.000000e+00
  %169 = mul i64 %i29, 3
  %170 = add i64 %169, %j35
  %171 = add i64 %19, 0
  %172 = mul i64 %171, 1
  %173 = add i64 %172, %c25
  %174 = mul i64 %173, 9
  %175 = add i64 %174, %170
  %176 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_7.weight to float*), i64 %175
  %177 = load float, float* %176, align 4
  %178 = load float, float* %6, align 4
  %179 = call float @llvm.fma.f32(float %177, float %168, float %178)
  store float %179, float* %6, align 4
  %j.next36 = add i64 %j35, 1
  br label %j.header32

j.exit34:                                         ; preds = %j.header32
  br label %endif31
}

; Function Attrs: nounwind
define internal void @node39.depthwiseConv2d_7.step0(i8* %0) #2 {
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
  call void @node39.depthwiseConv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node40.batchNorm_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_14.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_14.shift to float*), i64 %7
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
define internal void @node40.batchNorm_14.step0(i8* %0) #2 {
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
  call void @node40.batchNorm_14.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node41.relu_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node41.relu_14.step0(i8* %0) #2 {
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
  call void @node41.relu_14.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node42.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 128
  %24 = sdiv i64 %task, 128
  %25 = srem i64 %24, 9
  %26 = sdiv i64 %task, 1152
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 512
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 512
  %33 = mul i64 %27, 512
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 8
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %38 = icmp slt i64 %c, 512
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %39, %36
  %41 = add i64 %35, %40
  %42 = add i64 %41, 0
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %44, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %46 = add i64 %31, 0
  %47 = mul i64 %46, 512
  %48 = add i64 %47, %c
  %49 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %21, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %21, align 32
  %54 = add i64 %31, 1
  %55 = mul i64 %54, 512
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat1 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %45, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %20, align 32
  %62 = add i64 %31, 2
  %63 = mul i64 %62, 512
  %64 = add i64 %63, %c
  %65 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat2 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %45, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %19, align 32
  %70 = add i64 %31, 3
  %71 = mul i64 %70, 512
  %72 = add i64 %71, %c
  %73 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat3 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %76 = load <8 x float>, <8 x float>* %18, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %45, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = mul i64 %28, 512
  %80 = add i64 %31, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 196
  %83 = add i64 %36, 0
  %84 = add i64 %82, %83
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %78, <8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = mul i64 %28, 512
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 196
  %92 = add i64 %36, 0
  %93 = add i64 %91, %92
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %95, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %96 = load <8 x float>, <8 x float>* %19, align 32
  %97 = mul i64 %28, 512
  %98 = add i64 %31, 2
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 196
  %101 = add i64 %36, 0
  %102 = add i64 %100, %101
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %96, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %18, align 32
  %106 = mul i64 %28, 512
  %107 = add i64 %31, 3
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 196
  %110 = add i64 %36, 0
  %111 = add i64 %109, %110
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %105, <8 x float>* %113, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %114 = icmp slt i64 %c7, 512
  br i1 %114, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %115 = mul i64 %c7, 196
  %116 = add i64 %115, %36
  %117 = add i64 %35, %116
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %117, 8
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %117, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %31, 0
  %131 = mul i64 %130, 512
  %132 = add i64 %131, %c7
  %133 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat8 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %16, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %125, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %16, align 32
  %140 = load <8 x float>, <8 x float>* %15, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %129, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %15, align 32
  %142 = add i64 %31, 1
  %143 = mul i64 %142, 512
  %144 = add i64 %143, %c7
  %145 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %144
  %146 = load float, float* %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %splat9 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, <8 x float>* %14, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %14, align 32
  %150 = load <8 x float>, <8 x float>* %13, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %125, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %13, align 32
  %152 = load <8 x float>, <8 x float>* %12, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %129, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %12, align 32
  %154 = add i64 %31, 2
  %155 = mul i64 %154, 512
  %156 = add i64 %155, %c7
  %157 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %11, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %121, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %11, align 32
  %162 = load <8 x float>, <8 x float>* %10, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %125, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %10, align 32
  %164 = load <8 x float>, <8 x float>* %9, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %129, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %9, align 32
  %166 = add i64 %31, 3
  %167 = mul i64 %166, 512
  %168 = add i64 %167, %c7
  %169 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat11 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %8, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %121, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %8, align 32
  %174 = load <8 x float>, <8 x float>* %7, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %125, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %129, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = mul i64 %28, 512
  %180 = add i64 %31, 0
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 196
  %183 = add i64 %36, 0
  %184 = add i64 %182, %183
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %178, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = mul i64 %28, 512
  %189 = add i64 %31, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 196
  %192 = add i64 %36, 8
  %193 = add i64 %191, %192
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %187, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = mul i64 %28, 512
  %198 = add i64 %31, 0
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 196
  %201 = add i64 %36, 16
  %202 = add i64 %200, %201
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %196, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = mul i64 %28, 512
  %207 = add i64 %31, 1
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 196
  %210 = add i64 %36, 0
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %13, align 32
  %215 = mul i64 %28, 512
  %216 = add i64 %31, 1
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 196
  %219 = add i64 %36, 8
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %12, align 32
  %224 = mul i64 %28, 512
  %225 = add i64 %31, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 196
  %228 = add i64 %36, 16
  %229 = add i64 %227, %228
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %223, <8 x float>* %231, align 4
  %232 = load <8 x float>, <8 x float>* %11, align 32
  %233 = mul i64 %28, 512
  %234 = add i64 %31, 2
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 196
  %237 = add i64 %36, 0
  %238 = add i64 %236, %237
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %232, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %10, align 32
  %242 = mul i64 %28, 512
  %243 = add i64 %31, 2
  %244 = add i64 %242, %243
  %245 = mul i64 %244, 196
  %246 = add i64 %36, 8
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %241, <8 x float>* %249, align 4
  %250 = load <8 x float>, <8 x float>* %9, align 32
  %251 = mul i64 %28, 512
  %252 = add i64 %31, 2
  %253 = add i64 %251, %252
  %254 = mul i64 %253, 196
  %255 = add i64 %36, 16
  %256 = add i64 %254, %255
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %250, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = mul i64 %28, 512
  %261 = add i64 %31, 3
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 196
  %264 = add i64 %36, 0
  %265 = add i64 %263, %264
  %266 = getelementptr inbounds float, float* %0, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %259, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %7, align 32
  %269 = mul i64 %28, 512
  %270 = add i64 %31, 3
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 196
  %273 = add i64 %36, 8
  %274 = add i64 %272, %273
  %275 = getelementptr inbounds float, float* %0, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %268, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = mul i64 %28, 512
  %279 = add i64 %31, 3
  %280 = add i64 %278, %279
  %281 = mul i64 %280, 196
  %282 = add i64 %36, 16
  %283 = add i64 %281, %282
  %284 = getelementptr inbounds float, float* %0, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %277, <8 x float>* %285, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node42.conv2d_8.step0(i8* %0) #2 {
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
  call void @node42.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node43.batchNorm_15.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_15.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_15.shift to float*), i64 %7
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
define internal void @node43.batchNorm_15.step0(i8* %0) #2 {
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
  call void @node43.batchNorm_15.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node44.relu_15.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node44.relu_15.step0(i8* %0) #2 {
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
  call void @node44.relu_15.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node45.depthwiseConv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit20 ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 1
  %12 = sdiv i64 %task, 1
  %13 = srem i64 %12, 14
  %14 = sdiv i64 %task, 14
  %15 = srem i64 %14, 512
  %16 = sdiv i64 %14, 512
  %17 = mul i64 %15, 1
  %18 = mul i64 %11, 1
  %19 = add i64 %17, %18
  %20 = mul i64 %16, 512
  %21 = mul i64 %15, 1
  %22 = add i64 %20, %21
  %23 = mul i64 %22, 196
  %24 = mul i64 %13, 1
  %25 = sub i64 %24, 1
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %26 = icmp slt i64 %c, 1
  br i1 %26, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %27 = mul i64 %c, 196
  %28 = add i64 %23, %27
  br label %i.header

c.exit:                                           ; preds = %c.header
  %29 = load <8 x float>, <8 x float>* %9, align 32
  %30 = mul i64 %16, 512
  %31 = add i64 %19, 0
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 14
  %34 = add i64 %33, %13
  %35 = mul i64 %34, 14
  %36 = add i64 %35, 1
  %37 = getelementptr inbounds float, float* %0, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  store <8 x float> %29, <8 x float>* %38, align 4
  %39 = load <8 x float>, <8 x float>* %8, align 32
  %40 = mul i64 %16, 512
  %41 = add i64 %19, 0
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 14
  %44 = add i64 %43, %13
  %45 = mul i64 %44, 14
  %46 = add i64 %45, 9
  %47 = getelementptr inbounds float, float* %0, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %39, <8 x float>* %48, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %49 = icmp slt i64 %i, 3
  br i1 %49, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %50 = mul i64 %i, 1
  %51 = add i64 %25, %50
  %52 = icmp sge i64 %51, 0
  %53 = icmp slt i64 %51, 14
  %54 = and i1 %52, %53
  br i1 %54, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %55 = mul i64 %51, 14
  %56 = add i64 %28, %55
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %57 = icmp slt i64 %j, 3
  br i1 %57, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %58 = mul i64 %j, 1
  %59 = add i64 1, %58
  %60 = sub i64 %59, 1
  %61 = add i64 %56, %60
  %62 = add i64 %61, 0
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %61, 8
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %68, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %70 = mul i64 %i, 3
  %71 = add i64 %70, %j
  %72 = add i64 %19, 0
  %73 = mul i64 %72, 1
  %74 = add i64 %73, %c
  %75 = mul i64 %74, 9
  %76 = add i64 %75, %71
  %77 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_8.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %9, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %65, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %9, align 32
  %82 = load <8 x float>, <8 x float>* %8, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %69, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit3, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit3 ]
  %84 = icmp slt i64 %xs, 1
  br i1 %84, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header1

xs.exit:                                          ; preds = %xs.header
  br label %xs.header18

c.header1:                                        ; preds = %i.exit7, %xs.body
  %c4 = phi i64 [ 0, %xs.body ], [ %c.next17, %i.exit7 ]
  %85 = icmp slt i64 %c4, 1
  br i1 %85, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %86 = mul i64 %c4, 196
  %87 = add i64 %23, %86
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %88 = load float, float* %7, align 4
  %89 = mul i64 %16, 512
  %90 = add i64 %19, 0
  %91 = add i64 %89, %90
  %92 = mul i64 %91, 14
  %93 = add i64 %92, %13
  %94 = mul i64 %93, 14
  %95 = add i64 %94, %xs
  %96 = getelementptr inbounds float, float* %0, i64 %95
  store float %88, float* %96, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next16, %endif10 ]
  %97 = icmp slt i64 %i8, 3
  br i1 %97, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %98 = mul i64 %i8, 1
  %99 = add i64 %25, %98
  %100 = icmp sge i64 %99, 0
  %101 = icmp slt i64 %99, 14
  %102 = and i1 %100, %101
  br i1 %102, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next17 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %103 = mul i64 %99, 14
  %104 = add i64 %87, %103
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next16 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next15, %j.body12 ]
  %105 = icmp slt i64 %j14, 3
  br i1 %105, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %106 = mul i64 %xs, 1
  %107 = mul i64 %j14, 1
  %108 = add i64 %106, %107
  %109 = sub i64 %108, 1
  %110 = icmp sge i64 %109, 0
  %111 = icmp slt i64 %109, 14
  %112 = and i1 %110, %111
  %113 = icmp sgt i64 %109, 0
  %114 = select i1 %113, i64 %109, i64 0
  %115 = icmp slt i64 %114, 13
  %116 = select i1 %115, i64 %114, i64 13
  %117 = add i64 %104, %116
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = load float, float* %118, align 4
  %120 = select i1 %112, float %119, float 0.000000e+00
  %121 = mul i64 %i8, 3
  %122 = add i64 %121, %j14
  %123 = add i64 %19, 0
  %124 = mul i64 %123, 1
  %125 = add i64 %124, %c4
  %126 = mul i64 %125, 9
  %127 = add i64 %126, %122
  %128 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_8.weight to float*), i64 %127
  %129 = load float, float* %128, align 4
  %130 = load float, float* %7, align 4
  %131 = call float @llvm.fma.f32(float %129, float %120, float %130)
  store float %131, float* %7, align 4
  %j.next15 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header18:                                      ; preds = %c.exit24, %xs.exit
  %xs21 = phi i64 [ 13, %xs.exit ], [ %xs.next39, %c.exit24 ]
  %132 = icmp slt i64 %xs21, 14
  br i1 %132, label %xs.body19, label %xs.exit20

xs.body19:                                        ; preds = %xs.header18
  store float 0.000000e+00, float* %6, align 4
  br label %c.header22

xs.exit20:                                        ; preds = %xs.header18
  %task.next = add i64 %task, 1
  br label %task.header

c.header22:                                       ; preds = %i.exit28, %xs.body19
  %c25 = phi i64 [ 0, %xs.body19 ], [ %c.next38, %i.exit28 ]
  %133 = icmp slt i64 %c25, 1
  br i1 %133, label %c.body23, label %c.exit24

c.body23:                                         ; preds = %c.header22
  %134 = mul i64 %c25, 196
  %135 = add i64 %23, %134
  br label %i.header26

c.exit24:                                         ; preds = %c.header22
  %136 = load float, float* %6, align 4
  %137 = mul i64 %16, 512
  %138 = add i64 %19, 0
  %139 = add i64 %137, %138
  %140 = mul i64 %139, 14
  %141 = add i64 %140, %13
  %142 = mul i64 %141, 14
  %143 = add i64 %142, %xs21
  %144 = getelementptr inbounds float, float* %0, i64 %143
  store float %136, float* %144, align 4
  %xs.next39 = add i64 %xs21, 1
  br label %xs.header18

i.header26:                                       ; preds = %endif31, %c.body23
  %i29 = phi i64 [ 0, %c.body23 ], [ %i.next37, %endif31 ]
  %145 = icmp slt i64 %i29, 3
  br i1 %145, label %i.body27, label %i.exit28

i.body27:                                         ; preds = %i.header26
  %146 = mul i64 %i29, 1
  %147 = add i64 %25, %146
  %148 = icmp sge i64 %147, 0
  %149 = icmp slt i64 %147, 14
  %150 = and i1 %148, %149
  br i1 %150, label %then30, label %endif31

i.exit28:                                         ; preds = %i.header26
  %c.next38 = add i64 %c25, 1
  br label %c.header22

then30:                                           ; preds = %i.body27
  %151 = mul i64 %147, 14
  %152 = add i64 %135, %151
  br label %j.header32

endif31:                                          ; preds = %j.exit34, %i.body27
  %i.next37 = add i64 %i29, 1
  br label %i.header26

j.header32:                                       ; preds = %j.body33, %then30
  %j35 = phi i64 [ 0, %then30 ], [ %j.next36, %j.body33 ]
  %153 = icmp slt i64 %j35, 3
  br i1 %153, label %j.body33, label %j.exit34

j.body33:                                         ; preds = %j.header32
  %154 = mul i64 %xs21, 1
  %155 = mul i64 %j35, 1
  %156 = add i64 %154, %155
  %157 = sub i64 %156, 1
  %158 = icmp sge i64 %157, 0
  %159 = icmp slt i64 %157, 14
  %160 = and i1 %158, %159
  %161 = icmp sgt i64 %157, 0
  %162 = select i1 %161, i64 %157, i64 0
  %163 = icmp slt i64 %162, 13
  %164 = select i1 %163, i64 %162, i64 13
  %165 = add i64 %152, %164
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = load float, float* %166, align 4
  %168 = select i1 %160, float %167, float 0.000000e+00
  %169 = mul i64 %i29, 3
  %170 = add i64 %169, %j35
  %171 = add i64 %19, 0
  %172 = mul i64 %171, 1
  %173 = add i64 %172, %c25
  %174 = mul i64 %173, 9
  %175 = add i64 %174, %170
  %176 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_8.weight to float*), i64 %175
  %177 = load float, float* %176, align 4
  %178 = load float, float* %6, align 4
  %179 = call float @llvm.fma.f32(float %177, float %168, float %178)
  store float %179, float* %6, align 4
  %j.next36 = add i64 %j35, 1
  br label %j.header32

j.exit34:                                         ; preds = %j.header32
  br label %endif31
}

; Function Attrs: nounwind
define internal void @node45.depthwiseConv2d_8.step0(i8* %0) #2 {
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
  call void @node45.depthwiseConv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node46.batchNorm_16.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node46.batchNorm_16.step0(i8* %0) #2 {
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
  call void @node46.batchNorm_16.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node47.relu_16.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node47.relu_16.step0(i8* %0) #2 {
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
  call void @node47.relu_16.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node48.conv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 128
  %24 = sdiv i64 %task, 128
  %25 = srem i64 %24, 9
  %26 = sdiv i64 %task, 1152
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 512
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 512
  %33 = mul i64 %27, 512
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 8
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %38 = icmp slt i64 %c, 512
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %39, %36
  %41 = add i64 %35, %40
  %42 = add i64 %41, 0
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %44, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %46 = add i64 %31, 0
  %47 = mul i64 %46, 512
  %48 = add i64 %47, %c
  %49 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %21, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %21, align 32
  %54 = add i64 %31, 1
  %55 = mul i64 %54, 512
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat1 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %45, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %20, align 32
  %62 = add i64 %31, 2
  %63 = mul i64 %62, 512
  %64 = add i64 %63, %c
  %65 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat2 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %45, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %19, align 32
  %70 = add i64 %31, 3
  %71 = mul i64 %70, 512
  %72 = add i64 %71, %c
  %73 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat3 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %76 = load <8 x float>, <8 x float>* %18, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %45, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = mul i64 %28, 512
  %80 = add i64 %31, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 196
  %83 = add i64 %36, 0
  %84 = add i64 %82, %83
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %78, <8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = mul i64 %28, 512
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 196
  %92 = add i64 %36, 0
  %93 = add i64 %91, %92
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %95, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %96 = load <8 x float>, <8 x float>* %19, align 32
  %97 = mul i64 %28, 512
  %98 = add i64 %31, 2
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 196
  %101 = add i64 %36, 0
  %102 = add i64 %100, %101
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %96, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %18, align 32
  %106 = mul i64 %28, 512
  %107 = add i64 %31, 3
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 196
  %110 = add i64 %36, 0
  %111 = add i64 %109, %110
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %105, <8 x float>* %113, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %114 = icmp slt i64 %c7, 512
  br i1 %114, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %115 = mul i64 %c7, 196
  %116 = add i64 %115, %36
  %117 = add i64 %35, %116
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %117, 8
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %117, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %31, 0
  %131 = mul i64 %130, 512
  %132 = add i64 %131, %c7
  %133 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat8 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %16, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %125, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %16, align 32
  %140 = load <8 x float>, <8 x float>* %15, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %129, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %15, align 32
  %142 = add i64 %31, 1
  %143 = mul i64 %142, 512
  %144 = add i64 %143, %c7
  %145 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %144
  %146 = load float, float* %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %splat9 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, <8 x float>* %14, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %14, align 32
  %150 = load <8 x float>, <8 x float>* %13, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %125, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %13, align 32
  %152 = load <8 x float>, <8 x float>* %12, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %129, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %12, align 32
  %154 = add i64 %31, 2
  %155 = mul i64 %154, 512
  %156 = add i64 %155, %c7
  %157 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %11, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %121, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %11, align 32
  %162 = load <8 x float>, <8 x float>* %10, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %125, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %10, align 32
  %164 = load <8 x float>, <8 x float>* %9, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %129, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %9, align 32
  %166 = add i64 %31, 3
  %167 = mul i64 %166, 512
  %168 = add i64 %167, %c7
  %169 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat11 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %8, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %121, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %8, align 32
  %174 = load <8 x float>, <8 x float>* %7, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %125, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %129, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = mul i64 %28, 512
  %180 = add i64 %31, 0
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 196
  %183 = add i64 %36, 0
  %184 = add i64 %182, %183
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %178, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = mul i64 %28, 512
  %189 = add i64 %31, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 196
  %192 = add i64 %36, 8
  %193 = add i64 %191, %192
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %187, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = mul i64 %28, 512
  %198 = add i64 %31, 0
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 196
  %201 = add i64 %36, 16
  %202 = add i64 %200, %201
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %196, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = mul i64 %28, 512
  %207 = add i64 %31, 1
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 196
  %210 = add i64 %36, 0
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %13, align 32
  %215 = mul i64 %28, 512
  %216 = add i64 %31, 1
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 196
  %219 = add i64 %36, 8
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %12, align 32
  %224 = mul i64 %28, 512
  %225 = add i64 %31, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 196
  %228 = add i64 %36, 16
  %229 = add i64 %227, %228
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %223, <8 x float>* %231, align 4
  %232 = load <8 x float>, <8 x float>* %11, align 32
  %233 = mul i64 %28, 512
  %234 = add i64 %31, 2
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 196
  %237 = add i64 %36, 0
  %238 = add i64 %236, %237
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %232, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %10, align 32
  %242 = mul i64 %28, 512
  %243 = add i64 %31, 2
  %244 = add i64 %242, %243
  %245 = mul i64 %244, 196
  %246 = add i64 %36, 8
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %241, <8 x float>* %249, align 4
  %250 = load <8 x float>, <8 x float>* %9, align 32
  %251 = mul i64 %28, 512
  %252 = add i64 %31, 2
  %253 = add i64 %251, %252
  %254 = mul i64 %253, 196
  %255 = add i64 %36, 16
  %256 = add i64 %254, %255
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %250, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = mul i64 %28, 512
  %261 = add i64 %31, 3
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 196
  %264 = add i64 %36, 0
  %265 = add i64 %263, %264
  %266 = getelementptr inbounds float, float* %0, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %259, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %7, align 32
  %269 = mul i64 %28, 512
  %270 = add i64 %31, 3
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 196
  %273 = add i64 %36, 8
  %274 = add i64 %272, %273
  %275 = getelementptr inbounds float, float* %0, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %268, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = mul i64 %28, 512
  %279 = add i64 %31, 3
  %280 = add i64 %278, %279
  %281 = mul i64 %280, 196
  %282 = add i64 %36, 16
  %283 = add i64 %281, %282
  %284 = getelementptr inbounds float, float* %0, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %277, <8 x float>* %285, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node48.conv2d_9.step0(i8* %0) #2 {
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
  call void @node48.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node49.batchNorm_17.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node49.batchNorm_17.step0(i8* %0) #2 {
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
  call void @node49.batchNorm_17.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node50.relu_17.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node50.relu_17.step0(i8* %0) #2 {
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
  call void @node50.relu_17.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node51.depthwiseConv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit20 ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 1
  %12 = sdiv i64 %task, 1
  %13 = srem i64 %12, 14
  %14 = sdiv i64 %task, 14
  %15 = srem i64 %14, 512
  %16 = sdiv i64 %14, 512
  %17 = mul i64 %15, 1
  %18 = mul i64 %11, 1
  %19 = add i64 %17, %18
  %20 = mul i64 %16, 512
  %21 = mul i64 %15, 1
  %22 = add i64 %20, %21
  %23 = mul i64 %22, 196
  %24 = mul i64 %13, 1
  %25 = sub i64 %24, 1
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %26 = icmp slt i64 %c, 1
  br i1 %26, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %27 = mul i64 %c, 196
  %28 = add i64 %23, %27
  br label %i.header

c.exit:                                           ; preds = %c.header
  %29 = load <8 x float>, <8 x float>* %9, align 32
  %30 = mul i64 %16, 512
  %31 = add i64 %19, 0
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 14
  %34 = add i64 %33, %13
  %35 = mul i64 %34, 14
  %36 = add i64 %35, 1
  %37 = getelementptr inbounds float, float* %0, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  store <8 x float> %29, <8 x float>* %38, align 4
  %39 = load <8 x float>, <8 x float>* %8, align 32
  %40 = mul i64 %16, 512
  %41 = add i64 %19, 0
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 14
  %44 = add i64 %43, %13
  %45 = mul i64 %44, 14
  %46 = add i64 %45, 9
  %47 = getelementptr inbounds float, float* %0, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %39, <8 x float>* %48, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %49 = icmp slt i64 %i, 3
  br i1 %49, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %50 = mul i64 %i, 1
  %51 = add i64 %25, %50
  %52 = icmp sge i64 %51, 0
  %53 = icmp slt i64 %51, 14
  %54 = and i1 %52, %53
  br i1 %54, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %55 = mul i64 %51, 14
  %56 = add i64 %28, %55
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %57 = icmp slt i64 %j, 3
  br i1 %57, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %58 = mul i64 %j, 1
  %59 = add i64 1, %58
  %60 = sub i64 %59, 1
  %61 = add i64 %56, %60
  %62 = add i64 %61, 0
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %61, 8
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %68, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %70 = mul i64 %i, 3
  %71 = add i64 %70, %j
  %72 = add i64 %19, 0
  %73 = mul i64 %72, 1
  %74 = add i64 %73, %c
  %75 = mul i64 %74, 9
  %76 = add i64 %75, %71
  %77 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_9.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %9, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %65, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %9, align 32
  %82 = load <8 x float>, <8 x float>* %8, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %69, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit3, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit3 ]
  %84 = icmp slt i64 %xs, 1
  br i1 %84, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header1

xs.exit:                                          ; preds = %xs.header
  br label %xs.header18

c.header1:                                        ; preds = %i.exit7, %xs.body
  %c4 = phi i64 [ 0, %xs.body ], [ %c.next17, %i.exit7 ]
  %85 = icmp slt i64 %c4, 1
  br i1 %85, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %86 = mul i64 %c4, 196
  %87 = add i64 %23, %86
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %88 = load float, float* %7, align 4
  %89 = mul i64 %16, 512
  %90 = add i64 %19, 0
  %91 = add i64 %89, %90
  %92 = mul i64 %91, 14
  %93 = add i64 %92, %13
  %94 = mul i64 %93, 14
  %95 = add i64 %94, %xs
  %96 = getelementptr inbounds float, float* %0, i64 %95
  store float %88, float* %96, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next16, %endif10 ]
  %97 = icmp slt i64 %i8, 3
  br i1 %97, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %98 = mul i64 %i8, 1
  %99 = add i64 %25, %98
  %100 = icmp sge i64 %99, 0
  %101 = icmp slt i64 %99, 14
  %102 = and i1 %100, %101
  br i1 %102, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next17 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %103 = mul i64 %99, 14
  %104 = add i64 %87, %103
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next16 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next15, %j.body12 ]
  %105 = icmp slt i64 %j14, 3
  br i1 %105, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %106 = mul i64 %xs, 1
  %107 = mul i64 %j14, 1
  %108 = add i64 %106, %107
  %109 = sub i64 %108, 1
  %110 = icmp sge i64 %109, 0
  %111 = icmp slt i64 %109, 14
  %112 = and i1 %110, %111
  %113 = icmp sgt i64 %109, 0
  %114 = select i1 %113, i64 %109, i64 0
  %115 = icmp slt i64 %114, 13
  %116 = select i1 %115, i64 %114, i64 13
  %117 = add i64 %104, %116
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = load float, float* %118, align 4
  %120 = select i1 %112, float %119, float 0.000000e+00
  %121 = mul i64 %i8, 3
  %122 = add i64 %121, %j14
  %123 = add i64 %19, 0
  %124 = mul i64 %123, 1
  %125 = add i64 %124, %c4
  %126 = mul i64 %125, 9
  %127 = add i64 %126, %122
  %128 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_9.weight to float*), i64 %127
  %129 = load float, float* %128, align 4
  %130 = load float, float* %7, align 4
  %131 = call float @llvm.fma.f32(float %129, float %120, float %130)
  store float %131, float* %7, align 4
  %j.next15 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header18:                                      ; preds = %c.exit24, %xs.exit
  %xs21 = phi i64 [ 13, %xs.exit ], [ %xs.next39, %c.exit24 ]
  %132 = icmp slt i64 %xs21, 14
  br i1 %132, label %xs.body19, label %xs.exit20

xs.body19:                                        ; preds = %xs.header18
  store float 0.000000e+00, float* %6, align 4
  br label %c.header22

xs.exit20:                                        ; preds = %xs.header18
  %task.next = add i64 %task, 1
  br label %task.header

c.header22:                                       ; preds = %i.exit28, %xs.body19
  %c25 = phi i64 [ 0, %xs.body19 ], [ %c.next38, %i.exit28 ]
  %133 = icmp slt i64 %c25, 1
  br i1 %133, label %c.body23, label %c.exit24

c.body23:                                         ; preds = %c.header22
  %134 = mul i64 %c25, 196
  %135 = add i64 %23, %134
  br label %i.header26

c.exit24:                                         ; preds = %c.header22
  %136 = load float, float* %6, align 4
  %137 = mul i64 %16, 512
  %138 = add i64 %19, 0
  %139 = add i64 %137, %138
  %140 = mul i64 %139, 14
  %141 = add i64 %140, %13
  %142 = mul i64 %141, 14
  %143 = add i64 %142, %xs21
  %144 = getelementptr inbounds float, float* %0, i64 %143
  store float %136, float* %144, align 4
  %xs.next39 = add i64 %xs21, 1
  br label %xs.header18

i.header26:                                       ; preds = %endif31, %c.body23
  %i29 = phi i64 [ 0, %c.body23 ], [ %i.next37, %endif31 ]
  %145 = icmp slt i64 %i29, 3
  br i1 %145, label %i.body27, label %i.exit28

i.body27:                                         ; preds = %i.header26
  %146 = mul i64 %i29, 1
  %147 = add i64 %25, %146
  %148 = icmp sge i64 %147, 0
  %149 = icmp slt i64 %147, 14
  %150 = and i1 %148, %149
  br i1 %150, label %then30, label %endif31

i.exit28:                                         ; preds = %i.header26
  %c.next38 = add i64 %c25, 1
  br label %c.header22

then30:                                           ; preds = %i.body27
  %151 = mul i64 %147, 14
  %152 = add i64 %135, %151
  br label %j.header32

endif31:                                          ; preds = %j.exit34, %i.body27
  %i.next37 = add i64 %i29, 1
  br label %i.header26

j.header32:                                       ; preds = %j.body33, %then30
  %j35 = phi i64 [ 0, %then30 ], [ %j.next36, %j.body33 ]
  %153 = icmp slt i64 %j35, 3
  br i1 %153, label %j.body33, label %j.exit34

j.body33:                                         ; preds = %j.header32
  %154 = mul i64 %xs21, 1
  %155 = mul i64 %j35, 1
  %156 = add i64 %154, %155
  %157 = sub i64 %156, 1
  %158 = icmp sge i64 %157, 0
  %159 = icmp slt i64 %157, 14
  %160 = and i1 %158, %159
  %161 = icmp sgt i64 %157, 0
  %162 = select i1 %161, i64 %157, i64 0
  %163 = icmp slt i64 %162, 13
  %164 = select i1 %163, i64 %162, i64 13
  %165 = add i64 %152, %164
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = load float, float* %166, align 4
  %168 = select i1 %160, float %167, float 0.000000e+00
  %169 = mul i64 %i29, 3
  %170 = add i64 %169, %j35
  %171 = add i64 %19, 0
  %172 = mul i64 %171, 1
  %173 = add i64 %172, %c25
  %174 = mul i64 %173, 9
  %175 = add i64 %174, %170
  %176 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_9.weight to float*), i64 %175
  %177 = load float, float* %176, align 4
  %178 = load float, float* %6, align 4
  %179 = call float @llvm.fma.f32(float %177, float %168, float %178)
  store float %179, float* %6, align 4
  %j.next36 = add i64 %j35, 1
  br label %j.header32

j.exit34:                                         ; preds = %j.header32
  br label %endif31
}

; Function Attrs: nounwind
define internal void @node51.depthwiseConv2d_9.step0(i8* %0) #2 {
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
  call void @node51.depthwiseConv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node52.batchNorm_18.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node52.batchNorm_18.step0(i8* %0) #2 {
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
  call void @node52.batchNorm_18.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node53.relu_18.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node53.relu_18.step0(i8* %0) #2 {
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
  call void @node53.relu_18.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node54.conv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 128
  %24 = sdiv i64 %task, 128
  %25 = srem i64 %24, 9
  %26 = sdiv i64 %task, 1152
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 512
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 512
  %33 = mul i64 %27, 512
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 8
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %38 = icmp slt i64 %c, 512
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %39, %36
  %41 = add i64 %35, %40
  %42 = add i64 %41, 0
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %44, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %46 = add i64 %31, 0
  %47 = mul i64 %46, 512
  %48 = add i64 %47, %c
  %49 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %21, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %21, align 32
  %54 = add i64 %31, 1
  %55 = mul i64 %54, 512
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat1 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %45, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %20, align 32
  %62 = add i64 %31, 2
  %63 = mul i64 %62, 512
  %64 = add i64 %63, %c
  %65 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat2 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %45, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %19, align 32
  %70 = add i64 %31, 3
  %71 = mul i64 %70, 512
  %72 = add i64 %71, %c
  %73 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat3 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %76 = load <8 x float>, <8 x float>* %18, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %45, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = mul i64 %28, 512
  %80 = add i64 %31, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 196
  %83 = add i64 %36, 0
  %84 = add i64 %82, %83
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %78, <8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = mul i64 %28, 512
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 196
  %92 = add i64 %36, 0
  %93 = add i64 %91, %92
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %95, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %96 = load <8 x float>, <8 x float>* %19, align 32
  %97 = mul i64 %28, 512
  %98 = add i64 %31, 2
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 196
  %101 = add i64 %36, 0
  %102 = add i64 %100, %101
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %96, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %18, align 32
  %106 = mul i64 %28, 512
  %107 = add i64 %31, 3
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 196
  %110 = add i64 %36, 0
  %111 = add i64 %109, %110
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %105, <8 x float>* %113, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %114 = icmp slt i64 %c7, 512
  br i1 %114, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %115 = mul i64 %c7, 196
  %116 = add i64 %115, %36
  %117 = add i64 %35, %116
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %117, 8
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %117, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %31, 0
  %131 = mul i64 %130, 512
  %132 = add i64 %131, %c7
  %133 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat8 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %16, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %125, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %16, align 32
  %140 = load <8 x float>, <8 x float>* %15, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %129, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %15, align 32
  %142 = add i64 %31, 1
  %143 = mul i64 %142, 512
  %144 = add i64 %143, %c7
  %145 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %144
  %146 = load float, float* %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %splat9 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, <8 x float>* %14, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %14, align 32
  %150 = load <8 x float>, <8 x float>* %13, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %125, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %13, align 32
  %152 = load <8 x float>, <8 x float>* %12, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %129, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %12, align 32
  %154 = add i64 %31, 2
  %155 = mul i64 %154, 512
  %156 = add i64 %155, %c7
  %157 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %11, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %121, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %11, align 32
  %162 = load <8 x float>, <8 x float>* %10, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %125, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %10, align 32
  %164 = load <8 x float>, <8 x float>* %9, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %129, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %9, align 32
  %166 = add i64 %31, 3
  %167 = mul i64 %166, 512
  %168 = add i64 %167, %c7
  %169 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat11 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %8, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %121, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %8, align 32
  %174 = load <8 x float>, <8 x float>* %7, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %125, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %129, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = mul i64 %28, 512
  %180 = add i64 %31, 0
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 196
  %183 = add i64 %36, 0
  %184 = add i64 %182, %183
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %178, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = mul i64 %28, 512
  %189 = add i64 %31, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 196
  %192 = add i64 %36, 8
  %193 = add i64 %191, %192
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %187, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = mul i64 %28, 512
  %198 = add i64 %31, 0
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 196
  %201 = add i64 %36, 16
  %202 = add i64 %200, %201
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %196, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = mul i64 %28, 512
  %207 = add i64 %31, 1
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 196
  %210 = add i64 %36, 0
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %13, align 32
  %215 = mul i64 %28, 512
  %216 = add i64 %31, 1
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 196
  %219 = add i64 %36, 8
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %12, align 32
  %224 = mul i64 %28, 512
  %225 = add i64 %31, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 196
  %228 = add i64 %36, 16
  %229 = add i64 %227, %228
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %223, <8 x float>* %231, align 4
  %232 = load <8 x float>, <8 x float>* %11, align 32
  %233 = mul i64 %28, 512
  %234 = add i64 %31, 2
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 196
  %237 = add i64 %36, 0
  %238 = add i64 %236, %237
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %232, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %10, align 32
  %242 = mul i64 %28, 512
  %243 = add i64 %31, 2
  %244 = add i64 %242, %243
  %245 = mul i64 %244, 196
  %246 = add i64 %36, 8
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %241, <8 x float>* %249, align 4
  %250 = load <8 x float>, <8 x float>* %9, align 32
  %251 = mul i64 %28, 512
  %252 = add i64 %31, 2
  %253 = add i64 %251, %252
  %254 = mul i64 %253, 196
  %255 = add i64 %36, 16
  %256 = add i64 %254, %255
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %250, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = mul i64 %28, 512
  %261 = add i64 %31, 3
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 196
  %264 = add i64 %36, 0
  %265 = add i64 %263, %264
  %266 = getelementptr inbounds float, float* %0, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %259, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %7, align 32
  %269 = mul i64 %28, 512
  %270 = add i64 %31, 3
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 196
  %273 = add i64 %36, 8
  %274 = add i64 %272, %273
  %275 = getelementptr inbounds float, float* %0, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %268, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = mul i64 %28, 512
  %279 = add i64 %31, 3
  %280 = add i64 %278, %279
  %281 = mul i64 %280, 196
  %282 = add i64 %36, 16
  %283 = add i64 %281, %282
  %284 = getelementptr inbounds float, float* %0, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %277, <8 x float>* %285, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node54.conv2d_10.step0(i8* %0) #2 {
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
  call void @node54.conv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node55.batchNorm_19.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node55.batchNorm_19.step0(i8* %0) #2 {
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
  call void @node55.batchNorm_19.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node56.relu_19.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node56.relu_19.step0(i8* %0) #2 {
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
  call void @node56.relu_19.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node57.depthwiseConv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit20 ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 1
  %12 = sdiv i64 %task, 1
  %13 = srem i64 %12, 14
  %14 = sdiv i64 %task, 14
  %15 = srem i64 %14, 512
  %16 = sdiv i64 %14, 512
  %17 = mul i64 %15, 1
  %18 = mul i64 %11, 1
  %19 = add i64 %17, %18
  %20 = mul i64 %16, 512
  %21 = mul i64 %15, 1
  %22 = add i64 %20, %21
  %23 = mul i64 %22, 196
  %24 = mul i64 %13, 1
  %25 = sub i64 %24, 1
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %26 = icmp slt i64 %c, 1
  br i1 %26, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %27 = mul i64 %c, 196
  %28 = add i64 %23, %27
  br label %i.header

c.exit:                                           ; preds = %c.header
  %29 = load <8 x float>, <8 x float>* %9, align 32
  %30 = mul i64 %16, 512
  %31 = add i64 %19, 0
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 14
  %34 = add i64 %33, %13
  %35 = mul i64 %34, 14
  %36 = add i64 %35, 1
  %37 = getelementptr inbounds float, float* %0, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  store <8 x float> %29, <8 x float>* %38, align 4
  %39 = load <8 x float>, <8 x float>* %8, align 32
  %40 = mul i64 %16, 512
  %41 = add i64 %19, 0
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 14
  %44 = add i64 %43, %13
  %45 = mul i64 %44, 14
  %46 = add i64 %45, 9
  %47 = getelementptr inbounds float, float* %0, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %39, <8 x float>* %48, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %49 = icmp slt i64 %i, 3
  br i1 %49, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %50 = mul i64 %i, 1
  %51 = add i64 %25, %50
  %52 = icmp sge i64 %51, 0
  %53 = icmp slt i64 %51, 14
  %54 = and i1 %52, %53
  br i1 %54, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %55 = mul i64 %51, 14
  %56 = add i64 %28, %55
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %57 = icmp slt i64 %j, 3
  br i1 %57, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %58 = mul i64 %j, 1
  %59 = add i64 1, %58
  %60 = sub i64 %59, 1
  %61 = add i64 %56, %60
  %62 = add i64 %61, 0
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %61, 8
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %68, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %70 = mul i64 %i, 3
  %71 = add i64 %70, %j
  %72 = add i64 %19, 0
  %73 = mul i64 %72, 1
  %74 = add i64 %73, %c
  %75 = mul i64 %74, 9
  %76 = add i64 %75, %71
  %77 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_10.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %9, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %65, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %9, align 32
  %82 = load <8 x float>, <8 x float>* %8, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %69, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit3, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit3 ]
  %84 = icmp slt i64 %xs, 1
  br i1 %84, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header1

xs.exit:                                          ; preds = %xs.header
  br label %xs.header18

c.header1:                                        ; preds = %i.exit7, %xs.body
  %c4 = phi i64 [ 0, %xs.body ], [ %c.next17, %i.exit7 ]
  %85 = icmp slt i64 %c4, 1
  br i1 %85, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %86 = mul i64 %c4, 196
  %87 = add i64 %23, %86
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %88 = load float, float* %7, align 4
  %89 = mul i64 %16, 512
  %90 = add i64 %19, 0
  %91 = add i64 %89, %90
  %92 = mul i64 %91, 14
  %93 = add i64 %92, %13
  %94 = mul i64 %93, 14
  %95 = add i64 %94, %xs
  %96 = getelementptr inbounds float, float* %0, i64 %95
  store float %88, float* %96, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next16, %endif10 ]
  %97 = icmp slt i64 %i8, 3
  br i1 %97, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %98 = mul i64 %i8, 1
  %99 = add i64 %25, %98
  %100 = icmp sge i64 %99, 0
  %101 = icmp slt i64 %99, 14
  %102 = and i1 %100, %101
  br i1 %102, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next17 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %103 = mul i64 %99, 14
  %104 = add i64 %87, %103
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next16 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next15, %j.body12 ]
  %105 = icmp slt i64 %j14, 3
  br i1 %105, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %106 = mul i64 %xs, 1
  %107 = mul i64 %j14, 1
  %108 = add i64 %106, %107
  %109 = sub i64 %108, 1
  %110 = icmp sge i64 %109, 0
  %111 = icmp slt i64 %109, 14
  %112 = and i1 %110, %111
  %113 = icmp sgt i64 %109, 0
  %114 = select i1 %113, i64 %109, i64 0
  %115 = icmp slt i64 %114, 13
  %116 = select i1 %115, i64 %114, i64 13
  %117 = add i64 %104, %116
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = load float, float* %118, align 4
  %120 = select i1 %112, float %119, float 0.000000e+00
  %121 = mul i64 %i8, 3
  %122 = add i64 %121, %j14
  %123 = add i64 %19, 0
  %124 = mul i64 %123, 1
  %125 = add i64 %124, %c4
  %126 = mul i64 %125, 9
  %127 = add i64 %126, %122
  %128 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_10.weight to float*), i64 %127
  %129 = load float, float* %128, align 4
  %130 = load float, float* %7, align 4
  %131 = call float @llvm.fma.f32(float %129, float %120, float %130)
  store float %131, float* %7, align 4
  %j.next15 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header18:                                      ; preds = %c.exit24, %xs.exit
  %xs21 = phi i64 [ 13, %xs.exit ], [ %xs.next39, %c.exit24 ]
  %132 = icmp slt i64 %xs21, 14
  br i1 %132, label %xs.body19, label %xs.exit20

xs.body19:                                        ; preds = %xs.header18
  store float 0.000000e+00, float* %6, align 4
  br label %c.header22

xs.exit20:                                        ; preds = %xs.header18
  %task.next = add i64 %task, 1
  br label %task.header

c.header22:                                       ; preds = %i.exit28, %xs.body19
  %c25 = phi i64 [ 0, %xs.body19 ], [ %c.next38, %i.exit28 ]
  %133 = icmp slt i64 %c25, 1
  br i1 %133, label %c.body23, label %c.exit24

c.body23:                                         ; preds = %c.header22
  %134 = mul i64 %c25, 196
  %135 = add i64 %23, %134
  br label %i.header26

c.exit24:                                         ; preds = %c.header22
  %136 = load float, float* %6, align 4
  %137 = mul i64 %16, 512
  %138 = add i64 %19, 0
  %139 = add i64 %137, %138
  %140 = mul i64 %139, 14
  %141 = add i64 %140, %13
  %142 = mul i64 %141, 14
  %143 = add i64 %142, %xs21
  %144 = getelementptr inbounds float, float* %0, i64 %143
  store float %136, float* %144, align 4
  %xs.next39 = add i64 %xs21, 1
  br label %xs.header18

i.header26:                                       ; preds = %endif31, %c.body23
  %i29 = phi i64 [ 0, %c.body23 ], [ %i.next37, %endif31 ]
  %145 = icmp slt i64 %i29, 3
  br i1 %145, label %i.body27, label %i.exit28

i.body27:                                         ; preds = %i.header26
  %146 = mul i64 %i29, 1
  %147 = add i64 %25, %146
  %148 = icmp sge i64 %147, 0
  %149 = icmp slt i64 %147, 14
  %150 = and i1 %148, %149
  br i1 %150, label %then30, label %endif31

i.exit28:                                         ; preds = %i.header26
  %c.next38 = add i64 %c25, 1
  br label %c.header22

then30:                                           ; preds = %i.body27
  %151 = mul i64 %147, 14
  %152 = add i64 %135, %151
  br label %j.header32

endif31:                                          ; preds = %j.exit34, %i.body27
  %i.next37 = add i64 %i29, 1
  br label %i.header26

j.header32:                                       ; preds = %j.body33, %then30
  %j35 = phi i64 [ 0, %then30 ], [ %j.next36, %j.body33 ]
  %153 = icmp slt i64 %j35, 3
  br i1 %153, label %j.body33, label %j.exit34

j.body33:                                         ; preds = %j.header32
  %154 = mul i64 %xs21, 1
  %155 = mul i64 %j35, 1
  %156 = add i64 %154, %155
  %157 = sub i64 %156, 1
  %158 = icmp sge i64 %157, 0
  %159 = icmp slt i64 %157, 14
  %160 = and i1 %158, %159
  %161 = icmp sgt i64 %157, 0
  %162 = select i1 %161, i64 %157, i64 0
  %163 = icmp slt i64 %162, 13
  %164 = select i1 %163, i64 %162, i64 13
  %165 = add i64 %152, %164
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = load float, float* %166, align 4
  %168 = select i1 %160, float %167, float 0.000000e+00
  %169 = mul i64 %i29, 3
  %170 = add i64 %169, %j35
  %171 = add i64 %19, 0
  %172 = mul i64 %171, 1
  %173 = add i64 %172, %c25
  %174 = mul i64 %173, 9
  %175 = add i64 %174, %170
  %176 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_10.weight to float*), i64 %175
  %177 = load float, float* %176, align 4
  %178 = load float, float* %6, align 4
  %179 = call float @llvm.fma.f32(float %177, float %168, float %178)
  store float %179, float* %6, align 4
  %j.next36 = add i64 %j35, 1
  br label %j.header32

j.exit34:                                         ; preds = %j.header32
  br label %endif31
}

; Function Attrs: nounwind
define internal void @node57.depthwiseConv2d_10.step0(i8* %0) #2 {
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
  call void @node57.depthwiseConv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node58.batchNorm_20.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node58.batchNorm_20.step0(i8* %0) #2 {
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
  call void @node58.batchNorm_20.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node59.relu_20.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node59.relu_20.step0(i8* %0) #2 {
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
  call void @node59.relu_20.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node60.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 128
  %24 = sdiv i64 %task, 128
  %25 = srem i64 %24, 9
  %26 = sdiv i64 %task, 1152
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 512
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 512
  %33 = mul i64 %27, 512
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 8
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %38 = icmp slt i64 %c, 512
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %39, %36
  %41 = add i64 %35, %40
  %42 = add i64 %41, 0
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %44, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %46 = add i64 %31, 0
  %47 = mul i64 %46, 512
  %48 = add i64 %47, %c
  %49 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %21, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %21, align 32
  %54 = add i64 %31, 1
  %55 = mul i64 %54, 512
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat1 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %45, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %20, align 32
  %62 = add i64 %31, 2
  %63 = mul i64 %62, 512
  %64 = add i64 %63, %c
  %65 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat2 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %45, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %19, align 32
  %70 = add i64 %31, 3
  %71 = mul i64 %70, 512
  %72 = add i64 %71, %c
  %73 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat3 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %76 = load <8 x float>, <8 x float>* %18, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %45, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = mul i64 %28, 512
  %80 = add i64 %31, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 196
  %83 = add i64 %36, 0
  %84 = add i64 %82, %83
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %78, <8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = mul i64 %28, 512
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 196
  %92 = add i64 %36, 0
  %93 = add i64 %91, %92
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %95, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %96 = load <8 x float>, <8 x float>* %19, align 32
  %97 = mul i64 %28, 512
  %98 = add i64 %31, 2
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 196
  %101 = add i64 %36, 0
  %102 = add i64 %100, %101
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %96, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %18, align 32
  %106 = mul i64 %28, 512
  %107 = add i64 %31, 3
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 196
  %110 = add i64 %36, 0
  %111 = add i64 %109, %110
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %105, <8 x float>* %113, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %114 = icmp slt i64 %c7, 512
  br i1 %114, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %115 = mul i64 %c7, 196
  %116 = add i64 %115, %36
  %117 = add i64 %35, %116
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %117, 8
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %117, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %31, 0
  %131 = mul i64 %130, 512
  %132 = add i64 %131, %c7
  %133 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat8 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %16, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %125, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %16, align 32
  %140 = load <8 x float>, <8 x float>* %15, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %129, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %15, align 32
  %142 = add i64 %31, 1
  %143 = mul i64 %142, 512
  %144 = add i64 %143, %c7
  %145 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %144
  %146 = load float, float* %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %splat9 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, <8 x float>* %14, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %14, align 32
  %150 = load <8 x float>, <8 x float>* %13, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %125, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %13, align 32
  %152 = load <8 x float>, <8 x float>* %12, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %129, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %12, align 32
  %154 = add i64 %31, 2
  %155 = mul i64 %154, 512
  %156 = add i64 %155, %c7
  %157 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %11, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %121, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %11, align 32
  %162 = load <8 x float>, <8 x float>* %10, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %125, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %10, align 32
  %164 = load <8 x float>, <8 x float>* %9, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %129, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %9, align 32
  %166 = add i64 %31, 3
  %167 = mul i64 %166, 512
  %168 = add i64 %167, %c7
  %169 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat11 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %8, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %121, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %8, align 32
  %174 = load <8 x float>, <8 x float>* %7, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %125, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %129, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = mul i64 %28, 512
  %180 = add i64 %31, 0
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 196
  %183 = add i64 %36, 0
  %184 = add i64 %182, %183
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %178, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = mul i64 %28, 512
  %189 = add i64 %31, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 196
  %192 = add i64 %36, 8
  %193 = add i64 %191, %192
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %187, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = mul i64 %28, 512
  %198 = add i64 %31, 0
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 196
  %201 = add i64 %36, 16
  %202 = add i64 %200, %201
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %196, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = mul i64 %28, 512
  %207 = add i64 %31, 1
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 196
  %210 = add i64 %36, 0
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %13, align 32
  %215 = mul i64 %28, 512
  %216 = add i64 %31, 1
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 196
  %219 = add i64 %36, 8
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %12, align 32
  %224 = mul i64 %28, 512
  %225 = add i64 %31, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 196
  %228 = add i64 %36, 16
  %229 = add i64 %227, %228
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %223, <8 x float>* %231, align 4
  %232 = load <8 x float>, <8 x float>* %11, align 32
  %233 = mul i64 %28, 512
  %234 = add i64 %31, 2
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 196
  %237 = add i64 %36, 0
  %238 = add i64 %236, %237
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %232, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %10, align 32
  %242 = mul i64 %28, 512
  %243 = add i64 %31, 2
  %244 = add i64 %242, %243
  %245 = mul i64 %244, 196
  %246 = add i64 %36, 8
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %241, <8 x float>* %249, align 4
  %250 = load <8 x float>, <8 x float>* %9, align 32
  %251 = mul i64 %28, 512
  %252 = add i64 %31, 2
  %253 = add i64 %251, %252
  %254 = mul i64 %253, 196
  %255 = add i64 %36, 16
  %256 = add i64 %254, %255
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %250, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = mul i64 %28, 512
  %261 = add i64 %31, 3
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 196
  %264 = add i64 %36, 0
  %265 = add i64 %263, %264
  %266 = getelementptr inbounds float, float* %0, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %259, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %7, align 32
  %269 = mul i64 %28, 512
  %270 = add i64 %31, 3
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 196
  %273 = add i64 %36, 8
  %274 = add i64 %272, %273
  %275 = getelementptr inbounds float, float* %0, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %268, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = mul i64 %28, 512
  %279 = add i64 %31, 3
  %280 = add i64 %278, %279
  %281 = mul i64 %280, 196
  %282 = add i64 %36, 16
  %283 = add i64 %281, %282
  %284 = getelementptr inbounds float, float* %0, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %277, <8 x float>* %285, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node60.conv2d_11.step0(i8* %0) #2 {
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
  call void @node60.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node61.batchNorm_21.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_21.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_21.shift to float*), i64 %7
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
define internal void @node61.batchNorm_21.step0(i8* %0) #2 {
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
  call void @node61.batchNorm_21.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node62.relu_21.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node62.relu_21.step0(i8* %0) #2 {
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
  call void @node62.relu_21.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node63.depthwiseConv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit20 ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = srem i64 %task, 1
  %12 = sdiv i64 %task, 1
  %13 = srem i64 %12, 14
  %14 = sdiv i64 %task, 14
  %15 = srem i64 %14, 512
  %16 = sdiv i64 %14, 512
  %17 = mul i64 %15, 1
  %18 = mul i64 %11, 1
  %19 = add i64 %17, %18
  %20 = mul i64 %16, 512
  %21 = mul i64 %15, 1
  %22 = add i64 %20, %21
  %23 = mul i64 %22, 196
  %24 = mul i64 %13, 1
  %25 = sub i64 %24, 1
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %26 = icmp slt i64 %c, 1
  br i1 %26, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %27 = mul i64 %c, 196
  %28 = add i64 %23, %27
  br label %i.header

c.exit:                                           ; preds = %c.header
  %29 = load <8 x float>, <8 x float>* %9, align 32
  %30 = mul i64 %16, 512
  %31 = add i64 %19, 0
  %32 = add i64 %30, %31
  %33 = mul i64 %32, 14
  %34 = add i64 %33, %13
  %35 = mul i64 %34, 14
  %36 = add i64 %35, 1
  %37 = getelementptr inbounds float, float* %0, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  store <8 x float> %29, <8 x float>* %38, align 4
  %39 = load <8 x float>, <8 x float>* %8, align 32
  %40 = mul i64 %16, 512
  %41 = add i64 %19, 0
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 14
  %44 = add i64 %43, %13
  %45 = mul i64 %44, 14
  %46 = add i64 %45, 9
  %47 = getelementptr inbounds float, float* %0, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %39, <8 x float>* %48, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %49 = icmp slt i64 %i, 3
  br i1 %49, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %50 = mul i64 %i, 1
  %51 = add i64 %25, %50
  %52 = icmp sge i64 %51, 0
  %53 = icmp slt i64 %51, 14
  %54 = and i1 %52, %53
  br i1 %54, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %55 = mul i64 %51, 14
  %56 = add i64 %28, %55
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %57 = icmp slt i64 %j, 3
  br i1 %57, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %58 = mul i64 %j, 1
  %59 = add i64 1, %58
  %60 = sub i64 %59, 1
  %61 = add i64 %56, %60
  %62 = add i64 %61, 0
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %61, 8
  %67 = getelementptr inbounds float, float* %1, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %68, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %70 = mul i64 %i, 3
  %71 = add i64 %70, %j
  %72 = add i64 %19, 0
  %73 = mul i64 %72, 1
  %74 = add i64 %73, %c
  %75 = mul i64 %74, 9
  %76 = add i64 %75, %71
  %77 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_11.weight to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %9, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %65, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %9, align 32
  %82 = load <8 x float>, <8 x float>* %8, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %69, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit3, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit3 ]
  %84 = icmp slt i64 %xs, 1
  br i1 %84, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header1

xs.exit:                                          ; preds = %xs.header
  br label %xs.header18

c.header1:                                        ; preds = %i.exit7, %xs.body
  %c4 = phi i64 [ 0, %xs.body ], [ %c.next17, %i.exit7 ]
  %85 = icmp slt i64 %c4, 1
  br i1 %85, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %86 = mul i64 %c4, 196
  %87 = add i64 %23, %86
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %88 = load float, float* %7, align 4
  %89 = mul i64 %16, 512
  %90 = add i64 %19, 0
  %91 = add i64 %89, %90
  %92 = mul i64 %91, 14
  %93 = add i64 %92, %13
  %94 = mul i64 %93, 14
  %95 = add i64 %94, %xs
  %96 = getelementptr inbounds float, float* %0, i64 %95
  store float %88, float* %96, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next16, %endif10 ]
  %97 = icmp slt i64 %i8, 3
  br i1 %97, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %98 = mul i64 %i8, 1
  %99 = add i64 %25, %98
  %100 = icmp sge i64 %99, 0
  %101 = icmp slt i64 %99, 14
  %102 = and i1 %100, %101
  br i1 %102, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next17 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %103 = mul i64 %99, 14
  %104 = add i64 %87, %103
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next16 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next15, %j.body12 ]
  %105 = icmp slt i64 %j14, 3
  br i1 %105, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %106 = mul i64 %xs, 1
  %107 = mul i64 %j14, 1
  %108 = add i64 %106, %107
  %109 = sub i64 %108, 1
  %110 = icmp sge i64 %109, 0
  %111 = icmp slt i64 %109, 14
  %112 = and i1 %110, %111
  %113 = icmp sgt i64 %109, 0
  %114 = select i1 %113, i64 %109, i64 0
  %115 = icmp slt i64 %114, 13
  %116 = select i1 %115, i64 %114, i64 13
  %117 = add i64 %104, %116
  %118 = getelementptr inbounds float, float* %1, i64 %117
  %119 = load float, float* %118, align 4
  %120 = select i1 %112, float %119, float 0.000000e+00
  %121 = mul i64 %i8, 3
  %122 = add i64 %121, %j14
  %123 = add i64 %19, 0
  %124 = mul i64 %123, 1
  %125 = add i64 %124, %c4
  %126 = mul i64 %125, 9
  %127 = add i64 %126, %122
  %128 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_11.weight to float*), i64 %127
  %129 = load float, float* %128, align 4
  %130 = load float, float* %7, align 4
  %131 = call float @llvm.fma.f32(float %129, float %120, float %130)
  store float %131, float* %7, align 4
  %j.next15 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header18:                                      ; preds = %c.exit24, %xs.exit
  %xs21 = phi i64 [ 13, %xs.exit ], [ %xs.next39, %c.exit24 ]
  %132 = icmp slt i64 %xs21, 14
  br i1 %132, label %xs.body19, label %xs.exit20

xs.body19:                                        ; preds = %xs.header18
  store float 0.000000e+00, float* %6, align 4
  br label %c.header22

xs.exit20:                                        ; preds = %xs.header18
  %task.next = add i64 %task, 1
  br label %task.header

c.header22:                                       ; preds = %i.exit28, %xs.body19
  %c25 = phi i64 [ 0, %xs.body19 ], [ %c.next38, %i.exit28 ]
  %133 = icmp slt i64 %c25, 1
  br i1 %133, label %c.body23, label %c.exit24

c.body23:                                         ; preds = %c.header22
  %134 = mul i64 %c25, 196
  %135 = add i64 %23, %134
  br label %i.header26

c.exit24:                                         ; preds = %c.header22
  %136 = load float, float* %6, align 4
  %137 = mul i64 %16, 512
  %138 = add i64 %19, 0
  %139 = add i64 %137, %138
  %140 = mul i64 %139, 14
  %141 = add i64 %140, %13
  %142 = mul i64 %141, 14
  %143 = add i64 %142, %xs21
  %144 = getelementptr inbounds float, float* %0, i64 %143
  store float %136, float* %144, align 4
  %xs.next39 = add i64 %xs21, 1
  br label %xs.header18

i.header26:                                       ; preds = %endif31, %c.body23
  %i29 = phi i64 [ 0, %c.body23 ], [ %i.next37, %endif31 ]
  %145 = icmp slt i64 %i29, 3
  br i1 %145, label %i.body27, label %i.exit28

i.body27:                                         ; preds = %i.header26
  %146 = mul i64 %i29, 1
  %147 = add i64 %25, %146
  %148 = icmp sge i64 %147, 0
  %149 = icmp slt i64 %147, 14
  %150 = and i1 %148, %149
  br i1 %150, label %then30, label %endif31

i.exit28:                                         ; preds = %i.header26
  %c.next38 = add i64 %c25, 1
  br label %c.header22

then30:                                           ; preds = %i.body27
  %151 = mul i64 %147, 14
  %152 = add i64 %135, %151
  br label %j.header32

endif31:                                          ; preds = %j.exit34, %i.body27
  %i.next37 = add i64 %i29, 1
  br label %i.header26

j.header32:                                       ; preds = %j.body33, %then30
  %j35 = phi i64 [ 0, %then30 ], [ %j.next36, %j.body33 ]
  %153 = icmp slt i64 %j35, 3
  br i1 %153, label %j.body33, label %j.exit34

j.body33:                                         ; preds = %j.header32
  %154 = mul i64 %xs21, 1
  %155 = mul i64 %j35, 1
  %156 = add i64 %154, %155
  %157 = sub i64 %156, 1
  %158 = icmp sge i64 %157, 0
  %159 = icmp slt i64 %157, 14
  %160 = and i1 %158, %159
  %161 = icmp sgt i64 %157, 0
  %162 = select i1 %161, i64 %157, i64 0
  %163 = icmp slt i64 %162, 13
  %164 = select i1 %163, i64 %162, i64 13
  %165 = add i64 %152, %164
  %166 = getelementptr inbounds float, float* %1, i64 %165
  %167 = load float, float* %166, align 4
  %168 = select i1 %160, float %167, float 0.000000e+00
  %169 = mul i64 %i29, 3
  %170 = add i64 %169, %j35
  %171 = add i64 %19, 0
  %172 = mul i64 %171, 1
  %173 = add i64 %172, %c25
  %174 = mul i64 %173, 9
  %175 = add i64 %174, %170
  %176 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_11.weight to float*), i64 %175
  %177 = load float, float* %176, align 4
  %178 = load float, float* %6, align 4
  %179 = call float @llvm.fma.f32(float %177, float %168, float %178)
  store float %179, float* %6, align 4
  %j.next36 = add i64 %j35, 1
  br label %j.header32

j.exit34:                                         ; preds = %j.header32
  br label %endif31
}

; Function Attrs: nounwind
define internal void @node63.depthwiseConv2d_11.step0(i8* %0) #2 {
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
  call void @node63.depthwiseConv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node64.batchNorm_22.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_22.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_22.shift to float*), i64 %7
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
define internal void @node64.batchNorm_22.step0(i8* %0) #2 {
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
  call void @node64.batchNorm_22.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node65.relu_22.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node65.relu_22.step0(i8* %0) #2 {
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
  call void @node65.relu_22.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node66.conv2d_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 128
  %24 = sdiv i64 %task, 128
  %25 = srem i64 %24, 9
  %26 = sdiv i64 %task, 1152
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 512
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 512
  %33 = mul i64 %27, 512
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 196
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 8
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %38 = icmp slt i64 %c, 512
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 196
  %40 = add i64 %39, %36
  %41 = add i64 %35, %40
  %42 = add i64 %41, 0
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %44, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %46 = add i64 %31, 0
  %47 = mul i64 %46, 512
  %48 = add i64 %47, %c
  %49 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %21, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %21, align 32
  %54 = add i64 %31, 1
  %55 = mul i64 %54, 512
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat1 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %45, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %20, align 32
  %62 = add i64 %31, 2
  %63 = mul i64 %62, 512
  %64 = add i64 %63, %c
  %65 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat2 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %45, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %19, align 32
  %70 = add i64 %31, 3
  %71 = mul i64 %70, 512
  %72 = add i64 %71, %c
  %73 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat3 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %76 = load <8 x float>, <8 x float>* %18, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %45, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = mul i64 %28, 512
  %80 = add i64 %31, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 196
  %83 = add i64 %36, 0
  %84 = add i64 %82, %83
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %78, <8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = mul i64 %28, 512
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 196
  %92 = add i64 %36, 0
  %93 = add i64 %91, %92
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %95, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %96 = load <8 x float>, <8 x float>* %19, align 32
  %97 = mul i64 %28, 512
  %98 = add i64 %31, 2
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 196
  %101 = add i64 %36, 0
  %102 = add i64 %100, %101
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %96, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %18, align 32
  %106 = mul i64 %28, 512
  %107 = add i64 %31, 3
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 196
  %110 = add i64 %36, 0
  %111 = add i64 %109, %110
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %105, <8 x float>* %113, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %114 = icmp slt i64 %c7, 512
  br i1 %114, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %115 = mul i64 %c7, 196
  %116 = add i64 %115, %36
  %117 = add i64 %35, %116
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %117, 8
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %117, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %31, 0
  %131 = mul i64 %130, 512
  %132 = add i64 %131, %c7
  %133 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat8 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %16, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %125, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %16, align 32
  %140 = load <8 x float>, <8 x float>* %15, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %129, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %15, align 32
  %142 = add i64 %31, 1
  %143 = mul i64 %142, 512
  %144 = add i64 %143, %c7
  %145 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %144
  %146 = load float, float* %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %splat9 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, <8 x float>* %14, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %14, align 32
  %150 = load <8 x float>, <8 x float>* %13, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %125, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %13, align 32
  %152 = load <8 x float>, <8 x float>* %12, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %129, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %12, align 32
  %154 = add i64 %31, 2
  %155 = mul i64 %154, 512
  %156 = add i64 %155, %c7
  %157 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %11, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %121, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %11, align 32
  %162 = load <8 x float>, <8 x float>* %10, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %125, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %10, align 32
  %164 = load <8 x float>, <8 x float>* %9, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %129, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %9, align 32
  %166 = add i64 %31, 3
  %167 = mul i64 %166, 512
  %168 = add i64 %167, %c7
  %169 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat11 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %8, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %121, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %8, align 32
  %174 = load <8 x float>, <8 x float>* %7, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %125, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %129, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = mul i64 %28, 512
  %180 = add i64 %31, 0
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 196
  %183 = add i64 %36, 0
  %184 = add i64 %182, %183
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %178, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = mul i64 %28, 512
  %189 = add i64 %31, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 196
  %192 = add i64 %36, 8
  %193 = add i64 %191, %192
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %187, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = mul i64 %28, 512
  %198 = add i64 %31, 0
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 196
  %201 = add i64 %36, 16
  %202 = add i64 %200, %201
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %196, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = mul i64 %28, 512
  %207 = add i64 %31, 1
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 196
  %210 = add i64 %36, 0
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %13, align 32
  %215 = mul i64 %28, 512
  %216 = add i64 %31, 1
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 196
  %219 = add i64 %36, 8
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %12, align 32
  %224 = mul i64 %28, 512
  %225 = add i64 %31, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 196
  %228 = add i64 %36, 16
  %229 = add i64 %227, %228
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %223, <8 x float>* %231, align 4
  %232 = load <8 x float>, <8 x float>* %11, align 32
  %233 = mul i64 %28, 512
  %234 = add i64 %31, 2
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 196
  %237 = add i64 %36, 0
  %238 = add i64 %236, %237
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %232, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %10, align 32
  %242 = mul i64 %28, 512
  %243 = add i64 %31, 2
  %244 = add i64 %242, %243
  %245 = mul i64 %244, 196
  %246 = add i64 %36, 8
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %241, <8 x float>* %249, align 4
  %250 = load <8 x float>, <8 x float>* %9, align 32
  %251 = mul i64 %28, 512
  %252 = add i64 %31, 2
  %253 = add i64 %251, %252
  %254 = mul i64 %253, 196
  %255 = add i64 %36, 16
  %256 = add i64 %254, %255
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %250, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = mul i64 %28, 512
  %261 = add i64 %31, 3
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 196
  %264 = add i64 %36, 0
  %265 = add i64 %263, %264
  %266 = getelementptr inbounds float, float* %0, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %259, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %7, align 32
  %269 = mul i64 %28, 512
  %270 = add i64 %31, 3
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 196
  %273 = add i64 %36, 8
  %274 = add i64 %272, %273
  %275 = getelementptr inbounds float, float* %0, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %268, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = mul i64 %28, 512
  %279 = add i64 %31, 3
  %280 = add i64 %278, %279
  %281 = mul i64 %280, 196
  %282 = add i64 %36, 16
  %283 = add i64 %281, %282
  %284 = getelementptr inbounds float, float* %0, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %277, <8 x float>* %285, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node66.conv2d_12.step0(i8* %0) #2 {
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
  call void @node66.conv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node67.batchNorm_23.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_23.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_23.shift to float*), i64 %7
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
define internal void @node67.batchNorm_23.step0(i8* %0) #2 {
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
  call void @node67.batchNorm_23.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node68.relu_23.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node68.relu_23.step0(i8* %0) #2 {
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
  call void @node68.relu_23.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node69.depthwiseConv2d_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit3 ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = srem i64 %task, 1
  %10 = sdiv i64 %task, 1
  %11 = srem i64 %10, 7
  %12 = sdiv i64 %task, 7
  %13 = srem i64 %12, 512
  %14 = sdiv i64 %12, 512
  %15 = mul i64 %13, 1
  %16 = mul i64 %9, 1
  %17 = add i64 %15, %16
  %18 = mul i64 %14, 512
  %19 = mul i64 %13, 1
  %20 = add i64 %18, %19
  %21 = mul i64 %20, 196
  %22 = mul i64 %11, 2
  %23 = sub i64 %22, 1
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %24 = icmp slt i64 %xs, 1
  br i1 %24, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %25 = icmp slt i64 %c, 1
  br i1 %25, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %26 = mul i64 %c, 196
  %27 = add i64 %21, %26
  br label %i.header

c.exit:                                           ; preds = %c.header
  %28 = load float, float* %7, align 4
  %29 = mul i64 %14, 512
  %30 = add i64 %17, 0
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 7
  %33 = add i64 %32, %11
  %34 = mul i64 %33, 7
  %35 = add i64 %34, %xs
  %36 = getelementptr inbounds float, float* %0, i64 %35
  store float %28, float* %36, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %37 = icmp slt i64 %i, 3
  br i1 %37, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %38 = mul i64 %i, 1
  %39 = add i64 %23, %38
  %40 = icmp sge i64 %39, 0
  %41 = icmp slt i64 %39, 14
  %42 = and i1 %40, %41
  br i1 %42, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %43 = mul i64 %39, 14
  %44 = add i64 %27, %43
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %45 = icmp slt i64 %j, 3
  br i1 %45, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %46 = mul i64 %xs, 2
  %47 = mul i64 %j, 1
  %48 = add i64 %46, %47
  %49 = sub i64 %48, 1
  %50 = icmp sge i64 %49, 0
  %51 = icmp slt i64 %49, 14
  %52 = and i1 %50, %51
  %53 = icmp sgt i64 %49, 0
  %54 = select i1 %53, i64 %49, i64 0
  %55 = icmp slt i64 %54, 13
  %56 = select i1 %55, i64 %54, i64 13
  %57 = add i64 %44, %56
  %58 = getelementptr inbounds float, float* %1, i64 %57
  %59 = load float, float* %58, align 4
  %60 = select i1 %52, float %59, float 0.000000e+00
  %61 = mul i64 %i, 3
  %62 = add i64 %61, %j
  %63 = add i64 %17, 0
  %64 = mul i64 %63, 1
  %65 = add i64 %64, %c
  %66 = mul i64 %65, 9
  %67 = add i64 %66, %62
  %68 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_12.weight to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = load float, float* %7, align 4
  %71 = call float @llvm.fma.f32(float %69, float %60, float %70)
  store float %71, float* %7, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %72 = icmp slt i64 %xs4, 7
  br i1 %72, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  store float 0.000000e+00, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %73 = icmp slt i64 %c8, 1
  br i1 %73, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %74 = mul i64 %c8, 196
  %75 = add i64 %21, %74
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %76 = load float, float* %6, align 4
  %77 = mul i64 %14, 512
  %78 = add i64 %17, 0
  %79 = add i64 %77, %78
  %80 = mul i64 %79, 7
  %81 = add i64 %80, %11
  %82 = mul i64 %81, 7
  %83 = add i64 %82, %xs4
  %84 = getelementptr inbounds float, float* %0, i64 %83
  store float %76, float* %84, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %85 = icmp slt i64 %i12, 3
  br i1 %85, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %86 = mul i64 %i12, 1
  %87 = add i64 %23, %86
  %88 = icmp sge i64 %87, 0
  %89 = icmp slt i64 %87, 14
  %90 = and i1 %88, %89
  br i1 %90, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %91 = mul i64 %87, 14
  %92 = add i64 %75, %91
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %93 = icmp slt i64 %j18, 3
  br i1 %93, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %94 = mul i64 %xs4, 2
  %95 = mul i64 %j18, 1
  %96 = add i64 %94, %95
  %97 = sub i64 %96, 1
  %98 = icmp sge i64 %97, 0
  %99 = icmp slt i64 %97, 14
  %100 = and i1 %98, %99
  %101 = icmp sgt i64 %97, 0
  %102 = select i1 %101, i64 %97, i64 0
  %103 = icmp slt i64 %102, 13
  %104 = select i1 %103, i64 %102, i64 13
  %105 = add i64 %92, %104
  %106 = getelementptr inbounds float, float* %1, i64 %105
  %107 = load float, float* %106, align 4
  %108 = select i1 %100, float %107, float 0.000000e+00
  %109 = mul i64 %i12, 3
  %110 = add i64 %109, %j18
  %111 = add i64 %17, 0
  %112 = mul i64 %111, 1
  %113 = add i64 %112, %c8
  %114 = mul i64 %113, 9
  %115 = add i64 %114, %110
  %116 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_12.weight to float*), i64 %115
  %117 = load float, float* %116, align 4
  %118 = load float, float* %6, align 4
  %119 = call float @llvm.fma.f32(float %117, float %108, float %118)
  store float %119, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node69.depthwiseConv2d_12.step0(i8* %0) #2 {
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
  call void @node69.depthwiseConv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node70.batchNorm_24.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 512
  %8 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_24.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.batchNorm_24.shift to float*), i64 %7
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
define internal void @node70.batchNorm_24.step0(i8* %0) #2 {
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
  call void @node70.batchNorm_24.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node71.relu_24.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node71.relu_24.step0(i8* %0) #2 {
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
  call void @node71.relu_24.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node72.conv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 256
  %24 = sdiv i64 %task, 256
  %25 = srem i64 %24, 3
  %26 = sdiv i64 %task, 768
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 1024
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 512
  %33 = mul i64 %27, 512
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 49
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 2
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %38 = icmp slt i64 %c, 512
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 49
  %40 = add i64 %39, %36
  %41 = add i64 %35, %40
  %42 = add i64 %41, 0
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %44, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %46 = add i64 %31, 0
  %47 = mul i64 %46, 512
  %48 = add i64 %47, %c
  %49 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %21, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %21, align 32
  %54 = add i64 %31, 1
  %55 = mul i64 %54, 512
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat1 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %45, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %20, align 32
  %62 = add i64 %31, 2
  %63 = mul i64 %62, 512
  %64 = add i64 %63, %c
  %65 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat2 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %45, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %19, align 32
  %70 = add i64 %31, 3
  %71 = mul i64 %70, 512
  %72 = add i64 %71, %c
  %73 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat3 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %76 = load <8 x float>, <8 x float>* %18, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %45, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = mul i64 %28, 1024
  %80 = add i64 %31, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 49
  %83 = add i64 %36, 0
  %84 = add i64 %82, %83
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %78, <8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = mul i64 %28, 1024
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 49
  %92 = add i64 %36, 0
  %93 = add i64 %91, %92
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %95, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %96 = load <8 x float>, <8 x float>* %19, align 32
  %97 = mul i64 %28, 1024
  %98 = add i64 %31, 2
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 49
  %101 = add i64 %36, 0
  %102 = add i64 %100, %101
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %96, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %18, align 32
  %106 = mul i64 %28, 1024
  %107 = add i64 %31, 3
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 49
  %110 = add i64 %36, 0
  %111 = add i64 %109, %110
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %105, <8 x float>* %113, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %114 = icmp slt i64 %c7, 512
  br i1 %114, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %115 = mul i64 %c7, 49
  %116 = add i64 %115, %36
  %117 = add i64 %35, %116
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %117, 8
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %117, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %31, 0
  %131 = mul i64 %130, 512
  %132 = add i64 %131, %c7
  %133 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat8 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %16, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %125, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %16, align 32
  %140 = load <8 x float>, <8 x float>* %15, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %129, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %15, align 32
  %142 = add i64 %31, 1
  %143 = mul i64 %142, 512
  %144 = add i64 %143, %c7
  %145 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %144
  %146 = load float, float* %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %splat9 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, <8 x float>* %14, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %14, align 32
  %150 = load <8 x float>, <8 x float>* %13, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %125, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %13, align 32
  %152 = load <8 x float>, <8 x float>* %12, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %129, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %12, align 32
  %154 = add i64 %31, 2
  %155 = mul i64 %154, 512
  %156 = add i64 %155, %c7
  %157 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %11, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %121, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %11, align 32
  %162 = load <8 x float>, <8 x float>* %10, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %125, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %10, align 32
  %164 = load <8 x float>, <8 x float>* %9, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %129, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %9, align 32
  %166 = add i64 %31, 3
  %167 = mul i64 %166, 512
  %168 = add i64 %167, %c7
  %169 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat11 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %8, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %121, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %8, align 32
  %174 = load <8 x float>, <8 x float>* %7, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %125, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %129, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = mul i64 %28, 1024
  %180 = add i64 %31, 0
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 49
  %183 = add i64 %36, 0
  %184 = add i64 %182, %183
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %178, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = mul i64 %28, 1024
  %189 = add i64 %31, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 49
  %192 = add i64 %36, 8
  %193 = add i64 %191, %192
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %187, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = mul i64 %28, 1024
  %198 = add i64 %31, 0
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 49
  %201 = add i64 %36, 16
  %202 = add i64 %200, %201
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %196, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = mul i64 %28, 1024
  %207 = add i64 %31, 1
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 49
  %210 = add i64 %36, 0
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %13, align 32
  %215 = mul i64 %28, 1024
  %216 = add i64 %31, 1
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 49
  %219 = add i64 %36, 8
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %12, align 32
  %224 = mul i64 %28, 1024
  %225 = add i64 %31, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 49
  %228 = add i64 %36, 16
  %229 = add i64 %227, %228
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %223, <8 x float>* %231, align 4
  %232 = load <8 x float>, <8 x float>* %11, align 32
  %233 = mul i64 %28, 1024
  %234 = add i64 %31, 2
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 49
  %237 = add i64 %36, 0
  %238 = add i64 %236, %237
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %232, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %10, align 32
  %242 = mul i64 %28, 1024
  %243 = add i64 %31, 2
  %244 = add i64 %242, %243
  %245 = mul i64 %244, 49
  %246 = add i64 %36, 8
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %241, <8 x float>* %249, align 4
  %250 = load <8 x float>, <8 x float>* %9, align 32
  %251 = mul i64 %28, 1024
  %252 = add i64 %31, 2
  %253 = add i64 %251, %252
  %254 = mul i64 %253, 49
  %255 = add i64 %36, 16
  %256 = add i64 %254, %255
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %250, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = mul i64 %28, 1024
  %261 = add i64 %31, 3
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 49
  %264 = add i64 %36, 0
  %265 = add i64 %263, %264
  %266 = getelementptr inbounds float, float* %0, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %259, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %7, align 32
  %269 = mul i64 %28, 1024
  %270 = add i64 %31, 3
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 49
  %273 = add i64 %36, 8
  %274 = add i64 %272, %273
  %275 = getelementptr inbounds float, float* %0, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %268, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = mul i64 %28, 1024
  %279 = add i64 %31, 3
  %280 = add i64 %278, %279
  %281 = mul i64 %280, 49
  %282 = add i64 %36, 16
  %283 = add i64 %281, %282
  %284 = getelementptr inbounds float, float* %0, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %277, <8 x float>* %285, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node72.conv2d_13.step0(i8* %0) #2 {
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
  call void @node72.conv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node73.batchNorm_25.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 1024
  %8 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.batchNorm_25.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.batchNorm_25.shift to float*), i64 %7
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
define internal void @node73.batchNorm_25.step0(i8* %0) #2 {
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
  %19 = add i64 1024, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1024
  %23 = select i1 %22, i64 %21, i64 1024
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1024
  %26 = select i1 %25, i64 %24, i64 1024
  call void @node73.batchNorm_25.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node74.relu_25.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node74.relu_25.step0(i8* %0) #2 {
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
  call void @node74.relu_25.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node75.depthwiseConv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit20, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit20 ]
  %9 = icmp slt i64 %task, %5
  br i1 %9, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %10 = srem i64 %task, 1
  %11 = sdiv i64 %task, 1
  %12 = srem i64 %11, 7
  %13 = sdiv i64 %task, 7
  %14 = srem i64 %13, 1024
  %15 = sdiv i64 %13, 1024
  %16 = mul i64 %14, 1
  %17 = mul i64 %10, 1
  %18 = add i64 %16, %17
  %19 = mul i64 %15, 1024
  %20 = mul i64 %14, 1
  %21 = add i64 %19, %20
  %22 = mul i64 %21, 49
  %23 = mul i64 %12, 1
  %24 = sub i64 %23, 1
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %25 = icmp slt i64 %c, 1
  br i1 %25, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %26 = mul i64 %c, 49
  %27 = add i64 %22, %26
  br label %i.header

c.exit:                                           ; preds = %c.header
  %28 = load <8 x float>, <8 x float>* %8, align 32
  %29 = mul i64 %15, 1024
  %30 = add i64 %18, 0
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 7
  %33 = add i64 %32, %12
  %34 = mul i64 %33, 7
  %35 = add i64 %34, 1
  %36 = getelementptr inbounds float, float* %0, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %28, <8 x float>* %37, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %38 = icmp slt i64 %i, 3
  br i1 %38, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %39 = mul i64 %i, 1
  %40 = add i64 %24, %39
  %41 = icmp sge i64 %40, 0
  %42 = icmp slt i64 %40, 7
  %43 = and i1 %41, %42
  br i1 %43, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %44 = mul i64 %40, 7
  %45 = add i64 %27, %44
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %46 = icmp slt i64 %j, 3
  br i1 %46, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %47 = mul i64 %j, 1
  %48 = add i64 1, %47
  %49 = sub i64 %48, 1
  %50 = add i64 %45, %49
  %51 = add i64 %50, 0
  %52 = getelementptr inbounds float, float* %1, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %53, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %55 = mul i64 %i, 3
  %56 = add i64 %55, %j
  %57 = add i64 %18, 0
  %58 = mul i64 %57, 1
  %59 = add i64 %58, %c
  %60 = mul i64 %59, 9
  %61 = add i64 %60, %56
  %62 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.depthwiseConv2d_13.weight to float*), i64 %61
  %63 = load float, float* %62, align 4
  %64 = insertelement <8 x float> undef, float %63, i32 0
  %splat = shufflevector <8 x float> %64, <8 x float> undef, <8 x i32> zeroinitializer
  %65 = load <8 x float>, <8 x float>* %8, align 32
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %54, <8 x float> %65)
  store <8 x float> %66, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit3, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit3 ]
  %67 = icmp slt i64 %xs, 1
  br i1 %67, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  store float 0.000000e+00, float* %7, align 4
  br label %c.header1

xs.exit:                                          ; preds = %xs.header
  br label %xs.header18

c.header1:                                        ; preds = %i.exit7, %xs.body
  %c4 = phi i64 [ 0, %xs.body ], [ %c.next17, %i.exit7 ]
  %68 = icmp slt i64 %c4, 1
  br i1 %68, label %c.body2, label %c.exit3

c.body2:                                          ; preds = %c.header1
  %69 = mul i64 %c4, 49
  %70 = add i64 %22, %69
  br label %i.header5

c.exit3:                                          ; preds = %c.header1
  %71 = load float, float* %7, align 4
  %72 = mul i64 %15, 1024
  %73 = add i64 %18, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 7
  %76 = add i64 %75, %12
  %77 = mul i64 %76, 7
  %78 = add i64 %77, %xs
  %79 = getelementptr inbounds float, float* %0, i64 %78
  store float %71, float* %79, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header5:                                        ; preds = %endif10, %c.body2
  %i8 = phi i64 [ 0, %c.body2 ], [ %i.next16, %endif10 ]
  %80 = icmp slt i64 %i8, 3
  br i1 %80, label %i.body6, label %i.exit7

i.body6:                                          ; preds = %i.header5
  %81 = mul i64 %i8, 1
  %82 = add i64 %24, %81
  %83 = icmp sge i64 %82, 0
  %84 = icmp slt i64 %82, 7
  %85 = and i1 %83, %84
  br i1 %85, label %then9, label %endif10

i.exit7:                                          ; preds = %i.header5
  %c.next17 = add i64 %c4, 1
  br label %c.header1

then9:                                            ; preds = %i.body6
  %86 = mul i64 %82, 7
  %87 = add i64 %70, %86
  br label %j.header11

endif10:                                          ; preds = %j.exit13, %i.body6
  %i.next16 = add i64 %i8, 1
  br label %i.header5

j.header11:                                       ; preds = %j.body12, %then9
  %j14 = phi i64 [ 0, %then9 ], [ %j.next15, %j.body12 ]
  %88 = icmp slt i64 %j14, 3
  br i1 %88, label %j.body12, label %j.exit13

j.body12:                                         ; preds = %j.header11
  %89 = mul i64 %xs, 1
  %90 = mul i64 %j14, 1
  %91 = add i64 %89, %90
  %92 = sub i64 %91, 1
  %93 = icmp sge i64 %92, 0
  %94 = icmp slt i64 %92, 7
  %95 = and i1 %93, %94
  %96 = icmp sgt i64 %92, 0
  %97 = select i1 %96, i64 %92, i64 0
  %98 = icmp slt i64 %97, 6
  %99 = select i1 %98, i64 %97, i64 6
  %100 = add i64 %87, %99
  %101 = getelementptr inbounds float, float* %1, i64 %100
  %102 = load float, float* %101, align 4
  %103 = select i1 %95, float %102, float 0.000000e+00
  %104 = mul i64 %i8, 3
  %105 = add i64 %104, %j14
  %106 = add i64 %18, 0
  %107 = mul i64 %106, 1
  %108 = add i64 %107, %c4
  %109 = mul i64 %108, 9
  %110 = add i64 %109, %105
  %111 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.depthwiseConv2d_13.weight to float*), i64 %110
  %112 = load float, float* %111, align 4
  %113 = load float, float* %7, align 4
  %114 = call float @llvm.fma.f32(float %112, float %103, float %113)
  store float %114, float* %7, align 4
  %j.next15 = add i64 %j14, 1
  br label %j.header11

j.exit13:                                         ; preds = %j.header11
  br label %endif10

xs.header18:                                      ; preds = %c.exit24, %xs.exit
  %xs21 = phi i64 [ 6, %xs.exit ], [ %xs.next39, %c.exit24 ]
  %115 = icmp slt i64 %xs21, 7
  br i1 %115, label %xs.body19, label %xs.exit20

xs.body19:                                        ; preds = %xs.header18
  store float 0.000000e+00, float* %6, align 4
  br label %c.header22

xs.exit20:                                        ; preds = %xs.header18
  %task.next = add i64 %task, 1
  br label %task.header

c.header22:                                       ; preds = %i.exit28, %xs.body19
  %c25 = phi i64 [ 0, %xs.body19 ], [ %c.next38, %i.exit28 ]
  %116 = icmp slt i64 %c25, 1
  br i1 %116, label %c.body23, label %c.exit24

c.body23:                                         ; preds = %c.header22
  %117 = mul i64 %c25, 49
  %118 = add i64 %22, %117
  br label %i.header26

c.exit24:                                         ; preds = %c.header22
  %119 = load float, float* %6, align 4
  %120 = mul i64 %15, 1024
  %121 = add i64 %18, 0
  %122 = add i64 %120, %121
  %123 = mul i64 %122, 7
  %124 = add i64 %123, %12
  %125 = mul i64 %124, 7
  %126 = add i64 %125, %xs21
  %127 = getelementptr inbounds float, float* %0, i64 %126
  store float %119, float* %127, align 4
  %xs.next39 = add i64 %xs21, 1
  br label %xs.header18

i.header26:                                       ; preds = %endif31, %c.body23
  %i29 = phi i64 [ 0, %c.body23 ], [ %i.next37, %endif31 ]
  %128 = icmp slt i64 %i29, 3
  br i1 %128, label %i.body27, label %i.exit28

i.body27:                                         ; preds = %i.header26
  %129 = mul i64 %i29, 1
  %130 = add i64 %24, %129
  %131 = icmp sge i64 %130, 0
  %132 = icmp slt i64 %130, 7
  %133 = and i1 %131, %132
  br i1 %133, label %then30, label %endif31

i.exit28:                                         ; preds = %i.header26
  %c.next38 = add i64 %c25, 1
  br label %c.header22

then30:                                           ; preds = %i.body27
  %134 = mul i64 %130, 7
  %135 = add i64 %118, %134
  br label %j.header32

endif31:                                          ; preds = %j.exit34, %i.body27
  %i.next37 = add i64 %i29, 1
  br label %i.header26

j.header32:                                       ; preds = %j.body33, %then30
  %j35 = phi i64 [ 0, %then30 ], [ %j.next36, %j.body33 ]
  %136 = icmp slt i64 %j35, 3
  br i1 %136, label %j.body33, label %j.exit34

j.body33:                                         ; preds = %j.header32
  %137 = mul i64 %xs21, 1
  %138 = mul i64 %j35, 1
  %139 = add i64 %137, %138
  %140 = sub i64 %139, 1
  %141 = icmp sge i64 %140, 0
  %142 = icmp slt i64 %140, 7
  %143 = and i1 %141, %142
  %144 = icmp sgt i64 %140, 0
  %145 = select i1 %144, i64 %140, i64 0
  %146 = icmp slt i64 %145, 6
  %147 = select i1 %146, i64 %145, i64 6
  %148 = add i64 %135, %147
  %149 = getelementptr inbounds float, float* %1, i64 %148
  %150 = load float, float* %149, align 4
  %151 = select i1 %143, float %150, float 0.000000e+00
  %152 = mul i64 %i29, 3
  %153 = add i64 %152, %j35
  %154 = add i64 %18, 0
  %155 = mul i64 %154, 1
  %156 = add i64 %155, %c25
  %157 = mul i64 %156, 9
  %158 = add i64 %157, %153
  %159 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.depthwiseConv2d_13.weight to float*), i64 %158
  %160 = load float, float* %159, align 4
  %161 = load float, float* %6, align 4
  %162 = call float @llvm.fma.f32(float %160, float %151, float %161)
  store float %162, float* %6, align 4
  %j.next36 = add i64 %j35, 1
  br label %j.header32

j.exit34:                                         ; preds = %j.header32
  br label %endif31
}

; Function Attrs: nounwind
define internal void @node75.depthwiseConv2d_13.step0(i8* %0) #2 {
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
  call void @node75.depthwiseConv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node76.batchNorm_26.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 1024
  %8 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.batchNorm_26.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.batchNorm_26.shift to float*), i64 %7
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
define internal void @node76.batchNorm_26.step0(i8* %0) #2 {
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
  %19 = add i64 1024, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1024
  %23 = select i1 %22, i64 %21, i64 1024
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1024
  %26 = select i1 %25, i64 %24, i64 1024
  call void @node76.batchNorm_26.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node77.relu_26.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node77.relu_26.step0(i8* %0) #2 {
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
  call void @node77.relu_26.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node78.conv2d_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = srem i64 %task, 256
  %24 = sdiv i64 %task, 256
  %25 = srem i64 %24, 3
  %26 = sdiv i64 %task, 768
  %27 = srem i64 %26, 1
  %28 = sdiv i64 %26, 1
  %29 = mul i64 %27, 1024
  %30 = mul i64 %23, 4
  %31 = add i64 %29, %30
  %32 = mul i64 %28, 1024
  %33 = mul i64 %27, 1024
  %34 = add i64 %32, %33
  %35 = mul i64 %34, 49
  %36 = mul i64 %25, 24
  %37 = icmp eq i64 %25, 2
  br i1 %37, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  br label %c.header4

endif:                                            ; preds = %c.exit6, %c.exit
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %c.body, %then
  %c = phi i64 [ 0, %then ], [ %c.next, %c.body ]
  %38 = icmp slt i64 %c, 1024
  br i1 %38, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %39 = mul i64 %c, 49
  %40 = add i64 %39, %36
  %41 = add i64 %35, %40
  %42 = add i64 %41, 0
  %43 = getelementptr inbounds float, float* %1, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %44, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %46 = add i64 %31, 0
  %47 = mul i64 %46, 1024
  %48 = add i64 %47, %c
  %49 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %21, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %21, align 32
  %54 = add i64 %31, 1
  %55 = mul i64 %54, 1024
  %56 = add i64 %55, %c
  %57 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat1 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %45, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %20, align 32
  %62 = add i64 %31, 2
  %63 = mul i64 %62, 1024
  %64 = add i64 %63, %c
  %65 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat2 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %45, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %19, align 32
  %70 = add i64 %31, 3
  %71 = mul i64 %70, 1024
  %72 = add i64 %71, %c
  %73 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat3 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %76 = load <8 x float>, <8 x float>* %18, align 32
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %45, <8 x float> %76)
  store <8 x float> %77, <8 x float>* %18, align 32
  %c.next = add i64 %c, 1
  br label %c.header

c.exit:                                           ; preds = %c.header
  %78 = load <8 x float>, <8 x float>* %21, align 32
  %79 = mul i64 %28, 1024
  %80 = add i64 %31, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 49
  %83 = add i64 %36, 0
  %84 = add i64 %82, %83
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %78, <8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %87 = load <8 x float>, <8 x float>* %20, align 32
  %88 = mul i64 %28, 1024
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 49
  %92 = add i64 %36, 0
  %93 = add i64 %91, %92
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %95, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %96 = load <8 x float>, <8 x float>* %19, align 32
  %97 = mul i64 %28, 1024
  %98 = add i64 %31, 2
  %99 = add i64 %97, %98
  %100 = mul i64 %99, 49
  %101 = add i64 %36, 0
  %102 = add i64 %100, %101
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %96, <8 x float>* %104, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %105 = load <8 x float>, <8 x float>* %18, align 32
  %106 = mul i64 %28, 1024
  %107 = add i64 %31, 3
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 49
  %110 = add i64 %36, 0
  %111 = add i64 %109, %110
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %105, <8 x float>* %113, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header4:                                        ; preds = %c.body5, %else
  %c7 = phi i64 [ 0, %else ], [ %c.next12, %c.body5 ]
  %114 = icmp slt i64 %c7, 1024
  br i1 %114, label %c.body5, label %c.exit6

c.body5:                                          ; preds = %c.header4
  %115 = mul i64 %c7, 49
  %116 = add i64 %115, %36
  %117 = add i64 %35, %116
  %118 = add i64 %117, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %117, 8
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %117, 16
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %31, 0
  %131 = mul i64 %130, 1024
  %132 = add i64 %131, %c7
  %133 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat8 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %16, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %125, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %16, align 32
  %140 = load <8 x float>, <8 x float>* %15, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %129, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %15, align 32
  %142 = add i64 %31, 1
  %143 = mul i64 %142, 1024
  %144 = add i64 %143, %c7
  %145 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %144
  %146 = load float, float* %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %splat9 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, <8 x float>* %14, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %14, align 32
  %150 = load <8 x float>, <8 x float>* %13, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %125, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %13, align 32
  %152 = load <8 x float>, <8 x float>* %12, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %129, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %12, align 32
  %154 = add i64 %31, 2
  %155 = mul i64 %154, 1024
  %156 = add i64 %155, %c7
  %157 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %11, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %121, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %11, align 32
  %162 = load <8 x float>, <8 x float>* %10, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %125, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %10, align 32
  %164 = load <8 x float>, <8 x float>* %9, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %129, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %9, align 32
  %166 = add i64 %31, 3
  %167 = mul i64 %166, 1024
  %168 = add i64 %167, %c7
  %169 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat11 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %8, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %121, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %8, align 32
  %174 = load <8 x float>, <8 x float>* %7, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %125, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %7, align 32
  %176 = load <8 x float>, <8 x float>* %6, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %129, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %6, align 32
  %c.next12 = add i64 %c7, 1
  br label %c.header4

c.exit6:                                          ; preds = %c.header4
  %178 = load <8 x float>, <8 x float>* %17, align 32
  %179 = mul i64 %28, 1024
  %180 = add i64 %31, 0
  %181 = add i64 %179, %180
  %182 = mul i64 %181, 49
  %183 = add i64 %36, 0
  %184 = add i64 %182, %183
  %185 = getelementptr inbounds float, float* %0, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  store <8 x float> %178, <8 x float>* %186, align 4
  %187 = load <8 x float>, <8 x float>* %16, align 32
  %188 = mul i64 %28, 1024
  %189 = add i64 %31, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 49
  %192 = add i64 %36, 8
  %193 = add i64 %191, %192
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  store <8 x float> %187, <8 x float>* %195, align 4
  %196 = load <8 x float>, <8 x float>* %15, align 32
  %197 = mul i64 %28, 1024
  %198 = add i64 %31, 0
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 49
  %201 = add i64 %36, 16
  %202 = add i64 %200, %201
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %196, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = mul i64 %28, 1024
  %207 = add i64 %31, 1
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 49
  %210 = add i64 %36, 0
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %13, align 32
  %215 = mul i64 %28, 1024
  %216 = add i64 %31, 1
  %217 = add i64 %215, %216
  %218 = mul i64 %217, 49
  %219 = add i64 %36, 8
  %220 = add i64 %218, %219
  %221 = getelementptr inbounds float, float* %0, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %214, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %12, align 32
  %224 = mul i64 %28, 1024
  %225 = add i64 %31, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 49
  %228 = add i64 %36, 16
  %229 = add i64 %227, %228
  %230 = getelementptr inbounds float, float* %0, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %223, <8 x float>* %231, align 4
  %232 = load <8 x float>, <8 x float>* %11, align 32
  %233 = mul i64 %28, 1024
  %234 = add i64 %31, 2
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 49
  %237 = add i64 %36, 0
  %238 = add i64 %236, %237
  %239 = getelementptr inbounds float, float* %0, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %232, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %10, align 32
  %242 = mul i64 %28, 1024
  %243 = add i64 %31, 2
  %244 = add i64 %242, %243
  %245 = mul i64 %244, 49
  %246 = add i64 %36, 8
  %247 = add i64 %245, %246
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %241, <8 x float>* %249, align 4
  %250 = load <8 x float>, <8 x float>* %9, align 32
  %251 = mul i64 %28, 1024
  %252 = add i64 %31, 2
  %253 = add i64 %251, %252
  %254 = mul i64 %253, 49
  %255 = add i64 %36, 16
  %256 = add i64 %254, %255
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %250, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %8, align 32
  %260 = mul i64 %28, 1024
  %261 = add i64 %31, 3
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 49
  %264 = add i64 %36, 0
  %265 = add i64 %263, %264
  %266 = getelementptr inbounds float, float* %0, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %259, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %7, align 32
  %269 = mul i64 %28, 1024
  %270 = add i64 %31, 3
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 49
  %273 = add i64 %36, 8
  %274 = add i64 %272, %273
  %275 = getelementptr inbounds float, float* %0, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %268, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %6, align 32
  %278 = mul i64 %28, 1024
  %279 = add i64 %31, 3
  %280 = add i64 %278, %279
  %281 = mul i64 %280, 49
  %282 = add i64 %36, 16
  %283 = add i64 %281, %282
  %284 = getelementptr inbounds float, float* %0, i64 %283
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %277, <8 x float>* %285, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node78.conv2d_14.step0(i8* %0) #2 {
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
  call void @node78.conv2d_14.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node79.batchNorm_27.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 1024
  %8 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.batchNorm_27.scale to float*), i64 %7
  %9 = load float, float* %8, align 4
  %10 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.batchNorm_27.shift to float*), i64 %7
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
define internal void @node79.batchNorm_27.step0(i8* %0) #2 {
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
  %19 = add i64 1024, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1024
  %23 = select i1 %22, i64 %21, i64 1024
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1024
  %26 = select i1 %25, i64 %24, i64 1024
  call void @node79.batchNorm_27.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node80.relu_27.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node80.relu_27.step0(i8* %0) #2 {
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
  call void @node80.relu_27.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node81.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node81.globalAvgPool2d_1.step0(i8* %0) #2 {
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
  %19 = add i64 1024, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1024
  %23 = select i1 %22, i64 %21, i64 1024
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1024
  %26 = select i1 %25, i64 %24, i64 1024
  call void @node81.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node84.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 1024
  %12 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.dense_1.bias to float*), i64 %task
  %13 = load float, float* %12, align 4
  br label %n.header

task.exit:                                        ; preds = %task.header
  ret void

n.header:                                         ; preds = %k.exit3, %task.body
  %n = phi i64 [ 0, %task.body ], [ %n.next, %k.exit3 ]
  %14 = icmp slt i64 %n, 1
  br i1 %14, label %n.body, label %n.exit

n.body:                                           ; preds = %n.header
  %15 = mul i64 %n, 1024
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
  %16 = icmp slt i64 %k, 1024
  br i1 %16, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %17 = add i64 %k, 0
  %18 = add i64 %11, %17
  %19 = getelementptr inbounds float, float* bitcast ([4096000 x i8]* @weight.dense_1.weight to float*), i64 %18
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
  %30 = getelementptr inbounds float, float* bitcast ([4096000 x i8]* @weight.dense_1.weight to float*), i64 %29
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
  %41 = getelementptr inbounds float, float* bitcast ([4096000 x i8]* @weight.dense_1.weight to float*), i64 %40
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
  %52 = getelementptr inbounds float, float* bitcast ([4096000 x i8]* @weight.dense_1.weight to float*), i64 %51
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
  %k4 = phi i64 [ 1024, %k.exit ], [ %k.next5, %k.body2 ]
  %61 = icmp slt i64 %k4, 1024
  br i1 %61, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %62 = add i64 %11, %k4
  %63 = getelementptr inbounds float, float* bitcast ([4096000 x i8]* @weight.dense_1.weight to float*), i64 %62
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
define internal void @node84.dense_1.step0(i8* %0) #2 {
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
  call void @node84.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node85.dense_1.softmax.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

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
declare float @llvm.floor.f32(float) #1

; Function Attrs: nounwind
define internal void @node85.dense_1.softmax.step0(i8* %0) #2 {
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
  call void @node85.dense_1.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @mobilenet_v1_run(i8** %0, i8** %1, i8* %2) #2 {
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
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
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
  call void @GOMP_parallel(void (i8*)* @node1.batchNorm_1.step0, i8* %30, i32 0, i32 0)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %33 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %31, i8** %33, align 8
  %34 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %35, align 8
  %36 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %36, align 8
  %37 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.relu_1.step0, i8* %37, i32 0, i32 0)
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
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
  call void @GOMP_parallel(void (i8*)* @node3.depthwiseConv2d_1.step0, i8* %44, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %47 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %50, align 8
  %51 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.batchNorm_2.step0, i8* %51, i32 0, i32 0)
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
  call void @GOMP_parallel(void (i8*)* @node5.relu_2.step0, i8* %58, i32 0, i32 0)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 0
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
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_2.step0, i8* %65, i32 0, i32 0)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
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
  call void @GOMP_parallel(void (i8*)* @node7.batchNorm_3.step0, i8* %72, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %74 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %75 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %74, i8** %76, align 8
  %77 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %77, align 8
  %78 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %78, align 8
  %79 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.relu_3.step0, i8* %79, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
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
  call void @GOMP_parallel(void (i8*)* @node9.depthwiseConv2d_2.step0, i8* %86, i32 0, i32 0)
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %88 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %89 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %88, i8** %90, align 8
  %91 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %91, align 8
  %92 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %92, align 8
  %93 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.batchNorm_4.step0, i8* %93, i32 0, i32 0)
  %94 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
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
  call void @GOMP_parallel(void (i8*)* @node11.relu_4.step0, i8* %100, i32 0, i32 0)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %103 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %103, align 8
  %104 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %105, align 8
  %106 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %106, align 8
  %107 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_3.step0, i8* %107, i32 0, i32 0)
  %108 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
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
  call void @GOMP_parallel(void (i8*)* @node13.batchNorm_5.step0, i8* %114, i32 0, i32 0)
  %115 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %116 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %117 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %115, i8** %117, align 8
  %118 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %119, align 8
  %120 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %120, align 8
  %121 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node14.relu_5.step0, i8* %121, i32 0, i32 0)
  %122 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
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
  call void @GOMP_parallel(void (i8*)* @node15.depthwiseConv2d_3.step0, i8* %128, i32 0, i32 0)
  %129 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %130 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %131 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %129, i8** %131, align 8
  %132 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %130, i8** %132, align 8
  %133 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %133, align 8
  %134 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %134, align 8
  %135 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node16.batchNorm_6.step0, i8* %135, i32 0, i32 0)
  %136 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %137 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %138 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %136, i8** %138, align 8
  %139 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %137, i8** %139, align 8
  %140 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %140, align 8
  %141 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %141, align 8
  %142 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.relu_6.step0, i8* %142, i32 0, i32 0)
  %143 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %144 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %145 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %143, i8** %145, align 8
  %146 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %144, i8** %146, align 8
  %147 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %147, align 8
  %148 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %148, align 8
  %149 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node18.conv2d_4.step0, i8* %149, i32 0, i32 0)
  %150 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %151 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %152 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %150, i8** %152, align 8
  %153 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %151, i8** %153, align 8
  %154 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %154, align 8
  %155 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %155, align 8
  %156 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node19.batchNorm_7.step0, i8* %156, i32 0, i32 0)
  %157 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %158 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %159 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %157, i8** %159, align 8
  %160 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %158, i8** %160, align 8
  %161 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %161, align 8
  %162 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %162, align 8
  %163 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node20.relu_7.step0, i8* %163, i32 0, i32 0)
  %164 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %165 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %166 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %164, i8** %166, align 8
  %167 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %165, i8** %167, align 8
  %168 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %168, align 8
  %169 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %169, align 8
  %170 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node21.depthwiseConv2d_4.step0, i8* %170, i32 0, i32 0)
  %171 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %172 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %173 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %171, i8** %173, align 8
  %174 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %172, i8** %174, align 8
  %175 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %175, align 8
  %176 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %176, align 8
  %177 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node22.batchNorm_8.step0, i8* %177, i32 0, i32 0)
  %178 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %179 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %180 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %178, i8** %180, align 8
  %181 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %179, i8** %181, align 8
  %182 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %182, align 8
  %183 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %183, align 8
  %184 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node23.relu_8.step0, i8* %184, i32 0, i32 0)
  %185 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %186 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %187 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %185, i8** %187, align 8
  %188 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %186, i8** %188, align 8
  %189 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %189, align 8
  %190 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %190, align 8
  %191 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node24.conv2d_5.step0, i8* %191, i32 0, i32 0)
  %192 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %193 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %194 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %192, i8** %194, align 8
  %195 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %193, i8** %195, align 8
  %196 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %196, align 8
  %197 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %197, align 8
  %198 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node25.batchNorm_9.step0, i8* %198, i32 0, i32 0)
  %199 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %200 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %201 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %199, i8** %201, align 8
  %202 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %200, i8** %202, align 8
  %203 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %203, align 8
  %204 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %204, align 8
  %205 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node26.relu_9.step0, i8* %205, i32 0, i32 0)
  %206 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %207 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %208 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %206, i8** %208, align 8
  %209 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %207, i8** %209, align 8
  %210 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %210, align 8
  %211 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %211, align 8
  %212 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node27.depthwiseConv2d_5.step0, i8* %212, i32 0, i32 0)
  %213 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %214 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %215 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %213, i8** %215, align 8
  %216 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %214, i8** %216, align 8
  %217 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %217, align 8
  %218 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %218, align 8
  %219 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node28.batchNorm_10.step0, i8* %219, i32 0, i32 0)
  %220 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %221 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %222 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %220, i8** %222, align 8
  %223 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %221, i8** %223, align 8
  %224 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %224, align 8
  %225 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %225, align 8
  %226 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node29.relu_10.step0, i8* %226, i32 0, i32 0)
  %227 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %228 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %229 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %227, i8** %229, align 8
  %230 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %228, i8** %230, align 8
  %231 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %231, align 8
  %232 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %232, align 8
  %233 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node30.conv2d_6.step0, i8* %233, i32 0, i32 0)
  %234 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %235 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %236 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %234, i8** %236, align 8
  %237 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %235, i8** %237, align 8
  %238 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %238, align 8
  %239 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %239, align 8
  %240 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node31.batchNorm_11.step0, i8* %240, i32 0, i32 0)
  %241 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %242 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %243 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %241, i8** %243, align 8
  %244 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %242, i8** %244, align 8
  %245 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %245, align 8
  %246 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %246, align 8
  %247 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node32.relu_11.step0, i8* %247, i32 0, i32 0)
  %248 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %249 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %250 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %248, i8** %250, align 8
  %251 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %249, i8** %251, align 8
  %252 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %252, align 8
  %253 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %253, align 8
  %254 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node33.depthwiseConv2d_6.step0, i8* %254, i32 0, i32 0)
  %255 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %256 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %257 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %255, i8** %257, align 8
  %258 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %256, i8** %258, align 8
  %259 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %259, align 8
  %260 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %260, align 8
  %261 = bitcast [4 x i8*]* %args to i8*
  call void @node34.batchNorm_12.step0(i8* %261)
  %262 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %263 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %264 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %262, i8** %264, align 8
  %265 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %263, i8** %265, align 8
  %266 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %266, align 8
  %267 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %267, align 8
  %268 = bitcast [4 x i8*]* %args to i8*
  call void @node35.relu_12.step0(i8* %268)
  %269 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %270 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %271 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %269, i8** %271, align 8
  %272 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %270, i8** %272, align 8
  %273 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %273, align 8
  %274 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %274, align 8
  %275 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node36.conv2d_7.step0, i8* %275, i32 0, i32 0)
  %276 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %277 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %278 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %276, i8** %278, align 8
  %279 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %277, i8** %279, align 8
  %280 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %280, align 8
  %281 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %281, align 8
  %282 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node37.batchNorm_13.step0, i8* %282, i32 0, i32 0)
  %283 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %284 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %285 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %283, i8** %285, align 8
  %286 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %284, i8** %286, align 8
  %287 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %287, align 8
  %288 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %288, align 8
  %289 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node38.relu_13.step0, i8* %289, i32 0, i32 0)
  %290 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %291 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %292 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %290, i8** %292, align 8
  %293 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %291, i8** %293, align 8
  %294 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %294, align 8
  %295 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %295, align 8
  %296 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node39.depthwiseConv2d_7.step0, i8* %296, i32 0, i32 0)
  %297 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %298 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %299 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %297, i8** %299, align 8
  %300 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %298, i8** %300, align 8
  %301 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %301, align 8
  %302 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %302, align 8
  %303 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node40.batchNorm_14.step0, i8* %303, i32 0, i32 0)
  %304 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %305 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %306 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %304, i8** %306, align 8
  %307 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %305, i8** %307, align 8
  %308 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %308, align 8
  %309 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %309, align 8
  %310 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node41.relu_14.step0, i8* %310, i32 0, i32 0)
  %311 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %312 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %313 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %311, i8** %313, align 8
  %314 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %312, i8** %314, align 8
  %315 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %315, align 8
  %316 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %316, align 8
  %317 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node42.conv2d_8.step0, i8* %317, i32 0, i32 0)
  %318 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %319 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %320 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %318, i8** %320, align 8
  %321 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %319, i8** %321, align 8
  %322 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %322, align 8
  %323 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %323, align 8
  %324 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node43.batchNorm_15.step0, i8* %324, i32 0, i32 0)
  %325 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %326 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %327 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %325, i8** %327, align 8
  %328 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %326, i8** %328, align 8
  %329 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %329, align 8
  %330 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %330, align 8
  %331 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node44.relu_15.step0, i8* %331, i32 0, i32 0)
  %332 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %333 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %334 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %332, i8** %334, align 8
  %335 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %333, i8** %335, align 8
  %336 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %336, align 8
  %337 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %337, align 8
  %338 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node45.depthwiseConv2d_8.step0, i8* %338, i32 0, i32 0)
  %339 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %340 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %341 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %339, i8** %341, align 8
  %342 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %340, i8** %342, align 8
  %343 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %343, align 8
  %344 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %344, align 8
  %345 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node46.batchNorm_16.step0, i8* %345, i32 0, i32 0)
  %346 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %347 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %348 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %346, i8** %348, align 8
  %349 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %347, i8** %349, align 8
  %350 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %350, align 8
  %351 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %351, align 8
  %352 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node47.relu_16.step0, i8* %352, i32 0, i32 0)
  %353 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %354 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %355 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %353, i8** %355, align 8
  %356 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %354, i8** %356, align 8
  %357 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %357, align 8
  %358 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %358, align 8
  %359 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node48.conv2d_9.step0, i8* %359, i32 0, i32 0)
  %360 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %361 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %362 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %360, i8** %362, align 8
  %363 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %361, i8** %363, align 8
  %364 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %364, align 8
  %365 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %365, align 8
  %366 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node49.batchNorm_17.step0, i8* %366, i32 0, i32 0)
  %367 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %368 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %369 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %367, i8** %369, align 8
  %370 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %368, i8** %370, align 8
  %371 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %371, align 8
  %372 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %372, align 8
  %373 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node50.relu_17.step0, i8* %373, i32 0, i32 0)
  %374 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %375 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %376 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %374, i8** %376, align 8
  %377 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %375, i8** %377, align 8
  %378 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %378, align 8
  %379 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %379, align 8
  %380 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node51.depthwiseConv2d_9.step0, i8* %380, i32 0, i32 0)
  %381 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %382 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %383 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %381, i8** %383, align 8
  %384 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %382, i8** %384, align 8
  %385 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %385, align 8
  %386 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %386, align 8
  %387 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node52.batchNorm_18.step0, i8* %387, i32 0, i32 0)
  %388 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %389 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %390 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %388, i8** %390, align 8
  %391 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %389, i8** %391, align 8
  %392 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %392, align 8
  %393 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %393, align 8
  %394 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node53.relu_18.step0, i8* %394, i32 0, i32 0)
  %395 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %396 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %397 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %395, i8** %397, align 8
  %398 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %396, i8** %398, align 8
  %399 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %399, align 8
  %400 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %400, align 8
  %401 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node54.conv2d_10.step0, i8* %401, i32 0, i32 0)
  %402 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %403 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %404 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %402, i8** %404, align 8
  %405 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %403, i8** %405, align 8
  %406 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %406, align 8
  %407 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %407, align 8
  %408 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node55.batchNorm_19.step0, i8* %408, i32 0, i32 0)
  %409 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %410 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %411 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %409, i8** %411, align 8
  %412 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %410, i8** %412, align 8
  %413 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %413, align 8
  %414 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %414, align 8
  %415 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node56.relu_19.step0, i8* %415, i32 0, i32 0)
  %416 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %417 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %418 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %416, i8** %418, align 8
  %419 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %417, i8** %419, align 8
  %420 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %420, align 8
  %421 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %421, align 8
  %422 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node57.depthwiseConv2d_10.step0, i8* %422, i32 0, i32 0)
  %423 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %424 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %425 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %423, i8** %425, align 8
  %426 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %424, i8** %426, align 8
  %427 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %427, align 8
  %428 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %428, align 8
  %429 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node58.batchNorm_20.step0, i8* %429, i32 0, i32 0)
  %430 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %431 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %432 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %430, i8** %432, align 8
  %433 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %431, i8** %433, align 8
  %434 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %434, align 8
  %435 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %435, align 8
  %436 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node59.relu_20.step0, i8* %436, i32 0, i32 0)
  %437 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %438 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %439 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %437, i8** %439, align 8
  %440 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %438, i8** %440, align 8
  %441 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %441, align 8
  %442 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %442, align 8
  %443 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node60.conv2d_11.step0, i8* %443, i32 0, i32 0)
  %444 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %445 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %446 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %444, i8** %446, align 8
  %447 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %445, i8** %447, align 8
  %448 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %448, align 8
  %449 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %449, align 8
  %450 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node61.batchNorm_21.step0, i8* %450, i32 0, i32 0)
  %451 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %452 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %453 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %451, i8** %453, align 8
  %454 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %452, i8** %454, align 8
  %455 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %455, align 8
  %456 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %456, align 8
  %457 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node62.relu_21.step0, i8* %457, i32 0, i32 0)
  %458 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %459 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %460 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %458, i8** %460, align 8
  %461 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %459, i8** %461, align 8
  %462 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %462, align 8
  %463 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %463, align 8
  %464 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node63.depthwiseConv2d_11.step0, i8* %464, i32 0, i32 0)
  %465 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %466 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %467 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %465, i8** %467, align 8
  %468 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %466, i8** %468, align 8
  %469 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %469, align 8
  %470 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %470, align 8
  %471 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node64.batchNorm_22.step0, i8* %471, i32 0, i32 0)
  %472 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %473 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %474 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %472, i8** %474, align 8
  %475 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %473, i8** %475, align 8
  %476 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %476, align 8
  %477 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %477, align 8
  %478 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node65.relu_22.step0, i8* %478, i32 0, i32 0)
  %479 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %480 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %481 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %479, i8** %481, align 8
  %482 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %480, i8** %482, align 8
  %483 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %483, align 8
  %484 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %484, align 8
  %485 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node66.conv2d_12.step0, i8* %485, i32 0, i32 0)
  %486 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %487 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %488 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %486, i8** %488, align 8
  %489 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %487, i8** %489, align 8
  %490 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %490, align 8
  %491 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %491, align 8
  %492 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node67.batchNorm_23.step0, i8* %492, i32 0, i32 0)
  %493 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %494 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %495 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %493, i8** %495, align 8
  %496 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %494, i8** %496, align 8
  %497 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %497, align 8
  %498 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %498, align 8
  %499 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node68.relu_23.step0, i8* %499, i32 0, i32 0)
  %500 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %501 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %502 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %500, i8** %502, align 8
  %503 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %501, i8** %503, align 8
  %504 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %504, align 8
  %505 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %505, align 8
  %506 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node69.depthwiseConv2d_12.step0, i8* %506, i32 0, i32 0)
  %507 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %508 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %509 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %507, i8** %509, align 8
  %510 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %508, i8** %510, align 8
  %511 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %511, align 8
  %512 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %512, align 8
  %513 = bitcast [4 x i8*]* %args to i8*
  call void @node70.batchNorm_24.step0(i8* %513)
  %514 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %515 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %516 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %514, i8** %516, align 8
  %517 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %515, i8** %517, align 8
  %518 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %518, align 8
  %519 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %519, align 8
  %520 = bitcast [4 x i8*]* %args to i8*
  call void @node71.relu_24.step0(i8* %520)
  %521 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %522 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %523 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %521, i8** %523, align 8
  %524 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %522, i8** %524, align 8
  %525 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %525, align 8
  %526 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %526, align 8
  %527 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node72.conv2d_13.step0, i8* %527, i32 0, i32 0)
  %528 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %529 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %530 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %528, i8** %530, align 8
  %531 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %529, i8** %531, align 8
  %532 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %532, align 8
  %533 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %533, align 8
  %534 = bitcast [4 x i8*]* %args to i8*
  call void @node73.batchNorm_25.step0(i8* %534)
  %535 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %536 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %537 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %535, i8** %537, align 8
  %538 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %536, i8** %538, align 8
  %539 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %539, align 8
  %540 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %540, align 8
  %541 = bitcast [4 x i8*]* %args to i8*
  call void @node74.relu_25.step0(i8* %541)
  %542 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %543 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %544 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %542, i8** %544, align 8
  %545 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %543, i8** %545, align 8
  %546 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %546, align 8
  %547 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %547, align 8
  %548 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node75.depthwiseConv2d_13.step0, i8* %548, i32 0, i32 0)
  %549 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %550 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %551 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %549, i8** %551, align 8
  %552 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %550, i8** %552, align 8
  %553 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %553, align 8
  %554 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %554, align 8
  %555 = bitcast [4 x i8*]* %args to i8*
  call void @node76.batchNorm_26.step0(i8* %555)
  %556 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %557 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %558 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %556, i8** %558, align 8
  %559 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %557, i8** %559, align 8
  %560 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %560, align 8
  %561 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %561, align 8
  %562 = bitcast [4 x i8*]* %args to i8*
  call void @node77.relu_26.step0(i8* %562)
  %563 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %564 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %565 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %563, i8** %565, align 8
  %566 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %564, i8** %566, align 8
  %567 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %567, align 8
  %568 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %568, align 8
  %569 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node78.conv2d_14.step0, i8* %569, i32 0, i32 0)
  %570 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %571 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %572 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %570, i8** %572, align 8
  %573 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %571, i8** %573, align 8
  %574 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %574, align 8
  %575 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %575, align 8
  %576 = bitcast [4 x i8*]* %args to i8*
  call void @node79.batchNorm_27.step0(i8* %576)
  %577 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %578 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %579 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %577, i8** %579, align 8
  %580 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %578, i8** %580, align 8
  %581 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %581, align 8
  %582 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %582, align 8
  %583 = bitcast [4 x i8*]* %args to i8*
  call void @node80.relu_27.step0(i8* %583)
  %584 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %585 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %586 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %584, i8** %586, align 8
  %587 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %585, i8** %587, align 8
  %588 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %588, align 8
  %589 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %589, align 8
  %590 = bitcast [4 x i8*]* %args to i8*
  call void @node81.globalAvgPool2d_1.step0(i8* %590)
  %591 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %592 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %593 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %591, i8** %593, align 8
  %594 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %592, i8** %594, align 8
  %595 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %595, align 8
  %596 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %596, align 8
  %597 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node84.dense_1.step0, i8* %597, i32 0, i32 0)
  %598 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %599 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %599, align 8
  %600 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %598, i8** %600, align 8
  %601 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %601, align 8
  %602 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %602, align 8
  %603 = bitcast [4 x i8*]* %args to i8*
  call void @node85.dense_1.softmax.step0(i8* %603)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @mobilenet_v1_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @mobilenet_v1_workspace_size() #5 {
entry:
  ret i64 6422591
}

; Function Attrs: nounwind
define i32 @mobilenet_v1_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @mobilenet_v1_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #5 = { nounwind }
