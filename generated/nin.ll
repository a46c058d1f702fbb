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
@weight.conv2d_10.packed = external constant [13824000 x i8], align 64
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
  %681 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %676, <8 x float> %680)
  %682 = add i64 %675, 8
  %683 = getelementptr inbounds float, float* %89, i64 %682
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %681, <8 x float> %685)
  %687 = add i64 %675, 16
  %688 = getelementptr inbounds float, float* %89, i64 %687
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %686, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %19, align 32
  %692 = load <8 x float>, <8 x float>* %18, align 32
  %693 = add i64 %675, 16
  %694 = getelementptr inbounds float, float* %89, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %692, <8 x float> %696)
  %698 = add i64 %675, 24
  %699 = getelementptr inbounds float, float* %89, i64 %698
  %700 = bitcast float* %699 to <8 x float>*
  %701 = load <8 x float>, <8 x float>* %700, align 4
  %702 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %697, <8 x float> %701)
  %703 = add i64 %675, 32
  %704 = getelementptr inbounds float, float* %89, i64 %703
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %702, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %18, align 32
  %708 = load <8 x float>, <8 x float>* %17, align 32
  %709 = add i64 %675, 32
  %710 = getelementptr inbounds float, float* %89, i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %708, <8 x float> %712)
  %714 = add i64 %675, 40
  %715 = getelementptr inbounds float, float* %89, i64 %714
  %716 = bitcast float* %715 to <8 x float>*
  %717 = load <8 x float>, <8 x float>* %716, align 4
  %718 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %713, <8 x float> %717)
  %719 = add i64 %675, 48
  %720 = getelementptr inbounds float, float* %89, i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %718, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %17, align 32
  %724 = load <8 x float>, <8 x float>* %16, align 32
  %725 = add i64 %675, 48
  %726 = getelementptr inbounds float, float* %89, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %724, <8 x float> %728)
  %730 = add i64 %675, 56
  %731 = getelementptr inbounds float, float* %89, i64 %730
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %729, <8 x float> %733)
  %735 = add i64 %675, 64
  %736 = getelementptr inbounds float, float* %89, i64 %735
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %734, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %16, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %740 = load <8 x float>, <8 x float>* %19, align 32
  %741 = add i64 %x51, 0
  %742 = mul i64 %741, 8
  %743 = getelementptr inbounds float, float* %88, i64 %742
  %744 = bitcast float* %743 to <8 x float>*
  store <8 x float> %740, <8 x float>* %744, align 4
  %745 = load <8 x float>, <8 x float>* %18, align 32
  %746 = add i64 %x51, 1
  %747 = mul i64 %746, 8
  %748 = getelementptr inbounds float, float* %88, i64 %747
  %749 = bitcast float* %748 to <8 x float>*
  store <8 x float> %745, <8 x float>* %749, align 4
  %750 = load <8 x float>, <8 x float>* %17, align 32
  %751 = add i64 %x51, 2
  %752 = mul i64 %751, 8
  %753 = getelementptr inbounds float, float* %88, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  store <8 x float> %750, <8 x float>* %754, align 4
  %755 = load <8 x float>, <8 x float>* %16, align 32
  %756 = add i64 %x51, 3
  %757 = mul i64 %756, 8
  %758 = getelementptr inbounds float, float* %88, i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  store <8 x float> %755, <8 x float>* %759, align 4
  %x.next52 = add i64 %x51, 4
  br label %x.header48

r.header53:                                       ; preds = %r.body54, %x.exit50
  %r56 = phi i64 [ %94, %x.exit50 ], [ %r.next57, %r.body54 ]
  %760 = icmp slt i64 %r56, %96
  br i1 %760, label %r.body54, label %r.exit55

r.body54:                                         ; preds = %r.header53
  %761 = srem i64 %r56, 3
  %762 = mul i64 %761, 54
  %763 = add i64 %762, 48
  %764 = mul i64 %763, 8
  %765 = load <8 x float>, <8 x float>* %15, align 32
  %766 = add i64 %764, 0
  %767 = getelementptr inbounds float, float* %89, i64 %766
  %768 = bitcast float* %767 to <8 x float>*
  %769 = load <8 x float>, <8 x float>* %768, align 4
  %770 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %765, <8 x float> %769)
  %771 = add i64 %764, 8
  %772 = getelementptr inbounds float, float* %89, i64 %771
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %770, <8 x float> %774)
  %776 = add i64 %764, 16
  %777 = getelementptr inbounds float, float* %89, i64 %776
  %778 = bitcast float* %777 to <8 x float>*
  %779 = load <8 x float>, <8 x float>* %778, align 4
  %780 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %775, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %15, align 32
  %781 = load <8 x float>, <8 x float>* %14, align 32
  %782 = add i64 %764, 16
  %783 = getelementptr inbounds float, float* %89, i64 %782
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %781, <8 x float> %785)
  %787 = add i64 %764, 24
  %788 = getelementptr inbounds float, float* %89, i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %786, <8 x float> %790)
  %792 = add i64 %764, 32
  %793 = getelementptr inbounds float, float* %89, i64 %792
  %794 = bitcast float* %793 to <8 x float>*
  %795 = load <8 x float>, <8 x float>* %794, align 4
  %796 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %791, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %14, align 32
  %r.next57 = add i64 %r56, 1
  br label %r.header53

r.exit55:                                         ; preds = %r.header53
  %797 = load <8 x float>, <8 x float>* %15, align 32
  %798 = getelementptr inbounds float, float* %88, i64 192
  %799 = bitcast float* %798 to <8 x float>*
  store <8 x float> %797, <8 x float>* %799, align 4
  %800 = load <8 x float>, <8 x float>* %14, align 32
  %801 = getelementptr inbounds float, float* %88, i64 200
  %802 = bitcast float* %801 to <8 x float>*
  store <8 x float> %800, <8 x float>* %802, align 4
  %803 = mul i64 %48, 12
  %804 = add i64 %803, %81
  %805 = add i64 %804, 1
  %806 = mul i64 %805, 26
  %807 = add i64 %806, %43
  %808 = mul i64 %807, 208
  %809 = getelementptr inbounds float, float* %0, i64 %808
  %810 = getelementptr inbounds float, float* %41, i64 1296
  %811 = mul i64 %43, 2
  %812 = sub i64 %811, 0
  %813 = add i64 %812, 3
  %814 = icmp sgt i64 %812, 0
  %815 = select i1 %814, i64 %812, i64 0
  %816 = icmp slt i64 %813, 54
  %817 = select i1 %816, i64 %813, i64 54
  %818 = icmp slt i64 %813, 54
  %819 = select i1 %818, i64 %813, i64 54
  %820 = sub i64 %819, %812
  br label %x.header58

x.header58:                                       ; preds = %r.exit64, %r.exit55
  %x61 = phi i64 [ 0, %r.exit55 ], [ %x.next67, %r.exit64 ]
  %821 = icmp slt i64 %x61, 24
  br i1 %821, label %x.body59, label %x.exit60

x.body59:                                         ; preds = %x.header58
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %13, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %12, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  %822 = mul i64 %x61, 2
  %823 = sub i64 %822, 0
  br label %r.header62

x.exit60:                                         ; preds = %x.header58
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  br label %r.header68

r.header62:                                       ; preds = %r.body63, %x.body59
  %r65 = phi i64 [ %815, %x.body59 ], [ %r.next66, %r.body63 ]
  %824 = icmp slt i64 %r65, %817
  br i1 %824, label %r.body63, label %r.exit64

r.body63:                                         ; preds = %r.header62
  %825 = srem i64 %r65, 3
  %826 = mul i64 %825, 54
  %827 = add i64 %826, %823
  %828 = mul i64 %827, 8
  %829 = load <8 x float>, <8 x float>* %13, align 32
  %830 = add i64 %828, 0
  %831 = getelementptr inbounds float, float* %810, i64 %830
  %832 = bitcast float* %831 to <8 x float>*
  %833 = load <8 x float>, <8 x float>* %832, align 4
  %834 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %829, <8 x float> %833)
  %835 = add i64 %828, 8
  %836 = getelementptr inbounds float, float* %810, i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %834, <8 x float> %838)
  %840 = add i64 %828, 16
  %841 = getelementptr inbounds float, float* %810, i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %839, <8 x float> %843)
  store <8 x float> %844, <8 x float>* %13, align 32
  %845 = load <8 x float>, <8 x float>* %12, align 32
  %846 = add i64 %828, 16
  %847 = getelementptr inbounds float, float* %810, i64 %846
  %848 = bitcast float* %847 to <8 x float>*
  %849 = load <8 x float>, <8 x float>* %848, align 4
  %850 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %845, <8 x float> %849)
  %851 = add i64 %828, 24
  %852 = getelementptr inbounds float, float* %810, i64 %851
  %853 = bitcast float* %852 to <8 x float>*
  %854 = load <8 x float>, <8 x float>* %853, align 4
  %855 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %850, <8 x float> %854)
  %856 = add i64 %828, 32
  %857 = getelementptr inbounds float, float* %810, i64 %856
  %858 = bitcast float* %857 to <8 x float>*
  %859 = load <8 x float>, <8 x float>* %858, align 4
  %860 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %855, <8 x float> %859)
  store <8 x float> %860, <8 x float>* %12, align 32
  %861 = load <8 x float>, <8 x float>* %11, align 32
  %862 = add i64 %828, 32
  %863 = getelementptr inbounds float, float* %810, i64 %862
  %864 = bitcast float* %863 to <8 x float>*
  %865 = load <8 x float>, <8 x float>* %864, align 4
  %866 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %861, <8 x float> %865)
  %867 = add i64 %828, 40
  %868 = getelementptr inbounds float, float* %810, i64 %867
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %866, <8 x float> %870)
  %872 = add i64 %828, 48
  %873 = getelementptr inbounds float, float* %810, i64 %872
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %871, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %11, align 32
  %877 = load <8 x float>, <8 x float>* %10, align 32
  %878 = add i64 %828, 48
  %879 = getelementptr inbounds float, float* %810, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %877, <8 x float> %881)
  %883 = add i64 %828, 56
  %884 = getelementptr inbounds float, float* %810, i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %882, <8 x float> %886)
  %888 = add i64 %828, 64
  %889 = getelementptr inbounds float, float* %810, i64 %888
  %890 = bitcast float* %889 to <8 x float>*
  %891 = load <8 x float>, <8 x float>* %890, align 4
  %892 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %887, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %10, align 32
  %r.next66 = add i64 %r65, 1
  br label %r.header62

r.exit64:                                         ; preds = %r.header62
  %893 = load <8 x float>, <8 x float>* %13, align 32
  %894 = add i64 %x61, 0
  %895 = mul i64 %894, 8
  %896 = getelementptr inbounds float, float* %809, i64 %895
  %897 = bitcast float* %896 to <8 x float>*
  store <8 x float> %893, <8 x float>* %897, align 4
  %898 = load <8 x float>, <8 x float>* %12, align 32
  %899 = add i64 %x61, 1
  %900 = mul i64 %899, 8
  %901 = getelementptr inbounds float, float* %809, i64 %900
  %902 = bitcast float* %901 to <8 x float>*
  store <8 x float> %898, <8 x float>* %902, align 4
  %903 = load <8 x float>, <8 x float>* %11, align 32
  %904 = add i64 %x61, 2
  %905 = mul i64 %904, 8
  %906 = getelementptr inbounds float, float* %809, i64 %905
  %907 = bitcast float* %906 to <8 x float>*
  store <8 x float> %903, <8 x float>* %907, align 4
  %908 = load <8 x float>, <8 x float>* %10, align 32
  %909 = add i64 %x61, 3
  %910 = mul i64 %909, 8
  %911 = getelementptr inbounds float, float* %809, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  store <8 x float> %908, <8 x float>* %912, align 4
  %x.next67 = add i64 %x61, 4
  br label %x.header58

r.header68:                                       ; preds = %r.body69, %x.exit60
  %r71 = phi i64 [ %815, %x.exit60 ], [ %r.next72, %r.body69 ]
  %913 = icmp slt i64 %r71, %817
  br i1 %913, label %r.body69, label %r.exit70

r.body69:                                         ; preds = %r.header68
  %914 = srem i64 %r71, 3
  %915 = mul i64 %914, 54
  %916 = add i64 %915, 48
  %917 = mul i64 %916, 8
  %918 = load <8 x float>, <8 x float>* %9, align 32
  %919 = add i64 %917, 0
  %920 = getelementptr inbounds float, float* %810, i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %918, <8 x float> %922)
  %924 = add i64 %917, 8
  %925 = getelementptr inbounds float, float* %810, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %923, <8 x float> %927)
  %929 = add i64 %917, 16
  %930 = getelementptr inbounds float, float* %810, i64 %929
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %928, <8 x float> %932)
  store <8 x float> %933, <8 x float>* %9, align 32
  %934 = load <8 x float>, <8 x float>* %8, align 32
  %935 = add i64 %917, 16
  %936 = getelementptr inbounds float, float* %810, i64 %935
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %934, <8 x float> %938)
  %940 = add i64 %917, 24
  %941 = getelementptr inbounds float, float* %810, i64 %940
  %942 = bitcast float* %941 to <8 x float>*
  %943 = load <8 x float>, <8 x float>* %942, align 4
  %944 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %939, <8 x float> %943)
  %945 = add i64 %917, 32
  %946 = getelementptr inbounds float, float* %810, i64 %945
  %947 = bitcast float* %946 to <8 x float>*
  %948 = load <8 x float>, <8 x float>* %947, align 4
  %949 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %944, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %8, align 32
  %r.next72 = add i64 %r71, 1
  br label %r.header68

r.exit70:                                         ; preds = %r.header68
  %950 = load <8 x float>, <8 x float>* %9, align 32
  %951 = getelementptr inbounds float, float* %809, i64 192
  %952 = bitcast float* %951 to <8 x float>*
  store <8 x float> %950, <8 x float>* %952, align 4
  %953 = load <8 x float>, <8 x float>* %8, align 32
  %954 = getelementptr inbounds float, float* %809, i64 200
  %955 = bitcast float* %954 to <8 x float>*
  store <8 x float> %953, <8 x float>* %955, align 4
  %item.next = add i64 %item, 1
  br label %item.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

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
  %945 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %940, <8 x float> %944)
  %946 = add i64 %939, 8
  %947 = getelementptr inbounds float, float* %89, i64 %946
  %948 = bitcast float* %947 to <8 x float>*
  %949 = load <8 x float>, <8 x float>* %948, align 4
  %950 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %945, <8 x float> %949)
  %951 = add i64 %939, 16
  %952 = getelementptr inbounds float, float* %89, i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %950, <8 x float> %954)
  store <8 x float> %955, <8 x float>* %15, align 32
  %956 = load <8 x float>, <8 x float>* %14, align 32
  %957 = add i64 %939, 16
  %958 = getelementptr inbounds float, float* %89, i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %956, <8 x float> %960)
  %962 = add i64 %939, 24
  %963 = getelementptr inbounds float, float* %89, i64 %962
  %964 = bitcast float* %963 to <8 x float>*
  %965 = load <8 x float>, <8 x float>* %964, align 4
  %966 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %961, <8 x float> %965)
  %967 = add i64 %939, 32
  %968 = getelementptr inbounds float, float* %89, i64 %967
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %966, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %14, align 32
  %972 = load <8 x float>, <8 x float>* %13, align 32
  %973 = add i64 %939, 32
  %974 = getelementptr inbounds float, float* %89, i64 %973
  %975 = bitcast float* %974 to <8 x float>*
  %976 = load <8 x float>, <8 x float>* %975, align 4
  %977 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %972, <8 x float> %976)
  %978 = add i64 %939, 40
  %979 = getelementptr inbounds float, float* %89, i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %977, <8 x float> %981)
  %983 = add i64 %939, 48
  %984 = getelementptr inbounds float, float* %89, i64 %983
  %985 = bitcast float* %984 to <8 x float>*
  %986 = load <8 x float>, <8 x float>* %985, align 4
  %987 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %982, <8 x float> %986)
  store <8 x float> %987, <8 x float>* %13, align 32
  %988 = load <8 x float>, <8 x float>* %12, align 32
  %989 = add i64 %939, 48
  %990 = getelementptr inbounds float, float* %89, i64 %989
  %991 = bitcast float* %990 to <8 x float>*
  %992 = load <8 x float>, <8 x float>* %991, align 4
  %993 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %988, <8 x float> %992)
  %994 = add i64 %939, 56
  %995 = getelementptr inbounds float, float* %89, i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %993, <8 x float> %997)
  %999 = add i64 %939, 64
  %1000 = getelementptr inbounds float, float* %89, i64 %999
  %1001 = bitcast float* %1000 to <8 x float>*
  %1002 = load <8 x float>, <8 x float>* %1001, align 4
  %1003 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %998, <8 x float> %1002)
  store <8 x float> %1003, <8 x float>* %12, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %1004 = load <8 x float>, <8 x float>* %15, align 32
  %1005 = add i64 %x72, 0
  %1006 = mul i64 %1005, 8
  %1007 = getelementptr inbounds float, float* %88, i64 %1006
  %1008 = bitcast float* %1007 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1008, align 4
  %1009 = load <8 x float>, <8 x float>* %14, align 32
  %1010 = add i64 %x72, 1
  %1011 = mul i64 %1010, 8
  %1012 = getelementptr inbounds float, float* %88, i64 %1011
  %1013 = bitcast float* %1012 to <8 x float>*
  store <8 x float> %1009, <8 x float>* %1013, align 4
  %1014 = load <8 x float>, <8 x float>* %13, align 32
  %1015 = add i64 %x72, 2
  %1016 = mul i64 %1015, 8
  %1017 = getelementptr inbounds float, float* %88, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  store <8 x float> %1014, <8 x float>* %1018, align 4
  %1019 = load <8 x float>, <8 x float>* %12, align 32
  %1020 = add i64 %x72, 3
  %1021 = mul i64 %1020, 8
  %1022 = getelementptr inbounds float, float* %88, i64 %1021
  %1023 = bitcast float* %1022 to <8 x float>*
  store <8 x float> %1019, <8 x float>* %1023, align 4
  %x.next73 = add i64 %x72, 4
  br label %x.header69

x.header74:                                       ; preds = %r.exit80, %x.exit71
  %x77 = phi i64 [ 0, %x.exit71 ], [ %x.next83, %r.exit80 ]
  %1024 = icmp slt i64 %x77, 12
  br i1 %1024, label %x.body75, label %x.exit76

x.body75:                                         ; preds = %x.header74
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  %1025 = mul i64 %x77, 2
  %1026 = sub i64 %1025, 0
  br label %r.header78

x.exit76:                                         ; preds = %x.header74
  %item.next = add i64 %item, 1
  br label %item.header

r.header78:                                       ; preds = %r.body79, %x.body75
  %r81 = phi i64 [ %929, %x.body75 ], [ %r.next82, %r.body79 ]
  %1027 = icmp slt i64 %r81, %931
  br i1 %1027, label %r.body79, label %r.exit80

r.body79:                                         ; preds = %r.header78
  %1028 = srem i64 %r81, 3
  %1029 = mul i64 %1028, 26
  %1030 = add i64 %1029, %1026
  %1031 = mul i64 %1030, 8
  %1032 = load <8 x float>, <8 x float>* %11, align 32
  %1033 = add i64 %1031, 0
  %1034 = getelementptr inbounds float, float* %924, i64 %1033
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  %1037 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1032, <8 x float> %1036)
  %1038 = add i64 %1031, 8
  %1039 = getelementptr inbounds float, float* %924, i64 %1038
  %1040 = bitcast float* %1039 to <8 x float>*
  %1041 = load <8 x float>, <8 x float>* %1040, align 4
  %1042 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1037, <8 x float> %1041)
  %1043 = add i64 %1031, 16
  %1044 = getelementptr inbounds float, float* %924, i64 %1043
  %1045 = bitcast float* %1044 to <8 x float>*
  %1046 = load <8 x float>, <8 x float>* %1045, align 4
  %1047 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1042, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %11, align 32
  %1048 = load <8 x float>, <8 x float>* %10, align 32
  %1049 = add i64 %1031, 16
  %1050 = getelementptr inbounds float, float* %924, i64 %1049
  %1051 = bitcast float* %1050 to <8 x float>*
  %1052 = load <8 x float>, <8 x float>* %1051, align 4
  %1053 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1048, <8 x float> %1052)
  %1054 = add i64 %1031, 24
  %1055 = getelementptr inbounds float, float* %924, i64 %1054
  %1056 = bitcast float* %1055 to <8 x float>*
  %1057 = load <8 x float>, <8 x float>* %1056, align 4
  %1058 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1053, <8 x float> %1057)
  %1059 = add i64 %1031, 32
  %1060 = getelementptr inbounds float, float* %924, i64 %1059
  %1061 = bitcast float* %1060 to <8 x float>*
  %1062 = load <8 x float>, <8 x float>* %1061, align 4
  %1063 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1058, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %10, align 32
  %1064 = load <8 x float>, <8 x float>* %9, align 32
  %1065 = add i64 %1031, 32
  %1066 = getelementptr inbounds float, float* %924, i64 %1065
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1064, <8 x float> %1068)
  %1070 = add i64 %1031, 40
  %1071 = getelementptr inbounds float, float* %924, i64 %1070
  %1072 = bitcast float* %1071 to <8 x float>*
  %1073 = load <8 x float>, <8 x float>* %1072, align 4
  %1074 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1069, <8 x float> %1073)
  %1075 = add i64 %1031, 48
  %1076 = getelementptr inbounds float, float* %924, i64 %1075
  %1077 = bitcast float* %1076 to <8 x float>*
  %1078 = load <8 x float>, <8 x float>* %1077, align 4
  %1079 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1074, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %9, align 32
  %1080 = load <8 x float>, <8 x float>* %8, align 32
  %1081 = add i64 %1031, 48
  %1082 = getelementptr inbounds float, float* %924, i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1080, <8 x float> %1084)
  %1086 = add i64 %1031, 56
  %1087 = getelementptr inbounds float, float* %924, i64 %1086
  %1088 = bitcast float* %1087 to <8 x float>*
  %1089 = load <8 x float>, <8 x float>* %1088, align 4
  %1090 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1085, <8 x float> %1089)
  %1091 = add i64 %1031, 64
  %1092 = getelementptr inbounds float, float* %924, i64 %1091
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %1090, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %8, align 32
  %r.next82 = add i64 %r81, 1
  br label %r.header78

r.exit80:                                         ; preds = %r.header78
  %1096 = load <8 x float>, <8 x float>* %11, align 32
  %1097 = add i64 %x77, 0
  %1098 = mul i64 %1097, 8
  %1099 = getelementptr inbounds float, float* %923, i64 %1098
  %1100 = bitcast float* %1099 to <8 x float>*
  store <8 x float> %1096, <8 x float>* %1100, align 4
  %1101 = load <8 x float>, <8 x float>* %10, align 32
  %1102 = add i64 %x77, 1
  %1103 = mul i64 %1102, 8
  %1104 = getelementptr inbounds float, float* %923, i64 %1103
  %1105 = bitcast float* %1104 to <8 x float>*
  store <8 x float> %1101, <8 x float>* %1105, align 4
  %1106 = load <8 x float>, <8 x float>* %9, align 32
  %1107 = add i64 %x77, 2
  %1108 = mul i64 %1107, 8
  %1109 = getelementptr inbounds float, float* %923, i64 %1108
  %1110 = bitcast float* %1109 to <8 x float>*
  store <8 x float> %1106, <8 x float>* %1110, align 4
  %1111 = load <8 x float>, <8 x float>* %8, align 32
  %1112 = add i64 %x77, 3
  %1113 = mul i64 %1112, 8
  %1114 = getelementptr inbounds float, float* %923, i64 %1113
  %1115 = bitcast float* %1114 to <8 x float>*
  store <8 x float> %1111, <8 x float>* %1115, align 4
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
  %39 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %34, <8 x float> %38)
  %40 = add i64 %33, 8
  %41 = getelementptr inbounds float, float* %15, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %39, <8 x float> %43)
  %45 = add i64 %33, 16
  %46 = getelementptr inbounds float, float* %15, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %44, <8 x float> %48)
  store <8 x float> %49, <8 x float>* %10, align 32
  %50 = load <8 x float>, <8 x float>* %9, align 32
  %51 = add i64 %33, 16
  %52 = getelementptr inbounds float, float* %15, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %50, <8 x float> %54)
  %56 = add i64 %33, 24
  %57 = getelementptr inbounds float, float* %15, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %59)
  %61 = add i64 %33, 32
  %62 = getelementptr inbounds float, float* %15, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %60, <8 x float> %64)
  store <8 x float> %65, <8 x float>* %9, align 32
  %66 = load <8 x float>, <8 x float>* %8, align 32
  %67 = add i64 %33, 32
  %68 = getelementptr inbounds float, float* %15, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %66, <8 x float> %70)
  %72 = add i64 %33, 40
  %73 = getelementptr inbounds float, float* %15, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %71, <8 x float> %75)
  %77 = add i64 %33, 48
  %78 = getelementptr inbounds float, float* %15, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %76, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %8, align 32
  %82 = load <8 x float>, <8 x float>* %7, align 32
  %83 = add i64 %33, 48
  %84 = getelementptr inbounds float, float* %15, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %82, <8 x float> %86)
  %88 = add i64 %33, 56
  %89 = getelementptr inbounds float, float* %15, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %87, <8 x float> %91)
  %93 = add i64 %33, 64
  %94 = getelementptr inbounds float, float* %15, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %92, <8 x float> %96)
  store <8 x float> %97, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %98 = load <8 x float>, <8 x float>* %10, align 32
  %99 = getelementptr inbounds float, float* %19, i64 0
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %98, <8 x float>* %100, align 4
  %101 = load <8 x float>, <8 x float>* %9, align 32
  %102 = getelementptr inbounds float, float* %19, i64 8
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %101, <8 x float>* %103, align 4
  %104 = load <8 x float>, <8 x float>* %8, align 32
  %105 = getelementptr inbounds float, float* %19, i64 16
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %104, <8 x float>* %106, align 4
  %107 = load <8 x float>, <8 x float>* %7, align 32
  %108 = getelementptr inbounds float, float* %19, i64 24
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header1:                                        ; preds = %r.body2, %r.exit
  %r4 = phi i64 [ %24, %r.exit ], [ %r.next5, %r.body2 ]
  %110 = icmp slt i64 %r4, %26
  br i1 %110, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %111 = mul i64 %r4, 12
  %112 = add i64 %111, 8
  %113 = mul i64 %112, 8
  %114 = load <8 x float>, <8 x float>* %6, align 32
  %115 = add i64 %113, 0
  %116 = getelementptr inbounds float, float* %15, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %114, <8 x float> %118)
  %120 = add i64 %113, 8
  %121 = getelementptr inbounds float, float* %15, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %119, <8 x float> %123)
  %125 = add i64 %113, 16
  %126 = getelementptr inbounds float, float* %15, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %124, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %130 = load <8 x float>, <8 x float>* %6, align 32
  %131 = getelementptr inbounds float, float* %19, i64 32
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %130, <8 x float>* %132, align 4
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
  %7 = srem i64 %task, 7
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 7
  %10 = mul i64 %task, 56
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
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 224, i1 false)
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
  %19 = add i64 336, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 336
  %23 = select i1 %22, i64 %21, i64 336
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 336
  %26 = select i1 %25, i64 %24, i64 336
  call void @node10.conv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_10.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %83 = icmp slt i64 %task, %7
  br i1 %83, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %84 = srem i64 %task, 1
  %85 = sdiv i64 %task, 1
  %86 = srem i64 %85, 63
  %87 = sdiv i64 %task, 63
  %88 = srem i64 %87, 1
  %89 = sdiv i64 %87, 1
  %90 = mul i64 %88, 125
  %91 = mul i64 %86, 2
  %92 = add i64 %90, %91
  %93 = mul i64 %84, 5
  %94 = mul i64 %93, 5
  %95 = mul i64 %84, 5
  %96 = mul i64 %88, 125
  %97 = mul i64 %86, 2
  %98 = add i64 %96, %97
  %99 = mul i64 %89, 48
  %100 = mul i64 %88, 48
  %101 = add i64 %99, %100
  %102 = mul i64 %101, 392
  %103 = mul i64 %98, 27648
  %104 = mul i64 %95, 56
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %endif, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %endif ]
  %105 = icmp slt i64 %chunk, 16
  br i1 %105, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  %106 = icmp eq i64 %86, 62
  br i1 %106, label %then, label %else

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

then:                                             ; preds = %chunk.body
  %107 = add i64 %94, 0
  %108 = mul i64 %89, 125
  %109 = add i64 %108, %92
  %110 = add i64 %109, 0
  %111 = mul i64 %110, 200
  %112 = add i64 %107, 0
  %113 = mul i64 %112, 8
  %114 = add i64 %111, %113
  %115 = add i64 %107, 1
  %116 = mul i64 %115, 8
  %117 = add i64 %111, %116
  %118 = add i64 %107, 2
  %119 = mul i64 %118, 8
  %120 = add i64 %111, %119
  %121 = add i64 %107, 3
  %122 = mul i64 %121, 8
  %123 = add i64 %111, %122
  %124 = add i64 %107, 4
  %125 = mul i64 %124, 8
  %126 = add i64 %111, %125
  %127 = add i64 %98, 0
  %128 = mul i64 %127, 8
  %129 = getelementptr inbounds float, float* %5, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = icmp eq i64 %chunk, 0
  %133 = getelementptr inbounds float, float* %0, i64 %114
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = select i1 %132, <8 x float> %131, <8 x float> %135
  store <8 x float> %136, <8 x float>* %82, align 32
  %137 = getelementptr inbounds float, float* %0, i64 %117
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = select i1 %132, <8 x float> %131, <8 x float> %139
  store <8 x float> %140, <8 x float>* %81, align 32
  %141 = getelementptr inbounds float, float* %0, i64 %120
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = select i1 %132, <8 x float> %131, <8 x float> %143
  store <8 x float> %144, <8 x float>* %80, align 32
  %145 = getelementptr inbounds float, float* %0, i64 %123
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = select i1 %132, <8 x float> %131, <8 x float> %147
  store <8 x float> %148, <8 x float>* %79, align 32
  %149 = getelementptr inbounds float, float* %0, i64 %126
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = select i1 %132, <8 x float> %131, <8 x float> %151
  store <8 x float> %152, <8 x float>* %78, align 32
  %153 = add i64 %104, 0
  %154 = add i64 %102, %153
  %155 = mul i64 %chunk, 3
  br label %u.header

else:                                             ; preds = %chunk.body
  %156 = add i64 %94, 0
  %157 = mul i64 %89, 125
  %158 = add i64 %157, %92
  %159 = add i64 %158, 0
  %160 = mul i64 %159, 200
  %161 = add i64 %156, 0
  %162 = mul i64 %161, 8
  %163 = add i64 %160, %162
  %164 = add i64 %156, 1
  %165 = mul i64 %164, 8
  %166 = add i64 %160, %165
  %167 = add i64 %156, 2
  %168 = mul i64 %167, 8
  %169 = add i64 %160, %168
  %170 = add i64 %156, 3
  %171 = mul i64 %170, 8
  %172 = add i64 %160, %171
  %173 = add i64 %156, 4
  %174 = mul i64 %173, 8
  %175 = add i64 %160, %174
  %176 = mul i64 %89, 125
  %177 = add i64 %176, %92
  %178 = add i64 %177, 1
  %179 = mul i64 %178, 200
  %180 = add i64 %156, 0
  %181 = mul i64 %180, 8
  %182 = add i64 %179, %181
  %183 = add i64 %156, 1
  %184 = mul i64 %183, 8
  %185 = add i64 %179, %184
  %186 = add i64 %156, 2
  %187 = mul i64 %186, 8
  %188 = add i64 %179, %187
  %189 = add i64 %156, 3
  %190 = mul i64 %189, 8
  %191 = add i64 %179, %190
  %192 = add i64 %156, 4
  %193 = mul i64 %192, 8
  %194 = add i64 %179, %193
  %195 = add i64 %98, 0
  %196 = mul i64 %195, 8
  %197 = getelementptr inbounds float, float* %5, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %98, 1
  %201 = mul i64 %200, 8
  %202 = getelementptr inbounds float, float* %5, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = icmp eq i64 %chunk, 0
  %206 = getelementptr inbounds float, float* %0, i64 %163
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = select i1 %205, <8 x float> %199, <8 x float> %208
  store <8 x float> %209, <8 x float>* %57, align 32
  %210 = getelementptr inbounds float, float* %0, i64 %166
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = select i1 %205, <8 x float> %199, <8 x float> %212
  store <8 x float> %213, <8 x float>* %56, align 32
  %214 = getelementptr inbounds float, float* %0, i64 %169
  %215 = bitcast float* %214 to <8 x float>*
  %216 = load <8 x float>, <8 x float>* %215, align 4
  %217 = select i1 %205, <8 x float> %199, <8 x float> %216
  store <8 x float> %217, <8 x float>* %55, align 32
  %218 = getelementptr inbounds float, float* %0, i64 %172
  %219 = bitcast float* %218 to <8 x float>*
  %220 = load <8 x float>, <8 x float>* %219, align 4
  %221 = select i1 %205, <8 x float> %199, <8 x float> %220
  store <8 x float> %221, <8 x float>* %54, align 32
  %222 = getelementptr inbounds float, float* %0, i64 %175
  %223 = bitcast float* %222 to <8 x float>*
  %224 = load <8 x float>, <8 x float>* %223, align 4
  %225 = select i1 %205, <8 x float> %199, <8 x float> %224
  store <8 x float> %225, <8 x float>* %53, align 32
  %226 = getelementptr inbounds float, float* %0, i64 %182
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = select i1 %205, <8 x float> %204, <8 x float> %228
  store <8 x float> %229, <8 x float>* %52, align 32
  %230 = getelementptr inbounds float, float* %0, i64 %185
  %231 = bitcast float* %230 to <8 x float>*
  %232 = load <8 x float>, <8 x float>* %231, align 4
  %233 = select i1 %205, <8 x float> %204, <8 x float> %232
  store <8 x float> %233, <8 x float>* %51, align 32
  %234 = getelementptr inbounds float, float* %0, i64 %188
  %235 = bitcast float* %234 to <8 x float>*
  %236 = load <8 x float>, <8 x float>* %235, align 4
  %237 = select i1 %205, <8 x float> %204, <8 x float> %236
  store <8 x float> %237, <8 x float>* %50, align 32
  %238 = getelementptr inbounds float, float* %0, i64 %191
  %239 = bitcast float* %238 to <8 x float>*
  %240 = load <8 x float>, <8 x float>* %239, align 4
  %241 = select i1 %205, <8 x float> %204, <8 x float> %240
  store <8 x float> %241, <8 x float>* %49, align 32
  %242 = getelementptr inbounds float, float* %0, i64 %194
  %243 = bitcast float* %242 to <8 x float>*
  %244 = load <8 x float>, <8 x float>* %243, align 4
  %245 = select i1 %205, <8 x float> %204, <8 x float> %244
  store <8 x float> %245, <8 x float>* %48, align 32
  %246 = add i64 %104, 0
  %247 = add i64 %102, %246
  %248 = mul i64 %chunk, 3
  br label %u.header260

endif:                                            ; preds = %u.exit482, %u.exit207
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !12

u.header:                                         ; preds = %kh.exit, %then
  %u = phi i64 [ 0, %then ], [ %u.next, %kh.exit ]
  %249 = icmp slt i64 %u, 3
  br i1 %249, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %250 = add i64 %155, %u
  %251 = mul i64 %250, 392
  %252 = add i64 %154, %251
  %253 = mul i64 %250, 576
  %254 = add i64 %103, %253
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %255 = icmp eq i64 %chunk, 15
  %256 = load <8 x float>, <8 x float>* %82, align 32
  %257 = fcmp olt <8 x float> %256, zeroinitializer
  %258 = select <8 x i1> %257, <8 x float> zeroinitializer, <8 x float> %256
  %259 = select i1 %255, <8 x float> %258, <8 x float> %256
  %260 = getelementptr inbounds float, float* %0, i64 %114
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = load <8 x float>, <8 x float>* %81, align 32
  %263 = fcmp olt <8 x float> %262, zeroinitializer
  %264 = select <8 x i1> %263, <8 x float> zeroinitializer, <8 x float> %262
  %265 = select i1 %255, <8 x float> %264, <8 x float> %262
  %266 = getelementptr inbounds float, float* %0, i64 %117
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = load <8 x float>, <8 x float>* %80, align 32
  %269 = fcmp olt <8 x float> %268, zeroinitializer
  %270 = select <8 x i1> %269, <8 x float> zeroinitializer, <8 x float> %268
  %271 = select i1 %255, <8 x float> %270, <8 x float> %268
  %272 = getelementptr inbounds float, float* %0, i64 %120
  %273 = bitcast float* %272 to <8 x float>*
  store <8 x float> %271, <8 x float>* %273, align 4
  %274 = load <8 x float>, <8 x float>* %79, align 32
  %275 = fcmp olt <8 x float> %274, zeroinitializer
  %276 = select <8 x i1> %275, <8 x float> zeroinitializer, <8 x float> %274
  %277 = select i1 %255, <8 x float> %276, <8 x float> %274
  %278 = getelementptr inbounds float, float* %0, i64 %123
  %279 = bitcast float* %278 to <8 x float>*
  store <8 x float> %277, <8 x float>* %279, align 4
  %280 = load <8 x float>, <8 x float>* %78, align 32
  %281 = fcmp olt <8 x float> %280, zeroinitializer
  %282 = select <8 x i1> %281, <8 x float> zeroinitializer, <8 x float> %280
  %283 = select i1 %255, <8 x float> %282, <8 x float> %280
  %284 = getelementptr inbounds float, float* %0, i64 %126
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %283, <8 x float>* %285, align 4
  %286 = add i64 %94, 0
  %287 = mul i64 %89, 125
  %288 = add i64 %287, %92
  %289 = add i64 %288, 0
  %290 = mul i64 %289, 200
  %291 = add i64 %286, 5
  %292 = mul i64 %291, 8
  %293 = add i64 %290, %292
  %294 = add i64 %286, 6
  %295 = mul i64 %294, 8
  %296 = add i64 %290, %295
  %297 = add i64 %286, 7
  %298 = mul i64 %297, 8
  %299 = add i64 %290, %298
  %300 = add i64 %286, 8
  %301 = mul i64 %300, 8
  %302 = add i64 %290, %301
  %303 = add i64 %286, 9
  %304 = mul i64 %303, 8
  %305 = add i64 %290, %304
  %306 = add i64 %98, 0
  %307 = mul i64 %306, 8
  %308 = getelementptr inbounds float, float* %5, i64 %307
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  %311 = icmp eq i64 %chunk, 0
  %312 = getelementptr inbounds float, float* %0, i64 %293
  %313 = bitcast float* %312 to <8 x float>*
  %314 = load <8 x float>, <8 x float>* %313, align 4
  %315 = select i1 %311, <8 x float> %310, <8 x float> %314
  store <8 x float> %315, <8 x float>* %77, align 32
  %316 = getelementptr inbounds float, float* %0, i64 %296
  %317 = bitcast float* %316 to <8 x float>*
  %318 = load <8 x float>, <8 x float>* %317, align 4
  %319 = select i1 %311, <8 x float> %310, <8 x float> %318
  store <8 x float> %319, <8 x float>* %76, align 32
  %320 = getelementptr inbounds float, float* %0, i64 %299
  %321 = bitcast float* %320 to <8 x float>*
  %322 = load <8 x float>, <8 x float>* %321, align 4
  %323 = select i1 %311, <8 x float> %310, <8 x float> %322
  store <8 x float> %323, <8 x float>* %75, align 32
  %324 = getelementptr inbounds float, float* %0, i64 %302
  %325 = bitcast float* %324 to <8 x float>*
  %326 = load <8 x float>, <8 x float>* %325, align 4
  %327 = select i1 %311, <8 x float> %310, <8 x float> %326
  store <8 x float> %327, <8 x float>* %74, align 32
  %328 = getelementptr inbounds float, float* %0, i64 %305
  %329 = bitcast float* %328 to <8 x float>*
  %330 = load <8 x float>, <8 x float>* %329, align 4
  %331 = select i1 %311, <8 x float> %310, <8 x float> %330
  store <8 x float> %331, <8 x float>* %73, align 32
  %332 = add i64 %104, 0
  %333 = add i64 %102, %332
  %334 = mul i64 %chunk, 3
  br label %u.header40

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %335 = icmp slt i64 %kh, 3
  br i1 %335, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %336 = mul i64 %kh, 56
  %337 = add i64 %252, %336
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %338 = icmp slt i64 %kw, 3
  br i1 %338, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %339 = mul i64 %kw, 8
  %340 = add i64 %337, %339
  %341 = mul i64 %kh, 3
  %342 = add i64 %341, %kw
  %343 = mul i64 %342, 64
  %344 = add i64 %254, %343
  %345 = add i64 %344, 0
  %346 = getelementptr inbounds float, float* %4, i64 %345
  %347 = bitcast float* %346 to <8 x float>*
  %348 = load <8 x float>, <8 x float>* %347, align 4
  %349 = add i64 %340, 0
  %350 = getelementptr inbounds float, float* %2, i64 %349
  %351 = load float, float* %350, align 4
  %352 = insertelement <8 x float> undef, float %351, i32 0
  %splat = shufflevector <8 x float> %352, <8 x float> undef, <8 x i32> zeroinitializer
  %353 = load <8 x float>, <8 x float>* %82, align 32
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %348, <8 x float> %353)
  store <8 x float> %354, <8 x float>* %82, align 32
  %355 = add i64 %340, 8
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = load float, float* %356, align 4
  %358 = insertelement <8 x float> undef, float %357, i32 0
  %splat1 = shufflevector <8 x float> %358, <8 x float> undef, <8 x i32> zeroinitializer
  %359 = load <8 x float>, <8 x float>* %81, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %348, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %81, align 32
  %361 = add i64 %340, 16
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat2 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %80, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %348, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %80, align 32
  %367 = add i64 %340, 24
  %368 = getelementptr inbounds float, float* %2, i64 %367
  %369 = load float, float* %368, align 4
  %370 = insertelement <8 x float> undef, float %369, i32 0
  %splat3 = shufflevector <8 x float> %370, <8 x float> undef, <8 x i32> zeroinitializer
  %371 = load <8 x float>, <8 x float>* %79, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %348, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %79, align 32
  %373 = add i64 %340, 32
  %374 = getelementptr inbounds float, float* %2, i64 %373
  %375 = load float, float* %374, align 4
  %376 = insertelement <8 x float> undef, float %375, i32 0
  %splat4 = shufflevector <8 x float> %376, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = load <8 x float>, <8 x float>* %78, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %348, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %78, align 32
  %379 = add i64 %344, 8
  %380 = getelementptr inbounds float, float* %4, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = add i64 %340, 1
  %384 = getelementptr inbounds float, float* %2, i64 %383
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i32 0
  %splat5 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %387 = load <8 x float>, <8 x float>* %82, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %382, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %82, align 32
  %389 = add i64 %340, 9
  %390 = getelementptr inbounds float, float* %2, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat6 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %81, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %382, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %81, align 32
  %395 = add i64 %340, 17
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i32 0
  %splat7 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %80, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %382, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %80, align 32
  %401 = add i64 %340, 25
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat8 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %79, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %382, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %79, align 32
  %407 = add i64 %340, 33
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat9 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %78, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %382, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %78, align 32
  %413 = add i64 %344, 16
  %414 = getelementptr inbounds float, float* %4, i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = add i64 %340, 2
  %418 = getelementptr inbounds float, float* %2, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat10 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %82, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %416, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %82, align 32
  %423 = add i64 %340, 10
  %424 = getelementptr inbounds float, float* %2, i64 %423
  %425 = load float, float* %424, align 4
  %426 = insertelement <8 x float> undef, float %425, i32 0
  %splat11 = shufflevector <8 x float> %426, <8 x float> undef, <8 x i32> zeroinitializer
  %427 = load <8 x float>, <8 x float>* %81, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %416, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %81, align 32
  %429 = add i64 %340, 18
  %430 = getelementptr inbounds float, float* %2, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat12 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %80, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %416, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %80, align 32
  %435 = add i64 %340, 26
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = load float, float* %436, align 4
  %438 = insertelement <8 x float> undef, float %437, i32 0
  %splat13 = shufflevector <8 x float> %438, <8 x float> undef, <8 x i32> zeroinitializer
  %439 = load <8 x float>, <8 x float>* %79, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %416, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %79, align 32
  %441 = add i64 %340, 34
  %442 = getelementptr inbounds float, float* %2, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat14 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %78, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %416, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %78, align 32
  %447 = add i64 %344, 24
  %448 = getelementptr inbounds float, float* %4, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  %450 = load <8 x float>, <8 x float>* %449, align 4
  %451 = add i64 %340, 3
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = load float, float* %452, align 4
  %454 = insertelement <8 x float> undef, float %453, i32 0
  %splat15 = shufflevector <8 x float> %454, <8 x float> undef, <8 x i32> zeroinitializer
  %455 = load <8 x float>, <8 x float>* %82, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %450, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %82, align 32
  %457 = add i64 %340, 11
  %458 = getelementptr inbounds float, float* %2, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat16 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %81, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %450, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %81, align 32
  %463 = add i64 %340, 19
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = load float, float* %464, align 4
  %466 = insertelement <8 x float> undef, float %465, i32 0
  %splat17 = shufflevector <8 x float> %466, <8 x float> undef, <8 x i32> zeroinitializer
  %467 = load <8 x float>, <8 x float>* %80, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %450, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %80, align 32
  %469 = add i64 %340, 27
  %470 = getelementptr inbounds float, float* %2, i64 %469
  %471 = load float, float* %470, align 4
  %472 = insertelement <8 x float> undef, float %471, i32 0
  %splat18 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %473 = load <8 x float>, <8 x float>* %79, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %79, align 32
  %475 = add i64 %340, 35
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = load float, float* %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %splat19 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %479 = load <8 x float>, <8 x float>* %78, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %450, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %78, align 32
  %481 = add i64 %344, 32
  %482 = getelementptr inbounds float, float* %4, i64 %481
  %483 = bitcast float* %482 to <8 x float>*
  %484 = load <8 x float>, <8 x float>* %483, align 4
  %485 = add i64 %340, 4
  %486 = getelementptr inbounds float, float* %2, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat20 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %82, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %484, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %82, align 32
  %491 = add i64 %340, 12
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = load float, float* %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %splat21 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %495 = load <8 x float>, <8 x float>* %81, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %484, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %81, align 32
  %497 = add i64 %340, 20
  %498 = getelementptr inbounds float, float* %2, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat22 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %80, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %484, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %80, align 32
  %503 = add i64 %340, 28
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = load float, float* %504, align 4
  %506 = insertelement <8 x float> undef, float %505, i32 0
  %splat23 = shufflevector <8 x float> %506, <8 x float> undef, <8 x i32> zeroinitializer
  %507 = load <8 x float>, <8 x float>* %79, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %484, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %79, align 32
  %509 = add i64 %340, 36
  %510 = getelementptr inbounds float, float* %2, i64 %509
  %511 = load float, float* %510, align 4
  %512 = insertelement <8 x float> undef, float %511, i32 0
  %splat24 = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %513 = load <8 x float>, <8 x float>* %78, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %484, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %78, align 32
  %515 = add i64 %344, 40
  %516 = getelementptr inbounds float, float* %4, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  %518 = load <8 x float>, <8 x float>* %517, align 4
  %519 = add i64 %340, 5
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = load float, float* %520, align 4
  %522 = insertelement <8 x float> undef, float %521, i32 0
  %splat25 = shufflevector <8 x float> %522, <8 x float> undef, <8 x i32> zeroinitializer
  %523 = load <8 x float>, <8 x float>* %82, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %518, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %82, align 32
  %525 = add i64 %340, 13
  %526 = getelementptr inbounds float, float* %2, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat26 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %81, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %518, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %81, align 32
  %531 = add i64 %340, 21
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = load float, float* %532, align 4
  %534 = insertelement <8 x float> undef, float %533, i32 0
  %splat27 = shufflevector <8 x float> %534, <8 x float> undef, <8 x i32> zeroinitializer
  %535 = load <8 x float>, <8 x float>* %80, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %518, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %80, align 32
  %537 = add i64 %340, 29
  %538 = getelementptr inbounds float, float* %2, i64 %537
  %539 = load float, float* %538, align 4
  %540 = insertelement <8 x float> undef, float %539, i32 0
  %splat28 = shufflevector <8 x float> %540, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = load <8 x float>, <8 x float>* %79, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %518, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %79, align 32
  %543 = add i64 %340, 37
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = load float, float* %544, align 4
  %546 = insertelement <8 x float> undef, float %545, i32 0
  %splat29 = shufflevector <8 x float> %546, <8 x float> undef, <8 x i32> zeroinitializer
  %547 = load <8 x float>, <8 x float>* %78, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %518, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %78, align 32
  %549 = add i64 %344, 48
  %550 = getelementptr inbounds float, float* %4, i64 %549
  %551 = bitcast float* %550 to <8 x float>*
  %552 = load <8 x float>, <8 x float>* %551, align 4
  %553 = add i64 %340, 6
  %554 = getelementptr inbounds float, float* %2, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat30 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %82, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %552, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %82, align 32
  %559 = add i64 %340, 14
  %560 = getelementptr inbounds float, float* %2, i64 %559
  %561 = load float, float* %560, align 4
  %562 = insertelement <8 x float> undef, float %561, i32 0
  %splat31 = shufflevector <8 x float> %562, <8 x float> undef, <8 x i32> zeroinitializer
  %563 = load <8 x float>, <8 x float>* %81, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %552, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %81, align 32
  %565 = add i64 %340, 22
  %566 = getelementptr inbounds float, float* %2, i64 %565
  %567 = load float, float* %566, align 4
  %568 = insertelement <8 x float> undef, float %567, i32 0
  %splat32 = shufflevector <8 x float> %568, <8 x float> undef, <8 x i32> zeroinitializer
  %569 = load <8 x float>, <8 x float>* %80, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %552, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %80, align 32
  %571 = add i64 %340, 30
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = load float, float* %572, align 4
  %574 = insertelement <8 x float> undef, float %573, i32 0
  %splat33 = shufflevector <8 x float> %574, <8 x float> undef, <8 x i32> zeroinitializer
  %575 = load <8 x float>, <8 x float>* %79, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %552, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %79, align 32
  %577 = add i64 %340, 38
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat34 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %78, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %552, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %78, align 32
  %583 = add i64 %344, 56
  %584 = getelementptr inbounds float, float* %4, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %340, 7
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat35 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %82, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %586, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %82, align 32
  %593 = add i64 %340, 15
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat36 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %81, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %586, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %81, align 32
  %599 = add i64 %340, 23
  %600 = getelementptr inbounds float, float* %2, i64 %599
  %601 = load float, float* %600, align 4
  %602 = insertelement <8 x float> undef, float %601, i32 0
  %splat37 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %603 = load <8 x float>, <8 x float>* %80, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %586, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %80, align 32
  %605 = add i64 %340, 31
  %606 = getelementptr inbounds float, float* %2, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat38 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %79, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %586, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %79, align 32
  %611 = add i64 %340, 39
  %612 = getelementptr inbounds float, float* %2, i64 %611
  %613 = load float, float* %612, align 4
  %614 = insertelement <8 x float> undef, float %613, i32 0
  %splat39 = shufflevector <8 x float> %614, <8 x float> undef, <8 x i32> zeroinitializer
  %615 = load <8 x float>, <8 x float>* %78, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %586, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %78, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header40:                                       ; preds = %kh.exit46, %u.exit
  %u43 = phi i64 [ 0, %u.exit ], [ %u.next94, %kh.exit46 ]
  %617 = icmp slt i64 %u43, 3
  br i1 %617, label %u.body41, label %u.exit42

u.body41:                                         ; preds = %u.header40
  %618 = add i64 %334, %u43
  %619 = mul i64 %618, 392
  %620 = add i64 %333, %619
  %621 = mul i64 %618, 576
  %622 = add i64 %103, %621
  br label %kh.header44

u.exit42:                                         ; preds = %u.header40
  %623 = icmp eq i64 %chunk, 15
  %624 = load <8 x float>, <8 x float>* %77, align 32
  %625 = fcmp olt <8 x float> %624, zeroinitializer
  %626 = select <8 x i1> %625, <8 x float> zeroinitializer, <8 x float> %624
  %627 = select i1 %623, <8 x float> %626, <8 x float> %624
  %628 = getelementptr inbounds float, float* %0, i64 %293
  %629 = bitcast float* %628 to <8 x float>*
  store <8 x float> %627, <8 x float>* %629, align 4
  %630 = load <8 x float>, <8 x float>* %76, align 32
  %631 = fcmp olt <8 x float> %630, zeroinitializer
  %632 = select <8 x i1> %631, <8 x float> zeroinitializer, <8 x float> %630
  %633 = select i1 %623, <8 x float> %632, <8 x float> %630
  %634 = getelementptr inbounds float, float* %0, i64 %296
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %633, <8 x float>* %635, align 4
  %636 = load <8 x float>, <8 x float>* %75, align 32
  %637 = fcmp olt <8 x float> %636, zeroinitializer
  %638 = select <8 x i1> %637, <8 x float> zeroinitializer, <8 x float> %636
  %639 = select i1 %623, <8 x float> %638, <8 x float> %636
  %640 = getelementptr inbounds float, float* %0, i64 %299
  %641 = bitcast float* %640 to <8 x float>*
  store <8 x float> %639, <8 x float>* %641, align 4
  %642 = load <8 x float>, <8 x float>* %74, align 32
  %643 = fcmp olt <8 x float> %642, zeroinitializer
  %644 = select <8 x i1> %643, <8 x float> zeroinitializer, <8 x float> %642
  %645 = select i1 %623, <8 x float> %644, <8 x float> %642
  %646 = getelementptr inbounds float, float* %0, i64 %302
  %647 = bitcast float* %646 to <8 x float>*
  store <8 x float> %645, <8 x float>* %647, align 4
  %648 = load <8 x float>, <8 x float>* %73, align 32
  %649 = fcmp olt <8 x float> %648, zeroinitializer
  %650 = select <8 x i1> %649, <8 x float> zeroinitializer, <8 x float> %648
  %651 = select i1 %623, <8 x float> %650, <8 x float> %648
  %652 = getelementptr inbounds float, float* %0, i64 %305
  %653 = bitcast float* %652 to <8 x float>*
  store <8 x float> %651, <8 x float>* %653, align 4
  %654 = add i64 %94, 0
  %655 = mul i64 %89, 125
  %656 = add i64 %655, %92
  %657 = add i64 %656, 0
  %658 = mul i64 %657, 200
  %659 = add i64 %654, 10
  %660 = mul i64 %659, 8
  %661 = add i64 %658, %660
  %662 = add i64 %654, 11
  %663 = mul i64 %662, 8
  %664 = add i64 %658, %663
  %665 = add i64 %654, 12
  %666 = mul i64 %665, 8
  %667 = add i64 %658, %666
  %668 = add i64 %654, 13
  %669 = mul i64 %668, 8
  %670 = add i64 %658, %669
  %671 = add i64 %654, 14
  %672 = mul i64 %671, 8
  %673 = add i64 %658, %672
  %674 = add i64 %98, 0
  %675 = mul i64 %674, 8
  %676 = getelementptr inbounds float, float* %5, i64 %675
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = icmp eq i64 %chunk, 0
  %680 = getelementptr inbounds float, float* %0, i64 %661
  %681 = bitcast float* %680 to <8 x float>*
  %682 = load <8 x float>, <8 x float>* %681, align 4
  %683 = select i1 %679, <8 x float> %678, <8 x float> %682
  store <8 x float> %683, <8 x float>* %72, align 32
  %684 = getelementptr inbounds float, float* %0, i64 %664
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = select i1 %679, <8 x float> %678, <8 x float> %686
  store <8 x float> %687, <8 x float>* %71, align 32
  %688 = getelementptr inbounds float, float* %0, i64 %667
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = select i1 %679, <8 x float> %678, <8 x float> %690
  store <8 x float> %691, <8 x float>* %70, align 32
  %692 = getelementptr inbounds float, float* %0, i64 %670
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = select i1 %679, <8 x float> %678, <8 x float> %694
  store <8 x float> %695, <8 x float>* %69, align 32
  %696 = getelementptr inbounds float, float* %0, i64 %673
  %697 = bitcast float* %696 to <8 x float>*
  %698 = load <8 x float>, <8 x float>* %697, align 4
  %699 = select i1 %679, <8 x float> %678, <8 x float> %698
  store <8 x float> %699, <8 x float>* %68, align 32
  %700 = add i64 %104, 0
  %701 = add i64 %102, %700
  %702 = mul i64 %chunk, 3
  br label %u.header95

kh.header44:                                      ; preds = %kw.exit50, %u.body41
  %kh47 = phi i64 [ 0, %u.body41 ], [ %kh.next93, %kw.exit50 ]
  %703 = icmp slt i64 %kh47, 3
  br i1 %703, label %kh.body45, label %kh.exit46

kh.body45:                                        ; preds = %kh.header44
  %704 = mul i64 %kh47, 56
  %705 = add i64 %620, %704
  br label %kw.header48

kh.exit46:                                        ; preds = %kh.header44
  %u.next94 = add i64 %u43, 1
  br label %u.header40

kw.header48:                                      ; preds = %kw.body49, %kh.body45
  %kw51 = phi i64 [ 0, %kh.body45 ], [ %kw.next92, %kw.body49 ]
  %706 = icmp slt i64 %kw51, 3
  br i1 %706, label %kw.body49, label %kw.exit50

kw.body49:                                        ; preds = %kw.header48
  %707 = mul i64 %kw51, 8
  %708 = add i64 %705, %707
  %709 = mul i64 %kh47, 3
  %710 = add i64 %709, %kw51
  %711 = mul i64 %710, 64
  %712 = add i64 %622, %711
  %713 = add i64 %712, 0
  %714 = getelementptr inbounds float, float* %4, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %708, 56
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat52 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %77, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %716, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %77, align 32
  %723 = add i64 %708, 64
  %724 = getelementptr inbounds float, float* %2, i64 %723
  %725 = load float, float* %724, align 4
  %726 = insertelement <8 x float> undef, float %725, i32 0
  %splat53 = shufflevector <8 x float> %726, <8 x float> undef, <8 x i32> zeroinitializer
  %727 = load <8 x float>, <8 x float>* %76, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %716, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %76, align 32
  %729 = add i64 %708, 72
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat54 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %75, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %716, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %75, align 32
  %735 = add i64 %708, 80
  %736 = getelementptr inbounds float, float* %2, i64 %735
  %737 = load float, float* %736, align 4
  %738 = insertelement <8 x float> undef, float %737, i32 0
  %splat55 = shufflevector <8 x float> %738, <8 x float> undef, <8 x i32> zeroinitializer
  %739 = load <8 x float>, <8 x float>* %74, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %716, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %74, align 32
  %741 = add i64 %708, 88
  %742 = getelementptr inbounds float, float* %2, i64 %741
  %743 = load float, float* %742, align 4
  %744 = insertelement <8 x float> undef, float %743, i32 0
  %splat56 = shufflevector <8 x float> %744, <8 x float> undef, <8 x i32> zeroinitializer
  %745 = load <8 x float>, <8 x float>* %73, align 32
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %716, <8 x float> %745)
  store <8 x float> %746, <8 x float>* %73, align 32
  %747 = add i64 %712, 8
  %748 = getelementptr inbounds float, float* %4, i64 %747
  %749 = bitcast float* %748 to <8 x float>*
  %750 = load <8 x float>, <8 x float>* %749, align 4
  %751 = add i64 %708, 57
  %752 = getelementptr inbounds float, float* %2, i64 %751
  %753 = load float, float* %752, align 4
  %754 = insertelement <8 x float> undef, float %753, i32 0
  %splat57 = shufflevector <8 x float> %754, <8 x float> undef, <8 x i32> zeroinitializer
  %755 = load <8 x float>, <8 x float>* %77, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %750, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %77, align 32
  %757 = add i64 %708, 65
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = load float, float* %758, align 4
  %760 = insertelement <8 x float> undef, float %759, i32 0
  %splat58 = shufflevector <8 x float> %760, <8 x float> undef, <8 x i32> zeroinitializer
  %761 = load <8 x float>, <8 x float>* %76, align 32
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %750, <8 x float> %761)
  store <8 x float> %762, <8 x float>* %76, align 32
  %763 = add i64 %708, 73
  %764 = getelementptr inbounds float, float* %2, i64 %763
  %765 = load float, float* %764, align 4
  %766 = insertelement <8 x float> undef, float %765, i32 0
  %splat59 = shufflevector <8 x float> %766, <8 x float> undef, <8 x i32> zeroinitializer
  %767 = load <8 x float>, <8 x float>* %75, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %750, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %75, align 32
  %769 = add i64 %708, 81
  %770 = getelementptr inbounds float, float* %2, i64 %769
  %771 = load float, float* %770, align 4
  %772 = insertelement <8 x float> undef, float %771, i32 0
  %splat60 = shufflevector <8 x float> %772, <8 x float> undef, <8 x i32> zeroinitializer
  %773 = load <8 x float>, <8 x float>* %74, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %750, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %74, align 32
  %775 = add i64 %708, 89
  %776 = getelementptr inbounds float, float* %2, i64 %775
  %777 = load float, float* %776, align 4
  %778 = insertelement <8 x float> undef, float %777, i32 0
  %splat61 = shufflevector <8 x float> %778, <8 x float> undef, <8 x i32> zeroinitializer
  %779 = load <8 x float>, <8 x float>* %73, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %750, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %73, align 32
  %781 = add i64 %712, 16
  %782 = getelementptr inbounds float, float* %4, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = add i64 %708, 58
  %786 = getelementptr inbounds float, float* %2, i64 %785
  %787 = load float, float* %786, align 4
  %788 = insertelement <8 x float> undef, float %787, i32 0
  %splat62 = shufflevector <8 x float> %788, <8 x float> undef, <8 x i32> zeroinitializer
  %789 = load <8 x float>, <8 x float>* %77, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %784, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %77, align 32
  %791 = add i64 %708, 66
  %792 = getelementptr inbounds float, float* %2, i64 %791
  %793 = load float, float* %792, align 4
  %794 = insertelement <8 x float> undef, float %793, i32 0
  %splat63 = shufflevector <8 x float> %794, <8 x float> undef, <8 x i32> zeroinitializer
  %795 = load <8 x float>, <8 x float>* %76, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %784, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %76, align 32
  %797 = add i64 %708, 74
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = load float, float* %798, align 4
  %800 = insertelement <8 x float> undef, float %799, i32 0
  %splat64 = shufflevector <8 x float> %800, <8 x float> undef, <8 x i32> zeroinitializer
  %801 = load <8 x float>, <8 x float>* %75, align 32
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %784, <8 x float> %801)
  store <8 x float> %802, <8 x float>* %75, align 32
  %803 = add i64 %708, 82
  %804 = getelementptr inbounds float, float* %2, i64 %803
  %805 = load float, float* %804, align 4
  %806 = insertelement <8 x float> undef, float %805, i32 0
  %splat65 = shufflevector <8 x float> %806, <8 x float> undef, <8 x i32> zeroinitializer
  %807 = load <8 x float>, <8 x float>* %74, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %784, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %74, align 32
  %809 = add i64 %708, 90
  %810 = getelementptr inbounds float, float* %2, i64 %809
  %811 = load float, float* %810, align 4
  %812 = insertelement <8 x float> undef, float %811, i32 0
  %splat66 = shufflevector <8 x float> %812, <8 x float> undef, <8 x i32> zeroinitializer
  %813 = load <8 x float>, <8 x float>* %73, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %784, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %73, align 32
  %815 = add i64 %712, 24
  %816 = getelementptr inbounds float, float* %4, i64 %815
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = add i64 %708, 59
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat67 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %77, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %818, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %77, align 32
  %825 = add i64 %708, 67
  %826 = getelementptr inbounds float, float* %2, i64 %825
  %827 = load float, float* %826, align 4
  %828 = insertelement <8 x float> undef, float %827, i32 0
  %splat68 = shufflevector <8 x float> %828, <8 x float> undef, <8 x i32> zeroinitializer
  %829 = load <8 x float>, <8 x float>* %76, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %818, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %76, align 32
  %831 = add i64 %708, 75
  %832 = getelementptr inbounds float, float* %2, i64 %831
  %833 = load float, float* %832, align 4
  %834 = insertelement <8 x float> undef, float %833, i32 0
  %splat69 = shufflevector <8 x float> %834, <8 x float> undef, <8 x i32> zeroinitializer
  %835 = load <8 x float>, <8 x float>* %75, align 32
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %818, <8 x float> %835)
  store <8 x float> %836, <8 x float>* %75, align 32
  %837 = add i64 %708, 83
  %838 = getelementptr inbounds float, float* %2, i64 %837
  %839 = load float, float* %838, align 4
  %840 = insertelement <8 x float> undef, float %839, i32 0
  %splat70 = shufflevector <8 x float> %840, <8 x float> undef, <8 x i32> zeroinitializer
  %841 = load <8 x float>, <8 x float>* %74, align 32
  %842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %818, <8 x float> %841)
  store <8 x float> %842, <8 x float>* %74, align 32
  %843 = add i64 %708, 91
  %844 = getelementptr inbounds float, float* %2, i64 %843
  %845 = load float, float* %844, align 4
  %846 = insertelement <8 x float> undef, float %845, i32 0
  %splat71 = shufflevector <8 x float> %846, <8 x float> undef, <8 x i32> zeroinitializer
  %847 = load <8 x float>, <8 x float>* %73, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %818, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %73, align 32
  %849 = add i64 %712, 32
  %850 = getelementptr inbounds float, float* %4, i64 %849
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = add i64 %708, 60
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat72 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %77, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %852, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %77, align 32
  %859 = add i64 %708, 68
  %860 = getelementptr inbounds float, float* %2, i64 %859
  %861 = load float, float* %860, align 4
  %862 = insertelement <8 x float> undef, float %861, i32 0
  %splat73 = shufflevector <8 x float> %862, <8 x float> undef, <8 x i32> zeroinitializer
  %863 = load <8 x float>, <8 x float>* %76, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %852, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %76, align 32
  %865 = add i64 %708, 76
  %866 = getelementptr inbounds float, float* %2, i64 %865
  %867 = load float, float* %866, align 4
  %868 = insertelement <8 x float> undef, float %867, i32 0
  %splat74 = shufflevector <8 x float> %868, <8 x float> undef, <8 x i32> zeroinitializer
  %869 = load <8 x float>, <8 x float>* %75, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %852, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %75, align 32
  %871 = add i64 %708, 84
  %872 = getelementptr inbounds float, float* %2, i64 %871
  %873 = load float, float* %872, align 4
  %874 = insertelement <8 x float> undef, float %873, i32 0
  %splat75 = shufflevector <8 x float> %874, <8 x float> undef, <8 x i32> zeroinitializer
  %875 = load <8 x float>, <8 x float>* %74, align 32
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %852, <8 x float> %875)
  store <8 x float> %876, <8 x float>* %74, align 32
  %877 = add i64 %708, 92
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = load float, float* %878, align 4
  %880 = insertelement <8 x float> undef, float %879, i32 0
  %splat76 = shufflevector <8 x float> %880, <8 x float> undef, <8 x i32> zeroinitializer
  %881 = load <8 x float>, <8 x float>* %73, align 32
  %882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %852, <8 x float> %881)
  store <8 x float> %882, <8 x float>* %73, align 32
  %883 = add i64 %712, 40
  %884 = getelementptr inbounds float, float* %4, i64 %883
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = add i64 %708, 61
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = load float, float* %888, align 4
  %890 = insertelement <8 x float> undef, float %889, i32 0
  %splat77 = shufflevector <8 x float> %890, <8 x float> undef, <8 x i32> zeroinitializer
  %891 = load <8 x float>, <8 x float>* %77, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %886, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %77, align 32
  %893 = add i64 %708, 69
  %894 = getelementptr inbounds float, float* %2, i64 %893
  %895 = load float, float* %894, align 4
  %896 = insertelement <8 x float> undef, float %895, i32 0
  %splat78 = shufflevector <8 x float> %896, <8 x float> undef, <8 x i32> zeroinitializer
  %897 = load <8 x float>, <8 x float>* %76, align 32
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %886, <8 x float> %897)
  store <8 x float> %898, <8 x float>* %76, align 32
  %899 = add i64 %708, 77
  %900 = getelementptr inbounds float, float* %2, i64 %899
  %901 = load float, float* %900, align 4
  %902 = insertelement <8 x float> undef, float %901, i32 0
  %splat79 = shufflevector <8 x float> %902, <8 x float> undef, <8 x i32> zeroinitializer
  %903 = load <8 x float>, <8 x float>* %75, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %886, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %75, align 32
  %905 = add i64 %708, 85
  %906 = getelementptr inbounds float, float* %2, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat80 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %74, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %886, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %74, align 32
  %911 = add i64 %708, 93
  %912 = getelementptr inbounds float, float* %2, i64 %911
  %913 = load float, float* %912, align 4
  %914 = insertelement <8 x float> undef, float %913, i32 0
  %splat81 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
  %915 = load <8 x float>, <8 x float>* %73, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %886, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %73, align 32
  %917 = add i64 %712, 48
  %918 = getelementptr inbounds float, float* %4, i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = add i64 %708, 62
  %922 = getelementptr inbounds float, float* %2, i64 %921
  %923 = load float, float* %922, align 4
  %924 = insertelement <8 x float> undef, float %923, i32 0
  %splat82 = shufflevector <8 x float> %924, <8 x float> undef, <8 x i32> zeroinitializer
  %925 = load <8 x float>, <8 x float>* %77, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %920, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %77, align 32
  %927 = add i64 %708, 70
  %928 = getelementptr inbounds float, float* %2, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat83 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %76, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %920, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %76, align 32
  %933 = add i64 %708, 78
  %934 = getelementptr inbounds float, float* %2, i64 %933
  %935 = load float, float* %934, align 4
  %936 = insertelement <8 x float> undef, float %935, i32 0
  %splat84 = shufflevector <8 x float> %936, <8 x float> undef, <8 x i32> zeroinitializer
  %937 = load <8 x float>, <8 x float>* %75, align 32
  %938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %920, <8 x float> %937)
  store <8 x float> %938, <8 x float>* %75, align 32
  %939 = add i64 %708, 86
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = load float, float* %940, align 4
  %942 = insertelement <8 x float> undef, float %941, i32 0
  %splat85 = shufflevector <8 x float> %942, <8 x float> undef, <8 x i32> zeroinitializer
  %943 = load <8 x float>, <8 x float>* %74, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %920, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %74, align 32
  %945 = add i64 %708, 94
  %946 = getelementptr inbounds float, float* %2, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat86 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %73, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %920, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %73, align 32
  %951 = add i64 %712, 56
  %952 = getelementptr inbounds float, float* %4, i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %708, 63
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat87 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %77, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %954, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %77, align 32
  %961 = add i64 %708, 71
  %962 = getelementptr inbounds float, float* %2, i64 %961
  %963 = load float, float* %962, align 4
  %964 = insertelement <8 x float> undef, float %963, i32 0
  %splat88 = shufflevector <8 x float> %964, <8 x float> undef, <8 x i32> zeroinitializer
  %965 = load <8 x float>, <8 x float>* %76, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %954, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %76, align 32
  %967 = add i64 %708, 79
  %968 = getelementptr inbounds float, float* %2, i64 %967
  %969 = load float, float* %968, align 4
  %970 = insertelement <8 x float> undef, float %969, i32 0
  %splat89 = shufflevector <8 x float> %970, <8 x float> undef, <8 x i32> zeroinitializer
  %971 = load <8 x float>, <8 x float>* %75, align 32
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %954, <8 x float> %971)
  store <8 x float> %972, <8 x float>* %75, align 32
  %973 = add i64 %708, 87
  %974 = getelementptr inbounds float, float* %2, i64 %973
  %975 = load float, float* %974, align 4
  %976 = insertelement <8 x float> undef, float %975, i32 0
  %splat90 = shufflevector <8 x float> %976, <8 x float> undef, <8 x i32> zeroinitializer
  %977 = load <8 x float>, <8 x float>* %74, align 32
  %978 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %954, <8 x float> %977)
  store <8 x float> %978, <8 x float>* %74, align 32
  %979 = add i64 %708, 95
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = load float, float* %980, align 4
  %982 = insertelement <8 x float> undef, float %981, i32 0
  %splat91 = shufflevector <8 x float> %982, <8 x float> undef, <8 x i32> zeroinitializer
  %983 = load <8 x float>, <8 x float>* %73, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %954, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %73, align 32
  %kw.next92 = add i64 %kw51, 1
  br label %kw.header48

kw.exit50:                                        ; preds = %kw.header48
  %kh.next93 = add i64 %kh47, 1
  br label %kh.header44

u.header95:                                       ; preds = %kh.exit101, %u.exit42
  %u98 = phi i64 [ 0, %u.exit42 ], [ %u.next149, %kh.exit101 ]
  %985 = icmp slt i64 %u98, 3
  br i1 %985, label %u.body96, label %u.exit97

u.body96:                                         ; preds = %u.header95
  %986 = add i64 %702, %u98
  %987 = mul i64 %986, 392
  %988 = add i64 %701, %987
  %989 = mul i64 %986, 576
  %990 = add i64 %103, %989
  br label %kh.header99

u.exit97:                                         ; preds = %u.header95
  %991 = icmp eq i64 %chunk, 15
  %992 = load <8 x float>, <8 x float>* %72, align 32
  %993 = fcmp olt <8 x float> %992, zeroinitializer
  %994 = select <8 x i1> %993, <8 x float> zeroinitializer, <8 x float> %992
  %995 = select i1 %991, <8 x float> %994, <8 x float> %992
  %996 = getelementptr inbounds float, float* %0, i64 %661
  %997 = bitcast float* %996 to <8 x float>*
  store <8 x float> %995, <8 x float>* %997, align 4
  %998 = load <8 x float>, <8 x float>* %71, align 32
  %999 = fcmp olt <8 x float> %998, zeroinitializer
  %1000 = select <8 x i1> %999, <8 x float> zeroinitializer, <8 x float> %998
  %1001 = select i1 %991, <8 x float> %1000, <8 x float> %998
  %1002 = getelementptr inbounds float, float* %0, i64 %664
  %1003 = bitcast float* %1002 to <8 x float>*
  store <8 x float> %1001, <8 x float>* %1003, align 4
  %1004 = load <8 x float>, <8 x float>* %70, align 32
  %1005 = fcmp olt <8 x float> %1004, zeroinitializer
  %1006 = select <8 x i1> %1005, <8 x float> zeroinitializer, <8 x float> %1004
  %1007 = select i1 %991, <8 x float> %1006, <8 x float> %1004
  %1008 = getelementptr inbounds float, float* %0, i64 %667
  %1009 = bitcast float* %1008 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1009, align 4
  %1010 = load <8 x float>, <8 x float>* %69, align 32
  %1011 = fcmp olt <8 x float> %1010, zeroinitializer
  %1012 = select <8 x i1> %1011, <8 x float> zeroinitializer, <8 x float> %1010
  %1013 = select i1 %991, <8 x float> %1012, <8 x float> %1010
  %1014 = getelementptr inbounds float, float* %0, i64 %670
  %1015 = bitcast float* %1014 to <8 x float>*
  store <8 x float> %1013, <8 x float>* %1015, align 4
  %1016 = load <8 x float>, <8 x float>* %68, align 32
  %1017 = fcmp olt <8 x float> %1016, zeroinitializer
  %1018 = select <8 x i1> %1017, <8 x float> zeroinitializer, <8 x float> %1016
  %1019 = select i1 %991, <8 x float> %1018, <8 x float> %1016
  %1020 = getelementptr inbounds float, float* %0, i64 %673
  %1021 = bitcast float* %1020 to <8 x float>*
  store <8 x float> %1019, <8 x float>* %1021, align 4
  %1022 = add i64 %94, 0
  %1023 = mul i64 %89, 125
  %1024 = add i64 %1023, %92
  %1025 = add i64 %1024, 0
  %1026 = mul i64 %1025, 200
  %1027 = add i64 %1022, 15
  %1028 = mul i64 %1027, 8
  %1029 = add i64 %1026, %1028
  %1030 = add i64 %1022, 16
  %1031 = mul i64 %1030, 8
  %1032 = add i64 %1026, %1031
  %1033 = add i64 %1022, 17
  %1034 = mul i64 %1033, 8
  %1035 = add i64 %1026, %1034
  %1036 = add i64 %1022, 18
  %1037 = mul i64 %1036, 8
  %1038 = add i64 %1026, %1037
  %1039 = add i64 %1022, 19
  %1040 = mul i64 %1039, 8
  %1041 = add i64 %1026, %1040
  %1042 = add i64 %98, 0
  %1043 = mul i64 %1042, 8
  %1044 = getelementptr inbounds float, float* %5, i64 %1043
  %1045 = bitcast float* %1044 to <8 x float>*
  %1046 = load <8 x float>, <8 x float>* %1045, align 4
  %1047 = icmp eq i64 %chunk, 0
  %1048 = getelementptr inbounds float, float* %0, i64 %1029
  %1049 = bitcast float* %1048 to <8 x float>*
  %1050 = load <8 x float>, <8 x float>* %1049, align 4
  %1051 = select i1 %1047, <8 x float> %1046, <8 x float> %1050
  store <8 x float> %1051, <8 x float>* %67, align 32
  %1052 = getelementptr inbounds float, float* %0, i64 %1032
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = select i1 %1047, <8 x float> %1046, <8 x float> %1054
  store <8 x float> %1055, <8 x float>* %66, align 32
  %1056 = getelementptr inbounds float, float* %0, i64 %1035
  %1057 = bitcast float* %1056 to <8 x float>*
  %1058 = load <8 x float>, <8 x float>* %1057, align 4
  %1059 = select i1 %1047, <8 x float> %1046, <8 x float> %1058
  store <8 x float> %1059, <8 x float>* %65, align 32
  %1060 = getelementptr inbounds float, float* %0, i64 %1038
  %1061 = bitcast float* %1060 to <8 x float>*
  %1062 = load <8 x float>, <8 x float>* %1061, align 4
  %1063 = select i1 %1047, <8 x float> %1046, <8 x float> %1062
  store <8 x float> %1063, <8 x float>* %64, align 32
  %1064 = getelementptr inbounds float, float* %0, i64 %1041
  %1065 = bitcast float* %1064 to <8 x float>*
  %1066 = load <8 x float>, <8 x float>* %1065, align 4
  %1067 = select i1 %1047, <8 x float> %1046, <8 x float> %1066
  store <8 x float> %1067, <8 x float>* %63, align 32
  %1068 = add i64 %104, 0
  %1069 = add i64 %102, %1068
  %1070 = mul i64 %chunk, 3
  br label %u.header150

kh.header99:                                      ; preds = %kw.exit105, %u.body96
  %kh102 = phi i64 [ 0, %u.body96 ], [ %kh.next148, %kw.exit105 ]
  %1071 = icmp slt i64 %kh102, 3
  br i1 %1071, label %kh.body100, label %kh.exit101

kh.body100:                                       ; preds = %kh.header99
  %1072 = mul i64 %kh102, 56
  %1073 = add i64 %988, %1072
  br label %kw.header103

kh.exit101:                                       ; preds = %kh.header99
  %u.next149 = add i64 %u98, 1
  br label %u.header95

kw.header103:                                     ; preds = %kw.body104, %kh.body100
  %kw106 = phi i64 [ 0, %kh.body100 ], [ %kw.next147, %kw.body104 ]
  %1074 = icmp slt i64 %kw106, 3
  br i1 %1074, label %kw.body104, label %kw.exit105

kw.body104:                                       ; preds = %kw.header103
  %1075 = mul i64 %kw106, 8
  %1076 = add i64 %1073, %1075
  %1077 = mul i64 %kh102, 3
  %1078 = add i64 %1077, %kw106
  %1079 = mul i64 %1078, 64
  %1080 = add i64 %990, %1079
  %1081 = add i64 %1080, 0
  %1082 = getelementptr inbounds float, float* %4, i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %1076, 112
  %1086 = getelementptr inbounds float, float* %2, i64 %1085
  %1087 = load float, float* %1086, align 4
  %1088 = insertelement <8 x float> undef, float %1087, i32 0
  %splat107 = shufflevector <8 x float> %1088, <8 x float> undef, <8 x i32> zeroinitializer
  %1089 = load <8 x float>, <8 x float>* %72, align 32
  %1090 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1084, <8 x float> %1089)
  store <8 x float> %1090, <8 x float>* %72, align 32
  %1091 = add i64 %1076, 120
  %1092 = getelementptr inbounds float, float* %2, i64 %1091
  %1093 = load float, float* %1092, align 4
  %1094 = insertelement <8 x float> undef, float %1093, i32 0
  %splat108 = shufflevector <8 x float> %1094, <8 x float> undef, <8 x i32> zeroinitializer
  %1095 = load <8 x float>, <8 x float>* %71, align 32
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1084, <8 x float> %1095)
  store <8 x float> %1096, <8 x float>* %71, align 32
  %1097 = add i64 %1076, 128
  %1098 = getelementptr inbounds float, float* %2, i64 %1097
  %1099 = load float, float* %1098, align 4
  %1100 = insertelement <8 x float> undef, float %1099, i32 0
  %splat109 = shufflevector <8 x float> %1100, <8 x float> undef, <8 x i32> zeroinitializer
  %1101 = load <8 x float>, <8 x float>* %70, align 32
  %1102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1084, <8 x float> %1101)
  store <8 x float> %1102, <8 x float>* %70, align 32
  %1103 = add i64 %1076, 136
  %1104 = getelementptr inbounds float, float* %2, i64 %1103
  %1105 = load float, float* %1104, align 4
  %1106 = insertelement <8 x float> undef, float %1105, i32 0
  %splat110 = shufflevector <8 x float> %1106, <8 x float> undef, <8 x i32> zeroinitializer
  %1107 = load <8 x float>, <8 x float>* %69, align 32
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1084, <8 x float> %1107)
  store <8 x float> %1108, <8 x float>* %69, align 32
  %1109 = add i64 %1076, 144
  %1110 = getelementptr inbounds float, float* %2, i64 %1109
  %1111 = load float, float* %1110, align 4
  %1112 = insertelement <8 x float> undef, float %1111, i32 0
  %splat111 = shufflevector <8 x float> %1112, <8 x float> undef, <8 x i32> zeroinitializer
  %1113 = load <8 x float>, <8 x float>* %68, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1084, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %68, align 32
  %1115 = add i64 %1080, 8
  %1116 = getelementptr inbounds float, float* %4, i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1076, 113
  %1120 = getelementptr inbounds float, float* %2, i64 %1119
  %1121 = load float, float* %1120, align 4
  %1122 = insertelement <8 x float> undef, float %1121, i32 0
  %splat112 = shufflevector <8 x float> %1122, <8 x float> undef, <8 x i32> zeroinitializer
  %1123 = load <8 x float>, <8 x float>* %72, align 32
  %1124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %1118, <8 x float> %1123)
  store <8 x float> %1124, <8 x float>* %72, align 32
  %1125 = add i64 %1076, 121
  %1126 = getelementptr inbounds float, float* %2, i64 %1125
  %1127 = load float, float* %1126, align 4
  %1128 = insertelement <8 x float> undef, float %1127, i32 0
  %splat113 = shufflevector <8 x float> %1128, <8 x float> undef, <8 x i32> zeroinitializer
  %1129 = load <8 x float>, <8 x float>* %71, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1118, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %71, align 32
  %1131 = add i64 %1076, 129
  %1132 = getelementptr inbounds float, float* %2, i64 %1131
  %1133 = load float, float* %1132, align 4
  %1134 = insertelement <8 x float> undef, float %1133, i32 0
  %splat114 = shufflevector <8 x float> %1134, <8 x float> undef, <8 x i32> zeroinitializer
  %1135 = load <8 x float>, <8 x float>* %70, align 32
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1118, <8 x float> %1135)
  store <8 x float> %1136, <8 x float>* %70, align 32
  %1137 = add i64 %1076, 137
  %1138 = getelementptr inbounds float, float* %2, i64 %1137
  %1139 = load float, float* %1138, align 4
  %1140 = insertelement <8 x float> undef, float %1139, i32 0
  %splat115 = shufflevector <8 x float> %1140, <8 x float> undef, <8 x i32> zeroinitializer
  %1141 = load <8 x float>, <8 x float>* %69, align 32
  %1142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1118, <8 x float> %1141)
  store <8 x float> %1142, <8 x float>* %69, align 32
  %1143 = add i64 %1076, 145
  %1144 = getelementptr inbounds float, float* %2, i64 %1143
  %1145 = load float, float* %1144, align 4
  %1146 = insertelement <8 x float> undef, float %1145, i32 0
  %splat116 = shufflevector <8 x float> %1146, <8 x float> undef, <8 x i32> zeroinitializer
  %1147 = load <8 x float>, <8 x float>* %68, align 32
  %1148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1118, <8 x float> %1147)
  store <8 x float> %1148, <8 x float>* %68, align 32
  %1149 = add i64 %1080, 16
  %1150 = getelementptr inbounds float, float* %4, i64 %1149
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = add i64 %1076, 114
  %1154 = getelementptr inbounds float, float* %2, i64 %1153
  %1155 = load float, float* %1154, align 4
  %1156 = insertelement <8 x float> undef, float %1155, i32 0
  %splat117 = shufflevector <8 x float> %1156, <8 x float> undef, <8 x i32> zeroinitializer
  %1157 = load <8 x float>, <8 x float>* %72, align 32
  %1158 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1152, <8 x float> %1157)
  store <8 x float> %1158, <8 x float>* %72, align 32
  %1159 = add i64 %1076, 122
  %1160 = getelementptr inbounds float, float* %2, i64 %1159
  %1161 = load float, float* %1160, align 4
  %1162 = insertelement <8 x float> undef, float %1161, i32 0
  %splat118 = shufflevector <8 x float> %1162, <8 x float> undef, <8 x i32> zeroinitializer
  %1163 = load <8 x float>, <8 x float>* %71, align 32
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1152, <8 x float> %1163)
  store <8 x float> %1164, <8 x float>* %71, align 32
  %1165 = add i64 %1076, 130
  %1166 = getelementptr inbounds float, float* %2, i64 %1165
  %1167 = load float, float* %1166, align 4
  %1168 = insertelement <8 x float> undef, float %1167, i32 0
  %splat119 = shufflevector <8 x float> %1168, <8 x float> undef, <8 x i32> zeroinitializer
  %1169 = load <8 x float>, <8 x float>* %70, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1152, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %70, align 32
  %1171 = add i64 %1076, 138
  %1172 = getelementptr inbounds float, float* %2, i64 %1171
  %1173 = load float, float* %1172, align 4
  %1174 = insertelement <8 x float> undef, float %1173, i32 0
  %splat120 = shufflevector <8 x float> %1174, <8 x float> undef, <8 x i32> zeroinitializer
  %1175 = load <8 x float>, <8 x float>* %69, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat120, <8 x float> %1152, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %69, align 32
  %1177 = add i64 %1076, 146
  %1178 = getelementptr inbounds float, float* %2, i64 %1177
  %1179 = load float, float* %1178, align 4
  %1180 = insertelement <8 x float> undef, float %1179, i32 0
  %splat121 = shufflevector <8 x float> %1180, <8 x float> undef, <8 x i32> zeroinitializer
  %1181 = load <8 x float>, <8 x float>* %68, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat121, <8 x float> %1152, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %68, align 32
  %1183 = add i64 %1080, 24
  %1184 = getelementptr inbounds float, float* %4, i64 %1183
  %1185 = bitcast float* %1184 to <8 x float>*
  %1186 = load <8 x float>, <8 x float>* %1185, align 4
  %1187 = add i64 %1076, 115
  %1188 = getelementptr inbounds float, float* %2, i64 %1187
  %1189 = load float, float* %1188, align 4
  %1190 = insertelement <8 x float> undef, float %1189, i32 0
  %splat122 = shufflevector <8 x float> %1190, <8 x float> undef, <8 x i32> zeroinitializer
  %1191 = load <8 x float>, <8 x float>* %72, align 32
  %1192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat122, <8 x float> %1186, <8 x float> %1191)
  store <8 x float> %1192, <8 x float>* %72, align 32
  %1193 = add i64 %1076, 123
  %1194 = getelementptr inbounds float, float* %2, i64 %1193
  %1195 = load float, float* %1194, align 4
  %1196 = insertelement <8 x float> undef, float %1195, i32 0
  %splat123 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
  %1197 = load <8 x float>, <8 x float>* %71, align 32
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1186, <8 x float> %1197)
  store <8 x float> %1198, <8 x float>* %71, align 32
  %1199 = add i64 %1076, 131
  %1200 = getelementptr inbounds float, float* %2, i64 %1199
  %1201 = load float, float* %1200, align 4
  %1202 = insertelement <8 x float> undef, float %1201, i32 0
  %splat124 = shufflevector <8 x float> %1202, <8 x float> undef, <8 x i32> zeroinitializer
  %1203 = load <8 x float>, <8 x float>* %70, align 32
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1186, <8 x float> %1203)
  store <8 x float> %1204, <8 x float>* %70, align 32
  %1205 = add i64 %1076, 139
  %1206 = getelementptr inbounds float, float* %2, i64 %1205
  %1207 = load float, float* %1206, align 4
  %1208 = insertelement <8 x float> undef, float %1207, i32 0
  %splat125 = shufflevector <8 x float> %1208, <8 x float> undef, <8 x i32> zeroinitializer
  %1209 = load <8 x float>, <8 x float>* %69, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1186, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %69, align 32
  %1211 = add i64 %1076, 147
  %1212 = getelementptr inbounds float, float* %2, i64 %1211
  %1213 = load float, float* %1212, align 4
  %1214 = insertelement <8 x float> undef, float %1213, i32 0
  %splat126 = shufflevector <8 x float> %1214, <8 x float> undef, <8 x i32> zeroinitializer
  %1215 = load <8 x float>, <8 x float>* %68, align 32
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1186, <8 x float> %1215)
  store <8 x float> %1216, <8 x float>* %68, align 32
  %1217 = add i64 %1080, 32
  %1218 = getelementptr inbounds float, float* %4, i64 %1217
  %1219 = bitcast float* %1218 to <8 x float>*
  %1220 = load <8 x float>, <8 x float>* %1219, align 4
  %1221 = add i64 %1076, 116
  %1222 = getelementptr inbounds float, float* %2, i64 %1221
  %1223 = load float, float* %1222, align 4
  %1224 = insertelement <8 x float> undef, float %1223, i32 0
  %splat127 = shufflevector <8 x float> %1224, <8 x float> undef, <8 x i32> zeroinitializer
  %1225 = load <8 x float>, <8 x float>* %72, align 32
  %1226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1220, <8 x float> %1225)
  store <8 x float> %1226, <8 x float>* %72, align 32
  %1227 = add i64 %1076, 124
  %1228 = getelementptr inbounds float, float* %2, i64 %1227
  %1229 = load float, float* %1228, align 4
  %1230 = insertelement <8 x float> undef, float %1229, i32 0
  %splat128 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
  %1231 = load <8 x float>, <8 x float>* %71, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1220, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %71, align 32
  %1233 = add i64 %1076, 132
  %1234 = getelementptr inbounds float, float* %2, i64 %1233
  %1235 = load float, float* %1234, align 4
  %1236 = insertelement <8 x float> undef, float %1235, i32 0
  %splat129 = shufflevector <8 x float> %1236, <8 x float> undef, <8 x i32> zeroinitializer
  %1237 = load <8 x float>, <8 x float>* %70, align 32
  %1238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1220, <8 x float> %1237)
  store <8 x float> %1238, <8 x float>* %70, align 32
  %1239 = add i64 %1076, 140
  %1240 = getelementptr inbounds float, float* %2, i64 %1239
  %1241 = load float, float* %1240, align 4
  %1242 = insertelement <8 x float> undef, float %1241, i32 0
  %splat130 = shufflevector <8 x float> %1242, <8 x float> undef, <8 x i32> zeroinitializer
  %1243 = load <8 x float>, <8 x float>* %69, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1220, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %69, align 32
  %1245 = add i64 %1076, 148
  %1246 = getelementptr inbounds float, float* %2, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat131 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %68, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1220, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %68, align 32
  %1251 = add i64 %1080, 40
  %1252 = getelementptr inbounds float, float* %4, i64 %1251
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = add i64 %1076, 117
  %1256 = getelementptr inbounds float, float* %2, i64 %1255
  %1257 = load float, float* %1256, align 4
  %1258 = insertelement <8 x float> undef, float %1257, i32 0
  %splat132 = shufflevector <8 x float> %1258, <8 x float> undef, <8 x i32> zeroinitializer
  %1259 = load <8 x float>, <8 x float>* %72, align 32
  %1260 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1254, <8 x float> %1259)
  store <8 x float> %1260, <8 x float>* %72, align 32
  %1261 = add i64 %1076, 125
  %1262 = getelementptr inbounds float, float* %2, i64 %1261
  %1263 = load float, float* %1262, align 4
  %1264 = insertelement <8 x float> undef, float %1263, i32 0
  %splat133 = shufflevector <8 x float> %1264, <8 x float> undef, <8 x i32> zeroinitializer
  %1265 = load <8 x float>, <8 x float>* %71, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1254, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %71, align 32
  %1267 = add i64 %1076, 133
  %1268 = getelementptr inbounds float, float* %2, i64 %1267
  %1269 = load float, float* %1268, align 4
  %1270 = insertelement <8 x float> undef, float %1269, i32 0
  %splat134 = shufflevector <8 x float> %1270, <8 x float> undef, <8 x i32> zeroinitializer
  %1271 = load <8 x float>, <8 x float>* %70, align 32
  %1272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1254, <8 x float> %1271)
  store <8 x float> %1272, <8 x float>* %70, align 32
  %1273 = add i64 %1076, 141
  %1274 = getelementptr inbounds float, float* %2, i64 %1273
  %1275 = load float, float* %1274, align 4
  %1276 = insertelement <8 x float> undef, float %1275, i32 0
  %splat135 = shufflevector <8 x float> %1276, <8 x float> undef, <8 x i32> zeroinitializer
  %1277 = load <8 x float>, <8 x float>* %69, align 32
  %1278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1254, <8 x float> %1277)
  store <8 x float> %1278, <8 x float>* %69, align 32
  %1279 = add i64 %1076, 149
  %1280 = getelementptr inbounds float, float* %2, i64 %1279
  %1281 = load float, float* %1280, align 4
  %1282 = insertelement <8 x float> undef, float %1281, i32 0
  %splat136 = shufflevector <8 x float> %1282, <8 x float> undef, <8 x i32> zeroinitializer
  %1283 = load <8 x float>, <8 x float>* %68, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1254, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %68, align 32
  %1285 = add i64 %1080, 48
  %1286 = getelementptr inbounds float, float* %4, i64 %1285
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = add i64 %1076, 118
  %1290 = getelementptr inbounds float, float* %2, i64 %1289
  %1291 = load float, float* %1290, align 4
  %1292 = insertelement <8 x float> undef, float %1291, i32 0
  %splat137 = shufflevector <8 x float> %1292, <8 x float> undef, <8 x i32> zeroinitializer
  %1293 = load <8 x float>, <8 x float>* %72, align 32
  %1294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1288, <8 x float> %1293)
  store <8 x float> %1294, <8 x float>* %72, align 32
  %1295 = add i64 %1076, 126
  %1296 = getelementptr inbounds float, float* %2, i64 %1295
  %1297 = load float, float* %1296, align 4
  %1298 = insertelement <8 x float> undef, float %1297, i32 0
  %splat138 = shufflevector <8 x float> %1298, <8 x float> undef, <8 x i32> zeroinitializer
  %1299 = load <8 x float>, <8 x float>* %71, align 32
  %1300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1288, <8 x float> %1299)
  store <8 x float> %1300, <8 x float>* %71, align 32
  %1301 = add i64 %1076, 134
  %1302 = getelementptr inbounds float, float* %2, i64 %1301
  %1303 = load float, float* %1302, align 4
  %1304 = insertelement <8 x float> undef, float %1303, i32 0
  %splat139 = shufflevector <8 x float> %1304, <8 x float> undef, <8 x i32> zeroinitializer
  %1305 = load <8 x float>, <8 x float>* %70, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1288, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %70, align 32
  %1307 = add i64 %1076, 142
  %1308 = getelementptr inbounds float, float* %2, i64 %1307
  %1309 = load float, float* %1308, align 4
  %1310 = insertelement <8 x float> undef, float %1309, i32 0
  %splat140 = shufflevector <8 x float> %1310, <8 x float> undef, <8 x i32> zeroinitializer
  %1311 = load <8 x float>, <8 x float>* %69, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1288, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %69, align 32
  %1313 = add i64 %1076, 150
  %1314 = getelementptr inbounds float, float* %2, i64 %1313
  %1315 = load float, float* %1314, align 4
  %1316 = insertelement <8 x float> undef, float %1315, i32 0
  %splat141 = shufflevector <8 x float> %1316, <8 x float> undef, <8 x i32> zeroinitializer
  %1317 = load <8 x float>, <8 x float>* %68, align 32
  %1318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1288, <8 x float> %1317)
  store <8 x float> %1318, <8 x float>* %68, align 32
  %1319 = add i64 %1080, 56
  %1320 = getelementptr inbounds float, float* %4, i64 %1319
  %1321 = bitcast float* %1320 to <8 x float>*
  %1322 = load <8 x float>, <8 x float>* %1321, align 4
  %1323 = add i64 %1076, 119
  %1324 = getelementptr inbounds float, float* %2, i64 %1323
  %1325 = load float, float* %1324, align 4
  %1326 = insertelement <8 x float> undef, float %1325, i32 0
  %splat142 = shufflevector <8 x float> %1326, <8 x float> undef, <8 x i32> zeroinitializer
  %1327 = load <8 x float>, <8 x float>* %72, align 32
  %1328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1322, <8 x float> %1327)
  store <8 x float> %1328, <8 x float>* %72, align 32
  %1329 = add i64 %1076, 127
  %1330 = getelementptr inbounds float, float* %2, i64 %1329
  %1331 = load float, float* %1330, align 4
  %1332 = insertelement <8 x float> undef, float %1331, i32 0
  %splat143 = shufflevector <8 x float> %1332, <8 x float> undef, <8 x i32> zeroinitializer
  %1333 = load <8 x float>, <8 x float>* %71, align 32
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1322, <8 x float> %1333)
  store <8 x float> %1334, <8 x float>* %71, align 32
  %1335 = add i64 %1076, 135
  %1336 = getelementptr inbounds float, float* %2, i64 %1335
  %1337 = load float, float* %1336, align 4
  %1338 = insertelement <8 x float> undef, float %1337, i32 0
  %splat144 = shufflevector <8 x float> %1338, <8 x float> undef, <8 x i32> zeroinitializer
  %1339 = load <8 x float>, <8 x float>* %70, align 32
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1322, <8 x float> %1339)
  store <8 x float> %1340, <8 x float>* %70, align 32
  %1341 = add i64 %1076, 143
  %1342 = getelementptr inbounds float, float* %2, i64 %1341
  %1343 = load float, float* %1342, align 4
  %1344 = insertelement <8 x float> undef, float %1343, i32 0
  %splat145 = shufflevector <8 x float> %1344, <8 x float> undef, <8 x i32> zeroinitializer
  %1345 = load <8 x float>, <8 x float>* %69, align 32
  %1346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1322, <8 x float> %1345)
  store <8 x float> %1346, <8 x float>* %69, align 32
  %1347 = add i64 %1076, 151
  %1348 = getelementptr inbounds float, float* %2, i64 %1347
  %1349 = load float, float* %1348, align 4
  %1350 = insertelement <8 x float> undef, float %1349, i32 0
  %splat146 = shufflevector <8 x float> %1350, <8 x float> undef, <8 x i32> zeroinitializer
  %1351 = load <8 x float>, <8 x float>* %68, align 32
  %1352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1322, <8 x float> %1351)
  store <8 x float> %1352, <8 x float>* %68, align 32
  %kw.next147 = add i64 %kw106, 1
  br label %kw.header103

kw.exit105:                                       ; preds = %kw.header103
  %kh.next148 = add i64 %kh102, 1
  br label %kh.header99

u.header150:                                      ; preds = %kh.exit156, %u.exit97
  %u153 = phi i64 [ 0, %u.exit97 ], [ %u.next204, %kh.exit156 ]
  %1353 = icmp slt i64 %u153, 3
  br i1 %1353, label %u.body151, label %u.exit152

u.body151:                                        ; preds = %u.header150
  %1354 = add i64 %1070, %u153
  %1355 = mul i64 %1354, 392
  %1356 = add i64 %1069, %1355
  %1357 = mul i64 %1354, 576
  %1358 = add i64 %103, %1357
  br label %kh.header154

u.exit152:                                        ; preds = %u.header150
  %1359 = icmp eq i64 %chunk, 15
  %1360 = load <8 x float>, <8 x float>* %67, align 32
  %1361 = fcmp olt <8 x float> %1360, zeroinitializer
  %1362 = select <8 x i1> %1361, <8 x float> zeroinitializer, <8 x float> %1360
  %1363 = select i1 %1359, <8 x float> %1362, <8 x float> %1360
  %1364 = getelementptr inbounds float, float* %0, i64 %1029
  %1365 = bitcast float* %1364 to <8 x float>*
  store <8 x float> %1363, <8 x float>* %1365, align 4
  %1366 = load <8 x float>, <8 x float>* %66, align 32
  %1367 = fcmp olt <8 x float> %1366, zeroinitializer
  %1368 = select <8 x i1> %1367, <8 x float> zeroinitializer, <8 x float> %1366
  %1369 = select i1 %1359, <8 x float> %1368, <8 x float> %1366
  %1370 = getelementptr inbounds float, float* %0, i64 %1032
  %1371 = bitcast float* %1370 to <8 x float>*
  store <8 x float> %1369, <8 x float>* %1371, align 4
  %1372 = load <8 x float>, <8 x float>* %65, align 32
  %1373 = fcmp olt <8 x float> %1372, zeroinitializer
  %1374 = select <8 x i1> %1373, <8 x float> zeroinitializer, <8 x float> %1372
  %1375 = select i1 %1359, <8 x float> %1374, <8 x float> %1372
  %1376 = getelementptr inbounds float, float* %0, i64 %1035
  %1377 = bitcast float* %1376 to <8 x float>*
  store <8 x float> %1375, <8 x float>* %1377, align 4
  %1378 = load <8 x float>, <8 x float>* %64, align 32
  %1379 = fcmp olt <8 x float> %1378, zeroinitializer
  %1380 = select <8 x i1> %1379, <8 x float> zeroinitializer, <8 x float> %1378
  %1381 = select i1 %1359, <8 x float> %1380, <8 x float> %1378
  %1382 = getelementptr inbounds float, float* %0, i64 %1038
  %1383 = bitcast float* %1382 to <8 x float>*
  store <8 x float> %1381, <8 x float>* %1383, align 4
  %1384 = load <8 x float>, <8 x float>* %63, align 32
  %1385 = fcmp olt <8 x float> %1384, zeroinitializer
  %1386 = select <8 x i1> %1385, <8 x float> zeroinitializer, <8 x float> %1384
  %1387 = select i1 %1359, <8 x float> %1386, <8 x float> %1384
  %1388 = getelementptr inbounds float, float* %0, i64 %1041
  %1389 = bitcast float* %1388 to <8 x float>*
  store <8 x float> %1387, <8 x float>* %1389, align 4
  %1390 = add i64 %94, 0
  %1391 = mul i64 %89, 125
  %1392 = add i64 %1391, %92
  %1393 = add i64 %1392, 0
  %1394 = mul i64 %1393, 200
  %1395 = add i64 %1390, 20
  %1396 = mul i64 %1395, 8
  %1397 = add i64 %1394, %1396
  %1398 = add i64 %1390, 21
  %1399 = mul i64 %1398, 8
  %1400 = add i64 %1394, %1399
  %1401 = add i64 %1390, 22
  %1402 = mul i64 %1401, 8
  %1403 = add i64 %1394, %1402
  %1404 = add i64 %1390, 23
  %1405 = mul i64 %1404, 8
  %1406 = add i64 %1394, %1405
  %1407 = add i64 %1390, 24
  %1408 = mul i64 %1407, 8
  %1409 = add i64 %1394, %1408
  %1410 = add i64 %98, 0
  %1411 = mul i64 %1410, 8
  %1412 = getelementptr inbounds float, float* %5, i64 %1411
  %1413 = bitcast float* %1412 to <8 x float>*
  %1414 = load <8 x float>, <8 x float>* %1413, align 4
  %1415 = icmp eq i64 %chunk, 0
  %1416 = getelementptr inbounds float, float* %0, i64 %1397
  %1417 = bitcast float* %1416 to <8 x float>*
  %1418 = load <8 x float>, <8 x float>* %1417, align 4
  %1419 = select i1 %1415, <8 x float> %1414, <8 x float> %1418
  store <8 x float> %1419, <8 x float>* %62, align 32
  %1420 = getelementptr inbounds float, float* %0, i64 %1400
  %1421 = bitcast float* %1420 to <8 x float>*
  %1422 = load <8 x float>, <8 x float>* %1421, align 4
  %1423 = select i1 %1415, <8 x float> %1414, <8 x float> %1422
  store <8 x float> %1423, <8 x float>* %61, align 32
  %1424 = getelementptr inbounds float, float* %0, i64 %1403
  %1425 = bitcast float* %1424 to <8 x float>*
  %1426 = load <8 x float>, <8 x float>* %1425, align 4
  %1427 = select i1 %1415, <8 x float> %1414, <8 x float> %1426
  store <8 x float> %1427, <8 x float>* %60, align 32
  %1428 = getelementptr inbounds float, float* %0, i64 %1406
  %1429 = bitcast float* %1428 to <8 x float>*
  %1430 = load <8 x float>, <8 x float>* %1429, align 4
  %1431 = select i1 %1415, <8 x float> %1414, <8 x float> %1430
  store <8 x float> %1431, <8 x float>* %59, align 32
  %1432 = getelementptr inbounds float, float* %0, i64 %1409
  %1433 = bitcast float* %1432 to <8 x float>*
  %1434 = load <8 x float>, <8 x float>* %1433, align 4
  %1435 = select i1 %1415, <8 x float> %1414, <8 x float> %1434
  store <8 x float> %1435, <8 x float>* %58, align 32
  %1436 = add i64 %104, 0
  %1437 = add i64 %102, %1436
  %1438 = mul i64 %chunk, 3
  br label %u.header205

kh.header154:                                     ; preds = %kw.exit160, %u.body151
  %kh157 = phi i64 [ 0, %u.body151 ], [ %kh.next203, %kw.exit160 ]
  %1439 = icmp slt i64 %kh157, 3
  br i1 %1439, label %kh.body155, label %kh.exit156

kh.body155:                                       ; preds = %kh.header154
  %1440 = mul i64 %kh157, 56
  %1441 = add i64 %1356, %1440
  br label %kw.header158

kh.exit156:                                       ; preds = %kh.header154
  %u.next204 = add i64 %u153, 1
  br label %u.header150

kw.header158:                                     ; preds = %kw.body159, %kh.body155
  %kw161 = phi i64 [ 0, %kh.body155 ], [ %kw.next202, %kw.body159 ]
  %1442 = icmp slt i64 %kw161, 3
  br i1 %1442, label %kw.body159, label %kw.exit160

kw.body159:                                       ; preds = %kw.header158
  %1443 = mul i64 %kw161, 8
  %1444 = add i64 %1441, %1443
  %1445 = mul i64 %kh157, 3
  %1446 = add i64 %1445, %kw161
  %1447 = mul i64 %1446, 64
  %1448 = add i64 %1358, %1447
  %1449 = add i64 %1448, 0
  %1450 = getelementptr inbounds float, float* %4, i64 %1449
  %1451 = bitcast float* %1450 to <8 x float>*
  %1452 = load <8 x float>, <8 x float>* %1451, align 4
  %1453 = add i64 %1444, 168
  %1454 = getelementptr inbounds float, float* %2, i64 %1453
  %1455 = load float, float* %1454, align 4
  %1456 = insertelement <8 x float> undef, float %1455, i32 0
  %splat162 = shufflevector <8 x float> %1456, <8 x float> undef, <8 x i32> zeroinitializer
  %1457 = load <8 x float>, <8 x float>* %67, align 32
  %1458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1452, <8 x float> %1457)
  store <8 x float> %1458, <8 x float>* %67, align 32
  %1459 = add i64 %1444, 176
  %1460 = getelementptr inbounds float, float* %2, i64 %1459
  %1461 = load float, float* %1460, align 4
  %1462 = insertelement <8 x float> undef, float %1461, i32 0
  %splat163 = shufflevector <8 x float> %1462, <8 x float> undef, <8 x i32> zeroinitializer
  %1463 = load <8 x float>, <8 x float>* %66, align 32
  %1464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1452, <8 x float> %1463)
  store <8 x float> %1464, <8 x float>* %66, align 32
  %1465 = add i64 %1444, 184
  %1466 = getelementptr inbounds float, float* %2, i64 %1465
  %1467 = load float, float* %1466, align 4
  %1468 = insertelement <8 x float> undef, float %1467, i32 0
  %splat164 = shufflevector <8 x float> %1468, <8 x float> undef, <8 x i32> zeroinitializer
  %1469 = load <8 x float>, <8 x float>* %65, align 32
  %1470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1452, <8 x float> %1469)
  store <8 x float> %1470, <8 x float>* %65, align 32
  %1471 = add i64 %1444, 192
  %1472 = getelementptr inbounds float, float* %2, i64 %1471
  %1473 = load float, float* %1472, align 4
  %1474 = insertelement <8 x float> undef, float %1473, i32 0
  %splat165 = shufflevector <8 x float> %1474, <8 x float> undef, <8 x i32> zeroinitializer
  %1475 = load <8 x float>, <8 x float>* %64, align 32
  %1476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1452, <8 x float> %1475)
  store <8 x float> %1476, <8 x float>* %64, align 32
  %1477 = add i64 %1444, 200
  %1478 = getelementptr inbounds float, float* %2, i64 %1477
  %1479 = load float, float* %1478, align 4
  %1480 = insertelement <8 x float> undef, float %1479, i32 0
  %splat166 = shufflevector <8 x float> %1480, <8 x float> undef, <8 x i32> zeroinitializer
  %1481 = load <8 x float>, <8 x float>* %63, align 32
  %1482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1452, <8 x float> %1481)
  store <8 x float> %1482, <8 x float>* %63, align 32
  %1483 = add i64 %1448, 8
  %1484 = getelementptr inbounds float, float* %4, i64 %1483
  %1485 = bitcast float* %1484 to <8 x float>*
  %1486 = load <8 x float>, <8 x float>* %1485, align 4
  %1487 = add i64 %1444, 169
  %1488 = getelementptr inbounds float, float* %2, i64 %1487
  %1489 = load float, float* %1488, align 4
  %1490 = insertelement <8 x float> undef, float %1489, i32 0
  %splat167 = shufflevector <8 x float> %1490, <8 x float> undef, <8 x i32> zeroinitializer
  %1491 = load <8 x float>, <8 x float>* %67, align 32
  %1492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1486, <8 x float> %1491)
  store <8 x float> %1492, <8 x float>* %67, align 32
  %1493 = add i64 %1444, 177
  %1494 = getelementptr inbounds float, float* %2, i64 %1493
  %1495 = load float, float* %1494, align 4
  %1496 = insertelement <8 x float> undef, float %1495, i32 0
  %splat168 = shufflevector <8 x float> %1496, <8 x float> undef, <8 x i32> zeroinitializer
  %1497 = load <8 x float>, <8 x float>* %66, align 32
  %1498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1486, <8 x float> %1497)
  store <8 x float> %1498, <8 x float>* %66, align 32
  %1499 = add i64 %1444, 185
  %1500 = getelementptr inbounds float, float* %2, i64 %1499
  %1501 = load float, float* %1500, align 4
  %1502 = insertelement <8 x float> undef, float %1501, i32 0
  %splat169 = shufflevector <8 x float> %1502, <8 x float> undef, <8 x i32> zeroinitializer
  %1503 = load <8 x float>, <8 x float>* %65, align 32
  %1504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1486, <8 x float> %1503)
  store <8 x float> %1504, <8 x float>* %65, align 32
  %1505 = add i64 %1444, 193
  %1506 = getelementptr inbounds float, float* %2, i64 %1505
  %1507 = load float, float* %1506, align 4
  %1508 = insertelement <8 x float> undef, float %1507, i32 0
  %splat170 = shufflevector <8 x float> %1508, <8 x float> undef, <8 x i32> zeroinitializer
  %1509 = load <8 x float>, <8 x float>* %64, align 32
  %1510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1486, <8 x float> %1509)
  store <8 x float> %1510, <8 x float>* %64, align 32
  %1511 = add i64 %1444, 201
  %1512 = getelementptr inbounds float, float* %2, i64 %1511
  %1513 = load float, float* %1512, align 4
  %1514 = insertelement <8 x float> undef, float %1513, i32 0
  %splat171 = shufflevector <8 x float> %1514, <8 x float> undef, <8 x i32> zeroinitializer
  %1515 = load <8 x float>, <8 x float>* %63, align 32
  %1516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat171, <8 x float> %1486, <8 x float> %1515)
  store <8 x float> %1516, <8 x float>* %63, align 32
  %1517 = add i64 %1448, 16
  %1518 = getelementptr inbounds float, float* %4, i64 %1517
  %1519 = bitcast float* %1518 to <8 x float>*
  %1520 = load <8 x float>, <8 x float>* %1519, align 4
  %1521 = add i64 %1444, 170
  %1522 = getelementptr inbounds float, float* %2, i64 %1521
  %1523 = load float, float* %1522, align 4
  %1524 = insertelement <8 x float> undef, float %1523, i32 0
  %splat172 = shufflevector <8 x float> %1524, <8 x float> undef, <8 x i32> zeroinitializer
  %1525 = load <8 x float>, <8 x float>* %67, align 32
  %1526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat172, <8 x float> %1520, <8 x float> %1525)
  store <8 x float> %1526, <8 x float>* %67, align 32
  %1527 = add i64 %1444, 178
  %1528 = getelementptr inbounds float, float* %2, i64 %1527
  %1529 = load float, float* %1528, align 4
  %1530 = insertelement <8 x float> undef, float %1529, i32 0
  %splat173 = shufflevector <8 x float> %1530, <8 x float> undef, <8 x i32> zeroinitializer
  %1531 = load <8 x float>, <8 x float>* %66, align 32
  %1532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat173, <8 x float> %1520, <8 x float> %1531)
  store <8 x float> %1532, <8 x float>* %66, align 32
  %1533 = add i64 %1444, 186
  %1534 = getelementptr inbounds float, float* %2, i64 %1533
  %1535 = load float, float* %1534, align 4
  %1536 = insertelement <8 x float> undef, float %1535, i32 0
  %splat174 = shufflevector <8 x float> %1536, <8 x float> undef, <8 x i32> zeroinitializer
  %1537 = load <8 x float>, <8 x float>* %65, align 32
  %1538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat174, <8 x float> %1520, <8 x float> %1537)
  store <8 x float> %1538, <8 x float>* %65, align 32
  %1539 = add i64 %1444, 194
  %1540 = getelementptr inbounds float, float* %2, i64 %1539
  %1541 = load float, float* %1540, align 4
  %1542 = insertelement <8 x float> undef, float %1541, i32 0
  %splat175 = shufflevector <8 x float> %1542, <8 x float> undef, <8 x i32> zeroinitializer
  %1543 = load <8 x float>, <8 x float>* %64, align 32
  %1544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat175, <8 x float> %1520, <8 x float> %1543)
  store <8 x float> %1544, <8 x float>* %64, align 32
  %1545 = add i64 %1444, 202
  %1546 = getelementptr inbounds float, float* %2, i64 %1545
  %1547 = load float, float* %1546, align 4
  %1548 = insertelement <8 x float> undef, float %1547, i32 0
  %splat176 = shufflevector <8 x float> %1548, <8 x float> undef, <8 x i32> zeroinitializer
  %1549 = load <8 x float>, <8 x float>* %63, align 32
  %1550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat176, <8 x float> %1520, <8 x float> %1549)
  store <8 x float> %1550, <8 x float>* %63, align 32
  %1551 = add i64 %1448, 24
  %1552 = getelementptr inbounds float, float* %4, i64 %1551
  %1553 = bitcast float* %1552 to <8 x float>*
  %1554 = load <8 x float>, <8 x float>* %1553, align 4
  %1555 = add i64 %1444, 171
  %1556 = getelementptr inbounds float, float* %2, i64 %1555
  %1557 = load float, float* %1556, align 4
  %1558 = insertelement <8 x float> undef, float %1557, i32 0
  %splat177 = shufflevector <8 x float> %1558, <8 x float> undef, <8 x i32> zeroinitializer
  %1559 = load <8 x float>, <8 x float>* %67, align 32
  %1560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat177, <8 x float> %1554, <8 x float> %1559)
  store <8 x float> %1560, <8 x float>* %67, align 32
  %1561 = add i64 %1444, 179
  %1562 = getelementptr inbounds float, float* %2, i64 %1561
  %1563 = load float, float* %1562, align 4
  %1564 = insertelement <8 x float> undef, float %1563, i32 0
  %splat178 = shufflevector <8 x float> %1564, <8 x float> undef, <8 x i32> zeroinitializer
  %1565 = load <8 x float>, <8 x float>* %66, align 32
  %1566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat178, <8 x float> %1554, <8 x float> %1565)
  store <8 x float> %1566, <8 x float>* %66, align 32
  %1567 = add i64 %1444, 187
  %1568 = getelementptr inbounds float, float* %2, i64 %1567
  %1569 = load float, float* %1568, align 4
  %1570 = insertelement <8 x float> undef, float %1569, i32 0
  %splat179 = shufflevector <8 x float> %1570, <8 x float> undef, <8 x i32> zeroinitializer
  %1571 = load <8 x float>, <8 x float>* %65, align 32
  %1572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat179, <8 x float> %1554, <8 x float> %1571)
  store <8 x float> %1572, <8 x float>* %65, align 32
  %1573 = add i64 %1444, 195
  %1574 = getelementptr inbounds float, float* %2, i64 %1573
  %1575 = load float, float* %1574, align 4
  %1576 = insertelement <8 x float> undef, float %1575, i32 0
  %splat180 = shufflevector <8 x float> %1576, <8 x float> undef, <8 x i32> zeroinitializer
  %1577 = load <8 x float>, <8 x float>* %64, align 32
  %1578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat180, <8 x float> %1554, <8 x float> %1577)
  store <8 x float> %1578, <8 x float>* %64, align 32
  %1579 = add i64 %1444, 203
  %1580 = getelementptr inbounds float, float* %2, i64 %1579
  %1581 = load float, float* %1580, align 4
  %1582 = insertelement <8 x float> undef, float %1581, i32 0
  %splat181 = shufflevector <8 x float> %1582, <8 x float> undef, <8 x i32> zeroinitializer
  %1583 = load <8 x float>, <8 x float>* %63, align 32
  %1584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat181, <8 x float> %1554, <8 x float> %1583)
  store <8 x float> %1584, <8 x float>* %63, align 32
  %1585 = add i64 %1448, 32
  %1586 = getelementptr inbounds float, float* %4, i64 %1585
  %1587 = bitcast float* %1586 to <8 x float>*
  %1588 = load <8 x float>, <8 x float>* %1587, align 4
  %1589 = add i64 %1444, 172
  %1590 = getelementptr inbounds float, float* %2, i64 %1589
  %1591 = load float, float* %1590, align 4
  %1592 = insertelement <8 x float> undef, float %1591, i32 0
  %splat182 = shufflevector <8 x float> %1592, <8 x float> undef, <8 x i32> zeroinitializer
  %1593 = load <8 x float>, <8 x float>* %67, align 32
  %1594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat182, <8 x float> %1588, <8 x float> %1593)
  store <8 x float> %1594, <8 x float>* %67, align 32
  %1595 = add i64 %1444, 180
  %1596 = getelementptr inbounds float, float* %2, i64 %1595
  %1597 = load float, float* %1596, align 4
  %1598 = insertelement <8 x float> undef, float %1597, i32 0
  %splat183 = shufflevector <8 x float> %1598, <8 x float> undef, <8 x i32> zeroinitializer
  %1599 = load <8 x float>, <8 x float>* %66, align 32
  %1600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat183, <8 x float> %1588, <8 x float> %1599)
  store <8 x float> %1600, <8 x float>* %66, align 32
  %1601 = add i64 %1444, 188
  %1602 = getelementptr inbounds float, float* %2, i64 %1601
  %1603 = load float, float* %1602, align 4
  %1604 = insertelement <8 x float> undef, float %1603, i32 0
  %splat184 = shufflevector <8 x float> %1604, <8 x float> undef, <8 x i32> zeroinitializer
  %1605 = load <8 x float>, <8 x float>* %65, align 32
  %1606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat184, <8 x float> %1588, <8 x float> %1605)
  store <8 x float> %1606, <8 x float>* %65, align 32
  %1607 = add i64 %1444, 196
  %1608 = getelementptr inbounds float, float* %2, i64 %1607
  %1609 = load float, float* %1608, align 4
  %1610 = insertelement <8 x float> undef, float %1609, i32 0
  %splat185 = shufflevector <8 x float> %1610, <8 x float> undef, <8 x i32> zeroinitializer
  %1611 = load <8 x float>, <8 x float>* %64, align 32
  %1612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat185, <8 x float> %1588, <8 x float> %1611)
  store <8 x float> %1612, <8 x float>* %64, align 32
  %1613 = add i64 %1444, 204
  %1614 = getelementptr inbounds float, float* %2, i64 %1613
  %1615 = load float, float* %1614, align 4
  %1616 = insertelement <8 x float> undef, float %1615, i32 0
  %splat186 = shufflevector <8 x float> %1616, <8 x float> undef, <8 x i32> zeroinitializer
  %1617 = load <8 x float>, <8 x float>* %63, align 32
  %1618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1588, <8 x float> %1617)
  store <8 x float> %1618, <8 x float>* %63, align 32
  %1619 = add i64 %1448, 40
  %1620 = getelementptr inbounds float, float* %4, i64 %1619
  %1621 = bitcast float* %1620 to <8 x float>*
  %1622 = load <8 x float>, <8 x float>* %1621, align 4
  %1623 = add i64 %1444, 173
  %1624 = getelementptr inbounds float, float* %2, i64 %1623
  %1625 = load float, float* %1624, align 4
  %1626 = insertelement <8 x float> undef, float %1625, i32 0
  %splat187 = shufflevector <8 x float> %1626, <8 x float> undef, <8 x i32> zeroinitializer
  %1627 = load <8 x float>, <8 x float>* %67, align 32
  %1628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1622, <8 x float> %1627)
  store <8 x float> %1628, <8 x float>* %67, align 32
  %1629 = add i64 %1444, 181
  %1630 = getelementptr inbounds float, float* %2, i64 %1629
  %1631 = load float, float* %1630, align 4
  %1632 = insertelement <8 x float> undef, float %1631, i32 0
  %splat188 = shufflevector <8 x float> %1632, <8 x float> undef, <8 x i32> zeroinitializer
  %1633 = load <8 x float>, <8 x float>* %66, align 32
  %1634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1622, <8 x float> %1633)
  store <8 x float> %1634, <8 x float>* %66, align 32
  %1635 = add i64 %1444, 189
  %1636 = getelementptr inbounds float, float* %2, i64 %1635
  %1637 = load float, float* %1636, align 4
  %1638 = insertelement <8 x float> undef, float %1637, i32 0
  %splat189 = shufflevector <8 x float> %1638, <8 x float> undef, <8 x i32> zeroinitializer
  %1639 = load <8 x float>, <8 x float>* %65, align 32
  %1640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1622, <8 x float> %1639)
  store <8 x float> %1640, <8 x float>* %65, align 32
  %1641 = add i64 %1444, 197
  %1642 = getelementptr inbounds float, float* %2, i64 %1641
  %1643 = load float, float* %1642, align 4
  %1644 = insertelement <8 x float> undef, float %1643, i32 0
  %splat190 = shufflevector <8 x float> %1644, <8 x float> undef, <8 x i32> zeroinitializer
  %1645 = load <8 x float>, <8 x float>* %64, align 32
  %1646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1622, <8 x float> %1645)
  store <8 x float> %1646, <8 x float>* %64, align 32
  %1647 = add i64 %1444, 205
  %1648 = getelementptr inbounds float, float* %2, i64 %1647
  %1649 = load float, float* %1648, align 4
  %1650 = insertelement <8 x float> undef, float %1649, i32 0
  %splat191 = shufflevector <8 x float> %1650, <8 x float> undef, <8 x i32> zeroinitializer
  %1651 = load <8 x float>, <8 x float>* %63, align 32
  %1652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1622, <8 x float> %1651)
  store <8 x float> %1652, <8 x float>* %63, align 32
  %1653 = add i64 %1448, 48
  %1654 = getelementptr inbounds float, float* %4, i64 %1653
  %1655 = bitcast float* %1654 to <8 x float>*
  %1656 = load <8 x float>, <8 x float>* %1655, align 4
  %1657 = add i64 %1444, 174
  %1658 = getelementptr inbounds float, float* %2, i64 %1657
  %1659 = load float, float* %1658, align 4
  %1660 = insertelement <8 x float> undef, float %1659, i32 0
  %splat192 = shufflevector <8 x float> %1660, <8 x float> undef, <8 x i32> zeroinitializer
  %1661 = load <8 x float>, <8 x float>* %67, align 32
  %1662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %1656, <8 x float> %1661)
  store <8 x float> %1662, <8 x float>* %67, align 32
  %1663 = add i64 %1444, 182
  %1664 = getelementptr inbounds float, float* %2, i64 %1663
  %1665 = load float, float* %1664, align 4
  %1666 = insertelement <8 x float> undef, float %1665, i32 0
  %splat193 = shufflevector <8 x float> %1666, <8 x float> undef, <8 x i32> zeroinitializer
  %1667 = load <8 x float>, <8 x float>* %66, align 32
  %1668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %1656, <8 x float> %1667)
  store <8 x float> %1668, <8 x float>* %66, align 32
  %1669 = add i64 %1444, 190
  %1670 = getelementptr inbounds float, float* %2, i64 %1669
  %1671 = load float, float* %1670, align 4
  %1672 = insertelement <8 x float> undef, float %1671, i32 0
  %splat194 = shufflevector <8 x float> %1672, <8 x float> undef, <8 x i32> zeroinitializer
  %1673 = load <8 x float>, <8 x float>* %65, align 32
  %1674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %1656, <8 x float> %1673)
  store <8 x float> %1674, <8 x float>* %65, align 32
  %1675 = add i64 %1444, 198
  %1676 = getelementptr inbounds float, float* %2, i64 %1675
  %1677 = load float, float* %1676, align 4
  %1678 = insertelement <8 x float> undef, float %1677, i32 0
  %splat195 = shufflevector <8 x float> %1678, <8 x float> undef, <8 x i32> zeroinitializer
  %1679 = load <8 x float>, <8 x float>* %64, align 32
  %1680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %1656, <8 x float> %1679)
  store <8 x float> %1680, <8 x float>* %64, align 32
  %1681 = add i64 %1444, 206
  %1682 = getelementptr inbounds float, float* %2, i64 %1681
  %1683 = load float, float* %1682, align 4
  %1684 = insertelement <8 x float> undef, float %1683, i32 0
  %splat196 = shufflevector <8 x float> %1684, <8 x float> undef, <8 x i32> zeroinitializer
  %1685 = load <8 x float>, <8 x float>* %63, align 32
  %1686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %1656, <8 x float> %1685)
  store <8 x float> %1686, <8 x float>* %63, align 32
  %1687 = add i64 %1448, 56
  %1688 = getelementptr inbounds float, float* %4, i64 %1687
  %1689 = bitcast float* %1688 to <8 x float>*
  %1690 = load <8 x float>, <8 x float>* %1689, align 4
  %1691 = add i64 %1444, 175
  %1692 = getelementptr inbounds float, float* %2, i64 %1691
  %1693 = load float, float* %1692, align 4
  %1694 = insertelement <8 x float> undef, float %1693, i32 0
  %splat197 = shufflevector <8 x float> %1694, <8 x float> undef, <8 x i32> zeroinitializer
  %1695 = load <8 x float>, <8 x float>* %67, align 32
  %1696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %1690, <8 x float> %1695)
  store <8 x float> %1696, <8 x float>* %67, align 32
  %1697 = add i64 %1444, 183
  %1698 = getelementptr inbounds float, float* %2, i64 %1697
  %1699 = load float, float* %1698, align 4
  %1700 = insertelement <8 x float> undef, float %1699, i32 0
  %splat198 = shufflevector <8 x float> %1700, <8 x float> undef, <8 x i32> zeroinitializer
  %1701 = load <8 x float>, <8 x float>* %66, align 32
  %1702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %1690, <8 x float> %1701)
  store <8 x float> %1702, <8 x float>* %66, align 32
  %1703 = add i64 %1444, 191
  %1704 = getelementptr inbounds float, float* %2, i64 %1703
  %1705 = load float, float* %1704, align 4
  %1706 = insertelement <8 x float> undef, float %1705, i32 0
  %splat199 = shufflevector <8 x float> %1706, <8 x float> undef, <8 x i32> zeroinitializer
  %1707 = load <8 x float>, <8 x float>* %65, align 32
  %1708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %1690, <8 x float> %1707)
  store <8 x float> %1708, <8 x float>* %65, align 32
  %1709 = add i64 %1444, 199
  %1710 = getelementptr inbounds float, float* %2, i64 %1709
  %1711 = load float, float* %1710, align 4
  %1712 = insertelement <8 x float> undef, float %1711, i32 0
  %splat200 = shufflevector <8 x float> %1712, <8 x float> undef, <8 x i32> zeroinitializer
  %1713 = load <8 x float>, <8 x float>* %64, align 32
  %1714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %1690, <8 x float> %1713)
  store <8 x float> %1714, <8 x float>* %64, align 32
  %1715 = add i64 %1444, 207
  %1716 = getelementptr inbounds float, float* %2, i64 %1715
  %1717 = load float, float* %1716, align 4
  %1718 = insertelement <8 x float> undef, float %1717, i32 0
  %splat201 = shufflevector <8 x float> %1718, <8 x float> undef, <8 x i32> zeroinitializer
  %1719 = load <8 x float>, <8 x float>* %63, align 32
  %1720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %1690, <8 x float> %1719)
  store <8 x float> %1720, <8 x float>* %63, align 32
  %kw.next202 = add i64 %kw161, 1
  br label %kw.header158

kw.exit160:                                       ; preds = %kw.header158
  %kh.next203 = add i64 %kh157, 1
  br label %kh.header154

u.header205:                                      ; preds = %kh.exit211, %u.exit152
  %u208 = phi i64 [ 0, %u.exit152 ], [ %u.next259, %kh.exit211 ]
  %1721 = icmp slt i64 %u208, 3
  br i1 %1721, label %u.body206, label %u.exit207

u.body206:                                        ; preds = %u.header205
  %1722 = add i64 %1438, %u208
  %1723 = mul i64 %1722, 392
  %1724 = add i64 %1437, %1723
  %1725 = mul i64 %1722, 576
  %1726 = add i64 %103, %1725
  br label %kh.header209

u.exit207:                                        ; preds = %u.header205
  %1727 = icmp eq i64 %chunk, 15
  %1728 = load <8 x float>, <8 x float>* %62, align 32
  %1729 = fcmp olt <8 x float> %1728, zeroinitializer
  %1730 = select <8 x i1> %1729, <8 x float> zeroinitializer, <8 x float> %1728
  %1731 = select i1 %1727, <8 x float> %1730, <8 x float> %1728
  %1732 = getelementptr inbounds float, float* %0, i64 %1397
  %1733 = bitcast float* %1732 to <8 x float>*
  store <8 x float> %1731, <8 x float>* %1733, align 4
  %1734 = load <8 x float>, <8 x float>* %61, align 32
  %1735 = fcmp olt <8 x float> %1734, zeroinitializer
  %1736 = select <8 x i1> %1735, <8 x float> zeroinitializer, <8 x float> %1734
  %1737 = select i1 %1727, <8 x float> %1736, <8 x float> %1734
  %1738 = getelementptr inbounds float, float* %0, i64 %1400
  %1739 = bitcast float* %1738 to <8 x float>*
  store <8 x float> %1737, <8 x float>* %1739, align 4
  %1740 = load <8 x float>, <8 x float>* %60, align 32
  %1741 = fcmp olt <8 x float> %1740, zeroinitializer
  %1742 = select <8 x i1> %1741, <8 x float> zeroinitializer, <8 x float> %1740
  %1743 = select i1 %1727, <8 x float> %1742, <8 x float> %1740
  %1744 = getelementptr inbounds float, float* %0, i64 %1403
  %1745 = bitcast float* %1744 to <8 x float>*
  store <8 x float> %1743, <8 x float>* %1745, align 4
  %1746 = load <8 x float>, <8 x float>* %59, align 32
  %1747 = fcmp olt <8 x float> %1746, zeroinitializer
  %1748 = select <8 x i1> %1747, <8 x float> zeroinitializer, <8 x float> %1746
  %1749 = select i1 %1727, <8 x float> %1748, <8 x float> %1746
  %1750 = getelementptr inbounds float, float* %0, i64 %1406
  %1751 = bitcast float* %1750 to <8 x float>*
  store <8 x float> %1749, <8 x float>* %1751, align 4
  %1752 = load <8 x float>, <8 x float>* %58, align 32
  %1753 = fcmp olt <8 x float> %1752, zeroinitializer
  %1754 = select <8 x i1> %1753, <8 x float> zeroinitializer, <8 x float> %1752
  %1755 = select i1 %1727, <8 x float> %1754, <8 x float> %1752
  %1756 = getelementptr inbounds float, float* %0, i64 %1409
  %1757 = bitcast float* %1756 to <8 x float>*
  store <8 x float> %1755, <8 x float>* %1757, align 4
  br label %endif

kh.header209:                                     ; preds = %kw.exit215, %u.body206
  %kh212 = phi i64 [ 0, %u.body206 ], [ %kh.next258, %kw.exit215 ]
  %1758 = icmp slt i64 %kh212, 3
  br i1 %1758, label %kh.body210, label %kh.exit211

kh.body210:                                       ; preds = %kh.header209
  %1759 = mul i64 %kh212, 56
  %1760 = add i64 %1724, %1759
  br label %kw.header213

kh.exit211:                                       ; preds = %kh.header209
  %u.next259 = add i64 %u208, 1
  br label %u.header205

kw.header213:                                     ; preds = %kw.body214, %kh.body210
  %kw216 = phi i64 [ 0, %kh.body210 ], [ %kw.next257, %kw.body214 ]
  %1761 = icmp slt i64 %kw216, 3
  br i1 %1761, label %kw.body214, label %kw.exit215

kw.body214:                                       ; preds = %kw.header213
  %1762 = mul i64 %kw216, 8
  %1763 = add i64 %1760, %1762
  %1764 = mul i64 %kh212, 3
  %1765 = add i64 %1764, %kw216
  %1766 = mul i64 %1765, 64
  %1767 = add i64 %1726, %1766
  %1768 = add i64 %1767, 0
  %1769 = getelementptr inbounds float, float* %4, i64 %1768
  %1770 = bitcast float* %1769 to <8 x float>*
  %1771 = load <8 x float>, <8 x float>* %1770, align 4
  %1772 = add i64 %1763, 224
  %1773 = getelementptr inbounds float, float* %2, i64 %1772
  %1774 = load float, float* %1773, align 4
  %1775 = insertelement <8 x float> undef, float %1774, i32 0
  %splat217 = shufflevector <8 x float> %1775, <8 x float> undef, <8 x i32> zeroinitializer
  %1776 = load <8 x float>, <8 x float>* %62, align 32
  %1777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %1771, <8 x float> %1776)
  store <8 x float> %1777, <8 x float>* %62, align 32
  %1778 = add i64 %1763, 232
  %1779 = getelementptr inbounds float, float* %2, i64 %1778
  %1780 = load float, float* %1779, align 4
  %1781 = insertelement <8 x float> undef, float %1780, i32 0
  %splat218 = shufflevector <8 x float> %1781, <8 x float> undef, <8 x i32> zeroinitializer
  %1782 = load <8 x float>, <8 x float>* %61, align 32
  %1783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %1771, <8 x float> %1782)
  store <8 x float> %1783, <8 x float>* %61, align 32
  %1784 = add i64 %1763, 240
  %1785 = getelementptr inbounds float, float* %2, i64 %1784
  %1786 = load float, float* %1785, align 4
  %1787 = insertelement <8 x float> undef, float %1786, i32 0
  %splat219 = shufflevector <8 x float> %1787, <8 x float> undef, <8 x i32> zeroinitializer
  %1788 = load <8 x float>, <8 x float>* %60, align 32
  %1789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %1771, <8 x float> %1788)
  store <8 x float> %1789, <8 x float>* %60, align 32
  %1790 = add i64 %1763, 248
  %1791 = getelementptr inbounds float, float* %2, i64 %1790
  %1792 = load float, float* %1791, align 4
  %1793 = insertelement <8 x float> undef, float %1792, i32 0
  %splat220 = shufflevector <8 x float> %1793, <8 x float> undef, <8 x i32> zeroinitializer
  %1794 = load <8 x float>, <8 x float>* %59, align 32
  %1795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %1771, <8 x float> %1794)
  store <8 x float> %1795, <8 x float>* %59, align 32
  %1796 = add i64 %1763, 256
  %1797 = getelementptr inbounds float, float* %2, i64 %1796
  %1798 = load float, float* %1797, align 4
  %1799 = insertelement <8 x float> undef, float %1798, i32 0
  %splat221 = shufflevector <8 x float> %1799, <8 x float> undef, <8 x i32> zeroinitializer
  %1800 = load <8 x float>, <8 x float>* %58, align 32
  %1801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %1771, <8 x float> %1800)
  store <8 x float> %1801, <8 x float>* %58, align 32
  %1802 = add i64 %1767, 8
  %1803 = getelementptr inbounds float, float* %4, i64 %1802
  %1804 = bitcast float* %1803 to <8 x float>*
  %1805 = load <8 x float>, <8 x float>* %1804, align 4
  %1806 = add i64 %1763, 225
  %1807 = getelementptr inbounds float, float* %2, i64 %1806
  %1808 = load float, float* %1807, align 4
  %1809 = insertelement <8 x float> undef, float %1808, i32 0
  %splat222 = shufflevector <8 x float> %1809, <8 x float> undef, <8 x i32> zeroinitializer
  %1810 = load <8 x float>, <8 x float>* %62, align 32
  %1811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %1805, <8 x float> %1810)
  store <8 x float> %1811, <8 x float>* %62, align 32
  %1812 = add i64 %1763, 233
  %1813 = getelementptr inbounds float, float* %2, i64 %1812
  %1814 = load float, float* %1813, align 4
  %1815 = insertelement <8 x float> undef, float %1814, i32 0
  %splat223 = shufflevector <8 x float> %1815, <8 x float> undef, <8 x i32> zeroinitializer
  %1816 = load <8 x float>, <8 x float>* %61, align 32
  %1817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %1805, <8 x float> %1816)
  store <8 x float> %1817, <8 x float>* %61, align 32
  %1818 = add i64 %1763, 241
  %1819 = getelementptr inbounds float, float* %2, i64 %1818
  %1820 = load float, float* %1819, align 4
  %1821 = insertelement <8 x float> undef, float %1820, i32 0
  %splat224 = shufflevector <8 x float> %1821, <8 x float> undef, <8 x i32> zeroinitializer
  %1822 = load <8 x float>, <8 x float>* %60, align 32
  %1823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %1805, <8 x float> %1822)
  store <8 x float> %1823, <8 x float>* %60, align 32
  %1824 = add i64 %1763, 249
  %1825 = getelementptr inbounds float, float* %2, i64 %1824
  %1826 = load float, float* %1825, align 4
  %1827 = insertelement <8 x float> undef, float %1826, i32 0
  %splat225 = shufflevector <8 x float> %1827, <8 x float> undef, <8 x i32> zeroinitializer
  %1828 = load <8 x float>, <8 x float>* %59, align 32
  %1829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %1805, <8 x float> %1828)
  store <8 x float> %1829, <8 x float>* %59, align 32
  %1830 = add i64 %1763, 257
  %1831 = getelementptr inbounds float, float* %2, i64 %1830
  %1832 = load float, float* %1831, align 4
  %1833 = insertelement <8 x float> undef, float %1832, i32 0
  %splat226 = shufflevector <8 x float> %1833, <8 x float> undef, <8 x i32> zeroinitializer
  %1834 = load <8 x float>, <8 x float>* %58, align 32
  %1835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %1805, <8 x float> %1834)
  store <8 x float> %1835, <8 x float>* %58, align 32
  %1836 = add i64 %1767, 16
  %1837 = getelementptr inbounds float, float* %4, i64 %1836
  %1838 = bitcast float* %1837 to <8 x float>*
  %1839 = load <8 x float>, <8 x float>* %1838, align 4
  %1840 = add i64 %1763, 226
  %1841 = getelementptr inbounds float, float* %2, i64 %1840
  %1842 = load float, float* %1841, align 4
  %1843 = insertelement <8 x float> undef, float %1842, i32 0
  %splat227 = shufflevector <8 x float> %1843, <8 x float> undef, <8 x i32> zeroinitializer
  %1844 = load <8 x float>, <8 x float>* %62, align 32
  %1845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %1839, <8 x float> %1844)
  store <8 x float> %1845, <8 x float>* %62, align 32
  %1846 = add i64 %1763, 234
  %1847 = getelementptr inbounds float, float* %2, i64 %1846
  %1848 = load float, float* %1847, align 4
  %1849 = insertelement <8 x float> undef, float %1848, i32 0
  %splat228 = shufflevector <8 x float> %1849, <8 x float> undef, <8 x i32> zeroinitializer
  %1850 = load <8 x float>, <8 x float>* %61, align 32
  %1851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %1839, <8 x float> %1850)
  store <8 x float> %1851, <8 x float>* %61, align 32
  %1852 = add i64 %1763, 242
  %1853 = getelementptr inbounds float, float* %2, i64 %1852
  %1854 = load float, float* %1853, align 4
  %1855 = insertelement <8 x float> undef, float %1854, i32 0
  %splat229 = shufflevector <8 x float> %1855, <8 x float> undef, <8 x i32> zeroinitializer
  %1856 = load <8 x float>, <8 x float>* %60, align 32
  %1857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %1839, <8 x float> %1856)
  store <8 x float> %1857, <8 x float>* %60, align 32
  %1858 = add i64 %1763, 250
  %1859 = getelementptr inbounds float, float* %2, i64 %1858
  %1860 = load float, float* %1859, align 4
  %1861 = insertelement <8 x float> undef, float %1860, i32 0
  %splat230 = shufflevector <8 x float> %1861, <8 x float> undef, <8 x i32> zeroinitializer
  %1862 = load <8 x float>, <8 x float>* %59, align 32
  %1863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %1839, <8 x float> %1862)
  store <8 x float> %1863, <8 x float>* %59, align 32
  %1864 = add i64 %1763, 258
  %1865 = getelementptr inbounds float, float* %2, i64 %1864
  %1866 = load float, float* %1865, align 4
  %1867 = insertelement <8 x float> undef, float %1866, i32 0
  %splat231 = shufflevector <8 x float> %1867, <8 x float> undef, <8 x i32> zeroinitializer
  %1868 = load <8 x float>, <8 x float>* %58, align 32
  %1869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %1839, <8 x float> %1868)
  store <8 x float> %1869, <8 x float>* %58, align 32
  %1870 = add i64 %1767, 24
  %1871 = getelementptr inbounds float, float* %4, i64 %1870
  %1872 = bitcast float* %1871 to <8 x float>*
  %1873 = load <8 x float>, <8 x float>* %1872, align 4
  %1874 = add i64 %1763, 227
  %1875 = getelementptr inbounds float, float* %2, i64 %1874
  %1876 = load float, float* %1875, align 4
  %1877 = insertelement <8 x float> undef, float %1876, i32 0
  %splat232 = shufflevector <8 x float> %1877, <8 x float> undef, <8 x i32> zeroinitializer
  %1878 = load <8 x float>, <8 x float>* %62, align 32
  %1879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %1873, <8 x float> %1878)
  store <8 x float> %1879, <8 x float>* %62, align 32
  %1880 = add i64 %1763, 235
  %1881 = getelementptr inbounds float, float* %2, i64 %1880
  %1882 = load float, float* %1881, align 4
  %1883 = insertelement <8 x float> undef, float %1882, i32 0
  %splat233 = shufflevector <8 x float> %1883, <8 x float> undef, <8 x i32> zeroinitializer
  %1884 = load <8 x float>, <8 x float>* %61, align 32
  %1885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %1873, <8 x float> %1884)
  store <8 x float> %1885, <8 x float>* %61, align 32
  %1886 = add i64 %1763, 243
  %1887 = getelementptr inbounds float, float* %2, i64 %1886
  %1888 = load float, float* %1887, align 4
  %1889 = insertelement <8 x float> undef, float %1888, i32 0
  %splat234 = shufflevector <8 x float> %1889, <8 x float> undef, <8 x i32> zeroinitializer
  %1890 = load <8 x float>, <8 x float>* %60, align 32
  %1891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat234, <8 x float> %1873, <8 x float> %1890)
  store <8 x float> %1891, <8 x float>* %60, align 32
  %1892 = add i64 %1763, 251
  %1893 = getelementptr inbounds float, float* %2, i64 %1892
  %1894 = load float, float* %1893, align 4
  %1895 = insertelement <8 x float> undef, float %1894, i32 0
  %splat235 = shufflevector <8 x float> %1895, <8 x float> undef, <8 x i32> zeroinitializer
  %1896 = load <8 x float>, <8 x float>* %59, align 32
  %1897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat235, <8 x float> %1873, <8 x float> %1896)
  store <8 x float> %1897, <8 x float>* %59, align 32
  %1898 = add i64 %1763, 259
  %1899 = getelementptr inbounds float, float* %2, i64 %1898
  %1900 = load float, float* %1899, align 4
  %1901 = insertelement <8 x float> undef, float %1900, i32 0
  %splat236 = shufflevector <8 x float> %1901, <8 x float> undef, <8 x i32> zeroinitializer
  %1902 = load <8 x float>, <8 x float>* %58, align 32
  %1903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat236, <8 x float> %1873, <8 x float> %1902)
  store <8 x float> %1903, <8 x float>* %58, align 32
  %1904 = add i64 %1767, 32
  %1905 = getelementptr inbounds float, float* %4, i64 %1904
  %1906 = bitcast float* %1905 to <8 x float>*
  %1907 = load <8 x float>, <8 x float>* %1906, align 4
  %1908 = add i64 %1763, 228
  %1909 = getelementptr inbounds float, float* %2, i64 %1908
  %1910 = load float, float* %1909, align 4
  %1911 = insertelement <8 x float> undef, float %1910, i32 0
  %splat237 = shufflevector <8 x float> %1911, <8 x float> undef, <8 x i32> zeroinitializer
  %1912 = load <8 x float>, <8 x float>* %62, align 32
  %1913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat237, <8 x float> %1907, <8 x float> %1912)
  store <8 x float> %1913, <8 x float>* %62, align 32
  %1914 = add i64 %1763, 236
  %1915 = getelementptr inbounds float, float* %2, i64 %1914
  %1916 = load float, float* %1915, align 4
  %1917 = insertelement <8 x float> undef, float %1916, i32 0
  %splat238 = shufflevector <8 x float> %1917, <8 x float> undef, <8 x i32> zeroinitializer
  %1918 = load <8 x float>, <8 x float>* %61, align 32
  %1919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat238, <8 x float> %1907, <8 x float> %1918)
  store <8 x float> %1919, <8 x float>* %61, align 32
  %1920 = add i64 %1763, 244
  %1921 = getelementptr inbounds float, float* %2, i64 %1920
  %1922 = load float, float* %1921, align 4
  %1923 = insertelement <8 x float> undef, float %1922, i32 0
  %splat239 = shufflevector <8 x float> %1923, <8 x float> undef, <8 x i32> zeroinitializer
  %1924 = load <8 x float>, <8 x float>* %60, align 32
  %1925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat239, <8 x float> %1907, <8 x float> %1924)
  store <8 x float> %1925, <8 x float>* %60, align 32
  %1926 = add i64 %1763, 252
  %1927 = getelementptr inbounds float, float* %2, i64 %1926
  %1928 = load float, float* %1927, align 4
  %1929 = insertelement <8 x float> undef, float %1928, i32 0
  %splat240 = shufflevector <8 x float> %1929, <8 x float> undef, <8 x i32> zeroinitializer
  %1930 = load <8 x float>, <8 x float>* %59, align 32
  %1931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat240, <8 x float> %1907, <8 x float> %1930)
  store <8 x float> %1931, <8 x float>* %59, align 32
  %1932 = add i64 %1763, 260
  %1933 = getelementptr inbounds float, float* %2, i64 %1932
  %1934 = load float, float* %1933, align 4
  %1935 = insertelement <8 x float> undef, float %1934, i32 0
  %splat241 = shufflevector <8 x float> %1935, <8 x float> undef, <8 x i32> zeroinitializer
  %1936 = load <8 x float>, <8 x float>* %58, align 32
  %1937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat241, <8 x float> %1907, <8 x float> %1936)
  store <8 x float> %1937, <8 x float>* %58, align 32
  %1938 = add i64 %1767, 40
  %1939 = getelementptr inbounds float, float* %4, i64 %1938
  %1940 = bitcast float* %1939 to <8 x float>*
  %1941 = load <8 x float>, <8 x float>* %1940, align 4
  %1942 = add i64 %1763, 229
  %1943 = getelementptr inbounds float, float* %2, i64 %1942
  %1944 = load float, float* %1943, align 4
  %1945 = insertelement <8 x float> undef, float %1944, i32 0
  %splat242 = shufflevector <8 x float> %1945, <8 x float> undef, <8 x i32> zeroinitializer
  %1946 = load <8 x float>, <8 x float>* %62, align 32
  %1947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat242, <8 x float> %1941, <8 x float> %1946)
  store <8 x float> %1947, <8 x float>* %62, align 32
  %1948 = add i64 %1763, 237
  %1949 = getelementptr inbounds float, float* %2, i64 %1948
  %1950 = load float, float* %1949, align 4
  %1951 = insertelement <8 x float> undef, float %1950, i32 0
  %splat243 = shufflevector <8 x float> %1951, <8 x float> undef, <8 x i32> zeroinitializer
  %1952 = load <8 x float>, <8 x float>* %61, align 32
  %1953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat243, <8 x float> %1941, <8 x float> %1952)
  store <8 x float> %1953, <8 x float>* %61, align 32
  %1954 = add i64 %1763, 245
  %1955 = getelementptr inbounds float, float* %2, i64 %1954
  %1956 = load float, float* %1955, align 4
  %1957 = insertelement <8 x float> undef, float %1956, i32 0
  %splat244 = shufflevector <8 x float> %1957, <8 x float> undef, <8 x i32> zeroinitializer
  %1958 = load <8 x float>, <8 x float>* %60, align 32
  %1959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat244, <8 x float> %1941, <8 x float> %1958)
  store <8 x float> %1959, <8 x float>* %60, align 32
  %1960 = add i64 %1763, 253
  %1961 = getelementptr inbounds float, float* %2, i64 %1960
  %1962 = load float, float* %1961, align 4
  %1963 = insertelement <8 x float> undef, float %1962, i32 0
  %splat245 = shufflevector <8 x float> %1963, <8 x float> undef, <8 x i32> zeroinitializer
  %1964 = load <8 x float>, <8 x float>* %59, align 32
  %1965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat245, <8 x float> %1941, <8 x float> %1964)
  store <8 x float> %1965, <8 x float>* %59, align 32
  %1966 = add i64 %1763, 261
  %1967 = getelementptr inbounds float, float* %2, i64 %1966
  %1968 = load float, float* %1967, align 4
  %1969 = insertelement <8 x float> undef, float %1968, i32 0
  %splat246 = shufflevector <8 x float> %1969, <8 x float> undef, <8 x i32> zeroinitializer
  %1970 = load <8 x float>, <8 x float>* %58, align 32
  %1971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat246, <8 x float> %1941, <8 x float> %1970)
  store <8 x float> %1971, <8 x float>* %58, align 32
  %1972 = add i64 %1767, 48
  %1973 = getelementptr inbounds float, float* %4, i64 %1972
  %1974 = bitcast float* %1973 to <8 x float>*
  %1975 = load <8 x float>, <8 x float>* %1974, align 4
  %1976 = add i64 %1763, 230
  %1977 = getelementptr inbounds float, float* %2, i64 %1976
  %1978 = load float, float* %1977, align 4
  %1979 = insertelement <8 x float> undef, float %1978, i32 0
  %splat247 = shufflevector <8 x float> %1979, <8 x float> undef, <8 x i32> zeroinitializer
  %1980 = load <8 x float>, <8 x float>* %62, align 32
  %1981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat247, <8 x float> %1975, <8 x float> %1980)
  store <8 x float> %1981, <8 x float>* %62, align 32
  %1982 = add i64 %1763, 238
  %1983 = getelementptr inbounds float, float* %2, i64 %1982
  %1984 = load float, float* %1983, align 4
  %1985 = insertelement <8 x float> undef, float %1984, i32 0
  %splat248 = shufflevector <8 x float> %1985, <8 x float> undef, <8 x i32> zeroinitializer
  %1986 = load <8 x float>, <8 x float>* %61, align 32
  %1987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat248, <8 x float> %1975, <8 x float> %1986)
  store <8 x float> %1987, <8 x float>* %61, align 32
  %1988 = add i64 %1763, 246
  %1989 = getelementptr inbounds float, float* %2, i64 %1988
  %1990 = load float, float* %1989, align 4
  %1991 = insertelement <8 x float> undef, float %1990, i32 0
  %splat249 = shufflevector <8 x float> %1991, <8 x float> undef, <8 x i32> zeroinitializer
  %1992 = load <8 x float>, <8 x float>* %60, align 32
  %1993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %1975, <8 x float> %1992)
  store <8 x float> %1993, <8 x float>* %60, align 32
  %1994 = add i64 %1763, 254
  %1995 = getelementptr inbounds float, float* %2, i64 %1994
  %1996 = load float, float* %1995, align 4
  %1997 = insertelement <8 x float> undef, float %1996, i32 0
  %splat250 = shufflevector <8 x float> %1997, <8 x float> undef, <8 x i32> zeroinitializer
  %1998 = load <8 x float>, <8 x float>* %59, align 32
  %1999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %1975, <8 x float> %1998)
  store <8 x float> %1999, <8 x float>* %59, align 32
  %2000 = add i64 %1763, 262
  %2001 = getelementptr inbounds float, float* %2, i64 %2000
  %2002 = load float, float* %2001, align 4
  %2003 = insertelement <8 x float> undef, float %2002, i32 0
  %splat251 = shufflevector <8 x float> %2003, <8 x float> undef, <8 x i32> zeroinitializer
  %2004 = load <8 x float>, <8 x float>* %58, align 32
  %2005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %1975, <8 x float> %2004)
  store <8 x float> %2005, <8 x float>* %58, align 32
  %2006 = add i64 %1767, 56
  %2007 = getelementptr inbounds float, float* %4, i64 %2006
  %2008 = bitcast float* %2007 to <8 x float>*
  %2009 = load <8 x float>, <8 x float>* %2008, align 4
  %2010 = add i64 %1763, 231
  %2011 = getelementptr inbounds float, float* %2, i64 %2010
  %2012 = load float, float* %2011, align 4
  %2013 = insertelement <8 x float> undef, float %2012, i32 0
  %splat252 = shufflevector <8 x float> %2013, <8 x float> undef, <8 x i32> zeroinitializer
  %2014 = load <8 x float>, <8 x float>* %62, align 32
  %2015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2009, <8 x float> %2014)
  store <8 x float> %2015, <8 x float>* %62, align 32
  %2016 = add i64 %1763, 239
  %2017 = getelementptr inbounds float, float* %2, i64 %2016
  %2018 = load float, float* %2017, align 4
  %2019 = insertelement <8 x float> undef, float %2018, i32 0
  %splat253 = shufflevector <8 x float> %2019, <8 x float> undef, <8 x i32> zeroinitializer
  %2020 = load <8 x float>, <8 x float>* %61, align 32
  %2021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2009, <8 x float> %2020)
  store <8 x float> %2021, <8 x float>* %61, align 32
  %2022 = add i64 %1763, 247
  %2023 = getelementptr inbounds float, float* %2, i64 %2022
  %2024 = load float, float* %2023, align 4
  %2025 = insertelement <8 x float> undef, float %2024, i32 0
  %splat254 = shufflevector <8 x float> %2025, <8 x float> undef, <8 x i32> zeroinitializer
  %2026 = load <8 x float>, <8 x float>* %60, align 32
  %2027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2009, <8 x float> %2026)
  store <8 x float> %2027, <8 x float>* %60, align 32
  %2028 = add i64 %1763, 255
  %2029 = getelementptr inbounds float, float* %2, i64 %2028
  %2030 = load float, float* %2029, align 4
  %2031 = insertelement <8 x float> undef, float %2030, i32 0
  %splat255 = shufflevector <8 x float> %2031, <8 x float> undef, <8 x i32> zeroinitializer
  %2032 = load <8 x float>, <8 x float>* %59, align 32
  %2033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2009, <8 x float> %2032)
  store <8 x float> %2033, <8 x float>* %59, align 32
  %2034 = add i64 %1763, 263
  %2035 = getelementptr inbounds float, float* %2, i64 %2034
  %2036 = load float, float* %2035, align 4
  %2037 = insertelement <8 x float> undef, float %2036, i32 0
  %splat256 = shufflevector <8 x float> %2037, <8 x float> undef, <8 x i32> zeroinitializer
  %2038 = load <8 x float>, <8 x float>* %58, align 32
  %2039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2009, <8 x float> %2038)
  store <8 x float> %2039, <8 x float>* %58, align 32
  %kw.next257 = add i64 %kw216, 1
  br label %kw.header213

kw.exit215:                                       ; preds = %kw.header213
  %kh.next258 = add i64 %kh212, 1
  br label %kh.header209

u.header260:                                      ; preds = %kh.exit266, %else
  %u263 = phi i64 [ 0, %else ], [ %u.next314, %kh.exit266 ]
  %2040 = icmp slt i64 %u263, 3
  br i1 %2040, label %u.body261, label %u.exit262

u.body261:                                        ; preds = %u.header260
  %2041 = add i64 %248, %u263
  %2042 = mul i64 %2041, 392
  %2043 = add i64 %247, %2042
  %2044 = mul i64 %2041, 576
  %2045 = add i64 %103, %2044
  br label %kh.header264

u.exit262:                                        ; preds = %u.header260
  %2046 = icmp eq i64 %chunk, 15
  %2047 = load <8 x float>, <8 x float>* %57, align 32
  %2048 = fcmp olt <8 x float> %2047, zeroinitializer
  %2049 = select <8 x i1> %2048, <8 x float> zeroinitializer, <8 x float> %2047
  %2050 = select i1 %2046, <8 x float> %2049, <8 x float> %2047
  %2051 = getelementptr inbounds float, float* %0, i64 %163
  %2052 = bitcast float* %2051 to <8 x float>*
  store <8 x float> %2050, <8 x float>* %2052, align 4
  %2053 = load <8 x float>, <8 x float>* %56, align 32
  %2054 = fcmp olt <8 x float> %2053, zeroinitializer
  %2055 = select <8 x i1> %2054, <8 x float> zeroinitializer, <8 x float> %2053
  %2056 = select i1 %2046, <8 x float> %2055, <8 x float> %2053
  %2057 = getelementptr inbounds float, float* %0, i64 %166
  %2058 = bitcast float* %2057 to <8 x float>*
  store <8 x float> %2056, <8 x float>* %2058, align 4
  %2059 = load <8 x float>, <8 x float>* %55, align 32
  %2060 = fcmp olt <8 x float> %2059, zeroinitializer
  %2061 = select <8 x i1> %2060, <8 x float> zeroinitializer, <8 x float> %2059
  %2062 = select i1 %2046, <8 x float> %2061, <8 x float> %2059
  %2063 = getelementptr inbounds float, float* %0, i64 %169
  %2064 = bitcast float* %2063 to <8 x float>*
  store <8 x float> %2062, <8 x float>* %2064, align 4
  %2065 = load <8 x float>, <8 x float>* %54, align 32
  %2066 = fcmp olt <8 x float> %2065, zeroinitializer
  %2067 = select <8 x i1> %2066, <8 x float> zeroinitializer, <8 x float> %2065
  %2068 = select i1 %2046, <8 x float> %2067, <8 x float> %2065
  %2069 = getelementptr inbounds float, float* %0, i64 %172
  %2070 = bitcast float* %2069 to <8 x float>*
  store <8 x float> %2068, <8 x float>* %2070, align 4
  %2071 = load <8 x float>, <8 x float>* %53, align 32
  %2072 = fcmp olt <8 x float> %2071, zeroinitializer
  %2073 = select <8 x i1> %2072, <8 x float> zeroinitializer, <8 x float> %2071
  %2074 = select i1 %2046, <8 x float> %2073, <8 x float> %2071
  %2075 = getelementptr inbounds float, float* %0, i64 %175
  %2076 = bitcast float* %2075 to <8 x float>*
  store <8 x float> %2074, <8 x float>* %2076, align 4
  %2077 = load <8 x float>, <8 x float>* %52, align 32
  %2078 = fcmp olt <8 x float> %2077, zeroinitializer
  %2079 = select <8 x i1> %2078, <8 x float> zeroinitializer, <8 x float> %2077
  %2080 = select i1 %2046, <8 x float> %2079, <8 x float> %2077
  %2081 = getelementptr inbounds float, float* %0, i64 %182
  %2082 = bitcast float* %2081 to <8 x float>*
  store <8 x float> %2080, <8 x float>* %2082, align 4
  %2083 = load <8 x float>, <8 x float>* %51, align 32
  %2084 = fcmp olt <8 x float> %2083, zeroinitializer
  %2085 = select <8 x i1> %2084, <8 x float> zeroinitializer, <8 x float> %2083
  %2086 = select i1 %2046, <8 x float> %2085, <8 x float> %2083
  %2087 = getelementptr inbounds float, float* %0, i64 %185
  %2088 = bitcast float* %2087 to <8 x float>*
  store <8 x float> %2086, <8 x float>* %2088, align 4
  %2089 = load <8 x float>, <8 x float>* %50, align 32
  %2090 = fcmp olt <8 x float> %2089, zeroinitializer
  %2091 = select <8 x i1> %2090, <8 x float> zeroinitializer, <8 x float> %2089
  %2092 = select i1 %2046, <8 x float> %2091, <8 x float> %2089
  %2093 = getelementptr inbounds float, float* %0, i64 %188
  %2094 = bitcast float* %2093 to <8 x float>*
  store <8 x float> %2092, <8 x float>* %2094, align 4
  %2095 = load <8 x float>, <8 x float>* %49, align 32
  %2096 = fcmp olt <8 x float> %2095, zeroinitializer
  %2097 = select <8 x i1> %2096, <8 x float> zeroinitializer, <8 x float> %2095
  %2098 = select i1 %2046, <8 x float> %2097, <8 x float> %2095
  %2099 = getelementptr inbounds float, float* %0, i64 %191
  %2100 = bitcast float* %2099 to <8 x float>*
  store <8 x float> %2098, <8 x float>* %2100, align 4
  %2101 = load <8 x float>, <8 x float>* %48, align 32
  %2102 = fcmp olt <8 x float> %2101, zeroinitializer
  %2103 = select <8 x i1> %2102, <8 x float> zeroinitializer, <8 x float> %2101
  %2104 = select i1 %2046, <8 x float> %2103, <8 x float> %2101
  %2105 = getelementptr inbounds float, float* %0, i64 %194
  %2106 = bitcast float* %2105 to <8 x float>*
  store <8 x float> %2104, <8 x float>* %2106, align 4
  %2107 = add i64 %94, 0
  %2108 = mul i64 %89, 125
  %2109 = add i64 %2108, %92
  %2110 = add i64 %2109, 0
  %2111 = mul i64 %2110, 200
  %2112 = add i64 %2107, 5
  %2113 = mul i64 %2112, 8
  %2114 = add i64 %2111, %2113
  %2115 = add i64 %2107, 6
  %2116 = mul i64 %2115, 8
  %2117 = add i64 %2111, %2116
  %2118 = add i64 %2107, 7
  %2119 = mul i64 %2118, 8
  %2120 = add i64 %2111, %2119
  %2121 = add i64 %2107, 8
  %2122 = mul i64 %2121, 8
  %2123 = add i64 %2111, %2122
  %2124 = add i64 %2107, 9
  %2125 = mul i64 %2124, 8
  %2126 = add i64 %2111, %2125
  %2127 = mul i64 %89, 125
  %2128 = add i64 %2127, %92
  %2129 = add i64 %2128, 1
  %2130 = mul i64 %2129, 200
  %2131 = add i64 %2107, 5
  %2132 = mul i64 %2131, 8
  %2133 = add i64 %2130, %2132
  %2134 = add i64 %2107, 6
  %2135 = mul i64 %2134, 8
  %2136 = add i64 %2130, %2135
  %2137 = add i64 %2107, 7
  %2138 = mul i64 %2137, 8
  %2139 = add i64 %2130, %2138
  %2140 = add i64 %2107, 8
  %2141 = mul i64 %2140, 8
  %2142 = add i64 %2130, %2141
  %2143 = add i64 %2107, 9
  %2144 = mul i64 %2143, 8
  %2145 = add i64 %2130, %2144
  %2146 = add i64 %98, 0
  %2147 = mul i64 %2146, 8
  %2148 = getelementptr inbounds float, float* %5, i64 %2147
  %2149 = bitcast float* %2148 to <8 x float>*
  %2150 = load <8 x float>, <8 x float>* %2149, align 4
  %2151 = add i64 %98, 1
  %2152 = mul i64 %2151, 8
  %2153 = getelementptr inbounds float, float* %5, i64 %2152
  %2154 = bitcast float* %2153 to <8 x float>*
  %2155 = load <8 x float>, <8 x float>* %2154, align 4
  %2156 = icmp eq i64 %chunk, 0
  %2157 = getelementptr inbounds float, float* %0, i64 %2114
  %2158 = bitcast float* %2157 to <8 x float>*
  %2159 = load <8 x float>, <8 x float>* %2158, align 4
  %2160 = select i1 %2156, <8 x float> %2150, <8 x float> %2159
  store <8 x float> %2160, <8 x float>* %47, align 32
  %2161 = getelementptr inbounds float, float* %0, i64 %2117
  %2162 = bitcast float* %2161 to <8 x float>*
  %2163 = load <8 x float>, <8 x float>* %2162, align 4
  %2164 = select i1 %2156, <8 x float> %2150, <8 x float> %2163
  store <8 x float> %2164, <8 x float>* %46, align 32
  %2165 = getelementptr inbounds float, float* %0, i64 %2120
  %2166 = bitcast float* %2165 to <8 x float>*
  %2167 = load <8 x float>, <8 x float>* %2166, align 4
  %2168 = select i1 %2156, <8 x float> %2150, <8 x float> %2167
  store <8 x float> %2168, <8 x float>* %45, align 32
  %2169 = getelementptr inbounds float, float* %0, i64 %2123
  %2170 = bitcast float* %2169 to <8 x float>*
  %2171 = load <8 x float>, <8 x float>* %2170, align 4
  %2172 = select i1 %2156, <8 x float> %2150, <8 x float> %2171
  store <8 x float> %2172, <8 x float>* %44, align 32
  %2173 = getelementptr inbounds float, float* %0, i64 %2126
  %2174 = bitcast float* %2173 to <8 x float>*
  %2175 = load <8 x float>, <8 x float>* %2174, align 4
  %2176 = select i1 %2156, <8 x float> %2150, <8 x float> %2175
  store <8 x float> %2176, <8 x float>* %43, align 32
  %2177 = getelementptr inbounds float, float* %0, i64 %2133
  %2178 = bitcast float* %2177 to <8 x float>*
  %2179 = load <8 x float>, <8 x float>* %2178, align 4
  %2180 = select i1 %2156, <8 x float> %2155, <8 x float> %2179
  store <8 x float> %2180, <8 x float>* %42, align 32
  %2181 = getelementptr inbounds float, float* %0, i64 %2136
  %2182 = bitcast float* %2181 to <8 x float>*
  %2183 = load <8 x float>, <8 x float>* %2182, align 4
  %2184 = select i1 %2156, <8 x float> %2155, <8 x float> %2183
  store <8 x float> %2184, <8 x float>* %41, align 32
  %2185 = getelementptr inbounds float, float* %0, i64 %2139
  %2186 = bitcast float* %2185 to <8 x float>*
  %2187 = load <8 x float>, <8 x float>* %2186, align 4
  %2188 = select i1 %2156, <8 x float> %2155, <8 x float> %2187
  store <8 x float> %2188, <8 x float>* %40, align 32
  %2189 = getelementptr inbounds float, float* %0, i64 %2142
  %2190 = bitcast float* %2189 to <8 x float>*
  %2191 = load <8 x float>, <8 x float>* %2190, align 4
  %2192 = select i1 %2156, <8 x float> %2155, <8 x float> %2191
  store <8 x float> %2192, <8 x float>* %39, align 32
  %2193 = getelementptr inbounds float, float* %0, i64 %2145
  %2194 = bitcast float* %2193 to <8 x float>*
  %2195 = load <8 x float>, <8 x float>* %2194, align 4
  %2196 = select i1 %2156, <8 x float> %2155, <8 x float> %2195
  store <8 x float> %2196, <8 x float>* %38, align 32
  %2197 = add i64 %104, 0
  %2198 = add i64 %102, %2197
  %2199 = mul i64 %chunk, 3
  br label %u.header315

kh.header264:                                     ; preds = %kw.exit270, %u.body261
  %kh267 = phi i64 [ 0, %u.body261 ], [ %kh.next313, %kw.exit270 ]
  %2200 = icmp slt i64 %kh267, 3
  br i1 %2200, label %kh.body265, label %kh.exit266

kh.body265:                                       ; preds = %kh.header264
  %2201 = mul i64 %kh267, 56
  %2202 = add i64 %2043, %2201
  br label %kw.header268

kh.exit266:                                       ; preds = %kh.header264
  %u.next314 = add i64 %u263, 1
  br label %u.header260

kw.header268:                                     ; preds = %kw.body269, %kh.body265
  %kw271 = phi i64 [ 0, %kh.body265 ], [ %kw.next312, %kw.body269 ]
  %2203 = icmp slt i64 %kw271, 3
  br i1 %2203, label %kw.body269, label %kw.exit270

kw.body269:                                       ; preds = %kw.header268
  %2204 = mul i64 %kw271, 8
  %2205 = add i64 %2202, %2204
  %2206 = mul i64 %kh267, 3
  %2207 = add i64 %2206, %kw271
  %2208 = mul i64 %2207, 64
  %2209 = add i64 %2045, %2208
  %2210 = add i64 %2209, 0
  %2211 = getelementptr inbounds float, float* %4, i64 %2210
  %2212 = bitcast float* %2211 to <8 x float>*
  %2213 = load <8 x float>, <8 x float>* %2212, align 4
  %2214 = add i64 %2209, 27648
  %2215 = getelementptr inbounds float, float* %4, i64 %2214
  %2216 = bitcast float* %2215 to <8 x float>*
  %2217 = load <8 x float>, <8 x float>* %2216, align 4
  %2218 = add i64 %2205, 0
  %2219 = getelementptr inbounds float, float* %2, i64 %2218
  %2220 = load float, float* %2219, align 4
  %2221 = insertelement <8 x float> undef, float %2220, i32 0
  %splat272 = shufflevector <8 x float> %2221, <8 x float> undef, <8 x i32> zeroinitializer
  %2222 = load <8 x float>, <8 x float>* %57, align 32
  %2223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2213, <8 x float> %2222)
  store <8 x float> %2223, <8 x float>* %57, align 32
  %2224 = load <8 x float>, <8 x float>* %52, align 32
  %2225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2217, <8 x float> %2224)
  store <8 x float> %2225, <8 x float>* %52, align 32
  %2226 = add i64 %2205, 8
  %2227 = getelementptr inbounds float, float* %2, i64 %2226
  %2228 = load float, float* %2227, align 4
  %2229 = insertelement <8 x float> undef, float %2228, i32 0
  %splat273 = shufflevector <8 x float> %2229, <8 x float> undef, <8 x i32> zeroinitializer
  %2230 = load <8 x float>, <8 x float>* %56, align 32
  %2231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2213, <8 x float> %2230)
  store <8 x float> %2231, <8 x float>* %56, align 32
  %2232 = load <8 x float>, <8 x float>* %51, align 32
  %2233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2217, <8 x float> %2232)
  store <8 x float> %2233, <8 x float>* %51, align 32
  %2234 = add i64 %2205, 16
  %2235 = getelementptr inbounds float, float* %2, i64 %2234
  %2236 = load float, float* %2235, align 4
  %2237 = insertelement <8 x float> undef, float %2236, i32 0
  %splat274 = shufflevector <8 x float> %2237, <8 x float> undef, <8 x i32> zeroinitializer
  %2238 = load <8 x float>, <8 x float>* %55, align 32
  %2239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2213, <8 x float> %2238)
  store <8 x float> %2239, <8 x float>* %55, align 32
  %2240 = load <8 x float>, <8 x float>* %50, align 32
  %2241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2217, <8 x float> %2240)
  store <8 x float> %2241, <8 x float>* %50, align 32
  %2242 = add i64 %2205, 24
  %2243 = getelementptr inbounds float, float* %2, i64 %2242
  %2244 = load float, float* %2243, align 4
  %2245 = insertelement <8 x float> undef, float %2244, i32 0
  %splat275 = shufflevector <8 x float> %2245, <8 x float> undef, <8 x i32> zeroinitializer
  %2246 = load <8 x float>, <8 x float>* %54, align 32
  %2247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2213, <8 x float> %2246)
  store <8 x float> %2247, <8 x float>* %54, align 32
  %2248 = load <8 x float>, <8 x float>* %49, align 32
  %2249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2217, <8 x float> %2248)
  store <8 x float> %2249, <8 x float>* %49, align 32
  %2250 = add i64 %2205, 32
  %2251 = getelementptr inbounds float, float* %2, i64 %2250
  %2252 = load float, float* %2251, align 4
  %2253 = insertelement <8 x float> undef, float %2252, i32 0
  %splat276 = shufflevector <8 x float> %2253, <8 x float> undef, <8 x i32> zeroinitializer
  %2254 = load <8 x float>, <8 x float>* %53, align 32
  %2255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2213, <8 x float> %2254)
  store <8 x float> %2255, <8 x float>* %53, align 32
  %2256 = load <8 x float>, <8 x float>* %48, align 32
  %2257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2217, <8 x float> %2256)
  store <8 x float> %2257, <8 x float>* %48, align 32
  %2258 = add i64 %2209, 8
  %2259 = getelementptr inbounds float, float* %4, i64 %2258
  %2260 = bitcast float* %2259 to <8 x float>*
  %2261 = load <8 x float>, <8 x float>* %2260, align 4
  %2262 = add i64 %2209, 27656
  %2263 = getelementptr inbounds float, float* %4, i64 %2262
  %2264 = bitcast float* %2263 to <8 x float>*
  %2265 = load <8 x float>, <8 x float>* %2264, align 4
  %2266 = add i64 %2205, 1
  %2267 = getelementptr inbounds float, float* %2, i64 %2266
  %2268 = load float, float* %2267, align 4
  %2269 = insertelement <8 x float> undef, float %2268, i32 0
  %splat277 = shufflevector <8 x float> %2269, <8 x float> undef, <8 x i32> zeroinitializer
  %2270 = load <8 x float>, <8 x float>* %57, align 32
  %2271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2261, <8 x float> %2270)
  store <8 x float> %2271, <8 x float>* %57, align 32
  %2272 = load <8 x float>, <8 x float>* %52, align 32
  %2273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2265, <8 x float> %2272)
  store <8 x float> %2273, <8 x float>* %52, align 32
  %2274 = add i64 %2205, 9
  %2275 = getelementptr inbounds float, float* %2, i64 %2274
  %2276 = load float, float* %2275, align 4
  %2277 = insertelement <8 x float> undef, float %2276, i32 0
  %splat278 = shufflevector <8 x float> %2277, <8 x float> undef, <8 x i32> zeroinitializer
  %2278 = load <8 x float>, <8 x float>* %56, align 32
  %2279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2261, <8 x float> %2278)
  store <8 x float> %2279, <8 x float>* %56, align 32
  %2280 = load <8 x float>, <8 x float>* %51, align 32
  %2281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2265, <8 x float> %2280)
  store <8 x float> %2281, <8 x float>* %51, align 32
  %2282 = add i64 %2205, 17
  %2283 = getelementptr inbounds float, float* %2, i64 %2282
  %2284 = load float, float* %2283, align 4
  %2285 = insertelement <8 x float> undef, float %2284, i32 0
  %splat279 = shufflevector <8 x float> %2285, <8 x float> undef, <8 x i32> zeroinitializer
  %2286 = load <8 x float>, <8 x float>* %55, align 32
  %2287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2261, <8 x float> %2286)
  store <8 x float> %2287, <8 x float>* %55, align 32
  %2288 = load <8 x float>, <8 x float>* %50, align 32
  %2289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2265, <8 x float> %2288)
  store <8 x float> %2289, <8 x float>* %50, align 32
  %2290 = add i64 %2205, 25
  %2291 = getelementptr inbounds float, float* %2, i64 %2290
  %2292 = load float, float* %2291, align 4
  %2293 = insertelement <8 x float> undef, float %2292, i32 0
  %splat280 = shufflevector <8 x float> %2293, <8 x float> undef, <8 x i32> zeroinitializer
  %2294 = load <8 x float>, <8 x float>* %54, align 32
  %2295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2261, <8 x float> %2294)
  store <8 x float> %2295, <8 x float>* %54, align 32
  %2296 = load <8 x float>, <8 x float>* %49, align 32
  %2297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2265, <8 x float> %2296)
  store <8 x float> %2297, <8 x float>* %49, align 32
  %2298 = add i64 %2205, 33
  %2299 = getelementptr inbounds float, float* %2, i64 %2298
  %2300 = load float, float* %2299, align 4
  %2301 = insertelement <8 x float> undef, float %2300, i32 0
  %splat281 = shufflevector <8 x float> %2301, <8 x float> undef, <8 x i32> zeroinitializer
  %2302 = load <8 x float>, <8 x float>* %53, align 32
  %2303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2261, <8 x float> %2302)
  store <8 x float> %2303, <8 x float>* %53, align 32
  %2304 = load <8 x float>, <8 x float>* %48, align 32
  %2305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2265, <8 x float> %2304)
  store <8 x float> %2305, <8 x float>* %48, align 32
  %2306 = add i64 %2209, 16
  %2307 = getelementptr inbounds float, float* %4, i64 %2306
  %2308 = bitcast float* %2307 to <8 x float>*
  %2309 = load <8 x float>, <8 x float>* %2308, align 4
  %2310 = add i64 %2209, 27664
  %2311 = getelementptr inbounds float, float* %4, i64 %2310
  %2312 = bitcast float* %2311 to <8 x float>*
  %2313 = load <8 x float>, <8 x float>* %2312, align 4
  %2314 = add i64 %2205, 2
  %2315 = getelementptr inbounds float, float* %2, i64 %2314
  %2316 = load float, float* %2315, align 4
  %2317 = insertelement <8 x float> undef, float %2316, i32 0
  %splat282 = shufflevector <8 x float> %2317, <8 x float> undef, <8 x i32> zeroinitializer
  %2318 = load <8 x float>, <8 x float>* %57, align 32
  %2319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2309, <8 x float> %2318)
  store <8 x float> %2319, <8 x float>* %57, align 32
  %2320 = load <8 x float>, <8 x float>* %52, align 32
  %2321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2313, <8 x float> %2320)
  store <8 x float> %2321, <8 x float>* %52, align 32
  %2322 = add i64 %2205, 10
  %2323 = getelementptr inbounds float, float* %2, i64 %2322
  %2324 = load float, float* %2323, align 4
  %2325 = insertelement <8 x float> undef, float %2324, i32 0
  %splat283 = shufflevector <8 x float> %2325, <8 x float> undef, <8 x i32> zeroinitializer
  %2326 = load <8 x float>, <8 x float>* %56, align 32
  %2327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2309, <8 x float> %2326)
  store <8 x float> %2327, <8 x float>* %56, align 32
  %2328 = load <8 x float>, <8 x float>* %51, align 32
  %2329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2313, <8 x float> %2328)
  store <8 x float> %2329, <8 x float>* %51, align 32
  %2330 = add i64 %2205, 18
  %2331 = getelementptr inbounds float, float* %2, i64 %2330
  %2332 = load float, float* %2331, align 4
  %2333 = insertelement <8 x float> undef, float %2332, i32 0
  %splat284 = shufflevector <8 x float> %2333, <8 x float> undef, <8 x i32> zeroinitializer
  %2334 = load <8 x float>, <8 x float>* %55, align 32
  %2335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2309, <8 x float> %2334)
  store <8 x float> %2335, <8 x float>* %55, align 32
  %2336 = load <8 x float>, <8 x float>* %50, align 32
  %2337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2313, <8 x float> %2336)
  store <8 x float> %2337, <8 x float>* %50, align 32
  %2338 = add i64 %2205, 26
  %2339 = getelementptr inbounds float, float* %2, i64 %2338
  %2340 = load float, float* %2339, align 4
  %2341 = insertelement <8 x float> undef, float %2340, i32 0
  %splat285 = shufflevector <8 x float> %2341, <8 x float> undef, <8 x i32> zeroinitializer
  %2342 = load <8 x float>, <8 x float>* %54, align 32
  %2343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2309, <8 x float> %2342)
  store <8 x float> %2343, <8 x float>* %54, align 32
  %2344 = load <8 x float>, <8 x float>* %49, align 32
  %2345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2313, <8 x float> %2344)
  store <8 x float> %2345, <8 x float>* %49, align 32
  %2346 = add i64 %2205, 34
  %2347 = getelementptr inbounds float, float* %2, i64 %2346
  %2348 = load float, float* %2347, align 4
  %2349 = insertelement <8 x float> undef, float %2348, i32 0
  %splat286 = shufflevector <8 x float> %2349, <8 x float> undef, <8 x i32> zeroinitializer
  %2350 = load <8 x float>, <8 x float>* %53, align 32
  %2351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2309, <8 x float> %2350)
  store <8 x float> %2351, <8 x float>* %53, align 32
  %2352 = load <8 x float>, <8 x float>* %48, align 32
  %2353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2313, <8 x float> %2352)
  store <8 x float> %2353, <8 x float>* %48, align 32
  %2354 = add i64 %2209, 24
  %2355 = getelementptr inbounds float, float* %4, i64 %2354
  %2356 = bitcast float* %2355 to <8 x float>*
  %2357 = load <8 x float>, <8 x float>* %2356, align 4
  %2358 = add i64 %2209, 27672
  %2359 = getelementptr inbounds float, float* %4, i64 %2358
  %2360 = bitcast float* %2359 to <8 x float>*
  %2361 = load <8 x float>, <8 x float>* %2360, align 4
  %2362 = add i64 %2205, 3
  %2363 = getelementptr inbounds float, float* %2, i64 %2362
  %2364 = load float, float* %2363, align 4
  %2365 = insertelement <8 x float> undef, float %2364, i32 0
  %splat287 = shufflevector <8 x float> %2365, <8 x float> undef, <8 x i32> zeroinitializer
  %2366 = load <8 x float>, <8 x float>* %57, align 32
  %2367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2357, <8 x float> %2366)
  store <8 x float> %2367, <8 x float>* %57, align 32
  %2368 = load <8 x float>, <8 x float>* %52, align 32
  %2369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2361, <8 x float> %2368)
  store <8 x float> %2369, <8 x float>* %52, align 32
  %2370 = add i64 %2205, 11
  %2371 = getelementptr inbounds float, float* %2, i64 %2370
  %2372 = load float, float* %2371, align 4
  %2373 = insertelement <8 x float> undef, float %2372, i32 0
  %splat288 = shufflevector <8 x float> %2373, <8 x float> undef, <8 x i32> zeroinitializer
  %2374 = load <8 x float>, <8 x float>* %56, align 32
  %2375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2357, <8 x float> %2374)
  store <8 x float> %2375, <8 x float>* %56, align 32
  %2376 = load <8 x float>, <8 x float>* %51, align 32
  %2377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2361, <8 x float> %2376)
  store <8 x float> %2377, <8 x float>* %51, align 32
  %2378 = add i64 %2205, 19
  %2379 = getelementptr inbounds float, float* %2, i64 %2378
  %2380 = load float, float* %2379, align 4
  %2381 = insertelement <8 x float> undef, float %2380, i32 0
  %splat289 = shufflevector <8 x float> %2381, <8 x float> undef, <8 x i32> zeroinitializer
  %2382 = load <8 x float>, <8 x float>* %55, align 32
  %2383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2357, <8 x float> %2382)
  store <8 x float> %2383, <8 x float>* %55, align 32
  %2384 = load <8 x float>, <8 x float>* %50, align 32
  %2385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2361, <8 x float> %2384)
  store <8 x float> %2385, <8 x float>* %50, align 32
  %2386 = add i64 %2205, 27
  %2387 = getelementptr inbounds float, float* %2, i64 %2386
  %2388 = load float, float* %2387, align 4
  %2389 = insertelement <8 x float> undef, float %2388, i32 0
  %splat290 = shufflevector <8 x float> %2389, <8 x float> undef, <8 x i32> zeroinitializer
  %2390 = load <8 x float>, <8 x float>* %54, align 32
  %2391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2357, <8 x float> %2390)
  store <8 x float> %2391, <8 x float>* %54, align 32
  %2392 = load <8 x float>, <8 x float>* %49, align 32
  %2393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2361, <8 x float> %2392)
  store <8 x float> %2393, <8 x float>* %49, align 32
  %2394 = add i64 %2205, 35
  %2395 = getelementptr inbounds float, float* %2, i64 %2394
  %2396 = load float, float* %2395, align 4
  %2397 = insertelement <8 x float> undef, float %2396, i32 0
  %splat291 = shufflevector <8 x float> %2397, <8 x float> undef, <8 x i32> zeroinitializer
  %2398 = load <8 x float>, <8 x float>* %53, align 32
  %2399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2357, <8 x float> %2398)
  store <8 x float> %2399, <8 x float>* %53, align 32
  %2400 = load <8 x float>, <8 x float>* %48, align 32
  %2401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2361, <8 x float> %2400)
  store <8 x float> %2401, <8 x float>* %48, align 32
  %2402 = add i64 %2209, 32
  %2403 = getelementptr inbounds float, float* %4, i64 %2402
  %2404 = bitcast float* %2403 to <8 x float>*
  %2405 = load <8 x float>, <8 x float>* %2404, align 4
  %2406 = add i64 %2209, 27680
  %2407 = getelementptr inbounds float, float* %4, i64 %2406
  %2408 = bitcast float* %2407 to <8 x float>*
  %2409 = load <8 x float>, <8 x float>* %2408, align 4
  %2410 = add i64 %2205, 4
  %2411 = getelementptr inbounds float, float* %2, i64 %2410
  %2412 = load float, float* %2411, align 4
  %2413 = insertelement <8 x float> undef, float %2412, i32 0
  %splat292 = shufflevector <8 x float> %2413, <8 x float> undef, <8 x i32> zeroinitializer
  %2414 = load <8 x float>, <8 x float>* %57, align 32
  %2415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2405, <8 x float> %2414)
  store <8 x float> %2415, <8 x float>* %57, align 32
  %2416 = load <8 x float>, <8 x float>* %52, align 32
  %2417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2409, <8 x float> %2416)
  store <8 x float> %2417, <8 x float>* %52, align 32
  %2418 = add i64 %2205, 12
  %2419 = getelementptr inbounds float, float* %2, i64 %2418
  %2420 = load float, float* %2419, align 4
  %2421 = insertelement <8 x float> undef, float %2420, i32 0
  %splat293 = shufflevector <8 x float> %2421, <8 x float> undef, <8 x i32> zeroinitializer
  %2422 = load <8 x float>, <8 x float>* %56, align 32
  %2423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2405, <8 x float> %2422)
  store <8 x float> %2423, <8 x float>* %56, align 32
  %2424 = load <8 x float>, <8 x float>* %51, align 32
  %2425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2409, <8 x float> %2424)
  store <8 x float> %2425, <8 x float>* %51, align 32
  %2426 = add i64 %2205, 20
  %2427 = getelementptr inbounds float, float* %2, i64 %2426
  %2428 = load float, float* %2427, align 4
  %2429 = insertelement <8 x float> undef, float %2428, i32 0
  %splat294 = shufflevector <8 x float> %2429, <8 x float> undef, <8 x i32> zeroinitializer
  %2430 = load <8 x float>, <8 x float>* %55, align 32
  %2431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2405, <8 x float> %2430)
  store <8 x float> %2431, <8 x float>* %55, align 32
  %2432 = load <8 x float>, <8 x float>* %50, align 32
  %2433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2409, <8 x float> %2432)
  store <8 x float> %2433, <8 x float>* %50, align 32
  %2434 = add i64 %2205, 28
  %2435 = getelementptr inbounds float, float* %2, i64 %2434
  %2436 = load float, float* %2435, align 4
  %2437 = insertelement <8 x float> undef, float %2436, i32 0
  %splat295 = shufflevector <8 x float> %2437, <8 x float> undef, <8 x i32> zeroinitializer
  %2438 = load <8 x float>, <8 x float>* %54, align 32
  %2439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2405, <8 x float> %2438)
  store <8 x float> %2439, <8 x float>* %54, align 32
  %2440 = load <8 x float>, <8 x float>* %49, align 32
  %2441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2409, <8 x float> %2440)
  store <8 x float> %2441, <8 x float>* %49, align 32
  %2442 = add i64 %2205, 36
  %2443 = getelementptr inbounds float, float* %2, i64 %2442
  %2444 = load float, float* %2443, align 4
  %2445 = insertelement <8 x float> undef, float %2444, i32 0
  %splat296 = shufflevector <8 x float> %2445, <8 x float> undef, <8 x i32> zeroinitializer
  %2446 = load <8 x float>, <8 x float>* %53, align 32
  %2447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2405, <8 x float> %2446)
  store <8 x float> %2447, <8 x float>* %53, align 32
  %2448 = load <8 x float>, <8 x float>* %48, align 32
  %2449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2409, <8 x float> %2448)
  store <8 x float> %2449, <8 x float>* %48, align 32
  %2450 = add i64 %2209, 40
  %2451 = getelementptr inbounds float, float* %4, i64 %2450
  %2452 = bitcast float* %2451 to <8 x float>*
  %2453 = load <8 x float>, <8 x float>* %2452, align 4
  %2454 = add i64 %2209, 27688
  %2455 = getelementptr inbounds float, float* %4, i64 %2454
  %2456 = bitcast float* %2455 to <8 x float>*
  %2457 = load <8 x float>, <8 x float>* %2456, align 4
  %2458 = add i64 %2205, 5
  %2459 = getelementptr inbounds float, float* %2, i64 %2458
  %2460 = load float, float* %2459, align 4
  %2461 = insertelement <8 x float> undef, float %2460, i32 0
  %splat297 = shufflevector <8 x float> %2461, <8 x float> undef, <8 x i32> zeroinitializer
  %2462 = load <8 x float>, <8 x float>* %57, align 32
  %2463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat297, <8 x float> %2453, <8 x float> %2462)
  store <8 x float> %2463, <8 x float>* %57, align 32
  %2464 = load <8 x float>, <8 x float>* %52, align 32
  %2465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat297, <8 x float> %2457, <8 x float> %2464)
  store <8 x float> %2465, <8 x float>* %52, align 32
  %2466 = add i64 %2205, 13
  %2467 = getelementptr inbounds float, float* %2, i64 %2466
  %2468 = load float, float* %2467, align 4
  %2469 = insertelement <8 x float> undef, float %2468, i32 0
  %splat298 = shufflevector <8 x float> %2469, <8 x float> undef, <8 x i32> zeroinitializer
  %2470 = load <8 x float>, <8 x float>* %56, align 32
  %2471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat298, <8 x float> %2453, <8 x float> %2470)
  store <8 x float> %2471, <8 x float>* %56, align 32
  %2472 = load <8 x float>, <8 x float>* %51, align 32
  %2473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat298, <8 x float> %2457, <8 x float> %2472)
  store <8 x float> %2473, <8 x float>* %51, align 32
  %2474 = add i64 %2205, 21
  %2475 = getelementptr inbounds float, float* %2, i64 %2474
  %2476 = load float, float* %2475, align 4
  %2477 = insertelement <8 x float> undef, float %2476, i32 0
  %splat299 = shufflevector <8 x float> %2477, <8 x float> undef, <8 x i32> zeroinitializer
  %2478 = load <8 x float>, <8 x float>* %55, align 32
  %2479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat299, <8 x float> %2453, <8 x float> %2478)
  store <8 x float> %2479, <8 x float>* %55, align 32
  %2480 = load <8 x float>, <8 x float>* %50, align 32
  %2481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat299, <8 x float> %2457, <8 x float> %2480)
  store <8 x float> %2481, <8 x float>* %50, align 32
  %2482 = add i64 %2205, 29
  %2483 = getelementptr inbounds float, float* %2, i64 %2482
  %2484 = load float, float* %2483, align 4
  %2485 = insertelement <8 x float> undef, float %2484, i32 0
  %splat300 = shufflevector <8 x float> %2485, <8 x float> undef, <8 x i32> zeroinitializer
  %2486 = load <8 x float>, <8 x float>* %54, align 32
  %2487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat300, <8 x float> %2453, <8 x float> %2486)
  store <8 x float> %2487, <8 x float>* %54, align 32
  %2488 = load <8 x float>, <8 x float>* %49, align 32
  %2489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat300, <8 x float> %2457, <8 x float> %2488)
  store <8 x float> %2489, <8 x float>* %49, align 32
  %2490 = add i64 %2205, 37
  %2491 = getelementptr inbounds float, float* %2, i64 %2490
  %2492 = load float, float* %2491, align 4
  %2493 = insertelement <8 x float> undef, float %2492, i32 0
  %splat301 = shufflevector <8 x float> %2493, <8 x float> undef, <8 x i32> zeroinitializer
  %2494 = load <8 x float>, <8 x float>* %53, align 32
  %2495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat301, <8 x float> %2453, <8 x float> %2494)
  store <8 x float> %2495, <8 x float>* %53, align 32
  %2496 = load <8 x float>, <8 x float>* %48, align 32
  %2497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat301, <8 x float> %2457, <8 x float> %2496)
  store <8 x float> %2497, <8 x float>* %48, align 32
  %2498 = add i64 %2209, 48
  %2499 = getelementptr inbounds float, float* %4, i64 %2498
  %2500 = bitcast float* %2499 to <8 x float>*
  %2501 = load <8 x float>, <8 x float>* %2500, align 4
  %2502 = add i64 %2209, 27696
  %2503 = getelementptr inbounds float, float* %4, i64 %2502
  %2504 = bitcast float* %2503 to <8 x float>*
  %2505 = load <8 x float>, <8 x float>* %2504, align 4
  %2506 = add i64 %2205, 6
  %2507 = getelementptr inbounds float, float* %2, i64 %2506
  %2508 = load float, float* %2507, align 4
  %2509 = insertelement <8 x float> undef, float %2508, i32 0
  %splat302 = shufflevector <8 x float> %2509, <8 x float> undef, <8 x i32> zeroinitializer
  %2510 = load <8 x float>, <8 x float>* %57, align 32
  %2511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat302, <8 x float> %2501, <8 x float> %2510)
  store <8 x float> %2511, <8 x float>* %57, align 32
  %2512 = load <8 x float>, <8 x float>* %52, align 32
  %2513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat302, <8 x float> %2505, <8 x float> %2512)
  store <8 x float> %2513, <8 x float>* %52, align 32
  %2514 = add i64 %2205, 14
  %2515 = getelementptr inbounds float, float* %2, i64 %2514
  %2516 = load float, float* %2515, align 4
  %2517 = insertelement <8 x float> undef, float %2516, i32 0
  %splat303 = shufflevector <8 x float> %2517, <8 x float> undef, <8 x i32> zeroinitializer
  %2518 = load <8 x float>, <8 x float>* %56, align 32
  %2519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat303, <8 x float> %2501, <8 x float> %2518)
  store <8 x float> %2519, <8 x float>* %56, align 32
  %2520 = load <8 x float>, <8 x float>* %51, align 32
  %2521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat303, <8 x float> %2505, <8 x float> %2520)
  store <8 x float> %2521, <8 x float>* %51, align 32
  %2522 = add i64 %2205, 22
  %2523 = getelementptr inbounds float, float* %2, i64 %2522
  %2524 = load float, float* %2523, align 4
  %2525 = insertelement <8 x float> undef, float %2524, i32 0
  %splat304 = shufflevector <8 x float> %2525, <8 x float> undef, <8 x i32> zeroinitializer
  %2526 = load <8 x float>, <8 x float>* %55, align 32
  %2527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat304, <8 x float> %2501, <8 x float> %2526)
  store <8 x float> %2527, <8 x float>* %55, align 32
  %2528 = load <8 x float>, <8 x float>* %50, align 32
  %2529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat304, <8 x float> %2505, <8 x float> %2528)
  store <8 x float> %2529, <8 x float>* %50, align 32
  %2530 = add i64 %2205, 30
  %2531 = getelementptr inbounds float, float* %2, i64 %2530
  %2532 = load float, float* %2531, align 4
  %2533 = insertelement <8 x float> undef, float %2532, i32 0
  %splat305 = shufflevector <8 x float> %2533, <8 x float> undef, <8 x i32> zeroinitializer
  %2534 = load <8 x float>, <8 x float>* %54, align 32
  %2535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat305, <8 x float> %2501, <8 x float> %2534)
  store <8 x float> %2535, <8 x float>* %54, align 32
  %2536 = load <8 x float>, <8 x float>* %49, align 32
  %2537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat305, <8 x float> %2505, <8 x float> %2536)
  store <8 x float> %2537, <8 x float>* %49, align 32
  %2538 = add i64 %2205, 38
  %2539 = getelementptr inbounds float, float* %2, i64 %2538
  %2540 = load float, float* %2539, align 4
  %2541 = insertelement <8 x float> undef, float %2540, i32 0
  %splat306 = shufflevector <8 x float> %2541, <8 x float> undef, <8 x i32> zeroinitializer
  %2542 = load <8 x float>, <8 x float>* %53, align 32
  %2543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat306, <8 x float> %2501, <8 x float> %2542)
  store <8 x float> %2543, <8 x float>* %53, align 32
  %2544 = load <8 x float>, <8 x float>* %48, align 32
  %2545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat306, <8 x float> %2505, <8 x float> %2544)
  store <8 x float> %2545, <8 x float>* %48, align 32
  %2546 = add i64 %2209, 56
  %2547 = getelementptr inbounds float, float* %4, i64 %2546
  %2548 = bitcast float* %2547 to <8 x float>*
  %2549 = load <8 x float>, <8 x float>* %2548, align 4
  %2550 = add i64 %2209, 27704
  %2551 = getelementptr inbounds float, float* %4, i64 %2550
  %2552 = bitcast float* %2551 to <8 x float>*
  %2553 = load <8 x float>, <8 x float>* %2552, align 4
  %2554 = add i64 %2205, 7
  %2555 = getelementptr inbounds float, float* %2, i64 %2554
  %2556 = load float, float* %2555, align 4
  %2557 = insertelement <8 x float> undef, float %2556, i32 0
  %splat307 = shufflevector <8 x float> %2557, <8 x float> undef, <8 x i32> zeroinitializer
  %2558 = load <8 x float>, <8 x float>* %57, align 32
  %2559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat307, <8 x float> %2549, <8 x float> %2558)
  store <8 x float> %2559, <8 x float>* %57, align 32
  %2560 = load <8 x float>, <8 x float>* %52, align 32
  %2561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat307, <8 x float> %2553, <8 x float> %2560)
  store <8 x float> %2561, <8 x float>* %52, align 32
  %2562 = add i64 %2205, 15
  %2563 = getelementptr inbounds float, float* %2, i64 %2562
  %2564 = load float, float* %2563, align 4
  %2565 = insertelement <8 x float> undef, float %2564, i32 0
  %splat308 = shufflevector <8 x float> %2565, <8 x float> undef, <8 x i32> zeroinitializer
  %2566 = load <8 x float>, <8 x float>* %56, align 32
  %2567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat308, <8 x float> %2549, <8 x float> %2566)
  store <8 x float> %2567, <8 x float>* %56, align 32
  %2568 = load <8 x float>, <8 x float>* %51, align 32
  %2569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat308, <8 x float> %2553, <8 x float> %2568)
  store <8 x float> %2569, <8 x float>* %51, align 32
  %2570 = add i64 %2205, 23
  %2571 = getelementptr inbounds float, float* %2, i64 %2570
  %2572 = load float, float* %2571, align 4
  %2573 = insertelement <8 x float> undef, float %2572, i32 0
  %splat309 = shufflevector <8 x float> %2573, <8 x float> undef, <8 x i32> zeroinitializer
  %2574 = load <8 x float>, <8 x float>* %55, align 32
  %2575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat309, <8 x float> %2549, <8 x float> %2574)
  store <8 x float> %2575, <8 x float>* %55, align 32
  %2576 = load <8 x float>, <8 x float>* %50, align 32
  %2577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat309, <8 x float> %2553, <8 x float> %2576)
  store <8 x float> %2577, <8 x float>* %50, align 32
  %2578 = add i64 %2205, 31
  %2579 = getelementptr inbounds float, float* %2, i64 %2578
  %2580 = load float, float* %2579, align 4
  %2581 = insertelement <8 x float> undef, float %2580, i32 0
  %splat310 = shufflevector <8 x float> %2581, <8 x float> undef, <8 x i32> zeroinitializer
  %2582 = load <8 x float>, <8 x float>* %54, align 32
  %2583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat310, <8 x float> %2549, <8 x float> %2582)
  store <8 x float> %2583, <8 x float>* %54, align 32
  %2584 = load <8 x float>, <8 x float>* %49, align 32
  %2585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat310, <8 x float> %2553, <8 x float> %2584)
  store <8 x float> %2585, <8 x float>* %49, align 32
  %2586 = add i64 %2205, 39
  %2587 = getelementptr inbounds float, float* %2, i64 %2586
  %2588 = load float, float* %2587, align 4
  %2589 = insertelement <8 x float> undef, float %2588, i32 0
  %splat311 = shufflevector <8 x float> %2589, <8 x float> undef, <8 x i32> zeroinitializer
  %2590 = load <8 x float>, <8 x float>* %53, align 32
  %2591 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat311, <8 x float> %2549, <8 x float> %2590)
  store <8 x float> %2591, <8 x float>* %53, align 32
  %2592 = load <8 x float>, <8 x float>* %48, align 32
  %2593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat311, <8 x float> %2553, <8 x float> %2592)
  store <8 x float> %2593, <8 x float>* %48, align 32
  %kw.next312 = add i64 %kw271, 1
  br label %kw.header268

kw.exit270:                                       ; preds = %kw.header268
  %kh.next313 = add i64 %kh267, 1
  br label %kh.header264

u.header315:                                      ; preds = %kh.exit321, %u.exit262
  %u318 = phi i64 [ 0, %u.exit262 ], [ %u.next369, %kh.exit321 ]
  %2594 = icmp slt i64 %u318, 3
  br i1 %2594, label %u.body316, label %u.exit317

u.body316:                                        ; preds = %u.header315
  %2595 = add i64 %2199, %u318
  %2596 = mul i64 %2595, 392
  %2597 = add i64 %2198, %2596
  %2598 = mul i64 %2595, 576
  %2599 = add i64 %103, %2598
  br label %kh.header319

u.exit317:                                        ; preds = %u.header315
  %2600 = icmp eq i64 %chunk, 15
  %2601 = load <8 x float>, <8 x float>* %47, align 32
  %2602 = fcmp olt <8 x float> %2601, zeroinitializer
  %2603 = select <8 x i1> %2602, <8 x float> zeroinitializer, <8 x float> %2601
  %2604 = select i1 %2600, <8 x float> %2603, <8 x float> %2601
  %2605 = getelementptr inbounds float, float* %0, i64 %2114
  %2606 = bitcast float* %2605 to <8 x float>*
  store <8 x float> %2604, <8 x float>* %2606, align 4
  %2607 = load <8 x float>, <8 x float>* %46, align 32
  %2608 = fcmp olt <8 x float> %2607, zeroinitializer
  %2609 = select <8 x i1> %2608, <8 x float> zeroinitializer, <8 x float> %2607
  %2610 = select i1 %2600, <8 x float> %2609, <8 x float> %2607
  %2611 = getelementptr inbounds float, float* %0, i64 %2117
  %2612 = bitcast float* %2611 to <8 x float>*
  store <8 x float> %2610, <8 x float>* %2612, align 4
  %2613 = load <8 x float>, <8 x float>* %45, align 32
  %2614 = fcmp olt <8 x float> %2613, zeroinitializer
  %2615 = select <8 x i1> %2614, <8 x float> zeroinitializer, <8 x float> %2613
  %2616 = select i1 %2600, <8 x float> %2615, <8 x float> %2613
  %2617 = getelementptr inbounds float, float* %0, i64 %2120
  %2618 = bitcast float* %2617 to <8 x float>*
  store <8 x float> %2616, <8 x float>* %2618, align 4
  %2619 = load <8 x float>, <8 x float>* %44, align 32
  %2620 = fcmp olt <8 x float> %2619, zeroinitializer
  %2621 = select <8 x i1> %2620, <8 x float> zeroinitializer, <8 x float> %2619
  %2622 = select i1 %2600, <8 x float> %2621, <8 x float> %2619
  %2623 = getelementptr inbounds float, float* %0, i64 %2123
  %2624 = bitcast float* %2623 to <8 x float>*
  store <8 x float> %2622, <8 x float>* %2624, align 4
  %2625 = load <8 x float>, <8 x float>* %43, align 32
  %2626 = fcmp olt <8 x float> %2625, zeroinitializer
  %2627 = select <8 x i1> %2626, <8 x float> zeroinitializer, <8 x float> %2625
  %2628 = select i1 %2600, <8 x float> %2627, <8 x float> %2625
  %2629 = getelementptr inbounds float, float* %0, i64 %2126
  %2630 = bitcast float* %2629 to <8 x float>*
  store <8 x float> %2628, <8 x float>* %2630, align 4
  %2631 = load <8 x float>, <8 x float>* %42, align 32
  %2632 = fcmp olt <8 x float> %2631, zeroinitializer
  %2633 = select <8 x i1> %2632, <8 x float> zeroinitializer, <8 x float> %2631
  %2634 = select i1 %2600, <8 x float> %2633, <8 x float> %2631
  %2635 = getelementptr inbounds float, float* %0, i64 %2133
  %2636 = bitcast float* %2635 to <8 x float>*
  store <8 x float> %2634, <8 x float>* %2636, align 4
  %2637 = load <8 x float>, <8 x float>* %41, align 32
  %2638 = fcmp olt <8 x float> %2637, zeroinitializer
  %2639 = select <8 x i1> %2638, <8 x float> zeroinitializer, <8 x float> %2637
  %2640 = select i1 %2600, <8 x float> %2639, <8 x float> %2637
  %2641 = getelementptr inbounds float, float* %0, i64 %2136
  %2642 = bitcast float* %2641 to <8 x float>*
  store <8 x float> %2640, <8 x float>* %2642, align 4
  %2643 = load <8 x float>, <8 x float>* %40, align 32
  %2644 = fcmp olt <8 x float> %2643, zeroinitializer
  %2645 = select <8 x i1> %2644, <8 x float> zeroinitializer, <8 x float> %2643
  %2646 = select i1 %2600, <8 x float> %2645, <8 x float> %2643
  %2647 = getelementptr inbounds float, float* %0, i64 %2139
  %2648 = bitcast float* %2647 to <8 x float>*
  store <8 x float> %2646, <8 x float>* %2648, align 4
  %2649 = load <8 x float>, <8 x float>* %39, align 32
  %2650 = fcmp olt <8 x float> %2649, zeroinitializer
  %2651 = select <8 x i1> %2650, <8 x float> zeroinitializer, <8 x float> %2649
  %2652 = select i1 %2600, <8 x float> %2651, <8 x float> %2649
  %2653 = getelementptr inbounds float, float* %0, i64 %2142
  %2654 = bitcast float* %2653 to <8 x float>*
  store <8 x float> %2652, <8 x float>* %2654, align 4
  %2655 = load <8 x float>, <8 x float>* %38, align 32
  %2656 = fcmp olt <8 x float> %2655, zeroinitializer
  %2657 = select <8 x i1> %2656, <8 x float> zeroinitializer, <8 x float> %2655
  %2658 = select i1 %2600, <8 x float> %2657, <8 x float> %2655
  %2659 = getelementptr inbounds float, float* %0, i64 %2145
  %2660 = bitcast float* %2659 to <8 x float>*
  store <8 x float> %2658, <8 x float>* %2660, align 4
  %2661 = add i64 %94, 0
  %2662 = mul i64 %89, 125
  %2663 = add i64 %2662, %92
  %2664 = add i64 %2663, 0
  %2665 = mul i64 %2664, 200
  %2666 = add i64 %2661, 10
  %2667 = mul i64 %2666, 8
  %2668 = add i64 %2665, %2667
  %2669 = add i64 %2661, 11
  %2670 = mul i64 %2669, 8
  %2671 = add i64 %2665, %2670
  %2672 = add i64 %2661, 12
  %2673 = mul i64 %2672, 8
  %2674 = add i64 %2665, %2673
  %2675 = add i64 %2661, 13
  %2676 = mul i64 %2675, 8
  %2677 = add i64 %2665, %2676
  %2678 = add i64 %2661, 14
  %2679 = mul i64 %2678, 8
  %2680 = add i64 %2665, %2679
  %2681 = mul i64 %89, 125
  %2682 = add i64 %2681, %92
  %2683 = add i64 %2682, 1
  %2684 = mul i64 %2683, 200
  %2685 = add i64 %2661, 10
  %2686 = mul i64 %2685, 8
  %2687 = add i64 %2684, %2686
  %2688 = add i64 %2661, 11
  %2689 = mul i64 %2688, 8
  %2690 = add i64 %2684, %2689
  %2691 = add i64 %2661, 12
  %2692 = mul i64 %2691, 8
  %2693 = add i64 %2684, %2692
  %2694 = add i64 %2661, 13
  %2695 = mul i64 %2694, 8
  %2696 = add i64 %2684, %2695
  %2697 = add i64 %2661, 14
  %2698 = mul i64 %2697, 8
  %2699 = add i64 %2684, %2698
  %2700 = add i64 %98, 0
  %2701 = mul i64 %2700, 8
  %2702 = getelementptr inbounds float, float* %5, i64 %2701
  %2703 = bitcast float* %2702 to <8 x float>*
  %2704 = load <8 x float>, <8 x float>* %2703, align 4
  %2705 = add i64 %98, 1
  %2706 = mul i64 %2705, 8
  %2707 = getelementptr inbounds float, float* %5, i64 %2706
  %2708 = bitcast float* %2707 to <8 x float>*
  %2709 = load <8 x float>, <8 x float>* %2708, align 4
  %2710 = icmp eq i64 %chunk, 0
  %2711 = getelementptr inbounds float, float* %0, i64 %2668
  %2712 = bitcast float* %2711 to <8 x float>*
  %2713 = load <8 x float>, <8 x float>* %2712, align 4
  %2714 = select i1 %2710, <8 x float> %2704, <8 x float> %2713
  store <8 x float> %2714, <8 x float>* %37, align 32
  %2715 = getelementptr inbounds float, float* %0, i64 %2671
  %2716 = bitcast float* %2715 to <8 x float>*
  %2717 = load <8 x float>, <8 x float>* %2716, align 4
  %2718 = select i1 %2710, <8 x float> %2704, <8 x float> %2717
  store <8 x float> %2718, <8 x float>* %36, align 32
  %2719 = getelementptr inbounds float, float* %0, i64 %2674
  %2720 = bitcast float* %2719 to <8 x float>*
  %2721 = load <8 x float>, <8 x float>* %2720, align 4
  %2722 = select i1 %2710, <8 x float> %2704, <8 x float> %2721
  store <8 x float> %2722, <8 x float>* %35, align 32
  %2723 = getelementptr inbounds float, float* %0, i64 %2677
  %2724 = bitcast float* %2723 to <8 x float>*
  %2725 = load <8 x float>, <8 x float>* %2724, align 4
  %2726 = select i1 %2710, <8 x float> %2704, <8 x float> %2725
  store <8 x float> %2726, <8 x float>* %34, align 32
  %2727 = getelementptr inbounds float, float* %0, i64 %2680
  %2728 = bitcast float* %2727 to <8 x float>*
  %2729 = load <8 x float>, <8 x float>* %2728, align 4
  %2730 = select i1 %2710, <8 x float> %2704, <8 x float> %2729
  store <8 x float> %2730, <8 x float>* %33, align 32
  %2731 = getelementptr inbounds float, float* %0, i64 %2687
  %2732 = bitcast float* %2731 to <8 x float>*
  %2733 = load <8 x float>, <8 x float>* %2732, align 4
  %2734 = select i1 %2710, <8 x float> %2709, <8 x float> %2733
  store <8 x float> %2734, <8 x float>* %32, align 32
  %2735 = getelementptr inbounds float, float* %0, i64 %2690
  %2736 = bitcast float* %2735 to <8 x float>*
  %2737 = load <8 x float>, <8 x float>* %2736, align 4
  %2738 = select i1 %2710, <8 x float> %2709, <8 x float> %2737
  store <8 x float> %2738, <8 x float>* %31, align 32
  %2739 = getelementptr inbounds float, float* %0, i64 %2693
  %2740 = bitcast float* %2739 to <8 x float>*
  %2741 = load <8 x float>, <8 x float>* %2740, align 4
  %2742 = select i1 %2710, <8 x float> %2709, <8 x float> %2741
  store <8 x float> %2742, <8 x float>* %30, align 32
  %2743 = getelementptr inbounds float, float* %0, i64 %2696
  %2744 = bitcast float* %2743 to <8 x float>*
  %2745 = load <8 x float>, <8 x float>* %2744, align 4
  %2746 = select i1 %2710, <8 x float> %2709, <8 x float> %2745
  store <8 x float> %2746, <8 x float>* %29, align 32
  %2747 = getelementptr inbounds float, float* %0, i64 %2699
  %2748 = bitcast float* %2747 to <8 x float>*
  %2749 = load <8 x float>, <8 x float>* %2748, align 4
  %2750 = select i1 %2710, <8 x float> %2709, <8 x float> %2749
  store <8 x float> %2750, <8 x float>* %28, align 32
  %2751 = add i64 %104, 0
  %2752 = add i64 %102, %2751
  %2753 = mul i64 %chunk, 3
  br label %u.header370

kh.header319:                                     ; preds = %kw.exit325, %u.body316
  %kh322 = phi i64 [ 0, %u.body316 ], [ %kh.next368, %kw.exit325 ]
  %2754 = icmp slt i64 %kh322, 3
  br i1 %2754, label %kh.body320, label %kh.exit321

kh.body320:                                       ; preds = %kh.header319
  %2755 = mul i64 %kh322, 56
  %2756 = add i64 %2597, %2755
  br label %kw.header323

kh.exit321:                                       ; preds = %kh.header319
  %u.next369 = add i64 %u318, 1
  br label %u.header315

kw.header323:                                     ; preds = %kw.body324, %kh.body320
  %kw326 = phi i64 [ 0, %kh.body320 ], [ %kw.next367, %kw.body324 ]
  %2757 = icmp slt i64 %kw326, 3
  br i1 %2757, label %kw.body324, label %kw.exit325

kw.body324:                                       ; preds = %kw.header323
  %2758 = mul i64 %kw326, 8
  %2759 = add i64 %2756, %2758
  %2760 = mul i64 %kh322, 3
  %2761 = add i64 %2760, %kw326
  %2762 = mul i64 %2761, 64
  %2763 = add i64 %2599, %2762
  %2764 = add i64 %2763, 0
  %2765 = getelementptr inbounds float, float* %4, i64 %2764
  %2766 = bitcast float* %2765 to <8 x float>*
  %2767 = load <8 x float>, <8 x float>* %2766, align 4
  %2768 = add i64 %2763, 27648
  %2769 = getelementptr inbounds float, float* %4, i64 %2768
  %2770 = bitcast float* %2769 to <8 x float>*
  %2771 = load <8 x float>, <8 x float>* %2770, align 4
  %2772 = add i64 %2759, 56
  %2773 = getelementptr inbounds float, float* %2, i64 %2772
  %2774 = load float, float* %2773, align 4
  %2775 = insertelement <8 x float> undef, float %2774, i32 0
  %splat327 = shufflevector <8 x float> %2775, <8 x float> undef, <8 x i32> zeroinitializer
  %2776 = load <8 x float>, <8 x float>* %47, align 32
  %2777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat327, <8 x float> %2767, <8 x float> %2776)
  store <8 x float> %2777, <8 x float>* %47, align 32
  %2778 = load <8 x float>, <8 x float>* %42, align 32
  %2779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat327, <8 x float> %2771, <8 x float> %2778)
  store <8 x float> %2779, <8 x float>* %42, align 32
  %2780 = add i64 %2759, 64
  %2781 = getelementptr inbounds float, float* %2, i64 %2780
  %2782 = load float, float* %2781, align 4
  %2783 = insertelement <8 x float> undef, float %2782, i32 0
  %splat328 = shufflevector <8 x float> %2783, <8 x float> undef, <8 x i32> zeroinitializer
  %2784 = load <8 x float>, <8 x float>* %46, align 32
  %2785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat328, <8 x float> %2767, <8 x float> %2784)
  store <8 x float> %2785, <8 x float>* %46, align 32
  %2786 = load <8 x float>, <8 x float>* %41, align 32
  %2787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat328, <8 x float> %2771, <8 x float> %2786)
  store <8 x float> %2787, <8 x float>* %41, align 32
  %2788 = add i64 %2759, 72
  %2789 = getelementptr inbounds float, float* %2, i64 %2788
  %2790 = load float, float* %2789, align 4
  %2791 = insertelement <8 x float> undef, float %2790, i32 0
  %splat329 = shufflevector <8 x float> %2791, <8 x float> undef, <8 x i32> zeroinitializer
  %2792 = load <8 x float>, <8 x float>* %45, align 32
  %2793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat329, <8 x float> %2767, <8 x float> %2792)
  store <8 x float> %2793, <8 x float>* %45, align 32
  %2794 = load <8 x float>, <8 x float>* %40, align 32
  %2795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat329, <8 x float> %2771, <8 x float> %2794)
  store <8 x float> %2795, <8 x float>* %40, align 32
  %2796 = add i64 %2759, 80
  %2797 = getelementptr inbounds float, float* %2, i64 %2796
  %2798 = load float, float* %2797, align 4
  %2799 = insertelement <8 x float> undef, float %2798, i32 0
  %splat330 = shufflevector <8 x float> %2799, <8 x float> undef, <8 x i32> zeroinitializer
  %2800 = load <8 x float>, <8 x float>* %44, align 32
  %2801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat330, <8 x float> %2767, <8 x float> %2800)
  store <8 x float> %2801, <8 x float>* %44, align 32
  %2802 = load <8 x float>, <8 x float>* %39, align 32
  %2803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat330, <8 x float> %2771, <8 x float> %2802)
  store <8 x float> %2803, <8 x float>* %39, align 32
  %2804 = add i64 %2759, 88
  %2805 = getelementptr inbounds float, float* %2, i64 %2804
  %2806 = load float, float* %2805, align 4
  %2807 = insertelement <8 x float> undef, float %2806, i32 0
  %splat331 = shufflevector <8 x float> %2807, <8 x float> undef, <8 x i32> zeroinitializer
  %2808 = load <8 x float>, <8 x float>* %43, align 32
  %2809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat331, <8 x float> %2767, <8 x float> %2808)
  store <8 x float> %2809, <8 x float>* %43, align 32
  %2810 = load <8 x float>, <8 x float>* %38, align 32
  %2811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat331, <8 x float> %2771, <8 x float> %2810)
  store <8 x float> %2811, <8 x float>* %38, align 32
  %2812 = add i64 %2763, 8
  %2813 = getelementptr inbounds float, float* %4, i64 %2812
  %2814 = bitcast float* %2813 to <8 x float>*
  %2815 = load <8 x float>, <8 x float>* %2814, align 4
  %2816 = add i64 %2763, 27656
  %2817 = getelementptr inbounds float, float* %4, i64 %2816
  %2818 = bitcast float* %2817 to <8 x float>*
  %2819 = load <8 x float>, <8 x float>* %2818, align 4
  %2820 = add i64 %2759, 57
  %2821 = getelementptr inbounds float, float* %2, i64 %2820
  %2822 = load float, float* %2821, align 4
  %2823 = insertelement <8 x float> undef, float %2822, i32 0
  %splat332 = shufflevector <8 x float> %2823, <8 x float> undef, <8 x i32> zeroinitializer
  %2824 = load <8 x float>, <8 x float>* %47, align 32
  %2825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat332, <8 x float> %2815, <8 x float> %2824)
  store <8 x float> %2825, <8 x float>* %47, align 32
  %2826 = load <8 x float>, <8 x float>* %42, align 32
  %2827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat332, <8 x float> %2819, <8 x float> %2826)
  store <8 x float> %2827, <8 x float>* %42, align 32
  %2828 = add i64 %2759, 65
  %2829 = getelementptr inbounds float, float* %2, i64 %2828
  %2830 = load float, float* %2829, align 4
  %2831 = insertelement <8 x float> undef, float %2830, i32 0
  %splat333 = shufflevector <8 x float> %2831, <8 x float> undef, <8 x i32> zeroinitializer
  %2832 = load <8 x float>, <8 x float>* %46, align 32
  %2833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat333, <8 x float> %2815, <8 x float> %2832)
  store <8 x float> %2833, <8 x float>* %46, align 32
  %2834 = load <8 x float>, <8 x float>* %41, align 32
  %2835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat333, <8 x float> %2819, <8 x float> %2834)
  store <8 x float> %2835, <8 x float>* %41, align 32
  %2836 = add i64 %2759, 73
  %2837 = getelementptr inbounds float, float* %2, i64 %2836
  %2838 = load float, float* %2837, align 4
  %2839 = insertelement <8 x float> undef, float %2838, i32 0
  %splat334 = shufflevector <8 x float> %2839, <8 x float> undef, <8 x i32> zeroinitializer
  %2840 = load <8 x float>, <8 x float>* %45, align 32
  %2841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat334, <8 x float> %2815, <8 x float> %2840)
  store <8 x float> %2841, <8 x float>* %45, align 32
  %2842 = load <8 x float>, <8 x float>* %40, align 32
  %2843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat334, <8 x float> %2819, <8 x float> %2842)
  store <8 x float> %2843, <8 x float>* %40, align 32
  %2844 = add i64 %2759, 81
  %2845 = getelementptr inbounds float, float* %2, i64 %2844
  %2846 = load float, float* %2845, align 4
  %2847 = insertelement <8 x float> undef, float %2846, i32 0
  %splat335 = shufflevector <8 x float> %2847, <8 x float> undef, <8 x i32> zeroinitializer
  %2848 = load <8 x float>, <8 x float>* %44, align 32
  %2849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %2815, <8 x float> %2848)
  store <8 x float> %2849, <8 x float>* %44, align 32
  %2850 = load <8 x float>, <8 x float>* %39, align 32
  %2851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %2819, <8 x float> %2850)
  store <8 x float> %2851, <8 x float>* %39, align 32
  %2852 = add i64 %2759, 89
  %2853 = getelementptr inbounds float, float* %2, i64 %2852
  %2854 = load float, float* %2853, align 4
  %2855 = insertelement <8 x float> undef, float %2854, i32 0
  %splat336 = shufflevector <8 x float> %2855, <8 x float> undef, <8 x i32> zeroinitializer
  %2856 = load <8 x float>, <8 x float>* %43, align 32
  %2857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %2815, <8 x float> %2856)
  store <8 x float> %2857, <8 x float>* %43, align 32
  %2858 = load <8 x float>, <8 x float>* %38, align 32
  %2859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %2819, <8 x float> %2858)
  store <8 x float> %2859, <8 x float>* %38, align 32
  %2860 = add i64 %2763, 16
  %2861 = getelementptr inbounds float, float* %4, i64 %2860
  %2862 = bitcast float* %2861 to <8 x float>*
  %2863 = load <8 x float>, <8 x float>* %2862, align 4
  %2864 = add i64 %2763, 27664
  %2865 = getelementptr inbounds float, float* %4, i64 %2864
  %2866 = bitcast float* %2865 to <8 x float>*
  %2867 = load <8 x float>, <8 x float>* %2866, align 4
  %2868 = add i64 %2759, 58
  %2869 = getelementptr inbounds float, float* %2, i64 %2868
  %2870 = load float, float* %2869, align 4
  %2871 = insertelement <8 x float> undef, float %2870, i32 0
  %splat337 = shufflevector <8 x float> %2871, <8 x float> undef, <8 x i32> zeroinitializer
  %2872 = load <8 x float>, <8 x float>* %47, align 32
  %2873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %2863, <8 x float> %2872)
  store <8 x float> %2873, <8 x float>* %47, align 32
  %2874 = load <8 x float>, <8 x float>* %42, align 32
  %2875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %2867, <8 x float> %2874)
  store <8 x float> %2875, <8 x float>* %42, align 32
  %2876 = add i64 %2759, 66
  %2877 = getelementptr inbounds float, float* %2, i64 %2876
  %2878 = load float, float* %2877, align 4
  %2879 = insertelement <8 x float> undef, float %2878, i32 0
  %splat338 = shufflevector <8 x float> %2879, <8 x float> undef, <8 x i32> zeroinitializer
  %2880 = load <8 x float>, <8 x float>* %46, align 32
  %2881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %2863, <8 x float> %2880)
  store <8 x float> %2881, <8 x float>* %46, align 32
  %2882 = load <8 x float>, <8 x float>* %41, align 32
  %2883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %2867, <8 x float> %2882)
  store <8 x float> %2883, <8 x float>* %41, align 32
  %2884 = add i64 %2759, 74
  %2885 = getelementptr inbounds float, float* %2, i64 %2884
  %2886 = load float, float* %2885, align 4
  %2887 = insertelement <8 x float> undef, float %2886, i32 0
  %splat339 = shufflevector <8 x float> %2887, <8 x float> undef, <8 x i32> zeroinitializer
  %2888 = load <8 x float>, <8 x float>* %45, align 32
  %2889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %2863, <8 x float> %2888)
  store <8 x float> %2889, <8 x float>* %45, align 32
  %2890 = load <8 x float>, <8 x float>* %40, align 32
  %2891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %2867, <8 x float> %2890)
  store <8 x float> %2891, <8 x float>* %40, align 32
  %2892 = add i64 %2759, 82
  %2893 = getelementptr inbounds float, float* %2, i64 %2892
  %2894 = load float, float* %2893, align 4
  %2895 = insertelement <8 x float> undef, float %2894, i32 0
  %splat340 = shufflevector <8 x float> %2895, <8 x float> undef, <8 x i32> zeroinitializer
  %2896 = load <8 x float>, <8 x float>* %44, align 32
  %2897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %2863, <8 x float> %2896)
  store <8 x float> %2897, <8 x float>* %44, align 32
  %2898 = load <8 x float>, <8 x float>* %39, align 32
  %2899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %2867, <8 x float> %2898)
  store <8 x float> %2899, <8 x float>* %39, align 32
  %2900 = add i64 %2759, 90
  %2901 = getelementptr inbounds float, float* %2, i64 %2900
  %2902 = load float, float* %2901, align 4
  %2903 = insertelement <8 x float> undef, float %2902, i32 0
  %splat341 = shufflevector <8 x float> %2903, <8 x float> undef, <8 x i32> zeroinitializer
  %2904 = load <8 x float>, <8 x float>* %43, align 32
  %2905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %2863, <8 x float> %2904)
  store <8 x float> %2905, <8 x float>* %43, align 32
  %2906 = load <8 x float>, <8 x float>* %38, align 32
  %2907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %2867, <8 x float> %2906)
  store <8 x float> %2907, <8 x float>* %38, align 32
  %2908 = add i64 %2763, 24
  %2909 = getelementptr inbounds float, float* %4, i64 %2908
  %2910 = bitcast float* %2909 to <8 x float>*
  %2911 = load <8 x float>, <8 x float>* %2910, align 4
  %2912 = add i64 %2763, 27672
  %2913 = getelementptr inbounds float, float* %4, i64 %2912
  %2914 = bitcast float* %2913 to <8 x float>*
  %2915 = load <8 x float>, <8 x float>* %2914, align 4
  %2916 = add i64 %2759, 59
  %2917 = getelementptr inbounds float, float* %2, i64 %2916
  %2918 = load float, float* %2917, align 4
  %2919 = insertelement <8 x float> undef, float %2918, i32 0
  %splat342 = shufflevector <8 x float> %2919, <8 x float> undef, <8 x i32> zeroinitializer
  %2920 = load <8 x float>, <8 x float>* %47, align 32
  %2921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %2911, <8 x float> %2920)
  store <8 x float> %2921, <8 x float>* %47, align 32
  %2922 = load <8 x float>, <8 x float>* %42, align 32
  %2923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %2915, <8 x float> %2922)
  store <8 x float> %2923, <8 x float>* %42, align 32
  %2924 = add i64 %2759, 67
  %2925 = getelementptr inbounds float, float* %2, i64 %2924
  %2926 = load float, float* %2925, align 4
  %2927 = insertelement <8 x float> undef, float %2926, i32 0
  %splat343 = shufflevector <8 x float> %2927, <8 x float> undef, <8 x i32> zeroinitializer
  %2928 = load <8 x float>, <8 x float>* %46, align 32
  %2929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %2911, <8 x float> %2928)
  store <8 x float> %2929, <8 x float>* %46, align 32
  %2930 = load <8 x float>, <8 x float>* %41, align 32
  %2931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %2915, <8 x float> %2930)
  store <8 x float> %2931, <8 x float>* %41, align 32
  %2932 = add i64 %2759, 75
  %2933 = getelementptr inbounds float, float* %2, i64 %2932
  %2934 = load float, float* %2933, align 4
  %2935 = insertelement <8 x float> undef, float %2934, i32 0
  %splat344 = shufflevector <8 x float> %2935, <8 x float> undef, <8 x i32> zeroinitializer
  %2936 = load <8 x float>, <8 x float>* %45, align 32
  %2937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %2911, <8 x float> %2936)
  store <8 x float> %2937, <8 x float>* %45, align 32
  %2938 = load <8 x float>, <8 x float>* %40, align 32
  %2939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %2915, <8 x float> %2938)
  store <8 x float> %2939, <8 x float>* %40, align 32
  %2940 = add i64 %2759, 83
  %2941 = getelementptr inbounds float, float* %2, i64 %2940
  %2942 = load float, float* %2941, align 4
  %2943 = insertelement <8 x float> undef, float %2942, i32 0
  %splat345 = shufflevector <8 x float> %2943, <8 x float> undef, <8 x i32> zeroinitializer
  %2944 = load <8 x float>, <8 x float>* %44, align 32
  %2945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %2911, <8 x float> %2944)
  store <8 x float> %2945, <8 x float>* %44, align 32
  %2946 = load <8 x float>, <8 x float>* %39, align 32
  %2947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %2915, <8 x float> %2946)
  store <8 x float> %2947, <8 x float>* %39, align 32
  %2948 = add i64 %2759, 91
  %2949 = getelementptr inbounds float, float* %2, i64 %2948
  %2950 = load float, float* %2949, align 4
  %2951 = insertelement <8 x float> undef, float %2950, i32 0
  %splat346 = shufflevector <8 x float> %2951, <8 x float> undef, <8 x i32> zeroinitializer
  %2952 = load <8 x float>, <8 x float>* %43, align 32
  %2953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %2911, <8 x float> %2952)
  store <8 x float> %2953, <8 x float>* %43, align 32
  %2954 = load <8 x float>, <8 x float>* %38, align 32
  %2955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %2915, <8 x float> %2954)
  store <8 x float> %2955, <8 x float>* %38, align 32
  %2956 = add i64 %2763, 32
  %2957 = getelementptr inbounds float, float* %4, i64 %2956
  %2958 = bitcast float* %2957 to <8 x float>*
  %2959 = load <8 x float>, <8 x float>* %2958, align 4
  %2960 = add i64 %2763, 27680
  %2961 = getelementptr inbounds float, float* %4, i64 %2960
  %2962 = bitcast float* %2961 to <8 x float>*
  %2963 = load <8 x float>, <8 x float>* %2962, align 4
  %2964 = add i64 %2759, 60
  %2965 = getelementptr inbounds float, float* %2, i64 %2964
  %2966 = load float, float* %2965, align 4
  %2967 = insertelement <8 x float> undef, float %2966, i32 0
  %splat347 = shufflevector <8 x float> %2967, <8 x float> undef, <8 x i32> zeroinitializer
  %2968 = load <8 x float>, <8 x float>* %47, align 32
  %2969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %2959, <8 x float> %2968)
  store <8 x float> %2969, <8 x float>* %47, align 32
  %2970 = load <8 x float>, <8 x float>* %42, align 32
  %2971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %2963, <8 x float> %2970)
  store <8 x float> %2971, <8 x float>* %42, align 32
  %2972 = add i64 %2759, 68
  %2973 = getelementptr inbounds float, float* %2, i64 %2972
  %2974 = load float, float* %2973, align 4
  %2975 = insertelement <8 x float> undef, float %2974, i32 0
  %splat348 = shufflevector <8 x float> %2975, <8 x float> undef, <8 x i32> zeroinitializer
  %2976 = load <8 x float>, <8 x float>* %46, align 32
  %2977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %2959, <8 x float> %2976)
  store <8 x float> %2977, <8 x float>* %46, align 32
  %2978 = load <8 x float>, <8 x float>* %41, align 32
  %2979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %2963, <8 x float> %2978)
  store <8 x float> %2979, <8 x float>* %41, align 32
  %2980 = add i64 %2759, 76
  %2981 = getelementptr inbounds float, float* %2, i64 %2980
  %2982 = load float, float* %2981, align 4
  %2983 = insertelement <8 x float> undef, float %2982, i32 0
  %splat349 = shufflevector <8 x float> %2983, <8 x float> undef, <8 x i32> zeroinitializer
  %2984 = load <8 x float>, <8 x float>* %45, align 32
  %2985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %2959, <8 x float> %2984)
  store <8 x float> %2985, <8 x float>* %45, align 32
  %2986 = load <8 x float>, <8 x float>* %40, align 32
  %2987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %2963, <8 x float> %2986)
  store <8 x float> %2987, <8 x float>* %40, align 32
  %2988 = add i64 %2759, 84
  %2989 = getelementptr inbounds float, float* %2, i64 %2988
  %2990 = load float, float* %2989, align 4
  %2991 = insertelement <8 x float> undef, float %2990, i32 0
  %splat350 = shufflevector <8 x float> %2991, <8 x float> undef, <8 x i32> zeroinitializer
  %2992 = load <8 x float>, <8 x float>* %44, align 32
  %2993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %2959, <8 x float> %2992)
  store <8 x float> %2993, <8 x float>* %44, align 32
  %2994 = load <8 x float>, <8 x float>* %39, align 32
  %2995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %2963, <8 x float> %2994)
  store <8 x float> %2995, <8 x float>* %39, align 32
  %2996 = add i64 %2759, 92
  %2997 = getelementptr inbounds float, float* %2, i64 %2996
  %2998 = load float, float* %2997, align 4
  %2999 = insertelement <8 x float> undef, float %2998, i32 0
  %splat351 = shufflevector <8 x float> %2999, <8 x float> undef, <8 x i32> zeroinitializer
  %3000 = load <8 x float>, <8 x float>* %43, align 32
  %3001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %2959, <8 x float> %3000)
  store <8 x float> %3001, <8 x float>* %43, align 32
  %3002 = load <8 x float>, <8 x float>* %38, align 32
  %3003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %2963, <8 x float> %3002)
  store <8 x float> %3003, <8 x float>* %38, align 32
  %3004 = add i64 %2763, 40
  %3005 = getelementptr inbounds float, float* %4, i64 %3004
  %3006 = bitcast float* %3005 to <8 x float>*
  %3007 = load <8 x float>, <8 x float>* %3006, align 4
  %3008 = add i64 %2763, 27688
  %3009 = getelementptr inbounds float, float* %4, i64 %3008
  %3010 = bitcast float* %3009 to <8 x float>*
  %3011 = load <8 x float>, <8 x float>* %3010, align 4
  %3012 = add i64 %2759, 61
  %3013 = getelementptr inbounds float, float* %2, i64 %3012
  %3014 = load float, float* %3013, align 4
  %3015 = insertelement <8 x float> undef, float %3014, i32 0
  %splat352 = shufflevector <8 x float> %3015, <8 x float> undef, <8 x i32> zeroinitializer
  %3016 = load <8 x float>, <8 x float>* %47, align 32
  %3017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %3007, <8 x float> %3016)
  store <8 x float> %3017, <8 x float>* %47, align 32
  %3018 = load <8 x float>, <8 x float>* %42, align 32
  %3019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %3011, <8 x float> %3018)
  store <8 x float> %3019, <8 x float>* %42, align 32
  %3020 = add i64 %2759, 69
  %3021 = getelementptr inbounds float, float* %2, i64 %3020
  %3022 = load float, float* %3021, align 4
  %3023 = insertelement <8 x float> undef, float %3022, i32 0
  %splat353 = shufflevector <8 x float> %3023, <8 x float> undef, <8 x i32> zeroinitializer
  %3024 = load <8 x float>, <8 x float>* %46, align 32
  %3025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %3007, <8 x float> %3024)
  store <8 x float> %3025, <8 x float>* %46, align 32
  %3026 = load <8 x float>, <8 x float>* %41, align 32
  %3027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %3011, <8 x float> %3026)
  store <8 x float> %3027, <8 x float>* %41, align 32
  %3028 = add i64 %2759, 77
  %3029 = getelementptr inbounds float, float* %2, i64 %3028
  %3030 = load float, float* %3029, align 4
  %3031 = insertelement <8 x float> undef, float %3030, i32 0
  %splat354 = shufflevector <8 x float> %3031, <8 x float> undef, <8 x i32> zeroinitializer
  %3032 = load <8 x float>, <8 x float>* %45, align 32
  %3033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %3007, <8 x float> %3032)
  store <8 x float> %3033, <8 x float>* %45, align 32
  %3034 = load <8 x float>, <8 x float>* %40, align 32
  %3035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %3011, <8 x float> %3034)
  store <8 x float> %3035, <8 x float>* %40, align 32
  %3036 = add i64 %2759, 85
  %3037 = getelementptr inbounds float, float* %2, i64 %3036
  %3038 = load float, float* %3037, align 4
  %3039 = insertelement <8 x float> undef, float %3038, i32 0
  %splat355 = shufflevector <8 x float> %3039, <8 x float> undef, <8 x i32> zeroinitializer
  %3040 = load <8 x float>, <8 x float>* %44, align 32
  %3041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %3007, <8 x float> %3040)
  store <8 x float> %3041, <8 x float>* %44, align 32
  %3042 = load <8 x float>, <8 x float>* %39, align 32
  %3043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %3011, <8 x float> %3042)
  store <8 x float> %3043, <8 x float>* %39, align 32
  %3044 = add i64 %2759, 93
  %3045 = getelementptr inbounds float, float* %2, i64 %3044
  %3046 = load float, float* %3045, align 4
  %3047 = insertelement <8 x float> undef, float %3046, i32 0
  %splat356 = shufflevector <8 x float> %3047, <8 x float> undef, <8 x i32> zeroinitializer
  %3048 = load <8 x float>, <8 x float>* %43, align 32
  %3049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %3007, <8 x float> %3048)
  store <8 x float> %3049, <8 x float>* %43, align 32
  %3050 = load <8 x float>, <8 x float>* %38, align 32
  %3051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %3011, <8 x float> %3050)
  store <8 x float> %3051, <8 x float>* %38, align 32
  %3052 = add i64 %2763, 48
  %3053 = getelementptr inbounds float, float* %4, i64 %3052
  %3054 = bitcast float* %3053 to <8 x float>*
  %3055 = load <8 x float>, <8 x float>* %3054, align 4
  %3056 = add i64 %2763, 27696
  %3057 = getelementptr inbounds float, float* %4, i64 %3056
  %3058 = bitcast float* %3057 to <8 x float>*
  %3059 = load <8 x float>, <8 x float>* %3058, align 4
  %3060 = add i64 %2759, 62
  %3061 = getelementptr inbounds float, float* %2, i64 %3060
  %3062 = load float, float* %3061, align 4
  %3063 = insertelement <8 x float> undef, float %3062, i32 0
  %splat357 = shufflevector <8 x float> %3063, <8 x float> undef, <8 x i32> zeroinitializer
  %3064 = load <8 x float>, <8 x float>* %47, align 32
  %3065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3055, <8 x float> %3064)
  store <8 x float> %3065, <8 x float>* %47, align 32
  %3066 = load <8 x float>, <8 x float>* %42, align 32
  %3067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3059, <8 x float> %3066)
  store <8 x float> %3067, <8 x float>* %42, align 32
  %3068 = add i64 %2759, 70
  %3069 = getelementptr inbounds float, float* %2, i64 %3068
  %3070 = load float, float* %3069, align 4
  %3071 = insertelement <8 x float> undef, float %3070, i32 0
  %splat358 = shufflevector <8 x float> %3071, <8 x float> undef, <8 x i32> zeroinitializer
  %3072 = load <8 x float>, <8 x float>* %46, align 32
  %3073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3055, <8 x float> %3072)
  store <8 x float> %3073, <8 x float>* %46, align 32
  %3074 = load <8 x float>, <8 x float>* %41, align 32
  %3075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3059, <8 x float> %3074)
  store <8 x float> %3075, <8 x float>* %41, align 32
  %3076 = add i64 %2759, 78
  %3077 = getelementptr inbounds float, float* %2, i64 %3076
  %3078 = load float, float* %3077, align 4
  %3079 = insertelement <8 x float> undef, float %3078, i32 0
  %splat359 = shufflevector <8 x float> %3079, <8 x float> undef, <8 x i32> zeroinitializer
  %3080 = load <8 x float>, <8 x float>* %45, align 32
  %3081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3055, <8 x float> %3080)
  store <8 x float> %3081, <8 x float>* %45, align 32
  %3082 = load <8 x float>, <8 x float>* %40, align 32
  %3083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3059, <8 x float> %3082)
  store <8 x float> %3083, <8 x float>* %40, align 32
  %3084 = add i64 %2759, 86
  %3085 = getelementptr inbounds float, float* %2, i64 %3084
  %3086 = load float, float* %3085, align 4
  %3087 = insertelement <8 x float> undef, float %3086, i32 0
  %splat360 = shufflevector <8 x float> %3087, <8 x float> undef, <8 x i32> zeroinitializer
  %3088 = load <8 x float>, <8 x float>* %44, align 32
  %3089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat360, <8 x float> %3055, <8 x float> %3088)
  store <8 x float> %3089, <8 x float>* %44, align 32
  %3090 = load <8 x float>, <8 x float>* %39, align 32
  %3091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat360, <8 x float> %3059, <8 x float> %3090)
  store <8 x float> %3091, <8 x float>* %39, align 32
  %3092 = add i64 %2759, 94
  %3093 = getelementptr inbounds float, float* %2, i64 %3092
  %3094 = load float, float* %3093, align 4
  %3095 = insertelement <8 x float> undef, float %3094, i32 0
  %splat361 = shufflevector <8 x float> %3095, <8 x float> undef, <8 x i32> zeroinitializer
  %3096 = load <8 x float>, <8 x float>* %43, align 32
  %3097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat361, <8 x float> %3055, <8 x float> %3096)
  store <8 x float> %3097, <8 x float>* %43, align 32
  %3098 = load <8 x float>, <8 x float>* %38, align 32
  %3099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat361, <8 x float> %3059, <8 x float> %3098)
  store <8 x float> %3099, <8 x float>* %38, align 32
  %3100 = add i64 %2763, 56
  %3101 = getelementptr inbounds float, float* %4, i64 %3100
  %3102 = bitcast float* %3101 to <8 x float>*
  %3103 = load <8 x float>, <8 x float>* %3102, align 4
  %3104 = add i64 %2763, 27704
  %3105 = getelementptr inbounds float, float* %4, i64 %3104
  %3106 = bitcast float* %3105 to <8 x float>*
  %3107 = load <8 x float>, <8 x float>* %3106, align 4
  %3108 = add i64 %2759, 63
  %3109 = getelementptr inbounds float, float* %2, i64 %3108
  %3110 = load float, float* %3109, align 4
  %3111 = insertelement <8 x float> undef, float %3110, i32 0
  %splat362 = shufflevector <8 x float> %3111, <8 x float> undef, <8 x i32> zeroinitializer
  %3112 = load <8 x float>, <8 x float>* %47, align 32
  %3113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat362, <8 x float> %3103, <8 x float> %3112)
  store <8 x float> %3113, <8 x float>* %47, align 32
  %3114 = load <8 x float>, <8 x float>* %42, align 32
  %3115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat362, <8 x float> %3107, <8 x float> %3114)
  store <8 x float> %3115, <8 x float>* %42, align 32
  %3116 = add i64 %2759, 71
  %3117 = getelementptr inbounds float, float* %2, i64 %3116
  %3118 = load float, float* %3117, align 4
  %3119 = insertelement <8 x float> undef, float %3118, i32 0
  %splat363 = shufflevector <8 x float> %3119, <8 x float> undef, <8 x i32> zeroinitializer
  %3120 = load <8 x float>, <8 x float>* %46, align 32
  %3121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat363, <8 x float> %3103, <8 x float> %3120)
  store <8 x float> %3121, <8 x float>* %46, align 32
  %3122 = load <8 x float>, <8 x float>* %41, align 32
  %3123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat363, <8 x float> %3107, <8 x float> %3122)
  store <8 x float> %3123, <8 x float>* %41, align 32
  %3124 = add i64 %2759, 79
  %3125 = getelementptr inbounds float, float* %2, i64 %3124
  %3126 = load float, float* %3125, align 4
  %3127 = insertelement <8 x float> undef, float %3126, i32 0
  %splat364 = shufflevector <8 x float> %3127, <8 x float> undef, <8 x i32> zeroinitializer
  %3128 = load <8 x float>, <8 x float>* %45, align 32
  %3129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat364, <8 x float> %3103, <8 x float> %3128)
  store <8 x float> %3129, <8 x float>* %45, align 32
  %3130 = load <8 x float>, <8 x float>* %40, align 32
  %3131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat364, <8 x float> %3107, <8 x float> %3130)
  store <8 x float> %3131, <8 x float>* %40, align 32
  %3132 = add i64 %2759, 87
  %3133 = getelementptr inbounds float, float* %2, i64 %3132
  %3134 = load float, float* %3133, align 4
  %3135 = insertelement <8 x float> undef, float %3134, i32 0
  %splat365 = shufflevector <8 x float> %3135, <8 x float> undef, <8 x i32> zeroinitializer
  %3136 = load <8 x float>, <8 x float>* %44, align 32
  %3137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat365, <8 x float> %3103, <8 x float> %3136)
  store <8 x float> %3137, <8 x float>* %44, align 32
  %3138 = load <8 x float>, <8 x float>* %39, align 32
  %3139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat365, <8 x float> %3107, <8 x float> %3138)
  store <8 x float> %3139, <8 x float>* %39, align 32
  %3140 = add i64 %2759, 95
  %3141 = getelementptr inbounds float, float* %2, i64 %3140
  %3142 = load float, float* %3141, align 4
  %3143 = insertelement <8 x float> undef, float %3142, i32 0
  %splat366 = shufflevector <8 x float> %3143, <8 x float> undef, <8 x i32> zeroinitializer
  %3144 = load <8 x float>, <8 x float>* %43, align 32
  %3145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat366, <8 x float> %3103, <8 x float> %3144)
  store <8 x float> %3145, <8 x float>* %43, align 32
  %3146 = load <8 x float>, <8 x float>* %38, align 32
  %3147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat366, <8 x float> %3107, <8 x float> %3146)
  store <8 x float> %3147, <8 x float>* %38, align 32
  %kw.next367 = add i64 %kw326, 1
  br label %kw.header323

kw.exit325:                                       ; preds = %kw.header323
  %kh.next368 = add i64 %kh322, 1
  br label %kh.header319

u.header370:                                      ; preds = %kh.exit376, %u.exit317
  %u373 = phi i64 [ 0, %u.exit317 ], [ %u.next424, %kh.exit376 ]
  %3148 = icmp slt i64 %u373, 3
  br i1 %3148, label %u.body371, label %u.exit372

u.body371:                                        ; preds = %u.header370
  %3149 = add i64 %2753, %u373
  %3150 = mul i64 %3149, 392
  %3151 = add i64 %2752, %3150
  %3152 = mul i64 %3149, 576
  %3153 = add i64 %103, %3152
  br label %kh.header374

u.exit372:                                        ; preds = %u.header370
  %3154 = icmp eq i64 %chunk, 15
  %3155 = load <8 x float>, <8 x float>* %37, align 32
  %3156 = fcmp olt <8 x float> %3155, zeroinitializer
  %3157 = select <8 x i1> %3156, <8 x float> zeroinitializer, <8 x float> %3155
  %3158 = select i1 %3154, <8 x float> %3157, <8 x float> %3155
  %3159 = getelementptr inbounds float, float* %0, i64 %2668
  %3160 = bitcast float* %3159 to <8 x float>*
  store <8 x float> %3158, <8 x float>* %3160, align 4
  %3161 = load <8 x float>, <8 x float>* %36, align 32
  %3162 = fcmp olt <8 x float> %3161, zeroinitializer
  %3163 = select <8 x i1> %3162, <8 x float> zeroinitializer, <8 x float> %3161
  %3164 = select i1 %3154, <8 x float> %3163, <8 x float> %3161
  %3165 = getelementptr inbounds float, float* %0, i64 %2671
  %3166 = bitcast float* %3165 to <8 x float>*
  store <8 x float> %3164, <8 x float>* %3166, align 4
  %3167 = load <8 x float>, <8 x float>* %35, align 32
  %3168 = fcmp olt <8 x float> %3167, zeroinitializer
  %3169 = select <8 x i1> %3168, <8 x float> zeroinitializer, <8 x float> %3167
  %3170 = select i1 %3154, <8 x float> %3169, <8 x float> %3167
  %3171 = getelementptr inbounds float, float* %0, i64 %2674
  %3172 = bitcast float* %3171 to <8 x float>*
  store <8 x float> %3170, <8 x float>* %3172, align 4
  %3173 = load <8 x float>, <8 x float>* %34, align 32
  %3174 = fcmp olt <8 x float> %3173, zeroinitializer
  %3175 = select <8 x i1> %3174, <8 x float> zeroinitializer, <8 x float> %3173
  %3176 = select i1 %3154, <8 x float> %3175, <8 x float> %3173
  %3177 = getelementptr inbounds float, float* %0, i64 %2677
  %3178 = bitcast float* %3177 to <8 x float>*
  store <8 x float> %3176, <8 x float>* %3178, align 4
  %3179 = load <8 x float>, <8 x float>* %33, align 32
  %3180 = fcmp olt <8 x float> %3179, zeroinitializer
  %3181 = select <8 x i1> %3180, <8 x float> zeroinitializer, <8 x float> %3179
  %3182 = select i1 %3154, <8 x float> %3181, <8 x float> %3179
  %3183 = getelementptr inbounds float, float* %0, i64 %2680
  %3184 = bitcast float* %3183 to <8 x float>*
  store <8 x float> %3182, <8 x float>* %3184, align 4
  %3185 = load <8 x float>, <8 x float>* %32, align 32
  %3186 = fcmp olt <8 x float> %3185, zeroinitializer
  %3187 = select <8 x i1> %3186, <8 x float> zeroinitializer, <8 x float> %3185
  %3188 = select i1 %3154, <8 x float> %3187, <8 x float> %3185
  %3189 = getelementptr inbounds float, float* %0, i64 %2687
  %3190 = bitcast float* %3189 to <8 x float>*
  store <8 x float> %3188, <8 x float>* %3190, align 4
  %3191 = load <8 x float>, <8 x float>* %31, align 32
  %3192 = fcmp olt <8 x float> %3191, zeroinitializer
  %3193 = select <8 x i1> %3192, <8 x float> zeroinitializer, <8 x float> %3191
  %3194 = select i1 %3154, <8 x float> %3193, <8 x float> %3191
  %3195 = getelementptr inbounds float, float* %0, i64 %2690
  %3196 = bitcast float* %3195 to <8 x float>*
  store <8 x float> %3194, <8 x float>* %3196, align 4
  %3197 = load <8 x float>, <8 x float>* %30, align 32
  %3198 = fcmp olt <8 x float> %3197, zeroinitializer
  %3199 = select <8 x i1> %3198, <8 x float> zeroinitializer, <8 x float> %3197
  %3200 = select i1 %3154, <8 x float> %3199, <8 x float> %3197
  %3201 = getelementptr inbounds float, float* %0, i64 %2693
  %3202 = bitcast float* %3201 to <8 x float>*
  store <8 x float> %3200, <8 x float>* %3202, align 4
  %3203 = load <8 x float>, <8 x float>* %29, align 32
  %3204 = fcmp olt <8 x float> %3203, zeroinitializer
  %3205 = select <8 x i1> %3204, <8 x float> zeroinitializer, <8 x float> %3203
  %3206 = select i1 %3154, <8 x float> %3205, <8 x float> %3203
  %3207 = getelementptr inbounds float, float* %0, i64 %2696
  %3208 = bitcast float* %3207 to <8 x float>*
  store <8 x float> %3206, <8 x float>* %3208, align 4
  %3209 = load <8 x float>, <8 x float>* %28, align 32
  %3210 = fcmp olt <8 x float> %3209, zeroinitializer
  %3211 = select <8 x i1> %3210, <8 x float> zeroinitializer, <8 x float> %3209
  %3212 = select i1 %3154, <8 x float> %3211, <8 x float> %3209
  %3213 = getelementptr inbounds float, float* %0, i64 %2699
  %3214 = bitcast float* %3213 to <8 x float>*
  store <8 x float> %3212, <8 x float>* %3214, align 4
  %3215 = add i64 %94, 0
  %3216 = mul i64 %89, 125
  %3217 = add i64 %3216, %92
  %3218 = add i64 %3217, 0
  %3219 = mul i64 %3218, 200
  %3220 = add i64 %3215, 15
  %3221 = mul i64 %3220, 8
  %3222 = add i64 %3219, %3221
  %3223 = add i64 %3215, 16
  %3224 = mul i64 %3223, 8
  %3225 = add i64 %3219, %3224
  %3226 = add i64 %3215, 17
  %3227 = mul i64 %3226, 8
  %3228 = add i64 %3219, %3227
  %3229 = add i64 %3215, 18
  %3230 = mul i64 %3229, 8
  %3231 = add i64 %3219, %3230
  %3232 = add i64 %3215, 19
  %3233 = mul i64 %3232, 8
  %3234 = add i64 %3219, %3233
  %3235 = mul i64 %89, 125
  %3236 = add i64 %3235, %92
  %3237 = add i64 %3236, 1
  %3238 = mul i64 %3237, 200
  %3239 = add i64 %3215, 15
  %3240 = mul i64 %3239, 8
  %3241 = add i64 %3238, %3240
  %3242 = add i64 %3215, 16
  %3243 = mul i64 %3242, 8
  %3244 = add i64 %3238, %3243
  %3245 = add i64 %3215, 17
  %3246 = mul i64 %3245, 8
  %3247 = add i64 %3238, %3246
  %3248 = add i64 %3215, 18
  %3249 = mul i64 %3248, 8
  %3250 = add i64 %3238, %3249
  %3251 = add i64 %3215, 19
  %3252 = mul i64 %3251, 8
  %3253 = add i64 %3238, %3252
  %3254 = add i64 %98, 0
  %3255 = mul i64 %3254, 8
  %3256 = getelementptr inbounds float, float* %5, i64 %3255
  %3257 = bitcast float* %3256 to <8 x float>*
  %3258 = load <8 x float>, <8 x float>* %3257, align 4
  %3259 = add i64 %98, 1
  %3260 = mul i64 %3259, 8
  %3261 = getelementptr inbounds float, float* %5, i64 %3260
  %3262 = bitcast float* %3261 to <8 x float>*
  %3263 = load <8 x float>, <8 x float>* %3262, align 4
  %3264 = icmp eq i64 %chunk, 0
  %3265 = getelementptr inbounds float, float* %0, i64 %3222
  %3266 = bitcast float* %3265 to <8 x float>*
  %3267 = load <8 x float>, <8 x float>* %3266, align 4
  %3268 = select i1 %3264, <8 x float> %3258, <8 x float> %3267
  store <8 x float> %3268, <8 x float>* %27, align 32
  %3269 = getelementptr inbounds float, float* %0, i64 %3225
  %3270 = bitcast float* %3269 to <8 x float>*
  %3271 = load <8 x float>, <8 x float>* %3270, align 4
  %3272 = select i1 %3264, <8 x float> %3258, <8 x float> %3271
  store <8 x float> %3272, <8 x float>* %26, align 32
  %3273 = getelementptr inbounds float, float* %0, i64 %3228
  %3274 = bitcast float* %3273 to <8 x float>*
  %3275 = load <8 x float>, <8 x float>* %3274, align 4
  %3276 = select i1 %3264, <8 x float> %3258, <8 x float> %3275
  store <8 x float> %3276, <8 x float>* %25, align 32
  %3277 = getelementptr inbounds float, float* %0, i64 %3231
  %3278 = bitcast float* %3277 to <8 x float>*
  %3279 = load <8 x float>, <8 x float>* %3278, align 4
  %3280 = select i1 %3264, <8 x float> %3258, <8 x float> %3279
  store <8 x float> %3280, <8 x float>* %24, align 32
  %3281 = getelementptr inbounds float, float* %0, i64 %3234
  %3282 = bitcast float* %3281 to <8 x float>*
  %3283 = load <8 x float>, <8 x float>* %3282, align 4
  %3284 = select i1 %3264, <8 x float> %3258, <8 x float> %3283
  store <8 x float> %3284, <8 x float>* %23, align 32
  %3285 = getelementptr inbounds float, float* %0, i64 %3241
  %3286 = bitcast float* %3285 to <8 x float>*
  %3287 = load <8 x float>, <8 x float>* %3286, align 4
  %3288 = select i1 %3264, <8 x float> %3263, <8 x float> %3287
  store <8 x float> %3288, <8 x float>* %22, align 32
  %3289 = getelementptr inbounds float, float* %0, i64 %3244
  %3290 = bitcast float* %3289 to <8 x float>*
  %3291 = load <8 x float>, <8 x float>* %3290, align 4
  %3292 = select i1 %3264, <8 x float> %3263, <8 x float> %3291
  store <8 x float> %3292, <8 x float>* %21, align 32
  %3293 = getelementptr inbounds float, float* %0, i64 %3247
  %3294 = bitcast float* %3293 to <8 x float>*
  %3295 = load <8 x float>, <8 x float>* %3294, align 4
  %3296 = select i1 %3264, <8 x float> %3263, <8 x float> %3295
  store <8 x float> %3296, <8 x float>* %20, align 32
  %3297 = getelementptr inbounds float, float* %0, i64 %3250
  %3298 = bitcast float* %3297 to <8 x float>*
  %3299 = load <8 x float>, <8 x float>* %3298, align 4
  %3300 = select i1 %3264, <8 x float> %3263, <8 x float> %3299
  store <8 x float> %3300, <8 x float>* %19, align 32
  %3301 = getelementptr inbounds float, float* %0, i64 %3253
  %3302 = bitcast float* %3301 to <8 x float>*
  %3303 = load <8 x float>, <8 x float>* %3302, align 4
  %3304 = select i1 %3264, <8 x float> %3263, <8 x float> %3303
  store <8 x float> %3304, <8 x float>* %18, align 32
  %3305 = add i64 %104, 0
  %3306 = add i64 %102, %3305
  %3307 = mul i64 %chunk, 3
  br label %u.header425

kh.header374:                                     ; preds = %kw.exit380, %u.body371
  %kh377 = phi i64 [ 0, %u.body371 ], [ %kh.next423, %kw.exit380 ]
  %3308 = icmp slt i64 %kh377, 3
  br i1 %3308, label %kh.body375, label %kh.exit376

kh.body375:                                       ; preds = %kh.header374
  %3309 = mul i64 %kh377, 56
  %3310 = add i64 %3151, %3309
  br label %kw.header378

kh.exit376:                                       ; preds = %kh.header374
  %u.next424 = add i64 %u373, 1
  br label %u.header370

kw.header378:                                     ; preds = %kw.body379, %kh.body375
  %kw381 = phi i64 [ 0, %kh.body375 ], [ %kw.next422, %kw.body379 ]
  %3311 = icmp slt i64 %kw381, 3
  br i1 %3311, label %kw.body379, label %kw.exit380

kw.body379:                                       ; preds = %kw.header378
  %3312 = mul i64 %kw381, 8
  %3313 = add i64 %3310, %3312
  %3314 = mul i64 %kh377, 3
  %3315 = add i64 %3314, %kw381
  %3316 = mul i64 %3315, 64
  %3317 = add i64 %3153, %3316
  %3318 = add i64 %3317, 0
  %3319 = getelementptr inbounds float, float* %4, i64 %3318
  %3320 = bitcast float* %3319 to <8 x float>*
  %3321 = load <8 x float>, <8 x float>* %3320, align 4
  %3322 = add i64 %3317, 27648
  %3323 = getelementptr inbounds float, float* %4, i64 %3322
  %3324 = bitcast float* %3323 to <8 x float>*
  %3325 = load <8 x float>, <8 x float>* %3324, align 4
  %3326 = add i64 %3313, 112
  %3327 = getelementptr inbounds float, float* %2, i64 %3326
  %3328 = load float, float* %3327, align 4
  %3329 = insertelement <8 x float> undef, float %3328, i32 0
  %splat382 = shufflevector <8 x float> %3329, <8 x float> undef, <8 x i32> zeroinitializer
  %3330 = load <8 x float>, <8 x float>* %37, align 32
  %3331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3321, <8 x float> %3330)
  store <8 x float> %3331, <8 x float>* %37, align 32
  %3332 = load <8 x float>, <8 x float>* %32, align 32
  %3333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3325, <8 x float> %3332)
  store <8 x float> %3333, <8 x float>* %32, align 32
  %3334 = add i64 %3313, 120
  %3335 = getelementptr inbounds float, float* %2, i64 %3334
  %3336 = load float, float* %3335, align 4
  %3337 = insertelement <8 x float> undef, float %3336, i32 0
  %splat383 = shufflevector <8 x float> %3337, <8 x float> undef, <8 x i32> zeroinitializer
  %3338 = load <8 x float>, <8 x float>* %36, align 32
  %3339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat383, <8 x float> %3321, <8 x float> %3338)
  store <8 x float> %3339, <8 x float>* %36, align 32
  %3340 = load <8 x float>, <8 x float>* %31, align 32
  %3341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat383, <8 x float> %3325, <8 x float> %3340)
  store <8 x float> %3341, <8 x float>* %31, align 32
  %3342 = add i64 %3313, 128
  %3343 = getelementptr inbounds float, float* %2, i64 %3342
  %3344 = load float, float* %3343, align 4
  %3345 = insertelement <8 x float> undef, float %3344, i32 0
  %splat384 = shufflevector <8 x float> %3345, <8 x float> undef, <8 x i32> zeroinitializer
  %3346 = load <8 x float>, <8 x float>* %35, align 32
  %3347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat384, <8 x float> %3321, <8 x float> %3346)
  store <8 x float> %3347, <8 x float>* %35, align 32
  %3348 = load <8 x float>, <8 x float>* %30, align 32
  %3349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat384, <8 x float> %3325, <8 x float> %3348)
  store <8 x float> %3349, <8 x float>* %30, align 32
  %3350 = add i64 %3313, 136
  %3351 = getelementptr inbounds float, float* %2, i64 %3350
  %3352 = load float, float* %3351, align 4
  %3353 = insertelement <8 x float> undef, float %3352, i32 0
  %splat385 = shufflevector <8 x float> %3353, <8 x float> undef, <8 x i32> zeroinitializer
  %3354 = load <8 x float>, <8 x float>* %34, align 32
  %3355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat385, <8 x float> %3321, <8 x float> %3354)
  store <8 x float> %3355, <8 x float>* %34, align 32
  %3356 = load <8 x float>, <8 x float>* %29, align 32
  %3357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat385, <8 x float> %3325, <8 x float> %3356)
  store <8 x float> %3357, <8 x float>* %29, align 32
  %3358 = add i64 %3313, 144
  %3359 = getelementptr inbounds float, float* %2, i64 %3358
  %3360 = load float, float* %3359, align 4
  %3361 = insertelement <8 x float> undef, float %3360, i32 0
  %splat386 = shufflevector <8 x float> %3361, <8 x float> undef, <8 x i32> zeroinitializer
  %3362 = load <8 x float>, <8 x float>* %33, align 32
  %3363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat386, <8 x float> %3321, <8 x float> %3362)
  store <8 x float> %3363, <8 x float>* %33, align 32
  %3364 = load <8 x float>, <8 x float>* %28, align 32
  %3365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat386, <8 x float> %3325, <8 x float> %3364)
  store <8 x float> %3365, <8 x float>* %28, align 32
  %3366 = add i64 %3317, 8
  %3367 = getelementptr inbounds float, float* %4, i64 %3366
  %3368 = bitcast float* %3367 to <8 x float>*
  %3369 = load <8 x float>, <8 x float>* %3368, align 4
  %3370 = add i64 %3317, 27656
  %3371 = getelementptr inbounds float, float* %4, i64 %3370
  %3372 = bitcast float* %3371 to <8 x float>*
  %3373 = load <8 x float>, <8 x float>* %3372, align 4
  %3374 = add i64 %3313, 113
  %3375 = getelementptr inbounds float, float* %2, i64 %3374
  %3376 = load float, float* %3375, align 4
  %3377 = insertelement <8 x float> undef, float %3376, i32 0
  %splat387 = shufflevector <8 x float> %3377, <8 x float> undef, <8 x i32> zeroinitializer
  %3378 = load <8 x float>, <8 x float>* %37, align 32
  %3379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat387, <8 x float> %3369, <8 x float> %3378)
  store <8 x float> %3379, <8 x float>* %37, align 32
  %3380 = load <8 x float>, <8 x float>* %32, align 32
  %3381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat387, <8 x float> %3373, <8 x float> %3380)
  store <8 x float> %3381, <8 x float>* %32, align 32
  %3382 = add i64 %3313, 121
  %3383 = getelementptr inbounds float, float* %2, i64 %3382
  %3384 = load float, float* %3383, align 4
  %3385 = insertelement <8 x float> undef, float %3384, i32 0
  %splat388 = shufflevector <8 x float> %3385, <8 x float> undef, <8 x i32> zeroinitializer
  %3386 = load <8 x float>, <8 x float>* %36, align 32
  %3387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat388, <8 x float> %3369, <8 x float> %3386)
  store <8 x float> %3387, <8 x float>* %36, align 32
  %3388 = load <8 x float>, <8 x float>* %31, align 32
  %3389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat388, <8 x float> %3373, <8 x float> %3388)
  store <8 x float> %3389, <8 x float>* %31, align 32
  %3390 = add i64 %3313, 129
  %3391 = getelementptr inbounds float, float* %2, i64 %3390
  %3392 = load float, float* %3391, align 4
  %3393 = insertelement <8 x float> undef, float %3392, i32 0
  %splat389 = shufflevector <8 x float> %3393, <8 x float> undef, <8 x i32> zeroinitializer
  %3394 = load <8 x float>, <8 x float>* %35, align 32
  %3395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat389, <8 x float> %3369, <8 x float> %3394)
  store <8 x float> %3395, <8 x float>* %35, align 32
  %3396 = load <8 x float>, <8 x float>* %30, align 32
  %3397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat389, <8 x float> %3373, <8 x float> %3396)
  store <8 x float> %3397, <8 x float>* %30, align 32
  %3398 = add i64 %3313, 137
  %3399 = getelementptr inbounds float, float* %2, i64 %3398
  %3400 = load float, float* %3399, align 4
  %3401 = insertelement <8 x float> undef, float %3400, i32 0
  %splat390 = shufflevector <8 x float> %3401, <8 x float> undef, <8 x i32> zeroinitializer
  %3402 = load <8 x float>, <8 x float>* %34, align 32
  %3403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat390, <8 x float> %3369, <8 x float> %3402)
  store <8 x float> %3403, <8 x float>* %34, align 32
  %3404 = load <8 x float>, <8 x float>* %29, align 32
  %3405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat390, <8 x float> %3373, <8 x float> %3404)
  store <8 x float> %3405, <8 x float>* %29, align 32
  %3406 = add i64 %3313, 145
  %3407 = getelementptr inbounds float, float* %2, i64 %3406
  %3408 = load float, float* %3407, align 4
  %3409 = insertelement <8 x float> undef, float %3408, i32 0
  %splat391 = shufflevector <8 x float> %3409, <8 x float> undef, <8 x i32> zeroinitializer
  %3410 = load <8 x float>, <8 x float>* %33, align 32
  %3411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat391, <8 x float> %3369, <8 x float> %3410)
  store <8 x float> %3411, <8 x float>* %33, align 32
  %3412 = load <8 x float>, <8 x float>* %28, align 32
  %3413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat391, <8 x float> %3373, <8 x float> %3412)
  store <8 x float> %3413, <8 x float>* %28, align 32
  %3414 = add i64 %3317, 16
  %3415 = getelementptr inbounds float, float* %4, i64 %3414
  %3416 = bitcast float* %3415 to <8 x float>*
  %3417 = load <8 x float>, <8 x float>* %3416, align 4
  %3418 = add i64 %3317, 27664
  %3419 = getelementptr inbounds float, float* %4, i64 %3418
  %3420 = bitcast float* %3419 to <8 x float>*
  %3421 = load <8 x float>, <8 x float>* %3420, align 4
  %3422 = add i64 %3313, 114
  %3423 = getelementptr inbounds float, float* %2, i64 %3422
  %3424 = load float, float* %3423, align 4
  %3425 = insertelement <8 x float> undef, float %3424, i32 0
  %splat392 = shufflevector <8 x float> %3425, <8 x float> undef, <8 x i32> zeroinitializer
  %3426 = load <8 x float>, <8 x float>* %37, align 32
  %3427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat392, <8 x float> %3417, <8 x float> %3426)
  store <8 x float> %3427, <8 x float>* %37, align 32
  %3428 = load <8 x float>, <8 x float>* %32, align 32
  %3429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat392, <8 x float> %3421, <8 x float> %3428)
  store <8 x float> %3429, <8 x float>* %32, align 32
  %3430 = add i64 %3313, 122
  %3431 = getelementptr inbounds float, float* %2, i64 %3430
  %3432 = load float, float* %3431, align 4
  %3433 = insertelement <8 x float> undef, float %3432, i32 0
  %splat393 = shufflevector <8 x float> %3433, <8 x float> undef, <8 x i32> zeroinitializer
  %3434 = load <8 x float>, <8 x float>* %36, align 32
  %3435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat393, <8 x float> %3417, <8 x float> %3434)
  store <8 x float> %3435, <8 x float>* %36, align 32
  %3436 = load <8 x float>, <8 x float>* %31, align 32
  %3437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat393, <8 x float> %3421, <8 x float> %3436)
  store <8 x float> %3437, <8 x float>* %31, align 32
  %3438 = add i64 %3313, 130
  %3439 = getelementptr inbounds float, float* %2, i64 %3438
  %3440 = load float, float* %3439, align 4
  %3441 = insertelement <8 x float> undef, float %3440, i32 0
  %splat394 = shufflevector <8 x float> %3441, <8 x float> undef, <8 x i32> zeroinitializer
  %3442 = load <8 x float>, <8 x float>* %35, align 32
  %3443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat394, <8 x float> %3417, <8 x float> %3442)
  store <8 x float> %3443, <8 x float>* %35, align 32
  %3444 = load <8 x float>, <8 x float>* %30, align 32
  %3445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat394, <8 x float> %3421, <8 x float> %3444)
  store <8 x float> %3445, <8 x float>* %30, align 32
  %3446 = add i64 %3313, 138
  %3447 = getelementptr inbounds float, float* %2, i64 %3446
  %3448 = load float, float* %3447, align 4
  %3449 = insertelement <8 x float> undef, float %3448, i32 0
  %splat395 = shufflevector <8 x float> %3449, <8 x float> undef, <8 x i32> zeroinitializer
  %3450 = load <8 x float>, <8 x float>* %34, align 32
  %3451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat395, <8 x float> %3417, <8 x float> %3450)
  store <8 x float> %3451, <8 x float>* %34, align 32
  %3452 = load <8 x float>, <8 x float>* %29, align 32
  %3453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat395, <8 x float> %3421, <8 x float> %3452)
  store <8 x float> %3453, <8 x float>* %29, align 32
  %3454 = add i64 %3313, 146
  %3455 = getelementptr inbounds float, float* %2, i64 %3454
  %3456 = load float, float* %3455, align 4
  %3457 = insertelement <8 x float> undef, float %3456, i32 0
  %splat396 = shufflevector <8 x float> %3457, <8 x float> undef, <8 x i32> zeroinitializer
  %3458 = load <8 x float>, <8 x float>* %33, align 32
  %3459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat396, <8 x float> %3417, <8 x float> %3458)
  store <8 x float> %3459, <8 x float>* %33, align 32
  %3460 = load <8 x float>, <8 x float>* %28, align 32
  %3461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat396, <8 x float> %3421, <8 x float> %3460)
  store <8 x float> %3461, <8 x float>* %28, align 32
  %3462 = add i64 %3317, 24
  %3463 = getelementptr inbounds float, float* %4, i64 %3462
  %3464 = bitcast float* %3463 to <8 x float>*
  %3465 = load <8 x float>, <8 x float>* %3464, align 4
  %3466 = add i64 %3317, 27672
  %3467 = getelementptr inbounds float, float* %4, i64 %3466
  %3468 = bitcast float* %3467 to <8 x float>*
  %3469 = load <8 x float>, <8 x float>* %3468, align 4
  %3470 = add i64 %3313, 115
  %3471 = getelementptr inbounds float, float* %2, i64 %3470
  %3472 = load float, float* %3471, align 4
  %3473 = insertelement <8 x float> undef, float %3472, i32 0
  %splat397 = shufflevector <8 x float> %3473, <8 x float> undef, <8 x i32> zeroinitializer
  %3474 = load <8 x float>, <8 x float>* %37, align 32
  %3475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat397, <8 x float> %3465, <8 x float> %3474)
  store <8 x float> %3475, <8 x float>* %37, align 32
  %3476 = load <8 x float>, <8 x float>* %32, align 32
  %3477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat397, <8 x float> %3469, <8 x float> %3476)
  store <8 x float> %3477, <8 x float>* %32, align 32
  %3478 = add i64 %3313, 123
  %3479 = getelementptr inbounds float, float* %2, i64 %3478
  %3480 = load float, float* %3479, align 4
  %3481 = insertelement <8 x float> undef, float %3480, i32 0
  %splat398 = shufflevector <8 x float> %3481, <8 x float> undef, <8 x i32> zeroinitializer
  %3482 = load <8 x float>, <8 x float>* %36, align 32
  %3483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3465, <8 x float> %3482)
  store <8 x float> %3483, <8 x float>* %36, align 32
  %3484 = load <8 x float>, <8 x float>* %31, align 32
  %3485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3469, <8 x float> %3484)
  store <8 x float> %3485, <8 x float>* %31, align 32
  %3486 = add i64 %3313, 131
  %3487 = getelementptr inbounds float, float* %2, i64 %3486
  %3488 = load float, float* %3487, align 4
  %3489 = insertelement <8 x float> undef, float %3488, i32 0
  %splat399 = shufflevector <8 x float> %3489, <8 x float> undef, <8 x i32> zeroinitializer
  %3490 = load <8 x float>, <8 x float>* %35, align 32
  %3491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3465, <8 x float> %3490)
  store <8 x float> %3491, <8 x float>* %35, align 32
  %3492 = load <8 x float>, <8 x float>* %30, align 32
  %3493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3469, <8 x float> %3492)
  store <8 x float> %3493, <8 x float>* %30, align 32
  %3494 = add i64 %3313, 139
  %3495 = getelementptr inbounds float, float* %2, i64 %3494
  %3496 = load float, float* %3495, align 4
  %3497 = insertelement <8 x float> undef, float %3496, i32 0
  %splat400 = shufflevector <8 x float> %3497, <8 x float> undef, <8 x i32> zeroinitializer
  %3498 = load <8 x float>, <8 x float>* %34, align 32
  %3499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3465, <8 x float> %3498)
  store <8 x float> %3499, <8 x float>* %34, align 32
  %3500 = load <8 x float>, <8 x float>* %29, align 32
  %3501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3469, <8 x float> %3500)
  store <8 x float> %3501, <8 x float>* %29, align 32
  %3502 = add i64 %3313, 147
  %3503 = getelementptr inbounds float, float* %2, i64 %3502
  %3504 = load float, float* %3503, align 4
  %3505 = insertelement <8 x float> undef, float %3504, i32 0
  %splat401 = shufflevector <8 x float> %3505, <8 x float> undef, <8 x i32> zeroinitializer
  %3506 = load <8 x float>, <8 x float>* %33, align 32
  %3507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3465, <8 x float> %3506)
  store <8 x float> %3507, <8 x float>* %33, align 32
  %3508 = load <8 x float>, <8 x float>* %28, align 32
  %3509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3469, <8 x float> %3508)
  store <8 x float> %3509, <8 x float>* %28, align 32
  %3510 = add i64 %3317, 32
  %3511 = getelementptr inbounds float, float* %4, i64 %3510
  %3512 = bitcast float* %3511 to <8 x float>*
  %3513 = load <8 x float>, <8 x float>* %3512, align 4
  %3514 = add i64 %3317, 27680
  %3515 = getelementptr inbounds float, float* %4, i64 %3514
  %3516 = bitcast float* %3515 to <8 x float>*
  %3517 = load <8 x float>, <8 x float>* %3516, align 4
  %3518 = add i64 %3313, 116
  %3519 = getelementptr inbounds float, float* %2, i64 %3518
  %3520 = load float, float* %3519, align 4
  %3521 = insertelement <8 x float> undef, float %3520, i32 0
  %splat402 = shufflevector <8 x float> %3521, <8 x float> undef, <8 x i32> zeroinitializer
  %3522 = load <8 x float>, <8 x float>* %37, align 32
  %3523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3513, <8 x float> %3522)
  store <8 x float> %3523, <8 x float>* %37, align 32
  %3524 = load <8 x float>, <8 x float>* %32, align 32
  %3525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3517, <8 x float> %3524)
  store <8 x float> %3525, <8 x float>* %32, align 32
  %3526 = add i64 %3313, 124
  %3527 = getelementptr inbounds float, float* %2, i64 %3526
  %3528 = load float, float* %3527, align 4
  %3529 = insertelement <8 x float> undef, float %3528, i32 0
  %splat403 = shufflevector <8 x float> %3529, <8 x float> undef, <8 x i32> zeroinitializer
  %3530 = load <8 x float>, <8 x float>* %36, align 32
  %3531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3513, <8 x float> %3530)
  store <8 x float> %3531, <8 x float>* %36, align 32
  %3532 = load <8 x float>, <8 x float>* %31, align 32
  %3533 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3517, <8 x float> %3532)
  store <8 x float> %3533, <8 x float>* %31, align 32
  %3534 = add i64 %3313, 132
  %3535 = getelementptr inbounds float, float* %2, i64 %3534
  %3536 = load float, float* %3535, align 4
  %3537 = insertelement <8 x float> undef, float %3536, i32 0
  %splat404 = shufflevector <8 x float> %3537, <8 x float> undef, <8 x i32> zeroinitializer
  %3538 = load <8 x float>, <8 x float>* %35, align 32
  %3539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3513, <8 x float> %3538)
  store <8 x float> %3539, <8 x float>* %35, align 32
  %3540 = load <8 x float>, <8 x float>* %30, align 32
  %3541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3517, <8 x float> %3540)
  store <8 x float> %3541, <8 x float>* %30, align 32
  %3542 = add i64 %3313, 140
  %3543 = getelementptr inbounds float, float* %2, i64 %3542
  %3544 = load float, float* %3543, align 4
  %3545 = insertelement <8 x float> undef, float %3544, i32 0
  %splat405 = shufflevector <8 x float> %3545, <8 x float> undef, <8 x i32> zeroinitializer
  %3546 = load <8 x float>, <8 x float>* %34, align 32
  %3547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3513, <8 x float> %3546)
  store <8 x float> %3547, <8 x float>* %34, align 32
  %3548 = load <8 x float>, <8 x float>* %29, align 32
  %3549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3517, <8 x float> %3548)
  store <8 x float> %3549, <8 x float>* %29, align 32
  %3550 = add i64 %3313, 148
  %3551 = getelementptr inbounds float, float* %2, i64 %3550
  %3552 = load float, float* %3551, align 4
  %3553 = insertelement <8 x float> undef, float %3552, i32 0
  %splat406 = shufflevector <8 x float> %3553, <8 x float> undef, <8 x i32> zeroinitializer
  %3554 = load <8 x float>, <8 x float>* %33, align 32
  %3555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3513, <8 x float> %3554)
  store <8 x float> %3555, <8 x float>* %33, align 32
  %3556 = load <8 x float>, <8 x float>* %28, align 32
  %3557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3517, <8 x float> %3556)
  store <8 x float> %3557, <8 x float>* %28, align 32
  %3558 = add i64 %3317, 40
  %3559 = getelementptr inbounds float, float* %4, i64 %3558
  %3560 = bitcast float* %3559 to <8 x float>*
  %3561 = load <8 x float>, <8 x float>* %3560, align 4
  %3562 = add i64 %3317, 27688
  %3563 = getelementptr inbounds float, float* %4, i64 %3562
  %3564 = bitcast float* %3563 to <8 x float>*
  %3565 = load <8 x float>, <8 x float>* %3564, align 4
  %3566 = add i64 %3313, 117
  %3567 = getelementptr inbounds float, float* %2, i64 %3566
  %3568 = load float, float* %3567, align 4
  %3569 = insertelement <8 x float> undef, float %3568, i32 0
  %splat407 = shufflevector <8 x float> %3569, <8 x float> undef, <8 x i32> zeroinitializer
  %3570 = load <8 x float>, <8 x float>* %37, align 32
  %3571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3561, <8 x float> %3570)
  store <8 x float> %3571, <8 x float>* %37, align 32
  %3572 = load <8 x float>, <8 x float>* %32, align 32
  %3573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3565, <8 x float> %3572)
  store <8 x float> %3573, <8 x float>* %32, align 32
  %3574 = add i64 %3313, 125
  %3575 = getelementptr inbounds float, float* %2, i64 %3574
  %3576 = load float, float* %3575, align 4
  %3577 = insertelement <8 x float> undef, float %3576, i32 0
  %splat408 = shufflevector <8 x float> %3577, <8 x float> undef, <8 x i32> zeroinitializer
  %3578 = load <8 x float>, <8 x float>* %36, align 32
  %3579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3561, <8 x float> %3578)
  store <8 x float> %3579, <8 x float>* %36, align 32
  %3580 = load <8 x float>, <8 x float>* %31, align 32
  %3581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3565, <8 x float> %3580)
  store <8 x float> %3581, <8 x float>* %31, align 32
  %3582 = add i64 %3313, 133
  %3583 = getelementptr inbounds float, float* %2, i64 %3582
  %3584 = load float, float* %3583, align 4
  %3585 = insertelement <8 x float> undef, float %3584, i32 0
  %splat409 = shufflevector <8 x float> %3585, <8 x float> undef, <8 x i32> zeroinitializer
  %3586 = load <8 x float>, <8 x float>* %35, align 32
  %3587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3561, <8 x float> %3586)
  store <8 x float> %3587, <8 x float>* %35, align 32
  %3588 = load <8 x float>, <8 x float>* %30, align 32
  %3589 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3565, <8 x float> %3588)
  store <8 x float> %3589, <8 x float>* %30, align 32
  %3590 = add i64 %3313, 141
  %3591 = getelementptr inbounds float, float* %2, i64 %3590
  %3592 = load float, float* %3591, align 4
  %3593 = insertelement <8 x float> undef, float %3592, i32 0
  %splat410 = shufflevector <8 x float> %3593, <8 x float> undef, <8 x i32> zeroinitializer
  %3594 = load <8 x float>, <8 x float>* %34, align 32
  %3595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %3561, <8 x float> %3594)
  store <8 x float> %3595, <8 x float>* %34, align 32
  %3596 = load <8 x float>, <8 x float>* %29, align 32
  %3597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %3565, <8 x float> %3596)
  store <8 x float> %3597, <8 x float>* %29, align 32
  %3598 = add i64 %3313, 149
  %3599 = getelementptr inbounds float, float* %2, i64 %3598
  %3600 = load float, float* %3599, align 4
  %3601 = insertelement <8 x float> undef, float %3600, i32 0
  %splat411 = shufflevector <8 x float> %3601, <8 x float> undef, <8 x i32> zeroinitializer
  %3602 = load <8 x float>, <8 x float>* %33, align 32
  %3603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %3561, <8 x float> %3602)
  store <8 x float> %3603, <8 x float>* %33, align 32
  %3604 = load <8 x float>, <8 x float>* %28, align 32
  %3605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %3565, <8 x float> %3604)
  store <8 x float> %3605, <8 x float>* %28, align 32
  %3606 = add i64 %3317, 48
  %3607 = getelementptr inbounds float, float* %4, i64 %3606
  %3608 = bitcast float* %3607 to <8 x float>*
  %3609 = load <8 x float>, <8 x float>* %3608, align 4
  %3610 = add i64 %3317, 27696
  %3611 = getelementptr inbounds float, float* %4, i64 %3610
  %3612 = bitcast float* %3611 to <8 x float>*
  %3613 = load <8 x float>, <8 x float>* %3612, align 4
  %3614 = add i64 %3313, 118
  %3615 = getelementptr inbounds float, float* %2, i64 %3614
  %3616 = load float, float* %3615, align 4
  %3617 = insertelement <8 x float> undef, float %3616, i32 0
  %splat412 = shufflevector <8 x float> %3617, <8 x float> undef, <8 x i32> zeroinitializer
  %3618 = load <8 x float>, <8 x float>* %37, align 32
  %3619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %3609, <8 x float> %3618)
  store <8 x float> %3619, <8 x float>* %37, align 32
  %3620 = load <8 x float>, <8 x float>* %32, align 32
  %3621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %3613, <8 x float> %3620)
  store <8 x float> %3621, <8 x float>* %32, align 32
  %3622 = add i64 %3313, 126
  %3623 = getelementptr inbounds float, float* %2, i64 %3622
  %3624 = load float, float* %3623, align 4
  %3625 = insertelement <8 x float> undef, float %3624, i32 0
  %splat413 = shufflevector <8 x float> %3625, <8 x float> undef, <8 x i32> zeroinitializer
  %3626 = load <8 x float>, <8 x float>* %36, align 32
  %3627 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %3609, <8 x float> %3626)
  store <8 x float> %3627, <8 x float>* %36, align 32
  %3628 = load <8 x float>, <8 x float>* %31, align 32
  %3629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %3613, <8 x float> %3628)
  store <8 x float> %3629, <8 x float>* %31, align 32
  %3630 = add i64 %3313, 134
  %3631 = getelementptr inbounds float, float* %2, i64 %3630
  %3632 = load float, float* %3631, align 4
  %3633 = insertelement <8 x float> undef, float %3632, i32 0
  %splat414 = shufflevector <8 x float> %3633, <8 x float> undef, <8 x i32> zeroinitializer
  %3634 = load <8 x float>, <8 x float>* %35, align 32
  %3635 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %3609, <8 x float> %3634)
  store <8 x float> %3635, <8 x float>* %35, align 32
  %3636 = load <8 x float>, <8 x float>* %30, align 32
  %3637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %3613, <8 x float> %3636)
  store <8 x float> %3637, <8 x float>* %30, align 32
  %3638 = add i64 %3313, 142
  %3639 = getelementptr inbounds float, float* %2, i64 %3638
  %3640 = load float, float* %3639, align 4
  %3641 = insertelement <8 x float> undef, float %3640, i32 0
  %splat415 = shufflevector <8 x float> %3641, <8 x float> undef, <8 x i32> zeroinitializer
  %3642 = load <8 x float>, <8 x float>* %34, align 32
  %3643 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %3609, <8 x float> %3642)
  store <8 x float> %3643, <8 x float>* %34, align 32
  %3644 = load <8 x float>, <8 x float>* %29, align 32
  %3645 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %3613, <8 x float> %3644)
  store <8 x float> %3645, <8 x float>* %29, align 32
  %3646 = add i64 %3313, 150
  %3647 = getelementptr inbounds float, float* %2, i64 %3646
  %3648 = load float, float* %3647, align 4
  %3649 = insertelement <8 x float> undef, float %3648, i32 0
  %splat416 = shufflevector <8 x float> %3649, <8 x float> undef, <8 x i32> zeroinitializer
  %3650 = load <8 x float>, <8 x float>* %33, align 32
  %3651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %3609, <8 x float> %3650)
  store <8 x float> %3651, <8 x float>* %33, align 32
  %3652 = load <8 x float>, <8 x float>* %28, align 32
  %3653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %3613, <8 x float> %3652)
  store <8 x float> %3653, <8 x float>* %28, align 32
  %3654 = add i64 %3317, 56
  %3655 = getelementptr inbounds float, float* %4, i64 %3654
  %3656 = bitcast float* %3655 to <8 x float>*
  %3657 = load <8 x float>, <8 x float>* %3656, align 4
  %3658 = add i64 %3317, 27704
  %3659 = getelementptr inbounds float, float* %4, i64 %3658
  %3660 = bitcast float* %3659 to <8 x float>*
  %3661 = load <8 x float>, <8 x float>* %3660, align 4
  %3662 = add i64 %3313, 119
  %3663 = getelementptr inbounds float, float* %2, i64 %3662
  %3664 = load float, float* %3663, align 4
  %3665 = insertelement <8 x float> undef, float %3664, i32 0
  %splat417 = shufflevector <8 x float> %3665, <8 x float> undef, <8 x i32> zeroinitializer
  %3666 = load <8 x float>, <8 x float>* %37, align 32
  %3667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %3657, <8 x float> %3666)
  store <8 x float> %3667, <8 x float>* %37, align 32
  %3668 = load <8 x float>, <8 x float>* %32, align 32
  %3669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %3661, <8 x float> %3668)
  store <8 x float> %3669, <8 x float>* %32, align 32
  %3670 = add i64 %3313, 127
  %3671 = getelementptr inbounds float, float* %2, i64 %3670
  %3672 = load float, float* %3671, align 4
  %3673 = insertelement <8 x float> undef, float %3672, i32 0
  %splat418 = shufflevector <8 x float> %3673, <8 x float> undef, <8 x i32> zeroinitializer
  %3674 = load <8 x float>, <8 x float>* %36, align 32
  %3675 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %3657, <8 x float> %3674)
  store <8 x float> %3675, <8 x float>* %36, align 32
  %3676 = load <8 x float>, <8 x float>* %31, align 32
  %3677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %3661, <8 x float> %3676)
  store <8 x float> %3677, <8 x float>* %31, align 32
  %3678 = add i64 %3313, 135
  %3679 = getelementptr inbounds float, float* %2, i64 %3678
  %3680 = load float, float* %3679, align 4
  %3681 = insertelement <8 x float> undef, float %3680, i32 0
  %splat419 = shufflevector <8 x float> %3681, <8 x float> undef, <8 x i32> zeroinitializer
  %3682 = load <8 x float>, <8 x float>* %35, align 32
  %3683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %3657, <8 x float> %3682)
  store <8 x float> %3683, <8 x float>* %35, align 32
  %3684 = load <8 x float>, <8 x float>* %30, align 32
  %3685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %3661, <8 x float> %3684)
  store <8 x float> %3685, <8 x float>* %30, align 32
  %3686 = add i64 %3313, 143
  %3687 = getelementptr inbounds float, float* %2, i64 %3686
  %3688 = load float, float* %3687, align 4
  %3689 = insertelement <8 x float> undef, float %3688, i32 0
  %splat420 = shufflevector <8 x float> %3689, <8 x float> undef, <8 x i32> zeroinitializer
  %3690 = load <8 x float>, <8 x float>* %34, align 32
  %3691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %3657, <8 x float> %3690)
  store <8 x float> %3691, <8 x float>* %34, align 32
  %3692 = load <8 x float>, <8 x float>* %29, align 32
  %3693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %3661, <8 x float> %3692)
  store <8 x float> %3693, <8 x float>* %29, align 32
  %3694 = add i64 %3313, 151
  %3695 = getelementptr inbounds float, float* %2, i64 %3694
  %3696 = load float, float* %3695, align 4
  %3697 = insertelement <8 x float> undef, float %3696, i32 0
  %splat421 = shufflevector <8 x float> %3697, <8 x float> undef, <8 x i32> zeroinitializer
  %3698 = load <8 x float>, <8 x float>* %33, align 32
  %3699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %3657, <8 x float> %3698)
  store <8 x float> %3699, <8 x float>* %33, align 32
  %3700 = load <8 x float>, <8 x float>* %28, align 32
  %3701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %3661, <8 x float> %3700)
  store <8 x float> %3701, <8 x float>* %28, align 32
  %kw.next422 = add i64 %kw381, 1
  br label %kw.header378

kw.exit380:                                       ; preds = %kw.header378
  %kh.next423 = add i64 %kh377, 1
  br label %kh.header374

u.header425:                                      ; preds = %kh.exit431, %u.exit372
  %u428 = phi i64 [ 0, %u.exit372 ], [ %u.next479, %kh.exit431 ]
  %3702 = icmp slt i64 %u428, 3
  br i1 %3702, label %u.body426, label %u.exit427

u.body426:                                        ; preds = %u.header425
  %3703 = add i64 %3307, %u428
  %3704 = mul i64 %3703, 392
  %3705 = add i64 %3306, %3704
  %3706 = mul i64 %3703, 576
  %3707 = add i64 %103, %3706
  br label %kh.header429

u.exit427:                                        ; preds = %u.header425
  %3708 = icmp eq i64 %chunk, 15
  %3709 = load <8 x float>, <8 x float>* %27, align 32
  %3710 = fcmp olt <8 x float> %3709, zeroinitializer
  %3711 = select <8 x i1> %3710, <8 x float> zeroinitializer, <8 x float> %3709
  %3712 = select i1 %3708, <8 x float> %3711, <8 x float> %3709
  %3713 = getelementptr inbounds float, float* %0, i64 %3222
  %3714 = bitcast float* %3713 to <8 x float>*
  store <8 x float> %3712, <8 x float>* %3714, align 4
  %3715 = load <8 x float>, <8 x float>* %26, align 32
  %3716 = fcmp olt <8 x float> %3715, zeroinitializer
  %3717 = select <8 x i1> %3716, <8 x float> zeroinitializer, <8 x float> %3715
  %3718 = select i1 %3708, <8 x float> %3717, <8 x float> %3715
  %3719 = getelementptr inbounds float, float* %0, i64 %3225
  %3720 = bitcast float* %3719 to <8 x float>*
  store <8 x float> %3718, <8 x float>* %3720, align 4
  %3721 = load <8 x float>, <8 x float>* %25, align 32
  %3722 = fcmp olt <8 x float> %3721, zeroinitializer
  %3723 = select <8 x i1> %3722, <8 x float> zeroinitializer, <8 x float> %3721
  %3724 = select i1 %3708, <8 x float> %3723, <8 x float> %3721
  %3725 = getelementptr inbounds float, float* %0, i64 %3228
  %3726 = bitcast float* %3725 to <8 x float>*
  store <8 x float> %3724, <8 x float>* %3726, align 4
  %3727 = load <8 x float>, <8 x float>* %24, align 32
  %3728 = fcmp olt <8 x float> %3727, zeroinitializer
  %3729 = select <8 x i1> %3728, <8 x float> zeroinitializer, <8 x float> %3727
  %3730 = select i1 %3708, <8 x float> %3729, <8 x float> %3727
  %3731 = getelementptr inbounds float, float* %0, i64 %3231
  %3732 = bitcast float* %3731 to <8 x float>*
  store <8 x float> %3730, <8 x float>* %3732, align 4
  %3733 = load <8 x float>, <8 x float>* %23, align 32
  %3734 = fcmp olt <8 x float> %3733, zeroinitializer
  %3735 = select <8 x i1> %3734, <8 x float> zeroinitializer, <8 x float> %3733
  %3736 = select i1 %3708, <8 x float> %3735, <8 x float> %3733
  %3737 = getelementptr inbounds float, float* %0, i64 %3234
  %3738 = bitcast float* %3737 to <8 x float>*
  store <8 x float> %3736, <8 x float>* %3738, align 4
  %3739 = load <8 x float>, <8 x float>* %22, align 32
  %3740 = fcmp olt <8 x float> %3739, zeroinitializer
  %3741 = select <8 x i1> %3740, <8 x float> zeroinitializer, <8 x float> %3739
  %3742 = select i1 %3708, <8 x float> %3741, <8 x float> %3739
  %3743 = getelementptr inbounds float, float* %0, i64 %3241
  %3744 = bitcast float* %3743 to <8 x float>*
  store <8 x float> %3742, <8 x float>* %3744, align 4
  %3745 = load <8 x float>, <8 x float>* %21, align 32
  %3746 = fcmp olt <8 x float> %3745, zeroinitializer
  %3747 = select <8 x i1> %3746, <8 x float> zeroinitializer, <8 x float> %3745
  %3748 = select i1 %3708, <8 x float> %3747, <8 x float> %3745
  %3749 = getelementptr inbounds float, float* %0, i64 %3244
  %3750 = bitcast float* %3749 to <8 x float>*
  store <8 x float> %3748, <8 x float>* %3750, align 4
  %3751 = load <8 x float>, <8 x float>* %20, align 32
  %3752 = fcmp olt <8 x float> %3751, zeroinitializer
  %3753 = select <8 x i1> %3752, <8 x float> zeroinitializer, <8 x float> %3751
  %3754 = select i1 %3708, <8 x float> %3753, <8 x float> %3751
  %3755 = getelementptr inbounds float, float* %0, i64 %3247
  %3756 = bitcast float* %3755 to <8 x float>*
  store <8 x float> %3754, <8 x float>* %3756, align 4
  %3757 = load <8 x float>, <8 x float>* %19, align 32
  %3758 = fcmp olt <8 x float> %3757, zeroinitializer
  %3759 = select <8 x i1> %3758, <8 x float> zeroinitializer, <8 x float> %3757
  %3760 = select i1 %3708, <8 x float> %3759, <8 x float> %3757
  %3761 = getelementptr inbounds float, float* %0, i64 %3250
  %3762 = bitcast float* %3761 to <8 x float>*
  store <8 x float> %3760, <8 x float>* %3762, align 4
  %3763 = load <8 x float>, <8 x float>* %18, align 32
  %3764 = fcmp olt <8 x float> %3763, zeroinitializer
  %3765 = select <8 x i1> %3764, <8 x float> zeroinitializer, <8 x float> %3763
  %3766 = select i1 %3708, <8 x float> %3765, <8 x float> %3763
  %3767 = getelementptr inbounds float, float* %0, i64 %3253
  %3768 = bitcast float* %3767 to <8 x float>*
  store <8 x float> %3766, <8 x float>* %3768, align 4
  %3769 = add i64 %94, 0
  %3770 = mul i64 %89, 125
  %3771 = add i64 %3770, %92
  %3772 = add i64 %3771, 0
  %3773 = mul i64 %3772, 200
  %3774 = add i64 %3769, 20
  %3775 = mul i64 %3774, 8
  %3776 = add i64 %3773, %3775
  %3777 = add i64 %3769, 21
  %3778 = mul i64 %3777, 8
  %3779 = add i64 %3773, %3778
  %3780 = add i64 %3769, 22
  %3781 = mul i64 %3780, 8
  %3782 = add i64 %3773, %3781
  %3783 = add i64 %3769, 23
  %3784 = mul i64 %3783, 8
  %3785 = add i64 %3773, %3784
  %3786 = add i64 %3769, 24
  %3787 = mul i64 %3786, 8
  %3788 = add i64 %3773, %3787
  %3789 = mul i64 %89, 125
  %3790 = add i64 %3789, %92
  %3791 = add i64 %3790, 1
  %3792 = mul i64 %3791, 200
  %3793 = add i64 %3769, 20
  %3794 = mul i64 %3793, 8
  %3795 = add i64 %3792, %3794
  %3796 = add i64 %3769, 21
  %3797 = mul i64 %3796, 8
  %3798 = add i64 %3792, %3797
  %3799 = add i64 %3769, 22
  %3800 = mul i64 %3799, 8
  %3801 = add i64 %3792, %3800
  %3802 = add i64 %3769, 23
  %3803 = mul i64 %3802, 8
  %3804 = add i64 %3792, %3803
  %3805 = add i64 %3769, 24
  %3806 = mul i64 %3805, 8
  %3807 = add i64 %3792, %3806
  %3808 = add i64 %98, 0
  %3809 = mul i64 %3808, 8
  %3810 = getelementptr inbounds float, float* %5, i64 %3809
  %3811 = bitcast float* %3810 to <8 x float>*
  %3812 = load <8 x float>, <8 x float>* %3811, align 4
  %3813 = add i64 %98, 1
  %3814 = mul i64 %3813, 8
  %3815 = getelementptr inbounds float, float* %5, i64 %3814
  %3816 = bitcast float* %3815 to <8 x float>*
  %3817 = load <8 x float>, <8 x float>* %3816, align 4
  %3818 = icmp eq i64 %chunk, 0
  %3819 = getelementptr inbounds float, float* %0, i64 %3776
  %3820 = bitcast float* %3819 to <8 x float>*
  %3821 = load <8 x float>, <8 x float>* %3820, align 4
  %3822 = select i1 %3818, <8 x float> %3812, <8 x float> %3821
  store <8 x float> %3822, <8 x float>* %17, align 32
  %3823 = getelementptr inbounds float, float* %0, i64 %3779
  %3824 = bitcast float* %3823 to <8 x float>*
  %3825 = load <8 x float>, <8 x float>* %3824, align 4
  %3826 = select i1 %3818, <8 x float> %3812, <8 x float> %3825
  store <8 x float> %3826, <8 x float>* %16, align 32
  %3827 = getelementptr inbounds float, float* %0, i64 %3782
  %3828 = bitcast float* %3827 to <8 x float>*
  %3829 = load <8 x float>, <8 x float>* %3828, align 4
  %3830 = select i1 %3818, <8 x float> %3812, <8 x float> %3829
  store <8 x float> %3830, <8 x float>* %15, align 32
  %3831 = getelementptr inbounds float, float* %0, i64 %3785
  %3832 = bitcast float* %3831 to <8 x float>*
  %3833 = load <8 x float>, <8 x float>* %3832, align 4
  %3834 = select i1 %3818, <8 x float> %3812, <8 x float> %3833
  store <8 x float> %3834, <8 x float>* %14, align 32
  %3835 = getelementptr inbounds float, float* %0, i64 %3788
  %3836 = bitcast float* %3835 to <8 x float>*
  %3837 = load <8 x float>, <8 x float>* %3836, align 4
  %3838 = select i1 %3818, <8 x float> %3812, <8 x float> %3837
  store <8 x float> %3838, <8 x float>* %13, align 32
  %3839 = getelementptr inbounds float, float* %0, i64 %3795
  %3840 = bitcast float* %3839 to <8 x float>*
  %3841 = load <8 x float>, <8 x float>* %3840, align 4
  %3842 = select i1 %3818, <8 x float> %3817, <8 x float> %3841
  store <8 x float> %3842, <8 x float>* %12, align 32
  %3843 = getelementptr inbounds float, float* %0, i64 %3798
  %3844 = bitcast float* %3843 to <8 x float>*
  %3845 = load <8 x float>, <8 x float>* %3844, align 4
  %3846 = select i1 %3818, <8 x float> %3817, <8 x float> %3845
  store <8 x float> %3846, <8 x float>* %11, align 32
  %3847 = getelementptr inbounds float, float* %0, i64 %3801
  %3848 = bitcast float* %3847 to <8 x float>*
  %3849 = load <8 x float>, <8 x float>* %3848, align 4
  %3850 = select i1 %3818, <8 x float> %3817, <8 x float> %3849
  store <8 x float> %3850, <8 x float>* %10, align 32
  %3851 = getelementptr inbounds float, float* %0, i64 %3804
  %3852 = bitcast float* %3851 to <8 x float>*
  %3853 = load <8 x float>, <8 x float>* %3852, align 4
  %3854 = select i1 %3818, <8 x float> %3817, <8 x float> %3853
  store <8 x float> %3854, <8 x float>* %9, align 32
  %3855 = getelementptr inbounds float, float* %0, i64 %3807
  %3856 = bitcast float* %3855 to <8 x float>*
  %3857 = load <8 x float>, <8 x float>* %3856, align 4
  %3858 = select i1 %3818, <8 x float> %3817, <8 x float> %3857
  store <8 x float> %3858, <8 x float>* %8, align 32
  %3859 = add i64 %104, 0
  %3860 = add i64 %102, %3859
  %3861 = mul i64 %chunk, 3
  br label %u.header480

kh.header429:                                     ; preds = %kw.exit435, %u.body426
  %kh432 = phi i64 [ 0, %u.body426 ], [ %kh.next478, %kw.exit435 ]
  %3862 = icmp slt i64 %kh432, 3
  br i1 %3862, label %kh.body430, label %kh.exit431

kh.body430:                                       ; preds = %kh.header429
  %3863 = mul i64 %kh432, 56
  %3864 = add i64 %3705, %3863
  br label %kw.header433

kh.exit431:                                       ; preds = %kh.header429
  %u.next479 = add i64 %u428, 1
  br label %u.header425

kw.header433:                                     ; preds = %kw.body434, %kh.body430
  %kw436 = phi i64 [ 0, %kh.body430 ], [ %kw.next477, %kw.body434 ]
  %3865 = icmp slt i64 %kw436, 3
  br i1 %3865, label %kw.body434, label %kw.exit435

kw.body434:                                       ; preds = %kw.header433
  %3866 = mul i64 %kw436, 8
  %3867 = add i64 %3864, %3866
  %3868 = mul i64 %kh432, 3
  %3869 = add i64 %3868, %kw436
  %3870 = mul i64 %3869, 64
  %3871 = add i64 %3707, %3870
  %3872 = add i64 %3871, 0
  %3873 = getelementptr inbounds float, float* %4, i64 %3872
  %3874 = bitcast float* %3873 to <8 x float>*
  %3875 = load <8 x float>, <8 x float>* %3874, align 4
  %3876 = add i64 %3871, 27648
  %3877 = getelementptr inbounds float, float* %4, i64 %3876
  %3878 = bitcast float* %3877 to <8 x float>*
  %3879 = load <8 x float>, <8 x float>* %3878, align 4
  %3880 = add i64 %3867, 168
  %3881 = getelementptr inbounds float, float* %2, i64 %3880
  %3882 = load float, float* %3881, align 4
  %3883 = insertelement <8 x float> undef, float %3882, i32 0
  %splat437 = shufflevector <8 x float> %3883, <8 x float> undef, <8 x i32> zeroinitializer
  %3884 = load <8 x float>, <8 x float>* %27, align 32
  %3885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat437, <8 x float> %3875, <8 x float> %3884)
  store <8 x float> %3885, <8 x float>* %27, align 32
  %3886 = load <8 x float>, <8 x float>* %22, align 32
  %3887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat437, <8 x float> %3879, <8 x float> %3886)
  store <8 x float> %3887, <8 x float>* %22, align 32
  %3888 = add i64 %3867, 176
  %3889 = getelementptr inbounds float, float* %2, i64 %3888
  %3890 = load float, float* %3889, align 4
  %3891 = insertelement <8 x float> undef, float %3890, i32 0
  %splat438 = shufflevector <8 x float> %3891, <8 x float> undef, <8 x i32> zeroinitializer
  %3892 = load <8 x float>, <8 x float>* %26, align 32
  %3893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %3875, <8 x float> %3892)
  store <8 x float> %3893, <8 x float>* %26, align 32
  %3894 = load <8 x float>, <8 x float>* %21, align 32
  %3895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %3879, <8 x float> %3894)
  store <8 x float> %3895, <8 x float>* %21, align 32
  %3896 = add i64 %3867, 184
  %3897 = getelementptr inbounds float, float* %2, i64 %3896
  %3898 = load float, float* %3897, align 4
  %3899 = insertelement <8 x float> undef, float %3898, i32 0
  %splat439 = shufflevector <8 x float> %3899, <8 x float> undef, <8 x i32> zeroinitializer
  %3900 = load <8 x float>, <8 x float>* %25, align 32
  %3901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %3875, <8 x float> %3900)
  store <8 x float> %3901, <8 x float>* %25, align 32
  %3902 = load <8 x float>, <8 x float>* %20, align 32
  %3903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %3879, <8 x float> %3902)
  store <8 x float> %3903, <8 x float>* %20, align 32
  %3904 = add i64 %3867, 192
  %3905 = getelementptr inbounds float, float* %2, i64 %3904
  %3906 = load float, float* %3905, align 4
  %3907 = insertelement <8 x float> undef, float %3906, i32 0
  %splat440 = shufflevector <8 x float> %3907, <8 x float> undef, <8 x i32> zeroinitializer
  %3908 = load <8 x float>, <8 x float>* %24, align 32
  %3909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %3875, <8 x float> %3908)
  store <8 x float> %3909, <8 x float>* %24, align 32
  %3910 = load <8 x float>, <8 x float>* %19, align 32
  %3911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %3879, <8 x float> %3910)
  store <8 x float> %3911, <8 x float>* %19, align 32
  %3912 = add i64 %3867, 200
  %3913 = getelementptr inbounds float, float* %2, i64 %3912
  %3914 = load float, float* %3913, align 4
  %3915 = insertelement <8 x float> undef, float %3914, i32 0
  %splat441 = shufflevector <8 x float> %3915, <8 x float> undef, <8 x i32> zeroinitializer
  %3916 = load <8 x float>, <8 x float>* %23, align 32
  %3917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %3875, <8 x float> %3916)
  store <8 x float> %3917, <8 x float>* %23, align 32
  %3918 = load <8 x float>, <8 x float>* %18, align 32
  %3919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %3879, <8 x float> %3918)
  store <8 x float> %3919, <8 x float>* %18, align 32
  %3920 = add i64 %3871, 8
  %3921 = getelementptr inbounds float, float* %4, i64 %3920
  %3922 = bitcast float* %3921 to <8 x float>*
  %3923 = load <8 x float>, <8 x float>* %3922, align 4
  %3924 = add i64 %3871, 27656
  %3925 = getelementptr inbounds float, float* %4, i64 %3924
  %3926 = bitcast float* %3925 to <8 x float>*
  %3927 = load <8 x float>, <8 x float>* %3926, align 4
  %3928 = add i64 %3867, 169
  %3929 = getelementptr inbounds float, float* %2, i64 %3928
  %3930 = load float, float* %3929, align 4
  %3931 = insertelement <8 x float> undef, float %3930, i32 0
  %splat442 = shufflevector <8 x float> %3931, <8 x float> undef, <8 x i32> zeroinitializer
  %3932 = load <8 x float>, <8 x float>* %27, align 32
  %3933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %3923, <8 x float> %3932)
  store <8 x float> %3933, <8 x float>* %27, align 32
  %3934 = load <8 x float>, <8 x float>* %22, align 32
  %3935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %3927, <8 x float> %3934)
  store <8 x float> %3935, <8 x float>* %22, align 32
  %3936 = add i64 %3867, 177
  %3937 = getelementptr inbounds float, float* %2, i64 %3936
  %3938 = load float, float* %3937, align 4
  %3939 = insertelement <8 x float> undef, float %3938, i32 0
  %splat443 = shufflevector <8 x float> %3939, <8 x float> undef, <8 x i32> zeroinitializer
  %3940 = load <8 x float>, <8 x float>* %26, align 32
  %3941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %3923, <8 x float> %3940)
  store <8 x float> %3941, <8 x float>* %26, align 32
  %3942 = load <8 x float>, <8 x float>* %21, align 32
  %3943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %3927, <8 x float> %3942)
  store <8 x float> %3943, <8 x float>* %21, align 32
  %3944 = add i64 %3867, 185
  %3945 = getelementptr inbounds float, float* %2, i64 %3944
  %3946 = load float, float* %3945, align 4
  %3947 = insertelement <8 x float> undef, float %3946, i32 0
  %splat444 = shufflevector <8 x float> %3947, <8 x float> undef, <8 x i32> zeroinitializer
  %3948 = load <8 x float>, <8 x float>* %25, align 32
  %3949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %3923, <8 x float> %3948)
  store <8 x float> %3949, <8 x float>* %25, align 32
  %3950 = load <8 x float>, <8 x float>* %20, align 32
  %3951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %3927, <8 x float> %3950)
  store <8 x float> %3951, <8 x float>* %20, align 32
  %3952 = add i64 %3867, 193
  %3953 = getelementptr inbounds float, float* %2, i64 %3952
  %3954 = load float, float* %3953, align 4
  %3955 = insertelement <8 x float> undef, float %3954, i32 0
  %splat445 = shufflevector <8 x float> %3955, <8 x float> undef, <8 x i32> zeroinitializer
  %3956 = load <8 x float>, <8 x float>* %24, align 32
  %3957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %3923, <8 x float> %3956)
  store <8 x float> %3957, <8 x float>* %24, align 32
  %3958 = load <8 x float>, <8 x float>* %19, align 32
  %3959 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %3927, <8 x float> %3958)
  store <8 x float> %3959, <8 x float>* %19, align 32
  %3960 = add i64 %3867, 201
  %3961 = getelementptr inbounds float, float* %2, i64 %3960
  %3962 = load float, float* %3961, align 4
  %3963 = insertelement <8 x float> undef, float %3962, i32 0
  %splat446 = shufflevector <8 x float> %3963, <8 x float> undef, <8 x i32> zeroinitializer
  %3964 = load <8 x float>, <8 x float>* %23, align 32
  %3965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat446, <8 x float> %3923, <8 x float> %3964)
  store <8 x float> %3965, <8 x float>* %23, align 32
  %3966 = load <8 x float>, <8 x float>* %18, align 32
  %3967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat446, <8 x float> %3927, <8 x float> %3966)
  store <8 x float> %3967, <8 x float>* %18, align 32
  %3968 = add i64 %3871, 16
  %3969 = getelementptr inbounds float, float* %4, i64 %3968
  %3970 = bitcast float* %3969 to <8 x float>*
  %3971 = load <8 x float>, <8 x float>* %3970, align 4
  %3972 = add i64 %3871, 27664
  %3973 = getelementptr inbounds float, float* %4, i64 %3972
  %3974 = bitcast float* %3973 to <8 x float>*
  %3975 = load <8 x float>, <8 x float>* %3974, align 4
  %3976 = add i64 %3867, 170
  %3977 = getelementptr inbounds float, float* %2, i64 %3976
  %3978 = load float, float* %3977, align 4
  %3979 = insertelement <8 x float> undef, float %3978, i32 0
  %splat447 = shufflevector <8 x float> %3979, <8 x float> undef, <8 x i32> zeroinitializer
  %3980 = load <8 x float>, <8 x float>* %27, align 32
  %3981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat447, <8 x float> %3971, <8 x float> %3980)
  store <8 x float> %3981, <8 x float>* %27, align 32
  %3982 = load <8 x float>, <8 x float>* %22, align 32
  %3983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat447, <8 x float> %3975, <8 x float> %3982)
  store <8 x float> %3983, <8 x float>* %22, align 32
  %3984 = add i64 %3867, 178
  %3985 = getelementptr inbounds float, float* %2, i64 %3984
  %3986 = load float, float* %3985, align 4
  %3987 = insertelement <8 x float> undef, float %3986, i32 0
  %splat448 = shufflevector <8 x float> %3987, <8 x float> undef, <8 x i32> zeroinitializer
  %3988 = load <8 x float>, <8 x float>* %26, align 32
  %3989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat448, <8 x float> %3971, <8 x float> %3988)
  store <8 x float> %3989, <8 x float>* %26, align 32
  %3990 = load <8 x float>, <8 x float>* %21, align 32
  %3991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat448, <8 x float> %3975, <8 x float> %3990)
  store <8 x float> %3991, <8 x float>* %21, align 32
  %3992 = add i64 %3867, 186
  %3993 = getelementptr inbounds float, float* %2, i64 %3992
  %3994 = load float, float* %3993, align 4
  %3995 = insertelement <8 x float> undef, float %3994, i32 0
  %splat449 = shufflevector <8 x float> %3995, <8 x float> undef, <8 x i32> zeroinitializer
  %3996 = load <8 x float>, <8 x float>* %25, align 32
  %3997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat449, <8 x float> %3971, <8 x float> %3996)
  store <8 x float> %3997, <8 x float>* %25, align 32
  %3998 = load <8 x float>, <8 x float>* %20, align 32
  %3999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat449, <8 x float> %3975, <8 x float> %3998)
  store <8 x float> %3999, <8 x float>* %20, align 32
  %4000 = add i64 %3867, 194
  %4001 = getelementptr inbounds float, float* %2, i64 %4000
  %4002 = load float, float* %4001, align 4
  %4003 = insertelement <8 x float> undef, float %4002, i32 0
  %splat450 = shufflevector <8 x float> %4003, <8 x float> undef, <8 x i32> zeroinitializer
  %4004 = load <8 x float>, <8 x float>* %24, align 32
  %4005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat450, <8 x float> %3971, <8 x float> %4004)
  store <8 x float> %4005, <8 x float>* %24, align 32
  %4006 = load <8 x float>, <8 x float>* %19, align 32
  %4007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat450, <8 x float> %3975, <8 x float> %4006)
  store <8 x float> %4007, <8 x float>* %19, align 32
  %4008 = add i64 %3867, 202
  %4009 = getelementptr inbounds float, float* %2, i64 %4008
  %4010 = load float, float* %4009, align 4
  %4011 = insertelement <8 x float> undef, float %4010, i32 0
  %splat451 = shufflevector <8 x float> %4011, <8 x float> undef, <8 x i32> zeroinitializer
  %4012 = load <8 x float>, <8 x float>* %23, align 32
  %4013 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat451, <8 x float> %3971, <8 x float> %4012)
  store <8 x float> %4013, <8 x float>* %23, align 32
  %4014 = load <8 x float>, <8 x float>* %18, align 32
  %4015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat451, <8 x float> %3975, <8 x float> %4014)
  store <8 x float> %4015, <8 x float>* %18, align 32
  %4016 = add i64 %3871, 24
  %4017 = getelementptr inbounds float, float* %4, i64 %4016
  %4018 = bitcast float* %4017 to <8 x float>*
  %4019 = load <8 x float>, <8 x float>* %4018, align 4
  %4020 = add i64 %3871, 27672
  %4021 = getelementptr inbounds float, float* %4, i64 %4020
  %4022 = bitcast float* %4021 to <8 x float>*
  %4023 = load <8 x float>, <8 x float>* %4022, align 4
  %4024 = add i64 %3867, 171
  %4025 = getelementptr inbounds float, float* %2, i64 %4024
  %4026 = load float, float* %4025, align 4
  %4027 = insertelement <8 x float> undef, float %4026, i32 0
  %splat452 = shufflevector <8 x float> %4027, <8 x float> undef, <8 x i32> zeroinitializer
  %4028 = load <8 x float>, <8 x float>* %27, align 32
  %4029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat452, <8 x float> %4019, <8 x float> %4028)
  store <8 x float> %4029, <8 x float>* %27, align 32
  %4030 = load <8 x float>, <8 x float>* %22, align 32
  %4031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat452, <8 x float> %4023, <8 x float> %4030)
  store <8 x float> %4031, <8 x float>* %22, align 32
  %4032 = add i64 %3867, 179
  %4033 = getelementptr inbounds float, float* %2, i64 %4032
  %4034 = load float, float* %4033, align 4
  %4035 = insertelement <8 x float> undef, float %4034, i32 0
  %splat453 = shufflevector <8 x float> %4035, <8 x float> undef, <8 x i32> zeroinitializer
  %4036 = load <8 x float>, <8 x float>* %26, align 32
  %4037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat453, <8 x float> %4019, <8 x float> %4036)
  store <8 x float> %4037, <8 x float>* %26, align 32
  %4038 = load <8 x float>, <8 x float>* %21, align 32
  %4039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat453, <8 x float> %4023, <8 x float> %4038)
  store <8 x float> %4039, <8 x float>* %21, align 32
  %4040 = add i64 %3867, 187
  %4041 = getelementptr inbounds float, float* %2, i64 %4040
  %4042 = load float, float* %4041, align 4
  %4043 = insertelement <8 x float> undef, float %4042, i32 0
  %splat454 = shufflevector <8 x float> %4043, <8 x float> undef, <8 x i32> zeroinitializer
  %4044 = load <8 x float>, <8 x float>* %25, align 32
  %4045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat454, <8 x float> %4019, <8 x float> %4044)
  store <8 x float> %4045, <8 x float>* %25, align 32
  %4046 = load <8 x float>, <8 x float>* %20, align 32
  %4047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat454, <8 x float> %4023, <8 x float> %4046)
  store <8 x float> %4047, <8 x float>* %20, align 32
  %4048 = add i64 %3867, 195
  %4049 = getelementptr inbounds float, float* %2, i64 %4048
  %4050 = load float, float* %4049, align 4
  %4051 = insertelement <8 x float> undef, float %4050, i32 0
  %splat455 = shufflevector <8 x float> %4051, <8 x float> undef, <8 x i32> zeroinitializer
  %4052 = load <8 x float>, <8 x float>* %24, align 32
  %4053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat455, <8 x float> %4019, <8 x float> %4052)
  store <8 x float> %4053, <8 x float>* %24, align 32
  %4054 = load <8 x float>, <8 x float>* %19, align 32
  %4055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat455, <8 x float> %4023, <8 x float> %4054)
  store <8 x float> %4055, <8 x float>* %19, align 32
  %4056 = add i64 %3867, 203
  %4057 = getelementptr inbounds float, float* %2, i64 %4056
  %4058 = load float, float* %4057, align 4
  %4059 = insertelement <8 x float> undef, float %4058, i32 0
  %splat456 = shufflevector <8 x float> %4059, <8 x float> undef, <8 x i32> zeroinitializer
  %4060 = load <8 x float>, <8 x float>* %23, align 32
  %4061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat456, <8 x float> %4019, <8 x float> %4060)
  store <8 x float> %4061, <8 x float>* %23, align 32
  %4062 = load <8 x float>, <8 x float>* %18, align 32
  %4063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat456, <8 x float> %4023, <8 x float> %4062)
  store <8 x float> %4063, <8 x float>* %18, align 32
  %4064 = add i64 %3871, 32
  %4065 = getelementptr inbounds float, float* %4, i64 %4064
  %4066 = bitcast float* %4065 to <8 x float>*
  %4067 = load <8 x float>, <8 x float>* %4066, align 4
  %4068 = add i64 %3871, 27680
  %4069 = getelementptr inbounds float, float* %4, i64 %4068
  %4070 = bitcast float* %4069 to <8 x float>*
  %4071 = load <8 x float>, <8 x float>* %4070, align 4
  %4072 = add i64 %3867, 172
  %4073 = getelementptr inbounds float, float* %2, i64 %4072
  %4074 = load float, float* %4073, align 4
  %4075 = insertelement <8 x float> undef, float %4074, i32 0
  %splat457 = shufflevector <8 x float> %4075, <8 x float> undef, <8 x i32> zeroinitializer
  %4076 = load <8 x float>, <8 x float>* %27, align 32
  %4077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat457, <8 x float> %4067, <8 x float> %4076)
  store <8 x float> %4077, <8 x float>* %27, align 32
  %4078 = load <8 x float>, <8 x float>* %22, align 32
  %4079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat457, <8 x float> %4071, <8 x float> %4078)
  store <8 x float> %4079, <8 x float>* %22, align 32
  %4080 = add i64 %3867, 180
  %4081 = getelementptr inbounds float, float* %2, i64 %4080
  %4082 = load float, float* %4081, align 4
  %4083 = insertelement <8 x float> undef, float %4082, i32 0
  %splat458 = shufflevector <8 x float> %4083, <8 x float> undef, <8 x i32> zeroinitializer
  %4084 = load <8 x float>, <8 x float>* %26, align 32
  %4085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat458, <8 x float> %4067, <8 x float> %4084)
  store <8 x float> %4085, <8 x float>* %26, align 32
  %4086 = load <8 x float>, <8 x float>* %21, align 32
  %4087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat458, <8 x float> %4071, <8 x float> %4086)
  store <8 x float> %4087, <8 x float>* %21, align 32
  %4088 = add i64 %3867, 188
  %4089 = getelementptr inbounds float, float* %2, i64 %4088
  %4090 = load float, float* %4089, align 4
  %4091 = insertelement <8 x float> undef, float %4090, i32 0
  %splat459 = shufflevector <8 x float> %4091, <8 x float> undef, <8 x i32> zeroinitializer
  %4092 = load <8 x float>, <8 x float>* %25, align 32
  %4093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat459, <8 x float> %4067, <8 x float> %4092)
  store <8 x float> %4093, <8 x float>* %25, align 32
  %4094 = load <8 x float>, <8 x float>* %20, align 32
  %4095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat459, <8 x float> %4071, <8 x float> %4094)
  store <8 x float> %4095, <8 x float>* %20, align 32
  %4096 = add i64 %3867, 196
  %4097 = getelementptr inbounds float, float* %2, i64 %4096
  %4098 = load float, float* %4097, align 4
  %4099 = insertelement <8 x float> undef, float %4098, i32 0
  %splat460 = shufflevector <8 x float> %4099, <8 x float> undef, <8 x i32> zeroinitializer
  %4100 = load <8 x float>, <8 x float>* %24, align 32
  %4101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat460, <8 x float> %4067, <8 x float> %4100)
  store <8 x float> %4101, <8 x float>* %24, align 32
  %4102 = load <8 x float>, <8 x float>* %19, align 32
  %4103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat460, <8 x float> %4071, <8 x float> %4102)
  store <8 x float> %4103, <8 x float>* %19, align 32
  %4104 = add i64 %3867, 204
  %4105 = getelementptr inbounds float, float* %2, i64 %4104
  %4106 = load float, float* %4105, align 4
  %4107 = insertelement <8 x float> undef, float %4106, i32 0
  %splat461 = shufflevector <8 x float> %4107, <8 x float> undef, <8 x i32> zeroinitializer
  %4108 = load <8 x float>, <8 x float>* %23, align 32
  %4109 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4067, <8 x float> %4108)
  store <8 x float> %4109, <8 x float>* %23, align 32
  %4110 = load <8 x float>, <8 x float>* %18, align 32
  %4111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4071, <8 x float> %4110)
  store <8 x float> %4111, <8 x float>* %18, align 32
  %4112 = add i64 %3871, 40
  %4113 = getelementptr inbounds float, float* %4, i64 %4112
  %4114 = bitcast float* %4113 to <8 x float>*
  %4115 = load <8 x float>, <8 x float>* %4114, align 4
  %4116 = add i64 %3871, 27688
  %4117 = getelementptr inbounds float, float* %4, i64 %4116
  %4118 = bitcast float* %4117 to <8 x float>*
  %4119 = load <8 x float>, <8 x float>* %4118, align 4
  %4120 = add i64 %3867, 173
  %4121 = getelementptr inbounds float, float* %2, i64 %4120
  %4122 = load float, float* %4121, align 4
  %4123 = insertelement <8 x float> undef, float %4122, i32 0
  %splat462 = shufflevector <8 x float> %4123, <8 x float> undef, <8 x i32> zeroinitializer
  %4124 = load <8 x float>, <8 x float>* %27, align 32
  %4125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat462, <8 x float> %4115, <8 x float> %4124)
  store <8 x float> %4125, <8 x float>* %27, align 32
  %4126 = load <8 x float>, <8 x float>* %22, align 32
  %4127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat462, <8 x float> %4119, <8 x float> %4126)
  store <8 x float> %4127, <8 x float>* %22, align 32
  %4128 = add i64 %3867, 181
  %4129 = getelementptr inbounds float, float* %2, i64 %4128
  %4130 = load float, float* %4129, align 4
  %4131 = insertelement <8 x float> undef, float %4130, i32 0
  %splat463 = shufflevector <8 x float> %4131, <8 x float> undef, <8 x i32> zeroinitializer
  %4132 = load <8 x float>, <8 x float>* %26, align 32
  %4133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat463, <8 x float> %4115, <8 x float> %4132)
  store <8 x float> %4133, <8 x float>* %26, align 32
  %4134 = load <8 x float>, <8 x float>* %21, align 32
  %4135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat463, <8 x float> %4119, <8 x float> %4134)
  store <8 x float> %4135, <8 x float>* %21, align 32
  %4136 = add i64 %3867, 189
  %4137 = getelementptr inbounds float, float* %2, i64 %4136
  %4138 = load float, float* %4137, align 4
  %4139 = insertelement <8 x float> undef, float %4138, i32 0
  %splat464 = shufflevector <8 x float> %4139, <8 x float> undef, <8 x i32> zeroinitializer
  %4140 = load <8 x float>, <8 x float>* %25, align 32
  %4141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat464, <8 x float> %4115, <8 x float> %4140)
  store <8 x float> %4141, <8 x float>* %25, align 32
  %4142 = load <8 x float>, <8 x float>* %20, align 32
  %4143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat464, <8 x float> %4119, <8 x float> %4142)
  store <8 x float> %4143, <8 x float>* %20, align 32
  %4144 = add i64 %3867, 197
  %4145 = getelementptr inbounds float, float* %2, i64 %4144
  %4146 = load float, float* %4145, align 4
  %4147 = insertelement <8 x float> undef, float %4146, i32 0
  %splat465 = shufflevector <8 x float> %4147, <8 x float> undef, <8 x i32> zeroinitializer
  %4148 = load <8 x float>, <8 x float>* %24, align 32
  %4149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat465, <8 x float> %4115, <8 x float> %4148)
  store <8 x float> %4149, <8 x float>* %24, align 32
  %4150 = load <8 x float>, <8 x float>* %19, align 32
  %4151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat465, <8 x float> %4119, <8 x float> %4150)
  store <8 x float> %4151, <8 x float>* %19, align 32
  %4152 = add i64 %3867, 205
  %4153 = getelementptr inbounds float, float* %2, i64 %4152
  %4154 = load float, float* %4153, align 4
  %4155 = insertelement <8 x float> undef, float %4154, i32 0
  %splat466 = shufflevector <8 x float> %4155, <8 x float> undef, <8 x i32> zeroinitializer
  %4156 = load <8 x float>, <8 x float>* %23, align 32
  %4157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat466, <8 x float> %4115, <8 x float> %4156)
  store <8 x float> %4157, <8 x float>* %23, align 32
  %4158 = load <8 x float>, <8 x float>* %18, align 32
  %4159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat466, <8 x float> %4119, <8 x float> %4158)
  store <8 x float> %4159, <8 x float>* %18, align 32
  %4160 = add i64 %3871, 48
  %4161 = getelementptr inbounds float, float* %4, i64 %4160
  %4162 = bitcast float* %4161 to <8 x float>*
  %4163 = load <8 x float>, <8 x float>* %4162, align 4
  %4164 = add i64 %3871, 27696
  %4165 = getelementptr inbounds float, float* %4, i64 %4164
  %4166 = bitcast float* %4165 to <8 x float>*
  %4167 = load <8 x float>, <8 x float>* %4166, align 4
  %4168 = add i64 %3867, 174
  %4169 = getelementptr inbounds float, float* %2, i64 %4168
  %4170 = load float, float* %4169, align 4
  %4171 = insertelement <8 x float> undef, float %4170, i32 0
  %splat467 = shufflevector <8 x float> %4171, <8 x float> undef, <8 x i32> zeroinitializer
  %4172 = load <8 x float>, <8 x float>* %27, align 32
  %4173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat467, <8 x float> %4163, <8 x float> %4172)
  store <8 x float> %4173, <8 x float>* %27, align 32
  %4174 = load <8 x float>, <8 x float>* %22, align 32
  %4175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat467, <8 x float> %4167, <8 x float> %4174)
  store <8 x float> %4175, <8 x float>* %22, align 32
  %4176 = add i64 %3867, 182
  %4177 = getelementptr inbounds float, float* %2, i64 %4176
  %4178 = load float, float* %4177, align 4
  %4179 = insertelement <8 x float> undef, float %4178, i32 0
  %splat468 = shufflevector <8 x float> %4179, <8 x float> undef, <8 x i32> zeroinitializer
  %4180 = load <8 x float>, <8 x float>* %26, align 32
  %4181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat468, <8 x float> %4163, <8 x float> %4180)
  store <8 x float> %4181, <8 x float>* %26, align 32
  %4182 = load <8 x float>, <8 x float>* %21, align 32
  %4183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat468, <8 x float> %4167, <8 x float> %4182)
  store <8 x float> %4183, <8 x float>* %21, align 32
  %4184 = add i64 %3867, 190
  %4185 = getelementptr inbounds float, float* %2, i64 %4184
  %4186 = load float, float* %4185, align 4
  %4187 = insertelement <8 x float> undef, float %4186, i32 0
  %splat469 = shufflevector <8 x float> %4187, <8 x float> undef, <8 x i32> zeroinitializer
  %4188 = load <8 x float>, <8 x float>* %25, align 32
  %4189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat469, <8 x float> %4163, <8 x float> %4188)
  store <8 x float> %4189, <8 x float>* %25, align 32
  %4190 = load <8 x float>, <8 x float>* %20, align 32
  %4191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat469, <8 x float> %4167, <8 x float> %4190)
  store <8 x float> %4191, <8 x float>* %20, align 32
  %4192 = add i64 %3867, 198
  %4193 = getelementptr inbounds float, float* %2, i64 %4192
  %4194 = load float, float* %4193, align 4
  %4195 = insertelement <8 x float> undef, float %4194, i32 0
  %splat470 = shufflevector <8 x float> %4195, <8 x float> undef, <8 x i32> zeroinitializer
  %4196 = load <8 x float>, <8 x float>* %24, align 32
  %4197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat470, <8 x float> %4163, <8 x float> %4196)
  store <8 x float> %4197, <8 x float>* %24, align 32
  %4198 = load <8 x float>, <8 x float>* %19, align 32
  %4199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat470, <8 x float> %4167, <8 x float> %4198)
  store <8 x float> %4199, <8 x float>* %19, align 32
  %4200 = add i64 %3867, 206
  %4201 = getelementptr inbounds float, float* %2, i64 %4200
  %4202 = load float, float* %4201, align 4
  %4203 = insertelement <8 x float> undef, float %4202, i32 0
  %splat471 = shufflevector <8 x float> %4203, <8 x float> undef, <8 x i32> zeroinitializer
  %4204 = load <8 x float>, <8 x float>* %23, align 32
  %4205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat471, <8 x float> %4163, <8 x float> %4204)
  store <8 x float> %4205, <8 x float>* %23, align 32
  %4206 = load <8 x float>, <8 x float>* %18, align 32
  %4207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat471, <8 x float> %4167, <8 x float> %4206)
  store <8 x float> %4207, <8 x float>* %18, align 32
  %4208 = add i64 %3871, 56
  %4209 = getelementptr inbounds float, float* %4, i64 %4208
  %4210 = bitcast float* %4209 to <8 x float>*
  %4211 = load <8 x float>, <8 x float>* %4210, align 4
  %4212 = add i64 %3871, 27704
  %4213 = getelementptr inbounds float, float* %4, i64 %4212
  %4214 = bitcast float* %4213 to <8 x float>*
  %4215 = load <8 x float>, <8 x float>* %4214, align 4
  %4216 = add i64 %3867, 175
  %4217 = getelementptr inbounds float, float* %2, i64 %4216
  %4218 = load float, float* %4217, align 4
  %4219 = insertelement <8 x float> undef, float %4218, i32 0
  %splat472 = shufflevector <8 x float> %4219, <8 x float> undef, <8 x i32> zeroinitializer
  %4220 = load <8 x float>, <8 x float>* %27, align 32
  %4221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat472, <8 x float> %4211, <8 x float> %4220)
  store <8 x float> %4221, <8 x float>* %27, align 32
  %4222 = load <8 x float>, <8 x float>* %22, align 32
  %4223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat472, <8 x float> %4215, <8 x float> %4222)
  store <8 x float> %4223, <8 x float>* %22, align 32
  %4224 = add i64 %3867, 183
  %4225 = getelementptr inbounds float, float* %2, i64 %4224
  %4226 = load float, float* %4225, align 4
  %4227 = insertelement <8 x float> undef, float %4226, i32 0
  %splat473 = shufflevector <8 x float> %4227, <8 x float> undef, <8 x i32> zeroinitializer
  %4228 = load <8 x float>, <8 x float>* %26, align 32
  %4229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat473, <8 x float> %4211, <8 x float> %4228)
  store <8 x float> %4229, <8 x float>* %26, align 32
  %4230 = load <8 x float>, <8 x float>* %21, align 32
  %4231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat473, <8 x float> %4215, <8 x float> %4230)
  store <8 x float> %4231, <8 x float>* %21, align 32
  %4232 = add i64 %3867, 191
  %4233 = getelementptr inbounds float, float* %2, i64 %4232
  %4234 = load float, float* %4233, align 4
  %4235 = insertelement <8 x float> undef, float %4234, i32 0
  %splat474 = shufflevector <8 x float> %4235, <8 x float> undef, <8 x i32> zeroinitializer
  %4236 = load <8 x float>, <8 x float>* %25, align 32
  %4237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat474, <8 x float> %4211, <8 x float> %4236)
  store <8 x float> %4237, <8 x float>* %25, align 32
  %4238 = load <8 x float>, <8 x float>* %20, align 32
  %4239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat474, <8 x float> %4215, <8 x float> %4238)
  store <8 x float> %4239, <8 x float>* %20, align 32
  %4240 = add i64 %3867, 199
  %4241 = getelementptr inbounds float, float* %2, i64 %4240
  %4242 = load float, float* %4241, align 4
  %4243 = insertelement <8 x float> undef, float %4242, i32 0
  %splat475 = shufflevector <8 x float> %4243, <8 x float> undef, <8 x i32> zeroinitializer
  %4244 = load <8 x float>, <8 x float>* %24, align 32
  %4245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat475, <8 x float> %4211, <8 x float> %4244)
  store <8 x float> %4245, <8 x float>* %24, align 32
  %4246 = load <8 x float>, <8 x float>* %19, align 32
  %4247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat475, <8 x float> %4215, <8 x float> %4246)
  store <8 x float> %4247, <8 x float>* %19, align 32
  %4248 = add i64 %3867, 207
  %4249 = getelementptr inbounds float, float* %2, i64 %4248
  %4250 = load float, float* %4249, align 4
  %4251 = insertelement <8 x float> undef, float %4250, i32 0
  %splat476 = shufflevector <8 x float> %4251, <8 x float> undef, <8 x i32> zeroinitializer
  %4252 = load <8 x float>, <8 x float>* %23, align 32
  %4253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat476, <8 x float> %4211, <8 x float> %4252)
  store <8 x float> %4253, <8 x float>* %23, align 32
  %4254 = load <8 x float>, <8 x float>* %18, align 32
  %4255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat476, <8 x float> %4215, <8 x float> %4254)
  store <8 x float> %4255, <8 x float>* %18, align 32
  %kw.next477 = add i64 %kw436, 1
  br label %kw.header433

kw.exit435:                                       ; preds = %kw.header433
  %kh.next478 = add i64 %kh432, 1
  br label %kh.header429

u.header480:                                      ; preds = %kh.exit486, %u.exit427
  %u483 = phi i64 [ 0, %u.exit427 ], [ %u.next534, %kh.exit486 ]
  %4256 = icmp slt i64 %u483, 3
  br i1 %4256, label %u.body481, label %u.exit482

u.body481:                                        ; preds = %u.header480
  %4257 = add i64 %3861, %u483
  %4258 = mul i64 %4257, 392
  %4259 = add i64 %3860, %4258
  %4260 = mul i64 %4257, 576
  %4261 = add i64 %103, %4260
  br label %kh.header484

u.exit482:                                        ; preds = %u.header480
  %4262 = icmp eq i64 %chunk, 15
  %4263 = load <8 x float>, <8 x float>* %17, align 32
  %4264 = fcmp olt <8 x float> %4263, zeroinitializer
  %4265 = select <8 x i1> %4264, <8 x float> zeroinitializer, <8 x float> %4263
  %4266 = select i1 %4262, <8 x float> %4265, <8 x float> %4263
  %4267 = getelementptr inbounds float, float* %0, i64 %3776
  %4268 = bitcast float* %4267 to <8 x float>*
  store <8 x float> %4266, <8 x float>* %4268, align 4
  %4269 = load <8 x float>, <8 x float>* %16, align 32
  %4270 = fcmp olt <8 x float> %4269, zeroinitializer
  %4271 = select <8 x i1> %4270, <8 x float> zeroinitializer, <8 x float> %4269
  %4272 = select i1 %4262, <8 x float> %4271, <8 x float> %4269
  %4273 = getelementptr inbounds float, float* %0, i64 %3779
  %4274 = bitcast float* %4273 to <8 x float>*
  store <8 x float> %4272, <8 x float>* %4274, align 4
  %4275 = load <8 x float>, <8 x float>* %15, align 32
  %4276 = fcmp olt <8 x float> %4275, zeroinitializer
  %4277 = select <8 x i1> %4276, <8 x float> zeroinitializer, <8 x float> %4275
  %4278 = select i1 %4262, <8 x float> %4277, <8 x float> %4275
  %4279 = getelementptr inbounds float, float* %0, i64 %3782
  %4280 = bitcast float* %4279 to <8 x float>*
  store <8 x float> %4278, <8 x float>* %4280, align 4
  %4281 = load <8 x float>, <8 x float>* %14, align 32
  %4282 = fcmp olt <8 x float> %4281, zeroinitializer
  %4283 = select <8 x i1> %4282, <8 x float> zeroinitializer, <8 x float> %4281
  %4284 = select i1 %4262, <8 x float> %4283, <8 x float> %4281
  %4285 = getelementptr inbounds float, float* %0, i64 %3785
  %4286 = bitcast float* %4285 to <8 x float>*
  store <8 x float> %4284, <8 x float>* %4286, align 4
  %4287 = load <8 x float>, <8 x float>* %13, align 32
  %4288 = fcmp olt <8 x float> %4287, zeroinitializer
  %4289 = select <8 x i1> %4288, <8 x float> zeroinitializer, <8 x float> %4287
  %4290 = select i1 %4262, <8 x float> %4289, <8 x float> %4287
  %4291 = getelementptr inbounds float, float* %0, i64 %3788
  %4292 = bitcast float* %4291 to <8 x float>*
  store <8 x float> %4290, <8 x float>* %4292, align 4
  %4293 = load <8 x float>, <8 x float>* %12, align 32
  %4294 = fcmp olt <8 x float> %4293, zeroinitializer
  %4295 = select <8 x i1> %4294, <8 x float> zeroinitializer, <8 x float> %4293
  %4296 = select i1 %4262, <8 x float> %4295, <8 x float> %4293
  %4297 = getelementptr inbounds float, float* %0, i64 %3795
  %4298 = bitcast float* %4297 to <8 x float>*
  store <8 x float> %4296, <8 x float>* %4298, align 4
  %4299 = load <8 x float>, <8 x float>* %11, align 32
  %4300 = fcmp olt <8 x float> %4299, zeroinitializer
  %4301 = select <8 x i1> %4300, <8 x float> zeroinitializer, <8 x float> %4299
  %4302 = select i1 %4262, <8 x float> %4301, <8 x float> %4299
  %4303 = getelementptr inbounds float, float* %0, i64 %3798
  %4304 = bitcast float* %4303 to <8 x float>*
  store <8 x float> %4302, <8 x float>* %4304, align 4
  %4305 = load <8 x float>, <8 x float>* %10, align 32
  %4306 = fcmp olt <8 x float> %4305, zeroinitializer
  %4307 = select <8 x i1> %4306, <8 x float> zeroinitializer, <8 x float> %4305
  %4308 = select i1 %4262, <8 x float> %4307, <8 x float> %4305
  %4309 = getelementptr inbounds float, float* %0, i64 %3801
  %4310 = bitcast float* %4309 to <8 x float>*
  store <8 x float> %4308, <8 x float>* %4310, align 4
  %4311 = load <8 x float>, <8 x float>* %9, align 32
  %4312 = fcmp olt <8 x float> %4311, zeroinitializer
  %4313 = select <8 x i1> %4312, <8 x float> zeroinitializer, <8 x float> %4311
  %4314 = select i1 %4262, <8 x float> %4313, <8 x float> %4311
  %4315 = getelementptr inbounds float, float* %0, i64 %3804
  %4316 = bitcast float* %4315 to <8 x float>*
  store <8 x float> %4314, <8 x float>* %4316, align 4
  %4317 = load <8 x float>, <8 x float>* %8, align 32
  %4318 = fcmp olt <8 x float> %4317, zeroinitializer
  %4319 = select <8 x i1> %4318, <8 x float> zeroinitializer, <8 x float> %4317
  %4320 = select i1 %4262, <8 x float> %4319, <8 x float> %4317
  %4321 = getelementptr inbounds float, float* %0, i64 %3807
  %4322 = bitcast float* %4321 to <8 x float>*
  store <8 x float> %4320, <8 x float>* %4322, align 4
  br label %endif

kh.header484:                                     ; preds = %kw.exit490, %u.body481
  %kh487 = phi i64 [ 0, %u.body481 ], [ %kh.next533, %kw.exit490 ]
  %4323 = icmp slt i64 %kh487, 3
  br i1 %4323, label %kh.body485, label %kh.exit486

kh.body485:                                       ; preds = %kh.header484
  %4324 = mul i64 %kh487, 56
  %4325 = add i64 %4259, %4324
  br label %kw.header488

kh.exit486:                                       ; preds = %kh.header484
  %u.next534 = add i64 %u483, 1
  br label %u.header480

kw.header488:                                     ; preds = %kw.body489, %kh.body485
  %kw491 = phi i64 [ 0, %kh.body485 ], [ %kw.next532, %kw.body489 ]
  %4326 = icmp slt i64 %kw491, 3
  br i1 %4326, label %kw.body489, label %kw.exit490

kw.body489:                                       ; preds = %kw.header488
  %4327 = mul i64 %kw491, 8
  %4328 = add i64 %4325, %4327
  %4329 = mul i64 %kh487, 3
  %4330 = add i64 %4329, %kw491
  %4331 = mul i64 %4330, 64
  %4332 = add i64 %4261, %4331
  %4333 = add i64 %4332, 0
  %4334 = getelementptr inbounds float, float* %4, i64 %4333
  %4335 = bitcast float* %4334 to <8 x float>*
  %4336 = load <8 x float>, <8 x float>* %4335, align 4
  %4337 = add i64 %4332, 27648
  %4338 = getelementptr inbounds float, float* %4, i64 %4337
  %4339 = bitcast float* %4338 to <8 x float>*
  %4340 = load <8 x float>, <8 x float>* %4339, align 4
  %4341 = add i64 %4328, 224
  %4342 = getelementptr inbounds float, float* %2, i64 %4341
  %4343 = load float, float* %4342, align 4
  %4344 = insertelement <8 x float> undef, float %4343, i32 0
  %splat492 = shufflevector <8 x float> %4344, <8 x float> undef, <8 x i32> zeroinitializer
  %4345 = load <8 x float>, <8 x float>* %17, align 32
  %4346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat492, <8 x float> %4336, <8 x float> %4345)
  store <8 x float> %4346, <8 x float>* %17, align 32
  %4347 = load <8 x float>, <8 x float>* %12, align 32
  %4348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat492, <8 x float> %4340, <8 x float> %4347)
  store <8 x float> %4348, <8 x float>* %12, align 32
  %4349 = add i64 %4328, 232
  %4350 = getelementptr inbounds float, float* %2, i64 %4349
  %4351 = load float, float* %4350, align 4
  %4352 = insertelement <8 x float> undef, float %4351, i32 0
  %splat493 = shufflevector <8 x float> %4352, <8 x float> undef, <8 x i32> zeroinitializer
  %4353 = load <8 x float>, <8 x float>* %16, align 32
  %4354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat493, <8 x float> %4336, <8 x float> %4353)
  store <8 x float> %4354, <8 x float>* %16, align 32
  %4355 = load <8 x float>, <8 x float>* %11, align 32
  %4356 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat493, <8 x float> %4340, <8 x float> %4355)
  store <8 x float> %4356, <8 x float>* %11, align 32
  %4357 = add i64 %4328, 240
  %4358 = getelementptr inbounds float, float* %2, i64 %4357
  %4359 = load float, float* %4358, align 4
  %4360 = insertelement <8 x float> undef, float %4359, i32 0
  %splat494 = shufflevector <8 x float> %4360, <8 x float> undef, <8 x i32> zeroinitializer
  %4361 = load <8 x float>, <8 x float>* %15, align 32
  %4362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat494, <8 x float> %4336, <8 x float> %4361)
  store <8 x float> %4362, <8 x float>* %15, align 32
  %4363 = load <8 x float>, <8 x float>* %10, align 32
  %4364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat494, <8 x float> %4340, <8 x float> %4363)
  store <8 x float> %4364, <8 x float>* %10, align 32
  %4365 = add i64 %4328, 248
  %4366 = getelementptr inbounds float, float* %2, i64 %4365
  %4367 = load float, float* %4366, align 4
  %4368 = insertelement <8 x float> undef, float %4367, i32 0
  %splat495 = shufflevector <8 x float> %4368, <8 x float> undef, <8 x i32> zeroinitializer
  %4369 = load <8 x float>, <8 x float>* %14, align 32
  %4370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat495, <8 x float> %4336, <8 x float> %4369)
  store <8 x float> %4370, <8 x float>* %14, align 32
  %4371 = load <8 x float>, <8 x float>* %9, align 32
  %4372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat495, <8 x float> %4340, <8 x float> %4371)
  store <8 x float> %4372, <8 x float>* %9, align 32
  %4373 = add i64 %4328, 256
  %4374 = getelementptr inbounds float, float* %2, i64 %4373
  %4375 = load float, float* %4374, align 4
  %4376 = insertelement <8 x float> undef, float %4375, i32 0
  %splat496 = shufflevector <8 x float> %4376, <8 x float> undef, <8 x i32> zeroinitializer
  %4377 = load <8 x float>, <8 x float>* %13, align 32
  %4378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat496, <8 x float> %4336, <8 x float> %4377)
  store <8 x float> %4378, <8 x float>* %13, align 32
  %4379 = load <8 x float>, <8 x float>* %8, align 32
  %4380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat496, <8 x float> %4340, <8 x float> %4379)
  store <8 x float> %4380, <8 x float>* %8, align 32
  %4381 = add i64 %4332, 8
  %4382 = getelementptr inbounds float, float* %4, i64 %4381
  %4383 = bitcast float* %4382 to <8 x float>*
  %4384 = load <8 x float>, <8 x float>* %4383, align 4
  %4385 = add i64 %4332, 27656
  %4386 = getelementptr inbounds float, float* %4, i64 %4385
  %4387 = bitcast float* %4386 to <8 x float>*
  %4388 = load <8 x float>, <8 x float>* %4387, align 4
  %4389 = add i64 %4328, 225
  %4390 = getelementptr inbounds float, float* %2, i64 %4389
  %4391 = load float, float* %4390, align 4
  %4392 = insertelement <8 x float> undef, float %4391, i32 0
  %splat497 = shufflevector <8 x float> %4392, <8 x float> undef, <8 x i32> zeroinitializer
  %4393 = load <8 x float>, <8 x float>* %17, align 32
  %4394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat497, <8 x float> %4384, <8 x float> %4393)
  store <8 x float> %4394, <8 x float>* %17, align 32
  %4395 = load <8 x float>, <8 x float>* %12, align 32
  %4396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat497, <8 x float> %4388, <8 x float> %4395)
  store <8 x float> %4396, <8 x float>* %12, align 32
  %4397 = add i64 %4328, 233
  %4398 = getelementptr inbounds float, float* %2, i64 %4397
  %4399 = load float, float* %4398, align 4
  %4400 = insertelement <8 x float> undef, float %4399, i32 0
  %splat498 = shufflevector <8 x float> %4400, <8 x float> undef, <8 x i32> zeroinitializer
  %4401 = load <8 x float>, <8 x float>* %16, align 32
  %4402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat498, <8 x float> %4384, <8 x float> %4401)
  store <8 x float> %4402, <8 x float>* %16, align 32
  %4403 = load <8 x float>, <8 x float>* %11, align 32
  %4404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat498, <8 x float> %4388, <8 x float> %4403)
  store <8 x float> %4404, <8 x float>* %11, align 32
  %4405 = add i64 %4328, 241
  %4406 = getelementptr inbounds float, float* %2, i64 %4405
  %4407 = load float, float* %4406, align 4
  %4408 = insertelement <8 x float> undef, float %4407, i32 0
  %splat499 = shufflevector <8 x float> %4408, <8 x float> undef, <8 x i32> zeroinitializer
  %4409 = load <8 x float>, <8 x float>* %15, align 32
  %4410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat499, <8 x float> %4384, <8 x float> %4409)
  store <8 x float> %4410, <8 x float>* %15, align 32
  %4411 = load <8 x float>, <8 x float>* %10, align 32
  %4412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat499, <8 x float> %4388, <8 x float> %4411)
  store <8 x float> %4412, <8 x float>* %10, align 32
  %4413 = add i64 %4328, 249
  %4414 = getelementptr inbounds float, float* %2, i64 %4413
  %4415 = load float, float* %4414, align 4
  %4416 = insertelement <8 x float> undef, float %4415, i32 0
  %splat500 = shufflevector <8 x float> %4416, <8 x float> undef, <8 x i32> zeroinitializer
  %4417 = load <8 x float>, <8 x float>* %14, align 32
  %4418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat500, <8 x float> %4384, <8 x float> %4417)
  store <8 x float> %4418, <8 x float>* %14, align 32
  %4419 = load <8 x float>, <8 x float>* %9, align 32
  %4420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat500, <8 x float> %4388, <8 x float> %4419)
  store <8 x float> %4420, <8 x float>* %9, align 32
  %4421 = add i64 %4328, 257
  %4422 = getelementptr inbounds float, float* %2, i64 %4421
  %4423 = load float, float* %4422, align 4
  %4424 = insertelement <8 x float> undef, float %4423, i32 0
  %splat501 = shufflevector <8 x float> %4424, <8 x float> undef, <8 x i32> zeroinitializer
  %4425 = load <8 x float>, <8 x float>* %13, align 32
  %4426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat501, <8 x float> %4384, <8 x float> %4425)
  store <8 x float> %4426, <8 x float>* %13, align 32
  %4427 = load <8 x float>, <8 x float>* %8, align 32
  %4428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat501, <8 x float> %4388, <8 x float> %4427)
  store <8 x float> %4428, <8 x float>* %8, align 32
  %4429 = add i64 %4332, 16
  %4430 = getelementptr inbounds float, float* %4, i64 %4429
  %4431 = bitcast float* %4430 to <8 x float>*
  %4432 = load <8 x float>, <8 x float>* %4431, align 4
  %4433 = add i64 %4332, 27664
  %4434 = getelementptr inbounds float, float* %4, i64 %4433
  %4435 = bitcast float* %4434 to <8 x float>*
  %4436 = load <8 x float>, <8 x float>* %4435, align 4
  %4437 = add i64 %4328, 226
  %4438 = getelementptr inbounds float, float* %2, i64 %4437
  %4439 = load float, float* %4438, align 4
  %4440 = insertelement <8 x float> undef, float %4439, i32 0
  %splat502 = shufflevector <8 x float> %4440, <8 x float> undef, <8 x i32> zeroinitializer
  %4441 = load <8 x float>, <8 x float>* %17, align 32
  %4442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat502, <8 x float> %4432, <8 x float> %4441)
  store <8 x float> %4442, <8 x float>* %17, align 32
  %4443 = load <8 x float>, <8 x float>* %12, align 32
  %4444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat502, <8 x float> %4436, <8 x float> %4443)
  store <8 x float> %4444, <8 x float>* %12, align 32
  %4445 = add i64 %4328, 234
  %4446 = getelementptr inbounds float, float* %2, i64 %4445
  %4447 = load float, float* %4446, align 4
  %4448 = insertelement <8 x float> undef, float %4447, i32 0
  %splat503 = shufflevector <8 x float> %4448, <8 x float> undef, <8 x i32> zeroinitializer
  %4449 = load <8 x float>, <8 x float>* %16, align 32
  %4450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat503, <8 x float> %4432, <8 x float> %4449)
  store <8 x float> %4450, <8 x float>* %16, align 32
  %4451 = load <8 x float>, <8 x float>* %11, align 32
  %4452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat503, <8 x float> %4436, <8 x float> %4451)
  store <8 x float> %4452, <8 x float>* %11, align 32
  %4453 = add i64 %4328, 242
  %4454 = getelementptr inbounds float, float* %2, i64 %4453
  %4455 = load float, float* %4454, align 4
  %4456 = insertelement <8 x float> undef, float %4455, i32 0
  %splat504 = shufflevector <8 x float> %4456, <8 x float> undef, <8 x i32> zeroinitializer
  %4457 = load <8 x float>, <8 x float>* %15, align 32
  %4458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat504, <8 x float> %4432, <8 x float> %4457)
  store <8 x float> %4458, <8 x float>* %15, align 32
  %4459 = load <8 x float>, <8 x float>* %10, align 32
  %4460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat504, <8 x float> %4436, <8 x float> %4459)
  store <8 x float> %4460, <8 x float>* %10, align 32
  %4461 = add i64 %4328, 250
  %4462 = getelementptr inbounds float, float* %2, i64 %4461
  %4463 = load float, float* %4462, align 4
  %4464 = insertelement <8 x float> undef, float %4463, i32 0
  %splat505 = shufflevector <8 x float> %4464, <8 x float> undef, <8 x i32> zeroinitializer
  %4465 = load <8 x float>, <8 x float>* %14, align 32
  %4466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat505, <8 x float> %4432, <8 x float> %4465)
  store <8 x float> %4466, <8 x float>* %14, align 32
  %4467 = load <8 x float>, <8 x float>* %9, align 32
  %4468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat505, <8 x float> %4436, <8 x float> %4467)
  store <8 x float> %4468, <8 x float>* %9, align 32
  %4469 = add i64 %4328, 258
  %4470 = getelementptr inbounds float, float* %2, i64 %4469
  %4471 = load float, float* %4470, align 4
  %4472 = insertelement <8 x float> undef, float %4471, i32 0
  %splat506 = shufflevector <8 x float> %4472, <8 x float> undef, <8 x i32> zeroinitializer
  %4473 = load <8 x float>, <8 x float>* %13, align 32
  %4474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat506, <8 x float> %4432, <8 x float> %4473)
  store <8 x float> %4474, <8 x float>* %13, align 32
  %4475 = load <8 x float>, <8 x float>* %8, align 32
  %4476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat506, <8 x float> %4436, <8 x float> %4475)
  store <8 x float> %4476, <8 x float>* %8, align 32
  %4477 = add i64 %4332, 24
  %4478 = getelementptr inbounds float, float* %4, i64 %4477
  %4479 = bitcast float* %4478 to <8 x float>*
  %4480 = load <8 x float>, <8 x float>* %4479, align 4
  %4481 = add i64 %4332, 27672
  %4482 = getelementptr inbounds float, float* %4, i64 %4481
  %4483 = bitcast float* %4482 to <8 x float>*
  %4484 = load <8 x float>, <8 x float>* %4483, align 4
  %4485 = add i64 %4328, 227
  %4486 = getelementptr inbounds float, float* %2, i64 %4485
  %4487 = load float, float* %4486, align 4
  %4488 = insertelement <8 x float> undef, float %4487, i32 0
  %splat507 = shufflevector <8 x float> %4488, <8 x float> undef, <8 x i32> zeroinitializer
  %4489 = load <8 x float>, <8 x float>* %17, align 32
  %4490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat507, <8 x float> %4480, <8 x float> %4489)
  store <8 x float> %4490, <8 x float>* %17, align 32
  %4491 = load <8 x float>, <8 x float>* %12, align 32
  %4492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat507, <8 x float> %4484, <8 x float> %4491)
  store <8 x float> %4492, <8 x float>* %12, align 32
  %4493 = add i64 %4328, 235
  %4494 = getelementptr inbounds float, float* %2, i64 %4493
  %4495 = load float, float* %4494, align 4
  %4496 = insertelement <8 x float> undef, float %4495, i32 0
  %splat508 = shufflevector <8 x float> %4496, <8 x float> undef, <8 x i32> zeroinitializer
  %4497 = load <8 x float>, <8 x float>* %16, align 32
  %4498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat508, <8 x float> %4480, <8 x float> %4497)
  store <8 x float> %4498, <8 x float>* %16, align 32
  %4499 = load <8 x float>, <8 x float>* %11, align 32
  %4500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat508, <8 x float> %4484, <8 x float> %4499)
  store <8 x float> %4500, <8 x float>* %11, align 32
  %4501 = add i64 %4328, 243
  %4502 = getelementptr inbounds float, float* %2, i64 %4501
  %4503 = load float, float* %4502, align 4
  %4504 = insertelement <8 x float> undef, float %4503, i32 0
  %splat509 = shufflevector <8 x float> %4504, <8 x float> undef, <8 x i32> zeroinitializer
  %4505 = load <8 x float>, <8 x float>* %15, align 32
  %4506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat509, <8 x float> %4480, <8 x float> %4505)
  store <8 x float> %4506, <8 x float>* %15, align 32
  %4507 = load <8 x float>, <8 x float>* %10, align 32
  %4508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat509, <8 x float> %4484, <8 x float> %4507)
  store <8 x float> %4508, <8 x float>* %10, align 32
  %4509 = add i64 %4328, 251
  %4510 = getelementptr inbounds float, float* %2, i64 %4509
  %4511 = load float, float* %4510, align 4
  %4512 = insertelement <8 x float> undef, float %4511, i32 0
  %splat510 = shufflevector <8 x float> %4512, <8 x float> undef, <8 x i32> zeroinitializer
  %4513 = load <8 x float>, <8 x float>* %14, align 32
  %4514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat510, <8 x float> %4480, <8 x float> %4513)
  store <8 x float> %4514, <8 x float>* %14, align 32
  %4515 = load <8 x float>, <8 x float>* %9, align 32
  %4516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat510, <8 x float> %4484, <8 x float> %4515)
  store <8 x float> %4516, <8 x float>* %9, align 32
  %4517 = add i64 %4328, 259
  %4518 = getelementptr inbounds float, float* %2, i64 %4517
  %4519 = load float, float* %4518, align 4
  %4520 = insertelement <8 x float> undef, float %4519, i32 0
  %splat511 = shufflevector <8 x float> %4520, <8 x float> undef, <8 x i32> zeroinitializer
  %4521 = load <8 x float>, <8 x float>* %13, align 32
  %4522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat511, <8 x float> %4480, <8 x float> %4521)
  store <8 x float> %4522, <8 x float>* %13, align 32
  %4523 = load <8 x float>, <8 x float>* %8, align 32
  %4524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat511, <8 x float> %4484, <8 x float> %4523)
  store <8 x float> %4524, <8 x float>* %8, align 32
  %4525 = add i64 %4332, 32
  %4526 = getelementptr inbounds float, float* %4, i64 %4525
  %4527 = bitcast float* %4526 to <8 x float>*
  %4528 = load <8 x float>, <8 x float>* %4527, align 4
  %4529 = add i64 %4332, 27680
  %4530 = getelementptr inbounds float, float* %4, i64 %4529
  %4531 = bitcast float* %4530 to <8 x float>*
  %4532 = load <8 x float>, <8 x float>* %4531, align 4
  %4533 = add i64 %4328, 228
  %4534 = getelementptr inbounds float, float* %2, i64 %4533
  %4535 = load float, float* %4534, align 4
  %4536 = insertelement <8 x float> undef, float %4535, i32 0
  %splat512 = shufflevector <8 x float> %4536, <8 x float> undef, <8 x i32> zeroinitializer
  %4537 = load <8 x float>, <8 x float>* %17, align 32
  %4538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat512, <8 x float> %4528, <8 x float> %4537)
  store <8 x float> %4538, <8 x float>* %17, align 32
  %4539 = load <8 x float>, <8 x float>* %12, align 32
  %4540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat512, <8 x float> %4532, <8 x float> %4539)
  store <8 x float> %4540, <8 x float>* %12, align 32
  %4541 = add i64 %4328, 236
  %4542 = getelementptr inbounds float, float* %2, i64 %4541
  %4543 = load float, float* %4542, align 4
  %4544 = insertelement <8 x float> undef, float %4543, i32 0
  %splat513 = shufflevector <8 x float> %4544, <8 x float> undef, <8 x i32> zeroinitializer
  %4545 = load <8 x float>, <8 x float>* %16, align 32
  %4546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat513, <8 x float> %4528, <8 x float> %4545)
  store <8 x float> %4546, <8 x float>* %16, align 32
  %4547 = load <8 x float>, <8 x float>* %11, align 32
  %4548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat513, <8 x float> %4532, <8 x float> %4547)
  store <8 x float> %4548, <8 x float>* %11, align 32
  %4549 = add i64 %4328, 244
  %4550 = getelementptr inbounds float, float* %2, i64 %4549
  %4551 = load float, float* %4550, align 4
  %4552 = insertelement <8 x float> undef, float %4551, i32 0
  %splat514 = shufflevector <8 x float> %4552, <8 x float> undef, <8 x i32> zeroinitializer
  %4553 = load <8 x float>, <8 x float>* %15, align 32
  %4554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat514, <8 x float> %4528, <8 x float> %4553)
  store <8 x float> %4554, <8 x float>* %15, align 32
  %4555 = load <8 x float>, <8 x float>* %10, align 32
  %4556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat514, <8 x float> %4532, <8 x float> %4555)
  store <8 x float> %4556, <8 x float>* %10, align 32
  %4557 = add i64 %4328, 252
  %4558 = getelementptr inbounds float, float* %2, i64 %4557
  %4559 = load float, float* %4558, align 4
  %4560 = insertelement <8 x float> undef, float %4559, i32 0
  %splat515 = shufflevector <8 x float> %4560, <8 x float> undef, <8 x i32> zeroinitializer
  %4561 = load <8 x float>, <8 x float>* %14, align 32
  %4562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat515, <8 x float> %4528, <8 x float> %4561)
  store <8 x float> %4562, <8 x float>* %14, align 32
  %4563 = load <8 x float>, <8 x float>* %9, align 32
  %4564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat515, <8 x float> %4532, <8 x float> %4563)
  store <8 x float> %4564, <8 x float>* %9, align 32
  %4565 = add i64 %4328, 260
  %4566 = getelementptr inbounds float, float* %2, i64 %4565
  %4567 = load float, float* %4566, align 4
  %4568 = insertelement <8 x float> undef, float %4567, i32 0
  %splat516 = shufflevector <8 x float> %4568, <8 x float> undef, <8 x i32> zeroinitializer
  %4569 = load <8 x float>, <8 x float>* %13, align 32
  %4570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat516, <8 x float> %4528, <8 x float> %4569)
  store <8 x float> %4570, <8 x float>* %13, align 32
  %4571 = load <8 x float>, <8 x float>* %8, align 32
  %4572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat516, <8 x float> %4532, <8 x float> %4571)
  store <8 x float> %4572, <8 x float>* %8, align 32
  %4573 = add i64 %4332, 40
  %4574 = getelementptr inbounds float, float* %4, i64 %4573
  %4575 = bitcast float* %4574 to <8 x float>*
  %4576 = load <8 x float>, <8 x float>* %4575, align 4
  %4577 = add i64 %4332, 27688
  %4578 = getelementptr inbounds float, float* %4, i64 %4577
  %4579 = bitcast float* %4578 to <8 x float>*
  %4580 = load <8 x float>, <8 x float>* %4579, align 4
  %4581 = add i64 %4328, 229
  %4582 = getelementptr inbounds float, float* %2, i64 %4581
  %4583 = load float, float* %4582, align 4
  %4584 = insertelement <8 x float> undef, float %4583, i32 0
  %splat517 = shufflevector <8 x float> %4584, <8 x float> undef, <8 x i32> zeroinitializer
  %4585 = load <8 x float>, <8 x float>* %17, align 32
  %4586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat517, <8 x float> %4576, <8 x float> %4585)
  store <8 x float> %4586, <8 x float>* %17, align 32
  %4587 = load <8 x float>, <8 x float>* %12, align 32
  %4588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat517, <8 x float> %4580, <8 x float> %4587)
  store <8 x float> %4588, <8 x float>* %12, align 32
  %4589 = add i64 %4328, 237
  %4590 = getelementptr inbounds float, float* %2, i64 %4589
  %4591 = load float, float* %4590, align 4
  %4592 = insertelement <8 x float> undef, float %4591, i32 0
  %splat518 = shufflevector <8 x float> %4592, <8 x float> undef, <8 x i32> zeroinitializer
  %4593 = load <8 x float>, <8 x float>* %16, align 32
  %4594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat518, <8 x float> %4576, <8 x float> %4593)
  store <8 x float> %4594, <8 x float>* %16, align 32
  %4595 = load <8 x float>, <8 x float>* %11, align 32
  %4596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat518, <8 x float> %4580, <8 x float> %4595)
  store <8 x float> %4596, <8 x float>* %11, align 32
  %4597 = add i64 %4328, 245
  %4598 = getelementptr inbounds float, float* %2, i64 %4597
  %4599 = load float, float* %4598, align 4
  %4600 = insertelement <8 x float> undef, float %4599, i32 0
  %splat519 = shufflevector <8 x float> %4600, <8 x float> undef, <8 x i32> zeroinitializer
  %4601 = load <8 x float>, <8 x float>* %15, align 32
  %4602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat519, <8 x float> %4576, <8 x float> %4601)
  store <8 x float> %4602, <8 x float>* %15, align 32
  %4603 = load <8 x float>, <8 x float>* %10, align 32
  %4604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat519, <8 x float> %4580, <8 x float> %4603)
  store <8 x float> %4604, <8 x float>* %10, align 32
  %4605 = add i64 %4328, 253
  %4606 = getelementptr inbounds float, float* %2, i64 %4605
  %4607 = load float, float* %4606, align 4
  %4608 = insertelement <8 x float> undef, float %4607, i32 0
  %splat520 = shufflevector <8 x float> %4608, <8 x float> undef, <8 x i32> zeroinitializer
  %4609 = load <8 x float>, <8 x float>* %14, align 32
  %4610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat520, <8 x float> %4576, <8 x float> %4609)
  store <8 x float> %4610, <8 x float>* %14, align 32
  %4611 = load <8 x float>, <8 x float>* %9, align 32
  %4612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat520, <8 x float> %4580, <8 x float> %4611)
  store <8 x float> %4612, <8 x float>* %9, align 32
  %4613 = add i64 %4328, 261
  %4614 = getelementptr inbounds float, float* %2, i64 %4613
  %4615 = load float, float* %4614, align 4
  %4616 = insertelement <8 x float> undef, float %4615, i32 0
  %splat521 = shufflevector <8 x float> %4616, <8 x float> undef, <8 x i32> zeroinitializer
  %4617 = load <8 x float>, <8 x float>* %13, align 32
  %4618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat521, <8 x float> %4576, <8 x float> %4617)
  store <8 x float> %4618, <8 x float>* %13, align 32
  %4619 = load <8 x float>, <8 x float>* %8, align 32
  %4620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat521, <8 x float> %4580, <8 x float> %4619)
  store <8 x float> %4620, <8 x float>* %8, align 32
  %4621 = add i64 %4332, 48
  %4622 = getelementptr inbounds float, float* %4, i64 %4621
  %4623 = bitcast float* %4622 to <8 x float>*
  %4624 = load <8 x float>, <8 x float>* %4623, align 4
  %4625 = add i64 %4332, 27696
  %4626 = getelementptr inbounds float, float* %4, i64 %4625
  %4627 = bitcast float* %4626 to <8 x float>*
  %4628 = load <8 x float>, <8 x float>* %4627, align 4
  %4629 = add i64 %4328, 230
  %4630 = getelementptr inbounds float, float* %2, i64 %4629
  %4631 = load float, float* %4630, align 4
  %4632 = insertelement <8 x float> undef, float %4631, i32 0
  %splat522 = shufflevector <8 x float> %4632, <8 x float> undef, <8 x i32> zeroinitializer
  %4633 = load <8 x float>, <8 x float>* %17, align 32
  %4634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat522, <8 x float> %4624, <8 x float> %4633)
  store <8 x float> %4634, <8 x float>* %17, align 32
  %4635 = load <8 x float>, <8 x float>* %12, align 32
  %4636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat522, <8 x float> %4628, <8 x float> %4635)
  store <8 x float> %4636, <8 x float>* %12, align 32
  %4637 = add i64 %4328, 238
  %4638 = getelementptr inbounds float, float* %2, i64 %4637
  %4639 = load float, float* %4638, align 4
  %4640 = insertelement <8 x float> undef, float %4639, i32 0
  %splat523 = shufflevector <8 x float> %4640, <8 x float> undef, <8 x i32> zeroinitializer
  %4641 = load <8 x float>, <8 x float>* %16, align 32
  %4642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat523, <8 x float> %4624, <8 x float> %4641)
  store <8 x float> %4642, <8 x float>* %16, align 32
  %4643 = load <8 x float>, <8 x float>* %11, align 32
  %4644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat523, <8 x float> %4628, <8 x float> %4643)
  store <8 x float> %4644, <8 x float>* %11, align 32
  %4645 = add i64 %4328, 246
  %4646 = getelementptr inbounds float, float* %2, i64 %4645
  %4647 = load float, float* %4646, align 4
  %4648 = insertelement <8 x float> undef, float %4647, i32 0
  %splat524 = shufflevector <8 x float> %4648, <8 x float> undef, <8 x i32> zeroinitializer
  %4649 = load <8 x float>, <8 x float>* %15, align 32
  %4650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat524, <8 x float> %4624, <8 x float> %4649)
  store <8 x float> %4650, <8 x float>* %15, align 32
  %4651 = load <8 x float>, <8 x float>* %10, align 32
  %4652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat524, <8 x float> %4628, <8 x float> %4651)
  store <8 x float> %4652, <8 x float>* %10, align 32
  %4653 = add i64 %4328, 254
  %4654 = getelementptr inbounds float, float* %2, i64 %4653
  %4655 = load float, float* %4654, align 4
  %4656 = insertelement <8 x float> undef, float %4655, i32 0
  %splat525 = shufflevector <8 x float> %4656, <8 x float> undef, <8 x i32> zeroinitializer
  %4657 = load <8 x float>, <8 x float>* %14, align 32
  %4658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat525, <8 x float> %4624, <8 x float> %4657)
  store <8 x float> %4658, <8 x float>* %14, align 32
  %4659 = load <8 x float>, <8 x float>* %9, align 32
  %4660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat525, <8 x float> %4628, <8 x float> %4659)
  store <8 x float> %4660, <8 x float>* %9, align 32
  %4661 = add i64 %4328, 262
  %4662 = getelementptr inbounds float, float* %2, i64 %4661
  %4663 = load float, float* %4662, align 4
  %4664 = insertelement <8 x float> undef, float %4663, i32 0
  %splat526 = shufflevector <8 x float> %4664, <8 x float> undef, <8 x i32> zeroinitializer
  %4665 = load <8 x float>, <8 x float>* %13, align 32
  %4666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat526, <8 x float> %4624, <8 x float> %4665)
  store <8 x float> %4666, <8 x float>* %13, align 32
  %4667 = load <8 x float>, <8 x float>* %8, align 32
  %4668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat526, <8 x float> %4628, <8 x float> %4667)
  store <8 x float> %4668, <8 x float>* %8, align 32
  %4669 = add i64 %4332, 56
  %4670 = getelementptr inbounds float, float* %4, i64 %4669
  %4671 = bitcast float* %4670 to <8 x float>*
  %4672 = load <8 x float>, <8 x float>* %4671, align 4
  %4673 = add i64 %4332, 27704
  %4674 = getelementptr inbounds float, float* %4, i64 %4673
  %4675 = bitcast float* %4674 to <8 x float>*
  %4676 = load <8 x float>, <8 x float>* %4675, align 4
  %4677 = add i64 %4328, 231
  %4678 = getelementptr inbounds float, float* %2, i64 %4677
  %4679 = load float, float* %4678, align 4
  %4680 = insertelement <8 x float> undef, float %4679, i32 0
  %splat527 = shufflevector <8 x float> %4680, <8 x float> undef, <8 x i32> zeroinitializer
  %4681 = load <8 x float>, <8 x float>* %17, align 32
  %4682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat527, <8 x float> %4672, <8 x float> %4681)
  store <8 x float> %4682, <8 x float>* %17, align 32
  %4683 = load <8 x float>, <8 x float>* %12, align 32
  %4684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat527, <8 x float> %4676, <8 x float> %4683)
  store <8 x float> %4684, <8 x float>* %12, align 32
  %4685 = add i64 %4328, 239
  %4686 = getelementptr inbounds float, float* %2, i64 %4685
  %4687 = load float, float* %4686, align 4
  %4688 = insertelement <8 x float> undef, float %4687, i32 0
  %splat528 = shufflevector <8 x float> %4688, <8 x float> undef, <8 x i32> zeroinitializer
  %4689 = load <8 x float>, <8 x float>* %16, align 32
  %4690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat528, <8 x float> %4672, <8 x float> %4689)
  store <8 x float> %4690, <8 x float>* %16, align 32
  %4691 = load <8 x float>, <8 x float>* %11, align 32
  %4692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat528, <8 x float> %4676, <8 x float> %4691)
  store <8 x float> %4692, <8 x float>* %11, align 32
  %4693 = add i64 %4328, 247
  %4694 = getelementptr inbounds float, float* %2, i64 %4693
  %4695 = load float, float* %4694, align 4
  %4696 = insertelement <8 x float> undef, float %4695, i32 0
  %splat529 = shufflevector <8 x float> %4696, <8 x float> undef, <8 x i32> zeroinitializer
  %4697 = load <8 x float>, <8 x float>* %15, align 32
  %4698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat529, <8 x float> %4672, <8 x float> %4697)
  store <8 x float> %4698, <8 x float>* %15, align 32
  %4699 = load <8 x float>, <8 x float>* %10, align 32
  %4700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat529, <8 x float> %4676, <8 x float> %4699)
  store <8 x float> %4700, <8 x float>* %10, align 32
  %4701 = add i64 %4328, 255
  %4702 = getelementptr inbounds float, float* %2, i64 %4701
  %4703 = load float, float* %4702, align 4
  %4704 = insertelement <8 x float> undef, float %4703, i32 0
  %splat530 = shufflevector <8 x float> %4704, <8 x float> undef, <8 x i32> zeroinitializer
  %4705 = load <8 x float>, <8 x float>* %14, align 32
  %4706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat530, <8 x float> %4672, <8 x float> %4705)
  store <8 x float> %4706, <8 x float>* %14, align 32
  %4707 = load <8 x float>, <8 x float>* %9, align 32
  %4708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat530, <8 x float> %4676, <8 x float> %4707)
  store <8 x float> %4708, <8 x float>* %9, align 32
  %4709 = add i64 %4328, 263
  %4710 = getelementptr inbounds float, float* %2, i64 %4709
  %4711 = load float, float* %4710, align 4
  %4712 = insertelement <8 x float> undef, float %4711, i32 0
  %splat531 = shufflevector <8 x float> %4712, <8 x float> undef, <8 x i32> zeroinitializer
  %4713 = load <8 x float>, <8 x float>* %13, align 32
  %4714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat531, <8 x float> %4672, <8 x float> %4713)
  store <8 x float> %4714, <8 x float>* %13, align 32
  %4715 = load <8 x float>, <8 x float>* %8, align 32
  %4716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat531, <8 x float> %4676, <8 x float> %4715)
  store <8 x float> %4716, <8 x float>* %8, align 32
  %kw.next532 = add i64 %kw491, 1
  br label %kw.header488

kw.exit490:                                       ; preds = %kw.header488
  %kh.next533 = add i64 %kh487, 1
  br label %kh.header484
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
  call void @node10.conv2d_10.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
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
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 0
  %10 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %9, i8** %10, align 8
  %11 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %11, align 8
  %12 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %12, align 8
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %13, align 8
  %14 = bitcast [6 x i8*]* %args to i8*
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([139392 x i8], [139392 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([384 x i8], [384 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %16, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %14, i32 0, i32 0)
  %17 = getelementptr inbounds i8, i8* %2, i64 1119744
  %18 = getelementptr inbounds i8, i8* %2, i64 0
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %17, i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %22, align 8
  %23 = bitcast [6 x i8*]* %args to i8*
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([36864 x i8], [36864 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %24, align 8
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([384 x i8], [384 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %25, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %23, i32 0, i32 0)
  %26 = getelementptr inbounds i8, i8* %2, i64 2239488
  %27 = getelementptr inbounds i8, i8* %2, i64 1119744
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %26, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %31, align 8
  %32 = bitcast [6 x i8*]* %args to i8*
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([36864 x i8], [36864 x i8]* @weight.conv2d_3.packed, i32 0, i32 0), i8** %33, align 8
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([384 x i8], [384 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %34, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step0, i8* %32, i32 0, i32 0)
  %35 = getelementptr inbounds i8, i8* %2, i64 0
  %36 = getelementptr inbounds i8, i8* %2, i64 2239488
  %37 = getelementptr inbounds i8, i8* %2, i64 692224
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %35, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %36, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %37, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %41, align 8
  %42 = bitcast [6 x i8*]* %args to i8*
  call void @node3.conv2d_4.step0(i8* %42)
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2457600 x i8], [2457600 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %44, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_4.step1, i8* %42, i32 0, i32 0)
  %45 = getelementptr inbounds i8, i8* %2, i64 692224
  %46 = getelementptr inbounds i8, i8* %2, i64 0
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %50, align 8
  %51 = bitcast [6 x i8*]* %args to i8*
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_5.packed, i32 0, i32 0), i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %53, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_5.step0, i8* %51, i32 0, i32 0)
  %54 = getelementptr inbounds i8, i8* %2, i64 1384448
  %55 = getelementptr inbounds i8, i8* %2, i64 692224
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %54, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %55, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %59, align 8
  %60 = bitcast [6 x i8*]* %args to i8*
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_6.packed, i32 0, i32 0), i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %62, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_6.step0, i8* %60, i32 0, i32 0)
  %63 = getelementptr inbounds i8, i8* %2, i64 1030144
  %64 = getelementptr inbounds i8, i8* %2, i64 1384448
  %65 = getelementptr inbounds i8, i8* %2, i64 0
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %63, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %64, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %65, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %69, align 8
  %70 = bitcast [6 x i8*]* %args to i8*
  call void @node6.conv2d_7.step0(i8* %70)
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_7.step1, i8* %70, i32 0, i32 0)
  %71 = getelementptr inbounds i8, i8* %2, i64 0
  %72 = getelementptr inbounds i8, i8* %2, i64 1030144
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %71, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %76, align 8
  %77 = bitcast [6 x i8*]* %args to i8*
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_8.packed, i32 0, i32 0), i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1536 x i8], [1536 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %79, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %77, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %2, i64 221184
  %81 = getelementptr inbounds i8, i8* %2, i64 0
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %80, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %81, i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %84, align 8
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %85, align 8
  %86 = bitcast [6 x i8*]* %args to i8*
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_9.packed, i32 0, i32 0), i8** %87, align 8
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1536 x i8], [1536 x i8]* @weight.conv2d_9.bias, i32 0, i32 0), i8** %88, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %86, i32 0, i32 0)
  %89 = getelementptr inbounds i8, i8* %2, i64 175296
  %90 = getelementptr inbounds i8, i8* %2, i64 221184
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %89, i8** %91, align 8
  %92 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %90, i8** %92, align 8
  %93 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %93, align 8
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %94, align 8
  %95 = bitcast [6 x i8*]* %args to i8*
  call void @node9.maxPool2d_3.step0(i8* %95)
  %96 = getelementptr inbounds i8, i8* %2, i64 0
  %97 = getelementptr inbounds i8, i8* %2, i64 175296
  %98 = getelementptr inbounds i8, i8* %2, i64 100032
  %99 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %96, i8** %99, align 8
  %100 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %97, i8** %100, align 8
  %101 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %98, i8** %101, align 8
  %102 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %102, align 8
  %103 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_10.step0(i8* %103)
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([13824000 x i8], [13824000 x i8]* @weight.conv2d_10.packed, i32 0, i32 0), i8** %104, align 8
  %105 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.conv2d_10.bias, i32 0, i32 0), i8** %105, align 8
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_10.step1, i8* %103, i32 0, i32 0)
  %106 = getelementptr inbounds i8, i8* %2, i64 100032
  %107 = getelementptr inbounds i8, i8* %2, i64 0
  %108 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %106, i8** %108, align 8
  %109 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %107, i8** %109, align 8
  %110 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %110, align 8
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %111, align 8
  %112 = bitcast [6 x i8*]* %args to i8*
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4000000 x i8], [4000000 x i8]* @weight.conv2d_11.packed, i32 0, i32 0), i8** %113, align 8
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.conv2d_11.bias, i32 0, i32 0), i8** %114, align 8
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_11.step0, i8* %112, i32 0, i32 0)
  %115 = getelementptr inbounds i8, i8* %2, i64 0
  %116 = getelementptr inbounds i8, i8* %2, i64 100032
  %117 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %115, i8** %117, align 8
  %118 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %119, align 8
  %120 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %120, align 8
  %121 = bitcast [6 x i8*]* %args to i8*
  %122 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4000000 x i8], [4000000 x i8]* @weight.conv2d_12.packed, i32 0, i32 0), i8** %122, align 8
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.conv2d_12.bias, i32 0, i32 0), i8** %123, align 8
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_11.step0, i8* %121, i32 0, i32 0)
  %124 = getelementptr inbounds i8, i8* %2, i64 0
  %125 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %125, align 8
  %126 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %124, i8** %126, align 8
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %127, align 8
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %128, align 8
  %129 = bitcast [6 x i8*]* %args to i8*
  call void @node13.globalAvgPool2d_1.step0(i8* %129)
  %130 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %130, align 8
  %131 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %131, align 8
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %132, align 8
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %133, align 8
  %134 = bitcast [6 x i8*]* %args to i8*
  call void @node15.softmax_1.step0(i8* %134)
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
