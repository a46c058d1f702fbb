; resnet18: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'resnet18'
source_filename = "resnet18"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.weight = external constant [37632 x i8], align 64
@weight.conv2d_1.bias = external constant [256 x i8], align 64
@weight.conv2d_2.weight = external constant [147456 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.conv2d_3.weight = external constant [147456 x i8], align 64
@weight.conv2d_3.bias = external constant [256 x i8], align 64
@weight.conv2d_4.weight = external constant [147456 x i8], align 64
@weight.conv2d_4.bias = external constant [256 x i8], align 64
@weight.conv2d_5.weight = external constant [147456 x i8], align 64
@weight.conv2d_5.bias = external constant [256 x i8], align 64
@weight.conv2d_6.weight = external constant [294912 x i8], align 64
@weight.conv2d_6.bias = external constant [512 x i8], align 64
@weight.conv2d_7.weight = external constant [589824 x i8], align 64
@weight.conv2d_7.bias = external constant [512 x i8], align 64
@weight.conv2d_8.weight = external constant [32768 x i8], align 64
@weight.conv2d_8.bias = external constant [512 x i8], align 64
@weight.conv2d_9.weight = external constant [589824 x i8], align 64
@weight.conv2d_9.bias = external constant [512 x i8], align 64
@weight.conv2d_10.weight = external constant [589824 x i8], align 64
@weight.conv2d_10.bias = external constant [512 x i8], align 64
@weight.conv2d_11.weight = external constant [1179648 x i8], align 64
@weight.conv2d_11.bias = external constant [1024 x i8], align 64
@weight.conv2d_12.weight = external constant [2359296 x i8], align 64
@weight.conv2d_12.bias = external constant [1024 x i8], align 64
@weight.conv2d_13.weight = external constant [131072 x i8], align 64
@weight.conv2d_13.bias = external constant [1024 x i8], align 64
@weight.conv2d_14.weight = external constant [2359296 x i8], align 64
@weight.conv2d_14.bias = external constant [1024 x i8], align 64
@weight.conv2d_15.weight = external constant [2359296 x i8], align 64
@weight.conv2d_15.bias = external constant [1024 x i8], align 64
@weight.conv2d_16.weight = external constant [4718592 x i8], align 64
@weight.conv2d_16.bias = external constant [2048 x i8], align 64
@weight.conv2d_17.weight = external constant [9437184 x i8], align 64
@weight.conv2d_17.bias = external constant [2048 x i8], align 64
@weight.conv2d_18.weight = external constant [524288 x i8], align 64
@weight.conv2d_18.bias = external constant [2048 x i8], align 64
@weight.conv2d_19.weight = external constant [9437184 x i8], align 64
@weight.conv2d_19.bias = external constant [2048 x i8], align 64
@weight.conv2d_20.weight = external constant [9437184 x i8], align 64
@weight.conv2d_20.bias = external constant [2048 x i8], align 64
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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([9 x i8], [9 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 4014143, i64 1814073344 }

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
  %43 = add i64 %35, 0
  %44 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  store <8 x float> %splat, <8 x float>* %23, align 32
  %47 = add i64 %35, 1
  %48 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat1 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %22, align 32
  store <8 x float> %splat1, <8 x float>* %21, align 32
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %51 = add i64 %35, 2
  %52 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat2 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  store <8 x float> %splat2, <8 x float>* %18, align 32
  store <8 x float> %splat2, <8 x float>* %17, align 32
  %55 = add i64 %35, 3
  %56 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %55
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
  %66 = mul i64 %32, 64
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
  %79 = mul i64 %32, 64
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
  %92 = mul i64 %32, 64
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
  %105 = mul i64 %32, 64
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
  %118 = mul i64 %32, 64
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
  %131 = mul i64 %32, 64
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
  %144 = mul i64 %32, 64
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
  %157 = mul i64 %32, 64
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
  %170 = mul i64 %32, 64
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
  %183 = mul i64 %32, 64
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
  %196 = mul i64 %32, 64
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
  %209 = mul i64 %32, 64
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
  %218 = icmp slt i64 %i, 7
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
  %226 = icmp slt i64 %j, 7
  br i1 %226, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %227 = mul i64 %x, 2
  %228 = mul i64 %j, 1
  %229 = add i64 %227, %228
  %230 = sub i64 %229, 3
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
  %259 = mul i64 %i, 7
  %260 = add i64 %259, %j
  %261 = add i64 %35, 0
  %262 = mul i64 %261, 3
  %263 = add i64 %262, %c
  %264 = mul i64 %263, 49
  %265 = add i64 %264, %260
  %266 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %265
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
  %275 = mul i64 %i, 7
  %276 = add i64 %275, %j
  %277 = add i64 %35, 1
  %278 = mul i64 %277, 3
  %279 = add i64 %278, %c
  %280 = mul i64 %279, 49
  %281 = add i64 %280, %276
  %282 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %281
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
  %291 = mul i64 %i, 7
  %292 = add i64 %291, %j
  %293 = add i64 %35, 2
  %294 = mul i64 %293, 3
  %295 = add i64 %294, %c
  %296 = mul i64 %295, 49
  %297 = add i64 %296, %292
  %298 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %297
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
  %307 = mul i64 %i, 7
  %308 = add i64 %307, %j
  %309 = add i64 %35, 3
  %310 = mul i64 %309, 3
  %311 = add i64 %310, %c
  %312 = mul i64 %311, 49
  %313 = add i64 %312, %308
  %314 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %313
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
  %323 = icmp slt i64 %xs, 2
  br i1 %323, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %324 = add i64 %35, 0
  %325 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %324
  %326 = load float, float* %325, align 4
  store float %326, float* %13, align 4
  %327 = add i64 %35, 1
  %328 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %327
  %329 = load float, float* %328, align 4
  store float %329, float* %12, align 4
  %330 = add i64 %35, 2
  %331 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %330
  %332 = load float, float* %331, align 4
  store float %332, float* %11, align 4
  %333 = add i64 %35, 3
  %334 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %333
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
  %342 = mul i64 %32, 64
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
  %353 = mul i64 %32, 64
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
  %364 = mul i64 %32, 64
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
  %375 = mul i64 %32, 64
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
  %383 = icmp slt i64 %i15, 7
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
  %391 = icmp slt i64 %j21, 7
  br i1 %391, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %392 = mul i64 %xs, 2
  %393 = mul i64 %j21, 1
  %394 = add i64 %392, %393
  %395 = sub i64 %394, 3
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
  %407 = mul i64 %i15, 7
  %408 = add i64 %407, %j21
  %409 = add i64 %35, 0
  %410 = mul i64 %409, 3
  %411 = add i64 %410, %c11
  %412 = mul i64 %411, 49
  %413 = add i64 %412, %408
  %414 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %413
  %415 = load float, float* %414, align 4
  %416 = load float, float* %13, align 4
  %417 = call float @llvm.fma.f32(float %415, float %406, float %416)
  store float %417, float* %13, align 4
  %418 = mul i64 %i15, 7
  %419 = add i64 %418, %j21
  %420 = add i64 %35, 1
  %421 = mul i64 %420, 3
  %422 = add i64 %421, %c11
  %423 = mul i64 %422, 49
  %424 = add i64 %423, %419
  %425 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %424
  %426 = load float, float* %425, align 4
  %427 = load float, float* %12, align 4
  %428 = call float @llvm.fma.f32(float %426, float %406, float %427)
  store float %428, float* %12, align 4
  %429 = mul i64 %i15, 7
  %430 = add i64 %429, %j21
  %431 = add i64 %35, 2
  %432 = mul i64 %431, 3
  %433 = add i64 %432, %c11
  %434 = mul i64 %433, 49
  %435 = add i64 %434, %430
  %436 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %435
  %437 = load float, float* %436, align 4
  %438 = load float, float* %11, align 4
  %439 = call float @llvm.fma.f32(float %437, float %406, float %438)
  store float %439, float* %11, align 4
  %440 = mul i64 %i15, 7
  %441 = add i64 %440, %j21
  %442 = add i64 %35, 3
  %443 = mul i64 %442, 3
  %444 = add i64 %443, %c11
  %445 = mul i64 %444, 49
  %446 = add i64 %445, %441
  %447 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %446
  %448 = load float, float* %447, align 4
  %449 = load float, float* %10, align 4
  %450 = call float @llvm.fma.f32(float %448, float %406, float %449)
  store float %450, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 98, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %451 = icmp slt i64 %xs28, 112
  br i1 %451, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %452 = add i64 %35, 0
  %453 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %452
  %454 = load float, float* %453, align 4
  store float %454, float* %9, align 4
  %455 = add i64 %35, 1
  %456 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %455
  %457 = load float, float* %456, align 4
  store float %457, float* %8, align 4
  %458 = add i64 %35, 2
  %459 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %458
  %460 = load float, float* %459, align 4
  store float %460, float* %7, align 4
  %461 = add i64 %35, 3
  %462 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_1.bias to float*), i64 %461
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
  %470 = mul i64 %32, 64
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
  %481 = mul i64 %32, 64
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
  %492 = mul i64 %32, 64
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
  %503 = mul i64 %32, 64
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
  %511 = icmp slt i64 %i36, 7
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
  %519 = icmp slt i64 %j42, 7
  br i1 %519, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %520 = mul i64 %xs28, 2
  %521 = mul i64 %j42, 1
  %522 = add i64 %520, %521
  %523 = sub i64 %522, 3
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
  %535 = mul i64 %i36, 7
  %536 = add i64 %535, %j42
  %537 = add i64 %35, 0
  %538 = mul i64 %537, 3
  %539 = add i64 %538, %c32
  %540 = mul i64 %539, 49
  %541 = add i64 %540, %536
  %542 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %541
  %543 = load float, float* %542, align 4
  %544 = load float, float* %9, align 4
  %545 = call float @llvm.fma.f32(float %543, float %534, float %544)
  store float %545, float* %9, align 4
  %546 = mul i64 %i36, 7
  %547 = add i64 %546, %j42
  %548 = add i64 %35, 1
  %549 = mul i64 %548, 3
  %550 = add i64 %549, %c32
  %551 = mul i64 %550, 49
  %552 = add i64 %551, %547
  %553 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %552
  %554 = load float, float* %553, align 4
  %555 = load float, float* %8, align 4
  %556 = call float @llvm.fma.f32(float %554, float %534, float %555)
  store float %556, float* %8, align 4
  %557 = mul i64 %i36, 7
  %558 = add i64 %557, %j42
  %559 = add i64 %35, 2
  %560 = mul i64 %559, 3
  %561 = add i64 %560, %c32
  %562 = mul i64 %561, 49
  %563 = add i64 %562, %558
  %564 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %563
  %565 = load float, float* %564, align 4
  %566 = load float, float* %7, align 4
  %567 = call float @llvm.fma.f32(float %565, float %534, float %566)
  store float %567, float* %7, align 4
  %568 = mul i64 %i36, 7
  %569 = add i64 %568, %j42
  %570 = add i64 %35, 3
  %571 = mul i64 %570, 3
  %572 = add i64 %571, %c32
  %573 = mul i64 %572, 49
  %574 = add i64 %573, %569
  %575 = getelementptr inbounds float, float* bitcast ([37632 x i8]* @weight.conv2d_1.weight to float*), i64 %574
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
define internal void @node1.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %19 = add i64 3584, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 3584
  %23 = select i1 %22, i64 %21, i64 3584
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 3584
  %26 = select i1 %25, i64 %24, i64 3584
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
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xs.exit52 ]
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
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %75
  %77 = load float, float* %76, align 4
  %78 = insertelement <8 x float> undef, float %77, i32 0
  %splat11 = shufflevector <8 x float> %78, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %14, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %79 = icmp slt i64 %c, 64
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
  %86 = mul i64 %36, 64
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
  %99 = mul i64 %36, 64
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
  %112 = mul i64 %36, 64
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
  %125 = mul i64 %36, 64
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
  %138 = mul i64 %36, 64
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
  %151 = mul i64 %36, 64
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
  %164 = mul i64 %36, 64
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
  %177 = mul i64 %36, 64
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
  %190 = mul i64 %36, 64
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
  %203 = mul i64 %36, 64
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
  %216 = mul i64 %36, 64
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
  %229 = mul i64 %36, 64
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
  %267 = mul i64 %266, 64
  %268 = add i64 %267, %c
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %270
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
  %283 = mul i64 %282, 64
  %284 = add i64 %283, %c
  %285 = mul i64 %284, 9
  %286 = add i64 %285, %281
  %287 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %286
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
  %299 = mul i64 %298, 64
  %300 = add i64 %299, %c
  %301 = mul i64 %300, 9
  %302 = add i64 %301, %297
  %303 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %302
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
  %315 = mul i64 %314, 64
  %316 = add i64 %315, %c
  %317 = mul i64 %316, 9
  %318 = add i64 %317, %313
  %319 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %318
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
  %328 = icmp slt i64 %c15, 64
  br i1 %328, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %329 = mul i64 %c15, 3136
  %330 = add i64 %43, %329
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %331 = load <8 x float>, <8 x float>* %17, align 32
  %332 = fcmp ogt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> %331, <8 x float> zeroinitializer
  %334 = mul i64 %36, 64
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
  %346 = mul i64 %36, 64
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
  %358 = mul i64 %36, 64
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
  %370 = mul i64 %36, 64
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
  %399 = mul i64 %398, 64
  %400 = add i64 %399, %c15
  %401 = mul i64 %400, 9
  %402 = add i64 %401, %397
  %403 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat26 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %395, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = mul i64 %i19, 3
  %409 = add i64 %408, %j25
  %410 = add i64 %39, 1
  %411 = mul i64 %410, 64
  %412 = add i64 %411, %c15
  %413 = mul i64 %412, 9
  %414 = add i64 %413, %409
  %415 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat27 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = mul i64 %i19, 3
  %421 = add i64 %420, %j25
  %422 = add i64 %39, 2
  %423 = mul i64 %422, 64
  %424 = add i64 %423, %c15
  %425 = mul i64 %424, 9
  %426 = add i64 %425, %421
  %427 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat28 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %15, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %395, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %15, align 32
  %432 = mul i64 %i19, 3
  %433 = add i64 %432, %j25
  %434 = add i64 %39, 3
  %435 = mul i64 %434, 64
  %436 = add i64 %435, %c15
  %437 = mul i64 %436, 9
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %438
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
  %446 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %445
  %447 = load float, float* %446, align 4
  store float %447, float* %13, align 4
  %448 = add i64 %39, 1
  %449 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %448
  %450 = load float, float* %449, align 4
  store float %450, float* %12, align 4
  %451 = add i64 %39, 2
  %452 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %451
  %453 = load float, float* %452, align 4
  store float %453, float* %11, align 4
  %454 = add i64 %39, 3
  %455 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %454
  %456 = load float, float* %455, align 4
  store float %456, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %457 = icmp slt i64 %c36, 64
  br i1 %457, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %458 = mul i64 %c36, 3136
  %459 = add i64 %43, %458
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %460 = load float, float* %13, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %36, 64
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
  %474 = mul i64 %36, 64
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
  %485 = mul i64 %36, 64
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
  %496 = mul i64 %36, 64
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
  %531 = mul i64 %530, 64
  %532 = add i64 %531, %c36
  %533 = mul i64 %532, 9
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %13, align 4
  %538 = call float @llvm.fma.f32(float %536, float %527, float %537)
  store float %538, float* %13, align 4
  %539 = mul i64 %i40, 3
  %540 = add i64 %539, %j46
  %541 = add i64 %39, 1
  %542 = mul i64 %541, 64
  %543 = add i64 %542, %c36
  %544 = mul i64 %543, 9
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %12, align 4
  %549 = call float @llvm.fma.f32(float %547, float %527, float %548)
  store float %549, float* %12, align 4
  %550 = mul i64 %i40, 3
  %551 = add i64 %550, %j46
  %552 = add i64 %39, 2
  %553 = mul i64 %552, 64
  %554 = add i64 %553, %c36
  %555 = mul i64 %554, 9
  %556 = add i64 %555, %551
  %557 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %556
  %558 = load float, float* %557, align 4
  %559 = load float, float* %11, align 4
  %560 = call float @llvm.fma.f32(float %558, float %527, float %559)
  store float %560, float* %11, align 4
  %561 = mul i64 %i40, 3
  %562 = add i64 %561, %j46
  %563 = add i64 %39, 3
  %564 = mul i64 %563, 64
  %565 = add i64 %564, %c36
  %566 = mul i64 %565, 9
  %567 = add i64 %566, %562
  %568 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %567
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
  %574 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %573
  %575 = load float, float* %574, align 4
  store float %575, float* %9, align 4
  %576 = add i64 %39, 1
  %577 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %576
  %578 = load float, float* %577, align 4
  store float %578, float* %8, align 4
  %579 = add i64 %39, 2
  %580 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %579
  %581 = load float, float* %580, align 4
  store float %581, float* %7, align 4
  %582 = add i64 %39, 3
  %583 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %582
  %584 = load float, float* %583, align 4
  store float %584, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %585 = icmp slt i64 %c57, 64
  br i1 %585, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %586 = mul i64 %c57, 3136
  %587 = add i64 %43, %586
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %588 = load float, float* %9, align 4
  %589 = fcmp ogt float %588, 0.000000e+00
  %590 = select i1 %589, float %588, float 0.000000e+00
  %591 = mul i64 %36, 64
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
  %602 = mul i64 %36, 64
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
  %613 = mul i64 %36, 64
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
  %624 = mul i64 %36, 64
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
  %659 = mul i64 %658, 64
  %660 = add i64 %659, %c57
  %661 = mul i64 %660, 9
  %662 = add i64 %661, %657
  %663 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %662
  %664 = load float, float* %663, align 4
  %665 = load float, float* %9, align 4
  %666 = call float @llvm.fma.f32(float %664, float %655, float %665)
  store float %666, float* %9, align 4
  %667 = mul i64 %i61, 3
  %668 = add i64 %667, %j67
  %669 = add i64 %39, 1
  %670 = mul i64 %669, 64
  %671 = add i64 %670, %c57
  %672 = mul i64 %671, 9
  %673 = add i64 %672, %668
  %674 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %673
  %675 = load float, float* %674, align 4
  %676 = load float, float* %8, align 4
  %677 = call float @llvm.fma.f32(float %675, float %655, float %676)
  store float %677, float* %8, align 4
  %678 = mul i64 %i61, 3
  %679 = add i64 %678, %j67
  %680 = add i64 %39, 2
  %681 = mul i64 %680, 64
  %682 = add i64 %681, %c57
  %683 = mul i64 %682, 9
  %684 = add i64 %683, %679
  %685 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %684
  %686 = load float, float* %685, align 4
  %687 = load float, float* %7, align 4
  %688 = call float @llvm.fma.f32(float %686, float %655, float %687)
  store float %688, float* %7, align 4
  %689 = mul i64 %i61, 3
  %690 = add i64 %689, %j67
  %691 = add i64 %39, 3
  %692 = mul i64 %691, 64
  %693 = add i64 %692, %c57
  %694 = mul i64 %693, 9
  %695 = add i64 %694, %690
  %696 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.weight to float*), i64 %695
  %697 = load float, float* %696, align 4
  %698 = load float, float* %6, align 4
  %699 = call float @llvm.fma.f32(float %697, float %655, float %698)
  store float %699, float* %6, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node2.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step0.body(float* %0, float* noalias %1, float* %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca float, align 4
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
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %xs.exit52 ]
  %31 = icmp slt i64 %task, %6
  br i1 %31, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %32 = srem i64 %task, 16
  %33 = sdiv i64 %task, 16
  %34 = srem i64 %33, 56
  %35 = sdiv i64 %task, 896
  %36 = srem i64 %35, 1
  %37 = sdiv i64 %35, 1
  %38 = mul i64 %36, 64
  %39 = mul i64 %32, 4
  %40 = add i64 %38, %39
  %41 = mul i64 %37, 64
  %42 = mul i64 %36, 64
  %43 = add i64 %41, %42
  %44 = mul i64 %43, 3136
  %45 = mul i64 %34, 1
  %46 = sub i64 %45, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %47 = icmp slt i64 %x, 49
  br i1 %47, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %48 = add i64 %40, 0
  %49 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %30, align 32
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  %52 = add i64 %40, 1
  %53 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %52
  %54 = load float, float* %53, align 4
  %55 = insertelement <8 x float> undef, float %54, i32 0
  %splat1 = shufflevector <8 x float> %55, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %27, align 32
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  %56 = add i64 %40, 2
  %57 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat2 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %24, align 32
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  %60 = add i64 %40, 3
  %61 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %60
  %62 = load float, float* %61, align 4
  %63 = insertelement <8 x float> undef, float %62, i32 0
  %splat3 = shufflevector <8 x float> %63, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %21, align 32
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %64 = add i64 %40, 0
  %65 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat8 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %18, align 32
  %68 = add i64 %40, 1
  %69 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %68
  %70 = load float, float* %69, align 4
  %71 = insertelement <8 x float> undef, float %70, i32 0
  %splat9 = shufflevector <8 x float> %71, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %17, align 32
  %72 = add i64 %40, 2
  %73 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat10 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %16, align 32
  %76 = add i64 %40, 3
  %77 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat11 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %15, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %80 = icmp slt i64 %c, 64
  br i1 %80, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %81 = mul i64 %c, 3136
  %82 = add i64 %44, %81
  br label %i.header

c.exit:                                           ; preds = %c.header
  %83 = load <8 x float>, <8 x float>* %30, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %37, 64
  %86 = add i64 %40, 0
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 56
  %89 = add i64 %88, %34
  %90 = mul i64 %89, 56
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = fadd <8 x float> %83, %94
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 0
  %99 = mul i64 %37, 64
  %100 = add i64 %40, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 56
  %103 = add i64 %102, %34
  %104 = mul i64 %103, 56
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %29, align 32
  %109 = add i64 %x, 8
  %110 = mul i64 %37, 64
  %111 = add i64 %40, 0
  %112 = add i64 %110, %111
  %113 = mul i64 %112, 56
  %114 = add i64 %113, %34
  %115 = mul i64 %114, 56
  %116 = add i64 %115, %109
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = fadd <8 x float> %108, %119
  %121 = fcmp ogt <8 x float> %120, zeroinitializer
  %122 = select <8 x i1> %121, <8 x float> %120, <8 x float> zeroinitializer
  %123 = add i64 %x, 8
  %124 = mul i64 %37, 64
  %125 = add i64 %40, 0
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 56
  %128 = add i64 %127, %34
  %129 = mul i64 %128, 56
  %130 = add i64 %129, %123
  %131 = getelementptr inbounds float, float* %0, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %122, <8 x float>* %132, align 4
  %133 = load <8 x float>, <8 x float>* %28, align 32
  %134 = add i64 %x, 16
  %135 = mul i64 %37, 64
  %136 = add i64 %40, 0
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 56
  %139 = add i64 %138, %34
  %140 = mul i64 %139, 56
  %141 = add i64 %140, %134
  %142 = getelementptr inbounds float, float* %2, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = fadd <8 x float> %133, %144
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = add i64 %x, 16
  %149 = mul i64 %37, 64
  %150 = add i64 %40, 0
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 56
  %153 = add i64 %152, %34
  %154 = mul i64 %153, 56
  %155 = add i64 %154, %148
  %156 = getelementptr inbounds float, float* %0, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %147, <8 x float>* %157, align 4
  %158 = load <8 x float>, <8 x float>* %27, align 32
  %159 = add i64 %x, 0
  %160 = mul i64 %37, 64
  %161 = add i64 %40, 1
  %162 = add i64 %160, %161
  %163 = mul i64 %162, 56
  %164 = add i64 %163, %34
  %165 = mul i64 %164, 56
  %166 = add i64 %165, %159
  %167 = getelementptr inbounds float, float* %2, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = fadd <8 x float> %158, %169
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = add i64 %x, 0
  %174 = mul i64 %37, 64
  %175 = add i64 %40, 1
  %176 = add i64 %174, %175
  %177 = mul i64 %176, 56
  %178 = add i64 %177, %34
  %179 = mul i64 %178, 56
  %180 = add i64 %179, %173
  %181 = getelementptr inbounds float, float* %0, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %172, <8 x float>* %182, align 4
  %183 = load <8 x float>, <8 x float>* %26, align 32
  %184 = add i64 %x, 8
  %185 = mul i64 %37, 64
  %186 = add i64 %40, 1
  %187 = add i64 %185, %186
  %188 = mul i64 %187, 56
  %189 = add i64 %188, %34
  %190 = mul i64 %189, 56
  %191 = add i64 %190, %184
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = fadd <8 x float> %183, %194
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = add i64 %x, 8
  %199 = mul i64 %37, 64
  %200 = add i64 %40, 1
  %201 = add i64 %199, %200
  %202 = mul i64 %201, 56
  %203 = add i64 %202, %34
  %204 = mul i64 %203, 56
  %205 = add i64 %204, %198
  %206 = getelementptr inbounds float, float* %0, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %197, <8 x float>* %207, align 4
  %208 = load <8 x float>, <8 x float>* %25, align 32
  %209 = add i64 %x, 16
  %210 = mul i64 %37, 64
  %211 = add i64 %40, 1
  %212 = add i64 %210, %211
  %213 = mul i64 %212, 56
  %214 = add i64 %213, %34
  %215 = mul i64 %214, 56
  %216 = add i64 %215, %209
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = fadd <8 x float> %208, %219
  %221 = fcmp ogt <8 x float> %220, zeroinitializer
  %222 = select <8 x i1> %221, <8 x float> %220, <8 x float> zeroinitializer
  %223 = add i64 %x, 16
  %224 = mul i64 %37, 64
  %225 = add i64 %40, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 56
  %228 = add i64 %227, %34
  %229 = mul i64 %228, 56
  %230 = add i64 %229, %223
  %231 = getelementptr inbounds float, float* %0, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %222, <8 x float>* %232, align 4
  %233 = load <8 x float>, <8 x float>* %24, align 32
  %234 = add i64 %x, 0
  %235 = mul i64 %37, 64
  %236 = add i64 %40, 2
  %237 = add i64 %235, %236
  %238 = mul i64 %237, 56
  %239 = add i64 %238, %34
  %240 = mul i64 %239, 56
  %241 = add i64 %240, %234
  %242 = getelementptr inbounds float, float* %2, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = fadd <8 x float> %233, %244
  %246 = fcmp ogt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> %245, <8 x float> zeroinitializer
  %248 = add i64 %x, 0
  %249 = mul i64 %37, 64
  %250 = add i64 %40, 2
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 56
  %253 = add i64 %252, %34
  %254 = mul i64 %253, 56
  %255 = add i64 %254, %248
  %256 = getelementptr inbounds float, float* %0, i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  store <8 x float> %247, <8 x float>* %257, align 4
  %258 = load <8 x float>, <8 x float>* %23, align 32
  %259 = add i64 %x, 8
  %260 = mul i64 %37, 64
  %261 = add i64 %40, 2
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 56
  %264 = add i64 %263, %34
  %265 = mul i64 %264, 56
  %266 = add i64 %265, %259
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = fadd <8 x float> %258, %269
  %271 = fcmp ogt <8 x float> %270, zeroinitializer
  %272 = select <8 x i1> %271, <8 x float> %270, <8 x float> zeroinitializer
  %273 = add i64 %x, 8
  %274 = mul i64 %37, 64
  %275 = add i64 %40, 2
  %276 = add i64 %274, %275
  %277 = mul i64 %276, 56
  %278 = add i64 %277, %34
  %279 = mul i64 %278, 56
  %280 = add i64 %279, %273
  %281 = getelementptr inbounds float, float* %0, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  store <8 x float> %272, <8 x float>* %282, align 4
  %283 = load <8 x float>, <8 x float>* %22, align 32
  %284 = add i64 %x, 16
  %285 = mul i64 %37, 64
  %286 = add i64 %40, 2
  %287 = add i64 %285, %286
  %288 = mul i64 %287, 56
  %289 = add i64 %288, %34
  %290 = mul i64 %289, 56
  %291 = add i64 %290, %284
  %292 = getelementptr inbounds float, float* %2, i64 %291
  %293 = bitcast float* %292 to <8 x float>*
  %294 = load <8 x float>, <8 x float>* %293, align 4
  %295 = fadd <8 x float> %283, %294
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = add i64 %x, 16
  %299 = mul i64 %37, 64
  %300 = add i64 %40, 2
  %301 = add i64 %299, %300
  %302 = mul i64 %301, 56
  %303 = add i64 %302, %34
  %304 = mul i64 %303, 56
  %305 = add i64 %304, %298
  %306 = getelementptr inbounds float, float* %0, i64 %305
  %307 = bitcast float* %306 to <8 x float>*
  store <8 x float> %297, <8 x float>* %307, align 4
  %308 = load <8 x float>, <8 x float>* %21, align 32
  %309 = add i64 %x, 0
  %310 = mul i64 %37, 64
  %311 = add i64 %40, 3
  %312 = add i64 %310, %311
  %313 = mul i64 %312, 56
  %314 = add i64 %313, %34
  %315 = mul i64 %314, 56
  %316 = add i64 %315, %309
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = fadd <8 x float> %308, %319
  %321 = fcmp ogt <8 x float> %320, zeroinitializer
  %322 = select <8 x i1> %321, <8 x float> %320, <8 x float> zeroinitializer
  %323 = add i64 %x, 0
  %324 = mul i64 %37, 64
  %325 = add i64 %40, 3
  %326 = add i64 %324, %325
  %327 = mul i64 %326, 56
  %328 = add i64 %327, %34
  %329 = mul i64 %328, 56
  %330 = add i64 %329, %323
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %322, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %20, align 32
  %334 = add i64 %x, 8
  %335 = mul i64 %37, 64
  %336 = add i64 %40, 3
  %337 = add i64 %335, %336
  %338 = mul i64 %337, 56
  %339 = add i64 %338, %34
  %340 = mul i64 %339, 56
  %341 = add i64 %340, %334
  %342 = getelementptr inbounds float, float* %2, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = fadd <8 x float> %333, %344
  %346 = fcmp ogt <8 x float> %345, zeroinitializer
  %347 = select <8 x i1> %346, <8 x float> %345, <8 x float> zeroinitializer
  %348 = add i64 %x, 8
  %349 = mul i64 %37, 64
  %350 = add i64 %40, 3
  %351 = add i64 %349, %350
  %352 = mul i64 %351, 56
  %353 = add i64 %352, %34
  %354 = mul i64 %353, 56
  %355 = add i64 %354, %348
  %356 = getelementptr inbounds float, float* %0, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %347, <8 x float>* %357, align 4
  %358 = load <8 x float>, <8 x float>* %19, align 32
  %359 = add i64 %x, 16
  %360 = mul i64 %37, 64
  %361 = add i64 %40, 3
  %362 = add i64 %360, %361
  %363 = mul i64 %362, 56
  %364 = add i64 %363, %34
  %365 = mul i64 %364, 56
  %366 = add i64 %365, %359
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = fadd <8 x float> %358, %369
  %371 = fcmp ogt <8 x float> %370, zeroinitializer
  %372 = select <8 x i1> %371, <8 x float> %370, <8 x float> zeroinitializer
  %373 = add i64 %x, 16
  %374 = mul i64 %37, 64
  %375 = add i64 %40, 3
  %376 = add i64 %374, %375
  %377 = mul i64 %376, 56
  %378 = add i64 %377, %34
  %379 = mul i64 %378, 56
  %380 = add i64 %379, %373
  %381 = getelementptr inbounds float, float* %0, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  store <8 x float> %372, <8 x float>* %382, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %383 = icmp slt i64 %i, 3
  br i1 %383, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %384 = mul i64 %i, 1
  %385 = add i64 %46, %384
  %386 = icmp sge i64 %385, 0
  %387 = icmp slt i64 %385, 56
  %388 = and i1 %386, %387
  br i1 %388, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %389 = mul i64 %385, 56
  %390 = add i64 %82, %389
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %391 = icmp slt i64 %j, 3
  br i1 %391, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %392 = mul i64 %x, 1
  %393 = mul i64 %j, 1
  %394 = add i64 %392, %393
  %395 = sub i64 %394, 1
  %396 = add i64 %390, %395
  %397 = add i64 %396, 0
  %398 = getelementptr inbounds float, float* %1, i64 %397
  %399 = bitcast float* %398 to <8 x float>*
  %400 = load <8 x float>, <8 x float>* %399, align 4
  %401 = add i64 %396, 8
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = add i64 %396, 16
  %406 = getelementptr inbounds float, float* %1, i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = mul i64 %i, 3
  %410 = add i64 %409, %j
  %411 = add i64 %40, 0
  %412 = mul i64 %411, 64
  %413 = add i64 %412, %c
  %414 = mul i64 %413, 9
  %415 = add i64 %414, %410
  %416 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %415
  %417 = load float, float* %416, align 4
  %418 = insertelement <8 x float> undef, float %417, i32 0
  %splat4 = shufflevector <8 x float> %418, <8 x float> undef, <8 x i32> zeroinitializer
  %419 = load <8 x float>, <8 x float>* %30, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %400, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %30, align 32
  %421 = load <8 x float>, <8 x float>* %29, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %404, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %29, align 32
  %423 = load <8 x float>, <8 x float>* %28, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %408, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %28, align 32
  %425 = mul i64 %i, 3
  %426 = add i64 %425, %j
  %427 = add i64 %40, 1
  %428 = mul i64 %427, 64
  %429 = add i64 %428, %c
  %430 = mul i64 %429, 9
  %431 = add i64 %430, %426
  %432 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat5 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %27, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %400, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %27, align 32
  %437 = load <8 x float>, <8 x float>* %26, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %404, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %26, align 32
  %439 = load <8 x float>, <8 x float>* %25, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %408, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %25, align 32
  %441 = mul i64 %i, 3
  %442 = add i64 %441, %j
  %443 = add i64 %40, 2
  %444 = mul i64 %443, 64
  %445 = add i64 %444, %c
  %446 = mul i64 %445, 9
  %447 = add i64 %446, %442
  %448 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat6 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %24, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %400, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %24, align 32
  %453 = load <8 x float>, <8 x float>* %23, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %404, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %23, align 32
  %455 = load <8 x float>, <8 x float>* %22, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %408, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %22, align 32
  %457 = mul i64 %i, 3
  %458 = add i64 %457, %j
  %459 = add i64 %40, 3
  %460 = mul i64 %459, 64
  %461 = add i64 %460, %c
  %462 = mul i64 %461, 9
  %463 = add i64 %462, %458
  %464 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %463
  %465 = load float, float* %464, align 4
  %466 = insertelement <8 x float> undef, float %465, i32 0
  %splat7 = shufflevector <8 x float> %466, <8 x float> undef, <8 x i32> zeroinitializer
  %467 = load <8 x float>, <8 x float>* %21, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %400, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %21, align 32
  %469 = load <8 x float>, <8 x float>* %20, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %404, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %20, align 32
  %471 = load <8 x float>, <8 x float>* %19, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %408, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %19, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %473 = icmp slt i64 %c15, 64
  br i1 %473, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %474 = mul i64 %c15, 3136
  %475 = add i64 %44, %474
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %476 = load <8 x float>, <8 x float>* %18, align 32
  %477 = mul i64 %37, 64
  %478 = add i64 %40, 0
  %479 = add i64 %477, %478
  %480 = mul i64 %479, 56
  %481 = add i64 %480, %34
  %482 = mul i64 %481, 56
  %483 = add i64 %482, 49
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %485, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %487 = fadd <8 x float> %476, %486
  %488 = fcmp ogt <8 x float> %487, zeroinitializer
  %489 = select <8 x i1> %488, <8 x float> %487, <8 x float> zeroinitializer
  %490 = mul i64 %37, 64
  %491 = add i64 %40, 0
  %492 = add i64 %490, %491
  %493 = mul i64 %492, 56
  %494 = add i64 %493, %34
  %495 = mul i64 %494, 56
  %496 = add i64 %495, 49
  %497 = getelementptr inbounds float, float* %0, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %489, <8 x float>* %498, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %499 = load <8 x float>, <8 x float>* %17, align 32
  %500 = mul i64 %37, 64
  %501 = add i64 %40, 1
  %502 = add i64 %500, %501
  %503 = mul i64 %502, 56
  %504 = add i64 %503, %34
  %505 = mul i64 %504, 56
  %506 = add i64 %505, 49
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %508, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %510 = fadd <8 x float> %499, %509
  %511 = fcmp ogt <8 x float> %510, zeroinitializer
  %512 = select <8 x i1> %511, <8 x float> %510, <8 x float> zeroinitializer
  %513 = mul i64 %37, 64
  %514 = add i64 %40, 1
  %515 = add i64 %513, %514
  %516 = mul i64 %515, 56
  %517 = add i64 %516, %34
  %518 = mul i64 %517, 56
  %519 = add i64 %518, 49
  %520 = getelementptr inbounds float, float* %0, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %512, <8 x float>* %521, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %522 = load <8 x float>, <8 x float>* %16, align 32
  %523 = mul i64 %37, 64
  %524 = add i64 %40, 2
  %525 = add i64 %523, %524
  %526 = mul i64 %525, 56
  %527 = add i64 %526, %34
  %528 = mul i64 %527, 56
  %529 = add i64 %528, 49
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  %532 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %531, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %533 = fadd <8 x float> %522, %532
  %534 = fcmp ogt <8 x float> %533, zeroinitializer
  %535 = select <8 x i1> %534, <8 x float> %533, <8 x float> zeroinitializer
  %536 = mul i64 %37, 64
  %537 = add i64 %40, 2
  %538 = add i64 %536, %537
  %539 = mul i64 %538, 56
  %540 = add i64 %539, %34
  %541 = mul i64 %540, 56
  %542 = add i64 %541, 49
  %543 = getelementptr inbounds float, float* %0, i64 %542
  %544 = bitcast float* %543 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %535, <8 x float>* %544, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %545 = load <8 x float>, <8 x float>* %15, align 32
  %546 = mul i64 %37, 64
  %547 = add i64 %40, 3
  %548 = add i64 %546, %547
  %549 = mul i64 %548, 56
  %550 = add i64 %549, %34
  %551 = mul i64 %550, 56
  %552 = add i64 %551, 49
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %554, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %556 = fadd <8 x float> %545, %555
  %557 = fcmp ogt <8 x float> %556, zeroinitializer
  %558 = select <8 x i1> %557, <8 x float> %556, <8 x float> zeroinitializer
  %559 = mul i64 %37, 64
  %560 = add i64 %40, 3
  %561 = add i64 %559, %560
  %562 = mul i64 %561, 56
  %563 = add i64 %562, %34
  %564 = mul i64 %563, 56
  %565 = add i64 %564, 49
  %566 = getelementptr inbounds float, float* %0, i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %558, <8 x float>* %567, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %568 = icmp slt i64 %i19, 3
  br i1 %568, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %569 = mul i64 %i19, 1
  %570 = add i64 %46, %569
  %571 = icmp sge i64 %570, 0
  %572 = icmp slt i64 %570, 56
  %573 = and i1 %571, %572
  br i1 %573, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %574 = mul i64 %570, 56
  %575 = add i64 %475, %574
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %576 = icmp slt i64 %j25, 3
  br i1 %576, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %577 = mul i64 %j25, 1
  %578 = add i64 49, %577
  %579 = sub i64 %578, 1
  %580 = add i64 %575, %579
  %581 = add i64 %580, 0
  %582 = getelementptr inbounds float, float* %1, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %583, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %585 = mul i64 %i19, 3
  %586 = add i64 %585, %j25
  %587 = add i64 %40, 0
  %588 = mul i64 %587, 64
  %589 = add i64 %588, %c15
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat26 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %18, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %584, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %18, align 32
  %597 = mul i64 %i19, 3
  %598 = add i64 %597, %j25
  %599 = add i64 %40, 1
  %600 = mul i64 %599, 64
  %601 = add i64 %600, %c15
  %602 = mul i64 %601, 9
  %603 = add i64 %602, %598
  %604 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat27 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %17, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %584, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %17, align 32
  %609 = mul i64 %i19, 3
  %610 = add i64 %609, %j25
  %611 = add i64 %40, 2
  %612 = mul i64 %611, 64
  %613 = add i64 %612, %c15
  %614 = mul i64 %613, 9
  %615 = add i64 %614, %610
  %616 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %615
  %617 = load float, float* %616, align 4
  %618 = insertelement <8 x float> undef, float %617, i32 0
  %splat28 = shufflevector <8 x float> %618, <8 x float> undef, <8 x i32> zeroinitializer
  %619 = load <8 x float>, <8 x float>* %16, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %584, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %16, align 32
  %621 = mul i64 %i19, 3
  %622 = add i64 %621, %j25
  %623 = add i64 %40, 3
  %624 = mul i64 %623, 64
  %625 = add i64 %624, %c15
  %626 = mul i64 %625, 9
  %627 = add i64 %626, %622
  %628 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat29 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %15, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %584, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %15, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %633 = icmp slt i64 %xs, 1
  br i1 %633, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %634 = add i64 %40, 0
  %635 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %634
  %636 = load float, float* %635, align 4
  store float %636, float* %14, align 4
  %637 = add i64 %40, 1
  %638 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %637
  %639 = load float, float* %638, align 4
  store float %639, float* %13, align 4
  %640 = add i64 %40, 2
  %641 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %640
  %642 = load float, float* %641, align 4
  store float %642, float* %12, align 4
  %643 = add i64 %40, 3
  %644 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %643
  %645 = load float, float* %644, align 4
  store float %645, float* %11, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %646 = icmp slt i64 %c36, 64
  br i1 %646, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %647 = mul i64 %c36, 3136
  %648 = add i64 %44, %647
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %649 = load float, float* %14, align 4
  %650 = mul i64 %37, 64
  %651 = add i64 %40, 0
  %652 = add i64 %650, %651
  %653 = mul i64 %652, 56
  %654 = add i64 %653, %34
  %655 = mul i64 %654, 56
  %656 = add i64 %655, %xs
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = load float, float* %657, align 4
  %659 = fadd float %649, %658
  %660 = fcmp ogt float %659, 0.000000e+00
  %661 = select i1 %660, float %659, float 0.000000e+00
  %662 = mul i64 %37, 64
  %663 = add i64 %40, 0
  %664 = add i64 %662, %663
  %665 = mul i64 %664, 56
  %666 = add i64 %665, %34
  %667 = mul i64 %666, 56
  %668 = add i64 %667, %xs
  %669 = getelementptr inbounds float, float* %0, i64 %668
  store float %661, float* %669, align 4
  %670 = load float, float* %13, align 4
  %671 = mul i64 %37, 64
  %672 = add i64 %40, 1
  %673 = add i64 %671, %672
  %674 = mul i64 %673, 56
  %675 = add i64 %674, %34
  %676 = mul i64 %675, 56
  %677 = add i64 %676, %xs
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = load float, float* %678, align 4
  %680 = fadd float %670, %679
  %681 = fcmp ogt float %680, 0.000000e+00
  %682 = select i1 %681, float %680, float 0.000000e+00
  %683 = mul i64 %37, 64
  %684 = add i64 %40, 1
  %685 = add i64 %683, %684
  %686 = mul i64 %685, 56
  %687 = add i64 %686, %34
  %688 = mul i64 %687, 56
  %689 = add i64 %688, %xs
  %690 = getelementptr inbounds float, float* %0, i64 %689
  store float %682, float* %690, align 4
  %691 = load float, float* %12, align 4
  %692 = mul i64 %37, 64
  %693 = add i64 %40, 2
  %694 = add i64 %692, %693
  %695 = mul i64 %694, 56
  %696 = add i64 %695, %34
  %697 = mul i64 %696, 56
  %698 = add i64 %697, %xs
  %699 = getelementptr inbounds float, float* %2, i64 %698
  %700 = load float, float* %699, align 4
  %701 = fadd float %691, %700
  %702 = fcmp ogt float %701, 0.000000e+00
  %703 = select i1 %702, float %701, float 0.000000e+00
  %704 = mul i64 %37, 64
  %705 = add i64 %40, 2
  %706 = add i64 %704, %705
  %707 = mul i64 %706, 56
  %708 = add i64 %707, %34
  %709 = mul i64 %708, 56
  %710 = add i64 %709, %xs
  %711 = getelementptr inbounds float, float* %0, i64 %710
  store float %703, float* %711, align 4
  %712 = load float, float* %11, align 4
  %713 = mul i64 %37, 64
  %714 = add i64 %40, 3
  %715 = add i64 %713, %714
  %716 = mul i64 %715, 56
  %717 = add i64 %716, %34
  %718 = mul i64 %717, 56
  %719 = add i64 %718, %xs
  %720 = getelementptr inbounds float, float* %2, i64 %719
  %721 = load float, float* %720, align 4
  %722 = fadd float %712, %721
  %723 = fcmp ogt float %722, 0.000000e+00
  %724 = select i1 %723, float %722, float 0.000000e+00
  %725 = mul i64 %37, 64
  %726 = add i64 %40, 3
  %727 = add i64 %725, %726
  %728 = mul i64 %727, 56
  %729 = add i64 %728, %34
  %730 = mul i64 %729, 56
  %731 = add i64 %730, %xs
  %732 = getelementptr inbounds float, float* %0, i64 %731
  store float %724, float* %732, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %733 = icmp slt i64 %i40, 3
  br i1 %733, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %734 = mul i64 %i40, 1
  %735 = add i64 %46, %734
  %736 = icmp sge i64 %735, 0
  %737 = icmp slt i64 %735, 56
  %738 = and i1 %736, %737
  br i1 %738, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %739 = mul i64 %735, 56
  %740 = add i64 %648, %739
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %741 = icmp slt i64 %j46, 3
  br i1 %741, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %742 = mul i64 %xs, 1
  %743 = mul i64 %j46, 1
  %744 = add i64 %742, %743
  %745 = sub i64 %744, 1
  %746 = icmp sge i64 %745, 0
  %747 = icmp slt i64 %745, 56
  %748 = and i1 %746, %747
  %749 = icmp sgt i64 %745, 0
  %750 = select i1 %749, i64 %745, i64 0
  %751 = icmp slt i64 %750, 55
  %752 = select i1 %751, i64 %750, i64 55
  %753 = add i64 %740, %752
  %754 = getelementptr inbounds float, float* %1, i64 %753
  %755 = load float, float* %754, align 4
  %756 = select i1 %748, float %755, float 0.000000e+00
  %757 = mul i64 %i40, 3
  %758 = add i64 %757, %j46
  %759 = add i64 %40, 0
  %760 = mul i64 %759, 64
  %761 = add i64 %760, %c36
  %762 = mul i64 %761, 9
  %763 = add i64 %762, %758
  %764 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %763
  %765 = load float, float* %764, align 4
  %766 = load float, float* %14, align 4
  %767 = call float @llvm.fma.f32(float %765, float %756, float %766)
  store float %767, float* %14, align 4
  %768 = mul i64 %i40, 3
  %769 = add i64 %768, %j46
  %770 = add i64 %40, 1
  %771 = mul i64 %770, 64
  %772 = add i64 %771, %c36
  %773 = mul i64 %772, 9
  %774 = add i64 %773, %769
  %775 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %774
  %776 = load float, float* %775, align 4
  %777 = load float, float* %13, align 4
  %778 = call float @llvm.fma.f32(float %776, float %756, float %777)
  store float %778, float* %13, align 4
  %779 = mul i64 %i40, 3
  %780 = add i64 %779, %j46
  %781 = add i64 %40, 2
  %782 = mul i64 %781, 64
  %783 = add i64 %782, %c36
  %784 = mul i64 %783, 9
  %785 = add i64 %784, %780
  %786 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %785
  %787 = load float, float* %786, align 4
  %788 = load float, float* %12, align 4
  %789 = call float @llvm.fma.f32(float %787, float %756, float %788)
  store float %789, float* %12, align 4
  %790 = mul i64 %i40, 3
  %791 = add i64 %790, %j46
  %792 = add i64 %40, 3
  %793 = mul i64 %792, 64
  %794 = add i64 %793, %c36
  %795 = mul i64 %794, 9
  %796 = add i64 %795, %791
  %797 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %796
  %798 = load float, float* %797, align 4
  %799 = load float, float* %11, align 4
  %800 = call float @llvm.fma.f32(float %798, float %756, float %799)
  store float %800, float* %11, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 55, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %801 = icmp slt i64 %xs53, 56
  br i1 %801, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %802 = add i64 %40, 0
  %803 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %802
  %804 = load float, float* %803, align 4
  store float %804, float* %10, align 4
  %805 = add i64 %40, 1
  %806 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %805
  %807 = load float, float* %806, align 4
  store float %807, float* %9, align 4
  %808 = add i64 %40, 2
  %809 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %808
  %810 = load float, float* %809, align 4
  store float %810, float* %8, align 4
  %811 = add i64 %40, 3
  %812 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %811
  %813 = load float, float* %812, align 4
  store float %813, float* %7, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %814 = icmp slt i64 %c57, 64
  br i1 %814, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %815 = mul i64 %c57, 3136
  %816 = add i64 %44, %815
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %817 = load float, float* %10, align 4
  %818 = mul i64 %37, 64
  %819 = add i64 %40, 0
  %820 = add i64 %818, %819
  %821 = mul i64 %820, 56
  %822 = add i64 %821, %34
  %823 = mul i64 %822, 56
  %824 = add i64 %823, %xs53
  %825 = getelementptr inbounds float, float* %2, i64 %824
  %826 = load float, float* %825, align 4
  %827 = fadd float %817, %826
  %828 = fcmp ogt float %827, 0.000000e+00
  %829 = select i1 %828, float %827, float 0.000000e+00
  %830 = mul i64 %37, 64
  %831 = add i64 %40, 0
  %832 = add i64 %830, %831
  %833 = mul i64 %832, 56
  %834 = add i64 %833, %34
  %835 = mul i64 %834, 56
  %836 = add i64 %835, %xs53
  %837 = getelementptr inbounds float, float* %0, i64 %836
  store float %829, float* %837, align 4
  %838 = load float, float* %9, align 4
  %839 = mul i64 %37, 64
  %840 = add i64 %40, 1
  %841 = add i64 %839, %840
  %842 = mul i64 %841, 56
  %843 = add i64 %842, %34
  %844 = mul i64 %843, 56
  %845 = add i64 %844, %xs53
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = load float, float* %846, align 4
  %848 = fadd float %838, %847
  %849 = fcmp ogt float %848, 0.000000e+00
  %850 = select i1 %849, float %848, float 0.000000e+00
  %851 = mul i64 %37, 64
  %852 = add i64 %40, 1
  %853 = add i64 %851, %852
  %854 = mul i64 %853, 56
  %855 = add i64 %854, %34
  %856 = mul i64 %855, 56
  %857 = add i64 %856, %xs53
  %858 = getelementptr inbounds float, float* %0, i64 %857
  store float %850, float* %858, align 4
  %859 = load float, float* %8, align 4
  %860 = mul i64 %37, 64
  %861 = add i64 %40, 2
  %862 = add i64 %860, %861
  %863 = mul i64 %862, 56
  %864 = add i64 %863, %34
  %865 = mul i64 %864, 56
  %866 = add i64 %865, %xs53
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = load float, float* %867, align 4
  %869 = fadd float %859, %868
  %870 = fcmp ogt float %869, 0.000000e+00
  %871 = select i1 %870, float %869, float 0.000000e+00
  %872 = mul i64 %37, 64
  %873 = add i64 %40, 2
  %874 = add i64 %872, %873
  %875 = mul i64 %874, 56
  %876 = add i64 %875, %34
  %877 = mul i64 %876, 56
  %878 = add i64 %877, %xs53
  %879 = getelementptr inbounds float, float* %0, i64 %878
  store float %871, float* %879, align 4
  %880 = load float, float* %7, align 4
  %881 = mul i64 %37, 64
  %882 = add i64 %40, 3
  %883 = add i64 %881, %882
  %884 = mul i64 %883, 56
  %885 = add i64 %884, %34
  %886 = mul i64 %885, 56
  %887 = add i64 %886, %xs53
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = load float, float* %888, align 4
  %890 = fadd float %880, %889
  %891 = fcmp ogt float %890, 0.000000e+00
  %892 = select i1 %891, float %890, float 0.000000e+00
  %893 = mul i64 %37, 64
  %894 = add i64 %40, 3
  %895 = add i64 %893, %894
  %896 = mul i64 %895, 56
  %897 = add i64 %896, %34
  %898 = mul i64 %897, 56
  %899 = add i64 %898, %xs53
  %900 = getelementptr inbounds float, float* %0, i64 %899
  store float %892, float* %900, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %901 = icmp slt i64 %i61, 3
  br i1 %901, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %902 = mul i64 %i61, 1
  %903 = add i64 %46, %902
  %904 = icmp sge i64 %903, 0
  %905 = icmp slt i64 %903, 56
  %906 = and i1 %904, %905
  br i1 %906, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %907 = mul i64 %903, 56
  %908 = add i64 %816, %907
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %909 = icmp slt i64 %j67, 3
  br i1 %909, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %910 = mul i64 %xs53, 1
  %911 = mul i64 %j67, 1
  %912 = add i64 %910, %911
  %913 = sub i64 %912, 1
  %914 = icmp sge i64 %913, 0
  %915 = icmp slt i64 %913, 56
  %916 = and i1 %914, %915
  %917 = icmp sgt i64 %913, 0
  %918 = select i1 %917, i64 %913, i64 0
  %919 = icmp slt i64 %918, 55
  %920 = select i1 %919, i64 %918, i64 55
  %921 = add i64 %908, %920
  %922 = getelementptr inbounds float, float* %1, i64 %921
  %923 = load float, float* %922, align 4
  %924 = select i1 %916, float %923, float 0.000000e+00
  %925 = mul i64 %i61, 3
  %926 = add i64 %925, %j67
  %927 = add i64 %40, 0
  %928 = mul i64 %927, 64
  %929 = add i64 %928, %c57
  %930 = mul i64 %929, 9
  %931 = add i64 %930, %926
  %932 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %931
  %933 = load float, float* %932, align 4
  %934 = load float, float* %10, align 4
  %935 = call float @llvm.fma.f32(float %933, float %924, float %934)
  store float %935, float* %10, align 4
  %936 = mul i64 %i61, 3
  %937 = add i64 %936, %j67
  %938 = add i64 %40, 1
  %939 = mul i64 %938, 64
  %940 = add i64 %939, %c57
  %941 = mul i64 %940, 9
  %942 = add i64 %941, %937
  %943 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %942
  %944 = load float, float* %943, align 4
  %945 = load float, float* %9, align 4
  %946 = call float @llvm.fma.f32(float %944, float %924, float %945)
  store float %946, float* %9, align 4
  %947 = mul i64 %i61, 3
  %948 = add i64 %947, %j67
  %949 = add i64 %40, 2
  %950 = mul i64 %949, 64
  %951 = add i64 %950, %c57
  %952 = mul i64 %951, 9
  %953 = add i64 %952, %948
  %954 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %953
  %955 = load float, float* %954, align 4
  %956 = load float, float* %8, align 4
  %957 = call float @llvm.fma.f32(float %955, float %924, float %956)
  store float %957, float* %8, align 4
  %958 = mul i64 %i61, 3
  %959 = add i64 %958, %j67
  %960 = add i64 %40, 3
  %961 = mul i64 %960, 64
  %962 = add i64 %961, %c57
  %963 = mul i64 %962, 9
  %964 = add i64 %963, %959
  %965 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_3.weight to float*), i64 %964
  %966 = load float, float* %965, align 4
  %967 = load float, float* %7, align 4
  %968 = call float @llvm.fma.f32(float %966, float %924, float %967)
  store float %968, float* %7, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nounwind
define internal void @node3.conv2d_3.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
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
  %22 = add i64 896, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  call void @node3.conv2d_3.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
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
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %75
  %77 = load float, float* %76, align 4
  %78 = insertelement <8 x float> undef, float %77, i32 0
  %splat11 = shufflevector <8 x float> %78, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %14, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %79 = icmp slt i64 %c, 64
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
  %86 = mul i64 %36, 64
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
  %99 = mul i64 %36, 64
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
  %112 = mul i64 %36, 64
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
  %125 = mul i64 %36, 64
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
  %138 = mul i64 %36, 64
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
  %151 = mul i64 %36, 64
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
  %164 = mul i64 %36, 64
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
  %177 = mul i64 %36, 64
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
  %190 = mul i64 %36, 64
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
  %203 = mul i64 %36, 64
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
  %216 = mul i64 %36, 64
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
  %229 = mul i64 %36, 64
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
  %267 = mul i64 %266, 64
  %268 = add i64 %267, %c
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %270
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
  %283 = mul i64 %282, 64
  %284 = add i64 %283, %c
  %285 = mul i64 %284, 9
  %286 = add i64 %285, %281
  %287 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %286
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
  %299 = mul i64 %298, 64
  %300 = add i64 %299, %c
  %301 = mul i64 %300, 9
  %302 = add i64 %301, %297
  %303 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %302
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
  %315 = mul i64 %314, 64
  %316 = add i64 %315, %c
  %317 = mul i64 %316, 9
  %318 = add i64 %317, %313
  %319 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %318
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
  %328 = icmp slt i64 %c15, 64
  br i1 %328, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %329 = mul i64 %c15, 3136
  %330 = add i64 %43, %329
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %331 = load <8 x float>, <8 x float>* %17, align 32
  %332 = fcmp ogt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> %331, <8 x float> zeroinitializer
  %334 = mul i64 %36, 64
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
  %346 = mul i64 %36, 64
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
  %358 = mul i64 %36, 64
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
  %370 = mul i64 %36, 64
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
  %399 = mul i64 %398, 64
  %400 = add i64 %399, %c15
  %401 = mul i64 %400, 9
  %402 = add i64 %401, %397
  %403 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat26 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %395, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = mul i64 %i19, 3
  %409 = add i64 %408, %j25
  %410 = add i64 %39, 1
  %411 = mul i64 %410, 64
  %412 = add i64 %411, %c15
  %413 = mul i64 %412, 9
  %414 = add i64 %413, %409
  %415 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat27 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %16, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %16, align 32
  %420 = mul i64 %i19, 3
  %421 = add i64 %420, %j25
  %422 = add i64 %39, 2
  %423 = mul i64 %422, 64
  %424 = add i64 %423, %c15
  %425 = mul i64 %424, 9
  %426 = add i64 %425, %421
  %427 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %426
  %428 = load float, float* %427, align 4
  %429 = insertelement <8 x float> undef, float %428, i32 0
  %splat28 = shufflevector <8 x float> %429, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, <8 x float>* %15, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %395, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %15, align 32
  %432 = mul i64 %i19, 3
  %433 = add i64 %432, %j25
  %434 = add i64 %39, 3
  %435 = mul i64 %434, 64
  %436 = add i64 %435, %c15
  %437 = mul i64 %436, 9
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %438
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
  %446 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %445
  %447 = load float, float* %446, align 4
  store float %447, float* %13, align 4
  %448 = add i64 %39, 1
  %449 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %448
  %450 = load float, float* %449, align 4
  store float %450, float* %12, align 4
  %451 = add i64 %39, 2
  %452 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %451
  %453 = load float, float* %452, align 4
  store float %453, float* %11, align 4
  %454 = add i64 %39, 3
  %455 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %454
  %456 = load float, float* %455, align 4
  store float %456, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %457 = icmp slt i64 %c36, 64
  br i1 %457, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %458 = mul i64 %c36, 3136
  %459 = add i64 %43, %458
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %460 = load float, float* %13, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %36, 64
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
  %474 = mul i64 %36, 64
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
  %485 = mul i64 %36, 64
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
  %496 = mul i64 %36, 64
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
  %531 = mul i64 %530, 64
  %532 = add i64 %531, %c36
  %533 = mul i64 %532, 9
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %534
  %536 = load float, float* %535, align 4
  %537 = load float, float* %13, align 4
  %538 = call float @llvm.fma.f32(float %536, float %527, float %537)
  store float %538, float* %13, align 4
  %539 = mul i64 %i40, 3
  %540 = add i64 %539, %j46
  %541 = add i64 %39, 1
  %542 = mul i64 %541, 64
  %543 = add i64 %542, %c36
  %544 = mul i64 %543, 9
  %545 = add i64 %544, %540
  %546 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %545
  %547 = load float, float* %546, align 4
  %548 = load float, float* %12, align 4
  %549 = call float @llvm.fma.f32(float %547, float %527, float %548)
  store float %549, float* %12, align 4
  %550 = mul i64 %i40, 3
  %551 = add i64 %550, %j46
  %552 = add i64 %39, 2
  %553 = mul i64 %552, 64
  %554 = add i64 %553, %c36
  %555 = mul i64 %554, 9
  %556 = add i64 %555, %551
  %557 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %556
  %558 = load float, float* %557, align 4
  %559 = load float, float* %11, align 4
  %560 = call float @llvm.fma.f32(float %558, float %527, float %559)
  store float %560, float* %11, align 4
  %561 = mul i64 %i40, 3
  %562 = add i64 %561, %j46
  %563 = add i64 %39, 3
  %564 = mul i64 %563, 64
  %565 = add i64 %564, %c36
  %566 = mul i64 %565, 9
  %567 = add i64 %566, %562
  %568 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %567
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
  %574 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %573
  %575 = load float, float* %574, align 4
  store float %575, float* %9, align 4
  %576 = add i64 %39, 1
  %577 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %576
  %578 = load float, float* %577, align 4
  store float %578, float* %8, align 4
  %579 = add i64 %39, 2
  %580 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %579
  %581 = load float, float* %580, align 4
  store float %581, float* %7, align 4
  %582 = add i64 %39, 3
  %583 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %582
  %584 = load float, float* %583, align 4
  store float %584, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %585 = icmp slt i64 %c57, 64
  br i1 %585, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %586 = mul i64 %c57, 3136
  %587 = add i64 %43, %586
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %588 = load float, float* %9, align 4
  %589 = fcmp ogt float %588, 0.000000e+00
  %590 = select i1 %589, float %588, float 0.000000e+00
  %591 = mul i64 %36, 64
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
  %602 = mul i64 %36, 64
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
  %613 = mul i64 %36, 64
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
  %624 = mul i64 %36, 64
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
  %659 = mul i64 %658, 64
  %660 = add i64 %659, %c57
  %661 = mul i64 %660, 9
  %662 = add i64 %661, %657
  %663 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %662
  %664 = load float, float* %663, align 4
  %665 = load float, float* %9, align 4
  %666 = call float @llvm.fma.f32(float %664, float %655, float %665)
  store float %666, float* %9, align 4
  %667 = mul i64 %i61, 3
  %668 = add i64 %667, %j67
  %669 = add i64 %39, 1
  %670 = mul i64 %669, 64
  %671 = add i64 %670, %c57
  %672 = mul i64 %671, 9
  %673 = add i64 %672, %668
  %674 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %673
  %675 = load float, float* %674, align 4
  %676 = load float, float* %8, align 4
  %677 = call float @llvm.fma.f32(float %675, float %655, float %676)
  store float %677, float* %8, align 4
  %678 = mul i64 %i61, 3
  %679 = add i64 %678, %j67
  %680 = add i64 %39, 2
  %681 = mul i64 %680, 64
  %682 = add i64 %681, %c57
  %683 = mul i64 %682, 9
  %684 = add i64 %683, %679
  %685 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %684
  %686 = load float, float* %685, align 4
  %687 = load float, float* %7, align 4
  %688 = call float @llvm.fma.f32(float %686, float %655, float %687)
  store float %688, float* %7, align 4
  %689 = mul i64 %i61, 3
  %690 = add i64 %689, %j67
  %691 = add i64 %39, 3
  %692 = mul i64 %691, 64
  %693 = add i64 %692, %c57
  %694 = mul i64 %693, 9
  %695 = add i64 %694, %690
  %696 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_4.weight to float*), i64 %695
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_5.step0.body(float* %0, float* noalias %1, float* %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca float, align 4
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
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %xs.exit52 ]
  %31 = icmp slt i64 %task, %6
  br i1 %31, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %32 = srem i64 %task, 16
  %33 = sdiv i64 %task, 16
  %34 = srem i64 %33, 56
  %35 = sdiv i64 %task, 896
  %36 = srem i64 %35, 1
  %37 = sdiv i64 %35, 1
  %38 = mul i64 %36, 64
  %39 = mul i64 %32, 4
  %40 = add i64 %38, %39
  %41 = mul i64 %37, 64
  %42 = mul i64 %36, 64
  %43 = add i64 %41, %42
  %44 = mul i64 %43, 3136
  %45 = mul i64 %34, 1
  %46 = sub i64 %45, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %47 = icmp slt i64 %x, 49
  br i1 %47, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %48 = add i64 %40, 0
  %49 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %30, align 32
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  %52 = add i64 %40, 1
  %53 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %52
  %54 = load float, float* %53, align 4
  %55 = insertelement <8 x float> undef, float %54, i32 0
  %splat1 = shufflevector <8 x float> %55, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %27, align 32
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  %56 = add i64 %40, 2
  %57 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat2 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %24, align 32
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  %60 = add i64 %40, 3
  %61 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %60
  %62 = load float, float* %61, align 4
  %63 = insertelement <8 x float> undef, float %62, i32 0
  %splat3 = shufflevector <8 x float> %63, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %21, align 32
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %64 = add i64 %40, 0
  %65 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat8 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %18, align 32
  %68 = add i64 %40, 1
  %69 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %68
  %70 = load float, float* %69, align 4
  %71 = insertelement <8 x float> undef, float %70, i32 0
  %splat9 = shufflevector <8 x float> %71, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %17, align 32
  %72 = add i64 %40, 2
  %73 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat10 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %16, align 32
  %76 = add i64 %40, 3
  %77 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat11 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %15, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %80 = icmp slt i64 %c, 64
  br i1 %80, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %81 = mul i64 %c, 3136
  %82 = add i64 %44, %81
  br label %i.header

c.exit:                                           ; preds = %c.header
  %83 = load <8 x float>, <8 x float>* %30, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %37, 64
  %86 = add i64 %40, 0
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 56
  %89 = add i64 %88, %34
  %90 = mul i64 %89, 56
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = fadd <8 x float> %83, %94
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 0
  %99 = mul i64 %37, 64
  %100 = add i64 %40, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 56
  %103 = add i64 %102, %34
  %104 = mul i64 %103, 56
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %29, align 32
  %109 = add i64 %x, 8
  %110 = mul i64 %37, 64
  %111 = add i64 %40, 0
  %112 = add i64 %110, %111
  %113 = mul i64 %112, 56
  %114 = add i64 %113, %34
  %115 = mul i64 %114, 56
  %116 = add i64 %115, %109
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = fadd <8 x float> %108, %119
  %121 = fcmp ogt <8 x float> %120, zeroinitializer
  %122 = select <8 x i1> %121, <8 x float> %120, <8 x float> zeroinitializer
  %123 = add i64 %x, 8
  %124 = mul i64 %37, 64
  %125 = add i64 %40, 0
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 56
  %128 = add i64 %127, %34
  %129 = mul i64 %128, 56
  %130 = add i64 %129, %123
  %131 = getelementptr inbounds float, float* %0, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %122, <8 x float>* %132, align 4
  %133 = load <8 x float>, <8 x float>* %28, align 32
  %134 = add i64 %x, 16
  %135 = mul i64 %37, 64
  %136 = add i64 %40, 0
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 56
  %139 = add i64 %138, %34
  %140 = mul i64 %139, 56
  %141 = add i64 %140, %134
  %142 = getelementptr inbounds float, float* %2, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = fadd <8 x float> %133, %144
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = add i64 %x, 16
  %149 = mul i64 %37, 64
  %150 = add i64 %40, 0
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 56
  %153 = add i64 %152, %34
  %154 = mul i64 %153, 56
  %155 = add i64 %154, %148
  %156 = getelementptr inbounds float, float* %0, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %147, <8 x float>* %157, align 4
  %158 = load <8 x float>, <8 x float>* %27, align 32
  %159 = add i64 %x, 0
  %160 = mul i64 %37, 64
  %161 = add i64 %40, 1
  %162 = add i64 %160, %161
  %163 = mul i64 %162, 56
  %164 = add i64 %163, %34
  %165 = mul i64 %164, 56
  %166 = add i64 %165, %159
  %167 = getelementptr inbounds float, float* %2, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = fadd <8 x float> %158, %169
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = add i64 %x, 0
  %174 = mul i64 %37, 64
  %175 = add i64 %40, 1
  %176 = add i64 %174, %175
  %177 = mul i64 %176, 56
  %178 = add i64 %177, %34
  %179 = mul i64 %178, 56
  %180 = add i64 %179, %173
  %181 = getelementptr inbounds float, float* %0, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %172, <8 x float>* %182, align 4
  %183 = load <8 x float>, <8 x float>* %26, align 32
  %184 = add i64 %x, 8
  %185 = mul i64 %37, 64
  %186 = add i64 %40, 1
  %187 = add i64 %185, %186
  %188 = mul i64 %187, 56
  %189 = add i64 %188, %34
  %190 = mul i64 %189, 56
  %191 = add i64 %190, %184
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = fadd <8 x float> %183, %194
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = add i64 %x, 8
  %199 = mul i64 %37, 64
  %200 = add i64 %40, 1
  %201 = add i64 %199, %200
  %202 = mul i64 %201, 56
  %203 = add i64 %202, %34
  %204 = mul i64 %203, 56
  %205 = add i64 %204, %198
  %206 = getelementptr inbounds float, float* %0, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %197, <8 x float>* %207, align 4
  %208 = load <8 x float>, <8 x float>* %25, align 32
  %209 = add i64 %x, 16
  %210 = mul i64 %37, 64
  %211 = add i64 %40, 1
  %212 = add i64 %210, %211
  %213 = mul i64 %212, 56
  %214 = add i64 %213, %34
  %215 = mul i64 %214, 56
  %216 = add i64 %215, %209
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = fadd <8 x float> %208, %219
  %221 = fcmp ogt <8 x float> %220, zeroinitializer
  %222 = select <8 x i1> %221, <8 x float> %220, <8 x float> zeroinitializer
  %223 = add i64 %x, 16
  %224 = mul i64 %37, 64
  %225 = add i64 %40, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 56
  %228 = add i64 %227, %34
  %229 = mul i64 %228, 56
  %230 = add i64 %229, %223
  %231 = getelementptr inbounds float, float* %0, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %222, <8 x float>* %232, align 4
  %233 = load <8 x float>, <8 x float>* %24, align 32
  %234 = add i64 %x, 0
  %235 = mul i64 %37, 64
  %236 = add i64 %40, 2
  %237 = add i64 %235, %236
  %238 = mul i64 %237, 56
  %239 = add i64 %238, %34
  %240 = mul i64 %239, 56
  %241 = add i64 %240, %234
  %242 = getelementptr inbounds float, float* %2, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = fadd <8 x float> %233, %244
  %246 = fcmp ogt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> %245, <8 x float> zeroinitializer
  %248 = add i64 %x, 0
  %249 = mul i64 %37, 64
  %250 = add i64 %40, 2
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 56
  %253 = add i64 %252, %34
  %254 = mul i64 %253, 56
  %255 = add i64 %254, %248
  %256 = getelementptr inbounds float, float* %0, i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  store <8 x float> %247, <8 x float>* %257, align 4
  %258 = load <8 x float>, <8 x float>* %23, align 32
  %259 = add i64 %x, 8
  %260 = mul i64 %37, 64
  %261 = add i64 %40, 2
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 56
  %264 = add i64 %263, %34
  %265 = mul i64 %264, 56
  %266 = add i64 %265, %259
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = fadd <8 x float> %258, %269
  %271 = fcmp ogt <8 x float> %270, zeroinitializer
  %272 = select <8 x i1> %271, <8 x float> %270, <8 x float> zeroinitializer
  %273 = add i64 %x, 8
  %274 = mul i64 %37, 64
  %275 = add i64 %40, 2
  %276 = add i64 %274, %275
  %277 = mul i64 %276, 56
  %278 = add i64 %277, %34
  %279 = mul i64 %278, 56
  %280 = add i64 %279, %273
  %281 = getelementptr inbounds float, float* %0, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  store <8 x float> %272, <8 x float>* %282, align 4
  %283 = load <8 x float>, <8 x float>* %22, align 32
  %284 = add i64 %x, 16
  %285 = mul i64 %37, 64
  %286 = add i64 %40, 2
  %287 = add i64 %285, %286
  %288 = mul i64 %287, 56
  %289 = add i64 %288, %34
  %290 = mul i64 %289, 56
  %291 = add i64 %290, %284
  %292 = getelementptr inbounds float, float* %2, i64 %291
  %293 = bitcast float* %292 to <8 x float>*
  %294 = load <8 x float>, <8 x float>* %293, align 4
  %295 = fadd <8 x float> %283, %294
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = add i64 %x, 16
  %299 = mul i64 %37, 64
  %300 = add i64 %40, 2
  %301 = add i64 %299, %300
  %302 = mul i64 %301, 56
  %303 = add i64 %302, %34
  %304 = mul i64 %303, 56
  %305 = add i64 %304, %298
  %306 = getelementptr inbounds float, float* %0, i64 %305
  %307 = bitcast float* %306 to <8 x float>*
  store <8 x float> %297, <8 x float>* %307, align 4
  %308 = load <8 x float>, <8 x float>* %21, align 32
  %309 = add i64 %x, 0
  %310 = mul i64 %37, 64
  %311 = add i64 %40, 3
  %312 = add i64 %310, %311
  %313 = mul i64 %312, 56
  %314 = add i64 %313, %34
  %315 = mul i64 %314, 56
  %316 = add i64 %315, %309
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = fadd <8 x float> %308, %319
  %321 = fcmp ogt <8 x float> %320, zeroinitializer
  %322 = select <8 x i1> %321, <8 x float> %320, <8 x float> zeroinitializer
  %323 = add i64 %x, 0
  %324 = mul i64 %37, 64
  %325 = add i64 %40, 3
  %326 = add i64 %324, %325
  %327 = mul i64 %326, 56
  %328 = add i64 %327, %34
  %329 = mul i64 %328, 56
  %330 = add i64 %329, %323
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %322, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %20, align 32
  %334 = add i64 %x, 8
  %335 = mul i64 %37, 64
  %336 = add i64 %40, 3
  %337 = add i64 %335, %336
  %338 = mul i64 %337, 56
  %339 = add i64 %338, %34
  %340 = mul i64 %339, 56
  %341 = add i64 %340, %334
  %342 = getelementptr inbounds float, float* %2, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = fadd <8 x float> %333, %344
  %346 = fcmp ogt <8 x float> %345, zeroinitializer
  %347 = select <8 x i1> %346, <8 x float> %345, <8 x float> zeroinitializer
  %348 = add i64 %x, 8
  %349 = mul i64 %37, 64
  %350 = add i64 %40, 3
  %351 = add i64 %349, %350
  %352 = mul i64 %351, 56
  %353 = add i64 %352, %34
  %354 = mul i64 %353, 56
  %355 = add i64 %354, %348
  %356 = getelementptr inbounds float, float* %0, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %347, <8 x float>* %357, align 4
  %358 = load <8 x float>, <8 x float>* %19, align 32
  %359 = add i64 %x, 16
  %360 = mul i64 %37, 64
  %361 = add i64 %40, 3
  %362 = add i64 %360, %361
  %363 = mul i64 %362, 56
  %364 = add i64 %363, %34
  %365 = mul i64 %364, 56
  %366 = add i64 %365, %359
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = fadd <8 x float> %358, %369
  %371 = fcmp ogt <8 x float> %370, zeroinitializer
  %372 = select <8 x i1> %371, <8 x float> %370, <8 x float> zeroinitializer
  %373 = add i64 %x, 16
  %374 = mul i64 %37, 64
  %375 = add i64 %40, 3
  %376 = add i64 %374, %375
  %377 = mul i64 %376, 56
  %378 = add i64 %377, %34
  %379 = mul i64 %378, 56
  %380 = add i64 %379, %373
  %381 = getelementptr inbounds float, float* %0, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  store <8 x float> %372, <8 x float>* %382, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %383 = icmp slt i64 %i, 3
  br i1 %383, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %384 = mul i64 %i, 1
  %385 = add i64 %46, %384
  %386 = icmp sge i64 %385, 0
  %387 = icmp slt i64 %385, 56
  %388 = and i1 %386, %387
  br i1 %388, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %389 = mul i64 %385, 56
  %390 = add i64 %82, %389
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %391 = icmp slt i64 %j, 3
  br i1 %391, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %392 = mul i64 %x, 1
  %393 = mul i64 %j, 1
  %394 = add i64 %392, %393
  %395 = sub i64 %394, 1
  %396 = add i64 %390, %395
  %397 = add i64 %396, 0
  %398 = getelementptr inbounds float, float* %1, i64 %397
  %399 = bitcast float* %398 to <8 x float>*
  %400 = load <8 x float>, <8 x float>* %399, align 4
  %401 = add i64 %396, 8
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = add i64 %396, 16
  %406 = getelementptr inbounds float, float* %1, i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = mul i64 %i, 3
  %410 = add i64 %409, %j
  %411 = add i64 %40, 0
  %412 = mul i64 %411, 64
  %413 = add i64 %412, %c
  %414 = mul i64 %413, 9
  %415 = add i64 %414, %410
  %416 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %415
  %417 = load float, float* %416, align 4
  %418 = insertelement <8 x float> undef, float %417, i32 0
  %splat4 = shufflevector <8 x float> %418, <8 x float> undef, <8 x i32> zeroinitializer
  %419 = load <8 x float>, <8 x float>* %30, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %400, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %30, align 32
  %421 = load <8 x float>, <8 x float>* %29, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %404, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %29, align 32
  %423 = load <8 x float>, <8 x float>* %28, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %408, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %28, align 32
  %425 = mul i64 %i, 3
  %426 = add i64 %425, %j
  %427 = add i64 %40, 1
  %428 = mul i64 %427, 64
  %429 = add i64 %428, %c
  %430 = mul i64 %429, 9
  %431 = add i64 %430, %426
  %432 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat5 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %27, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %400, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %27, align 32
  %437 = load <8 x float>, <8 x float>* %26, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %404, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %26, align 32
  %439 = load <8 x float>, <8 x float>* %25, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %408, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %25, align 32
  %441 = mul i64 %i, 3
  %442 = add i64 %441, %j
  %443 = add i64 %40, 2
  %444 = mul i64 %443, 64
  %445 = add i64 %444, %c
  %446 = mul i64 %445, 9
  %447 = add i64 %446, %442
  %448 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat6 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %24, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %400, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %24, align 32
  %453 = load <8 x float>, <8 x float>* %23, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %404, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %23, align 32
  %455 = load <8 x float>, <8 x float>* %22, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %408, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %22, align 32
  %457 = mul i64 %i, 3
  %458 = add i64 %457, %j
  %459 = add i64 %40, 3
  %460 = mul i64 %459, 64
  %461 = add i64 %460, %c
  %462 = mul i64 %461, 9
  %463 = add i64 %462, %458
  %464 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %463
  %465 = load float, float* %464, align 4
  %466 = insertelement <8 x float> undef, float %465, i32 0
  %splat7 = shufflevector <8 x float> %466, <8 x float> undef, <8 x i32> zeroinitializer
  %467 = load <8 x float>, <8 x float>* %21, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %400, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %21, align 32
  %469 = load <8 x float>, <8 x float>* %20, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %404, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %20, align 32
  %471 = load <8 x float>, <8 x float>* %19, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %408, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %19, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %473 = icmp slt i64 %c15, 64
  br i1 %473, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %474 = mul i64 %c15, 3136
  %475 = add i64 %44, %474
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %476 = load <8 x float>, <8 x float>* %18, align 32
  %477 = mul i64 %37, 64
  %478 = add i64 %40, 0
  %479 = add i64 %477, %478
  %480 = mul i64 %479, 56
  %481 = add i64 %480, %34
  %482 = mul i64 %481, 56
  %483 = add i64 %482, 49
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %485, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %487 = fadd <8 x float> %476, %486
  %488 = fcmp ogt <8 x float> %487, zeroinitializer
  %489 = select <8 x i1> %488, <8 x float> %487, <8 x float> zeroinitializer
  %490 = mul i64 %37, 64
  %491 = add i64 %40, 0
  %492 = add i64 %490, %491
  %493 = mul i64 %492, 56
  %494 = add i64 %493, %34
  %495 = mul i64 %494, 56
  %496 = add i64 %495, 49
  %497 = getelementptr inbounds float, float* %0, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %489, <8 x float>* %498, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %499 = load <8 x float>, <8 x float>* %17, align 32
  %500 = mul i64 %37, 64
  %501 = add i64 %40, 1
  %502 = add i64 %500, %501
  %503 = mul i64 %502, 56
  %504 = add i64 %503, %34
  %505 = mul i64 %504, 56
  %506 = add i64 %505, 49
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %508, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %510 = fadd <8 x float> %499, %509
  %511 = fcmp ogt <8 x float> %510, zeroinitializer
  %512 = select <8 x i1> %511, <8 x float> %510, <8 x float> zeroinitializer
  %513 = mul i64 %37, 64
  %514 = add i64 %40, 1
  %515 = add i64 %513, %514
  %516 = mul i64 %515, 56
  %517 = add i64 %516, %34
  %518 = mul i64 %517, 56
  %519 = add i64 %518, 49
  %520 = getelementptr inbounds float, float* %0, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %512, <8 x float>* %521, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %522 = load <8 x float>, <8 x float>* %16, align 32
  %523 = mul i64 %37, 64
  %524 = add i64 %40, 2
  %525 = add i64 %523, %524
  %526 = mul i64 %525, 56
  %527 = add i64 %526, %34
  %528 = mul i64 %527, 56
  %529 = add i64 %528, 49
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  %532 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %531, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %533 = fadd <8 x float> %522, %532
  %534 = fcmp ogt <8 x float> %533, zeroinitializer
  %535 = select <8 x i1> %534, <8 x float> %533, <8 x float> zeroinitializer
  %536 = mul i64 %37, 64
  %537 = add i64 %40, 2
  %538 = add i64 %536, %537
  %539 = mul i64 %538, 56
  %540 = add i64 %539, %34
  %541 = mul i64 %540, 56
  %542 = add i64 %541, 49
  %543 = getelementptr inbounds float, float* %0, i64 %542
  %544 = bitcast float* %543 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %535, <8 x float>* %544, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  %545 = load <8 x float>, <8 x float>* %15, align 32
  %546 = mul i64 %37, 64
  %547 = add i64 %40, 3
  %548 = add i64 %546, %547
  %549 = mul i64 %548, 56
  %550 = add i64 %549, %34
  %551 = mul i64 %550, 56
  %552 = add i64 %551, 49
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %554, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %556 = fadd <8 x float> %545, %555
  %557 = fcmp ogt <8 x float> %556, zeroinitializer
  %558 = select <8 x i1> %557, <8 x float> %556, <8 x float> zeroinitializer
  %559 = mul i64 %37, 64
  %560 = add i64 %40, 3
  %561 = add i64 %559, %560
  %562 = mul i64 %561, 56
  %563 = add i64 %562, %34
  %564 = mul i64 %563, 56
  %565 = add i64 %564, 49
  %566 = getelementptr inbounds float, float* %0, i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %558, <8 x float>* %567, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %568 = icmp slt i64 %i19, 3
  br i1 %568, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %569 = mul i64 %i19, 1
  %570 = add i64 %46, %569
  %571 = icmp sge i64 %570, 0
  %572 = icmp slt i64 %570, 56
  %573 = and i1 %571, %572
  br i1 %573, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %574 = mul i64 %570, 56
  %575 = add i64 %475, %574
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %576 = icmp slt i64 %j25, 3
  br i1 %576, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %577 = mul i64 %j25, 1
  %578 = add i64 49, %577
  %579 = sub i64 %578, 1
  %580 = add i64 %575, %579
  %581 = add i64 %580, 0
  %582 = getelementptr inbounds float, float* %1, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %583, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false>, <8 x float> zeroinitializer)
  %585 = mul i64 %i19, 3
  %586 = add i64 %585, %j25
  %587 = add i64 %40, 0
  %588 = mul i64 %587, 64
  %589 = add i64 %588, %c15
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat26 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %18, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %584, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %18, align 32
  %597 = mul i64 %i19, 3
  %598 = add i64 %597, %j25
  %599 = add i64 %40, 1
  %600 = mul i64 %599, 64
  %601 = add i64 %600, %c15
  %602 = mul i64 %601, 9
  %603 = add i64 %602, %598
  %604 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat27 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %17, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %584, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %17, align 32
  %609 = mul i64 %i19, 3
  %610 = add i64 %609, %j25
  %611 = add i64 %40, 2
  %612 = mul i64 %611, 64
  %613 = add i64 %612, %c15
  %614 = mul i64 %613, 9
  %615 = add i64 %614, %610
  %616 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %615
  %617 = load float, float* %616, align 4
  %618 = insertelement <8 x float> undef, float %617, i32 0
  %splat28 = shufflevector <8 x float> %618, <8 x float> undef, <8 x i32> zeroinitializer
  %619 = load <8 x float>, <8 x float>* %16, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %584, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %16, align 32
  %621 = mul i64 %i19, 3
  %622 = add i64 %621, %j25
  %623 = add i64 %40, 3
  %624 = mul i64 %623, 64
  %625 = add i64 %624, %c15
  %626 = mul i64 %625, 9
  %627 = add i64 %626, %622
  %628 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat29 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %15, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %584, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %15, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %633 = icmp slt i64 %xs, 1
  br i1 %633, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %634 = add i64 %40, 0
  %635 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %634
  %636 = load float, float* %635, align 4
  store float %636, float* %14, align 4
  %637 = add i64 %40, 1
  %638 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %637
  %639 = load float, float* %638, align 4
  store float %639, float* %13, align 4
  %640 = add i64 %40, 2
  %641 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %640
  %642 = load float, float* %641, align 4
  store float %642, float* %12, align 4
  %643 = add i64 %40, 3
  %644 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %643
  %645 = load float, float* %644, align 4
  store float %645, float* %11, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %646 = icmp slt i64 %c36, 64
  br i1 %646, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %647 = mul i64 %c36, 3136
  %648 = add i64 %44, %647
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %649 = load float, float* %14, align 4
  %650 = mul i64 %37, 64
  %651 = add i64 %40, 0
  %652 = add i64 %650, %651
  %653 = mul i64 %652, 56
  %654 = add i64 %653, %34
  %655 = mul i64 %654, 56
  %656 = add i64 %655, %xs
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = load float, float* %657, align 4
  %659 = fadd float %649, %658
  %660 = fcmp ogt float %659, 0.000000e+00
  %661 = select i1 %660, float %659, float 0.000000e+00
  %662 = mul i64 %37, 64
  %663 = add i64 %40, 0
  %664 = add i64 %662, %663
  %665 = mul i64 %664, 56
  %666 = add i64 %665, %34
  %667 = mul i64 %666, 56
  %668 = add i64 %667, %xs
  %669 = getelementptr inbounds float, float* %0, i64 %668
  store float %661, float* %669, align 4
  %670 = load float, float* %13, align 4
  %671 = mul i64 %37, 64
  %672 = add i64 %40, 1
  %673 = add i64 %671, %672
  %674 = mul i64 %673, 56
  %675 = add i64 %674, %34
  %676 = mul i64 %675, 56
  %677 = add i64 %676, %xs
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = load float, float* %678, align 4
  %680 = fadd float %670, %679
  %681 = fcmp ogt float %680, 0.000000e+00
  %682 = select i1 %681, float %680, float 0.000000e+00
  %683 = mul i64 %37, 64
  %684 = add i64 %40, 1
  %685 = add i64 %683, %684
  %686 = mul i64 %685, 56
  %687 = add i64 %686, %34
  %688 = mul i64 %687, 56
  %689 = add i64 %688, %xs
  %690 = getelementptr inbounds float, float* %0, i64 %689
  store float %682, float* %690, align 4
  %691 = load float, float* %12, align 4
  %692 = mul i64 %37, 64
  %693 = add i64 %40, 2
  %694 = add i64 %692, %693
  %695 = mul i64 %694, 56
  %696 = add i64 %695, %34
  %697 = mul i64 %696, 56
  %698 = add i64 %697, %xs
  %699 = getelementptr inbounds float, float* %2, i64 %698
  %700 = load float, float* %699, align 4
  %701 = fadd float %691, %700
  %702 = fcmp ogt float %701, 0.000000e+00
  %703 = select i1 %702, float %701, float 0.000000e+00
  %704 = mul i64 %37, 64
  %705 = add i64 %40, 2
  %706 = add i64 %704, %705
  %707 = mul i64 %706, 56
  %708 = add i64 %707, %34
  %709 = mul i64 %708, 56
  %710 = add i64 %709, %xs
  %711 = getelementptr inbounds float, float* %0, i64 %710
  store float %703, float* %711, align 4
  %712 = load float, float* %11, align 4
  %713 = mul i64 %37, 64
  %714 = add i64 %40, 3
  %715 = add i64 %713, %714
  %716 = mul i64 %715, 56
  %717 = add i64 %716, %34
  %718 = mul i64 %717, 56
  %719 = add i64 %718, %xs
  %720 = getelementptr inbounds float, float* %2, i64 %719
  %721 = load float, float* %720, align 4
  %722 = fadd float %712, %721
  %723 = fcmp ogt float %722, 0.000000e+00
  %724 = select i1 %723, float %722, float 0.000000e+00
  %725 = mul i64 %37, 64
  %726 = add i64 %40, 3
  %727 = add i64 %725, %726
  %728 = mul i64 %727, 56
  %729 = add i64 %728, %34
  %730 = mul i64 %729, 56
  %731 = add i64 %730, %xs
  %732 = getelementptr inbounds float, float* %0, i64 %731
  store float %724, float* %732, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %733 = icmp slt i64 %i40, 3
  br i1 %733, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %734 = mul i64 %i40, 1
  %735 = add i64 %46, %734
  %736 = icmp sge i64 %735, 0
  %737 = icmp slt i64 %735, 56
  %738 = and i1 %736, %737
  br i1 %738, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %739 = mul i64 %735, 56
  %740 = add i64 %648, %739
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %741 = icmp slt i64 %j46, 3
  br i1 %741, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %742 = mul i64 %xs, 1
  %743 = mul i64 %j46, 1
  %744 = add i64 %742, %743
  %745 = sub i64 %744, 1
  %746 = icmp sge i64 %745, 0
  %747 = icmp slt i64 %745, 56
  %748 = and i1 %746, %747
  %749 = icmp sgt i64 %745, 0
  %750 = select i1 %749, i64 %745, i64 0
  %751 = icmp slt i64 %750, 55
  %752 = select i1 %751, i64 %750, i64 55
  %753 = add i64 %740, %752
  %754 = getelementptr inbounds float, float* %1, i64 %753
  %755 = load float, float* %754, align 4
  %756 = select i1 %748, float %755, float 0.000000e+00
  %757 = mul i64 %i40, 3
  %758 = add i64 %757, %j46
  %759 = add i64 %40, 0
  %760 = mul i64 %759, 64
  %761 = add i64 %760, %c36
  %762 = mul i64 %761, 9
  %763 = add i64 %762, %758
  %764 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %763
  %765 = load float, float* %764, align 4
  %766 = load float, float* %14, align 4
  %767 = call float @llvm.fma.f32(float %765, float %756, float %766)
  store float %767, float* %14, align 4
  %768 = mul i64 %i40, 3
  %769 = add i64 %768, %j46
  %770 = add i64 %40, 1
  %771 = mul i64 %770, 64
  %772 = add i64 %771, %c36
  %773 = mul i64 %772, 9
  %774 = add i64 %773, %769
  %775 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %774
  %776 = load float, float* %775, align 4
  %777 = load float, float* %13, align 4
  %778 = call float @llvm.fma.f32(float %776, float %756, float %777)
  store float %778, float* %13, align 4
  %779 = mul i64 %i40, 3
  %780 = add i64 %779, %j46
  %781 = add i64 %40, 2
  %782 = mul i64 %781, 64
  %783 = add i64 %782, %c36
  %784 = mul i64 %783, 9
  %785 = add i64 %784, %780
  %786 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %785
  %787 = load float, float* %786, align 4
  %788 = load float, float* %12, align 4
  %789 = call float @llvm.fma.f32(float %787, float %756, float %788)
  store float %789, float* %12, align 4
  %790 = mul i64 %i40, 3
  %791 = add i64 %790, %j46
  %792 = add i64 %40, 3
  %793 = mul i64 %792, 64
  %794 = add i64 %793, %c36
  %795 = mul i64 %794, 9
  %796 = add i64 %795, %791
  %797 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %796
  %798 = load float, float* %797, align 4
  %799 = load float, float* %11, align 4
  %800 = call float @llvm.fma.f32(float %798, float %756, float %799)
  store float %800, float* %11, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 55, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %801 = icmp slt i64 %xs53, 56
  br i1 %801, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %802 = add i64 %40, 0
  %803 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %802
  %804 = load float, float* %803, align 4
  store float %804, float* %10, align 4
  %805 = add i64 %40, 1
  %806 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %805
  %807 = load float, float* %806, align 4
  store float %807, float* %9, align 4
  %808 = add i64 %40, 2
  %809 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %808
  %810 = load float, float* %809, align 4
  store float %810, float* %8, align 4
  %811 = add i64 %40, 3
  %812 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_5.bias to float*), i64 %811
  %813 = load float, float* %812, align 4
  store float %813, float* %7, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %814 = icmp slt i64 %c57, 64
  br i1 %814, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %815 = mul i64 %c57, 3136
  %816 = add i64 %44, %815
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %817 = load float, float* %10, align 4
  %818 = mul i64 %37, 64
  %819 = add i64 %40, 0
  %820 = add i64 %818, %819
  %821 = mul i64 %820, 56
  %822 = add i64 %821, %34
  %823 = mul i64 %822, 56
  %824 = add i64 %823, %xs53
  %825 = getelementptr inbounds float, float* %2, i64 %824
  %826 = load float, float* %825, align 4
  %827 = fadd float %817, %826
  %828 = fcmp ogt float %827, 0.000000e+00
  %829 = select i1 %828, float %827, float 0.000000e+00
  %830 = mul i64 %37, 64
  %831 = add i64 %40, 0
  %832 = add i64 %830, %831
  %833 = mul i64 %832, 56
  %834 = add i64 %833, %34
  %835 = mul i64 %834, 56
  %836 = add i64 %835, %xs53
  %837 = getelementptr inbounds float, float* %0, i64 %836
  store float %829, float* %837, align 4
  %838 = load float, float* %9, align 4
  %839 = mul i64 %37, 64
  %840 = add i64 %40, 1
  %841 = add i64 %839, %840
  %842 = mul i64 %841, 56
  %843 = add i64 %842, %34
  %844 = mul i64 %843, 56
  %845 = add i64 %844, %xs53
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = load float, float* %846, align 4
  %848 = fadd float %838, %847
  %849 = fcmp ogt float %848, 0.000000e+00
  %850 = select i1 %849, float %848, float 0.000000e+00
  %851 = mul i64 %37, 64
  %852 = add i64 %40, 1
  %853 = add i64 %851, %852
  %854 = mul i64 %853, 56
  %855 = add i64 %854, %34
  %856 = mul i64 %855, 56
  %857 = add i64 %856, %xs53
  %858 = getelementptr inbounds float, float* %0, i64 %857
  store float %850, float* %858, align 4
  %859 = load float, float* %8, align 4
  %860 = mul i64 %37, 64
  %861 = add i64 %40, 2
  %862 = add i64 %860, %861
  %863 = mul i64 %862, 56
  %864 = add i64 %863, %34
  %865 = mul i64 %864, 56
  %866 = add i64 %865, %xs53
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = load float, float* %867, align 4
  %869 = fadd float %859, %868
  %870 = fcmp ogt float %869, 0.000000e+00
  %871 = select i1 %870, float %869, float 0.000000e+00
  %872 = mul i64 %37, 64
  %873 = add i64 %40, 2
  %874 = add i64 %872, %873
  %875 = mul i64 %874, 56
  %876 = add i64 %875, %34
  %877 = mul i64 %876, 56
  %878 = add i64 %877, %xs53
  %879 = getelementptr inbounds float, float* %0, i64 %878
  store float %871, float* %879, align 4
  %880 = load float, float* %7, align 4
  %881 = mul i64 %37, 64
  %882 = add i64 %40, 3
  %883 = add i64 %881, %882
  %884 = mul i64 %883, 56
  %885 = add i64 %884, %34
  %886 = mul i64 %885, 56
  %887 = add i64 %886, %xs53
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = load float, float* %888, align 4
  %890 = fadd float %880, %889
  %891 = fcmp ogt float %890, 0.000000e+00
  %892 = select i1 %891, float %890, float 0.000000e+00
  %893 = mul i64 %37, 64
  %894 = add i64 %40, 3
  %895 = add i64 %893, %894
  %896 = mul i64 %895, 56
  %897 = add i64 %896, %34
  %898 = mul i64 %897, 56
  %899 = add i64 %898, %xs53
  %900 = getelementptr inbounds float, float* %0, i64 %899
  store float %892, float* %900, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %901 = icmp slt i64 %i61, 3
  br i1 %901, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %902 = mul i64 %i61, 1
  %903 = add i64 %46, %902
  %904 = icmp sge i64 %903, 0
  %905 = icmp slt i64 %903, 56
  %906 = and i1 %904, %905
  br i1 %906, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %907 = mul i64 %903, 56
  %908 = add i64 %816, %907
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %909 = icmp slt i64 %j67, 3
  br i1 %909, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %910 = mul i64 %xs53, 1
  %911 = mul i64 %j67, 1
  %912 = add i64 %910, %911
  %913 = sub i64 %912, 1
  %914 = icmp sge i64 %913, 0
  %915 = icmp slt i64 %913, 56
  %916 = and i1 %914, %915
  %917 = icmp sgt i64 %913, 0
  %918 = select i1 %917, i64 %913, i64 0
  %919 = icmp slt i64 %918, 55
  %920 = select i1 %919, i64 %918, i64 55
  %921 = add i64 %908, %920
  %922 = getelementptr inbounds float, float* %1, i64 %921
  %923 = load float, float* %922, align 4
  %924 = select i1 %916, float %923, float 0.000000e+00
  %925 = mul i64 %i61, 3
  %926 = add i64 %925, %j67
  %927 = add i64 %40, 0
  %928 = mul i64 %927, 64
  %929 = add i64 %928, %c57
  %930 = mul i64 %929, 9
  %931 = add i64 %930, %926
  %932 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %931
  %933 = load float, float* %932, align 4
  %934 = load float, float* %10, align 4
  %935 = call float @llvm.fma.f32(float %933, float %924, float %934)
  store float %935, float* %10, align 4
  %936 = mul i64 %i61, 3
  %937 = add i64 %936, %j67
  %938 = add i64 %40, 1
  %939 = mul i64 %938, 64
  %940 = add i64 %939, %c57
  %941 = mul i64 %940, 9
  %942 = add i64 %941, %937
  %943 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %942
  %944 = load float, float* %943, align 4
  %945 = load float, float* %9, align 4
  %946 = call float @llvm.fma.f32(float %944, float %924, float %945)
  store float %946, float* %9, align 4
  %947 = mul i64 %i61, 3
  %948 = add i64 %947, %j67
  %949 = add i64 %40, 2
  %950 = mul i64 %949, 64
  %951 = add i64 %950, %c57
  %952 = mul i64 %951, 9
  %953 = add i64 %952, %948
  %954 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %953
  %955 = load float, float* %954, align 4
  %956 = load float, float* %8, align 4
  %957 = call float @llvm.fma.f32(float %955, float %924, float %956)
  store float %957, float* %8, align 4
  %958 = mul i64 %i61, 3
  %959 = add i64 %958, %j67
  %960 = add i64 %40, 3
  %961 = mul i64 %960, 64
  %962 = add i64 %961, %c57
  %963 = mul i64 %962, 9
  %964 = add i64 %963, %959
  %965 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_5.weight to float*), i64 %964
  %966 = load float, float* %965, align 4
  %967 = load float, float* %7, align 4
  %968 = call float @llvm.fma.f32(float %966, float %924, float %967)
  store float %968, float* %7, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
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
  %13 = bitcast i8* %12 to float*
  %14 = getelementptr inbounds i8*, i8** %1, i64 4
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 896, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  call void @node5.conv2d_5.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %43 = add i64 %35, 0
  %44 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %25, align 32
  store <8 x float> %splat, <8 x float>* %24, align 32
  store <8 x float> %splat, <8 x float>* %23, align 32
  %47 = add i64 %35, 1
  %48 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat1 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %22, align 32
  store <8 x float> %splat1, <8 x float>* %21, align 32
  store <8 x float> %splat1, <8 x float>* %20, align 32
  %51 = add i64 %35, 2
  %52 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat2 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %19, align 32
  store <8 x float> %splat2, <8 x float>* %18, align 32
  store <8 x float> %splat2, <8 x float>* %17, align 32
  %55 = add i64 %35, 3
  %56 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %55
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
  %59 = icmp slt i64 %c, 64
  br i1 %59, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %60 = mul i64 %c, 3136
  %61 = add i64 %39, %60
  br label %i.header

c.exit:                                           ; preds = %c.header
  %62 = load <8 x float>, <8 x float>* %25, align 32
  %63 = fcmp ogt <8 x float> %62, zeroinitializer
  %64 = select <8 x i1> %63, <8 x float> %62, <8 x float> zeroinitializer
  %65 = add i64 %x, 0
  %66 = mul i64 %32, 128
  %67 = add i64 %35, 0
  %68 = add i64 %66, %67
  %69 = mul i64 %68, 28
  %70 = add i64 %69, %29
  %71 = mul i64 %70, 28
  %72 = add i64 %71, %65
  %73 = getelementptr inbounds float, float* %0, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %64, <8 x float>* %74, align 4
  %75 = load <8 x float>, <8 x float>* %24, align 32
  %76 = fcmp ogt <8 x float> %75, zeroinitializer
  %77 = select <8 x i1> %76, <8 x float> %75, <8 x float> zeroinitializer
  %78 = add i64 %x, 8
  %79 = mul i64 %32, 128
  %80 = add i64 %35, 0
  %81 = add i64 %79, %80
  %82 = mul i64 %81, 28
  %83 = add i64 %82, %29
  %84 = mul i64 %83, 28
  %85 = add i64 %84, %78
  %86 = getelementptr inbounds float, float* %0, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %77, <8 x float>* %87, align 4
  %88 = load <8 x float>, <8 x float>* %23, align 32
  %89 = fcmp ogt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> %88, <8 x float> zeroinitializer
  %91 = add i64 %x, 16
  %92 = mul i64 %32, 128
  %93 = add i64 %35, 0
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 28
  %96 = add i64 %95, %29
  %97 = mul i64 %96, 28
  %98 = add i64 %97, %91
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %90, <8 x float>* %100, align 4
  %101 = load <8 x float>, <8 x float>* %22, align 32
  %102 = fcmp ogt <8 x float> %101, zeroinitializer
  %103 = select <8 x i1> %102, <8 x float> %101, <8 x float> zeroinitializer
  %104 = add i64 %x, 0
  %105 = mul i64 %32, 128
  %106 = add i64 %35, 1
  %107 = add i64 %105, %106
  %108 = mul i64 %107, 28
  %109 = add i64 %108, %29
  %110 = mul i64 %109, 28
  %111 = add i64 %110, %104
  %112 = getelementptr inbounds float, float* %0, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %103, <8 x float>* %113, align 4
  %114 = load <8 x float>, <8 x float>* %21, align 32
  %115 = fcmp ogt <8 x float> %114, zeroinitializer
  %116 = select <8 x i1> %115, <8 x float> %114, <8 x float> zeroinitializer
  %117 = add i64 %x, 8
  %118 = mul i64 %32, 128
  %119 = add i64 %35, 1
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 28
  %122 = add i64 %121, %29
  %123 = mul i64 %122, 28
  %124 = add i64 %123, %117
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %116, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %20, align 32
  %128 = fcmp ogt <8 x float> %127, zeroinitializer
  %129 = select <8 x i1> %128, <8 x float> %127, <8 x float> zeroinitializer
  %130 = add i64 %x, 16
  %131 = mul i64 %32, 128
  %132 = add i64 %35, 1
  %133 = add i64 %131, %132
  %134 = mul i64 %133, 28
  %135 = add i64 %134, %29
  %136 = mul i64 %135, 28
  %137 = add i64 %136, %130
  %138 = getelementptr inbounds float, float* %0, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %129, <8 x float>* %139, align 4
  %140 = load <8 x float>, <8 x float>* %19, align 32
  %141 = fcmp ogt <8 x float> %140, zeroinitializer
  %142 = select <8 x i1> %141, <8 x float> %140, <8 x float> zeroinitializer
  %143 = add i64 %x, 0
  %144 = mul i64 %32, 128
  %145 = add i64 %35, 2
  %146 = add i64 %144, %145
  %147 = mul i64 %146, 28
  %148 = add i64 %147, %29
  %149 = mul i64 %148, 28
  %150 = add i64 %149, %143
  %151 = getelementptr inbounds float, float* %0, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %142, <8 x float>* %152, align 4
  %153 = load <8 x float>, <8 x float>* %18, align 32
  %154 = fcmp ogt <8 x float> %153, zeroinitializer
  %155 = select <8 x i1> %154, <8 x float> %153, <8 x float> zeroinitializer
  %156 = add i64 %x, 8
  %157 = mul i64 %32, 128
  %158 = add i64 %35, 2
  %159 = add i64 %157, %158
  %160 = mul i64 %159, 28
  %161 = add i64 %160, %29
  %162 = mul i64 %161, 28
  %163 = add i64 %162, %156
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %155, <8 x float>* %165, align 4
  %166 = load <8 x float>, <8 x float>* %17, align 32
  %167 = fcmp ogt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> %166, <8 x float> zeroinitializer
  %169 = add i64 %x, 16
  %170 = mul i64 %32, 128
  %171 = add i64 %35, 2
  %172 = add i64 %170, %171
  %173 = mul i64 %172, 28
  %174 = add i64 %173, %29
  %175 = mul i64 %174, 28
  %176 = add i64 %175, %169
  %177 = getelementptr inbounds float, float* %0, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %168, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp ogt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> %179, <8 x float> zeroinitializer
  %182 = add i64 %x, 0
  %183 = mul i64 %32, 128
  %184 = add i64 %35, 3
  %185 = add i64 %183, %184
  %186 = mul i64 %185, 28
  %187 = add i64 %186, %29
  %188 = mul i64 %187, 28
  %189 = add i64 %188, %182
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %181, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %15, align 32
  %193 = fcmp ogt <8 x float> %192, zeroinitializer
  %194 = select <8 x i1> %193, <8 x float> %192, <8 x float> zeroinitializer
  %195 = add i64 %x, 8
  %196 = mul i64 %32, 128
  %197 = add i64 %35, 3
  %198 = add i64 %196, %197
  %199 = mul i64 %198, 28
  %200 = add i64 %199, %29
  %201 = mul i64 %200, 28
  %202 = add i64 %201, %195
  %203 = getelementptr inbounds float, float* %0, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %194, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %14, align 32
  %206 = fcmp ogt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> %205, <8 x float> zeroinitializer
  %208 = add i64 %x, 16
  %209 = mul i64 %32, 128
  %210 = add i64 %35, 3
  %211 = add i64 %209, %210
  %212 = mul i64 %211, 28
  %213 = add i64 %212, %29
  %214 = mul i64 %213, 28
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
  %222 = icmp slt i64 %220, 56
  %223 = and i1 %221, %222
  br i1 %223, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %224 = mul i64 %220, 56
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
  %262 = mul i64 %261, 64
  %263 = add i64 %262, %c
  %264 = mul i64 %263, 9
  %265 = add i64 %264, %260
  %266 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %265
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
  %278 = mul i64 %277, 64
  %279 = add i64 %278, %c
  %280 = mul i64 %279, 9
  %281 = add i64 %280, %276
  %282 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %281
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
  %294 = mul i64 %293, 64
  %295 = add i64 %294, %c
  %296 = mul i64 %295, 9
  %297 = add i64 %296, %292
  %298 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %297
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
  %310 = mul i64 %309, 64
  %311 = add i64 %310, %c
  %312 = mul i64 %311, 9
  %313 = add i64 %312, %308
  %314 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %313
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
  %325 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %324
  %326 = load float, float* %325, align 4
  store float %326, float* %13, align 4
  %327 = add i64 %35, 1
  %328 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %327
  %329 = load float, float* %328, align 4
  store float %329, float* %12, align 4
  %330 = add i64 %35, 2
  %331 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %330
  %332 = load float, float* %331, align 4
  store float %332, float* %11, align 4
  %333 = add i64 %35, 3
  %334 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %333
  %335 = load float, float* %334, align 4
  store float %335, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %336 = icmp slt i64 %c11, 64
  br i1 %336, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %337 = mul i64 %c11, 3136
  %338 = add i64 %39, %337
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %339 = load float, float* %13, align 4
  %340 = fcmp ogt float %339, 0.000000e+00
  %341 = select i1 %340, float %339, float 0.000000e+00
  %342 = mul i64 %32, 128
  %343 = add i64 %35, 0
  %344 = add i64 %342, %343
  %345 = mul i64 %344, 28
  %346 = add i64 %345, %29
  %347 = mul i64 %346, 28
  %348 = add i64 %347, %xs
  %349 = getelementptr inbounds float, float* %0, i64 %348
  store float %341, float* %349, align 4
  %350 = load float, float* %12, align 4
  %351 = fcmp ogt float %350, 0.000000e+00
  %352 = select i1 %351, float %350, float 0.000000e+00
  %353 = mul i64 %32, 128
  %354 = add i64 %35, 1
  %355 = add i64 %353, %354
  %356 = mul i64 %355, 28
  %357 = add i64 %356, %29
  %358 = mul i64 %357, 28
  %359 = add i64 %358, %xs
  %360 = getelementptr inbounds float, float* %0, i64 %359
  store float %352, float* %360, align 4
  %361 = load float, float* %11, align 4
  %362 = fcmp ogt float %361, 0.000000e+00
  %363 = select i1 %362, float %361, float 0.000000e+00
  %364 = mul i64 %32, 128
  %365 = add i64 %35, 2
  %366 = add i64 %364, %365
  %367 = mul i64 %366, 28
  %368 = add i64 %367, %29
  %369 = mul i64 %368, 28
  %370 = add i64 %369, %xs
  %371 = getelementptr inbounds float, float* %0, i64 %370
  store float %363, float* %371, align 4
  %372 = load float, float* %10, align 4
  %373 = fcmp ogt float %372, 0.000000e+00
  %374 = select i1 %373, float %372, float 0.000000e+00
  %375 = mul i64 %32, 128
  %376 = add i64 %35, 3
  %377 = add i64 %375, %376
  %378 = mul i64 %377, 28
  %379 = add i64 %378, %29
  %380 = mul i64 %379, 28
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
  %387 = icmp slt i64 %385, 56
  %388 = and i1 %386, %387
  br i1 %388, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %389 = mul i64 %385, 56
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
  %397 = icmp slt i64 %395, 56
  %398 = and i1 %396, %397
  %399 = icmp sgt i64 %395, 0
  %400 = select i1 %399, i64 %395, i64 0
  %401 = icmp slt i64 %400, 55
  %402 = select i1 %401, i64 %400, i64 55
  %403 = add i64 %390, %402
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = select i1 %398, float %405, float 0.000000e+00
  %407 = mul i64 %i15, 3
  %408 = add i64 %407, %j21
  %409 = add i64 %35, 0
  %410 = mul i64 %409, 64
  %411 = add i64 %410, %c11
  %412 = mul i64 %411, 9
  %413 = add i64 %412, %408
  %414 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %413
  %415 = load float, float* %414, align 4
  %416 = load float, float* %13, align 4
  %417 = call float @llvm.fma.f32(float %415, float %406, float %416)
  store float %417, float* %13, align 4
  %418 = mul i64 %i15, 3
  %419 = add i64 %418, %j21
  %420 = add i64 %35, 1
  %421 = mul i64 %420, 64
  %422 = add i64 %421, %c11
  %423 = mul i64 %422, 9
  %424 = add i64 %423, %419
  %425 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %424
  %426 = load float, float* %425, align 4
  %427 = load float, float* %12, align 4
  %428 = call float @llvm.fma.f32(float %426, float %406, float %427)
  store float %428, float* %12, align 4
  %429 = mul i64 %i15, 3
  %430 = add i64 %429, %j21
  %431 = add i64 %35, 2
  %432 = mul i64 %431, 64
  %433 = add i64 %432, %c11
  %434 = mul i64 %433, 9
  %435 = add i64 %434, %430
  %436 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %435
  %437 = load float, float* %436, align 4
  %438 = load float, float* %11, align 4
  %439 = call float @llvm.fma.f32(float %437, float %406, float %438)
  store float %439, float* %11, align 4
  %440 = mul i64 %i15, 3
  %441 = add i64 %440, %j21
  %442 = add i64 %35, 3
  %443 = mul i64 %442, 64
  %444 = add i64 %443, %c11
  %445 = mul i64 %444, 9
  %446 = add i64 %445, %441
  %447 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %446
  %448 = load float, float* %447, align 4
  %449 = load float, float* %10, align 4
  %450 = call float @llvm.fma.f32(float %448, float %406, float %449)
  store float %450, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 25, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %451 = icmp slt i64 %xs28, 28
  br i1 %451, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %452 = add i64 %35, 0
  %453 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %452
  %454 = load float, float* %453, align 4
  store float %454, float* %9, align 4
  %455 = add i64 %35, 1
  %456 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %455
  %457 = load float, float* %456, align 4
  store float %457, float* %8, align 4
  %458 = add i64 %35, 2
  %459 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %458
  %460 = load float, float* %459, align 4
  store float %460, float* %7, align 4
  %461 = add i64 %35, 3
  %462 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_6.bias to float*), i64 %461
  %463 = load float, float* %462, align 4
  store float %463, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %464 = icmp slt i64 %c32, 64
  br i1 %464, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %465 = mul i64 %c32, 3136
  %466 = add i64 %39, %465
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %467 = load float, float* %9, align 4
  %468 = fcmp ogt float %467, 0.000000e+00
  %469 = select i1 %468, float %467, float 0.000000e+00
  %470 = mul i64 %32, 128
  %471 = add i64 %35, 0
  %472 = add i64 %470, %471
  %473 = mul i64 %472, 28
  %474 = add i64 %473, %29
  %475 = mul i64 %474, 28
  %476 = add i64 %475, %xs28
  %477 = getelementptr inbounds float, float* %0, i64 %476
  store float %469, float* %477, align 4
  %478 = load float, float* %8, align 4
  %479 = fcmp ogt float %478, 0.000000e+00
  %480 = select i1 %479, float %478, float 0.000000e+00
  %481 = mul i64 %32, 128
  %482 = add i64 %35, 1
  %483 = add i64 %481, %482
  %484 = mul i64 %483, 28
  %485 = add i64 %484, %29
  %486 = mul i64 %485, 28
  %487 = add i64 %486, %xs28
  %488 = getelementptr inbounds float, float* %0, i64 %487
  store float %480, float* %488, align 4
  %489 = load float, float* %7, align 4
  %490 = fcmp ogt float %489, 0.000000e+00
  %491 = select i1 %490, float %489, float 0.000000e+00
  %492 = mul i64 %32, 128
  %493 = add i64 %35, 2
  %494 = add i64 %492, %493
  %495 = mul i64 %494, 28
  %496 = add i64 %495, %29
  %497 = mul i64 %496, 28
  %498 = add i64 %497, %xs28
  %499 = getelementptr inbounds float, float* %0, i64 %498
  store float %491, float* %499, align 4
  %500 = load float, float* %6, align 4
  %501 = fcmp ogt float %500, 0.000000e+00
  %502 = select i1 %501, float %500, float 0.000000e+00
  %503 = mul i64 %32, 128
  %504 = add i64 %35, 3
  %505 = add i64 %503, %504
  %506 = mul i64 %505, 28
  %507 = add i64 %506, %29
  %508 = mul i64 %507, 28
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
  %515 = icmp slt i64 %513, 56
  %516 = and i1 %514, %515
  br i1 %516, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %517 = mul i64 %513, 56
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
  %525 = icmp slt i64 %523, 56
  %526 = and i1 %524, %525
  %527 = icmp sgt i64 %523, 0
  %528 = select i1 %527, i64 %523, i64 0
  %529 = icmp slt i64 %528, 55
  %530 = select i1 %529, i64 %528, i64 55
  %531 = add i64 %518, %530
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = select i1 %526, float %533, float 0.000000e+00
  %535 = mul i64 %i36, 3
  %536 = add i64 %535, %j42
  %537 = add i64 %35, 0
  %538 = mul i64 %537, 64
  %539 = add i64 %538, %c32
  %540 = mul i64 %539, 9
  %541 = add i64 %540, %536
  %542 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %541
  %543 = load float, float* %542, align 4
  %544 = load float, float* %9, align 4
  %545 = call float @llvm.fma.f32(float %543, float %534, float %544)
  store float %545, float* %9, align 4
  %546 = mul i64 %i36, 3
  %547 = add i64 %546, %j42
  %548 = add i64 %35, 1
  %549 = mul i64 %548, 64
  %550 = add i64 %549, %c32
  %551 = mul i64 %550, 9
  %552 = add i64 %551, %547
  %553 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %552
  %554 = load float, float* %553, align 4
  %555 = load float, float* %8, align 4
  %556 = call float @llvm.fma.f32(float %554, float %534, float %555)
  store float %556, float* %8, align 4
  %557 = mul i64 %i36, 3
  %558 = add i64 %557, %j42
  %559 = add i64 %35, 2
  %560 = mul i64 %559, 64
  %561 = add i64 %560, %c32
  %562 = mul i64 %561, 9
  %563 = add i64 %562, %558
  %564 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %563
  %565 = load float, float* %564, align 4
  %566 = load float, float* %7, align 4
  %567 = call float @llvm.fma.f32(float %565, float %534, float %566)
  store float %567, float* %7, align 4
  %568 = mul i64 %i36, 3
  %569 = add i64 %568, %j42
  %570 = add i64 %35, 3
  %571 = mul i64 %570, 64
  %572 = add i64 %571, %c32
  %573 = mul i64 %572, 9
  %574 = add i64 %573, %569
  %575 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_6.weight to float*), i64 %574
  %576 = load float, float* %575, align 4
  %577 = load float, float* %6, align 4
  %578 = call float @llvm.fma.f32(float %576, float %534, float %577)
  store float %578, float* %6, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
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
  %19 = add i64 896, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 896
  %23 = select i1 %22, i64 %21, i64 896
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  call void @node6.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %75
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
  %80 = mul i64 %c, 784
  %81 = add i64 %43, %80
  br label %i.header

c.exit:                                           ; preds = %c.header
  %82 = load <8 x float>, <8 x float>* %29, align 32
  %83 = add i64 %x, 0
  %84 = mul i64 %36, 128
  %85 = add i64 %39, 0
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 28
  %88 = add i64 %87, %33
  %89 = mul i64 %88, 28
  %90 = add i64 %89, %83
  %91 = getelementptr inbounds float, float* %0, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  store <8 x float> %82, <8 x float>* %92, align 4
  %93 = load <8 x float>, <8 x float>* %28, align 32
  %94 = add i64 %x, 8
  %95 = mul i64 %36, 128
  %96 = add i64 %39, 0
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 28
  %99 = add i64 %98, %33
  %100 = mul i64 %99, 28
  %101 = add i64 %100, %94
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %93, <8 x float>* %103, align 4
  %104 = load <8 x float>, <8 x float>* %27, align 32
  %105 = add i64 %x, 16
  %106 = mul i64 %36, 128
  %107 = add i64 %39, 0
  %108 = add i64 %106, %107
  %109 = mul i64 %108, 28
  %110 = add i64 %109, %33
  %111 = mul i64 %110, 28
  %112 = add i64 %111, %105
  %113 = getelementptr inbounds float, float* %0, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %104, <8 x float>* %114, align 4
  %115 = load <8 x float>, <8 x float>* %26, align 32
  %116 = add i64 %x, 0
  %117 = mul i64 %36, 128
  %118 = add i64 %39, 1
  %119 = add i64 %117, %118
  %120 = mul i64 %119, 28
  %121 = add i64 %120, %33
  %122 = mul i64 %121, 28
  %123 = add i64 %122, %116
  %124 = getelementptr inbounds float, float* %0, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %115, <8 x float>* %125, align 4
  %126 = load <8 x float>, <8 x float>* %25, align 32
  %127 = add i64 %x, 8
  %128 = mul i64 %36, 128
  %129 = add i64 %39, 1
  %130 = add i64 %128, %129
  %131 = mul i64 %130, 28
  %132 = add i64 %131, %33
  %133 = mul i64 %132, 28
  %134 = add i64 %133, %127
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %126, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %24, align 32
  %138 = add i64 %x, 16
  %139 = mul i64 %36, 128
  %140 = add i64 %39, 1
  %141 = add i64 %139, %140
  %142 = mul i64 %141, 28
  %143 = add i64 %142, %33
  %144 = mul i64 %143, 28
  %145 = add i64 %144, %138
  %146 = getelementptr inbounds float, float* %0, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %137, <8 x float>* %147, align 4
  %148 = load <8 x float>, <8 x float>* %23, align 32
  %149 = add i64 %x, 0
  %150 = mul i64 %36, 128
  %151 = add i64 %39, 2
  %152 = add i64 %150, %151
  %153 = mul i64 %152, 28
  %154 = add i64 %153, %33
  %155 = mul i64 %154, 28
  %156 = add i64 %155, %149
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %148, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %22, align 32
  %160 = add i64 %x, 8
  %161 = mul i64 %36, 128
  %162 = add i64 %39, 2
  %163 = add i64 %161, %162
  %164 = mul i64 %163, 28
  %165 = add i64 %164, %33
  %166 = mul i64 %165, 28
  %167 = add i64 %166, %160
  %168 = getelementptr inbounds float, float* %0, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %159, <8 x float>* %169, align 4
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = add i64 %x, 16
  %172 = mul i64 %36, 128
  %173 = add i64 %39, 2
  %174 = add i64 %172, %173
  %175 = mul i64 %174, 28
  %176 = add i64 %175, %33
  %177 = mul i64 %176, 28
  %178 = add i64 %177, %171
  %179 = getelementptr inbounds float, float* %0, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %170, <8 x float>* %180, align 4
  %181 = load <8 x float>, <8 x float>* %20, align 32
  %182 = add i64 %x, 0
  %183 = mul i64 %36, 128
  %184 = add i64 %39, 3
  %185 = add i64 %183, %184
  %186 = mul i64 %185, 28
  %187 = add i64 %186, %33
  %188 = mul i64 %187, 28
  %189 = add i64 %188, %182
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  store <8 x float> %181, <8 x float>* %191, align 4
  %192 = load <8 x float>, <8 x float>* %19, align 32
  %193 = add i64 %x, 8
  %194 = mul i64 %36, 128
  %195 = add i64 %39, 3
  %196 = add i64 %194, %195
  %197 = mul i64 %196, 28
  %198 = add i64 %197, %33
  %199 = mul i64 %198, 28
  %200 = add i64 %199, %193
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %192, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %18, align 32
  %204 = add i64 %x, 16
  %205 = mul i64 %36, 128
  %206 = add i64 %39, 3
  %207 = add i64 %205, %206
  %208 = mul i64 %207, 28
  %209 = add i64 %208, %33
  %210 = mul i64 %209, 28
  %211 = add i64 %210, %204
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %203, <8 x float>* %213, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %214 = icmp slt i64 %i, 3
  br i1 %214, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %215 = mul i64 %i, 1
  %216 = add i64 %45, %215
  %217 = icmp sge i64 %216, 0
  %218 = icmp slt i64 %216, 28
  %219 = and i1 %217, %218
  br i1 %219, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %220 = mul i64 %216, 28
  %221 = add i64 %81, %220
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %222 = icmp slt i64 %j, 3
  br i1 %222, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %223 = mul i64 %x, 1
  %224 = mul i64 %j, 1
  %225 = add i64 %223, %224
  %226 = sub i64 %225, 1
  %227 = add i64 %221, %226
  %228 = add i64 %227, 0
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = add i64 %227, 8
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  %235 = load <8 x float>, <8 x float>* %234, align 4
  %236 = add i64 %227, 16
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  %239 = load <8 x float>, <8 x float>* %238, align 4
  %240 = mul i64 %i, 3
  %241 = add i64 %240, %j
  %242 = add i64 %39, 0
  %243 = mul i64 %242, 128
  %244 = add i64 %243, %c
  %245 = mul i64 %244, 9
  %246 = add i64 %245, %241
  %247 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat4 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %29, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %231, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %29, align 32
  %252 = load <8 x float>, <8 x float>* %28, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %235, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %28, align 32
  %254 = load <8 x float>, <8 x float>* %27, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %239, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %27, align 32
  %256 = mul i64 %i, 3
  %257 = add i64 %256, %j
  %258 = add i64 %39, 1
  %259 = mul i64 %258, 128
  %260 = add i64 %259, %c
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat5 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %26, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %231, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %26, align 32
  %268 = load <8 x float>, <8 x float>* %25, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %235, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %25, align 32
  %270 = load <8 x float>, <8 x float>* %24, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %239, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %24, align 32
  %272 = mul i64 %i, 3
  %273 = add i64 %272, %j
  %274 = add i64 %39, 2
  %275 = mul i64 %274, 128
  %276 = add i64 %275, %c
  %277 = mul i64 %276, 9
  %278 = add i64 %277, %273
  %279 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat6 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %23, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %231, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %23, align 32
  %284 = load <8 x float>, <8 x float>* %22, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %235, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %22, align 32
  %286 = load <8 x float>, <8 x float>* %21, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %239, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %21, align 32
  %288 = mul i64 %i, 3
  %289 = add i64 %288, %j
  %290 = add i64 %39, 3
  %291 = mul i64 %290, 128
  %292 = add i64 %291, %c
  %293 = mul i64 %292, 9
  %294 = add i64 %293, %289
  %295 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat7 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %231, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = load <8 x float>, <8 x float>* %19, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %235, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %19, align 32
  %302 = load <8 x float>, <8 x float>* %18, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %239, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %18, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %304 = icmp slt i64 %c15, 128
  br i1 %304, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %305 = mul i64 %c15, 784
  %306 = add i64 %43, %305
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %307 = load <8 x float>, <8 x float>* %17, align 32
  %308 = mul i64 %36, 128
  %309 = add i64 %39, 0
  %310 = add i64 %308, %309
  %311 = mul i64 %310, 28
  %312 = add i64 %311, %33
  %313 = mul i64 %312, 28
  %314 = add i64 %313, 25
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %307, <8 x float>* %316, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %317 = load <8 x float>, <8 x float>* %16, align 32
  %318 = mul i64 %36, 128
  %319 = add i64 %39, 1
  %320 = add i64 %318, %319
  %321 = mul i64 %320, 28
  %322 = add i64 %321, %33
  %323 = mul i64 %322, 28
  %324 = add i64 %323, 25
  %325 = getelementptr inbounds float, float* %0, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %317, <8 x float>* %326, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %327 = load <8 x float>, <8 x float>* %15, align 32
  %328 = mul i64 %36, 128
  %329 = add i64 %39, 2
  %330 = add i64 %328, %329
  %331 = mul i64 %330, 28
  %332 = add i64 %331, %33
  %333 = mul i64 %332, 28
  %334 = add i64 %333, 25
  %335 = getelementptr inbounds float, float* %0, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %327, <8 x float>* %336, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %337 = load <8 x float>, <8 x float>* %14, align 32
  %338 = mul i64 %36, 128
  %339 = add i64 %39, 3
  %340 = add i64 %338, %339
  %341 = mul i64 %340, 28
  %342 = add i64 %341, %33
  %343 = mul i64 %342, 28
  %344 = add i64 %343, 25
  %345 = getelementptr inbounds float, float* %0, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %337, <8 x float>* %346, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %347 = icmp slt i64 %i19, 3
  br i1 %347, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %348 = mul i64 %i19, 1
  %349 = add i64 %45, %348
  %350 = icmp sge i64 %349, 0
  %351 = icmp slt i64 %349, 28
  %352 = and i1 %350, %351
  br i1 %352, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %353 = mul i64 %349, 28
  %354 = add i64 %306, %353
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %355 = icmp slt i64 %j25, 3
  br i1 %355, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %356 = mul i64 %j25, 1
  %357 = add i64 25, %356
  %358 = sub i64 %357, 1
  %359 = add i64 %354, %358
  %360 = add i64 %359, 0
  %361 = getelementptr inbounds float, float* %1, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %362, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %364 = mul i64 %i19, 3
  %365 = add i64 %364, %j25
  %366 = add i64 %39, 0
  %367 = mul i64 %366, 128
  %368 = add i64 %367, %c15
  %369 = mul i64 %368, 9
  %370 = add i64 %369, %365
  %371 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %370
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i32 0
  %splat26 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %374 = load <8 x float>, <8 x float>* %17, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %363, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %17, align 32
  %376 = mul i64 %i19, 3
  %377 = add i64 %376, %j25
  %378 = add i64 %39, 1
  %379 = mul i64 %378, 128
  %380 = add i64 %379, %c15
  %381 = mul i64 %380, 9
  %382 = add i64 %381, %377
  %383 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat27 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %16, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %363, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %16, align 32
  %388 = mul i64 %i19, 3
  %389 = add i64 %388, %j25
  %390 = add i64 %39, 2
  %391 = mul i64 %390, 128
  %392 = add i64 %391, %c15
  %393 = mul i64 %392, 9
  %394 = add i64 %393, %389
  %395 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat28 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %15, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %363, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %15, align 32
  %400 = mul i64 %i19, 3
  %401 = add i64 %400, %j25
  %402 = add i64 %39, 3
  %403 = mul i64 %402, 128
  %404 = add i64 %403, %c15
  %405 = mul i64 %404, 9
  %406 = add i64 %405, %401
  %407 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat29 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %14, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %363, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %14, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %412 = icmp slt i64 %xs, 1
  br i1 %412, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %413 = add i64 %39, 0
  %414 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %413
  %415 = load float, float* %414, align 4
  store float %415, float* %13, align 4
  %416 = add i64 %39, 1
  %417 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %416
  %418 = load float, float* %417, align 4
  store float %418, float* %12, align 4
  %419 = add i64 %39, 2
  %420 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %419
  %421 = load float, float* %420, align 4
  store float %421, float* %11, align 4
  %422 = add i64 %39, 3
  %423 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %422
  %424 = load float, float* %423, align 4
  store float %424, float* %10, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %425 = icmp slt i64 %c36, 128
  br i1 %425, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %426 = mul i64 %c36, 784
  %427 = add i64 %43, %426
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %428 = load float, float* %13, align 4
  %429 = mul i64 %36, 128
  %430 = add i64 %39, 0
  %431 = add i64 %429, %430
  %432 = mul i64 %431, 28
  %433 = add i64 %432, %33
  %434 = mul i64 %433, 28
  %435 = add i64 %434, %xs
  %436 = getelementptr inbounds float, float* %0, i64 %435
  store float %428, float* %436, align 4
  %437 = load float, float* %12, align 4
  %438 = mul i64 %36, 128
  %439 = add i64 %39, 1
  %440 = add i64 %438, %439
  %441 = mul i64 %440, 28
  %442 = add i64 %441, %33
  %443 = mul i64 %442, 28
  %444 = add i64 %443, %xs
  %445 = getelementptr inbounds float, float* %0, i64 %444
  store float %437, float* %445, align 4
  %446 = load float, float* %11, align 4
  %447 = mul i64 %36, 128
  %448 = add i64 %39, 2
  %449 = add i64 %447, %448
  %450 = mul i64 %449, 28
  %451 = add i64 %450, %33
  %452 = mul i64 %451, 28
  %453 = add i64 %452, %xs
  %454 = getelementptr inbounds float, float* %0, i64 %453
  store float %446, float* %454, align 4
  %455 = load float, float* %10, align 4
  %456 = mul i64 %36, 128
  %457 = add i64 %39, 3
  %458 = add i64 %456, %457
  %459 = mul i64 %458, 28
  %460 = add i64 %459, %33
  %461 = mul i64 %460, 28
  %462 = add i64 %461, %xs
  %463 = getelementptr inbounds float, float* %0, i64 %462
  store float %455, float* %463, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %464 = icmp slt i64 %i40, 3
  br i1 %464, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %465 = mul i64 %i40, 1
  %466 = add i64 %45, %465
  %467 = icmp sge i64 %466, 0
  %468 = icmp slt i64 %466, 28
  %469 = and i1 %467, %468
  br i1 %469, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %470 = mul i64 %466, 28
  %471 = add i64 %427, %470
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %472 = icmp slt i64 %j46, 3
  br i1 %472, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %473 = mul i64 %xs, 1
  %474 = mul i64 %j46, 1
  %475 = add i64 %473, %474
  %476 = sub i64 %475, 1
  %477 = icmp sge i64 %476, 0
  %478 = icmp slt i64 %476, 28
  %479 = and i1 %477, %478
  %480 = icmp sgt i64 %476, 0
  %481 = select i1 %480, i64 %476, i64 0
  %482 = icmp slt i64 %481, 27
  %483 = select i1 %482, i64 %481, i64 27
  %484 = add i64 %471, %483
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = load float, float* %485, align 4
  %487 = select i1 %479, float %486, float 0.000000e+00
  %488 = mul i64 %i40, 3
  %489 = add i64 %488, %j46
  %490 = add i64 %39, 0
  %491 = mul i64 %490, 128
  %492 = add i64 %491, %c36
  %493 = mul i64 %492, 9
  %494 = add i64 %493, %489
  %495 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %494
  %496 = load float, float* %495, align 4
  %497 = load float, float* %13, align 4
  %498 = call float @llvm.fma.f32(float %496, float %487, float %497)
  store float %498, float* %13, align 4
  %499 = mul i64 %i40, 3
  %500 = add i64 %499, %j46
  %501 = add i64 %39, 1
  %502 = mul i64 %501, 128
  %503 = add i64 %502, %c36
  %504 = mul i64 %503, 9
  %505 = add i64 %504, %500
  %506 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %505
  %507 = load float, float* %506, align 4
  %508 = load float, float* %12, align 4
  %509 = call float @llvm.fma.f32(float %507, float %487, float %508)
  store float %509, float* %12, align 4
  %510 = mul i64 %i40, 3
  %511 = add i64 %510, %j46
  %512 = add i64 %39, 2
  %513 = mul i64 %512, 128
  %514 = add i64 %513, %c36
  %515 = mul i64 %514, 9
  %516 = add i64 %515, %511
  %517 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %516
  %518 = load float, float* %517, align 4
  %519 = load float, float* %11, align 4
  %520 = call float @llvm.fma.f32(float %518, float %487, float %519)
  store float %520, float* %11, align 4
  %521 = mul i64 %i40, 3
  %522 = add i64 %521, %j46
  %523 = add i64 %39, 3
  %524 = mul i64 %523, 128
  %525 = add i64 %524, %c36
  %526 = mul i64 %525, 9
  %527 = add i64 %526, %522
  %528 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %527
  %529 = load float, float* %528, align 4
  %530 = load float, float* %10, align 4
  %531 = call float @llvm.fma.f32(float %529, float %487, float %530)
  store float %531, float* %10, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 27, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %532 = icmp slt i64 %xs53, 28
  br i1 %532, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %533 = add i64 %39, 0
  %534 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %533
  %535 = load float, float* %534, align 4
  store float %535, float* %9, align 4
  %536 = add i64 %39, 1
  %537 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %536
  %538 = load float, float* %537, align 4
  store float %538, float* %8, align 4
  %539 = add i64 %39, 2
  %540 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %539
  %541 = load float, float* %540, align 4
  store float %541, float* %7, align 4
  %542 = add i64 %39, 3
  %543 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_7.bias to float*), i64 %542
  %544 = load float, float* %543, align 4
  store float %544, float* %6, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %545 = icmp slt i64 %c57, 128
  br i1 %545, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %546 = mul i64 %c57, 784
  %547 = add i64 %43, %546
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %548 = load float, float* %9, align 4
  %549 = mul i64 %36, 128
  %550 = add i64 %39, 0
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 28
  %553 = add i64 %552, %33
  %554 = mul i64 %553, 28
  %555 = add i64 %554, %xs53
  %556 = getelementptr inbounds float, float* %0, i64 %555
  store float %548, float* %556, align 4
  %557 = load float, float* %8, align 4
  %558 = mul i64 %36, 128
  %559 = add i64 %39, 1
  %560 = add i64 %558, %559
  %561 = mul i64 %560, 28
  %562 = add i64 %561, %33
  %563 = mul i64 %562, 28
  %564 = add i64 %563, %xs53
  %565 = getelementptr inbounds float, float* %0, i64 %564
  store float %557, float* %565, align 4
  %566 = load float, float* %7, align 4
  %567 = mul i64 %36, 128
  %568 = add i64 %39, 2
  %569 = add i64 %567, %568
  %570 = mul i64 %569, 28
  %571 = add i64 %570, %33
  %572 = mul i64 %571, 28
  %573 = add i64 %572, %xs53
  %574 = getelementptr inbounds float, float* %0, i64 %573
  store float %566, float* %574, align 4
  %575 = load float, float* %6, align 4
  %576 = mul i64 %36, 128
  %577 = add i64 %39, 3
  %578 = add i64 %576, %577
  %579 = mul i64 %578, 28
  %580 = add i64 %579, %33
  %581 = mul i64 %580, 28
  %582 = add i64 %581, %xs53
  %583 = getelementptr inbounds float, float* %0, i64 %582
  store float %575, float* %583, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %584 = icmp slt i64 %i61, 3
  br i1 %584, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %585 = mul i64 %i61, 1
  %586 = add i64 %45, %585
  %587 = icmp sge i64 %586, 0
  %588 = icmp slt i64 %586, 28
  %589 = and i1 %587, %588
  br i1 %589, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %590 = mul i64 %586, 28
  %591 = add i64 %547, %590
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %592 = icmp slt i64 %j67, 3
  br i1 %592, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %593 = mul i64 %xs53, 1
  %594 = mul i64 %j67, 1
  %595 = add i64 %593, %594
  %596 = sub i64 %595, 1
  %597 = icmp sge i64 %596, 0
  %598 = icmp slt i64 %596, 28
  %599 = and i1 %597, %598
  %600 = icmp sgt i64 %596, 0
  %601 = select i1 %600, i64 %596, i64 0
  %602 = icmp slt i64 %601, 27
  %603 = select i1 %602, i64 %601, i64 27
  %604 = add i64 %591, %603
  %605 = getelementptr inbounds float, float* %1, i64 %604
  %606 = load float, float* %605, align 4
  %607 = select i1 %599, float %606, float 0.000000e+00
  %608 = mul i64 %i61, 3
  %609 = add i64 %608, %j67
  %610 = add i64 %39, 0
  %611 = mul i64 %610, 128
  %612 = add i64 %611, %c57
  %613 = mul i64 %612, 9
  %614 = add i64 %613, %609
  %615 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %614
  %616 = load float, float* %615, align 4
  %617 = load float, float* %9, align 4
  %618 = call float @llvm.fma.f32(float %616, float %607, float %617)
  store float %618, float* %9, align 4
  %619 = mul i64 %i61, 3
  %620 = add i64 %619, %j67
  %621 = add i64 %39, 1
  %622 = mul i64 %621, 128
  %623 = add i64 %622, %c57
  %624 = mul i64 %623, 9
  %625 = add i64 %624, %620
  %626 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %625
  %627 = load float, float* %626, align 4
  %628 = load float, float* %8, align 4
  %629 = call float @llvm.fma.f32(float %627, float %607, float %628)
  store float %629, float* %8, align 4
  %630 = mul i64 %i61, 3
  %631 = add i64 %630, %j67
  %632 = add i64 %39, 2
  %633 = mul i64 %632, 128
  %634 = add i64 %633, %c57
  %635 = mul i64 %634, 9
  %636 = add i64 %635, %631
  %637 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %636
  %638 = load float, float* %637, align 4
  %639 = load float, float* %7, align 4
  %640 = call float @llvm.fma.f32(float %638, float %607, float %639)
  store float %640, float* %7, align 4
  %641 = mul i64 %i61, 3
  %642 = add i64 %641, %j67
  %643 = add i64 %39, 3
  %644 = mul i64 %643, 128
  %645 = add i64 %644, %c57
  %646 = mul i64 %645, 9
  %647 = add i64 %646, %642
  %648 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_7.weight to float*), i64 %647
  %649 = load float, float* %648, align 4
  %650 = load float, float* %6, align 4
  %651 = call float @llvm.fma.f32(float %649, float %607, float %650)
  store float %651, float* %6, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nounwind
define internal void @node7.conv2d_7.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node7.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_8.step0.body(float* %0, float* noalias %1, float* %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
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
  br label %task.header

task.header:                                      ; preds = %xs.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %xs.exit ]
  %23 = icmp slt i64 %task, %6
  br i1 %23, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %24 = srem i64 %task, 32
  %25 = sdiv i64 %task, 32
  %26 = srem i64 %25, 28
  %27 = sdiv i64 %task, 896
  %28 = srem i64 %27, 1
  %29 = sdiv i64 %27, 1
  %30 = mul i64 %28, 128
  %31 = mul i64 %24, 4
  %32 = add i64 %30, %31
  %33 = mul i64 %29, 64
  %34 = mul i64 %28, 64
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 3136
  %37 = mul i64 %26, 2
  %38 = sub i64 %37, 0
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %c.exit ]
  %39 = icmp slt i64 %x, 24
  br i1 %39, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %40 = add i64 %32, 0
  %41 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_8.bias to float*), i64 %40
  %42 = load float, float* %41, align 4
  %43 = insertelement <8 x float> undef, float %42, i32 0
  %splat = shufflevector <8 x float> %43, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %22, align 32
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %44 = add i64 %32, 1
  %45 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_8.bias to float*), i64 %44
  %46 = load float, float* %45, align 4
  %47 = insertelement <8 x float> undef, float %46, i32 0
  %splat1 = shufflevector <8 x float> %47, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  store <8 x float> %splat1, <8 x float>* %17, align 32
  %48 = add i64 %32, 2
  %49 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_8.bias to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat2 = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %16, align 32
  store <8 x float> %splat2, <8 x float>* %15, align 32
  store <8 x float> %splat2, <8 x float>* %14, align 32
  %52 = add i64 %32, 3
  %53 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_8.bias to float*), i64 %52
  %54 = load float, float* %53, align 4
  %55 = insertelement <8 x float> undef, float %54, i32 0
  %splat3 = shufflevector <8 x float> %55, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %13, align 32
  store <8 x float> %splat3, <8 x float>* %12, align 32
  store <8 x float> %splat3, <8 x float>* %11, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  br label %xs.header

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %56 = icmp slt i64 %c, 64
  br i1 %56, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %57 = mul i64 %c, 3136
  %58 = add i64 %36, %57
  br label %i.header

c.exit:                                           ; preds = %c.header
  %59 = load <8 x float>, <8 x float>* %22, align 32
  %60 = add i64 %x, 0
  %61 = mul i64 %29, 128
  %62 = add i64 %32, 0
  %63 = add i64 %61, %62
  %64 = mul i64 %63, 28
  %65 = add i64 %64, %26
  %66 = mul i64 %65, 28
  %67 = add i64 %66, %60
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = fadd <8 x float> %59, %70
  %72 = fcmp ogt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> %71, <8 x float> zeroinitializer
  %74 = add i64 %x, 0
  %75 = mul i64 %29, 128
  %76 = add i64 %32, 0
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 28
  %79 = add i64 %78, %26
  %80 = mul i64 %79, 28
  %81 = add i64 %80, %74
  %82 = getelementptr inbounds float, float* %0, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %73, <8 x float>* %83, align 4
  %84 = load <8 x float>, <8 x float>* %21, align 32
  %85 = add i64 %x, 8
  %86 = mul i64 %29, 128
  %87 = add i64 %32, 0
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 28
  %90 = add i64 %89, %26
  %91 = mul i64 %90, 28
  %92 = add i64 %91, %85
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = fadd <8 x float> %84, %95
  %97 = fcmp ogt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> %96, <8 x float> zeroinitializer
  %99 = add i64 %x, 8
  %100 = mul i64 %29, 128
  %101 = add i64 %32, 0
  %102 = add i64 %100, %101
  %103 = mul i64 %102, 28
  %104 = add i64 %103, %26
  %105 = mul i64 %104, 28
  %106 = add i64 %105, %99
  %107 = getelementptr inbounds float, float* %0, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %98, <8 x float>* %108, align 4
  %109 = load <8 x float>, <8 x float>* %20, align 32
  %110 = add i64 %x, 16
  %111 = mul i64 %29, 128
  %112 = add i64 %32, 0
  %113 = add i64 %111, %112
  %114 = mul i64 %113, 28
  %115 = add i64 %114, %26
  %116 = mul i64 %115, 28
  %117 = add i64 %116, %110
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = fadd <8 x float> %109, %120
  %122 = fcmp ogt <8 x float> %121, zeroinitializer
  %123 = select <8 x i1> %122, <8 x float> %121, <8 x float> zeroinitializer
  %124 = add i64 %x, 16
  %125 = mul i64 %29, 128
  %126 = add i64 %32, 0
  %127 = add i64 %125, %126
  %128 = mul i64 %127, 28
  %129 = add i64 %128, %26
  %130 = mul i64 %129, 28
  %131 = add i64 %130, %124
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %123, <8 x float>* %133, align 4
  %134 = load <8 x float>, <8 x float>* %19, align 32
  %135 = add i64 %x, 0
  %136 = mul i64 %29, 128
  %137 = add i64 %32, 1
  %138 = add i64 %136, %137
  %139 = mul i64 %138, 28
  %140 = add i64 %139, %26
  %141 = mul i64 %140, 28
  %142 = add i64 %141, %135
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = fadd <8 x float> %134, %145
  %147 = fcmp ogt <8 x float> %146, zeroinitializer
  %148 = select <8 x i1> %147, <8 x float> %146, <8 x float> zeroinitializer
  %149 = add i64 %x, 0
  %150 = mul i64 %29, 128
  %151 = add i64 %32, 1
  %152 = add i64 %150, %151
  %153 = mul i64 %152, 28
  %154 = add i64 %153, %26
  %155 = mul i64 %154, 28
  %156 = add i64 %155, %149
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %148, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %18, align 32
  %160 = add i64 %x, 8
  %161 = mul i64 %29, 128
  %162 = add i64 %32, 1
  %163 = add i64 %161, %162
  %164 = mul i64 %163, 28
  %165 = add i64 %164, %26
  %166 = mul i64 %165, 28
  %167 = add i64 %166, %160
  %168 = getelementptr inbounds float, float* %2, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = fadd <8 x float> %159, %170
  %172 = fcmp ogt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> %171, <8 x float> zeroinitializer
  %174 = add i64 %x, 8
  %175 = mul i64 %29, 128
  %176 = add i64 %32, 1
  %177 = add i64 %175, %176
  %178 = mul i64 %177, 28
  %179 = add i64 %178, %26
  %180 = mul i64 %179, 28
  %181 = add i64 %180, %174
  %182 = getelementptr inbounds float, float* %0, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %173, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %17, align 32
  %185 = add i64 %x, 16
  %186 = mul i64 %29, 128
  %187 = add i64 %32, 1
  %188 = add i64 %186, %187
  %189 = mul i64 %188, 28
  %190 = add i64 %189, %26
  %191 = mul i64 %190, 28
  %192 = add i64 %191, %185
  %193 = getelementptr inbounds float, float* %2, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = fadd <8 x float> %184, %195
  %197 = fcmp ogt <8 x float> %196, zeroinitializer
  %198 = select <8 x i1> %197, <8 x float> %196, <8 x float> zeroinitializer
  %199 = add i64 %x, 16
  %200 = mul i64 %29, 128
  %201 = add i64 %32, 1
  %202 = add i64 %200, %201
  %203 = mul i64 %202, 28
  %204 = add i64 %203, %26
  %205 = mul i64 %204, 28
  %206 = add i64 %205, %199
  %207 = getelementptr inbounds float, float* %0, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  store <8 x float> %198, <8 x float>* %208, align 4
  %209 = load <8 x float>, <8 x float>* %16, align 32
  %210 = add i64 %x, 0
  %211 = mul i64 %29, 128
  %212 = add i64 %32, 2
  %213 = add i64 %211, %212
  %214 = mul i64 %213, 28
  %215 = add i64 %214, %26
  %216 = mul i64 %215, 28
  %217 = add i64 %216, %210
  %218 = getelementptr inbounds float, float* %2, i64 %217
  %219 = bitcast float* %218 to <8 x float>*
  %220 = load <8 x float>, <8 x float>* %219, align 4
  %221 = fadd <8 x float> %209, %220
  %222 = fcmp ogt <8 x float> %221, zeroinitializer
  %223 = select <8 x i1> %222, <8 x float> %221, <8 x float> zeroinitializer
  %224 = add i64 %x, 0
  %225 = mul i64 %29, 128
  %226 = add i64 %32, 2
  %227 = add i64 %225, %226
  %228 = mul i64 %227, 28
  %229 = add i64 %228, %26
  %230 = mul i64 %229, 28
  %231 = add i64 %230, %224
  %232 = getelementptr inbounds float, float* %0, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %223, <8 x float>* %233, align 4
  %234 = load <8 x float>, <8 x float>* %15, align 32
  %235 = add i64 %x, 8
  %236 = mul i64 %29, 128
  %237 = add i64 %32, 2
  %238 = add i64 %236, %237
  %239 = mul i64 %238, 28
  %240 = add i64 %239, %26
  %241 = mul i64 %240, 28
  %242 = add i64 %241, %235
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  %245 = load <8 x float>, <8 x float>* %244, align 4
  %246 = fadd <8 x float> %234, %245
  %247 = fcmp ogt <8 x float> %246, zeroinitializer
  %248 = select <8 x i1> %247, <8 x float> %246, <8 x float> zeroinitializer
  %249 = add i64 %x, 8
  %250 = mul i64 %29, 128
  %251 = add i64 %32, 2
  %252 = add i64 %250, %251
  %253 = mul i64 %252, 28
  %254 = add i64 %253, %26
  %255 = mul i64 %254, 28
  %256 = add i64 %255, %249
  %257 = getelementptr inbounds float, float* %0, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %248, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %14, align 32
  %260 = add i64 %x, 16
  %261 = mul i64 %29, 128
  %262 = add i64 %32, 2
  %263 = add i64 %261, %262
  %264 = mul i64 %263, 28
  %265 = add i64 %264, %26
  %266 = mul i64 %265, 28
  %267 = add i64 %266, %260
  %268 = getelementptr inbounds float, float* %2, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = fadd <8 x float> %259, %270
  %272 = fcmp ogt <8 x float> %271, zeroinitializer
  %273 = select <8 x i1> %272, <8 x float> %271, <8 x float> zeroinitializer
  %274 = add i64 %x, 16
  %275 = mul i64 %29, 128
  %276 = add i64 %32, 2
  %277 = add i64 %275, %276
  %278 = mul i64 %277, 28
  %279 = add i64 %278, %26
  %280 = mul i64 %279, 28
  %281 = add i64 %280, %274
  %282 = getelementptr inbounds float, float* %0, i64 %281
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %273, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %13, align 32
  %285 = add i64 %x, 0
  %286 = mul i64 %29, 128
  %287 = add i64 %32, 3
  %288 = add i64 %286, %287
  %289 = mul i64 %288, 28
  %290 = add i64 %289, %26
  %291 = mul i64 %290, 28
  %292 = add i64 %291, %285
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = fadd <8 x float> %284, %295
  %297 = fcmp ogt <8 x float> %296, zeroinitializer
  %298 = select <8 x i1> %297, <8 x float> %296, <8 x float> zeroinitializer
  %299 = add i64 %x, 0
  %300 = mul i64 %29, 128
  %301 = add i64 %32, 3
  %302 = add i64 %300, %301
  %303 = mul i64 %302, 28
  %304 = add i64 %303, %26
  %305 = mul i64 %304, 28
  %306 = add i64 %305, %299
  %307 = getelementptr inbounds float, float* %0, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %298, <8 x float>* %308, align 4
  %309 = load <8 x float>, <8 x float>* %12, align 32
  %310 = add i64 %x, 8
  %311 = mul i64 %29, 128
  %312 = add i64 %32, 3
  %313 = add i64 %311, %312
  %314 = mul i64 %313, 28
  %315 = add i64 %314, %26
  %316 = mul i64 %315, 28
  %317 = add i64 %316, %310
  %318 = getelementptr inbounds float, float* %2, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = fadd <8 x float> %309, %320
  %322 = fcmp ogt <8 x float> %321, zeroinitializer
  %323 = select <8 x i1> %322, <8 x float> %321, <8 x float> zeroinitializer
  %324 = add i64 %x, 8
  %325 = mul i64 %29, 128
  %326 = add i64 %32, 3
  %327 = add i64 %325, %326
  %328 = mul i64 %327, 28
  %329 = add i64 %328, %26
  %330 = mul i64 %329, 28
  %331 = add i64 %330, %324
  %332 = getelementptr inbounds float, float* %0, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %323, <8 x float>* %333, align 4
  %334 = load <8 x float>, <8 x float>* %11, align 32
  %335 = add i64 %x, 16
  %336 = mul i64 %29, 128
  %337 = add i64 %32, 3
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 28
  %340 = add i64 %339, %26
  %341 = mul i64 %340, 28
  %342 = add i64 %341, %335
  %343 = getelementptr inbounds float, float* %2, i64 %342
  %344 = bitcast float* %343 to <8 x float>*
  %345 = load <8 x float>, <8 x float>* %344, align 4
  %346 = fadd <8 x float> %334, %345
  %347 = fcmp ogt <8 x float> %346, zeroinitializer
  %348 = select <8 x i1> %347, <8 x float> %346, <8 x float> zeroinitializer
  %349 = add i64 %x, 16
  %350 = mul i64 %29, 128
  %351 = add i64 %32, 3
  %352 = add i64 %350, %351
  %353 = mul i64 %352, 28
  %354 = add i64 %353, %26
  %355 = mul i64 %354, 28
  %356 = add i64 %355, %349
  %357 = getelementptr inbounds float, float* %0, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  store <8 x float> %348, <8 x float>* %358, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %359 = icmp slt i64 %i, 1
  br i1 %359, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %360 = mul i64 %i, 1
  %361 = add i64 %38, %360
  %362 = icmp sge i64 %361, 0
  %363 = icmp slt i64 %361, 56
  %364 = and i1 %362, %363
  br i1 %364, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %365 = mul i64 %361, 56
  %366 = add i64 %58, %365
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %367 = icmp slt i64 %j, 1
  br i1 %367, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %368 = mul i64 %x, 2
  %369 = mul i64 %j, 1
  %370 = add i64 %368, %369
  %371 = sub i64 %370, 0
  %372 = add i64 %366, %371
  %373 = add i64 %372, 0
  %374 = getelementptr inbounds float, float* %1, i64 %373
  %375 = bitcast float* %374 to <8 x float>*
  %376 = load <8 x float>, <8 x float>* %375, align 4
  %377 = add i64 %373, 8
  %378 = getelementptr inbounds float, float* %1, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = shufflevector <8 x float> %376, <8 x float> %380, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %382 = add i64 %372, 16
  %383 = getelementptr inbounds float, float* %1, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %382, 8
  %387 = getelementptr inbounds float, float* %1, i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = shufflevector <8 x float> %385, <8 x float> %389, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %391 = add i64 %372, 32
  %392 = getelementptr inbounds float, float* %1, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %391, 8
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  %398 = load <8 x float>, <8 x float>* %397, align 4
  %399 = shufflevector <8 x float> %394, <8 x float> %398, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %400 = mul i64 %i, 1
  %401 = add i64 %400, %j
  %402 = add i64 %32, 0
  %403 = mul i64 %402, 64
  %404 = add i64 %403, %c
  %405 = mul i64 %404, 1
  %406 = add i64 %405, %401
  %407 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat4 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %22, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %381, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %22, align 32
  %412 = load <8 x float>, <8 x float>* %21, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %390, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %21, align 32
  %414 = load <8 x float>, <8 x float>* %20, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %399, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %20, align 32
  %416 = mul i64 %i, 1
  %417 = add i64 %416, %j
  %418 = add i64 %32, 1
  %419 = mul i64 %418, 64
  %420 = add i64 %419, %c
  %421 = mul i64 %420, 1
  %422 = add i64 %421, %417
  %423 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat5 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %19, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %381, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %19, align 32
  %428 = load <8 x float>, <8 x float>* %18, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %390, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %18, align 32
  %430 = load <8 x float>, <8 x float>* %17, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %399, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %17, align 32
  %432 = mul i64 %i, 1
  %433 = add i64 %432, %j
  %434 = add i64 %32, 2
  %435 = mul i64 %434, 64
  %436 = add i64 %435, %c
  %437 = mul i64 %436, 1
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat6 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %16, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %381, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %16, align 32
  %444 = load <8 x float>, <8 x float>* %15, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %390, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %15, align 32
  %446 = load <8 x float>, <8 x float>* %14, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %399, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %14, align 32
  %448 = mul i64 %i, 1
  %449 = add i64 %448, %j
  %450 = add i64 %32, 3
  %451 = mul i64 %450, 64
  %452 = add i64 %451, %c
  %453 = mul i64 %452, 1
  %454 = add i64 %453, %449
  %455 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat7 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %13, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %381, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %13, align 32
  %460 = load <8 x float>, <8 x float>* %12, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %390, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %12, align 32
  %462 = load <8 x float>, <8 x float>* %11, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %399, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %11, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %x.exit
  %xs = phi i64 [ 24, %x.exit ], [ %xs.next, %c.exit10 ]
  %464 = icmp slt i64 %xs, 28
  br i1 %464, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %465 = add i64 %32, 0
  %466 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_8.bias to float*), i64 %465
  %467 = load float, float* %466, align 4
  store float %467, float* %10, align 4
  %468 = add i64 %32, 1
  %469 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_8.bias to float*), i64 %468
  %470 = load float, float* %469, align 4
  store float %470, float* %9, align 4
  %471 = add i64 %32, 2
  %472 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_8.bias to float*), i64 %471
  %473 = load float, float* %472, align 4
  store float %473, float* %8, align 4
  %474 = add i64 %32, 3
  %475 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_8.bias to float*), i64 %474
  %476 = load float, float* %475, align 4
  store float %476, float* %7, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  %task.next = add i64 %task, 1
  br label %task.header

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %477 = icmp slt i64 %c11, 64
  br i1 %477, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %478 = mul i64 %c11, 3136
  %479 = add i64 %36, %478
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %480 = load float, float* %10, align 4
  %481 = mul i64 %29, 128
  %482 = add i64 %32, 0
  %483 = add i64 %481, %482
  %484 = mul i64 %483, 28
  %485 = add i64 %484, %26
  %486 = mul i64 %485, 28
  %487 = add i64 %486, %xs
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = load float, float* %488, align 4
  %490 = fadd float %480, %489
  %491 = fcmp ogt float %490, 0.000000e+00
  %492 = select i1 %491, float %490, float 0.000000e+00
  %493 = mul i64 %29, 128
  %494 = add i64 %32, 0
  %495 = add i64 %493, %494
  %496 = mul i64 %495, 28
  %497 = add i64 %496, %26
  %498 = mul i64 %497, 28
  %499 = add i64 %498, %xs
  %500 = getelementptr inbounds float, float* %0, i64 %499
  store float %492, float* %500, align 4
  %501 = load float, float* %9, align 4
  %502 = mul i64 %29, 128
  %503 = add i64 %32, 1
  %504 = add i64 %502, %503
  %505 = mul i64 %504, 28
  %506 = add i64 %505, %26
  %507 = mul i64 %506, 28
  %508 = add i64 %507, %xs
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = load float, float* %509, align 4
  %511 = fadd float %501, %510
  %512 = fcmp ogt float %511, 0.000000e+00
  %513 = select i1 %512, float %511, float 0.000000e+00
  %514 = mul i64 %29, 128
  %515 = add i64 %32, 1
  %516 = add i64 %514, %515
  %517 = mul i64 %516, 28
  %518 = add i64 %517, %26
  %519 = mul i64 %518, 28
  %520 = add i64 %519, %xs
  %521 = getelementptr inbounds float, float* %0, i64 %520
  store float %513, float* %521, align 4
  %522 = load float, float* %8, align 4
  %523 = mul i64 %29, 128
  %524 = add i64 %32, 2
  %525 = add i64 %523, %524
  %526 = mul i64 %525, 28
  %527 = add i64 %526, %26
  %528 = mul i64 %527, 28
  %529 = add i64 %528, %xs
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = load float, float* %530, align 4
  %532 = fadd float %522, %531
  %533 = fcmp ogt float %532, 0.000000e+00
  %534 = select i1 %533, float %532, float 0.000000e+00
  %535 = mul i64 %29, 128
  %536 = add i64 %32, 2
  %537 = add i64 %535, %536
  %538 = mul i64 %537, 28
  %539 = add i64 %538, %26
  %540 = mul i64 %539, 28
  %541 = add i64 %540, %xs
  %542 = getelementptr inbounds float, float* %0, i64 %541
  store float %534, float* %542, align 4
  %543 = load float, float* %7, align 4
  %544 = mul i64 %29, 128
  %545 = add i64 %32, 3
  %546 = add i64 %544, %545
  %547 = mul i64 %546, 28
  %548 = add i64 %547, %26
  %549 = mul i64 %548, 28
  %550 = add i64 %549, %xs
  %551 = getelementptr inbounds float, float* %2, i64 %550
  %552 = load float, float* %551, align 4
  %553 = fadd float %543, %552
  %554 = fcmp ogt float %553, 0.000000e+00
  %555 = select i1 %554, float %553, float 0.000000e+00
  %556 = mul i64 %29, 128
  %557 = add i64 %32, 3
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 28
  %560 = add i64 %559, %26
  %561 = mul i64 %560, 28
  %562 = add i64 %561, %xs
  %563 = getelementptr inbounds float, float* %0, i64 %562
  store float %555, float* %563, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %564 = icmp slt i64 %i15, 1
  br i1 %564, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %565 = mul i64 %i15, 1
  %566 = add i64 %38, %565
  %567 = icmp sge i64 %566, 0
  %568 = icmp slt i64 %566, 56
  %569 = and i1 %567, %568
  br i1 %569, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %570 = mul i64 %566, 56
  %571 = add i64 %479, %570
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %572 = icmp slt i64 %j21, 1
  br i1 %572, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %573 = mul i64 %xs, 2
  %574 = mul i64 %j21, 1
  %575 = add i64 %573, %574
  %576 = sub i64 %575, 0
  %577 = icmp sge i64 %576, 0
  %578 = icmp slt i64 %576, 56
  %579 = and i1 %577, %578
  %580 = icmp sgt i64 %576, 0
  %581 = select i1 %580, i64 %576, i64 0
  %582 = icmp slt i64 %581, 55
  %583 = select i1 %582, i64 %581, i64 55
  %584 = add i64 %571, %583
  %585 = getelementptr inbounds float, float* %1, i64 %584
  %586 = load float, float* %585, align 4
  %587 = select i1 %579, float %586, float 0.000000e+00
  %588 = mul i64 %i15, 1
  %589 = add i64 %588, %j21
  %590 = add i64 %32, 0
  %591 = mul i64 %590, 64
  %592 = add i64 %591, %c11
  %593 = mul i64 %592, 1
  %594 = add i64 %593, %589
  %595 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %594
  %596 = load float, float* %595, align 4
  %597 = load float, float* %10, align 4
  %598 = call float @llvm.fma.f32(float %596, float %587, float %597)
  store float %598, float* %10, align 4
  %599 = mul i64 %i15, 1
  %600 = add i64 %599, %j21
  %601 = add i64 %32, 1
  %602 = mul i64 %601, 64
  %603 = add i64 %602, %c11
  %604 = mul i64 %603, 1
  %605 = add i64 %604, %600
  %606 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %605
  %607 = load float, float* %606, align 4
  %608 = load float, float* %9, align 4
  %609 = call float @llvm.fma.f32(float %607, float %587, float %608)
  store float %609, float* %9, align 4
  %610 = mul i64 %i15, 1
  %611 = add i64 %610, %j21
  %612 = add i64 %32, 2
  %613 = mul i64 %612, 64
  %614 = add i64 %613, %c11
  %615 = mul i64 %614, 1
  %616 = add i64 %615, %611
  %617 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %616
  %618 = load float, float* %617, align 4
  %619 = load float, float* %8, align 4
  %620 = call float @llvm.fma.f32(float %618, float %587, float %619)
  store float %620, float* %8, align 4
  %621 = mul i64 %i15, 1
  %622 = add i64 %621, %j21
  %623 = add i64 %32, 3
  %624 = mul i64 %623, 64
  %625 = add i64 %624, %c11
  %626 = mul i64 %625, 1
  %627 = add i64 %626, %622
  %628 = getelementptr inbounds float, float* bitcast ([32768 x i8]* @weight.conv2d_8.weight to float*), i64 %627
  %629 = load float, float* %628, align 4
  %630 = load float, float* %7, align 4
  %631 = call float @llvm.fma.f32(float %629, float %587, float %630)
  store float %631, float* %7, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17
}

; Function Attrs: nounwind
define internal void @node8.conv2d_8.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
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
  %22 = add i64 896, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  call void @node8.conv2d_8.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.conv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %47 = add i64 %39, 0
  %48 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  store <8 x float> %splat, <8 x float>* %27, align 32
  %51 = add i64 %39, 1
  %52 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat1 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  store <8 x float> %splat1, <8 x float>* %24, align 32
  %55 = add i64 %39, 2
  %56 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat2 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  store <8 x float> %splat2, <8 x float>* %21, align 32
  %59 = add i64 %39, 3
  %60 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %59
  %61 = load float, float* %60, align 4
  %62 = insertelement <8 x float> undef, float %61, i32 0
  %splat3 = shufflevector <8 x float> %62, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  store <8 x float> %splat3, <8 x float>* %18, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %63 = add i64 %39, 0
  %64 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %63
  %65 = load float, float* %64, align 4
  %66 = insertelement <8 x float> undef, float %65, i32 0
  %splat8 = shufflevector <8 x float> %66, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %17, align 32
  %67 = add i64 %39, 1
  %68 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat9 = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %16, align 32
  %71 = add i64 %39, 2
  %72 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %71
  %73 = load float, float* %72, align 4
  %74 = insertelement <8 x float> undef, float %73, i32 0
  %splat10 = shufflevector <8 x float> %74, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %15, align 32
  %75 = add i64 %39, 3
  %76 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %75
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
  %80 = mul i64 %c, 784
  %81 = add i64 %43, %80
  br label %i.header

c.exit:                                           ; preds = %c.header
  %82 = load <8 x float>, <8 x float>* %29, align 32
  %83 = fcmp ogt <8 x float> %82, zeroinitializer
  %84 = select <8 x i1> %83, <8 x float> %82, <8 x float> zeroinitializer
  %85 = add i64 %x, 0
  %86 = mul i64 %36, 128
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
  %99 = mul i64 %36, 128
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
  %112 = mul i64 %36, 128
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
  %125 = mul i64 %36, 128
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
  %138 = mul i64 %36, 128
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
  %151 = mul i64 %36, 128
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
  %164 = mul i64 %36, 128
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
  %177 = mul i64 %36, 128
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
  %190 = mul i64 %36, 128
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
  %203 = mul i64 %36, 128
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
  %216 = mul i64 %36, 128
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
  %229 = mul i64 %36, 128
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
  %267 = mul i64 %266, 128
  %268 = add i64 %267, %c
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %270
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
  %287 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %286
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
  %303 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %302
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
  %319 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %318
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
  %329 = mul i64 %c15, 784
  %330 = add i64 %43, %329
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %331 = load <8 x float>, <8 x float>* %17, align 32
  %332 = fcmp ogt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> %331, <8 x float> zeroinitializer
  %334 = mul i64 %36, 128
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
  %346 = mul i64 %36, 128
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
  %358 = mul i64 %36, 128
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
  %370 = mul i64 %36, 128
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
  %399 = mul i64 %398, 128
  %400 = add i64 %399, %c15
  %401 = mul i64 %400, 9
  %402 = add i64 %401, %397
  %403 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %402
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
  %415 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %414
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
  %427 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %426
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
  %439 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %438
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
  %446 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %445
  %447 = load float, float* %446, align 4
  store float %447, float* %13, align 4
  %448 = add i64 %39, 1
  %449 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %448
  %450 = load float, float* %449, align 4
  store float %450, float* %12, align 4
  %451 = add i64 %39, 2
  %452 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %451
  %453 = load float, float* %452, align 4
  store float %453, float* %11, align 4
  %454 = add i64 %39, 3
  %455 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %454
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
  %458 = mul i64 %c36, 784
  %459 = add i64 %43, %458
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %460 = load float, float* %13, align 4
  %461 = fcmp ogt float %460, 0.000000e+00
  %462 = select i1 %461, float %460, float 0.000000e+00
  %463 = mul i64 %36, 128
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
  %474 = mul i64 %36, 128
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
  %485 = mul i64 %36, 128
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
  %496 = mul i64 %36, 128
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
  %531 = mul i64 %530, 128
  %532 = add i64 %531, %c36
  %533 = mul i64 %532, 9
  %534 = add i64 %533, %529
  %535 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %534
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
  %546 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %545
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
  %557 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %556
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
  %568 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %567
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
  %574 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %573
  %575 = load float, float* %574, align 4
  store float %575, float* %9, align 4
  %576 = add i64 %39, 1
  %577 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %576
  %578 = load float, float* %577, align 4
  store float %578, float* %8, align 4
  %579 = add i64 %39, 2
  %580 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %579
  %581 = load float, float* %580, align 4
  store float %581, float* %7, align 4
  %582 = add i64 %39, 3
  %583 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_9.bias to float*), i64 %582
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
  %586 = mul i64 %c57, 784
  %587 = add i64 %43, %586
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %588 = load float, float* %9, align 4
  %589 = fcmp ogt float %588, 0.000000e+00
  %590 = select i1 %589, float %588, float 0.000000e+00
  %591 = mul i64 %36, 128
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
  %602 = mul i64 %36, 128
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
  %613 = mul i64 %36, 128
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
  %624 = mul i64 %36, 128
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
  %659 = mul i64 %658, 128
  %660 = add i64 %659, %c57
  %661 = mul i64 %660, 9
  %662 = add i64 %661, %657
  %663 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %662
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
  %674 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %673
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
  %685 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %684
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
  %696 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_9.weight to float*), i64 %695
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
define internal void @node9.conv2d_9.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node9.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_10.step0.body(float* %0, float* noalias %1, float* %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca float, align 4
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
  br label %task.header

task.header:                                      ; preds = %xs.exit52, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %xs.exit52 ]
  %31 = icmp slt i64 %task, %6
  br i1 %31, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %32 = srem i64 %task, 32
  %33 = sdiv i64 %task, 32
  %34 = srem i64 %33, 28
  %35 = sdiv i64 %task, 896
  %36 = srem i64 %35, 1
  %37 = sdiv i64 %35, 1
  %38 = mul i64 %36, 128
  %39 = mul i64 %32, 4
  %40 = add i64 %38, %39
  %41 = mul i64 %37, 128
  %42 = mul i64 %36, 128
  %43 = add i64 %41, %42
  %44 = mul i64 %43, 784
  %45 = mul i64 %34, 1
  %46 = sub i64 %45, 1
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %c.exit, %task.body
  %x = phi i64 [ 1, %task.body ], [ %x.next, %c.exit ]
  %47 = icmp slt i64 %x, 25
  br i1 %47, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %48 = add i64 %40, 0
  %49 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %30, align 32
  store <8 x float> %splat, <8 x float>* %29, align 32
  store <8 x float> %splat, <8 x float>* %28, align 32
  %52 = add i64 %40, 1
  %53 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %52
  %54 = load float, float* %53, align 4
  %55 = insertelement <8 x float> undef, float %54, i32 0
  %splat1 = shufflevector <8 x float> %55, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %27, align 32
  store <8 x float> %splat1, <8 x float>* %26, align 32
  store <8 x float> %splat1, <8 x float>* %25, align 32
  %56 = add i64 %40, 2
  %57 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat2 = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %24, align 32
  store <8 x float> %splat2, <8 x float>* %23, align 32
  store <8 x float> %splat2, <8 x float>* %22, align 32
  %60 = add i64 %40, 3
  %61 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %60
  %62 = load float, float* %61, align 4
  %63 = insertelement <8 x float> undef, float %62, i32 0
  %splat3 = shufflevector <8 x float> %63, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %21, align 32
  store <8 x float> %splat3, <8 x float>* %20, align 32
  store <8 x float> %splat3, <8 x float>* %19, align 32
  br label %c.header

x.exit:                                           ; preds = %x.header
  %64 = add i64 %40, 0
  %65 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %64
  %66 = load float, float* %65, align 4
  %67 = insertelement <8 x float> undef, float %66, i32 0
  %splat8 = shufflevector <8 x float> %67, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat8, <8 x float>* %18, align 32
  %68 = add i64 %40, 1
  %69 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %68
  %70 = load float, float* %69, align 4
  %71 = insertelement <8 x float> undef, float %70, i32 0
  %splat9 = shufflevector <8 x float> %71, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat9, <8 x float>* %17, align 32
  %72 = add i64 %40, 2
  %73 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %72
  %74 = load float, float* %73, align 4
  %75 = insertelement <8 x float> undef, float %74, i32 0
  %splat10 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat10, <8 x float>* %16, align 32
  %76 = add i64 %40, 3
  %77 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat11 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat11, <8 x float>* %15, align 32
  br label %c.header12

c.header:                                         ; preds = %i.exit, %x.body
  %c = phi i64 [ 0, %x.body ], [ %c.next, %i.exit ]
  %80 = icmp slt i64 %c, 128
  br i1 %80, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %81 = mul i64 %c, 784
  %82 = add i64 %44, %81
  br label %i.header

c.exit:                                           ; preds = %c.header
  %83 = load <8 x float>, <8 x float>* %30, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %37, 128
  %86 = add i64 %40, 0
  %87 = add i64 %85, %86
  %88 = mul i64 %87, 28
  %89 = add i64 %88, %34
  %90 = mul i64 %89, 28
  %91 = add i64 %90, %84
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = fadd <8 x float> %83, %94
  %96 = fcmp ogt <8 x float> %95, zeroinitializer
  %97 = select <8 x i1> %96, <8 x float> %95, <8 x float> zeroinitializer
  %98 = add i64 %x, 0
  %99 = mul i64 %37, 128
  %100 = add i64 %40, 0
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 28
  %103 = add i64 %102, %34
  %104 = mul i64 %103, 28
  %105 = add i64 %104, %98
  %106 = getelementptr inbounds float, float* %0, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %97, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %29, align 32
  %109 = add i64 %x, 8
  %110 = mul i64 %37, 128
  %111 = add i64 %40, 0
  %112 = add i64 %110, %111
  %113 = mul i64 %112, 28
  %114 = add i64 %113, %34
  %115 = mul i64 %114, 28
  %116 = add i64 %115, %109
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = fadd <8 x float> %108, %119
  %121 = fcmp ogt <8 x float> %120, zeroinitializer
  %122 = select <8 x i1> %121, <8 x float> %120, <8 x float> zeroinitializer
  %123 = add i64 %x, 8
  %124 = mul i64 %37, 128
  %125 = add i64 %40, 0
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 28
  %128 = add i64 %127, %34
  %129 = mul i64 %128, 28
  %130 = add i64 %129, %123
  %131 = getelementptr inbounds float, float* %0, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %122, <8 x float>* %132, align 4
  %133 = load <8 x float>, <8 x float>* %28, align 32
  %134 = add i64 %x, 16
  %135 = mul i64 %37, 128
  %136 = add i64 %40, 0
  %137 = add i64 %135, %136
  %138 = mul i64 %137, 28
  %139 = add i64 %138, %34
  %140 = mul i64 %139, 28
  %141 = add i64 %140, %134
  %142 = getelementptr inbounds float, float* %2, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = fadd <8 x float> %133, %144
  %146 = fcmp ogt <8 x float> %145, zeroinitializer
  %147 = select <8 x i1> %146, <8 x float> %145, <8 x float> zeroinitializer
  %148 = add i64 %x, 16
  %149 = mul i64 %37, 128
  %150 = add i64 %40, 0
  %151 = add i64 %149, %150
  %152 = mul i64 %151, 28
  %153 = add i64 %152, %34
  %154 = mul i64 %153, 28
  %155 = add i64 %154, %148
  %156 = getelementptr inbounds float, float* %0, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %147, <8 x float>* %157, align 4
  %158 = load <8 x float>, <8 x float>* %27, align 32
  %159 = add i64 %x, 0
  %160 = mul i64 %37, 128
  %161 = add i64 %40, 1
  %162 = add i64 %160, %161
  %163 = mul i64 %162, 28
  %164 = add i64 %163, %34
  %165 = mul i64 %164, 28
  %166 = add i64 %165, %159
  %167 = getelementptr inbounds float, float* %2, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = fadd <8 x float> %158, %169
  %171 = fcmp ogt <8 x float> %170, zeroinitializer
  %172 = select <8 x i1> %171, <8 x float> %170, <8 x float> zeroinitializer
  %173 = add i64 %x, 0
  %174 = mul i64 %37, 128
  %175 = add i64 %40, 1
  %176 = add i64 %174, %175
  %177 = mul i64 %176, 28
  %178 = add i64 %177, %34
  %179 = mul i64 %178, 28
  %180 = add i64 %179, %173
  %181 = getelementptr inbounds float, float* %0, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %172, <8 x float>* %182, align 4
  %183 = load <8 x float>, <8 x float>* %26, align 32
  %184 = add i64 %x, 8
  %185 = mul i64 %37, 128
  %186 = add i64 %40, 1
  %187 = add i64 %185, %186
  %188 = mul i64 %187, 28
  %189 = add i64 %188, %34
  %190 = mul i64 %189, 28
  %191 = add i64 %190, %184
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = fadd <8 x float> %183, %194
  %196 = fcmp ogt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> %195, <8 x float> zeroinitializer
  %198 = add i64 %x, 8
  %199 = mul i64 %37, 128
  %200 = add i64 %40, 1
  %201 = add i64 %199, %200
  %202 = mul i64 %201, 28
  %203 = add i64 %202, %34
  %204 = mul i64 %203, 28
  %205 = add i64 %204, %198
  %206 = getelementptr inbounds float, float* %0, i64 %205
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %197, <8 x float>* %207, align 4
  %208 = load <8 x float>, <8 x float>* %25, align 32
  %209 = add i64 %x, 16
  %210 = mul i64 %37, 128
  %211 = add i64 %40, 1
  %212 = add i64 %210, %211
  %213 = mul i64 %212, 28
  %214 = add i64 %213, %34
  %215 = mul i64 %214, 28
  %216 = add i64 %215, %209
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = fadd <8 x float> %208, %219
  %221 = fcmp ogt <8 x float> %220, zeroinitializer
  %222 = select <8 x i1> %221, <8 x float> %220, <8 x float> zeroinitializer
  %223 = add i64 %x, 16
  %224 = mul i64 %37, 128
  %225 = add i64 %40, 1
  %226 = add i64 %224, %225
  %227 = mul i64 %226, 28
  %228 = add i64 %227, %34
  %229 = mul i64 %228, 28
  %230 = add i64 %229, %223
  %231 = getelementptr inbounds float, float* %0, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %222, <8 x float>* %232, align 4
  %233 = load <8 x float>, <8 x float>* %24, align 32
  %234 = add i64 %x, 0
  %235 = mul i64 %37, 128
  %236 = add i64 %40, 2
  %237 = add i64 %235, %236
  %238 = mul i64 %237, 28
  %239 = add i64 %238, %34
  %240 = mul i64 %239, 28
  %241 = add i64 %240, %234
  %242 = getelementptr inbounds float, float* %2, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = fadd <8 x float> %233, %244
  %246 = fcmp ogt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> %245, <8 x float> zeroinitializer
  %248 = add i64 %x, 0
  %249 = mul i64 %37, 128
  %250 = add i64 %40, 2
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 28
  %253 = add i64 %252, %34
  %254 = mul i64 %253, 28
  %255 = add i64 %254, %248
  %256 = getelementptr inbounds float, float* %0, i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  store <8 x float> %247, <8 x float>* %257, align 4
  %258 = load <8 x float>, <8 x float>* %23, align 32
  %259 = add i64 %x, 8
  %260 = mul i64 %37, 128
  %261 = add i64 %40, 2
  %262 = add i64 %260, %261
  %263 = mul i64 %262, 28
  %264 = add i64 %263, %34
  %265 = mul i64 %264, 28
  %266 = add i64 %265, %259
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = fadd <8 x float> %258, %269
  %271 = fcmp ogt <8 x float> %270, zeroinitializer
  %272 = select <8 x i1> %271, <8 x float> %270, <8 x float> zeroinitializer
  %273 = add i64 %x, 8
  %274 = mul i64 %37, 128
  %275 = add i64 %40, 2
  %276 = add i64 %274, %275
  %277 = mul i64 %276, 28
  %278 = add i64 %277, %34
  %279 = mul i64 %278, 28
  %280 = add i64 %279, %273
  %281 = getelementptr inbounds float, float* %0, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  store <8 x float> %272, <8 x float>* %282, align 4
  %283 = load <8 x float>, <8 x float>* %22, align 32
  %284 = add i64 %x, 16
  %285 = mul i64 %37, 128
  %286 = add i64 %40, 2
  %287 = add i64 %285, %286
  %288 = mul i64 %287, 28
  %289 = add i64 %288, %34
  %290 = mul i64 %289, 28
  %291 = add i64 %290, %284
  %292 = getelementptr inbounds float, float* %2, i64 %291
  %293 = bitcast float* %292 to <8 x float>*
  %294 = load <8 x float>, <8 x float>* %293, align 4
  %295 = fadd <8 x float> %283, %294
  %296 = fcmp ogt <8 x float> %295, zeroinitializer
  %297 = select <8 x i1> %296, <8 x float> %295, <8 x float> zeroinitializer
  %298 = add i64 %x, 16
  %299 = mul i64 %37, 128
  %300 = add i64 %40, 2
  %301 = add i64 %299, %300
  %302 = mul i64 %301, 28
  %303 = add i64 %302, %34
  %304 = mul i64 %303, 28
  %305 = add i64 %304, %298
  %306 = getelementptr inbounds float, float* %0, i64 %305
  %307 = bitcast float* %306 to <8 x float>*
  store <8 x float> %297, <8 x float>* %307, align 4
  %308 = load <8 x float>, <8 x float>* %21, align 32
  %309 = add i64 %x, 0
  %310 = mul i64 %37, 128
  %311 = add i64 %40, 3
  %312 = add i64 %310, %311
  %313 = mul i64 %312, 28
  %314 = add i64 %313, %34
  %315 = mul i64 %314, 28
  %316 = add i64 %315, %309
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = fadd <8 x float> %308, %319
  %321 = fcmp ogt <8 x float> %320, zeroinitializer
  %322 = select <8 x i1> %321, <8 x float> %320, <8 x float> zeroinitializer
  %323 = add i64 %x, 0
  %324 = mul i64 %37, 128
  %325 = add i64 %40, 3
  %326 = add i64 %324, %325
  %327 = mul i64 %326, 28
  %328 = add i64 %327, %34
  %329 = mul i64 %328, 28
  %330 = add i64 %329, %323
  %331 = getelementptr inbounds float, float* %0, i64 %330
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %322, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %20, align 32
  %334 = add i64 %x, 8
  %335 = mul i64 %37, 128
  %336 = add i64 %40, 3
  %337 = add i64 %335, %336
  %338 = mul i64 %337, 28
  %339 = add i64 %338, %34
  %340 = mul i64 %339, 28
  %341 = add i64 %340, %334
  %342 = getelementptr inbounds float, float* %2, i64 %341
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = fadd <8 x float> %333, %344
  %346 = fcmp ogt <8 x float> %345, zeroinitializer
  %347 = select <8 x i1> %346, <8 x float> %345, <8 x float> zeroinitializer
  %348 = add i64 %x, 8
  %349 = mul i64 %37, 128
  %350 = add i64 %40, 3
  %351 = add i64 %349, %350
  %352 = mul i64 %351, 28
  %353 = add i64 %352, %34
  %354 = mul i64 %353, 28
  %355 = add i64 %354, %348
  %356 = getelementptr inbounds float, float* %0, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %347, <8 x float>* %357, align 4
  %358 = load <8 x float>, <8 x float>* %19, align 32
  %359 = add i64 %x, 16
  %360 = mul i64 %37, 128
  %361 = add i64 %40, 3
  %362 = add i64 %360, %361
  %363 = mul i64 %362, 28
  %364 = add i64 %363, %34
  %365 = mul i64 %364, 28
  %366 = add i64 %365, %359
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  %369 = load <8 x float>, <8 x float>* %368, align 4
  %370 = fadd <8 x float> %358, %369
  %371 = fcmp ogt <8 x float> %370, zeroinitializer
  %372 = select <8 x i1> %371, <8 x float> %370, <8 x float> zeroinitializer
  %373 = add i64 %x, 16
  %374 = mul i64 %37, 128
  %375 = add i64 %40, 3
  %376 = add i64 %374, %375
  %377 = mul i64 %376, 28
  %378 = add i64 %377, %34
  %379 = mul i64 %378, 28
  %380 = add i64 %379, %373
  %381 = getelementptr inbounds float, float* %0, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  store <8 x float> %372, <8 x float>* %382, align 4
  %x.next = add i64 %x, 24
  br label %x.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %383 = icmp slt i64 %i, 3
  br i1 %383, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %384 = mul i64 %i, 1
  %385 = add i64 %46, %384
  %386 = icmp sge i64 %385, 0
  %387 = icmp slt i64 %385, 28
  %388 = and i1 %386, %387
  br i1 %388, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %389 = mul i64 %385, 28
  %390 = add i64 %82, %389
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %391 = icmp slt i64 %j, 3
  br i1 %391, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %392 = mul i64 %x, 1
  %393 = mul i64 %j, 1
  %394 = add i64 %392, %393
  %395 = sub i64 %394, 1
  %396 = add i64 %390, %395
  %397 = add i64 %396, 0
  %398 = getelementptr inbounds float, float* %1, i64 %397
  %399 = bitcast float* %398 to <8 x float>*
  %400 = load <8 x float>, <8 x float>* %399, align 4
  %401 = add i64 %396, 8
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  %404 = load <8 x float>, <8 x float>* %403, align 4
  %405 = add i64 %396, 16
  %406 = getelementptr inbounds float, float* %1, i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = mul i64 %i, 3
  %410 = add i64 %409, %j
  %411 = add i64 %40, 0
  %412 = mul i64 %411, 128
  %413 = add i64 %412, %c
  %414 = mul i64 %413, 9
  %415 = add i64 %414, %410
  %416 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %415
  %417 = load float, float* %416, align 4
  %418 = insertelement <8 x float> undef, float %417, i32 0
  %splat4 = shufflevector <8 x float> %418, <8 x float> undef, <8 x i32> zeroinitializer
  %419 = load <8 x float>, <8 x float>* %30, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %400, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %30, align 32
  %421 = load <8 x float>, <8 x float>* %29, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %404, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %29, align 32
  %423 = load <8 x float>, <8 x float>* %28, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %408, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %28, align 32
  %425 = mul i64 %i, 3
  %426 = add i64 %425, %j
  %427 = add i64 %40, 1
  %428 = mul i64 %427, 128
  %429 = add i64 %428, %c
  %430 = mul i64 %429, 9
  %431 = add i64 %430, %426
  %432 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat5 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %27, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %400, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %27, align 32
  %437 = load <8 x float>, <8 x float>* %26, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %404, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %26, align 32
  %439 = load <8 x float>, <8 x float>* %25, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %408, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %25, align 32
  %441 = mul i64 %i, 3
  %442 = add i64 %441, %j
  %443 = add i64 %40, 2
  %444 = mul i64 %443, 128
  %445 = add i64 %444, %c
  %446 = mul i64 %445, 9
  %447 = add i64 %446, %442
  %448 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat6 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %24, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %400, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %24, align 32
  %453 = load <8 x float>, <8 x float>* %23, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %404, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %23, align 32
  %455 = load <8 x float>, <8 x float>* %22, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %408, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %22, align 32
  %457 = mul i64 %i, 3
  %458 = add i64 %457, %j
  %459 = add i64 %40, 3
  %460 = mul i64 %459, 128
  %461 = add i64 %460, %c
  %462 = mul i64 %461, 9
  %463 = add i64 %462, %458
  %464 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %463
  %465 = load float, float* %464, align 4
  %466 = insertelement <8 x float> undef, float %465, i32 0
  %splat7 = shufflevector <8 x float> %466, <8 x float> undef, <8 x i32> zeroinitializer
  %467 = load <8 x float>, <8 x float>* %21, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %400, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %21, align 32
  %469 = load <8 x float>, <8 x float>* %20, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %404, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %20, align 32
  %471 = load <8 x float>, <8 x float>* %19, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %408, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %19, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

c.header12:                                       ; preds = %i.exit18, %x.exit
  %c15 = phi i64 [ 0, %x.exit ], [ %c.next32, %i.exit18 ]
  %473 = icmp slt i64 %c15, 128
  br i1 %473, label %c.body13, label %c.exit14

c.body13:                                         ; preds = %c.header12
  %474 = mul i64 %c15, 784
  %475 = add i64 %44, %474
  br label %i.header16

c.exit14:                                         ; preds = %c.header12
  %476 = load <8 x float>, <8 x float>* %18, align 32
  %477 = mul i64 %37, 128
  %478 = add i64 %40, 0
  %479 = add i64 %477, %478
  %480 = mul i64 %479, 28
  %481 = add i64 %480, %34
  %482 = mul i64 %481, 28
  %483 = add i64 %482, 25
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %485, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %487 = fadd <8 x float> %476, %486
  %488 = fcmp ogt <8 x float> %487, zeroinitializer
  %489 = select <8 x i1> %488, <8 x float> %487, <8 x float> zeroinitializer
  %490 = mul i64 %37, 128
  %491 = add i64 %40, 0
  %492 = add i64 %490, %491
  %493 = mul i64 %492, 28
  %494 = add i64 %493, %34
  %495 = mul i64 %494, 28
  %496 = add i64 %495, 25
  %497 = getelementptr inbounds float, float* %0, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %489, <8 x float>* %498, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %499 = load <8 x float>, <8 x float>* %17, align 32
  %500 = mul i64 %37, 128
  %501 = add i64 %40, 1
  %502 = add i64 %500, %501
  %503 = mul i64 %502, 28
  %504 = add i64 %503, %34
  %505 = mul i64 %504, 28
  %506 = add i64 %505, 25
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %508, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %510 = fadd <8 x float> %499, %509
  %511 = fcmp ogt <8 x float> %510, zeroinitializer
  %512 = select <8 x i1> %511, <8 x float> %510, <8 x float> zeroinitializer
  %513 = mul i64 %37, 128
  %514 = add i64 %40, 1
  %515 = add i64 %513, %514
  %516 = mul i64 %515, 28
  %517 = add i64 %516, %34
  %518 = mul i64 %517, 28
  %519 = add i64 %518, 25
  %520 = getelementptr inbounds float, float* %0, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %512, <8 x float>* %521, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %522 = load <8 x float>, <8 x float>* %16, align 32
  %523 = mul i64 %37, 128
  %524 = add i64 %40, 2
  %525 = add i64 %523, %524
  %526 = mul i64 %525, 28
  %527 = add i64 %526, %34
  %528 = mul i64 %527, 28
  %529 = add i64 %528, 25
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  %532 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %531, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %533 = fadd <8 x float> %522, %532
  %534 = fcmp ogt <8 x float> %533, zeroinitializer
  %535 = select <8 x i1> %534, <8 x float> %533, <8 x float> zeroinitializer
  %536 = mul i64 %37, 128
  %537 = add i64 %40, 2
  %538 = add i64 %536, %537
  %539 = mul i64 %538, 28
  %540 = add i64 %539, %34
  %541 = mul i64 %540, 28
  %542 = add i64 %541, 25
  %543 = getelementptr inbounds float, float* %0, i64 %542
  %544 = bitcast float* %543 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %535, <8 x float>* %544, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  %545 = load <8 x float>, <8 x float>* %15, align 32
  %546 = mul i64 %37, 128
  %547 = add i64 %40, 3
  %548 = add i64 %546, %547
  %549 = mul i64 %548, 28
  %550 = add i64 %549, %34
  %551 = mul i64 %550, 28
  %552 = add i64 %551, 25
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %554, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %556 = fadd <8 x float> %545, %555
  %557 = fcmp ogt <8 x float> %556, zeroinitializer
  %558 = select <8 x i1> %557, <8 x float> %556, <8 x float> zeroinitializer
  %559 = mul i64 %37, 128
  %560 = add i64 %40, 3
  %561 = add i64 %559, %560
  %562 = mul i64 %561, 28
  %563 = add i64 %562, %34
  %564 = mul i64 %563, 28
  %565 = add i64 %564, 25
  %566 = getelementptr inbounds float, float* %0, i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %558, <8 x float>* %567, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header16:                                       ; preds = %endif21, %c.body13
  %i19 = phi i64 [ 0, %c.body13 ], [ %i.next31, %endif21 ]
  %568 = icmp slt i64 %i19, 3
  br i1 %568, label %i.body17, label %i.exit18

i.body17:                                         ; preds = %i.header16
  %569 = mul i64 %i19, 1
  %570 = add i64 %46, %569
  %571 = icmp sge i64 %570, 0
  %572 = icmp slt i64 %570, 28
  %573 = and i1 %571, %572
  br i1 %573, label %then20, label %endif21

i.exit18:                                         ; preds = %i.header16
  %c.next32 = add i64 %c15, 1
  br label %c.header12

then20:                                           ; preds = %i.body17
  %574 = mul i64 %570, 28
  %575 = add i64 %475, %574
  br label %j.header22

endif21:                                          ; preds = %j.exit24, %i.body17
  %i.next31 = add i64 %i19, 1
  br label %i.header16

j.header22:                                       ; preds = %j.body23, %then20
  %j25 = phi i64 [ 0, %then20 ], [ %j.next30, %j.body23 ]
  %576 = icmp slt i64 %j25, 3
  br i1 %576, label %j.body23, label %j.exit24

j.body23:                                         ; preds = %j.header22
  %577 = mul i64 %j25, 1
  %578 = add i64 25, %577
  %579 = sub i64 %578, 1
  %580 = add i64 %575, %579
  %581 = add i64 %580, 0
  %582 = getelementptr inbounds float, float* %1, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %583, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %585 = mul i64 %i19, 3
  %586 = add i64 %585, %j25
  %587 = add i64 %40, 0
  %588 = mul i64 %587, 128
  %589 = add i64 %588, %c15
  %590 = mul i64 %589, 9
  %591 = add i64 %590, %586
  %592 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat26 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %18, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %584, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %18, align 32
  %597 = mul i64 %i19, 3
  %598 = add i64 %597, %j25
  %599 = add i64 %40, 1
  %600 = mul i64 %599, 128
  %601 = add i64 %600, %c15
  %602 = mul i64 %601, 9
  %603 = add i64 %602, %598
  %604 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat27 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %17, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %584, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %17, align 32
  %609 = mul i64 %i19, 3
  %610 = add i64 %609, %j25
  %611 = add i64 %40, 2
  %612 = mul i64 %611, 128
  %613 = add i64 %612, %c15
  %614 = mul i64 %613, 9
  %615 = add i64 %614, %610
  %616 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %615
  %617 = load float, float* %616, align 4
  %618 = insertelement <8 x float> undef, float %617, i32 0
  %splat28 = shufflevector <8 x float> %618, <8 x float> undef, <8 x i32> zeroinitializer
  %619 = load <8 x float>, <8 x float>* %16, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %584, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %16, align 32
  %621 = mul i64 %i19, 3
  %622 = add i64 %621, %j25
  %623 = add i64 %40, 3
  %624 = mul i64 %623, 128
  %625 = add i64 %624, %c15
  %626 = mul i64 %625, 9
  %627 = add i64 %626, %622
  %628 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat29 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %15, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %584, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %15, align 32
  %j.next30 = add i64 %j25, 1
  br label %j.header22

j.exit24:                                         ; preds = %j.header22
  br label %endif21

xs.header:                                        ; preds = %c.exit35, %c.exit14
  %xs = phi i64 [ 0, %c.exit14 ], [ %xs.next, %c.exit35 ]
  %633 = icmp slt i64 %xs, 1
  br i1 %633, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %634 = add i64 %40, 0
  %635 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %634
  %636 = load float, float* %635, align 4
  store float %636, float* %14, align 4
  %637 = add i64 %40, 1
  %638 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %637
  %639 = load float, float* %638, align 4
  store float %639, float* %13, align 4
  %640 = add i64 %40, 2
  %641 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %640
  %642 = load float, float* %641, align 4
  store float %642, float* %12, align 4
  %643 = add i64 %40, 3
  %644 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %643
  %645 = load float, float* %644, align 4
  store float %645, float* %11, align 4
  br label %c.header33

xs.exit:                                          ; preds = %xs.header
  br label %xs.header50

c.header33:                                       ; preds = %i.exit39, %xs.body
  %c36 = phi i64 [ 0, %xs.body ], [ %c.next49, %i.exit39 ]
  %646 = icmp slt i64 %c36, 128
  br i1 %646, label %c.body34, label %c.exit35

c.body34:                                         ; preds = %c.header33
  %647 = mul i64 %c36, 784
  %648 = add i64 %44, %647
  br label %i.header37

c.exit35:                                         ; preds = %c.header33
  %649 = load float, float* %14, align 4
  %650 = mul i64 %37, 128
  %651 = add i64 %40, 0
  %652 = add i64 %650, %651
  %653 = mul i64 %652, 28
  %654 = add i64 %653, %34
  %655 = mul i64 %654, 28
  %656 = add i64 %655, %xs
  %657 = getelementptr inbounds float, float* %2, i64 %656
  %658 = load float, float* %657, align 4
  %659 = fadd float %649, %658
  %660 = fcmp ogt float %659, 0.000000e+00
  %661 = select i1 %660, float %659, float 0.000000e+00
  %662 = mul i64 %37, 128
  %663 = add i64 %40, 0
  %664 = add i64 %662, %663
  %665 = mul i64 %664, 28
  %666 = add i64 %665, %34
  %667 = mul i64 %666, 28
  %668 = add i64 %667, %xs
  %669 = getelementptr inbounds float, float* %0, i64 %668
  store float %661, float* %669, align 4
  %670 = load float, float* %13, align 4
  %671 = mul i64 %37, 128
  %672 = add i64 %40, 1
  %673 = add i64 %671, %672
  %674 = mul i64 %673, 28
  %675 = add i64 %674, %34
  %676 = mul i64 %675, 28
  %677 = add i64 %676, %xs
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = load float, float* %678, align 4
  %680 = fadd float %670, %679
  %681 = fcmp ogt float %680, 0.000000e+00
  %682 = select i1 %681, float %680, float 0.000000e+00
  %683 = mul i64 %37, 128
  %684 = add i64 %40, 1
  %685 = add i64 %683, %684
  %686 = mul i64 %685, 28
  %687 = add i64 %686, %34
  %688 = mul i64 %687, 28
  %689 = add i64 %688, %xs
  %690 = getelementptr inbounds float, float* %0, i64 %689
  store float %682, float* %690, align 4
  %691 = load float, float* %12, align 4
  %692 = mul i64 %37, 128
  %693 = add i64 %40, 2
  %694 = add i64 %692, %693
  %695 = mul i64 %694, 28
  %696 = add i64 %695, %34
  %697 = mul i64 %696, 28
  %698 = add i64 %697, %xs
  %699 = getelementptr inbounds float, float* %2, i64 %698
  %700 = load float, float* %699, align 4
  %701 = fadd float %691, %700
  %702 = fcmp ogt float %701, 0.000000e+00
  %703 = select i1 %702, float %701, float 0.000000e+00
  %704 = mul i64 %37, 128
  %705 = add i64 %40, 2
  %706 = add i64 %704, %705
  %707 = mul i64 %706, 28
  %708 = add i64 %707, %34
  %709 = mul i64 %708, 28
  %710 = add i64 %709, %xs
  %711 = getelementptr inbounds float, float* %0, i64 %710
  store float %703, float* %711, align 4
  %712 = load float, float* %11, align 4
  %713 = mul i64 %37, 128
  %714 = add i64 %40, 3
  %715 = add i64 %713, %714
  %716 = mul i64 %715, 28
  %717 = add i64 %716, %34
  %718 = mul i64 %717, 28
  %719 = add i64 %718, %xs
  %720 = getelementptr inbounds float, float* %2, i64 %719
  %721 = load float, float* %720, align 4
  %722 = fadd float %712, %721
  %723 = fcmp ogt float %722, 0.000000e+00
  %724 = select i1 %723, float %722, float 0.000000e+00
  %725 = mul i64 %37, 128
  %726 = add i64 %40, 3
  %727 = add i64 %725, %726
  %728 = mul i64 %727, 28
  %729 = add i64 %728, %34
  %730 = mul i64 %729, 28
  %731 = add i64 %730, %xs
  %732 = getelementptr inbounds float, float* %0, i64 %731
  store float %724, float* %732, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header37:                                       ; preds = %endif42, %c.body34
  %i40 = phi i64 [ 0, %c.body34 ], [ %i.next48, %endif42 ]
  %733 = icmp slt i64 %i40, 3
  br i1 %733, label %i.body38, label %i.exit39

i.body38:                                         ; preds = %i.header37
  %734 = mul i64 %i40, 1
  %735 = add i64 %46, %734
  %736 = icmp sge i64 %735, 0
  %737 = icmp slt i64 %735, 28
  %738 = and i1 %736, %737
  br i1 %738, label %then41, label %endif42

i.exit39:                                         ; preds = %i.header37
  %c.next49 = add i64 %c36, 1
  br label %c.header33

then41:                                           ; preds = %i.body38
  %739 = mul i64 %735, 28
  %740 = add i64 %648, %739
  br label %j.header43

endif42:                                          ; preds = %j.exit45, %i.body38
  %i.next48 = add i64 %i40, 1
  br label %i.header37

j.header43:                                       ; preds = %j.body44, %then41
  %j46 = phi i64 [ 0, %then41 ], [ %j.next47, %j.body44 ]
  %741 = icmp slt i64 %j46, 3
  br i1 %741, label %j.body44, label %j.exit45

j.body44:                                         ; preds = %j.header43
  %742 = mul i64 %xs, 1
  %743 = mul i64 %j46, 1
  %744 = add i64 %742, %743
  %745 = sub i64 %744, 1
  %746 = icmp sge i64 %745, 0
  %747 = icmp slt i64 %745, 28
  %748 = and i1 %746, %747
  %749 = icmp sgt i64 %745, 0
  %750 = select i1 %749, i64 %745, i64 0
  %751 = icmp slt i64 %750, 27
  %752 = select i1 %751, i64 %750, i64 27
  %753 = add i64 %740, %752
  %754 = getelementptr inbounds float, float* %1, i64 %753
  %755 = load float, float* %754, align 4
  %756 = select i1 %748, float %755, float 0.000000e+00
  %757 = mul i64 %i40, 3
  %758 = add i64 %757, %j46
  %759 = add i64 %40, 0
  %760 = mul i64 %759, 128
  %761 = add i64 %760, %c36
  %762 = mul i64 %761, 9
  %763 = add i64 %762, %758
  %764 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %763
  %765 = load float, float* %764, align 4
  %766 = load float, float* %14, align 4
  %767 = call float @llvm.fma.f32(float %765, float %756, float %766)
  store float %767, float* %14, align 4
  %768 = mul i64 %i40, 3
  %769 = add i64 %768, %j46
  %770 = add i64 %40, 1
  %771 = mul i64 %770, 128
  %772 = add i64 %771, %c36
  %773 = mul i64 %772, 9
  %774 = add i64 %773, %769
  %775 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %774
  %776 = load float, float* %775, align 4
  %777 = load float, float* %13, align 4
  %778 = call float @llvm.fma.f32(float %776, float %756, float %777)
  store float %778, float* %13, align 4
  %779 = mul i64 %i40, 3
  %780 = add i64 %779, %j46
  %781 = add i64 %40, 2
  %782 = mul i64 %781, 128
  %783 = add i64 %782, %c36
  %784 = mul i64 %783, 9
  %785 = add i64 %784, %780
  %786 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %785
  %787 = load float, float* %786, align 4
  %788 = load float, float* %12, align 4
  %789 = call float @llvm.fma.f32(float %787, float %756, float %788)
  store float %789, float* %12, align 4
  %790 = mul i64 %i40, 3
  %791 = add i64 %790, %j46
  %792 = add i64 %40, 3
  %793 = mul i64 %792, 128
  %794 = add i64 %793, %c36
  %795 = mul i64 %794, 9
  %796 = add i64 %795, %791
  %797 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %796
  %798 = load float, float* %797, align 4
  %799 = load float, float* %11, align 4
  %800 = call float @llvm.fma.f32(float %798, float %756, float %799)
  store float %800, float* %11, align 4
  %j.next47 = add i64 %j46, 1
  br label %j.header43

j.exit45:                                         ; preds = %j.header43
  br label %endif42

xs.header50:                                      ; preds = %c.exit56, %xs.exit
  %xs53 = phi i64 [ 27, %xs.exit ], [ %xs.next71, %c.exit56 ]
  %801 = icmp slt i64 %xs53, 28
  br i1 %801, label %xs.body51, label %xs.exit52

xs.body51:                                        ; preds = %xs.header50
  %802 = add i64 %40, 0
  %803 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %802
  %804 = load float, float* %803, align 4
  store float %804, float* %10, align 4
  %805 = add i64 %40, 1
  %806 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %805
  %807 = load float, float* %806, align 4
  store float %807, float* %9, align 4
  %808 = add i64 %40, 2
  %809 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %808
  %810 = load float, float* %809, align 4
  store float %810, float* %8, align 4
  %811 = add i64 %40, 3
  %812 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_10.bias to float*), i64 %811
  %813 = load float, float* %812, align 4
  store float %813, float* %7, align 4
  br label %c.header54

xs.exit52:                                        ; preds = %xs.header50
  %task.next = add i64 %task, 1
  br label %task.header

c.header54:                                       ; preds = %i.exit60, %xs.body51
  %c57 = phi i64 [ 0, %xs.body51 ], [ %c.next70, %i.exit60 ]
  %814 = icmp slt i64 %c57, 128
  br i1 %814, label %c.body55, label %c.exit56

c.body55:                                         ; preds = %c.header54
  %815 = mul i64 %c57, 784
  %816 = add i64 %44, %815
  br label %i.header58

c.exit56:                                         ; preds = %c.header54
  %817 = load float, float* %10, align 4
  %818 = mul i64 %37, 128
  %819 = add i64 %40, 0
  %820 = add i64 %818, %819
  %821 = mul i64 %820, 28
  %822 = add i64 %821, %34
  %823 = mul i64 %822, 28
  %824 = add i64 %823, %xs53
  %825 = getelementptr inbounds float, float* %2, i64 %824
  %826 = load float, float* %825, align 4
  %827 = fadd float %817, %826
  %828 = fcmp ogt float %827, 0.000000e+00
  %829 = select i1 %828, float %827, float 0.000000e+00
  %830 = mul i64 %37, 128
  %831 = add i64 %40, 0
  %832 = add i64 %830, %831
  %833 = mul i64 %832, 28
  %834 = add i64 %833, %34
  %835 = mul i64 %834, 28
  %836 = add i64 %835, %xs53
  %837 = getelementptr inbounds float, float* %0, i64 %836
  store float %829, float* %837, align 4
  %838 = load float, float* %9, align 4
  %839 = mul i64 %37, 128
  %840 = add i64 %40, 1
  %841 = add i64 %839, %840
  %842 = mul i64 %841, 28
  %843 = add i64 %842, %34
  %844 = mul i64 %843, 28
  %845 = add i64 %844, %xs53
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = load float, float* %846, align 4
  %848 = fadd float %838, %847
  %849 = fcmp ogt float %848, 0.000000e+00
  %850 = select i1 %849, float %848, float 0.000000e+00
  %851 = mul i64 %37, 128
  %852 = add i64 %40, 1
  %853 = add i64 %851, %852
  %854 = mul i64 %853, 28
  %855 = add i64 %854, %34
  %856 = mul i64 %855, 28
  %857 = add i64 %856, %xs53
  %858 = getelementptr inbounds float, float* %0, i64 %857
  store float %850, float* %858, align 4
  %859 = load float, float* %8, align 4
  %860 = mul i64 %37, 128
  %861 = add i64 %40, 2
  %862 = add i64 %860, %861
  %863 = mul i64 %862, 28
  %864 = add i64 %863, %34
  %865 = mul i64 %864, 28
  %866 = add i64 %865, %xs53
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = load float, float* %867, align 4
  %869 = fadd float %859, %868
  %870 = fcmp ogt float %869, 0.000000e+00
  %871 = select i1 %870, float %869, float 0.000000e+00
  %872 = mul i64 %37, 128
  %873 = add i64 %40, 2
  %874 = add i64 %872, %873
  %875 = mul i64 %874, 28
  %876 = add i64 %875, %34
  %877 = mul i64 %876, 28
  %878 = add i64 %877, %xs53
  %879 = getelementptr inbounds float, float* %0, i64 %878
  store float %871, float* %879, align 4
  %880 = load float, float* %7, align 4
  %881 = mul i64 %37, 128
  %882 = add i64 %40, 3
  %883 = add i64 %881, %882
  %884 = mul i64 %883, 28
  %885 = add i64 %884, %34
  %886 = mul i64 %885, 28
  %887 = add i64 %886, %xs53
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = load float, float* %888, align 4
  %890 = fadd float %880, %889
  %891 = fcmp ogt float %890, 0.000000e+00
  %892 = select i1 %891, float %890, float 0.000000e+00
  %893 = mul i64 %37, 128
  %894 = add i64 %40, 3
  %895 = add i64 %893, %894
  %896 = mul i64 %895, 28
  %897 = add i64 %896, %34
  %898 = mul i64 %897, 28
  %899 = add i64 %898, %xs53
  %900 = getelementptr inbounds float, float* %0, i64 %899
  store float %892, float* %900, align 4
  %xs.next71 = add i64 %xs53, 1
  br label %xs.header50

i.header58:                                       ; preds = %endif63, %c.body55
  %i61 = phi i64 [ 0, %c.body55 ], [ %i.next69, %endif63 ]
  %901 = icmp slt i64 %i61, 3
  br i1 %901, label %i.body59, label %i.exit60

i.body59:                                         ; preds = %i.header58
  %902 = mul i64 %i61, 1
  %903 = add i64 %46, %902
  %904 = icmp sge i64 %903, 0
  %905 = icmp slt i64 %903, 28
  %906 = and i1 %904, %905
  br i1 %906, label %then62, label %endif63

i.exit60:                                         ; preds = %i.header58
  %c.next70 = add i64 %c57, 1
  br label %c.header54

then62:                                           ; preds = %i.body59
  %907 = mul i64 %903, 28
  %908 = add i64 %816, %907
  br label %j.header64

endif63:                                          ; preds = %j.exit66, %i.body59
  %i.next69 = add i64 %i61, 1
  br label %i.header58

j.header64:                                       ; preds = %j.body65, %then62
  %j67 = phi i64 [ 0, %then62 ], [ %j.next68, %j.body65 ]
  %909 = icmp slt i64 %j67, 3
  br i1 %909, label %j.body65, label %j.exit66

j.body65:                                         ; preds = %j.header64
  %910 = mul i64 %xs53, 1
  %911 = mul i64 %j67, 1
  %912 = add i64 %910, %911
  %913 = sub i64 %912, 1
  %914 = icmp sge i64 %913, 0
  %915 = icmp slt i64 %913, 28
  %916 = and i1 %914, %915
  %917 = icmp sgt i64 %913, 0
  %918 = select i1 %917, i64 %913, i64 0
  %919 = icmp slt i64 %918, 27
  %920 = select i1 %919, i64 %918, i64 27
  %921 = add i64 %908, %920
  %922 = getelementptr inbounds float, float* %1, i64 %921
  %923 = load float, float* %922, align 4
  %924 = select i1 %916, float %923, float 0.000000e+00
  %925 = mul i64 %i61, 3
  %926 = add i64 %925, %j67
  %927 = add i64 %40, 0
  %928 = mul i64 %927, 128
  %929 = add i64 %928, %c57
  %930 = mul i64 %929, 9
  %931 = add i64 %930, %926
  %932 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %931
  %933 = load float, float* %932, align 4
  %934 = load float, float* %10, align 4
  %935 = call float @llvm.fma.f32(float %933, float %924, float %934)
  store float %935, float* %10, align 4
  %936 = mul i64 %i61, 3
  %937 = add i64 %936, %j67
  %938 = add i64 %40, 1
  %939 = mul i64 %938, 128
  %940 = add i64 %939, %c57
  %941 = mul i64 %940, 9
  %942 = add i64 %941, %937
  %943 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %942
  %944 = load float, float* %943, align 4
  %945 = load float, float* %9, align 4
  %946 = call float @llvm.fma.f32(float %944, float %924, float %945)
  store float %946, float* %9, align 4
  %947 = mul i64 %i61, 3
  %948 = add i64 %947, %j67
  %949 = add i64 %40, 2
  %950 = mul i64 %949, 128
  %951 = add i64 %950, %c57
  %952 = mul i64 %951, 9
  %953 = add i64 %952, %948
  %954 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %953
  %955 = load float, float* %954, align 4
  %956 = load float, float* %8, align 4
  %957 = call float @llvm.fma.f32(float %955, float %924, float %956)
  store float %957, float* %8, align 4
  %958 = mul i64 %i61, 3
  %959 = add i64 %958, %j67
  %960 = add i64 %40, 3
  %961 = mul i64 %960, 128
  %962 = add i64 %961, %c57
  %963 = mul i64 %962, 9
  %964 = add i64 %963, %959
  %965 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_10.weight to float*), i64 %964
  %966 = load float, float* %965, align 4
  %967 = load float, float* %7, align 4
  %968 = call float @llvm.fma.f32(float %966, float %924, float %967)
  store float %968, float* %7, align 4
  %j.next68 = add i64 %j67, 1
  br label %j.header64

j.exit66:                                         ; preds = %j.header64
  br label %endif63
}

; Function Attrs: nounwind
define internal void @node10.conv2d_10.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
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
  %22 = add i64 896, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  call void @node10.conv2d_10.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %31 = add i64 %23, 0
  %32 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_11.bias to float*), i64 %31
  %33 = load float, float* %32, align 4
  store float %33, float* %13, align 4
  %34 = add i64 %23, 1
  %35 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_11.bias to float*), i64 %34
  %36 = load float, float* %35, align 4
  store float %36, float* %12, align 4
  %37 = add i64 %23, 2
  %38 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_11.bias to float*), i64 %37
  %39 = load float, float* %38, align 4
  store float %39, float* %11, align 4
  %40 = add i64 %23, 3
  %41 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_11.bias to float*), i64 %40
  %42 = load float, float* %41, align 4
  store float %42, float* %10, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %43 = icmp slt i64 %c, 128
  br i1 %43, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %44 = mul i64 %c, 784
  %45 = add i64 %27, %44
  br label %i.header

c.exit:                                           ; preds = %c.header
  %46 = load float, float* %13, align 4
  %47 = fcmp ogt float %46, 0.000000e+00
  %48 = select i1 %47, float %46, float 0.000000e+00
  %49 = mul i64 %20, 256
  %50 = add i64 %23, 0
  %51 = add i64 %49, %50
  %52 = mul i64 %51, 14
  %53 = add i64 %52, %17
  %54 = mul i64 %53, 14
  %55 = add i64 %54, %xs
  %56 = getelementptr inbounds float, float* %0, i64 %55
  store float %48, float* %56, align 4
  %57 = load float, float* %12, align 4
  %58 = fcmp ogt float %57, 0.000000e+00
  %59 = select i1 %58, float %57, float 0.000000e+00
  %60 = mul i64 %20, 256
  %61 = add i64 %23, 1
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 14
  %64 = add i64 %63, %17
  %65 = mul i64 %64, 14
  %66 = add i64 %65, %xs
  %67 = getelementptr inbounds float, float* %0, i64 %66
  store float %59, float* %67, align 4
  %68 = load float, float* %11, align 4
  %69 = fcmp ogt float %68, 0.000000e+00
  %70 = select i1 %69, float %68, float 0.000000e+00
  %71 = mul i64 %20, 256
  %72 = add i64 %23, 2
  %73 = add i64 %71, %72
  %74 = mul i64 %73, 14
  %75 = add i64 %74, %17
  %76 = mul i64 %75, 14
  %77 = add i64 %76, %xs
  %78 = getelementptr inbounds float, float* %0, i64 %77
  store float %70, float* %78, align 4
  %79 = load float, float* %10, align 4
  %80 = fcmp ogt float %79, 0.000000e+00
  %81 = select i1 %80, float %79, float 0.000000e+00
  %82 = mul i64 %20, 256
  %83 = add i64 %23, 3
  %84 = add i64 %82, %83
  %85 = mul i64 %84, 14
  %86 = add i64 %85, %17
  %87 = mul i64 %86, 14
  %88 = add i64 %87, %xs
  %89 = getelementptr inbounds float, float* %0, i64 %88
  store float %81, float* %89, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %90 = icmp slt i64 %i, 3
  br i1 %90, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %91 = mul i64 %i, 1
  %92 = add i64 %29, %91
  %93 = icmp sge i64 %92, 0
  %94 = icmp slt i64 %92, 28
  %95 = and i1 %93, %94
  br i1 %95, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %96 = mul i64 %92, 28
  %97 = add i64 %45, %96
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %98 = icmp slt i64 %j, 3
  br i1 %98, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %99 = mul i64 %xs, 2
  %100 = mul i64 %j, 1
  %101 = add i64 %99, %100
  %102 = sub i64 %101, 1
  %103 = icmp sge i64 %102, 0
  %104 = icmp slt i64 %102, 28
  %105 = and i1 %103, %104
  %106 = icmp sgt i64 %102, 0
  %107 = select i1 %106, i64 %102, i64 0
  %108 = icmp slt i64 %107, 27
  %109 = select i1 %108, i64 %107, i64 27
  %110 = add i64 %97, %109
  %111 = getelementptr inbounds float, float* %1, i64 %110
  %112 = load float, float* %111, align 4
  %113 = select i1 %105, float %112, float 0.000000e+00
  %114 = mul i64 %i, 3
  %115 = add i64 %114, %j
  %116 = add i64 %23, 0
  %117 = mul i64 %116, 128
  %118 = add i64 %117, %c
  %119 = mul i64 %118, 9
  %120 = add i64 %119, %115
  %121 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %120
  %122 = load float, float* %121, align 4
  %123 = load float, float* %13, align 4
  %124 = call float @llvm.fma.f32(float %122, float %113, float %123)
  store float %124, float* %13, align 4
  %125 = mul i64 %i, 3
  %126 = add i64 %125, %j
  %127 = add i64 %23, 1
  %128 = mul i64 %127, 128
  %129 = add i64 %128, %c
  %130 = mul i64 %129, 9
  %131 = add i64 %130, %126
  %132 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %131
  %133 = load float, float* %132, align 4
  %134 = load float, float* %12, align 4
  %135 = call float @llvm.fma.f32(float %133, float %113, float %134)
  store float %135, float* %12, align 4
  %136 = mul i64 %i, 3
  %137 = add i64 %136, %j
  %138 = add i64 %23, 2
  %139 = mul i64 %138, 128
  %140 = add i64 %139, %c
  %141 = mul i64 %140, 9
  %142 = add i64 %141, %137
  %143 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %142
  %144 = load float, float* %143, align 4
  %145 = load float, float* %11, align 4
  %146 = call float @llvm.fma.f32(float %144, float %113, float %145)
  store float %146, float* %11, align 4
  %147 = mul i64 %i, 3
  %148 = add i64 %147, %j
  %149 = add i64 %23, 3
  %150 = mul i64 %149, 128
  %151 = add i64 %150, %c
  %152 = mul i64 %151, 9
  %153 = add i64 %152, %148
  %154 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %153
  %155 = load float, float* %154, align 4
  %156 = load float, float* %10, align 4
  %157 = call float @llvm.fma.f32(float %155, float %113, float %156)
  store float %157, float* %10, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %158 = icmp slt i64 %xs4, 14
  br i1 %158, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  %159 = add i64 %23, 0
  %160 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_11.bias to float*), i64 %159
  %161 = load float, float* %160, align 4
  store float %161, float* %9, align 4
  %162 = add i64 %23, 1
  %163 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_11.bias to float*), i64 %162
  %164 = load float, float* %163, align 4
  store float %164, float* %8, align 4
  %165 = add i64 %23, 2
  %166 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_11.bias to float*), i64 %165
  %167 = load float, float* %166, align 4
  store float %167, float* %7, align 4
  %168 = add i64 %23, 3
  %169 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_11.bias to float*), i64 %168
  %170 = load float, float* %169, align 4
  store float %170, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %171 = icmp slt i64 %c8, 128
  br i1 %171, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %172 = mul i64 %c8, 784
  %173 = add i64 %27, %172
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %174 = load float, float* %9, align 4
  %175 = fcmp ogt float %174, 0.000000e+00
  %176 = select i1 %175, float %174, float 0.000000e+00
  %177 = mul i64 %20, 256
  %178 = add i64 %23, 0
  %179 = add i64 %177, %178
  %180 = mul i64 %179, 14
  %181 = add i64 %180, %17
  %182 = mul i64 %181, 14
  %183 = add i64 %182, %xs4
  %184 = getelementptr inbounds float, float* %0, i64 %183
  store float %176, float* %184, align 4
  %185 = load float, float* %8, align 4
  %186 = fcmp ogt float %185, 0.000000e+00
  %187 = select i1 %186, float %185, float 0.000000e+00
  %188 = mul i64 %20, 256
  %189 = add i64 %23, 1
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 14
  %192 = add i64 %191, %17
  %193 = mul i64 %192, 14
  %194 = add i64 %193, %xs4
  %195 = getelementptr inbounds float, float* %0, i64 %194
  store float %187, float* %195, align 4
  %196 = load float, float* %7, align 4
  %197 = fcmp ogt float %196, 0.000000e+00
  %198 = select i1 %197, float %196, float 0.000000e+00
  %199 = mul i64 %20, 256
  %200 = add i64 %23, 2
  %201 = add i64 %199, %200
  %202 = mul i64 %201, 14
  %203 = add i64 %202, %17
  %204 = mul i64 %203, 14
  %205 = add i64 %204, %xs4
  %206 = getelementptr inbounds float, float* %0, i64 %205
  store float %198, float* %206, align 4
  %207 = load float, float* %6, align 4
  %208 = fcmp ogt float %207, 0.000000e+00
  %209 = select i1 %208, float %207, float 0.000000e+00
  %210 = mul i64 %20, 256
  %211 = add i64 %23, 3
  %212 = add i64 %210, %211
  %213 = mul i64 %212, 14
  %214 = add i64 %213, %17
  %215 = mul i64 %214, 14
  %216 = add i64 %215, %xs4
  %217 = getelementptr inbounds float, float* %0, i64 %216
  store float %209, float* %217, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %218 = icmp slt i64 %i12, 3
  br i1 %218, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %219 = mul i64 %i12, 1
  %220 = add i64 %29, %219
  %221 = icmp sge i64 %220, 0
  %222 = icmp slt i64 %220, 28
  %223 = and i1 %221, %222
  br i1 %223, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %224 = mul i64 %220, 28
  %225 = add i64 %173, %224
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %226 = icmp slt i64 %j18, 3
  br i1 %226, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %227 = mul i64 %xs4, 2
  %228 = mul i64 %j18, 1
  %229 = add i64 %227, %228
  %230 = sub i64 %229, 1
  %231 = icmp sge i64 %230, 0
  %232 = icmp slt i64 %230, 28
  %233 = and i1 %231, %232
  %234 = icmp sgt i64 %230, 0
  %235 = select i1 %234, i64 %230, i64 0
  %236 = icmp slt i64 %235, 27
  %237 = select i1 %236, i64 %235, i64 27
  %238 = add i64 %225, %237
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = select i1 %233, float %240, float 0.000000e+00
  %242 = mul i64 %i12, 3
  %243 = add i64 %242, %j18
  %244 = add i64 %23, 0
  %245 = mul i64 %244, 128
  %246 = add i64 %245, %c8
  %247 = mul i64 %246, 9
  %248 = add i64 %247, %243
  %249 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %248
  %250 = load float, float* %249, align 4
  %251 = load float, float* %9, align 4
  %252 = call float @llvm.fma.f32(float %250, float %241, float %251)
  store float %252, float* %9, align 4
  %253 = mul i64 %i12, 3
  %254 = add i64 %253, %j18
  %255 = add i64 %23, 1
  %256 = mul i64 %255, 128
  %257 = add i64 %256, %c8
  %258 = mul i64 %257, 9
  %259 = add i64 %258, %254
  %260 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %259
  %261 = load float, float* %260, align 4
  %262 = load float, float* %8, align 4
  %263 = call float @llvm.fma.f32(float %261, float %241, float %262)
  store float %263, float* %8, align 4
  %264 = mul i64 %i12, 3
  %265 = add i64 %264, %j18
  %266 = add i64 %23, 2
  %267 = mul i64 %266, 128
  %268 = add i64 %267, %c8
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %270
  %272 = load float, float* %271, align 4
  %273 = load float, float* %7, align 4
  %274 = call float @llvm.fma.f32(float %272, float %241, float %273)
  store float %274, float* %7, align 4
  %275 = mul i64 %i12, 3
  %276 = add i64 %275, %j18
  %277 = add i64 %23, 3
  %278 = mul i64 %277, 128
  %279 = add i64 %278, %c8
  %280 = mul i64 %279, 9
  %281 = add i64 %280, %276
  %282 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_11.weight to float*), i64 %281
  %283 = load float, float* %282, align 4
  %284 = load float, float* %6, align 4
  %285 = call float @llvm.fma.f32(float %283, float %241, float %284)
  store float %285, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node11.conv2d_11.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node11.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_12.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %17, align 32
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %50
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
  %55 = mul i64 %c, 196
  %56 = add i64 %35, %55
  br label %i.header

c.exit:                                           ; preds = %c.header
  %57 = load <8 x float>, <8 x float>* %21, align 32
  %58 = mul i64 %28, 256
  %59 = add i64 %31, 0
  %60 = add i64 %58, %59
  %61 = mul i64 %60, 14
  %62 = add i64 %61, %25
  %63 = mul i64 %62, 14
  %64 = add i64 %63, 1
  %65 = getelementptr inbounds float, float* %0, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  store <8 x float> %57, <8 x float>* %66, align 4
  %67 = load <8 x float>, <8 x float>* %20, align 32
  %68 = mul i64 %28, 256
  %69 = add i64 %31, 0
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 14
  %72 = add i64 %71, %25
  %73 = mul i64 %72, 14
  %74 = add i64 %73, 9
  %75 = getelementptr inbounds float, float* %0, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %67, <8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %77 = load <8 x float>, <8 x float>* %19, align 32
  %78 = mul i64 %28, 256
  %79 = add i64 %31, 1
  %80 = add i64 %78, %79
  %81 = mul i64 %80, 14
  %82 = add i64 %81, %25
  %83 = mul i64 %82, 14
  %84 = add i64 %83, 1
  %85 = getelementptr inbounds float, float* %0, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  store <8 x float> %77, <8 x float>* %86, align 4
  %87 = load <8 x float>, <8 x float>* %18, align 32
  %88 = mul i64 %28, 256
  %89 = add i64 %31, 1
  %90 = add i64 %88, %89
  %91 = mul i64 %90, 14
  %92 = add i64 %91, %25
  %93 = mul i64 %92, 14
  %94 = add i64 %93, 9
  %95 = getelementptr inbounds float, float* %0, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %87, <8 x float>* %96, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %97 = load <8 x float>, <8 x float>* %17, align 32
  %98 = mul i64 %28, 256
  %99 = add i64 %31, 2
  %100 = add i64 %98, %99
  %101 = mul i64 %100, 14
  %102 = add i64 %101, %25
  %103 = mul i64 %102, 14
  %104 = add i64 %103, 1
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %97, <8 x float>* %106, align 4
  %107 = load <8 x float>, <8 x float>* %16, align 32
  %108 = mul i64 %28, 256
  %109 = add i64 %31, 2
  %110 = add i64 %108, %109
  %111 = mul i64 %110, 14
  %112 = add i64 %111, %25
  %113 = mul i64 %112, 14
  %114 = add i64 %113, 9
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %107, <8 x float>* %116, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %117 = load <8 x float>, <8 x float>* %15, align 32
  %118 = mul i64 %28, 256
  %119 = add i64 %31, 3
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 14
  %122 = add i64 %121, %25
  %123 = mul i64 %122, 14
  %124 = add i64 %123, 1
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %117, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %14, align 32
  %128 = mul i64 %28, 256
  %129 = add i64 %31, 3
  %130 = add i64 %128, %129
  %131 = mul i64 %130, 14
  %132 = add i64 %131, %25
  %133 = mul i64 %132, 14
  %134 = add i64 %133, 9
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %127, <8 x float>* %136, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %137 = icmp slt i64 %i, 3
  br i1 %137, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %138 = mul i64 %i, 1
  %139 = add i64 %37, %138
  %140 = icmp sge i64 %139, 0
  %141 = icmp slt i64 %139, 14
  %142 = and i1 %140, %141
  br i1 %142, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %143 = mul i64 %139, 14
  %144 = add i64 %56, %143
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %145 = icmp slt i64 %j, 3
  br i1 %145, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %146 = mul i64 %j, 1
  %147 = add i64 1, %146
  %148 = sub i64 %147, 1
  %149 = add i64 %144, %148
  %150 = add i64 %149, 0
  %151 = getelementptr inbounds float, float* %1, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %149, 8
  %155 = getelementptr inbounds float, float* %1, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %156, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %158 = mul i64 %i, 3
  %159 = add i64 %158, %j
  %160 = add i64 %31, 0
  %161 = mul i64 %160, 256
  %162 = add i64 %161, %c
  %163 = mul i64 %162, 9
  %164 = add i64 %163, %159
  %165 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %164
  %166 = load float, float* %165, align 4
  %167 = insertelement <8 x float> undef, float %166, i32 0
  %splat4 = shufflevector <8 x float> %167, <8 x float> undef, <8 x i32> zeroinitializer
  %168 = load <8 x float>, <8 x float>* %21, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %153, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %21, align 32
  %170 = load <8 x float>, <8 x float>* %20, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %157, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %20, align 32
  %172 = mul i64 %i, 3
  %173 = add i64 %172, %j
  %174 = add i64 %31, 1
  %175 = mul i64 %174, 256
  %176 = add i64 %175, %c
  %177 = mul i64 %176, 9
  %178 = add i64 %177, %173
  %179 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %178
  %180 = load float, float* %179, align 4
  %181 = insertelement <8 x float> undef, float %180, i32 0
  %splat5 = shufflevector <8 x float> %181, <8 x float> undef, <8 x i32> zeroinitializer
  %182 = load <8 x float>, <8 x float>* %19, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %153, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %19, align 32
  %184 = load <8 x float>, <8 x float>* %18, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %157, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %18, align 32
  %186 = mul i64 %i, 3
  %187 = add i64 %186, %j
  %188 = add i64 %31, 2
  %189 = mul i64 %188, 256
  %190 = add i64 %189, %c
  %191 = mul i64 %190, 9
  %192 = add i64 %191, %187
  %193 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %192
  %194 = load float, float* %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %splat6 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %196 = load <8 x float>, <8 x float>* %17, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %153, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %17, align 32
  %198 = load <8 x float>, <8 x float>* %16, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %157, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %16, align 32
  %200 = mul i64 %i, 3
  %201 = add i64 %200, %j
  %202 = add i64 %31, 3
  %203 = mul i64 %202, 256
  %204 = add i64 %203, %c
  %205 = mul i64 %204, 9
  %206 = add i64 %205, %201
  %207 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %206
  %208 = load float, float* %207, align 4
  %209 = insertelement <8 x float> undef, float %208, i32 0
  %splat7 = shufflevector <8 x float> %209, <8 x float> undef, <8 x i32> zeroinitializer
  %210 = load <8 x float>, <8 x float>* %15, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %153, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %15, align 32
  %212 = load <8 x float>, <8 x float>* %14, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %157, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit10 ]
  %214 = icmp slt i64 %xs, 1
  br i1 %214, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %215 = add i64 %31, 0
  %216 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %215
  %217 = load float, float* %216, align 4
  store float %217, float* %13, align 4
  %218 = add i64 %31, 1
  %219 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %218
  %220 = load float, float* %219, align 4
  store float %220, float* %12, align 4
  %221 = add i64 %31, 2
  %222 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %221
  %223 = load float, float* %222, align 4
  store float %223, float* %11, align 4
  %224 = add i64 %31, 3
  %225 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %224
  %226 = load float, float* %225, align 4
  store float %226, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %227 = icmp slt i64 %c11, 256
  br i1 %227, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %228 = mul i64 %c11, 196
  %229 = add i64 %35, %228
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %230 = load float, float* %13, align 4
  %231 = mul i64 %28, 256
  %232 = add i64 %31, 0
  %233 = add i64 %231, %232
  %234 = mul i64 %233, 14
  %235 = add i64 %234, %25
  %236 = mul i64 %235, 14
  %237 = add i64 %236, %xs
  %238 = getelementptr inbounds float, float* %0, i64 %237
  store float %230, float* %238, align 4
  %239 = load float, float* %12, align 4
  %240 = mul i64 %28, 256
  %241 = add i64 %31, 1
  %242 = add i64 %240, %241
  %243 = mul i64 %242, 14
  %244 = add i64 %243, %25
  %245 = mul i64 %244, 14
  %246 = add i64 %245, %xs
  %247 = getelementptr inbounds float, float* %0, i64 %246
  store float %239, float* %247, align 4
  %248 = load float, float* %11, align 4
  %249 = mul i64 %28, 256
  %250 = add i64 %31, 2
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 14
  %253 = add i64 %252, %25
  %254 = mul i64 %253, 14
  %255 = add i64 %254, %xs
  %256 = getelementptr inbounds float, float* %0, i64 %255
  store float %248, float* %256, align 4
  %257 = load float, float* %10, align 4
  %258 = mul i64 %28, 256
  %259 = add i64 %31, 3
  %260 = add i64 %258, %259
  %261 = mul i64 %260, 14
  %262 = add i64 %261, %25
  %263 = mul i64 %262, 14
  %264 = add i64 %263, %xs
  %265 = getelementptr inbounds float, float* %0, i64 %264
  store float %257, float* %265, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %266 = icmp slt i64 %i15, 3
  br i1 %266, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %267 = mul i64 %i15, 1
  %268 = add i64 %37, %267
  %269 = icmp sge i64 %268, 0
  %270 = icmp slt i64 %268, 14
  %271 = and i1 %269, %270
  br i1 %271, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %272 = mul i64 %268, 14
  %273 = add i64 %229, %272
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %274 = icmp slt i64 %j21, 3
  br i1 %274, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %275 = mul i64 %xs, 1
  %276 = mul i64 %j21, 1
  %277 = add i64 %275, %276
  %278 = sub i64 %277, 1
  %279 = icmp sge i64 %278, 0
  %280 = icmp slt i64 %278, 14
  %281 = and i1 %279, %280
  %282 = icmp sgt i64 %278, 0
  %283 = select i1 %282, i64 %278, i64 0
  %284 = icmp slt i64 %283, 13
  %285 = select i1 %284, i64 %283, i64 13
  %286 = add i64 %273, %285
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = select i1 %281, float %288, float 0.000000e+00
  %290 = mul i64 %i15, 3
  %291 = add i64 %290, %j21
  %292 = add i64 %31, 0
  %293 = mul i64 %292, 256
  %294 = add i64 %293, %c11
  %295 = mul i64 %294, 9
  %296 = add i64 %295, %291
  %297 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %296
  %298 = load float, float* %297, align 4
  %299 = load float, float* %13, align 4
  %300 = call float @llvm.fma.f32(float %298, float %289, float %299)
  store float %300, float* %13, align 4
  %301 = mul i64 %i15, 3
  %302 = add i64 %301, %j21
  %303 = add i64 %31, 1
  %304 = mul i64 %303, 256
  %305 = add i64 %304, %c11
  %306 = mul i64 %305, 9
  %307 = add i64 %306, %302
  %308 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %307
  %309 = load float, float* %308, align 4
  %310 = load float, float* %12, align 4
  %311 = call float @llvm.fma.f32(float %309, float %289, float %310)
  store float %311, float* %12, align 4
  %312 = mul i64 %i15, 3
  %313 = add i64 %312, %j21
  %314 = add i64 %31, 2
  %315 = mul i64 %314, 256
  %316 = add i64 %315, %c11
  %317 = mul i64 %316, 9
  %318 = add i64 %317, %313
  %319 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %318
  %320 = load float, float* %319, align 4
  %321 = load float, float* %11, align 4
  %322 = call float @llvm.fma.f32(float %320, float %289, float %321)
  store float %322, float* %11, align 4
  %323 = mul i64 %i15, 3
  %324 = add i64 %323, %j21
  %325 = add i64 %31, 3
  %326 = mul i64 %325, 256
  %327 = add i64 %326, %c11
  %328 = mul i64 %327, 9
  %329 = add i64 %328, %324
  %330 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %329
  %331 = load float, float* %330, align 4
  %332 = load float, float* %10, align 4
  %333 = call float @llvm.fma.f32(float %331, float %289, float %332)
  store float %333, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 13, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %334 = icmp slt i64 %xs28, 14
  br i1 %334, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %335 = add i64 %31, 0
  %336 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %335
  %337 = load float, float* %336, align 4
  store float %337, float* %9, align 4
  %338 = add i64 %31, 1
  %339 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %338
  %340 = load float, float* %339, align 4
  store float %340, float* %8, align 4
  %341 = add i64 %31, 2
  %342 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %341
  %343 = load float, float* %342, align 4
  store float %343, float* %7, align 4
  %344 = add i64 %31, 3
  %345 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_12.bias to float*), i64 %344
  %346 = load float, float* %345, align 4
  store float %346, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %347 = icmp slt i64 %c32, 256
  br i1 %347, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %348 = mul i64 %c32, 196
  %349 = add i64 %35, %348
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %350 = load float, float* %9, align 4
  %351 = mul i64 %28, 256
  %352 = add i64 %31, 0
  %353 = add i64 %351, %352
  %354 = mul i64 %353, 14
  %355 = add i64 %354, %25
  %356 = mul i64 %355, 14
  %357 = add i64 %356, %xs28
  %358 = getelementptr inbounds float, float* %0, i64 %357
  store float %350, float* %358, align 4
  %359 = load float, float* %8, align 4
  %360 = mul i64 %28, 256
  %361 = add i64 %31, 1
  %362 = add i64 %360, %361
  %363 = mul i64 %362, 14
  %364 = add i64 %363, %25
  %365 = mul i64 %364, 14
  %366 = add i64 %365, %xs28
  %367 = getelementptr inbounds float, float* %0, i64 %366
  store float %359, float* %367, align 4
  %368 = load float, float* %7, align 4
  %369 = mul i64 %28, 256
  %370 = add i64 %31, 2
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 14
  %373 = add i64 %372, %25
  %374 = mul i64 %373, 14
  %375 = add i64 %374, %xs28
  %376 = getelementptr inbounds float, float* %0, i64 %375
  store float %368, float* %376, align 4
  %377 = load float, float* %6, align 4
  %378 = mul i64 %28, 256
  %379 = add i64 %31, 3
  %380 = add i64 %378, %379
  %381 = mul i64 %380, 14
  %382 = add i64 %381, %25
  %383 = mul i64 %382, 14
  %384 = add i64 %383, %xs28
  %385 = getelementptr inbounds float, float* %0, i64 %384
  store float %377, float* %385, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %386 = icmp slt i64 %i36, 3
  br i1 %386, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %387 = mul i64 %i36, 1
  %388 = add i64 %37, %387
  %389 = icmp sge i64 %388, 0
  %390 = icmp slt i64 %388, 14
  %391 = and i1 %389, %390
  br i1 %391, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %392 = mul i64 %388, 14
  %393 = add i64 %349, %392
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %394 = icmp slt i64 %j42, 3
  br i1 %394, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %395 = mul i64 %xs28, 1
  %396 = mul i64 %j42, 1
  %397 = add i64 %395, %396
  %398 = sub i64 %397, 1
  %399 = icmp sge i64 %398, 0
  %400 = icmp slt i64 %398, 14
  %401 = and i1 %399, %400
  %402 = icmp sgt i64 %398, 0
  %403 = select i1 %402, i64 %398, i64 0
  %404 = icmp slt i64 %403, 13
  %405 = select i1 %404, i64 %403, i64 13
  %406 = add i64 %393, %405
  %407 = getelementptr inbounds float, float* %1, i64 %406
  %408 = load float, float* %407, align 4
  %409 = select i1 %401, float %408, float 0.000000e+00
  %410 = mul i64 %i36, 3
  %411 = add i64 %410, %j42
  %412 = add i64 %31, 0
  %413 = mul i64 %412, 256
  %414 = add i64 %413, %c32
  %415 = mul i64 %414, 9
  %416 = add i64 %415, %411
  %417 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %416
  %418 = load float, float* %417, align 4
  %419 = load float, float* %9, align 4
  %420 = call float @llvm.fma.f32(float %418, float %409, float %419)
  store float %420, float* %9, align 4
  %421 = mul i64 %i36, 3
  %422 = add i64 %421, %j42
  %423 = add i64 %31, 1
  %424 = mul i64 %423, 256
  %425 = add i64 %424, %c32
  %426 = mul i64 %425, 9
  %427 = add i64 %426, %422
  %428 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %427
  %429 = load float, float* %428, align 4
  %430 = load float, float* %8, align 4
  %431 = call float @llvm.fma.f32(float %429, float %409, float %430)
  store float %431, float* %8, align 4
  %432 = mul i64 %i36, 3
  %433 = add i64 %432, %j42
  %434 = add i64 %31, 2
  %435 = mul i64 %434, 256
  %436 = add i64 %435, %c32
  %437 = mul i64 %436, 9
  %438 = add i64 %437, %433
  %439 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %438
  %440 = load float, float* %439, align 4
  %441 = load float, float* %7, align 4
  %442 = call float @llvm.fma.f32(float %440, float %409, float %441)
  store float %442, float* %7, align 4
  %443 = mul i64 %i36, 3
  %444 = add i64 %443, %j42
  %445 = add i64 %31, 3
  %446 = mul i64 %445, 256
  %447 = add i64 %446, %c32
  %448 = mul i64 %447, 9
  %449 = add i64 %448, %444
  %450 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_12.weight to float*), i64 %449
  %451 = load float, float* %450, align 4
  %452 = load float, float* %6, align 4
  %453 = call float @llvm.fma.f32(float %451, float %409, float %452)
  store float %453, float* %6, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
}

; Function Attrs: nounwind
define internal void @node12.conv2d_12.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node12.conv2d_12.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.conv2d_13.step0.body(float* %0, float* noalias %1, float* %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %xs.exit ]
  %11 = icmp slt i64 %task, %6
  br i1 %11, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %12 = srem i64 %task, 64
  %13 = sdiv i64 %task, 64
  %14 = srem i64 %13, 14
  %15 = sdiv i64 %task, 896
  %16 = srem i64 %15, 1
  %17 = sdiv i64 %15, 1
  %18 = mul i64 %16, 256
  %19 = mul i64 %12, 4
  %20 = add i64 %18, %19
  %21 = mul i64 %17, 128
  %22 = mul i64 %16, 128
  %23 = add i64 %21, %22
  %24 = mul i64 %23, 784
  %25 = mul i64 %14, 2
  %26 = sub i64 %25, 0
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %27 = icmp slt i64 %xs, 14
  br i1 %27, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %28 = add i64 %20, 0
  %29 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_13.bias to float*), i64 %28
  %30 = load float, float* %29, align 4
  store float %30, float* %10, align 4
  %31 = add i64 %20, 1
  %32 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_13.bias to float*), i64 %31
  %33 = load float, float* %32, align 4
  store float %33, float* %9, align 4
  %34 = add i64 %20, 2
  %35 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_13.bias to float*), i64 %34
  %36 = load float, float* %35, align 4
  store float %36, float* %8, align 4
  %37 = add i64 %20, 3
  %38 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_13.bias to float*), i64 %37
  %39 = load float, float* %38, align 4
  store float %39, float* %7, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %40 = icmp slt i64 %c, 128
  br i1 %40, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %41 = mul i64 %c, 784
  %42 = add i64 %24, %41
  br label %i.header

c.exit:                                           ; preds = %c.header
  %43 = load float, float* %10, align 4
  %44 = mul i64 %17, 256
  %45 = add i64 %20, 0
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 14
  %48 = add i64 %47, %14
  %49 = mul i64 %48, 14
  %50 = add i64 %49, %xs
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = load float, float* %51, align 4
  %53 = fadd float %43, %52
  %54 = fcmp ogt float %53, 0.000000e+00
  %55 = select i1 %54, float %53, float 0.000000e+00
  %56 = mul i64 %17, 256
  %57 = add i64 %20, 0
  %58 = add i64 %56, %57
  %59 = mul i64 %58, 14
  %60 = add i64 %59, %14
  %61 = mul i64 %60, 14
  %62 = add i64 %61, %xs
  %63 = getelementptr inbounds float, float* %0, i64 %62
  store float %55, float* %63, align 4
  %64 = load float, float* %9, align 4
  %65 = mul i64 %17, 256
  %66 = add i64 %20, 1
  %67 = add i64 %65, %66
  %68 = mul i64 %67, 14
  %69 = add i64 %68, %14
  %70 = mul i64 %69, 14
  %71 = add i64 %70, %xs
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = load float, float* %72, align 4
  %74 = fadd float %64, %73
  %75 = fcmp ogt float %74, 0.000000e+00
  %76 = select i1 %75, float %74, float 0.000000e+00
  %77 = mul i64 %17, 256
  %78 = add i64 %20, 1
  %79 = add i64 %77, %78
  %80 = mul i64 %79, 14
  %81 = add i64 %80, %14
  %82 = mul i64 %81, 14
  %83 = add i64 %82, %xs
  %84 = getelementptr inbounds float, float* %0, i64 %83
  store float %76, float* %84, align 4
  %85 = load float, float* %8, align 4
  %86 = mul i64 %17, 256
  %87 = add i64 %20, 2
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 14
  %90 = add i64 %89, %14
  %91 = mul i64 %90, 14
  %92 = add i64 %91, %xs
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = load float, float* %93, align 4
  %95 = fadd float %85, %94
  %96 = fcmp ogt float %95, 0.000000e+00
  %97 = select i1 %96, float %95, float 0.000000e+00
  %98 = mul i64 %17, 256
  %99 = add i64 %20, 2
  %100 = add i64 %98, %99
  %101 = mul i64 %100, 14
  %102 = add i64 %101, %14
  %103 = mul i64 %102, 14
  %104 = add i64 %103, %xs
  %105 = getelementptr inbounds float, float* %0, i64 %104
  store float %97, float* %105, align 4
  %106 = load float, float* %7, align 4
  %107 = mul i64 %17, 256
  %108 = add i64 %20, 3
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 14
  %111 = add i64 %110, %14
  %112 = mul i64 %111, 14
  %113 = add i64 %112, %xs
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = load float, float* %114, align 4
  %116 = fadd float %106, %115
  %117 = fcmp ogt float %116, 0.000000e+00
  %118 = select i1 %117, float %116, float 0.000000e+00
  %119 = mul i64 %17, 256
  %120 = add i64 %20, 3
  %121 = add i64 %119, %120
  %122 = mul i64 %121, 14
  %123 = add i64 %122, %14
  %124 = mul i64 %123, 14
  %125 = add i64 %124, %xs
  %126 = getelementptr inbounds float, float* %0, i64 %125
  store float %118, float* %126, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %127 = icmp slt i64 %i, 1
  br i1 %127, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %128 = mul i64 %i, 1
  %129 = add i64 %26, %128
  %130 = icmp sge i64 %129, 0
  %131 = icmp slt i64 %129, 28
  %132 = and i1 %130, %131
  br i1 %132, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %133 = mul i64 %129, 28
  %134 = add i64 %42, %133
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %135 = icmp slt i64 %j, 1
  br i1 %135, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %136 = mul i64 %xs, 2
  %137 = mul i64 %j, 1
  %138 = add i64 %136, %137
  %139 = sub i64 %138, 0
  %140 = icmp sge i64 %139, 0
  %141 = icmp slt i64 %139, 28
  %142 = and i1 %140, %141
  %143 = icmp sgt i64 %139, 0
  %144 = select i1 %143, i64 %139, i64 0
  %145 = icmp slt i64 %144, 27
  %146 = select i1 %145, i64 %144, i64 27
  %147 = add i64 %134, %146
  %148 = getelementptr inbounds float, float* %1, i64 %147
  %149 = load float, float* %148, align 4
  %150 = select i1 %142, float %149, float 0.000000e+00
  %151 = mul i64 %i, 1
  %152 = add i64 %151, %j
  %153 = add i64 %20, 0
  %154 = mul i64 %153, 128
  %155 = add i64 %154, %c
  %156 = mul i64 %155, 1
  %157 = add i64 %156, %152
  %158 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_13.weight to float*), i64 %157
  %159 = load float, float* %158, align 4
  %160 = load float, float* %10, align 4
  %161 = call float @llvm.fma.f32(float %159, float %150, float %160)
  store float %161, float* %10, align 4
  %162 = mul i64 %i, 1
  %163 = add i64 %162, %j
  %164 = add i64 %20, 1
  %165 = mul i64 %164, 128
  %166 = add i64 %165, %c
  %167 = mul i64 %166, 1
  %168 = add i64 %167, %163
  %169 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_13.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = load float, float* %9, align 4
  %172 = call float @llvm.fma.f32(float %170, float %150, float %171)
  store float %172, float* %9, align 4
  %173 = mul i64 %i, 1
  %174 = add i64 %173, %j
  %175 = add i64 %20, 2
  %176 = mul i64 %175, 128
  %177 = add i64 %176, %c
  %178 = mul i64 %177, 1
  %179 = add i64 %178, %174
  %180 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_13.weight to float*), i64 %179
  %181 = load float, float* %180, align 4
  %182 = load float, float* %8, align 4
  %183 = call float @llvm.fma.f32(float %181, float %150, float %182)
  store float %183, float* %8, align 4
  %184 = mul i64 %i, 1
  %185 = add i64 %184, %j
  %186 = add i64 %20, 3
  %187 = mul i64 %186, 128
  %188 = add i64 %187, %c
  %189 = mul i64 %188, 1
  %190 = add i64 %189, %185
  %191 = getelementptr inbounds float, float* bitcast ([131072 x i8]* @weight.conv2d_13.weight to float*), i64 %190
  %192 = load float, float* %191, align 4
  %193 = load float, float* %7, align 4
  %194 = call float @llvm.fma.f32(float %192, float %150, float %193)
  store float %194, float* %7, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif
}

; Function Attrs: nounwind
define internal void @node13.conv2d_13.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
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
  %22 = add i64 896, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  call void @node13.conv2d_13.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_14.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %38 = add i64 %31, 0
  %39 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %21, align 32
  store <8 x float> %splat, <8 x float>* %20, align 32
  %42 = add i64 %31, 1
  %43 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat1 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %19, align 32
  store <8 x float> %splat1, <8 x float>* %18, align 32
  %46 = add i64 %31, 2
  %47 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat2 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %17, align 32
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %50 = add i64 %31, 3
  %51 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %50
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
  %55 = mul i64 %c, 196
  %56 = add i64 %35, %55
  br label %i.header

c.exit:                                           ; preds = %c.header
  %57 = load <8 x float>, <8 x float>* %21, align 32
  %58 = fcmp ogt <8 x float> %57, zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %57, <8 x float> zeroinitializer
  %60 = mul i64 %28, 256
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
  %72 = mul i64 %28, 256
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
  %84 = mul i64 %28, 256
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
  %96 = mul i64 %28, 256
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
  %108 = mul i64 %28, 256
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
  %120 = mul i64 %28, 256
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
  %132 = mul i64 %28, 256
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
  %144 = mul i64 %28, 256
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
  %177 = mul i64 %176, 256
  %178 = add i64 %177, %c
  %179 = mul i64 %178, 9
  %180 = add i64 %179, %175
  %181 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %180
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
  %195 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %194
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
  %209 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %208
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
  %223 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %222
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
  %232 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %231
  %233 = load float, float* %232, align 4
  store float %233, float* %13, align 4
  %234 = add i64 %31, 1
  %235 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %234
  %236 = load float, float* %235, align 4
  store float %236, float* %12, align 4
  %237 = add i64 %31, 2
  %238 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %237
  %239 = load float, float* %238, align 4
  store float %239, float* %11, align 4
  %240 = add i64 %31, 3
  %241 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %240
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
  %244 = mul i64 %c11, 196
  %245 = add i64 %35, %244
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %246 = load float, float* %13, align 4
  %247 = fcmp ogt float %246, 0.000000e+00
  %248 = select i1 %247, float %246, float 0.000000e+00
  %249 = mul i64 %28, 256
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
  %260 = mul i64 %28, 256
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
  %271 = mul i64 %28, 256
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
  %282 = mul i64 %28, 256
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
  %317 = mul i64 %316, 256
  %318 = add i64 %317, %c11
  %319 = mul i64 %318, 9
  %320 = add i64 %319, %315
  %321 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %320
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
  %332 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %331
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
  %343 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %342
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
  %354 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %353
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
  %360 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %359
  %361 = load float, float* %360, align 4
  store float %361, float* %9, align 4
  %362 = add i64 %31, 1
  %363 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %362
  %364 = load float, float* %363, align 4
  store float %364, float* %8, align 4
  %365 = add i64 %31, 2
  %366 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %365
  %367 = load float, float* %366, align 4
  store float %367, float* %7, align 4
  %368 = add i64 %31, 3
  %369 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_14.bias to float*), i64 %368
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
  %372 = mul i64 %c32, 196
  %373 = add i64 %35, %372
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %374 = load float, float* %9, align 4
  %375 = fcmp ogt float %374, 0.000000e+00
  %376 = select i1 %375, float %374, float 0.000000e+00
  %377 = mul i64 %28, 256
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
  %388 = mul i64 %28, 256
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
  %399 = mul i64 %28, 256
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
  %410 = mul i64 %28, 256
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
  %445 = mul i64 %444, 256
  %446 = add i64 %445, %c32
  %447 = mul i64 %446, 9
  %448 = add i64 %447, %443
  %449 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %448
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
  %460 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %459
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
  %471 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %470
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
  %482 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_14.weight to float*), i64 %481
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
define internal void @node14.conv2d_14.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node14.conv2d_14.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.conv2d_15.step0.body(float* %0, float* noalias %1, float* %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca float, align 4
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit27, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %xs.exit27 ]
  %23 = icmp slt i64 %task, %6
  br i1 %23, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %24 = srem i64 %task, 64
  %25 = sdiv i64 %task, 64
  %26 = srem i64 %25, 14
  %27 = sdiv i64 %task, 896
  %28 = srem i64 %27, 1
  %29 = sdiv i64 %27, 1
  %30 = mul i64 %28, 256
  %31 = mul i64 %24, 4
  %32 = add i64 %30, %31
  %33 = mul i64 %29, 256
  %34 = mul i64 %28, 256
  %35 = add i64 %33, %34
  %36 = mul i64 %35, 196
  %37 = mul i64 %26, 1
  %38 = sub i64 %37, 1
  %39 = add i64 %32, 0
  %40 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %39
  %41 = load float, float* %40, align 4
  %42 = insertelement <8 x float> undef, float %41, i32 0
  %splat = shufflevector <8 x float> %42, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %22, align 32
  store <8 x float> %splat, <8 x float>* %21, align 32
  %43 = add i64 %32, 1
  %44 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat1 = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %20, align 32
  store <8 x float> %splat1, <8 x float>* %19, align 32
  %47 = add i64 %32, 2
  %48 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat2 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %18, align 32
  store <8 x float> %splat2, <8 x float>* %17, align 32
  %51 = add i64 %32, 3
  %52 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %51
  %53 = load float, float* %52, align 4
  %54 = insertelement <8 x float> undef, float %53, i32 0
  %splat3 = shufflevector <8 x float> %54, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %16, align 32
  store <8 x float> %splat3, <8 x float>* %15, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %55 = icmp slt i64 %c, 256
  br i1 %55, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %56 = mul i64 %c, 196
  %57 = add i64 %36, %56
  br label %i.header

c.exit:                                           ; preds = %c.header
  %58 = load <8 x float>, <8 x float>* %22, align 32
  %59 = mul i64 %29, 256
  %60 = add i64 %32, 0
  %61 = add i64 %59, %60
  %62 = mul i64 %61, 14
  %63 = add i64 %62, %26
  %64 = mul i64 %63, 14
  %65 = add i64 %64, 1
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  %69 = fadd <8 x float> %58, %68
  %70 = fcmp ogt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> %69, <8 x float> zeroinitializer
  %72 = mul i64 %29, 256
  %73 = add i64 %32, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 14
  %76 = add i64 %75, %26
  %77 = mul i64 %76, 14
  %78 = add i64 %77, 1
  %79 = getelementptr inbounds float, float* %0, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  store <8 x float> %71, <8 x float>* %80, align 4
  %81 = load <8 x float>, <8 x float>* %21, align 32
  %82 = mul i64 %29, 256
  %83 = add i64 %32, 0
  %84 = add i64 %82, %83
  %85 = mul i64 %84, 14
  %86 = add i64 %85, %26
  %87 = mul i64 %86, 14
  %88 = add i64 %87, 9
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %90, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %92 = fadd <8 x float> %81, %91
  %93 = fcmp ogt <8 x float> %92, zeroinitializer
  %94 = select <8 x i1> %93, <8 x float> %92, <8 x float> zeroinitializer
  %95 = mul i64 %29, 256
  %96 = add i64 %32, 0
  %97 = add i64 %95, %96
  %98 = mul i64 %97, 14
  %99 = add i64 %98, %26
  %100 = mul i64 %99, 14
  %101 = add i64 %100, 9
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %94, <8 x float>* %103, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %104 = load <8 x float>, <8 x float>* %20, align 32
  %105 = mul i64 %29, 256
  %106 = add i64 %32, 1
  %107 = add i64 %105, %106
  %108 = mul i64 %107, 14
  %109 = add i64 %108, %26
  %110 = mul i64 %109, 14
  %111 = add i64 %110, 1
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = fadd <8 x float> %104, %114
  %116 = fcmp ogt <8 x float> %115, zeroinitializer
  %117 = select <8 x i1> %116, <8 x float> %115, <8 x float> zeroinitializer
  %118 = mul i64 %29, 256
  %119 = add i64 %32, 1
  %120 = add i64 %118, %119
  %121 = mul i64 %120, 14
  %122 = add i64 %121, %26
  %123 = mul i64 %122, 14
  %124 = add i64 %123, 1
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %117, <8 x float>* %126, align 4
  %127 = load <8 x float>, <8 x float>* %19, align 32
  %128 = mul i64 %29, 256
  %129 = add i64 %32, 1
  %130 = add i64 %128, %129
  %131 = mul i64 %130, 14
  %132 = add i64 %131, %26
  %133 = mul i64 %132, 14
  %134 = add i64 %133, 9
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %136, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %138 = fadd <8 x float> %127, %137
  %139 = fcmp ogt <8 x float> %138, zeroinitializer
  %140 = select <8 x i1> %139, <8 x float> %138, <8 x float> zeroinitializer
  %141 = mul i64 %29, 256
  %142 = add i64 %32, 1
  %143 = add i64 %141, %142
  %144 = mul i64 %143, 14
  %145 = add i64 %144, %26
  %146 = mul i64 %145, 14
  %147 = add i64 %146, 9
  %148 = getelementptr inbounds float, float* %0, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %140, <8 x float>* %149, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %150 = load <8 x float>, <8 x float>* %18, align 32
  %151 = mul i64 %29, 256
  %152 = add i64 %32, 2
  %153 = add i64 %151, %152
  %154 = mul i64 %153, 14
  %155 = add i64 %154, %26
  %156 = mul i64 %155, 14
  %157 = add i64 %156, 1
  %158 = getelementptr inbounds float, float* %2, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %160 = load <8 x float>, <8 x float>* %159, align 4
  %161 = fadd <8 x float> %150, %160
  %162 = fcmp ogt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> %161, <8 x float> zeroinitializer
  %164 = mul i64 %29, 256
  %165 = add i64 %32, 2
  %166 = add i64 %164, %165
  %167 = mul i64 %166, 14
  %168 = add i64 %167, %26
  %169 = mul i64 %168, 14
  %170 = add i64 %169, 1
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %163, <8 x float>* %172, align 4
  %173 = load <8 x float>, <8 x float>* %17, align 32
  %174 = mul i64 %29, 256
  %175 = add i64 %32, 2
  %176 = add i64 %174, %175
  %177 = mul i64 %176, 14
  %178 = add i64 %177, %26
  %179 = mul i64 %178, 14
  %180 = add i64 %179, 9
  %181 = getelementptr inbounds float, float* %2, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %182, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %184 = fadd <8 x float> %173, %183
  %185 = fcmp ogt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> %184, <8 x float> zeroinitializer
  %187 = mul i64 %29, 256
  %188 = add i64 %32, 2
  %189 = add i64 %187, %188
  %190 = mul i64 %189, 14
  %191 = add i64 %190, %26
  %192 = mul i64 %191, 14
  %193 = add i64 %192, 9
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %186, <8 x float>* %195, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %196 = load <8 x float>, <8 x float>* %16, align 32
  %197 = mul i64 %29, 256
  %198 = add i64 %32, 3
  %199 = add i64 %197, %198
  %200 = mul i64 %199, 14
  %201 = add i64 %200, %26
  %202 = mul i64 %201, 14
  %203 = add i64 %202, 1
  %204 = getelementptr inbounds float, float* %2, i64 %203
  %205 = bitcast float* %204 to <8 x float>*
  %206 = load <8 x float>, <8 x float>* %205, align 4
  %207 = fadd <8 x float> %196, %206
  %208 = fcmp ogt <8 x float> %207, zeroinitializer
  %209 = select <8 x i1> %208, <8 x float> %207, <8 x float> zeroinitializer
  %210 = mul i64 %29, 256
  %211 = add i64 %32, 3
  %212 = add i64 %210, %211
  %213 = mul i64 %212, 14
  %214 = add i64 %213, %26
  %215 = mul i64 %214, 14
  %216 = add i64 %215, 1
  %217 = getelementptr inbounds float, float* %0, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %209, <8 x float>* %218, align 4
  %219 = load <8 x float>, <8 x float>* %15, align 32
  %220 = mul i64 %29, 256
  %221 = add i64 %32, 3
  %222 = add i64 %220, %221
  %223 = mul i64 %222, 14
  %224 = add i64 %223, %26
  %225 = mul i64 %224, 14
  %226 = add i64 %225, 9
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %228, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %230 = fadd <8 x float> %219, %229
  %231 = fcmp ogt <8 x float> %230, zeroinitializer
  %232 = select <8 x i1> %231, <8 x float> %230, <8 x float> zeroinitializer
  %233 = mul i64 %29, 256
  %234 = add i64 %32, 3
  %235 = add i64 %233, %234
  %236 = mul i64 %235, 14
  %237 = add i64 %236, %26
  %238 = mul i64 %237, 14
  %239 = add i64 %238, 9
  %240 = getelementptr inbounds float, float* %0, i64 %239
  %241 = bitcast float* %240 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %232, <8 x float>* %241, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %242 = icmp slt i64 %i, 3
  br i1 %242, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %243 = mul i64 %i, 1
  %244 = add i64 %38, %243
  %245 = icmp sge i64 %244, 0
  %246 = icmp slt i64 %244, 14
  %247 = and i1 %245, %246
  br i1 %247, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %248 = mul i64 %244, 14
  %249 = add i64 %57, %248
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %250 = icmp slt i64 %j, 3
  br i1 %250, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %251 = mul i64 %j, 1
  %252 = add i64 1, %251
  %253 = sub i64 %252, 1
  %254 = add i64 %249, %253
  %255 = add i64 %254, 0
  %256 = getelementptr inbounds float, float* %1, i64 %255
  %257 = bitcast float* %256 to <8 x float>*
  %258 = load <8 x float>, <8 x float>* %257, align 4
  %259 = add i64 %254, 8
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %261, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %263 = mul i64 %i, 3
  %264 = add i64 %263, %j
  %265 = add i64 %32, 0
  %266 = mul i64 %265, 256
  %267 = add i64 %266, %c
  %268 = mul i64 %267, 9
  %269 = add i64 %268, %264
  %270 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %269
  %271 = load float, float* %270, align 4
  %272 = insertelement <8 x float> undef, float %271, i32 0
  %splat4 = shufflevector <8 x float> %272, <8 x float> undef, <8 x i32> zeroinitializer
  %273 = load <8 x float>, <8 x float>* %22, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %258, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %22, align 32
  %275 = load <8 x float>, <8 x float>* %21, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %262, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %21, align 32
  %277 = mul i64 %i, 3
  %278 = add i64 %277, %j
  %279 = add i64 %32, 1
  %280 = mul i64 %279, 256
  %281 = add i64 %280, %c
  %282 = mul i64 %281, 9
  %283 = add i64 %282, %278
  %284 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat5 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %20, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %258, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %20, align 32
  %289 = load <8 x float>, <8 x float>* %19, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %262, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %19, align 32
  %291 = mul i64 %i, 3
  %292 = add i64 %291, %j
  %293 = add i64 %32, 2
  %294 = mul i64 %293, 256
  %295 = add i64 %294, %c
  %296 = mul i64 %295, 9
  %297 = add i64 %296, %292
  %298 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %297
  %299 = load float, float* %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %splat6 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %301 = load <8 x float>, <8 x float>* %18, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %258, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %18, align 32
  %303 = load <8 x float>, <8 x float>* %17, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %262, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %17, align 32
  %305 = mul i64 %i, 3
  %306 = add i64 %305, %j
  %307 = add i64 %32, 3
  %308 = mul i64 %307, 256
  %309 = add i64 %308, %c
  %310 = mul i64 %309, 9
  %311 = add i64 %310, %306
  %312 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %311
  %313 = load float, float* %312, align 4
  %314 = insertelement <8 x float> undef, float %313, i32 0
  %splat7 = shufflevector <8 x float> %314, <8 x float> undef, <8 x i32> zeroinitializer
  %315 = load <8 x float>, <8 x float>* %16, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %258, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %16, align 32
  %317 = load <8 x float>, <8 x float>* %15, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %262, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %15, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit10 ]
  %319 = icmp slt i64 %xs, 1
  br i1 %319, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %320 = add i64 %32, 0
  %321 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %320
  %322 = load float, float* %321, align 4
  store float %322, float* %14, align 4
  %323 = add i64 %32, 1
  %324 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %323
  %325 = load float, float* %324, align 4
  store float %325, float* %13, align 4
  %326 = add i64 %32, 2
  %327 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %326
  %328 = load float, float* %327, align 4
  store float %328, float* %12, align 4
  %329 = add i64 %32, 3
  %330 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %329
  %331 = load float, float* %330, align 4
  store float %331, float* %11, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %332 = icmp slt i64 %c11, 256
  br i1 %332, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %333 = mul i64 %c11, 196
  %334 = add i64 %36, %333
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %335 = load float, float* %14, align 4
  %336 = mul i64 %29, 256
  %337 = add i64 %32, 0
  %338 = add i64 %336, %337
  %339 = mul i64 %338, 14
  %340 = add i64 %339, %26
  %341 = mul i64 %340, 14
  %342 = add i64 %341, %xs
  %343 = getelementptr inbounds float, float* %2, i64 %342
  %344 = load float, float* %343, align 4
  %345 = fadd float %335, %344
  %346 = fcmp ogt float %345, 0.000000e+00
  %347 = select i1 %346, float %345, float 0.000000e+00
  %348 = mul i64 %29, 256
  %349 = add i64 %32, 0
  %350 = add i64 %348, %349
  %351 = mul i64 %350, 14
  %352 = add i64 %351, %26
  %353 = mul i64 %352, 14
  %354 = add i64 %353, %xs
  %355 = getelementptr inbounds float, float* %0, i64 %354
  store float %347, float* %355, align 4
  %356 = load float, float* %13, align 4
  %357 = mul i64 %29, 256
  %358 = add i64 %32, 1
  %359 = add i64 %357, %358
  %360 = mul i64 %359, 14
  %361 = add i64 %360, %26
  %362 = mul i64 %361, 14
  %363 = add i64 %362, %xs
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = load float, float* %364, align 4
  %366 = fadd float %356, %365
  %367 = fcmp ogt float %366, 0.000000e+00
  %368 = select i1 %367, float %366, float 0.000000e+00
  %369 = mul i64 %29, 256
  %370 = add i64 %32, 1
  %371 = add i64 %369, %370
  %372 = mul i64 %371, 14
  %373 = add i64 %372, %26
  %374 = mul i64 %373, 14
  %375 = add i64 %374, %xs
  %376 = getelementptr inbounds float, float* %0, i64 %375
  store float %368, float* %376, align 4
  %377 = load float, float* %12, align 4
  %378 = mul i64 %29, 256
  %379 = add i64 %32, 2
  %380 = add i64 %378, %379
  %381 = mul i64 %380, 14
  %382 = add i64 %381, %26
  %383 = mul i64 %382, 14
  %384 = add i64 %383, %xs
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = load float, float* %385, align 4
  %387 = fadd float %377, %386
  %388 = fcmp ogt float %387, 0.000000e+00
  %389 = select i1 %388, float %387, float 0.000000e+00
  %390 = mul i64 %29, 256
  %391 = add i64 %32, 2
  %392 = add i64 %390, %391
  %393 = mul i64 %392, 14
  %394 = add i64 %393, %26
  %395 = mul i64 %394, 14
  %396 = add i64 %395, %xs
  %397 = getelementptr inbounds float, float* %0, i64 %396
  store float %389, float* %397, align 4
  %398 = load float, float* %11, align 4
  %399 = mul i64 %29, 256
  %400 = add i64 %32, 3
  %401 = add i64 %399, %400
  %402 = mul i64 %401, 14
  %403 = add i64 %402, %26
  %404 = mul i64 %403, 14
  %405 = add i64 %404, %xs
  %406 = getelementptr inbounds float, float* %2, i64 %405
  %407 = load float, float* %406, align 4
  %408 = fadd float %398, %407
  %409 = fcmp ogt float %408, 0.000000e+00
  %410 = select i1 %409, float %408, float 0.000000e+00
  %411 = mul i64 %29, 256
  %412 = add i64 %32, 3
  %413 = add i64 %411, %412
  %414 = mul i64 %413, 14
  %415 = add i64 %414, %26
  %416 = mul i64 %415, 14
  %417 = add i64 %416, %xs
  %418 = getelementptr inbounds float, float* %0, i64 %417
  store float %410, float* %418, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %419 = icmp slt i64 %i15, 3
  br i1 %419, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %420 = mul i64 %i15, 1
  %421 = add i64 %38, %420
  %422 = icmp sge i64 %421, 0
  %423 = icmp slt i64 %421, 14
  %424 = and i1 %422, %423
  br i1 %424, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %425 = mul i64 %421, 14
  %426 = add i64 %334, %425
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %427 = icmp slt i64 %j21, 3
  br i1 %427, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %428 = mul i64 %xs, 1
  %429 = mul i64 %j21, 1
  %430 = add i64 %428, %429
  %431 = sub i64 %430, 1
  %432 = icmp sge i64 %431, 0
  %433 = icmp slt i64 %431, 14
  %434 = and i1 %432, %433
  %435 = icmp sgt i64 %431, 0
  %436 = select i1 %435, i64 %431, i64 0
  %437 = icmp slt i64 %436, 13
  %438 = select i1 %437, i64 %436, i64 13
  %439 = add i64 %426, %438
  %440 = getelementptr inbounds float, float* %1, i64 %439
  %441 = load float, float* %440, align 4
  %442 = select i1 %434, float %441, float 0.000000e+00
  %443 = mul i64 %i15, 3
  %444 = add i64 %443, %j21
  %445 = add i64 %32, 0
  %446 = mul i64 %445, 256
  %447 = add i64 %446, %c11
  %448 = mul i64 %447, 9
  %449 = add i64 %448, %444
  %450 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %449
  %451 = load float, float* %450, align 4
  %452 = load float, float* %14, align 4
  %453 = call float @llvm.fma.f32(float %451, float %442, float %452)
  store float %453, float* %14, align 4
  %454 = mul i64 %i15, 3
  %455 = add i64 %454, %j21
  %456 = add i64 %32, 1
  %457 = mul i64 %456, 256
  %458 = add i64 %457, %c11
  %459 = mul i64 %458, 9
  %460 = add i64 %459, %455
  %461 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %460
  %462 = load float, float* %461, align 4
  %463 = load float, float* %13, align 4
  %464 = call float @llvm.fma.f32(float %462, float %442, float %463)
  store float %464, float* %13, align 4
  %465 = mul i64 %i15, 3
  %466 = add i64 %465, %j21
  %467 = add i64 %32, 2
  %468 = mul i64 %467, 256
  %469 = add i64 %468, %c11
  %470 = mul i64 %469, 9
  %471 = add i64 %470, %466
  %472 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %471
  %473 = load float, float* %472, align 4
  %474 = load float, float* %12, align 4
  %475 = call float @llvm.fma.f32(float %473, float %442, float %474)
  store float %475, float* %12, align 4
  %476 = mul i64 %i15, 3
  %477 = add i64 %476, %j21
  %478 = add i64 %32, 3
  %479 = mul i64 %478, 256
  %480 = add i64 %479, %c11
  %481 = mul i64 %480, 9
  %482 = add i64 %481, %477
  %483 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %482
  %484 = load float, float* %483, align 4
  %485 = load float, float* %11, align 4
  %486 = call float @llvm.fma.f32(float %484, float %442, float %485)
  store float %486, float* %11, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 13, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %487 = icmp slt i64 %xs28, 14
  br i1 %487, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %488 = add i64 %32, 0
  %489 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %488
  %490 = load float, float* %489, align 4
  store float %490, float* %10, align 4
  %491 = add i64 %32, 1
  %492 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %491
  %493 = load float, float* %492, align 4
  store float %493, float* %9, align 4
  %494 = add i64 %32, 2
  %495 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %494
  %496 = load float, float* %495, align 4
  store float %496, float* %8, align 4
  %497 = add i64 %32, 3
  %498 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_15.bias to float*), i64 %497
  %499 = load float, float* %498, align 4
  store float %499, float* %7, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %500 = icmp slt i64 %c32, 256
  br i1 %500, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %501 = mul i64 %c32, 196
  %502 = add i64 %36, %501
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %503 = load float, float* %10, align 4
  %504 = mul i64 %29, 256
  %505 = add i64 %32, 0
  %506 = add i64 %504, %505
  %507 = mul i64 %506, 14
  %508 = add i64 %507, %26
  %509 = mul i64 %508, 14
  %510 = add i64 %509, %xs28
  %511 = getelementptr inbounds float, float* %2, i64 %510
  %512 = load float, float* %511, align 4
  %513 = fadd float %503, %512
  %514 = fcmp ogt float %513, 0.000000e+00
  %515 = select i1 %514, float %513, float 0.000000e+00
  %516 = mul i64 %29, 256
  %517 = add i64 %32, 0
  %518 = add i64 %516, %517
  %519 = mul i64 %518, 14
  %520 = add i64 %519, %26
  %521 = mul i64 %520, 14
  %522 = add i64 %521, %xs28
  %523 = getelementptr inbounds float, float* %0, i64 %522
  store float %515, float* %523, align 4
  %524 = load float, float* %9, align 4
  %525 = mul i64 %29, 256
  %526 = add i64 %32, 1
  %527 = add i64 %525, %526
  %528 = mul i64 %527, 14
  %529 = add i64 %528, %26
  %530 = mul i64 %529, 14
  %531 = add i64 %530, %xs28
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = load float, float* %532, align 4
  %534 = fadd float %524, %533
  %535 = fcmp ogt float %534, 0.000000e+00
  %536 = select i1 %535, float %534, float 0.000000e+00
  %537 = mul i64 %29, 256
  %538 = add i64 %32, 1
  %539 = add i64 %537, %538
  %540 = mul i64 %539, 14
  %541 = add i64 %540, %26
  %542 = mul i64 %541, 14
  %543 = add i64 %542, %xs28
  %544 = getelementptr inbounds float, float* %0, i64 %543
  store float %536, float* %544, align 4
  %545 = load float, float* %8, align 4
  %546 = mul i64 %29, 256
  %547 = add i64 %32, 2
  %548 = add i64 %546, %547
  %549 = mul i64 %548, 14
  %550 = add i64 %549, %26
  %551 = mul i64 %550, 14
  %552 = add i64 %551, %xs28
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = load float, float* %553, align 4
  %555 = fadd float %545, %554
  %556 = fcmp ogt float %555, 0.000000e+00
  %557 = select i1 %556, float %555, float 0.000000e+00
  %558 = mul i64 %29, 256
  %559 = add i64 %32, 2
  %560 = add i64 %558, %559
  %561 = mul i64 %560, 14
  %562 = add i64 %561, %26
  %563 = mul i64 %562, 14
  %564 = add i64 %563, %xs28
  %565 = getelementptr inbounds float, float* %0, i64 %564
  store float %557, float* %565, align 4
  %566 = load float, float* %7, align 4
  %567 = mul i64 %29, 256
  %568 = add i64 %32, 3
  %569 = add i64 %567, %568
  %570 = mul i64 %569, 14
  %571 = add i64 %570, %26
  %572 = mul i64 %571, 14
  %573 = add i64 %572, %xs28
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = load float, float* %574, align 4
  %576 = fadd float %566, %575
  %577 = fcmp ogt float %576, 0.000000e+00
  %578 = select i1 %577, float %576, float 0.000000e+00
  %579 = mul i64 %29, 256
  %580 = add i64 %32, 3
  %581 = add i64 %579, %580
  %582 = mul i64 %581, 14
  %583 = add i64 %582, %26
  %584 = mul i64 %583, 14
  %585 = add i64 %584, %xs28
  %586 = getelementptr inbounds float, float* %0, i64 %585
  store float %578, float* %586, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %587 = icmp slt i64 %i36, 3
  br i1 %587, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %588 = mul i64 %i36, 1
  %589 = add i64 %38, %588
  %590 = icmp sge i64 %589, 0
  %591 = icmp slt i64 %589, 14
  %592 = and i1 %590, %591
  br i1 %592, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %593 = mul i64 %589, 14
  %594 = add i64 %502, %593
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %595 = icmp slt i64 %j42, 3
  br i1 %595, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %596 = mul i64 %xs28, 1
  %597 = mul i64 %j42, 1
  %598 = add i64 %596, %597
  %599 = sub i64 %598, 1
  %600 = icmp sge i64 %599, 0
  %601 = icmp slt i64 %599, 14
  %602 = and i1 %600, %601
  %603 = icmp sgt i64 %599, 0
  %604 = select i1 %603, i64 %599, i64 0
  %605 = icmp slt i64 %604, 13
  %606 = select i1 %605, i64 %604, i64 13
  %607 = add i64 %594, %606
  %608 = getelementptr inbounds float, float* %1, i64 %607
  %609 = load float, float* %608, align 4
  %610 = select i1 %602, float %609, float 0.000000e+00
  %611 = mul i64 %i36, 3
  %612 = add i64 %611, %j42
  %613 = add i64 %32, 0
  %614 = mul i64 %613, 256
  %615 = add i64 %614, %c32
  %616 = mul i64 %615, 9
  %617 = add i64 %616, %612
  %618 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %617
  %619 = load float, float* %618, align 4
  %620 = load float, float* %10, align 4
  %621 = call float @llvm.fma.f32(float %619, float %610, float %620)
  store float %621, float* %10, align 4
  %622 = mul i64 %i36, 3
  %623 = add i64 %622, %j42
  %624 = add i64 %32, 1
  %625 = mul i64 %624, 256
  %626 = add i64 %625, %c32
  %627 = mul i64 %626, 9
  %628 = add i64 %627, %623
  %629 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %628
  %630 = load float, float* %629, align 4
  %631 = load float, float* %9, align 4
  %632 = call float @llvm.fma.f32(float %630, float %610, float %631)
  store float %632, float* %9, align 4
  %633 = mul i64 %i36, 3
  %634 = add i64 %633, %j42
  %635 = add i64 %32, 2
  %636 = mul i64 %635, 256
  %637 = add i64 %636, %c32
  %638 = mul i64 %637, 9
  %639 = add i64 %638, %634
  %640 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %639
  %641 = load float, float* %640, align 4
  %642 = load float, float* %8, align 4
  %643 = call float @llvm.fma.f32(float %641, float %610, float %642)
  store float %643, float* %8, align 4
  %644 = mul i64 %i36, 3
  %645 = add i64 %644, %j42
  %646 = add i64 %32, 3
  %647 = mul i64 %646, 256
  %648 = add i64 %647, %c32
  %649 = mul i64 %648, 9
  %650 = add i64 %649, %645
  %651 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_15.weight to float*), i64 %650
  %652 = load float, float* %651, align 4
  %653 = load float, float* %7, align 4
  %654 = call float @llvm.fma.f32(float %652, float %610, float %653)
  store float %654, float* %7, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
}

; Function Attrs: nounwind
define internal void @node15.conv2d_15.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
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
  %22 = add i64 896, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  call void @node15.conv2d_15.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.conv2d_16.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %31 = add i64 %23, 0
  %32 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_16.bias to float*), i64 %31
  %33 = load float, float* %32, align 4
  store float %33, float* %13, align 4
  %34 = add i64 %23, 1
  %35 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_16.bias to float*), i64 %34
  %36 = load float, float* %35, align 4
  store float %36, float* %12, align 4
  %37 = add i64 %23, 2
  %38 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_16.bias to float*), i64 %37
  %39 = load float, float* %38, align 4
  store float %39, float* %11, align 4
  %40 = add i64 %23, 3
  %41 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_16.bias to float*), i64 %40
  %42 = load float, float* %41, align 4
  store float %42, float* %10, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  br label %xs.header1

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %43 = icmp slt i64 %c, 256
  br i1 %43, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %44 = mul i64 %c, 196
  %45 = add i64 %27, %44
  br label %i.header

c.exit:                                           ; preds = %c.header
  %46 = load float, float* %13, align 4
  %47 = fcmp ogt float %46, 0.000000e+00
  %48 = select i1 %47, float %46, float 0.000000e+00
  %49 = mul i64 %20, 512
  %50 = add i64 %23, 0
  %51 = add i64 %49, %50
  %52 = mul i64 %51, 7
  %53 = add i64 %52, %17
  %54 = mul i64 %53, 7
  %55 = add i64 %54, %xs
  %56 = getelementptr inbounds float, float* %0, i64 %55
  store float %48, float* %56, align 4
  %57 = load float, float* %12, align 4
  %58 = fcmp ogt float %57, 0.000000e+00
  %59 = select i1 %58, float %57, float 0.000000e+00
  %60 = mul i64 %20, 512
  %61 = add i64 %23, 1
  %62 = add i64 %60, %61
  %63 = mul i64 %62, 7
  %64 = add i64 %63, %17
  %65 = mul i64 %64, 7
  %66 = add i64 %65, %xs
  %67 = getelementptr inbounds float, float* %0, i64 %66
  store float %59, float* %67, align 4
  %68 = load float, float* %11, align 4
  %69 = fcmp ogt float %68, 0.000000e+00
  %70 = select i1 %69, float %68, float 0.000000e+00
  %71 = mul i64 %20, 512
  %72 = add i64 %23, 2
  %73 = add i64 %71, %72
  %74 = mul i64 %73, 7
  %75 = add i64 %74, %17
  %76 = mul i64 %75, 7
  %77 = add i64 %76, %xs
  %78 = getelementptr inbounds float, float* %0, i64 %77
  store float %70, float* %78, align 4
  %79 = load float, float* %10, align 4
  %80 = fcmp ogt float %79, 0.000000e+00
  %81 = select i1 %80, float %79, float 0.000000e+00
  %82 = mul i64 %20, 512
  %83 = add i64 %23, 3
  %84 = add i64 %82, %83
  %85 = mul i64 %84, 7
  %86 = add i64 %85, %17
  %87 = mul i64 %86, 7
  %88 = add i64 %87, %xs
  %89 = getelementptr inbounds float, float* %0, i64 %88
  store float %81, float* %89, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %90 = icmp slt i64 %i, 3
  br i1 %90, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %91 = mul i64 %i, 1
  %92 = add i64 %29, %91
  %93 = icmp sge i64 %92, 0
  %94 = icmp slt i64 %92, 14
  %95 = and i1 %93, %94
  br i1 %95, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %96 = mul i64 %92, 14
  %97 = add i64 %45, %96
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %98 = icmp slt i64 %j, 3
  br i1 %98, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %99 = mul i64 %xs, 2
  %100 = mul i64 %j, 1
  %101 = add i64 %99, %100
  %102 = sub i64 %101, 1
  %103 = icmp sge i64 %102, 0
  %104 = icmp slt i64 %102, 14
  %105 = and i1 %103, %104
  %106 = icmp sgt i64 %102, 0
  %107 = select i1 %106, i64 %102, i64 0
  %108 = icmp slt i64 %107, 13
  %109 = select i1 %108, i64 %107, i64 13
  %110 = add i64 %97, %109
  %111 = getelementptr inbounds float, float* %1, i64 %110
  %112 = load float, float* %111, align 4
  %113 = select i1 %105, float %112, float 0.000000e+00
  %114 = mul i64 %i, 3
  %115 = add i64 %114, %j
  %116 = add i64 %23, 0
  %117 = mul i64 %116, 256
  %118 = add i64 %117, %c
  %119 = mul i64 %118, 9
  %120 = add i64 %119, %115
  %121 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %120
  %122 = load float, float* %121, align 4
  %123 = load float, float* %13, align 4
  %124 = call float @llvm.fma.f32(float %122, float %113, float %123)
  store float %124, float* %13, align 4
  %125 = mul i64 %i, 3
  %126 = add i64 %125, %j
  %127 = add i64 %23, 1
  %128 = mul i64 %127, 256
  %129 = add i64 %128, %c
  %130 = mul i64 %129, 9
  %131 = add i64 %130, %126
  %132 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %131
  %133 = load float, float* %132, align 4
  %134 = load float, float* %12, align 4
  %135 = call float @llvm.fma.f32(float %133, float %113, float %134)
  store float %135, float* %12, align 4
  %136 = mul i64 %i, 3
  %137 = add i64 %136, %j
  %138 = add i64 %23, 2
  %139 = mul i64 %138, 256
  %140 = add i64 %139, %c
  %141 = mul i64 %140, 9
  %142 = add i64 %141, %137
  %143 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %142
  %144 = load float, float* %143, align 4
  %145 = load float, float* %11, align 4
  %146 = call float @llvm.fma.f32(float %144, float %113, float %145)
  store float %146, float* %11, align 4
  %147 = mul i64 %i, 3
  %148 = add i64 %147, %j
  %149 = add i64 %23, 3
  %150 = mul i64 %149, 256
  %151 = add i64 %150, %c
  %152 = mul i64 %151, 9
  %153 = add i64 %152, %148
  %154 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %153
  %155 = load float, float* %154, align 4
  %156 = load float, float* %10, align 4
  %157 = call float @llvm.fma.f32(float %155, float %113, float %156)
  store float %157, float* %10, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header1:                                       ; preds = %c.exit7, %xs.exit
  %xs4 = phi i64 [ 1, %xs.exit ], [ %xs.next22, %c.exit7 ]
  %158 = icmp slt i64 %xs4, 7
  br i1 %158, label %xs.body2, label %xs.exit3

xs.body2:                                         ; preds = %xs.header1
  %159 = add i64 %23, 0
  %160 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_16.bias to float*), i64 %159
  %161 = load float, float* %160, align 4
  store float %161, float* %9, align 4
  %162 = add i64 %23, 1
  %163 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_16.bias to float*), i64 %162
  %164 = load float, float* %163, align 4
  store float %164, float* %8, align 4
  %165 = add i64 %23, 2
  %166 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_16.bias to float*), i64 %165
  %167 = load float, float* %166, align 4
  store float %167, float* %7, align 4
  %168 = add i64 %23, 3
  %169 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_16.bias to float*), i64 %168
  %170 = load float, float* %169, align 4
  store float %170, float* %6, align 4
  br label %c.header5

xs.exit3:                                         ; preds = %xs.header1
  %task.next = add i64 %task, 1
  br label %task.header

c.header5:                                        ; preds = %i.exit11, %xs.body2
  %c8 = phi i64 [ 0, %xs.body2 ], [ %c.next21, %i.exit11 ]
  %171 = icmp slt i64 %c8, 256
  br i1 %171, label %c.body6, label %c.exit7

c.body6:                                          ; preds = %c.header5
  %172 = mul i64 %c8, 196
  %173 = add i64 %27, %172
  br label %i.header9

c.exit7:                                          ; preds = %c.header5
  %174 = load float, float* %9, align 4
  %175 = fcmp ogt float %174, 0.000000e+00
  %176 = select i1 %175, float %174, float 0.000000e+00
  %177 = mul i64 %20, 512
  %178 = add i64 %23, 0
  %179 = add i64 %177, %178
  %180 = mul i64 %179, 7
  %181 = add i64 %180, %17
  %182 = mul i64 %181, 7
  %183 = add i64 %182, %xs4
  %184 = getelementptr inbounds float, float* %0, i64 %183
  store float %176, float* %184, align 4
  %185 = load float, float* %8, align 4
  %186 = fcmp ogt float %185, 0.000000e+00
  %187 = select i1 %186, float %185, float 0.000000e+00
  %188 = mul i64 %20, 512
  %189 = add i64 %23, 1
  %190 = add i64 %188, %189
  %191 = mul i64 %190, 7
  %192 = add i64 %191, %17
  %193 = mul i64 %192, 7
  %194 = add i64 %193, %xs4
  %195 = getelementptr inbounds float, float* %0, i64 %194
  store float %187, float* %195, align 4
  %196 = load float, float* %7, align 4
  %197 = fcmp ogt float %196, 0.000000e+00
  %198 = select i1 %197, float %196, float 0.000000e+00
  %199 = mul i64 %20, 512
  %200 = add i64 %23, 2
  %201 = add i64 %199, %200
  %202 = mul i64 %201, 7
  %203 = add i64 %202, %17
  %204 = mul i64 %203, 7
  %205 = add i64 %204, %xs4
  %206 = getelementptr inbounds float, float* %0, i64 %205
  store float %198, float* %206, align 4
  %207 = load float, float* %6, align 4
  %208 = fcmp ogt float %207, 0.000000e+00
  %209 = select i1 %208, float %207, float 0.000000e+00
  %210 = mul i64 %20, 512
  %211 = add i64 %23, 3
  %212 = add i64 %210, %211
  %213 = mul i64 %212, 7
  %214 = add i64 %213, %17
  %215 = mul i64 %214, 7
  %216 = add i64 %215, %xs4
  %217 = getelementptr inbounds float, float* %0, i64 %216
  store float %209, float* %217, align 4
  %xs.next22 = add i64 %xs4, 1
  br label %xs.header1

i.header9:                                        ; preds = %endif14, %c.body6
  %i12 = phi i64 [ 0, %c.body6 ], [ %i.next20, %endif14 ]
  %218 = icmp slt i64 %i12, 3
  br i1 %218, label %i.body10, label %i.exit11

i.body10:                                         ; preds = %i.header9
  %219 = mul i64 %i12, 1
  %220 = add i64 %29, %219
  %221 = icmp sge i64 %220, 0
  %222 = icmp slt i64 %220, 14
  %223 = and i1 %221, %222
  br i1 %223, label %then13, label %endif14

i.exit11:                                         ; preds = %i.header9
  %c.next21 = add i64 %c8, 1
  br label %c.header5

then13:                                           ; preds = %i.body10
  %224 = mul i64 %220, 14
  %225 = add i64 %173, %224
  br label %j.header15

endif14:                                          ; preds = %j.exit17, %i.body10
  %i.next20 = add i64 %i12, 1
  br label %i.header9

j.header15:                                       ; preds = %j.body16, %then13
  %j18 = phi i64 [ 0, %then13 ], [ %j.next19, %j.body16 ]
  %226 = icmp slt i64 %j18, 3
  br i1 %226, label %j.body16, label %j.exit17

j.body16:                                         ; preds = %j.header15
  %227 = mul i64 %xs4, 2
  %228 = mul i64 %j18, 1
  %229 = add i64 %227, %228
  %230 = sub i64 %229, 1
  %231 = icmp sge i64 %230, 0
  %232 = icmp slt i64 %230, 14
  %233 = and i1 %231, %232
  %234 = icmp sgt i64 %230, 0
  %235 = select i1 %234, i64 %230, i64 0
  %236 = icmp slt i64 %235, 13
  %237 = select i1 %236, i64 %235, i64 13
  %238 = add i64 %225, %237
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = select i1 %233, float %240, float 0.000000e+00
  %242 = mul i64 %i12, 3
  %243 = add i64 %242, %j18
  %244 = add i64 %23, 0
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %c8
  %247 = mul i64 %246, 9
  %248 = add i64 %247, %243
  %249 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %248
  %250 = load float, float* %249, align 4
  %251 = load float, float* %9, align 4
  %252 = call float @llvm.fma.f32(float %250, float %241, float %251)
  store float %252, float* %9, align 4
  %253 = mul i64 %i12, 3
  %254 = add i64 %253, %j18
  %255 = add i64 %23, 1
  %256 = mul i64 %255, 256
  %257 = add i64 %256, %c8
  %258 = mul i64 %257, 9
  %259 = add i64 %258, %254
  %260 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %259
  %261 = load float, float* %260, align 4
  %262 = load float, float* %8, align 4
  %263 = call float @llvm.fma.f32(float %261, float %241, float %262)
  store float %263, float* %8, align 4
  %264 = mul i64 %i12, 3
  %265 = add i64 %264, %j18
  %266 = add i64 %23, 2
  %267 = mul i64 %266, 256
  %268 = add i64 %267, %c8
  %269 = mul i64 %268, 9
  %270 = add i64 %269, %265
  %271 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %270
  %272 = load float, float* %271, align 4
  %273 = load float, float* %7, align 4
  %274 = call float @llvm.fma.f32(float %272, float %241, float %273)
  store float %274, float* %7, align 4
  %275 = mul i64 %i12, 3
  %276 = add i64 %275, %j18
  %277 = add i64 %23, 3
  %278 = mul i64 %277, 256
  %279 = add i64 %278, %c8
  %280 = mul i64 %279, 9
  %281 = add i64 %280, %276
  %282 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_16.weight to float*), i64 %281
  %283 = load float, float* %282, align 4
  %284 = load float, float* %6, align 4
  %285 = call float @llvm.fma.f32(float %283, float %241, float %284)
  store float %285, float* %6, align 4
  %j.next19 = add i64 %j18, 1
  br label %j.header15

j.exit17:                                         ; preds = %j.header15
  br label %endif14
}

; Function Attrs: nounwind
define internal void @node16.conv2d_16.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node16.conv2d_16.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.conv2d_17.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %34 = add i64 %27, 0
  %35 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %34
  %36 = load float, float* %35, align 4
  %37 = insertelement <8 x float> undef, float %36, i32 0
  %splat = shufflevector <8 x float> %37, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %17, align 32
  %38 = add i64 %27, 1
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat1 = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %16, align 32
  %42 = add i64 %27, 2
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat2 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %15, align 32
  %46 = add i64 %27, 3
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat3 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %50 = icmp slt i64 %c, 512
  br i1 %50, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %51 = mul i64 %c, 49
  %52 = add i64 %31, %51
  br label %i.header

c.exit:                                           ; preds = %c.header
  %53 = load <8 x float>, <8 x float>* %17, align 32
  %54 = mul i64 %24, 512
  %55 = add i64 %27, 0
  %56 = add i64 %54, %55
  %57 = mul i64 %56, 7
  %58 = add i64 %57, %21
  %59 = mul i64 %58, 7
  %60 = add i64 %59, 1
  %61 = getelementptr inbounds float, float* %0, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %53, <8 x float>* %62, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %63 = load <8 x float>, <8 x float>* %16, align 32
  %64 = mul i64 %24, 512
  %65 = add i64 %27, 1
  %66 = add i64 %64, %65
  %67 = mul i64 %66, 7
  %68 = add i64 %67, %21
  %69 = mul i64 %68, 7
  %70 = add i64 %69, 1
  %71 = getelementptr inbounds float, float* %0, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %63, <8 x float>* %72, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %73 = load <8 x float>, <8 x float>* %15, align 32
  %74 = mul i64 %24, 512
  %75 = add i64 %27, 2
  %76 = add i64 %74, %75
  %77 = mul i64 %76, 7
  %78 = add i64 %77, %21
  %79 = mul i64 %78, 7
  %80 = add i64 %79, 1
  %81 = getelementptr inbounds float, float* %0, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %73, <8 x float>* %82, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %83 = load <8 x float>, <8 x float>* %14, align 32
  %84 = mul i64 %24, 512
  %85 = add i64 %27, 3
  %86 = add i64 %84, %85
  %87 = mul i64 %86, 7
  %88 = add i64 %87, %21
  %89 = mul i64 %88, 7
  %90 = add i64 %89, 1
  %91 = getelementptr inbounds float, float* %0, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %83, <8 x float>* %92, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %93 = icmp slt i64 %i, 3
  br i1 %93, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %94 = mul i64 %i, 1
  %95 = add i64 %33, %94
  %96 = icmp sge i64 %95, 0
  %97 = icmp slt i64 %95, 7
  %98 = and i1 %96, %97
  br i1 %98, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %99 = mul i64 %95, 7
  %100 = add i64 %52, %99
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %101 = icmp slt i64 %j, 3
  br i1 %101, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %102 = mul i64 %j, 1
  %103 = add i64 1, %102
  %104 = sub i64 %103, 1
  %105 = add i64 %100, %104
  %106 = add i64 %105, 0
  %107 = getelementptr inbounds float, float* %1, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %108, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %110 = mul i64 %i, 3
  %111 = add i64 %110, %j
  %112 = add i64 %27, 0
  %113 = mul i64 %112, 512
  %114 = add i64 %113, %c
  %115 = mul i64 %114, 9
  %116 = add i64 %115, %111
  %117 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %116
  %118 = load float, float* %117, align 4
  %119 = insertelement <8 x float> undef, float %118, i32 0
  %splat4 = shufflevector <8 x float> %119, <8 x float> undef, <8 x i32> zeroinitializer
  %120 = load <8 x float>, <8 x float>* %17, align 32
  %121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %109, <8 x float> %120)
  store <8 x float> %121, <8 x float>* %17, align 32
  %122 = mul i64 %i, 3
  %123 = add i64 %122, %j
  %124 = add i64 %27, 1
  %125 = mul i64 %124, 512
  %126 = add i64 %125, %c
  %127 = mul i64 %126, 9
  %128 = add i64 %127, %123
  %129 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %128
  %130 = load float, float* %129, align 4
  %131 = insertelement <8 x float> undef, float %130, i32 0
  %splat5 = shufflevector <8 x float> %131, <8 x float> undef, <8 x i32> zeroinitializer
  %132 = load <8 x float>, <8 x float>* %16, align 32
  %133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %109, <8 x float> %132)
  store <8 x float> %133, <8 x float>* %16, align 32
  %134 = mul i64 %i, 3
  %135 = add i64 %134, %j
  %136 = add i64 %27, 2
  %137 = mul i64 %136, 512
  %138 = add i64 %137, %c
  %139 = mul i64 %138, 9
  %140 = add i64 %139, %135
  %141 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %140
  %142 = load float, float* %141, align 4
  %143 = insertelement <8 x float> undef, float %142, i32 0
  %splat6 = shufflevector <8 x float> %143, <8 x float> undef, <8 x i32> zeroinitializer
  %144 = load <8 x float>, <8 x float>* %15, align 32
  %145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %109, <8 x float> %144)
  store <8 x float> %145, <8 x float>* %15, align 32
  %146 = mul i64 %i, 3
  %147 = add i64 %146, %j
  %148 = add i64 %27, 3
  %149 = mul i64 %148, 512
  %150 = add i64 %149, %c
  %151 = mul i64 %150, 9
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %152
  %154 = load float, float* %153, align 4
  %155 = insertelement <8 x float> undef, float %154, i32 0
  %splat7 = shufflevector <8 x float> %155, <8 x float> undef, <8 x i32> zeroinitializer
  %156 = load <8 x float>, <8 x float>* %14, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %109, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %14, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit10 ]
  %158 = icmp slt i64 %xs, 1
  br i1 %158, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %159 = add i64 %27, 0
  %160 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %159
  %161 = load float, float* %160, align 4
  store float %161, float* %13, align 4
  %162 = add i64 %27, 1
  %163 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %162
  %164 = load float, float* %163, align 4
  store float %164, float* %12, align 4
  %165 = add i64 %27, 2
  %166 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %165
  %167 = load float, float* %166, align 4
  store float %167, float* %11, align 4
  %168 = add i64 %27, 3
  %169 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %168
  %170 = load float, float* %169, align 4
  store float %170, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %171 = icmp slt i64 %c11, 512
  br i1 %171, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %172 = mul i64 %c11, 49
  %173 = add i64 %31, %172
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %174 = load float, float* %13, align 4
  %175 = mul i64 %24, 512
  %176 = add i64 %27, 0
  %177 = add i64 %175, %176
  %178 = mul i64 %177, 7
  %179 = add i64 %178, %21
  %180 = mul i64 %179, 7
  %181 = add i64 %180, %xs
  %182 = getelementptr inbounds float, float* %0, i64 %181
  store float %174, float* %182, align 4
  %183 = load float, float* %12, align 4
  %184 = mul i64 %24, 512
  %185 = add i64 %27, 1
  %186 = add i64 %184, %185
  %187 = mul i64 %186, 7
  %188 = add i64 %187, %21
  %189 = mul i64 %188, 7
  %190 = add i64 %189, %xs
  %191 = getelementptr inbounds float, float* %0, i64 %190
  store float %183, float* %191, align 4
  %192 = load float, float* %11, align 4
  %193 = mul i64 %24, 512
  %194 = add i64 %27, 2
  %195 = add i64 %193, %194
  %196 = mul i64 %195, 7
  %197 = add i64 %196, %21
  %198 = mul i64 %197, 7
  %199 = add i64 %198, %xs
  %200 = getelementptr inbounds float, float* %0, i64 %199
  store float %192, float* %200, align 4
  %201 = load float, float* %10, align 4
  %202 = mul i64 %24, 512
  %203 = add i64 %27, 3
  %204 = add i64 %202, %203
  %205 = mul i64 %204, 7
  %206 = add i64 %205, %21
  %207 = mul i64 %206, 7
  %208 = add i64 %207, %xs
  %209 = getelementptr inbounds float, float* %0, i64 %208
  store float %201, float* %209, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %210 = icmp slt i64 %i15, 3
  br i1 %210, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %211 = mul i64 %i15, 1
  %212 = add i64 %33, %211
  %213 = icmp sge i64 %212, 0
  %214 = icmp slt i64 %212, 7
  %215 = and i1 %213, %214
  br i1 %215, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %216 = mul i64 %212, 7
  %217 = add i64 %173, %216
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %218 = icmp slt i64 %j21, 3
  br i1 %218, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %219 = mul i64 %xs, 1
  %220 = mul i64 %j21, 1
  %221 = add i64 %219, %220
  %222 = sub i64 %221, 1
  %223 = icmp sge i64 %222, 0
  %224 = icmp slt i64 %222, 7
  %225 = and i1 %223, %224
  %226 = icmp sgt i64 %222, 0
  %227 = select i1 %226, i64 %222, i64 0
  %228 = icmp slt i64 %227, 6
  %229 = select i1 %228, i64 %227, i64 6
  %230 = add i64 %217, %229
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = load float, float* %231, align 4
  %233 = select i1 %225, float %232, float 0.000000e+00
  %234 = mul i64 %i15, 3
  %235 = add i64 %234, %j21
  %236 = add i64 %27, 0
  %237 = mul i64 %236, 512
  %238 = add i64 %237, %c11
  %239 = mul i64 %238, 9
  %240 = add i64 %239, %235
  %241 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %240
  %242 = load float, float* %241, align 4
  %243 = load float, float* %13, align 4
  %244 = call float @llvm.fma.f32(float %242, float %233, float %243)
  store float %244, float* %13, align 4
  %245 = mul i64 %i15, 3
  %246 = add i64 %245, %j21
  %247 = add i64 %27, 1
  %248 = mul i64 %247, 512
  %249 = add i64 %248, %c11
  %250 = mul i64 %249, 9
  %251 = add i64 %250, %246
  %252 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %251
  %253 = load float, float* %252, align 4
  %254 = load float, float* %12, align 4
  %255 = call float @llvm.fma.f32(float %253, float %233, float %254)
  store float %255, float* %12, align 4
  %256 = mul i64 %i15, 3
  %257 = add i64 %256, %j21
  %258 = add i64 %27, 2
  %259 = mul i64 %258, 512
  %260 = add i64 %259, %c11
  %261 = mul i64 %260, 9
  %262 = add i64 %261, %257
  %263 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %262
  %264 = load float, float* %263, align 4
  %265 = load float, float* %11, align 4
  %266 = call float @llvm.fma.f32(float %264, float %233, float %265)
  store float %266, float* %11, align 4
  %267 = mul i64 %i15, 3
  %268 = add i64 %267, %j21
  %269 = add i64 %27, 3
  %270 = mul i64 %269, 512
  %271 = add i64 %270, %c11
  %272 = mul i64 %271, 9
  %273 = add i64 %272, %268
  %274 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %273
  %275 = load float, float* %274, align 4
  %276 = load float, float* %10, align 4
  %277 = call float @llvm.fma.f32(float %275, float %233, float %276)
  store float %277, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 6, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %278 = icmp slt i64 %xs28, 7
  br i1 %278, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %279 = add i64 %27, 0
  %280 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %279
  %281 = load float, float* %280, align 4
  store float %281, float* %9, align 4
  %282 = add i64 %27, 1
  %283 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %282
  %284 = load float, float* %283, align 4
  store float %284, float* %8, align 4
  %285 = add i64 %27, 2
  %286 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %285
  %287 = load float, float* %286, align 4
  store float %287, float* %7, align 4
  %288 = add i64 %27, 3
  %289 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_17.bias to float*), i64 %288
  %290 = load float, float* %289, align 4
  store float %290, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %291 = icmp slt i64 %c32, 512
  br i1 %291, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %292 = mul i64 %c32, 49
  %293 = add i64 %31, %292
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %294 = load float, float* %9, align 4
  %295 = mul i64 %24, 512
  %296 = add i64 %27, 0
  %297 = add i64 %295, %296
  %298 = mul i64 %297, 7
  %299 = add i64 %298, %21
  %300 = mul i64 %299, 7
  %301 = add i64 %300, %xs28
  %302 = getelementptr inbounds float, float* %0, i64 %301
  store float %294, float* %302, align 4
  %303 = load float, float* %8, align 4
  %304 = mul i64 %24, 512
  %305 = add i64 %27, 1
  %306 = add i64 %304, %305
  %307 = mul i64 %306, 7
  %308 = add i64 %307, %21
  %309 = mul i64 %308, 7
  %310 = add i64 %309, %xs28
  %311 = getelementptr inbounds float, float* %0, i64 %310
  store float %303, float* %311, align 4
  %312 = load float, float* %7, align 4
  %313 = mul i64 %24, 512
  %314 = add i64 %27, 2
  %315 = add i64 %313, %314
  %316 = mul i64 %315, 7
  %317 = add i64 %316, %21
  %318 = mul i64 %317, 7
  %319 = add i64 %318, %xs28
  %320 = getelementptr inbounds float, float* %0, i64 %319
  store float %312, float* %320, align 4
  %321 = load float, float* %6, align 4
  %322 = mul i64 %24, 512
  %323 = add i64 %27, 3
  %324 = add i64 %322, %323
  %325 = mul i64 %324, 7
  %326 = add i64 %325, %21
  %327 = mul i64 %326, 7
  %328 = add i64 %327, %xs28
  %329 = getelementptr inbounds float, float* %0, i64 %328
  store float %321, float* %329, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %330 = icmp slt i64 %i36, 3
  br i1 %330, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %331 = mul i64 %i36, 1
  %332 = add i64 %33, %331
  %333 = icmp sge i64 %332, 0
  %334 = icmp slt i64 %332, 7
  %335 = and i1 %333, %334
  br i1 %335, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %336 = mul i64 %332, 7
  %337 = add i64 %293, %336
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %338 = icmp slt i64 %j42, 3
  br i1 %338, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %339 = mul i64 %xs28, 1
  %340 = mul i64 %j42, 1
  %341 = add i64 %339, %340
  %342 = sub i64 %341, 1
  %343 = icmp sge i64 %342, 0
  %344 = icmp slt i64 %342, 7
  %345 = and i1 %343, %344
  %346 = icmp sgt i64 %342, 0
  %347 = select i1 %346, i64 %342, i64 0
  %348 = icmp slt i64 %347, 6
  %349 = select i1 %348, i64 %347, i64 6
  %350 = add i64 %337, %349
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = select i1 %345, float %352, float 0.000000e+00
  %354 = mul i64 %i36, 3
  %355 = add i64 %354, %j42
  %356 = add i64 %27, 0
  %357 = mul i64 %356, 512
  %358 = add i64 %357, %c32
  %359 = mul i64 %358, 9
  %360 = add i64 %359, %355
  %361 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %360
  %362 = load float, float* %361, align 4
  %363 = load float, float* %9, align 4
  %364 = call float @llvm.fma.f32(float %362, float %353, float %363)
  store float %364, float* %9, align 4
  %365 = mul i64 %i36, 3
  %366 = add i64 %365, %j42
  %367 = add i64 %27, 1
  %368 = mul i64 %367, 512
  %369 = add i64 %368, %c32
  %370 = mul i64 %369, 9
  %371 = add i64 %370, %366
  %372 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %371
  %373 = load float, float* %372, align 4
  %374 = load float, float* %8, align 4
  %375 = call float @llvm.fma.f32(float %373, float %353, float %374)
  store float %375, float* %8, align 4
  %376 = mul i64 %i36, 3
  %377 = add i64 %376, %j42
  %378 = add i64 %27, 2
  %379 = mul i64 %378, 512
  %380 = add i64 %379, %c32
  %381 = mul i64 %380, 9
  %382 = add i64 %381, %377
  %383 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %382
  %384 = load float, float* %383, align 4
  %385 = load float, float* %7, align 4
  %386 = call float @llvm.fma.f32(float %384, float %353, float %385)
  store float %386, float* %7, align 4
  %387 = mul i64 %i36, 3
  %388 = add i64 %387, %j42
  %389 = add i64 %27, 3
  %390 = mul i64 %389, 512
  %391 = add i64 %390, %c32
  %392 = mul i64 %391, 9
  %393 = add i64 %392, %388
  %394 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_17.weight to float*), i64 %393
  %395 = load float, float* %394, align 4
  %396 = load float, float* %6, align 4
  %397 = call float @llvm.fma.f32(float %395, float %353, float %396)
  store float %397, float* %6, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
}

; Function Attrs: nounwind
define internal void @node17.conv2d_17.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node17.conv2d_17.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.conv2d_18.step0.body(float* %0, float* noalias %1, float* %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  br label %task.header

task.header:                                      ; preds = %xs.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %xs.exit ]
  %11 = icmp slt i64 %task, %6
  br i1 %11, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %12 = srem i64 %task, 128
  %13 = sdiv i64 %task, 128
  %14 = srem i64 %13, 7
  %15 = sdiv i64 %task, 896
  %16 = srem i64 %15, 1
  %17 = sdiv i64 %15, 1
  %18 = mul i64 %16, 512
  %19 = mul i64 %12, 4
  %20 = add i64 %18, %19
  %21 = mul i64 %17, 256
  %22 = mul i64 %16, 256
  %23 = add i64 %21, %22
  %24 = mul i64 %23, 196
  %25 = mul i64 %14, 2
  %26 = sub i64 %25, 0
  br label %xs.header

task.exit:                                        ; preds = %task.header
  ret void

xs.header:                                        ; preds = %c.exit, %task.body
  %xs = phi i64 [ 0, %task.body ], [ %xs.next, %c.exit ]
  %27 = icmp slt i64 %xs, 7
  br i1 %27, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %28 = add i64 %20, 0
  %29 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_18.bias to float*), i64 %28
  %30 = load float, float* %29, align 4
  store float %30, float* %10, align 4
  %31 = add i64 %20, 1
  %32 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_18.bias to float*), i64 %31
  %33 = load float, float* %32, align 4
  store float %33, float* %9, align 4
  %34 = add i64 %20, 2
  %35 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_18.bias to float*), i64 %34
  %36 = load float, float* %35, align 4
  store float %36, float* %8, align 4
  %37 = add i64 %20, 3
  %38 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_18.bias to float*), i64 %37
  %39 = load float, float* %38, align 4
  store float %39, float* %7, align 4
  br label %c.header

xs.exit:                                          ; preds = %xs.header
  %task.next = add i64 %task, 1
  br label %task.header

c.header:                                         ; preds = %i.exit, %xs.body
  %c = phi i64 [ 0, %xs.body ], [ %c.next, %i.exit ]
  %40 = icmp slt i64 %c, 256
  br i1 %40, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %41 = mul i64 %c, 196
  %42 = add i64 %24, %41
  br label %i.header

c.exit:                                           ; preds = %c.header
  %43 = load float, float* %10, align 4
  %44 = mul i64 %17, 512
  %45 = add i64 %20, 0
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 7
  %48 = add i64 %47, %14
  %49 = mul i64 %48, 7
  %50 = add i64 %49, %xs
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = load float, float* %51, align 4
  %53 = fadd float %43, %52
  %54 = fcmp ogt float %53, 0.000000e+00
  %55 = select i1 %54, float %53, float 0.000000e+00
  %56 = mul i64 %17, 512
  %57 = add i64 %20, 0
  %58 = add i64 %56, %57
  %59 = mul i64 %58, 7
  %60 = add i64 %59, %14
  %61 = mul i64 %60, 7
  %62 = add i64 %61, %xs
  %63 = getelementptr inbounds float, float* %0, i64 %62
  store float %55, float* %63, align 4
  %64 = load float, float* %9, align 4
  %65 = mul i64 %17, 512
  %66 = add i64 %20, 1
  %67 = add i64 %65, %66
  %68 = mul i64 %67, 7
  %69 = add i64 %68, %14
  %70 = mul i64 %69, 7
  %71 = add i64 %70, %xs
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = load float, float* %72, align 4
  %74 = fadd float %64, %73
  %75 = fcmp ogt float %74, 0.000000e+00
  %76 = select i1 %75, float %74, float 0.000000e+00
  %77 = mul i64 %17, 512
  %78 = add i64 %20, 1
  %79 = add i64 %77, %78
  %80 = mul i64 %79, 7
  %81 = add i64 %80, %14
  %82 = mul i64 %81, 7
  %83 = add i64 %82, %xs
  %84 = getelementptr inbounds float, float* %0, i64 %83
  store float %76, float* %84, align 4
  %85 = load float, float* %8, align 4
  %86 = mul i64 %17, 512
  %87 = add i64 %20, 2
  %88 = add i64 %86, %87
  %89 = mul i64 %88, 7
  %90 = add i64 %89, %14
  %91 = mul i64 %90, 7
  %92 = add i64 %91, %xs
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = load float, float* %93, align 4
  %95 = fadd float %85, %94
  %96 = fcmp ogt float %95, 0.000000e+00
  %97 = select i1 %96, float %95, float 0.000000e+00
  %98 = mul i64 %17, 512
  %99 = add i64 %20, 2
  %100 = add i64 %98, %99
  %101 = mul i64 %100, 7
  %102 = add i64 %101, %14
  %103 = mul i64 %102, 7
  %104 = add i64 %103, %xs
  %105 = getelementptr inbounds float, float* %0, i64 %104
  store float %97, float* %105, align 4
  %106 = load float, float* %7, align 4
  %107 = mul i64 %17, 512
  %108 = add i64 %20, 3
  %109 = add i64 %107, %108
  %110 = mul i64 %109, 7
  %111 = add i64 %110, %14
  %112 = mul i64 %111, 7
  %113 = add i64 %112, %xs
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = load float, float* %114, align 4
  %116 = fadd float %106, %115
  %117 = fcmp ogt float %116, 0.000000e+00
  %118 = select i1 %117, float %116, float 0.000000e+00
  %119 = mul i64 %17, 512
  %120 = add i64 %20, 3
  %121 = add i64 %119, %120
  %122 = mul i64 %121, 7
  %123 = add i64 %122, %14
  %124 = mul i64 %123, 7
  %125 = add i64 %124, %xs
  %126 = getelementptr inbounds float, float* %0, i64 %125
  store float %118, float* %126, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %127 = icmp slt i64 %i, 1
  br i1 %127, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %128 = mul i64 %i, 1
  %129 = add i64 %26, %128
  %130 = icmp sge i64 %129, 0
  %131 = icmp slt i64 %129, 14
  %132 = and i1 %130, %131
  br i1 %132, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %133 = mul i64 %129, 14
  %134 = add i64 %42, %133
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %135 = icmp slt i64 %j, 1
  br i1 %135, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %136 = mul i64 %xs, 2
  %137 = mul i64 %j, 1
  %138 = add i64 %136, %137
  %139 = sub i64 %138, 0
  %140 = icmp sge i64 %139, 0
  %141 = icmp slt i64 %139, 14
  %142 = and i1 %140, %141
  %143 = icmp sgt i64 %139, 0
  %144 = select i1 %143, i64 %139, i64 0
  %145 = icmp slt i64 %144, 13
  %146 = select i1 %145, i64 %144, i64 13
  %147 = add i64 %134, %146
  %148 = getelementptr inbounds float, float* %1, i64 %147
  %149 = load float, float* %148, align 4
  %150 = select i1 %142, float %149, float 0.000000e+00
  %151 = mul i64 %i, 1
  %152 = add i64 %151, %j
  %153 = add i64 %20, 0
  %154 = mul i64 %153, 256
  %155 = add i64 %154, %c
  %156 = mul i64 %155, 1
  %157 = add i64 %156, %152
  %158 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_18.weight to float*), i64 %157
  %159 = load float, float* %158, align 4
  %160 = load float, float* %10, align 4
  %161 = call float @llvm.fma.f32(float %159, float %150, float %160)
  store float %161, float* %10, align 4
  %162 = mul i64 %i, 1
  %163 = add i64 %162, %j
  %164 = add i64 %20, 1
  %165 = mul i64 %164, 256
  %166 = add i64 %165, %c
  %167 = mul i64 %166, 1
  %168 = add i64 %167, %163
  %169 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_18.weight to float*), i64 %168
  %170 = load float, float* %169, align 4
  %171 = load float, float* %9, align 4
  %172 = call float @llvm.fma.f32(float %170, float %150, float %171)
  store float %172, float* %9, align 4
  %173 = mul i64 %i, 1
  %174 = add i64 %173, %j
  %175 = add i64 %20, 2
  %176 = mul i64 %175, 256
  %177 = add i64 %176, %c
  %178 = mul i64 %177, 1
  %179 = add i64 %178, %174
  %180 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_18.weight to float*), i64 %179
  %181 = load float, float* %180, align 4
  %182 = load float, float* %8, align 4
  %183 = call float @llvm.fma.f32(float %181, float %150, float %182)
  store float %183, float* %8, align 4
  %184 = mul i64 %i, 1
  %185 = add i64 %184, %j
  %186 = add i64 %20, 3
  %187 = mul i64 %186, 256
  %188 = add i64 %187, %c
  %189 = mul i64 %188, 1
  %190 = add i64 %189, %185
  %191 = getelementptr inbounds float, float* bitcast ([524288 x i8]* @weight.conv2d_18.weight to float*), i64 %190
  %192 = load float, float* %191, align 4
  %193 = load float, float* %7, align 4
  %194 = call float @llvm.fma.f32(float %192, float %150, float %193)
  store float %194, float* %7, align 4
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif
}

; Function Attrs: nounwind
define internal void @node18.conv2d_18.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
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
  %22 = add i64 896, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  call void @node18.conv2d_18.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node19.conv2d_19.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %34 = add i64 %27, 0
  %35 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %34
  %36 = load float, float* %35, align 4
  %37 = insertelement <8 x float> undef, float %36, i32 0
  %splat = shufflevector <8 x float> %37, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %17, align 32
  %38 = add i64 %27, 1
  %39 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %38
  %40 = load float, float* %39, align 4
  %41 = insertelement <8 x float> undef, float %40, i32 0
  %splat1 = shufflevector <8 x float> %41, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %16, align 32
  %42 = add i64 %27, 2
  %43 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %42
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i32 0
  %splat2 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %15, align 32
  %46 = add i64 %27, 3
  %47 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %46
  %48 = load float, float* %47, align 4
  %49 = insertelement <8 x float> undef, float %48, i32 0
  %splat3 = shufflevector <8 x float> %49, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %14, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %50 = icmp slt i64 %c, 512
  br i1 %50, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %51 = mul i64 %c, 49
  %52 = add i64 %31, %51
  br label %i.header

c.exit:                                           ; preds = %c.header
  %53 = load <8 x float>, <8 x float>* %17, align 32
  %54 = fcmp ogt <8 x float> %53, zeroinitializer
  %55 = select <8 x i1> %54, <8 x float> %53, <8 x float> zeroinitializer
  %56 = mul i64 %24, 512
  %57 = add i64 %27, 0
  %58 = add i64 %56, %57
  %59 = mul i64 %58, 7
  %60 = add i64 %59, %21
  %61 = mul i64 %60, 7
  %62 = add i64 %61, 1
  %63 = getelementptr inbounds float, float* %0, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %55, <8 x float>* %64, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %65 = load <8 x float>, <8 x float>* %16, align 32
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = mul i64 %24, 512
  %69 = add i64 %27, 1
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 7
  %72 = add i64 %71, %21
  %73 = mul i64 %72, 7
  %74 = add i64 %73, 1
  %75 = getelementptr inbounds float, float* %0, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %67, <8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %77 = load <8 x float>, <8 x float>* %15, align 32
  %78 = fcmp ogt <8 x float> %77, zeroinitializer
  %79 = select <8 x i1> %78, <8 x float> %77, <8 x float> zeroinitializer
  %80 = mul i64 %24, 512
  %81 = add i64 %27, 2
  %82 = add i64 %80, %81
  %83 = mul i64 %82, 7
  %84 = add i64 %83, %21
  %85 = mul i64 %84, 7
  %86 = add i64 %85, 1
  %87 = getelementptr inbounds float, float* %0, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %79, <8 x float>* %88, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %89 = load <8 x float>, <8 x float>* %14, align 32
  %90 = fcmp ogt <8 x float> %89, zeroinitializer
  %91 = select <8 x i1> %90, <8 x float> %89, <8 x float> zeroinitializer
  %92 = mul i64 %24, 512
  %93 = add i64 %27, 3
  %94 = add i64 %92, %93
  %95 = mul i64 %94, 7
  %96 = add i64 %95, %21
  %97 = mul i64 %96, 7
  %98 = add i64 %97, 1
  %99 = getelementptr inbounds float, float* %0, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %91, <8 x float>* %100, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %101 = icmp slt i64 %i, 3
  br i1 %101, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %102 = mul i64 %i, 1
  %103 = add i64 %33, %102
  %104 = icmp sge i64 %103, 0
  %105 = icmp slt i64 %103, 7
  %106 = and i1 %104, %105
  br i1 %106, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %107 = mul i64 %103, 7
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
  %117 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %116, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %118 = mul i64 %i, 3
  %119 = add i64 %118, %j
  %120 = add i64 %27, 0
  %121 = mul i64 %120, 512
  %122 = add i64 %121, %c
  %123 = mul i64 %122, 9
  %124 = add i64 %123, %119
  %125 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %124
  %126 = load float, float* %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %splat4 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %128 = load <8 x float>, <8 x float>* %17, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %117, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %17, align 32
  %130 = mul i64 %i, 3
  %131 = add i64 %130, %j
  %132 = add i64 %27, 1
  %133 = mul i64 %132, 512
  %134 = add i64 %133, %c
  %135 = mul i64 %134, 9
  %136 = add i64 %135, %131
  %137 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %136
  %138 = load float, float* %137, align 4
  %139 = insertelement <8 x float> undef, float %138, i32 0
  %splat5 = shufflevector <8 x float> %139, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, <8 x float>* %16, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %117, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %16, align 32
  %142 = mul i64 %i, 3
  %143 = add i64 %142, %j
  %144 = add i64 %27, 2
  %145 = mul i64 %144, 512
  %146 = add i64 %145, %c
  %147 = mul i64 %146, 9
  %148 = add i64 %147, %143
  %149 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %148
  %150 = load float, float* %149, align 4
  %151 = insertelement <8 x float> undef, float %150, i32 0
  %splat6 = shufflevector <8 x float> %151, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, <8 x float>* %15, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %117, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %15, align 32
  %154 = mul i64 %i, 3
  %155 = add i64 %154, %j
  %156 = add i64 %27, 3
  %157 = mul i64 %156, 512
  %158 = add i64 %157, %c
  %159 = mul i64 %158, 9
  %160 = add i64 %159, %155
  %161 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %160
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
  %168 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %167
  %169 = load float, float* %168, align 4
  store float %169, float* %13, align 4
  %170 = add i64 %27, 1
  %171 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %170
  %172 = load float, float* %171, align 4
  store float %172, float* %12, align 4
  %173 = add i64 %27, 2
  %174 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %173
  %175 = load float, float* %174, align 4
  store float %175, float* %11, align 4
  %176 = add i64 %27, 3
  %177 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %176
  %178 = load float, float* %177, align 4
  store float %178, float* %10, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %179 = icmp slt i64 %c11, 512
  br i1 %179, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %180 = mul i64 %c11, 49
  %181 = add i64 %31, %180
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %182 = load float, float* %13, align 4
  %183 = fcmp ogt float %182, 0.000000e+00
  %184 = select i1 %183, float %182, float 0.000000e+00
  %185 = mul i64 %24, 512
  %186 = add i64 %27, 0
  %187 = add i64 %185, %186
  %188 = mul i64 %187, 7
  %189 = add i64 %188, %21
  %190 = mul i64 %189, 7
  %191 = add i64 %190, %xs
  %192 = getelementptr inbounds float, float* %0, i64 %191
  store float %184, float* %192, align 4
  %193 = load float, float* %12, align 4
  %194 = fcmp ogt float %193, 0.000000e+00
  %195 = select i1 %194, float %193, float 0.000000e+00
  %196 = mul i64 %24, 512
  %197 = add i64 %27, 1
  %198 = add i64 %196, %197
  %199 = mul i64 %198, 7
  %200 = add i64 %199, %21
  %201 = mul i64 %200, 7
  %202 = add i64 %201, %xs
  %203 = getelementptr inbounds float, float* %0, i64 %202
  store float %195, float* %203, align 4
  %204 = load float, float* %11, align 4
  %205 = fcmp ogt float %204, 0.000000e+00
  %206 = select i1 %205, float %204, float 0.000000e+00
  %207 = mul i64 %24, 512
  %208 = add i64 %27, 2
  %209 = add i64 %207, %208
  %210 = mul i64 %209, 7
  %211 = add i64 %210, %21
  %212 = mul i64 %211, 7
  %213 = add i64 %212, %xs
  %214 = getelementptr inbounds float, float* %0, i64 %213
  store float %206, float* %214, align 4
  %215 = load float, float* %10, align 4
  %216 = fcmp ogt float %215, 0.000000e+00
  %217 = select i1 %216, float %215, float 0.000000e+00
  %218 = mul i64 %24, 512
  %219 = add i64 %27, 3
  %220 = add i64 %218, %219
  %221 = mul i64 %220, 7
  %222 = add i64 %221, %21
  %223 = mul i64 %222, 7
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
  %230 = icmp slt i64 %228, 7
  %231 = and i1 %229, %230
  br i1 %231, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %232 = mul i64 %228, 7
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
  %240 = icmp slt i64 %238, 7
  %241 = and i1 %239, %240
  %242 = icmp sgt i64 %238, 0
  %243 = select i1 %242, i64 %238, i64 0
  %244 = icmp slt i64 %243, 6
  %245 = select i1 %244, i64 %243, i64 6
  %246 = add i64 %233, %245
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = select i1 %241, float %248, float 0.000000e+00
  %250 = mul i64 %i15, 3
  %251 = add i64 %250, %j21
  %252 = add i64 %27, 0
  %253 = mul i64 %252, 512
  %254 = add i64 %253, %c11
  %255 = mul i64 %254, 9
  %256 = add i64 %255, %251
  %257 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %256
  %258 = load float, float* %257, align 4
  %259 = load float, float* %13, align 4
  %260 = call float @llvm.fma.f32(float %258, float %249, float %259)
  store float %260, float* %13, align 4
  %261 = mul i64 %i15, 3
  %262 = add i64 %261, %j21
  %263 = add i64 %27, 1
  %264 = mul i64 %263, 512
  %265 = add i64 %264, %c11
  %266 = mul i64 %265, 9
  %267 = add i64 %266, %262
  %268 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %267
  %269 = load float, float* %268, align 4
  %270 = load float, float* %12, align 4
  %271 = call float @llvm.fma.f32(float %269, float %249, float %270)
  store float %271, float* %12, align 4
  %272 = mul i64 %i15, 3
  %273 = add i64 %272, %j21
  %274 = add i64 %27, 2
  %275 = mul i64 %274, 512
  %276 = add i64 %275, %c11
  %277 = mul i64 %276, 9
  %278 = add i64 %277, %273
  %279 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %278
  %280 = load float, float* %279, align 4
  %281 = load float, float* %11, align 4
  %282 = call float @llvm.fma.f32(float %280, float %249, float %281)
  store float %282, float* %11, align 4
  %283 = mul i64 %i15, 3
  %284 = add i64 %283, %j21
  %285 = add i64 %27, 3
  %286 = mul i64 %285, 512
  %287 = add i64 %286, %c11
  %288 = mul i64 %287, 9
  %289 = add i64 %288, %284
  %290 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %289
  %291 = load float, float* %290, align 4
  %292 = load float, float* %10, align 4
  %293 = call float @llvm.fma.f32(float %291, float %249, float %292)
  store float %293, float* %10, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 6, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %294 = icmp slt i64 %xs28, 7
  br i1 %294, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %295 = add i64 %27, 0
  %296 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %295
  %297 = load float, float* %296, align 4
  store float %297, float* %9, align 4
  %298 = add i64 %27, 1
  %299 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %298
  %300 = load float, float* %299, align 4
  store float %300, float* %8, align 4
  %301 = add i64 %27, 2
  %302 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %301
  %303 = load float, float* %302, align 4
  store float %303, float* %7, align 4
  %304 = add i64 %27, 3
  %305 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_19.bias to float*), i64 %304
  %306 = load float, float* %305, align 4
  store float %306, float* %6, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %307 = icmp slt i64 %c32, 512
  br i1 %307, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %308 = mul i64 %c32, 49
  %309 = add i64 %31, %308
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %310 = load float, float* %9, align 4
  %311 = fcmp ogt float %310, 0.000000e+00
  %312 = select i1 %311, float %310, float 0.000000e+00
  %313 = mul i64 %24, 512
  %314 = add i64 %27, 0
  %315 = add i64 %313, %314
  %316 = mul i64 %315, 7
  %317 = add i64 %316, %21
  %318 = mul i64 %317, 7
  %319 = add i64 %318, %xs28
  %320 = getelementptr inbounds float, float* %0, i64 %319
  store float %312, float* %320, align 4
  %321 = load float, float* %8, align 4
  %322 = fcmp ogt float %321, 0.000000e+00
  %323 = select i1 %322, float %321, float 0.000000e+00
  %324 = mul i64 %24, 512
  %325 = add i64 %27, 1
  %326 = add i64 %324, %325
  %327 = mul i64 %326, 7
  %328 = add i64 %327, %21
  %329 = mul i64 %328, 7
  %330 = add i64 %329, %xs28
  %331 = getelementptr inbounds float, float* %0, i64 %330
  store float %323, float* %331, align 4
  %332 = load float, float* %7, align 4
  %333 = fcmp ogt float %332, 0.000000e+00
  %334 = select i1 %333, float %332, float 0.000000e+00
  %335 = mul i64 %24, 512
  %336 = add i64 %27, 2
  %337 = add i64 %335, %336
  %338 = mul i64 %337, 7
  %339 = add i64 %338, %21
  %340 = mul i64 %339, 7
  %341 = add i64 %340, %xs28
  %342 = getelementptr inbounds float, float* %0, i64 %341
  store float %334, float* %342, align 4
  %343 = load float, float* %6, align 4
  %344 = fcmp ogt float %343, 0.000000e+00
  %345 = select i1 %344, float %343, float 0.000000e+00
  %346 = mul i64 %24, 512
  %347 = add i64 %27, 3
  %348 = add i64 %346, %347
  %349 = mul i64 %348, 7
  %350 = add i64 %349, %21
  %351 = mul i64 %350, 7
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
  %358 = icmp slt i64 %356, 7
  %359 = and i1 %357, %358
  br i1 %359, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %360 = mul i64 %356, 7
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
  %368 = icmp slt i64 %366, 7
  %369 = and i1 %367, %368
  %370 = icmp sgt i64 %366, 0
  %371 = select i1 %370, i64 %366, i64 0
  %372 = icmp slt i64 %371, 6
  %373 = select i1 %372, i64 %371, i64 6
  %374 = add i64 %361, %373
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = select i1 %369, float %376, float 0.000000e+00
  %378 = mul i64 %i36, 3
  %379 = add i64 %378, %j42
  %380 = add i64 %27, 0
  %381 = mul i64 %380, 512
  %382 = add i64 %381, %c32
  %383 = mul i64 %382, 9
  %384 = add i64 %383, %379
  %385 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %384
  %386 = load float, float* %385, align 4
  %387 = load float, float* %9, align 4
  %388 = call float @llvm.fma.f32(float %386, float %377, float %387)
  store float %388, float* %9, align 4
  %389 = mul i64 %i36, 3
  %390 = add i64 %389, %j42
  %391 = add i64 %27, 1
  %392 = mul i64 %391, 512
  %393 = add i64 %392, %c32
  %394 = mul i64 %393, 9
  %395 = add i64 %394, %390
  %396 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %395
  %397 = load float, float* %396, align 4
  %398 = load float, float* %8, align 4
  %399 = call float @llvm.fma.f32(float %397, float %377, float %398)
  store float %399, float* %8, align 4
  %400 = mul i64 %i36, 3
  %401 = add i64 %400, %j42
  %402 = add i64 %27, 2
  %403 = mul i64 %402, 512
  %404 = add i64 %403, %c32
  %405 = mul i64 %404, 9
  %406 = add i64 %405, %401
  %407 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %406
  %408 = load float, float* %407, align 4
  %409 = load float, float* %7, align 4
  %410 = call float @llvm.fma.f32(float %408, float %377, float %409)
  store float %410, float* %7, align 4
  %411 = mul i64 %i36, 3
  %412 = add i64 %411, %j42
  %413 = add i64 %27, 3
  %414 = mul i64 %413, 512
  %415 = add i64 %414, %c32
  %416 = mul i64 %415, 9
  %417 = add i64 %416, %412
  %418 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_19.weight to float*), i64 %417
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
define internal void @node19.conv2d_19.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node19.conv2d_19.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node20.conv2d_20.step0.body(float* %0, float* noalias %1, float* %2, float* %3, i32* %4, i64 %5, i64 %6) #0 {
entry:
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca float, align 4
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xs.exit27, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %xs.exit27 ]
  %19 = icmp slt i64 %task, %6
  br i1 %19, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %20 = srem i64 %task, 128
  %21 = sdiv i64 %task, 128
  %22 = srem i64 %21, 7
  %23 = sdiv i64 %task, 896
  %24 = srem i64 %23, 1
  %25 = sdiv i64 %23, 1
  %26 = mul i64 %24, 512
  %27 = mul i64 %20, 4
  %28 = add i64 %26, %27
  %29 = mul i64 %25, 512
  %30 = mul i64 %24, 512
  %31 = add i64 %29, %30
  %32 = mul i64 %31, 49
  %33 = mul i64 %22, 1
  %34 = sub i64 %33, 1
  %35 = add i64 %28, 0
  %36 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %35
  %37 = load float, float* %36, align 4
  %38 = insertelement <8 x float> undef, float %37, i32 0
  %splat = shufflevector <8 x float> %38, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat, <8 x float>* %18, align 32
  %39 = add i64 %28, 1
  %40 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %39
  %41 = load float, float* %40, align 4
  %42 = insertelement <8 x float> undef, float %41, i32 0
  %splat1 = shufflevector <8 x float> %42, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat1, <8 x float>* %17, align 32
  %43 = add i64 %28, 2
  %44 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %43
  %45 = load float, float* %44, align 4
  %46 = insertelement <8 x float> undef, float %45, i32 0
  %splat2 = shufflevector <8 x float> %46, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat2, <8 x float>* %16, align 32
  %47 = add i64 %28, 3
  %48 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %47
  %49 = load float, float* %48, align 4
  %50 = insertelement <8 x float> undef, float %49, i32 0
  %splat3 = shufflevector <8 x float> %50, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> %splat3, <8 x float>* %15, align 32
  br label %c.header

task.exit:                                        ; preds = %task.header
  ret void

c.header:                                         ; preds = %i.exit, %task.body
  %c = phi i64 [ 0, %task.body ], [ %c.next, %i.exit ]
  %51 = icmp slt i64 %c, 512
  br i1 %51, label %c.body, label %c.exit

c.body:                                           ; preds = %c.header
  %52 = mul i64 %c, 49
  %53 = add i64 %32, %52
  br label %i.header

c.exit:                                           ; preds = %c.header
  %54 = load <8 x float>, <8 x float>* %18, align 32
  %55 = mul i64 %25, 512
  %56 = add i64 %28, 0
  %57 = add i64 %55, %56
  %58 = mul i64 %57, 7
  %59 = add i64 %58, %22
  %60 = mul i64 %59, 7
  %61 = add i64 %60, 1
  %62 = getelementptr inbounds float, float* %2, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %63, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %65 = fadd <8 x float> %54, %64
  %66 = fcmp ogt <8 x float> %65, zeroinitializer
  %67 = select <8 x i1> %66, <8 x float> %65, <8 x float> zeroinitializer
  %68 = mul i64 %25, 512
  %69 = add i64 %28, 0
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 7
  %72 = add i64 %71, %22
  %73 = mul i64 %72, 7
  %74 = add i64 %73, 1
  %75 = getelementptr inbounds float, float* %0, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %67, <8 x float>* %76, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %77 = load <8 x float>, <8 x float>* %17, align 32
  %78 = mul i64 %25, 512
  %79 = add i64 %28, 1
  %80 = add i64 %78, %79
  %81 = mul i64 %80, 7
  %82 = add i64 %81, %22
  %83 = mul i64 %82, 7
  %84 = add i64 %83, 1
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %86, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %88 = fadd <8 x float> %77, %87
  %89 = fcmp ogt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> %88, <8 x float> zeroinitializer
  %91 = mul i64 %25, 512
  %92 = add i64 %28, 1
  %93 = add i64 %91, %92
  %94 = mul i64 %93, 7
  %95 = add i64 %94, %22
  %96 = mul i64 %95, 7
  %97 = add i64 %96, 1
  %98 = getelementptr inbounds float, float* %0, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %90, <8 x float>* %99, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %100 = load <8 x float>, <8 x float>* %16, align 32
  %101 = mul i64 %25, 512
  %102 = add i64 %28, 2
  %103 = add i64 %101, %102
  %104 = mul i64 %103, 7
  %105 = add i64 %104, %22
  %106 = mul i64 %105, 7
  %107 = add i64 %106, 1
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %109, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %111 = fadd <8 x float> %100, %110
  %112 = fcmp ogt <8 x float> %111, zeroinitializer
  %113 = select <8 x i1> %112, <8 x float> %111, <8 x float> zeroinitializer
  %114 = mul i64 %25, 512
  %115 = add i64 %28, 2
  %116 = add i64 %114, %115
  %117 = mul i64 %116, 7
  %118 = add i64 %117, %22
  %119 = mul i64 %118, 7
  %120 = add i64 %119, 1
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %113, <8 x float>* %122, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %123 = load <8 x float>, <8 x float>* %15, align 32
  %124 = mul i64 %25, 512
  %125 = add i64 %28, 3
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 7
  %128 = add i64 %127, %22
  %129 = mul i64 %128, 7
  %130 = add i64 %129, 1
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %132, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %134 = fadd <8 x float> %123, %133
  %135 = fcmp ogt <8 x float> %134, zeroinitializer
  %136 = select <8 x i1> %135, <8 x float> %134, <8 x float> zeroinitializer
  %137 = mul i64 %25, 512
  %138 = add i64 %28, 3
  %139 = add i64 %137, %138
  %140 = mul i64 %139, 7
  %141 = add i64 %140, %22
  %142 = mul i64 %141, 7
  %143 = add i64 %142, 1
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %136, <8 x float>* %145, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  br label %xs.header

i.header:                                         ; preds = %endif, %c.body
  %i = phi i64 [ 0, %c.body ], [ %i.next, %endif ]
  %146 = icmp slt i64 %i, 3
  br i1 %146, label %i.body, label %i.exit

i.body:                                           ; preds = %i.header
  %147 = mul i64 %i, 1
  %148 = add i64 %34, %147
  %149 = icmp sge i64 %148, 0
  %150 = icmp slt i64 %148, 7
  %151 = and i1 %149, %150
  br i1 %151, label %then, label %endif

i.exit:                                           ; preds = %i.header
  %c.next = add i64 %c, 1
  br label %c.header

then:                                             ; preds = %i.body
  %152 = mul i64 %148, 7
  %153 = add i64 %53, %152
  br label %j.header

endif:                                            ; preds = %j.exit, %i.body
  %i.next = add i64 %i, 1
  br label %i.header

j.header:                                         ; preds = %j.body, %then
  %j = phi i64 [ 0, %then ], [ %j.next, %j.body ]
  %154 = icmp slt i64 %j, 3
  br i1 %154, label %j.body, label %j.exit

j.body:                                           ; preds = %j.header
  %155 = mul i64 %j, 1
  %156 = add i64 1, %155
  %157 = sub i64 %156, 1
  %158 = add i64 %153, %157
  %159 = add i64 %158, 0
  %160 = getelementptr inbounds float, float* %1, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  %162 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %161, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %163 = mul i64 %i, 3
  %164 = add i64 %163, %j
  %165 = add i64 %28, 0
  %166 = mul i64 %165, 512
  %167 = add i64 %166, %c
  %168 = mul i64 %167, 9
  %169 = add i64 %168, %164
  %170 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %169
  %171 = load float, float* %170, align 4
  %172 = insertelement <8 x float> undef, float %171, i32 0
  %splat4 = shufflevector <8 x float> %172, <8 x float> undef, <8 x i32> zeroinitializer
  %173 = load <8 x float>, <8 x float>* %18, align 32
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %162, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %18, align 32
  %175 = mul i64 %i, 3
  %176 = add i64 %175, %j
  %177 = add i64 %28, 1
  %178 = mul i64 %177, 512
  %179 = add i64 %178, %c
  %180 = mul i64 %179, 9
  %181 = add i64 %180, %176
  %182 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %181
  %183 = load float, float* %182, align 4
  %184 = insertelement <8 x float> undef, float %183, i32 0
  %splat5 = shufflevector <8 x float> %184, <8 x float> undef, <8 x i32> zeroinitializer
  %185 = load <8 x float>, <8 x float>* %17, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %162, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %17, align 32
  %187 = mul i64 %i, 3
  %188 = add i64 %187, %j
  %189 = add i64 %28, 2
  %190 = mul i64 %189, 512
  %191 = add i64 %190, %c
  %192 = mul i64 %191, 9
  %193 = add i64 %192, %188
  %194 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %193
  %195 = load float, float* %194, align 4
  %196 = insertelement <8 x float> undef, float %195, i32 0
  %splat6 = shufflevector <8 x float> %196, <8 x float> undef, <8 x i32> zeroinitializer
  %197 = load <8 x float>, <8 x float>* %16, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %162, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %16, align 32
  %199 = mul i64 %i, 3
  %200 = add i64 %199, %j
  %201 = add i64 %28, 3
  %202 = mul i64 %201, 512
  %203 = add i64 %202, %c
  %204 = mul i64 %203, 9
  %205 = add i64 %204, %200
  %206 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %205
  %207 = load float, float* %206, align 4
  %208 = insertelement <8 x float> undef, float %207, i32 0
  %splat7 = shufflevector <8 x float> %208, <8 x float> undef, <8 x i32> zeroinitializer
  %209 = load <8 x float>, <8 x float>* %15, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %162, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %15, align 32
  %j.next = add i64 %j, 1
  br label %j.header

j.exit:                                           ; preds = %j.header
  br label %endif

xs.header:                                        ; preds = %c.exit10, %c.exit
  %xs = phi i64 [ 0, %c.exit ], [ %xs.next, %c.exit10 ]
  %211 = icmp slt i64 %xs, 1
  br i1 %211, label %xs.body, label %xs.exit

xs.body:                                          ; preds = %xs.header
  %212 = add i64 %28, 0
  %213 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %212
  %214 = load float, float* %213, align 4
  store float %214, float* %14, align 4
  %215 = add i64 %28, 1
  %216 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %215
  %217 = load float, float* %216, align 4
  store float %217, float* %13, align 4
  %218 = add i64 %28, 2
  %219 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %218
  %220 = load float, float* %219, align 4
  store float %220, float* %12, align 4
  %221 = add i64 %28, 3
  %222 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %221
  %223 = load float, float* %222, align 4
  store float %223, float* %11, align 4
  br label %c.header8

xs.exit:                                          ; preds = %xs.header
  br label %xs.header25

c.header8:                                        ; preds = %i.exit14, %xs.body
  %c11 = phi i64 [ 0, %xs.body ], [ %c.next24, %i.exit14 ]
  %224 = icmp slt i64 %c11, 512
  br i1 %224, label %c.body9, label %c.exit10

c.body9:                                          ; preds = %c.header8
  %225 = mul i64 %c11, 49
  %226 = add i64 %32, %225
  br label %i.header12

c.exit10:                                         ; preds = %c.header8
  %227 = load float, float* %14, align 4
  %228 = mul i64 %25, 512
  %229 = add i64 %28, 0
  %230 = add i64 %228, %229
  %231 = mul i64 %230, 7
  %232 = add i64 %231, %22
  %233 = mul i64 %232, 7
  %234 = add i64 %233, %xs
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = load float, float* %235, align 4
  %237 = fadd float %227, %236
  %238 = fcmp ogt float %237, 0.000000e+00
  %239 = select i1 %238, float %237, float 0.000000e+00
  %240 = mul i64 %25, 512
  %241 = add i64 %28, 0
  %242 = add i64 %240, %241
  %243 = mul i64 %242, 7
  %244 = add i64 %243, %22
  %245 = mul i64 %244, 7
  %246 = add i64 %245, %xs
  %247 = getelementptr inbounds float, float* %0, i64 %246
  store float %239, float* %247, align 4
  %248 = load float, float* %13, align 4
  %249 = mul i64 %25, 512
  %250 = add i64 %28, 1
  %251 = add i64 %249, %250
  %252 = mul i64 %251, 7
  %253 = add i64 %252, %22
  %254 = mul i64 %253, 7
  %255 = add i64 %254, %xs
  %256 = getelementptr inbounds float, float* %2, i64 %255
  %257 = load float, float* %256, align 4
  %258 = fadd float %248, %257
  %259 = fcmp ogt float %258, 0.000000e+00
  %260 = select i1 %259, float %258, float 0.000000e+00
  %261 = mul i64 %25, 512
  %262 = add i64 %28, 1
  %263 = add i64 %261, %262
  %264 = mul i64 %263, 7
  %265 = add i64 %264, %22
  %266 = mul i64 %265, 7
  %267 = add i64 %266, %xs
  %268 = getelementptr inbounds float, float* %0, i64 %267
  store float %260, float* %268, align 4
  %269 = load float, float* %12, align 4
  %270 = mul i64 %25, 512
  %271 = add i64 %28, 2
  %272 = add i64 %270, %271
  %273 = mul i64 %272, 7
  %274 = add i64 %273, %22
  %275 = mul i64 %274, 7
  %276 = add i64 %275, %xs
  %277 = getelementptr inbounds float, float* %2, i64 %276
  %278 = load float, float* %277, align 4
  %279 = fadd float %269, %278
  %280 = fcmp ogt float %279, 0.000000e+00
  %281 = select i1 %280, float %279, float 0.000000e+00
  %282 = mul i64 %25, 512
  %283 = add i64 %28, 2
  %284 = add i64 %282, %283
  %285 = mul i64 %284, 7
  %286 = add i64 %285, %22
  %287 = mul i64 %286, 7
  %288 = add i64 %287, %xs
  %289 = getelementptr inbounds float, float* %0, i64 %288
  store float %281, float* %289, align 4
  %290 = load float, float* %11, align 4
  %291 = mul i64 %25, 512
  %292 = add i64 %28, 3
  %293 = add i64 %291, %292
  %294 = mul i64 %293, 7
  %295 = add i64 %294, %22
  %296 = mul i64 %295, 7
  %297 = add i64 %296, %xs
  %298 = getelementptr inbounds float, float* %2, i64 %297
  %299 = load float, float* %298, align 4
  %300 = fadd float %290, %299
  %301 = fcmp ogt float %300, 0.000000e+00
  %302 = select i1 %301, float %300, float 0.000000e+00
  %303 = mul i64 %25, 512
  %304 = add i64 %28, 3
  %305 = add i64 %303, %304
  %306 = mul i64 %305, 7
  %307 = add i64 %306, %22
  %308 = mul i64 %307, 7
  %309 = add i64 %308, %xs
  %310 = getelementptr inbounds float, float* %0, i64 %309
  store float %302, float* %310, align 4
  %xs.next = add i64 %xs, 1
  br label %xs.header

i.header12:                                       ; preds = %endif17, %c.body9
  %i15 = phi i64 [ 0, %c.body9 ], [ %i.next23, %endif17 ]
  %311 = icmp slt i64 %i15, 3
  br i1 %311, label %i.body13, label %i.exit14

i.body13:                                         ; preds = %i.header12
  %312 = mul i64 %i15, 1
  %313 = add i64 %34, %312
  %314 = icmp sge i64 %313, 0
  %315 = icmp slt i64 %313, 7
  %316 = and i1 %314, %315
  br i1 %316, label %then16, label %endif17

i.exit14:                                         ; preds = %i.header12
  %c.next24 = add i64 %c11, 1
  br label %c.header8

then16:                                           ; preds = %i.body13
  %317 = mul i64 %313, 7
  %318 = add i64 %226, %317
  br label %j.header18

endif17:                                          ; preds = %j.exit20, %i.body13
  %i.next23 = add i64 %i15, 1
  br label %i.header12

j.header18:                                       ; preds = %j.body19, %then16
  %j21 = phi i64 [ 0, %then16 ], [ %j.next22, %j.body19 ]
  %319 = icmp slt i64 %j21, 3
  br i1 %319, label %j.body19, label %j.exit20

j.body19:                                         ; preds = %j.header18
  %320 = mul i64 %xs, 1
  %321 = mul i64 %j21, 1
  %322 = add i64 %320, %321
  %323 = sub i64 %322, 1
  %324 = icmp sge i64 %323, 0
  %325 = icmp slt i64 %323, 7
  %326 = and i1 %324, %325
  %327 = icmp sgt i64 %323, 0
  %328 = select i1 %327, i64 %323, i64 0
  %329 = icmp slt i64 %328, 6
  %330 = select i1 %329, i64 %328, i64 6
  %331 = add i64 %318, %330
  %332 = getelementptr inbounds float, float* %1, i64 %331
  %333 = load float, float* %332, align 4
  %334 = select i1 %326, float %333, float 0.000000e+00
  %335 = mul i64 %i15, 3
  %336 = add i64 %335, %j21
  %337 = add i64 %28, 0
  %338 = mul i64 %337, 512
  %339 = add i64 %338, %c11
  %340 = mul i64 %339, 9
  %341 = add i64 %340, %336
  %342 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %341
  %343 = load float, float* %342, align 4
  %344 = load float, float* %14, align 4
  %345 = call float @llvm.fma.f32(float %343, float %334, float %344)
  store float %345, float* %14, align 4
  %346 = mul i64 %i15, 3
  %347 = add i64 %346, %j21
  %348 = add i64 %28, 1
  %349 = mul i64 %348, 512
  %350 = add i64 %349, %c11
  %351 = mul i64 %350, 9
  %352 = add i64 %351, %347
  %353 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %352
  %354 = load float, float* %353, align 4
  %355 = load float, float* %13, align 4
  %356 = call float @llvm.fma.f32(float %354, float %334, float %355)
  store float %356, float* %13, align 4
  %357 = mul i64 %i15, 3
  %358 = add i64 %357, %j21
  %359 = add i64 %28, 2
  %360 = mul i64 %359, 512
  %361 = add i64 %360, %c11
  %362 = mul i64 %361, 9
  %363 = add i64 %362, %358
  %364 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %363
  %365 = load float, float* %364, align 4
  %366 = load float, float* %12, align 4
  %367 = call float @llvm.fma.f32(float %365, float %334, float %366)
  store float %367, float* %12, align 4
  %368 = mul i64 %i15, 3
  %369 = add i64 %368, %j21
  %370 = add i64 %28, 3
  %371 = mul i64 %370, 512
  %372 = add i64 %371, %c11
  %373 = mul i64 %372, 9
  %374 = add i64 %373, %369
  %375 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %374
  %376 = load float, float* %375, align 4
  %377 = load float, float* %11, align 4
  %378 = call float @llvm.fma.f32(float %376, float %334, float %377)
  store float %378, float* %11, align 4
  %j.next22 = add i64 %j21, 1
  br label %j.header18

j.exit20:                                         ; preds = %j.header18
  br label %endif17

xs.header25:                                      ; preds = %c.exit31, %xs.exit
  %xs28 = phi i64 [ 6, %xs.exit ], [ %xs.next46, %c.exit31 ]
  %379 = icmp slt i64 %xs28, 7
  br i1 %379, label %xs.body26, label %xs.exit27

xs.body26:                                        ; preds = %xs.header25
  %380 = add i64 %28, 0
  %381 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %380
  %382 = load float, float* %381, align 4
  store float %382, float* %10, align 4
  %383 = add i64 %28, 1
  %384 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %383
  %385 = load float, float* %384, align 4
  store float %385, float* %9, align 4
  %386 = add i64 %28, 2
  %387 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %386
  %388 = load float, float* %387, align 4
  store float %388, float* %8, align 4
  %389 = add i64 %28, 3
  %390 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_20.bias to float*), i64 %389
  %391 = load float, float* %390, align 4
  store float %391, float* %7, align 4
  br label %c.header29

xs.exit27:                                        ; preds = %xs.header25
  %task.next = add i64 %task, 1
  br label %task.header

c.header29:                                       ; preds = %i.exit35, %xs.body26
  %c32 = phi i64 [ 0, %xs.body26 ], [ %c.next45, %i.exit35 ]
  %392 = icmp slt i64 %c32, 512
  br i1 %392, label %c.body30, label %c.exit31

c.body30:                                         ; preds = %c.header29
  %393 = mul i64 %c32, 49
  %394 = add i64 %32, %393
  br label %i.header33

c.exit31:                                         ; preds = %c.header29
  %395 = load float, float* %10, align 4
  %396 = mul i64 %25, 512
  %397 = add i64 %28, 0
  %398 = add i64 %396, %397
  %399 = mul i64 %398, 7
  %400 = add i64 %399, %22
  %401 = mul i64 %400, 7
  %402 = add i64 %401, %xs28
  %403 = getelementptr inbounds float, float* %2, i64 %402
  %404 = load float, float* %403, align 4
  %405 = fadd float %395, %404
  %406 = fcmp ogt float %405, 0.000000e+00
  %407 = select i1 %406, float %405, float 0.000000e+00
  %408 = mul i64 %25, 512
  %409 = add i64 %28, 0
  %410 = add i64 %408, %409
  %411 = mul i64 %410, 7
  %412 = add i64 %411, %22
  %413 = mul i64 %412, 7
  %414 = add i64 %413, %xs28
  %415 = getelementptr inbounds float, float* %0, i64 %414
  store float %407, float* %415, align 4
  %416 = load float, float* %9, align 4
  %417 = mul i64 %25, 512
  %418 = add i64 %28, 1
  %419 = add i64 %417, %418
  %420 = mul i64 %419, 7
  %421 = add i64 %420, %22
  %422 = mul i64 %421, 7
  %423 = add i64 %422, %xs28
  %424 = getelementptr inbounds float, float* %2, i64 %423
  %425 = load float, float* %424, align 4
  %426 = fadd float %416, %425
  %427 = fcmp ogt float %426, 0.000000e+00
  %428 = select i1 %427, float %426, float 0.000000e+00
  %429 = mul i64 %25, 512
  %430 = add i64 %28, 1
  %431 = add i64 %429, %430
  %432 = mul i64 %431, 7
  %433 = add i64 %432, %22
  %434 = mul i64 %433, 7
  %435 = add i64 %434, %xs28
  %436 = getelementptr inbounds float, float* %0, i64 %435
  store float %428, float* %436, align 4
  %437 = load float, float* %8, align 4
  %438 = mul i64 %25, 512
  %439 = add i64 %28, 2
  %440 = add i64 %438, %439
  %441 = mul i64 %440, 7
  %442 = add i64 %441, %22
  %443 = mul i64 %442, 7
  %444 = add i64 %443, %xs28
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = load float, float* %445, align 4
  %447 = fadd float %437, %446
  %448 = fcmp ogt float %447, 0.000000e+00
  %449 = select i1 %448, float %447, float 0.000000e+00
  %450 = mul i64 %25, 512
  %451 = add i64 %28, 2
  %452 = add i64 %450, %451
  %453 = mul i64 %452, 7
  %454 = add i64 %453, %22
  %455 = mul i64 %454, 7
  %456 = add i64 %455, %xs28
  %457 = getelementptr inbounds float, float* %0, i64 %456
  store float %449, float* %457, align 4
  %458 = load float, float* %7, align 4
  %459 = mul i64 %25, 512
  %460 = add i64 %28, 3
  %461 = add i64 %459, %460
  %462 = mul i64 %461, 7
  %463 = add i64 %462, %22
  %464 = mul i64 %463, 7
  %465 = add i64 %464, %xs28
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = load float, float* %466, align 4
  %468 = fadd float %458, %467
  %469 = fcmp ogt float %468, 0.000000e+00
  %470 = select i1 %469, float %468, float 0.000000e+00
  %471 = mul i64 %25, 512
  %472 = add i64 %28, 3
  %473 = add i64 %471, %472
  %474 = mul i64 %473, 7
  %475 = add i64 %474, %22
  %476 = mul i64 %475, 7
  %477 = add i64 %476, %xs28
  %478 = getelementptr inbounds float, float* %0, i64 %477
  store float %470, float* %478, align 4
  %xs.next46 = add i64 %xs28, 1
  br label %xs.header25

i.header33:                                       ; preds = %endif38, %c.body30
  %i36 = phi i64 [ 0, %c.body30 ], [ %i.next44, %endif38 ]
  %479 = icmp slt i64 %i36, 3
  br i1 %479, label %i.body34, label %i.exit35

i.body34:                                         ; preds = %i.header33
  %480 = mul i64 %i36, 1
  %481 = add i64 %34, %480
  %482 = icmp sge i64 %481, 0
  %483 = icmp slt i64 %481, 7
  %484 = and i1 %482, %483
  br i1 %484, label %then37, label %endif38

i.exit35:                                         ; preds = %i.header33
  %c.next45 = add i64 %c32, 1
  br label %c.header29

then37:                                           ; preds = %i.body34
  %485 = mul i64 %481, 7
  %486 = add i64 %394, %485
  br label %j.header39

endif38:                                          ; preds = %j.exit41, %i.body34
  %i.next44 = add i64 %i36, 1
  br label %i.header33

j.header39:                                       ; preds = %j.body40, %then37
  %j42 = phi i64 [ 0, %then37 ], [ %j.next43, %j.body40 ]
  %487 = icmp slt i64 %j42, 3
  br i1 %487, label %j.body40, label %j.exit41

j.body40:                                         ; preds = %j.header39
  %488 = mul i64 %xs28, 1
  %489 = mul i64 %j42, 1
  %490 = add i64 %488, %489
  %491 = sub i64 %490, 1
  %492 = icmp sge i64 %491, 0
  %493 = icmp slt i64 %491, 7
  %494 = and i1 %492, %493
  %495 = icmp sgt i64 %491, 0
  %496 = select i1 %495, i64 %491, i64 0
  %497 = icmp slt i64 %496, 6
  %498 = select i1 %497, i64 %496, i64 6
  %499 = add i64 %486, %498
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = select i1 %494, float %501, float 0.000000e+00
  %503 = mul i64 %i36, 3
  %504 = add i64 %503, %j42
  %505 = add i64 %28, 0
  %506 = mul i64 %505, 512
  %507 = add i64 %506, %c32
  %508 = mul i64 %507, 9
  %509 = add i64 %508, %504
  %510 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %509
  %511 = load float, float* %510, align 4
  %512 = load float, float* %10, align 4
  %513 = call float @llvm.fma.f32(float %511, float %502, float %512)
  store float %513, float* %10, align 4
  %514 = mul i64 %i36, 3
  %515 = add i64 %514, %j42
  %516 = add i64 %28, 1
  %517 = mul i64 %516, 512
  %518 = add i64 %517, %c32
  %519 = mul i64 %518, 9
  %520 = add i64 %519, %515
  %521 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %520
  %522 = load float, float* %521, align 4
  %523 = load float, float* %9, align 4
  %524 = call float @llvm.fma.f32(float %522, float %502, float %523)
  store float %524, float* %9, align 4
  %525 = mul i64 %i36, 3
  %526 = add i64 %525, %j42
  %527 = add i64 %28, 2
  %528 = mul i64 %527, 512
  %529 = add i64 %528, %c32
  %530 = mul i64 %529, 9
  %531 = add i64 %530, %526
  %532 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %531
  %533 = load float, float* %532, align 4
  %534 = load float, float* %8, align 4
  %535 = call float @llvm.fma.f32(float %533, float %502, float %534)
  store float %535, float* %8, align 4
  %536 = mul i64 %i36, 3
  %537 = add i64 %536, %j42
  %538 = add i64 %28, 3
  %539 = mul i64 %538, 512
  %540 = add i64 %539, %c32
  %541 = mul i64 %540, 9
  %542 = add i64 %541, %537
  %543 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_20.weight to float*), i64 %542
  %544 = load float, float* %543, align 4
  %545 = load float, float* %7, align 4
  %546 = call float @llvm.fma.f32(float %544, float %502, float %545)
  store float %546, float* %7, align 4
  %j.next43 = add i64 %j42, 1
  br label %j.header39

j.exit41:                                         ; preds = %j.header39
  br label %endif38
}

; Function Attrs: nounwind
define internal void @node20.conv2d_20.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
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
  %22 = add i64 896, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 896
  %26 = select i1 %25, i64 %24, i64 896
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  call void @node20.conv2d_20.step0.body(float* %4, float* %7, float* %10, float* %13, i32* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node21.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node21.globalAvgPool2d_1.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node21.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node23.fc.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node23.fc.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node23.fc.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node24.fc.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node24.fc.softmax.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node24.fc.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %fresh = call i8* @malloc(i64 4014143)
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
  call void @GOMP_parallel(void (i8*)* @node1.maxPool2d_1.step0, i8* %30, i32 0, i32 0)
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
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step0, i8* %37, i32 0, i32 0)
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %39 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %40 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %41 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %38, i8** %41, align 8
  %42 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %39, i8** %42, align 8
  %43 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %40, i8** %43, align 8
  %44 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %44, align 8
  %45 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %45, align 8
  %46 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step0, i8* %46, i32 0, i32 0)
  %47 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %48 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %49 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %47, i8** %49, align 8
  %50 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %48, i8** %50, align 8
  %51 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %51, align 8
  %52 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %52, align 8
  %53 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step0, i8* %53, i32 0, i32 0)
  %54 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %55 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %56 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %57 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %54, i8** %57, align 8
  %58 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %55, i8** %58, align 8
  %59 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %56, i8** %59, align 8
  %60 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %60, align 8
  %61 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %61, align 8
  %62 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_5.step0, i8* %62, i32 0, i32 0)
  %63 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %64 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %65 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %67, align 8
  %68 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %68, align 8
  %69 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_6.step0, i8* %69, i32 0, i32 0)
  %70 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %71 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %72 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %70, i8** %72, align 8
  %73 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %71, i8** %73, align 8
  %74 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %74, align 8
  %75 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %75, align 8
  %76 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_7.step0, i8* %76, i32 0, i32 0)
  %77 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %78 = getelementptr inbounds i8, i8* %workspace7, i64 3211264
  %79 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %80 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %77, i8** %80, align 8
  %81 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %78, i8** %81, align 8
  %82 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %79, i8** %82, align 8
  %83 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %83, align 8
  %84 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %84, align 8
  %85 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_8.step0, i8* %85, i32 0, i32 0)
  %86 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %88 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %86, i8** %88, align 8
  %89 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %90, align 8
  %91 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %91, align 8
  %92 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.conv2d_9.step0, i8* %92, i32 0, i32 0)
  %93 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %94 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %95 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %96 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %93, i8** %96, align 8
  %97 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %94, i8** %97, align 8
  %98 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %95, i8** %98, align 8
  %99 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %99, align 8
  %100 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %100, align 8
  %101 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_10.step0, i8* %101, i32 0, i32 0)
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %103 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %104 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %103, i8** %105, align 8
  %106 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %106, align 8
  %107 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %107, align 8
  %108 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_11.step0, i8* %108, i32 0, i32 0)
  %109 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %110 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %111 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %109, i8** %111, align 8
  %112 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %110, i8** %112, align 8
  %113 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %113, align 8
  %114 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %114, align 8
  %115 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_12.step0, i8* %115, i32 0, i32 0)
  %116 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %117 = getelementptr inbounds i8, i8* %workspace7, i64 401408
  %118 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %119 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %116, i8** %119, align 8
  %120 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %117, i8** %120, align 8
  %121 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %118, i8** %121, align 8
  %122 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %122, align 8
  %123 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %123, align 8
  %124 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node13.conv2d_13.step0, i8* %124, i32 0, i32 0)
  %125 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %126 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %127 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %125, i8** %127, align 8
  %128 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %126, i8** %128, align 8
  %129 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %129, align 8
  %130 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %130, align 8
  %131 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_14.step0, i8* %131, i32 0, i32 0)
  %132 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %133 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %134 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %135 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %132, i8** %135, align 8
  %136 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %133, i8** %136, align 8
  %137 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %134, i8** %137, align 8
  %138 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %138, align 8
  %139 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %139, align 8
  %140 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node15.conv2d_15.step0, i8* %140, i32 0, i32 0)
  %141 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %142 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %143 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %141, i8** %143, align 8
  %144 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %142, i8** %144, align 8
  %145 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %145, align 8
  %146 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %146, align 8
  %147 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node16.conv2d_16.step0, i8* %147, i32 0, i32 0)
  %148 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %149 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %150 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %148, i8** %150, align 8
  %151 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %149, i8** %151, align 8
  %152 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %152, align 8
  %153 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %153, align 8
  %154 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.conv2d_17.step0, i8* %154, i32 0, i32 0)
  %155 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %156 = getelementptr inbounds i8, i8* %workspace7, i64 200704
  %157 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %158 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %155, i8** %158, align 8
  %159 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %156, i8** %159, align 8
  %160 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %157, i8** %160, align 8
  %161 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %161, align 8
  %162 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %162, align 8
  %163 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node18.conv2d_18.step0, i8* %163, i32 0, i32 0)
  %164 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %165 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %166 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %164, i8** %166, align 8
  %167 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %165, i8** %167, align 8
  %168 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %168, align 8
  %169 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %169, align 8
  %170 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node19.conv2d_19.step0, i8* %170, i32 0, i32 0)
  %171 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %172 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %173 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %174 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %171, i8** %174, align 8
  %175 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %172, i8** %175, align 8
  %176 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* %173, i8** %176, align 8
  %177 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* null, i8** %177, align 8
  %178 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 4
  store i8* %17, i8** %178, align 8
  %179 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node20.conv2d_20.step0, i8* %179, i32 0, i32 0)
  %180 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %181 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %182 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %180, i8** %182, align 8
  %183 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %181, i8** %183, align 8
  %184 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %184, align 8
  %185 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %185, align 8
  %186 = bitcast [5 x i8*]* %args to i8*
  call void @node21.globalAvgPool2d_1.step0(i8* %186)
  %187 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %188 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %188, align 8
  %189 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %187, i8** %189, align 8
  %190 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %190, align 8
  %191 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %191, align 8
  %192 = bitcast [5 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node23.fc.step0, i8* %192, i32 0, i32 0)
  %193 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %193, align 8
  %194 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %194, align 8
  %195 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %195, align 8
  %196 = getelementptr inbounds [5 x i8*], [5 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %196, align 8
  %197 = bitcast [5 x i8*]* %args to i8*
  call void @node24.fc.softmax.step0(i8* %197)
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
  ret i64 4014143
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
