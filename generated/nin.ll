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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([4 x i8], [4 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 2239551, i64 965572864 }

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
  %24 = mul i64 %21, 1
  %25 = sdiv i64 %task, 324
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 12
  %29 = mul i64 %23, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 3
  %32 = mul i64 %26, 3
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 50176
  %35 = mul i64 %30, 2904
  %36 = mul i64 %24, 896
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %x.exit, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %x.exit ]
  %37 = icmp slt i64 %chunk, 3
  br i1 %37, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %kh.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %kh.exit ]
  %38 = icmp slt i64 %x, 54
  br i1 %38, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %39 = mul i64 %27, 12
  %40 = add i64 %39, %30
  %41 = add i64 %40, 0
  %42 = mul i64 %41, 54
  %43 = add i64 %42, %24
  %44 = mul i64 %43, 54
  %45 = add i64 %x, 0
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 8
  %48 = add i64 %x, 1
  %49 = add i64 %44, %48
  %50 = mul i64 %49, 8
  %51 = add i64 %x, 2
  %52 = add i64 %44, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %x, 3
  %55 = add i64 %44, %54
  %56 = mul i64 %55, 8
  %57 = add i64 %x, 4
  %58 = add i64 %44, %57
  %59 = mul i64 %58, 8
  %60 = add i64 %x, 5
  %61 = add i64 %44, %60
  %62 = mul i64 %61, 8
  %63 = mul i64 %27, 12
  %64 = add i64 %63, %30
  %65 = add i64 %64, 1
  %66 = mul i64 %65, 54
  %67 = add i64 %66, %24
  %68 = mul i64 %67, 54
  %69 = add i64 %x, 0
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 8
  %72 = add i64 %x, 1
  %73 = add i64 %68, %72
  %74 = mul i64 %73, 8
  %75 = add i64 %x, 2
  %76 = add i64 %68, %75
  %77 = mul i64 %76, 8
  %78 = add i64 %x, 3
  %79 = add i64 %68, %78
  %80 = mul i64 %79, 8
  %81 = add i64 %x, 4
  %82 = add i64 %68, %81
  %83 = mul i64 %82, 8
  %84 = add i64 %x, 5
  %85 = add i64 %68, %84
  %86 = mul i64 %85, 8
  %87 = add i64 %30, 0
  %88 = mul i64 %87, 8
  %89 = getelementptr inbounds float, float* %5, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %30, 1
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %5, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = icmp eq i64 %chunk, 0
  %98 = getelementptr inbounds float, float* %0, i64 %47
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = select i1 %97, <8 x float> %91, <8 x float> %100
  store <8 x float> %101, <8 x float>* %19, align 32
  %102 = getelementptr inbounds float, float* %0, i64 %50
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = select i1 %97, <8 x float> %91, <8 x float> %104
  store <8 x float> %105, <8 x float>* %18, align 32
  %106 = getelementptr inbounds float, float* %0, i64 %53
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = select i1 %97, <8 x float> %91, <8 x float> %108
  store <8 x float> %109, <8 x float>* %17, align 32
  %110 = getelementptr inbounds float, float* %0, i64 %56
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = select i1 %97, <8 x float> %91, <8 x float> %112
  store <8 x float> %113, <8 x float>* %16, align 32
  %114 = getelementptr inbounds float, float* %0, i64 %59
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = select i1 %97, <8 x float> %91, <8 x float> %116
  store <8 x float> %117, <8 x float>* %15, align 32
  %118 = getelementptr inbounds float, float* %0, i64 %62
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = select i1 %97, <8 x float> %91, <8 x float> %120
  store <8 x float> %121, <8 x float>* %14, align 32
  %122 = getelementptr inbounds float, float* %0, i64 %71
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = select i1 %97, <8 x float> %96, <8 x float> %124
  store <8 x float> %125, <8 x float>* %13, align 32
  %126 = getelementptr inbounds float, float* %0, i64 %74
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = select i1 %97, <8 x float> %96, <8 x float> %128
  store <8 x float> %129, <8 x float>* %12, align 32
  %130 = getelementptr inbounds float, float* %0, i64 %77
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = select i1 %97, <8 x float> %96, <8 x float> %132
  store <8 x float> %133, <8 x float>* %11, align 32
  %134 = getelementptr inbounds float, float* %0, i64 %80
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = select i1 %97, <8 x float> %96, <8 x float> %136
  store <8 x float> %137, <8 x float>* %10, align 32
  %138 = getelementptr inbounds float, float* %0, i64 %83
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = select i1 %97, <8 x float> %96, <8 x float> %140
  store <8 x float> %141, <8 x float>* %9, align 32
  %142 = getelementptr inbounds float, float* %0, i64 %86
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = select i1 %97, <8 x float> %96, <8 x float> %144
  store <8 x float> %145, <8 x float>* %8, align 32
  %146 = mul i64 %x, 4
  %147 = add i64 %36, %146
  %148 = add i64 %34, %147
  %149 = mul i64 %chunk, 1
  %150 = add i64 %149, 0
  %151 = mul i64 %150, 50176
  %152 = add i64 %148, %151
  %153 = mul i64 %150, 968
  %154 = add i64 %35, %153
  br label %kh.header

x.exit:                                           ; preds = %x.header
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !0

kh.header:                                        ; preds = %kw.exit, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %kw.exit ]
  %155 = icmp slt i64 %kh, 11
  br i1 %155, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %156 = mul i64 %kh, 224
  %157 = add i64 %152, %156
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %158 = icmp eq i64 %chunk, 2
  %159 = load <8 x float>, <8 x float>* %19, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = select i1 %158, <8 x float> %161, <8 x float> %159
  %163 = getelementptr inbounds float, float* %0, i64 %47
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  %165 = load <8 x float>, <8 x float>* %18, align 32
  %166 = fcmp olt <8 x float> %165, zeroinitializer
  %167 = select <8 x i1> %166, <8 x float> zeroinitializer, <8 x float> %165
  %168 = select i1 %158, <8 x float> %167, <8 x float> %165
  %169 = getelementptr inbounds float, float* %0, i64 %50
  %170 = bitcast float* %169 to <8 x float>*
  store <8 x float> %168, <8 x float>* %170, align 4
  %171 = load <8 x float>, <8 x float>* %17, align 32
  %172 = fcmp olt <8 x float> %171, zeroinitializer
  %173 = select <8 x i1> %172, <8 x float> zeroinitializer, <8 x float> %171
  %174 = select i1 %158, <8 x float> %173, <8 x float> %171
  %175 = getelementptr inbounds float, float* %0, i64 %53
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %174, <8 x float>* %176, align 4
  %177 = load <8 x float>, <8 x float>* %16, align 32
  %178 = fcmp olt <8 x float> %177, zeroinitializer
  %179 = select <8 x i1> %178, <8 x float> zeroinitializer, <8 x float> %177
  %180 = select i1 %158, <8 x float> %179, <8 x float> %177
  %181 = getelementptr inbounds float, float* %0, i64 %56
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %180, <8 x float>* %182, align 4
  %183 = load <8 x float>, <8 x float>* %15, align 32
  %184 = fcmp olt <8 x float> %183, zeroinitializer
  %185 = select <8 x i1> %184, <8 x float> zeroinitializer, <8 x float> %183
  %186 = select i1 %158, <8 x float> %185, <8 x float> %183
  %187 = getelementptr inbounds float, float* %0, i64 %59
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = load <8 x float>, <8 x float>* %14, align 32
  %190 = fcmp olt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> zeroinitializer, <8 x float> %189
  %192 = select i1 %158, <8 x float> %191, <8 x float> %189
  %193 = getelementptr inbounds float, float* %0, i64 %62
  %194 = bitcast float* %193 to <8 x float>*
  store <8 x float> %192, <8 x float>* %194, align 4
  %195 = load <8 x float>, <8 x float>* %13, align 32
  %196 = fcmp olt <8 x float> %195, zeroinitializer
  %197 = select <8 x i1> %196, <8 x float> zeroinitializer, <8 x float> %195
  %198 = select i1 %158, <8 x float> %197, <8 x float> %195
  %199 = getelementptr inbounds float, float* %0, i64 %71
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %198, <8 x float>* %200, align 4
  %201 = load <8 x float>, <8 x float>* %12, align 32
  %202 = fcmp olt <8 x float> %201, zeroinitializer
  %203 = select <8 x i1> %202, <8 x float> zeroinitializer, <8 x float> %201
  %204 = select i1 %158, <8 x float> %203, <8 x float> %201
  %205 = getelementptr inbounds float, float* %0, i64 %74
  %206 = bitcast float* %205 to <8 x float>*
  store <8 x float> %204, <8 x float>* %206, align 4
  %207 = load <8 x float>, <8 x float>* %11, align 32
  %208 = fcmp olt <8 x float> %207, zeroinitializer
  %209 = select <8 x i1> %208, <8 x float> zeroinitializer, <8 x float> %207
  %210 = select i1 %158, <8 x float> %209, <8 x float> %207
  %211 = getelementptr inbounds float, float* %0, i64 %77
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %210, <8 x float>* %212, align 4
  %213 = load <8 x float>, <8 x float>* %10, align 32
  %214 = fcmp olt <8 x float> %213, zeroinitializer
  %215 = select <8 x i1> %214, <8 x float> zeroinitializer, <8 x float> %213
  %216 = select i1 %158, <8 x float> %215, <8 x float> %213
  %217 = getelementptr inbounds float, float* %0, i64 %80
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %216, <8 x float>* %218, align 4
  %219 = load <8 x float>, <8 x float>* %9, align 32
  %220 = fcmp olt <8 x float> %219, zeroinitializer
  %221 = select <8 x i1> %220, <8 x float> zeroinitializer, <8 x float> %219
  %222 = select i1 %158, <8 x float> %221, <8 x float> %219
  %223 = getelementptr inbounds float, float* %0, i64 %83
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %222, <8 x float>* %224, align 4
  %225 = load <8 x float>, <8 x float>* %8, align 32
  %226 = fcmp olt <8 x float> %225, zeroinitializer
  %227 = select <8 x i1> %226, <8 x float> zeroinitializer, <8 x float> %225
  %228 = select i1 %158, <8 x float> %227, <8 x float> %225
  %229 = getelementptr inbounds float, float* %0, i64 %86
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %228, <8 x float>* %230, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %231 = icmp slt i64 %kw, 11
  br i1 %231, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %232 = mul i64 %kw, 1
  %233 = add i64 %157, %232
  %234 = mul i64 %kh, 11
  %235 = add i64 %234, %kw
  %236 = mul i64 %235, 8
  %237 = add i64 %154, %236
  %238 = add i64 %237, 0
  %239 = getelementptr inbounds float, float* %4, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  %241 = load <8 x float>, <8 x float>* %240, align 4
  %242 = add i64 %237, 2904
  %243 = getelementptr inbounds float, float* %4, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  %245 = load <8 x float>, <8 x float>* %244, align 4
  %246 = add i64 %233, 0
  %247 = getelementptr inbounds float, float* %1, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %19, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %241, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %19, align 32
  %252 = load <8 x float>, <8 x float>* %13, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %245, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %13, align 32
  %254 = add i64 %233, 4
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat1 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %18, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %241, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %18, align 32
  %260 = load <8 x float>, <8 x float>* %12, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %245, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %12, align 32
  %262 = add i64 %233, 8
  %263 = getelementptr inbounds float, float* %1, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat2 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %17, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %241, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %17, align 32
  %268 = load <8 x float>, <8 x float>* %11, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %245, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %11, align 32
  %270 = add i64 %233, 12
  %271 = getelementptr inbounds float, float* %1, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat3 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %16, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %241, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %16, align 32
  %276 = load <8 x float>, <8 x float>* %10, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %245, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %10, align 32
  %278 = add i64 %233, 16
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat4 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %15, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %241, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %15, align 32
  %284 = load <8 x float>, <8 x float>* %9, align 32
  %285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %245, <8 x float> %284)
  store <8 x float> %285, <8 x float>* %9, align 32
  %286 = add i64 %233, 20
  %287 = getelementptr inbounds float, float* %1, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat5 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %14, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %241, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %14, align 32
  %292 = load <8 x float>, <8 x float>* %8, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %245, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %8, align 32
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
  %24 = mul i64 %23, 1
  %25 = sdiv i64 %task, 162
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 12
  %29 = mul i64 %21, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 12
  %32 = mul i64 %26, 12
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 23328
  %35 = mul i64 %30, 768
  %36 = mul i64 %24, 864
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %37 = icmp slt i64 %x, 108
  br i1 %37, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %38 = mul i64 %27, 12
  %39 = add i64 %38, %30
  %40 = add i64 %39, 0
  %41 = mul i64 %40, 27
  %42 = add i64 %41, %24
  %43 = mul i64 %42, 108
  %44 = add i64 %x, 0
  %45 = add i64 %43, %44
  %46 = mul i64 %45, 8
  %47 = add i64 %x, 1
  %48 = add i64 %43, %47
  %49 = mul i64 %48, 8
  %50 = add i64 %x, 2
  %51 = add i64 %43, %50
  %52 = mul i64 %51, 8
  %53 = add i64 %x, 3
  %54 = add i64 %43, %53
  %55 = mul i64 %54, 8
  %56 = add i64 %x, 4
  %57 = add i64 %43, %56
  %58 = mul i64 %57, 8
  %59 = add i64 %x, 5
  %60 = add i64 %43, %59
  %61 = mul i64 %60, 8
  %62 = mul i64 %27, 12
  %63 = add i64 %62, %30
  %64 = add i64 %63, 1
  %65 = mul i64 %64, 27
  %66 = add i64 %65, %24
  %67 = mul i64 %66, 108
  %68 = add i64 %x, 0
  %69 = add i64 %67, %68
  %70 = mul i64 %69, 8
  %71 = add i64 %x, 1
  %72 = add i64 %67, %71
  %73 = mul i64 %72, 8
  %74 = add i64 %x, 2
  %75 = add i64 %67, %74
  %76 = mul i64 %75, 8
  %77 = add i64 %x, 3
  %78 = add i64 %67, %77
  %79 = mul i64 %78, 8
  %80 = add i64 %x, 4
  %81 = add i64 %67, %80
  %82 = mul i64 %81, 8
  %83 = add i64 %x, 5
  %84 = add i64 %67, %83
  %85 = mul i64 %84, 8
  %86 = add i64 %30, 0
  %87 = mul i64 %86, 8
  %88 = getelementptr inbounds float, float* %5, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = add i64 %30, 1
  %92 = mul i64 %91, 8
  %93 = getelementptr inbounds float, float* %5, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  store <8 x float> %90, <8 x float>* %19, align 32
  store <8 x float> %90, <8 x float>* %18, align 32
  store <8 x float> %90, <8 x float>* %17, align 32
  store <8 x float> %90, <8 x float>* %16, align 32
  store <8 x float> %90, <8 x float>* %15, align 32
  store <8 x float> %90, <8 x float>* %14, align 32
  store <8 x float> %95, <8 x float>* %13, align 32
  store <8 x float> %95, <8 x float>* %12, align 32
  store <8 x float> %95, <8 x float>* %11, align 32
  store <8 x float> %95, <8 x float>* %10, align 32
  store <8 x float> %95, <8 x float>* %9, align 32
  store <8 x float> %95, <8 x float>* %8, align 32
  %96 = mul i64 %x, 8
  %97 = add i64 %36, %96
  %98 = add i64 %34, %97
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %99 = icmp slt i64 %u, 12
  br i1 %99, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %100 = add i64 0, %u
  %101 = mul i64 %100, 23328
  %102 = add i64 %98, %101
  %103 = mul i64 %100, 64
  %104 = add i64 %35, %103
  %105 = add i64 %102, 0
  %106 = add i64 %105, 0
  %107 = add i64 %104, 0
  %108 = add i64 %107, 0
  %109 = getelementptr inbounds float, float* %4, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %107, 768
  %113 = getelementptr inbounds float, float* %4, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %106, 0
  %117 = getelementptr inbounds float, float* %1, i64 %116
  %118 = load float, float* %117, align 4
  %119 = insertelement <8 x float> undef, float %118, i32 0
  %splat = shufflevector <8 x float> %119, <8 x float> undef, <8 x i32> zeroinitializer
  %120 = load <8 x float>, <8 x float>* %19, align 32
  %121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %111, <8 x float> %120)
  store <8 x float> %121, <8 x float>* %19, align 32
  %122 = load <8 x float>, <8 x float>* %13, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %115, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %13, align 32
  %124 = add i64 %106, 8
  %125 = getelementptr inbounds float, float* %1, i64 %124
  %126 = load float, float* %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %splat1 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %128 = load <8 x float>, <8 x float>* %18, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %111, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %18, align 32
  %130 = load <8 x float>, <8 x float>* %12, align 32
  %131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %115, <8 x float> %130)
  store <8 x float> %131, <8 x float>* %12, align 32
  %132 = add i64 %106, 16
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat2 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %111, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %11, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %115, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %11, align 32
  %140 = add i64 %106, 24
  %141 = getelementptr inbounds float, float* %1, i64 %140
  %142 = load float, float* %141, align 4
  %143 = insertelement <8 x float> undef, float %142, i32 0
  %splat3 = shufflevector <8 x float> %143, <8 x float> undef, <8 x i32> zeroinitializer
  %144 = load <8 x float>, <8 x float>* %16, align 32
  %145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %111, <8 x float> %144)
  store <8 x float> %145, <8 x float>* %16, align 32
  %146 = load <8 x float>, <8 x float>* %10, align 32
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %115, <8 x float> %146)
  store <8 x float> %147, <8 x float>* %10, align 32
  %148 = add i64 %106, 32
  %149 = getelementptr inbounds float, float* %1, i64 %148
  %150 = load float, float* %149, align 4
  %151 = insertelement <8 x float> undef, float %150, i32 0
  %splat4 = shufflevector <8 x float> %151, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, <8 x float>* %15, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %111, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %15, align 32
  %154 = load <8 x float>, <8 x float>* %9, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %115, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %9, align 32
  %156 = add i64 %106, 40
  %157 = getelementptr inbounds float, float* %1, i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat5 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %14, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %111, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %14, align 32
  %162 = load <8 x float>, <8 x float>* %8, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %115, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %8, align 32
  %164 = add i64 %107, 8
  %165 = getelementptr inbounds float, float* %4, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = add i64 %107, 776
  %169 = getelementptr inbounds float, float* %4, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  %172 = add i64 %106, 1
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = load float, float* %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %splat6 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %19, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %167, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %19, align 32
  %178 = load <8 x float>, <8 x float>* %13, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %171, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %13, align 32
  %180 = add i64 %106, 9
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat7 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %18, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %167, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %18, align 32
  %186 = load <8 x float>, <8 x float>* %12, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %171, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %12, align 32
  %188 = add i64 %106, 17
  %189 = getelementptr inbounds float, float* %1, i64 %188
  %190 = load float, float* %189, align 4
  %191 = insertelement <8 x float> undef, float %190, i32 0
  %splat8 = shufflevector <8 x float> %191, <8 x float> undef, <8 x i32> zeroinitializer
  %192 = load <8 x float>, <8 x float>* %17, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %167, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %17, align 32
  %194 = load <8 x float>, <8 x float>* %11, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %171, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %11, align 32
  %196 = add i64 %106, 25
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat9 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %16, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %167, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %16, align 32
  %202 = load <8 x float>, <8 x float>* %10, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %171, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %10, align 32
  %204 = add i64 %106, 33
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat10 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %15, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %167, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %15, align 32
  %210 = load <8 x float>, <8 x float>* %9, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %171, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %9, align 32
  %212 = add i64 %106, 41
  %213 = getelementptr inbounds float, float* %1, i64 %212
  %214 = load float, float* %213, align 4
  %215 = insertelement <8 x float> undef, float %214, i32 0
  %splat11 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %216 = load <8 x float>, <8 x float>* %14, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %167, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %14, align 32
  %218 = load <8 x float>, <8 x float>* %8, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %171, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %8, align 32
  %220 = add i64 %107, 16
  %221 = getelementptr inbounds float, float* %4, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = add i64 %107, 784
  %225 = getelementptr inbounds float, float* %4, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = add i64 %106, 2
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat12 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %19, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %223, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %19, align 32
  %234 = load <8 x float>, <8 x float>* %13, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %227, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %13, align 32
  %236 = add i64 %106, 10
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat13 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %18, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %223, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %18, align 32
  %242 = load <8 x float>, <8 x float>* %12, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %227, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %12, align 32
  %244 = add i64 %106, 18
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat14 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %17, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %223, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %17, align 32
  %250 = load <8 x float>, <8 x float>* %11, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %227, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %11, align 32
  %252 = add i64 %106, 26
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat15 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %16, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %223, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %16, align 32
  %258 = load <8 x float>, <8 x float>* %10, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %227, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %10, align 32
  %260 = add i64 %106, 34
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat16 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %15, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %223, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %15, align 32
  %266 = load <8 x float>, <8 x float>* %9, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %227, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %9, align 32
  %268 = add i64 %106, 42
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat17 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %14, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %223, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %14, align 32
  %274 = load <8 x float>, <8 x float>* %8, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %227, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %8, align 32
  %276 = add i64 %107, 24
  %277 = getelementptr inbounds float, float* %4, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = add i64 %107, 792
  %281 = getelementptr inbounds float, float* %4, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  %283 = load <8 x float>, <8 x float>* %282, align 4
  %284 = add i64 %106, 3
  %285 = getelementptr inbounds float, float* %1, i64 %284
  %286 = load float, float* %285, align 4
  %287 = insertelement <8 x float> undef, float %286, i32 0
  %splat18 = shufflevector <8 x float> %287, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %19, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %279, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %19, align 32
  %290 = load <8 x float>, <8 x float>* %13, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %283, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %13, align 32
  %292 = add i64 %106, 11
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat19 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %18, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %279, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %18, align 32
  %298 = load <8 x float>, <8 x float>* %12, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %283, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %12, align 32
  %300 = add i64 %106, 19
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat20 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %17, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %279, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %17, align 32
  %306 = load <8 x float>, <8 x float>* %11, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %283, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %11, align 32
  %308 = add i64 %106, 27
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat21 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %16, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %279, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %16, align 32
  %314 = load <8 x float>, <8 x float>* %10, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %283, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %10, align 32
  %316 = add i64 %106, 35
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat22 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %15, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %279, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %15, align 32
  %322 = load <8 x float>, <8 x float>* %9, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %283, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %9, align 32
  %324 = add i64 %106, 43
  %325 = getelementptr inbounds float, float* %1, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat23 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %14, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %279, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %14, align 32
  %330 = load <8 x float>, <8 x float>* %8, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %283, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %8, align 32
  %332 = add i64 %107, 32
  %333 = getelementptr inbounds float, float* %4, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = add i64 %107, 800
  %337 = getelementptr inbounds float, float* %4, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = add i64 %106, 4
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat24 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %19, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %335, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %19, align 32
  %346 = load <8 x float>, <8 x float>* %13, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %339, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %13, align 32
  %348 = add i64 %106, 12
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat25 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %18, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %335, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %18, align 32
  %354 = load <8 x float>, <8 x float>* %12, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %339, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %12, align 32
  %356 = add i64 %106, 20
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat26 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %17, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %335, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %17, align 32
  %362 = load <8 x float>, <8 x float>* %11, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %339, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %11, align 32
  %364 = add i64 %106, 28
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat27 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %16, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %335, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %16, align 32
  %370 = load <8 x float>, <8 x float>* %10, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %339, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %10, align 32
  %372 = add i64 %106, 36
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat28 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %15, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %335, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %15, align 32
  %378 = load <8 x float>, <8 x float>* %9, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %339, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %9, align 32
  %380 = add i64 %106, 44
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat29 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %14, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %335, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %14, align 32
  %386 = load <8 x float>, <8 x float>* %8, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %339, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %8, align 32
  %388 = add i64 %107, 40
  %389 = getelementptr inbounds float, float* %4, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %107, 808
  %393 = getelementptr inbounds float, float* %4, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = load <8 x float>, <8 x float>* %394, align 4
  %396 = add i64 %106, 5
  %397 = getelementptr inbounds float, float* %1, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat30 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %19, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %391, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %19, align 32
  %402 = load <8 x float>, <8 x float>* %13, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %395, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %13, align 32
  %404 = add i64 %106, 13
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat31 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %18, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %391, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %18, align 32
  %410 = load <8 x float>, <8 x float>* %12, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %395, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %12, align 32
  %412 = add i64 %106, 21
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat32 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %17, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %391, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %17, align 32
  %418 = load <8 x float>, <8 x float>* %11, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %11, align 32
  %420 = add i64 %106, 29
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat33 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %16, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %391, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %16, align 32
  %426 = load <8 x float>, <8 x float>* %10, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %395, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %10, align 32
  %428 = add i64 %106, 37
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat34 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %15, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %391, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %15, align 32
  %434 = load <8 x float>, <8 x float>* %9, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %395, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %9, align 32
  %436 = add i64 %106, 45
  %437 = getelementptr inbounds float, float* %1, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat35 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %14, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %391, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %14, align 32
  %442 = load <8 x float>, <8 x float>* %8, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %395, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %8, align 32
  %444 = add i64 %107, 48
  %445 = getelementptr inbounds float, float* %4, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  %447 = load <8 x float>, <8 x float>* %446, align 4
  %448 = add i64 %107, 816
  %449 = getelementptr inbounds float, float* %4, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = load <8 x float>, <8 x float>* %450, align 4
  %452 = add i64 %106, 6
  %453 = getelementptr inbounds float, float* %1, i64 %452
  %454 = load float, float* %453, align 4
  %455 = insertelement <8 x float> undef, float %454, i32 0
  %splat36 = shufflevector <8 x float> %455, <8 x float> undef, <8 x i32> zeroinitializer
  %456 = load <8 x float>, <8 x float>* %19, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %447, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %19, align 32
  %458 = load <8 x float>, <8 x float>* %13, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %451, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %13, align 32
  %460 = add i64 %106, 14
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat37 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %18, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %447, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %18, align 32
  %466 = load <8 x float>, <8 x float>* %12, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %451, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %12, align 32
  %468 = add i64 %106, 22
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat38 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %447, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %17, align 32
  %474 = load <8 x float>, <8 x float>* %11, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %451, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %11, align 32
  %476 = add i64 %106, 30
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat39 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %447, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %16, align 32
  %482 = load <8 x float>, <8 x float>* %10, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %451, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %10, align 32
  %484 = add i64 %106, 38
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat40 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %447, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %15, align 32
  %490 = load <8 x float>, <8 x float>* %9, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %451, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %9, align 32
  %492 = add i64 %106, 46
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat41 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %447, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %14, align 32
  %498 = load <8 x float>, <8 x float>* %8, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %451, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %8, align 32
  %500 = add i64 %107, 56
  %501 = getelementptr inbounds float, float* %4, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = add i64 %107, 824
  %505 = getelementptr inbounds float, float* %4, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  %507 = load <8 x float>, <8 x float>* %506, align 4
  %508 = add i64 %106, 7
  %509 = getelementptr inbounds float, float* %1, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat42 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %19, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %503, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %19, align 32
  %514 = load <8 x float>, <8 x float>* %13, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %507, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %13, align 32
  %516 = add i64 %106, 15
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat43 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %18, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %503, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %18, align 32
  %522 = load <8 x float>, <8 x float>* %12, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %507, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %12, align 32
  %524 = add i64 %106, 23
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat44 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %17, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %503, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %17, align 32
  %530 = load <8 x float>, <8 x float>* %11, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %507, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %11, align 32
  %532 = add i64 %106, 31
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat45 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %16, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %503, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %16, align 32
  %538 = load <8 x float>, <8 x float>* %10, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %507, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %10, align 32
  %540 = add i64 %106, 39
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat46 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %15, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %503, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %15, align 32
  %546 = load <8 x float>, <8 x float>* %9, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %507, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %9, align 32
  %548 = add i64 %106, 47
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat47 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %14, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %503, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %14, align 32
  %554 = load <8 x float>, <8 x float>* %8, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %507, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %8, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %556 = load <8 x float>, <8 x float>* %19, align 32
  %557 = fcmp olt <8 x float> %556, zeroinitializer
  %558 = select <8 x i1> %557, <8 x float> zeroinitializer, <8 x float> %556
  %559 = getelementptr inbounds float, float* %0, i64 %46
  %560 = bitcast float* %559 to <8 x float>*
  store <8 x float> %558, <8 x float>* %560, align 4
  %561 = load <8 x float>, <8 x float>* %18, align 32
  %562 = fcmp olt <8 x float> %561, zeroinitializer
  %563 = select <8 x i1> %562, <8 x float> zeroinitializer, <8 x float> %561
  %564 = getelementptr inbounds float, float* %0, i64 %49
  %565 = bitcast float* %564 to <8 x float>*
  store <8 x float> %563, <8 x float>* %565, align 4
  %566 = load <8 x float>, <8 x float>* %17, align 32
  %567 = fcmp olt <8 x float> %566, zeroinitializer
  %568 = select <8 x i1> %567, <8 x float> zeroinitializer, <8 x float> %566
  %569 = getelementptr inbounds float, float* %0, i64 %52
  %570 = bitcast float* %569 to <8 x float>*
  store <8 x float> %568, <8 x float>* %570, align 4
  %571 = load <8 x float>, <8 x float>* %16, align 32
  %572 = fcmp olt <8 x float> %571, zeroinitializer
  %573 = select <8 x i1> %572, <8 x float> zeroinitializer, <8 x float> %571
  %574 = getelementptr inbounds float, float* %0, i64 %55
  %575 = bitcast float* %574 to <8 x float>*
  store <8 x float> %573, <8 x float>* %575, align 4
  %576 = load <8 x float>, <8 x float>* %15, align 32
  %577 = fcmp olt <8 x float> %576, zeroinitializer
  %578 = select <8 x i1> %577, <8 x float> zeroinitializer, <8 x float> %576
  %579 = getelementptr inbounds float, float* %0, i64 %58
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %578, <8 x float>* %580, align 4
  %581 = load <8 x float>, <8 x float>* %14, align 32
  %582 = fcmp olt <8 x float> %581, zeroinitializer
  %583 = select <8 x i1> %582, <8 x float> zeroinitializer, <8 x float> %581
  %584 = getelementptr inbounds float, float* %0, i64 %61
  %585 = bitcast float* %584 to <8 x float>*
  store <8 x float> %583, <8 x float>* %585, align 4
  %586 = load <8 x float>, <8 x float>* %13, align 32
  %587 = fcmp olt <8 x float> %586, zeroinitializer
  %588 = select <8 x i1> %587, <8 x float> zeroinitializer, <8 x float> %586
  %589 = getelementptr inbounds float, float* %0, i64 %70
  %590 = bitcast float* %589 to <8 x float>*
  store <8 x float> %588, <8 x float>* %590, align 4
  %591 = load <8 x float>, <8 x float>* %12, align 32
  %592 = fcmp olt <8 x float> %591, zeroinitializer
  %593 = select <8 x i1> %592, <8 x float> zeroinitializer, <8 x float> %591
  %594 = getelementptr inbounds float, float* %0, i64 %73
  %595 = bitcast float* %594 to <8 x float>*
  store <8 x float> %593, <8 x float>* %595, align 4
  %596 = load <8 x float>, <8 x float>* %11, align 32
  %597 = fcmp olt <8 x float> %596, zeroinitializer
  %598 = select <8 x i1> %597, <8 x float> zeroinitializer, <8 x float> %596
  %599 = getelementptr inbounds float, float* %0, i64 %76
  %600 = bitcast float* %599 to <8 x float>*
  store <8 x float> %598, <8 x float>* %600, align 4
  %601 = load <8 x float>, <8 x float>* %10, align 32
  %602 = fcmp olt <8 x float> %601, zeroinitializer
  %603 = select <8 x i1> %602, <8 x float> zeroinitializer, <8 x float> %601
  %604 = getelementptr inbounds float, float* %0, i64 %79
  %605 = bitcast float* %604 to <8 x float>*
  store <8 x float> %603, <8 x float>* %605, align 4
  %606 = load <8 x float>, <8 x float>* %9, align 32
  %607 = fcmp olt <8 x float> %606, zeroinitializer
  %608 = select <8 x i1> %607, <8 x float> zeroinitializer, <8 x float> %606
  %609 = getelementptr inbounds float, float* %0, i64 %82
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %608, <8 x float>* %610, align 4
  %611 = load <8 x float>, <8 x float>* %8, align 32
  %612 = fcmp olt <8 x float> %611, zeroinitializer
  %613 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> %611
  %614 = getelementptr inbounds float, float* %0, i64 %85
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
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
define internal void @node3.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %r.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %r.exit3 ]
  %12 = icmp slt i64 %task, %5
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = sdiv i64 %task, 26
  %14 = srem i64 %task, 26
  %15 = mul i64 %13, 23328
  %16 = getelementptr inbounds float, float* %1, i64 %15
  %17 = mul i64 %13, 26
  %18 = add i64 %17, %14
  %19 = mul i64 %18, 208
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = mul i64 %14, 2
  %22 = sub i64 %21, 0
  %23 = add i64 %22, 3
  %24 = icmp sgt i64 %22, 0
  %25 = select i1 %24, i64 %22, i64 0
  %26 = icmp slt i64 %23, 54
  %27 = select i1 %26, i64 %23, i64 54
  %28 = icmp slt i64 %23, 54
  %29 = select i1 %28, i64 %23, i64 54
  %30 = sub i64 %29, %22
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %31 = icmp slt i64 %x, 24
  br i1 %31, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  %32 = mul i64 %x, 2
  %33 = sub i64 %32, 0
  br label %r.header

x.exit:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %25, %x.body ], [ %r.next, %r.body ]
  %34 = icmp slt i64 %r, %27
  br i1 %34, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %35 = mul i64 %r, 54
  %36 = add i64 %35, %33
  %37 = mul i64 %36, 8
  %38 = load <8 x float>, <8 x float>* %11, align 32
  %39 = add i64 %37, 0
  %40 = getelementptr inbounds float, float* %16, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %38, <8 x float> %42)
  %44 = add i64 %37, 8
  %45 = getelementptr inbounds float, float* %16, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %43, <8 x float> %47)
  %49 = add i64 %37, 16
  %50 = getelementptr inbounds float, float* %16, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %48, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %11, align 32
  %54 = load <8 x float>, <8 x float>* %10, align 32
  %55 = add i64 %37, 16
  %56 = getelementptr inbounds float, float* %16, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %54, <8 x float> %58)
  %60 = add i64 %37, 24
  %61 = getelementptr inbounds float, float* %16, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %59, <8 x float> %63)
  %65 = add i64 %37, 32
  %66 = getelementptr inbounds float, float* %16, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  %69 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %64, <8 x float> %68)
  store <8 x float> %69, <8 x float>* %10, align 32
  %70 = load <8 x float>, <8 x float>* %9, align 32
  %71 = add i64 %37, 32
  %72 = getelementptr inbounds float, float* %16, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %70, <8 x float> %74)
  %76 = add i64 %37, 40
  %77 = getelementptr inbounds float, float* %16, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %75, <8 x float> %79)
  %81 = add i64 %37, 48
  %82 = getelementptr inbounds float, float* %16, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %80, <8 x float> %84)
  store <8 x float> %85, <8 x float>* %9, align 32
  %86 = load <8 x float>, <8 x float>* %8, align 32
  %87 = add i64 %37, 48
  %88 = getelementptr inbounds float, float* %16, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %86, <8 x float> %90)
  %92 = add i64 %37, 56
  %93 = getelementptr inbounds float, float* %16, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %91, <8 x float> %95)
  %97 = add i64 %37, 64
  %98 = getelementptr inbounds float, float* %16, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %96, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %8, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %102 = load <8 x float>, <8 x float>* %11, align 32
  %103 = add i64 %x, 0
  %104 = mul i64 %103, 8
  %105 = getelementptr inbounds float, float* %20, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %102, <8 x float>* %106, align 4
  %107 = load <8 x float>, <8 x float>* %10, align 32
  %108 = add i64 %x, 1
  %109 = mul i64 %108, 8
  %110 = getelementptr inbounds float, float* %20, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %107, <8 x float>* %111, align 4
  %112 = load <8 x float>, <8 x float>* %9, align 32
  %113 = add i64 %x, 2
  %114 = mul i64 %113, 8
  %115 = getelementptr inbounds float, float* %20, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %112, <8 x float>* %116, align 4
  %117 = load <8 x float>, <8 x float>* %8, align 32
  %118 = add i64 %x, 3
  %119 = mul i64 %118, 8
  %120 = getelementptr inbounds float, float* %20, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %117, <8 x float>* %121, align 4
  %x.next = add i64 %x, 4
  br label %x.header

r.header1:                                        ; preds = %r.body2, %x.exit
  %r4 = phi i64 [ %25, %x.exit ], [ %r.next5, %r.body2 ]
  %122 = icmp slt i64 %r4, %27
  br i1 %122, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %123 = mul i64 %r4, 54
  %124 = add i64 %123, 48
  %125 = mul i64 %124, 8
  %126 = load <8 x float>, <8 x float>* %7, align 32
  %127 = add i64 %125, 0
  %128 = getelementptr inbounds float, float* %16, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %126, <8 x float> %130)
  %132 = add i64 %125, 8
  %133 = getelementptr inbounds float, float* %16, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %131, <8 x float> %135)
  %137 = add i64 %125, 16
  %138 = getelementptr inbounds float, float* %16, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %136, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %7, align 32
  %142 = load <8 x float>, <8 x float>* %6, align 32
  %143 = add i64 %125, 16
  %144 = getelementptr inbounds float, float* %16, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %142, <8 x float> %146)
  %148 = add i64 %125, 24
  %149 = getelementptr inbounds float, float* %16, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %147, <8 x float> %151)
  %153 = add i64 %125, 32
  %154 = getelementptr inbounds float, float* %16, i64 %153
  %155 = bitcast float* %154 to <8 x float>*
  %156 = load <8 x float>, <8 x float>* %155, align 4
  %157 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %152, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %158 = load <8 x float>, <8 x float>* %7, align 32
  %159 = getelementptr inbounds float, float* %20, i64 192
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %158, <8 x float>* %160, align 4
  %161 = load <8 x float>, <8 x float>* %6, align 32
  %162 = getelementptr inbounds float, float* %20, i64 200
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: noinline nounwind
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
  %19 = add i64 312, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 312
  %23 = select i1 %22, i64 %21, i64 312
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 312
  %26 = select i1 %25, i64 %24, i64 312
  call void @node3.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %19 = add i64 360, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 360
  %23 = select i1 %22, i64 %21, i64 360
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 360
  %26 = select i1 %25, i64 %24, i64 360
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 416
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 32
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 12
  %36 = mul i64 %30, 12
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 7200
  %39 = mul i64 %34, 19200
  %40 = mul i64 %28, 240
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %kh.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %kh.exit50 ]
  %41 = icmp slt i64 %chunk, 12
  br i1 %41, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %kh.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %kh.exit ]
  %42 = icmp slt i64 %x, 24
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = mul i64 %31, 32
  %44 = add i64 %43, %34
  %45 = add i64 %44, 0
  %46 = mul i64 %45, 26
  %47 = add i64 %46, %28
  %48 = mul i64 %47, 26
  %49 = add i64 %x, 0
  %50 = add i64 %48, %49
  %51 = mul i64 %50, 8
  %52 = add i64 %x, 1
  %53 = add i64 %48, %52
  %54 = mul i64 %53, 8
  %55 = add i64 %x, 2
  %56 = add i64 %48, %55
  %57 = mul i64 %56, 8
  %58 = add i64 %x, 3
  %59 = add i64 %48, %58
  %60 = mul i64 %59, 8
  %61 = add i64 %x, 4
  %62 = add i64 %48, %61
  %63 = mul i64 %62, 8
  %64 = add i64 %x, 5
  %65 = add i64 %48, %64
  %66 = mul i64 %65, 8
  %67 = mul i64 %31, 32
  %68 = add i64 %67, %34
  %69 = add i64 %68, 1
  %70 = mul i64 %69, 26
  %71 = add i64 %70, %28
  %72 = mul i64 %71, 26
  %73 = add i64 %x, 0
  %74 = add i64 %72, %73
  %75 = mul i64 %74, 8
  %76 = add i64 %x, 1
  %77 = add i64 %72, %76
  %78 = mul i64 %77, 8
  %79 = add i64 %x, 2
  %80 = add i64 %72, %79
  %81 = mul i64 %80, 8
  %82 = add i64 %x, 3
  %83 = add i64 %72, %82
  %84 = mul i64 %83, 8
  %85 = add i64 %x, 4
  %86 = add i64 %72, %85
  %87 = mul i64 %86, 8
  %88 = add i64 %x, 5
  %89 = add i64 %72, %88
  %90 = mul i64 %89, 8
  %91 = add i64 %34, 0
  %92 = mul i64 %91, 8
  %93 = getelementptr inbounds float, float* %5, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %34, 1
  %97 = mul i64 %96, 8
  %98 = getelementptr inbounds float, float* %5, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %100 = load <8 x float>, <8 x float>* %99, align 4
  %101 = icmp eq i64 %chunk, 0
  %102 = getelementptr inbounds float, float* %0, i64 %51
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = select i1 %101, <8 x float> %95, <8 x float> %104
  store <8 x float> %105, <8 x float>* %23, align 32
  %106 = getelementptr inbounds float, float* %0, i64 %54
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = select i1 %101, <8 x float> %95, <8 x float> %108
  store <8 x float> %109, <8 x float>* %22, align 32
  %110 = getelementptr inbounds float, float* %0, i64 %57
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = select i1 %101, <8 x float> %95, <8 x float> %112
  store <8 x float> %113, <8 x float>* %21, align 32
  %114 = getelementptr inbounds float, float* %0, i64 %60
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = select i1 %101, <8 x float> %95, <8 x float> %116
  store <8 x float> %117, <8 x float>* %20, align 32
  %118 = getelementptr inbounds float, float* %0, i64 %63
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = select i1 %101, <8 x float> %95, <8 x float> %120
  store <8 x float> %121, <8 x float>* %19, align 32
  %122 = getelementptr inbounds float, float* %0, i64 %66
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = select i1 %101, <8 x float> %95, <8 x float> %124
  store <8 x float> %125, <8 x float>* %18, align 32
  %126 = getelementptr inbounds float, float* %0, i64 %75
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = select i1 %101, <8 x float> %100, <8 x float> %128
  store <8 x float> %129, <8 x float>* %17, align 32
  %130 = getelementptr inbounds float, float* %0, i64 %78
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = select i1 %101, <8 x float> %100, <8 x float> %132
  store <8 x float> %133, <8 x float>* %16, align 32
  %134 = getelementptr inbounds float, float* %0, i64 %81
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = select i1 %101, <8 x float> %100, <8 x float> %136
  store <8 x float> %137, <8 x float>* %15, align 32
  %138 = getelementptr inbounds float, float* %0, i64 %84
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = select i1 %101, <8 x float> %100, <8 x float> %140
  store <8 x float> %141, <8 x float>* %14, align 32
  %142 = getelementptr inbounds float, float* %0, i64 %87
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = select i1 %101, <8 x float> %100, <8 x float> %144
  store <8 x float> %145, <8 x float>* %13, align 32
  %146 = getelementptr inbounds float, float* %0, i64 %90
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = select i1 %101, <8 x float> %100, <8 x float> %148
  store <8 x float> %149, <8 x float>* %12, align 32
  %150 = mul i64 %x, 8
  %151 = add i64 %40, %150
  %152 = add i64 %38, %151
  %153 = mul i64 %chunk, 1
  %154 = add i64 %153, 0
  %155 = mul i64 %154, 7200
  %156 = add i64 %152, %155
  %157 = mul i64 %154, 1600
  %158 = add i64 %39, %157
  br label %kh.header

x.exit:                                           ; preds = %x.header
  %159 = mul i64 %31, 32
  %160 = add i64 %159, %34
  %161 = add i64 %160, 0
  %162 = mul i64 %161, 26
  %163 = add i64 %162, %28
  %164 = mul i64 %163, 26
  %165 = add i64 %164, 24
  %166 = mul i64 %165, 8
  %167 = add i64 %164, 25
  %168 = mul i64 %167, 8
  %169 = mul i64 %31, 32
  %170 = add i64 %169, %34
  %171 = add i64 %170, 1
  %172 = mul i64 %171, 26
  %173 = add i64 %172, %28
  %174 = mul i64 %173, 26
  %175 = add i64 %174, 24
  %176 = mul i64 %175, 8
  %177 = add i64 %174, 25
  %178 = mul i64 %177, 8
  %179 = add i64 %34, 0
  %180 = mul i64 %179, 8
  %181 = getelementptr inbounds float, float* %5, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = add i64 %34, 1
  %185 = mul i64 %184, 8
  %186 = getelementptr inbounds float, float* %5, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = icmp eq i64 %chunk, 0
  %190 = getelementptr inbounds float, float* %0, i64 %166
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = select i1 %189, <8 x float> %183, <8 x float> %192
  store <8 x float> %193, <8 x float>* %11, align 32
  %194 = getelementptr inbounds float, float* %0, i64 %168
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = select i1 %189, <8 x float> %183, <8 x float> %196
  store <8 x float> %197, <8 x float>* %10, align 32
  %198 = getelementptr inbounds float, float* %0, i64 %176
  %199 = bitcast float* %198 to <8 x float>*
  %200 = load <8 x float>, <8 x float>* %199, align 4
  %201 = select i1 %189, <8 x float> %188, <8 x float> %200
  store <8 x float> %201, <8 x float>* %9, align 32
  %202 = getelementptr inbounds float, float* %0, i64 %178
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = select i1 %189, <8 x float> %188, <8 x float> %204
  store <8 x float> %205, <8 x float>* %8, align 32
  %206 = add i64 %40, 192
  %207 = add i64 %38, %206
  %208 = mul i64 %chunk, 1
  %209 = add i64 %208, 0
  %210 = mul i64 %209, 7200
  %211 = add i64 %207, %210
  %212 = mul i64 %209, 1600
  %213 = add i64 %39, %212
  br label %kh.header48

kh.header:                                        ; preds = %kw.exit, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %kw.exit ]
  %214 = icmp slt i64 %kh, 5
  br i1 %214, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %215 = mul i64 %kh, 240
  %216 = add i64 %156, %215
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %217 = icmp eq i64 %chunk, 11
  %218 = load <8 x float>, <8 x float>* %23, align 32
  %219 = fcmp olt <8 x float> %218, zeroinitializer
  %220 = select <8 x i1> %219, <8 x float> zeroinitializer, <8 x float> %218
  %221 = select i1 %217, <8 x float> %220, <8 x float> %218
  %222 = getelementptr inbounds float, float* %0, i64 %51
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %221, <8 x float>* %223, align 4
  %224 = load <8 x float>, <8 x float>* %22, align 32
  %225 = fcmp olt <8 x float> %224, zeroinitializer
  %226 = select <8 x i1> %225, <8 x float> zeroinitializer, <8 x float> %224
  %227 = select i1 %217, <8 x float> %226, <8 x float> %224
  %228 = getelementptr inbounds float, float* %0, i64 %54
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %227, <8 x float>* %229, align 4
  %230 = load <8 x float>, <8 x float>* %21, align 32
  %231 = fcmp olt <8 x float> %230, zeroinitializer
  %232 = select <8 x i1> %231, <8 x float> zeroinitializer, <8 x float> %230
  %233 = select i1 %217, <8 x float> %232, <8 x float> %230
  %234 = getelementptr inbounds float, float* %0, i64 %57
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %233, <8 x float>* %235, align 4
  %236 = load <8 x float>, <8 x float>* %20, align 32
  %237 = fcmp olt <8 x float> %236, zeroinitializer
  %238 = select <8 x i1> %237, <8 x float> zeroinitializer, <8 x float> %236
  %239 = select i1 %217, <8 x float> %238, <8 x float> %236
  %240 = getelementptr inbounds float, float* %0, i64 %60
  %241 = bitcast float* %240 to <8 x float>*
  store <8 x float> %239, <8 x float>* %241, align 4
  %242 = load <8 x float>, <8 x float>* %19, align 32
  %243 = fcmp olt <8 x float> %242, zeroinitializer
  %244 = select <8 x i1> %243, <8 x float> zeroinitializer, <8 x float> %242
  %245 = select i1 %217, <8 x float> %244, <8 x float> %242
  %246 = getelementptr inbounds float, float* %0, i64 %63
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %245, <8 x float>* %247, align 4
  %248 = load <8 x float>, <8 x float>* %18, align 32
  %249 = fcmp olt <8 x float> %248, zeroinitializer
  %250 = select <8 x i1> %249, <8 x float> zeroinitializer, <8 x float> %248
  %251 = select i1 %217, <8 x float> %250, <8 x float> %248
  %252 = getelementptr inbounds float, float* %0, i64 %66
  %253 = bitcast float* %252 to <8 x float>*
  store <8 x float> %251, <8 x float>* %253, align 4
  %254 = load <8 x float>, <8 x float>* %17, align 32
  %255 = fcmp olt <8 x float> %254, zeroinitializer
  %256 = select <8 x i1> %255, <8 x float> zeroinitializer, <8 x float> %254
  %257 = select i1 %217, <8 x float> %256, <8 x float> %254
  %258 = getelementptr inbounds float, float* %0, i64 %75
  %259 = bitcast float* %258 to <8 x float>*
  store <8 x float> %257, <8 x float>* %259, align 4
  %260 = load <8 x float>, <8 x float>* %16, align 32
  %261 = fcmp olt <8 x float> %260, zeroinitializer
  %262 = select <8 x i1> %261, <8 x float> zeroinitializer, <8 x float> %260
  %263 = select i1 %217, <8 x float> %262, <8 x float> %260
  %264 = getelementptr inbounds float, float* %0, i64 %78
  %265 = bitcast float* %264 to <8 x float>*
  store <8 x float> %263, <8 x float>* %265, align 4
  %266 = load <8 x float>, <8 x float>* %15, align 32
  %267 = fcmp olt <8 x float> %266, zeroinitializer
  %268 = select <8 x i1> %267, <8 x float> zeroinitializer, <8 x float> %266
  %269 = select i1 %217, <8 x float> %268, <8 x float> %266
  %270 = getelementptr inbounds float, float* %0, i64 %81
  %271 = bitcast float* %270 to <8 x float>*
  store <8 x float> %269, <8 x float>* %271, align 4
  %272 = load <8 x float>, <8 x float>* %14, align 32
  %273 = fcmp olt <8 x float> %272, zeroinitializer
  %274 = select <8 x i1> %273, <8 x float> zeroinitializer, <8 x float> %272
  %275 = select i1 %217, <8 x float> %274, <8 x float> %272
  %276 = getelementptr inbounds float, float* %0, i64 %84
  %277 = bitcast float* %276 to <8 x float>*
  store <8 x float> %275, <8 x float>* %277, align 4
  %278 = load <8 x float>, <8 x float>* %13, align 32
  %279 = fcmp olt <8 x float> %278, zeroinitializer
  %280 = select <8 x i1> %279, <8 x float> zeroinitializer, <8 x float> %278
  %281 = select i1 %217, <8 x float> %280, <8 x float> %278
  %282 = getelementptr inbounds float, float* %0, i64 %87
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = load <8 x float>, <8 x float>* %12, align 32
  %285 = fcmp olt <8 x float> %284, zeroinitializer
  %286 = select <8 x i1> %285, <8 x float> zeroinitializer, <8 x float> %284
  %287 = select i1 %217, <8 x float> %286, <8 x float> %284
  %288 = getelementptr inbounds float, float* %0, i64 %90
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %287, <8 x float>* %289, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %290 = icmp slt i64 %kw, 5
  br i1 %290, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %291 = mul i64 %kw, 8
  %292 = add i64 %216, %291
  %293 = mul i64 %kh, 5
  %294 = add i64 %293, %kw
  %295 = mul i64 %294, 64
  %296 = add i64 %158, %295
  %297 = add i64 %296, 0
  %298 = getelementptr inbounds float, float* %4, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %296, 19200
  %302 = getelementptr inbounds float, float* %4, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = add i64 %292, 0
  %306 = getelementptr inbounds float, float* %2, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %23, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %300, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %23, align 32
  %311 = load <8 x float>, <8 x float>* %17, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %304, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %17, align 32
  %313 = add i64 %292, 8
  %314 = getelementptr inbounds float, float* %2, i64 %313
  %315 = load float, float* %314, align 4
  %316 = insertelement <8 x float> undef, float %315, i32 0
  %splat1 = shufflevector <8 x float> %316, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, <8 x float>* %22, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %300, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %22, align 32
  %319 = load <8 x float>, <8 x float>* %16, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %304, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %16, align 32
  %321 = add i64 %292, 16
  %322 = getelementptr inbounds float, float* %2, i64 %321
  %323 = load float, float* %322, align 4
  %324 = insertelement <8 x float> undef, float %323, i32 0
  %splat2 = shufflevector <8 x float> %324, <8 x float> undef, <8 x i32> zeroinitializer
  %325 = load <8 x float>, <8 x float>* %21, align 32
  %326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %300, <8 x float> %325)
  store <8 x float> %326, <8 x float>* %21, align 32
  %327 = load <8 x float>, <8 x float>* %15, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %304, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %15, align 32
  %329 = add i64 %292, 24
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat3 = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %20, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %300, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %20, align 32
  %335 = load <8 x float>, <8 x float>* %14, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %304, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %14, align 32
  %337 = add i64 %292, 32
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat4 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %19, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %300, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %19, align 32
  %343 = load <8 x float>, <8 x float>* %13, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %304, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %13, align 32
  %345 = add i64 %292, 40
  %346 = getelementptr inbounds float, float* %2, i64 %345
  %347 = load float, float* %346, align 4
  %348 = insertelement <8 x float> undef, float %347, i32 0
  %splat5 = shufflevector <8 x float> %348, <8 x float> undef, <8 x i32> zeroinitializer
  %349 = load <8 x float>, <8 x float>* %18, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %300, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %18, align 32
  %351 = load <8 x float>, <8 x float>* %12, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %304, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %12, align 32
  %353 = add i64 %296, 8
  %354 = getelementptr inbounds float, float* %4, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  %356 = load <8 x float>, <8 x float>* %355, align 4
  %357 = add i64 %296, 19208
  %358 = getelementptr inbounds float, float* %4, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  %360 = load <8 x float>, <8 x float>* %359, align 4
  %361 = add i64 %292, 1
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat6 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %23, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %356, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %23, align 32
  %367 = load <8 x float>, <8 x float>* %17, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %360, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %17, align 32
  %369 = add i64 %292, 9
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = load float, float* %370, align 4
  %372 = insertelement <8 x float> undef, float %371, i32 0
  %splat7 = shufflevector <8 x float> %372, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %22, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %356, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %22, align 32
  %375 = load <8 x float>, <8 x float>* %16, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %360, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %16, align 32
  %377 = add i64 %292, 17
  %378 = getelementptr inbounds float, float* %2, i64 %377
  %379 = load float, float* %378, align 4
  %380 = insertelement <8 x float> undef, float %379, i32 0
  %splat8 = shufflevector <8 x float> %380, <8 x float> undef, <8 x i32> zeroinitializer
  %381 = load <8 x float>, <8 x float>* %21, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %356, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %21, align 32
  %383 = load <8 x float>, <8 x float>* %15, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %360, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %15, align 32
  %385 = add i64 %292, 25
  %386 = getelementptr inbounds float, float* %2, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat9 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %20, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %356, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %20, align 32
  %391 = load <8 x float>, <8 x float>* %14, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %360, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %14, align 32
  %393 = add i64 %292, 33
  %394 = getelementptr inbounds float, float* %2, i64 %393
  %395 = load float, float* %394, align 4
  %396 = insertelement <8 x float> undef, float %395, i32 0
  %splat10 = shufflevector <8 x float> %396, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = load <8 x float>, <8 x float>* %19, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %356, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %19, align 32
  %399 = load <8 x float>, <8 x float>* %13, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %360, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %13, align 32
  %401 = add i64 %292, 41
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat11 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %18, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %356, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %18, align 32
  %407 = load <8 x float>, <8 x float>* %12, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %360, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %12, align 32
  %409 = add i64 %296, 16
  %410 = getelementptr inbounds float, float* %4, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %296, 19216
  %414 = getelementptr inbounds float, float* %4, i64 %413
  %415 = bitcast float* %414 to <8 x float>*
  %416 = load <8 x float>, <8 x float>* %415, align 4
  %417 = add i64 %292, 2
  %418 = getelementptr inbounds float, float* %2, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat12 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %23, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %23, align 32
  %423 = load <8 x float>, <8 x float>* %17, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %416, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %17, align 32
  %425 = add i64 %292, 10
  %426 = getelementptr inbounds float, float* %2, i64 %425
  %427 = load float, float* %426, align 4
  %428 = insertelement <8 x float> undef, float %427, i32 0
  %splat13 = shufflevector <8 x float> %428, <8 x float> undef, <8 x i32> zeroinitializer
  %429 = load <8 x float>, <8 x float>* %22, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %22, align 32
  %431 = load <8 x float>, <8 x float>* %16, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %416, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %16, align 32
  %433 = add i64 %292, 18
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = load float, float* %434, align 4
  %436 = insertelement <8 x float> undef, float %435, i32 0
  %splat14 = shufflevector <8 x float> %436, <8 x float> undef, <8 x i32> zeroinitializer
  %437 = load <8 x float>, <8 x float>* %21, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %21, align 32
  %439 = load <8 x float>, <8 x float>* %15, align 32
  %440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %416, <8 x float> %439)
  store <8 x float> %440, <8 x float>* %15, align 32
  %441 = add i64 %292, 26
  %442 = getelementptr inbounds float, float* %2, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat15 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %20, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %20, align 32
  %447 = load <8 x float>, <8 x float>* %14, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %416, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %14, align 32
  %449 = add i64 %292, 34
  %450 = getelementptr inbounds float, float* %2, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat16 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %19, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %19, align 32
  %455 = load <8 x float>, <8 x float>* %13, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %416, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %13, align 32
  %457 = add i64 %292, 42
  %458 = getelementptr inbounds float, float* %2, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat17 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %18, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %18, align 32
  %463 = load <8 x float>, <8 x float>* %12, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %416, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %12, align 32
  %465 = add i64 %296, 24
  %466 = getelementptr inbounds float, float* %4, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %296, 19224
  %470 = getelementptr inbounds float, float* %4, i64 %469
  %471 = bitcast float* %470 to <8 x float>*
  %472 = load <8 x float>, <8 x float>* %471, align 4
  %473 = add i64 %292, 3
  %474 = getelementptr inbounds float, float* %2, i64 %473
  %475 = load float, float* %474, align 4
  %476 = insertelement <8 x float> undef, float %475, i32 0
  %splat18 = shufflevector <8 x float> %476, <8 x float> undef, <8 x i32> zeroinitializer
  %477 = load <8 x float>, <8 x float>* %23, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %468, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %23, align 32
  %479 = load <8 x float>, <8 x float>* %17, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %472, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %17, align 32
  %481 = add i64 %292, 11
  %482 = getelementptr inbounds float, float* %2, i64 %481
  %483 = load float, float* %482, align 4
  %484 = insertelement <8 x float> undef, float %483, i32 0
  %splat19 = shufflevector <8 x float> %484, <8 x float> undef, <8 x i32> zeroinitializer
  %485 = load <8 x float>, <8 x float>* %22, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %468, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %22, align 32
  %487 = load <8 x float>, <8 x float>* %16, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %472, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %16, align 32
  %489 = add i64 %292, 19
  %490 = getelementptr inbounds float, float* %2, i64 %489
  %491 = load float, float* %490, align 4
  %492 = insertelement <8 x float> undef, float %491, i32 0
  %splat20 = shufflevector <8 x float> %492, <8 x float> undef, <8 x i32> zeroinitializer
  %493 = load <8 x float>, <8 x float>* %21, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %468, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %21, align 32
  %495 = load <8 x float>, <8 x float>* %15, align 32
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %472, <8 x float> %495)
  store <8 x float> %496, <8 x float>* %15, align 32
  %497 = add i64 %292, 27
  %498 = getelementptr inbounds float, float* %2, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat21 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %20, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %468, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %20, align 32
  %503 = load <8 x float>, <8 x float>* %14, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %472, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %14, align 32
  %505 = add i64 %292, 35
  %506 = getelementptr inbounds float, float* %2, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat22 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %19, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %468, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %19, align 32
  %511 = load <8 x float>, <8 x float>* %13, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %472, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %13, align 32
  %513 = add i64 %292, 43
  %514 = getelementptr inbounds float, float* %2, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat23 = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %18, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %468, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %18, align 32
  %519 = load <8 x float>, <8 x float>* %12, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %472, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %12, align 32
  %521 = add i64 %296, 32
  %522 = getelementptr inbounds float, float* %4, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  %524 = load <8 x float>, <8 x float>* %523, align 4
  %525 = add i64 %296, 19232
  %526 = getelementptr inbounds float, float* %4, i64 %525
  %527 = bitcast float* %526 to <8 x float>*
  %528 = load <8 x float>, <8 x float>* %527, align 4
  %529 = add i64 %292, 4
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat24 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %23, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %524, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %23, align 32
  %535 = load <8 x float>, <8 x float>* %17, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %528, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %17, align 32
  %537 = add i64 %292, 12
  %538 = getelementptr inbounds float, float* %2, i64 %537
  %539 = load float, float* %538, align 4
  %540 = insertelement <8 x float> undef, float %539, i32 0
  %splat25 = shufflevector <8 x float> %540, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = load <8 x float>, <8 x float>* %22, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %524, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %22, align 32
  %543 = load <8 x float>, <8 x float>* %16, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %528, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %16, align 32
  %545 = add i64 %292, 20
  %546 = getelementptr inbounds float, float* %2, i64 %545
  %547 = load float, float* %546, align 4
  %548 = insertelement <8 x float> undef, float %547, i32 0
  %splat26 = shufflevector <8 x float> %548, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = load <8 x float>, <8 x float>* %21, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %524, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %21, align 32
  %551 = load <8 x float>, <8 x float>* %15, align 32
  %552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %528, <8 x float> %551)
  store <8 x float> %552, <8 x float>* %15, align 32
  %553 = add i64 %292, 28
  %554 = getelementptr inbounds float, float* %2, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat27 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %20, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %524, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %20, align 32
  %559 = load <8 x float>, <8 x float>* %14, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %528, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %14, align 32
  %561 = add i64 %292, 36
  %562 = getelementptr inbounds float, float* %2, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat28 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %19, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %524, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %19, align 32
  %567 = load <8 x float>, <8 x float>* %13, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %528, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %13, align 32
  %569 = add i64 %292, 44
  %570 = getelementptr inbounds float, float* %2, i64 %569
  %571 = load float, float* %570, align 4
  %572 = insertelement <8 x float> undef, float %571, i32 0
  %splat29 = shufflevector <8 x float> %572, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = load <8 x float>, <8 x float>* %18, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %524, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %18, align 32
  %575 = load <8 x float>, <8 x float>* %12, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %528, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %12, align 32
  %577 = add i64 %296, 40
  %578 = getelementptr inbounds float, float* %4, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %296, 19240
  %582 = getelementptr inbounds float, float* %4, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %292, 5
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat30 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %23, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %580, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %23, align 32
  %591 = load <8 x float>, <8 x float>* %17, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %584, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %17, align 32
  %593 = add i64 %292, 13
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat31 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %22, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %580, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %22, align 32
  %599 = load <8 x float>, <8 x float>* %16, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %584, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %16, align 32
  %601 = add i64 %292, 21
  %602 = getelementptr inbounds float, float* %2, i64 %601
  %603 = load float, float* %602, align 4
  %604 = insertelement <8 x float> undef, float %603, i32 0
  %splat32 = shufflevector <8 x float> %604, <8 x float> undef, <8 x i32> zeroinitializer
  %605 = load <8 x float>, <8 x float>* %21, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %580, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %21, align 32
  %607 = load <8 x float>, <8 x float>* %15, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %584, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %15, align 32
  %609 = add i64 %292, 29
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat33 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %20, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %580, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %20, align 32
  %615 = load <8 x float>, <8 x float>* %14, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %584, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %14, align 32
  %617 = add i64 %292, 37
  %618 = getelementptr inbounds float, float* %2, i64 %617
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat34 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %19, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %580, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %19, align 32
  %623 = load <8 x float>, <8 x float>* %13, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %584, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %13, align 32
  %625 = add i64 %292, 45
  %626 = getelementptr inbounds float, float* %2, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat35 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %18, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %580, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %18, align 32
  %631 = load <8 x float>, <8 x float>* %12, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %584, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %12, align 32
  %633 = add i64 %296, 48
  %634 = getelementptr inbounds float, float* %4, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %296, 19248
  %638 = getelementptr inbounds float, float* %4, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = add i64 %292, 6
  %642 = getelementptr inbounds float, float* %2, i64 %641
  %643 = load float, float* %642, align 4
  %644 = insertelement <8 x float> undef, float %643, i32 0
  %splat36 = shufflevector <8 x float> %644, <8 x float> undef, <8 x i32> zeroinitializer
  %645 = load <8 x float>, <8 x float>* %23, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %636, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %23, align 32
  %647 = load <8 x float>, <8 x float>* %17, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %640, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %17, align 32
  %649 = add i64 %292, 14
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat37 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %22, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %636, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %22, align 32
  %655 = load <8 x float>, <8 x float>* %16, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %640, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %16, align 32
  %657 = add i64 %292, 22
  %658 = getelementptr inbounds float, float* %2, i64 %657
  %659 = load float, float* %658, align 4
  %660 = insertelement <8 x float> undef, float %659, i32 0
  %splat38 = shufflevector <8 x float> %660, <8 x float> undef, <8 x i32> zeroinitializer
  %661 = load <8 x float>, <8 x float>* %21, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %636, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %21, align 32
  %663 = load <8 x float>, <8 x float>* %15, align 32
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %640, <8 x float> %663)
  store <8 x float> %664, <8 x float>* %15, align 32
  %665 = add i64 %292, 30
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = load float, float* %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %splat39 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %669 = load <8 x float>, <8 x float>* %20, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %636, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %20, align 32
  %671 = load <8 x float>, <8 x float>* %14, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %640, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %14, align 32
  %673 = add i64 %292, 38
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = load float, float* %674, align 4
  %676 = insertelement <8 x float> undef, float %675, i32 0
  %splat40 = shufflevector <8 x float> %676, <8 x float> undef, <8 x i32> zeroinitializer
  %677 = load <8 x float>, <8 x float>* %19, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %636, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %19, align 32
  %679 = load <8 x float>, <8 x float>* %13, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %640, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %13, align 32
  %681 = add i64 %292, 46
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat41 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %18, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %636, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %18, align 32
  %687 = load <8 x float>, <8 x float>* %12, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %640, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %12, align 32
  %689 = add i64 %296, 56
  %690 = getelementptr inbounds float, float* %4, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %296, 19256
  %694 = getelementptr inbounds float, float* %4, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %292, 7
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat42 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %23, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %692, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %23, align 32
  %703 = load <8 x float>, <8 x float>* %17, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %696, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %17, align 32
  %705 = add i64 %292, 15
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat43 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %22, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %692, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %22, align 32
  %711 = load <8 x float>, <8 x float>* %16, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %696, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %16, align 32
  %713 = add i64 %292, 23
  %714 = getelementptr inbounds float, float* %2, i64 %713
  %715 = load float, float* %714, align 4
  %716 = insertelement <8 x float> undef, float %715, i32 0
  %splat44 = shufflevector <8 x float> %716, <8 x float> undef, <8 x i32> zeroinitializer
  %717 = load <8 x float>, <8 x float>* %21, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %692, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %21, align 32
  %719 = load <8 x float>, <8 x float>* %15, align 32
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %696, <8 x float> %719)
  store <8 x float> %720, <8 x float>* %15, align 32
  %721 = add i64 %292, 31
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat45 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %20, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %692, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %20, align 32
  %727 = load <8 x float>, <8 x float>* %14, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %696, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %14, align 32
  %729 = add i64 %292, 39
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat46 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %19, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %692, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %19, align 32
  %735 = load <8 x float>, <8 x float>* %13, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %696, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %13, align 32
  %737 = add i64 %292, 47
  %738 = getelementptr inbounds float, float* %2, i64 %737
  %739 = load float, float* %738, align 4
  %740 = insertelement <8 x float> undef, float %739, i32 0
  %splat47 = shufflevector <8 x float> %740, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, <8 x float>* %18, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %692, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %18, align 32
  %743 = load <8 x float>, <8 x float>* %12, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %696, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header48:                                      ; preds = %kw.exit54, %x.exit
  %kh51 = phi i64 [ 0, %x.exit ], [ %kh.next73, %kw.exit54 ]
  %745 = icmp slt i64 %kh51, 5
  br i1 %745, label %kh.body49, label %kh.exit50

kh.body49:                                        ; preds = %kh.header48
  %746 = mul i64 %kh51, 240
  %747 = add i64 %211, %746
  br label %kw.header52

kh.exit50:                                        ; preds = %kh.header48
  %748 = icmp eq i64 %chunk, 11
  %749 = load <8 x float>, <8 x float>* %11, align 32
  %750 = fcmp olt <8 x float> %749, zeroinitializer
  %751 = select <8 x i1> %750, <8 x float> zeroinitializer, <8 x float> %749
  %752 = select i1 %748, <8 x float> %751, <8 x float> %749
  %753 = getelementptr inbounds float, float* %0, i64 %166
  %754 = bitcast float* %753 to <8 x float>*
  store <8 x float> %752, <8 x float>* %754, align 4
  %755 = load <8 x float>, <8 x float>* %10, align 32
  %756 = fcmp olt <8 x float> %755, zeroinitializer
  %757 = select <8 x i1> %756, <8 x float> zeroinitializer, <8 x float> %755
  %758 = select i1 %748, <8 x float> %757, <8 x float> %755
  %759 = getelementptr inbounds float, float* %0, i64 %168
  %760 = bitcast float* %759 to <8 x float>*
  store <8 x float> %758, <8 x float>* %760, align 4
  %761 = load <8 x float>, <8 x float>* %9, align 32
  %762 = fcmp olt <8 x float> %761, zeroinitializer
  %763 = select <8 x i1> %762, <8 x float> zeroinitializer, <8 x float> %761
  %764 = select i1 %748, <8 x float> %763, <8 x float> %761
  %765 = getelementptr inbounds float, float* %0, i64 %176
  %766 = bitcast float* %765 to <8 x float>*
  store <8 x float> %764, <8 x float>* %766, align 4
  %767 = load <8 x float>, <8 x float>* %8, align 32
  %768 = fcmp olt <8 x float> %767, zeroinitializer
  %769 = select <8 x i1> %768, <8 x float> zeroinitializer, <8 x float> %767
  %770 = select i1 %748, <8 x float> %769, <8 x float> %767
  %771 = getelementptr inbounds float, float* %0, i64 %178
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !3

kw.header52:                                      ; preds = %kw.body53, %kh.body49
  %kw55 = phi i64 [ 0, %kh.body49 ], [ %kw.next72, %kw.body53 ]
  %773 = icmp slt i64 %kw55, 5
  br i1 %773, label %kw.body53, label %kw.exit54

kw.body53:                                        ; preds = %kw.header52
  %774 = mul i64 %kw55, 8
  %775 = add i64 %747, %774
  %776 = mul i64 %kh51, 5
  %777 = add i64 %776, %kw55
  %778 = mul i64 %777, 64
  %779 = add i64 %213, %778
  %780 = add i64 %779, 0
  %781 = getelementptr inbounds float, float* %4, i64 %780
  %782 = bitcast float* %781 to <8 x float>*
  %783 = load <8 x float>, <8 x float>* %782, align 4
  %784 = add i64 %779, 19200
  %785 = getelementptr inbounds float, float* %4, i64 %784
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = add i64 %775, 0
  %789 = getelementptr inbounds float, float* %2, i64 %788
  %790 = load float, float* %789, align 4
  %791 = insertelement <8 x float> undef, float %790, i32 0
  %splat56 = shufflevector <8 x float> %791, <8 x float> undef, <8 x i32> zeroinitializer
  %792 = load <8 x float>, <8 x float>* %11, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %783, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %11, align 32
  %794 = load <8 x float>, <8 x float>* %9, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %787, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %9, align 32
  %796 = add i64 %775, 8
  %797 = getelementptr inbounds float, float* %2, i64 %796
  %798 = load float, float* %797, align 4
  %799 = insertelement <8 x float> undef, float %798, i32 0
  %splat57 = shufflevector <8 x float> %799, <8 x float> undef, <8 x i32> zeroinitializer
  %800 = load <8 x float>, <8 x float>* %10, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %783, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %10, align 32
  %802 = load <8 x float>, <8 x float>* %8, align 32
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %787, <8 x float> %802)
  store <8 x float> %803, <8 x float>* %8, align 32
  %804 = add i64 %779, 8
  %805 = getelementptr inbounds float, float* %4, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %779, 19208
  %809 = getelementptr inbounds float, float* %4, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = add i64 %775, 1
  %813 = getelementptr inbounds float, float* %2, i64 %812
  %814 = load float, float* %813, align 4
  %815 = insertelement <8 x float> undef, float %814, i32 0
  %splat58 = shufflevector <8 x float> %815, <8 x float> undef, <8 x i32> zeroinitializer
  %816 = load <8 x float>, <8 x float>* %11, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %807, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %11, align 32
  %818 = load <8 x float>, <8 x float>* %9, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %811, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %9, align 32
  %820 = add i64 %775, 9
  %821 = getelementptr inbounds float, float* %2, i64 %820
  %822 = load float, float* %821, align 4
  %823 = insertelement <8 x float> undef, float %822, i32 0
  %splat59 = shufflevector <8 x float> %823, <8 x float> undef, <8 x i32> zeroinitializer
  %824 = load <8 x float>, <8 x float>* %10, align 32
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %807, <8 x float> %824)
  store <8 x float> %825, <8 x float>* %10, align 32
  %826 = load <8 x float>, <8 x float>* %8, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %811, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %8, align 32
  %828 = add i64 %779, 16
  %829 = getelementptr inbounds float, float* %4, i64 %828
  %830 = bitcast float* %829 to <8 x float>*
  %831 = load <8 x float>, <8 x float>* %830, align 4
  %832 = add i64 %779, 19216
  %833 = getelementptr inbounds float, float* %4, i64 %832
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = add i64 %775, 2
  %837 = getelementptr inbounds float, float* %2, i64 %836
  %838 = load float, float* %837, align 4
  %839 = insertelement <8 x float> undef, float %838, i32 0
  %splat60 = shufflevector <8 x float> %839, <8 x float> undef, <8 x i32> zeroinitializer
  %840 = load <8 x float>, <8 x float>* %11, align 32
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %831, <8 x float> %840)
  store <8 x float> %841, <8 x float>* %11, align 32
  %842 = load <8 x float>, <8 x float>* %9, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %835, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %9, align 32
  %844 = add i64 %775, 10
  %845 = getelementptr inbounds float, float* %2, i64 %844
  %846 = load float, float* %845, align 4
  %847 = insertelement <8 x float> undef, float %846, i32 0
  %splat61 = shufflevector <8 x float> %847, <8 x float> undef, <8 x i32> zeroinitializer
  %848 = load <8 x float>, <8 x float>* %10, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %831, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %10, align 32
  %850 = load <8 x float>, <8 x float>* %8, align 32
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %835, <8 x float> %850)
  store <8 x float> %851, <8 x float>* %8, align 32
  %852 = add i64 %779, 24
  %853 = getelementptr inbounds float, float* %4, i64 %852
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = add i64 %779, 19224
  %857 = getelementptr inbounds float, float* %4, i64 %856
  %858 = bitcast float* %857 to <8 x float>*
  %859 = load <8 x float>, <8 x float>* %858, align 4
  %860 = add i64 %775, 3
  %861 = getelementptr inbounds float, float* %2, i64 %860
  %862 = load float, float* %861, align 4
  %863 = insertelement <8 x float> undef, float %862, i32 0
  %splat62 = shufflevector <8 x float> %863, <8 x float> undef, <8 x i32> zeroinitializer
  %864 = load <8 x float>, <8 x float>* %11, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %855, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %11, align 32
  %866 = load <8 x float>, <8 x float>* %9, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %859, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %9, align 32
  %868 = add i64 %775, 11
  %869 = getelementptr inbounds float, float* %2, i64 %868
  %870 = load float, float* %869, align 4
  %871 = insertelement <8 x float> undef, float %870, i32 0
  %splat63 = shufflevector <8 x float> %871, <8 x float> undef, <8 x i32> zeroinitializer
  %872 = load <8 x float>, <8 x float>* %10, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %855, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %10, align 32
  %874 = load <8 x float>, <8 x float>* %8, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %859, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %8, align 32
  %876 = add i64 %779, 32
  %877 = getelementptr inbounds float, float* %4, i64 %876
  %878 = bitcast float* %877 to <8 x float>*
  %879 = load <8 x float>, <8 x float>* %878, align 4
  %880 = add i64 %779, 19232
  %881 = getelementptr inbounds float, float* %4, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %775, 4
  %885 = getelementptr inbounds float, float* %2, i64 %884
  %886 = load float, float* %885, align 4
  %887 = insertelement <8 x float> undef, float %886, i32 0
  %splat64 = shufflevector <8 x float> %887, <8 x float> undef, <8 x i32> zeroinitializer
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %879, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %11, align 32
  %890 = load <8 x float>, <8 x float>* %9, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %883, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %9, align 32
  %892 = add i64 %775, 12
  %893 = getelementptr inbounds float, float* %2, i64 %892
  %894 = load float, float* %893, align 4
  %895 = insertelement <8 x float> undef, float %894, i32 0
  %splat65 = shufflevector <8 x float> %895, <8 x float> undef, <8 x i32> zeroinitializer
  %896 = load <8 x float>, <8 x float>* %10, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %879, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %10, align 32
  %898 = load <8 x float>, <8 x float>* %8, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %883, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %8, align 32
  %900 = add i64 %779, 40
  %901 = getelementptr inbounds float, float* %4, i64 %900
  %902 = bitcast float* %901 to <8 x float>*
  %903 = load <8 x float>, <8 x float>* %902, align 4
  %904 = add i64 %779, 19240
  %905 = getelementptr inbounds float, float* %4, i64 %904
  %906 = bitcast float* %905 to <8 x float>*
  %907 = load <8 x float>, <8 x float>* %906, align 4
  %908 = add i64 %775, 5
  %909 = getelementptr inbounds float, float* %2, i64 %908
  %910 = load float, float* %909, align 4
  %911 = insertelement <8 x float> undef, float %910, i32 0
  %splat66 = shufflevector <8 x float> %911, <8 x float> undef, <8 x i32> zeroinitializer
  %912 = load <8 x float>, <8 x float>* %11, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %903, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %11, align 32
  %914 = load <8 x float>, <8 x float>* %9, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %907, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %9, align 32
  %916 = add i64 %775, 13
  %917 = getelementptr inbounds float, float* %2, i64 %916
  %918 = load float, float* %917, align 4
  %919 = insertelement <8 x float> undef, float %918, i32 0
  %splat67 = shufflevector <8 x float> %919, <8 x float> undef, <8 x i32> zeroinitializer
  %920 = load <8 x float>, <8 x float>* %10, align 32
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %903, <8 x float> %920)
  store <8 x float> %921, <8 x float>* %10, align 32
  %922 = load <8 x float>, <8 x float>* %8, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %907, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %8, align 32
  %924 = add i64 %779, 48
  %925 = getelementptr inbounds float, float* %4, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = add i64 %779, 19248
  %929 = getelementptr inbounds float, float* %4, i64 %928
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = add i64 %775, 6
  %933 = getelementptr inbounds float, float* %2, i64 %932
  %934 = load float, float* %933, align 4
  %935 = insertelement <8 x float> undef, float %934, i32 0
  %splat68 = shufflevector <8 x float> %935, <8 x float> undef, <8 x i32> zeroinitializer
  %936 = load <8 x float>, <8 x float>* %11, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %927, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %11, align 32
  %938 = load <8 x float>, <8 x float>* %9, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %931, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %9, align 32
  %940 = add i64 %775, 14
  %941 = getelementptr inbounds float, float* %2, i64 %940
  %942 = load float, float* %941, align 4
  %943 = insertelement <8 x float> undef, float %942, i32 0
  %splat69 = shufflevector <8 x float> %943, <8 x float> undef, <8 x i32> zeroinitializer
  %944 = load <8 x float>, <8 x float>* %10, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %927, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %10, align 32
  %946 = load <8 x float>, <8 x float>* %8, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %931, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %8, align 32
  %948 = add i64 %779, 56
  %949 = getelementptr inbounds float, float* %4, i64 %948
  %950 = bitcast float* %949 to <8 x float>*
  %951 = load <8 x float>, <8 x float>* %950, align 4
  %952 = add i64 %779, 19256
  %953 = getelementptr inbounds float, float* %4, i64 %952
  %954 = bitcast float* %953 to <8 x float>*
  %955 = load <8 x float>, <8 x float>* %954, align 4
  %956 = add i64 %775, 7
  %957 = getelementptr inbounds float, float* %2, i64 %956
  %958 = load float, float* %957, align 4
  %959 = insertelement <8 x float> undef, float %958, i32 0
  %splat70 = shufflevector <8 x float> %959, <8 x float> undef, <8 x i32> zeroinitializer
  %960 = load <8 x float>, <8 x float>* %11, align 32
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %951, <8 x float> %960)
  store <8 x float> %961, <8 x float>* %11, align 32
  %962 = load <8 x float>, <8 x float>* %9, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %955, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %9, align 32
  %964 = add i64 %775, 15
  %965 = getelementptr inbounds float, float* %2, i64 %964
  %966 = load float, float* %965, align 4
  %967 = insertelement <8 x float> undef, float %966, i32 0
  %splat71 = shufflevector <8 x float> %967, <8 x float> undef, <8 x i32> zeroinitializer
  %968 = load <8 x float>, <8 x float>* %10, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %951, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %10, align 32
  %970 = load <8 x float>, <8 x float>* %8, align 32
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %955, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %8, align 32
  %kw.next72 = add i64 %kw55, 1
  br label %kw.header52

kw.exit54:                                        ; preds = %kw.header52
  %kh.next73 = add i64 %kh51, 1
  br label %kh.header48
}

; Function Attrs: noinline nounwind
define internal void @node4.conv2d_4.step1(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node4.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %32 = mul i64 %31, 1
  %33 = sdiv i64 %task, 208
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 32
  %37 = mul i64 %29, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 32
  %40 = mul i64 %34, 32
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 5408
  %43 = mul i64 %38, 2048
  %44 = mul i64 %32, 416
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %45 = icmp slt i64 %x, 48
  br i1 %45, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %46 = mul i64 %35, 32
  %47 = add i64 %46, %38
  %48 = add i64 %47, 0
  %49 = mul i64 %48, 13
  %50 = add i64 %49, %32
  %51 = mul i64 %50, 52
  %52 = add i64 %x, 0
  %53 = add i64 %51, %52
  %54 = mul i64 %53, 8
  %55 = add i64 %x, 1
  %56 = add i64 %51, %55
  %57 = mul i64 %56, 8
  %58 = add i64 %x, 2
  %59 = add i64 %51, %58
  %60 = mul i64 %59, 8
  %61 = add i64 %x, 3
  %62 = add i64 %51, %61
  %63 = mul i64 %62, 8
  %64 = add i64 %x, 4
  %65 = add i64 %51, %64
  %66 = mul i64 %65, 8
  %67 = add i64 %x, 5
  %68 = add i64 %51, %67
  %69 = mul i64 %68, 8
  %70 = mul i64 %35, 32
  %71 = add i64 %70, %38
  %72 = add i64 %71, 1
  %73 = mul i64 %72, 13
  %74 = add i64 %73, %32
  %75 = mul i64 %74, 52
  %76 = add i64 %x, 0
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 8
  %79 = add i64 %x, 1
  %80 = add i64 %75, %79
  %81 = mul i64 %80, 8
  %82 = add i64 %x, 2
  %83 = add i64 %75, %82
  %84 = mul i64 %83, 8
  %85 = add i64 %x, 3
  %86 = add i64 %75, %85
  %87 = mul i64 %86, 8
  %88 = add i64 %x, 4
  %89 = add i64 %75, %88
  %90 = mul i64 %89, 8
  %91 = add i64 %x, 5
  %92 = add i64 %75, %91
  %93 = mul i64 %92, 8
  %94 = add i64 %38, 0
  %95 = mul i64 %94, 8
  %96 = getelementptr inbounds float, float* %5, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %38, 1
  %100 = mul i64 %99, 8
  %101 = getelementptr inbounds float, float* %5, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  store <8 x float> %98, <8 x float>* %27, align 32
  store <8 x float> %98, <8 x float>* %26, align 32
  store <8 x float> %98, <8 x float>* %25, align 32
  store <8 x float> %98, <8 x float>* %24, align 32
  store <8 x float> %98, <8 x float>* %23, align 32
  store <8 x float> %98, <8 x float>* %22, align 32
  store <8 x float> %103, <8 x float>* %21, align 32
  store <8 x float> %103, <8 x float>* %20, align 32
  store <8 x float> %103, <8 x float>* %19, align 32
  store <8 x float> %103, <8 x float>* %18, align 32
  store <8 x float> %103, <8 x float>* %17, align 32
  store <8 x float> %103, <8 x float>* %16, align 32
  %104 = mul i64 %x, 8
  %105 = add i64 %44, %104
  %106 = add i64 %42, %105
  br label %u.header

x.exit:                                           ; preds = %x.header
  %107 = mul i64 %35, 32
  %108 = add i64 %107, %38
  %109 = add i64 %108, 0
  %110 = mul i64 %109, 13
  %111 = add i64 %110, %32
  %112 = mul i64 %111, 52
  %113 = add i64 %112, 48
  %114 = mul i64 %113, 8
  %115 = add i64 %112, 49
  %116 = mul i64 %115, 8
  %117 = add i64 %112, 50
  %118 = mul i64 %117, 8
  %119 = add i64 %112, 51
  %120 = mul i64 %119, 8
  %121 = mul i64 %35, 32
  %122 = add i64 %121, %38
  %123 = add i64 %122, 1
  %124 = mul i64 %123, 13
  %125 = add i64 %124, %32
  %126 = mul i64 %125, 52
  %127 = add i64 %126, 48
  %128 = mul i64 %127, 8
  %129 = add i64 %126, 49
  %130 = mul i64 %129, 8
  %131 = add i64 %126, 50
  %132 = mul i64 %131, 8
  %133 = add i64 %126, 51
  %134 = mul i64 %133, 8
  %135 = add i64 %38, 0
  %136 = mul i64 %135, 8
  %137 = getelementptr inbounds float, float* %5, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %38, 1
  %141 = mul i64 %140, 8
  %142 = getelementptr inbounds float, float* %5, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  store <8 x float> %139, <8 x float>* %15, align 32
  store <8 x float> %139, <8 x float>* %14, align 32
  store <8 x float> %139, <8 x float>* %13, align 32
  store <8 x float> %139, <8 x float>* %12, align 32
  store <8 x float> %144, <8 x float>* %11, align 32
  store <8 x float> %144, <8 x float>* %10, align 32
  store <8 x float> %144, <8 x float>* %9, align 32
  store <8 x float> %144, <8 x float>* %8, align 32
  %145 = add i64 %44, 384
  %146 = add i64 %42, %145
  br label %u.header48

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %147 = icmp slt i64 %u, 32
  br i1 %147, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %148 = add i64 0, %u
  %149 = mul i64 %148, 5408
  %150 = add i64 %106, %149
  %151 = mul i64 %148, 64
  %152 = add i64 %43, %151
  %153 = add i64 %150, 0
  %154 = add i64 %153, 0
  %155 = add i64 %152, 0
  %156 = add i64 %155, 0
  %157 = getelementptr inbounds float, float* %4, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %155, 2048
  %161 = getelementptr inbounds float, float* %4, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %154, 0
  %165 = getelementptr inbounds float, float* %1, i64 %164
  %166 = load float, float* %165, align 4
  %167 = insertelement <8 x float> undef, float %166, i32 0
  %splat = shufflevector <8 x float> %167, <8 x float> undef, <8 x i32> zeroinitializer
  %168 = load <8 x float>, <8 x float>* %27, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %159, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %27, align 32
  %170 = load <8 x float>, <8 x float>* %21, align 32
  %171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %163, <8 x float> %170)
  store <8 x float> %171, <8 x float>* %21, align 32
  %172 = add i64 %154, 8
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = load float, float* %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %splat1 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %26, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %159, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %26, align 32
  %178 = load <8 x float>, <8 x float>* %20, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %163, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %20, align 32
  %180 = add i64 %154, 16
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat2 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %25, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %159, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %25, align 32
  %186 = load <8 x float>, <8 x float>* %19, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %163, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %19, align 32
  %188 = add i64 %154, 24
  %189 = getelementptr inbounds float, float* %1, i64 %188
  %190 = load float, float* %189, align 4
  %191 = insertelement <8 x float> undef, float %190, i32 0
  %splat3 = shufflevector <8 x float> %191, <8 x float> undef, <8 x i32> zeroinitializer
  %192 = load <8 x float>, <8 x float>* %24, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %159, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %24, align 32
  %194 = load <8 x float>, <8 x float>* %18, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %163, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %18, align 32
  %196 = add i64 %154, 32
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat4 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %23, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %159, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %23, align 32
  %202 = load <8 x float>, <8 x float>* %17, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %163, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %17, align 32
  %204 = add i64 %154, 40
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat5 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %22, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %159, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %22, align 32
  %210 = load <8 x float>, <8 x float>* %16, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %163, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %16, align 32
  %212 = add i64 %155, 8
  %213 = getelementptr inbounds float, float* %4, i64 %212
  %214 = bitcast float* %213 to <8 x float>*
  %215 = load <8 x float>, <8 x float>* %214, align 4
  %216 = add i64 %155, 2056
  %217 = getelementptr inbounds float, float* %4, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = add i64 %154, 1
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat6 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %27, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %215, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %27, align 32
  %226 = load <8 x float>, <8 x float>* %21, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %219, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %21, align 32
  %228 = add i64 %154, 9
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat7 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %26, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %215, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %26, align 32
  %234 = load <8 x float>, <8 x float>* %20, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %219, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %20, align 32
  %236 = add i64 %154, 17
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat8 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %25, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %215, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %25, align 32
  %242 = load <8 x float>, <8 x float>* %19, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %219, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %19, align 32
  %244 = add i64 %154, 25
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat9 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %24, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %215, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %24, align 32
  %250 = load <8 x float>, <8 x float>* %18, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %219, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %18, align 32
  %252 = add i64 %154, 33
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat10 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %23, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %215, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %23, align 32
  %258 = load <8 x float>, <8 x float>* %17, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %219, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %17, align 32
  %260 = add i64 %154, 41
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat11 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %22, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %215, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %22, align 32
  %266 = load <8 x float>, <8 x float>* %16, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %219, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %16, align 32
  %268 = add i64 %155, 16
  %269 = getelementptr inbounds float, float* %4, i64 %268
  %270 = bitcast float* %269 to <8 x float>*
  %271 = load <8 x float>, <8 x float>* %270, align 4
  %272 = add i64 %155, 2064
  %273 = getelementptr inbounds float, float* %4, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = add i64 %154, 2
  %277 = getelementptr inbounds float, float* %1, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat12 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %27, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %271, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %27, align 32
  %282 = load <8 x float>, <8 x float>* %21, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %275, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %21, align 32
  %284 = add i64 %154, 10
  %285 = getelementptr inbounds float, float* %1, i64 %284
  %286 = load float, float* %285, align 4
  %287 = insertelement <8 x float> undef, float %286, i32 0
  %splat13 = shufflevector <8 x float> %287, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %26, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %271, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %26, align 32
  %290 = load <8 x float>, <8 x float>* %20, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %275, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %20, align 32
  %292 = add i64 %154, 18
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat14 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %25, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %271, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %25, align 32
  %298 = load <8 x float>, <8 x float>* %19, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %275, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %19, align 32
  %300 = add i64 %154, 26
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat15 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %24, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %271, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %24, align 32
  %306 = load <8 x float>, <8 x float>* %18, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %275, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %18, align 32
  %308 = add i64 %154, 34
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat16 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %23, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %271, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %23, align 32
  %314 = load <8 x float>, <8 x float>* %17, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %275, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %17, align 32
  %316 = add i64 %154, 42
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat17 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %22, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %271, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %22, align 32
  %322 = load <8 x float>, <8 x float>* %16, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %275, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %16, align 32
  %324 = add i64 %155, 24
  %325 = getelementptr inbounds float, float* %4, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  %328 = add i64 %155, 2072
  %329 = getelementptr inbounds float, float* %4, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = add i64 %154, 3
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %splat18 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %336 = load <8 x float>, <8 x float>* %27, align 32
  %337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %327, <8 x float> %336)
  store <8 x float> %337, <8 x float>* %27, align 32
  %338 = load <8 x float>, <8 x float>* %21, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %331, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %21, align 32
  %340 = add i64 %154, 11
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat19 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %26, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %327, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %26, align 32
  %346 = load <8 x float>, <8 x float>* %20, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %331, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %20, align 32
  %348 = add i64 %154, 19
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat20 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %25, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %327, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %25, align 32
  %354 = load <8 x float>, <8 x float>* %19, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %331, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %19, align 32
  %356 = add i64 %154, 27
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat21 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %24, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %327, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %24, align 32
  %362 = load <8 x float>, <8 x float>* %18, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %331, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %18, align 32
  %364 = add i64 %154, 35
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat22 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %23, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %327, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %23, align 32
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %331, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = add i64 %154, 43
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat23 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %22, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %327, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %22, align 32
  %378 = load <8 x float>, <8 x float>* %16, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %331, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %16, align 32
  %380 = add i64 %155, 32
  %381 = getelementptr inbounds float, float* %4, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  %383 = load <8 x float>, <8 x float>* %382, align 4
  %384 = add i64 %155, 2080
  %385 = getelementptr inbounds float, float* %4, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = add i64 %154, 4
  %389 = getelementptr inbounds float, float* %1, i64 %388
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i32 0
  %splat24 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, <8 x float>* %27, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %383, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %27, align 32
  %394 = load <8 x float>, <8 x float>* %21, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %387, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %21, align 32
  %396 = add i64 %154, 12
  %397 = getelementptr inbounds float, float* %1, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat25 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %26, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %383, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %26, align 32
  %402 = load <8 x float>, <8 x float>* %20, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %387, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %20, align 32
  %404 = add i64 %154, 20
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat26 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %25, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %383, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %25, align 32
  %410 = load <8 x float>, <8 x float>* %19, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %387, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %19, align 32
  %412 = add i64 %154, 28
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat27 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %24, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %383, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %24, align 32
  %418 = load <8 x float>, <8 x float>* %18, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %387, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %18, align 32
  %420 = add i64 %154, 36
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat28 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %23, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %383, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %23, align 32
  %426 = load <8 x float>, <8 x float>* %17, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %387, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %17, align 32
  %428 = add i64 %154, 44
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat29 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %22, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %383, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %22, align 32
  %434 = load <8 x float>, <8 x float>* %16, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %387, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %16, align 32
  %436 = add i64 %155, 40
  %437 = getelementptr inbounds float, float* %4, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  %439 = load <8 x float>, <8 x float>* %438, align 4
  %440 = add i64 %155, 2088
  %441 = getelementptr inbounds float, float* %4, i64 %440
  %442 = bitcast float* %441 to <8 x float>*
  %443 = load <8 x float>, <8 x float>* %442, align 4
  %444 = add i64 %154, 5
  %445 = getelementptr inbounds float, float* %1, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat30 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %27, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %439, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %27, align 32
  %450 = load <8 x float>, <8 x float>* %21, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %443, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %21, align 32
  %452 = add i64 %154, 13
  %453 = getelementptr inbounds float, float* %1, i64 %452
  %454 = load float, float* %453, align 4
  %455 = insertelement <8 x float> undef, float %454, i32 0
  %splat31 = shufflevector <8 x float> %455, <8 x float> undef, <8 x i32> zeroinitializer
  %456 = load <8 x float>, <8 x float>* %26, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %439, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %26, align 32
  %458 = load <8 x float>, <8 x float>* %20, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %443, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %20, align 32
  %460 = add i64 %154, 21
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat32 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %25, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %439, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %25, align 32
  %466 = load <8 x float>, <8 x float>* %19, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %443, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %19, align 32
  %468 = add i64 %154, 29
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat33 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %24, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %439, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %24, align 32
  %474 = load <8 x float>, <8 x float>* %18, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %443, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %18, align 32
  %476 = add i64 %154, 37
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat34 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %23, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %439, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %23, align 32
  %482 = load <8 x float>, <8 x float>* %17, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %443, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %17, align 32
  %484 = add i64 %154, 45
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat35 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %22, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %439, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %22, align 32
  %490 = load <8 x float>, <8 x float>* %16, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %443, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %16, align 32
  %492 = add i64 %155, 48
  %493 = getelementptr inbounds float, float* %4, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  %496 = add i64 %155, 2096
  %497 = getelementptr inbounds float, float* %4, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  %499 = load <8 x float>, <8 x float>* %498, align 4
  %500 = add i64 %154, 6
  %501 = getelementptr inbounds float, float* %1, i64 %500
  %502 = load float, float* %501, align 4
  %503 = insertelement <8 x float> undef, float %502, i32 0
  %splat36 = shufflevector <8 x float> %503, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, <8 x float>* %27, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %495, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %27, align 32
  %506 = load <8 x float>, <8 x float>* %21, align 32
  %507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %499, <8 x float> %506)
  store <8 x float> %507, <8 x float>* %21, align 32
  %508 = add i64 %154, 14
  %509 = getelementptr inbounds float, float* %1, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat37 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %26, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %495, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %26, align 32
  %514 = load <8 x float>, <8 x float>* %20, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %499, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %20, align 32
  %516 = add i64 %154, 22
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat38 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %25, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %495, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %25, align 32
  %522 = load <8 x float>, <8 x float>* %19, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %499, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %19, align 32
  %524 = add i64 %154, 30
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat39 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %24, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %495, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %24, align 32
  %530 = load <8 x float>, <8 x float>* %18, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %499, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %18, align 32
  %532 = add i64 %154, 38
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat40 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %23, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %495, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %23, align 32
  %538 = load <8 x float>, <8 x float>* %17, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %499, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %17, align 32
  %540 = add i64 %154, 46
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat41 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %22, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %495, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %22, align 32
  %546 = load <8 x float>, <8 x float>* %16, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %499, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %16, align 32
  %548 = add i64 %155, 56
  %549 = getelementptr inbounds float, float* %4, i64 %548
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  %552 = add i64 %155, 2104
  %553 = getelementptr inbounds float, float* %4, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = load <8 x float>, <8 x float>* %554, align 4
  %556 = add i64 %154, 7
  %557 = getelementptr inbounds float, float* %1, i64 %556
  %558 = load float, float* %557, align 4
  %559 = insertelement <8 x float> undef, float %558, i32 0
  %splat42 = shufflevector <8 x float> %559, <8 x float> undef, <8 x i32> zeroinitializer
  %560 = load <8 x float>, <8 x float>* %27, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %551, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %27, align 32
  %562 = load <8 x float>, <8 x float>* %21, align 32
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %555, <8 x float> %562)
  store <8 x float> %563, <8 x float>* %21, align 32
  %564 = add i64 %154, 15
  %565 = getelementptr inbounds float, float* %1, i64 %564
  %566 = load float, float* %565, align 4
  %567 = insertelement <8 x float> undef, float %566, i32 0
  %splat43 = shufflevector <8 x float> %567, <8 x float> undef, <8 x i32> zeroinitializer
  %568 = load <8 x float>, <8 x float>* %26, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %551, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %26, align 32
  %570 = load <8 x float>, <8 x float>* %20, align 32
  %571 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %555, <8 x float> %570)
  store <8 x float> %571, <8 x float>* %20, align 32
  %572 = add i64 %154, 23
  %573 = getelementptr inbounds float, float* %1, i64 %572
  %574 = load float, float* %573, align 4
  %575 = insertelement <8 x float> undef, float %574, i32 0
  %splat44 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %576 = load <8 x float>, <8 x float>* %25, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %551, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %25, align 32
  %578 = load <8 x float>, <8 x float>* %19, align 32
  %579 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %555, <8 x float> %578)
  store <8 x float> %579, <8 x float>* %19, align 32
  %580 = add i64 %154, 31
  %581 = getelementptr inbounds float, float* %1, i64 %580
  %582 = load float, float* %581, align 4
  %583 = insertelement <8 x float> undef, float %582, i32 0
  %splat45 = shufflevector <8 x float> %583, <8 x float> undef, <8 x i32> zeroinitializer
  %584 = load <8 x float>, <8 x float>* %24, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %551, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %24, align 32
  %586 = load <8 x float>, <8 x float>* %18, align 32
  %587 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %555, <8 x float> %586)
  store <8 x float> %587, <8 x float>* %18, align 32
  %588 = add i64 %154, 39
  %589 = getelementptr inbounds float, float* %1, i64 %588
  %590 = load float, float* %589, align 4
  %591 = insertelement <8 x float> undef, float %590, i32 0
  %splat46 = shufflevector <8 x float> %591, <8 x float> undef, <8 x i32> zeroinitializer
  %592 = load <8 x float>, <8 x float>* %23, align 32
  %593 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %551, <8 x float> %592)
  store <8 x float> %593, <8 x float>* %23, align 32
  %594 = load <8 x float>, <8 x float>* %17, align 32
  %595 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %555, <8 x float> %594)
  store <8 x float> %595, <8 x float>* %17, align 32
  %596 = add i64 %154, 47
  %597 = getelementptr inbounds float, float* %1, i64 %596
  %598 = load float, float* %597, align 4
  %599 = insertelement <8 x float> undef, float %598, i32 0
  %splat47 = shufflevector <8 x float> %599, <8 x float> undef, <8 x i32> zeroinitializer
  %600 = load <8 x float>, <8 x float>* %22, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %551, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %22, align 32
  %602 = load <8 x float>, <8 x float>* %16, align 32
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %555, <8 x float> %602)
  store <8 x float> %603, <8 x float>* %16, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %604 = load <8 x float>, <8 x float>* %27, align 32
  %605 = fcmp olt <8 x float> %604, zeroinitializer
  %606 = select <8 x i1> %605, <8 x float> zeroinitializer, <8 x float> %604
  %607 = getelementptr inbounds float, float* %0, i64 %54
  %608 = bitcast float* %607 to <8 x float>*
  store <8 x float> %606, <8 x float>* %608, align 4
  %609 = load <8 x float>, <8 x float>* %26, align 32
  %610 = fcmp olt <8 x float> %609, zeroinitializer
  %611 = select <8 x i1> %610, <8 x float> zeroinitializer, <8 x float> %609
  %612 = getelementptr inbounds float, float* %0, i64 %57
  %613 = bitcast float* %612 to <8 x float>*
  store <8 x float> %611, <8 x float>* %613, align 4
  %614 = load <8 x float>, <8 x float>* %25, align 32
  %615 = fcmp olt <8 x float> %614, zeroinitializer
  %616 = select <8 x i1> %615, <8 x float> zeroinitializer, <8 x float> %614
  %617 = getelementptr inbounds float, float* %0, i64 %60
  %618 = bitcast float* %617 to <8 x float>*
  store <8 x float> %616, <8 x float>* %618, align 4
  %619 = load <8 x float>, <8 x float>* %24, align 32
  %620 = fcmp olt <8 x float> %619, zeroinitializer
  %621 = select <8 x i1> %620, <8 x float> zeroinitializer, <8 x float> %619
  %622 = getelementptr inbounds float, float* %0, i64 %63
  %623 = bitcast float* %622 to <8 x float>*
  store <8 x float> %621, <8 x float>* %623, align 4
  %624 = load <8 x float>, <8 x float>* %23, align 32
  %625 = fcmp olt <8 x float> %624, zeroinitializer
  %626 = select <8 x i1> %625, <8 x float> zeroinitializer, <8 x float> %624
  %627 = getelementptr inbounds float, float* %0, i64 %66
  %628 = bitcast float* %627 to <8 x float>*
  store <8 x float> %626, <8 x float>* %628, align 4
  %629 = load <8 x float>, <8 x float>* %22, align 32
  %630 = fcmp olt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> zeroinitializer, <8 x float> %629
  %632 = getelementptr inbounds float, float* %0, i64 %69
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = load <8 x float>, <8 x float>* %21, align 32
  %635 = fcmp olt <8 x float> %634, zeroinitializer
  %636 = select <8 x i1> %635, <8 x float> zeroinitializer, <8 x float> %634
  %637 = getelementptr inbounds float, float* %0, i64 %78
  %638 = bitcast float* %637 to <8 x float>*
  store <8 x float> %636, <8 x float>* %638, align 4
  %639 = load <8 x float>, <8 x float>* %20, align 32
  %640 = fcmp olt <8 x float> %639, zeroinitializer
  %641 = select <8 x i1> %640, <8 x float> zeroinitializer, <8 x float> %639
  %642 = getelementptr inbounds float, float* %0, i64 %81
  %643 = bitcast float* %642 to <8 x float>*
  store <8 x float> %641, <8 x float>* %643, align 4
  %644 = load <8 x float>, <8 x float>* %19, align 32
  %645 = fcmp olt <8 x float> %644, zeroinitializer
  %646 = select <8 x i1> %645, <8 x float> zeroinitializer, <8 x float> %644
  %647 = getelementptr inbounds float, float* %0, i64 %84
  %648 = bitcast float* %647 to <8 x float>*
  store <8 x float> %646, <8 x float>* %648, align 4
  %649 = load <8 x float>, <8 x float>* %18, align 32
  %650 = fcmp olt <8 x float> %649, zeroinitializer
  %651 = select <8 x i1> %650, <8 x float> zeroinitializer, <8 x float> %649
  %652 = getelementptr inbounds float, float* %0, i64 %87
  %653 = bitcast float* %652 to <8 x float>*
  store <8 x float> %651, <8 x float>* %653, align 4
  %654 = load <8 x float>, <8 x float>* %17, align 32
  %655 = fcmp olt <8 x float> %654, zeroinitializer
  %656 = select <8 x i1> %655, <8 x float> zeroinitializer, <8 x float> %654
  %657 = getelementptr inbounds float, float* %0, i64 %90
  %658 = bitcast float* %657 to <8 x float>*
  store <8 x float> %656, <8 x float>* %658, align 4
  %659 = load <8 x float>, <8 x float>* %16, align 32
  %660 = fcmp olt <8 x float> %659, zeroinitializer
  %661 = select <8 x i1> %660, <8 x float> zeroinitializer, <8 x float> %659
  %662 = getelementptr inbounds float, float* %0, i64 %93
  %663 = bitcast float* %662 to <8 x float>*
  store <8 x float> %661, <8 x float>* %663, align 4
  %x.next = add i64 %x, 6
  br label %x.header

u.header48:                                       ; preds = %u.body49, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next84, %u.body49 ]
  %664 = icmp slt i64 %u51, 32
  br i1 %664, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %665 = add i64 0, %u51
  %666 = mul i64 %665, 5408
  %667 = add i64 %146, %666
  %668 = mul i64 %665, 64
  %669 = add i64 %43, %668
  %670 = add i64 %667, 0
  %671 = add i64 %670, 0
  %672 = add i64 %669, 0
  %673 = add i64 %672, 0
  %674 = getelementptr inbounds float, float* %4, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %672, 2048
  %678 = getelementptr inbounds float, float* %4, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %671, 0
  %682 = getelementptr inbounds float, float* %1, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat52 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %15, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %676, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %15, align 32
  %687 = load <8 x float>, <8 x float>* %11, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %680, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %11, align 32
  %689 = add i64 %671, 8
  %690 = getelementptr inbounds float, float* %1, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat53 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %14, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %676, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %14, align 32
  %695 = load <8 x float>, <8 x float>* %10, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %680, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %10, align 32
  %697 = add i64 %671, 16
  %698 = getelementptr inbounds float, float* %1, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat54 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %13, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %676, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %13, align 32
  %703 = load <8 x float>, <8 x float>* %9, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %680, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %9, align 32
  %705 = add i64 %671, 24
  %706 = getelementptr inbounds float, float* %1, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat55 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %12, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %676, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %12, align 32
  %711 = load <8 x float>, <8 x float>* %8, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %680, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %8, align 32
  %713 = add i64 %672, 8
  %714 = getelementptr inbounds float, float* %4, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %672, 2056
  %718 = getelementptr inbounds float, float* %4, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %671, 1
  %722 = getelementptr inbounds float, float* %1, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat56 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %15, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %716, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %15, align 32
  %727 = load <8 x float>, <8 x float>* %11, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %720, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %11, align 32
  %729 = add i64 %671, 9
  %730 = getelementptr inbounds float, float* %1, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat57 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %14, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %716, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %14, align 32
  %735 = load <8 x float>, <8 x float>* %10, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %720, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %10, align 32
  %737 = add i64 %671, 17
  %738 = getelementptr inbounds float, float* %1, i64 %737
  %739 = load float, float* %738, align 4
  %740 = insertelement <8 x float> undef, float %739, i32 0
  %splat58 = shufflevector <8 x float> %740, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, <8 x float>* %13, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %716, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %13, align 32
  %743 = load <8 x float>, <8 x float>* %9, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %720, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %9, align 32
  %745 = add i64 %671, 25
  %746 = getelementptr inbounds float, float* %1, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat59 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %12, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %716, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %12, align 32
  %751 = load <8 x float>, <8 x float>* %8, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %720, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %8, align 32
  %753 = add i64 %672, 16
  %754 = getelementptr inbounds float, float* %4, i64 %753
  %755 = bitcast float* %754 to <8 x float>*
  %756 = load <8 x float>, <8 x float>* %755, align 4
  %757 = add i64 %672, 2064
  %758 = getelementptr inbounds float, float* %4, i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = add i64 %671, 2
  %762 = getelementptr inbounds float, float* %1, i64 %761
  %763 = load float, float* %762, align 4
  %764 = insertelement <8 x float> undef, float %763, i32 0
  %splat60 = shufflevector <8 x float> %764, <8 x float> undef, <8 x i32> zeroinitializer
  %765 = load <8 x float>, <8 x float>* %15, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %756, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %15, align 32
  %767 = load <8 x float>, <8 x float>* %11, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %760, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %11, align 32
  %769 = add i64 %671, 10
  %770 = getelementptr inbounds float, float* %1, i64 %769
  %771 = load float, float* %770, align 4
  %772 = insertelement <8 x float> undef, float %771, i32 0
  %splat61 = shufflevector <8 x float> %772, <8 x float> undef, <8 x i32> zeroinitializer
  %773 = load <8 x float>, <8 x float>* %14, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %756, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %14, align 32
  %775 = load <8 x float>, <8 x float>* %10, align 32
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %760, <8 x float> %775)
  store <8 x float> %776, <8 x float>* %10, align 32
  %777 = add i64 %671, 18
  %778 = getelementptr inbounds float, float* %1, i64 %777
  %779 = load float, float* %778, align 4
  %780 = insertelement <8 x float> undef, float %779, i32 0
  %splat62 = shufflevector <8 x float> %780, <8 x float> undef, <8 x i32> zeroinitializer
  %781 = load <8 x float>, <8 x float>* %13, align 32
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %756, <8 x float> %781)
  store <8 x float> %782, <8 x float>* %13, align 32
  %783 = load <8 x float>, <8 x float>* %9, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %760, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %9, align 32
  %785 = add i64 %671, 26
  %786 = getelementptr inbounds float, float* %1, i64 %785
  %787 = load float, float* %786, align 4
  %788 = insertelement <8 x float> undef, float %787, i32 0
  %splat63 = shufflevector <8 x float> %788, <8 x float> undef, <8 x i32> zeroinitializer
  %789 = load <8 x float>, <8 x float>* %12, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %756, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %12, align 32
  %791 = load <8 x float>, <8 x float>* %8, align 32
  %792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %760, <8 x float> %791)
  store <8 x float> %792, <8 x float>* %8, align 32
  %793 = add i64 %672, 24
  %794 = getelementptr inbounds float, float* %4, i64 %793
  %795 = bitcast float* %794 to <8 x float>*
  %796 = load <8 x float>, <8 x float>* %795, align 4
  %797 = add i64 %672, 2072
  %798 = getelementptr inbounds float, float* %4, i64 %797
  %799 = bitcast float* %798 to <8 x float>*
  %800 = load <8 x float>, <8 x float>* %799, align 4
  %801 = add i64 %671, 3
  %802 = getelementptr inbounds float, float* %1, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat64 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %15, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %796, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %15, align 32
  %807 = load <8 x float>, <8 x float>* %11, align 32
  %808 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %800, <8 x float> %807)
  store <8 x float> %808, <8 x float>* %11, align 32
  %809 = add i64 %671, 11
  %810 = getelementptr inbounds float, float* %1, i64 %809
  %811 = load float, float* %810, align 4
  %812 = insertelement <8 x float> undef, float %811, i32 0
  %splat65 = shufflevector <8 x float> %812, <8 x float> undef, <8 x i32> zeroinitializer
  %813 = load <8 x float>, <8 x float>* %14, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %796, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %14, align 32
  %815 = load <8 x float>, <8 x float>* %10, align 32
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %800, <8 x float> %815)
  store <8 x float> %816, <8 x float>* %10, align 32
  %817 = add i64 %671, 19
  %818 = getelementptr inbounds float, float* %1, i64 %817
  %819 = load float, float* %818, align 4
  %820 = insertelement <8 x float> undef, float %819, i32 0
  %splat66 = shufflevector <8 x float> %820, <8 x float> undef, <8 x i32> zeroinitializer
  %821 = load <8 x float>, <8 x float>* %13, align 32
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %796, <8 x float> %821)
  store <8 x float> %822, <8 x float>* %13, align 32
  %823 = load <8 x float>, <8 x float>* %9, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %800, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %9, align 32
  %825 = add i64 %671, 27
  %826 = getelementptr inbounds float, float* %1, i64 %825
  %827 = load float, float* %826, align 4
  %828 = insertelement <8 x float> undef, float %827, i32 0
  %splat67 = shufflevector <8 x float> %828, <8 x float> undef, <8 x i32> zeroinitializer
  %829 = load <8 x float>, <8 x float>* %12, align 32
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %796, <8 x float> %829)
  store <8 x float> %830, <8 x float>* %12, align 32
  %831 = load <8 x float>, <8 x float>* %8, align 32
  %832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %800, <8 x float> %831)
  store <8 x float> %832, <8 x float>* %8, align 32
  %833 = add i64 %672, 32
  %834 = getelementptr inbounds float, float* %4, i64 %833
  %835 = bitcast float* %834 to <8 x float>*
  %836 = load <8 x float>, <8 x float>* %835, align 4
  %837 = add i64 %672, 2080
  %838 = getelementptr inbounds float, float* %4, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  %840 = load <8 x float>, <8 x float>* %839, align 4
  %841 = add i64 %671, 4
  %842 = getelementptr inbounds float, float* %1, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat68 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %15, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %836, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %15, align 32
  %847 = load <8 x float>, <8 x float>* %11, align 32
  %848 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %840, <8 x float> %847)
  store <8 x float> %848, <8 x float>* %11, align 32
  %849 = add i64 %671, 12
  %850 = getelementptr inbounds float, float* %1, i64 %849
  %851 = load float, float* %850, align 4
  %852 = insertelement <8 x float> undef, float %851, i32 0
  %splat69 = shufflevector <8 x float> %852, <8 x float> undef, <8 x i32> zeroinitializer
  %853 = load <8 x float>, <8 x float>* %14, align 32
  %854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %836, <8 x float> %853)
  store <8 x float> %854, <8 x float>* %14, align 32
  %855 = load <8 x float>, <8 x float>* %10, align 32
  %856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %840, <8 x float> %855)
  store <8 x float> %856, <8 x float>* %10, align 32
  %857 = add i64 %671, 20
  %858 = getelementptr inbounds float, float* %1, i64 %857
  %859 = load float, float* %858, align 4
  %860 = insertelement <8 x float> undef, float %859, i32 0
  %splat70 = shufflevector <8 x float> %860, <8 x float> undef, <8 x i32> zeroinitializer
  %861 = load <8 x float>, <8 x float>* %13, align 32
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %836, <8 x float> %861)
  store <8 x float> %862, <8 x float>* %13, align 32
  %863 = load <8 x float>, <8 x float>* %9, align 32
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %840, <8 x float> %863)
  store <8 x float> %864, <8 x float>* %9, align 32
  %865 = add i64 %671, 28
  %866 = getelementptr inbounds float, float* %1, i64 %865
  %867 = load float, float* %866, align 4
  %868 = insertelement <8 x float> undef, float %867, i32 0
  %splat71 = shufflevector <8 x float> %868, <8 x float> undef, <8 x i32> zeroinitializer
  %869 = load <8 x float>, <8 x float>* %12, align 32
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %836, <8 x float> %869)
  store <8 x float> %870, <8 x float>* %12, align 32
  %871 = load <8 x float>, <8 x float>* %8, align 32
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %840, <8 x float> %871)
  store <8 x float> %872, <8 x float>* %8, align 32
  %873 = add i64 %672, 40
  %874 = getelementptr inbounds float, float* %4, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %672, 2088
  %878 = getelementptr inbounds float, float* %4, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %671, 5
  %882 = getelementptr inbounds float, float* %1, i64 %881
  %883 = load float, float* %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %splat72 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %885 = load <8 x float>, <8 x float>* %15, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %876, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %15, align 32
  %887 = load <8 x float>, <8 x float>* %11, align 32
  %888 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %880, <8 x float> %887)
  store <8 x float> %888, <8 x float>* %11, align 32
  %889 = add i64 %671, 13
  %890 = getelementptr inbounds float, float* %1, i64 %889
  %891 = load float, float* %890, align 4
  %892 = insertelement <8 x float> undef, float %891, i32 0
  %splat73 = shufflevector <8 x float> %892, <8 x float> undef, <8 x i32> zeroinitializer
  %893 = load <8 x float>, <8 x float>* %14, align 32
  %894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %876, <8 x float> %893)
  store <8 x float> %894, <8 x float>* %14, align 32
  %895 = load <8 x float>, <8 x float>* %10, align 32
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %880, <8 x float> %895)
  store <8 x float> %896, <8 x float>* %10, align 32
  %897 = add i64 %671, 21
  %898 = getelementptr inbounds float, float* %1, i64 %897
  %899 = load float, float* %898, align 4
  %900 = insertelement <8 x float> undef, float %899, i32 0
  %splat74 = shufflevector <8 x float> %900, <8 x float> undef, <8 x i32> zeroinitializer
  %901 = load <8 x float>, <8 x float>* %13, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %876, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %13, align 32
  %903 = load <8 x float>, <8 x float>* %9, align 32
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %880, <8 x float> %903)
  store <8 x float> %904, <8 x float>* %9, align 32
  %905 = add i64 %671, 29
  %906 = getelementptr inbounds float, float* %1, i64 %905
  %907 = load float, float* %906, align 4
  %908 = insertelement <8 x float> undef, float %907, i32 0
  %splat75 = shufflevector <8 x float> %908, <8 x float> undef, <8 x i32> zeroinitializer
  %909 = load <8 x float>, <8 x float>* %12, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %876, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %12, align 32
  %911 = load <8 x float>, <8 x float>* %8, align 32
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %880, <8 x float> %911)
  store <8 x float> %912, <8 x float>* %8, align 32
  %913 = add i64 %672, 48
  %914 = getelementptr inbounds float, float* %4, i64 %913
  %915 = bitcast float* %914 to <8 x float>*
  %916 = load <8 x float>, <8 x float>* %915, align 4
  %917 = add i64 %672, 2096
  %918 = getelementptr inbounds float, float* %4, i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = add i64 %671, 6
  %922 = getelementptr inbounds float, float* %1, i64 %921
  %923 = load float, float* %922, align 4
  %924 = insertelement <8 x float> undef, float %923, i32 0
  %splat76 = shufflevector <8 x float> %924, <8 x float> undef, <8 x i32> zeroinitializer
  %925 = load <8 x float>, <8 x float>* %15, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %916, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %15, align 32
  %927 = load <8 x float>, <8 x float>* %11, align 32
  %928 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %920, <8 x float> %927)
  store <8 x float> %928, <8 x float>* %11, align 32
  %929 = add i64 %671, 14
  %930 = getelementptr inbounds float, float* %1, i64 %929
  %931 = load float, float* %930, align 4
  %932 = insertelement <8 x float> undef, float %931, i32 0
  %splat77 = shufflevector <8 x float> %932, <8 x float> undef, <8 x i32> zeroinitializer
  %933 = load <8 x float>, <8 x float>* %14, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %916, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %14, align 32
  %935 = load <8 x float>, <8 x float>* %10, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %920, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %10, align 32
  %937 = add i64 %671, 22
  %938 = getelementptr inbounds float, float* %1, i64 %937
  %939 = load float, float* %938, align 4
  %940 = insertelement <8 x float> undef, float %939, i32 0
  %splat78 = shufflevector <8 x float> %940, <8 x float> undef, <8 x i32> zeroinitializer
  %941 = load <8 x float>, <8 x float>* %13, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %916, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %13, align 32
  %943 = load <8 x float>, <8 x float>* %9, align 32
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %920, <8 x float> %943)
  store <8 x float> %944, <8 x float>* %9, align 32
  %945 = add i64 %671, 30
  %946 = getelementptr inbounds float, float* %1, i64 %945
  %947 = load float, float* %946, align 4
  %948 = insertelement <8 x float> undef, float %947, i32 0
  %splat79 = shufflevector <8 x float> %948, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, <8 x float>* %12, align 32
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %916, <8 x float> %949)
  store <8 x float> %950, <8 x float>* %12, align 32
  %951 = load <8 x float>, <8 x float>* %8, align 32
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %920, <8 x float> %951)
  store <8 x float> %952, <8 x float>* %8, align 32
  %953 = add i64 %672, 56
  %954 = getelementptr inbounds float, float* %4, i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  %957 = add i64 %672, 2104
  %958 = getelementptr inbounds float, float* %4, i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = add i64 %671, 7
  %962 = getelementptr inbounds float, float* %1, i64 %961
  %963 = load float, float* %962, align 4
  %964 = insertelement <8 x float> undef, float %963, i32 0
  %splat80 = shufflevector <8 x float> %964, <8 x float> undef, <8 x i32> zeroinitializer
  %965 = load <8 x float>, <8 x float>* %15, align 32
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %956, <8 x float> %965)
  store <8 x float> %966, <8 x float>* %15, align 32
  %967 = load <8 x float>, <8 x float>* %11, align 32
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %960, <8 x float> %967)
  store <8 x float> %968, <8 x float>* %11, align 32
  %969 = add i64 %671, 15
  %970 = getelementptr inbounds float, float* %1, i64 %969
  %971 = load float, float* %970, align 4
  %972 = insertelement <8 x float> undef, float %971, i32 0
  %splat81 = shufflevector <8 x float> %972, <8 x float> undef, <8 x i32> zeroinitializer
  %973 = load <8 x float>, <8 x float>* %14, align 32
  %974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %956, <8 x float> %973)
  store <8 x float> %974, <8 x float>* %14, align 32
  %975 = load <8 x float>, <8 x float>* %10, align 32
  %976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %960, <8 x float> %975)
  store <8 x float> %976, <8 x float>* %10, align 32
  %977 = add i64 %671, 23
  %978 = getelementptr inbounds float, float* %1, i64 %977
  %979 = load float, float* %978, align 4
  %980 = insertelement <8 x float> undef, float %979, i32 0
  %splat82 = shufflevector <8 x float> %980, <8 x float> undef, <8 x i32> zeroinitializer
  %981 = load <8 x float>, <8 x float>* %13, align 32
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %956, <8 x float> %981)
  store <8 x float> %982, <8 x float>* %13, align 32
  %983 = load <8 x float>, <8 x float>* %9, align 32
  %984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %960, <8 x float> %983)
  store <8 x float> %984, <8 x float>* %9, align 32
  %985 = add i64 %671, 31
  %986 = getelementptr inbounds float, float* %1, i64 %985
  %987 = load float, float* %986, align 4
  %988 = insertelement <8 x float> undef, float %987, i32 0
  %splat83 = shufflevector <8 x float> %988, <8 x float> undef, <8 x i32> zeroinitializer
  %989 = load <8 x float>, <8 x float>* %12, align 32
  %990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %956, <8 x float> %989)
  store <8 x float> %990, <8 x float>* %12, align 32
  %991 = load <8 x float>, <8 x float>* %8, align 32
  %992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %960, <8 x float> %991)
  store <8 x float> %992, <8 x float>* %8, align 32
  %u.next84 = add i64 %u51, 1
  br label %u.header48

u.exit50:                                         ; preds = %u.header48
  %993 = load <8 x float>, <8 x float>* %15, align 32
  %994 = fcmp olt <8 x float> %993, zeroinitializer
  %995 = select <8 x i1> %994, <8 x float> zeroinitializer, <8 x float> %993
  %996 = getelementptr inbounds float, float* %0, i64 %114
  %997 = bitcast float* %996 to <8 x float>*
  store <8 x float> %995, <8 x float>* %997, align 4
  %998 = load <8 x float>, <8 x float>* %14, align 32
  %999 = fcmp olt <8 x float> %998, zeroinitializer
  %1000 = select <8 x i1> %999, <8 x float> zeroinitializer, <8 x float> %998
  %1001 = getelementptr inbounds float, float* %0, i64 %116
  %1002 = bitcast float* %1001 to <8 x float>*
  store <8 x float> %1000, <8 x float>* %1002, align 4
  %1003 = load <8 x float>, <8 x float>* %13, align 32
  %1004 = fcmp olt <8 x float> %1003, zeroinitializer
  %1005 = select <8 x i1> %1004, <8 x float> zeroinitializer, <8 x float> %1003
  %1006 = getelementptr inbounds float, float* %0, i64 %118
  %1007 = bitcast float* %1006 to <8 x float>*
  store <8 x float> %1005, <8 x float>* %1007, align 4
  %1008 = load <8 x float>, <8 x float>* %12, align 32
  %1009 = fcmp olt <8 x float> %1008, zeroinitializer
  %1010 = select <8 x i1> %1009, <8 x float> zeroinitializer, <8 x float> %1008
  %1011 = getelementptr inbounds float, float* %0, i64 %120
  %1012 = bitcast float* %1011 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1012, align 4
  %1013 = load <8 x float>, <8 x float>* %11, align 32
  %1014 = fcmp olt <8 x float> %1013, zeroinitializer
  %1015 = select <8 x i1> %1014, <8 x float> zeroinitializer, <8 x float> %1013
  %1016 = getelementptr inbounds float, float* %0, i64 %128
  %1017 = bitcast float* %1016 to <8 x float>*
  store <8 x float> %1015, <8 x float>* %1017, align 4
  %1018 = load <8 x float>, <8 x float>* %10, align 32
  %1019 = fcmp olt <8 x float> %1018, zeroinitializer
  %1020 = select <8 x i1> %1019, <8 x float> zeroinitializer, <8 x float> %1018
  %1021 = getelementptr inbounds float, float* %0, i64 %130
  %1022 = bitcast float* %1021 to <8 x float>*
  store <8 x float> %1020, <8 x float>* %1022, align 4
  %1023 = load <8 x float>, <8 x float>* %9, align 32
  %1024 = fcmp olt <8 x float> %1023, zeroinitializer
  %1025 = select <8 x i1> %1024, <8 x float> zeroinitializer, <8 x float> %1023
  %1026 = getelementptr inbounds float, float* %0, i64 %132
  %1027 = bitcast float* %1026 to <8 x float>*
  store <8 x float> %1025, <8 x float>* %1027, align 4
  %1028 = load <8 x float>, <8 x float>* %8, align 32
  %1029 = fcmp olt <8 x float> %1028, zeroinitializer
  %1030 = select <8 x i1> %1029, <8 x float> zeroinitializer, <8 x float> %1028
  %1031 = getelementptr inbounds float, float* %0, i64 %134
  %1032 = bitcast float* %1031 to <8 x float>*
  store <8 x float> %1030, <8 x float>* %1032, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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
  call void @node5.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = sdiv i64 %task, 12
  %12 = srem i64 %task, 12
  %13 = mul i64 %11, 5408
  %14 = getelementptr inbounds float, float* %1, i64 %13
  %15 = mul i64 %11, 12
  %16 = add i64 %15, %12
  %17 = mul i64 %16, 96
  %18 = getelementptr inbounds float, float* %0, i64 %17
  %19 = mul i64 %12, 2
  %20 = sub i64 %19, 0
  %21 = add i64 %20, 3
  %22 = icmp sgt i64 %20, 0
  %23 = select i1 %22, i64 %20, i64 0
  %24 = icmp slt i64 %21, 26
  %25 = select i1 %24, i64 %21, i64 26
  %26 = icmp slt i64 %21, 26
  %27 = select i1 %26, i64 %21, i64 26
  %28 = sub i64 %27, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 12
  br i1 %29, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  %30 = mul i64 %x, 2
  %31 = sub i64 %30, 0
  br label %r.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %23, %x.body ], [ %r.next, %r.body ]
  %32 = icmp slt i64 %r, %25
  br i1 %32, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %33 = mul i64 %r, 26
  %34 = add i64 %33, %31
  %35 = mul i64 %34, 8
  %36 = load <8 x float>, <8 x float>* %9, align 32
  %37 = add i64 %35, 0
  %38 = getelementptr inbounds float, float* %14, i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %36, <8 x float> %40)
  %42 = add i64 %35, 8
  %43 = getelementptr inbounds float, float* %14, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %41, <8 x float> %45)
  %47 = add i64 %35, 16
  %48 = getelementptr inbounds float, float* %14, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %46, <8 x float> %50)
  store <8 x float> %51, <8 x float>* %9, align 32
  %52 = load <8 x float>, <8 x float>* %8, align 32
  %53 = add i64 %35, 16
  %54 = getelementptr inbounds float, float* %14, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %52, <8 x float> %56)
  %58 = add i64 %35, 24
  %59 = getelementptr inbounds float, float* %14, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %57, <8 x float> %61)
  %63 = add i64 %35, 32
  %64 = getelementptr inbounds float, float* %14, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %62, <8 x float> %66)
  store <8 x float> %67, <8 x float>* %8, align 32
  %68 = load <8 x float>, <8 x float>* %7, align 32
  %69 = add i64 %35, 32
  %70 = getelementptr inbounds float, float* %14, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  %73 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %68, <8 x float> %72)
  %74 = add i64 %35, 40
  %75 = getelementptr inbounds float, float* %14, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %73, <8 x float> %77)
  %79 = add i64 %35, 48
  %80 = getelementptr inbounds float, float* %14, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %78, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %7, align 32
  %84 = load <8 x float>, <8 x float>* %6, align 32
  %85 = add i64 %35, 48
  %86 = getelementptr inbounds float, float* %14, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %84, <8 x float> %88)
  %90 = add i64 %35, 56
  %91 = getelementptr inbounds float, float* %14, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %89, <8 x float> %93)
  %95 = add i64 %35, 64
  %96 = getelementptr inbounds float, float* %14, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %94, <8 x float> %98)
  store <8 x float> %99, <8 x float>* %6, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %100 = load <8 x float>, <8 x float>* %9, align 32
  %101 = add i64 %x, 0
  %102 = mul i64 %101, 8
  %103 = getelementptr inbounds float, float* %18, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %100, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %8, align 32
  %106 = add i64 %x, 1
  %107 = mul i64 %106, 8
  %108 = getelementptr inbounds float, float* %18, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %105, <8 x float>* %109, align 4
  %110 = load <8 x float>, <8 x float>* %7, align 32
  %111 = add i64 %x, 2
  %112 = mul i64 %111, 8
  %113 = getelementptr inbounds float, float* %18, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %110, <8 x float>* %114, align 4
  %115 = load <8 x float>, <8 x float>* %6, align 32
  %116 = add i64 %x, 3
  %117 = mul i64 %116, 8
  %118 = getelementptr inbounds float, float* %18, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %115, <8 x float>* %119, align 4
  %x.next = add i64 %x, 4
  br label %x.header
}

; Function Attrs: noinline nounwind
define internal void @node7.maxPool2d_2.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node7.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node8.conv2d_7.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node8.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_7.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %234 = mul i64 %233, 2304
  %235 = add i64 50176, %234
  %236 = getelementptr inbounds float, float* %2, i64 %235
  %237 = mul i64 %233, 98304
  %238 = getelementptr inbounds float, float* bitcast ([14155776 x i8]* @weight.conv2d_7.winograd to float*), i64 %237
  %239 = mul i64 %233, 3456
  %240 = add i64 133120, %239
  %241 = srem i64 %task, 48
  %242 = srem i64 %241, 2
  %243 = sdiv i64 %241, 2
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
  %261 = getelementptr inbounds float, float* %238, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %259, 8
  %265 = getelementptr inbounds float, float* %238, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = add i64 %244, 0
  %269 = mul i64 %268, 256
  %270 = add i64 %269, %k
  %271 = getelementptr inbounds float, float* %236, i64 %270
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
  %281 = getelementptr inbounds float, float* %236, i64 %280
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
  %291 = getelementptr inbounds float, float* %236, i64 %290
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
  %301 = getelementptr inbounds float, float* %236, i64 %300
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
  %313 = add i64 %240, %312
  %314 = getelementptr inbounds float, float* %2, i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  store <8 x float> %310, <8 x float>* %315, align 4
  %316 = add i64 %244, 1
  %317 = add i64 %245, 0
  %318 = load <8 x float>, <8 x float>* %23, align 32
  %319 = mul i64 %316, 384
  %320 = add i64 %319, %317
  %321 = add i64 %240, %320
  %322 = getelementptr inbounds float, float* %2, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  store <8 x float> %318, <8 x float>* %323, align 4
  %324 = add i64 %244, 2
  %325 = add i64 %245, 0
  %326 = load <8 x float>, <8 x float>* %22, align 32
  %327 = mul i64 %324, 384
  %328 = add i64 %327, %325
  %329 = add i64 %240, %328
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = bitcast float* %330 to <8 x float>*
  store <8 x float> %326, <8 x float>* %331, align 4
  %332 = add i64 %244, 3
  %333 = add i64 %245, 0
  %334 = load <8 x float>, <8 x float>* %21, align 32
  %335 = mul i64 %332, 384
  %336 = add i64 %335, %333
  %337 = add i64 %240, %336
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %334, <8 x float>* %339, align 4
  %340 = add i64 %244, 0
  %341 = add i64 %245, 8
  %342 = load <8 x float>, <8 x float>* %20, align 32
  %343 = mul i64 %340, 384
  %344 = add i64 %343, %341
  %345 = add i64 %240, %344
  %346 = getelementptr inbounds float, float* %2, i64 %345
  %347 = bitcast float* %346 to <8 x float>*
  store <8 x float> %342, <8 x float>* %347, align 4
  %348 = add i64 %244, 1
  %349 = add i64 %245, 8
  %350 = load <8 x float>, <8 x float>* %19, align 32
  %351 = mul i64 %348, 384
  %352 = add i64 %351, %349
  %353 = add i64 %240, %352
  %354 = getelementptr inbounds float, float* %2, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  store <8 x float> %350, <8 x float>* %355, align 4
  %356 = add i64 %244, 2
  %357 = add i64 %245, 8
  %358 = load <8 x float>, <8 x float>* %18, align 32
  %359 = mul i64 %356, 384
  %360 = add i64 %359, %357
  %361 = add i64 %240, %360
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %358, <8 x float>* %363, align 4
  %364 = add i64 %244, 3
  %365 = add i64 %245, 8
  %366 = load <8 x float>, <8 x float>* %17, align 32
  %367 = mul i64 %364, 384
  %368 = add i64 %367, %365
  %369 = add i64 %240, %368
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
  %376 = getelementptr inbounds float, float* %238, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  %378 = load <8 x float>, <8 x float>* %377, align 4
  %379 = add i64 %374, 8
  %380 = getelementptr inbounds float, float* %238, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  %382 = load <8 x float>, <8 x float>* %381, align 4
  %383 = add i64 %244, 0
  %384 = mul i64 %383, 256
  %385 = add i64 %384, %k7
  %386 = getelementptr inbounds float, float* %236, i64 %385
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
  %396 = getelementptr inbounds float, float* %236, i64 %395
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
  %406 = getelementptr inbounds float, float* %236, i64 %405
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
  %416 = getelementptr inbounds float, float* %236, i64 %415
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
  %426 = getelementptr inbounds float, float* %236, i64 %425
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
  %438 = add i64 %240, %437
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  store <8 x float> %435, <8 x float>* %440, align 4
  %441 = add i64 %244, 1
  %442 = add i64 %245, 0
  %443 = load <8 x float>, <8 x float>* %15, align 32
  %444 = mul i64 %441, 384
  %445 = add i64 %444, %442
  %446 = add i64 %240, %445
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  store <8 x float> %443, <8 x float>* %448, align 4
  %449 = add i64 %244, 2
  %450 = add i64 %245, 0
  %451 = load <8 x float>, <8 x float>* %14, align 32
  %452 = mul i64 %449, 384
  %453 = add i64 %452, %450
  %454 = add i64 %240, %453
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  store <8 x float> %451, <8 x float>* %456, align 4
  %457 = add i64 %244, 3
  %458 = add i64 %245, 0
  %459 = load <8 x float>, <8 x float>* %13, align 32
  %460 = mul i64 %457, 384
  %461 = add i64 %460, %458
  %462 = add i64 %240, %461
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %459, <8 x float>* %464, align 4
  %465 = add i64 %244, 4
  %466 = add i64 %245, 0
  %467 = load <8 x float>, <8 x float>* %12, align 32
  %468 = mul i64 %465, 384
  %469 = add i64 %468, %466
  %470 = add i64 %240, %469
  %471 = getelementptr inbounds float, float* %2, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  store <8 x float> %467, <8 x float>* %472, align 4
  %473 = add i64 %244, 0
  %474 = add i64 %245, 8
  %475 = load <8 x float>, <8 x float>* %11, align 32
  %476 = mul i64 %473, 384
  %477 = add i64 %476, %474
  %478 = add i64 %240, %477
  %479 = getelementptr inbounds float, float* %2, i64 %478
  %480 = bitcast float* %479 to <8 x float>*
  store <8 x float> %475, <8 x float>* %480, align 4
  %481 = add i64 %244, 1
  %482 = add i64 %245, 8
  %483 = load <8 x float>, <8 x float>* %10, align 32
  %484 = mul i64 %481, 384
  %485 = add i64 %484, %482
  %486 = add i64 %240, %485
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = bitcast float* %487 to <8 x float>*
  store <8 x float> %483, <8 x float>* %488, align 4
  %489 = add i64 %244, 2
  %490 = add i64 %245, 8
  %491 = load <8 x float>, <8 x float>* %9, align 32
  %492 = mul i64 %489, 384
  %493 = add i64 %492, %490
  %494 = add i64 %240, %493
  %495 = getelementptr inbounds float, float* %2, i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  store <8 x float> %491, <8 x float>* %496, align 4
  %497 = add i64 %244, 3
  %498 = add i64 %245, 8
  %499 = load <8 x float>, <8 x float>* %8, align 32
  %500 = mul i64 %497, 384
  %501 = add i64 %500, %498
  %502 = add i64 %240, %501
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = bitcast float* %503 to <8 x float>*
  store <8 x float> %499, <8 x float>* %504, align 4
  %505 = add i64 %244, 4
  %506 = add i64 %245, 8
  %507 = load <8 x float>, <8 x float>* %7, align 32
  %508 = mul i64 %505, 384
  %509 = add i64 %508, %506
  %510 = add i64 %240, %509
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
  %526 = mul i64 %tile17, 384
  %527 = add i64 133120, %526
  %528 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit16:                                      ; preds = %tile.header14
  ret void

block.header:                                     ; preds = %row.exit20, %tile.body15
  %block = phi i64 [ 0, %tile.body15 ], [ %block.next, %row.exit20 ]
  %529 = icmp slt i64 %block, 48
  br i1 %529, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %530 = mul i64 %block, 8
  %531 = add i64 %527, %530
  br label %row.header18

block.exit:                                       ; preds = %block.header
  %tile.next23 = add i64 %tile17, 1
  br label %tile.header14, !llvm.loop !9

row.header18:                                     ; preds = %row.body19, %block.body
  %row21 = phi i64 [ 0, %block.body ], [ %row.next22, %row.body19 ]
  %532 = icmp slt i64 %row21, 6
  br i1 %532, label %row.body19, label %row.exit20

row.body19:                                       ; preds = %row.header18
  %533 = mul i64 %row21, 20736
  %534 = add i64 %531, %533
  %535 = add i64 %534, 0
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %534, 3456
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %534, 6912
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %534, 10368
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %534, 13824
  %552 = getelementptr inbounds float, float* %2, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %534, 17280
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = fadd <8 x float> %542, %546
  %560 = fsub <8 x float> %542, %546
  %561 = fadd <8 x float> %550, %554
  %562 = fsub <8 x float> %550, %554
  %563 = fadd <8 x float> %538, %559
  %564 = fadd <8 x float> %563, %561
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %560)
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %559)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %560)
  %568 = fadd <8 x float> %567, %558
  %569 = mul i64 %row21, 32
  %570 = add i64 %569, 0
  %571 = getelementptr inbounds float, float* %528, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %564, <8 x float>* %572, align 4
  %573 = mul i64 %row21, 32
  %574 = add i64 %573, 8
  %575 = getelementptr inbounds float, float* %528, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  store <8 x float> %565, <8 x float>* %576, align 4
  %577 = mul i64 %row21, 32
  %578 = add i64 %577, 16
  %579 = getelementptr inbounds float, float* %528, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %566, <8 x float>* %580, align 4
  %581 = mul i64 %row21, 32
  %582 = add i64 %581, 24
  %583 = getelementptr inbounds float, float* %528, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  store <8 x float> %568, <8 x float>* %584, align 4
  %row.next22 = add i64 %row21, 1
  br label %row.header18, !llvm.loop !10

row.exit20:                                       ; preds = %row.header18
  %585 = mul i64 %block, 8
  %586 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv2d_7.bias to float*), i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = mul i64 %block, 1152
  %590 = add i64 %525, %589
  %591 = getelementptr inbounds float, float* %528, i64 0
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %528, i64 32
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %528, i64 64
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %528, i64 96
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %528, i64 128
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = getelementptr inbounds float, float* %528, i64 160
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = fadd <8 x float> %596, %599
  %610 = fsub <8 x float> %596, %599
  %611 = fadd <8 x float> %602, %605
  %612 = fsub <8 x float> %602, %605
  %613 = fadd <8 x float> %593, %609
  %614 = fadd <8 x float> %613, %611
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %610)
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %611, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %609)
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %610)
  %618 = fadd <8 x float> %617, %608
  %619 = add i64 %590, 0
  %620 = fadd <8 x float> %614, %588
  %621 = fcmp olt <8 x float> %620, zeroinitializer
  %622 = select <8 x i1> %621, <8 x float> zeroinitializer, <8 x float> %620
  %623 = getelementptr inbounds float, float* %0, i64 %619
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %622, <8 x float>* %624, align 4
  %625 = add i64 %590, 96
  %626 = fadd <8 x float> %615, %588
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %625
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = add i64 %590, 192
  %632 = fadd <8 x float> %616, %588
  %633 = fcmp olt <8 x float> %632, zeroinitializer
  %634 = select <8 x i1> %633, <8 x float> zeroinitializer, <8 x float> %632
  %635 = getelementptr inbounds float, float* %0, i64 %631
  %636 = bitcast float* %635 to <8 x float>*
  store <8 x float> %634, <8 x float>* %636, align 4
  %637 = add i64 %590, 288
  %638 = fadd <8 x float> %618, %588
  %639 = fcmp olt <8 x float> %638, zeroinitializer
  %640 = select <8 x i1> %639, <8 x float> zeroinitializer, <8 x float> %638
  %641 = getelementptr inbounds float, float* %0, i64 %637
  %642 = bitcast float* %641 to <8 x float>*
  store <8 x float> %640, <8 x float>* %642, align 4
  %643 = getelementptr inbounds float, float* %528, i64 8
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %528, i64 40
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %528, i64 72
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %528, i64 104
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %528, i64 136
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %528, i64 168
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = fadd <8 x float> %648, %651
  %662 = fsub <8 x float> %648, %651
  %663 = fadd <8 x float> %654, %657
  %664 = fsub <8 x float> %654, %657
  %665 = fadd <8 x float> %645, %661
  %666 = fadd <8 x float> %665, %663
  %667 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %662)
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %663, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %661)
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %662)
  %670 = fadd <8 x float> %669, %660
  %671 = add i64 %590, 8
  %672 = fadd <8 x float> %666, %588
  %673 = fcmp olt <8 x float> %672, zeroinitializer
  %674 = select <8 x i1> %673, <8 x float> zeroinitializer, <8 x float> %672
  %675 = getelementptr inbounds float, float* %0, i64 %671
  %676 = bitcast float* %675 to <8 x float>*
  store <8 x float> %674, <8 x float>* %676, align 4
  %677 = add i64 %590, 104
  %678 = fadd <8 x float> %667, %588
  %679 = fcmp olt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> zeroinitializer, <8 x float> %678
  %681 = getelementptr inbounds float, float* %0, i64 %677
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %683 = add i64 %590, 200
  %684 = fadd <8 x float> %668, %588
  %685 = fcmp olt <8 x float> %684, zeroinitializer
  %686 = select <8 x i1> %685, <8 x float> zeroinitializer, <8 x float> %684
  %687 = getelementptr inbounds float, float* %0, i64 %683
  %688 = bitcast float* %687 to <8 x float>*
  store <8 x float> %686, <8 x float>* %688, align 4
  %689 = add i64 %590, 296
  %690 = fadd <8 x float> %670, %588
  %691 = fcmp olt <8 x float> %690, zeroinitializer
  %692 = select <8 x i1> %691, <8 x float> zeroinitializer, <8 x float> %690
  %693 = getelementptr inbounds float, float* %0, i64 %689
  %694 = bitcast float* %693 to <8 x float>*
  store <8 x float> %692, <8 x float>* %694, align 4
  %695 = getelementptr inbounds float, float* %528, i64 16
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = getelementptr inbounds float, float* %528, i64 48
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = getelementptr inbounds float, float* %528, i64 80
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = getelementptr inbounds float, float* %528, i64 112
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = getelementptr inbounds float, float* %528, i64 144
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = getelementptr inbounds float, float* %528, i64 176
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = fadd <8 x float> %700, %703
  %714 = fsub <8 x float> %700, %703
  %715 = fadd <8 x float> %706, %709
  %716 = fsub <8 x float> %706, %709
  %717 = fadd <8 x float> %697, %713
  %718 = fadd <8 x float> %717, %715
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %716, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %714)
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %715, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %713)
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %716, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %714)
  %722 = fadd <8 x float> %721, %712
  %723 = add i64 %590, 16
  %724 = fadd <8 x float> %718, %588
  %725 = fcmp olt <8 x float> %724, zeroinitializer
  %726 = select <8 x i1> %725, <8 x float> zeroinitializer, <8 x float> %724
  %727 = getelementptr inbounds float, float* %0, i64 %723
  %728 = bitcast float* %727 to <8 x float>*
  store <8 x float> %726, <8 x float>* %728, align 4
  %729 = add i64 %590, 112
  %730 = fadd <8 x float> %719, %588
  %731 = fcmp olt <8 x float> %730, zeroinitializer
  %732 = select <8 x i1> %731, <8 x float> zeroinitializer, <8 x float> %730
  %733 = getelementptr inbounds float, float* %0, i64 %729
  %734 = bitcast float* %733 to <8 x float>*
  store <8 x float> %732, <8 x float>* %734, align 4
  %735 = add i64 %590, 208
  %736 = fadd <8 x float> %720, %588
  %737 = fcmp olt <8 x float> %736, zeroinitializer
  %738 = select <8 x i1> %737, <8 x float> zeroinitializer, <8 x float> %736
  %739 = getelementptr inbounds float, float* %0, i64 %735
  %740 = bitcast float* %739 to <8 x float>*
  store <8 x float> %738, <8 x float>* %740, align 4
  %741 = add i64 %590, 304
  %742 = fadd <8 x float> %722, %588
  %743 = fcmp olt <8 x float> %742, zeroinitializer
  %744 = select <8 x i1> %743, <8 x float> zeroinitializer, <8 x float> %742
  %745 = getelementptr inbounds float, float* %0, i64 %741
  %746 = bitcast float* %745 to <8 x float>*
  store <8 x float> %744, <8 x float>* %746, align 4
  %747 = getelementptr inbounds float, float* %528, i64 24
  %748 = bitcast float* %747 to <8 x float>*
  %749 = load <8 x float>, <8 x float>* %748, align 4
  %750 = getelementptr inbounds float, float* %528, i64 56
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = getelementptr inbounds float, float* %528, i64 88
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = getelementptr inbounds float, float* %528, i64 120
  %757 = bitcast float* %756 to <8 x float>*
  %758 = load <8 x float>, <8 x float>* %757, align 4
  %759 = getelementptr inbounds float, float* %528, i64 152
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = getelementptr inbounds float, float* %528, i64 184
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = fadd <8 x float> %752, %755
  %766 = fsub <8 x float> %752, %755
  %767 = fadd <8 x float> %758, %761
  %768 = fsub <8 x float> %758, %761
  %769 = fadd <8 x float> %749, %765
  %770 = fadd <8 x float> %769, %767
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %768, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %766)
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %767, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %765)
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %768, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %766)
  %774 = fadd <8 x float> %773, %764
  %775 = add i64 %590, 24
  %776 = fadd <8 x float> %770, %588
  %777 = fcmp olt <8 x float> %776, zeroinitializer
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> %776
  %779 = getelementptr inbounds float, float* %0, i64 %775
  %780 = bitcast float* %779 to <8 x float>*
  store <8 x float> %778, <8 x float>* %780, align 4
  %781 = add i64 %590, 120
  %782 = fadd <8 x float> %771, %588
  %783 = fcmp olt <8 x float> %782, zeroinitializer
  %784 = select <8 x i1> %783, <8 x float> zeroinitializer, <8 x float> %782
  %785 = getelementptr inbounds float, float* %0, i64 %781
  %786 = bitcast float* %785 to <8 x float>*
  store <8 x float> %784, <8 x float>* %786, align 4
  %787 = add i64 %590, 216
  %788 = fadd <8 x float> %772, %588
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %787
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = add i64 %590, 312
  %794 = fadd <8 x float> %774, %588
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = getelementptr inbounds float, float* %0, i64 %793
  %798 = bitcast float* %797 to <8 x float>*
  store <8 x float> %796, <8 x float>* %798, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !11
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #5

; Function Attrs: noinline nounwind
define internal void @node8.conv2d_7.step1(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node8.conv2d_7.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %24 = mul i64 %23, 1
  %25 = sdiv i64 %task, 48
  %26 = srem i64 %25, 1
  %27 = sdiv i64 %25, 1
  %28 = mul i64 %26, 48
  %29 = mul i64 %21, 2
  %30 = add i64 %28, %29
  %31 = mul i64 %27, 48
  %32 = mul i64 %26, 48
  %33 = add i64 %31, %32
  %34 = mul i64 %33, 1152
  %35 = mul i64 %30, 3072
  %36 = mul i64 %24, 576
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %37 = icmp slt i64 %x, 72
  br i1 %37, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %38 = mul i64 %27, 48
  %39 = add i64 %38, %30
  %40 = add i64 %39, 0
  %41 = mul i64 %40, 2
  %42 = add i64 %41, %24
  %43 = mul i64 %42, 72
  %44 = add i64 %x, 0
  %45 = add i64 %43, %44
  %46 = mul i64 %45, 8
  %47 = add i64 %x, 1
  %48 = add i64 %43, %47
  %49 = mul i64 %48, 8
  %50 = add i64 %x, 2
  %51 = add i64 %43, %50
  %52 = mul i64 %51, 8
  %53 = add i64 %x, 3
  %54 = add i64 %43, %53
  %55 = mul i64 %54, 8
  %56 = add i64 %x, 4
  %57 = add i64 %43, %56
  %58 = mul i64 %57, 8
  %59 = add i64 %x, 5
  %60 = add i64 %43, %59
  %61 = mul i64 %60, 8
  %62 = mul i64 %27, 48
  %63 = add i64 %62, %30
  %64 = add i64 %63, 1
  %65 = mul i64 %64, 2
  %66 = add i64 %65, %24
  %67 = mul i64 %66, 72
  %68 = add i64 %x, 0
  %69 = add i64 %67, %68
  %70 = mul i64 %69, 8
  %71 = add i64 %x, 1
  %72 = add i64 %67, %71
  %73 = mul i64 %72, 8
  %74 = add i64 %x, 2
  %75 = add i64 %67, %74
  %76 = mul i64 %75, 8
  %77 = add i64 %x, 3
  %78 = add i64 %67, %77
  %79 = mul i64 %78, 8
  %80 = add i64 %x, 4
  %81 = add i64 %67, %80
  %82 = mul i64 %81, 8
  %83 = add i64 %x, 5
  %84 = add i64 %67, %83
  %85 = mul i64 %84, 8
  %86 = add i64 %30, 0
  %87 = mul i64 %86, 8
  %88 = getelementptr inbounds float, float* %5, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = add i64 %30, 1
  %92 = mul i64 %91, 8
  %93 = getelementptr inbounds float, float* %5, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  store <8 x float> %90, <8 x float>* %19, align 32
  store <8 x float> %90, <8 x float>* %18, align 32
  store <8 x float> %90, <8 x float>* %17, align 32
  store <8 x float> %90, <8 x float>* %16, align 32
  store <8 x float> %90, <8 x float>* %15, align 32
  store <8 x float> %90, <8 x float>* %14, align 32
  store <8 x float> %95, <8 x float>* %13, align 32
  store <8 x float> %95, <8 x float>* %12, align 32
  store <8 x float> %95, <8 x float>* %11, align 32
  store <8 x float> %95, <8 x float>* %10, align 32
  store <8 x float> %95, <8 x float>* %9, align 32
  store <8 x float> %95, <8 x float>* %8, align 32
  %96 = mul i64 %x, 8
  %97 = add i64 %36, %96
  %98 = add i64 %34, %97
  br label %u.header

x.exit:                                           ; preds = %x.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %99 = icmp slt i64 %u, 48
  br i1 %99, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %100 = add i64 0, %u
  %101 = mul i64 %100, 1152
  %102 = add i64 %98, %101
  %103 = mul i64 %100, 64
  %104 = add i64 %35, %103
  %105 = add i64 %102, 0
  %106 = add i64 %105, 0
  %107 = add i64 %104, 0
  %108 = add i64 %107, 0
  %109 = getelementptr inbounds float, float* %4, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %107, 3072
  %113 = getelementptr inbounds float, float* %4, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %106, 0
  %117 = getelementptr inbounds float, float* %1, i64 %116
  %118 = load float, float* %117, align 4
  %119 = insertelement <8 x float> undef, float %118, i32 0
  %splat = shufflevector <8 x float> %119, <8 x float> undef, <8 x i32> zeroinitializer
  %120 = load <8 x float>, <8 x float>* %19, align 32
  %121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %111, <8 x float> %120)
  store <8 x float> %121, <8 x float>* %19, align 32
  %122 = load <8 x float>, <8 x float>* %13, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %115, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %13, align 32
  %124 = add i64 %106, 8
  %125 = getelementptr inbounds float, float* %1, i64 %124
  %126 = load float, float* %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %splat1 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %128 = load <8 x float>, <8 x float>* %18, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %111, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %18, align 32
  %130 = load <8 x float>, <8 x float>* %12, align 32
  %131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %115, <8 x float> %130)
  store <8 x float> %131, <8 x float>* %12, align 32
  %132 = add i64 %106, 16
  %133 = getelementptr inbounds float, float* %1, i64 %132
  %134 = load float, float* %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %splat2 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, <8 x float>* %17, align 32
  %137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %111, <8 x float> %136)
  store <8 x float> %137, <8 x float>* %17, align 32
  %138 = load <8 x float>, <8 x float>* %11, align 32
  %139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %115, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %11, align 32
  %140 = add i64 %106, 24
  %141 = getelementptr inbounds float, float* %1, i64 %140
  %142 = load float, float* %141, align 4
  %143 = insertelement <8 x float> undef, float %142, i32 0
  %splat3 = shufflevector <8 x float> %143, <8 x float> undef, <8 x i32> zeroinitializer
  %144 = load <8 x float>, <8 x float>* %16, align 32
  %145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %111, <8 x float> %144)
  store <8 x float> %145, <8 x float>* %16, align 32
  %146 = load <8 x float>, <8 x float>* %10, align 32
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %115, <8 x float> %146)
  store <8 x float> %147, <8 x float>* %10, align 32
  %148 = add i64 %106, 32
  %149 = getelementptr inbounds float, float* %1, i64 %148
  %150 = load float, float* %149, align 4
  %151 = insertelement <8 x float> undef, float %150, i32 0
  %splat4 = shufflevector <8 x float> %151, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, <8 x float>* %15, align 32
  %153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %111, <8 x float> %152)
  store <8 x float> %153, <8 x float>* %15, align 32
  %154 = load <8 x float>, <8 x float>* %9, align 32
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %115, <8 x float> %154)
  store <8 x float> %155, <8 x float>* %9, align 32
  %156 = add i64 %106, 40
  %157 = getelementptr inbounds float, float* %1, i64 %156
  %158 = load float, float* %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %splat5 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, <8 x float>* %14, align 32
  %161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %111, <8 x float> %160)
  store <8 x float> %161, <8 x float>* %14, align 32
  %162 = load <8 x float>, <8 x float>* %8, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %115, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %8, align 32
  %164 = add i64 %107, 8
  %165 = getelementptr inbounds float, float* %4, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = add i64 %107, 3080
  %169 = getelementptr inbounds float, float* %4, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  %172 = add i64 %106, 1
  %173 = getelementptr inbounds float, float* %1, i64 %172
  %174 = load float, float* %173, align 4
  %175 = insertelement <8 x float> undef, float %174, i32 0
  %splat6 = shufflevector <8 x float> %175, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, <8 x float>* %19, align 32
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %167, <8 x float> %176)
  store <8 x float> %177, <8 x float>* %19, align 32
  %178 = load <8 x float>, <8 x float>* %13, align 32
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %171, <8 x float> %178)
  store <8 x float> %179, <8 x float>* %13, align 32
  %180 = add i64 %106, 9
  %181 = getelementptr inbounds float, float* %1, i64 %180
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i32 0
  %splat7 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %184 = load <8 x float>, <8 x float>* %18, align 32
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %167, <8 x float> %184)
  store <8 x float> %185, <8 x float>* %18, align 32
  %186 = load <8 x float>, <8 x float>* %12, align 32
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %171, <8 x float> %186)
  store <8 x float> %187, <8 x float>* %12, align 32
  %188 = add i64 %106, 17
  %189 = getelementptr inbounds float, float* %1, i64 %188
  %190 = load float, float* %189, align 4
  %191 = insertelement <8 x float> undef, float %190, i32 0
  %splat8 = shufflevector <8 x float> %191, <8 x float> undef, <8 x i32> zeroinitializer
  %192 = load <8 x float>, <8 x float>* %17, align 32
  %193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %167, <8 x float> %192)
  store <8 x float> %193, <8 x float>* %17, align 32
  %194 = load <8 x float>, <8 x float>* %11, align 32
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %171, <8 x float> %194)
  store <8 x float> %195, <8 x float>* %11, align 32
  %196 = add i64 %106, 25
  %197 = getelementptr inbounds float, float* %1, i64 %196
  %198 = load float, float* %197, align 4
  %199 = insertelement <8 x float> undef, float %198, i32 0
  %splat9 = shufflevector <8 x float> %199, <8 x float> undef, <8 x i32> zeroinitializer
  %200 = load <8 x float>, <8 x float>* %16, align 32
  %201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %167, <8 x float> %200)
  store <8 x float> %201, <8 x float>* %16, align 32
  %202 = load <8 x float>, <8 x float>* %10, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %171, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %10, align 32
  %204 = add i64 %106, 33
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat10 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %15, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %167, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %15, align 32
  %210 = load <8 x float>, <8 x float>* %9, align 32
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %171, <8 x float> %210)
  store <8 x float> %211, <8 x float>* %9, align 32
  %212 = add i64 %106, 41
  %213 = getelementptr inbounds float, float* %1, i64 %212
  %214 = load float, float* %213, align 4
  %215 = insertelement <8 x float> undef, float %214, i32 0
  %splat11 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %216 = load <8 x float>, <8 x float>* %14, align 32
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %167, <8 x float> %216)
  store <8 x float> %217, <8 x float>* %14, align 32
  %218 = load <8 x float>, <8 x float>* %8, align 32
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %171, <8 x float> %218)
  store <8 x float> %219, <8 x float>* %8, align 32
  %220 = add i64 %107, 16
  %221 = getelementptr inbounds float, float* %4, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = add i64 %107, 3088
  %225 = getelementptr inbounds float, float* %4, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = add i64 %106, 2
  %229 = getelementptr inbounds float, float* %1, i64 %228
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i32 0
  %splat12 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %19, align 32
  %233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %223, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %19, align 32
  %234 = load <8 x float>, <8 x float>* %13, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %227, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %13, align 32
  %236 = add i64 %106, 10
  %237 = getelementptr inbounds float, float* %1, i64 %236
  %238 = load float, float* %237, align 4
  %239 = insertelement <8 x float> undef, float %238, i32 0
  %splat13 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %240 = load <8 x float>, <8 x float>* %18, align 32
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %223, <8 x float> %240)
  store <8 x float> %241, <8 x float>* %18, align 32
  %242 = load <8 x float>, <8 x float>* %12, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %227, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %12, align 32
  %244 = add i64 %106, 18
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat14 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %17, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %223, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %17, align 32
  %250 = load <8 x float>, <8 x float>* %11, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %227, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %11, align 32
  %252 = add i64 %106, 26
  %253 = getelementptr inbounds float, float* %1, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat15 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %16, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %223, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %16, align 32
  %258 = load <8 x float>, <8 x float>* %10, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %227, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %10, align 32
  %260 = add i64 %106, 34
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat16 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %15, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %223, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %15, align 32
  %266 = load <8 x float>, <8 x float>* %9, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %227, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %9, align 32
  %268 = add i64 %106, 42
  %269 = getelementptr inbounds float, float* %1, i64 %268
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i32 0
  %splat17 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, <8 x float>* %14, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %223, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %14, align 32
  %274 = load <8 x float>, <8 x float>* %8, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %227, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %8, align 32
  %276 = add i64 %107, 24
  %277 = getelementptr inbounds float, float* %4, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = add i64 %107, 3096
  %281 = getelementptr inbounds float, float* %4, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  %283 = load <8 x float>, <8 x float>* %282, align 4
  %284 = add i64 %106, 3
  %285 = getelementptr inbounds float, float* %1, i64 %284
  %286 = load float, float* %285, align 4
  %287 = insertelement <8 x float> undef, float %286, i32 0
  %splat18 = shufflevector <8 x float> %287, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, <8 x float>* %19, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %279, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %19, align 32
  %290 = load <8 x float>, <8 x float>* %13, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %283, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %13, align 32
  %292 = add i64 %106, 11
  %293 = getelementptr inbounds float, float* %1, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat19 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %18, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %279, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %18, align 32
  %298 = load <8 x float>, <8 x float>* %12, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %283, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %12, align 32
  %300 = add i64 %106, 19
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat20 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %17, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %279, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %17, align 32
  %306 = load <8 x float>, <8 x float>* %11, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %283, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %11, align 32
  %308 = add i64 %106, 27
  %309 = getelementptr inbounds float, float* %1, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat21 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %16, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %279, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %16, align 32
  %314 = load <8 x float>, <8 x float>* %10, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %283, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %10, align 32
  %316 = add i64 %106, 35
  %317 = getelementptr inbounds float, float* %1, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat22 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %15, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %279, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %15, align 32
  %322 = load <8 x float>, <8 x float>* %9, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %283, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %9, align 32
  %324 = add i64 %106, 43
  %325 = getelementptr inbounds float, float* %1, i64 %324
  %326 = load float, float* %325, align 4
  %327 = insertelement <8 x float> undef, float %326, i32 0
  %splat23 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %328 = load <8 x float>, <8 x float>* %14, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %279, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %14, align 32
  %330 = load <8 x float>, <8 x float>* %8, align 32
  %331 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %283, <8 x float> %330)
  store <8 x float> %331, <8 x float>* %8, align 32
  %332 = add i64 %107, 32
  %333 = getelementptr inbounds float, float* %4, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = add i64 %107, 3104
  %337 = getelementptr inbounds float, float* %4, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = add i64 %106, 4
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat24 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %19, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %335, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %19, align 32
  %346 = load <8 x float>, <8 x float>* %13, align 32
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %339, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %13, align 32
  %348 = add i64 %106, 12
  %349 = getelementptr inbounds float, float* %1, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat25 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %18, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %335, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %18, align 32
  %354 = load <8 x float>, <8 x float>* %12, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %339, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %12, align 32
  %356 = add i64 %106, 20
  %357 = getelementptr inbounds float, float* %1, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat26 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %17, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %335, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %17, align 32
  %362 = load <8 x float>, <8 x float>* %11, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %339, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %11, align 32
  %364 = add i64 %106, 28
  %365 = getelementptr inbounds float, float* %1, i64 %364
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i32 0
  %splat27 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %368 = load <8 x float>, <8 x float>* %16, align 32
  %369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %335, <8 x float> %368)
  store <8 x float> %369, <8 x float>* %16, align 32
  %370 = load <8 x float>, <8 x float>* %10, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %339, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %10, align 32
  %372 = add i64 %106, 36
  %373 = getelementptr inbounds float, float* %1, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat28 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %15, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %335, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %15, align 32
  %378 = load <8 x float>, <8 x float>* %9, align 32
  %379 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %339, <8 x float> %378)
  store <8 x float> %379, <8 x float>* %9, align 32
  %380 = add i64 %106, 44
  %381 = getelementptr inbounds float, float* %1, i64 %380
  %382 = load float, float* %381, align 4
  %383 = insertelement <8 x float> undef, float %382, i32 0
  %splat29 = shufflevector <8 x float> %383, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, <8 x float>* %14, align 32
  %385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %335, <8 x float> %384)
  store <8 x float> %385, <8 x float>* %14, align 32
  %386 = load <8 x float>, <8 x float>* %8, align 32
  %387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %339, <8 x float> %386)
  store <8 x float> %387, <8 x float>* %8, align 32
  %388 = add i64 %107, 40
  %389 = getelementptr inbounds float, float* %4, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %107, 3112
  %393 = getelementptr inbounds float, float* %4, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = load <8 x float>, <8 x float>* %394, align 4
  %396 = add i64 %106, 5
  %397 = getelementptr inbounds float, float* %1, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat30 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %19, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %391, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %19, align 32
  %402 = load <8 x float>, <8 x float>* %13, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %395, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %13, align 32
  %404 = add i64 %106, 13
  %405 = getelementptr inbounds float, float* %1, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat31 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %18, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %391, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %18, align 32
  %410 = load <8 x float>, <8 x float>* %12, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %395, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %12, align 32
  %412 = add i64 %106, 21
  %413 = getelementptr inbounds float, float* %1, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat32 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %17, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %391, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %17, align 32
  %418 = load <8 x float>, <8 x float>* %11, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %395, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %11, align 32
  %420 = add i64 %106, 29
  %421 = getelementptr inbounds float, float* %1, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat33 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %16, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %391, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %16, align 32
  %426 = load <8 x float>, <8 x float>* %10, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %395, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %10, align 32
  %428 = add i64 %106, 37
  %429 = getelementptr inbounds float, float* %1, i64 %428
  %430 = load float, float* %429, align 4
  %431 = insertelement <8 x float> undef, float %430, i32 0
  %splat34 = shufflevector <8 x float> %431, <8 x float> undef, <8 x i32> zeroinitializer
  %432 = load <8 x float>, <8 x float>* %15, align 32
  %433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %391, <8 x float> %432)
  store <8 x float> %433, <8 x float>* %15, align 32
  %434 = load <8 x float>, <8 x float>* %9, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %395, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %9, align 32
  %436 = add i64 %106, 45
  %437 = getelementptr inbounds float, float* %1, i64 %436
  %438 = load float, float* %437, align 4
  %439 = insertelement <8 x float> undef, float %438, i32 0
  %splat35 = shufflevector <8 x float> %439, <8 x float> undef, <8 x i32> zeroinitializer
  %440 = load <8 x float>, <8 x float>* %14, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %391, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %14, align 32
  %442 = load <8 x float>, <8 x float>* %8, align 32
  %443 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %395, <8 x float> %442)
  store <8 x float> %443, <8 x float>* %8, align 32
  %444 = add i64 %107, 48
  %445 = getelementptr inbounds float, float* %4, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  %447 = load <8 x float>, <8 x float>* %446, align 4
  %448 = add i64 %107, 3120
  %449 = getelementptr inbounds float, float* %4, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = load <8 x float>, <8 x float>* %450, align 4
  %452 = add i64 %106, 6
  %453 = getelementptr inbounds float, float* %1, i64 %452
  %454 = load float, float* %453, align 4
  %455 = insertelement <8 x float> undef, float %454, i32 0
  %splat36 = shufflevector <8 x float> %455, <8 x float> undef, <8 x i32> zeroinitializer
  %456 = load <8 x float>, <8 x float>* %19, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %447, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %19, align 32
  %458 = load <8 x float>, <8 x float>* %13, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %451, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %13, align 32
  %460 = add i64 %106, 14
  %461 = getelementptr inbounds float, float* %1, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat37 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %18, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %447, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %18, align 32
  %466 = load <8 x float>, <8 x float>* %12, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %451, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %12, align 32
  %468 = add i64 %106, 22
  %469 = getelementptr inbounds float, float* %1, i64 %468
  %470 = load float, float* %469, align 4
  %471 = insertelement <8 x float> undef, float %470, i32 0
  %splat38 = shufflevector <8 x float> %471, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %447, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %17, align 32
  %474 = load <8 x float>, <8 x float>* %11, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %451, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %11, align 32
  %476 = add i64 %106, 30
  %477 = getelementptr inbounds float, float* %1, i64 %476
  %478 = load float, float* %477, align 4
  %479 = insertelement <8 x float> undef, float %478, i32 0
  %splat39 = shufflevector <8 x float> %479, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %447, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %16, align 32
  %482 = load <8 x float>, <8 x float>* %10, align 32
  %483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %451, <8 x float> %482)
  store <8 x float> %483, <8 x float>* %10, align 32
  %484 = add i64 %106, 38
  %485 = getelementptr inbounds float, float* %1, i64 %484
  %486 = load float, float* %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %splat40 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %447, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %15, align 32
  %490 = load <8 x float>, <8 x float>* %9, align 32
  %491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %451, <8 x float> %490)
  store <8 x float> %491, <8 x float>* %9, align 32
  %492 = add i64 %106, 46
  %493 = getelementptr inbounds float, float* %1, i64 %492
  %494 = load float, float* %493, align 4
  %495 = insertelement <8 x float> undef, float %494, i32 0
  %splat41 = shufflevector <8 x float> %495, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %447, <8 x float> %496)
  store <8 x float> %497, <8 x float>* %14, align 32
  %498 = load <8 x float>, <8 x float>* %8, align 32
  %499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %451, <8 x float> %498)
  store <8 x float> %499, <8 x float>* %8, align 32
  %500 = add i64 %107, 56
  %501 = getelementptr inbounds float, float* %4, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = add i64 %107, 3128
  %505 = getelementptr inbounds float, float* %4, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  %507 = load <8 x float>, <8 x float>* %506, align 4
  %508 = add i64 %106, 7
  %509 = getelementptr inbounds float, float* %1, i64 %508
  %510 = load float, float* %509, align 4
  %511 = insertelement <8 x float> undef, float %510, i32 0
  %splat42 = shufflevector <8 x float> %511, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, <8 x float>* %19, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %503, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %19, align 32
  %514 = load <8 x float>, <8 x float>* %13, align 32
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %507, <8 x float> %514)
  store <8 x float> %515, <8 x float>* %13, align 32
  %516 = add i64 %106, 15
  %517 = getelementptr inbounds float, float* %1, i64 %516
  %518 = load float, float* %517, align 4
  %519 = insertelement <8 x float> undef, float %518, i32 0
  %splat43 = shufflevector <8 x float> %519, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, <8 x float>* %18, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %503, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %18, align 32
  %522 = load <8 x float>, <8 x float>* %12, align 32
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %507, <8 x float> %522)
  store <8 x float> %523, <8 x float>* %12, align 32
  %524 = add i64 %106, 23
  %525 = getelementptr inbounds float, float* %1, i64 %524
  %526 = load float, float* %525, align 4
  %527 = insertelement <8 x float> undef, float %526, i32 0
  %splat44 = shufflevector <8 x float> %527, <8 x float> undef, <8 x i32> zeroinitializer
  %528 = load <8 x float>, <8 x float>* %17, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %503, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %17, align 32
  %530 = load <8 x float>, <8 x float>* %11, align 32
  %531 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %507, <8 x float> %530)
  store <8 x float> %531, <8 x float>* %11, align 32
  %532 = add i64 %106, 31
  %533 = getelementptr inbounds float, float* %1, i64 %532
  %534 = load float, float* %533, align 4
  %535 = insertelement <8 x float> undef, float %534, i32 0
  %splat45 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %536 = load <8 x float>, <8 x float>* %16, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %503, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %16, align 32
  %538 = load <8 x float>, <8 x float>* %10, align 32
  %539 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %507, <8 x float> %538)
  store <8 x float> %539, <8 x float>* %10, align 32
  %540 = add i64 %106, 39
  %541 = getelementptr inbounds float, float* %1, i64 %540
  %542 = load float, float* %541, align 4
  %543 = insertelement <8 x float> undef, float %542, i32 0
  %splat46 = shufflevector <8 x float> %543, <8 x float> undef, <8 x i32> zeroinitializer
  %544 = load <8 x float>, <8 x float>* %15, align 32
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %503, <8 x float> %544)
  store <8 x float> %545, <8 x float>* %15, align 32
  %546 = load <8 x float>, <8 x float>* %9, align 32
  %547 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %507, <8 x float> %546)
  store <8 x float> %547, <8 x float>* %9, align 32
  %548 = add i64 %106, 47
  %549 = getelementptr inbounds float, float* %1, i64 %548
  %550 = load float, float* %549, align 4
  %551 = insertelement <8 x float> undef, float %550, i32 0
  %splat47 = shufflevector <8 x float> %551, <8 x float> undef, <8 x i32> zeroinitializer
  %552 = load <8 x float>, <8 x float>* %14, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %503, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %14, align 32
  %554 = load <8 x float>, <8 x float>* %8, align 32
  %555 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %507, <8 x float> %554)
  store <8 x float> %555, <8 x float>* %8, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %556 = load <8 x float>, <8 x float>* %19, align 32
  %557 = fcmp olt <8 x float> %556, zeroinitializer
  %558 = select <8 x i1> %557, <8 x float> zeroinitializer, <8 x float> %556
  %559 = getelementptr inbounds float, float* %0, i64 %46
  %560 = bitcast float* %559 to <8 x float>*
  store <8 x float> %558, <8 x float>* %560, align 4
  %561 = load <8 x float>, <8 x float>* %18, align 32
  %562 = fcmp olt <8 x float> %561, zeroinitializer
  %563 = select <8 x i1> %562, <8 x float> zeroinitializer, <8 x float> %561
  %564 = getelementptr inbounds float, float* %0, i64 %49
  %565 = bitcast float* %564 to <8 x float>*
  store <8 x float> %563, <8 x float>* %565, align 4
  %566 = load <8 x float>, <8 x float>* %17, align 32
  %567 = fcmp olt <8 x float> %566, zeroinitializer
  %568 = select <8 x i1> %567, <8 x float> zeroinitializer, <8 x float> %566
  %569 = getelementptr inbounds float, float* %0, i64 %52
  %570 = bitcast float* %569 to <8 x float>*
  store <8 x float> %568, <8 x float>* %570, align 4
  %571 = load <8 x float>, <8 x float>* %16, align 32
  %572 = fcmp olt <8 x float> %571, zeroinitializer
  %573 = select <8 x i1> %572, <8 x float> zeroinitializer, <8 x float> %571
  %574 = getelementptr inbounds float, float* %0, i64 %55
  %575 = bitcast float* %574 to <8 x float>*
  store <8 x float> %573, <8 x float>* %575, align 4
  %576 = load <8 x float>, <8 x float>* %15, align 32
  %577 = fcmp olt <8 x float> %576, zeroinitializer
  %578 = select <8 x i1> %577, <8 x float> zeroinitializer, <8 x float> %576
  %579 = getelementptr inbounds float, float* %0, i64 %58
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %578, <8 x float>* %580, align 4
  %581 = load <8 x float>, <8 x float>* %14, align 32
  %582 = fcmp olt <8 x float> %581, zeroinitializer
  %583 = select <8 x i1> %582, <8 x float> zeroinitializer, <8 x float> %581
  %584 = getelementptr inbounds float, float* %0, i64 %61
  %585 = bitcast float* %584 to <8 x float>*
  store <8 x float> %583, <8 x float>* %585, align 4
  %586 = load <8 x float>, <8 x float>* %13, align 32
  %587 = fcmp olt <8 x float> %586, zeroinitializer
  %588 = select <8 x i1> %587, <8 x float> zeroinitializer, <8 x float> %586
  %589 = getelementptr inbounds float, float* %0, i64 %70
  %590 = bitcast float* %589 to <8 x float>*
  store <8 x float> %588, <8 x float>* %590, align 4
  %591 = load <8 x float>, <8 x float>* %12, align 32
  %592 = fcmp olt <8 x float> %591, zeroinitializer
  %593 = select <8 x i1> %592, <8 x float> zeroinitializer, <8 x float> %591
  %594 = getelementptr inbounds float, float* %0, i64 %73
  %595 = bitcast float* %594 to <8 x float>*
  store <8 x float> %593, <8 x float>* %595, align 4
  %596 = load <8 x float>, <8 x float>* %11, align 32
  %597 = fcmp olt <8 x float> %596, zeroinitializer
  %598 = select <8 x i1> %597, <8 x float> zeroinitializer, <8 x float> %596
  %599 = getelementptr inbounds float, float* %0, i64 %76
  %600 = bitcast float* %599 to <8 x float>*
  store <8 x float> %598, <8 x float>* %600, align 4
  %601 = load <8 x float>, <8 x float>* %10, align 32
  %602 = fcmp olt <8 x float> %601, zeroinitializer
  %603 = select <8 x i1> %602, <8 x float> zeroinitializer, <8 x float> %601
  %604 = getelementptr inbounds float, float* %0, i64 %79
  %605 = bitcast float* %604 to <8 x float>*
  store <8 x float> %603, <8 x float>* %605, align 4
  %606 = load <8 x float>, <8 x float>* %9, align 32
  %607 = fcmp olt <8 x float> %606, zeroinitializer
  %608 = select <8 x i1> %607, <8 x float> zeroinitializer, <8 x float> %606
  %609 = getelementptr inbounds float, float* %0, i64 %82
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %608, <8 x float>* %610, align 4
  %611 = load <8 x float>, <8 x float>* %8, align 32
  %612 = fcmp olt <8 x float> %611, zeroinitializer
  %613 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> %611
  %614 = getelementptr inbounds float, float* %0, i64 %85
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
  %x.next = add i64 %x, 6
  br label %x.header
}

; Function Attrs: noinline nounwind
define internal void @node9.conv2d_8.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node9.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node11.maxPool2d_3.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node11.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node12.conv2d_10.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node12.conv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_10.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %87 = mul i64 %84, 5
  %88 = sdiv i64 %task, 63
  %89 = srem i64 %88, 1
  %90 = sdiv i64 %88, 1
  %91 = mul i64 %89, 125
  %92 = mul i64 %86, 2
  %93 = add i64 %91, %92
  %94 = mul i64 %90, 48
  %95 = mul i64 %89, 48
  %96 = add i64 %94, %95
  %97 = mul i64 %96, 392
  %98 = mul i64 %93, 27648
  %99 = mul i64 %87, 56
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %endif, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %endif ]
  %100 = icmp slt i64 %chunk, 16
  br i1 %100, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  %101 = icmp eq i64 %86, 62
  br i1 %101, label %then, label %else

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

then:                                             ; preds = %chunk.body
  %102 = mul i64 %90, 125
  %103 = add i64 %102, %93
  %104 = add i64 %103, 0
  %105 = mul i64 %104, 5
  %106 = add i64 %105, %87
  %107 = mul i64 %106, 5
  %108 = add i64 %107, 0
  %109 = mul i64 %108, 8
  %110 = add i64 %107, 1
  %111 = mul i64 %110, 8
  %112 = add i64 %107, 2
  %113 = mul i64 %112, 8
  %114 = add i64 %107, 3
  %115 = mul i64 %114, 8
  %116 = add i64 %107, 4
  %117 = mul i64 %116, 8
  %118 = add i64 %93, 0
  %119 = mul i64 %118, 8
  %120 = getelementptr inbounds float, float* %5, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = icmp eq i64 %chunk, 0
  %124 = getelementptr inbounds float, float* %0, i64 %109
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = select i1 %123, <8 x float> %122, <8 x float> %126
  store <8 x float> %127, <8 x float>* %82, align 32
  %128 = getelementptr inbounds float, float* %0, i64 %111
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = select i1 %123, <8 x float> %122, <8 x float> %130
  store <8 x float> %131, <8 x float>* %81, align 32
  %132 = getelementptr inbounds float, float* %0, i64 %113
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = select i1 %123, <8 x float> %122, <8 x float> %134
  store <8 x float> %135, <8 x float>* %80, align 32
  %136 = getelementptr inbounds float, float* %0, i64 %115
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = select i1 %123, <8 x float> %122, <8 x float> %138
  store <8 x float> %139, <8 x float>* %79, align 32
  %140 = getelementptr inbounds float, float* %0, i64 %117
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = select i1 %123, <8 x float> %122, <8 x float> %142
  store <8 x float> %143, <8 x float>* %78, align 32
  %144 = add i64 %99, 0
  %145 = add i64 %97, %144
  %146 = mul i64 %chunk, 3
  br label %u.header

else:                                             ; preds = %chunk.body
  %147 = mul i64 %90, 125
  %148 = add i64 %147, %93
  %149 = add i64 %148, 0
  %150 = mul i64 %149, 5
  %151 = add i64 %150, %87
  %152 = mul i64 %151, 5
  %153 = add i64 %152, 0
  %154 = mul i64 %153, 8
  %155 = add i64 %152, 1
  %156 = mul i64 %155, 8
  %157 = add i64 %152, 2
  %158 = mul i64 %157, 8
  %159 = add i64 %152, 3
  %160 = mul i64 %159, 8
  %161 = add i64 %152, 4
  %162 = mul i64 %161, 8
  %163 = mul i64 %90, 125
  %164 = add i64 %163, %93
  %165 = add i64 %164, 1
  %166 = mul i64 %165, 5
  %167 = add i64 %166, %87
  %168 = mul i64 %167, 5
  %169 = add i64 %168, 0
  %170 = mul i64 %169, 8
  %171 = add i64 %168, 1
  %172 = mul i64 %171, 8
  %173 = add i64 %168, 2
  %174 = mul i64 %173, 8
  %175 = add i64 %168, 3
  %176 = mul i64 %175, 8
  %177 = add i64 %168, 4
  %178 = mul i64 %177, 8
  %179 = add i64 %93, 0
  %180 = mul i64 %179, 8
  %181 = getelementptr inbounds float, float* %5, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = add i64 %93, 1
  %185 = mul i64 %184, 8
  %186 = getelementptr inbounds float, float* %5, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = icmp eq i64 %chunk, 0
  %190 = getelementptr inbounds float, float* %0, i64 %154
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = select i1 %189, <8 x float> %183, <8 x float> %192
  store <8 x float> %193, <8 x float>* %57, align 32
  %194 = getelementptr inbounds float, float* %0, i64 %156
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = select i1 %189, <8 x float> %183, <8 x float> %196
  store <8 x float> %197, <8 x float>* %56, align 32
  %198 = getelementptr inbounds float, float* %0, i64 %158
  %199 = bitcast float* %198 to <8 x float>*
  %200 = load <8 x float>, <8 x float>* %199, align 4
  %201 = select i1 %189, <8 x float> %183, <8 x float> %200
  store <8 x float> %201, <8 x float>* %55, align 32
  %202 = getelementptr inbounds float, float* %0, i64 %160
  %203 = bitcast float* %202 to <8 x float>*
  %204 = load <8 x float>, <8 x float>* %203, align 4
  %205 = select i1 %189, <8 x float> %183, <8 x float> %204
  store <8 x float> %205, <8 x float>* %54, align 32
  %206 = getelementptr inbounds float, float* %0, i64 %162
  %207 = bitcast float* %206 to <8 x float>*
  %208 = load <8 x float>, <8 x float>* %207, align 4
  %209 = select i1 %189, <8 x float> %183, <8 x float> %208
  store <8 x float> %209, <8 x float>* %53, align 32
  %210 = getelementptr inbounds float, float* %0, i64 %170
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = select i1 %189, <8 x float> %188, <8 x float> %212
  store <8 x float> %213, <8 x float>* %52, align 32
  %214 = getelementptr inbounds float, float* %0, i64 %172
  %215 = bitcast float* %214 to <8 x float>*
  %216 = load <8 x float>, <8 x float>* %215, align 4
  %217 = select i1 %189, <8 x float> %188, <8 x float> %216
  store <8 x float> %217, <8 x float>* %51, align 32
  %218 = getelementptr inbounds float, float* %0, i64 %174
  %219 = bitcast float* %218 to <8 x float>*
  %220 = load <8 x float>, <8 x float>* %219, align 4
  %221 = select i1 %189, <8 x float> %188, <8 x float> %220
  store <8 x float> %221, <8 x float>* %50, align 32
  %222 = getelementptr inbounds float, float* %0, i64 %176
  %223 = bitcast float* %222 to <8 x float>*
  %224 = load <8 x float>, <8 x float>* %223, align 4
  %225 = select i1 %189, <8 x float> %188, <8 x float> %224
  store <8 x float> %225, <8 x float>* %49, align 32
  %226 = getelementptr inbounds float, float* %0, i64 %178
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = select i1 %189, <8 x float> %188, <8 x float> %228
  store <8 x float> %229, <8 x float>* %48, align 32
  %230 = add i64 %99, 0
  %231 = add i64 %97, %230
  %232 = mul i64 %chunk, 3
  br label %u.header260

endif:                                            ; preds = %u.exit482, %u.exit207
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !12

u.header:                                         ; preds = %kh.exit, %then
  %u = phi i64 [ 0, %then ], [ %u.next, %kh.exit ]
  %233 = icmp slt i64 %u, 3
  br i1 %233, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %234 = add i64 %146, %u
  %235 = mul i64 %234, 392
  %236 = add i64 %145, %235
  %237 = mul i64 %234, 576
  %238 = add i64 %98, %237
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %239 = icmp eq i64 %chunk, 15
  %240 = load <8 x float>, <8 x float>* %82, align 32
  %241 = fcmp olt <8 x float> %240, zeroinitializer
  %242 = select <8 x i1> %241, <8 x float> zeroinitializer, <8 x float> %240
  %243 = select i1 %239, <8 x float> %242, <8 x float> %240
  %244 = getelementptr inbounds float, float* %0, i64 %109
  %245 = bitcast float* %244 to <8 x float>*
  store <8 x float> %243, <8 x float>* %245, align 4
  %246 = load <8 x float>, <8 x float>* %81, align 32
  %247 = fcmp olt <8 x float> %246, zeroinitializer
  %248 = select <8 x i1> %247, <8 x float> zeroinitializer, <8 x float> %246
  %249 = select i1 %239, <8 x float> %248, <8 x float> %246
  %250 = getelementptr inbounds float, float* %0, i64 %111
  %251 = bitcast float* %250 to <8 x float>*
  store <8 x float> %249, <8 x float>* %251, align 4
  %252 = load <8 x float>, <8 x float>* %80, align 32
  %253 = fcmp olt <8 x float> %252, zeroinitializer
  %254 = select <8 x i1> %253, <8 x float> zeroinitializer, <8 x float> %252
  %255 = select i1 %239, <8 x float> %254, <8 x float> %252
  %256 = getelementptr inbounds float, float* %0, i64 %113
  %257 = bitcast float* %256 to <8 x float>*
  store <8 x float> %255, <8 x float>* %257, align 4
  %258 = load <8 x float>, <8 x float>* %79, align 32
  %259 = fcmp olt <8 x float> %258, zeroinitializer
  %260 = select <8 x i1> %259, <8 x float> zeroinitializer, <8 x float> %258
  %261 = select i1 %239, <8 x float> %260, <8 x float> %258
  %262 = getelementptr inbounds float, float* %0, i64 %115
  %263 = bitcast float* %262 to <8 x float>*
  store <8 x float> %261, <8 x float>* %263, align 4
  %264 = load <8 x float>, <8 x float>* %78, align 32
  %265 = fcmp olt <8 x float> %264, zeroinitializer
  %266 = select <8 x i1> %265, <8 x float> zeroinitializer, <8 x float> %264
  %267 = select i1 %239, <8 x float> %266, <8 x float> %264
  %268 = getelementptr inbounds float, float* %0, i64 %117
  %269 = bitcast float* %268 to <8 x float>*
  store <8 x float> %267, <8 x float>* %269, align 4
  %270 = mul i64 %90, 125
  %271 = add i64 %270, %93
  %272 = add i64 %271, 0
  %273 = mul i64 %272, 5
  %274 = add i64 %273, %87
  %275 = mul i64 %274, 5
  %276 = add i64 %275, 5
  %277 = mul i64 %276, 8
  %278 = add i64 %275, 6
  %279 = mul i64 %278, 8
  %280 = add i64 %275, 7
  %281 = mul i64 %280, 8
  %282 = add i64 %275, 8
  %283 = mul i64 %282, 8
  %284 = add i64 %275, 9
  %285 = mul i64 %284, 8
  %286 = add i64 %93, 0
  %287 = mul i64 %286, 8
  %288 = getelementptr inbounds float, float* %5, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  %290 = load <8 x float>, <8 x float>* %289, align 4
  %291 = icmp eq i64 %chunk, 0
  %292 = getelementptr inbounds float, float* %0, i64 %277
  %293 = bitcast float* %292 to <8 x float>*
  %294 = load <8 x float>, <8 x float>* %293, align 4
  %295 = select i1 %291, <8 x float> %290, <8 x float> %294
  store <8 x float> %295, <8 x float>* %77, align 32
  %296 = getelementptr inbounds float, float* %0, i64 %279
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = select i1 %291, <8 x float> %290, <8 x float> %298
  store <8 x float> %299, <8 x float>* %76, align 32
  %300 = getelementptr inbounds float, float* %0, i64 %281
  %301 = bitcast float* %300 to <8 x float>*
  %302 = load <8 x float>, <8 x float>* %301, align 4
  %303 = select i1 %291, <8 x float> %290, <8 x float> %302
  store <8 x float> %303, <8 x float>* %75, align 32
  %304 = getelementptr inbounds float, float* %0, i64 %283
  %305 = bitcast float* %304 to <8 x float>*
  %306 = load <8 x float>, <8 x float>* %305, align 4
  %307 = select i1 %291, <8 x float> %290, <8 x float> %306
  store <8 x float> %307, <8 x float>* %74, align 32
  %308 = getelementptr inbounds float, float* %0, i64 %285
  %309 = bitcast float* %308 to <8 x float>*
  %310 = load <8 x float>, <8 x float>* %309, align 4
  %311 = select i1 %291, <8 x float> %290, <8 x float> %310
  store <8 x float> %311, <8 x float>* %73, align 32
  %312 = add i64 %99, 0
  %313 = add i64 %97, %312
  %314 = mul i64 %chunk, 3
  br label %u.header40

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %315 = icmp slt i64 %kh, 3
  br i1 %315, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %316 = mul i64 %kh, 56
  %317 = add i64 %236, %316
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %318 = icmp slt i64 %kw, 3
  br i1 %318, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %319 = mul i64 %kw, 8
  %320 = add i64 %317, %319
  %321 = mul i64 %kh, 3
  %322 = add i64 %321, %kw
  %323 = mul i64 %322, 64
  %324 = add i64 %238, %323
  %325 = add i64 %324, 0
  %326 = getelementptr inbounds float, float* %4, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  %328 = load <8 x float>, <8 x float>* %327, align 4
  %329 = add i64 %320, 0
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %82, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %328, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %82, align 32
  %335 = add i64 %320, 8
  %336 = getelementptr inbounds float, float* %2, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat1 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %81, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %328, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %81, align 32
  %341 = add i64 %320, 16
  %342 = getelementptr inbounds float, float* %2, i64 %341
  %343 = load float, float* %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i32 0
  %splat2 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = load <8 x float>, <8 x float>* %80, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %328, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %80, align 32
  %347 = add i64 %320, 24
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i32 0
  %splat3 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %79, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %328, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %79, align 32
  %353 = add i64 %320, 32
  %354 = getelementptr inbounds float, float* %2, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat4 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %78, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %328, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %78, align 32
  %359 = add i64 %324, 8
  %360 = getelementptr inbounds float, float* %4, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  %362 = load <8 x float>, <8 x float>* %361, align 4
  %363 = add i64 %320, 1
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat5 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %82, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %362, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %82, align 32
  %369 = add i64 %320, 9
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = load float, float* %370, align 4
  %372 = insertelement <8 x float> undef, float %371, i32 0
  %splat6 = shufflevector <8 x float> %372, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %81, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %362, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %81, align 32
  %375 = add i64 %320, 17
  %376 = getelementptr inbounds float, float* %2, i64 %375
  %377 = load float, float* %376, align 4
  %378 = insertelement <8 x float> undef, float %377, i32 0
  %splat7 = shufflevector <8 x float> %378, <8 x float> undef, <8 x i32> zeroinitializer
  %379 = load <8 x float>, <8 x float>* %80, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %362, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %80, align 32
  %381 = add i64 %320, 25
  %382 = getelementptr inbounds float, float* %2, i64 %381
  %383 = load float, float* %382, align 4
  %384 = insertelement <8 x float> undef, float %383, i32 0
  %splat8 = shufflevector <8 x float> %384, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %79, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %362, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %79, align 32
  %387 = add i64 %320, 33
  %388 = getelementptr inbounds float, float* %2, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat9 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %78, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %362, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %78, align 32
  %393 = add i64 %324, 16
  %394 = getelementptr inbounds float, float* %4, i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  %396 = load <8 x float>, <8 x float>* %395, align 4
  %397 = add i64 %320, 2
  %398 = getelementptr inbounds float, float* %2, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat10 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %82, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %396, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %82, align 32
  %403 = add i64 %320, 10
  %404 = getelementptr inbounds float, float* %2, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat11 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %81, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %396, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %81, align 32
  %409 = add i64 %320, 18
  %410 = getelementptr inbounds float, float* %2, i64 %409
  %411 = load float, float* %410, align 4
  %412 = insertelement <8 x float> undef, float %411, i32 0
  %splat12 = shufflevector <8 x float> %412, <8 x float> undef, <8 x i32> zeroinitializer
  %413 = load <8 x float>, <8 x float>* %80, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %396, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %80, align 32
  %415 = add i64 %320, 26
  %416 = getelementptr inbounds float, float* %2, i64 %415
  %417 = load float, float* %416, align 4
  %418 = insertelement <8 x float> undef, float %417, i32 0
  %splat13 = shufflevector <8 x float> %418, <8 x float> undef, <8 x i32> zeroinitializer
  %419 = load <8 x float>, <8 x float>* %79, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %396, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %79, align 32
  %421 = add i64 %320, 34
  %422 = getelementptr inbounds float, float* %2, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat14 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %78, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %396, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %78, align 32
  %427 = add i64 %324, 24
  %428 = getelementptr inbounds float, float* %4, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = add i64 %320, 3
  %432 = getelementptr inbounds float, float* %2, i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat15 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %82, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %430, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %82, align 32
  %437 = add i64 %320, 11
  %438 = getelementptr inbounds float, float* %2, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat16 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %81, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %430, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %81, align 32
  %443 = add i64 %320, 19
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = load float, float* %444, align 4
  %446 = insertelement <8 x float> undef, float %445, i32 0
  %splat17 = shufflevector <8 x float> %446, <8 x float> undef, <8 x i32> zeroinitializer
  %447 = load <8 x float>, <8 x float>* %80, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %430, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %80, align 32
  %449 = add i64 %320, 27
  %450 = getelementptr inbounds float, float* %2, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat18 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %79, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %430, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %79, align 32
  %455 = add i64 %320, 35
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = load float, float* %456, align 4
  %458 = insertelement <8 x float> undef, float %457, i32 0
  %splat19 = shufflevector <8 x float> %458, <8 x float> undef, <8 x i32> zeroinitializer
  %459 = load <8 x float>, <8 x float>* %78, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %430, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %78, align 32
  %461 = add i64 %324, 32
  %462 = getelementptr inbounds float, float* %4, i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %320, 4
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = load float, float* %466, align 4
  %468 = insertelement <8 x float> undef, float %467, i32 0
  %splat20 = shufflevector <8 x float> %468, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, <8 x float>* %82, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %464, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %82, align 32
  %471 = add i64 %320, 12
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = load float, float* %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %splat21 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = load <8 x float>, <8 x float>* %81, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %464, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %81, align 32
  %477 = add i64 %320, 20
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat22 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %80, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %464, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %80, align 32
  %483 = add i64 %320, 28
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = load float, float* %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %splat23 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %487 = load <8 x float>, <8 x float>* %79, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %464, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %79, align 32
  %489 = add i64 %320, 36
  %490 = getelementptr inbounds float, float* %2, i64 %489
  %491 = load float, float* %490, align 4
  %492 = insertelement <8 x float> undef, float %491, i32 0
  %splat24 = shufflevector <8 x float> %492, <8 x float> undef, <8 x i32> zeroinitializer
  %493 = load <8 x float>, <8 x float>* %78, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %464, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %78, align 32
  %495 = add i64 %324, 40
  %496 = getelementptr inbounds float, float* %4, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  %498 = load <8 x float>, <8 x float>* %497, align 4
  %499 = add i64 %320, 5
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = load float, float* %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %splat25 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = load <8 x float>, <8 x float>* %82, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %498, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %82, align 32
  %505 = add i64 %320, 13
  %506 = getelementptr inbounds float, float* %2, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat26 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %81, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %498, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %81, align 32
  %511 = add i64 %320, 21
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = load float, float* %512, align 4
  %514 = insertelement <8 x float> undef, float %513, i32 0
  %splat27 = shufflevector <8 x float> %514, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, <8 x float>* %80, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %498, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %80, align 32
  %517 = add i64 %320, 29
  %518 = getelementptr inbounds float, float* %2, i64 %517
  %519 = load float, float* %518, align 4
  %520 = insertelement <8 x float> undef, float %519, i32 0
  %splat28 = shufflevector <8 x float> %520, <8 x float> undef, <8 x i32> zeroinitializer
  %521 = load <8 x float>, <8 x float>* %79, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %498, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %79, align 32
  %523 = add i64 %320, 37
  %524 = getelementptr inbounds float, float* %2, i64 %523
  %525 = load float, float* %524, align 4
  %526 = insertelement <8 x float> undef, float %525, i32 0
  %splat29 = shufflevector <8 x float> %526, <8 x float> undef, <8 x i32> zeroinitializer
  %527 = load <8 x float>, <8 x float>* %78, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %498, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %78, align 32
  %529 = add i64 %324, 48
  %530 = getelementptr inbounds float, float* %4, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  %532 = load <8 x float>, <8 x float>* %531, align 4
  %533 = add i64 %320, 6
  %534 = getelementptr inbounds float, float* %2, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat30 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %82, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %532, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %82, align 32
  %539 = add i64 %320, 14
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = load float, float* %540, align 4
  %542 = insertelement <8 x float> undef, float %541, i32 0
  %splat31 = shufflevector <8 x float> %542, <8 x float> undef, <8 x i32> zeroinitializer
  %543 = load <8 x float>, <8 x float>* %81, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %532, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %81, align 32
  %545 = add i64 %320, 22
  %546 = getelementptr inbounds float, float* %2, i64 %545
  %547 = load float, float* %546, align 4
  %548 = insertelement <8 x float> undef, float %547, i32 0
  %splat32 = shufflevector <8 x float> %548, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = load <8 x float>, <8 x float>* %80, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %532, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %80, align 32
  %551 = add i64 %320, 30
  %552 = getelementptr inbounds float, float* %2, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat33 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %79, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %532, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %79, align 32
  %557 = add i64 %320, 38
  %558 = getelementptr inbounds float, float* %2, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat34 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %78, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %532, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %78, align 32
  %563 = add i64 %324, 56
  %564 = getelementptr inbounds float, float* %4, i64 %563
  %565 = bitcast float* %564 to <8 x float>*
  %566 = load <8 x float>, <8 x float>* %565, align 4
  %567 = add i64 %320, 7
  %568 = getelementptr inbounds float, float* %2, i64 %567
  %569 = load float, float* %568, align 4
  %570 = insertelement <8 x float> undef, float %569, i32 0
  %splat35 = shufflevector <8 x float> %570, <8 x float> undef, <8 x i32> zeroinitializer
  %571 = load <8 x float>, <8 x float>* %82, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %566, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %82, align 32
  %573 = add i64 %320, 15
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = load float, float* %574, align 4
  %576 = insertelement <8 x float> undef, float %575, i32 0
  %splat36 = shufflevector <8 x float> %576, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, <8 x float>* %81, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %566, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %81, align 32
  %579 = add i64 %320, 23
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = load float, float* %580, align 4
  %582 = insertelement <8 x float> undef, float %581, i32 0
  %splat37 = shufflevector <8 x float> %582, <8 x float> undef, <8 x i32> zeroinitializer
  %583 = load <8 x float>, <8 x float>* %80, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %566, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %80, align 32
  %585 = add i64 %320, 31
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat38 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %79, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %566, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %79, align 32
  %591 = add i64 %320, 39
  %592 = getelementptr inbounds float, float* %2, i64 %591
  %593 = load float, float* %592, align 4
  %594 = insertelement <8 x float> undef, float %593, i32 0
  %splat39 = shufflevector <8 x float> %594, <8 x float> undef, <8 x i32> zeroinitializer
  %595 = load <8 x float>, <8 x float>* %78, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %566, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %78, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header40:                                       ; preds = %kh.exit46, %u.exit
  %u43 = phi i64 [ 0, %u.exit ], [ %u.next94, %kh.exit46 ]
  %597 = icmp slt i64 %u43, 3
  br i1 %597, label %u.body41, label %u.exit42

u.body41:                                         ; preds = %u.header40
  %598 = add i64 %314, %u43
  %599 = mul i64 %598, 392
  %600 = add i64 %313, %599
  %601 = mul i64 %598, 576
  %602 = add i64 %98, %601
  br label %kh.header44

u.exit42:                                         ; preds = %u.header40
  %603 = icmp eq i64 %chunk, 15
  %604 = load <8 x float>, <8 x float>* %77, align 32
  %605 = fcmp olt <8 x float> %604, zeroinitializer
  %606 = select <8 x i1> %605, <8 x float> zeroinitializer, <8 x float> %604
  %607 = select i1 %603, <8 x float> %606, <8 x float> %604
  %608 = getelementptr inbounds float, float* %0, i64 %277
  %609 = bitcast float* %608 to <8 x float>*
  store <8 x float> %607, <8 x float>* %609, align 4
  %610 = load <8 x float>, <8 x float>* %76, align 32
  %611 = fcmp olt <8 x float> %610, zeroinitializer
  %612 = select <8 x i1> %611, <8 x float> zeroinitializer, <8 x float> %610
  %613 = select i1 %603, <8 x float> %612, <8 x float> %610
  %614 = getelementptr inbounds float, float* %0, i64 %279
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
  %616 = load <8 x float>, <8 x float>* %75, align 32
  %617 = fcmp olt <8 x float> %616, zeroinitializer
  %618 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> %616
  %619 = select i1 %603, <8 x float> %618, <8 x float> %616
  %620 = getelementptr inbounds float, float* %0, i64 %281
  %621 = bitcast float* %620 to <8 x float>*
  store <8 x float> %619, <8 x float>* %621, align 4
  %622 = load <8 x float>, <8 x float>* %74, align 32
  %623 = fcmp olt <8 x float> %622, zeroinitializer
  %624 = select <8 x i1> %623, <8 x float> zeroinitializer, <8 x float> %622
  %625 = select i1 %603, <8 x float> %624, <8 x float> %622
  %626 = getelementptr inbounds float, float* %0, i64 %283
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %625, <8 x float>* %627, align 4
  %628 = load <8 x float>, <8 x float>* %73, align 32
  %629 = fcmp olt <8 x float> %628, zeroinitializer
  %630 = select <8 x i1> %629, <8 x float> zeroinitializer, <8 x float> %628
  %631 = select i1 %603, <8 x float> %630, <8 x float> %628
  %632 = getelementptr inbounds float, float* %0, i64 %285
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = mul i64 %90, 125
  %635 = add i64 %634, %93
  %636 = add i64 %635, 0
  %637 = mul i64 %636, 5
  %638 = add i64 %637, %87
  %639 = mul i64 %638, 5
  %640 = add i64 %639, 10
  %641 = mul i64 %640, 8
  %642 = add i64 %639, 11
  %643 = mul i64 %642, 8
  %644 = add i64 %639, 12
  %645 = mul i64 %644, 8
  %646 = add i64 %639, 13
  %647 = mul i64 %646, 8
  %648 = add i64 %639, 14
  %649 = mul i64 %648, 8
  %650 = add i64 %93, 0
  %651 = mul i64 %650, 8
  %652 = getelementptr inbounds float, float* %5, i64 %651
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = icmp eq i64 %chunk, 0
  %656 = getelementptr inbounds float, float* %0, i64 %641
  %657 = bitcast float* %656 to <8 x float>*
  %658 = load <8 x float>, <8 x float>* %657, align 4
  %659 = select i1 %655, <8 x float> %654, <8 x float> %658
  store <8 x float> %659, <8 x float>* %72, align 32
  %660 = getelementptr inbounds float, float* %0, i64 %643
  %661 = bitcast float* %660 to <8 x float>*
  %662 = load <8 x float>, <8 x float>* %661, align 4
  %663 = select i1 %655, <8 x float> %654, <8 x float> %662
  store <8 x float> %663, <8 x float>* %71, align 32
  %664 = getelementptr inbounds float, float* %0, i64 %645
  %665 = bitcast float* %664 to <8 x float>*
  %666 = load <8 x float>, <8 x float>* %665, align 4
  %667 = select i1 %655, <8 x float> %654, <8 x float> %666
  store <8 x float> %667, <8 x float>* %70, align 32
  %668 = getelementptr inbounds float, float* %0, i64 %647
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = select i1 %655, <8 x float> %654, <8 x float> %670
  store <8 x float> %671, <8 x float>* %69, align 32
  %672 = getelementptr inbounds float, float* %0, i64 %649
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = select i1 %655, <8 x float> %654, <8 x float> %674
  store <8 x float> %675, <8 x float>* %68, align 32
  %676 = add i64 %99, 0
  %677 = add i64 %97, %676
  %678 = mul i64 %chunk, 3
  br label %u.header95

kh.header44:                                      ; preds = %kw.exit50, %u.body41
  %kh47 = phi i64 [ 0, %u.body41 ], [ %kh.next93, %kw.exit50 ]
  %679 = icmp slt i64 %kh47, 3
  br i1 %679, label %kh.body45, label %kh.exit46

kh.body45:                                        ; preds = %kh.header44
  %680 = mul i64 %kh47, 56
  %681 = add i64 %600, %680
  br label %kw.header48

kh.exit46:                                        ; preds = %kh.header44
  %u.next94 = add i64 %u43, 1
  br label %u.header40

kw.header48:                                      ; preds = %kw.body49, %kh.body45
  %kw51 = phi i64 [ 0, %kh.body45 ], [ %kw.next92, %kw.body49 ]
  %682 = icmp slt i64 %kw51, 3
  br i1 %682, label %kw.body49, label %kw.exit50

kw.body49:                                        ; preds = %kw.header48
  %683 = mul i64 %kw51, 8
  %684 = add i64 %681, %683
  %685 = mul i64 %kh47, 3
  %686 = add i64 %685, %kw51
  %687 = mul i64 %686, 64
  %688 = add i64 %602, %687
  %689 = add i64 %688, 0
  %690 = getelementptr inbounds float, float* %4, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %684, 56
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat52 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %77, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %692, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %77, align 32
  %699 = add i64 %684, 64
  %700 = getelementptr inbounds float, float* %2, i64 %699
  %701 = load float, float* %700, align 4
  %702 = insertelement <8 x float> undef, float %701, i32 0
  %splat53 = shufflevector <8 x float> %702, <8 x float> undef, <8 x i32> zeroinitializer
  %703 = load <8 x float>, <8 x float>* %76, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %692, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %76, align 32
  %705 = add i64 %684, 72
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat54 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %75, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %692, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %75, align 32
  %711 = add i64 %684, 80
  %712 = getelementptr inbounds float, float* %2, i64 %711
  %713 = load float, float* %712, align 4
  %714 = insertelement <8 x float> undef, float %713, i32 0
  %splat55 = shufflevector <8 x float> %714, <8 x float> undef, <8 x i32> zeroinitializer
  %715 = load <8 x float>, <8 x float>* %74, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %692, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %74, align 32
  %717 = add i64 %684, 88
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat56 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %73, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %692, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %73, align 32
  %723 = add i64 %688, 8
  %724 = getelementptr inbounds float, float* %4, i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %684, 57
  %728 = getelementptr inbounds float, float* %2, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat57 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %77, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %726, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %77, align 32
  %733 = add i64 %684, 65
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat58 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %76, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %726, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %76, align 32
  %739 = add i64 %684, 73
  %740 = getelementptr inbounds float, float* %2, i64 %739
  %741 = load float, float* %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %splat59 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %743 = load <8 x float>, <8 x float>* %75, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %726, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %75, align 32
  %745 = add i64 %684, 81
  %746 = getelementptr inbounds float, float* %2, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat60 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %74, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %726, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %74, align 32
  %751 = add i64 %684, 89
  %752 = getelementptr inbounds float, float* %2, i64 %751
  %753 = load float, float* %752, align 4
  %754 = insertelement <8 x float> undef, float %753, i32 0
  %splat61 = shufflevector <8 x float> %754, <8 x float> undef, <8 x i32> zeroinitializer
  %755 = load <8 x float>, <8 x float>* %73, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %726, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %73, align 32
  %757 = add i64 %688, 16
  %758 = getelementptr inbounds float, float* %4, i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = add i64 %684, 58
  %762 = getelementptr inbounds float, float* %2, i64 %761
  %763 = load float, float* %762, align 4
  %764 = insertelement <8 x float> undef, float %763, i32 0
  %splat62 = shufflevector <8 x float> %764, <8 x float> undef, <8 x i32> zeroinitializer
  %765 = load <8 x float>, <8 x float>* %77, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %760, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %77, align 32
  %767 = add i64 %684, 66
  %768 = getelementptr inbounds float, float* %2, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat63 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %76, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %760, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %76, align 32
  %773 = add i64 %684, 74
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = load float, float* %774, align 4
  %776 = insertelement <8 x float> undef, float %775, i32 0
  %splat64 = shufflevector <8 x float> %776, <8 x float> undef, <8 x i32> zeroinitializer
  %777 = load <8 x float>, <8 x float>* %75, align 32
  %778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %760, <8 x float> %777)
  store <8 x float> %778, <8 x float>* %75, align 32
  %779 = add i64 %684, 82
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = load float, float* %780, align 4
  %782 = insertelement <8 x float> undef, float %781, i32 0
  %splat65 = shufflevector <8 x float> %782, <8 x float> undef, <8 x i32> zeroinitializer
  %783 = load <8 x float>, <8 x float>* %74, align 32
  %784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %760, <8 x float> %783)
  store <8 x float> %784, <8 x float>* %74, align 32
  %785 = add i64 %684, 90
  %786 = getelementptr inbounds float, float* %2, i64 %785
  %787 = load float, float* %786, align 4
  %788 = insertelement <8 x float> undef, float %787, i32 0
  %splat66 = shufflevector <8 x float> %788, <8 x float> undef, <8 x i32> zeroinitializer
  %789 = load <8 x float>, <8 x float>* %73, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %760, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %73, align 32
  %791 = add i64 %688, 24
  %792 = getelementptr inbounds float, float* %4, i64 %791
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = add i64 %684, 59
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = load float, float* %796, align 4
  %798 = insertelement <8 x float> undef, float %797, i32 0
  %splat67 = shufflevector <8 x float> %798, <8 x float> undef, <8 x i32> zeroinitializer
  %799 = load <8 x float>, <8 x float>* %77, align 32
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %794, <8 x float> %799)
  store <8 x float> %800, <8 x float>* %77, align 32
  %801 = add i64 %684, 67
  %802 = getelementptr inbounds float, float* %2, i64 %801
  %803 = load float, float* %802, align 4
  %804 = insertelement <8 x float> undef, float %803, i32 0
  %splat68 = shufflevector <8 x float> %804, <8 x float> undef, <8 x i32> zeroinitializer
  %805 = load <8 x float>, <8 x float>* %76, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %794, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %76, align 32
  %807 = add i64 %684, 75
  %808 = getelementptr inbounds float, float* %2, i64 %807
  %809 = load float, float* %808, align 4
  %810 = insertelement <8 x float> undef, float %809, i32 0
  %splat69 = shufflevector <8 x float> %810, <8 x float> undef, <8 x i32> zeroinitializer
  %811 = load <8 x float>, <8 x float>* %75, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %794, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %75, align 32
  %813 = add i64 %684, 83
  %814 = getelementptr inbounds float, float* %2, i64 %813
  %815 = load float, float* %814, align 4
  %816 = insertelement <8 x float> undef, float %815, i32 0
  %splat70 = shufflevector <8 x float> %816, <8 x float> undef, <8 x i32> zeroinitializer
  %817 = load <8 x float>, <8 x float>* %74, align 32
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %794, <8 x float> %817)
  store <8 x float> %818, <8 x float>* %74, align 32
  %819 = add i64 %684, 91
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = load float, float* %820, align 4
  %822 = insertelement <8 x float> undef, float %821, i32 0
  %splat71 = shufflevector <8 x float> %822, <8 x float> undef, <8 x i32> zeroinitializer
  %823 = load <8 x float>, <8 x float>* %73, align 32
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %794, <8 x float> %823)
  store <8 x float> %824, <8 x float>* %73, align 32
  %825 = add i64 %688, 32
  %826 = getelementptr inbounds float, float* %4, i64 %825
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = add i64 %684, 60
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = load float, float* %830, align 4
  %832 = insertelement <8 x float> undef, float %831, i32 0
  %splat72 = shufflevector <8 x float> %832, <8 x float> undef, <8 x i32> zeroinitializer
  %833 = load <8 x float>, <8 x float>* %77, align 32
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %828, <8 x float> %833)
  store <8 x float> %834, <8 x float>* %77, align 32
  %835 = add i64 %684, 68
  %836 = getelementptr inbounds float, float* %2, i64 %835
  %837 = load float, float* %836, align 4
  %838 = insertelement <8 x float> undef, float %837, i32 0
  %splat73 = shufflevector <8 x float> %838, <8 x float> undef, <8 x i32> zeroinitializer
  %839 = load <8 x float>, <8 x float>* %76, align 32
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %828, <8 x float> %839)
  store <8 x float> %840, <8 x float>* %76, align 32
  %841 = add i64 %684, 76
  %842 = getelementptr inbounds float, float* %2, i64 %841
  %843 = load float, float* %842, align 4
  %844 = insertelement <8 x float> undef, float %843, i32 0
  %splat74 = shufflevector <8 x float> %844, <8 x float> undef, <8 x i32> zeroinitializer
  %845 = load <8 x float>, <8 x float>* %75, align 32
  %846 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %828, <8 x float> %845)
  store <8 x float> %846, <8 x float>* %75, align 32
  %847 = add i64 %684, 84
  %848 = getelementptr inbounds float, float* %2, i64 %847
  %849 = load float, float* %848, align 4
  %850 = insertelement <8 x float> undef, float %849, i32 0
  %splat75 = shufflevector <8 x float> %850, <8 x float> undef, <8 x i32> zeroinitializer
  %851 = load <8 x float>, <8 x float>* %74, align 32
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %828, <8 x float> %851)
  store <8 x float> %852, <8 x float>* %74, align 32
  %853 = add i64 %684, 92
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = load float, float* %854, align 4
  %856 = insertelement <8 x float> undef, float %855, i32 0
  %splat76 = shufflevector <8 x float> %856, <8 x float> undef, <8 x i32> zeroinitializer
  %857 = load <8 x float>, <8 x float>* %73, align 32
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %828, <8 x float> %857)
  store <8 x float> %858, <8 x float>* %73, align 32
  %859 = add i64 %688, 40
  %860 = getelementptr inbounds float, float* %4, i64 %859
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = add i64 %684, 61
  %864 = getelementptr inbounds float, float* %2, i64 %863
  %865 = load float, float* %864, align 4
  %866 = insertelement <8 x float> undef, float %865, i32 0
  %splat77 = shufflevector <8 x float> %866, <8 x float> undef, <8 x i32> zeroinitializer
  %867 = load <8 x float>, <8 x float>* %77, align 32
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %862, <8 x float> %867)
  store <8 x float> %868, <8 x float>* %77, align 32
  %869 = add i64 %684, 69
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = load float, float* %870, align 4
  %872 = insertelement <8 x float> undef, float %871, i32 0
  %splat78 = shufflevector <8 x float> %872, <8 x float> undef, <8 x i32> zeroinitializer
  %873 = load <8 x float>, <8 x float>* %76, align 32
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %862, <8 x float> %873)
  store <8 x float> %874, <8 x float>* %76, align 32
  %875 = add i64 %684, 77
  %876 = getelementptr inbounds float, float* %2, i64 %875
  %877 = load float, float* %876, align 4
  %878 = insertelement <8 x float> undef, float %877, i32 0
  %splat79 = shufflevector <8 x float> %878, <8 x float> undef, <8 x i32> zeroinitializer
  %879 = load <8 x float>, <8 x float>* %75, align 32
  %880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %862, <8 x float> %879)
  store <8 x float> %880, <8 x float>* %75, align 32
  %881 = add i64 %684, 85
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = load float, float* %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %splat80 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %885 = load <8 x float>, <8 x float>* %74, align 32
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %862, <8 x float> %885)
  store <8 x float> %886, <8 x float>* %74, align 32
  %887 = add i64 %684, 93
  %888 = getelementptr inbounds float, float* %2, i64 %887
  %889 = load float, float* %888, align 4
  %890 = insertelement <8 x float> undef, float %889, i32 0
  %splat81 = shufflevector <8 x float> %890, <8 x float> undef, <8 x i32> zeroinitializer
  %891 = load <8 x float>, <8 x float>* %73, align 32
  %892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %862, <8 x float> %891)
  store <8 x float> %892, <8 x float>* %73, align 32
  %893 = add i64 %688, 48
  %894 = getelementptr inbounds float, float* %4, i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = add i64 %684, 62
  %898 = getelementptr inbounds float, float* %2, i64 %897
  %899 = load float, float* %898, align 4
  %900 = insertelement <8 x float> undef, float %899, i32 0
  %splat82 = shufflevector <8 x float> %900, <8 x float> undef, <8 x i32> zeroinitializer
  %901 = load <8 x float>, <8 x float>* %77, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %896, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %77, align 32
  %903 = add i64 %684, 70
  %904 = getelementptr inbounds float, float* %2, i64 %903
  %905 = load float, float* %904, align 4
  %906 = insertelement <8 x float> undef, float %905, i32 0
  %splat83 = shufflevector <8 x float> %906, <8 x float> undef, <8 x i32> zeroinitializer
  %907 = load <8 x float>, <8 x float>* %76, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %896, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %76, align 32
  %909 = add i64 %684, 78
  %910 = getelementptr inbounds float, float* %2, i64 %909
  %911 = load float, float* %910, align 4
  %912 = insertelement <8 x float> undef, float %911, i32 0
  %splat84 = shufflevector <8 x float> %912, <8 x float> undef, <8 x i32> zeroinitializer
  %913 = load <8 x float>, <8 x float>* %75, align 32
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %896, <8 x float> %913)
  store <8 x float> %914, <8 x float>* %75, align 32
  %915 = add i64 %684, 86
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = load float, float* %916, align 4
  %918 = insertelement <8 x float> undef, float %917, i32 0
  %splat85 = shufflevector <8 x float> %918, <8 x float> undef, <8 x i32> zeroinitializer
  %919 = load <8 x float>, <8 x float>* %74, align 32
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %896, <8 x float> %919)
  store <8 x float> %920, <8 x float>* %74, align 32
  %921 = add i64 %684, 94
  %922 = getelementptr inbounds float, float* %2, i64 %921
  %923 = load float, float* %922, align 4
  %924 = insertelement <8 x float> undef, float %923, i32 0
  %splat86 = shufflevector <8 x float> %924, <8 x float> undef, <8 x i32> zeroinitializer
  %925 = load <8 x float>, <8 x float>* %73, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %896, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %73, align 32
  %927 = add i64 %688, 56
  %928 = getelementptr inbounds float, float* %4, i64 %927
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = add i64 %684, 63
  %932 = getelementptr inbounds float, float* %2, i64 %931
  %933 = load float, float* %932, align 4
  %934 = insertelement <8 x float> undef, float %933, i32 0
  %splat87 = shufflevector <8 x float> %934, <8 x float> undef, <8 x i32> zeroinitializer
  %935 = load <8 x float>, <8 x float>* %77, align 32
  %936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %930, <8 x float> %935)
  store <8 x float> %936, <8 x float>* %77, align 32
  %937 = add i64 %684, 71
  %938 = getelementptr inbounds float, float* %2, i64 %937
  %939 = load float, float* %938, align 4
  %940 = insertelement <8 x float> undef, float %939, i32 0
  %splat88 = shufflevector <8 x float> %940, <8 x float> undef, <8 x i32> zeroinitializer
  %941 = load <8 x float>, <8 x float>* %76, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %930, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %76, align 32
  %943 = add i64 %684, 79
  %944 = getelementptr inbounds float, float* %2, i64 %943
  %945 = load float, float* %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %splat89 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %947 = load <8 x float>, <8 x float>* %75, align 32
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %930, <8 x float> %947)
  store <8 x float> %948, <8 x float>* %75, align 32
  %949 = add i64 %684, 87
  %950 = getelementptr inbounds float, float* %2, i64 %949
  %951 = load float, float* %950, align 4
  %952 = insertelement <8 x float> undef, float %951, i32 0
  %splat90 = shufflevector <8 x float> %952, <8 x float> undef, <8 x i32> zeroinitializer
  %953 = load <8 x float>, <8 x float>* %74, align 32
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %930, <8 x float> %953)
  store <8 x float> %954, <8 x float>* %74, align 32
  %955 = add i64 %684, 95
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = load float, float* %956, align 4
  %958 = insertelement <8 x float> undef, float %957, i32 0
  %splat91 = shufflevector <8 x float> %958, <8 x float> undef, <8 x i32> zeroinitializer
  %959 = load <8 x float>, <8 x float>* %73, align 32
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %930, <8 x float> %959)
  store <8 x float> %960, <8 x float>* %73, align 32
  %kw.next92 = add i64 %kw51, 1
  br label %kw.header48

kw.exit50:                                        ; preds = %kw.header48
  %kh.next93 = add i64 %kh47, 1
  br label %kh.header44

u.header95:                                       ; preds = %kh.exit101, %u.exit42
  %u98 = phi i64 [ 0, %u.exit42 ], [ %u.next149, %kh.exit101 ]
  %961 = icmp slt i64 %u98, 3
  br i1 %961, label %u.body96, label %u.exit97

u.body96:                                         ; preds = %u.header95
  %962 = add i64 %678, %u98
  %963 = mul i64 %962, 392
  %964 = add i64 %677, %963
  %965 = mul i64 %962, 576
  %966 = add i64 %98, %965
  br label %kh.header99

u.exit97:                                         ; preds = %u.header95
  %967 = icmp eq i64 %chunk, 15
  %968 = load <8 x float>, <8 x float>* %72, align 32
  %969 = fcmp olt <8 x float> %968, zeroinitializer
  %970 = select <8 x i1> %969, <8 x float> zeroinitializer, <8 x float> %968
  %971 = select i1 %967, <8 x float> %970, <8 x float> %968
  %972 = getelementptr inbounds float, float* %0, i64 %641
  %973 = bitcast float* %972 to <8 x float>*
  store <8 x float> %971, <8 x float>* %973, align 4
  %974 = load <8 x float>, <8 x float>* %71, align 32
  %975 = fcmp olt <8 x float> %974, zeroinitializer
  %976 = select <8 x i1> %975, <8 x float> zeroinitializer, <8 x float> %974
  %977 = select i1 %967, <8 x float> %976, <8 x float> %974
  %978 = getelementptr inbounds float, float* %0, i64 %643
  %979 = bitcast float* %978 to <8 x float>*
  store <8 x float> %977, <8 x float>* %979, align 4
  %980 = load <8 x float>, <8 x float>* %70, align 32
  %981 = fcmp olt <8 x float> %980, zeroinitializer
  %982 = select <8 x i1> %981, <8 x float> zeroinitializer, <8 x float> %980
  %983 = select i1 %967, <8 x float> %982, <8 x float> %980
  %984 = getelementptr inbounds float, float* %0, i64 %645
  %985 = bitcast float* %984 to <8 x float>*
  store <8 x float> %983, <8 x float>* %985, align 4
  %986 = load <8 x float>, <8 x float>* %69, align 32
  %987 = fcmp olt <8 x float> %986, zeroinitializer
  %988 = select <8 x i1> %987, <8 x float> zeroinitializer, <8 x float> %986
  %989 = select i1 %967, <8 x float> %988, <8 x float> %986
  %990 = getelementptr inbounds float, float* %0, i64 %647
  %991 = bitcast float* %990 to <8 x float>*
  store <8 x float> %989, <8 x float>* %991, align 4
  %992 = load <8 x float>, <8 x float>* %68, align 32
  %993 = fcmp olt <8 x float> %992, zeroinitializer
  %994 = select <8 x i1> %993, <8 x float> zeroinitializer, <8 x float> %992
  %995 = select i1 %967, <8 x float> %994, <8 x float> %992
  %996 = getelementptr inbounds float, float* %0, i64 %649
  %997 = bitcast float* %996 to <8 x float>*
  store <8 x float> %995, <8 x float>* %997, align 4
  %998 = mul i64 %90, 125
  %999 = add i64 %998, %93
  %1000 = add i64 %999, 0
  %1001 = mul i64 %1000, 5
  %1002 = add i64 %1001, %87
  %1003 = mul i64 %1002, 5
  %1004 = add i64 %1003, 15
  %1005 = mul i64 %1004, 8
  %1006 = add i64 %1003, 16
  %1007 = mul i64 %1006, 8
  %1008 = add i64 %1003, 17
  %1009 = mul i64 %1008, 8
  %1010 = add i64 %1003, 18
  %1011 = mul i64 %1010, 8
  %1012 = add i64 %1003, 19
  %1013 = mul i64 %1012, 8
  %1014 = add i64 %93, 0
  %1015 = mul i64 %1014, 8
  %1016 = getelementptr inbounds float, float* %5, i64 %1015
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = icmp eq i64 %chunk, 0
  %1020 = getelementptr inbounds float, float* %0, i64 %1005
  %1021 = bitcast float* %1020 to <8 x float>*
  %1022 = load <8 x float>, <8 x float>* %1021, align 4
  %1023 = select i1 %1019, <8 x float> %1018, <8 x float> %1022
  store <8 x float> %1023, <8 x float>* %67, align 32
  %1024 = getelementptr inbounds float, float* %0, i64 %1007
  %1025 = bitcast float* %1024 to <8 x float>*
  %1026 = load <8 x float>, <8 x float>* %1025, align 4
  %1027 = select i1 %1019, <8 x float> %1018, <8 x float> %1026
  store <8 x float> %1027, <8 x float>* %66, align 32
  %1028 = getelementptr inbounds float, float* %0, i64 %1009
  %1029 = bitcast float* %1028 to <8 x float>*
  %1030 = load <8 x float>, <8 x float>* %1029, align 4
  %1031 = select i1 %1019, <8 x float> %1018, <8 x float> %1030
  store <8 x float> %1031, <8 x float>* %65, align 32
  %1032 = getelementptr inbounds float, float* %0, i64 %1011
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = select i1 %1019, <8 x float> %1018, <8 x float> %1034
  store <8 x float> %1035, <8 x float>* %64, align 32
  %1036 = getelementptr inbounds float, float* %0, i64 %1013
  %1037 = bitcast float* %1036 to <8 x float>*
  %1038 = load <8 x float>, <8 x float>* %1037, align 4
  %1039 = select i1 %1019, <8 x float> %1018, <8 x float> %1038
  store <8 x float> %1039, <8 x float>* %63, align 32
  %1040 = add i64 %99, 0
  %1041 = add i64 %97, %1040
  %1042 = mul i64 %chunk, 3
  br label %u.header150

kh.header99:                                      ; preds = %kw.exit105, %u.body96
  %kh102 = phi i64 [ 0, %u.body96 ], [ %kh.next148, %kw.exit105 ]
  %1043 = icmp slt i64 %kh102, 3
  br i1 %1043, label %kh.body100, label %kh.exit101

kh.body100:                                       ; preds = %kh.header99
  %1044 = mul i64 %kh102, 56
  %1045 = add i64 %964, %1044
  br label %kw.header103

kh.exit101:                                       ; preds = %kh.header99
  %u.next149 = add i64 %u98, 1
  br label %u.header95

kw.header103:                                     ; preds = %kw.body104, %kh.body100
  %kw106 = phi i64 [ 0, %kh.body100 ], [ %kw.next147, %kw.body104 ]
  %1046 = icmp slt i64 %kw106, 3
  br i1 %1046, label %kw.body104, label %kw.exit105

kw.body104:                                       ; preds = %kw.header103
  %1047 = mul i64 %kw106, 8
  %1048 = add i64 %1045, %1047
  %1049 = mul i64 %kh102, 3
  %1050 = add i64 %1049, %kw106
  %1051 = mul i64 %1050, 64
  %1052 = add i64 %966, %1051
  %1053 = add i64 %1052, 0
  %1054 = getelementptr inbounds float, float* %4, i64 %1053
  %1055 = bitcast float* %1054 to <8 x float>*
  %1056 = load <8 x float>, <8 x float>* %1055, align 4
  %1057 = add i64 %1048, 112
  %1058 = getelementptr inbounds float, float* %2, i64 %1057
  %1059 = load float, float* %1058, align 4
  %1060 = insertelement <8 x float> undef, float %1059, i32 0
  %splat107 = shufflevector <8 x float> %1060, <8 x float> undef, <8 x i32> zeroinitializer
  %1061 = load <8 x float>, <8 x float>* %72, align 32
  %1062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1056, <8 x float> %1061)
  store <8 x float> %1062, <8 x float>* %72, align 32
  %1063 = add i64 %1048, 120
  %1064 = getelementptr inbounds float, float* %2, i64 %1063
  %1065 = load float, float* %1064, align 4
  %1066 = insertelement <8 x float> undef, float %1065, i32 0
  %splat108 = shufflevector <8 x float> %1066, <8 x float> undef, <8 x i32> zeroinitializer
  %1067 = load <8 x float>, <8 x float>* %71, align 32
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat108, <8 x float> %1056, <8 x float> %1067)
  store <8 x float> %1068, <8 x float>* %71, align 32
  %1069 = add i64 %1048, 128
  %1070 = getelementptr inbounds float, float* %2, i64 %1069
  %1071 = load float, float* %1070, align 4
  %1072 = insertelement <8 x float> undef, float %1071, i32 0
  %splat109 = shufflevector <8 x float> %1072, <8 x float> undef, <8 x i32> zeroinitializer
  %1073 = load <8 x float>, <8 x float>* %70, align 32
  %1074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat109, <8 x float> %1056, <8 x float> %1073)
  store <8 x float> %1074, <8 x float>* %70, align 32
  %1075 = add i64 %1048, 136
  %1076 = getelementptr inbounds float, float* %2, i64 %1075
  %1077 = load float, float* %1076, align 4
  %1078 = insertelement <8 x float> undef, float %1077, i32 0
  %splat110 = shufflevector <8 x float> %1078, <8 x float> undef, <8 x i32> zeroinitializer
  %1079 = load <8 x float>, <8 x float>* %69, align 32
  %1080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat110, <8 x float> %1056, <8 x float> %1079)
  store <8 x float> %1080, <8 x float>* %69, align 32
  %1081 = add i64 %1048, 144
  %1082 = getelementptr inbounds float, float* %2, i64 %1081
  %1083 = load float, float* %1082, align 4
  %1084 = insertelement <8 x float> undef, float %1083, i32 0
  %splat111 = shufflevector <8 x float> %1084, <8 x float> undef, <8 x i32> zeroinitializer
  %1085 = load <8 x float>, <8 x float>* %68, align 32
  %1086 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat111, <8 x float> %1056, <8 x float> %1085)
  store <8 x float> %1086, <8 x float>* %68, align 32
  %1087 = add i64 %1052, 8
  %1088 = getelementptr inbounds float, float* %4, i64 %1087
  %1089 = bitcast float* %1088 to <8 x float>*
  %1090 = load <8 x float>, <8 x float>* %1089, align 4
  %1091 = add i64 %1048, 113
  %1092 = getelementptr inbounds float, float* %2, i64 %1091
  %1093 = load float, float* %1092, align 4
  %1094 = insertelement <8 x float> undef, float %1093, i32 0
  %splat112 = shufflevector <8 x float> %1094, <8 x float> undef, <8 x i32> zeroinitializer
  %1095 = load <8 x float>, <8 x float>* %72, align 32
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat112, <8 x float> %1090, <8 x float> %1095)
  store <8 x float> %1096, <8 x float>* %72, align 32
  %1097 = add i64 %1048, 121
  %1098 = getelementptr inbounds float, float* %2, i64 %1097
  %1099 = load float, float* %1098, align 4
  %1100 = insertelement <8 x float> undef, float %1099, i32 0
  %splat113 = shufflevector <8 x float> %1100, <8 x float> undef, <8 x i32> zeroinitializer
  %1101 = load <8 x float>, <8 x float>* %71, align 32
  %1102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat113, <8 x float> %1090, <8 x float> %1101)
  store <8 x float> %1102, <8 x float>* %71, align 32
  %1103 = add i64 %1048, 129
  %1104 = getelementptr inbounds float, float* %2, i64 %1103
  %1105 = load float, float* %1104, align 4
  %1106 = insertelement <8 x float> undef, float %1105, i32 0
  %splat114 = shufflevector <8 x float> %1106, <8 x float> undef, <8 x i32> zeroinitializer
  %1107 = load <8 x float>, <8 x float>* %70, align 32
  %1108 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat114, <8 x float> %1090, <8 x float> %1107)
  store <8 x float> %1108, <8 x float>* %70, align 32
  %1109 = add i64 %1048, 137
  %1110 = getelementptr inbounds float, float* %2, i64 %1109
  %1111 = load float, float* %1110, align 4
  %1112 = insertelement <8 x float> undef, float %1111, i32 0
  %splat115 = shufflevector <8 x float> %1112, <8 x float> undef, <8 x i32> zeroinitializer
  %1113 = load <8 x float>, <8 x float>* %69, align 32
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat115, <8 x float> %1090, <8 x float> %1113)
  store <8 x float> %1114, <8 x float>* %69, align 32
  %1115 = add i64 %1048, 145
  %1116 = getelementptr inbounds float, float* %2, i64 %1115
  %1117 = load float, float* %1116, align 4
  %1118 = insertelement <8 x float> undef, float %1117, i32 0
  %splat116 = shufflevector <8 x float> %1118, <8 x float> undef, <8 x i32> zeroinitializer
  %1119 = load <8 x float>, <8 x float>* %68, align 32
  %1120 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat116, <8 x float> %1090, <8 x float> %1119)
  store <8 x float> %1120, <8 x float>* %68, align 32
  %1121 = add i64 %1052, 16
  %1122 = getelementptr inbounds float, float* %4, i64 %1121
  %1123 = bitcast float* %1122 to <8 x float>*
  %1124 = load <8 x float>, <8 x float>* %1123, align 4
  %1125 = add i64 %1048, 114
  %1126 = getelementptr inbounds float, float* %2, i64 %1125
  %1127 = load float, float* %1126, align 4
  %1128 = insertelement <8 x float> undef, float %1127, i32 0
  %splat117 = shufflevector <8 x float> %1128, <8 x float> undef, <8 x i32> zeroinitializer
  %1129 = load <8 x float>, <8 x float>* %72, align 32
  %1130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat117, <8 x float> %1124, <8 x float> %1129)
  store <8 x float> %1130, <8 x float>* %72, align 32
  %1131 = add i64 %1048, 122
  %1132 = getelementptr inbounds float, float* %2, i64 %1131
  %1133 = load float, float* %1132, align 4
  %1134 = insertelement <8 x float> undef, float %1133, i32 0
  %splat118 = shufflevector <8 x float> %1134, <8 x float> undef, <8 x i32> zeroinitializer
  %1135 = load <8 x float>, <8 x float>* %71, align 32
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat118, <8 x float> %1124, <8 x float> %1135)
  store <8 x float> %1136, <8 x float>* %71, align 32
  %1137 = add i64 %1048, 130
  %1138 = getelementptr inbounds float, float* %2, i64 %1137
  %1139 = load float, float* %1138, align 4
  %1140 = insertelement <8 x float> undef, float %1139, i32 0
  %splat119 = shufflevector <8 x float> %1140, <8 x float> undef, <8 x i32> zeroinitializer
  %1141 = load <8 x float>, <8 x float>* %70, align 32
  %1142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat119, <8 x float> %1124, <8 x float> %1141)
  store <8 x float> %1142, <8 x float>* %70, align 32
  %1143 = add i64 %1048, 138
  %1144 = getelementptr inbounds float, float* %2, i64 %1143
  %1145 = load float, float* %1144, align 4
  %1146 = insertelement <8 x float> undef, float %1145, i32 0
  %splat120 = shufflevector <8 x float> %1146, <8 x float> undef, <8 x i32> zeroinitializer
  %1147 = load <8 x float>, <8 x float>* %69, align 32
  %1148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat120, <8 x float> %1124, <8 x float> %1147)
  store <8 x float> %1148, <8 x float>* %69, align 32
  %1149 = add i64 %1048, 146
  %1150 = getelementptr inbounds float, float* %2, i64 %1149
  %1151 = load float, float* %1150, align 4
  %1152 = insertelement <8 x float> undef, float %1151, i32 0
  %splat121 = shufflevector <8 x float> %1152, <8 x float> undef, <8 x i32> zeroinitializer
  %1153 = load <8 x float>, <8 x float>* %68, align 32
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat121, <8 x float> %1124, <8 x float> %1153)
  store <8 x float> %1154, <8 x float>* %68, align 32
  %1155 = add i64 %1052, 24
  %1156 = getelementptr inbounds float, float* %4, i64 %1155
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = add i64 %1048, 115
  %1160 = getelementptr inbounds float, float* %2, i64 %1159
  %1161 = load float, float* %1160, align 4
  %1162 = insertelement <8 x float> undef, float %1161, i32 0
  %splat122 = shufflevector <8 x float> %1162, <8 x float> undef, <8 x i32> zeroinitializer
  %1163 = load <8 x float>, <8 x float>* %72, align 32
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat122, <8 x float> %1158, <8 x float> %1163)
  store <8 x float> %1164, <8 x float>* %72, align 32
  %1165 = add i64 %1048, 123
  %1166 = getelementptr inbounds float, float* %2, i64 %1165
  %1167 = load float, float* %1166, align 4
  %1168 = insertelement <8 x float> undef, float %1167, i32 0
  %splat123 = shufflevector <8 x float> %1168, <8 x float> undef, <8 x i32> zeroinitializer
  %1169 = load <8 x float>, <8 x float>* %71, align 32
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1158, <8 x float> %1169)
  store <8 x float> %1170, <8 x float>* %71, align 32
  %1171 = add i64 %1048, 131
  %1172 = getelementptr inbounds float, float* %2, i64 %1171
  %1173 = load float, float* %1172, align 4
  %1174 = insertelement <8 x float> undef, float %1173, i32 0
  %splat124 = shufflevector <8 x float> %1174, <8 x float> undef, <8 x i32> zeroinitializer
  %1175 = load <8 x float>, <8 x float>* %70, align 32
  %1176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1158, <8 x float> %1175)
  store <8 x float> %1176, <8 x float>* %70, align 32
  %1177 = add i64 %1048, 139
  %1178 = getelementptr inbounds float, float* %2, i64 %1177
  %1179 = load float, float* %1178, align 4
  %1180 = insertelement <8 x float> undef, float %1179, i32 0
  %splat125 = shufflevector <8 x float> %1180, <8 x float> undef, <8 x i32> zeroinitializer
  %1181 = load <8 x float>, <8 x float>* %69, align 32
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1158, <8 x float> %1181)
  store <8 x float> %1182, <8 x float>* %69, align 32
  %1183 = add i64 %1048, 147
  %1184 = getelementptr inbounds float, float* %2, i64 %1183
  %1185 = load float, float* %1184, align 4
  %1186 = insertelement <8 x float> undef, float %1185, i32 0
  %splat126 = shufflevector <8 x float> %1186, <8 x float> undef, <8 x i32> zeroinitializer
  %1187 = load <8 x float>, <8 x float>* %68, align 32
  %1188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1158, <8 x float> %1187)
  store <8 x float> %1188, <8 x float>* %68, align 32
  %1189 = add i64 %1052, 32
  %1190 = getelementptr inbounds float, float* %4, i64 %1189
  %1191 = bitcast float* %1190 to <8 x float>*
  %1192 = load <8 x float>, <8 x float>* %1191, align 4
  %1193 = add i64 %1048, 116
  %1194 = getelementptr inbounds float, float* %2, i64 %1193
  %1195 = load float, float* %1194, align 4
  %1196 = insertelement <8 x float> undef, float %1195, i32 0
  %splat127 = shufflevector <8 x float> %1196, <8 x float> undef, <8 x i32> zeroinitializer
  %1197 = load <8 x float>, <8 x float>* %72, align 32
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1192, <8 x float> %1197)
  store <8 x float> %1198, <8 x float>* %72, align 32
  %1199 = add i64 %1048, 124
  %1200 = getelementptr inbounds float, float* %2, i64 %1199
  %1201 = load float, float* %1200, align 4
  %1202 = insertelement <8 x float> undef, float %1201, i32 0
  %splat128 = shufflevector <8 x float> %1202, <8 x float> undef, <8 x i32> zeroinitializer
  %1203 = load <8 x float>, <8 x float>* %71, align 32
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1192, <8 x float> %1203)
  store <8 x float> %1204, <8 x float>* %71, align 32
  %1205 = add i64 %1048, 132
  %1206 = getelementptr inbounds float, float* %2, i64 %1205
  %1207 = load float, float* %1206, align 4
  %1208 = insertelement <8 x float> undef, float %1207, i32 0
  %splat129 = shufflevector <8 x float> %1208, <8 x float> undef, <8 x i32> zeroinitializer
  %1209 = load <8 x float>, <8 x float>* %70, align 32
  %1210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1192, <8 x float> %1209)
  store <8 x float> %1210, <8 x float>* %70, align 32
  %1211 = add i64 %1048, 140
  %1212 = getelementptr inbounds float, float* %2, i64 %1211
  %1213 = load float, float* %1212, align 4
  %1214 = insertelement <8 x float> undef, float %1213, i32 0
  %splat130 = shufflevector <8 x float> %1214, <8 x float> undef, <8 x i32> zeroinitializer
  %1215 = load <8 x float>, <8 x float>* %69, align 32
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1192, <8 x float> %1215)
  store <8 x float> %1216, <8 x float>* %69, align 32
  %1217 = add i64 %1048, 148
  %1218 = getelementptr inbounds float, float* %2, i64 %1217
  %1219 = load float, float* %1218, align 4
  %1220 = insertelement <8 x float> undef, float %1219, i32 0
  %splat131 = shufflevector <8 x float> %1220, <8 x float> undef, <8 x i32> zeroinitializer
  %1221 = load <8 x float>, <8 x float>* %68, align 32
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1192, <8 x float> %1221)
  store <8 x float> %1222, <8 x float>* %68, align 32
  %1223 = add i64 %1052, 40
  %1224 = getelementptr inbounds float, float* %4, i64 %1223
  %1225 = bitcast float* %1224 to <8 x float>*
  %1226 = load <8 x float>, <8 x float>* %1225, align 4
  %1227 = add i64 %1048, 117
  %1228 = getelementptr inbounds float, float* %2, i64 %1227
  %1229 = load float, float* %1228, align 4
  %1230 = insertelement <8 x float> undef, float %1229, i32 0
  %splat132 = shufflevector <8 x float> %1230, <8 x float> undef, <8 x i32> zeroinitializer
  %1231 = load <8 x float>, <8 x float>* %72, align 32
  %1232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1226, <8 x float> %1231)
  store <8 x float> %1232, <8 x float>* %72, align 32
  %1233 = add i64 %1048, 125
  %1234 = getelementptr inbounds float, float* %2, i64 %1233
  %1235 = load float, float* %1234, align 4
  %1236 = insertelement <8 x float> undef, float %1235, i32 0
  %splat133 = shufflevector <8 x float> %1236, <8 x float> undef, <8 x i32> zeroinitializer
  %1237 = load <8 x float>, <8 x float>* %71, align 32
  %1238 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1226, <8 x float> %1237)
  store <8 x float> %1238, <8 x float>* %71, align 32
  %1239 = add i64 %1048, 133
  %1240 = getelementptr inbounds float, float* %2, i64 %1239
  %1241 = load float, float* %1240, align 4
  %1242 = insertelement <8 x float> undef, float %1241, i32 0
  %splat134 = shufflevector <8 x float> %1242, <8 x float> undef, <8 x i32> zeroinitializer
  %1243 = load <8 x float>, <8 x float>* %70, align 32
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1226, <8 x float> %1243)
  store <8 x float> %1244, <8 x float>* %70, align 32
  %1245 = add i64 %1048, 141
  %1246 = getelementptr inbounds float, float* %2, i64 %1245
  %1247 = load float, float* %1246, align 4
  %1248 = insertelement <8 x float> undef, float %1247, i32 0
  %splat135 = shufflevector <8 x float> %1248, <8 x float> undef, <8 x i32> zeroinitializer
  %1249 = load <8 x float>, <8 x float>* %69, align 32
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1226, <8 x float> %1249)
  store <8 x float> %1250, <8 x float>* %69, align 32
  %1251 = add i64 %1048, 149
  %1252 = getelementptr inbounds float, float* %2, i64 %1251
  %1253 = load float, float* %1252, align 4
  %1254 = insertelement <8 x float> undef, float %1253, i32 0
  %splat136 = shufflevector <8 x float> %1254, <8 x float> undef, <8 x i32> zeroinitializer
  %1255 = load <8 x float>, <8 x float>* %68, align 32
  %1256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1226, <8 x float> %1255)
  store <8 x float> %1256, <8 x float>* %68, align 32
  %1257 = add i64 %1052, 48
  %1258 = getelementptr inbounds float, float* %4, i64 %1257
  %1259 = bitcast float* %1258 to <8 x float>*
  %1260 = load <8 x float>, <8 x float>* %1259, align 4
  %1261 = add i64 %1048, 118
  %1262 = getelementptr inbounds float, float* %2, i64 %1261
  %1263 = load float, float* %1262, align 4
  %1264 = insertelement <8 x float> undef, float %1263, i32 0
  %splat137 = shufflevector <8 x float> %1264, <8 x float> undef, <8 x i32> zeroinitializer
  %1265 = load <8 x float>, <8 x float>* %72, align 32
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1260, <8 x float> %1265)
  store <8 x float> %1266, <8 x float>* %72, align 32
  %1267 = add i64 %1048, 126
  %1268 = getelementptr inbounds float, float* %2, i64 %1267
  %1269 = load float, float* %1268, align 4
  %1270 = insertelement <8 x float> undef, float %1269, i32 0
  %splat138 = shufflevector <8 x float> %1270, <8 x float> undef, <8 x i32> zeroinitializer
  %1271 = load <8 x float>, <8 x float>* %71, align 32
  %1272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1260, <8 x float> %1271)
  store <8 x float> %1272, <8 x float>* %71, align 32
  %1273 = add i64 %1048, 134
  %1274 = getelementptr inbounds float, float* %2, i64 %1273
  %1275 = load float, float* %1274, align 4
  %1276 = insertelement <8 x float> undef, float %1275, i32 0
  %splat139 = shufflevector <8 x float> %1276, <8 x float> undef, <8 x i32> zeroinitializer
  %1277 = load <8 x float>, <8 x float>* %70, align 32
  %1278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1260, <8 x float> %1277)
  store <8 x float> %1278, <8 x float>* %70, align 32
  %1279 = add i64 %1048, 142
  %1280 = getelementptr inbounds float, float* %2, i64 %1279
  %1281 = load float, float* %1280, align 4
  %1282 = insertelement <8 x float> undef, float %1281, i32 0
  %splat140 = shufflevector <8 x float> %1282, <8 x float> undef, <8 x i32> zeroinitializer
  %1283 = load <8 x float>, <8 x float>* %69, align 32
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1260, <8 x float> %1283)
  store <8 x float> %1284, <8 x float>* %69, align 32
  %1285 = add i64 %1048, 150
  %1286 = getelementptr inbounds float, float* %2, i64 %1285
  %1287 = load float, float* %1286, align 4
  %1288 = insertelement <8 x float> undef, float %1287, i32 0
  %splat141 = shufflevector <8 x float> %1288, <8 x float> undef, <8 x i32> zeroinitializer
  %1289 = load <8 x float>, <8 x float>* %68, align 32
  %1290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1260, <8 x float> %1289)
  store <8 x float> %1290, <8 x float>* %68, align 32
  %1291 = add i64 %1052, 56
  %1292 = getelementptr inbounds float, float* %4, i64 %1291
  %1293 = bitcast float* %1292 to <8 x float>*
  %1294 = load <8 x float>, <8 x float>* %1293, align 4
  %1295 = add i64 %1048, 119
  %1296 = getelementptr inbounds float, float* %2, i64 %1295
  %1297 = load float, float* %1296, align 4
  %1298 = insertelement <8 x float> undef, float %1297, i32 0
  %splat142 = shufflevector <8 x float> %1298, <8 x float> undef, <8 x i32> zeroinitializer
  %1299 = load <8 x float>, <8 x float>* %72, align 32
  %1300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1294, <8 x float> %1299)
  store <8 x float> %1300, <8 x float>* %72, align 32
  %1301 = add i64 %1048, 127
  %1302 = getelementptr inbounds float, float* %2, i64 %1301
  %1303 = load float, float* %1302, align 4
  %1304 = insertelement <8 x float> undef, float %1303, i32 0
  %splat143 = shufflevector <8 x float> %1304, <8 x float> undef, <8 x i32> zeroinitializer
  %1305 = load <8 x float>, <8 x float>* %71, align 32
  %1306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1294, <8 x float> %1305)
  store <8 x float> %1306, <8 x float>* %71, align 32
  %1307 = add i64 %1048, 135
  %1308 = getelementptr inbounds float, float* %2, i64 %1307
  %1309 = load float, float* %1308, align 4
  %1310 = insertelement <8 x float> undef, float %1309, i32 0
  %splat144 = shufflevector <8 x float> %1310, <8 x float> undef, <8 x i32> zeroinitializer
  %1311 = load <8 x float>, <8 x float>* %70, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1294, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %70, align 32
  %1313 = add i64 %1048, 143
  %1314 = getelementptr inbounds float, float* %2, i64 %1313
  %1315 = load float, float* %1314, align 4
  %1316 = insertelement <8 x float> undef, float %1315, i32 0
  %splat145 = shufflevector <8 x float> %1316, <8 x float> undef, <8 x i32> zeroinitializer
  %1317 = load <8 x float>, <8 x float>* %69, align 32
  %1318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1294, <8 x float> %1317)
  store <8 x float> %1318, <8 x float>* %69, align 32
  %1319 = add i64 %1048, 151
  %1320 = getelementptr inbounds float, float* %2, i64 %1319
  %1321 = load float, float* %1320, align 4
  %1322 = insertelement <8 x float> undef, float %1321, i32 0
  %splat146 = shufflevector <8 x float> %1322, <8 x float> undef, <8 x i32> zeroinitializer
  %1323 = load <8 x float>, <8 x float>* %68, align 32
  %1324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1294, <8 x float> %1323)
  store <8 x float> %1324, <8 x float>* %68, align 32
  %kw.next147 = add i64 %kw106, 1
  br label %kw.header103

kw.exit105:                                       ; preds = %kw.header103
  %kh.next148 = add i64 %kh102, 1
  br label %kh.header99

u.header150:                                      ; preds = %kh.exit156, %u.exit97
  %u153 = phi i64 [ 0, %u.exit97 ], [ %u.next204, %kh.exit156 ]
  %1325 = icmp slt i64 %u153, 3
  br i1 %1325, label %u.body151, label %u.exit152

u.body151:                                        ; preds = %u.header150
  %1326 = add i64 %1042, %u153
  %1327 = mul i64 %1326, 392
  %1328 = add i64 %1041, %1327
  %1329 = mul i64 %1326, 576
  %1330 = add i64 %98, %1329
  br label %kh.header154

u.exit152:                                        ; preds = %u.header150
  %1331 = icmp eq i64 %chunk, 15
  %1332 = load <8 x float>, <8 x float>* %67, align 32
  %1333 = fcmp olt <8 x float> %1332, zeroinitializer
  %1334 = select <8 x i1> %1333, <8 x float> zeroinitializer, <8 x float> %1332
  %1335 = select i1 %1331, <8 x float> %1334, <8 x float> %1332
  %1336 = getelementptr inbounds float, float* %0, i64 %1005
  %1337 = bitcast float* %1336 to <8 x float>*
  store <8 x float> %1335, <8 x float>* %1337, align 4
  %1338 = load <8 x float>, <8 x float>* %66, align 32
  %1339 = fcmp olt <8 x float> %1338, zeroinitializer
  %1340 = select <8 x i1> %1339, <8 x float> zeroinitializer, <8 x float> %1338
  %1341 = select i1 %1331, <8 x float> %1340, <8 x float> %1338
  %1342 = getelementptr inbounds float, float* %0, i64 %1007
  %1343 = bitcast float* %1342 to <8 x float>*
  store <8 x float> %1341, <8 x float>* %1343, align 4
  %1344 = load <8 x float>, <8 x float>* %65, align 32
  %1345 = fcmp olt <8 x float> %1344, zeroinitializer
  %1346 = select <8 x i1> %1345, <8 x float> zeroinitializer, <8 x float> %1344
  %1347 = select i1 %1331, <8 x float> %1346, <8 x float> %1344
  %1348 = getelementptr inbounds float, float* %0, i64 %1009
  %1349 = bitcast float* %1348 to <8 x float>*
  store <8 x float> %1347, <8 x float>* %1349, align 4
  %1350 = load <8 x float>, <8 x float>* %64, align 32
  %1351 = fcmp olt <8 x float> %1350, zeroinitializer
  %1352 = select <8 x i1> %1351, <8 x float> zeroinitializer, <8 x float> %1350
  %1353 = select i1 %1331, <8 x float> %1352, <8 x float> %1350
  %1354 = getelementptr inbounds float, float* %0, i64 %1011
  %1355 = bitcast float* %1354 to <8 x float>*
  store <8 x float> %1353, <8 x float>* %1355, align 4
  %1356 = load <8 x float>, <8 x float>* %63, align 32
  %1357 = fcmp olt <8 x float> %1356, zeroinitializer
  %1358 = select <8 x i1> %1357, <8 x float> zeroinitializer, <8 x float> %1356
  %1359 = select i1 %1331, <8 x float> %1358, <8 x float> %1356
  %1360 = getelementptr inbounds float, float* %0, i64 %1013
  %1361 = bitcast float* %1360 to <8 x float>*
  store <8 x float> %1359, <8 x float>* %1361, align 4
  %1362 = mul i64 %90, 125
  %1363 = add i64 %1362, %93
  %1364 = add i64 %1363, 0
  %1365 = mul i64 %1364, 5
  %1366 = add i64 %1365, %87
  %1367 = mul i64 %1366, 5
  %1368 = add i64 %1367, 20
  %1369 = mul i64 %1368, 8
  %1370 = add i64 %1367, 21
  %1371 = mul i64 %1370, 8
  %1372 = add i64 %1367, 22
  %1373 = mul i64 %1372, 8
  %1374 = add i64 %1367, 23
  %1375 = mul i64 %1374, 8
  %1376 = add i64 %1367, 24
  %1377 = mul i64 %1376, 8
  %1378 = add i64 %93, 0
  %1379 = mul i64 %1378, 8
  %1380 = getelementptr inbounds float, float* %5, i64 %1379
  %1381 = bitcast float* %1380 to <8 x float>*
  %1382 = load <8 x float>, <8 x float>* %1381, align 4
  %1383 = icmp eq i64 %chunk, 0
  %1384 = getelementptr inbounds float, float* %0, i64 %1369
  %1385 = bitcast float* %1384 to <8 x float>*
  %1386 = load <8 x float>, <8 x float>* %1385, align 4
  %1387 = select i1 %1383, <8 x float> %1382, <8 x float> %1386
  store <8 x float> %1387, <8 x float>* %62, align 32
  %1388 = getelementptr inbounds float, float* %0, i64 %1371
  %1389 = bitcast float* %1388 to <8 x float>*
  %1390 = load <8 x float>, <8 x float>* %1389, align 4
  %1391 = select i1 %1383, <8 x float> %1382, <8 x float> %1390
  store <8 x float> %1391, <8 x float>* %61, align 32
  %1392 = getelementptr inbounds float, float* %0, i64 %1373
  %1393 = bitcast float* %1392 to <8 x float>*
  %1394 = load <8 x float>, <8 x float>* %1393, align 4
  %1395 = select i1 %1383, <8 x float> %1382, <8 x float> %1394
  store <8 x float> %1395, <8 x float>* %60, align 32
  %1396 = getelementptr inbounds float, float* %0, i64 %1375
  %1397 = bitcast float* %1396 to <8 x float>*
  %1398 = load <8 x float>, <8 x float>* %1397, align 4
  %1399 = select i1 %1383, <8 x float> %1382, <8 x float> %1398
  store <8 x float> %1399, <8 x float>* %59, align 32
  %1400 = getelementptr inbounds float, float* %0, i64 %1377
  %1401 = bitcast float* %1400 to <8 x float>*
  %1402 = load <8 x float>, <8 x float>* %1401, align 4
  %1403 = select i1 %1383, <8 x float> %1382, <8 x float> %1402
  store <8 x float> %1403, <8 x float>* %58, align 32
  %1404 = add i64 %99, 0
  %1405 = add i64 %97, %1404
  %1406 = mul i64 %chunk, 3
  br label %u.header205

kh.header154:                                     ; preds = %kw.exit160, %u.body151
  %kh157 = phi i64 [ 0, %u.body151 ], [ %kh.next203, %kw.exit160 ]
  %1407 = icmp slt i64 %kh157, 3
  br i1 %1407, label %kh.body155, label %kh.exit156

kh.body155:                                       ; preds = %kh.header154
  %1408 = mul i64 %kh157, 56
  %1409 = add i64 %1328, %1408
  br label %kw.header158

kh.exit156:                                       ; preds = %kh.header154
  %u.next204 = add i64 %u153, 1
  br label %u.header150

kw.header158:                                     ; preds = %kw.body159, %kh.body155
  %kw161 = phi i64 [ 0, %kh.body155 ], [ %kw.next202, %kw.body159 ]
  %1410 = icmp slt i64 %kw161, 3
  br i1 %1410, label %kw.body159, label %kw.exit160

kw.body159:                                       ; preds = %kw.header158
  %1411 = mul i64 %kw161, 8
  %1412 = add i64 %1409, %1411
  %1413 = mul i64 %kh157, 3
  %1414 = add i64 %1413, %kw161
  %1415 = mul i64 %1414, 64
  %1416 = add i64 %1330, %1415
  %1417 = add i64 %1416, 0
  %1418 = getelementptr inbounds float, float* %4, i64 %1417
  %1419 = bitcast float* %1418 to <8 x float>*
  %1420 = load <8 x float>, <8 x float>* %1419, align 4
  %1421 = add i64 %1412, 168
  %1422 = getelementptr inbounds float, float* %2, i64 %1421
  %1423 = load float, float* %1422, align 4
  %1424 = insertelement <8 x float> undef, float %1423, i32 0
  %splat162 = shufflevector <8 x float> %1424, <8 x float> undef, <8 x i32> zeroinitializer
  %1425 = load <8 x float>, <8 x float>* %67, align 32
  %1426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1420, <8 x float> %1425)
  store <8 x float> %1426, <8 x float>* %67, align 32
  %1427 = add i64 %1412, 176
  %1428 = getelementptr inbounds float, float* %2, i64 %1427
  %1429 = load float, float* %1428, align 4
  %1430 = insertelement <8 x float> undef, float %1429, i32 0
  %splat163 = shufflevector <8 x float> %1430, <8 x float> undef, <8 x i32> zeroinitializer
  %1431 = load <8 x float>, <8 x float>* %66, align 32
  %1432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1420, <8 x float> %1431)
  store <8 x float> %1432, <8 x float>* %66, align 32
  %1433 = add i64 %1412, 184
  %1434 = getelementptr inbounds float, float* %2, i64 %1433
  %1435 = load float, float* %1434, align 4
  %1436 = insertelement <8 x float> undef, float %1435, i32 0
  %splat164 = shufflevector <8 x float> %1436, <8 x float> undef, <8 x i32> zeroinitializer
  %1437 = load <8 x float>, <8 x float>* %65, align 32
  %1438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1420, <8 x float> %1437)
  store <8 x float> %1438, <8 x float>* %65, align 32
  %1439 = add i64 %1412, 192
  %1440 = getelementptr inbounds float, float* %2, i64 %1439
  %1441 = load float, float* %1440, align 4
  %1442 = insertelement <8 x float> undef, float %1441, i32 0
  %splat165 = shufflevector <8 x float> %1442, <8 x float> undef, <8 x i32> zeroinitializer
  %1443 = load <8 x float>, <8 x float>* %64, align 32
  %1444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1420, <8 x float> %1443)
  store <8 x float> %1444, <8 x float>* %64, align 32
  %1445 = add i64 %1412, 200
  %1446 = getelementptr inbounds float, float* %2, i64 %1445
  %1447 = load float, float* %1446, align 4
  %1448 = insertelement <8 x float> undef, float %1447, i32 0
  %splat166 = shufflevector <8 x float> %1448, <8 x float> undef, <8 x i32> zeroinitializer
  %1449 = load <8 x float>, <8 x float>* %63, align 32
  %1450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1420, <8 x float> %1449)
  store <8 x float> %1450, <8 x float>* %63, align 32
  %1451 = add i64 %1416, 8
  %1452 = getelementptr inbounds float, float* %4, i64 %1451
  %1453 = bitcast float* %1452 to <8 x float>*
  %1454 = load <8 x float>, <8 x float>* %1453, align 4
  %1455 = add i64 %1412, 169
  %1456 = getelementptr inbounds float, float* %2, i64 %1455
  %1457 = load float, float* %1456, align 4
  %1458 = insertelement <8 x float> undef, float %1457, i32 0
  %splat167 = shufflevector <8 x float> %1458, <8 x float> undef, <8 x i32> zeroinitializer
  %1459 = load <8 x float>, <8 x float>* %67, align 32
  %1460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %1454, <8 x float> %1459)
  store <8 x float> %1460, <8 x float>* %67, align 32
  %1461 = add i64 %1412, 177
  %1462 = getelementptr inbounds float, float* %2, i64 %1461
  %1463 = load float, float* %1462, align 4
  %1464 = insertelement <8 x float> undef, float %1463, i32 0
  %splat168 = shufflevector <8 x float> %1464, <8 x float> undef, <8 x i32> zeroinitializer
  %1465 = load <8 x float>, <8 x float>* %66, align 32
  %1466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %1454, <8 x float> %1465)
  store <8 x float> %1466, <8 x float>* %66, align 32
  %1467 = add i64 %1412, 185
  %1468 = getelementptr inbounds float, float* %2, i64 %1467
  %1469 = load float, float* %1468, align 4
  %1470 = insertelement <8 x float> undef, float %1469, i32 0
  %splat169 = shufflevector <8 x float> %1470, <8 x float> undef, <8 x i32> zeroinitializer
  %1471 = load <8 x float>, <8 x float>* %65, align 32
  %1472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %1454, <8 x float> %1471)
  store <8 x float> %1472, <8 x float>* %65, align 32
  %1473 = add i64 %1412, 193
  %1474 = getelementptr inbounds float, float* %2, i64 %1473
  %1475 = load float, float* %1474, align 4
  %1476 = insertelement <8 x float> undef, float %1475, i32 0
  %splat170 = shufflevector <8 x float> %1476, <8 x float> undef, <8 x i32> zeroinitializer
  %1477 = load <8 x float>, <8 x float>* %64, align 32
  %1478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %1454, <8 x float> %1477)
  store <8 x float> %1478, <8 x float>* %64, align 32
  %1479 = add i64 %1412, 201
  %1480 = getelementptr inbounds float, float* %2, i64 %1479
  %1481 = load float, float* %1480, align 4
  %1482 = insertelement <8 x float> undef, float %1481, i32 0
  %splat171 = shufflevector <8 x float> %1482, <8 x float> undef, <8 x i32> zeroinitializer
  %1483 = load <8 x float>, <8 x float>* %63, align 32
  %1484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat171, <8 x float> %1454, <8 x float> %1483)
  store <8 x float> %1484, <8 x float>* %63, align 32
  %1485 = add i64 %1416, 16
  %1486 = getelementptr inbounds float, float* %4, i64 %1485
  %1487 = bitcast float* %1486 to <8 x float>*
  %1488 = load <8 x float>, <8 x float>* %1487, align 4
  %1489 = add i64 %1412, 170
  %1490 = getelementptr inbounds float, float* %2, i64 %1489
  %1491 = load float, float* %1490, align 4
  %1492 = insertelement <8 x float> undef, float %1491, i32 0
  %splat172 = shufflevector <8 x float> %1492, <8 x float> undef, <8 x i32> zeroinitializer
  %1493 = load <8 x float>, <8 x float>* %67, align 32
  %1494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat172, <8 x float> %1488, <8 x float> %1493)
  store <8 x float> %1494, <8 x float>* %67, align 32
  %1495 = add i64 %1412, 178
  %1496 = getelementptr inbounds float, float* %2, i64 %1495
  %1497 = load float, float* %1496, align 4
  %1498 = insertelement <8 x float> undef, float %1497, i32 0
  %splat173 = shufflevector <8 x float> %1498, <8 x float> undef, <8 x i32> zeroinitializer
  %1499 = load <8 x float>, <8 x float>* %66, align 32
  %1500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat173, <8 x float> %1488, <8 x float> %1499)
  store <8 x float> %1500, <8 x float>* %66, align 32
  %1501 = add i64 %1412, 186
  %1502 = getelementptr inbounds float, float* %2, i64 %1501
  %1503 = load float, float* %1502, align 4
  %1504 = insertelement <8 x float> undef, float %1503, i32 0
  %splat174 = shufflevector <8 x float> %1504, <8 x float> undef, <8 x i32> zeroinitializer
  %1505 = load <8 x float>, <8 x float>* %65, align 32
  %1506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat174, <8 x float> %1488, <8 x float> %1505)
  store <8 x float> %1506, <8 x float>* %65, align 32
  %1507 = add i64 %1412, 194
  %1508 = getelementptr inbounds float, float* %2, i64 %1507
  %1509 = load float, float* %1508, align 4
  %1510 = insertelement <8 x float> undef, float %1509, i32 0
  %splat175 = shufflevector <8 x float> %1510, <8 x float> undef, <8 x i32> zeroinitializer
  %1511 = load <8 x float>, <8 x float>* %64, align 32
  %1512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat175, <8 x float> %1488, <8 x float> %1511)
  store <8 x float> %1512, <8 x float>* %64, align 32
  %1513 = add i64 %1412, 202
  %1514 = getelementptr inbounds float, float* %2, i64 %1513
  %1515 = load float, float* %1514, align 4
  %1516 = insertelement <8 x float> undef, float %1515, i32 0
  %splat176 = shufflevector <8 x float> %1516, <8 x float> undef, <8 x i32> zeroinitializer
  %1517 = load <8 x float>, <8 x float>* %63, align 32
  %1518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat176, <8 x float> %1488, <8 x float> %1517)
  store <8 x float> %1518, <8 x float>* %63, align 32
  %1519 = add i64 %1416, 24
  %1520 = getelementptr inbounds float, float* %4, i64 %1519
  %1521 = bitcast float* %1520 to <8 x float>*
  %1522 = load <8 x float>, <8 x float>* %1521, align 4
  %1523 = add i64 %1412, 171
  %1524 = getelementptr inbounds float, float* %2, i64 %1523
  %1525 = load float, float* %1524, align 4
  %1526 = insertelement <8 x float> undef, float %1525, i32 0
  %splat177 = shufflevector <8 x float> %1526, <8 x float> undef, <8 x i32> zeroinitializer
  %1527 = load <8 x float>, <8 x float>* %67, align 32
  %1528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat177, <8 x float> %1522, <8 x float> %1527)
  store <8 x float> %1528, <8 x float>* %67, align 32
  %1529 = add i64 %1412, 179
  %1530 = getelementptr inbounds float, float* %2, i64 %1529
  %1531 = load float, float* %1530, align 4
  %1532 = insertelement <8 x float> undef, float %1531, i32 0
  %splat178 = shufflevector <8 x float> %1532, <8 x float> undef, <8 x i32> zeroinitializer
  %1533 = load <8 x float>, <8 x float>* %66, align 32
  %1534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat178, <8 x float> %1522, <8 x float> %1533)
  store <8 x float> %1534, <8 x float>* %66, align 32
  %1535 = add i64 %1412, 187
  %1536 = getelementptr inbounds float, float* %2, i64 %1535
  %1537 = load float, float* %1536, align 4
  %1538 = insertelement <8 x float> undef, float %1537, i32 0
  %splat179 = shufflevector <8 x float> %1538, <8 x float> undef, <8 x i32> zeroinitializer
  %1539 = load <8 x float>, <8 x float>* %65, align 32
  %1540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat179, <8 x float> %1522, <8 x float> %1539)
  store <8 x float> %1540, <8 x float>* %65, align 32
  %1541 = add i64 %1412, 195
  %1542 = getelementptr inbounds float, float* %2, i64 %1541
  %1543 = load float, float* %1542, align 4
  %1544 = insertelement <8 x float> undef, float %1543, i32 0
  %splat180 = shufflevector <8 x float> %1544, <8 x float> undef, <8 x i32> zeroinitializer
  %1545 = load <8 x float>, <8 x float>* %64, align 32
  %1546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat180, <8 x float> %1522, <8 x float> %1545)
  store <8 x float> %1546, <8 x float>* %64, align 32
  %1547 = add i64 %1412, 203
  %1548 = getelementptr inbounds float, float* %2, i64 %1547
  %1549 = load float, float* %1548, align 4
  %1550 = insertelement <8 x float> undef, float %1549, i32 0
  %splat181 = shufflevector <8 x float> %1550, <8 x float> undef, <8 x i32> zeroinitializer
  %1551 = load <8 x float>, <8 x float>* %63, align 32
  %1552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat181, <8 x float> %1522, <8 x float> %1551)
  store <8 x float> %1552, <8 x float>* %63, align 32
  %1553 = add i64 %1416, 32
  %1554 = getelementptr inbounds float, float* %4, i64 %1553
  %1555 = bitcast float* %1554 to <8 x float>*
  %1556 = load <8 x float>, <8 x float>* %1555, align 4
  %1557 = add i64 %1412, 172
  %1558 = getelementptr inbounds float, float* %2, i64 %1557
  %1559 = load float, float* %1558, align 4
  %1560 = insertelement <8 x float> undef, float %1559, i32 0
  %splat182 = shufflevector <8 x float> %1560, <8 x float> undef, <8 x i32> zeroinitializer
  %1561 = load <8 x float>, <8 x float>* %67, align 32
  %1562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat182, <8 x float> %1556, <8 x float> %1561)
  store <8 x float> %1562, <8 x float>* %67, align 32
  %1563 = add i64 %1412, 180
  %1564 = getelementptr inbounds float, float* %2, i64 %1563
  %1565 = load float, float* %1564, align 4
  %1566 = insertelement <8 x float> undef, float %1565, i32 0
  %splat183 = shufflevector <8 x float> %1566, <8 x float> undef, <8 x i32> zeroinitializer
  %1567 = load <8 x float>, <8 x float>* %66, align 32
  %1568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat183, <8 x float> %1556, <8 x float> %1567)
  store <8 x float> %1568, <8 x float>* %66, align 32
  %1569 = add i64 %1412, 188
  %1570 = getelementptr inbounds float, float* %2, i64 %1569
  %1571 = load float, float* %1570, align 4
  %1572 = insertelement <8 x float> undef, float %1571, i32 0
  %splat184 = shufflevector <8 x float> %1572, <8 x float> undef, <8 x i32> zeroinitializer
  %1573 = load <8 x float>, <8 x float>* %65, align 32
  %1574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat184, <8 x float> %1556, <8 x float> %1573)
  store <8 x float> %1574, <8 x float>* %65, align 32
  %1575 = add i64 %1412, 196
  %1576 = getelementptr inbounds float, float* %2, i64 %1575
  %1577 = load float, float* %1576, align 4
  %1578 = insertelement <8 x float> undef, float %1577, i32 0
  %splat185 = shufflevector <8 x float> %1578, <8 x float> undef, <8 x i32> zeroinitializer
  %1579 = load <8 x float>, <8 x float>* %64, align 32
  %1580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat185, <8 x float> %1556, <8 x float> %1579)
  store <8 x float> %1580, <8 x float>* %64, align 32
  %1581 = add i64 %1412, 204
  %1582 = getelementptr inbounds float, float* %2, i64 %1581
  %1583 = load float, float* %1582, align 4
  %1584 = insertelement <8 x float> undef, float %1583, i32 0
  %splat186 = shufflevector <8 x float> %1584, <8 x float> undef, <8 x i32> zeroinitializer
  %1585 = load <8 x float>, <8 x float>* %63, align 32
  %1586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %1556, <8 x float> %1585)
  store <8 x float> %1586, <8 x float>* %63, align 32
  %1587 = add i64 %1416, 40
  %1588 = getelementptr inbounds float, float* %4, i64 %1587
  %1589 = bitcast float* %1588 to <8 x float>*
  %1590 = load <8 x float>, <8 x float>* %1589, align 4
  %1591 = add i64 %1412, 173
  %1592 = getelementptr inbounds float, float* %2, i64 %1591
  %1593 = load float, float* %1592, align 4
  %1594 = insertelement <8 x float> undef, float %1593, i32 0
  %splat187 = shufflevector <8 x float> %1594, <8 x float> undef, <8 x i32> zeroinitializer
  %1595 = load <8 x float>, <8 x float>* %67, align 32
  %1596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %1590, <8 x float> %1595)
  store <8 x float> %1596, <8 x float>* %67, align 32
  %1597 = add i64 %1412, 181
  %1598 = getelementptr inbounds float, float* %2, i64 %1597
  %1599 = load float, float* %1598, align 4
  %1600 = insertelement <8 x float> undef, float %1599, i32 0
  %splat188 = shufflevector <8 x float> %1600, <8 x float> undef, <8 x i32> zeroinitializer
  %1601 = load <8 x float>, <8 x float>* %66, align 32
  %1602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %1590, <8 x float> %1601)
  store <8 x float> %1602, <8 x float>* %66, align 32
  %1603 = add i64 %1412, 189
  %1604 = getelementptr inbounds float, float* %2, i64 %1603
  %1605 = load float, float* %1604, align 4
  %1606 = insertelement <8 x float> undef, float %1605, i32 0
  %splat189 = shufflevector <8 x float> %1606, <8 x float> undef, <8 x i32> zeroinitializer
  %1607 = load <8 x float>, <8 x float>* %65, align 32
  %1608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %1590, <8 x float> %1607)
  store <8 x float> %1608, <8 x float>* %65, align 32
  %1609 = add i64 %1412, 197
  %1610 = getelementptr inbounds float, float* %2, i64 %1609
  %1611 = load float, float* %1610, align 4
  %1612 = insertelement <8 x float> undef, float %1611, i32 0
  %splat190 = shufflevector <8 x float> %1612, <8 x float> undef, <8 x i32> zeroinitializer
  %1613 = load <8 x float>, <8 x float>* %64, align 32
  %1614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %1590, <8 x float> %1613)
  store <8 x float> %1614, <8 x float>* %64, align 32
  %1615 = add i64 %1412, 205
  %1616 = getelementptr inbounds float, float* %2, i64 %1615
  %1617 = load float, float* %1616, align 4
  %1618 = insertelement <8 x float> undef, float %1617, i32 0
  %splat191 = shufflevector <8 x float> %1618, <8 x float> undef, <8 x i32> zeroinitializer
  %1619 = load <8 x float>, <8 x float>* %63, align 32
  %1620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %1590, <8 x float> %1619)
  store <8 x float> %1620, <8 x float>* %63, align 32
  %1621 = add i64 %1416, 48
  %1622 = getelementptr inbounds float, float* %4, i64 %1621
  %1623 = bitcast float* %1622 to <8 x float>*
  %1624 = load <8 x float>, <8 x float>* %1623, align 4
  %1625 = add i64 %1412, 174
  %1626 = getelementptr inbounds float, float* %2, i64 %1625
  %1627 = load float, float* %1626, align 4
  %1628 = insertelement <8 x float> undef, float %1627, i32 0
  %splat192 = shufflevector <8 x float> %1628, <8 x float> undef, <8 x i32> zeroinitializer
  %1629 = load <8 x float>, <8 x float>* %67, align 32
  %1630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %1624, <8 x float> %1629)
  store <8 x float> %1630, <8 x float>* %67, align 32
  %1631 = add i64 %1412, 182
  %1632 = getelementptr inbounds float, float* %2, i64 %1631
  %1633 = load float, float* %1632, align 4
  %1634 = insertelement <8 x float> undef, float %1633, i32 0
  %splat193 = shufflevector <8 x float> %1634, <8 x float> undef, <8 x i32> zeroinitializer
  %1635 = load <8 x float>, <8 x float>* %66, align 32
  %1636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %1624, <8 x float> %1635)
  store <8 x float> %1636, <8 x float>* %66, align 32
  %1637 = add i64 %1412, 190
  %1638 = getelementptr inbounds float, float* %2, i64 %1637
  %1639 = load float, float* %1638, align 4
  %1640 = insertelement <8 x float> undef, float %1639, i32 0
  %splat194 = shufflevector <8 x float> %1640, <8 x float> undef, <8 x i32> zeroinitializer
  %1641 = load <8 x float>, <8 x float>* %65, align 32
  %1642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %1624, <8 x float> %1641)
  store <8 x float> %1642, <8 x float>* %65, align 32
  %1643 = add i64 %1412, 198
  %1644 = getelementptr inbounds float, float* %2, i64 %1643
  %1645 = load float, float* %1644, align 4
  %1646 = insertelement <8 x float> undef, float %1645, i32 0
  %splat195 = shufflevector <8 x float> %1646, <8 x float> undef, <8 x i32> zeroinitializer
  %1647 = load <8 x float>, <8 x float>* %64, align 32
  %1648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %1624, <8 x float> %1647)
  store <8 x float> %1648, <8 x float>* %64, align 32
  %1649 = add i64 %1412, 206
  %1650 = getelementptr inbounds float, float* %2, i64 %1649
  %1651 = load float, float* %1650, align 4
  %1652 = insertelement <8 x float> undef, float %1651, i32 0
  %splat196 = shufflevector <8 x float> %1652, <8 x float> undef, <8 x i32> zeroinitializer
  %1653 = load <8 x float>, <8 x float>* %63, align 32
  %1654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %1624, <8 x float> %1653)
  store <8 x float> %1654, <8 x float>* %63, align 32
  %1655 = add i64 %1416, 56
  %1656 = getelementptr inbounds float, float* %4, i64 %1655
  %1657 = bitcast float* %1656 to <8 x float>*
  %1658 = load <8 x float>, <8 x float>* %1657, align 4
  %1659 = add i64 %1412, 175
  %1660 = getelementptr inbounds float, float* %2, i64 %1659
  %1661 = load float, float* %1660, align 4
  %1662 = insertelement <8 x float> undef, float %1661, i32 0
  %splat197 = shufflevector <8 x float> %1662, <8 x float> undef, <8 x i32> zeroinitializer
  %1663 = load <8 x float>, <8 x float>* %67, align 32
  %1664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %1658, <8 x float> %1663)
  store <8 x float> %1664, <8 x float>* %67, align 32
  %1665 = add i64 %1412, 183
  %1666 = getelementptr inbounds float, float* %2, i64 %1665
  %1667 = load float, float* %1666, align 4
  %1668 = insertelement <8 x float> undef, float %1667, i32 0
  %splat198 = shufflevector <8 x float> %1668, <8 x float> undef, <8 x i32> zeroinitializer
  %1669 = load <8 x float>, <8 x float>* %66, align 32
  %1670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %1658, <8 x float> %1669)
  store <8 x float> %1670, <8 x float>* %66, align 32
  %1671 = add i64 %1412, 191
  %1672 = getelementptr inbounds float, float* %2, i64 %1671
  %1673 = load float, float* %1672, align 4
  %1674 = insertelement <8 x float> undef, float %1673, i32 0
  %splat199 = shufflevector <8 x float> %1674, <8 x float> undef, <8 x i32> zeroinitializer
  %1675 = load <8 x float>, <8 x float>* %65, align 32
  %1676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %1658, <8 x float> %1675)
  store <8 x float> %1676, <8 x float>* %65, align 32
  %1677 = add i64 %1412, 199
  %1678 = getelementptr inbounds float, float* %2, i64 %1677
  %1679 = load float, float* %1678, align 4
  %1680 = insertelement <8 x float> undef, float %1679, i32 0
  %splat200 = shufflevector <8 x float> %1680, <8 x float> undef, <8 x i32> zeroinitializer
  %1681 = load <8 x float>, <8 x float>* %64, align 32
  %1682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %1658, <8 x float> %1681)
  store <8 x float> %1682, <8 x float>* %64, align 32
  %1683 = add i64 %1412, 207
  %1684 = getelementptr inbounds float, float* %2, i64 %1683
  %1685 = load float, float* %1684, align 4
  %1686 = insertelement <8 x float> undef, float %1685, i32 0
  %splat201 = shufflevector <8 x float> %1686, <8 x float> undef, <8 x i32> zeroinitializer
  %1687 = load <8 x float>, <8 x float>* %63, align 32
  %1688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %1658, <8 x float> %1687)
  store <8 x float> %1688, <8 x float>* %63, align 32
  %kw.next202 = add i64 %kw161, 1
  br label %kw.header158

kw.exit160:                                       ; preds = %kw.header158
  %kh.next203 = add i64 %kh157, 1
  br label %kh.header154

u.header205:                                      ; preds = %kh.exit211, %u.exit152
  %u208 = phi i64 [ 0, %u.exit152 ], [ %u.next259, %kh.exit211 ]
  %1689 = icmp slt i64 %u208, 3
  br i1 %1689, label %u.body206, label %u.exit207

u.body206:                                        ; preds = %u.header205
  %1690 = add i64 %1406, %u208
  %1691 = mul i64 %1690, 392
  %1692 = add i64 %1405, %1691
  %1693 = mul i64 %1690, 576
  %1694 = add i64 %98, %1693
  br label %kh.header209

u.exit207:                                        ; preds = %u.header205
  %1695 = icmp eq i64 %chunk, 15
  %1696 = load <8 x float>, <8 x float>* %62, align 32
  %1697 = fcmp olt <8 x float> %1696, zeroinitializer
  %1698 = select <8 x i1> %1697, <8 x float> zeroinitializer, <8 x float> %1696
  %1699 = select i1 %1695, <8 x float> %1698, <8 x float> %1696
  %1700 = getelementptr inbounds float, float* %0, i64 %1369
  %1701 = bitcast float* %1700 to <8 x float>*
  store <8 x float> %1699, <8 x float>* %1701, align 4
  %1702 = load <8 x float>, <8 x float>* %61, align 32
  %1703 = fcmp olt <8 x float> %1702, zeroinitializer
  %1704 = select <8 x i1> %1703, <8 x float> zeroinitializer, <8 x float> %1702
  %1705 = select i1 %1695, <8 x float> %1704, <8 x float> %1702
  %1706 = getelementptr inbounds float, float* %0, i64 %1371
  %1707 = bitcast float* %1706 to <8 x float>*
  store <8 x float> %1705, <8 x float>* %1707, align 4
  %1708 = load <8 x float>, <8 x float>* %60, align 32
  %1709 = fcmp olt <8 x float> %1708, zeroinitializer
  %1710 = select <8 x i1> %1709, <8 x float> zeroinitializer, <8 x float> %1708
  %1711 = select i1 %1695, <8 x float> %1710, <8 x float> %1708
  %1712 = getelementptr inbounds float, float* %0, i64 %1373
  %1713 = bitcast float* %1712 to <8 x float>*
  store <8 x float> %1711, <8 x float>* %1713, align 4
  %1714 = load <8 x float>, <8 x float>* %59, align 32
  %1715 = fcmp olt <8 x float> %1714, zeroinitializer
  %1716 = select <8 x i1> %1715, <8 x float> zeroinitializer, <8 x float> %1714
  %1717 = select i1 %1695, <8 x float> %1716, <8 x float> %1714
  %1718 = getelementptr inbounds float, float* %0, i64 %1375
  %1719 = bitcast float* %1718 to <8 x float>*
  store <8 x float> %1717, <8 x float>* %1719, align 4
  %1720 = load <8 x float>, <8 x float>* %58, align 32
  %1721 = fcmp olt <8 x float> %1720, zeroinitializer
  %1722 = select <8 x i1> %1721, <8 x float> zeroinitializer, <8 x float> %1720
  %1723 = select i1 %1695, <8 x float> %1722, <8 x float> %1720
  %1724 = getelementptr inbounds float, float* %0, i64 %1377
  %1725 = bitcast float* %1724 to <8 x float>*
  store <8 x float> %1723, <8 x float>* %1725, align 4
  br label %endif

kh.header209:                                     ; preds = %kw.exit215, %u.body206
  %kh212 = phi i64 [ 0, %u.body206 ], [ %kh.next258, %kw.exit215 ]
  %1726 = icmp slt i64 %kh212, 3
  br i1 %1726, label %kh.body210, label %kh.exit211

kh.body210:                                       ; preds = %kh.header209
  %1727 = mul i64 %kh212, 56
  %1728 = add i64 %1692, %1727
  br label %kw.header213

kh.exit211:                                       ; preds = %kh.header209
  %u.next259 = add i64 %u208, 1
  br label %u.header205

kw.header213:                                     ; preds = %kw.body214, %kh.body210
  %kw216 = phi i64 [ 0, %kh.body210 ], [ %kw.next257, %kw.body214 ]
  %1729 = icmp slt i64 %kw216, 3
  br i1 %1729, label %kw.body214, label %kw.exit215

kw.body214:                                       ; preds = %kw.header213
  %1730 = mul i64 %kw216, 8
  %1731 = add i64 %1728, %1730
  %1732 = mul i64 %kh212, 3
  %1733 = add i64 %1732, %kw216
  %1734 = mul i64 %1733, 64
  %1735 = add i64 %1694, %1734
  %1736 = add i64 %1735, 0
  %1737 = getelementptr inbounds float, float* %4, i64 %1736
  %1738 = bitcast float* %1737 to <8 x float>*
  %1739 = load <8 x float>, <8 x float>* %1738, align 4
  %1740 = add i64 %1731, 224
  %1741 = getelementptr inbounds float, float* %2, i64 %1740
  %1742 = load float, float* %1741, align 4
  %1743 = insertelement <8 x float> undef, float %1742, i32 0
  %splat217 = shufflevector <8 x float> %1743, <8 x float> undef, <8 x i32> zeroinitializer
  %1744 = load <8 x float>, <8 x float>* %62, align 32
  %1745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %1739, <8 x float> %1744)
  store <8 x float> %1745, <8 x float>* %62, align 32
  %1746 = add i64 %1731, 232
  %1747 = getelementptr inbounds float, float* %2, i64 %1746
  %1748 = load float, float* %1747, align 4
  %1749 = insertelement <8 x float> undef, float %1748, i32 0
  %splat218 = shufflevector <8 x float> %1749, <8 x float> undef, <8 x i32> zeroinitializer
  %1750 = load <8 x float>, <8 x float>* %61, align 32
  %1751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %1739, <8 x float> %1750)
  store <8 x float> %1751, <8 x float>* %61, align 32
  %1752 = add i64 %1731, 240
  %1753 = getelementptr inbounds float, float* %2, i64 %1752
  %1754 = load float, float* %1753, align 4
  %1755 = insertelement <8 x float> undef, float %1754, i32 0
  %splat219 = shufflevector <8 x float> %1755, <8 x float> undef, <8 x i32> zeroinitializer
  %1756 = load <8 x float>, <8 x float>* %60, align 32
  %1757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %1739, <8 x float> %1756)
  store <8 x float> %1757, <8 x float>* %60, align 32
  %1758 = add i64 %1731, 248
  %1759 = getelementptr inbounds float, float* %2, i64 %1758
  %1760 = load float, float* %1759, align 4
  %1761 = insertelement <8 x float> undef, float %1760, i32 0
  %splat220 = shufflevector <8 x float> %1761, <8 x float> undef, <8 x i32> zeroinitializer
  %1762 = load <8 x float>, <8 x float>* %59, align 32
  %1763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %1739, <8 x float> %1762)
  store <8 x float> %1763, <8 x float>* %59, align 32
  %1764 = add i64 %1731, 256
  %1765 = getelementptr inbounds float, float* %2, i64 %1764
  %1766 = load float, float* %1765, align 4
  %1767 = insertelement <8 x float> undef, float %1766, i32 0
  %splat221 = shufflevector <8 x float> %1767, <8 x float> undef, <8 x i32> zeroinitializer
  %1768 = load <8 x float>, <8 x float>* %58, align 32
  %1769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %1739, <8 x float> %1768)
  store <8 x float> %1769, <8 x float>* %58, align 32
  %1770 = add i64 %1735, 8
  %1771 = getelementptr inbounds float, float* %4, i64 %1770
  %1772 = bitcast float* %1771 to <8 x float>*
  %1773 = load <8 x float>, <8 x float>* %1772, align 4
  %1774 = add i64 %1731, 225
  %1775 = getelementptr inbounds float, float* %2, i64 %1774
  %1776 = load float, float* %1775, align 4
  %1777 = insertelement <8 x float> undef, float %1776, i32 0
  %splat222 = shufflevector <8 x float> %1777, <8 x float> undef, <8 x i32> zeroinitializer
  %1778 = load <8 x float>, <8 x float>* %62, align 32
  %1779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %1773, <8 x float> %1778)
  store <8 x float> %1779, <8 x float>* %62, align 32
  %1780 = add i64 %1731, 233
  %1781 = getelementptr inbounds float, float* %2, i64 %1780
  %1782 = load float, float* %1781, align 4
  %1783 = insertelement <8 x float> undef, float %1782, i32 0
  %splat223 = shufflevector <8 x float> %1783, <8 x float> undef, <8 x i32> zeroinitializer
  %1784 = load <8 x float>, <8 x float>* %61, align 32
  %1785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %1773, <8 x float> %1784)
  store <8 x float> %1785, <8 x float>* %61, align 32
  %1786 = add i64 %1731, 241
  %1787 = getelementptr inbounds float, float* %2, i64 %1786
  %1788 = load float, float* %1787, align 4
  %1789 = insertelement <8 x float> undef, float %1788, i32 0
  %splat224 = shufflevector <8 x float> %1789, <8 x float> undef, <8 x i32> zeroinitializer
  %1790 = load <8 x float>, <8 x float>* %60, align 32
  %1791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %1773, <8 x float> %1790)
  store <8 x float> %1791, <8 x float>* %60, align 32
  %1792 = add i64 %1731, 249
  %1793 = getelementptr inbounds float, float* %2, i64 %1792
  %1794 = load float, float* %1793, align 4
  %1795 = insertelement <8 x float> undef, float %1794, i32 0
  %splat225 = shufflevector <8 x float> %1795, <8 x float> undef, <8 x i32> zeroinitializer
  %1796 = load <8 x float>, <8 x float>* %59, align 32
  %1797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %1773, <8 x float> %1796)
  store <8 x float> %1797, <8 x float>* %59, align 32
  %1798 = add i64 %1731, 257
  %1799 = getelementptr inbounds float, float* %2, i64 %1798
  %1800 = load float, float* %1799, align 4
  %1801 = insertelement <8 x float> undef, float %1800, i32 0
  %splat226 = shufflevector <8 x float> %1801, <8 x float> undef, <8 x i32> zeroinitializer
  %1802 = load <8 x float>, <8 x float>* %58, align 32
  %1803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %1773, <8 x float> %1802)
  store <8 x float> %1803, <8 x float>* %58, align 32
  %1804 = add i64 %1735, 16
  %1805 = getelementptr inbounds float, float* %4, i64 %1804
  %1806 = bitcast float* %1805 to <8 x float>*
  %1807 = load <8 x float>, <8 x float>* %1806, align 4
  %1808 = add i64 %1731, 226
  %1809 = getelementptr inbounds float, float* %2, i64 %1808
  %1810 = load float, float* %1809, align 4
  %1811 = insertelement <8 x float> undef, float %1810, i32 0
  %splat227 = shufflevector <8 x float> %1811, <8 x float> undef, <8 x i32> zeroinitializer
  %1812 = load <8 x float>, <8 x float>* %62, align 32
  %1813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %1807, <8 x float> %1812)
  store <8 x float> %1813, <8 x float>* %62, align 32
  %1814 = add i64 %1731, 234
  %1815 = getelementptr inbounds float, float* %2, i64 %1814
  %1816 = load float, float* %1815, align 4
  %1817 = insertelement <8 x float> undef, float %1816, i32 0
  %splat228 = shufflevector <8 x float> %1817, <8 x float> undef, <8 x i32> zeroinitializer
  %1818 = load <8 x float>, <8 x float>* %61, align 32
  %1819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %1807, <8 x float> %1818)
  store <8 x float> %1819, <8 x float>* %61, align 32
  %1820 = add i64 %1731, 242
  %1821 = getelementptr inbounds float, float* %2, i64 %1820
  %1822 = load float, float* %1821, align 4
  %1823 = insertelement <8 x float> undef, float %1822, i32 0
  %splat229 = shufflevector <8 x float> %1823, <8 x float> undef, <8 x i32> zeroinitializer
  %1824 = load <8 x float>, <8 x float>* %60, align 32
  %1825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %1807, <8 x float> %1824)
  store <8 x float> %1825, <8 x float>* %60, align 32
  %1826 = add i64 %1731, 250
  %1827 = getelementptr inbounds float, float* %2, i64 %1826
  %1828 = load float, float* %1827, align 4
  %1829 = insertelement <8 x float> undef, float %1828, i32 0
  %splat230 = shufflevector <8 x float> %1829, <8 x float> undef, <8 x i32> zeroinitializer
  %1830 = load <8 x float>, <8 x float>* %59, align 32
  %1831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %1807, <8 x float> %1830)
  store <8 x float> %1831, <8 x float>* %59, align 32
  %1832 = add i64 %1731, 258
  %1833 = getelementptr inbounds float, float* %2, i64 %1832
  %1834 = load float, float* %1833, align 4
  %1835 = insertelement <8 x float> undef, float %1834, i32 0
  %splat231 = shufflevector <8 x float> %1835, <8 x float> undef, <8 x i32> zeroinitializer
  %1836 = load <8 x float>, <8 x float>* %58, align 32
  %1837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %1807, <8 x float> %1836)
  store <8 x float> %1837, <8 x float>* %58, align 32
  %1838 = add i64 %1735, 24
  %1839 = getelementptr inbounds float, float* %4, i64 %1838
  %1840 = bitcast float* %1839 to <8 x float>*
  %1841 = load <8 x float>, <8 x float>* %1840, align 4
  %1842 = add i64 %1731, 227
  %1843 = getelementptr inbounds float, float* %2, i64 %1842
  %1844 = load float, float* %1843, align 4
  %1845 = insertelement <8 x float> undef, float %1844, i32 0
  %splat232 = shufflevector <8 x float> %1845, <8 x float> undef, <8 x i32> zeroinitializer
  %1846 = load <8 x float>, <8 x float>* %62, align 32
  %1847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %1841, <8 x float> %1846)
  store <8 x float> %1847, <8 x float>* %62, align 32
  %1848 = add i64 %1731, 235
  %1849 = getelementptr inbounds float, float* %2, i64 %1848
  %1850 = load float, float* %1849, align 4
  %1851 = insertelement <8 x float> undef, float %1850, i32 0
  %splat233 = shufflevector <8 x float> %1851, <8 x float> undef, <8 x i32> zeroinitializer
  %1852 = load <8 x float>, <8 x float>* %61, align 32
  %1853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %1841, <8 x float> %1852)
  store <8 x float> %1853, <8 x float>* %61, align 32
  %1854 = add i64 %1731, 243
  %1855 = getelementptr inbounds float, float* %2, i64 %1854
  %1856 = load float, float* %1855, align 4
  %1857 = insertelement <8 x float> undef, float %1856, i32 0
  %splat234 = shufflevector <8 x float> %1857, <8 x float> undef, <8 x i32> zeroinitializer
  %1858 = load <8 x float>, <8 x float>* %60, align 32
  %1859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat234, <8 x float> %1841, <8 x float> %1858)
  store <8 x float> %1859, <8 x float>* %60, align 32
  %1860 = add i64 %1731, 251
  %1861 = getelementptr inbounds float, float* %2, i64 %1860
  %1862 = load float, float* %1861, align 4
  %1863 = insertelement <8 x float> undef, float %1862, i32 0
  %splat235 = shufflevector <8 x float> %1863, <8 x float> undef, <8 x i32> zeroinitializer
  %1864 = load <8 x float>, <8 x float>* %59, align 32
  %1865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat235, <8 x float> %1841, <8 x float> %1864)
  store <8 x float> %1865, <8 x float>* %59, align 32
  %1866 = add i64 %1731, 259
  %1867 = getelementptr inbounds float, float* %2, i64 %1866
  %1868 = load float, float* %1867, align 4
  %1869 = insertelement <8 x float> undef, float %1868, i32 0
  %splat236 = shufflevector <8 x float> %1869, <8 x float> undef, <8 x i32> zeroinitializer
  %1870 = load <8 x float>, <8 x float>* %58, align 32
  %1871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat236, <8 x float> %1841, <8 x float> %1870)
  store <8 x float> %1871, <8 x float>* %58, align 32
  %1872 = add i64 %1735, 32
  %1873 = getelementptr inbounds float, float* %4, i64 %1872
  %1874 = bitcast float* %1873 to <8 x float>*
  %1875 = load <8 x float>, <8 x float>* %1874, align 4
  %1876 = add i64 %1731, 228
  %1877 = getelementptr inbounds float, float* %2, i64 %1876
  %1878 = load float, float* %1877, align 4
  %1879 = insertelement <8 x float> undef, float %1878, i32 0
  %splat237 = shufflevector <8 x float> %1879, <8 x float> undef, <8 x i32> zeroinitializer
  %1880 = load <8 x float>, <8 x float>* %62, align 32
  %1881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat237, <8 x float> %1875, <8 x float> %1880)
  store <8 x float> %1881, <8 x float>* %62, align 32
  %1882 = add i64 %1731, 236
  %1883 = getelementptr inbounds float, float* %2, i64 %1882
  %1884 = load float, float* %1883, align 4
  %1885 = insertelement <8 x float> undef, float %1884, i32 0
  %splat238 = shufflevector <8 x float> %1885, <8 x float> undef, <8 x i32> zeroinitializer
  %1886 = load <8 x float>, <8 x float>* %61, align 32
  %1887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat238, <8 x float> %1875, <8 x float> %1886)
  store <8 x float> %1887, <8 x float>* %61, align 32
  %1888 = add i64 %1731, 244
  %1889 = getelementptr inbounds float, float* %2, i64 %1888
  %1890 = load float, float* %1889, align 4
  %1891 = insertelement <8 x float> undef, float %1890, i32 0
  %splat239 = shufflevector <8 x float> %1891, <8 x float> undef, <8 x i32> zeroinitializer
  %1892 = load <8 x float>, <8 x float>* %60, align 32
  %1893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat239, <8 x float> %1875, <8 x float> %1892)
  store <8 x float> %1893, <8 x float>* %60, align 32
  %1894 = add i64 %1731, 252
  %1895 = getelementptr inbounds float, float* %2, i64 %1894
  %1896 = load float, float* %1895, align 4
  %1897 = insertelement <8 x float> undef, float %1896, i32 0
  %splat240 = shufflevector <8 x float> %1897, <8 x float> undef, <8 x i32> zeroinitializer
  %1898 = load <8 x float>, <8 x float>* %59, align 32
  %1899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat240, <8 x float> %1875, <8 x float> %1898)
  store <8 x float> %1899, <8 x float>* %59, align 32
  %1900 = add i64 %1731, 260
  %1901 = getelementptr inbounds float, float* %2, i64 %1900
  %1902 = load float, float* %1901, align 4
  %1903 = insertelement <8 x float> undef, float %1902, i32 0
  %splat241 = shufflevector <8 x float> %1903, <8 x float> undef, <8 x i32> zeroinitializer
  %1904 = load <8 x float>, <8 x float>* %58, align 32
  %1905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat241, <8 x float> %1875, <8 x float> %1904)
  store <8 x float> %1905, <8 x float>* %58, align 32
  %1906 = add i64 %1735, 40
  %1907 = getelementptr inbounds float, float* %4, i64 %1906
  %1908 = bitcast float* %1907 to <8 x float>*
  %1909 = load <8 x float>, <8 x float>* %1908, align 4
  %1910 = add i64 %1731, 229
  %1911 = getelementptr inbounds float, float* %2, i64 %1910
  %1912 = load float, float* %1911, align 4
  %1913 = insertelement <8 x float> undef, float %1912, i32 0
  %splat242 = shufflevector <8 x float> %1913, <8 x float> undef, <8 x i32> zeroinitializer
  %1914 = load <8 x float>, <8 x float>* %62, align 32
  %1915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat242, <8 x float> %1909, <8 x float> %1914)
  store <8 x float> %1915, <8 x float>* %62, align 32
  %1916 = add i64 %1731, 237
  %1917 = getelementptr inbounds float, float* %2, i64 %1916
  %1918 = load float, float* %1917, align 4
  %1919 = insertelement <8 x float> undef, float %1918, i32 0
  %splat243 = shufflevector <8 x float> %1919, <8 x float> undef, <8 x i32> zeroinitializer
  %1920 = load <8 x float>, <8 x float>* %61, align 32
  %1921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat243, <8 x float> %1909, <8 x float> %1920)
  store <8 x float> %1921, <8 x float>* %61, align 32
  %1922 = add i64 %1731, 245
  %1923 = getelementptr inbounds float, float* %2, i64 %1922
  %1924 = load float, float* %1923, align 4
  %1925 = insertelement <8 x float> undef, float %1924, i32 0
  %splat244 = shufflevector <8 x float> %1925, <8 x float> undef, <8 x i32> zeroinitializer
  %1926 = load <8 x float>, <8 x float>* %60, align 32
  %1927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat244, <8 x float> %1909, <8 x float> %1926)
  store <8 x float> %1927, <8 x float>* %60, align 32
  %1928 = add i64 %1731, 253
  %1929 = getelementptr inbounds float, float* %2, i64 %1928
  %1930 = load float, float* %1929, align 4
  %1931 = insertelement <8 x float> undef, float %1930, i32 0
  %splat245 = shufflevector <8 x float> %1931, <8 x float> undef, <8 x i32> zeroinitializer
  %1932 = load <8 x float>, <8 x float>* %59, align 32
  %1933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat245, <8 x float> %1909, <8 x float> %1932)
  store <8 x float> %1933, <8 x float>* %59, align 32
  %1934 = add i64 %1731, 261
  %1935 = getelementptr inbounds float, float* %2, i64 %1934
  %1936 = load float, float* %1935, align 4
  %1937 = insertelement <8 x float> undef, float %1936, i32 0
  %splat246 = shufflevector <8 x float> %1937, <8 x float> undef, <8 x i32> zeroinitializer
  %1938 = load <8 x float>, <8 x float>* %58, align 32
  %1939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat246, <8 x float> %1909, <8 x float> %1938)
  store <8 x float> %1939, <8 x float>* %58, align 32
  %1940 = add i64 %1735, 48
  %1941 = getelementptr inbounds float, float* %4, i64 %1940
  %1942 = bitcast float* %1941 to <8 x float>*
  %1943 = load <8 x float>, <8 x float>* %1942, align 4
  %1944 = add i64 %1731, 230
  %1945 = getelementptr inbounds float, float* %2, i64 %1944
  %1946 = load float, float* %1945, align 4
  %1947 = insertelement <8 x float> undef, float %1946, i32 0
  %splat247 = shufflevector <8 x float> %1947, <8 x float> undef, <8 x i32> zeroinitializer
  %1948 = load <8 x float>, <8 x float>* %62, align 32
  %1949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat247, <8 x float> %1943, <8 x float> %1948)
  store <8 x float> %1949, <8 x float>* %62, align 32
  %1950 = add i64 %1731, 238
  %1951 = getelementptr inbounds float, float* %2, i64 %1950
  %1952 = load float, float* %1951, align 4
  %1953 = insertelement <8 x float> undef, float %1952, i32 0
  %splat248 = shufflevector <8 x float> %1953, <8 x float> undef, <8 x i32> zeroinitializer
  %1954 = load <8 x float>, <8 x float>* %61, align 32
  %1955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat248, <8 x float> %1943, <8 x float> %1954)
  store <8 x float> %1955, <8 x float>* %61, align 32
  %1956 = add i64 %1731, 246
  %1957 = getelementptr inbounds float, float* %2, i64 %1956
  %1958 = load float, float* %1957, align 4
  %1959 = insertelement <8 x float> undef, float %1958, i32 0
  %splat249 = shufflevector <8 x float> %1959, <8 x float> undef, <8 x i32> zeroinitializer
  %1960 = load <8 x float>, <8 x float>* %60, align 32
  %1961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %1943, <8 x float> %1960)
  store <8 x float> %1961, <8 x float>* %60, align 32
  %1962 = add i64 %1731, 254
  %1963 = getelementptr inbounds float, float* %2, i64 %1962
  %1964 = load float, float* %1963, align 4
  %1965 = insertelement <8 x float> undef, float %1964, i32 0
  %splat250 = shufflevector <8 x float> %1965, <8 x float> undef, <8 x i32> zeroinitializer
  %1966 = load <8 x float>, <8 x float>* %59, align 32
  %1967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %1943, <8 x float> %1966)
  store <8 x float> %1967, <8 x float>* %59, align 32
  %1968 = add i64 %1731, 262
  %1969 = getelementptr inbounds float, float* %2, i64 %1968
  %1970 = load float, float* %1969, align 4
  %1971 = insertelement <8 x float> undef, float %1970, i32 0
  %splat251 = shufflevector <8 x float> %1971, <8 x float> undef, <8 x i32> zeroinitializer
  %1972 = load <8 x float>, <8 x float>* %58, align 32
  %1973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %1943, <8 x float> %1972)
  store <8 x float> %1973, <8 x float>* %58, align 32
  %1974 = add i64 %1735, 56
  %1975 = getelementptr inbounds float, float* %4, i64 %1974
  %1976 = bitcast float* %1975 to <8 x float>*
  %1977 = load <8 x float>, <8 x float>* %1976, align 4
  %1978 = add i64 %1731, 231
  %1979 = getelementptr inbounds float, float* %2, i64 %1978
  %1980 = load float, float* %1979, align 4
  %1981 = insertelement <8 x float> undef, float %1980, i32 0
  %splat252 = shufflevector <8 x float> %1981, <8 x float> undef, <8 x i32> zeroinitializer
  %1982 = load <8 x float>, <8 x float>* %62, align 32
  %1983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %1977, <8 x float> %1982)
  store <8 x float> %1983, <8 x float>* %62, align 32
  %1984 = add i64 %1731, 239
  %1985 = getelementptr inbounds float, float* %2, i64 %1984
  %1986 = load float, float* %1985, align 4
  %1987 = insertelement <8 x float> undef, float %1986, i32 0
  %splat253 = shufflevector <8 x float> %1987, <8 x float> undef, <8 x i32> zeroinitializer
  %1988 = load <8 x float>, <8 x float>* %61, align 32
  %1989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %1977, <8 x float> %1988)
  store <8 x float> %1989, <8 x float>* %61, align 32
  %1990 = add i64 %1731, 247
  %1991 = getelementptr inbounds float, float* %2, i64 %1990
  %1992 = load float, float* %1991, align 4
  %1993 = insertelement <8 x float> undef, float %1992, i32 0
  %splat254 = shufflevector <8 x float> %1993, <8 x float> undef, <8 x i32> zeroinitializer
  %1994 = load <8 x float>, <8 x float>* %60, align 32
  %1995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %1977, <8 x float> %1994)
  store <8 x float> %1995, <8 x float>* %60, align 32
  %1996 = add i64 %1731, 255
  %1997 = getelementptr inbounds float, float* %2, i64 %1996
  %1998 = load float, float* %1997, align 4
  %1999 = insertelement <8 x float> undef, float %1998, i32 0
  %splat255 = shufflevector <8 x float> %1999, <8 x float> undef, <8 x i32> zeroinitializer
  %2000 = load <8 x float>, <8 x float>* %59, align 32
  %2001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %1977, <8 x float> %2000)
  store <8 x float> %2001, <8 x float>* %59, align 32
  %2002 = add i64 %1731, 263
  %2003 = getelementptr inbounds float, float* %2, i64 %2002
  %2004 = load float, float* %2003, align 4
  %2005 = insertelement <8 x float> undef, float %2004, i32 0
  %splat256 = shufflevector <8 x float> %2005, <8 x float> undef, <8 x i32> zeroinitializer
  %2006 = load <8 x float>, <8 x float>* %58, align 32
  %2007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %1977, <8 x float> %2006)
  store <8 x float> %2007, <8 x float>* %58, align 32
  %kw.next257 = add i64 %kw216, 1
  br label %kw.header213

kw.exit215:                                       ; preds = %kw.header213
  %kh.next258 = add i64 %kh212, 1
  br label %kh.header209

u.header260:                                      ; preds = %kh.exit266, %else
  %u263 = phi i64 [ 0, %else ], [ %u.next314, %kh.exit266 ]
  %2008 = icmp slt i64 %u263, 3
  br i1 %2008, label %u.body261, label %u.exit262

u.body261:                                        ; preds = %u.header260
  %2009 = add i64 %232, %u263
  %2010 = mul i64 %2009, 392
  %2011 = add i64 %231, %2010
  %2012 = mul i64 %2009, 576
  %2013 = add i64 %98, %2012
  br label %kh.header264

u.exit262:                                        ; preds = %u.header260
  %2014 = icmp eq i64 %chunk, 15
  %2015 = load <8 x float>, <8 x float>* %57, align 32
  %2016 = fcmp olt <8 x float> %2015, zeroinitializer
  %2017 = select <8 x i1> %2016, <8 x float> zeroinitializer, <8 x float> %2015
  %2018 = select i1 %2014, <8 x float> %2017, <8 x float> %2015
  %2019 = getelementptr inbounds float, float* %0, i64 %154
  %2020 = bitcast float* %2019 to <8 x float>*
  store <8 x float> %2018, <8 x float>* %2020, align 4
  %2021 = load <8 x float>, <8 x float>* %56, align 32
  %2022 = fcmp olt <8 x float> %2021, zeroinitializer
  %2023 = select <8 x i1> %2022, <8 x float> zeroinitializer, <8 x float> %2021
  %2024 = select i1 %2014, <8 x float> %2023, <8 x float> %2021
  %2025 = getelementptr inbounds float, float* %0, i64 %156
  %2026 = bitcast float* %2025 to <8 x float>*
  store <8 x float> %2024, <8 x float>* %2026, align 4
  %2027 = load <8 x float>, <8 x float>* %55, align 32
  %2028 = fcmp olt <8 x float> %2027, zeroinitializer
  %2029 = select <8 x i1> %2028, <8 x float> zeroinitializer, <8 x float> %2027
  %2030 = select i1 %2014, <8 x float> %2029, <8 x float> %2027
  %2031 = getelementptr inbounds float, float* %0, i64 %158
  %2032 = bitcast float* %2031 to <8 x float>*
  store <8 x float> %2030, <8 x float>* %2032, align 4
  %2033 = load <8 x float>, <8 x float>* %54, align 32
  %2034 = fcmp olt <8 x float> %2033, zeroinitializer
  %2035 = select <8 x i1> %2034, <8 x float> zeroinitializer, <8 x float> %2033
  %2036 = select i1 %2014, <8 x float> %2035, <8 x float> %2033
  %2037 = getelementptr inbounds float, float* %0, i64 %160
  %2038 = bitcast float* %2037 to <8 x float>*
  store <8 x float> %2036, <8 x float>* %2038, align 4
  %2039 = load <8 x float>, <8 x float>* %53, align 32
  %2040 = fcmp olt <8 x float> %2039, zeroinitializer
  %2041 = select <8 x i1> %2040, <8 x float> zeroinitializer, <8 x float> %2039
  %2042 = select i1 %2014, <8 x float> %2041, <8 x float> %2039
  %2043 = getelementptr inbounds float, float* %0, i64 %162
  %2044 = bitcast float* %2043 to <8 x float>*
  store <8 x float> %2042, <8 x float>* %2044, align 4
  %2045 = load <8 x float>, <8 x float>* %52, align 32
  %2046 = fcmp olt <8 x float> %2045, zeroinitializer
  %2047 = select <8 x i1> %2046, <8 x float> zeroinitializer, <8 x float> %2045
  %2048 = select i1 %2014, <8 x float> %2047, <8 x float> %2045
  %2049 = getelementptr inbounds float, float* %0, i64 %170
  %2050 = bitcast float* %2049 to <8 x float>*
  store <8 x float> %2048, <8 x float>* %2050, align 4
  %2051 = load <8 x float>, <8 x float>* %51, align 32
  %2052 = fcmp olt <8 x float> %2051, zeroinitializer
  %2053 = select <8 x i1> %2052, <8 x float> zeroinitializer, <8 x float> %2051
  %2054 = select i1 %2014, <8 x float> %2053, <8 x float> %2051
  %2055 = getelementptr inbounds float, float* %0, i64 %172
  %2056 = bitcast float* %2055 to <8 x float>*
  store <8 x float> %2054, <8 x float>* %2056, align 4
  %2057 = load <8 x float>, <8 x float>* %50, align 32
  %2058 = fcmp olt <8 x float> %2057, zeroinitializer
  %2059 = select <8 x i1> %2058, <8 x float> zeroinitializer, <8 x float> %2057
  %2060 = select i1 %2014, <8 x float> %2059, <8 x float> %2057
  %2061 = getelementptr inbounds float, float* %0, i64 %174
  %2062 = bitcast float* %2061 to <8 x float>*
  store <8 x float> %2060, <8 x float>* %2062, align 4
  %2063 = load <8 x float>, <8 x float>* %49, align 32
  %2064 = fcmp olt <8 x float> %2063, zeroinitializer
  %2065 = select <8 x i1> %2064, <8 x float> zeroinitializer, <8 x float> %2063
  %2066 = select i1 %2014, <8 x float> %2065, <8 x float> %2063
  %2067 = getelementptr inbounds float, float* %0, i64 %176
  %2068 = bitcast float* %2067 to <8 x float>*
  store <8 x float> %2066, <8 x float>* %2068, align 4
  %2069 = load <8 x float>, <8 x float>* %48, align 32
  %2070 = fcmp olt <8 x float> %2069, zeroinitializer
  %2071 = select <8 x i1> %2070, <8 x float> zeroinitializer, <8 x float> %2069
  %2072 = select i1 %2014, <8 x float> %2071, <8 x float> %2069
  %2073 = getelementptr inbounds float, float* %0, i64 %178
  %2074 = bitcast float* %2073 to <8 x float>*
  store <8 x float> %2072, <8 x float>* %2074, align 4
  %2075 = mul i64 %90, 125
  %2076 = add i64 %2075, %93
  %2077 = add i64 %2076, 0
  %2078 = mul i64 %2077, 5
  %2079 = add i64 %2078, %87
  %2080 = mul i64 %2079, 5
  %2081 = add i64 %2080, 5
  %2082 = mul i64 %2081, 8
  %2083 = add i64 %2080, 6
  %2084 = mul i64 %2083, 8
  %2085 = add i64 %2080, 7
  %2086 = mul i64 %2085, 8
  %2087 = add i64 %2080, 8
  %2088 = mul i64 %2087, 8
  %2089 = add i64 %2080, 9
  %2090 = mul i64 %2089, 8
  %2091 = mul i64 %90, 125
  %2092 = add i64 %2091, %93
  %2093 = add i64 %2092, 1
  %2094 = mul i64 %2093, 5
  %2095 = add i64 %2094, %87
  %2096 = mul i64 %2095, 5
  %2097 = add i64 %2096, 5
  %2098 = mul i64 %2097, 8
  %2099 = add i64 %2096, 6
  %2100 = mul i64 %2099, 8
  %2101 = add i64 %2096, 7
  %2102 = mul i64 %2101, 8
  %2103 = add i64 %2096, 8
  %2104 = mul i64 %2103, 8
  %2105 = add i64 %2096, 9
  %2106 = mul i64 %2105, 8
  %2107 = add i64 %93, 0
  %2108 = mul i64 %2107, 8
  %2109 = getelementptr inbounds float, float* %5, i64 %2108
  %2110 = bitcast float* %2109 to <8 x float>*
  %2111 = load <8 x float>, <8 x float>* %2110, align 4
  %2112 = add i64 %93, 1
  %2113 = mul i64 %2112, 8
  %2114 = getelementptr inbounds float, float* %5, i64 %2113
  %2115 = bitcast float* %2114 to <8 x float>*
  %2116 = load <8 x float>, <8 x float>* %2115, align 4
  %2117 = icmp eq i64 %chunk, 0
  %2118 = getelementptr inbounds float, float* %0, i64 %2082
  %2119 = bitcast float* %2118 to <8 x float>*
  %2120 = load <8 x float>, <8 x float>* %2119, align 4
  %2121 = select i1 %2117, <8 x float> %2111, <8 x float> %2120
  store <8 x float> %2121, <8 x float>* %47, align 32
  %2122 = getelementptr inbounds float, float* %0, i64 %2084
  %2123 = bitcast float* %2122 to <8 x float>*
  %2124 = load <8 x float>, <8 x float>* %2123, align 4
  %2125 = select i1 %2117, <8 x float> %2111, <8 x float> %2124
  store <8 x float> %2125, <8 x float>* %46, align 32
  %2126 = getelementptr inbounds float, float* %0, i64 %2086
  %2127 = bitcast float* %2126 to <8 x float>*
  %2128 = load <8 x float>, <8 x float>* %2127, align 4
  %2129 = select i1 %2117, <8 x float> %2111, <8 x float> %2128
  store <8 x float> %2129, <8 x float>* %45, align 32
  %2130 = getelementptr inbounds float, float* %0, i64 %2088
  %2131 = bitcast float* %2130 to <8 x float>*
  %2132 = load <8 x float>, <8 x float>* %2131, align 4
  %2133 = select i1 %2117, <8 x float> %2111, <8 x float> %2132
  store <8 x float> %2133, <8 x float>* %44, align 32
  %2134 = getelementptr inbounds float, float* %0, i64 %2090
  %2135 = bitcast float* %2134 to <8 x float>*
  %2136 = load <8 x float>, <8 x float>* %2135, align 4
  %2137 = select i1 %2117, <8 x float> %2111, <8 x float> %2136
  store <8 x float> %2137, <8 x float>* %43, align 32
  %2138 = getelementptr inbounds float, float* %0, i64 %2098
  %2139 = bitcast float* %2138 to <8 x float>*
  %2140 = load <8 x float>, <8 x float>* %2139, align 4
  %2141 = select i1 %2117, <8 x float> %2116, <8 x float> %2140
  store <8 x float> %2141, <8 x float>* %42, align 32
  %2142 = getelementptr inbounds float, float* %0, i64 %2100
  %2143 = bitcast float* %2142 to <8 x float>*
  %2144 = load <8 x float>, <8 x float>* %2143, align 4
  %2145 = select i1 %2117, <8 x float> %2116, <8 x float> %2144
  store <8 x float> %2145, <8 x float>* %41, align 32
  %2146 = getelementptr inbounds float, float* %0, i64 %2102
  %2147 = bitcast float* %2146 to <8 x float>*
  %2148 = load <8 x float>, <8 x float>* %2147, align 4
  %2149 = select i1 %2117, <8 x float> %2116, <8 x float> %2148
  store <8 x float> %2149, <8 x float>* %40, align 32
  %2150 = getelementptr inbounds float, float* %0, i64 %2104
  %2151 = bitcast float* %2150 to <8 x float>*
  %2152 = load <8 x float>, <8 x float>* %2151, align 4
  %2153 = select i1 %2117, <8 x float> %2116, <8 x float> %2152
  store <8 x float> %2153, <8 x float>* %39, align 32
  %2154 = getelementptr inbounds float, float* %0, i64 %2106
  %2155 = bitcast float* %2154 to <8 x float>*
  %2156 = load <8 x float>, <8 x float>* %2155, align 4
  %2157 = select i1 %2117, <8 x float> %2116, <8 x float> %2156
  store <8 x float> %2157, <8 x float>* %38, align 32
  %2158 = add i64 %99, 0
  %2159 = add i64 %97, %2158
  %2160 = mul i64 %chunk, 3
  br label %u.header315

kh.header264:                                     ; preds = %kw.exit270, %u.body261
  %kh267 = phi i64 [ 0, %u.body261 ], [ %kh.next313, %kw.exit270 ]
  %2161 = icmp slt i64 %kh267, 3
  br i1 %2161, label %kh.body265, label %kh.exit266

kh.body265:                                       ; preds = %kh.header264
  %2162 = mul i64 %kh267, 56
  %2163 = add i64 %2011, %2162
  br label %kw.header268

kh.exit266:                                       ; preds = %kh.header264
  %u.next314 = add i64 %u263, 1
  br label %u.header260

kw.header268:                                     ; preds = %kw.body269, %kh.body265
  %kw271 = phi i64 [ 0, %kh.body265 ], [ %kw.next312, %kw.body269 ]
  %2164 = icmp slt i64 %kw271, 3
  br i1 %2164, label %kw.body269, label %kw.exit270

kw.body269:                                       ; preds = %kw.header268
  %2165 = mul i64 %kw271, 8
  %2166 = add i64 %2163, %2165
  %2167 = mul i64 %kh267, 3
  %2168 = add i64 %2167, %kw271
  %2169 = mul i64 %2168, 64
  %2170 = add i64 %2013, %2169
  %2171 = add i64 %2170, 0
  %2172 = getelementptr inbounds float, float* %4, i64 %2171
  %2173 = bitcast float* %2172 to <8 x float>*
  %2174 = load <8 x float>, <8 x float>* %2173, align 4
  %2175 = add i64 %2170, 27648
  %2176 = getelementptr inbounds float, float* %4, i64 %2175
  %2177 = bitcast float* %2176 to <8 x float>*
  %2178 = load <8 x float>, <8 x float>* %2177, align 4
  %2179 = add i64 %2166, 0
  %2180 = getelementptr inbounds float, float* %2, i64 %2179
  %2181 = load float, float* %2180, align 4
  %2182 = insertelement <8 x float> undef, float %2181, i32 0
  %splat272 = shufflevector <8 x float> %2182, <8 x float> undef, <8 x i32> zeroinitializer
  %2183 = load <8 x float>, <8 x float>* %57, align 32
  %2184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2174, <8 x float> %2183)
  store <8 x float> %2184, <8 x float>* %57, align 32
  %2185 = load <8 x float>, <8 x float>* %52, align 32
  %2186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2178, <8 x float> %2185)
  store <8 x float> %2186, <8 x float>* %52, align 32
  %2187 = add i64 %2166, 8
  %2188 = getelementptr inbounds float, float* %2, i64 %2187
  %2189 = load float, float* %2188, align 4
  %2190 = insertelement <8 x float> undef, float %2189, i32 0
  %splat273 = shufflevector <8 x float> %2190, <8 x float> undef, <8 x i32> zeroinitializer
  %2191 = load <8 x float>, <8 x float>* %56, align 32
  %2192 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2174, <8 x float> %2191)
  store <8 x float> %2192, <8 x float>* %56, align 32
  %2193 = load <8 x float>, <8 x float>* %51, align 32
  %2194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %2178, <8 x float> %2193)
  store <8 x float> %2194, <8 x float>* %51, align 32
  %2195 = add i64 %2166, 16
  %2196 = getelementptr inbounds float, float* %2, i64 %2195
  %2197 = load float, float* %2196, align 4
  %2198 = insertelement <8 x float> undef, float %2197, i32 0
  %splat274 = shufflevector <8 x float> %2198, <8 x float> undef, <8 x i32> zeroinitializer
  %2199 = load <8 x float>, <8 x float>* %55, align 32
  %2200 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2174, <8 x float> %2199)
  store <8 x float> %2200, <8 x float>* %55, align 32
  %2201 = load <8 x float>, <8 x float>* %50, align 32
  %2202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %2178, <8 x float> %2201)
  store <8 x float> %2202, <8 x float>* %50, align 32
  %2203 = add i64 %2166, 24
  %2204 = getelementptr inbounds float, float* %2, i64 %2203
  %2205 = load float, float* %2204, align 4
  %2206 = insertelement <8 x float> undef, float %2205, i32 0
  %splat275 = shufflevector <8 x float> %2206, <8 x float> undef, <8 x i32> zeroinitializer
  %2207 = load <8 x float>, <8 x float>* %54, align 32
  %2208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2174, <8 x float> %2207)
  store <8 x float> %2208, <8 x float>* %54, align 32
  %2209 = load <8 x float>, <8 x float>* %49, align 32
  %2210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %2178, <8 x float> %2209)
  store <8 x float> %2210, <8 x float>* %49, align 32
  %2211 = add i64 %2166, 32
  %2212 = getelementptr inbounds float, float* %2, i64 %2211
  %2213 = load float, float* %2212, align 4
  %2214 = insertelement <8 x float> undef, float %2213, i32 0
  %splat276 = shufflevector <8 x float> %2214, <8 x float> undef, <8 x i32> zeroinitializer
  %2215 = load <8 x float>, <8 x float>* %53, align 32
  %2216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2174, <8 x float> %2215)
  store <8 x float> %2216, <8 x float>* %53, align 32
  %2217 = load <8 x float>, <8 x float>* %48, align 32
  %2218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %2178, <8 x float> %2217)
  store <8 x float> %2218, <8 x float>* %48, align 32
  %2219 = add i64 %2170, 8
  %2220 = getelementptr inbounds float, float* %4, i64 %2219
  %2221 = bitcast float* %2220 to <8 x float>*
  %2222 = load <8 x float>, <8 x float>* %2221, align 4
  %2223 = add i64 %2170, 27656
  %2224 = getelementptr inbounds float, float* %4, i64 %2223
  %2225 = bitcast float* %2224 to <8 x float>*
  %2226 = load <8 x float>, <8 x float>* %2225, align 4
  %2227 = add i64 %2166, 1
  %2228 = getelementptr inbounds float, float* %2, i64 %2227
  %2229 = load float, float* %2228, align 4
  %2230 = insertelement <8 x float> undef, float %2229, i32 0
  %splat277 = shufflevector <8 x float> %2230, <8 x float> undef, <8 x i32> zeroinitializer
  %2231 = load <8 x float>, <8 x float>* %57, align 32
  %2232 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2222, <8 x float> %2231)
  store <8 x float> %2232, <8 x float>* %57, align 32
  %2233 = load <8 x float>, <8 x float>* %52, align 32
  %2234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %2226, <8 x float> %2233)
  store <8 x float> %2234, <8 x float>* %52, align 32
  %2235 = add i64 %2166, 9
  %2236 = getelementptr inbounds float, float* %2, i64 %2235
  %2237 = load float, float* %2236, align 4
  %2238 = insertelement <8 x float> undef, float %2237, i32 0
  %splat278 = shufflevector <8 x float> %2238, <8 x float> undef, <8 x i32> zeroinitializer
  %2239 = load <8 x float>, <8 x float>* %56, align 32
  %2240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2222, <8 x float> %2239)
  store <8 x float> %2240, <8 x float>* %56, align 32
  %2241 = load <8 x float>, <8 x float>* %51, align 32
  %2242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %2226, <8 x float> %2241)
  store <8 x float> %2242, <8 x float>* %51, align 32
  %2243 = add i64 %2166, 17
  %2244 = getelementptr inbounds float, float* %2, i64 %2243
  %2245 = load float, float* %2244, align 4
  %2246 = insertelement <8 x float> undef, float %2245, i32 0
  %splat279 = shufflevector <8 x float> %2246, <8 x float> undef, <8 x i32> zeroinitializer
  %2247 = load <8 x float>, <8 x float>* %55, align 32
  %2248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2222, <8 x float> %2247)
  store <8 x float> %2248, <8 x float>* %55, align 32
  %2249 = load <8 x float>, <8 x float>* %50, align 32
  %2250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %2226, <8 x float> %2249)
  store <8 x float> %2250, <8 x float>* %50, align 32
  %2251 = add i64 %2166, 25
  %2252 = getelementptr inbounds float, float* %2, i64 %2251
  %2253 = load float, float* %2252, align 4
  %2254 = insertelement <8 x float> undef, float %2253, i32 0
  %splat280 = shufflevector <8 x float> %2254, <8 x float> undef, <8 x i32> zeroinitializer
  %2255 = load <8 x float>, <8 x float>* %54, align 32
  %2256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2222, <8 x float> %2255)
  store <8 x float> %2256, <8 x float>* %54, align 32
  %2257 = load <8 x float>, <8 x float>* %49, align 32
  %2258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %2226, <8 x float> %2257)
  store <8 x float> %2258, <8 x float>* %49, align 32
  %2259 = add i64 %2166, 33
  %2260 = getelementptr inbounds float, float* %2, i64 %2259
  %2261 = load float, float* %2260, align 4
  %2262 = insertelement <8 x float> undef, float %2261, i32 0
  %splat281 = shufflevector <8 x float> %2262, <8 x float> undef, <8 x i32> zeroinitializer
  %2263 = load <8 x float>, <8 x float>* %53, align 32
  %2264 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2222, <8 x float> %2263)
  store <8 x float> %2264, <8 x float>* %53, align 32
  %2265 = load <8 x float>, <8 x float>* %48, align 32
  %2266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat281, <8 x float> %2226, <8 x float> %2265)
  store <8 x float> %2266, <8 x float>* %48, align 32
  %2267 = add i64 %2170, 16
  %2268 = getelementptr inbounds float, float* %4, i64 %2267
  %2269 = bitcast float* %2268 to <8 x float>*
  %2270 = load <8 x float>, <8 x float>* %2269, align 4
  %2271 = add i64 %2170, 27664
  %2272 = getelementptr inbounds float, float* %4, i64 %2271
  %2273 = bitcast float* %2272 to <8 x float>*
  %2274 = load <8 x float>, <8 x float>* %2273, align 4
  %2275 = add i64 %2166, 2
  %2276 = getelementptr inbounds float, float* %2, i64 %2275
  %2277 = load float, float* %2276, align 4
  %2278 = insertelement <8 x float> undef, float %2277, i32 0
  %splat282 = shufflevector <8 x float> %2278, <8 x float> undef, <8 x i32> zeroinitializer
  %2279 = load <8 x float>, <8 x float>* %57, align 32
  %2280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2270, <8 x float> %2279)
  store <8 x float> %2280, <8 x float>* %57, align 32
  %2281 = load <8 x float>, <8 x float>* %52, align 32
  %2282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat282, <8 x float> %2274, <8 x float> %2281)
  store <8 x float> %2282, <8 x float>* %52, align 32
  %2283 = add i64 %2166, 10
  %2284 = getelementptr inbounds float, float* %2, i64 %2283
  %2285 = load float, float* %2284, align 4
  %2286 = insertelement <8 x float> undef, float %2285, i32 0
  %splat283 = shufflevector <8 x float> %2286, <8 x float> undef, <8 x i32> zeroinitializer
  %2287 = load <8 x float>, <8 x float>* %56, align 32
  %2288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2270, <8 x float> %2287)
  store <8 x float> %2288, <8 x float>* %56, align 32
  %2289 = load <8 x float>, <8 x float>* %51, align 32
  %2290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat283, <8 x float> %2274, <8 x float> %2289)
  store <8 x float> %2290, <8 x float>* %51, align 32
  %2291 = add i64 %2166, 18
  %2292 = getelementptr inbounds float, float* %2, i64 %2291
  %2293 = load float, float* %2292, align 4
  %2294 = insertelement <8 x float> undef, float %2293, i32 0
  %splat284 = shufflevector <8 x float> %2294, <8 x float> undef, <8 x i32> zeroinitializer
  %2295 = load <8 x float>, <8 x float>* %55, align 32
  %2296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2270, <8 x float> %2295)
  store <8 x float> %2296, <8 x float>* %55, align 32
  %2297 = load <8 x float>, <8 x float>* %50, align 32
  %2298 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat284, <8 x float> %2274, <8 x float> %2297)
  store <8 x float> %2298, <8 x float>* %50, align 32
  %2299 = add i64 %2166, 26
  %2300 = getelementptr inbounds float, float* %2, i64 %2299
  %2301 = load float, float* %2300, align 4
  %2302 = insertelement <8 x float> undef, float %2301, i32 0
  %splat285 = shufflevector <8 x float> %2302, <8 x float> undef, <8 x i32> zeroinitializer
  %2303 = load <8 x float>, <8 x float>* %54, align 32
  %2304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2270, <8 x float> %2303)
  store <8 x float> %2304, <8 x float>* %54, align 32
  %2305 = load <8 x float>, <8 x float>* %49, align 32
  %2306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat285, <8 x float> %2274, <8 x float> %2305)
  store <8 x float> %2306, <8 x float>* %49, align 32
  %2307 = add i64 %2166, 34
  %2308 = getelementptr inbounds float, float* %2, i64 %2307
  %2309 = load float, float* %2308, align 4
  %2310 = insertelement <8 x float> undef, float %2309, i32 0
  %splat286 = shufflevector <8 x float> %2310, <8 x float> undef, <8 x i32> zeroinitializer
  %2311 = load <8 x float>, <8 x float>* %53, align 32
  %2312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2270, <8 x float> %2311)
  store <8 x float> %2312, <8 x float>* %53, align 32
  %2313 = load <8 x float>, <8 x float>* %48, align 32
  %2314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat286, <8 x float> %2274, <8 x float> %2313)
  store <8 x float> %2314, <8 x float>* %48, align 32
  %2315 = add i64 %2170, 24
  %2316 = getelementptr inbounds float, float* %4, i64 %2315
  %2317 = bitcast float* %2316 to <8 x float>*
  %2318 = load <8 x float>, <8 x float>* %2317, align 4
  %2319 = add i64 %2170, 27672
  %2320 = getelementptr inbounds float, float* %4, i64 %2319
  %2321 = bitcast float* %2320 to <8 x float>*
  %2322 = load <8 x float>, <8 x float>* %2321, align 4
  %2323 = add i64 %2166, 3
  %2324 = getelementptr inbounds float, float* %2, i64 %2323
  %2325 = load float, float* %2324, align 4
  %2326 = insertelement <8 x float> undef, float %2325, i32 0
  %splat287 = shufflevector <8 x float> %2326, <8 x float> undef, <8 x i32> zeroinitializer
  %2327 = load <8 x float>, <8 x float>* %57, align 32
  %2328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2318, <8 x float> %2327)
  store <8 x float> %2328, <8 x float>* %57, align 32
  %2329 = load <8 x float>, <8 x float>* %52, align 32
  %2330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat287, <8 x float> %2322, <8 x float> %2329)
  store <8 x float> %2330, <8 x float>* %52, align 32
  %2331 = add i64 %2166, 11
  %2332 = getelementptr inbounds float, float* %2, i64 %2331
  %2333 = load float, float* %2332, align 4
  %2334 = insertelement <8 x float> undef, float %2333, i32 0
  %splat288 = shufflevector <8 x float> %2334, <8 x float> undef, <8 x i32> zeroinitializer
  %2335 = load <8 x float>, <8 x float>* %56, align 32
  %2336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2318, <8 x float> %2335)
  store <8 x float> %2336, <8 x float>* %56, align 32
  %2337 = load <8 x float>, <8 x float>* %51, align 32
  %2338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat288, <8 x float> %2322, <8 x float> %2337)
  store <8 x float> %2338, <8 x float>* %51, align 32
  %2339 = add i64 %2166, 19
  %2340 = getelementptr inbounds float, float* %2, i64 %2339
  %2341 = load float, float* %2340, align 4
  %2342 = insertelement <8 x float> undef, float %2341, i32 0
  %splat289 = shufflevector <8 x float> %2342, <8 x float> undef, <8 x i32> zeroinitializer
  %2343 = load <8 x float>, <8 x float>* %55, align 32
  %2344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2318, <8 x float> %2343)
  store <8 x float> %2344, <8 x float>* %55, align 32
  %2345 = load <8 x float>, <8 x float>* %50, align 32
  %2346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat289, <8 x float> %2322, <8 x float> %2345)
  store <8 x float> %2346, <8 x float>* %50, align 32
  %2347 = add i64 %2166, 27
  %2348 = getelementptr inbounds float, float* %2, i64 %2347
  %2349 = load float, float* %2348, align 4
  %2350 = insertelement <8 x float> undef, float %2349, i32 0
  %splat290 = shufflevector <8 x float> %2350, <8 x float> undef, <8 x i32> zeroinitializer
  %2351 = load <8 x float>, <8 x float>* %54, align 32
  %2352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2318, <8 x float> %2351)
  store <8 x float> %2352, <8 x float>* %54, align 32
  %2353 = load <8 x float>, <8 x float>* %49, align 32
  %2354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat290, <8 x float> %2322, <8 x float> %2353)
  store <8 x float> %2354, <8 x float>* %49, align 32
  %2355 = add i64 %2166, 35
  %2356 = getelementptr inbounds float, float* %2, i64 %2355
  %2357 = load float, float* %2356, align 4
  %2358 = insertelement <8 x float> undef, float %2357, i32 0
  %splat291 = shufflevector <8 x float> %2358, <8 x float> undef, <8 x i32> zeroinitializer
  %2359 = load <8 x float>, <8 x float>* %53, align 32
  %2360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2318, <8 x float> %2359)
  store <8 x float> %2360, <8 x float>* %53, align 32
  %2361 = load <8 x float>, <8 x float>* %48, align 32
  %2362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat291, <8 x float> %2322, <8 x float> %2361)
  store <8 x float> %2362, <8 x float>* %48, align 32
  %2363 = add i64 %2170, 32
  %2364 = getelementptr inbounds float, float* %4, i64 %2363
  %2365 = bitcast float* %2364 to <8 x float>*
  %2366 = load <8 x float>, <8 x float>* %2365, align 4
  %2367 = add i64 %2170, 27680
  %2368 = getelementptr inbounds float, float* %4, i64 %2367
  %2369 = bitcast float* %2368 to <8 x float>*
  %2370 = load <8 x float>, <8 x float>* %2369, align 4
  %2371 = add i64 %2166, 4
  %2372 = getelementptr inbounds float, float* %2, i64 %2371
  %2373 = load float, float* %2372, align 4
  %2374 = insertelement <8 x float> undef, float %2373, i32 0
  %splat292 = shufflevector <8 x float> %2374, <8 x float> undef, <8 x i32> zeroinitializer
  %2375 = load <8 x float>, <8 x float>* %57, align 32
  %2376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2366, <8 x float> %2375)
  store <8 x float> %2376, <8 x float>* %57, align 32
  %2377 = load <8 x float>, <8 x float>* %52, align 32
  %2378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat292, <8 x float> %2370, <8 x float> %2377)
  store <8 x float> %2378, <8 x float>* %52, align 32
  %2379 = add i64 %2166, 12
  %2380 = getelementptr inbounds float, float* %2, i64 %2379
  %2381 = load float, float* %2380, align 4
  %2382 = insertelement <8 x float> undef, float %2381, i32 0
  %splat293 = shufflevector <8 x float> %2382, <8 x float> undef, <8 x i32> zeroinitializer
  %2383 = load <8 x float>, <8 x float>* %56, align 32
  %2384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2366, <8 x float> %2383)
  store <8 x float> %2384, <8 x float>* %56, align 32
  %2385 = load <8 x float>, <8 x float>* %51, align 32
  %2386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat293, <8 x float> %2370, <8 x float> %2385)
  store <8 x float> %2386, <8 x float>* %51, align 32
  %2387 = add i64 %2166, 20
  %2388 = getelementptr inbounds float, float* %2, i64 %2387
  %2389 = load float, float* %2388, align 4
  %2390 = insertelement <8 x float> undef, float %2389, i32 0
  %splat294 = shufflevector <8 x float> %2390, <8 x float> undef, <8 x i32> zeroinitializer
  %2391 = load <8 x float>, <8 x float>* %55, align 32
  %2392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2366, <8 x float> %2391)
  store <8 x float> %2392, <8 x float>* %55, align 32
  %2393 = load <8 x float>, <8 x float>* %50, align 32
  %2394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat294, <8 x float> %2370, <8 x float> %2393)
  store <8 x float> %2394, <8 x float>* %50, align 32
  %2395 = add i64 %2166, 28
  %2396 = getelementptr inbounds float, float* %2, i64 %2395
  %2397 = load float, float* %2396, align 4
  %2398 = insertelement <8 x float> undef, float %2397, i32 0
  %splat295 = shufflevector <8 x float> %2398, <8 x float> undef, <8 x i32> zeroinitializer
  %2399 = load <8 x float>, <8 x float>* %54, align 32
  %2400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2366, <8 x float> %2399)
  store <8 x float> %2400, <8 x float>* %54, align 32
  %2401 = load <8 x float>, <8 x float>* %49, align 32
  %2402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat295, <8 x float> %2370, <8 x float> %2401)
  store <8 x float> %2402, <8 x float>* %49, align 32
  %2403 = add i64 %2166, 36
  %2404 = getelementptr inbounds float, float* %2, i64 %2403
  %2405 = load float, float* %2404, align 4
  %2406 = insertelement <8 x float> undef, float %2405, i32 0
  %splat296 = shufflevector <8 x float> %2406, <8 x float> undef, <8 x i32> zeroinitializer
  %2407 = load <8 x float>, <8 x float>* %53, align 32
  %2408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2366, <8 x float> %2407)
  store <8 x float> %2408, <8 x float>* %53, align 32
  %2409 = load <8 x float>, <8 x float>* %48, align 32
  %2410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat296, <8 x float> %2370, <8 x float> %2409)
  store <8 x float> %2410, <8 x float>* %48, align 32
  %2411 = add i64 %2170, 40
  %2412 = getelementptr inbounds float, float* %4, i64 %2411
  %2413 = bitcast float* %2412 to <8 x float>*
  %2414 = load <8 x float>, <8 x float>* %2413, align 4
  %2415 = add i64 %2170, 27688
  %2416 = getelementptr inbounds float, float* %4, i64 %2415
  %2417 = bitcast float* %2416 to <8 x float>*
  %2418 = load <8 x float>, <8 x float>* %2417, align 4
  %2419 = add i64 %2166, 5
  %2420 = getelementptr inbounds float, float* %2, i64 %2419
  %2421 = load float, float* %2420, align 4
  %2422 = insertelement <8 x float> undef, float %2421, i32 0
  %splat297 = shufflevector <8 x float> %2422, <8 x float> undef, <8 x i32> zeroinitializer
  %2423 = load <8 x float>, <8 x float>* %57, align 32
  %2424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat297, <8 x float> %2414, <8 x float> %2423)
  store <8 x float> %2424, <8 x float>* %57, align 32
  %2425 = load <8 x float>, <8 x float>* %52, align 32
  %2426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat297, <8 x float> %2418, <8 x float> %2425)
  store <8 x float> %2426, <8 x float>* %52, align 32
  %2427 = add i64 %2166, 13
  %2428 = getelementptr inbounds float, float* %2, i64 %2427
  %2429 = load float, float* %2428, align 4
  %2430 = insertelement <8 x float> undef, float %2429, i32 0
  %splat298 = shufflevector <8 x float> %2430, <8 x float> undef, <8 x i32> zeroinitializer
  %2431 = load <8 x float>, <8 x float>* %56, align 32
  %2432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat298, <8 x float> %2414, <8 x float> %2431)
  store <8 x float> %2432, <8 x float>* %56, align 32
  %2433 = load <8 x float>, <8 x float>* %51, align 32
  %2434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat298, <8 x float> %2418, <8 x float> %2433)
  store <8 x float> %2434, <8 x float>* %51, align 32
  %2435 = add i64 %2166, 21
  %2436 = getelementptr inbounds float, float* %2, i64 %2435
  %2437 = load float, float* %2436, align 4
  %2438 = insertelement <8 x float> undef, float %2437, i32 0
  %splat299 = shufflevector <8 x float> %2438, <8 x float> undef, <8 x i32> zeroinitializer
  %2439 = load <8 x float>, <8 x float>* %55, align 32
  %2440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat299, <8 x float> %2414, <8 x float> %2439)
  store <8 x float> %2440, <8 x float>* %55, align 32
  %2441 = load <8 x float>, <8 x float>* %50, align 32
  %2442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat299, <8 x float> %2418, <8 x float> %2441)
  store <8 x float> %2442, <8 x float>* %50, align 32
  %2443 = add i64 %2166, 29
  %2444 = getelementptr inbounds float, float* %2, i64 %2443
  %2445 = load float, float* %2444, align 4
  %2446 = insertelement <8 x float> undef, float %2445, i32 0
  %splat300 = shufflevector <8 x float> %2446, <8 x float> undef, <8 x i32> zeroinitializer
  %2447 = load <8 x float>, <8 x float>* %54, align 32
  %2448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat300, <8 x float> %2414, <8 x float> %2447)
  store <8 x float> %2448, <8 x float>* %54, align 32
  %2449 = load <8 x float>, <8 x float>* %49, align 32
  %2450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat300, <8 x float> %2418, <8 x float> %2449)
  store <8 x float> %2450, <8 x float>* %49, align 32
  %2451 = add i64 %2166, 37
  %2452 = getelementptr inbounds float, float* %2, i64 %2451
  %2453 = load float, float* %2452, align 4
  %2454 = insertelement <8 x float> undef, float %2453, i32 0
  %splat301 = shufflevector <8 x float> %2454, <8 x float> undef, <8 x i32> zeroinitializer
  %2455 = load <8 x float>, <8 x float>* %53, align 32
  %2456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat301, <8 x float> %2414, <8 x float> %2455)
  store <8 x float> %2456, <8 x float>* %53, align 32
  %2457 = load <8 x float>, <8 x float>* %48, align 32
  %2458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat301, <8 x float> %2418, <8 x float> %2457)
  store <8 x float> %2458, <8 x float>* %48, align 32
  %2459 = add i64 %2170, 48
  %2460 = getelementptr inbounds float, float* %4, i64 %2459
  %2461 = bitcast float* %2460 to <8 x float>*
  %2462 = load <8 x float>, <8 x float>* %2461, align 4
  %2463 = add i64 %2170, 27696
  %2464 = getelementptr inbounds float, float* %4, i64 %2463
  %2465 = bitcast float* %2464 to <8 x float>*
  %2466 = load <8 x float>, <8 x float>* %2465, align 4
  %2467 = add i64 %2166, 6
  %2468 = getelementptr inbounds float, float* %2, i64 %2467
  %2469 = load float, float* %2468, align 4
  %2470 = insertelement <8 x float> undef, float %2469, i32 0
  %splat302 = shufflevector <8 x float> %2470, <8 x float> undef, <8 x i32> zeroinitializer
  %2471 = load <8 x float>, <8 x float>* %57, align 32
  %2472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat302, <8 x float> %2462, <8 x float> %2471)
  store <8 x float> %2472, <8 x float>* %57, align 32
  %2473 = load <8 x float>, <8 x float>* %52, align 32
  %2474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat302, <8 x float> %2466, <8 x float> %2473)
  store <8 x float> %2474, <8 x float>* %52, align 32
  %2475 = add i64 %2166, 14
  %2476 = getelementptr inbounds float, float* %2, i64 %2475
  %2477 = load float, float* %2476, align 4
  %2478 = insertelement <8 x float> undef, float %2477, i32 0
  %splat303 = shufflevector <8 x float> %2478, <8 x float> undef, <8 x i32> zeroinitializer
  %2479 = load <8 x float>, <8 x float>* %56, align 32
  %2480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat303, <8 x float> %2462, <8 x float> %2479)
  store <8 x float> %2480, <8 x float>* %56, align 32
  %2481 = load <8 x float>, <8 x float>* %51, align 32
  %2482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat303, <8 x float> %2466, <8 x float> %2481)
  store <8 x float> %2482, <8 x float>* %51, align 32
  %2483 = add i64 %2166, 22
  %2484 = getelementptr inbounds float, float* %2, i64 %2483
  %2485 = load float, float* %2484, align 4
  %2486 = insertelement <8 x float> undef, float %2485, i32 0
  %splat304 = shufflevector <8 x float> %2486, <8 x float> undef, <8 x i32> zeroinitializer
  %2487 = load <8 x float>, <8 x float>* %55, align 32
  %2488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat304, <8 x float> %2462, <8 x float> %2487)
  store <8 x float> %2488, <8 x float>* %55, align 32
  %2489 = load <8 x float>, <8 x float>* %50, align 32
  %2490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat304, <8 x float> %2466, <8 x float> %2489)
  store <8 x float> %2490, <8 x float>* %50, align 32
  %2491 = add i64 %2166, 30
  %2492 = getelementptr inbounds float, float* %2, i64 %2491
  %2493 = load float, float* %2492, align 4
  %2494 = insertelement <8 x float> undef, float %2493, i32 0
  %splat305 = shufflevector <8 x float> %2494, <8 x float> undef, <8 x i32> zeroinitializer
  %2495 = load <8 x float>, <8 x float>* %54, align 32
  %2496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat305, <8 x float> %2462, <8 x float> %2495)
  store <8 x float> %2496, <8 x float>* %54, align 32
  %2497 = load <8 x float>, <8 x float>* %49, align 32
  %2498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat305, <8 x float> %2466, <8 x float> %2497)
  store <8 x float> %2498, <8 x float>* %49, align 32
  %2499 = add i64 %2166, 38
  %2500 = getelementptr inbounds float, float* %2, i64 %2499
  %2501 = load float, float* %2500, align 4
  %2502 = insertelement <8 x float> undef, float %2501, i32 0
  %splat306 = shufflevector <8 x float> %2502, <8 x float> undef, <8 x i32> zeroinitializer
  %2503 = load <8 x float>, <8 x float>* %53, align 32
  %2504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat306, <8 x float> %2462, <8 x float> %2503)
  store <8 x float> %2504, <8 x float>* %53, align 32
  %2505 = load <8 x float>, <8 x float>* %48, align 32
  %2506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat306, <8 x float> %2466, <8 x float> %2505)
  store <8 x float> %2506, <8 x float>* %48, align 32
  %2507 = add i64 %2170, 56
  %2508 = getelementptr inbounds float, float* %4, i64 %2507
  %2509 = bitcast float* %2508 to <8 x float>*
  %2510 = load <8 x float>, <8 x float>* %2509, align 4
  %2511 = add i64 %2170, 27704
  %2512 = getelementptr inbounds float, float* %4, i64 %2511
  %2513 = bitcast float* %2512 to <8 x float>*
  %2514 = load <8 x float>, <8 x float>* %2513, align 4
  %2515 = add i64 %2166, 7
  %2516 = getelementptr inbounds float, float* %2, i64 %2515
  %2517 = load float, float* %2516, align 4
  %2518 = insertelement <8 x float> undef, float %2517, i32 0
  %splat307 = shufflevector <8 x float> %2518, <8 x float> undef, <8 x i32> zeroinitializer
  %2519 = load <8 x float>, <8 x float>* %57, align 32
  %2520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat307, <8 x float> %2510, <8 x float> %2519)
  store <8 x float> %2520, <8 x float>* %57, align 32
  %2521 = load <8 x float>, <8 x float>* %52, align 32
  %2522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat307, <8 x float> %2514, <8 x float> %2521)
  store <8 x float> %2522, <8 x float>* %52, align 32
  %2523 = add i64 %2166, 15
  %2524 = getelementptr inbounds float, float* %2, i64 %2523
  %2525 = load float, float* %2524, align 4
  %2526 = insertelement <8 x float> undef, float %2525, i32 0
  %splat308 = shufflevector <8 x float> %2526, <8 x float> undef, <8 x i32> zeroinitializer
  %2527 = load <8 x float>, <8 x float>* %56, align 32
  %2528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat308, <8 x float> %2510, <8 x float> %2527)
  store <8 x float> %2528, <8 x float>* %56, align 32
  %2529 = load <8 x float>, <8 x float>* %51, align 32
  %2530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat308, <8 x float> %2514, <8 x float> %2529)
  store <8 x float> %2530, <8 x float>* %51, align 32
  %2531 = add i64 %2166, 23
  %2532 = getelementptr inbounds float, float* %2, i64 %2531
  %2533 = load float, float* %2532, align 4
  %2534 = insertelement <8 x float> undef, float %2533, i32 0
  %splat309 = shufflevector <8 x float> %2534, <8 x float> undef, <8 x i32> zeroinitializer
  %2535 = load <8 x float>, <8 x float>* %55, align 32
  %2536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat309, <8 x float> %2510, <8 x float> %2535)
  store <8 x float> %2536, <8 x float>* %55, align 32
  %2537 = load <8 x float>, <8 x float>* %50, align 32
  %2538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat309, <8 x float> %2514, <8 x float> %2537)
  store <8 x float> %2538, <8 x float>* %50, align 32
  %2539 = add i64 %2166, 31
  %2540 = getelementptr inbounds float, float* %2, i64 %2539
  %2541 = load float, float* %2540, align 4
  %2542 = insertelement <8 x float> undef, float %2541, i32 0
  %splat310 = shufflevector <8 x float> %2542, <8 x float> undef, <8 x i32> zeroinitializer
  %2543 = load <8 x float>, <8 x float>* %54, align 32
  %2544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat310, <8 x float> %2510, <8 x float> %2543)
  store <8 x float> %2544, <8 x float>* %54, align 32
  %2545 = load <8 x float>, <8 x float>* %49, align 32
  %2546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat310, <8 x float> %2514, <8 x float> %2545)
  store <8 x float> %2546, <8 x float>* %49, align 32
  %2547 = add i64 %2166, 39
  %2548 = getelementptr inbounds float, float* %2, i64 %2547
  %2549 = load float, float* %2548, align 4
  %2550 = insertelement <8 x float> undef, float %2549, i32 0
  %splat311 = shufflevector <8 x float> %2550, <8 x float> undef, <8 x i32> zeroinitializer
  %2551 = load <8 x float>, <8 x float>* %53, align 32
  %2552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat311, <8 x float> %2510, <8 x float> %2551)
  store <8 x float> %2552, <8 x float>* %53, align 32
  %2553 = load <8 x float>, <8 x float>* %48, align 32
  %2554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat311, <8 x float> %2514, <8 x float> %2553)
  store <8 x float> %2554, <8 x float>* %48, align 32
  %kw.next312 = add i64 %kw271, 1
  br label %kw.header268

kw.exit270:                                       ; preds = %kw.header268
  %kh.next313 = add i64 %kh267, 1
  br label %kh.header264

u.header315:                                      ; preds = %kh.exit321, %u.exit262
  %u318 = phi i64 [ 0, %u.exit262 ], [ %u.next369, %kh.exit321 ]
  %2555 = icmp slt i64 %u318, 3
  br i1 %2555, label %u.body316, label %u.exit317

u.body316:                                        ; preds = %u.header315
  %2556 = add i64 %2160, %u318
  %2557 = mul i64 %2556, 392
  %2558 = add i64 %2159, %2557
  %2559 = mul i64 %2556, 576
  %2560 = add i64 %98, %2559
  br label %kh.header319

u.exit317:                                        ; preds = %u.header315
  %2561 = icmp eq i64 %chunk, 15
  %2562 = load <8 x float>, <8 x float>* %47, align 32
  %2563 = fcmp olt <8 x float> %2562, zeroinitializer
  %2564 = select <8 x i1> %2563, <8 x float> zeroinitializer, <8 x float> %2562
  %2565 = select i1 %2561, <8 x float> %2564, <8 x float> %2562
  %2566 = getelementptr inbounds float, float* %0, i64 %2082
  %2567 = bitcast float* %2566 to <8 x float>*
  store <8 x float> %2565, <8 x float>* %2567, align 4
  %2568 = load <8 x float>, <8 x float>* %46, align 32
  %2569 = fcmp olt <8 x float> %2568, zeroinitializer
  %2570 = select <8 x i1> %2569, <8 x float> zeroinitializer, <8 x float> %2568
  %2571 = select i1 %2561, <8 x float> %2570, <8 x float> %2568
  %2572 = getelementptr inbounds float, float* %0, i64 %2084
  %2573 = bitcast float* %2572 to <8 x float>*
  store <8 x float> %2571, <8 x float>* %2573, align 4
  %2574 = load <8 x float>, <8 x float>* %45, align 32
  %2575 = fcmp olt <8 x float> %2574, zeroinitializer
  %2576 = select <8 x i1> %2575, <8 x float> zeroinitializer, <8 x float> %2574
  %2577 = select i1 %2561, <8 x float> %2576, <8 x float> %2574
  %2578 = getelementptr inbounds float, float* %0, i64 %2086
  %2579 = bitcast float* %2578 to <8 x float>*
  store <8 x float> %2577, <8 x float>* %2579, align 4
  %2580 = load <8 x float>, <8 x float>* %44, align 32
  %2581 = fcmp olt <8 x float> %2580, zeroinitializer
  %2582 = select <8 x i1> %2581, <8 x float> zeroinitializer, <8 x float> %2580
  %2583 = select i1 %2561, <8 x float> %2582, <8 x float> %2580
  %2584 = getelementptr inbounds float, float* %0, i64 %2088
  %2585 = bitcast float* %2584 to <8 x float>*
  store <8 x float> %2583, <8 x float>* %2585, align 4
  %2586 = load <8 x float>, <8 x float>* %43, align 32
  %2587 = fcmp olt <8 x float> %2586, zeroinitializer
  %2588 = select <8 x i1> %2587, <8 x float> zeroinitializer, <8 x float> %2586
  %2589 = select i1 %2561, <8 x float> %2588, <8 x float> %2586
  %2590 = getelementptr inbounds float, float* %0, i64 %2090
  %2591 = bitcast float* %2590 to <8 x float>*
  store <8 x float> %2589, <8 x float>* %2591, align 4
  %2592 = load <8 x float>, <8 x float>* %42, align 32
  %2593 = fcmp olt <8 x float> %2592, zeroinitializer
  %2594 = select <8 x i1> %2593, <8 x float> zeroinitializer, <8 x float> %2592
  %2595 = select i1 %2561, <8 x float> %2594, <8 x float> %2592
  %2596 = getelementptr inbounds float, float* %0, i64 %2098
  %2597 = bitcast float* %2596 to <8 x float>*
  store <8 x float> %2595, <8 x float>* %2597, align 4
  %2598 = load <8 x float>, <8 x float>* %41, align 32
  %2599 = fcmp olt <8 x float> %2598, zeroinitializer
  %2600 = select <8 x i1> %2599, <8 x float> zeroinitializer, <8 x float> %2598
  %2601 = select i1 %2561, <8 x float> %2600, <8 x float> %2598
  %2602 = getelementptr inbounds float, float* %0, i64 %2100
  %2603 = bitcast float* %2602 to <8 x float>*
  store <8 x float> %2601, <8 x float>* %2603, align 4
  %2604 = load <8 x float>, <8 x float>* %40, align 32
  %2605 = fcmp olt <8 x float> %2604, zeroinitializer
  %2606 = select <8 x i1> %2605, <8 x float> zeroinitializer, <8 x float> %2604
  %2607 = select i1 %2561, <8 x float> %2606, <8 x float> %2604
  %2608 = getelementptr inbounds float, float* %0, i64 %2102
  %2609 = bitcast float* %2608 to <8 x float>*
  store <8 x float> %2607, <8 x float>* %2609, align 4
  %2610 = load <8 x float>, <8 x float>* %39, align 32
  %2611 = fcmp olt <8 x float> %2610, zeroinitializer
  %2612 = select <8 x i1> %2611, <8 x float> zeroinitializer, <8 x float> %2610
  %2613 = select i1 %2561, <8 x float> %2612, <8 x float> %2610
  %2614 = getelementptr inbounds float, float* %0, i64 %2104
  %2615 = bitcast float* %2614 to <8 x float>*
  store <8 x float> %2613, <8 x float>* %2615, align 4
  %2616 = load <8 x float>, <8 x float>* %38, align 32
  %2617 = fcmp olt <8 x float> %2616, zeroinitializer
  %2618 = select <8 x i1> %2617, <8 x float> zeroinitializer, <8 x float> %2616
  %2619 = select i1 %2561, <8 x float> %2618, <8 x float> %2616
  %2620 = getelementptr inbounds float, float* %0, i64 %2106
  %2621 = bitcast float* %2620 to <8 x float>*
  store <8 x float> %2619, <8 x float>* %2621, align 4
  %2622 = mul i64 %90, 125
  %2623 = add i64 %2622, %93
  %2624 = add i64 %2623, 0
  %2625 = mul i64 %2624, 5
  %2626 = add i64 %2625, %87
  %2627 = mul i64 %2626, 5
  %2628 = add i64 %2627, 10
  %2629 = mul i64 %2628, 8
  %2630 = add i64 %2627, 11
  %2631 = mul i64 %2630, 8
  %2632 = add i64 %2627, 12
  %2633 = mul i64 %2632, 8
  %2634 = add i64 %2627, 13
  %2635 = mul i64 %2634, 8
  %2636 = add i64 %2627, 14
  %2637 = mul i64 %2636, 8
  %2638 = mul i64 %90, 125
  %2639 = add i64 %2638, %93
  %2640 = add i64 %2639, 1
  %2641 = mul i64 %2640, 5
  %2642 = add i64 %2641, %87
  %2643 = mul i64 %2642, 5
  %2644 = add i64 %2643, 10
  %2645 = mul i64 %2644, 8
  %2646 = add i64 %2643, 11
  %2647 = mul i64 %2646, 8
  %2648 = add i64 %2643, 12
  %2649 = mul i64 %2648, 8
  %2650 = add i64 %2643, 13
  %2651 = mul i64 %2650, 8
  %2652 = add i64 %2643, 14
  %2653 = mul i64 %2652, 8
  %2654 = add i64 %93, 0
  %2655 = mul i64 %2654, 8
  %2656 = getelementptr inbounds float, float* %5, i64 %2655
  %2657 = bitcast float* %2656 to <8 x float>*
  %2658 = load <8 x float>, <8 x float>* %2657, align 4
  %2659 = add i64 %93, 1
  %2660 = mul i64 %2659, 8
  %2661 = getelementptr inbounds float, float* %5, i64 %2660
  %2662 = bitcast float* %2661 to <8 x float>*
  %2663 = load <8 x float>, <8 x float>* %2662, align 4
  %2664 = icmp eq i64 %chunk, 0
  %2665 = getelementptr inbounds float, float* %0, i64 %2629
  %2666 = bitcast float* %2665 to <8 x float>*
  %2667 = load <8 x float>, <8 x float>* %2666, align 4
  %2668 = select i1 %2664, <8 x float> %2658, <8 x float> %2667
  store <8 x float> %2668, <8 x float>* %37, align 32
  %2669 = getelementptr inbounds float, float* %0, i64 %2631
  %2670 = bitcast float* %2669 to <8 x float>*
  %2671 = load <8 x float>, <8 x float>* %2670, align 4
  %2672 = select i1 %2664, <8 x float> %2658, <8 x float> %2671
  store <8 x float> %2672, <8 x float>* %36, align 32
  %2673 = getelementptr inbounds float, float* %0, i64 %2633
  %2674 = bitcast float* %2673 to <8 x float>*
  %2675 = load <8 x float>, <8 x float>* %2674, align 4
  %2676 = select i1 %2664, <8 x float> %2658, <8 x float> %2675
  store <8 x float> %2676, <8 x float>* %35, align 32
  %2677 = getelementptr inbounds float, float* %0, i64 %2635
  %2678 = bitcast float* %2677 to <8 x float>*
  %2679 = load <8 x float>, <8 x float>* %2678, align 4
  %2680 = select i1 %2664, <8 x float> %2658, <8 x float> %2679
  store <8 x float> %2680, <8 x float>* %34, align 32
  %2681 = getelementptr inbounds float, float* %0, i64 %2637
  %2682 = bitcast float* %2681 to <8 x float>*
  %2683 = load <8 x float>, <8 x float>* %2682, align 4
  %2684 = select i1 %2664, <8 x float> %2658, <8 x float> %2683
  store <8 x float> %2684, <8 x float>* %33, align 32
  %2685 = getelementptr inbounds float, float* %0, i64 %2645
  %2686 = bitcast float* %2685 to <8 x float>*
  %2687 = load <8 x float>, <8 x float>* %2686, align 4
  %2688 = select i1 %2664, <8 x float> %2663, <8 x float> %2687
  store <8 x float> %2688, <8 x float>* %32, align 32
  %2689 = getelementptr inbounds float, float* %0, i64 %2647
  %2690 = bitcast float* %2689 to <8 x float>*
  %2691 = load <8 x float>, <8 x float>* %2690, align 4
  %2692 = select i1 %2664, <8 x float> %2663, <8 x float> %2691
  store <8 x float> %2692, <8 x float>* %31, align 32
  %2693 = getelementptr inbounds float, float* %0, i64 %2649
  %2694 = bitcast float* %2693 to <8 x float>*
  %2695 = load <8 x float>, <8 x float>* %2694, align 4
  %2696 = select i1 %2664, <8 x float> %2663, <8 x float> %2695
  store <8 x float> %2696, <8 x float>* %30, align 32
  %2697 = getelementptr inbounds float, float* %0, i64 %2651
  %2698 = bitcast float* %2697 to <8 x float>*
  %2699 = load <8 x float>, <8 x float>* %2698, align 4
  %2700 = select i1 %2664, <8 x float> %2663, <8 x float> %2699
  store <8 x float> %2700, <8 x float>* %29, align 32
  %2701 = getelementptr inbounds float, float* %0, i64 %2653
  %2702 = bitcast float* %2701 to <8 x float>*
  %2703 = load <8 x float>, <8 x float>* %2702, align 4
  %2704 = select i1 %2664, <8 x float> %2663, <8 x float> %2703
  store <8 x float> %2704, <8 x float>* %28, align 32
  %2705 = add i64 %99, 0
  %2706 = add i64 %97, %2705
  %2707 = mul i64 %chunk, 3
  br label %u.header370

kh.header319:                                     ; preds = %kw.exit325, %u.body316
  %kh322 = phi i64 [ 0, %u.body316 ], [ %kh.next368, %kw.exit325 ]
  %2708 = icmp slt i64 %kh322, 3
  br i1 %2708, label %kh.body320, label %kh.exit321

kh.body320:                                       ; preds = %kh.header319
  %2709 = mul i64 %kh322, 56
  %2710 = add i64 %2558, %2709
  br label %kw.header323

kh.exit321:                                       ; preds = %kh.header319
  %u.next369 = add i64 %u318, 1
  br label %u.header315

kw.header323:                                     ; preds = %kw.body324, %kh.body320
  %kw326 = phi i64 [ 0, %kh.body320 ], [ %kw.next367, %kw.body324 ]
  %2711 = icmp slt i64 %kw326, 3
  br i1 %2711, label %kw.body324, label %kw.exit325

kw.body324:                                       ; preds = %kw.header323
  %2712 = mul i64 %kw326, 8
  %2713 = add i64 %2710, %2712
  %2714 = mul i64 %kh322, 3
  %2715 = add i64 %2714, %kw326
  %2716 = mul i64 %2715, 64
  %2717 = add i64 %2560, %2716
  %2718 = add i64 %2717, 0
  %2719 = getelementptr inbounds float, float* %4, i64 %2718
  %2720 = bitcast float* %2719 to <8 x float>*
  %2721 = load <8 x float>, <8 x float>* %2720, align 4
  %2722 = add i64 %2717, 27648
  %2723 = getelementptr inbounds float, float* %4, i64 %2722
  %2724 = bitcast float* %2723 to <8 x float>*
  %2725 = load <8 x float>, <8 x float>* %2724, align 4
  %2726 = add i64 %2713, 56
  %2727 = getelementptr inbounds float, float* %2, i64 %2726
  %2728 = load float, float* %2727, align 4
  %2729 = insertelement <8 x float> undef, float %2728, i32 0
  %splat327 = shufflevector <8 x float> %2729, <8 x float> undef, <8 x i32> zeroinitializer
  %2730 = load <8 x float>, <8 x float>* %47, align 32
  %2731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat327, <8 x float> %2721, <8 x float> %2730)
  store <8 x float> %2731, <8 x float>* %47, align 32
  %2732 = load <8 x float>, <8 x float>* %42, align 32
  %2733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat327, <8 x float> %2725, <8 x float> %2732)
  store <8 x float> %2733, <8 x float>* %42, align 32
  %2734 = add i64 %2713, 64
  %2735 = getelementptr inbounds float, float* %2, i64 %2734
  %2736 = load float, float* %2735, align 4
  %2737 = insertelement <8 x float> undef, float %2736, i32 0
  %splat328 = shufflevector <8 x float> %2737, <8 x float> undef, <8 x i32> zeroinitializer
  %2738 = load <8 x float>, <8 x float>* %46, align 32
  %2739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat328, <8 x float> %2721, <8 x float> %2738)
  store <8 x float> %2739, <8 x float>* %46, align 32
  %2740 = load <8 x float>, <8 x float>* %41, align 32
  %2741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat328, <8 x float> %2725, <8 x float> %2740)
  store <8 x float> %2741, <8 x float>* %41, align 32
  %2742 = add i64 %2713, 72
  %2743 = getelementptr inbounds float, float* %2, i64 %2742
  %2744 = load float, float* %2743, align 4
  %2745 = insertelement <8 x float> undef, float %2744, i32 0
  %splat329 = shufflevector <8 x float> %2745, <8 x float> undef, <8 x i32> zeroinitializer
  %2746 = load <8 x float>, <8 x float>* %45, align 32
  %2747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat329, <8 x float> %2721, <8 x float> %2746)
  store <8 x float> %2747, <8 x float>* %45, align 32
  %2748 = load <8 x float>, <8 x float>* %40, align 32
  %2749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat329, <8 x float> %2725, <8 x float> %2748)
  store <8 x float> %2749, <8 x float>* %40, align 32
  %2750 = add i64 %2713, 80
  %2751 = getelementptr inbounds float, float* %2, i64 %2750
  %2752 = load float, float* %2751, align 4
  %2753 = insertelement <8 x float> undef, float %2752, i32 0
  %splat330 = shufflevector <8 x float> %2753, <8 x float> undef, <8 x i32> zeroinitializer
  %2754 = load <8 x float>, <8 x float>* %44, align 32
  %2755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat330, <8 x float> %2721, <8 x float> %2754)
  store <8 x float> %2755, <8 x float>* %44, align 32
  %2756 = load <8 x float>, <8 x float>* %39, align 32
  %2757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat330, <8 x float> %2725, <8 x float> %2756)
  store <8 x float> %2757, <8 x float>* %39, align 32
  %2758 = add i64 %2713, 88
  %2759 = getelementptr inbounds float, float* %2, i64 %2758
  %2760 = load float, float* %2759, align 4
  %2761 = insertelement <8 x float> undef, float %2760, i32 0
  %splat331 = shufflevector <8 x float> %2761, <8 x float> undef, <8 x i32> zeroinitializer
  %2762 = load <8 x float>, <8 x float>* %43, align 32
  %2763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat331, <8 x float> %2721, <8 x float> %2762)
  store <8 x float> %2763, <8 x float>* %43, align 32
  %2764 = load <8 x float>, <8 x float>* %38, align 32
  %2765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat331, <8 x float> %2725, <8 x float> %2764)
  store <8 x float> %2765, <8 x float>* %38, align 32
  %2766 = add i64 %2717, 8
  %2767 = getelementptr inbounds float, float* %4, i64 %2766
  %2768 = bitcast float* %2767 to <8 x float>*
  %2769 = load <8 x float>, <8 x float>* %2768, align 4
  %2770 = add i64 %2717, 27656
  %2771 = getelementptr inbounds float, float* %4, i64 %2770
  %2772 = bitcast float* %2771 to <8 x float>*
  %2773 = load <8 x float>, <8 x float>* %2772, align 4
  %2774 = add i64 %2713, 57
  %2775 = getelementptr inbounds float, float* %2, i64 %2774
  %2776 = load float, float* %2775, align 4
  %2777 = insertelement <8 x float> undef, float %2776, i32 0
  %splat332 = shufflevector <8 x float> %2777, <8 x float> undef, <8 x i32> zeroinitializer
  %2778 = load <8 x float>, <8 x float>* %47, align 32
  %2779 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat332, <8 x float> %2769, <8 x float> %2778)
  store <8 x float> %2779, <8 x float>* %47, align 32
  %2780 = load <8 x float>, <8 x float>* %42, align 32
  %2781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat332, <8 x float> %2773, <8 x float> %2780)
  store <8 x float> %2781, <8 x float>* %42, align 32
  %2782 = add i64 %2713, 65
  %2783 = getelementptr inbounds float, float* %2, i64 %2782
  %2784 = load float, float* %2783, align 4
  %2785 = insertelement <8 x float> undef, float %2784, i32 0
  %splat333 = shufflevector <8 x float> %2785, <8 x float> undef, <8 x i32> zeroinitializer
  %2786 = load <8 x float>, <8 x float>* %46, align 32
  %2787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat333, <8 x float> %2769, <8 x float> %2786)
  store <8 x float> %2787, <8 x float>* %46, align 32
  %2788 = load <8 x float>, <8 x float>* %41, align 32
  %2789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat333, <8 x float> %2773, <8 x float> %2788)
  store <8 x float> %2789, <8 x float>* %41, align 32
  %2790 = add i64 %2713, 73
  %2791 = getelementptr inbounds float, float* %2, i64 %2790
  %2792 = load float, float* %2791, align 4
  %2793 = insertelement <8 x float> undef, float %2792, i32 0
  %splat334 = shufflevector <8 x float> %2793, <8 x float> undef, <8 x i32> zeroinitializer
  %2794 = load <8 x float>, <8 x float>* %45, align 32
  %2795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat334, <8 x float> %2769, <8 x float> %2794)
  store <8 x float> %2795, <8 x float>* %45, align 32
  %2796 = load <8 x float>, <8 x float>* %40, align 32
  %2797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat334, <8 x float> %2773, <8 x float> %2796)
  store <8 x float> %2797, <8 x float>* %40, align 32
  %2798 = add i64 %2713, 81
  %2799 = getelementptr inbounds float, float* %2, i64 %2798
  %2800 = load float, float* %2799, align 4
  %2801 = insertelement <8 x float> undef, float %2800, i32 0
  %splat335 = shufflevector <8 x float> %2801, <8 x float> undef, <8 x i32> zeroinitializer
  %2802 = load <8 x float>, <8 x float>* %44, align 32
  %2803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %2769, <8 x float> %2802)
  store <8 x float> %2803, <8 x float>* %44, align 32
  %2804 = load <8 x float>, <8 x float>* %39, align 32
  %2805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat335, <8 x float> %2773, <8 x float> %2804)
  store <8 x float> %2805, <8 x float>* %39, align 32
  %2806 = add i64 %2713, 89
  %2807 = getelementptr inbounds float, float* %2, i64 %2806
  %2808 = load float, float* %2807, align 4
  %2809 = insertelement <8 x float> undef, float %2808, i32 0
  %splat336 = shufflevector <8 x float> %2809, <8 x float> undef, <8 x i32> zeroinitializer
  %2810 = load <8 x float>, <8 x float>* %43, align 32
  %2811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %2769, <8 x float> %2810)
  store <8 x float> %2811, <8 x float>* %43, align 32
  %2812 = load <8 x float>, <8 x float>* %38, align 32
  %2813 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat336, <8 x float> %2773, <8 x float> %2812)
  store <8 x float> %2813, <8 x float>* %38, align 32
  %2814 = add i64 %2717, 16
  %2815 = getelementptr inbounds float, float* %4, i64 %2814
  %2816 = bitcast float* %2815 to <8 x float>*
  %2817 = load <8 x float>, <8 x float>* %2816, align 4
  %2818 = add i64 %2717, 27664
  %2819 = getelementptr inbounds float, float* %4, i64 %2818
  %2820 = bitcast float* %2819 to <8 x float>*
  %2821 = load <8 x float>, <8 x float>* %2820, align 4
  %2822 = add i64 %2713, 58
  %2823 = getelementptr inbounds float, float* %2, i64 %2822
  %2824 = load float, float* %2823, align 4
  %2825 = insertelement <8 x float> undef, float %2824, i32 0
  %splat337 = shufflevector <8 x float> %2825, <8 x float> undef, <8 x i32> zeroinitializer
  %2826 = load <8 x float>, <8 x float>* %47, align 32
  %2827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %2817, <8 x float> %2826)
  store <8 x float> %2827, <8 x float>* %47, align 32
  %2828 = load <8 x float>, <8 x float>* %42, align 32
  %2829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat337, <8 x float> %2821, <8 x float> %2828)
  store <8 x float> %2829, <8 x float>* %42, align 32
  %2830 = add i64 %2713, 66
  %2831 = getelementptr inbounds float, float* %2, i64 %2830
  %2832 = load float, float* %2831, align 4
  %2833 = insertelement <8 x float> undef, float %2832, i32 0
  %splat338 = shufflevector <8 x float> %2833, <8 x float> undef, <8 x i32> zeroinitializer
  %2834 = load <8 x float>, <8 x float>* %46, align 32
  %2835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %2817, <8 x float> %2834)
  store <8 x float> %2835, <8 x float>* %46, align 32
  %2836 = load <8 x float>, <8 x float>* %41, align 32
  %2837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat338, <8 x float> %2821, <8 x float> %2836)
  store <8 x float> %2837, <8 x float>* %41, align 32
  %2838 = add i64 %2713, 74
  %2839 = getelementptr inbounds float, float* %2, i64 %2838
  %2840 = load float, float* %2839, align 4
  %2841 = insertelement <8 x float> undef, float %2840, i32 0
  %splat339 = shufflevector <8 x float> %2841, <8 x float> undef, <8 x i32> zeroinitializer
  %2842 = load <8 x float>, <8 x float>* %45, align 32
  %2843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %2817, <8 x float> %2842)
  store <8 x float> %2843, <8 x float>* %45, align 32
  %2844 = load <8 x float>, <8 x float>* %40, align 32
  %2845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat339, <8 x float> %2821, <8 x float> %2844)
  store <8 x float> %2845, <8 x float>* %40, align 32
  %2846 = add i64 %2713, 82
  %2847 = getelementptr inbounds float, float* %2, i64 %2846
  %2848 = load float, float* %2847, align 4
  %2849 = insertelement <8 x float> undef, float %2848, i32 0
  %splat340 = shufflevector <8 x float> %2849, <8 x float> undef, <8 x i32> zeroinitializer
  %2850 = load <8 x float>, <8 x float>* %44, align 32
  %2851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %2817, <8 x float> %2850)
  store <8 x float> %2851, <8 x float>* %44, align 32
  %2852 = load <8 x float>, <8 x float>* %39, align 32
  %2853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat340, <8 x float> %2821, <8 x float> %2852)
  store <8 x float> %2853, <8 x float>* %39, align 32
  %2854 = add i64 %2713, 90
  %2855 = getelementptr inbounds float, float* %2, i64 %2854
  %2856 = load float, float* %2855, align 4
  %2857 = insertelement <8 x float> undef, float %2856, i32 0
  %splat341 = shufflevector <8 x float> %2857, <8 x float> undef, <8 x i32> zeroinitializer
  %2858 = load <8 x float>, <8 x float>* %43, align 32
  %2859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %2817, <8 x float> %2858)
  store <8 x float> %2859, <8 x float>* %43, align 32
  %2860 = load <8 x float>, <8 x float>* %38, align 32
  %2861 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat341, <8 x float> %2821, <8 x float> %2860)
  store <8 x float> %2861, <8 x float>* %38, align 32
  %2862 = add i64 %2717, 24
  %2863 = getelementptr inbounds float, float* %4, i64 %2862
  %2864 = bitcast float* %2863 to <8 x float>*
  %2865 = load <8 x float>, <8 x float>* %2864, align 4
  %2866 = add i64 %2717, 27672
  %2867 = getelementptr inbounds float, float* %4, i64 %2866
  %2868 = bitcast float* %2867 to <8 x float>*
  %2869 = load <8 x float>, <8 x float>* %2868, align 4
  %2870 = add i64 %2713, 59
  %2871 = getelementptr inbounds float, float* %2, i64 %2870
  %2872 = load float, float* %2871, align 4
  %2873 = insertelement <8 x float> undef, float %2872, i32 0
  %splat342 = shufflevector <8 x float> %2873, <8 x float> undef, <8 x i32> zeroinitializer
  %2874 = load <8 x float>, <8 x float>* %47, align 32
  %2875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %2865, <8 x float> %2874)
  store <8 x float> %2875, <8 x float>* %47, align 32
  %2876 = load <8 x float>, <8 x float>* %42, align 32
  %2877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat342, <8 x float> %2869, <8 x float> %2876)
  store <8 x float> %2877, <8 x float>* %42, align 32
  %2878 = add i64 %2713, 67
  %2879 = getelementptr inbounds float, float* %2, i64 %2878
  %2880 = load float, float* %2879, align 4
  %2881 = insertelement <8 x float> undef, float %2880, i32 0
  %splat343 = shufflevector <8 x float> %2881, <8 x float> undef, <8 x i32> zeroinitializer
  %2882 = load <8 x float>, <8 x float>* %46, align 32
  %2883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %2865, <8 x float> %2882)
  store <8 x float> %2883, <8 x float>* %46, align 32
  %2884 = load <8 x float>, <8 x float>* %41, align 32
  %2885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat343, <8 x float> %2869, <8 x float> %2884)
  store <8 x float> %2885, <8 x float>* %41, align 32
  %2886 = add i64 %2713, 75
  %2887 = getelementptr inbounds float, float* %2, i64 %2886
  %2888 = load float, float* %2887, align 4
  %2889 = insertelement <8 x float> undef, float %2888, i32 0
  %splat344 = shufflevector <8 x float> %2889, <8 x float> undef, <8 x i32> zeroinitializer
  %2890 = load <8 x float>, <8 x float>* %45, align 32
  %2891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %2865, <8 x float> %2890)
  store <8 x float> %2891, <8 x float>* %45, align 32
  %2892 = load <8 x float>, <8 x float>* %40, align 32
  %2893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat344, <8 x float> %2869, <8 x float> %2892)
  store <8 x float> %2893, <8 x float>* %40, align 32
  %2894 = add i64 %2713, 83
  %2895 = getelementptr inbounds float, float* %2, i64 %2894
  %2896 = load float, float* %2895, align 4
  %2897 = insertelement <8 x float> undef, float %2896, i32 0
  %splat345 = shufflevector <8 x float> %2897, <8 x float> undef, <8 x i32> zeroinitializer
  %2898 = load <8 x float>, <8 x float>* %44, align 32
  %2899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %2865, <8 x float> %2898)
  store <8 x float> %2899, <8 x float>* %44, align 32
  %2900 = load <8 x float>, <8 x float>* %39, align 32
  %2901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat345, <8 x float> %2869, <8 x float> %2900)
  store <8 x float> %2901, <8 x float>* %39, align 32
  %2902 = add i64 %2713, 91
  %2903 = getelementptr inbounds float, float* %2, i64 %2902
  %2904 = load float, float* %2903, align 4
  %2905 = insertelement <8 x float> undef, float %2904, i32 0
  %splat346 = shufflevector <8 x float> %2905, <8 x float> undef, <8 x i32> zeroinitializer
  %2906 = load <8 x float>, <8 x float>* %43, align 32
  %2907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %2865, <8 x float> %2906)
  store <8 x float> %2907, <8 x float>* %43, align 32
  %2908 = load <8 x float>, <8 x float>* %38, align 32
  %2909 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat346, <8 x float> %2869, <8 x float> %2908)
  store <8 x float> %2909, <8 x float>* %38, align 32
  %2910 = add i64 %2717, 32
  %2911 = getelementptr inbounds float, float* %4, i64 %2910
  %2912 = bitcast float* %2911 to <8 x float>*
  %2913 = load <8 x float>, <8 x float>* %2912, align 4
  %2914 = add i64 %2717, 27680
  %2915 = getelementptr inbounds float, float* %4, i64 %2914
  %2916 = bitcast float* %2915 to <8 x float>*
  %2917 = load <8 x float>, <8 x float>* %2916, align 4
  %2918 = add i64 %2713, 60
  %2919 = getelementptr inbounds float, float* %2, i64 %2918
  %2920 = load float, float* %2919, align 4
  %2921 = insertelement <8 x float> undef, float %2920, i32 0
  %splat347 = shufflevector <8 x float> %2921, <8 x float> undef, <8 x i32> zeroinitializer
  %2922 = load <8 x float>, <8 x float>* %47, align 32
  %2923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %2913, <8 x float> %2922)
  store <8 x float> %2923, <8 x float>* %47, align 32
  %2924 = load <8 x float>, <8 x float>* %42, align 32
  %2925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat347, <8 x float> %2917, <8 x float> %2924)
  store <8 x float> %2925, <8 x float>* %42, align 32
  %2926 = add i64 %2713, 68
  %2927 = getelementptr inbounds float, float* %2, i64 %2926
  %2928 = load float, float* %2927, align 4
  %2929 = insertelement <8 x float> undef, float %2928, i32 0
  %splat348 = shufflevector <8 x float> %2929, <8 x float> undef, <8 x i32> zeroinitializer
  %2930 = load <8 x float>, <8 x float>* %46, align 32
  %2931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %2913, <8 x float> %2930)
  store <8 x float> %2931, <8 x float>* %46, align 32
  %2932 = load <8 x float>, <8 x float>* %41, align 32
  %2933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat348, <8 x float> %2917, <8 x float> %2932)
  store <8 x float> %2933, <8 x float>* %41, align 32
  %2934 = add i64 %2713, 76
  %2935 = getelementptr inbounds float, float* %2, i64 %2934
  %2936 = load float, float* %2935, align 4
  %2937 = insertelement <8 x float> undef, float %2936, i32 0
  %splat349 = shufflevector <8 x float> %2937, <8 x float> undef, <8 x i32> zeroinitializer
  %2938 = load <8 x float>, <8 x float>* %45, align 32
  %2939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %2913, <8 x float> %2938)
  store <8 x float> %2939, <8 x float>* %45, align 32
  %2940 = load <8 x float>, <8 x float>* %40, align 32
  %2941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat349, <8 x float> %2917, <8 x float> %2940)
  store <8 x float> %2941, <8 x float>* %40, align 32
  %2942 = add i64 %2713, 84
  %2943 = getelementptr inbounds float, float* %2, i64 %2942
  %2944 = load float, float* %2943, align 4
  %2945 = insertelement <8 x float> undef, float %2944, i32 0
  %splat350 = shufflevector <8 x float> %2945, <8 x float> undef, <8 x i32> zeroinitializer
  %2946 = load <8 x float>, <8 x float>* %44, align 32
  %2947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %2913, <8 x float> %2946)
  store <8 x float> %2947, <8 x float>* %44, align 32
  %2948 = load <8 x float>, <8 x float>* %39, align 32
  %2949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat350, <8 x float> %2917, <8 x float> %2948)
  store <8 x float> %2949, <8 x float>* %39, align 32
  %2950 = add i64 %2713, 92
  %2951 = getelementptr inbounds float, float* %2, i64 %2950
  %2952 = load float, float* %2951, align 4
  %2953 = insertelement <8 x float> undef, float %2952, i32 0
  %splat351 = shufflevector <8 x float> %2953, <8 x float> undef, <8 x i32> zeroinitializer
  %2954 = load <8 x float>, <8 x float>* %43, align 32
  %2955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %2913, <8 x float> %2954)
  store <8 x float> %2955, <8 x float>* %43, align 32
  %2956 = load <8 x float>, <8 x float>* %38, align 32
  %2957 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat351, <8 x float> %2917, <8 x float> %2956)
  store <8 x float> %2957, <8 x float>* %38, align 32
  %2958 = add i64 %2717, 40
  %2959 = getelementptr inbounds float, float* %4, i64 %2958
  %2960 = bitcast float* %2959 to <8 x float>*
  %2961 = load <8 x float>, <8 x float>* %2960, align 4
  %2962 = add i64 %2717, 27688
  %2963 = getelementptr inbounds float, float* %4, i64 %2962
  %2964 = bitcast float* %2963 to <8 x float>*
  %2965 = load <8 x float>, <8 x float>* %2964, align 4
  %2966 = add i64 %2713, 61
  %2967 = getelementptr inbounds float, float* %2, i64 %2966
  %2968 = load float, float* %2967, align 4
  %2969 = insertelement <8 x float> undef, float %2968, i32 0
  %splat352 = shufflevector <8 x float> %2969, <8 x float> undef, <8 x i32> zeroinitializer
  %2970 = load <8 x float>, <8 x float>* %47, align 32
  %2971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %2961, <8 x float> %2970)
  store <8 x float> %2971, <8 x float>* %47, align 32
  %2972 = load <8 x float>, <8 x float>* %42, align 32
  %2973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat352, <8 x float> %2965, <8 x float> %2972)
  store <8 x float> %2973, <8 x float>* %42, align 32
  %2974 = add i64 %2713, 69
  %2975 = getelementptr inbounds float, float* %2, i64 %2974
  %2976 = load float, float* %2975, align 4
  %2977 = insertelement <8 x float> undef, float %2976, i32 0
  %splat353 = shufflevector <8 x float> %2977, <8 x float> undef, <8 x i32> zeroinitializer
  %2978 = load <8 x float>, <8 x float>* %46, align 32
  %2979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %2961, <8 x float> %2978)
  store <8 x float> %2979, <8 x float>* %46, align 32
  %2980 = load <8 x float>, <8 x float>* %41, align 32
  %2981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat353, <8 x float> %2965, <8 x float> %2980)
  store <8 x float> %2981, <8 x float>* %41, align 32
  %2982 = add i64 %2713, 77
  %2983 = getelementptr inbounds float, float* %2, i64 %2982
  %2984 = load float, float* %2983, align 4
  %2985 = insertelement <8 x float> undef, float %2984, i32 0
  %splat354 = shufflevector <8 x float> %2985, <8 x float> undef, <8 x i32> zeroinitializer
  %2986 = load <8 x float>, <8 x float>* %45, align 32
  %2987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %2961, <8 x float> %2986)
  store <8 x float> %2987, <8 x float>* %45, align 32
  %2988 = load <8 x float>, <8 x float>* %40, align 32
  %2989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat354, <8 x float> %2965, <8 x float> %2988)
  store <8 x float> %2989, <8 x float>* %40, align 32
  %2990 = add i64 %2713, 85
  %2991 = getelementptr inbounds float, float* %2, i64 %2990
  %2992 = load float, float* %2991, align 4
  %2993 = insertelement <8 x float> undef, float %2992, i32 0
  %splat355 = shufflevector <8 x float> %2993, <8 x float> undef, <8 x i32> zeroinitializer
  %2994 = load <8 x float>, <8 x float>* %44, align 32
  %2995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %2961, <8 x float> %2994)
  store <8 x float> %2995, <8 x float>* %44, align 32
  %2996 = load <8 x float>, <8 x float>* %39, align 32
  %2997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat355, <8 x float> %2965, <8 x float> %2996)
  store <8 x float> %2997, <8 x float>* %39, align 32
  %2998 = add i64 %2713, 93
  %2999 = getelementptr inbounds float, float* %2, i64 %2998
  %3000 = load float, float* %2999, align 4
  %3001 = insertelement <8 x float> undef, float %3000, i32 0
  %splat356 = shufflevector <8 x float> %3001, <8 x float> undef, <8 x i32> zeroinitializer
  %3002 = load <8 x float>, <8 x float>* %43, align 32
  %3003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %2961, <8 x float> %3002)
  store <8 x float> %3003, <8 x float>* %43, align 32
  %3004 = load <8 x float>, <8 x float>* %38, align 32
  %3005 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat356, <8 x float> %2965, <8 x float> %3004)
  store <8 x float> %3005, <8 x float>* %38, align 32
  %3006 = add i64 %2717, 48
  %3007 = getelementptr inbounds float, float* %4, i64 %3006
  %3008 = bitcast float* %3007 to <8 x float>*
  %3009 = load <8 x float>, <8 x float>* %3008, align 4
  %3010 = add i64 %2717, 27696
  %3011 = getelementptr inbounds float, float* %4, i64 %3010
  %3012 = bitcast float* %3011 to <8 x float>*
  %3013 = load <8 x float>, <8 x float>* %3012, align 4
  %3014 = add i64 %2713, 62
  %3015 = getelementptr inbounds float, float* %2, i64 %3014
  %3016 = load float, float* %3015, align 4
  %3017 = insertelement <8 x float> undef, float %3016, i32 0
  %splat357 = shufflevector <8 x float> %3017, <8 x float> undef, <8 x i32> zeroinitializer
  %3018 = load <8 x float>, <8 x float>* %47, align 32
  %3019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3009, <8 x float> %3018)
  store <8 x float> %3019, <8 x float>* %47, align 32
  %3020 = load <8 x float>, <8 x float>* %42, align 32
  %3021 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat357, <8 x float> %3013, <8 x float> %3020)
  store <8 x float> %3021, <8 x float>* %42, align 32
  %3022 = add i64 %2713, 70
  %3023 = getelementptr inbounds float, float* %2, i64 %3022
  %3024 = load float, float* %3023, align 4
  %3025 = insertelement <8 x float> undef, float %3024, i32 0
  %splat358 = shufflevector <8 x float> %3025, <8 x float> undef, <8 x i32> zeroinitializer
  %3026 = load <8 x float>, <8 x float>* %46, align 32
  %3027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3009, <8 x float> %3026)
  store <8 x float> %3027, <8 x float>* %46, align 32
  %3028 = load <8 x float>, <8 x float>* %41, align 32
  %3029 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat358, <8 x float> %3013, <8 x float> %3028)
  store <8 x float> %3029, <8 x float>* %41, align 32
  %3030 = add i64 %2713, 78
  %3031 = getelementptr inbounds float, float* %2, i64 %3030
  %3032 = load float, float* %3031, align 4
  %3033 = insertelement <8 x float> undef, float %3032, i32 0
  %splat359 = shufflevector <8 x float> %3033, <8 x float> undef, <8 x i32> zeroinitializer
  %3034 = load <8 x float>, <8 x float>* %45, align 32
  %3035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3009, <8 x float> %3034)
  store <8 x float> %3035, <8 x float>* %45, align 32
  %3036 = load <8 x float>, <8 x float>* %40, align 32
  %3037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat359, <8 x float> %3013, <8 x float> %3036)
  store <8 x float> %3037, <8 x float>* %40, align 32
  %3038 = add i64 %2713, 86
  %3039 = getelementptr inbounds float, float* %2, i64 %3038
  %3040 = load float, float* %3039, align 4
  %3041 = insertelement <8 x float> undef, float %3040, i32 0
  %splat360 = shufflevector <8 x float> %3041, <8 x float> undef, <8 x i32> zeroinitializer
  %3042 = load <8 x float>, <8 x float>* %44, align 32
  %3043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat360, <8 x float> %3009, <8 x float> %3042)
  store <8 x float> %3043, <8 x float>* %44, align 32
  %3044 = load <8 x float>, <8 x float>* %39, align 32
  %3045 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat360, <8 x float> %3013, <8 x float> %3044)
  store <8 x float> %3045, <8 x float>* %39, align 32
  %3046 = add i64 %2713, 94
  %3047 = getelementptr inbounds float, float* %2, i64 %3046
  %3048 = load float, float* %3047, align 4
  %3049 = insertelement <8 x float> undef, float %3048, i32 0
  %splat361 = shufflevector <8 x float> %3049, <8 x float> undef, <8 x i32> zeroinitializer
  %3050 = load <8 x float>, <8 x float>* %43, align 32
  %3051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat361, <8 x float> %3009, <8 x float> %3050)
  store <8 x float> %3051, <8 x float>* %43, align 32
  %3052 = load <8 x float>, <8 x float>* %38, align 32
  %3053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat361, <8 x float> %3013, <8 x float> %3052)
  store <8 x float> %3053, <8 x float>* %38, align 32
  %3054 = add i64 %2717, 56
  %3055 = getelementptr inbounds float, float* %4, i64 %3054
  %3056 = bitcast float* %3055 to <8 x float>*
  %3057 = load <8 x float>, <8 x float>* %3056, align 4
  %3058 = add i64 %2717, 27704
  %3059 = getelementptr inbounds float, float* %4, i64 %3058
  %3060 = bitcast float* %3059 to <8 x float>*
  %3061 = load <8 x float>, <8 x float>* %3060, align 4
  %3062 = add i64 %2713, 63
  %3063 = getelementptr inbounds float, float* %2, i64 %3062
  %3064 = load float, float* %3063, align 4
  %3065 = insertelement <8 x float> undef, float %3064, i32 0
  %splat362 = shufflevector <8 x float> %3065, <8 x float> undef, <8 x i32> zeroinitializer
  %3066 = load <8 x float>, <8 x float>* %47, align 32
  %3067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat362, <8 x float> %3057, <8 x float> %3066)
  store <8 x float> %3067, <8 x float>* %47, align 32
  %3068 = load <8 x float>, <8 x float>* %42, align 32
  %3069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat362, <8 x float> %3061, <8 x float> %3068)
  store <8 x float> %3069, <8 x float>* %42, align 32
  %3070 = add i64 %2713, 71
  %3071 = getelementptr inbounds float, float* %2, i64 %3070
  %3072 = load float, float* %3071, align 4
  %3073 = insertelement <8 x float> undef, float %3072, i32 0
  %splat363 = shufflevector <8 x float> %3073, <8 x float> undef, <8 x i32> zeroinitializer
  %3074 = load <8 x float>, <8 x float>* %46, align 32
  %3075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat363, <8 x float> %3057, <8 x float> %3074)
  store <8 x float> %3075, <8 x float>* %46, align 32
  %3076 = load <8 x float>, <8 x float>* %41, align 32
  %3077 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat363, <8 x float> %3061, <8 x float> %3076)
  store <8 x float> %3077, <8 x float>* %41, align 32
  %3078 = add i64 %2713, 79
  %3079 = getelementptr inbounds float, float* %2, i64 %3078
  %3080 = load float, float* %3079, align 4
  %3081 = insertelement <8 x float> undef, float %3080, i32 0
  %splat364 = shufflevector <8 x float> %3081, <8 x float> undef, <8 x i32> zeroinitializer
  %3082 = load <8 x float>, <8 x float>* %45, align 32
  %3083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat364, <8 x float> %3057, <8 x float> %3082)
  store <8 x float> %3083, <8 x float>* %45, align 32
  %3084 = load <8 x float>, <8 x float>* %40, align 32
  %3085 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat364, <8 x float> %3061, <8 x float> %3084)
  store <8 x float> %3085, <8 x float>* %40, align 32
  %3086 = add i64 %2713, 87
  %3087 = getelementptr inbounds float, float* %2, i64 %3086
  %3088 = load float, float* %3087, align 4
  %3089 = insertelement <8 x float> undef, float %3088, i32 0
  %splat365 = shufflevector <8 x float> %3089, <8 x float> undef, <8 x i32> zeroinitializer
  %3090 = load <8 x float>, <8 x float>* %44, align 32
  %3091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat365, <8 x float> %3057, <8 x float> %3090)
  store <8 x float> %3091, <8 x float>* %44, align 32
  %3092 = load <8 x float>, <8 x float>* %39, align 32
  %3093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat365, <8 x float> %3061, <8 x float> %3092)
  store <8 x float> %3093, <8 x float>* %39, align 32
  %3094 = add i64 %2713, 95
  %3095 = getelementptr inbounds float, float* %2, i64 %3094
  %3096 = load float, float* %3095, align 4
  %3097 = insertelement <8 x float> undef, float %3096, i32 0
  %splat366 = shufflevector <8 x float> %3097, <8 x float> undef, <8 x i32> zeroinitializer
  %3098 = load <8 x float>, <8 x float>* %43, align 32
  %3099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat366, <8 x float> %3057, <8 x float> %3098)
  store <8 x float> %3099, <8 x float>* %43, align 32
  %3100 = load <8 x float>, <8 x float>* %38, align 32
  %3101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat366, <8 x float> %3061, <8 x float> %3100)
  store <8 x float> %3101, <8 x float>* %38, align 32
  %kw.next367 = add i64 %kw326, 1
  br label %kw.header323

kw.exit325:                                       ; preds = %kw.header323
  %kh.next368 = add i64 %kh322, 1
  br label %kh.header319

u.header370:                                      ; preds = %kh.exit376, %u.exit317
  %u373 = phi i64 [ 0, %u.exit317 ], [ %u.next424, %kh.exit376 ]
  %3102 = icmp slt i64 %u373, 3
  br i1 %3102, label %u.body371, label %u.exit372

u.body371:                                        ; preds = %u.header370
  %3103 = add i64 %2707, %u373
  %3104 = mul i64 %3103, 392
  %3105 = add i64 %2706, %3104
  %3106 = mul i64 %3103, 576
  %3107 = add i64 %98, %3106
  br label %kh.header374

u.exit372:                                        ; preds = %u.header370
  %3108 = icmp eq i64 %chunk, 15
  %3109 = load <8 x float>, <8 x float>* %37, align 32
  %3110 = fcmp olt <8 x float> %3109, zeroinitializer
  %3111 = select <8 x i1> %3110, <8 x float> zeroinitializer, <8 x float> %3109
  %3112 = select i1 %3108, <8 x float> %3111, <8 x float> %3109
  %3113 = getelementptr inbounds float, float* %0, i64 %2629
  %3114 = bitcast float* %3113 to <8 x float>*
  store <8 x float> %3112, <8 x float>* %3114, align 4
  %3115 = load <8 x float>, <8 x float>* %36, align 32
  %3116 = fcmp olt <8 x float> %3115, zeroinitializer
  %3117 = select <8 x i1> %3116, <8 x float> zeroinitializer, <8 x float> %3115
  %3118 = select i1 %3108, <8 x float> %3117, <8 x float> %3115
  %3119 = getelementptr inbounds float, float* %0, i64 %2631
  %3120 = bitcast float* %3119 to <8 x float>*
  store <8 x float> %3118, <8 x float>* %3120, align 4
  %3121 = load <8 x float>, <8 x float>* %35, align 32
  %3122 = fcmp olt <8 x float> %3121, zeroinitializer
  %3123 = select <8 x i1> %3122, <8 x float> zeroinitializer, <8 x float> %3121
  %3124 = select i1 %3108, <8 x float> %3123, <8 x float> %3121
  %3125 = getelementptr inbounds float, float* %0, i64 %2633
  %3126 = bitcast float* %3125 to <8 x float>*
  store <8 x float> %3124, <8 x float>* %3126, align 4
  %3127 = load <8 x float>, <8 x float>* %34, align 32
  %3128 = fcmp olt <8 x float> %3127, zeroinitializer
  %3129 = select <8 x i1> %3128, <8 x float> zeroinitializer, <8 x float> %3127
  %3130 = select i1 %3108, <8 x float> %3129, <8 x float> %3127
  %3131 = getelementptr inbounds float, float* %0, i64 %2635
  %3132 = bitcast float* %3131 to <8 x float>*
  store <8 x float> %3130, <8 x float>* %3132, align 4
  %3133 = load <8 x float>, <8 x float>* %33, align 32
  %3134 = fcmp olt <8 x float> %3133, zeroinitializer
  %3135 = select <8 x i1> %3134, <8 x float> zeroinitializer, <8 x float> %3133
  %3136 = select i1 %3108, <8 x float> %3135, <8 x float> %3133
  %3137 = getelementptr inbounds float, float* %0, i64 %2637
  %3138 = bitcast float* %3137 to <8 x float>*
  store <8 x float> %3136, <8 x float>* %3138, align 4
  %3139 = load <8 x float>, <8 x float>* %32, align 32
  %3140 = fcmp olt <8 x float> %3139, zeroinitializer
  %3141 = select <8 x i1> %3140, <8 x float> zeroinitializer, <8 x float> %3139
  %3142 = select i1 %3108, <8 x float> %3141, <8 x float> %3139
  %3143 = getelementptr inbounds float, float* %0, i64 %2645
  %3144 = bitcast float* %3143 to <8 x float>*
  store <8 x float> %3142, <8 x float>* %3144, align 4
  %3145 = load <8 x float>, <8 x float>* %31, align 32
  %3146 = fcmp olt <8 x float> %3145, zeroinitializer
  %3147 = select <8 x i1> %3146, <8 x float> zeroinitializer, <8 x float> %3145
  %3148 = select i1 %3108, <8 x float> %3147, <8 x float> %3145
  %3149 = getelementptr inbounds float, float* %0, i64 %2647
  %3150 = bitcast float* %3149 to <8 x float>*
  store <8 x float> %3148, <8 x float>* %3150, align 4
  %3151 = load <8 x float>, <8 x float>* %30, align 32
  %3152 = fcmp olt <8 x float> %3151, zeroinitializer
  %3153 = select <8 x i1> %3152, <8 x float> zeroinitializer, <8 x float> %3151
  %3154 = select i1 %3108, <8 x float> %3153, <8 x float> %3151
  %3155 = getelementptr inbounds float, float* %0, i64 %2649
  %3156 = bitcast float* %3155 to <8 x float>*
  store <8 x float> %3154, <8 x float>* %3156, align 4
  %3157 = load <8 x float>, <8 x float>* %29, align 32
  %3158 = fcmp olt <8 x float> %3157, zeroinitializer
  %3159 = select <8 x i1> %3158, <8 x float> zeroinitializer, <8 x float> %3157
  %3160 = select i1 %3108, <8 x float> %3159, <8 x float> %3157
  %3161 = getelementptr inbounds float, float* %0, i64 %2651
  %3162 = bitcast float* %3161 to <8 x float>*
  store <8 x float> %3160, <8 x float>* %3162, align 4
  %3163 = load <8 x float>, <8 x float>* %28, align 32
  %3164 = fcmp olt <8 x float> %3163, zeroinitializer
  %3165 = select <8 x i1> %3164, <8 x float> zeroinitializer, <8 x float> %3163
  %3166 = select i1 %3108, <8 x float> %3165, <8 x float> %3163
  %3167 = getelementptr inbounds float, float* %0, i64 %2653
  %3168 = bitcast float* %3167 to <8 x float>*
  store <8 x float> %3166, <8 x float>* %3168, align 4
  %3169 = mul i64 %90, 125
  %3170 = add i64 %3169, %93
  %3171 = add i64 %3170, 0
  %3172 = mul i64 %3171, 5
  %3173 = add i64 %3172, %87
  %3174 = mul i64 %3173, 5
  %3175 = add i64 %3174, 15
  %3176 = mul i64 %3175, 8
  %3177 = add i64 %3174, 16
  %3178 = mul i64 %3177, 8
  %3179 = add i64 %3174, 17
  %3180 = mul i64 %3179, 8
  %3181 = add i64 %3174, 18
  %3182 = mul i64 %3181, 8
  %3183 = add i64 %3174, 19
  %3184 = mul i64 %3183, 8
  %3185 = mul i64 %90, 125
  %3186 = add i64 %3185, %93
  %3187 = add i64 %3186, 1
  %3188 = mul i64 %3187, 5
  %3189 = add i64 %3188, %87
  %3190 = mul i64 %3189, 5
  %3191 = add i64 %3190, 15
  %3192 = mul i64 %3191, 8
  %3193 = add i64 %3190, 16
  %3194 = mul i64 %3193, 8
  %3195 = add i64 %3190, 17
  %3196 = mul i64 %3195, 8
  %3197 = add i64 %3190, 18
  %3198 = mul i64 %3197, 8
  %3199 = add i64 %3190, 19
  %3200 = mul i64 %3199, 8
  %3201 = add i64 %93, 0
  %3202 = mul i64 %3201, 8
  %3203 = getelementptr inbounds float, float* %5, i64 %3202
  %3204 = bitcast float* %3203 to <8 x float>*
  %3205 = load <8 x float>, <8 x float>* %3204, align 4
  %3206 = add i64 %93, 1
  %3207 = mul i64 %3206, 8
  %3208 = getelementptr inbounds float, float* %5, i64 %3207
  %3209 = bitcast float* %3208 to <8 x float>*
  %3210 = load <8 x float>, <8 x float>* %3209, align 4
  %3211 = icmp eq i64 %chunk, 0
  %3212 = getelementptr inbounds float, float* %0, i64 %3176
  %3213 = bitcast float* %3212 to <8 x float>*
  %3214 = load <8 x float>, <8 x float>* %3213, align 4
  %3215 = select i1 %3211, <8 x float> %3205, <8 x float> %3214
  store <8 x float> %3215, <8 x float>* %27, align 32
  %3216 = getelementptr inbounds float, float* %0, i64 %3178
  %3217 = bitcast float* %3216 to <8 x float>*
  %3218 = load <8 x float>, <8 x float>* %3217, align 4
  %3219 = select i1 %3211, <8 x float> %3205, <8 x float> %3218
  store <8 x float> %3219, <8 x float>* %26, align 32
  %3220 = getelementptr inbounds float, float* %0, i64 %3180
  %3221 = bitcast float* %3220 to <8 x float>*
  %3222 = load <8 x float>, <8 x float>* %3221, align 4
  %3223 = select i1 %3211, <8 x float> %3205, <8 x float> %3222
  store <8 x float> %3223, <8 x float>* %25, align 32
  %3224 = getelementptr inbounds float, float* %0, i64 %3182
  %3225 = bitcast float* %3224 to <8 x float>*
  %3226 = load <8 x float>, <8 x float>* %3225, align 4
  %3227 = select i1 %3211, <8 x float> %3205, <8 x float> %3226
  store <8 x float> %3227, <8 x float>* %24, align 32
  %3228 = getelementptr inbounds float, float* %0, i64 %3184
  %3229 = bitcast float* %3228 to <8 x float>*
  %3230 = load <8 x float>, <8 x float>* %3229, align 4
  %3231 = select i1 %3211, <8 x float> %3205, <8 x float> %3230
  store <8 x float> %3231, <8 x float>* %23, align 32
  %3232 = getelementptr inbounds float, float* %0, i64 %3192
  %3233 = bitcast float* %3232 to <8 x float>*
  %3234 = load <8 x float>, <8 x float>* %3233, align 4
  %3235 = select i1 %3211, <8 x float> %3210, <8 x float> %3234
  store <8 x float> %3235, <8 x float>* %22, align 32
  %3236 = getelementptr inbounds float, float* %0, i64 %3194
  %3237 = bitcast float* %3236 to <8 x float>*
  %3238 = load <8 x float>, <8 x float>* %3237, align 4
  %3239 = select i1 %3211, <8 x float> %3210, <8 x float> %3238
  store <8 x float> %3239, <8 x float>* %21, align 32
  %3240 = getelementptr inbounds float, float* %0, i64 %3196
  %3241 = bitcast float* %3240 to <8 x float>*
  %3242 = load <8 x float>, <8 x float>* %3241, align 4
  %3243 = select i1 %3211, <8 x float> %3210, <8 x float> %3242
  store <8 x float> %3243, <8 x float>* %20, align 32
  %3244 = getelementptr inbounds float, float* %0, i64 %3198
  %3245 = bitcast float* %3244 to <8 x float>*
  %3246 = load <8 x float>, <8 x float>* %3245, align 4
  %3247 = select i1 %3211, <8 x float> %3210, <8 x float> %3246
  store <8 x float> %3247, <8 x float>* %19, align 32
  %3248 = getelementptr inbounds float, float* %0, i64 %3200
  %3249 = bitcast float* %3248 to <8 x float>*
  %3250 = load <8 x float>, <8 x float>* %3249, align 4
  %3251 = select i1 %3211, <8 x float> %3210, <8 x float> %3250
  store <8 x float> %3251, <8 x float>* %18, align 32
  %3252 = add i64 %99, 0
  %3253 = add i64 %97, %3252
  %3254 = mul i64 %chunk, 3
  br label %u.header425

kh.header374:                                     ; preds = %kw.exit380, %u.body371
  %kh377 = phi i64 [ 0, %u.body371 ], [ %kh.next423, %kw.exit380 ]
  %3255 = icmp slt i64 %kh377, 3
  br i1 %3255, label %kh.body375, label %kh.exit376

kh.body375:                                       ; preds = %kh.header374
  %3256 = mul i64 %kh377, 56
  %3257 = add i64 %3105, %3256
  br label %kw.header378

kh.exit376:                                       ; preds = %kh.header374
  %u.next424 = add i64 %u373, 1
  br label %u.header370

kw.header378:                                     ; preds = %kw.body379, %kh.body375
  %kw381 = phi i64 [ 0, %kh.body375 ], [ %kw.next422, %kw.body379 ]
  %3258 = icmp slt i64 %kw381, 3
  br i1 %3258, label %kw.body379, label %kw.exit380

kw.body379:                                       ; preds = %kw.header378
  %3259 = mul i64 %kw381, 8
  %3260 = add i64 %3257, %3259
  %3261 = mul i64 %kh377, 3
  %3262 = add i64 %3261, %kw381
  %3263 = mul i64 %3262, 64
  %3264 = add i64 %3107, %3263
  %3265 = add i64 %3264, 0
  %3266 = getelementptr inbounds float, float* %4, i64 %3265
  %3267 = bitcast float* %3266 to <8 x float>*
  %3268 = load <8 x float>, <8 x float>* %3267, align 4
  %3269 = add i64 %3264, 27648
  %3270 = getelementptr inbounds float, float* %4, i64 %3269
  %3271 = bitcast float* %3270 to <8 x float>*
  %3272 = load <8 x float>, <8 x float>* %3271, align 4
  %3273 = add i64 %3260, 112
  %3274 = getelementptr inbounds float, float* %2, i64 %3273
  %3275 = load float, float* %3274, align 4
  %3276 = insertelement <8 x float> undef, float %3275, i32 0
  %splat382 = shufflevector <8 x float> %3276, <8 x float> undef, <8 x i32> zeroinitializer
  %3277 = load <8 x float>, <8 x float>* %37, align 32
  %3278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3268, <8 x float> %3277)
  store <8 x float> %3278, <8 x float>* %37, align 32
  %3279 = load <8 x float>, <8 x float>* %32, align 32
  %3280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat382, <8 x float> %3272, <8 x float> %3279)
  store <8 x float> %3280, <8 x float>* %32, align 32
  %3281 = add i64 %3260, 120
  %3282 = getelementptr inbounds float, float* %2, i64 %3281
  %3283 = load float, float* %3282, align 4
  %3284 = insertelement <8 x float> undef, float %3283, i32 0
  %splat383 = shufflevector <8 x float> %3284, <8 x float> undef, <8 x i32> zeroinitializer
  %3285 = load <8 x float>, <8 x float>* %36, align 32
  %3286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat383, <8 x float> %3268, <8 x float> %3285)
  store <8 x float> %3286, <8 x float>* %36, align 32
  %3287 = load <8 x float>, <8 x float>* %31, align 32
  %3288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat383, <8 x float> %3272, <8 x float> %3287)
  store <8 x float> %3288, <8 x float>* %31, align 32
  %3289 = add i64 %3260, 128
  %3290 = getelementptr inbounds float, float* %2, i64 %3289
  %3291 = load float, float* %3290, align 4
  %3292 = insertelement <8 x float> undef, float %3291, i32 0
  %splat384 = shufflevector <8 x float> %3292, <8 x float> undef, <8 x i32> zeroinitializer
  %3293 = load <8 x float>, <8 x float>* %35, align 32
  %3294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat384, <8 x float> %3268, <8 x float> %3293)
  store <8 x float> %3294, <8 x float>* %35, align 32
  %3295 = load <8 x float>, <8 x float>* %30, align 32
  %3296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat384, <8 x float> %3272, <8 x float> %3295)
  store <8 x float> %3296, <8 x float>* %30, align 32
  %3297 = add i64 %3260, 136
  %3298 = getelementptr inbounds float, float* %2, i64 %3297
  %3299 = load float, float* %3298, align 4
  %3300 = insertelement <8 x float> undef, float %3299, i32 0
  %splat385 = shufflevector <8 x float> %3300, <8 x float> undef, <8 x i32> zeroinitializer
  %3301 = load <8 x float>, <8 x float>* %34, align 32
  %3302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat385, <8 x float> %3268, <8 x float> %3301)
  store <8 x float> %3302, <8 x float>* %34, align 32
  %3303 = load <8 x float>, <8 x float>* %29, align 32
  %3304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat385, <8 x float> %3272, <8 x float> %3303)
  store <8 x float> %3304, <8 x float>* %29, align 32
  %3305 = add i64 %3260, 144
  %3306 = getelementptr inbounds float, float* %2, i64 %3305
  %3307 = load float, float* %3306, align 4
  %3308 = insertelement <8 x float> undef, float %3307, i32 0
  %splat386 = shufflevector <8 x float> %3308, <8 x float> undef, <8 x i32> zeroinitializer
  %3309 = load <8 x float>, <8 x float>* %33, align 32
  %3310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat386, <8 x float> %3268, <8 x float> %3309)
  store <8 x float> %3310, <8 x float>* %33, align 32
  %3311 = load <8 x float>, <8 x float>* %28, align 32
  %3312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat386, <8 x float> %3272, <8 x float> %3311)
  store <8 x float> %3312, <8 x float>* %28, align 32
  %3313 = add i64 %3264, 8
  %3314 = getelementptr inbounds float, float* %4, i64 %3313
  %3315 = bitcast float* %3314 to <8 x float>*
  %3316 = load <8 x float>, <8 x float>* %3315, align 4
  %3317 = add i64 %3264, 27656
  %3318 = getelementptr inbounds float, float* %4, i64 %3317
  %3319 = bitcast float* %3318 to <8 x float>*
  %3320 = load <8 x float>, <8 x float>* %3319, align 4
  %3321 = add i64 %3260, 113
  %3322 = getelementptr inbounds float, float* %2, i64 %3321
  %3323 = load float, float* %3322, align 4
  %3324 = insertelement <8 x float> undef, float %3323, i32 0
  %splat387 = shufflevector <8 x float> %3324, <8 x float> undef, <8 x i32> zeroinitializer
  %3325 = load <8 x float>, <8 x float>* %37, align 32
  %3326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat387, <8 x float> %3316, <8 x float> %3325)
  store <8 x float> %3326, <8 x float>* %37, align 32
  %3327 = load <8 x float>, <8 x float>* %32, align 32
  %3328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat387, <8 x float> %3320, <8 x float> %3327)
  store <8 x float> %3328, <8 x float>* %32, align 32
  %3329 = add i64 %3260, 121
  %3330 = getelementptr inbounds float, float* %2, i64 %3329
  %3331 = load float, float* %3330, align 4
  %3332 = insertelement <8 x float> undef, float %3331, i32 0
  %splat388 = shufflevector <8 x float> %3332, <8 x float> undef, <8 x i32> zeroinitializer
  %3333 = load <8 x float>, <8 x float>* %36, align 32
  %3334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat388, <8 x float> %3316, <8 x float> %3333)
  store <8 x float> %3334, <8 x float>* %36, align 32
  %3335 = load <8 x float>, <8 x float>* %31, align 32
  %3336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat388, <8 x float> %3320, <8 x float> %3335)
  store <8 x float> %3336, <8 x float>* %31, align 32
  %3337 = add i64 %3260, 129
  %3338 = getelementptr inbounds float, float* %2, i64 %3337
  %3339 = load float, float* %3338, align 4
  %3340 = insertelement <8 x float> undef, float %3339, i32 0
  %splat389 = shufflevector <8 x float> %3340, <8 x float> undef, <8 x i32> zeroinitializer
  %3341 = load <8 x float>, <8 x float>* %35, align 32
  %3342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat389, <8 x float> %3316, <8 x float> %3341)
  store <8 x float> %3342, <8 x float>* %35, align 32
  %3343 = load <8 x float>, <8 x float>* %30, align 32
  %3344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat389, <8 x float> %3320, <8 x float> %3343)
  store <8 x float> %3344, <8 x float>* %30, align 32
  %3345 = add i64 %3260, 137
  %3346 = getelementptr inbounds float, float* %2, i64 %3345
  %3347 = load float, float* %3346, align 4
  %3348 = insertelement <8 x float> undef, float %3347, i32 0
  %splat390 = shufflevector <8 x float> %3348, <8 x float> undef, <8 x i32> zeroinitializer
  %3349 = load <8 x float>, <8 x float>* %34, align 32
  %3350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat390, <8 x float> %3316, <8 x float> %3349)
  store <8 x float> %3350, <8 x float>* %34, align 32
  %3351 = load <8 x float>, <8 x float>* %29, align 32
  %3352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat390, <8 x float> %3320, <8 x float> %3351)
  store <8 x float> %3352, <8 x float>* %29, align 32
  %3353 = add i64 %3260, 145
  %3354 = getelementptr inbounds float, float* %2, i64 %3353
  %3355 = load float, float* %3354, align 4
  %3356 = insertelement <8 x float> undef, float %3355, i32 0
  %splat391 = shufflevector <8 x float> %3356, <8 x float> undef, <8 x i32> zeroinitializer
  %3357 = load <8 x float>, <8 x float>* %33, align 32
  %3358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat391, <8 x float> %3316, <8 x float> %3357)
  store <8 x float> %3358, <8 x float>* %33, align 32
  %3359 = load <8 x float>, <8 x float>* %28, align 32
  %3360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat391, <8 x float> %3320, <8 x float> %3359)
  store <8 x float> %3360, <8 x float>* %28, align 32
  %3361 = add i64 %3264, 16
  %3362 = getelementptr inbounds float, float* %4, i64 %3361
  %3363 = bitcast float* %3362 to <8 x float>*
  %3364 = load <8 x float>, <8 x float>* %3363, align 4
  %3365 = add i64 %3264, 27664
  %3366 = getelementptr inbounds float, float* %4, i64 %3365
  %3367 = bitcast float* %3366 to <8 x float>*
  %3368 = load <8 x float>, <8 x float>* %3367, align 4
  %3369 = add i64 %3260, 114
  %3370 = getelementptr inbounds float, float* %2, i64 %3369
  %3371 = load float, float* %3370, align 4
  %3372 = insertelement <8 x float> undef, float %3371, i32 0
  %splat392 = shufflevector <8 x float> %3372, <8 x float> undef, <8 x i32> zeroinitializer
  %3373 = load <8 x float>, <8 x float>* %37, align 32
  %3374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat392, <8 x float> %3364, <8 x float> %3373)
  store <8 x float> %3374, <8 x float>* %37, align 32
  %3375 = load <8 x float>, <8 x float>* %32, align 32
  %3376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat392, <8 x float> %3368, <8 x float> %3375)
  store <8 x float> %3376, <8 x float>* %32, align 32
  %3377 = add i64 %3260, 122
  %3378 = getelementptr inbounds float, float* %2, i64 %3377
  %3379 = load float, float* %3378, align 4
  %3380 = insertelement <8 x float> undef, float %3379, i32 0
  %splat393 = shufflevector <8 x float> %3380, <8 x float> undef, <8 x i32> zeroinitializer
  %3381 = load <8 x float>, <8 x float>* %36, align 32
  %3382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat393, <8 x float> %3364, <8 x float> %3381)
  store <8 x float> %3382, <8 x float>* %36, align 32
  %3383 = load <8 x float>, <8 x float>* %31, align 32
  %3384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat393, <8 x float> %3368, <8 x float> %3383)
  store <8 x float> %3384, <8 x float>* %31, align 32
  %3385 = add i64 %3260, 130
  %3386 = getelementptr inbounds float, float* %2, i64 %3385
  %3387 = load float, float* %3386, align 4
  %3388 = insertelement <8 x float> undef, float %3387, i32 0
  %splat394 = shufflevector <8 x float> %3388, <8 x float> undef, <8 x i32> zeroinitializer
  %3389 = load <8 x float>, <8 x float>* %35, align 32
  %3390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat394, <8 x float> %3364, <8 x float> %3389)
  store <8 x float> %3390, <8 x float>* %35, align 32
  %3391 = load <8 x float>, <8 x float>* %30, align 32
  %3392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat394, <8 x float> %3368, <8 x float> %3391)
  store <8 x float> %3392, <8 x float>* %30, align 32
  %3393 = add i64 %3260, 138
  %3394 = getelementptr inbounds float, float* %2, i64 %3393
  %3395 = load float, float* %3394, align 4
  %3396 = insertelement <8 x float> undef, float %3395, i32 0
  %splat395 = shufflevector <8 x float> %3396, <8 x float> undef, <8 x i32> zeroinitializer
  %3397 = load <8 x float>, <8 x float>* %34, align 32
  %3398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat395, <8 x float> %3364, <8 x float> %3397)
  store <8 x float> %3398, <8 x float>* %34, align 32
  %3399 = load <8 x float>, <8 x float>* %29, align 32
  %3400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat395, <8 x float> %3368, <8 x float> %3399)
  store <8 x float> %3400, <8 x float>* %29, align 32
  %3401 = add i64 %3260, 146
  %3402 = getelementptr inbounds float, float* %2, i64 %3401
  %3403 = load float, float* %3402, align 4
  %3404 = insertelement <8 x float> undef, float %3403, i32 0
  %splat396 = shufflevector <8 x float> %3404, <8 x float> undef, <8 x i32> zeroinitializer
  %3405 = load <8 x float>, <8 x float>* %33, align 32
  %3406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat396, <8 x float> %3364, <8 x float> %3405)
  store <8 x float> %3406, <8 x float>* %33, align 32
  %3407 = load <8 x float>, <8 x float>* %28, align 32
  %3408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat396, <8 x float> %3368, <8 x float> %3407)
  store <8 x float> %3408, <8 x float>* %28, align 32
  %3409 = add i64 %3264, 24
  %3410 = getelementptr inbounds float, float* %4, i64 %3409
  %3411 = bitcast float* %3410 to <8 x float>*
  %3412 = load <8 x float>, <8 x float>* %3411, align 4
  %3413 = add i64 %3264, 27672
  %3414 = getelementptr inbounds float, float* %4, i64 %3413
  %3415 = bitcast float* %3414 to <8 x float>*
  %3416 = load <8 x float>, <8 x float>* %3415, align 4
  %3417 = add i64 %3260, 115
  %3418 = getelementptr inbounds float, float* %2, i64 %3417
  %3419 = load float, float* %3418, align 4
  %3420 = insertelement <8 x float> undef, float %3419, i32 0
  %splat397 = shufflevector <8 x float> %3420, <8 x float> undef, <8 x i32> zeroinitializer
  %3421 = load <8 x float>, <8 x float>* %37, align 32
  %3422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat397, <8 x float> %3412, <8 x float> %3421)
  store <8 x float> %3422, <8 x float>* %37, align 32
  %3423 = load <8 x float>, <8 x float>* %32, align 32
  %3424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat397, <8 x float> %3416, <8 x float> %3423)
  store <8 x float> %3424, <8 x float>* %32, align 32
  %3425 = add i64 %3260, 123
  %3426 = getelementptr inbounds float, float* %2, i64 %3425
  %3427 = load float, float* %3426, align 4
  %3428 = insertelement <8 x float> undef, float %3427, i32 0
  %splat398 = shufflevector <8 x float> %3428, <8 x float> undef, <8 x i32> zeroinitializer
  %3429 = load <8 x float>, <8 x float>* %36, align 32
  %3430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3412, <8 x float> %3429)
  store <8 x float> %3430, <8 x float>* %36, align 32
  %3431 = load <8 x float>, <8 x float>* %31, align 32
  %3432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat398, <8 x float> %3416, <8 x float> %3431)
  store <8 x float> %3432, <8 x float>* %31, align 32
  %3433 = add i64 %3260, 131
  %3434 = getelementptr inbounds float, float* %2, i64 %3433
  %3435 = load float, float* %3434, align 4
  %3436 = insertelement <8 x float> undef, float %3435, i32 0
  %splat399 = shufflevector <8 x float> %3436, <8 x float> undef, <8 x i32> zeroinitializer
  %3437 = load <8 x float>, <8 x float>* %35, align 32
  %3438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3412, <8 x float> %3437)
  store <8 x float> %3438, <8 x float>* %35, align 32
  %3439 = load <8 x float>, <8 x float>* %30, align 32
  %3440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat399, <8 x float> %3416, <8 x float> %3439)
  store <8 x float> %3440, <8 x float>* %30, align 32
  %3441 = add i64 %3260, 139
  %3442 = getelementptr inbounds float, float* %2, i64 %3441
  %3443 = load float, float* %3442, align 4
  %3444 = insertelement <8 x float> undef, float %3443, i32 0
  %splat400 = shufflevector <8 x float> %3444, <8 x float> undef, <8 x i32> zeroinitializer
  %3445 = load <8 x float>, <8 x float>* %34, align 32
  %3446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3412, <8 x float> %3445)
  store <8 x float> %3446, <8 x float>* %34, align 32
  %3447 = load <8 x float>, <8 x float>* %29, align 32
  %3448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat400, <8 x float> %3416, <8 x float> %3447)
  store <8 x float> %3448, <8 x float>* %29, align 32
  %3449 = add i64 %3260, 147
  %3450 = getelementptr inbounds float, float* %2, i64 %3449
  %3451 = load float, float* %3450, align 4
  %3452 = insertelement <8 x float> undef, float %3451, i32 0
  %splat401 = shufflevector <8 x float> %3452, <8 x float> undef, <8 x i32> zeroinitializer
  %3453 = load <8 x float>, <8 x float>* %33, align 32
  %3454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3412, <8 x float> %3453)
  store <8 x float> %3454, <8 x float>* %33, align 32
  %3455 = load <8 x float>, <8 x float>* %28, align 32
  %3456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat401, <8 x float> %3416, <8 x float> %3455)
  store <8 x float> %3456, <8 x float>* %28, align 32
  %3457 = add i64 %3264, 32
  %3458 = getelementptr inbounds float, float* %4, i64 %3457
  %3459 = bitcast float* %3458 to <8 x float>*
  %3460 = load <8 x float>, <8 x float>* %3459, align 4
  %3461 = add i64 %3264, 27680
  %3462 = getelementptr inbounds float, float* %4, i64 %3461
  %3463 = bitcast float* %3462 to <8 x float>*
  %3464 = load <8 x float>, <8 x float>* %3463, align 4
  %3465 = add i64 %3260, 116
  %3466 = getelementptr inbounds float, float* %2, i64 %3465
  %3467 = load float, float* %3466, align 4
  %3468 = insertelement <8 x float> undef, float %3467, i32 0
  %splat402 = shufflevector <8 x float> %3468, <8 x float> undef, <8 x i32> zeroinitializer
  %3469 = load <8 x float>, <8 x float>* %37, align 32
  %3470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3460, <8 x float> %3469)
  store <8 x float> %3470, <8 x float>* %37, align 32
  %3471 = load <8 x float>, <8 x float>* %32, align 32
  %3472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat402, <8 x float> %3464, <8 x float> %3471)
  store <8 x float> %3472, <8 x float>* %32, align 32
  %3473 = add i64 %3260, 124
  %3474 = getelementptr inbounds float, float* %2, i64 %3473
  %3475 = load float, float* %3474, align 4
  %3476 = insertelement <8 x float> undef, float %3475, i32 0
  %splat403 = shufflevector <8 x float> %3476, <8 x float> undef, <8 x i32> zeroinitializer
  %3477 = load <8 x float>, <8 x float>* %36, align 32
  %3478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3460, <8 x float> %3477)
  store <8 x float> %3478, <8 x float>* %36, align 32
  %3479 = load <8 x float>, <8 x float>* %31, align 32
  %3480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat403, <8 x float> %3464, <8 x float> %3479)
  store <8 x float> %3480, <8 x float>* %31, align 32
  %3481 = add i64 %3260, 132
  %3482 = getelementptr inbounds float, float* %2, i64 %3481
  %3483 = load float, float* %3482, align 4
  %3484 = insertelement <8 x float> undef, float %3483, i32 0
  %splat404 = shufflevector <8 x float> %3484, <8 x float> undef, <8 x i32> zeroinitializer
  %3485 = load <8 x float>, <8 x float>* %35, align 32
  %3486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3460, <8 x float> %3485)
  store <8 x float> %3486, <8 x float>* %35, align 32
  %3487 = load <8 x float>, <8 x float>* %30, align 32
  %3488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat404, <8 x float> %3464, <8 x float> %3487)
  store <8 x float> %3488, <8 x float>* %30, align 32
  %3489 = add i64 %3260, 140
  %3490 = getelementptr inbounds float, float* %2, i64 %3489
  %3491 = load float, float* %3490, align 4
  %3492 = insertelement <8 x float> undef, float %3491, i32 0
  %splat405 = shufflevector <8 x float> %3492, <8 x float> undef, <8 x i32> zeroinitializer
  %3493 = load <8 x float>, <8 x float>* %34, align 32
  %3494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3460, <8 x float> %3493)
  store <8 x float> %3494, <8 x float>* %34, align 32
  %3495 = load <8 x float>, <8 x float>* %29, align 32
  %3496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat405, <8 x float> %3464, <8 x float> %3495)
  store <8 x float> %3496, <8 x float>* %29, align 32
  %3497 = add i64 %3260, 148
  %3498 = getelementptr inbounds float, float* %2, i64 %3497
  %3499 = load float, float* %3498, align 4
  %3500 = insertelement <8 x float> undef, float %3499, i32 0
  %splat406 = shufflevector <8 x float> %3500, <8 x float> undef, <8 x i32> zeroinitializer
  %3501 = load <8 x float>, <8 x float>* %33, align 32
  %3502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3460, <8 x float> %3501)
  store <8 x float> %3502, <8 x float>* %33, align 32
  %3503 = load <8 x float>, <8 x float>* %28, align 32
  %3504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat406, <8 x float> %3464, <8 x float> %3503)
  store <8 x float> %3504, <8 x float>* %28, align 32
  %3505 = add i64 %3264, 40
  %3506 = getelementptr inbounds float, float* %4, i64 %3505
  %3507 = bitcast float* %3506 to <8 x float>*
  %3508 = load <8 x float>, <8 x float>* %3507, align 4
  %3509 = add i64 %3264, 27688
  %3510 = getelementptr inbounds float, float* %4, i64 %3509
  %3511 = bitcast float* %3510 to <8 x float>*
  %3512 = load <8 x float>, <8 x float>* %3511, align 4
  %3513 = add i64 %3260, 117
  %3514 = getelementptr inbounds float, float* %2, i64 %3513
  %3515 = load float, float* %3514, align 4
  %3516 = insertelement <8 x float> undef, float %3515, i32 0
  %splat407 = shufflevector <8 x float> %3516, <8 x float> undef, <8 x i32> zeroinitializer
  %3517 = load <8 x float>, <8 x float>* %37, align 32
  %3518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3508, <8 x float> %3517)
  store <8 x float> %3518, <8 x float>* %37, align 32
  %3519 = load <8 x float>, <8 x float>* %32, align 32
  %3520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat407, <8 x float> %3512, <8 x float> %3519)
  store <8 x float> %3520, <8 x float>* %32, align 32
  %3521 = add i64 %3260, 125
  %3522 = getelementptr inbounds float, float* %2, i64 %3521
  %3523 = load float, float* %3522, align 4
  %3524 = insertelement <8 x float> undef, float %3523, i32 0
  %splat408 = shufflevector <8 x float> %3524, <8 x float> undef, <8 x i32> zeroinitializer
  %3525 = load <8 x float>, <8 x float>* %36, align 32
  %3526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3508, <8 x float> %3525)
  store <8 x float> %3526, <8 x float>* %36, align 32
  %3527 = load <8 x float>, <8 x float>* %31, align 32
  %3528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat408, <8 x float> %3512, <8 x float> %3527)
  store <8 x float> %3528, <8 x float>* %31, align 32
  %3529 = add i64 %3260, 133
  %3530 = getelementptr inbounds float, float* %2, i64 %3529
  %3531 = load float, float* %3530, align 4
  %3532 = insertelement <8 x float> undef, float %3531, i32 0
  %splat409 = shufflevector <8 x float> %3532, <8 x float> undef, <8 x i32> zeroinitializer
  %3533 = load <8 x float>, <8 x float>* %35, align 32
  %3534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3508, <8 x float> %3533)
  store <8 x float> %3534, <8 x float>* %35, align 32
  %3535 = load <8 x float>, <8 x float>* %30, align 32
  %3536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat409, <8 x float> %3512, <8 x float> %3535)
  store <8 x float> %3536, <8 x float>* %30, align 32
  %3537 = add i64 %3260, 141
  %3538 = getelementptr inbounds float, float* %2, i64 %3537
  %3539 = load float, float* %3538, align 4
  %3540 = insertelement <8 x float> undef, float %3539, i32 0
  %splat410 = shufflevector <8 x float> %3540, <8 x float> undef, <8 x i32> zeroinitializer
  %3541 = load <8 x float>, <8 x float>* %34, align 32
  %3542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %3508, <8 x float> %3541)
  store <8 x float> %3542, <8 x float>* %34, align 32
  %3543 = load <8 x float>, <8 x float>* %29, align 32
  %3544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat410, <8 x float> %3512, <8 x float> %3543)
  store <8 x float> %3544, <8 x float>* %29, align 32
  %3545 = add i64 %3260, 149
  %3546 = getelementptr inbounds float, float* %2, i64 %3545
  %3547 = load float, float* %3546, align 4
  %3548 = insertelement <8 x float> undef, float %3547, i32 0
  %splat411 = shufflevector <8 x float> %3548, <8 x float> undef, <8 x i32> zeroinitializer
  %3549 = load <8 x float>, <8 x float>* %33, align 32
  %3550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %3508, <8 x float> %3549)
  store <8 x float> %3550, <8 x float>* %33, align 32
  %3551 = load <8 x float>, <8 x float>* %28, align 32
  %3552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat411, <8 x float> %3512, <8 x float> %3551)
  store <8 x float> %3552, <8 x float>* %28, align 32
  %3553 = add i64 %3264, 48
  %3554 = getelementptr inbounds float, float* %4, i64 %3553
  %3555 = bitcast float* %3554 to <8 x float>*
  %3556 = load <8 x float>, <8 x float>* %3555, align 4
  %3557 = add i64 %3264, 27696
  %3558 = getelementptr inbounds float, float* %4, i64 %3557
  %3559 = bitcast float* %3558 to <8 x float>*
  %3560 = load <8 x float>, <8 x float>* %3559, align 4
  %3561 = add i64 %3260, 118
  %3562 = getelementptr inbounds float, float* %2, i64 %3561
  %3563 = load float, float* %3562, align 4
  %3564 = insertelement <8 x float> undef, float %3563, i32 0
  %splat412 = shufflevector <8 x float> %3564, <8 x float> undef, <8 x i32> zeroinitializer
  %3565 = load <8 x float>, <8 x float>* %37, align 32
  %3566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %3556, <8 x float> %3565)
  store <8 x float> %3566, <8 x float>* %37, align 32
  %3567 = load <8 x float>, <8 x float>* %32, align 32
  %3568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat412, <8 x float> %3560, <8 x float> %3567)
  store <8 x float> %3568, <8 x float>* %32, align 32
  %3569 = add i64 %3260, 126
  %3570 = getelementptr inbounds float, float* %2, i64 %3569
  %3571 = load float, float* %3570, align 4
  %3572 = insertelement <8 x float> undef, float %3571, i32 0
  %splat413 = shufflevector <8 x float> %3572, <8 x float> undef, <8 x i32> zeroinitializer
  %3573 = load <8 x float>, <8 x float>* %36, align 32
  %3574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %3556, <8 x float> %3573)
  store <8 x float> %3574, <8 x float>* %36, align 32
  %3575 = load <8 x float>, <8 x float>* %31, align 32
  %3576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat413, <8 x float> %3560, <8 x float> %3575)
  store <8 x float> %3576, <8 x float>* %31, align 32
  %3577 = add i64 %3260, 134
  %3578 = getelementptr inbounds float, float* %2, i64 %3577
  %3579 = load float, float* %3578, align 4
  %3580 = insertelement <8 x float> undef, float %3579, i32 0
  %splat414 = shufflevector <8 x float> %3580, <8 x float> undef, <8 x i32> zeroinitializer
  %3581 = load <8 x float>, <8 x float>* %35, align 32
  %3582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %3556, <8 x float> %3581)
  store <8 x float> %3582, <8 x float>* %35, align 32
  %3583 = load <8 x float>, <8 x float>* %30, align 32
  %3584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat414, <8 x float> %3560, <8 x float> %3583)
  store <8 x float> %3584, <8 x float>* %30, align 32
  %3585 = add i64 %3260, 142
  %3586 = getelementptr inbounds float, float* %2, i64 %3585
  %3587 = load float, float* %3586, align 4
  %3588 = insertelement <8 x float> undef, float %3587, i32 0
  %splat415 = shufflevector <8 x float> %3588, <8 x float> undef, <8 x i32> zeroinitializer
  %3589 = load <8 x float>, <8 x float>* %34, align 32
  %3590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %3556, <8 x float> %3589)
  store <8 x float> %3590, <8 x float>* %34, align 32
  %3591 = load <8 x float>, <8 x float>* %29, align 32
  %3592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat415, <8 x float> %3560, <8 x float> %3591)
  store <8 x float> %3592, <8 x float>* %29, align 32
  %3593 = add i64 %3260, 150
  %3594 = getelementptr inbounds float, float* %2, i64 %3593
  %3595 = load float, float* %3594, align 4
  %3596 = insertelement <8 x float> undef, float %3595, i32 0
  %splat416 = shufflevector <8 x float> %3596, <8 x float> undef, <8 x i32> zeroinitializer
  %3597 = load <8 x float>, <8 x float>* %33, align 32
  %3598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %3556, <8 x float> %3597)
  store <8 x float> %3598, <8 x float>* %33, align 32
  %3599 = load <8 x float>, <8 x float>* %28, align 32
  %3600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat416, <8 x float> %3560, <8 x float> %3599)
  store <8 x float> %3600, <8 x float>* %28, align 32
  %3601 = add i64 %3264, 56
  %3602 = getelementptr inbounds float, float* %4, i64 %3601
  %3603 = bitcast float* %3602 to <8 x float>*
  %3604 = load <8 x float>, <8 x float>* %3603, align 4
  %3605 = add i64 %3264, 27704
  %3606 = getelementptr inbounds float, float* %4, i64 %3605
  %3607 = bitcast float* %3606 to <8 x float>*
  %3608 = load <8 x float>, <8 x float>* %3607, align 4
  %3609 = add i64 %3260, 119
  %3610 = getelementptr inbounds float, float* %2, i64 %3609
  %3611 = load float, float* %3610, align 4
  %3612 = insertelement <8 x float> undef, float %3611, i32 0
  %splat417 = shufflevector <8 x float> %3612, <8 x float> undef, <8 x i32> zeroinitializer
  %3613 = load <8 x float>, <8 x float>* %37, align 32
  %3614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %3604, <8 x float> %3613)
  store <8 x float> %3614, <8 x float>* %37, align 32
  %3615 = load <8 x float>, <8 x float>* %32, align 32
  %3616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat417, <8 x float> %3608, <8 x float> %3615)
  store <8 x float> %3616, <8 x float>* %32, align 32
  %3617 = add i64 %3260, 127
  %3618 = getelementptr inbounds float, float* %2, i64 %3617
  %3619 = load float, float* %3618, align 4
  %3620 = insertelement <8 x float> undef, float %3619, i32 0
  %splat418 = shufflevector <8 x float> %3620, <8 x float> undef, <8 x i32> zeroinitializer
  %3621 = load <8 x float>, <8 x float>* %36, align 32
  %3622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %3604, <8 x float> %3621)
  store <8 x float> %3622, <8 x float>* %36, align 32
  %3623 = load <8 x float>, <8 x float>* %31, align 32
  %3624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat418, <8 x float> %3608, <8 x float> %3623)
  store <8 x float> %3624, <8 x float>* %31, align 32
  %3625 = add i64 %3260, 135
  %3626 = getelementptr inbounds float, float* %2, i64 %3625
  %3627 = load float, float* %3626, align 4
  %3628 = insertelement <8 x float> undef, float %3627, i32 0
  %splat419 = shufflevector <8 x float> %3628, <8 x float> undef, <8 x i32> zeroinitializer
  %3629 = load <8 x float>, <8 x float>* %35, align 32
  %3630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %3604, <8 x float> %3629)
  store <8 x float> %3630, <8 x float>* %35, align 32
  %3631 = load <8 x float>, <8 x float>* %30, align 32
  %3632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat419, <8 x float> %3608, <8 x float> %3631)
  store <8 x float> %3632, <8 x float>* %30, align 32
  %3633 = add i64 %3260, 143
  %3634 = getelementptr inbounds float, float* %2, i64 %3633
  %3635 = load float, float* %3634, align 4
  %3636 = insertelement <8 x float> undef, float %3635, i32 0
  %splat420 = shufflevector <8 x float> %3636, <8 x float> undef, <8 x i32> zeroinitializer
  %3637 = load <8 x float>, <8 x float>* %34, align 32
  %3638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %3604, <8 x float> %3637)
  store <8 x float> %3638, <8 x float>* %34, align 32
  %3639 = load <8 x float>, <8 x float>* %29, align 32
  %3640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat420, <8 x float> %3608, <8 x float> %3639)
  store <8 x float> %3640, <8 x float>* %29, align 32
  %3641 = add i64 %3260, 151
  %3642 = getelementptr inbounds float, float* %2, i64 %3641
  %3643 = load float, float* %3642, align 4
  %3644 = insertelement <8 x float> undef, float %3643, i32 0
  %splat421 = shufflevector <8 x float> %3644, <8 x float> undef, <8 x i32> zeroinitializer
  %3645 = load <8 x float>, <8 x float>* %33, align 32
  %3646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %3604, <8 x float> %3645)
  store <8 x float> %3646, <8 x float>* %33, align 32
  %3647 = load <8 x float>, <8 x float>* %28, align 32
  %3648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat421, <8 x float> %3608, <8 x float> %3647)
  store <8 x float> %3648, <8 x float>* %28, align 32
  %kw.next422 = add i64 %kw381, 1
  br label %kw.header378

kw.exit380:                                       ; preds = %kw.header378
  %kh.next423 = add i64 %kh377, 1
  br label %kh.header374

u.header425:                                      ; preds = %kh.exit431, %u.exit372
  %u428 = phi i64 [ 0, %u.exit372 ], [ %u.next479, %kh.exit431 ]
  %3649 = icmp slt i64 %u428, 3
  br i1 %3649, label %u.body426, label %u.exit427

u.body426:                                        ; preds = %u.header425
  %3650 = add i64 %3254, %u428
  %3651 = mul i64 %3650, 392
  %3652 = add i64 %3253, %3651
  %3653 = mul i64 %3650, 576
  %3654 = add i64 %98, %3653
  br label %kh.header429

u.exit427:                                        ; preds = %u.header425
  %3655 = icmp eq i64 %chunk, 15
  %3656 = load <8 x float>, <8 x float>* %27, align 32
  %3657 = fcmp olt <8 x float> %3656, zeroinitializer
  %3658 = select <8 x i1> %3657, <8 x float> zeroinitializer, <8 x float> %3656
  %3659 = select i1 %3655, <8 x float> %3658, <8 x float> %3656
  %3660 = getelementptr inbounds float, float* %0, i64 %3176
  %3661 = bitcast float* %3660 to <8 x float>*
  store <8 x float> %3659, <8 x float>* %3661, align 4
  %3662 = load <8 x float>, <8 x float>* %26, align 32
  %3663 = fcmp olt <8 x float> %3662, zeroinitializer
  %3664 = select <8 x i1> %3663, <8 x float> zeroinitializer, <8 x float> %3662
  %3665 = select i1 %3655, <8 x float> %3664, <8 x float> %3662
  %3666 = getelementptr inbounds float, float* %0, i64 %3178
  %3667 = bitcast float* %3666 to <8 x float>*
  store <8 x float> %3665, <8 x float>* %3667, align 4
  %3668 = load <8 x float>, <8 x float>* %25, align 32
  %3669 = fcmp olt <8 x float> %3668, zeroinitializer
  %3670 = select <8 x i1> %3669, <8 x float> zeroinitializer, <8 x float> %3668
  %3671 = select i1 %3655, <8 x float> %3670, <8 x float> %3668
  %3672 = getelementptr inbounds float, float* %0, i64 %3180
  %3673 = bitcast float* %3672 to <8 x float>*
  store <8 x float> %3671, <8 x float>* %3673, align 4
  %3674 = load <8 x float>, <8 x float>* %24, align 32
  %3675 = fcmp olt <8 x float> %3674, zeroinitializer
  %3676 = select <8 x i1> %3675, <8 x float> zeroinitializer, <8 x float> %3674
  %3677 = select i1 %3655, <8 x float> %3676, <8 x float> %3674
  %3678 = getelementptr inbounds float, float* %0, i64 %3182
  %3679 = bitcast float* %3678 to <8 x float>*
  store <8 x float> %3677, <8 x float>* %3679, align 4
  %3680 = load <8 x float>, <8 x float>* %23, align 32
  %3681 = fcmp olt <8 x float> %3680, zeroinitializer
  %3682 = select <8 x i1> %3681, <8 x float> zeroinitializer, <8 x float> %3680
  %3683 = select i1 %3655, <8 x float> %3682, <8 x float> %3680
  %3684 = getelementptr inbounds float, float* %0, i64 %3184
  %3685 = bitcast float* %3684 to <8 x float>*
  store <8 x float> %3683, <8 x float>* %3685, align 4
  %3686 = load <8 x float>, <8 x float>* %22, align 32
  %3687 = fcmp olt <8 x float> %3686, zeroinitializer
  %3688 = select <8 x i1> %3687, <8 x float> zeroinitializer, <8 x float> %3686
  %3689 = select i1 %3655, <8 x float> %3688, <8 x float> %3686
  %3690 = getelementptr inbounds float, float* %0, i64 %3192
  %3691 = bitcast float* %3690 to <8 x float>*
  store <8 x float> %3689, <8 x float>* %3691, align 4
  %3692 = load <8 x float>, <8 x float>* %21, align 32
  %3693 = fcmp olt <8 x float> %3692, zeroinitializer
  %3694 = select <8 x i1> %3693, <8 x float> zeroinitializer, <8 x float> %3692
  %3695 = select i1 %3655, <8 x float> %3694, <8 x float> %3692
  %3696 = getelementptr inbounds float, float* %0, i64 %3194
  %3697 = bitcast float* %3696 to <8 x float>*
  store <8 x float> %3695, <8 x float>* %3697, align 4
  %3698 = load <8 x float>, <8 x float>* %20, align 32
  %3699 = fcmp olt <8 x float> %3698, zeroinitializer
  %3700 = select <8 x i1> %3699, <8 x float> zeroinitializer, <8 x float> %3698
  %3701 = select i1 %3655, <8 x float> %3700, <8 x float> %3698
  %3702 = getelementptr inbounds float, float* %0, i64 %3196
  %3703 = bitcast float* %3702 to <8 x float>*
  store <8 x float> %3701, <8 x float>* %3703, align 4
  %3704 = load <8 x float>, <8 x float>* %19, align 32
  %3705 = fcmp olt <8 x float> %3704, zeroinitializer
  %3706 = select <8 x i1> %3705, <8 x float> zeroinitializer, <8 x float> %3704
  %3707 = select i1 %3655, <8 x float> %3706, <8 x float> %3704
  %3708 = getelementptr inbounds float, float* %0, i64 %3198
  %3709 = bitcast float* %3708 to <8 x float>*
  store <8 x float> %3707, <8 x float>* %3709, align 4
  %3710 = load <8 x float>, <8 x float>* %18, align 32
  %3711 = fcmp olt <8 x float> %3710, zeroinitializer
  %3712 = select <8 x i1> %3711, <8 x float> zeroinitializer, <8 x float> %3710
  %3713 = select i1 %3655, <8 x float> %3712, <8 x float> %3710
  %3714 = getelementptr inbounds float, float* %0, i64 %3200
  %3715 = bitcast float* %3714 to <8 x float>*
  store <8 x float> %3713, <8 x float>* %3715, align 4
  %3716 = mul i64 %90, 125
  %3717 = add i64 %3716, %93
  %3718 = add i64 %3717, 0
  %3719 = mul i64 %3718, 5
  %3720 = add i64 %3719, %87
  %3721 = mul i64 %3720, 5
  %3722 = add i64 %3721, 20
  %3723 = mul i64 %3722, 8
  %3724 = add i64 %3721, 21
  %3725 = mul i64 %3724, 8
  %3726 = add i64 %3721, 22
  %3727 = mul i64 %3726, 8
  %3728 = add i64 %3721, 23
  %3729 = mul i64 %3728, 8
  %3730 = add i64 %3721, 24
  %3731 = mul i64 %3730, 8
  %3732 = mul i64 %90, 125
  %3733 = add i64 %3732, %93
  %3734 = add i64 %3733, 1
  %3735 = mul i64 %3734, 5
  %3736 = add i64 %3735, %87
  %3737 = mul i64 %3736, 5
  %3738 = add i64 %3737, 20
  %3739 = mul i64 %3738, 8
  %3740 = add i64 %3737, 21
  %3741 = mul i64 %3740, 8
  %3742 = add i64 %3737, 22
  %3743 = mul i64 %3742, 8
  %3744 = add i64 %3737, 23
  %3745 = mul i64 %3744, 8
  %3746 = add i64 %3737, 24
  %3747 = mul i64 %3746, 8
  %3748 = add i64 %93, 0
  %3749 = mul i64 %3748, 8
  %3750 = getelementptr inbounds float, float* %5, i64 %3749
  %3751 = bitcast float* %3750 to <8 x float>*
  %3752 = load <8 x float>, <8 x float>* %3751, align 4
  %3753 = add i64 %93, 1
  %3754 = mul i64 %3753, 8
  %3755 = getelementptr inbounds float, float* %5, i64 %3754
  %3756 = bitcast float* %3755 to <8 x float>*
  %3757 = load <8 x float>, <8 x float>* %3756, align 4
  %3758 = icmp eq i64 %chunk, 0
  %3759 = getelementptr inbounds float, float* %0, i64 %3723
  %3760 = bitcast float* %3759 to <8 x float>*
  %3761 = load <8 x float>, <8 x float>* %3760, align 4
  %3762 = select i1 %3758, <8 x float> %3752, <8 x float> %3761
  store <8 x float> %3762, <8 x float>* %17, align 32
  %3763 = getelementptr inbounds float, float* %0, i64 %3725
  %3764 = bitcast float* %3763 to <8 x float>*
  %3765 = load <8 x float>, <8 x float>* %3764, align 4
  %3766 = select i1 %3758, <8 x float> %3752, <8 x float> %3765
  store <8 x float> %3766, <8 x float>* %16, align 32
  %3767 = getelementptr inbounds float, float* %0, i64 %3727
  %3768 = bitcast float* %3767 to <8 x float>*
  %3769 = load <8 x float>, <8 x float>* %3768, align 4
  %3770 = select i1 %3758, <8 x float> %3752, <8 x float> %3769
  store <8 x float> %3770, <8 x float>* %15, align 32
  %3771 = getelementptr inbounds float, float* %0, i64 %3729
  %3772 = bitcast float* %3771 to <8 x float>*
  %3773 = load <8 x float>, <8 x float>* %3772, align 4
  %3774 = select i1 %3758, <8 x float> %3752, <8 x float> %3773
  store <8 x float> %3774, <8 x float>* %14, align 32
  %3775 = getelementptr inbounds float, float* %0, i64 %3731
  %3776 = bitcast float* %3775 to <8 x float>*
  %3777 = load <8 x float>, <8 x float>* %3776, align 4
  %3778 = select i1 %3758, <8 x float> %3752, <8 x float> %3777
  store <8 x float> %3778, <8 x float>* %13, align 32
  %3779 = getelementptr inbounds float, float* %0, i64 %3739
  %3780 = bitcast float* %3779 to <8 x float>*
  %3781 = load <8 x float>, <8 x float>* %3780, align 4
  %3782 = select i1 %3758, <8 x float> %3757, <8 x float> %3781
  store <8 x float> %3782, <8 x float>* %12, align 32
  %3783 = getelementptr inbounds float, float* %0, i64 %3741
  %3784 = bitcast float* %3783 to <8 x float>*
  %3785 = load <8 x float>, <8 x float>* %3784, align 4
  %3786 = select i1 %3758, <8 x float> %3757, <8 x float> %3785
  store <8 x float> %3786, <8 x float>* %11, align 32
  %3787 = getelementptr inbounds float, float* %0, i64 %3743
  %3788 = bitcast float* %3787 to <8 x float>*
  %3789 = load <8 x float>, <8 x float>* %3788, align 4
  %3790 = select i1 %3758, <8 x float> %3757, <8 x float> %3789
  store <8 x float> %3790, <8 x float>* %10, align 32
  %3791 = getelementptr inbounds float, float* %0, i64 %3745
  %3792 = bitcast float* %3791 to <8 x float>*
  %3793 = load <8 x float>, <8 x float>* %3792, align 4
  %3794 = select i1 %3758, <8 x float> %3757, <8 x float> %3793
  store <8 x float> %3794, <8 x float>* %9, align 32
  %3795 = getelementptr inbounds float, float* %0, i64 %3747
  %3796 = bitcast float* %3795 to <8 x float>*
  %3797 = load <8 x float>, <8 x float>* %3796, align 4
  %3798 = select i1 %3758, <8 x float> %3757, <8 x float> %3797
  store <8 x float> %3798, <8 x float>* %8, align 32
  %3799 = add i64 %99, 0
  %3800 = add i64 %97, %3799
  %3801 = mul i64 %chunk, 3
  br label %u.header480

kh.header429:                                     ; preds = %kw.exit435, %u.body426
  %kh432 = phi i64 [ 0, %u.body426 ], [ %kh.next478, %kw.exit435 ]
  %3802 = icmp slt i64 %kh432, 3
  br i1 %3802, label %kh.body430, label %kh.exit431

kh.body430:                                       ; preds = %kh.header429
  %3803 = mul i64 %kh432, 56
  %3804 = add i64 %3652, %3803
  br label %kw.header433

kh.exit431:                                       ; preds = %kh.header429
  %u.next479 = add i64 %u428, 1
  br label %u.header425

kw.header433:                                     ; preds = %kw.body434, %kh.body430
  %kw436 = phi i64 [ 0, %kh.body430 ], [ %kw.next477, %kw.body434 ]
  %3805 = icmp slt i64 %kw436, 3
  br i1 %3805, label %kw.body434, label %kw.exit435

kw.body434:                                       ; preds = %kw.header433
  %3806 = mul i64 %kw436, 8
  %3807 = add i64 %3804, %3806
  %3808 = mul i64 %kh432, 3
  %3809 = add i64 %3808, %kw436
  %3810 = mul i64 %3809, 64
  %3811 = add i64 %3654, %3810
  %3812 = add i64 %3811, 0
  %3813 = getelementptr inbounds float, float* %4, i64 %3812
  %3814 = bitcast float* %3813 to <8 x float>*
  %3815 = load <8 x float>, <8 x float>* %3814, align 4
  %3816 = add i64 %3811, 27648
  %3817 = getelementptr inbounds float, float* %4, i64 %3816
  %3818 = bitcast float* %3817 to <8 x float>*
  %3819 = load <8 x float>, <8 x float>* %3818, align 4
  %3820 = add i64 %3807, 168
  %3821 = getelementptr inbounds float, float* %2, i64 %3820
  %3822 = load float, float* %3821, align 4
  %3823 = insertelement <8 x float> undef, float %3822, i32 0
  %splat437 = shufflevector <8 x float> %3823, <8 x float> undef, <8 x i32> zeroinitializer
  %3824 = load <8 x float>, <8 x float>* %27, align 32
  %3825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat437, <8 x float> %3815, <8 x float> %3824)
  store <8 x float> %3825, <8 x float>* %27, align 32
  %3826 = load <8 x float>, <8 x float>* %22, align 32
  %3827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat437, <8 x float> %3819, <8 x float> %3826)
  store <8 x float> %3827, <8 x float>* %22, align 32
  %3828 = add i64 %3807, 176
  %3829 = getelementptr inbounds float, float* %2, i64 %3828
  %3830 = load float, float* %3829, align 4
  %3831 = insertelement <8 x float> undef, float %3830, i32 0
  %splat438 = shufflevector <8 x float> %3831, <8 x float> undef, <8 x i32> zeroinitializer
  %3832 = load <8 x float>, <8 x float>* %26, align 32
  %3833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %3815, <8 x float> %3832)
  store <8 x float> %3833, <8 x float>* %26, align 32
  %3834 = load <8 x float>, <8 x float>* %21, align 32
  %3835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat438, <8 x float> %3819, <8 x float> %3834)
  store <8 x float> %3835, <8 x float>* %21, align 32
  %3836 = add i64 %3807, 184
  %3837 = getelementptr inbounds float, float* %2, i64 %3836
  %3838 = load float, float* %3837, align 4
  %3839 = insertelement <8 x float> undef, float %3838, i32 0
  %splat439 = shufflevector <8 x float> %3839, <8 x float> undef, <8 x i32> zeroinitializer
  %3840 = load <8 x float>, <8 x float>* %25, align 32
  %3841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %3815, <8 x float> %3840)
  store <8 x float> %3841, <8 x float>* %25, align 32
  %3842 = load <8 x float>, <8 x float>* %20, align 32
  %3843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat439, <8 x float> %3819, <8 x float> %3842)
  store <8 x float> %3843, <8 x float>* %20, align 32
  %3844 = add i64 %3807, 192
  %3845 = getelementptr inbounds float, float* %2, i64 %3844
  %3846 = load float, float* %3845, align 4
  %3847 = insertelement <8 x float> undef, float %3846, i32 0
  %splat440 = shufflevector <8 x float> %3847, <8 x float> undef, <8 x i32> zeroinitializer
  %3848 = load <8 x float>, <8 x float>* %24, align 32
  %3849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %3815, <8 x float> %3848)
  store <8 x float> %3849, <8 x float>* %24, align 32
  %3850 = load <8 x float>, <8 x float>* %19, align 32
  %3851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat440, <8 x float> %3819, <8 x float> %3850)
  store <8 x float> %3851, <8 x float>* %19, align 32
  %3852 = add i64 %3807, 200
  %3853 = getelementptr inbounds float, float* %2, i64 %3852
  %3854 = load float, float* %3853, align 4
  %3855 = insertelement <8 x float> undef, float %3854, i32 0
  %splat441 = shufflevector <8 x float> %3855, <8 x float> undef, <8 x i32> zeroinitializer
  %3856 = load <8 x float>, <8 x float>* %23, align 32
  %3857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %3815, <8 x float> %3856)
  store <8 x float> %3857, <8 x float>* %23, align 32
  %3858 = load <8 x float>, <8 x float>* %18, align 32
  %3859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat441, <8 x float> %3819, <8 x float> %3858)
  store <8 x float> %3859, <8 x float>* %18, align 32
  %3860 = add i64 %3811, 8
  %3861 = getelementptr inbounds float, float* %4, i64 %3860
  %3862 = bitcast float* %3861 to <8 x float>*
  %3863 = load <8 x float>, <8 x float>* %3862, align 4
  %3864 = add i64 %3811, 27656
  %3865 = getelementptr inbounds float, float* %4, i64 %3864
  %3866 = bitcast float* %3865 to <8 x float>*
  %3867 = load <8 x float>, <8 x float>* %3866, align 4
  %3868 = add i64 %3807, 169
  %3869 = getelementptr inbounds float, float* %2, i64 %3868
  %3870 = load float, float* %3869, align 4
  %3871 = insertelement <8 x float> undef, float %3870, i32 0
  %splat442 = shufflevector <8 x float> %3871, <8 x float> undef, <8 x i32> zeroinitializer
  %3872 = load <8 x float>, <8 x float>* %27, align 32
  %3873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %3863, <8 x float> %3872)
  store <8 x float> %3873, <8 x float>* %27, align 32
  %3874 = load <8 x float>, <8 x float>* %22, align 32
  %3875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat442, <8 x float> %3867, <8 x float> %3874)
  store <8 x float> %3875, <8 x float>* %22, align 32
  %3876 = add i64 %3807, 177
  %3877 = getelementptr inbounds float, float* %2, i64 %3876
  %3878 = load float, float* %3877, align 4
  %3879 = insertelement <8 x float> undef, float %3878, i32 0
  %splat443 = shufflevector <8 x float> %3879, <8 x float> undef, <8 x i32> zeroinitializer
  %3880 = load <8 x float>, <8 x float>* %26, align 32
  %3881 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %3863, <8 x float> %3880)
  store <8 x float> %3881, <8 x float>* %26, align 32
  %3882 = load <8 x float>, <8 x float>* %21, align 32
  %3883 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat443, <8 x float> %3867, <8 x float> %3882)
  store <8 x float> %3883, <8 x float>* %21, align 32
  %3884 = add i64 %3807, 185
  %3885 = getelementptr inbounds float, float* %2, i64 %3884
  %3886 = load float, float* %3885, align 4
  %3887 = insertelement <8 x float> undef, float %3886, i32 0
  %splat444 = shufflevector <8 x float> %3887, <8 x float> undef, <8 x i32> zeroinitializer
  %3888 = load <8 x float>, <8 x float>* %25, align 32
  %3889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %3863, <8 x float> %3888)
  store <8 x float> %3889, <8 x float>* %25, align 32
  %3890 = load <8 x float>, <8 x float>* %20, align 32
  %3891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat444, <8 x float> %3867, <8 x float> %3890)
  store <8 x float> %3891, <8 x float>* %20, align 32
  %3892 = add i64 %3807, 193
  %3893 = getelementptr inbounds float, float* %2, i64 %3892
  %3894 = load float, float* %3893, align 4
  %3895 = insertelement <8 x float> undef, float %3894, i32 0
  %splat445 = shufflevector <8 x float> %3895, <8 x float> undef, <8 x i32> zeroinitializer
  %3896 = load <8 x float>, <8 x float>* %24, align 32
  %3897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %3863, <8 x float> %3896)
  store <8 x float> %3897, <8 x float>* %24, align 32
  %3898 = load <8 x float>, <8 x float>* %19, align 32
  %3899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat445, <8 x float> %3867, <8 x float> %3898)
  store <8 x float> %3899, <8 x float>* %19, align 32
  %3900 = add i64 %3807, 201
  %3901 = getelementptr inbounds float, float* %2, i64 %3900
  %3902 = load float, float* %3901, align 4
  %3903 = insertelement <8 x float> undef, float %3902, i32 0
  %splat446 = shufflevector <8 x float> %3903, <8 x float> undef, <8 x i32> zeroinitializer
  %3904 = load <8 x float>, <8 x float>* %23, align 32
  %3905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat446, <8 x float> %3863, <8 x float> %3904)
  store <8 x float> %3905, <8 x float>* %23, align 32
  %3906 = load <8 x float>, <8 x float>* %18, align 32
  %3907 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat446, <8 x float> %3867, <8 x float> %3906)
  store <8 x float> %3907, <8 x float>* %18, align 32
  %3908 = add i64 %3811, 16
  %3909 = getelementptr inbounds float, float* %4, i64 %3908
  %3910 = bitcast float* %3909 to <8 x float>*
  %3911 = load <8 x float>, <8 x float>* %3910, align 4
  %3912 = add i64 %3811, 27664
  %3913 = getelementptr inbounds float, float* %4, i64 %3912
  %3914 = bitcast float* %3913 to <8 x float>*
  %3915 = load <8 x float>, <8 x float>* %3914, align 4
  %3916 = add i64 %3807, 170
  %3917 = getelementptr inbounds float, float* %2, i64 %3916
  %3918 = load float, float* %3917, align 4
  %3919 = insertelement <8 x float> undef, float %3918, i32 0
  %splat447 = shufflevector <8 x float> %3919, <8 x float> undef, <8 x i32> zeroinitializer
  %3920 = load <8 x float>, <8 x float>* %27, align 32
  %3921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat447, <8 x float> %3911, <8 x float> %3920)
  store <8 x float> %3921, <8 x float>* %27, align 32
  %3922 = load <8 x float>, <8 x float>* %22, align 32
  %3923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat447, <8 x float> %3915, <8 x float> %3922)
  store <8 x float> %3923, <8 x float>* %22, align 32
  %3924 = add i64 %3807, 178
  %3925 = getelementptr inbounds float, float* %2, i64 %3924
  %3926 = load float, float* %3925, align 4
  %3927 = insertelement <8 x float> undef, float %3926, i32 0
  %splat448 = shufflevector <8 x float> %3927, <8 x float> undef, <8 x i32> zeroinitializer
  %3928 = load <8 x float>, <8 x float>* %26, align 32
  %3929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat448, <8 x float> %3911, <8 x float> %3928)
  store <8 x float> %3929, <8 x float>* %26, align 32
  %3930 = load <8 x float>, <8 x float>* %21, align 32
  %3931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat448, <8 x float> %3915, <8 x float> %3930)
  store <8 x float> %3931, <8 x float>* %21, align 32
  %3932 = add i64 %3807, 186
  %3933 = getelementptr inbounds float, float* %2, i64 %3932
  %3934 = load float, float* %3933, align 4
  %3935 = insertelement <8 x float> undef, float %3934, i32 0
  %splat449 = shufflevector <8 x float> %3935, <8 x float> undef, <8 x i32> zeroinitializer
  %3936 = load <8 x float>, <8 x float>* %25, align 32
  %3937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat449, <8 x float> %3911, <8 x float> %3936)
  store <8 x float> %3937, <8 x float>* %25, align 32
  %3938 = load <8 x float>, <8 x float>* %20, align 32
  %3939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat449, <8 x float> %3915, <8 x float> %3938)
  store <8 x float> %3939, <8 x float>* %20, align 32
  %3940 = add i64 %3807, 194
  %3941 = getelementptr inbounds float, float* %2, i64 %3940
  %3942 = load float, float* %3941, align 4
  %3943 = insertelement <8 x float> undef, float %3942, i32 0
  %splat450 = shufflevector <8 x float> %3943, <8 x float> undef, <8 x i32> zeroinitializer
  %3944 = load <8 x float>, <8 x float>* %24, align 32
  %3945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat450, <8 x float> %3911, <8 x float> %3944)
  store <8 x float> %3945, <8 x float>* %24, align 32
  %3946 = load <8 x float>, <8 x float>* %19, align 32
  %3947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat450, <8 x float> %3915, <8 x float> %3946)
  store <8 x float> %3947, <8 x float>* %19, align 32
  %3948 = add i64 %3807, 202
  %3949 = getelementptr inbounds float, float* %2, i64 %3948
  %3950 = load float, float* %3949, align 4
  %3951 = insertelement <8 x float> undef, float %3950, i32 0
  %splat451 = shufflevector <8 x float> %3951, <8 x float> undef, <8 x i32> zeroinitializer
  %3952 = load <8 x float>, <8 x float>* %23, align 32
  %3953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat451, <8 x float> %3911, <8 x float> %3952)
  store <8 x float> %3953, <8 x float>* %23, align 32
  %3954 = load <8 x float>, <8 x float>* %18, align 32
  %3955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat451, <8 x float> %3915, <8 x float> %3954)
  store <8 x float> %3955, <8 x float>* %18, align 32
  %3956 = add i64 %3811, 24
  %3957 = getelementptr inbounds float, float* %4, i64 %3956
  %3958 = bitcast float* %3957 to <8 x float>*
  %3959 = load <8 x float>, <8 x float>* %3958, align 4
  %3960 = add i64 %3811, 27672
  %3961 = getelementptr inbounds float, float* %4, i64 %3960
  %3962 = bitcast float* %3961 to <8 x float>*
  %3963 = load <8 x float>, <8 x float>* %3962, align 4
  %3964 = add i64 %3807, 171
  %3965 = getelementptr inbounds float, float* %2, i64 %3964
  %3966 = load float, float* %3965, align 4
  %3967 = insertelement <8 x float> undef, float %3966, i32 0
  %splat452 = shufflevector <8 x float> %3967, <8 x float> undef, <8 x i32> zeroinitializer
  %3968 = load <8 x float>, <8 x float>* %27, align 32
  %3969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat452, <8 x float> %3959, <8 x float> %3968)
  store <8 x float> %3969, <8 x float>* %27, align 32
  %3970 = load <8 x float>, <8 x float>* %22, align 32
  %3971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat452, <8 x float> %3963, <8 x float> %3970)
  store <8 x float> %3971, <8 x float>* %22, align 32
  %3972 = add i64 %3807, 179
  %3973 = getelementptr inbounds float, float* %2, i64 %3972
  %3974 = load float, float* %3973, align 4
  %3975 = insertelement <8 x float> undef, float %3974, i32 0
  %splat453 = shufflevector <8 x float> %3975, <8 x float> undef, <8 x i32> zeroinitializer
  %3976 = load <8 x float>, <8 x float>* %26, align 32
  %3977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat453, <8 x float> %3959, <8 x float> %3976)
  store <8 x float> %3977, <8 x float>* %26, align 32
  %3978 = load <8 x float>, <8 x float>* %21, align 32
  %3979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat453, <8 x float> %3963, <8 x float> %3978)
  store <8 x float> %3979, <8 x float>* %21, align 32
  %3980 = add i64 %3807, 187
  %3981 = getelementptr inbounds float, float* %2, i64 %3980
  %3982 = load float, float* %3981, align 4
  %3983 = insertelement <8 x float> undef, float %3982, i32 0
  %splat454 = shufflevector <8 x float> %3983, <8 x float> undef, <8 x i32> zeroinitializer
  %3984 = load <8 x float>, <8 x float>* %25, align 32
  %3985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat454, <8 x float> %3959, <8 x float> %3984)
  store <8 x float> %3985, <8 x float>* %25, align 32
  %3986 = load <8 x float>, <8 x float>* %20, align 32
  %3987 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat454, <8 x float> %3963, <8 x float> %3986)
  store <8 x float> %3987, <8 x float>* %20, align 32
  %3988 = add i64 %3807, 195
  %3989 = getelementptr inbounds float, float* %2, i64 %3988
  %3990 = load float, float* %3989, align 4
  %3991 = insertelement <8 x float> undef, float %3990, i32 0
  %splat455 = shufflevector <8 x float> %3991, <8 x float> undef, <8 x i32> zeroinitializer
  %3992 = load <8 x float>, <8 x float>* %24, align 32
  %3993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat455, <8 x float> %3959, <8 x float> %3992)
  store <8 x float> %3993, <8 x float>* %24, align 32
  %3994 = load <8 x float>, <8 x float>* %19, align 32
  %3995 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat455, <8 x float> %3963, <8 x float> %3994)
  store <8 x float> %3995, <8 x float>* %19, align 32
  %3996 = add i64 %3807, 203
  %3997 = getelementptr inbounds float, float* %2, i64 %3996
  %3998 = load float, float* %3997, align 4
  %3999 = insertelement <8 x float> undef, float %3998, i32 0
  %splat456 = shufflevector <8 x float> %3999, <8 x float> undef, <8 x i32> zeroinitializer
  %4000 = load <8 x float>, <8 x float>* %23, align 32
  %4001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat456, <8 x float> %3959, <8 x float> %4000)
  store <8 x float> %4001, <8 x float>* %23, align 32
  %4002 = load <8 x float>, <8 x float>* %18, align 32
  %4003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat456, <8 x float> %3963, <8 x float> %4002)
  store <8 x float> %4003, <8 x float>* %18, align 32
  %4004 = add i64 %3811, 32
  %4005 = getelementptr inbounds float, float* %4, i64 %4004
  %4006 = bitcast float* %4005 to <8 x float>*
  %4007 = load <8 x float>, <8 x float>* %4006, align 4
  %4008 = add i64 %3811, 27680
  %4009 = getelementptr inbounds float, float* %4, i64 %4008
  %4010 = bitcast float* %4009 to <8 x float>*
  %4011 = load <8 x float>, <8 x float>* %4010, align 4
  %4012 = add i64 %3807, 172
  %4013 = getelementptr inbounds float, float* %2, i64 %4012
  %4014 = load float, float* %4013, align 4
  %4015 = insertelement <8 x float> undef, float %4014, i32 0
  %splat457 = shufflevector <8 x float> %4015, <8 x float> undef, <8 x i32> zeroinitializer
  %4016 = load <8 x float>, <8 x float>* %27, align 32
  %4017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat457, <8 x float> %4007, <8 x float> %4016)
  store <8 x float> %4017, <8 x float>* %27, align 32
  %4018 = load <8 x float>, <8 x float>* %22, align 32
  %4019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat457, <8 x float> %4011, <8 x float> %4018)
  store <8 x float> %4019, <8 x float>* %22, align 32
  %4020 = add i64 %3807, 180
  %4021 = getelementptr inbounds float, float* %2, i64 %4020
  %4022 = load float, float* %4021, align 4
  %4023 = insertelement <8 x float> undef, float %4022, i32 0
  %splat458 = shufflevector <8 x float> %4023, <8 x float> undef, <8 x i32> zeroinitializer
  %4024 = load <8 x float>, <8 x float>* %26, align 32
  %4025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat458, <8 x float> %4007, <8 x float> %4024)
  store <8 x float> %4025, <8 x float>* %26, align 32
  %4026 = load <8 x float>, <8 x float>* %21, align 32
  %4027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat458, <8 x float> %4011, <8 x float> %4026)
  store <8 x float> %4027, <8 x float>* %21, align 32
  %4028 = add i64 %3807, 188
  %4029 = getelementptr inbounds float, float* %2, i64 %4028
  %4030 = load float, float* %4029, align 4
  %4031 = insertelement <8 x float> undef, float %4030, i32 0
  %splat459 = shufflevector <8 x float> %4031, <8 x float> undef, <8 x i32> zeroinitializer
  %4032 = load <8 x float>, <8 x float>* %25, align 32
  %4033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat459, <8 x float> %4007, <8 x float> %4032)
  store <8 x float> %4033, <8 x float>* %25, align 32
  %4034 = load <8 x float>, <8 x float>* %20, align 32
  %4035 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat459, <8 x float> %4011, <8 x float> %4034)
  store <8 x float> %4035, <8 x float>* %20, align 32
  %4036 = add i64 %3807, 196
  %4037 = getelementptr inbounds float, float* %2, i64 %4036
  %4038 = load float, float* %4037, align 4
  %4039 = insertelement <8 x float> undef, float %4038, i32 0
  %splat460 = shufflevector <8 x float> %4039, <8 x float> undef, <8 x i32> zeroinitializer
  %4040 = load <8 x float>, <8 x float>* %24, align 32
  %4041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat460, <8 x float> %4007, <8 x float> %4040)
  store <8 x float> %4041, <8 x float>* %24, align 32
  %4042 = load <8 x float>, <8 x float>* %19, align 32
  %4043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat460, <8 x float> %4011, <8 x float> %4042)
  store <8 x float> %4043, <8 x float>* %19, align 32
  %4044 = add i64 %3807, 204
  %4045 = getelementptr inbounds float, float* %2, i64 %4044
  %4046 = load float, float* %4045, align 4
  %4047 = insertelement <8 x float> undef, float %4046, i32 0
  %splat461 = shufflevector <8 x float> %4047, <8 x float> undef, <8 x i32> zeroinitializer
  %4048 = load <8 x float>, <8 x float>* %23, align 32
  %4049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4007, <8 x float> %4048)
  store <8 x float> %4049, <8 x float>* %23, align 32
  %4050 = load <8 x float>, <8 x float>* %18, align 32
  %4051 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat461, <8 x float> %4011, <8 x float> %4050)
  store <8 x float> %4051, <8 x float>* %18, align 32
  %4052 = add i64 %3811, 40
  %4053 = getelementptr inbounds float, float* %4, i64 %4052
  %4054 = bitcast float* %4053 to <8 x float>*
  %4055 = load <8 x float>, <8 x float>* %4054, align 4
  %4056 = add i64 %3811, 27688
  %4057 = getelementptr inbounds float, float* %4, i64 %4056
  %4058 = bitcast float* %4057 to <8 x float>*
  %4059 = load <8 x float>, <8 x float>* %4058, align 4
  %4060 = add i64 %3807, 173
  %4061 = getelementptr inbounds float, float* %2, i64 %4060
  %4062 = load float, float* %4061, align 4
  %4063 = insertelement <8 x float> undef, float %4062, i32 0
  %splat462 = shufflevector <8 x float> %4063, <8 x float> undef, <8 x i32> zeroinitializer
  %4064 = load <8 x float>, <8 x float>* %27, align 32
  %4065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat462, <8 x float> %4055, <8 x float> %4064)
  store <8 x float> %4065, <8 x float>* %27, align 32
  %4066 = load <8 x float>, <8 x float>* %22, align 32
  %4067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat462, <8 x float> %4059, <8 x float> %4066)
  store <8 x float> %4067, <8 x float>* %22, align 32
  %4068 = add i64 %3807, 181
  %4069 = getelementptr inbounds float, float* %2, i64 %4068
  %4070 = load float, float* %4069, align 4
  %4071 = insertelement <8 x float> undef, float %4070, i32 0
  %splat463 = shufflevector <8 x float> %4071, <8 x float> undef, <8 x i32> zeroinitializer
  %4072 = load <8 x float>, <8 x float>* %26, align 32
  %4073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat463, <8 x float> %4055, <8 x float> %4072)
  store <8 x float> %4073, <8 x float>* %26, align 32
  %4074 = load <8 x float>, <8 x float>* %21, align 32
  %4075 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat463, <8 x float> %4059, <8 x float> %4074)
  store <8 x float> %4075, <8 x float>* %21, align 32
  %4076 = add i64 %3807, 189
  %4077 = getelementptr inbounds float, float* %2, i64 %4076
  %4078 = load float, float* %4077, align 4
  %4079 = insertelement <8 x float> undef, float %4078, i32 0
  %splat464 = shufflevector <8 x float> %4079, <8 x float> undef, <8 x i32> zeroinitializer
  %4080 = load <8 x float>, <8 x float>* %25, align 32
  %4081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat464, <8 x float> %4055, <8 x float> %4080)
  store <8 x float> %4081, <8 x float>* %25, align 32
  %4082 = load <8 x float>, <8 x float>* %20, align 32
  %4083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat464, <8 x float> %4059, <8 x float> %4082)
  store <8 x float> %4083, <8 x float>* %20, align 32
  %4084 = add i64 %3807, 197
  %4085 = getelementptr inbounds float, float* %2, i64 %4084
  %4086 = load float, float* %4085, align 4
  %4087 = insertelement <8 x float> undef, float %4086, i32 0
  %splat465 = shufflevector <8 x float> %4087, <8 x float> undef, <8 x i32> zeroinitializer
  %4088 = load <8 x float>, <8 x float>* %24, align 32
  %4089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat465, <8 x float> %4055, <8 x float> %4088)
  store <8 x float> %4089, <8 x float>* %24, align 32
  %4090 = load <8 x float>, <8 x float>* %19, align 32
  %4091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat465, <8 x float> %4059, <8 x float> %4090)
  store <8 x float> %4091, <8 x float>* %19, align 32
  %4092 = add i64 %3807, 205
  %4093 = getelementptr inbounds float, float* %2, i64 %4092
  %4094 = load float, float* %4093, align 4
  %4095 = insertelement <8 x float> undef, float %4094, i32 0
  %splat466 = shufflevector <8 x float> %4095, <8 x float> undef, <8 x i32> zeroinitializer
  %4096 = load <8 x float>, <8 x float>* %23, align 32
  %4097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat466, <8 x float> %4055, <8 x float> %4096)
  store <8 x float> %4097, <8 x float>* %23, align 32
  %4098 = load <8 x float>, <8 x float>* %18, align 32
  %4099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat466, <8 x float> %4059, <8 x float> %4098)
  store <8 x float> %4099, <8 x float>* %18, align 32
  %4100 = add i64 %3811, 48
  %4101 = getelementptr inbounds float, float* %4, i64 %4100
  %4102 = bitcast float* %4101 to <8 x float>*
  %4103 = load <8 x float>, <8 x float>* %4102, align 4
  %4104 = add i64 %3811, 27696
  %4105 = getelementptr inbounds float, float* %4, i64 %4104
  %4106 = bitcast float* %4105 to <8 x float>*
  %4107 = load <8 x float>, <8 x float>* %4106, align 4
  %4108 = add i64 %3807, 174
  %4109 = getelementptr inbounds float, float* %2, i64 %4108
  %4110 = load float, float* %4109, align 4
  %4111 = insertelement <8 x float> undef, float %4110, i32 0
  %splat467 = shufflevector <8 x float> %4111, <8 x float> undef, <8 x i32> zeroinitializer
  %4112 = load <8 x float>, <8 x float>* %27, align 32
  %4113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat467, <8 x float> %4103, <8 x float> %4112)
  store <8 x float> %4113, <8 x float>* %27, align 32
  %4114 = load <8 x float>, <8 x float>* %22, align 32
  %4115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat467, <8 x float> %4107, <8 x float> %4114)
  store <8 x float> %4115, <8 x float>* %22, align 32
  %4116 = add i64 %3807, 182
  %4117 = getelementptr inbounds float, float* %2, i64 %4116
  %4118 = load float, float* %4117, align 4
  %4119 = insertelement <8 x float> undef, float %4118, i32 0
  %splat468 = shufflevector <8 x float> %4119, <8 x float> undef, <8 x i32> zeroinitializer
  %4120 = load <8 x float>, <8 x float>* %26, align 32
  %4121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat468, <8 x float> %4103, <8 x float> %4120)
  store <8 x float> %4121, <8 x float>* %26, align 32
  %4122 = load <8 x float>, <8 x float>* %21, align 32
  %4123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat468, <8 x float> %4107, <8 x float> %4122)
  store <8 x float> %4123, <8 x float>* %21, align 32
  %4124 = add i64 %3807, 190
  %4125 = getelementptr inbounds float, float* %2, i64 %4124
  %4126 = load float, float* %4125, align 4
  %4127 = insertelement <8 x float> undef, float %4126, i32 0
  %splat469 = shufflevector <8 x float> %4127, <8 x float> undef, <8 x i32> zeroinitializer
  %4128 = load <8 x float>, <8 x float>* %25, align 32
  %4129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat469, <8 x float> %4103, <8 x float> %4128)
  store <8 x float> %4129, <8 x float>* %25, align 32
  %4130 = load <8 x float>, <8 x float>* %20, align 32
  %4131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat469, <8 x float> %4107, <8 x float> %4130)
  store <8 x float> %4131, <8 x float>* %20, align 32
  %4132 = add i64 %3807, 198
  %4133 = getelementptr inbounds float, float* %2, i64 %4132
  %4134 = load float, float* %4133, align 4
  %4135 = insertelement <8 x float> undef, float %4134, i32 0
  %splat470 = shufflevector <8 x float> %4135, <8 x float> undef, <8 x i32> zeroinitializer
  %4136 = load <8 x float>, <8 x float>* %24, align 32
  %4137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat470, <8 x float> %4103, <8 x float> %4136)
  store <8 x float> %4137, <8 x float>* %24, align 32
  %4138 = load <8 x float>, <8 x float>* %19, align 32
  %4139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat470, <8 x float> %4107, <8 x float> %4138)
  store <8 x float> %4139, <8 x float>* %19, align 32
  %4140 = add i64 %3807, 206
  %4141 = getelementptr inbounds float, float* %2, i64 %4140
  %4142 = load float, float* %4141, align 4
  %4143 = insertelement <8 x float> undef, float %4142, i32 0
  %splat471 = shufflevector <8 x float> %4143, <8 x float> undef, <8 x i32> zeroinitializer
  %4144 = load <8 x float>, <8 x float>* %23, align 32
  %4145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat471, <8 x float> %4103, <8 x float> %4144)
  store <8 x float> %4145, <8 x float>* %23, align 32
  %4146 = load <8 x float>, <8 x float>* %18, align 32
  %4147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat471, <8 x float> %4107, <8 x float> %4146)
  store <8 x float> %4147, <8 x float>* %18, align 32
  %4148 = add i64 %3811, 56
  %4149 = getelementptr inbounds float, float* %4, i64 %4148
  %4150 = bitcast float* %4149 to <8 x float>*
  %4151 = load <8 x float>, <8 x float>* %4150, align 4
  %4152 = add i64 %3811, 27704
  %4153 = getelementptr inbounds float, float* %4, i64 %4152
  %4154 = bitcast float* %4153 to <8 x float>*
  %4155 = load <8 x float>, <8 x float>* %4154, align 4
  %4156 = add i64 %3807, 175
  %4157 = getelementptr inbounds float, float* %2, i64 %4156
  %4158 = load float, float* %4157, align 4
  %4159 = insertelement <8 x float> undef, float %4158, i32 0
  %splat472 = shufflevector <8 x float> %4159, <8 x float> undef, <8 x i32> zeroinitializer
  %4160 = load <8 x float>, <8 x float>* %27, align 32
  %4161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat472, <8 x float> %4151, <8 x float> %4160)
  store <8 x float> %4161, <8 x float>* %27, align 32
  %4162 = load <8 x float>, <8 x float>* %22, align 32
  %4163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat472, <8 x float> %4155, <8 x float> %4162)
  store <8 x float> %4163, <8 x float>* %22, align 32
  %4164 = add i64 %3807, 183
  %4165 = getelementptr inbounds float, float* %2, i64 %4164
  %4166 = load float, float* %4165, align 4
  %4167 = insertelement <8 x float> undef, float %4166, i32 0
  %splat473 = shufflevector <8 x float> %4167, <8 x float> undef, <8 x i32> zeroinitializer
  %4168 = load <8 x float>, <8 x float>* %26, align 32
  %4169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat473, <8 x float> %4151, <8 x float> %4168)
  store <8 x float> %4169, <8 x float>* %26, align 32
  %4170 = load <8 x float>, <8 x float>* %21, align 32
  %4171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat473, <8 x float> %4155, <8 x float> %4170)
  store <8 x float> %4171, <8 x float>* %21, align 32
  %4172 = add i64 %3807, 191
  %4173 = getelementptr inbounds float, float* %2, i64 %4172
  %4174 = load float, float* %4173, align 4
  %4175 = insertelement <8 x float> undef, float %4174, i32 0
  %splat474 = shufflevector <8 x float> %4175, <8 x float> undef, <8 x i32> zeroinitializer
  %4176 = load <8 x float>, <8 x float>* %25, align 32
  %4177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat474, <8 x float> %4151, <8 x float> %4176)
  store <8 x float> %4177, <8 x float>* %25, align 32
  %4178 = load <8 x float>, <8 x float>* %20, align 32
  %4179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat474, <8 x float> %4155, <8 x float> %4178)
  store <8 x float> %4179, <8 x float>* %20, align 32
  %4180 = add i64 %3807, 199
  %4181 = getelementptr inbounds float, float* %2, i64 %4180
  %4182 = load float, float* %4181, align 4
  %4183 = insertelement <8 x float> undef, float %4182, i32 0
  %splat475 = shufflevector <8 x float> %4183, <8 x float> undef, <8 x i32> zeroinitializer
  %4184 = load <8 x float>, <8 x float>* %24, align 32
  %4185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat475, <8 x float> %4151, <8 x float> %4184)
  store <8 x float> %4185, <8 x float>* %24, align 32
  %4186 = load <8 x float>, <8 x float>* %19, align 32
  %4187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat475, <8 x float> %4155, <8 x float> %4186)
  store <8 x float> %4187, <8 x float>* %19, align 32
  %4188 = add i64 %3807, 207
  %4189 = getelementptr inbounds float, float* %2, i64 %4188
  %4190 = load float, float* %4189, align 4
  %4191 = insertelement <8 x float> undef, float %4190, i32 0
  %splat476 = shufflevector <8 x float> %4191, <8 x float> undef, <8 x i32> zeroinitializer
  %4192 = load <8 x float>, <8 x float>* %23, align 32
  %4193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat476, <8 x float> %4151, <8 x float> %4192)
  store <8 x float> %4193, <8 x float>* %23, align 32
  %4194 = load <8 x float>, <8 x float>* %18, align 32
  %4195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat476, <8 x float> %4155, <8 x float> %4194)
  store <8 x float> %4195, <8 x float>* %18, align 32
  %kw.next477 = add i64 %kw436, 1
  br label %kw.header433

kw.exit435:                                       ; preds = %kw.header433
  %kh.next478 = add i64 %kh432, 1
  br label %kh.header429

u.header480:                                      ; preds = %kh.exit486, %u.exit427
  %u483 = phi i64 [ 0, %u.exit427 ], [ %u.next534, %kh.exit486 ]
  %4196 = icmp slt i64 %u483, 3
  br i1 %4196, label %u.body481, label %u.exit482

u.body481:                                        ; preds = %u.header480
  %4197 = add i64 %3801, %u483
  %4198 = mul i64 %4197, 392
  %4199 = add i64 %3800, %4198
  %4200 = mul i64 %4197, 576
  %4201 = add i64 %98, %4200
  br label %kh.header484

u.exit482:                                        ; preds = %u.header480
  %4202 = icmp eq i64 %chunk, 15
  %4203 = load <8 x float>, <8 x float>* %17, align 32
  %4204 = fcmp olt <8 x float> %4203, zeroinitializer
  %4205 = select <8 x i1> %4204, <8 x float> zeroinitializer, <8 x float> %4203
  %4206 = select i1 %4202, <8 x float> %4205, <8 x float> %4203
  %4207 = getelementptr inbounds float, float* %0, i64 %3723
  %4208 = bitcast float* %4207 to <8 x float>*
  store <8 x float> %4206, <8 x float>* %4208, align 4
  %4209 = load <8 x float>, <8 x float>* %16, align 32
  %4210 = fcmp olt <8 x float> %4209, zeroinitializer
  %4211 = select <8 x i1> %4210, <8 x float> zeroinitializer, <8 x float> %4209
  %4212 = select i1 %4202, <8 x float> %4211, <8 x float> %4209
  %4213 = getelementptr inbounds float, float* %0, i64 %3725
  %4214 = bitcast float* %4213 to <8 x float>*
  store <8 x float> %4212, <8 x float>* %4214, align 4
  %4215 = load <8 x float>, <8 x float>* %15, align 32
  %4216 = fcmp olt <8 x float> %4215, zeroinitializer
  %4217 = select <8 x i1> %4216, <8 x float> zeroinitializer, <8 x float> %4215
  %4218 = select i1 %4202, <8 x float> %4217, <8 x float> %4215
  %4219 = getelementptr inbounds float, float* %0, i64 %3727
  %4220 = bitcast float* %4219 to <8 x float>*
  store <8 x float> %4218, <8 x float>* %4220, align 4
  %4221 = load <8 x float>, <8 x float>* %14, align 32
  %4222 = fcmp olt <8 x float> %4221, zeroinitializer
  %4223 = select <8 x i1> %4222, <8 x float> zeroinitializer, <8 x float> %4221
  %4224 = select i1 %4202, <8 x float> %4223, <8 x float> %4221
  %4225 = getelementptr inbounds float, float* %0, i64 %3729
  %4226 = bitcast float* %4225 to <8 x float>*
  store <8 x float> %4224, <8 x float>* %4226, align 4
  %4227 = load <8 x float>, <8 x float>* %13, align 32
  %4228 = fcmp olt <8 x float> %4227, zeroinitializer
  %4229 = select <8 x i1> %4228, <8 x float> zeroinitializer, <8 x float> %4227
  %4230 = select i1 %4202, <8 x float> %4229, <8 x float> %4227
  %4231 = getelementptr inbounds float, float* %0, i64 %3731
  %4232 = bitcast float* %4231 to <8 x float>*
  store <8 x float> %4230, <8 x float>* %4232, align 4
  %4233 = load <8 x float>, <8 x float>* %12, align 32
  %4234 = fcmp olt <8 x float> %4233, zeroinitializer
  %4235 = select <8 x i1> %4234, <8 x float> zeroinitializer, <8 x float> %4233
  %4236 = select i1 %4202, <8 x float> %4235, <8 x float> %4233
  %4237 = getelementptr inbounds float, float* %0, i64 %3739
  %4238 = bitcast float* %4237 to <8 x float>*
  store <8 x float> %4236, <8 x float>* %4238, align 4
  %4239 = load <8 x float>, <8 x float>* %11, align 32
  %4240 = fcmp olt <8 x float> %4239, zeroinitializer
  %4241 = select <8 x i1> %4240, <8 x float> zeroinitializer, <8 x float> %4239
  %4242 = select i1 %4202, <8 x float> %4241, <8 x float> %4239
  %4243 = getelementptr inbounds float, float* %0, i64 %3741
  %4244 = bitcast float* %4243 to <8 x float>*
  store <8 x float> %4242, <8 x float>* %4244, align 4
  %4245 = load <8 x float>, <8 x float>* %10, align 32
  %4246 = fcmp olt <8 x float> %4245, zeroinitializer
  %4247 = select <8 x i1> %4246, <8 x float> zeroinitializer, <8 x float> %4245
  %4248 = select i1 %4202, <8 x float> %4247, <8 x float> %4245
  %4249 = getelementptr inbounds float, float* %0, i64 %3743
  %4250 = bitcast float* %4249 to <8 x float>*
  store <8 x float> %4248, <8 x float>* %4250, align 4
  %4251 = load <8 x float>, <8 x float>* %9, align 32
  %4252 = fcmp olt <8 x float> %4251, zeroinitializer
  %4253 = select <8 x i1> %4252, <8 x float> zeroinitializer, <8 x float> %4251
  %4254 = select i1 %4202, <8 x float> %4253, <8 x float> %4251
  %4255 = getelementptr inbounds float, float* %0, i64 %3745
  %4256 = bitcast float* %4255 to <8 x float>*
  store <8 x float> %4254, <8 x float>* %4256, align 4
  %4257 = load <8 x float>, <8 x float>* %8, align 32
  %4258 = fcmp olt <8 x float> %4257, zeroinitializer
  %4259 = select <8 x i1> %4258, <8 x float> zeroinitializer, <8 x float> %4257
  %4260 = select i1 %4202, <8 x float> %4259, <8 x float> %4257
  %4261 = getelementptr inbounds float, float* %0, i64 %3747
  %4262 = bitcast float* %4261 to <8 x float>*
  store <8 x float> %4260, <8 x float>* %4262, align 4
  br label %endif

kh.header484:                                     ; preds = %kw.exit490, %u.body481
  %kh487 = phi i64 [ 0, %u.body481 ], [ %kh.next533, %kw.exit490 ]
  %4263 = icmp slt i64 %kh487, 3
  br i1 %4263, label %kh.body485, label %kh.exit486

kh.body485:                                       ; preds = %kh.header484
  %4264 = mul i64 %kh487, 56
  %4265 = add i64 %4199, %4264
  br label %kw.header488

kh.exit486:                                       ; preds = %kh.header484
  %u.next534 = add i64 %u483, 1
  br label %u.header480

kw.header488:                                     ; preds = %kw.body489, %kh.body485
  %kw491 = phi i64 [ 0, %kh.body485 ], [ %kw.next532, %kw.body489 ]
  %4266 = icmp slt i64 %kw491, 3
  br i1 %4266, label %kw.body489, label %kw.exit490

kw.body489:                                       ; preds = %kw.header488
  %4267 = mul i64 %kw491, 8
  %4268 = add i64 %4265, %4267
  %4269 = mul i64 %kh487, 3
  %4270 = add i64 %4269, %kw491
  %4271 = mul i64 %4270, 64
  %4272 = add i64 %4201, %4271
  %4273 = add i64 %4272, 0
  %4274 = getelementptr inbounds float, float* %4, i64 %4273
  %4275 = bitcast float* %4274 to <8 x float>*
  %4276 = load <8 x float>, <8 x float>* %4275, align 4
  %4277 = add i64 %4272, 27648
  %4278 = getelementptr inbounds float, float* %4, i64 %4277
  %4279 = bitcast float* %4278 to <8 x float>*
  %4280 = load <8 x float>, <8 x float>* %4279, align 4
  %4281 = add i64 %4268, 224
  %4282 = getelementptr inbounds float, float* %2, i64 %4281
  %4283 = load float, float* %4282, align 4
  %4284 = insertelement <8 x float> undef, float %4283, i32 0
  %splat492 = shufflevector <8 x float> %4284, <8 x float> undef, <8 x i32> zeroinitializer
  %4285 = load <8 x float>, <8 x float>* %17, align 32
  %4286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat492, <8 x float> %4276, <8 x float> %4285)
  store <8 x float> %4286, <8 x float>* %17, align 32
  %4287 = load <8 x float>, <8 x float>* %12, align 32
  %4288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat492, <8 x float> %4280, <8 x float> %4287)
  store <8 x float> %4288, <8 x float>* %12, align 32
  %4289 = add i64 %4268, 232
  %4290 = getelementptr inbounds float, float* %2, i64 %4289
  %4291 = load float, float* %4290, align 4
  %4292 = insertelement <8 x float> undef, float %4291, i32 0
  %splat493 = shufflevector <8 x float> %4292, <8 x float> undef, <8 x i32> zeroinitializer
  %4293 = load <8 x float>, <8 x float>* %16, align 32
  %4294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat493, <8 x float> %4276, <8 x float> %4293)
  store <8 x float> %4294, <8 x float>* %16, align 32
  %4295 = load <8 x float>, <8 x float>* %11, align 32
  %4296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat493, <8 x float> %4280, <8 x float> %4295)
  store <8 x float> %4296, <8 x float>* %11, align 32
  %4297 = add i64 %4268, 240
  %4298 = getelementptr inbounds float, float* %2, i64 %4297
  %4299 = load float, float* %4298, align 4
  %4300 = insertelement <8 x float> undef, float %4299, i32 0
  %splat494 = shufflevector <8 x float> %4300, <8 x float> undef, <8 x i32> zeroinitializer
  %4301 = load <8 x float>, <8 x float>* %15, align 32
  %4302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat494, <8 x float> %4276, <8 x float> %4301)
  store <8 x float> %4302, <8 x float>* %15, align 32
  %4303 = load <8 x float>, <8 x float>* %10, align 32
  %4304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat494, <8 x float> %4280, <8 x float> %4303)
  store <8 x float> %4304, <8 x float>* %10, align 32
  %4305 = add i64 %4268, 248
  %4306 = getelementptr inbounds float, float* %2, i64 %4305
  %4307 = load float, float* %4306, align 4
  %4308 = insertelement <8 x float> undef, float %4307, i32 0
  %splat495 = shufflevector <8 x float> %4308, <8 x float> undef, <8 x i32> zeroinitializer
  %4309 = load <8 x float>, <8 x float>* %14, align 32
  %4310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat495, <8 x float> %4276, <8 x float> %4309)
  store <8 x float> %4310, <8 x float>* %14, align 32
  %4311 = load <8 x float>, <8 x float>* %9, align 32
  %4312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat495, <8 x float> %4280, <8 x float> %4311)
  store <8 x float> %4312, <8 x float>* %9, align 32
  %4313 = add i64 %4268, 256
  %4314 = getelementptr inbounds float, float* %2, i64 %4313
  %4315 = load float, float* %4314, align 4
  %4316 = insertelement <8 x float> undef, float %4315, i32 0
  %splat496 = shufflevector <8 x float> %4316, <8 x float> undef, <8 x i32> zeroinitializer
  %4317 = load <8 x float>, <8 x float>* %13, align 32
  %4318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat496, <8 x float> %4276, <8 x float> %4317)
  store <8 x float> %4318, <8 x float>* %13, align 32
  %4319 = load <8 x float>, <8 x float>* %8, align 32
  %4320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat496, <8 x float> %4280, <8 x float> %4319)
  store <8 x float> %4320, <8 x float>* %8, align 32
  %4321 = add i64 %4272, 8
  %4322 = getelementptr inbounds float, float* %4, i64 %4321
  %4323 = bitcast float* %4322 to <8 x float>*
  %4324 = load <8 x float>, <8 x float>* %4323, align 4
  %4325 = add i64 %4272, 27656
  %4326 = getelementptr inbounds float, float* %4, i64 %4325
  %4327 = bitcast float* %4326 to <8 x float>*
  %4328 = load <8 x float>, <8 x float>* %4327, align 4
  %4329 = add i64 %4268, 225
  %4330 = getelementptr inbounds float, float* %2, i64 %4329
  %4331 = load float, float* %4330, align 4
  %4332 = insertelement <8 x float> undef, float %4331, i32 0
  %splat497 = shufflevector <8 x float> %4332, <8 x float> undef, <8 x i32> zeroinitializer
  %4333 = load <8 x float>, <8 x float>* %17, align 32
  %4334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat497, <8 x float> %4324, <8 x float> %4333)
  store <8 x float> %4334, <8 x float>* %17, align 32
  %4335 = load <8 x float>, <8 x float>* %12, align 32
  %4336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat497, <8 x float> %4328, <8 x float> %4335)
  store <8 x float> %4336, <8 x float>* %12, align 32
  %4337 = add i64 %4268, 233
  %4338 = getelementptr inbounds float, float* %2, i64 %4337
  %4339 = load float, float* %4338, align 4
  %4340 = insertelement <8 x float> undef, float %4339, i32 0
  %splat498 = shufflevector <8 x float> %4340, <8 x float> undef, <8 x i32> zeroinitializer
  %4341 = load <8 x float>, <8 x float>* %16, align 32
  %4342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat498, <8 x float> %4324, <8 x float> %4341)
  store <8 x float> %4342, <8 x float>* %16, align 32
  %4343 = load <8 x float>, <8 x float>* %11, align 32
  %4344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat498, <8 x float> %4328, <8 x float> %4343)
  store <8 x float> %4344, <8 x float>* %11, align 32
  %4345 = add i64 %4268, 241
  %4346 = getelementptr inbounds float, float* %2, i64 %4345
  %4347 = load float, float* %4346, align 4
  %4348 = insertelement <8 x float> undef, float %4347, i32 0
  %splat499 = shufflevector <8 x float> %4348, <8 x float> undef, <8 x i32> zeroinitializer
  %4349 = load <8 x float>, <8 x float>* %15, align 32
  %4350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat499, <8 x float> %4324, <8 x float> %4349)
  store <8 x float> %4350, <8 x float>* %15, align 32
  %4351 = load <8 x float>, <8 x float>* %10, align 32
  %4352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat499, <8 x float> %4328, <8 x float> %4351)
  store <8 x float> %4352, <8 x float>* %10, align 32
  %4353 = add i64 %4268, 249
  %4354 = getelementptr inbounds float, float* %2, i64 %4353
  %4355 = load float, float* %4354, align 4
  %4356 = insertelement <8 x float> undef, float %4355, i32 0
  %splat500 = shufflevector <8 x float> %4356, <8 x float> undef, <8 x i32> zeroinitializer
  %4357 = load <8 x float>, <8 x float>* %14, align 32
  %4358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat500, <8 x float> %4324, <8 x float> %4357)
  store <8 x float> %4358, <8 x float>* %14, align 32
  %4359 = load <8 x float>, <8 x float>* %9, align 32
  %4360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat500, <8 x float> %4328, <8 x float> %4359)
  store <8 x float> %4360, <8 x float>* %9, align 32
  %4361 = add i64 %4268, 257
  %4362 = getelementptr inbounds float, float* %2, i64 %4361
  %4363 = load float, float* %4362, align 4
  %4364 = insertelement <8 x float> undef, float %4363, i32 0
  %splat501 = shufflevector <8 x float> %4364, <8 x float> undef, <8 x i32> zeroinitializer
  %4365 = load <8 x float>, <8 x float>* %13, align 32
  %4366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat501, <8 x float> %4324, <8 x float> %4365)
  store <8 x float> %4366, <8 x float>* %13, align 32
  %4367 = load <8 x float>, <8 x float>* %8, align 32
  %4368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat501, <8 x float> %4328, <8 x float> %4367)
  store <8 x float> %4368, <8 x float>* %8, align 32
  %4369 = add i64 %4272, 16
  %4370 = getelementptr inbounds float, float* %4, i64 %4369
  %4371 = bitcast float* %4370 to <8 x float>*
  %4372 = load <8 x float>, <8 x float>* %4371, align 4
  %4373 = add i64 %4272, 27664
  %4374 = getelementptr inbounds float, float* %4, i64 %4373
  %4375 = bitcast float* %4374 to <8 x float>*
  %4376 = load <8 x float>, <8 x float>* %4375, align 4
  %4377 = add i64 %4268, 226
  %4378 = getelementptr inbounds float, float* %2, i64 %4377
  %4379 = load float, float* %4378, align 4
  %4380 = insertelement <8 x float> undef, float %4379, i32 0
  %splat502 = shufflevector <8 x float> %4380, <8 x float> undef, <8 x i32> zeroinitializer
  %4381 = load <8 x float>, <8 x float>* %17, align 32
  %4382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat502, <8 x float> %4372, <8 x float> %4381)
  store <8 x float> %4382, <8 x float>* %17, align 32
  %4383 = load <8 x float>, <8 x float>* %12, align 32
  %4384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat502, <8 x float> %4376, <8 x float> %4383)
  store <8 x float> %4384, <8 x float>* %12, align 32
  %4385 = add i64 %4268, 234
  %4386 = getelementptr inbounds float, float* %2, i64 %4385
  %4387 = load float, float* %4386, align 4
  %4388 = insertelement <8 x float> undef, float %4387, i32 0
  %splat503 = shufflevector <8 x float> %4388, <8 x float> undef, <8 x i32> zeroinitializer
  %4389 = load <8 x float>, <8 x float>* %16, align 32
  %4390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat503, <8 x float> %4372, <8 x float> %4389)
  store <8 x float> %4390, <8 x float>* %16, align 32
  %4391 = load <8 x float>, <8 x float>* %11, align 32
  %4392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat503, <8 x float> %4376, <8 x float> %4391)
  store <8 x float> %4392, <8 x float>* %11, align 32
  %4393 = add i64 %4268, 242
  %4394 = getelementptr inbounds float, float* %2, i64 %4393
  %4395 = load float, float* %4394, align 4
  %4396 = insertelement <8 x float> undef, float %4395, i32 0
  %splat504 = shufflevector <8 x float> %4396, <8 x float> undef, <8 x i32> zeroinitializer
  %4397 = load <8 x float>, <8 x float>* %15, align 32
  %4398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat504, <8 x float> %4372, <8 x float> %4397)
  store <8 x float> %4398, <8 x float>* %15, align 32
  %4399 = load <8 x float>, <8 x float>* %10, align 32
  %4400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat504, <8 x float> %4376, <8 x float> %4399)
  store <8 x float> %4400, <8 x float>* %10, align 32
  %4401 = add i64 %4268, 250
  %4402 = getelementptr inbounds float, float* %2, i64 %4401
  %4403 = load float, float* %4402, align 4
  %4404 = insertelement <8 x float> undef, float %4403, i32 0
  %splat505 = shufflevector <8 x float> %4404, <8 x float> undef, <8 x i32> zeroinitializer
  %4405 = load <8 x float>, <8 x float>* %14, align 32
  %4406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat505, <8 x float> %4372, <8 x float> %4405)
  store <8 x float> %4406, <8 x float>* %14, align 32
  %4407 = load <8 x float>, <8 x float>* %9, align 32
  %4408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat505, <8 x float> %4376, <8 x float> %4407)
  store <8 x float> %4408, <8 x float>* %9, align 32
  %4409 = add i64 %4268, 258
  %4410 = getelementptr inbounds float, float* %2, i64 %4409
  %4411 = load float, float* %4410, align 4
  %4412 = insertelement <8 x float> undef, float %4411, i32 0
  %splat506 = shufflevector <8 x float> %4412, <8 x float> undef, <8 x i32> zeroinitializer
  %4413 = load <8 x float>, <8 x float>* %13, align 32
  %4414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat506, <8 x float> %4372, <8 x float> %4413)
  store <8 x float> %4414, <8 x float>* %13, align 32
  %4415 = load <8 x float>, <8 x float>* %8, align 32
  %4416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat506, <8 x float> %4376, <8 x float> %4415)
  store <8 x float> %4416, <8 x float>* %8, align 32
  %4417 = add i64 %4272, 24
  %4418 = getelementptr inbounds float, float* %4, i64 %4417
  %4419 = bitcast float* %4418 to <8 x float>*
  %4420 = load <8 x float>, <8 x float>* %4419, align 4
  %4421 = add i64 %4272, 27672
  %4422 = getelementptr inbounds float, float* %4, i64 %4421
  %4423 = bitcast float* %4422 to <8 x float>*
  %4424 = load <8 x float>, <8 x float>* %4423, align 4
  %4425 = add i64 %4268, 227
  %4426 = getelementptr inbounds float, float* %2, i64 %4425
  %4427 = load float, float* %4426, align 4
  %4428 = insertelement <8 x float> undef, float %4427, i32 0
  %splat507 = shufflevector <8 x float> %4428, <8 x float> undef, <8 x i32> zeroinitializer
  %4429 = load <8 x float>, <8 x float>* %17, align 32
  %4430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat507, <8 x float> %4420, <8 x float> %4429)
  store <8 x float> %4430, <8 x float>* %17, align 32
  %4431 = load <8 x float>, <8 x float>* %12, align 32
  %4432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat507, <8 x float> %4424, <8 x float> %4431)
  store <8 x float> %4432, <8 x float>* %12, align 32
  %4433 = add i64 %4268, 235
  %4434 = getelementptr inbounds float, float* %2, i64 %4433
  %4435 = load float, float* %4434, align 4
  %4436 = insertelement <8 x float> undef, float %4435, i32 0
  %splat508 = shufflevector <8 x float> %4436, <8 x float> undef, <8 x i32> zeroinitializer
  %4437 = load <8 x float>, <8 x float>* %16, align 32
  %4438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat508, <8 x float> %4420, <8 x float> %4437)
  store <8 x float> %4438, <8 x float>* %16, align 32
  %4439 = load <8 x float>, <8 x float>* %11, align 32
  %4440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat508, <8 x float> %4424, <8 x float> %4439)
  store <8 x float> %4440, <8 x float>* %11, align 32
  %4441 = add i64 %4268, 243
  %4442 = getelementptr inbounds float, float* %2, i64 %4441
  %4443 = load float, float* %4442, align 4
  %4444 = insertelement <8 x float> undef, float %4443, i32 0
  %splat509 = shufflevector <8 x float> %4444, <8 x float> undef, <8 x i32> zeroinitializer
  %4445 = load <8 x float>, <8 x float>* %15, align 32
  %4446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat509, <8 x float> %4420, <8 x float> %4445)
  store <8 x float> %4446, <8 x float>* %15, align 32
  %4447 = load <8 x float>, <8 x float>* %10, align 32
  %4448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat509, <8 x float> %4424, <8 x float> %4447)
  store <8 x float> %4448, <8 x float>* %10, align 32
  %4449 = add i64 %4268, 251
  %4450 = getelementptr inbounds float, float* %2, i64 %4449
  %4451 = load float, float* %4450, align 4
  %4452 = insertelement <8 x float> undef, float %4451, i32 0
  %splat510 = shufflevector <8 x float> %4452, <8 x float> undef, <8 x i32> zeroinitializer
  %4453 = load <8 x float>, <8 x float>* %14, align 32
  %4454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat510, <8 x float> %4420, <8 x float> %4453)
  store <8 x float> %4454, <8 x float>* %14, align 32
  %4455 = load <8 x float>, <8 x float>* %9, align 32
  %4456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat510, <8 x float> %4424, <8 x float> %4455)
  store <8 x float> %4456, <8 x float>* %9, align 32
  %4457 = add i64 %4268, 259
  %4458 = getelementptr inbounds float, float* %2, i64 %4457
  %4459 = load float, float* %4458, align 4
  %4460 = insertelement <8 x float> undef, float %4459, i32 0
  %splat511 = shufflevector <8 x float> %4460, <8 x float> undef, <8 x i32> zeroinitializer
  %4461 = load <8 x float>, <8 x float>* %13, align 32
  %4462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat511, <8 x float> %4420, <8 x float> %4461)
  store <8 x float> %4462, <8 x float>* %13, align 32
  %4463 = load <8 x float>, <8 x float>* %8, align 32
  %4464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat511, <8 x float> %4424, <8 x float> %4463)
  store <8 x float> %4464, <8 x float>* %8, align 32
  %4465 = add i64 %4272, 32
  %4466 = getelementptr inbounds float, float* %4, i64 %4465
  %4467 = bitcast float* %4466 to <8 x float>*
  %4468 = load <8 x float>, <8 x float>* %4467, align 4
  %4469 = add i64 %4272, 27680
  %4470 = getelementptr inbounds float, float* %4, i64 %4469
  %4471 = bitcast float* %4470 to <8 x float>*
  %4472 = load <8 x float>, <8 x float>* %4471, align 4
  %4473 = add i64 %4268, 228
  %4474 = getelementptr inbounds float, float* %2, i64 %4473
  %4475 = load float, float* %4474, align 4
  %4476 = insertelement <8 x float> undef, float %4475, i32 0
  %splat512 = shufflevector <8 x float> %4476, <8 x float> undef, <8 x i32> zeroinitializer
  %4477 = load <8 x float>, <8 x float>* %17, align 32
  %4478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat512, <8 x float> %4468, <8 x float> %4477)
  store <8 x float> %4478, <8 x float>* %17, align 32
  %4479 = load <8 x float>, <8 x float>* %12, align 32
  %4480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat512, <8 x float> %4472, <8 x float> %4479)
  store <8 x float> %4480, <8 x float>* %12, align 32
  %4481 = add i64 %4268, 236
  %4482 = getelementptr inbounds float, float* %2, i64 %4481
  %4483 = load float, float* %4482, align 4
  %4484 = insertelement <8 x float> undef, float %4483, i32 0
  %splat513 = shufflevector <8 x float> %4484, <8 x float> undef, <8 x i32> zeroinitializer
  %4485 = load <8 x float>, <8 x float>* %16, align 32
  %4486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat513, <8 x float> %4468, <8 x float> %4485)
  store <8 x float> %4486, <8 x float>* %16, align 32
  %4487 = load <8 x float>, <8 x float>* %11, align 32
  %4488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat513, <8 x float> %4472, <8 x float> %4487)
  store <8 x float> %4488, <8 x float>* %11, align 32
  %4489 = add i64 %4268, 244
  %4490 = getelementptr inbounds float, float* %2, i64 %4489
  %4491 = load float, float* %4490, align 4
  %4492 = insertelement <8 x float> undef, float %4491, i32 0
  %splat514 = shufflevector <8 x float> %4492, <8 x float> undef, <8 x i32> zeroinitializer
  %4493 = load <8 x float>, <8 x float>* %15, align 32
  %4494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat514, <8 x float> %4468, <8 x float> %4493)
  store <8 x float> %4494, <8 x float>* %15, align 32
  %4495 = load <8 x float>, <8 x float>* %10, align 32
  %4496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat514, <8 x float> %4472, <8 x float> %4495)
  store <8 x float> %4496, <8 x float>* %10, align 32
  %4497 = add i64 %4268, 252
  %4498 = getelementptr inbounds float, float* %2, i64 %4497
  %4499 = load float, float* %4498, align 4
  %4500 = insertelement <8 x float> undef, float %4499, i32 0
  %splat515 = shufflevector <8 x float> %4500, <8 x float> undef, <8 x i32> zeroinitializer
  %4501 = load <8 x float>, <8 x float>* %14, align 32
  %4502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat515, <8 x float> %4468, <8 x float> %4501)
  store <8 x float> %4502, <8 x float>* %14, align 32
  %4503 = load <8 x float>, <8 x float>* %9, align 32
  %4504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat515, <8 x float> %4472, <8 x float> %4503)
  store <8 x float> %4504, <8 x float>* %9, align 32
  %4505 = add i64 %4268, 260
  %4506 = getelementptr inbounds float, float* %2, i64 %4505
  %4507 = load float, float* %4506, align 4
  %4508 = insertelement <8 x float> undef, float %4507, i32 0
  %splat516 = shufflevector <8 x float> %4508, <8 x float> undef, <8 x i32> zeroinitializer
  %4509 = load <8 x float>, <8 x float>* %13, align 32
  %4510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat516, <8 x float> %4468, <8 x float> %4509)
  store <8 x float> %4510, <8 x float>* %13, align 32
  %4511 = load <8 x float>, <8 x float>* %8, align 32
  %4512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat516, <8 x float> %4472, <8 x float> %4511)
  store <8 x float> %4512, <8 x float>* %8, align 32
  %4513 = add i64 %4272, 40
  %4514 = getelementptr inbounds float, float* %4, i64 %4513
  %4515 = bitcast float* %4514 to <8 x float>*
  %4516 = load <8 x float>, <8 x float>* %4515, align 4
  %4517 = add i64 %4272, 27688
  %4518 = getelementptr inbounds float, float* %4, i64 %4517
  %4519 = bitcast float* %4518 to <8 x float>*
  %4520 = load <8 x float>, <8 x float>* %4519, align 4
  %4521 = add i64 %4268, 229
  %4522 = getelementptr inbounds float, float* %2, i64 %4521
  %4523 = load float, float* %4522, align 4
  %4524 = insertelement <8 x float> undef, float %4523, i32 0
  %splat517 = shufflevector <8 x float> %4524, <8 x float> undef, <8 x i32> zeroinitializer
  %4525 = load <8 x float>, <8 x float>* %17, align 32
  %4526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat517, <8 x float> %4516, <8 x float> %4525)
  store <8 x float> %4526, <8 x float>* %17, align 32
  %4527 = load <8 x float>, <8 x float>* %12, align 32
  %4528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat517, <8 x float> %4520, <8 x float> %4527)
  store <8 x float> %4528, <8 x float>* %12, align 32
  %4529 = add i64 %4268, 237
  %4530 = getelementptr inbounds float, float* %2, i64 %4529
  %4531 = load float, float* %4530, align 4
  %4532 = insertelement <8 x float> undef, float %4531, i32 0
  %splat518 = shufflevector <8 x float> %4532, <8 x float> undef, <8 x i32> zeroinitializer
  %4533 = load <8 x float>, <8 x float>* %16, align 32
  %4534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat518, <8 x float> %4516, <8 x float> %4533)
  store <8 x float> %4534, <8 x float>* %16, align 32
  %4535 = load <8 x float>, <8 x float>* %11, align 32
  %4536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat518, <8 x float> %4520, <8 x float> %4535)
  store <8 x float> %4536, <8 x float>* %11, align 32
  %4537 = add i64 %4268, 245
  %4538 = getelementptr inbounds float, float* %2, i64 %4537
  %4539 = load float, float* %4538, align 4
  %4540 = insertelement <8 x float> undef, float %4539, i32 0
  %splat519 = shufflevector <8 x float> %4540, <8 x float> undef, <8 x i32> zeroinitializer
  %4541 = load <8 x float>, <8 x float>* %15, align 32
  %4542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat519, <8 x float> %4516, <8 x float> %4541)
  store <8 x float> %4542, <8 x float>* %15, align 32
  %4543 = load <8 x float>, <8 x float>* %10, align 32
  %4544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat519, <8 x float> %4520, <8 x float> %4543)
  store <8 x float> %4544, <8 x float>* %10, align 32
  %4545 = add i64 %4268, 253
  %4546 = getelementptr inbounds float, float* %2, i64 %4545
  %4547 = load float, float* %4546, align 4
  %4548 = insertelement <8 x float> undef, float %4547, i32 0
  %splat520 = shufflevector <8 x float> %4548, <8 x float> undef, <8 x i32> zeroinitializer
  %4549 = load <8 x float>, <8 x float>* %14, align 32
  %4550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat520, <8 x float> %4516, <8 x float> %4549)
  store <8 x float> %4550, <8 x float>* %14, align 32
  %4551 = load <8 x float>, <8 x float>* %9, align 32
  %4552 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat520, <8 x float> %4520, <8 x float> %4551)
  store <8 x float> %4552, <8 x float>* %9, align 32
  %4553 = add i64 %4268, 261
  %4554 = getelementptr inbounds float, float* %2, i64 %4553
  %4555 = load float, float* %4554, align 4
  %4556 = insertelement <8 x float> undef, float %4555, i32 0
  %splat521 = shufflevector <8 x float> %4556, <8 x float> undef, <8 x i32> zeroinitializer
  %4557 = load <8 x float>, <8 x float>* %13, align 32
  %4558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat521, <8 x float> %4516, <8 x float> %4557)
  store <8 x float> %4558, <8 x float>* %13, align 32
  %4559 = load <8 x float>, <8 x float>* %8, align 32
  %4560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat521, <8 x float> %4520, <8 x float> %4559)
  store <8 x float> %4560, <8 x float>* %8, align 32
  %4561 = add i64 %4272, 48
  %4562 = getelementptr inbounds float, float* %4, i64 %4561
  %4563 = bitcast float* %4562 to <8 x float>*
  %4564 = load <8 x float>, <8 x float>* %4563, align 4
  %4565 = add i64 %4272, 27696
  %4566 = getelementptr inbounds float, float* %4, i64 %4565
  %4567 = bitcast float* %4566 to <8 x float>*
  %4568 = load <8 x float>, <8 x float>* %4567, align 4
  %4569 = add i64 %4268, 230
  %4570 = getelementptr inbounds float, float* %2, i64 %4569
  %4571 = load float, float* %4570, align 4
  %4572 = insertelement <8 x float> undef, float %4571, i32 0
  %splat522 = shufflevector <8 x float> %4572, <8 x float> undef, <8 x i32> zeroinitializer
  %4573 = load <8 x float>, <8 x float>* %17, align 32
  %4574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat522, <8 x float> %4564, <8 x float> %4573)
  store <8 x float> %4574, <8 x float>* %17, align 32
  %4575 = load <8 x float>, <8 x float>* %12, align 32
  %4576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat522, <8 x float> %4568, <8 x float> %4575)
  store <8 x float> %4576, <8 x float>* %12, align 32
  %4577 = add i64 %4268, 238
  %4578 = getelementptr inbounds float, float* %2, i64 %4577
  %4579 = load float, float* %4578, align 4
  %4580 = insertelement <8 x float> undef, float %4579, i32 0
  %splat523 = shufflevector <8 x float> %4580, <8 x float> undef, <8 x i32> zeroinitializer
  %4581 = load <8 x float>, <8 x float>* %16, align 32
  %4582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat523, <8 x float> %4564, <8 x float> %4581)
  store <8 x float> %4582, <8 x float>* %16, align 32
  %4583 = load <8 x float>, <8 x float>* %11, align 32
  %4584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat523, <8 x float> %4568, <8 x float> %4583)
  store <8 x float> %4584, <8 x float>* %11, align 32
  %4585 = add i64 %4268, 246
  %4586 = getelementptr inbounds float, float* %2, i64 %4585
  %4587 = load float, float* %4586, align 4
  %4588 = insertelement <8 x float> undef, float %4587, i32 0
  %splat524 = shufflevector <8 x float> %4588, <8 x float> undef, <8 x i32> zeroinitializer
  %4589 = load <8 x float>, <8 x float>* %15, align 32
  %4590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat524, <8 x float> %4564, <8 x float> %4589)
  store <8 x float> %4590, <8 x float>* %15, align 32
  %4591 = load <8 x float>, <8 x float>* %10, align 32
  %4592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat524, <8 x float> %4568, <8 x float> %4591)
  store <8 x float> %4592, <8 x float>* %10, align 32
  %4593 = add i64 %4268, 254
  %4594 = getelementptr inbounds float, float* %2, i64 %4593
  %4595 = load float, float* %4594, align 4
  %4596 = insertelement <8 x float> undef, float %4595, i32 0
  %splat525 = shufflevector <8 x float> %4596, <8 x float> undef, <8 x i32> zeroinitializer
  %4597 = load <8 x float>, <8 x float>* %14, align 32
  %4598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat525, <8 x float> %4564, <8 x float> %4597)
  store <8 x float> %4598, <8 x float>* %14, align 32
  %4599 = load <8 x float>, <8 x float>* %9, align 32
  %4600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat525, <8 x float> %4568, <8 x float> %4599)
  store <8 x float> %4600, <8 x float>* %9, align 32
  %4601 = add i64 %4268, 262
  %4602 = getelementptr inbounds float, float* %2, i64 %4601
  %4603 = load float, float* %4602, align 4
  %4604 = insertelement <8 x float> undef, float %4603, i32 0
  %splat526 = shufflevector <8 x float> %4604, <8 x float> undef, <8 x i32> zeroinitializer
  %4605 = load <8 x float>, <8 x float>* %13, align 32
  %4606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat526, <8 x float> %4564, <8 x float> %4605)
  store <8 x float> %4606, <8 x float>* %13, align 32
  %4607 = load <8 x float>, <8 x float>* %8, align 32
  %4608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat526, <8 x float> %4568, <8 x float> %4607)
  store <8 x float> %4608, <8 x float>* %8, align 32
  %4609 = add i64 %4272, 56
  %4610 = getelementptr inbounds float, float* %4, i64 %4609
  %4611 = bitcast float* %4610 to <8 x float>*
  %4612 = load <8 x float>, <8 x float>* %4611, align 4
  %4613 = add i64 %4272, 27704
  %4614 = getelementptr inbounds float, float* %4, i64 %4613
  %4615 = bitcast float* %4614 to <8 x float>*
  %4616 = load <8 x float>, <8 x float>* %4615, align 4
  %4617 = add i64 %4268, 231
  %4618 = getelementptr inbounds float, float* %2, i64 %4617
  %4619 = load float, float* %4618, align 4
  %4620 = insertelement <8 x float> undef, float %4619, i32 0
  %splat527 = shufflevector <8 x float> %4620, <8 x float> undef, <8 x i32> zeroinitializer
  %4621 = load <8 x float>, <8 x float>* %17, align 32
  %4622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat527, <8 x float> %4612, <8 x float> %4621)
  store <8 x float> %4622, <8 x float>* %17, align 32
  %4623 = load <8 x float>, <8 x float>* %12, align 32
  %4624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat527, <8 x float> %4616, <8 x float> %4623)
  store <8 x float> %4624, <8 x float>* %12, align 32
  %4625 = add i64 %4268, 239
  %4626 = getelementptr inbounds float, float* %2, i64 %4625
  %4627 = load float, float* %4626, align 4
  %4628 = insertelement <8 x float> undef, float %4627, i32 0
  %splat528 = shufflevector <8 x float> %4628, <8 x float> undef, <8 x i32> zeroinitializer
  %4629 = load <8 x float>, <8 x float>* %16, align 32
  %4630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat528, <8 x float> %4612, <8 x float> %4629)
  store <8 x float> %4630, <8 x float>* %16, align 32
  %4631 = load <8 x float>, <8 x float>* %11, align 32
  %4632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat528, <8 x float> %4616, <8 x float> %4631)
  store <8 x float> %4632, <8 x float>* %11, align 32
  %4633 = add i64 %4268, 247
  %4634 = getelementptr inbounds float, float* %2, i64 %4633
  %4635 = load float, float* %4634, align 4
  %4636 = insertelement <8 x float> undef, float %4635, i32 0
  %splat529 = shufflevector <8 x float> %4636, <8 x float> undef, <8 x i32> zeroinitializer
  %4637 = load <8 x float>, <8 x float>* %15, align 32
  %4638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat529, <8 x float> %4612, <8 x float> %4637)
  store <8 x float> %4638, <8 x float>* %15, align 32
  %4639 = load <8 x float>, <8 x float>* %10, align 32
  %4640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat529, <8 x float> %4616, <8 x float> %4639)
  store <8 x float> %4640, <8 x float>* %10, align 32
  %4641 = add i64 %4268, 255
  %4642 = getelementptr inbounds float, float* %2, i64 %4641
  %4643 = load float, float* %4642, align 4
  %4644 = insertelement <8 x float> undef, float %4643, i32 0
  %splat530 = shufflevector <8 x float> %4644, <8 x float> undef, <8 x i32> zeroinitializer
  %4645 = load <8 x float>, <8 x float>* %14, align 32
  %4646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat530, <8 x float> %4612, <8 x float> %4645)
  store <8 x float> %4646, <8 x float>* %14, align 32
  %4647 = load <8 x float>, <8 x float>* %9, align 32
  %4648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat530, <8 x float> %4616, <8 x float> %4647)
  store <8 x float> %4648, <8 x float>* %9, align 32
  %4649 = add i64 %4268, 263
  %4650 = getelementptr inbounds float, float* %2, i64 %4649
  %4651 = load float, float* %4650, align 4
  %4652 = insertelement <8 x float> undef, float %4651, i32 0
  %splat531 = shufflevector <8 x float> %4652, <8 x float> undef, <8 x i32> zeroinitializer
  %4653 = load <8 x float>, <8 x float>* %13, align 32
  %4654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat531, <8 x float> %4612, <8 x float> %4653)
  store <8 x float> %4654, <8 x float>* %13, align 32
  %4655 = load <8 x float>, <8 x float>* %8, align 32
  %4656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat531, <8 x float> %4616, <8 x float> %4655)
  store <8 x float> %4656, <8 x float>* %8, align 32
  %kw.next532 = add i64 %kw491, 1
  br label %kw.header488

kw.exit490:                                       ; preds = %kw.header488
  %kh.next533 = add i64 %kh487, 1
  br label %kh.header484
}

; Function Attrs: noinline nounwind
define internal void @node12.conv2d_10.step1(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node12.conv2d_10.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %27 = mul i64 %26, 1
  %28 = sdiv i64 %task, 63
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 125
  %32 = mul i64 %24, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %30, 125
  %35 = mul i64 %29, 125
  %36 = add i64 %34, %35
  %37 = mul i64 %36, 200
  %38 = mul i64 %33, 8000
  %39 = mul i64 %27, 200
  %40 = icmp eq i64 %24, 62
  br i1 %40, label %then, label %else

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
  %41 = icmp slt i64 %x, 25
  br i1 %41, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %42 = mul i64 %30, 125
  %43 = add i64 %42, %33
  %44 = add i64 %43, 0
  %45 = mul i64 %44, 1
  %46 = add i64 %45, %27
  %47 = mul i64 %46, 25
  %48 = add i64 %x, 0
  %49 = add i64 %47, %48
  %50 = mul i64 %49, 8
  %51 = add i64 %x, 1
  %52 = add i64 %47, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %x, 2
  %55 = add i64 %47, %54
  %56 = mul i64 %55, 8
  %57 = add i64 %x, 3
  %58 = add i64 %47, %57
  %59 = mul i64 %58, 8
  %60 = add i64 %x, 4
  %61 = add i64 %47, %60
  %62 = mul i64 %61, 8
  %63 = add i64 %33, 0
  %64 = mul i64 %63, 8
  %65 = getelementptr inbounds float, float* %5, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  store <8 x float> %67, <8 x float>* %22, align 32
  store <8 x float> %67, <8 x float>* %21, align 32
  store <8 x float> %67, <8 x float>* %20, align 32
  store <8 x float> %67, <8 x float>* %19, align 32
  store <8 x float> %67, <8 x float>* %18, align 32
  %68 = mul i64 %x, 8
  %69 = add i64 %39, %68
  %70 = add i64 %37, %69
  br label %u.header

x.exit:                                           ; preds = %x.header
  br label %endif

u.header:                                         ; preds = %u.body, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %u.body ]
  %71 = icmp slt i64 %u, 125
  br i1 %71, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %72 = add i64 0, %u
  %73 = mul i64 %72, 200
  %74 = add i64 %70, %73
  %75 = mul i64 %72, 64
  %76 = add i64 %38, %75
  %77 = add i64 %74, 0
  %78 = add i64 %77, 0
  %79 = add i64 %76, 0
  %80 = add i64 %79, 0
  %81 = getelementptr inbounds float, float* %4, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = add i64 %78, 0
  %85 = getelementptr inbounds float, float* %1, i64 %84
  %86 = load float, float* %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %splat = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %88 = load <8 x float>, <8 x float>* %22, align 32
  %89 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %83, <8 x float> %88)
  store <8 x float> %89, <8 x float>* %22, align 32
  %90 = add i64 %78, 8
  %91 = getelementptr inbounds float, float* %1, i64 %90
  %92 = load float, float* %91, align 4
  %93 = insertelement <8 x float> undef, float %92, i32 0
  %splat1 = shufflevector <8 x float> %93, <8 x float> undef, <8 x i32> zeroinitializer
  %94 = load <8 x float>, <8 x float>* %21, align 32
  %95 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %83, <8 x float> %94)
  store <8 x float> %95, <8 x float>* %21, align 32
  %96 = add i64 %78, 16
  %97 = getelementptr inbounds float, float* %1, i64 %96
  %98 = load float, float* %97, align 4
  %99 = insertelement <8 x float> undef, float %98, i32 0
  %splat2 = shufflevector <8 x float> %99, <8 x float> undef, <8 x i32> zeroinitializer
  %100 = load <8 x float>, <8 x float>* %20, align 32
  %101 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %83, <8 x float> %100)
  store <8 x float> %101, <8 x float>* %20, align 32
  %102 = add i64 %78, 24
  %103 = getelementptr inbounds float, float* %1, i64 %102
  %104 = load float, float* %103, align 4
  %105 = insertelement <8 x float> undef, float %104, i32 0
  %splat3 = shufflevector <8 x float> %105, <8 x float> undef, <8 x i32> zeroinitializer
  %106 = load <8 x float>, <8 x float>* %19, align 32
  %107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %83, <8 x float> %106)
  store <8 x float> %107, <8 x float>* %19, align 32
  %108 = add i64 %78, 32
  %109 = getelementptr inbounds float, float* %1, i64 %108
  %110 = load float, float* %109, align 4
  %111 = insertelement <8 x float> undef, float %110, i32 0
  %splat4 = shufflevector <8 x float> %111, <8 x float> undef, <8 x i32> zeroinitializer
  %112 = load <8 x float>, <8 x float>* %18, align 32
  %113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %83, <8 x float> %112)
  store <8 x float> %113, <8 x float>* %18, align 32
  %114 = add i64 %79, 8
  %115 = getelementptr inbounds float, float* %4, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %78, 1
  %119 = getelementptr inbounds float, float* %1, i64 %118
  %120 = load float, float* %119, align 4
  %121 = insertelement <8 x float> undef, float %120, i32 0
  %splat5 = shufflevector <8 x float> %121, <8 x float> undef, <8 x i32> zeroinitializer
  %122 = load <8 x float>, <8 x float>* %22, align 32
  %123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %117, <8 x float> %122)
  store <8 x float> %123, <8 x float>* %22, align 32
  %124 = add i64 %78, 9
  %125 = getelementptr inbounds float, float* %1, i64 %124
  %126 = load float, float* %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %splat6 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %128 = load <8 x float>, <8 x float>* %21, align 32
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %117, <8 x float> %128)
  store <8 x float> %129, <8 x float>* %21, align 32
  %130 = add i64 %78, 17
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = load float, float* %131, align 4
  %133 = insertelement <8 x float> undef, float %132, i32 0
  %splat7 = shufflevector <8 x float> %133, <8 x float> undef, <8 x i32> zeroinitializer
  %134 = load <8 x float>, <8 x float>* %20, align 32
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %117, <8 x float> %134)
  store <8 x float> %135, <8 x float>* %20, align 32
  %136 = add i64 %78, 25
  %137 = getelementptr inbounds float, float* %1, i64 %136
  %138 = load float, float* %137, align 4
  %139 = insertelement <8 x float> undef, float %138, i32 0
  %splat8 = shufflevector <8 x float> %139, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, <8 x float>* %19, align 32
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %117, <8 x float> %140)
  store <8 x float> %141, <8 x float>* %19, align 32
  %142 = add i64 %78, 33
  %143 = getelementptr inbounds float, float* %1, i64 %142
  %144 = load float, float* %143, align 4
  %145 = insertelement <8 x float> undef, float %144, i32 0
  %splat9 = shufflevector <8 x float> %145, <8 x float> undef, <8 x i32> zeroinitializer
  %146 = load <8 x float>, <8 x float>* %18, align 32
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %117, <8 x float> %146)
  store <8 x float> %147, <8 x float>* %18, align 32
  %148 = add i64 %79, 16
  %149 = getelementptr inbounds float, float* %4, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %78, 2
  %153 = getelementptr inbounds float, float* %1, i64 %152
  %154 = load float, float* %153, align 4
  %155 = insertelement <8 x float> undef, float %154, i32 0
  %splat10 = shufflevector <8 x float> %155, <8 x float> undef, <8 x i32> zeroinitializer
  %156 = load <8 x float>, <8 x float>* %22, align 32
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %151, <8 x float> %156)
  store <8 x float> %157, <8 x float>* %22, align 32
  %158 = add i64 %78, 10
  %159 = getelementptr inbounds float, float* %1, i64 %158
  %160 = load float, float* %159, align 4
  %161 = insertelement <8 x float> undef, float %160, i32 0
  %splat11 = shufflevector <8 x float> %161, <8 x float> undef, <8 x i32> zeroinitializer
  %162 = load <8 x float>, <8 x float>* %21, align 32
  %163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %151, <8 x float> %162)
  store <8 x float> %163, <8 x float>* %21, align 32
  %164 = add i64 %78, 18
  %165 = getelementptr inbounds float, float* %1, i64 %164
  %166 = load float, float* %165, align 4
  %167 = insertelement <8 x float> undef, float %166, i32 0
  %splat12 = shufflevector <8 x float> %167, <8 x float> undef, <8 x i32> zeroinitializer
  %168 = load <8 x float>, <8 x float>* %20, align 32
  %169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %151, <8 x float> %168)
  store <8 x float> %169, <8 x float>* %20, align 32
  %170 = add i64 %78, 26
  %171 = getelementptr inbounds float, float* %1, i64 %170
  %172 = load float, float* %171, align 4
  %173 = insertelement <8 x float> undef, float %172, i32 0
  %splat13 = shufflevector <8 x float> %173, <8 x float> undef, <8 x i32> zeroinitializer
  %174 = load <8 x float>, <8 x float>* %19, align 32
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %151, <8 x float> %174)
  store <8 x float> %175, <8 x float>* %19, align 32
  %176 = add i64 %78, 34
  %177 = getelementptr inbounds float, float* %1, i64 %176
  %178 = load float, float* %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i32 0
  %splat14 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %180 = load <8 x float>, <8 x float>* %18, align 32
  %181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %151, <8 x float> %180)
  store <8 x float> %181, <8 x float>* %18, align 32
  %182 = add i64 %79, 24
  %183 = getelementptr inbounds float, float* %4, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = add i64 %78, 3
  %187 = getelementptr inbounds float, float* %1, i64 %186
  %188 = load float, float* %187, align 4
  %189 = insertelement <8 x float> undef, float %188, i32 0
  %splat15 = shufflevector <8 x float> %189, <8 x float> undef, <8 x i32> zeroinitializer
  %190 = load <8 x float>, <8 x float>* %22, align 32
  %191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %185, <8 x float> %190)
  store <8 x float> %191, <8 x float>* %22, align 32
  %192 = add i64 %78, 11
  %193 = getelementptr inbounds float, float* %1, i64 %192
  %194 = load float, float* %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i32 0
  %splat16 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %196 = load <8 x float>, <8 x float>* %21, align 32
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %185, <8 x float> %196)
  store <8 x float> %197, <8 x float>* %21, align 32
  %198 = add i64 %78, 19
  %199 = getelementptr inbounds float, float* %1, i64 %198
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i32 0
  %splat17 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %202 = load <8 x float>, <8 x float>* %20, align 32
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %185, <8 x float> %202)
  store <8 x float> %203, <8 x float>* %20, align 32
  %204 = add i64 %78, 27
  %205 = getelementptr inbounds float, float* %1, i64 %204
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i32 0
  %splat18 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %19, align 32
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %185, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %19, align 32
  %210 = add i64 %78, 35
  %211 = getelementptr inbounds float, float* %1, i64 %210
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i32 0
  %splat19 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %18, align 32
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %185, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %18, align 32
  %216 = add i64 %79, 32
  %217 = getelementptr inbounds float, float* %4, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = add i64 %78, 4
  %221 = getelementptr inbounds float, float* %1, i64 %220
  %222 = load float, float* %221, align 4
  %223 = insertelement <8 x float> undef, float %222, i32 0
  %splat20 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %224 = load <8 x float>, <8 x float>* %22, align 32
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %219, <8 x float> %224)
  store <8 x float> %225, <8 x float>* %22, align 32
  %226 = add i64 %78, 12
  %227 = getelementptr inbounds float, float* %1, i64 %226
  %228 = load float, float* %227, align 4
  %229 = insertelement <8 x float> undef, float %228, i32 0
  %splat21 = shufflevector <8 x float> %229, <8 x float> undef, <8 x i32> zeroinitializer
  %230 = load <8 x float>, <8 x float>* %21, align 32
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %219, <8 x float> %230)
  store <8 x float> %231, <8 x float>* %21, align 32
  %232 = add i64 %78, 20
  %233 = getelementptr inbounds float, float* %1, i64 %232
  %234 = load float, float* %233, align 4
  %235 = insertelement <8 x float> undef, float %234, i32 0
  %splat22 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %236 = load <8 x float>, <8 x float>* %20, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %219, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %20, align 32
  %238 = add i64 %78, 28
  %239 = getelementptr inbounds float, float* %1, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat23 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %19, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %219, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %19, align 32
  %244 = add i64 %78, 36
  %245 = getelementptr inbounds float, float* %1, i64 %244
  %246 = load float, float* %245, align 4
  %247 = insertelement <8 x float> undef, float %246, i32 0
  %splat24 = shufflevector <8 x float> %247, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, <8 x float>* %18, align 32
  %249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %219, <8 x float> %248)
  store <8 x float> %249, <8 x float>* %18, align 32
  %250 = add i64 %79, 40
  %251 = getelementptr inbounds float, float* %4, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  %253 = load <8 x float>, <8 x float>* %252, align 4
  %254 = add i64 %78, 5
  %255 = getelementptr inbounds float, float* %1, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat25 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %22, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %253, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %22, align 32
  %260 = add i64 %78, 13
  %261 = getelementptr inbounds float, float* %1, i64 %260
  %262 = load float, float* %261, align 4
  %263 = insertelement <8 x float> undef, float %262, i32 0
  %splat26 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %264 = load <8 x float>, <8 x float>* %21, align 32
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %253, <8 x float> %264)
  store <8 x float> %265, <8 x float>* %21, align 32
  %266 = add i64 %78, 21
  %267 = getelementptr inbounds float, float* %1, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat27 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %20, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %253, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %20, align 32
  %272 = add i64 %78, 29
  %273 = getelementptr inbounds float, float* %1, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat28 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %19, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %253, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %19, align 32
  %278 = add i64 %78, 37
  %279 = getelementptr inbounds float, float* %1, i64 %278
  %280 = load float, float* %279, align 4
  %281 = insertelement <8 x float> undef, float %280, i32 0
  %splat29 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, <8 x float>* %18, align 32
  %283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %253, <8 x float> %282)
  store <8 x float> %283, <8 x float>* %18, align 32
  %284 = add i64 %79, 48
  %285 = getelementptr inbounds float, float* %4, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  %287 = load <8 x float>, <8 x float>* %286, align 4
  %288 = add i64 %78, 6
  %289 = getelementptr inbounds float, float* %1, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat30 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %22, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %287, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %22, align 32
  %294 = add i64 %78, 14
  %295 = getelementptr inbounds float, float* %1, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat31 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %21, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %287, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %21, align 32
  %300 = add i64 %78, 22
  %301 = getelementptr inbounds float, float* %1, i64 %300
  %302 = load float, float* %301, align 4
  %303 = insertelement <8 x float> undef, float %302, i32 0
  %splat32 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %304 = load <8 x float>, <8 x float>* %20, align 32
  %305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %287, <8 x float> %304)
  store <8 x float> %305, <8 x float>* %20, align 32
  %306 = add i64 %78, 30
  %307 = getelementptr inbounds float, float* %1, i64 %306
  %308 = load float, float* %307, align 4
  %309 = insertelement <8 x float> undef, float %308, i32 0
  %splat33 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %310 = load <8 x float>, <8 x float>* %19, align 32
  %311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %287, <8 x float> %310)
  store <8 x float> %311, <8 x float>* %19, align 32
  %312 = add i64 %78, 38
  %313 = getelementptr inbounds float, float* %1, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat34 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %18, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %287, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %18, align 32
  %318 = add i64 %79, 56
  %319 = getelementptr inbounds float, float* %4, i64 %318
  %320 = bitcast float* %319 to <8 x float>*
  %321 = load <8 x float>, <8 x float>* %320, align 4
  %322 = add i64 %78, 7
  %323 = getelementptr inbounds float, float* %1, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat35 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %22, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %321, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %22, align 32
  %328 = add i64 %78, 15
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat36 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %21, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %321, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %21, align 32
  %334 = add i64 %78, 23
  %335 = getelementptr inbounds float, float* %1, i64 %334
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %splat37 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %338 = load <8 x float>, <8 x float>* %20, align 32
  %339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %321, <8 x float> %338)
  store <8 x float> %339, <8 x float>* %20, align 32
  %340 = add i64 %78, 31
  %341 = getelementptr inbounds float, float* %1, i64 %340
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i32 0
  %splat38 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %344 = load <8 x float>, <8 x float>* %19, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %321, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %19, align 32
  %346 = add i64 %78, 39
  %347 = getelementptr inbounds float, float* %1, i64 %346
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i32 0
  %splat39 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %350 = load <8 x float>, <8 x float>* %18, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %321, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %18, align 32
  %u.next = add i64 %u, 1
  br label %u.header

u.exit:                                           ; preds = %u.header
  %352 = load <8 x float>, <8 x float>* %22, align 32
  %353 = fcmp olt <8 x float> %352, zeroinitializer
  %354 = select <8 x i1> %353, <8 x float> zeroinitializer, <8 x float> %352
  %355 = getelementptr inbounds float, float* %0, i64 %50
  %356 = bitcast float* %355 to <8 x float>*
  store <8 x float> %354, <8 x float>* %356, align 4
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = fcmp olt <8 x float> %357, zeroinitializer
  %359 = select <8 x i1> %358, <8 x float> zeroinitializer, <8 x float> %357
  %360 = getelementptr inbounds float, float* %0, i64 %53
  %361 = bitcast float* %360 to <8 x float>*
  store <8 x float> %359, <8 x float>* %361, align 4
  %362 = load <8 x float>, <8 x float>* %20, align 32
  %363 = fcmp olt <8 x float> %362, zeroinitializer
  %364 = select <8 x i1> %363, <8 x float> zeroinitializer, <8 x float> %362
  %365 = getelementptr inbounds float, float* %0, i64 %56
  %366 = bitcast float* %365 to <8 x float>*
  store <8 x float> %364, <8 x float>* %366, align 4
  %367 = load <8 x float>, <8 x float>* %19, align 32
  %368 = fcmp olt <8 x float> %367, zeroinitializer
  %369 = select <8 x i1> %368, <8 x float> zeroinitializer, <8 x float> %367
  %370 = getelementptr inbounds float, float* %0, i64 %59
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %369, <8 x float>* %371, align 4
  %372 = load <8 x float>, <8 x float>* %18, align 32
  %373 = fcmp olt <8 x float> %372, zeroinitializer
  %374 = select <8 x i1> %373, <8 x float> zeroinitializer, <8 x float> %372
  %375 = getelementptr inbounds float, float* %0, i64 %62
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %374, <8 x float>* %376, align 4
  %x.next = add i64 %x, 5
  br label %x.header

x.header40:                                       ; preds = %u.exit46, %else
  %x43 = phi i64 [ 0, %else ], [ %x.next89, %u.exit46 ]
  %377 = icmp slt i64 %x43, 25
  br i1 %377, label %x.body41, label %x.exit42

x.body41:                                         ; preds = %x.header40
  %378 = mul i64 %30, 125
  %379 = add i64 %378, %33
  %380 = add i64 %379, 0
  %381 = mul i64 %380, 1
  %382 = add i64 %381, %27
  %383 = mul i64 %382, 25
  %384 = add i64 %x43, 0
  %385 = add i64 %383, %384
  %386 = mul i64 %385, 8
  %387 = add i64 %x43, 1
  %388 = add i64 %383, %387
  %389 = mul i64 %388, 8
  %390 = add i64 %x43, 2
  %391 = add i64 %383, %390
  %392 = mul i64 %391, 8
  %393 = add i64 %x43, 3
  %394 = add i64 %383, %393
  %395 = mul i64 %394, 8
  %396 = add i64 %x43, 4
  %397 = add i64 %383, %396
  %398 = mul i64 %397, 8
  %399 = mul i64 %30, 125
  %400 = add i64 %399, %33
  %401 = add i64 %400, 1
  %402 = mul i64 %401, 1
  %403 = add i64 %402, %27
  %404 = mul i64 %403, 25
  %405 = add i64 %x43, 0
  %406 = add i64 %404, %405
  %407 = mul i64 %406, 8
  %408 = add i64 %x43, 1
  %409 = add i64 %404, %408
  %410 = mul i64 %409, 8
  %411 = add i64 %x43, 2
  %412 = add i64 %404, %411
  %413 = mul i64 %412, 8
  %414 = add i64 %x43, 3
  %415 = add i64 %404, %414
  %416 = mul i64 %415, 8
  %417 = add i64 %x43, 4
  %418 = add i64 %404, %417
  %419 = mul i64 %418, 8
  %420 = add i64 %33, 0
  %421 = mul i64 %420, 8
  %422 = getelementptr inbounds float, float* %5, i64 %421
  %423 = bitcast float* %422 to <8 x float>*
  %424 = load <8 x float>, <8 x float>* %423, align 4
  %425 = add i64 %33, 1
  %426 = mul i64 %425, 8
  %427 = getelementptr inbounds float, float* %5, i64 %426
  %428 = bitcast float* %427 to <8 x float>*
  %429 = load <8 x float>, <8 x float>* %428, align 4
  store <8 x float> %424, <8 x float>* %17, align 32
  store <8 x float> %424, <8 x float>* %16, align 32
  store <8 x float> %424, <8 x float>* %15, align 32
  store <8 x float> %424, <8 x float>* %14, align 32
  store <8 x float> %424, <8 x float>* %13, align 32
  store <8 x float> %429, <8 x float>* %12, align 32
  store <8 x float> %429, <8 x float>* %11, align 32
  store <8 x float> %429, <8 x float>* %10, align 32
  store <8 x float> %429, <8 x float>* %9, align 32
  store <8 x float> %429, <8 x float>* %8, align 32
  %430 = mul i64 %x43, 8
  %431 = add i64 %39, %430
  %432 = add i64 %37, %431
  br label %u.header44

x.exit42:                                         ; preds = %x.header40
  br label %endif

u.header44:                                       ; preds = %u.body45, %x.body41
  %u47 = phi i64 [ 0, %x.body41 ], [ %u.next88, %u.body45 ]
  %433 = icmp slt i64 %u47, 125
  br i1 %433, label %u.body45, label %u.exit46

u.body45:                                         ; preds = %u.header44
  %434 = add i64 0, %u47
  %435 = mul i64 %434, 200
  %436 = add i64 %432, %435
  %437 = mul i64 %434, 64
  %438 = add i64 %38, %437
  %439 = add i64 %436, 0
  %440 = add i64 %439, 0
  %441 = add i64 %438, 0
  %442 = add i64 %441, 0
  %443 = getelementptr inbounds float, float* %4, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  %445 = load <8 x float>, <8 x float>* %444, align 4
  %446 = add i64 %441, 8000
  %447 = getelementptr inbounds float, float* %4, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  %449 = load <8 x float>, <8 x float>* %448, align 4
  %450 = add i64 %440, 0
  %451 = getelementptr inbounds float, float* %1, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat48 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %17, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %445, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %17, align 32
  %456 = load <8 x float>, <8 x float>* %12, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat48, <8 x float> %449, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %12, align 32
  %458 = add i64 %440, 8
  %459 = getelementptr inbounds float, float* %1, i64 %458
  %460 = load float, float* %459, align 4
  %461 = insertelement <8 x float> undef, float %460, i32 0
  %splat49 = shufflevector <8 x float> %461, <8 x float> undef, <8 x i32> zeroinitializer
  %462 = load <8 x float>, <8 x float>* %16, align 32
  %463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %445, <8 x float> %462)
  store <8 x float> %463, <8 x float>* %16, align 32
  %464 = load <8 x float>, <8 x float>* %11, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat49, <8 x float> %449, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %11, align 32
  %466 = add i64 %440, 16
  %467 = getelementptr inbounds float, float* %1, i64 %466
  %468 = load float, float* %467, align 4
  %469 = insertelement <8 x float> undef, float %468, i32 0
  %splat50 = shufflevector <8 x float> %469, <8 x float> undef, <8 x i32> zeroinitializer
  %470 = load <8 x float>, <8 x float>* %15, align 32
  %471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %445, <8 x float> %470)
  store <8 x float> %471, <8 x float>* %15, align 32
  %472 = load <8 x float>, <8 x float>* %10, align 32
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat50, <8 x float> %449, <8 x float> %472)
  store <8 x float> %473, <8 x float>* %10, align 32
  %474 = add i64 %440, 24
  %475 = getelementptr inbounds float, float* %1, i64 %474
  %476 = load float, float* %475, align 4
  %477 = insertelement <8 x float> undef, float %476, i32 0
  %splat51 = shufflevector <8 x float> %477, <8 x float> undef, <8 x i32> zeroinitializer
  %478 = load <8 x float>, <8 x float>* %14, align 32
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %445, <8 x float> %478)
  store <8 x float> %479, <8 x float>* %14, align 32
  %480 = load <8 x float>, <8 x float>* %9, align 32
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat51, <8 x float> %449, <8 x float> %480)
  store <8 x float> %481, <8 x float>* %9, align 32
  %482 = add i64 %440, 32
  %483 = getelementptr inbounds float, float* %1, i64 %482
  %484 = load float, float* %483, align 4
  %485 = insertelement <8 x float> undef, float %484, i32 0
  %splat52 = shufflevector <8 x float> %485, <8 x float> undef, <8 x i32> zeroinitializer
  %486 = load <8 x float>, <8 x float>* %13, align 32
  %487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %445, <8 x float> %486)
  store <8 x float> %487, <8 x float>* %13, align 32
  %488 = load <8 x float>, <8 x float>* %8, align 32
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat52, <8 x float> %449, <8 x float> %488)
  store <8 x float> %489, <8 x float>* %8, align 32
  %490 = add i64 %441, 8
  %491 = getelementptr inbounds float, float* %4, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  %493 = load <8 x float>, <8 x float>* %492, align 4
  %494 = add i64 %441, 8008
  %495 = getelementptr inbounds float, float* %4, i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  %497 = load <8 x float>, <8 x float>* %496, align 4
  %498 = add i64 %440, 1
  %499 = getelementptr inbounds float, float* %1, i64 %498
  %500 = load float, float* %499, align 4
  %501 = insertelement <8 x float> undef, float %500, i32 0
  %splat53 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %502 = load <8 x float>, <8 x float>* %17, align 32
  %503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %493, <8 x float> %502)
  store <8 x float> %503, <8 x float>* %17, align 32
  %504 = load <8 x float>, <8 x float>* %12, align 32
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat53, <8 x float> %497, <8 x float> %504)
  store <8 x float> %505, <8 x float>* %12, align 32
  %506 = add i64 %440, 9
  %507 = getelementptr inbounds float, float* %1, i64 %506
  %508 = load float, float* %507, align 4
  %509 = insertelement <8 x float> undef, float %508, i32 0
  %splat54 = shufflevector <8 x float> %509, <8 x float> undef, <8 x i32> zeroinitializer
  %510 = load <8 x float>, <8 x float>* %16, align 32
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %493, <8 x float> %510)
  store <8 x float> %511, <8 x float>* %16, align 32
  %512 = load <8 x float>, <8 x float>* %11, align 32
  %513 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat54, <8 x float> %497, <8 x float> %512)
  store <8 x float> %513, <8 x float>* %11, align 32
  %514 = add i64 %440, 17
  %515 = getelementptr inbounds float, float* %1, i64 %514
  %516 = load float, float* %515, align 4
  %517 = insertelement <8 x float> undef, float %516, i32 0
  %splat55 = shufflevector <8 x float> %517, <8 x float> undef, <8 x i32> zeroinitializer
  %518 = load <8 x float>, <8 x float>* %15, align 32
  %519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %493, <8 x float> %518)
  store <8 x float> %519, <8 x float>* %15, align 32
  %520 = load <8 x float>, <8 x float>* %10, align 32
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat55, <8 x float> %497, <8 x float> %520)
  store <8 x float> %521, <8 x float>* %10, align 32
  %522 = add i64 %440, 25
  %523 = getelementptr inbounds float, float* %1, i64 %522
  %524 = load float, float* %523, align 4
  %525 = insertelement <8 x float> undef, float %524, i32 0
  %splat56 = shufflevector <8 x float> %525, <8 x float> undef, <8 x i32> zeroinitializer
  %526 = load <8 x float>, <8 x float>* %14, align 32
  %527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %493, <8 x float> %526)
  store <8 x float> %527, <8 x float>* %14, align 32
  %528 = load <8 x float>, <8 x float>* %9, align 32
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat56, <8 x float> %497, <8 x float> %528)
  store <8 x float> %529, <8 x float>* %9, align 32
  %530 = add i64 %440, 33
  %531 = getelementptr inbounds float, float* %1, i64 %530
  %532 = load float, float* %531, align 4
  %533 = insertelement <8 x float> undef, float %532, i32 0
  %splat57 = shufflevector <8 x float> %533, <8 x float> undef, <8 x i32> zeroinitializer
  %534 = load <8 x float>, <8 x float>* %13, align 32
  %535 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %493, <8 x float> %534)
  store <8 x float> %535, <8 x float>* %13, align 32
  %536 = load <8 x float>, <8 x float>* %8, align 32
  %537 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat57, <8 x float> %497, <8 x float> %536)
  store <8 x float> %537, <8 x float>* %8, align 32
  %538 = add i64 %441, 16
  %539 = getelementptr inbounds float, float* %4, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  %541 = load <8 x float>, <8 x float>* %540, align 4
  %542 = add i64 %441, 8016
  %543 = getelementptr inbounds float, float* %4, i64 %542
  %544 = bitcast float* %543 to <8 x float>*
  %545 = load <8 x float>, <8 x float>* %544, align 4
  %546 = add i64 %440, 2
  %547 = getelementptr inbounds float, float* %1, i64 %546
  %548 = load float, float* %547, align 4
  %549 = insertelement <8 x float> undef, float %548, i32 0
  %splat58 = shufflevector <8 x float> %549, <8 x float> undef, <8 x i32> zeroinitializer
  %550 = load <8 x float>, <8 x float>* %17, align 32
  %551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %541, <8 x float> %550)
  store <8 x float> %551, <8 x float>* %17, align 32
  %552 = load <8 x float>, <8 x float>* %12, align 32
  %553 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat58, <8 x float> %545, <8 x float> %552)
  store <8 x float> %553, <8 x float>* %12, align 32
  %554 = add i64 %440, 10
  %555 = getelementptr inbounds float, float* %1, i64 %554
  %556 = load float, float* %555, align 4
  %557 = insertelement <8 x float> undef, float %556, i32 0
  %splat59 = shufflevector <8 x float> %557, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = load <8 x float>, <8 x float>* %16, align 32
  %559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %541, <8 x float> %558)
  store <8 x float> %559, <8 x float>* %16, align 32
  %560 = load <8 x float>, <8 x float>* %11, align 32
  %561 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat59, <8 x float> %545, <8 x float> %560)
  store <8 x float> %561, <8 x float>* %11, align 32
  %562 = add i64 %440, 18
  %563 = getelementptr inbounds float, float* %1, i64 %562
  %564 = load float, float* %563, align 4
  %565 = insertelement <8 x float> undef, float %564, i32 0
  %splat60 = shufflevector <8 x float> %565, <8 x float> undef, <8 x i32> zeroinitializer
  %566 = load <8 x float>, <8 x float>* %15, align 32
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %541, <8 x float> %566)
  store <8 x float> %567, <8 x float>* %15, align 32
  %568 = load <8 x float>, <8 x float>* %10, align 32
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %545, <8 x float> %568)
  store <8 x float> %569, <8 x float>* %10, align 32
  %570 = add i64 %440, 26
  %571 = getelementptr inbounds float, float* %1, i64 %570
  %572 = load float, float* %571, align 4
  %573 = insertelement <8 x float> undef, float %572, i32 0
  %splat61 = shufflevector <8 x float> %573, <8 x float> undef, <8 x i32> zeroinitializer
  %574 = load <8 x float>, <8 x float>* %14, align 32
  %575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %541, <8 x float> %574)
  store <8 x float> %575, <8 x float>* %14, align 32
  %576 = load <8 x float>, <8 x float>* %9, align 32
  %577 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %545, <8 x float> %576)
  store <8 x float> %577, <8 x float>* %9, align 32
  %578 = add i64 %440, 34
  %579 = getelementptr inbounds float, float* %1, i64 %578
  %580 = load float, float* %579, align 4
  %581 = insertelement <8 x float> undef, float %580, i32 0
  %splat62 = shufflevector <8 x float> %581, <8 x float> undef, <8 x i32> zeroinitializer
  %582 = load <8 x float>, <8 x float>* %13, align 32
  %583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %541, <8 x float> %582)
  store <8 x float> %583, <8 x float>* %13, align 32
  %584 = load <8 x float>, <8 x float>* %8, align 32
  %585 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %545, <8 x float> %584)
  store <8 x float> %585, <8 x float>* %8, align 32
  %586 = add i64 %441, 24
  %587 = getelementptr inbounds float, float* %4, i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = add i64 %441, 8024
  %591 = getelementptr inbounds float, float* %4, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %440, 3
  %595 = getelementptr inbounds float, float* %1, i64 %594
  %596 = load float, float* %595, align 4
  %597 = insertelement <8 x float> undef, float %596, i32 0
  %splat63 = shufflevector <8 x float> %597, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, <8 x float>* %17, align 32
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %589, <8 x float> %598)
  store <8 x float> %599, <8 x float>* %17, align 32
  %600 = load <8 x float>, <8 x float>* %12, align 32
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %593, <8 x float> %600)
  store <8 x float> %601, <8 x float>* %12, align 32
  %602 = add i64 %440, 11
  %603 = getelementptr inbounds float, float* %1, i64 %602
  %604 = load float, float* %603, align 4
  %605 = insertelement <8 x float> undef, float %604, i32 0
  %splat64 = shufflevector <8 x float> %605, <8 x float> undef, <8 x i32> zeroinitializer
  %606 = load <8 x float>, <8 x float>* %16, align 32
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %589, <8 x float> %606)
  store <8 x float> %607, <8 x float>* %16, align 32
  %608 = load <8 x float>, <8 x float>* %11, align 32
  %609 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %593, <8 x float> %608)
  store <8 x float> %609, <8 x float>* %11, align 32
  %610 = add i64 %440, 19
  %611 = getelementptr inbounds float, float* %1, i64 %610
  %612 = load float, float* %611, align 4
  %613 = insertelement <8 x float> undef, float %612, i32 0
  %splat65 = shufflevector <8 x float> %613, <8 x float> undef, <8 x i32> zeroinitializer
  %614 = load <8 x float>, <8 x float>* %15, align 32
  %615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %589, <8 x float> %614)
  store <8 x float> %615, <8 x float>* %15, align 32
  %616 = load <8 x float>, <8 x float>* %10, align 32
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %593, <8 x float> %616)
  store <8 x float> %617, <8 x float>* %10, align 32
  %618 = add i64 %440, 27
  %619 = getelementptr inbounds float, float* %1, i64 %618
  %620 = load float, float* %619, align 4
  %621 = insertelement <8 x float> undef, float %620, i32 0
  %splat66 = shufflevector <8 x float> %621, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, <8 x float>* %14, align 32
  %623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %589, <8 x float> %622)
  store <8 x float> %623, <8 x float>* %14, align 32
  %624 = load <8 x float>, <8 x float>* %9, align 32
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %593, <8 x float> %624)
  store <8 x float> %625, <8 x float>* %9, align 32
  %626 = add i64 %440, 35
  %627 = getelementptr inbounds float, float* %1, i64 %626
  %628 = load float, float* %627, align 4
  %629 = insertelement <8 x float> undef, float %628, i32 0
  %splat67 = shufflevector <8 x float> %629, <8 x float> undef, <8 x i32> zeroinitializer
  %630 = load <8 x float>, <8 x float>* %13, align 32
  %631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %589, <8 x float> %630)
  store <8 x float> %631, <8 x float>* %13, align 32
  %632 = load <8 x float>, <8 x float>* %8, align 32
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %593, <8 x float> %632)
  store <8 x float> %633, <8 x float>* %8, align 32
  %634 = add i64 %441, 32
  %635 = getelementptr inbounds float, float* %4, i64 %634
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = add i64 %441, 8032
  %639 = getelementptr inbounds float, float* %4, i64 %638
  %640 = bitcast float* %639 to <8 x float>*
  %641 = load <8 x float>, <8 x float>* %640, align 4
  %642 = add i64 %440, 4
  %643 = getelementptr inbounds float, float* %1, i64 %642
  %644 = load float, float* %643, align 4
  %645 = insertelement <8 x float> undef, float %644, i32 0
  %splat68 = shufflevector <8 x float> %645, <8 x float> undef, <8 x i32> zeroinitializer
  %646 = load <8 x float>, <8 x float>* %17, align 32
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %637, <8 x float> %646)
  store <8 x float> %647, <8 x float>* %17, align 32
  %648 = load <8 x float>, <8 x float>* %12, align 32
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %641, <8 x float> %648)
  store <8 x float> %649, <8 x float>* %12, align 32
  %650 = add i64 %440, 12
  %651 = getelementptr inbounds float, float* %1, i64 %650
  %652 = load float, float* %651, align 4
  %653 = insertelement <8 x float> undef, float %652, i32 0
  %splat69 = shufflevector <8 x float> %653, <8 x float> undef, <8 x i32> zeroinitializer
  %654 = load <8 x float>, <8 x float>* %16, align 32
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %637, <8 x float> %654)
  store <8 x float> %655, <8 x float>* %16, align 32
  %656 = load <8 x float>, <8 x float>* %11, align 32
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %641, <8 x float> %656)
  store <8 x float> %657, <8 x float>* %11, align 32
  %658 = add i64 %440, 20
  %659 = getelementptr inbounds float, float* %1, i64 %658
  %660 = load float, float* %659, align 4
  %661 = insertelement <8 x float> undef, float %660, i32 0
  %splat70 = shufflevector <8 x float> %661, <8 x float> undef, <8 x i32> zeroinitializer
  %662 = load <8 x float>, <8 x float>* %15, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %637, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %15, align 32
  %664 = load <8 x float>, <8 x float>* %10, align 32
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %641, <8 x float> %664)
  store <8 x float> %665, <8 x float>* %10, align 32
  %666 = add i64 %440, 28
  %667 = getelementptr inbounds float, float* %1, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat71 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %14, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %637, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %14, align 32
  %672 = load <8 x float>, <8 x float>* %9, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %641, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %9, align 32
  %674 = add i64 %440, 36
  %675 = getelementptr inbounds float, float* %1, i64 %674
  %676 = load float, float* %675, align 4
  %677 = insertelement <8 x float> undef, float %676, i32 0
  %splat72 = shufflevector <8 x float> %677, <8 x float> undef, <8 x i32> zeroinitializer
  %678 = load <8 x float>, <8 x float>* %13, align 32
  %679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %637, <8 x float> %678)
  store <8 x float> %679, <8 x float>* %13, align 32
  %680 = load <8 x float>, <8 x float>* %8, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %641, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %8, align 32
  %682 = add i64 %441, 40
  %683 = getelementptr inbounds float, float* %4, i64 %682
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = add i64 %441, 8040
  %687 = getelementptr inbounds float, float* %4, i64 %686
  %688 = bitcast float* %687 to <8 x float>*
  %689 = load <8 x float>, <8 x float>* %688, align 4
  %690 = add i64 %440, 5
  %691 = getelementptr inbounds float, float* %1, i64 %690
  %692 = load float, float* %691, align 4
  %693 = insertelement <8 x float> undef, float %692, i32 0
  %splat73 = shufflevector <8 x float> %693, <8 x float> undef, <8 x i32> zeroinitializer
  %694 = load <8 x float>, <8 x float>* %17, align 32
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %685, <8 x float> %694)
  store <8 x float> %695, <8 x float>* %17, align 32
  %696 = load <8 x float>, <8 x float>* %12, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %689, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %12, align 32
  %698 = add i64 %440, 13
  %699 = getelementptr inbounds float, float* %1, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat74 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %16, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %685, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %16, align 32
  %704 = load <8 x float>, <8 x float>* %11, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %689, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %11, align 32
  %706 = add i64 %440, 21
  %707 = getelementptr inbounds float, float* %1, i64 %706
  %708 = load float, float* %707, align 4
  %709 = insertelement <8 x float> undef, float %708, i32 0
  %splat75 = shufflevector <8 x float> %709, <8 x float> undef, <8 x i32> zeroinitializer
  %710 = load <8 x float>, <8 x float>* %15, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %685, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %15, align 32
  %712 = load <8 x float>, <8 x float>* %10, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %689, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %10, align 32
  %714 = add i64 %440, 29
  %715 = getelementptr inbounds float, float* %1, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat76 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %14, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %685, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %14, align 32
  %720 = load <8 x float>, <8 x float>* %9, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %689, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %9, align 32
  %722 = add i64 %440, 37
  %723 = getelementptr inbounds float, float* %1, i64 %722
  %724 = load float, float* %723, align 4
  %725 = insertelement <8 x float> undef, float %724, i32 0
  %splat77 = shufflevector <8 x float> %725, <8 x float> undef, <8 x i32> zeroinitializer
  %726 = load <8 x float>, <8 x float>* %13, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %685, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %13, align 32
  %728 = load <8 x float>, <8 x float>* %8, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %689, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %8, align 32
  %730 = add i64 %441, 48
  %731 = getelementptr inbounds float, float* %4, i64 %730
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = add i64 %441, 8048
  %735 = getelementptr inbounds float, float* %4, i64 %734
  %736 = bitcast float* %735 to <8 x float>*
  %737 = load <8 x float>, <8 x float>* %736, align 4
  %738 = add i64 %440, 6
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat78 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %17, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %733, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %17, align 32
  %744 = load <8 x float>, <8 x float>* %12, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %737, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %12, align 32
  %746 = add i64 %440, 14
  %747 = getelementptr inbounds float, float* %1, i64 %746
  %748 = load float, float* %747, align 4
  %749 = insertelement <8 x float> undef, float %748, i32 0
  %splat79 = shufflevector <8 x float> %749, <8 x float> undef, <8 x i32> zeroinitializer
  %750 = load <8 x float>, <8 x float>* %16, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %733, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %16, align 32
  %752 = load <8 x float>, <8 x float>* %11, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %737, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %11, align 32
  %754 = add i64 %440, 22
  %755 = getelementptr inbounds float, float* %1, i64 %754
  %756 = load float, float* %755, align 4
  %757 = insertelement <8 x float> undef, float %756, i32 0
  %splat80 = shufflevector <8 x float> %757, <8 x float> undef, <8 x i32> zeroinitializer
  %758 = load <8 x float>, <8 x float>* %15, align 32
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %733, <8 x float> %758)
  store <8 x float> %759, <8 x float>* %15, align 32
  %760 = load <8 x float>, <8 x float>* %10, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %737, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %10, align 32
  %762 = add i64 %440, 30
  %763 = getelementptr inbounds float, float* %1, i64 %762
  %764 = load float, float* %763, align 4
  %765 = insertelement <8 x float> undef, float %764, i32 0
  %splat81 = shufflevector <8 x float> %765, <8 x float> undef, <8 x i32> zeroinitializer
  %766 = load <8 x float>, <8 x float>* %14, align 32
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %733, <8 x float> %766)
  store <8 x float> %767, <8 x float>* %14, align 32
  %768 = load <8 x float>, <8 x float>* %9, align 32
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %737, <8 x float> %768)
  store <8 x float> %769, <8 x float>* %9, align 32
  %770 = add i64 %440, 38
  %771 = getelementptr inbounds float, float* %1, i64 %770
  %772 = load float, float* %771, align 4
  %773 = insertelement <8 x float> undef, float %772, i32 0
  %splat82 = shufflevector <8 x float> %773, <8 x float> undef, <8 x i32> zeroinitializer
  %774 = load <8 x float>, <8 x float>* %13, align 32
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %733, <8 x float> %774)
  store <8 x float> %775, <8 x float>* %13, align 32
  %776 = load <8 x float>, <8 x float>* %8, align 32
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %737, <8 x float> %776)
  store <8 x float> %777, <8 x float>* %8, align 32
  %778 = add i64 %441, 56
  %779 = getelementptr inbounds float, float* %4, i64 %778
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = add i64 %441, 8056
  %783 = getelementptr inbounds float, float* %4, i64 %782
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = add i64 %440, 7
  %787 = getelementptr inbounds float, float* %1, i64 %786
  %788 = load float, float* %787, align 4
  %789 = insertelement <8 x float> undef, float %788, i32 0
  %splat83 = shufflevector <8 x float> %789, <8 x float> undef, <8 x i32> zeroinitializer
  %790 = load <8 x float>, <8 x float>* %17, align 32
  %791 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %781, <8 x float> %790)
  store <8 x float> %791, <8 x float>* %17, align 32
  %792 = load <8 x float>, <8 x float>* %12, align 32
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %785, <8 x float> %792)
  store <8 x float> %793, <8 x float>* %12, align 32
  %794 = add i64 %440, 15
  %795 = getelementptr inbounds float, float* %1, i64 %794
  %796 = load float, float* %795, align 4
  %797 = insertelement <8 x float> undef, float %796, i32 0
  %splat84 = shufflevector <8 x float> %797, <8 x float> undef, <8 x i32> zeroinitializer
  %798 = load <8 x float>, <8 x float>* %16, align 32
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %781, <8 x float> %798)
  store <8 x float> %799, <8 x float>* %16, align 32
  %800 = load <8 x float>, <8 x float>* %11, align 32
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %785, <8 x float> %800)
  store <8 x float> %801, <8 x float>* %11, align 32
  %802 = add i64 %440, 23
  %803 = getelementptr inbounds float, float* %1, i64 %802
  %804 = load float, float* %803, align 4
  %805 = insertelement <8 x float> undef, float %804, i32 0
  %splat85 = shufflevector <8 x float> %805, <8 x float> undef, <8 x i32> zeroinitializer
  %806 = load <8 x float>, <8 x float>* %15, align 32
  %807 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %781, <8 x float> %806)
  store <8 x float> %807, <8 x float>* %15, align 32
  %808 = load <8 x float>, <8 x float>* %10, align 32
  %809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %785, <8 x float> %808)
  store <8 x float> %809, <8 x float>* %10, align 32
  %810 = add i64 %440, 31
  %811 = getelementptr inbounds float, float* %1, i64 %810
  %812 = load float, float* %811, align 4
  %813 = insertelement <8 x float> undef, float %812, i32 0
  %splat86 = shufflevector <8 x float> %813, <8 x float> undef, <8 x i32> zeroinitializer
  %814 = load <8 x float>, <8 x float>* %14, align 32
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %781, <8 x float> %814)
  store <8 x float> %815, <8 x float>* %14, align 32
  %816 = load <8 x float>, <8 x float>* %9, align 32
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %785, <8 x float> %816)
  store <8 x float> %817, <8 x float>* %9, align 32
  %818 = add i64 %440, 39
  %819 = getelementptr inbounds float, float* %1, i64 %818
  %820 = load float, float* %819, align 4
  %821 = insertelement <8 x float> undef, float %820, i32 0
  %splat87 = shufflevector <8 x float> %821, <8 x float> undef, <8 x i32> zeroinitializer
  %822 = load <8 x float>, <8 x float>* %13, align 32
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %781, <8 x float> %822)
  store <8 x float> %823, <8 x float>* %13, align 32
  %824 = load <8 x float>, <8 x float>* %8, align 32
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %785, <8 x float> %824)
  store <8 x float> %825, <8 x float>* %8, align 32
  %u.next88 = add i64 %u47, 1
  br label %u.header44

u.exit46:                                         ; preds = %u.header44
  %826 = load <8 x float>, <8 x float>* %17, align 32
  %827 = fcmp olt <8 x float> %826, zeroinitializer
  %828 = select <8 x i1> %827, <8 x float> zeroinitializer, <8 x float> %826
  %829 = getelementptr inbounds float, float* %0, i64 %386
  %830 = bitcast float* %829 to <8 x float>*
  store <8 x float> %828, <8 x float>* %830, align 4
  %831 = load <8 x float>, <8 x float>* %16, align 32
  %832 = fcmp olt <8 x float> %831, zeroinitializer
  %833 = select <8 x i1> %832, <8 x float> zeroinitializer, <8 x float> %831
  %834 = getelementptr inbounds float, float* %0, i64 %389
  %835 = bitcast float* %834 to <8 x float>*
  store <8 x float> %833, <8 x float>* %835, align 4
  %836 = load <8 x float>, <8 x float>* %15, align 32
  %837 = fcmp olt <8 x float> %836, zeroinitializer
  %838 = select <8 x i1> %837, <8 x float> zeroinitializer, <8 x float> %836
  %839 = getelementptr inbounds float, float* %0, i64 %392
  %840 = bitcast float* %839 to <8 x float>*
  store <8 x float> %838, <8 x float>* %840, align 4
  %841 = load <8 x float>, <8 x float>* %14, align 32
  %842 = fcmp olt <8 x float> %841, zeroinitializer
  %843 = select <8 x i1> %842, <8 x float> zeroinitializer, <8 x float> %841
  %844 = getelementptr inbounds float, float* %0, i64 %395
  %845 = bitcast float* %844 to <8 x float>*
  store <8 x float> %843, <8 x float>* %845, align 4
  %846 = load <8 x float>, <8 x float>* %13, align 32
  %847 = fcmp olt <8 x float> %846, zeroinitializer
  %848 = select <8 x i1> %847, <8 x float> zeroinitializer, <8 x float> %846
  %849 = getelementptr inbounds float, float* %0, i64 %398
  %850 = bitcast float* %849 to <8 x float>*
  store <8 x float> %848, <8 x float>* %850, align 4
  %851 = load <8 x float>, <8 x float>* %12, align 32
  %852 = fcmp olt <8 x float> %851, zeroinitializer
  %853 = select <8 x i1> %852, <8 x float> zeroinitializer, <8 x float> %851
  %854 = getelementptr inbounds float, float* %0, i64 %407
  %855 = bitcast float* %854 to <8 x float>*
  store <8 x float> %853, <8 x float>* %855, align 4
  %856 = load <8 x float>, <8 x float>* %11, align 32
  %857 = fcmp olt <8 x float> %856, zeroinitializer
  %858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %856
  %859 = getelementptr inbounds float, float* %0, i64 %410
  %860 = bitcast float* %859 to <8 x float>*
  store <8 x float> %858, <8 x float>* %860, align 4
  %861 = load <8 x float>, <8 x float>* %10, align 32
  %862 = fcmp olt <8 x float> %861, zeroinitializer
  %863 = select <8 x i1> %862, <8 x float> zeroinitializer, <8 x float> %861
  %864 = getelementptr inbounds float, float* %0, i64 %413
  %865 = bitcast float* %864 to <8 x float>*
  store <8 x float> %863, <8 x float>* %865, align 4
  %866 = load <8 x float>, <8 x float>* %9, align 32
  %867 = fcmp olt <8 x float> %866, zeroinitializer
  %868 = select <8 x i1> %867, <8 x float> zeroinitializer, <8 x float> %866
  %869 = getelementptr inbounds float, float* %0, i64 %416
  %870 = bitcast float* %869 to <8 x float>*
  store <8 x float> %868, <8 x float>* %870, align 4
  %871 = load <8 x float>, <8 x float>* %8, align 32
  %872 = fcmp olt <8 x float> %871, zeroinitializer
  %873 = select <8 x i1> %872, <8 x float> zeroinitializer, <8 x float> %871
  %874 = getelementptr inbounds float, float* %0, i64 %419
  %875 = bitcast float* %874 to <8 x float>*
  store <8 x float> %873, <8 x float>* %875, align 4
  %x.next89 = add i64 %x43, 5
  br label %x.header40
}

; Function Attrs: noinline nounwind
define internal void @node13.conv2d_11.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node13.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.globalAvgPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node15.globalAvgPool2d_1.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node15.globalAvgPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.softmax_1.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node17.softmax_1.step0(i8* %0) #2 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node17.softmax_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %fresh = call i8* @malloc(i64 2239551)
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
  %26 = getelementptr inbounds i8, i8* %2, i64 0
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
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %32, i32 0, i32 0)
  %35 = getelementptr inbounds i8, i8* %2, i64 1119744
  %36 = getelementptr inbounds i8, i8* %2, i64 0
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %35, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %36, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %40, align 8
  %41 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_1.step0, i8* %41, i32 0, i32 0)
  %42 = getelementptr inbounds i8, i8* %2, i64 0
  %43 = getelementptr inbounds i8, i8* %2, i64 1119744
  %44 = getelementptr inbounds i8, i8* %2, i64 692224
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %42, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %43, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %44, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %48, align 8
  %49 = bitcast [6 x i8*]* %args to i8*
  call void @node4.conv2d_4.step0(i8* %49)
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2457600 x i8], [2457600 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %50, align 8
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %51, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step1, i8* %49, i32 0, i32 0)
  %52 = getelementptr inbounds i8, i8* %2, i64 692224
  %53 = getelementptr inbounds i8, i8* %2, i64 0
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %53, i8** %55, align 8
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %57, align 8
  %58 = bitcast [6 x i8*]* %args to i8*
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_5.packed, i32 0, i32 0), i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %60, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_5.step0, i8* %58, i32 0, i32 0)
  %61 = getelementptr inbounds i8, i8* %2, i64 0
  %62 = getelementptr inbounds i8, i8* %2, i64 692224
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %61, i8** %63, align 8
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %62, i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %66, align 8
  %67 = bitcast [6 x i8*]* %args to i8*
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([262144 x i8], [262144 x i8]* @weight.conv2d_6.packed, i32 0, i32 0), i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %69, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_5.step0, i8* %67, i32 0, i32 0)
  %70 = getelementptr inbounds i8, i8* %2, i64 1251328
  %71 = getelementptr inbounds i8, i8* %2, i64 0
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %70, i8** %72, align 8
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %71, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %75, align 8
  %76 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.maxPool2d_2.step0, i8* %76, i32 0, i32 0)
  %77 = getelementptr inbounds i8, i8* %2, i64 1030144
  %78 = getelementptr inbounds i8, i8* %2, i64 1251328
  %79 = getelementptr inbounds i8, i8* %2, i64 0
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %77, i8** %80, align 8
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %78, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %79, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %83, align 8
  %84 = bitcast [6 x i8*]* %args to i8*
  call void @node8.conv2d_7.step0(i8* %84)
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_7.step1, i8* %84, i32 0, i32 0)
  %85 = getelementptr inbounds i8, i8* %2, i64 0
  %86 = getelementptr inbounds i8, i8* %2, i64 1030144
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %85, i8** %87, align 8
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %86, i8** %88, align 8
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %89, align 8
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %90, align 8
  %91 = bitcast [6 x i8*]* %args to i8*
  %92 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_8.packed, i32 0, i32 0), i8** %92, align 8
  %93 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1536 x i8], [1536 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %93, align 8
  call void @GOMP_parallel(void (i8*)* @node9.conv2d_8.step0, i8* %91, i32 0, i32 0)
  %94 = getelementptr inbounds i8, i8* %2, i64 221184
  %95 = getelementptr inbounds i8, i8* %2, i64 0
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %94, i8** %96, align 8
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %95, i8** %97, align 8
  %98 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %98, align 8
  %99 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %99, align 8
  %100 = bitcast [6 x i8*]* %args to i8*
  %101 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_9.packed, i32 0, i32 0), i8** %101, align 8
  %102 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1536 x i8], [1536 x i8]* @weight.conv2d_9.bias, i32 0, i32 0), i8** %102, align 8
  call void @GOMP_parallel(void (i8*)* @node9.conv2d_8.step0, i8* %100, i32 0, i32 0)
  %103 = getelementptr inbounds i8, i8* %2, i64 175296
  %104 = getelementptr inbounds i8, i8* %2, i64 221184
  %105 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %103, i8** %105, align 8
  %106 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %104, i8** %106, align 8
  %107 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %107, align 8
  %108 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %108, align 8
  %109 = bitcast [6 x i8*]* %args to i8*
  call void @node11.maxPool2d_3.step0(i8* %109)
  %110 = getelementptr inbounds i8, i8* %2, i64 0
  %111 = getelementptr inbounds i8, i8* %2, i64 175296
  %112 = getelementptr inbounds i8, i8* %2, i64 100032
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %110, i8** %113, align 8
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %111, i8** %114, align 8
  %115 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %112, i8** %115, align 8
  %116 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %116, align 8
  %117 = bitcast [6 x i8*]* %args to i8*
  call void @node12.conv2d_10.step0(i8* %117)
  %118 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([13824000 x i8], [13824000 x i8]* @weight.conv2d_10.packed, i32 0, i32 0), i8** %118, align 8
  %119 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.conv2d_10.bias, i32 0, i32 0), i8** %119, align 8
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_10.step1, i8* %117, i32 0, i32 0)
  %120 = getelementptr inbounds i8, i8* %2, i64 100032
  %121 = getelementptr inbounds i8, i8* %2, i64 0
  %122 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %120, i8** %122, align 8
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %121, i8** %123, align 8
  %124 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %124, align 8
  %125 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %125, align 8
  %126 = bitcast [6 x i8*]* %args to i8*
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4000000 x i8], [4000000 x i8]* @weight.conv2d_11.packed, i32 0, i32 0), i8** %127, align 8
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.conv2d_11.bias, i32 0, i32 0), i8** %128, align 8
  call void @GOMP_parallel(void (i8*)* @node13.conv2d_11.step0, i8* %126, i32 0, i32 0)
  %129 = getelementptr inbounds i8, i8* %2, i64 0
  %130 = getelementptr inbounds i8, i8* %2, i64 100032
  %131 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %129, i8** %131, align 8
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %130, i8** %132, align 8
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %133, align 8
  %134 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %134, align 8
  %135 = bitcast [6 x i8*]* %args to i8*
  %136 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4000000 x i8], [4000000 x i8]* @weight.conv2d_12.packed, i32 0, i32 0), i8** %136, align 8
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.conv2d_12.bias, i32 0, i32 0), i8** %137, align 8
  call void @GOMP_parallel(void (i8*)* @node13.conv2d_11.step0, i8* %135, i32 0, i32 0)
  %138 = getelementptr inbounds i8, i8* %2, i64 0
  %139 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %139, align 8
  %140 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %138, i8** %140, align 8
  %141 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %141, align 8
  %142 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %142, align 8
  %143 = bitcast [6 x i8*]* %args to i8*
  call void @node15.globalAvgPool2d_1.step0(i8* %143)
  %144 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %144, align 8
  %145 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %145, align 8
  %146 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %146, align 8
  %147 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %147, align 8
  %148 = bitcast [6 x i8*]* %args to i8*
  call void @node17.softmax_1.step0(i8* %148)
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
  ret i64 2239551
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
