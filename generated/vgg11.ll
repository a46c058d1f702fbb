; vgg11: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
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
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 24318015, i64 7609090048 }

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

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %x.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %x.exit ]
  %10 = icmp slt i64 %task, %5
  br i1 %10, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %11 = sdiv i64 %task, 112
  %12 = srem i64 %task, 112
  %13 = mul i64 %11, 401408
  %14 = getelementptr inbounds float, float* %1, i64 %13
  %15 = mul i64 %11, 112
  %16 = add i64 %15, %12
  %17 = mul i64 %16, 896
  %18 = getelementptr inbounds float, float* %0, i64 %17
  %19 = mul i64 %12, 2
  %20 = sub i64 %19, 0
  %21 = add i64 %20, 2
  %22 = icmp sgt i64 %20, 0
  %23 = select i1 %22, i64 %20, i64 0
  %24 = icmp slt i64 %21, 224
  %25 = select i1 %24, i64 %21, i64 224
  %26 = icmp slt i64 %21, 224
  %27 = select i1 %26, i64 %21, i64 224
  %28 = sub i64 %27, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 112
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
  %33 = mul i64 %r, 224
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
  store <8 x float> %46, <8 x float>* %9, align 32
  %47 = load <8 x float>, <8 x float>* %8, align 32
  %48 = add i64 %35, 16
  %49 = getelementptr inbounds float, float* %14, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %47, <8 x float> %51)
  %53 = add i64 %35, 24
  %54 = getelementptr inbounds float, float* %14, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %52, <8 x float> %56)
  store <8 x float> %57, <8 x float>* %8, align 32
  %58 = load <8 x float>, <8 x float>* %7, align 32
  %59 = add i64 %35, 32
  %60 = getelementptr inbounds float, float* %14, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %58, <8 x float> %62)
  %64 = add i64 %35, 40
  %65 = getelementptr inbounds float, float* %14, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> %67)
  store <8 x float> %68, <8 x float>* %7, align 32
  %69 = load <8 x float>, <8 x float>* %6, align 32
  %70 = add i64 %35, 48
  %71 = getelementptr inbounds float, float* %14, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %69, <8 x float> %73)
  %75 = add i64 %35, 56
  %76 = getelementptr inbounds float, float* %14, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %74, <8 x float> %78)
  store <8 x float> %79, <8 x float>* %6, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %80 = load <8 x float>, <8 x float>* %9, align 32
  %81 = add i64 %x, 0
  %82 = mul i64 %81, 8
  %83 = getelementptr inbounds float, float* %18, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = load <8 x float>, <8 x float>* %8, align 32
  %86 = add i64 %x, 1
  %87 = mul i64 %86, 8
  %88 = getelementptr inbounds float, float* %18, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %85, <8 x float>* %89, align 4
  %90 = load <8 x float>, <8 x float>* %7, align 32
  %91 = add i64 %x, 2
  %92 = mul i64 %91, 8
  %93 = getelementptr inbounds float, float* %18, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %6, align 32
  %96 = add i64 %x, 3
  %97 = mul i64 %96, 8
  %98 = getelementptr inbounds float, float* %18, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %95, <8 x float>* %99, align 4
  %x.next = add i64 %x, 4
  br label %x.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
  %45 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit47, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit47 ]
  %46 = icmp slt i64 %group, 11
  br i1 %46, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %47 = mul i64 %group, 75
  %48 = sub i64 784, %47
  %49 = icmp slt i64 75, %48
  %50 = select i1 %49, i64 75, i64 %48
  %51 = sub i64 %5, 1
  %52 = add i64 %50, %51
  %53 = sdiv i64 %52, %5
  %54 = mul i64 %4, %53
  %55 = icmp slt i64 %54, %50
  %56 = select i1 %55, i64 %54, i64 %50
  %57 = add i64 %56, %53
  %58 = icmp slt i64 %57, %50
  %59 = select i1 %58, i64 %57, i64 %50
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %56, %group.body ], [ %tile.next, %unit.exit ]
  %60 = icmp slt i64 %tile, %59
  br i1 %60, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %61 = add i64 %47, %tile
  %62 = srem i64 %61, 28
  %63 = sdiv i64 %61, 28
  %64 = srem i64 %63, 28
  %65 = sdiv i64 %61, 784
  %66 = mul i64 %65, 8
  %67 = mul i64 %66, 103968
  %68 = mul i64 %64, 456
  %69 = mul i64 %62, 4
  %70 = add i64 %68, %69
  %71 = mul i64 %70, 8
  %72 = add i64 %67, %71
  %73 = mul i64 %tile, 64
  %74 = add i64 831744, %73
  %75 = bitcast [288 x float]* %45 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %76 = icmp eq i64 %group, 10
  br i1 %76, label %then, label %else

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %77 = icmp slt i64 %unit, 8
  br i1 %77, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %78 = mul i64 %unit, 103968
  %79 = add i64 %72, %78
  %80 = add i64 %79, 80
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %79, 96
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %79, 992
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %79, 1008
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %79, 1904
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %79, 1920
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %79, 2816
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  %101 = add i64 %79, 2832
  %102 = getelementptr inbounds float, float* %2, i64 %101
  %103 = bitcast float* %102 to i8*
  call void @llvm.prefetch.p0i8(i8* %103, i32 0, i32 3, i32 1)
  %104 = add i64 %79, 3728
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to i8*
  call void @llvm.prefetch.p0i8(i8* %106, i32 0, i32 3, i32 1)
  %107 = add i64 %79, 3744
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to i8*
  call void @llvm.prefetch.p0i8(i8* %109, i32 0, i32 3, i32 1)
  %110 = add i64 %79, 4640
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to i8*
  call void @llvm.prefetch.p0i8(i8* %112, i32 0, i32 3, i32 1)
  %113 = add i64 %79, 4656
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = bitcast float* %114 to i8*
  call void @llvm.prefetch.p0i8(i8* %115, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !4

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %116 = icmp slt i64 %column, 6
  br i1 %116, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %117 = mul i64 %column, 8
  %118 = add i64 %79, %117
  %119 = add i64 %118, 0
  %120 = getelementptr inbounds float, float* %2, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %118, 912
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %118, 1824
  %128 = getelementptr inbounds float, float* %2, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %118, 2736
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = add i64 %118, 3648
  %136 = getelementptr inbounds float, float* %2, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 %118, 4560
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = fmul <8 x float> %130, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %144 = fmul <8 x float> %126, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %145 = fsub <8 x float> %138, %143
  %146 = fsub <8 x float> %134, %144
  %147 = fsub <8 x float> %138, %130
  %148 = fsub <8 x float> %134, %126
  %149 = fmul <8 x float> %148, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %138)
  %151 = fmul <8 x float> %130, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %152 = fadd <8 x float> %150, %151
  %153 = fadd <8 x float> %145, %146
  %154 = fsub <8 x float> %145, %146
  %155 = fadd <8 x float> %147, %149
  %156 = fsub <8 x float> %147, %149
  %157 = call <8 x float> @llvm.fma.v8f32(<8 x float> %126, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %142)
  %158 = fmul <8 x float> %134, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %159 = fadd <8 x float> %157, %158
  %160 = mul i64 %column, 8
  %161 = add i64 %160, 0
  %162 = getelementptr inbounds float, float* %75, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %152, <8 x float>* %163, align 4
  %164 = mul i64 %column, 8
  %165 = add i64 %164, 48
  %166 = getelementptr inbounds float, float* %75, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %153, <8 x float>* %167, align 4
  %168 = mul i64 %column, 8
  %169 = add i64 %168, 96
  %170 = getelementptr inbounds float, float* %75, i64 %169
  %171 = bitcast float* %170 to <8 x float>*
  store <8 x float> %154, <8 x float>* %171, align 4
  %172 = mul i64 %column, 8
  %173 = add i64 %172, 144
  %174 = getelementptr inbounds float, float* %75, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %155, <8 x float>* %175, align 4
  %176 = mul i64 %column, 8
  %177 = add i64 %176, 192
  %178 = getelementptr inbounds float, float* %75, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %156, <8 x float>* %179, align 4
  %180 = mul i64 %column, 8
  %181 = add i64 %180, 240
  %182 = getelementptr inbounds float, float* %75, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %159, <8 x float>* %183, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !5

column.exit:                                      ; preds = %column.header
  %184 = mul i64 %unit, 8
  %185 = add i64 %74, %184
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %186 = icmp slt i64 %row, 6
  br i1 %186, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %187 = mul i64 %row, 48
  %188 = add i64 %187, 0
  %189 = getelementptr inbounds float, float* %75, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %187, 8
  %193 = getelementptr inbounds float, float* %75, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = add i64 %187, 16
  %197 = getelementptr inbounds float, float* %75, i64 %196
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = add i64 %187, 24
  %201 = getelementptr inbounds float, float* %75, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = add i64 %187, 32
  %205 = getelementptr inbounds float, float* %75, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = add i64 %187, 40
  %209 = getelementptr inbounds float, float* %75, i64 %208
  %210 = bitcast float* %209 to <8 x float>*
  %211 = load <8 x float>, <8 x float>* %210, align 4
  %212 = fmul <8 x float> %199, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %213 = fmul <8 x float> %195, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %214 = fsub <8 x float> %207, %212
  %215 = fsub <8 x float> %203, %213
  %216 = fsub <8 x float> %207, %199
  %217 = fsub <8 x float> %203, %195
  %218 = fmul <8 x float> %217, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %219 = call <8 x float> @llvm.fma.v8f32(<8 x float> %191, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %207)
  %220 = fmul <8 x float> %199, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %221 = fadd <8 x float> %219, %220
  %222 = fadd <8 x float> %214, %215
  %223 = fsub <8 x float> %214, %215
  %224 = fadd <8 x float> %216, %218
  %225 = fsub <8 x float> %216, %218
  %226 = call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %211)
  %227 = fmul <8 x float> %203, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %228 = fadd <8 x float> %226, %227
  %229 = mul i64 %row, 28800
  %230 = add i64 %185, %229
  %231 = add i64 %230, 0
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %221, <8 x float>* %233, align 4
  %234 = add i64 %230, 4800
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  store <8 x float> %222, <8 x float>* %236, align 4
  %237 = add i64 %230, 9600
  %238 = getelementptr inbounds float, float* %2, i64 %237
  %239 = bitcast float* %238 to <8 x float>*
  store <8 x float> %223, <8 x float>* %239, align 4
  %240 = add i64 %230, 14400
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = bitcast float* %241 to <8 x float>*
  store <8 x float> %224, <8 x float>* %242, align 4
  %243 = add i64 %230, 19200
  %244 = getelementptr inbounds float, float* %2, i64 %243
  %245 = bitcast float* %244 to <8 x float>*
  store <8 x float> %225, <8 x float>* %245, align 4
  %246 = add i64 %230, 24000
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = bitcast float* %247 to <8 x float>*
  store <8 x float> %228, <8 x float>* %248, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !6

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !7

then:                                             ; preds = %tile.exit
  %249 = sub i64 %5, 1
  %250 = add i64 1728, %249
  %251 = sdiv i64 %250, %5
  %252 = mul i64 %4, %251
  %253 = icmp slt i64 %252, 1728
  %254 = select i1 %253, i64 %252, i64 1728
  %255 = add i64 %254, %251
  %256 = icmp slt i64 %255, 1728
  %257 = select i1 %256, i64 %255, i64 1728
  br label %task.header

else:                                             ; preds = %tile.exit
  %258 = sub i64 %5, 1
  %259 = add i64 3744, %258
  %260 = sdiv i64 %259, %5
  %261 = mul i64 %4, %260
  %262 = icmp slt i64 %261, 3744
  %263 = select i1 %262, i64 %261, i64 3744
  %264 = add i64 %263, %260
  %265 = icmp slt i64 %264, 3744
  %266 = select i1 %265, i64 %264, i64 3744
  br label %task.header18

endif:                                            ; preds = %task.exit20, %task.exit
  call void @GOMP_barrier()
  %267 = sub i64 %5, 1
  %268 = add i64 %50, %267
  %269 = sdiv i64 %268, %5
  %270 = mul i64 %4, %269
  %271 = icmp slt i64 %270, %50
  %272 = select i1 %271, i64 %270, i64 %50
  %273 = add i64 %272, %269
  %274 = icmp slt i64 %273, %50
  %275 = select i1 %274, i64 %273, i64 %50
  br label %tile.header45

task.header:                                      ; preds = %endif3, %then
  %task = phi i64 [ %254, %then ], [ %task.next, %endif3 ]
  %276 = icmp slt i64 %task, %257
  br i1 %276, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %277 = sdiv i64 %task, 48
  %278 = mul i64 %277, 4800
  %279 = add i64 831744, %278
  %280 = getelementptr inbounds float, float* %2, i64 %279
  %281 = mul i64 %277, 8192
  %282 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_2.winograd to float*), i64 %281
  %283 = mul i64 %277, 9600
  %284 = add i64 1004544, %283
  %285 = srem i64 %task, 48
  %286 = sdiv i64 %285, 8
  %287 = srem i64 %285, 8
  %288 = mul i64 %286, 6
  %289 = mul i64 %287, 16
  %290 = mul i64 %287, 1024
  %291 = icmp eq i64 %286, 5
  br i1 %291, label %then1, label %else2

task.exit:                                        ; preds = %task.header
  br label %endif

then1:                                            ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %44, align 32
  store <8 x float> zeroinitializer, <8 x float>* %43, align 32
  store <8 x float> zeroinitializer, <8 x float>* %42, align 32
  store <8 x float> zeroinitializer, <8 x float>* %41, align 32
  store <8 x float> zeroinitializer, <8 x float>* %40, align 32
  store <8 x float> zeroinitializer, <8 x float>* %39, align 32
  store <8 x float> zeroinitializer, <8 x float>* %38, align 32
  store <8 x float> zeroinitializer, <8 x float>* %37, align 32
  br label %k.header

else2:                                            ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %36, align 32
  store <8 x float> zeroinitializer, <8 x float>* %35, align 32
  store <8 x float> zeroinitializer, <8 x float>* %34, align 32
  store <8 x float> zeroinitializer, <8 x float>* %33, align 32
  store <8 x float> zeroinitializer, <8 x float>* %32, align 32
  store <8 x float> zeroinitializer, <8 x float>* %31, align 32
  store <8 x float> zeroinitializer, <8 x float>* %30, align 32
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  br label %k.header7

endif3:                                           ; preds = %k.exit9, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !8

k.header:                                         ; preds = %k.body, %then1
  %k = phi i64 [ 0, %then1 ], [ %k.next, %k.body ]
  %292 = icmp slt i64 %k, 64
  br i1 %292, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %293 = mul i64 %k, 16
  %294 = add i64 %290, %293
  %295 = add i64 %294, 0
  %296 = getelementptr inbounds float, float* %282, i64 %295
  %297 = bitcast float* %296 to <8 x float>*
  %298 = load <8 x float>, <8 x float>* %297, align 4
  %299 = add i64 %294, 8
  %300 = getelementptr inbounds float, float* %282, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  %302 = load <8 x float>, <8 x float>* %301, align 4
  %303 = add i64 %288, 0
  %304 = mul i64 %303, 64
  %305 = add i64 %304, %k
  %306 = getelementptr inbounds float, float* %280, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %44, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %298, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %44, align 32
  %311 = load <8 x float>, <8 x float>* %40, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %302, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %40, align 32
  %313 = add i64 %288, 1
  %314 = mul i64 %313, 64
  %315 = add i64 %314, %k
  %316 = getelementptr inbounds float, float* %280, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat4 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %43, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %298, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %43, align 32
  %321 = load <8 x float>, <8 x float>* %39, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %302, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %39, align 32
  %323 = add i64 %288, 2
  %324 = mul i64 %323, 64
  %325 = add i64 %324, %k
  %326 = getelementptr inbounds float, float* %280, i64 %325
  %327 = load float, float* %326, align 4
  %328 = insertelement <8 x float> undef, float %327, i32 0
  %splat5 = shufflevector <8 x float> %328, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = load <8 x float>, <8 x float>* %42, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %298, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %42, align 32
  %331 = load <8 x float>, <8 x float>* %38, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %302, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %38, align 32
  %333 = add i64 %288, 3
  %334 = mul i64 %333, 64
  %335 = add i64 %334, %k
  %336 = getelementptr inbounds float, float* %280, i64 %335
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i32 0
  %splat6 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %41, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %298, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %41, align 32
  %341 = load <8 x float>, <8 x float>* %37, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %302, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %37, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %343 = add i64 %288, 0
  %344 = add i64 %289, 0
  %345 = load <8 x float>, <8 x float>* %44, align 32
  %346 = mul i64 %343, 128
  %347 = add i64 %346, %344
  %348 = add i64 %284, %347
  %349 = getelementptr inbounds float, float* %2, i64 %348
  %350 = bitcast float* %349 to <8 x float>*
  store <8 x float> %345, <8 x float>* %350, align 4
  %351 = add i64 %288, 1
  %352 = add i64 %289, 0
  %353 = load <8 x float>, <8 x float>* %43, align 32
  %354 = mul i64 %351, 128
  %355 = add i64 %354, %352
  %356 = add i64 %284, %355
  %357 = getelementptr inbounds float, float* %2, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  store <8 x float> %353, <8 x float>* %358, align 4
  %359 = add i64 %288, 2
  %360 = add i64 %289, 0
  %361 = load <8 x float>, <8 x float>* %42, align 32
  %362 = mul i64 %359, 128
  %363 = add i64 %362, %360
  %364 = add i64 %284, %363
  %365 = getelementptr inbounds float, float* %2, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  store <8 x float> %361, <8 x float>* %366, align 4
  %367 = add i64 %288, 3
  %368 = add i64 %289, 0
  %369 = load <8 x float>, <8 x float>* %41, align 32
  %370 = mul i64 %367, 128
  %371 = add i64 %370, %368
  %372 = add i64 %284, %371
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  store <8 x float> %369, <8 x float>* %374, align 4
  %375 = add i64 %288, 0
  %376 = add i64 %289, 8
  %377 = load <8 x float>, <8 x float>* %40, align 32
  %378 = mul i64 %375, 128
  %379 = add i64 %378, %376
  %380 = add i64 %284, %379
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  store <8 x float> %377, <8 x float>* %382, align 4
  %383 = add i64 %288, 1
  %384 = add i64 %289, 8
  %385 = load <8 x float>, <8 x float>* %39, align 32
  %386 = mul i64 %383, 128
  %387 = add i64 %386, %384
  %388 = add i64 %284, %387
  %389 = getelementptr inbounds float, float* %2, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  store <8 x float> %385, <8 x float>* %390, align 4
  %391 = add i64 %288, 2
  %392 = add i64 %289, 8
  %393 = load <8 x float>, <8 x float>* %38, align 32
  %394 = mul i64 %391, 128
  %395 = add i64 %394, %392
  %396 = add i64 %284, %395
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  store <8 x float> %393, <8 x float>* %398, align 4
  %399 = add i64 %288, 3
  %400 = add i64 %289, 8
  %401 = load <8 x float>, <8 x float>* %37, align 32
  %402 = mul i64 %399, 128
  %403 = add i64 %402, %400
  %404 = add i64 %284, %403
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %401, <8 x float>* %406, align 4
  br label %endif3

k.header7:                                        ; preds = %k.body8, %else2
  %k10 = phi i64 [ 0, %else2 ], [ %k.next17, %k.body8 ]
  %407 = icmp slt i64 %k10, 64
  br i1 %407, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %408 = mul i64 %k10, 16
  %409 = add i64 %290, %408
  %410 = add i64 %409, 0
  %411 = getelementptr inbounds float, float* %282, i64 %410
  %412 = bitcast float* %411 to <8 x float>*
  %413 = load <8 x float>, <8 x float>* %412, align 4
  %414 = add i64 %409, 8
  %415 = getelementptr inbounds float, float* %282, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  %417 = load <8 x float>, <8 x float>* %416, align 4
  %418 = add i64 %288, 0
  %419 = mul i64 %418, 64
  %420 = add i64 %419, %k10
  %421 = getelementptr inbounds float, float* %280, i64 %420
  %422 = load float, float* %421, align 4
  %423 = insertelement <8 x float> undef, float %422, i32 0
  %splat11 = shufflevector <8 x float> %423, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, <8 x float>* %36, align 32
  %425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %413, <8 x float> %424)
  store <8 x float> %425, <8 x float>* %36, align 32
  %426 = load <8 x float>, <8 x float>* %30, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %417, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %30, align 32
  %428 = add i64 %288, 1
  %429 = mul i64 %428, 64
  %430 = add i64 %429, %k10
  %431 = getelementptr inbounds float, float* %280, i64 %430
  %432 = load float, float* %431, align 4
  %433 = insertelement <8 x float> undef, float %432, i32 0
  %splat12 = shufflevector <8 x float> %433, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, <8 x float>* %35, align 32
  %435 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %413, <8 x float> %434)
  store <8 x float> %435, <8 x float>* %35, align 32
  %436 = load <8 x float>, <8 x float>* %29, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %417, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %29, align 32
  %438 = add i64 %288, 2
  %439 = mul i64 %438, 64
  %440 = add i64 %439, %k10
  %441 = getelementptr inbounds float, float* %280, i64 %440
  %442 = load float, float* %441, align 4
  %443 = insertelement <8 x float> undef, float %442, i32 0
  %splat13 = shufflevector <8 x float> %443, <8 x float> undef, <8 x i32> zeroinitializer
  %444 = load <8 x float>, <8 x float>* %34, align 32
  %445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %413, <8 x float> %444)
  store <8 x float> %445, <8 x float>* %34, align 32
  %446 = load <8 x float>, <8 x float>* %28, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %417, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %28, align 32
  %448 = add i64 %288, 3
  %449 = mul i64 %448, 64
  %450 = add i64 %449, %k10
  %451 = getelementptr inbounds float, float* %280, i64 %450
  %452 = load float, float* %451, align 4
  %453 = insertelement <8 x float> undef, float %452, i32 0
  %splat14 = shufflevector <8 x float> %453, <8 x float> undef, <8 x i32> zeroinitializer
  %454 = load <8 x float>, <8 x float>* %33, align 32
  %455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %413, <8 x float> %454)
  store <8 x float> %455, <8 x float>* %33, align 32
  %456 = load <8 x float>, <8 x float>* %27, align 32
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %417, <8 x float> %456)
  store <8 x float> %457, <8 x float>* %27, align 32
  %458 = add i64 %288, 4
  %459 = mul i64 %458, 64
  %460 = add i64 %459, %k10
  %461 = getelementptr inbounds float, float* %280, i64 %460
  %462 = load float, float* %461, align 4
  %463 = insertelement <8 x float> undef, float %462, i32 0
  %splat15 = shufflevector <8 x float> %463, <8 x float> undef, <8 x i32> zeroinitializer
  %464 = load <8 x float>, <8 x float>* %32, align 32
  %465 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %413, <8 x float> %464)
  store <8 x float> %465, <8 x float>* %32, align 32
  %466 = load <8 x float>, <8 x float>* %26, align 32
  %467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %417, <8 x float> %466)
  store <8 x float> %467, <8 x float>* %26, align 32
  %468 = add i64 %288, 5
  %469 = mul i64 %468, 64
  %470 = add i64 %469, %k10
  %471 = getelementptr inbounds float, float* %280, i64 %470
  %472 = load float, float* %471, align 4
  %473 = insertelement <8 x float> undef, float %472, i32 0
  %splat16 = shufflevector <8 x float> %473, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, <8 x float>* %31, align 32
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %413, <8 x float> %474)
  store <8 x float> %475, <8 x float>* %31, align 32
  %476 = load <8 x float>, <8 x float>* %25, align 32
  %477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %417, <8 x float> %476)
  store <8 x float> %477, <8 x float>* %25, align 32
  %k.next17 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %478 = add i64 %288, 0
  %479 = add i64 %289, 0
  %480 = load <8 x float>, <8 x float>* %36, align 32
  %481 = mul i64 %478, 128
  %482 = add i64 %481, %479
  %483 = add i64 %284, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %288, 1
  %487 = add i64 %289, 0
  %488 = load <8 x float>, <8 x float>* %35, align 32
  %489 = mul i64 %486, 128
  %490 = add i64 %489, %487
  %491 = add i64 %284, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %288, 2
  %495 = add i64 %289, 0
  %496 = load <8 x float>, <8 x float>* %34, align 32
  %497 = mul i64 %494, 128
  %498 = add i64 %497, %495
  %499 = add i64 %284, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %288, 3
  %503 = add i64 %289, 0
  %504 = load <8 x float>, <8 x float>* %33, align 32
  %505 = mul i64 %502, 128
  %506 = add i64 %505, %503
  %507 = add i64 %284, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  %510 = add i64 %288, 4
  %511 = add i64 %289, 0
  %512 = load <8 x float>, <8 x float>* %32, align 32
  %513 = mul i64 %510, 128
  %514 = add i64 %513, %511
  %515 = add i64 %284, %514
  %516 = getelementptr inbounds float, float* %2, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %512, <8 x float>* %517, align 4
  %518 = add i64 %288, 5
  %519 = add i64 %289, 0
  %520 = load <8 x float>, <8 x float>* %31, align 32
  %521 = mul i64 %518, 128
  %522 = add i64 %521, %519
  %523 = add i64 %284, %522
  %524 = getelementptr inbounds float, float* %2, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %520, <8 x float>* %525, align 4
  %526 = add i64 %288, 0
  %527 = add i64 %289, 8
  %528 = load <8 x float>, <8 x float>* %30, align 32
  %529 = mul i64 %526, 128
  %530 = add i64 %529, %527
  %531 = add i64 %284, %530
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %528, <8 x float>* %533, align 4
  %534 = add i64 %288, 1
  %535 = add i64 %289, 8
  %536 = load <8 x float>, <8 x float>* %29, align 32
  %537 = mul i64 %534, 128
  %538 = add i64 %537, %535
  %539 = add i64 %284, %538
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  store <8 x float> %536, <8 x float>* %541, align 4
  %542 = add i64 %288, 2
  %543 = add i64 %289, 8
  %544 = load <8 x float>, <8 x float>* %28, align 32
  %545 = mul i64 %542, 128
  %546 = add i64 %545, %543
  %547 = add i64 %284, %546
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %544, <8 x float>* %549, align 4
  %550 = add i64 %288, 3
  %551 = add i64 %289, 8
  %552 = load <8 x float>, <8 x float>* %27, align 32
  %553 = mul i64 %550, 128
  %554 = add i64 %553, %551
  %555 = add i64 %284, %554
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %552, <8 x float>* %557, align 4
  %558 = add i64 %288, 4
  %559 = add i64 %289, 8
  %560 = load <8 x float>, <8 x float>* %26, align 32
  %561 = mul i64 %558, 128
  %562 = add i64 %561, %559
  %563 = add i64 %284, %562
  %564 = getelementptr inbounds float, float* %2, i64 %563
  %565 = bitcast float* %564 to <8 x float>*
  store <8 x float> %560, <8 x float>* %565, align 4
  %566 = add i64 %288, 5
  %567 = add i64 %289, 8
  %568 = load <8 x float>, <8 x float>* %25, align 32
  %569 = mul i64 %566, 128
  %570 = add i64 %569, %567
  %571 = add i64 %284, %570
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  store <8 x float> %568, <8 x float>* %573, align 4
  br label %endif3

task.header18:                                    ; preds = %endif24, %else
  %task21 = phi i64 [ %263, %else ], [ %task.next44, %endif24 ]
  %574 = icmp slt i64 %task21, %266
  br i1 %574, label %task.body19, label %task.exit20

task.body19:                                      ; preds = %task.header18
  %575 = sdiv i64 %task21, 104
  %576 = mul i64 %575, 4800
  %577 = add i64 831744, %576
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = mul i64 %575, 8192
  %580 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_2.winograd to float*), i64 %579
  %581 = mul i64 %575, 9600
  %582 = add i64 1004544, %581
  %583 = srem i64 %task21, 104
  %584 = sdiv i64 %583, 8
  %585 = srem i64 %583, 8
  %586 = mul i64 %584, 6
  %587 = mul i64 %585, 16
  %588 = mul i64 %585, 1024
  %589 = icmp eq i64 %584, 12
  br i1 %589, label %then22, label %else23

task.exit20:                                      ; preds = %task.header18
  br label %endif

then22:                                           ; preds = %task.body19
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header25

else23:                                           ; preds = %task.body19
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
  br label %k.header33

endif24:                                          ; preds = %k.exit35, %k.exit27
  %task.next44 = add i64 %task21, 1
  br label %task.header18, !llvm.loop !9

k.header25:                                       ; preds = %k.body26, %then22
  %k28 = phi i64 [ 0, %then22 ], [ %k.next32, %k.body26 ]
  %590 = icmp slt i64 %k28, 64
  br i1 %590, label %k.body26, label %k.exit27

k.body26:                                         ; preds = %k.header25
  %591 = mul i64 %k28, 16
  %592 = add i64 %588, %591
  %593 = add i64 %592, 0
  %594 = getelementptr inbounds float, float* %580, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = add i64 %592, 8
  %598 = getelementptr inbounds float, float* %580, i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = add i64 %586, 0
  %602 = mul i64 %601, 64
  %603 = add i64 %602, %k28
  %604 = getelementptr inbounds float, float* %578, i64 %603
  %605 = load float, float* %604, align 4
  %606 = insertelement <8 x float> undef, float %605, i32 0
  %splat29 = shufflevector <8 x float> %606, <8 x float> undef, <8 x i32> zeroinitializer
  %607 = load <8 x float>, <8 x float>* %24, align 32
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %596, <8 x float> %607)
  store <8 x float> %608, <8 x float>* %24, align 32
  %609 = load <8 x float>, <8 x float>* %21, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %600, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %21, align 32
  %611 = add i64 %586, 1
  %612 = mul i64 %611, 64
  %613 = add i64 %612, %k28
  %614 = getelementptr inbounds float, float* %578, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat30 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %23, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %596, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %23, align 32
  %619 = load <8 x float>, <8 x float>* %20, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %600, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %20, align 32
  %621 = add i64 %586, 2
  %622 = mul i64 %621, 64
  %623 = add i64 %622, %k28
  %624 = getelementptr inbounds float, float* %578, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat31 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %22, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %596, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %22, align 32
  %629 = load <8 x float>, <8 x float>* %19, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %600, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %19, align 32
  %k.next32 = add i64 %k28, 1
  br label %k.header25

k.exit27:                                         ; preds = %k.header25
  %631 = add i64 %586, 0
  %632 = add i64 %587, 0
  %633 = load <8 x float>, <8 x float>* %24, align 32
  %634 = mul i64 %631, 128
  %635 = add i64 %634, %632
  %636 = add i64 %582, %635
  %637 = getelementptr inbounds float, float* %2, i64 %636
  %638 = bitcast float* %637 to <8 x float>*
  store <8 x float> %633, <8 x float>* %638, align 4
  %639 = add i64 %586, 1
  %640 = add i64 %587, 0
  %641 = load <8 x float>, <8 x float>* %23, align 32
  %642 = mul i64 %639, 128
  %643 = add i64 %642, %640
  %644 = add i64 %582, %643
  %645 = getelementptr inbounds float, float* %2, i64 %644
  %646 = bitcast float* %645 to <8 x float>*
  store <8 x float> %641, <8 x float>* %646, align 4
  %647 = add i64 %586, 2
  %648 = add i64 %587, 0
  %649 = load <8 x float>, <8 x float>* %22, align 32
  %650 = mul i64 %647, 128
  %651 = add i64 %650, %648
  %652 = add i64 %582, %651
  %653 = getelementptr inbounds float, float* %2, i64 %652
  %654 = bitcast float* %653 to <8 x float>*
  store <8 x float> %649, <8 x float>* %654, align 4
  %655 = add i64 %586, 0
  %656 = add i64 %587, 8
  %657 = load <8 x float>, <8 x float>* %21, align 32
  %658 = mul i64 %655, 128
  %659 = add i64 %658, %656
  %660 = add i64 %582, %659
  %661 = getelementptr inbounds float, float* %2, i64 %660
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %657, <8 x float>* %662, align 4
  %663 = add i64 %586, 1
  %664 = add i64 %587, 8
  %665 = load <8 x float>, <8 x float>* %20, align 32
  %666 = mul i64 %663, 128
  %667 = add i64 %666, %664
  %668 = add i64 %582, %667
  %669 = getelementptr inbounds float, float* %2, i64 %668
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %665, <8 x float>* %670, align 4
  %671 = add i64 %586, 2
  %672 = add i64 %587, 8
  %673 = load <8 x float>, <8 x float>* %19, align 32
  %674 = mul i64 %671, 128
  %675 = add i64 %674, %672
  %676 = add i64 %582, %675
  %677 = getelementptr inbounds float, float* %2, i64 %676
  %678 = bitcast float* %677 to <8 x float>*
  store <8 x float> %673, <8 x float>* %678, align 4
  br label %endif24

k.header33:                                       ; preds = %k.body34, %else23
  %k36 = phi i64 [ 0, %else23 ], [ %k.next43, %k.body34 ]
  %679 = icmp slt i64 %k36, 64
  br i1 %679, label %k.body34, label %k.exit35

k.body34:                                         ; preds = %k.header33
  %680 = mul i64 %k36, 16
  %681 = add i64 %588, %680
  %682 = add i64 %681, 0
  %683 = getelementptr inbounds float, float* %580, i64 %682
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = add i64 %681, 8
  %687 = getelementptr inbounds float, float* %580, i64 %686
  %688 = bitcast float* %687 to <8 x float>*
  %689 = load <8 x float>, <8 x float>* %688, align 4
  %690 = add i64 %586, 0
  %691 = mul i64 %690, 64
  %692 = add i64 %691, %k36
  %693 = getelementptr inbounds float, float* %578, i64 %692
  %694 = load float, float* %693, align 4
  %695 = insertelement <8 x float> undef, float %694, i32 0
  %splat37 = shufflevector <8 x float> %695, <8 x float> undef, <8 x i32> zeroinitializer
  %696 = load <8 x float>, <8 x float>* %18, align 32
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %685, <8 x float> %696)
  store <8 x float> %697, <8 x float>* %18, align 32
  %698 = load <8 x float>, <8 x float>* %12, align 32
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %689, <8 x float> %698)
  store <8 x float> %699, <8 x float>* %12, align 32
  %700 = add i64 %586, 1
  %701 = mul i64 %700, 64
  %702 = add i64 %701, %k36
  %703 = getelementptr inbounds float, float* %578, i64 %702
  %704 = load float, float* %703, align 4
  %705 = insertelement <8 x float> undef, float %704, i32 0
  %splat38 = shufflevector <8 x float> %705, <8 x float> undef, <8 x i32> zeroinitializer
  %706 = load <8 x float>, <8 x float>* %17, align 32
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %685, <8 x float> %706)
  store <8 x float> %707, <8 x float>* %17, align 32
  %708 = load <8 x float>, <8 x float>* %11, align 32
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %689, <8 x float> %708)
  store <8 x float> %709, <8 x float>* %11, align 32
  %710 = add i64 %586, 2
  %711 = mul i64 %710, 64
  %712 = add i64 %711, %k36
  %713 = getelementptr inbounds float, float* %578, i64 %712
  %714 = load float, float* %713, align 4
  %715 = insertelement <8 x float> undef, float %714, i32 0
  %splat39 = shufflevector <8 x float> %715, <8 x float> undef, <8 x i32> zeroinitializer
  %716 = load <8 x float>, <8 x float>* %16, align 32
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %685, <8 x float> %716)
  store <8 x float> %717, <8 x float>* %16, align 32
  %718 = load <8 x float>, <8 x float>* %10, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %689, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %10, align 32
  %720 = add i64 %586, 3
  %721 = mul i64 %720, 64
  %722 = add i64 %721, %k36
  %723 = getelementptr inbounds float, float* %578, i64 %722
  %724 = load float, float* %723, align 4
  %725 = insertelement <8 x float> undef, float %724, i32 0
  %splat40 = shufflevector <8 x float> %725, <8 x float> undef, <8 x i32> zeroinitializer
  %726 = load <8 x float>, <8 x float>* %15, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %685, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %15, align 32
  %728 = load <8 x float>, <8 x float>* %9, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %689, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %9, align 32
  %730 = add i64 %586, 4
  %731 = mul i64 %730, 64
  %732 = add i64 %731, %k36
  %733 = getelementptr inbounds float, float* %578, i64 %732
  %734 = load float, float* %733, align 4
  %735 = insertelement <8 x float> undef, float %734, i32 0
  %splat41 = shufflevector <8 x float> %735, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, <8 x float>* %14, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %685, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %14, align 32
  %738 = load <8 x float>, <8 x float>* %8, align 32
  %739 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %689, <8 x float> %738)
  store <8 x float> %739, <8 x float>* %8, align 32
  %740 = add i64 %586, 5
  %741 = mul i64 %740, 64
  %742 = add i64 %741, %k36
  %743 = getelementptr inbounds float, float* %578, i64 %742
  %744 = load float, float* %743, align 4
  %745 = insertelement <8 x float> undef, float %744, i32 0
  %splat42 = shufflevector <8 x float> %745, <8 x float> undef, <8 x i32> zeroinitializer
  %746 = load <8 x float>, <8 x float>* %13, align 32
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %685, <8 x float> %746)
  store <8 x float> %747, <8 x float>* %13, align 32
  %748 = load <8 x float>, <8 x float>* %7, align 32
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %689, <8 x float> %748)
  store <8 x float> %749, <8 x float>* %7, align 32
  %k.next43 = add i64 %k36, 1
  br label %k.header33

k.exit35:                                         ; preds = %k.header33
  %750 = add i64 %586, 0
  %751 = add i64 %587, 0
  %752 = load <8 x float>, <8 x float>* %18, align 32
  %753 = mul i64 %750, 128
  %754 = add i64 %753, %751
  %755 = add i64 %582, %754
  %756 = getelementptr inbounds float, float* %2, i64 %755
  %757 = bitcast float* %756 to <8 x float>*
  store <8 x float> %752, <8 x float>* %757, align 4
  %758 = add i64 %586, 1
  %759 = add i64 %587, 0
  %760 = load <8 x float>, <8 x float>* %17, align 32
  %761 = mul i64 %758, 128
  %762 = add i64 %761, %759
  %763 = add i64 %582, %762
  %764 = getelementptr inbounds float, float* %2, i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  store <8 x float> %760, <8 x float>* %765, align 4
  %766 = add i64 %586, 2
  %767 = add i64 %587, 0
  %768 = load <8 x float>, <8 x float>* %16, align 32
  %769 = mul i64 %766, 128
  %770 = add i64 %769, %767
  %771 = add i64 %582, %770
  %772 = getelementptr inbounds float, float* %2, i64 %771
  %773 = bitcast float* %772 to <8 x float>*
  store <8 x float> %768, <8 x float>* %773, align 4
  %774 = add i64 %586, 3
  %775 = add i64 %587, 0
  %776 = load <8 x float>, <8 x float>* %15, align 32
  %777 = mul i64 %774, 128
  %778 = add i64 %777, %775
  %779 = add i64 %582, %778
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  store <8 x float> %776, <8 x float>* %781, align 4
  %782 = add i64 %586, 4
  %783 = add i64 %587, 0
  %784 = load <8 x float>, <8 x float>* %14, align 32
  %785 = mul i64 %782, 128
  %786 = add i64 %785, %783
  %787 = add i64 %582, %786
  %788 = getelementptr inbounds float, float* %2, i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  store <8 x float> %784, <8 x float>* %789, align 4
  %790 = add i64 %586, 5
  %791 = add i64 %587, 0
  %792 = load <8 x float>, <8 x float>* %13, align 32
  %793 = mul i64 %790, 128
  %794 = add i64 %793, %791
  %795 = add i64 %582, %794
  %796 = getelementptr inbounds float, float* %2, i64 %795
  %797 = bitcast float* %796 to <8 x float>*
  store <8 x float> %792, <8 x float>* %797, align 4
  %798 = add i64 %586, 0
  %799 = add i64 %587, 8
  %800 = load <8 x float>, <8 x float>* %12, align 32
  %801 = mul i64 %798, 128
  %802 = add i64 %801, %799
  %803 = add i64 %582, %802
  %804 = getelementptr inbounds float, float* %2, i64 %803
  %805 = bitcast float* %804 to <8 x float>*
  store <8 x float> %800, <8 x float>* %805, align 4
  %806 = add i64 %586, 1
  %807 = add i64 %587, 8
  %808 = load <8 x float>, <8 x float>* %11, align 32
  %809 = mul i64 %806, 128
  %810 = add i64 %809, %807
  %811 = add i64 %582, %810
  %812 = getelementptr inbounds float, float* %2, i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  store <8 x float> %808, <8 x float>* %813, align 4
  %814 = add i64 %586, 2
  %815 = add i64 %587, 8
  %816 = load <8 x float>, <8 x float>* %10, align 32
  %817 = mul i64 %814, 128
  %818 = add i64 %817, %815
  %819 = add i64 %582, %818
  %820 = getelementptr inbounds float, float* %2, i64 %819
  %821 = bitcast float* %820 to <8 x float>*
  store <8 x float> %816, <8 x float>* %821, align 4
  %822 = add i64 %586, 3
  %823 = add i64 %587, 8
  %824 = load <8 x float>, <8 x float>* %9, align 32
  %825 = mul i64 %822, 128
  %826 = add i64 %825, %823
  %827 = add i64 %582, %826
  %828 = getelementptr inbounds float, float* %2, i64 %827
  %829 = bitcast float* %828 to <8 x float>*
  store <8 x float> %824, <8 x float>* %829, align 4
  %830 = add i64 %586, 4
  %831 = add i64 %587, 8
  %832 = load <8 x float>, <8 x float>* %8, align 32
  %833 = mul i64 %830, 128
  %834 = add i64 %833, %831
  %835 = add i64 %582, %834
  %836 = getelementptr inbounds float, float* %2, i64 %835
  %837 = bitcast float* %836 to <8 x float>*
  store <8 x float> %832, <8 x float>* %837, align 4
  %838 = add i64 %586, 5
  %839 = add i64 %587, 8
  %840 = load <8 x float>, <8 x float>* %7, align 32
  %841 = mul i64 %838, 128
  %842 = add i64 %841, %839
  %843 = add i64 %582, %842
  %844 = getelementptr inbounds float, float* %2, i64 %843
  %845 = bitcast float* %844 to <8 x float>*
  store <8 x float> %840, <8 x float>* %845, align 4
  br label %endif24

tile.header45:                                    ; preds = %block.exit, %endif
  %tile48 = phi i64 [ %272, %endif ], [ %tile.next54, %block.exit ]
  %846 = icmp slt i64 %tile48, %275
  br i1 %846, label %tile.body46, label %tile.exit47

tile.body46:                                      ; preds = %tile.header45
  %847 = add i64 %47, %tile48
  %848 = srem i64 %847, 28
  %849 = sdiv i64 %847, 28
  %850 = srem i64 %849, 28
  %851 = sdiv i64 %847, 784
  %852 = mul i64 %851, 16
  %853 = mul i64 %852, 100352
  %854 = mul i64 %850, 448
  %855 = mul i64 %848, 4
  %856 = add i64 %854, %855
  %857 = mul i64 %856, 8
  %858 = add i64 %853, %857
  %859 = mul i64 %tile48, 128
  %860 = add i64 1004544, %859
  %861 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit47:                                      ; preds = %tile.header45
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !10

block.header:                                     ; preds = %row.exit51, %tile.body46
  %block = phi i64 [ 0, %tile.body46 ], [ %block.next, %row.exit51 ]
  %862 = icmp slt i64 %block, 16
  br i1 %862, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %863 = mul i64 %block, 8
  %864 = add i64 %860, %863
  br label %row.header49

block.exit:                                       ; preds = %block.header
  %tile.next54 = add i64 %tile48, 1
  br label %tile.header45, !llvm.loop !11

row.header49:                                     ; preds = %row.body50, %block.body
  %row52 = phi i64 [ 0, %block.body ], [ %row.next53, %row.body50 ]
  %865 = icmp slt i64 %row52, 6
  br i1 %865, label %row.body50, label %row.exit51

row.body50:                                       ; preds = %row.header49
  %866 = mul i64 %row52, 57600
  %867 = add i64 %864, %866
  %868 = add i64 %867, 0
  %869 = getelementptr inbounds float, float* %2, i64 %868
  %870 = bitcast float* %869 to <8 x float>*
  %871 = load <8 x float>, <8 x float>* %870, align 4
  %872 = add i64 %867, 9600
  %873 = getelementptr inbounds float, float* %2, i64 %872
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = add i64 %867, 19200
  %877 = getelementptr inbounds float, float* %2, i64 %876
  %878 = bitcast float* %877 to <8 x float>*
  %879 = load <8 x float>, <8 x float>* %878, align 4
  %880 = add i64 %867, 28800
  %881 = getelementptr inbounds float, float* %2, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %867, 38400
  %885 = getelementptr inbounds float, float* %2, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = add i64 %867, 48000
  %889 = getelementptr inbounds float, float* %2, i64 %888
  %890 = bitcast float* %889 to <8 x float>*
  %891 = load <8 x float>, <8 x float>* %890, align 4
  %892 = fadd <8 x float> %875, %879
  %893 = fsub <8 x float> %875, %879
  %894 = fadd <8 x float> %883, %887
  %895 = fsub <8 x float> %883, %887
  %896 = fadd <8 x float> %871, %892
  %897 = fadd <8 x float> %896, %894
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %895, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %893)
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %892)
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %895, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %893)
  %901 = fadd <8 x float> %900, %891
  %902 = mul i64 %row52, 32
  %903 = add i64 %902, 0
  %904 = getelementptr inbounds float, float* %861, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  store <8 x float> %897, <8 x float>* %905, align 4
  %906 = mul i64 %row52, 32
  %907 = add i64 %906, 8
  %908 = getelementptr inbounds float, float* %861, i64 %907
  %909 = bitcast float* %908 to <8 x float>*
  store <8 x float> %898, <8 x float>* %909, align 4
  %910 = mul i64 %row52, 32
  %911 = add i64 %910, 16
  %912 = getelementptr inbounds float, float* %861, i64 %911
  %913 = bitcast float* %912 to <8 x float>*
  store <8 x float> %899, <8 x float>* %913, align 4
  %914 = mul i64 %row52, 32
  %915 = add i64 %914, 24
  %916 = getelementptr inbounds float, float* %861, i64 %915
  %917 = bitcast float* %916 to <8 x float>*
  store <8 x float> %901, <8 x float>* %917, align 4
  %row.next53 = add i64 %row52, 1
  br label %row.header49, !llvm.loop !12

row.exit51:                                       ; preds = %row.header49
  %918 = mul i64 %block, 8
  %919 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = mul i64 %block, 100352
  %923 = add i64 %858, %922
  %924 = getelementptr inbounds float, float* %861, i64 0
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = getelementptr inbounds float, float* %861, i64 32
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = getelementptr inbounds float, float* %861, i64 64
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = getelementptr inbounds float, float* %861, i64 96
  %934 = bitcast float* %933 to <8 x float>*
  %935 = load <8 x float>, <8 x float>* %934, align 4
  %936 = getelementptr inbounds float, float* %861, i64 128
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = getelementptr inbounds float, float* %861, i64 160
  %940 = bitcast float* %939 to <8 x float>*
  %941 = load <8 x float>, <8 x float>* %940, align 4
  %942 = fadd <8 x float> %929, %932
  %943 = fsub <8 x float> %929, %932
  %944 = fadd <8 x float> %935, %938
  %945 = fsub <8 x float> %935, %938
  %946 = fadd <8 x float> %926, %942
  %947 = fadd <8 x float> %946, %944
  %948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %943)
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %944, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %942)
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %943)
  %951 = fadd <8 x float> %950, %941
  %952 = add i64 %923, 0
  %953 = fadd <8 x float> %947, %921
  %954 = fcmp olt <8 x float> %953, zeroinitializer
  %955 = select <8 x i1> %954, <8 x float> zeroinitializer, <8 x float> %953
  %956 = getelementptr inbounds float, float* %0, i64 %952
  %957 = bitcast float* %956 to <8 x float>*
  store <8 x float> %955, <8 x float>* %957, align 4
  %958 = add i64 %923, 896
  %959 = fadd <8 x float> %948, %921
  %960 = fcmp olt <8 x float> %959, zeroinitializer
  %961 = select <8 x i1> %960, <8 x float> zeroinitializer, <8 x float> %959
  %962 = getelementptr inbounds float, float* %0, i64 %958
  %963 = bitcast float* %962 to <8 x float>*
  store <8 x float> %961, <8 x float>* %963, align 4
  %964 = add i64 %923, 1792
  %965 = fadd <8 x float> %949, %921
  %966 = fcmp olt <8 x float> %965, zeroinitializer
  %967 = select <8 x i1> %966, <8 x float> zeroinitializer, <8 x float> %965
  %968 = getelementptr inbounds float, float* %0, i64 %964
  %969 = bitcast float* %968 to <8 x float>*
  store <8 x float> %967, <8 x float>* %969, align 4
  %970 = add i64 %923, 2688
  %971 = fadd <8 x float> %951, %921
  %972 = fcmp olt <8 x float> %971, zeroinitializer
  %973 = select <8 x i1> %972, <8 x float> zeroinitializer, <8 x float> %971
  %974 = getelementptr inbounds float, float* %0, i64 %970
  %975 = bitcast float* %974 to <8 x float>*
  store <8 x float> %973, <8 x float>* %975, align 4
  %976 = getelementptr inbounds float, float* %861, i64 8
  %977 = bitcast float* %976 to <8 x float>*
  %978 = load <8 x float>, <8 x float>* %977, align 4
  %979 = getelementptr inbounds float, float* %861, i64 40
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = getelementptr inbounds float, float* %861, i64 72
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = getelementptr inbounds float, float* %861, i64 104
  %986 = bitcast float* %985 to <8 x float>*
  %987 = load <8 x float>, <8 x float>* %986, align 4
  %988 = getelementptr inbounds float, float* %861, i64 136
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = getelementptr inbounds float, float* %861, i64 168
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = fadd <8 x float> %981, %984
  %995 = fsub <8 x float> %981, %984
  %996 = fadd <8 x float> %987, %990
  %997 = fsub <8 x float> %987, %990
  %998 = fadd <8 x float> %978, %994
  %999 = fadd <8 x float> %998, %996
  %1000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %995)
  %1001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %994)
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %995)
  %1003 = fadd <8 x float> %1002, %993
  %1004 = add i64 %923, 8
  %1005 = fadd <8 x float> %999, %921
  %1006 = fcmp olt <8 x float> %1005, zeroinitializer
  %1007 = select <8 x i1> %1006, <8 x float> zeroinitializer, <8 x float> %1005
  %1008 = getelementptr inbounds float, float* %0, i64 %1004
  %1009 = bitcast float* %1008 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1009, align 4
  %1010 = add i64 %923, 904
  %1011 = fadd <8 x float> %1000, %921
  %1012 = fcmp olt <8 x float> %1011, zeroinitializer
  %1013 = select <8 x i1> %1012, <8 x float> zeroinitializer, <8 x float> %1011
  %1014 = getelementptr inbounds float, float* %0, i64 %1010
  %1015 = bitcast float* %1014 to <8 x float>*
  store <8 x float> %1013, <8 x float>* %1015, align 4
  %1016 = add i64 %923, 1800
  %1017 = fadd <8 x float> %1001, %921
  %1018 = fcmp olt <8 x float> %1017, zeroinitializer
  %1019 = select <8 x i1> %1018, <8 x float> zeroinitializer, <8 x float> %1017
  %1020 = getelementptr inbounds float, float* %0, i64 %1016
  %1021 = bitcast float* %1020 to <8 x float>*
  store <8 x float> %1019, <8 x float>* %1021, align 4
  %1022 = add i64 %923, 2696
  %1023 = fadd <8 x float> %1003, %921
  %1024 = fcmp olt <8 x float> %1023, zeroinitializer
  %1025 = select <8 x i1> %1024, <8 x float> zeroinitializer, <8 x float> %1023
  %1026 = getelementptr inbounds float, float* %0, i64 %1022
  %1027 = bitcast float* %1026 to <8 x float>*
  store <8 x float> %1025, <8 x float>* %1027, align 4
  %1028 = getelementptr inbounds float, float* %861, i64 16
  %1029 = bitcast float* %1028 to <8 x float>*
  %1030 = load <8 x float>, <8 x float>* %1029, align 4
  %1031 = getelementptr inbounds float, float* %861, i64 48
  %1032 = bitcast float* %1031 to <8 x float>*
  %1033 = load <8 x float>, <8 x float>* %1032, align 4
  %1034 = getelementptr inbounds float, float* %861, i64 80
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  %1037 = getelementptr inbounds float, float* %861, i64 112
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = getelementptr inbounds float, float* %861, i64 144
  %1041 = bitcast float* %1040 to <8 x float>*
  %1042 = load <8 x float>, <8 x float>* %1041, align 4
  %1043 = getelementptr inbounds float, float* %861, i64 176
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = fadd <8 x float> %1033, %1036
  %1047 = fsub <8 x float> %1033, %1036
  %1048 = fadd <8 x float> %1039, %1042
  %1049 = fsub <8 x float> %1039, %1042
  %1050 = fadd <8 x float> %1030, %1046
  %1051 = fadd <8 x float> %1050, %1048
  %1052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1049, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1047)
  %1053 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1048, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1046)
  %1054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1049, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1047)
  %1055 = fadd <8 x float> %1054, %1045
  %1056 = add i64 %923, 16
  %1057 = fadd <8 x float> %1051, %921
  %1058 = fcmp olt <8 x float> %1057, zeroinitializer
  %1059 = select <8 x i1> %1058, <8 x float> zeroinitializer, <8 x float> %1057
  %1060 = getelementptr inbounds float, float* %0, i64 %1056
  %1061 = bitcast float* %1060 to <8 x float>*
  store <8 x float> %1059, <8 x float>* %1061, align 4
  %1062 = add i64 %923, 912
  %1063 = fadd <8 x float> %1052, %921
  %1064 = fcmp olt <8 x float> %1063, zeroinitializer
  %1065 = select <8 x i1> %1064, <8 x float> zeroinitializer, <8 x float> %1063
  %1066 = getelementptr inbounds float, float* %0, i64 %1062
  %1067 = bitcast float* %1066 to <8 x float>*
  store <8 x float> %1065, <8 x float>* %1067, align 4
  %1068 = add i64 %923, 1808
  %1069 = fadd <8 x float> %1053, %921
  %1070 = fcmp olt <8 x float> %1069, zeroinitializer
  %1071 = select <8 x i1> %1070, <8 x float> zeroinitializer, <8 x float> %1069
  %1072 = getelementptr inbounds float, float* %0, i64 %1068
  %1073 = bitcast float* %1072 to <8 x float>*
  store <8 x float> %1071, <8 x float>* %1073, align 4
  %1074 = add i64 %923, 2704
  %1075 = fadd <8 x float> %1055, %921
  %1076 = fcmp olt <8 x float> %1075, zeroinitializer
  %1077 = select <8 x i1> %1076, <8 x float> zeroinitializer, <8 x float> %1075
  %1078 = getelementptr inbounds float, float* %0, i64 %1074
  %1079 = bitcast float* %1078 to <8 x float>*
  store <8 x float> %1077, <8 x float>* %1079, align 4
  %1080 = getelementptr inbounds float, float* %861, i64 24
  %1081 = bitcast float* %1080 to <8 x float>*
  %1082 = load <8 x float>, <8 x float>* %1081, align 4
  %1083 = getelementptr inbounds float, float* %861, i64 56
  %1084 = bitcast float* %1083 to <8 x float>*
  %1085 = load <8 x float>, <8 x float>* %1084, align 4
  %1086 = getelementptr inbounds float, float* %861, i64 88
  %1087 = bitcast float* %1086 to <8 x float>*
  %1088 = load <8 x float>, <8 x float>* %1087, align 4
  %1089 = getelementptr inbounds float, float* %861, i64 120
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = getelementptr inbounds float, float* %861, i64 152
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = getelementptr inbounds float, float* %861, i64 184
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = fadd <8 x float> %1085, %1088
  %1099 = fsub <8 x float> %1085, %1088
  %1100 = fadd <8 x float> %1091, %1094
  %1101 = fsub <8 x float> %1091, %1094
  %1102 = fadd <8 x float> %1082, %1098
  %1103 = fadd <8 x float> %1102, %1100
  %1104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1099)
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1098)
  %1106 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1099)
  %1107 = fadd <8 x float> %1106, %1097
  %1108 = add i64 %923, 24
  %1109 = fadd <8 x float> %1103, %921
  %1110 = fcmp olt <8 x float> %1109, zeroinitializer
  %1111 = select <8 x i1> %1110, <8 x float> zeroinitializer, <8 x float> %1109
  %1112 = getelementptr inbounds float, float* %0, i64 %1108
  %1113 = bitcast float* %1112 to <8 x float>*
  store <8 x float> %1111, <8 x float>* %1113, align 4
  %1114 = add i64 %923, 920
  %1115 = fadd <8 x float> %1104, %921
  %1116 = fcmp olt <8 x float> %1115, zeroinitializer
  %1117 = select <8 x i1> %1116, <8 x float> zeroinitializer, <8 x float> %1115
  %1118 = getelementptr inbounds float, float* %0, i64 %1114
  %1119 = bitcast float* %1118 to <8 x float>*
  store <8 x float> %1117, <8 x float>* %1119, align 4
  %1120 = add i64 %923, 1816
  %1121 = fadd <8 x float> %1105, %921
  %1122 = fcmp olt <8 x float> %1121, zeroinitializer
  %1123 = select <8 x i1> %1122, <8 x float> zeroinitializer, <8 x float> %1121
  %1124 = getelementptr inbounds float, float* %0, i64 %1120
  %1125 = bitcast float* %1124 to <8 x float>*
  store <8 x float> %1123, <8 x float>* %1125, align 4
  %1126 = add i64 %923, 2712
  %1127 = fadd <8 x float> %1107, %921
  %1128 = fcmp olt <8 x float> %1127, zeroinitializer
  %1129 = select <8 x i1> %1128, <8 x float> zeroinitializer, <8 x float> %1127
  %1130 = getelementptr inbounds float, float* %0, i64 %1126
  %1131 = bitcast float* %1130 to <8 x float>*
  store <8 x float> %1129, <8 x float>* %1131, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !13
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #5

; Function Attrs: noinline nounwind
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
  call void @node2.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = sdiv i64 %task, 56
  %12 = srem i64 %task, 56
  %13 = mul i64 %11, 100352
  %14 = getelementptr inbounds float, float* %1, i64 %13
  %15 = mul i64 %11, 56
  %16 = add i64 %15, %12
  %17 = mul i64 %16, 448
  %18 = getelementptr inbounds float, float* %0, i64 %17
  %19 = mul i64 %12, 2
  %20 = sub i64 %19, 0
  %21 = add i64 %20, 2
  %22 = icmp sgt i64 %20, 0
  %23 = select i1 %22, i64 %20, i64 0
  %24 = icmp slt i64 %21, 112
  %25 = select i1 %24, i64 %21, i64 112
  %26 = icmp slt i64 %21, 112
  %27 = select i1 %26, i64 %21, i64 112
  %28 = sub i64 %27, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 56
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
  %33 = mul i64 %r, 112
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
  store <8 x float> %46, <8 x float>* %9, align 32
  %47 = load <8 x float>, <8 x float>* %8, align 32
  %48 = add i64 %35, 16
  %49 = getelementptr inbounds float, float* %14, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %47, <8 x float> %51)
  %53 = add i64 %35, 24
  %54 = getelementptr inbounds float, float* %14, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %52, <8 x float> %56)
  store <8 x float> %57, <8 x float>* %8, align 32
  %58 = load <8 x float>, <8 x float>* %7, align 32
  %59 = add i64 %35, 32
  %60 = getelementptr inbounds float, float* %14, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %58, <8 x float> %62)
  %64 = add i64 %35, 40
  %65 = getelementptr inbounds float, float* %14, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> %67)
  store <8 x float> %68, <8 x float>* %7, align 32
  %69 = load <8 x float>, <8 x float>* %6, align 32
  %70 = add i64 %35, 48
  %71 = getelementptr inbounds float, float* %14, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %69, <8 x float> %73)
  %75 = add i64 %35, 56
  %76 = getelementptr inbounds float, float* %14, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %74, <8 x float> %78)
  store <8 x float> %79, <8 x float>* %6, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %80 = load <8 x float>, <8 x float>* %9, align 32
  %81 = add i64 %x, 0
  %82 = mul i64 %81, 8
  %83 = getelementptr inbounds float, float* %18, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = load <8 x float>, <8 x float>* %8, align 32
  %86 = add i64 %x, 1
  %87 = mul i64 %86, 8
  %88 = getelementptr inbounds float, float* %18, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %85, <8 x float>* %89, align 4
  %90 = load <8 x float>, <8 x float>* %7, align 32
  %91 = add i64 %x, 2
  %92 = mul i64 %91, 8
  %93 = getelementptr inbounds float, float* %18, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %6, align 32
  %96 = add i64 %x, 3
  %97 = mul i64 %96, 8
  %98 = getelementptr inbounds float, float* %18, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %95, <8 x float>* %99, align 4
  %x.next = add i64 %x, 4
  br label %x.header
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit17, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit17 ]
  %28 = icmp slt i64 %group, 1
  br i1 %28, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %29 = mul i64 %group, 196
  %30 = sub i64 196, %29
  %31 = icmp slt i64 196, %30
  %32 = select i1 %31, i64 196, i64 %30
  %33 = sub i64 %5, 1
  %34 = add i64 %32, %33
  %35 = sdiv i64 %34, %5
  %36 = mul i64 %4, %35
  %37 = icmp slt i64 %36, %32
  %38 = select i1 %37, i64 %36, i64 %32
  %39 = add i64 %38, %35
  %40 = icmp slt i64 %39, %32
  %41 = select i1 %40, i64 %39, i64 %32
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %38, %group.body ], [ %tile.next, %unit.exit ]
  %42 = icmp slt i64 %tile, %41
  br i1 %42, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %43 = add i64 %29, %tile
  %44 = srem i64 %43, 14
  %45 = sdiv i64 %43, 14
  %46 = srem i64 %45, 14
  %47 = sdiv i64 %43, 196
  %48 = mul i64 %47, 16
  %49 = mul i64 %48, 26912
  %50 = mul i64 %46, 232
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 128
  %56 = add i64 430592, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 19008, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 19008
  %63 = select i1 %62, i64 %61, i64 19008
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 19008
  %66 = select i1 %65, i64 %64, i64 19008
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 16
  br i1 %67, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %68 = mul i64 %unit, 26912
  %69 = add i64 %54, %68
  %70 = add i64 %69, 80
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to i8*
  call void @llvm.prefetch.p0i8(i8* %72, i32 0, i32 3, i32 1)
  %73 = add i64 %69, 96
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to i8*
  call void @llvm.prefetch.p0i8(i8* %75, i32 0, i32 3, i32 1)
  %76 = add i64 %69, 544
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to i8*
  call void @llvm.prefetch.p0i8(i8* %78, i32 0, i32 3, i32 1)
  %79 = add i64 %69, 560
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to i8*
  call void @llvm.prefetch.p0i8(i8* %81, i32 0, i32 3, i32 1)
  %82 = add i64 %69, 1008
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to i8*
  call void @llvm.prefetch.p0i8(i8* %84, i32 0, i32 3, i32 1)
  %85 = add i64 %69, 1024
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to i8*
  call void @llvm.prefetch.p0i8(i8* %87, i32 0, i32 3, i32 1)
  %88 = add i64 %69, 1472
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to i8*
  call void @llvm.prefetch.p0i8(i8* %90, i32 0, i32 3, i32 1)
  %91 = add i64 %69, 1488
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to i8*
  call void @llvm.prefetch.p0i8(i8* %93, i32 0, i32 3, i32 1)
  %94 = add i64 %69, 1936
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to i8*
  call void @llvm.prefetch.p0i8(i8* %96, i32 0, i32 3, i32 1)
  %97 = add i64 %69, 1952
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to i8*
  call void @llvm.prefetch.p0i8(i8* %99, i32 0, i32 3, i32 1)
  %100 = add i64 %69, 2400
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to i8*
  call void @llvm.prefetch.p0i8(i8* %102, i32 0, i32 3, i32 1)
  %103 = add i64 %69, 2416
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to i8*
  call void @llvm.prefetch.p0i8(i8* %105, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !14

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %106 = icmp slt i64 %column, 6
  br i1 %106, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %107 = mul i64 %column, 8
  %108 = add i64 %69, %107
  %109 = add i64 %108, 0
  %110 = getelementptr inbounds float, float* %2, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = add i64 %108, 464
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %108, 928
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %108, 1392
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %108, 1856
  %126 = getelementptr inbounds float, float* %2, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = add i64 %108, 2320
  %130 = getelementptr inbounds float, float* %2, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = fmul <8 x float> %120, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %134 = fmul <8 x float> %116, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %135 = fsub <8 x float> %128, %133
  %136 = fsub <8 x float> %124, %134
  %137 = fsub <8 x float> %128, %120
  %138 = fsub <8 x float> %124, %116
  %139 = fmul <8 x float> %138, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %128)
  %141 = fmul <8 x float> %120, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %142 = fadd <8 x float> %140, %141
  %143 = fadd <8 x float> %135, %136
  %144 = fsub <8 x float> %135, %136
  %145 = fadd <8 x float> %137, %139
  %146 = fsub <8 x float> %137, %139
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %132)
  %148 = fmul <8 x float> %124, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %149 = fadd <8 x float> %147, %148
  %150 = mul i64 %column, 8
  %151 = add i64 %150, 0
  %152 = getelementptr inbounds float, float* %57, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %142, <8 x float>* %153, align 4
  %154 = mul i64 %column, 8
  %155 = add i64 %154, 48
  %156 = getelementptr inbounds float, float* %57, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %143, <8 x float>* %157, align 4
  %158 = mul i64 %column, 8
  %159 = add i64 %158, 96
  %160 = getelementptr inbounds float, float* %57, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %144, <8 x float>* %161, align 4
  %162 = mul i64 %column, 8
  %163 = add i64 %162, 144
  %164 = getelementptr inbounds float, float* %57, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %145, <8 x float>* %165, align 4
  %166 = mul i64 %column, 8
  %167 = add i64 %166, 192
  %168 = getelementptr inbounds float, float* %57, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %146, <8 x float>* %169, align 4
  %170 = mul i64 %column, 8
  %171 = add i64 %170, 240
  %172 = getelementptr inbounds float, float* %57, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %149, <8 x float>* %173, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !15

column.exit:                                      ; preds = %column.header
  %174 = mul i64 %unit, 8
  %175 = add i64 %56, %174
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %176 = icmp slt i64 %row, 6
  br i1 %176, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %177 = mul i64 %row, 48
  %178 = add i64 %177, 0
  %179 = getelementptr inbounds float, float* %57, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %177, 8
  %183 = getelementptr inbounds float, float* %57, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = add i64 %177, 16
  %187 = getelementptr inbounds float, float* %57, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %177, 24
  %191 = getelementptr inbounds float, float* %57, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %177, 32
  %195 = getelementptr inbounds float, float* %57, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %177, 40
  %199 = getelementptr inbounds float, float* %57, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = fmul <8 x float> %189, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %203 = fmul <8 x float> %185, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %204 = fsub <8 x float> %197, %202
  %205 = fsub <8 x float> %193, %203
  %206 = fsub <8 x float> %197, %189
  %207 = fsub <8 x float> %193, %185
  %208 = fmul <8 x float> %207, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %197)
  %210 = fmul <8 x float> %189, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %211 = fadd <8 x float> %209, %210
  %212 = fadd <8 x float> %204, %205
  %213 = fsub <8 x float> %204, %205
  %214 = fadd <8 x float> %206, %208
  %215 = fsub <8 x float> %206, %208
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %201)
  %217 = fmul <8 x float> %193, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %218 = fadd <8 x float> %216, %217
  %219 = mul i64 %row, 150528
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 25088
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 50176
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 75264
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 100352
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 125440
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !16

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !17

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 528
  %241 = mul i64 %240, 25088
  %242 = add i64 430592, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 32768
  %245 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_3.winograd to float*), i64 %244
  %246 = mul i64 %240, 50176
  %247 = add i64 1333760, %246
  %248 = srem i64 %task, 528
  %249 = sdiv i64 %248, 16
  %250 = srem i64 %248, 16
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 2048
  %254 = icmp eq i64 %249, 32
  br i1 %254, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %255 = sub i64 %5, 1
  %256 = add i64 %32, %255
  %257 = sdiv i64 %256, %5
  %258 = mul i64 %4, %257
  %259 = icmp slt i64 %258, %32
  %260 = select i1 %259, i64 %258, i64 %32
  %261 = add i64 %260, %257
  %262 = icmp slt i64 %261, %32
  %263 = select i1 %262, i64 %261, i64 %32
  br label %tile.header15

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
  br label %task.header, !llvm.loop !18

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 128
  br i1 %264, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %265 = mul i64 %k, 16
  %266 = add i64 %253, %265
  %267 = add i64 %266, 0
  %268 = getelementptr inbounds float, float* %245, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = add i64 %266, 8
  %272 = getelementptr inbounds float, float* %245, i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = add i64 %251, 0
  %276 = mul i64 %275, 128
  %277 = add i64 %276, %k
  %278 = getelementptr inbounds float, float* %243, i64 %277
  %279 = load float, float* %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i32 0
  %splat = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %270, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %26, align 32
  %283 = load <8 x float>, <8 x float>* %22, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %274, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %22, align 32
  %285 = add i64 %251, 1
  %286 = mul i64 %285, 128
  %287 = add i64 %286, %k
  %288 = getelementptr inbounds float, float* %243, i64 %287
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i32 0
  %splat1 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %291 = load <8 x float>, <8 x float>* %25, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %270, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %25, align 32
  %293 = load <8 x float>, <8 x float>* %21, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %274, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %21, align 32
  %295 = add i64 %251, 2
  %296 = mul i64 %295, 128
  %297 = add i64 %296, %k
  %298 = getelementptr inbounds float, float* %243, i64 %297
  %299 = load float, float* %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %splat2 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %301 = load <8 x float>, <8 x float>* %24, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %270, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %24, align 32
  %303 = load <8 x float>, <8 x float>* %20, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %274, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %20, align 32
  %305 = add i64 %251, 3
  %306 = mul i64 %305, 128
  %307 = add i64 %306, %k
  %308 = getelementptr inbounds float, float* %243, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat3 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %23, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %270, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %23, align 32
  %313 = load <8 x float>, <8 x float>* %19, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %274, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %315 = add i64 %251, 0
  %316 = add i64 %252, 0
  %317 = load <8 x float>, <8 x float>* %26, align 32
  %318 = mul i64 %315, 256
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 256
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 256
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 256
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 256
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 256
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 256
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 256
  %375 = add i64 %374, %372
  %376 = add i64 %247, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %379 = icmp slt i64 %k7, 128
  br i1 %379, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %380 = mul i64 %k7, 16
  %381 = add i64 %253, %380
  %382 = add i64 %381, 0
  %383 = getelementptr inbounds float, float* %245, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %381, 8
  %387 = getelementptr inbounds float, float* %245, i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = add i64 %251, 0
  %391 = mul i64 %390, 128
  %392 = add i64 %391, %k7
  %393 = getelementptr inbounds float, float* %243, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat8 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %18, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %385, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %18, align 32
  %398 = load <8 x float>, <8 x float>* %12, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %389, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %12, align 32
  %400 = add i64 %251, 1
  %401 = mul i64 %400, 128
  %402 = add i64 %401, %k7
  %403 = getelementptr inbounds float, float* %243, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat9 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %385, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = load <8 x float>, <8 x float>* %11, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %389, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %11, align 32
  %410 = add i64 %251, 2
  %411 = mul i64 %410, 128
  %412 = add i64 %411, %k7
  %413 = getelementptr inbounds float, float* %243, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat10 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %385, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = load <8 x float>, <8 x float>* %10, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %389, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %10, align 32
  %420 = add i64 %251, 3
  %421 = mul i64 %420, 128
  %422 = add i64 %421, %k7
  %423 = getelementptr inbounds float, float* %243, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat11 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %385, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %15, align 32
  %428 = load <8 x float>, <8 x float>* %9, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %389, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %9, align 32
  %430 = add i64 %251, 4
  %431 = mul i64 %430, 128
  %432 = add i64 %431, %k7
  %433 = getelementptr inbounds float, float* %243, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat12 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %14, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %385, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %14, align 32
  %438 = load <8 x float>, <8 x float>* %8, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %389, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %8, align 32
  %440 = add i64 %251, 5
  %441 = mul i64 %440, 128
  %442 = add i64 %441, %k7
  %443 = getelementptr inbounds float, float* %243, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat13 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %13, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %385, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %13, align 32
  %448 = load <8 x float>, <8 x float>* %7, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %389, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %450 = add i64 %251, 0
  %451 = add i64 %252, 0
  %452 = load <8 x float>, <8 x float>* %18, align 32
  %453 = mul i64 %450, 256
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 256
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 256
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 256
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 256
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 256
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 256
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 256
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 256
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 256
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 256
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 256
  %542 = add i64 %541, %539
  %543 = add i64 %247, %542
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  store <8 x float> %540, <8 x float>* %545, align 4
  br label %endif

tile.header15:                                    ; preds = %block.exit, %task.exit
  %tile18 = phi i64 [ %260, %task.exit ], [ %tile.next24, %block.exit ]
  %546 = icmp slt i64 %tile18, %263
  br i1 %546, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %547 = add i64 %29, %tile18
  %548 = srem i64 %547, 14
  %549 = sdiv i64 %547, 14
  %550 = srem i64 %549, 14
  %551 = sdiv i64 %547, 196
  %552 = mul i64 %551, 32
  %553 = mul i64 %552, 25088
  %554 = mul i64 %550, 224
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 256
  %560 = add i64 1333760, %559
  %561 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !19

block.header:                                     ; preds = %row.exit21, %tile.body16
  %block = phi i64 [ 0, %tile.body16 ], [ %block.next, %row.exit21 ]
  %562 = icmp slt i64 %block, 32
  br i1 %562, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %563 = mul i64 %block, 8
  %564 = add i64 %560, %563
  br label %row.header19

block.exit:                                       ; preds = %block.header
  %tile.next24 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !20

row.header19:                                     ; preds = %row.body20, %block.body
  %row22 = phi i64 [ 0, %block.body ], [ %row.next23, %row.body20 ]
  %565 = icmp slt i64 %row22, 6
  br i1 %565, label %row.body20, label %row.exit21

row.body20:                                       ; preds = %row.header19
  %566 = mul i64 %row22, 301056
  %567 = add i64 %564, %566
  %568 = add i64 %567, 0
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = bitcast float* %569 to <8 x float>*
  %571 = load <8 x float>, <8 x float>* %570, align 4
  %572 = add i64 %567, 50176
  %573 = getelementptr inbounds float, float* %2, i64 %572
  %574 = bitcast float* %573 to <8 x float>*
  %575 = load <8 x float>, <8 x float>* %574, align 4
  %576 = add i64 %567, 100352
  %577 = getelementptr inbounds float, float* %2, i64 %576
  %578 = bitcast float* %577 to <8 x float>*
  %579 = load <8 x float>, <8 x float>* %578, align 4
  %580 = add i64 %567, 150528
  %581 = getelementptr inbounds float, float* %2, i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %567, 200704
  %585 = getelementptr inbounds float, float* %2, i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %567, 250880
  %589 = getelementptr inbounds float, float* %2, i64 %588
  %590 = bitcast float* %589 to <8 x float>*
  %591 = load <8 x float>, <8 x float>* %590, align 4
  %592 = fadd <8 x float> %575, %579
  %593 = fsub <8 x float> %575, %579
  %594 = fadd <8 x float> %583, %587
  %595 = fsub <8 x float> %583, %587
  %596 = fadd <8 x float> %571, %592
  %597 = fadd <8 x float> %596, %594
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %593)
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %592)
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %593)
  %601 = fadd <8 x float> %600, %591
  %602 = mul i64 %row22, 32
  %603 = add i64 %602, 0
  %604 = getelementptr inbounds float, float* %561, i64 %603
  %605 = bitcast float* %604 to <8 x float>*
  store <8 x float> %597, <8 x float>* %605, align 4
  %606 = mul i64 %row22, 32
  %607 = add i64 %606, 8
  %608 = getelementptr inbounds float, float* %561, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  store <8 x float> %598, <8 x float>* %609, align 4
  %610 = mul i64 %row22, 32
  %611 = add i64 %610, 16
  %612 = getelementptr inbounds float, float* %561, i64 %611
  %613 = bitcast float* %612 to <8 x float>*
  store <8 x float> %599, <8 x float>* %613, align 4
  %614 = mul i64 %row22, 32
  %615 = add i64 %614, 24
  %616 = getelementptr inbounds float, float* %561, i64 %615
  %617 = bitcast float* %616 to <8 x float>*
  store <8 x float> %601, <8 x float>* %617, align 4
  %row.next23 = add i64 %row22, 1
  br label %row.header19, !llvm.loop !21

row.exit21:                                       ; preds = %row.header19
  %618 = mul i64 %block, 8
  %619 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %618
  %620 = bitcast float* %619 to <8 x float>*
  %621 = load <8 x float>, <8 x float>* %620, align 4
  %622 = mul i64 %block, 25088
  %623 = add i64 %558, %622
  %624 = getelementptr inbounds float, float* %561, i64 0
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = getelementptr inbounds float, float* %561, i64 32
  %628 = bitcast float* %627 to <8 x float>*
  %629 = load <8 x float>, <8 x float>* %628, align 4
  %630 = getelementptr inbounds float, float* %561, i64 64
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = getelementptr inbounds float, float* %561, i64 96
  %634 = bitcast float* %633 to <8 x float>*
  %635 = load <8 x float>, <8 x float>* %634, align 4
  %636 = getelementptr inbounds float, float* %561, i64 128
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = getelementptr inbounds float, float* %561, i64 160
  %640 = bitcast float* %639 to <8 x float>*
  %641 = load <8 x float>, <8 x float>* %640, align 4
  %642 = fadd <8 x float> %629, %632
  %643 = fsub <8 x float> %629, %632
  %644 = fadd <8 x float> %635, %638
  %645 = fsub <8 x float> %635, %638
  %646 = fadd <8 x float> %626, %642
  %647 = fadd <8 x float> %646, %644
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %645, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %643)
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %642)
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %645, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %643)
  %651 = fadd <8 x float> %650, %641
  %652 = add i64 %623, 0
  %653 = fadd <8 x float> %647, %621
  %654 = fcmp olt <8 x float> %653, zeroinitializer
  %655 = select <8 x i1> %654, <8 x float> zeroinitializer, <8 x float> %653
  %656 = getelementptr inbounds float, float* %0, i64 %652
  %657 = bitcast float* %656 to <8 x float>*
  store <8 x float> %655, <8 x float>* %657, align 4
  %658 = add i64 %623, 448
  %659 = fadd <8 x float> %648, %621
  %660 = fcmp olt <8 x float> %659, zeroinitializer
  %661 = select <8 x i1> %660, <8 x float> zeroinitializer, <8 x float> %659
  %662 = getelementptr inbounds float, float* %0, i64 %658
  %663 = bitcast float* %662 to <8 x float>*
  store <8 x float> %661, <8 x float>* %663, align 4
  %664 = add i64 %623, 896
  %665 = fadd <8 x float> %649, %621
  %666 = fcmp olt <8 x float> %665, zeroinitializer
  %667 = select <8 x i1> %666, <8 x float> zeroinitializer, <8 x float> %665
  %668 = getelementptr inbounds float, float* %0, i64 %664
  %669 = bitcast float* %668 to <8 x float>*
  store <8 x float> %667, <8 x float>* %669, align 4
  %670 = add i64 %623, 1344
  %671 = fadd <8 x float> %651, %621
  %672 = fcmp olt <8 x float> %671, zeroinitializer
  %673 = select <8 x i1> %672, <8 x float> zeroinitializer, <8 x float> %671
  %674 = getelementptr inbounds float, float* %0, i64 %670
  %675 = bitcast float* %674 to <8 x float>*
  store <8 x float> %673, <8 x float>* %675, align 4
  %676 = getelementptr inbounds float, float* %561, i64 8
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = getelementptr inbounds float, float* %561, i64 40
  %680 = bitcast float* %679 to <8 x float>*
  %681 = load <8 x float>, <8 x float>* %680, align 4
  %682 = getelementptr inbounds float, float* %561, i64 72
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = getelementptr inbounds float, float* %561, i64 104
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = getelementptr inbounds float, float* %561, i64 136
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = getelementptr inbounds float, float* %561, i64 168
  %692 = bitcast float* %691 to <8 x float>*
  %693 = load <8 x float>, <8 x float>* %692, align 4
  %694 = fadd <8 x float> %681, %684
  %695 = fsub <8 x float> %681, %684
  %696 = fadd <8 x float> %687, %690
  %697 = fsub <8 x float> %687, %690
  %698 = fadd <8 x float> %678, %694
  %699 = fadd <8 x float> %698, %696
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %695)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %694)
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %695)
  %703 = fadd <8 x float> %702, %693
  %704 = add i64 %623, 8
  %705 = fadd <8 x float> %699, %621
  %706 = fcmp olt <8 x float> %705, zeroinitializer
  %707 = select <8 x i1> %706, <8 x float> zeroinitializer, <8 x float> %705
  %708 = getelementptr inbounds float, float* %0, i64 %704
  %709 = bitcast float* %708 to <8 x float>*
  store <8 x float> %707, <8 x float>* %709, align 4
  %710 = add i64 %623, 456
  %711 = fadd <8 x float> %700, %621
  %712 = fcmp olt <8 x float> %711, zeroinitializer
  %713 = select <8 x i1> %712, <8 x float> zeroinitializer, <8 x float> %711
  %714 = getelementptr inbounds float, float* %0, i64 %710
  %715 = bitcast float* %714 to <8 x float>*
  store <8 x float> %713, <8 x float>* %715, align 4
  %716 = add i64 %623, 904
  %717 = fadd <8 x float> %701, %621
  %718 = fcmp olt <8 x float> %717, zeroinitializer
  %719 = select <8 x i1> %718, <8 x float> zeroinitializer, <8 x float> %717
  %720 = getelementptr inbounds float, float* %0, i64 %716
  %721 = bitcast float* %720 to <8 x float>*
  store <8 x float> %719, <8 x float>* %721, align 4
  %722 = add i64 %623, 1352
  %723 = fadd <8 x float> %703, %621
  %724 = fcmp olt <8 x float> %723, zeroinitializer
  %725 = select <8 x i1> %724, <8 x float> zeroinitializer, <8 x float> %723
  %726 = getelementptr inbounds float, float* %0, i64 %722
  %727 = bitcast float* %726 to <8 x float>*
  store <8 x float> %725, <8 x float>* %727, align 4
  %728 = getelementptr inbounds float, float* %561, i64 16
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = getelementptr inbounds float, float* %561, i64 48
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = getelementptr inbounds float, float* %561, i64 80
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = getelementptr inbounds float, float* %561, i64 112
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = getelementptr inbounds float, float* %561, i64 144
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = getelementptr inbounds float, float* %561, i64 176
  %744 = bitcast float* %743 to <8 x float>*
  %745 = load <8 x float>, <8 x float>* %744, align 4
  %746 = fadd <8 x float> %733, %736
  %747 = fsub <8 x float> %733, %736
  %748 = fadd <8 x float> %739, %742
  %749 = fsub <8 x float> %739, %742
  %750 = fadd <8 x float> %730, %746
  %751 = fadd <8 x float> %750, %748
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %749, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %747)
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %746)
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %749, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %747)
  %755 = fadd <8 x float> %754, %745
  %756 = add i64 %623, 16
  %757 = fadd <8 x float> %751, %621
  %758 = fcmp olt <8 x float> %757, zeroinitializer
  %759 = select <8 x i1> %758, <8 x float> zeroinitializer, <8 x float> %757
  %760 = getelementptr inbounds float, float* %0, i64 %756
  %761 = bitcast float* %760 to <8 x float>*
  store <8 x float> %759, <8 x float>* %761, align 4
  %762 = add i64 %623, 464
  %763 = fadd <8 x float> %752, %621
  %764 = fcmp olt <8 x float> %763, zeroinitializer
  %765 = select <8 x i1> %764, <8 x float> zeroinitializer, <8 x float> %763
  %766 = getelementptr inbounds float, float* %0, i64 %762
  %767 = bitcast float* %766 to <8 x float>*
  store <8 x float> %765, <8 x float>* %767, align 4
  %768 = add i64 %623, 912
  %769 = fadd <8 x float> %753, %621
  %770 = fcmp olt <8 x float> %769, zeroinitializer
  %771 = select <8 x i1> %770, <8 x float> zeroinitializer, <8 x float> %769
  %772 = getelementptr inbounds float, float* %0, i64 %768
  %773 = bitcast float* %772 to <8 x float>*
  store <8 x float> %771, <8 x float>* %773, align 4
  %774 = add i64 %623, 1360
  %775 = fadd <8 x float> %755, %621
  %776 = fcmp olt <8 x float> %775, zeroinitializer
  %777 = select <8 x i1> %776, <8 x float> zeroinitializer, <8 x float> %775
  %778 = getelementptr inbounds float, float* %0, i64 %774
  %779 = bitcast float* %778 to <8 x float>*
  store <8 x float> %777, <8 x float>* %779, align 4
  %780 = getelementptr inbounds float, float* %561, i64 24
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = getelementptr inbounds float, float* %561, i64 56
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = getelementptr inbounds float, float* %561, i64 88
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = getelementptr inbounds float, float* %561, i64 120
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = getelementptr inbounds float, float* %561, i64 152
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = getelementptr inbounds float, float* %561, i64 184
  %796 = bitcast float* %795 to <8 x float>*
  %797 = load <8 x float>, <8 x float>* %796, align 4
  %798 = fadd <8 x float> %785, %788
  %799 = fsub <8 x float> %785, %788
  %800 = fadd <8 x float> %791, %794
  %801 = fsub <8 x float> %791, %794
  %802 = fadd <8 x float> %782, %798
  %803 = fadd <8 x float> %802, %800
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %801, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %799)
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %800, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %798)
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %801, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %799)
  %807 = fadd <8 x float> %806, %797
  %808 = add i64 %623, 24
  %809 = fadd <8 x float> %803, %621
  %810 = fcmp olt <8 x float> %809, zeroinitializer
  %811 = select <8 x i1> %810, <8 x float> zeroinitializer, <8 x float> %809
  %812 = getelementptr inbounds float, float* %0, i64 %808
  %813 = bitcast float* %812 to <8 x float>*
  store <8 x float> %811, <8 x float>* %813, align 4
  %814 = add i64 %623, 472
  %815 = fadd <8 x float> %804, %621
  %816 = fcmp olt <8 x float> %815, zeroinitializer
  %817 = select <8 x i1> %816, <8 x float> zeroinitializer, <8 x float> %815
  %818 = getelementptr inbounds float, float* %0, i64 %814
  %819 = bitcast float* %818 to <8 x float>*
  store <8 x float> %817, <8 x float>* %819, align 4
  %820 = add i64 %623, 920
  %821 = fadd <8 x float> %805, %621
  %822 = fcmp olt <8 x float> %821, zeroinitializer
  %823 = select <8 x i1> %822, <8 x float> zeroinitializer, <8 x float> %821
  %824 = getelementptr inbounds float, float* %0, i64 %820
  %825 = bitcast float* %824 to <8 x float>*
  store <8 x float> %823, <8 x float>* %825, align 4
  %826 = add i64 %623, 1368
  %827 = fadd <8 x float> %807, %621
  %828 = fcmp olt <8 x float> %827, zeroinitializer
  %829 = select <8 x i1> %828, <8 x float> zeroinitializer, <8 x float> %827
  %830 = getelementptr inbounds float, float* %0, i64 %826
  %831 = bitcast float* %830 to <8 x float>*
  store <8 x float> %829, <8 x float>* %831, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !22
}

; Function Attrs: noinline nounwind
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
  call void @node4.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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

; Function Attrs: noinline nounwind
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
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit17, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit17 ]
  %28 = icmp slt i64 %group, 1
  br i1 %28, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %29 = mul i64 %group, 196
  %30 = sub i64 196, %29
  %31 = icmp slt i64 196, %30
  %32 = select i1 %31, i64 196, i64 %30
  %33 = sub i64 %5, 1
  %34 = add i64 %32, %33
  %35 = sdiv i64 %34, %5
  %36 = mul i64 %4, %35
  %37 = icmp slt i64 %36, %32
  %38 = select i1 %37, i64 %36, i64 %32
  %39 = add i64 %38, %35
  %40 = icmp slt i64 %39, %32
  %41 = select i1 %40, i64 %39, i64 %32
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %38, %group.body ], [ %tile.next, %unit.exit ]
  %42 = icmp slt i64 %tile, %41
  br i1 %42, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %43 = add i64 %29, %tile
  %44 = srem i64 %43, 14
  %45 = sdiv i64 %43, 14
  %46 = srem i64 %45, 14
  %47 = sdiv i64 %43, 196
  %48 = mul i64 %47, 32
  %49 = mul i64 %48, 26912
  %50 = mul i64 %46, 232
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 256
  %56 = add i64 861184, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 19008, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 19008
  %63 = select i1 %62, i64 %61, i64 19008
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 19008
  %66 = select i1 %65, i64 %64, i64 19008
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 32
  br i1 %67, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %68 = mul i64 %unit, 26912
  %69 = add i64 %54, %68
  %70 = add i64 %69, 80
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to i8*
  call void @llvm.prefetch.p0i8(i8* %72, i32 0, i32 3, i32 1)
  %73 = add i64 %69, 96
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to i8*
  call void @llvm.prefetch.p0i8(i8* %75, i32 0, i32 3, i32 1)
  %76 = add i64 %69, 544
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to i8*
  call void @llvm.prefetch.p0i8(i8* %78, i32 0, i32 3, i32 1)
  %79 = add i64 %69, 560
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to i8*
  call void @llvm.prefetch.p0i8(i8* %81, i32 0, i32 3, i32 1)
  %82 = add i64 %69, 1008
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to i8*
  call void @llvm.prefetch.p0i8(i8* %84, i32 0, i32 3, i32 1)
  %85 = add i64 %69, 1024
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to i8*
  call void @llvm.prefetch.p0i8(i8* %87, i32 0, i32 3, i32 1)
  %88 = add i64 %69, 1472
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to i8*
  call void @llvm.prefetch.p0i8(i8* %90, i32 0, i32 3, i32 1)
  %91 = add i64 %69, 1488
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to i8*
  call void @llvm.prefetch.p0i8(i8* %93, i32 0, i32 3, i32 1)
  %94 = add i64 %69, 1936
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to i8*
  call void @llvm.prefetch.p0i8(i8* %96, i32 0, i32 3, i32 1)
  %97 = add i64 %69, 1952
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to i8*
  call void @llvm.prefetch.p0i8(i8* %99, i32 0, i32 3, i32 1)
  %100 = add i64 %69, 2400
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to i8*
  call void @llvm.prefetch.p0i8(i8* %102, i32 0, i32 3, i32 1)
  %103 = add i64 %69, 2416
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to i8*
  call void @llvm.prefetch.p0i8(i8* %105, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !23

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %106 = icmp slt i64 %column, 6
  br i1 %106, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %107 = mul i64 %column, 8
  %108 = add i64 %69, %107
  %109 = add i64 %108, 0
  %110 = getelementptr inbounds float, float* %2, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = add i64 %108, 464
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %108, 928
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %108, 1392
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %108, 1856
  %126 = getelementptr inbounds float, float* %2, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = add i64 %108, 2320
  %130 = getelementptr inbounds float, float* %2, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = fmul <8 x float> %120, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %134 = fmul <8 x float> %116, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %135 = fsub <8 x float> %128, %133
  %136 = fsub <8 x float> %124, %134
  %137 = fsub <8 x float> %128, %120
  %138 = fsub <8 x float> %124, %116
  %139 = fmul <8 x float> %138, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %128)
  %141 = fmul <8 x float> %120, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %142 = fadd <8 x float> %140, %141
  %143 = fadd <8 x float> %135, %136
  %144 = fsub <8 x float> %135, %136
  %145 = fadd <8 x float> %137, %139
  %146 = fsub <8 x float> %137, %139
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %132)
  %148 = fmul <8 x float> %124, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %149 = fadd <8 x float> %147, %148
  %150 = mul i64 %column, 8
  %151 = add i64 %150, 0
  %152 = getelementptr inbounds float, float* %57, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %142, <8 x float>* %153, align 4
  %154 = mul i64 %column, 8
  %155 = add i64 %154, 48
  %156 = getelementptr inbounds float, float* %57, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %143, <8 x float>* %157, align 4
  %158 = mul i64 %column, 8
  %159 = add i64 %158, 96
  %160 = getelementptr inbounds float, float* %57, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %144, <8 x float>* %161, align 4
  %162 = mul i64 %column, 8
  %163 = add i64 %162, 144
  %164 = getelementptr inbounds float, float* %57, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %145, <8 x float>* %165, align 4
  %166 = mul i64 %column, 8
  %167 = add i64 %166, 192
  %168 = getelementptr inbounds float, float* %57, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %146, <8 x float>* %169, align 4
  %170 = mul i64 %column, 8
  %171 = add i64 %170, 240
  %172 = getelementptr inbounds float, float* %57, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %149, <8 x float>* %173, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !24

column.exit:                                      ; preds = %column.header
  %174 = mul i64 %unit, 8
  %175 = add i64 %56, %174
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %176 = icmp slt i64 %row, 6
  br i1 %176, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %177 = mul i64 %row, 48
  %178 = add i64 %177, 0
  %179 = getelementptr inbounds float, float* %57, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %177, 8
  %183 = getelementptr inbounds float, float* %57, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = add i64 %177, 16
  %187 = getelementptr inbounds float, float* %57, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %177, 24
  %191 = getelementptr inbounds float, float* %57, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %177, 32
  %195 = getelementptr inbounds float, float* %57, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %177, 40
  %199 = getelementptr inbounds float, float* %57, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = fmul <8 x float> %189, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %203 = fmul <8 x float> %185, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %204 = fsub <8 x float> %197, %202
  %205 = fsub <8 x float> %193, %203
  %206 = fsub <8 x float> %197, %189
  %207 = fsub <8 x float> %193, %185
  %208 = fmul <8 x float> %207, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %197)
  %210 = fmul <8 x float> %189, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %211 = fadd <8 x float> %209, %210
  %212 = fadd <8 x float> %204, %205
  %213 = fsub <8 x float> %204, %205
  %214 = fadd <8 x float> %206, %208
  %215 = fsub <8 x float> %206, %208
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %201)
  %217 = fmul <8 x float> %193, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %218 = fadd <8 x float> %216, %217
  %219 = mul i64 %row, 301056
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 50176
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 100352
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 150528
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 200704
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 250880
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !25

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !26

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 528
  %241 = mul i64 %240, 50176
  %242 = add i64 861184, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 65536
  %245 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_4.winograd to float*), i64 %244
  %246 = mul i64 %240, 50176
  %247 = add i64 2667520, %246
  %248 = srem i64 %task, 528
  %249 = sdiv i64 %248, 16
  %250 = srem i64 %248, 16
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 4096
  %254 = icmp eq i64 %249, 32
  br i1 %254, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %255 = sub i64 %5, 1
  %256 = add i64 %32, %255
  %257 = sdiv i64 %256, %5
  %258 = mul i64 %4, %257
  %259 = icmp slt i64 %258, %32
  %260 = select i1 %259, i64 %258, i64 %32
  %261 = add i64 %260, %257
  %262 = icmp slt i64 %261, %32
  %263 = select i1 %262, i64 %261, i64 %32
  br label %tile.header15

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
  br label %task.header, !llvm.loop !27

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 256
  br i1 %264, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %265 = mul i64 %k, 16
  %266 = add i64 %253, %265
  %267 = add i64 %266, 0
  %268 = getelementptr inbounds float, float* %245, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = add i64 %266, 8
  %272 = getelementptr inbounds float, float* %245, i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = add i64 %251, 0
  %276 = mul i64 %275, 256
  %277 = add i64 %276, %k
  %278 = getelementptr inbounds float, float* %243, i64 %277
  %279 = load float, float* %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i32 0
  %splat = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %270, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %26, align 32
  %283 = load <8 x float>, <8 x float>* %22, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %274, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %22, align 32
  %285 = add i64 %251, 1
  %286 = mul i64 %285, 256
  %287 = add i64 %286, %k
  %288 = getelementptr inbounds float, float* %243, i64 %287
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i32 0
  %splat1 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %291 = load <8 x float>, <8 x float>* %25, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %270, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %25, align 32
  %293 = load <8 x float>, <8 x float>* %21, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %274, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %21, align 32
  %295 = add i64 %251, 2
  %296 = mul i64 %295, 256
  %297 = add i64 %296, %k
  %298 = getelementptr inbounds float, float* %243, i64 %297
  %299 = load float, float* %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %splat2 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %301 = load <8 x float>, <8 x float>* %24, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %270, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %24, align 32
  %303 = load <8 x float>, <8 x float>* %20, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %274, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %20, align 32
  %305 = add i64 %251, 3
  %306 = mul i64 %305, 256
  %307 = add i64 %306, %k
  %308 = getelementptr inbounds float, float* %243, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat3 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %23, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %270, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %23, align 32
  %313 = load <8 x float>, <8 x float>* %19, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %274, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %315 = add i64 %251, 0
  %316 = add i64 %252, 0
  %317 = load <8 x float>, <8 x float>* %26, align 32
  %318 = mul i64 %315, 256
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 256
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 256
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 256
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 256
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 256
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 256
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 256
  %375 = add i64 %374, %372
  %376 = add i64 %247, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %379 = icmp slt i64 %k7, 256
  br i1 %379, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %380 = mul i64 %k7, 16
  %381 = add i64 %253, %380
  %382 = add i64 %381, 0
  %383 = getelementptr inbounds float, float* %245, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %381, 8
  %387 = getelementptr inbounds float, float* %245, i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = add i64 %251, 0
  %391 = mul i64 %390, 256
  %392 = add i64 %391, %k7
  %393 = getelementptr inbounds float, float* %243, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat8 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %18, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %385, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %18, align 32
  %398 = load <8 x float>, <8 x float>* %12, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %389, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %12, align 32
  %400 = add i64 %251, 1
  %401 = mul i64 %400, 256
  %402 = add i64 %401, %k7
  %403 = getelementptr inbounds float, float* %243, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat9 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %385, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = load <8 x float>, <8 x float>* %11, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %389, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %11, align 32
  %410 = add i64 %251, 2
  %411 = mul i64 %410, 256
  %412 = add i64 %411, %k7
  %413 = getelementptr inbounds float, float* %243, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat10 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %385, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = load <8 x float>, <8 x float>* %10, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %389, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %10, align 32
  %420 = add i64 %251, 3
  %421 = mul i64 %420, 256
  %422 = add i64 %421, %k7
  %423 = getelementptr inbounds float, float* %243, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat11 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %385, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %15, align 32
  %428 = load <8 x float>, <8 x float>* %9, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %389, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %9, align 32
  %430 = add i64 %251, 4
  %431 = mul i64 %430, 256
  %432 = add i64 %431, %k7
  %433 = getelementptr inbounds float, float* %243, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat12 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %14, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %385, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %14, align 32
  %438 = load <8 x float>, <8 x float>* %8, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %389, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %8, align 32
  %440 = add i64 %251, 5
  %441 = mul i64 %440, 256
  %442 = add i64 %441, %k7
  %443 = getelementptr inbounds float, float* %243, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat13 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %13, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %385, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %13, align 32
  %448 = load <8 x float>, <8 x float>* %7, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %389, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %450 = add i64 %251, 0
  %451 = add i64 %252, 0
  %452 = load <8 x float>, <8 x float>* %18, align 32
  %453 = mul i64 %450, 256
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 256
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 256
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 256
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 256
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 256
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 256
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 256
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 256
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 256
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 256
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 256
  %542 = add i64 %541, %539
  %543 = add i64 %247, %542
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  store <8 x float> %540, <8 x float>* %545, align 4
  br label %endif

tile.header15:                                    ; preds = %block.exit, %task.exit
  %tile18 = phi i64 [ %260, %task.exit ], [ %tile.next24, %block.exit ]
  %546 = icmp slt i64 %tile18, %263
  br i1 %546, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %547 = add i64 %29, %tile18
  %548 = srem i64 %547, 14
  %549 = sdiv i64 %547, 14
  %550 = srem i64 %549, 14
  %551 = sdiv i64 %547, 196
  %552 = mul i64 %551, 32
  %553 = mul i64 %552, 25088
  %554 = mul i64 %550, 224
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 256
  %560 = add i64 2667520, %559
  %561 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !28

block.header:                                     ; preds = %row.exit21, %tile.body16
  %block = phi i64 [ 0, %tile.body16 ], [ %block.next, %row.exit21 ]
  %562 = icmp slt i64 %block, 32
  br i1 %562, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %563 = mul i64 %block, 8
  %564 = add i64 %560, %563
  br label %row.header19

block.exit:                                       ; preds = %block.header
  %tile.next24 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !29

row.header19:                                     ; preds = %row.body20, %block.body
  %row22 = phi i64 [ 0, %block.body ], [ %row.next23, %row.body20 ]
  %565 = icmp slt i64 %row22, 6
  br i1 %565, label %row.body20, label %row.exit21

row.body20:                                       ; preds = %row.header19
  %566 = mul i64 %row22, 301056
  %567 = add i64 %564, %566
  %568 = add i64 %567, 0
  %569 = getelementptr inbounds float, float* %2, i64 %568
  %570 = bitcast float* %569 to <8 x float>*
  %571 = load <8 x float>, <8 x float>* %570, align 4
  %572 = add i64 %567, 50176
  %573 = getelementptr inbounds float, float* %2, i64 %572
  %574 = bitcast float* %573 to <8 x float>*
  %575 = load <8 x float>, <8 x float>* %574, align 4
  %576 = add i64 %567, 100352
  %577 = getelementptr inbounds float, float* %2, i64 %576
  %578 = bitcast float* %577 to <8 x float>*
  %579 = load <8 x float>, <8 x float>* %578, align 4
  %580 = add i64 %567, 150528
  %581 = getelementptr inbounds float, float* %2, i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  %583 = load <8 x float>, <8 x float>* %582, align 4
  %584 = add i64 %567, 200704
  %585 = getelementptr inbounds float, float* %2, i64 %584
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = add i64 %567, 250880
  %589 = getelementptr inbounds float, float* %2, i64 %588
  %590 = bitcast float* %589 to <8 x float>*
  %591 = load <8 x float>, <8 x float>* %590, align 4
  %592 = fadd <8 x float> %575, %579
  %593 = fsub <8 x float> %575, %579
  %594 = fadd <8 x float> %583, %587
  %595 = fsub <8 x float> %583, %587
  %596 = fadd <8 x float> %571, %592
  %597 = fadd <8 x float> %596, %594
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %593)
  %599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %592)
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %593)
  %601 = fadd <8 x float> %600, %591
  %602 = mul i64 %row22, 32
  %603 = add i64 %602, 0
  %604 = getelementptr inbounds float, float* %561, i64 %603
  %605 = bitcast float* %604 to <8 x float>*
  store <8 x float> %597, <8 x float>* %605, align 4
  %606 = mul i64 %row22, 32
  %607 = add i64 %606, 8
  %608 = getelementptr inbounds float, float* %561, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  store <8 x float> %598, <8 x float>* %609, align 4
  %610 = mul i64 %row22, 32
  %611 = add i64 %610, 16
  %612 = getelementptr inbounds float, float* %561, i64 %611
  %613 = bitcast float* %612 to <8 x float>*
  store <8 x float> %599, <8 x float>* %613, align 4
  %614 = mul i64 %row22, 32
  %615 = add i64 %614, 24
  %616 = getelementptr inbounds float, float* %561, i64 %615
  %617 = bitcast float* %616 to <8 x float>*
  store <8 x float> %601, <8 x float>* %617, align 4
  %row.next23 = add i64 %row22, 1
  br label %row.header19, !llvm.loop !30

row.exit21:                                       ; preds = %row.header19
  %618 = mul i64 %block, 8
  %619 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %618
  %620 = bitcast float* %619 to <8 x float>*
  %621 = load <8 x float>, <8 x float>* %620, align 4
  %622 = mul i64 %block, 25088
  %623 = add i64 %558, %622
  %624 = getelementptr inbounds float, float* %561, i64 0
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = getelementptr inbounds float, float* %561, i64 32
  %628 = bitcast float* %627 to <8 x float>*
  %629 = load <8 x float>, <8 x float>* %628, align 4
  %630 = getelementptr inbounds float, float* %561, i64 64
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = getelementptr inbounds float, float* %561, i64 96
  %634 = bitcast float* %633 to <8 x float>*
  %635 = load <8 x float>, <8 x float>* %634, align 4
  %636 = getelementptr inbounds float, float* %561, i64 128
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = getelementptr inbounds float, float* %561, i64 160
  %640 = bitcast float* %639 to <8 x float>*
  %641 = load <8 x float>, <8 x float>* %640, align 4
  %642 = fadd <8 x float> %629, %632
  %643 = fsub <8 x float> %629, %632
  %644 = fadd <8 x float> %635, %638
  %645 = fsub <8 x float> %635, %638
  %646 = fadd <8 x float> %626, %642
  %647 = fadd <8 x float> %646, %644
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %645, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %643)
  %649 = call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %642)
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %645, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %643)
  %651 = fadd <8 x float> %650, %641
  %652 = add i64 %623, 0
  %653 = fadd <8 x float> %647, %621
  %654 = fcmp olt <8 x float> %653, zeroinitializer
  %655 = select <8 x i1> %654, <8 x float> zeroinitializer, <8 x float> %653
  %656 = getelementptr inbounds float, float* %0, i64 %652
  %657 = bitcast float* %656 to <8 x float>*
  store <8 x float> %655, <8 x float>* %657, align 4
  %658 = add i64 %623, 448
  %659 = fadd <8 x float> %648, %621
  %660 = fcmp olt <8 x float> %659, zeroinitializer
  %661 = select <8 x i1> %660, <8 x float> zeroinitializer, <8 x float> %659
  %662 = getelementptr inbounds float, float* %0, i64 %658
  %663 = bitcast float* %662 to <8 x float>*
  store <8 x float> %661, <8 x float>* %663, align 4
  %664 = add i64 %623, 896
  %665 = fadd <8 x float> %649, %621
  %666 = fcmp olt <8 x float> %665, zeroinitializer
  %667 = select <8 x i1> %666, <8 x float> zeroinitializer, <8 x float> %665
  %668 = getelementptr inbounds float, float* %0, i64 %664
  %669 = bitcast float* %668 to <8 x float>*
  store <8 x float> %667, <8 x float>* %669, align 4
  %670 = add i64 %623, 1344
  %671 = fadd <8 x float> %651, %621
  %672 = fcmp olt <8 x float> %671, zeroinitializer
  %673 = select <8 x i1> %672, <8 x float> zeroinitializer, <8 x float> %671
  %674 = getelementptr inbounds float, float* %0, i64 %670
  %675 = bitcast float* %674 to <8 x float>*
  store <8 x float> %673, <8 x float>* %675, align 4
  %676 = getelementptr inbounds float, float* %561, i64 8
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = getelementptr inbounds float, float* %561, i64 40
  %680 = bitcast float* %679 to <8 x float>*
  %681 = load <8 x float>, <8 x float>* %680, align 4
  %682 = getelementptr inbounds float, float* %561, i64 72
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = getelementptr inbounds float, float* %561, i64 104
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = getelementptr inbounds float, float* %561, i64 136
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = getelementptr inbounds float, float* %561, i64 168
  %692 = bitcast float* %691 to <8 x float>*
  %693 = load <8 x float>, <8 x float>* %692, align 4
  %694 = fadd <8 x float> %681, %684
  %695 = fsub <8 x float> %681, %684
  %696 = fadd <8 x float> %687, %690
  %697 = fsub <8 x float> %687, %690
  %698 = fadd <8 x float> %678, %694
  %699 = fadd <8 x float> %698, %696
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %695)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %694)
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %695)
  %703 = fadd <8 x float> %702, %693
  %704 = add i64 %623, 8
  %705 = fadd <8 x float> %699, %621
  %706 = fcmp olt <8 x float> %705, zeroinitializer
  %707 = select <8 x i1> %706, <8 x float> zeroinitializer, <8 x float> %705
  %708 = getelementptr inbounds float, float* %0, i64 %704
  %709 = bitcast float* %708 to <8 x float>*
  store <8 x float> %707, <8 x float>* %709, align 4
  %710 = add i64 %623, 456
  %711 = fadd <8 x float> %700, %621
  %712 = fcmp olt <8 x float> %711, zeroinitializer
  %713 = select <8 x i1> %712, <8 x float> zeroinitializer, <8 x float> %711
  %714 = getelementptr inbounds float, float* %0, i64 %710
  %715 = bitcast float* %714 to <8 x float>*
  store <8 x float> %713, <8 x float>* %715, align 4
  %716 = add i64 %623, 904
  %717 = fadd <8 x float> %701, %621
  %718 = fcmp olt <8 x float> %717, zeroinitializer
  %719 = select <8 x i1> %718, <8 x float> zeroinitializer, <8 x float> %717
  %720 = getelementptr inbounds float, float* %0, i64 %716
  %721 = bitcast float* %720 to <8 x float>*
  store <8 x float> %719, <8 x float>* %721, align 4
  %722 = add i64 %623, 1352
  %723 = fadd <8 x float> %703, %621
  %724 = fcmp olt <8 x float> %723, zeroinitializer
  %725 = select <8 x i1> %724, <8 x float> zeroinitializer, <8 x float> %723
  %726 = getelementptr inbounds float, float* %0, i64 %722
  %727 = bitcast float* %726 to <8 x float>*
  store <8 x float> %725, <8 x float>* %727, align 4
  %728 = getelementptr inbounds float, float* %561, i64 16
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = getelementptr inbounds float, float* %561, i64 48
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = getelementptr inbounds float, float* %561, i64 80
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = getelementptr inbounds float, float* %561, i64 112
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = getelementptr inbounds float, float* %561, i64 144
  %741 = bitcast float* %740 to <8 x float>*
  %742 = load <8 x float>, <8 x float>* %741, align 4
  %743 = getelementptr inbounds float, float* %561, i64 176
  %744 = bitcast float* %743 to <8 x float>*
  %745 = load <8 x float>, <8 x float>* %744, align 4
  %746 = fadd <8 x float> %733, %736
  %747 = fsub <8 x float> %733, %736
  %748 = fadd <8 x float> %739, %742
  %749 = fsub <8 x float> %739, %742
  %750 = fadd <8 x float> %730, %746
  %751 = fadd <8 x float> %750, %748
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %749, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %747)
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %746)
  %754 = call <8 x float> @llvm.fma.v8f32(<8 x float> %749, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %747)
  %755 = fadd <8 x float> %754, %745
  %756 = add i64 %623, 16
  %757 = fadd <8 x float> %751, %621
  %758 = fcmp olt <8 x float> %757, zeroinitializer
  %759 = select <8 x i1> %758, <8 x float> zeroinitializer, <8 x float> %757
  %760 = getelementptr inbounds float, float* %0, i64 %756
  %761 = bitcast float* %760 to <8 x float>*
  store <8 x float> %759, <8 x float>* %761, align 4
  %762 = add i64 %623, 464
  %763 = fadd <8 x float> %752, %621
  %764 = fcmp olt <8 x float> %763, zeroinitializer
  %765 = select <8 x i1> %764, <8 x float> zeroinitializer, <8 x float> %763
  %766 = getelementptr inbounds float, float* %0, i64 %762
  %767 = bitcast float* %766 to <8 x float>*
  store <8 x float> %765, <8 x float>* %767, align 4
  %768 = add i64 %623, 912
  %769 = fadd <8 x float> %753, %621
  %770 = fcmp olt <8 x float> %769, zeroinitializer
  %771 = select <8 x i1> %770, <8 x float> zeroinitializer, <8 x float> %769
  %772 = getelementptr inbounds float, float* %0, i64 %768
  %773 = bitcast float* %772 to <8 x float>*
  store <8 x float> %771, <8 x float>* %773, align 4
  %774 = add i64 %623, 1360
  %775 = fadd <8 x float> %755, %621
  %776 = fcmp olt <8 x float> %775, zeroinitializer
  %777 = select <8 x i1> %776, <8 x float> zeroinitializer, <8 x float> %775
  %778 = getelementptr inbounds float, float* %0, i64 %774
  %779 = bitcast float* %778 to <8 x float>*
  store <8 x float> %777, <8 x float>* %779, align 4
  %780 = getelementptr inbounds float, float* %561, i64 24
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = getelementptr inbounds float, float* %561, i64 56
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = getelementptr inbounds float, float* %561, i64 88
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = getelementptr inbounds float, float* %561, i64 120
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = getelementptr inbounds float, float* %561, i64 152
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = getelementptr inbounds float, float* %561, i64 184
  %796 = bitcast float* %795 to <8 x float>*
  %797 = load <8 x float>, <8 x float>* %796, align 4
  %798 = fadd <8 x float> %785, %788
  %799 = fsub <8 x float> %785, %788
  %800 = fadd <8 x float> %791, %794
  %801 = fsub <8 x float> %791, %794
  %802 = fadd <8 x float> %782, %798
  %803 = fadd <8 x float> %802, %800
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %801, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %799)
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %800, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %798)
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %801, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %799)
  %807 = fadd <8 x float> %806, %797
  %808 = add i64 %623, 24
  %809 = fadd <8 x float> %803, %621
  %810 = fcmp olt <8 x float> %809, zeroinitializer
  %811 = select <8 x i1> %810, <8 x float> zeroinitializer, <8 x float> %809
  %812 = getelementptr inbounds float, float* %0, i64 %808
  %813 = bitcast float* %812 to <8 x float>*
  store <8 x float> %811, <8 x float>* %813, align 4
  %814 = add i64 %623, 472
  %815 = fadd <8 x float> %804, %621
  %816 = fcmp olt <8 x float> %815, zeroinitializer
  %817 = select <8 x i1> %816, <8 x float> zeroinitializer, <8 x float> %815
  %818 = getelementptr inbounds float, float* %0, i64 %814
  %819 = bitcast float* %818 to <8 x float>*
  store <8 x float> %817, <8 x float>* %819, align 4
  %820 = add i64 %623, 920
  %821 = fadd <8 x float> %805, %621
  %822 = fcmp olt <8 x float> %821, zeroinitializer
  %823 = select <8 x i1> %822, <8 x float> zeroinitializer, <8 x float> %821
  %824 = getelementptr inbounds float, float* %0, i64 %820
  %825 = bitcast float* %824 to <8 x float>*
  store <8 x float> %823, <8 x float>* %825, align 4
  %826 = add i64 %623, 1368
  %827 = fadd <8 x float> %807, %621
  %828 = fcmp olt <8 x float> %827, zeroinitializer
  %829 = select <8 x i1> %828, <8 x float> zeroinitializer, <8 x float> %827
  %830 = getelementptr inbounds float, float* %0, i64 %826
  %831 = bitcast float* %830 to <8 x float>*
  store <8 x float> %829, <8 x float>* %831, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !31
}

; Function Attrs: noinline nounwind
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
  call void @node5.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = sdiv i64 %task, 28
  %12 = srem i64 %task, 28
  %13 = mul i64 %11, 25088
  %14 = getelementptr inbounds float, float* %1, i64 %13
  %15 = mul i64 %11, 28
  %16 = add i64 %15, %12
  %17 = mul i64 %16, 224
  %18 = getelementptr inbounds float, float* %0, i64 %17
  %19 = mul i64 %12, 2
  %20 = sub i64 %19, 0
  %21 = add i64 %20, 2
  %22 = icmp sgt i64 %20, 0
  %23 = select i1 %22, i64 %20, i64 0
  %24 = icmp slt i64 %21, 56
  %25 = select i1 %24, i64 %21, i64 56
  %26 = icmp slt i64 %21, 56
  %27 = select i1 %26, i64 %21, i64 56
  %28 = sub i64 %27, %20
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %29 = icmp slt i64 %x, 28
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
  %33 = mul i64 %r, 56
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
  store <8 x float> %46, <8 x float>* %9, align 32
  %47 = load <8 x float>, <8 x float>* %8, align 32
  %48 = add i64 %35, 16
  %49 = getelementptr inbounds float, float* %14, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %47, <8 x float> %51)
  %53 = add i64 %35, 24
  %54 = getelementptr inbounds float, float* %14, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %52, <8 x float> %56)
  store <8 x float> %57, <8 x float>* %8, align 32
  %58 = load <8 x float>, <8 x float>* %7, align 32
  %59 = add i64 %35, 32
  %60 = getelementptr inbounds float, float* %14, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %58, <8 x float> %62)
  %64 = add i64 %35, 40
  %65 = getelementptr inbounds float, float* %14, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> %67)
  store <8 x float> %68, <8 x float>* %7, align 32
  %69 = load <8 x float>, <8 x float>* %6, align 32
  %70 = add i64 %35, 48
  %71 = getelementptr inbounds float, float* %14, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %69, <8 x float> %73)
  %75 = add i64 %35, 56
  %76 = getelementptr inbounds float, float* %14, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %74, <8 x float> %78)
  store <8 x float> %79, <8 x float>* %6, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %80 = load <8 x float>, <8 x float>* %9, align 32
  %81 = add i64 %x, 0
  %82 = mul i64 %81, 8
  %83 = getelementptr inbounds float, float* %18, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = load <8 x float>, <8 x float>* %8, align 32
  %86 = add i64 %x, 1
  %87 = mul i64 %86, 8
  %88 = getelementptr inbounds float, float* %18, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  store <8 x float> %85, <8 x float>* %89, align 4
  %90 = load <8 x float>, <8 x float>* %7, align 32
  %91 = add i64 %x, 2
  %92 = mul i64 %91, 8
  %93 = getelementptr inbounds float, float* %18, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = load <8 x float>, <8 x float>* %6, align 32
  %96 = add i64 %x, 3
  %97 = mul i64 %96, 8
  %98 = getelementptr inbounds float, float* %18, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %95, <8 x float>* %99, align 4
  %x.next = add i64 %x, 4
  br label %x.header
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
  %21 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit14, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit14 ]
  %22 = icmp slt i64 %group, 1
  br i1 %22, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %23 = mul i64 %group, 49
  %24 = sub i64 49, %23
  %25 = icmp slt i64 49, %24
  %26 = select i1 %25, i64 49, i64 %24
  %27 = sub i64 %5, 1
  %28 = add i64 %26, %27
  %29 = sdiv i64 %28, %5
  %30 = mul i64 %4, %29
  %31 = icmp slt i64 %30, %26
  %32 = select i1 %31, i64 %30, i64 %26
  %33 = add i64 %32, %29
  %34 = icmp slt i64 %33, %26
  %35 = select i1 %34, i64 %33, i64 %26
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %32, %group.body ], [ %tile.next, %unit.exit ]
  %36 = icmp slt i64 %tile, %35
  br i1 %36, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %37 = add i64 %23, %tile
  %38 = srem i64 %37, 7
  %39 = sdiv i64 %37, 7
  %40 = srem i64 %39, 7
  %41 = sdiv i64 %37, 49
  %42 = mul i64 %41, 32
  %43 = mul i64 %42, 7200
  %44 = mul i64 %40, 120
  %45 = mul i64 %38, 4
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 8
  %48 = add i64 %43, %47
  %49 = mul i64 %tile, 256
  %50 = add i64 230400, %49
  %51 = bitcast [288 x float]* %21 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %52 = sub i64 %5, 1
  %53 = add i64 10368, %52
  %54 = sdiv i64 %53, %5
  %55 = mul i64 %4, %54
  %56 = icmp slt i64 %55, 10368
  %57 = select i1 %56, i64 %55, i64 10368
  %58 = add i64 %57, %54
  %59 = icmp slt i64 %58, 10368
  %60 = select i1 %59, i64 %58, i64 10368
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %61 = icmp slt i64 %unit, 32
  br i1 %61, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %62 = mul i64 %unit, 7200
  %63 = add i64 %48, %62
  %64 = add i64 %63, 80
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to i8*
  call void @llvm.prefetch.p0i8(i8* %66, i32 0, i32 3, i32 1)
  %67 = add i64 %63, 96
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to i8*
  call void @llvm.prefetch.p0i8(i8* %69, i32 0, i32 3, i32 1)
  %70 = add i64 %63, 320
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to i8*
  call void @llvm.prefetch.p0i8(i8* %72, i32 0, i32 3, i32 1)
  %73 = add i64 %63, 336
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to i8*
  call void @llvm.prefetch.p0i8(i8* %75, i32 0, i32 3, i32 1)
  %76 = add i64 %63, 560
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to i8*
  call void @llvm.prefetch.p0i8(i8* %78, i32 0, i32 3, i32 1)
  %79 = add i64 %63, 576
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to i8*
  call void @llvm.prefetch.p0i8(i8* %81, i32 0, i32 3, i32 1)
  %82 = add i64 %63, 800
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to i8*
  call void @llvm.prefetch.p0i8(i8* %84, i32 0, i32 3, i32 1)
  %85 = add i64 %63, 816
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to i8*
  call void @llvm.prefetch.p0i8(i8* %87, i32 0, i32 3, i32 1)
  %88 = add i64 %63, 1040
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to i8*
  call void @llvm.prefetch.p0i8(i8* %90, i32 0, i32 3, i32 1)
  %91 = add i64 %63, 1056
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to i8*
  call void @llvm.prefetch.p0i8(i8* %93, i32 0, i32 3, i32 1)
  %94 = add i64 %63, 1280
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to i8*
  call void @llvm.prefetch.p0i8(i8* %96, i32 0, i32 3, i32 1)
  %97 = add i64 %63, 1296
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to i8*
  call void @llvm.prefetch.p0i8(i8* %99, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !32

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %100 = icmp slt i64 %column, 6
  br i1 %100, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %101 = mul i64 %column, 8
  %102 = add i64 %63, %101
  %103 = add i64 %102, 0
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = add i64 %102, 240
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %102, 480
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %102, 720
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %102, 960
  %120 = getelementptr inbounds float, float* %2, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %102, 1200
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = fmul <8 x float> %114, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %128 = fmul <8 x float> %110, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fsub <8 x float> %122, %127
  %130 = fsub <8 x float> %118, %128
  %131 = fsub <8 x float> %122, %114
  %132 = fsub <8 x float> %118, %110
  %133 = fmul <8 x float> %132, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %106, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %122)
  %135 = fmul <8 x float> %114, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %136 = fadd <8 x float> %134, %135
  %137 = fadd <8 x float> %129, %130
  %138 = fsub <8 x float> %129, %130
  %139 = fadd <8 x float> %131, %133
  %140 = fsub <8 x float> %131, %133
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %110, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %126)
  %142 = fmul <8 x float> %118, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %143 = fadd <8 x float> %141, %142
  %144 = mul i64 %column, 8
  %145 = add i64 %144, 0
  %146 = getelementptr inbounds float, float* %51, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %136, <8 x float>* %147, align 4
  %148 = mul i64 %column, 8
  %149 = add i64 %148, 48
  %150 = getelementptr inbounds float, float* %51, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %137, <8 x float>* %151, align 4
  %152 = mul i64 %column, 8
  %153 = add i64 %152, 96
  %154 = getelementptr inbounds float, float* %51, i64 %153
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %138, <8 x float>* %155, align 4
  %156 = mul i64 %column, 8
  %157 = add i64 %156, 144
  %158 = getelementptr inbounds float, float* %51, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %139, <8 x float>* %159, align 4
  %160 = mul i64 %column, 8
  %161 = add i64 %160, 192
  %162 = getelementptr inbounds float, float* %51, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %140, <8 x float>* %163, align 4
  %164 = mul i64 %column, 8
  %165 = add i64 %164, 240
  %166 = getelementptr inbounds float, float* %51, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %143, <8 x float>* %167, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !33

column.exit:                                      ; preds = %column.header
  %168 = mul i64 %unit, 8
  %169 = add i64 %50, %168
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %170 = icmp slt i64 %row, 6
  br i1 %170, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %171 = mul i64 %row, 48
  %172 = add i64 %171, 0
  %173 = getelementptr inbounds float, float* %51, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = add i64 %171, 8
  %177 = getelementptr inbounds float, float* %51, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  %180 = add i64 %171, 16
  %181 = getelementptr inbounds float, float* %51, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = add i64 %171, 24
  %185 = getelementptr inbounds float, float* %51, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = add i64 %171, 32
  %189 = getelementptr inbounds float, float* %51, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %171, 40
  %193 = getelementptr inbounds float, float* %51, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = fmul <8 x float> %183, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %197 = fmul <8 x float> %179, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fsub <8 x float> %191, %196
  %199 = fsub <8 x float> %187, %197
  %200 = fsub <8 x float> %191, %183
  %201 = fsub <8 x float> %187, %179
  %202 = fmul <8 x float> %201, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %191)
  %204 = fmul <8 x float> %183, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %205 = fadd <8 x float> %203, %204
  %206 = fadd <8 x float> %198, %199
  %207 = fsub <8 x float> %198, %199
  %208 = fadd <8 x float> %200, %202
  %209 = fsub <8 x float> %200, %202
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %195)
  %211 = fmul <8 x float> %187, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %212 = fadd <8 x float> %210, %211
  %213 = mul i64 %row, 75264
  %214 = add i64 %169, %213
  %215 = add i64 %214, 0
  %216 = getelementptr inbounds float, float* %2, i64 %215
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %205, <8 x float>* %217, align 4
  %218 = add i64 %214, 12544
  %219 = getelementptr inbounds float, float* %2, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  store <8 x float> %206, <8 x float>* %220, align 4
  %221 = add i64 %214, 25088
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %207, <8 x float>* %223, align 4
  %224 = add i64 %214, 37632
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %208, <8 x float>* %226, align 4
  %227 = add i64 %214, 50176
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %209, <8 x float>* %229, align 4
  %230 = add i64 %214, 62720
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %212, <8 x float>* %232, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !34

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !35

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %57, %tile.exit ], [ %task.next, %endif ]
  %233 = icmp slt i64 %task, %60
  br i1 %233, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %234 = sdiv i64 %task, 288
  %235 = mul i64 %234, 12544
  %236 = add i64 230400, %235
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = mul i64 %234, 131072
  %239 = getelementptr inbounds float, float* bitcast ([18874368 x i8]* @weight.conv2d_5.winograd to float*), i64 %238
  %240 = mul i64 %234, 25088
  %241 = add i64 681984, %240
  %242 = srem i64 %task, 288
  %243 = srem i64 %242, 9
  %244 = sdiv i64 %242, 9
  %245 = mul i64 %243, 6
  %246 = mul i64 %244, 16
  %247 = mul i64 %244, 4096
  %248 = icmp eq i64 %243, 8
  br i1 %248, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %249 = sub i64 %5, 1
  %250 = add i64 %26, %249
  %251 = sdiv i64 %250, %5
  %252 = mul i64 %4, %251
  %253 = icmp slt i64 %252, %26
  %254 = select i1 %253, i64 %252, i64 %26
  %255 = add i64 %254, %251
  %256 = icmp slt i64 %255, %26
  %257 = select i1 %256, i64 %255, i64 %26
  br label %tile.header12

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
  br label %task.header, !llvm.loop !36

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %258 = icmp slt i64 %k, 256
  br i1 %258, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %259 = mul i64 %k, 16
  %260 = add i64 %247, %259
  %261 = add i64 %260, 0
  %262 = getelementptr inbounds float, float* %239, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = add i64 %260, 8
  %266 = getelementptr inbounds float, float* %239, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  %268 = load <8 x float>, <8 x float>* %267, align 4
  %269 = add i64 %245, 0
  %270 = mul i64 %269, 256
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %237, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %20, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %264, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %20, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %268, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %245, 0
  %280 = add i64 %246, 0
  %281 = load <8 x float>, <8 x float>* %20, align 32
  %282 = mul i64 %279, 512
  %283 = add i64 %282, %280
  %284 = add i64 %241, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %245, 0
  %288 = add i64 %246, 8
  %289 = load <8 x float>, <8 x float>* %19, align 32
  %290 = mul i64 %287, 512
  %291 = add i64 %290, %288
  %292 = add i64 %241, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %295 = icmp slt i64 %k4, 256
  br i1 %295, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %296 = mul i64 %k4, 16
  %297 = add i64 %247, %296
  %298 = add i64 %297, 0
  %299 = getelementptr inbounds float, float* %239, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  %301 = load <8 x float>, <8 x float>* %300, align 4
  %302 = add i64 %297, 8
  %303 = getelementptr inbounds float, float* %239, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %245, 0
  %307 = mul i64 %306, 256
  %308 = add i64 %307, %k4
  %309 = getelementptr inbounds float, float* %237, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat5 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %18, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %301, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %18, align 32
  %314 = load <8 x float>, <8 x float>* %12, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %305, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %12, align 32
  %316 = add i64 %245, 1
  %317 = mul i64 %316, 256
  %318 = add i64 %317, %k4
  %319 = getelementptr inbounds float, float* %237, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat6 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %17, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %301, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %17, align 32
  %324 = load <8 x float>, <8 x float>* %11, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %305, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %11, align 32
  %326 = add i64 %245, 2
  %327 = mul i64 %326, 256
  %328 = add i64 %327, %k4
  %329 = getelementptr inbounds float, float* %237, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat7 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %16, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %301, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %16, align 32
  %334 = load <8 x float>, <8 x float>* %10, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %305, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %10, align 32
  %336 = add i64 %245, 3
  %337 = mul i64 %336, 256
  %338 = add i64 %337, %k4
  %339 = getelementptr inbounds float, float* %237, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat8 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %15, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %301, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %15, align 32
  %344 = load <8 x float>, <8 x float>* %9, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %305, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %9, align 32
  %346 = add i64 %245, 4
  %347 = mul i64 %346, 256
  %348 = add i64 %347, %k4
  %349 = getelementptr inbounds float, float* %237, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat9 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %14, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %301, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %14, align 32
  %354 = load <8 x float>, <8 x float>* %8, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %305, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %8, align 32
  %356 = add i64 %245, 5
  %357 = mul i64 %356, 256
  %358 = add i64 %357, %k4
  %359 = getelementptr inbounds float, float* %237, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat10 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %13, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %301, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %13, align 32
  %364 = load <8 x float>, <8 x float>* %7, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %305, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %366 = add i64 %245, 0
  %367 = add i64 %246, 0
  %368 = load <8 x float>, <8 x float>* %18, align 32
  %369 = mul i64 %366, 512
  %370 = add i64 %369, %367
  %371 = add i64 %241, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  %374 = add i64 %245, 1
  %375 = add i64 %246, 0
  %376 = load <8 x float>, <8 x float>* %17, align 32
  %377 = mul i64 %374, 512
  %378 = add i64 %377, %375
  %379 = add i64 %241, %378
  %380 = getelementptr inbounds float, float* %2, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  store <8 x float> %376, <8 x float>* %381, align 4
  %382 = add i64 %245, 2
  %383 = add i64 %246, 0
  %384 = load <8 x float>, <8 x float>* %16, align 32
  %385 = mul i64 %382, 512
  %386 = add i64 %385, %383
  %387 = add i64 %241, %386
  %388 = getelementptr inbounds float, float* %2, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  store <8 x float> %384, <8 x float>* %389, align 4
  %390 = add i64 %245, 3
  %391 = add i64 %246, 0
  %392 = load <8 x float>, <8 x float>* %15, align 32
  %393 = mul i64 %390, 512
  %394 = add i64 %393, %391
  %395 = add i64 %241, %394
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %392, <8 x float>* %397, align 4
  %398 = add i64 %245, 4
  %399 = add i64 %246, 0
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = mul i64 %398, 512
  %402 = add i64 %401, %399
  %403 = add i64 %241, %402
  %404 = getelementptr inbounds float, float* %2, i64 %403
  %405 = bitcast float* %404 to <8 x float>*
  store <8 x float> %400, <8 x float>* %405, align 4
  %406 = add i64 %245, 5
  %407 = add i64 %246, 0
  %408 = load <8 x float>, <8 x float>* %13, align 32
  %409 = mul i64 %406, 512
  %410 = add i64 %409, %407
  %411 = add i64 %241, %410
  %412 = getelementptr inbounds float, float* %2, i64 %411
  %413 = bitcast float* %412 to <8 x float>*
  store <8 x float> %408, <8 x float>* %413, align 4
  %414 = add i64 %245, 0
  %415 = add i64 %246, 8
  %416 = load <8 x float>, <8 x float>* %12, align 32
  %417 = mul i64 %414, 512
  %418 = add i64 %417, %415
  %419 = add i64 %241, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %245, 1
  %423 = add i64 %246, 8
  %424 = load <8 x float>, <8 x float>* %11, align 32
  %425 = mul i64 %422, 512
  %426 = add i64 %425, %423
  %427 = add i64 %241, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %245, 2
  %431 = add i64 %246, 8
  %432 = load <8 x float>, <8 x float>* %10, align 32
  %433 = mul i64 %430, 512
  %434 = add i64 %433, %431
  %435 = add i64 %241, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %245, 3
  %439 = add i64 %246, 8
  %440 = load <8 x float>, <8 x float>* %9, align 32
  %441 = mul i64 %438, 512
  %442 = add i64 %441, %439
  %443 = add i64 %241, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %245, 4
  %447 = add i64 %246, 8
  %448 = load <8 x float>, <8 x float>* %8, align 32
  %449 = mul i64 %446, 512
  %450 = add i64 %449, %447
  %451 = add i64 %241, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %245, 5
  %455 = add i64 %246, 8
  %456 = load <8 x float>, <8 x float>* %7, align 32
  %457 = mul i64 %454, 512
  %458 = add i64 %457, %455
  %459 = add i64 %241, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  br label %endif

tile.header12:                                    ; preds = %block.exit, %task.exit
  %tile15 = phi i64 [ %254, %task.exit ], [ %tile.next21, %block.exit ]
  %462 = icmp slt i64 %tile15, %257
  br i1 %462, label %tile.body13, label %tile.exit14

tile.body13:                                      ; preds = %tile.header12
  %463 = add i64 %23, %tile15
  %464 = srem i64 %463, 7
  %465 = sdiv i64 %463, 7
  %466 = srem i64 %465, 7
  %467 = sdiv i64 %463, 49
  %468 = mul i64 %467, 64
  %469 = mul i64 %468, 6272
  %470 = mul i64 %466, 112
  %471 = mul i64 %464, 4
  %472 = add i64 %470, %471
  %473 = mul i64 %472, 8
  %474 = add i64 %469, %473
  %475 = mul i64 %tile15, 512
  %476 = add i64 681984, %475
  %477 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit14:                                      ; preds = %tile.header12
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !37

block.header:                                     ; preds = %row.exit18, %tile.body13
  %block = phi i64 [ 0, %tile.body13 ], [ %block.next, %row.exit18 ]
  %478 = icmp slt i64 %block, 64
  br i1 %478, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %479 = mul i64 %block, 8
  %480 = add i64 %476, %479
  br label %row.header16

block.exit:                                       ; preds = %block.header
  %tile.next21 = add i64 %tile15, 1
  br label %tile.header12, !llvm.loop !38

row.header16:                                     ; preds = %row.body17, %block.body
  %row19 = phi i64 [ 0, %block.body ], [ %row.next20, %row.body17 ]
  %481 = icmp slt i64 %row19, 6
  br i1 %481, label %row.body17, label %row.exit18

row.body17:                                       ; preds = %row.header16
  %482 = mul i64 %row19, 150528
  %483 = add i64 %480, %482
  %484 = add i64 %483, 0
  %485 = getelementptr inbounds float, float* %2, i64 %484
  %486 = bitcast float* %485 to <8 x float>*
  %487 = load <8 x float>, <8 x float>* %486, align 4
  %488 = add i64 %483, 25088
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = bitcast float* %489 to <8 x float>*
  %491 = load <8 x float>, <8 x float>* %490, align 4
  %492 = add i64 %483, 50176
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  %496 = add i64 %483, 75264
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  %499 = load <8 x float>, <8 x float>* %498, align 4
  %500 = add i64 %483, 100352
  %501 = getelementptr inbounds float, float* %2, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = add i64 %483, 125440
  %505 = getelementptr inbounds float, float* %2, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  %507 = load <8 x float>, <8 x float>* %506, align 4
  %508 = fadd <8 x float> %491, %495
  %509 = fsub <8 x float> %491, %495
  %510 = fadd <8 x float> %499, %503
  %511 = fsub <8 x float> %499, %503
  %512 = fadd <8 x float> %487, %508
  %513 = fadd <8 x float> %512, %510
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %509)
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %508)
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %509)
  %517 = fadd <8 x float> %516, %507
  %518 = mul i64 %row19, 32
  %519 = add i64 %518, 0
  %520 = getelementptr inbounds float, float* %477, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %513, <8 x float>* %521, align 4
  %522 = mul i64 %row19, 32
  %523 = add i64 %522, 8
  %524 = getelementptr inbounds float, float* %477, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %514, <8 x float>* %525, align 4
  %526 = mul i64 %row19, 32
  %527 = add i64 %526, 16
  %528 = getelementptr inbounds float, float* %477, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %515, <8 x float>* %529, align 4
  %530 = mul i64 %row19, 32
  %531 = add i64 %530, 24
  %532 = getelementptr inbounds float, float* %477, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %517, <8 x float>* %533, align 4
  %row.next20 = add i64 %row19, 1
  br label %row.header16, !llvm.loop !39

row.exit18:                                       ; preds = %row.header16
  %534 = mul i64 %block, 8
  %535 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  %538 = mul i64 %block, 6272
  %539 = add i64 %474, %538
  %540 = getelementptr inbounds float, float* %477, i64 0
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = getelementptr inbounds float, float* %477, i64 32
  %544 = bitcast float* %543 to <8 x float>*
  %545 = load <8 x float>, <8 x float>* %544, align 4
  %546 = getelementptr inbounds float, float* %477, i64 64
  %547 = bitcast float* %546 to <8 x float>*
  %548 = load <8 x float>, <8 x float>* %547, align 4
  %549 = getelementptr inbounds float, float* %477, i64 96
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  %552 = getelementptr inbounds float, float* %477, i64 128
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = getelementptr inbounds float, float* %477, i64 160
  %556 = bitcast float* %555 to <8 x float>*
  %557 = load <8 x float>, <8 x float>* %556, align 4
  %558 = fadd <8 x float> %545, %548
  %559 = fsub <8 x float> %545, %548
  %560 = fadd <8 x float> %551, %554
  %561 = fsub <8 x float> %551, %554
  %562 = fadd <8 x float> %542, %558
  %563 = fadd <8 x float> %562, %560
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %559)
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %560, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %558)
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %559)
  %567 = fadd <8 x float> %566, %557
  %568 = add i64 %539, 0
  %569 = fadd <8 x float> %563, %537
  %570 = fcmp olt <8 x float> %569, zeroinitializer
  %571 = select <8 x i1> %570, <8 x float> zeroinitializer, <8 x float> %569
  %572 = getelementptr inbounds float, float* %0, i64 %568
  %573 = bitcast float* %572 to <8 x float>*
  store <8 x float> %571, <8 x float>* %573, align 4
  %574 = add i64 %539, 224
  %575 = fadd <8 x float> %564, %537
  %576 = fcmp olt <8 x float> %575, zeroinitializer
  %577 = select <8 x i1> %576, <8 x float> zeroinitializer, <8 x float> %575
  %578 = getelementptr inbounds float, float* %0, i64 %574
  %579 = bitcast float* %578 to <8 x float>*
  store <8 x float> %577, <8 x float>* %579, align 4
  %580 = add i64 %539, 448
  %581 = fadd <8 x float> %565, %537
  %582 = fcmp olt <8 x float> %581, zeroinitializer
  %583 = select <8 x i1> %582, <8 x float> zeroinitializer, <8 x float> %581
  %584 = getelementptr inbounds float, float* %0, i64 %580
  %585 = bitcast float* %584 to <8 x float>*
  store <8 x float> %583, <8 x float>* %585, align 4
  %586 = add i64 %539, 672
  %587 = fadd <8 x float> %567, %537
  %588 = fcmp olt <8 x float> %587, zeroinitializer
  %589 = select <8 x i1> %588, <8 x float> zeroinitializer, <8 x float> %587
  %590 = getelementptr inbounds float, float* %0, i64 %586
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %589, <8 x float>* %591, align 4
  %592 = getelementptr inbounds float, float* %477, i64 8
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = getelementptr inbounds float, float* %477, i64 40
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = getelementptr inbounds float, float* %477, i64 72
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = getelementptr inbounds float, float* %477, i64 104
  %602 = bitcast float* %601 to <8 x float>*
  %603 = load <8 x float>, <8 x float>* %602, align 4
  %604 = getelementptr inbounds float, float* %477, i64 136
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = getelementptr inbounds float, float* %477, i64 168
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = fadd <8 x float> %597, %600
  %611 = fsub <8 x float> %597, %600
  %612 = fadd <8 x float> %603, %606
  %613 = fsub <8 x float> %603, %606
  %614 = fadd <8 x float> %594, %610
  %615 = fadd <8 x float> %614, %612
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %611)
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %610)
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %611)
  %619 = fadd <8 x float> %618, %609
  %620 = add i64 %539, 8
  %621 = fadd <8 x float> %615, %537
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %620
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %626 = add i64 %539, 232
  %627 = fadd <8 x float> %616, %537
  %628 = fcmp olt <8 x float> %627, zeroinitializer
  %629 = select <8 x i1> %628, <8 x float> zeroinitializer, <8 x float> %627
  %630 = getelementptr inbounds float, float* %0, i64 %626
  %631 = bitcast float* %630 to <8 x float>*
  store <8 x float> %629, <8 x float>* %631, align 4
  %632 = add i64 %539, 456
  %633 = fadd <8 x float> %617, %537
  %634 = fcmp olt <8 x float> %633, zeroinitializer
  %635 = select <8 x i1> %634, <8 x float> zeroinitializer, <8 x float> %633
  %636 = getelementptr inbounds float, float* %0, i64 %632
  %637 = bitcast float* %636 to <8 x float>*
  store <8 x float> %635, <8 x float>* %637, align 4
  %638 = add i64 %539, 680
  %639 = fadd <8 x float> %619, %537
  %640 = fcmp olt <8 x float> %639, zeroinitializer
  %641 = select <8 x i1> %640, <8 x float> zeroinitializer, <8 x float> %639
  %642 = getelementptr inbounds float, float* %0, i64 %638
  %643 = bitcast float* %642 to <8 x float>*
  store <8 x float> %641, <8 x float>* %643, align 4
  %644 = getelementptr inbounds float, float* %477, i64 16
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = getelementptr inbounds float, float* %477, i64 48
  %648 = bitcast float* %647 to <8 x float>*
  %649 = load <8 x float>, <8 x float>* %648, align 4
  %650 = getelementptr inbounds float, float* %477, i64 80
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = getelementptr inbounds float, float* %477, i64 112
  %654 = bitcast float* %653 to <8 x float>*
  %655 = load <8 x float>, <8 x float>* %654, align 4
  %656 = getelementptr inbounds float, float* %477, i64 144
  %657 = bitcast float* %656 to <8 x float>*
  %658 = load <8 x float>, <8 x float>* %657, align 4
  %659 = getelementptr inbounds float, float* %477, i64 176
  %660 = bitcast float* %659 to <8 x float>*
  %661 = load <8 x float>, <8 x float>* %660, align 4
  %662 = fadd <8 x float> %649, %652
  %663 = fsub <8 x float> %649, %652
  %664 = fadd <8 x float> %655, %658
  %665 = fsub <8 x float> %655, %658
  %666 = fadd <8 x float> %646, %662
  %667 = fadd <8 x float> %666, %664
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %663)
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %662)
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %663)
  %671 = fadd <8 x float> %670, %661
  %672 = add i64 %539, 16
  %673 = fadd <8 x float> %667, %537
  %674 = fcmp olt <8 x float> %673, zeroinitializer
  %675 = select <8 x i1> %674, <8 x float> zeroinitializer, <8 x float> %673
  %676 = getelementptr inbounds float, float* %0, i64 %672
  %677 = bitcast float* %676 to <8 x float>*
  store <8 x float> %675, <8 x float>* %677, align 4
  %678 = add i64 %539, 240
  %679 = fadd <8 x float> %668, %537
  %680 = fcmp olt <8 x float> %679, zeroinitializer
  %681 = select <8 x i1> %680, <8 x float> zeroinitializer, <8 x float> %679
  %682 = getelementptr inbounds float, float* %0, i64 %678
  %683 = bitcast float* %682 to <8 x float>*
  store <8 x float> %681, <8 x float>* %683, align 4
  %684 = add i64 %539, 464
  %685 = fadd <8 x float> %669, %537
  %686 = fcmp olt <8 x float> %685, zeroinitializer
  %687 = select <8 x i1> %686, <8 x float> zeroinitializer, <8 x float> %685
  %688 = getelementptr inbounds float, float* %0, i64 %684
  %689 = bitcast float* %688 to <8 x float>*
  store <8 x float> %687, <8 x float>* %689, align 4
  %690 = add i64 %539, 688
  %691 = fadd <8 x float> %671, %537
  %692 = fcmp olt <8 x float> %691, zeroinitializer
  %693 = select <8 x i1> %692, <8 x float> zeroinitializer, <8 x float> %691
  %694 = getelementptr inbounds float, float* %0, i64 %690
  %695 = bitcast float* %694 to <8 x float>*
  store <8 x float> %693, <8 x float>* %695, align 4
  %696 = getelementptr inbounds float, float* %477, i64 24
  %697 = bitcast float* %696 to <8 x float>*
  %698 = load <8 x float>, <8 x float>* %697, align 4
  %699 = getelementptr inbounds float, float* %477, i64 56
  %700 = bitcast float* %699 to <8 x float>*
  %701 = load <8 x float>, <8 x float>* %700, align 4
  %702 = getelementptr inbounds float, float* %477, i64 88
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = getelementptr inbounds float, float* %477, i64 120
  %706 = bitcast float* %705 to <8 x float>*
  %707 = load <8 x float>, <8 x float>* %706, align 4
  %708 = getelementptr inbounds float, float* %477, i64 152
  %709 = bitcast float* %708 to <8 x float>*
  %710 = load <8 x float>, <8 x float>* %709, align 4
  %711 = getelementptr inbounds float, float* %477, i64 184
  %712 = bitcast float* %711 to <8 x float>*
  %713 = load <8 x float>, <8 x float>* %712, align 4
  %714 = fadd <8 x float> %701, %704
  %715 = fsub <8 x float> %701, %704
  %716 = fadd <8 x float> %707, %710
  %717 = fsub <8 x float> %707, %710
  %718 = fadd <8 x float> %698, %714
  %719 = fadd <8 x float> %718, %716
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %717, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %715)
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %716, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %714)
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %717, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %715)
  %723 = fadd <8 x float> %722, %713
  %724 = add i64 %539, 24
  %725 = fadd <8 x float> %719, %537
  %726 = fcmp olt <8 x float> %725, zeroinitializer
  %727 = select <8 x i1> %726, <8 x float> zeroinitializer, <8 x float> %725
  %728 = getelementptr inbounds float, float* %0, i64 %724
  %729 = bitcast float* %728 to <8 x float>*
  store <8 x float> %727, <8 x float>* %729, align 4
  %730 = add i64 %539, 248
  %731 = fadd <8 x float> %720, %537
  %732 = fcmp olt <8 x float> %731, zeroinitializer
  %733 = select <8 x i1> %732, <8 x float> zeroinitializer, <8 x float> %731
  %734 = getelementptr inbounds float, float* %0, i64 %730
  %735 = bitcast float* %734 to <8 x float>*
  store <8 x float> %733, <8 x float>* %735, align 4
  %736 = add i64 %539, 472
  %737 = fadd <8 x float> %721, %537
  %738 = fcmp olt <8 x float> %737, zeroinitializer
  %739 = select <8 x i1> %738, <8 x float> zeroinitializer, <8 x float> %737
  %740 = getelementptr inbounds float, float* %0, i64 %736
  %741 = bitcast float* %740 to <8 x float>*
  store <8 x float> %739, <8 x float>* %741, align 4
  %742 = add i64 %539, 696
  %743 = fadd <8 x float> %723, %537
  %744 = fcmp olt <8 x float> %743, zeroinitializer
  %745 = select <8 x i1> %744, <8 x float> zeroinitializer, <8 x float> %743
  %746 = getelementptr inbounds float, float* %0, i64 %742
  %747 = bitcast float* %746 to <8 x float>*
  store <8 x float> %745, <8 x float>* %747, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !40
}

; Function Attrs: noinline nounwind
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
  call void @node7.conv2d_5.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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

; Function Attrs: noinline nounwind
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
  %21 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit14, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit14 ]
  %22 = icmp slt i64 %group, 1
  br i1 %22, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %23 = mul i64 %group, 49
  %24 = sub i64 49, %23
  %25 = icmp slt i64 49, %24
  %26 = select i1 %25, i64 49, i64 %24
  %27 = sub i64 %5, 1
  %28 = add i64 %26, %27
  %29 = sdiv i64 %28, %5
  %30 = mul i64 %4, %29
  %31 = icmp slt i64 %30, %26
  %32 = select i1 %31, i64 %30, i64 %26
  %33 = add i64 %32, %29
  %34 = icmp slt i64 %33, %26
  %35 = select i1 %34, i64 %33, i64 %26
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %32, %group.body ], [ %tile.next, %unit.exit ]
  %36 = icmp slt i64 %tile, %35
  br i1 %36, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %37 = add i64 %23, %tile
  %38 = srem i64 %37, 7
  %39 = sdiv i64 %37, 7
  %40 = srem i64 %39, 7
  %41 = sdiv i64 %37, 49
  %42 = mul i64 %41, 64
  %43 = mul i64 %42, 7200
  %44 = mul i64 %40, 120
  %45 = mul i64 %38, 4
  %46 = add i64 %44, %45
  %47 = mul i64 %46, 8
  %48 = add i64 %43, %47
  %49 = mul i64 %tile, 512
  %50 = add i64 460800, %49
  %51 = bitcast [288 x float]* %21 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %52 = sub i64 %5, 1
  %53 = add i64 10368, %52
  %54 = sdiv i64 %53, %5
  %55 = mul i64 %4, %54
  %56 = icmp slt i64 %55, 10368
  %57 = select i1 %56, i64 %55, i64 10368
  %58 = add i64 %57, %54
  %59 = icmp slt i64 %58, 10368
  %60 = select i1 %59, i64 %58, i64 10368
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %61 = icmp slt i64 %unit, 64
  br i1 %61, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %62 = mul i64 %unit, 7200
  %63 = add i64 %48, %62
  %64 = add i64 %63, 80
  %65 = getelementptr inbounds float, float* %2, i64 %64
  %66 = bitcast float* %65 to i8*
  call void @llvm.prefetch.p0i8(i8* %66, i32 0, i32 3, i32 1)
  %67 = add i64 %63, 96
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to i8*
  call void @llvm.prefetch.p0i8(i8* %69, i32 0, i32 3, i32 1)
  %70 = add i64 %63, 320
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to i8*
  call void @llvm.prefetch.p0i8(i8* %72, i32 0, i32 3, i32 1)
  %73 = add i64 %63, 336
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to i8*
  call void @llvm.prefetch.p0i8(i8* %75, i32 0, i32 3, i32 1)
  %76 = add i64 %63, 560
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to i8*
  call void @llvm.prefetch.p0i8(i8* %78, i32 0, i32 3, i32 1)
  %79 = add i64 %63, 576
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to i8*
  call void @llvm.prefetch.p0i8(i8* %81, i32 0, i32 3, i32 1)
  %82 = add i64 %63, 800
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to i8*
  call void @llvm.prefetch.p0i8(i8* %84, i32 0, i32 3, i32 1)
  %85 = add i64 %63, 816
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to i8*
  call void @llvm.prefetch.p0i8(i8* %87, i32 0, i32 3, i32 1)
  %88 = add i64 %63, 1040
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to i8*
  call void @llvm.prefetch.p0i8(i8* %90, i32 0, i32 3, i32 1)
  %91 = add i64 %63, 1056
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to i8*
  call void @llvm.prefetch.p0i8(i8* %93, i32 0, i32 3, i32 1)
  %94 = add i64 %63, 1280
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to i8*
  call void @llvm.prefetch.p0i8(i8* %96, i32 0, i32 3, i32 1)
  %97 = add i64 %63, 1296
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to i8*
  call void @llvm.prefetch.p0i8(i8* %99, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !41

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %100 = icmp slt i64 %column, 6
  br i1 %100, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %101 = mul i64 %column, 8
  %102 = add i64 %63, %101
  %103 = add i64 %102, 0
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = add i64 %102, 240
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %102, 480
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %102, 720
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %102, 960
  %120 = getelementptr inbounds float, float* %2, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %102, 1200
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = fmul <8 x float> %114, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %128 = fmul <8 x float> %110, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fsub <8 x float> %122, %127
  %130 = fsub <8 x float> %118, %128
  %131 = fsub <8 x float> %122, %114
  %132 = fsub <8 x float> %118, %110
  %133 = fmul <8 x float> %132, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %106, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %122)
  %135 = fmul <8 x float> %114, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %136 = fadd <8 x float> %134, %135
  %137 = fadd <8 x float> %129, %130
  %138 = fsub <8 x float> %129, %130
  %139 = fadd <8 x float> %131, %133
  %140 = fsub <8 x float> %131, %133
  %141 = call <8 x float> @llvm.fma.v8f32(<8 x float> %110, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %126)
  %142 = fmul <8 x float> %118, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %143 = fadd <8 x float> %141, %142
  %144 = mul i64 %column, 8
  %145 = add i64 %144, 0
  %146 = getelementptr inbounds float, float* %51, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %136, <8 x float>* %147, align 4
  %148 = mul i64 %column, 8
  %149 = add i64 %148, 48
  %150 = getelementptr inbounds float, float* %51, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %137, <8 x float>* %151, align 4
  %152 = mul i64 %column, 8
  %153 = add i64 %152, 96
  %154 = getelementptr inbounds float, float* %51, i64 %153
  %155 = bitcast float* %154 to <8 x float>*
  store <8 x float> %138, <8 x float>* %155, align 4
  %156 = mul i64 %column, 8
  %157 = add i64 %156, 144
  %158 = getelementptr inbounds float, float* %51, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %139, <8 x float>* %159, align 4
  %160 = mul i64 %column, 8
  %161 = add i64 %160, 192
  %162 = getelementptr inbounds float, float* %51, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %140, <8 x float>* %163, align 4
  %164 = mul i64 %column, 8
  %165 = add i64 %164, 240
  %166 = getelementptr inbounds float, float* %51, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %143, <8 x float>* %167, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !42

column.exit:                                      ; preds = %column.header
  %168 = mul i64 %unit, 8
  %169 = add i64 %50, %168
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %170 = icmp slt i64 %row, 6
  br i1 %170, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %171 = mul i64 %row, 48
  %172 = add i64 %171, 0
  %173 = getelementptr inbounds float, float* %51, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = add i64 %171, 8
  %177 = getelementptr inbounds float, float* %51, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  %180 = add i64 %171, 16
  %181 = getelementptr inbounds float, float* %51, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = add i64 %171, 24
  %185 = getelementptr inbounds float, float* %51, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = add i64 %171, 32
  %189 = getelementptr inbounds float, float* %51, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = add i64 %171, 40
  %193 = getelementptr inbounds float, float* %51, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = fmul <8 x float> %183, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %197 = fmul <8 x float> %179, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fsub <8 x float> %191, %196
  %199 = fsub <8 x float> %187, %197
  %200 = fsub <8 x float> %191, %183
  %201 = fsub <8 x float> %187, %179
  %202 = fmul <8 x float> %201, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %175, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %191)
  %204 = fmul <8 x float> %183, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %205 = fadd <8 x float> %203, %204
  %206 = fadd <8 x float> %198, %199
  %207 = fsub <8 x float> %198, %199
  %208 = fadd <8 x float> %200, %202
  %209 = fsub <8 x float> %200, %202
  %210 = call <8 x float> @llvm.fma.v8f32(<8 x float> %179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %195)
  %211 = fmul <8 x float> %187, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %212 = fadd <8 x float> %210, %211
  %213 = mul i64 %row, 150528
  %214 = add i64 %169, %213
  %215 = add i64 %214, 0
  %216 = getelementptr inbounds float, float* %2, i64 %215
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %205, <8 x float>* %217, align 4
  %218 = add i64 %214, 25088
  %219 = getelementptr inbounds float, float* %2, i64 %218
  %220 = bitcast float* %219 to <8 x float>*
  store <8 x float> %206, <8 x float>* %220, align 4
  %221 = add i64 %214, 50176
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %207, <8 x float>* %223, align 4
  %224 = add i64 %214, 75264
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %208, <8 x float>* %226, align 4
  %227 = add i64 %214, 100352
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %209, <8 x float>* %229, align 4
  %230 = add i64 %214, 125440
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %212, <8 x float>* %232, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !43

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !44

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %57, %tile.exit ], [ %task.next, %endif ]
  %233 = icmp slt i64 %task, %60
  br i1 %233, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %234 = sdiv i64 %task, 288
  %235 = mul i64 %234, 25088
  %236 = add i64 460800, %235
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = mul i64 %234, 262144
  %239 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_6.winograd to float*), i64 %238
  %240 = mul i64 %234, 25088
  %241 = add i64 1363968, %240
  %242 = srem i64 %task, 288
  %243 = srem i64 %242, 9
  %244 = sdiv i64 %242, 9
  %245 = mul i64 %243, 6
  %246 = mul i64 %244, 16
  %247 = mul i64 %244, 8192
  %248 = icmp eq i64 %243, 8
  br i1 %248, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %249 = sub i64 %5, 1
  %250 = add i64 %26, %249
  %251 = sdiv i64 %250, %5
  %252 = mul i64 %4, %251
  %253 = icmp slt i64 %252, %26
  %254 = select i1 %253, i64 %252, i64 %26
  %255 = add i64 %254, %251
  %256 = icmp slt i64 %255, %26
  %257 = select i1 %256, i64 %255, i64 %26
  br label %tile.header12

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
  br label %task.header, !llvm.loop !45

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %258 = icmp slt i64 %k, 512
  br i1 %258, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %259 = mul i64 %k, 16
  %260 = add i64 %247, %259
  %261 = add i64 %260, 0
  %262 = getelementptr inbounds float, float* %239, i64 %261
  %263 = bitcast float* %262 to <8 x float>*
  %264 = load <8 x float>, <8 x float>* %263, align 4
  %265 = add i64 %260, 8
  %266 = getelementptr inbounds float, float* %239, i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  %268 = load <8 x float>, <8 x float>* %267, align 4
  %269 = add i64 %245, 0
  %270 = mul i64 %269, 512
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %237, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %20, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %264, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %20, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %268, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %245, 0
  %280 = add i64 %246, 0
  %281 = load <8 x float>, <8 x float>* %20, align 32
  %282 = mul i64 %279, 512
  %283 = add i64 %282, %280
  %284 = add i64 %241, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %245, 0
  %288 = add i64 %246, 8
  %289 = load <8 x float>, <8 x float>* %19, align 32
  %290 = mul i64 %287, 512
  %291 = add i64 %290, %288
  %292 = add i64 %241, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %295 = icmp slt i64 %k4, 512
  br i1 %295, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %296 = mul i64 %k4, 16
  %297 = add i64 %247, %296
  %298 = add i64 %297, 0
  %299 = getelementptr inbounds float, float* %239, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  %301 = load <8 x float>, <8 x float>* %300, align 4
  %302 = add i64 %297, 8
  %303 = getelementptr inbounds float, float* %239, i64 %302
  %304 = bitcast float* %303 to <8 x float>*
  %305 = load <8 x float>, <8 x float>* %304, align 4
  %306 = add i64 %245, 0
  %307 = mul i64 %306, 512
  %308 = add i64 %307, %k4
  %309 = getelementptr inbounds float, float* %237, i64 %308
  %310 = load float, float* %309, align 4
  %311 = insertelement <8 x float> undef, float %310, i32 0
  %splat5 = shufflevector <8 x float> %311, <8 x float> undef, <8 x i32> zeroinitializer
  %312 = load <8 x float>, <8 x float>* %18, align 32
  %313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %301, <8 x float> %312)
  store <8 x float> %313, <8 x float>* %18, align 32
  %314 = load <8 x float>, <8 x float>* %12, align 32
  %315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %305, <8 x float> %314)
  store <8 x float> %315, <8 x float>* %12, align 32
  %316 = add i64 %245, 1
  %317 = mul i64 %316, 512
  %318 = add i64 %317, %k4
  %319 = getelementptr inbounds float, float* %237, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat6 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %17, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %301, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %17, align 32
  %324 = load <8 x float>, <8 x float>* %11, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %305, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %11, align 32
  %326 = add i64 %245, 2
  %327 = mul i64 %326, 512
  %328 = add i64 %327, %k4
  %329 = getelementptr inbounds float, float* %237, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat7 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %16, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %301, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %16, align 32
  %334 = load <8 x float>, <8 x float>* %10, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %305, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %10, align 32
  %336 = add i64 %245, 3
  %337 = mul i64 %336, 512
  %338 = add i64 %337, %k4
  %339 = getelementptr inbounds float, float* %237, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat8 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %15, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %301, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %15, align 32
  %344 = load <8 x float>, <8 x float>* %9, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %305, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %9, align 32
  %346 = add i64 %245, 4
  %347 = mul i64 %346, 512
  %348 = add i64 %347, %k4
  %349 = getelementptr inbounds float, float* %237, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat9 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %14, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %301, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %14, align 32
  %354 = load <8 x float>, <8 x float>* %8, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %305, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %8, align 32
  %356 = add i64 %245, 5
  %357 = mul i64 %356, 512
  %358 = add i64 %357, %k4
  %359 = getelementptr inbounds float, float* %237, i64 %358
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i32 0
  %splat10 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, <8 x float>* %13, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %301, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %13, align 32
  %364 = load <8 x float>, <8 x float>* %7, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %305, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %366 = add i64 %245, 0
  %367 = add i64 %246, 0
  %368 = load <8 x float>, <8 x float>* %18, align 32
  %369 = mul i64 %366, 512
  %370 = add i64 %369, %367
  %371 = add i64 %241, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  %374 = add i64 %245, 1
  %375 = add i64 %246, 0
  %376 = load <8 x float>, <8 x float>* %17, align 32
  %377 = mul i64 %374, 512
  %378 = add i64 %377, %375
  %379 = add i64 %241, %378
  %380 = getelementptr inbounds float, float* %2, i64 %379
  %381 = bitcast float* %380 to <8 x float>*
  store <8 x float> %376, <8 x float>* %381, align 4
  %382 = add i64 %245, 2
  %383 = add i64 %246, 0
  %384 = load <8 x float>, <8 x float>* %16, align 32
  %385 = mul i64 %382, 512
  %386 = add i64 %385, %383
  %387 = add i64 %241, %386
  %388 = getelementptr inbounds float, float* %2, i64 %387
  %389 = bitcast float* %388 to <8 x float>*
  store <8 x float> %384, <8 x float>* %389, align 4
  %390 = add i64 %245, 3
  %391 = add i64 %246, 0
  %392 = load <8 x float>, <8 x float>* %15, align 32
  %393 = mul i64 %390, 512
  %394 = add i64 %393, %391
  %395 = add i64 %241, %394
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %392, <8 x float>* %397, align 4
  %398 = add i64 %245, 4
  %399 = add i64 %246, 0
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = mul i64 %398, 512
  %402 = add i64 %401, %399
  %403 = add i64 %241, %402
  %404 = getelementptr inbounds float, float* %2, i64 %403
  %405 = bitcast float* %404 to <8 x float>*
  store <8 x float> %400, <8 x float>* %405, align 4
  %406 = add i64 %245, 5
  %407 = add i64 %246, 0
  %408 = load <8 x float>, <8 x float>* %13, align 32
  %409 = mul i64 %406, 512
  %410 = add i64 %409, %407
  %411 = add i64 %241, %410
  %412 = getelementptr inbounds float, float* %2, i64 %411
  %413 = bitcast float* %412 to <8 x float>*
  store <8 x float> %408, <8 x float>* %413, align 4
  %414 = add i64 %245, 0
  %415 = add i64 %246, 8
  %416 = load <8 x float>, <8 x float>* %12, align 32
  %417 = mul i64 %414, 512
  %418 = add i64 %417, %415
  %419 = add i64 %241, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %245, 1
  %423 = add i64 %246, 8
  %424 = load <8 x float>, <8 x float>* %11, align 32
  %425 = mul i64 %422, 512
  %426 = add i64 %425, %423
  %427 = add i64 %241, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %245, 2
  %431 = add i64 %246, 8
  %432 = load <8 x float>, <8 x float>* %10, align 32
  %433 = mul i64 %430, 512
  %434 = add i64 %433, %431
  %435 = add i64 %241, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %245, 3
  %439 = add i64 %246, 8
  %440 = load <8 x float>, <8 x float>* %9, align 32
  %441 = mul i64 %438, 512
  %442 = add i64 %441, %439
  %443 = add i64 %241, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %245, 4
  %447 = add i64 %246, 8
  %448 = load <8 x float>, <8 x float>* %8, align 32
  %449 = mul i64 %446, 512
  %450 = add i64 %449, %447
  %451 = add i64 %241, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %245, 5
  %455 = add i64 %246, 8
  %456 = load <8 x float>, <8 x float>* %7, align 32
  %457 = mul i64 %454, 512
  %458 = add i64 %457, %455
  %459 = add i64 %241, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  br label %endif

tile.header12:                                    ; preds = %block.exit, %task.exit
  %tile15 = phi i64 [ %254, %task.exit ], [ %tile.next21, %block.exit ]
  %462 = icmp slt i64 %tile15, %257
  br i1 %462, label %tile.body13, label %tile.exit14

tile.body13:                                      ; preds = %tile.header12
  %463 = add i64 %23, %tile15
  %464 = srem i64 %463, 7
  %465 = sdiv i64 %463, 7
  %466 = srem i64 %465, 7
  %467 = sdiv i64 %463, 49
  %468 = mul i64 %467, 64
  %469 = mul i64 %468, 6272
  %470 = mul i64 %466, 112
  %471 = mul i64 %464, 4
  %472 = add i64 %470, %471
  %473 = mul i64 %472, 8
  %474 = add i64 %469, %473
  %475 = mul i64 %tile15, 512
  %476 = add i64 1363968, %475
  %477 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit14:                                      ; preds = %tile.header12
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !46

block.header:                                     ; preds = %row.exit18, %tile.body13
  %block = phi i64 [ 0, %tile.body13 ], [ %block.next, %row.exit18 ]
  %478 = icmp slt i64 %block, 64
  br i1 %478, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %479 = mul i64 %block, 8
  %480 = add i64 %476, %479
  br label %row.header16

block.exit:                                       ; preds = %block.header
  %tile.next21 = add i64 %tile15, 1
  br label %tile.header12, !llvm.loop !47

row.header16:                                     ; preds = %row.body17, %block.body
  %row19 = phi i64 [ 0, %block.body ], [ %row.next20, %row.body17 ]
  %481 = icmp slt i64 %row19, 6
  br i1 %481, label %row.body17, label %row.exit18

row.body17:                                       ; preds = %row.header16
  %482 = mul i64 %row19, 150528
  %483 = add i64 %480, %482
  %484 = add i64 %483, 0
  %485 = getelementptr inbounds float, float* %2, i64 %484
  %486 = bitcast float* %485 to <8 x float>*
  %487 = load <8 x float>, <8 x float>* %486, align 4
  %488 = add i64 %483, 25088
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = bitcast float* %489 to <8 x float>*
  %491 = load <8 x float>, <8 x float>* %490, align 4
  %492 = add i64 %483, 50176
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  %495 = load <8 x float>, <8 x float>* %494, align 4
  %496 = add i64 %483, 75264
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  %499 = load <8 x float>, <8 x float>* %498, align 4
  %500 = add i64 %483, 100352
  %501 = getelementptr inbounds float, float* %2, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  %503 = load <8 x float>, <8 x float>* %502, align 4
  %504 = add i64 %483, 125440
  %505 = getelementptr inbounds float, float* %2, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  %507 = load <8 x float>, <8 x float>* %506, align 4
  %508 = fadd <8 x float> %491, %495
  %509 = fsub <8 x float> %491, %495
  %510 = fadd <8 x float> %499, %503
  %511 = fsub <8 x float> %499, %503
  %512 = fadd <8 x float> %487, %508
  %513 = fadd <8 x float> %512, %510
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %509)
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %508)
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %509)
  %517 = fadd <8 x float> %516, %507
  %518 = mul i64 %row19, 32
  %519 = add i64 %518, 0
  %520 = getelementptr inbounds float, float* %477, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %513, <8 x float>* %521, align 4
  %522 = mul i64 %row19, 32
  %523 = add i64 %522, 8
  %524 = getelementptr inbounds float, float* %477, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %514, <8 x float>* %525, align 4
  %526 = mul i64 %row19, 32
  %527 = add i64 %526, 16
  %528 = getelementptr inbounds float, float* %477, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %515, <8 x float>* %529, align 4
  %530 = mul i64 %row19, 32
  %531 = add i64 %530, 24
  %532 = getelementptr inbounds float, float* %477, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %517, <8 x float>* %533, align 4
  %row.next20 = add i64 %row19, 1
  br label %row.header16, !llvm.loop !48

row.exit18:                                       ; preds = %row.header16
  %534 = mul i64 %block, 8
  %535 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %534
  %536 = bitcast float* %535 to <8 x float>*
  %537 = load <8 x float>, <8 x float>* %536, align 4
  %538 = mul i64 %block, 6272
  %539 = add i64 %474, %538
  %540 = getelementptr inbounds float, float* %477, i64 0
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = getelementptr inbounds float, float* %477, i64 32
  %544 = bitcast float* %543 to <8 x float>*
  %545 = load <8 x float>, <8 x float>* %544, align 4
  %546 = getelementptr inbounds float, float* %477, i64 64
  %547 = bitcast float* %546 to <8 x float>*
  %548 = load <8 x float>, <8 x float>* %547, align 4
  %549 = getelementptr inbounds float, float* %477, i64 96
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  %552 = getelementptr inbounds float, float* %477, i64 128
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = getelementptr inbounds float, float* %477, i64 160
  %556 = bitcast float* %555 to <8 x float>*
  %557 = load <8 x float>, <8 x float>* %556, align 4
  %558 = fadd <8 x float> %545, %548
  %559 = fsub <8 x float> %545, %548
  %560 = fadd <8 x float> %551, %554
  %561 = fsub <8 x float> %551, %554
  %562 = fadd <8 x float> %542, %558
  %563 = fadd <8 x float> %562, %560
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %559)
  %565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %560, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %558)
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %561, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %559)
  %567 = fadd <8 x float> %566, %557
  %568 = add i64 %539, 0
  %569 = fadd <8 x float> %563, %537
  %570 = fcmp olt <8 x float> %569, zeroinitializer
  %571 = select <8 x i1> %570, <8 x float> zeroinitializer, <8 x float> %569
  %572 = getelementptr inbounds float, float* %0, i64 %568
  %573 = bitcast float* %572 to <8 x float>*
  store <8 x float> %571, <8 x float>* %573, align 4
  %574 = add i64 %539, 224
  %575 = fadd <8 x float> %564, %537
  %576 = fcmp olt <8 x float> %575, zeroinitializer
  %577 = select <8 x i1> %576, <8 x float> zeroinitializer, <8 x float> %575
  %578 = getelementptr inbounds float, float* %0, i64 %574
  %579 = bitcast float* %578 to <8 x float>*
  store <8 x float> %577, <8 x float>* %579, align 4
  %580 = add i64 %539, 448
  %581 = fadd <8 x float> %565, %537
  %582 = fcmp olt <8 x float> %581, zeroinitializer
  %583 = select <8 x i1> %582, <8 x float> zeroinitializer, <8 x float> %581
  %584 = getelementptr inbounds float, float* %0, i64 %580
  %585 = bitcast float* %584 to <8 x float>*
  store <8 x float> %583, <8 x float>* %585, align 4
  %586 = add i64 %539, 672
  %587 = fadd <8 x float> %567, %537
  %588 = fcmp olt <8 x float> %587, zeroinitializer
  %589 = select <8 x i1> %588, <8 x float> zeroinitializer, <8 x float> %587
  %590 = getelementptr inbounds float, float* %0, i64 %586
  %591 = bitcast float* %590 to <8 x float>*
  store <8 x float> %589, <8 x float>* %591, align 4
  %592 = getelementptr inbounds float, float* %477, i64 8
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = getelementptr inbounds float, float* %477, i64 40
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = getelementptr inbounds float, float* %477, i64 72
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = getelementptr inbounds float, float* %477, i64 104
  %602 = bitcast float* %601 to <8 x float>*
  %603 = load <8 x float>, <8 x float>* %602, align 4
  %604 = getelementptr inbounds float, float* %477, i64 136
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = getelementptr inbounds float, float* %477, i64 168
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = fadd <8 x float> %597, %600
  %611 = fsub <8 x float> %597, %600
  %612 = fadd <8 x float> %603, %606
  %613 = fsub <8 x float> %603, %606
  %614 = fadd <8 x float> %594, %610
  %615 = fadd <8 x float> %614, %612
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %611)
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %612, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %610)
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %611)
  %619 = fadd <8 x float> %618, %609
  %620 = add i64 %539, 8
  %621 = fadd <8 x float> %615, %537
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %620
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %626 = add i64 %539, 232
  %627 = fadd <8 x float> %616, %537
  %628 = fcmp olt <8 x float> %627, zeroinitializer
  %629 = select <8 x i1> %628, <8 x float> zeroinitializer, <8 x float> %627
  %630 = getelementptr inbounds float, float* %0, i64 %626
  %631 = bitcast float* %630 to <8 x float>*
  store <8 x float> %629, <8 x float>* %631, align 4
  %632 = add i64 %539, 456
  %633 = fadd <8 x float> %617, %537
  %634 = fcmp olt <8 x float> %633, zeroinitializer
  %635 = select <8 x i1> %634, <8 x float> zeroinitializer, <8 x float> %633
  %636 = getelementptr inbounds float, float* %0, i64 %632
  %637 = bitcast float* %636 to <8 x float>*
  store <8 x float> %635, <8 x float>* %637, align 4
  %638 = add i64 %539, 680
  %639 = fadd <8 x float> %619, %537
  %640 = fcmp olt <8 x float> %639, zeroinitializer
  %641 = select <8 x i1> %640, <8 x float> zeroinitializer, <8 x float> %639
  %642 = getelementptr inbounds float, float* %0, i64 %638
  %643 = bitcast float* %642 to <8 x float>*
  store <8 x float> %641, <8 x float>* %643, align 4
  %644 = getelementptr inbounds float, float* %477, i64 16
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = getelementptr inbounds float, float* %477, i64 48
  %648 = bitcast float* %647 to <8 x float>*
  %649 = load <8 x float>, <8 x float>* %648, align 4
  %650 = getelementptr inbounds float, float* %477, i64 80
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = getelementptr inbounds float, float* %477, i64 112
  %654 = bitcast float* %653 to <8 x float>*
  %655 = load <8 x float>, <8 x float>* %654, align 4
  %656 = getelementptr inbounds float, float* %477, i64 144
  %657 = bitcast float* %656 to <8 x float>*
  %658 = load <8 x float>, <8 x float>* %657, align 4
  %659 = getelementptr inbounds float, float* %477, i64 176
  %660 = bitcast float* %659 to <8 x float>*
  %661 = load <8 x float>, <8 x float>* %660, align 4
  %662 = fadd <8 x float> %649, %652
  %663 = fsub <8 x float> %649, %652
  %664 = fadd <8 x float> %655, %658
  %665 = fsub <8 x float> %655, %658
  %666 = fadd <8 x float> %646, %662
  %667 = fadd <8 x float> %666, %664
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %663)
  %669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %664, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %662)
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %663)
  %671 = fadd <8 x float> %670, %661
  %672 = add i64 %539, 16
  %673 = fadd <8 x float> %667, %537
  %674 = fcmp olt <8 x float> %673, zeroinitializer
  %675 = select <8 x i1> %674, <8 x float> zeroinitializer, <8 x float> %673
  %676 = getelementptr inbounds float, float* %0, i64 %672
  %677 = bitcast float* %676 to <8 x float>*
  store <8 x float> %675, <8 x float>* %677, align 4
  %678 = add i64 %539, 240
  %679 = fadd <8 x float> %668, %537
  %680 = fcmp olt <8 x float> %679, zeroinitializer
  %681 = select <8 x i1> %680, <8 x float> zeroinitializer, <8 x float> %679
  %682 = getelementptr inbounds float, float* %0, i64 %678
  %683 = bitcast float* %682 to <8 x float>*
  store <8 x float> %681, <8 x float>* %683, align 4
  %684 = add i64 %539, 464
  %685 = fadd <8 x float> %669, %537
  %686 = fcmp olt <8 x float> %685, zeroinitializer
  %687 = select <8 x i1> %686, <8 x float> zeroinitializer, <8 x float> %685
  %688 = getelementptr inbounds float, float* %0, i64 %684
  %689 = bitcast float* %688 to <8 x float>*
  store <8 x float> %687, <8 x float>* %689, align 4
  %690 = add i64 %539, 688
  %691 = fadd <8 x float> %671, %537
  %692 = fcmp olt <8 x float> %691, zeroinitializer
  %693 = select <8 x i1> %692, <8 x float> zeroinitializer, <8 x float> %691
  %694 = getelementptr inbounds float, float* %0, i64 %690
  %695 = bitcast float* %694 to <8 x float>*
  store <8 x float> %693, <8 x float>* %695, align 4
  %696 = getelementptr inbounds float, float* %477, i64 24
  %697 = bitcast float* %696 to <8 x float>*
  %698 = load <8 x float>, <8 x float>* %697, align 4
  %699 = getelementptr inbounds float, float* %477, i64 56
  %700 = bitcast float* %699 to <8 x float>*
  %701 = load <8 x float>, <8 x float>* %700, align 4
  %702 = getelementptr inbounds float, float* %477, i64 88
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = getelementptr inbounds float, float* %477, i64 120
  %706 = bitcast float* %705 to <8 x float>*
  %707 = load <8 x float>, <8 x float>* %706, align 4
  %708 = getelementptr inbounds float, float* %477, i64 152
  %709 = bitcast float* %708 to <8 x float>*
  %710 = load <8 x float>, <8 x float>* %709, align 4
  %711 = getelementptr inbounds float, float* %477, i64 184
  %712 = bitcast float* %711 to <8 x float>*
  %713 = load <8 x float>, <8 x float>* %712, align 4
  %714 = fadd <8 x float> %701, %704
  %715 = fsub <8 x float> %701, %704
  %716 = fadd <8 x float> %707, %710
  %717 = fsub <8 x float> %707, %710
  %718 = fadd <8 x float> %698, %714
  %719 = fadd <8 x float> %718, %716
  %720 = call <8 x float> @llvm.fma.v8f32(<8 x float> %717, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %715)
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %716, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %714)
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %717, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %715)
  %723 = fadd <8 x float> %722, %713
  %724 = add i64 %539, 24
  %725 = fadd <8 x float> %719, %537
  %726 = fcmp olt <8 x float> %725, zeroinitializer
  %727 = select <8 x i1> %726, <8 x float> zeroinitializer, <8 x float> %725
  %728 = getelementptr inbounds float, float* %0, i64 %724
  %729 = bitcast float* %728 to <8 x float>*
  store <8 x float> %727, <8 x float>* %729, align 4
  %730 = add i64 %539, 248
  %731 = fadd <8 x float> %720, %537
  %732 = fcmp olt <8 x float> %731, zeroinitializer
  %733 = select <8 x i1> %732, <8 x float> zeroinitializer, <8 x float> %731
  %734 = getelementptr inbounds float, float* %0, i64 %730
  %735 = bitcast float* %734 to <8 x float>*
  store <8 x float> %733, <8 x float>* %735, align 4
  %736 = add i64 %539, 472
  %737 = fadd <8 x float> %721, %537
  %738 = fcmp olt <8 x float> %737, zeroinitializer
  %739 = select <8 x i1> %738, <8 x float> zeroinitializer, <8 x float> %737
  %740 = getelementptr inbounds float, float* %0, i64 %736
  %741 = bitcast float* %740 to <8 x float>*
  store <8 x float> %739, <8 x float>* %741, align 4
  %742 = add i64 %539, 696
  %743 = fadd <8 x float> %723, %537
  %744 = fcmp olt <8 x float> %743, zeroinitializer
  %745 = select <8 x i1> %744, <8 x float> zeroinitializer, <8 x float> %743
  %746 = getelementptr inbounds float, float* %0, i64 %742
  %747 = bitcast float* %746 to <8 x float>*
  store <8 x float> %745, <8 x float>* %747, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !49
}

; Function Attrs: noinline nounwind
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
  call void @node8.conv2d_6.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %13 = sdiv i64 %task, 14
  %14 = srem i64 %task, 14
  %15 = mul i64 %13, 6272
  %16 = getelementptr inbounds float, float* %1, i64 %15
  %17 = mul i64 %13, 14
  %18 = add i64 %17, %14
  %19 = mul i64 %18, 112
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = mul i64 %14, 2
  %22 = sub i64 %21, 0
  %23 = add i64 %22, 2
  %24 = icmp sgt i64 %22, 0
  %25 = select i1 %24, i64 %22, i64 0
  %26 = icmp slt i64 %23, 28
  %27 = select i1 %26, i64 %23, i64 28
  %28 = icmp slt i64 %23, 28
  %29 = select i1 %28, i64 %23, i64 28
  %30 = sub i64 %29, %22
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %31 = icmp slt i64 %x, 12
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
  %35 = mul i64 %r, 28
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
  store <8 x float> %48, <8 x float>* %11, align 32
  %49 = load <8 x float>, <8 x float>* %10, align 32
  %50 = add i64 %37, 16
  %51 = getelementptr inbounds float, float* %16, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %49, <8 x float> %53)
  %55 = add i64 %37, 24
  %56 = getelementptr inbounds float, float* %16, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %54, <8 x float> %58)
  store <8 x float> %59, <8 x float>* %10, align 32
  %60 = load <8 x float>, <8 x float>* %9, align 32
  %61 = add i64 %37, 32
  %62 = getelementptr inbounds float, float* %16, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %60, <8 x float> %64)
  %66 = add i64 %37, 40
  %67 = getelementptr inbounds float, float* %16, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %65, <8 x float> %69)
  store <8 x float> %70, <8 x float>* %9, align 32
  %71 = load <8 x float>, <8 x float>* %8, align 32
  %72 = add i64 %37, 48
  %73 = getelementptr inbounds float, float* %16, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %71, <8 x float> %75)
  %77 = add i64 %37, 56
  %78 = getelementptr inbounds float, float* %16, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %76, <8 x float> %80)
  store <8 x float> %81, <8 x float>* %8, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %82 = load <8 x float>, <8 x float>* %11, align 32
  %83 = add i64 %x, 0
  %84 = mul i64 %83, 8
  %85 = getelementptr inbounds float, float* %20, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  store <8 x float> %82, <8 x float>* %86, align 4
  %87 = load <8 x float>, <8 x float>* %10, align 32
  %88 = add i64 %x, 1
  %89 = mul i64 %88, 8
  %90 = getelementptr inbounds float, float* %20, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  store <8 x float> %87, <8 x float>* %91, align 4
  %92 = load <8 x float>, <8 x float>* %9, align 32
  %93 = add i64 %x, 2
  %94 = mul i64 %93, 8
  %95 = getelementptr inbounds float, float* %20, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %92, <8 x float>* %96, align 4
  %97 = load <8 x float>, <8 x float>* %8, align 32
  %98 = add i64 %x, 3
  %99 = mul i64 %98, 8
  %100 = getelementptr inbounds float, float* %20, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %97, <8 x float>* %101, align 4
  %x.next = add i64 %x, 4
  br label %x.header

r.header1:                                        ; preds = %r.body2, %x.exit
  %r4 = phi i64 [ %25, %x.exit ], [ %r.next5, %r.body2 ]
  %102 = icmp slt i64 %r4, %27
  br i1 %102, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %103 = mul i64 %r4, 28
  %104 = add i64 %103, 24
  %105 = mul i64 %104, 8
  %106 = load <8 x float>, <8 x float>* %7, align 32
  %107 = add i64 %105, 0
  %108 = getelementptr inbounds float, float* %16, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %106, <8 x float> %110)
  %112 = add i64 %105, 8
  %113 = getelementptr inbounds float, float* %16, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %111, <8 x float> %115)
  store <8 x float> %116, <8 x float>* %7, align 32
  %117 = load <8 x float>, <8 x float>* %6, align 32
  %118 = add i64 %105, 16
  %119 = getelementptr inbounds float, float* %16, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %117, <8 x float> %121)
  %123 = add i64 %105, 24
  %124 = getelementptr inbounds float, float* %16, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %122, <8 x float> %126)
  store <8 x float> %127, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %128 = load <8 x float>, <8 x float>* %7, align 32
  %129 = getelementptr inbounds float, float* %20, i64 96
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = load <8 x float>, <8 x float>* %6, align 32
  %132 = getelementptr inbounds float, float* %20, i64 104
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit17, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit17 ]
  %28 = icmp slt i64 %group, 1
  br i1 %28, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %29 = mul i64 %group, 16
  %30 = sub i64 16, %29
  %31 = icmp slt i64 16, %30
  %32 = select i1 %31, i64 16, i64 %30
  %33 = sub i64 %5, 1
  %34 = add i64 %32, %33
  %35 = sdiv i64 %34, %5
  %36 = mul i64 %4, %35
  %37 = icmp slt i64 %36, %32
  %38 = select i1 %37, i64 %36, i64 %32
  %39 = add i64 %38, %35
  %40 = icmp slt i64 %39, %32
  %41 = select i1 %40, i64 %39, i64 %32
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %38, %group.body ], [ %tile.next, %unit.exit ]
  %42 = icmp slt i64 %tile, %41
  br i1 %42, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %43 = add i64 %29, %tile
  %44 = srem i64 %43, 4
  %45 = sdiv i64 %43, 4
  %46 = srem i64 %45, 4
  %47 = sdiv i64 %43, 16
  %48 = mul i64 %47, 64
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 512
  %56 = add i64 165888, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 3456, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 3456
  %63 = select i1 %62, i64 %61, i64 3456
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 3456
  %66 = select i1 %65, i64 %64, i64 3456
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 64
  br i1 %67, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %68 = mul i64 %unit, 2592
  %69 = add i64 %54, %68
  %70 = add i64 %69, 80
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to i8*
  call void @llvm.prefetch.p0i8(i8* %72, i32 0, i32 3, i32 1)
  %73 = add i64 %69, 96
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to i8*
  call void @llvm.prefetch.p0i8(i8* %75, i32 0, i32 3, i32 1)
  %76 = add i64 %69, 224
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to i8*
  call void @llvm.prefetch.p0i8(i8* %78, i32 0, i32 3, i32 1)
  %79 = add i64 %69, 240
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to i8*
  call void @llvm.prefetch.p0i8(i8* %81, i32 0, i32 3, i32 1)
  %82 = add i64 %69, 368
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to i8*
  call void @llvm.prefetch.p0i8(i8* %84, i32 0, i32 3, i32 1)
  %85 = add i64 %69, 384
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to i8*
  call void @llvm.prefetch.p0i8(i8* %87, i32 0, i32 3, i32 1)
  %88 = add i64 %69, 512
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to i8*
  call void @llvm.prefetch.p0i8(i8* %90, i32 0, i32 3, i32 1)
  %91 = add i64 %69, 528
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to i8*
  call void @llvm.prefetch.p0i8(i8* %93, i32 0, i32 3, i32 1)
  %94 = add i64 %69, 656
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to i8*
  call void @llvm.prefetch.p0i8(i8* %96, i32 0, i32 3, i32 1)
  %97 = add i64 %69, 672
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to i8*
  call void @llvm.prefetch.p0i8(i8* %99, i32 0, i32 3, i32 1)
  %100 = add i64 %69, 800
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to i8*
  call void @llvm.prefetch.p0i8(i8* %102, i32 0, i32 3, i32 1)
  %103 = add i64 %69, 816
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to i8*
  call void @llvm.prefetch.p0i8(i8* %105, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !50

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %106 = icmp slt i64 %column, 6
  br i1 %106, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %107 = mul i64 %column, 8
  %108 = add i64 %69, %107
  %109 = add i64 %108, 0
  %110 = getelementptr inbounds float, float* %2, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = add i64 %108, 144
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %108, 288
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %108, 432
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %108, 576
  %126 = getelementptr inbounds float, float* %2, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = add i64 %108, 720
  %130 = getelementptr inbounds float, float* %2, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = fmul <8 x float> %120, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %134 = fmul <8 x float> %116, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %135 = fsub <8 x float> %128, %133
  %136 = fsub <8 x float> %124, %134
  %137 = fsub <8 x float> %128, %120
  %138 = fsub <8 x float> %124, %116
  %139 = fmul <8 x float> %138, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %128)
  %141 = fmul <8 x float> %120, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %142 = fadd <8 x float> %140, %141
  %143 = fadd <8 x float> %135, %136
  %144 = fsub <8 x float> %135, %136
  %145 = fadd <8 x float> %137, %139
  %146 = fsub <8 x float> %137, %139
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %132)
  %148 = fmul <8 x float> %124, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %149 = fadd <8 x float> %147, %148
  %150 = mul i64 %column, 8
  %151 = add i64 %150, 0
  %152 = getelementptr inbounds float, float* %57, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %142, <8 x float>* %153, align 4
  %154 = mul i64 %column, 8
  %155 = add i64 %154, 48
  %156 = getelementptr inbounds float, float* %57, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %143, <8 x float>* %157, align 4
  %158 = mul i64 %column, 8
  %159 = add i64 %158, 96
  %160 = getelementptr inbounds float, float* %57, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %144, <8 x float>* %161, align 4
  %162 = mul i64 %column, 8
  %163 = add i64 %162, 144
  %164 = getelementptr inbounds float, float* %57, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %145, <8 x float>* %165, align 4
  %166 = mul i64 %column, 8
  %167 = add i64 %166, 192
  %168 = getelementptr inbounds float, float* %57, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %146, <8 x float>* %169, align 4
  %170 = mul i64 %column, 8
  %171 = add i64 %170, 240
  %172 = getelementptr inbounds float, float* %57, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %149, <8 x float>* %173, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !51

column.exit:                                      ; preds = %column.header
  %174 = mul i64 %unit, 8
  %175 = add i64 %56, %174
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %176 = icmp slt i64 %row, 6
  br i1 %176, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %177 = mul i64 %row, 48
  %178 = add i64 %177, 0
  %179 = getelementptr inbounds float, float* %57, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %177, 8
  %183 = getelementptr inbounds float, float* %57, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = add i64 %177, 16
  %187 = getelementptr inbounds float, float* %57, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %177, 24
  %191 = getelementptr inbounds float, float* %57, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %177, 32
  %195 = getelementptr inbounds float, float* %57, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %177, 40
  %199 = getelementptr inbounds float, float* %57, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = fmul <8 x float> %189, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %203 = fmul <8 x float> %185, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %204 = fsub <8 x float> %197, %202
  %205 = fsub <8 x float> %193, %203
  %206 = fsub <8 x float> %197, %189
  %207 = fsub <8 x float> %193, %185
  %208 = fmul <8 x float> %207, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %197)
  %210 = fmul <8 x float> %189, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %211 = fadd <8 x float> %209, %210
  %212 = fadd <8 x float> %204, %205
  %213 = fsub <8 x float> %204, %205
  %214 = fadd <8 x float> %206, %208
  %215 = fsub <8 x float> %206, %208
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %201)
  %217 = fmul <8 x float> %193, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %218 = fadd <8 x float> %216, %217
  %219 = mul i64 %row, 49152
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 8192
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 16384
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 24576
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 32768
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 40960
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !52

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !53

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 96
  %241 = mul i64 %240, 8192
  %242 = add i64 165888, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 262144
  %245 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_7.winograd to float*), i64 %244
  %246 = mul i64 %240, 8192
  %247 = add i64 460800, %246
  %248 = srem i64 %task, 96
  %249 = srem i64 %248, 3
  %250 = sdiv i64 %248, 3
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 8192
  %254 = icmp eq i64 %249, 2
  br i1 %254, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %255 = sub i64 %5, 1
  %256 = add i64 %32, %255
  %257 = sdiv i64 %256, %5
  %258 = mul i64 %4, %257
  %259 = icmp slt i64 %258, %32
  %260 = select i1 %259, i64 %258, i64 %32
  %261 = add i64 %260, %257
  %262 = icmp slt i64 %261, %32
  %263 = select i1 %262, i64 %261, i64 %32
  br label %tile.header15

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
  br label %task.header, !llvm.loop !54

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 512
  br i1 %264, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %265 = mul i64 %k, 16
  %266 = add i64 %253, %265
  %267 = add i64 %266, 0
  %268 = getelementptr inbounds float, float* %245, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = add i64 %266, 8
  %272 = getelementptr inbounds float, float* %245, i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = add i64 %251, 0
  %276 = mul i64 %275, 512
  %277 = add i64 %276, %k
  %278 = getelementptr inbounds float, float* %243, i64 %277
  %279 = load float, float* %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i32 0
  %splat = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %270, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %26, align 32
  %283 = load <8 x float>, <8 x float>* %22, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %274, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %22, align 32
  %285 = add i64 %251, 1
  %286 = mul i64 %285, 512
  %287 = add i64 %286, %k
  %288 = getelementptr inbounds float, float* %243, i64 %287
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i32 0
  %splat1 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %291 = load <8 x float>, <8 x float>* %25, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %270, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %25, align 32
  %293 = load <8 x float>, <8 x float>* %21, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %274, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %21, align 32
  %295 = add i64 %251, 2
  %296 = mul i64 %295, 512
  %297 = add i64 %296, %k
  %298 = getelementptr inbounds float, float* %243, i64 %297
  %299 = load float, float* %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %splat2 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %301 = load <8 x float>, <8 x float>* %24, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %270, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %24, align 32
  %303 = load <8 x float>, <8 x float>* %20, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %274, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %20, align 32
  %305 = add i64 %251, 3
  %306 = mul i64 %305, 512
  %307 = add i64 %306, %k
  %308 = getelementptr inbounds float, float* %243, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat3 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %23, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %270, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %23, align 32
  %313 = load <8 x float>, <8 x float>* %19, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %274, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %315 = add i64 %251, 0
  %316 = add i64 %252, 0
  %317 = load <8 x float>, <8 x float>* %26, align 32
  %318 = mul i64 %315, 512
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 512
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 512
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 512
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 512
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 512
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 512
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 512
  %375 = add i64 %374, %372
  %376 = add i64 %247, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %379 = icmp slt i64 %k7, 512
  br i1 %379, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %380 = mul i64 %k7, 16
  %381 = add i64 %253, %380
  %382 = add i64 %381, 0
  %383 = getelementptr inbounds float, float* %245, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %381, 8
  %387 = getelementptr inbounds float, float* %245, i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = add i64 %251, 0
  %391 = mul i64 %390, 512
  %392 = add i64 %391, %k7
  %393 = getelementptr inbounds float, float* %243, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat8 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %18, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %385, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %18, align 32
  %398 = load <8 x float>, <8 x float>* %12, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %389, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %12, align 32
  %400 = add i64 %251, 1
  %401 = mul i64 %400, 512
  %402 = add i64 %401, %k7
  %403 = getelementptr inbounds float, float* %243, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat9 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %385, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = load <8 x float>, <8 x float>* %11, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %389, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %11, align 32
  %410 = add i64 %251, 2
  %411 = mul i64 %410, 512
  %412 = add i64 %411, %k7
  %413 = getelementptr inbounds float, float* %243, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat10 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %385, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = load <8 x float>, <8 x float>* %10, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %389, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %10, align 32
  %420 = add i64 %251, 3
  %421 = mul i64 %420, 512
  %422 = add i64 %421, %k7
  %423 = getelementptr inbounds float, float* %243, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat11 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %385, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %15, align 32
  %428 = load <8 x float>, <8 x float>* %9, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %389, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %9, align 32
  %430 = add i64 %251, 4
  %431 = mul i64 %430, 512
  %432 = add i64 %431, %k7
  %433 = getelementptr inbounds float, float* %243, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat12 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %14, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %385, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %14, align 32
  %438 = load <8 x float>, <8 x float>* %8, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %389, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %8, align 32
  %440 = add i64 %251, 5
  %441 = mul i64 %440, 512
  %442 = add i64 %441, %k7
  %443 = getelementptr inbounds float, float* %243, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat13 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %13, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %385, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %13, align 32
  %448 = load <8 x float>, <8 x float>* %7, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %389, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %450 = add i64 %251, 0
  %451 = add i64 %252, 0
  %452 = load <8 x float>, <8 x float>* %18, align 32
  %453 = mul i64 %450, 512
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 512
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 512
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 512
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 512
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 512
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 512
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 512
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 512
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 512
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 512
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 512
  %542 = add i64 %541, %539
  %543 = add i64 %247, %542
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  store <8 x float> %540, <8 x float>* %545, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %260, %task.exit ], [ %tile.next63, %endif21 ]
  %546 = icmp slt i64 %tile18, %263
  br i1 %546, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %547 = add i64 %29, %tile18
  %548 = srem i64 %547, 4
  %549 = sdiv i64 %547, 4
  %550 = srem i64 %549, 4
  %551 = sdiv i64 %547, 16
  %552 = mul i64 %551, 64
  %553 = mul i64 %552, 1568
  %554 = mul i64 %550, 56
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 512
  %560 = add i64 460800, %559
  %561 = bitcast [192 x float]* %6 to float*
  %562 = icmp eq i64 %550, 3
  br i1 %562, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !55

then19:                                           ; preds = %tile.body16
  %563 = icmp eq i64 %548, 3
  br i1 %563, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %564 = icmp eq i64 %548, 3
  br i1 %564, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !56

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %565 = icmp slt i64 %block, 64
  br i1 %565, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %566 = mul i64 %block, 8
  %567 = add i64 %560, %566
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %568 = icmp slt i64 %row28, 6
  br i1 %568, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %569 = mul i64 %row28, 49152
  %570 = add i64 %567, %569
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %570, 8192
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %570, 16384
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %570, 24576
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %570, 32768
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %570, 40960
  %592 = getelementptr inbounds float, float* %2, i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = fadd <8 x float> %578, %582
  %596 = fsub <8 x float> %578, %582
  %597 = fadd <8 x float> %586, %590
  %598 = fsub <8 x float> %586, %590
  %599 = fadd <8 x float> %574, %595
  %600 = fadd <8 x float> %599, %597
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %596)
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %595)
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %596)
  %604 = fadd <8 x float> %603, %594
  %605 = mul i64 %row28, 32
  %606 = add i64 %605, 0
  %607 = getelementptr inbounds float, float* %561, i64 %606
  %608 = bitcast float* %607 to <8 x float>*
  store <8 x float> %600, <8 x float>* %608, align 4
  %609 = mul i64 %row28, 32
  %610 = add i64 %609, 8
  %611 = getelementptr inbounds float, float* %561, i64 %610
  %612 = bitcast float* %611 to <8 x float>*
  store <8 x float> %601, <8 x float>* %612, align 4
  %613 = mul i64 %row28, 32
  %614 = add i64 %613, 16
  %615 = getelementptr inbounds float, float* %561, i64 %614
  %616 = bitcast float* %615 to <8 x float>*
  store <8 x float> %602, <8 x float>* %616, align 4
  %617 = mul i64 %row28, 32
  %618 = add i64 %617, 24
  %619 = getelementptr inbounds float, float* %561, i64 %618
  %620 = bitcast float* %619 to <8 x float>*
  store <8 x float> %604, <8 x float>* %620, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !57

row.exit27:                                       ; preds = %row.header25
  %621 = mul i64 %block, 8
  %622 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = mul i64 %block, 1568
  %626 = add i64 %558, %625
  %627 = getelementptr inbounds float, float* %561, i64 0
  %628 = bitcast float* %627 to <8 x float>*
  %629 = load <8 x float>, <8 x float>* %628, align 4
  %630 = getelementptr inbounds float, float* %561, i64 32
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = getelementptr inbounds float, float* %561, i64 64
  %634 = bitcast float* %633 to <8 x float>*
  %635 = load <8 x float>, <8 x float>* %634, align 4
  %636 = getelementptr inbounds float, float* %561, i64 96
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = getelementptr inbounds float, float* %561, i64 128
  %640 = bitcast float* %639 to <8 x float>*
  %641 = load <8 x float>, <8 x float>* %640, align 4
  %642 = getelementptr inbounds float, float* %561, i64 160
  %643 = bitcast float* %642 to <8 x float>*
  %644 = load <8 x float>, <8 x float>* %643, align 4
  %645 = fadd <8 x float> %632, %635
  %646 = fsub <8 x float> %632, %635
  %647 = fadd <8 x float> %638, %641
  %648 = fsub <8 x float> %638, %641
  %649 = fadd <8 x float> %629, %645
  %650 = fadd <8 x float> %649, %647
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %646)
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %645)
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %646)
  %654 = fadd <8 x float> %653, %644
  %655 = add i64 %626, 0
  %656 = fadd <8 x float> %650, %624
  %657 = fcmp olt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> %656
  %659 = getelementptr inbounds float, float* %0, i64 %655
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = add i64 %626, 112
  %662 = fadd <8 x float> %651, %624
  %663 = fcmp olt <8 x float> %662, zeroinitializer
  %664 = select <8 x i1> %663, <8 x float> zeroinitializer, <8 x float> %662
  %665 = getelementptr inbounds float, float* %0, i64 %661
  %666 = bitcast float* %665 to <8 x float>*
  store <8 x float> %664, <8 x float>* %666, align 4
  %667 = getelementptr inbounds float, float* %561, i64 8
  %668 = bitcast float* %667 to <8 x float>*
  %669 = load <8 x float>, <8 x float>* %668, align 4
  %670 = getelementptr inbounds float, float* %561, i64 40
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = getelementptr inbounds float, float* %561, i64 72
  %674 = bitcast float* %673 to <8 x float>*
  %675 = load <8 x float>, <8 x float>* %674, align 4
  %676 = getelementptr inbounds float, float* %561, i64 104
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = getelementptr inbounds float, float* %561, i64 136
  %680 = bitcast float* %679 to <8 x float>*
  %681 = load <8 x float>, <8 x float>* %680, align 4
  %682 = getelementptr inbounds float, float* %561, i64 168
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = fadd <8 x float> %672, %675
  %686 = fsub <8 x float> %672, %675
  %687 = fadd <8 x float> %678, %681
  %688 = fsub <8 x float> %678, %681
  %689 = fadd <8 x float> %669, %685
  %690 = fadd <8 x float> %689, %687
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %686)
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %687, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %685)
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %686)
  %694 = fadd <8 x float> %693, %684
  %695 = add i64 %626, 8
  %696 = fadd <8 x float> %690, %624
  %697 = fcmp olt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> zeroinitializer, <8 x float> %696
  %699 = getelementptr inbounds float, float* %0, i64 %695
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %698, <8 x float>* %700, align 4
  %701 = add i64 %626, 120
  %702 = fadd <8 x float> %691, %624
  %703 = fcmp olt <8 x float> %702, zeroinitializer
  %704 = select <8 x i1> %703, <8 x float> zeroinitializer, <8 x float> %702
  %705 = getelementptr inbounds float, float* %0, i64 %701
  %706 = bitcast float* %705 to <8 x float>*
  store <8 x float> %704, <8 x float>* %706, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !58

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %707 = icmp slt i64 %block33, 64
  br i1 %707, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %708 = mul i64 %block33, 8
  %709 = add i64 %560, %708
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %710 = icmp slt i64 %row37, 6
  br i1 %710, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %711 = mul i64 %row37, 49152
  %712 = add i64 %709, %711
  %713 = add i64 %712, 0
  %714 = getelementptr inbounds float, float* %2, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %712, 8192
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %712, 16384
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %712, 24576
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %712, 32768
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %712, 40960
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = fadd <8 x float> %720, %724
  %738 = fsub <8 x float> %720, %724
  %739 = fadd <8 x float> %728, %732
  %740 = fsub <8 x float> %728, %732
  %741 = fadd <8 x float> %716, %737
  %742 = fadd <8 x float> %741, %739
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %738)
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %739, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %737)
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %738)
  %746 = fadd <8 x float> %745, %736
  %747 = mul i64 %row37, 32
  %748 = add i64 %747, 0
  %749 = getelementptr inbounds float, float* %561, i64 %748
  %750 = bitcast float* %749 to <8 x float>*
  store <8 x float> %742, <8 x float>* %750, align 4
  %751 = mul i64 %row37, 32
  %752 = add i64 %751, 8
  %753 = getelementptr inbounds float, float* %561, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  store <8 x float> %743, <8 x float>* %754, align 4
  %755 = mul i64 %row37, 32
  %756 = add i64 %755, 16
  %757 = getelementptr inbounds float, float* %561, i64 %756
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %744, <8 x float>* %758, align 4
  %759 = mul i64 %row37, 32
  %760 = add i64 %759, 24
  %761 = getelementptr inbounds float, float* %561, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  store <8 x float> %746, <8 x float>* %762, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !59

row.exit36:                                       ; preds = %row.header34
  %763 = mul i64 %block33, 8
  %764 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = mul i64 %block33, 1568
  %768 = add i64 %558, %767
  %769 = getelementptr inbounds float, float* %561, i64 0
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = getelementptr inbounds float, float* %561, i64 32
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = getelementptr inbounds float, float* %561, i64 64
  %776 = bitcast float* %775 to <8 x float>*
  %777 = load <8 x float>, <8 x float>* %776, align 4
  %778 = getelementptr inbounds float, float* %561, i64 96
  %779 = bitcast float* %778 to <8 x float>*
  %780 = load <8 x float>, <8 x float>* %779, align 4
  %781 = getelementptr inbounds float, float* %561, i64 128
  %782 = bitcast float* %781 to <8 x float>*
  %783 = load <8 x float>, <8 x float>* %782, align 4
  %784 = getelementptr inbounds float, float* %561, i64 160
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = fadd <8 x float> %774, %777
  %788 = fsub <8 x float> %774, %777
  %789 = fadd <8 x float> %780, %783
  %790 = fsub <8 x float> %780, %783
  %791 = fadd <8 x float> %771, %787
  %792 = fadd <8 x float> %791, %789
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %790, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %788)
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %789, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %787)
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %790, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %788)
  %796 = fadd <8 x float> %795, %786
  %797 = add i64 %768, 0
  %798 = fadd <8 x float> %792, %766
  %799 = fcmp olt <8 x float> %798, zeroinitializer
  %800 = select <8 x i1> %799, <8 x float> zeroinitializer, <8 x float> %798
  %801 = getelementptr inbounds float, float* %0, i64 %797
  %802 = bitcast float* %801 to <8 x float>*
  store <8 x float> %800, <8 x float>* %802, align 4
  %803 = add i64 %768, 112
  %804 = fadd <8 x float> %793, %766
  %805 = fcmp olt <8 x float> %804, zeroinitializer
  %806 = select <8 x i1> %805, <8 x float> zeroinitializer, <8 x float> %804
  %807 = getelementptr inbounds float, float* %0, i64 %803
  %808 = bitcast float* %807 to <8 x float>*
  store <8 x float> %806, <8 x float>* %808, align 4
  %809 = getelementptr inbounds float, float* %561, i64 8
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = getelementptr inbounds float, float* %561, i64 40
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  %815 = getelementptr inbounds float, float* %561, i64 72
  %816 = bitcast float* %815 to <8 x float>*
  %817 = load <8 x float>, <8 x float>* %816, align 4
  %818 = getelementptr inbounds float, float* %561, i64 104
  %819 = bitcast float* %818 to <8 x float>*
  %820 = load <8 x float>, <8 x float>* %819, align 4
  %821 = getelementptr inbounds float, float* %561, i64 136
  %822 = bitcast float* %821 to <8 x float>*
  %823 = load <8 x float>, <8 x float>* %822, align 4
  %824 = getelementptr inbounds float, float* %561, i64 168
  %825 = bitcast float* %824 to <8 x float>*
  %826 = load <8 x float>, <8 x float>* %825, align 4
  %827 = fadd <8 x float> %814, %817
  %828 = fsub <8 x float> %814, %817
  %829 = fadd <8 x float> %820, %823
  %830 = fsub <8 x float> %820, %823
  %831 = fadd <8 x float> %811, %827
  %832 = fadd <8 x float> %831, %829
  %833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %830, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %828)
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %829, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %827)
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %830, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %828)
  %836 = fadd <8 x float> %835, %826
  %837 = add i64 %768, 8
  %838 = fadd <8 x float> %832, %766
  %839 = fcmp olt <8 x float> %838, zeroinitializer
  %840 = select <8 x i1> %839, <8 x float> zeroinitializer, <8 x float> %838
  %841 = getelementptr inbounds float, float* %0, i64 %837
  %842 = bitcast float* %841 to <8 x float>*
  store <8 x float> %840, <8 x float>* %842, align 4
  %843 = add i64 %768, 120
  %844 = fadd <8 x float> %833, %766
  %845 = fcmp olt <8 x float> %844, zeroinitializer
  %846 = select <8 x i1> %845, <8 x float> zeroinitializer, <8 x float> %844
  %847 = getelementptr inbounds float, float* %0, i64 %843
  %848 = bitcast float* %847 to <8 x float>*
  store <8 x float> %846, <8 x float>* %848, align 4
  %849 = getelementptr inbounds float, float* %561, i64 16
  %850 = bitcast float* %849 to <8 x float>*
  %851 = load <8 x float>, <8 x float>* %850, align 4
  %852 = getelementptr inbounds float, float* %561, i64 48
  %853 = bitcast float* %852 to <8 x float>*
  %854 = load <8 x float>, <8 x float>* %853, align 4
  %855 = getelementptr inbounds float, float* %561, i64 80
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = getelementptr inbounds float, float* %561, i64 112
  %859 = bitcast float* %858 to <8 x float>*
  %860 = load <8 x float>, <8 x float>* %859, align 4
  %861 = getelementptr inbounds float, float* %561, i64 144
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = getelementptr inbounds float, float* %561, i64 176
  %865 = bitcast float* %864 to <8 x float>*
  %866 = load <8 x float>, <8 x float>* %865, align 4
  %867 = fadd <8 x float> %854, %857
  %868 = fsub <8 x float> %854, %857
  %869 = fadd <8 x float> %860, %863
  %870 = fsub <8 x float> %860, %863
  %871 = fadd <8 x float> %851, %867
  %872 = fadd <8 x float> %871, %869
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %870, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %868)
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %869, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %867)
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %870, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %868)
  %876 = fadd <8 x float> %875, %866
  %877 = add i64 %768, 16
  %878 = fadd <8 x float> %872, %766
  %879 = fcmp olt <8 x float> %878, zeroinitializer
  %880 = select <8 x i1> %879, <8 x float> zeroinitializer, <8 x float> %878
  %881 = getelementptr inbounds float, float* %0, i64 %877
  %882 = bitcast float* %881 to <8 x float>*
  store <8 x float> %880, <8 x float>* %882, align 4
  %883 = add i64 %768, 128
  %884 = fadd <8 x float> %873, %766
  %885 = fcmp olt <8 x float> %884, zeroinitializer
  %886 = select <8 x i1> %885, <8 x float> zeroinitializer, <8 x float> %884
  %887 = getelementptr inbounds float, float* %0, i64 %883
  %888 = bitcast float* %887 to <8 x float>*
  store <8 x float> %886, <8 x float>* %888, align 4
  %889 = getelementptr inbounds float, float* %561, i64 24
  %890 = bitcast float* %889 to <8 x float>*
  %891 = load <8 x float>, <8 x float>* %890, align 4
  %892 = getelementptr inbounds float, float* %561, i64 56
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = getelementptr inbounds float, float* %561, i64 88
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = getelementptr inbounds float, float* %561, i64 120
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = getelementptr inbounds float, float* %561, i64 152
  %902 = bitcast float* %901 to <8 x float>*
  %903 = load <8 x float>, <8 x float>* %902, align 4
  %904 = getelementptr inbounds float, float* %561, i64 184
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = fadd <8 x float> %894, %897
  %908 = fsub <8 x float> %894, %897
  %909 = fadd <8 x float> %900, %903
  %910 = fsub <8 x float> %900, %903
  %911 = fadd <8 x float> %891, %907
  %912 = fadd <8 x float> %911, %909
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %908)
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %909, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %907)
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %908)
  %916 = fadd <8 x float> %915, %906
  %917 = add i64 %768, 24
  %918 = fadd <8 x float> %912, %766
  %919 = fcmp olt <8 x float> %918, zeroinitializer
  %920 = select <8 x i1> %919, <8 x float> zeroinitializer, <8 x float> %918
  %921 = getelementptr inbounds float, float* %0, i64 %917
  %922 = bitcast float* %921 to <8 x float>*
  store <8 x float> %920, <8 x float>* %922, align 4
  %923 = add i64 %768, 136
  %924 = fadd <8 x float> %913, %766
  %925 = fcmp olt <8 x float> %924, zeroinitializer
  %926 = select <8 x i1> %925, <8 x float> zeroinitializer, <8 x float> %924
  %927 = getelementptr inbounds float, float* %0, i64 %923
  %928 = bitcast float* %927 to <8 x float>*
  store <8 x float> %926, <8 x float>* %928, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !60

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %929 = icmp slt i64 %block46, 64
  br i1 %929, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %930 = mul i64 %block46, 8
  %931 = add i64 %560, %930
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %932 = icmp slt i64 %row50, 6
  br i1 %932, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %933 = mul i64 %row50, 49152
  %934 = add i64 %931, %933
  %935 = add i64 %934, 0
  %936 = getelementptr inbounds float, float* %2, i64 %935
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = add i64 %934, 8192
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = bitcast float* %940 to <8 x float>*
  %942 = load <8 x float>, <8 x float>* %941, align 4
  %943 = add i64 %934, 16384
  %944 = getelementptr inbounds float, float* %2, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = add i64 %934, 24576
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = bitcast float* %948 to <8 x float>*
  %950 = load <8 x float>, <8 x float>* %949, align 4
  %951 = add i64 %934, 32768
  %952 = getelementptr inbounds float, float* %2, i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %934, 40960
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  %959 = fadd <8 x float> %942, %946
  %960 = fsub <8 x float> %942, %946
  %961 = fadd <8 x float> %950, %954
  %962 = fsub <8 x float> %950, %954
  %963 = fadd <8 x float> %938, %959
  %964 = fadd <8 x float> %963, %961
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %960)
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %959)
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %960)
  %968 = fadd <8 x float> %967, %958
  %969 = mul i64 %row50, 32
  %970 = add i64 %969, 0
  %971 = getelementptr inbounds float, float* %561, i64 %970
  %972 = bitcast float* %971 to <8 x float>*
  store <8 x float> %964, <8 x float>* %972, align 4
  %973 = mul i64 %row50, 32
  %974 = add i64 %973, 8
  %975 = getelementptr inbounds float, float* %561, i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  store <8 x float> %965, <8 x float>* %976, align 4
  %977 = mul i64 %row50, 32
  %978 = add i64 %977, 16
  %979 = getelementptr inbounds float, float* %561, i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  store <8 x float> %966, <8 x float>* %980, align 4
  %981 = mul i64 %row50, 32
  %982 = add i64 %981, 24
  %983 = getelementptr inbounds float, float* %561, i64 %982
  %984 = bitcast float* %983 to <8 x float>*
  store <8 x float> %968, <8 x float>* %984, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !61

row.exit49:                                       ; preds = %row.header47
  %985 = mul i64 %block46, 8
  %986 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = mul i64 %block46, 1568
  %990 = add i64 %558, %989
  %991 = getelementptr inbounds float, float* %561, i64 0
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = getelementptr inbounds float, float* %561, i64 32
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = getelementptr inbounds float, float* %561, i64 64
  %998 = bitcast float* %997 to <8 x float>*
  %999 = load <8 x float>, <8 x float>* %998, align 4
  %1000 = getelementptr inbounds float, float* %561, i64 96
  %1001 = bitcast float* %1000 to <8 x float>*
  %1002 = load <8 x float>, <8 x float>* %1001, align 4
  %1003 = getelementptr inbounds float, float* %561, i64 128
  %1004 = bitcast float* %1003 to <8 x float>*
  %1005 = load <8 x float>, <8 x float>* %1004, align 4
  %1006 = getelementptr inbounds float, float* %561, i64 160
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = fadd <8 x float> %996, %999
  %1010 = fsub <8 x float> %996, %999
  %1011 = fadd <8 x float> %1002, %1005
  %1012 = fsub <8 x float> %1002, %1005
  %1013 = fadd <8 x float> %993, %1009
  %1014 = fadd <8 x float> %1013, %1011
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1012, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1010)
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1011, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1009)
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1012, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1010)
  %1018 = fadd <8 x float> %1017, %1008
  %1019 = add i64 %990, 0
  %1020 = fadd <8 x float> %1014, %988
  %1021 = fcmp olt <8 x float> %1020, zeroinitializer
  %1022 = select <8 x i1> %1021, <8 x float> zeroinitializer, <8 x float> %1020
  %1023 = getelementptr inbounds float, float* %0, i64 %1019
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1022, <8 x float>* %1024, align 4
  %1025 = add i64 %990, 112
  %1026 = fadd <8 x float> %1015, %988
  %1027 = fcmp olt <8 x float> %1026, zeroinitializer
  %1028 = select <8 x i1> %1027, <8 x float> zeroinitializer, <8 x float> %1026
  %1029 = getelementptr inbounds float, float* %0, i64 %1025
  %1030 = bitcast float* %1029 to <8 x float>*
  store <8 x float> %1028, <8 x float>* %1030, align 4
  %1031 = add i64 %990, 224
  %1032 = fadd <8 x float> %1016, %988
  %1033 = fcmp olt <8 x float> %1032, zeroinitializer
  %1034 = select <8 x i1> %1033, <8 x float> zeroinitializer, <8 x float> %1032
  %1035 = getelementptr inbounds float, float* %0, i64 %1031
  %1036 = bitcast float* %1035 to <8 x float>*
  store <8 x float> %1034, <8 x float>* %1036, align 4
  %1037 = add i64 %990, 336
  %1038 = fadd <8 x float> %1018, %988
  %1039 = fcmp olt <8 x float> %1038, zeroinitializer
  %1040 = select <8 x i1> %1039, <8 x float> zeroinitializer, <8 x float> %1038
  %1041 = getelementptr inbounds float, float* %0, i64 %1037
  %1042 = bitcast float* %1041 to <8 x float>*
  store <8 x float> %1040, <8 x float>* %1042, align 4
  %1043 = getelementptr inbounds float, float* %561, i64 8
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = getelementptr inbounds float, float* %561, i64 40
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = getelementptr inbounds float, float* %561, i64 72
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = getelementptr inbounds float, float* %561, i64 104
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = getelementptr inbounds float, float* %561, i64 136
  %1056 = bitcast float* %1055 to <8 x float>*
  %1057 = load <8 x float>, <8 x float>* %1056, align 4
  %1058 = getelementptr inbounds float, float* %561, i64 168
  %1059 = bitcast float* %1058 to <8 x float>*
  %1060 = load <8 x float>, <8 x float>* %1059, align 4
  %1061 = fadd <8 x float> %1048, %1051
  %1062 = fsub <8 x float> %1048, %1051
  %1063 = fadd <8 x float> %1054, %1057
  %1064 = fsub <8 x float> %1054, %1057
  %1065 = fadd <8 x float> %1045, %1061
  %1066 = fadd <8 x float> %1065, %1063
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1062)
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1063, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1061)
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1062)
  %1070 = fadd <8 x float> %1069, %1060
  %1071 = add i64 %990, 8
  %1072 = fadd <8 x float> %1066, %988
  %1073 = fcmp olt <8 x float> %1072, zeroinitializer
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> %1072
  %1075 = getelementptr inbounds float, float* %0, i64 %1071
  %1076 = bitcast float* %1075 to <8 x float>*
  store <8 x float> %1074, <8 x float>* %1076, align 4
  %1077 = add i64 %990, 120
  %1078 = fadd <8 x float> %1067, %988
  %1079 = fcmp olt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> zeroinitializer, <8 x float> %1078
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %990, 232
  %1084 = fadd <8 x float> %1068, %988
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %1083
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = add i64 %990, 344
  %1090 = fadd <8 x float> %1070, %988
  %1091 = fcmp olt <8 x float> %1090, zeroinitializer
  %1092 = select <8 x i1> %1091, <8 x float> zeroinitializer, <8 x float> %1090
  %1093 = getelementptr inbounds float, float* %0, i64 %1089
  %1094 = bitcast float* %1093 to <8 x float>*
  store <8 x float> %1092, <8 x float>* %1094, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !62

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1095 = icmp slt i64 %block56, 64
  br i1 %1095, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1096 = mul i64 %block56, 8
  %1097 = add i64 %560, %1096
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1098 = icmp slt i64 %row60, 6
  br i1 %1098, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1099 = mul i64 %row60, 49152
  %1100 = add i64 %1097, %1099
  %1101 = add i64 %1100, 0
  %1102 = getelementptr inbounds float, float* %2, i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = add i64 %1100, 8192
  %1106 = getelementptr inbounds float, float* %2, i64 %1105
  %1107 = bitcast float* %1106 to <8 x float>*
  %1108 = load <8 x float>, <8 x float>* %1107, align 4
  %1109 = add i64 %1100, 16384
  %1110 = getelementptr inbounds float, float* %2, i64 %1109
  %1111 = bitcast float* %1110 to <8 x float>*
  %1112 = load <8 x float>, <8 x float>* %1111, align 4
  %1113 = add i64 %1100, 24576
  %1114 = getelementptr inbounds float, float* %2, i64 %1113
  %1115 = bitcast float* %1114 to <8 x float>*
  %1116 = load <8 x float>, <8 x float>* %1115, align 4
  %1117 = add i64 %1100, 32768
  %1118 = getelementptr inbounds float, float* %2, i64 %1117
  %1119 = bitcast float* %1118 to <8 x float>*
  %1120 = load <8 x float>, <8 x float>* %1119, align 4
  %1121 = add i64 %1100, 40960
  %1122 = getelementptr inbounds float, float* %2, i64 %1121
  %1123 = bitcast float* %1122 to <8 x float>*
  %1124 = load <8 x float>, <8 x float>* %1123, align 4
  %1125 = fadd <8 x float> %1108, %1112
  %1126 = fsub <8 x float> %1108, %1112
  %1127 = fadd <8 x float> %1116, %1120
  %1128 = fsub <8 x float> %1116, %1120
  %1129 = fadd <8 x float> %1104, %1125
  %1130 = fadd <8 x float> %1129, %1127
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1128, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1126)
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1127, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1125)
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1128, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1126)
  %1134 = fadd <8 x float> %1133, %1124
  %1135 = mul i64 %row60, 32
  %1136 = add i64 %1135, 0
  %1137 = getelementptr inbounds float, float* %561, i64 %1136
  %1138 = bitcast float* %1137 to <8 x float>*
  store <8 x float> %1130, <8 x float>* %1138, align 4
  %1139 = mul i64 %row60, 32
  %1140 = add i64 %1139, 8
  %1141 = getelementptr inbounds float, float* %561, i64 %1140
  %1142 = bitcast float* %1141 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1142, align 4
  %1143 = mul i64 %row60, 32
  %1144 = add i64 %1143, 16
  %1145 = getelementptr inbounds float, float* %561, i64 %1144
  %1146 = bitcast float* %1145 to <8 x float>*
  store <8 x float> %1132, <8 x float>* %1146, align 4
  %1147 = mul i64 %row60, 32
  %1148 = add i64 %1147, 24
  %1149 = getelementptr inbounds float, float* %561, i64 %1148
  %1150 = bitcast float* %1149 to <8 x float>*
  store <8 x float> %1134, <8 x float>* %1150, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !63

row.exit59:                                       ; preds = %row.header57
  %1151 = mul i64 %block56, 8
  %1152 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %1151
  %1153 = bitcast float* %1152 to <8 x float>*
  %1154 = load <8 x float>, <8 x float>* %1153, align 4
  %1155 = mul i64 %block56, 1568
  %1156 = add i64 %558, %1155
  %1157 = getelementptr inbounds float, float* %561, i64 0
  %1158 = bitcast float* %1157 to <8 x float>*
  %1159 = load <8 x float>, <8 x float>* %1158, align 4
  %1160 = getelementptr inbounds float, float* %561, i64 32
  %1161 = bitcast float* %1160 to <8 x float>*
  %1162 = load <8 x float>, <8 x float>* %1161, align 4
  %1163 = getelementptr inbounds float, float* %561, i64 64
  %1164 = bitcast float* %1163 to <8 x float>*
  %1165 = load <8 x float>, <8 x float>* %1164, align 4
  %1166 = getelementptr inbounds float, float* %561, i64 96
  %1167 = bitcast float* %1166 to <8 x float>*
  %1168 = load <8 x float>, <8 x float>* %1167, align 4
  %1169 = getelementptr inbounds float, float* %561, i64 128
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  %1172 = getelementptr inbounds float, float* %561, i64 160
  %1173 = bitcast float* %1172 to <8 x float>*
  %1174 = load <8 x float>, <8 x float>* %1173, align 4
  %1175 = fadd <8 x float> %1162, %1165
  %1176 = fsub <8 x float> %1162, %1165
  %1177 = fadd <8 x float> %1168, %1171
  %1178 = fsub <8 x float> %1168, %1171
  %1179 = fadd <8 x float> %1159, %1175
  %1180 = fadd <8 x float> %1179, %1177
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1176)
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1175)
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1176)
  %1184 = fadd <8 x float> %1183, %1174
  %1185 = add i64 %1156, 0
  %1186 = fadd <8 x float> %1180, %1154
  %1187 = fcmp olt <8 x float> %1186, zeroinitializer
  %1188 = select <8 x i1> %1187, <8 x float> zeroinitializer, <8 x float> %1186
  %1189 = getelementptr inbounds float, float* %0, i64 %1185
  %1190 = bitcast float* %1189 to <8 x float>*
  store <8 x float> %1188, <8 x float>* %1190, align 4
  %1191 = add i64 %1156, 112
  %1192 = fadd <8 x float> %1181, %1154
  %1193 = fcmp olt <8 x float> %1192, zeroinitializer
  %1194 = select <8 x i1> %1193, <8 x float> zeroinitializer, <8 x float> %1192
  %1195 = getelementptr inbounds float, float* %0, i64 %1191
  %1196 = bitcast float* %1195 to <8 x float>*
  store <8 x float> %1194, <8 x float>* %1196, align 4
  %1197 = add i64 %1156, 224
  %1198 = fadd <8 x float> %1182, %1154
  %1199 = fcmp olt <8 x float> %1198, zeroinitializer
  %1200 = select <8 x i1> %1199, <8 x float> zeroinitializer, <8 x float> %1198
  %1201 = getelementptr inbounds float, float* %0, i64 %1197
  %1202 = bitcast float* %1201 to <8 x float>*
  store <8 x float> %1200, <8 x float>* %1202, align 4
  %1203 = add i64 %1156, 336
  %1204 = fadd <8 x float> %1184, %1154
  %1205 = fcmp olt <8 x float> %1204, zeroinitializer
  %1206 = select <8 x i1> %1205, <8 x float> zeroinitializer, <8 x float> %1204
  %1207 = getelementptr inbounds float, float* %0, i64 %1203
  %1208 = bitcast float* %1207 to <8 x float>*
  store <8 x float> %1206, <8 x float>* %1208, align 4
  %1209 = getelementptr inbounds float, float* %561, i64 8
  %1210 = bitcast float* %1209 to <8 x float>*
  %1211 = load <8 x float>, <8 x float>* %1210, align 4
  %1212 = getelementptr inbounds float, float* %561, i64 40
  %1213 = bitcast float* %1212 to <8 x float>*
  %1214 = load <8 x float>, <8 x float>* %1213, align 4
  %1215 = getelementptr inbounds float, float* %561, i64 72
  %1216 = bitcast float* %1215 to <8 x float>*
  %1217 = load <8 x float>, <8 x float>* %1216, align 4
  %1218 = getelementptr inbounds float, float* %561, i64 104
  %1219 = bitcast float* %1218 to <8 x float>*
  %1220 = load <8 x float>, <8 x float>* %1219, align 4
  %1221 = getelementptr inbounds float, float* %561, i64 136
  %1222 = bitcast float* %1221 to <8 x float>*
  %1223 = load <8 x float>, <8 x float>* %1222, align 4
  %1224 = getelementptr inbounds float, float* %561, i64 168
  %1225 = bitcast float* %1224 to <8 x float>*
  %1226 = load <8 x float>, <8 x float>* %1225, align 4
  %1227 = fadd <8 x float> %1214, %1217
  %1228 = fsub <8 x float> %1214, %1217
  %1229 = fadd <8 x float> %1220, %1223
  %1230 = fsub <8 x float> %1220, %1223
  %1231 = fadd <8 x float> %1211, %1227
  %1232 = fadd <8 x float> %1231, %1229
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1230, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1228)
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1229, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1227)
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1230, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1228)
  %1236 = fadd <8 x float> %1235, %1226
  %1237 = add i64 %1156, 8
  %1238 = fadd <8 x float> %1232, %1154
  %1239 = fcmp olt <8 x float> %1238, zeroinitializer
  %1240 = select <8 x i1> %1239, <8 x float> zeroinitializer, <8 x float> %1238
  %1241 = getelementptr inbounds float, float* %0, i64 %1237
  %1242 = bitcast float* %1241 to <8 x float>*
  store <8 x float> %1240, <8 x float>* %1242, align 4
  %1243 = add i64 %1156, 120
  %1244 = fadd <8 x float> %1233, %1154
  %1245 = fcmp olt <8 x float> %1244, zeroinitializer
  %1246 = select <8 x i1> %1245, <8 x float> zeroinitializer, <8 x float> %1244
  %1247 = getelementptr inbounds float, float* %0, i64 %1243
  %1248 = bitcast float* %1247 to <8 x float>*
  store <8 x float> %1246, <8 x float>* %1248, align 4
  %1249 = add i64 %1156, 232
  %1250 = fadd <8 x float> %1234, %1154
  %1251 = fcmp olt <8 x float> %1250, zeroinitializer
  %1252 = select <8 x i1> %1251, <8 x float> zeroinitializer, <8 x float> %1250
  %1253 = getelementptr inbounds float, float* %0, i64 %1249
  %1254 = bitcast float* %1253 to <8 x float>*
  store <8 x float> %1252, <8 x float>* %1254, align 4
  %1255 = add i64 %1156, 344
  %1256 = fadd <8 x float> %1236, %1154
  %1257 = fcmp olt <8 x float> %1256, zeroinitializer
  %1258 = select <8 x i1> %1257, <8 x float> zeroinitializer, <8 x float> %1256
  %1259 = getelementptr inbounds float, float* %0, i64 %1255
  %1260 = bitcast float* %1259 to <8 x float>*
  store <8 x float> %1258, <8 x float>* %1260, align 4
  %1261 = getelementptr inbounds float, float* %561, i64 16
  %1262 = bitcast float* %1261 to <8 x float>*
  %1263 = load <8 x float>, <8 x float>* %1262, align 4
  %1264 = getelementptr inbounds float, float* %561, i64 48
  %1265 = bitcast float* %1264 to <8 x float>*
  %1266 = load <8 x float>, <8 x float>* %1265, align 4
  %1267 = getelementptr inbounds float, float* %561, i64 80
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = getelementptr inbounds float, float* %561, i64 112
  %1271 = bitcast float* %1270 to <8 x float>*
  %1272 = load <8 x float>, <8 x float>* %1271, align 4
  %1273 = getelementptr inbounds float, float* %561, i64 144
  %1274 = bitcast float* %1273 to <8 x float>*
  %1275 = load <8 x float>, <8 x float>* %1274, align 4
  %1276 = getelementptr inbounds float, float* %561, i64 176
  %1277 = bitcast float* %1276 to <8 x float>*
  %1278 = load <8 x float>, <8 x float>* %1277, align 4
  %1279 = fadd <8 x float> %1266, %1269
  %1280 = fsub <8 x float> %1266, %1269
  %1281 = fadd <8 x float> %1272, %1275
  %1282 = fsub <8 x float> %1272, %1275
  %1283 = fadd <8 x float> %1263, %1279
  %1284 = fadd <8 x float> %1283, %1281
  %1285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1282, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1280)
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1281, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1279)
  %1287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1282, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1280)
  %1288 = fadd <8 x float> %1287, %1278
  %1289 = add i64 %1156, 16
  %1290 = fadd <8 x float> %1284, %1154
  %1291 = fcmp olt <8 x float> %1290, zeroinitializer
  %1292 = select <8 x i1> %1291, <8 x float> zeroinitializer, <8 x float> %1290
  %1293 = getelementptr inbounds float, float* %0, i64 %1289
  %1294 = bitcast float* %1293 to <8 x float>*
  store <8 x float> %1292, <8 x float>* %1294, align 4
  %1295 = add i64 %1156, 128
  %1296 = fadd <8 x float> %1285, %1154
  %1297 = fcmp olt <8 x float> %1296, zeroinitializer
  %1298 = select <8 x i1> %1297, <8 x float> zeroinitializer, <8 x float> %1296
  %1299 = getelementptr inbounds float, float* %0, i64 %1295
  %1300 = bitcast float* %1299 to <8 x float>*
  store <8 x float> %1298, <8 x float>* %1300, align 4
  %1301 = add i64 %1156, 240
  %1302 = fadd <8 x float> %1286, %1154
  %1303 = fcmp olt <8 x float> %1302, zeroinitializer
  %1304 = select <8 x i1> %1303, <8 x float> zeroinitializer, <8 x float> %1302
  %1305 = getelementptr inbounds float, float* %0, i64 %1301
  %1306 = bitcast float* %1305 to <8 x float>*
  store <8 x float> %1304, <8 x float>* %1306, align 4
  %1307 = add i64 %1156, 352
  %1308 = fadd <8 x float> %1288, %1154
  %1309 = fcmp olt <8 x float> %1308, zeroinitializer
  %1310 = select <8 x i1> %1309, <8 x float> zeroinitializer, <8 x float> %1308
  %1311 = getelementptr inbounds float, float* %0, i64 %1307
  %1312 = bitcast float* %1311 to <8 x float>*
  store <8 x float> %1310, <8 x float>* %1312, align 4
  %1313 = getelementptr inbounds float, float* %561, i64 24
  %1314 = bitcast float* %1313 to <8 x float>*
  %1315 = load <8 x float>, <8 x float>* %1314, align 4
  %1316 = getelementptr inbounds float, float* %561, i64 56
  %1317 = bitcast float* %1316 to <8 x float>*
  %1318 = load <8 x float>, <8 x float>* %1317, align 4
  %1319 = getelementptr inbounds float, float* %561, i64 88
  %1320 = bitcast float* %1319 to <8 x float>*
  %1321 = load <8 x float>, <8 x float>* %1320, align 4
  %1322 = getelementptr inbounds float, float* %561, i64 120
  %1323 = bitcast float* %1322 to <8 x float>*
  %1324 = load <8 x float>, <8 x float>* %1323, align 4
  %1325 = getelementptr inbounds float, float* %561, i64 152
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = getelementptr inbounds float, float* %561, i64 184
  %1329 = bitcast float* %1328 to <8 x float>*
  %1330 = load <8 x float>, <8 x float>* %1329, align 4
  %1331 = fadd <8 x float> %1318, %1321
  %1332 = fsub <8 x float> %1318, %1321
  %1333 = fadd <8 x float> %1324, %1327
  %1334 = fsub <8 x float> %1324, %1327
  %1335 = fadd <8 x float> %1315, %1331
  %1336 = fadd <8 x float> %1335, %1333
  %1337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1334, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1332)
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1333, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1331)
  %1339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1334, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1332)
  %1340 = fadd <8 x float> %1339, %1330
  %1341 = add i64 %1156, 24
  %1342 = fadd <8 x float> %1336, %1154
  %1343 = fcmp olt <8 x float> %1342, zeroinitializer
  %1344 = select <8 x i1> %1343, <8 x float> zeroinitializer, <8 x float> %1342
  %1345 = getelementptr inbounds float, float* %0, i64 %1341
  %1346 = bitcast float* %1345 to <8 x float>*
  store <8 x float> %1344, <8 x float>* %1346, align 4
  %1347 = add i64 %1156, 136
  %1348 = fadd <8 x float> %1337, %1154
  %1349 = fcmp olt <8 x float> %1348, zeroinitializer
  %1350 = select <8 x i1> %1349, <8 x float> zeroinitializer, <8 x float> %1348
  %1351 = getelementptr inbounds float, float* %0, i64 %1347
  %1352 = bitcast float* %1351 to <8 x float>*
  store <8 x float> %1350, <8 x float>* %1352, align 4
  %1353 = add i64 %1156, 248
  %1354 = fadd <8 x float> %1338, %1154
  %1355 = fcmp olt <8 x float> %1354, zeroinitializer
  %1356 = select <8 x i1> %1355, <8 x float> zeroinitializer, <8 x float> %1354
  %1357 = getelementptr inbounds float, float* %0, i64 %1353
  %1358 = bitcast float* %1357 to <8 x float>*
  store <8 x float> %1356, <8 x float>* %1358, align 4
  %1359 = add i64 %1156, 360
  %1360 = fadd <8 x float> %1340, %1154
  %1361 = fcmp olt <8 x float> %1360, zeroinitializer
  %1362 = select <8 x i1> %1361, <8 x float> zeroinitializer, <8 x float> %1360
  %1363 = getelementptr inbounds float, float* %0, i64 %1359
  %1364 = bitcast float* %1363 to <8 x float>*
  store <8 x float> %1362, <8 x float>* %1364, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !64
}

; Function Attrs: noinline nounwind
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
  call void @node10.conv2d_7.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_8.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit17, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit17 ]
  %28 = icmp slt i64 %group, 1
  br i1 %28, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %29 = mul i64 %group, 16
  %30 = sub i64 16, %29
  %31 = icmp slt i64 16, %30
  %32 = select i1 %31, i64 16, i64 %30
  %33 = sub i64 %5, 1
  %34 = add i64 %32, %33
  %35 = sdiv i64 %34, %5
  %36 = mul i64 %4, %35
  %37 = icmp slt i64 %36, %32
  %38 = select i1 %37, i64 %36, i64 %32
  %39 = add i64 %38, %35
  %40 = icmp slt i64 %39, %32
  %41 = select i1 %40, i64 %39, i64 %32
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %38, %group.body ], [ %tile.next, %unit.exit ]
  %42 = icmp slt i64 %tile, %41
  br i1 %42, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %43 = add i64 %29, %tile
  %44 = srem i64 %43, 4
  %45 = sdiv i64 %43, 4
  %46 = srem i64 %45, 4
  %47 = sdiv i64 %43, 16
  %48 = mul i64 %47, 64
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 512
  %56 = add i64 165888, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 3456, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 3456
  %63 = select i1 %62, i64 %61, i64 3456
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 3456
  %66 = select i1 %65, i64 %64, i64 3456
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 64
  br i1 %67, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %68 = mul i64 %unit, 2592
  %69 = add i64 %54, %68
  %70 = add i64 %69, 80
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to i8*
  call void @llvm.prefetch.p0i8(i8* %72, i32 0, i32 3, i32 1)
  %73 = add i64 %69, 96
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to i8*
  call void @llvm.prefetch.p0i8(i8* %75, i32 0, i32 3, i32 1)
  %76 = add i64 %69, 224
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to i8*
  call void @llvm.prefetch.p0i8(i8* %78, i32 0, i32 3, i32 1)
  %79 = add i64 %69, 240
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to i8*
  call void @llvm.prefetch.p0i8(i8* %81, i32 0, i32 3, i32 1)
  %82 = add i64 %69, 368
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to i8*
  call void @llvm.prefetch.p0i8(i8* %84, i32 0, i32 3, i32 1)
  %85 = add i64 %69, 384
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to i8*
  call void @llvm.prefetch.p0i8(i8* %87, i32 0, i32 3, i32 1)
  %88 = add i64 %69, 512
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to i8*
  call void @llvm.prefetch.p0i8(i8* %90, i32 0, i32 3, i32 1)
  %91 = add i64 %69, 528
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to i8*
  call void @llvm.prefetch.p0i8(i8* %93, i32 0, i32 3, i32 1)
  %94 = add i64 %69, 656
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to i8*
  call void @llvm.prefetch.p0i8(i8* %96, i32 0, i32 3, i32 1)
  %97 = add i64 %69, 672
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to i8*
  call void @llvm.prefetch.p0i8(i8* %99, i32 0, i32 3, i32 1)
  %100 = add i64 %69, 800
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to i8*
  call void @llvm.prefetch.p0i8(i8* %102, i32 0, i32 3, i32 1)
  %103 = add i64 %69, 816
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to i8*
  call void @llvm.prefetch.p0i8(i8* %105, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !65

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %106 = icmp slt i64 %column, 6
  br i1 %106, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %107 = mul i64 %column, 8
  %108 = add i64 %69, %107
  %109 = add i64 %108, 0
  %110 = getelementptr inbounds float, float* %2, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = add i64 %108, 144
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %108, 288
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %108, 432
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %108, 576
  %126 = getelementptr inbounds float, float* %2, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = add i64 %108, 720
  %130 = getelementptr inbounds float, float* %2, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = fmul <8 x float> %120, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %134 = fmul <8 x float> %116, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %135 = fsub <8 x float> %128, %133
  %136 = fsub <8 x float> %124, %134
  %137 = fsub <8 x float> %128, %120
  %138 = fsub <8 x float> %124, %116
  %139 = fmul <8 x float> %138, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %140 = call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %128)
  %141 = fmul <8 x float> %120, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %142 = fadd <8 x float> %140, %141
  %143 = fadd <8 x float> %135, %136
  %144 = fsub <8 x float> %135, %136
  %145 = fadd <8 x float> %137, %139
  %146 = fsub <8 x float> %137, %139
  %147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %116, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %132)
  %148 = fmul <8 x float> %124, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %149 = fadd <8 x float> %147, %148
  %150 = mul i64 %column, 8
  %151 = add i64 %150, 0
  %152 = getelementptr inbounds float, float* %57, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %142, <8 x float>* %153, align 4
  %154 = mul i64 %column, 8
  %155 = add i64 %154, 48
  %156 = getelementptr inbounds float, float* %57, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %143, <8 x float>* %157, align 4
  %158 = mul i64 %column, 8
  %159 = add i64 %158, 96
  %160 = getelementptr inbounds float, float* %57, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %144, <8 x float>* %161, align 4
  %162 = mul i64 %column, 8
  %163 = add i64 %162, 144
  %164 = getelementptr inbounds float, float* %57, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %145, <8 x float>* %165, align 4
  %166 = mul i64 %column, 8
  %167 = add i64 %166, 192
  %168 = getelementptr inbounds float, float* %57, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %146, <8 x float>* %169, align 4
  %170 = mul i64 %column, 8
  %171 = add i64 %170, 240
  %172 = getelementptr inbounds float, float* %57, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %149, <8 x float>* %173, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !66

column.exit:                                      ; preds = %column.header
  %174 = mul i64 %unit, 8
  %175 = add i64 %56, %174
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %176 = icmp slt i64 %row, 6
  br i1 %176, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %177 = mul i64 %row, 48
  %178 = add i64 %177, 0
  %179 = getelementptr inbounds float, float* %57, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %177, 8
  %183 = getelementptr inbounds float, float* %57, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = add i64 %177, 16
  %187 = getelementptr inbounds float, float* %57, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %177, 24
  %191 = getelementptr inbounds float, float* %57, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %177, 32
  %195 = getelementptr inbounds float, float* %57, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %177, 40
  %199 = getelementptr inbounds float, float* %57, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = fmul <8 x float> %189, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %203 = fmul <8 x float> %185, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %204 = fsub <8 x float> %197, %202
  %205 = fsub <8 x float> %193, %203
  %206 = fsub <8 x float> %197, %189
  %207 = fsub <8 x float> %193, %185
  %208 = fmul <8 x float> %207, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %197)
  %210 = fmul <8 x float> %189, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %211 = fadd <8 x float> %209, %210
  %212 = fadd <8 x float> %204, %205
  %213 = fsub <8 x float> %204, %205
  %214 = fadd <8 x float> %206, %208
  %215 = fsub <8 x float> %206, %208
  %216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %185, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %201)
  %217 = fmul <8 x float> %193, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %218 = fadd <8 x float> %216, %217
  %219 = mul i64 %row, 49152
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 8192
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 16384
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 24576
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 32768
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 40960
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !67

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !68

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 96
  %241 = mul i64 %240, 8192
  %242 = add i64 165888, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 262144
  %245 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_8.winograd to float*), i64 %244
  %246 = mul i64 %240, 8192
  %247 = add i64 460800, %246
  %248 = srem i64 %task, 96
  %249 = srem i64 %248, 3
  %250 = sdiv i64 %248, 3
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 8192
  %254 = icmp eq i64 %249, 2
  br i1 %254, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %255 = sub i64 %5, 1
  %256 = add i64 %32, %255
  %257 = sdiv i64 %256, %5
  %258 = mul i64 %4, %257
  %259 = icmp slt i64 %258, %32
  %260 = select i1 %259, i64 %258, i64 %32
  %261 = add i64 %260, %257
  %262 = icmp slt i64 %261, %32
  %263 = select i1 %262, i64 %261, i64 %32
  br label %tile.header15

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
  br label %task.header, !llvm.loop !69

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 512
  br i1 %264, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %265 = mul i64 %k, 16
  %266 = add i64 %253, %265
  %267 = add i64 %266, 0
  %268 = getelementptr inbounds float, float* %245, i64 %267
  %269 = bitcast float* %268 to <8 x float>*
  %270 = load <8 x float>, <8 x float>* %269, align 4
  %271 = add i64 %266, 8
  %272 = getelementptr inbounds float, float* %245, i64 %271
  %273 = bitcast float* %272 to <8 x float>*
  %274 = load <8 x float>, <8 x float>* %273, align 4
  %275 = add i64 %251, 0
  %276 = mul i64 %275, 512
  %277 = add i64 %276, %k
  %278 = getelementptr inbounds float, float* %243, i64 %277
  %279 = load float, float* %278, align 4
  %280 = insertelement <8 x float> undef, float %279, i32 0
  %splat = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %270, <8 x float> %281)
  store <8 x float> %282, <8 x float>* %26, align 32
  %283 = load <8 x float>, <8 x float>* %22, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %274, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %22, align 32
  %285 = add i64 %251, 1
  %286 = mul i64 %285, 512
  %287 = add i64 %286, %k
  %288 = getelementptr inbounds float, float* %243, i64 %287
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i32 0
  %splat1 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %291 = load <8 x float>, <8 x float>* %25, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %270, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %25, align 32
  %293 = load <8 x float>, <8 x float>* %21, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %274, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %21, align 32
  %295 = add i64 %251, 2
  %296 = mul i64 %295, 512
  %297 = add i64 %296, %k
  %298 = getelementptr inbounds float, float* %243, i64 %297
  %299 = load float, float* %298, align 4
  %300 = insertelement <8 x float> undef, float %299, i32 0
  %splat2 = shufflevector <8 x float> %300, <8 x float> undef, <8 x i32> zeroinitializer
  %301 = load <8 x float>, <8 x float>* %24, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %270, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %24, align 32
  %303 = load <8 x float>, <8 x float>* %20, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %274, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %20, align 32
  %305 = add i64 %251, 3
  %306 = mul i64 %305, 512
  %307 = add i64 %306, %k
  %308 = getelementptr inbounds float, float* %243, i64 %307
  %309 = load float, float* %308, align 4
  %310 = insertelement <8 x float> undef, float %309, i32 0
  %splat3 = shufflevector <8 x float> %310, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, <8 x float>* %23, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %270, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %23, align 32
  %313 = load <8 x float>, <8 x float>* %19, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %274, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %315 = add i64 %251, 0
  %316 = add i64 %252, 0
  %317 = load <8 x float>, <8 x float>* %26, align 32
  %318 = mul i64 %315, 512
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 512
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 512
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 512
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 512
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 512
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 512
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 512
  %375 = add i64 %374, %372
  %376 = add i64 %247, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %379 = icmp slt i64 %k7, 512
  br i1 %379, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %380 = mul i64 %k7, 16
  %381 = add i64 %253, %380
  %382 = add i64 %381, 0
  %383 = getelementptr inbounds float, float* %245, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  %385 = load <8 x float>, <8 x float>* %384, align 4
  %386 = add i64 %381, 8
  %387 = getelementptr inbounds float, float* %245, i64 %386
  %388 = bitcast float* %387 to <8 x float>*
  %389 = load <8 x float>, <8 x float>* %388, align 4
  %390 = add i64 %251, 0
  %391 = mul i64 %390, 512
  %392 = add i64 %391, %k7
  %393 = getelementptr inbounds float, float* %243, i64 %392
  %394 = load float, float* %393, align 4
  %395 = insertelement <8 x float> undef, float %394, i32 0
  %splat8 = shufflevector <8 x float> %395, <8 x float> undef, <8 x i32> zeroinitializer
  %396 = load <8 x float>, <8 x float>* %18, align 32
  %397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %385, <8 x float> %396)
  store <8 x float> %397, <8 x float>* %18, align 32
  %398 = load <8 x float>, <8 x float>* %12, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %389, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %12, align 32
  %400 = add i64 %251, 1
  %401 = mul i64 %400, 512
  %402 = add i64 %401, %k7
  %403 = getelementptr inbounds float, float* %243, i64 %402
  %404 = load float, float* %403, align 4
  %405 = insertelement <8 x float> undef, float %404, i32 0
  %splat9 = shufflevector <8 x float> %405, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %17, align 32
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %385, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %17, align 32
  %408 = load <8 x float>, <8 x float>* %11, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %389, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %11, align 32
  %410 = add i64 %251, 2
  %411 = mul i64 %410, 512
  %412 = add i64 %411, %k7
  %413 = getelementptr inbounds float, float* %243, i64 %412
  %414 = load float, float* %413, align 4
  %415 = insertelement <8 x float> undef, float %414, i32 0
  %splat10 = shufflevector <8 x float> %415, <8 x float> undef, <8 x i32> zeroinitializer
  %416 = load <8 x float>, <8 x float>* %16, align 32
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %385, <8 x float> %416)
  store <8 x float> %417, <8 x float>* %16, align 32
  %418 = load <8 x float>, <8 x float>* %10, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %389, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %10, align 32
  %420 = add i64 %251, 3
  %421 = mul i64 %420, 512
  %422 = add i64 %421, %k7
  %423 = getelementptr inbounds float, float* %243, i64 %422
  %424 = load float, float* %423, align 4
  %425 = insertelement <8 x float> undef, float %424, i32 0
  %splat11 = shufflevector <8 x float> %425, <8 x float> undef, <8 x i32> zeroinitializer
  %426 = load <8 x float>, <8 x float>* %15, align 32
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %385, <8 x float> %426)
  store <8 x float> %427, <8 x float>* %15, align 32
  %428 = load <8 x float>, <8 x float>* %9, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %389, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %9, align 32
  %430 = add i64 %251, 4
  %431 = mul i64 %430, 512
  %432 = add i64 %431, %k7
  %433 = getelementptr inbounds float, float* %243, i64 %432
  %434 = load float, float* %433, align 4
  %435 = insertelement <8 x float> undef, float %434, i32 0
  %splat12 = shufflevector <8 x float> %435, <8 x float> undef, <8 x i32> zeroinitializer
  %436 = load <8 x float>, <8 x float>* %14, align 32
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %385, <8 x float> %436)
  store <8 x float> %437, <8 x float>* %14, align 32
  %438 = load <8 x float>, <8 x float>* %8, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %389, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %8, align 32
  %440 = add i64 %251, 5
  %441 = mul i64 %440, 512
  %442 = add i64 %441, %k7
  %443 = getelementptr inbounds float, float* %243, i64 %442
  %444 = load float, float* %443, align 4
  %445 = insertelement <8 x float> undef, float %444, i32 0
  %splat13 = shufflevector <8 x float> %445, <8 x float> undef, <8 x i32> zeroinitializer
  %446 = load <8 x float>, <8 x float>* %13, align 32
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %385, <8 x float> %446)
  store <8 x float> %447, <8 x float>* %13, align 32
  %448 = load <8 x float>, <8 x float>* %7, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %389, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %450 = add i64 %251, 0
  %451 = add i64 %252, 0
  %452 = load <8 x float>, <8 x float>* %18, align 32
  %453 = mul i64 %450, 512
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 512
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 512
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 512
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 512
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 512
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 512
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 512
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 512
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 512
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 512
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 512
  %542 = add i64 %541, %539
  %543 = add i64 %247, %542
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  store <8 x float> %540, <8 x float>* %545, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %260, %task.exit ], [ %tile.next63, %endif21 ]
  %546 = icmp slt i64 %tile18, %263
  br i1 %546, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %547 = add i64 %29, %tile18
  %548 = srem i64 %547, 4
  %549 = sdiv i64 %547, 4
  %550 = srem i64 %549, 4
  %551 = sdiv i64 %547, 16
  %552 = mul i64 %551, 64
  %553 = mul i64 %552, 1568
  %554 = mul i64 %550, 56
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 512
  %560 = add i64 460800, %559
  %561 = bitcast [192 x float]* %6 to float*
  %562 = icmp eq i64 %550, 3
  br i1 %562, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !70

then19:                                           ; preds = %tile.body16
  %563 = icmp eq i64 %548, 3
  br i1 %563, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %564 = icmp eq i64 %548, 3
  br i1 %564, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !71

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %565 = icmp slt i64 %block, 64
  br i1 %565, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %566 = mul i64 %block, 8
  %567 = add i64 %560, %566
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %568 = icmp slt i64 %row28, 6
  br i1 %568, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %569 = mul i64 %row28, 49152
  %570 = add i64 %567, %569
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %570, 8192
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %570, 16384
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %570, 24576
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %570, 32768
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %570, 40960
  %592 = getelementptr inbounds float, float* %2, i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = fadd <8 x float> %578, %582
  %596 = fsub <8 x float> %578, %582
  %597 = fadd <8 x float> %586, %590
  %598 = fsub <8 x float> %586, %590
  %599 = fadd <8 x float> %574, %595
  %600 = fadd <8 x float> %599, %597
  %601 = call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %596)
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %595)
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %596)
  %604 = fadd <8 x float> %603, %594
  %605 = mul i64 %row28, 32
  %606 = add i64 %605, 0
  %607 = getelementptr inbounds float, float* %561, i64 %606
  %608 = bitcast float* %607 to <8 x float>*
  store <8 x float> %600, <8 x float>* %608, align 4
  %609 = mul i64 %row28, 32
  %610 = add i64 %609, 8
  %611 = getelementptr inbounds float, float* %561, i64 %610
  %612 = bitcast float* %611 to <8 x float>*
  store <8 x float> %601, <8 x float>* %612, align 4
  %613 = mul i64 %row28, 32
  %614 = add i64 %613, 16
  %615 = getelementptr inbounds float, float* %561, i64 %614
  %616 = bitcast float* %615 to <8 x float>*
  store <8 x float> %602, <8 x float>* %616, align 4
  %617 = mul i64 %row28, 32
  %618 = add i64 %617, 24
  %619 = getelementptr inbounds float, float* %561, i64 %618
  %620 = bitcast float* %619 to <8 x float>*
  store <8 x float> %604, <8 x float>* %620, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !72

row.exit27:                                       ; preds = %row.header25
  %621 = mul i64 %block, 8
  %622 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = mul i64 %block, 1568
  %626 = add i64 %558, %625
  %627 = getelementptr inbounds float, float* %561, i64 0
  %628 = bitcast float* %627 to <8 x float>*
  %629 = load <8 x float>, <8 x float>* %628, align 4
  %630 = getelementptr inbounds float, float* %561, i64 32
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = getelementptr inbounds float, float* %561, i64 64
  %634 = bitcast float* %633 to <8 x float>*
  %635 = load <8 x float>, <8 x float>* %634, align 4
  %636 = getelementptr inbounds float, float* %561, i64 96
  %637 = bitcast float* %636 to <8 x float>*
  %638 = load <8 x float>, <8 x float>* %637, align 4
  %639 = getelementptr inbounds float, float* %561, i64 128
  %640 = bitcast float* %639 to <8 x float>*
  %641 = load <8 x float>, <8 x float>* %640, align 4
  %642 = getelementptr inbounds float, float* %561, i64 160
  %643 = bitcast float* %642 to <8 x float>*
  %644 = load <8 x float>, <8 x float>* %643, align 4
  %645 = fadd <8 x float> %632, %635
  %646 = fsub <8 x float> %632, %635
  %647 = fadd <8 x float> %638, %641
  %648 = fsub <8 x float> %638, %641
  %649 = fadd <8 x float> %629, %645
  %650 = fadd <8 x float> %649, %647
  %651 = call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %646)
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %647, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %645)
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %648, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %646)
  %654 = fadd <8 x float> %653, %644
  %655 = add i64 %626, 0
  %656 = fadd <8 x float> %650, %624
  %657 = fcmp olt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> %656
  %659 = getelementptr inbounds float, float* %0, i64 %655
  %660 = bitcast float* %659 to <8 x float>*
  store <8 x float> %658, <8 x float>* %660, align 4
  %661 = add i64 %626, 112
  %662 = fadd <8 x float> %651, %624
  %663 = fcmp olt <8 x float> %662, zeroinitializer
  %664 = select <8 x i1> %663, <8 x float> zeroinitializer, <8 x float> %662
  %665 = getelementptr inbounds float, float* %0, i64 %661
  %666 = bitcast float* %665 to <8 x float>*
  store <8 x float> %664, <8 x float>* %666, align 4
  %667 = getelementptr inbounds float, float* %561, i64 8
  %668 = bitcast float* %667 to <8 x float>*
  %669 = load <8 x float>, <8 x float>* %668, align 4
  %670 = getelementptr inbounds float, float* %561, i64 40
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = getelementptr inbounds float, float* %561, i64 72
  %674 = bitcast float* %673 to <8 x float>*
  %675 = load <8 x float>, <8 x float>* %674, align 4
  %676 = getelementptr inbounds float, float* %561, i64 104
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = getelementptr inbounds float, float* %561, i64 136
  %680 = bitcast float* %679 to <8 x float>*
  %681 = load <8 x float>, <8 x float>* %680, align 4
  %682 = getelementptr inbounds float, float* %561, i64 168
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = fadd <8 x float> %672, %675
  %686 = fsub <8 x float> %672, %675
  %687 = fadd <8 x float> %678, %681
  %688 = fsub <8 x float> %678, %681
  %689 = fadd <8 x float> %669, %685
  %690 = fadd <8 x float> %689, %687
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %686)
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %687, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %685)
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %688, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %686)
  %694 = fadd <8 x float> %693, %684
  %695 = add i64 %626, 8
  %696 = fadd <8 x float> %690, %624
  %697 = fcmp olt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> zeroinitializer, <8 x float> %696
  %699 = getelementptr inbounds float, float* %0, i64 %695
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %698, <8 x float>* %700, align 4
  %701 = add i64 %626, 120
  %702 = fadd <8 x float> %691, %624
  %703 = fcmp olt <8 x float> %702, zeroinitializer
  %704 = select <8 x i1> %703, <8 x float> zeroinitializer, <8 x float> %702
  %705 = getelementptr inbounds float, float* %0, i64 %701
  %706 = bitcast float* %705 to <8 x float>*
  store <8 x float> %704, <8 x float>* %706, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !73

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %707 = icmp slt i64 %block33, 64
  br i1 %707, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %708 = mul i64 %block33, 8
  %709 = add i64 %560, %708
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %710 = icmp slt i64 %row37, 6
  br i1 %710, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %711 = mul i64 %row37, 49152
  %712 = add i64 %709, %711
  %713 = add i64 %712, 0
  %714 = getelementptr inbounds float, float* %2, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %712, 8192
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %712, 16384
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %712, 24576
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %712, 32768
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %712, 40960
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = fadd <8 x float> %720, %724
  %738 = fsub <8 x float> %720, %724
  %739 = fadd <8 x float> %728, %732
  %740 = fsub <8 x float> %728, %732
  %741 = fadd <8 x float> %716, %737
  %742 = fadd <8 x float> %741, %739
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %738)
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %739, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %737)
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %738)
  %746 = fadd <8 x float> %745, %736
  %747 = mul i64 %row37, 32
  %748 = add i64 %747, 0
  %749 = getelementptr inbounds float, float* %561, i64 %748
  %750 = bitcast float* %749 to <8 x float>*
  store <8 x float> %742, <8 x float>* %750, align 4
  %751 = mul i64 %row37, 32
  %752 = add i64 %751, 8
  %753 = getelementptr inbounds float, float* %561, i64 %752
  %754 = bitcast float* %753 to <8 x float>*
  store <8 x float> %743, <8 x float>* %754, align 4
  %755 = mul i64 %row37, 32
  %756 = add i64 %755, 16
  %757 = getelementptr inbounds float, float* %561, i64 %756
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %744, <8 x float>* %758, align 4
  %759 = mul i64 %row37, 32
  %760 = add i64 %759, 24
  %761 = getelementptr inbounds float, float* %561, i64 %760
  %762 = bitcast float* %761 to <8 x float>*
  store <8 x float> %746, <8 x float>* %762, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !74

row.exit36:                                       ; preds = %row.header34
  %763 = mul i64 %block33, 8
  %764 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = mul i64 %block33, 1568
  %768 = add i64 %558, %767
  %769 = getelementptr inbounds float, float* %561, i64 0
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = getelementptr inbounds float, float* %561, i64 32
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = getelementptr inbounds float, float* %561, i64 64
  %776 = bitcast float* %775 to <8 x float>*
  %777 = load <8 x float>, <8 x float>* %776, align 4
  %778 = getelementptr inbounds float, float* %561, i64 96
  %779 = bitcast float* %778 to <8 x float>*
  %780 = load <8 x float>, <8 x float>* %779, align 4
  %781 = getelementptr inbounds float, float* %561, i64 128
  %782 = bitcast float* %781 to <8 x float>*
  %783 = load <8 x float>, <8 x float>* %782, align 4
  %784 = getelementptr inbounds float, float* %561, i64 160
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = fadd <8 x float> %774, %777
  %788 = fsub <8 x float> %774, %777
  %789 = fadd <8 x float> %780, %783
  %790 = fsub <8 x float> %780, %783
  %791 = fadd <8 x float> %771, %787
  %792 = fadd <8 x float> %791, %789
  %793 = call <8 x float> @llvm.fma.v8f32(<8 x float> %790, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %788)
  %794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %789, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %787)
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %790, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %788)
  %796 = fadd <8 x float> %795, %786
  %797 = add i64 %768, 0
  %798 = fadd <8 x float> %792, %766
  %799 = fcmp olt <8 x float> %798, zeroinitializer
  %800 = select <8 x i1> %799, <8 x float> zeroinitializer, <8 x float> %798
  %801 = getelementptr inbounds float, float* %0, i64 %797
  %802 = bitcast float* %801 to <8 x float>*
  store <8 x float> %800, <8 x float>* %802, align 4
  %803 = add i64 %768, 112
  %804 = fadd <8 x float> %793, %766
  %805 = fcmp olt <8 x float> %804, zeroinitializer
  %806 = select <8 x i1> %805, <8 x float> zeroinitializer, <8 x float> %804
  %807 = getelementptr inbounds float, float* %0, i64 %803
  %808 = bitcast float* %807 to <8 x float>*
  store <8 x float> %806, <8 x float>* %808, align 4
  %809 = getelementptr inbounds float, float* %561, i64 8
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = getelementptr inbounds float, float* %561, i64 40
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  %815 = getelementptr inbounds float, float* %561, i64 72
  %816 = bitcast float* %815 to <8 x float>*
  %817 = load <8 x float>, <8 x float>* %816, align 4
  %818 = getelementptr inbounds float, float* %561, i64 104
  %819 = bitcast float* %818 to <8 x float>*
  %820 = load <8 x float>, <8 x float>* %819, align 4
  %821 = getelementptr inbounds float, float* %561, i64 136
  %822 = bitcast float* %821 to <8 x float>*
  %823 = load <8 x float>, <8 x float>* %822, align 4
  %824 = getelementptr inbounds float, float* %561, i64 168
  %825 = bitcast float* %824 to <8 x float>*
  %826 = load <8 x float>, <8 x float>* %825, align 4
  %827 = fadd <8 x float> %814, %817
  %828 = fsub <8 x float> %814, %817
  %829 = fadd <8 x float> %820, %823
  %830 = fsub <8 x float> %820, %823
  %831 = fadd <8 x float> %811, %827
  %832 = fadd <8 x float> %831, %829
  %833 = call <8 x float> @llvm.fma.v8f32(<8 x float> %830, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %828)
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %829, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %827)
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %830, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %828)
  %836 = fadd <8 x float> %835, %826
  %837 = add i64 %768, 8
  %838 = fadd <8 x float> %832, %766
  %839 = fcmp olt <8 x float> %838, zeroinitializer
  %840 = select <8 x i1> %839, <8 x float> zeroinitializer, <8 x float> %838
  %841 = getelementptr inbounds float, float* %0, i64 %837
  %842 = bitcast float* %841 to <8 x float>*
  store <8 x float> %840, <8 x float>* %842, align 4
  %843 = add i64 %768, 120
  %844 = fadd <8 x float> %833, %766
  %845 = fcmp olt <8 x float> %844, zeroinitializer
  %846 = select <8 x i1> %845, <8 x float> zeroinitializer, <8 x float> %844
  %847 = getelementptr inbounds float, float* %0, i64 %843
  %848 = bitcast float* %847 to <8 x float>*
  store <8 x float> %846, <8 x float>* %848, align 4
  %849 = getelementptr inbounds float, float* %561, i64 16
  %850 = bitcast float* %849 to <8 x float>*
  %851 = load <8 x float>, <8 x float>* %850, align 4
  %852 = getelementptr inbounds float, float* %561, i64 48
  %853 = bitcast float* %852 to <8 x float>*
  %854 = load <8 x float>, <8 x float>* %853, align 4
  %855 = getelementptr inbounds float, float* %561, i64 80
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = getelementptr inbounds float, float* %561, i64 112
  %859 = bitcast float* %858 to <8 x float>*
  %860 = load <8 x float>, <8 x float>* %859, align 4
  %861 = getelementptr inbounds float, float* %561, i64 144
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = getelementptr inbounds float, float* %561, i64 176
  %865 = bitcast float* %864 to <8 x float>*
  %866 = load <8 x float>, <8 x float>* %865, align 4
  %867 = fadd <8 x float> %854, %857
  %868 = fsub <8 x float> %854, %857
  %869 = fadd <8 x float> %860, %863
  %870 = fsub <8 x float> %860, %863
  %871 = fadd <8 x float> %851, %867
  %872 = fadd <8 x float> %871, %869
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %870, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %868)
  %874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %869, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %867)
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %870, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %868)
  %876 = fadd <8 x float> %875, %866
  %877 = add i64 %768, 16
  %878 = fadd <8 x float> %872, %766
  %879 = fcmp olt <8 x float> %878, zeroinitializer
  %880 = select <8 x i1> %879, <8 x float> zeroinitializer, <8 x float> %878
  %881 = getelementptr inbounds float, float* %0, i64 %877
  %882 = bitcast float* %881 to <8 x float>*
  store <8 x float> %880, <8 x float>* %882, align 4
  %883 = add i64 %768, 128
  %884 = fadd <8 x float> %873, %766
  %885 = fcmp olt <8 x float> %884, zeroinitializer
  %886 = select <8 x i1> %885, <8 x float> zeroinitializer, <8 x float> %884
  %887 = getelementptr inbounds float, float* %0, i64 %883
  %888 = bitcast float* %887 to <8 x float>*
  store <8 x float> %886, <8 x float>* %888, align 4
  %889 = getelementptr inbounds float, float* %561, i64 24
  %890 = bitcast float* %889 to <8 x float>*
  %891 = load <8 x float>, <8 x float>* %890, align 4
  %892 = getelementptr inbounds float, float* %561, i64 56
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = getelementptr inbounds float, float* %561, i64 88
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = getelementptr inbounds float, float* %561, i64 120
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = getelementptr inbounds float, float* %561, i64 152
  %902 = bitcast float* %901 to <8 x float>*
  %903 = load <8 x float>, <8 x float>* %902, align 4
  %904 = getelementptr inbounds float, float* %561, i64 184
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = fadd <8 x float> %894, %897
  %908 = fsub <8 x float> %894, %897
  %909 = fadd <8 x float> %900, %903
  %910 = fsub <8 x float> %900, %903
  %911 = fadd <8 x float> %891, %907
  %912 = fadd <8 x float> %911, %909
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %908)
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %909, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %907)
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %908)
  %916 = fadd <8 x float> %915, %906
  %917 = add i64 %768, 24
  %918 = fadd <8 x float> %912, %766
  %919 = fcmp olt <8 x float> %918, zeroinitializer
  %920 = select <8 x i1> %919, <8 x float> zeroinitializer, <8 x float> %918
  %921 = getelementptr inbounds float, float* %0, i64 %917
  %922 = bitcast float* %921 to <8 x float>*
  store <8 x float> %920, <8 x float>* %922, align 4
  %923 = add i64 %768, 136
  %924 = fadd <8 x float> %913, %766
  %925 = fcmp olt <8 x float> %924, zeroinitializer
  %926 = select <8 x i1> %925, <8 x float> zeroinitializer, <8 x float> %924
  %927 = getelementptr inbounds float, float* %0, i64 %923
  %928 = bitcast float* %927 to <8 x float>*
  store <8 x float> %926, <8 x float>* %928, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !75

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %929 = icmp slt i64 %block46, 64
  br i1 %929, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %930 = mul i64 %block46, 8
  %931 = add i64 %560, %930
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %932 = icmp slt i64 %row50, 6
  br i1 %932, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %933 = mul i64 %row50, 49152
  %934 = add i64 %931, %933
  %935 = add i64 %934, 0
  %936 = getelementptr inbounds float, float* %2, i64 %935
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = add i64 %934, 8192
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = bitcast float* %940 to <8 x float>*
  %942 = load <8 x float>, <8 x float>* %941, align 4
  %943 = add i64 %934, 16384
  %944 = getelementptr inbounds float, float* %2, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = add i64 %934, 24576
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = bitcast float* %948 to <8 x float>*
  %950 = load <8 x float>, <8 x float>* %949, align 4
  %951 = add i64 %934, 32768
  %952 = getelementptr inbounds float, float* %2, i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %934, 40960
  %956 = getelementptr inbounds float, float* %2, i64 %955
  %957 = bitcast float* %956 to <8 x float>*
  %958 = load <8 x float>, <8 x float>* %957, align 4
  %959 = fadd <8 x float> %942, %946
  %960 = fsub <8 x float> %942, %946
  %961 = fadd <8 x float> %950, %954
  %962 = fsub <8 x float> %950, %954
  %963 = fadd <8 x float> %938, %959
  %964 = fadd <8 x float> %963, %961
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %960)
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %959)
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %960)
  %968 = fadd <8 x float> %967, %958
  %969 = mul i64 %row50, 32
  %970 = add i64 %969, 0
  %971 = getelementptr inbounds float, float* %561, i64 %970
  %972 = bitcast float* %971 to <8 x float>*
  store <8 x float> %964, <8 x float>* %972, align 4
  %973 = mul i64 %row50, 32
  %974 = add i64 %973, 8
  %975 = getelementptr inbounds float, float* %561, i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  store <8 x float> %965, <8 x float>* %976, align 4
  %977 = mul i64 %row50, 32
  %978 = add i64 %977, 16
  %979 = getelementptr inbounds float, float* %561, i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  store <8 x float> %966, <8 x float>* %980, align 4
  %981 = mul i64 %row50, 32
  %982 = add i64 %981, 24
  %983 = getelementptr inbounds float, float* %561, i64 %982
  %984 = bitcast float* %983 to <8 x float>*
  store <8 x float> %968, <8 x float>* %984, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !76

row.exit49:                                       ; preds = %row.header47
  %985 = mul i64 %block46, 8
  %986 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = mul i64 %block46, 1568
  %990 = add i64 %558, %989
  %991 = getelementptr inbounds float, float* %561, i64 0
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = getelementptr inbounds float, float* %561, i64 32
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = getelementptr inbounds float, float* %561, i64 64
  %998 = bitcast float* %997 to <8 x float>*
  %999 = load <8 x float>, <8 x float>* %998, align 4
  %1000 = getelementptr inbounds float, float* %561, i64 96
  %1001 = bitcast float* %1000 to <8 x float>*
  %1002 = load <8 x float>, <8 x float>* %1001, align 4
  %1003 = getelementptr inbounds float, float* %561, i64 128
  %1004 = bitcast float* %1003 to <8 x float>*
  %1005 = load <8 x float>, <8 x float>* %1004, align 4
  %1006 = getelementptr inbounds float, float* %561, i64 160
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = fadd <8 x float> %996, %999
  %1010 = fsub <8 x float> %996, %999
  %1011 = fadd <8 x float> %1002, %1005
  %1012 = fsub <8 x float> %1002, %1005
  %1013 = fadd <8 x float> %993, %1009
  %1014 = fadd <8 x float> %1013, %1011
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1012, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1010)
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1011, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1009)
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1012, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1010)
  %1018 = fadd <8 x float> %1017, %1008
  %1019 = add i64 %990, 0
  %1020 = fadd <8 x float> %1014, %988
  %1021 = fcmp olt <8 x float> %1020, zeroinitializer
  %1022 = select <8 x i1> %1021, <8 x float> zeroinitializer, <8 x float> %1020
  %1023 = getelementptr inbounds float, float* %0, i64 %1019
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1022, <8 x float>* %1024, align 4
  %1025 = add i64 %990, 112
  %1026 = fadd <8 x float> %1015, %988
  %1027 = fcmp olt <8 x float> %1026, zeroinitializer
  %1028 = select <8 x i1> %1027, <8 x float> zeroinitializer, <8 x float> %1026
  %1029 = getelementptr inbounds float, float* %0, i64 %1025
  %1030 = bitcast float* %1029 to <8 x float>*
  store <8 x float> %1028, <8 x float>* %1030, align 4
  %1031 = add i64 %990, 224
  %1032 = fadd <8 x float> %1016, %988
  %1033 = fcmp olt <8 x float> %1032, zeroinitializer
  %1034 = select <8 x i1> %1033, <8 x float> zeroinitializer, <8 x float> %1032
  %1035 = getelementptr inbounds float, float* %0, i64 %1031
  %1036 = bitcast float* %1035 to <8 x float>*
  store <8 x float> %1034, <8 x float>* %1036, align 4
  %1037 = add i64 %990, 336
  %1038 = fadd <8 x float> %1018, %988
  %1039 = fcmp olt <8 x float> %1038, zeroinitializer
  %1040 = select <8 x i1> %1039, <8 x float> zeroinitializer, <8 x float> %1038
  %1041 = getelementptr inbounds float, float* %0, i64 %1037
  %1042 = bitcast float* %1041 to <8 x float>*
  store <8 x float> %1040, <8 x float>* %1042, align 4
  %1043 = getelementptr inbounds float, float* %561, i64 8
  %1044 = bitcast float* %1043 to <8 x float>*
  %1045 = load <8 x float>, <8 x float>* %1044, align 4
  %1046 = getelementptr inbounds float, float* %561, i64 40
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = getelementptr inbounds float, float* %561, i64 72
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = getelementptr inbounds float, float* %561, i64 104
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = getelementptr inbounds float, float* %561, i64 136
  %1056 = bitcast float* %1055 to <8 x float>*
  %1057 = load <8 x float>, <8 x float>* %1056, align 4
  %1058 = getelementptr inbounds float, float* %561, i64 168
  %1059 = bitcast float* %1058 to <8 x float>*
  %1060 = load <8 x float>, <8 x float>* %1059, align 4
  %1061 = fadd <8 x float> %1048, %1051
  %1062 = fsub <8 x float> %1048, %1051
  %1063 = fadd <8 x float> %1054, %1057
  %1064 = fsub <8 x float> %1054, %1057
  %1065 = fadd <8 x float> %1045, %1061
  %1066 = fadd <8 x float> %1065, %1063
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1062)
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1063, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1061)
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1062)
  %1070 = fadd <8 x float> %1069, %1060
  %1071 = add i64 %990, 8
  %1072 = fadd <8 x float> %1066, %988
  %1073 = fcmp olt <8 x float> %1072, zeroinitializer
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> %1072
  %1075 = getelementptr inbounds float, float* %0, i64 %1071
  %1076 = bitcast float* %1075 to <8 x float>*
  store <8 x float> %1074, <8 x float>* %1076, align 4
  %1077 = add i64 %990, 120
  %1078 = fadd <8 x float> %1067, %988
  %1079 = fcmp olt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> zeroinitializer, <8 x float> %1078
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %990, 232
  %1084 = fadd <8 x float> %1068, %988
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %1083
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = add i64 %990, 344
  %1090 = fadd <8 x float> %1070, %988
  %1091 = fcmp olt <8 x float> %1090, zeroinitializer
  %1092 = select <8 x i1> %1091, <8 x float> zeroinitializer, <8 x float> %1090
  %1093 = getelementptr inbounds float, float* %0, i64 %1089
  %1094 = bitcast float* %1093 to <8 x float>*
  store <8 x float> %1092, <8 x float>* %1094, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !77

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1095 = icmp slt i64 %block56, 64
  br i1 %1095, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1096 = mul i64 %block56, 8
  %1097 = add i64 %560, %1096
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1098 = icmp slt i64 %row60, 6
  br i1 %1098, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1099 = mul i64 %row60, 49152
  %1100 = add i64 %1097, %1099
  %1101 = add i64 %1100, 0
  %1102 = getelementptr inbounds float, float* %2, i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = add i64 %1100, 8192
  %1106 = getelementptr inbounds float, float* %2, i64 %1105
  %1107 = bitcast float* %1106 to <8 x float>*
  %1108 = load <8 x float>, <8 x float>* %1107, align 4
  %1109 = add i64 %1100, 16384
  %1110 = getelementptr inbounds float, float* %2, i64 %1109
  %1111 = bitcast float* %1110 to <8 x float>*
  %1112 = load <8 x float>, <8 x float>* %1111, align 4
  %1113 = add i64 %1100, 24576
  %1114 = getelementptr inbounds float, float* %2, i64 %1113
  %1115 = bitcast float* %1114 to <8 x float>*
  %1116 = load <8 x float>, <8 x float>* %1115, align 4
  %1117 = add i64 %1100, 32768
  %1118 = getelementptr inbounds float, float* %2, i64 %1117
  %1119 = bitcast float* %1118 to <8 x float>*
  %1120 = load <8 x float>, <8 x float>* %1119, align 4
  %1121 = add i64 %1100, 40960
  %1122 = getelementptr inbounds float, float* %2, i64 %1121
  %1123 = bitcast float* %1122 to <8 x float>*
  %1124 = load <8 x float>, <8 x float>* %1123, align 4
  %1125 = fadd <8 x float> %1108, %1112
  %1126 = fsub <8 x float> %1108, %1112
  %1127 = fadd <8 x float> %1116, %1120
  %1128 = fsub <8 x float> %1116, %1120
  %1129 = fadd <8 x float> %1104, %1125
  %1130 = fadd <8 x float> %1129, %1127
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1128, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1126)
  %1132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1127, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1125)
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1128, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1126)
  %1134 = fadd <8 x float> %1133, %1124
  %1135 = mul i64 %row60, 32
  %1136 = add i64 %1135, 0
  %1137 = getelementptr inbounds float, float* %561, i64 %1136
  %1138 = bitcast float* %1137 to <8 x float>*
  store <8 x float> %1130, <8 x float>* %1138, align 4
  %1139 = mul i64 %row60, 32
  %1140 = add i64 %1139, 8
  %1141 = getelementptr inbounds float, float* %561, i64 %1140
  %1142 = bitcast float* %1141 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1142, align 4
  %1143 = mul i64 %row60, 32
  %1144 = add i64 %1143, 16
  %1145 = getelementptr inbounds float, float* %561, i64 %1144
  %1146 = bitcast float* %1145 to <8 x float>*
  store <8 x float> %1132, <8 x float>* %1146, align 4
  %1147 = mul i64 %row60, 32
  %1148 = add i64 %1147, 24
  %1149 = getelementptr inbounds float, float* %561, i64 %1148
  %1150 = bitcast float* %1149 to <8 x float>*
  store <8 x float> %1134, <8 x float>* %1150, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !78

row.exit59:                                       ; preds = %row.header57
  %1151 = mul i64 %block56, 8
  %1152 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %1151
  %1153 = bitcast float* %1152 to <8 x float>*
  %1154 = load <8 x float>, <8 x float>* %1153, align 4
  %1155 = mul i64 %block56, 1568
  %1156 = add i64 %558, %1155
  %1157 = getelementptr inbounds float, float* %561, i64 0
  %1158 = bitcast float* %1157 to <8 x float>*
  %1159 = load <8 x float>, <8 x float>* %1158, align 4
  %1160 = getelementptr inbounds float, float* %561, i64 32
  %1161 = bitcast float* %1160 to <8 x float>*
  %1162 = load <8 x float>, <8 x float>* %1161, align 4
  %1163 = getelementptr inbounds float, float* %561, i64 64
  %1164 = bitcast float* %1163 to <8 x float>*
  %1165 = load <8 x float>, <8 x float>* %1164, align 4
  %1166 = getelementptr inbounds float, float* %561, i64 96
  %1167 = bitcast float* %1166 to <8 x float>*
  %1168 = load <8 x float>, <8 x float>* %1167, align 4
  %1169 = getelementptr inbounds float, float* %561, i64 128
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  %1172 = getelementptr inbounds float, float* %561, i64 160
  %1173 = bitcast float* %1172 to <8 x float>*
  %1174 = load <8 x float>, <8 x float>* %1173, align 4
  %1175 = fadd <8 x float> %1162, %1165
  %1176 = fsub <8 x float> %1162, %1165
  %1177 = fadd <8 x float> %1168, %1171
  %1178 = fsub <8 x float> %1168, %1171
  %1179 = fadd <8 x float> %1159, %1175
  %1180 = fadd <8 x float> %1179, %1177
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1176)
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1175)
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1176)
  %1184 = fadd <8 x float> %1183, %1174
  %1185 = add i64 %1156, 0
  %1186 = fadd <8 x float> %1180, %1154
  %1187 = fcmp olt <8 x float> %1186, zeroinitializer
  %1188 = select <8 x i1> %1187, <8 x float> zeroinitializer, <8 x float> %1186
  %1189 = getelementptr inbounds float, float* %0, i64 %1185
  %1190 = bitcast float* %1189 to <8 x float>*
  store <8 x float> %1188, <8 x float>* %1190, align 4
  %1191 = add i64 %1156, 112
  %1192 = fadd <8 x float> %1181, %1154
  %1193 = fcmp olt <8 x float> %1192, zeroinitializer
  %1194 = select <8 x i1> %1193, <8 x float> zeroinitializer, <8 x float> %1192
  %1195 = getelementptr inbounds float, float* %0, i64 %1191
  %1196 = bitcast float* %1195 to <8 x float>*
  store <8 x float> %1194, <8 x float>* %1196, align 4
  %1197 = add i64 %1156, 224
  %1198 = fadd <8 x float> %1182, %1154
  %1199 = fcmp olt <8 x float> %1198, zeroinitializer
  %1200 = select <8 x i1> %1199, <8 x float> zeroinitializer, <8 x float> %1198
  %1201 = getelementptr inbounds float, float* %0, i64 %1197
  %1202 = bitcast float* %1201 to <8 x float>*
  store <8 x float> %1200, <8 x float>* %1202, align 4
  %1203 = add i64 %1156, 336
  %1204 = fadd <8 x float> %1184, %1154
  %1205 = fcmp olt <8 x float> %1204, zeroinitializer
  %1206 = select <8 x i1> %1205, <8 x float> zeroinitializer, <8 x float> %1204
  %1207 = getelementptr inbounds float, float* %0, i64 %1203
  %1208 = bitcast float* %1207 to <8 x float>*
  store <8 x float> %1206, <8 x float>* %1208, align 4
  %1209 = getelementptr inbounds float, float* %561, i64 8
  %1210 = bitcast float* %1209 to <8 x float>*
  %1211 = load <8 x float>, <8 x float>* %1210, align 4
  %1212 = getelementptr inbounds float, float* %561, i64 40
  %1213 = bitcast float* %1212 to <8 x float>*
  %1214 = load <8 x float>, <8 x float>* %1213, align 4
  %1215 = getelementptr inbounds float, float* %561, i64 72
  %1216 = bitcast float* %1215 to <8 x float>*
  %1217 = load <8 x float>, <8 x float>* %1216, align 4
  %1218 = getelementptr inbounds float, float* %561, i64 104
  %1219 = bitcast float* %1218 to <8 x float>*
  %1220 = load <8 x float>, <8 x float>* %1219, align 4
  %1221 = getelementptr inbounds float, float* %561, i64 136
  %1222 = bitcast float* %1221 to <8 x float>*
  %1223 = load <8 x float>, <8 x float>* %1222, align 4
  %1224 = getelementptr inbounds float, float* %561, i64 168
  %1225 = bitcast float* %1224 to <8 x float>*
  %1226 = load <8 x float>, <8 x float>* %1225, align 4
  %1227 = fadd <8 x float> %1214, %1217
  %1228 = fsub <8 x float> %1214, %1217
  %1229 = fadd <8 x float> %1220, %1223
  %1230 = fsub <8 x float> %1220, %1223
  %1231 = fadd <8 x float> %1211, %1227
  %1232 = fadd <8 x float> %1231, %1229
  %1233 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1230, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1228)
  %1234 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1229, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1227)
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1230, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1228)
  %1236 = fadd <8 x float> %1235, %1226
  %1237 = add i64 %1156, 8
  %1238 = fadd <8 x float> %1232, %1154
  %1239 = fcmp olt <8 x float> %1238, zeroinitializer
  %1240 = select <8 x i1> %1239, <8 x float> zeroinitializer, <8 x float> %1238
  %1241 = getelementptr inbounds float, float* %0, i64 %1237
  %1242 = bitcast float* %1241 to <8 x float>*
  store <8 x float> %1240, <8 x float>* %1242, align 4
  %1243 = add i64 %1156, 120
  %1244 = fadd <8 x float> %1233, %1154
  %1245 = fcmp olt <8 x float> %1244, zeroinitializer
  %1246 = select <8 x i1> %1245, <8 x float> zeroinitializer, <8 x float> %1244
  %1247 = getelementptr inbounds float, float* %0, i64 %1243
  %1248 = bitcast float* %1247 to <8 x float>*
  store <8 x float> %1246, <8 x float>* %1248, align 4
  %1249 = add i64 %1156, 232
  %1250 = fadd <8 x float> %1234, %1154
  %1251 = fcmp olt <8 x float> %1250, zeroinitializer
  %1252 = select <8 x i1> %1251, <8 x float> zeroinitializer, <8 x float> %1250
  %1253 = getelementptr inbounds float, float* %0, i64 %1249
  %1254 = bitcast float* %1253 to <8 x float>*
  store <8 x float> %1252, <8 x float>* %1254, align 4
  %1255 = add i64 %1156, 344
  %1256 = fadd <8 x float> %1236, %1154
  %1257 = fcmp olt <8 x float> %1256, zeroinitializer
  %1258 = select <8 x i1> %1257, <8 x float> zeroinitializer, <8 x float> %1256
  %1259 = getelementptr inbounds float, float* %0, i64 %1255
  %1260 = bitcast float* %1259 to <8 x float>*
  store <8 x float> %1258, <8 x float>* %1260, align 4
  %1261 = getelementptr inbounds float, float* %561, i64 16
  %1262 = bitcast float* %1261 to <8 x float>*
  %1263 = load <8 x float>, <8 x float>* %1262, align 4
  %1264 = getelementptr inbounds float, float* %561, i64 48
  %1265 = bitcast float* %1264 to <8 x float>*
  %1266 = load <8 x float>, <8 x float>* %1265, align 4
  %1267 = getelementptr inbounds float, float* %561, i64 80
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = getelementptr inbounds float, float* %561, i64 112
  %1271 = bitcast float* %1270 to <8 x float>*
  %1272 = load <8 x float>, <8 x float>* %1271, align 4
  %1273 = getelementptr inbounds float, float* %561, i64 144
  %1274 = bitcast float* %1273 to <8 x float>*
  %1275 = load <8 x float>, <8 x float>* %1274, align 4
  %1276 = getelementptr inbounds float, float* %561, i64 176
  %1277 = bitcast float* %1276 to <8 x float>*
  %1278 = load <8 x float>, <8 x float>* %1277, align 4
  %1279 = fadd <8 x float> %1266, %1269
  %1280 = fsub <8 x float> %1266, %1269
  %1281 = fadd <8 x float> %1272, %1275
  %1282 = fsub <8 x float> %1272, %1275
  %1283 = fadd <8 x float> %1263, %1279
  %1284 = fadd <8 x float> %1283, %1281
  %1285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1282, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1280)
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1281, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1279)
  %1287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1282, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1280)
  %1288 = fadd <8 x float> %1287, %1278
  %1289 = add i64 %1156, 16
  %1290 = fadd <8 x float> %1284, %1154
  %1291 = fcmp olt <8 x float> %1290, zeroinitializer
  %1292 = select <8 x i1> %1291, <8 x float> zeroinitializer, <8 x float> %1290
  %1293 = getelementptr inbounds float, float* %0, i64 %1289
  %1294 = bitcast float* %1293 to <8 x float>*
  store <8 x float> %1292, <8 x float>* %1294, align 4
  %1295 = add i64 %1156, 128
  %1296 = fadd <8 x float> %1285, %1154
  %1297 = fcmp olt <8 x float> %1296, zeroinitializer
  %1298 = select <8 x i1> %1297, <8 x float> zeroinitializer, <8 x float> %1296
  %1299 = getelementptr inbounds float, float* %0, i64 %1295
  %1300 = bitcast float* %1299 to <8 x float>*
  store <8 x float> %1298, <8 x float>* %1300, align 4
  %1301 = add i64 %1156, 240
  %1302 = fadd <8 x float> %1286, %1154
  %1303 = fcmp olt <8 x float> %1302, zeroinitializer
  %1304 = select <8 x i1> %1303, <8 x float> zeroinitializer, <8 x float> %1302
  %1305 = getelementptr inbounds float, float* %0, i64 %1301
  %1306 = bitcast float* %1305 to <8 x float>*
  store <8 x float> %1304, <8 x float>* %1306, align 4
  %1307 = add i64 %1156, 352
  %1308 = fadd <8 x float> %1288, %1154
  %1309 = fcmp olt <8 x float> %1308, zeroinitializer
  %1310 = select <8 x i1> %1309, <8 x float> zeroinitializer, <8 x float> %1308
  %1311 = getelementptr inbounds float, float* %0, i64 %1307
  %1312 = bitcast float* %1311 to <8 x float>*
  store <8 x float> %1310, <8 x float>* %1312, align 4
  %1313 = getelementptr inbounds float, float* %561, i64 24
  %1314 = bitcast float* %1313 to <8 x float>*
  %1315 = load <8 x float>, <8 x float>* %1314, align 4
  %1316 = getelementptr inbounds float, float* %561, i64 56
  %1317 = bitcast float* %1316 to <8 x float>*
  %1318 = load <8 x float>, <8 x float>* %1317, align 4
  %1319 = getelementptr inbounds float, float* %561, i64 88
  %1320 = bitcast float* %1319 to <8 x float>*
  %1321 = load <8 x float>, <8 x float>* %1320, align 4
  %1322 = getelementptr inbounds float, float* %561, i64 120
  %1323 = bitcast float* %1322 to <8 x float>*
  %1324 = load <8 x float>, <8 x float>* %1323, align 4
  %1325 = getelementptr inbounds float, float* %561, i64 152
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = getelementptr inbounds float, float* %561, i64 184
  %1329 = bitcast float* %1328 to <8 x float>*
  %1330 = load <8 x float>, <8 x float>* %1329, align 4
  %1331 = fadd <8 x float> %1318, %1321
  %1332 = fsub <8 x float> %1318, %1321
  %1333 = fadd <8 x float> %1324, %1327
  %1334 = fsub <8 x float> %1324, %1327
  %1335 = fadd <8 x float> %1315, %1331
  %1336 = fadd <8 x float> %1335, %1333
  %1337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1334, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1332)
  %1338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1333, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1331)
  %1339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1334, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1332)
  %1340 = fadd <8 x float> %1339, %1330
  %1341 = add i64 %1156, 24
  %1342 = fadd <8 x float> %1336, %1154
  %1343 = fcmp olt <8 x float> %1342, zeroinitializer
  %1344 = select <8 x i1> %1343, <8 x float> zeroinitializer, <8 x float> %1342
  %1345 = getelementptr inbounds float, float* %0, i64 %1341
  %1346 = bitcast float* %1345 to <8 x float>*
  store <8 x float> %1344, <8 x float>* %1346, align 4
  %1347 = add i64 %1156, 136
  %1348 = fadd <8 x float> %1337, %1154
  %1349 = fcmp olt <8 x float> %1348, zeroinitializer
  %1350 = select <8 x i1> %1349, <8 x float> zeroinitializer, <8 x float> %1348
  %1351 = getelementptr inbounds float, float* %0, i64 %1347
  %1352 = bitcast float* %1351 to <8 x float>*
  store <8 x float> %1350, <8 x float>* %1352, align 4
  %1353 = add i64 %1156, 248
  %1354 = fadd <8 x float> %1338, %1154
  %1355 = fcmp olt <8 x float> %1354, zeroinitializer
  %1356 = select <8 x i1> %1355, <8 x float> zeroinitializer, <8 x float> %1354
  %1357 = getelementptr inbounds float, float* %0, i64 %1353
  %1358 = bitcast float* %1357 to <8 x float>*
  store <8 x float> %1356, <8 x float>* %1358, align 4
  %1359 = add i64 %1156, 360
  %1360 = fadd <8 x float> %1340, %1154
  %1361 = fcmp olt <8 x float> %1360, zeroinitializer
  %1362 = select <8 x i1> %1361, <8 x float> zeroinitializer, <8 x float> %1360
  %1363 = getelementptr inbounds float, float* %0, i64 %1359
  %1364 = bitcast float* %1363 to <8 x float>*
  store <8 x float> %1362, <8 x float>* %1364, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !79
}

; Function Attrs: noinline nounwind
define internal void @node11.conv2d_8.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node11.conv2d_8.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.maxPool2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %r.exit3, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %r.exit3 ]
  %13 = icmp slt i64 %task, %5
  br i1 %13, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %14 = sdiv i64 %task, 7
  %15 = srem i64 %task, 7
  %16 = mul i64 %14, 1568
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = mul i64 %14, 7
  %19 = add i64 %18, %15
  %20 = mul i64 %19, 56
  %21 = getelementptr inbounds float, float* %0, i64 %20
  %22 = mul i64 %15, 2
  %23 = sub i64 %22, 0
  %24 = add i64 %23, 2
  %25 = icmp sgt i64 %23, 0
  %26 = select i1 %25, i64 %23, i64 0
  %27 = icmp slt i64 %24, 14
  %28 = select i1 %27, i64 %24, i64 14
  %29 = icmp slt i64 %24, 14
  %30 = select i1 %29, i64 %24, i64 14
  %31 = sub i64 %30, %23
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %32 = icmp slt i64 %x, 4
  br i1 %32, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %12, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  %33 = mul i64 %x, 2
  %34 = sub i64 %33, 0
  br label %r.header

x.exit:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %26, %x.body ], [ %r.next, %r.body ]
  %35 = icmp slt i64 %r, %28
  br i1 %35, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %36 = mul i64 %r, 14
  %37 = add i64 %36, %34
  %38 = mul i64 %37, 8
  %39 = load <8 x float>, <8 x float>* %12, align 32
  %40 = add i64 %38, 0
  %41 = getelementptr inbounds float, float* %17, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %39, <8 x float> %43)
  %45 = add i64 %38, 8
  %46 = getelementptr inbounds float, float* %17, i64 %45
  %47 = bitcast float* %46 to <8 x float>*
  %48 = load <8 x float>, <8 x float>* %47, align 4
  %49 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %44, <8 x float> %48)
  store <8 x float> %49, <8 x float>* %12, align 32
  %50 = load <8 x float>, <8 x float>* %11, align 32
  %51 = add i64 %38, 16
  %52 = getelementptr inbounds float, float* %17, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %50, <8 x float> %54)
  %56 = add i64 %38, 24
  %57 = getelementptr inbounds float, float* %17, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %59)
  store <8 x float> %60, <8 x float>* %11, align 32
  %61 = load <8 x float>, <8 x float>* %10, align 32
  %62 = add i64 %38, 32
  %63 = getelementptr inbounds float, float* %17, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %61, <8 x float> %65)
  %67 = add i64 %38, 40
  %68 = getelementptr inbounds float, float* %17, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %66, <8 x float> %70)
  store <8 x float> %71, <8 x float>* %10, align 32
  %72 = load <8 x float>, <8 x float>* %9, align 32
  %73 = add i64 %38, 48
  %74 = getelementptr inbounds float, float* %17, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %72, <8 x float> %76)
  %78 = add i64 %38, 56
  %79 = getelementptr inbounds float, float* %17, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %77, <8 x float> %81)
  store <8 x float> %82, <8 x float>* %9, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %83 = load <8 x float>, <8 x float>* %12, align 32
  %84 = add i64 %x, 0
  %85 = mul i64 %84, 8
  %86 = getelementptr inbounds float, float* %21, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %83, <8 x float>* %87, align 4
  %88 = load <8 x float>, <8 x float>* %11, align 32
  %89 = add i64 %x, 1
  %90 = mul i64 %89, 8
  %91 = getelementptr inbounds float, float* %21, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  store <8 x float> %88, <8 x float>* %92, align 4
  %93 = load <8 x float>, <8 x float>* %10, align 32
  %94 = add i64 %x, 2
  %95 = mul i64 %94, 8
  %96 = getelementptr inbounds float, float* %21, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %93, <8 x float>* %97, align 4
  %98 = load <8 x float>, <8 x float>* %9, align 32
  %99 = add i64 %x, 3
  %100 = mul i64 %99, 8
  %101 = getelementptr inbounds float, float* %21, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %x.next = add i64 %x, 4
  br label %x.header

r.header1:                                        ; preds = %r.body2, %x.exit
  %r4 = phi i64 [ %26, %x.exit ], [ %r.next5, %r.body2 ]
  %103 = icmp slt i64 %r4, %28
  br i1 %103, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %104 = mul i64 %r4, 14
  %105 = add i64 %104, 8
  %106 = mul i64 %105, 8
  %107 = load <8 x float>, <8 x float>* %8, align 32
  %108 = add i64 %106, 0
  %109 = getelementptr inbounds float, float* %17, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %107, <8 x float> %111)
  %113 = add i64 %106, 8
  %114 = getelementptr inbounds float, float* %17, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %112, <8 x float> %116)
  store <8 x float> %117, <8 x float>* %8, align 32
  %118 = load <8 x float>, <8 x float>* %7, align 32
  %119 = add i64 %106, 16
  %120 = getelementptr inbounds float, float* %17, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %118, <8 x float> %122)
  %124 = add i64 %106, 24
  %125 = getelementptr inbounds float, float* %17, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %123, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %7, align 32
  %129 = load <8 x float>, <8 x float>* %6, align 32
  %130 = add i64 %106, 32
  %131 = getelementptr inbounds float, float* %17, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %129, <8 x float> %133)
  %135 = add i64 %106, 40
  %136 = getelementptr inbounds float, float* %17, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %134, <8 x float> %138)
  store <8 x float> %139, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %140 = load <8 x float>, <8 x float>* %8, align 32
  %141 = getelementptr inbounds float, float* %21, i64 32
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %140, <8 x float>* %142, align 4
  %143 = load <8 x float>, <8 x float>* %7, align 32
  %144 = getelementptr inbounds float, float* %21, i64 40
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = load <8 x float>, <8 x float>* %6, align 32
  %147 = getelementptr inbounds float, float* %21, i64 48
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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
  %9 = srem i64 %8, 64
  %10 = sdiv i64 %8, 64
  %11 = mul i64 %10, 512
  %12 = mul i64 %9, 8
  %13 = add i64 %11, %12
  %14 = mul i64 %task, 56
  br label %ws.header

task.exit:                                        ; preds = %task.header
  ret void

ws.header:                                        ; preds = %ws.body, %task.body
  %ws = phi i64 [ 0, %task.body ], [ %ws.next, %ws.body ]
  %15 = icmp slt i64 %ws, 7
  br i1 %15, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %16 = mul i64 %ws, 8
  %17 = add i64 %16, 0
  %18 = add i64 %14, %17
  %19 = add i64 %13, 0
  %20 = mul i64 %19, 49
  %21 = mul i64 %7, 7
  %22 = add i64 %21, %ws
  %23 = add i64 %20, %22
  %24 = getelementptr inbounds float, float* %1, i64 %18
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %0, i64 %23
  store float %25, float* %26, align 4
  %27 = mul i64 %ws, 8
  %28 = add i64 %27, 1
  %29 = add i64 %14, %28
  %30 = add i64 %13, 1
  %31 = mul i64 %30, 49
  %32 = mul i64 %7, 7
  %33 = add i64 %32, %ws
  %34 = add i64 %31, %33
  %35 = getelementptr inbounds float, float* %1, i64 %29
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %0, i64 %34
  store float %36, float* %37, align 4
  %38 = mul i64 %ws, 8
  %39 = add i64 %38, 2
  %40 = add i64 %14, %39
  %41 = add i64 %13, 2
  %42 = mul i64 %41, 49
  %43 = mul i64 %7, 7
  %44 = add i64 %43, %ws
  %45 = add i64 %42, %44
  %46 = getelementptr inbounds float, float* %1, i64 %40
  %47 = load float, float* %46, align 4
  %48 = getelementptr inbounds float, float* %0, i64 %45
  store float %47, float* %48, align 4
  %49 = mul i64 %ws, 8
  %50 = add i64 %49, 3
  %51 = add i64 %14, %50
  %52 = add i64 %13, 3
  %53 = mul i64 %52, 49
  %54 = mul i64 %7, 7
  %55 = add i64 %54, %ws
  %56 = add i64 %53, %55
  %57 = getelementptr inbounds float, float* %1, i64 %51
  %58 = load float, float* %57, align 4
  %59 = getelementptr inbounds float, float* %0, i64 %56
  store float %58, float* %59, align 4
  %60 = mul i64 %ws, 8
  %61 = add i64 %60, 4
  %62 = add i64 %14, %61
  %63 = add i64 %13, 4
  %64 = mul i64 %63, 49
  %65 = mul i64 %7, 7
  %66 = add i64 %65, %ws
  %67 = add i64 %64, %66
  %68 = getelementptr inbounds float, float* %1, i64 %62
  %69 = load float, float* %68, align 4
  %70 = getelementptr inbounds float, float* %0, i64 %67
  store float %69, float* %70, align 4
  %71 = mul i64 %ws, 8
  %72 = add i64 %71, 5
  %73 = add i64 %14, %72
  %74 = add i64 %13, 5
  %75 = mul i64 %74, 49
  %76 = mul i64 %7, 7
  %77 = add i64 %76, %ws
  %78 = add i64 %75, %77
  %79 = getelementptr inbounds float, float* %1, i64 %73
  %80 = load float, float* %79, align 4
  %81 = getelementptr inbounds float, float* %0, i64 %78
  store float %80, float* %81, align 4
  %82 = mul i64 %ws, 8
  %83 = add i64 %82, 6
  %84 = add i64 %14, %83
  %85 = add i64 %13, 6
  %86 = mul i64 %85, 49
  %87 = mul i64 %7, 7
  %88 = add i64 %87, %ws
  %89 = add i64 %86, %88
  %90 = getelementptr inbounds float, float* %1, i64 %84
  %91 = load float, float* %90, align 4
  %92 = getelementptr inbounds float, float* %0, i64 %89
  store float %91, float* %92, align 4
  %93 = mul i64 %ws, 8
  %94 = add i64 %93, 7
  %95 = add i64 %14, %94
  %96 = add i64 %13, 7
  %97 = mul i64 %96, 49
  %98 = mul i64 %7, 7
  %99 = add i64 %98, %ws
  %100 = add i64 %97, %99
  %101 = getelementptr inbounds float, float* %1, i64 %95
  %102 = load float, float* %101, align 4
  %103 = getelementptr inbounds float, float* %0, i64 %100
  store float %102, float* %103, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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

; Function Attrs: noinline nounwind
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
define i32 @vgg11_run(i8** %0, i8** %1, i8* %2) #6 {
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
  %fresh = call i8* @malloc(i64 24318015)
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
  %17 = call i32 @vgg11_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @vgg11_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 0
  %10 = getelementptr inbounds i8, i8* %2, i64 12845056
  %11 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %9, i8** %11, align 8
  %12 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %12, align 8
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %10, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %14, align 8
  %15 = bitcast [6 x i8*]* %args to i8*
  call void @node0.conv2d_1.step0(i8* %15)
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([6912 x i8], [6912 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %17, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %15, i32 0, i32 0)
  %18 = getelementptr inbounds i8, i8* %2, i64 12845056
  %19 = getelementptr inbounds i8, i8* %2, i64 0
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %20, align 8
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %19, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %23, align 8
  %24 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.maxPool2d_1.step0, i8* %24, i32 0, i32 0)
  %25 = getelementptr inbounds i8, i8* %2, i64 0
  %26 = getelementptr inbounds i8, i8* %2, i64 12845056
  %27 = getelementptr inbounds i8, i8* %2, i64 6422528
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %25, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %26, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %31, align 8
  %32 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step0, i8* %32, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step1, i8* %32, i32 0, i32 0)
  %33 = getelementptr inbounds i8, i8* %2, i64 12560384
  %34 = getelementptr inbounds i8, i8* %2, i64 0
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %34, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %38, align 8
  %39 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_2.step0, i8* %39, i32 0, i32 0)
  %40 = getelementptr inbounds i8, i8* %2, i64 17895424
  %41 = getelementptr inbounds i8, i8* %2, i64 12560384
  %42 = getelementptr inbounds i8, i8* %2, i64 0
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %40, i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %41, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %42, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %46, align 8
  %47 = bitcast [6 x i8*]* %args to i8*
  call void @node4.conv2d_3.step0(i8* %47)
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_3.step1, i8* %47, i32 0, i32 0)
  %48 = getelementptr inbounds i8, i8* %2, i64 21106688
  %49 = getelementptr inbounds i8, i8* %2, i64 17895424
  %50 = getelementptr inbounds i8, i8* %2, i64 0
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %48, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %49, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %50, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %54, align 8
  %55 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step0, i8* %55, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step1, i8* %55, i32 0, i32 0)
  %56 = getelementptr inbounds i8, i8* %2, i64 6340608
  %57 = getelementptr inbounds i8, i8* %2, i64 21106688
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %56, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %57, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %61, align 8
  %62 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.maxPool2d_3.step0, i8* %62, i32 0, i32 0)
  %63 = getelementptr inbounds i8, i8* %2, i64 9068544
  %64 = getelementptr inbounds i8, i8* %2, i64 6340608
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
  call void @node7.conv2d_5.step0(i8* %70)
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_5.step1, i8* %70, i32 0, i32 0)
  %71 = getelementptr inbounds i8, i8* %2, i64 10674176
  %72 = getelementptr inbounds i8, i8* %2, i64 9068544
  %73 = getelementptr inbounds i8, i8* %2, i64 0
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %71, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %73, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %77, align 8
  %78 = bitcast [6 x i8*]* %args to i8*
  call void @node8.conv2d_6.step0(i8* %78)
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_6.step1, i8* %78, i32 0, i32 0)
  %79 = getelementptr inbounds i8, i8* %2, i64 3022848
  %80 = getelementptr inbounds i8, i8* %2, i64 10674176
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %79, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %80, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %84, align 8
  %85 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.maxPool2d_4.step0, i8* %85, i32 0, i32 0)
  %86 = getelementptr inbounds i8, i8* %2, i64 3424256
  %87 = getelementptr inbounds i8, i8* %2, i64 3022848
  %88 = getelementptr inbounds i8, i8* %2, i64 0
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %86, i8** %89, align 8
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %87, i8** %90, align 8
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %88, i8** %91, align 8
  %92 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %92, align 8
  %93 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_7.step0(i8* %93)
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step1, i8* %93, i32 0, i32 0)
  %94 = getelementptr inbounds i8, i8* %2, i64 3022848
  %95 = getelementptr inbounds i8, i8* %2, i64 3424256
  %96 = getelementptr inbounds i8, i8* %2, i64 0
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %94, i8** %97, align 8
  %98 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %95, i8** %98, align 8
  %99 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %96, i8** %99, align 8
  %100 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %100, align 8
  %101 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_7.step0(i8* %101)
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_8.step1, i8* %101, i32 0, i32 0)
  %102 = getelementptr inbounds i8, i8* %2, i64 0
  %103 = getelementptr inbounds i8, i8* %2, i64 3022848
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %103, i8** %105, align 8
  %106 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %106, align 8
  %107 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %107, align 8
  %108 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.maxPool2d_5.step0, i8* %108, i32 0, i32 0)
  %109 = getelementptr inbounds i8, i8* %2, i64 100352
  %110 = getelementptr inbounds i8, i8* %2, i64 0
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %109, i8** %111, align 8
  %112 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %110, i8** %112, align 8
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %113, align 8
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %114, align 8
  %115 = bitcast [6 x i8*]* %args to i8*
  call void @node13.maxPool2d_5.nchw.step0(i8* %115)
  %116 = getelementptr inbounds i8, i8* %2, i64 0
  %117 = getelementptr inbounds i8, i8* %2, i64 100352
  %118 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %116, i8** %118, align 8
  %119 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %117, i8** %119, align 8
  %120 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %120, align 8
  %121 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %121, align 8
  %122 = bitcast [6 x i8*]* %args to i8*
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([411041792 x i8], [411041792 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %123, align 8
  %124 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %124, align 8
  call void @GOMP_parallel(void (i8*)* @node15.dense_1.step0, i8* %122, i32 0, i32 0)
  %125 = getelementptr inbounds i8, i8* %2, i64 16384
  %126 = getelementptr inbounds i8, i8* %2, i64 0
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %125, i8** %127, align 8
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %126, i8** %128, align 8
  %129 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %129, align 8
  %130 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %130, align 8
  %131 = bitcast [6 x i8*]* %args to i8*
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([67108864 x i8], [67108864 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %132, align 8
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %133, align 8
  call void @GOMP_parallel(void (i8*)* @node16.dense_2.step0, i8* %131, i32 0, i32 0)
  %134 = getelementptr inbounds i8, i8* %2, i64 16384
  %135 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %135, align 8
  %136 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %134, i8** %136, align 8
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %137, align 8
  %138 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %138, align 8
  %139 = bitcast [6 x i8*]* %args to i8*
  %140 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([16384000 x i8], [16384000 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %140, align 8
  %141 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %141, align 8
  call void @GOMP_parallel(void (i8*)* @node17.dense_3.step0, i8* %139, i32 0, i32 0)
  %142 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %142, align 8
  %143 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %143, align 8
  %144 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %144, align 8
  %145 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %145, align 8
  %146 = bitcast [6 x i8*]* %args to i8*
  call void @node18.dense_3.softmax.step0(i8* %146)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @vgg11_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @vgg11_workspace_size() #7 {
entry:
  ret i64 24318015
}

; Function Attrs: nounwind
define i32 @vgg11_infer(i8* %0, i8* %1, i8* %2) #7 {
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
attributes #3 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
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
!26 = distinct !{!26, !1}
!27 = distinct !{!27, !1}
!28 = distinct !{!28, !1}
!29 = distinct !{!29, !1}
!30 = distinct !{!30, !1}
!31 = distinct !{!31, !1}
!32 = distinct !{!32, !1}
!33 = distinct !{!33, !1}
!34 = distinct !{!34, !1}
!35 = distinct !{!35, !1}
!36 = distinct !{!36, !1}
!37 = distinct !{!37, !1}
!38 = distinct !{!38, !1}
!39 = distinct !{!39, !1}
!40 = distinct !{!40, !1}
!41 = distinct !{!41, !1}
!42 = distinct !{!42, !1}
!43 = distinct !{!43, !1}
!44 = distinct !{!44, !1}
!45 = distinct !{!45, !1}
!46 = distinct !{!46, !1}
!47 = distinct !{!47, !1}
!48 = distinct !{!48, !1}
!49 = distinct !{!49, !1}
!50 = distinct !{!50, !1}
!51 = distinct !{!51, !1}
!52 = distinct !{!52, !1}
!53 = distinct !{!53, !1}
!54 = distinct !{!54, !1}
!55 = distinct !{!55, !1}
!56 = distinct !{!56, !1}
!57 = distinct !{!57, !1}
!58 = distinct !{!58, !1}
!59 = distinct !{!59, !1}
!60 = distinct !{!60, !1}
!61 = distinct !{!61, !1}
!62 = distinct !{!62, !1}
!63 = distinct !{!63, !1}
!64 = distinct !{!64, !1}
!65 = distinct !{!65, !1}
!66 = distinct !{!66, !1}
!67 = distinct !{!67, !1}
!68 = distinct !{!68, !1}
!69 = distinct !{!69, !1}
!70 = distinct !{!70, !1}
!71 = distinct !{!71, !1}
!72 = distinct !{!72, !1}
!73 = distinct !{!73, !1}
!74 = distinct !{!74, !1}
!75 = distinct !{!75, !1}
!76 = distinct !{!76, !1}
!77 = distinct !{!77, !1}
!78 = distinct !{!78, !1}
!79 = distinct !{!79, !1}
