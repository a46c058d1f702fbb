; vgg11: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'vgg11'
source_filename = "vgg11"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [6912 x i8], align 64
@weight.conv2d_1.bias = external constant [256 x i8], align 64
@weight.conv2d_2.winograd = external constant [1179648 x i8], align 64
@weight.conv2d_2.bias = external constant [512 x i8], align 64
@weight.conv2d_3.winograd = external constant [4718592 x i8], align 64
@weight.conv2d_3.bias = external constant [1024 x i8], align 64
@weight.conv2d_4.winograd = external constant [9437184 x i8], align 64
@weight.conv2d_4.bias = external constant [1024 x i8], align 64
@weight.conv2d_5.winograd = external constant [18874368 x i8], align 64
@weight.conv2d_5.bias = external constant [2048 x i8], align 64
@weight.conv2d_6.winograd = external constant [37748736 x i8], align 64
@weight.conv2d_6.bias = external constant [2048 x i8], align 64
@weight.conv2d_7.winograd = external constant [37748736 x i8], align 64
@weight.conv2d_7.bias = external constant [2048 x i8], align 64
@weight.conv2d_8.winograd = external constant [37748736 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.dense_1.packed = external constant [411041792 x i8], align 64
@weight.dense_1.bias = external constant [16384 x i8], align 64
@weight.dense_2.packed = external constant [67108864 x i8], align 64
@weight.dense_2.bias = external constant [16384 x i8], align 64
@weight.dense_3.packed = external constant [16384000 x i8], align 64
@weight.dense_3.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"vgg11\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 34636863, i64 7609090048 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare void @GOMP_barrier()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 226
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 226
  %10 = mul i64 %task, 226
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 224
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 224
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 224
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 4, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 1
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 896, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 225
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 4, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 904, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nounwind
define internal void @node0.conv2d_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 678, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 678
  %23 = select i1 %22, i64 %21, i64 678
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 678
  %26 = select i1 %25, i64 %24, i64 678
  call void @node0.conv2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv2d_1.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %25 = srem i64 %task, 4
  %26 = sdiv i64 %task, 4
  %27 = srem i64 %26, 224
  %28 = mul i64 %27, 1
  %29 = sdiv i64 %task, 896
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 8
  %33 = mul i64 %25, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 3
  %36 = mul i64 %30, 3
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 51076
  %39 = mul i64 %34, 216
  %40 = mul i64 %28, 226
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit8, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit8 ]
  %41 = icmp slt i64 %chunk, 1
  br i1 %41, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 222
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = mul i64 %31, 8
  %44 = add i64 %43, %34
  %45 = add i64 %44, 0
  %46 = mul i64 %45, 224
  %47 = add i64 %46, %28
  %48 = mul i64 %47, 224
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
  %67 = mul i64 %31, 8
  %68 = add i64 %67, %34
  %69 = add i64 %68, 1
  %70 = mul i64 %69, 224
  %71 = add i64 %70, %28
  %72 = mul i64 %71, 224
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
  store <8 x float> %95, <8 x float>* %23, align 32
  store <8 x float> %95, <8 x float>* %22, align 32
  store <8 x float> %95, <8 x float>* %21, align 32
  store <8 x float> %95, <8 x float>* %20, align 32
  store <8 x float> %95, <8 x float>* %19, align 32
  store <8 x float> %95, <8 x float>* %18, align 32
  store <8 x float> %100, <8 x float>* %17, align 32
  store <8 x float> %100, <8 x float>* %16, align 32
  store <8 x float> %100, <8 x float>* %15, align 32
  store <8 x float> %100, <8 x float>* %14, align 32
  store <8 x float> %100, <8 x float>* %13, align 32
  store <8 x float> %100, <8 x float>* %12, align 32
  %101 = mul i64 %x, 1
  %102 = add i64 %40, %101
  %103 = add i64 %38, %102
  %104 = mul i64 %chunk, 3
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = mul i64 %31, 8
  %106 = add i64 %105, %34
  %107 = add i64 %106, 0
  %108 = mul i64 %107, 224
  %109 = add i64 %108, %28
  %110 = mul i64 %109, 224
  %111 = add i64 %110, 222
  %112 = mul i64 %111, 8
  %113 = add i64 %110, 223
  %114 = mul i64 %113, 8
  %115 = mul i64 %31, 8
  %116 = add i64 %115, %34
  %117 = add i64 %116, 1
  %118 = mul i64 %117, 224
  %119 = add i64 %118, %28
  %120 = mul i64 %119, 224
  %121 = add i64 %120, 222
  %122 = mul i64 %121, 8
  %123 = add i64 %120, 223
  %124 = mul i64 %123, 8
  %125 = add i64 %34, 0
  %126 = mul i64 %125, 8
  %127 = getelementptr inbounds float, float* %5, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %34, 1
  %131 = mul i64 %130, 8
  %132 = getelementptr inbounds float, float* %5, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  store <8 x float> %129, <8 x float>* %11, align 32
  store <8 x float> %129, <8 x float>* %10, align 32
  store <8 x float> %134, <8 x float>* %9, align 32
  store <8 x float> %134, <8 x float>* %8, align 32
  %135 = add i64 %40, 222
  %136 = add i64 %38, %135
  %137 = mul i64 %chunk, 3
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %138 = icmp slt i64 %u, 3
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 %104, %u
  %140 = mul i64 %139, 51076
  %141 = add i64 %103, %140
  %142 = mul i64 %139, 72
  %143 = add i64 %39, %142
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %144 = load <8 x float>, <8 x float>* %23, align 32
  %145 = fcmp olt <8 x float> %144, zeroinitializer
  %146 = select <8 x i1> %145, <8 x float> zeroinitializer, <8 x float> %144
  %147 = getelementptr inbounds float, float* %0, i64 %51
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %22, align 32
  %150 = fcmp olt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> zeroinitializer, <8 x float> %149
  %152 = getelementptr inbounds float, float* %0, i64 %54
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = load <8 x float>, <8 x float>* %21, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %0, i64 %57
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %20, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = getelementptr inbounds float, float* %0, i64 %60
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = load <8 x float>, <8 x float>* %19, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %0, i64 %63
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = load <8 x float>, <8 x float>* %18, align 32
  %170 = fcmp olt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> zeroinitializer, <8 x float> %169
  %172 = getelementptr inbounds float, float* %0, i64 %66
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = load <8 x float>, <8 x float>* %17, align 32
  %175 = fcmp olt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> zeroinitializer, <8 x float> %174
  %177 = getelementptr inbounds float, float* %0, i64 %75
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %0, i64 %78
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %15, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %0, i64 %81
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = load <8 x float>, <8 x float>* %14, align 32
  %190 = fcmp olt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> zeroinitializer, <8 x float> %189
  %192 = getelementptr inbounds float, float* %0, i64 %84
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %194 = load <8 x float>, <8 x float>* %13, align 32
  %195 = fcmp olt <8 x float> %194, zeroinitializer
  %196 = select <8 x i1> %195, <8 x float> zeroinitializer, <8 x float> %194
  %197 = getelementptr inbounds float, float* %0, i64 %87
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %12, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %0, i64 %90
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %204 = icmp slt i64 %kh, 3
  br i1 %204, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %205 = mul i64 %kh, 226
  %206 = add i64 %141, %205
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %207 = icmp slt i64 %kw, 3
  br i1 %207, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %208 = mul i64 %kw, 1
  %209 = add i64 %206, %208
  %210 = mul i64 %kh, 3
  %211 = add i64 %210, %kw
  %212 = mul i64 %211, 8
  %213 = add i64 %143, %212
  %214 = add i64 %213, 0
  %215 = getelementptr inbounds float, float* %4, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = add i64 %213, 216
  %219 = getelementptr inbounds float, float* %4, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  %221 = load <8 x float>, <8 x float>* %220, align 4
  %222 = add i64 %209, 0
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i32 0
  %splat = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %23, align 32
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %217, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %23, align 32
  %228 = load <8 x float>, <8 x float>* %17, align 32
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %221, <8 x float> %228)
  store <8 x float> %229, <8 x float>* %17, align 32
  %230 = add i64 %209, 1
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = load float, float* %231, align 4
  %233 = insertelement <8 x float> undef, float %232, i32 0
  %splat1 = shufflevector <8 x float> %233, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, <8 x float>* %22, align 32
  %235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %217, <8 x float> %234)
  store <8 x float> %235, <8 x float>* %22, align 32
  %236 = load <8 x float>, <8 x float>* %16, align 32
  %237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %221, <8 x float> %236)
  store <8 x float> %237, <8 x float>* %16, align 32
  %238 = add i64 %209, 2
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = load float, float* %239, align 4
  %241 = insertelement <8 x float> undef, float %240, i32 0
  %splat2 = shufflevector <8 x float> %241, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, <8 x float>* %21, align 32
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %217, <8 x float> %242)
  store <8 x float> %243, <8 x float>* %21, align 32
  %244 = load <8 x float>, <8 x float>* %15, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %221, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %15, align 32
  %246 = add i64 %209, 3
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat3 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %20, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %217, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %20, align 32
  %252 = load <8 x float>, <8 x float>* %14, align 32
  %253 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %221, <8 x float> %252)
  store <8 x float> %253, <8 x float>* %14, align 32
  %254 = add i64 %209, 4
  %255 = getelementptr inbounds float, float* %2, i64 %254
  %256 = load float, float* %255, align 4
  %257 = insertelement <8 x float> undef, float %256, i32 0
  %splat4 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, <8 x float>* %19, align 32
  %259 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %217, <8 x float> %258)
  store <8 x float> %259, <8 x float>* %19, align 32
  %260 = load <8 x float>, <8 x float>* %13, align 32
  %261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %221, <8 x float> %260)
  store <8 x float> %261, <8 x float>* %13, align 32
  %262 = add i64 %209, 5
  %263 = getelementptr inbounds float, float* %2, i64 %262
  %264 = load float, float* %263, align 4
  %265 = insertelement <8 x float> undef, float %264, i32 0
  %splat5 = shufflevector <8 x float> %265, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, <8 x float>* %18, align 32
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %217, <8 x float> %266)
  store <8 x float> %267, <8 x float>* %18, align 32
  %268 = load <8 x float>, <8 x float>* %12, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %221, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %x.exit
  %u9 = phi i64 [ 0, %x.exit ], [ %u.next22, %kh.exit12 ]
  %270 = icmp slt i64 %u9, 3
  br i1 %270, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %271 = add i64 %137, %u9
  %272 = mul i64 %271, 51076
  %273 = add i64 %136, %272
  %274 = mul i64 %271, 72
  %275 = add i64 %39, %274
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %276 = load <8 x float>, <8 x float>* %11, align 32
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %112
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %10, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = getelementptr inbounds float, float* %0, i64 %114
  %285 = bitcast float* %284 to <8 x float>*
  store <8 x float> %283, <8 x float>* %285, align 4
  %286 = load <8 x float>, <8 x float>* %9, align 32
  %287 = fcmp olt <8 x float> %286, zeroinitializer
  %288 = select <8 x i1> %287, <8 x float> zeroinitializer, <8 x float> %286
  %289 = getelementptr inbounds float, float* %0, i64 %122
  %290 = bitcast float* %289 to <8 x float>*
  store <8 x float> %288, <8 x float>* %290, align 4
  %291 = load <8 x float>, <8 x float>* %8, align 32
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %124
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !2

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next21, %kw.exit16 ]
  %296 = icmp slt i64 %kh13, 3
  br i1 %296, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %297 = mul i64 %kh13, 226
  %298 = add i64 %273, %297
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next22 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next20, %kw.body15 ]
  %299 = icmp slt i64 %kw17, 3
  br i1 %299, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %300 = mul i64 %kw17, 1
  %301 = add i64 %298, %300
  %302 = mul i64 %kh13, 3
  %303 = add i64 %302, %kw17
  %304 = mul i64 %303, 8
  %305 = add i64 %275, %304
  %306 = add i64 %305, 0
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %305, 216
  %311 = getelementptr inbounds float, float* %4, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %301, 0
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %splat18 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %318 = load <8 x float>, <8 x float>* %11, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %309, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %11, align 32
  %320 = load <8 x float>, <8 x float>* %9, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %313, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %9, align 32
  %322 = add i64 %301, 1
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat19 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %10, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %309, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %10, align 32
  %328 = load <8 x float>, <8 x float>* %8, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %313, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %8, align 32
  %kw.next20 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !3

kw.exit16:                                        ; preds = %kw.header14
  %kh.next21 = add i64 %kh13, 1
  br label %kh.header10
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #4

; Function Attrs: nounwind
define internal void @node0.conv2d_1.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 896, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 896
  %29 = select i1 %28, i64 %27, i64 896
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 896
  %32 = select i1 %31, i64 %30, i64 896
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 112
  %9 = srem i64 %task, 112
  %10 = mul i64 %8, 401408
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 112
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 896
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 224
  %22 = select i1 %21, i64 %20, i64 224
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 224
  %25 = select i1 %24, i64 %23, i64 224
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 112
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 224
  %34 = select i1 %33, i64 %32, i64 224
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 224
  %37 = select i1 %36, i64 %35, i64 224
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
  %45 = mul i64 %r, 224
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

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nounwind
define internal void @node1.maxPool2d_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node1.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 114
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 114
  %10 = mul i64 %task, 912
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 112
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 112
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 896
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 3584, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 904
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 3648, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node2.conv2d_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 912, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 912
  %23 = select i1 %22, i64 %21, i64 912
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 912
  %26 = select i1 %25, i64 %24, i64 912
  call void @node2.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %unit.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %unit.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 28
  %8 = sdiv i64 %task, 28
  %9 = srem i64 %8, 28
  %10 = sdiv i64 %task, 784
  %11 = mul i64 %10, 8
  %12 = mul i64 %11, 103968
  %13 = mul i64 %9, 456
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 64
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 8
  br i1 %19, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %20 = mul i64 %unit, 103968
  %21 = add i64 %17, %20
  %22 = add i64 %21, 0
  %23 = getelementptr inbounds float, float* %2, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %21, 8
  %27 = getelementptr inbounds float, float* %2, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %21, 16
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %21, 24
  %35 = getelementptr inbounds float, float* %2, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %21, 32
  %39 = getelementptr inbounds float, float* %2, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %21, 40
  %43 = getelementptr inbounds float, float* %2, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %21, 912
  %47 = getelementptr inbounds float, float* %2, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, 920
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %21, 928
  %55 = getelementptr inbounds float, float* %2, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %21, 936
  %59 = getelementptr inbounds float, float* %2, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = add i64 %21, 944
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %21, 952
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = add i64 %21, 1824
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %21, 1832
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %21, 1840
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %21, 1848
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %21, 1856
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %21, 1864
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %21, 2736
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %21, 2744
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %21, 2752
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %21, 2760
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %21, 2768
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %21, 2776
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %21, 3648
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %21, 3656
  %123 = getelementptr inbounds float, float* %2, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %21, 3664
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %21, 3672
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %21, 3680
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %21, 3688
  %139 = getelementptr inbounds float, float* %2, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = add i64 %21, 4560
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %21, 4568
  %147 = getelementptr inbounds float, float* %2, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %21, 4576
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %21, 4584
  %155 = getelementptr inbounds float, float* %2, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %21, 4592
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %21, 4600
  %163 = getelementptr inbounds float, float* %2, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %73, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %49, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %121, %166
  %169 = fsub <8 x float> %97, %167
  %170 = fsub <8 x float> %121, %73
  %171 = fsub <8 x float> %97, %49
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %174 = fmul <8 x float> %73, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %145)
  %181 = fmul <8 x float> %97, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = fmul <8 x float> %77, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %184 = fmul <8 x float> %53, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %185 = fsub <8 x float> %125, %183
  %186 = fsub <8 x float> %101, %184
  %187 = fsub <8 x float> %125, %77
  %188 = fsub <8 x float> %101, %53
  %189 = fmul <8 x float> %188, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %125)
  %191 = fmul <8 x float> %77, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %192 = fadd <8 x float> %190, %191
  %193 = fadd <8 x float> %185, %186
  %194 = fsub <8 x float> %185, %186
  %195 = fadd <8 x float> %187, %189
  %196 = fsub <8 x float> %187, %189
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %149)
  %198 = fmul <8 x float> %101, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %199 = fadd <8 x float> %197, %198
  %200 = fmul <8 x float> %81, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %201 = fmul <8 x float> %57, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %202 = fsub <8 x float> %129, %200
  %203 = fsub <8 x float> %105, %201
  %204 = fsub <8 x float> %129, %81
  %205 = fsub <8 x float> %105, %57
  %206 = fmul <8 x float> %205, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %129)
  %208 = fmul <8 x float> %81, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %209 = fadd <8 x float> %207, %208
  %210 = fadd <8 x float> %202, %203
  %211 = fsub <8 x float> %202, %203
  %212 = fadd <8 x float> %204, %206
  %213 = fsub <8 x float> %204, %206
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %57, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %153)
  %215 = fmul <8 x float> %105, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %216 = fadd <8 x float> %214, %215
  %217 = fmul <8 x float> %85, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %218 = fmul <8 x float> %61, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %219 = fsub <8 x float> %133, %217
  %220 = fsub <8 x float> %109, %218
  %221 = fsub <8 x float> %133, %85
  %222 = fsub <8 x float> %109, %61
  %223 = fmul <8 x float> %222, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %37, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %133)
  %225 = fmul <8 x float> %85, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %226 = fadd <8 x float> %224, %225
  %227 = fadd <8 x float> %219, %220
  %228 = fsub <8 x float> %219, %220
  %229 = fadd <8 x float> %221, %223
  %230 = fsub <8 x float> %221, %223
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %157)
  %232 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %233 = fadd <8 x float> %231, %232
  %234 = fmul <8 x float> %89, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %235 = fmul <8 x float> %65, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %236 = fsub <8 x float> %137, %234
  %237 = fsub <8 x float> %113, %235
  %238 = fsub <8 x float> %137, %89
  %239 = fsub <8 x float> %113, %65
  %240 = fmul <8 x float> %239, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %41, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %137)
  %242 = fmul <8 x float> %89, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %243 = fadd <8 x float> %241, %242
  %244 = fadd <8 x float> %236, %237
  %245 = fsub <8 x float> %236, %237
  %246 = fadd <8 x float> %238, %240
  %247 = fsub <8 x float> %238, %240
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %249 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %250 = fadd <8 x float> %248, %249
  %251 = fmul <8 x float> %93, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %252 = fmul <8 x float> %69, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %253 = fsub <8 x float> %141, %251
  %254 = fsub <8 x float> %117, %252
  %255 = fsub <8 x float> %141, %93
  %256 = fsub <8 x float> %117, %69
  %257 = fmul <8 x float> %256, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %141)
  %259 = fmul <8 x float> %93, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %260 = fadd <8 x float> %258, %259
  %261 = fadd <8 x float> %253, %254
  %262 = fsub <8 x float> %253, %254
  %263 = fadd <8 x float> %255, %257
  %264 = fsub <8 x float> %255, %257
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %266 = fmul <8 x float> %117, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %267 = fadd <8 x float> %265, %266
  %268 = mul i64 %unit, 8
  %269 = add i64 %18, %268
  %270 = fmul <8 x float> %209, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %271 = fmul <8 x float> %192, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %272 = fsub <8 x float> %243, %270
  %273 = fsub <8 x float> %226, %271
  %274 = fsub <8 x float> %243, %209
  %275 = fsub <8 x float> %226, %192
  %276 = fmul <8 x float> %275, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %243)
  %278 = fmul <8 x float> %209, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %279 = fadd <8 x float> %277, %278
  %280 = fadd <8 x float> %272, %273
  %281 = fsub <8 x float> %272, %273
  %282 = fadd <8 x float> %274, %276
  %283 = fsub <8 x float> %274, %276
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %260)
  %285 = fmul <8 x float> %226, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %286 = fadd <8 x float> %284, %285
  %287 = add i64 831744, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 881920, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 932096, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 982272, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 1032448, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 1082624, %269
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %286, <8 x float>* %304, align 4
  %305 = fmul <8 x float> %210, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %306 = fmul <8 x float> %193, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %307 = fsub <8 x float> %244, %305
  %308 = fsub <8 x float> %227, %306
  %309 = fsub <8 x float> %244, %210
  %310 = fsub <8 x float> %227, %193
  %311 = fmul <8 x float> %310, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %244)
  %313 = fmul <8 x float> %210, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %314 = fadd <8 x float> %312, %313
  %315 = fadd <8 x float> %307, %308
  %316 = fsub <8 x float> %307, %308
  %317 = fadd <8 x float> %309, %311
  %318 = fsub <8 x float> %309, %311
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %261)
  %320 = fmul <8 x float> %227, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %321 = fadd <8 x float> %319, %320
  %322 = add i64 1132800, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 1182976, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 1233152, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 1283328, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 1333504, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 1383680, %269
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %321, <8 x float>* %339, align 4
  %340 = fmul <8 x float> %211, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %341 = fmul <8 x float> %194, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %342 = fsub <8 x float> %245, %340
  %343 = fsub <8 x float> %228, %341
  %344 = fsub <8 x float> %245, %211
  %345 = fsub <8 x float> %228, %194
  %346 = fmul <8 x float> %345, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %245)
  %348 = fmul <8 x float> %211, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %349 = fadd <8 x float> %347, %348
  %350 = fadd <8 x float> %342, %343
  %351 = fsub <8 x float> %342, %343
  %352 = fadd <8 x float> %344, %346
  %353 = fsub <8 x float> %344, %346
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %262)
  %355 = fmul <8 x float> %228, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %356 = fadd <8 x float> %354, %355
  %357 = add i64 1433856, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 1484032, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 1534208, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 1584384, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 1634560, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 1684736, %269
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %356, <8 x float>* %374, align 4
  %375 = fmul <8 x float> %212, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %376 = fmul <8 x float> %195, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %377 = fsub <8 x float> %246, %375
  %378 = fsub <8 x float> %229, %376
  %379 = fsub <8 x float> %246, %212
  %380 = fsub <8 x float> %229, %195
  %381 = fmul <8 x float> %380, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %246)
  %383 = fmul <8 x float> %212, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %384 = fadd <8 x float> %382, %383
  %385 = fadd <8 x float> %377, %378
  %386 = fsub <8 x float> %377, %378
  %387 = fadd <8 x float> %379, %381
  %388 = fsub <8 x float> %379, %381
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %263)
  %390 = fmul <8 x float> %229, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %391 = fadd <8 x float> %389, %390
  %392 = add i64 1734912, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 1785088, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 1835264, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 1885440, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 1935616, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 1985792, %269
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %391, <8 x float>* %409, align 4
  %410 = fmul <8 x float> %213, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %411 = fmul <8 x float> %196, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %412 = fsub <8 x float> %247, %410
  %413 = fsub <8 x float> %230, %411
  %414 = fsub <8 x float> %247, %213
  %415 = fsub <8 x float> %230, %196
  %416 = fmul <8 x float> %415, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %247)
  %418 = fmul <8 x float> %213, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %419 = fadd <8 x float> %417, %418
  %420 = fadd <8 x float> %412, %413
  %421 = fsub <8 x float> %412, %413
  %422 = fadd <8 x float> %414, %416
  %423 = fsub <8 x float> %414, %416
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %264)
  %425 = fmul <8 x float> %230, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %426 = fadd <8 x float> %424, %425
  %427 = add i64 2035968, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 2086144, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 2136320, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 2186496, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 2236672, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 2286848, %269
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  store <8 x float> %426, <8 x float>* %444, align 4
  %445 = fmul <8 x float> %216, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %446 = fmul <8 x float> %199, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %447 = fsub <8 x float> %250, %445
  %448 = fsub <8 x float> %233, %446
  %449 = fsub <8 x float> %250, %216
  %450 = fsub <8 x float> %233, %199
  %451 = fmul <8 x float> %450, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %250)
  %453 = fmul <8 x float> %216, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %454 = fadd <8 x float> %452, %453
  %455 = fadd <8 x float> %447, %448
  %456 = fsub <8 x float> %447, %448
  %457 = fadd <8 x float> %449, %451
  %458 = fsub <8 x float> %449, %451
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %267)
  %460 = fmul <8 x float> %233, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %461 = fadd <8 x float> %459, %460
  %462 = add i64 2337024, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 2387200, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 2437376, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 2487552, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 2537728, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 2587904, %269
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  store <8 x float> %461, <8 x float>* %479, align 4
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !4

unit.exit:                                        ; preds = %unit.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node2.conv2d_2.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 784, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 784
  %23 = select i1 %22, i64 %21, i64 784
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 784
  %26 = select i1 %25, i64 %24, i64 784
  call void @node2.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %27 = icmp slt i64 %task, %6
  br i1 %27, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %28 = sdiv i64 %task, 1048
  %29 = mul i64 %28, 50176
  %30 = add i64 831744, %29
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = mul i64 %28, 8192
  %33 = getelementptr inbounds float, float* %4, i64 %32
  %34 = mul i64 %28, 100352
  %35 = add i64 2638080, %34
  %36 = srem i64 %task, 1048
  %37 = sdiv i64 %36, 8
  %38 = srem i64 %36, 8
  %39 = mul i64 %37, 6
  %40 = mul i64 %38, 16
  %41 = mul i64 %38, 1024
  %42 = icmp eq i64 %37, 130
  br i1 %42, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
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
  br label %k.header4

endif:                                            ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %43 = icmp slt i64 %k, 64
  br i1 %43, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %44 = mul i64 %k, 16
  %45 = add i64 %41, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %33, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %33, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %39, 0
  %55 = mul i64 %54, 64
  %56 = add i64 %55, %k
  %57 = getelementptr inbounds float, float* %31, i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %26, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %26, align 32
  %62 = load <8 x float>, <8 x float>* %22, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %22, align 32
  %64 = add i64 %39, 1
  %65 = mul i64 %64, 64
  %66 = add i64 %65, %k
  %67 = getelementptr inbounds float, float* %31, i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %25, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %25, align 32
  %72 = load <8 x float>, <8 x float>* %21, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %21, align 32
  %74 = add i64 %39, 2
  %75 = mul i64 %74, 64
  %76 = add i64 %75, %k
  %77 = getelementptr inbounds float, float* %31, i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %24, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %24, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %39, 3
  %85 = mul i64 %84, 64
  %86 = add i64 %85, %k
  %87 = getelementptr inbounds float, float* %31, i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %23, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %23, align 32
  %92 = load <8 x float>, <8 x float>* %19, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %94 = add i64 %39, 0
  %95 = add i64 %40, 0
  %96 = load <8 x float>, <8 x float>* %26, align 32
  %97 = mul i64 %94, 128
  %98 = add i64 %97, %95
  %99 = add i64 %35, %98
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %96, <8 x float>* %101, align 4
  %102 = add i64 %39, 1
  %103 = add i64 %40, 0
  %104 = load <8 x float>, <8 x float>* %25, align 32
  %105 = mul i64 %102, 128
  %106 = add i64 %105, %103
  %107 = add i64 %35, %106
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %104, <8 x float>* %109, align 4
  %110 = add i64 %39, 2
  %111 = add i64 %40, 0
  %112 = load <8 x float>, <8 x float>* %24, align 32
  %113 = mul i64 %110, 128
  %114 = add i64 %113, %111
  %115 = add i64 %35, %114
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %112, <8 x float>* %117, align 4
  %118 = add i64 %39, 3
  %119 = add i64 %40, 0
  %120 = load <8 x float>, <8 x float>* %23, align 32
  %121 = mul i64 %118, 128
  %122 = add i64 %121, %119
  %123 = add i64 %35, %122
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %120, <8 x float>* %125, align 4
  %126 = add i64 %39, 0
  %127 = add i64 %40, 8
  %128 = load <8 x float>, <8 x float>* %22, align 32
  %129 = mul i64 %126, 128
  %130 = add i64 %129, %127
  %131 = add i64 %35, %130
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %128, <8 x float>* %133, align 4
  %134 = add i64 %39, 1
  %135 = add i64 %40, 8
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = mul i64 %134, 128
  %138 = add i64 %137, %135
  %139 = add i64 %35, %138
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %136, <8 x float>* %141, align 4
  %142 = add i64 %39, 2
  %143 = add i64 %40, 8
  %144 = load <8 x float>, <8 x float>* %20, align 32
  %145 = mul i64 %142, 128
  %146 = add i64 %145, %143
  %147 = add i64 %35, %146
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %144, <8 x float>* %149, align 4
  %150 = add i64 %39, 3
  %151 = add i64 %40, 8
  %152 = load <8 x float>, <8 x float>* %19, align 32
  %153 = mul i64 %150, 128
  %154 = add i64 %153, %151
  %155 = add i64 %35, %154
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %152, <8 x float>* %157, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %158 = icmp slt i64 %k7, 64
  br i1 %158, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %159 = mul i64 %k7, 16
  %160 = add i64 %41, %159
  %161 = add i64 %160, 0
  %162 = getelementptr inbounds float, float* %33, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = add i64 %160, 8
  %166 = getelementptr inbounds float, float* %33, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = add i64 %39, 0
  %170 = mul i64 %169, 64
  %171 = add i64 %170, %k7
  %172 = getelementptr inbounds float, float* %31, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat8 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %18, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %164, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %18, align 32
  %177 = load <8 x float>, <8 x float>* %12, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %168, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %12, align 32
  %179 = add i64 %39, 1
  %180 = mul i64 %179, 64
  %181 = add i64 %180, %k7
  %182 = getelementptr inbounds float, float* %31, i64 %181
  %183 = load float, float* %182, align 4
  %184 = insertelement <8 x float> undef, float %183, i32 0
  %splat9 = shufflevector <8 x float> %184, <8 x float> undef, <8 x i32> zeroinitializer
  %185 = load <8 x float>, <8 x float>* %17, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %164, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %17, align 32
  %187 = load <8 x float>, <8 x float>* %11, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %168, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %11, align 32
  %189 = add i64 %39, 2
  %190 = mul i64 %189, 64
  %191 = add i64 %190, %k7
  %192 = getelementptr inbounds float, float* %31, i64 %191
  %193 = load float, float* %192, align 4
  %194 = insertelement <8 x float> undef, float %193, i32 0
  %splat10 = shufflevector <8 x float> %194, <8 x float> undef, <8 x i32> zeroinitializer
  %195 = load <8 x float>, <8 x float>* %16, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %164, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %16, align 32
  %197 = load <8 x float>, <8 x float>* %10, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %168, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %10, align 32
  %199 = add i64 %39, 3
  %200 = mul i64 %199, 64
  %201 = add i64 %200, %k7
  %202 = getelementptr inbounds float, float* %31, i64 %201
  %203 = load float, float* %202, align 4
  %204 = insertelement <8 x float> undef, float %203, i32 0
  %splat11 = shufflevector <8 x float> %204, <8 x float> undef, <8 x i32> zeroinitializer
  %205 = load <8 x float>, <8 x float>* %15, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %164, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %15, align 32
  %207 = load <8 x float>, <8 x float>* %9, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %168, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %9, align 32
  %209 = add i64 %39, 4
  %210 = mul i64 %209, 64
  %211 = add i64 %210, %k7
  %212 = getelementptr inbounds float, float* %31, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat12 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %14, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %164, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %14, align 32
  %217 = load <8 x float>, <8 x float>* %8, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %168, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %8, align 32
  %219 = add i64 %39, 5
  %220 = mul i64 %219, 64
  %221 = add i64 %220, %k7
  %222 = getelementptr inbounds float, float* %31, i64 %221
  %223 = load float, float* %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i32 0
  %splat13 = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %225 = load <8 x float>, <8 x float>* %13, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %164, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %13, align 32
  %227 = load <8 x float>, <8 x float>* %7, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %168, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %229 = add i64 %39, 0
  %230 = add i64 %40, 0
  %231 = load <8 x float>, <8 x float>* %18, align 32
  %232 = mul i64 %229, 128
  %233 = add i64 %232, %230
  %234 = add i64 %35, %233
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  store <8 x float> %231, <8 x float>* %236, align 4
  %237 = add i64 %39, 1
  %238 = add i64 %40, 0
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = mul i64 %237, 128
  %241 = add i64 %240, %238
  %242 = add i64 %35, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %239, <8 x float>* %244, align 4
  %245 = add i64 %39, 2
  %246 = add i64 %40, 0
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = mul i64 %245, 128
  %249 = add i64 %248, %246
  %250 = add i64 %35, %249
  %251 = getelementptr inbounds float, float* %2, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %247, <8 x float>* %252, align 4
  %253 = add i64 %39, 3
  %254 = add i64 %40, 0
  %255 = load <8 x float>, <8 x float>* %15, align 32
  %256 = mul i64 %253, 128
  %257 = add i64 %256, %254
  %258 = add i64 %35, %257
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  store <8 x float> %255, <8 x float>* %260, align 4
  %261 = add i64 %39, 4
  %262 = add i64 %40, 0
  %263 = load <8 x float>, <8 x float>* %14, align 32
  %264 = mul i64 %261, 128
  %265 = add i64 %264, %262
  %266 = add i64 %35, %265
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %263, <8 x float>* %268, align 4
  %269 = add i64 %39, 5
  %270 = add i64 %40, 0
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = mul i64 %269, 128
  %273 = add i64 %272, %270
  %274 = add i64 %35, %273
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %271, <8 x float>* %276, align 4
  %277 = add i64 %39, 0
  %278 = add i64 %40, 8
  %279 = load <8 x float>, <8 x float>* %12, align 32
  %280 = mul i64 %277, 128
  %281 = add i64 %280, %278
  %282 = add i64 %35, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %279, <8 x float>* %284, align 4
  %285 = add i64 %39, 1
  %286 = add i64 %40, 8
  %287 = load <8 x float>, <8 x float>* %11, align 32
  %288 = mul i64 %285, 128
  %289 = add i64 %288, %286
  %290 = add i64 %35, %289
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %287, <8 x float>* %292, align 4
  %293 = add i64 %39, 2
  %294 = add i64 %40, 8
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = mul i64 %293, 128
  %297 = add i64 %296, %294
  %298 = add i64 %35, %297
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  store <8 x float> %295, <8 x float>* %300, align 4
  %301 = add i64 %39, 3
  %302 = add i64 %40, 8
  %303 = load <8 x float>, <8 x float>* %9, align 32
  %304 = mul i64 %301, 128
  %305 = add i64 %304, %302
  %306 = add i64 %35, %305
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %303, <8 x float>* %308, align 4
  %309 = add i64 %39, 4
  %310 = add i64 %40, 8
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %309, 128
  %313 = add i64 %312, %310
  %314 = add i64 %35, %313
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %311, <8 x float>* %316, align 4
  %317 = add i64 %39, 5
  %318 = add i64 %40, 8
  %319 = load <8 x float>, <8 x float>* %7, align 32
  %320 = mul i64 %317, 128
  %321 = add i64 %320, %318
  %322 = add i64 %35, %321
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %319, <8 x float>* %324, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node2.conv2d_2.step2(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 37728, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 37728
  %26 = select i1 %25, i64 %24, i64 37728
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 37728
  %29 = select i1 %28, i64 %27, i64 37728
  call void @node2.conv2d_2.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %block.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %block.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = srem i64 %task, 28
  %9 = sdiv i64 %task, 28
  %10 = srem i64 %9, 28
  %11 = sdiv i64 %task, 784
  %12 = mul i64 %11, 16
  %13 = mul i64 %12, 100352
  %14 = mul i64 %10, 448
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 128
  %20 = add i64 2638080, %19
  br label %block.header

task.exit:                                        ; preds = %task.header
  ret void

block.header:                                     ; preds = %block.body, %task.body
  %block = phi i64 [ 0, %task.body ], [ %block.next, %block.body ]
  %21 = icmp slt i64 %block, 16
  br i1 %21, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %22 = mul i64 %block, 8
  %23 = add i64 %20, %22
  %24 = add i64 %23, 0
  %25 = getelementptr inbounds float, float* %2, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %23, 100352
  %29 = getelementptr inbounds float, float* %2, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %23, 200704
  %33 = getelementptr inbounds float, float* %2, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %23, 301056
  %37 = getelementptr inbounds float, float* %2, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %23, 401408
  %41 = getelementptr inbounds float, float* %2, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %23, 501760
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %23, 602112
  %49 = getelementptr inbounds float, float* %2, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %23, 702464
  %53 = getelementptr inbounds float, float* %2, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %23, 802816
  %57 = getelementptr inbounds float, float* %2, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %23, 903168
  %61 = getelementptr inbounds float, float* %2, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %23, 1003520
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = add i64 %23, 1103872
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %23, 1204224
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = add i64 %23, 1304576
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = add i64 %23, 1404928
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = add i64 %23, 1505280
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %23, 1605632
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %23, 1705984
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %23, 1806336
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %23, 1906688
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %23, 2007040
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %23, 2107392
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %23, 2207744
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %23, 2308096
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %23, 2408448
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %23, 2508800
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = add i64 %23, 2609152
  %129 = getelementptr inbounds float, float* %2, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = add i64 %23, 2709504
  %133 = getelementptr inbounds float, float* %2, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = add i64 %23, 2809856
  %137 = getelementptr inbounds float, float* %2, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %23, 2910208
  %141 = getelementptr inbounds float, float* %2, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %23, 3010560
  %145 = getelementptr inbounds float, float* %2, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %23, 3110912
  %149 = getelementptr inbounds float, float* %2, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %23, 3211264
  %153 = getelementptr inbounds float, float* %2, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %23, 3311616
  %157 = getelementptr inbounds float, float* %2, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %23, 3411968
  %161 = getelementptr inbounds float, float* %2, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %23, 3512320
  %165 = getelementptr inbounds float, float* %2, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = fadd <8 x float> %31, %35
  %169 = fsub <8 x float> %31, %35
  %170 = fadd <8 x float> %39, %43
  %171 = fsub <8 x float> %39, %43
  %172 = fadd <8 x float> %27, %168
  %173 = fadd <8 x float> %172, %170
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %169)
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %168)
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %169)
  %177 = fadd <8 x float> %176, %47
  %178 = fadd <8 x float> %55, %59
  %179 = fsub <8 x float> %55, %59
  %180 = fadd <8 x float> %63, %67
  %181 = fsub <8 x float> %63, %67
  %182 = fadd <8 x float> %51, %178
  %183 = fadd <8 x float> %182, %180
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %179)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %178)
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %179)
  %187 = fadd <8 x float> %186, %71
  %188 = fadd <8 x float> %79, %83
  %189 = fsub <8 x float> %79, %83
  %190 = fadd <8 x float> %87, %91
  %191 = fsub <8 x float> %87, %91
  %192 = fadd <8 x float> %75, %188
  %193 = fadd <8 x float> %192, %190
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %189)
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %188)
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %189)
  %197 = fadd <8 x float> %196, %95
  %198 = fadd <8 x float> %103, %107
  %199 = fsub <8 x float> %103, %107
  %200 = fadd <8 x float> %111, %115
  %201 = fsub <8 x float> %111, %115
  %202 = fadd <8 x float> %99, %198
  %203 = fadd <8 x float> %202, %200
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %199)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %198)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %199)
  %207 = fadd <8 x float> %206, %119
  %208 = fadd <8 x float> %127, %131
  %209 = fsub <8 x float> %127, %131
  %210 = fadd <8 x float> %135, %139
  %211 = fsub <8 x float> %135, %139
  %212 = fadd <8 x float> %123, %208
  %213 = fadd <8 x float> %212, %210
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %209)
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %208)
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %209)
  %217 = fadd <8 x float> %216, %143
  %218 = fadd <8 x float> %151, %155
  %219 = fsub <8 x float> %151, %155
  %220 = fadd <8 x float> %159, %163
  %221 = fsub <8 x float> %159, %163
  %222 = fadd <8 x float> %147, %218
  %223 = fadd <8 x float> %222, %220
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %219)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %218)
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %219)
  %227 = fadd <8 x float> %226, %167
  %228 = mul i64 %block, 8
  %229 = getelementptr inbounds float, float* %4, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = mul i64 %block, 100352
  %233 = add i64 %18, %232
  %234 = fadd <8 x float> %183, %193
  %235 = fsub <8 x float> %183, %193
  %236 = fadd <8 x float> %203, %213
  %237 = fsub <8 x float> %203, %213
  %238 = fadd <8 x float> %173, %234
  %239 = fadd <8 x float> %238, %236
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %235)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %234)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %235)
  %243 = fadd <8 x float> %242, %223
  %244 = add i64 %233, 0
  %245 = fadd <8 x float> %239, %231
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = getelementptr inbounds float, float* %0, i64 %244
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %247, <8 x float>* %249, align 4
  %250 = add i64 %233, 896
  %251 = fadd <8 x float> %240, %231
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = getelementptr inbounds float, float* %0, i64 %250
  %255 = bitcast float* %254 to <8 x float>*
  store <8 x float> %253, <8 x float>* %255, align 4
  %256 = add i64 %233, 1792
  %257 = fadd <8 x float> %241, %231
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %233, 2688
  %263 = fadd <8 x float> %243, %231
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = getelementptr inbounds float, float* %0, i64 %262
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = fadd <8 x float> %184, %194
  %269 = fsub <8 x float> %184, %194
  %270 = fadd <8 x float> %204, %214
  %271 = fsub <8 x float> %204, %214
  %272 = fadd <8 x float> %174, %268
  %273 = fadd <8 x float> %272, %270
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %269)
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %268)
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %269)
  %277 = fadd <8 x float> %276, %224
  %278 = add i64 %233, 8
  %279 = fadd <8 x float> %273, %231
  %280 = fcmp olt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> zeroinitializer, <8 x float> %279
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %233, 904
  %285 = fadd <8 x float> %274, %231
  %286 = fcmp olt <8 x float> %285, zeroinitializer
  %287 = select <8 x i1> %286, <8 x float> zeroinitializer, <8 x float> %285
  %288 = getelementptr inbounds float, float* %0, i64 %284
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %287, <8 x float>* %289, align 4
  %290 = add i64 %233, 1800
  %291 = fadd <8 x float> %275, %231
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %290
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %296 = add i64 %233, 2696
  %297 = fadd <8 x float> %277, %231
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = getelementptr inbounds float, float* %0, i64 %296
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %299, <8 x float>* %301, align 4
  %302 = fadd <8 x float> %185, %195
  %303 = fsub <8 x float> %185, %195
  %304 = fadd <8 x float> %205, %215
  %305 = fsub <8 x float> %205, %215
  %306 = fadd <8 x float> %175, %302
  %307 = fadd <8 x float> %306, %304
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %303)
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %302)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %303)
  %311 = fadd <8 x float> %310, %225
  %312 = add i64 %233, 16
  %313 = fadd <8 x float> %307, %231
  %314 = fcmp olt <8 x float> %313, zeroinitializer
  %315 = select <8 x i1> %314, <8 x float> zeroinitializer, <8 x float> %313
  %316 = getelementptr inbounds float, float* %0, i64 %312
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %315, <8 x float>* %317, align 4
  %318 = add i64 %233, 912
  %319 = fadd <8 x float> %308, %231
  %320 = fcmp olt <8 x float> %319, zeroinitializer
  %321 = select <8 x i1> %320, <8 x float> zeroinitializer, <8 x float> %319
  %322 = getelementptr inbounds float, float* %0, i64 %318
  %323 = bitcast float* %322 to <8 x float>*
  store <8 x float> %321, <8 x float>* %323, align 4
  %324 = add i64 %233, 1808
  %325 = fadd <8 x float> %309, %231
  %326 = fcmp olt <8 x float> %325, zeroinitializer
  %327 = select <8 x i1> %326, <8 x float> zeroinitializer, <8 x float> %325
  %328 = getelementptr inbounds float, float* %0, i64 %324
  %329 = bitcast float* %328 to <8 x float>*
  store <8 x float> %327, <8 x float>* %329, align 4
  %330 = add i64 %233, 2704
  %331 = fadd <8 x float> %311, %231
  %332 = fcmp olt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> zeroinitializer, <8 x float> %331
  %334 = getelementptr inbounds float, float* %0, i64 %330
  %335 = bitcast float* %334 to <8 x float>*
  store <8 x float> %333, <8 x float>* %335, align 4
  %336 = fadd <8 x float> %187, %197
  %337 = fsub <8 x float> %187, %197
  %338 = fadd <8 x float> %207, %217
  %339 = fsub <8 x float> %207, %217
  %340 = fadd <8 x float> %177, %336
  %341 = fadd <8 x float> %340, %338
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %337)
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %336)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %337)
  %345 = fadd <8 x float> %344, %227
  %346 = add i64 %233, 24
  %347 = fadd <8 x float> %341, %231
  %348 = fcmp olt <8 x float> %347, zeroinitializer
  %349 = select <8 x i1> %348, <8 x float> zeroinitializer, <8 x float> %347
  %350 = getelementptr inbounds float, float* %0, i64 %346
  %351 = bitcast float* %350 to <8 x float>*
  store <8 x float> %349, <8 x float>* %351, align 4
  %352 = add i64 %233, 920
  %353 = fadd <8 x float> %342, %231
  %354 = fcmp olt <8 x float> %353, zeroinitializer
  %355 = select <8 x i1> %354, <8 x float> zeroinitializer, <8 x float> %353
  %356 = getelementptr inbounds float, float* %0, i64 %352
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %355, <8 x float>* %357, align 4
  %358 = add i64 %233, 1816
  %359 = fadd <8 x float> %343, %231
  %360 = fcmp olt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> zeroinitializer, <8 x float> %359
  %362 = getelementptr inbounds float, float* %0, i64 %358
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %361, <8 x float>* %363, align 4
  %364 = add i64 %233, 2712
  %365 = fadd <8 x float> %345, %231
  %366 = fcmp olt <8 x float> %365, zeroinitializer
  %367 = select <8 x i1> %366, <8 x float> zeroinitializer, <8 x float> %365
  %368 = getelementptr inbounds float, float* %0, i64 %364
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %367, <8 x float>* %369, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !5

block.exit:                                       ; preds = %block.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node2.conv2d_2.step3(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 784, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 784
  %26 = select i1 %25, i64 %24, i64 784
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 784
  %29 = select i1 %28, i64 %27, i64 784
  call void @node2.conv2d_2.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
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
  %8 = sdiv i64 %task, 56
  %9 = srem i64 %task, 56
  %10 = mul i64 %8, 100352
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 56
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 448
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 112
  %22 = select i1 %21, i64 %20, i64 112
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 112
  %25 = select i1 %24, i64 %23, i64 112
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 56
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 112
  %34 = select i1 %33, i64 %32, i64 112
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 112
  %37 = select i1 %36, i64 %35, i64 112
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
  %45 = mul i64 %r, 112
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
define internal void @node3.maxPool2d_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node3.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 58
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 58
  %10 = mul i64 %task, 464
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 56
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 56
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 448
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 1792, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 456
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 1856, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node4.conv2d_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 928, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 928
  %23 = select i1 %22, i64 %21, i64 928
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 928
  %26 = select i1 %25, i64 %24, i64 928
  call void @node4.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %unit.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %unit.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 14
  %8 = sdiv i64 %task, 14
  %9 = srem i64 %8, 14
  %10 = sdiv i64 %task, 196
  %11 = mul i64 %10, 16
  %12 = mul i64 %11, 26912
  %13 = mul i64 %9, 232
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 128
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 16
  br i1 %19, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %20 = mul i64 %unit, 26912
  %21 = add i64 %17, %20
  %22 = add i64 %21, 0
  %23 = getelementptr inbounds float, float* %2, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %21, 8
  %27 = getelementptr inbounds float, float* %2, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %21, 16
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %21, 24
  %35 = getelementptr inbounds float, float* %2, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %21, 32
  %39 = getelementptr inbounds float, float* %2, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %21, 40
  %43 = getelementptr inbounds float, float* %2, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %21, 464
  %47 = getelementptr inbounds float, float* %2, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, 472
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %21, 480
  %55 = getelementptr inbounds float, float* %2, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %21, 488
  %59 = getelementptr inbounds float, float* %2, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = add i64 %21, 496
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %21, 504
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = add i64 %21, 928
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %21, 936
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %21, 944
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %21, 952
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %21, 960
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %21, 968
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %21, 1392
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %21, 1400
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %21, 1408
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %21, 1416
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %21, 1424
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %21, 1432
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %21, 1856
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %21, 1864
  %123 = getelementptr inbounds float, float* %2, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %21, 1872
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %21, 1880
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %21, 1888
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %21, 1896
  %139 = getelementptr inbounds float, float* %2, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = add i64 %21, 2320
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %21, 2328
  %147 = getelementptr inbounds float, float* %2, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %21, 2336
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %21, 2344
  %155 = getelementptr inbounds float, float* %2, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %21, 2352
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %21, 2360
  %163 = getelementptr inbounds float, float* %2, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %73, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %49, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %121, %166
  %169 = fsub <8 x float> %97, %167
  %170 = fsub <8 x float> %121, %73
  %171 = fsub <8 x float> %97, %49
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %174 = fmul <8 x float> %73, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %145)
  %181 = fmul <8 x float> %97, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = fmul <8 x float> %77, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %184 = fmul <8 x float> %53, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %185 = fsub <8 x float> %125, %183
  %186 = fsub <8 x float> %101, %184
  %187 = fsub <8 x float> %125, %77
  %188 = fsub <8 x float> %101, %53
  %189 = fmul <8 x float> %188, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %125)
  %191 = fmul <8 x float> %77, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %192 = fadd <8 x float> %190, %191
  %193 = fadd <8 x float> %185, %186
  %194 = fsub <8 x float> %185, %186
  %195 = fadd <8 x float> %187, %189
  %196 = fsub <8 x float> %187, %189
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %149)
  %198 = fmul <8 x float> %101, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %199 = fadd <8 x float> %197, %198
  %200 = fmul <8 x float> %81, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %201 = fmul <8 x float> %57, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %202 = fsub <8 x float> %129, %200
  %203 = fsub <8 x float> %105, %201
  %204 = fsub <8 x float> %129, %81
  %205 = fsub <8 x float> %105, %57
  %206 = fmul <8 x float> %205, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %129)
  %208 = fmul <8 x float> %81, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %209 = fadd <8 x float> %207, %208
  %210 = fadd <8 x float> %202, %203
  %211 = fsub <8 x float> %202, %203
  %212 = fadd <8 x float> %204, %206
  %213 = fsub <8 x float> %204, %206
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %57, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %153)
  %215 = fmul <8 x float> %105, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %216 = fadd <8 x float> %214, %215
  %217 = fmul <8 x float> %85, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %218 = fmul <8 x float> %61, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %219 = fsub <8 x float> %133, %217
  %220 = fsub <8 x float> %109, %218
  %221 = fsub <8 x float> %133, %85
  %222 = fsub <8 x float> %109, %61
  %223 = fmul <8 x float> %222, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %37, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %133)
  %225 = fmul <8 x float> %85, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %226 = fadd <8 x float> %224, %225
  %227 = fadd <8 x float> %219, %220
  %228 = fsub <8 x float> %219, %220
  %229 = fadd <8 x float> %221, %223
  %230 = fsub <8 x float> %221, %223
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %157)
  %232 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %233 = fadd <8 x float> %231, %232
  %234 = fmul <8 x float> %89, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %235 = fmul <8 x float> %65, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %236 = fsub <8 x float> %137, %234
  %237 = fsub <8 x float> %113, %235
  %238 = fsub <8 x float> %137, %89
  %239 = fsub <8 x float> %113, %65
  %240 = fmul <8 x float> %239, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %41, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %137)
  %242 = fmul <8 x float> %89, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %243 = fadd <8 x float> %241, %242
  %244 = fadd <8 x float> %236, %237
  %245 = fsub <8 x float> %236, %237
  %246 = fadd <8 x float> %238, %240
  %247 = fsub <8 x float> %238, %240
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %249 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %250 = fadd <8 x float> %248, %249
  %251 = fmul <8 x float> %93, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %252 = fmul <8 x float> %69, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %253 = fsub <8 x float> %141, %251
  %254 = fsub <8 x float> %117, %252
  %255 = fsub <8 x float> %141, %93
  %256 = fsub <8 x float> %117, %69
  %257 = fmul <8 x float> %256, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %141)
  %259 = fmul <8 x float> %93, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %260 = fadd <8 x float> %258, %259
  %261 = fadd <8 x float> %253, %254
  %262 = fsub <8 x float> %253, %254
  %263 = fadd <8 x float> %255, %257
  %264 = fsub <8 x float> %255, %257
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %266 = fmul <8 x float> %117, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %267 = fadd <8 x float> %265, %266
  %268 = mul i64 %unit, 8
  %269 = add i64 %18, %268
  %270 = fmul <8 x float> %209, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %271 = fmul <8 x float> %192, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %272 = fsub <8 x float> %243, %270
  %273 = fsub <8 x float> %226, %271
  %274 = fsub <8 x float> %243, %209
  %275 = fsub <8 x float> %226, %192
  %276 = fmul <8 x float> %275, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %243)
  %278 = fmul <8 x float> %209, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %279 = fadd <8 x float> %277, %278
  %280 = fadd <8 x float> %272, %273
  %281 = fsub <8 x float> %272, %273
  %282 = fadd <8 x float> %274, %276
  %283 = fsub <8 x float> %274, %276
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %260)
  %285 = fmul <8 x float> %226, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %286 = fadd <8 x float> %284, %285
  %287 = add i64 430592, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 455680, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 480768, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 505856, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 530944, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 556032, %269
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %286, <8 x float>* %304, align 4
  %305 = fmul <8 x float> %210, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %306 = fmul <8 x float> %193, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %307 = fsub <8 x float> %244, %305
  %308 = fsub <8 x float> %227, %306
  %309 = fsub <8 x float> %244, %210
  %310 = fsub <8 x float> %227, %193
  %311 = fmul <8 x float> %310, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %244)
  %313 = fmul <8 x float> %210, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %314 = fadd <8 x float> %312, %313
  %315 = fadd <8 x float> %307, %308
  %316 = fsub <8 x float> %307, %308
  %317 = fadd <8 x float> %309, %311
  %318 = fsub <8 x float> %309, %311
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %261)
  %320 = fmul <8 x float> %227, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %321 = fadd <8 x float> %319, %320
  %322 = add i64 581120, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 606208, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 631296, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 656384, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 681472, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 706560, %269
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %321, <8 x float>* %339, align 4
  %340 = fmul <8 x float> %211, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %341 = fmul <8 x float> %194, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %342 = fsub <8 x float> %245, %340
  %343 = fsub <8 x float> %228, %341
  %344 = fsub <8 x float> %245, %211
  %345 = fsub <8 x float> %228, %194
  %346 = fmul <8 x float> %345, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %245)
  %348 = fmul <8 x float> %211, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %349 = fadd <8 x float> %347, %348
  %350 = fadd <8 x float> %342, %343
  %351 = fsub <8 x float> %342, %343
  %352 = fadd <8 x float> %344, %346
  %353 = fsub <8 x float> %344, %346
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %262)
  %355 = fmul <8 x float> %228, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %356 = fadd <8 x float> %354, %355
  %357 = add i64 731648, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 756736, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 781824, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 806912, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 832000, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 857088, %269
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %356, <8 x float>* %374, align 4
  %375 = fmul <8 x float> %212, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %376 = fmul <8 x float> %195, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %377 = fsub <8 x float> %246, %375
  %378 = fsub <8 x float> %229, %376
  %379 = fsub <8 x float> %246, %212
  %380 = fsub <8 x float> %229, %195
  %381 = fmul <8 x float> %380, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %246)
  %383 = fmul <8 x float> %212, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %384 = fadd <8 x float> %382, %383
  %385 = fadd <8 x float> %377, %378
  %386 = fsub <8 x float> %377, %378
  %387 = fadd <8 x float> %379, %381
  %388 = fsub <8 x float> %379, %381
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %263)
  %390 = fmul <8 x float> %229, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %391 = fadd <8 x float> %389, %390
  %392 = add i64 882176, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 907264, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 932352, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 957440, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 982528, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 1007616, %269
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %391, <8 x float>* %409, align 4
  %410 = fmul <8 x float> %213, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %411 = fmul <8 x float> %196, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %412 = fsub <8 x float> %247, %410
  %413 = fsub <8 x float> %230, %411
  %414 = fsub <8 x float> %247, %213
  %415 = fsub <8 x float> %230, %196
  %416 = fmul <8 x float> %415, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %247)
  %418 = fmul <8 x float> %213, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %419 = fadd <8 x float> %417, %418
  %420 = fadd <8 x float> %412, %413
  %421 = fsub <8 x float> %412, %413
  %422 = fadd <8 x float> %414, %416
  %423 = fsub <8 x float> %414, %416
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %264)
  %425 = fmul <8 x float> %230, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %426 = fadd <8 x float> %424, %425
  %427 = add i64 1032704, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 1057792, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 1082880, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 1107968, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 1133056, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 1158144, %269
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  store <8 x float> %426, <8 x float>* %444, align 4
  %445 = fmul <8 x float> %216, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %446 = fmul <8 x float> %199, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %447 = fsub <8 x float> %250, %445
  %448 = fsub <8 x float> %233, %446
  %449 = fsub <8 x float> %250, %216
  %450 = fsub <8 x float> %233, %199
  %451 = fmul <8 x float> %450, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %250)
  %453 = fmul <8 x float> %216, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %454 = fadd <8 x float> %452, %453
  %455 = fadd <8 x float> %447, %448
  %456 = fsub <8 x float> %447, %448
  %457 = fadd <8 x float> %449, %451
  %458 = fsub <8 x float> %449, %451
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %267)
  %460 = fmul <8 x float> %233, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %461 = fadd <8 x float> %459, %460
  %462 = add i64 1183232, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 1208320, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 1233408, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 1258496, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 1283584, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 1308672, %269
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  store <8 x float> %461, <8 x float>* %479, align 4
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !6

unit.exit:                                        ; preds = %unit.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node4.conv2d_3.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 196, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 196
  %23 = select i1 %22, i64 %21, i64 196
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 196
  %26 = select i1 %25, i64 %24, i64 196
  call void @node4.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %27 = icmp slt i64 %task, %6
  br i1 %27, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %28 = sdiv i64 %task, 528
  %29 = mul i64 %28, 25088
  %30 = add i64 430592, %29
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = mul i64 %28, 32768
  %33 = getelementptr inbounds float, float* %4, i64 %32
  %34 = mul i64 %28, 50176
  %35 = add i64 1333760, %34
  %36 = srem i64 %task, 528
  %37 = sdiv i64 %36, 16
  %38 = srem i64 %36, 16
  %39 = mul i64 %37, 6
  %40 = mul i64 %38, 16
  %41 = mul i64 %38, 2048
  %42 = icmp eq i64 %37, 32
  br i1 %42, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
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
  br label %k.header4

endif:                                            ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %43 = icmp slt i64 %k, 128
  br i1 %43, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %44 = mul i64 %k, 16
  %45 = add i64 %41, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %33, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %33, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %39, 0
  %55 = mul i64 %54, 128
  %56 = add i64 %55, %k
  %57 = getelementptr inbounds float, float* %31, i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %26, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %26, align 32
  %62 = load <8 x float>, <8 x float>* %22, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %22, align 32
  %64 = add i64 %39, 1
  %65 = mul i64 %64, 128
  %66 = add i64 %65, %k
  %67 = getelementptr inbounds float, float* %31, i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %25, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %25, align 32
  %72 = load <8 x float>, <8 x float>* %21, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %21, align 32
  %74 = add i64 %39, 2
  %75 = mul i64 %74, 128
  %76 = add i64 %75, %k
  %77 = getelementptr inbounds float, float* %31, i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %24, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %24, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %39, 3
  %85 = mul i64 %84, 128
  %86 = add i64 %85, %k
  %87 = getelementptr inbounds float, float* %31, i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %23, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %23, align 32
  %92 = load <8 x float>, <8 x float>* %19, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %94 = add i64 %39, 0
  %95 = add i64 %40, 0
  %96 = load <8 x float>, <8 x float>* %26, align 32
  %97 = mul i64 %94, 256
  %98 = add i64 %97, %95
  %99 = add i64 %35, %98
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %96, <8 x float>* %101, align 4
  %102 = add i64 %39, 1
  %103 = add i64 %40, 0
  %104 = load <8 x float>, <8 x float>* %25, align 32
  %105 = mul i64 %102, 256
  %106 = add i64 %105, %103
  %107 = add i64 %35, %106
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %104, <8 x float>* %109, align 4
  %110 = add i64 %39, 2
  %111 = add i64 %40, 0
  %112 = load <8 x float>, <8 x float>* %24, align 32
  %113 = mul i64 %110, 256
  %114 = add i64 %113, %111
  %115 = add i64 %35, %114
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %112, <8 x float>* %117, align 4
  %118 = add i64 %39, 3
  %119 = add i64 %40, 0
  %120 = load <8 x float>, <8 x float>* %23, align 32
  %121 = mul i64 %118, 256
  %122 = add i64 %121, %119
  %123 = add i64 %35, %122
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %120, <8 x float>* %125, align 4
  %126 = add i64 %39, 0
  %127 = add i64 %40, 8
  %128 = load <8 x float>, <8 x float>* %22, align 32
  %129 = mul i64 %126, 256
  %130 = add i64 %129, %127
  %131 = add i64 %35, %130
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %128, <8 x float>* %133, align 4
  %134 = add i64 %39, 1
  %135 = add i64 %40, 8
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = mul i64 %134, 256
  %138 = add i64 %137, %135
  %139 = add i64 %35, %138
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %136, <8 x float>* %141, align 4
  %142 = add i64 %39, 2
  %143 = add i64 %40, 8
  %144 = load <8 x float>, <8 x float>* %20, align 32
  %145 = mul i64 %142, 256
  %146 = add i64 %145, %143
  %147 = add i64 %35, %146
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %144, <8 x float>* %149, align 4
  %150 = add i64 %39, 3
  %151 = add i64 %40, 8
  %152 = load <8 x float>, <8 x float>* %19, align 32
  %153 = mul i64 %150, 256
  %154 = add i64 %153, %151
  %155 = add i64 %35, %154
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %152, <8 x float>* %157, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %158 = icmp slt i64 %k7, 128
  br i1 %158, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %159 = mul i64 %k7, 16
  %160 = add i64 %41, %159
  %161 = add i64 %160, 0
  %162 = getelementptr inbounds float, float* %33, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = add i64 %160, 8
  %166 = getelementptr inbounds float, float* %33, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = add i64 %39, 0
  %170 = mul i64 %169, 128
  %171 = add i64 %170, %k7
  %172 = getelementptr inbounds float, float* %31, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat8 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %18, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %164, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %18, align 32
  %177 = load <8 x float>, <8 x float>* %12, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %168, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %12, align 32
  %179 = add i64 %39, 1
  %180 = mul i64 %179, 128
  %181 = add i64 %180, %k7
  %182 = getelementptr inbounds float, float* %31, i64 %181
  %183 = load float, float* %182, align 4
  %184 = insertelement <8 x float> undef, float %183, i32 0
  %splat9 = shufflevector <8 x float> %184, <8 x float> undef, <8 x i32> zeroinitializer
  %185 = load <8 x float>, <8 x float>* %17, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %164, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %17, align 32
  %187 = load <8 x float>, <8 x float>* %11, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %168, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %11, align 32
  %189 = add i64 %39, 2
  %190 = mul i64 %189, 128
  %191 = add i64 %190, %k7
  %192 = getelementptr inbounds float, float* %31, i64 %191
  %193 = load float, float* %192, align 4
  %194 = insertelement <8 x float> undef, float %193, i32 0
  %splat10 = shufflevector <8 x float> %194, <8 x float> undef, <8 x i32> zeroinitializer
  %195 = load <8 x float>, <8 x float>* %16, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %164, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %16, align 32
  %197 = load <8 x float>, <8 x float>* %10, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %168, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %10, align 32
  %199 = add i64 %39, 3
  %200 = mul i64 %199, 128
  %201 = add i64 %200, %k7
  %202 = getelementptr inbounds float, float* %31, i64 %201
  %203 = load float, float* %202, align 4
  %204 = insertelement <8 x float> undef, float %203, i32 0
  %splat11 = shufflevector <8 x float> %204, <8 x float> undef, <8 x i32> zeroinitializer
  %205 = load <8 x float>, <8 x float>* %15, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %164, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %15, align 32
  %207 = load <8 x float>, <8 x float>* %9, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %168, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %9, align 32
  %209 = add i64 %39, 4
  %210 = mul i64 %209, 128
  %211 = add i64 %210, %k7
  %212 = getelementptr inbounds float, float* %31, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat12 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %14, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %164, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %14, align 32
  %217 = load <8 x float>, <8 x float>* %8, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %168, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %8, align 32
  %219 = add i64 %39, 5
  %220 = mul i64 %219, 128
  %221 = add i64 %220, %k7
  %222 = getelementptr inbounds float, float* %31, i64 %221
  %223 = load float, float* %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i32 0
  %splat13 = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %225 = load <8 x float>, <8 x float>* %13, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %164, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %13, align 32
  %227 = load <8 x float>, <8 x float>* %7, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %168, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %229 = add i64 %39, 0
  %230 = add i64 %40, 0
  %231 = load <8 x float>, <8 x float>* %18, align 32
  %232 = mul i64 %229, 256
  %233 = add i64 %232, %230
  %234 = add i64 %35, %233
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  store <8 x float> %231, <8 x float>* %236, align 4
  %237 = add i64 %39, 1
  %238 = add i64 %40, 0
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = mul i64 %237, 256
  %241 = add i64 %240, %238
  %242 = add i64 %35, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %239, <8 x float>* %244, align 4
  %245 = add i64 %39, 2
  %246 = add i64 %40, 0
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = mul i64 %245, 256
  %249 = add i64 %248, %246
  %250 = add i64 %35, %249
  %251 = getelementptr inbounds float, float* %2, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %247, <8 x float>* %252, align 4
  %253 = add i64 %39, 3
  %254 = add i64 %40, 0
  %255 = load <8 x float>, <8 x float>* %15, align 32
  %256 = mul i64 %253, 256
  %257 = add i64 %256, %254
  %258 = add i64 %35, %257
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  store <8 x float> %255, <8 x float>* %260, align 4
  %261 = add i64 %39, 4
  %262 = add i64 %40, 0
  %263 = load <8 x float>, <8 x float>* %14, align 32
  %264 = mul i64 %261, 256
  %265 = add i64 %264, %262
  %266 = add i64 %35, %265
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %263, <8 x float>* %268, align 4
  %269 = add i64 %39, 5
  %270 = add i64 %40, 0
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = mul i64 %269, 256
  %273 = add i64 %272, %270
  %274 = add i64 %35, %273
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %271, <8 x float>* %276, align 4
  %277 = add i64 %39, 0
  %278 = add i64 %40, 8
  %279 = load <8 x float>, <8 x float>* %12, align 32
  %280 = mul i64 %277, 256
  %281 = add i64 %280, %278
  %282 = add i64 %35, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %279, <8 x float>* %284, align 4
  %285 = add i64 %39, 1
  %286 = add i64 %40, 8
  %287 = load <8 x float>, <8 x float>* %11, align 32
  %288 = mul i64 %285, 256
  %289 = add i64 %288, %286
  %290 = add i64 %35, %289
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %287, <8 x float>* %292, align 4
  %293 = add i64 %39, 2
  %294 = add i64 %40, 8
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = mul i64 %293, 256
  %297 = add i64 %296, %294
  %298 = add i64 %35, %297
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  store <8 x float> %295, <8 x float>* %300, align 4
  %301 = add i64 %39, 3
  %302 = add i64 %40, 8
  %303 = load <8 x float>, <8 x float>* %9, align 32
  %304 = mul i64 %301, 256
  %305 = add i64 %304, %302
  %306 = add i64 %35, %305
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %303, <8 x float>* %308, align 4
  %309 = add i64 %39, 4
  %310 = add i64 %40, 8
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %309, 256
  %313 = add i64 %312, %310
  %314 = add i64 %35, %313
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %311, <8 x float>* %316, align 4
  %317 = add i64 %39, 5
  %318 = add i64 %40, 8
  %319 = load <8 x float>, <8 x float>* %7, align 32
  %320 = mul i64 %317, 256
  %321 = add i64 %320, %318
  %322 = add i64 %35, %321
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %319, <8 x float>* %324, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node4.conv2d_3.step2(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 19008, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 19008
  %26 = select i1 %25, i64 %24, i64 19008
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 19008
  %29 = select i1 %28, i64 %27, i64 19008
  call void @node4.conv2d_3.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_3.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %block.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %block.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = srem i64 %task, 14
  %9 = sdiv i64 %task, 14
  %10 = srem i64 %9, 14
  %11 = sdiv i64 %task, 196
  %12 = mul i64 %11, 32
  %13 = mul i64 %12, 25088
  %14 = mul i64 %10, 224
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 256
  %20 = add i64 1333760, %19
  br label %block.header

task.exit:                                        ; preds = %task.header
  ret void

block.header:                                     ; preds = %block.body, %task.body
  %block = phi i64 [ 0, %task.body ], [ %block.next, %block.body ]
  %21 = icmp slt i64 %block, 32
  br i1 %21, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %22 = mul i64 %block, 8
  %23 = add i64 %20, %22
  %24 = add i64 %23, 0
  %25 = getelementptr inbounds float, float* %2, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %23, 50176
  %29 = getelementptr inbounds float, float* %2, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %23, 100352
  %33 = getelementptr inbounds float, float* %2, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %23, 150528
  %37 = getelementptr inbounds float, float* %2, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %23, 200704
  %41 = getelementptr inbounds float, float* %2, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %23, 250880
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %23, 301056
  %49 = getelementptr inbounds float, float* %2, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %23, 351232
  %53 = getelementptr inbounds float, float* %2, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %23, 401408
  %57 = getelementptr inbounds float, float* %2, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %23, 451584
  %61 = getelementptr inbounds float, float* %2, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %23, 501760
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = add i64 %23, 551936
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %23, 602112
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = add i64 %23, 652288
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = add i64 %23, 702464
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = add i64 %23, 752640
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %23, 802816
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %23, 852992
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %23, 903168
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %23, 953344
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %23, 1003520
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %23, 1053696
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %23, 1103872
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %23, 1154048
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %23, 1204224
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %23, 1254400
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = add i64 %23, 1304576
  %129 = getelementptr inbounds float, float* %2, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = add i64 %23, 1354752
  %133 = getelementptr inbounds float, float* %2, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = add i64 %23, 1404928
  %137 = getelementptr inbounds float, float* %2, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %23, 1455104
  %141 = getelementptr inbounds float, float* %2, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %23, 1505280
  %145 = getelementptr inbounds float, float* %2, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %23, 1555456
  %149 = getelementptr inbounds float, float* %2, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %23, 1605632
  %153 = getelementptr inbounds float, float* %2, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %23, 1655808
  %157 = getelementptr inbounds float, float* %2, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %23, 1705984
  %161 = getelementptr inbounds float, float* %2, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %23, 1756160
  %165 = getelementptr inbounds float, float* %2, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = fadd <8 x float> %31, %35
  %169 = fsub <8 x float> %31, %35
  %170 = fadd <8 x float> %39, %43
  %171 = fsub <8 x float> %39, %43
  %172 = fadd <8 x float> %27, %168
  %173 = fadd <8 x float> %172, %170
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %169)
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %168)
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %169)
  %177 = fadd <8 x float> %176, %47
  %178 = fadd <8 x float> %55, %59
  %179 = fsub <8 x float> %55, %59
  %180 = fadd <8 x float> %63, %67
  %181 = fsub <8 x float> %63, %67
  %182 = fadd <8 x float> %51, %178
  %183 = fadd <8 x float> %182, %180
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %179)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %178)
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %179)
  %187 = fadd <8 x float> %186, %71
  %188 = fadd <8 x float> %79, %83
  %189 = fsub <8 x float> %79, %83
  %190 = fadd <8 x float> %87, %91
  %191 = fsub <8 x float> %87, %91
  %192 = fadd <8 x float> %75, %188
  %193 = fadd <8 x float> %192, %190
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %189)
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %188)
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %189)
  %197 = fadd <8 x float> %196, %95
  %198 = fadd <8 x float> %103, %107
  %199 = fsub <8 x float> %103, %107
  %200 = fadd <8 x float> %111, %115
  %201 = fsub <8 x float> %111, %115
  %202 = fadd <8 x float> %99, %198
  %203 = fadd <8 x float> %202, %200
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %199)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %198)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %199)
  %207 = fadd <8 x float> %206, %119
  %208 = fadd <8 x float> %127, %131
  %209 = fsub <8 x float> %127, %131
  %210 = fadd <8 x float> %135, %139
  %211 = fsub <8 x float> %135, %139
  %212 = fadd <8 x float> %123, %208
  %213 = fadd <8 x float> %212, %210
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %209)
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %208)
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %209)
  %217 = fadd <8 x float> %216, %143
  %218 = fadd <8 x float> %151, %155
  %219 = fsub <8 x float> %151, %155
  %220 = fadd <8 x float> %159, %163
  %221 = fsub <8 x float> %159, %163
  %222 = fadd <8 x float> %147, %218
  %223 = fadd <8 x float> %222, %220
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %219)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %218)
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %219)
  %227 = fadd <8 x float> %226, %167
  %228 = mul i64 %block, 8
  %229 = getelementptr inbounds float, float* %4, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = mul i64 %block, 25088
  %233 = add i64 %18, %232
  %234 = fadd <8 x float> %183, %193
  %235 = fsub <8 x float> %183, %193
  %236 = fadd <8 x float> %203, %213
  %237 = fsub <8 x float> %203, %213
  %238 = fadd <8 x float> %173, %234
  %239 = fadd <8 x float> %238, %236
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %235)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %234)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %235)
  %243 = fadd <8 x float> %242, %223
  %244 = add i64 %233, 0
  %245 = fadd <8 x float> %239, %231
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = getelementptr inbounds float, float* %0, i64 %244
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %247, <8 x float>* %249, align 4
  %250 = add i64 %233, 448
  %251 = fadd <8 x float> %240, %231
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = getelementptr inbounds float, float* %0, i64 %250
  %255 = bitcast float* %254 to <8 x float>*
  store <8 x float> %253, <8 x float>* %255, align 4
  %256 = add i64 %233, 896
  %257 = fadd <8 x float> %241, %231
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %233, 1344
  %263 = fadd <8 x float> %243, %231
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = getelementptr inbounds float, float* %0, i64 %262
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = fadd <8 x float> %184, %194
  %269 = fsub <8 x float> %184, %194
  %270 = fadd <8 x float> %204, %214
  %271 = fsub <8 x float> %204, %214
  %272 = fadd <8 x float> %174, %268
  %273 = fadd <8 x float> %272, %270
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %269)
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %268)
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %269)
  %277 = fadd <8 x float> %276, %224
  %278 = add i64 %233, 8
  %279 = fadd <8 x float> %273, %231
  %280 = fcmp olt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> zeroinitializer, <8 x float> %279
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %233, 456
  %285 = fadd <8 x float> %274, %231
  %286 = fcmp olt <8 x float> %285, zeroinitializer
  %287 = select <8 x i1> %286, <8 x float> zeroinitializer, <8 x float> %285
  %288 = getelementptr inbounds float, float* %0, i64 %284
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %287, <8 x float>* %289, align 4
  %290 = add i64 %233, 904
  %291 = fadd <8 x float> %275, %231
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %290
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %296 = add i64 %233, 1352
  %297 = fadd <8 x float> %277, %231
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = getelementptr inbounds float, float* %0, i64 %296
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %299, <8 x float>* %301, align 4
  %302 = fadd <8 x float> %185, %195
  %303 = fsub <8 x float> %185, %195
  %304 = fadd <8 x float> %205, %215
  %305 = fsub <8 x float> %205, %215
  %306 = fadd <8 x float> %175, %302
  %307 = fadd <8 x float> %306, %304
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %303)
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %302)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %303)
  %311 = fadd <8 x float> %310, %225
  %312 = add i64 %233, 16
  %313 = fadd <8 x float> %307, %231
  %314 = fcmp olt <8 x float> %313, zeroinitializer
  %315 = select <8 x i1> %314, <8 x float> zeroinitializer, <8 x float> %313
  %316 = getelementptr inbounds float, float* %0, i64 %312
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %315, <8 x float>* %317, align 4
  %318 = add i64 %233, 464
  %319 = fadd <8 x float> %308, %231
  %320 = fcmp olt <8 x float> %319, zeroinitializer
  %321 = select <8 x i1> %320, <8 x float> zeroinitializer, <8 x float> %319
  %322 = getelementptr inbounds float, float* %0, i64 %318
  %323 = bitcast float* %322 to <8 x float>*
  store <8 x float> %321, <8 x float>* %323, align 4
  %324 = add i64 %233, 912
  %325 = fadd <8 x float> %309, %231
  %326 = fcmp olt <8 x float> %325, zeroinitializer
  %327 = select <8 x i1> %326, <8 x float> zeroinitializer, <8 x float> %325
  %328 = getelementptr inbounds float, float* %0, i64 %324
  %329 = bitcast float* %328 to <8 x float>*
  store <8 x float> %327, <8 x float>* %329, align 4
  %330 = add i64 %233, 1360
  %331 = fadd <8 x float> %311, %231
  %332 = fcmp olt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> zeroinitializer, <8 x float> %331
  %334 = getelementptr inbounds float, float* %0, i64 %330
  %335 = bitcast float* %334 to <8 x float>*
  store <8 x float> %333, <8 x float>* %335, align 4
  %336 = fadd <8 x float> %187, %197
  %337 = fsub <8 x float> %187, %197
  %338 = fadd <8 x float> %207, %217
  %339 = fsub <8 x float> %207, %217
  %340 = fadd <8 x float> %177, %336
  %341 = fadd <8 x float> %340, %338
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %337)
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %336)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %337)
  %345 = fadd <8 x float> %344, %227
  %346 = add i64 %233, 24
  %347 = fadd <8 x float> %341, %231
  %348 = fcmp olt <8 x float> %347, zeroinitializer
  %349 = select <8 x i1> %348, <8 x float> zeroinitializer, <8 x float> %347
  %350 = getelementptr inbounds float, float* %0, i64 %346
  %351 = bitcast float* %350 to <8 x float>*
  store <8 x float> %349, <8 x float>* %351, align 4
  %352 = add i64 %233, 472
  %353 = fadd <8 x float> %342, %231
  %354 = fcmp olt <8 x float> %353, zeroinitializer
  %355 = select <8 x i1> %354, <8 x float> zeroinitializer, <8 x float> %353
  %356 = getelementptr inbounds float, float* %0, i64 %352
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %355, <8 x float>* %357, align 4
  %358 = add i64 %233, 920
  %359 = fadd <8 x float> %343, %231
  %360 = fcmp olt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> zeroinitializer, <8 x float> %359
  %362 = getelementptr inbounds float, float* %0, i64 %358
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %361, <8 x float>* %363, align 4
  %364 = add i64 %233, 1368
  %365 = fadd <8 x float> %345, %231
  %366 = fcmp olt <8 x float> %365, zeroinitializer
  %367 = select <8 x i1> %366, <8 x float> zeroinitializer, <8 x float> %365
  %368 = getelementptr inbounds float, float* %0, i64 %364
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %367, <8 x float>* %369, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !7

block.exit:                                       ; preds = %block.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node4.conv2d_3.step3(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 196, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 196
  %26 = select i1 %25, i64 %24, i64 196
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 196
  %29 = select i1 %28, i64 %27, i64 196
  call void @node4.conv2d_3.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 58
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 58
  %10 = mul i64 %task, 464
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 56
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 56
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 448
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 1792, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 456
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 1856, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node5.conv2d_4.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 1856, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1856
  %23 = select i1 %22, i64 %21, i64 1856
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1856
  %26 = select i1 %25, i64 %24, i64 1856
  call void @node5.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %unit.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %unit.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 14
  %8 = sdiv i64 %task, 14
  %9 = srem i64 %8, 14
  %10 = sdiv i64 %task, 196
  %11 = mul i64 %10, 32
  %12 = mul i64 %11, 26912
  %13 = mul i64 %9, 232
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 256
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 32
  br i1 %19, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %20 = mul i64 %unit, 26912
  %21 = add i64 %17, %20
  %22 = add i64 %21, 0
  %23 = getelementptr inbounds float, float* %2, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %21, 8
  %27 = getelementptr inbounds float, float* %2, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %21, 16
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %21, 24
  %35 = getelementptr inbounds float, float* %2, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %21, 32
  %39 = getelementptr inbounds float, float* %2, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %21, 40
  %43 = getelementptr inbounds float, float* %2, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %21, 464
  %47 = getelementptr inbounds float, float* %2, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, 472
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %21, 480
  %55 = getelementptr inbounds float, float* %2, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %21, 488
  %59 = getelementptr inbounds float, float* %2, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = add i64 %21, 496
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %21, 504
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = add i64 %21, 928
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %21, 936
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %21, 944
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %21, 952
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %21, 960
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %21, 968
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %21, 1392
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %21, 1400
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %21, 1408
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %21, 1416
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %21, 1424
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %21, 1432
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %21, 1856
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %21, 1864
  %123 = getelementptr inbounds float, float* %2, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %21, 1872
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %21, 1880
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %21, 1888
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %21, 1896
  %139 = getelementptr inbounds float, float* %2, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = add i64 %21, 2320
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %21, 2328
  %147 = getelementptr inbounds float, float* %2, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %21, 2336
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %21, 2344
  %155 = getelementptr inbounds float, float* %2, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %21, 2352
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %21, 2360
  %163 = getelementptr inbounds float, float* %2, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %73, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %49, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %121, %166
  %169 = fsub <8 x float> %97, %167
  %170 = fsub <8 x float> %121, %73
  %171 = fsub <8 x float> %97, %49
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %174 = fmul <8 x float> %73, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %145)
  %181 = fmul <8 x float> %97, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = fmul <8 x float> %77, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %184 = fmul <8 x float> %53, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %185 = fsub <8 x float> %125, %183
  %186 = fsub <8 x float> %101, %184
  %187 = fsub <8 x float> %125, %77
  %188 = fsub <8 x float> %101, %53
  %189 = fmul <8 x float> %188, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %125)
  %191 = fmul <8 x float> %77, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %192 = fadd <8 x float> %190, %191
  %193 = fadd <8 x float> %185, %186
  %194 = fsub <8 x float> %185, %186
  %195 = fadd <8 x float> %187, %189
  %196 = fsub <8 x float> %187, %189
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %149)
  %198 = fmul <8 x float> %101, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %199 = fadd <8 x float> %197, %198
  %200 = fmul <8 x float> %81, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %201 = fmul <8 x float> %57, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %202 = fsub <8 x float> %129, %200
  %203 = fsub <8 x float> %105, %201
  %204 = fsub <8 x float> %129, %81
  %205 = fsub <8 x float> %105, %57
  %206 = fmul <8 x float> %205, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %129)
  %208 = fmul <8 x float> %81, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %209 = fadd <8 x float> %207, %208
  %210 = fadd <8 x float> %202, %203
  %211 = fsub <8 x float> %202, %203
  %212 = fadd <8 x float> %204, %206
  %213 = fsub <8 x float> %204, %206
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %57, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %153)
  %215 = fmul <8 x float> %105, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %216 = fadd <8 x float> %214, %215
  %217 = fmul <8 x float> %85, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %218 = fmul <8 x float> %61, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %219 = fsub <8 x float> %133, %217
  %220 = fsub <8 x float> %109, %218
  %221 = fsub <8 x float> %133, %85
  %222 = fsub <8 x float> %109, %61
  %223 = fmul <8 x float> %222, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %37, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %133)
  %225 = fmul <8 x float> %85, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %226 = fadd <8 x float> %224, %225
  %227 = fadd <8 x float> %219, %220
  %228 = fsub <8 x float> %219, %220
  %229 = fadd <8 x float> %221, %223
  %230 = fsub <8 x float> %221, %223
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %157)
  %232 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %233 = fadd <8 x float> %231, %232
  %234 = fmul <8 x float> %89, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %235 = fmul <8 x float> %65, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %236 = fsub <8 x float> %137, %234
  %237 = fsub <8 x float> %113, %235
  %238 = fsub <8 x float> %137, %89
  %239 = fsub <8 x float> %113, %65
  %240 = fmul <8 x float> %239, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %41, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %137)
  %242 = fmul <8 x float> %89, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %243 = fadd <8 x float> %241, %242
  %244 = fadd <8 x float> %236, %237
  %245 = fsub <8 x float> %236, %237
  %246 = fadd <8 x float> %238, %240
  %247 = fsub <8 x float> %238, %240
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %249 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %250 = fadd <8 x float> %248, %249
  %251 = fmul <8 x float> %93, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %252 = fmul <8 x float> %69, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %253 = fsub <8 x float> %141, %251
  %254 = fsub <8 x float> %117, %252
  %255 = fsub <8 x float> %141, %93
  %256 = fsub <8 x float> %117, %69
  %257 = fmul <8 x float> %256, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %141)
  %259 = fmul <8 x float> %93, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %260 = fadd <8 x float> %258, %259
  %261 = fadd <8 x float> %253, %254
  %262 = fsub <8 x float> %253, %254
  %263 = fadd <8 x float> %255, %257
  %264 = fsub <8 x float> %255, %257
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %266 = fmul <8 x float> %117, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %267 = fadd <8 x float> %265, %266
  %268 = mul i64 %unit, 8
  %269 = add i64 %18, %268
  %270 = fmul <8 x float> %209, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %271 = fmul <8 x float> %192, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %272 = fsub <8 x float> %243, %270
  %273 = fsub <8 x float> %226, %271
  %274 = fsub <8 x float> %243, %209
  %275 = fsub <8 x float> %226, %192
  %276 = fmul <8 x float> %275, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %243)
  %278 = fmul <8 x float> %209, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %279 = fadd <8 x float> %277, %278
  %280 = fadd <8 x float> %272, %273
  %281 = fsub <8 x float> %272, %273
  %282 = fadd <8 x float> %274, %276
  %283 = fsub <8 x float> %274, %276
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %260)
  %285 = fmul <8 x float> %226, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %286 = fadd <8 x float> %284, %285
  %287 = add i64 861184, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 911360, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 961536, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 1011712, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 1061888, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 1112064, %269
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %286, <8 x float>* %304, align 4
  %305 = fmul <8 x float> %210, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %306 = fmul <8 x float> %193, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %307 = fsub <8 x float> %244, %305
  %308 = fsub <8 x float> %227, %306
  %309 = fsub <8 x float> %244, %210
  %310 = fsub <8 x float> %227, %193
  %311 = fmul <8 x float> %310, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %244)
  %313 = fmul <8 x float> %210, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %314 = fadd <8 x float> %312, %313
  %315 = fadd <8 x float> %307, %308
  %316 = fsub <8 x float> %307, %308
  %317 = fadd <8 x float> %309, %311
  %318 = fsub <8 x float> %309, %311
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %261)
  %320 = fmul <8 x float> %227, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %321 = fadd <8 x float> %319, %320
  %322 = add i64 1162240, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 1212416, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 1262592, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 1312768, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 1362944, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 1413120, %269
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %321, <8 x float>* %339, align 4
  %340 = fmul <8 x float> %211, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %341 = fmul <8 x float> %194, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %342 = fsub <8 x float> %245, %340
  %343 = fsub <8 x float> %228, %341
  %344 = fsub <8 x float> %245, %211
  %345 = fsub <8 x float> %228, %194
  %346 = fmul <8 x float> %345, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %245)
  %348 = fmul <8 x float> %211, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %349 = fadd <8 x float> %347, %348
  %350 = fadd <8 x float> %342, %343
  %351 = fsub <8 x float> %342, %343
  %352 = fadd <8 x float> %344, %346
  %353 = fsub <8 x float> %344, %346
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %262)
  %355 = fmul <8 x float> %228, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %356 = fadd <8 x float> %354, %355
  %357 = add i64 1463296, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 1513472, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 1563648, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 1613824, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 1664000, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 1714176, %269
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %356, <8 x float>* %374, align 4
  %375 = fmul <8 x float> %212, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %376 = fmul <8 x float> %195, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %377 = fsub <8 x float> %246, %375
  %378 = fsub <8 x float> %229, %376
  %379 = fsub <8 x float> %246, %212
  %380 = fsub <8 x float> %229, %195
  %381 = fmul <8 x float> %380, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %246)
  %383 = fmul <8 x float> %212, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %384 = fadd <8 x float> %382, %383
  %385 = fadd <8 x float> %377, %378
  %386 = fsub <8 x float> %377, %378
  %387 = fadd <8 x float> %379, %381
  %388 = fsub <8 x float> %379, %381
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %263)
  %390 = fmul <8 x float> %229, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %391 = fadd <8 x float> %389, %390
  %392 = add i64 1764352, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 1814528, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 1864704, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 1914880, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 1965056, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 2015232, %269
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %391, <8 x float>* %409, align 4
  %410 = fmul <8 x float> %213, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %411 = fmul <8 x float> %196, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %412 = fsub <8 x float> %247, %410
  %413 = fsub <8 x float> %230, %411
  %414 = fsub <8 x float> %247, %213
  %415 = fsub <8 x float> %230, %196
  %416 = fmul <8 x float> %415, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %247)
  %418 = fmul <8 x float> %213, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %419 = fadd <8 x float> %417, %418
  %420 = fadd <8 x float> %412, %413
  %421 = fsub <8 x float> %412, %413
  %422 = fadd <8 x float> %414, %416
  %423 = fsub <8 x float> %414, %416
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %264)
  %425 = fmul <8 x float> %230, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %426 = fadd <8 x float> %424, %425
  %427 = add i64 2065408, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 2115584, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 2165760, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 2215936, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 2266112, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 2316288, %269
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  store <8 x float> %426, <8 x float>* %444, align 4
  %445 = fmul <8 x float> %216, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %446 = fmul <8 x float> %199, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %447 = fsub <8 x float> %250, %445
  %448 = fsub <8 x float> %233, %446
  %449 = fsub <8 x float> %250, %216
  %450 = fsub <8 x float> %233, %199
  %451 = fmul <8 x float> %450, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %250)
  %453 = fmul <8 x float> %216, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %454 = fadd <8 x float> %452, %453
  %455 = fadd <8 x float> %447, %448
  %456 = fsub <8 x float> %447, %448
  %457 = fadd <8 x float> %449, %451
  %458 = fsub <8 x float> %449, %451
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %267)
  %460 = fmul <8 x float> %233, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %461 = fadd <8 x float> %459, %460
  %462 = add i64 2366464, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 2416640, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 2466816, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 2516992, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 2567168, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 2617344, %269
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  store <8 x float> %461, <8 x float>* %479, align 4
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !8

unit.exit:                                        ; preds = %unit.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node5.conv2d_4.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 196, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 196
  %23 = select i1 %22, i64 %21, i64 196
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 196
  %26 = select i1 %25, i64 %24, i64 196
  call void @node5.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_4.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %27 = icmp slt i64 %task, %6
  br i1 %27, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %28 = sdiv i64 %task, 528
  %29 = mul i64 %28, 50176
  %30 = add i64 861184, %29
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = mul i64 %28, 65536
  %33 = getelementptr inbounds float, float* %4, i64 %32
  %34 = mul i64 %28, 50176
  %35 = add i64 2667520, %34
  %36 = srem i64 %task, 528
  %37 = sdiv i64 %36, 16
  %38 = srem i64 %36, 16
  %39 = mul i64 %37, 6
  %40 = mul i64 %38, 16
  %41 = mul i64 %38, 4096
  %42 = icmp eq i64 %37, 32
  br i1 %42, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
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
  br label %k.header4

endif:                                            ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %43 = icmp slt i64 %k, 256
  br i1 %43, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %44 = mul i64 %k, 16
  %45 = add i64 %41, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %33, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %33, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %39, 0
  %55 = mul i64 %54, 256
  %56 = add i64 %55, %k
  %57 = getelementptr inbounds float, float* %31, i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %26, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %26, align 32
  %62 = load <8 x float>, <8 x float>* %22, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %22, align 32
  %64 = add i64 %39, 1
  %65 = mul i64 %64, 256
  %66 = add i64 %65, %k
  %67 = getelementptr inbounds float, float* %31, i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %25, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %25, align 32
  %72 = load <8 x float>, <8 x float>* %21, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %21, align 32
  %74 = add i64 %39, 2
  %75 = mul i64 %74, 256
  %76 = add i64 %75, %k
  %77 = getelementptr inbounds float, float* %31, i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %24, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %24, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %39, 3
  %85 = mul i64 %84, 256
  %86 = add i64 %85, %k
  %87 = getelementptr inbounds float, float* %31, i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %23, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %23, align 32
  %92 = load <8 x float>, <8 x float>* %19, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %94 = add i64 %39, 0
  %95 = add i64 %40, 0
  %96 = load <8 x float>, <8 x float>* %26, align 32
  %97 = mul i64 %94, 256
  %98 = add i64 %97, %95
  %99 = add i64 %35, %98
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %96, <8 x float>* %101, align 4
  %102 = add i64 %39, 1
  %103 = add i64 %40, 0
  %104 = load <8 x float>, <8 x float>* %25, align 32
  %105 = mul i64 %102, 256
  %106 = add i64 %105, %103
  %107 = add i64 %35, %106
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %104, <8 x float>* %109, align 4
  %110 = add i64 %39, 2
  %111 = add i64 %40, 0
  %112 = load <8 x float>, <8 x float>* %24, align 32
  %113 = mul i64 %110, 256
  %114 = add i64 %113, %111
  %115 = add i64 %35, %114
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %112, <8 x float>* %117, align 4
  %118 = add i64 %39, 3
  %119 = add i64 %40, 0
  %120 = load <8 x float>, <8 x float>* %23, align 32
  %121 = mul i64 %118, 256
  %122 = add i64 %121, %119
  %123 = add i64 %35, %122
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %120, <8 x float>* %125, align 4
  %126 = add i64 %39, 0
  %127 = add i64 %40, 8
  %128 = load <8 x float>, <8 x float>* %22, align 32
  %129 = mul i64 %126, 256
  %130 = add i64 %129, %127
  %131 = add i64 %35, %130
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %128, <8 x float>* %133, align 4
  %134 = add i64 %39, 1
  %135 = add i64 %40, 8
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = mul i64 %134, 256
  %138 = add i64 %137, %135
  %139 = add i64 %35, %138
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %136, <8 x float>* %141, align 4
  %142 = add i64 %39, 2
  %143 = add i64 %40, 8
  %144 = load <8 x float>, <8 x float>* %20, align 32
  %145 = mul i64 %142, 256
  %146 = add i64 %145, %143
  %147 = add i64 %35, %146
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %144, <8 x float>* %149, align 4
  %150 = add i64 %39, 3
  %151 = add i64 %40, 8
  %152 = load <8 x float>, <8 x float>* %19, align 32
  %153 = mul i64 %150, 256
  %154 = add i64 %153, %151
  %155 = add i64 %35, %154
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %152, <8 x float>* %157, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %158 = icmp slt i64 %k7, 256
  br i1 %158, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %159 = mul i64 %k7, 16
  %160 = add i64 %41, %159
  %161 = add i64 %160, 0
  %162 = getelementptr inbounds float, float* %33, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = add i64 %160, 8
  %166 = getelementptr inbounds float, float* %33, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = add i64 %39, 0
  %170 = mul i64 %169, 256
  %171 = add i64 %170, %k7
  %172 = getelementptr inbounds float, float* %31, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat8 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %18, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %164, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %18, align 32
  %177 = load <8 x float>, <8 x float>* %12, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %168, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %12, align 32
  %179 = add i64 %39, 1
  %180 = mul i64 %179, 256
  %181 = add i64 %180, %k7
  %182 = getelementptr inbounds float, float* %31, i64 %181
  %183 = load float, float* %182, align 4
  %184 = insertelement <8 x float> undef, float %183, i32 0
  %splat9 = shufflevector <8 x float> %184, <8 x float> undef, <8 x i32> zeroinitializer
  %185 = load <8 x float>, <8 x float>* %17, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %164, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %17, align 32
  %187 = load <8 x float>, <8 x float>* %11, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %168, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %11, align 32
  %189 = add i64 %39, 2
  %190 = mul i64 %189, 256
  %191 = add i64 %190, %k7
  %192 = getelementptr inbounds float, float* %31, i64 %191
  %193 = load float, float* %192, align 4
  %194 = insertelement <8 x float> undef, float %193, i32 0
  %splat10 = shufflevector <8 x float> %194, <8 x float> undef, <8 x i32> zeroinitializer
  %195 = load <8 x float>, <8 x float>* %16, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %164, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %16, align 32
  %197 = load <8 x float>, <8 x float>* %10, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %168, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %10, align 32
  %199 = add i64 %39, 3
  %200 = mul i64 %199, 256
  %201 = add i64 %200, %k7
  %202 = getelementptr inbounds float, float* %31, i64 %201
  %203 = load float, float* %202, align 4
  %204 = insertelement <8 x float> undef, float %203, i32 0
  %splat11 = shufflevector <8 x float> %204, <8 x float> undef, <8 x i32> zeroinitializer
  %205 = load <8 x float>, <8 x float>* %15, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %164, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %15, align 32
  %207 = load <8 x float>, <8 x float>* %9, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %168, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %9, align 32
  %209 = add i64 %39, 4
  %210 = mul i64 %209, 256
  %211 = add i64 %210, %k7
  %212 = getelementptr inbounds float, float* %31, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat12 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %14, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %164, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %14, align 32
  %217 = load <8 x float>, <8 x float>* %8, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %168, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %8, align 32
  %219 = add i64 %39, 5
  %220 = mul i64 %219, 256
  %221 = add i64 %220, %k7
  %222 = getelementptr inbounds float, float* %31, i64 %221
  %223 = load float, float* %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i32 0
  %splat13 = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %225 = load <8 x float>, <8 x float>* %13, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %164, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %13, align 32
  %227 = load <8 x float>, <8 x float>* %7, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %168, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %229 = add i64 %39, 0
  %230 = add i64 %40, 0
  %231 = load <8 x float>, <8 x float>* %18, align 32
  %232 = mul i64 %229, 256
  %233 = add i64 %232, %230
  %234 = add i64 %35, %233
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  store <8 x float> %231, <8 x float>* %236, align 4
  %237 = add i64 %39, 1
  %238 = add i64 %40, 0
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = mul i64 %237, 256
  %241 = add i64 %240, %238
  %242 = add i64 %35, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %239, <8 x float>* %244, align 4
  %245 = add i64 %39, 2
  %246 = add i64 %40, 0
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = mul i64 %245, 256
  %249 = add i64 %248, %246
  %250 = add i64 %35, %249
  %251 = getelementptr inbounds float, float* %2, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %247, <8 x float>* %252, align 4
  %253 = add i64 %39, 3
  %254 = add i64 %40, 0
  %255 = load <8 x float>, <8 x float>* %15, align 32
  %256 = mul i64 %253, 256
  %257 = add i64 %256, %254
  %258 = add i64 %35, %257
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  store <8 x float> %255, <8 x float>* %260, align 4
  %261 = add i64 %39, 4
  %262 = add i64 %40, 0
  %263 = load <8 x float>, <8 x float>* %14, align 32
  %264 = mul i64 %261, 256
  %265 = add i64 %264, %262
  %266 = add i64 %35, %265
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %263, <8 x float>* %268, align 4
  %269 = add i64 %39, 5
  %270 = add i64 %40, 0
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = mul i64 %269, 256
  %273 = add i64 %272, %270
  %274 = add i64 %35, %273
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %271, <8 x float>* %276, align 4
  %277 = add i64 %39, 0
  %278 = add i64 %40, 8
  %279 = load <8 x float>, <8 x float>* %12, align 32
  %280 = mul i64 %277, 256
  %281 = add i64 %280, %278
  %282 = add i64 %35, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %279, <8 x float>* %284, align 4
  %285 = add i64 %39, 1
  %286 = add i64 %40, 8
  %287 = load <8 x float>, <8 x float>* %11, align 32
  %288 = mul i64 %285, 256
  %289 = add i64 %288, %286
  %290 = add i64 %35, %289
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %287, <8 x float>* %292, align 4
  %293 = add i64 %39, 2
  %294 = add i64 %40, 8
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = mul i64 %293, 256
  %297 = add i64 %296, %294
  %298 = add i64 %35, %297
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  store <8 x float> %295, <8 x float>* %300, align 4
  %301 = add i64 %39, 3
  %302 = add i64 %40, 8
  %303 = load <8 x float>, <8 x float>* %9, align 32
  %304 = mul i64 %301, 256
  %305 = add i64 %304, %302
  %306 = add i64 %35, %305
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %303, <8 x float>* %308, align 4
  %309 = add i64 %39, 4
  %310 = add i64 %40, 8
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %309, 256
  %313 = add i64 %312, %310
  %314 = add i64 %35, %313
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %311, <8 x float>* %316, align 4
  %317 = add i64 %39, 5
  %318 = add i64 %40, 8
  %319 = load <8 x float>, <8 x float>* %7, align 32
  %320 = mul i64 %317, 256
  %321 = add i64 %320, %318
  %322 = add i64 %35, %321
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %319, <8 x float>* %324, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node5.conv2d_4.step2(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 19008, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 19008
  %26 = select i1 %25, i64 %24, i64 19008
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 19008
  %29 = select i1 %28, i64 %27, i64 19008
  call void @node5.conv2d_4.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_4.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %block.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %block.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = srem i64 %task, 14
  %9 = sdiv i64 %task, 14
  %10 = srem i64 %9, 14
  %11 = sdiv i64 %task, 196
  %12 = mul i64 %11, 32
  %13 = mul i64 %12, 25088
  %14 = mul i64 %10, 224
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 256
  %20 = add i64 2667520, %19
  br label %block.header

task.exit:                                        ; preds = %task.header
  ret void

block.header:                                     ; preds = %block.body, %task.body
  %block = phi i64 [ 0, %task.body ], [ %block.next, %block.body ]
  %21 = icmp slt i64 %block, 32
  br i1 %21, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %22 = mul i64 %block, 8
  %23 = add i64 %20, %22
  %24 = add i64 %23, 0
  %25 = getelementptr inbounds float, float* %2, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %23, 50176
  %29 = getelementptr inbounds float, float* %2, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %23, 100352
  %33 = getelementptr inbounds float, float* %2, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %23, 150528
  %37 = getelementptr inbounds float, float* %2, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %23, 200704
  %41 = getelementptr inbounds float, float* %2, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %23, 250880
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %23, 301056
  %49 = getelementptr inbounds float, float* %2, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %23, 351232
  %53 = getelementptr inbounds float, float* %2, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %23, 401408
  %57 = getelementptr inbounds float, float* %2, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %23, 451584
  %61 = getelementptr inbounds float, float* %2, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %23, 501760
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = add i64 %23, 551936
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %23, 602112
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = add i64 %23, 652288
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = add i64 %23, 702464
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = add i64 %23, 752640
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %23, 802816
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %23, 852992
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %23, 903168
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %23, 953344
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %23, 1003520
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %23, 1053696
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %23, 1103872
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %23, 1154048
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %23, 1204224
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %23, 1254400
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = add i64 %23, 1304576
  %129 = getelementptr inbounds float, float* %2, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = add i64 %23, 1354752
  %133 = getelementptr inbounds float, float* %2, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = add i64 %23, 1404928
  %137 = getelementptr inbounds float, float* %2, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %23, 1455104
  %141 = getelementptr inbounds float, float* %2, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %23, 1505280
  %145 = getelementptr inbounds float, float* %2, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %23, 1555456
  %149 = getelementptr inbounds float, float* %2, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %23, 1605632
  %153 = getelementptr inbounds float, float* %2, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %23, 1655808
  %157 = getelementptr inbounds float, float* %2, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %23, 1705984
  %161 = getelementptr inbounds float, float* %2, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %23, 1756160
  %165 = getelementptr inbounds float, float* %2, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = fadd <8 x float> %31, %35
  %169 = fsub <8 x float> %31, %35
  %170 = fadd <8 x float> %39, %43
  %171 = fsub <8 x float> %39, %43
  %172 = fadd <8 x float> %27, %168
  %173 = fadd <8 x float> %172, %170
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %169)
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %168)
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %169)
  %177 = fadd <8 x float> %176, %47
  %178 = fadd <8 x float> %55, %59
  %179 = fsub <8 x float> %55, %59
  %180 = fadd <8 x float> %63, %67
  %181 = fsub <8 x float> %63, %67
  %182 = fadd <8 x float> %51, %178
  %183 = fadd <8 x float> %182, %180
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %179)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %178)
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %179)
  %187 = fadd <8 x float> %186, %71
  %188 = fadd <8 x float> %79, %83
  %189 = fsub <8 x float> %79, %83
  %190 = fadd <8 x float> %87, %91
  %191 = fsub <8 x float> %87, %91
  %192 = fadd <8 x float> %75, %188
  %193 = fadd <8 x float> %192, %190
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %189)
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %188)
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %189)
  %197 = fadd <8 x float> %196, %95
  %198 = fadd <8 x float> %103, %107
  %199 = fsub <8 x float> %103, %107
  %200 = fadd <8 x float> %111, %115
  %201 = fsub <8 x float> %111, %115
  %202 = fadd <8 x float> %99, %198
  %203 = fadd <8 x float> %202, %200
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %199)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %198)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %199)
  %207 = fadd <8 x float> %206, %119
  %208 = fadd <8 x float> %127, %131
  %209 = fsub <8 x float> %127, %131
  %210 = fadd <8 x float> %135, %139
  %211 = fsub <8 x float> %135, %139
  %212 = fadd <8 x float> %123, %208
  %213 = fadd <8 x float> %212, %210
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %209)
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %208)
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %209)
  %217 = fadd <8 x float> %216, %143
  %218 = fadd <8 x float> %151, %155
  %219 = fsub <8 x float> %151, %155
  %220 = fadd <8 x float> %159, %163
  %221 = fsub <8 x float> %159, %163
  %222 = fadd <8 x float> %147, %218
  %223 = fadd <8 x float> %222, %220
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %219)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %218)
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %219)
  %227 = fadd <8 x float> %226, %167
  %228 = mul i64 %block, 8
  %229 = getelementptr inbounds float, float* %4, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = mul i64 %block, 25088
  %233 = add i64 %18, %232
  %234 = fadd <8 x float> %183, %193
  %235 = fsub <8 x float> %183, %193
  %236 = fadd <8 x float> %203, %213
  %237 = fsub <8 x float> %203, %213
  %238 = fadd <8 x float> %173, %234
  %239 = fadd <8 x float> %238, %236
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %235)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %234)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %235)
  %243 = fadd <8 x float> %242, %223
  %244 = add i64 %233, 0
  %245 = fadd <8 x float> %239, %231
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = getelementptr inbounds float, float* %0, i64 %244
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %247, <8 x float>* %249, align 4
  %250 = add i64 %233, 448
  %251 = fadd <8 x float> %240, %231
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = getelementptr inbounds float, float* %0, i64 %250
  %255 = bitcast float* %254 to <8 x float>*
  store <8 x float> %253, <8 x float>* %255, align 4
  %256 = add i64 %233, 896
  %257 = fadd <8 x float> %241, %231
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %233, 1344
  %263 = fadd <8 x float> %243, %231
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = getelementptr inbounds float, float* %0, i64 %262
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = fadd <8 x float> %184, %194
  %269 = fsub <8 x float> %184, %194
  %270 = fadd <8 x float> %204, %214
  %271 = fsub <8 x float> %204, %214
  %272 = fadd <8 x float> %174, %268
  %273 = fadd <8 x float> %272, %270
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %269)
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %268)
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %269)
  %277 = fadd <8 x float> %276, %224
  %278 = add i64 %233, 8
  %279 = fadd <8 x float> %273, %231
  %280 = fcmp olt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> zeroinitializer, <8 x float> %279
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %233, 456
  %285 = fadd <8 x float> %274, %231
  %286 = fcmp olt <8 x float> %285, zeroinitializer
  %287 = select <8 x i1> %286, <8 x float> zeroinitializer, <8 x float> %285
  %288 = getelementptr inbounds float, float* %0, i64 %284
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %287, <8 x float>* %289, align 4
  %290 = add i64 %233, 904
  %291 = fadd <8 x float> %275, %231
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %290
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %296 = add i64 %233, 1352
  %297 = fadd <8 x float> %277, %231
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = getelementptr inbounds float, float* %0, i64 %296
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %299, <8 x float>* %301, align 4
  %302 = fadd <8 x float> %185, %195
  %303 = fsub <8 x float> %185, %195
  %304 = fadd <8 x float> %205, %215
  %305 = fsub <8 x float> %205, %215
  %306 = fadd <8 x float> %175, %302
  %307 = fadd <8 x float> %306, %304
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %303)
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %302)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %303)
  %311 = fadd <8 x float> %310, %225
  %312 = add i64 %233, 16
  %313 = fadd <8 x float> %307, %231
  %314 = fcmp olt <8 x float> %313, zeroinitializer
  %315 = select <8 x i1> %314, <8 x float> zeroinitializer, <8 x float> %313
  %316 = getelementptr inbounds float, float* %0, i64 %312
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %315, <8 x float>* %317, align 4
  %318 = add i64 %233, 464
  %319 = fadd <8 x float> %308, %231
  %320 = fcmp olt <8 x float> %319, zeroinitializer
  %321 = select <8 x i1> %320, <8 x float> zeroinitializer, <8 x float> %319
  %322 = getelementptr inbounds float, float* %0, i64 %318
  %323 = bitcast float* %322 to <8 x float>*
  store <8 x float> %321, <8 x float>* %323, align 4
  %324 = add i64 %233, 912
  %325 = fadd <8 x float> %309, %231
  %326 = fcmp olt <8 x float> %325, zeroinitializer
  %327 = select <8 x i1> %326, <8 x float> zeroinitializer, <8 x float> %325
  %328 = getelementptr inbounds float, float* %0, i64 %324
  %329 = bitcast float* %328 to <8 x float>*
  store <8 x float> %327, <8 x float>* %329, align 4
  %330 = add i64 %233, 1360
  %331 = fadd <8 x float> %311, %231
  %332 = fcmp olt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> zeroinitializer, <8 x float> %331
  %334 = getelementptr inbounds float, float* %0, i64 %330
  %335 = bitcast float* %334 to <8 x float>*
  store <8 x float> %333, <8 x float>* %335, align 4
  %336 = fadd <8 x float> %187, %197
  %337 = fsub <8 x float> %187, %197
  %338 = fadd <8 x float> %207, %217
  %339 = fsub <8 x float> %207, %217
  %340 = fadd <8 x float> %177, %336
  %341 = fadd <8 x float> %340, %338
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %337)
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %336)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %337)
  %345 = fadd <8 x float> %344, %227
  %346 = add i64 %233, 24
  %347 = fadd <8 x float> %341, %231
  %348 = fcmp olt <8 x float> %347, zeroinitializer
  %349 = select <8 x i1> %348, <8 x float> zeroinitializer, <8 x float> %347
  %350 = getelementptr inbounds float, float* %0, i64 %346
  %351 = bitcast float* %350 to <8 x float>*
  store <8 x float> %349, <8 x float>* %351, align 4
  %352 = add i64 %233, 472
  %353 = fadd <8 x float> %342, %231
  %354 = fcmp olt <8 x float> %353, zeroinitializer
  %355 = select <8 x i1> %354, <8 x float> zeroinitializer, <8 x float> %353
  %356 = getelementptr inbounds float, float* %0, i64 %352
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %355, <8 x float>* %357, align 4
  %358 = add i64 %233, 920
  %359 = fadd <8 x float> %343, %231
  %360 = fcmp olt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> zeroinitializer, <8 x float> %359
  %362 = getelementptr inbounds float, float* %0, i64 %358
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %361, <8 x float>* %363, align 4
  %364 = add i64 %233, 1368
  %365 = fadd <8 x float> %345, %231
  %366 = fcmp olt <8 x float> %365, zeroinitializer
  %367 = select <8 x i1> %366, <8 x float> zeroinitializer, <8 x float> %365
  %368 = getelementptr inbounds float, float* %0, i64 %364
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %367, <8 x float>* %369, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !9

block.exit:                                       ; preds = %block.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node5.conv2d_4.step3(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 196, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 196
  %26 = select i1 %25, i64 %24, i64 196
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 196
  %29 = select i1 %28, i64 %27, i64 196
  call void @node5.conv2d_4.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 28
  %9 = srem i64 %task, 28
  %10 = mul i64 %8, 25088
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 28
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 224
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 56
  %22 = select i1 %21, i64 %20, i64 56
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 56
  %25 = select i1 %24, i64 %23, i64 56
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 28
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 56
  %34 = select i1 %33, i64 %32, i64 56
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 56
  %37 = select i1 %36, i64 %35, i64 56
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
  %45 = mul i64 %r, 56
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
define internal void @node6.maxPool2d_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node6.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 30
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 30
  %10 = mul i64 %task, 240
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 28
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 28
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 224
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 896, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 232
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 960, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node7.conv2d_5.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 960, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 960
  %23 = select i1 %22, i64 %21, i64 960
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 960
  %26 = select i1 %25, i64 %24, i64 960
  call void @node7.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_5.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %unit.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %unit.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 7
  %8 = sdiv i64 %task, 7
  %9 = srem i64 %8, 7
  %10 = sdiv i64 %task, 49
  %11 = mul i64 %10, 32
  %12 = mul i64 %11, 7200
  %13 = mul i64 %9, 120
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 256
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 32
  br i1 %19, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %20 = mul i64 %unit, 7200
  %21 = add i64 %17, %20
  %22 = add i64 %21, 0
  %23 = getelementptr inbounds float, float* %2, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %21, 8
  %27 = getelementptr inbounds float, float* %2, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %21, 16
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %21, 24
  %35 = getelementptr inbounds float, float* %2, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %21, 32
  %39 = getelementptr inbounds float, float* %2, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %21, 40
  %43 = getelementptr inbounds float, float* %2, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %21, 240
  %47 = getelementptr inbounds float, float* %2, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, 248
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %21, 256
  %55 = getelementptr inbounds float, float* %2, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %21, 264
  %59 = getelementptr inbounds float, float* %2, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = add i64 %21, 272
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %21, 280
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = add i64 %21, 480
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %21, 488
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %21, 496
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %21, 504
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %21, 512
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %21, 520
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %21, 720
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %21, 728
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %21, 736
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %21, 744
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %21, 752
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %21, 760
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %21, 960
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %21, 968
  %123 = getelementptr inbounds float, float* %2, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %21, 976
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %21, 984
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %21, 992
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %21, 1000
  %139 = getelementptr inbounds float, float* %2, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = add i64 %21, 1200
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %21, 1208
  %147 = getelementptr inbounds float, float* %2, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %21, 1216
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %21, 1224
  %155 = getelementptr inbounds float, float* %2, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %21, 1232
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %21, 1240
  %163 = getelementptr inbounds float, float* %2, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %73, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %49, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %121, %166
  %169 = fsub <8 x float> %97, %167
  %170 = fsub <8 x float> %121, %73
  %171 = fsub <8 x float> %97, %49
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %174 = fmul <8 x float> %73, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %145)
  %181 = fmul <8 x float> %97, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = fmul <8 x float> %77, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %184 = fmul <8 x float> %53, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %185 = fsub <8 x float> %125, %183
  %186 = fsub <8 x float> %101, %184
  %187 = fsub <8 x float> %125, %77
  %188 = fsub <8 x float> %101, %53
  %189 = fmul <8 x float> %188, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %125)
  %191 = fmul <8 x float> %77, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %192 = fadd <8 x float> %190, %191
  %193 = fadd <8 x float> %185, %186
  %194 = fsub <8 x float> %185, %186
  %195 = fadd <8 x float> %187, %189
  %196 = fsub <8 x float> %187, %189
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %149)
  %198 = fmul <8 x float> %101, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %199 = fadd <8 x float> %197, %198
  %200 = fmul <8 x float> %81, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %201 = fmul <8 x float> %57, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %202 = fsub <8 x float> %129, %200
  %203 = fsub <8 x float> %105, %201
  %204 = fsub <8 x float> %129, %81
  %205 = fsub <8 x float> %105, %57
  %206 = fmul <8 x float> %205, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %129)
  %208 = fmul <8 x float> %81, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %209 = fadd <8 x float> %207, %208
  %210 = fadd <8 x float> %202, %203
  %211 = fsub <8 x float> %202, %203
  %212 = fadd <8 x float> %204, %206
  %213 = fsub <8 x float> %204, %206
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %57, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %153)
  %215 = fmul <8 x float> %105, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %216 = fadd <8 x float> %214, %215
  %217 = fmul <8 x float> %85, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %218 = fmul <8 x float> %61, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %219 = fsub <8 x float> %133, %217
  %220 = fsub <8 x float> %109, %218
  %221 = fsub <8 x float> %133, %85
  %222 = fsub <8 x float> %109, %61
  %223 = fmul <8 x float> %222, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %37, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %133)
  %225 = fmul <8 x float> %85, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %226 = fadd <8 x float> %224, %225
  %227 = fadd <8 x float> %219, %220
  %228 = fsub <8 x float> %219, %220
  %229 = fadd <8 x float> %221, %223
  %230 = fsub <8 x float> %221, %223
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %157)
  %232 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %233 = fadd <8 x float> %231, %232
  %234 = fmul <8 x float> %89, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %235 = fmul <8 x float> %65, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %236 = fsub <8 x float> %137, %234
  %237 = fsub <8 x float> %113, %235
  %238 = fsub <8 x float> %137, %89
  %239 = fsub <8 x float> %113, %65
  %240 = fmul <8 x float> %239, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %41, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %137)
  %242 = fmul <8 x float> %89, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %243 = fadd <8 x float> %241, %242
  %244 = fadd <8 x float> %236, %237
  %245 = fsub <8 x float> %236, %237
  %246 = fadd <8 x float> %238, %240
  %247 = fsub <8 x float> %238, %240
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %249 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %250 = fadd <8 x float> %248, %249
  %251 = fmul <8 x float> %93, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %252 = fmul <8 x float> %69, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %253 = fsub <8 x float> %141, %251
  %254 = fsub <8 x float> %117, %252
  %255 = fsub <8 x float> %141, %93
  %256 = fsub <8 x float> %117, %69
  %257 = fmul <8 x float> %256, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %141)
  %259 = fmul <8 x float> %93, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %260 = fadd <8 x float> %258, %259
  %261 = fadd <8 x float> %253, %254
  %262 = fsub <8 x float> %253, %254
  %263 = fadd <8 x float> %255, %257
  %264 = fsub <8 x float> %255, %257
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %266 = fmul <8 x float> %117, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %267 = fadd <8 x float> %265, %266
  %268 = mul i64 %unit, 8
  %269 = add i64 %18, %268
  %270 = fmul <8 x float> %209, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %271 = fmul <8 x float> %192, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %272 = fsub <8 x float> %243, %270
  %273 = fsub <8 x float> %226, %271
  %274 = fsub <8 x float> %243, %209
  %275 = fsub <8 x float> %226, %192
  %276 = fmul <8 x float> %275, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %243)
  %278 = fmul <8 x float> %209, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %279 = fadd <8 x float> %277, %278
  %280 = fadd <8 x float> %272, %273
  %281 = fsub <8 x float> %272, %273
  %282 = fadd <8 x float> %274, %276
  %283 = fsub <8 x float> %274, %276
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %260)
  %285 = fmul <8 x float> %226, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %286 = fadd <8 x float> %284, %285
  %287 = add i64 230400, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 242944, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 255488, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 268032, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 280576, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 293120, %269
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %286, <8 x float>* %304, align 4
  %305 = fmul <8 x float> %210, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %306 = fmul <8 x float> %193, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %307 = fsub <8 x float> %244, %305
  %308 = fsub <8 x float> %227, %306
  %309 = fsub <8 x float> %244, %210
  %310 = fsub <8 x float> %227, %193
  %311 = fmul <8 x float> %310, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %244)
  %313 = fmul <8 x float> %210, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %314 = fadd <8 x float> %312, %313
  %315 = fadd <8 x float> %307, %308
  %316 = fsub <8 x float> %307, %308
  %317 = fadd <8 x float> %309, %311
  %318 = fsub <8 x float> %309, %311
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %261)
  %320 = fmul <8 x float> %227, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %321 = fadd <8 x float> %319, %320
  %322 = add i64 305664, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 318208, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 330752, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 343296, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 355840, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 368384, %269
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %321, <8 x float>* %339, align 4
  %340 = fmul <8 x float> %211, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %341 = fmul <8 x float> %194, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %342 = fsub <8 x float> %245, %340
  %343 = fsub <8 x float> %228, %341
  %344 = fsub <8 x float> %245, %211
  %345 = fsub <8 x float> %228, %194
  %346 = fmul <8 x float> %345, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %245)
  %348 = fmul <8 x float> %211, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %349 = fadd <8 x float> %347, %348
  %350 = fadd <8 x float> %342, %343
  %351 = fsub <8 x float> %342, %343
  %352 = fadd <8 x float> %344, %346
  %353 = fsub <8 x float> %344, %346
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %262)
  %355 = fmul <8 x float> %228, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %356 = fadd <8 x float> %354, %355
  %357 = add i64 380928, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 393472, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 406016, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 418560, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 431104, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 443648, %269
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %356, <8 x float>* %374, align 4
  %375 = fmul <8 x float> %212, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %376 = fmul <8 x float> %195, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %377 = fsub <8 x float> %246, %375
  %378 = fsub <8 x float> %229, %376
  %379 = fsub <8 x float> %246, %212
  %380 = fsub <8 x float> %229, %195
  %381 = fmul <8 x float> %380, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %246)
  %383 = fmul <8 x float> %212, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %384 = fadd <8 x float> %382, %383
  %385 = fadd <8 x float> %377, %378
  %386 = fsub <8 x float> %377, %378
  %387 = fadd <8 x float> %379, %381
  %388 = fsub <8 x float> %379, %381
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %263)
  %390 = fmul <8 x float> %229, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %391 = fadd <8 x float> %389, %390
  %392 = add i64 456192, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 468736, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 481280, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 493824, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 506368, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 518912, %269
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %391, <8 x float>* %409, align 4
  %410 = fmul <8 x float> %213, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %411 = fmul <8 x float> %196, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %412 = fsub <8 x float> %247, %410
  %413 = fsub <8 x float> %230, %411
  %414 = fsub <8 x float> %247, %213
  %415 = fsub <8 x float> %230, %196
  %416 = fmul <8 x float> %415, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %247)
  %418 = fmul <8 x float> %213, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %419 = fadd <8 x float> %417, %418
  %420 = fadd <8 x float> %412, %413
  %421 = fsub <8 x float> %412, %413
  %422 = fadd <8 x float> %414, %416
  %423 = fsub <8 x float> %414, %416
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %264)
  %425 = fmul <8 x float> %230, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %426 = fadd <8 x float> %424, %425
  %427 = add i64 531456, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 544000, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 556544, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 569088, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 581632, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 594176, %269
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  store <8 x float> %426, <8 x float>* %444, align 4
  %445 = fmul <8 x float> %216, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %446 = fmul <8 x float> %199, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %447 = fsub <8 x float> %250, %445
  %448 = fsub <8 x float> %233, %446
  %449 = fsub <8 x float> %250, %216
  %450 = fsub <8 x float> %233, %199
  %451 = fmul <8 x float> %450, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %250)
  %453 = fmul <8 x float> %216, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %454 = fadd <8 x float> %452, %453
  %455 = fadd <8 x float> %447, %448
  %456 = fsub <8 x float> %447, %448
  %457 = fadd <8 x float> %449, %451
  %458 = fsub <8 x float> %449, %451
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %267)
  %460 = fmul <8 x float> %233, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %461 = fadd <8 x float> %459, %460
  %462 = add i64 606720, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 619264, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 631808, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 644352, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 656896, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 669440, %269
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  store <8 x float> %461, <8 x float>* %479, align 4
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !10

unit.exit:                                        ; preds = %unit.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node7.conv2d_5.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node7.conv2d_5.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_5.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %21 = icmp slt i64 %task, %6
  br i1 %21, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %22 = sdiv i64 %task, 288
  %23 = mul i64 %22, 12544
  %24 = add i64 230400, %23
  %25 = getelementptr inbounds float, float* %2, i64 %24
  %26 = mul i64 %22, 131072
  %27 = getelementptr inbounds float, float* %4, i64 %26
  %28 = mul i64 %22, 25088
  %29 = add i64 681984, %28
  %30 = srem i64 %task, 288
  %31 = srem i64 %30, 9
  %32 = sdiv i64 %30, 9
  %33 = mul i64 %31, 6
  %34 = mul i64 %32, 16
  %35 = mul i64 %32, 4096
  %36 = icmp eq i64 %31, 8
  br i1 %36, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
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
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %37 = icmp slt i64 %k, 256
  br i1 %37, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %38 = mul i64 %k, 16
  %39 = add i64 %35, %38
  %40 = add i64 %39, 0
  %41 = getelementptr inbounds float, float* %27, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %39, 8
  %45 = getelementptr inbounds float, float* %27, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %33, 0
  %49 = mul i64 %48, 256
  %50 = add i64 %49, %k
  %51 = getelementptr inbounds float, float* %25, i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  %54 = load <8 x float>, <8 x float>* %20, align 32
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %43, <8 x float> %54)
  store <8 x float> %55, <8 x float>* %20, align 32
  %56 = load <8 x float>, <8 x float>* %19, align 32
  %57 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %47, <8 x float> %56)
  store <8 x float> %57, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %58 = add i64 %33, 0
  %59 = add i64 %34, 0
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = mul i64 %58, 512
  %62 = add i64 %61, %59
  %63 = add i64 %29, %62
  %64 = getelementptr inbounds float, float* %2, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  store <8 x float> %60, <8 x float>* %65, align 4
  %66 = add i64 %33, 0
  %67 = add i64 %34, 8
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = mul i64 %66, 512
  %70 = add i64 %69, %67
  %71 = add i64 %29, %70
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  store <8 x float> %68, <8 x float>* %73, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %74 = icmp slt i64 %k4, 256
  br i1 %74, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %75 = mul i64 %k4, 16
  %76 = add i64 %35, %75
  %77 = add i64 %76, 0
  %78 = getelementptr inbounds float, float* %27, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %76, 8
  %82 = getelementptr inbounds float, float* %27, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %33, 0
  %86 = mul i64 %85, 256
  %87 = add i64 %86, %k4
  %88 = getelementptr inbounds float, float* %25, i64 %87
  %89 = load float, float* %88, align 4
  %90 = insertelement <8 x float> undef, float %89, i32 0
  %splat5 = shufflevector <8 x float> %90, <8 x float> undef, <8 x i32> zeroinitializer
  %91 = load <8 x float>, <8 x float>* %18, align 32
  %92 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %80, <8 x float> %91)
  store <8 x float> %92, <8 x float>* %18, align 32
  %93 = load <8 x float>, <8 x float>* %12, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %84, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %12, align 32
  %95 = add i64 %33, 1
  %96 = mul i64 %95, 256
  %97 = add i64 %96, %k4
  %98 = getelementptr inbounds float, float* %25, i64 %97
  %99 = load float, float* %98, align 4
  %100 = insertelement <8 x float> undef, float %99, i32 0
  %splat6 = shufflevector <8 x float> %100, <8 x float> undef, <8 x i32> zeroinitializer
  %101 = load <8 x float>, <8 x float>* %17, align 32
  %102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %80, <8 x float> %101)
  store <8 x float> %102, <8 x float>* %17, align 32
  %103 = load <8 x float>, <8 x float>* %11, align 32
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %84, <8 x float> %103)
  store <8 x float> %104, <8 x float>* %11, align 32
  %105 = add i64 %33, 2
  %106 = mul i64 %105, 256
  %107 = add i64 %106, %k4
  %108 = getelementptr inbounds float, float* %25, i64 %107
  %109 = load float, float* %108, align 4
  %110 = insertelement <8 x float> undef, float %109, i32 0
  %splat7 = shufflevector <8 x float> %110, <8 x float> undef, <8 x i32> zeroinitializer
  %111 = load <8 x float>, <8 x float>* %16, align 32
  %112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %80, <8 x float> %111)
  store <8 x float> %112, <8 x float>* %16, align 32
  %113 = load <8 x float>, <8 x float>* %10, align 32
  %114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %84, <8 x float> %113)
  store <8 x float> %114, <8 x float>* %10, align 32
  %115 = add i64 %33, 3
  %116 = mul i64 %115, 256
  %117 = add i64 %116, %k4
  %118 = getelementptr inbounds float, float* %25, i64 %117
  %119 = load float, float* %118, align 4
  %120 = insertelement <8 x float> undef, float %119, i32 0
  %splat8 = shufflevector <8 x float> %120, <8 x float> undef, <8 x i32> zeroinitializer
  %121 = load <8 x float>, <8 x float>* %15, align 32
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %80, <8 x float> %121)
  store <8 x float> %122, <8 x float>* %15, align 32
  %123 = load <8 x float>, <8 x float>* %9, align 32
  %124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %84, <8 x float> %123)
  store <8 x float> %124, <8 x float>* %9, align 32
  %125 = add i64 %33, 4
  %126 = mul i64 %125, 256
  %127 = add i64 %126, %k4
  %128 = getelementptr inbounds float, float* %25, i64 %127
  %129 = load float, float* %128, align 4
  %130 = insertelement <8 x float> undef, float %129, i32 0
  %splat9 = shufflevector <8 x float> %130, <8 x float> undef, <8 x i32> zeroinitializer
  %131 = load <8 x float>, <8 x float>* %14, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %80, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %14, align 32
  %133 = load <8 x float>, <8 x float>* %8, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %84, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %8, align 32
  %135 = add i64 %33, 5
  %136 = mul i64 %135, 256
  %137 = add i64 %136, %k4
  %138 = getelementptr inbounds float, float* %25, i64 %137
  %139 = load float, float* %138, align 4
  %140 = insertelement <8 x float> undef, float %139, i32 0
  %splat10 = shufflevector <8 x float> %140, <8 x float> undef, <8 x i32> zeroinitializer
  %141 = load <8 x float>, <8 x float>* %13, align 32
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %80, <8 x float> %141)
  store <8 x float> %142, <8 x float>* %13, align 32
  %143 = load <8 x float>, <8 x float>* %7, align 32
  %144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %84, <8 x float> %143)
  store <8 x float> %144, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %145 = add i64 %33, 0
  %146 = add i64 %34, 0
  %147 = load <8 x float>, <8 x float>* %18, align 32
  %148 = mul i64 %145, 512
  %149 = add i64 %148, %146
  %150 = add i64 %29, %149
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %147, <8 x float>* %152, align 4
  %153 = add i64 %33, 1
  %154 = add i64 %34, 0
  %155 = load <8 x float>, <8 x float>* %17, align 32
  %156 = mul i64 %153, 512
  %157 = add i64 %156, %154
  %158 = add i64 %29, %157
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %155, <8 x float>* %160, align 4
  %161 = add i64 %33, 2
  %162 = add i64 %34, 0
  %163 = load <8 x float>, <8 x float>* %16, align 32
  %164 = mul i64 %161, 512
  %165 = add i64 %164, %162
  %166 = add i64 %29, %165
  %167 = getelementptr inbounds float, float* %2, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %163, <8 x float>* %168, align 4
  %169 = add i64 %33, 3
  %170 = add i64 %34, 0
  %171 = load <8 x float>, <8 x float>* %15, align 32
  %172 = mul i64 %169, 512
  %173 = add i64 %172, %170
  %174 = add i64 %29, %173
  %175 = getelementptr inbounds float, float* %2, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %171, <8 x float>* %176, align 4
  %177 = add i64 %33, 4
  %178 = add i64 %34, 0
  %179 = load <8 x float>, <8 x float>* %14, align 32
  %180 = mul i64 %177, 512
  %181 = add i64 %180, %178
  %182 = add i64 %29, %181
  %183 = getelementptr inbounds float, float* %2, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %179, <8 x float>* %184, align 4
  %185 = add i64 %33, 5
  %186 = add i64 %34, 0
  %187 = load <8 x float>, <8 x float>* %13, align 32
  %188 = mul i64 %185, 512
  %189 = add i64 %188, %186
  %190 = add i64 %29, %189
  %191 = getelementptr inbounds float, float* %2, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %187, <8 x float>* %192, align 4
  %193 = add i64 %33, 0
  %194 = add i64 %34, 8
  %195 = load <8 x float>, <8 x float>* %12, align 32
  %196 = mul i64 %193, 512
  %197 = add i64 %196, %194
  %198 = add i64 %29, %197
  %199 = getelementptr inbounds float, float* %2, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %195, <8 x float>* %200, align 4
  %201 = add i64 %33, 1
  %202 = add i64 %34, 8
  %203 = load <8 x float>, <8 x float>* %11, align 32
  %204 = mul i64 %201, 512
  %205 = add i64 %204, %202
  %206 = add i64 %29, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  store <8 x float> %203, <8 x float>* %208, align 4
  %209 = add i64 %33, 2
  %210 = add i64 %34, 8
  %211 = load <8 x float>, <8 x float>* %10, align 32
  %212 = mul i64 %209, 512
  %213 = add i64 %212, %210
  %214 = add i64 %29, %213
  %215 = getelementptr inbounds float, float* %2, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %211, <8 x float>* %216, align 4
  %217 = add i64 %33, 3
  %218 = add i64 %34, 8
  %219 = load <8 x float>, <8 x float>* %9, align 32
  %220 = mul i64 %217, 512
  %221 = add i64 %220, %218
  %222 = add i64 %29, %221
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %219, <8 x float>* %224, align 4
  %225 = add i64 %33, 4
  %226 = add i64 %34, 8
  %227 = load <8 x float>, <8 x float>* %8, align 32
  %228 = mul i64 %225, 512
  %229 = add i64 %228, %226
  %230 = add i64 %29, %229
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %227, <8 x float>* %232, align 4
  %233 = add i64 %33, 5
  %234 = add i64 %34, 8
  %235 = load <8 x float>, <8 x float>* %7, align 32
  %236 = mul i64 %233, 512
  %237 = add i64 %236, %234
  %238 = add i64 %29, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %235, <8 x float>* %240, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node7.conv2d_5.step2(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 10368, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 10368
  %26 = select i1 %25, i64 %24, i64 10368
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 10368
  %29 = select i1 %28, i64 %27, i64 10368
  call void @node7.conv2d_5.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_5.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %block.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %block.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = srem i64 %task, 7
  %9 = sdiv i64 %task, 7
  %10 = srem i64 %9, 7
  %11 = sdiv i64 %task, 49
  %12 = mul i64 %11, 64
  %13 = mul i64 %12, 6272
  %14 = mul i64 %10, 112
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 512
  %20 = add i64 681984, %19
  br label %block.header

task.exit:                                        ; preds = %task.header
  ret void

block.header:                                     ; preds = %block.body, %task.body
  %block = phi i64 [ 0, %task.body ], [ %block.next, %block.body ]
  %21 = icmp slt i64 %block, 64
  br i1 %21, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %22 = mul i64 %block, 8
  %23 = add i64 %20, %22
  %24 = add i64 %23, 0
  %25 = getelementptr inbounds float, float* %2, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %23, 25088
  %29 = getelementptr inbounds float, float* %2, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %23, 50176
  %33 = getelementptr inbounds float, float* %2, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %23, 75264
  %37 = getelementptr inbounds float, float* %2, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %23, 100352
  %41 = getelementptr inbounds float, float* %2, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %23, 125440
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %23, 150528
  %49 = getelementptr inbounds float, float* %2, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %23, 175616
  %53 = getelementptr inbounds float, float* %2, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %23, 200704
  %57 = getelementptr inbounds float, float* %2, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %23, 225792
  %61 = getelementptr inbounds float, float* %2, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %23, 250880
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = add i64 %23, 275968
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %23, 301056
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = add i64 %23, 326144
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = add i64 %23, 351232
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = add i64 %23, 376320
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %23, 401408
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %23, 426496
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %23, 451584
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %23, 476672
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %23, 501760
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %23, 526848
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %23, 551936
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %23, 577024
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %23, 602112
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %23, 627200
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = add i64 %23, 652288
  %129 = getelementptr inbounds float, float* %2, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = add i64 %23, 677376
  %133 = getelementptr inbounds float, float* %2, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = add i64 %23, 702464
  %137 = getelementptr inbounds float, float* %2, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %23, 727552
  %141 = getelementptr inbounds float, float* %2, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %23, 752640
  %145 = getelementptr inbounds float, float* %2, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %23, 777728
  %149 = getelementptr inbounds float, float* %2, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %23, 802816
  %153 = getelementptr inbounds float, float* %2, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %23, 827904
  %157 = getelementptr inbounds float, float* %2, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %23, 852992
  %161 = getelementptr inbounds float, float* %2, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %23, 878080
  %165 = getelementptr inbounds float, float* %2, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = fadd <8 x float> %31, %35
  %169 = fsub <8 x float> %31, %35
  %170 = fadd <8 x float> %39, %43
  %171 = fsub <8 x float> %39, %43
  %172 = fadd <8 x float> %27, %168
  %173 = fadd <8 x float> %172, %170
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %169)
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %168)
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %169)
  %177 = fadd <8 x float> %176, %47
  %178 = fadd <8 x float> %55, %59
  %179 = fsub <8 x float> %55, %59
  %180 = fadd <8 x float> %63, %67
  %181 = fsub <8 x float> %63, %67
  %182 = fadd <8 x float> %51, %178
  %183 = fadd <8 x float> %182, %180
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %179)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %178)
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %179)
  %187 = fadd <8 x float> %186, %71
  %188 = fadd <8 x float> %79, %83
  %189 = fsub <8 x float> %79, %83
  %190 = fadd <8 x float> %87, %91
  %191 = fsub <8 x float> %87, %91
  %192 = fadd <8 x float> %75, %188
  %193 = fadd <8 x float> %192, %190
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %189)
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %188)
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %189)
  %197 = fadd <8 x float> %196, %95
  %198 = fadd <8 x float> %103, %107
  %199 = fsub <8 x float> %103, %107
  %200 = fadd <8 x float> %111, %115
  %201 = fsub <8 x float> %111, %115
  %202 = fadd <8 x float> %99, %198
  %203 = fadd <8 x float> %202, %200
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %199)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %198)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %199)
  %207 = fadd <8 x float> %206, %119
  %208 = fadd <8 x float> %127, %131
  %209 = fsub <8 x float> %127, %131
  %210 = fadd <8 x float> %135, %139
  %211 = fsub <8 x float> %135, %139
  %212 = fadd <8 x float> %123, %208
  %213 = fadd <8 x float> %212, %210
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %209)
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %208)
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %209)
  %217 = fadd <8 x float> %216, %143
  %218 = fadd <8 x float> %151, %155
  %219 = fsub <8 x float> %151, %155
  %220 = fadd <8 x float> %159, %163
  %221 = fsub <8 x float> %159, %163
  %222 = fadd <8 x float> %147, %218
  %223 = fadd <8 x float> %222, %220
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %219)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %218)
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %219)
  %227 = fadd <8 x float> %226, %167
  %228 = mul i64 %block, 8
  %229 = getelementptr inbounds float, float* %4, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = mul i64 %block, 6272
  %233 = add i64 %18, %232
  %234 = fadd <8 x float> %183, %193
  %235 = fsub <8 x float> %183, %193
  %236 = fadd <8 x float> %203, %213
  %237 = fsub <8 x float> %203, %213
  %238 = fadd <8 x float> %173, %234
  %239 = fadd <8 x float> %238, %236
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %235)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %234)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %235)
  %243 = fadd <8 x float> %242, %223
  %244 = add i64 %233, 0
  %245 = fadd <8 x float> %239, %231
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = getelementptr inbounds float, float* %0, i64 %244
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %247, <8 x float>* %249, align 4
  %250 = add i64 %233, 224
  %251 = fadd <8 x float> %240, %231
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = getelementptr inbounds float, float* %0, i64 %250
  %255 = bitcast float* %254 to <8 x float>*
  store <8 x float> %253, <8 x float>* %255, align 4
  %256 = add i64 %233, 448
  %257 = fadd <8 x float> %241, %231
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %233, 672
  %263 = fadd <8 x float> %243, %231
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = getelementptr inbounds float, float* %0, i64 %262
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = fadd <8 x float> %184, %194
  %269 = fsub <8 x float> %184, %194
  %270 = fadd <8 x float> %204, %214
  %271 = fsub <8 x float> %204, %214
  %272 = fadd <8 x float> %174, %268
  %273 = fadd <8 x float> %272, %270
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %269)
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %268)
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %269)
  %277 = fadd <8 x float> %276, %224
  %278 = add i64 %233, 8
  %279 = fadd <8 x float> %273, %231
  %280 = fcmp olt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> zeroinitializer, <8 x float> %279
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %233, 232
  %285 = fadd <8 x float> %274, %231
  %286 = fcmp olt <8 x float> %285, zeroinitializer
  %287 = select <8 x i1> %286, <8 x float> zeroinitializer, <8 x float> %285
  %288 = getelementptr inbounds float, float* %0, i64 %284
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %287, <8 x float>* %289, align 4
  %290 = add i64 %233, 456
  %291 = fadd <8 x float> %275, %231
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %290
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %296 = add i64 %233, 680
  %297 = fadd <8 x float> %277, %231
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = getelementptr inbounds float, float* %0, i64 %296
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %299, <8 x float>* %301, align 4
  %302 = fadd <8 x float> %185, %195
  %303 = fsub <8 x float> %185, %195
  %304 = fadd <8 x float> %205, %215
  %305 = fsub <8 x float> %205, %215
  %306 = fadd <8 x float> %175, %302
  %307 = fadd <8 x float> %306, %304
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %303)
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %302)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %303)
  %311 = fadd <8 x float> %310, %225
  %312 = add i64 %233, 16
  %313 = fadd <8 x float> %307, %231
  %314 = fcmp olt <8 x float> %313, zeroinitializer
  %315 = select <8 x i1> %314, <8 x float> zeroinitializer, <8 x float> %313
  %316 = getelementptr inbounds float, float* %0, i64 %312
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %315, <8 x float>* %317, align 4
  %318 = add i64 %233, 240
  %319 = fadd <8 x float> %308, %231
  %320 = fcmp olt <8 x float> %319, zeroinitializer
  %321 = select <8 x i1> %320, <8 x float> zeroinitializer, <8 x float> %319
  %322 = getelementptr inbounds float, float* %0, i64 %318
  %323 = bitcast float* %322 to <8 x float>*
  store <8 x float> %321, <8 x float>* %323, align 4
  %324 = add i64 %233, 464
  %325 = fadd <8 x float> %309, %231
  %326 = fcmp olt <8 x float> %325, zeroinitializer
  %327 = select <8 x i1> %326, <8 x float> zeroinitializer, <8 x float> %325
  %328 = getelementptr inbounds float, float* %0, i64 %324
  %329 = bitcast float* %328 to <8 x float>*
  store <8 x float> %327, <8 x float>* %329, align 4
  %330 = add i64 %233, 688
  %331 = fadd <8 x float> %311, %231
  %332 = fcmp olt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> zeroinitializer, <8 x float> %331
  %334 = getelementptr inbounds float, float* %0, i64 %330
  %335 = bitcast float* %334 to <8 x float>*
  store <8 x float> %333, <8 x float>* %335, align 4
  %336 = fadd <8 x float> %187, %197
  %337 = fsub <8 x float> %187, %197
  %338 = fadd <8 x float> %207, %217
  %339 = fsub <8 x float> %207, %217
  %340 = fadd <8 x float> %177, %336
  %341 = fadd <8 x float> %340, %338
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %337)
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %336)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %337)
  %345 = fadd <8 x float> %344, %227
  %346 = add i64 %233, 24
  %347 = fadd <8 x float> %341, %231
  %348 = fcmp olt <8 x float> %347, zeroinitializer
  %349 = select <8 x i1> %348, <8 x float> zeroinitializer, <8 x float> %347
  %350 = getelementptr inbounds float, float* %0, i64 %346
  %351 = bitcast float* %350 to <8 x float>*
  store <8 x float> %349, <8 x float>* %351, align 4
  %352 = add i64 %233, 248
  %353 = fadd <8 x float> %342, %231
  %354 = fcmp olt <8 x float> %353, zeroinitializer
  %355 = select <8 x i1> %354, <8 x float> zeroinitializer, <8 x float> %353
  %356 = getelementptr inbounds float, float* %0, i64 %352
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %355, <8 x float>* %357, align 4
  %358 = add i64 %233, 472
  %359 = fadd <8 x float> %343, %231
  %360 = fcmp olt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> zeroinitializer, <8 x float> %359
  %362 = getelementptr inbounds float, float* %0, i64 %358
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %361, <8 x float>* %363, align 4
  %364 = add i64 %233, 696
  %365 = fadd <8 x float> %345, %231
  %366 = fcmp olt <8 x float> %365, zeroinitializer
  %367 = select <8 x i1> %366, <8 x float> zeroinitializer, <8 x float> %365
  %368 = getelementptr inbounds float, float* %0, i64 %364
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %367, <8 x float>* %369, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !11

block.exit:                                       ; preds = %block.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node7.conv2d_5.step3(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 49, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 49
  %26 = select i1 %25, i64 %24, i64 49
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 49
  %29 = select i1 %28, i64 %27, i64 49
  call void @node7.conv2d_5.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 30
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 30
  %10 = mul i64 %task, 240
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 28
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 28
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 224
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 896, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 232
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 960, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node8.conv2d_6.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 1920, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1920
  %23 = select i1 %22, i64 %21, i64 1920
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1920
  %26 = select i1 %25, i64 %24, i64 1920
  call void @node8.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_6.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %unit.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %unit.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 7
  %8 = sdiv i64 %task, 7
  %9 = srem i64 %8, 7
  %10 = sdiv i64 %task, 49
  %11 = mul i64 %10, 64
  %12 = mul i64 %11, 7200
  %13 = mul i64 %9, 120
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 512
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 64
  br i1 %19, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %20 = mul i64 %unit, 7200
  %21 = add i64 %17, %20
  %22 = add i64 %21, 0
  %23 = getelementptr inbounds float, float* %2, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %21, 8
  %27 = getelementptr inbounds float, float* %2, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %21, 16
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %21, 24
  %35 = getelementptr inbounds float, float* %2, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %21, 32
  %39 = getelementptr inbounds float, float* %2, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %21, 40
  %43 = getelementptr inbounds float, float* %2, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %21, 240
  %47 = getelementptr inbounds float, float* %2, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, 248
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %21, 256
  %55 = getelementptr inbounds float, float* %2, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %21, 264
  %59 = getelementptr inbounds float, float* %2, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = add i64 %21, 272
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %21, 280
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = add i64 %21, 480
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %21, 488
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %21, 496
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %21, 504
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %21, 512
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %21, 520
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %21, 720
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %21, 728
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %21, 736
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %21, 744
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %21, 752
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %21, 760
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %21, 960
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %21, 968
  %123 = getelementptr inbounds float, float* %2, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %21, 976
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %21, 984
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %21, 992
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %21, 1000
  %139 = getelementptr inbounds float, float* %2, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = add i64 %21, 1200
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %21, 1208
  %147 = getelementptr inbounds float, float* %2, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %21, 1216
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %21, 1224
  %155 = getelementptr inbounds float, float* %2, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %21, 1232
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %21, 1240
  %163 = getelementptr inbounds float, float* %2, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %73, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %49, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %121, %166
  %169 = fsub <8 x float> %97, %167
  %170 = fsub <8 x float> %121, %73
  %171 = fsub <8 x float> %97, %49
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %174 = fmul <8 x float> %73, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %145)
  %181 = fmul <8 x float> %97, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = fmul <8 x float> %77, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %184 = fmul <8 x float> %53, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %185 = fsub <8 x float> %125, %183
  %186 = fsub <8 x float> %101, %184
  %187 = fsub <8 x float> %125, %77
  %188 = fsub <8 x float> %101, %53
  %189 = fmul <8 x float> %188, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %125)
  %191 = fmul <8 x float> %77, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %192 = fadd <8 x float> %190, %191
  %193 = fadd <8 x float> %185, %186
  %194 = fsub <8 x float> %185, %186
  %195 = fadd <8 x float> %187, %189
  %196 = fsub <8 x float> %187, %189
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %149)
  %198 = fmul <8 x float> %101, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %199 = fadd <8 x float> %197, %198
  %200 = fmul <8 x float> %81, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %201 = fmul <8 x float> %57, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %202 = fsub <8 x float> %129, %200
  %203 = fsub <8 x float> %105, %201
  %204 = fsub <8 x float> %129, %81
  %205 = fsub <8 x float> %105, %57
  %206 = fmul <8 x float> %205, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %129)
  %208 = fmul <8 x float> %81, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %209 = fadd <8 x float> %207, %208
  %210 = fadd <8 x float> %202, %203
  %211 = fsub <8 x float> %202, %203
  %212 = fadd <8 x float> %204, %206
  %213 = fsub <8 x float> %204, %206
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %57, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %153)
  %215 = fmul <8 x float> %105, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %216 = fadd <8 x float> %214, %215
  %217 = fmul <8 x float> %85, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %218 = fmul <8 x float> %61, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %219 = fsub <8 x float> %133, %217
  %220 = fsub <8 x float> %109, %218
  %221 = fsub <8 x float> %133, %85
  %222 = fsub <8 x float> %109, %61
  %223 = fmul <8 x float> %222, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %37, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %133)
  %225 = fmul <8 x float> %85, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %226 = fadd <8 x float> %224, %225
  %227 = fadd <8 x float> %219, %220
  %228 = fsub <8 x float> %219, %220
  %229 = fadd <8 x float> %221, %223
  %230 = fsub <8 x float> %221, %223
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %157)
  %232 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %233 = fadd <8 x float> %231, %232
  %234 = fmul <8 x float> %89, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %235 = fmul <8 x float> %65, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %236 = fsub <8 x float> %137, %234
  %237 = fsub <8 x float> %113, %235
  %238 = fsub <8 x float> %137, %89
  %239 = fsub <8 x float> %113, %65
  %240 = fmul <8 x float> %239, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %41, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %137)
  %242 = fmul <8 x float> %89, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %243 = fadd <8 x float> %241, %242
  %244 = fadd <8 x float> %236, %237
  %245 = fsub <8 x float> %236, %237
  %246 = fadd <8 x float> %238, %240
  %247 = fsub <8 x float> %238, %240
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %249 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %250 = fadd <8 x float> %248, %249
  %251 = fmul <8 x float> %93, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %252 = fmul <8 x float> %69, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %253 = fsub <8 x float> %141, %251
  %254 = fsub <8 x float> %117, %252
  %255 = fsub <8 x float> %141, %93
  %256 = fsub <8 x float> %117, %69
  %257 = fmul <8 x float> %256, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %141)
  %259 = fmul <8 x float> %93, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %260 = fadd <8 x float> %258, %259
  %261 = fadd <8 x float> %253, %254
  %262 = fsub <8 x float> %253, %254
  %263 = fadd <8 x float> %255, %257
  %264 = fsub <8 x float> %255, %257
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %266 = fmul <8 x float> %117, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %267 = fadd <8 x float> %265, %266
  %268 = mul i64 %unit, 8
  %269 = add i64 %18, %268
  %270 = fmul <8 x float> %209, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %271 = fmul <8 x float> %192, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %272 = fsub <8 x float> %243, %270
  %273 = fsub <8 x float> %226, %271
  %274 = fsub <8 x float> %243, %209
  %275 = fsub <8 x float> %226, %192
  %276 = fmul <8 x float> %275, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %243)
  %278 = fmul <8 x float> %209, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %279 = fadd <8 x float> %277, %278
  %280 = fadd <8 x float> %272, %273
  %281 = fsub <8 x float> %272, %273
  %282 = fadd <8 x float> %274, %276
  %283 = fsub <8 x float> %274, %276
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %260)
  %285 = fmul <8 x float> %226, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %286 = fadd <8 x float> %284, %285
  %287 = add i64 460800, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 485888, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 510976, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 536064, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 561152, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 586240, %269
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %286, <8 x float>* %304, align 4
  %305 = fmul <8 x float> %210, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %306 = fmul <8 x float> %193, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %307 = fsub <8 x float> %244, %305
  %308 = fsub <8 x float> %227, %306
  %309 = fsub <8 x float> %244, %210
  %310 = fsub <8 x float> %227, %193
  %311 = fmul <8 x float> %310, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %244)
  %313 = fmul <8 x float> %210, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %314 = fadd <8 x float> %312, %313
  %315 = fadd <8 x float> %307, %308
  %316 = fsub <8 x float> %307, %308
  %317 = fadd <8 x float> %309, %311
  %318 = fsub <8 x float> %309, %311
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %261)
  %320 = fmul <8 x float> %227, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %321 = fadd <8 x float> %319, %320
  %322 = add i64 611328, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 636416, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 661504, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 686592, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 711680, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 736768, %269
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %321, <8 x float>* %339, align 4
  %340 = fmul <8 x float> %211, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %341 = fmul <8 x float> %194, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %342 = fsub <8 x float> %245, %340
  %343 = fsub <8 x float> %228, %341
  %344 = fsub <8 x float> %245, %211
  %345 = fsub <8 x float> %228, %194
  %346 = fmul <8 x float> %345, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %245)
  %348 = fmul <8 x float> %211, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %349 = fadd <8 x float> %347, %348
  %350 = fadd <8 x float> %342, %343
  %351 = fsub <8 x float> %342, %343
  %352 = fadd <8 x float> %344, %346
  %353 = fsub <8 x float> %344, %346
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %262)
  %355 = fmul <8 x float> %228, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %356 = fadd <8 x float> %354, %355
  %357 = add i64 761856, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 786944, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 812032, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 837120, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 862208, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 887296, %269
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %356, <8 x float>* %374, align 4
  %375 = fmul <8 x float> %212, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %376 = fmul <8 x float> %195, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %377 = fsub <8 x float> %246, %375
  %378 = fsub <8 x float> %229, %376
  %379 = fsub <8 x float> %246, %212
  %380 = fsub <8 x float> %229, %195
  %381 = fmul <8 x float> %380, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %246)
  %383 = fmul <8 x float> %212, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %384 = fadd <8 x float> %382, %383
  %385 = fadd <8 x float> %377, %378
  %386 = fsub <8 x float> %377, %378
  %387 = fadd <8 x float> %379, %381
  %388 = fsub <8 x float> %379, %381
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %263)
  %390 = fmul <8 x float> %229, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %391 = fadd <8 x float> %389, %390
  %392 = add i64 912384, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 937472, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 962560, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 987648, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 1012736, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 1037824, %269
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %391, <8 x float>* %409, align 4
  %410 = fmul <8 x float> %213, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %411 = fmul <8 x float> %196, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %412 = fsub <8 x float> %247, %410
  %413 = fsub <8 x float> %230, %411
  %414 = fsub <8 x float> %247, %213
  %415 = fsub <8 x float> %230, %196
  %416 = fmul <8 x float> %415, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %247)
  %418 = fmul <8 x float> %213, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %419 = fadd <8 x float> %417, %418
  %420 = fadd <8 x float> %412, %413
  %421 = fsub <8 x float> %412, %413
  %422 = fadd <8 x float> %414, %416
  %423 = fsub <8 x float> %414, %416
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %264)
  %425 = fmul <8 x float> %230, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %426 = fadd <8 x float> %424, %425
  %427 = add i64 1062912, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 1088000, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 1113088, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 1138176, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 1163264, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 1188352, %269
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  store <8 x float> %426, <8 x float>* %444, align 4
  %445 = fmul <8 x float> %216, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %446 = fmul <8 x float> %199, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %447 = fsub <8 x float> %250, %445
  %448 = fsub <8 x float> %233, %446
  %449 = fsub <8 x float> %250, %216
  %450 = fsub <8 x float> %233, %199
  %451 = fmul <8 x float> %450, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %250)
  %453 = fmul <8 x float> %216, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %454 = fadd <8 x float> %452, %453
  %455 = fadd <8 x float> %447, %448
  %456 = fsub <8 x float> %447, %448
  %457 = fadd <8 x float> %449, %451
  %458 = fsub <8 x float> %449, %451
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %267)
  %460 = fmul <8 x float> %233, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %461 = fadd <8 x float> %459, %460
  %462 = add i64 1213440, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 1238528, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 1263616, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 1288704, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 1313792, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 1338880, %269
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  store <8 x float> %461, <8 x float>* %479, align 4
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !12

unit.exit:                                        ; preds = %unit.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node8.conv2d_6.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node8.conv2d_6.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_6.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %21 = icmp slt i64 %task, %6
  br i1 %21, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %22 = sdiv i64 %task, 288
  %23 = mul i64 %22, 25088
  %24 = add i64 460800, %23
  %25 = getelementptr inbounds float, float* %2, i64 %24
  %26 = mul i64 %22, 262144
  %27 = getelementptr inbounds float, float* %4, i64 %26
  %28 = mul i64 %22, 25088
  %29 = add i64 1363968, %28
  %30 = srem i64 %task, 288
  %31 = srem i64 %30, 9
  %32 = sdiv i64 %30, 9
  %33 = mul i64 %31, 6
  %34 = mul i64 %32, 16
  %35 = mul i64 %32, 8192
  %36 = icmp eq i64 %31, 8
  br i1 %36, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
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
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %37 = icmp slt i64 %k, 512
  br i1 %37, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %38 = mul i64 %k, 16
  %39 = add i64 %35, %38
  %40 = add i64 %39, 0
  %41 = getelementptr inbounds float, float* %27, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %39, 8
  %45 = getelementptr inbounds float, float* %27, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %33, 0
  %49 = mul i64 %48, 512
  %50 = add i64 %49, %k
  %51 = getelementptr inbounds float, float* %25, i64 %50
  %52 = load float, float* %51, align 4
  %53 = insertelement <8 x float> undef, float %52, i32 0
  %splat = shufflevector <8 x float> %53, <8 x float> undef, <8 x i32> zeroinitializer
  %54 = load <8 x float>, <8 x float>* %20, align 32
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %43, <8 x float> %54)
  store <8 x float> %55, <8 x float>* %20, align 32
  %56 = load <8 x float>, <8 x float>* %19, align 32
  %57 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %47, <8 x float> %56)
  store <8 x float> %57, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %58 = add i64 %33, 0
  %59 = add i64 %34, 0
  %60 = load <8 x float>, <8 x float>* %20, align 32
  %61 = mul i64 %58, 512
  %62 = add i64 %61, %59
  %63 = add i64 %29, %62
  %64 = getelementptr inbounds float, float* %2, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  store <8 x float> %60, <8 x float>* %65, align 4
  %66 = add i64 %33, 0
  %67 = add i64 %34, 8
  %68 = load <8 x float>, <8 x float>* %19, align 32
  %69 = mul i64 %66, 512
  %70 = add i64 %69, %67
  %71 = add i64 %29, %70
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  store <8 x float> %68, <8 x float>* %73, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %74 = icmp slt i64 %k4, 512
  br i1 %74, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %75 = mul i64 %k4, 16
  %76 = add i64 %35, %75
  %77 = add i64 %76, 0
  %78 = getelementptr inbounds float, float* %27, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %76, 8
  %82 = getelementptr inbounds float, float* %27, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %33, 0
  %86 = mul i64 %85, 512
  %87 = add i64 %86, %k4
  %88 = getelementptr inbounds float, float* %25, i64 %87
  %89 = load float, float* %88, align 4
  %90 = insertelement <8 x float> undef, float %89, i32 0
  %splat5 = shufflevector <8 x float> %90, <8 x float> undef, <8 x i32> zeroinitializer
  %91 = load <8 x float>, <8 x float>* %18, align 32
  %92 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %80, <8 x float> %91)
  store <8 x float> %92, <8 x float>* %18, align 32
  %93 = load <8 x float>, <8 x float>* %12, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %84, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %12, align 32
  %95 = add i64 %33, 1
  %96 = mul i64 %95, 512
  %97 = add i64 %96, %k4
  %98 = getelementptr inbounds float, float* %25, i64 %97
  %99 = load float, float* %98, align 4
  %100 = insertelement <8 x float> undef, float %99, i32 0
  %splat6 = shufflevector <8 x float> %100, <8 x float> undef, <8 x i32> zeroinitializer
  %101 = load <8 x float>, <8 x float>* %17, align 32
  %102 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %80, <8 x float> %101)
  store <8 x float> %102, <8 x float>* %17, align 32
  %103 = load <8 x float>, <8 x float>* %11, align 32
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %84, <8 x float> %103)
  store <8 x float> %104, <8 x float>* %11, align 32
  %105 = add i64 %33, 2
  %106 = mul i64 %105, 512
  %107 = add i64 %106, %k4
  %108 = getelementptr inbounds float, float* %25, i64 %107
  %109 = load float, float* %108, align 4
  %110 = insertelement <8 x float> undef, float %109, i32 0
  %splat7 = shufflevector <8 x float> %110, <8 x float> undef, <8 x i32> zeroinitializer
  %111 = load <8 x float>, <8 x float>* %16, align 32
  %112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %80, <8 x float> %111)
  store <8 x float> %112, <8 x float>* %16, align 32
  %113 = load <8 x float>, <8 x float>* %10, align 32
  %114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %84, <8 x float> %113)
  store <8 x float> %114, <8 x float>* %10, align 32
  %115 = add i64 %33, 3
  %116 = mul i64 %115, 512
  %117 = add i64 %116, %k4
  %118 = getelementptr inbounds float, float* %25, i64 %117
  %119 = load float, float* %118, align 4
  %120 = insertelement <8 x float> undef, float %119, i32 0
  %splat8 = shufflevector <8 x float> %120, <8 x float> undef, <8 x i32> zeroinitializer
  %121 = load <8 x float>, <8 x float>* %15, align 32
  %122 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %80, <8 x float> %121)
  store <8 x float> %122, <8 x float>* %15, align 32
  %123 = load <8 x float>, <8 x float>* %9, align 32
  %124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %84, <8 x float> %123)
  store <8 x float> %124, <8 x float>* %9, align 32
  %125 = add i64 %33, 4
  %126 = mul i64 %125, 512
  %127 = add i64 %126, %k4
  %128 = getelementptr inbounds float, float* %25, i64 %127
  %129 = load float, float* %128, align 4
  %130 = insertelement <8 x float> undef, float %129, i32 0
  %splat9 = shufflevector <8 x float> %130, <8 x float> undef, <8 x i32> zeroinitializer
  %131 = load <8 x float>, <8 x float>* %14, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %80, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %14, align 32
  %133 = load <8 x float>, <8 x float>* %8, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %84, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %8, align 32
  %135 = add i64 %33, 5
  %136 = mul i64 %135, 512
  %137 = add i64 %136, %k4
  %138 = getelementptr inbounds float, float* %25, i64 %137
  %139 = load float, float* %138, align 4
  %140 = insertelement <8 x float> undef, float %139, i32 0
  %splat10 = shufflevector <8 x float> %140, <8 x float> undef, <8 x i32> zeroinitializer
  %141 = load <8 x float>, <8 x float>* %13, align 32
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %80, <8 x float> %141)
  store <8 x float> %142, <8 x float>* %13, align 32
  %143 = load <8 x float>, <8 x float>* %7, align 32
  %144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %84, <8 x float> %143)
  store <8 x float> %144, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %145 = add i64 %33, 0
  %146 = add i64 %34, 0
  %147 = load <8 x float>, <8 x float>* %18, align 32
  %148 = mul i64 %145, 512
  %149 = add i64 %148, %146
  %150 = add i64 %29, %149
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %147, <8 x float>* %152, align 4
  %153 = add i64 %33, 1
  %154 = add i64 %34, 0
  %155 = load <8 x float>, <8 x float>* %17, align 32
  %156 = mul i64 %153, 512
  %157 = add i64 %156, %154
  %158 = add i64 %29, %157
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %155, <8 x float>* %160, align 4
  %161 = add i64 %33, 2
  %162 = add i64 %34, 0
  %163 = load <8 x float>, <8 x float>* %16, align 32
  %164 = mul i64 %161, 512
  %165 = add i64 %164, %162
  %166 = add i64 %29, %165
  %167 = getelementptr inbounds float, float* %2, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %163, <8 x float>* %168, align 4
  %169 = add i64 %33, 3
  %170 = add i64 %34, 0
  %171 = load <8 x float>, <8 x float>* %15, align 32
  %172 = mul i64 %169, 512
  %173 = add i64 %172, %170
  %174 = add i64 %29, %173
  %175 = getelementptr inbounds float, float* %2, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %171, <8 x float>* %176, align 4
  %177 = add i64 %33, 4
  %178 = add i64 %34, 0
  %179 = load <8 x float>, <8 x float>* %14, align 32
  %180 = mul i64 %177, 512
  %181 = add i64 %180, %178
  %182 = add i64 %29, %181
  %183 = getelementptr inbounds float, float* %2, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %179, <8 x float>* %184, align 4
  %185 = add i64 %33, 5
  %186 = add i64 %34, 0
  %187 = load <8 x float>, <8 x float>* %13, align 32
  %188 = mul i64 %185, 512
  %189 = add i64 %188, %186
  %190 = add i64 %29, %189
  %191 = getelementptr inbounds float, float* %2, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %187, <8 x float>* %192, align 4
  %193 = add i64 %33, 0
  %194 = add i64 %34, 8
  %195 = load <8 x float>, <8 x float>* %12, align 32
  %196 = mul i64 %193, 512
  %197 = add i64 %196, %194
  %198 = add i64 %29, %197
  %199 = getelementptr inbounds float, float* %2, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %195, <8 x float>* %200, align 4
  %201 = add i64 %33, 1
  %202 = add i64 %34, 8
  %203 = load <8 x float>, <8 x float>* %11, align 32
  %204 = mul i64 %201, 512
  %205 = add i64 %204, %202
  %206 = add i64 %29, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  store <8 x float> %203, <8 x float>* %208, align 4
  %209 = add i64 %33, 2
  %210 = add i64 %34, 8
  %211 = load <8 x float>, <8 x float>* %10, align 32
  %212 = mul i64 %209, 512
  %213 = add i64 %212, %210
  %214 = add i64 %29, %213
  %215 = getelementptr inbounds float, float* %2, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %211, <8 x float>* %216, align 4
  %217 = add i64 %33, 3
  %218 = add i64 %34, 8
  %219 = load <8 x float>, <8 x float>* %9, align 32
  %220 = mul i64 %217, 512
  %221 = add i64 %220, %218
  %222 = add i64 %29, %221
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %219, <8 x float>* %224, align 4
  %225 = add i64 %33, 4
  %226 = add i64 %34, 8
  %227 = load <8 x float>, <8 x float>* %8, align 32
  %228 = mul i64 %225, 512
  %229 = add i64 %228, %226
  %230 = add i64 %29, %229
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %227, <8 x float>* %232, align 4
  %233 = add i64 %33, 5
  %234 = add i64 %34, 8
  %235 = load <8 x float>, <8 x float>* %7, align 32
  %236 = mul i64 %233, 512
  %237 = add i64 %236, %234
  %238 = add i64 %29, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %235, <8 x float>* %240, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node8.conv2d_6.step2(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 10368, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 10368
  %26 = select i1 %25, i64 %24, i64 10368
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 10368
  %29 = select i1 %28, i64 %27, i64 10368
  call void @node8.conv2d_6.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_6.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %block.exit, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %block.exit ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = srem i64 %task, 7
  %9 = sdiv i64 %task, 7
  %10 = srem i64 %9, 7
  %11 = sdiv i64 %task, 49
  %12 = mul i64 %11, 64
  %13 = mul i64 %12, 6272
  %14 = mul i64 %10, 112
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 512
  %20 = add i64 1363968, %19
  br label %block.header

task.exit:                                        ; preds = %task.header
  ret void

block.header:                                     ; preds = %block.body, %task.body
  %block = phi i64 [ 0, %task.body ], [ %block.next, %block.body ]
  %21 = icmp slt i64 %block, 64
  br i1 %21, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %22 = mul i64 %block, 8
  %23 = add i64 %20, %22
  %24 = add i64 %23, 0
  %25 = getelementptr inbounds float, float* %2, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %23, 25088
  %29 = getelementptr inbounds float, float* %2, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %23, 50176
  %33 = getelementptr inbounds float, float* %2, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %23, 75264
  %37 = getelementptr inbounds float, float* %2, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %23, 100352
  %41 = getelementptr inbounds float, float* %2, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %23, 125440
  %45 = getelementptr inbounds float, float* %2, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %23, 150528
  %49 = getelementptr inbounds float, float* %2, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = add i64 %23, 175616
  %53 = getelementptr inbounds float, float* %2, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %23, 200704
  %57 = getelementptr inbounds float, float* %2, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = add i64 %23, 225792
  %61 = getelementptr inbounds float, float* %2, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %23, 250880
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = add i64 %23, 275968
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %23, 301056
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = add i64 %23, 326144
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = add i64 %23, 351232
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = add i64 %23, 376320
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %87 = load <8 x float>, <8 x float>* %86, align 4
  %88 = add i64 %23, 401408
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %23, 426496
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %95 = load <8 x float>, <8 x float>* %94, align 4
  %96 = add i64 %23, 451584
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %23, 476672
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  %103 = load <8 x float>, <8 x float>* %102, align 4
  %104 = add i64 %23, 501760
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %23, 526848
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %23, 551936
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %23, 577024
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %23, 602112
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %23, 627200
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = add i64 %23, 652288
  %129 = getelementptr inbounds float, float* %2, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = add i64 %23, 677376
  %133 = getelementptr inbounds float, float* %2, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = add i64 %23, 702464
  %137 = getelementptr inbounds float, float* %2, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %23, 727552
  %141 = getelementptr inbounds float, float* %2, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %23, 752640
  %145 = getelementptr inbounds float, float* %2, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %23, 777728
  %149 = getelementptr inbounds float, float* %2, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %23, 802816
  %153 = getelementptr inbounds float, float* %2, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %23, 827904
  %157 = getelementptr inbounds float, float* %2, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %23, 852992
  %161 = getelementptr inbounds float, float* %2, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %23, 878080
  %165 = getelementptr inbounds float, float* %2, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = fadd <8 x float> %31, %35
  %169 = fsub <8 x float> %31, %35
  %170 = fadd <8 x float> %39, %43
  %171 = fsub <8 x float> %39, %43
  %172 = fadd <8 x float> %27, %168
  %173 = fadd <8 x float> %172, %170
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %169)
  %175 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %168)
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %171, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %169)
  %177 = fadd <8 x float> %176, %47
  %178 = fadd <8 x float> %55, %59
  %179 = fsub <8 x float> %55, %59
  %180 = fadd <8 x float> %63, %67
  %181 = fsub <8 x float> %63, %67
  %182 = fadd <8 x float> %51, %178
  %183 = fadd <8 x float> %182, %180
  %184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %179)
  %185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %178)
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %179)
  %187 = fadd <8 x float> %186, %71
  %188 = fadd <8 x float> %79, %83
  %189 = fsub <8 x float> %79, %83
  %190 = fadd <8 x float> %87, %91
  %191 = fsub <8 x float> %87, %91
  %192 = fadd <8 x float> %75, %188
  %193 = fadd <8 x float> %192, %190
  %194 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %189)
  %195 = call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %188)
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %189)
  %197 = fadd <8 x float> %196, %95
  %198 = fadd <8 x float> %103, %107
  %199 = fsub <8 x float> %103, %107
  %200 = fadd <8 x float> %111, %115
  %201 = fsub <8 x float> %111, %115
  %202 = fadd <8 x float> %99, %198
  %203 = fadd <8 x float> %202, %200
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %199)
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %200, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %198)
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %199)
  %207 = fadd <8 x float> %206, %119
  %208 = fadd <8 x float> %127, %131
  %209 = fsub <8 x float> %127, %131
  %210 = fadd <8 x float> %135, %139
  %211 = fsub <8 x float> %135, %139
  %212 = fadd <8 x float> %123, %208
  %213 = fadd <8 x float> %212, %210
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %209)
  %215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %210, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %208)
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %211, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %209)
  %217 = fadd <8 x float> %216, %143
  %218 = fadd <8 x float> %151, %155
  %219 = fsub <8 x float> %151, %155
  %220 = fadd <8 x float> %159, %163
  %221 = fsub <8 x float> %159, %163
  %222 = fadd <8 x float> %147, %218
  %223 = fadd <8 x float> %222, %220
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %219)
  %225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %218)
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %219)
  %227 = fadd <8 x float> %226, %167
  %228 = mul i64 %block, 8
  %229 = getelementptr inbounds float, float* %4, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  %231 = load <8 x float>, <8 x float>* %230, align 4
  %232 = mul i64 %block, 6272
  %233 = add i64 %18, %232
  %234 = fadd <8 x float> %183, %193
  %235 = fsub <8 x float> %183, %193
  %236 = fadd <8 x float> %203, %213
  %237 = fsub <8 x float> %203, %213
  %238 = fadd <8 x float> %173, %234
  %239 = fadd <8 x float> %238, %236
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %235)
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %234)
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %235)
  %243 = fadd <8 x float> %242, %223
  %244 = add i64 %233, 0
  %245 = fadd <8 x float> %239, %231
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = getelementptr inbounds float, float* %0, i64 %244
  %249 = bitcast float* %248 to <8 x float>*
  store <8 x float> %247, <8 x float>* %249, align 4
  %250 = add i64 %233, 224
  %251 = fadd <8 x float> %240, %231
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = getelementptr inbounds float, float* %0, i64 %250
  %255 = bitcast float* %254 to <8 x float>*
  store <8 x float> %253, <8 x float>* %255, align 4
  %256 = add i64 %233, 448
  %257 = fadd <8 x float> %241, %231
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = getelementptr inbounds float, float* %0, i64 %256
  %261 = bitcast float* %260 to <8 x float>*
  store <8 x float> %259, <8 x float>* %261, align 4
  %262 = add i64 %233, 672
  %263 = fadd <8 x float> %243, %231
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = getelementptr inbounds float, float* %0, i64 %262
  %267 = bitcast float* %266 to <8 x float>*
  store <8 x float> %265, <8 x float>* %267, align 4
  %268 = fadd <8 x float> %184, %194
  %269 = fsub <8 x float> %184, %194
  %270 = fadd <8 x float> %204, %214
  %271 = fsub <8 x float> %204, %214
  %272 = fadd <8 x float> %174, %268
  %273 = fadd <8 x float> %272, %270
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %269)
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %268)
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %271, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %269)
  %277 = fadd <8 x float> %276, %224
  %278 = add i64 %233, 8
  %279 = fadd <8 x float> %273, %231
  %280 = fcmp olt <8 x float> %279, zeroinitializer
  %281 = select <8 x i1> %280, <8 x float> zeroinitializer, <8 x float> %279
  %282 = getelementptr inbounds float, float* %0, i64 %278
  %283 = bitcast float* %282 to <8 x float>*
  store <8 x float> %281, <8 x float>* %283, align 4
  %284 = add i64 %233, 232
  %285 = fadd <8 x float> %274, %231
  %286 = fcmp olt <8 x float> %285, zeroinitializer
  %287 = select <8 x i1> %286, <8 x float> zeroinitializer, <8 x float> %285
  %288 = getelementptr inbounds float, float* %0, i64 %284
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %287, <8 x float>* %289, align 4
  %290 = add i64 %233, 456
  %291 = fadd <8 x float> %275, %231
  %292 = fcmp olt <8 x float> %291, zeroinitializer
  %293 = select <8 x i1> %292, <8 x float> zeroinitializer, <8 x float> %291
  %294 = getelementptr inbounds float, float* %0, i64 %290
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %296 = add i64 %233, 680
  %297 = fadd <8 x float> %277, %231
  %298 = fcmp olt <8 x float> %297, zeroinitializer
  %299 = select <8 x i1> %298, <8 x float> zeroinitializer, <8 x float> %297
  %300 = getelementptr inbounds float, float* %0, i64 %296
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %299, <8 x float>* %301, align 4
  %302 = fadd <8 x float> %185, %195
  %303 = fsub <8 x float> %185, %195
  %304 = fadd <8 x float> %205, %215
  %305 = fsub <8 x float> %205, %215
  %306 = fadd <8 x float> %175, %302
  %307 = fadd <8 x float> %306, %304
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %303)
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %304, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %302)
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %303)
  %311 = fadd <8 x float> %310, %225
  %312 = add i64 %233, 16
  %313 = fadd <8 x float> %307, %231
  %314 = fcmp olt <8 x float> %313, zeroinitializer
  %315 = select <8 x i1> %314, <8 x float> zeroinitializer, <8 x float> %313
  %316 = getelementptr inbounds float, float* %0, i64 %312
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %315, <8 x float>* %317, align 4
  %318 = add i64 %233, 240
  %319 = fadd <8 x float> %308, %231
  %320 = fcmp olt <8 x float> %319, zeroinitializer
  %321 = select <8 x i1> %320, <8 x float> zeroinitializer, <8 x float> %319
  %322 = getelementptr inbounds float, float* %0, i64 %318
  %323 = bitcast float* %322 to <8 x float>*
  store <8 x float> %321, <8 x float>* %323, align 4
  %324 = add i64 %233, 464
  %325 = fadd <8 x float> %309, %231
  %326 = fcmp olt <8 x float> %325, zeroinitializer
  %327 = select <8 x i1> %326, <8 x float> zeroinitializer, <8 x float> %325
  %328 = getelementptr inbounds float, float* %0, i64 %324
  %329 = bitcast float* %328 to <8 x float>*
  store <8 x float> %327, <8 x float>* %329, align 4
  %330 = add i64 %233, 688
  %331 = fadd <8 x float> %311, %231
  %332 = fcmp olt <8 x float> %331, zeroinitializer
  %333 = select <8 x i1> %332, <8 x float> zeroinitializer, <8 x float> %331
  %334 = getelementptr inbounds float, float* %0, i64 %330
  %335 = bitcast float* %334 to <8 x float>*
  store <8 x float> %333, <8 x float>* %335, align 4
  %336 = fadd <8 x float> %187, %197
  %337 = fsub <8 x float> %187, %197
  %338 = fadd <8 x float> %207, %217
  %339 = fsub <8 x float> %207, %217
  %340 = fadd <8 x float> %177, %336
  %341 = fadd <8 x float> %340, %338
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %337)
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %336)
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %339, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %337)
  %345 = fadd <8 x float> %344, %227
  %346 = add i64 %233, 24
  %347 = fadd <8 x float> %341, %231
  %348 = fcmp olt <8 x float> %347, zeroinitializer
  %349 = select <8 x i1> %348, <8 x float> zeroinitializer, <8 x float> %347
  %350 = getelementptr inbounds float, float* %0, i64 %346
  %351 = bitcast float* %350 to <8 x float>*
  store <8 x float> %349, <8 x float>* %351, align 4
  %352 = add i64 %233, 248
  %353 = fadd <8 x float> %342, %231
  %354 = fcmp olt <8 x float> %353, zeroinitializer
  %355 = select <8 x i1> %354, <8 x float> zeroinitializer, <8 x float> %353
  %356 = getelementptr inbounds float, float* %0, i64 %352
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %355, <8 x float>* %357, align 4
  %358 = add i64 %233, 472
  %359 = fadd <8 x float> %343, %231
  %360 = fcmp olt <8 x float> %359, zeroinitializer
  %361 = select <8 x i1> %360, <8 x float> zeroinitializer, <8 x float> %359
  %362 = getelementptr inbounds float, float* %0, i64 %358
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %361, <8 x float>* %363, align 4
  %364 = add i64 %233, 696
  %365 = fadd <8 x float> %345, %231
  %366 = fcmp olt <8 x float> %365, zeroinitializer
  %367 = select <8 x i1> %366, <8 x float> zeroinitializer, <8 x float> %365
  %368 = getelementptr inbounds float, float* %0, i64 %364
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %367, <8 x float>* %369, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !13

block.exit:                                       ; preds = %block.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node8.conv2d_6.step3(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 49, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 49
  %26 = select i1 %25, i64 %24, i64 49
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 49
  %29 = select i1 %28, i64 %27, i64 49
  call void @node8.conv2d_6.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 14
  %9 = srem i64 %task, 14
  %10 = mul i64 %8, 6272
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 14
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 112
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 28
  %22 = select i1 %21, i64 %20, i64 28
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 28
  %25 = select i1 %24, i64 %23, i64 28
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 14
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 28
  %34 = select i1 %33, i64 %32, i64 28
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 28
  %37 = select i1 %36, i64 %35, i64 28
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
  %45 = mul i64 %r, 28
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
define internal void @node9.maxPool2d_4.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node9.maxPool2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 18
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 18
  %10 = mul i64 %task, 144
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 14
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 14
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 112
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 448, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 120
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 96, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 576, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node10.conv2d_7.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node10.conv2d_7.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_7.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %unit.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %unit.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 4
  %8 = sdiv i64 %task, 4
  %9 = srem i64 %8, 4
  %10 = sdiv i64 %task, 16
  %11 = mul i64 %10, 64
  %12 = mul i64 %11, 2592
  %13 = mul i64 %9, 72
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 512
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 64
  br i1 %19, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %20 = mul i64 %unit, 2592
  %21 = add i64 %17, %20
  %22 = add i64 %21, 0
  %23 = getelementptr inbounds float, float* %2, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %21, 8
  %27 = getelementptr inbounds float, float* %2, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %21, 16
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  %34 = add i64 %21, 24
  %35 = getelementptr inbounds float, float* %2, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %21, 32
  %39 = getelementptr inbounds float, float* %2, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %21, 40
  %43 = getelementptr inbounds float, float* %2, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %21, 144
  %47 = getelementptr inbounds float, float* %2, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, 152
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %21, 160
  %55 = getelementptr inbounds float, float* %2, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %21, 168
  %59 = getelementptr inbounds float, float* %2, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = add i64 %21, 176
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %21, 184
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = add i64 %21, 288
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %21, 296
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %21, 304
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %21, 312
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %21, 320
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %21, 328
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %21, 432
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %21, 440
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %21, 448
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %21, 456
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %21, 464
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %21, 472
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %21, 576
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %21, 584
  %123 = getelementptr inbounds float, float* %2, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %21, 592
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %21, 600
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %21, 608
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %21, 616
  %139 = getelementptr inbounds float, float* %2, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = add i64 %21, 720
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %21, 728
  %147 = getelementptr inbounds float, float* %2, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %21, 736
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %21, 744
  %155 = getelementptr inbounds float, float* %2, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %21, 752
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %21, 760
  %163 = getelementptr inbounds float, float* %2, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %73, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %49, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %121, %166
  %169 = fsub <8 x float> %97, %167
  %170 = fsub <8 x float> %121, %73
  %171 = fsub <8 x float> %97, %49
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %174 = fmul <8 x float> %73, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %145)
  %181 = fmul <8 x float> %97, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = fmul <8 x float> %77, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %184 = fmul <8 x float> %53, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %185 = fsub <8 x float> %125, %183
  %186 = fsub <8 x float> %101, %184
  %187 = fsub <8 x float> %125, %77
  %188 = fsub <8 x float> %101, %53
  %189 = fmul <8 x float> %188, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %29, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %125)
  %191 = fmul <8 x float> %77, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %192 = fadd <8 x float> %190, %191
  %193 = fadd <8 x float> %185, %186
  %194 = fsub <8 x float> %185, %186
  %195 = fadd <8 x float> %187, %189
  %196 = fsub <8 x float> %187, %189
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %149)
  %198 = fmul <8 x float> %101, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %199 = fadd <8 x float> %197, %198
  %200 = fmul <8 x float> %81, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %201 = fmul <8 x float> %57, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %202 = fsub <8 x float> %129, %200
  %203 = fsub <8 x float> %105, %201
  %204 = fsub <8 x float> %129, %81
  %205 = fsub <8 x float> %105, %57
  %206 = fmul <8 x float> %205, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %33, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %129)
  %208 = fmul <8 x float> %81, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %209 = fadd <8 x float> %207, %208
  %210 = fadd <8 x float> %202, %203
  %211 = fsub <8 x float> %202, %203
  %212 = fadd <8 x float> %204, %206
  %213 = fsub <8 x float> %204, %206
  %214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %57, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %153)
  %215 = fmul <8 x float> %105, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %216 = fadd <8 x float> %214, %215
  %217 = fmul <8 x float> %85, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %218 = fmul <8 x float> %61, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %219 = fsub <8 x float> %133, %217
  %220 = fsub <8 x float> %109, %218
  %221 = fsub <8 x float> %133, %85
  %222 = fsub <8 x float> %109, %61
  %223 = fmul <8 x float> %222, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %37, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %133)
  %225 = fmul <8 x float> %85, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %226 = fadd <8 x float> %224, %225
  %227 = fadd <8 x float> %219, %220
  %228 = fsub <8 x float> %219, %220
  %229 = fadd <8 x float> %221, %223
  %230 = fsub <8 x float> %221, %223
  %231 = call <8 x float> @llvm.fma.v8f32(<8 x float> %61, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %157)
  %232 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %233 = fadd <8 x float> %231, %232
  %234 = fmul <8 x float> %89, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %235 = fmul <8 x float> %65, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %236 = fsub <8 x float> %137, %234
  %237 = fsub <8 x float> %113, %235
  %238 = fsub <8 x float> %137, %89
  %239 = fsub <8 x float> %113, %65
  %240 = fmul <8 x float> %239, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %41, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %137)
  %242 = fmul <8 x float> %89, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %243 = fadd <8 x float> %241, %242
  %244 = fadd <8 x float> %236, %237
  %245 = fsub <8 x float> %236, %237
  %246 = fadd <8 x float> %238, %240
  %247 = fsub <8 x float> %238, %240
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %249 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %250 = fadd <8 x float> %248, %249
  %251 = fmul <8 x float> %93, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %252 = fmul <8 x float> %69, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %253 = fsub <8 x float> %141, %251
  %254 = fsub <8 x float> %117, %252
  %255 = fsub <8 x float> %141, %93
  %256 = fsub <8 x float> %117, %69
  %257 = fmul <8 x float> %256, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %45, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %141)
  %259 = fmul <8 x float> %93, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %260 = fadd <8 x float> %258, %259
  %261 = fadd <8 x float> %253, %254
  %262 = fsub <8 x float> %253, %254
  %263 = fadd <8 x float> %255, %257
  %264 = fsub <8 x float> %255, %257
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %266 = fmul <8 x float> %117, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %267 = fadd <8 x float> %265, %266
  %268 = mul i64 %unit, 8
  %269 = add i64 %18, %268
  %270 = fmul <8 x float> %209, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %271 = fmul <8 x float> %192, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %272 = fsub <8 x float> %243, %270
  %273 = fsub <8 x float> %226, %271
  %274 = fsub <8 x float> %243, %209
  %275 = fsub <8 x float> %226, %192
  %276 = fmul <8 x float> %275, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %243)
  %278 = fmul <8 x float> %209, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %279 = fadd <8 x float> %277, %278
  %280 = fadd <8 x float> %272, %273
  %281 = fsub <8 x float> %272, %273
  %282 = fadd <8 x float> %274, %276
  %283 = fsub <8 x float> %274, %276
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %192, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %260)
  %285 = fmul <8 x float> %226, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %286 = fadd <8 x float> %284, %285
  %287 = add i64 165888, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 174080, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 182272, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 190464, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 198656, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 206848, %269
  %303 = getelementptr inbounds float, float* %2, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %286, <8 x float>* %304, align 4
  %305 = fmul <8 x float> %210, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %306 = fmul <8 x float> %193, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %307 = fsub <8 x float> %244, %305
  %308 = fsub <8 x float> %227, %306
  %309 = fsub <8 x float> %244, %210
  %310 = fsub <8 x float> %227, %193
  %311 = fmul <8 x float> %310, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %244)
  %313 = fmul <8 x float> %210, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %314 = fadd <8 x float> %312, %313
  %315 = fadd <8 x float> %307, %308
  %316 = fsub <8 x float> %307, %308
  %317 = fadd <8 x float> %309, %311
  %318 = fsub <8 x float> %309, %311
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %261)
  %320 = fmul <8 x float> %227, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %321 = fadd <8 x float> %319, %320
  %322 = add i64 215040, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 223232, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 231424, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 239616, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 247808, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 256000, %269
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %321, <8 x float>* %339, align 4
  %340 = fmul <8 x float> %211, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %341 = fmul <8 x float> %194, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %342 = fsub <8 x float> %245, %340
  %343 = fsub <8 x float> %228, %341
  %344 = fsub <8 x float> %245, %211
  %345 = fsub <8 x float> %228, %194
  %346 = fmul <8 x float> %345, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %347 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %245)
  %348 = fmul <8 x float> %211, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %349 = fadd <8 x float> %347, %348
  %350 = fadd <8 x float> %342, %343
  %351 = fsub <8 x float> %342, %343
  %352 = fadd <8 x float> %344, %346
  %353 = fsub <8 x float> %344, %346
  %354 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %262)
  %355 = fmul <8 x float> %228, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %356 = fadd <8 x float> %354, %355
  %357 = add i64 264192, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 272384, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 280576, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 288768, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 296960, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 305152, %269
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %356, <8 x float>* %374, align 4
  %375 = fmul <8 x float> %212, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %376 = fmul <8 x float> %195, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %377 = fsub <8 x float> %246, %375
  %378 = fsub <8 x float> %229, %376
  %379 = fsub <8 x float> %246, %212
  %380 = fsub <8 x float> %229, %195
  %381 = fmul <8 x float> %380, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %178, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %246)
  %383 = fmul <8 x float> %212, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %384 = fadd <8 x float> %382, %383
  %385 = fadd <8 x float> %377, %378
  %386 = fsub <8 x float> %377, %378
  %387 = fadd <8 x float> %379, %381
  %388 = fsub <8 x float> %379, %381
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %263)
  %390 = fmul <8 x float> %229, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %391 = fadd <8 x float> %389, %390
  %392 = add i64 313344, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 321536, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 329728, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 337920, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 346112, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 354304, %269
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %391, <8 x float>* %409, align 4
  %410 = fmul <8 x float> %213, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %411 = fmul <8 x float> %196, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %412 = fsub <8 x float> %247, %410
  %413 = fsub <8 x float> %230, %411
  %414 = fsub <8 x float> %247, %213
  %415 = fsub <8 x float> %230, %196
  %416 = fmul <8 x float> %415, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %247)
  %418 = fmul <8 x float> %213, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %419 = fadd <8 x float> %417, %418
  %420 = fadd <8 x float> %412, %413
  %421 = fsub <8 x float> %412, %413
  %422 = fadd <8 x float> %414, %416
  %423 = fsub <8 x float> %414, %416
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %196, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %264)
  %425 = fmul <8 x float> %230, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %426 = fadd <8 x float> %424, %425
  %427 = add i64 362496, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 370688, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 378880, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 387072, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 395264, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 403456, %269
  %443 = getelementptr inbounds float, float* %2, i64 %442
  %444 = bitcast float* %443 to <8 x float>*
  store <8 x float> %426, <8 x float>* %444, align 4
  %445 = fmul <8 x float> %216, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %446 = fmul <8 x float> %199, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %447 = fsub <8 x float> %250, %445
  %448 = fsub <8 x float> %233, %446
  %449 = fsub <8 x float> %250, %216
  %450 = fsub <8 x float> %233, %199
  %451 = fmul <8 x float> %450, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %250)
  %453 = fmul <8 x float> %216, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %454 = fadd <8 x float> %452, %453
  %455 = fadd <8 x float> %447, %448
  %456 = fsub <8 x float> %447, %448
  %457 = fadd <8 x float> %449, %451
  %458 = fsub <8 x float> %449, %451
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %267)
  %460 = fmul <8 x float> %233, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %461 = fadd <8 x float> %459, %460
  %462 = add i64 411648, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 419840, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 428032, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 436224, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 444416, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 452608, %269
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  store <8 x float> %461, <8 x float>* %479, align 4
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !14

unit.exit:                                        ; preds = %unit.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node10.conv2d_7.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %19 = add i64 16, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 16
  %23 = select i1 %22, i64 %21, i64 16
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 16
  %26 = select i1 %25, i64 %24, i64 16
  call void @node10.conv2d_7.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_7.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
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
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %27 = icmp slt i64 %task, %6
  br i1 %27, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %28 = sdiv i64 %task, 96
  %29 = mul i64 %28, 8192
  %30 = add i64 165888, %29
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = mul i64 %28, 262144
  %33 = getelementptr inbounds float, float* %4, i64 %32
  %34 = mul i64 %28, 8192
  %35 = add i64 460800, %34
  %36 = srem i64 %task, 96
  %37 = srem i64 %36, 3
  %38 = sdiv i64 %36, 3
  %39 = mul i64 %37, 6
  %40 = mul i64 %38, 16
  %41 = mul i64 %38, 8192
  %42 = icmp eq i64 %37, 2
  br i1 %42, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header

else:                                             ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %18, align 32
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
  br label %k.header4

endif:                                            ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %43 = icmp slt i64 %k, 512
  br i1 %43, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %44 = mul i64 %k, 16
  %45 = add i64 %41, %44
  %46 = add i64 %45, 0
  %47 = getelementptr inbounds float, float* %33, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %45, 8
  %51 = getelementptr inbounds float, float* %33, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %39, 0
  %55 = mul i64 %54, 512
  %56 = add i64 %55, %k
  %57 = getelementptr inbounds float, float* %31, i64 %56
  %58 = load float, float* %57, align 4
  %59 = insertelement <8 x float> undef, float %58, i32 0
  %splat = shufflevector <8 x float> %59, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = load <8 x float>, <8 x float>* %26, align 32
  %61 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %49, <8 x float> %60)
  store <8 x float> %61, <8 x float>* %26, align 32
  %62 = load <8 x float>, <8 x float>* %22, align 32
  %63 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %53, <8 x float> %62)
  store <8 x float> %63, <8 x float>* %22, align 32
  %64 = add i64 %39, 1
  %65 = mul i64 %64, 512
  %66 = add i64 %65, %k
  %67 = getelementptr inbounds float, float* %31, i64 %66
  %68 = load float, float* %67, align 4
  %69 = insertelement <8 x float> undef, float %68, i32 0
  %splat1 = shufflevector <8 x float> %69, <8 x float> undef, <8 x i32> zeroinitializer
  %70 = load <8 x float>, <8 x float>* %25, align 32
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %49, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %25, align 32
  %72 = load <8 x float>, <8 x float>* %21, align 32
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %53, <8 x float> %72)
  store <8 x float> %73, <8 x float>* %21, align 32
  %74 = add i64 %39, 2
  %75 = mul i64 %74, 512
  %76 = add i64 %75, %k
  %77 = getelementptr inbounds float, float* %31, i64 %76
  %78 = load float, float* %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %splat2 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %80 = load <8 x float>, <8 x float>* %24, align 32
  %81 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %49, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %24, align 32
  %82 = load <8 x float>, <8 x float>* %20, align 32
  %83 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %53, <8 x float> %82)
  store <8 x float> %83, <8 x float>* %20, align 32
  %84 = add i64 %39, 3
  %85 = mul i64 %84, 512
  %86 = add i64 %85, %k
  %87 = getelementptr inbounds float, float* %31, i64 %86
  %88 = load float, float* %87, align 4
  %89 = insertelement <8 x float> undef, float %88, i32 0
  %splat3 = shufflevector <8 x float> %89, <8 x float> undef, <8 x i32> zeroinitializer
  %90 = load <8 x float>, <8 x float>* %23, align 32
  %91 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %49, <8 x float> %90)
  store <8 x float> %91, <8 x float>* %23, align 32
  %92 = load <8 x float>, <8 x float>* %19, align 32
  %93 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %53, <8 x float> %92)
  store <8 x float> %93, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %94 = add i64 %39, 0
  %95 = add i64 %40, 0
  %96 = load <8 x float>, <8 x float>* %26, align 32
  %97 = mul i64 %94, 512
  %98 = add i64 %97, %95
  %99 = add i64 %35, %98
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %96, <8 x float>* %101, align 4
  %102 = add i64 %39, 1
  %103 = add i64 %40, 0
  %104 = load <8 x float>, <8 x float>* %25, align 32
  %105 = mul i64 %102, 512
  %106 = add i64 %105, %103
  %107 = add i64 %35, %106
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %104, <8 x float>* %109, align 4
  %110 = add i64 %39, 2
  %111 = add i64 %40, 0
  %112 = load <8 x float>, <8 x float>* %24, align 32
  %113 = mul i64 %110, 512
  %114 = add i64 %113, %111
  %115 = add i64 %35, %114
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %112, <8 x float>* %117, align 4
  %118 = add i64 %39, 3
  %119 = add i64 %40, 0
  %120 = load <8 x float>, <8 x float>* %23, align 32
  %121 = mul i64 %118, 512
  %122 = add i64 %121, %119
  %123 = add i64 %35, %122
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %120, <8 x float>* %125, align 4
  %126 = add i64 %39, 0
  %127 = add i64 %40, 8
  %128 = load <8 x float>, <8 x float>* %22, align 32
  %129 = mul i64 %126, 512
  %130 = add i64 %129, %127
  %131 = add i64 %35, %130
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %128, <8 x float>* %133, align 4
  %134 = add i64 %39, 1
  %135 = add i64 %40, 8
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = mul i64 %134, 512
  %138 = add i64 %137, %135
  %139 = add i64 %35, %138
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %136, <8 x float>* %141, align 4
  %142 = add i64 %39, 2
  %143 = add i64 %40, 8
  %144 = load <8 x float>, <8 x float>* %20, align 32
  %145 = mul i64 %142, 512
  %146 = add i64 %145, %143
  %147 = add i64 %35, %146
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %144, <8 x float>* %149, align 4
  %150 = add i64 %39, 3
  %151 = add i64 %40, 8
  %152 = load <8 x float>, <8 x float>* %19, align 32
  %153 = mul i64 %150, 512
  %154 = add i64 %153, %151
  %155 = add i64 %35, %154
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %152, <8 x float>* %157, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %158 = icmp slt i64 %k7, 512
  br i1 %158, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %159 = mul i64 %k7, 16
  %160 = add i64 %41, %159
  %161 = add i64 %160, 0
  %162 = getelementptr inbounds float, float* %33, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  %164 = load <8 x float>, <8 x float>* %163, align 4
  %165 = add i64 %160, 8
  %166 = getelementptr inbounds float, float* %33, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = add i64 %39, 0
  %170 = mul i64 %169, 512
  %171 = add i64 %170, %k7
  %172 = getelementptr inbounds float, float* %31, i64 %171
  %173 = load float, float* %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %splat8 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %18, align 32
  %176 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %164, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %18, align 32
  %177 = load <8 x float>, <8 x float>* %12, align 32
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %168, <8 x float> %177)
  store <8 x float> %178, <8 x float>* %12, align 32
  %179 = add i64 %39, 1
  %180 = mul i64 %179, 512
  %181 = add i64 %180, %k7
  %182 = getelementptr inbounds float, float* %31, i64 %181
  %183 = load float, float* %182, align 4
  %184 = insertelement <8 x float> undef, float %183, i32 0
  %splat9 = shufflevector <8 x float> %184, <8 x float> undef, <8 x i32> zeroinitializer
  %185 = load <8 x float>, <8 x float>* %17, align 32
  %186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %164, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %17, align 32
  %187 = load <8 x float>, <8 x float>* %11, align 32
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %168, <8 x float> %187)
  store <8 x float> %188, <8 x float>* %11, align 32
  %189 = add i64 %39, 2
  %190 = mul i64 %189, 512
  %191 = add i64 %190, %k7
  %192 = getelementptr inbounds float, float* %31, i64 %191
  %193 = load float, float* %192, align 4
  %194 = insertelement <8 x float> undef, float %193, i32 0
  %splat10 = shufflevector <8 x float> %194, <8 x float> undef, <8 x i32> zeroinitializer
  %195 = load <8 x float>, <8 x float>* %16, align 32
  %196 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %164, <8 x float> %195)
  store <8 x float> %196, <8 x float>* %16, align 32
  %197 = load <8 x float>, <8 x float>* %10, align 32
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %168, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %10, align 32
  %199 = add i64 %39, 3
  %200 = mul i64 %199, 512
  %201 = add i64 %200, %k7
  %202 = getelementptr inbounds float, float* %31, i64 %201
  %203 = load float, float* %202, align 4
  %204 = insertelement <8 x float> undef, float %203, i32 0
  %splat11 = shufflevector <8 x float> %204, <8 x float> undef, <8 x i32> zeroinitializer
  %205 = load <8 x float>, <8 x float>* %15, align 32
  %206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %164, <8 x float> %205)
  store <8 x float> %206, <8 x float>* %15, align 32
  %207 = load <8 x float>, <8 x float>* %9, align 32
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %168, <8 x float> %207)
  store <8 x float> %208, <8 x float>* %9, align 32
  %209 = add i64 %39, 4
  %210 = mul i64 %209, 512
  %211 = add i64 %210, %k7
  %212 = getelementptr inbounds float, float* %31, i64 %211
  %213 = load float, float* %212, align 4
  %214 = insertelement <8 x float> undef, float %213, i32 0
  %splat12 = shufflevector <8 x float> %214, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %14, align 32
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %164, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %14, align 32
  %217 = load <8 x float>, <8 x float>* %8, align 32
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %168, <8 x float> %217)
  store <8 x float> %218, <8 x float>* %8, align 32
  %219 = add i64 %39, 5
  %220 = mul i64 %219, 512
  %221 = add i64 %220, %k7
  %222 = getelementptr inbounds float, float* %31, i64 %221
  %223 = load float, float* %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i32 0
  %splat13 = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %225 = load <8 x float>, <8 x float>* %13, align 32
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %164, <8 x float> %225)
  store <8 x float> %226, <8 x float>* %13, align 32
  %227 = load <8 x float>, <8 x float>* %7, align 32
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %168, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %229 = add i64 %39, 0
  %230 = add i64 %40, 0
  %231 = load <8 x float>, <8 x float>* %18, align 32
  %232 = mul i64 %229, 512
  %233 = add i64 %232, %230
  %234 = add i64 %35, %233
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  store <8 x float> %231, <8 x float>* %236, align 4
  %237 = add i64 %39, 1
  %238 = add i64 %40, 0
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = mul i64 %237, 512
  %241 = add i64 %240, %238
  %242 = add i64 %35, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %239, <8 x float>* %244, align 4
  %245 = add i64 %39, 2
  %246 = add i64 %40, 0
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = mul i64 %245, 512
  %249 = add i64 %248, %246
  %250 = add i64 %35, %249
  %251 = getelementptr inbounds float, float* %2, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %247, <8 x float>* %252, align 4
  %253 = add i64 %39, 3
  %254 = add i64 %40, 0
  %255 = load <8 x float>, <8 x float>* %15, align 32
  %256 = mul i64 %253, 512
  %257 = add i64 %256, %254
  %258 = add i64 %35, %257
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  store <8 x float> %255, <8 x float>* %260, align 4
  %261 = add i64 %39, 4
  %262 = add i64 %40, 0
  %263 = load <8 x float>, <8 x float>* %14, align 32
  %264 = mul i64 %261, 512
  %265 = add i64 %264, %262
  %266 = add i64 %35, %265
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %263, <8 x float>* %268, align 4
  %269 = add i64 %39, 5
  %270 = add i64 %40, 0
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = mul i64 %269, 512
  %273 = add i64 %272, %270
  %274 = add i64 %35, %273
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %271, <8 x float>* %276, align 4
  %277 = add i64 %39, 0
  %278 = add i64 %40, 8
  %279 = load <8 x float>, <8 x float>* %12, align 32
  %280 = mul i64 %277, 512
  %281 = add i64 %280, %278
  %282 = add i64 %35, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %279, <8 x float>* %284, align 4
  %285 = add i64 %39, 1
  %286 = add i64 %40, 8
  %287 = load <8 x float>, <8 x float>* %11, align 32
  %288 = mul i64 %285, 512
  %289 = add i64 %288, %286
  %290 = add i64 %35, %289
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %287, <8 x float>* %292, align 4
  %293 = add i64 %39, 2
  %294 = add i64 %40, 8
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = mul i64 %293, 512
  %297 = add i64 %296, %294
  %298 = add i64 %35, %297
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  store <8 x float> %295, <8 x float>* %300, align 4
  %301 = add i64 %39, 3
  %302 = add i64 %40, 8
  %303 = load <8 x float>, <8 x float>* %9, align 32
  %304 = mul i64 %301, 512
  %305 = add i64 %304, %302
  %306 = add i64 %35, %305
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %303, <8 x float>* %308, align 4
  %309 = add i64 %39, 4
  %310 = add i64 %40, 8
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %309, 512
  %313 = add i64 %312, %310
  %314 = add i64 %35, %313
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %311, <8 x float>* %316, align 4
  %317 = add i64 %39, 5
  %318 = add i64 %40, 8
  %319 = load <8 x float>, <8 x float>* %7, align 32
  %320 = mul i64 %317, 512
  %321 = add i64 %320, %318
  %322 = add i64 %35, %321
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %319, <8 x float>* %324, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node10.conv2d_7.step2(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 3456, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 3456
  %26 = select i1 %25, i64 %24, i64 3456
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 3456
  %29 = select i1 %28, i64 %27, i64 3456
  call void @node10.conv2d_7.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_7.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = srem i64 %task, 4
  %9 = sdiv i64 %task, 4
  %10 = srem i64 %9, 4
  %11 = sdiv i64 %task, 16
  %12 = mul i64 %11, 64
  %13 = mul i64 %12, 1568
  %14 = mul i64 %10, 56
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 512
  %20 = add i64 460800, %19
  %21 = icmp eq i64 %10, 3
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = icmp eq i64 %8, 3
  br i1 %22, label %then1, label %else2

else:                                             ; preds = %task.body
  %23 = icmp eq i64 %8, 3
  br i1 %23, label %then9, label %else10

endif:                                            ; preds = %endif11, %endif3
  %task.next = add i64 %task, 1
  br label %task.header

then1:                                            ; preds = %then
  br label %block.header

else2:                                            ; preds = %then
  br label %block.header4

endif3:                                           ; preds = %block.exit6, %block.exit
  br label %endif

block.header:                                     ; preds = %block.body, %then1
  %block = phi i64 [ 0, %then1 ], [ %block.next, %block.body ]
  %24 = icmp slt i64 %block, 64
  br i1 %24, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %25 = mul i64 %block, 8
  %26 = add i64 %20, %25
  %27 = add i64 %26, 0
  %28 = getelementptr inbounds float, float* %2, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = add i64 %26, 8192
  %32 = getelementptr inbounds float, float* %2, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  %35 = add i64 %26, 16384
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %26, 24576
  %40 = getelementptr inbounds float, float* %2, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = add i64 %26, 32768
  %44 = getelementptr inbounds float, float* %2, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = add i64 %26, 40960
  %48 = getelementptr inbounds float, float* %2, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = add i64 %26, 49152
  %52 = getelementptr inbounds float, float* %2, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 %26, 57344
  %56 = getelementptr inbounds float, float* %2, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = add i64 %26, 65536
  %60 = getelementptr inbounds float, float* %2, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = add i64 %26, 73728
  %64 = getelementptr inbounds float, float* %2, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = add i64 %26, 81920
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %26, 90112
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = add i64 %26, 98304
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = add i64 %26, 106496
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = add i64 %26, 114688
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = add i64 %26, 122880
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = add i64 %26, 131072
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %26, 139264
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %26, 147456
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = add i64 %26, 155648
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = add i64 %26, 163840
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %26, 172032
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %26, 180224
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %26, 188416
  %120 = getelementptr inbounds float, float* %2, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %26, 196608
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %26, 204800
  %128 = getelementptr inbounds float, float* %2, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %26, 212992
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = add i64 %26, 221184
  %136 = getelementptr inbounds float, float* %2, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 %26, 229376
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %26, 237568
  %144 = getelementptr inbounds float, float* %2, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %26, 245760
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %26, 253952
  %152 = getelementptr inbounds float, float* %2, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %26, 262144
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = add i64 %26, 270336
  %160 = getelementptr inbounds float, float* %2, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  %162 = load <8 x float>, <8 x float>* %161, align 4
  %163 = add i64 %26, 278528
  %164 = getelementptr inbounds float, float* %2, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %26, 286720
  %168 = getelementptr inbounds float, float* %2, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = fadd <8 x float> %34, %38
  %172 = fsub <8 x float> %34, %38
  %173 = fadd <8 x float> %42, %46
  %174 = fsub <8 x float> %42, %46
  %175 = fadd <8 x float> %30, %171
  %176 = fadd <8 x float> %175, %173
  %177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %172)
  %178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %173, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %171)
  %179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %172)
  %180 = fadd <8 x float> %179, %50
  %181 = fadd <8 x float> %58, %62
  %182 = fsub <8 x float> %58, %62
  %183 = fadd <8 x float> %66, %70
  %184 = fsub <8 x float> %66, %70
  %185 = fadd <8 x float> %54, %181
  %186 = fadd <8 x float> %185, %183
  %187 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %182)
  %188 = call <8 x float> @llvm.fma.v8f32(<8 x float> %183, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %181)
  %189 = call <8 x float> @llvm.fma.v8f32(<8 x float> %184, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %182)
  %190 = fadd <8 x float> %189, %74
  %191 = fadd <8 x float> %82, %86
  %192 = fsub <8 x float> %82, %86
  %193 = fadd <8 x float> %90, %94
  %194 = fsub <8 x float> %90, %94
  %195 = fadd <8 x float> %78, %191
  %196 = fadd <8 x float> %195, %193
  %197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %192)
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %191)
  %199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %194, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %192)
  %200 = fadd <8 x float> %199, %98
  %201 = fadd <8 x float> %106, %110
  %202 = fsub <8 x float> %106, %110
  %203 = fadd <8 x float> %114, %118
  %204 = fsub <8 x float> %114, %118
  %205 = fadd <8 x float> %102, %201
  %206 = fadd <8 x float> %205, %203
  %207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %202)
  %208 = call <8 x float> @llvm.fma.v8f32(<8 x float> %203, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %201)
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %204, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %202)
  %210 = fadd <8 x float> %209, %122
  %211 = fadd <8 x float> %130, %134
  %212 = fsub <8 x float> %130, %134
  %213 = fadd <8 x float> %138, %142
  %214 = fsub <8 x float> %138, %142
  %215 = fadd <8 x float> %126, %211
  %216 = fadd <8 x float> %215, %213
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %212)
  %218 = call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %211)
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %212)
  %220 = fadd <8 x float> %219, %146
  %221 = fadd <8 x float> %154, %158
  %222 = fsub <8 x float> %154, %158
  %223 = fadd <8 x float> %162, %166
  %224 = fsub <8 x float> %162, %166
  %225 = fadd <8 x float> %150, %221
  %226 = fadd <8 x float> %225, %223
  %227 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %222)
  %228 = call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %221)
  %229 = call <8 x float> @llvm.fma.v8f32(<8 x float> %224, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %222)
  %230 = fadd <8 x float> %229, %170
  %231 = mul i64 %block, 8
  %232 = getelementptr inbounds float, float* %4, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = mul i64 %block, 1568
  %236 = add i64 %18, %235
  %237 = fadd <8 x float> %186, %196
  %238 = fsub <8 x float> %186, %196
  %239 = fadd <8 x float> %206, %216
  %240 = fsub <8 x float> %206, %216
  %241 = fadd <8 x float> %176, %237
  %242 = fadd <8 x float> %241, %239
  %243 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %238)
  %244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %239, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %237)
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %240, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %238)
  %246 = fadd <8 x float> %245, %226
  %247 = add i64 %236, 0
  %248 = fadd <8 x float> %242, %234
  %249 = fcmp olt <8 x float> %248, zeroinitializer
  %250 = select <8 x i1> %249, <8 x float> zeroinitializer, <8 x float> %248
  %251 = getelementptr inbounds float, float* %0, i64 %247
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %253 = add i64 %236, 112
  %254 = fadd <8 x float> %243, %234
  %255 = fcmp olt <8 x float> %254, zeroinitializer
  %256 = select <8 x i1> %255, <8 x float> zeroinitializer, <8 x float> %254
  %257 = getelementptr inbounds float, float* %0, i64 %253
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %256, <8 x float>* %258, align 4
  %259 = fadd <8 x float> %187, %197
  %260 = fsub <8 x float> %187, %197
  %261 = fadd <8 x float> %207, %217
  %262 = fsub <8 x float> %207, %217
  %263 = fadd <8 x float> %177, %259
  %264 = fadd <8 x float> %263, %261
  %265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %260)
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %259)
  %267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %260)
  %268 = fadd <8 x float> %267, %227
  %269 = add i64 %236, 8
  %270 = fadd <8 x float> %264, %234
  %271 = fcmp olt <8 x float> %270, zeroinitializer
  %272 = select <8 x i1> %271, <8 x float> zeroinitializer, <8 x float> %270
  %273 = getelementptr inbounds float, float* %0, i64 %269
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %272, <8 x float>* %274, align 4
  %275 = add i64 %236, 120
  %276 = fadd <8 x float> %265, %234
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %275
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !15

block.exit:                                       ; preds = %block.header
  br label %endif3

block.header4:                                    ; preds = %block.body5, %else2
  %block7 = phi i64 [ 0, %else2 ], [ %block.next8, %block.body5 ]
  %281 = icmp slt i64 %block7, 64
  br i1 %281, label %block.body5, label %block.exit6

block.body5:                                      ; preds = %block.header4
  %282 = mul i64 %block7, 8
  %283 = add i64 %20, %282
  %284 = add i64 %283, 0
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  %287 = load <8 x float>, <8 x float>* %286, align 4
  %288 = add i64 %283, 8192
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = bitcast float* %289 to <8 x float>*
  %291 = load <8 x float>, <8 x float>* %290, align 4
  %292 = add i64 %283, 16384
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = add i64 %283, 24576
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = add i64 %283, 32768
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 %283, 40960
  %305 = getelementptr inbounds float, float* %2, i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %283, 49152
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %283, 57344
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  %315 = load <8 x float>, <8 x float>* %314, align 4
  %316 = add i64 %283, 65536
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = add i64 %283, 73728
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  %323 = load <8 x float>, <8 x float>* %322, align 4
  %324 = add i64 %283, 81920
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  %328 = add i64 %283, 90112
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = add i64 %283, 98304
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = add i64 %283, 106496
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = add i64 %283, 114688
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %283, 122880
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %283, 131072
  %349 = getelementptr inbounds float, float* %2, i64 %348
  %350 = bitcast float* %349 to <8 x float>*
  %351 = load <8 x float>, <8 x float>* %350, align 4
  %352 = add i64 %283, 139264
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  %355 = load <8 x float>, <8 x float>* %354, align 4
  %356 = add i64 %283, 147456
  %357 = getelementptr inbounds float, float* %2, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = add i64 %283, 155648
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %283, 163840
  %365 = getelementptr inbounds float, float* %2, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %283, 172032
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  %371 = load <8 x float>, <8 x float>* %370, align 4
  %372 = add i64 %283, 180224
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  %375 = load <8 x float>, <8 x float>* %374, align 4
  %376 = add i64 %283, 188416
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  %379 = load <8 x float>, <8 x float>* %378, align 4
  %380 = add i64 %283, 196608
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  %383 = load <8 x float>, <8 x float>* %382, align 4
  %384 = add i64 %283, 204800
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = add i64 %283, 212992
  %389 = getelementptr inbounds float, float* %2, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %283, 221184
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = load <8 x float>, <8 x float>* %394, align 4
  %396 = add i64 %283, 229376
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = add i64 %283, 237568
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %283, 245760
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  %407 = load <8 x float>, <8 x float>* %406, align 4
  %408 = add i64 %283, 253952
  %409 = getelementptr inbounds float, float* %2, i64 %408
  %410 = bitcast float* %409 to <8 x float>*
  %411 = load <8 x float>, <8 x float>* %410, align 4
  %412 = add i64 %283, 262144
  %413 = getelementptr inbounds float, float* %2, i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = add i64 %283, 270336
  %417 = getelementptr inbounds float, float* %2, i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %283, 278528
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = bitcast float* %421 to <8 x float>*
  %423 = load <8 x float>, <8 x float>* %422, align 4
  %424 = add i64 %283, 286720
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = bitcast float* %425 to <8 x float>*
  %427 = load <8 x float>, <8 x float>* %426, align 4
  %428 = fadd <8 x float> %291, %295
  %429 = fsub <8 x float> %291, %295
  %430 = fadd <8 x float> %299, %303
  %431 = fsub <8 x float> %299, %303
  %432 = fadd <8 x float> %287, %428
  %433 = fadd <8 x float> %432, %430
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %429)
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %428)
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %429)
  %437 = fadd <8 x float> %436, %307
  %438 = fadd <8 x float> %315, %319
  %439 = fsub <8 x float> %315, %319
  %440 = fadd <8 x float> %323, %327
  %441 = fsub <8 x float> %323, %327
  %442 = fadd <8 x float> %311, %438
  %443 = fadd <8 x float> %442, %440
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %439)
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %440, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %438)
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %441, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %439)
  %447 = fadd <8 x float> %446, %331
  %448 = fadd <8 x float> %339, %343
  %449 = fsub <8 x float> %339, %343
  %450 = fadd <8 x float> %347, %351
  %451 = fsub <8 x float> %347, %351
  %452 = fadd <8 x float> %335, %448
  %453 = fadd <8 x float> %452, %450
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %449)
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %448)
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %449)
  %457 = fadd <8 x float> %456, %355
  %458 = fadd <8 x float> %363, %367
  %459 = fsub <8 x float> %363, %367
  %460 = fadd <8 x float> %371, %375
  %461 = fsub <8 x float> %371, %375
  %462 = fadd <8 x float> %359, %458
  %463 = fadd <8 x float> %462, %460
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %459)
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %458)
  %466 = call <8 x float> @llvm.fma.v8f32(<8 x float> %461, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %459)
  %467 = fadd <8 x float> %466, %379
  %468 = fadd <8 x float> %387, %391
  %469 = fsub <8 x float> %387, %391
  %470 = fadd <8 x float> %395, %399
  %471 = fsub <8 x float> %395, %399
  %472 = fadd <8 x float> %383, %468
  %473 = fadd <8 x float> %472, %470
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %469)
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %468)
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %469)
  %477 = fadd <8 x float> %476, %403
  %478 = fadd <8 x float> %411, %415
  %479 = fsub <8 x float> %411, %415
  %480 = fadd <8 x float> %419, %423
  %481 = fsub <8 x float> %419, %423
  %482 = fadd <8 x float> %407, %478
  %483 = fadd <8 x float> %482, %480
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %479)
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %478)
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %479)
  %487 = fadd <8 x float> %486, %427
  %488 = mul i64 %block7, 8
  %489 = getelementptr inbounds float, float* %4, i64 %488
  %490 = bitcast float* %489 to <8 x float>*
  %491 = load <8 x float>, <8 x float>* %490, align 4
  %492 = mul i64 %block7, 1568
  %493 = add i64 %18, %492
  %494 = fadd <8 x float> %443, %453
  %495 = fsub <8 x float> %443, %453
  %496 = fadd <8 x float> %463, %473
  %497 = fsub <8 x float> %463, %473
  %498 = fadd <8 x float> %433, %494
  %499 = fadd <8 x float> %498, %496
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %495)
  %501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %494)
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %495)
  %503 = fadd <8 x float> %502, %483
  %504 = add i64 %493, 0
  %505 = fadd <8 x float> %499, %491
  %506 = fcmp olt <8 x float> %505, zeroinitializer
  %507 = select <8 x i1> %506, <8 x float> zeroinitializer, <8 x float> %505
  %508 = getelementptr inbounds float, float* %0, i64 %504
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %507, <8 x float>* %509, align 4
  %510 = add i64 %493, 112
  %511 = fadd <8 x float> %500, %491
  %512 = fcmp olt <8 x float> %511, zeroinitializer
  %513 = select <8 x i1> %512, <8 x float> zeroinitializer, <8 x float> %511
  %514 = getelementptr inbounds float, float* %0, i64 %510
  %515 = bitcast float* %514 to <8 x float>*
  store <8 x float> %513, <8 x float>* %515, align 4
  %516 = fadd <8 x float> %444, %454
  %517 = fsub <8 x float> %444, %454
  %518 = fadd <8 x float> %464, %474
  %519 = fsub <8 x float> %464, %474
  %520 = fadd <8 x float> %434, %516
  %521 = fadd <8 x float> %520, %518
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %519, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %517)
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %518, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %516)
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %519, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %517)
  %525 = fadd <8 x float> %524, %484
  %526 = add i64 %493, 8
  %527 = fadd <8 x float> %521, %491
  %528 = fcmp olt <8 x float> %527, zeroinitializer
  %529 = select <8 x i1> %528, <8 x float> zeroinitializer, <8 x float> %527
  %530 = getelementptr inbounds float, float* %0, i64 %526
  %531 = bitcast float* %530 to <8 x float>*
  store <8 x float> %529, <8 x float>* %531, align 4
  %532 = add i64 %493, 120
  %533 = fadd <8 x float> %522, %491
  %534 = fcmp olt <8 x float> %533, zeroinitializer
  %535 = select <8 x i1> %534, <8 x float> zeroinitializer, <8 x float> %533
  %536 = getelementptr inbounds float, float* %0, i64 %532
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %535, <8 x float>* %537, align 4
  %538 = fadd <8 x float> %445, %455
  %539 = fsub <8 x float> %445, %455
  %540 = fadd <8 x float> %465, %475
  %541 = fsub <8 x float> %465, %475
  %542 = fadd <8 x float> %435, %538
  %543 = fadd <8 x float> %542, %540
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %541, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %539)
  %545 = call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %538)
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %541, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %539)
  %547 = fadd <8 x float> %546, %485
  %548 = add i64 %493, 16
  %549 = fadd <8 x float> %543, %491
  %550 = fcmp olt <8 x float> %549, zeroinitializer
  %551 = select <8 x i1> %550, <8 x float> zeroinitializer, <8 x float> %549
  %552 = getelementptr inbounds float, float* %0, i64 %548
  %553 = bitcast float* %552 to <8 x float>*
  store <8 x float> %551, <8 x float>* %553, align 4
  %554 = add i64 %493, 128
  %555 = fadd <8 x float> %544, %491
  %556 = fcmp olt <8 x float> %555, zeroinitializer
  %557 = select <8 x i1> %556, <8 x float> zeroinitializer, <8 x float> %555
  %558 = getelementptr inbounds float, float* %0, i64 %554
  %559 = bitcast float* %558 to <8 x float>*
  store <8 x float> %557, <8 x float>* %559, align 4
  %560 = fadd <8 x float> %447, %457
  %561 = fsub <8 x float> %447, %457
  %562 = fadd <8 x float> %467, %477
  %563 = fsub <8 x float> %467, %477
  %564 = fadd <8 x float> %437, %560
  %565 = fadd <8 x float> %564, %562
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %561)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %560)
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %561)
  %569 = fadd <8 x float> %568, %487
  %570 = add i64 %493, 24
  %571 = fadd <8 x float> %565, %491
  %572 = fcmp olt <8 x float> %571, zeroinitializer
  %573 = select <8 x i1> %572, <8 x float> zeroinitializer, <8 x float> %571
  %574 = getelementptr inbounds float, float* %0, i64 %570
  %575 = bitcast float* %574 to <8 x float>*
  store <8 x float> %573, <8 x float>* %575, align 4
  %576 = add i64 %493, 136
  %577 = fadd <8 x float> %566, %491
  %578 = fcmp olt <8 x float> %577, zeroinitializer
  %579 = select <8 x i1> %578, <8 x float> zeroinitializer, <8 x float> %577
  %580 = getelementptr inbounds float, float* %0, i64 %576
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %579, <8 x float>* %581, align 4
  %block.next8 = add i64 %block7, 1
  br label %block.header4, !llvm.loop !16

block.exit6:                                      ; preds = %block.header4
  br label %endif3

then9:                                            ; preds = %else
  br label %block.header12

else10:                                           ; preds = %else
  br label %block.header17

endif11:                                          ; preds = %block.exit19, %block.exit14
  br label %endif

block.header12:                                   ; preds = %block.body13, %then9
  %block15 = phi i64 [ 0, %then9 ], [ %block.next16, %block.body13 ]
  %582 = icmp slt i64 %block15, 64
  br i1 %582, label %block.body13, label %block.exit14

block.body13:                                     ; preds = %block.header12
  %583 = mul i64 %block15, 8
  %584 = add i64 %20, %583
  %585 = add i64 %584, 0
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %584, 8192
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %584, 16384
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = add i64 %584, 24576
  %598 = getelementptr inbounds float, float* %2, i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = add i64 %584, 32768
  %602 = getelementptr inbounds float, float* %2, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  %604 = load <8 x float>, <8 x float>* %603, align 4
  %605 = add i64 %584, 40960
  %606 = getelementptr inbounds float, float* %2, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = add i64 %584, 49152
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = add i64 %584, 57344
  %614 = getelementptr inbounds float, float* %2, i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = add i64 %584, 65536
  %618 = getelementptr inbounds float, float* %2, i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  %621 = add i64 %584, 73728
  %622 = getelementptr inbounds float, float* %2, i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = add i64 %584, 81920
  %626 = getelementptr inbounds float, float* %2, i64 %625
  %627 = bitcast float* %626 to <8 x float>*
  %628 = load <8 x float>, <8 x float>* %627, align 4
  %629 = add i64 %584, 90112
  %630 = getelementptr inbounds float, float* %2, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = add i64 %584, 98304
  %634 = getelementptr inbounds float, float* %2, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %584, 106496
  %638 = getelementptr inbounds float, float* %2, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = add i64 %584, 114688
  %642 = getelementptr inbounds float, float* %2, i64 %641
  %643 = bitcast float* %642 to <8 x float>*
  %644 = load <8 x float>, <8 x float>* %643, align 4
  %645 = add i64 %584, 122880
  %646 = getelementptr inbounds float, float* %2, i64 %645
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = add i64 %584, 131072
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = add i64 %584, 139264
  %654 = getelementptr inbounds float, float* %2, i64 %653
  %655 = bitcast float* %654 to <8 x float>*
  %656 = load <8 x float>, <8 x float>* %655, align 4
  %657 = add i64 %584, 147456
  %658 = getelementptr inbounds float, float* %2, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %584, 155648
  %662 = getelementptr inbounds float, float* %2, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %584, 163840
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = add i64 %584, 172032
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %584, 180224
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %584, 188416
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %584, 196608
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %584, 204800
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %584, 212992
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %584, 221184
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %584, 229376
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = add i64 %584, 237568
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %584, 245760
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %584, 253952
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = add i64 %584, 262144
  %714 = getelementptr inbounds float, float* %2, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %584, 270336
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %584, 278528
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %584, 286720
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = fadd <8 x float> %592, %596
  %730 = fsub <8 x float> %592, %596
  %731 = fadd <8 x float> %600, %604
  %732 = fsub <8 x float> %600, %604
  %733 = fadd <8 x float> %588, %729
  %734 = fadd <8 x float> %733, %731
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %730)
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %729)
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %730)
  %738 = fadd <8 x float> %737, %608
  %739 = fadd <8 x float> %616, %620
  %740 = fsub <8 x float> %616, %620
  %741 = fadd <8 x float> %624, %628
  %742 = fsub <8 x float> %624, %628
  %743 = fadd <8 x float> %612, %739
  %744 = fadd <8 x float> %743, %741
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %740)
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %741, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %739)
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %740)
  %748 = fadd <8 x float> %747, %632
  %749 = fadd <8 x float> %640, %644
  %750 = fsub <8 x float> %640, %644
  %751 = fadd <8 x float> %648, %652
  %752 = fsub <8 x float> %648, %652
  %753 = fadd <8 x float> %636, %749
  %754 = fadd <8 x float> %753, %751
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %750)
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %751, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %749)
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %750)
  %758 = fadd <8 x float> %757, %656
  %759 = fadd <8 x float> %664, %668
  %760 = fsub <8 x float> %664, %668
  %761 = fadd <8 x float> %672, %676
  %762 = fsub <8 x float> %672, %676
  %763 = fadd <8 x float> %660, %759
  %764 = fadd <8 x float> %763, %761
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %760)
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %761, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %759)
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %760)
  %768 = fadd <8 x float> %767, %680
  %769 = fadd <8 x float> %688, %692
  %770 = fsub <8 x float> %688, %692
  %771 = fadd <8 x float> %696, %700
  %772 = fsub <8 x float> %696, %700
  %773 = fadd <8 x float> %684, %769
  %774 = fadd <8 x float> %773, %771
  %775 = call <8 x float> @llvm.fma.v8f32(<8 x float> %772, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %770)
  %776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %771, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %769)
  %777 = call <8 x float> @llvm.fma.v8f32(<8 x float> %772, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %770)
  %778 = fadd <8 x float> %777, %704
  %779 = fadd <8 x float> %712, %716
  %780 = fsub <8 x float> %712, %716
  %781 = fadd <8 x float> %720, %724
  %782 = fsub <8 x float> %720, %724
  %783 = fadd <8 x float> %708, %779
  %784 = fadd <8 x float> %783, %781
  %785 = call <8 x float> @llvm.fma.v8f32(<8 x float> %782, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %780)
  %786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %781, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %779)
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %782, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %780)
  %788 = fadd <8 x float> %787, %728
  %789 = mul i64 %block15, 8
  %790 = getelementptr inbounds float, float* %4, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = mul i64 %block15, 1568
  %794 = add i64 %18, %793
  %795 = fadd <8 x float> %744, %754
  %796 = fsub <8 x float> %744, %754
  %797 = fadd <8 x float> %764, %774
  %798 = fsub <8 x float> %764, %774
  %799 = fadd <8 x float> %734, %795
  %800 = fadd <8 x float> %799, %797
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %796)
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %795)
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %796)
  %804 = fadd <8 x float> %803, %784
  %805 = add i64 %794, 0
  %806 = fadd <8 x float> %800, %792
  %807 = fcmp olt <8 x float> %806, zeroinitializer
  %808 = select <8 x i1> %807, <8 x float> zeroinitializer, <8 x float> %806
  %809 = getelementptr inbounds float, float* %0, i64 %805
  %810 = bitcast float* %809 to <8 x float>*
  store <8 x float> %808, <8 x float>* %810, align 4
  %811 = add i64 %794, 112
  %812 = fadd <8 x float> %801, %792
  %813 = fcmp olt <8 x float> %812, zeroinitializer
  %814 = select <8 x i1> %813, <8 x float> zeroinitializer, <8 x float> %812
  %815 = getelementptr inbounds float, float* %0, i64 %811
  %816 = bitcast float* %815 to <8 x float>*
  store <8 x float> %814, <8 x float>* %816, align 4
  %817 = add i64 %794, 224
  %818 = fadd <8 x float> %802, %792
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = getelementptr inbounds float, float* %0, i64 %817
  %822 = bitcast float* %821 to <8 x float>*
  store <8 x float> %820, <8 x float>* %822, align 4
  %823 = add i64 %794, 336
  %824 = fadd <8 x float> %804, %792
  %825 = fcmp olt <8 x float> %824, zeroinitializer
  %826 = select <8 x i1> %825, <8 x float> zeroinitializer, <8 x float> %824
  %827 = getelementptr inbounds float, float* %0, i64 %823
  %828 = bitcast float* %827 to <8 x float>*
  store <8 x float> %826, <8 x float>* %828, align 4
  %829 = fadd <8 x float> %745, %755
  %830 = fsub <8 x float> %745, %755
  %831 = fadd <8 x float> %765, %775
  %832 = fsub <8 x float> %765, %775
  %833 = fadd <8 x float> %735, %829
  %834 = fadd <8 x float> %833, %831
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %830)
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %829)
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %830)
  %838 = fadd <8 x float> %837, %785
  %839 = add i64 %794, 8
  %840 = fadd <8 x float> %834, %792
  %841 = fcmp olt <8 x float> %840, zeroinitializer
  %842 = select <8 x i1> %841, <8 x float> zeroinitializer, <8 x float> %840
  %843 = getelementptr inbounds float, float* %0, i64 %839
  %844 = bitcast float* %843 to <8 x float>*
  store <8 x float> %842, <8 x float>* %844, align 4
  %845 = add i64 %794, 120
  %846 = fadd <8 x float> %835, %792
  %847 = fcmp olt <8 x float> %846, zeroinitializer
  %848 = select <8 x i1> %847, <8 x float> zeroinitializer, <8 x float> %846
  %849 = getelementptr inbounds float, float* %0, i64 %845
  %850 = bitcast float* %849 to <8 x float>*
  store <8 x float> %848, <8 x float>* %850, align 4
  %851 = add i64 %794, 232
  %852 = fadd <8 x float> %836, %792
  %853 = fcmp olt <8 x float> %852, zeroinitializer
  %854 = select <8 x i1> %853, <8 x float> zeroinitializer, <8 x float> %852
  %855 = getelementptr inbounds float, float* %0, i64 %851
  %856 = bitcast float* %855 to <8 x float>*
  store <8 x float> %854, <8 x float>* %856, align 4
  %857 = add i64 %794, 344
  %858 = fadd <8 x float> %838, %792
  %859 = fcmp olt <8 x float> %858, zeroinitializer
  %860 = select <8 x i1> %859, <8 x float> zeroinitializer, <8 x float> %858
  %861 = getelementptr inbounds float, float* %0, i64 %857
  %862 = bitcast float* %861 to <8 x float>*
  store <8 x float> %860, <8 x float>* %862, align 4
  %block.next16 = add i64 %block15, 1
  br label %block.header12, !llvm.loop !17

block.exit14:                                     ; preds = %block.header12
  br label %endif11

block.header17:                                   ; preds = %block.body18, %else10
  %block20 = phi i64 [ 0, %else10 ], [ %block.next21, %block.body18 ]
  %863 = icmp slt i64 %block20, 64
  br i1 %863, label %block.body18, label %block.exit19

block.body18:                                     ; preds = %block.header17
  %864 = mul i64 %block20, 8
  %865 = add i64 %20, %864
  %866 = add i64 %865, 0
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = bitcast float* %867 to <8 x float>*
  %869 = load <8 x float>, <8 x float>* %868, align 4
  %870 = add i64 %865, 8192
  %871 = getelementptr inbounds float, float* %2, i64 %870
  %872 = bitcast float* %871 to <8 x float>*
  %873 = load <8 x float>, <8 x float>* %872, align 4
  %874 = add i64 %865, 16384
  %875 = getelementptr inbounds float, float* %2, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %865, 24576
  %879 = getelementptr inbounds float, float* %2, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %865, 32768
  %883 = getelementptr inbounds float, float* %2, i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = add i64 %865, 40960
  %887 = getelementptr inbounds float, float* %2, i64 %886
  %888 = bitcast float* %887 to <8 x float>*
  %889 = load <8 x float>, <8 x float>* %888, align 4
  %890 = add i64 %865, 49152
  %891 = getelementptr inbounds float, float* %2, i64 %890
  %892 = bitcast float* %891 to <8 x float>*
  %893 = load <8 x float>, <8 x float>* %892, align 4
  %894 = add i64 %865, 57344
  %895 = getelementptr inbounds float, float* %2, i64 %894
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = add i64 %865, 65536
  %899 = getelementptr inbounds float, float* %2, i64 %898
  %900 = bitcast float* %899 to <8 x float>*
  %901 = load <8 x float>, <8 x float>* %900, align 4
  %902 = add i64 %865, 73728
  %903 = getelementptr inbounds float, float* %2, i64 %902
  %904 = bitcast float* %903 to <8 x float>*
  %905 = load <8 x float>, <8 x float>* %904, align 4
  %906 = add i64 %865, 81920
  %907 = getelementptr inbounds float, float* %2, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = add i64 %865, 90112
  %911 = getelementptr inbounds float, float* %2, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  %913 = load <8 x float>, <8 x float>* %912, align 4
  %914 = add i64 %865, 98304
  %915 = getelementptr inbounds float, float* %2, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  %917 = load <8 x float>, <8 x float>* %916, align 4
  %918 = add i64 %865, 106496
  %919 = getelementptr inbounds float, float* %2, i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %865, 114688
  %923 = getelementptr inbounds float, float* %2, i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = add i64 %865, 122880
  %927 = getelementptr inbounds float, float* %2, i64 %926
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = add i64 %865, 131072
  %931 = getelementptr inbounds float, float* %2, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %865, 139264
  %935 = getelementptr inbounds float, float* %2, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = add i64 %865, 147456
  %939 = getelementptr inbounds float, float* %2, i64 %938
  %940 = bitcast float* %939 to <8 x float>*
  %941 = load <8 x float>, <8 x float>* %940, align 4
  %942 = add i64 %865, 155648
  %943 = getelementptr inbounds float, float* %2, i64 %942
  %944 = bitcast float* %943 to <8 x float>*
  %945 = load <8 x float>, <8 x float>* %944, align 4
  %946 = add i64 %865, 163840
  %947 = getelementptr inbounds float, float* %2, i64 %946
  %948 = bitcast float* %947 to <8 x float>*
  %949 = load <8 x float>, <8 x float>* %948, align 4
  %950 = add i64 %865, 172032
  %951 = getelementptr inbounds float, float* %2, i64 %950
  %952 = bitcast float* %951 to <8 x float>*
  %953 = load <8 x float>, <8 x float>* %952, align 4
  %954 = add i64 %865, 180224
  %955 = getelementptr inbounds float, float* %2, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %865, 188416
  %959 = getelementptr inbounds float, float* %2, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %865, 196608
  %963 = getelementptr inbounds float, float* %2, i64 %962
  %964 = bitcast float* %963 to <8 x float>*
  %965 = load <8 x float>, <8 x float>* %964, align 4
  %966 = add i64 %865, 204800
  %967 = getelementptr inbounds float, float* %2, i64 %966
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = add i64 %865, 212992
  %971 = getelementptr inbounds float, float* %2, i64 %970
  %972 = bitcast float* %971 to <8 x float>*
  %973 = load <8 x float>, <8 x float>* %972, align 4
  %974 = add i64 %865, 221184
  %975 = getelementptr inbounds float, float* %2, i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  %977 = load <8 x float>, <8 x float>* %976, align 4
  %978 = add i64 %865, 229376
  %979 = getelementptr inbounds float, float* %2, i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = add i64 %865, 237568
  %983 = getelementptr inbounds float, float* %2, i64 %982
  %984 = bitcast float* %983 to <8 x float>*
  %985 = load <8 x float>, <8 x float>* %984, align 4
  %986 = add i64 %865, 245760
  %987 = getelementptr inbounds float, float* %2, i64 %986
  %988 = bitcast float* %987 to <8 x float>*
  %989 = load <8 x float>, <8 x float>* %988, align 4
  %990 = add i64 %865, 253952
  %991 = getelementptr inbounds float, float* %2, i64 %990
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = add i64 %865, 262144
  %995 = getelementptr inbounds float, float* %2, i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = add i64 %865, 270336
  %999 = getelementptr inbounds float, float* %2, i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %865, 278528
  %1003 = getelementptr inbounds float, float* %2, i64 %1002
  %1004 = bitcast float* %1003 to <8 x float>*
  %1005 = load <8 x float>, <8 x float>* %1004, align 4
  %1006 = add i64 %865, 286720
  %1007 = getelementptr inbounds float, float* %2, i64 %1006
  %1008 = bitcast float* %1007 to <8 x float>*
  %1009 = load <8 x float>, <8 x float>* %1008, align 4
  %1010 = fadd <8 x float> %873, %877
  %1011 = fsub <8 x float> %873, %877
  %1012 = fadd <8 x float> %881, %885
  %1013 = fsub <8 x float> %881, %885
  %1014 = fadd <8 x float> %869, %1010
  %1015 = fadd <8 x float> %1014, %1012
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1011)
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1012, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1010)
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1011)
  %1019 = fadd <8 x float> %1018, %889
  %1020 = fadd <8 x float> %897, %901
  %1021 = fsub <8 x float> %897, %901
  %1022 = fadd <8 x float> %905, %909
  %1023 = fsub <8 x float> %905, %909
  %1024 = fadd <8 x float> %893, %1020
  %1025 = fadd <8 x float> %1024, %1022
  %1026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1023, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1021)
  %1027 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1022, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1020)
  %1028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1023, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1021)
  %1029 = fadd <8 x float> %1028, %913
  %1030 = fadd <8 x float> %921, %925
  %1031 = fsub <8 x float> %921, %925
  %1032 = fadd <8 x float> %929, %933
  %1033 = fsub <8 x float> %929, %933
  %1034 = fadd <8 x float> %917, %1030
  %1035 = fadd <8 x float> %1034, %1032
  %1036 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1033, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1031)
  %1037 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1032, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1030)
  %1038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1033, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1031)
  %1039 = fadd <8 x float> %1038, %937
  %1040 = fadd <8 x float> %945, %949
  %1041 = fsub <8 x float> %945, %949
  %1042 = fadd <8 x float> %953, %957
  %1043 = fsub <8 x float> %953, %957
  %1044 = fadd <8 x float> %941, %1040
  %1045 = fadd <8 x float> %1044, %1042
  %1046 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1043, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1041)
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1042, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1040)
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1043, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1041)
  %1049 = fadd <8 x float> %1048, %961
  %1050 = fadd <8 x float> %969, %973
  %1051 = fsub <8 x float> %969, %973
  %1052 = fadd <8 x float> %977, %981
  %1053 = fsub <8 x float> %977, %981
  %1054 = fadd <8 x float> %965, %1050
  %1055 = fadd <8 x float> %1054, %1052
  %1056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1051)
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1050)
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1051)
  %1059 = fadd <8 x float> %1058, %985
  %1060 = fadd <8 x float> %993, %997
  %1061 = fsub <8 x float> %993, %997
  %1062 = fadd <8 x float> %1001, %1005
  %1063 = fsub <8 x float> %1001, %1005
  %1064 = fadd <8 x float> %989, %1060
  %1065 = fadd <8 x float> %1064, %1062
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1063, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1061)
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1062, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1060)
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1063, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1061)
  %1069 = fadd <8 x float> %1068, %1009
  %1070 = mul i64 %block20, 8
  %1071 = getelementptr inbounds float, float* %4, i64 %1070
  %1072 = bitcast float* %1071 to <8 x float>*
  %1073 = load <8 x float>, <8 x float>* %1072, align 4
  %1074 = mul i64 %block20, 1568
  %1075 = add i64 %18, %1074
  %1076 = fadd <8 x float> %1025, %1035
  %1077 = fsub <8 x float> %1025, %1035
  %1078 = fadd <8 x float> %1045, %1055
  %1079 = fsub <8 x float> %1045, %1055
  %1080 = fadd <8 x float> %1015, %1076
  %1081 = fadd <8 x float> %1080, %1078
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1079, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1077)
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1078, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1076)
  %1084 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1079, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1077)
  %1085 = fadd <8 x float> %1084, %1065
  %1086 = add i64 %1075, 0
  %1087 = fadd <8 x float> %1081, %1073
  %1088 = fcmp olt <8 x float> %1087, zeroinitializer
  %1089 = select <8 x i1> %1088, <8 x float> zeroinitializer, <8 x float> %1087
  %1090 = getelementptr inbounds float, float* %0, i64 %1086
  %1091 = bitcast float* %1090 to <8 x float>*
  store <8 x float> %1089, <8 x float>* %1091, align 4
  %1092 = add i64 %1075, 112
  %1093 = fadd <8 x float> %1082, %1073
  %1094 = fcmp olt <8 x float> %1093, zeroinitializer
  %1095 = select <8 x i1> %1094, <8 x float> zeroinitializer, <8 x float> %1093
  %1096 = getelementptr inbounds float, float* %0, i64 %1092
  %1097 = bitcast float* %1096 to <8 x float>*
  store <8 x float> %1095, <8 x float>* %1097, align 4
  %1098 = add i64 %1075, 224
  %1099 = fadd <8 x float> %1083, %1073
  %1100 = fcmp olt <8 x float> %1099, zeroinitializer
  %1101 = select <8 x i1> %1100, <8 x float> zeroinitializer, <8 x float> %1099
  %1102 = getelementptr inbounds float, float* %0, i64 %1098
  %1103 = bitcast float* %1102 to <8 x float>*
  store <8 x float> %1101, <8 x float>* %1103, align 4
  %1104 = add i64 %1075, 336
  %1105 = fadd <8 x float> %1085, %1073
  %1106 = fcmp olt <8 x float> %1105, zeroinitializer
  %1107 = select <8 x i1> %1106, <8 x float> zeroinitializer, <8 x float> %1105
  %1108 = getelementptr inbounds float, float* %0, i64 %1104
  %1109 = bitcast float* %1108 to <8 x float>*
  store <8 x float> %1107, <8 x float>* %1109, align 4
  %1110 = fadd <8 x float> %1026, %1036
  %1111 = fsub <8 x float> %1026, %1036
  %1112 = fadd <8 x float> %1046, %1056
  %1113 = fsub <8 x float> %1046, %1056
  %1114 = fadd <8 x float> %1016, %1110
  %1115 = fadd <8 x float> %1114, %1112
  %1116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1113, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1111)
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1112, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1110)
  %1118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1113, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1111)
  %1119 = fadd <8 x float> %1118, %1066
  %1120 = add i64 %1075, 8
  %1121 = fadd <8 x float> %1115, %1073
  %1122 = fcmp olt <8 x float> %1121, zeroinitializer
  %1123 = select <8 x i1> %1122, <8 x float> zeroinitializer, <8 x float> %1121
  %1124 = getelementptr inbounds float, float* %0, i64 %1120
  %1125 = bitcast float* %1124 to <8 x float>*
  store <8 x float> %1123, <8 x float>* %1125, align 4
  %1126 = add i64 %1075, 120
  %1127 = fadd <8 x float> %1116, %1073
  %1128 = fcmp olt <8 x float> %1127, zeroinitializer
  %1129 = select <8 x i1> %1128, <8 x float> zeroinitializer, <8 x float> %1127
  %1130 = getelementptr inbounds float, float* %0, i64 %1126
  %1131 = bitcast float* %1130 to <8 x float>*
  store <8 x float> %1129, <8 x float>* %1131, align 4
  %1132 = add i64 %1075, 232
  %1133 = fadd <8 x float> %1117, %1073
  %1134 = fcmp olt <8 x float> %1133, zeroinitializer
  %1135 = select <8 x i1> %1134, <8 x float> zeroinitializer, <8 x float> %1133
  %1136 = getelementptr inbounds float, float* %0, i64 %1132
  %1137 = bitcast float* %1136 to <8 x float>*
  store <8 x float> %1135, <8 x float>* %1137, align 4
  %1138 = add i64 %1075, 344
  %1139 = fadd <8 x float> %1119, %1073
  %1140 = fcmp olt <8 x float> %1139, zeroinitializer
  %1141 = select <8 x i1> %1140, <8 x float> zeroinitializer, <8 x float> %1139
  %1142 = getelementptr inbounds float, float* %0, i64 %1138
  %1143 = bitcast float* %1142 to <8 x float>*
  store <8 x float> %1141, <8 x float>* %1143, align 4
  %1144 = fadd <8 x float> %1027, %1037
  %1145 = fsub <8 x float> %1027, %1037
  %1146 = fadd <8 x float> %1047, %1057
  %1147 = fsub <8 x float> %1047, %1057
  %1148 = fadd <8 x float> %1017, %1144
  %1149 = fadd <8 x float> %1148, %1146
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1147, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1145)
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1146, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1144)
  %1152 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1147, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1145)
  %1153 = fadd <8 x float> %1152, %1067
  %1154 = add i64 %1075, 16
  %1155 = fadd <8 x float> %1149, %1073
  %1156 = fcmp olt <8 x float> %1155, zeroinitializer
  %1157 = select <8 x i1> %1156, <8 x float> zeroinitializer, <8 x float> %1155
  %1158 = getelementptr inbounds float, float* %0, i64 %1154
  %1159 = bitcast float* %1158 to <8 x float>*
  store <8 x float> %1157, <8 x float>* %1159, align 4
  %1160 = add i64 %1075, 128
  %1161 = fadd <8 x float> %1150, %1073
  %1162 = fcmp olt <8 x float> %1161, zeroinitializer
  %1163 = select <8 x i1> %1162, <8 x float> zeroinitializer, <8 x float> %1161
  %1164 = getelementptr inbounds float, float* %0, i64 %1160
  %1165 = bitcast float* %1164 to <8 x float>*
  store <8 x float> %1163, <8 x float>* %1165, align 4
  %1166 = add i64 %1075, 240
  %1167 = fadd <8 x float> %1151, %1073
  %1168 = fcmp olt <8 x float> %1167, zeroinitializer
  %1169 = select <8 x i1> %1168, <8 x float> zeroinitializer, <8 x float> %1167
  %1170 = getelementptr inbounds float, float* %0, i64 %1166
  %1171 = bitcast float* %1170 to <8 x float>*
  store <8 x float> %1169, <8 x float>* %1171, align 4
  %1172 = add i64 %1075, 352
  %1173 = fadd <8 x float> %1153, %1073
  %1174 = fcmp olt <8 x float> %1173, zeroinitializer
  %1175 = select <8 x i1> %1174, <8 x float> zeroinitializer, <8 x float> %1173
  %1176 = getelementptr inbounds float, float* %0, i64 %1172
  %1177 = bitcast float* %1176 to <8 x float>*
  store <8 x float> %1175, <8 x float>* %1177, align 4
  %1178 = fadd <8 x float> %1029, %1039
  %1179 = fsub <8 x float> %1029, %1039
  %1180 = fadd <8 x float> %1049, %1059
  %1181 = fsub <8 x float> %1049, %1059
  %1182 = fadd <8 x float> %1019, %1178
  %1183 = fadd <8 x float> %1182, %1180
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1181, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1179)
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1178)
  %1186 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1181, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1179)
  %1187 = fadd <8 x float> %1186, %1069
  %1188 = add i64 %1075, 24
  %1189 = fadd <8 x float> %1183, %1073
  %1190 = fcmp olt <8 x float> %1189, zeroinitializer
  %1191 = select <8 x i1> %1190, <8 x float> zeroinitializer, <8 x float> %1189
  %1192 = getelementptr inbounds float, float* %0, i64 %1188
  %1193 = bitcast float* %1192 to <8 x float>*
  store <8 x float> %1191, <8 x float>* %1193, align 4
  %1194 = add i64 %1075, 136
  %1195 = fadd <8 x float> %1184, %1073
  %1196 = fcmp olt <8 x float> %1195, zeroinitializer
  %1197 = select <8 x i1> %1196, <8 x float> zeroinitializer, <8 x float> %1195
  %1198 = getelementptr inbounds float, float* %0, i64 %1194
  %1199 = bitcast float* %1198 to <8 x float>*
  store <8 x float> %1197, <8 x float>* %1199, align 4
  %1200 = add i64 %1075, 248
  %1201 = fadd <8 x float> %1185, %1073
  %1202 = fcmp olt <8 x float> %1201, zeroinitializer
  %1203 = select <8 x i1> %1202, <8 x float> zeroinitializer, <8 x float> %1201
  %1204 = getelementptr inbounds float, float* %0, i64 %1200
  %1205 = bitcast float* %1204 to <8 x float>*
  store <8 x float> %1203, <8 x float>* %1205, align 4
  %1206 = add i64 %1075, 360
  %1207 = fadd <8 x float> %1187, %1073
  %1208 = fcmp olt <8 x float> %1207, zeroinitializer
  %1209 = select <8 x i1> %1208, <8 x float> zeroinitializer, <8 x float> %1207
  %1210 = getelementptr inbounds float, float* %0, i64 %1206
  %1211 = bitcast float* %1210 to <8 x float>*
  store <8 x float> %1209, <8 x float>* %1211, align 4
  %block.next21 = add i64 %block20, 1
  br label %block.header17, !llvm.loop !18

block.exit19:                                     ; preds = %block.header17
  br label %endif11
}

; Function Attrs: nounwind
define internal void @node10.conv2d_7.step3(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %17 = call i32 @omp_get_thread_num()
  %18 = sext i32 %17 to i64
  %19 = call i32 @omp_get_num_threads()
  %20 = sext i32 %19 to i64
  %21 = sub i64 %20, 1
  %22 = add i64 16, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 16
  %26 = select i1 %25, i64 %24, i64 16
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 16
  %29 = select i1 %28, i64 %27, i64 16
  call void @node10.conv2d_7.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.maxPool2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %7 = icmp slt i64 %task, %5
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = sdiv i64 %task, 7
  %9 = srem i64 %task, 7
  %10 = mul i64 %8, 1568
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 7
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 56
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 14
  %22 = select i1 %21, i64 %20, i64 14
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 14
  %25 = select i1 %24, i64 %23, i64 14
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 7
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 14
  %34 = select i1 %33, i64 %32, i64 14
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 14
  %37 = select i1 %36, i64 %35, i64 14
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
  %45 = mul i64 %r, 14
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
define internal void @node12.maxPool2d_5.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node12.maxPool2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_5.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 7
  %8 = sdiv i64 %task, 7
  %9 = mul i64 %task, 56
  br label %ws.header

task.exit:                                        ; preds = %task.header
  ret void

ws.header:                                        ; preds = %ws.body, %task.body
  %ws = phi i64 [ 0, %task.body ], [ %ws.next, %ws.body ]
  %10 = icmp slt i64 %ws, 7
  br i1 %10, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %11 = mul i64 %ws, 8
  %12 = add i64 %11, 0
  %13 = add i64 %9, %12
  %14 = mul i64 %8, 8
  %15 = add i64 %14, 0
  %16 = mul i64 %15, 49
  %17 = mul i64 %7, 7
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
  %28 = mul i64 %27, 49
  %29 = mul i64 %7, 7
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
  %40 = mul i64 %39, 49
  %41 = mul i64 %7, 7
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
  %52 = mul i64 %51, 49
  %53 = mul i64 %7, 7
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
  %64 = mul i64 %63, 49
  %65 = mul i64 %7, 7
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
  %76 = mul i64 %75, 49
  %77 = mul i64 %7, 7
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
  %88 = mul i64 %87, 49
  %89 = mul i64 %7, 7
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
  %100 = mul i64 %99, 49
  %101 = mul i64 %7, 7
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
define internal void @node13.maxPool2d_5.nchw.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node13.maxPool2d_5.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node15.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %k.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %k.exit ]
  %12 = icmp slt i64 %task, %7
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = srem i64 %task, 1
  %14 = sdiv i64 %task, 1
  %15 = mul i64 %13, 1
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 802816
  %18 = add i64 %16, 0
  %19 = getelementptr inbounds float, float* %5, i64 %18
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = add i64 %16, 8
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %16, 16
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %16, 24
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %21, <8 x float>* %11, align 32
  store <8 x float> %25, <8 x float>* %10, align 32
  store <8 x float> %29, <8 x float>* %9, align 32
  store <8 x float> %33, <8 x float>* %8, align 32
  br label %k.header

task.exit:                                        ; preds = %task.header
  ret void

k.header:                                         ; preds = %k.body, %task.body
  %k = phi i64 [ 0, %task.body ], [ %k.next, %k.body ]
  %34 = icmp slt i64 %k, 25088
  br i1 %34, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %35 = mul i64 %k, 32
  %36 = add i64 %17, %35
  %37 = add i64 %36, 0
  %38 = getelementptr inbounds float, float* %4, i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %36, 8
  %42 = getelementptr inbounds float, float* %4, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  %45 = add i64 %36, 16
  %46 = getelementptr inbounds float, float* %4, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = add i64 %36, 24
  %50 = getelementptr inbounds float, float* %4, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = add i64 %15, 0
  %54 = mul i64 %53, 25088
  %55 = add i64 %54, %k
  %56 = getelementptr inbounds float, float* %1, i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %59 = load <8 x float>, <8 x float>* %11, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %40, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %11, align 32
  %61 = load <8 x float>, <8 x float>* %10, align 32
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %44, <8 x float> %61)
  store <8 x float> %62, <8 x float>* %10, align 32
  %63 = load <8 x float>, <8 x float>* %9, align 32
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %48, <8 x float> %63)
  store <8 x float> %64, <8 x float>* %9, align 32
  %65 = load <8 x float>, <8 x float>* %8, align 32
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %52, <8 x float> %65)
  store <8 x float> %66, <8 x float>* %8, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %67 = add i64 %15, 0
  %68 = add i64 %16, 0
  %69 = load <8 x float>, <8 x float>* %11, align 32
  %70 = fcmp olt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> zeroinitializer, <8 x float> %69
  %72 = mul i64 %67, 4096
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp olt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> zeroinitializer, <8 x float> %78
  %81 = mul i64 %76, 4096
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp olt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> zeroinitializer, <8 x float> %87
  %90 = mul i64 %85, 4096
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp olt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> zeroinitializer, <8 x float> %96
  %99 = mul i64 %94, 4096
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node15.dense_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 128, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 128
  %29 = select i1 %28, i64 %27, i64 128
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 128
  %32 = select i1 %31, i64 %30, i64 128
  call void @node15.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %k.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %k.exit ]
  %12 = icmp slt i64 %task, %7
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = srem i64 %task, 1
  %14 = sdiv i64 %task, 1
  %15 = mul i64 %13, 1
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 131072
  %18 = add i64 %16, 0
  %19 = getelementptr inbounds float, float* %5, i64 %18
  %20 = bitcast float* %19 to <8 x float>*
  %21 = load <8 x float>, <8 x float>* %20, align 4
  %22 = add i64 %16, 8
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %16, 16
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %16, 24
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %21, <8 x float>* %11, align 32
  store <8 x float> %25, <8 x float>* %10, align 32
  store <8 x float> %29, <8 x float>* %9, align 32
  store <8 x float> %33, <8 x float>* %8, align 32
  br label %k.header

task.exit:                                        ; preds = %task.header
  ret void

k.header:                                         ; preds = %k.body, %task.body
  %k = phi i64 [ 0, %task.body ], [ %k.next, %k.body ]
  %34 = icmp slt i64 %k, 4096
  br i1 %34, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %35 = mul i64 %k, 32
  %36 = add i64 %17, %35
  %37 = add i64 %36, 0
  %38 = getelementptr inbounds float, float* %4, i64 %37
  %39 = bitcast float* %38 to <8 x float>*
  %40 = load <8 x float>, <8 x float>* %39, align 4
  %41 = add i64 %36, 8
  %42 = getelementptr inbounds float, float* %4, i64 %41
  %43 = bitcast float* %42 to <8 x float>*
  %44 = load <8 x float>, <8 x float>* %43, align 4
  %45 = add i64 %36, 16
  %46 = getelementptr inbounds float, float* %4, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = add i64 %36, 24
  %50 = getelementptr inbounds float, float* %4, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %52 = load <8 x float>, <8 x float>* %51, align 4
  %53 = add i64 %15, 0
  %54 = mul i64 %53, 4096
  %55 = add i64 %54, %k
  %56 = getelementptr inbounds float, float* %1, i64 %55
  %57 = load float, float* %56, align 4
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %splat = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %59 = load <8 x float>, <8 x float>* %11, align 32
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %40, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %11, align 32
  %61 = load <8 x float>, <8 x float>* %10, align 32
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %44, <8 x float> %61)
  store <8 x float> %62, <8 x float>* %10, align 32
  %63 = load <8 x float>, <8 x float>* %9, align 32
  %64 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %48, <8 x float> %63)
  store <8 x float> %64, <8 x float>* %9, align 32
  %65 = load <8 x float>, <8 x float>* %8, align 32
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %52, <8 x float> %65)
  store <8 x float> %66, <8 x float>* %8, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %67 = add i64 %15, 0
  %68 = add i64 %16, 0
  %69 = load <8 x float>, <8 x float>* %11, align 32
  %70 = fcmp olt <8 x float> %69, zeroinitializer
  %71 = select <8 x i1> %70, <8 x float> zeroinitializer, <8 x float> %69
  %72 = mul i64 %67, 4096
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp olt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> zeroinitializer, <8 x float> %78
  %81 = mul i64 %76, 4096
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp olt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> zeroinitializer, <8 x float> %87
  %90 = mul i64 %85, 4096
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp olt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> zeroinitializer, <8 x float> %96
  %99 = mul i64 %94, 4096
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node16.dense_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 128, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 128
  %29 = select i1 %28, i64 %27, i64 128
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 128
  %32 = select i1 %31, i64 %30, i64 128
  call void @node16.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %13 = icmp slt i64 %task, %7
  br i1 %13, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %14 = srem i64 %task, 1
  %15 = sdiv i64 %task, 1
  %16 = mul i64 %14, 1
  %17 = mul i64 %15, 32
  %18 = mul i64 %15, 131072
  %19 = icmp eq i64 %15, 31
  br i1 %19, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %20 = add i64 %17, 0
  %21 = getelementptr inbounds float, float* %5, i64 %20
  %22 = bitcast float* %21 to <8 x float>*
  %23 = load <8 x float>, <8 x float>* %22, align 4
  store <8 x float> %23, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %24 = add i64 %17, 0
  %25 = getelementptr inbounds float, float* %5, i64 %24
  %26 = bitcast float* %25 to <8 x float>*
  %27 = load <8 x float>, <8 x float>* %26, align 4
  %28 = add i64 %17, 8
  %29 = getelementptr inbounds float, float* %5, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %17, 16
  %33 = getelementptr inbounds float, float* %5, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %17, 24
  %37 = getelementptr inbounds float, float* %5, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  store <8 x float> %27, <8 x float>* %11, align 32
  store <8 x float> %31, <8 x float>* %10, align 32
  store <8 x float> %35, <8 x float>* %9, align 32
  store <8 x float> %39, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %40 = icmp slt i64 %k, 4096
  br i1 %40, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %41 = mul i64 %k, 8
  %42 = add i64 %18, %41
  %43 = add i64 %42, 0
  %44 = getelementptr inbounds float, float* %4, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = add i64 %16, 0
  %48 = mul i64 %47, 4096
  %49 = add i64 %48, %k
  %50 = getelementptr inbounds float, float* %1, i64 %49
  %51 = load float, float* %50, align 4
  %52 = insertelement <8 x float> undef, float %51, i32 0
  %splat = shufflevector <8 x float> %52, <8 x float> undef, <8 x i32> zeroinitializer
  %53 = load <8 x float>, <8 x float>* %12, align 32
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %46, <8 x float> %53)
  store <8 x float> %54, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %55 = add i64 %16, 0
  %56 = add i64 %17, 0
  %57 = load <8 x float>, <8 x float>* %12, align 32
  %58 = mul i64 %55, 1000
  %59 = add i64 %58, %56
  %60 = getelementptr inbounds float, float* %0, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> %57, <8 x float>* %61, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %62 = icmp slt i64 %k4, 4096
  br i1 %62, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %63 = mul i64 %k4, 32
  %64 = add i64 %18, %63
  %65 = add i64 %64, 0
  %66 = getelementptr inbounds float, float* %4, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %68 = load <8 x float>, <8 x float>* %67, align 4
  %69 = add i64 %64, 8
  %70 = getelementptr inbounds float, float* %4, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  %73 = add i64 %64, 16
  %74 = getelementptr inbounds float, float* %4, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %64, 24
  %78 = getelementptr inbounds float, float* %4, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %16, 0
  %82 = mul i64 %81, 4096
  %83 = add i64 %82, %k4
  %84 = getelementptr inbounds float, float* %1, i64 %83
  %85 = load float, float* %84, align 4
  %86 = insertelement <8 x float> undef, float %85, i32 0
  %splat5 = shufflevector <8 x float> %86, <8 x float> undef, <8 x i32> zeroinitializer
  %87 = load <8 x float>, <8 x float>* %11, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %68, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %11, align 32
  %89 = load <8 x float>, <8 x float>* %10, align 32
  %90 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %72, <8 x float> %89)
  store <8 x float> %90, <8 x float>* %10, align 32
  %91 = load <8 x float>, <8 x float>* %9, align 32
  %92 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %76, <8 x float> %91)
  store <8 x float> %92, <8 x float>* %9, align 32
  %93 = load <8 x float>, <8 x float>* %8, align 32
  %94 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %80, <8 x float> %93)
  store <8 x float> %94, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %95 = add i64 %16, 0
  %96 = add i64 %17, 0
  %97 = load <8 x float>, <8 x float>* %11, align 32
  %98 = mul i64 %95, 1000
  %99 = add i64 %98, %96
  %100 = getelementptr inbounds float, float* %0, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %97, <8 x float>* %101, align 4
  %102 = add i64 %16, 0
  %103 = add i64 %17, 8
  %104 = load <8 x float>, <8 x float>* %10, align 32
  %105 = mul i64 %102, 1000
  %106 = add i64 %105, %103
  %107 = getelementptr inbounds float, float* %0, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %104, <8 x float>* %108, align 4
  %109 = add i64 %16, 0
  %110 = add i64 %17, 16
  %111 = load <8 x float>, <8 x float>* %9, align 32
  %112 = mul i64 %109, 1000
  %113 = add i64 %112, %110
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %111, <8 x float>* %115, align 4
  %116 = add i64 %16, 0
  %117 = add i64 %17, 24
  %118 = load <8 x float>, <8 x float>* %8, align 32
  %119 = mul i64 %116, 1000
  %120 = add i64 %119, %117
  %121 = getelementptr inbounds float, float* %0, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %118, <8 x float>* %122, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node17.dense_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 32, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 32
  %29 = select i1 %28, i64 %27, i64 32
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 32
  %32 = select i1 %31, i64 %30, i64 32
  call void @node17.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
declare float @llvm.maxnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #4

; Function Attrs: nounwind
define internal void @node18.dense_3.softmax.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node18.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @vgg11_run(i8** %0, i8** %1, i8* %2) #3 {
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
  %fresh = call i8* @malloc(i64 34636863)
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
  %19 = getelementptr inbounds i8, i8* %workspace7, i64 12845056
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %input0, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %23, align 8
  %24 = bitcast [6 x i8*]* %args to i8*
  call void @node0.conv2d_1.step0(i8* %24)
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([6912 x i8], [6912 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %26, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %24, i32 0, i32 0)
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 31425536
  %28 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %28, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %32, align 8
  %33 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.maxPool2d_1.step0, i8* %33, i32 0, i32 0)
  %34 = getelementptr inbounds i8, i8* %workspace7, i64 25003008
  %35 = getelementptr inbounds i8, i8* %workspace7, i64 31425536
  %36 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %34, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %35, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %36, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %40, align 8
  %41 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step0, i8* %41, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step1, i8* %41, i32 0, i32 0)
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1179648 x i8], [1179648 x i8]* @weight.conv2d_2.winograd, i32 0, i32 0), i8** %42, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step2, i8* %41, i32 0, i32 0)
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %43, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step3, i8* %41, i32 0, i32 0)
  %44 = getelementptr inbounds i8, i8* %workspace7, i64 12560384
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 25003008
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %44, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %49, align 8
  %50 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_2.step0, i8* %50, i32 0, i32 0)
  %51 = getelementptr inbounds i8, i8* %workspace7, i64 17895424
  %52 = getelementptr inbounds i8, i8* %workspace7, i64 12560384
  %53 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %51, i8** %54, align 8
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %52, i8** %55, align 8
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %53, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %57, align 8
  %58 = bitcast [6 x i8*]* %args to i8*
  call void @node4.conv2d_3.step0(i8* %58)
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_3.step1, i8* %58, i32 0, i32 0)
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.conv2d_3.winograd, i32 0, i32 0), i8** %59, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_3.step2, i8* %58, i32 0, i32 0)
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %60, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_3.step3, i8* %58, i32 0, i32 0)
  %61 = getelementptr inbounds i8, i8* %workspace7, i64 21106688
  %62 = getelementptr inbounds i8, i8* %workspace7, i64 17895424
  %63 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %61, i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %62, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %63, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %67, align 8
  %68 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step0, i8* %68, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step1, i8* %68, i32 0, i32 0)
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_4.winograd, i32 0, i32 0), i8** %69, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step2, i8* %68, i32 0, i32 0)
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %70, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step3, i8* %68, i32 0, i32 0)
  %71 = getelementptr inbounds i8, i8* %workspace7, i64 6340608
  %72 = getelementptr inbounds i8, i8* %workspace7, i64 21106688
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %71, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %76, align 8
  %77 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.maxPool2d_3.step0, i8* %77, i32 0, i32 0)
  %78 = getelementptr inbounds i8, i8* %workspace7, i64 9068544
  %79 = getelementptr inbounds i8, i8* %workspace7, i64 6340608
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %78, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %79, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %80, i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %84, align 8
  %85 = bitcast [6 x i8*]* %args to i8*
  call void @node7.conv2d_5.step0(i8* %85)
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_5.step1, i8* %85, i32 0, i32 0)
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([18874368 x i8], [18874368 x i8]* @weight.conv2d_5.winograd, i32 0, i32 0), i8** %86, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_5.step2, i8* %85, i32 0, i32 0)
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %87, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_5.step3, i8* %85, i32 0, i32 0)
  %88 = getelementptr inbounds i8, i8* %workspace7, i64 10674176
  %89 = getelementptr inbounds i8, i8* %workspace7, i64 9068544
  %90 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %88, i8** %91, align 8
  %92 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %89, i8** %92, align 8
  %93 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %90, i8** %93, align 8
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %94, align 8
  %95 = bitcast [6 x i8*]* %args to i8*
  call void @node8.conv2d_6.step0(i8* %95)
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_6.step1, i8* %95, i32 0, i32 0)
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([37748736 x i8], [37748736 x i8]* @weight.conv2d_6.winograd, i32 0, i32 0), i8** %96, align 8
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_6.step2, i8* %95, i32 0, i32 0)
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %97, align 8
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_6.step3, i8* %95, i32 0, i32 0)
  %98 = getelementptr inbounds i8, i8* %workspace7, i64 3022848
  %99 = getelementptr inbounds i8, i8* %workspace7, i64 10674176
  %100 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %98, i8** %100, align 8
  %101 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %99, i8** %101, align 8
  %102 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %102, align 8
  %103 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %103, align 8
  %104 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.maxPool2d_4.step0, i8* %104, i32 0, i32 0)
  %105 = getelementptr inbounds i8, i8* %workspace7, i64 3424256
  %106 = getelementptr inbounds i8, i8* %workspace7, i64 3022848
  %107 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %108 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %105, i8** %108, align 8
  %109 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %106, i8** %109, align 8
  %110 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %107, i8** %110, align 8
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %111, align 8
  %112 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_7.step0(i8* %112)
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step1, i8* %112, i32 0, i32 0)
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([37748736 x i8], [37748736 x i8]* @weight.conv2d_7.winograd, i32 0, i32 0), i8** %113, align 8
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step2, i8* %112, i32 0, i32 0)
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_7.bias, i32 0, i32 0), i8** %114, align 8
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step3, i8* %112, i32 0, i32 0)
  %115 = getelementptr inbounds i8, i8* %workspace7, i64 3022848
  %116 = getelementptr inbounds i8, i8* %workspace7, i64 3424256
  %117 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %118 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %115, i8** %118, align 8
  %119 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %116, i8** %119, align 8
  %120 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %117, i8** %120, align 8
  %121 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %121, align 8
  %122 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_7.step0(i8* %122)
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step1, i8* %122, i32 0, i32 0)
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([37748736 x i8], [37748736 x i8]* @weight.conv2d_8.winograd, i32 0, i32 0), i8** %123, align 8
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step2, i8* %122, i32 0, i32 0)
  %124 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %124, align 8
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step3, i8* %122, i32 0, i32 0)
  %125 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %126 = getelementptr inbounds i8, i8* %workspace7, i64 3022848
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %125, i8** %127, align 8
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %126, i8** %128, align 8
  %129 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %129, align 8
  %130 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %130, align 8
  %131 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.maxPool2d_5.step0, i8* %131, i32 0, i32 0)
  %132 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %133 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %134 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %132, i8** %134, align 8
  %135 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %133, i8** %135, align 8
  %136 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %136, align 8
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %137, align 8
  %138 = bitcast [6 x i8*]* %args to i8*
  call void @node13.maxPool2d_5.nchw.step0(i8* %138)
  %139 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %140 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %141 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %139, i8** %141, align 8
  %142 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %140, i8** %142, align 8
  %143 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %143, align 8
  %144 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %144, align 8
  %145 = bitcast [6 x i8*]* %args to i8*
  %146 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([411041792 x i8], [411041792 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %146, align 8
  %147 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %147, align 8
  call void @GOMP_parallel(void (i8*)* @node15.dense_1.step0, i8* %145, i32 0, i32 0)
  %148 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %149 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %150 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %148, i8** %150, align 8
  %151 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %149, i8** %151, align 8
  %152 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %152, align 8
  %153 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %153, align 8
  %154 = bitcast [6 x i8*]* %args to i8*
  %155 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([67108864 x i8], [67108864 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %155, align 8
  %156 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %156, align 8
  call void @GOMP_parallel(void (i8*)* @node16.dense_2.step0, i8* %154, i32 0, i32 0)
  %157 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %158 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %158, align 8
  %159 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %157, i8** %159, align 8
  %160 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %160, align 8
  %161 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %161, align 8
  %162 = bitcast [6 x i8*]* %args to i8*
  %163 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([16384000 x i8], [16384000 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %163, align 8
  %164 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %164, align 8
  call void @GOMP_parallel(void (i8*)* @node17.dense_3.step0, i8* %162, i32 0, i32 0)
  %165 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %165, align 8
  %166 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %166, align 8
  %167 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %167, align 8
  %168 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %168, align 8
  %169 = bitcast [6 x i8*]* %args to i8*
  call void @node18.dense_3.softmax.step0(i8* %169)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @vgg11_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @vgg11_workspace_size() #5 {
entry:
  ret i64 34636863
}

; Function Attrs: nounwind
define i32 @vgg11_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @vgg11_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
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
!10 = distinct !{!10, !1}
!11 = distinct !{!11, !1}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !1}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1}
!16 = distinct !{!16, !1}
!17 = distinct !{!17, !1}
!18 = distinct !{!18, !1}
