; mobilenet_v1: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'mobilenet_v1'
source_filename = "mobilenet_v1"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.weight = external constant [3456 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.depthwiseConv2d_1.weight = external constant [1152 x i8], align 64
@weight.depthwiseConv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.weight = external constant [8192 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.depthwiseConv2d_2.weight = external constant [2304 x i8], align 64
@weight.depthwiseConv2d_2.bias = external constant [256 x i8], align 64
@weight.conv2d_3.weight = external constant [32768 x i8], align 64
@weight.conv2d_3.bias = external constant [512 x i8], align 64
@weight.depthwiseConv2d_3.weight = external constant [4608 x i8], align 64
@weight.depthwiseConv2d_3.bias = external constant [512 x i8], align 64
@weight.conv2d_4.weight = external constant [65536 x i8], align 64
@weight.conv2d_4.bias = external constant [512 x i8], align 64
@weight.depthwiseConv2d_4.weight = external constant [4608 x i8], align 64
@weight.depthwiseConv2d_4.bias = external constant [512 x i8], align 64
@weight.conv2d_5.weight = external constant [131072 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.depthwiseConv2d_5.weight = external constant [9216 x i8], align 64
@weight.depthwiseConv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.weight = external constant [262144 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.depthwiseConv2d_6.weight = external constant [9216 x i8], align 64
@weight.depthwiseConv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.weight = external constant [524288 x i8], align 64
@weight.conv2d_7.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_7.weight = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_7.bias = external constant [2048 x i8], align 64
@weight.conv2d_8.weight = external constant [1048576 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_8.weight = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_8.bias = external constant [2048 x i8], align 64
@weight.conv2d_9.weight = external constant [1048576 x i8], align 64
@weight.conv2d_9.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_9.weight = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_9.bias = external constant [2048 x i8], align 64
@weight.conv2d_10.weight = external constant [1048576 x i8], align 64
@weight.conv2d_10.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_10.weight = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_10.bias = external constant [2048 x i8], align 64
@weight.conv2d_11.weight = external constant [1048576 x i8], align 64
@weight.conv2d_11.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_11.weight = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_11.bias = external constant [2048 x i8], align 64
@weight.conv2d_12.weight = external constant [1048576 x i8], align 64
@weight.conv2d_12.bias = external constant [2048 x i8], align 64
@weight.depthwiseConv2d_12.weight = external constant [18432 x i8], align 64
@weight.depthwiseConv2d_12.bias = external constant [2048 x i8], align 64
@weight.conv2d_13.weight = external constant [2097152 x i8], align 64
@weight.conv2d_13.bias = external constant [4096 x i8], align 64
@weight.depthwiseConv2d_13.weight = external constant [36864 x i8], align 64
@weight.depthwiseConv2d_13.bias = external constant [4096 x i8], align 64
@weight.conv2d_14.weight = external constant [4194304 x i8], align 64
@weight.conv2d_14.bias = external constant [4096 x i8], align 64
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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([13 x i8], [13 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 4816959, i64 568740352 }

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

task.header:                                      ; preds = %xs.exit27, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit27 ]
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
  %43 = add i64 %35, 0
  %44 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  store <8 x float> %splat, <8 x float>* %23, align 32
  %47 = add i64 %35, 1
  %48 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat1 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %22, align 32
  store <8 x float> %splat1, <8 x float>* %21, align 32
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %51 = add i64 %35, 2
  %52 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat2 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  store <8 x float> %splat2, <8 x float>* %18, align 32
  store <8 x float> %splat2, <8 x float>* %17, align 32
  %55 = add i64 %35, 3
  %56 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %55
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
  %66 = mul i64 %32, 32
  %67 = add i64 %35, 0
  %68 = add i64 %66, %67
  %69 = mul i64 %68, 112
  %70 = add i64 %69, %29
  %71 = mul i64 %70, 112
  %72 = add i64 %71, %65
  %73 = getelementptr inbounds float, float* %0, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %64, <8 x float>* %74, align 4
  %75 = load <8 x float>, <8 x float>* %24, align 32
  %76 = fcmp ogt <8 x float> %75, zeroinitializer
  %77 = select <8 x i1> %76, <8 x float> %75, <8 x float> zeroinitializer
  %78 = add i64 %x, 8
  %79 = mul i64 %32, 32
  %80 = add i64 %35, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 112
  %83 = add i64 %82, %29
  %84 = mul i64 %83, 112
  %85 = add i64 %84, %78
  %86 = getelementptr inbounds float, float* %0, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %77, <8 x float>* %87, align 4
  %88 = load <8 x float>, <8 x float>* %23, align 32
  %89 = fcmp ogt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> %88, <8 x float> zeroinitializer
  %91 = add i64 %x, 16
  %92 = mul i64 %32, 32
  %93 = add i64 %35, 0
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 112
  %96 = add i64 %95, %29
  %97 = mul i64 %96, 112
  %98 = add i64 %97, %91
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %90, <8 x float>* %100, align 4
  %101 = load <8 x float>, <8 x float>* %22, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = add i64 %x, 0
  %105 = mul i64 %32, 32
  %106 = add i64 %35, 1
  %107 = add i64 %105, %106
  %108 = mul i64 %107, 112
  %109 = add i64 %108, %29
  %110 = mul i64 %109, 112
  %111 = add i64 %110, %104
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %103, <8 x float>* %113, align 4
  %114 = load <8 x float>, <8 x float>* %21, align 32
  %115 = fcmp ogt <8 x float> %114, zeroinitializer
  %116 = select <8 x i1> %115, <8 x float> %114, <8 x float> zeroinitializer
  %117 = add i64 %x, 8
  %118 = mul i64 %32, 32
  %119 = add i64 %35, 1
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 112
  %122 = add i64 %121, %29
  %123 = mul i64 %122, 112
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %20, align 32
  %128 = fcmp ogt <8 x float> %127, zeroinitializer
  %129 = select <8 x i1> %128, <8 x float> %127, <8 x float> zeroinitializer
  %130 = add i64 %x, 16
  %131 = mul i64 %32, 32
  %132 = add i64 %35, 1
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 112
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 112
  %137 = add i64 %136, %130
  %138 = getelementptr inbounds float, float* %0, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %129, <8 x float>* %139, align 4
  %140 = load <8 x float>, <8 x float>* %19, align 32
  %141 = fcmp ogt <8 x float> %140, zeroinitializer
  %142 = select <8 x i1> %141, <8 x float> %140, <8 x float> zeroinitializer
  %143 = add i64 %x, 0
  %144 = mul i64 %32, 32
  %145 = add i64 %35, 2
  %146 = add i64 %144, %145
  %147 = mul i64 %146, 112
  %148 = add i64 %147, %29
  %149 = mul i64 %148, 112
  %150 = add i64 %149, %143
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %142, <8 x float>* %152, align 4
  %153 = load <8 x float>, <8 x float>* %18, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = add i64 %x, 8
  %157 = mul i64 %32, 32
  %158 = add i64 %35, 2
  %159 = add i64 %157, %158
  %160 = mul i64 %159, 112
  %161 = add i64 %160, %29
  %162 = mul i64 %161, 112
  %163 = add i64 %162, %156
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %155, <8 x float>* %165, align 4
  %166 = load <8 x float>, <8 x float>* %17, align 32
  %167 = fcmp ogt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> %166, <8 x float> zeroinitializer
  %169 = add i64 %x, 16
  %170 = mul i64 %32, 32
  %171 = add i64 %35, 2
  %172 = add i64 %170, %171
  %173 = mul i64 %172, 112
  %174 = add i64 %173, %29
  %175 = mul i64 %174, 112
  %176 = add i64 %175, %169
  %177 = getelementptr inbounds float, float* %0, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %168, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = add i64 %x, 0
  %183 = mul i64 %32, 32
  %184 = add i64 %35, 3
  %185 = add i64 %183, %184
  %186 = mul i64 %185, 112
  %187 = add i64 %186, %29
  %188 = mul i64 %187, 112
  %189 = add i64 %188, %182
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %181, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %15, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = add i64 %x, 8
  %196 = mul i64 %32, 32
  %197 = add i64 %35, 3
  %198 = add i64 %196, %197
  %199 = mul i64 %198, 112
  %200 = add i64 %199, %29
  %201 = mul i64 %200, 112
  %202 = add i64 %201, %195
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %194, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = add i64 %x, 16
  %209 = mul i64 %32, 32
  %210 = add i64 %35, 3
  %211 = add i64 %209, %210
  %212 = mul i64 %211, 112
  %213 = add i64 %212, %29
  %214 = mul i64 %213, 112
  %215 = add i64 %214, %208
  %216 = getelementptr inbounds float, float* %0, i64 %215
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %207, <8 x float>* %217, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %218 = icmp slt i64 %i, 3
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
  %226 = icmp slt i64 %j, 3
  br i1 %226, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %227 = mul i64 %x, 2
  %228 = mul i64 %j, 1
  %229 = add i64 %227, %228
  %230 = sub i64 %229, 1
  %231 = add i64 %225, %230
  %232 = add i64 %231, 0
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = add i64 %232, 8
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  %239 = load <8 x float>, <8 x float>* %238, align 4
  %240 = shufflevector <8 x float> %235, <8 x float> %239, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %241 = add i64 %231, 16
  %242 = getelementptr inbounds float, float* %1, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = add i64 %241, 8
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  %248 = load <8 x float>, <8 x float>* %247, align 4
  %249 = shufflevector <8 x float> %244, <8 x float> %248, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %250 = add i64 %231, 32
  %251 = getelementptr inbounds float, float* %1, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %250, 8
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = shufflevector <8 x float> %253, <8 x float> %257, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %259 = mul i64 %i, 3
  %260 = add i64 %259, %j
  %261 = add i64 %35, 0
  %262 = mul i64 %261, 3
  %263 = add i64 %262, %c
  %264 = mul i64 %263, 9
  %265 = add i64 %264, %260
  %266 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %265
  %267 = load float, float* %266, align 4
  %268 = insertelement <8 x float> undef, float %267, i32 0
  %splat4 = shufflevector <8 x float> %268, <8 x float> undef, <8 x i32> zeroinitializer
  %269 = load <8 x float>, <8 x float>* %25, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %240, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %25, align 32
  %271 = load <8 x float>, <8 x float>* %24, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %249, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %24, align 32
  %273 = load <8 x float>, <8 x float>* %23, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %258, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %23, align 32
  %275 = mul i64 %i, 3
  %276 = add i64 %275, %j
  %277 = add i64 %35, 1
  %278 = mul i64 %277, 3
  %279 = add i64 %278, %c
  %280 = mul i64 %279, 9
  %281 = add i64 %280, %276
  %282 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %281
  %283 = load float, float* %282, align 4
  %284 = insertelement <8 x float> undef, float %283, i32 0
  %splat5 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
  %285 = load <8 x float>, <8 x float>* %22, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %240, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %22, align 32
  %287 = load <8 x float>, <8 x float>* %21, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %249, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %21, align 32
  %289 = load <8 x float>, <8 x float>* %20, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %258, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %20, align 32
  %291 = mul i64 %i, 3
  %292 = add i64 %291, %j
  %293 = add i64 %35, 2
  %294 = mul i64 %293, 3
  %295 = add i64 %294, %c
  %296 = mul i64 %295, 9
  %297 = add i64 %296, %292
  %298 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %297
  %299 = load float, float* %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %splat6 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %301 = load <8 x float>, <8 x float>* %19, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %240, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %19, align 32
  %303 = load <8 x float>, <8 x float>* %18, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %249, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %18, align 32
  %305 = load <8 x float>, <8 x float>* %17, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %258, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %17, align 32
  %307 = mul i64 %i, 3
  %308 = add i64 %307, %j
  %309 = add i64 %35, 3
  %310 = mul i64 %309, 3
  %311 = add i64 %310, %c
  %312 = mul i64 %311, 9
  %313 = add i64 %312, %308
  %314 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %313
  %315 = load float, float* %314, align 4
  %316 = insertelement <8 x float> undef, float %315, i32 0
  %splat7 = shufflevector <8 x float> %316, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, <8 x float>* %16, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %240, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %16, align 32
  %319 = load <8 x float>, <8 x float>* %15, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %249, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %15, align 32
  %321 = load <8 x float>, <8 x float>* %14, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %258, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %x.exit
  %xs = phi i64 [ 0, %x.exit ], [ %xs.next, %c.exit10 ]
  %323 = icmp slt i64 %xs, 1
  br i1 %323, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %324 = add i64 %35, 0
  %325 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %324
  %326 = load float, float* %325, align 4
  store float %326, float* %13, align 4
  %327 = add i64 %35, 1
  %328 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %327
  %329 = load float, float* %328, align 4
  store float %329, float* %12, align 4
  %330 = add i64 %35, 2
  %331 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %330
  %332 = load float, float* %331, align 4
  store float %332, float* %11, align 4
  %333 = add i64 %35, 3
  %334 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %333
  %335 = load float, float* %334, align 4
  store float %335, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %336 = icmp slt i64 %c11, 3
  br i1 %336, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %337 = mul i64 %c11, 50176
  %338 = add i64 %39, %337
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %339 = load float, float* %13, align 4
  %340 = fcmp ogt float %339, 0.000000e+00
  %341 = select i1 %340, float %339, float 0.000000e+00
  %342 = mul i64 %32, 32
  %343 = add i64 %35, 0
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 112
  %346 = add i64 %345, %29
  %347 = mul i64 %346, 112
  %348 = add i64 %347, %xs
  %349 = getelementptr inbounds float, float* %0, i64 %348
  store float %341, float* %349, align 4
  %350 = load float, float* %12, align 4
  %351 = fcmp ogt float %350, 0.000000e+00
  %352 = select i1 %351, float %350, float 0.000000e+00
  %353 = mul i64 %32, 32
  %354 = add i64 %35, 1
  %355 = add i64 %353, %354
  %356 = mul i64 %355, 112
  %357 = add i64 %356, %29
  %358 = mul i64 %357, 112
  %359 = add i64 %358, %xs
  %360 = getelementptr inbounds float, float* %0, i64 %359
  store float %352, float* %360, align 4
  %361 = load float, float* %11, align 4
  %362 = fcmp ogt float %361, 0.000000e+00
  %363 = select i1 %362, float %361, float 0.000000e+00
  %364 = mul i64 %32, 32
  %365 = add i64 %35, 2
  %366 = add i64 %364, %365
  %367 = mul i64 %366, 112
  %368 = add i64 %367, %29
  %369 = mul i64 %368, 112
  %370 = add i64 %369, %xs
  %371 = getelementptr inbounds float, float* %0, i64 %370
  store float %363, float* %371, align 4
  %372 = load float, float* %10, align 4
  %373 = fcmp ogt float %372, 0.000000e+00
  %374 = select i1 %373, float %372, float 0.000000e+00
  %375 = mul i64 %32, 32
  %376 = add i64 %35, 3
  %377 = add i64 %375, %376
  %378 = mul i64 %377, 112
  %379 = add i64 %378, %29
  %380 = mul i64 %379, 112
  %381 = add i64 %380, %xs
  %382 = getelementptr inbounds float, float* %0, i64 %381
  store float %374, float* %382, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %383 = icmp slt i64 %i15, 3
  br i1 %383, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %384 = mul i64 %i15, 1
  %385 = add i64 %41, %384
  %386 = icmp sge i64 %385, 0
  %387 = icmp slt i64 %385, 224
  %388 = and i1 %386, %387
  br i1 %388, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %389 = mul i64 %385, 224
  %390 = add i64 %338, %389
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %391 = icmp slt i64 %j21, 3
  br i1 %391, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %392 = mul i64 %xs, 2
  %393 = mul i64 %j21, 1
  %394 = add i64 %392, %393
  %395 = sub i64 %394, 1
  %396 = icmp sge i64 %395, 0
  %397 = icmp slt i64 %395, 224
  %398 = and i1 %396, %397
  %399 = icmp sgt i64 %395, 0
  %400 = select i1 %399, i64 %395, i64 0
  %401 = icmp slt i64 %400, 223
  %402 = select i1 %401, i64 %400, i64 223
  %403 = add i64 %390, %402
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = select i1 %398, float %405, float 0.000000e+00
  %407 = mul i64 %i15, 3
  %408 = add i64 %407, %j21
  %409 = add i64 %35, 0
  %410 = mul i64 %409, 3
  %411 = add i64 %410, %c11
  %412 = mul i64 %411, 9
  %413 = add i64 %412, %408
  %414 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %413
  %415 = load float, float* %414, align 4
  %416 = load float, float* %13, align 4
  %417 = call float @llvm.fma.f32(float %415, float %406, float %416)
  store float %417, float* %13, align 4
  %418 = mul i64 %i15, 3
  %419 = add i64 %418, %j21
  %420 = add i64 %35, 1
  %421 = mul i64 %420, 3
  %422 = add i64 %421, %c11
  %423 = mul i64 %422, 9
  %424 = add i64 %423, %419
  %425 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %424
  %426 = load float, float* %425, align 4
  %427 = load float, float* %12, align 4
  %428 = call float @llvm.fma.f32(float %426, float %406, float %427)
  store float %428, float* %12, align 4
  %429 = mul i64 %i15, 3
  %430 = add i64 %429, %j21
  %431 = add i64 %35, 2
  %432 = mul i64 %431, 3
  %433 = add i64 %432, %c11
  %434 = mul i64 %433, 9
  %435 = add i64 %434, %430
  %436 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %435
  %437 = load float, float* %436, align 4
  %438 = load float, float* %11, align 4
  %439 = call float @llvm.fma.f32(float %437, float %406, float %438)
  store float %439, float* %11, align 4
  %440 = mul i64 %i15, 3
  %441 = add i64 %440, %j21
  %442 = add i64 %35, 3
  %443 = mul i64 %442, 3
  %444 = add i64 %443, %c11
  %445 = mul i64 %444, 9
  %446 = add i64 %445, %441
  %447 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %446
  %448 = load float, float* %447, align 4
  %449 = load float, float* %10, align 4
  %450 = call float @llvm.fma.f32(float %448, float %406, float %449)
  store float %450, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 97, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %451 = icmp slt i64 %xs28, 112
  br i1 %451, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %452 = add i64 %35, 0
  %453 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %452
  %454 = load float, float* %453, align 4
  store float %454, float* %9, align 4
  %455 = add i64 %35, 1
  %456 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %455
  %457 = load float, float* %456, align 4
  store float %457, float* %8, align 4
  %458 = add i64 %35, 2
  %459 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %458
  %460 = load float, float* %459, align 4
  store float %460, float* %7, align 4
  %461 = add i64 %35, 3
  %462 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_1.bias to float*), i64 %461
  %463 = load float, float* %462, align 4
  store float %463, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %464 = icmp slt i64 %c32, 3
  br i1 %464, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %465 = mul i64 %c32, 50176
  %466 = add i64 %39, %465
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %467 = load float, float* %9, align 4
  %468 = fcmp ogt float %467, 0.000000e+00
  %469 = select i1 %468, float %467, float 0.000000e+00
  %470 = mul i64 %32, 32
  %471 = add i64 %35, 0
  %472 = add i64 %470, %471
  %473 = mul i64 %472, 112
  %474 = add i64 %473, %29
  %475 = mul i64 %474, 112
  %476 = add i64 %475, %xs28
  %477 = getelementptr inbounds float, float* %0, i64 %476
  store float %469, float* %477, align 4
  %478 = load float, float* %8, align 4
  %479 = fcmp ogt float %478, 0.000000e+00
  %480 = select i1 %479, float %478, float 0.000000e+00
  %481 = mul i64 %32, 32
  %482 = add i64 %35, 1
  %483 = add i64 %481, %482
  %484 = mul i64 %483, 112
  %485 = add i64 %484, %29
  %486 = mul i64 %485, 112
  %487 = add i64 %486, %xs28
  %488 = getelementptr inbounds float, float* %0, i64 %487
  store float %480, float* %488, align 4
  %489 = load float, float* %7, align 4
  %490 = fcmp ogt float %489, 0.000000e+00
  %491 = select i1 %490, float %489, float 0.000000e+00
  %492 = mul i64 %32, 32
  %493 = add i64 %35, 2
  %494 = add i64 %492, %493
  %495 = mul i64 %494, 112
  %496 = add i64 %495, %29
  %497 = mul i64 %496, 112
  %498 = add i64 %497, %xs28
  %499 = getelementptr inbounds float, float* %0, i64 %498
  store float %491, float* %499, align 4
  %500 = load float, float* %6, align 4
  %501 = fcmp ogt float %500, 0.000000e+00
  %502 = select i1 %501, float %500, float 0.000000e+00
  %503 = mul i64 %32, 32
  %504 = add i64 %35, 3
  %505 = add i64 %503, %504
  %506 = mul i64 %505, 112
  %507 = add i64 %506, %29
  %508 = mul i64 %507, 112
  %509 = add i64 %508, %xs28
  %510 = getelementptr inbounds float, float* %0, i64 %509
  store float %502, float* %510, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %511 = icmp slt i64 %i36, 3
  br i1 %511, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %512 = mul i64 %i36, 1
  %513 = add i64 %41, %512
  %514 = icmp sge i64 %513, 0
  %515 = icmp slt i64 %513, 224
  %516 = and i1 %514, %515
  br i1 %516, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %517 = mul i64 %513, 224
  %518 = add i64 %466, %517
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %519 = icmp slt i64 %j42, 3
  br i1 %519, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %520 = mul i64 %xs28, 2
  %521 = mul i64 %j42, 1
  %522 = add i64 %520, %521
  %523 = sub i64 %522, 1
  %524 = icmp sge i64 %523, 0
  %525 = icmp slt i64 %523, 224
  %526 = and i1 %524, %525
  %527 = icmp sgt i64 %523, 0
  %528 = select i1 %527, i64 %523, i64 0
  %529 = icmp slt i64 %528, 223
  %530 = select i1 %529, i64 %528, i64 223
  %531 = add i64 %518, %530
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = select i1 %526, float %533, float 0.000000e+00
  %535 = mul i64 %i36, 3
  %536 = add i64 %535, %j42
  %537 = add i64 %35, 0
  %538 = mul i64 %537, 3
  %539 = add i64 %538, %c32
  %540 = mul i64 %539, 9
  %541 = add i64 %540, %536
  %542 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %541
  %543 = load float, float* %542, align 4
  %544 = load float, float* %9, align 4
  %545 = call float @llvm.fma.f32(float %543, float %534, float %544)
  store float %545, float* %9, align 4
  %546 = mul i64 %i36, 3
  %547 = add i64 %546, %j42
  %548 = add i64 %35, 1
  %549 = mul i64 %548, 3
  %550 = add i64 %549, %c32
  %551 = mul i64 %550, 9
  %552 = add i64 %551, %547
  %553 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %552
  %554 = load float, float* %553, align 4
  %555 = load float, float* %8, align 4
  %556 = call float @llvm.fma.f32(float %554, float %534, float %555)
  store float %556, float* %8, align 4
  %557 = mul i64 %i36, 3
  %558 = add i64 %557, %j42
  %559 = add i64 %35, 2
  %560 = mul i64 %559, 3
  %561 = add i64 %560, %c32
  %562 = mul i64 %561, 9
  %563 = add i64 %562, %558
  %564 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %563
  %565 = load float, float* %564, align 4
  %566 = load float, float* %7, align 4
  %567 = call float @llvm.fma.f32(float %565, float %534, float %566)
  store float %567, float* %7, align 4
  %568 = mul i64 %i36, 3
  %569 = add i64 %568, %j42
  %570 = add i64 %35, 3
  %571 = mul i64 %570, 3
  %572 = add i64 %571, %c32
  %573 = mul i64 %572, 9
  %574 = add i64 %573, %569
  %575 = getelementptr inbounds float, float* bitcast ([3456 x i8]* @weight.conv2d_1.weight to float*), i64 %574
  %576 = load float, float* %575, align 4
  %577 = load float, float* %6, align 4
  %578 = call float @llvm.fma.f32(float %576, float %534, float %577)
  store float %578, float* %6, align 4
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
define internal void @node1.depthwiseConv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit40, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit40 ]
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
  %33 = add i64 %25, 0
  %34 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.depthwiseConv2d_1.bias to float*), i64 %33
  %35 = load float, float* %34, align 4
  %36 = insertelement <8 x float> undef, float %35, i32 0
  %splat = shufflevector <8 x float> %36, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %15, align 32
  store <8 x float> %splat, <8 x float>* %14, align 32
  store <8 x float> %splat, <8 x float>* %13, align 32
  store <8 x float> %splat, <8 x float>* %12, align 32
  store <8 x float> %splat, <8 x float>* %11, align 32
  store <8 x float> %splat, <8 x float>* %10, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %37 = add i64 %25, 0
  %38 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.depthwiseConv2d_1.bias to float*), i64 %37
  %39 = load float, float* %38, align 4
  %40 = insertelement <8 x float> undef, float %39, i32 0
  %splat2 = shufflevector <8 x float> %40, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %9, align 32
  store <8 x float> %splat2, <8 x float>* %8, align 32
  br label %c.header3

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %41 = icmp slt i64 %c, 1
  br i1 %41, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %42 = mul i64 %c, 12544
  %43 = add i64 %29, %42
  br label %i.header

c.exit:                                           ; preds = %c.header
  %44 = load <8 x float>, <8 x float>* %15, align 32
  %45 = fcmp ogt <8 x float> %44, zeroinitializer
  %46 = select <8 x i1> %45, <8 x float> %44, <8 x float> zeroinitializer
  %47 = add i64 %x, 0
  %48 = mul i64 %22, 32
  %49 = add i64 %25, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 112
  %52 = add i64 %51, %19
  %53 = mul i64 %52, 112
  %54 = add i64 %53, %47
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  store <8 x float> %46, <8 x float>* %56, align 4
  %57 = load <8 x float>, <8 x float>* %14, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = add i64 %x, 8
  %61 = mul i64 %22, 32
  %62 = add i64 %25, 0
  %63 = add i64 %61, %62
  %64 = mul i64 %63, 112
  %65 = add i64 %64, %19
  %66 = mul i64 %65, 112
  %67 = add i64 %66, %60
  %68 = getelementptr inbounds float, float* %0, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %59, <8 x float>* %69, align 4
  %70 = load <8 x float>, <8 x float>* %13, align 32
  %71 = fcmp ogt <8 x float> %70, zeroinitializer
  %72 = select <8 x i1> %71, <8 x float> %70, <8 x float> zeroinitializer
  %73 = add i64 %x, 16
  %74 = mul i64 %22, 32
  %75 = add i64 %25, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 112
  %78 = add i64 %77, %19
  %79 = mul i64 %78, 112
  %80 = add i64 %79, %73
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %72, <8 x float>* %82, align 4
  %83 = load <8 x float>, <8 x float>* %12, align 32
  %84 = fcmp ogt <8 x float> %83, zeroinitializer
  %85 = select <8 x i1> %84, <8 x float> %83, <8 x float> zeroinitializer
  %86 = add i64 %x, 24
  %87 = mul i64 %22, 32
  %88 = add i64 %25, 0
  %89 = add i64 %87, %88
  %90 = mul i64 %89, 112
  %91 = add i64 %90, %19
  %92 = mul i64 %91, 112
  %93 = add i64 %92, %86
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  store <8 x float> %85, <8 x float>* %95, align 4
  %96 = load <8 x float>, <8 x float>* %11, align 32
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = add i64 %x, 32
  %100 = mul i64 %22, 32
  %101 = add i64 %25, 0
  %102 = add i64 %100, %101
  %103 = mul i64 %102, 112
  %104 = add i64 %103, %19
  %105 = mul i64 %104, 112
  %106 = add i64 %105, %99
  %107 = getelementptr inbounds float, float* %0, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %98, <8 x float>* %108, align 4
  %109 = load <8 x float>, <8 x float>* %10, align 32
  %110 = fcmp ogt <8 x float> %109, zeroinitializer
  %111 = select <8 x i1> %110, <8 x float> %109, <8 x float> zeroinitializer
  %112 = add i64 %x, 40
  %113 = mul i64 %22, 32
  %114 = add i64 %25, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 112
  %117 = add i64 %116, %19
  %118 = mul i64 %117, 112
  %119 = add i64 %118, %112
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %111, <8 x float>* %121, align 4
  %x.next = add i64 %x, 48
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %122 = icmp slt i64 %i, 3
  br i1 %122, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %123 = mul i64 %i, 1
  %124 = add i64 %31, %123
  %125 = icmp sge i64 %124, 0
  %126 = icmp slt i64 %124, 112
  %127 = and i1 %125, %126
  br i1 %127, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %128 = mul i64 %124, 112
  %129 = add i64 %43, %128
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %130 = icmp slt i64 %j, 3
  br i1 %130, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %131 = mul i64 %x, 1
  %132 = mul i64 %j, 1
  %133 = add i64 %131, %132
  %134 = sub i64 %133, 1
  %135 = add i64 %129, %134
  %136 = add i64 %135, 0
  %137 = getelementptr inbounds float, float* %1, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %135, 8
  %141 = getelementptr inbounds float, float* %1, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %135, 16
  %145 = getelementptr inbounds float, float* %1, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %135, 24
  %149 = getelementptr inbounds float, float* %1, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %135, 32
  %153 = getelementptr inbounds float, float* %1, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %135, 40
  %157 = getelementptr inbounds float, float* %1, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = mul i64 %i, 3
  %161 = add i64 %160, %j
  %162 = add i64 %25, 0
  %163 = mul i64 %162, 1
  %164 = add i64 %163, %c
  %165 = mul i64 %164, 9
  %166 = add i64 %165, %161
  %167 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.depthwiseConv2d_1.weight to float*), i64 %166
  %168 = load float, float* %167, align 4
  %169 = insertelement <8 x float> undef, float %168, i32 0
  %splat1 = shufflevector <8 x float> %169, <8 x float> undef, <8 x i32> zeroinitializer
  %170 = load <8 x float>, <8 x float>* %15, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %139, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %15, align 32
  %172 = load <8 x float>, <8 x float>* %14, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %143, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %14, align 32
  %174 = load <8 x float>, <8 x float>* %13, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %147, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %13, align 32
  %176 = load <8 x float>, <8 x float>* %12, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %151, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %12, align 32
  %178 = load <8 x float>, <8 x float>* %11, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %155, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %11, align 32
  %180 = load <8 x float>, <8 x float>* %10, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %159, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %10, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header3:                                        ; preds = %i.exit9, %x.exit
  %c6 = phi i64 [ 0, %x.exit ], [ %c.next20, %i.exit9 ]
  %182 = icmp slt i64 %c6, 1
  br i1 %182, label %c.body4, label %c.exit5

c.body4:                                          ; preds = %c.header3
  %183 = mul i64 %c6, 12544
  %184 = add i64 %29, %183
  br label %i.header7

c.exit5:                                          ; preds = %c.header3
  %185 = load <8 x float>, <8 x float>* %9, align 32
  %186 = fcmp ogt <8 x float> %185, zeroinitializer
  %187 = select <8 x i1> %186, <8 x float> %185, <8 x float> zeroinitializer
  %188 = mul i64 %22, 32
  %189 = add i64 %25, 0
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 112
  %192 = add i64 %191, %19
  %193 = mul i64 %192, 112
  %194 = add i64 %193, 97
  %195 = getelementptr inbounds float, float* %0, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %187, <8 x float>* %196, align 4
  %197 = load <8 x float>, <8 x float>* %8, align 32
  %198 = fcmp ogt <8 x float> %197, zeroinitializer
  %199 = select <8 x i1> %198, <8 x float> %197, <8 x float> zeroinitializer
  %200 = mul i64 %22, 32
  %201 = add i64 %25, 0
  %202 = add i64 %200, %201
  %203 = mul i64 %202, 112
  %204 = add i64 %203, %19
  %205 = mul i64 %204, 112
  %206 = add i64 %205, 105
  %207 = getelementptr inbounds float, float* %0, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %199, <8 x float>* %208, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header7:                                        ; preds = %endif12, %c.body4
  %i10 = phi i64 [ 0, %c.body4 ], [ %i.next19, %endif12 ]
  %209 = icmp slt i64 %i10, 3
  br i1 %209, label %i.body8, label %i.exit9

i.body8:                                          ; preds = %i.header7
  %210 = mul i64 %i10, 1
  %211 = add i64 %31, %210
  %212 = icmp sge i64 %211, 0
  %213 = icmp slt i64 %211, 112
  %214 = and i1 %212, %213
  br i1 %214, label %then11, label %endif12

i.exit9:                                          ; preds = %i.header7
  %c.next20 = add i64 %c6, 1
  br label %c.header3

then11:                                           ; preds = %i.body8
  %215 = mul i64 %211, 112
  %216 = add i64 %184, %215
  br label %j.header13

endif12:                                          ; preds = %j.exit15, %i.body8
  %i.next19 = add i64 %i10, 1
  br label %i.header7

j.header13:                                       ; preds = %j.body14, %then11
  %j16 = phi i64 [ 0, %then11 ], [ %j.next18, %j.body14 ]
  %217 = icmp slt i64 %j16, 3
  br i1 %217, label %j.body14, label %j.exit15

j.body14:                                         ; preds = %j.header13
  %218 = mul i64 %j16, 1
  %219 = add i64 97, %218
  %220 = sub i64 %219, 1
  %221 = add i64 %216, %220
  %222 = add i64 %221, 0
  %223 = getelementptr inbounds float, float* %1, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = add i64 %221, 8
  %227 = getelementptr inbounds float, float* %1, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %228, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %230 = mul i64 %i10, 3
  %231 = add i64 %230, %j16
  %232 = add i64 %25, 0
  %233 = mul i64 %232, 1
  %234 = add i64 %233, %c6
  %235 = mul i64 %234, 9
  %236 = add i64 %235, %231
  %237 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.depthwiseConv2d_1.weight to float*), i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat17 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %9, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %225, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %9, align 32
  %242 = load <8 x float>, <8 x float>* %8, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %229, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %8, align 32
  %j.next18 = add i64 %j16, 1
  br label %j.header13

j.exit15:                                         ; preds = %j.header13
  br label %endif12

xs.header:                                        ; preds = %c.exit23, %c.exit5
  %xs = phi i64 [ 0, %c.exit5 ], [ %xs.next, %c.exit23 ]
  %244 = icmp slt i64 %xs, 1
  br i1 %244, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %245 = add i64 %25, 0
  %246 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.depthwiseConv2d_1.bias to float*), i64 %245
  %247 = load float, float* %246, align 4
  store float %247, float* %7, align 4
  br label %c.header21

xs.exit:                                          ; preds = %xs.header
  br label %xs.header38

c.header21:                                       ; preds = %i.exit27, %xs.body
  %c24 = phi i64 [ 0, %xs.body ], [ %c.next37, %i.exit27 ]
  %248 = icmp slt i64 %c24, 1
  br i1 %248, label %c.body22, label %c.exit23

c.body22:                                         ; preds = %c.header21
  %249 = mul i64 %c24, 12544
  %250 = add i64 %29, %249
  br label %i.header25

c.exit23:                                         ; preds = %c.header21
  %251 = load float, float* %7, align 4
  %252 = fcmp ogt float %251, 0.000000e+00
  %253 = select i1 %252, float %251, float 0.000000e+00
  %254 = mul i64 %22, 32
  %255 = add i64 %25, 0
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 112
  %258 = add i64 %257, %19
  %259 = mul i64 %258, 112
  %260 = add i64 %259, %xs
  %261 = getelementptr inbounds float, float* %0, i64 %260
  store float %253, float* %261, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header25:                                       ; preds = %endif30, %c.body22
  %i28 = phi i64 [ 0, %c.body22 ], [ %i.next36, %endif30 ]
  %262 = icmp slt i64 %i28, 3
  br i1 %262, label %i.body26, label %i.exit27

i.body26:                                         ; preds = %i.header25
  %263 = mul i64 %i28, 1
  %264 = add i64 %31, %263
  %265 = icmp sge i64 %264, 0
  %266 = icmp slt i64 %264, 112
  %267 = and i1 %265, %266
  br i1 %267, label %then29, label %endif30

i.exit27:                                         ; preds = %i.header25
  %c.next37 = add i64 %c24, 1
  br label %c.header21

then29:                                           ; preds = %i.body26
  %268 = mul i64 %264, 112
  %269 = add i64 %250, %268
  br label %j.header31

endif30:                                          ; preds = %j.exit33, %i.body26
  %i.next36 = add i64 %i28, 1
  br label %i.header25

j.header31:                                       ; preds = %j.body32, %then29
  %j34 = phi i64 [ 0, %then29 ], [ %j.next35, %j.body32 ]
  %270 = icmp slt i64 %j34, 3
  br i1 %270, label %j.body32, label %j.exit33

j.body32:                                         ; preds = %j.header31
  %271 = mul i64 %xs, 1
  %272 = mul i64 %j34, 1
  %273 = add i64 %271, %272
  %274 = sub i64 %273, 1
  %275 = icmp sge i64 %274, 0
  %276 = icmp slt i64 %274, 112
  %277 = and i1 %275, %276
  %278 = icmp sgt i64 %274, 0
  %279 = select i1 %278, i64 %274, i64 0
  %280 = icmp slt i64 %279, 111
  %281 = select i1 %280, i64 %279, i64 111
  %282 = add i64 %269, %281
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = load float, float* %283, align 4
  %285 = select i1 %277, float %284, float 0.000000e+00
  %286 = mul i64 %i28, 3
  %287 = add i64 %286, %j34
  %288 = add i64 %25, 0
  %289 = mul i64 %288, 1
  %290 = add i64 %289, %c24
  %291 = mul i64 %290, 9
  %292 = add i64 %291, %287
  %293 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.depthwiseConv2d_1.weight to float*), i64 %292
  %294 = load float, float* %293, align 4
  %295 = load float, float* %7, align 4
  %296 = call float @llvm.fma.f32(float %294, float %285, float %295)
  store float %296, float* %7, align 4
  %j.next35 = add i64 %j34, 1
  br label %j.header31

j.exit33:                                         ; preds = %j.header31
  br label %endif30

xs.header38:                                      ; preds = %c.exit44, %xs.exit
  %xs41 = phi i64 [ 111, %xs.exit ], [ %xs.next59, %c.exit44 ]
  %297 = icmp slt i64 %xs41, 112
  br i1 %297, label %xs.body39, label %xs.exit40

xs.body39:                                        ; preds = %xs.header38
  %298 = add i64 %25, 0
  %299 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.depthwiseConv2d_1.bias to float*), i64 %298
  %300 = load float, float* %299, align 4
  store float %300, float* %6, align 4
  br label %c.header42

xs.exit40:                                        ; preds = %xs.header38
  %task.next = add i64 %task, 1
  br label %task.header

c.header42:                                       ; preds = %i.exit48, %xs.body39
  %c45 = phi i64 [ 0, %xs.body39 ], [ %c.next58, %i.exit48 ]
  %301 = icmp slt i64 %c45, 1
  br i1 %301, label %c.body43, label %c.exit44

c.body43:                                         ; preds = %c.header42
  %302 = mul i64 %c45, 12544
  %303 = add i64 %29, %302
  br label %i.header46

c.exit44:                                         ; preds = %c.header42
  %304 = load float, float* %6, align 4
  %305 = fcmp ogt float %304, 0.000000e+00
  %306 = select i1 %305, float %304, float 0.000000e+00
  %307 = mul i64 %22, 32
  %308 = add i64 %25, 0
  %309 = add i64 %307, %308
  %310 = mul i64 %309, 112
  %311 = add i64 %310, %19
  %312 = mul i64 %311, 112
  %313 = add i64 %312, %xs41
  %314 = getelementptr inbounds float, float* %0, i64 %313
  store float %306, float* %314, align 4
  %xs.next59 = add i64 %xs41, 1
  br label %xs.header38

i.header46:                                       ; preds = %endif51, %c.body43
  %i49 = phi i64 [ 0, %c.body43 ], [ %i.next57, %endif51 ]
  %315 = icmp slt i64 %i49, 3
  br i1 %315, label %i.body47, label %i.exit48

i.body47:                                         ; preds = %i.header46
  %316 = mul i64 %i49, 1
  %317 = add i64 %31, %316
  %318 = icmp sge i64 %317, 0
  %319 = icmp slt i64 %317, 112
  %320 = and i1 %318, %319
  br i1 %320, label %then50, label %endif51

i.exit48:                                         ; preds = %i.header46
  %c.next58 = add i64 %c45, 1
  br label %c.header42

then50:                                           ; preds = %i.body47
  %321 = mul i64 %317, 112
  %322 = add i64 %303, %321
  br label %j.header52

endif51:                                          ; preds = %j.exit54, %i.body47
  %i.next57 = add i64 %i49, 1
  br label %i.header46

j.header52:                                       ; preds = %j.body53, %then50
  %j55 = phi i64 [ 0, %then50 ], [ %j.next56, %j.body53 ]
  %323 = icmp slt i64 %j55, 3
  br i1 %323, label %j.body53, label %j.exit54

j.body53:                                         ; preds = %j.header52
  %324 = mul i64 %xs41, 1
  %325 = mul i64 %j55, 1
  %326 = add i64 %324, %325
  %327 = sub i64 %326, 1
  %328 = icmp sge i64 %327, 0
  %329 = icmp slt i64 %327, 112
  %330 = and i1 %328, %329
  %331 = icmp sgt i64 %327, 0
  %332 = select i1 %331, i64 %327, i64 0
  %333 = icmp slt i64 %332, 111
  %334 = select i1 %333, i64 %332, i64 111
  %335 = add i64 %322, %334
  %336 = getelementptr inbounds float, float* %1, i64 %335
  %337 = load float, float* %336, align 4
  %338 = select i1 %330, float %337, float 0.000000e+00
  %339 = mul i64 %i49, 3
  %340 = add i64 %339, %j55
  %341 = add i64 %25, 0
  %342 = mul i64 %341, 1
  %343 = add i64 %342, %c45
  %344 = mul i64 %343, 9
  %345 = add i64 %344, %340
  %346 = getelementptr inbounds float, float* bitcast ([1152 x i8]* @weight.depthwiseConv2d_1.weight to float*), i64 %345
  %347 = load float, float* %346, align 4
  %348 = load float, float* %6, align 4
  %349 = call float @llvm.fma.f32(float %347, float %338, float %348)
  store float %349, float* %6, align 4
  %j.next56 = add i64 %j55, 1
  br label %j.header52

j.exit54:                                         ; preds = %j.header52
  br label %endif51
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

; Function Attrs: nounwind
define internal void @node1.depthwiseConv2d_1.step0(i8* %0) #2 {
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
  call void @node1.depthwiseConv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %23, align 32
  store <8 x float> %splat1, <8 x float>* %22, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %21, align 32
  store <8 x float> %splat2, <8 x float>* %20, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat3 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %58 = add i64 %35, 0
  %59 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat8 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %62 = add i64 %35, 1
  %63 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat9 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %66 = add i64 %35, 2
  %67 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat10 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %70 = add i64 %35, 3
  %71 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %70
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
  %74 = icmp slt i64 %c, 32
  br i1 %74, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %75 = mul i64 %c, 12544
  %76 = add i64 %75, %40
  %77 = add i64 %39, %76
  %78 = add i64 %77, 0
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %77, 8
  %83 = getelementptr inbounds float, float* %1, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %35, 0
  %87 = mul i64 %86, 32
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %88
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
  %97 = mul i64 %96, 32
  %98 = add i64 %97, %c
  %99 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %98
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
  %107 = mul i64 %106, 32
  %108 = add i64 %107, %c
  %109 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %108
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
  %117 = mul i64 %116, 32
  %118 = add i64 %117, %c
  %119 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %118
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
  %129 = mul i64 %32, 64
  %130 = add i64 %35, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 12544
  %133 = add i64 %40, 0
  %134 = add i64 %132, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %128, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %24, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = mul i64 %32, 64
  %141 = add i64 %35, 0
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 12544
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %23, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %32, 64
  %152 = add i64 %35, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 12544
  %155 = add i64 %40, 0
  %156 = add i64 %154, %155
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %150, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %22, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = mul i64 %32, 64
  %163 = add i64 %35, 1
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 12544
  %166 = add i64 %40, 8
  %167 = add i64 %165, %166
  %168 = getelementptr inbounds float, float* %0, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %161, <8 x float>* %169, align 4
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = mul i64 %32, 64
  %174 = add i64 %35, 2
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 12544
  %177 = add i64 %40, 0
  %178 = add i64 %176, %177
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %172, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %20, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = mul i64 %32, 64
  %185 = add i64 %35, 2
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 12544
  %188 = add i64 %40, 8
  %189 = add i64 %187, %188
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %183, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = mul i64 %32, 64
  %196 = add i64 %35, 3
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 12544
  %199 = add i64 %40, 0
  %200 = add i64 %198, %199
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %194, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %18, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = mul i64 %32, 64
  %207 = add i64 %35, 3
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 12544
  %210 = add i64 %40, 8
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %214 = icmp slt i64 %c15, 32
  br i1 %214, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %215 = mul i64 %c15, 12544
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
  %231 = mul i64 %230, 32
  %232 = add i64 %231, %c15
  %233 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %232
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
  %243 = mul i64 %242, 32
  %244 = add i64 %243, %c15
  %245 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %244
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
  %255 = mul i64 %254, 32
  %256 = add i64 %255, %c15
  %257 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %256
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
  %267 = mul i64 %266, 32
  %268 = add i64 %267, %c15
  %269 = getelementptr inbounds float, float* bitcast ([8192 x i8]* @weight.conv2d_2.weight to float*), i64 %268
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
  %281 = mul i64 %32, 64
  %282 = add i64 %35, 0
  %283 = add i64 %281, %282
  %284 = mul i64 %283, 12544
  %285 = add i64 %40, 0
  %286 = add i64 %284, %285
  %287 = getelementptr inbounds float, float* %0, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %280, <8 x float>* %288, align 4
  %289 = load <8 x float>, <8 x float>* %16, align 32
  %290 = fcmp ogt <8 x float> %289, zeroinitializer
  %291 = select <8 x i1> %290, <8 x float> %289, <8 x float> zeroinitializer
  %292 = mul i64 %32, 64
  %293 = add i64 %35, 0
  %294 = add i64 %292, %293
  %295 = mul i64 %294, 12544
  %296 = add i64 %40, 8
  %297 = add i64 %295, %296
  %298 = getelementptr inbounds float, float* %0, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %291, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %15, align 32
  %301 = fcmp ogt <8 x float> %300, zeroinitializer
  %302 = select <8 x i1> %301, <8 x float> %300, <8 x float> zeroinitializer
  %303 = mul i64 %32, 64
  %304 = add i64 %35, 0
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 12544
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %14, align 32
  %312 = fcmp ogt <8 x float> %311, zeroinitializer
  %313 = select <8 x i1> %312, <8 x float> %311, <8 x float> zeroinitializer
  %314 = mul i64 %32, 64
  %315 = add i64 %35, 1
  %316 = add i64 %314, %315
  %317 = mul i64 %316, 12544
  %318 = add i64 %40, 0
  %319 = add i64 %317, %318
  %320 = getelementptr inbounds float, float* %0, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %313, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %13, align 32
  %323 = fcmp ogt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> %322, <8 x float> zeroinitializer
  %325 = mul i64 %32, 64
  %326 = add i64 %35, 1
  %327 = add i64 %325, %326
  %328 = mul i64 %327, 12544
  %329 = add i64 %40, 8
  %330 = add i64 %328, %329
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %324, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %12, align 32
  %334 = fcmp ogt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> %333, <8 x float> zeroinitializer
  %336 = mul i64 %32, 64
  %337 = add i64 %35, 1
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 12544
  %340 = add i64 %40, 16
  %341 = add i64 %339, %340
  %342 = getelementptr inbounds float, float* %0, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  store <8 x float> %335, <8 x float>* %343, align 4
  %344 = load <8 x float>, <8 x float>* %11, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = mul i64 %32, 64
  %348 = add i64 %35, 2
  %349 = add i64 %347, %348
  %350 = mul i64 %349, 12544
  %351 = add i64 %40, 0
  %352 = add i64 %350, %351
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %346, <8 x float>* %354, align 4
  %355 = load <8 x float>, <8 x float>* %10, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %32, 64
  %359 = add i64 %35, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 12544
  %362 = add i64 %40, 8
  %363 = add i64 %361, %362
  %364 = getelementptr inbounds float, float* %0, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %357, <8 x float>* %365, align 4
  %366 = load <8 x float>, <8 x float>* %9, align 32
  %367 = fcmp ogt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> %366, <8 x float> zeroinitializer
  %369 = mul i64 %32, 64
  %370 = add i64 %35, 2
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 12544
  %373 = add i64 %40, 16
  %374 = add i64 %372, %373
  %375 = getelementptr inbounds float, float* %0, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %368, <8 x float>* %376, align 4
  %377 = load <8 x float>, <8 x float>* %8, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = mul i64 %32, 64
  %381 = add i64 %35, 3
  %382 = add i64 %380, %381
  %383 = mul i64 %382, 12544
  %384 = add i64 %40, 0
  %385 = add i64 %383, %384
  %386 = getelementptr inbounds float, float* %0, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %379, <8 x float>* %387, align 4
  %388 = load <8 x float>, <8 x float>* %7, align 32
  %389 = fcmp ogt <8 x float> %388, zeroinitializer
  %390 = select <8 x i1> %389, <8 x float> %388, <8 x float> zeroinitializer
  %391 = mul i64 %32, 64
  %392 = add i64 %35, 3
  %393 = add i64 %391, %392
  %394 = mul i64 %393, 12544
  %395 = add i64 %40, 8
  %396 = add i64 %394, %395
  %397 = getelementptr inbounds float, float* %0, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %390, <8 x float>* %398, align 4
  %399 = load <8 x float>, <8 x float>* %6, align 32
  %400 = fcmp ogt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> %399, <8 x float> zeroinitializer
  %402 = mul i64 %32, 64
  %403 = add i64 %35, 3
  %404 = add i64 %402, %403
  %405 = mul i64 %404, 12544
  %406 = add i64 %40, 16
  %407 = add i64 %405, %406
  %408 = getelementptr inbounds float, float* %0, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %401, <8 x float>* %409, align 4
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
  %19 = add i64 8368, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 8368
  %23 = select i1 %22, i64 %21, i64 8368
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 8368
  %26 = select i1 %25, i64 %24, i64 8368
  call void @node2.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.depthwiseConv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit21, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit21 ]
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
  %31 = add i64 %23, 0
  %32 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.depthwiseConv2d_2.bias to float*), i64 %31
  %33 = load float, float* %32, align 4
  %34 = insertelement <8 x float> undef, float %33, i32 0
  %splat = shufflevector <8 x float> %34, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %13, align 32
  store <8 x float> %splat, <8 x float>* %12, align 32
  store <8 x float> %splat, <8 x float>* %11, align 32
  store <8 x float> %splat, <8 x float>* %10, align 32
  store <8 x float> %splat, <8 x float>* %9, align 32
  store <8 x float> %splat, <8 x float>* %8, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %35 = icmp slt i64 %c, 1
  br i1 %35, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %36 = mul i64 %c, 12544
  %37 = add i64 %27, %36
  br label %i.header

c.exit:                                           ; preds = %c.header
  %38 = load <8 x float>, <8 x float>* %13, align 32
  %39 = fcmp ogt <8 x float> %38, zeroinitializer
  %40 = select <8 x i1> %39, <8 x float> %38, <8 x float> zeroinitializer
  %41 = add i64 %x, 0
  %42 = mul i64 %20, 64
  %43 = add i64 %23, 0
  %44 = add i64 %42, %43
  %45 = mul i64 %44, 56
  %46 = add i64 %45, %17
  %47 = mul i64 %46, 56
  %48 = add i64 %47, %41
  %49 = getelementptr inbounds float, float* %0, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  store <8 x float> %40, <8 x float>* %50, align 4
  %51 = load <8 x float>, <8 x float>* %12, align 32
  %52 = fcmp ogt <8 x float> %51, zeroinitializer
  %53 = select <8 x i1> %52, <8 x float> %51, <8 x float> zeroinitializer
  %54 = add i64 %x, 8
  %55 = mul i64 %20, 64
  %56 = add i64 %23, 0
  %57 = add i64 %55, %56
  %58 = mul i64 %57, 56
  %59 = add i64 %58, %17
  %60 = mul i64 %59, 56
  %61 = add i64 %60, %54
  %62 = getelementptr inbounds float, float* %0, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  store <8 x float> %53, <8 x float>* %63, align 4
  %64 = load <8 x float>, <8 x float>* %11, align 32
  %65 = fcmp ogt <8 x float> %64, zeroinitializer
  %66 = select <8 x i1> %65, <8 x float> %64, <8 x float> zeroinitializer
  %67 = add i64 %x, 16
  %68 = mul i64 %20, 64
  %69 = add i64 %23, 0
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 56
  %72 = add i64 %71, %17
  %73 = mul i64 %72, 56
  %74 = add i64 %73, %67
  %75 = getelementptr inbounds float, float* %0, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  store <8 x float> %66, <8 x float>* %76, align 4
  %77 = load <8 x float>, <8 x float>* %10, align 32
  %78 = fcmp ogt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> %77, <8 x float> zeroinitializer
  %80 = add i64 %x, 24
  %81 = mul i64 %20, 64
  %82 = add i64 %23, 0
  %83 = add i64 %81, %82
  %84 = mul i64 %83, 56
  %85 = add i64 %84, %17
  %86 = mul i64 %85, 56
  %87 = add i64 %86, %80
  %88 = getelementptr inbounds float, float* %0, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %79, <8 x float>* %89, align 4
  %90 = load <8 x float>, <8 x float>* %9, align 32
  %91 = fcmp ogt <8 x float> %90, zeroinitializer
  %92 = select <8 x i1> %91, <8 x float> %90, <8 x float> zeroinitializer
  %93 = add i64 %x, 32
  %94 = mul i64 %20, 64
  %95 = add i64 %23, 0
  %96 = add i64 %94, %95
  %97 = mul i64 %96, 56
  %98 = add i64 %97, %17
  %99 = mul i64 %98, 56
  %100 = add i64 %99, %93
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %92, <8 x float>* %102, align 4
  %103 = load <8 x float>, <8 x float>* %8, align 32
  %104 = fcmp ogt <8 x float> %103, zeroinitializer
  %105 = select <8 x i1> %104, <8 x float> %103, <8 x float> zeroinitializer
  %106 = add i64 %x, 40
  %107 = mul i64 %20, 64
  %108 = add i64 %23, 0
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 56
  %111 = add i64 %110, %17
  %112 = mul i64 %111, 56
  %113 = add i64 %112, %106
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %105, <8 x float>* %115, align 4
  %x.next = add i64 %x, 48
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %116 = icmp slt i64 %i, 3
  br i1 %116, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %117 = mul i64 %i, 1
  %118 = add i64 %29, %117
  %119 = icmp sge i64 %118, 0
  %120 = icmp slt i64 %118, 112
  %121 = and i1 %119, %120
  br i1 %121, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %122 = mul i64 %118, 112
  %123 = add i64 %37, %122
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %124 = icmp slt i64 %j, 3
  br i1 %124, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %125 = mul i64 %x, 2
  %126 = mul i64 %j, 1
  %127 = add i64 %125, %126
  %128 = sub i64 %127, 1
  %129 = add i64 %123, %128
  %130 = add i64 %129, 0
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %130, 8
  %135 = getelementptr inbounds float, float* %1, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = shufflevector <8 x float> %133, <8 x float> %137, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %139 = add i64 %129, 16
  %140 = getelementptr inbounds float, float* %1, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %139, 8
  %144 = getelementptr inbounds float, float* %1, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %148 = add i64 %129, 32
  %149 = getelementptr inbounds float, float* %1, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %148, 8
  %153 = getelementptr inbounds float, float* %1, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = shufflevector <8 x float> %151, <8 x float> %155, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %157 = add i64 %129, 48
  %158 = getelementptr inbounds float, float* %1, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = add i64 %157, 8
  %162 = getelementptr inbounds float, float* %1, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = shufflevector <8 x float> %160, <8 x float> %164, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %166 = add i64 %129, 64
  %167 = getelementptr inbounds float, float* %1, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = add i64 %166, 8
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = shufflevector <8 x float> %169, <8 x float> %173, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %175 = add i64 %129, 80
  %176 = getelementptr inbounds float, float* %1, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %175, 8
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = shufflevector <8 x float> %178, <8 x float> %182, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %184 = mul i64 %i, 3
  %185 = add i64 %184, %j
  %186 = add i64 %23, 0
  %187 = mul i64 %186, 1
  %188 = add i64 %187, %c
  %189 = mul i64 %188, 9
  %190 = add i64 %189, %185
  %191 = getelementptr inbounds float, float* bitcast ([2304 x i8]* @weight.depthwiseConv2d_2.weight to float*), i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat1 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %13, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %138, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %13, align 32
  %196 = load <8 x float>, <8 x float>* %12, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %147, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %12, align 32
  %198 = load <8 x float>, <8 x float>* %11, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %156, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %11, align 32
  %200 = load <8 x float>, <8 x float>* %10, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %165, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %10, align 32
  %202 = load <8 x float>, <8 x float>* %9, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %174, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %9, align 32
  %204 = load <8 x float>, <8 x float>* %8, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %183, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit4, %x.exit
  %xs = phi i64 [ 0, %x.exit ], [ %xs.next, %c.exit4 ]
  %206 = icmp slt i64 %xs, 1
  br i1 %206, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %207 = add i64 %23, 0
  %208 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.depthwiseConv2d_2.bias to float*), i64 %207
  %209 = load float, float* %208, align 4
  store float %209, float* %7, align 4
  br label %c.header2

xs.exit:                                          ; preds = %xs.header
  br label %xs.header19

c.header2:                                        ; preds = %i.exit8, %xs.body
  %c5 = phi i64 [ 0, %xs.body ], [ %c.next18, %i.exit8 ]
  %210 = icmp slt i64 %c5, 1
  br i1 %210, label %c.body3, label %c.exit4

c.body3:                                          ; preds = %c.header2
  %211 = mul i64 %c5, 12544
  %212 = add i64 %27, %211
  br label %i.header6

c.exit4:                                          ; preds = %c.header2
  %213 = load float, float* %7, align 4
  %214 = fcmp ogt float %213, 0.000000e+00
  %215 = select i1 %214, float %213, float 0.000000e+00
  %216 = mul i64 %20, 64
  %217 = add i64 %23, 0
  %218 = add i64 %216, %217
  %219 = mul i64 %218, 56
  %220 = add i64 %219, %17
  %221 = mul i64 %220, 56
  %222 = add i64 %221, %xs
  %223 = getelementptr inbounds float, float* %0, i64 %222
  store float %215, float* %223, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header6:                                        ; preds = %endif11, %c.body3
  %i9 = phi i64 [ 0, %c.body3 ], [ %i.next17, %endif11 ]
  %224 = icmp slt i64 %i9, 3
  br i1 %224, label %i.body7, label %i.exit8

i.body7:                                          ; preds = %i.header6
  %225 = mul i64 %i9, 1
  %226 = add i64 %29, %225
  %227 = icmp sge i64 %226, 0
  %228 = icmp slt i64 %226, 112
  %229 = and i1 %227, %228
  br i1 %229, label %then10, label %endif11

i.exit8:                                          ; preds = %i.header6
  %c.next18 = add i64 %c5, 1
  br label %c.header2

then10:                                           ; preds = %i.body7
  %230 = mul i64 %226, 112
  %231 = add i64 %212, %230
  br label %j.header12

endif11:                                          ; preds = %j.exit14, %i.body7
  %i.next17 = add i64 %i9, 1
  br label %i.header6

j.header12:                                       ; preds = %j.body13, %then10
  %j15 = phi i64 [ 0, %then10 ], [ %j.next16, %j.body13 ]
  %232 = icmp slt i64 %j15, 3
  br i1 %232, label %j.body13, label %j.exit14

j.body13:                                         ; preds = %j.header12
  %233 = mul i64 %xs, 2
  %234 = mul i64 %j15, 1
  %235 = add i64 %233, %234
  %236 = sub i64 %235, 1
  %237 = icmp sge i64 %236, 0
  %238 = icmp slt i64 %236, 112
  %239 = and i1 %237, %238
  %240 = icmp sgt i64 %236, 0
  %241 = select i1 %240, i64 %236, i64 0
  %242 = icmp slt i64 %241, 111
  %243 = select i1 %242, i64 %241, i64 111
  %244 = add i64 %231, %243
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = load float, float* %245, align 4
  %247 = select i1 %239, float %246, float 0.000000e+00
  %248 = mul i64 %i9, 3
  %249 = add i64 %248, %j15
  %250 = add i64 %23, 0
  %251 = mul i64 %250, 1
  %252 = add i64 %251, %c5
  %253 = mul i64 %252, 9
  %254 = add i64 %253, %249
  %255 = getelementptr inbounds float, float* bitcast ([2304 x i8]* @weight.depthwiseConv2d_2.weight to float*), i64 %254
  %256 = load float, float* %255, align 4
  %257 = load float, float* %7, align 4
  %258 = call float @llvm.fma.f32(float %256, float %247, float %257)
  store float %258, float* %7, align 4
  %j.next16 = add i64 %j15, 1
  br label %j.header12

j.exit14:                                         ; preds = %j.header12
  br label %endif11

xs.header19:                                      ; preds = %c.exit25, %xs.exit
  %xs22 = phi i64 [ 49, %xs.exit ], [ %xs.next40, %c.exit25 ]
  %259 = icmp slt i64 %xs22, 56
  br i1 %259, label %xs.body20, label %xs.exit21

xs.body20:                                        ; preds = %xs.header19
  %260 = add i64 %23, 0
  %261 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.depthwiseConv2d_2.bias to float*), i64 %260
  %262 = load float, float* %261, align 4
  store float %262, float* %6, align 4
  br label %c.header23

xs.exit21:                                        ; preds = %xs.header19
  %task.next = add i64 %task, 1
  br label %task.header

c.header23:                                       ; preds = %i.exit29, %xs.body20
  %c26 = phi i64 [ 0, %xs.body20 ], [ %c.next39, %i.exit29 ]
  %263 = icmp slt i64 %c26, 1
  br i1 %263, label %c.body24, label %c.exit25

c.body24:                                         ; preds = %c.header23
  %264 = mul i64 %c26, 12544
  %265 = add i64 %27, %264
  br label %i.header27

c.exit25:                                         ; preds = %c.header23
  %266 = load float, float* %6, align 4
  %267 = fcmp ogt float %266, 0.000000e+00
  %268 = select i1 %267, float %266, float 0.000000e+00
  %269 = mul i64 %20, 64
  %270 = add i64 %23, 0
  %271 = add i64 %269, %270
  %272 = mul i64 %271, 56
  %273 = add i64 %272, %17
  %274 = mul i64 %273, 56
  %275 = add i64 %274, %xs22
  %276 = getelementptr inbounds float, float* %0, i64 %275
  store float %268, float* %276, align 4
  %xs.next40 = add i64 %xs22, 1
  br label %xs.header19

i.header27:                                       ; preds = %endif32, %c.body24
  %i30 = phi i64 [ 0, %c.body24 ], [ %i.next38, %endif32 ]
  %277 = icmp slt i64 %i30, 3
  br i1 %277, label %i.body28, label %i.exit29

i.body28:                                         ; preds = %i.header27
  %278 = mul i64 %i30, 1
  %279 = add i64 %29, %278
  %280 = icmp sge i64 %279, 0
  %281 = icmp slt i64 %279, 112
  %282 = and i1 %280, %281
  br i1 %282, label %then31, label %endif32

i.exit29:                                         ; preds = %i.header27
  %c.next39 = add i64 %c26, 1
  br label %c.header23

then31:                                           ; preds = %i.body28
  %283 = mul i64 %279, 112
  %284 = add i64 %265, %283
  br label %j.header33

endif32:                                          ; preds = %j.exit35, %i.body28
  %i.next38 = add i64 %i30, 1
  br label %i.header27

j.header33:                                       ; preds = %j.body34, %then31
  %j36 = phi i64 [ 0, %then31 ], [ %j.next37, %j.body34 ]
  %285 = icmp slt i64 %j36, 3
  br i1 %285, label %j.body34, label %j.exit35

j.body34:                                         ; preds = %j.header33
  %286 = mul i64 %xs22, 2
  %287 = mul i64 %j36, 1
  %288 = add i64 %286, %287
  %289 = sub i64 %288, 1
  %290 = icmp sge i64 %289, 0
  %291 = icmp slt i64 %289, 112
  %292 = and i1 %290, %291
  %293 = icmp sgt i64 %289, 0
  %294 = select i1 %293, i64 %289, i64 0
  %295 = icmp slt i64 %294, 111
  %296 = select i1 %295, i64 %294, i64 111
  %297 = add i64 %284, %296
  %298 = getelementptr inbounds float, float* %1, i64 %297
  %299 = load float, float* %298, align 4
  %300 = select i1 %292, float %299, float 0.000000e+00
  %301 = mul i64 %i30, 3
  %302 = add i64 %301, %j36
  %303 = add i64 %23, 0
  %304 = mul i64 %303, 1
  %305 = add i64 %304, %c26
  %306 = mul i64 %305, 9
  %307 = add i64 %306, %302
  %308 = getelementptr inbounds float, float* bitcast ([2304 x i8]* @weight.depthwiseConv2d_2.weight to float*), i64 %307
  %309 = load float, float* %308, align 4
  %310 = load float, float* %6, align 4
  %311 = call float @llvm.fma.f32(float %309, float %300, float %310)
  store float %311, float* %6, align 4
  %j.next37 = add i64 %j36, 1
  br label %j.header33

j.exit35:                                         ; preds = %j.header33
  br label %endif32
}

; Function Attrs: nounwind
define internal void @node3.depthwiseConv2d_2.step0(i8* %0) #2 {
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
  call void @node3.depthwiseConv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %23, align 32
  store <8 x float> %splat1, <8 x float>* %22, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %21, align 32
  store <8 x float> %splat2, <8 x float>* %20, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat3 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %58 = add i64 %35, 0
  %59 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat8 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %62 = add i64 %35, 1
  %63 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat9 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %66 = add i64 %35, 2
  %67 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat10 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %70 = add i64 %35, 3
  %71 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %70
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
  %74 = icmp slt i64 %c, 64
  br i1 %74, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %75 = mul i64 %c, 3136
  %76 = add i64 %75, %40
  %77 = add i64 %39, %76
  %78 = add i64 %77, 0
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %77, 8
  %83 = getelementptr inbounds float, float* %1, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %35, 0
  %87 = mul i64 %86, 64
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %88
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
  %97 = mul i64 %96, 64
  %98 = add i64 %97, %c
  %99 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %98
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
  %107 = mul i64 %106, 64
  %108 = add i64 %107, %c
  %109 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %108
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
  %117 = mul i64 %116, 64
  %118 = add i64 %117, %c
  %119 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %118
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
  %129 = mul i64 %32, 128
  %130 = add i64 %35, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 3136
  %133 = add i64 %40, 0
  %134 = add i64 %132, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %128, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %24, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = mul i64 %32, 128
  %141 = add i64 %35, 0
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 3136
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %23, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %32, 128
  %152 = add i64 %35, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 3136
  %155 = add i64 %40, 0
  %156 = add i64 %154, %155
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %150, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %22, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = mul i64 %32, 128
  %163 = add i64 %35, 1
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 3136
  %166 = add i64 %40, 8
  %167 = add i64 %165, %166
  %168 = getelementptr inbounds float, float* %0, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %161, <8 x float>* %169, align 4
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = mul i64 %32, 128
  %174 = add i64 %35, 2
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 3136
  %177 = add i64 %40, 0
  %178 = add i64 %176, %177
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %172, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %20, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = mul i64 %32, 128
  %185 = add i64 %35, 2
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 3136
  %188 = add i64 %40, 8
  %189 = add i64 %187, %188
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %183, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = mul i64 %32, 128
  %196 = add i64 %35, 3
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 3136
  %199 = add i64 %40, 0
  %200 = add i64 %198, %199
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %194, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %18, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = mul i64 %32, 128
  %207 = add i64 %35, 3
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 3136
  %210 = add i64 %40, 8
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %214 = icmp slt i64 %c15, 64
  br i1 %214, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %215 = mul i64 %c15, 3136
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
  %231 = mul i64 %230, 64
  %232 = add i64 %231, %c15
  %233 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %232
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
  %243 = mul i64 %242, 64
  %244 = add i64 %243, %c15
  %245 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %244
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
  %255 = mul i64 %254, 64
  %256 = add i64 %255, %c15
  %257 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %256
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
  %267 = mul i64 %266, 64
  %268 = add i64 %267, %c15
  %269 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_3.weight to float*), i64 %268
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
  %281 = mul i64 %32, 128
  %282 = add i64 %35, 0
  %283 = add i64 %281, %282
  %284 = mul i64 %283, 3136
  %285 = add i64 %40, 0
  %286 = add i64 %284, %285
  %287 = getelementptr inbounds float, float* %0, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %280, <8 x float>* %288, align 4
  %289 = load <8 x float>, <8 x float>* %16, align 32
  %290 = fcmp ogt <8 x float> %289, zeroinitializer
  %291 = select <8 x i1> %290, <8 x float> %289, <8 x float> zeroinitializer
  %292 = mul i64 %32, 128
  %293 = add i64 %35, 0
  %294 = add i64 %292, %293
  %295 = mul i64 %294, 3136
  %296 = add i64 %40, 8
  %297 = add i64 %295, %296
  %298 = getelementptr inbounds float, float* %0, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %291, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %15, align 32
  %301 = fcmp ogt <8 x float> %300, zeroinitializer
  %302 = select <8 x i1> %301, <8 x float> %300, <8 x float> zeroinitializer
  %303 = mul i64 %32, 128
  %304 = add i64 %35, 0
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 3136
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %14, align 32
  %312 = fcmp ogt <8 x float> %311, zeroinitializer
  %313 = select <8 x i1> %312, <8 x float> %311, <8 x float> zeroinitializer
  %314 = mul i64 %32, 128
  %315 = add i64 %35, 1
  %316 = add i64 %314, %315
  %317 = mul i64 %316, 3136
  %318 = add i64 %40, 0
  %319 = add i64 %317, %318
  %320 = getelementptr inbounds float, float* %0, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %313, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %13, align 32
  %323 = fcmp ogt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> %322, <8 x float> zeroinitializer
  %325 = mul i64 %32, 128
  %326 = add i64 %35, 1
  %327 = add i64 %325, %326
  %328 = mul i64 %327, 3136
  %329 = add i64 %40, 8
  %330 = add i64 %328, %329
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %324, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %12, align 32
  %334 = fcmp ogt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> %333, <8 x float> zeroinitializer
  %336 = mul i64 %32, 128
  %337 = add i64 %35, 1
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 3136
  %340 = add i64 %40, 16
  %341 = add i64 %339, %340
  %342 = getelementptr inbounds float, float* %0, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  store <8 x float> %335, <8 x float>* %343, align 4
  %344 = load <8 x float>, <8 x float>* %11, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = mul i64 %32, 128
  %348 = add i64 %35, 2
  %349 = add i64 %347, %348
  %350 = mul i64 %349, 3136
  %351 = add i64 %40, 0
  %352 = add i64 %350, %351
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %346, <8 x float>* %354, align 4
  %355 = load <8 x float>, <8 x float>* %10, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %32, 128
  %359 = add i64 %35, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 3136
  %362 = add i64 %40, 8
  %363 = add i64 %361, %362
  %364 = getelementptr inbounds float, float* %0, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %357, <8 x float>* %365, align 4
  %366 = load <8 x float>, <8 x float>* %9, align 32
  %367 = fcmp ogt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> %366, <8 x float> zeroinitializer
  %369 = mul i64 %32, 128
  %370 = add i64 %35, 2
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 3136
  %373 = add i64 %40, 16
  %374 = add i64 %372, %373
  %375 = getelementptr inbounds float, float* %0, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %368, <8 x float>* %376, align 4
  %377 = load <8 x float>, <8 x float>* %8, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = mul i64 %32, 128
  %381 = add i64 %35, 3
  %382 = add i64 %380, %381
  %383 = mul i64 %382, 3136
  %384 = add i64 %40, 0
  %385 = add i64 %383, %384
  %386 = getelementptr inbounds float, float* %0, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %379, <8 x float>* %387, align 4
  %388 = load <8 x float>, <8 x float>* %7, align 32
  %389 = fcmp ogt <8 x float> %388, zeroinitializer
  %390 = select <8 x i1> %389, <8 x float> %388, <8 x float> zeroinitializer
  %391 = mul i64 %32, 128
  %392 = add i64 %35, 3
  %393 = add i64 %391, %392
  %394 = mul i64 %393, 3136
  %395 = add i64 %40, 8
  %396 = add i64 %394, %395
  %397 = getelementptr inbounds float, float* %0, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %390, <8 x float>* %398, align 4
  %399 = load <8 x float>, <8 x float>* %6, align 32
  %400 = fcmp ogt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> %399, <8 x float> zeroinitializer
  %402 = mul i64 %32, 128
  %403 = add i64 %35, 3
  %404 = add i64 %402, %403
  %405 = mul i64 %404, 3136
  %406 = add i64 %40, 16
  %407 = add i64 %405, %406
  %408 = getelementptr inbounds float, float* %0, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %401, <8 x float>* %409, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node4.conv2d_3.step0(i8* %0) #2 {
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
  call void @node4.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.depthwiseConv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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

task.header:                                      ; preds = %xs.exit40, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit40 ]
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
  %32 = add i64 %24, 0
  %33 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.depthwiseConv2d_3.bias to float*), i64 %32
  %34 = load float, float* %33, align 4
  %35 = insertelement <8 x float> undef, float %34, i32 0
  %splat = shufflevector <8 x float> %35, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %14, align 32
  store <8 x float> %splat, <8 x float>* %13, align 32
  store <8 x float> %splat, <8 x float>* %12, align 32
  store <8 x float> %splat, <8 x float>* %11, align 32
  store <8 x float> %splat, <8 x float>* %10, align 32
  store <8 x float> %splat, <8 x float>* %9, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %36 = add i64 %24, 0
  %37 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.depthwiseConv2d_3.bias to float*), i64 %36
  %38 = load float, float* %37, align 4
  %39 = insertelement <8 x float> undef, float %38, i32 0
  %splat2 = shufflevector <8 x float> %39, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %8, align 32
  br label %c.header3

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %40 = icmp slt i64 %c, 1
  br i1 %40, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %41 = mul i64 %c, 3136
  %42 = add i64 %28, %41
  br label %i.header

c.exit:                                           ; preds = %c.header
  %43 = load <8 x float>, <8 x float>* %14, align 32
  %44 = fcmp ogt <8 x float> %43, zeroinitializer
  %45 = select <8 x i1> %44, <8 x float> %43, <8 x float> zeroinitializer
  %46 = add i64 %x, 0
  %47 = mul i64 %21, 128
  %48 = add i64 %24, 0
  %49 = add i64 %47, %48
  %50 = mul i64 %49, 56
  %51 = add i64 %50, %18
  %52 = mul i64 %51, 56
  %53 = add i64 %52, %46
  %54 = getelementptr inbounds float, float* %0, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  store <8 x float> %45, <8 x float>* %55, align 4
  %56 = load <8 x float>, <8 x float>* %13, align 32
  %57 = fcmp ogt <8 x float> %56, zeroinitializer
  %58 = select <8 x i1> %57, <8 x float> %56, <8 x float> zeroinitializer
  %59 = add i64 %x, 8
  %60 = mul i64 %21, 128
  %61 = add i64 %24, 0
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 56
  %64 = add i64 %63, %18
  %65 = mul i64 %64, 56
  %66 = add i64 %65, %59
  %67 = getelementptr inbounds float, float* %0, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %58, <8 x float>* %68, align 4
  %69 = load <8 x float>, <8 x float>* %12, align 32
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = add i64 %x, 16
  %73 = mul i64 %21, 128
  %74 = add i64 %24, 0
  %75 = add i64 %73, %74
  %76 = mul i64 %75, 56
  %77 = add i64 %76, %18
  %78 = mul i64 %77, 56
  %79 = add i64 %78, %72
  %80 = getelementptr inbounds float, float* %0, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %71, <8 x float>* %81, align 4
  %82 = load <8 x float>, <8 x float>* %11, align 32
  %83 = fcmp ogt <8 x float> %82, zeroinitializer
  %84 = select <8 x i1> %83, <8 x float> %82, <8 x float> zeroinitializer
  %85 = add i64 %x, 24
  %86 = mul i64 %21, 128
  %87 = add i64 %24, 0
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 56
  %90 = add i64 %89, %18
  %91 = mul i64 %90, 56
  %92 = add i64 %91, %85
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %84, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %10, align 32
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 32
  %99 = mul i64 %21, 128
  %100 = add i64 %24, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 56
  %103 = add i64 %102, %18
  %104 = mul i64 %103, 56
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %9, align 32
  %109 = fcmp ogt <8 x float> %108, zeroinitializer
  %110 = select <8 x i1> %109, <8 x float> %108, <8 x float> zeroinitializer
  %111 = add i64 %x, 40
  %112 = mul i64 %21, 128
  %113 = add i64 %24, 0
  %114 = add i64 %112, %113
  %115 = mul i64 %114, 56
  %116 = add i64 %115, %18
  %117 = mul i64 %116, 56
  %118 = add i64 %117, %111
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %110, <8 x float>* %120, align 4
  %x.next = add i64 %x, 48
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %121 = icmp slt i64 %i, 3
  br i1 %121, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %122 = mul i64 %i, 1
  %123 = add i64 %30, %122
  %124 = icmp sge i64 %123, 0
  %125 = icmp slt i64 %123, 56
  %126 = and i1 %124, %125
  br i1 %126, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %127 = mul i64 %123, 56
  %128 = add i64 %42, %127
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %129 = icmp slt i64 %j, 3
  br i1 %129, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %130 = mul i64 %x, 1
  %131 = mul i64 %j, 1
  %132 = add i64 %130, %131
  %133 = sub i64 %132, 1
  %134 = add i64 %128, %133
  %135 = add i64 %134, 0
  %136 = getelementptr inbounds float, float* %1, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 %134, 8
  %140 = getelementptr inbounds float, float* %1, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %134, 16
  %144 = getelementptr inbounds float, float* %1, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %134, 24
  %148 = getelementptr inbounds float, float* %1, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %134, 32
  %152 = getelementptr inbounds float, float* %1, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %134, 40
  %156 = getelementptr inbounds float, float* %1, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = mul i64 %i, 3
  %160 = add i64 %159, %j
  %161 = add i64 %24, 0
  %162 = mul i64 %161, 1
  %163 = add i64 %162, %c
  %164 = mul i64 %163, 9
  %165 = add i64 %164, %160
  %166 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_3.weight to float*), i64 %165
  %167 = load float, float* %166, align 4
  %168 = insertelement <8 x float> undef, float %167, i32 0
  %splat1 = shufflevector <8 x float> %168, <8 x float> undef, <8 x i32> zeroinitializer
  %169 = load <8 x float>, <8 x float>* %14, align 32
  %170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %138, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %14, align 32
  %171 = load <8 x float>, <8 x float>* %13, align 32
  %172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %142, <8 x float> %171)
  store <8 x float> %172, <8 x float>* %13, align 32
  %173 = load <8 x float>, <8 x float>* %12, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %146, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %12, align 32
  %175 = load <8 x float>, <8 x float>* %11, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %150, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %11, align 32
  %177 = load <8 x float>, <8 x float>* %10, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %154, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %10, align 32
  %179 = load <8 x float>, <8 x float>* %9, align 32
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %158, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %9, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header3:                                        ; preds = %i.exit9, %x.exit
  %c6 = phi i64 [ 0, %x.exit ], [ %c.next20, %i.exit9 ]
  %181 = icmp slt i64 %c6, 1
  br i1 %181, label %c.body4, label %c.exit5

c.body4:                                          ; preds = %c.header3
  %182 = mul i64 %c6, 3136
  %183 = add i64 %28, %182
  br label %i.header7

c.exit5:                                          ; preds = %c.header3
  %184 = load <8 x float>, <8 x float>* %8, align 32
  %185 = fcmp ogt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> %184, <8 x float> zeroinitializer
  %187 = mul i64 %21, 128
  %188 = add i64 %24, 0
  %189 = add i64 %187, %188
  %190 = mul i64 %189, 56
  %191 = add i64 %190, %18
  %192 = mul i64 %191, 56
  %193 = add i64 %192, 49
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %186, <8 x float>* %195, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header7:                                        ; preds = %endif12, %c.body4
  %i10 = phi i64 [ 0, %c.body4 ], [ %i.next19, %endif12 ]
  %196 = icmp slt i64 %i10, 3
  br i1 %196, label %i.body8, label %i.exit9

i.body8:                                          ; preds = %i.header7
  %197 = mul i64 %i10, 1
  %198 = add i64 %30, %197
  %199 = icmp sge i64 %198, 0
  %200 = icmp slt i64 %198, 56
  %201 = and i1 %199, %200
  br i1 %201, label %then11, label %endif12

i.exit9:                                          ; preds = %i.header7
  %c.next20 = add i64 %c6, 1
  br label %c.header3

then11:                                           ; preds = %i.body8
  %202 = mul i64 %198, 56
  %203 = add i64 %183, %202
  br label %j.header13

endif12:                                          ; preds = %j.exit15, %i.body8
  %i.next19 = add i64 %i10, 1
  br label %i.header7

j.header13:                                       ; preds = %j.body14, %then11
  %j16 = phi i64 [ 0, %then11 ], [ %j.next18, %j.body14 ]
  %204 = icmp slt i64 %j16, 3
  br i1 %204, label %j.body14, label %j.exit15

j.body14:                                         ; preds = %j.header13
  %205 = mul i64 %j16, 1
  %206 = add i64 49, %205
  %207 = sub i64 %206, 1
  %208 = add i64 %203, %207
  %209 = add i64 %208, 0
  %210 = getelementptr inbounds float, float* %1, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  %212 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %211, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %213 = mul i64 %i10, 3
  %214 = add i64 %213, %j16
  %215 = add i64 %24, 0
  %216 = mul i64 %215, 1
  %217 = add i64 %216, %c6
  %218 = mul i64 %217, 9
  %219 = add i64 %218, %214
  %220 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_3.weight to float*), i64 %219
  %221 = load float, float* %220, align 4
  %222 = insertelement <8 x float> undef, float %221, i32 0
  %splat17 = shufflevector <8 x float> %222, <8 x float> undef, <8 x i32> zeroinitializer
  %223 = load <8 x float>, <8 x float>* %8, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %212, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %8, align 32
  %j.next18 = add i64 %j16, 1
  br label %j.header13

j.exit15:                                         ; preds = %j.header13
  br label %endif12

xs.header:                                        ; preds = %c.exit23, %c.exit5
  %xs = phi i64 [ 0, %c.exit5 ], [ %xs.next, %c.exit23 ]
  %225 = icmp slt i64 %xs, 1
  br i1 %225, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %226 = add i64 %24, 0
  %227 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.depthwiseConv2d_3.bias to float*), i64 %226
  %228 = load float, float* %227, align 4
  store float %228, float* %7, align 4
  br label %c.header21

xs.exit:                                          ; preds = %xs.header
  br label %xs.header38

c.header21:                                       ; preds = %i.exit27, %xs.body
  %c24 = phi i64 [ 0, %xs.body ], [ %c.next37, %i.exit27 ]
  %229 = icmp slt i64 %c24, 1
  br i1 %229, label %c.body22, label %c.exit23

c.body22:                                         ; preds = %c.header21
  %230 = mul i64 %c24, 3136
  %231 = add i64 %28, %230
  br label %i.header25

c.exit23:                                         ; preds = %c.header21
  %232 = load float, float* %7, align 4
  %233 = fcmp ogt float %232, 0.000000e+00
  %234 = select i1 %233, float %232, float 0.000000e+00
  %235 = mul i64 %21, 128
  %236 = add i64 %24, 0
  %237 = add i64 %235, %236
  %238 = mul i64 %237, 56
  %239 = add i64 %238, %18
  %240 = mul i64 %239, 56
  %241 = add i64 %240, %xs
  %242 = getelementptr inbounds float, float* %0, i64 %241
  store float %234, float* %242, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header25:                                       ; preds = %endif30, %c.body22
  %i28 = phi i64 [ 0, %c.body22 ], [ %i.next36, %endif30 ]
  %243 = icmp slt i64 %i28, 3
  br i1 %243, label %i.body26, label %i.exit27

i.body26:                                         ; preds = %i.header25
  %244 = mul i64 %i28, 1
  %245 = add i64 %30, %244
  %246 = icmp sge i64 %245, 0
  %247 = icmp slt i64 %245, 56
  %248 = and i1 %246, %247
  br i1 %248, label %then29, label %endif30

i.exit27:                                         ; preds = %i.header25
  %c.next37 = add i64 %c24, 1
  br label %c.header21

then29:                                           ; preds = %i.body26
  %249 = mul i64 %245, 56
  %250 = add i64 %231, %249
  br label %j.header31

endif30:                                          ; preds = %j.exit33, %i.body26
  %i.next36 = add i64 %i28, 1
  br label %i.header25

j.header31:                                       ; preds = %j.body32, %then29
  %j34 = phi i64 [ 0, %then29 ], [ %j.next35, %j.body32 ]
  %251 = icmp slt i64 %j34, 3
  br i1 %251, label %j.body32, label %j.exit33

j.body32:                                         ; preds = %j.header31
  %252 = mul i64 %xs, 1
  %253 = mul i64 %j34, 1
  %254 = add i64 %252, %253
  %255 = sub i64 %254, 1
  %256 = icmp sge i64 %255, 0
  %257 = icmp slt i64 %255, 56
  %258 = and i1 %256, %257
  %259 = icmp sgt i64 %255, 0
  %260 = select i1 %259, i64 %255, i64 0
  %261 = icmp slt i64 %260, 55
  %262 = select i1 %261, i64 %260, i64 55
  %263 = add i64 %250, %262
  %264 = getelementptr inbounds float, float* %1, i64 %263
  %265 = load float, float* %264, align 4
  %266 = select i1 %258, float %265, float 0.000000e+00
  %267 = mul i64 %i28, 3
  %268 = add i64 %267, %j34
  %269 = add i64 %24, 0
  %270 = mul i64 %269, 1
  %271 = add i64 %270, %c24
  %272 = mul i64 %271, 9
  %273 = add i64 %272, %268
  %274 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_3.weight to float*), i64 %273
  %275 = load float, float* %274, align 4
  %276 = load float, float* %7, align 4
  %277 = call float @llvm.fma.f32(float %275, float %266, float %276)
  store float %277, float* %7, align 4
  %j.next35 = add i64 %j34, 1
  br label %j.header31

j.exit33:                                         ; preds = %j.header31
  br label %endif30

xs.header38:                                      ; preds = %c.exit44, %xs.exit
  %xs41 = phi i64 [ 55, %xs.exit ], [ %xs.next59, %c.exit44 ]
  %278 = icmp slt i64 %xs41, 56
  br i1 %278, label %xs.body39, label %xs.exit40

xs.body39:                                        ; preds = %xs.header38
  %279 = add i64 %24, 0
  %280 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.depthwiseConv2d_3.bias to float*), i64 %279
  %281 = load float, float* %280, align 4
  store float %281, float* %6, align 4
  br label %c.header42

xs.exit40:                                        ; preds = %xs.header38
  %task.next = add i64 %task, 1
  br label %task.header

c.header42:                                       ; preds = %i.exit48, %xs.body39
  %c45 = phi i64 [ 0, %xs.body39 ], [ %c.next58, %i.exit48 ]
  %282 = icmp slt i64 %c45, 1
  br i1 %282, label %c.body43, label %c.exit44

c.body43:                                         ; preds = %c.header42
  %283 = mul i64 %c45, 3136
  %284 = add i64 %28, %283
  br label %i.header46

c.exit44:                                         ; preds = %c.header42
  %285 = load float, float* %6, align 4
  %286 = fcmp ogt float %285, 0.000000e+00
  %287 = select i1 %286, float %285, float 0.000000e+00
  %288 = mul i64 %21, 128
  %289 = add i64 %24, 0
  %290 = add i64 %288, %289
  %291 = mul i64 %290, 56
  %292 = add i64 %291, %18
  %293 = mul i64 %292, 56
  %294 = add i64 %293, %xs41
  %295 = getelementptr inbounds float, float* %0, i64 %294
  store float %287, float* %295, align 4
  %xs.next59 = add i64 %xs41, 1
  br label %xs.header38

i.header46:                                       ; preds = %endif51, %c.body43
  %i49 = phi i64 [ 0, %c.body43 ], [ %i.next57, %endif51 ]
  %296 = icmp slt i64 %i49, 3
  br i1 %296, label %i.body47, label %i.exit48

i.body47:                                         ; preds = %i.header46
  %297 = mul i64 %i49, 1
  %298 = add i64 %30, %297
  %299 = icmp sge i64 %298, 0
  %300 = icmp slt i64 %298, 56
  %301 = and i1 %299, %300
  br i1 %301, label %then50, label %endif51

i.exit48:                                         ; preds = %i.header46
  %c.next58 = add i64 %c45, 1
  br label %c.header42

then50:                                           ; preds = %i.body47
  %302 = mul i64 %298, 56
  %303 = add i64 %284, %302
  br label %j.header52

endif51:                                          ; preds = %j.exit54, %i.body47
  %i.next57 = add i64 %i49, 1
  br label %i.header46

j.header52:                                       ; preds = %j.body53, %then50
  %j55 = phi i64 [ 0, %then50 ], [ %j.next56, %j.body53 ]
  %304 = icmp slt i64 %j55, 3
  br i1 %304, label %j.body53, label %j.exit54

j.body53:                                         ; preds = %j.header52
  %305 = mul i64 %xs41, 1
  %306 = mul i64 %j55, 1
  %307 = add i64 %305, %306
  %308 = sub i64 %307, 1
  %309 = icmp sge i64 %308, 0
  %310 = icmp slt i64 %308, 56
  %311 = and i1 %309, %310
  %312 = icmp sgt i64 %308, 0
  %313 = select i1 %312, i64 %308, i64 0
  %314 = icmp slt i64 %313, 55
  %315 = select i1 %314, i64 %313, i64 55
  %316 = add i64 %303, %315
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = select i1 %311, float %318, float 0.000000e+00
  %320 = mul i64 %i49, 3
  %321 = add i64 %320, %j55
  %322 = add i64 %24, 0
  %323 = mul i64 %322, 1
  %324 = add i64 %323, %c45
  %325 = mul i64 %324, 9
  %326 = add i64 %325, %321
  %327 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_3.weight to float*), i64 %326
  %328 = load float, float* %327, align 4
  %329 = load float, float* %6, align 4
  %330 = call float @llvm.fma.f32(float %328, float %319, float %329)
  store float %330, float* %6, align 4
  %j.next56 = add i64 %j55, 1
  br label %j.header52

j.exit54:                                         ; preds = %j.header52
  br label %endif51
}

; Function Attrs: nounwind
define internal void @node5.depthwiseConv2d_3.step0(i8* %0) #2 {
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
  call void @node5.depthwiseConv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %23, align 32
  store <8 x float> %splat1, <8 x float>* %22, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %21, align 32
  store <8 x float> %splat2, <8 x float>* %20, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat3 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %58 = add i64 %35, 0
  %59 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat8 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %62 = add i64 %35, 1
  %63 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat9 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %66 = add i64 %35, 2
  %67 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat10 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %70 = add i64 %35, 3
  %71 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %70
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
  %74 = icmp slt i64 %c, 128
  br i1 %74, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %75 = mul i64 %c, 3136
  %76 = add i64 %75, %40
  %77 = add i64 %39, %76
  %78 = add i64 %77, 0
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %77, 8
  %83 = getelementptr inbounds float, float* %1, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %35, 0
  %87 = mul i64 %86, 128
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %88
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
  %97 = mul i64 %96, 128
  %98 = add i64 %97, %c
  %99 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %98
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
  %107 = mul i64 %106, 128
  %108 = add i64 %107, %c
  %109 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %108
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
  %117 = mul i64 %116, 128
  %118 = add i64 %117, %c
  %119 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %118
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
  %129 = mul i64 %32, 128
  %130 = add i64 %35, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 3136
  %133 = add i64 %40, 0
  %134 = add i64 %132, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %128, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %24, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = mul i64 %32, 128
  %141 = add i64 %35, 0
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 3136
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %23, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %32, 128
  %152 = add i64 %35, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 3136
  %155 = add i64 %40, 0
  %156 = add i64 %154, %155
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %150, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %22, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = mul i64 %32, 128
  %163 = add i64 %35, 1
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 3136
  %166 = add i64 %40, 8
  %167 = add i64 %165, %166
  %168 = getelementptr inbounds float, float* %0, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %161, <8 x float>* %169, align 4
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = mul i64 %32, 128
  %174 = add i64 %35, 2
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 3136
  %177 = add i64 %40, 0
  %178 = add i64 %176, %177
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %172, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %20, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = mul i64 %32, 128
  %185 = add i64 %35, 2
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 3136
  %188 = add i64 %40, 8
  %189 = add i64 %187, %188
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %183, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = mul i64 %32, 128
  %196 = add i64 %35, 3
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 3136
  %199 = add i64 %40, 0
  %200 = add i64 %198, %199
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %194, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %18, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = mul i64 %32, 128
  %207 = add i64 %35, 3
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 3136
  %210 = add i64 %40, 8
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %214 = icmp slt i64 %c15, 128
  br i1 %214, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %215 = mul i64 %c15, 3136
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
  %231 = mul i64 %230, 128
  %232 = add i64 %231, %c15
  %233 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %232
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
  %243 = mul i64 %242, 128
  %244 = add i64 %243, %c15
  %245 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %244
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
  %255 = mul i64 %254, 128
  %256 = add i64 %255, %c15
  %257 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %256
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
  %267 = mul i64 %266, 128
  %268 = add i64 %267, %c15
  %269 = getelementptr inbounds float, float* bitcast ([65536 x i8]* @weight.conv2d_4.weight to float*), i64 %268
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
  %281 = mul i64 %32, 128
  %282 = add i64 %35, 0
  %283 = add i64 %281, %282
  %284 = mul i64 %283, 3136
  %285 = add i64 %40, 0
  %286 = add i64 %284, %285
  %287 = getelementptr inbounds float, float* %0, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %280, <8 x float>* %288, align 4
  %289 = load <8 x float>, <8 x float>* %16, align 32
  %290 = fcmp ogt <8 x float> %289, zeroinitializer
  %291 = select <8 x i1> %290, <8 x float> %289, <8 x float> zeroinitializer
  %292 = mul i64 %32, 128
  %293 = add i64 %35, 0
  %294 = add i64 %292, %293
  %295 = mul i64 %294, 3136
  %296 = add i64 %40, 8
  %297 = add i64 %295, %296
  %298 = getelementptr inbounds float, float* %0, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %291, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %15, align 32
  %301 = fcmp ogt <8 x float> %300, zeroinitializer
  %302 = select <8 x i1> %301, <8 x float> %300, <8 x float> zeroinitializer
  %303 = mul i64 %32, 128
  %304 = add i64 %35, 0
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 3136
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %14, align 32
  %312 = fcmp ogt <8 x float> %311, zeroinitializer
  %313 = select <8 x i1> %312, <8 x float> %311, <8 x float> zeroinitializer
  %314 = mul i64 %32, 128
  %315 = add i64 %35, 1
  %316 = add i64 %314, %315
  %317 = mul i64 %316, 3136
  %318 = add i64 %40, 0
  %319 = add i64 %317, %318
  %320 = getelementptr inbounds float, float* %0, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %313, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %13, align 32
  %323 = fcmp ogt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> %322, <8 x float> zeroinitializer
  %325 = mul i64 %32, 128
  %326 = add i64 %35, 1
  %327 = add i64 %325, %326
  %328 = mul i64 %327, 3136
  %329 = add i64 %40, 8
  %330 = add i64 %328, %329
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %324, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %12, align 32
  %334 = fcmp ogt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> %333, <8 x float> zeroinitializer
  %336 = mul i64 %32, 128
  %337 = add i64 %35, 1
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 3136
  %340 = add i64 %40, 16
  %341 = add i64 %339, %340
  %342 = getelementptr inbounds float, float* %0, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  store <8 x float> %335, <8 x float>* %343, align 4
  %344 = load <8 x float>, <8 x float>* %11, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = mul i64 %32, 128
  %348 = add i64 %35, 2
  %349 = add i64 %347, %348
  %350 = mul i64 %349, 3136
  %351 = add i64 %40, 0
  %352 = add i64 %350, %351
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %346, <8 x float>* %354, align 4
  %355 = load <8 x float>, <8 x float>* %10, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %32, 128
  %359 = add i64 %35, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 3136
  %362 = add i64 %40, 8
  %363 = add i64 %361, %362
  %364 = getelementptr inbounds float, float* %0, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %357, <8 x float>* %365, align 4
  %366 = load <8 x float>, <8 x float>* %9, align 32
  %367 = fcmp ogt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> %366, <8 x float> zeroinitializer
  %369 = mul i64 %32, 128
  %370 = add i64 %35, 2
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 3136
  %373 = add i64 %40, 16
  %374 = add i64 %372, %373
  %375 = getelementptr inbounds float, float* %0, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %368, <8 x float>* %376, align 4
  %377 = load <8 x float>, <8 x float>* %8, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = mul i64 %32, 128
  %381 = add i64 %35, 3
  %382 = add i64 %380, %381
  %383 = mul i64 %382, 3136
  %384 = add i64 %40, 0
  %385 = add i64 %383, %384
  %386 = getelementptr inbounds float, float* %0, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %379, <8 x float>* %387, align 4
  %388 = load <8 x float>, <8 x float>* %7, align 32
  %389 = fcmp ogt <8 x float> %388, zeroinitializer
  %390 = select <8 x i1> %389, <8 x float> %388, <8 x float> zeroinitializer
  %391 = mul i64 %32, 128
  %392 = add i64 %35, 3
  %393 = add i64 %391, %392
  %394 = mul i64 %393, 3136
  %395 = add i64 %40, 8
  %396 = add i64 %394, %395
  %397 = getelementptr inbounds float, float* %0, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %390, <8 x float>* %398, align 4
  %399 = load <8 x float>, <8 x float>* %6, align 32
  %400 = fcmp ogt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> %399, <8 x float> zeroinitializer
  %402 = mul i64 %32, 128
  %403 = add i64 %35, 3
  %404 = add i64 %402, %403
  %405 = mul i64 %404, 3136
  %406 = add i64 %40, 16
  %407 = add i64 %405, %406
  %408 = getelementptr inbounds float, float* %0, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %401, <8 x float>* %409, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node6.conv2d_4.step0(i8* %0) #2 {
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
  call void @node6.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.depthwiseConv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %25 = add i64 %17, 0
  %26 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.depthwiseConv2d_4.bias to float*), i64 %25
  %27 = load float, float* %26, align 4
  store float %27, float* %7, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %28 = icmp slt i64 %c, 1
  br i1 %28, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %29 = mul i64 %c, 3136
  %30 = add i64 %21, %29
  br label %i.header

c.exit:                                           ; preds = %c.header
  %31 = load float, float* %7, align 4
  %32 = fcmp ogt float %31, 0.000000e+00
  %33 = select i1 %32, float %31, float 0.000000e+00
  %34 = mul i64 %14, 128
  %35 = add i64 %17, 0
  %36 = add i64 %34, %35
  %37 = mul i64 %36, 28
  %38 = add i64 %37, %11
  %39 = mul i64 %38, 28
  %40 = add i64 %39, %xs
  %41 = getelementptr inbounds float, float* %0, i64 %40
  store float %33, float* %41, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %42 = icmp slt i64 %i, 3
  br i1 %42, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %43 = mul i64 %i, 1
  %44 = add i64 %23, %43
  %45 = icmp sge i64 %44, 0
  %46 = icmp slt i64 %44, 56
  %47 = and i1 %45, %46
  br i1 %47, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %48 = mul i64 %44, 56
  %49 = add i64 %30, %48
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %50 = icmp slt i64 %j, 3
  br i1 %50, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %51 = mul i64 %xs, 2
  %52 = mul i64 %j, 1
  %53 = add i64 %51, %52
  %54 = sub i64 %53, 1
  %55 = icmp sge i64 %54, 0
  %56 = icmp slt i64 %54, 56
  %57 = and i1 %55, %56
  %58 = icmp sgt i64 %54, 0
  %59 = select i1 %58, i64 %54, i64 0
  %60 = icmp slt i64 %59, 55
  %61 = select i1 %60, i64 %59, i64 55
  %62 = add i64 %49, %61
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = load float, float* %63, align 4
  %65 = select i1 %57, float %64, float 0.000000e+00
  %66 = mul i64 %i, 3
  %67 = add i64 %66, %j
  %68 = add i64 %17, 0
  %69 = mul i64 %68, 1
  %70 = add i64 %69, %c
  %71 = mul i64 %70, 9
  %72 = add i64 %71, %67
  %73 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_4.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = load float, float* %7, align 4
  %76 = call float @llvm.fma.f32(float %74, float %65, float %75)
  store float %76, float* %7, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %77 = icmp slt i64 %xs4, 28
  br i1 %77, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  %78 = add i64 %17, 0
  %79 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.depthwiseConv2d_4.bias to float*), i64 %78
  %80 = load float, float* %79, align 4
  store float %80, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %81 = icmp slt i64 %c8, 1
  br i1 %81, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %82 = mul i64 %c8, 3136
  %83 = add i64 %21, %82
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %84 = load float, float* %6, align 4
  %85 = fcmp ogt float %84, 0.000000e+00
  %86 = select i1 %85, float %84, float 0.000000e+00
  %87 = mul i64 %14, 128
  %88 = add i64 %17, 0
  %89 = add i64 %87, %88
  %90 = mul i64 %89, 28
  %91 = add i64 %90, %11
  %92 = mul i64 %91, 28
  %93 = add i64 %92, %xs4
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %86, float* %94, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %95 = icmp slt i64 %i12, 3
  br i1 %95, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %96 = mul i64 %i12, 1
  %97 = add i64 %23, %96
  %98 = icmp sge i64 %97, 0
  %99 = icmp slt i64 %97, 56
  %100 = and i1 %98, %99
  br i1 %100, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %101 = mul i64 %97, 56
  %102 = add i64 %83, %101
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %103 = icmp slt i64 %j18, 3
  br i1 %103, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %104 = mul i64 %xs4, 2
  %105 = mul i64 %j18, 1
  %106 = add i64 %104, %105
  %107 = sub i64 %106, 1
  %108 = icmp sge i64 %107, 0
  %109 = icmp slt i64 %107, 56
  %110 = and i1 %108, %109
  %111 = icmp sgt i64 %107, 0
  %112 = select i1 %111, i64 %107, i64 0
  %113 = icmp slt i64 %112, 55
  %114 = select i1 %113, i64 %112, i64 55
  %115 = add i64 %102, %114
  %116 = getelementptr inbounds float, float* %1, i64 %115
  %117 = load float, float* %116, align 4
  %118 = select i1 %110, float %117, float 0.000000e+00
  %119 = mul i64 %i12, 3
  %120 = add i64 %119, %j18
  %121 = add i64 %17, 0
  %122 = mul i64 %121, 1
  %123 = add i64 %122, %c8
  %124 = mul i64 %123, 9
  %125 = add i64 %124, %120
  %126 = getelementptr inbounds float, float* bitcast ([4608 x i8]* @weight.depthwiseConv2d_4.weight to float*), i64 %125
  %127 = load float, float* %126, align 4
  %128 = load float, float* %6, align 4
  %129 = call float @llvm.fma.f32(float %127, float %118, float %128)
  store float %129, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node7.depthwiseConv2d_4.step0(i8* %0) #2 {
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
  call void @node7.depthwiseConv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %23, align 32
  store <8 x float> %splat1, <8 x float>* %22, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %21, align 32
  store <8 x float> %splat2, <8 x float>* %20, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat3 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %58 = add i64 %35, 0
  %59 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat8 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %62 = add i64 %35, 1
  %63 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat9 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %66 = add i64 %35, 2
  %67 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat10 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %70 = add i64 %35, 3
  %71 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %70
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
  %74 = icmp slt i64 %c, 128
  br i1 %74, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %75 = mul i64 %c, 784
  %76 = add i64 %75, %40
  %77 = add i64 %39, %76
  %78 = add i64 %77, 0
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %77, 8
  %83 = getelementptr inbounds float, float* %1, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %35, 0
  %87 = mul i64 %86, 128
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %88
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
  %97 = mul i64 %96, 128
  %98 = add i64 %97, %c
  %99 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %98
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
  %107 = mul i64 %106, 128
  %108 = add i64 %107, %c
  %109 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %108
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
  %117 = mul i64 %116, 128
  %118 = add i64 %117, %c
  %119 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %118
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
  %129 = mul i64 %32, 256
  %130 = add i64 %35, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 784
  %133 = add i64 %40, 0
  %134 = add i64 %132, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %128, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %24, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = mul i64 %32, 256
  %141 = add i64 %35, 0
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 784
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %23, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %32, 256
  %152 = add i64 %35, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 784
  %155 = add i64 %40, 0
  %156 = add i64 %154, %155
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %150, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %22, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = mul i64 %32, 256
  %163 = add i64 %35, 1
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 784
  %166 = add i64 %40, 8
  %167 = add i64 %165, %166
  %168 = getelementptr inbounds float, float* %0, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %161, <8 x float>* %169, align 4
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = mul i64 %32, 256
  %174 = add i64 %35, 2
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 784
  %177 = add i64 %40, 0
  %178 = add i64 %176, %177
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %172, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %20, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = mul i64 %32, 256
  %185 = add i64 %35, 2
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 784
  %188 = add i64 %40, 8
  %189 = add i64 %187, %188
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %183, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = mul i64 %32, 256
  %196 = add i64 %35, 3
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 784
  %199 = add i64 %40, 0
  %200 = add i64 %198, %199
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %194, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %18, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = mul i64 %32, 256
  %207 = add i64 %35, 3
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 784
  %210 = add i64 %40, 8
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %214 = icmp slt i64 %c15, 128
  br i1 %214, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %215 = mul i64 %c15, 784
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
  %231 = mul i64 %230, 128
  %232 = add i64 %231, %c15
  %233 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %232
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
  %243 = mul i64 %242, 128
  %244 = add i64 %243, %c15
  %245 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %244
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
  %255 = mul i64 %254, 128
  %256 = add i64 %255, %c15
  %257 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %256
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
  %267 = mul i64 %266, 128
  %268 = add i64 %267, %c15
  %269 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_5.weight to float*), i64 %268
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
  %281 = mul i64 %32, 256
  %282 = add i64 %35, 0
  %283 = add i64 %281, %282
  %284 = mul i64 %283, 784
  %285 = add i64 %40, 0
  %286 = add i64 %284, %285
  %287 = getelementptr inbounds float, float* %0, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %280, <8 x float>* %288, align 4
  %289 = load <8 x float>, <8 x float>* %16, align 32
  %290 = fcmp ogt <8 x float> %289, zeroinitializer
  %291 = select <8 x i1> %290, <8 x float> %289, <8 x float> zeroinitializer
  %292 = mul i64 %32, 256
  %293 = add i64 %35, 0
  %294 = add i64 %292, %293
  %295 = mul i64 %294, 784
  %296 = add i64 %40, 8
  %297 = add i64 %295, %296
  %298 = getelementptr inbounds float, float* %0, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %291, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %15, align 32
  %301 = fcmp ogt <8 x float> %300, zeroinitializer
  %302 = select <8 x i1> %301, <8 x float> %300, <8 x float> zeroinitializer
  %303 = mul i64 %32, 256
  %304 = add i64 %35, 0
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 784
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %14, align 32
  %312 = fcmp ogt <8 x float> %311, zeroinitializer
  %313 = select <8 x i1> %312, <8 x float> %311, <8 x float> zeroinitializer
  %314 = mul i64 %32, 256
  %315 = add i64 %35, 1
  %316 = add i64 %314, %315
  %317 = mul i64 %316, 784
  %318 = add i64 %40, 0
  %319 = add i64 %317, %318
  %320 = getelementptr inbounds float, float* %0, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %313, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %13, align 32
  %323 = fcmp ogt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> %322, <8 x float> zeroinitializer
  %325 = mul i64 %32, 256
  %326 = add i64 %35, 1
  %327 = add i64 %325, %326
  %328 = mul i64 %327, 784
  %329 = add i64 %40, 8
  %330 = add i64 %328, %329
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %324, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %12, align 32
  %334 = fcmp ogt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> %333, <8 x float> zeroinitializer
  %336 = mul i64 %32, 256
  %337 = add i64 %35, 1
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 784
  %340 = add i64 %40, 16
  %341 = add i64 %339, %340
  %342 = getelementptr inbounds float, float* %0, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  store <8 x float> %335, <8 x float>* %343, align 4
  %344 = load <8 x float>, <8 x float>* %11, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = mul i64 %32, 256
  %348 = add i64 %35, 2
  %349 = add i64 %347, %348
  %350 = mul i64 %349, 784
  %351 = add i64 %40, 0
  %352 = add i64 %350, %351
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %346, <8 x float>* %354, align 4
  %355 = load <8 x float>, <8 x float>* %10, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %32, 256
  %359 = add i64 %35, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 784
  %362 = add i64 %40, 8
  %363 = add i64 %361, %362
  %364 = getelementptr inbounds float, float* %0, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %357, <8 x float>* %365, align 4
  %366 = load <8 x float>, <8 x float>* %9, align 32
  %367 = fcmp ogt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> %366, <8 x float> zeroinitializer
  %369 = mul i64 %32, 256
  %370 = add i64 %35, 2
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 784
  %373 = add i64 %40, 16
  %374 = add i64 %372, %373
  %375 = getelementptr inbounds float, float* %0, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %368, <8 x float>* %376, align 4
  %377 = load <8 x float>, <8 x float>* %8, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = mul i64 %32, 256
  %381 = add i64 %35, 3
  %382 = add i64 %380, %381
  %383 = mul i64 %382, 784
  %384 = add i64 %40, 0
  %385 = add i64 %383, %384
  %386 = getelementptr inbounds float, float* %0, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %379, <8 x float>* %387, align 4
  %388 = load <8 x float>, <8 x float>* %7, align 32
  %389 = fcmp ogt <8 x float> %388, zeroinitializer
  %390 = select <8 x i1> %389, <8 x float> %388, <8 x float> zeroinitializer
  %391 = mul i64 %32, 256
  %392 = add i64 %35, 3
  %393 = add i64 %391, %392
  %394 = mul i64 %393, 784
  %395 = add i64 %40, 8
  %396 = add i64 %394, %395
  %397 = getelementptr inbounds float, float* %0, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %390, <8 x float>* %398, align 4
  %399 = load <8 x float>, <8 x float>* %6, align 32
  %400 = fcmp ogt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> %399, <8 x float> zeroinitializer
  %402 = mul i64 %32, 256
  %403 = add i64 %35, 3
  %404 = add i64 %402, %403
  %405 = mul i64 %404, 784
  %406 = add i64 %40, 16
  %407 = add i64 %405, %406
  %408 = getelementptr inbounds float, float* %0, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %401, <8 x float>* %409, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node8.conv2d_5.step0(i8* %0) #2 {
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
  call void @node8.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.depthwiseConv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit21, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit21 ]
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
  %28 = add i64 %21, 0
  %29 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.depthwiseConv2d_5.bias to float*), i64 %28
  %30 = load float, float* %29, align 4
  %31 = insertelement <8 x float> undef, float %30, i32 0
  %splat = shufflevector <8 x float> %31, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %11, align 32
  store <8 x float> %splat, <8 x float>* %10, align 32
  store <8 x float> %splat, <8 x float>* %9, align 32
  store <8 x float> %splat, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %32 = icmp slt i64 %c, 1
  br i1 %32, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %33 = mul i64 %c, 784
  %34 = add i64 %25, %33
  br label %i.header

c.exit:                                           ; preds = %c.header
  %35 = load <8 x float>, <8 x float>* %11, align 32
  %36 = fcmp ogt <8 x float> %35, zeroinitializer
  %37 = select <8 x i1> %36, <8 x float> %35, <8 x float> zeroinitializer
  %38 = mul i64 %18, 256
  %39 = add i64 %21, 0
  %40 = add i64 %38, %39
  %41 = mul i64 %40, 28
  %42 = add i64 %41, %15
  %43 = mul i64 %42, 28
  %44 = add i64 %43, 1
  %45 = getelementptr inbounds float, float* %0, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  store <8 x float> %37, <8 x float>* %46, align 4
  %47 = load <8 x float>, <8 x float>* %10, align 32
  %48 = fcmp ogt <8 x float> %47, zeroinitializer
  %49 = select <8 x i1> %48, <8 x float> %47, <8 x float> zeroinitializer
  %50 = mul i64 %18, 256
  %51 = add i64 %21, 0
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 28
  %54 = add i64 %53, %15
  %55 = mul i64 %54, 28
  %56 = add i64 %55, 9
  %57 = getelementptr inbounds float, float* %0, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %49, <8 x float>* %58, align 4
  %59 = load <8 x float>, <8 x float>* %9, align 32
  %60 = fcmp ogt <8 x float> %59, zeroinitializer
  %61 = select <8 x i1> %60, <8 x float> %59, <8 x float> zeroinitializer
  %62 = mul i64 %18, 256
  %63 = add i64 %21, 0
  %64 = add i64 %62, %63
  %65 = mul i64 %64, 28
  %66 = add i64 %65, %15
  %67 = mul i64 %66, 28
  %68 = add i64 %67, 17
  %69 = getelementptr inbounds float, float* %0, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  store <8 x float> %61, <8 x float>* %70, align 4
  %71 = load <8 x float>, <8 x float>* %8, align 32
  %72 = fcmp ogt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> %71, <8 x float> zeroinitializer
  %74 = mul i64 %18, 256
  %75 = add i64 %21, 0
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 28
  %78 = add i64 %77, %15
  %79 = mul i64 %78, 28
  %80 = add i64 %79, 25
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %73, <8 x float>* %82, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %83 = icmp slt i64 %i, 3
  br i1 %83, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %84 = mul i64 %i, 1
  %85 = add i64 %27, %84
  %86 = icmp sge i64 %85, 0
  %87 = icmp slt i64 %85, 28
  %88 = and i1 %86, %87
  br i1 %88, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %89 = mul i64 %85, 28
  %90 = add i64 %34, %89
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %91 = icmp slt i64 %j, 3
  br i1 %91, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %92 = mul i64 %j, 1
  %93 = add i64 1, %92
  %94 = sub i64 %93, 1
  %95 = add i64 %90, %94
  %96 = add i64 %95, 0
  %97 = getelementptr inbounds float, float* %1, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %95, 8
  %101 = getelementptr inbounds float, float* %1, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %95, 16
  %105 = getelementptr inbounds float, float* %1, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %95, 24
  %109 = getelementptr inbounds float, float* %1, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %110, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %112 = mul i64 %i, 3
  %113 = add i64 %112, %j
  %114 = add i64 %21, 0
  %115 = mul i64 %114, 1
  %116 = add i64 %115, %c
  %117 = mul i64 %116, 9
  %118 = add i64 %117, %113
  %119 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_5.weight to float*), i64 %118
  %120 = load float, float* %119, align 4
  %121 = insertelement <8 x float> undef, float %120, i32 0
  %splat1 = shufflevector <8 x float> %121, <8 x float> undef, <8 x i32> zeroinitializer
  %122 = load <8 x float>, <8 x float>* %11, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %99, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %11, align 32
  %124 = load <8 x float>, <8 x float>* %10, align 32
  %125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %103, <8 x float> %124)
  store <8 x float> %125, <8 x float>* %10, align 32
  %126 = load <8 x float>, <8 x float>* %9, align 32
  %127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %107, <8 x float> %126)
  store <8 x float> %127, <8 x float>* %9, align 32
  %128 = load <8 x float>, <8 x float>* %8, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %111, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit4, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit4 ]
  %130 = icmp slt i64 %xs, 1
  br i1 %130, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %131 = add i64 %21, 0
  %132 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.depthwiseConv2d_5.bias to float*), i64 %131
  %133 = load float, float* %132, align 4
  store float %133, float* %7, align 4
  br label %c.header2

xs.exit:                                          ; preds = %xs.header
  br label %xs.header19

c.header2:                                        ; preds = %i.exit8, %xs.body
  %c5 = phi i64 [ 0, %xs.body ], [ %c.next18, %i.exit8 ]
  %134 = icmp slt i64 %c5, 1
  br i1 %134, label %c.body3, label %c.exit4

c.body3:                                          ; preds = %c.header2
  %135 = mul i64 %c5, 784
  %136 = add i64 %25, %135
  br label %i.header6

c.exit4:                                          ; preds = %c.header2
  %137 = load float, float* %7, align 4
  %138 = fcmp ogt float %137, 0.000000e+00
  %139 = select i1 %138, float %137, float 0.000000e+00
  %140 = mul i64 %18, 256
  %141 = add i64 %21, 0
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 28
  %144 = add i64 %143, %15
  %145 = mul i64 %144, 28
  %146 = add i64 %145, %xs
  %147 = getelementptr inbounds float, float* %0, i64 %146
  store float %139, float* %147, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header6:                                        ; preds = %endif11, %c.body3
  %i9 = phi i64 [ 0, %c.body3 ], [ %i.next17, %endif11 ]
  %148 = icmp slt i64 %i9, 3
  br i1 %148, label %i.body7, label %i.exit8

i.body7:                                          ; preds = %i.header6
  %149 = mul i64 %i9, 1
  %150 = add i64 %27, %149
  %151 = icmp sge i64 %150, 0
  %152 = icmp slt i64 %150, 28
  %153 = and i1 %151, %152
  br i1 %153, label %then10, label %endif11

i.exit8:                                          ; preds = %i.header6
  %c.next18 = add i64 %c5, 1
  br label %c.header2

then10:                                           ; preds = %i.body7
  %154 = mul i64 %150, 28
  %155 = add i64 %136, %154
  br label %j.header12

endif11:                                          ; preds = %j.exit14, %i.body7
  %i.next17 = add i64 %i9, 1
  br label %i.header6

j.header12:                                       ; preds = %j.body13, %then10
  %j15 = phi i64 [ 0, %then10 ], [ %j.next16, %j.body13 ]
  %156 = icmp slt i64 %j15, 3
  br i1 %156, label %j.body13, label %j.exit14

j.body13:                                         ; preds = %j.header12
  %157 = mul i64 %xs, 1
  %158 = mul i64 %j15, 1
  %159 = add i64 %157, %158
  %160 = sub i64 %159, 1
  %161 = icmp sge i64 %160, 0
  %162 = icmp slt i64 %160, 28
  %163 = and i1 %161, %162
  %164 = icmp sgt i64 %160, 0
  %165 = select i1 %164, i64 %160, i64 0
  %166 = icmp slt i64 %165, 27
  %167 = select i1 %166, i64 %165, i64 27
  %168 = add i64 %155, %167
  %169 = getelementptr inbounds float, float* %1, i64 %168
  %170 = load float, float* %169, align 4
  %171 = select i1 %163, float %170, float 0.000000e+00
  %172 = mul i64 %i9, 3
  %173 = add i64 %172, %j15
  %174 = add i64 %21, 0
  %175 = mul i64 %174, 1
  %176 = add i64 %175, %c5
  %177 = mul i64 %176, 9
  %178 = add i64 %177, %173
  %179 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_5.weight to float*), i64 %178
  %180 = load float, float* %179, align 4
  %181 = load float, float* %7, align 4
  %182 = call float @llvm.fma.f32(float %180, float %171, float %181)
  store float %182, float* %7, align 4
  %j.next16 = add i64 %j15, 1
  br label %j.header12

j.exit14:                                         ; preds = %j.header12
  br label %endif11

xs.header19:                                      ; preds = %c.exit25, %xs.exit
  %xs22 = phi i64 [ 27, %xs.exit ], [ %xs.next40, %c.exit25 ]
  %183 = icmp slt i64 %xs22, 28
  br i1 %183, label %xs.body20, label %xs.exit21

xs.body20:                                        ; preds = %xs.header19
  %184 = add i64 %21, 0
  %185 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.depthwiseConv2d_5.bias to float*), i64 %184
  %186 = load float, float* %185, align 4
  store float %186, float* %6, align 4
  br label %c.header23

xs.exit21:                                        ; preds = %xs.header19
  %task.next = add i64 %task, 1
  br label %task.header

c.header23:                                       ; preds = %i.exit29, %xs.body20
  %c26 = phi i64 [ 0, %xs.body20 ], [ %c.next39, %i.exit29 ]
  %187 = icmp slt i64 %c26, 1
  br i1 %187, label %c.body24, label %c.exit25

c.body24:                                         ; preds = %c.header23
  %188 = mul i64 %c26, 784
  %189 = add i64 %25, %188
  br label %i.header27

c.exit25:                                         ; preds = %c.header23
  %190 = load float, float* %6, align 4
  %191 = fcmp ogt float %190, 0.000000e+00
  %192 = select i1 %191, float %190, float 0.000000e+00
  %193 = mul i64 %18, 256
  %194 = add i64 %21, 0
  %195 = add i64 %193, %194
  %196 = mul i64 %195, 28
  %197 = add i64 %196, %15
  %198 = mul i64 %197, 28
  %199 = add i64 %198, %xs22
  %200 = getelementptr inbounds float, float* %0, i64 %199
  store float %192, float* %200, align 4
  %xs.next40 = add i64 %xs22, 1
  br label %xs.header19

i.header27:                                       ; preds = %endif32, %c.body24
  %i30 = phi i64 [ 0, %c.body24 ], [ %i.next38, %endif32 ]
  %201 = icmp slt i64 %i30, 3
  br i1 %201, label %i.body28, label %i.exit29

i.body28:                                         ; preds = %i.header27
  %202 = mul i64 %i30, 1
  %203 = add i64 %27, %202
  %204 = icmp sge i64 %203, 0
  %205 = icmp slt i64 %203, 28
  %206 = and i1 %204, %205
  br i1 %206, label %then31, label %endif32

i.exit29:                                         ; preds = %i.header27
  %c.next39 = add i64 %c26, 1
  br label %c.header23

then31:                                           ; preds = %i.body28
  %207 = mul i64 %203, 28
  %208 = add i64 %189, %207
  br label %j.header33

endif32:                                          ; preds = %j.exit35, %i.body28
  %i.next38 = add i64 %i30, 1
  br label %i.header27

j.header33:                                       ; preds = %j.body34, %then31
  %j36 = phi i64 [ 0, %then31 ], [ %j.next37, %j.body34 ]
  %209 = icmp slt i64 %j36, 3
  br i1 %209, label %j.body34, label %j.exit35

j.body34:                                         ; preds = %j.header33
  %210 = mul i64 %xs22, 1
  %211 = mul i64 %j36, 1
  %212 = add i64 %210, %211
  %213 = sub i64 %212, 1
  %214 = icmp sge i64 %213, 0
  %215 = icmp slt i64 %213, 28
  %216 = and i1 %214, %215
  %217 = icmp sgt i64 %213, 0
  %218 = select i1 %217, i64 %213, i64 0
  %219 = icmp slt i64 %218, 27
  %220 = select i1 %219, i64 %218, i64 27
  %221 = add i64 %208, %220
  %222 = getelementptr inbounds float, float* %1, i64 %221
  %223 = load float, float* %222, align 4
  %224 = select i1 %216, float %223, float 0.000000e+00
  %225 = mul i64 %i30, 3
  %226 = add i64 %225, %j36
  %227 = add i64 %21, 0
  %228 = mul i64 %227, 1
  %229 = add i64 %228, %c26
  %230 = mul i64 %229, 9
  %231 = add i64 %230, %226
  %232 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_5.weight to float*), i64 %231
  %233 = load float, float* %232, align 4
  %234 = load float, float* %6, align 4
  %235 = call float @llvm.fma.f32(float %233, float %224, float %234)
  store float %235, float* %6, align 4
  %j.next37 = add i64 %j36, 1
  br label %j.header33

j.exit35:                                         ; preds = %j.header33
  br label %endif32
}

; Function Attrs: nounwind
define internal void @node9.depthwiseConv2d_5.step0(i8* %0) #2 {
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
  call void @node9.depthwiseConv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %42 = add i64 %35, 0
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  %46 = add i64 %35, 1
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat1 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %23, align 32
  store <8 x float> %splat1, <8 x float>* %22, align 32
  %50 = add i64 %35, 2
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat2 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %21, align 32
  store <8 x float> %splat2, <8 x float>* %20, align 32
  %54 = add i64 %35, 3
  %55 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat3 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %58 = add i64 %35, 0
  %59 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat8 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %62 = add i64 %35, 1
  %63 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat9 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %66 = add i64 %35, 2
  %67 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat10 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %70 = add i64 %35, 3
  %71 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %70
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
  %74 = icmp slt i64 %c, 256
  br i1 %74, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %75 = mul i64 %c, 784
  %76 = add i64 %75, %40
  %77 = add i64 %39, %76
  %78 = add i64 %77, 0
  %79 = getelementptr inbounds float, float* %1, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %77, 8
  %83 = getelementptr inbounds float, float* %1, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %35, 0
  %87 = mul i64 %86, 256
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %88
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
  %97 = mul i64 %96, 256
  %98 = add i64 %97, %c
  %99 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %98
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
  %107 = mul i64 %106, 256
  %108 = add i64 %107, %c
  %109 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %108
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
  %117 = mul i64 %116, 256
  %118 = add i64 %117, %c
  %119 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %118
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
  %129 = mul i64 %32, 256
  %130 = add i64 %35, 0
  %131 = add i64 %129, %130
  %132 = mul i64 %131, 784
  %133 = add i64 %40, 0
  %134 = add i64 %132, %133
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %128, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %24, align 32
  %138 = fcmp ogt <8 x float> %137, zeroinitializer
  %139 = select <8 x i1> %138, <8 x float> %137, <8 x float> zeroinitializer
  %140 = mul i64 %32, 256
  %141 = add i64 %35, 0
  %142 = add i64 %140, %141
  %143 = mul i64 %142, 784
  %144 = add i64 %40, 8
  %145 = add i64 %143, %144
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %139, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %23, align 32
  %149 = fcmp ogt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> %148, <8 x float> zeroinitializer
  %151 = mul i64 %32, 256
  %152 = add i64 %35, 1
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 784
  %155 = add i64 %40, 0
  %156 = add i64 %154, %155
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %150, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %22, align 32
  %160 = fcmp ogt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> %159, <8 x float> zeroinitializer
  %162 = mul i64 %32, 256
  %163 = add i64 %35, 1
  %164 = add i64 %162, %163
  %165 = mul i64 %164, 784
  %166 = add i64 %40, 8
  %167 = add i64 %165, %166
  %168 = getelementptr inbounds float, float* %0, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %161, <8 x float>* %169, align 4
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = mul i64 %32, 256
  %174 = add i64 %35, 2
  %175 = add i64 %173, %174
  %176 = mul i64 %175, 784
  %177 = add i64 %40, 0
  %178 = add i64 %176, %177
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %172, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %20, align 32
  %182 = fcmp ogt <8 x float> %181, zeroinitializer
  %183 = select <8 x i1> %182, <8 x float> %181, <8 x float> zeroinitializer
  %184 = mul i64 %32, 256
  %185 = add i64 %35, 2
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 784
  %188 = add i64 %40, 8
  %189 = add i64 %187, %188
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %183, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = mul i64 %32, 256
  %196 = add i64 %35, 3
  %197 = add i64 %195, %196
  %198 = mul i64 %197, 784
  %199 = add i64 %40, 0
  %200 = add i64 %198, %199
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %194, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %18, align 32
  %204 = fcmp ogt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> %203, <8 x float> zeroinitializer
  %206 = mul i64 %32, 256
  %207 = add i64 %35, 3
  %208 = add i64 %206, %207
  %209 = mul i64 %208, 784
  %210 = add i64 %40, 8
  %211 = add i64 %209, %210
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %205, <8 x float>* %213, align 4
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %214 = icmp slt i64 %c15, 256
  br i1 %214, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %215 = mul i64 %c15, 784
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
  %231 = mul i64 %230, 256
  %232 = add i64 %231, %c15
  %233 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %232
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
  %243 = mul i64 %242, 256
  %244 = add i64 %243, %c15
  %245 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %244
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
  %255 = mul i64 %254, 256
  %256 = add i64 %255, %c15
  %257 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %256
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
  %267 = mul i64 %266, 256
  %268 = add i64 %267, %c15
  %269 = getelementptr inbounds float, float* bitcast ([262144 x i8]* @weight.conv2d_6.weight to float*), i64 %268
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
  %281 = mul i64 %32, 256
  %282 = add i64 %35, 0
  %283 = add i64 %281, %282
  %284 = mul i64 %283, 784
  %285 = add i64 %40, 0
  %286 = add i64 %284, %285
  %287 = getelementptr inbounds float, float* %0, i64 %286
  %288 = bitcast float* %287 to <8 x float>*
  store <8 x float> %280, <8 x float>* %288, align 4
  %289 = load <8 x float>, <8 x float>* %16, align 32
  %290 = fcmp ogt <8 x float> %289, zeroinitializer
  %291 = select <8 x i1> %290, <8 x float> %289, <8 x float> zeroinitializer
  %292 = mul i64 %32, 256
  %293 = add i64 %35, 0
  %294 = add i64 %292, %293
  %295 = mul i64 %294, 784
  %296 = add i64 %40, 8
  %297 = add i64 %295, %296
  %298 = getelementptr inbounds float, float* %0, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  store <8 x float> %291, <8 x float>* %299, align 4
  %300 = load <8 x float>, <8 x float>* %15, align 32
  %301 = fcmp ogt <8 x float> %300, zeroinitializer
  %302 = select <8 x i1> %301, <8 x float> %300, <8 x float> zeroinitializer
  %303 = mul i64 %32, 256
  %304 = add i64 %35, 0
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 784
  %307 = add i64 %40, 16
  %308 = add i64 %306, %307
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %302, <8 x float>* %310, align 4
  %311 = load <8 x float>, <8 x float>* %14, align 32
  %312 = fcmp ogt <8 x float> %311, zeroinitializer
  %313 = select <8 x i1> %312, <8 x float> %311, <8 x float> zeroinitializer
  %314 = mul i64 %32, 256
  %315 = add i64 %35, 1
  %316 = add i64 %314, %315
  %317 = mul i64 %316, 784
  %318 = add i64 %40, 0
  %319 = add i64 %317, %318
  %320 = getelementptr inbounds float, float* %0, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %313, <8 x float>* %321, align 4
  %322 = load <8 x float>, <8 x float>* %13, align 32
  %323 = fcmp ogt <8 x float> %322, zeroinitializer
  %324 = select <8 x i1> %323, <8 x float> %322, <8 x float> zeroinitializer
  %325 = mul i64 %32, 256
  %326 = add i64 %35, 1
  %327 = add i64 %325, %326
  %328 = mul i64 %327, 784
  %329 = add i64 %40, 8
  %330 = add i64 %328, %329
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %324, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %12, align 32
  %334 = fcmp ogt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> %333, <8 x float> zeroinitializer
  %336 = mul i64 %32, 256
  %337 = add i64 %35, 1
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 784
  %340 = add i64 %40, 16
  %341 = add i64 %339, %340
  %342 = getelementptr inbounds float, float* %0, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  store <8 x float> %335, <8 x float>* %343, align 4
  %344 = load <8 x float>, <8 x float>* %11, align 32
  %345 = fcmp ogt <8 x float> %344, zeroinitializer
  %346 = select <8 x i1> %345, <8 x float> %344, <8 x float> zeroinitializer
  %347 = mul i64 %32, 256
  %348 = add i64 %35, 2
  %349 = add i64 %347, %348
  %350 = mul i64 %349, 784
  %351 = add i64 %40, 0
  %352 = add i64 %350, %351
  %353 = getelementptr inbounds float, float* %0, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %346, <8 x float>* %354, align 4
  %355 = load <8 x float>, <8 x float>* %10, align 32
  %356 = fcmp ogt <8 x float> %355, zeroinitializer
  %357 = select <8 x i1> %356, <8 x float> %355, <8 x float> zeroinitializer
  %358 = mul i64 %32, 256
  %359 = add i64 %35, 2
  %360 = add i64 %358, %359
  %361 = mul i64 %360, 784
  %362 = add i64 %40, 8
  %363 = add i64 %361, %362
  %364 = getelementptr inbounds float, float* %0, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %357, <8 x float>* %365, align 4
  %366 = load <8 x float>, <8 x float>* %9, align 32
  %367 = fcmp ogt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> %366, <8 x float> zeroinitializer
  %369 = mul i64 %32, 256
  %370 = add i64 %35, 2
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 784
  %373 = add i64 %40, 16
  %374 = add i64 %372, %373
  %375 = getelementptr inbounds float, float* %0, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %368, <8 x float>* %376, align 4
  %377 = load <8 x float>, <8 x float>* %8, align 32
  %378 = fcmp ogt <8 x float> %377, zeroinitializer
  %379 = select <8 x i1> %378, <8 x float> %377, <8 x float> zeroinitializer
  %380 = mul i64 %32, 256
  %381 = add i64 %35, 3
  %382 = add i64 %380, %381
  %383 = mul i64 %382, 784
  %384 = add i64 %40, 0
  %385 = add i64 %383, %384
  %386 = getelementptr inbounds float, float* %0, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %379, <8 x float>* %387, align 4
  %388 = load <8 x float>, <8 x float>* %7, align 32
  %389 = fcmp ogt <8 x float> %388, zeroinitializer
  %390 = select <8 x i1> %389, <8 x float> %388, <8 x float> zeroinitializer
  %391 = mul i64 %32, 256
  %392 = add i64 %35, 3
  %393 = add i64 %391, %392
  %394 = mul i64 %393, 784
  %395 = add i64 %40, 8
  %396 = add i64 %394, %395
  %397 = getelementptr inbounds float, float* %0, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %390, <8 x float>* %398, align 4
  %399 = load <8 x float>, <8 x float>* %6, align 32
  %400 = fcmp ogt <8 x float> %399, zeroinitializer
  %401 = select <8 x i1> %400, <8 x float> %399, <8 x float> zeroinitializer
  %402 = mul i64 %32, 256
  %403 = add i64 %35, 3
  %404 = add i64 %402, %403
  %405 = mul i64 %404, 784
  %406 = add i64 %40, 16
  %407 = add i64 %405, %406
  %408 = getelementptr inbounds float, float* %0, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %401, <8 x float>* %409, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node10.conv2d_6.step0(i8* %0) #2 {
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
  call void @node10.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.depthwiseConv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %25 = add i64 %17, 0
  %26 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.depthwiseConv2d_6.bias to float*), i64 %25
  %27 = load float, float* %26, align 4
  store float %27, float* %7, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %28 = icmp slt i64 %c, 1
  br i1 %28, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %29 = mul i64 %c, 784
  %30 = add i64 %21, %29
  br label %i.header

c.exit:                                           ; preds = %c.header
  %31 = load float, float* %7, align 4
  %32 = fcmp ogt float %31, 0.000000e+00
  %33 = select i1 %32, float %31, float 0.000000e+00
  %34 = mul i64 %14, 256
  %35 = add i64 %17, 0
  %36 = add i64 %34, %35
  %37 = mul i64 %36, 14
  %38 = add i64 %37, %11
  %39 = mul i64 %38, 14
  %40 = add i64 %39, %xs
  %41 = getelementptr inbounds float, float* %0, i64 %40
  store float %33, float* %41, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %42 = icmp slt i64 %i, 3
  br i1 %42, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %43 = mul i64 %i, 1
  %44 = add i64 %23, %43
  %45 = icmp sge i64 %44, 0
  %46 = icmp slt i64 %44, 28
  %47 = and i1 %45, %46
  br i1 %47, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %48 = mul i64 %44, 28
  %49 = add i64 %30, %48
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %50 = icmp slt i64 %j, 3
  br i1 %50, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %51 = mul i64 %xs, 2
  %52 = mul i64 %j, 1
  %53 = add i64 %51, %52
  %54 = sub i64 %53, 1
  %55 = icmp sge i64 %54, 0
  %56 = icmp slt i64 %54, 28
  %57 = and i1 %55, %56
  %58 = icmp sgt i64 %54, 0
  %59 = select i1 %58, i64 %54, i64 0
  %60 = icmp slt i64 %59, 27
  %61 = select i1 %60, i64 %59, i64 27
  %62 = add i64 %49, %61
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = load float, float* %63, align 4
  %65 = select i1 %57, float %64, float 0.000000e+00
  %66 = mul i64 %i, 3
  %67 = add i64 %66, %j
  %68 = add i64 %17, 0
  %69 = mul i64 %68, 1
  %70 = add i64 %69, %c
  %71 = mul i64 %70, 9
  %72 = add i64 %71, %67
  %73 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_6.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = load float, float* %7, align 4
  %76 = call float @llvm.fma.f32(float %74, float %65, float %75)
  store float %76, float* %7, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %77 = icmp slt i64 %xs4, 14
  br i1 %77, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  %78 = add i64 %17, 0
  %79 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.depthwiseConv2d_6.bias to float*), i64 %78
  %80 = load float, float* %79, align 4
  store float %80, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %81 = icmp slt i64 %c8, 1
  br i1 %81, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %82 = mul i64 %c8, 784
  %83 = add i64 %21, %82
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %84 = load float, float* %6, align 4
  %85 = fcmp ogt float %84, 0.000000e+00
  %86 = select i1 %85, float %84, float 0.000000e+00
  %87 = mul i64 %14, 256
  %88 = add i64 %17, 0
  %89 = add i64 %87, %88
  %90 = mul i64 %89, 14
  %91 = add i64 %90, %11
  %92 = mul i64 %91, 14
  %93 = add i64 %92, %xs4
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %86, float* %94, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %95 = icmp slt i64 %i12, 3
  br i1 %95, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %96 = mul i64 %i12, 1
  %97 = add i64 %23, %96
  %98 = icmp sge i64 %97, 0
  %99 = icmp slt i64 %97, 28
  %100 = and i1 %98, %99
  br i1 %100, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %101 = mul i64 %97, 28
  %102 = add i64 %83, %101
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %103 = icmp slt i64 %j18, 3
  br i1 %103, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %104 = mul i64 %xs4, 2
  %105 = mul i64 %j18, 1
  %106 = add i64 %104, %105
  %107 = sub i64 %106, 1
  %108 = icmp sge i64 %107, 0
  %109 = icmp slt i64 %107, 28
  %110 = and i1 %108, %109
  %111 = icmp sgt i64 %107, 0
  %112 = select i1 %111, i64 %107, i64 0
  %113 = icmp slt i64 %112, 27
  %114 = select i1 %113, i64 %112, i64 27
  %115 = add i64 %102, %114
  %116 = getelementptr inbounds float, float* %1, i64 %115
  %117 = load float, float* %116, align 4
  %118 = select i1 %110, float %117, float 0.000000e+00
  %119 = mul i64 %i12, 3
  %120 = add i64 %119, %j18
  %121 = add i64 %17, 0
  %122 = mul i64 %121, 1
  %123 = add i64 %122, %c8
  %124 = mul i64 %123, 9
  %125 = add i64 %124, %120
  %126 = getelementptr inbounds float, float* bitcast ([9216 x i8]* @weight.depthwiseConv2d_6.weight to float*), i64 %125
  %127 = load float, float* %126, align 4
  %128 = load float, float* %6, align 4
  %129 = call float @llvm.fma.f32(float %127, float %118, float %128)
  store float %129, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node11.depthwiseConv2d_6.step0(i8* %0) #2 {
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
  call void @node11.depthwiseConv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %66
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
  %71 = mul i64 %c, 196
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 256
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 256
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 256
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 256
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %104
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
  %113 = mul i64 %28, 512
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 196
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 512
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 196
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 512
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 196
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 512
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 196
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
  %155 = mul i64 %c15, 196
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
  %173 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %172
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
  %185 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %184
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
  %197 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %196
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
  %209 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_7.weight to float*), i64 %208
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
  %221 = mul i64 %28, 512
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 196
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 512
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 196
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 512
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 196
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 512
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 196
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 512
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 196
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 512
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 196
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 512
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 196
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 512
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 196
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 512
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 196
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 512
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 196
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 512
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 196
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 512
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 196
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node12.conv2d_7.step0(i8* %0) #2 {
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
  call void @node12.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.depthwiseConv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit21, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit21 ]
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
  %26 = add i64 %19, 0
  %27 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_7.bias to float*), i64 %26
  %28 = load float, float* %27, align 4
  %29 = insertelement <8 x float> undef, float %28, i32 0
  %splat = shufflevector <8 x float> %29, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %9, align 32
  store <8 x float> %splat, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %30 = icmp slt i64 %c, 1
  br i1 %30, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %31 = mul i64 %c, 196
  %32 = add i64 %23, %31
  br label %i.header

c.exit:                                           ; preds = %c.header
  %33 = load <8 x float>, <8 x float>* %9, align 32
  %34 = fcmp ogt <8 x float> %33, zeroinitializer
  %35 = select <8 x i1> %34, <8 x float> %33, <8 x float> zeroinitializer
  %36 = mul i64 %16, 512
  %37 = add i64 %19, 0
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 14
  %40 = add i64 %39, %13
  %41 = mul i64 %40, 14
  %42 = add i64 %41, 1
  %43 = getelementptr inbounds float, float* %0, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %35, <8 x float>* %44, align 4
  %45 = load <8 x float>, <8 x float>* %8, align 32
  %46 = fcmp ogt <8 x float> %45, zeroinitializer
  %47 = select <8 x i1> %46, <8 x float> %45, <8 x float> zeroinitializer
  %48 = mul i64 %16, 512
  %49 = add i64 %19, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 14
  %52 = add i64 %51, %13
  %53 = mul i64 %52, 14
  %54 = add i64 %53, 9
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %47, <8 x float>* %56, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %57 = icmp slt i64 %i, 3
  br i1 %57, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %58 = mul i64 %i, 1
  %59 = add i64 %25, %58
  %60 = icmp sge i64 %59, 0
  %61 = icmp slt i64 %59, 14
  %62 = and i1 %60, %61
  br i1 %62, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %63 = mul i64 %59, 14
  %64 = add i64 %32, %63
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %65 = icmp slt i64 %j, 3
  br i1 %65, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %66 = mul i64 %j, 1
  %67 = add i64 1, %66
  %68 = sub i64 %67, 1
  %69 = add i64 %64, %68
  %70 = add i64 %69, 0
  %71 = getelementptr inbounds float, float* %1, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %69, 8
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = mul i64 %i, 3
  %79 = add i64 %78, %j
  %80 = add i64 %19, 0
  %81 = mul i64 %80, 1
  %82 = add i64 %81, %c
  %83 = mul i64 %82, 9
  %84 = add i64 %83, %79
  %85 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_7.weight to float*), i64 %84
  %86 = load float, float* %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %splat1 = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %88 = load <8 x float>, <8 x float>* %9, align 32
  %89 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %73, <8 x float> %88)
  store <8 x float> %89, <8 x float>* %9, align 32
  %90 = load <8 x float>, <8 x float>* %8, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %77, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit4, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit4 ]
  %92 = icmp slt i64 %xs, 1
  br i1 %92, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %93 = add i64 %19, 0
  %94 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_7.bias to float*), i64 %93
  %95 = load float, float* %94, align 4
  store float %95, float* %7, align 4
  br label %c.header2

xs.exit:                                          ; preds = %xs.header
  br label %xs.header19

c.header2:                                        ; preds = %i.exit8, %xs.body
  %c5 = phi i64 [ 0, %xs.body ], [ %c.next18, %i.exit8 ]
  %96 = icmp slt i64 %c5, 1
  br i1 %96, label %c.body3, label %c.exit4

c.body3:                                          ; preds = %c.header2
  %97 = mul i64 %c5, 196
  %98 = add i64 %23, %97
  br label %i.header6

c.exit4:                                          ; preds = %c.header2
  %99 = load float, float* %7, align 4
  %100 = fcmp ogt float %99, 0.000000e+00
  %101 = select i1 %100, float %99, float 0.000000e+00
  %102 = mul i64 %16, 512
  %103 = add i64 %19, 0
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %13
  %107 = mul i64 %106, 14
  %108 = add i64 %107, %xs
  %109 = getelementptr inbounds float, float* %0, i64 %108
  store float %101, float* %109, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header6:                                        ; preds = %endif11, %c.body3
  %i9 = phi i64 [ 0, %c.body3 ], [ %i.next17, %endif11 ]
  %110 = icmp slt i64 %i9, 3
  br i1 %110, label %i.body7, label %i.exit8

i.body7:                                          ; preds = %i.header6
  %111 = mul i64 %i9, 1
  %112 = add i64 %25, %111
  %113 = icmp sge i64 %112, 0
  %114 = icmp slt i64 %112, 14
  %115 = and i1 %113, %114
  br i1 %115, label %then10, label %endif11

i.exit8:                                          ; preds = %i.header6
  %c.next18 = add i64 %c5, 1
  br label %c.header2

then10:                                           ; preds = %i.body7
  %116 = mul i64 %112, 14
  %117 = add i64 %98, %116
  br label %j.header12

endif11:                                          ; preds = %j.exit14, %i.body7
  %i.next17 = add i64 %i9, 1
  br label %i.header6

j.header12:                                       ; preds = %j.body13, %then10
  %j15 = phi i64 [ 0, %then10 ], [ %j.next16, %j.body13 ]
  %118 = icmp slt i64 %j15, 3
  br i1 %118, label %j.body13, label %j.exit14

j.body13:                                         ; preds = %j.header12
  %119 = mul i64 %xs, 1
  %120 = mul i64 %j15, 1
  %121 = add i64 %119, %120
  %122 = sub i64 %121, 1
  %123 = icmp sge i64 %122, 0
  %124 = icmp slt i64 %122, 14
  %125 = and i1 %123, %124
  %126 = icmp sgt i64 %122, 0
  %127 = select i1 %126, i64 %122, i64 0
  %128 = icmp slt i64 %127, 13
  %129 = select i1 %128, i64 %127, i64 13
  %130 = add i64 %117, %129
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = load float, float* %131, align 4
  %133 = select i1 %125, float %132, float 0.000000e+00
  %134 = mul i64 %i9, 3
  %135 = add i64 %134, %j15
  %136 = add i64 %19, 0
  %137 = mul i64 %136, 1
  %138 = add i64 %137, %c5
  %139 = mul i64 %138, 9
  %140 = add i64 %139, %135
  %141 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_7.weight to float*), i64 %140
  %142 = load float, float* %141, align 4
  %143 = load float, float* %7, align 4
  %144 = call float @llvm.fma.f32(float %142, float %133, float %143)
  store float %144, float* %7, align 4
  %j.next16 = add i64 %j15, 1
  br label %j.header12

j.exit14:                                         ; preds = %j.header12
  br label %endif11

xs.header19:                                      ; preds = %c.exit25, %xs.exit
  %xs22 = phi i64 [ 13, %xs.exit ], [ %xs.next40, %c.exit25 ]
  %145 = icmp slt i64 %xs22, 14
  br i1 %145, label %xs.body20, label %xs.exit21

xs.body20:                                        ; preds = %xs.header19
  %146 = add i64 %19, 0
  %147 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_7.bias to float*), i64 %146
  %148 = load float, float* %147, align 4
  store float %148, float* %6, align 4
  br label %c.header23

xs.exit21:                                        ; preds = %xs.header19
  %task.next = add i64 %task, 1
  br label %task.header

c.header23:                                       ; preds = %i.exit29, %xs.body20
  %c26 = phi i64 [ 0, %xs.body20 ], [ %c.next39, %i.exit29 ]
  %149 = icmp slt i64 %c26, 1
  br i1 %149, label %c.body24, label %c.exit25

c.body24:                                         ; preds = %c.header23
  %150 = mul i64 %c26, 196
  %151 = add i64 %23, %150
  br label %i.header27

c.exit25:                                         ; preds = %c.header23
  %152 = load float, float* %6, align 4
  %153 = fcmp ogt float %152, 0.000000e+00
  %154 = select i1 %153, float %152, float 0.000000e+00
  %155 = mul i64 %16, 512
  %156 = add i64 %19, 0
  %157 = add i64 %155, %156
  %158 = mul i64 %157, 14
  %159 = add i64 %158, %13
  %160 = mul i64 %159, 14
  %161 = add i64 %160, %xs22
  %162 = getelementptr inbounds float, float* %0, i64 %161
  store float %154, float* %162, align 4
  %xs.next40 = add i64 %xs22, 1
  br label %xs.header19

i.header27:                                       ; preds = %endif32, %c.body24
  %i30 = phi i64 [ 0, %c.body24 ], [ %i.next38, %endif32 ]
  %163 = icmp slt i64 %i30, 3
  br i1 %163, label %i.body28, label %i.exit29

i.body28:                                         ; preds = %i.header27
  %164 = mul i64 %i30, 1
  %165 = add i64 %25, %164
  %166 = icmp sge i64 %165, 0
  %167 = icmp slt i64 %165, 14
  %168 = and i1 %166, %167
  br i1 %168, label %then31, label %endif32

i.exit29:                                         ; preds = %i.header27
  %c.next39 = add i64 %c26, 1
  br label %c.header23

then31:                                           ; preds = %i.body28
  %169 = mul i64 %165, 14
  %170 = add i64 %151, %169
  br label %j.header33

endif32:                                          ; preds = %j.exit35, %i.body28
  %i.next38 = add i64 %i30, 1
  br label %i.header27

j.header33:                                       ; preds = %j.body34, %then31
  %j36 = phi i64 [ 0, %then31 ], [ %j.next37, %j.body34 ]
  %171 = icmp slt i64 %j36, 3
  br i1 %171, label %j.body34, label %j.exit35

j.body34:                                         ; preds = %j.header33
  %172 = mul i64 %xs22, 1
  %173 = mul i64 %j36, 1
  %174 = add i64 %172, %173
  %175 = sub i64 %174, 1
  %176 = icmp sge i64 %175, 0
  %177 = icmp slt i64 %175, 14
  %178 = and i1 %176, %177
  %179 = icmp sgt i64 %175, 0
  %180 = select i1 %179, i64 %175, i64 0
  %181 = icmp slt i64 %180, 13
  %182 = select i1 %181, i64 %180, i64 13
  %183 = add i64 %170, %182
  %184 = getelementptr inbounds float, float* %1, i64 %183
  %185 = load float, float* %184, align 4
  %186 = select i1 %178, float %185, float 0.000000e+00
  %187 = mul i64 %i30, 3
  %188 = add i64 %187, %j36
  %189 = add i64 %19, 0
  %190 = mul i64 %189, 1
  %191 = add i64 %190, %c26
  %192 = mul i64 %191, 9
  %193 = add i64 %192, %188
  %194 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_7.weight to float*), i64 %193
  %195 = load float, float* %194, align 4
  %196 = load float, float* %6, align 4
  %197 = call float @llvm.fma.f32(float %195, float %186, float %196)
  store float %197, float* %6, align 4
  %j.next37 = add i64 %j36, 1
  br label %j.header33

j.exit35:                                         ; preds = %j.header33
  br label %endif32
}

; Function Attrs: nounwind
define internal void @node13.depthwiseConv2d_7.step0(i8* %0) #2 {
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
  call void @node13.depthwiseConv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %66
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
  %70 = icmp slt i64 %c, 512
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 196
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 512
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 512
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 512
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 512
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %104
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
  %113 = mul i64 %28, 512
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 196
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 512
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 196
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 512
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 196
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 512
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 196
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 512
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 196
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
  %171 = mul i64 %170, 512
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %172
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
  %183 = mul i64 %182, 512
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %184
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
  %195 = mul i64 %194, 512
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %196
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
  %207 = mul i64 %206, 512
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_8.weight to float*), i64 %208
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
  %221 = mul i64 %28, 512
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 196
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 512
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 196
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 512
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 196
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 512
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 196
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 512
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 196
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 512
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 196
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 512
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 196
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 512
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 196
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 512
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 196
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 512
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 196
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 512
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 196
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 512
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 196
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node14.conv2d_8.step0(i8* %0) #2 {
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
  call void @node14.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.depthwiseConv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit21, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit21 ]
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
  %26 = add i64 %19, 0
  %27 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_8.bias to float*), i64 %26
  %28 = load float, float* %27, align 4
  %29 = insertelement <8 x float> undef, float %28, i32 0
  %splat = shufflevector <8 x float> %29, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %9, align 32
  store <8 x float> %splat, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %30 = icmp slt i64 %c, 1
  br i1 %30, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %31 = mul i64 %c, 196
  %32 = add i64 %23, %31
  br label %i.header

c.exit:                                           ; preds = %c.header
  %33 = load <8 x float>, <8 x float>* %9, align 32
  %34 = fcmp ogt <8 x float> %33, zeroinitializer
  %35 = select <8 x i1> %34, <8 x float> %33, <8 x float> zeroinitializer
  %36 = mul i64 %16, 512
  %37 = add i64 %19, 0
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 14
  %40 = add i64 %39, %13
  %41 = mul i64 %40, 14
  %42 = add i64 %41, 1
  %43 = getelementptr inbounds float, float* %0, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %35, <8 x float>* %44, align 4
  %45 = load <8 x float>, <8 x float>* %8, align 32
  %46 = fcmp ogt <8 x float> %45, zeroinitializer
  %47 = select <8 x i1> %46, <8 x float> %45, <8 x float> zeroinitializer
  %48 = mul i64 %16, 512
  %49 = add i64 %19, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 14
  %52 = add i64 %51, %13
  %53 = mul i64 %52, 14
  %54 = add i64 %53, 9
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %47, <8 x float>* %56, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %57 = icmp slt i64 %i, 3
  br i1 %57, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %58 = mul i64 %i, 1
  %59 = add i64 %25, %58
  %60 = icmp sge i64 %59, 0
  %61 = icmp slt i64 %59, 14
  %62 = and i1 %60, %61
  br i1 %62, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %63 = mul i64 %59, 14
  %64 = add i64 %32, %63
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %65 = icmp slt i64 %j, 3
  br i1 %65, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %66 = mul i64 %j, 1
  %67 = add i64 1, %66
  %68 = sub i64 %67, 1
  %69 = add i64 %64, %68
  %70 = add i64 %69, 0
  %71 = getelementptr inbounds float, float* %1, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %69, 8
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = mul i64 %i, 3
  %79 = add i64 %78, %j
  %80 = add i64 %19, 0
  %81 = mul i64 %80, 1
  %82 = add i64 %81, %c
  %83 = mul i64 %82, 9
  %84 = add i64 %83, %79
  %85 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_8.weight to float*), i64 %84
  %86 = load float, float* %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %splat1 = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %88 = load <8 x float>, <8 x float>* %9, align 32
  %89 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %73, <8 x float> %88)
  store <8 x float> %89, <8 x float>* %9, align 32
  %90 = load <8 x float>, <8 x float>* %8, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %77, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit4, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit4 ]
  %92 = icmp slt i64 %xs, 1
  br i1 %92, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %93 = add i64 %19, 0
  %94 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_8.bias to float*), i64 %93
  %95 = load float, float* %94, align 4
  store float %95, float* %7, align 4
  br label %c.header2

xs.exit:                                          ; preds = %xs.header
  br label %xs.header19

c.header2:                                        ; preds = %i.exit8, %xs.body
  %c5 = phi i64 [ 0, %xs.body ], [ %c.next18, %i.exit8 ]
  %96 = icmp slt i64 %c5, 1
  br i1 %96, label %c.body3, label %c.exit4

c.body3:                                          ; preds = %c.header2
  %97 = mul i64 %c5, 196
  %98 = add i64 %23, %97
  br label %i.header6

c.exit4:                                          ; preds = %c.header2
  %99 = load float, float* %7, align 4
  %100 = fcmp ogt float %99, 0.000000e+00
  %101 = select i1 %100, float %99, float 0.000000e+00
  %102 = mul i64 %16, 512
  %103 = add i64 %19, 0
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %13
  %107 = mul i64 %106, 14
  %108 = add i64 %107, %xs
  %109 = getelementptr inbounds float, float* %0, i64 %108
  store float %101, float* %109, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header6:                                        ; preds = %endif11, %c.body3
  %i9 = phi i64 [ 0, %c.body3 ], [ %i.next17, %endif11 ]
  %110 = icmp slt i64 %i9, 3
  br i1 %110, label %i.body7, label %i.exit8

i.body7:                                          ; preds = %i.header6
  %111 = mul i64 %i9, 1
  %112 = add i64 %25, %111
  %113 = icmp sge i64 %112, 0
  %114 = icmp slt i64 %112, 14
  %115 = and i1 %113, %114
  br i1 %115, label %then10, label %endif11

i.exit8:                                          ; preds = %i.header6
  %c.next18 = add i64 %c5, 1
  br label %c.header2

then10:                                           ; preds = %i.body7
  %116 = mul i64 %112, 14
  %117 = add i64 %98, %116
  br label %j.header12

endif11:                                          ; preds = %j.exit14, %i.body7
  %i.next17 = add i64 %i9, 1
  br label %i.header6

j.header12:                                       ; preds = %j.body13, %then10
  %j15 = phi i64 [ 0, %then10 ], [ %j.next16, %j.body13 ]
  %118 = icmp slt i64 %j15, 3
  br i1 %118, label %j.body13, label %j.exit14

j.body13:                                         ; preds = %j.header12
  %119 = mul i64 %xs, 1
  %120 = mul i64 %j15, 1
  %121 = add i64 %119, %120
  %122 = sub i64 %121, 1
  %123 = icmp sge i64 %122, 0
  %124 = icmp slt i64 %122, 14
  %125 = and i1 %123, %124
  %126 = icmp sgt i64 %122, 0
  %127 = select i1 %126, i64 %122, i64 0
  %128 = icmp slt i64 %127, 13
  %129 = select i1 %128, i64 %127, i64 13
  %130 = add i64 %117, %129
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = load float, float* %131, align 4
  %133 = select i1 %125, float %132, float 0.000000e+00
  %134 = mul i64 %i9, 3
  %135 = add i64 %134, %j15
  %136 = add i64 %19, 0
  %137 = mul i64 %136, 1
  %138 = add i64 %137, %c5
  %139 = mul i64 %138, 9
  %140 = add i64 %139, %135
  %141 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_8.weight to float*), i64 %140
  %142 = load float, float* %141, align 4
  %143 = load float, float* %7, align 4
  %144 = call float @llvm.fma.f32(float %142, float %133, float %143)
  store float %144, float* %7, align 4
  %j.next16 = add i64 %j15, 1
  br label %j.header12

j.exit14:                                         ; preds = %j.header12
  br label %endif11

xs.header19:                                      ; preds = %c.exit25, %xs.exit
  %xs22 = phi i64 [ 13, %xs.exit ], [ %xs.next40, %c.exit25 ]
  %145 = icmp slt i64 %xs22, 14
  br i1 %145, label %xs.body20, label %xs.exit21

xs.body20:                                        ; preds = %xs.header19
  %146 = add i64 %19, 0
  %147 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_8.bias to float*), i64 %146
  %148 = load float, float* %147, align 4
  store float %148, float* %6, align 4
  br label %c.header23

xs.exit21:                                        ; preds = %xs.header19
  %task.next = add i64 %task, 1
  br label %task.header

c.header23:                                       ; preds = %i.exit29, %xs.body20
  %c26 = phi i64 [ 0, %xs.body20 ], [ %c.next39, %i.exit29 ]
  %149 = icmp slt i64 %c26, 1
  br i1 %149, label %c.body24, label %c.exit25

c.body24:                                         ; preds = %c.header23
  %150 = mul i64 %c26, 196
  %151 = add i64 %23, %150
  br label %i.header27

c.exit25:                                         ; preds = %c.header23
  %152 = load float, float* %6, align 4
  %153 = fcmp ogt float %152, 0.000000e+00
  %154 = select i1 %153, float %152, float 0.000000e+00
  %155 = mul i64 %16, 512
  %156 = add i64 %19, 0
  %157 = add i64 %155, %156
  %158 = mul i64 %157, 14
  %159 = add i64 %158, %13
  %160 = mul i64 %159, 14
  %161 = add i64 %160, %xs22
  %162 = getelementptr inbounds float, float* %0, i64 %161
  store float %154, float* %162, align 4
  %xs.next40 = add i64 %xs22, 1
  br label %xs.header19

i.header27:                                       ; preds = %endif32, %c.body24
  %i30 = phi i64 [ 0, %c.body24 ], [ %i.next38, %endif32 ]
  %163 = icmp slt i64 %i30, 3
  br i1 %163, label %i.body28, label %i.exit29

i.body28:                                         ; preds = %i.header27
  %164 = mul i64 %i30, 1
  %165 = add i64 %25, %164
  %166 = icmp sge i64 %165, 0
  %167 = icmp slt i64 %165, 14
  %168 = and i1 %166, %167
  br i1 %168, label %then31, label %endif32

i.exit29:                                         ; preds = %i.header27
  %c.next39 = add i64 %c26, 1
  br label %c.header23

then31:                                           ; preds = %i.body28
  %169 = mul i64 %165, 14
  %170 = add i64 %151, %169
  br label %j.header33

endif32:                                          ; preds = %j.exit35, %i.body28
  %i.next38 = add i64 %i30, 1
  br label %i.header27

j.header33:                                       ; preds = %j.body34, %then31
  %j36 = phi i64 [ 0, %then31 ], [ %j.next37, %j.body34 ]
  %171 = icmp slt i64 %j36, 3
  br i1 %171, label %j.body34, label %j.exit35

j.body34:                                         ; preds = %j.header33
  %172 = mul i64 %xs22, 1
  %173 = mul i64 %j36, 1
  %174 = add i64 %172, %173
  %175 = sub i64 %174, 1
  %176 = icmp sge i64 %175, 0
  %177 = icmp slt i64 %175, 14
  %178 = and i1 %176, %177
  %179 = icmp sgt i64 %175, 0
  %180 = select i1 %179, i64 %175, i64 0
  %181 = icmp slt i64 %180, 13
  %182 = select i1 %181, i64 %180, i64 13
  %183 = add i64 %170, %182
  %184 = getelementptr inbounds float, float* %1, i64 %183
  %185 = load float, float* %184, align 4
  %186 = select i1 %178, float %185, float 0.000000e+00
  %187 = mul i64 %i30, 3
  %188 = add i64 %187, %j36
  %189 = add i64 %19, 0
  %190 = mul i64 %189, 1
  %191 = add i64 %190, %c26
  %192 = mul i64 %191, 9
  %193 = add i64 %192, %188
  %194 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_8.weight to float*), i64 %193
  %195 = load float, float* %194, align 4
  %196 = load float, float* %6, align 4
  %197 = call float @llvm.fma.f32(float %195, float %186, float %196)
  store float %197, float* %6, align 4
  %j.next37 = add i64 %j36, 1
  br label %j.header33

j.exit35:                                         ; preds = %j.header33
  br label %endif32
}

; Function Attrs: nounwind
define internal void @node15.depthwiseConv2d_8.step0(i8* %0) #2 {
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
  call void @node15.depthwiseConv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.conv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %66
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
  %70 = icmp slt i64 %c, 512
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 196
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 512
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 512
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 512
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 512
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %104
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
  %113 = mul i64 %28, 512
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 196
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 512
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 196
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 512
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 196
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 512
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 196
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 512
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 196
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
  %171 = mul i64 %170, 512
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %172
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
  %183 = mul i64 %182, 512
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %184
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
  %195 = mul i64 %194, 512
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %196
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
  %207 = mul i64 %206, 512
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_9.weight to float*), i64 %208
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
  %221 = mul i64 %28, 512
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 196
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 512
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 196
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 512
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 196
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 512
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 196
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 512
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 196
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 512
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 196
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 512
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 196
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 512
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 196
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 512
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 196
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 512
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 196
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 512
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 196
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 512
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 196
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node16.conv2d_9.step0(i8* %0) #2 {
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
  call void @node16.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.depthwiseConv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit21, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit21 ]
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
  %26 = add i64 %19, 0
  %27 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_9.bias to float*), i64 %26
  %28 = load float, float* %27, align 4
  %29 = insertelement <8 x float> undef, float %28, i32 0
  %splat = shufflevector <8 x float> %29, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %9, align 32
  store <8 x float> %splat, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %30 = icmp slt i64 %c, 1
  br i1 %30, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %31 = mul i64 %c, 196
  %32 = add i64 %23, %31
  br label %i.header

c.exit:                                           ; preds = %c.header
  %33 = load <8 x float>, <8 x float>* %9, align 32
  %34 = fcmp ogt <8 x float> %33, zeroinitializer
  %35 = select <8 x i1> %34, <8 x float> %33, <8 x float> zeroinitializer
  %36 = mul i64 %16, 512
  %37 = add i64 %19, 0
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 14
  %40 = add i64 %39, %13
  %41 = mul i64 %40, 14
  %42 = add i64 %41, 1
  %43 = getelementptr inbounds float, float* %0, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %35, <8 x float>* %44, align 4
  %45 = load <8 x float>, <8 x float>* %8, align 32
  %46 = fcmp ogt <8 x float> %45, zeroinitializer
  %47 = select <8 x i1> %46, <8 x float> %45, <8 x float> zeroinitializer
  %48 = mul i64 %16, 512
  %49 = add i64 %19, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 14
  %52 = add i64 %51, %13
  %53 = mul i64 %52, 14
  %54 = add i64 %53, 9
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %47, <8 x float>* %56, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %57 = icmp slt i64 %i, 3
  br i1 %57, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %58 = mul i64 %i, 1
  %59 = add i64 %25, %58
  %60 = icmp sge i64 %59, 0
  %61 = icmp slt i64 %59, 14
  %62 = and i1 %60, %61
  br i1 %62, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %63 = mul i64 %59, 14
  %64 = add i64 %32, %63
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %65 = icmp slt i64 %j, 3
  br i1 %65, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %66 = mul i64 %j, 1
  %67 = add i64 1, %66
  %68 = sub i64 %67, 1
  %69 = add i64 %64, %68
  %70 = add i64 %69, 0
  %71 = getelementptr inbounds float, float* %1, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %69, 8
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = mul i64 %i, 3
  %79 = add i64 %78, %j
  %80 = add i64 %19, 0
  %81 = mul i64 %80, 1
  %82 = add i64 %81, %c
  %83 = mul i64 %82, 9
  %84 = add i64 %83, %79
  %85 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_9.weight to float*), i64 %84
  %86 = load float, float* %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %splat1 = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %88 = load <8 x float>, <8 x float>* %9, align 32
  %89 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %73, <8 x float> %88)
  store <8 x float> %89, <8 x float>* %9, align 32
  %90 = load <8 x float>, <8 x float>* %8, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %77, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit4, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit4 ]
  %92 = icmp slt i64 %xs, 1
  br i1 %92, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %93 = add i64 %19, 0
  %94 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_9.bias to float*), i64 %93
  %95 = load float, float* %94, align 4
  store float %95, float* %7, align 4
  br label %c.header2

xs.exit:                                          ; preds = %xs.header
  br label %xs.header19

c.header2:                                        ; preds = %i.exit8, %xs.body
  %c5 = phi i64 [ 0, %xs.body ], [ %c.next18, %i.exit8 ]
  %96 = icmp slt i64 %c5, 1
  br i1 %96, label %c.body3, label %c.exit4

c.body3:                                          ; preds = %c.header2
  %97 = mul i64 %c5, 196
  %98 = add i64 %23, %97
  br label %i.header6

c.exit4:                                          ; preds = %c.header2
  %99 = load float, float* %7, align 4
  %100 = fcmp ogt float %99, 0.000000e+00
  %101 = select i1 %100, float %99, float 0.000000e+00
  %102 = mul i64 %16, 512
  %103 = add i64 %19, 0
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %13
  %107 = mul i64 %106, 14
  %108 = add i64 %107, %xs
  %109 = getelementptr inbounds float, float* %0, i64 %108
  store float %101, float* %109, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header6:                                        ; preds = %endif11, %c.body3
  %i9 = phi i64 [ 0, %c.body3 ], [ %i.next17, %endif11 ]
  %110 = icmp slt i64 %i9, 3
  br i1 %110, label %i.body7, label %i.exit8

i.body7:                                          ; preds = %i.header6
  %111 = mul i64 %i9, 1
  %112 = add i64 %25, %111
  %113 = icmp sge i64 %112, 0
  %114 = icmp slt i64 %112, 14
  %115 = and i1 %113, %114
  br i1 %115, label %then10, label %endif11

i.exit8:                                          ; preds = %i.header6
  %c.next18 = add i64 %c5, 1
  br label %c.header2

then10:                                           ; preds = %i.body7
  %116 = mul i64 %112, 14
  %117 = add i64 %98, %116
  br label %j.header12

endif11:                                          ; preds = %j.exit14, %i.body7
  %i.next17 = add i64 %i9, 1
  br label %i.header6

j.header12:                                       ; preds = %j.body13, %then10
  %j15 = phi i64 [ 0, %then10 ], [ %j.next16, %j.body13 ]
  %118 = icmp slt i64 %j15, 3
  br i1 %118, label %j.body13, label %j.exit14

j.body13:                                         ; preds = %j.header12
  %119 = mul i64 %xs, 1
  %120 = mul i64 %j15, 1
  %121 = add i64 %119, %120
  %122 = sub i64 %121, 1
  %123 = icmp sge i64 %122, 0
  %124 = icmp slt i64 %122, 14
  %125 = and i1 %123, %124
  %126 = icmp sgt i64 %122, 0
  %127 = select i1 %126, i64 %122, i64 0
  %128 = icmp slt i64 %127, 13
  %129 = select i1 %128, i64 %127, i64 13
  %130 = add i64 %117, %129
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = load float, float* %131, align 4
  %133 = select i1 %125, float %132, float 0.000000e+00
  %134 = mul i64 %i9, 3
  %135 = add i64 %134, %j15
  %136 = add i64 %19, 0
  %137 = mul i64 %136, 1
  %138 = add i64 %137, %c5
  %139 = mul i64 %138, 9
  %140 = add i64 %139, %135
  %141 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_9.weight to float*), i64 %140
  %142 = load float, float* %141, align 4
  %143 = load float, float* %7, align 4
  %144 = call float @llvm.fma.f32(float %142, float %133, float %143)
  store float %144, float* %7, align 4
  %j.next16 = add i64 %j15, 1
  br label %j.header12

j.exit14:                                         ; preds = %j.header12
  br label %endif11

xs.header19:                                      ; preds = %c.exit25, %xs.exit
  %xs22 = phi i64 [ 13, %xs.exit ], [ %xs.next40, %c.exit25 ]
  %145 = icmp slt i64 %xs22, 14
  br i1 %145, label %xs.body20, label %xs.exit21

xs.body20:                                        ; preds = %xs.header19
  %146 = add i64 %19, 0
  %147 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_9.bias to float*), i64 %146
  %148 = load float, float* %147, align 4
  store float %148, float* %6, align 4
  br label %c.header23

xs.exit21:                                        ; preds = %xs.header19
  %task.next = add i64 %task, 1
  br label %task.header

c.header23:                                       ; preds = %i.exit29, %xs.body20
  %c26 = phi i64 [ 0, %xs.body20 ], [ %c.next39, %i.exit29 ]
  %149 = icmp slt i64 %c26, 1
  br i1 %149, label %c.body24, label %c.exit25

c.body24:                                         ; preds = %c.header23
  %150 = mul i64 %c26, 196
  %151 = add i64 %23, %150
  br label %i.header27

c.exit25:                                         ; preds = %c.header23
  %152 = load float, float* %6, align 4
  %153 = fcmp ogt float %152, 0.000000e+00
  %154 = select i1 %153, float %152, float 0.000000e+00
  %155 = mul i64 %16, 512
  %156 = add i64 %19, 0
  %157 = add i64 %155, %156
  %158 = mul i64 %157, 14
  %159 = add i64 %158, %13
  %160 = mul i64 %159, 14
  %161 = add i64 %160, %xs22
  %162 = getelementptr inbounds float, float* %0, i64 %161
  store float %154, float* %162, align 4
  %xs.next40 = add i64 %xs22, 1
  br label %xs.header19

i.header27:                                       ; preds = %endif32, %c.body24
  %i30 = phi i64 [ 0, %c.body24 ], [ %i.next38, %endif32 ]
  %163 = icmp slt i64 %i30, 3
  br i1 %163, label %i.body28, label %i.exit29

i.body28:                                         ; preds = %i.header27
  %164 = mul i64 %i30, 1
  %165 = add i64 %25, %164
  %166 = icmp sge i64 %165, 0
  %167 = icmp slt i64 %165, 14
  %168 = and i1 %166, %167
  br i1 %168, label %then31, label %endif32

i.exit29:                                         ; preds = %i.header27
  %c.next39 = add i64 %c26, 1
  br label %c.header23

then31:                                           ; preds = %i.body28
  %169 = mul i64 %165, 14
  %170 = add i64 %151, %169
  br label %j.header33

endif32:                                          ; preds = %j.exit35, %i.body28
  %i.next38 = add i64 %i30, 1
  br label %i.header27

j.header33:                                       ; preds = %j.body34, %then31
  %j36 = phi i64 [ 0, %then31 ], [ %j.next37, %j.body34 ]
  %171 = icmp slt i64 %j36, 3
  br i1 %171, label %j.body34, label %j.exit35

j.body34:                                         ; preds = %j.header33
  %172 = mul i64 %xs22, 1
  %173 = mul i64 %j36, 1
  %174 = add i64 %172, %173
  %175 = sub i64 %174, 1
  %176 = icmp sge i64 %175, 0
  %177 = icmp slt i64 %175, 14
  %178 = and i1 %176, %177
  %179 = icmp sgt i64 %175, 0
  %180 = select i1 %179, i64 %175, i64 0
  %181 = icmp slt i64 %180, 13
  %182 = select i1 %181, i64 %180, i64 13
  %183 = add i64 %170, %182
  %184 = getelementptr inbounds float, float* %1, i64 %183
  %185 = load float, float* %184, align 4
  %186 = select i1 %178, float %185, float 0.000000e+00
  %187 = mul i64 %i30, 3
  %188 = add i64 %187, %j36
  %189 = add i64 %19, 0
  %190 = mul i64 %189, 1
  %191 = add i64 %190, %c26
  %192 = mul i64 %191, 9
  %193 = add i64 %192, %188
  %194 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_9.weight to float*), i64 %193
  %195 = load float, float* %194, align 4
  %196 = load float, float* %6, align 4
  %197 = call float @llvm.fma.f32(float %195, float %186, float %196)
  store float %197, float* %6, align 4
  %j.next37 = add i64 %j36, 1
  br label %j.header33

j.exit35:                                         ; preds = %j.header33
  br label %endif32
}

; Function Attrs: nounwind
define internal void @node17.depthwiseConv2d_9.step0(i8* %0) #2 {
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
  call void @node17.depthwiseConv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.conv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %66
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
  %70 = icmp slt i64 %c, 512
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 196
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 512
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 512
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 512
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 512
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %104
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
  %113 = mul i64 %28, 512
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 196
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 512
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 196
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 512
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 196
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 512
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 196
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 512
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 196
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
  %171 = mul i64 %170, 512
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %172
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
  %183 = mul i64 %182, 512
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %184
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
  %195 = mul i64 %194, 512
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %196
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
  %207 = mul i64 %206, 512
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_10.weight to float*), i64 %208
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
  %221 = mul i64 %28, 512
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 196
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 512
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 196
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 512
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 196
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 512
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 196
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 512
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 196
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 512
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 196
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 512
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 196
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 512
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 196
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 512
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 196
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 512
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 196
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 512
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 196
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 512
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 196
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node18.conv2d_10.step0(i8* %0) #2 {
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
  call void @node18.conv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node19.depthwiseConv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit21, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit21 ]
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
  %26 = add i64 %19, 0
  %27 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_10.bias to float*), i64 %26
  %28 = load float, float* %27, align 4
  %29 = insertelement <8 x float> undef, float %28, i32 0
  %splat = shufflevector <8 x float> %29, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %9, align 32
  store <8 x float> %splat, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %30 = icmp slt i64 %c, 1
  br i1 %30, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %31 = mul i64 %c, 196
  %32 = add i64 %23, %31
  br label %i.header

c.exit:                                           ; preds = %c.header
  %33 = load <8 x float>, <8 x float>* %9, align 32
  %34 = fcmp ogt <8 x float> %33, zeroinitializer
  %35 = select <8 x i1> %34, <8 x float> %33, <8 x float> zeroinitializer
  %36 = mul i64 %16, 512
  %37 = add i64 %19, 0
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 14
  %40 = add i64 %39, %13
  %41 = mul i64 %40, 14
  %42 = add i64 %41, 1
  %43 = getelementptr inbounds float, float* %0, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %35, <8 x float>* %44, align 4
  %45 = load <8 x float>, <8 x float>* %8, align 32
  %46 = fcmp ogt <8 x float> %45, zeroinitializer
  %47 = select <8 x i1> %46, <8 x float> %45, <8 x float> zeroinitializer
  %48 = mul i64 %16, 512
  %49 = add i64 %19, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 14
  %52 = add i64 %51, %13
  %53 = mul i64 %52, 14
  %54 = add i64 %53, 9
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %47, <8 x float>* %56, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %57 = icmp slt i64 %i, 3
  br i1 %57, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %58 = mul i64 %i, 1
  %59 = add i64 %25, %58
  %60 = icmp sge i64 %59, 0
  %61 = icmp slt i64 %59, 14
  %62 = and i1 %60, %61
  br i1 %62, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %63 = mul i64 %59, 14
  %64 = add i64 %32, %63
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %65 = icmp slt i64 %j, 3
  br i1 %65, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %66 = mul i64 %j, 1
  %67 = add i64 1, %66
  %68 = sub i64 %67, 1
  %69 = add i64 %64, %68
  %70 = add i64 %69, 0
  %71 = getelementptr inbounds float, float* %1, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %69, 8
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = mul i64 %i, 3
  %79 = add i64 %78, %j
  %80 = add i64 %19, 0
  %81 = mul i64 %80, 1
  %82 = add i64 %81, %c
  %83 = mul i64 %82, 9
  %84 = add i64 %83, %79
  %85 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_10.weight to float*), i64 %84
  %86 = load float, float* %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %splat1 = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %88 = load <8 x float>, <8 x float>* %9, align 32
  %89 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %73, <8 x float> %88)
  store <8 x float> %89, <8 x float>* %9, align 32
  %90 = load <8 x float>, <8 x float>* %8, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %77, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit4, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit4 ]
  %92 = icmp slt i64 %xs, 1
  br i1 %92, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %93 = add i64 %19, 0
  %94 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_10.bias to float*), i64 %93
  %95 = load float, float* %94, align 4
  store float %95, float* %7, align 4
  br label %c.header2

xs.exit:                                          ; preds = %xs.header
  br label %xs.header19

c.header2:                                        ; preds = %i.exit8, %xs.body
  %c5 = phi i64 [ 0, %xs.body ], [ %c.next18, %i.exit8 ]
  %96 = icmp slt i64 %c5, 1
  br i1 %96, label %c.body3, label %c.exit4

c.body3:                                          ; preds = %c.header2
  %97 = mul i64 %c5, 196
  %98 = add i64 %23, %97
  br label %i.header6

c.exit4:                                          ; preds = %c.header2
  %99 = load float, float* %7, align 4
  %100 = fcmp ogt float %99, 0.000000e+00
  %101 = select i1 %100, float %99, float 0.000000e+00
  %102 = mul i64 %16, 512
  %103 = add i64 %19, 0
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %13
  %107 = mul i64 %106, 14
  %108 = add i64 %107, %xs
  %109 = getelementptr inbounds float, float* %0, i64 %108
  store float %101, float* %109, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header6:                                        ; preds = %endif11, %c.body3
  %i9 = phi i64 [ 0, %c.body3 ], [ %i.next17, %endif11 ]
  %110 = icmp slt i64 %i9, 3
  br i1 %110, label %i.body7, label %i.exit8

i.body7:                                          ; preds = %i.header6
  %111 = mul i64 %i9, 1
  %112 = add i64 %25, %111
  %113 = icmp sge i64 %112, 0
  %114 = icmp slt i64 %112, 14
  %115 = and i1 %113, %114
  br i1 %115, label %then10, label %endif11

i.exit8:                                          ; preds = %i.header6
  %c.next18 = add i64 %c5, 1
  br label %c.header2

then10:                                           ; preds = %i.body7
  %116 = mul i64 %112, 14
  %117 = add i64 %98, %116
  br label %j.header12

endif11:                                          ; preds = %j.exit14, %i.body7
  %i.next17 = add i64 %i9, 1
  br label %i.header6

j.header12:                                       ; preds = %j.body13, %then10
  %j15 = phi i64 [ 0, %then10 ], [ %j.next16, %j.body13 ]
  %118 = icmp slt i64 %j15, 3
  br i1 %118, label %j.body13, label %j.exit14

j.body13:                                         ; preds = %j.header12
  %119 = mul i64 %xs, 1
  %120 = mul i64 %j15, 1
  %121 = add i64 %119, %120
  %122 = sub i64 %121, 1
  %123 = icmp sge i64 %122, 0
  %124 = icmp slt i64 %122, 14
  %125 = and i1 %123, %124
  %126 = icmp sgt i64 %122, 0
  %127 = select i1 %126, i64 %122, i64 0
  %128 = icmp slt i64 %127, 13
  %129 = select i1 %128, i64 %127, i64 13
  %130 = add i64 %117, %129
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = load float, float* %131, align 4
  %133 = select i1 %125, float %132, float 0.000000e+00
  %134 = mul i64 %i9, 3
  %135 = add i64 %134, %j15
  %136 = add i64 %19, 0
  %137 = mul i64 %136, 1
  %138 = add i64 %137, %c5
  %139 = mul i64 %138, 9
  %140 = add i64 %139, %135
  %141 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_10.weight to float*), i64 %140
  %142 = load float, float* %141, align 4
  %143 = load float, float* %7, align 4
  %144 = call float @llvm.fma.f32(float %142, float %133, float %143)
  store float %144, float* %7, align 4
  %j.next16 = add i64 %j15, 1
  br label %j.header12

j.exit14:                                         ; preds = %j.header12
  br label %endif11

xs.header19:                                      ; preds = %c.exit25, %xs.exit
  %xs22 = phi i64 [ 13, %xs.exit ], [ %xs.next40, %c.exit25 ]
  %145 = icmp slt i64 %xs22, 14
  br i1 %145, label %xs.body20, label %xs.exit21

xs.body20:                                        ; preds = %xs.header19
  %146 = add i64 %19, 0
  %147 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_10.bias to float*), i64 %146
  %148 = load float, float* %147, align 4
  store float %148, float* %6, align 4
  br label %c.header23

xs.exit21:                                        ; preds = %xs.header19
  %task.next = add i64 %task, 1
  br label %task.header

c.header23:                                       ; preds = %i.exit29, %xs.body20
  %c26 = phi i64 [ 0, %xs.body20 ], [ %c.next39, %i.exit29 ]
  %149 = icmp slt i64 %c26, 1
  br i1 %149, label %c.body24, label %c.exit25

c.body24:                                         ; preds = %c.header23
  %150 = mul i64 %c26, 196
  %151 = add i64 %23, %150
  br label %i.header27

c.exit25:                                         ; preds = %c.header23
  %152 = load float, float* %6, align 4
  %153 = fcmp ogt float %152, 0.000000e+00
  %154 = select i1 %153, float %152, float 0.000000e+00
  %155 = mul i64 %16, 512
  %156 = add i64 %19, 0
  %157 = add i64 %155, %156
  %158 = mul i64 %157, 14
  %159 = add i64 %158, %13
  %160 = mul i64 %159, 14
  %161 = add i64 %160, %xs22
  %162 = getelementptr inbounds float, float* %0, i64 %161
  store float %154, float* %162, align 4
  %xs.next40 = add i64 %xs22, 1
  br label %xs.header19

i.header27:                                       ; preds = %endif32, %c.body24
  %i30 = phi i64 [ 0, %c.body24 ], [ %i.next38, %endif32 ]
  %163 = icmp slt i64 %i30, 3
  br i1 %163, label %i.body28, label %i.exit29

i.body28:                                         ; preds = %i.header27
  %164 = mul i64 %i30, 1
  %165 = add i64 %25, %164
  %166 = icmp sge i64 %165, 0
  %167 = icmp slt i64 %165, 14
  %168 = and i1 %166, %167
  br i1 %168, label %then31, label %endif32

i.exit29:                                         ; preds = %i.header27
  %c.next39 = add i64 %c26, 1
  br label %c.header23

then31:                                           ; preds = %i.body28
  %169 = mul i64 %165, 14
  %170 = add i64 %151, %169
  br label %j.header33

endif32:                                          ; preds = %j.exit35, %i.body28
  %i.next38 = add i64 %i30, 1
  br label %i.header27

j.header33:                                       ; preds = %j.body34, %then31
  %j36 = phi i64 [ 0, %then31 ], [ %j.next37, %j.body34 ]
  %171 = icmp slt i64 %j36, 3
  br i1 %171, label %j.body34, label %j.exit35

j.body34:                                         ; preds = %j.header33
  %172 = mul i64 %xs22, 1
  %173 = mul i64 %j36, 1
  %174 = add i64 %172, %173
  %175 = sub i64 %174, 1
  %176 = icmp sge i64 %175, 0
  %177 = icmp slt i64 %175, 14
  %178 = and i1 %176, %177
  %179 = icmp sgt i64 %175, 0
  %180 = select i1 %179, i64 %175, i64 0
  %181 = icmp slt i64 %180, 13
  %182 = select i1 %181, i64 %180, i64 13
  %183 = add i64 %170, %182
  %184 = getelementptr inbounds float, float* %1, i64 %183
  %185 = load float, float* %184, align 4
  %186 = select i1 %178, float %185, float 0.000000e+00
  %187 = mul i64 %i30, 3
  %188 = add i64 %187, %j36
  %189 = add i64 %19, 0
  %190 = mul i64 %189, 1
  %191 = add i64 %190, %c26
  %192 = mul i64 %191, 9
  %193 = add i64 %192, %188
  %194 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_10.weight to float*), i64 %193
  %195 = load float, float* %194, align 4
  %196 = load float, float* %6, align 4
  %197 = call float @llvm.fma.f32(float %195, float %186, float %196)
  store float %197, float* %6, align 4
  %j.next37 = add i64 %j36, 1
  br label %j.header33

j.exit35:                                         ; preds = %j.header33
  br label %endif32
}

; Function Attrs: nounwind
define internal void @node19.depthwiseConv2d_10.step0(i8* %0) #2 {
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
  call void @node19.depthwiseConv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node20.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %66
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
  %70 = icmp slt i64 %c, 512
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 196
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 512
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 512
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 512
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 512
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %104
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
  %113 = mul i64 %28, 512
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 196
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 512
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 196
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 512
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 196
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 512
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 196
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 512
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 196
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
  %171 = mul i64 %170, 512
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %172
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
  %183 = mul i64 %182, 512
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %184
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
  %195 = mul i64 %194, 512
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %196
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
  %207 = mul i64 %206, 512
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_11.weight to float*), i64 %208
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
  %221 = mul i64 %28, 512
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 196
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 512
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 196
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 512
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 196
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 512
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 196
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 512
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 196
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 512
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 196
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 512
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 196
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 512
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 196
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 512
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 196
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 512
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 196
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 512
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 196
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 512
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 196
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node20.conv2d_11.step0(i8* %0) #2 {
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
  call void @node20.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node21.depthwiseConv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit21, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit21 ]
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
  %26 = add i64 %19, 0
  %27 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_11.bias to float*), i64 %26
  %28 = load float, float* %27, align 4
  %29 = insertelement <8 x float> undef, float %28, i32 0
  %splat = shufflevector <8 x float> %29, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %9, align 32
  store <8 x float> %splat, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %30 = icmp slt i64 %c, 1
  br i1 %30, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %31 = mul i64 %c, 196
  %32 = add i64 %23, %31
  br label %i.header

c.exit:                                           ; preds = %c.header
  %33 = load <8 x float>, <8 x float>* %9, align 32
  %34 = fcmp ogt <8 x float> %33, zeroinitializer
  %35 = select <8 x i1> %34, <8 x float> %33, <8 x float> zeroinitializer
  %36 = mul i64 %16, 512
  %37 = add i64 %19, 0
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 14
  %40 = add i64 %39, %13
  %41 = mul i64 %40, 14
  %42 = add i64 %41, 1
  %43 = getelementptr inbounds float, float* %0, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %35, <8 x float>* %44, align 4
  %45 = load <8 x float>, <8 x float>* %8, align 32
  %46 = fcmp ogt <8 x float> %45, zeroinitializer
  %47 = select <8 x i1> %46, <8 x float> %45, <8 x float> zeroinitializer
  %48 = mul i64 %16, 512
  %49 = add i64 %19, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 14
  %52 = add i64 %51, %13
  %53 = mul i64 %52, 14
  %54 = add i64 %53, 9
  %55 = getelementptr inbounds float, float* %0, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %47, <8 x float>* %56, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %57 = icmp slt i64 %i, 3
  br i1 %57, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %58 = mul i64 %i, 1
  %59 = add i64 %25, %58
  %60 = icmp sge i64 %59, 0
  %61 = icmp slt i64 %59, 14
  %62 = and i1 %60, %61
  br i1 %62, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %63 = mul i64 %59, 14
  %64 = add i64 %32, %63
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %65 = icmp slt i64 %j, 3
  br i1 %65, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %66 = mul i64 %j, 1
  %67 = add i64 1, %66
  %68 = sub i64 %67, 1
  %69 = add i64 %64, %68
  %70 = add i64 %69, 0
  %71 = getelementptr inbounds float, float* %1, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %69, 8
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = mul i64 %i, 3
  %79 = add i64 %78, %j
  %80 = add i64 %19, 0
  %81 = mul i64 %80, 1
  %82 = add i64 %81, %c
  %83 = mul i64 %82, 9
  %84 = add i64 %83, %79
  %85 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_11.weight to float*), i64 %84
  %86 = load float, float* %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %splat1 = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %88 = load <8 x float>, <8 x float>* %9, align 32
  %89 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %73, <8 x float> %88)
  store <8 x float> %89, <8 x float>* %9, align 32
  %90 = load <8 x float>, <8 x float>* %8, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %77, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit4, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit4 ]
  %92 = icmp slt i64 %xs, 1
  br i1 %92, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %93 = add i64 %19, 0
  %94 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_11.bias to float*), i64 %93
  %95 = load float, float* %94, align 4
  store float %95, float* %7, align 4
  br label %c.header2

xs.exit:                                          ; preds = %xs.header
  br label %xs.header19

c.header2:                                        ; preds = %i.exit8, %xs.body
  %c5 = phi i64 [ 0, %xs.body ], [ %c.next18, %i.exit8 ]
  %96 = icmp slt i64 %c5, 1
  br i1 %96, label %c.body3, label %c.exit4

c.body3:                                          ; preds = %c.header2
  %97 = mul i64 %c5, 196
  %98 = add i64 %23, %97
  br label %i.header6

c.exit4:                                          ; preds = %c.header2
  %99 = load float, float* %7, align 4
  %100 = fcmp ogt float %99, 0.000000e+00
  %101 = select i1 %100, float %99, float 0.000000e+00
  %102 = mul i64 %16, 512
  %103 = add i64 %19, 0
  %104 = add i64 %102, %103
  %105 = mul i64 %104, 14
  %106 = add i64 %105, %13
  %107 = mul i64 %106, 14
  %108 = add i64 %107, %xs
  %109 = getelementptr inbounds float, float* %0, i64 %108
  store float %101, float* %109, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header6:                                        ; preds = %endif11, %c.body3
  %i9 = phi i64 [ 0, %c.body3 ], [ %i.next17, %endif11 ]
  %110 = icmp slt i64 %i9, 3
  br i1 %110, label %i.body7, label %i.exit8

i.body7:                                          ; preds = %i.header6
  %111 = mul i64 %i9, 1
  %112 = add i64 %25, %111
  %113 = icmp sge i64 %112, 0
  %114 = icmp slt i64 %112, 14
  %115 = and i1 %113, %114
  br i1 %115, label %then10, label %endif11

i.exit8:                                          ; preds = %i.header6
  %c.next18 = add i64 %c5, 1
  br label %c.header2

then10:                                           ; preds = %i.body7
  %116 = mul i64 %112, 14
  %117 = add i64 %98, %116
  br label %j.header12

endif11:                                          ; preds = %j.exit14, %i.body7
  %i.next17 = add i64 %i9, 1
  br label %i.header6

j.header12:                                       ; preds = %j.body13, %then10
  %j15 = phi i64 [ 0, %then10 ], [ %j.next16, %j.body13 ]
  %118 = icmp slt i64 %j15, 3
  br i1 %118, label %j.body13, label %j.exit14

j.body13:                                         ; preds = %j.header12
  %119 = mul i64 %xs, 1
  %120 = mul i64 %j15, 1
  %121 = add i64 %119, %120
  %122 = sub i64 %121, 1
  %123 = icmp sge i64 %122, 0
  %124 = icmp slt i64 %122, 14
  %125 = and i1 %123, %124
  %126 = icmp sgt i64 %122, 0
  %127 = select i1 %126, i64 %122, i64 0
  %128 = icmp slt i64 %127, 13
  %129 = select i1 %128, i64 %127, i64 13
  %130 = add i64 %117, %129
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = load float, float* %131, align 4
  %133 = select i1 %125, float %132, float 0.000000e+00
  %134 = mul i64 %i9, 3
  %135 = add i64 %134, %j15
  %136 = add i64 %19, 0
  %137 = mul i64 %136, 1
  %138 = add i64 %137, %c5
  %139 = mul i64 %138, 9
  %140 = add i64 %139, %135
  %141 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_11.weight to float*), i64 %140
  %142 = load float, float* %141, align 4
  %143 = load float, float* %7, align 4
  %144 = call float @llvm.fma.f32(float %142, float %133, float %143)
  store float %144, float* %7, align 4
  %j.next16 = add i64 %j15, 1
  br label %j.header12

j.exit14:                                         ; preds = %j.header12
  br label %endif11

xs.header19:                                      ; preds = %c.exit25, %xs.exit
  %xs22 = phi i64 [ 13, %xs.exit ], [ %xs.next40, %c.exit25 ]
  %145 = icmp slt i64 %xs22, 14
  br i1 %145, label %xs.body20, label %xs.exit21

xs.body20:                                        ; preds = %xs.header19
  %146 = add i64 %19, 0
  %147 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_11.bias to float*), i64 %146
  %148 = load float, float* %147, align 4
  store float %148, float* %6, align 4
  br label %c.header23

xs.exit21:                                        ; preds = %xs.header19
  %task.next = add i64 %task, 1
  br label %task.header

c.header23:                                       ; preds = %i.exit29, %xs.body20
  %c26 = phi i64 [ 0, %xs.body20 ], [ %c.next39, %i.exit29 ]
  %149 = icmp slt i64 %c26, 1
  br i1 %149, label %c.body24, label %c.exit25

c.body24:                                         ; preds = %c.header23
  %150 = mul i64 %c26, 196
  %151 = add i64 %23, %150
  br label %i.header27

c.exit25:                                         ; preds = %c.header23
  %152 = load float, float* %6, align 4
  %153 = fcmp ogt float %152, 0.000000e+00
  %154 = select i1 %153, float %152, float 0.000000e+00
  %155 = mul i64 %16, 512
  %156 = add i64 %19, 0
  %157 = add i64 %155, %156
  %158 = mul i64 %157, 14
  %159 = add i64 %158, %13
  %160 = mul i64 %159, 14
  %161 = add i64 %160, %xs22
  %162 = getelementptr inbounds float, float* %0, i64 %161
  store float %154, float* %162, align 4
  %xs.next40 = add i64 %xs22, 1
  br label %xs.header19

i.header27:                                       ; preds = %endif32, %c.body24
  %i30 = phi i64 [ 0, %c.body24 ], [ %i.next38, %endif32 ]
  %163 = icmp slt i64 %i30, 3
  br i1 %163, label %i.body28, label %i.exit29

i.body28:                                         ; preds = %i.header27
  %164 = mul i64 %i30, 1
  %165 = add i64 %25, %164
  %166 = icmp sge i64 %165, 0
  %167 = icmp slt i64 %165, 14
  %168 = and i1 %166, %167
  br i1 %168, label %then31, label %endif32

i.exit29:                                         ; preds = %i.header27
  %c.next39 = add i64 %c26, 1
  br label %c.header23

then31:                                           ; preds = %i.body28
  %169 = mul i64 %165, 14
  %170 = add i64 %151, %169
  br label %j.header33

endif32:                                          ; preds = %j.exit35, %i.body28
  %i.next38 = add i64 %i30, 1
  br label %i.header27

j.header33:                                       ; preds = %j.body34, %then31
  %j36 = phi i64 [ 0, %then31 ], [ %j.next37, %j.body34 ]
  %171 = icmp slt i64 %j36, 3
  br i1 %171, label %j.body34, label %j.exit35

j.body34:                                         ; preds = %j.header33
  %172 = mul i64 %xs22, 1
  %173 = mul i64 %j36, 1
  %174 = add i64 %172, %173
  %175 = sub i64 %174, 1
  %176 = icmp sge i64 %175, 0
  %177 = icmp slt i64 %175, 14
  %178 = and i1 %176, %177
  %179 = icmp sgt i64 %175, 0
  %180 = select i1 %179, i64 %175, i64 0
  %181 = icmp slt i64 %180, 13
  %182 = select i1 %181, i64 %180, i64 13
  %183 = add i64 %170, %182
  %184 = getelementptr inbounds float, float* %1, i64 %183
  %185 = load float, float* %184, align 4
  %186 = select i1 %178, float %185, float 0.000000e+00
  %187 = mul i64 %i30, 3
  %188 = add i64 %187, %j36
  %189 = add i64 %19, 0
  %190 = mul i64 %189, 1
  %191 = add i64 %190, %c26
  %192 = mul i64 %191, 9
  %193 = add i64 %192, %188
  %194 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_11.weight to float*), i64 %193
  %195 = load float, float* %194, align 4
  %196 = load float, float* %6, align 4
  %197 = call float @llvm.fma.f32(float %195, float %186, float %196)
  store float %197, float* %6, align 4
  %j.next37 = add i64 %j36, 1
  br label %j.header33

j.exit35:                                         ; preds = %j.header33
  br label %endif32
}

; Function Attrs: nounwind
define internal void @node21.depthwiseConv2d_11.step0(i8* %0) #2 {
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
  call void @node21.depthwiseConv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node22.conv2d_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %66
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
  %70 = icmp slt i64 %c, 512
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 196
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 512
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 512
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 512
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 512
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %104
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
  %113 = mul i64 %28, 512
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 196
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 512
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 196
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 512
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 196
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 512
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 196
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 512
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 196
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
  %171 = mul i64 %170, 512
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %172
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
  %183 = mul i64 %182, 512
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %184
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
  %195 = mul i64 %194, 512
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %196
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
  %207 = mul i64 %206, 512
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([1048576 x i8]* @weight.conv2d_12.weight to float*), i64 %208
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
  %221 = mul i64 %28, 512
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 196
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 512
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 196
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 512
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 196
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 512
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 196
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 512
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 196
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 512
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 196
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 512
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 196
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 512
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 196
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 512
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 196
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 512
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 196
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 512
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 196
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 512
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 196
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node22.conv2d_12.step0(i8* %0) #2 {
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
  call void @node22.conv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node23.depthwiseConv2d_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %25 = add i64 %17, 0
  %26 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_12.bias to float*), i64 %25
  %27 = load float, float* %26, align 4
  store float %27, float* %7, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %28 = icmp slt i64 %c, 1
  br i1 %28, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %29 = mul i64 %c, 196
  %30 = add i64 %21, %29
  br label %i.header

c.exit:                                           ; preds = %c.header
  %31 = load float, float* %7, align 4
  %32 = fcmp ogt float %31, 0.000000e+00
  %33 = select i1 %32, float %31, float 0.000000e+00
  %34 = mul i64 %14, 512
  %35 = add i64 %17, 0
  %36 = add i64 %34, %35
  %37 = mul i64 %36, 7
  %38 = add i64 %37, %11
  %39 = mul i64 %38, 7
  %40 = add i64 %39, %xs
  %41 = getelementptr inbounds float, float* %0, i64 %40
  store float %33, float* %41, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %42 = icmp slt i64 %i, 3
  br i1 %42, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %43 = mul i64 %i, 1
  %44 = add i64 %23, %43
  %45 = icmp sge i64 %44, 0
  %46 = icmp slt i64 %44, 14
  %47 = and i1 %45, %46
  br i1 %47, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %48 = mul i64 %44, 14
  %49 = add i64 %30, %48
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %50 = icmp slt i64 %j, 3
  br i1 %50, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %51 = mul i64 %xs, 2
  %52 = mul i64 %j, 1
  %53 = add i64 %51, %52
  %54 = sub i64 %53, 1
  %55 = icmp sge i64 %54, 0
  %56 = icmp slt i64 %54, 14
  %57 = and i1 %55, %56
  %58 = icmp sgt i64 %54, 0
  %59 = select i1 %58, i64 %54, i64 0
  %60 = icmp slt i64 %59, 13
  %61 = select i1 %60, i64 %59, i64 13
  %62 = add i64 %49, %61
  %63 = getelementptr inbounds float, float* %1, i64 %62
  %64 = load float, float* %63, align 4
  %65 = select i1 %57, float %64, float 0.000000e+00
  %66 = mul i64 %i, 3
  %67 = add i64 %66, %j
  %68 = add i64 %17, 0
  %69 = mul i64 %68, 1
  %70 = add i64 %69, %c
  %71 = mul i64 %70, 9
  %72 = add i64 %71, %67
  %73 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_12.weight to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = load float, float* %7, align 4
  %76 = call float @llvm.fma.f32(float %74, float %65, float %75)
  store float %76, float* %7, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %77 = icmp slt i64 %xs4, 7
  br i1 %77, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  %78 = add i64 %17, 0
  %79 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.depthwiseConv2d_12.bias to float*), i64 %78
  %80 = load float, float* %79, align 4
  store float %80, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %81 = icmp slt i64 %c8, 1
  br i1 %81, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %82 = mul i64 %c8, 196
  %83 = add i64 %21, %82
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %84 = load float, float* %6, align 4
  %85 = fcmp ogt float %84, 0.000000e+00
  %86 = select i1 %85, float %84, float 0.000000e+00
  %87 = mul i64 %14, 512
  %88 = add i64 %17, 0
  %89 = add i64 %87, %88
  %90 = mul i64 %89, 7
  %91 = add i64 %90, %11
  %92 = mul i64 %91, 7
  %93 = add i64 %92, %xs4
  %94 = getelementptr inbounds float, float* %0, i64 %93
  store float %86, float* %94, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %95 = icmp slt i64 %i12, 3
  br i1 %95, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %96 = mul i64 %i12, 1
  %97 = add i64 %23, %96
  %98 = icmp sge i64 %97, 0
  %99 = icmp slt i64 %97, 14
  %100 = and i1 %98, %99
  br i1 %100, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %101 = mul i64 %97, 14
  %102 = add i64 %83, %101
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %103 = icmp slt i64 %j18, 3
  br i1 %103, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %104 = mul i64 %xs4, 2
  %105 = mul i64 %j18, 1
  %106 = add i64 %104, %105
  %107 = sub i64 %106, 1
  %108 = icmp sge i64 %107, 0
  %109 = icmp slt i64 %107, 14
  %110 = and i1 %108, %109
  %111 = icmp sgt i64 %107, 0
  %112 = select i1 %111, i64 %107, i64 0
  %113 = icmp slt i64 %112, 13
  %114 = select i1 %113, i64 %112, i64 13
  %115 = add i64 %102, %114
  %116 = getelementptr inbounds float, float* %1, i64 %115
  %117 = load float, float* %116, align 4
  %118 = select i1 %110, float %117, float 0.000000e+00
  %119 = mul i64 %i12, 3
  %120 = add i64 %119, %j18
  %121 = add i64 %17, 0
  %122 = mul i64 %121, 1
  %123 = add i64 %122, %c8
  %124 = mul i64 %123, 9
  %125 = add i64 %124, %120
  %126 = getelementptr inbounds float, float* bitcast ([18432 x i8]* @weight.depthwiseConv2d_12.weight to float*), i64 %125
  %127 = load float, float* %126, align 4
  %128 = load float, float* %6, align 4
  %129 = call float @llvm.fma.f32(float %127, float %118, float %128)
  store float %129, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node23.depthwiseConv2d_12.step0(i8* %0) #2 {
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
  call void @node23.depthwiseConv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node24.conv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_13.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_13.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_13.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_13.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_13.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_13.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_13.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_13.bias to float*), i64 %66
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
  %70 = icmp slt i64 %c, 512
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 49
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 512
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 512
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 512
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 512
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %104
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
  %113 = mul i64 %28, 1024
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 49
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 1024
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 49
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 1024
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 49
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 1024
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 49
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 512
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 49
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
  %171 = mul i64 %170, 512
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %172
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
  %183 = mul i64 %182, 512
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %184
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
  %195 = mul i64 %194, 512
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %196
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
  %207 = mul i64 %206, 512
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([2097152 x i8]* @weight.conv2d_13.weight to float*), i64 %208
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
  %221 = mul i64 %28, 1024
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 49
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 1024
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 49
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 1024
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 49
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 1024
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 49
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 1024
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 49
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 1024
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 49
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 1024
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 49
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 1024
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 49
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 1024
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 49
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 1024
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 49
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 1024
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 49
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 1024
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 49
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node24.conv2d_13.step0(i8* %0) #2 {
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
  call void @node24.conv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node25.depthwiseConv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit21, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit21 ]
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
  %25 = add i64 %18, 0
  %26 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.depthwiseConv2d_13.bias to float*), i64 %25
  %27 = load float, float* %26, align 4
  %28 = insertelement <8 x float> undef, float %27, i32 0
  %splat = shufflevector <8 x float> %28, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %8, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %29 = icmp slt i64 %c, 1
  br i1 %29, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %30 = mul i64 %c, 49
  %31 = add i64 %22, %30
  br label %i.header

c.exit:                                           ; preds = %c.header
  %32 = load <8 x float>, <8 x float>* %8, align 32
  %33 = fcmp ogt <8 x float> %32, zeroinitializer
  %34 = select <8 x i1> %33, <8 x float> %32, <8 x float> zeroinitializer
  %35 = mul i64 %15, 1024
  %36 = add i64 %18, 0
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 7
  %39 = add i64 %38, %12
  %40 = mul i64 %39, 7
  %41 = add i64 %40, 1
  %42 = getelementptr inbounds float, float* %0, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %34, <8 x float>* %43, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %44 = icmp slt i64 %i, 3
  br i1 %44, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %45 = mul i64 %i, 1
  %46 = add i64 %24, %45
  %47 = icmp sge i64 %46, 0
  %48 = icmp slt i64 %46, 7
  %49 = and i1 %47, %48
  br i1 %49, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %50 = mul i64 %46, 7
  %51 = add i64 %31, %50
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %52 = icmp slt i64 %j, 3
  br i1 %52, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %53 = mul i64 %j, 1
  %54 = add i64 1, %53
  %55 = sub i64 %54, 1
  %56 = add i64 %51, %55
  %57 = add i64 %56, 0
  %58 = getelementptr inbounds float, float* %1, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %59, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %61 = mul i64 %i, 3
  %62 = add i64 %61, %j
  %63 = add i64 %18, 0
  %64 = mul i64 %63, 1
  %65 = add i64 %64, %c
  %66 = mul i64 %65, 9
  %67 = add i64 %66, %62
  %68 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.depthwiseConv2d_13.weight to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat1 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %8, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %60, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %8, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit4, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit4 ]
  %73 = icmp slt i64 %xs, 1
  br i1 %73, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %74 = add i64 %18, 0
  %75 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.depthwiseConv2d_13.bias to float*), i64 %74
  %76 = load float, float* %75, align 4
  store float %76, float* %7, align 4
  br label %c.header2

xs.exit:                                          ; preds = %xs.header
  br label %xs.header19

c.header2:                                        ; preds = %i.exit8, %xs.body
  %c5 = phi i64 [ 0, %xs.body ], [ %c.next18, %i.exit8 ]
  %77 = icmp slt i64 %c5, 1
  br i1 %77, label %c.body3, label %c.exit4

c.body3:                                          ; preds = %c.header2
  %78 = mul i64 %c5, 49
  %79 = add i64 %22, %78
  br label %i.header6

c.exit4:                                          ; preds = %c.header2
  %80 = load float, float* %7, align 4
  %81 = fcmp ogt float %80, 0.000000e+00
  %82 = select i1 %81, float %80, float 0.000000e+00
  %83 = mul i64 %15, 1024
  %84 = add i64 %18, 0
  %85 = add i64 %83, %84
  %86 = mul i64 %85, 7
  %87 = add i64 %86, %12
  %88 = mul i64 %87, 7
  %89 = add i64 %88, %xs
  %90 = getelementptr inbounds float, float* %0, i64 %89
  store float %82, float* %90, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header6:                                        ; preds = %endif11, %c.body3
  %i9 = phi i64 [ 0, %c.body3 ], [ %i.next17, %endif11 ]
  %91 = icmp slt i64 %i9, 3
  br i1 %91, label %i.body7, label %i.exit8

i.body7:                                          ; preds = %i.header6
  %92 = mul i64 %i9, 1
  %93 = add i64 %24, %92
  %94 = icmp sge i64 %93, 0
  %95 = icmp slt i64 %93, 7
  %96 = and i1 %94, %95
  br i1 %96, label %then10, label %endif11

i.exit8:                                          ; preds = %i.header6
  %c.next18 = add i64 %c5, 1
  br label %c.header2

then10:                                           ; preds = %i.body7
  %97 = mul i64 %93, 7
  %98 = add i64 %79, %97
  br label %j.header12

endif11:                                          ; preds = %j.exit14, %i.body7
  %i.next17 = add i64 %i9, 1
  br label %i.header6

j.header12:                                       ; preds = %j.body13, %then10
  %j15 = phi i64 [ 0, %then10 ], [ %j.next16, %j.body13 ]
  %99 = icmp slt i64 %j15, 3
  br i1 %99, label %j.body13, label %j.exit14

j.body13:                                         ; preds = %j.header12
  %100 = mul i64 %xs, 1
  %101 = mul i64 %j15, 1
  %102 = add i64 %100, %101
  %103 = sub i64 %102, 1
  %104 = icmp sge i64 %103, 0
  %105 = icmp slt i64 %103, 7
  %106 = and i1 %104, %105
  %107 = icmp sgt i64 %103, 0
  %108 = select i1 %107, i64 %103, i64 0
  %109 = icmp slt i64 %108, 6
  %110 = select i1 %109, i64 %108, i64 6
  %111 = add i64 %98, %110
  %112 = getelementptr inbounds float, float* %1, i64 %111
  %113 = load float, float* %112, align 4
  %114 = select i1 %106, float %113, float 0.000000e+00
  %115 = mul i64 %i9, 3
  %116 = add i64 %115, %j15
  %117 = add i64 %18, 0
  %118 = mul i64 %117, 1
  %119 = add i64 %118, %c5
  %120 = mul i64 %119, 9
  %121 = add i64 %120, %116
  %122 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.depthwiseConv2d_13.weight to float*), i64 %121
  %123 = load float, float* %122, align 4
  %124 = load float, float* %7, align 4
  %125 = call float @llvm.fma.f32(float %123, float %114, float %124)
  store float %125, float* %7, align 4
  %j.next16 = add i64 %j15, 1
  br label %j.header12

j.exit14:                                         ; preds = %j.header12
  br label %endif11

xs.header19:                                      ; preds = %c.exit25, %xs.exit
  %xs22 = phi i64 [ 6, %xs.exit ], [ %xs.next40, %c.exit25 ]
  %126 = icmp slt i64 %xs22, 7
  br i1 %126, label %xs.body20, label %xs.exit21

xs.body20:                                        ; preds = %xs.header19
  %127 = add i64 %18, 0
  %128 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.depthwiseConv2d_13.bias to float*), i64 %127
  %129 = load float, float* %128, align 4
  store float %129, float* %6, align 4
  br label %c.header23

xs.exit21:                                        ; preds = %xs.header19
  %task.next = add i64 %task, 1
  br label %task.header

c.header23:                                       ; preds = %i.exit29, %xs.body20
  %c26 = phi i64 [ 0, %xs.body20 ], [ %c.next39, %i.exit29 ]
  %130 = icmp slt i64 %c26, 1
  br i1 %130, label %c.body24, label %c.exit25

c.body24:                                         ; preds = %c.header23
  %131 = mul i64 %c26, 49
  %132 = add i64 %22, %131
  br label %i.header27

c.exit25:                                         ; preds = %c.header23
  %133 = load float, float* %6, align 4
  %134 = fcmp ogt float %133, 0.000000e+00
  %135 = select i1 %134, float %133, float 0.000000e+00
  %136 = mul i64 %15, 1024
  %137 = add i64 %18, 0
  %138 = add i64 %136, %137
  %139 = mul i64 %138, 7
  %140 = add i64 %139, %12
  %141 = mul i64 %140, 7
  %142 = add i64 %141, %xs22
  %143 = getelementptr inbounds float, float* %0, i64 %142
  store float %135, float* %143, align 4
  %xs.next40 = add i64 %xs22, 1
  br label %xs.header19

i.header27:                                       ; preds = %endif32, %c.body24
  %i30 = phi i64 [ 0, %c.body24 ], [ %i.next38, %endif32 ]
  %144 = icmp slt i64 %i30, 3
  br i1 %144, label %i.body28, label %i.exit29

i.body28:                                         ; preds = %i.header27
  %145 = mul i64 %i30, 1
  %146 = add i64 %24, %145
  %147 = icmp sge i64 %146, 0
  %148 = icmp slt i64 %146, 7
  %149 = and i1 %147, %148
  br i1 %149, label %then31, label %endif32

i.exit29:                                         ; preds = %i.header27
  %c.next39 = add i64 %c26, 1
  br label %c.header23

then31:                                           ; preds = %i.body28
  %150 = mul i64 %146, 7
  %151 = add i64 %132, %150
  br label %j.header33

endif32:                                          ; preds = %j.exit35, %i.body28
  %i.next38 = add i64 %i30, 1
  br label %i.header27

j.header33:                                       ; preds = %j.body34, %then31
  %j36 = phi i64 [ 0, %then31 ], [ %j.next37, %j.body34 ]
  %152 = icmp slt i64 %j36, 3
  br i1 %152, label %j.body34, label %j.exit35

j.body34:                                         ; preds = %j.header33
  %153 = mul i64 %xs22, 1
  %154 = mul i64 %j36, 1
  %155 = add i64 %153, %154
  %156 = sub i64 %155, 1
  %157 = icmp sge i64 %156, 0
  %158 = icmp slt i64 %156, 7
  %159 = and i1 %157, %158
  %160 = icmp sgt i64 %156, 0
  %161 = select i1 %160, i64 %156, i64 0
  %162 = icmp slt i64 %161, 6
  %163 = select i1 %162, i64 %161, i64 6
  %164 = add i64 %151, %163
  %165 = getelementptr inbounds float, float* %1, i64 %164
  %166 = load float, float* %165, align 4
  %167 = select i1 %159, float %166, float 0.000000e+00
  %168 = mul i64 %i30, 3
  %169 = add i64 %168, %j36
  %170 = add i64 %18, 0
  %171 = mul i64 %170, 1
  %172 = add i64 %171, %c26
  %173 = mul i64 %172, 9
  %174 = add i64 %173, %169
  %175 = getelementptr inbounds float, float* bitcast ([36864 x i8]* @weight.depthwiseConv2d_13.weight to float*), i64 %174
  %176 = load float, float* %175, align 4
  %177 = load float, float* %6, align 4
  %178 = call float @llvm.fma.f32(float %176, float %167, float %177)
  store float %178, float* %6, align 4
  %j.next37 = add i64 %j36, 1
  br label %j.header33

j.exit35:                                         ; preds = %j.header33
  br label %endif32
}

; Function Attrs: nounwind
define internal void @node25.depthwiseConv2d_13.step0(i8* %0) #2 {
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
  call void @node25.depthwiseConv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node26.conv2d_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_14.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_14.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_14.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_14.bias to float*), i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat3 = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

else:                                             ; preds = %task.body
  %54 = add i64 %31, 0
  %55 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_14.bias to float*), i64 %54
  %56 = load float, float* %55, align 4
  %57 = insertelement <8 x float> undef, float %56, i32 0
  %splat8 = shufflevector <8 x float> %57, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  store <8 x float> %splat8, <8 x float>* %16, align 32
  store <8 x float> %splat8, <8 x float>* %15, align 32
  %58 = add i64 %31, 1
  %59 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_14.bias to float*), i64 %58
  %60 = load float, float* %59, align 4
  %61 = insertelement <8 x float> undef, float %60, i32 0
  %splat9 = shufflevector <8 x float> %61, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %14, align 32
  store <8 x float> %splat9, <8 x float>* %13, align 32
  store <8 x float> %splat9, <8 x float>* %12, align 32
  %62 = add i64 %31, 2
  %63 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_14.bias to float*), i64 %62
  %64 = load float, float* %63, align 4
  %65 = insertelement <8 x float> undef, float %64, i32 0
  %splat10 = shufflevector <8 x float> %65, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %11, align 32
  store <8 x float> %splat10, <8 x float>* %10, align 32
  store <8 x float> %splat10, <8 x float>* %9, align 32
  %66 = add i64 %31, 3
  %67 = getelementptr inbounds float, float* bitcast ([4096 x i8]* @weight.conv2d_14.bias to float*), i64 %66
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
  %70 = icmp slt i64 %c, 1024
  br i1 %70, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %71 = mul i64 %c, 49
  %72 = add i64 %71, %36
  %73 = add i64 %35, %72
  %74 = add i64 %73, 0
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %78 = add i64 %31, 0
  %79 = mul i64 %78, 1024
  %80 = add i64 %79, %c
  %81 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %80
  %82 = load float, float* %81, align 4
  %83 = insertelement <8 x float> undef, float %82, i32 0
  %splat4 = shufflevector <8 x float> %83, <8 x float> undef, <8 x i32> zeroinitializer
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %77, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %21, align 32
  %86 = add i64 %31, 1
  %87 = mul i64 %86, 1024
  %88 = add i64 %87, %c
  %89 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat5 = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %20, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %77, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %20, align 32
  %94 = add i64 %31, 2
  %95 = mul i64 %94, 1024
  %96 = add i64 %95, %c
  %97 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat6 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %19, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %77, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = add i64 %31, 3
  %103 = mul i64 %102, 1024
  %104 = add i64 %103, %c
  %105 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %104
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
  %113 = mul i64 %28, 1024
  %114 = add i64 %31, 0
  %115 = add i64 %113, %114
  %116 = mul i64 %115, 49
  %117 = add i64 %36, 0
  %118 = add i64 %116, %117
  %119 = getelementptr inbounds float, float* %0, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %112, <8 x float>* %120, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %121 = load <8 x float>, <8 x float>* %20, align 32
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = mul i64 %28, 1024
  %125 = add i64 %31, 1
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 49
  %128 = add i64 %36, 0
  %129 = add i64 %127, %128
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %123, <8 x float>* %131, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %132 = load <8 x float>, <8 x float>* %19, align 32
  %133 = fcmp ogt <8 x float> %132, zeroinitializer
  %134 = select <8 x i1> %133, <8 x float> %132, <8 x float> zeroinitializer
  %135 = mul i64 %28, 1024
  %136 = add i64 %31, 2
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 49
  %139 = add i64 %36, 0
  %140 = add i64 %138, %139
  %141 = getelementptr inbounds float, float* %0, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %134, <8 x float>* %142, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %143 = load <8 x float>, <8 x float>* %18, align 32
  %144 = fcmp ogt <8 x float> %143, zeroinitializer
  %145 = select <8 x i1> %144, <8 x float> %143, <8 x float> zeroinitializer
  %146 = mul i64 %28, 1024
  %147 = add i64 %31, 3
  %148 = add i64 %146, %147
  %149 = mul i64 %148, 49
  %150 = add i64 %36, 0
  %151 = add i64 %149, %150
  %152 = getelementptr inbounds float, float* %0, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %145, <8 x float>* %153, i32 4, <8 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

c.header12:                                       ; preds = %c.body13, %else
  %c15 = phi i64 [ 0, %else ], [ %c.next20, %c.body13 ]
  %154 = icmp slt i64 %c15, 1024
  br i1 %154, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %155 = mul i64 %c15, 49
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
  %171 = mul i64 %170, 1024
  %172 = add i64 %171, %c15
  %173 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %172
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
  %183 = mul i64 %182, 1024
  %184 = add i64 %183, %c15
  %185 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %184
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
  %195 = mul i64 %194, 1024
  %196 = add i64 %195, %c15
  %197 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %196
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
  %207 = mul i64 %206, 1024
  %208 = add i64 %207, %c15
  %209 = getelementptr inbounds float, float* bitcast ([4194304 x i8]* @weight.conv2d_14.weight to float*), i64 %208
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
  %221 = mul i64 %28, 1024
  %222 = add i64 %31, 0
  %223 = add i64 %221, %222
  %224 = mul i64 %223, 49
  %225 = add i64 %36, 0
  %226 = add i64 %224, %225
  %227 = getelementptr inbounds float, float* %0, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %220, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %16, align 32
  %230 = fcmp ogt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> %229, <8 x float> zeroinitializer
  %232 = mul i64 %28, 1024
  %233 = add i64 %31, 0
  %234 = add i64 %232, %233
  %235 = mul i64 %234, 49
  %236 = add i64 %36, 8
  %237 = add i64 %235, %236
  %238 = getelementptr inbounds float, float* %0, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %231, <8 x float>* %239, align 4
  %240 = load <8 x float>, <8 x float>* %15, align 32
  %241 = fcmp ogt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> %240, <8 x float> zeroinitializer
  %243 = mul i64 %28, 1024
  %244 = add i64 %31, 0
  %245 = add i64 %243, %244
  %246 = mul i64 %245, 49
  %247 = add i64 %36, 16
  %248 = add i64 %246, %247
  %249 = getelementptr inbounds float, float* %0, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %242, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %14, align 32
  %252 = fcmp ogt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> %251, <8 x float> zeroinitializer
  %254 = mul i64 %28, 1024
  %255 = add i64 %31, 1
  %256 = add i64 %254, %255
  %257 = mul i64 %256, 49
  %258 = add i64 %36, 0
  %259 = add i64 %257, %258
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %253, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %13, align 32
  %263 = fcmp ogt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> %262, <8 x float> zeroinitializer
  %265 = mul i64 %28, 1024
  %266 = add i64 %31, 1
  %267 = add i64 %265, %266
  %268 = mul i64 %267, 49
  %269 = add i64 %36, 8
  %270 = add i64 %268, %269
  %271 = getelementptr inbounds float, float* %0, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  store <8 x float> %264, <8 x float>* %272, align 4
  %273 = load <8 x float>, <8 x float>* %12, align 32
  %274 = fcmp ogt <8 x float> %273, zeroinitializer
  %275 = select <8 x i1> %274, <8 x float> %273, <8 x float> zeroinitializer
  %276 = mul i64 %28, 1024
  %277 = add i64 %31, 1
  %278 = add i64 %276, %277
  %279 = mul i64 %278, 49
  %280 = add i64 %36, 16
  %281 = add i64 %279, %280
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %275, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %11, align 32
  %285 = fcmp ogt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> %284, <8 x float> zeroinitializer
  %287 = mul i64 %28, 1024
  %288 = add i64 %31, 2
  %289 = add i64 %287, %288
  %290 = mul i64 %289, 49
  %291 = add i64 %36, 0
  %292 = add i64 %290, %291
  %293 = getelementptr inbounds float, float* %0, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %286, <8 x float>* %294, align 4
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = mul i64 %28, 1024
  %299 = add i64 %31, 2
  %300 = add i64 %298, %299
  %301 = mul i64 %300, 49
  %302 = add i64 %36, 8
  %303 = add i64 %301, %302
  %304 = getelementptr inbounds float, float* %0, i64 %303
  %305 = bitcast float* %304 to <8 x float>*
  store <8 x float> %297, <8 x float>* %305, align 4
  %306 = load <8 x float>, <8 x float>* %9, align 32
  %307 = fcmp ogt <8 x float> %306, zeroinitializer
  %308 = select <8 x i1> %307, <8 x float> %306, <8 x float> zeroinitializer
  %309 = mul i64 %28, 1024
  %310 = add i64 %31, 2
  %311 = add i64 %309, %310
  %312 = mul i64 %311, 49
  %313 = add i64 %36, 16
  %314 = add i64 %312, %313
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %308, <8 x float>* %316, align 4
  %317 = load <8 x float>, <8 x float>* %8, align 32
  %318 = fcmp ogt <8 x float> %317, zeroinitializer
  %319 = select <8 x i1> %318, <8 x float> %317, <8 x float> zeroinitializer
  %320 = mul i64 %28, 1024
  %321 = add i64 %31, 3
  %322 = add i64 %320, %321
  %323 = mul i64 %322, 49
  %324 = add i64 %36, 0
  %325 = add i64 %323, %324
  %326 = getelementptr inbounds float, float* %0, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %319, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = fcmp ogt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> %328, <8 x float> zeroinitializer
  %331 = mul i64 %28, 1024
  %332 = add i64 %31, 3
  %333 = add i64 %331, %332
  %334 = mul i64 %333, 49
  %335 = add i64 %36, 8
  %336 = add i64 %334, %335
  %337 = getelementptr inbounds float, float* %0, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %330, <8 x float>* %338, align 4
  %339 = load <8 x float>, <8 x float>* %6, align 32
  %340 = fcmp ogt <8 x float> %339, zeroinitializer
  %341 = select <8 x i1> %340, <8 x float> %339, <8 x float> zeroinitializer
  %342 = mul i64 %28, 1024
  %343 = add i64 %31, 3
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 49
  %346 = add i64 %36, 16
  %347 = add i64 %345, %346
  %348 = getelementptr inbounds float, float* %0, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %341, <8 x float>* %349, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node26.conv2d_14.step0(i8* %0) #2 {
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
  call void @node26.conv2d_14.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node27.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node27.globalAvgPool2d_1.step0(i8* %0) #2 {
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
  call void @node27.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node29.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node29.dense_1.step0(i8* %0) #2 {
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
  call void @node29.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node30.dense_1.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node30.dense_1.softmax.step0(i8* %0) #2 {
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
  call void @node30.dense_1.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %fresh = call i8* @malloc(i64 4816959)
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
  %24 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
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
  call void @GOMP_parallel(void (i8*)* @node1.depthwiseConv2d_1.step0, i8* %30, i32 0, i32 0)
  %31 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %32 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
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
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
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
  call void @GOMP_parallel(void (i8*)* @node3.depthwiseConv2d_2.step0, i8* %44, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
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
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
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
  call void @GOMP_parallel(void (i8*)* @node5.depthwiseConv2d_3.step0, i8* %58, i32 0, i32 0)
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %60 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %61 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %59, i8** %61, align 8
  %62 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %60, i8** %62, align 8
  %63 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %63, align 8
  %64 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %64, align 8
  %65 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_4.step0, i8* %65, i32 0, i32 0)
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
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
  call void @GOMP_parallel(void (i8*)* @node7.depthwiseConv2d_4.step0, i8* %72, i32 0, i32 0)
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %74 = getelementptr inbounds i8, i8* %workspace7, i64 1605632
  %75 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %73, i8** %75, align 8
  %76 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %74, i8** %76, align 8
  %77 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %77, align 8
  %78 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %78, align 8
  %79 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_5.step0, i8* %79, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 802816
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
  call void @GOMP_parallel(void (i8*)* @node9.depthwiseConv2d_5.step0, i8* %86, i32 0, i32 0)
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %88 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %89 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %88, i8** %90, align 8
  %91 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %91, align 8
  %92 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %92, align 8
  %93 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_6.step0, i8* %93, i32 0, i32 0)
  %94 = getelementptr inbounds i8, i8* %workspace7, i64 802816
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
  call void @GOMP_parallel(void (i8*)* @node11.depthwiseConv2d_6.step0, i8* %100, i32 0, i32 0)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 802816
  %103 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %103, align 8
  %104 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %105, align 8
  %106 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %106, align 8
  %107 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_7.step0, i8* %107, i32 0, i32 0)
  %108 = getelementptr inbounds i8, i8* %workspace7, i64 401408
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
  call void @GOMP_parallel(void (i8*)* @node13.depthwiseConv2d_7.step0, i8* %114, i32 0, i32 0)
  %115 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %116 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %117 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %115, i8** %117, align 8
  %118 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %119, align 8
  %120 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %120, align 8
  %121 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_8.step0, i8* %121, i32 0, i32 0)
  %122 = getelementptr inbounds i8, i8* %workspace7, i64 401408
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
  call void @GOMP_parallel(void (i8*)* @node15.depthwiseConv2d_8.step0, i8* %128, i32 0, i32 0)
  %129 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %130 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %131 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %129, i8** %131, align 8
  %132 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %130, i8** %132, align 8
  %133 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %133, align 8
  %134 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %134, align 8
  %135 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node16.conv2d_9.step0, i8* %135, i32 0, i32 0)
  %136 = getelementptr inbounds i8, i8* %workspace7, i64 401408
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
  call void @GOMP_parallel(void (i8*)* @node17.depthwiseConv2d_9.step0, i8* %142, i32 0, i32 0)
  %143 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %144 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %145 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %143, i8** %145, align 8
  %146 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %144, i8** %146, align 8
  %147 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %147, align 8
  %148 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %148, align 8
  %149 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node18.conv2d_10.step0, i8* %149, i32 0, i32 0)
  %150 = getelementptr inbounds i8, i8* %workspace7, i64 401408
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
  call void @GOMP_parallel(void (i8*)* @node19.depthwiseConv2d_10.step0, i8* %156, i32 0, i32 0)
  %157 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %158 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %159 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %157, i8** %159, align 8
  %160 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %158, i8** %160, align 8
  %161 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %161, align 8
  %162 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %162, align 8
  %163 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node20.conv2d_11.step0, i8* %163, i32 0, i32 0)
  %164 = getelementptr inbounds i8, i8* %workspace7, i64 401408
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
  call void @GOMP_parallel(void (i8*)* @node21.depthwiseConv2d_11.step0, i8* %170, i32 0, i32 0)
  %171 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %172 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %173 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %171, i8** %173, align 8
  %174 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %172, i8** %174, align 8
  %175 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %175, align 8
  %176 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %176, align 8
  %177 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node22.conv2d_12.step0, i8* %177, i32 0, i32 0)
  %178 = getelementptr inbounds i8, i8* %workspace7, i64 401408
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
  call void @GOMP_parallel(void (i8*)* @node23.depthwiseConv2d_12.step0, i8* %184, i32 0, i32 0)
  %185 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %186 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %187 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %185, i8** %187, align 8
  %188 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %186, i8** %188, align 8
  %189 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %189, align 8
  %190 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %190, align 8
  %191 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node24.conv2d_13.step0, i8* %191, i32 0, i32 0)
  %192 = getelementptr inbounds i8, i8* %workspace7, i64 200704
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
  call void @GOMP_parallel(void (i8*)* @node25.depthwiseConv2d_13.step0, i8* %198, i32 0, i32 0)
  %199 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %200 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %201 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %199, i8** %201, align 8
  %202 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %200, i8** %202, align 8
  %203 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %203, align 8
  %204 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %204, align 8
  %205 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node26.conv2d_14.step0, i8* %205, i32 0, i32 0)
  %206 = getelementptr inbounds i8, i8* %workspace7, i64 200704
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
  call void @node27.globalAvgPool2d_1.step0(i8* %212)
  %213 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %214 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %214, align 8
  %215 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %213, i8** %215, align 8
  %216 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %216, align 8
  %217 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %217, align 8
  %218 = bitcast [4 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node29.dense_1.step0, i8* %218, i32 0, i32 0)
  %219 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %219, align 8
  %220 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %220, align 8
  %221 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %221, align 8
  %222 = getelementptr inbounds [4 x i8*], [4 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %222, align 8
  %223 = bitcast [4 x i8*]* %args to i8*
  call void @node30.dense_1.softmax.step0(i8* %223)
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
  ret i64 4816959
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
