; nin: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'nin'
source_filename = "nin"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [139392 x i8], align 64
@weight.conv2d_1.bias = external constant [384 x i8], align 64
@weight.conv2d_2.packed = external constant [36864 x i8], align 64
@weight.conv2d_2.bias = external constant [384 x i8], align 64
@weight.conv2d_3.packed = external constant [36864 x i8], align 64
@weight.conv2d_3.bias = external constant [384 x i8], align 64
@weight.conv2d_4.packed = external constant [2457600 x i8], align 64
@weight.conv2d_4.bias = external constant [1024 x i8], align 64
@weight.conv2d_5.packed = external constant [262144 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.packed = external constant [262144 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.winograd = external constant [14155776 x i8], align 64
@weight.conv2d_7.bias = external constant [1536 x i8], align 64
@weight.conv2d_8.packed = external constant [589824 x i8], align 64
@weight.conv2d_8.bias = external constant [1536 x i8], align 64
@weight.conv2d_9.packed = external constant [589824 x i8], align 64
@weight.conv2d_9.bias = external constant [1536 x i8], align 64
@weight.conv2d_10.winograd = external constant [24576000 x i8], align 64
@weight.conv2d_10.bias = external constant [4000 x i8], align 64
@weight.conv2d_11.packed = external constant [4000000 x i8], align 64
@weight.conv2d_11.bias = external constant [4000 x i8], align 64
@weight.conv2d_12.packed = external constant [4000000 x i8], align 64
@weight.conv2d_12.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [4 x i8] c"nin\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([4 x i8], [4 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 2499135, i64 965572864 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i32 @omp_get_max_threads()

declare void @GOMP_barrier()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %20 = icmp slt i64 %task, %7
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 54
  %22 = sdiv i64 %task, 54
  %23 = srem i64 %22, 6
  %24 = sdiv i64 %task, 324
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %24, 1
  %27 = mul i64 %25, 12
  %28 = mul i64 %23, 2
  %29 = add i64 %27, %28
  %30 = mul i64 %21, 1
  %31 = mul i64 %30, 54
  %32 = mul i64 %21, 1
  %33 = mul i64 %25, 12
  %34 = mul i64 %23, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %26, 3
  %37 = mul i64 %25, 3
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 50176
  %40 = mul i64 %35, 2904
  %41 = mul i64 %32, 896
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %x.exit, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %x.exit ]
  %42 = icmp slt i64 %chunk, 3
  br i1 %42, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %kh.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %kh.exit ]
  %43 = icmp slt i64 %x, 54
  br i1 %43, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %44 = add i64 %31, %x
  %45 = mul i64 %26, 12
  %46 = add i64 %45, %29
  %47 = add i64 %46, 0
  %48 = mul i64 %47, 23328
  %49 = add i64 %44, 0
  %50 = mul i64 %49, 8
  %51 = add i64 %48, %50
  %52 = add i64 %44, 1
  %53 = mul i64 %52, 8
  %54 = add i64 %48, %53
  %55 = add i64 %44, 2
  %56 = mul i64 %55, 8
  %57 = add i64 %48, %56
  %58 = add i64 %44, 3
  %59 = mul i64 %58, 8
  %60 = add i64 %48, %59
  %61 = add i64 %44, 4
  %62 = mul i64 %61, 8
  %63 = add i64 %48, %62
  %64 = add i64 %44, 5
  %65 = mul i64 %64, 8
  %66 = add i64 %48, %65
  %67 = mul i64 %26, 12
  %68 = add i64 %67, %29
  %69 = add i64 %68, 1
  %70 = mul i64 %69, 23328
  %71 = add i64 %44, 0
  %72 = mul i64 %71, 8
  %73 = add i64 %70, %72
  %74 = add i64 %44, 1
  %75 = mul i64 %74, 8
  %76 = add i64 %70, %75
  %77 = add i64 %44, 2
  %78 = mul i64 %77, 8
  %79 = add i64 %70, %78
  %80 = add i64 %44, 3
  %81 = mul i64 %80, 8
  %82 = add i64 %70, %81
  %83 = add i64 %44, 4
  %84 = mul i64 %83, 8
  %85 = add i64 %70, %84
  %86 = add i64 %44, 5
  %87 = mul i64 %86, 8
  %88 = add i64 %70, %87
  %89 = add i64 %35, 0
  %90 = mul i64 %89, 8
  %91 = getelementptr inbounds float, float* %5, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %35, 1
  %95 = mul i64 %94, 8
  %96 = getelementptr inbounds float, float* %5, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = icmp eq i64 %chunk, 0
  %100 = getelementptr inbounds float, float* %0, i64 %51
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = select i1 %99, <8 x float> %93, <8 x float> %102
  store <8 x float> %103, <8 x float>* %19, align 32
  %104 = getelementptr inbounds float, float* %0, i64 %54
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = select i1 %99, <8 x float> %93, <8 x float> %106
  store <8 x float> %107, <8 x float>* %18, align 32
  %108 = getelementptr inbounds float, float* %0, i64 %57
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = select i1 %99, <8 x float> %93, <8 x float> %110
  store <8 x float> %111, <8 x float>* %17, align 32
  %112 = getelementptr inbounds float, float* %0, i64 %60
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = select i1 %99, <8 x float> %93, <8 x float> %114
  store <8 x float> %115, <8 x float>* %16, align 32
  %116 = getelementptr inbounds float, float* %0, i64 %63
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = select i1 %99, <8 x float> %93, <8 x float> %118
  store <8 x float> %119, <8 x float>* %15, align 32
  %120 = getelementptr inbounds float, float* %0, i64 %66
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = select i1 %99, <8 x float> %93, <8 x float> %122
  store <8 x float> %123, <8 x float>* %14, align 32
  %124 = getelementptr inbounds float, float* %0, i64 %73
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = select i1 %99, <8 x float> %98, <8 x float> %126
  store <8 x float> %127, <8 x float>* %13, align 32
  %128 = getelementptr inbounds float, float* %0, i64 %76
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = select i1 %99, <8 x float> %98, <8 x float> %130
  store <8 x float> %131, <8 x float>* %12, align 32
  %132 = getelementptr inbounds float, float* %0, i64 %79
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = select i1 %99, <8 x float> %98, <8 x float> %134
  store <8 x float> %135, <8 x float>* %11, align 32
  %136 = getelementptr inbounds float, float* %0, i64 %82
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = select i1 %99, <8 x float> %98, <8 x float> %138
  store <8 x float> %139, <8 x float>* %10, align 32
  %140 = getelementptr inbounds float, float* %0, i64 %85
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = select i1 %99, <8 x float> %98, <8 x float> %142
  store <8 x float> %143, <8 x float>* %9, align 32
  %144 = getelementptr inbounds float, float* %0, i64 %88
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = select i1 %99, <8 x float> %98, <8 x float> %146
  store <8 x float> %147, <8 x float>* %8, align 32
  %148 = mul i64 %x, 4
  %149 = add i64 %41, %148
  %150 = add i64 %39, %149
  %151 = mul i64 %chunk, 1
  %152 = add i64 %151, 0
  %153 = mul i64 %152, 50176
  %154 = add i64 %150, %153
  %155 = mul i64 %152, 968
  %156 = add i64 %40, %155
  br label %kh.header

x.exit:                                           ; preds = %x.header
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !0

kh.header:                                        ; preds = %kw.exit, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %kw.exit ]
  %157 = icmp slt i64 %kh, 11
  br i1 %157, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %158 = mul i64 %kh, 224
  %159 = add i64 %154, %158
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %160 = icmp eq i64 %chunk, 2
  %161 = load <8 x float>, <8 x float>* %19, align 32
  %162 = fcmp olt <8 x float> %161, zeroinitializer
  %163 = select <8 x i1> %162, <8 x float> zeroinitializer, <8 x float> %161
  %164 = select i1 %160, <8 x float> %163, <8 x float> %161
  %165 = getelementptr inbounds float, float* %0, i64 %51
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %164, <8 x float>* %166, align 4
  %167 = load <8 x float>, <8 x float>* %18, align 32
  %168 = fcmp olt <8 x float> %167, zeroinitializer
  %169 = select <8 x i1> %168, <8 x float> zeroinitializer, <8 x float> %167
  %170 = select i1 %160, <8 x float> %169, <8 x float> %167
  %171 = getelementptr inbounds float, float* %0, i64 %54
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %170, <8 x float>* %172, align 4
  %173 = load <8 x float>, <8 x float>* %17, align 32
  %174 = fcmp olt <8 x float> %173, zeroinitializer
  %175 = select <8 x i1> %174, <8 x float> zeroinitializer, <8 x float> %173
  %176 = select i1 %160, <8 x float> %175, <8 x float> %173
  %177 = getelementptr inbounds float, float* %0, i64 %57
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = select i1 %160, <8 x float> %181, <8 x float> %179
  %183 = getelementptr inbounds float, float* %0, i64 %60
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %182, <8 x float>* %184, align 4
  %185 = load <8 x float>, <8 x float>* %15, align 32
  %186 = fcmp olt <8 x float> %185, zeroinitializer
  %187 = select <8 x i1> %186, <8 x float> zeroinitializer, <8 x float> %185
  %188 = select i1 %160, <8 x float> %187, <8 x float> %185
  %189 = getelementptr inbounds float, float* %0, i64 %63
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %188, <8 x float>* %190, align 4
  %191 = load <8 x float>, <8 x float>* %14, align 32
  %192 = fcmp olt <8 x float> %191, zeroinitializer
  %193 = select <8 x i1> %192, <8 x float> zeroinitializer, <8 x float> %191
  %194 = select i1 %160, <8 x float> %193, <8 x float> %191
  %195 = getelementptr inbounds float, float* %0, i64 %66
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %194, <8 x float>* %196, align 4
  %197 = load <8 x float>, <8 x float>* %13, align 32
  %198 = fcmp olt <8 x float> %197, zeroinitializer
  %199 = select <8 x i1> %198, <8 x float> zeroinitializer, <8 x float> %197
  %200 = select i1 %160, <8 x float> %199, <8 x float> %197
  %201 = getelementptr inbounds float, float* %0, i64 %73
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %200, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %12, align 32
  %204 = fcmp olt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> zeroinitializer, <8 x float> %203
  %206 = select i1 %160, <8 x float> %205, <8 x float> %203
  %207 = getelementptr inbounds float, float* %0, i64 %76
  %208 = bitcast float* %207 to <8 x float>*
  store <8 x float> %206, <8 x float>* %208, align 4
  %209 = load <8 x float>, <8 x float>* %11, align 32
  %210 = fcmp olt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> zeroinitializer, <8 x float> %209
  %212 = select i1 %160, <8 x float> %211, <8 x float> %209
  %213 = getelementptr inbounds float, float* %0, i64 %79
  %214 = bitcast float* %213 to <8 x float>*
  store <8 x float> %212, <8 x float>* %214, align 4
  %215 = load <8 x float>, <8 x float>* %10, align 32
  %216 = fcmp olt <8 x float> %215, zeroinitializer
  %217 = select <8 x i1> %216, <8 x float> zeroinitializer, <8 x float> %215
  %218 = select i1 %160, <8 x float> %217, <8 x float> %215
  %219 = getelementptr inbounds float, float* %0, i64 %82
  %220 = bitcast float* %219 to <8 x float>*
  store <8 x float> %218, <8 x float>* %220, align 4
  %221 = load <8 x float>, <8 x float>* %9, align 32
  %222 = fcmp olt <8 x float> %221, zeroinitializer
  %223 = select <8 x i1> %222, <8 x float> zeroinitializer, <8 x float> %221
  %224 = select i1 %160, <8 x float> %223, <8 x float> %221
  %225 = getelementptr inbounds float, float* %0, i64 %85
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %224, <8 x float>* %226, align 4
  %227 = load <8 x float>, <8 x float>* %8, align 32
  %228 = fcmp olt <8 x float> %227, zeroinitializer
  %229 = select <8 x i1> %228, <8 x float> zeroinitializer, <8 x float> %227
  %230 = select i1 %160, <8 x float> %229, <8 x float> %227
  %231 = getelementptr inbounds float, float* %0, i64 %88
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %230, <8 x float>* %232, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %233 = icmp slt i64 %kw, 11
  br i1 %233, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %234 = mul i64 %kw, 1
  %235 = add i64 %159, %234
  %236 = mul i64 %kh, 11
  %237 = add i64 %236, %kw
  %238 = mul i64 %237, 8
  %239 = add i64 %156, %238
  %240 = add i64 %239, 0
  %241 = getelementptr inbounds float, float* %4, i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  %243 = load <8 x float>, <8 x float>* %242, align 4
  %244 = add i64 %239, 2904
  %245 = getelementptr inbounds float, float* %4, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  %247 = load <8 x float>, <8 x float>* %246, align 4
  %248 = add i64 %235, 0
  %249 = getelementptr inbounds float, float* %1, i64 %248
  %250 = load float, float* %249, align 4
  %251 = insertelement <8 x float> undef, float %250, i32 0
  %splat = shufflevector <8 x float> %251, <8 x float> undef, <8 x i32> zeroinitializer
  %252 = load <8 x float>, <8 x float>* %19, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %243, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %19, align 32
  %254 = load <8 x float>, <8 x float>* %13, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %247, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %13, align 32
  %256 = add i64 %235, 4
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat1 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %18, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %243, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %18, align 32
  %262 = load <8 x float>, <8 x float>* %12, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %247, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %12, align 32
  %264 = add i64 %235, 8
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat2 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %17, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %243, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %17, align 32
  %270 = load <8 x float>, <8 x float>* %11, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %247, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %11, align 32
  %272 = add i64 %235, 12
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat3 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %16, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %243, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %16, align 32
  %278 = load <8 x float>, <8 x float>* %10, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %247, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %10, align 32
  %280 = add i64 %235, 16
  %281 = getelementptr inbounds float, float* %1, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat4 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %15, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %243, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %15, align 32
  %286 = load <8 x float>, <8 x float>* %9, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %247, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %9, align 32
  %288 = add i64 %235, 20
  %289 = getelementptr inbounds float, float* %1, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat5 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %14, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %243, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %14, align 32
  %294 = load <8 x float>, <8 x float>* %8, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %247, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %8, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !2

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: noinline nounwind
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
  %25 = add i64 324, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 324
  %29 = select i1 %28, i64 %27, i64 324
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 324
  %32 = select i1 %31, i64 %30, i64 324
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %x.exit ]
  %20 = icmp slt i64 %task, %7
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 6
  %22 = sdiv i64 %task, 6
  %23 = srem i64 %22, 27
  %24 = sdiv i64 %task, 162
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %24, 1
  %27 = mul i64 %25, 12
  %28 = mul i64 %21, 2
  %29 = add i64 %27, %28
  %30 = mul i64 %23, 1
  %31 = mul i64 %30, 108
  %32 = mul i64 %23, 1
  %33 = mul i64 %25, 12
  %34 = mul i64 %21, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %26, 12
  %37 = mul i64 %25, 12
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 23328
  %40 = mul i64 %35, 768
  %41 = mul i64 %32, 864
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 108
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %31, %x
  %44 = mul i64 %26, 12
  %45 = add i64 %44, %29
  %46 = add i64 %45, 0
  %47 = mul i64 %46, 23328
  %48 = add i64 %43, 0
  %49 = mul i64 %48, 8
  %50 = add i64 %47, %49
  %51 = add i64 %43, 1
  %52 = mul i64 %51, 8
  %53 = add i64 %47, %52
  %54 = add i64 %43, 2
  %55 = mul i64 %54, 8
  %56 = add i64 %47, %55
  %57 = add i64 %43, 3
  %58 = mul i64 %57, 8
  %59 = add i64 %47, %58
  %60 = add i64 %43, 4
  %61 = mul i64 %60, 8
  %62 = add i64 %47, %61
  %63 = add i64 %43, 5
  %64 = mul i64 %63, 8
  %65 = add i64 %47, %64
  %66 = mul i64 %26, 12
  %67 = add i64 %66, %29
  %68 = add i64 %67, 1
  %69 = mul i64 %68, 23328
  %70 = add i64 %43, 0
  %71 = mul i64 %70, 8
  %72 = add i64 %69, %71
  %73 = add i64 %43, 1
  %74 = mul i64 %73, 8
  %75 = add i64 %69, %74
  %76 = add i64 %43, 2
  %77 = mul i64 %76, 8
  %78 = add i64 %69, %77
  %79 = add i64 %43, 3
  %80 = mul i64 %79, 8
  %81 = add i64 %69, %80
  %82 = add i64 %43, 4
  %83 = mul i64 %82, 8
  %84 = add i64 %69, %83
  %85 = add i64 %43, 5
  %86 = mul i64 %85, 8
  %87 = add i64 %69, %86
  %88 = add i64 %35, 0
  %89 = mul i64 %88, 8
  %90 = getelementptr inbounds float, float* %5, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %35, 1
  %94 = mul i64 %93, 8
  %95 = getelementptr inbounds float, float* %5, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  store <8 x float> %92, <8 x float>* %19, align 32
  store <8 x float> %92, <8 x float>* %18, align 32
  store <8 x float> %92, <8 x float>* %17, align 32
  store <8 x float> %92, <8 x float>* %16, align 32
  store <8 x float> %92, <8 x float>* %15, align 32
  store <8 x float> %92, <8 x float>* %14, align 32
  store <8 x float> %97, <8 x float>* %13, align 32
  store <8 x float> %97, <8 x float>* %12, align 32
  store <8 x float> %97, <8 x float>* %11, align 32
  store <8 x float> %97, <8 x float>* %10, align 32
  store <8 x float> %97, <8 x float>* %9, align 32
  store <8 x float> %97, <8 x float>* %8, align 32
  %98 = mul i64 %x, 8
  %99 = add i64 %41, %98
  %100 = add i64 %39, %99
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %101 = icmp slt i64 %u, 12
  br i1 %101, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %102 = add i64 0, %u
  %103 = mul i64 %102, 23328
  %104 = add i64 %100, %103
  %105 = mul i64 %102, 64
  %106 = add i64 %40, %105
  %107 = add i64 %104, 0
  %108 = add i64 %107, 0
  %109 = add i64 %106, 0
  %110 = add i64 %109, 0
  %111 = getelementptr inbounds float, float* %4, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %109, 768
  %115 = getelementptr inbounds float, float* %4, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %108, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = load float, float* %119, align 4
  %121 = insertelement <8 x float> undef, float %120, i32 0
  %splat = shufflevector <8 x float> %121, <8 x float> undef, <8 x i32> zeroinitializer
  %122 = load <8 x float>, <8 x float>* %19, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %113, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %19, align 32
  %124 = load <8 x float>, <8 x float>* %13, align 32
  %125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %117, <8 x float> %124)
  store <8 x float> %125, <8 x float>* %13, align 32
  %126 = add i64 %108, 8
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = load float, float* %127, align 4
  %129 = insertelement <8 x float> undef, float %128, i32 0
  %splat1 = shufflevector <8 x float> %129, <8 x float> undef, <8 x i32> zeroinitializer
  %130 = load <8 x float>, <8 x float>* %18, align 32
  %131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %113, <8 x float> %130)
  store <8 x float> %131, <8 x float>* %18, align 32
  %132 = load <8 x float>, <8 x float>* %12, align 32
  %133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %117, <8 x float> %132)
  store <8 x float> %133, <8 x float>* %12, align 32
  %134 = add i64 %108, 16
  %135 = getelementptr inbounds float, float* %1, i64 %134
  %136 = load float, float* %135, align 4
  %137 = insertelement <8 x float> undef, float %136, i32 0
  %splat2 = shufflevector <8 x float> %137, <8 x float> undef, <8 x i32> zeroinitializer
  %138 = load <8 x float>, <8 x float>* %17, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %113, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %17, align 32
  %140 = load <8 x float>, <8 x float>* %11, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %117, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %11, align 32
  %142 = add i64 %108, 24
  %143 = getelementptr inbounds float, float* %1, i64 %142
  %144 = load float, float* %143, align 4
  %145 = insertelement <8 x float> undef, float %144, i32 0
  %splat3 = shufflevector <8 x float> %145, <8 x float> undef, <8 x i32> zeroinitializer
  %146 = load <8 x float>, <8 x float>* %16, align 32
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %113, <8 x float> %146)
  store <8 x float> %147, <8 x float>* %16, align 32
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %117, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %10, align 32
  %150 = add i64 %108, 32
  %151 = getelementptr inbounds float, float* %1, i64 %150
  %152 = load float, float* %151, align 4
  %153 = insertelement <8 x float> undef, float %152, i32 0
  %splat4 = shufflevector <8 x float> %153, <8 x float> undef, <8 x i32> zeroinitializer
  %154 = load <8 x float>, <8 x float>* %15, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %113, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %15, align 32
  %156 = load <8 x float>, <8 x float>* %9, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %117, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %9, align 32
  %158 = add i64 %108, 40
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = load float, float* %159, align 4
  %161 = insertelement <8 x float> undef, float %160, i32 0
  %splat5 = shufflevector <8 x float> %161, <8 x float> undef, <8 x i32> zeroinitializer
  %162 = load <8 x float>, <8 x float>* %14, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %113, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %14, align 32
  %164 = load <8 x float>, <8 x float>* %8, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %117, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %8, align 32
  %166 = add i64 %109, 8
  %167 = getelementptr inbounds float, float* %4, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = add i64 %109, 776
  %171 = getelementptr inbounds float, float* %4, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %108, 1
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat6 = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %19, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %169, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %19, align 32
  %180 = load <8 x float>, <8 x float>* %13, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %173, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %13, align 32
  %182 = add i64 %108, 9
  %183 = getelementptr inbounds float, float* %1, i64 %182
  %184 = load float, float* %183, align 4
  %185 = insertelement <8 x float> undef, float %184, i32 0
  %splat7 = shufflevector <8 x float> %185, <8 x float> undef, <8 x i32> zeroinitializer
  %186 = load <8 x float>, <8 x float>* %18, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %169, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %18, align 32
  %188 = load <8 x float>, <8 x float>* %12, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %173, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %12, align 32
  %190 = add i64 %108, 17
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat8 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %17, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %169, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %17, align 32
  %196 = load <8 x float>, <8 x float>* %11, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %11, align 32
  %198 = add i64 %108, 25
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat9 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %16, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %169, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %16, align 32
  %204 = load <8 x float>, <8 x float>* %10, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %10, align 32
  %206 = add i64 %108, 33
  %207 = getelementptr inbounds float, float* %1, i64 %206
  %208 = load float, float* %207, align 4
  %209 = insertelement <8 x float> undef, float %208, i32 0
  %splat10 = shufflevector <8 x float> %209, <8 x float> undef, <8 x i32> zeroinitializer
  %210 = load <8 x float>, <8 x float>* %15, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %169, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %15, align 32
  %212 = load <8 x float>, <8 x float>* %9, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %9, align 32
  %214 = add i64 %108, 41
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat11 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %14, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %169, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %14, align 32
  %220 = load <8 x float>, <8 x float>* %8, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %8, align 32
  %222 = add i64 %109, 16
  %223 = getelementptr inbounds float, float* %4, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = add i64 %109, 784
  %227 = getelementptr inbounds float, float* %4, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = load <8 x float>, <8 x float>* %228, align 4
  %230 = add i64 %108, 2
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat12 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %19, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %225, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %19, align 32
  %236 = load <8 x float>, <8 x float>* %13, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %229, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %13, align 32
  %238 = add i64 %108, 10
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat13 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %18, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %225, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %18, align 32
  %244 = load <8 x float>, <8 x float>* %12, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %229, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %12, align 32
  %246 = add i64 %108, 18
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat14 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %17, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %225, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %17, align 32
  %252 = load <8 x float>, <8 x float>* %11, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %229, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %11, align 32
  %254 = add i64 %108, 26
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat15 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %16, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %225, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %16, align 32
  %260 = load <8 x float>, <8 x float>* %10, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %229, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %10, align 32
  %262 = add i64 %108, 34
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat16 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %15, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %225, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %15, align 32
  %268 = load <8 x float>, <8 x float>* %9, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %229, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %9, align 32
  %270 = add i64 %108, 42
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat17 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %14, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %225, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %14, align 32
  %276 = load <8 x float>, <8 x float>* %8, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %229, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %8, align 32
  %278 = add i64 %109, 24
  %279 = getelementptr inbounds float, float* %4, i64 %278
  %280 = bitcast float* %279 to <8 x float>*
  %281 = load <8 x float>, <8 x float>* %280, align 4
  %282 = add i64 %109, 792
  %283 = getelementptr inbounds float, float* %4, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  %285 = load <8 x float>, <8 x float>* %284, align 4
  %286 = add i64 %108, 3
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat18 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %19, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %281, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %19, align 32
  %292 = load <8 x float>, <8 x float>* %13, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %285, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %13, align 32
  %294 = add i64 %108, 11
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat19 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %18, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %281, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %18, align 32
  %300 = load <8 x float>, <8 x float>* %12, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %285, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %12, align 32
  %302 = add i64 %108, 19
  %303 = getelementptr inbounds float, float* %1, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat20 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %17, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %281, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %17, align 32
  %308 = load <8 x float>, <8 x float>* %11, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %285, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %11, align 32
  %310 = add i64 %108, 27
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat21 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %16, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %281, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %16, align 32
  %316 = load <8 x float>, <8 x float>* %10, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %285, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %10, align 32
  %318 = add i64 %108, 35
  %319 = getelementptr inbounds float, float* %1, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat22 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %15, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %281, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %15, align 32
  %324 = load <8 x float>, <8 x float>* %9, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %285, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %9, align 32
  %326 = add i64 %108, 43
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat23 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %14, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %281, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %14, align 32
  %332 = load <8 x float>, <8 x float>* %8, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %285, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %8, align 32
  %334 = add i64 %109, 32
  %335 = getelementptr inbounds float, float* %4, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  %337 = load <8 x float>, <8 x float>* %336, align 4
  %338 = add i64 %109, 800
  %339 = getelementptr inbounds float, float* %4, i64 %338
  %340 = bitcast float* %339 to <8 x float>*
  %341 = load <8 x float>, <8 x float>* %340, align 4
  %342 = add i64 %108, 4
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat24 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %19, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %337, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %19, align 32
  %348 = load <8 x float>, <8 x float>* %13, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %341, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %13, align 32
  %350 = add i64 %108, 12
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat25 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %18, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %337, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %18, align 32
  %356 = load <8 x float>, <8 x float>* %12, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %341, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %12, align 32
  %358 = add i64 %108, 20
  %359 = getelementptr inbounds float, float* %1, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat26 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %17, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %337, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %17, align 32
  %364 = load <8 x float>, <8 x float>* %11, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %341, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %11, align 32
  %366 = add i64 %108, 28
  %367 = getelementptr inbounds float, float* %1, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat27 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %16, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %337, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %16, align 32
  %372 = load <8 x float>, <8 x float>* %10, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %341, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %10, align 32
  %374 = add i64 %108, 36
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat28 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %15, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %337, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %15, align 32
  %380 = load <8 x float>, <8 x float>* %9, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %341, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %9, align 32
  %382 = add i64 %108, 44
  %383 = getelementptr inbounds float, float* %1, i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat29 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %14, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %337, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %14, align 32
  %388 = load <8 x float>, <8 x float>* %8, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %341, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %8, align 32
  %390 = add i64 %109, 40
  %391 = getelementptr inbounds float, float* %4, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  %393 = load <8 x float>, <8 x float>* %392, align 4
  %394 = add i64 %109, 808
  %395 = getelementptr inbounds float, float* %4, i64 %394
  %396 = bitcast float* %395 to <8 x float>*
  %397 = load <8 x float>, <8 x float>* %396, align 4
  %398 = add i64 %108, 5
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat30 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %19, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %393, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %19, align 32
  %404 = load <8 x float>, <8 x float>* %13, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %397, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %13, align 32
  %406 = add i64 %108, 13
  %407 = getelementptr inbounds float, float* %1, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat31 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %18, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %393, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %18, align 32
  %412 = load <8 x float>, <8 x float>* %12, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %397, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %12, align 32
  %414 = add i64 %108, 21
  %415 = getelementptr inbounds float, float* %1, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat32 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %17, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %393, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %17, align 32
  %420 = load <8 x float>, <8 x float>* %11, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %397, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %11, align 32
  %422 = add i64 %108, 29
  %423 = getelementptr inbounds float, float* %1, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat33 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %16, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %393, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %16, align 32
  %428 = load <8 x float>, <8 x float>* %10, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %397, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %10, align 32
  %430 = add i64 %108, 37
  %431 = getelementptr inbounds float, float* %1, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat34 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %15, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %393, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %15, align 32
  %436 = load <8 x float>, <8 x float>* %9, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %397, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %9, align 32
  %438 = add i64 %108, 45
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat35 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %14, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %393, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %14, align 32
  %444 = load <8 x float>, <8 x float>* %8, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %397, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %8, align 32
  %446 = add i64 %109, 48
  %447 = getelementptr inbounds float, float* %4, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  %449 = load <8 x float>, <8 x float>* %448, align 4
  %450 = add i64 %109, 816
  %451 = getelementptr inbounds float, float* %4, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  %453 = load <8 x float>, <8 x float>* %452, align 4
  %454 = add i64 %108, 6
  %455 = getelementptr inbounds float, float* %1, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat36 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %19, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %449, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %19, align 32
  %460 = load <8 x float>, <8 x float>* %13, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %453, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %13, align 32
  %462 = add i64 %108, 14
  %463 = getelementptr inbounds float, float* %1, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat37 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %18, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %449, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %18, align 32
  %468 = load <8 x float>, <8 x float>* %12, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %453, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %12, align 32
  %470 = add i64 %108, 22
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat38 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %17, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %449, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %17, align 32
  %476 = load <8 x float>, <8 x float>* %11, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %453, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %11, align 32
  %478 = add i64 %108, 30
  %479 = getelementptr inbounds float, float* %1, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat39 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %16, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %449, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %16, align 32
  %484 = load <8 x float>, <8 x float>* %10, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %453, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %10, align 32
  %486 = add i64 %108, 38
  %487 = getelementptr inbounds float, float* %1, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat40 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %15, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %449, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %15, align 32
  %492 = load <8 x float>, <8 x float>* %9, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %453, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %9, align 32
  %494 = add i64 %108, 46
  %495 = getelementptr inbounds float, float* %1, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat41 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %14, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %449, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %14, align 32
  %500 = load <8 x float>, <8 x float>* %8, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %453, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %8, align 32
  %502 = add i64 %109, 56
  %503 = getelementptr inbounds float, float* %4, i64 %502
  %504 = bitcast float* %503 to <8 x float>*
  %505 = load <8 x float>, <8 x float>* %504, align 4
  %506 = add i64 %109, 824
  %507 = getelementptr inbounds float, float* %4, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = add i64 %108, 7
  %511 = getelementptr inbounds float, float* %1, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat42 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %19, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %505, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %19, align 32
  %516 = load <8 x float>, <8 x float>* %13, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %509, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %13, align 32
  %518 = add i64 %108, 15
  %519 = getelementptr inbounds float, float* %1, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat43 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %18, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %505, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %18, align 32
  %524 = load <8 x float>, <8 x float>* %12, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %509, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %12, align 32
  %526 = add i64 %108, 23
  %527 = getelementptr inbounds float, float* %1, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat44 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %17, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %505, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %17, align 32
  %532 = load <8 x float>, <8 x float>* %11, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %509, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %11, align 32
  %534 = add i64 %108, 31
  %535 = getelementptr inbounds float, float* %1, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat45 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %16, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %505, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %16, align 32
  %540 = load <8 x float>, <8 x float>* %10, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %509, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %10, align 32
  %542 = add i64 %108, 39
  %543 = getelementptr inbounds float, float* %1, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat46 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %15, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %505, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %15, align 32
  %548 = load <8 x float>, <8 x float>* %9, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %509, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %9, align 32
  %550 = add i64 %108, 47
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat47 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %14, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %505, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %14, align 32
  %556 = load <8 x float>, <8 x float>* %8, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %509, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %8, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %558 = load <8 x float>, <8 x float>* %19, align 32
  %559 = fcmp olt <8 x float> %558, zeroinitializer
  %560 = select <8 x i1> %559, <8 x float> zeroinitializer, <8 x float> %558
  %561 = getelementptr inbounds float, float* %0, i64 %50
  %562 = bitcast float* %561 to <8 x float>*
  store <8 x float> %560, <8 x float>* %562, align 4
  %563 = load <8 x float>, <8 x float>* %18, align 32
  %564 = fcmp olt <8 x float> %563, zeroinitializer
  %565 = select <8 x i1> %564, <8 x float> zeroinitializer, <8 x float> %563
  %566 = getelementptr inbounds float, float* %0, i64 %53
  %567 = bitcast float* %566 to <8 x float>*
  store <8 x float> %565, <8 x float>* %567, align 4
  %568 = load <8 x float>, <8 x float>* %17, align 32
  %569 = fcmp olt <8 x float> %568, zeroinitializer
  %570 = select <8 x i1> %569, <8 x float> zeroinitializer, <8 x float> %568
  %571 = getelementptr inbounds float, float* %0, i64 %56
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %570, <8 x float>* %572, align 4
  %573 = load <8 x float>, <8 x float>* %16, align 32
  %574 = fcmp olt <8 x float> %573, zeroinitializer
  %575 = select <8 x i1> %574, <8 x float> zeroinitializer, <8 x float> %573
  %576 = getelementptr inbounds float, float* %0, i64 %59
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %575, <8 x float>* %577, align 4
  %578 = load <8 x float>, <8 x float>* %15, align 32
  %579 = fcmp olt <8 x float> %578, zeroinitializer
  %580 = select <8 x i1> %579, <8 x float> zeroinitializer, <8 x float> %578
  %581 = getelementptr inbounds float, float* %0, i64 %62
  %582 = bitcast float* %581 to <8 x float>*
  store <8 x float> %580, <8 x float>* %582, align 4
  %583 = load <8 x float>, <8 x float>* %14, align 32
  %584 = fcmp olt <8 x float> %583, zeroinitializer
  %585 = select <8 x i1> %584, <8 x float> zeroinitializer, <8 x float> %583
  %586 = getelementptr inbounds float, float* %0, i64 %65
  %587 = bitcast float* %586 to <8 x float>*
  store <8 x float> %585, <8 x float>* %587, align 4
  %588 = load <8 x float>, <8 x float>* %13, align 32
  %589 = fcmp olt <8 x float> %588, zeroinitializer
  %590 = select <8 x i1> %589, <8 x float> zeroinitializer, <8 x float> %588
  %591 = getelementptr inbounds float, float* %0, i64 %72
  %592 = bitcast float* %591 to <8 x float>*
  store <8 x float> %590, <8 x float>* %592, align 4
  %593 = load <8 x float>, <8 x float>* %12, align 32
  %594 = fcmp olt <8 x float> %593, zeroinitializer
  %595 = select <8 x i1> %594, <8 x float> zeroinitializer, <8 x float> %593
  %596 = getelementptr inbounds float, float* %0, i64 %75
  %597 = bitcast float* %596 to <8 x float>*
  store <8 x float> %595, <8 x float>* %597, align 4
  %598 = load <8 x float>, <8 x float>* %11, align 32
  %599 = fcmp olt <8 x float> %598, zeroinitializer
  %600 = select <8 x i1> %599, <8 x float> zeroinitializer, <8 x float> %598
  %601 = getelementptr inbounds float, float* %0, i64 %78
  %602 = bitcast float* %601 to <8 x float>*
  store <8 x float> %600, <8 x float>* %602, align 4
  %603 = load <8 x float>, <8 x float>* %10, align 32
  %604 = fcmp olt <8 x float> %603, zeroinitializer
  %605 = select <8 x i1> %604, <8 x float> zeroinitializer, <8 x float> %603
  %606 = getelementptr inbounds float, float* %0, i64 %81
  %607 = bitcast float* %606 to <8 x float>*
  store <8 x float> %605, <8 x float>* %607, align 4
  %608 = load <8 x float>, <8 x float>* %9, align 32
  %609 = fcmp olt <8 x float> %608, zeroinitializer
  %610 = select <8 x i1> %609, <8 x float> zeroinitializer, <8 x float> %608
  %611 = getelementptr inbounds float, float* %0, i64 %84
  %612 = bitcast float* %611 to <8 x float>*
  store <8 x float> %610, <8 x float>* %612, align 4
  %613 = load <8 x float>, <8 x float>* %8, align 32
  %614 = fcmp olt <8 x float> %613, zeroinitializer
  %615 = select <8 x i1> %614, <8 x float> zeroinitializer, <8 x float> %613
  %616 = getelementptr inbounds float, float* %0, i64 %87
  %617 = bitcast float* %616 to <8 x float>*
  store <8 x float> %615, <8 x float>* %617, align 4
  %x.next = add i64 %x, 6
  br label %x.header
}

; Function Attrs: noinline nounwind
define internal void @node1.conv2d_2.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 162, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 162
  %29 = select i1 %28, i64 %27, i64 162
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 162
  %32 = select i1 %31, i64 %30, i64 162
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %next.row = alloca i64, align 8
  %ring = alloca [2592 x float], align 64
  %32 = sub i64 %7, 1
  %33 = add i64 156, %32
  %34 = sdiv i64 %33, %7
  %35 = mul i64 %6, %34
  %36 = icmp slt i64 %35, 156
  %37 = select i1 %36, i64 %35, i64 156
  %38 = add i64 %37, %34
  %39 = icmp slt i64 %38, 156
  %40 = select i1 %39, i64 %38, i64 156
  %41 = bitcast [2592 x float]* %ring to float*
  br label %item.header

item.header:                                      ; preds = %r.exit70, %entry
  %item = phi i64 [ %37, %entry ], [ %item.next, %r.exit70 ]
  %42 = icmp slt i64 %item, %40
  br i1 %42, label %item.body, label %item.exit

item.body:                                        ; preds = %item.header
  %43 = srem i64 %item, 26
  %44 = sdiv i64 %item, 26
  %45 = srem i64 %44, 6
  %46 = sdiv i64 %44, 6
  %47 = srem i64 %46, 1
  %48 = sdiv i64 %46, 1
  %49 = mul i64 %43, 2
  %50 = sub i64 %49, 0
  %51 = add i64 %50, 3
  %52 = icmp sgt i64 %50, 0
  %53 = select i1 %52, i64 %50, i64 0
  %54 = icmp slt i64 %51, 54
  %55 = select i1 %54, i64 %51, i64 54
  %56 = icmp slt i64 %51, 54
  %57 = select i1 %56, i64 %51, i64 54
  %58 = sub i64 %57, %50
  %59 = icmp eq i64 %item, %37
  %60 = icmp eq i64 %43, 0
  %61 = or i1 %59, %60
  %62 = load i64, i64* %next.row, align 8
  %63 = icmp sgt i64 %62, %53
  %64 = select i1 %63, i64 %62, i64 %53
  %65 = select i1 %61, i64 %53, i64 %64
  store i64 %55, i64* %next.row, align 8
  br label %y.header

item.exit:                                        ; preds = %item.header
  ret void

y.header:                                         ; preds = %x.exit, %item.body
  %y = phi i64 [ %65, %item.body ], [ %y.next, %x.exit ]
  %66 = icmp slt i64 %y, %55
  br i1 %66, label %y.body, label %y.exit

y.body:                                           ; preds = %y.header
  %67 = srem i64 %y, 3
  %68 = mul i64 %67, 54
  %69 = mul i64 %y, 1
  %70 = mul i64 %47, 12
  %71 = mul i64 %45, 2
  %72 = add i64 %70, %71
  %73 = mul i64 %48, 12
  %74 = mul i64 %47, 12
  %75 = add i64 %73, %74
  %76 = mul i64 %75, 23328
  %77 = mul i64 %72, 768
  %78 = mul i64 %69, 432
  br label %x.header

y.exit:                                           ; preds = %y.header
  %79 = mul i64 %47, 12
  %80 = mul i64 %45, 2
  %81 = add i64 %79, %80
  %82 = mul i64 %48, 12
  %83 = add i64 %82, %81
  %84 = add i64 %83, 0
  %85 = mul i64 %84, 26
  %86 = add i64 %85, %43
  %87 = mul i64 %86, 208
  %88 = getelementptr inbounds float, float* %0, i64 %87
  %89 = getelementptr inbounds float, float* %41, i64 0
  %90 = mul i64 %43, 2
  %91 = sub i64 %90, 0
  %92 = add i64 %91, 3
  %93 = icmp sgt i64 %91, 0
  %94 = select i1 %93, i64 %91, i64 0
  %95 = icmp slt i64 %92, 54
  %96 = select i1 %95, i64 %92, i64 54
  %97 = icmp slt i64 %92, 54
  %98 = select i1 %97, i64 %92, i64 54
  %99 = sub i64 %98, %91
  br label %x.header48

x.header:                                         ; preds = %u.exit, %y.body
  %x = phi i64 [ 0, %y.body ], [ %x.next, %u.exit ]
  %100 = icmp slt i64 %x, 54
  br i1 %100, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %101 = add i64 %68, %x
  %102 = add i64 %101, 0
  %103 = mul i64 %102, 8
  %104 = add i64 0, %103
  %105 = add i64 %101, 1
  %106 = mul i64 %105, 8
  %107 = add i64 0, %106
  %108 = add i64 %101, 2
  %109 = mul i64 %108, 8
  %110 = add i64 0, %109
  %111 = add i64 %101, 3
  %112 = mul i64 %111, 8
  %113 = add i64 0, %112
  %114 = add i64 %101, 4
  %115 = mul i64 %114, 8
  %116 = add i64 0, %115
  %117 = add i64 %101, 5
  %118 = mul i64 %117, 8
  %119 = add i64 0, %118
  %120 = add i64 %101, 0
  %121 = mul i64 %120, 8
  %122 = add i64 1296, %121
  %123 = add i64 %101, 1
  %124 = mul i64 %123, 8
  %125 = add i64 1296, %124
  %126 = add i64 %101, 2
  %127 = mul i64 %126, 8
  %128 = add i64 1296, %127
  %129 = add i64 %101, 3
  %130 = mul i64 %129, 8
  %131 = add i64 1296, %130
  %132 = add i64 %101, 4
  %133 = mul i64 %132, 8
  %134 = add i64 1296, %133
  %135 = add i64 %101, 5
  %136 = mul i64 %135, 8
  %137 = add i64 1296, %136
  %138 = add i64 %72, 0
  %139 = mul i64 %138, 8
  %140 = getelementptr inbounds float, float* %5, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %72, 1
  %144 = mul i64 %143, 8
  %145 = getelementptr inbounds float, float* %5, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  store <8 x float> %142, <8 x float>* %31, align 32
  store <8 x float> %142, <8 x float>* %30, align 32
  store <8 x float> %142, <8 x float>* %29, align 32
  store <8 x float> %142, <8 x float>* %28, align 32
  store <8 x float> %142, <8 x float>* %27, align 32
  store <8 x float> %142, <8 x float>* %26, align 32
  store <8 x float> %147, <8 x float>* %25, align 32
  store <8 x float> %147, <8 x float>* %24, align 32
  store <8 x float> %147, <8 x float>* %23, align 32
  store <8 x float> %147, <8 x float>* %22, align 32
  store <8 x float> %147, <8 x float>* %21, align 32
  store <8 x float> %147, <8 x float>* %20, align 32
  %148 = mul i64 %x, 8
  %149 = add i64 %78, %148
  %150 = add i64 %76, %149
  br label %u.header

x.exit:                                           ; preds = %x.header
  %y.next = add i64 %y, 1
  br label %y.header

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %151 = icmp slt i64 %u, 12
  br i1 %151, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %152 = add i64 0, %u
  %153 = mul i64 %152, 23328
  %154 = add i64 %150, %153
  %155 = mul i64 %152, 64
  %156 = add i64 %77, %155
  %157 = add i64 %154, 0
  %158 = add i64 %157, 0
  %159 = add i64 %156, 0
  %160 = add i64 %159, 0
  %161 = getelementptr inbounds float, float* %4, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %159, 768
  %165 = getelementptr inbounds float, float* %4, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = add i64 %158, 0
  %169 = getelementptr inbounds float, float* %1, i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %31, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %163, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %31, align 32
  %174 = load <8 x float>, <8 x float>* %25, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %167, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %25, align 32
  %176 = add i64 %158, 8
  %177 = getelementptr inbounds float, float* %1, i64 %176
  %178 = load float, float* %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i32 0
  %splat1 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %180 = load <8 x float>, <8 x float>* %30, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %163, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %30, align 32
  %182 = load <8 x float>, <8 x float>* %24, align 32
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %167, <8 x float> %182)
  store <8 x float> %183, <8 x float>* %24, align 32
  %184 = add i64 %158, 16
  %185 = getelementptr inbounds float, float* %1, i64 %184
  %186 = load float, float* %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %splat2 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = load <8 x float>, <8 x float>* %29, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %163, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %29, align 32
  %190 = load <8 x float>, <8 x float>* %23, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %167, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %23, align 32
  %192 = add i64 %158, 24
  %193 = getelementptr inbounds float, float* %1, i64 %192
  %194 = load float, float* %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %splat3 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %196 = load <8 x float>, <8 x float>* %28, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %163, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %28, align 32
  %198 = load <8 x float>, <8 x float>* %22, align 32
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %167, <8 x float> %198)
  store <8 x float> %199, <8 x float>* %22, align 32
  %200 = add i64 %158, 32
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = load float, float* %201, align 4
  %203 = insertelement <8 x float> undef, float %202, i32 0
  %splat4 = shufflevector <8 x float> %203, <8 x float> undef, <8 x i32> zeroinitializer
  %204 = load <8 x float>, <8 x float>* %27, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %163, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %27, align 32
  %206 = load <8 x float>, <8 x float>* %21, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %167, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %21, align 32
  %208 = add i64 %158, 40
  %209 = getelementptr inbounds float, float* %1, i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat5 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %26, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %163, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %26, align 32
  %214 = load <8 x float>, <8 x float>* %20, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %167, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %20, align 32
  %216 = add i64 %159, 8
  %217 = getelementptr inbounds float, float* %4, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = add i64 %159, 776
  %221 = getelementptr inbounds float, float* %4, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = add i64 %158, 1
  %225 = getelementptr inbounds float, float* %1, i64 %224
  %226 = load float, float* %225, align 4
  %227 = insertelement <8 x float> undef, float %226, i32 0
  %splat6 = shufflevector <8 x float> %227, <8 x float> undef, <8 x i32> zeroinitializer
  %228 = load <8 x float>, <8 x float>* %31, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %219, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %31, align 32
  %230 = load <8 x float>, <8 x float>* %25, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %223, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %25, align 32
  %232 = add i64 %158, 9
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat7 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %30, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %219, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %30, align 32
  %238 = load <8 x float>, <8 x float>* %24, align 32
  %239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %223, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %24, align 32
  %240 = add i64 %158, 17
  %241 = getelementptr inbounds float, float* %1, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat8 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %29, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %219, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %29, align 32
  %246 = load <8 x float>, <8 x float>* %23, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %223, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %23, align 32
  %248 = add i64 %158, 25
  %249 = getelementptr inbounds float, float* %1, i64 %248
  %250 = load float, float* %249, align 4
  %251 = insertelement <8 x float> undef, float %250, i32 0
  %splat9 = shufflevector <8 x float> %251, <8 x float> undef, <8 x i32> zeroinitializer
  %252 = load <8 x float>, <8 x float>* %28, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %219, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %28, align 32
  %254 = load <8 x float>, <8 x float>* %22, align 32
  %255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %223, <8 x float> %254)
  store <8 x float> %255, <8 x float>* %22, align 32
  %256 = add i64 %158, 33
  %257 = getelementptr inbounds float, float* %1, i64 %256
  %258 = load float, float* %257, align 4
  %259 = insertelement <8 x float> undef, float %258, i32 0
  %splat10 = shufflevector <8 x float> %259, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, <8 x float>* %27, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %219, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %27, align 32
  %262 = load <8 x float>, <8 x float>* %21, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %223, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %21, align 32
  %264 = add i64 %158, 41
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat11 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %26, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %219, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %26, align 32
  %270 = load <8 x float>, <8 x float>* %20, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %223, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %20, align 32
  %272 = add i64 %159, 16
  %273 = getelementptr inbounds float, float* %4, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = add i64 %159, 784
  %277 = getelementptr inbounds float, float* %4, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = add i64 %158, 2
  %281 = getelementptr inbounds float, float* %1, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat12 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %31, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %275, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %31, align 32
  %286 = load <8 x float>, <8 x float>* %25, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %279, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %25, align 32
  %288 = add i64 %158, 10
  %289 = getelementptr inbounds float, float* %1, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat13 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %30, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %275, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %30, align 32
  %294 = load <8 x float>, <8 x float>* %24, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %279, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %24, align 32
  %296 = add i64 %158, 18
  %297 = getelementptr inbounds float, float* %1, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat14 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %29, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %275, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %29, align 32
  %302 = load <8 x float>, <8 x float>* %23, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %279, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %23, align 32
  %304 = add i64 %158, 26
  %305 = getelementptr inbounds float, float* %1, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat15 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %28, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %275, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %28, align 32
  %310 = load <8 x float>, <8 x float>* %22, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %279, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %22, align 32
  %312 = add i64 %158, 34
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat16 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %27, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %275, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %27, align 32
  %318 = load <8 x float>, <8 x float>* %21, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %279, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %21, align 32
  %320 = add i64 %158, 42
  %321 = getelementptr inbounds float, float* %1, i64 %320
  %322 = load float, float* %321, align 4
  %323 = insertelement <8 x float> undef, float %322, i32 0
  %splat17 = shufflevector <8 x float> %323, <8 x float> undef, <8 x i32> zeroinitializer
  %324 = load <8 x float>, <8 x float>* %26, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %275, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %26, align 32
  %326 = load <8 x float>, <8 x float>* %20, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %279, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %20, align 32
  %328 = add i64 %159, 24
  %329 = getelementptr inbounds float, float* %4, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = add i64 %159, 792
  %333 = getelementptr inbounds float, float* %4, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = add i64 %158, 3
  %337 = getelementptr inbounds float, float* %1, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat18 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %31, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %31, align 32
  %342 = load <8 x float>, <8 x float>* %25, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %335, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %25, align 32
  %344 = add i64 %158, 11
  %345 = getelementptr inbounds float, float* %1, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat19 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %30, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %30, align 32
  %350 = load <8 x float>, <8 x float>* %24, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %335, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %24, align 32
  %352 = add i64 %158, 19
  %353 = getelementptr inbounds float, float* %1, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat20 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %29, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %29, align 32
  %358 = load <8 x float>, <8 x float>* %23, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %335, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %23, align 32
  %360 = add i64 %158, 27
  %361 = getelementptr inbounds float, float* %1, i64 %360
  %362 = load float, float* %361, align 4
  %363 = insertelement <8 x float> undef, float %362, i32 0
  %splat21 = shufflevector <8 x float> %363, <8 x float> undef, <8 x i32> zeroinitializer
  %364 = load <8 x float>, <8 x float>* %28, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %28, align 32
  %366 = load <8 x float>, <8 x float>* %22, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %335, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %22, align 32
  %368 = add i64 %158, 35
  %369 = getelementptr inbounds float, float* %1, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat22 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %27, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %331, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %27, align 32
  %374 = load <8 x float>, <8 x float>* %21, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %335, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %21, align 32
  %376 = add i64 %158, 43
  %377 = getelementptr inbounds float, float* %1, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat23 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %26, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %331, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %26, align 32
  %382 = load <8 x float>, <8 x float>* %20, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %335, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %20, align 32
  %384 = add i64 %159, 32
  %385 = getelementptr inbounds float, float* %4, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = add i64 %159, 800
  %389 = getelementptr inbounds float, float* %4, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %158, 4
  %393 = getelementptr inbounds float, float* %1, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat24 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %31, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %387, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %31, align 32
  %398 = load <8 x float>, <8 x float>* %25, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %391, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %25, align 32
  %400 = add i64 %158, 12
  %401 = getelementptr inbounds float, float* %1, i64 %400
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i32 0
  %splat25 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %404 = load <8 x float>, <8 x float>* %30, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %387, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %30, align 32
  %406 = load <8 x float>, <8 x float>* %24, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %391, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %24, align 32
  %408 = add i64 %158, 20
  %409 = getelementptr inbounds float, float* %1, i64 %408
  %410 = load float, float* %409, align 4
  %411 = insertelement <8 x float> undef, float %410, i32 0
  %splat26 = shufflevector <8 x float> %411, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, <8 x float>* %29, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %387, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %29, align 32
  %414 = load <8 x float>, <8 x float>* %23, align 32
  %415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %391, <8 x float> %414)
  store <8 x float> %415, <8 x float>* %23, align 32
  %416 = add i64 %158, 28
  %417 = getelementptr inbounds float, float* %1, i64 %416
  %418 = load float, float* %417, align 4
  %419 = insertelement <8 x float> undef, float %418, i32 0
  %splat27 = shufflevector <8 x float> %419, <8 x float> undef, <8 x i32> zeroinitializer
  %420 = load <8 x float>, <8 x float>* %28, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %387, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %28, align 32
  %422 = load <8 x float>, <8 x float>* %22, align 32
  %423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %391, <8 x float> %422)
  store <8 x float> %423, <8 x float>* %22, align 32
  %424 = add i64 %158, 36
  %425 = getelementptr inbounds float, float* %1, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat28 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %27, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %387, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %27, align 32
  %430 = load <8 x float>, <8 x float>* %21, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %391, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %21, align 32
  %432 = add i64 %158, 44
  %433 = getelementptr inbounds float, float* %1, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat29 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %26, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %387, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %26, align 32
  %438 = load <8 x float>, <8 x float>* %20, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %391, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %20, align 32
  %440 = add i64 %159, 40
  %441 = getelementptr inbounds float, float* %4, i64 %440
  %442 = bitcast float* %441 to <8 x float>*
  %443 = load <8 x float>, <8 x float>* %442, align 4
  %444 = add i64 %159, 808
  %445 = getelementptr inbounds float, float* %4, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  %447 = load <8 x float>, <8 x float>* %446, align 4
  %448 = add i64 %158, 5
  %449 = getelementptr inbounds float, float* %1, i64 %448
  %450 = load float, float* %449, align 4
  %451 = insertelement <8 x float> undef, float %450, i32 0
  %splat30 = shufflevector <8 x float> %451, <8 x float> undef, <8 x i32> zeroinitializer
  %452 = load <8 x float>, <8 x float>* %31, align 32
  %453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %443, <8 x float> %452)
  store <8 x float> %453, <8 x float>* %31, align 32
  %454 = load <8 x float>, <8 x float>* %25, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %447, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %25, align 32
  %456 = add i64 %158, 13
  %457 = getelementptr inbounds float, float* %1, i64 %456
  %458 = load float, float* %457, align 4
  %459 = insertelement <8 x float> undef, float %458, i32 0
  %splat31 = shufflevector <8 x float> %459, <8 x float> undef, <8 x i32> zeroinitializer
  %460 = load <8 x float>, <8 x float>* %30, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %443, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %30, align 32
  %462 = load <8 x float>, <8 x float>* %24, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %447, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %24, align 32
  %464 = add i64 %158, 21
  %465 = getelementptr inbounds float, float* %1, i64 %464
  %466 = load float, float* %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %splat32 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %468 = load <8 x float>, <8 x float>* %29, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %443, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %29, align 32
  %470 = load <8 x float>, <8 x float>* %23, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %447, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %23, align 32
  %472 = add i64 %158, 29
  %473 = getelementptr inbounds float, float* %1, i64 %472
  %474 = load float, float* %473, align 4
  %475 = insertelement <8 x float> undef, float %474, i32 0
  %splat33 = shufflevector <8 x float> %475, <8 x float> undef, <8 x i32> zeroinitializer
  %476 = load <8 x float>, <8 x float>* %28, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %443, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %28, align 32
  %478 = load <8 x float>, <8 x float>* %22, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %447, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %22, align 32
  %480 = add i64 %158, 37
  %481 = getelementptr inbounds float, float* %1, i64 %480
  %482 = load float, float* %481, align 4
  %483 = insertelement <8 x float> undef, float %482, i32 0
  %splat34 = shufflevector <8 x float> %483, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, <8 x float>* %27, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %443, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %27, align 32
  %486 = load <8 x float>, <8 x float>* %21, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %447, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %21, align 32
  %488 = add i64 %158, 45
  %489 = getelementptr inbounds float, float* %1, i64 %488
  %490 = load float, float* %489, align 4
  %491 = insertelement <8 x float> undef, float %490, i32 0
  %splat35 = shufflevector <8 x float> %491, <8 x float> undef, <8 x i32> zeroinitializer
  %492 = load <8 x float>, <8 x float>* %26, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %443, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %26, align 32
  %494 = load <8 x float>, <8 x float>* %20, align 32
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %447, <8 x float> %494)
  store <8 x float> %495, <8 x float>* %20, align 32
  %496 = add i64 %159, 48
  %497 = getelementptr inbounds float, float* %4, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  %499 = load <8 x float>, <8 x float>* %498, align 4
  %500 = add i64 %159, 816
  %501 = getelementptr inbounds float, float* %4, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = add i64 %158, 6
  %505 = getelementptr inbounds float, float* %1, i64 %504
  %506 = load float, float* %505, align 4
  %507 = insertelement <8 x float> undef, float %506, i32 0
  %splat36 = shufflevector <8 x float> %507, <8 x float> undef, <8 x i32> zeroinitializer
  %508 = load <8 x float>, <8 x float>* %31, align 32
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %499, <8 x float> %508)
  store <8 x float> %509, <8 x float>* %31, align 32
  %510 = load <8 x float>, <8 x float>* %25, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %503, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %25, align 32
  %512 = add i64 %158, 14
  %513 = getelementptr inbounds float, float* %1, i64 %512
  %514 = load float, float* %513, align 4
  %515 = insertelement <8 x float> undef, float %514, i32 0
  %splat37 = shufflevector <8 x float> %515, <8 x float> undef, <8 x i32> zeroinitializer
  %516 = load <8 x float>, <8 x float>* %30, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %499, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %30, align 32
  %518 = load <8 x float>, <8 x float>* %24, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %503, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %24, align 32
  %520 = add i64 %158, 22
  %521 = getelementptr inbounds float, float* %1, i64 %520
  %522 = load float, float* %521, align 4
  %523 = insertelement <8 x float> undef, float %522, i32 0
  %splat38 = shufflevector <8 x float> %523, <8 x float> undef, <8 x i32> zeroinitializer
  %524 = load <8 x float>, <8 x float>* %29, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %499, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %29, align 32
  %526 = load <8 x float>, <8 x float>* %23, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %503, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %23, align 32
  %528 = add i64 %158, 30
  %529 = getelementptr inbounds float, float* %1, i64 %528
  %530 = load float, float* %529, align 4
  %531 = insertelement <8 x float> undef, float %530, i32 0
  %splat39 = shufflevector <8 x float> %531, <8 x float> undef, <8 x i32> zeroinitializer
  %532 = load <8 x float>, <8 x float>* %28, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %499, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %28, align 32
  %534 = load <8 x float>, <8 x float>* %22, align 32
  %535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %503, <8 x float> %534)
  store <8 x float> %535, <8 x float>* %22, align 32
  %536 = add i64 %158, 38
  %537 = getelementptr inbounds float, float* %1, i64 %536
  %538 = load float, float* %537, align 4
  %539 = insertelement <8 x float> undef, float %538, i32 0
  %splat40 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %540 = load <8 x float>, <8 x float>* %27, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %499, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %27, align 32
  %542 = load <8 x float>, <8 x float>* %21, align 32
  %543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %503, <8 x float> %542)
  store <8 x float> %543, <8 x float>* %21, align 32
  %544 = add i64 %158, 46
  %545 = getelementptr inbounds float, float* %1, i64 %544
  %546 = load float, float* %545, align 4
  %547 = insertelement <8 x float> undef, float %546, i32 0
  %splat41 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %548 = load <8 x float>, <8 x float>* %26, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %499, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %26, align 32
  %550 = load <8 x float>, <8 x float>* %20, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %503, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %20, align 32
  %552 = add i64 %159, 56
  %553 = getelementptr inbounds float, float* %4, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = load <8 x float>, <8 x float>* %554, align 4
  %556 = add i64 %159, 824
  %557 = getelementptr inbounds float, float* %4, i64 %556
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  %560 = add i64 %158, 7
  %561 = getelementptr inbounds float, float* %1, i64 %560
  %562 = load float, float* %561, align 4
  %563 = insertelement <8 x float> undef, float %562, i32 0
  %splat42 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %564 = load <8 x float>, <8 x float>* %31, align 32
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %555, <8 x float> %564)
  store <8 x float> %565, <8 x float>* %31, align 32
  %566 = load <8 x float>, <8 x float>* %25, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %559, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %25, align 32
  %568 = add i64 %158, 15
  %569 = getelementptr inbounds float, float* %1, i64 %568
  %570 = load float, float* %569, align 4
  %571 = insertelement <8 x float> undef, float %570, i32 0
  %splat43 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %572 = load <8 x float>, <8 x float>* %30, align 32
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %555, <8 x float> %572)
  store <8 x float> %573, <8 x float>* %30, align 32
  %574 = load <8 x float>, <8 x float>* %24, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %559, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %24, align 32
  %576 = add i64 %158, 23
  %577 = getelementptr inbounds float, float* %1, i64 %576
  %578 = load float, float* %577, align 4
  %579 = insertelement <8 x float> undef, float %578, i32 0
  %splat44 = shufflevector <8 x float> %579, <8 x float> undef, <8 x i32> zeroinitializer
  %580 = load <8 x float>, <8 x float>* %29, align 32
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %555, <8 x float> %580)
  store <8 x float> %581, <8 x float>* %29, align 32
  %582 = load <8 x float>, <8 x float>* %23, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %559, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %23, align 32
  %584 = add i64 %158, 31
  %585 = getelementptr inbounds float, float* %1, i64 %584
  %586 = load float, float* %585, align 4
  %587 = insertelement <8 x float> undef, float %586, i32 0
  %splat45 = shufflevector <8 x float> %587, <8 x float> undef, <8 x i32> zeroinitializer
  %588 = load <8 x float>, <8 x float>* %28, align 32
  %589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %555, <8 x float> %588)
  store <8 x float> %589, <8 x float>* %28, align 32
  %590 = load <8 x float>, <8 x float>* %22, align 32
  %591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %559, <8 x float> %590)
  store <8 x float> %591, <8 x float>* %22, align 32
  %592 = add i64 %158, 39
  %593 = getelementptr inbounds float, float* %1, i64 %592
  %594 = load float, float* %593, align 4
  %595 = insertelement <8 x float> undef, float %594, i32 0
  %splat46 = shufflevector <8 x float> %595, <8 x float> undef, <8 x i32> zeroinitializer
  %596 = load <8 x float>, <8 x float>* %27, align 32
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %555, <8 x float> %596)
  store <8 x float> %597, <8 x float>* %27, align 32
  %598 = load <8 x float>, <8 x float>* %21, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %559, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %21, align 32
  %600 = add i64 %158, 47
  %601 = getelementptr inbounds float, float* %1, i64 %600
  %602 = load float, float* %601, align 4
  %603 = insertelement <8 x float> undef, float %602, i32 0
  %splat47 = shufflevector <8 x float> %603, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, <8 x float>* %26, align 32
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %555, <8 x float> %604)
  store <8 x float> %605, <8 x float>* %26, align 32
  %606 = load <8 x float>, <8 x float>* %20, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %559, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %20, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %608 = load <8 x float>, <8 x float>* %31, align 32
  %609 = fcmp olt <8 x float> %608, zeroinitializer
  %610 = select <8 x i1> %609, <8 x float> zeroinitializer, <8 x float> %608
  %611 = getelementptr inbounds float, float* %41, i64 %104
  %612 = bitcast float* %611 to <8 x float>*
  store <8 x float> %610, <8 x float>* %612, align 4
  %613 = load <8 x float>, <8 x float>* %30, align 32
  %614 = fcmp olt <8 x float> %613, zeroinitializer
  %615 = select <8 x i1> %614, <8 x float> zeroinitializer, <8 x float> %613
  %616 = getelementptr inbounds float, float* %41, i64 %107
  %617 = bitcast float* %616 to <8 x float>*
  store <8 x float> %615, <8 x float>* %617, align 4
  %618 = load <8 x float>, <8 x float>* %29, align 32
  %619 = fcmp olt <8 x float> %618, zeroinitializer
  %620 = select <8 x i1> %619, <8 x float> zeroinitializer, <8 x float> %618
  %621 = getelementptr inbounds float, float* %41, i64 %110
  %622 = bitcast float* %621 to <8 x float>*
  store <8 x float> %620, <8 x float>* %622, align 4
  %623 = load <8 x float>, <8 x float>* %28, align 32
  %624 = fcmp olt <8 x float> %623, zeroinitializer
  %625 = select <8 x i1> %624, <8 x float> zeroinitializer, <8 x float> %623
  %626 = getelementptr inbounds float, float* %41, i64 %113
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %625, <8 x float>* %627, align 4
  %628 = load <8 x float>, <8 x float>* %27, align 32
  %629 = fcmp olt <8 x float> %628, zeroinitializer
  %630 = select <8 x i1> %629, <8 x float> zeroinitializer, <8 x float> %628
  %631 = getelementptr inbounds float, float* %41, i64 %116
  %632 = bitcast float* %631 to <8 x float>*
  store <8 x float> %630, <8 x float>* %632, align 4
  %633 = load <8 x float>, <8 x float>* %26, align 32
  %634 = fcmp olt <8 x float> %633, zeroinitializer
  %635 = select <8 x i1> %634, <8 x float> zeroinitializer, <8 x float> %633
  %636 = getelementptr inbounds float, float* %41, i64 %119
  %637 = bitcast float* %636 to <8 x float>*
  store <8 x float> %635, <8 x float>* %637, align 4
  %638 = load <8 x float>, <8 x float>* %25, align 32
  %639 = fcmp olt <8 x float> %638, zeroinitializer
  %640 = select <8 x i1> %639, <8 x float> zeroinitializer, <8 x float> %638
  %641 = getelementptr inbounds float, float* %41, i64 %122
  %642 = bitcast float* %641 to <8 x float>*
  store <8 x float> %640, <8 x float>* %642, align 4
  %643 = load <8 x float>, <8 x float>* %24, align 32
  %644 = fcmp olt <8 x float> %643, zeroinitializer
  %645 = select <8 x i1> %644, <8 x float> zeroinitializer, <8 x float> %643
  %646 = getelementptr inbounds float, float* %41, i64 %125
  %647 = bitcast float* %646 to <8 x float>*
  store <8 x float> %645, <8 x float>* %647, align 4
  %648 = load <8 x float>, <8 x float>* %23, align 32
  %649 = fcmp olt <8 x float> %648, zeroinitializer
  %650 = select <8 x i1> %649, <8 x float> zeroinitializer, <8 x float> %648
  %651 = getelementptr inbounds float, float* %41, i64 %128
  %652 = bitcast float* %651 to <8 x float>*
  store <8 x float> %650, <8 x float>* %652, align 4
  %653 = load <8 x float>, <8 x float>* %22, align 32
  %654 = fcmp olt <8 x float> %653, zeroinitializer
  %655 = select <8 x i1> %654, <8 x float> zeroinitializer, <8 x float> %653
  %656 = getelementptr inbounds float, float* %41, i64 %131
  %657 = bitcast float* %656 to <8 x float>*
  store <8 x float> %655, <8 x float>* %657, align 4
  %658 = load <8 x float>, <8 x float>* %21, align 32
  %659 = fcmp olt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> zeroinitializer, <8 x float> %658
  %661 = getelementptr inbounds float, float* %41, i64 %134
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = load <8 x float>, <8 x float>* %20, align 32
  %664 = fcmp olt <8 x float> %663, zeroinitializer
  %665 = select <8 x i1> %664, <8 x float> zeroinitializer, <8 x float> %663
  %666 = getelementptr inbounds float, float* %41, i64 %137
  %667 = bitcast float* %666 to <8 x float>*
  store <8 x float> %665, <8 x float>* %667, align 4
  %x.next = add i64 %x, 6
  br label %x.header

x.header48:                                       ; preds = %r.exit, %y.exit
  %x51 = phi i64 [ 0, %y.exit ], [ %x.next52, %r.exit ]
  %668 = icmp slt i64 %x51, 24
  br i1 %668, label %x.body49, label %x.exit50

x.body49:                                         ; preds = %x.header48
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %19, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %18, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %17, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %16, align 32
  %669 = mul i64 %x51, 2
  %670 = sub i64 %669, 0
  br label %r.header

x.exit50:                                         ; preds = %x.header48
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %15, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %14, align 32
  br label %r.header53

r.header:                                         ; preds = %r.body, %x.body49
  %r = phi i64 [ %94, %x.body49 ], [ %r.next, %r.body ]
  %671 = icmp slt i64 %r, %96
  br i1 %671, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %672 = srem i64 %r, 3
  %673 = mul i64 %672, 54
  %674 = add i64 %673, %670
  %675 = mul i64 %674, 8
  %676 = load <8 x float>, <8 x float>* %19, align 32
  %677 = add i64 %675, 0
  %678 = getelementptr inbounds float, float* %89, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = fcmp ogt <8 x float> %676, %680
  %682 = select <8 x i1> %681, <8 x float> %676, <8 x float> %680
  %683 = fcmp uno <8 x float> %676, %676
  %684 = select <8 x i1> %683, <8 x float> %676, <8 x float> %682
  %685 = add i64 %675, 8
  %686 = getelementptr inbounds float, float* %89, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = fcmp ogt <8 x float> %684, %688
  %690 = select <8 x i1> %689, <8 x float> %684, <8 x float> %688
  %691 = fcmp uno <8 x float> %684, %684
  %692 = select <8 x i1> %691, <8 x float> %684, <8 x float> %690
  %693 = add i64 %675, 16
  %694 = getelementptr inbounds float, float* %89, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = fcmp ogt <8 x float> %692, %696
  %698 = select <8 x i1> %697, <8 x float> %692, <8 x float> %696
  %699 = fcmp uno <8 x float> %692, %692
  %700 = select <8 x i1> %699, <8 x float> %692, <8 x float> %698
  store <8 x float> %700, <8 x float>* %19, align 32
  %701 = load <8 x float>, <8 x float>* %18, align 32
  %702 = add i64 %675, 16
  %703 = getelementptr inbounds float, float* %89, i64 %702
  %704 = bitcast float* %703 to <8 x float>*
  %705 = load <8 x float>, <8 x float>* %704, align 4
  %706 = fcmp ogt <8 x float> %701, %705
  %707 = select <8 x i1> %706, <8 x float> %701, <8 x float> %705
  %708 = fcmp uno <8 x float> %701, %701
  %709 = select <8 x i1> %708, <8 x float> %701, <8 x float> %707
  %710 = add i64 %675, 24
  %711 = getelementptr inbounds float, float* %89, i64 %710
  %712 = bitcast float* %711 to <8 x float>*
  %713 = load <8 x float>, <8 x float>* %712, align 4
  %714 = fcmp ogt <8 x float> %709, %713
  %715 = select <8 x i1> %714, <8 x float> %709, <8 x float> %713
  %716 = fcmp uno <8 x float> %709, %709
  %717 = select <8 x i1> %716, <8 x float> %709, <8 x float> %715
  %718 = add i64 %675, 32
  %719 = getelementptr inbounds float, float* %89, i64 %718
  %720 = bitcast float* %719 to <8 x float>*
  %721 = load <8 x float>, <8 x float>* %720, align 4
  %722 = fcmp ogt <8 x float> %717, %721
  %723 = select <8 x i1> %722, <8 x float> %717, <8 x float> %721
  %724 = fcmp uno <8 x float> %717, %717
  %725 = select <8 x i1> %724, <8 x float> %717, <8 x float> %723
  store <8 x float> %725, <8 x float>* %18, align 32
  %726 = load <8 x float>, <8 x float>* %17, align 32
  %727 = add i64 %675, 32
  %728 = getelementptr inbounds float, float* %89, i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = fcmp ogt <8 x float> %726, %730
  %732 = select <8 x i1> %731, <8 x float> %726, <8 x float> %730
  %733 = fcmp uno <8 x float> %726, %726
  %734 = select <8 x i1> %733, <8 x float> %726, <8 x float> %732
  %735 = add i64 %675, 40
  %736 = getelementptr inbounds float, float* %89, i64 %735
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = fcmp ogt <8 x float> %734, %738
  %740 = select <8 x i1> %739, <8 x float> %734, <8 x float> %738
  %741 = fcmp uno <8 x float> %734, %734
  %742 = select <8 x i1> %741, <8 x float> %734, <8 x float> %740
  %743 = add i64 %675, 48
  %744 = getelementptr inbounds float, float* %89, i64 %743
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = fcmp ogt <8 x float> %742, %746
  %748 = select <8 x i1> %747, <8 x float> %742, <8 x float> %746
  %749 = fcmp uno <8 x float> %742, %742
  %750 = select <8 x i1> %749, <8 x float> %742, <8 x float> %748
  store <8 x float> %750, <8 x float>* %17, align 32
  %751 = load <8 x float>, <8 x float>* %16, align 32
  %752 = add i64 %675, 48
  %753 = getelementptr inbounds float, float* %89, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = fcmp ogt <8 x float> %751, %755
  %757 = select <8 x i1> %756, <8 x float> %751, <8 x float> %755
  %758 = fcmp uno <8 x float> %751, %751
  %759 = select <8 x i1> %758, <8 x float> %751, <8 x float> %757
  %760 = add i64 %675, 56
  %761 = getelementptr inbounds float, float* %89, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = fcmp ogt <8 x float> %759, %763
  %765 = select <8 x i1> %764, <8 x float> %759, <8 x float> %763
  %766 = fcmp uno <8 x float> %759, %759
  %767 = select <8 x i1> %766, <8 x float> %759, <8 x float> %765
  %768 = add i64 %675, 64
  %769 = getelementptr inbounds float, float* %89, i64 %768
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = fcmp ogt <8 x float> %767, %771
  %773 = select <8 x i1> %772, <8 x float> %767, <8 x float> %771
  %774 = fcmp uno <8 x float> %767, %767
  %775 = select <8 x i1> %774, <8 x float> %767, <8 x float> %773
  store <8 x float> %775, <8 x float>* %16, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %776 = load <8 x float>, <8 x float>* %19, align 32
  %777 = add i64 %x51, 0
  %778 = mul i64 %777, 8
  %779 = getelementptr inbounds float, float* %88, i64 %778
  %780 = bitcast float* %779 to <8 x float>*
  store <8 x float> %776, <8 x float>* %780, align 4
  %781 = load <8 x float>, <8 x float>* %18, align 32
  %782 = add i64 %x51, 1
  %783 = mul i64 %782, 8
  %784 = getelementptr inbounds float, float* %88, i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  store <8 x float> %781, <8 x float>* %785, align 4
  %786 = load <8 x float>, <8 x float>* %17, align 32
  %787 = add i64 %x51, 2
  %788 = mul i64 %787, 8
  %789 = getelementptr inbounds float, float* %88, i64 %788
  %790 = bitcast float* %789 to <8 x float>*
  store <8 x float> %786, <8 x float>* %790, align 4
  %791 = load <8 x float>, <8 x float>* %16, align 32
  %792 = add i64 %x51, 3
  %793 = mul i64 %792, 8
  %794 = getelementptr inbounds float, float* %88, i64 %793
  %795 = bitcast float* %794 to <8 x float>*
  store <8 x float> %791, <8 x float>* %795, align 4
  %x.next52 = add i64 %x51, 4
  br label %x.header48

r.header53:                                       ; preds = %r.body54, %x.exit50
  %r56 = phi i64 [ %94, %x.exit50 ], [ %r.next57, %r.body54 ]
  %796 = icmp slt i64 %r56, %96
  br i1 %796, label %r.body54, label %r.exit55

r.body54:                                         ; preds = %r.header53
  %797 = srem i64 %r56, 3
  %798 = mul i64 %797, 54
  %799 = add i64 %798, 48
  %800 = mul i64 %799, 8
  %801 = load <8 x float>, <8 x float>* %15, align 32
  %802 = add i64 %800, 0
  %803 = getelementptr inbounds float, float* %89, i64 %802
  %804 = bitcast float* %803 to <8 x float>*
  %805 = load <8 x float>, <8 x float>* %804, align 4
  %806 = fcmp ogt <8 x float> %801, %805
  %807 = select <8 x i1> %806, <8 x float> %801, <8 x float> %805
  %808 = fcmp uno <8 x float> %801, %801
  %809 = select <8 x i1> %808, <8 x float> %801, <8 x float> %807
  %810 = add i64 %800, 8
  %811 = getelementptr inbounds float, float* %89, i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = fcmp ogt <8 x float> %809, %813
  %815 = select <8 x i1> %814, <8 x float> %809, <8 x float> %813
  %816 = fcmp uno <8 x float> %809, %809
  %817 = select <8 x i1> %816, <8 x float> %809, <8 x float> %815
  %818 = add i64 %800, 16
  %819 = getelementptr inbounds float, float* %89, i64 %818
  %820 = bitcast float* %819 to <8 x float>*
  %821 = load <8 x float>, <8 x float>* %820, align 4
  %822 = fcmp ogt <8 x float> %817, %821
  %823 = select <8 x i1> %822, <8 x float> %817, <8 x float> %821
  %824 = fcmp uno <8 x float> %817, %817
  %825 = select <8 x i1> %824, <8 x float> %817, <8 x float> %823
  store <8 x float> %825, <8 x float>* %15, align 32
  %826 = load <8 x float>, <8 x float>* %14, align 32
  %827 = add i64 %800, 16
  %828 = getelementptr inbounds float, float* %89, i64 %827
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = fcmp ogt <8 x float> %826, %830
  %832 = select <8 x i1> %831, <8 x float> %826, <8 x float> %830
  %833 = fcmp uno <8 x float> %826, %826
  %834 = select <8 x i1> %833, <8 x float> %826, <8 x float> %832
  %835 = add i64 %800, 24
  %836 = getelementptr inbounds float, float* %89, i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = fcmp ogt <8 x float> %834, %838
  %840 = select <8 x i1> %839, <8 x float> %834, <8 x float> %838
  %841 = fcmp uno <8 x float> %834, %834
  %842 = select <8 x i1> %841, <8 x float> %834, <8 x float> %840
  %843 = add i64 %800, 32
  %844 = getelementptr inbounds float, float* %89, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = fcmp ogt <8 x float> %842, %846
  %848 = select <8 x i1> %847, <8 x float> %842, <8 x float> %846
  %849 = fcmp uno <8 x float> %842, %842
  %850 = select <8 x i1> %849, <8 x float> %842, <8 x float> %848
  store <8 x float> %850, <8 x float>* %14, align 32
  %r.next57 = add i64 %r56, 1
  br label %r.header53

r.exit55:                                         ; preds = %r.header53
  %851 = load <8 x float>, <8 x float>* %15, align 32
  %852 = getelementptr inbounds float, float* %88, i64 192
  %853 = bitcast float* %852 to <8 x float>*
  store <8 x float> %851, <8 x float>* %853, align 4
  %854 = load <8 x float>, <8 x float>* %14, align 32
  %855 = getelementptr inbounds float, float* %88, i64 200
  %856 = bitcast float* %855 to <8 x float>*
  store <8 x float> %854, <8 x float>* %856, align 4
  %857 = mul i64 %48, 12
  %858 = add i64 %857, %81
  %859 = add i64 %858, 1
  %860 = mul i64 %859, 26
  %861 = add i64 %860, %43
  %862 = mul i64 %861, 208
  %863 = getelementptr inbounds float, float* %0, i64 %862
  %864 = getelementptr inbounds float, float* %41, i64 1296
  %865 = mul i64 %43, 2
  %866 = sub i64 %865, 0
  %867 = add i64 %866, 3
  %868 = icmp sgt i64 %866, 0
  %869 = select i1 %868, i64 %866, i64 0
  %870 = icmp slt i64 %867, 54
  %871 = select i1 %870, i64 %867, i64 54
  %872 = icmp slt i64 %867, 54
  %873 = select i1 %872, i64 %867, i64 54
  %874 = sub i64 %873, %866
  br label %x.header58

x.header58:                                       ; preds = %r.exit64, %r.exit55
  %x61 = phi i64 [ 0, %r.exit55 ], [ %x.next67, %r.exit64 ]
  %875 = icmp slt i64 %x61, 24
  br i1 %875, label %x.body59, label %x.exit60

x.body59:                                         ; preds = %x.header58
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %13, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %12, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  %876 = mul i64 %x61, 2
  %877 = sub i64 %876, 0
  br label %r.header62

x.exit60:                                         ; preds = %x.header58
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  br label %r.header68

r.header62:                                       ; preds = %r.body63, %x.body59
  %r65 = phi i64 [ %869, %x.body59 ], [ %r.next66, %r.body63 ]
  %878 = icmp slt i64 %r65, %871
  br i1 %878, label %r.body63, label %r.exit64

r.body63:                                         ; preds = %r.header62
  %879 = srem i64 %r65, 3
  %880 = mul i64 %879, 54
  %881 = add i64 %880, %877
  %882 = mul i64 %881, 8
  %883 = load <8 x float>, <8 x float>* %13, align 32
  %884 = add i64 %882, 0
  %885 = getelementptr inbounds float, float* %864, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = fcmp ogt <8 x float> %883, %887
  %889 = select <8 x i1> %888, <8 x float> %883, <8 x float> %887
  %890 = fcmp uno <8 x float> %883, %883
  %891 = select <8 x i1> %890, <8 x float> %883, <8 x float> %889
  %892 = add i64 %882, 8
  %893 = getelementptr inbounds float, float* %864, i64 %892
  %894 = bitcast float* %893 to <8 x float>*
  %895 = load <8 x float>, <8 x float>* %894, align 4
  %896 = fcmp ogt <8 x float> %891, %895
  %897 = select <8 x i1> %896, <8 x float> %891, <8 x float> %895
  %898 = fcmp uno <8 x float> %891, %891
  %899 = select <8 x i1> %898, <8 x float> %891, <8 x float> %897
  %900 = add i64 %882, 16
  %901 = getelementptr inbounds float, float* %864, i64 %900
  %902 = bitcast float* %901 to <8 x float>*
  %903 = load <8 x float>, <8 x float>* %902, align 4
  %904 = fcmp ogt <8 x float> %899, %903
  %905 = select <8 x i1> %904, <8 x float> %899, <8 x float> %903
  %906 = fcmp uno <8 x float> %899, %899
  %907 = select <8 x i1> %906, <8 x float> %899, <8 x float> %905
  store <8 x float> %907, <8 x float>* %13, align 32
  %908 = load <8 x float>, <8 x float>* %12, align 32
  %909 = add i64 %882, 16
  %910 = getelementptr inbounds float, float* %864, i64 %909
  %911 = bitcast float* %910 to <8 x float>*
  %912 = load <8 x float>, <8 x float>* %911, align 4
  %913 = fcmp ogt <8 x float> %908, %912
  %914 = select <8 x i1> %913, <8 x float> %908, <8 x float> %912
  %915 = fcmp uno <8 x float> %908, %908
  %916 = select <8 x i1> %915, <8 x float> %908, <8 x float> %914
  %917 = add i64 %882, 24
  %918 = getelementptr inbounds float, float* %864, i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = fcmp ogt <8 x float> %916, %920
  %922 = select <8 x i1> %921, <8 x float> %916, <8 x float> %920
  %923 = fcmp uno <8 x float> %916, %916
  %924 = select <8 x i1> %923, <8 x float> %916, <8 x float> %922
  %925 = add i64 %882, 32
  %926 = getelementptr inbounds float, float* %864, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = fcmp ogt <8 x float> %924, %928
  %930 = select <8 x i1> %929, <8 x float> %924, <8 x float> %928
  %931 = fcmp uno <8 x float> %924, %924
  %932 = select <8 x i1> %931, <8 x float> %924, <8 x float> %930
  store <8 x float> %932, <8 x float>* %12, align 32
  %933 = load <8 x float>, <8 x float>* %11, align 32
  %934 = add i64 %882, 32
  %935 = getelementptr inbounds float, float* %864, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = fcmp ogt <8 x float> %933, %937
  %939 = select <8 x i1> %938, <8 x float> %933, <8 x float> %937
  %940 = fcmp uno <8 x float> %933, %933
  %941 = select <8 x i1> %940, <8 x float> %933, <8 x float> %939
  %942 = add i64 %882, 40
  %943 = getelementptr inbounds float, float* %864, i64 %942
  %944 = bitcast float* %943 to <8 x float>*
  %945 = load <8 x float>, <8 x float>* %944, align 4
  %946 = fcmp ogt <8 x float> %941, %945
  %947 = select <8 x i1> %946, <8 x float> %941, <8 x float> %945
  %948 = fcmp uno <8 x float> %941, %941
  %949 = select <8 x i1> %948, <8 x float> %941, <8 x float> %947
  %950 = add i64 %882, 48
  %951 = getelementptr inbounds float, float* %864, i64 %950
  %952 = bitcast float* %951 to <8 x float>*
  %953 = load <8 x float>, <8 x float>* %952, align 4
  %954 = fcmp ogt <8 x float> %949, %953
  %955 = select <8 x i1> %954, <8 x float> %949, <8 x float> %953
  %956 = fcmp uno <8 x float> %949, %949
  %957 = select <8 x i1> %956, <8 x float> %949, <8 x float> %955
  store <8 x float> %957, <8 x float>* %11, align 32
  %958 = load <8 x float>, <8 x float>* %10, align 32
  %959 = add i64 %882, 48
  %960 = getelementptr inbounds float, float* %864, i64 %959
  %961 = bitcast float* %960 to <8 x float>*
  %962 = load <8 x float>, <8 x float>* %961, align 4
  %963 = fcmp ogt <8 x float> %958, %962
  %964 = select <8 x i1> %963, <8 x float> %958, <8 x float> %962
  %965 = fcmp uno <8 x float> %958, %958
  %966 = select <8 x i1> %965, <8 x float> %958, <8 x float> %964
  %967 = add i64 %882, 56
  %968 = getelementptr inbounds float, float* %864, i64 %967
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = fcmp ogt <8 x float> %966, %970
  %972 = select <8 x i1> %971, <8 x float> %966, <8 x float> %970
  %973 = fcmp uno <8 x float> %966, %966
  %974 = select <8 x i1> %973, <8 x float> %966, <8 x float> %972
  %975 = add i64 %882, 64
  %976 = getelementptr inbounds float, float* %864, i64 %975
  %977 = bitcast float* %976 to <8 x float>*
  %978 = load <8 x float>, <8 x float>* %977, align 4
  %979 = fcmp ogt <8 x float> %974, %978
  %980 = select <8 x i1> %979, <8 x float> %974, <8 x float> %978
  %981 = fcmp uno <8 x float> %974, %974
  %982 = select <8 x i1> %981, <8 x float> %974, <8 x float> %980
  store <8 x float> %982, <8 x float>* %10, align 32
  %r.next66 = add i64 %r65, 1
  br label %r.header62

r.exit64:                                         ; preds = %r.header62
  %983 = load <8 x float>, <8 x float>* %13, align 32
  %984 = add i64 %x61, 0
  %985 = mul i64 %984, 8
  %986 = getelementptr inbounds float, float* %863, i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  store <8 x float> %983, <8 x float>* %987, align 4
  %988 = load <8 x float>, <8 x float>* %12, align 32
  %989 = add i64 %x61, 1
  %990 = mul i64 %989, 8
  %991 = getelementptr inbounds float, float* %863, i64 %990
  %992 = bitcast float* %991 to <8 x float>*
  store <8 x float> %988, <8 x float>* %992, align 4
  %993 = load <8 x float>, <8 x float>* %11, align 32
  %994 = add i64 %x61, 2
  %995 = mul i64 %994, 8
  %996 = getelementptr inbounds float, float* %863, i64 %995
  %997 = bitcast float* %996 to <8 x float>*
  store <8 x float> %993, <8 x float>* %997, align 4
  %998 = load <8 x float>, <8 x float>* %10, align 32
  %999 = add i64 %x61, 3
  %1000 = mul i64 %999, 8
  %1001 = getelementptr inbounds float, float* %863, i64 %1000
  %1002 = bitcast float* %1001 to <8 x float>*
  store <8 x float> %998, <8 x float>* %1002, align 4
  %x.next67 = add i64 %x61, 4
  br label %x.header58

r.header68:                                       ; preds = %r.body69, %x.exit60
  %r71 = phi i64 [ %869, %x.exit60 ], [ %r.next72, %r.body69 ]
  %1003 = icmp slt i64 %r71, %871
  br i1 %1003, label %r.body69, label %r.exit70

r.body69:                                         ; preds = %r.header68
  %1004 = srem i64 %r71, 3
  %1005 = mul i64 %1004, 54
  %1006 = add i64 %1005, 48
  %1007 = mul i64 %1006, 8
  %1008 = load <8 x float>, <8 x float>* %9, align 32
  %1009 = add i64 %1007, 0
  %1010 = getelementptr inbounds float, float* %864, i64 %1009
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = fcmp ogt <8 x float> %1008, %1012
  %1014 = select <8 x i1> %1013, <8 x float> %1008, <8 x float> %1012
  %1015 = fcmp uno <8 x float> %1008, %1008
  %1016 = select <8 x i1> %1015, <8 x float> %1008, <8 x float> %1014
  %1017 = add i64 %1007, 8
  %1018 = getelementptr inbounds float, float* %864, i64 %1017
  %1019 = bitcast float* %1018 to <8 x float>*
  %1020 = load <8 x float>, <8 x float>* %1019, align 4
  %1021 = fcmp ogt <8 x float> %1016, %1020
  %1022 = select <8 x i1> %1021, <8 x float> %1016, <8 x float> %1020
  %1023 = fcmp uno <8 x float> %1016, %1016
  %1024 = select <8 x i1> %1023, <8 x float> %1016, <8 x float> %1022
  %1025 = add i64 %1007, 16
  %1026 = getelementptr inbounds float, float* %864, i64 %1025
  %1027 = bitcast float* %1026 to <8 x float>*
  %1028 = load <8 x float>, <8 x float>* %1027, align 4
  %1029 = fcmp ogt <8 x float> %1024, %1028
  %1030 = select <8 x i1> %1029, <8 x float> %1024, <8 x float> %1028
  %1031 = fcmp uno <8 x float> %1024, %1024
  %1032 = select <8 x i1> %1031, <8 x float> %1024, <8 x float> %1030
  store <8 x float> %1032, <8 x float>* %9, align 32
  %1033 = load <8 x float>, <8 x float>* %8, align 32
  %1034 = add i64 %1007, 16
  %1035 = getelementptr inbounds float, float* %864, i64 %1034
  %1036 = bitcast float* %1035 to <8 x float>*
  %1037 = load <8 x float>, <8 x float>* %1036, align 4
  %1038 = fcmp ogt <8 x float> %1033, %1037
  %1039 = select <8 x i1> %1038, <8 x float> %1033, <8 x float> %1037
  %1040 = fcmp uno <8 x float> %1033, %1033
  %1041 = select <8 x i1> %1040, <8 x float> %1033, <8 x float> %1039
  %1042 = add i64 %1007, 24
  %1043 = getelementptr inbounds float, float* %864, i64 %1042
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = fcmp ogt <8 x float> %1041, %1045
  %1047 = select <8 x i1> %1046, <8 x float> %1041, <8 x float> %1045
  %1048 = fcmp uno <8 x float> %1041, %1041
  %1049 = select <8 x i1> %1048, <8 x float> %1041, <8 x float> %1047
  %1050 = add i64 %1007, 32
  %1051 = getelementptr inbounds float, float* %864, i64 %1050
  %1052 = bitcast float* %1051 to <8 x float>*
  %1053 = load <8 x float>, <8 x float>* %1052, align 4
  %1054 = fcmp ogt <8 x float> %1049, %1053
  %1055 = select <8 x i1> %1054, <8 x float> %1049, <8 x float> %1053
  %1056 = fcmp uno <8 x float> %1049, %1049
  %1057 = select <8 x i1> %1056, <8 x float> %1049, <8 x float> %1055
  store <8 x float> %1057, <8 x float>* %8, align 32
  %r.next72 = add i64 %r71, 1
  br label %r.header68

r.exit70:                                         ; preds = %r.header68
  %1058 = load <8 x float>, <8 x float>* %9, align 32
  %1059 = getelementptr inbounds float, float* %863, i64 192
  %1060 = bitcast float* %1059 to <8 x float>*
  store <8 x float> %1058, <8 x float>* %1060, align 4
  %1061 = load <8 x float>, <8 x float>* %8, align 32
  %1062 = getelementptr inbounds float, float* %863, i64 200
  %1063 = bitcast float* %1062 to <8 x float>*
  store <8 x float> %1061, <8 x float>* %1063, align 4
  %item.next = add i64 %item, 1
  br label %item.header
}

; Function Attrs: noinline nounwind
define internal void @node2.conv2d_3.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node2.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %21, i64 %23)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 30
  %8 = sub i64 %7, 2
  %9 = sdiv i64 %task, 30
  %10 = mul i64 %task, 240
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 26
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 26
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 208
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 64, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 16
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 832, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 224
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 64, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 960, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: noinline nounwind
define internal void @node3.conv2d_4.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 360, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 360
  %23 = select i1 %22, i64 %21, i64 360
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 360
  %26 = select i1 %25, i64 %24, i64 360
  call void @node3.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 26
  %26 = sdiv i64 %task, 26
  %27 = srem i64 %26, 16
  %28 = sdiv i64 %task, 416
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 32
  %32 = mul i64 %27, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %25, 1
  %35 = mul i64 %34, 26
  %36 = mul i64 %25, 1
  %37 = mul i64 %29, 32
  %38 = mul i64 %27, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %30, 12
  %41 = mul i64 %29, 12
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 7200
  %44 = mul i64 %39, 19200
  %45 = mul i64 %36, 240
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %kh.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %kh.exit50 ]
  %46 = icmp slt i64 %chunk, 12
  br i1 %46, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %kh.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %kh.exit ]
  %47 = icmp slt i64 %x, 24
  br i1 %47, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %48 = add i64 %35, %x
  %49 = mul i64 %30, 32
  %50 = add i64 %49, %33
  %51 = add i64 %50, 0
  %52 = mul i64 %51, 5408
  %53 = add i64 %48, 0
  %54 = mul i64 %53, 8
  %55 = add i64 %52, %54
  %56 = add i64 %48, 1
  %57 = mul i64 %56, 8
  %58 = add i64 %52, %57
  %59 = add i64 %48, 2
  %60 = mul i64 %59, 8
  %61 = add i64 %52, %60
  %62 = add i64 %48, 3
  %63 = mul i64 %62, 8
  %64 = add i64 %52, %63
  %65 = add i64 %48, 4
  %66 = mul i64 %65, 8
  %67 = add i64 %52, %66
  %68 = add i64 %48, 5
  %69 = mul i64 %68, 8
  %70 = add i64 %52, %69
  %71 = mul i64 %30, 32
  %72 = add i64 %71, %33
  %73 = add i64 %72, 1
  %74 = mul i64 %73, 5408
  %75 = add i64 %48, 0
  %76 = mul i64 %75, 8
  %77 = add i64 %74, %76
  %78 = add i64 %48, 1
  %79 = mul i64 %78, 8
  %80 = add i64 %74, %79
  %81 = add i64 %48, 2
  %82 = mul i64 %81, 8
  %83 = add i64 %74, %82
  %84 = add i64 %48, 3
  %85 = mul i64 %84, 8
  %86 = add i64 %74, %85
  %87 = add i64 %48, 4
  %88 = mul i64 %87, 8
  %89 = add i64 %74, %88
  %90 = add i64 %48, 5
  %91 = mul i64 %90, 8
  %92 = add i64 %74, %91
  %93 = add i64 %39, 0
  %94 = mul i64 %93, 8
  %95 = getelementptr inbounds float, float* %5, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %39, 1
  %99 = mul i64 %98, 8
  %100 = getelementptr inbounds float, float* %5, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = icmp eq i64 %chunk, 0
  %104 = getelementptr inbounds float, float* %0, i64 %55
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = select i1 %103, <8 x float> %97, <8 x float> %106
  store <8 x float> %107, <8 x float>* %23, align 32
  %108 = getelementptr inbounds float, float* %0, i64 %58
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = select i1 %103, <8 x float> %97, <8 x float> %110
  store <8 x float> %111, <8 x float>* %22, align 32
  %112 = getelementptr inbounds float, float* %0, i64 %61
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = select i1 %103, <8 x float> %97, <8 x float> %114
  store <8 x float> %115, <8 x float>* %21, align 32
  %116 = getelementptr inbounds float, float* %0, i64 %64
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = select i1 %103, <8 x float> %97, <8 x float> %118
  store <8 x float> %119, <8 x float>* %20, align 32
  %120 = getelementptr inbounds float, float* %0, i64 %67
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = select i1 %103, <8 x float> %97, <8 x float> %122
  store <8 x float> %123, <8 x float>* %19, align 32
  %124 = getelementptr inbounds float, float* %0, i64 %70
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = select i1 %103, <8 x float> %97, <8 x float> %126
  store <8 x float> %127, <8 x float>* %18, align 32
  %128 = getelementptr inbounds float, float* %0, i64 %77
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = select i1 %103, <8 x float> %102, <8 x float> %130
  store <8 x float> %131, <8 x float>* %17, align 32
  %132 = getelementptr inbounds float, float* %0, i64 %80
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = select i1 %103, <8 x float> %102, <8 x float> %134
  store <8 x float> %135, <8 x float>* %16, align 32
  %136 = getelementptr inbounds float, float* %0, i64 %83
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = select i1 %103, <8 x float> %102, <8 x float> %138
  store <8 x float> %139, <8 x float>* %15, align 32
  %140 = getelementptr inbounds float, float* %0, i64 %86
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = select i1 %103, <8 x float> %102, <8 x float> %142
  store <8 x float> %143, <8 x float>* %14, align 32
  %144 = getelementptr inbounds float, float* %0, i64 %89
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = select i1 %103, <8 x float> %102, <8 x float> %146
  store <8 x float> %147, <8 x float>* %13, align 32
  %148 = getelementptr inbounds float, float* %0, i64 %92
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = select i1 %103, <8 x float> %102, <8 x float> %150
  store <8 x float> %151, <8 x float>* %12, align 32
  %152 = mul i64 %x, 8
  %153 = add i64 %45, %152
  %154 = add i64 %43, %153
  %155 = mul i64 %chunk, 1
  %156 = add i64 %155, 0
  %157 = mul i64 %156, 7200
  %158 = add i64 %154, %157
  %159 = mul i64 %156, 1600
  %160 = add i64 %44, %159
  br label %kh.header

x.exit:                                           ; preds = %x.header
  %161 = add i64 %35, 24
  %162 = mul i64 %30, 32
  %163 = add i64 %162, %33
  %164 = add i64 %163, 0
  %165 = mul i64 %164, 5408
  %166 = add i64 %161, 0
  %167 = mul i64 %166, 8
  %168 = add i64 %165, %167
  %169 = add i64 %161, 1
  %170 = mul i64 %169, 8
  %171 = add i64 %165, %170
  %172 = mul i64 %30, 32
  %173 = add i64 %172, %33
  %174 = add i64 %173, 1
  %175 = mul i64 %174, 5408
  %176 = add i64 %161, 0
  %177 = mul i64 %176, 8
  %178 = add i64 %175, %177
  %179 = add i64 %161, 1
  %180 = mul i64 %179, 8
  %181 = add i64 %175, %180
  %182 = add i64 %39, 0
  %183 = mul i64 %182, 8
  %184 = getelementptr inbounds float, float* %5, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  %186 = load <8 x float>, <8 x float>* %185, align 4
  %187 = add i64 %39, 1
  %188 = mul i64 %187, 8
  %189 = getelementptr inbounds float, float* %5, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = icmp eq i64 %chunk, 0
  %193 = getelementptr inbounds float, float* %0, i64 %168
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = select i1 %192, <8 x float> %186, <8 x float> %195
  store <8 x float> %196, <8 x float>* %11, align 32
  %197 = getelementptr inbounds float, float* %0, i64 %171
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = select i1 %192, <8 x float> %186, <8 x float> %199
  store <8 x float> %200, <8 x float>* %10, align 32
  %201 = getelementptr inbounds float, float* %0, i64 %178
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = select i1 %192, <8 x float> %191, <8 x float> %203
  store <8 x float> %204, <8 x float>* %9, align 32
  %205 = getelementptr inbounds float, float* %0, i64 %181
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = select i1 %192, <8 x float> %191, <8 x float> %207
  store <8 x float> %208, <8 x float>* %8, align 32
  %209 = add i64 %45, 192
  %210 = add i64 %43, %209
  %211 = mul i64 %chunk, 1
  %212 = add i64 %211, 0
  %213 = mul i64 %212, 7200
  %214 = add i64 %210, %213
  %215 = mul i64 %212, 1600
  %216 = add i64 %44, %215
  br label %kh.header48

kh.header:                                        ; preds = %kw.exit, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %kw.exit ]
  %217 = icmp slt i64 %kh, 5
  br i1 %217, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %218 = mul i64 %kh, 240
  %219 = add i64 %158, %218
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %220 = icmp eq i64 %chunk, 11
  %221 = load <8 x float>, <8 x float>* %23, align 32
  %222 = fcmp olt <8 x float> %221, zeroinitializer
  %223 = select <8 x i1> %222, <8 x float> zeroinitializer, <8 x float> %221
  %224 = select i1 %220, <8 x float> %223, <8 x float> %221
  %225 = getelementptr inbounds float, float* %0, i64 %55
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %224, <8 x float>* %226, align 4
  %227 = load <8 x float>, <8 x float>* %22, align 32
  %228 = fcmp olt <8 x float> %227, zeroinitializer
  %229 = select <8 x i1> %228, <8 x float> zeroinitializer, <8 x float> %227
  %230 = select i1 %220, <8 x float> %229, <8 x float> %227
  %231 = getelementptr inbounds float, float* %0, i64 %58
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %230, <8 x float>* %232, align 4
  %233 = load <8 x float>, <8 x float>* %21, align 32
  %234 = fcmp olt <8 x float> %233, zeroinitializer
  %235 = select <8 x i1> %234, <8 x float> zeroinitializer, <8 x float> %233
  %236 = select i1 %220, <8 x float> %235, <8 x float> %233
  %237 = getelementptr inbounds float, float* %0, i64 %61
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %236, <8 x float>* %238, align 4
  %239 = load <8 x float>, <8 x float>* %20, align 32
  %240 = fcmp olt <8 x float> %239, zeroinitializer
  %241 = select <8 x i1> %240, <8 x float> zeroinitializer, <8 x float> %239
  %242 = select i1 %220, <8 x float> %241, <8 x float> %239
  %243 = getelementptr inbounds float, float* %0, i64 %64
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %242, <8 x float>* %244, align 4
  %245 = load <8 x float>, <8 x float>* %19, align 32
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = select i1 %220, <8 x float> %247, <8 x float> %245
  %249 = getelementptr inbounds float, float* %0, i64 %67
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %248, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %18, align 32
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = select i1 %220, <8 x float> %253, <8 x float> %251
  %255 = getelementptr inbounds float, float* %0, i64 %70
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %254, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %17, align 32
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = select i1 %220, <8 x float> %259, <8 x float> %257
  %261 = getelementptr inbounds float, float* %0, i64 %77
  %262 = bitcast float* %261 to <8 x float>*
  store <8 x float> %260, <8 x float>* %262, align 4
  %263 = load <8 x float>, <8 x float>* %16, align 32
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = select i1 %220, <8 x float> %265, <8 x float> %263
  %267 = getelementptr inbounds float, float* %0, i64 %80
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %266, <8 x float>* %268, align 4
  %269 = load <8 x float>, <8 x float>* %15, align 32
  %270 = fcmp olt <8 x float> %269, zeroinitializer
  %271 = select <8 x i1> %270, <8 x float> zeroinitializer, <8 x float> %269
  %272 = select i1 %220, <8 x float> %271, <8 x float> %269
  %273 = getelementptr inbounds float, float* %0, i64 %83
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %272, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %14, align 32
  %276 = fcmp olt <8 x float> %275, zeroinitializer
  %277 = select <8 x i1> %276, <8 x float> zeroinitializer, <8 x float> %275
  %278 = select i1 %220, <8 x float> %277, <8 x float> %275
  %279 = getelementptr inbounds float, float* %0, i64 %86
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %13, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = select i1 %220, <8 x float> %283, <8 x float> %281
  %285 = getelementptr inbounds float, float* %0, i64 %89
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %284, <8 x float>* %286, align 4
  %287 = load <8 x float>, <8 x float>* %12, align 32
  %288 = fcmp olt <8 x float> %287, zeroinitializer
  %289 = select <8 x i1> %288, <8 x float> zeroinitializer, <8 x float> %287
  %290 = select i1 %220, <8 x float> %289, <8 x float> %287
  %291 = getelementptr inbounds float, float* %0, i64 %92
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %290, <8 x float>* %292, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %293 = icmp slt i64 %kw, 5
  br i1 %293, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %294 = mul i64 %kw, 8
  %295 = add i64 %219, %294
  %296 = mul i64 %kh, 5
  %297 = add i64 %296, %kw
  %298 = mul i64 %297, 64
  %299 = add i64 %160, %298
  %300 = add i64 %299, 0
  %301 = getelementptr inbounds float, float* %4, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 %299, 19200
  %305 = getelementptr inbounds float, float* %4, i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %295, 0
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %23, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %303, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %23, align 32
  %314 = load <8 x float>, <8 x float>* %17, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %307, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %17, align 32
  %316 = add i64 %295, 8
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat1 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %22, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %303, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %22, align 32
  %322 = load <8 x float>, <8 x float>* %16, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %307, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %16, align 32
  %324 = add i64 %295, 16
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat2 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %21, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %303, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %21, align 32
  %330 = load <8 x float>, <8 x float>* %15, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %307, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %15, align 32
  %332 = add i64 %295, 24
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %splat3 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %336 = load <8 x float>, <8 x float>* %20, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %303, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %20, align 32
  %338 = load <8 x float>, <8 x float>* %14, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %307, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %14, align 32
  %340 = add i64 %295, 32
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat4 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %19, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %303, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %19, align 32
  %346 = load <8 x float>, <8 x float>* %13, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %307, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %13, align 32
  %348 = add i64 %295, 40
  %349 = getelementptr inbounds float, float* %2, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat5 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %18, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %303, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %18, align 32
  %354 = load <8 x float>, <8 x float>* %12, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %307, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %12, align 32
  %356 = add i64 %299, 8
  %357 = getelementptr inbounds float, float* %4, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = add i64 %299, 19208
  %361 = getelementptr inbounds float, float* %4, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %295, 1
  %365 = getelementptr inbounds float, float* %2, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat6 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %23, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %359, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %23, align 32
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %363, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = add i64 %295, 9
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat7 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %22, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %359, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %22, align 32
  %378 = load <8 x float>, <8 x float>* %16, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %363, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %16, align 32
  %380 = add i64 %295, 17
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat8 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %21, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %359, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %21, align 32
  %386 = load <8 x float>, <8 x float>* %15, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %363, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %15, align 32
  %388 = add i64 %295, 25
  %389 = getelementptr inbounds float, float* %2, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat9 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %20, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %359, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %20, align 32
  %394 = load <8 x float>, <8 x float>* %14, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %363, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %14, align 32
  %396 = add i64 %295, 33
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat10 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %19, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %359, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %19, align 32
  %402 = load <8 x float>, <8 x float>* %13, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %363, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %13, align 32
  %404 = add i64 %295, 41
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat11 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %18, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %359, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %18, align 32
  %410 = load <8 x float>, <8 x float>* %12, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %363, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %12, align 32
  %412 = add i64 %299, 16
  %413 = getelementptr inbounds float, float* %4, i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = add i64 %299, 19216
  %417 = getelementptr inbounds float, float* %4, i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %295, 2
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat12 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %23, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %415, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %23, align 32
  %426 = load <8 x float>, <8 x float>* %17, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %419, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %17, align 32
  %428 = add i64 %295, 10
  %429 = getelementptr inbounds float, float* %2, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat13 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %22, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %415, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %22, align 32
  %434 = load <8 x float>, <8 x float>* %16, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %419, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %16, align 32
  %436 = add i64 %295, 18
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat14 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %21, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %415, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %21, align 32
  %442 = load <8 x float>, <8 x float>* %15, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %419, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %15, align 32
  %444 = add i64 %295, 26
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat15 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %20, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %415, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %20, align 32
  %450 = load <8 x float>, <8 x float>* %14, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %419, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %14, align 32
  %452 = add i64 %295, 34
  %453 = getelementptr inbounds float, float* %2, i64 %452
  %454 = load float, float* %453, align 4
  %455 = insertelement <8 x float> undef, float %454, i32 0
  %splat16 = shufflevector <8 x float> %455, <8 x float> undef, <8 x i32> zeroinitializer
  %456 = load <8 x float>, <8 x float>* %19, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %415, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %19, align 32
  %458 = load <8 x float>, <8 x float>* %13, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %419, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %13, align 32
  %460 = add i64 %295, 42
  %461 = getelementptr inbounds float, float* %2, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat17 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %18, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %415, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %18, align 32
  %466 = load <8 x float>, <8 x float>* %12, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %419, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %12, align 32
  %468 = add i64 %299, 24
  %469 = getelementptr inbounds float, float* %4, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  %472 = add i64 %299, 19224
  %473 = getelementptr inbounds float, float* %4, i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  %475 = load <8 x float>, <8 x float>* %474, align 4
  %476 = add i64 %295, 3
  %477 = getelementptr inbounds float, float* %2, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat18 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %23, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %471, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %23, align 32
  %482 = load <8 x float>, <8 x float>* %17, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %475, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %17, align 32
  %484 = add i64 %295, 11
  %485 = getelementptr inbounds float, float* %2, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat19 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %22, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %471, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %22, align 32
  %490 = load <8 x float>, <8 x float>* %16, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %475, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %16, align 32
  %492 = add i64 %295, 19
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat20 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %21, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %471, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %21, align 32
  %498 = load <8 x float>, <8 x float>* %15, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %475, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %15, align 32
  %500 = add i64 %295, 27
  %501 = getelementptr inbounds float, float* %2, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat21 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %20, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %471, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %20, align 32
  %506 = load <8 x float>, <8 x float>* %14, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %475, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %14, align 32
  %508 = add i64 %295, 35
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat22 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %19, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %471, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %19, align 32
  %514 = load <8 x float>, <8 x float>* %13, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %475, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %13, align 32
  %516 = add i64 %295, 43
  %517 = getelementptr inbounds float, float* %2, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat23 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %18, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %471, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %18, align 32
  %522 = load <8 x float>, <8 x float>* %12, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %475, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %12, align 32
  %524 = add i64 %299, 32
  %525 = getelementptr inbounds float, float* %4, i64 %524
  %526 = bitcast float* %525 to <8 x float>*
  %527 = load <8 x float>, <8 x float>* %526, align 4
  %528 = add i64 %299, 19232
  %529 = getelementptr inbounds float, float* %4, i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = add i64 %295, 4
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat24 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %23, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %527, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %23, align 32
  %538 = load <8 x float>, <8 x float>* %17, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %531, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %17, align 32
  %540 = add i64 %295, 12
  %541 = getelementptr inbounds float, float* %2, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat25 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %22, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %527, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %22, align 32
  %546 = load <8 x float>, <8 x float>* %16, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %531, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %16, align 32
  %548 = add i64 %295, 20
  %549 = getelementptr inbounds float, float* %2, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat26 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %21, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %527, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %21, align 32
  %554 = load <8 x float>, <8 x float>* %15, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %531, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %15, align 32
  %556 = add i64 %295, 28
  %557 = getelementptr inbounds float, float* %2, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat27 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %20, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %527, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %20, align 32
  %562 = load <8 x float>, <8 x float>* %14, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %531, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %14, align 32
  %564 = add i64 %295, 36
  %565 = getelementptr inbounds float, float* %2, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat28 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %19, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %527, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %19, align 32
  %570 = load <8 x float>, <8 x float>* %13, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %531, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %13, align 32
  %572 = add i64 %295, 44
  %573 = getelementptr inbounds float, float* %2, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat29 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %18, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %527, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %18, align 32
  %578 = load <8 x float>, <8 x float>* %12, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %531, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %12, align 32
  %580 = add i64 %299, 40
  %581 = getelementptr inbounds float, float* %4, i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %299, 19240
  %585 = getelementptr inbounds float, float* %4, i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %295, 5
  %589 = getelementptr inbounds float, float* %2, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat30 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %23, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %583, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %23, align 32
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %587, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = add i64 %295, 13
  %597 = getelementptr inbounds float, float* %2, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat31 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %22, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %583, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %22, align 32
  %602 = load <8 x float>, <8 x float>* %16, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %587, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %16, align 32
  %604 = add i64 %295, 21
  %605 = getelementptr inbounds float, float* %2, i64 %604
  %606 = load float, float* %605, align 4
  %607 = insertelement <8 x float> undef, float %606, i32 0
  %splat32 = shufflevector <8 x float> %607, <8 x float> undef, <8 x i32> zeroinitializer
  %608 = load <8 x float>, <8 x float>* %21, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %583, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %21, align 32
  %610 = load <8 x float>, <8 x float>* %15, align 32
  %611 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %587, <8 x float> %610)
  store <8 x float> %611, <8 x float>* %15, align 32
  %612 = add i64 %295, 29
  %613 = getelementptr inbounds float, float* %2, i64 %612
  %614 = load float, float* %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %splat33 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, <8 x float>* %20, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %583, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %20, align 32
  %618 = load <8 x float>, <8 x float>* %14, align 32
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %587, <8 x float> %618)
  store <8 x float> %619, <8 x float>* %14, align 32
  %620 = add i64 %295, 37
  %621 = getelementptr inbounds float, float* %2, i64 %620
  %622 = load float, float* %621, align 4
  %623 = insertelement <8 x float> undef, float %622, i32 0
  %splat34 = shufflevector <8 x float> %623, <8 x float> undef, <8 x i32> zeroinitializer
  %624 = load <8 x float>, <8 x float>* %19, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %583, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %19, align 32
  %626 = load <8 x float>, <8 x float>* %13, align 32
  %627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %587, <8 x float> %626)
  store <8 x float> %627, <8 x float>* %13, align 32
  %628 = add i64 %295, 45
  %629 = getelementptr inbounds float, float* %2, i64 %628
  %630 = load float, float* %629, align 4
  %631 = insertelement <8 x float> undef, float %630, i32 0
  %splat35 = shufflevector <8 x float> %631, <8 x float> undef, <8 x i32> zeroinitializer
  %632 = load <8 x float>, <8 x float>* %18, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %583, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %18, align 32
  %634 = load <8 x float>, <8 x float>* %12, align 32
  %635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %587, <8 x float> %634)
  store <8 x float> %635, <8 x float>* %12, align 32
  %636 = add i64 %299, 48
  %637 = getelementptr inbounds float, float* %4, i64 %636
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = add i64 %299, 19248
  %641 = getelementptr inbounds float, float* %4, i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = add i64 %295, 6
  %645 = getelementptr inbounds float, float* %2, i64 %644
  %646 = load float, float* %645, align 4
  %647 = insertelement <8 x float> undef, float %646, i32 0
  %splat36 = shufflevector <8 x float> %647, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, <8 x float>* %23, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %639, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %23, align 32
  %650 = load <8 x float>, <8 x float>* %17, align 32
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %643, <8 x float> %650)
  store <8 x float> %651, <8 x float>* %17, align 32
  %652 = add i64 %295, 14
  %653 = getelementptr inbounds float, float* %2, i64 %652
  %654 = load float, float* %653, align 4
  %655 = insertelement <8 x float> undef, float %654, i32 0
  %splat37 = shufflevector <8 x float> %655, <8 x float> undef, <8 x i32> zeroinitializer
  %656 = load <8 x float>, <8 x float>* %22, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %639, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %22, align 32
  %658 = load <8 x float>, <8 x float>* %16, align 32
  %659 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %643, <8 x float> %658)
  store <8 x float> %659, <8 x float>* %16, align 32
  %660 = add i64 %295, 22
  %661 = getelementptr inbounds float, float* %2, i64 %660
  %662 = load float, float* %661, align 4
  %663 = insertelement <8 x float> undef, float %662, i32 0
  %splat38 = shufflevector <8 x float> %663, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, <8 x float>* %21, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %639, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %21, align 32
  %666 = load <8 x float>, <8 x float>* %15, align 32
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %643, <8 x float> %666)
  store <8 x float> %667, <8 x float>* %15, align 32
  %668 = add i64 %295, 30
  %669 = getelementptr inbounds float, float* %2, i64 %668
  %670 = load float, float* %669, align 4
  %671 = insertelement <8 x float> undef, float %670, i32 0
  %splat39 = shufflevector <8 x float> %671, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, <8 x float>* %20, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %639, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %20, align 32
  %674 = load <8 x float>, <8 x float>* %14, align 32
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %643, <8 x float> %674)
  store <8 x float> %675, <8 x float>* %14, align 32
  %676 = add i64 %295, 38
  %677 = getelementptr inbounds float, float* %2, i64 %676
  %678 = load float, float* %677, align 4
  %679 = insertelement <8 x float> undef, float %678, i32 0
  %splat40 = shufflevector <8 x float> %679, <8 x float> undef, <8 x i32> zeroinitializer
  %680 = load <8 x float>, <8 x float>* %19, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %639, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %19, align 32
  %682 = load <8 x float>, <8 x float>* %13, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %643, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %13, align 32
  %684 = add i64 %295, 46
  %685 = getelementptr inbounds float, float* %2, i64 %684
  %686 = load float, float* %685, align 4
  %687 = insertelement <8 x float> undef, float %686, i32 0
  %splat41 = shufflevector <8 x float> %687, <8 x float> undef, <8 x i32> zeroinitializer
  %688 = load <8 x float>, <8 x float>* %18, align 32
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %639, <8 x float> %688)
  store <8 x float> %689, <8 x float>* %18, align 32
  %690 = load <8 x float>, <8 x float>* %12, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %643, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %12, align 32
  %692 = add i64 %299, 56
  %693 = getelementptr inbounds float, float* %4, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %299, 19256
  %697 = getelementptr inbounds float, float* %4, i64 %696
  %698 = bitcast float* %697 to <8 x float>*
  %699 = load <8 x float>, <8 x float>* %698, align 4
  %700 = add i64 %295, 7
  %701 = getelementptr inbounds float, float* %2, i64 %700
  %702 = load float, float* %701, align 4
  %703 = insertelement <8 x float> undef, float %702, i32 0
  %splat42 = shufflevector <8 x float> %703, <8 x float> undef, <8 x i32> zeroinitializer
  %704 = load <8 x float>, <8 x float>* %23, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %695, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %23, align 32
  %706 = load <8 x float>, <8 x float>* %17, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %699, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %17, align 32
  %708 = add i64 %295, 15
  %709 = getelementptr inbounds float, float* %2, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat43 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %22, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %695, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %22, align 32
  %714 = load <8 x float>, <8 x float>* %16, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %699, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %16, align 32
  %716 = add i64 %295, 23
  %717 = getelementptr inbounds float, float* %2, i64 %716
  %718 = load float, float* %717, align 4
  %719 = insertelement <8 x float> undef, float %718, i32 0
  %splat44 = shufflevector <8 x float> %719, <8 x float> undef, <8 x i32> zeroinitializer
  %720 = load <8 x float>, <8 x float>* %21, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %695, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %21, align 32
  %722 = load <8 x float>, <8 x float>* %15, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %699, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %15, align 32
  %724 = add i64 %295, 31
  %725 = getelementptr inbounds float, float* %2, i64 %724
  %726 = load float, float* %725, align 4
  %727 = insertelement <8 x float> undef, float %726, i32 0
  %splat45 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
  %728 = load <8 x float>, <8 x float>* %20, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %695, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %20, align 32
  %730 = load <8 x float>, <8 x float>* %14, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %699, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %14, align 32
  %732 = add i64 %295, 39
  %733 = getelementptr inbounds float, float* %2, i64 %732
  %734 = load float, float* %733, align 4
  %735 = insertelement <8 x float> undef, float %734, i32 0
  %splat46 = shufflevector <8 x float> %735, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, <8 x float>* %19, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %695, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %19, align 32
  %738 = load <8 x float>, <8 x float>* %13, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %699, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %13, align 32
  %740 = add i64 %295, 47
  %741 = getelementptr inbounds float, float* %2, i64 %740
  %742 = load float, float* %741, align 4
  %743 = insertelement <8 x float> undef, float %742, i32 0
  %splat47 = shufflevector <8 x float> %743, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, <8 x float>* %18, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %695, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %18, align 32
  %746 = load <8 x float>, <8 x float>* %12, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %699, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header48:                                      ; preds = %kw.exit54, %x.exit
  %kh51 = phi i64 [ 0, %x.exit ], [ %kh.next73, %kw.exit54 ]
  %748 = icmp slt i64 %kh51, 5
  br i1 %748, label %kh.body49, label %kh.exit50

kh.body49:                                        ; preds = %kh.header48
  %749 = mul i64 %kh51, 240
  %750 = add i64 %214, %749
  br label %kw.header52

kh.exit50:                                        ; preds = %kh.header48
  %751 = icmp eq i64 %chunk, 11
  %752 = load <8 x float>, <8 x float>* %11, align 32
  %753 = fcmp olt <8 x float> %752, zeroinitializer
  %754 = select <8 x i1> %753, <8 x float> zeroinitializer, <8 x float> %752
  %755 = select i1 %751, <8 x float> %754, <8 x float> %752
  %756 = getelementptr inbounds float, float* %0, i64 %168
  %757 = bitcast float* %756 to <8 x float>*
  store <8 x float> %755, <8 x float>* %757, align 4
  %758 = load <8 x float>, <8 x float>* %10, align 32
  %759 = fcmp olt <8 x float> %758, zeroinitializer
  %760 = select <8 x i1> %759, <8 x float> zeroinitializer, <8 x float> %758
  %761 = select i1 %751, <8 x float> %760, <8 x float> %758
  %762 = getelementptr inbounds float, float* %0, i64 %171
  %763 = bitcast float* %762 to <8 x float>*
  store <8 x float> %761, <8 x float>* %763, align 4
  %764 = load <8 x float>, <8 x float>* %9, align 32
  %765 = fcmp olt <8 x float> %764, zeroinitializer
  %766 = select <8 x i1> %765, <8 x float> zeroinitializer, <8 x float> %764
  %767 = select i1 %751, <8 x float> %766, <8 x float> %764
  %768 = getelementptr inbounds float, float* %0, i64 %178
  %769 = bitcast float* %768 to <8 x float>*
  store <8 x float> %767, <8 x float>* %769, align 4
  %770 = load <8 x float>, <8 x float>* %8, align 32
  %771 = fcmp olt <8 x float> %770, zeroinitializer
  %772 = select <8 x i1> %771, <8 x float> zeroinitializer, <8 x float> %770
  %773 = select i1 %751, <8 x float> %772, <8 x float> %770
  %774 = getelementptr inbounds float, float* %0, i64 %181
  %775 = bitcast float* %774 to <8 x float>*
  store <8 x float> %773, <8 x float>* %775, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !3

kw.header52:                                      ; preds = %kw.body53, %kh.body49
  %kw55 = phi i64 [ 0, %kh.body49 ], [ %kw.next72, %kw.body53 ]
  %776 = icmp slt i64 %kw55, 5
  br i1 %776, label %kw.body53, label %kw.exit54

kw.body53:                                        ; preds = %kw.header52
  %777 = mul i64 %kw55, 8
  %778 = add i64 %750, %777
  %779 = mul i64 %kh51, 5
  %780 = add i64 %779, %kw55
  %781 = mul i64 %780, 64
  %782 = add i64 %216, %781
  %783 = add i64 %782, 0
  %784 = getelementptr inbounds float, float* %4, i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = add i64 %782, 19200
  %788 = getelementptr inbounds float, float* %4, i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = add i64 %778, 0
  %792 = getelementptr inbounds float, float* %2, i64 %791
  %793 = load float, float* %792, align 4
  %794 = insertelement <8 x float> undef, float %793, i32 0
  %splat56 = shufflevector <8 x float> %794, <8 x float> undef, <8 x i32> zeroinitializer
  %795 = load <8 x float>, <8 x float>* %11, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %786, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %11, align 32
  %797 = load <8 x float>, <8 x float>* %9, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %790, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %9, align 32
  %799 = add i64 %778, 8
  %800 = getelementptr inbounds float, float* %2, i64 %799
  %801 = load float, float* %800, align 4
  %802 = insertelement <8 x float> undef, float %801, i32 0
  %splat57 = shufflevector <8 x float> %802, <8 x float> undef, <8 x i32> zeroinitializer
  %803 = load <8 x float>, <8 x float>* %10, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %786, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %10, align 32
  %805 = load <8 x float>, <8 x float>* %8, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %790, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %8, align 32
  %807 = add i64 %782, 8
  %808 = getelementptr inbounds float, float* %4, i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = add i64 %782, 19208
  %812 = getelementptr inbounds float, float* %4, i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  %815 = add i64 %778, 1
  %816 = getelementptr inbounds float, float* %2, i64 %815
  %817 = load float, float* %816, align 4
  %818 = insertelement <8 x float> undef, float %817, i32 0
  %splat58 = shufflevector <8 x float> %818, <8 x float> undef, <8 x i32> zeroinitializer
  %819 = load <8 x float>, <8 x float>* %11, align 32
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %810, <8 x float> %819)
  store <8 x float> %820, <8 x float>* %11, align 32
  %821 = load <8 x float>, <8 x float>* %9, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %814, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %9, align 32
  %823 = add i64 %778, 9
  %824 = getelementptr inbounds float, float* %2, i64 %823
  %825 = load float, float* %824, align 4
  %826 = insertelement <8 x float> undef, float %825, i32 0
  %splat59 = shufflevector <8 x float> %826, <8 x float> undef, <8 x i32> zeroinitializer
  %827 = load <8 x float>, <8 x float>* %10, align 32
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %810, <8 x float> %827)
  store <8 x float> %828, <8 x float>* %10, align 32
  %829 = load <8 x float>, <8 x float>* %8, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %814, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %8, align 32
  %831 = add i64 %782, 16
  %832 = getelementptr inbounds float, float* %4, i64 %831
  %833 = bitcast float* %832 to <8 x float>*
  %834 = load <8 x float>, <8 x float>* %833, align 4
  %835 = add i64 %782, 19216
  %836 = getelementptr inbounds float, float* %4, i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = add i64 %778, 2
  %840 = getelementptr inbounds float, float* %2, i64 %839
  %841 = load float, float* %840, align 4
  %842 = insertelement <8 x float> undef, float %841, i32 0
  %splat60 = shufflevector <8 x float> %842, <8 x float> undef, <8 x i32> zeroinitializer
  %843 = load <8 x float>, <8 x float>* %11, align 32
  %844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %834, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %11, align 32
  %845 = load <8 x float>, <8 x float>* %9, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %838, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %9, align 32
  %847 = add i64 %778, 10
  %848 = getelementptr inbounds float, float* %2, i64 %847
  %849 = load float, float* %848, align 4
  %850 = insertelement <8 x float> undef, float %849, i32 0
  %splat61 = shufflevector <8 x float> %850, <8 x float> undef, <8 x i32> zeroinitializer
  %851 = load <8 x float>, <8 x float>* %10, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %834, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %10, align 32
  %853 = load <8 x float>, <8 x float>* %8, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %838, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %8, align 32
  %855 = add i64 %782, 24
  %856 = getelementptr inbounds float, float* %4, i64 %855
  %857 = bitcast float* %856 to <8 x float>*
  %858 = load <8 x float>, <8 x float>* %857, align 4
  %859 = add i64 %782, 19224
  %860 = getelementptr inbounds float, float* %4, i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = add i64 %778, 3
  %864 = getelementptr inbounds float, float* %2, i64 %863
  %865 = load float, float* %864, align 4
  %866 = insertelement <8 x float> undef, float %865, i32 0
  %splat62 = shufflevector <8 x float> %866, <8 x float> undef, <8 x i32> zeroinitializer
  %867 = load <8 x float>, <8 x float>* %11, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %858, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %11, align 32
  %869 = load <8 x float>, <8 x float>* %9, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %862, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %9, align 32
  %871 = add i64 %778, 11
  %872 = getelementptr inbounds float, float* %2, i64 %871
  %873 = load float, float* %872, align 4
  %874 = insertelement <8 x float> undef, float %873, i32 0
  %splat63 = shufflevector <8 x float> %874, <8 x float> undef, <8 x i32> zeroinitializer
  %875 = load <8 x float>, <8 x float>* %10, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %858, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %10, align 32
  %877 = load <8 x float>, <8 x float>* %8, align 32
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %862, <8 x float> %877)
  store <8 x float> %878, <8 x float>* %8, align 32
  %879 = add i64 %782, 32
  %880 = getelementptr inbounds float, float* %4, i64 %879
  %881 = bitcast float* %880 to <8 x float>*
  %882 = load <8 x float>, <8 x float>* %881, align 4
  %883 = add i64 %782, 19232
  %884 = getelementptr inbounds float, float* %4, i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %778, 4
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = load float, float* %888, align 4
  %890 = insertelement <8 x float> undef, float %889, i32 0
  %splat64 = shufflevector <8 x float> %890, <8 x float> undef, <8 x i32> zeroinitializer
  %891 = load <8 x float>, <8 x float>* %11, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %882, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %11, align 32
  %893 = load <8 x float>, <8 x float>* %9, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %886, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %9, align 32
  %895 = add i64 %778, 12
  %896 = getelementptr inbounds float, float* %2, i64 %895
  %897 = load float, float* %896, align 4
  %898 = insertelement <8 x float> undef, float %897, i32 0
  %splat65 = shufflevector <8 x float> %898, <8 x float> undef, <8 x i32> zeroinitializer
  %899 = load <8 x float>, <8 x float>* %10, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %882, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %10, align 32
  %901 = load <8 x float>, <8 x float>* %8, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %886, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %8, align 32
  %903 = add i64 %782, 40
  %904 = getelementptr inbounds float, float* %4, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %782, 19240
  %908 = getelementptr inbounds float, float* %4, i64 %907
  %909 = bitcast float* %908 to <8 x float>*
  %910 = load <8 x float>, <8 x float>* %909, align 4
  %911 = add i64 %778, 5
  %912 = getelementptr inbounds float, float* %2, i64 %911
  %913 = load float, float* %912, align 4
  %914 = insertelement <8 x float> undef, float %913, i32 0
  %splat66 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
  %915 = load <8 x float>, <8 x float>* %11, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %906, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %11, align 32
  %917 = load <8 x float>, <8 x float>* %9, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %910, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %9, align 32
  %919 = add i64 %778, 13
  %920 = getelementptr inbounds float, float* %2, i64 %919
  %921 = load float, float* %920, align 4
  %922 = insertelement <8 x float> undef, float %921, i32 0
  %splat67 = shufflevector <8 x float> %922, <8 x float> undef, <8 x i32> zeroinitializer
  %923 = load <8 x float>, <8 x float>* %10, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %906, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %10, align 32
  %925 = load <8 x float>, <8 x float>* %8, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %910, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %8, align 32
  %927 = add i64 %782, 48
  %928 = getelementptr inbounds float, float* %4, i64 %927
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = add i64 %782, 19248
  %932 = getelementptr inbounds float, float* %4, i64 %931
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = add i64 %778, 6
  %936 = getelementptr inbounds float, float* %2, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat68 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %11, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %930, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %11, align 32
  %941 = load <8 x float>, <8 x float>* %9, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %934, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %9, align 32
  %943 = add i64 %778, 14
  %944 = getelementptr inbounds float, float* %2, i64 %943
  %945 = load float, float* %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %splat69 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %947 = load <8 x float>, <8 x float>* %10, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %930, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %10, align 32
  %949 = load <8 x float>, <8 x float>* %8, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %934, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %8, align 32
  %951 = add i64 %782, 56
  %952 = getelementptr inbounds float, float* %4, i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %782, 19256
  %956 = getelementptr inbounds float, float* %4, i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  %959 = add i64 %778, 7
  %960 = getelementptr inbounds float, float* %2, i64 %959
  %961 = load float, float* %960, align 4
  %962 = insertelement <8 x float> undef, float %961, i32 0
  %splat70 = shufflevector <8 x float> %962, <8 x float> undef, <8 x i32> zeroinitializer
  %963 = load <8 x float>, <8 x float>* %11, align 32
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %954, <8 x float> %963)
  store <8 x float> %964, <8 x float>* %11, align 32
  %965 = load <8 x float>, <8 x float>* %9, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %958, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %9, align 32
  %967 = add i64 %778, 15
  %968 = getelementptr inbounds float, float* %2, i64 %967
  %969 = load float, float* %968, align 4
  %970 = insertelement <8 x float> undef, float %969, i32 0
  %splat71 = shufflevector <8 x float> %970, <8 x float> undef, <8 x i32> zeroinitializer
  %971 = load <8 x float>, <8 x float>* %10, align 32
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %954, <8 x float> %971)
  store <8 x float> %972, <8 x float>* %10, align 32
  %973 = load <8 x float>, <8 x float>* %8, align 32
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %958, <8 x float> %973)
  store <8 x float> %974, <8 x float>* %8, align 32
  %kw.next72 = add i64 %kw55, 1
  br label %kw.header52

kw.exit54:                                        ; preds = %kw.header52
  %kh.next73 = add i64 %kh51, 1
  br label %kh.header48
}

; Function Attrs: noinline nounwind
define internal void @node3.conv2d_4.step1(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 416, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 416
  %29 = select i1 %28, i64 %27, i64 416
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 416
  %32 = select i1 %31, i64 %30, i64 416
  call void @node3.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %u.exit50, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit50 ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 16
  %30 = sdiv i64 %task, 16
  %31 = srem i64 %30, 13
  %32 = sdiv i64 %task, 208
  %33 = srem i64 %32, 1
  %34 = sdiv i64 %32, 1
  %35 = mul i64 %33, 32
  %36 = mul i64 %29, 2
  %37 = add i64 %35, %36
  %38 = mul i64 %31, 1
  %39 = mul i64 %38, 52
  %40 = mul i64 %31, 1
  %41 = mul i64 %33, 32
  %42 = mul i64 %29, 2
  %43 = add i64 %41, %42
  %44 = mul i64 %34, 32
  %45 = mul i64 %33, 32
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 5408
  %48 = mul i64 %43, 2048
  %49 = mul i64 %40, 416
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %50 = icmp slt i64 %x, 48
  br i1 %50, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %51 = add i64 %39, %x
  %52 = mul i64 %34, 32
  %53 = add i64 %52, %37
  %54 = add i64 %53, 0
  %55 = mul i64 %54, 5408
  %56 = add i64 %51, 0
  %57 = mul i64 %56, 8
  %58 = add i64 %55, %57
  %59 = add i64 %51, 1
  %60 = mul i64 %59, 8
  %61 = add i64 %55, %60
  %62 = add i64 %51, 2
  %63 = mul i64 %62, 8
  %64 = add i64 %55, %63
  %65 = add i64 %51, 3
  %66 = mul i64 %65, 8
  %67 = add i64 %55, %66
  %68 = add i64 %51, 4
  %69 = mul i64 %68, 8
  %70 = add i64 %55, %69
  %71 = add i64 %51, 5
  %72 = mul i64 %71, 8
  %73 = add i64 %55, %72
  %74 = mul i64 %34, 32
  %75 = add i64 %74, %37
  %76 = add i64 %75, 1
  %77 = mul i64 %76, 5408
  %78 = add i64 %51, 0
  %79 = mul i64 %78, 8
  %80 = add i64 %77, %79
  %81 = add i64 %51, 1
  %82 = mul i64 %81, 8
  %83 = add i64 %77, %82
  %84 = add i64 %51, 2
  %85 = mul i64 %84, 8
  %86 = add i64 %77, %85
  %87 = add i64 %51, 3
  %88 = mul i64 %87, 8
  %89 = add i64 %77, %88
  %90 = add i64 %51, 4
  %91 = mul i64 %90, 8
  %92 = add i64 %77, %91
  %93 = add i64 %51, 5
  %94 = mul i64 %93, 8
  %95 = add i64 %77, %94
  %96 = add i64 %43, 0
  %97 = mul i64 %96, 8
  %98 = getelementptr inbounds float, float* %5, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = add i64 %43, 1
  %102 = mul i64 %101, 8
  %103 = getelementptr inbounds float, float* %5, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  store <8 x float> %100, <8 x float>* %27, align 32
  store <8 x float> %100, <8 x float>* %26, align 32
  store <8 x float> %100, <8 x float>* %25, align 32
  store <8 x float> %100, <8 x float>* %24, align 32
  store <8 x float> %100, <8 x float>* %23, align 32
  store <8 x float> %100, <8 x float>* %22, align 32
  store <8 x float> %105, <8 x float>* %21, align 32
  store <8 x float> %105, <8 x float>* %20, align 32
  store <8 x float> %105, <8 x float>* %19, align 32
  store <8 x float> %105, <8 x float>* %18, align 32
  store <8 x float> %105, <8 x float>* %17, align 32
  store <8 x float> %105, <8 x float>* %16, align 32
  %106 = mul i64 %x, 8
  %107 = add i64 %49, %106
  %108 = add i64 %47, %107
  br label %u.header

x.exit:                                           ; preds = %x.header
  %109 = add i64 %39, 48
  %110 = mul i64 %34, 32
  %111 = add i64 %110, %37
  %112 = add i64 %111, 0
  %113 = mul i64 %112, 5408
  %114 = add i64 %109, 0
  %115 = mul i64 %114, 8
  %116 = add i64 %113, %115
  %117 = add i64 %109, 1
  %118 = mul i64 %117, 8
  %119 = add i64 %113, %118
  %120 = add i64 %109, 2
  %121 = mul i64 %120, 8
  %122 = add i64 %113, %121
  %123 = add i64 %109, 3
  %124 = mul i64 %123, 8
  %125 = add i64 %113, %124
  %126 = mul i64 %34, 32
  %127 = add i64 %126, %37
  %128 = add i64 %127, 1
  %129 = mul i64 %128, 5408
  %130 = add i64 %109, 0
  %131 = mul i64 %130, 8
  %132 = add i64 %129, %131
  %133 = add i64 %109, 1
  %134 = mul i64 %133, 8
  %135 = add i64 %129, %134
  %136 = add i64 %109, 2
  %137 = mul i64 %136, 8
  %138 = add i64 %129, %137
  %139 = add i64 %109, 3
  %140 = mul i64 %139, 8
  %141 = add i64 %129, %140
  %142 = add i64 %43, 0
  %143 = mul i64 %142, 8
  %144 = getelementptr inbounds float, float* %5, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %43, 1
  %148 = mul i64 %147, 8
  %149 = getelementptr inbounds float, float* %5, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  store <8 x float> %146, <8 x float>* %15, align 32
  store <8 x float> %146, <8 x float>* %14, align 32
  store <8 x float> %146, <8 x float>* %13, align 32
  store <8 x float> %146, <8 x float>* %12, align 32
  store <8 x float> %151, <8 x float>* %11, align 32
  store <8 x float> %151, <8 x float>* %10, align 32
  store <8 x float> %151, <8 x float>* %9, align 32
  store <8 x float> %151, <8 x float>* %8, align 32
  %152 = add i64 %49, 384
  %153 = add i64 %47, %152
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %154 = icmp slt i64 %u, 32
  br i1 %154, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %155 = add i64 0, %u
  %156 = mul i64 %155, 5408
  %157 = add i64 %108, %156
  %158 = mul i64 %155, 64
  %159 = add i64 %48, %158
  %160 = add i64 %157, 0
  %161 = add i64 %160, 0
  %162 = add i64 %159, 0
  %163 = add i64 %162, 0
  %164 = getelementptr inbounds float, float* %4, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %162, 2048
  %168 = getelementptr inbounds float, float* %4, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %161, 0
  %172 = getelementptr inbounds float, float* %1, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %27, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %166, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %27, align 32
  %177 = load <8 x float>, <8 x float>* %21, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %170, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %21, align 32
  %179 = add i64 %161, 8
  %180 = getelementptr inbounds float, float* %1, i64 %179
  %181 = load float, float* %180, align 4
  %182 = insertelement <8 x float> undef, float %181, i32 0
  %splat1 = shufflevector <8 x float> %182, <8 x float> undef, <8 x i32> zeroinitializer
  %183 = load <8 x float>, <8 x float>* %26, align 32
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %166, <8 x float> %183)
  store <8 x float> %184, <8 x float>* %26, align 32
  %185 = load <8 x float>, <8 x float>* %20, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %170, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %20, align 32
  %187 = add i64 %161, 16
  %188 = getelementptr inbounds float, float* %1, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat2 = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %25, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %166, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %25, align 32
  %193 = load <8 x float>, <8 x float>* %19, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %170, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %19, align 32
  %195 = add i64 %161, 24
  %196 = getelementptr inbounds float, float* %1, i64 %195
  %197 = load float, float* %196, align 4
  %198 = insertelement <8 x float> undef, float %197, i32 0
  %splat3 = shufflevector <8 x float> %198, <8 x float> undef, <8 x i32> zeroinitializer
  %199 = load <8 x float>, <8 x float>* %24, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %166, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %24, align 32
  %201 = load <8 x float>, <8 x float>* %18, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %170, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %18, align 32
  %203 = add i64 %161, 32
  %204 = getelementptr inbounds float, float* %1, i64 %203
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i32 0
  %splat4 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %207 = load <8 x float>, <8 x float>* %23, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %166, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %23, align 32
  %209 = load <8 x float>, <8 x float>* %17, align 32
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %170, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %17, align 32
  %211 = add i64 %161, 40
  %212 = getelementptr inbounds float, float* %1, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat5 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %22, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %166, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %22, align 32
  %217 = load <8 x float>, <8 x float>* %16, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %170, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %16, align 32
  %219 = add i64 %162, 8
  %220 = getelementptr inbounds float, float* %4, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  %222 = load <8 x float>, <8 x float>* %221, align 4
  %223 = add i64 %162, 2056
  %224 = getelementptr inbounds float, float* %4, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  %226 = load <8 x float>, <8 x float>* %225, align 4
  %227 = add i64 %161, 1
  %228 = getelementptr inbounds float, float* %1, i64 %227
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i32 0
  %splat6 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %231 = load <8 x float>, <8 x float>* %27, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %222, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %27, align 32
  %233 = load <8 x float>, <8 x float>* %21, align 32
  %234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %226, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %21, align 32
  %235 = add i64 %161, 9
  %236 = getelementptr inbounds float, float* %1, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat7 = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %26, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %222, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %26, align 32
  %241 = load <8 x float>, <8 x float>* %20, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %226, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %20, align 32
  %243 = add i64 %161, 17
  %244 = getelementptr inbounds float, float* %1, i64 %243
  %245 = load float, float* %244, align 4
  %246 = insertelement <8 x float> undef, float %245, i32 0
  %splat8 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %247 = load <8 x float>, <8 x float>* %25, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %222, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %25, align 32
  %249 = load <8 x float>, <8 x float>* %19, align 32
  %250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %226, <8 x float> %249)
  store <8 x float> %250, <8 x float>* %19, align 32
  %251 = add i64 %161, 25
  %252 = getelementptr inbounds float, float* %1, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat9 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %24, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %222, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %24, align 32
  %257 = load <8 x float>, <8 x float>* %18, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %226, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %18, align 32
  %259 = add i64 %161, 33
  %260 = getelementptr inbounds float, float* %1, i64 %259
  %261 = load float, float* %260, align 4
  %262 = insertelement <8 x float> undef, float %261, i32 0
  %splat10 = shufflevector <8 x float> %262, <8 x float> undef, <8 x i32> zeroinitializer
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %222, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %23, align 32
  %265 = load <8 x float>, <8 x float>* %17, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %226, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %17, align 32
  %267 = add i64 %161, 41
  %268 = getelementptr inbounds float, float* %1, i64 %267
  %269 = load float, float* %268, align 4
  %270 = insertelement <8 x float> undef, float %269, i32 0
  %splat11 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, <8 x float>* %22, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %222, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %22, align 32
  %273 = load <8 x float>, <8 x float>* %16, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %226, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %16, align 32
  %275 = add i64 %162, 16
  %276 = getelementptr inbounds float, float* %4, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = add i64 %162, 2064
  %280 = getelementptr inbounds float, float* %4, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = add i64 %161, 2
  %284 = getelementptr inbounds float, float* %1, i64 %283
  %285 = load float, float* %284, align 4
  %286 = insertelement <8 x float> undef, float %285, i32 0
  %splat12 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %287 = load <8 x float>, <8 x float>* %27, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %278, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %27, align 32
  %289 = load <8 x float>, <8 x float>* %21, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %282, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %21, align 32
  %291 = add i64 %161, 10
  %292 = getelementptr inbounds float, float* %1, i64 %291
  %293 = load float, float* %292, align 4
  %294 = insertelement <8 x float> undef, float %293, i32 0
  %splat13 = shufflevector <8 x float> %294, <8 x float> undef, <8 x i32> zeroinitializer
  %295 = load <8 x float>, <8 x float>* %26, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %278, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %26, align 32
  %297 = load <8 x float>, <8 x float>* %20, align 32
  %298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %282, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %20, align 32
  %299 = add i64 %161, 18
  %300 = getelementptr inbounds float, float* %1, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat14 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %25, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %278, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %25, align 32
  %305 = load <8 x float>, <8 x float>* %19, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %282, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %19, align 32
  %307 = add i64 %161, 26
  %308 = getelementptr inbounds float, float* %1, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat15 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %24, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %278, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %24, align 32
  %313 = load <8 x float>, <8 x float>* %18, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %282, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %18, align 32
  %315 = add i64 %161, 34
  %316 = getelementptr inbounds float, float* %1, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat16 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %23, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %278, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %23, align 32
  %321 = load <8 x float>, <8 x float>* %17, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %282, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %17, align 32
  %323 = add i64 %161, 42
  %324 = getelementptr inbounds float, float* %1, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat17 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %22, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %278, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %22, align 32
  %329 = load <8 x float>, <8 x float>* %16, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %282, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %16, align 32
  %331 = add i64 %162, 24
  %332 = getelementptr inbounds float, float* %4, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  %334 = load <8 x float>, <8 x float>* %333, align 4
  %335 = add i64 %162, 2072
  %336 = getelementptr inbounds float, float* %4, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  %338 = load <8 x float>, <8 x float>* %337, align 4
  %339 = add i64 %161, 3
  %340 = getelementptr inbounds float, float* %1, i64 %339
  %341 = load float, float* %340, align 4
  %342 = insertelement <8 x float> undef, float %341, i32 0
  %splat18 = shufflevector <8 x float> %342, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = load <8 x float>, <8 x float>* %27, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %334, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %27, align 32
  %345 = load <8 x float>, <8 x float>* %21, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %338, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %21, align 32
  %347 = add i64 %161, 11
  %348 = getelementptr inbounds float, float* %1, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat19 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %26, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %334, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %26, align 32
  %353 = load <8 x float>, <8 x float>* %20, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %338, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %20, align 32
  %355 = add i64 %161, 19
  %356 = getelementptr inbounds float, float* %1, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat20 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %25, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %334, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %25, align 32
  %361 = load <8 x float>, <8 x float>* %19, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %338, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %19, align 32
  %363 = add i64 %161, 27
  %364 = getelementptr inbounds float, float* %1, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat21 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %24, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %334, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %24, align 32
  %369 = load <8 x float>, <8 x float>* %18, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %338, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %18, align 32
  %371 = add i64 %161, 35
  %372 = getelementptr inbounds float, float* %1, i64 %371
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i32 0
  %splat22 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %23, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %334, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %23, align 32
  %377 = load <8 x float>, <8 x float>* %17, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %338, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %17, align 32
  %379 = add i64 %161, 43
  %380 = getelementptr inbounds float, float* %1, i64 %379
  %381 = load float, float* %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %splat23 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %383 = load <8 x float>, <8 x float>* %22, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %334, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %22, align 32
  %385 = load <8 x float>, <8 x float>* %16, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %338, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %16, align 32
  %387 = add i64 %162, 32
  %388 = getelementptr inbounds float, float* %4, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  %390 = load <8 x float>, <8 x float>* %389, align 4
  %391 = add i64 %162, 2080
  %392 = getelementptr inbounds float, float* %4, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  %394 = load <8 x float>, <8 x float>* %393, align 4
  %395 = add i64 %161, 4
  %396 = getelementptr inbounds float, float* %1, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat24 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %27, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %390, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %27, align 32
  %401 = load <8 x float>, <8 x float>* %21, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %394, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %21, align 32
  %403 = add i64 %161, 12
  %404 = getelementptr inbounds float, float* %1, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat25 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %26, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %390, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %26, align 32
  %409 = load <8 x float>, <8 x float>* %20, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %394, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %20, align 32
  %411 = add i64 %161, 20
  %412 = getelementptr inbounds float, float* %1, i64 %411
  %413 = load float, float* %412, align 4
  %414 = insertelement <8 x float> undef, float %413, i32 0
  %splat26 = shufflevector <8 x float> %414, <8 x float> undef, <8 x i32> zeroinitializer
  %415 = load <8 x float>, <8 x float>* %25, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %390, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %25, align 32
  %417 = load <8 x float>, <8 x float>* %19, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %394, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %19, align 32
  %419 = add i64 %161, 28
  %420 = getelementptr inbounds float, float* %1, i64 %419
  %421 = load float, float* %420, align 4
  %422 = insertelement <8 x float> undef, float %421, i32 0
  %splat27 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %423 = load <8 x float>, <8 x float>* %24, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %390, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %24, align 32
  %425 = load <8 x float>, <8 x float>* %18, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %394, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %18, align 32
  %427 = add i64 %161, 36
  %428 = getelementptr inbounds float, float* %1, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat28 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %23, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %390, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %23, align 32
  %433 = load <8 x float>, <8 x float>* %17, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %394, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %17, align 32
  %435 = add i64 %161, 44
  %436 = getelementptr inbounds float, float* %1, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat29 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %22, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %390, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %22, align 32
  %441 = load <8 x float>, <8 x float>* %16, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %394, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %16, align 32
  %443 = add i64 %162, 40
  %444 = getelementptr inbounds float, float* %4, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  %446 = load <8 x float>, <8 x float>* %445, align 4
  %447 = add i64 %162, 2088
  %448 = getelementptr inbounds float, float* %4, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = add i64 %161, 5
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat30 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %27, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %446, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %27, align 32
  %457 = load <8 x float>, <8 x float>* %21, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %450, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %21, align 32
  %459 = add i64 %161, 13
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat31 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %26, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %446, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %26, align 32
  %465 = load <8 x float>, <8 x float>* %20, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %450, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %20, align 32
  %467 = add i64 %161, 21
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat32 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %25, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %446, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %25, align 32
  %473 = load <8 x float>, <8 x float>* %19, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %19, align 32
  %475 = add i64 %161, 29
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat33 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %24, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %446, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %24, align 32
  %481 = load <8 x float>, <8 x float>* %18, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %450, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %18, align 32
  %483 = add i64 %161, 37
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat34 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %23, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %446, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %23, align 32
  %489 = load <8 x float>, <8 x float>* %17, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %450, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %17, align 32
  %491 = add i64 %161, 45
  %492 = getelementptr inbounds float, float* %1, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat35 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %22, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %446, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %22, align 32
  %497 = load <8 x float>, <8 x float>* %16, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %450, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %16, align 32
  %499 = add i64 %162, 48
  %500 = getelementptr inbounds float, float* %4, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  %502 = load <8 x float>, <8 x float>* %501, align 4
  %503 = add i64 %162, 2096
  %504 = getelementptr inbounds float, float* %4, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = add i64 %161, 6
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat36 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %27, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %502, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %27, align 32
  %513 = load <8 x float>, <8 x float>* %21, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %506, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %21, align 32
  %515 = add i64 %161, 14
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat37 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %26, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %502, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %26, align 32
  %521 = load <8 x float>, <8 x float>* %20, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %506, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %20, align 32
  %523 = add i64 %161, 22
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat38 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %25, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %502, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %25, align 32
  %529 = load <8 x float>, <8 x float>* %19, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %506, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %19, align 32
  %531 = add i64 %161, 30
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat39 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %24, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %502, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %24, align 32
  %537 = load <8 x float>, <8 x float>* %18, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %506, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %18, align 32
  %539 = add i64 %161, 38
  %540 = getelementptr inbounds float, float* %1, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat40 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %23, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %502, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %23, align 32
  %545 = load <8 x float>, <8 x float>* %17, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %506, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %17, align 32
  %547 = add i64 %161, 46
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat41 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %22, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %502, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %22, align 32
  %553 = load <8 x float>, <8 x float>* %16, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %506, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %16, align 32
  %555 = add i64 %162, 56
  %556 = getelementptr inbounds float, float* %4, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = add i64 %162, 2104
  %560 = getelementptr inbounds float, float* %4, i64 %559
  %561 = bitcast float* %560 to <8 x float>*
  %562 = load <8 x float>, <8 x float>* %561, align 4
  %563 = add i64 %161, 7
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat42 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %27, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %558, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %27, align 32
  %569 = load <8 x float>, <8 x float>* %21, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %562, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %21, align 32
  %571 = add i64 %161, 15
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat43 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %26, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %558, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %26, align 32
  %577 = load <8 x float>, <8 x float>* %20, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %562, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %20, align 32
  %579 = add i64 %161, 23
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat44 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %25, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %558, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %25, align 32
  %585 = load <8 x float>, <8 x float>* %19, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %562, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %19, align 32
  %587 = add i64 %161, 31
  %588 = getelementptr inbounds float, float* %1, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat45 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %24, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %558, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %24, align 32
  %593 = load <8 x float>, <8 x float>* %18, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %562, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %18, align 32
  %595 = add i64 %161, 39
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat46 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %23, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %558, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %23, align 32
  %601 = load <8 x float>, <8 x float>* %17, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %562, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %17, align 32
  %603 = add i64 %161, 47
  %604 = getelementptr inbounds float, float* %1, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat47 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %22, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %558, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %22, align 32
  %609 = load <8 x float>, <8 x float>* %16, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %562, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %16, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %611 = load <8 x float>, <8 x float>* %27, align 32
  %612 = fcmp olt <8 x float> %611, zeroinitializer
  %613 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> %611
  %614 = getelementptr inbounds float, float* %0, i64 %58
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
  %616 = load <8 x float>, <8 x float>* %26, align 32
  %617 = fcmp olt <8 x float> %616, zeroinitializer
  %618 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> %616
  %619 = getelementptr inbounds float, float* %0, i64 %61
  %620 = bitcast float* %619 to <8 x float>*
  store <8 x float> %618, <8 x float>* %620, align 4
  %621 = load <8 x float>, <8 x float>* %25, align 32
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %64
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %626 = load <8 x float>, <8 x float>* %24, align 32
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %67
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = load <8 x float>, <8 x float>* %23, align 32
  %632 = fcmp olt <8 x float> %631, zeroinitializer
  %633 = select <8 x i1> %632, <8 x float> zeroinitializer, <8 x float> %631
  %634 = getelementptr inbounds float, float* %0, i64 %70
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %633, <8 x float>* %635, align 4
  %636 = load <8 x float>, <8 x float>* %22, align 32
  %637 = fcmp olt <8 x float> %636, zeroinitializer
  %638 = select <8 x i1> %637, <8 x float> zeroinitializer, <8 x float> %636
  %639 = getelementptr inbounds float, float* %0, i64 %73
  %640 = bitcast float* %639 to <8 x float>*
  store <8 x float> %638, <8 x float>* %640, align 4
  %641 = load <8 x float>, <8 x float>* %21, align 32
  %642 = fcmp olt <8 x float> %641, zeroinitializer
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> %641
  %644 = getelementptr inbounds float, float* %0, i64 %80
  %645 = bitcast float* %644 to <8 x float>*
  store <8 x float> %643, <8 x float>* %645, align 4
  %646 = load <8 x float>, <8 x float>* %20, align 32
  %647 = fcmp olt <8 x float> %646, zeroinitializer
  %648 = select <8 x i1> %647, <8 x float> zeroinitializer, <8 x float> %646
  %649 = getelementptr inbounds float, float* %0, i64 %83
  %650 = bitcast float* %649 to <8 x float>*
  store <8 x float> %648, <8 x float>* %650, align 4
  %651 = load <8 x float>, <8 x float>* %19, align 32
  %652 = fcmp olt <8 x float> %651, zeroinitializer
  %653 = select <8 x i1> %652, <8 x float> zeroinitializer, <8 x float> %651
  %654 = getelementptr inbounds float, float* %0, i64 %86
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %653, <8 x float>* %655, align 4
  %656 = load <8 x float>, <8 x float>* %18, align 32
  %657 = fcmp olt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> %656
  %659 = getelementptr inbounds float, float* %0, i64 %89
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = load <8 x float>, <8 x float>* %17, align 32
  %662 = fcmp olt <8 x float> %661, zeroinitializer
  %663 = select <8 x i1> %662, <8 x float> zeroinitializer, <8 x float> %661
  %664 = getelementptr inbounds float, float* %0, i64 %92
  %665 = bitcast float* %664 to <8 x float>*
  store <8 x float> %663, <8 x float>* %665, align 4
  %666 = load <8 x float>, <8 x float>* %16, align 32
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %95
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next84, %u.body49 ]
  %671 = icmp slt i64 %u51, 32
  br i1 %671, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %672 = add i64 0, %u51
  %673 = mul i64 %672, 5408
  %674 = add i64 %153, %673
  %675 = mul i64 %672, 64
  %676 = add i64 %48, %675
  %677 = add i64 %674, 0
  %678 = add i64 %677, 0
  %679 = add i64 %676, 0
  %680 = add i64 %679, 0
  %681 = getelementptr inbounds float, float* %4, i64 %680
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = add i64 %679, 2048
  %685 = getelementptr inbounds float, float* %4, i64 %684
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = add i64 %678, 0
  %689 = getelementptr inbounds float, float* %1, i64 %688
  %690 = load float, float* %689, align 4
  %691 = insertelement <8 x float> undef, float %690, i32 0
  %splat52 = shufflevector <8 x float> %691, <8 x float> undef, <8 x i32> zeroinitializer
  %692 = load <8 x float>, <8 x float>* %15, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %683, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %15, align 32
  %694 = load <8 x float>, <8 x float>* %11, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %687, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %11, align 32
  %696 = add i64 %678, 8
  %697 = getelementptr inbounds float, float* %1, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat53 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %14, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %683, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %14, align 32
  %702 = load <8 x float>, <8 x float>* %10, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %687, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %10, align 32
  %704 = add i64 %678, 16
  %705 = getelementptr inbounds float, float* %1, i64 %704
  %706 = load float, float* %705, align 4
  %707 = insertelement <8 x float> undef, float %706, i32 0
  %splat54 = shufflevector <8 x float> %707, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = load <8 x float>, <8 x float>* %13, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %683, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %13, align 32
  %710 = load <8 x float>, <8 x float>* %9, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %687, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %9, align 32
  %712 = add i64 %678, 24
  %713 = getelementptr inbounds float, float* %1, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat55 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %12, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %683, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %12, align 32
  %718 = load <8 x float>, <8 x float>* %8, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %687, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %8, align 32
  %720 = add i64 %679, 8
  %721 = getelementptr inbounds float, float* %4, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %679, 2056
  %725 = getelementptr inbounds float, float* %4, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %678, 1
  %729 = getelementptr inbounds float, float* %1, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat56 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %15, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %15, align 32
  %734 = load <8 x float>, <8 x float>* %11, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %727, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %11, align 32
  %736 = add i64 %678, 9
  %737 = getelementptr inbounds float, float* %1, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat57 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %14, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %723, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %14, align 32
  %742 = load <8 x float>, <8 x float>* %10, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %727, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %10, align 32
  %744 = add i64 %678, 17
  %745 = getelementptr inbounds float, float* %1, i64 %744
  %746 = load float, float* %745, align 4
  %747 = insertelement <8 x float> undef, float %746, i32 0
  %splat58 = shufflevector <8 x float> %747, <8 x float> undef, <8 x i32> zeroinitializer
  %748 = load <8 x float>, <8 x float>* %13, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %723, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %13, align 32
  %750 = load <8 x float>, <8 x float>* %9, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %727, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %9, align 32
  %752 = add i64 %678, 25
  %753 = getelementptr inbounds float, float* %1, i64 %752
  %754 = load float, float* %753, align 4
  %755 = insertelement <8 x float> undef, float %754, i32 0
  %splat59 = shufflevector <8 x float> %755, <8 x float> undef, <8 x i32> zeroinitializer
  %756 = load <8 x float>, <8 x float>* %12, align 32
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %723, <8 x float> %756)
  store <8 x float> %757, <8 x float>* %12, align 32
  %758 = load <8 x float>, <8 x float>* %8, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %727, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %8, align 32
  %760 = add i64 %679, 16
  %761 = getelementptr inbounds float, float* %4, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  %763 = load <8 x float>, <8 x float>* %762, align 4
  %764 = add i64 %679, 2064
  %765 = getelementptr inbounds float, float* %4, i64 %764
  %766 = bitcast float* %765 to <8 x float>*
  %767 = load <8 x float>, <8 x float>* %766, align 4
  %768 = add i64 %678, 2
  %769 = getelementptr inbounds float, float* %1, i64 %768
  %770 = load float, float* %769, align 4
  %771 = insertelement <8 x float> undef, float %770, i32 0
  %splat60 = shufflevector <8 x float> %771, <8 x float> undef, <8 x i32> zeroinitializer
  %772 = load <8 x float>, <8 x float>* %15, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %763, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %15, align 32
  %774 = load <8 x float>, <8 x float>* %11, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %767, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %11, align 32
  %776 = add i64 %678, 10
  %777 = getelementptr inbounds float, float* %1, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat61 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %14, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %763, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %14, align 32
  %782 = load <8 x float>, <8 x float>* %10, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %767, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %10, align 32
  %784 = add i64 %678, 18
  %785 = getelementptr inbounds float, float* %1, i64 %784
  %786 = load float, float* %785, align 4
  %787 = insertelement <8 x float> undef, float %786, i32 0
  %splat62 = shufflevector <8 x float> %787, <8 x float> undef, <8 x i32> zeroinitializer
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %763, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %13, align 32
  %790 = load <8 x float>, <8 x float>* %9, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %767, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %9, align 32
  %792 = add i64 %678, 26
  %793 = getelementptr inbounds float, float* %1, i64 %792
  %794 = load float, float* %793, align 4
  %795 = insertelement <8 x float> undef, float %794, i32 0
  %splat63 = shufflevector <8 x float> %795, <8 x float> undef, <8 x i32> zeroinitializer
  %796 = load <8 x float>, <8 x float>* %12, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %763, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %12, align 32
  %798 = load <8 x float>, <8 x float>* %8, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %767, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %8, align 32
  %800 = add i64 %679, 24
  %801 = getelementptr inbounds float, float* %4, i64 %800
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = add i64 %679, 2072
  %805 = getelementptr inbounds float, float* %4, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %678, 3
  %809 = getelementptr inbounds float, float* %1, i64 %808
  %810 = load float, float* %809, align 4
  %811 = insertelement <8 x float> undef, float %810, i32 0
  %splat64 = shufflevector <8 x float> %811, <8 x float> undef, <8 x i32> zeroinitializer
  %812 = load <8 x float>, <8 x float>* %15, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %803, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %15, align 32
  %814 = load <8 x float>, <8 x float>* %11, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %807, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %11, align 32
  %816 = add i64 %678, 11
  %817 = getelementptr inbounds float, float* %1, i64 %816
  %818 = load float, float* %817, align 4
  %819 = insertelement <8 x float> undef, float %818, i32 0
  %splat65 = shufflevector <8 x float> %819, <8 x float> undef, <8 x i32> zeroinitializer
  %820 = load <8 x float>, <8 x float>* %14, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %803, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %14, align 32
  %822 = load <8 x float>, <8 x float>* %10, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %807, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %10, align 32
  %824 = add i64 %678, 19
  %825 = getelementptr inbounds float, float* %1, i64 %824
  %826 = load float, float* %825, align 4
  %827 = insertelement <8 x float> undef, float %826, i32 0
  %splat66 = shufflevector <8 x float> %827, <8 x float> undef, <8 x i32> zeroinitializer
  %828 = load <8 x float>, <8 x float>* %13, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %803, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %13, align 32
  %830 = load <8 x float>, <8 x float>* %9, align 32
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %807, <8 x float> %830)
  store <8 x float> %831, <8 x float>* %9, align 32
  %832 = add i64 %678, 27
  %833 = getelementptr inbounds float, float* %1, i64 %832
  %834 = load float, float* %833, align 4
  %835 = insertelement <8 x float> undef, float %834, i32 0
  %splat67 = shufflevector <8 x float> %835, <8 x float> undef, <8 x i32> zeroinitializer
  %836 = load <8 x float>, <8 x float>* %12, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %803, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %12, align 32
  %838 = load <8 x float>, <8 x float>* %8, align 32
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %807, <8 x float> %838)
  store <8 x float> %839, <8 x float>* %8, align 32
  %840 = add i64 %679, 32
  %841 = getelementptr inbounds float, float* %4, i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = add i64 %679, 2080
  %845 = getelementptr inbounds float, float* %4, i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  %848 = add i64 %678, 4
  %849 = getelementptr inbounds float, float* %1, i64 %848
  %850 = load float, float* %849, align 4
  %851 = insertelement <8 x float> undef, float %850, i32 0
  %splat68 = shufflevector <8 x float> %851, <8 x float> undef, <8 x i32> zeroinitializer
  %852 = load <8 x float>, <8 x float>* %15, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %843, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %15, align 32
  %854 = load <8 x float>, <8 x float>* %11, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %847, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %11, align 32
  %856 = add i64 %678, 12
  %857 = getelementptr inbounds float, float* %1, i64 %856
  %858 = load float, float* %857, align 4
  %859 = insertelement <8 x float> undef, float %858, i32 0
  %splat69 = shufflevector <8 x float> %859, <8 x float> undef, <8 x i32> zeroinitializer
  %860 = load <8 x float>, <8 x float>* %14, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %843, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %14, align 32
  %862 = load <8 x float>, <8 x float>* %10, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %847, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %10, align 32
  %864 = add i64 %678, 20
  %865 = getelementptr inbounds float, float* %1, i64 %864
  %866 = load float, float* %865, align 4
  %867 = insertelement <8 x float> undef, float %866, i32 0
  %splat70 = shufflevector <8 x float> %867, <8 x float> undef, <8 x i32> zeroinitializer
  %868 = load <8 x float>, <8 x float>* %13, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %843, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %13, align 32
  %870 = load <8 x float>, <8 x float>* %9, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %847, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %9, align 32
  %872 = add i64 %678, 28
  %873 = getelementptr inbounds float, float* %1, i64 %872
  %874 = load float, float* %873, align 4
  %875 = insertelement <8 x float> undef, float %874, i32 0
  %splat71 = shufflevector <8 x float> %875, <8 x float> undef, <8 x i32> zeroinitializer
  %876 = load <8 x float>, <8 x float>* %12, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %843, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %12, align 32
  %878 = load <8 x float>, <8 x float>* %8, align 32
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %847, <8 x float> %878)
  store <8 x float> %879, <8 x float>* %8, align 32
  %880 = add i64 %679, 40
  %881 = getelementptr inbounds float, float* %4, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %679, 2088
  %885 = getelementptr inbounds float, float* %4, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = add i64 %678, 5
  %889 = getelementptr inbounds float, float* %1, i64 %888
  %890 = load float, float* %889, align 4
  %891 = insertelement <8 x float> undef, float %890, i32 0
  %splat72 = shufflevector <8 x float> %891, <8 x float> undef, <8 x i32> zeroinitializer
  %892 = load <8 x float>, <8 x float>* %15, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %883, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %15, align 32
  %894 = load <8 x float>, <8 x float>* %11, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %887, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %11, align 32
  %896 = add i64 %678, 13
  %897 = getelementptr inbounds float, float* %1, i64 %896
  %898 = load float, float* %897, align 4
  %899 = insertelement <8 x float> undef, float %898, i32 0
  %splat73 = shufflevector <8 x float> %899, <8 x float> undef, <8 x i32> zeroinitializer
  %900 = load <8 x float>, <8 x float>* %14, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %883, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %14, align 32
  %902 = load <8 x float>, <8 x float>* %10, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %887, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %10, align 32
  %904 = add i64 %678, 21
  %905 = getelementptr inbounds float, float* %1, i64 %904
  %906 = load float, float* %905, align 4
  %907 = insertelement <8 x float> undef, float %906, i32 0
  %splat74 = shufflevector <8 x float> %907, <8 x float> undef, <8 x i32> zeroinitializer
  %908 = load <8 x float>, <8 x float>* %13, align 32
  %909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %883, <8 x float> %908)
  store <8 x float> %909, <8 x float>* %13, align 32
  %910 = load <8 x float>, <8 x float>* %9, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %887, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %9, align 32
  %912 = add i64 %678, 29
  %913 = getelementptr inbounds float, float* %1, i64 %912
  %914 = load float, float* %913, align 4
  %915 = insertelement <8 x float> undef, float %914, i32 0
  %splat75 = shufflevector <8 x float> %915, <8 x float> undef, <8 x i32> zeroinitializer
  %916 = load <8 x float>, <8 x float>* %12, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %883, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %12, align 32
  %918 = load <8 x float>, <8 x float>* %8, align 32
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %887, <8 x float> %918)
  store <8 x float> %919, <8 x float>* %8, align 32
  %920 = add i64 %679, 48
  %921 = getelementptr inbounds float, float* %4, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = add i64 %679, 2096
  %925 = getelementptr inbounds float, float* %4, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = add i64 %678, 6
  %929 = getelementptr inbounds float, float* %1, i64 %928
  %930 = load float, float* %929, align 4
  %931 = insertelement <8 x float> undef, float %930, i32 0
  %splat76 = shufflevector <8 x float> %931, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, <8 x float>* %15, align 32
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %923, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %15, align 32
  %934 = load <8 x float>, <8 x float>* %11, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %927, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %11, align 32
  %936 = add i64 %678, 14
  %937 = getelementptr inbounds float, float* %1, i64 %936
  %938 = load float, float* %937, align 4
  %939 = insertelement <8 x float> undef, float %938, i32 0
  %splat77 = shufflevector <8 x float> %939, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, <8 x float>* %14, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %923, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %14, align 32
  %942 = load <8 x float>, <8 x float>* %10, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %927, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %10, align 32
  %944 = add i64 %678, 22
  %945 = getelementptr inbounds float, float* %1, i64 %944
  %946 = load float, float* %945, align 4
  %947 = insertelement <8 x float> undef, float %946, i32 0
  %splat78 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, <8 x float>* %13, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %923, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %13, align 32
  %950 = load <8 x float>, <8 x float>* %9, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %927, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %9, align 32
  %952 = add i64 %678, 30
  %953 = getelementptr inbounds float, float* %1, i64 %952
  %954 = load float, float* %953, align 4
  %955 = insertelement <8 x float> undef, float %954, i32 0
  %splat79 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, <8 x float>* %12, align 32
  %957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %923, <8 x float> %956)
  store <8 x float> %957, <8 x float>* %12, align 32
  %958 = load <8 x float>, <8 x float>* %8, align 32
  %959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %927, <8 x float> %958)
  store <8 x float> %959, <8 x float>* %8, align 32
  %960 = add i64 %679, 56
  %961 = getelementptr inbounds float, float* %4, i64 %960
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = add i64 %679, 2104
  %965 = getelementptr inbounds float, float* %4, i64 %964
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = add i64 %678, 7
  %969 = getelementptr inbounds float, float* %1, i64 %968
  %970 = load float, float* %969, align 4
  %971 = insertelement <8 x float> undef, float %970, i32 0
  %splat80 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %972 = load <8 x float>, <8 x float>* %15, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %963, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %15, align 32
  %974 = load <8 x float>, <8 x float>* %11, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %967, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %11, align 32
  %976 = add i64 %678, 15
  %977 = getelementptr inbounds float, float* %1, i64 %976
  %978 = load float, float* %977, align 4
  %979 = insertelement <8 x float> undef, float %978, i32 0
  %splat81 = shufflevector <8 x float> %979, <8 x float> undef, <8 x i32> zeroinitializer
  %980 = load <8 x float>, <8 x float>* %14, align 32
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %963, <8 x float> %980)
  store <8 x float> %981, <8 x float>* %14, align 32
  %982 = load <8 x float>, <8 x float>* %10, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %967, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %10, align 32
  %984 = add i64 %678, 23
  %985 = getelementptr inbounds float, float* %1, i64 %984
  %986 = load float, float* %985, align 4
  %987 = insertelement <8 x float> undef, float %986, i32 0
  %splat82 = shufflevector <8 x float> %987, <8 x float> undef, <8 x i32> zeroinitializer
  %988 = load <8 x float>, <8 x float>* %13, align 32
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %963, <8 x float> %988)
  store <8 x float> %989, <8 x float>* %13, align 32
  %990 = load <8 x float>, <8 x float>* %9, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %967, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %9, align 32
  %992 = add i64 %678, 31
  %993 = getelementptr inbounds float, float* %1, i64 %992
  %994 = load float, float* %993, align 4
  %995 = insertelement <8 x float> undef, float %994, i32 0
  %splat83 = shufflevector <8 x float> %995, <8 x float> undef, <8 x i32> zeroinitializer
  %996 = load <8 x float>, <8 x float>* %12, align 32
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %963, <8 x float> %996)
  store <8 x float> %997, <8 x float>* %12, align 32
  %998 = load <8 x float>, <8 x float>* %8, align 32
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %967, <8 x float> %998)
  store <8 x float> %999, <8 x float>* %8, align 32
  %u.next84 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %1000 = load <8 x float>, <8 x float>* %15, align 32
  %1001 = fcmp olt <8 x float> %1000, zeroinitializer
  %1002 = select <8 x i1> %1001, <8 x float> zeroinitializer, <8 x float> %1000
  %1003 = getelementptr inbounds float, float* %0, i64 %116
  %1004 = bitcast float* %1003 to <8 x float>*
  store <8 x float> %1002, <8 x float>* %1004, align 4
  %1005 = load <8 x float>, <8 x float>* %14, align 32
  %1006 = fcmp olt <8 x float> %1005, zeroinitializer
  %1007 = select <8 x i1> %1006, <8 x float> zeroinitializer, <8 x float> %1005
  %1008 = getelementptr inbounds float, float* %0, i64 %119
  %1009 = bitcast float* %1008 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1009, align 4
  %1010 = load <8 x float>, <8 x float>* %13, align 32
  %1011 = fcmp olt <8 x float> %1010, zeroinitializer
  %1012 = select <8 x i1> %1011, <8 x float> zeroinitializer, <8 x float> %1010
  %1013 = getelementptr inbounds float, float* %0, i64 %122
  %1014 = bitcast float* %1013 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1014, align 4
  %1015 = load <8 x float>, <8 x float>* %12, align 32
  %1016 = fcmp olt <8 x float> %1015, zeroinitializer
  %1017 = select <8 x i1> %1016, <8 x float> zeroinitializer, <8 x float> %1015
  %1018 = getelementptr inbounds float, float* %0, i64 %125
  %1019 = bitcast float* %1018 to <8 x float>*
  store <8 x float> %1017, <8 x float>* %1019, align 4
  %1020 = load <8 x float>, <8 x float>* %11, align 32
  %1021 = fcmp olt <8 x float> %1020, zeroinitializer
  %1022 = select <8 x i1> %1021, <8 x float> zeroinitializer, <8 x float> %1020
  %1023 = getelementptr inbounds float, float* %0, i64 %132
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1022, <8 x float>* %1024, align 4
  %1025 = load <8 x float>, <8 x float>* %10, align 32
  %1026 = fcmp olt <8 x float> %1025, zeroinitializer
  %1027 = select <8 x i1> %1026, <8 x float> zeroinitializer, <8 x float> %1025
  %1028 = getelementptr inbounds float, float* %0, i64 %135
  %1029 = bitcast float* %1028 to <8 x float>*
  store <8 x float> %1027, <8 x float>* %1029, align 4
  %1030 = load <8 x float>, <8 x float>* %9, align 32
  %1031 = fcmp olt <8 x float> %1030, zeroinitializer
  %1032 = select <8 x i1> %1031, <8 x float> zeroinitializer, <8 x float> %1030
  %1033 = getelementptr inbounds float, float* %0, i64 %138
  %1034 = bitcast float* %1033 to <8 x float>*
  store <8 x float> %1032, <8 x float>* %1034, align 4
  %1035 = load <8 x float>, <8 x float>* %8, align 32
  %1036 = fcmp olt <8 x float> %1035, zeroinitializer
  %1037 = select <8 x i1> %1036, <8 x float> zeroinitializer, <8 x float> %1035
  %1038 = getelementptr inbounds float, float* %0, i64 %141
  %1039 = bitcast float* %1038 to <8 x float>*
  store <8 x float> %1037, <8 x float>* %1039, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node4.conv2d_5.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 208, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 208
  %29 = select i1 %28, i64 %27, i64 208
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 208
  %32 = select i1 %31, i64 %30, i64 208
  call void @node4.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %next.row = alloca i64, align 8
  %ring = alloca [1248 x float], align 64
  %32 = sub i64 %7, 1
  %33 = add i64 192, %32
  %34 = sdiv i64 %33, %7
  %35 = mul i64 %6, %34
  %36 = icmp slt i64 %35, 192
  %37 = select i1 %36, i64 %35, i64 192
  %38 = add i64 %37, %34
  %39 = icmp slt i64 %38, 192
  %40 = select i1 %39, i64 %38, i64 192
  %41 = bitcast [1248 x float]* %ring to float*
  br label %item.header

item.header:                                      ; preds = %x.exit76, %entry
  %item = phi i64 [ %37, %entry ], [ %item.next, %x.exit76 ]
  %42 = icmp slt i64 %item, %40
  br i1 %42, label %item.body, label %item.exit

item.body:                                        ; preds = %item.header
  %43 = srem i64 %item, 12
  %44 = sdiv i64 %item, 12
  %45 = srem i64 %44, 16
  %46 = sdiv i64 %44, 16
  %47 = srem i64 %46, 1
  %48 = sdiv i64 %46, 1
  %49 = mul i64 %43, 2
  %50 = sub i64 %49, 0
  %51 = add i64 %50, 3
  %52 = icmp sgt i64 %50, 0
  %53 = select i1 %52, i64 %50, i64 0
  %54 = icmp slt i64 %51, 26
  %55 = select i1 %54, i64 %51, i64 26
  %56 = icmp slt i64 %51, 26
  %57 = select i1 %56, i64 %51, i64 26
  %58 = sub i64 %57, %50
  %59 = icmp eq i64 %item, %37
  %60 = icmp eq i64 %43, 0
  %61 = or i1 %59, %60
  %62 = load i64, i64* %next.row, align 8
  %63 = icmp sgt i64 %62, %53
  %64 = select i1 %63, i64 %62, i64 %53
  %65 = select i1 %61, i64 %53, i64 %64
  store i64 %55, i64* %next.row, align 8
  br label %y.header

item.exit:                                        ; preds = %item.header
  ret void

y.header:                                         ; preds = %u.exit50, %item.body
  %y = phi i64 [ %65, %item.body ], [ %y.next, %u.exit50 ]
  %66 = icmp slt i64 %y, %55
  br i1 %66, label %y.body, label %y.exit

y.body:                                           ; preds = %y.header
  %67 = srem i64 %y, 3
  %68 = mul i64 %67, 26
  %69 = mul i64 %y, 1
  %70 = mul i64 %47, 32
  %71 = mul i64 %45, 2
  %72 = add i64 %70, %71
  %73 = mul i64 %48, 32
  %74 = mul i64 %47, 32
  %75 = add i64 %73, %74
  %76 = mul i64 %75, 5408
  %77 = mul i64 %72, 2048
  %78 = mul i64 %69, 208
  br label %x.header

y.exit:                                           ; preds = %y.header
  %79 = mul i64 %47, 32
  %80 = mul i64 %45, 2
  %81 = add i64 %79, %80
  %82 = mul i64 %48, 32
  %83 = add i64 %82, %81
  %84 = add i64 %83, 0
  %85 = mul i64 %84, 12
  %86 = add i64 %85, %43
  %87 = mul i64 %86, 96
  %88 = getelementptr inbounds float, float* %0, i64 %87
  %89 = getelementptr inbounds float, float* %41, i64 0
  %90 = mul i64 %43, 2
  %91 = sub i64 %90, 0
  %92 = add i64 %91, 3
  %93 = icmp sgt i64 %91, 0
  %94 = select i1 %93, i64 %91, i64 0
  %95 = icmp slt i64 %92, 26
  %96 = select i1 %95, i64 %92, i64 26
  %97 = icmp slt i64 %92, 26
  %98 = select i1 %97, i64 %92, i64 26
  %99 = sub i64 %98, %91
  br label %x.header69

x.header:                                         ; preds = %u.exit, %y.body
  %x = phi i64 [ 0, %y.body ], [ %x.next, %u.exit ]
  %100 = icmp slt i64 %x, 24
  br i1 %100, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %101 = add i64 %68, %x
  %102 = add i64 %101, 0
  %103 = mul i64 %102, 8
  %104 = add i64 0, %103
  %105 = add i64 %101, 1
  %106 = mul i64 %105, 8
  %107 = add i64 0, %106
  %108 = add i64 %101, 2
  %109 = mul i64 %108, 8
  %110 = add i64 0, %109
  %111 = add i64 %101, 3
  %112 = mul i64 %111, 8
  %113 = add i64 0, %112
  %114 = add i64 %101, 4
  %115 = mul i64 %114, 8
  %116 = add i64 0, %115
  %117 = add i64 %101, 5
  %118 = mul i64 %117, 8
  %119 = add i64 0, %118
  %120 = add i64 %101, 0
  %121 = mul i64 %120, 8
  %122 = add i64 624, %121
  %123 = add i64 %101, 1
  %124 = mul i64 %123, 8
  %125 = add i64 624, %124
  %126 = add i64 %101, 2
  %127 = mul i64 %126, 8
  %128 = add i64 624, %127
  %129 = add i64 %101, 3
  %130 = mul i64 %129, 8
  %131 = add i64 624, %130
  %132 = add i64 %101, 4
  %133 = mul i64 %132, 8
  %134 = add i64 624, %133
  %135 = add i64 %101, 5
  %136 = mul i64 %135, 8
  %137 = add i64 624, %136
  %138 = add i64 %72, 0
  %139 = mul i64 %138, 8
  %140 = getelementptr inbounds float, float* %5, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %72, 1
  %144 = mul i64 %143, 8
  %145 = getelementptr inbounds float, float* %5, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  store <8 x float> %142, <8 x float>* %31, align 32
  store <8 x float> %142, <8 x float>* %30, align 32
  store <8 x float> %142, <8 x float>* %29, align 32
  store <8 x float> %142, <8 x float>* %28, align 32
  store <8 x float> %142, <8 x float>* %27, align 32
  store <8 x float> %142, <8 x float>* %26, align 32
  store <8 x float> %147, <8 x float>* %25, align 32
  store <8 x float> %147, <8 x float>* %24, align 32
  store <8 x float> %147, <8 x float>* %23, align 32
  store <8 x float> %147, <8 x float>* %22, align 32
  store <8 x float> %147, <8 x float>* %21, align 32
  store <8 x float> %147, <8 x float>* %20, align 32
  %148 = mul i64 %x, 8
  %149 = add i64 %78, %148
  %150 = add i64 %76, %149
  br label %u.header

x.exit:                                           ; preds = %x.header
  %151 = add i64 %68, 24
  %152 = add i64 %151, 0
  %153 = mul i64 %152, 8
  %154 = add i64 0, %153
  %155 = add i64 %151, 1
  %156 = mul i64 %155, 8
  %157 = add i64 0, %156
  %158 = add i64 %151, 0
  %159 = mul i64 %158, 8
  %160 = add i64 624, %159
  %161 = add i64 %151, 1
  %162 = mul i64 %161, 8
  %163 = add i64 624, %162
  %164 = add i64 %72, 0
  %165 = mul i64 %164, 8
  %166 = getelementptr inbounds float, float* %5, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = add i64 %72, 1
  %170 = mul i64 %169, 8
  %171 = getelementptr inbounds float, float* %5, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  store <8 x float> %168, <8 x float>* %19, align 32
  store <8 x float> %168, <8 x float>* %18, align 32
  store <8 x float> %173, <8 x float>* %17, align 32
  store <8 x float> %173, <8 x float>* %16, align 32
  %174 = add i64 %78, 192
  %175 = add i64 %76, %174
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %176 = icmp slt i64 %u, 32
  br i1 %176, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %177 = add i64 0, %u
  %178 = mul i64 %177, 5408
  %179 = add i64 %150, %178
  %180 = mul i64 %177, 64
  %181 = add i64 %77, %180
  %182 = add i64 %179, 0
  %183 = add i64 %182, 0
  %184 = add i64 %181, 0
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %4, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %184, 2048
  %190 = getelementptr inbounds float, float* %4, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %183, 0
  %194 = getelementptr inbounds float, float* %1, i64 %193
  %195 = load float, float* %194, align 4
  %196 = insertelement <8 x float> undef, float %195, i32 0
  %splat = shufflevector <8 x float> %196, <8 x float> undef, <8 x i32> zeroinitializer
  %197 = load <8 x float>, <8 x float>* %31, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %188, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %31, align 32
  %199 = load <8 x float>, <8 x float>* %25, align 32
  %200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %192, <8 x float> %199)
  store <8 x float> %200, <8 x float>* %25, align 32
  %201 = add i64 %183, 8
  %202 = getelementptr inbounds float, float* %1, i64 %201
  %203 = load float, float* %202, align 4
  %204 = insertelement <8 x float> undef, float %203, i32 0
  %splat1 = shufflevector <8 x float> %204, <8 x float> undef, <8 x i32> zeroinitializer
  %205 = load <8 x float>, <8 x float>* %30, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %188, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %30, align 32
  %207 = load <8 x float>, <8 x float>* %24, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %192, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %24, align 32
  %209 = add i64 %183, 16
  %210 = getelementptr inbounds float, float* %1, i64 %209
  %211 = load float, float* %210, align 4
  %212 = insertelement <8 x float> undef, float %211, i32 0
  %splat2 = shufflevector <8 x float> %212, <8 x float> undef, <8 x i32> zeroinitializer
  %213 = load <8 x float>, <8 x float>* %29, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %188, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %29, align 32
  %215 = load <8 x float>, <8 x float>* %23, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %192, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %23, align 32
  %217 = add i64 %183, 24
  %218 = getelementptr inbounds float, float* %1, i64 %217
  %219 = load float, float* %218, align 4
  %220 = insertelement <8 x float> undef, float %219, i32 0
  %splat3 = shufflevector <8 x float> %220, <8 x float> undef, <8 x i32> zeroinitializer
  %221 = load <8 x float>, <8 x float>* %28, align 32
  %222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %188, <8 x float> %221)
  store <8 x float> %222, <8 x float>* %28, align 32
  %223 = load <8 x float>, <8 x float>* %22, align 32
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %192, <8 x float> %223)
  store <8 x float> %224, <8 x float>* %22, align 32
  %225 = add i64 %183, 32
  %226 = getelementptr inbounds float, float* %1, i64 %225
  %227 = load float, float* %226, align 4
  %228 = insertelement <8 x float> undef, float %227, i32 0
  %splat4 = shufflevector <8 x float> %228, <8 x float> undef, <8 x i32> zeroinitializer
  %229 = load <8 x float>, <8 x float>* %27, align 32
  %230 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %188, <8 x float> %229)
  store <8 x float> %230, <8 x float>* %27, align 32
  %231 = load <8 x float>, <8 x float>* %21, align 32
  %232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %192, <8 x float> %231)
  store <8 x float> %232, <8 x float>* %21, align 32
  %233 = add i64 %183, 40
  %234 = getelementptr inbounds float, float* %1, i64 %233
  %235 = load float, float* %234, align 4
  %236 = insertelement <8 x float> undef, float %235, i32 0
  %splat5 = shufflevector <8 x float> %236, <8 x float> undef, <8 x i32> zeroinitializer
  %237 = load <8 x float>, <8 x float>* %26, align 32
  %238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %188, <8 x float> %237)
  store <8 x float> %238, <8 x float>* %26, align 32
  %239 = load <8 x float>, <8 x float>* %20, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %192, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %20, align 32
  %241 = add i64 %184, 8
  %242 = getelementptr inbounds float, float* %4, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = add i64 %184, 2056
  %246 = getelementptr inbounds float, float* %4, i64 %245
  %247 = bitcast float* %246 to <8 x float>*
  %248 = load <8 x float>, <8 x float>* %247, align 4
  %249 = add i64 %183, 1
  %250 = getelementptr inbounds float, float* %1, i64 %249
  %251 = load float, float* %250, align 4
  %252 = insertelement <8 x float> undef, float %251, i32 0
  %splat6 = shufflevector <8 x float> %252, <8 x float> undef, <8 x i32> zeroinitializer
  %253 = load <8 x float>, <8 x float>* %31, align 32
  %254 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %244, <8 x float> %253)
  store <8 x float> %254, <8 x float>* %31, align 32
  %255 = load <8 x float>, <8 x float>* %25, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %248, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %25, align 32
  %257 = add i64 %183, 9
  %258 = getelementptr inbounds float, float* %1, i64 %257
  %259 = load float, float* %258, align 4
  %260 = insertelement <8 x float> undef, float %259, i32 0
  %splat7 = shufflevector <8 x float> %260, <8 x float> undef, <8 x i32> zeroinitializer
  %261 = load <8 x float>, <8 x float>* %30, align 32
  %262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %244, <8 x float> %261)
  store <8 x float> %262, <8 x float>* %30, align 32
  %263 = load <8 x float>, <8 x float>* %24, align 32
  %264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %248, <8 x float> %263)
  store <8 x float> %264, <8 x float>* %24, align 32
  %265 = add i64 %183, 17
  %266 = getelementptr inbounds float, float* %1, i64 %265
  %267 = load float, float* %266, align 4
  %268 = insertelement <8 x float> undef, float %267, i32 0
  %splat8 = shufflevector <8 x float> %268, <8 x float> undef, <8 x i32> zeroinitializer
  %269 = load <8 x float>, <8 x float>* %29, align 32
  %270 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %244, <8 x float> %269)
  store <8 x float> %270, <8 x float>* %29, align 32
  %271 = load <8 x float>, <8 x float>* %23, align 32
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %248, <8 x float> %271)
  store <8 x float> %272, <8 x float>* %23, align 32
  %273 = add i64 %183, 25
  %274 = getelementptr inbounds float, float* %1, i64 %273
  %275 = load float, float* %274, align 4
  %276 = insertelement <8 x float> undef, float %275, i32 0
  %splat9 = shufflevector <8 x float> %276, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = load <8 x float>, <8 x float>* %28, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %244, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %28, align 32
  %279 = load <8 x float>, <8 x float>* %22, align 32
  %280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %248, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %22, align 32
  %281 = add i64 %183, 33
  %282 = getelementptr inbounds float, float* %1, i64 %281
  %283 = load float, float* %282, align 4
  %284 = insertelement <8 x float> undef, float %283, i32 0
  %splat10 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
  %285 = load <8 x float>, <8 x float>* %27, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %244, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %27, align 32
  %287 = load <8 x float>, <8 x float>* %21, align 32
  %288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %248, <8 x float> %287)
  store <8 x float> %288, <8 x float>* %21, align 32
  %289 = add i64 %183, 41
  %290 = getelementptr inbounds float, float* %1, i64 %289
  %291 = load float, float* %290, align 4
  %292 = insertelement <8 x float> undef, float %291, i32 0
  %splat11 = shufflevector <8 x float> %292, <8 x float> undef, <8 x i32> zeroinitializer
  %293 = load <8 x float>, <8 x float>* %26, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %244, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %26, align 32
  %295 = load <8 x float>, <8 x float>* %20, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %248, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %20, align 32
  %297 = add i64 %184, 16
  %298 = getelementptr inbounds float, float* %4, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %184, 2064
  %302 = getelementptr inbounds float, float* %4, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = add i64 %183, 2
  %306 = getelementptr inbounds float, float* %1, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat12 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %31, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %300, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %31, align 32
  %311 = load <8 x float>, <8 x float>* %25, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %304, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %25, align 32
  %313 = add i64 %183, 10
  %314 = getelementptr inbounds float, float* %1, i64 %313
  %315 = load float, float* %314, align 4
  %316 = insertelement <8 x float> undef, float %315, i32 0
  %splat13 = shufflevector <8 x float> %316, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, <8 x float>* %30, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %300, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %30, align 32
  %319 = load <8 x float>, <8 x float>* %24, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %304, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %24, align 32
  %321 = add i64 %183, 18
  %322 = getelementptr inbounds float, float* %1, i64 %321
  %323 = load float, float* %322, align 4
  %324 = insertelement <8 x float> undef, float %323, i32 0
  %splat14 = shufflevector <8 x float> %324, <8 x float> undef, <8 x i32> zeroinitializer
  %325 = load <8 x float>, <8 x float>* %29, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %300, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %29, align 32
  %327 = load <8 x float>, <8 x float>* %23, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %304, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %23, align 32
  %329 = add i64 %183, 26
  %330 = getelementptr inbounds float, float* %1, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat15 = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %28, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %300, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %28, align 32
  %335 = load <8 x float>, <8 x float>* %22, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %304, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %22, align 32
  %337 = add i64 %183, 34
  %338 = getelementptr inbounds float, float* %1, i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat16 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %27, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %300, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %27, align 32
  %343 = load <8 x float>, <8 x float>* %21, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %304, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %21, align 32
  %345 = add i64 %183, 42
  %346 = getelementptr inbounds float, float* %1, i64 %345
  %347 = load float, float* %346, align 4
  %348 = insertelement <8 x float> undef, float %347, i32 0
  %splat17 = shufflevector <8 x float> %348, <8 x float> undef, <8 x i32> zeroinitializer
  %349 = load <8 x float>, <8 x float>* %26, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %300, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %26, align 32
  %351 = load <8 x float>, <8 x float>* %20, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %304, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %20, align 32
  %353 = add i64 %184, 24
  %354 = getelementptr inbounds float, float* %4, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  %356 = load <8 x float>, <8 x float>* %355, align 4
  %357 = add i64 %184, 2072
  %358 = getelementptr inbounds float, float* %4, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  %360 = load <8 x float>, <8 x float>* %359, align 4
  %361 = add i64 %183, 3
  %362 = getelementptr inbounds float, float* %1, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat18 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %31, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %356, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %31, align 32
  %367 = load <8 x float>, <8 x float>* %25, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %360, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %25, align 32
  %369 = add i64 %183, 11
  %370 = getelementptr inbounds float, float* %1, i64 %369
  %371 = load float, float* %370, align 4
  %372 = insertelement <8 x float> undef, float %371, i32 0
  %splat19 = shufflevector <8 x float> %372, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %30, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %356, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %30, align 32
  %375 = load <8 x float>, <8 x float>* %24, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %360, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %24, align 32
  %377 = add i64 %183, 19
  %378 = getelementptr inbounds float, float* %1, i64 %377
  %379 = load float, float* %378, align 4
  %380 = insertelement <8 x float> undef, float %379, i32 0
  %splat20 = shufflevector <8 x float> %380, <8 x float> undef, <8 x i32> zeroinitializer
  %381 = load <8 x float>, <8 x float>* %29, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %356, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %29, align 32
  %383 = load <8 x float>, <8 x float>* %23, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %360, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %23, align 32
  %385 = add i64 %183, 27
  %386 = getelementptr inbounds float, float* %1, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat21 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %28, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %356, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %28, align 32
  %391 = load <8 x float>, <8 x float>* %22, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %360, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %22, align 32
  %393 = add i64 %183, 35
  %394 = getelementptr inbounds float, float* %1, i64 %393
  %395 = load float, float* %394, align 4
  %396 = insertelement <8 x float> undef, float %395, i32 0
  %splat22 = shufflevector <8 x float> %396, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = load <8 x float>, <8 x float>* %27, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %356, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %27, align 32
  %399 = load <8 x float>, <8 x float>* %21, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %360, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %21, align 32
  %401 = add i64 %183, 43
  %402 = getelementptr inbounds float, float* %1, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat23 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %26, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %356, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %26, align 32
  %407 = load <8 x float>, <8 x float>* %20, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %360, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %20, align 32
  %409 = add i64 %184, 32
  %410 = getelementptr inbounds float, float* %4, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %184, 2080
  %414 = getelementptr inbounds float, float* %4, i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = add i64 %183, 4
  %418 = getelementptr inbounds float, float* %1, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat24 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %31, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %412, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %31, align 32
  %423 = load <8 x float>, <8 x float>* %25, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %416, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %25, align 32
  %425 = add i64 %183, 12
  %426 = getelementptr inbounds float, float* %1, i64 %425
  %427 = load float, float* %426, align 4
  %428 = insertelement <8 x float> undef, float %427, i32 0
  %splat25 = shufflevector <8 x float> %428, <8 x float> undef, <8 x i32> zeroinitializer
  %429 = load <8 x float>, <8 x float>* %30, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %412, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %30, align 32
  %431 = load <8 x float>, <8 x float>* %24, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %416, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %24, align 32
  %433 = add i64 %183, 20
  %434 = getelementptr inbounds float, float* %1, i64 %433
  %435 = load float, float* %434, align 4
  %436 = insertelement <8 x float> undef, float %435, i32 0
  %splat26 = shufflevector <8 x float> %436, <8 x float> undef, <8 x i32> zeroinitializer
  %437 = load <8 x float>, <8 x float>* %29, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %412, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %29, align 32
  %439 = load <8 x float>, <8 x float>* %23, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %416, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %23, align 32
  %441 = add i64 %183, 28
  %442 = getelementptr inbounds float, float* %1, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat27 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %28, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %412, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %28, align 32
  %447 = load <8 x float>, <8 x float>* %22, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %416, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %22, align 32
  %449 = add i64 %183, 36
  %450 = getelementptr inbounds float, float* %1, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat28 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %27, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %412, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %27, align 32
  %455 = load <8 x float>, <8 x float>* %21, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %416, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %21, align 32
  %457 = add i64 %183, 44
  %458 = getelementptr inbounds float, float* %1, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat29 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %26, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %412, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %26, align 32
  %463 = load <8 x float>, <8 x float>* %20, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %416, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %20, align 32
  %465 = add i64 %184, 40
  %466 = getelementptr inbounds float, float* %4, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %184, 2088
  %470 = getelementptr inbounds float, float* %4, i64 %469
  %471 = bitcast float* %470 to <8 x float>*
  %472 = load <8 x float>, <8 x float>* %471, align 4
  %473 = add i64 %183, 5
  %474 = getelementptr inbounds float, float* %1, i64 %473
  %475 = load float, float* %474, align 4
  %476 = insertelement <8 x float> undef, float %475, i32 0
  %splat30 = shufflevector <8 x float> %476, <8 x float> undef, <8 x i32> zeroinitializer
  %477 = load <8 x float>, <8 x float>* %31, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %468, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %31, align 32
  %479 = load <8 x float>, <8 x float>* %25, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %472, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %25, align 32
  %481 = add i64 %183, 13
  %482 = getelementptr inbounds float, float* %1, i64 %481
  %483 = load float, float* %482, align 4
  %484 = insertelement <8 x float> undef, float %483, i32 0
  %splat31 = shufflevector <8 x float> %484, <8 x float> undef, <8 x i32> zeroinitializer
  %485 = load <8 x float>, <8 x float>* %30, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %468, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %30, align 32
  %487 = load <8 x float>, <8 x float>* %24, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %472, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %24, align 32
  %489 = add i64 %183, 21
  %490 = getelementptr inbounds float, float* %1, i64 %489
  %491 = load float, float* %490, align 4
  %492 = insertelement <8 x float> undef, float %491, i32 0
  %splat32 = shufflevector <8 x float> %492, <8 x float> undef, <8 x i32> zeroinitializer
  %493 = load <8 x float>, <8 x float>* %29, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %468, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %29, align 32
  %495 = load <8 x float>, <8 x float>* %23, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %472, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %23, align 32
  %497 = add i64 %183, 29
  %498 = getelementptr inbounds float, float* %1, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat33 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %28, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %468, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %28, align 32
  %503 = load <8 x float>, <8 x float>* %22, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %472, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %22, align 32
  %505 = add i64 %183, 37
  %506 = getelementptr inbounds float, float* %1, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat34 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %27, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %468, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %27, align 32
  %511 = load <8 x float>, <8 x float>* %21, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %472, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %21, align 32
  %513 = add i64 %183, 45
  %514 = getelementptr inbounds float, float* %1, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat35 = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %26, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %468, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %26, align 32
  %519 = load <8 x float>, <8 x float>* %20, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %472, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %20, align 32
  %521 = add i64 %184, 48
  %522 = getelementptr inbounds float, float* %4, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  %524 = load <8 x float>, <8 x float>* %523, align 4
  %525 = add i64 %184, 2096
  %526 = getelementptr inbounds float, float* %4, i64 %525
  %527 = bitcast float* %526 to <8 x float>*
  %528 = load <8 x float>, <8 x float>* %527, align 4
  %529 = add i64 %183, 6
  %530 = getelementptr inbounds float, float* %1, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat36 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %31, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %524, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %31, align 32
  %535 = load <8 x float>, <8 x float>* %25, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %528, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %25, align 32
  %537 = add i64 %183, 14
  %538 = getelementptr inbounds float, float* %1, i64 %537
  %539 = load float, float* %538, align 4
  %540 = insertelement <8 x float> undef, float %539, i32 0
  %splat37 = shufflevector <8 x float> %540, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = load <8 x float>, <8 x float>* %30, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %524, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %30, align 32
  %543 = load <8 x float>, <8 x float>* %24, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %528, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %24, align 32
  %545 = add i64 %183, 22
  %546 = getelementptr inbounds float, float* %1, i64 %545
  %547 = load float, float* %546, align 4
  %548 = insertelement <8 x float> undef, float %547, i32 0
  %splat38 = shufflevector <8 x float> %548, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = load <8 x float>, <8 x float>* %29, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %524, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %29, align 32
  %551 = load <8 x float>, <8 x float>* %23, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %528, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %23, align 32
  %553 = add i64 %183, 30
  %554 = getelementptr inbounds float, float* %1, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat39 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %28, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %524, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %28, align 32
  %559 = load <8 x float>, <8 x float>* %22, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %528, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %22, align 32
  %561 = add i64 %183, 38
  %562 = getelementptr inbounds float, float* %1, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat40 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %27, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %524, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %27, align 32
  %567 = load <8 x float>, <8 x float>* %21, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %528, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %21, align 32
  %569 = add i64 %183, 46
  %570 = getelementptr inbounds float, float* %1, i64 %569
  %571 = load float, float* %570, align 4
  %572 = insertelement <8 x float> undef, float %571, i32 0
  %splat41 = shufflevector <8 x float> %572, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = load <8 x float>, <8 x float>* %26, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %524, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %26, align 32
  %575 = load <8 x float>, <8 x float>* %20, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %528, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %20, align 32
  %577 = add i64 %184, 56
  %578 = getelementptr inbounds float, float* %4, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %184, 2104
  %582 = getelementptr inbounds float, float* %4, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %183, 7
  %586 = getelementptr inbounds float, float* %1, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat42 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %31, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %580, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %31, align 32
  %591 = load <8 x float>, <8 x float>* %25, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %584, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %25, align 32
  %593 = add i64 %183, 15
  %594 = getelementptr inbounds float, float* %1, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat43 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %30, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %580, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %30, align 32
  %599 = load <8 x float>, <8 x float>* %24, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %584, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %24, align 32
  %601 = add i64 %183, 23
  %602 = getelementptr inbounds float, float* %1, i64 %601
  %603 = load float, float* %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %splat44 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %605 = load <8 x float>, <8 x float>* %29, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %580, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %29, align 32
  %607 = load <8 x float>, <8 x float>* %23, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %584, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %23, align 32
  %609 = add i64 %183, 31
  %610 = getelementptr inbounds float, float* %1, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat45 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %28, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %580, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %28, align 32
  %615 = load <8 x float>, <8 x float>* %22, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %584, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %22, align 32
  %617 = add i64 %183, 39
  %618 = getelementptr inbounds float, float* %1, i64 %617
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat46 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %27, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %580, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %27, align 32
  %623 = load <8 x float>, <8 x float>* %21, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %584, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %21, align 32
  %625 = add i64 %183, 47
  %626 = getelementptr inbounds float, float* %1, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat47 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %26, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %580, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %26, align 32
  %631 = load <8 x float>, <8 x float>* %20, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %584, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %20, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %633 = load <8 x float>, <8 x float>* %31, align 32
  %634 = fcmp olt <8 x float> %633, zeroinitializer
  %635 = select <8 x i1> %634, <8 x float> zeroinitializer, <8 x float> %633
  %636 = getelementptr inbounds float, float* %41, i64 %104
  %637 = bitcast float* %636 to <8 x float>*
  store <8 x float> %635, <8 x float>* %637, align 4
  %638 = load <8 x float>, <8 x float>* %30, align 32
  %639 = fcmp olt <8 x float> %638, zeroinitializer
  %640 = select <8 x i1> %639, <8 x float> zeroinitializer, <8 x float> %638
  %641 = getelementptr inbounds float, float* %41, i64 %107
  %642 = bitcast float* %641 to <8 x float>*
  store <8 x float> %640, <8 x float>* %642, align 4
  %643 = load <8 x float>, <8 x float>* %29, align 32
  %644 = fcmp olt <8 x float> %643, zeroinitializer
  %645 = select <8 x i1> %644, <8 x float> zeroinitializer, <8 x float> %643
  %646 = getelementptr inbounds float, float* %41, i64 %110
  %647 = bitcast float* %646 to <8 x float>*
  store <8 x float> %645, <8 x float>* %647, align 4
  %648 = load <8 x float>, <8 x float>* %28, align 32
  %649 = fcmp olt <8 x float> %648, zeroinitializer
  %650 = select <8 x i1> %649, <8 x float> zeroinitializer, <8 x float> %648
  %651 = getelementptr inbounds float, float* %41, i64 %113
  %652 = bitcast float* %651 to <8 x float>*
  store <8 x float> %650, <8 x float>* %652, align 4
  %653 = load <8 x float>, <8 x float>* %27, align 32
  %654 = fcmp olt <8 x float> %653, zeroinitializer
  %655 = select <8 x i1> %654, <8 x float> zeroinitializer, <8 x float> %653
  %656 = getelementptr inbounds float, float* %41, i64 %116
  %657 = bitcast float* %656 to <8 x float>*
  store <8 x float> %655, <8 x float>* %657, align 4
  %658 = load <8 x float>, <8 x float>* %26, align 32
  %659 = fcmp olt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> zeroinitializer, <8 x float> %658
  %661 = getelementptr inbounds float, float* %41, i64 %119
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = load <8 x float>, <8 x float>* %25, align 32
  %664 = fcmp olt <8 x float> %663, zeroinitializer
  %665 = select <8 x i1> %664, <8 x float> zeroinitializer, <8 x float> %663
  %666 = getelementptr inbounds float, float* %41, i64 %122
  %667 = bitcast float* %666 to <8 x float>*
  store <8 x float> %665, <8 x float>* %667, align 4
  %668 = load <8 x float>, <8 x float>* %24, align 32
  %669 = fcmp olt <8 x float> %668, zeroinitializer
  %670 = select <8 x i1> %669, <8 x float> zeroinitializer, <8 x float> %668
  %671 = getelementptr inbounds float, float* %41, i64 %125
  %672 = bitcast float* %671 to <8 x float>*
  store <8 x float> %670, <8 x float>* %672, align 4
  %673 = load <8 x float>, <8 x float>* %23, align 32
  %674 = fcmp olt <8 x float> %673, zeroinitializer
  %675 = select <8 x i1> %674, <8 x float> zeroinitializer, <8 x float> %673
  %676 = getelementptr inbounds float, float* %41, i64 %128
  %677 = bitcast float* %676 to <8 x float>*
  store <8 x float> %675, <8 x float>* %677, align 4
  %678 = load <8 x float>, <8 x float>* %22, align 32
  %679 = fcmp olt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> zeroinitializer, <8 x float> %678
  %681 = getelementptr inbounds float, float* %41, i64 %131
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %683 = load <8 x float>, <8 x float>* %21, align 32
  %684 = fcmp olt <8 x float> %683, zeroinitializer
  %685 = select <8 x i1> %684, <8 x float> zeroinitializer, <8 x float> %683
  %686 = getelementptr inbounds float, float* %41, i64 %134
  %687 = bitcast float* %686 to <8 x float>*
  store <8 x float> %685, <8 x float>* %687, align 4
  %688 = load <8 x float>, <8 x float>* %20, align 32
  %689 = fcmp olt <8 x float> %688, zeroinitializer
  %690 = select <8 x i1> %689, <8 x float> zeroinitializer, <8 x float> %688
  %691 = getelementptr inbounds float, float* %41, i64 %137
  %692 = bitcast float* %691 to <8 x float>*
  store <8 x float> %690, <8 x float>* %692, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next68, %u.body49 ]
  %693 = icmp slt i64 %u51, 32
  br i1 %693, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %694 = add i64 0, %u51
  %695 = mul i64 %694, 5408
  %696 = add i64 %175, %695
  %697 = mul i64 %694, 64
  %698 = add i64 %77, %697
  %699 = add i64 %696, 0
  %700 = add i64 %699, 0
  %701 = add i64 %698, 0
  %702 = add i64 %701, 0
  %703 = getelementptr inbounds float, float* %4, i64 %702
  %704 = bitcast float* %703 to <8 x float>*
  %705 = load <8 x float>, <8 x float>* %704, align 4
  %706 = add i64 %701, 2048
  %707 = getelementptr inbounds float, float* %4, i64 %706
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = add i64 %700, 0
  %711 = getelementptr inbounds float, float* %1, i64 %710
  %712 = load float, float* %711, align 4
  %713 = insertelement <8 x float> undef, float %712, i32 0
  %splat52 = shufflevector <8 x float> %713, <8 x float> undef, <8 x i32> zeroinitializer
  %714 = load <8 x float>, <8 x float>* %19, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %705, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %19, align 32
  %716 = load <8 x float>, <8 x float>* %17, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %709, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %17, align 32
  %718 = add i64 %700, 8
  %719 = getelementptr inbounds float, float* %1, i64 %718
  %720 = load float, float* %719, align 4
  %721 = insertelement <8 x float> undef, float %720, i32 0
  %splat53 = shufflevector <8 x float> %721, <8 x float> undef, <8 x i32> zeroinitializer
  %722 = load <8 x float>, <8 x float>* %18, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %705, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %18, align 32
  %724 = load <8 x float>, <8 x float>* %16, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %709, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %16, align 32
  %726 = add i64 %701, 8
  %727 = getelementptr inbounds float, float* %4, i64 %726
  %728 = bitcast float* %727 to <8 x float>*
  %729 = load <8 x float>, <8 x float>* %728, align 4
  %730 = add i64 %701, 2056
  %731 = getelementptr inbounds float, float* %4, i64 %730
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = add i64 %700, 1
  %735 = getelementptr inbounds float, float* %1, i64 %734
  %736 = load float, float* %735, align 4
  %737 = insertelement <8 x float> undef, float %736, i32 0
  %splat54 = shufflevector <8 x float> %737, <8 x float> undef, <8 x i32> zeroinitializer
  %738 = load <8 x float>, <8 x float>* %19, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %729, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %19, align 32
  %740 = load <8 x float>, <8 x float>* %17, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %733, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %17, align 32
  %742 = add i64 %700, 9
  %743 = getelementptr inbounds float, float* %1, i64 %742
  %744 = load float, float* %743, align 4
  %745 = insertelement <8 x float> undef, float %744, i32 0
  %splat55 = shufflevector <8 x float> %745, <8 x float> undef, <8 x i32> zeroinitializer
  %746 = load <8 x float>, <8 x float>* %18, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %729, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %18, align 32
  %748 = load <8 x float>, <8 x float>* %16, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %733, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %16, align 32
  %750 = add i64 %701, 16
  %751 = getelementptr inbounds float, float* %4, i64 %750
  %752 = bitcast float* %751 to <8 x float>*
  %753 = load <8 x float>, <8 x float>* %752, align 4
  %754 = add i64 %701, 2064
  %755 = getelementptr inbounds float, float* %4, i64 %754
  %756 = bitcast float* %755 to <8 x float>*
  %757 = load <8 x float>, <8 x float>* %756, align 4
  %758 = add i64 %700, 2
  %759 = getelementptr inbounds float, float* %1, i64 %758
  %760 = load float, float* %759, align 4
  %761 = insertelement <8 x float> undef, float %760, i32 0
  %splat56 = shufflevector <8 x float> %761, <8 x float> undef, <8 x i32> zeroinitializer
  %762 = load <8 x float>, <8 x float>* %19, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %753, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %19, align 32
  %764 = load <8 x float>, <8 x float>* %17, align 32
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %757, <8 x float> %764)
  store <8 x float> %765, <8 x float>* %17, align 32
  %766 = add i64 %700, 10
  %767 = getelementptr inbounds float, float* %1, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat57 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %18, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %753, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %18, align 32
  %772 = load <8 x float>, <8 x float>* %16, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %757, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %16, align 32
  %774 = add i64 %701, 24
  %775 = getelementptr inbounds float, float* %4, i64 %774
  %776 = bitcast float* %775 to <8 x float>*
  %777 = load <8 x float>, <8 x float>* %776, align 4
  %778 = add i64 %701, 2072
  %779 = getelementptr inbounds float, float* %4, i64 %778
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = add i64 %700, 3
  %783 = getelementptr inbounds float, float* %1, i64 %782
  %784 = load float, float* %783, align 4
  %785 = insertelement <8 x float> undef, float %784, i32 0
  %splat58 = shufflevector <8 x float> %785, <8 x float> undef, <8 x i32> zeroinitializer
  %786 = load <8 x float>, <8 x float>* %19, align 32
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %777, <8 x float> %786)
  store <8 x float> %787, <8 x float>* %19, align 32
  %788 = load <8 x float>, <8 x float>* %17, align 32
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %781, <8 x float> %788)
  store <8 x float> %789, <8 x float>* %17, align 32
  %790 = add i64 %700, 11
  %791 = getelementptr inbounds float, float* %1, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat59 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %18, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %777, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %18, align 32
  %796 = load <8 x float>, <8 x float>* %16, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %781, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %16, align 32
  %798 = add i64 %701, 32
  %799 = getelementptr inbounds float, float* %4, i64 %798
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = add i64 %701, 2080
  %803 = getelementptr inbounds float, float* %4, i64 %802
  %804 = bitcast float* %803 to <8 x float>*
  %805 = load <8 x float>, <8 x float>* %804, align 4
  %806 = add i64 %700, 4
  %807 = getelementptr inbounds float, float* %1, i64 %806
  %808 = load float, float* %807, align 4
  %809 = insertelement <8 x float> undef, float %808, i32 0
  %splat60 = shufflevector <8 x float> %809, <8 x float> undef, <8 x i32> zeroinitializer
  %810 = load <8 x float>, <8 x float>* %19, align 32
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %801, <8 x float> %810)
  store <8 x float> %811, <8 x float>* %19, align 32
  %812 = load <8 x float>, <8 x float>* %17, align 32
  %813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %805, <8 x float> %812)
  store <8 x float> %813, <8 x float>* %17, align 32
  %814 = add i64 %700, 12
  %815 = getelementptr inbounds float, float* %1, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat61 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %18, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %801, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %18, align 32
  %820 = load <8 x float>, <8 x float>* %16, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %805, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %16, align 32
  %822 = add i64 %701, 40
  %823 = getelementptr inbounds float, float* %4, i64 %822
  %824 = bitcast float* %823 to <8 x float>*
  %825 = load <8 x float>, <8 x float>* %824, align 4
  %826 = add i64 %701, 2088
  %827 = getelementptr inbounds float, float* %4, i64 %826
  %828 = bitcast float* %827 to <8 x float>*
  %829 = load <8 x float>, <8 x float>* %828, align 4
  %830 = add i64 %700, 5
  %831 = getelementptr inbounds float, float* %1, i64 %830
  %832 = load float, float* %831, align 4
  %833 = insertelement <8 x float> undef, float %832, i32 0
  %splat62 = shufflevector <8 x float> %833, <8 x float> undef, <8 x i32> zeroinitializer
  %834 = load <8 x float>, <8 x float>* %19, align 32
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %825, <8 x float> %834)
  store <8 x float> %835, <8 x float>* %19, align 32
  %836 = load <8 x float>, <8 x float>* %17, align 32
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %829, <8 x float> %836)
  store <8 x float> %837, <8 x float>* %17, align 32
  %838 = add i64 %700, 13
  %839 = getelementptr inbounds float, float* %1, i64 %838
  %840 = load float, float* %839, align 4
  %841 = insertelement <8 x float> undef, float %840, i32 0
  %splat63 = shufflevector <8 x float> %841, <8 x float> undef, <8 x i32> zeroinitializer
  %842 = load <8 x float>, <8 x float>* %18, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %825, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %18, align 32
  %844 = load <8 x float>, <8 x float>* %16, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %829, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %16, align 32
  %846 = add i64 %701, 48
  %847 = getelementptr inbounds float, float* %4, i64 %846
  %848 = bitcast float* %847 to <8 x float>*
  %849 = load <8 x float>, <8 x float>* %848, align 4
  %850 = add i64 %701, 2096
  %851 = getelementptr inbounds float, float* %4, i64 %850
  %852 = bitcast float* %851 to <8 x float>*
  %853 = load <8 x float>, <8 x float>* %852, align 4
  %854 = add i64 %700, 6
  %855 = getelementptr inbounds float, float* %1, i64 %854
  %856 = load float, float* %855, align 4
  %857 = insertelement <8 x float> undef, float %856, i32 0
  %splat64 = shufflevector <8 x float> %857, <8 x float> undef, <8 x i32> zeroinitializer
  %858 = load <8 x float>, <8 x float>* %19, align 32
  %859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %849, <8 x float> %858)
  store <8 x float> %859, <8 x float>* %19, align 32
  %860 = load <8 x float>, <8 x float>* %17, align 32
  %861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %853, <8 x float> %860)
  store <8 x float> %861, <8 x float>* %17, align 32
  %862 = add i64 %700, 14
  %863 = getelementptr inbounds float, float* %1, i64 %862
  %864 = load float, float* %863, align 4
  %865 = insertelement <8 x float> undef, float %864, i32 0
  %splat65 = shufflevector <8 x float> %865, <8 x float> undef, <8 x i32> zeroinitializer
  %866 = load <8 x float>, <8 x float>* %18, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %849, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %18, align 32
  %868 = load <8 x float>, <8 x float>* %16, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %853, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %16, align 32
  %870 = add i64 %701, 56
  %871 = getelementptr inbounds float, float* %4, i64 %870
  %872 = bitcast float* %871 to <8 x float>*
  %873 = load <8 x float>, <8 x float>* %872, align 4
  %874 = add i64 %701, 2104
  %875 = getelementptr inbounds float, float* %4, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %700, 7
  %879 = getelementptr inbounds float, float* %1, i64 %878
  %880 = load float, float* %879, align 4
  %881 = insertelement <8 x float> undef, float %880, i32 0
  %splat66 = shufflevector <8 x float> %881, <8 x float> undef, <8 x i32> zeroinitializer
  %882 = load <8 x float>, <8 x float>* %19, align 32
  %883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %873, <8 x float> %882)
  store <8 x float> %883, <8 x float>* %19, align 32
  %884 = load <8 x float>, <8 x float>* %17, align 32
  %885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %877, <8 x float> %884)
  store <8 x float> %885, <8 x float>* %17, align 32
  %886 = add i64 %700, 15
  %887 = getelementptr inbounds float, float* %1, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat67 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %18, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %873, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %18, align 32
  %892 = load <8 x float>, <8 x float>* %16, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %877, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %16, align 32
  %u.next68 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %894 = load <8 x float>, <8 x float>* %19, align 32
  %895 = fcmp olt <8 x float> %894, zeroinitializer
  %896 = select <8 x i1> %895, <8 x float> zeroinitializer, <8 x float> %894
  %897 = getelementptr inbounds float, float* %41, i64 %154
  %898 = bitcast float* %897 to <8 x float>*
  store <8 x float> %896, <8 x float>* %898, align 4
  %899 = load <8 x float>, <8 x float>* %18, align 32
  %900 = fcmp olt <8 x float> %899, zeroinitializer
  %901 = select <8 x i1> %900, <8 x float> zeroinitializer, <8 x float> %899
  %902 = getelementptr inbounds float, float* %41, i64 %157
  %903 = bitcast float* %902 to <8 x float>*
  store <8 x float> %901, <8 x float>* %903, align 4
  %904 = load <8 x float>, <8 x float>* %17, align 32
  %905 = fcmp olt <8 x float> %904, zeroinitializer
  %906 = select <8 x i1> %905, <8 x float> zeroinitializer, <8 x float> %904
  %907 = getelementptr inbounds float, float* %41, i64 %160
  %908 = bitcast float* %907 to <8 x float>*
  store <8 x float> %906, <8 x float>* %908, align 4
  %909 = load <8 x float>, <8 x float>* %16, align 32
  %910 = fcmp olt <8 x float> %909, zeroinitializer
  %911 = select <8 x i1> %910, <8 x float> zeroinitializer, <8 x float> %909
  %912 = getelementptr inbounds float, float* %41, i64 %163
  %913 = bitcast float* %912 to <8 x float>*
  store <8 x float> %911, <8 x float>* %913, align 4
  %y.next = add i64 %y, 1
  br label %y.header

x.header69:                                       ; preds = %r.exit, %y.exit
  %x72 = phi i64 [ 0, %y.exit ], [ %x.next73, %r.exit ]
  %914 = icmp slt i64 %x72, 12
  br i1 %914, label %x.body70, label %x.exit71

x.body70:                                         ; preds = %x.header69
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %15, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %14, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %13, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %12, align 32
  %915 = mul i64 %x72, 2
  %916 = sub i64 %915, 0
  br label %r.header

x.exit71:                                         ; preds = %x.header69
  %917 = mul i64 %48, 32
  %918 = add i64 %917, %81
  %919 = add i64 %918, 1
  %920 = mul i64 %919, 12
  %921 = add i64 %920, %43
  %922 = mul i64 %921, 96
  %923 = getelementptr inbounds float, float* %0, i64 %922
  %924 = getelementptr inbounds float, float* %41, i64 624
  %925 = mul i64 %43, 2
  %926 = sub i64 %925, 0
  %927 = add i64 %926, 3
  %928 = icmp sgt i64 %926, 0
  %929 = select i1 %928, i64 %926, i64 0
  %930 = icmp slt i64 %927, 26
  %931 = select i1 %930, i64 %927, i64 26
  %932 = icmp slt i64 %927, 26
  %933 = select i1 %932, i64 %927, i64 26
  %934 = sub i64 %933, %926
  br label %x.header74

r.header:                                         ; preds = %r.body, %x.body70
  %r = phi i64 [ %94, %x.body70 ], [ %r.next, %r.body ]
  %935 = icmp slt i64 %r, %96
  br i1 %935, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %936 = srem i64 %r, 3
  %937 = mul i64 %936, 26
  %938 = add i64 %937, %916
  %939 = mul i64 %938, 8
  %940 = load <8 x float>, <8 x float>* %15, align 32
  %941 = add i64 %939, 0
  %942 = getelementptr inbounds float, float* %89, i64 %941
  %943 = bitcast float* %942 to <8 x float>*
  %944 = load <8 x float>, <8 x float>* %943, align 4
  %945 = fcmp ogt <8 x float> %940, %944
  %946 = select <8 x i1> %945, <8 x float> %940, <8 x float> %944
  %947 = fcmp uno <8 x float> %940, %940
  %948 = select <8 x i1> %947, <8 x float> %940, <8 x float> %946
  %949 = add i64 %939, 8
  %950 = getelementptr inbounds float, float* %89, i64 %949
  %951 = bitcast float* %950 to <8 x float>*
  %952 = load <8 x float>, <8 x float>* %951, align 4
  %953 = fcmp ogt <8 x float> %948, %952
  %954 = select <8 x i1> %953, <8 x float> %948, <8 x float> %952
  %955 = fcmp uno <8 x float> %948, %948
  %956 = select <8 x i1> %955, <8 x float> %948, <8 x float> %954
  %957 = add i64 %939, 16
  %958 = getelementptr inbounds float, float* %89, i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = fcmp ogt <8 x float> %956, %960
  %962 = select <8 x i1> %961, <8 x float> %956, <8 x float> %960
  %963 = fcmp uno <8 x float> %956, %956
  %964 = select <8 x i1> %963, <8 x float> %956, <8 x float> %962
  store <8 x float> %964, <8 x float>* %15, align 32
  %965 = load <8 x float>, <8 x float>* %14, align 32
  %966 = add i64 %939, 16
  %967 = getelementptr inbounds float, float* %89, i64 %966
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = fcmp ogt <8 x float> %965, %969
  %971 = select <8 x i1> %970, <8 x float> %965, <8 x float> %969
  %972 = fcmp uno <8 x float> %965, %965
  %973 = select <8 x i1> %972, <8 x float> %965, <8 x float> %971
  %974 = add i64 %939, 24
  %975 = getelementptr inbounds float, float* %89, i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  %977 = load <8 x float>, <8 x float>* %976, align 4
  %978 = fcmp ogt <8 x float> %973, %977
  %979 = select <8 x i1> %978, <8 x float> %973, <8 x float> %977
  %980 = fcmp uno <8 x float> %973, %973
  %981 = select <8 x i1> %980, <8 x float> %973, <8 x float> %979
  %982 = add i64 %939, 32
  %983 = getelementptr inbounds float, float* %89, i64 %982
  %984 = bitcast float* %983 to <8 x float>*
  %985 = load <8 x float>, <8 x float>* %984, align 4
  %986 = fcmp ogt <8 x float> %981, %985
  %987 = select <8 x i1> %986, <8 x float> %981, <8 x float> %985
  %988 = fcmp uno <8 x float> %981, %981
  %989 = select <8 x i1> %988, <8 x float> %981, <8 x float> %987
  store <8 x float> %989, <8 x float>* %14, align 32
  %990 = load <8 x float>, <8 x float>* %13, align 32
  %991 = add i64 %939, 32
  %992 = getelementptr inbounds float, float* %89, i64 %991
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = fcmp ogt <8 x float> %990, %994
  %996 = select <8 x i1> %995, <8 x float> %990, <8 x float> %994
  %997 = fcmp uno <8 x float> %990, %990
  %998 = select <8 x i1> %997, <8 x float> %990, <8 x float> %996
  %999 = add i64 %939, 40
  %1000 = getelementptr inbounds float, float* %89, i64 %999
  %1001 = bitcast float* %1000 to <8 x float>*
  %1002 = load <8 x float>, <8 x float>* %1001, align 4
  %1003 = fcmp ogt <8 x float> %998, %1002
  %1004 = select <8 x i1> %1003, <8 x float> %998, <8 x float> %1002
  %1005 = fcmp uno <8 x float> %998, %998
  %1006 = select <8 x i1> %1005, <8 x float> %998, <8 x float> %1004
  %1007 = add i64 %939, 48
  %1008 = getelementptr inbounds float, float* %89, i64 %1007
  %1009 = bitcast float* %1008 to <8 x float>*
  %1010 = load <8 x float>, <8 x float>* %1009, align 4
  %1011 = fcmp ogt <8 x float> %1006, %1010
  %1012 = select <8 x i1> %1011, <8 x float> %1006, <8 x float> %1010
  %1013 = fcmp uno <8 x float> %1006, %1006
  %1014 = select <8 x i1> %1013, <8 x float> %1006, <8 x float> %1012
  store <8 x float> %1014, <8 x float>* %13, align 32
  %1015 = load <8 x float>, <8 x float>* %12, align 32
  %1016 = add i64 %939, 48
  %1017 = getelementptr inbounds float, float* %89, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  %1019 = load <8 x float>, <8 x float>* %1018, align 4
  %1020 = fcmp ogt <8 x float> %1015, %1019
  %1021 = select <8 x i1> %1020, <8 x float> %1015, <8 x float> %1019
  %1022 = fcmp uno <8 x float> %1015, %1015
  %1023 = select <8 x i1> %1022, <8 x float> %1015, <8 x float> %1021
  %1024 = add i64 %939, 56
  %1025 = getelementptr inbounds float, float* %89, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = fcmp ogt <8 x float> %1023, %1027
  %1029 = select <8 x i1> %1028, <8 x float> %1023, <8 x float> %1027
  %1030 = fcmp uno <8 x float> %1023, %1023
  %1031 = select <8 x i1> %1030, <8 x float> %1023, <8 x float> %1029
  %1032 = add i64 %939, 64
  %1033 = getelementptr inbounds float, float* %89, i64 %1032
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = fcmp ogt <8 x float> %1031, %1035
  %1037 = select <8 x i1> %1036, <8 x float> %1031, <8 x float> %1035
  %1038 = fcmp uno <8 x float> %1031, %1031
  %1039 = select <8 x i1> %1038, <8 x float> %1031, <8 x float> %1037
  store <8 x float> %1039, <8 x float>* %12, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %1040 = load <8 x float>, <8 x float>* %15, align 32
  %1041 = add i64 %x72, 0
  %1042 = mul i64 %1041, 8
  %1043 = getelementptr inbounds float, float* %88, i64 %1042
  %1044 = bitcast float* %1043 to <8 x float>*
  store <8 x float> %1040, <8 x float>* %1044, align 4
  %1045 = load <8 x float>, <8 x float>* %14, align 32
  %1046 = add i64 %x72, 1
  %1047 = mul i64 %1046, 8
  %1048 = getelementptr inbounds float, float* %88, i64 %1047
  %1049 = bitcast float* %1048 to <8 x float>*
  store <8 x float> %1045, <8 x float>* %1049, align 4
  %1050 = load <8 x float>, <8 x float>* %13, align 32
  %1051 = add i64 %x72, 2
  %1052 = mul i64 %1051, 8
  %1053 = getelementptr inbounds float, float* %88, i64 %1052
  %1054 = bitcast float* %1053 to <8 x float>*
  store <8 x float> %1050, <8 x float>* %1054, align 4
  %1055 = load <8 x float>, <8 x float>* %12, align 32
  %1056 = add i64 %x72, 3
  %1057 = mul i64 %1056, 8
  %1058 = getelementptr inbounds float, float* %88, i64 %1057
  %1059 = bitcast float* %1058 to <8 x float>*
  store <8 x float> %1055, <8 x float>* %1059, align 4
  %x.next73 = add i64 %x72, 4
  br label %x.header69

x.header74:                                       ; preds = %r.exit80, %x.exit71
  %x77 = phi i64 [ 0, %x.exit71 ], [ %x.next83, %r.exit80 ]
  %1060 = icmp slt i64 %x77, 12
  br i1 %1060, label %x.body75, label %x.exit76

x.body75:                                         ; preds = %x.header74
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  %1061 = mul i64 %x77, 2
  %1062 = sub i64 %1061, 0
  br label %r.header78

x.exit76:                                         ; preds = %x.header74
  %item.next = add i64 %item, 1
  br label %item.header

r.header78:                                       ; preds = %r.body79, %x.body75
  %r81 = phi i64 [ %929, %x.body75 ], [ %r.next82, %r.body79 ]
  %1063 = icmp slt i64 %r81, %931
  br i1 %1063, label %r.body79, label %r.exit80

r.body79:                                         ; preds = %r.header78
  %1064 = srem i64 %r81, 3
  %1065 = mul i64 %1064, 26
  %1066 = add i64 %1065, %1062
  %1067 = mul i64 %1066, 8
  %1068 = load <8 x float>, <8 x float>* %11, align 32
  %1069 = add i64 %1067, 0
  %1070 = getelementptr inbounds float, float* %924, i64 %1069
  %1071 = bitcast float* %1070 to <8 x float>*
  %1072 = load <8 x float>, <8 x float>* %1071, align 4
  %1073 = fcmp ogt <8 x float> %1068, %1072
  %1074 = select <8 x i1> %1073, <8 x float> %1068, <8 x float> %1072
  %1075 = fcmp uno <8 x float> %1068, %1068
  %1076 = select <8 x i1> %1075, <8 x float> %1068, <8 x float> %1074
  %1077 = add i64 %1067, 8
  %1078 = getelementptr inbounds float, float* %924, i64 %1077
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = fcmp ogt <8 x float> %1076, %1080
  %1082 = select <8 x i1> %1081, <8 x float> %1076, <8 x float> %1080
  %1083 = fcmp uno <8 x float> %1076, %1076
  %1084 = select <8 x i1> %1083, <8 x float> %1076, <8 x float> %1082
  %1085 = add i64 %1067, 16
  %1086 = getelementptr inbounds float, float* %924, i64 %1085
  %1087 = bitcast float* %1086 to <8 x float>*
  %1088 = load <8 x float>, <8 x float>* %1087, align 4
  %1089 = fcmp ogt <8 x float> %1084, %1088
  %1090 = select <8 x i1> %1089, <8 x float> %1084, <8 x float> %1088
  %1091 = fcmp uno <8 x float> %1084, %1084
  %1092 = select <8 x i1> %1091, <8 x float> %1084, <8 x float> %1090
  store <8 x float> %1092, <8 x float>* %11, align 32
  %1093 = load <8 x float>, <8 x float>* %10, align 32
  %1094 = add i64 %1067, 16
  %1095 = getelementptr inbounds float, float* %924, i64 %1094
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = fcmp ogt <8 x float> %1093, %1097
  %1099 = select <8 x i1> %1098, <8 x float> %1093, <8 x float> %1097
  %1100 = fcmp uno <8 x float> %1093, %1093
  %1101 = select <8 x i1> %1100, <8 x float> %1093, <8 x float> %1099
  %1102 = add i64 %1067, 24
  %1103 = getelementptr inbounds float, float* %924, i64 %1102
  %1104 = bitcast float* %1103 to <8 x float>*
  %1105 = load <8 x float>, <8 x float>* %1104, align 4
  %1106 = fcmp ogt <8 x float> %1101, %1105
  %1107 = select <8 x i1> %1106, <8 x float> %1101, <8 x float> %1105
  %1108 = fcmp uno <8 x float> %1101, %1101
  %1109 = select <8 x i1> %1108, <8 x float> %1101, <8 x float> %1107
  %1110 = add i64 %1067, 32
  %1111 = getelementptr inbounds float, float* %924, i64 %1110
  %1112 = bitcast float* %1111 to <8 x float>*
  %1113 = load <8 x float>, <8 x float>* %1112, align 4
  %1114 = fcmp ogt <8 x float> %1109, %1113
  %1115 = select <8 x i1> %1114, <8 x float> %1109, <8 x float> %1113
  %1116 = fcmp uno <8 x float> %1109, %1109
  %1117 = select <8 x i1> %1116, <8 x float> %1109, <8 x float> %1115
  store <8 x float> %1117, <8 x float>* %10, align 32
  %1118 = load <8 x float>, <8 x float>* %9, align 32
  %1119 = add i64 %1067, 32
  %1120 = getelementptr inbounds float, float* %924, i64 %1119
  %1121 = bitcast float* %1120 to <8 x float>*
  %1122 = load <8 x float>, <8 x float>* %1121, align 4
  %1123 = fcmp ogt <8 x float> %1118, %1122
  %1124 = select <8 x i1> %1123, <8 x float> %1118, <8 x float> %1122
  %1125 = fcmp uno <8 x float> %1118, %1118
  %1126 = select <8 x i1> %1125, <8 x float> %1118, <8 x float> %1124
  %1127 = add i64 %1067, 40
  %1128 = getelementptr inbounds float, float* %924, i64 %1127
  %1129 = bitcast float* %1128 to <8 x float>*
  %1130 = load <8 x float>, <8 x float>* %1129, align 4
  %1131 = fcmp ogt <8 x float> %1126, %1130
  %1132 = select <8 x i1> %1131, <8 x float> %1126, <8 x float> %1130
  %1133 = fcmp uno <8 x float> %1126, %1126
  %1134 = select <8 x i1> %1133, <8 x float> %1126, <8 x float> %1132
  %1135 = add i64 %1067, 48
  %1136 = getelementptr inbounds float, float* %924, i64 %1135
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = fcmp ogt <8 x float> %1134, %1138
  %1140 = select <8 x i1> %1139, <8 x float> %1134, <8 x float> %1138
  %1141 = fcmp uno <8 x float> %1134, %1134
  %1142 = select <8 x i1> %1141, <8 x float> %1134, <8 x float> %1140
  store <8 x float> %1142, <8 x float>* %9, align 32
  %1143 = load <8 x float>, <8 x float>* %8, align 32
  %1144 = add i64 %1067, 48
  %1145 = getelementptr inbounds float, float* %924, i64 %1144
  %1146 = bitcast float* %1145 to <8 x float>*
  %1147 = load <8 x float>, <8 x float>* %1146, align 4
  %1148 = fcmp ogt <8 x float> %1143, %1147
  %1149 = select <8 x i1> %1148, <8 x float> %1143, <8 x float> %1147
  %1150 = fcmp uno <8 x float> %1143, %1143
  %1151 = select <8 x i1> %1150, <8 x float> %1143, <8 x float> %1149
  %1152 = add i64 %1067, 56
  %1153 = getelementptr inbounds float, float* %924, i64 %1152
  %1154 = bitcast float* %1153 to <8 x float>*
  %1155 = load <8 x float>, <8 x float>* %1154, align 4
  %1156 = fcmp ogt <8 x float> %1151, %1155
  %1157 = select <8 x i1> %1156, <8 x float> %1151, <8 x float> %1155
  %1158 = fcmp uno <8 x float> %1151, %1151
  %1159 = select <8 x i1> %1158, <8 x float> %1151, <8 x float> %1157
  %1160 = add i64 %1067, 64
  %1161 = getelementptr inbounds float, float* %924, i64 %1160
  %1162 = bitcast float* %1161 to <8 x float>*
  %1163 = load <8 x float>, <8 x float>* %1162, align 4
  %1164 = fcmp ogt <8 x float> %1159, %1163
  %1165 = select <8 x i1> %1164, <8 x float> %1159, <8 x float> %1163
  %1166 = fcmp uno <8 x float> %1159, %1159
  %1167 = select <8 x i1> %1166, <8 x float> %1159, <8 x float> %1165
  store <8 x float> %1167, <8 x float>* %8, align 32
  %r.next82 = add i64 %r81, 1
  br label %r.header78

r.exit80:                                         ; preds = %r.header78
  %1168 = load <8 x float>, <8 x float>* %11, align 32
  %1169 = add i64 %x77, 0
  %1170 = mul i64 %1169, 8
  %1171 = getelementptr inbounds float, float* %923, i64 %1170
  %1172 = bitcast float* %1171 to <8 x float>*
  store <8 x float> %1168, <8 x float>* %1172, align 4
  %1173 = load <8 x float>, <8 x float>* %10, align 32
  %1174 = add i64 %x77, 1
  %1175 = mul i64 %1174, 8
  %1176 = getelementptr inbounds float, float* %923, i64 %1175
  %1177 = bitcast float* %1176 to <8 x float>*
  store <8 x float> %1173, <8 x float>* %1177, align 4
  %1178 = load <8 x float>, <8 x float>* %9, align 32
  %1179 = add i64 %x77, 2
  %1180 = mul i64 %1179, 8
  %1181 = getelementptr inbounds float, float* %923, i64 %1180
  %1182 = bitcast float* %1181 to <8 x float>*
  store <8 x float> %1178, <8 x float>* %1182, align 4
  %1183 = load <8 x float>, <8 x float>* %8, align 32
  %1184 = add i64 %x77, 3
  %1185 = mul i64 %1184, 8
  %1186 = getelementptr inbounds float, float* %923, i64 %1185
  %1187 = bitcast float* %1186 to <8 x float>*
  store <8 x float> %1183, <8 x float>* %1187, align 4
  %x.next83 = add i64 %x77, 4
  br label %x.header74
}

; Function Attrs: noinline nounwind
define internal void @node5.conv2d_6.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node5.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %21, i64 %23)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 14
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 14
  %10 = mul i64 %task, 112
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 12
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 12
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 96
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 384, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 104
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 448, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node6.conv2d_7.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 448, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 448
  %23 = select i1 %22, i64 %21, i64 448
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 448
  %26 = select i1 %25, i64 %24, i64 448
  call void @node6.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_7.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca [192 x float], align 4
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
  %25 = alloca [288 x float], align 4
  %26 = sub i64 %5, 1
  %27 = add i64 9, %26
  %28 = sdiv i64 %27, %5
  %29 = mul i64 %4, %28
  %30 = icmp slt i64 %29, 9
  %31 = select i1 %30, i64 %29, i64 9
  %32 = add i64 %31, %28
  %33 = icmp slt i64 %32, 9
  %34 = select i1 %33, i64 %32, i64 9
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %31, %entry ], [ %tile.next, %unit.exit ]
  %35 = icmp slt i64 %tile, %34
  br i1 %35, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %36 = add i64 0, %tile
  %37 = srem i64 %36, 3
  %38 = sdiv i64 %36, 3
  %39 = srem i64 %38, 3
  %40 = sdiv i64 %36, 9
  %41 = mul i64 %40, 32
  %42 = mul i64 %41, 1568
  %43 = mul i64 %39, 56
  %44 = mul i64 %37, 4
  %45 = add i64 %43, %44
  %46 = mul i64 %45, 8
  %47 = add i64 %42, %46
  %48 = mul i64 %tile, 256
  %49 = add i64 50176, %48
  %50 = bitcast [288 x float]* %25 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %51 = sub i64 %5, 1
  %52 = add i64 1728, %51
  %53 = sdiv i64 %52, %5
  %54 = mul i64 %4, %53
  %55 = icmp slt i64 %54, 1728
  %56 = select i1 %55, i64 %54, i64 1728
  %57 = add i64 %56, %53
  %58 = icmp slt i64 %57, 1728
  %59 = select i1 %58, i64 %57, i64 1728
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %60 = icmp slt i64 %unit, 32
  br i1 %60, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %61 = mul i64 %unit, 1568
  %62 = add i64 %47, %61
  %63 = add i64 %62, 80
  %64 = getelementptr inbounds float, float* %2, i64 %63
  %65 = bitcast float* %64 to i8*
  call void @llvm.prefetch.p0i8(i8* %65, i32 0, i32 3, i32 1)
  %66 = add i64 %62, 96
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to i8*
  call void @llvm.prefetch.p0i8(i8* %68, i32 0, i32 3, i32 1)
  %69 = add i64 %62, 192
  %70 = getelementptr inbounds float, float* %2, i64 %69
  %71 = bitcast float* %70 to i8*
  call void @llvm.prefetch.p0i8(i8* %71, i32 0, i32 3, i32 1)
  %72 = add i64 %62, 208
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = bitcast float* %73 to i8*
  call void @llvm.prefetch.p0i8(i8* %74, i32 0, i32 3, i32 1)
  %75 = add i64 %62, 304
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to i8*
  call void @llvm.prefetch.p0i8(i8* %77, i32 0, i32 3, i32 1)
  %78 = add i64 %62, 320
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to i8*
  call void @llvm.prefetch.p0i8(i8* %80, i32 0, i32 3, i32 1)
  %81 = add i64 %62, 416
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to i8*
  call void @llvm.prefetch.p0i8(i8* %83, i32 0, i32 3, i32 1)
  %84 = add i64 %62, 432
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to i8*
  call void @llvm.prefetch.p0i8(i8* %86, i32 0, i32 3, i32 1)
  %87 = add i64 %62, 528
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to i8*
  call void @llvm.prefetch.p0i8(i8* %89, i32 0, i32 3, i32 1)
  %90 = add i64 %62, 544
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to i8*
  call void @llvm.prefetch.p0i8(i8* %92, i32 0, i32 3, i32 1)
  %93 = add i64 %62, 640
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to i8*
  call void @llvm.prefetch.p0i8(i8* %95, i32 0, i32 3, i32 1)
  %96 = add i64 %62, 656
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to i8*
  call void @llvm.prefetch.p0i8(i8* %98, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !4

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %99 = icmp slt i64 %column, 6
  br i1 %99, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %100 = mul i64 %column, 8
  %101 = add i64 %62, %100
  %102 = add i64 %101, 0
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %101, 112
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %101, 224
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %101, 336
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %101, 448
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %101, 560
  %123 = getelementptr inbounds float, float* %2, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = fmul <8 x float> %113, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %127 = fmul <8 x float> %109, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %128 = fsub <8 x float> %121, %126
  %129 = fsub <8 x float> %117, %127
  %130 = fsub <8 x float> %121, %113
  %131 = fsub <8 x float> %117, %109
  %132 = fmul <8 x float> %131, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %105, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %134 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %135 = fadd <8 x float> %133, %134
  %136 = fadd <8 x float> %128, %129
  %137 = fsub <8 x float> %128, %129
  %138 = fadd <8 x float> %130, %132
  %139 = fsub <8 x float> %130, %132
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %109, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %125)
  %141 = fmul <8 x float> %117, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %142 = fadd <8 x float> %140, %141
  %143 = mul i64 %column, 8
  %144 = add i64 %143, 0
  %145 = getelementptr inbounds float, float* %50, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %135, <8 x float>* %146, align 4
  %147 = mul i64 %column, 8
  %148 = add i64 %147, 48
  %149 = getelementptr inbounds float, float* %50, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %136, <8 x float>* %150, align 4
  %151 = mul i64 %column, 8
  %152 = add i64 %151, 96
  %153 = getelementptr inbounds float, float* %50, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %137, <8 x float>* %154, align 4
  %155 = mul i64 %column, 8
  %156 = add i64 %155, 144
  %157 = getelementptr inbounds float, float* %50, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %138, <8 x float>* %158, align 4
  %159 = mul i64 %column, 8
  %160 = add i64 %159, 192
  %161 = getelementptr inbounds float, float* %50, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %139, <8 x float>* %162, align 4
  %163 = mul i64 %column, 8
  %164 = add i64 %163, 240
  %165 = getelementptr inbounds float, float* %50, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %142, <8 x float>* %166, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !5

column.exit:                                      ; preds = %column.header
  %167 = mul i64 %unit, 8
  %168 = add i64 %49, %167
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %169 = icmp slt i64 %row, 6
  br i1 %169, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %170 = mul i64 %row, 48
  %171 = add i64 %170, 0
  %172 = getelementptr inbounds float, float* %50, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = add i64 %170, 8
  %176 = getelementptr inbounds float, float* %50, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %170, 16
  %180 = getelementptr inbounds float, float* %50, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = add i64 %170, 24
  %184 = getelementptr inbounds float, float* %50, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  %186 = load <8 x float>, <8 x float>* %185, align 4
  %187 = add i64 %170, 32
  %188 = getelementptr inbounds float, float* %50, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = add i64 %170, 40
  %192 = getelementptr inbounds float, float* %50, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  %194 = load <8 x float>, <8 x float>* %193, align 4
  %195 = fmul <8 x float> %182, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %196 = fmul <8 x float> %178, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %197 = fsub <8 x float> %190, %195
  %198 = fsub <8 x float> %186, %196
  %199 = fsub <8 x float> %190, %182
  %200 = fsub <8 x float> %186, %178
  %201 = fmul <8 x float> %200, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %190)
  %203 = fmul <8 x float> %182, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %204 = fadd <8 x float> %202, %203
  %205 = fadd <8 x float> %197, %198
  %206 = fsub <8 x float> %197, %198
  %207 = fadd <8 x float> %199, %201
  %208 = fsub <8 x float> %199, %201
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %194)
  %210 = fmul <8 x float> %186, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %211 = fadd <8 x float> %209, %210
  %212 = mul i64 %row, 13824
  %213 = add i64 %168, %212
  %214 = add i64 %213, 0
  %215 = getelementptr inbounds float, float* %2, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %204, <8 x float>* %216, align 4
  %217 = add i64 %213, 2304
  %218 = getelementptr inbounds float, float* %2, i64 %217
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %205, <8 x float>* %219, align 4
  %220 = add i64 %213, 4608
  %221 = getelementptr inbounds float, float* %2, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %206, <8 x float>* %222, align 4
  %223 = add i64 %213, 6912
  %224 = getelementptr inbounds float, float* %2, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  store <8 x float> %207, <8 x float>* %225, align 4
  %226 = add i64 %213, 9216
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %208, <8 x float>* %228, align 4
  %229 = add i64 %213, 11520
  %230 = getelementptr inbounds float, float* %2, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %211, <8 x float>* %231, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !6

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !7

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %56, %tile.exit ], [ %task.next, %endif ]
  %232 = icmp slt i64 %task, %59
  br i1 %232, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %233 = sdiv i64 %task, 48
  %234 = srem i64 %task, 48
  %235 = mul i64 %233, 2304
  %236 = add i64 50176, %235
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = mul i64 %233, 98304
  %239 = getelementptr inbounds float, float* bitcast ([14155776 x i8]* @weight.conv2d_7.winograd to float*), i64 %238
  %240 = mul i64 %233, 3456
  %241 = add i64 133120, %240
  %242 = srem i64 %234, 2
  %243 = sdiv i64 %234, 2
  %244 = mul i64 %242, 5
  %245 = mul i64 %243, 16
  %246 = mul i64 %243, 4096
  %247 = icmp eq i64 %242, 1
  br i1 %247, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %248 = sub i64 %5, 1
  %249 = add i64 9, %248
  %250 = sdiv i64 %249, %5
  %251 = mul i64 %4, %250
  %252 = icmp slt i64 %251, 9
  %253 = select i1 %252, i64 %251, i64 9
  %254 = add i64 %253, %250
  %255 = icmp slt i64 %254, 9
  %256 = select i1 %255, i64 %254, i64 9
  br label %tile.header14

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  br label %k.header

else:                                             ; preds = %task.body
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
  br label %k.header4

endif:                                            ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !8

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %257 = icmp slt i64 %k, 256
  br i1 %257, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %258 = mul i64 %k, 16
  %259 = add i64 %246, %258
  %260 = add i64 %259, 0
  %261 = getelementptr inbounds float, float* %239, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %259, 8
  %265 = getelementptr inbounds float, float* %239, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = add i64 %244, 0
  %269 = mul i64 %268, 256
  %270 = add i64 %269, %k
  %271 = getelementptr inbounds float, float* %237, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %24, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %263, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %24, align 32
  %276 = load <8 x float>, <8 x float>* %20, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %267, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %20, align 32
  %278 = add i64 %244, 1
  %279 = mul i64 %278, 256
  %280 = add i64 %279, %k
  %281 = getelementptr inbounds float, float* %237, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat1 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %23, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %263, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %23, align 32
  %286 = load <8 x float>, <8 x float>* %19, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %267, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %19, align 32
  %288 = add i64 %244, 2
  %289 = mul i64 %288, 256
  %290 = add i64 %289, %k
  %291 = getelementptr inbounds float, float* %237, i64 %290
  %292 = load float, float* %291, align 4
  %293 = insertelement <8 x float> undef, float %292, i32 0
  %splat2 = shufflevector <8 x float> %293, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, <8 x float>* %22, align 32
  %295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %263, <8 x float> %294)
  store <8 x float> %295, <8 x float>* %22, align 32
  %296 = load <8 x float>, <8 x float>* %18, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %267, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %18, align 32
  %298 = add i64 %244, 3
  %299 = mul i64 %298, 256
  %300 = add i64 %299, %k
  %301 = getelementptr inbounds float, float* %237, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat3 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %21, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %263, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %21, align 32
  %306 = load <8 x float>, <8 x float>* %17, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %267, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %17, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %308 = add i64 %244, 0
  %309 = add i64 %245, 0
  %310 = load <8 x float>, <8 x float>* %24, align 32
  %311 = mul i64 %308, 384
  %312 = add i64 %311, %309
  %313 = add i64 %241, %312
  %314 = getelementptr inbounds float, float* %2, i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  store <8 x float> %310, <8 x float>* %315, align 4
  %316 = add i64 %244, 1
  %317 = add i64 %245, 0
  %318 = load <8 x float>, <8 x float>* %23, align 32
  %319 = mul i64 %316, 384
  %320 = add i64 %319, %317
  %321 = add i64 %241, %320
  %322 = getelementptr inbounds float, float* %2, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  store <8 x float> %318, <8 x float>* %323, align 4
  %324 = add i64 %244, 2
  %325 = add i64 %245, 0
  %326 = load <8 x float>, <8 x float>* %22, align 32
  %327 = mul i64 %324, 384
  %328 = add i64 %327, %325
  %329 = add i64 %241, %328
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = bitcast float* %330 to <8 x float>*
  store <8 x float> %326, <8 x float>* %331, align 4
  %332 = add i64 %244, 3
  %333 = add i64 %245, 0
  %334 = load <8 x float>, <8 x float>* %21, align 32
  %335 = mul i64 %332, 384
  %336 = add i64 %335, %333
  %337 = add i64 %241, %336
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %334, <8 x float>* %339, align 4
  %340 = add i64 %244, 0
  %341 = add i64 %245, 8
  %342 = load <8 x float>, <8 x float>* %20, align 32
  %343 = mul i64 %340, 384
  %344 = add i64 %343, %341
  %345 = add i64 %241, %344
  %346 = getelementptr inbounds float, float* %2, i64 %345
  %347 = bitcast float* %346 to <8 x float>*
  store <8 x float> %342, <8 x float>* %347, align 4
  %348 = add i64 %244, 1
  %349 = add i64 %245, 8
  %350 = load <8 x float>, <8 x float>* %19, align 32
  %351 = mul i64 %348, 384
  %352 = add i64 %351, %349
  %353 = add i64 %241, %352
  %354 = getelementptr inbounds float, float* %2, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  store <8 x float> %350, <8 x float>* %355, align 4
  %356 = add i64 %244, 2
  %357 = add i64 %245, 8
  %358 = load <8 x float>, <8 x float>* %18, align 32
  %359 = mul i64 %356, 384
  %360 = add i64 %359, %357
  %361 = add i64 %241, %360
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %358, <8 x float>* %363, align 4
  %364 = add i64 %244, 3
  %365 = add i64 %245, 8
  %366 = load <8 x float>, <8 x float>* %17, align 32
  %367 = mul i64 %364, 384
  %368 = add i64 %367, %365
  %369 = add i64 %241, %368
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %366, <8 x float>* %371, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next13, %k.body5 ]
  %372 = icmp slt i64 %k7, 256
  br i1 %372, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %373 = mul i64 %k7, 16
  %374 = add i64 %246, %373
  %375 = add i64 %374, 0
  %376 = getelementptr inbounds float, float* %239, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  %378 = load <8 x float>, <8 x float>* %377, align 4
  %379 = add i64 %374, 8
  %380 = getelementptr inbounds float, float* %239, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = add i64 %244, 0
  %384 = mul i64 %383, 256
  %385 = add i64 %384, %k7
  %386 = getelementptr inbounds float, float* %237, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat8 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %16, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %378, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %16, align 32
  %391 = load <8 x float>, <8 x float>* %11, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %382, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %11, align 32
  %393 = add i64 %244, 1
  %394 = mul i64 %393, 256
  %395 = add i64 %394, %k7
  %396 = getelementptr inbounds float, float* %237, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat9 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %15, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %378, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %15, align 32
  %401 = load <8 x float>, <8 x float>* %10, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %382, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %10, align 32
  %403 = add i64 %244, 2
  %404 = mul i64 %403, 256
  %405 = add i64 %404, %k7
  %406 = getelementptr inbounds float, float* %237, i64 %405
  %407 = load float, float* %406, align 4
  %408 = insertelement <8 x float> undef, float %407, i32 0
  %splat10 = shufflevector <8 x float> %408, <8 x float> undef, <8 x i32> zeroinitializer
  %409 = load <8 x float>, <8 x float>* %14, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %378, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %14, align 32
  %411 = load <8 x float>, <8 x float>* %9, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %382, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %9, align 32
  %413 = add i64 %244, 3
  %414 = mul i64 %413, 256
  %415 = add i64 %414, %k7
  %416 = getelementptr inbounds float, float* %237, i64 %415
  %417 = load float, float* %416, align 4
  %418 = insertelement <8 x float> undef, float %417, i32 0
  %splat11 = shufflevector <8 x float> %418, <8 x float> undef, <8 x i32> zeroinitializer
  %419 = load <8 x float>, <8 x float>* %13, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %378, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %13, align 32
  %421 = load <8 x float>, <8 x float>* %8, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %382, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %8, align 32
  %423 = add i64 %244, 4
  %424 = mul i64 %423, 256
  %425 = add i64 %424, %k7
  %426 = getelementptr inbounds float, float* %237, i64 %425
  %427 = load float, float* %426, align 4
  %428 = insertelement <8 x float> undef, float %427, i32 0
  %splat12 = shufflevector <8 x float> %428, <8 x float> undef, <8 x i32> zeroinitializer
  %429 = load <8 x float>, <8 x float>* %12, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %378, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %12, align 32
  %431 = load <8 x float>, <8 x float>* %7, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %382, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %7, align 32
  %k.next13 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %433 = add i64 %244, 0
  %434 = add i64 %245, 0
  %435 = load <8 x float>, <8 x float>* %16, align 32
  %436 = mul i64 %433, 384
  %437 = add i64 %436, %434
  %438 = add i64 %241, %437
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  store <8 x float> %435, <8 x float>* %440, align 4
  %441 = add i64 %244, 1
  %442 = add i64 %245, 0
  %443 = load <8 x float>, <8 x float>* %15, align 32
  %444 = mul i64 %441, 384
  %445 = add i64 %444, %442
  %446 = add i64 %241, %445
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  store <8 x float> %443, <8 x float>* %448, align 4
  %449 = add i64 %244, 2
  %450 = add i64 %245, 0
  %451 = load <8 x float>, <8 x float>* %14, align 32
  %452 = mul i64 %449, 384
  %453 = add i64 %452, %450
  %454 = add i64 %241, %453
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  store <8 x float> %451, <8 x float>* %456, align 4
  %457 = add i64 %244, 3
  %458 = add i64 %245, 0
  %459 = load <8 x float>, <8 x float>* %13, align 32
  %460 = mul i64 %457, 384
  %461 = add i64 %460, %458
  %462 = add i64 %241, %461
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %459, <8 x float>* %464, align 4
  %465 = add i64 %244, 4
  %466 = add i64 %245, 0
  %467 = load <8 x float>, <8 x float>* %12, align 32
  %468 = mul i64 %465, 384
  %469 = add i64 %468, %466
  %470 = add i64 %241, %469
  %471 = getelementptr inbounds float, float* %2, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  store <8 x float> %467, <8 x float>* %472, align 4
  %473 = add i64 %244, 0
  %474 = add i64 %245, 8
  %475 = load <8 x float>, <8 x float>* %11, align 32
  %476 = mul i64 %473, 384
  %477 = add i64 %476, %474
  %478 = add i64 %241, %477
  %479 = getelementptr inbounds float, float* %2, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  store <8 x float> %475, <8 x float>* %480, align 4
  %481 = add i64 %244, 1
  %482 = add i64 %245, 8
  %483 = load <8 x float>, <8 x float>* %10, align 32
  %484 = mul i64 %481, 384
  %485 = add i64 %484, %482
  %486 = add i64 %241, %485
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = bitcast float* %487 to <8 x float>*
  store <8 x float> %483, <8 x float>* %488, align 4
  %489 = add i64 %244, 2
  %490 = add i64 %245, 8
  %491 = load <8 x float>, <8 x float>* %9, align 32
  %492 = mul i64 %489, 384
  %493 = add i64 %492, %490
  %494 = add i64 %241, %493
  %495 = getelementptr inbounds float, float* %2, i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  store <8 x float> %491, <8 x float>* %496, align 4
  %497 = add i64 %244, 3
  %498 = add i64 %245, 8
  %499 = load <8 x float>, <8 x float>* %8, align 32
  %500 = mul i64 %497, 384
  %501 = add i64 %500, %498
  %502 = add i64 %241, %501
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = bitcast float* %503 to <8 x float>*
  store <8 x float> %499, <8 x float>* %504, align 4
  %505 = add i64 %244, 4
  %506 = add i64 %245, 8
  %507 = load <8 x float>, <8 x float>* %7, align 32
  %508 = mul i64 %505, 384
  %509 = add i64 %508, %506
  %510 = add i64 %241, %509
  %511 = getelementptr inbounds float, float* %2, i64 %510
  %512 = bitcast float* %511 to <8 x float>*
  store <8 x float> %507, <8 x float>* %512, align 4
  br label %endif

tile.header14:                                    ; preds = %block.exit, %task.exit
  %tile17 = phi i64 [ %253, %task.exit ], [ %tile.next23, %block.exit ]
  %513 = icmp slt i64 %tile17, %256
  br i1 %513, label %tile.body15, label %tile.exit16

tile.body15:                                      ; preds = %tile.header14
  %514 = add i64 0, %tile17
  %515 = srem i64 %514, 3
  %516 = sdiv i64 %514, 3
  %517 = srem i64 %516, 3
  %518 = sdiv i64 %514, 9
  %519 = mul i64 %518, 48
  %520 = mul i64 %519, 1152
  %521 = mul i64 %517, 48
  %522 = mul i64 %515, 4
  %523 = add i64 %521, %522
  %524 = mul i64 %523, 8
  %525 = add i64 %520, %524
  %526 = mul i64 %518, 48
  %527 = mul i64 %526, 1152
  %528 = mul i64 %517, 24
  %529 = mul i64 %515, 2
  %530 = add i64 %528, %529
  %531 = mul i64 %530, 8
  %532 = add i64 %527, %531
  %533 = mul i64 %tile17, 384
  %534 = add i64 133120, %533
  %535 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit16:                                      ; preds = %tile.header14
  ret void

block.header:                                     ; preds = %row.exit20, %tile.body15
  %block = phi i64 [ 0, %tile.body15 ], [ %block.next, %row.exit20 ]
  %536 = icmp slt i64 %block, 48
  br i1 %536, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %537 = mul i64 %block, 8
  %538 = add i64 %534, %537
  br label %row.header18

block.exit:                                       ; preds = %block.header
  %tile.next23 = add i64 %tile17, 1
  br label %tile.header14, !llvm.loop !9

row.header18:                                     ; preds = %row.body19, %block.body
  %row21 = phi i64 [ 0, %block.body ], [ %row.next22, %row.body19 ]
  %539 = icmp slt i64 %row21, 6
  br i1 %539, label %row.body19, label %row.exit20

row.body19:                                       ; preds = %row.header18
  %540 = mul i64 %row21, 20736
  %541 = add i64 %538, %540
  %542 = add i64 %541, 0
  %543 = getelementptr inbounds float, float* %2, i64 %542
  %544 = bitcast float* %543 to <8 x float>*
  %545 = load <8 x float>, <8 x float>* %544, align 4
  %546 = add i64 %541, 3456
  %547 = getelementptr inbounds float, float* %2, i64 %546
  %548 = bitcast float* %547 to <8 x float>*
  %549 = load <8 x float>, <8 x float>* %548, align 4
  %550 = add i64 %541, 6912
  %551 = getelementptr inbounds float, float* %2, i64 %550
  %552 = bitcast float* %551 to <8 x float>*
  %553 = load <8 x float>, <8 x float>* %552, align 4
  %554 = add i64 %541, 10368
  %555 = getelementptr inbounds float, float* %2, i64 %554
  %556 = bitcast float* %555 to <8 x float>*
  %557 = load <8 x float>, <8 x float>* %556, align 4
  %558 = add i64 %541, 13824
  %559 = getelementptr inbounds float, float* %2, i64 %558
  %560 = bitcast float* %559 to <8 x float>*
  %561 = load <8 x float>, <8 x float>* %560, align 4
  %562 = add i64 %541, 17280
  %563 = getelementptr inbounds float, float* %2, i64 %562
  %564 = bitcast float* %563 to <8 x float>*
  %565 = load <8 x float>, <8 x float>* %564, align 4
  %566 = fadd <8 x float> %549, %553
  %567 = fsub <8 x float> %549, %553
  %568 = fadd <8 x float> %557, %561
  %569 = fsub <8 x float> %557, %561
  %570 = fadd <8 x float> %545, %566
  %571 = fadd <8 x float> %570, %568
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %569, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %567)
  %573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %566)
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %569, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %567)
  %575 = fadd <8 x float> %574, %565
  %576 = mul i64 %row21, 32
  %577 = add i64 %576, 0
  %578 = getelementptr inbounds float, float* %535, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  store <8 x float> %571, <8 x float>* %579, align 4
  %580 = mul i64 %row21, 32
  %581 = add i64 %580, 8
  %582 = getelementptr inbounds float, float* %535, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  store <8 x float> %572, <8 x float>* %583, align 4
  %584 = mul i64 %row21, 32
  %585 = add i64 %584, 16
  %586 = getelementptr inbounds float, float* %535, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  store <8 x float> %573, <8 x float>* %587, align 4
  %588 = mul i64 %row21, 32
  %589 = add i64 %588, 24
  %590 = getelementptr inbounds float, float* %535, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %575, <8 x float>* %591, align 4
  %row.next22 = add i64 %row21, 1
  br label %row.header18, !llvm.loop !10

row.exit20:                                       ; preds = %row.header18
  %592 = mul i64 %block, 8
  %593 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %592
  %594 = bitcast float* %593 to <8 x float>*
  %595 = load <8 x float>, <8 x float>* %594, align 4
  %596 = mul i64 %block, 1152
  %597 = add i64 %525, %596
  %598 = getelementptr inbounds float, float* %535, i64 0
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = getelementptr inbounds float, float* %535, i64 32
  %602 = bitcast float* %601 to <8 x float>*
  %603 = load <8 x float>, <8 x float>* %602, align 4
  %604 = getelementptr inbounds float, float* %535, i64 64
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = getelementptr inbounds float, float* %535, i64 96
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = getelementptr inbounds float, float* %535, i64 128
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = getelementptr inbounds float, float* %535, i64 160
  %614 = bitcast float* %613 to <8 x float>*
  %615 = load <8 x float>, <8 x float>* %614, align 4
  %616 = fadd <8 x float> %603, %606
  %617 = fsub <8 x float> %603, %606
  %618 = fadd <8 x float> %609, %612
  %619 = fsub <8 x float> %609, %612
  %620 = fadd <8 x float> %600, %616
  %621 = fadd <8 x float> %620, %618
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %619, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %617)
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %618, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %616)
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %619, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %617)
  %625 = fadd <8 x float> %624, %615
  %626 = add i64 %597, 0
  %627 = fadd <8 x float> %621, %595
  %628 = fcmp olt <8 x float> %627, zeroinitializer
  %629 = select <8 x i1> %628, <8 x float> zeroinitializer, <8 x float> %627
  %630 = getelementptr inbounds float, float* %0, i64 %626
  %631 = bitcast float* %630 to <8 x float>*
  store <8 x float> %629, <8 x float>* %631, align 4
  %632 = add i64 %597, 96
  %633 = fadd <8 x float> %622, %595
  %634 = fcmp olt <8 x float> %633, zeroinitializer
  %635 = select <8 x i1> %634, <8 x float> zeroinitializer, <8 x float> %633
  %636 = getelementptr inbounds float, float* %0, i64 %632
  %637 = bitcast float* %636 to <8 x float>*
  store <8 x float> %635, <8 x float>* %637, align 4
  %638 = add i64 %597, 192
  %639 = fadd <8 x float> %623, %595
  %640 = fcmp olt <8 x float> %639, zeroinitializer
  %641 = select <8 x i1> %640, <8 x float> zeroinitializer, <8 x float> %639
  %642 = getelementptr inbounds float, float* %0, i64 %638
  %643 = bitcast float* %642 to <8 x float>*
  store <8 x float> %641, <8 x float>* %643, align 4
  %644 = add i64 %597, 288
  %645 = fadd <8 x float> %625, %595
  %646 = fcmp olt <8 x float> %645, zeroinitializer
  %647 = select <8 x i1> %646, <8 x float> zeroinitializer, <8 x float> %645
  %648 = getelementptr inbounds float, float* %0, i64 %644
  %649 = bitcast float* %648 to <8 x float>*
  store <8 x float> %647, <8 x float>* %649, align 4
  %650 = getelementptr inbounds float, float* %535, i64 8
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = getelementptr inbounds float, float* %535, i64 40
  %654 = bitcast float* %653 to <8 x float>*
  %655 = load <8 x float>, <8 x float>* %654, align 4
  %656 = getelementptr inbounds float, float* %535, i64 72
  %657 = bitcast float* %656 to <8 x float>*
  %658 = load <8 x float>, <8 x float>* %657, align 4
  %659 = getelementptr inbounds float, float* %535, i64 104
  %660 = bitcast float* %659 to <8 x float>*
  %661 = load <8 x float>, <8 x float>* %660, align 4
  %662 = getelementptr inbounds float, float* %535, i64 136
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = getelementptr inbounds float, float* %535, i64 168
  %666 = bitcast float* %665 to <8 x float>*
  %667 = load <8 x float>, <8 x float>* %666, align 4
  %668 = fadd <8 x float> %655, %658
  %669 = fsub <8 x float> %655, %658
  %670 = fadd <8 x float> %661, %664
  %671 = fsub <8 x float> %661, %664
  %672 = fadd <8 x float> %652, %668
  %673 = fadd <8 x float> %672, %670
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %671, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %669)
  %675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %670, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %668)
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %671, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %669)
  %677 = fadd <8 x float> %676, %667
  %678 = add i64 %597, 8
  %679 = fadd <8 x float> %673, %595
  %680 = fcmp olt <8 x float> %679, zeroinitializer
  %681 = select <8 x i1> %680, <8 x float> zeroinitializer, <8 x float> %679
  %682 = getelementptr inbounds float, float* %0, i64 %678
  %683 = bitcast float* %682 to <8 x float>*
  store <8 x float> %681, <8 x float>* %683, align 4
  %684 = add i64 %597, 104
  %685 = fadd <8 x float> %674, %595
  %686 = fcmp olt <8 x float> %685, zeroinitializer
  %687 = select <8 x i1> %686, <8 x float> zeroinitializer, <8 x float> %685
  %688 = getelementptr inbounds float, float* %0, i64 %684
  %689 = bitcast float* %688 to <8 x float>*
  store <8 x float> %687, <8 x float>* %689, align 4
  %690 = add i64 %597, 200
  %691 = fadd <8 x float> %675, %595
  %692 = fcmp olt <8 x float> %691, zeroinitializer
  %693 = select <8 x i1> %692, <8 x float> zeroinitializer, <8 x float> %691
  %694 = getelementptr inbounds float, float* %0, i64 %690
  %695 = bitcast float* %694 to <8 x float>*
  store <8 x float> %693, <8 x float>* %695, align 4
  %696 = add i64 %597, 296
  %697 = fadd <8 x float> %677, %595
  %698 = fcmp olt <8 x float> %697, zeroinitializer
  %699 = select <8 x i1> %698, <8 x float> zeroinitializer, <8 x float> %697
  %700 = getelementptr inbounds float, float* %0, i64 %696
  %701 = bitcast float* %700 to <8 x float>*
  store <8 x float> %699, <8 x float>* %701, align 4
  %702 = getelementptr inbounds float, float* %535, i64 16
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = getelementptr inbounds float, float* %535, i64 48
  %706 = bitcast float* %705 to <8 x float>*
  %707 = load <8 x float>, <8 x float>* %706, align 4
  %708 = getelementptr inbounds float, float* %535, i64 80
  %709 = bitcast float* %708 to <8 x float>*
  %710 = load <8 x float>, <8 x float>* %709, align 4
  %711 = getelementptr inbounds float, float* %535, i64 112
  %712 = bitcast float* %711 to <8 x float>*
  %713 = load <8 x float>, <8 x float>* %712, align 4
  %714 = getelementptr inbounds float, float* %535, i64 144
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = getelementptr inbounds float, float* %535, i64 176
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = fadd <8 x float> %707, %710
  %721 = fsub <8 x float> %707, %710
  %722 = fadd <8 x float> %713, %716
  %723 = fsub <8 x float> %713, %716
  %724 = fadd <8 x float> %704, %720
  %725 = fadd <8 x float> %724, %722
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %723, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %721)
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %722, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %720)
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %723, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %721)
  %729 = fadd <8 x float> %728, %719
  %730 = add i64 %597, 16
  %731 = fadd <8 x float> %725, %595
  %732 = fcmp olt <8 x float> %731, zeroinitializer
  %733 = select <8 x i1> %732, <8 x float> zeroinitializer, <8 x float> %731
  %734 = getelementptr inbounds float, float* %0, i64 %730
  %735 = bitcast float* %734 to <8 x float>*
  store <8 x float> %733, <8 x float>* %735, align 4
  %736 = add i64 %597, 112
  %737 = fadd <8 x float> %726, %595
  %738 = fcmp olt <8 x float> %737, zeroinitializer
  %739 = select <8 x i1> %738, <8 x float> zeroinitializer, <8 x float> %737
  %740 = getelementptr inbounds float, float* %0, i64 %736
  %741 = bitcast float* %740 to <8 x float>*
  store <8 x float> %739, <8 x float>* %741, align 4
  %742 = add i64 %597, 208
  %743 = fadd <8 x float> %727, %595
  %744 = fcmp olt <8 x float> %743, zeroinitializer
  %745 = select <8 x i1> %744, <8 x float> zeroinitializer, <8 x float> %743
  %746 = getelementptr inbounds float, float* %0, i64 %742
  %747 = bitcast float* %746 to <8 x float>*
  store <8 x float> %745, <8 x float>* %747, align 4
  %748 = add i64 %597, 304
  %749 = fadd <8 x float> %729, %595
  %750 = fcmp olt <8 x float> %749, zeroinitializer
  %751 = select <8 x i1> %750, <8 x float> zeroinitializer, <8 x float> %749
  %752 = getelementptr inbounds float, float* %0, i64 %748
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %751, <8 x float>* %753, align 4
  %754 = getelementptr inbounds float, float* %535, i64 24
  %755 = bitcast float* %754 to <8 x float>*
  %756 = load <8 x float>, <8 x float>* %755, align 4
  %757 = getelementptr inbounds float, float* %535, i64 56
  %758 = bitcast float* %757 to <8 x float>*
  %759 = load <8 x float>, <8 x float>* %758, align 4
  %760 = getelementptr inbounds float, float* %535, i64 88
  %761 = bitcast float* %760 to <8 x float>*
  %762 = load <8 x float>, <8 x float>* %761, align 4
  %763 = getelementptr inbounds float, float* %535, i64 120
  %764 = bitcast float* %763 to <8 x float>*
  %765 = load <8 x float>, <8 x float>* %764, align 4
  %766 = getelementptr inbounds float, float* %535, i64 152
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = getelementptr inbounds float, float* %535, i64 184
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = fadd <8 x float> %759, %762
  %773 = fsub <8 x float> %759, %762
  %774 = fadd <8 x float> %765, %768
  %775 = fsub <8 x float> %765, %768
  %776 = fadd <8 x float> %756, %772
  %777 = fadd <8 x float> %776, %774
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %773)
  %779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %772)
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %773)
  %781 = fadd <8 x float> %780, %771
  %782 = add i64 %597, 24
  %783 = fadd <8 x float> %777, %595
  %784 = fcmp olt <8 x float> %783, zeroinitializer
  %785 = select <8 x i1> %784, <8 x float> zeroinitializer, <8 x float> %783
  %786 = getelementptr inbounds float, float* %0, i64 %782
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %785, <8 x float>* %787, align 4
  %788 = add i64 %597, 120
  %789 = fadd <8 x float> %778, %595
  %790 = fcmp olt <8 x float> %789, zeroinitializer
  %791 = select <8 x i1> %790, <8 x float> zeroinitializer, <8 x float> %789
  %792 = getelementptr inbounds float, float* %0, i64 %788
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %791, <8 x float>* %793, align 4
  %794 = add i64 %597, 216
  %795 = fadd <8 x float> %779, %595
  %796 = fcmp olt <8 x float> %795, zeroinitializer
  %797 = select <8 x i1> %796, <8 x float> zeroinitializer, <8 x float> %795
  %798 = getelementptr inbounds float, float* %0, i64 %794
  %799 = bitcast float* %798 to <8 x float>*
  store <8 x float> %797, <8 x float>* %799, align 4
  %800 = add i64 %597, 312
  %801 = fadd <8 x float> %781, %595
  %802 = fcmp olt <8 x float> %801, zeroinitializer
  %803 = select <8 x i1> %802, <8 x float> zeroinitializer, <8 x float> %801
  %804 = getelementptr inbounds float, float* %0, i64 %800
  %805 = bitcast float* %804 to <8 x float>*
  store <8 x float> %803, <8 x float>* %805, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !11
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #5

; Function Attrs: noinline nounwind
define internal void @node6.conv2d_7.step1(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  call void @node6.conv2d_7.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %x.exit ]
  %20 = icmp slt i64 %task, %7
  br i1 %20, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %21 = srem i64 %task, 24
  %22 = sdiv i64 %task, 24
  %23 = srem i64 %22, 2
  %24 = sdiv i64 %task, 48
  %25 = srem i64 %24, 1
  %26 = sdiv i64 %24, 1
  %27 = mul i64 %25, 48
  %28 = mul i64 %21, 2
  %29 = add i64 %27, %28
  %30 = mul i64 %23, 1
  %31 = mul i64 %30, 72
  %32 = mul i64 %23, 1
  %33 = mul i64 %25, 48
  %34 = mul i64 %21, 2
  %35 = add i64 %33, %34
  %36 = mul i64 %26, 48
  %37 = mul i64 %25, 48
  %38 = add i64 %36, %37
  %39 = mul i64 %38, 1152
  %40 = mul i64 %35, 3072
  %41 = mul i64 %32, 576
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 72
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = add i64 %31, %x
  %44 = mul i64 %26, 48
  %45 = add i64 %44, %29
  %46 = add i64 %45, 0
  %47 = mul i64 %46, 1152
  %48 = add i64 %43, 0
  %49 = mul i64 %48, 8
  %50 = add i64 %47, %49
  %51 = add i64 %43, 1
  %52 = mul i64 %51, 8
  %53 = add i64 %47, %52
  %54 = add i64 %43, 2
  %55 = mul i64 %54, 8
  %56 = add i64 %47, %55
  %57 = add i64 %43, 3
  %58 = mul i64 %57, 8
  %59 = add i64 %47, %58
  %60 = add i64 %43, 4
  %61 = mul i64 %60, 8
  %62 = add i64 %47, %61
  %63 = add i64 %43, 5
  %64 = mul i64 %63, 8
  %65 = add i64 %47, %64
  %66 = mul i64 %26, 48
  %67 = add i64 %66, %29
  %68 = add i64 %67, 1
  %69 = mul i64 %68, 1152
  %70 = add i64 %43, 0
  %71 = mul i64 %70, 8
  %72 = add i64 %69, %71
  %73 = add i64 %43, 1
  %74 = mul i64 %73, 8
  %75 = add i64 %69, %74
  %76 = add i64 %43, 2
  %77 = mul i64 %76, 8
  %78 = add i64 %69, %77
  %79 = add i64 %43, 3
  %80 = mul i64 %79, 8
  %81 = add i64 %69, %80
  %82 = add i64 %43, 4
  %83 = mul i64 %82, 8
  %84 = add i64 %69, %83
  %85 = add i64 %43, 5
  %86 = mul i64 %85, 8
  %87 = add i64 %69, %86
  %88 = add i64 %35, 0
  %89 = mul i64 %88, 8
  %90 = getelementptr inbounds float, float* %5, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %35, 1
  %94 = mul i64 %93, 8
  %95 = getelementptr inbounds float, float* %5, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  store <8 x float> %92, <8 x float>* %19, align 32
  store <8 x float> %92, <8 x float>* %18, align 32
  store <8 x float> %92, <8 x float>* %17, align 32
  store <8 x float> %92, <8 x float>* %16, align 32
  store <8 x float> %92, <8 x float>* %15, align 32
  store <8 x float> %92, <8 x float>* %14, align 32
  store <8 x float> %97, <8 x float>* %13, align 32
  store <8 x float> %97, <8 x float>* %12, align 32
  store <8 x float> %97, <8 x float>* %11, align 32
  store <8 x float> %97, <8 x float>* %10, align 32
  store <8 x float> %97, <8 x float>* %9, align 32
  store <8 x float> %97, <8 x float>* %8, align 32
  %98 = mul i64 %x, 8
  %99 = add i64 %41, %98
  %100 = add i64 %39, %99
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %101 = icmp slt i64 %u, 48
  br i1 %101, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %102 = add i64 0, %u
  %103 = mul i64 %102, 1152
  %104 = add i64 %100, %103
  %105 = mul i64 %102, 64
  %106 = add i64 %40, %105
  %107 = add i64 %104, 0
  %108 = add i64 %107, 0
  %109 = add i64 %106, 0
  %110 = add i64 %109, 0
  %111 = getelementptr inbounds float, float* %4, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %109, 3072
  %115 = getelementptr inbounds float, float* %4, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %108, 0
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = load float, float* %119, align 4
  %121 = insertelement <8 x float> undef, float %120, i32 0
  %splat = shufflevector <8 x float> %121, <8 x float> undef, <8 x i32> zeroinitializer
  %122 = load <8 x float>, <8 x float>* %19, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %113, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %19, align 32
  %124 = load <8 x float>, <8 x float>* %13, align 32
  %125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %117, <8 x float> %124)
  store <8 x float> %125, <8 x float>* %13, align 32
  %126 = add i64 %108, 8
  %127 = getelementptr inbounds float, float* %1, i64 %126
  %128 = load float, float* %127, align 4
  %129 = insertelement <8 x float> undef, float %128, i32 0
  %splat1 = shufflevector <8 x float> %129, <8 x float> undef, <8 x i32> zeroinitializer
  %130 = load <8 x float>, <8 x float>* %18, align 32
  %131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %113, <8 x float> %130)
  store <8 x float> %131, <8 x float>* %18, align 32
  %132 = load <8 x float>, <8 x float>* %12, align 32
  %133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %117, <8 x float> %132)
  store <8 x float> %133, <8 x float>* %12, align 32
  %134 = add i64 %108, 16
  %135 = getelementptr inbounds float, float* %1, i64 %134
  %136 = load float, float* %135, align 4
  %137 = insertelement <8 x float> undef, float %136, i32 0
  %splat2 = shufflevector <8 x float> %137, <8 x float> undef, <8 x i32> zeroinitializer
  %138 = load <8 x float>, <8 x float>* %17, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %113, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %17, align 32
  %140 = load <8 x float>, <8 x float>* %11, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %117, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %11, align 32
  %142 = add i64 %108, 24
  %143 = getelementptr inbounds float, float* %1, i64 %142
  %144 = load float, float* %143, align 4
  %145 = insertelement <8 x float> undef, float %144, i32 0
  %splat3 = shufflevector <8 x float> %145, <8 x float> undef, <8 x i32> zeroinitializer
  %146 = load <8 x float>, <8 x float>* %16, align 32
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %113, <8 x float> %146)
  store <8 x float> %147, <8 x float>* %16, align 32
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %117, <8 x float> %148)
  store <8 x float> %149, <8 x float>* %10, align 32
  %150 = add i64 %108, 32
  %151 = getelementptr inbounds float, float* %1, i64 %150
  %152 = load float, float* %151, align 4
  %153 = insertelement <8 x float> undef, float %152, i32 0
  %splat4 = shufflevector <8 x float> %153, <8 x float> undef, <8 x i32> zeroinitializer
  %154 = load <8 x float>, <8 x float>* %15, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %113, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %15, align 32
  %156 = load <8 x float>, <8 x float>* %9, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %117, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %9, align 32
  %158 = add i64 %108, 40
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = load float, float* %159, align 4
  %161 = insertelement <8 x float> undef, float %160, i32 0
  %splat5 = shufflevector <8 x float> %161, <8 x float> undef, <8 x i32> zeroinitializer
  %162 = load <8 x float>, <8 x float>* %14, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %113, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %14, align 32
  %164 = load <8 x float>, <8 x float>* %8, align 32
  %165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %117, <8 x float> %164)
  store <8 x float> %165, <8 x float>* %8, align 32
  %166 = add i64 %109, 8
  %167 = getelementptr inbounds float, float* %4, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  %169 = load <8 x float>, <8 x float>* %168, align 4
  %170 = add i64 %109, 3080
  %171 = getelementptr inbounds float, float* %4, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  %173 = load <8 x float>, <8 x float>* %172, align 4
  %174 = add i64 %108, 1
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat6 = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %19, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %169, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %19, align 32
  %180 = load <8 x float>, <8 x float>* %13, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %173, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %13, align 32
  %182 = add i64 %108, 9
  %183 = getelementptr inbounds float, float* %1, i64 %182
  %184 = load float, float* %183, align 4
  %185 = insertelement <8 x float> undef, float %184, i32 0
  %splat7 = shufflevector <8 x float> %185, <8 x float> undef, <8 x i32> zeroinitializer
  %186 = load <8 x float>, <8 x float>* %18, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %169, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %18, align 32
  %188 = load <8 x float>, <8 x float>* %12, align 32
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %173, <8 x float> %188)
  store <8 x float> %189, <8 x float>* %12, align 32
  %190 = add i64 %108, 17
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat8 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %17, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %169, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %17, align 32
  %196 = load <8 x float>, <8 x float>* %11, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %173, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %11, align 32
  %198 = add i64 %108, 25
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat9 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %16, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %169, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %16, align 32
  %204 = load <8 x float>, <8 x float>* %10, align 32
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %173, <8 x float> %204)
  store <8 x float> %205, <8 x float>* %10, align 32
  %206 = add i64 %108, 33
  %207 = getelementptr inbounds float, float* %1, i64 %206
  %208 = load float, float* %207, align 4
  %209 = insertelement <8 x float> undef, float %208, i32 0
  %splat10 = shufflevector <8 x float> %209, <8 x float> undef, <8 x i32> zeroinitializer
  %210 = load <8 x float>, <8 x float>* %15, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %169, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %15, align 32
  %212 = load <8 x float>, <8 x float>* %9, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %173, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %9, align 32
  %214 = add i64 %108, 41
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat11 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %14, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %169, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %14, align 32
  %220 = load <8 x float>, <8 x float>* %8, align 32
  %221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %173, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %8, align 32
  %222 = add i64 %109, 16
  %223 = getelementptr inbounds float, float* %4, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  %225 = load <8 x float>, <8 x float>* %224, align 4
  %226 = add i64 %109, 3088
  %227 = getelementptr inbounds float, float* %4, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  %229 = load <8 x float>, <8 x float>* %228, align 4
  %230 = add i64 %108, 2
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat12 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %19, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %225, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %19, align 32
  %236 = load <8 x float>, <8 x float>* %13, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %229, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %13, align 32
  %238 = add i64 %108, 10
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat13 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %18, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %225, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %18, align 32
  %244 = load <8 x float>, <8 x float>* %12, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %229, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %12, align 32
  %246 = add i64 %108, 18
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat14 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %17, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %225, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %17, align 32
  %252 = load <8 x float>, <8 x float>* %11, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %229, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %11, align 32
  %254 = add i64 %108, 26
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat15 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %16, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %225, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %16, align 32
  %260 = load <8 x float>, <8 x float>* %10, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %229, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %10, align 32
  %262 = add i64 %108, 34
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat16 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %15, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %225, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %15, align 32
  %268 = load <8 x float>, <8 x float>* %9, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %229, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %9, align 32
  %270 = add i64 %108, 42
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat17 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %14, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %225, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %14, align 32
  %276 = load <8 x float>, <8 x float>* %8, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %229, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %8, align 32
  %278 = add i64 %109, 24
  %279 = getelementptr inbounds float, float* %4, i64 %278
  %280 = bitcast float* %279 to <8 x float>*
  %281 = load <8 x float>, <8 x float>* %280, align 4
  %282 = add i64 %109, 3096
  %283 = getelementptr inbounds float, float* %4, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  %285 = load <8 x float>, <8 x float>* %284, align 4
  %286 = add i64 %108, 3
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat18 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %19, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %281, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %19, align 32
  %292 = load <8 x float>, <8 x float>* %13, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %285, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %13, align 32
  %294 = add i64 %108, 11
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat19 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %18, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %281, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %18, align 32
  %300 = load <8 x float>, <8 x float>* %12, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %285, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %12, align 32
  %302 = add i64 %108, 19
  %303 = getelementptr inbounds float, float* %1, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat20 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %17, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %281, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %17, align 32
  %308 = load <8 x float>, <8 x float>* %11, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %285, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %11, align 32
  %310 = add i64 %108, 27
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat21 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %16, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %281, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %16, align 32
  %316 = load <8 x float>, <8 x float>* %10, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %285, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %10, align 32
  %318 = add i64 %108, 35
  %319 = getelementptr inbounds float, float* %1, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat22 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %15, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %281, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %15, align 32
  %324 = load <8 x float>, <8 x float>* %9, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %285, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %9, align 32
  %326 = add i64 %108, 43
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat23 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %14, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %281, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %14, align 32
  %332 = load <8 x float>, <8 x float>* %8, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %285, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %8, align 32
  %334 = add i64 %109, 32
  %335 = getelementptr inbounds float, float* %4, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  %337 = load <8 x float>, <8 x float>* %336, align 4
  %338 = add i64 %109, 3104
  %339 = getelementptr inbounds float, float* %4, i64 %338
  %340 = bitcast float* %339 to <8 x float>*
  %341 = load <8 x float>, <8 x float>* %340, align 4
  %342 = add i64 %108, 4
  %343 = getelementptr inbounds float, float* %1, i64 %342
  %344 = load float, float* %343, align 4
  %345 = insertelement <8 x float> undef, float %344, i32 0
  %splat24 = shufflevector <8 x float> %345, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %19, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %337, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %19, align 32
  %348 = load <8 x float>, <8 x float>* %13, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %341, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %13, align 32
  %350 = add i64 %108, 12
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat25 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %18, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %337, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %18, align 32
  %356 = load <8 x float>, <8 x float>* %12, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %341, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %12, align 32
  %358 = add i64 %108, 20
  %359 = getelementptr inbounds float, float* %1, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat26 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %17, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %337, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %17, align 32
  %364 = load <8 x float>, <8 x float>* %11, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %341, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %11, align 32
  %366 = add i64 %108, 28
  %367 = getelementptr inbounds float, float* %1, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat27 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %16, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %337, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %16, align 32
  %372 = load <8 x float>, <8 x float>* %10, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %341, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %10, align 32
  %374 = add i64 %108, 36
  %375 = getelementptr inbounds float, float* %1, i64 %374
  %376 = load float, float* %375, align 4
  %377 = insertelement <8 x float> undef, float %376, i32 0
  %splat28 = shufflevector <8 x float> %377, <8 x float> undef, <8 x i32> zeroinitializer
  %378 = load <8 x float>, <8 x float>* %15, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %337, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %15, align 32
  %380 = load <8 x float>, <8 x float>* %9, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %341, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %9, align 32
  %382 = add i64 %108, 44
  %383 = getelementptr inbounds float, float* %1, i64 %382
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i32 0
  %splat29 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %386 = load <8 x float>, <8 x float>* %14, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %337, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %14, align 32
  %388 = load <8 x float>, <8 x float>* %8, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %341, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %8, align 32
  %390 = add i64 %109, 40
  %391 = getelementptr inbounds float, float* %4, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  %393 = load <8 x float>, <8 x float>* %392, align 4
  %394 = add i64 %109, 3112
  %395 = getelementptr inbounds float, float* %4, i64 %394
  %396 = bitcast float* %395 to <8 x float>*
  %397 = load <8 x float>, <8 x float>* %396, align 4
  %398 = add i64 %108, 5
  %399 = getelementptr inbounds float, float* %1, i64 %398
  %400 = load float, float* %399, align 4
  %401 = insertelement <8 x float> undef, float %400, i32 0
  %splat30 = shufflevector <8 x float> %401, <8 x float> undef, <8 x i32> zeroinitializer
  %402 = load <8 x float>, <8 x float>* %19, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %393, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %19, align 32
  %404 = load <8 x float>, <8 x float>* %13, align 32
  %405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %397, <8 x float> %404)
  store <8 x float> %405, <8 x float>* %13, align 32
  %406 = add i64 %108, 13
  %407 = getelementptr inbounds float, float* %1, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat31 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %18, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %393, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %18, align 32
  %412 = load <8 x float>, <8 x float>* %12, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %397, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %12, align 32
  %414 = add i64 %108, 21
  %415 = getelementptr inbounds float, float* %1, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat32 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %17, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %393, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %17, align 32
  %420 = load <8 x float>, <8 x float>* %11, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %397, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %11, align 32
  %422 = add i64 %108, 29
  %423 = getelementptr inbounds float, float* %1, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat33 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %16, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %393, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %16, align 32
  %428 = load <8 x float>, <8 x float>* %10, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %397, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %10, align 32
  %430 = add i64 %108, 37
  %431 = getelementptr inbounds float, float* %1, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat34 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %15, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %393, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %15, align 32
  %436 = load <8 x float>, <8 x float>* %9, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %397, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %9, align 32
  %438 = add i64 %108, 45
  %439 = getelementptr inbounds float, float* %1, i64 %438
  %440 = load float, float* %439, align 4
  %441 = insertelement <8 x float> undef, float %440, i32 0
  %splat35 = shufflevector <8 x float> %441, <8 x float> undef, <8 x i32> zeroinitializer
  %442 = load <8 x float>, <8 x float>* %14, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %393, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %14, align 32
  %444 = load <8 x float>, <8 x float>* %8, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %397, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %8, align 32
  %446 = add i64 %109, 48
  %447 = getelementptr inbounds float, float* %4, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  %449 = load <8 x float>, <8 x float>* %448, align 4
  %450 = add i64 %109, 3120
  %451 = getelementptr inbounds float, float* %4, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  %453 = load <8 x float>, <8 x float>* %452, align 4
  %454 = add i64 %108, 6
  %455 = getelementptr inbounds float, float* %1, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat36 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %19, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %449, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %19, align 32
  %460 = load <8 x float>, <8 x float>* %13, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %453, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %13, align 32
  %462 = add i64 %108, 14
  %463 = getelementptr inbounds float, float* %1, i64 %462
  %464 = load float, float* %463, align 4
  %465 = insertelement <8 x float> undef, float %464, i32 0
  %splat37 = shufflevector <8 x float> %465, <8 x float> undef, <8 x i32> zeroinitializer
  %466 = load <8 x float>, <8 x float>* %18, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %449, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %18, align 32
  %468 = load <8 x float>, <8 x float>* %12, align 32
  %469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %453, <8 x float> %468)
  store <8 x float> %469, <8 x float>* %12, align 32
  %470 = add i64 %108, 22
  %471 = getelementptr inbounds float, float* %1, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat38 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %17, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %449, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %17, align 32
  %476 = load <8 x float>, <8 x float>* %11, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %453, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %11, align 32
  %478 = add i64 %108, 30
  %479 = getelementptr inbounds float, float* %1, i64 %478
  %480 = load float, float* %479, align 4
  %481 = insertelement <8 x float> undef, float %480, i32 0
  %splat39 = shufflevector <8 x float> %481, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, <8 x float>* %16, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %449, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %16, align 32
  %484 = load <8 x float>, <8 x float>* %10, align 32
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %453, <8 x float> %484)
  store <8 x float> %485, <8 x float>* %10, align 32
  %486 = add i64 %108, 38
  %487 = getelementptr inbounds float, float* %1, i64 %486
  %488 = load float, float* %487, align 4
  %489 = insertelement <8 x float> undef, float %488, i32 0
  %splat40 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, <8 x float>* %15, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %449, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %15, align 32
  %492 = load <8 x float>, <8 x float>* %9, align 32
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %453, <8 x float> %492)
  store <8 x float> %493, <8 x float>* %9, align 32
  %494 = add i64 %108, 46
  %495 = getelementptr inbounds float, float* %1, i64 %494
  %496 = load float, float* %495, align 4
  %497 = insertelement <8 x float> undef, float %496, i32 0
  %splat41 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, <8 x float>* %14, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %449, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %14, align 32
  %500 = load <8 x float>, <8 x float>* %8, align 32
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %453, <8 x float> %500)
  store <8 x float> %501, <8 x float>* %8, align 32
  %502 = add i64 %109, 56
  %503 = getelementptr inbounds float, float* %4, i64 %502
  %504 = bitcast float* %503 to <8 x float>*
  %505 = load <8 x float>, <8 x float>* %504, align 4
  %506 = add i64 %109, 3128
  %507 = getelementptr inbounds float, float* %4, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = add i64 %108, 7
  %511 = getelementptr inbounds float, float* %1, i64 %510
  %512 = load float, float* %511, align 4
  %513 = insertelement <8 x float> undef, float %512, i32 0
  %splat42 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %514 = load <8 x float>, <8 x float>* %19, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %505, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %19, align 32
  %516 = load <8 x float>, <8 x float>* %13, align 32
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %509, <8 x float> %516)
  store <8 x float> %517, <8 x float>* %13, align 32
  %518 = add i64 %108, 15
  %519 = getelementptr inbounds float, float* %1, i64 %518
  %520 = load float, float* %519, align 4
  %521 = insertelement <8 x float> undef, float %520, i32 0
  %splat43 = shufflevector <8 x float> %521, <8 x float> undef, <8 x i32> zeroinitializer
  %522 = load <8 x float>, <8 x float>* %18, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %505, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %18, align 32
  %524 = load <8 x float>, <8 x float>* %12, align 32
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %509, <8 x float> %524)
  store <8 x float> %525, <8 x float>* %12, align 32
  %526 = add i64 %108, 23
  %527 = getelementptr inbounds float, float* %1, i64 %526
  %528 = load float, float* %527, align 4
  %529 = insertelement <8 x float> undef, float %528, i32 0
  %splat44 = shufflevector <8 x float> %529, <8 x float> undef, <8 x i32> zeroinitializer
  %530 = load <8 x float>, <8 x float>* %17, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %505, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %17, align 32
  %532 = load <8 x float>, <8 x float>* %11, align 32
  %533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %509, <8 x float> %532)
  store <8 x float> %533, <8 x float>* %11, align 32
  %534 = add i64 %108, 31
  %535 = getelementptr inbounds float, float* %1, i64 %534
  %536 = load float, float* %535, align 4
  %537 = insertelement <8 x float> undef, float %536, i32 0
  %splat45 = shufflevector <8 x float> %537, <8 x float> undef, <8 x i32> zeroinitializer
  %538 = load <8 x float>, <8 x float>* %16, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %505, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %16, align 32
  %540 = load <8 x float>, <8 x float>* %10, align 32
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %509, <8 x float> %540)
  store <8 x float> %541, <8 x float>* %10, align 32
  %542 = add i64 %108, 39
  %543 = getelementptr inbounds float, float* %1, i64 %542
  %544 = load float, float* %543, align 4
  %545 = insertelement <8 x float> undef, float %544, i32 0
  %splat46 = shufflevector <8 x float> %545, <8 x float> undef, <8 x i32> zeroinitializer
  %546 = load <8 x float>, <8 x float>* %15, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %505, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %15, align 32
  %548 = load <8 x float>, <8 x float>* %9, align 32
  %549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %509, <8 x float> %548)
  store <8 x float> %549, <8 x float>* %9, align 32
  %550 = add i64 %108, 47
  %551 = getelementptr inbounds float, float* %1, i64 %550
  %552 = load float, float* %551, align 4
  %553 = insertelement <8 x float> undef, float %552, i32 0
  %splat47 = shufflevector <8 x float> %553, <8 x float> undef, <8 x i32> zeroinitializer
  %554 = load <8 x float>, <8 x float>* %14, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %505, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %14, align 32
  %556 = load <8 x float>, <8 x float>* %8, align 32
  %557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %509, <8 x float> %556)
  store <8 x float> %557, <8 x float>* %8, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %558 = load <8 x float>, <8 x float>* %19, align 32
  %559 = fcmp olt <8 x float> %558, zeroinitializer
  %560 = select <8 x i1> %559, <8 x float> zeroinitializer, <8 x float> %558
  %561 = getelementptr inbounds float, float* %0, i64 %50
  %562 = bitcast float* %561 to <8 x float>*
  store <8 x float> %560, <8 x float>* %562, align 4
  %563 = load <8 x float>, <8 x float>* %18, align 32
  %564 = fcmp olt <8 x float> %563, zeroinitializer
  %565 = select <8 x i1> %564, <8 x float> zeroinitializer, <8 x float> %563
  %566 = getelementptr inbounds float, float* %0, i64 %53
  %567 = bitcast float* %566 to <8 x float>*
  store <8 x float> %565, <8 x float>* %567, align 4
  %568 = load <8 x float>, <8 x float>* %17, align 32
  %569 = fcmp olt <8 x float> %568, zeroinitializer
  %570 = select <8 x i1> %569, <8 x float> zeroinitializer, <8 x float> %568
  %571 = getelementptr inbounds float, float* %0, i64 %56
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %570, <8 x float>* %572, align 4
  %573 = load <8 x float>, <8 x float>* %16, align 32
  %574 = fcmp olt <8 x float> %573, zeroinitializer
  %575 = select <8 x i1> %574, <8 x float> zeroinitializer, <8 x float> %573
  %576 = getelementptr inbounds float, float* %0, i64 %59
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %575, <8 x float>* %577, align 4
  %578 = load <8 x float>, <8 x float>* %15, align 32
  %579 = fcmp olt <8 x float> %578, zeroinitializer
  %580 = select <8 x i1> %579, <8 x float> zeroinitializer, <8 x float> %578
  %581 = getelementptr inbounds float, float* %0, i64 %62
  %582 = bitcast float* %581 to <8 x float>*
  store <8 x float> %580, <8 x float>* %582, align 4
  %583 = load <8 x float>, <8 x float>* %14, align 32
  %584 = fcmp olt <8 x float> %583, zeroinitializer
  %585 = select <8 x i1> %584, <8 x float> zeroinitializer, <8 x float> %583
  %586 = getelementptr inbounds float, float* %0, i64 %65
  %587 = bitcast float* %586 to <8 x float>*
  store <8 x float> %585, <8 x float>* %587, align 4
  %588 = load <8 x float>, <8 x float>* %13, align 32
  %589 = fcmp olt <8 x float> %588, zeroinitializer
  %590 = select <8 x i1> %589, <8 x float> zeroinitializer, <8 x float> %588
  %591 = getelementptr inbounds float, float* %0, i64 %72
  %592 = bitcast float* %591 to <8 x float>*
  store <8 x float> %590, <8 x float>* %592, align 4
  %593 = load <8 x float>, <8 x float>* %12, align 32
  %594 = fcmp olt <8 x float> %593, zeroinitializer
  %595 = select <8 x i1> %594, <8 x float> zeroinitializer, <8 x float> %593
  %596 = getelementptr inbounds float, float* %0, i64 %75
  %597 = bitcast float* %596 to <8 x float>*
  store <8 x float> %595, <8 x float>* %597, align 4
  %598 = load <8 x float>, <8 x float>* %11, align 32
  %599 = fcmp olt <8 x float> %598, zeroinitializer
  %600 = select <8 x i1> %599, <8 x float> zeroinitializer, <8 x float> %598
  %601 = getelementptr inbounds float, float* %0, i64 %78
  %602 = bitcast float* %601 to <8 x float>*
  store <8 x float> %600, <8 x float>* %602, align 4
  %603 = load <8 x float>, <8 x float>* %10, align 32
  %604 = fcmp olt <8 x float> %603, zeroinitializer
  %605 = select <8 x i1> %604, <8 x float> zeroinitializer, <8 x float> %603
  %606 = getelementptr inbounds float, float* %0, i64 %81
  %607 = bitcast float* %606 to <8 x float>*
  store <8 x float> %605, <8 x float>* %607, align 4
  %608 = load <8 x float>, <8 x float>* %9, align 32
  %609 = fcmp olt <8 x float> %608, zeroinitializer
  %610 = select <8 x i1> %609, <8 x float> zeroinitializer, <8 x float> %608
  %611 = getelementptr inbounds float, float* %0, i64 %84
  %612 = bitcast float* %611 to <8 x float>*
  store <8 x float> %610, <8 x float>* %612, align 4
  %613 = load <8 x float>, <8 x float>* %8, align 32
  %614 = fcmp olt <8 x float> %613, zeroinitializer
  %615 = select <8 x i1> %614, <8 x float> zeroinitializer, <8 x float> %613
  %616 = getelementptr inbounds float, float* %0, i64 %87
  %617 = bitcast float* %616 to <8 x float>*
  store <8 x float> %615, <8 x float>* %617, align 4
  %x.next = add i64 %x, 6
  br label %x.header
}

; Function Attrs: noinline nounwind
define internal void @node7.conv2d_8.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 48, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 48
  %29 = select i1 %28, i64 %27, i64 48
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 48
  %32 = select i1 %31, i64 %30, i64 48
  call void @node7.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %r.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %r.exit3 ]
  %11 = icmp slt i64 %task, %5
  br i1 %11, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %12 = sdiv i64 %task, 5
  %13 = srem i64 %task, 5
  %14 = mul i64 %12, 1152
  %15 = getelementptr inbounds float, float* %1, i64 %14
  %16 = mul i64 %12, 5
  %17 = add i64 %16, %13
  %18 = mul i64 %17, 40
  %19 = getelementptr inbounds float, float* %0, i64 %18
  %20 = mul i64 %13, 2
  %21 = sub i64 %20, 0
  %22 = add i64 %21, 3
  %23 = icmp sgt i64 %21, 0
  %24 = select i1 %23, i64 %21, i64 0
  %25 = icmp slt i64 %22, 12
  %26 = select i1 %25, i64 %22, i64 12
  %27 = icmp slt i64 %22, 12
  %28 = select i1 %27, i64 %22, i64 12
  %29 = sub i64 %28, %21
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  br label %r.header

task.exit:                                        ; preds = %task.header
  ret void

r.header:                                         ; preds = %r.body, %task.body
  %r = phi i64 [ %24, %task.body ], [ %r.next, %r.body ]
  %30 = icmp slt i64 %r, %26
  br i1 %30, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %31 = mul i64 %r, 12
  %32 = add i64 %31, 0
  %33 = mul i64 %32, 8
  %34 = load <8 x float>, <8 x float>* %10, align 32
  %35 = add i64 %33, 0
  %36 = getelementptr inbounds float, float* %15, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = fcmp ogt <8 x float> %34, %38
  %40 = select <8 x i1> %39, <8 x float> %34, <8 x float> %38
  %41 = fcmp uno <8 x float> %34, %34
  %42 = select <8 x i1> %41, <8 x float> %34, <8 x float> %40
  %43 = add i64 %33, 8
  %44 = getelementptr inbounds float, float* %15, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = fcmp ogt <8 x float> %42, %46
  %48 = select <8 x i1> %47, <8 x float> %42, <8 x float> %46
  %49 = fcmp uno <8 x float> %42, %42
  %50 = select <8 x i1> %49, <8 x float> %42, <8 x float> %48
  %51 = add i64 %33, 16
  %52 = getelementptr inbounds float, float* %15, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = fcmp ogt <8 x float> %50, %54
  %56 = select <8 x i1> %55, <8 x float> %50, <8 x float> %54
  %57 = fcmp uno <8 x float> %50, %50
  %58 = select <8 x i1> %57, <8 x float> %50, <8 x float> %56
  store <8 x float> %58, <8 x float>* %10, align 32
  %59 = load <8 x float>, <8 x float>* %9, align 32
  %60 = add i64 %33, 16
  %61 = getelementptr inbounds float, float* %15, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = fcmp ogt <8 x float> %59, %63
  %65 = select <8 x i1> %64, <8 x float> %59, <8 x float> %63
  %66 = fcmp uno <8 x float> %59, %59
  %67 = select <8 x i1> %66, <8 x float> %59, <8 x float> %65
  %68 = add i64 %33, 24
  %69 = getelementptr inbounds float, float* %15, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = fcmp ogt <8 x float> %67, %71
  %73 = select <8 x i1> %72, <8 x float> %67, <8 x float> %71
  %74 = fcmp uno <8 x float> %67, %67
  %75 = select <8 x i1> %74, <8 x float> %67, <8 x float> %73
  %76 = add i64 %33, 32
  %77 = getelementptr inbounds float, float* %15, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = fcmp ogt <8 x float> %75, %79
  %81 = select <8 x i1> %80, <8 x float> %75, <8 x float> %79
  %82 = fcmp uno <8 x float> %75, %75
  %83 = select <8 x i1> %82, <8 x float> %75, <8 x float> %81
  store <8 x float> %83, <8 x float>* %9, align 32
  %84 = load <8 x float>, <8 x float>* %8, align 32
  %85 = add i64 %33, 32
  %86 = getelementptr inbounds float, float* %15, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = fcmp ogt <8 x float> %84, %88
  %90 = select <8 x i1> %89, <8 x float> %84, <8 x float> %88
  %91 = fcmp uno <8 x float> %84, %84
  %92 = select <8 x i1> %91, <8 x float> %84, <8 x float> %90
  %93 = add i64 %33, 40
  %94 = getelementptr inbounds float, float* %15, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = fcmp ogt <8 x float> %92, %96
  %98 = select <8 x i1> %97, <8 x float> %92, <8 x float> %96
  %99 = fcmp uno <8 x float> %92, %92
  %100 = select <8 x i1> %99, <8 x float> %92, <8 x float> %98
  %101 = add i64 %33, 48
  %102 = getelementptr inbounds float, float* %15, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = fcmp ogt <8 x float> %100, %104
  %106 = select <8 x i1> %105, <8 x float> %100, <8 x float> %104
  %107 = fcmp uno <8 x float> %100, %100
  %108 = select <8 x i1> %107, <8 x float> %100, <8 x float> %106
  store <8 x float> %108, <8 x float>* %8, align 32
  %109 = load <8 x float>, <8 x float>* %7, align 32
  %110 = add i64 %33, 48
  %111 = getelementptr inbounds float, float* %15, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = fcmp ogt <8 x float> %109, %113
  %115 = select <8 x i1> %114, <8 x float> %109, <8 x float> %113
  %116 = fcmp uno <8 x float> %109, %109
  %117 = select <8 x i1> %116, <8 x float> %109, <8 x float> %115
  %118 = add i64 %33, 56
  %119 = getelementptr inbounds float, float* %15, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = fcmp ogt <8 x float> %117, %121
  %123 = select <8 x i1> %122, <8 x float> %117, <8 x float> %121
  %124 = fcmp uno <8 x float> %117, %117
  %125 = select <8 x i1> %124, <8 x float> %117, <8 x float> %123
  %126 = add i64 %33, 64
  %127 = getelementptr inbounds float, float* %15, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = fcmp ogt <8 x float> %125, %129
  %131 = select <8 x i1> %130, <8 x float> %125, <8 x float> %129
  %132 = fcmp uno <8 x float> %125, %125
  %133 = select <8 x i1> %132, <8 x float> %125, <8 x float> %131
  store <8 x float> %133, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %134 = load <8 x float>, <8 x float>* %10, align 32
  %135 = getelementptr inbounds float, float* %19, i64 0
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %134, <8 x float>* %136, align 4
  %137 = load <8 x float>, <8 x float>* %9, align 32
  %138 = getelementptr inbounds float, float* %19, i64 8
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %137, <8 x float>* %139, align 4
  %140 = load <8 x float>, <8 x float>* %8, align 32
  %141 = getelementptr inbounds float, float* %19, i64 16
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %140, <8 x float>* %142, align 4
  %143 = load <8 x float>, <8 x float>* %7, align 32
  %144 = getelementptr inbounds float, float* %19, i64 24
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header1:                                        ; preds = %r.body2, %r.exit
  %r4 = phi i64 [ %24, %r.exit ], [ %r.next5, %r.body2 ]
  %146 = icmp slt i64 %r4, %26
  br i1 %146, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %147 = mul i64 %r4, 12
  %148 = add i64 %147, 8
  %149 = mul i64 %148, 8
  %150 = load <8 x float>, <8 x float>* %6, align 32
  %151 = add i64 %149, 0
  %152 = getelementptr inbounds float, float* %15, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = fcmp ogt <8 x float> %150, %154
  %156 = select <8 x i1> %155, <8 x float> %150, <8 x float> %154
  %157 = fcmp uno <8 x float> %150, %150
  %158 = select <8 x i1> %157, <8 x float> %150, <8 x float> %156
  %159 = add i64 %149, 8
  %160 = getelementptr inbounds float, float* %15, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  %162 = load <8 x float>, <8 x float>* %161, align 4
  %163 = fcmp ogt <8 x float> %158, %162
  %164 = select <8 x i1> %163, <8 x float> %158, <8 x float> %162
  %165 = fcmp uno <8 x float> %158, %158
  %166 = select <8 x i1> %165, <8 x float> %158, <8 x float> %164
  %167 = add i64 %149, 16
  %168 = getelementptr inbounds float, float* %15, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = fcmp ogt <8 x float> %166, %170
  %172 = select <8 x i1> %171, <8 x float> %166, <8 x float> %170
  %173 = fcmp uno <8 x float> %166, %166
  %174 = select <8 x i1> %173, <8 x float> %166, <8 x float> %172
  store <8 x float> %174, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %175 = load <8 x float>, <8 x float>* %6, align 32
  %176 = getelementptr inbounds float, float* %19, i64 32
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %175, <8 x float>* %177, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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
  %19 = add i64 240, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 240
  %23 = select i1 %22, i64 %21, i64 240
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 240
  %26 = select i1 %25, i64 %24, i64 240
  call void @node9.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 8
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 8
  %10 = mul i64 %task, 64
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 5
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 5
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 40
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 160, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 48
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 64, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 256, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 384, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 384
  %23 = select i1 %22, i64 %21, i64 384
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 384
  %26 = select i1 %25, i64 %24, i64 384
  call void @node10.conv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_10.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca [64 x float], align 4
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
  %22 = alloca [128 x float], align 4
  %23 = sub i64 %5, 1
  %24 = add i64 9, %23
  %25 = sdiv i64 %24, %5
  %26 = mul i64 %4, %25
  %27 = icmp slt i64 %26, 9
  %28 = select i1 %27, i64 %26, i64 9
  %29 = add i64 %28, %25
  %30 = icmp slt i64 %29, 9
  %31 = select i1 %30, i64 %29, i64 9
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %28, %entry ], [ %tile.next, %unit.exit ]
  %32 = icmp slt i64 %tile, %31
  br i1 %32, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %33 = add i64 0, %tile
  %34 = srem i64 %33, 3
  %35 = sdiv i64 %33, 3
  %36 = srem i64 %35, 3
  %37 = sdiv i64 %33, 9
  %38 = mul i64 %37, 48
  %39 = mul i64 %38, 512
  %40 = mul i64 %36, 16
  %41 = mul i64 %34, 2
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 8
  %44 = add i64 %39, %43
  %45 = mul i64 %tile, 384
  %46 = add i64 24576, %45
  %47 = bitcast [128 x float]* %22 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %48 = sub i64 %5, 1
  %49 = add i64 2016, %48
  %50 = sdiv i64 %49, %5
  %51 = mul i64 %4, %50
  %52 = icmp slt i64 %51, 2016
  %53 = select i1 %52, i64 %51, i64 2016
  %54 = add i64 %53, %50
  %55 = icmp slt i64 %54, 2016
  %56 = select i1 %55, i64 %54, i64 2016
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %57 = icmp slt i64 %unit, 48
  br i1 %57, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %58 = mul i64 %unit, 512
  %59 = add i64 %44, %58
  %60 = add i64 %59, 48
  %61 = getelementptr inbounds float, float* %2, i64 %60
  %62 = bitcast float* %61 to i8*
  call void @llvm.prefetch.p0i8(i8* %62, i32 0, i32 3, i32 1)
  %63 = add i64 %59, 112
  %64 = getelementptr inbounds float, float* %2, i64 %63
  %65 = bitcast float* %64 to i8*
  call void @llvm.prefetch.p0i8(i8* %65, i32 0, i32 3, i32 1)
  %66 = add i64 %59, 176
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to i8*
  call void @llvm.prefetch.p0i8(i8* %68, i32 0, i32 3, i32 1)
  %69 = add i64 %59, 240
  %70 = getelementptr inbounds float, float* %2, i64 %69
  %71 = bitcast float* %70 to i8*
  call void @llvm.prefetch.p0i8(i8* %71, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !12

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %72 = icmp slt i64 %column, 4
  br i1 %72, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %73 = mul i64 %column, 8
  %74 = add i64 %59, %73
  %75 = add i64 %74, 0
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = add i64 %74, 64
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = add i64 %74, 128
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = add i64 %74, 192
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = fsub <8 x float> %78, %86
  %92 = fadd <8 x float> %82, %86
  %93 = fsub <8 x float> %86, %82
  %94 = fsub <8 x float> %82, %90
  %95 = mul i64 %column, 8
  %96 = add i64 %95, 0
  %97 = getelementptr inbounds float, float* %47, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  store <8 x float> %91, <8 x float>* %98, align 4
  %99 = mul i64 %column, 8
  %100 = add i64 %99, 32
  %101 = getelementptr inbounds float, float* %47, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %92, <8 x float>* %102, align 4
  %103 = mul i64 %column, 8
  %104 = add i64 %103, 64
  %105 = getelementptr inbounds float, float* %47, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %93, <8 x float>* %106, align 4
  %107 = mul i64 %column, 8
  %108 = add i64 %107, 96
  %109 = getelementptr inbounds float, float* %47, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %94, <8 x float>* %110, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !13

column.exit:                                      ; preds = %column.header
  %111 = mul i64 %unit, 8
  %112 = add i64 %46, %111
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %113 = icmp slt i64 %row, 4
  br i1 %113, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %114 = mul i64 %row, 32
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %47, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %114, 8
  %120 = getelementptr inbounds float, float* %47, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %114, 16
  %124 = getelementptr inbounds float, float* %47, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %114, 24
  %128 = getelementptr inbounds float, float* %47, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = fsub <8 x float> %118, %126
  %132 = fadd <8 x float> %122, %126
  %133 = fsub <8 x float> %126, %122
  %134 = fsub <8 x float> %122, %130
  %135 = mul i64 %row, 13824
  %136 = add i64 %112, %135
  %137 = add i64 %136, 0
  %138 = getelementptr inbounds float, float* %2, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %131, <8 x float>* %139, align 4
  %140 = add i64 %136, 3456
  %141 = getelementptr inbounds float, float* %2, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %132, <8 x float>* %142, align 4
  %143 = add i64 %136, 6912
  %144 = getelementptr inbounds float, float* %2, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %133, <8 x float>* %145, align 4
  %146 = add i64 %136, 10368
  %147 = getelementptr inbounds float, float* %2, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %134, <8 x float>* %148, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !14

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !15

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %53, %tile.exit ], [ %task.next, %endif ]
  %149 = icmp slt i64 %task, %56
  br i1 %149, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %150 = sdiv i64 %task, 126
  %151 = srem i64 %task, 126
  %152 = mul i64 %150, 3456
  %153 = add i64 24576, %152
  %154 = getelementptr inbounds float, float* %2, i64 %153
  %155 = mul i64 %150, 384000
  %156 = getelementptr inbounds float, float* bitcast ([24576000 x i8]* @weight.conv2d_10.winograd to float*), i64 %155
  %157 = mul i64 %150, 9000
  %158 = add i64 79872, %157
  %159 = srem i64 %151, 3
  %160 = sdiv i64 %151, 3
  %161 = mul i64 %159, 3
  %162 = mul i64 %160, 24
  %163 = mul i64 %160, 9216
  %164 = icmp eq i64 %160, 41
  br i1 %164, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %165 = sub i64 %5, 1
  %166 = add i64 9, %165
  %167 = sdiv i64 %166, %5
  %168 = mul i64 %4, %167
  %169 = icmp slt i64 %168, 9
  %170 = select i1 %169, i64 %168, i64 9
  %171 = add i64 %170, %167
  %172 = icmp slt i64 %171, 9
  %173 = select i1 %172, i64 %171, i64 9
  br label %tile.header11

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
  store <8 x float> zeroinitializer, <8 x float>* %17, align 32
  store <8 x float> zeroinitializer, <8 x float>* %16, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %15, align 32
  store <8 x float> zeroinitializer, <8 x float>* %14, align 32
  store <8 x float> zeroinitializer, <8 x float>* %13, align 32
  store <8 x float> zeroinitializer, <8 x float>* %12, align 32
  store <8 x float> zeroinitializer, <8 x float>* %11, align 32
  store <8 x float> zeroinitializer, <8 x float>* %10, align 32
  store <8 x float> zeroinitializer, <8 x float>* %9, align 32
  store <8 x float> zeroinitializer, <8 x float>* %8, align 32
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %k.header3

endif:                                            ; preds = %k.exit5, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !16

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %174 = icmp slt i64 %k, 384
  br i1 %174, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %175 = mul i64 %k, 16
  %176 = add i64 %163, %175
  %177 = add i64 %176, 0
  %178 = getelementptr inbounds float, float* %156, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %176, 8
  %182 = getelementptr inbounds float, float* %156, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %161, 0
  %186 = mul i64 %185, 384
  %187 = add i64 %186, %k
  %188 = getelementptr inbounds float, float* %154, i64 %187
  %189 = load float, float* %188, align 4
  %190 = insertelement <8 x float> undef, float %189, i32 0
  %splat = shufflevector <8 x float> %190, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %21, align 32
  %192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %180, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %21, align 32
  %193 = load <8 x float>, <8 x float>* %18, align 32
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %184, <8 x float> %193)
  store <8 x float> %194, <8 x float>* %18, align 32
  %195 = add i64 %161, 1
  %196 = mul i64 %195, 384
  %197 = add i64 %196, %k
  %198 = getelementptr inbounds float, float* %154, i64 %197
  %199 = load float, float* %198, align 4
  %200 = insertelement <8 x float> undef, float %199, i32 0
  %splat1 = shufflevector <8 x float> %200, <8 x float> undef, <8 x i32> zeroinitializer
  %201 = load <8 x float>, <8 x float>* %20, align 32
  %202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %180, <8 x float> %201)
  store <8 x float> %202, <8 x float>* %20, align 32
  %203 = load <8 x float>, <8 x float>* %17, align 32
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %184, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %17, align 32
  %205 = add i64 %161, 2
  %206 = mul i64 %205, 384
  %207 = add i64 %206, %k
  %208 = getelementptr inbounds float, float* %154, i64 %207
  %209 = load float, float* %208, align 4
  %210 = insertelement <8 x float> undef, float %209, i32 0
  %splat2 = shufflevector <8 x float> %210, <8 x float> undef, <8 x i32> zeroinitializer
  %211 = load <8 x float>, <8 x float>* %19, align 32
  %212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %180, <8 x float> %211)
  store <8 x float> %212, <8 x float>* %19, align 32
  %213 = load <8 x float>, <8 x float>* %16, align 32
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %184, <8 x float> %213)
  store <8 x float> %214, <8 x float>* %16, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %215 = add i64 %161, 0
  %216 = add i64 %162, 0
  %217 = load <8 x float>, <8 x float>* %21, align 32
  %218 = mul i64 %215, 1000
  %219 = add i64 %218, %216
  %220 = add i64 %158, %219
  %221 = getelementptr inbounds float, float* %2, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %217, <8 x float>* %222, align 4
  %223 = add i64 %161, 1
  %224 = add i64 %162, 0
  %225 = load <8 x float>, <8 x float>* %20, align 32
  %226 = mul i64 %223, 1000
  %227 = add i64 %226, %224
  %228 = add i64 %158, %227
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %225, <8 x float>* %230, align 4
  %231 = add i64 %161, 2
  %232 = add i64 %162, 0
  %233 = load <8 x float>, <8 x float>* %19, align 32
  %234 = mul i64 %231, 1000
  %235 = add i64 %234, %232
  %236 = add i64 %158, %235
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %233, <8 x float>* %238, align 4
  %239 = add i64 %161, 0
  %240 = add i64 %162, 8
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = mul i64 %239, 1000
  %243 = add i64 %242, %240
  %244 = add i64 %158, %243
  %245 = getelementptr inbounds float, float* %2, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  store <8 x float> %241, <8 x float>* %246, align 4
  %247 = add i64 %161, 1
  %248 = add i64 %162, 8
  %249 = load <8 x float>, <8 x float>* %17, align 32
  %250 = mul i64 %247, 1000
  %251 = add i64 %250, %248
  %252 = add i64 %158, %251
  %253 = getelementptr inbounds float, float* %2, i64 %252
  %254 = bitcast float* %253 to <8 x float>*
  store <8 x float> %249, <8 x float>* %254, align 4
  %255 = add i64 %161, 2
  %256 = add i64 %162, 8
  %257 = load <8 x float>, <8 x float>* %16, align 32
  %258 = mul i64 %255, 1000
  %259 = add i64 %258, %256
  %260 = add i64 %158, %259
  %261 = getelementptr inbounds float, float* %2, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  store <8 x float> %257, <8 x float>* %262, align 4
  br label %endif

k.header3:                                        ; preds = %k.body4, %else
  %k6 = phi i64 [ 0, %else ], [ %k.next10, %k.body4 ]
  %263 = icmp slt i64 %k6, 384
  br i1 %263, label %k.body4, label %k.exit5

k.body4:                                          ; preds = %k.header3
  %264 = mul i64 %k6, 24
  %265 = add i64 %163, %264
  %266 = add i64 %265, 0
  %267 = getelementptr inbounds float, float* %156, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %265, 8
  %271 = getelementptr inbounds float, float* %156, i64 %270
  %272 = bitcast float* %271 to <8 x float>*
  %273 = load <8 x float>, <8 x float>* %272, align 4
  %274 = add i64 %265, 16
  %275 = getelementptr inbounds float, float* %156, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  %277 = load <8 x float>, <8 x float>* %276, align 4
  %278 = add i64 %161, 0
  %279 = mul i64 %278, 384
  %280 = add i64 %279, %k6
  %281 = getelementptr inbounds float, float* %154, i64 %280
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i32 0
  %splat7 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %284 = load <8 x float>, <8 x float>* %15, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %269, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %15, align 32
  %286 = load <8 x float>, <8 x float>* %12, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %273, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %12, align 32
  %288 = load <8 x float>, <8 x float>* %9, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %277, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %9, align 32
  %290 = add i64 %161, 1
  %291 = mul i64 %290, 384
  %292 = add i64 %291, %k6
  %293 = getelementptr inbounds float, float* %154, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat8 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %14, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %269, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %14, align 32
  %298 = load <8 x float>, <8 x float>* %11, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %273, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %11, align 32
  %300 = load <8 x float>, <8 x float>* %8, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %277, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %8, align 32
  %302 = add i64 %161, 2
  %303 = mul i64 %302, 384
  %304 = add i64 %303, %k6
  %305 = getelementptr inbounds float, float* %154, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat9 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %13, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %13, align 32
  %310 = load <8 x float>, <8 x float>* %10, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %273, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %10, align 32
  %312 = load <8 x float>, <8 x float>* %7, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %277, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %7, align 32
  %k.next10 = add i64 %k6, 1
  br label %k.header3

k.exit5:                                          ; preds = %k.header3
  %314 = add i64 %161, 0
  %315 = add i64 %162, 0
  %316 = load <8 x float>, <8 x float>* %15, align 32
  %317 = mul i64 %314, 1000
  %318 = add i64 %317, %315
  %319 = add i64 %158, %318
  %320 = getelementptr inbounds float, float* %2, i64 %319
  %321 = bitcast float* %320 to <8 x float>*
  store <8 x float> %316, <8 x float>* %321, align 4
  %322 = add i64 %161, 1
  %323 = add i64 %162, 0
  %324 = load <8 x float>, <8 x float>* %14, align 32
  %325 = mul i64 %322, 1000
  %326 = add i64 %325, %323
  %327 = add i64 %158, %326
  %328 = getelementptr inbounds float, float* %2, i64 %327
  %329 = bitcast float* %328 to <8 x float>*
  store <8 x float> %324, <8 x float>* %329, align 4
  %330 = add i64 %161, 2
  %331 = add i64 %162, 0
  %332 = load <8 x float>, <8 x float>* %13, align 32
  %333 = mul i64 %330, 1000
  %334 = add i64 %333, %331
  %335 = add i64 %158, %334
  %336 = getelementptr inbounds float, float* %2, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %332, <8 x float>* %337, align 4
  %338 = add i64 %161, 0
  %339 = add i64 %162, 8
  %340 = load <8 x float>, <8 x float>* %12, align 32
  %341 = mul i64 %338, 1000
  %342 = add i64 %341, %339
  %343 = add i64 %158, %342
  %344 = getelementptr inbounds float, float* %2, i64 %343
  %345 = bitcast float* %344 to <8 x float>*
  store <8 x float> %340, <8 x float>* %345, align 4
  %346 = add i64 %161, 1
  %347 = add i64 %162, 8
  %348 = load <8 x float>, <8 x float>* %11, align 32
  %349 = mul i64 %346, 1000
  %350 = add i64 %349, %347
  %351 = add i64 %158, %350
  %352 = getelementptr inbounds float, float* %2, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  store <8 x float> %348, <8 x float>* %353, align 4
  %354 = add i64 %161, 2
  %355 = add i64 %162, 8
  %356 = load <8 x float>, <8 x float>* %10, align 32
  %357 = mul i64 %354, 1000
  %358 = add i64 %357, %355
  %359 = add i64 %158, %358
  %360 = getelementptr inbounds float, float* %2, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  store <8 x float> %356, <8 x float>* %361, align 4
  %362 = add i64 %161, 0
  %363 = add i64 %162, 16
  %364 = load <8 x float>, <8 x float>* %9, align 32
  %365 = mul i64 %362, 1000
  %366 = add i64 %365, %363
  %367 = add i64 %158, %366
  %368 = getelementptr inbounds float, float* %2, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %364, <8 x float>* %369, align 4
  %370 = add i64 %161, 1
  %371 = add i64 %162, 16
  %372 = load <8 x float>, <8 x float>* %8, align 32
  %373 = mul i64 %370, 1000
  %374 = add i64 %373, %371
  %375 = add i64 %158, %374
  %376 = getelementptr inbounds float, float* %2, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  store <8 x float> %372, <8 x float>* %377, align 4
  %378 = add i64 %161, 2
  %379 = add i64 %162, 16
  %380 = load <8 x float>, <8 x float>* %7, align 32
  %381 = mul i64 %378, 1000
  %382 = add i64 %381, %379
  %383 = add i64 %158, %382
  %384 = getelementptr inbounds float, float* %2, i64 %383
  %385 = bitcast float* %384 to <8 x float>*
  store <8 x float> %380, <8 x float>* %385, align 4
  br label %endif

tile.header11:                                    ; preds = %endif17, %task.exit
  %tile14 = phi i64 [ %170, %task.exit ], [ %tile.next59, %endif17 ]
  %386 = icmp slt i64 %tile14, %173
  br i1 %386, label %tile.body12, label %tile.exit13

tile.body12:                                      ; preds = %tile.header11
  %387 = add i64 0, %tile14
  %388 = srem i64 %387, 3
  %389 = sdiv i64 %387, 3
  %390 = srem i64 %389, 3
  %391 = sdiv i64 %387, 9
  %392 = mul i64 %391, 125
  %393 = mul i64 %392, 200
  %394 = mul i64 %390, 10
  %395 = mul i64 %388, 2
  %396 = add i64 %394, %395
  %397 = mul i64 %396, 8
  %398 = add i64 %393, %397
  %399 = mul i64 %391, 125
  %400 = mul i64 %399, 200
  %401 = mul i64 %390, 5
  %402 = mul i64 %388, 1
  %403 = add i64 %401, %402
  %404 = mul i64 %403, 8
  %405 = add i64 %400, %404
  %406 = mul i64 %tile14, 1000
  %407 = add i64 79872, %406
  %408 = bitcast [64 x float]* %6 to float*
  %409 = icmp eq i64 %390, 2
  br i1 %409, label %then15, label %else16

tile.exit13:                                      ; preds = %tile.header11
  ret void

then15:                                           ; preds = %tile.body12
  %410 = icmp eq i64 %388, 2
  br i1 %410, label %then18, label %else19

else16:                                           ; preds = %tile.body12
  %411 = icmp eq i64 %388, 2
  br i1 %411, label %then36, label %else37

endif17:                                          ; preds = %endif38, %endif20
  %tile.next59 = add i64 %tile14, 1
  br label %tile.header11, !llvm.loop !17

then18:                                           ; preds = %then15
  br label %block.header

else19:                                           ; preds = %then15
  br label %block.header26

endif20:                                          ; preds = %block.exit28, %block.exit
  br label %endif17

block.header:                                     ; preds = %row.exit23, %then18
  %block = phi i64 [ 0, %then18 ], [ %block.next, %row.exit23 ]
  %412 = icmp slt i64 %block, 125
  br i1 %412, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %413 = mul i64 %block, 8
  %414 = add i64 %407, %413
  br label %row.header21

block.exit:                                       ; preds = %block.header
  br label %endif20

row.header21:                                     ; preds = %row.body22, %block.body
  %row24 = phi i64 [ 0, %block.body ], [ %row.next25, %row.body22 ]
  %415 = icmp slt i64 %row24, 4
  br i1 %415, label %row.body22, label %row.exit23

row.body22:                                       ; preds = %row.header21
  %416 = mul i64 %row24, 36000
  %417 = add i64 %414, %416
  %418 = add i64 %417, 0
  %419 = getelementptr inbounds float, float* %2, i64 %418
  %420 = bitcast float* %419 to <8 x float>*
  %421 = load <8 x float>, <8 x float>* %420, align 4
  %422 = add i64 %417, 9000
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %417, 18000
  %427 = getelementptr inbounds float, float* %2, i64 %426
  %428 = bitcast float* %427 to <8 x float>*
  %429 = load <8 x float>, <8 x float>* %428, align 4
  %430 = add i64 %417, 27000
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  %433 = load <8 x float>, <8 x float>* %432, align 4
  %434 = fadd <8 x float> %425, %429
  %435 = fsub <8 x float> %425, %429
  %436 = fadd <8 x float> %421, %434
  %437 = fsub <8 x float> %435, %433
  %438 = mul i64 %row24, 16
  %439 = add i64 %438, 0
  %440 = getelementptr inbounds float, float* %408, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %436, <8 x float>* %441, align 4
  %442 = mul i64 %row24, 16
  %443 = add i64 %442, 8
  %444 = getelementptr inbounds float, float* %408, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %437, <8 x float>* %445, align 4
  %row.next25 = add i64 %row24, 1
  br label %row.header21, !llvm.loop !18

row.exit23:                                       ; preds = %row.header21
  %446 = mul i64 %block, 8
  %447 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  %449 = load <8 x float>, <8 x float>* %448, align 4
  %450 = mul i64 %block, 200
  %451 = add i64 %398, %450
  %452 = getelementptr inbounds float, float* %408, i64 0
  %453 = bitcast float* %452 to <8 x float>*
  %454 = load <8 x float>, <8 x float>* %453, align 4
  %455 = getelementptr inbounds float, float* %408, i64 16
  %456 = bitcast float* %455 to <8 x float>*
  %457 = load <8 x float>, <8 x float>* %456, align 4
  %458 = getelementptr inbounds float, float* %408, i64 32
  %459 = bitcast float* %458 to <8 x float>*
  %460 = load <8 x float>, <8 x float>* %459, align 4
  %461 = getelementptr inbounds float, float* %408, i64 48
  %462 = bitcast float* %461 to <8 x float>*
  %463 = load <8 x float>, <8 x float>* %462, align 4
  %464 = fadd <8 x float> %457, %460
  %465 = fsub <8 x float> %457, %460
  %466 = fadd <8 x float> %454, %464
  %467 = fsub <8 x float> %465, %463
  %468 = add i64 %451, 0
  %469 = fadd <8 x float> %466, %449
  %470 = fcmp olt <8 x float> %469, zeroinitializer
  %471 = select <8 x i1> %470, <8 x float> zeroinitializer, <8 x float> %469
  %472 = getelementptr inbounds float, float* %0, i64 %468
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %471, <8 x float>* %473, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !19

block.header26:                                   ; preds = %row.exit32, %else19
  %block29 = phi i64 [ 0, %else19 ], [ %block.next35, %row.exit32 ]
  %474 = icmp slt i64 %block29, 125
  br i1 %474, label %block.body27, label %block.exit28

block.body27:                                     ; preds = %block.header26
  %475 = mul i64 %block29, 8
  %476 = add i64 %407, %475
  br label %row.header30

block.exit28:                                     ; preds = %block.header26
  br label %endif20

row.header30:                                     ; preds = %row.body31, %block.body27
  %row33 = phi i64 [ 0, %block.body27 ], [ %row.next34, %row.body31 ]
  %477 = icmp slt i64 %row33, 4
  br i1 %477, label %row.body31, label %row.exit32

row.body31:                                       ; preds = %row.header30
  %478 = mul i64 %row33, 36000
  %479 = add i64 %476, %478
  %480 = add i64 %479, 0
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = bitcast float* %481 to <8 x float>*
  %483 = load <8 x float>, <8 x float>* %482, align 4
  %484 = add i64 %479, 9000
  %485 = getelementptr inbounds float, float* %2, i64 %484
  %486 = bitcast float* %485 to <8 x float>*
  %487 = load <8 x float>, <8 x float>* %486, align 4
  %488 = add i64 %479, 18000
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = bitcast float* %489 to <8 x float>*
  %491 = load <8 x float>, <8 x float>* %490, align 4
  %492 = add i64 %479, 27000
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  %496 = fadd <8 x float> %487, %491
  %497 = fsub <8 x float> %487, %491
  %498 = fadd <8 x float> %483, %496
  %499 = fsub <8 x float> %497, %495
  %500 = mul i64 %row33, 16
  %501 = add i64 %500, 0
  %502 = getelementptr inbounds float, float* %408, i64 %501
  %503 = bitcast float* %502 to <8 x float>*
  store <8 x float> %498, <8 x float>* %503, align 4
  %504 = mul i64 %row33, 16
  %505 = add i64 %504, 8
  %506 = getelementptr inbounds float, float* %408, i64 %505
  %507 = bitcast float* %506 to <8 x float>*
  store <8 x float> %499, <8 x float>* %507, align 4
  %row.next34 = add i64 %row33, 1
  br label %row.header30, !llvm.loop !20

row.exit32:                                       ; preds = %row.header30
  %508 = mul i64 %block29, 8
  %509 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  %511 = load <8 x float>, <8 x float>* %510, align 4
  %512 = mul i64 %block29, 200
  %513 = add i64 %398, %512
  %514 = getelementptr inbounds float, float* %408, i64 0
  %515 = bitcast float* %514 to <8 x float>*
  %516 = load <8 x float>, <8 x float>* %515, align 4
  %517 = getelementptr inbounds float, float* %408, i64 16
  %518 = bitcast float* %517 to <8 x float>*
  %519 = load <8 x float>, <8 x float>* %518, align 4
  %520 = getelementptr inbounds float, float* %408, i64 32
  %521 = bitcast float* %520 to <8 x float>*
  %522 = load <8 x float>, <8 x float>* %521, align 4
  %523 = getelementptr inbounds float, float* %408, i64 48
  %524 = bitcast float* %523 to <8 x float>*
  %525 = load <8 x float>, <8 x float>* %524, align 4
  %526 = fadd <8 x float> %519, %522
  %527 = fsub <8 x float> %519, %522
  %528 = fadd <8 x float> %516, %526
  %529 = fsub <8 x float> %527, %525
  %530 = add i64 %513, 0
  %531 = fadd <8 x float> %528, %511
  %532 = fcmp olt <8 x float> %531, zeroinitializer
  %533 = select <8 x i1> %532, <8 x float> zeroinitializer, <8 x float> %531
  %534 = getelementptr inbounds float, float* %0, i64 %530
  %535 = bitcast float* %534 to <8 x float>*
  store <8 x float> %533, <8 x float>* %535, align 4
  %536 = getelementptr inbounds float, float* %408, i64 8
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = getelementptr inbounds float, float* %408, i64 24
  %540 = bitcast float* %539 to <8 x float>*
  %541 = load <8 x float>, <8 x float>* %540, align 4
  %542 = getelementptr inbounds float, float* %408, i64 40
  %543 = bitcast float* %542 to <8 x float>*
  %544 = load <8 x float>, <8 x float>* %543, align 4
  %545 = getelementptr inbounds float, float* %408, i64 56
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = fadd <8 x float> %541, %544
  %549 = fsub <8 x float> %541, %544
  %550 = fadd <8 x float> %538, %548
  %551 = fsub <8 x float> %549, %547
  %552 = add i64 %513, 8
  %553 = fadd <8 x float> %550, %511
  %554 = fcmp olt <8 x float> %553, zeroinitializer
  %555 = select <8 x i1> %554, <8 x float> zeroinitializer, <8 x float> %553
  %556 = getelementptr inbounds float, float* %0, i64 %552
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %555, <8 x float>* %557, align 4
  %block.next35 = add i64 %block29, 1
  br label %block.header26, !llvm.loop !21

then36:                                           ; preds = %else16
  br label %block.header39

else37:                                           ; preds = %else16
  br label %block.header49

endif38:                                          ; preds = %block.exit51, %block.exit41
  br label %endif17

block.header39:                                   ; preds = %row.exit45, %then36
  %block42 = phi i64 [ 0, %then36 ], [ %block.next48, %row.exit45 ]
  %558 = icmp slt i64 %block42, 125
  br i1 %558, label %block.body40, label %block.exit41

block.body40:                                     ; preds = %block.header39
  %559 = mul i64 %block42, 8
  %560 = add i64 %407, %559
  br label %row.header43

block.exit41:                                     ; preds = %block.header39
  br label %endif38

row.header43:                                     ; preds = %row.body44, %block.body40
  %row46 = phi i64 [ 0, %block.body40 ], [ %row.next47, %row.body44 ]
  %561 = icmp slt i64 %row46, 4
  br i1 %561, label %row.body44, label %row.exit45

row.body44:                                       ; preds = %row.header43
  %562 = mul i64 %row46, 36000
  %563 = add i64 %560, %562
  %564 = add i64 %563, 0
  %565 = getelementptr inbounds float, float* %2, i64 %564
  %566 = bitcast float* %565 to <8 x float>*
  %567 = load <8 x float>, <8 x float>* %566, align 4
  %568 = add i64 %563, 9000
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = bitcast float* %569 to <8 x float>*
  %571 = load <8 x float>, <8 x float>* %570, align 4
  %572 = add i64 %563, 18000
  %573 = getelementptr inbounds float, float* %2, i64 %572
  %574 = bitcast float* %573 to <8 x float>*
  %575 = load <8 x float>, <8 x float>* %574, align 4
  %576 = add i64 %563, 27000
  %577 = getelementptr inbounds float, float* %2, i64 %576
  %578 = bitcast float* %577 to <8 x float>*
  %579 = load <8 x float>, <8 x float>* %578, align 4
  %580 = fadd <8 x float> %571, %575
  %581 = fsub <8 x float> %571, %575
  %582 = fadd <8 x float> %567, %580
  %583 = fsub <8 x float> %581, %579
  %584 = mul i64 %row46, 16
  %585 = add i64 %584, 0
  %586 = getelementptr inbounds float, float* %408, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  store <8 x float> %582, <8 x float>* %587, align 4
  %588 = mul i64 %row46, 16
  %589 = add i64 %588, 8
  %590 = getelementptr inbounds float, float* %408, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %583, <8 x float>* %591, align 4
  %row.next47 = add i64 %row46, 1
  br label %row.header43, !llvm.loop !22

row.exit45:                                       ; preds = %row.header43
  %592 = mul i64 %block42, 8
  %593 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %592
  %594 = bitcast float* %593 to <8 x float>*
  %595 = load <8 x float>, <8 x float>* %594, align 4
  %596 = mul i64 %block42, 200
  %597 = add i64 %398, %596
  %598 = getelementptr inbounds float, float* %408, i64 0
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = getelementptr inbounds float, float* %408, i64 16
  %602 = bitcast float* %601 to <8 x float>*
  %603 = load <8 x float>, <8 x float>* %602, align 4
  %604 = getelementptr inbounds float, float* %408, i64 32
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = getelementptr inbounds float, float* %408, i64 48
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = fadd <8 x float> %603, %606
  %611 = fsub <8 x float> %603, %606
  %612 = fadd <8 x float> %600, %610
  %613 = fsub <8 x float> %611, %609
  %614 = add i64 %597, 0
  %615 = fadd <8 x float> %612, %595
  %616 = fcmp olt <8 x float> %615, zeroinitializer
  %617 = select <8 x i1> %616, <8 x float> zeroinitializer, <8 x float> %615
  %618 = getelementptr inbounds float, float* %0, i64 %614
  %619 = bitcast float* %618 to <8 x float>*
  store <8 x float> %617, <8 x float>* %619, align 4
  %620 = add i64 %597, 40
  %621 = fadd <8 x float> %613, %595
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %620
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %block.next48 = add i64 %block42, 1
  br label %block.header39, !llvm.loop !23

block.header49:                                   ; preds = %row.exit55, %else37
  %block52 = phi i64 [ 0, %else37 ], [ %block.next58, %row.exit55 ]
  %626 = icmp slt i64 %block52, 125
  br i1 %626, label %block.body50, label %block.exit51

block.body50:                                     ; preds = %block.header49
  %627 = mul i64 %block52, 8
  %628 = add i64 %407, %627
  br label %row.header53

block.exit51:                                     ; preds = %block.header49
  br label %endif38

row.header53:                                     ; preds = %row.body54, %block.body50
  %row56 = phi i64 [ 0, %block.body50 ], [ %row.next57, %row.body54 ]
  %629 = icmp slt i64 %row56, 4
  br i1 %629, label %row.body54, label %row.exit55

row.body54:                                       ; preds = %row.header53
  %630 = mul i64 %row56, 36000
  %631 = add i64 %628, %630
  %632 = add i64 %631, 0
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = bitcast float* %633 to <8 x float>*
  %635 = load <8 x float>, <8 x float>* %634, align 4
  %636 = add i64 %631, 9000
  %637 = getelementptr inbounds float, float* %2, i64 %636
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = add i64 %631, 18000
  %641 = getelementptr inbounds float, float* %2, i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = add i64 %631, 27000
  %645 = getelementptr inbounds float, float* %2, i64 %644
  %646 = bitcast float* %645 to <8 x float>*
  %647 = load <8 x float>, <8 x float>* %646, align 4
  %648 = fadd <8 x float> %639, %643
  %649 = fsub <8 x float> %639, %643
  %650 = fadd <8 x float> %635, %648
  %651 = fsub <8 x float> %649, %647
  %652 = mul i64 %row56, 16
  %653 = add i64 %652, 0
  %654 = getelementptr inbounds float, float* %408, i64 %653
  %655 = bitcast float* %654 to <8 x float>*
  store <8 x float> %650, <8 x float>* %655, align 4
  %656 = mul i64 %row56, 16
  %657 = add i64 %656, 8
  %658 = getelementptr inbounds float, float* %408, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  store <8 x float> %651, <8 x float>* %659, align 4
  %row.next57 = add i64 %row56, 1
  br label %row.header53, !llvm.loop !24

row.exit55:                                       ; preds = %row.header53
  %660 = mul i64 %block52, 8
  %661 = getelementptr inbounds float, float* bitcast ([4000 x i8]* @weight.conv2d_10.bias to float*), i64 %660
  %662 = bitcast float* %661 to <8 x float>*
  %663 = load <8 x float>, <8 x float>* %662, align 4
  %664 = mul i64 %block52, 200
  %665 = add i64 %398, %664
  %666 = getelementptr inbounds float, float* %408, i64 0
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = getelementptr inbounds float, float* %408, i64 16
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = getelementptr inbounds float, float* %408, i64 32
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = getelementptr inbounds float, float* %408, i64 48
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = fadd <8 x float> %671, %674
  %679 = fsub <8 x float> %671, %674
  %680 = fadd <8 x float> %668, %678
  %681 = fsub <8 x float> %679, %677
  %682 = add i64 %665, 0
  %683 = fadd <8 x float> %680, %663
  %684 = fcmp olt <8 x float> %683, zeroinitializer
  %685 = select <8 x i1> %684, <8 x float> zeroinitializer, <8 x float> %683
  %686 = getelementptr inbounds float, float* %0, i64 %682
  %687 = bitcast float* %686 to <8 x float>*
  store <8 x float> %685, <8 x float>* %687, align 4
  %688 = add i64 %665, 40
  %689 = fadd <8 x float> %681, %663
  %690 = fcmp olt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> zeroinitializer, <8 x float> %689
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = getelementptr inbounds float, float* %408, i64 8
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = getelementptr inbounds float, float* %408, i64 24
  %698 = bitcast float* %697 to <8 x float>*
  %699 = load <8 x float>, <8 x float>* %698, align 4
  %700 = getelementptr inbounds float, float* %408, i64 40
  %701 = bitcast float* %700 to <8 x float>*
  %702 = load <8 x float>, <8 x float>* %701, align 4
  %703 = getelementptr inbounds float, float* %408, i64 56
  %704 = bitcast float* %703 to <8 x float>*
  %705 = load <8 x float>, <8 x float>* %704, align 4
  %706 = fadd <8 x float> %699, %702
  %707 = fsub <8 x float> %699, %702
  %708 = fadd <8 x float> %696, %706
  %709 = fsub <8 x float> %707, %705
  %710 = add i64 %665, 8
  %711 = fadd <8 x float> %708, %663
  %712 = fcmp olt <8 x float> %711, zeroinitializer
  %713 = select <8 x i1> %712, <8 x float> zeroinitializer, <8 x float> %711
  %714 = getelementptr inbounds float, float* %0, i64 %710
  %715 = bitcast float* %714 to <8 x float>*
  store <8 x float> %713, <8 x float>* %715, align 4
  %716 = add i64 %665, 48
  %717 = fadd <8 x float> %709, %663
  %718 = fcmp olt <8 x float> %717, zeroinitializer
  %719 = select <8 x i1> %718, <8 x float> zeroinitializer, <8 x float> %717
  %720 = getelementptr inbounds float, float* %0, i64 %716
  %721 = bitcast float* %720 to <8 x float>*
  store <8 x float> %719, <8 x float>* %721, align 4
  %block.next58 = add i64 %block52, 1
  br label %block.header49, !llvm.loop !25
}

; Function Attrs: noinline nounwind
define internal void @node10.conv2d_10.step1(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  call void @node10.conv2d_10.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %23 = icmp slt i64 %task, %7
  br i1 %23, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %24 = srem i64 %task, 63
  %25 = sdiv i64 %task, 63
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %task, 63
  %28 = srem i64 %27, 1
  %29 = sdiv i64 %27, 1
  %30 = mul i64 %28, 125
  %31 = mul i64 %24, 2
  %32 = add i64 %30, %31
  %33 = mul i64 %26, 1
  %34 = mul i64 %33, 25
  %35 = mul i64 %26, 1
  %36 = mul i64 %28, 125
  %37 = mul i64 %24, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %29, 125
  %40 = mul i64 %28, 125
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 200
  %43 = mul i64 %38, 8000
  %44 = mul i64 %35, 200
  %45 = icmp eq i64 %24, 62
  br i1 %45, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %x.header

else:                                             ; preds = %task.body
  br label %x.header40

endif:                                            ; preds = %x.exit42, %x.exit
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %then
  %x = phi i64 [ 0, %then ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 25
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %34, %x
  %48 = mul i64 %29, 125
  %49 = add i64 %48, %32
  %50 = add i64 %49, 0
  %51 = mul i64 %50, 200
  %52 = add i64 %47, 0
  %53 = mul i64 %52, 8
  %54 = add i64 %51, %53
  %55 = add i64 %47, 1
  %56 = mul i64 %55, 8
  %57 = add i64 %51, %56
  %58 = add i64 %47, 2
  %59 = mul i64 %58, 8
  %60 = add i64 %51, %59
  %61 = add i64 %47, 3
  %62 = mul i64 %61, 8
  %63 = add i64 %51, %62
  %64 = add i64 %47, 4
  %65 = mul i64 %64, 8
  %66 = add i64 %51, %65
  %67 = add i64 %38, 0
  %68 = mul i64 %67, 8
  %69 = getelementptr inbounds float, float* %5, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  store <8 x float> %71, <8 x float>* %22, align 32
  store <8 x float> %71, <8 x float>* %21, align 32
  store <8 x float> %71, <8 x float>* %20, align 32
  store <8 x float> %71, <8 x float>* %19, align 32
  store <8 x float> %71, <8 x float>* %18, align 32
  %72 = mul i64 %x, 8
  %73 = add i64 %44, %72
  %74 = add i64 %42, %73
  br label %u.header

x.exit:                                           ; preds = %x.header
  br label %endif

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %75 = icmp slt i64 %u, 125
  br i1 %75, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %76 = add i64 0, %u
  %77 = mul i64 %76, 200
  %78 = add i64 %74, %77
  %79 = mul i64 %76, 64
  %80 = add i64 %43, %79
  %81 = add i64 %78, 0
  %82 = add i64 %81, 0
  %83 = add i64 %80, 0
  %84 = add i64 %83, 0
  %85 = getelementptr inbounds float, float* %4, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %82, 0
  %89 = getelementptr inbounds float, float* %1, i64 %88
  %90 = load float, float* %89, align 4
  %91 = insertelement <8 x float> undef, float %90, i32 0
  %splat = shufflevector <8 x float> %91, <8 x float> undef, <8 x i32> zeroinitializer
  %92 = load <8 x float>, <8 x float>* %22, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %87, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %22, align 32
  %94 = add i64 %82, 8
  %95 = getelementptr inbounds float, float* %1, i64 %94
  %96 = load float, float* %95, align 4
  %97 = insertelement <8 x float> undef, float %96, i32 0
  %splat1 = shufflevector <8 x float> %97, <8 x float> undef, <8 x i32> zeroinitializer
  %98 = load <8 x float>, <8 x float>* %21, align 32
  %99 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %87, <8 x float> %98)
  store <8 x float> %99, <8 x float>* %21, align 32
  %100 = add i64 %82, 16
  %101 = getelementptr inbounds float, float* %1, i64 %100
  %102 = load float, float* %101, align 4
  %103 = insertelement <8 x float> undef, float %102, i32 0
  %splat2 = shufflevector <8 x float> %103, <8 x float> undef, <8 x i32> zeroinitializer
  %104 = load <8 x float>, <8 x float>* %20, align 32
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %87, <8 x float> %104)
  store <8 x float> %105, <8 x float>* %20, align 32
  %106 = add i64 %82, 24
  %107 = getelementptr inbounds float, float* %1, i64 %106
  %108 = load float, float* %107, align 4
  %109 = insertelement <8 x float> undef, float %108, i32 0
  %splat3 = shufflevector <8 x float> %109, <8 x float> undef, <8 x i32> zeroinitializer
  %110 = load <8 x float>, <8 x float>* %19, align 32
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %87, <8 x float> %110)
  store <8 x float> %111, <8 x float>* %19, align 32
  %112 = add i64 %82, 32
  %113 = getelementptr inbounds float, float* %1, i64 %112
  %114 = load float, float* %113, align 4
  %115 = insertelement <8 x float> undef, float %114, i32 0
  %splat4 = shufflevector <8 x float> %115, <8 x float> undef, <8 x i32> zeroinitializer
  %116 = load <8 x float>, <8 x float>* %18, align 32
  %117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %87, <8 x float> %116)
  store <8 x float> %117, <8 x float>* %18, align 32
  %118 = add i64 %83, 8
  %119 = getelementptr inbounds float, float* %4, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %82, 1
  %123 = getelementptr inbounds float, float* %1, i64 %122
  %124 = load float, float* %123, align 4
  %125 = insertelement <8 x float> undef, float %124, i32 0
  %splat5 = shufflevector <8 x float> %125, <8 x float> undef, <8 x i32> zeroinitializer
  %126 = load <8 x float>, <8 x float>* %22, align 32
  %127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %121, <8 x float> %126)
  store <8 x float> %127, <8 x float>* %22, align 32
  %128 = add i64 %82, 9
  %129 = getelementptr inbounds float, float* %1, i64 %128
  %130 = load float, float* %129, align 4
  %131 = insertelement <8 x float> undef, float %130, i32 0
  %splat6 = shufflevector <8 x float> %131, <8 x float> undef, <8 x i32> zeroinitializer
  %132 = load <8 x float>, <8 x float>* %21, align 32
  %133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %121, <8 x float> %132)
  store <8 x float> %133, <8 x float>* %21, align 32
  %134 = add i64 %82, 17
  %135 = getelementptr inbounds float, float* %1, i64 %134
  %136 = load float, float* %135, align 4
  %137 = insertelement <8 x float> undef, float %136, i32 0
  %splat7 = shufflevector <8 x float> %137, <8 x float> undef, <8 x i32> zeroinitializer
  %138 = load <8 x float>, <8 x float>* %20, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %121, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %20, align 32
  %140 = add i64 %82, 25
  %141 = getelementptr inbounds float, float* %1, i64 %140
  %142 = load float, float* %141, align 4
  %143 = insertelement <8 x float> undef, float %142, i32 0
  %splat8 = shufflevector <8 x float> %143, <8 x float> undef, <8 x i32> zeroinitializer
  %144 = load <8 x float>, <8 x float>* %19, align 32
  %145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %121, <8 x float> %144)
  store <8 x float> %145, <8 x float>* %19, align 32
  %146 = add i64 %82, 33
  %147 = getelementptr inbounds float, float* %1, i64 %146
  %148 = load float, float* %147, align 4
  %149 = insertelement <8 x float> undef, float %148, i32 0
  %splat9 = shufflevector <8 x float> %149, <8 x float> undef, <8 x i32> zeroinitializer
  %150 = load <8 x float>, <8 x float>* %18, align 32
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %121, <8 x float> %150)
  store <8 x float> %151, <8 x float>* %18, align 32
  %152 = add i64 %83, 16
  %153 = getelementptr inbounds float, float* %4, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %82, 2
  %157 = getelementptr inbounds float, float* %1, i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat10 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %22, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %155, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %22, align 32
  %162 = add i64 %82, 10
  %163 = getelementptr inbounds float, float* %1, i64 %162
  %164 = load float, float* %163, align 4
  %165 = insertelement <8 x float> undef, float %164, i32 0
  %splat11 = shufflevector <8 x float> %165, <8 x float> undef, <8 x i32> zeroinitializer
  %166 = load <8 x float>, <8 x float>* %21, align 32
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %155, <8 x float> %166)
  store <8 x float> %167, <8 x float>* %21, align 32
  %168 = add i64 %82, 18
  %169 = getelementptr inbounds float, float* %1, i64 %168
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %splat12 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %172 = load <8 x float>, <8 x float>* %20, align 32
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %155, <8 x float> %172)
  store <8 x float> %173, <8 x float>* %20, align 32
  %174 = add i64 %82, 26
  %175 = getelementptr inbounds float, float* %1, i64 %174
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i32 0
  %splat13 = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %178 = load <8 x float>, <8 x float>* %19, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %155, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %19, align 32
  %180 = add i64 %82, 34
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat14 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %18, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %155, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %18, align 32
  %186 = add i64 %83, 24
  %187 = getelementptr inbounds float, float* %4, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %82, 3
  %191 = getelementptr inbounds float, float* %1, i64 %190
  %192 = load float, float* %191, align 4
  %193 = insertelement <8 x float> undef, float %192, i32 0
  %splat15 = shufflevector <8 x float> %193, <8 x float> undef, <8 x i32> zeroinitializer
  %194 = load <8 x float>, <8 x float>* %22, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %189, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %22, align 32
  %196 = add i64 %82, 11
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat16 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %21, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %189, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %21, align 32
  %202 = add i64 %82, 19
  %203 = getelementptr inbounds float, float* %1, i64 %202
  %204 = load float, float* %203, align 4
  %205 = insertelement <8 x float> undef, float %204, i32 0
  %splat17 = shufflevector <8 x float> %205, <8 x float> undef, <8 x i32> zeroinitializer
  %206 = load <8 x float>, <8 x float>* %20, align 32
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %189, <8 x float> %206)
  store <8 x float> %207, <8 x float>* %20, align 32
  %208 = add i64 %82, 27
  %209 = getelementptr inbounds float, float* %1, i64 %208
  %210 = load float, float* %209, align 4
  %211 = insertelement <8 x float> undef, float %210, i32 0
  %splat18 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = load <8 x float>, <8 x float>* %19, align 32
  %213 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %189, <8 x float> %212)
  store <8 x float> %213, <8 x float>* %19, align 32
  %214 = add i64 %82, 35
  %215 = getelementptr inbounds float, float* %1, i64 %214
  %216 = load float, float* %215, align 4
  %217 = insertelement <8 x float> undef, float %216, i32 0
  %splat19 = shufflevector <8 x float> %217, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, <8 x float>* %18, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %189, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %18, align 32
  %220 = add i64 %83, 32
  %221 = getelementptr inbounds float, float* %4, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = add i64 %82, 4
  %225 = getelementptr inbounds float, float* %1, i64 %224
  %226 = load float, float* %225, align 4
  %227 = insertelement <8 x float> undef, float %226, i32 0
  %splat20 = shufflevector <8 x float> %227, <8 x float> undef, <8 x i32> zeroinitializer
  %228 = load <8 x float>, <8 x float>* %22, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %223, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %22, align 32
  %230 = add i64 %82, 12
  %231 = getelementptr inbounds float, float* %1, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat21 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %21, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %223, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %21, align 32
  %236 = add i64 %82, 20
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat22 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %20, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %223, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %20, align 32
  %242 = add i64 %82, 28
  %243 = getelementptr inbounds float, float* %1, i64 %242
  %244 = load float, float* %243, align 4
  %245 = insertelement <8 x float> undef, float %244, i32 0
  %splat23 = shufflevector <8 x float> %245, <8 x float> undef, <8 x i32> zeroinitializer
  %246 = load <8 x float>, <8 x float>* %19, align 32
  %247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %223, <8 x float> %246)
  store <8 x float> %247, <8 x float>* %19, align 32
  %248 = add i64 %82, 36
  %249 = getelementptr inbounds float, float* %1, i64 %248
  %250 = load float, float* %249, align 4
  %251 = insertelement <8 x float> undef, float %250, i32 0
  %splat24 = shufflevector <8 x float> %251, <8 x float> undef, <8 x i32> zeroinitializer
  %252 = load <8 x float>, <8 x float>* %18, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %223, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %18, align 32
  %254 = add i64 %83, 40
  %255 = getelementptr inbounds float, float* %4, i64 %254
  %256 = bitcast float* %255 to <8 x float>*
  %257 = load <8 x float>, <8 x float>* %256, align 4
  %258 = add i64 %82, 5
  %259 = getelementptr inbounds float, float* %1, i64 %258
  %260 = load float, float* %259, align 4
  %261 = insertelement <8 x float> undef, float %260, i32 0
  %splat25 = shufflevector <8 x float> %261, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %22, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %257, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %22, align 32
  %264 = add i64 %82, 13
  %265 = getelementptr inbounds float, float* %1, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat26 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %21, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %257, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %21, align 32
  %270 = add i64 %82, 21
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat27 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %20, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %257, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %20, align 32
  %276 = add i64 %82, 29
  %277 = getelementptr inbounds float, float* %1, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat28 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %19, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %257, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %19, align 32
  %282 = add i64 %82, 37
  %283 = getelementptr inbounds float, float* %1, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat29 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %18, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %257, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %18, align 32
  %288 = add i64 %83, 48
  %289 = getelementptr inbounds float, float* %4, i64 %288
  %290 = bitcast float* %289 to <8 x float>*
  %291 = load <8 x float>, <8 x float>* %290, align 4
  %292 = add i64 %82, 6
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat30 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %22, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %291, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %22, align 32
  %298 = add i64 %82, 14
  %299 = getelementptr inbounds float, float* %1, i64 %298
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i32 0
  %splat31 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %302 = load <8 x float>, <8 x float>* %21, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %291, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %21, align 32
  %304 = add i64 %82, 22
  %305 = getelementptr inbounds float, float* %1, i64 %304
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i32 0
  %splat32 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %308 = load <8 x float>, <8 x float>* %20, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %291, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %20, align 32
  %310 = add i64 %82, 30
  %311 = getelementptr inbounds float, float* %1, i64 %310
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i32 0
  %splat33 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %314 = load <8 x float>, <8 x float>* %19, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %291, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %19, align 32
  %316 = add i64 %82, 38
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat34 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %18, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %291, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %18, align 32
  %322 = add i64 %83, 56
  %323 = getelementptr inbounds float, float* %4, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  %325 = load <8 x float>, <8 x float>* %324, align 4
  %326 = add i64 %82, 7
  %327 = getelementptr inbounds float, float* %1, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %splat35 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, <8 x float>* %22, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %325, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %22, align 32
  %332 = add i64 %82, 15
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %splat36 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %336 = load <8 x float>, <8 x float>* %21, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %325, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %21, align 32
  %338 = add i64 %82, 23
  %339 = getelementptr inbounds float, float* %1, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat37 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %20, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %325, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %20, align 32
  %344 = add i64 %82, 31
  %345 = getelementptr inbounds float, float* %1, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat38 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %19, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %325, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %19, align 32
  %350 = add i64 %82, 39
  %351 = getelementptr inbounds float, float* %1, i64 %350
  %352 = load float, float* %351, align 4
  %353 = insertelement <8 x float> undef, float %352, i32 0
  %splat39 = shufflevector <8 x float> %353, <8 x float> undef, <8 x i32> zeroinitializer
  %354 = load <8 x float>, <8 x float>* %18, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %325, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %356 = load <8 x float>, <8 x float>* %22, align 32
  %357 = fcmp olt <8 x float> %356, zeroinitializer
  %358 = select <8 x i1> %357, <8 x float> zeroinitializer, <8 x float> %356
  %359 = getelementptr inbounds float, float* %0, i64 %54
  %360 = bitcast float* %359 to <8 x float>*
  store <8 x float> %358, <8 x float>* %360, align 4
  %361 = load <8 x float>, <8 x float>* %21, align 32
  %362 = fcmp olt <8 x float> %361, zeroinitializer
  %363 = select <8 x i1> %362, <8 x float> zeroinitializer, <8 x float> %361
  %364 = getelementptr inbounds float, float* %0, i64 %57
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %363, <8 x float>* %365, align 4
  %366 = load <8 x float>, <8 x float>* %20, align 32
  %367 = fcmp olt <8 x float> %366, zeroinitializer
  %368 = select <8 x i1> %367, <8 x float> zeroinitializer, <8 x float> %366
  %369 = getelementptr inbounds float, float* %0, i64 %60
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %368, <8 x float>* %370, align 4
  %371 = load <8 x float>, <8 x float>* %19, align 32
  %372 = fcmp olt <8 x float> %371, zeroinitializer
  %373 = select <8 x i1> %372, <8 x float> zeroinitializer, <8 x float> %371
  %374 = getelementptr inbounds float, float* %0, i64 %63
  %375 = bitcast float* %374 to <8 x float>*
  store <8 x float> %373, <8 x float>* %375, align 4
  %376 = load <8 x float>, <8 x float>* %18, align 32
  %377 = fcmp olt <8 x float> %376, zeroinitializer
  %378 = select <8 x i1> %377, <8 x float> zeroinitializer, <8 x float> %376
  %379 = getelementptr inbounds float, float* %0, i64 %66
  %380 = bitcast float* %379 to <8 x float>*
  store <8 x float> %378, <8 x float>* %380, align 4
  %x.next = add i64 %x, 5
  br label %x.header

x.header40:                                       ; preds = %u.exit46, %else
  %x43 = phi i64 [ 0, %else ], [ %x.next89, %u.exit46 ]
  %381 = icmp slt i64 %x43, 25
  br i1 %381, label %x.body41, label %x.exit42

x.body41:                                         ; preds = %x.header40
  %382 = add i64 %34, %x43
  %383 = mul i64 %29, 125
  %384 = add i64 %383, %32
  %385 = add i64 %384, 0
  %386 = mul i64 %385, 200
  %387 = add i64 %382, 0
  %388 = mul i64 %387, 8
  %389 = add i64 %386, %388
  %390 = add i64 %382, 1
  %391 = mul i64 %390, 8
  %392 = add i64 %386, %391
  %393 = add i64 %382, 2
  %394 = mul i64 %393, 8
  %395 = add i64 %386, %394
  %396 = add i64 %382, 3
  %397 = mul i64 %396, 8
  %398 = add i64 %386, %397
  %399 = add i64 %382, 4
  %400 = mul i64 %399, 8
  %401 = add i64 %386, %400
  %402 = mul i64 %29, 125
  %403 = add i64 %402, %32
  %404 = add i64 %403, 1
  %405 = mul i64 %404, 200
  %406 = add i64 %382, 0
  %407 = mul i64 %406, 8
  %408 = add i64 %405, %407
  %409 = add i64 %382, 1
  %410 = mul i64 %409, 8
  %411 = add i64 %405, %410
  %412 = add i64 %382, 2
  %413 = mul i64 %412, 8
  %414 = add i64 %405, %413
  %415 = add i64 %382, 3
  %416 = mul i64 %415, 8
  %417 = add i64 %405, %416
  %418 = add i64 %382, 4
  %419 = mul i64 %418, 8
  %420 = add i64 %405, %419
  %421 = add i64 %38, 0
  %422 = mul i64 %421, 8
  %423 = getelementptr inbounds float, float* %5, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  %425 = load <8 x float>, <8 x float>* %424, align 4
  %426 = add i64 %38, 1
  %427 = mul i64 %426, 8
  %428 = getelementptr inbounds float, float* %5, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  store <8 x float> %425, <8 x float>* %17, align 32
  store <8 x float> %425, <8 x float>* %16, align 32
  store <8 x float> %425, <8 x float>* %15, align 32
  store <8 x float> %425, <8 x float>* %14, align 32
  store <8 x float> %425, <8 x float>* %13, align 32
  store <8 x float> %430, <8 x float>* %12, align 32
  store <8 x float> %430, <8 x float>* %11, align 32
  store <8 x float> %430, <8 x float>* %10, align 32
  store <8 x float> %430, <8 x float>* %9, align 32
  store <8 x float> %430, <8 x float>* %8, align 32
  %431 = mul i64 %x43, 8
  %432 = add i64 %44, %431
  %433 = add i64 %42, %432
  br label %u.header44

x.exit42:                                         ; preds = %x.header40
  br label %endif

u.header44:                                       ; preds = %u.body45, %x.body41
  %u47 = phi i64 [ 0, %x.body41 ], [ %u.next88, %u.body45 ]
  %434 = icmp slt i64 %u47, 125
  br i1 %434, label %u.body45, label %u.exit46

u.body45:                                         ; preds = %u.header44
  %435 = add i64 0, %u47
  %436 = mul i64 %435, 200
  %437 = add i64 %433, %436
  %438 = mul i64 %435, 64
  %439 = add i64 %43, %438
  %440 = add i64 %437, 0
  %441 = add i64 %440, 0
  %442 = add i64 %439, 0
  %443 = add i64 %442, 0
  %444 = getelementptr inbounds float, float* %4, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  %446 = load <8 x float>, <8 x float>* %445, align 4
  %447 = add i64 %442, 8000
  %448 = getelementptr inbounds float, float* %4, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = add i64 %441, 0
  %452 = getelementptr inbounds float, float* %1, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat48 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %446, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %17, align 32
  %457 = load <8 x float>, <8 x float>* %12, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %450, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %12, align 32
  %459 = add i64 %441, 8
  %460 = getelementptr inbounds float, float* %1, i64 %459
  %461 = load float, float* %460, align 4
  %462 = insertelement <8 x float> undef, float %461, i32 0
  %splat49 = shufflevector <8 x float> %462, <8 x float> undef, <8 x i32> zeroinitializer
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %446, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %16, align 32
  %465 = load <8 x float>, <8 x float>* %11, align 32
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %450, <8 x float> %465)
  store <8 x float> %466, <8 x float>* %11, align 32
  %467 = add i64 %441, 16
  %468 = getelementptr inbounds float, float* %1, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat50 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %446, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %15, align 32
  %473 = load <8 x float>, <8 x float>* %10, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %10, align 32
  %475 = add i64 %441, 24
  %476 = getelementptr inbounds float, float* %1, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat51 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %446, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %14, align 32
  %481 = load <8 x float>, <8 x float>* %9, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %450, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %9, align 32
  %483 = add i64 %441, 32
  %484 = getelementptr inbounds float, float* %1, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat52 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %446, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %13, align 32
  %489 = load <8 x float>, <8 x float>* %8, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %450, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %8, align 32
  %491 = add i64 %442, 8
  %492 = getelementptr inbounds float, float* %4, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  %494 = load <8 x float>, <8 x float>* %493, align 4
  %495 = add i64 %442, 8008
  %496 = getelementptr inbounds float, float* %4, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  %498 = load <8 x float>, <8 x float>* %497, align 4
  %499 = add i64 %441, 1
  %500 = getelementptr inbounds float, float* %1, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat53 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %17, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %494, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %17, align 32
  %505 = load <8 x float>, <8 x float>* %12, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %498, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %12, align 32
  %507 = add i64 %441, 9
  %508 = getelementptr inbounds float, float* %1, i64 %507
  %509 = load float, float* %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %splat54 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %511 = load <8 x float>, <8 x float>* %16, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %494, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %16, align 32
  %513 = load <8 x float>, <8 x float>* %11, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %498, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %11, align 32
  %515 = add i64 %441, 17
  %516 = getelementptr inbounds float, float* %1, i64 %515
  %517 = load float, float* %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %splat55 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %519 = load <8 x float>, <8 x float>* %15, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %494, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %15, align 32
  %521 = load <8 x float>, <8 x float>* %10, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %498, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %10, align 32
  %523 = add i64 %441, 25
  %524 = getelementptr inbounds float, float* %1, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat56 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %14, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %494, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %14, align 32
  %529 = load <8 x float>, <8 x float>* %9, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %498, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %9, align 32
  %531 = add i64 %441, 33
  %532 = getelementptr inbounds float, float* %1, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat57 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %13, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %494, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %13, align 32
  %537 = load <8 x float>, <8 x float>* %8, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %498, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %8, align 32
  %539 = add i64 %442, 16
  %540 = getelementptr inbounds float, float* %4, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %442, 8016
  %544 = getelementptr inbounds float, float* %4, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %441, 2
  %548 = getelementptr inbounds float, float* %1, i64 %547
  %549 = load float, float* %548, align 4
  %550 = insertelement <8 x float> undef, float %549, i32 0
  %splat58 = shufflevector <8 x float> %550, <8 x float> undef, <8 x i32> zeroinitializer
  %551 = load <8 x float>, <8 x float>* %17, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %542, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %17, align 32
  %553 = load <8 x float>, <8 x float>* %12, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %546, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %12, align 32
  %555 = add i64 %441, 10
  %556 = getelementptr inbounds float, float* %1, i64 %555
  %557 = load float, float* %556, align 4
  %558 = insertelement <8 x float> undef, float %557, i32 0
  %splat59 = shufflevector <8 x float> %558, <8 x float> undef, <8 x i32> zeroinitializer
  %559 = load <8 x float>, <8 x float>* %16, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %542, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %16, align 32
  %561 = load <8 x float>, <8 x float>* %11, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %546, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %11, align 32
  %563 = add i64 %441, 18
  %564 = getelementptr inbounds float, float* %1, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat60 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %15, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %542, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %15, align 32
  %569 = load <8 x float>, <8 x float>* %10, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %546, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %10, align 32
  %571 = add i64 %441, 26
  %572 = getelementptr inbounds float, float* %1, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat61 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %14, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %542, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %14, align 32
  %577 = load <8 x float>, <8 x float>* %9, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %546, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %9, align 32
  %579 = add i64 %441, 34
  %580 = getelementptr inbounds float, float* %1, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat62 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %13, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %542, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %13, align 32
  %585 = load <8 x float>, <8 x float>* %8, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %546, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %8, align 32
  %587 = add i64 %442, 24
  %588 = getelementptr inbounds float, float* %4, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %442, 8024
  %592 = getelementptr inbounds float, float* %4, i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = add i64 %441, 3
  %596 = getelementptr inbounds float, float* %1, i64 %595
  %597 = load float, float* %596, align 4
  %598 = insertelement <8 x float> undef, float %597, i32 0
  %splat63 = shufflevector <8 x float> %598, <8 x float> undef, <8 x i32> zeroinitializer
  %599 = load <8 x float>, <8 x float>* %17, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %590, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %17, align 32
  %601 = load <8 x float>, <8 x float>* %12, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %594, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %12, align 32
  %603 = add i64 %441, 11
  %604 = getelementptr inbounds float, float* %1, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat64 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %16, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %590, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %16, align 32
  %609 = load <8 x float>, <8 x float>* %11, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %594, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %11, align 32
  %611 = add i64 %441, 19
  %612 = getelementptr inbounds float, float* %1, i64 %611
  %613 = load float, float* %612, align 4
  %614 = insertelement <8 x float> undef, float %613, i32 0
  %splat65 = shufflevector <8 x float> %614, <8 x float> undef, <8 x i32> zeroinitializer
  %615 = load <8 x float>, <8 x float>* %15, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %590, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %15, align 32
  %617 = load <8 x float>, <8 x float>* %10, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %594, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %10, align 32
  %619 = add i64 %441, 27
  %620 = getelementptr inbounds float, float* %1, i64 %619
  %621 = load float, float* %620, align 4
  %622 = insertelement <8 x float> undef, float %621, i32 0
  %splat66 = shufflevector <8 x float> %622, <8 x float> undef, <8 x i32> zeroinitializer
  %623 = load <8 x float>, <8 x float>* %14, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %590, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %14, align 32
  %625 = load <8 x float>, <8 x float>* %9, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %594, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %9, align 32
  %627 = add i64 %441, 35
  %628 = getelementptr inbounds float, float* %1, i64 %627
  %629 = load float, float* %628, align 4
  %630 = insertelement <8 x float> undef, float %629, i32 0
  %splat67 = shufflevector <8 x float> %630, <8 x float> undef, <8 x i32> zeroinitializer
  %631 = load <8 x float>, <8 x float>* %13, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %590, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %13, align 32
  %633 = load <8 x float>, <8 x float>* %8, align 32
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %594, <8 x float> %633)
  store <8 x float> %634, <8 x float>* %8, align 32
  %635 = add i64 %442, 32
  %636 = getelementptr inbounds float, float* %4, i64 %635
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = add i64 %442, 8032
  %640 = getelementptr inbounds float, float* %4, i64 %639
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = add i64 %441, 4
  %644 = getelementptr inbounds float, float* %1, i64 %643
  %645 = load float, float* %644, align 4
  %646 = insertelement <8 x float> undef, float %645, i32 0
  %splat68 = shufflevector <8 x float> %646, <8 x float> undef, <8 x i32> zeroinitializer
  %647 = load <8 x float>, <8 x float>* %17, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %638, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %17, align 32
  %649 = load <8 x float>, <8 x float>* %12, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %642, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %12, align 32
  %651 = add i64 %441, 12
  %652 = getelementptr inbounds float, float* %1, i64 %651
  %653 = load float, float* %652, align 4
  %654 = insertelement <8 x float> undef, float %653, i32 0
  %splat69 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
  %655 = load <8 x float>, <8 x float>* %16, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %638, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %16, align 32
  %657 = load <8 x float>, <8 x float>* %11, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %642, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %11, align 32
  %659 = add i64 %441, 20
  %660 = getelementptr inbounds float, float* %1, i64 %659
  %661 = load float, float* %660, align 4
  %662 = insertelement <8 x float> undef, float %661, i32 0
  %splat70 = shufflevector <8 x float> %662, <8 x float> undef, <8 x i32> zeroinitializer
  %663 = load <8 x float>, <8 x float>* %15, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %638, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %15, align 32
  %665 = load <8 x float>, <8 x float>* %10, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %642, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %10, align 32
  %667 = add i64 %441, 28
  %668 = getelementptr inbounds float, float* %1, i64 %667
  %669 = load float, float* %668, align 4
  %670 = insertelement <8 x float> undef, float %669, i32 0
  %splat71 = shufflevector <8 x float> %670, <8 x float> undef, <8 x i32> zeroinitializer
  %671 = load <8 x float>, <8 x float>* %14, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %638, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %14, align 32
  %673 = load <8 x float>, <8 x float>* %9, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %642, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %9, align 32
  %675 = add i64 %441, 36
  %676 = getelementptr inbounds float, float* %1, i64 %675
  %677 = load float, float* %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %splat72 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %679 = load <8 x float>, <8 x float>* %13, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %638, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %13, align 32
  %681 = load <8 x float>, <8 x float>* %8, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %642, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %8, align 32
  %683 = add i64 %442, 40
  %684 = getelementptr inbounds float, float* %4, i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %442, 8040
  %688 = getelementptr inbounds float, float* %4, i64 %687
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = add i64 %441, 5
  %692 = getelementptr inbounds float, float* %1, i64 %691
  %693 = load float, float* %692, align 4
  %694 = insertelement <8 x float> undef, float %693, i32 0
  %splat73 = shufflevector <8 x float> %694, <8 x float> undef, <8 x i32> zeroinitializer
  %695 = load <8 x float>, <8 x float>* %17, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %686, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %17, align 32
  %697 = load <8 x float>, <8 x float>* %12, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %690, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %12, align 32
  %699 = add i64 %441, 13
  %700 = getelementptr inbounds float, float* %1, i64 %699
  %701 = load float, float* %700, align 4
  %702 = insertelement <8 x float> undef, float %701, i32 0
  %splat74 = shufflevector <8 x float> %702, <8 x float> undef, <8 x i32> zeroinitializer
  %703 = load <8 x float>, <8 x float>* %16, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %686, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %16, align 32
  %705 = load <8 x float>, <8 x float>* %11, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %690, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %11, align 32
  %707 = add i64 %441, 21
  %708 = getelementptr inbounds float, float* %1, i64 %707
  %709 = load float, float* %708, align 4
  %710 = insertelement <8 x float> undef, float %709, i32 0
  %splat75 = shufflevector <8 x float> %710, <8 x float> undef, <8 x i32> zeroinitializer
  %711 = load <8 x float>, <8 x float>* %15, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %686, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %15, align 32
  %713 = load <8 x float>, <8 x float>* %10, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %690, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %10, align 32
  %715 = add i64 %441, 29
  %716 = getelementptr inbounds float, float* %1, i64 %715
  %717 = load float, float* %716, align 4
  %718 = insertelement <8 x float> undef, float %717, i32 0
  %splat76 = shufflevector <8 x float> %718, <8 x float> undef, <8 x i32> zeroinitializer
  %719 = load <8 x float>, <8 x float>* %14, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %686, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %14, align 32
  %721 = load <8 x float>, <8 x float>* %9, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %690, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %9, align 32
  %723 = add i64 %441, 37
  %724 = getelementptr inbounds float, float* %1, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat77 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %13, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %686, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %13, align 32
  %729 = load <8 x float>, <8 x float>* %8, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %690, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %8, align 32
  %731 = add i64 %442, 48
  %732 = getelementptr inbounds float, float* %4, i64 %731
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = add i64 %442, 8048
  %736 = getelementptr inbounds float, float* %4, i64 %735
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = add i64 %441, 6
  %740 = getelementptr inbounds float, float* %1, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat78 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %17, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %734, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %17, align 32
  %745 = load <8 x float>, <8 x float>* %12, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %738, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %12, align 32
  %747 = add i64 %441, 14
  %748 = getelementptr inbounds float, float* %1, i64 %747
  %749 = load float, float* %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %splat79 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %751 = load <8 x float>, <8 x float>* %16, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %734, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %16, align 32
  %753 = load <8 x float>, <8 x float>* %11, align 32
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %738, <8 x float> %753)
  store <8 x float> %754, <8 x float>* %11, align 32
  %755 = add i64 %441, 22
  %756 = getelementptr inbounds float, float* %1, i64 %755
  %757 = load float, float* %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %splat80 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %759 = load <8 x float>, <8 x float>* %15, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %734, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %15, align 32
  %761 = load <8 x float>, <8 x float>* %10, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %738, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %10, align 32
  %763 = add i64 %441, 30
  %764 = getelementptr inbounds float, float* %1, i64 %763
  %765 = load float, float* %764, align 4
  %766 = insertelement <8 x float> undef, float %765, i32 0
  %splat81 = shufflevector <8 x float> %766, <8 x float> undef, <8 x i32> zeroinitializer
  %767 = load <8 x float>, <8 x float>* %14, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %734, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %14, align 32
  %769 = load <8 x float>, <8 x float>* %9, align 32
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %738, <8 x float> %769)
  store <8 x float> %770, <8 x float>* %9, align 32
  %771 = add i64 %441, 38
  %772 = getelementptr inbounds float, float* %1, i64 %771
  %773 = load float, float* %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %splat82 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %775 = load <8 x float>, <8 x float>* %13, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %734, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %13, align 32
  %777 = load <8 x float>, <8 x float>* %8, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %738, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %8, align 32
  %779 = add i64 %442, 56
  %780 = getelementptr inbounds float, float* %4, i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %442, 8056
  %784 = getelementptr inbounds float, float* %4, i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = add i64 %441, 7
  %788 = getelementptr inbounds float, float* %1, i64 %787
  %789 = load float, float* %788, align 4
  %790 = insertelement <8 x float> undef, float %789, i32 0
  %splat83 = shufflevector <8 x float> %790, <8 x float> undef, <8 x i32> zeroinitializer
  %791 = load <8 x float>, <8 x float>* %17, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %782, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %17, align 32
  %793 = load <8 x float>, <8 x float>* %12, align 32
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %786, <8 x float> %793)
  store <8 x float> %794, <8 x float>* %12, align 32
  %795 = add i64 %441, 15
  %796 = getelementptr inbounds float, float* %1, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat84 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %16, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %782, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %16, align 32
  %801 = load <8 x float>, <8 x float>* %11, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %786, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %11, align 32
  %803 = add i64 %441, 23
  %804 = getelementptr inbounds float, float* %1, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat85 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %15, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %782, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %15, align 32
  %809 = load <8 x float>, <8 x float>* %10, align 32
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %786, <8 x float> %809)
  store <8 x float> %810, <8 x float>* %10, align 32
  %811 = add i64 %441, 31
  %812 = getelementptr inbounds float, float* %1, i64 %811
  %813 = load float, float* %812, align 4
  %814 = insertelement <8 x float> undef, float %813, i32 0
  %splat86 = shufflevector <8 x float> %814, <8 x float> undef, <8 x i32> zeroinitializer
  %815 = load <8 x float>, <8 x float>* %14, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %782, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %14, align 32
  %817 = load <8 x float>, <8 x float>* %9, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %786, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %9, align 32
  %819 = add i64 %441, 39
  %820 = getelementptr inbounds float, float* %1, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat87 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %13, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %782, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %13, align 32
  %825 = load <8 x float>, <8 x float>* %8, align 32
  %826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %786, <8 x float> %825)
  store <8 x float> %826, <8 x float>* %8, align 32
  %u.next88 = add i64 %u47, 1
  br label %u.header44

u.exit46:                                         ; preds = %u.header44
  %827 = load <8 x float>, <8 x float>* %17, align 32
  %828 = fcmp olt <8 x float> %827, zeroinitializer
  %829 = select <8 x i1> %828, <8 x float> zeroinitializer, <8 x float> %827
  %830 = getelementptr inbounds float, float* %0, i64 %389
  %831 = bitcast float* %830 to <8 x float>*
  store <8 x float> %829, <8 x float>* %831, align 4
  %832 = load <8 x float>, <8 x float>* %16, align 32
  %833 = fcmp olt <8 x float> %832, zeroinitializer
  %834 = select <8 x i1> %833, <8 x float> zeroinitializer, <8 x float> %832
  %835 = getelementptr inbounds float, float* %0, i64 %392
  %836 = bitcast float* %835 to <8 x float>*
  store <8 x float> %834, <8 x float>* %836, align 4
  %837 = load <8 x float>, <8 x float>* %15, align 32
  %838 = fcmp olt <8 x float> %837, zeroinitializer
  %839 = select <8 x i1> %838, <8 x float> zeroinitializer, <8 x float> %837
  %840 = getelementptr inbounds float, float* %0, i64 %395
  %841 = bitcast float* %840 to <8 x float>*
  store <8 x float> %839, <8 x float>* %841, align 4
  %842 = load <8 x float>, <8 x float>* %14, align 32
  %843 = fcmp olt <8 x float> %842, zeroinitializer
  %844 = select <8 x i1> %843, <8 x float> zeroinitializer, <8 x float> %842
  %845 = getelementptr inbounds float, float* %0, i64 %398
  %846 = bitcast float* %845 to <8 x float>*
  store <8 x float> %844, <8 x float>* %846, align 4
  %847 = load <8 x float>, <8 x float>* %13, align 32
  %848 = fcmp olt <8 x float> %847, zeroinitializer
  %849 = select <8 x i1> %848, <8 x float> zeroinitializer, <8 x float> %847
  %850 = getelementptr inbounds float, float* %0, i64 %401
  %851 = bitcast float* %850 to <8 x float>*
  store <8 x float> %849, <8 x float>* %851, align 4
  %852 = load <8 x float>, <8 x float>* %12, align 32
  %853 = fcmp olt <8 x float> %852, zeroinitializer
  %854 = select <8 x i1> %853, <8 x float> zeroinitializer, <8 x float> %852
  %855 = getelementptr inbounds float, float* %0, i64 %408
  %856 = bitcast float* %855 to <8 x float>*
  store <8 x float> %854, <8 x float>* %856, align 4
  %857 = load <8 x float>, <8 x float>* %11, align 32
  %858 = fcmp olt <8 x float> %857, zeroinitializer
  %859 = select <8 x i1> %858, <8 x float> zeroinitializer, <8 x float> %857
  %860 = getelementptr inbounds float, float* %0, i64 %411
  %861 = bitcast float* %860 to <8 x float>*
  store <8 x float> %859, <8 x float>* %861, align 4
  %862 = load <8 x float>, <8 x float>* %10, align 32
  %863 = fcmp olt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> zeroinitializer, <8 x float> %862
  %865 = getelementptr inbounds float, float* %0, i64 %414
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = load <8 x float>, <8 x float>* %9, align 32
  %868 = fcmp olt <8 x float> %867, zeroinitializer
  %869 = select <8 x i1> %868, <8 x float> zeroinitializer, <8 x float> %867
  %870 = getelementptr inbounds float, float* %0, i64 %417
  %871 = bitcast float* %870 to <8 x float>*
  store <8 x float> %869, <8 x float>* %871, align 4
  %872 = load <8 x float>, <8 x float>* %8, align 32
  %873 = fcmp olt <8 x float> %872, zeroinitializer
  %874 = select <8 x i1> %873, <8 x float> zeroinitializer, <8 x float> %872
  %875 = getelementptr inbounds float, float* %0, i64 %420
  %876 = bitcast float* %875 to <8 x float>*
  store <8 x float> %874, <8 x float>* %876, align 4
  %x.next89 = add i64 %x43, 5
  br label %x.header40
}

; Function Attrs: noinline nounwind
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
  %25 = add i64 63, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 63
  %29 = select i1 %28, i64 %27, i64 63
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 63
  %32 = select i1 %31, i64 %30, i64 63
  call void @node11.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %p.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %p.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  store <8 x float> zeroinitializer, <8 x float>* %6, align 32
  %8 = mul i64 %task, 200
  br label %p.header

task.exit:                                        ; preds = %task.header
  ret void

p.header:                                         ; preds = %p.body, %task.body
  %p = phi i64 [ 0, %task.body ], [ %p.next, %p.body ]
  %9 = icmp slt i64 %p, 25
  br i1 %9, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %10 = mul i64 %p, 8
  %11 = add i64 %8, %10
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = bitcast float* %12 to <8 x float>*
  %14 = load <8 x float>, <8 x float>* %13, align 4
  %15 = load <8 x float>, <8 x float>* %6, align 32
  %16 = fadd <8 x float> %15, %14
  store <8 x float> %16, <8 x float>* %6, align 32
  %p.next = add i64 %p, 1
  br label %p.header

p.exit:                                           ; preds = %p.header
  %17 = load <8 x float>, <8 x float>* %6, align 32
  %18 = fdiv <8 x float> %17, <float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01, float 2.500000e+01>
  %19 = mul i64 %task, 8
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  store <8 x float> %18, <8 x float>* %21, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node13.globalAvgPool2d_1.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 125, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 125
  %23 = select i1 %22, i64 %21, i64 125
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 125
  %26 = select i1 %25, i64 %24, i64 125
  call void @node13.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.softmax_1.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %22 = fcmp ogt <8 x float> %18, %21
  %23 = select <8 x i1> %22, <8 x float> %18, <8 x float> %21
  %24 = fcmp uno <8 x float> %18, %18
  %25 = select <8 x i1> %24, <8 x float> %18, <8 x float> %23
  store <8 x float> %25, <8 x float>* %9, align 32
  %v.next = add i64 %v, 8
  br label %v.header

v.exit:                                           ; preds = %v.header
  br label %s.header

s.header:                                         ; preds = %s.body, %v.exit
  %s = phi i64 [ %16, %v.exit ], [ %s.next, %s.body ]
  %26 = icmp slt i64 %s, %12
  br i1 %26, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  %27 = load float, float* %8, align 4
  %28 = getelementptr inbounds float, float* %1, i64 %s
  %29 = load float, float* %28, align 4
  %30 = fcmp ogt float %27, %29
  %31 = select i1 %30, float %27, float %29
  %32 = fcmp uno float %27, %27
  %33 = select i1 %32, float %27, float %31
  store float %33, float* %8, align 4
  %s.next = add i64 %s, 1
  br label %s.header

s.exit:                                           ; preds = %s.header
  %34 = load <8 x float>, <8 x float>* %9, align 32
  %35 = shufflevector <8 x float> %34, <8 x float> %34, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %36 = shufflevector <8 x float> %34, <8 x float> %34, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %37 = fcmp ogt <4 x float> %35, %36
  %38 = select <4 x i1> %37, <4 x float> %35, <4 x float> %36
  %39 = fcmp uno <4 x float> %35, %35
  %40 = select <4 x i1> %39, <4 x float> %35, <4 x float> %38
  %41 = shufflevector <4 x float> %40, <4 x float> %40, <2 x i32> <i32 0, i32 1>
  %42 = shufflevector <4 x float> %40, <4 x float> %40, <2 x i32> <i32 2, i32 3>
  %43 = fcmp ogt <2 x float> %41, %42
  %44 = select <2 x i1> %43, <2 x float> %41, <2 x float> %42
  %45 = fcmp uno <2 x float> %41, %41
  %46 = select <2 x i1> %45, <2 x float> %41, <2 x float> %44
  %47 = shufflevector <2 x float> %46, <2 x float> %46, <1 x i32> zeroinitializer
  %48 = shufflevector <2 x float> %46, <2 x float> %46, <1 x i32> <i32 1>
  %49 = fcmp ogt <1 x float> %47, %48
  %50 = select <1 x i1> %49, <1 x float> %47, <1 x float> %48
  %51 = fcmp uno <1 x float> %47, %47
  %52 = select <1 x i1> %51, <1 x float> %47, <1 x float> %50
  %53 = extractelement <1 x float> %52, i32 0
  %54 = load float, float* %8, align 4
  %55 = fcmp ogt float %53, %54
  %56 = select i1 %55, float %53, float %54
  %57 = fcmp uno float %53, %53
  %58 = select i1 %57, float %53, float %56
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  store float 0.000000e+00, float* %6, align 4
  %59 = sub i64 %12, %11
  %60 = sdiv i64 %59, 8
  %61 = mul i64 %60, 8
  %62 = add i64 %11, %61
  br label %v.header1

v.header1:                                        ; preds = %v.body2, %s.exit
  %v4 = phi i64 [ %11, %s.exit ], [ %v.next5, %v.body2 ]
  %63 = icmp slt i64 %v4, %62
  br i1 %63, label %v.body2, label %v.exit3

v.body2:                                          ; preds = %v.header1
  %64 = load <8 x float>, <8 x float>* %7, align 32
  %65 = getelementptr inbounds float, float* %1, i64 %v4
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %68, <8 x float> undef, <8 x i32> zeroinitializer
  %69 = fsub <8 x float> %67, %splat
  %70 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %69, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %71 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %70, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %73 = call <8 x float> @llvm.floor.v8f32(<8 x float> %72)
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %71)
  %75 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %74)
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %75, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %77 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> %75, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %78 = call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %75, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %79 = call <8 x float> @llvm.fma.v8f32(<8 x float> %78, <8 x float> %75, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %80 = call <8 x float> @llvm.fma.v8f32(<8 x float> %79, <8 x float> %75, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %81 = fmul <8 x float> %75, %75
  %82 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> %81, <8 x float> %75)
  %83 = fadd <8 x float> %82, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %84 = fptosi <8 x float> %73 to <8 x i32>
  %85 = add <8 x i32> %84, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %86 = shl <8 x i32> %85, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %87 = bitcast <8 x i32> %86 to <8 x float>
  %88 = fmul <8 x float> %83, %87
  %89 = fcmp uno <8 x float> %69, %69
  %90 = select <8 x i1> %89, <8 x float> %69, <8 x float> %88
  %91 = fadd <8 x float> %64, %90
  store <8 x float> %91, <8 x float>* %7, align 32
  %v.next5 = add i64 %v4, 8
  br label %v.header1

v.exit3:                                          ; preds = %v.header1
  br label %s.header6

s.header6:                                        ; preds = %s.body7, %v.exit3
  %s9 = phi i64 [ %62, %v.exit3 ], [ %s.next10, %s.body7 ]
  %92 = icmp slt i64 %s9, %12
  br i1 %92, label %s.body7, label %s.exit8

s.body7:                                          ; preds = %s.header6
  %93 = load float, float* %6, align 4
  %94 = getelementptr inbounds float, float* %1, i64 %s9
  %95 = load float, float* %94, align 4
  %96 = fsub float %95, %58
  %97 = call float @llvm.maxnum.f32(float %96, float 0xC055D33340000000)
  %98 = call float @llvm.minnum.f32(float %97, float 0x40562CCCC0000000)
  %99 = call float @llvm.fma.f32(float %98, float 0x3FF7154760000000, float 5.000000e-01)
  %100 = call float @llvm.floor.f32(float %99)
  %101 = call float @llvm.fma.f32(float %100, float 0xBFE6300000000000, float %98)
  %102 = call float @llvm.fma.f32(float %100, float 0x3F2BD01060000000, float %101)
  %103 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %102, float 0x3F56E879C0000000)
  %104 = call float @llvm.fma.f32(float %103, float %102, float 0x3F81112100000000)
  %105 = call float @llvm.fma.f32(float %104, float %102, float 0x3FA5553820000000)
  %106 = call float @llvm.fma.f32(float %105, float %102, float 0x3FC5555540000000)
  %107 = call float @llvm.fma.f32(float %106, float %102, float 5.000000e-01)
  %108 = fmul float %102, %102
  %109 = call float @llvm.fma.f32(float %107, float %108, float %102)
  %110 = fadd float %109, 1.000000e+00
  %111 = fptosi float %100 to i32
  %112 = add i32 %111, 127
  %113 = shl i32 %112, 23
  %114 = bitcast i32 %113 to float
  %115 = fmul float %110, %114
  %116 = fcmp uno float %96, %96
  %117 = select i1 %116, float %96, float %115
  %118 = fadd float %93, %117
  store float %118, float* %6, align 4
  %s.next10 = add i64 %s9, 1
  br label %s.header6

s.exit8:                                          ; preds = %s.header6
  %119 = load <8 x float>, <8 x float>* %7, align 32
  %120 = shufflevector <8 x float> %119, <8 x float> %119, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %121 = shufflevector <8 x float> %119, <8 x float> %119, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %122 = fadd <4 x float> %120, %121
  %123 = shufflevector <4 x float> %122, <4 x float> %122, <2 x i32> <i32 0, i32 1>
  %124 = shufflevector <4 x float> %122, <4 x float> %122, <2 x i32> <i32 2, i32 3>
  %125 = fadd <2 x float> %123, %124
  %126 = shufflevector <2 x float> %125, <2 x float> %125, <1 x i32> zeroinitializer
  %127 = shufflevector <2 x float> %125, <2 x float> %125, <1 x i32> <i32 1>
  %128 = fadd <1 x float> %126, %127
  %129 = extractelement <1 x float> %128, i32 0
  %130 = load float, float* %6, align 4
  %131 = fadd float %129, %130
  %132 = sub i64 %12, %11
  %133 = sdiv i64 %132, 8
  %134 = mul i64 %133, 8
  %135 = add i64 %11, %134
  br label %v.header11

v.header11:                                       ; preds = %v.body12, %s.exit8
  %v14 = phi i64 [ %11, %s.exit8 ], [ %v.next17, %v.body12 ]
  %136 = icmp slt i64 %v14, %135
  br i1 %136, label %v.body12, label %v.exit13

v.body12:                                         ; preds = %v.header11
  %137 = getelementptr inbounds float, float* %1, i64 %v14
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = insertelement <8 x float> undef, float %58, i32 0
  %splat15 = shufflevector <8 x float> %140, <8 x float> undef, <8 x i32> zeroinitializer
  %141 = fsub <8 x float> %139, %splat15
  %142 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %141, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %143 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %142, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %145 = call <8 x float> @llvm.floor.v8f32(<8 x float> %144)
  %146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %143)
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %146)
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %147, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %148, <8 x float> %147, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> %147, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %150, <8 x float> %147, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %151, <8 x float> %147, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %153 = fmul <8 x float> %147, %147
  %154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %152, <8 x float> %153, <8 x float> %147)
  %155 = fadd <8 x float> %154, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %156 = fptosi <8 x float> %145 to <8 x i32>
  %157 = add <8 x i32> %156, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %158 = shl <8 x i32> %157, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %159 = bitcast <8 x i32> %158 to <8 x float>
  %160 = fmul <8 x float> %155, %159
  %161 = fcmp uno <8 x float> %141, %141
  %162 = select <8 x i1> %161, <8 x float> %141, <8 x float> %160
  %163 = insertelement <8 x float> undef, float %131, i32 0
  %splat16 = shufflevector <8 x float> %163, <8 x float> undef, <8 x i32> zeroinitializer
  %164 = fdiv <8 x float> %162, %splat16
  %165 = getelementptr inbounds float, float* %0, i64 %v14
  %166 = bitcast float* %165 to <8 x float>*
  store <8 x float> %164, <8 x float>* %166, align 4
  %v.next17 = add i64 %v14, 8
  br label %v.header11

v.exit13:                                         ; preds = %v.header11
  br label %s.header18

s.header18:                                       ; preds = %s.body19, %v.exit13
  %s21 = phi i64 [ %135, %v.exit13 ], [ %s.next22, %s.body19 ]
  %167 = icmp slt i64 %s21, %12
  br i1 %167, label %s.body19, label %s.exit20

s.body19:                                         ; preds = %s.header18
  %168 = getelementptr inbounds float, float* %1, i64 %s21
  %169 = load float, float* %168, align 4
  %170 = fsub float %169, %58
  %171 = call float @llvm.maxnum.f32(float %170, float 0xC055D33340000000)
  %172 = call float @llvm.minnum.f32(float %171, float 0x40562CCCC0000000)
  %173 = call float @llvm.fma.f32(float %172, float 0x3FF7154760000000, float 5.000000e-01)
  %174 = call float @llvm.floor.f32(float %173)
  %175 = call float @llvm.fma.f32(float %174, float 0xBFE6300000000000, float %172)
  %176 = call float @llvm.fma.f32(float %174, float 0x3F2BD01060000000, float %175)
  %177 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %176, float 0x3F56E879C0000000)
  %178 = call float @llvm.fma.f32(float %177, float %176, float 0x3F81112100000000)
  %179 = call float @llvm.fma.f32(float %178, float %176, float 0x3FA5553820000000)
  %180 = call float @llvm.fma.f32(float %179, float %176, float 0x3FC5555540000000)
  %181 = call float @llvm.fma.f32(float %180, float %176, float 5.000000e-01)
  %182 = fmul float %176, %176
  %183 = call float @llvm.fma.f32(float %181, float %182, float %176)
  %184 = fadd float %183, 1.000000e+00
  %185 = fptosi float %174 to i32
  %186 = add i32 %185, 127
  %187 = shl i32 %186, 23
  %188 = bitcast i32 %187 to float
  %189 = fmul float %184, %188
  %190 = fcmp uno float %170, %170
  %191 = select i1 %190, float %170, float %189
  %192 = fdiv float %191, %131
  %193 = getelementptr inbounds float, float* %0, i64 %s21
  store float %192, float* %193, align 4
  %s.next22 = add i64 %s21, 1
  br label %s.header18

s.exit20:                                         ; preds = %s.header18
  %task.next = add i64 %task, 1
  br label %task.header
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
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #1

; Function Attrs: noinline nounwind
define internal void @node15.softmax_1.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node15.softmax_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @nin_run(i8** %0, i8** %1, i8* %2) #6 {
entry:
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
  %fresh = call i8* @malloc(i64 2499135)
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
  %17 = call i32 @nin_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %then8, label %endif9

then8:                                            ; preds = %endif6
  call void @free(i8* %allocated)
  ret i32 %17

endif9:                                           ; preds = %endif6
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @nin_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #2 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = call i32 @omp_get_max_threads()
  %9 = icmp slt i32 %8, 1024
  %10 = select i1 %9, i32 %8, i32 1024
  %11 = bitcast i32* %3 to i8*
  %12 = getelementptr inbounds i8, i8* %2, i64 0
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %14, align 8
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %16, align 8
  %17 = bitcast [6 x i8*]* %args to i8*
  %18 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([139392 x i8], [139392 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %18, align 8
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([384 x i8], [384 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %19, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %17, i32 %10, i32 0)
  %20 = getelementptr inbounds i8, i8* %2, i64 1119744
  %21 = getelementptr inbounds i8, i8* %2, i64 0
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %20, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %21, i8** %23, align 8
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %24, align 8
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %25, align 8
  %26 = bitcast [6 x i8*]* %args to i8*
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([36864 x i8], [36864 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %27, align 8
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([384 x i8], [384 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %28, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %26, i32 %10, i32 0)
  %29 = getelementptr inbounds i8, i8* %2, i64 2239488
  %30 = getelementptr inbounds i8, i8* %2, i64 1119744
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %29, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %30, i8** %32, align 8
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %33, align 8
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %34, align 8
  %35 = bitcast [6 x i8*]* %args to i8*
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([36864 x i8], [36864 x i8]* @weight.conv2d_3.packed, i32 0, i32 0), i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([384 x i8], [384 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %37, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step0, i8* %35, i32 %10, i32 0)
  %38 = getelementptr inbounds i8, i8* %2, i64 0
  %39 = getelementptr inbounds i8, i8* %2, i64 2239488
  %40 = getelementptr inbounds i8, i8* %2, i64 692224
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %38, i8** %41, align 8
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %39, i8** %42, align 8
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %40, i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %44, align 8
  %45 = bitcast [6 x i8*]* %args to i8*
  call void @node3.conv2d_4.step0(i8* %45)
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2457600 x i8], [2457600 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %47, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_4.step1, i8* %45, i32 %10, i32 0)
  %48 = getelementptr inbounds i8, i8* %2, i64 692224
  %49 = getelementptr inbounds i8, i8* %2, i64 0
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %48, i8** %50, align 8
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %49, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %53, align 8
  %54 = bitcast [6 x i8*]* %args to i8*
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_5.packed, i32 0, i32 0), i8** %55, align 8
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %56, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_5.step0, i8* %54, i32 %10, i32 0)
  %57 = getelementptr inbounds i8, i8* %2, i64 1384448
  %58 = getelementptr inbounds i8, i8* %2, i64 692224
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %57, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %58, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %62, align 8
  %63 = bitcast [6 x i8*]* %args to i8*
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_6.packed, i32 0, i32 0), i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %65, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_6.step0, i8* %63, i32 %10, i32 0)
  %66 = getelementptr inbounds i8, i8* %2, i64 1030144
  %67 = getelementptr inbounds i8, i8* %2, i64 1384448
  %68 = getelementptr inbounds i8, i8* %2, i64 0
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %66, i8** %69, align 8
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %67, i8** %70, align 8
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %68, i8** %71, align 8
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %72, align 8
  %73 = bitcast [6 x i8*]* %args to i8*
  call void @node6.conv2d_7.step0(i8* %73)
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_7.step1, i8* %73, i32 %10, i32 0)
  %74 = getelementptr inbounds i8, i8* %2, i64 0
  %75 = getelementptr inbounds i8, i8* %2, i64 1030144
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %74, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %75, i8** %77, align 8
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %79, align 8
  %80 = bitcast [6 x i8*]* %args to i8*
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_8.packed, i32 0, i32 0), i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1536 x i8], [1536 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %82, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %80, i32 %10, i32 0)
  %83 = getelementptr inbounds i8, i8* %2, i64 221184
  %84 = getelementptr inbounds i8, i8* %2, i64 0
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %83, i8** %85, align 8
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %84, i8** %86, align 8
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %87, align 8
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %88, align 8
  %89 = bitcast [6 x i8*]* %args to i8*
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_9.packed, i32 0, i32 0), i8** %90, align 8
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1536 x i8], [1536 x i8]* @weight.conv2d_9.bias, i32 0, i32 0), i8** %91, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %89, i32 %10, i32 0)
  %92 = getelementptr inbounds i8, i8* %2, i64 995520
  %93 = getelementptr inbounds i8, i8* %2, i64 221184
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %92, i8** %94, align 8
  %95 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %93, i8** %95, align 8
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %96, align 8
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %97, align 8
  %98 = bitcast [6 x i8*]* %args to i8*
  call void @node9.maxPool2d_3.step0(i8* %98)
  %99 = getelementptr inbounds i8, i8* %2, i64 895488
  %100 = getelementptr inbounds i8, i8* %2, i64 995520
  %101 = getelementptr inbounds i8, i8* %2, i64 0
  %102 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %99, i8** %102, align 8
  %103 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %100, i8** %103, align 8
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %101, i8** %104, align 8
  %105 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %105, align 8
  %106 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_10.step0(i8* %106)
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_10.step1, i8* %106, i32 %10, i32 0)
  %107 = getelementptr inbounds i8, i8* %2, i64 0
  %108 = getelementptr inbounds i8, i8* %2, i64 895488
  %109 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %107, i8** %109, align 8
  %110 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %108, i8** %110, align 8
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %111, align 8
  %112 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %112, align 8
  %113 = bitcast [6 x i8*]* %args to i8*
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4000000 x i8], [4000000 x i8]* @weight.conv2d_11.packed, i32 0, i32 0), i8** %114, align 8
  %115 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.conv2d_11.bias, i32 0, i32 0), i8** %115, align 8
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_11.step0, i8* %113, i32 %10, i32 0)
  %116 = getelementptr inbounds i8, i8* %2, i64 100032
  %117 = getelementptr inbounds i8, i8* %2, i64 0
  %118 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %117, i8** %119, align 8
  %120 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %120, align 8
  %121 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %121, align 8
  %122 = bitcast [6 x i8*]* %args to i8*
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4000000 x i8], [4000000 x i8]* @weight.conv2d_12.packed, i32 0, i32 0), i8** %123, align 8
  %124 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.conv2d_12.bias, i32 0, i32 0), i8** %124, align 8
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_11.step0, i8* %122, i32 %10, i32 0)
  %125 = getelementptr inbounds i8, i8* %2, i64 100032
  %126 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %126, align 8
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %125, i8** %127, align 8
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %128, align 8
  %129 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %129, align 8
  %130 = bitcast [6 x i8*]* %args to i8*
  call void @node13.globalAvgPool2d_1.step0(i8* %130)
  %131 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %131, align 8
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %132, align 8
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %133, align 8
  %134 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %134, align 8
  %135 = bitcast [6 x i8*]* %args to i8*
  call void @node15.softmax_1.step0(i8* %135)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @nin_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @nin_workspace_size() #7 {
entry:
  ret i64 2499135
}

; Function Attrs: nounwind
define i32 @nin_infer(i8* %0, i8* %1, i8* %2) #7 {
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
  %11 = call i32 @nin_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
attributes #4 = { argmemonly nofree nounwind willreturn }
attributes #5 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #6 = { nounwind "target-cpu"="x86-64-v3" }
attributes #7 = { nounwind }

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
!10 = distinct !{!10, !1}
!11 = distinct !{!11, !1}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !1}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1}
!16 = distinct !{!16, !1}
!17 = distinct !{!17, !1}
!18 = distinct !{!18, !1}
!19 = distinct !{!19, !1}
!20 = distinct !{!20, !1}
!21 = distinct !{!21, !1}
!22 = distinct !{!22, !1}
!23 = distinct !{!23, !1}
!24 = distinct !{!24, !1}
!25 = distinct !{!25, !1}
