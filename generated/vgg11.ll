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
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !4

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %80 = icmp slt i64 %column, 6
  br i1 %80, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %81 = mul i64 %column, 8
  %82 = add i64 %79, %81
  %83 = add i64 %82, 0
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = add i64 %82, 912
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = add i64 %82, 1824
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %82, 2736
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %82, 3648
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = add i64 %82, 4560
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = fmul <8 x float> %94, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %108 = fmul <8 x float> %90, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %109 = fsub <8 x float> %102, %107
  %110 = fsub <8 x float> %98, %108
  %111 = fsub <8 x float> %102, %94
  %112 = fsub <8 x float> %98, %90
  %113 = fmul <8 x float> %112, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %86, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %102)
  %115 = fmul <8 x float> %94, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %116 = fadd <8 x float> %114, %115
  %117 = fadd <8 x float> %109, %110
  %118 = fsub <8 x float> %109, %110
  %119 = fadd <8 x float> %111, %113
  %120 = fsub <8 x float> %111, %113
  %121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %90, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %106)
  %122 = fmul <8 x float> %98, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %123 = fadd <8 x float> %121, %122
  %124 = mul i64 %column, 8
  %125 = add i64 %124, 0
  %126 = getelementptr inbounds float, float* %75, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %116, <8 x float>* %127, align 4
  %128 = mul i64 %column, 8
  %129 = add i64 %128, 48
  %130 = getelementptr inbounds float, float* %75, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %117, <8 x float>* %131, align 4
  %132 = mul i64 %column, 8
  %133 = add i64 %132, 96
  %134 = getelementptr inbounds float, float* %75, i64 %133
  %135 = bitcast float* %134 to <8 x float>*
  store <8 x float> %118, <8 x float>* %135, align 4
  %136 = mul i64 %column, 8
  %137 = add i64 %136, 144
  %138 = getelementptr inbounds float, float* %75, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %119, <8 x float>* %139, align 4
  %140 = mul i64 %column, 8
  %141 = add i64 %140, 192
  %142 = getelementptr inbounds float, float* %75, i64 %141
  %143 = bitcast float* %142 to <8 x float>*
  store <8 x float> %120, <8 x float>* %143, align 4
  %144 = mul i64 %column, 8
  %145 = add i64 %144, 240
  %146 = getelementptr inbounds float, float* %75, i64 %145
  %147 = bitcast float* %146 to <8 x float>*
  store <8 x float> %123, <8 x float>* %147, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !5

column.exit:                                      ; preds = %column.header
  %148 = mul i64 %unit, 8
  %149 = add i64 %74, %148
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %150 = icmp slt i64 %row, 6
  br i1 %150, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %151 = mul i64 %row, 48
  %152 = add i64 %151, 0
  %153 = getelementptr inbounds float, float* %75, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %151, 8
  %157 = getelementptr inbounds float, float* %75, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = add i64 %151, 16
  %161 = getelementptr inbounds float, float* %75, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = add i64 %151, 24
  %165 = getelementptr inbounds float, float* %75, i64 %164
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = add i64 %151, 32
  %169 = getelementptr inbounds float, float* %75, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  %172 = add i64 %151, 40
  %173 = getelementptr inbounds float, float* %75, i64 %172
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = fmul <8 x float> %163, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %177 = fmul <8 x float> %159, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %178 = fsub <8 x float> %171, %176
  %179 = fsub <8 x float> %167, %177
  %180 = fsub <8 x float> %171, %163
  %181 = fsub <8 x float> %167, %159
  %182 = fmul <8 x float> %181, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %171)
  %184 = fmul <8 x float> %163, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %185 = fadd <8 x float> %183, %184
  %186 = fadd <8 x float> %178, %179
  %187 = fsub <8 x float> %178, %179
  %188 = fadd <8 x float> %180, %182
  %189 = fsub <8 x float> %180, %182
  %190 = call <8 x float> @llvm.fma.v8f32(<8 x float> %159, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %175)
  %191 = fmul <8 x float> %167, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %192 = fadd <8 x float> %190, %191
  %193 = mul i64 %row, 28800
  %194 = add i64 %149, %193
  %195 = add i64 %194, 0
  %196 = getelementptr inbounds float, float* %2, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  store <8 x float> %185, <8 x float>* %197, align 4
  %198 = add i64 %194, 4800
  %199 = getelementptr inbounds float, float* %2, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %186, <8 x float>* %200, align 4
  %201 = add i64 %194, 9600
  %202 = getelementptr inbounds float, float* %2, i64 %201
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %187, <8 x float>* %203, align 4
  %204 = add i64 %194, 14400
  %205 = getelementptr inbounds float, float* %2, i64 %204
  %206 = bitcast float* %205 to <8 x float>*
  store <8 x float> %188, <8 x float>* %206, align 4
  %207 = add i64 %194, 19200
  %208 = getelementptr inbounds float, float* %2, i64 %207
  %209 = bitcast float* %208 to <8 x float>*
  store <8 x float> %189, <8 x float>* %209, align 4
  %210 = add i64 %194, 24000
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %192, <8 x float>* %212, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !6

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !7

then:                                             ; preds = %tile.exit
  %213 = sub i64 %5, 1
  %214 = add i64 1728, %213
  %215 = sdiv i64 %214, %5
  %216 = mul i64 %4, %215
  %217 = icmp slt i64 %216, 1728
  %218 = select i1 %217, i64 %216, i64 1728
  %219 = add i64 %218, %215
  %220 = icmp slt i64 %219, 1728
  %221 = select i1 %220, i64 %219, i64 1728
  br label %task.header

else:                                             ; preds = %tile.exit
  %222 = sub i64 %5, 1
  %223 = add i64 3744, %222
  %224 = sdiv i64 %223, %5
  %225 = mul i64 %4, %224
  %226 = icmp slt i64 %225, 3744
  %227 = select i1 %226, i64 %225, i64 3744
  %228 = add i64 %227, %224
  %229 = icmp slt i64 %228, 3744
  %230 = select i1 %229, i64 %228, i64 3744
  br label %task.header18

endif:                                            ; preds = %task.exit20, %task.exit
  call void @GOMP_barrier()
  %231 = sub i64 %5, 1
  %232 = add i64 %50, %231
  %233 = sdiv i64 %232, %5
  %234 = mul i64 %4, %233
  %235 = icmp slt i64 %234, %50
  %236 = select i1 %235, i64 %234, i64 %50
  %237 = add i64 %236, %233
  %238 = icmp slt i64 %237, %50
  %239 = select i1 %238, i64 %237, i64 %50
  br label %tile.header45

task.header:                                      ; preds = %endif3, %then
  %task = phi i64 [ %218, %then ], [ %task.next, %endif3 ]
  %240 = icmp slt i64 %task, %221
  br i1 %240, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %241 = sdiv i64 %task, 48
  %242 = mul i64 %241, 4800
  %243 = add i64 831744, %242
  %244 = getelementptr inbounds float, float* %2, i64 %243
  %245 = mul i64 %241, 8192
  %246 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_2.winograd to float*), i64 %245
  %247 = mul i64 %241, 9600
  %248 = add i64 1004544, %247
  %249 = srem i64 %task, 48
  %250 = sdiv i64 %249, 8
  %251 = srem i64 %249, 8
  %252 = mul i64 %250, 6
  %253 = mul i64 %251, 16
  %254 = mul i64 %251, 1024
  %255 = icmp eq i64 %250, 5
  br i1 %255, label %then1, label %else2

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
  %256 = icmp slt i64 %k, 64
  br i1 %256, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %257 = mul i64 %k, 16
  %258 = add i64 %254, %257
  %259 = add i64 %258, 0
  %260 = getelementptr inbounds float, float* %246, i64 %259
  %261 = bitcast float* %260 to <8 x float>*
  %262 = load <8 x float>, <8 x float>* %261, align 4
  %263 = add i64 %258, 8
  %264 = getelementptr inbounds float, float* %246, i64 %263
  %265 = bitcast float* %264 to <8 x float>*
  %266 = load <8 x float>, <8 x float>* %265, align 4
  %267 = add i64 %252, 0
  %268 = mul i64 %267, 64
  %269 = add i64 %268, %k
  %270 = getelementptr inbounds float, float* %244, i64 %269
  %271 = load float, float* %270, align 4
  %272 = insertelement <8 x float> undef, float %271, i32 0
  %splat = shufflevector <8 x float> %272, <8 x float> undef, <8 x i32> zeroinitializer
  %273 = load <8 x float>, <8 x float>* %44, align 32
  %274 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %262, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %44, align 32
  %275 = load <8 x float>, <8 x float>* %40, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %266, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %40, align 32
  %277 = add i64 %252, 1
  %278 = mul i64 %277, 64
  %279 = add i64 %278, %k
  %280 = getelementptr inbounds float, float* %244, i64 %279
  %281 = load float, float* %280, align 4
  %282 = insertelement <8 x float> undef, float %281, i32 0
  %splat4 = shufflevector <8 x float> %282, <8 x float> undef, <8 x i32> zeroinitializer
  %283 = load <8 x float>, <8 x float>* %43, align 32
  %284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %262, <8 x float> %283)
  store <8 x float> %284, <8 x float>* %43, align 32
  %285 = load <8 x float>, <8 x float>* %39, align 32
  %286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %266, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %39, align 32
  %287 = add i64 %252, 2
  %288 = mul i64 %287, 64
  %289 = add i64 %288, %k
  %290 = getelementptr inbounds float, float* %244, i64 %289
  %291 = load float, float* %290, align 4
  %292 = insertelement <8 x float> undef, float %291, i32 0
  %splat5 = shufflevector <8 x float> %292, <8 x float> undef, <8 x i32> zeroinitializer
  %293 = load <8 x float>, <8 x float>* %42, align 32
  %294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %262, <8 x float> %293)
  store <8 x float> %294, <8 x float>* %42, align 32
  %295 = load <8 x float>, <8 x float>* %38, align 32
  %296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %266, <8 x float> %295)
  store <8 x float> %296, <8 x float>* %38, align 32
  %297 = add i64 %252, 3
  %298 = mul i64 %297, 64
  %299 = add i64 %298, %k
  %300 = getelementptr inbounds float, float* %244, i64 %299
  %301 = load float, float* %300, align 4
  %302 = insertelement <8 x float> undef, float %301, i32 0
  %splat6 = shufflevector <8 x float> %302, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %41, align 32
  %304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %262, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %41, align 32
  %305 = load <8 x float>, <8 x float>* %37, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %266, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %37, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %307 = add i64 %252, 0
  %308 = add i64 %253, 0
  %309 = load <8 x float>, <8 x float>* %44, align 32
  %310 = mul i64 %307, 128
  %311 = add i64 %310, %308
  %312 = add i64 %248, %311
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  store <8 x float> %309, <8 x float>* %314, align 4
  %315 = add i64 %252, 1
  %316 = add i64 %253, 0
  %317 = load <8 x float>, <8 x float>* %43, align 32
  %318 = mul i64 %315, 128
  %319 = add i64 %318, %316
  %320 = add i64 %248, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %252, 2
  %324 = add i64 %253, 0
  %325 = load <8 x float>, <8 x float>* %42, align 32
  %326 = mul i64 %323, 128
  %327 = add i64 %326, %324
  %328 = add i64 %248, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %252, 3
  %332 = add i64 %253, 0
  %333 = load <8 x float>, <8 x float>* %41, align 32
  %334 = mul i64 %331, 128
  %335 = add i64 %334, %332
  %336 = add i64 %248, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %252, 0
  %340 = add i64 %253, 8
  %341 = load <8 x float>, <8 x float>* %40, align 32
  %342 = mul i64 %339, 128
  %343 = add i64 %342, %340
  %344 = add i64 %248, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %252, 1
  %348 = add i64 %253, 8
  %349 = load <8 x float>, <8 x float>* %39, align 32
  %350 = mul i64 %347, 128
  %351 = add i64 %350, %348
  %352 = add i64 %248, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %252, 2
  %356 = add i64 %253, 8
  %357 = load <8 x float>, <8 x float>* %38, align 32
  %358 = mul i64 %355, 128
  %359 = add i64 %358, %356
  %360 = add i64 %248, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %252, 3
  %364 = add i64 %253, 8
  %365 = load <8 x float>, <8 x float>* %37, align 32
  %366 = mul i64 %363, 128
  %367 = add i64 %366, %364
  %368 = add i64 %248, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  br label %endif3

k.header7:                                        ; preds = %k.body8, %else2
  %k10 = phi i64 [ 0, %else2 ], [ %k.next17, %k.body8 ]
  %371 = icmp slt i64 %k10, 64
  br i1 %371, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %372 = mul i64 %k10, 16
  %373 = add i64 %254, %372
  %374 = add i64 %373, 0
  %375 = getelementptr inbounds float, float* %246, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  %377 = load <8 x float>, <8 x float>* %376, align 4
  %378 = add i64 %373, 8
  %379 = getelementptr inbounds float, float* %246, i64 %378
  %380 = bitcast float* %379 to <8 x float>*
  %381 = load <8 x float>, <8 x float>* %380, align 4
  %382 = add i64 %252, 0
  %383 = mul i64 %382, 64
  %384 = add i64 %383, %k10
  %385 = getelementptr inbounds float, float* %244, i64 %384
  %386 = load float, float* %385, align 4
  %387 = insertelement <8 x float> undef, float %386, i32 0
  %splat11 = shufflevector <8 x float> %387, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %36, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %377, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %36, align 32
  %390 = load <8 x float>, <8 x float>* %30, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %381, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %30, align 32
  %392 = add i64 %252, 1
  %393 = mul i64 %392, 64
  %394 = add i64 %393, %k10
  %395 = getelementptr inbounds float, float* %244, i64 %394
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i32 0
  %splat12 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %398 = load <8 x float>, <8 x float>* %35, align 32
  %399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %377, <8 x float> %398)
  store <8 x float> %399, <8 x float>* %35, align 32
  %400 = load <8 x float>, <8 x float>* %29, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %381, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %29, align 32
  %402 = add i64 %252, 2
  %403 = mul i64 %402, 64
  %404 = add i64 %403, %k10
  %405 = getelementptr inbounds float, float* %244, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat13 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %34, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %377, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %34, align 32
  %410 = load <8 x float>, <8 x float>* %28, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %381, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %28, align 32
  %412 = add i64 %252, 3
  %413 = mul i64 %412, 64
  %414 = add i64 %413, %k10
  %415 = getelementptr inbounds float, float* %244, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat14 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %33, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %377, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %33, align 32
  %420 = load <8 x float>, <8 x float>* %27, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %381, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %27, align 32
  %422 = add i64 %252, 4
  %423 = mul i64 %422, 64
  %424 = add i64 %423, %k10
  %425 = getelementptr inbounds float, float* %244, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat15 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %32, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %377, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %32, align 32
  %430 = load <8 x float>, <8 x float>* %26, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %381, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %26, align 32
  %432 = add i64 %252, 5
  %433 = mul i64 %432, 64
  %434 = add i64 %433, %k10
  %435 = getelementptr inbounds float, float* %244, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat16 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %31, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %377, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %31, align 32
  %440 = load <8 x float>, <8 x float>* %25, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %381, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %25, align 32
  %k.next17 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %442 = add i64 %252, 0
  %443 = add i64 %253, 0
  %444 = load <8 x float>, <8 x float>* %36, align 32
  %445 = mul i64 %442, 128
  %446 = add i64 %445, %443
  %447 = add i64 %248, %446
  %448 = getelementptr inbounds float, float* %2, i64 %447
  %449 = bitcast float* %448 to <8 x float>*
  store <8 x float> %444, <8 x float>* %449, align 4
  %450 = add i64 %252, 1
  %451 = add i64 %253, 0
  %452 = load <8 x float>, <8 x float>* %35, align 32
  %453 = mul i64 %450, 128
  %454 = add i64 %453, %451
  %455 = add i64 %248, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %252, 2
  %459 = add i64 %253, 0
  %460 = load <8 x float>, <8 x float>* %34, align 32
  %461 = mul i64 %458, 128
  %462 = add i64 %461, %459
  %463 = add i64 %248, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %252, 3
  %467 = add i64 %253, 0
  %468 = load <8 x float>, <8 x float>* %33, align 32
  %469 = mul i64 %466, 128
  %470 = add i64 %469, %467
  %471 = add i64 %248, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %252, 4
  %475 = add i64 %253, 0
  %476 = load <8 x float>, <8 x float>* %32, align 32
  %477 = mul i64 %474, 128
  %478 = add i64 %477, %475
  %479 = add i64 %248, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %252, 5
  %483 = add i64 %253, 0
  %484 = load <8 x float>, <8 x float>* %31, align 32
  %485 = mul i64 %482, 128
  %486 = add i64 %485, %483
  %487 = add i64 %248, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %252, 0
  %491 = add i64 %253, 8
  %492 = load <8 x float>, <8 x float>* %30, align 32
  %493 = mul i64 %490, 128
  %494 = add i64 %493, %491
  %495 = add i64 %248, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %252, 1
  %499 = add i64 %253, 8
  %500 = load <8 x float>, <8 x float>* %29, align 32
  %501 = mul i64 %498, 128
  %502 = add i64 %501, %499
  %503 = add i64 %248, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %252, 2
  %507 = add i64 %253, 8
  %508 = load <8 x float>, <8 x float>* %28, align 32
  %509 = mul i64 %506, 128
  %510 = add i64 %509, %507
  %511 = add i64 %248, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %252, 3
  %515 = add i64 %253, 8
  %516 = load <8 x float>, <8 x float>* %27, align 32
  %517 = mul i64 %514, 128
  %518 = add i64 %517, %515
  %519 = add i64 %248, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %252, 4
  %523 = add i64 %253, 8
  %524 = load <8 x float>, <8 x float>* %26, align 32
  %525 = mul i64 %522, 128
  %526 = add i64 %525, %523
  %527 = add i64 %248, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %252, 5
  %531 = add i64 %253, 8
  %532 = load <8 x float>, <8 x float>* %25, align 32
  %533 = mul i64 %530, 128
  %534 = add i64 %533, %531
  %535 = add i64 %248, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  br label %endif3

task.header18:                                    ; preds = %endif24, %else
  %task21 = phi i64 [ %227, %else ], [ %task.next44, %endif24 ]
  %538 = icmp slt i64 %task21, %230
  br i1 %538, label %task.body19, label %task.exit20

task.body19:                                      ; preds = %task.header18
  %539 = sdiv i64 %task21, 104
  %540 = mul i64 %539, 4800
  %541 = add i64 831744, %540
  %542 = getelementptr inbounds float, float* %2, i64 %541
  %543 = mul i64 %539, 8192
  %544 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_2.winograd to float*), i64 %543
  %545 = mul i64 %539, 9600
  %546 = add i64 1004544, %545
  %547 = srem i64 %task21, 104
  %548 = sdiv i64 %547, 8
  %549 = srem i64 %547, 8
  %550 = mul i64 %548, 6
  %551 = mul i64 %549, 16
  %552 = mul i64 %549, 1024
  %553 = icmp eq i64 %548, 12
  br i1 %553, label %then22, label %else23

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
  %554 = icmp slt i64 %k28, 64
  br i1 %554, label %k.body26, label %k.exit27

k.body26:                                         ; preds = %k.header25
  %555 = mul i64 %k28, 16
  %556 = add i64 %552, %555
  %557 = add i64 %556, 0
  %558 = getelementptr inbounds float, float* %544, i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %556, 8
  %562 = getelementptr inbounds float, float* %544, i64 %561
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  %565 = add i64 %550, 0
  %566 = mul i64 %565, 64
  %567 = add i64 %566, %k28
  %568 = getelementptr inbounds float, float* %542, i64 %567
  %569 = load float, float* %568, align 4
  %570 = insertelement <8 x float> undef, float %569, i32 0
  %splat29 = shufflevector <8 x float> %570, <8 x float> undef, <8 x i32> zeroinitializer
  %571 = load <8 x float>, <8 x float>* %24, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %560, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %24, align 32
  %573 = load <8 x float>, <8 x float>* %21, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %564, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %21, align 32
  %575 = add i64 %550, 1
  %576 = mul i64 %575, 64
  %577 = add i64 %576, %k28
  %578 = getelementptr inbounds float, float* %542, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat30 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %23, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %560, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %23, align 32
  %583 = load <8 x float>, <8 x float>* %20, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %564, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %20, align 32
  %585 = add i64 %550, 2
  %586 = mul i64 %585, 64
  %587 = add i64 %586, %k28
  %588 = getelementptr inbounds float, float* %542, i64 %587
  %589 = load float, float* %588, align 4
  %590 = insertelement <8 x float> undef, float %589, i32 0
  %splat31 = shufflevector <8 x float> %590, <8 x float> undef, <8 x i32> zeroinitializer
  %591 = load <8 x float>, <8 x float>* %22, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %560, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %22, align 32
  %593 = load <8 x float>, <8 x float>* %19, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %564, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %19, align 32
  %k.next32 = add i64 %k28, 1
  br label %k.header25

k.exit27:                                         ; preds = %k.header25
  %595 = add i64 %550, 0
  %596 = add i64 %551, 0
  %597 = load <8 x float>, <8 x float>* %24, align 32
  %598 = mul i64 %595, 128
  %599 = add i64 %598, %596
  %600 = add i64 %546, %599
  %601 = getelementptr inbounds float, float* %2, i64 %600
  %602 = bitcast float* %601 to <8 x float>*
  store <8 x float> %597, <8 x float>* %602, align 4
  %603 = add i64 %550, 1
  %604 = add i64 %551, 0
  %605 = load <8 x float>, <8 x float>* %23, align 32
  %606 = mul i64 %603, 128
  %607 = add i64 %606, %604
  %608 = add i64 %546, %607
  %609 = getelementptr inbounds float, float* %2, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %605, <8 x float>* %610, align 4
  %611 = add i64 %550, 2
  %612 = add i64 %551, 0
  %613 = load <8 x float>, <8 x float>* %22, align 32
  %614 = mul i64 %611, 128
  %615 = add i64 %614, %612
  %616 = add i64 %546, %615
  %617 = getelementptr inbounds float, float* %2, i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  store <8 x float> %613, <8 x float>* %618, align 4
  %619 = add i64 %550, 0
  %620 = add i64 %551, 8
  %621 = load <8 x float>, <8 x float>* %21, align 32
  %622 = mul i64 %619, 128
  %623 = add i64 %622, %620
  %624 = add i64 %546, %623
  %625 = getelementptr inbounds float, float* %2, i64 %624
  %626 = bitcast float* %625 to <8 x float>*
  store <8 x float> %621, <8 x float>* %626, align 4
  %627 = add i64 %550, 1
  %628 = add i64 %551, 8
  %629 = load <8 x float>, <8 x float>* %20, align 32
  %630 = mul i64 %627, 128
  %631 = add i64 %630, %628
  %632 = add i64 %546, %631
  %633 = getelementptr inbounds float, float* %2, i64 %632
  %634 = bitcast float* %633 to <8 x float>*
  store <8 x float> %629, <8 x float>* %634, align 4
  %635 = add i64 %550, 2
  %636 = add i64 %551, 8
  %637 = load <8 x float>, <8 x float>* %19, align 32
  %638 = mul i64 %635, 128
  %639 = add i64 %638, %636
  %640 = add i64 %546, %639
  %641 = getelementptr inbounds float, float* %2, i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  store <8 x float> %637, <8 x float>* %642, align 4
  br label %endif24

k.header33:                                       ; preds = %k.body34, %else23
  %k36 = phi i64 [ 0, %else23 ], [ %k.next43, %k.body34 ]
  %643 = icmp slt i64 %k36, 64
  br i1 %643, label %k.body34, label %k.exit35

k.body34:                                         ; preds = %k.header33
  %644 = mul i64 %k36, 16
  %645 = add i64 %552, %644
  %646 = add i64 %645, 0
  %647 = getelementptr inbounds float, float* %544, i64 %646
  %648 = bitcast float* %647 to <8 x float>*
  %649 = load <8 x float>, <8 x float>* %648, align 4
  %650 = add i64 %645, 8
  %651 = getelementptr inbounds float, float* %544, i64 %650
  %652 = bitcast float* %651 to <8 x float>*
  %653 = load <8 x float>, <8 x float>* %652, align 4
  %654 = add i64 %550, 0
  %655 = mul i64 %654, 64
  %656 = add i64 %655, %k36
  %657 = getelementptr inbounds float, float* %542, i64 %656
  %658 = load float, float* %657, align 4
  %659 = insertelement <8 x float> undef, float %658, i32 0
  %splat37 = shufflevector <8 x float> %659, <8 x float> undef, <8 x i32> zeroinitializer
  %660 = load <8 x float>, <8 x float>* %18, align 32
  %661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %649, <8 x float> %660)
  store <8 x float> %661, <8 x float>* %18, align 32
  %662 = load <8 x float>, <8 x float>* %12, align 32
  %663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %653, <8 x float> %662)
  store <8 x float> %663, <8 x float>* %12, align 32
  %664 = add i64 %550, 1
  %665 = mul i64 %664, 64
  %666 = add i64 %665, %k36
  %667 = getelementptr inbounds float, float* %542, i64 %666
  %668 = load float, float* %667, align 4
  %669 = insertelement <8 x float> undef, float %668, i32 0
  %splat38 = shufflevector <8 x float> %669, <8 x float> undef, <8 x i32> zeroinitializer
  %670 = load <8 x float>, <8 x float>* %17, align 32
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %649, <8 x float> %670)
  store <8 x float> %671, <8 x float>* %17, align 32
  %672 = load <8 x float>, <8 x float>* %11, align 32
  %673 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %653, <8 x float> %672)
  store <8 x float> %673, <8 x float>* %11, align 32
  %674 = add i64 %550, 2
  %675 = mul i64 %674, 64
  %676 = add i64 %675, %k36
  %677 = getelementptr inbounds float, float* %542, i64 %676
  %678 = load float, float* %677, align 4
  %679 = insertelement <8 x float> undef, float %678, i32 0
  %splat39 = shufflevector <8 x float> %679, <8 x float> undef, <8 x i32> zeroinitializer
  %680 = load <8 x float>, <8 x float>* %16, align 32
  %681 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %649, <8 x float> %680)
  store <8 x float> %681, <8 x float>* %16, align 32
  %682 = load <8 x float>, <8 x float>* %10, align 32
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %653, <8 x float> %682)
  store <8 x float> %683, <8 x float>* %10, align 32
  %684 = add i64 %550, 3
  %685 = mul i64 %684, 64
  %686 = add i64 %685, %k36
  %687 = getelementptr inbounds float, float* %542, i64 %686
  %688 = load float, float* %687, align 4
  %689 = insertelement <8 x float> undef, float %688, i32 0
  %splat40 = shufflevector <8 x float> %689, <8 x float> undef, <8 x i32> zeroinitializer
  %690 = load <8 x float>, <8 x float>* %15, align 32
  %691 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %649, <8 x float> %690)
  store <8 x float> %691, <8 x float>* %15, align 32
  %692 = load <8 x float>, <8 x float>* %9, align 32
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %653, <8 x float> %692)
  store <8 x float> %693, <8 x float>* %9, align 32
  %694 = add i64 %550, 4
  %695 = mul i64 %694, 64
  %696 = add i64 %695, %k36
  %697 = getelementptr inbounds float, float* %542, i64 %696
  %698 = load float, float* %697, align 4
  %699 = insertelement <8 x float> undef, float %698, i32 0
  %splat41 = shufflevector <8 x float> %699, <8 x float> undef, <8 x i32> zeroinitializer
  %700 = load <8 x float>, <8 x float>* %14, align 32
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %649, <8 x float> %700)
  store <8 x float> %701, <8 x float>* %14, align 32
  %702 = load <8 x float>, <8 x float>* %8, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %653, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %8, align 32
  %704 = add i64 %550, 5
  %705 = mul i64 %704, 64
  %706 = add i64 %705, %k36
  %707 = getelementptr inbounds float, float* %542, i64 %706
  %708 = load float, float* %707, align 4
  %709 = insertelement <8 x float> undef, float %708, i32 0
  %splat42 = shufflevector <8 x float> %709, <8 x float> undef, <8 x i32> zeroinitializer
  %710 = load <8 x float>, <8 x float>* %13, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %649, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %13, align 32
  %712 = load <8 x float>, <8 x float>* %7, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %653, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %7, align 32
  %k.next43 = add i64 %k36, 1
  br label %k.header33

k.exit35:                                         ; preds = %k.header33
  %714 = add i64 %550, 0
  %715 = add i64 %551, 0
  %716 = load <8 x float>, <8 x float>* %18, align 32
  %717 = mul i64 %714, 128
  %718 = add i64 %717, %715
  %719 = add i64 %546, %718
  %720 = getelementptr inbounds float, float* %2, i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  store <8 x float> %716, <8 x float>* %721, align 4
  %722 = add i64 %550, 1
  %723 = add i64 %551, 0
  %724 = load <8 x float>, <8 x float>* %17, align 32
  %725 = mul i64 %722, 128
  %726 = add i64 %725, %723
  %727 = add i64 %546, %726
  %728 = getelementptr inbounds float, float* %2, i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  store <8 x float> %724, <8 x float>* %729, align 4
  %730 = add i64 %550, 2
  %731 = add i64 %551, 0
  %732 = load <8 x float>, <8 x float>* %16, align 32
  %733 = mul i64 %730, 128
  %734 = add i64 %733, %731
  %735 = add i64 %546, %734
  %736 = getelementptr inbounds float, float* %2, i64 %735
  %737 = bitcast float* %736 to <8 x float>*
  store <8 x float> %732, <8 x float>* %737, align 4
  %738 = add i64 %550, 3
  %739 = add i64 %551, 0
  %740 = load <8 x float>, <8 x float>* %15, align 32
  %741 = mul i64 %738, 128
  %742 = add i64 %741, %739
  %743 = add i64 %546, %742
  %744 = getelementptr inbounds float, float* %2, i64 %743
  %745 = bitcast float* %744 to <8 x float>*
  store <8 x float> %740, <8 x float>* %745, align 4
  %746 = add i64 %550, 4
  %747 = add i64 %551, 0
  %748 = load <8 x float>, <8 x float>* %14, align 32
  %749 = mul i64 %746, 128
  %750 = add i64 %749, %747
  %751 = add i64 %546, %750
  %752 = getelementptr inbounds float, float* %2, i64 %751
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %748, <8 x float>* %753, align 4
  %754 = add i64 %550, 5
  %755 = add i64 %551, 0
  %756 = load <8 x float>, <8 x float>* %13, align 32
  %757 = mul i64 %754, 128
  %758 = add i64 %757, %755
  %759 = add i64 %546, %758
  %760 = getelementptr inbounds float, float* %2, i64 %759
  %761 = bitcast float* %760 to <8 x float>*
  store <8 x float> %756, <8 x float>* %761, align 4
  %762 = add i64 %550, 0
  %763 = add i64 %551, 8
  %764 = load <8 x float>, <8 x float>* %12, align 32
  %765 = mul i64 %762, 128
  %766 = add i64 %765, %763
  %767 = add i64 %546, %766
  %768 = getelementptr inbounds float, float* %2, i64 %767
  %769 = bitcast float* %768 to <8 x float>*
  store <8 x float> %764, <8 x float>* %769, align 4
  %770 = add i64 %550, 1
  %771 = add i64 %551, 8
  %772 = load <8 x float>, <8 x float>* %11, align 32
  %773 = mul i64 %770, 128
  %774 = add i64 %773, %771
  %775 = add i64 %546, %774
  %776 = getelementptr inbounds float, float* %2, i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  store <8 x float> %772, <8 x float>* %777, align 4
  %778 = add i64 %550, 2
  %779 = add i64 %551, 8
  %780 = load <8 x float>, <8 x float>* %10, align 32
  %781 = mul i64 %778, 128
  %782 = add i64 %781, %779
  %783 = add i64 %546, %782
  %784 = getelementptr inbounds float, float* %2, i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  store <8 x float> %780, <8 x float>* %785, align 4
  %786 = add i64 %550, 3
  %787 = add i64 %551, 8
  %788 = load <8 x float>, <8 x float>* %9, align 32
  %789 = mul i64 %786, 128
  %790 = add i64 %789, %787
  %791 = add i64 %546, %790
  %792 = getelementptr inbounds float, float* %2, i64 %791
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %788, <8 x float>* %793, align 4
  %794 = add i64 %550, 4
  %795 = add i64 %551, 8
  %796 = load <8 x float>, <8 x float>* %8, align 32
  %797 = mul i64 %794, 128
  %798 = add i64 %797, %795
  %799 = add i64 %546, %798
  %800 = getelementptr inbounds float, float* %2, i64 %799
  %801 = bitcast float* %800 to <8 x float>*
  store <8 x float> %796, <8 x float>* %801, align 4
  %802 = add i64 %550, 5
  %803 = add i64 %551, 8
  %804 = load <8 x float>, <8 x float>* %7, align 32
  %805 = mul i64 %802, 128
  %806 = add i64 %805, %803
  %807 = add i64 %546, %806
  %808 = getelementptr inbounds float, float* %2, i64 %807
  %809 = bitcast float* %808 to <8 x float>*
  store <8 x float> %804, <8 x float>* %809, align 4
  br label %endif24

tile.header45:                                    ; preds = %block.exit, %endif
  %tile48 = phi i64 [ %236, %endif ], [ %tile.next54, %block.exit ]
  %810 = icmp slt i64 %tile48, %239
  br i1 %810, label %tile.body46, label %tile.exit47

tile.body46:                                      ; preds = %tile.header45
  %811 = add i64 %47, %tile48
  %812 = srem i64 %811, 28
  %813 = sdiv i64 %811, 28
  %814 = srem i64 %813, 28
  %815 = sdiv i64 %811, 784
  %816 = mul i64 %815, 16
  %817 = mul i64 %816, 100352
  %818 = mul i64 %814, 448
  %819 = mul i64 %812, 4
  %820 = add i64 %818, %819
  %821 = mul i64 %820, 8
  %822 = add i64 %817, %821
  %823 = mul i64 %tile48, 128
  %824 = add i64 1004544, %823
  %825 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit47:                                      ; preds = %tile.header45
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !10

block.header:                                     ; preds = %row.exit51, %tile.body46
  %block = phi i64 [ 0, %tile.body46 ], [ %block.next, %row.exit51 ]
  %826 = icmp slt i64 %block, 16
  br i1 %826, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %827 = mul i64 %block, 8
  %828 = add i64 %824, %827
  br label %row.header49

block.exit:                                       ; preds = %block.header
  %tile.next54 = add i64 %tile48, 1
  br label %tile.header45, !llvm.loop !11

row.header49:                                     ; preds = %row.body50, %block.body
  %row52 = phi i64 [ 0, %block.body ], [ %row.next53, %row.body50 ]
  %829 = icmp slt i64 %row52, 6
  br i1 %829, label %row.body50, label %row.exit51

row.body50:                                       ; preds = %row.header49
  %830 = mul i64 %row52, 57600
  %831 = add i64 %828, %830
  %832 = add i64 %831, 0
  %833 = getelementptr inbounds float, float* %2, i64 %832
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = add i64 %831, 9600
  %837 = getelementptr inbounds float, float* %2, i64 %836
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = add i64 %831, 19200
  %841 = getelementptr inbounds float, float* %2, i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = add i64 %831, 28800
  %845 = getelementptr inbounds float, float* %2, i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  %848 = add i64 %831, 38400
  %849 = getelementptr inbounds float, float* %2, i64 %848
  %850 = bitcast float* %849 to <8 x float>*
  %851 = load <8 x float>, <8 x float>* %850, align 4
  %852 = add i64 %831, 48000
  %853 = getelementptr inbounds float, float* %2, i64 %852
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = fadd <8 x float> %839, %843
  %857 = fsub <8 x float> %839, %843
  %858 = fadd <8 x float> %847, %851
  %859 = fsub <8 x float> %847, %851
  %860 = fadd <8 x float> %835, %856
  %861 = fadd <8 x float> %860, %858
  %862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %859, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %857)
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %856)
  %864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %859, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %857)
  %865 = fadd <8 x float> %864, %855
  %866 = mul i64 %row52, 32
  %867 = add i64 %866, 0
  %868 = getelementptr inbounds float, float* %825, i64 %867
  %869 = bitcast float* %868 to <8 x float>*
  store <8 x float> %861, <8 x float>* %869, align 4
  %870 = mul i64 %row52, 32
  %871 = add i64 %870, 8
  %872 = getelementptr inbounds float, float* %825, i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  store <8 x float> %862, <8 x float>* %873, align 4
  %874 = mul i64 %row52, 32
  %875 = add i64 %874, 16
  %876 = getelementptr inbounds float, float* %825, i64 %875
  %877 = bitcast float* %876 to <8 x float>*
  store <8 x float> %863, <8 x float>* %877, align 4
  %878 = mul i64 %row52, 32
  %879 = add i64 %878, 24
  %880 = getelementptr inbounds float, float* %825, i64 %879
  %881 = bitcast float* %880 to <8 x float>*
  store <8 x float> %865, <8 x float>* %881, align 4
  %row.next53 = add i64 %row52, 1
  br label %row.header49, !llvm.loop !12

row.exit51:                                       ; preds = %row.header49
  %882 = mul i64 %block, 8
  %883 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_2.bias to float*), i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = mul i64 %block, 100352
  %887 = add i64 %822, %886
  %888 = getelementptr inbounds float, float* %825, i64 0
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = getelementptr inbounds float, float* %825, i64 32
  %892 = bitcast float* %891 to <8 x float>*
  %893 = load <8 x float>, <8 x float>* %892, align 4
  %894 = getelementptr inbounds float, float* %825, i64 64
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = getelementptr inbounds float, float* %825, i64 96
  %898 = bitcast float* %897 to <8 x float>*
  %899 = load <8 x float>, <8 x float>* %898, align 4
  %900 = getelementptr inbounds float, float* %825, i64 128
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = getelementptr inbounds float, float* %825, i64 160
  %904 = bitcast float* %903 to <8 x float>*
  %905 = load <8 x float>, <8 x float>* %904, align 4
  %906 = fadd <8 x float> %893, %896
  %907 = fsub <8 x float> %893, %896
  %908 = fadd <8 x float> %899, %902
  %909 = fsub <8 x float> %899, %902
  %910 = fadd <8 x float> %890, %906
  %911 = fadd <8 x float> %910, %908
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %909, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %907)
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %906)
  %914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %909, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %907)
  %915 = fadd <8 x float> %914, %905
  %916 = add i64 %887, 0
  %917 = fadd <8 x float> %911, %885
  %918 = fcmp olt <8 x float> %917, zeroinitializer
  %919 = select <8 x i1> %918, <8 x float> zeroinitializer, <8 x float> %917
  %920 = getelementptr inbounds float, float* %0, i64 %916
  %921 = bitcast float* %920 to <8 x float>*
  store <8 x float> %919, <8 x float>* %921, align 4
  %922 = add i64 %887, 896
  %923 = fadd <8 x float> %912, %885
  %924 = fcmp olt <8 x float> %923, zeroinitializer
  %925 = select <8 x i1> %924, <8 x float> zeroinitializer, <8 x float> %923
  %926 = getelementptr inbounds float, float* %0, i64 %922
  %927 = bitcast float* %926 to <8 x float>*
  store <8 x float> %925, <8 x float>* %927, align 4
  %928 = add i64 %887, 1792
  %929 = fadd <8 x float> %913, %885
  %930 = fcmp olt <8 x float> %929, zeroinitializer
  %931 = select <8 x i1> %930, <8 x float> zeroinitializer, <8 x float> %929
  %932 = getelementptr inbounds float, float* %0, i64 %928
  %933 = bitcast float* %932 to <8 x float>*
  store <8 x float> %931, <8 x float>* %933, align 4
  %934 = add i64 %887, 2688
  %935 = fadd <8 x float> %915, %885
  %936 = fcmp olt <8 x float> %935, zeroinitializer
  %937 = select <8 x i1> %936, <8 x float> zeroinitializer, <8 x float> %935
  %938 = getelementptr inbounds float, float* %0, i64 %934
  %939 = bitcast float* %938 to <8 x float>*
  store <8 x float> %937, <8 x float>* %939, align 4
  %940 = getelementptr inbounds float, float* %825, i64 8
  %941 = bitcast float* %940 to <8 x float>*
  %942 = load <8 x float>, <8 x float>* %941, align 4
  %943 = getelementptr inbounds float, float* %825, i64 40
  %944 = bitcast float* %943 to <8 x float>*
  %945 = load <8 x float>, <8 x float>* %944, align 4
  %946 = getelementptr inbounds float, float* %825, i64 72
  %947 = bitcast float* %946 to <8 x float>*
  %948 = load <8 x float>, <8 x float>* %947, align 4
  %949 = getelementptr inbounds float, float* %825, i64 104
  %950 = bitcast float* %949 to <8 x float>*
  %951 = load <8 x float>, <8 x float>* %950, align 4
  %952 = getelementptr inbounds float, float* %825, i64 136
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = getelementptr inbounds float, float* %825, i64 168
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = fadd <8 x float> %945, %948
  %959 = fsub <8 x float> %945, %948
  %960 = fadd <8 x float> %951, %954
  %961 = fsub <8 x float> %951, %954
  %962 = fadd <8 x float> %942, %958
  %963 = fadd <8 x float> %962, %960
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %959)
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %960, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %958)
  %966 = call <8 x float> @llvm.fma.v8f32(<8 x float> %961, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %959)
  %967 = fadd <8 x float> %966, %957
  %968 = add i64 %887, 8
  %969 = fadd <8 x float> %963, %885
  %970 = fcmp olt <8 x float> %969, zeroinitializer
  %971 = select <8 x i1> %970, <8 x float> zeroinitializer, <8 x float> %969
  %972 = getelementptr inbounds float, float* %0, i64 %968
  %973 = bitcast float* %972 to <8 x float>*
  store <8 x float> %971, <8 x float>* %973, align 4
  %974 = add i64 %887, 904
  %975 = fadd <8 x float> %964, %885
  %976 = fcmp olt <8 x float> %975, zeroinitializer
  %977 = select <8 x i1> %976, <8 x float> zeroinitializer, <8 x float> %975
  %978 = getelementptr inbounds float, float* %0, i64 %974
  %979 = bitcast float* %978 to <8 x float>*
  store <8 x float> %977, <8 x float>* %979, align 4
  %980 = add i64 %887, 1800
  %981 = fadd <8 x float> %965, %885
  %982 = fcmp olt <8 x float> %981, zeroinitializer
  %983 = select <8 x i1> %982, <8 x float> zeroinitializer, <8 x float> %981
  %984 = getelementptr inbounds float, float* %0, i64 %980
  %985 = bitcast float* %984 to <8 x float>*
  store <8 x float> %983, <8 x float>* %985, align 4
  %986 = add i64 %887, 2696
  %987 = fadd <8 x float> %967, %885
  %988 = fcmp olt <8 x float> %987, zeroinitializer
  %989 = select <8 x i1> %988, <8 x float> zeroinitializer, <8 x float> %987
  %990 = getelementptr inbounds float, float* %0, i64 %986
  %991 = bitcast float* %990 to <8 x float>*
  store <8 x float> %989, <8 x float>* %991, align 4
  %992 = getelementptr inbounds float, float* %825, i64 16
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = getelementptr inbounds float, float* %825, i64 48
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = getelementptr inbounds float, float* %825, i64 80
  %999 = bitcast float* %998 to <8 x float>*
  %1000 = load <8 x float>, <8 x float>* %999, align 4
  %1001 = getelementptr inbounds float, float* %825, i64 112
  %1002 = bitcast float* %1001 to <8 x float>*
  %1003 = load <8 x float>, <8 x float>* %1002, align 4
  %1004 = getelementptr inbounds float, float* %825, i64 144
  %1005 = bitcast float* %1004 to <8 x float>*
  %1006 = load <8 x float>, <8 x float>* %1005, align 4
  %1007 = getelementptr inbounds float, float* %825, i64 176
  %1008 = bitcast float* %1007 to <8 x float>*
  %1009 = load <8 x float>, <8 x float>* %1008, align 4
  %1010 = fadd <8 x float> %997, %1000
  %1011 = fsub <8 x float> %997, %1000
  %1012 = fadd <8 x float> %1003, %1006
  %1013 = fsub <8 x float> %1003, %1006
  %1014 = fadd <8 x float> %994, %1010
  %1015 = fadd <8 x float> %1014, %1012
  %1016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1011)
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1012, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1010)
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1011)
  %1019 = fadd <8 x float> %1018, %1009
  %1020 = add i64 %887, 16
  %1021 = fadd <8 x float> %1015, %885
  %1022 = fcmp olt <8 x float> %1021, zeroinitializer
  %1023 = select <8 x i1> %1022, <8 x float> zeroinitializer, <8 x float> %1021
  %1024 = getelementptr inbounds float, float* %0, i64 %1020
  %1025 = bitcast float* %1024 to <8 x float>*
  store <8 x float> %1023, <8 x float>* %1025, align 4
  %1026 = add i64 %887, 912
  %1027 = fadd <8 x float> %1016, %885
  %1028 = fcmp olt <8 x float> %1027, zeroinitializer
  %1029 = select <8 x i1> %1028, <8 x float> zeroinitializer, <8 x float> %1027
  %1030 = getelementptr inbounds float, float* %0, i64 %1026
  %1031 = bitcast float* %1030 to <8 x float>*
  store <8 x float> %1029, <8 x float>* %1031, align 4
  %1032 = add i64 %887, 1808
  %1033 = fadd <8 x float> %1017, %885
  %1034 = fcmp olt <8 x float> %1033, zeroinitializer
  %1035 = select <8 x i1> %1034, <8 x float> zeroinitializer, <8 x float> %1033
  %1036 = getelementptr inbounds float, float* %0, i64 %1032
  %1037 = bitcast float* %1036 to <8 x float>*
  store <8 x float> %1035, <8 x float>* %1037, align 4
  %1038 = add i64 %887, 2704
  %1039 = fadd <8 x float> %1019, %885
  %1040 = fcmp olt <8 x float> %1039, zeroinitializer
  %1041 = select <8 x i1> %1040, <8 x float> zeroinitializer, <8 x float> %1039
  %1042 = getelementptr inbounds float, float* %0, i64 %1038
  %1043 = bitcast float* %1042 to <8 x float>*
  store <8 x float> %1041, <8 x float>* %1043, align 4
  %1044 = getelementptr inbounds float, float* %825, i64 24
  %1045 = bitcast float* %1044 to <8 x float>*
  %1046 = load <8 x float>, <8 x float>* %1045, align 4
  %1047 = getelementptr inbounds float, float* %825, i64 56
  %1048 = bitcast float* %1047 to <8 x float>*
  %1049 = load <8 x float>, <8 x float>* %1048, align 4
  %1050 = getelementptr inbounds float, float* %825, i64 88
  %1051 = bitcast float* %1050 to <8 x float>*
  %1052 = load <8 x float>, <8 x float>* %1051, align 4
  %1053 = getelementptr inbounds float, float* %825, i64 120
  %1054 = bitcast float* %1053 to <8 x float>*
  %1055 = load <8 x float>, <8 x float>* %1054, align 4
  %1056 = getelementptr inbounds float, float* %825, i64 152
  %1057 = bitcast float* %1056 to <8 x float>*
  %1058 = load <8 x float>, <8 x float>* %1057, align 4
  %1059 = getelementptr inbounds float, float* %825, i64 184
  %1060 = bitcast float* %1059 to <8 x float>*
  %1061 = load <8 x float>, <8 x float>* %1060, align 4
  %1062 = fadd <8 x float> %1049, %1052
  %1063 = fsub <8 x float> %1049, %1052
  %1064 = fadd <8 x float> %1055, %1058
  %1065 = fsub <8 x float> %1055, %1058
  %1066 = fadd <8 x float> %1046, %1062
  %1067 = fadd <8 x float> %1066, %1064
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1063)
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1062)
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1063)
  %1071 = fadd <8 x float> %1070, %1061
  %1072 = add i64 %887, 24
  %1073 = fadd <8 x float> %1067, %885
  %1074 = fcmp olt <8 x float> %1073, zeroinitializer
  %1075 = select <8 x i1> %1074, <8 x float> zeroinitializer, <8 x float> %1073
  %1076 = getelementptr inbounds float, float* %0, i64 %1072
  %1077 = bitcast float* %1076 to <8 x float>*
  store <8 x float> %1075, <8 x float>* %1077, align 4
  %1078 = add i64 %887, 920
  %1079 = fadd <8 x float> %1068, %885
  %1080 = fcmp olt <8 x float> %1079, zeroinitializer
  %1081 = select <8 x i1> %1080, <8 x float> zeroinitializer, <8 x float> %1079
  %1082 = getelementptr inbounds float, float* %0, i64 %1078
  %1083 = bitcast float* %1082 to <8 x float>*
  store <8 x float> %1081, <8 x float>* %1083, align 4
  %1084 = add i64 %887, 1816
  %1085 = fadd <8 x float> %1069, %885
  %1086 = fcmp olt <8 x float> %1085, zeroinitializer
  %1087 = select <8 x i1> %1086, <8 x float> zeroinitializer, <8 x float> %1085
  %1088 = getelementptr inbounds float, float* %0, i64 %1084
  %1089 = bitcast float* %1088 to <8 x float>*
  store <8 x float> %1087, <8 x float>* %1089, align 4
  %1090 = add i64 %887, 2712
  %1091 = fadd <8 x float> %1071, %885
  %1092 = fcmp olt <8 x float> %1091, zeroinitializer
  %1093 = select <8 x i1> %1092, <8 x float> zeroinitializer, <8 x float> %1091
  %1094 = getelementptr inbounds float, float* %0, i64 %1090
  %1095 = bitcast float* %1094 to <8 x float>*
  store <8 x float> %1093, <8 x float>* %1095, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !13
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
  call void @node2.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !14

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %70 = icmp slt i64 %column, 6
  br i1 %70, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %71 = mul i64 %column, 8
  %72 = add i64 %69, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 464
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %72, 928
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %72, 1392
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = add i64 %72, 1856
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %72, 2320
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = fmul <8 x float> %84, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %98 = fmul <8 x float> %80, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %99 = fsub <8 x float> %92, %97
  %100 = fsub <8 x float> %88, %98
  %101 = fsub <8 x float> %92, %84
  %102 = fsub <8 x float> %88, %80
  %103 = fmul <8 x float> %102, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %92)
  %105 = fmul <8 x float> %84, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %106 = fadd <8 x float> %104, %105
  %107 = fadd <8 x float> %99, %100
  %108 = fsub <8 x float> %99, %100
  %109 = fadd <8 x float> %101, %103
  %110 = fsub <8 x float> %101, %103
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %96)
  %112 = fmul <8 x float> %88, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %113 = fadd <8 x float> %111, %112
  %114 = mul i64 %column, 8
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %57, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %106, <8 x float>* %117, align 4
  %118 = mul i64 %column, 8
  %119 = add i64 %118, 48
  %120 = getelementptr inbounds float, float* %57, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %107, <8 x float>* %121, align 4
  %122 = mul i64 %column, 8
  %123 = add i64 %122, 96
  %124 = getelementptr inbounds float, float* %57, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %108, <8 x float>* %125, align 4
  %126 = mul i64 %column, 8
  %127 = add i64 %126, 144
  %128 = getelementptr inbounds float, float* %57, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %109, <8 x float>* %129, align 4
  %130 = mul i64 %column, 8
  %131 = add i64 %130, 192
  %132 = getelementptr inbounds float, float* %57, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %110, <8 x float>* %133, align 4
  %134 = mul i64 %column, 8
  %135 = add i64 %134, 240
  %136 = getelementptr inbounds float, float* %57, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %113, <8 x float>* %137, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !15

column.exit:                                      ; preds = %column.header
  %138 = mul i64 %unit, 8
  %139 = add i64 %56, %138
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %140 = icmp slt i64 %row, 6
  br i1 %140, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %141 = mul i64 %row, 48
  %142 = add i64 %141, 0
  %143 = getelementptr inbounds float, float* %57, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %141, 8
  %147 = getelementptr inbounds float, float* %57, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %141, 16
  %151 = getelementptr inbounds float, float* %57, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %141, 24
  %155 = getelementptr inbounds float, float* %57, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %141, 32
  %159 = getelementptr inbounds float, float* %57, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %141, 40
  %163 = getelementptr inbounds float, float* %57, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %153, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %149, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %161, %166
  %169 = fsub <8 x float> %157, %167
  %170 = fsub <8 x float> %161, %153
  %171 = fsub <8 x float> %157, %149
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %174 = fmul <8 x float> %153, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %181 = fmul <8 x float> %157, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = mul i64 %row, 150528
  %184 = add i64 %139, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %175, <8 x float>* %187, align 4
  %188 = add i64 %184, 25088
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %176, <8 x float>* %190, align 4
  %191 = add i64 %184, 50176
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %177, <8 x float>* %193, align 4
  %194 = add i64 %184, 75264
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %178, <8 x float>* %196, align 4
  %197 = add i64 %184, 100352
  %198 = getelementptr inbounds float, float* %2, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %179, <8 x float>* %199, align 4
  %200 = add i64 %184, 125440
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %182, <8 x float>* %202, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !16

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !17

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %203 = icmp slt i64 %task, %66
  br i1 %203, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %204 = sdiv i64 %task, 528
  %205 = mul i64 %204, 25088
  %206 = add i64 430592, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = mul i64 %204, 32768
  %209 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_3.winograd to float*), i64 %208
  %210 = mul i64 %204, 50176
  %211 = add i64 1333760, %210
  %212 = srem i64 %task, 528
  %213 = sdiv i64 %212, 16
  %214 = srem i64 %212, 16
  %215 = mul i64 %213, 6
  %216 = mul i64 %214, 16
  %217 = mul i64 %214, 2048
  %218 = icmp eq i64 %213, 32
  br i1 %218, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %219 = sub i64 %5, 1
  %220 = add i64 %32, %219
  %221 = sdiv i64 %220, %5
  %222 = mul i64 %4, %221
  %223 = icmp slt i64 %222, %32
  %224 = select i1 %223, i64 %222, i64 %32
  %225 = add i64 %224, %221
  %226 = icmp slt i64 %225, %32
  %227 = select i1 %226, i64 %225, i64 %32
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
  %228 = icmp slt i64 %k, 128
  br i1 %228, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %229 = mul i64 %k, 16
  %230 = add i64 %217, %229
  %231 = add i64 %230, 0
  %232 = getelementptr inbounds float, float* %209, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = add i64 %230, 8
  %236 = getelementptr inbounds float, float* %209, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = add i64 %215, 0
  %240 = mul i64 %239, 128
  %241 = add i64 %240, %k
  %242 = getelementptr inbounds float, float* %207, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %234, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %26, align 32
  %247 = load <8 x float>, <8 x float>* %22, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %238, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %22, align 32
  %249 = add i64 %215, 1
  %250 = mul i64 %249, 128
  %251 = add i64 %250, %k
  %252 = getelementptr inbounds float, float* %207, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat1 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %25, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %234, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %25, align 32
  %257 = load <8 x float>, <8 x float>* %21, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %238, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %21, align 32
  %259 = add i64 %215, 2
  %260 = mul i64 %259, 128
  %261 = add i64 %260, %k
  %262 = getelementptr inbounds float, float* %207, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %splat2 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, <8 x float>* %24, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %234, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %24, align 32
  %267 = load <8 x float>, <8 x float>* %20, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %238, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %20, align 32
  %269 = add i64 %215, 3
  %270 = mul i64 %269, 128
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %207, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat3 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %23, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %234, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %23, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %238, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %215, 0
  %280 = add i64 %216, 0
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = mul i64 %279, 256
  %283 = add i64 %282, %280
  %284 = add i64 %211, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %215, 1
  %288 = add i64 %216, 0
  %289 = load <8 x float>, <8 x float>* %25, align 32
  %290 = mul i64 %287, 256
  %291 = add i64 %290, %288
  %292 = add i64 %211, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  %295 = add i64 %215, 2
  %296 = add i64 %216, 0
  %297 = load <8 x float>, <8 x float>* %24, align 32
  %298 = mul i64 %295, 256
  %299 = add i64 %298, %296
  %300 = add i64 %211, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %297, <8 x float>* %302, align 4
  %303 = add i64 %215, 3
  %304 = add i64 %216, 0
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = mul i64 %303, 256
  %307 = add i64 %306, %304
  %308 = add i64 %211, %307
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %305, <8 x float>* %310, align 4
  %311 = add i64 %215, 0
  %312 = add i64 %216, 8
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = mul i64 %311, 256
  %315 = add i64 %314, %312
  %316 = add i64 %211, %315
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  store <8 x float> %313, <8 x float>* %318, align 4
  %319 = add i64 %215, 1
  %320 = add i64 %216, 8
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = mul i64 %319, 256
  %323 = add i64 %322, %320
  %324 = add i64 %211, %323
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %321, <8 x float>* %326, align 4
  %327 = add i64 %215, 2
  %328 = add i64 %216, 8
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = mul i64 %327, 256
  %331 = add i64 %330, %328
  %332 = add i64 %211, %331
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %329, <8 x float>* %334, align 4
  %335 = add i64 %215, 3
  %336 = add i64 %216, 8
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = mul i64 %335, 256
  %339 = add i64 %338, %336
  %340 = add i64 %211, %339
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %337, <8 x float>* %342, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %343 = icmp slt i64 %k7, 128
  br i1 %343, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %344 = mul i64 %k7, 16
  %345 = add i64 %217, %344
  %346 = add i64 %345, 0
  %347 = getelementptr inbounds float, float* %209, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %345, 8
  %351 = getelementptr inbounds float, float* %209, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %215, 0
  %355 = mul i64 %354, 128
  %356 = add i64 %355, %k7
  %357 = getelementptr inbounds float, float* %207, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat8 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %18, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %349, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %18, align 32
  %362 = load <8 x float>, <8 x float>* %12, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %353, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %12, align 32
  %364 = add i64 %215, 1
  %365 = mul i64 %364, 128
  %366 = add i64 %365, %k7
  %367 = getelementptr inbounds float, float* %207, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat9 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %349, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %353, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %215, 2
  %375 = mul i64 %374, 128
  %376 = add i64 %375, %k7
  %377 = getelementptr inbounds float, float* %207, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat10 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = load <8 x float>, <8 x float>* %10, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %353, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %10, align 32
  %384 = add i64 %215, 3
  %385 = mul i64 %384, 128
  %386 = add i64 %385, %k7
  %387 = getelementptr inbounds float, float* %207, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat11 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %15, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %349, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %15, align 32
  %392 = load <8 x float>, <8 x float>* %9, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %353, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %9, align 32
  %394 = add i64 %215, 4
  %395 = mul i64 %394, 128
  %396 = add i64 %395, %k7
  %397 = getelementptr inbounds float, float* %207, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat12 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %349, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %14, align 32
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %353, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %215, 5
  %405 = mul i64 %404, 128
  %406 = add i64 %405, %k7
  %407 = getelementptr inbounds float, float* %207, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat13 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %13, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %349, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %13, align 32
  %412 = load <8 x float>, <8 x float>* %7, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %353, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %414 = add i64 %215, 0
  %415 = add i64 %216, 0
  %416 = load <8 x float>, <8 x float>* %18, align 32
  %417 = mul i64 %414, 256
  %418 = add i64 %417, %415
  %419 = add i64 %211, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %215, 1
  %423 = add i64 %216, 0
  %424 = load <8 x float>, <8 x float>* %17, align 32
  %425 = mul i64 %422, 256
  %426 = add i64 %425, %423
  %427 = add i64 %211, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %215, 2
  %431 = add i64 %216, 0
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = mul i64 %430, 256
  %434 = add i64 %433, %431
  %435 = add i64 %211, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %215, 3
  %439 = add i64 %216, 0
  %440 = load <8 x float>, <8 x float>* %15, align 32
  %441 = mul i64 %438, 256
  %442 = add i64 %441, %439
  %443 = add i64 %211, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %215, 4
  %447 = add i64 %216, 0
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = mul i64 %446, 256
  %450 = add i64 %449, %447
  %451 = add i64 %211, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %215, 5
  %455 = add i64 %216, 0
  %456 = load <8 x float>, <8 x float>* %13, align 32
  %457 = mul i64 %454, 256
  %458 = add i64 %457, %455
  %459 = add i64 %211, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  %462 = add i64 %215, 0
  %463 = add i64 %216, 8
  %464 = load <8 x float>, <8 x float>* %12, align 32
  %465 = mul i64 %462, 256
  %466 = add i64 %465, %463
  %467 = add i64 %211, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %215, 1
  %471 = add i64 %216, 8
  %472 = load <8 x float>, <8 x float>* %11, align 32
  %473 = mul i64 %470, 256
  %474 = add i64 %473, %471
  %475 = add i64 %211, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %215, 2
  %479 = add i64 %216, 8
  %480 = load <8 x float>, <8 x float>* %10, align 32
  %481 = mul i64 %478, 256
  %482 = add i64 %481, %479
  %483 = add i64 %211, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %215, 3
  %487 = add i64 %216, 8
  %488 = load <8 x float>, <8 x float>* %9, align 32
  %489 = mul i64 %486, 256
  %490 = add i64 %489, %487
  %491 = add i64 %211, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %215, 4
  %495 = add i64 %216, 8
  %496 = load <8 x float>, <8 x float>* %8, align 32
  %497 = mul i64 %494, 256
  %498 = add i64 %497, %495
  %499 = add i64 %211, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %215, 5
  %503 = add i64 %216, 8
  %504 = load <8 x float>, <8 x float>* %7, align 32
  %505 = mul i64 %502, 256
  %506 = add i64 %505, %503
  %507 = add i64 %211, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  br label %endif

tile.header15:                                    ; preds = %block.exit, %task.exit
  %tile18 = phi i64 [ %224, %task.exit ], [ %tile.next24, %block.exit ]
  %510 = icmp slt i64 %tile18, %227
  br i1 %510, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %511 = add i64 %29, %tile18
  %512 = srem i64 %511, 14
  %513 = sdiv i64 %511, 14
  %514 = srem i64 %513, 14
  %515 = sdiv i64 %511, 196
  %516 = mul i64 %515, 32
  %517 = mul i64 %516, 25088
  %518 = mul i64 %514, 224
  %519 = mul i64 %512, 4
  %520 = add i64 %518, %519
  %521 = mul i64 %520, 8
  %522 = add i64 %517, %521
  %523 = mul i64 %tile18, 256
  %524 = add i64 1333760, %523
  %525 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !19

block.header:                                     ; preds = %row.exit21, %tile.body16
  %block = phi i64 [ 0, %tile.body16 ], [ %block.next, %row.exit21 ]
  %526 = icmp slt i64 %block, 32
  br i1 %526, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %527 = mul i64 %block, 8
  %528 = add i64 %524, %527
  br label %row.header19

block.exit:                                       ; preds = %block.header
  %tile.next24 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !20

row.header19:                                     ; preds = %row.body20, %block.body
  %row22 = phi i64 [ 0, %block.body ], [ %row.next23, %row.body20 ]
  %529 = icmp slt i64 %row22, 6
  br i1 %529, label %row.body20, label %row.exit21

row.body20:                                       ; preds = %row.header19
  %530 = mul i64 %row22, 301056
  %531 = add i64 %528, %530
  %532 = add i64 %531, 0
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = bitcast float* %533 to <8 x float>*
  %535 = load <8 x float>, <8 x float>* %534, align 4
  %536 = add i64 %531, 50176
  %537 = getelementptr inbounds float, float* %2, i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  %540 = add i64 %531, 100352
  %541 = getelementptr inbounds float, float* %2, i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  %543 = load <8 x float>, <8 x float>* %542, align 4
  %544 = add i64 %531, 150528
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = add i64 %531, 200704
  %549 = getelementptr inbounds float, float* %2, i64 %548
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  %552 = add i64 %531, 250880
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = load <8 x float>, <8 x float>* %554, align 4
  %556 = fadd <8 x float> %539, %543
  %557 = fsub <8 x float> %539, %543
  %558 = fadd <8 x float> %547, %551
  %559 = fsub <8 x float> %547, %551
  %560 = fadd <8 x float> %535, %556
  %561 = fadd <8 x float> %560, %558
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %557)
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %556)
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %557)
  %565 = fadd <8 x float> %564, %555
  %566 = mul i64 %row22, 32
  %567 = add i64 %566, 0
  %568 = getelementptr inbounds float, float* %525, i64 %567
  %569 = bitcast float* %568 to <8 x float>*
  store <8 x float> %561, <8 x float>* %569, align 4
  %570 = mul i64 %row22, 32
  %571 = add i64 %570, 8
  %572 = getelementptr inbounds float, float* %525, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  store <8 x float> %562, <8 x float>* %573, align 4
  %574 = mul i64 %row22, 32
  %575 = add i64 %574, 16
  %576 = getelementptr inbounds float, float* %525, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %563, <8 x float>* %577, align 4
  %578 = mul i64 %row22, 32
  %579 = add i64 %578, 24
  %580 = getelementptr inbounds float, float* %525, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %565, <8 x float>* %581, align 4
  %row.next23 = add i64 %row22, 1
  br label %row.header19, !llvm.loop !21

row.exit21:                                       ; preds = %row.header19
  %582 = mul i64 %block, 8
  %583 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_3.bias to float*), i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = mul i64 %block, 25088
  %587 = add i64 %522, %586
  %588 = getelementptr inbounds float, float* %525, i64 0
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = getelementptr inbounds float, float* %525, i64 32
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %525, i64 64
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %525, i64 96
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %525, i64 128
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %525, i64 160
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = fadd <8 x float> %593, %596
  %607 = fsub <8 x float> %593, %596
  %608 = fadd <8 x float> %599, %602
  %609 = fsub <8 x float> %599, %602
  %610 = fadd <8 x float> %590, %606
  %611 = fadd <8 x float> %610, %608
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %607)
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %606)
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %607)
  %615 = fadd <8 x float> %614, %605
  %616 = add i64 %587, 0
  %617 = fadd <8 x float> %611, %585
  %618 = fcmp olt <8 x float> %617, zeroinitializer
  %619 = select <8 x i1> %618, <8 x float> zeroinitializer, <8 x float> %617
  %620 = getelementptr inbounds float, float* %0, i64 %616
  %621 = bitcast float* %620 to <8 x float>*
  store <8 x float> %619, <8 x float>* %621, align 4
  %622 = add i64 %587, 448
  %623 = fadd <8 x float> %612, %585
  %624 = fcmp olt <8 x float> %623, zeroinitializer
  %625 = select <8 x i1> %624, <8 x float> zeroinitializer, <8 x float> %623
  %626 = getelementptr inbounds float, float* %0, i64 %622
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %625, <8 x float>* %627, align 4
  %628 = add i64 %587, 896
  %629 = fadd <8 x float> %613, %585
  %630 = fcmp olt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> zeroinitializer, <8 x float> %629
  %632 = getelementptr inbounds float, float* %0, i64 %628
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = add i64 %587, 1344
  %635 = fadd <8 x float> %615, %585
  %636 = fcmp olt <8 x float> %635, zeroinitializer
  %637 = select <8 x i1> %636, <8 x float> zeroinitializer, <8 x float> %635
  %638 = getelementptr inbounds float, float* %0, i64 %634
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %637, <8 x float>* %639, align 4
  %640 = getelementptr inbounds float, float* %525, i64 8
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = getelementptr inbounds float, float* %525, i64 40
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %525, i64 72
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %525, i64 104
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %525, i64 136
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %525, i64 168
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = fadd <8 x float> %645, %648
  %659 = fsub <8 x float> %645, %648
  %660 = fadd <8 x float> %651, %654
  %661 = fsub <8 x float> %651, %654
  %662 = fadd <8 x float> %642, %658
  %663 = fadd <8 x float> %662, %660
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %659)
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %658)
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %659)
  %667 = fadd <8 x float> %666, %657
  %668 = add i64 %587, 8
  %669 = fadd <8 x float> %663, %585
  %670 = fcmp olt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> zeroinitializer, <8 x float> %669
  %672 = getelementptr inbounds float, float* %0, i64 %668
  %673 = bitcast float* %672 to <8 x float>*
  store <8 x float> %671, <8 x float>* %673, align 4
  %674 = add i64 %587, 456
  %675 = fadd <8 x float> %664, %585
  %676 = fcmp olt <8 x float> %675, zeroinitializer
  %677 = select <8 x i1> %676, <8 x float> zeroinitializer, <8 x float> %675
  %678 = getelementptr inbounds float, float* %0, i64 %674
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = add i64 %587, 904
  %681 = fadd <8 x float> %665, %585
  %682 = fcmp olt <8 x float> %681, zeroinitializer
  %683 = select <8 x i1> %682, <8 x float> zeroinitializer, <8 x float> %681
  %684 = getelementptr inbounds float, float* %0, i64 %680
  %685 = bitcast float* %684 to <8 x float>*
  store <8 x float> %683, <8 x float>* %685, align 4
  %686 = add i64 %587, 1352
  %687 = fadd <8 x float> %667, %585
  %688 = fcmp olt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> zeroinitializer, <8 x float> %687
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = getelementptr inbounds float, float* %525, i64 16
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = getelementptr inbounds float, float* %525, i64 48
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = getelementptr inbounds float, float* %525, i64 80
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = getelementptr inbounds float, float* %525, i64 112
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = getelementptr inbounds float, float* %525, i64 144
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = getelementptr inbounds float, float* %525, i64 176
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = fadd <8 x float> %697, %700
  %711 = fsub <8 x float> %697, %700
  %712 = fadd <8 x float> %703, %706
  %713 = fsub <8 x float> %703, %706
  %714 = fadd <8 x float> %694, %710
  %715 = fadd <8 x float> %714, %712
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %711)
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %710)
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %711)
  %719 = fadd <8 x float> %718, %709
  %720 = add i64 %587, 16
  %721 = fadd <8 x float> %715, %585
  %722 = fcmp olt <8 x float> %721, zeroinitializer
  %723 = select <8 x i1> %722, <8 x float> zeroinitializer, <8 x float> %721
  %724 = getelementptr inbounds float, float* %0, i64 %720
  %725 = bitcast float* %724 to <8 x float>*
  store <8 x float> %723, <8 x float>* %725, align 4
  %726 = add i64 %587, 464
  %727 = fadd <8 x float> %716, %585
  %728 = fcmp olt <8 x float> %727, zeroinitializer
  %729 = select <8 x i1> %728, <8 x float> zeroinitializer, <8 x float> %727
  %730 = getelementptr inbounds float, float* %0, i64 %726
  %731 = bitcast float* %730 to <8 x float>*
  store <8 x float> %729, <8 x float>* %731, align 4
  %732 = add i64 %587, 912
  %733 = fadd <8 x float> %717, %585
  %734 = fcmp olt <8 x float> %733, zeroinitializer
  %735 = select <8 x i1> %734, <8 x float> zeroinitializer, <8 x float> %733
  %736 = getelementptr inbounds float, float* %0, i64 %732
  %737 = bitcast float* %736 to <8 x float>*
  store <8 x float> %735, <8 x float>* %737, align 4
  %738 = add i64 %587, 1360
  %739 = fadd <8 x float> %719, %585
  %740 = fcmp olt <8 x float> %739, zeroinitializer
  %741 = select <8 x i1> %740, <8 x float> zeroinitializer, <8 x float> %739
  %742 = getelementptr inbounds float, float* %0, i64 %738
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %741, <8 x float>* %743, align 4
  %744 = getelementptr inbounds float, float* %525, i64 24
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = getelementptr inbounds float, float* %525, i64 56
  %748 = bitcast float* %747 to <8 x float>*
  %749 = load <8 x float>, <8 x float>* %748, align 4
  %750 = getelementptr inbounds float, float* %525, i64 88
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = getelementptr inbounds float, float* %525, i64 120
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = getelementptr inbounds float, float* %525, i64 152
  %757 = bitcast float* %756 to <8 x float>*
  %758 = load <8 x float>, <8 x float>* %757, align 4
  %759 = getelementptr inbounds float, float* %525, i64 184
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = fadd <8 x float> %749, %752
  %763 = fsub <8 x float> %749, %752
  %764 = fadd <8 x float> %755, %758
  %765 = fsub <8 x float> %755, %758
  %766 = fadd <8 x float> %746, %762
  %767 = fadd <8 x float> %766, %764
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %765, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %763)
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %762)
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %765, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %763)
  %771 = fadd <8 x float> %770, %761
  %772 = add i64 %587, 24
  %773 = fadd <8 x float> %767, %585
  %774 = fcmp olt <8 x float> %773, zeroinitializer
  %775 = select <8 x i1> %774, <8 x float> zeroinitializer, <8 x float> %773
  %776 = getelementptr inbounds float, float* %0, i64 %772
  %777 = bitcast float* %776 to <8 x float>*
  store <8 x float> %775, <8 x float>* %777, align 4
  %778 = add i64 %587, 472
  %779 = fadd <8 x float> %768, %585
  %780 = fcmp olt <8 x float> %779, zeroinitializer
  %781 = select <8 x i1> %780, <8 x float> zeroinitializer, <8 x float> %779
  %782 = getelementptr inbounds float, float* %0, i64 %778
  %783 = bitcast float* %782 to <8 x float>*
  store <8 x float> %781, <8 x float>* %783, align 4
  %784 = add i64 %587, 920
  %785 = fadd <8 x float> %769, %585
  %786 = fcmp olt <8 x float> %785, zeroinitializer
  %787 = select <8 x i1> %786, <8 x float> zeroinitializer, <8 x float> %785
  %788 = getelementptr inbounds float, float* %0, i64 %784
  %789 = bitcast float* %788 to <8 x float>*
  store <8 x float> %787, <8 x float>* %789, align 4
  %790 = add i64 %587, 1368
  %791 = fadd <8 x float> %771, %585
  %792 = fcmp olt <8 x float> %791, zeroinitializer
  %793 = select <8 x i1> %792, <8 x float> zeroinitializer, <8 x float> %791
  %794 = getelementptr inbounds float, float* %0, i64 %790
  %795 = bitcast float* %794 to <8 x float>*
  store <8 x float> %793, <8 x float>* %795, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !22
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
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !23

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %70 = icmp slt i64 %column, 6
  br i1 %70, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %71 = mul i64 %column, 8
  %72 = add i64 %69, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 464
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %72, 928
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %72, 1392
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = add i64 %72, 1856
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %72, 2320
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = fmul <8 x float> %84, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %98 = fmul <8 x float> %80, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %99 = fsub <8 x float> %92, %97
  %100 = fsub <8 x float> %88, %98
  %101 = fsub <8 x float> %92, %84
  %102 = fsub <8 x float> %88, %80
  %103 = fmul <8 x float> %102, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %92)
  %105 = fmul <8 x float> %84, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %106 = fadd <8 x float> %104, %105
  %107 = fadd <8 x float> %99, %100
  %108 = fsub <8 x float> %99, %100
  %109 = fadd <8 x float> %101, %103
  %110 = fsub <8 x float> %101, %103
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %96)
  %112 = fmul <8 x float> %88, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %113 = fadd <8 x float> %111, %112
  %114 = mul i64 %column, 8
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %57, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %106, <8 x float>* %117, align 4
  %118 = mul i64 %column, 8
  %119 = add i64 %118, 48
  %120 = getelementptr inbounds float, float* %57, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %107, <8 x float>* %121, align 4
  %122 = mul i64 %column, 8
  %123 = add i64 %122, 96
  %124 = getelementptr inbounds float, float* %57, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %108, <8 x float>* %125, align 4
  %126 = mul i64 %column, 8
  %127 = add i64 %126, 144
  %128 = getelementptr inbounds float, float* %57, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %109, <8 x float>* %129, align 4
  %130 = mul i64 %column, 8
  %131 = add i64 %130, 192
  %132 = getelementptr inbounds float, float* %57, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %110, <8 x float>* %133, align 4
  %134 = mul i64 %column, 8
  %135 = add i64 %134, 240
  %136 = getelementptr inbounds float, float* %57, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %113, <8 x float>* %137, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !24

column.exit:                                      ; preds = %column.header
  %138 = mul i64 %unit, 8
  %139 = add i64 %56, %138
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %140 = icmp slt i64 %row, 6
  br i1 %140, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %141 = mul i64 %row, 48
  %142 = add i64 %141, 0
  %143 = getelementptr inbounds float, float* %57, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %141, 8
  %147 = getelementptr inbounds float, float* %57, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %141, 16
  %151 = getelementptr inbounds float, float* %57, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %141, 24
  %155 = getelementptr inbounds float, float* %57, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %141, 32
  %159 = getelementptr inbounds float, float* %57, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %141, 40
  %163 = getelementptr inbounds float, float* %57, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %153, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %149, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %161, %166
  %169 = fsub <8 x float> %157, %167
  %170 = fsub <8 x float> %161, %153
  %171 = fsub <8 x float> %157, %149
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %174 = fmul <8 x float> %153, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %181 = fmul <8 x float> %157, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = mul i64 %row, 301056
  %184 = add i64 %139, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %175, <8 x float>* %187, align 4
  %188 = add i64 %184, 50176
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %176, <8 x float>* %190, align 4
  %191 = add i64 %184, 100352
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %177, <8 x float>* %193, align 4
  %194 = add i64 %184, 150528
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %178, <8 x float>* %196, align 4
  %197 = add i64 %184, 200704
  %198 = getelementptr inbounds float, float* %2, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %179, <8 x float>* %199, align 4
  %200 = add i64 %184, 250880
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %182, <8 x float>* %202, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !25

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !26

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %203 = icmp slt i64 %task, %66
  br i1 %203, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %204 = sdiv i64 %task, 528
  %205 = mul i64 %204, 50176
  %206 = add i64 861184, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = mul i64 %204, 65536
  %209 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_4.winograd to float*), i64 %208
  %210 = mul i64 %204, 50176
  %211 = add i64 2667520, %210
  %212 = srem i64 %task, 528
  %213 = sdiv i64 %212, 16
  %214 = srem i64 %212, 16
  %215 = mul i64 %213, 6
  %216 = mul i64 %214, 16
  %217 = mul i64 %214, 4096
  %218 = icmp eq i64 %213, 32
  br i1 %218, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %219 = sub i64 %5, 1
  %220 = add i64 %32, %219
  %221 = sdiv i64 %220, %5
  %222 = mul i64 %4, %221
  %223 = icmp slt i64 %222, %32
  %224 = select i1 %223, i64 %222, i64 %32
  %225 = add i64 %224, %221
  %226 = icmp slt i64 %225, %32
  %227 = select i1 %226, i64 %225, i64 %32
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
  %228 = icmp slt i64 %k, 256
  br i1 %228, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %229 = mul i64 %k, 16
  %230 = add i64 %217, %229
  %231 = add i64 %230, 0
  %232 = getelementptr inbounds float, float* %209, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = add i64 %230, 8
  %236 = getelementptr inbounds float, float* %209, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = add i64 %215, 0
  %240 = mul i64 %239, 256
  %241 = add i64 %240, %k
  %242 = getelementptr inbounds float, float* %207, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %234, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %26, align 32
  %247 = load <8 x float>, <8 x float>* %22, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %238, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %22, align 32
  %249 = add i64 %215, 1
  %250 = mul i64 %249, 256
  %251 = add i64 %250, %k
  %252 = getelementptr inbounds float, float* %207, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat1 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %25, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %234, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %25, align 32
  %257 = load <8 x float>, <8 x float>* %21, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %238, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %21, align 32
  %259 = add i64 %215, 2
  %260 = mul i64 %259, 256
  %261 = add i64 %260, %k
  %262 = getelementptr inbounds float, float* %207, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %splat2 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, <8 x float>* %24, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %234, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %24, align 32
  %267 = load <8 x float>, <8 x float>* %20, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %238, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %20, align 32
  %269 = add i64 %215, 3
  %270 = mul i64 %269, 256
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %207, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat3 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %23, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %234, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %23, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %238, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %215, 0
  %280 = add i64 %216, 0
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = mul i64 %279, 256
  %283 = add i64 %282, %280
  %284 = add i64 %211, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %215, 1
  %288 = add i64 %216, 0
  %289 = load <8 x float>, <8 x float>* %25, align 32
  %290 = mul i64 %287, 256
  %291 = add i64 %290, %288
  %292 = add i64 %211, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  %295 = add i64 %215, 2
  %296 = add i64 %216, 0
  %297 = load <8 x float>, <8 x float>* %24, align 32
  %298 = mul i64 %295, 256
  %299 = add i64 %298, %296
  %300 = add i64 %211, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %297, <8 x float>* %302, align 4
  %303 = add i64 %215, 3
  %304 = add i64 %216, 0
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = mul i64 %303, 256
  %307 = add i64 %306, %304
  %308 = add i64 %211, %307
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %305, <8 x float>* %310, align 4
  %311 = add i64 %215, 0
  %312 = add i64 %216, 8
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = mul i64 %311, 256
  %315 = add i64 %314, %312
  %316 = add i64 %211, %315
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  store <8 x float> %313, <8 x float>* %318, align 4
  %319 = add i64 %215, 1
  %320 = add i64 %216, 8
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = mul i64 %319, 256
  %323 = add i64 %322, %320
  %324 = add i64 %211, %323
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %321, <8 x float>* %326, align 4
  %327 = add i64 %215, 2
  %328 = add i64 %216, 8
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = mul i64 %327, 256
  %331 = add i64 %330, %328
  %332 = add i64 %211, %331
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %329, <8 x float>* %334, align 4
  %335 = add i64 %215, 3
  %336 = add i64 %216, 8
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = mul i64 %335, 256
  %339 = add i64 %338, %336
  %340 = add i64 %211, %339
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %337, <8 x float>* %342, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %343 = icmp slt i64 %k7, 256
  br i1 %343, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %344 = mul i64 %k7, 16
  %345 = add i64 %217, %344
  %346 = add i64 %345, 0
  %347 = getelementptr inbounds float, float* %209, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %345, 8
  %351 = getelementptr inbounds float, float* %209, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %215, 0
  %355 = mul i64 %354, 256
  %356 = add i64 %355, %k7
  %357 = getelementptr inbounds float, float* %207, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat8 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %18, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %349, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %18, align 32
  %362 = load <8 x float>, <8 x float>* %12, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %353, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %12, align 32
  %364 = add i64 %215, 1
  %365 = mul i64 %364, 256
  %366 = add i64 %365, %k7
  %367 = getelementptr inbounds float, float* %207, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat9 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %349, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %353, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %215, 2
  %375 = mul i64 %374, 256
  %376 = add i64 %375, %k7
  %377 = getelementptr inbounds float, float* %207, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat10 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = load <8 x float>, <8 x float>* %10, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %353, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %10, align 32
  %384 = add i64 %215, 3
  %385 = mul i64 %384, 256
  %386 = add i64 %385, %k7
  %387 = getelementptr inbounds float, float* %207, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat11 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %15, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %349, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %15, align 32
  %392 = load <8 x float>, <8 x float>* %9, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %353, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %9, align 32
  %394 = add i64 %215, 4
  %395 = mul i64 %394, 256
  %396 = add i64 %395, %k7
  %397 = getelementptr inbounds float, float* %207, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat12 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %349, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %14, align 32
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %353, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %215, 5
  %405 = mul i64 %404, 256
  %406 = add i64 %405, %k7
  %407 = getelementptr inbounds float, float* %207, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat13 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %13, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %349, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %13, align 32
  %412 = load <8 x float>, <8 x float>* %7, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %353, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %414 = add i64 %215, 0
  %415 = add i64 %216, 0
  %416 = load <8 x float>, <8 x float>* %18, align 32
  %417 = mul i64 %414, 256
  %418 = add i64 %417, %415
  %419 = add i64 %211, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %215, 1
  %423 = add i64 %216, 0
  %424 = load <8 x float>, <8 x float>* %17, align 32
  %425 = mul i64 %422, 256
  %426 = add i64 %425, %423
  %427 = add i64 %211, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %215, 2
  %431 = add i64 %216, 0
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = mul i64 %430, 256
  %434 = add i64 %433, %431
  %435 = add i64 %211, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %215, 3
  %439 = add i64 %216, 0
  %440 = load <8 x float>, <8 x float>* %15, align 32
  %441 = mul i64 %438, 256
  %442 = add i64 %441, %439
  %443 = add i64 %211, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %215, 4
  %447 = add i64 %216, 0
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = mul i64 %446, 256
  %450 = add i64 %449, %447
  %451 = add i64 %211, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %215, 5
  %455 = add i64 %216, 0
  %456 = load <8 x float>, <8 x float>* %13, align 32
  %457 = mul i64 %454, 256
  %458 = add i64 %457, %455
  %459 = add i64 %211, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  %462 = add i64 %215, 0
  %463 = add i64 %216, 8
  %464 = load <8 x float>, <8 x float>* %12, align 32
  %465 = mul i64 %462, 256
  %466 = add i64 %465, %463
  %467 = add i64 %211, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %215, 1
  %471 = add i64 %216, 8
  %472 = load <8 x float>, <8 x float>* %11, align 32
  %473 = mul i64 %470, 256
  %474 = add i64 %473, %471
  %475 = add i64 %211, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %215, 2
  %479 = add i64 %216, 8
  %480 = load <8 x float>, <8 x float>* %10, align 32
  %481 = mul i64 %478, 256
  %482 = add i64 %481, %479
  %483 = add i64 %211, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %215, 3
  %487 = add i64 %216, 8
  %488 = load <8 x float>, <8 x float>* %9, align 32
  %489 = mul i64 %486, 256
  %490 = add i64 %489, %487
  %491 = add i64 %211, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %215, 4
  %495 = add i64 %216, 8
  %496 = load <8 x float>, <8 x float>* %8, align 32
  %497 = mul i64 %494, 256
  %498 = add i64 %497, %495
  %499 = add i64 %211, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %215, 5
  %503 = add i64 %216, 8
  %504 = load <8 x float>, <8 x float>* %7, align 32
  %505 = mul i64 %502, 256
  %506 = add i64 %505, %503
  %507 = add i64 %211, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  br label %endif

tile.header15:                                    ; preds = %block.exit, %task.exit
  %tile18 = phi i64 [ %224, %task.exit ], [ %tile.next24, %block.exit ]
  %510 = icmp slt i64 %tile18, %227
  br i1 %510, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %511 = add i64 %29, %tile18
  %512 = srem i64 %511, 14
  %513 = sdiv i64 %511, 14
  %514 = srem i64 %513, 14
  %515 = sdiv i64 %511, 196
  %516 = mul i64 %515, 32
  %517 = mul i64 %516, 25088
  %518 = mul i64 %514, 224
  %519 = mul i64 %512, 4
  %520 = add i64 %518, %519
  %521 = mul i64 %520, 8
  %522 = add i64 %517, %521
  %523 = mul i64 %tile18, 256
  %524 = add i64 2667520, %523
  %525 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !28

block.header:                                     ; preds = %row.exit21, %tile.body16
  %block = phi i64 [ 0, %tile.body16 ], [ %block.next, %row.exit21 ]
  %526 = icmp slt i64 %block, 32
  br i1 %526, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %527 = mul i64 %block, 8
  %528 = add i64 %524, %527
  br label %row.header19

block.exit:                                       ; preds = %block.header
  %tile.next24 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !29

row.header19:                                     ; preds = %row.body20, %block.body
  %row22 = phi i64 [ 0, %block.body ], [ %row.next23, %row.body20 ]
  %529 = icmp slt i64 %row22, 6
  br i1 %529, label %row.body20, label %row.exit21

row.body20:                                       ; preds = %row.header19
  %530 = mul i64 %row22, 301056
  %531 = add i64 %528, %530
  %532 = add i64 %531, 0
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = bitcast float* %533 to <8 x float>*
  %535 = load <8 x float>, <8 x float>* %534, align 4
  %536 = add i64 %531, 50176
  %537 = getelementptr inbounds float, float* %2, i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  %540 = add i64 %531, 100352
  %541 = getelementptr inbounds float, float* %2, i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  %543 = load <8 x float>, <8 x float>* %542, align 4
  %544 = add i64 %531, 150528
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = add i64 %531, 200704
  %549 = getelementptr inbounds float, float* %2, i64 %548
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  %552 = add i64 %531, 250880
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = load <8 x float>, <8 x float>* %554, align 4
  %556 = fadd <8 x float> %539, %543
  %557 = fsub <8 x float> %539, %543
  %558 = fadd <8 x float> %547, %551
  %559 = fsub <8 x float> %547, %551
  %560 = fadd <8 x float> %535, %556
  %561 = fadd <8 x float> %560, %558
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %557)
  %563 = call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %556)
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %557)
  %565 = fadd <8 x float> %564, %555
  %566 = mul i64 %row22, 32
  %567 = add i64 %566, 0
  %568 = getelementptr inbounds float, float* %525, i64 %567
  %569 = bitcast float* %568 to <8 x float>*
  store <8 x float> %561, <8 x float>* %569, align 4
  %570 = mul i64 %row22, 32
  %571 = add i64 %570, 8
  %572 = getelementptr inbounds float, float* %525, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  store <8 x float> %562, <8 x float>* %573, align 4
  %574 = mul i64 %row22, 32
  %575 = add i64 %574, 16
  %576 = getelementptr inbounds float, float* %525, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %563, <8 x float>* %577, align 4
  %578 = mul i64 %row22, 32
  %579 = add i64 %578, 24
  %580 = getelementptr inbounds float, float* %525, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %565, <8 x float>* %581, align 4
  %row.next23 = add i64 %row22, 1
  br label %row.header19, !llvm.loop !30

row.exit21:                                       ; preds = %row.header19
  %582 = mul i64 %block, 8
  %583 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_4.bias to float*), i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  %585 = load <8 x float>, <8 x float>* %584, align 4
  %586 = mul i64 %block, 25088
  %587 = add i64 %522, %586
  %588 = getelementptr inbounds float, float* %525, i64 0
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = getelementptr inbounds float, float* %525, i64 32
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %525, i64 64
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %525, i64 96
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %525, i64 128
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %525, i64 160
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = fadd <8 x float> %593, %596
  %607 = fsub <8 x float> %593, %596
  %608 = fadd <8 x float> %599, %602
  %609 = fsub <8 x float> %599, %602
  %610 = fadd <8 x float> %590, %606
  %611 = fadd <8 x float> %610, %608
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %607)
  %613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %606)
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %607)
  %615 = fadd <8 x float> %614, %605
  %616 = add i64 %587, 0
  %617 = fadd <8 x float> %611, %585
  %618 = fcmp olt <8 x float> %617, zeroinitializer
  %619 = select <8 x i1> %618, <8 x float> zeroinitializer, <8 x float> %617
  %620 = getelementptr inbounds float, float* %0, i64 %616
  %621 = bitcast float* %620 to <8 x float>*
  store <8 x float> %619, <8 x float>* %621, align 4
  %622 = add i64 %587, 448
  %623 = fadd <8 x float> %612, %585
  %624 = fcmp olt <8 x float> %623, zeroinitializer
  %625 = select <8 x i1> %624, <8 x float> zeroinitializer, <8 x float> %623
  %626 = getelementptr inbounds float, float* %0, i64 %622
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %625, <8 x float>* %627, align 4
  %628 = add i64 %587, 896
  %629 = fadd <8 x float> %613, %585
  %630 = fcmp olt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> zeroinitializer, <8 x float> %629
  %632 = getelementptr inbounds float, float* %0, i64 %628
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = add i64 %587, 1344
  %635 = fadd <8 x float> %615, %585
  %636 = fcmp olt <8 x float> %635, zeroinitializer
  %637 = select <8 x i1> %636, <8 x float> zeroinitializer, <8 x float> %635
  %638 = getelementptr inbounds float, float* %0, i64 %634
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %637, <8 x float>* %639, align 4
  %640 = getelementptr inbounds float, float* %525, i64 8
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = getelementptr inbounds float, float* %525, i64 40
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %525, i64 72
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %525, i64 104
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %525, i64 136
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %525, i64 168
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = fadd <8 x float> %645, %648
  %659 = fsub <8 x float> %645, %648
  %660 = fadd <8 x float> %651, %654
  %661 = fsub <8 x float> %651, %654
  %662 = fadd <8 x float> %642, %658
  %663 = fadd <8 x float> %662, %660
  %664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %659)
  %665 = call <8 x float> @llvm.fma.v8f32(<8 x float> %660, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %658)
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %661, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %659)
  %667 = fadd <8 x float> %666, %657
  %668 = add i64 %587, 8
  %669 = fadd <8 x float> %663, %585
  %670 = fcmp olt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> zeroinitializer, <8 x float> %669
  %672 = getelementptr inbounds float, float* %0, i64 %668
  %673 = bitcast float* %672 to <8 x float>*
  store <8 x float> %671, <8 x float>* %673, align 4
  %674 = add i64 %587, 456
  %675 = fadd <8 x float> %664, %585
  %676 = fcmp olt <8 x float> %675, zeroinitializer
  %677 = select <8 x i1> %676, <8 x float> zeroinitializer, <8 x float> %675
  %678 = getelementptr inbounds float, float* %0, i64 %674
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = add i64 %587, 904
  %681 = fadd <8 x float> %665, %585
  %682 = fcmp olt <8 x float> %681, zeroinitializer
  %683 = select <8 x i1> %682, <8 x float> zeroinitializer, <8 x float> %681
  %684 = getelementptr inbounds float, float* %0, i64 %680
  %685 = bitcast float* %684 to <8 x float>*
  store <8 x float> %683, <8 x float>* %685, align 4
  %686 = add i64 %587, 1352
  %687 = fadd <8 x float> %667, %585
  %688 = fcmp olt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> zeroinitializer, <8 x float> %687
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = getelementptr inbounds float, float* %525, i64 16
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = getelementptr inbounds float, float* %525, i64 48
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = getelementptr inbounds float, float* %525, i64 80
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = getelementptr inbounds float, float* %525, i64 112
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = getelementptr inbounds float, float* %525, i64 144
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = getelementptr inbounds float, float* %525, i64 176
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = fadd <8 x float> %697, %700
  %711 = fsub <8 x float> %697, %700
  %712 = fadd <8 x float> %703, %706
  %713 = fsub <8 x float> %703, %706
  %714 = fadd <8 x float> %694, %710
  %715 = fadd <8 x float> %714, %712
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %711)
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %710)
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %713, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %711)
  %719 = fadd <8 x float> %718, %709
  %720 = add i64 %587, 16
  %721 = fadd <8 x float> %715, %585
  %722 = fcmp olt <8 x float> %721, zeroinitializer
  %723 = select <8 x i1> %722, <8 x float> zeroinitializer, <8 x float> %721
  %724 = getelementptr inbounds float, float* %0, i64 %720
  %725 = bitcast float* %724 to <8 x float>*
  store <8 x float> %723, <8 x float>* %725, align 4
  %726 = add i64 %587, 464
  %727 = fadd <8 x float> %716, %585
  %728 = fcmp olt <8 x float> %727, zeroinitializer
  %729 = select <8 x i1> %728, <8 x float> zeroinitializer, <8 x float> %727
  %730 = getelementptr inbounds float, float* %0, i64 %726
  %731 = bitcast float* %730 to <8 x float>*
  store <8 x float> %729, <8 x float>* %731, align 4
  %732 = add i64 %587, 912
  %733 = fadd <8 x float> %717, %585
  %734 = fcmp olt <8 x float> %733, zeroinitializer
  %735 = select <8 x i1> %734, <8 x float> zeroinitializer, <8 x float> %733
  %736 = getelementptr inbounds float, float* %0, i64 %732
  %737 = bitcast float* %736 to <8 x float>*
  store <8 x float> %735, <8 x float>* %737, align 4
  %738 = add i64 %587, 1360
  %739 = fadd <8 x float> %719, %585
  %740 = fcmp olt <8 x float> %739, zeroinitializer
  %741 = select <8 x i1> %740, <8 x float> zeroinitializer, <8 x float> %739
  %742 = getelementptr inbounds float, float* %0, i64 %738
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %741, <8 x float>* %743, align 4
  %744 = getelementptr inbounds float, float* %525, i64 24
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = getelementptr inbounds float, float* %525, i64 56
  %748 = bitcast float* %747 to <8 x float>*
  %749 = load <8 x float>, <8 x float>* %748, align 4
  %750 = getelementptr inbounds float, float* %525, i64 88
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = getelementptr inbounds float, float* %525, i64 120
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = getelementptr inbounds float, float* %525, i64 152
  %757 = bitcast float* %756 to <8 x float>*
  %758 = load <8 x float>, <8 x float>* %757, align 4
  %759 = getelementptr inbounds float, float* %525, i64 184
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = fadd <8 x float> %749, %752
  %763 = fsub <8 x float> %749, %752
  %764 = fadd <8 x float> %755, %758
  %765 = fsub <8 x float> %755, %758
  %766 = fadd <8 x float> %746, %762
  %767 = fadd <8 x float> %766, %764
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %765, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %763)
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %762)
  %770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %765, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %763)
  %771 = fadd <8 x float> %770, %761
  %772 = add i64 %587, 24
  %773 = fadd <8 x float> %767, %585
  %774 = fcmp olt <8 x float> %773, zeroinitializer
  %775 = select <8 x i1> %774, <8 x float> zeroinitializer, <8 x float> %773
  %776 = getelementptr inbounds float, float* %0, i64 %772
  %777 = bitcast float* %776 to <8 x float>*
  store <8 x float> %775, <8 x float>* %777, align 4
  %778 = add i64 %587, 472
  %779 = fadd <8 x float> %768, %585
  %780 = fcmp olt <8 x float> %779, zeroinitializer
  %781 = select <8 x i1> %780, <8 x float> zeroinitializer, <8 x float> %779
  %782 = getelementptr inbounds float, float* %0, i64 %778
  %783 = bitcast float* %782 to <8 x float>*
  store <8 x float> %781, <8 x float>* %783, align 4
  %784 = add i64 %587, 920
  %785 = fadd <8 x float> %769, %585
  %786 = fcmp olt <8 x float> %785, zeroinitializer
  %787 = select <8 x i1> %786, <8 x float> zeroinitializer, <8 x float> %785
  %788 = getelementptr inbounds float, float* %0, i64 %784
  %789 = bitcast float* %788 to <8 x float>*
  store <8 x float> %787, <8 x float>* %789, align 4
  %790 = add i64 %587, 1368
  %791 = fadd <8 x float> %771, %585
  %792 = fcmp olt <8 x float> %791, zeroinitializer
  %793 = select <8 x i1> %792, <8 x float> zeroinitializer, <8 x float> %791
  %794 = getelementptr inbounds float, float* %0, i64 %790
  %795 = bitcast float* %794 to <8 x float>*
  store <8 x float> %793, <8 x float>* %795, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !31
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
  call void @node5.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !32

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %64 = icmp slt i64 %column, 6
  br i1 %64, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %65 = mul i64 %column, 8
  %66 = add i64 %63, %65
  %67 = add i64 %66, 0
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %66, 240
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = add i64 %66, 480
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = add i64 %66, 720
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = add i64 %66, 960
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = add i64 %66, 1200
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = fmul <8 x float> %78, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %92 = fmul <8 x float> %74, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %93 = fsub <8 x float> %86, %91
  %94 = fsub <8 x float> %82, %92
  %95 = fsub <8 x float> %86, %78
  %96 = fsub <8 x float> %82, %74
  %97 = fmul <8 x float> %96, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %98 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %86)
  %99 = fmul <8 x float> %78, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %100 = fadd <8 x float> %98, %99
  %101 = fadd <8 x float> %93, %94
  %102 = fsub <8 x float> %93, %94
  %103 = fadd <8 x float> %95, %97
  %104 = fsub <8 x float> %95, %97
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %90)
  %106 = fmul <8 x float> %82, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %107 = fadd <8 x float> %105, %106
  %108 = mul i64 %column, 8
  %109 = add i64 %108, 0
  %110 = getelementptr inbounds float, float* %51, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %100, <8 x float>* %111, align 4
  %112 = mul i64 %column, 8
  %113 = add i64 %112, 48
  %114 = getelementptr inbounds float, float* %51, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %101, <8 x float>* %115, align 4
  %116 = mul i64 %column, 8
  %117 = add i64 %116, 96
  %118 = getelementptr inbounds float, float* %51, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %102, <8 x float>* %119, align 4
  %120 = mul i64 %column, 8
  %121 = add i64 %120, 144
  %122 = getelementptr inbounds float, float* %51, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %103, <8 x float>* %123, align 4
  %124 = mul i64 %column, 8
  %125 = add i64 %124, 192
  %126 = getelementptr inbounds float, float* %51, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %104, <8 x float>* %127, align 4
  %128 = mul i64 %column, 8
  %129 = add i64 %128, 240
  %130 = getelementptr inbounds float, float* %51, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %107, <8 x float>* %131, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !33

column.exit:                                      ; preds = %column.header
  %132 = mul i64 %unit, 8
  %133 = add i64 %50, %132
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %134 = icmp slt i64 %row, 6
  br i1 %134, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %135 = mul i64 %row, 48
  %136 = add i64 %135, 0
  %137 = getelementptr inbounds float, float* %51, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %135, 8
  %141 = getelementptr inbounds float, float* %51, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %135, 16
  %145 = getelementptr inbounds float, float* %51, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %135, 24
  %149 = getelementptr inbounds float, float* %51, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %135, 32
  %153 = getelementptr inbounds float, float* %51, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %135, 40
  %157 = getelementptr inbounds float, float* %51, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = fmul <8 x float> %147, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %161 = fmul <8 x float> %143, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %162 = fsub <8 x float> %155, %160
  %163 = fsub <8 x float> %151, %161
  %164 = fsub <8 x float> %155, %147
  %165 = fsub <8 x float> %151, %143
  %166 = fmul <8 x float> %165, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %155)
  %168 = fmul <8 x float> %147, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %169 = fadd <8 x float> %167, %168
  %170 = fadd <8 x float> %162, %163
  %171 = fsub <8 x float> %162, %163
  %172 = fadd <8 x float> %164, %166
  %173 = fsub <8 x float> %164, %166
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %159)
  %175 = fmul <8 x float> %151, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %176 = fadd <8 x float> %174, %175
  %177 = mul i64 %row, 75264
  %178 = add i64 %133, %177
  %179 = add i64 %178, 0
  %180 = getelementptr inbounds float, float* %2, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %169, <8 x float>* %181, align 4
  %182 = add i64 %178, 12544
  %183 = getelementptr inbounds float, float* %2, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %170, <8 x float>* %184, align 4
  %185 = add i64 %178, 25088
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %171, <8 x float>* %187, align 4
  %188 = add i64 %178, 37632
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %172, <8 x float>* %190, align 4
  %191 = add i64 %178, 50176
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %173, <8 x float>* %193, align 4
  %194 = add i64 %178, 62720
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %176, <8 x float>* %196, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !34

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !35

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %57, %tile.exit ], [ %task.next, %endif ]
  %197 = icmp slt i64 %task, %60
  br i1 %197, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %198 = sdiv i64 %task, 288
  %199 = mul i64 %198, 12544
  %200 = add i64 230400, %199
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = mul i64 %198, 131072
  %203 = getelementptr inbounds float, float* bitcast ([18874368 x i8]* @weight.conv2d_5.winograd to float*), i64 %202
  %204 = mul i64 %198, 25088
  %205 = add i64 681984, %204
  %206 = srem i64 %task, 288
  %207 = srem i64 %206, 9
  %208 = sdiv i64 %206, 9
  %209 = mul i64 %207, 6
  %210 = mul i64 %208, 16
  %211 = mul i64 %208, 4096
  %212 = icmp eq i64 %207, 8
  br i1 %212, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %213 = sub i64 %5, 1
  %214 = add i64 %26, %213
  %215 = sdiv i64 %214, %5
  %216 = mul i64 %4, %215
  %217 = icmp slt i64 %216, %26
  %218 = select i1 %217, i64 %216, i64 %26
  %219 = add i64 %218, %215
  %220 = icmp slt i64 %219, %26
  %221 = select i1 %220, i64 %219, i64 %26
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
  %222 = icmp slt i64 %k, 256
  br i1 %222, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %223 = mul i64 %k, 16
  %224 = add i64 %211, %223
  %225 = add i64 %224, 0
  %226 = getelementptr inbounds float, float* %203, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = add i64 %224, 8
  %230 = getelementptr inbounds float, float* %203, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  %232 = load <8 x float>, <8 x float>* %231, align 4
  %233 = add i64 %209, 0
  %234 = mul i64 %233, 256
  %235 = add i64 %234, %k
  %236 = getelementptr inbounds float, float* %201, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %20, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %228, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %20, align 32
  %241 = load <8 x float>, <8 x float>* %19, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %232, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %243 = add i64 %209, 0
  %244 = add i64 %210, 0
  %245 = load <8 x float>, <8 x float>* %20, align 32
  %246 = mul i64 %243, 512
  %247 = add i64 %246, %244
  %248 = add i64 %205, %247
  %249 = getelementptr inbounds float, float* %2, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %245, <8 x float>* %250, align 4
  %251 = add i64 %209, 0
  %252 = add i64 %210, 8
  %253 = load <8 x float>, <8 x float>* %19, align 32
  %254 = mul i64 %251, 512
  %255 = add i64 %254, %252
  %256 = add i64 %205, %255
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %253, <8 x float>* %258, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %259 = icmp slt i64 %k4, 256
  br i1 %259, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %260 = mul i64 %k4, 16
  %261 = add i64 %211, %260
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %203, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %261, 8
  %267 = getelementptr inbounds float, float* %203, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %209, 0
  %271 = mul i64 %270, 256
  %272 = add i64 %271, %k4
  %273 = getelementptr inbounds float, float* %201, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat5 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %18, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %18, align 32
  %278 = load <8 x float>, <8 x float>* %12, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %269, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %12, align 32
  %280 = add i64 %209, 1
  %281 = mul i64 %280, 256
  %282 = add i64 %281, %k4
  %283 = getelementptr inbounds float, float* %201, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat6 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %17, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %265, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %17, align 32
  %288 = load <8 x float>, <8 x float>* %11, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %269, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %11, align 32
  %290 = add i64 %209, 2
  %291 = mul i64 %290, 256
  %292 = add i64 %291, %k4
  %293 = getelementptr inbounds float, float* %201, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat7 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %16, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %16, align 32
  %298 = load <8 x float>, <8 x float>* %10, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %10, align 32
  %300 = add i64 %209, 3
  %301 = mul i64 %300, 256
  %302 = add i64 %301, %k4
  %303 = getelementptr inbounds float, float* %201, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat8 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %15, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %265, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %15, align 32
  %308 = load <8 x float>, <8 x float>* %9, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %9, align 32
  %310 = add i64 %209, 4
  %311 = mul i64 %310, 256
  %312 = add i64 %311, %k4
  %313 = getelementptr inbounds float, float* %201, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat9 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %14, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %265, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %14, align 32
  %318 = load <8 x float>, <8 x float>* %8, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %269, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %8, align 32
  %320 = add i64 %209, 5
  %321 = mul i64 %320, 256
  %322 = add i64 %321, %k4
  %323 = getelementptr inbounds float, float* %201, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat10 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %13, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %265, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %13, align 32
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %269, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %330 = add i64 %209, 0
  %331 = add i64 %210, 0
  %332 = load <8 x float>, <8 x float>* %18, align 32
  %333 = mul i64 %330, 512
  %334 = add i64 %333, %331
  %335 = add i64 %205, %334
  %336 = getelementptr inbounds float, float* %2, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %332, <8 x float>* %337, align 4
  %338 = add i64 %209, 1
  %339 = add i64 %210, 0
  %340 = load <8 x float>, <8 x float>* %17, align 32
  %341 = mul i64 %338, 512
  %342 = add i64 %341, %339
  %343 = add i64 %205, %342
  %344 = getelementptr inbounds float, float* %2, i64 %343
  %345 = bitcast float* %344 to <8 x float>*
  store <8 x float> %340, <8 x float>* %345, align 4
  %346 = add i64 %209, 2
  %347 = add i64 %210, 0
  %348 = load <8 x float>, <8 x float>* %16, align 32
  %349 = mul i64 %346, 512
  %350 = add i64 %349, %347
  %351 = add i64 %205, %350
  %352 = getelementptr inbounds float, float* %2, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  store <8 x float> %348, <8 x float>* %353, align 4
  %354 = add i64 %209, 3
  %355 = add i64 %210, 0
  %356 = load <8 x float>, <8 x float>* %15, align 32
  %357 = mul i64 %354, 512
  %358 = add i64 %357, %355
  %359 = add i64 %205, %358
  %360 = getelementptr inbounds float, float* %2, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  store <8 x float> %356, <8 x float>* %361, align 4
  %362 = add i64 %209, 4
  %363 = add i64 %210, 0
  %364 = load <8 x float>, <8 x float>* %14, align 32
  %365 = mul i64 %362, 512
  %366 = add i64 %365, %363
  %367 = add i64 %205, %366
  %368 = getelementptr inbounds float, float* %2, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %364, <8 x float>* %369, align 4
  %370 = add i64 %209, 5
  %371 = add i64 %210, 0
  %372 = load <8 x float>, <8 x float>* %13, align 32
  %373 = mul i64 %370, 512
  %374 = add i64 %373, %371
  %375 = add i64 %205, %374
  %376 = getelementptr inbounds float, float* %2, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  store <8 x float> %372, <8 x float>* %377, align 4
  %378 = add i64 %209, 0
  %379 = add i64 %210, 8
  %380 = load <8 x float>, <8 x float>* %12, align 32
  %381 = mul i64 %378, 512
  %382 = add i64 %381, %379
  %383 = add i64 %205, %382
  %384 = getelementptr inbounds float, float* %2, i64 %383
  %385 = bitcast float* %384 to <8 x float>*
  store <8 x float> %380, <8 x float>* %385, align 4
  %386 = add i64 %209, 1
  %387 = add i64 %210, 8
  %388 = load <8 x float>, <8 x float>* %11, align 32
  %389 = mul i64 %386, 512
  %390 = add i64 %389, %387
  %391 = add i64 %205, %390
  %392 = getelementptr inbounds float, float* %2, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  store <8 x float> %388, <8 x float>* %393, align 4
  %394 = add i64 %209, 2
  %395 = add i64 %210, 8
  %396 = load <8 x float>, <8 x float>* %10, align 32
  %397 = mul i64 %394, 512
  %398 = add i64 %397, %395
  %399 = add i64 %205, %398
  %400 = getelementptr inbounds float, float* %2, i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  store <8 x float> %396, <8 x float>* %401, align 4
  %402 = add i64 %209, 3
  %403 = add i64 %210, 8
  %404 = load <8 x float>, <8 x float>* %9, align 32
  %405 = mul i64 %402, 512
  %406 = add i64 %405, %403
  %407 = add i64 %205, %406
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %404, <8 x float>* %409, align 4
  %410 = add i64 %209, 4
  %411 = add i64 %210, 8
  %412 = load <8 x float>, <8 x float>* %8, align 32
  %413 = mul i64 %410, 512
  %414 = add i64 %413, %411
  %415 = add i64 %205, %414
  %416 = getelementptr inbounds float, float* %2, i64 %415
  %417 = bitcast float* %416 to <8 x float>*
  store <8 x float> %412, <8 x float>* %417, align 4
  %418 = add i64 %209, 5
  %419 = add i64 %210, 8
  %420 = load <8 x float>, <8 x float>* %7, align 32
  %421 = mul i64 %418, 512
  %422 = add i64 %421, %419
  %423 = add i64 %205, %422
  %424 = getelementptr inbounds float, float* %2, i64 %423
  %425 = bitcast float* %424 to <8 x float>*
  store <8 x float> %420, <8 x float>* %425, align 4
  br label %endif

tile.header12:                                    ; preds = %block.exit, %task.exit
  %tile15 = phi i64 [ %218, %task.exit ], [ %tile.next21, %block.exit ]
  %426 = icmp slt i64 %tile15, %221
  br i1 %426, label %tile.body13, label %tile.exit14

tile.body13:                                      ; preds = %tile.header12
  %427 = add i64 %23, %tile15
  %428 = srem i64 %427, 7
  %429 = sdiv i64 %427, 7
  %430 = srem i64 %429, 7
  %431 = sdiv i64 %427, 49
  %432 = mul i64 %431, 64
  %433 = mul i64 %432, 6272
  %434 = mul i64 %430, 112
  %435 = mul i64 %428, 4
  %436 = add i64 %434, %435
  %437 = mul i64 %436, 8
  %438 = add i64 %433, %437
  %439 = mul i64 %tile15, 512
  %440 = add i64 681984, %439
  %441 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit14:                                      ; preds = %tile.header12
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !37

block.header:                                     ; preds = %row.exit18, %tile.body13
  %block = phi i64 [ 0, %tile.body13 ], [ %block.next, %row.exit18 ]
  %442 = icmp slt i64 %block, 64
  br i1 %442, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %443 = mul i64 %block, 8
  %444 = add i64 %440, %443
  br label %row.header16

block.exit:                                       ; preds = %block.header
  %tile.next21 = add i64 %tile15, 1
  br label %tile.header12, !llvm.loop !38

row.header16:                                     ; preds = %row.body17, %block.body
  %row19 = phi i64 [ 0, %block.body ], [ %row.next20, %row.body17 ]
  %445 = icmp slt i64 %row19, 6
  br i1 %445, label %row.body17, label %row.exit18

row.body17:                                       ; preds = %row.header16
  %446 = mul i64 %row19, 150528
  %447 = add i64 %444, %446
  %448 = add i64 %447, 0
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = load <8 x float>, <8 x float>* %450, align 4
  %452 = add i64 %447, 25088
  %453 = getelementptr inbounds float, float* %2, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = add i64 %447, 50176
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %447, 75264
  %461 = getelementptr inbounds float, float* %2, i64 %460
  %462 = bitcast float* %461 to <8 x float>*
  %463 = load <8 x float>, <8 x float>* %462, align 4
  %464 = add i64 %447, 100352
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  %468 = add i64 %447, 125440
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  %472 = fadd <8 x float> %455, %459
  %473 = fsub <8 x float> %455, %459
  %474 = fadd <8 x float> %463, %467
  %475 = fsub <8 x float> %463, %467
  %476 = fadd <8 x float> %451, %472
  %477 = fadd <8 x float> %476, %474
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %473)
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %472)
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %473)
  %481 = fadd <8 x float> %480, %471
  %482 = mul i64 %row19, 32
  %483 = add i64 %482, 0
  %484 = getelementptr inbounds float, float* %441, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %477, <8 x float>* %485, align 4
  %486 = mul i64 %row19, 32
  %487 = add i64 %486, 8
  %488 = getelementptr inbounds float, float* %441, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %478, <8 x float>* %489, align 4
  %490 = mul i64 %row19, 32
  %491 = add i64 %490, 16
  %492 = getelementptr inbounds float, float* %441, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %479, <8 x float>* %493, align 4
  %494 = mul i64 %row19, 32
  %495 = add i64 %494, 24
  %496 = getelementptr inbounds float, float* %441, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %481, <8 x float>* %497, align 4
  %row.next20 = add i64 %row19, 1
  br label %row.header16, !llvm.loop !39

row.exit18:                                       ; preds = %row.header16
  %498 = mul i64 %block, 8
  %499 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_5.bias to float*), i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = mul i64 %block, 6272
  %503 = add i64 %438, %502
  %504 = getelementptr inbounds float, float* %441, i64 0
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = getelementptr inbounds float, float* %441, i64 32
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = getelementptr inbounds float, float* %441, i64 64
  %511 = bitcast float* %510 to <8 x float>*
  %512 = load <8 x float>, <8 x float>* %511, align 4
  %513 = getelementptr inbounds float, float* %441, i64 96
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = getelementptr inbounds float, float* %441, i64 128
  %517 = bitcast float* %516 to <8 x float>*
  %518 = load <8 x float>, <8 x float>* %517, align 4
  %519 = getelementptr inbounds float, float* %441, i64 160
  %520 = bitcast float* %519 to <8 x float>*
  %521 = load <8 x float>, <8 x float>* %520, align 4
  %522 = fadd <8 x float> %509, %512
  %523 = fsub <8 x float> %509, %512
  %524 = fadd <8 x float> %515, %518
  %525 = fsub <8 x float> %515, %518
  %526 = fadd <8 x float> %506, %522
  %527 = fadd <8 x float> %526, %524
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %523)
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %522)
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %523)
  %531 = fadd <8 x float> %530, %521
  %532 = add i64 %503, 0
  %533 = fadd <8 x float> %527, %501
  %534 = fcmp olt <8 x float> %533, zeroinitializer
  %535 = select <8 x i1> %534, <8 x float> zeroinitializer, <8 x float> %533
  %536 = getelementptr inbounds float, float* %0, i64 %532
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %535, <8 x float>* %537, align 4
  %538 = add i64 %503, 224
  %539 = fadd <8 x float> %528, %501
  %540 = fcmp olt <8 x float> %539, zeroinitializer
  %541 = select <8 x i1> %540, <8 x float> zeroinitializer, <8 x float> %539
  %542 = getelementptr inbounds float, float* %0, i64 %538
  %543 = bitcast float* %542 to <8 x float>*
  store <8 x float> %541, <8 x float>* %543, align 4
  %544 = add i64 %503, 448
  %545 = fadd <8 x float> %529, %501
  %546 = fcmp olt <8 x float> %545, zeroinitializer
  %547 = select <8 x i1> %546, <8 x float> zeroinitializer, <8 x float> %545
  %548 = getelementptr inbounds float, float* %0, i64 %544
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %547, <8 x float>* %549, align 4
  %550 = add i64 %503, 672
  %551 = fadd <8 x float> %531, %501
  %552 = fcmp olt <8 x float> %551, zeroinitializer
  %553 = select <8 x i1> %552, <8 x float> zeroinitializer, <8 x float> %551
  %554 = getelementptr inbounds float, float* %0, i64 %550
  %555 = bitcast float* %554 to <8 x float>*
  store <8 x float> %553, <8 x float>* %555, align 4
  %556 = getelementptr inbounds float, float* %441, i64 8
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = getelementptr inbounds float, float* %441, i64 40
  %560 = bitcast float* %559 to <8 x float>*
  %561 = load <8 x float>, <8 x float>* %560, align 4
  %562 = getelementptr inbounds float, float* %441, i64 72
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  %565 = getelementptr inbounds float, float* %441, i64 104
  %566 = bitcast float* %565 to <8 x float>*
  %567 = load <8 x float>, <8 x float>* %566, align 4
  %568 = getelementptr inbounds float, float* %441, i64 136
  %569 = bitcast float* %568 to <8 x float>*
  %570 = load <8 x float>, <8 x float>* %569, align 4
  %571 = getelementptr inbounds float, float* %441, i64 168
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = fadd <8 x float> %561, %564
  %575 = fsub <8 x float> %561, %564
  %576 = fadd <8 x float> %567, %570
  %577 = fsub <8 x float> %567, %570
  %578 = fadd <8 x float> %558, %574
  %579 = fadd <8 x float> %578, %576
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %575)
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %574)
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %575)
  %583 = fadd <8 x float> %582, %573
  %584 = add i64 %503, 8
  %585 = fadd <8 x float> %579, %501
  %586 = fcmp olt <8 x float> %585, zeroinitializer
  %587 = select <8 x i1> %586, <8 x float> zeroinitializer, <8 x float> %585
  %588 = getelementptr inbounds float, float* %0, i64 %584
  %589 = bitcast float* %588 to <8 x float>*
  store <8 x float> %587, <8 x float>* %589, align 4
  %590 = add i64 %503, 232
  %591 = fadd <8 x float> %580, %501
  %592 = fcmp olt <8 x float> %591, zeroinitializer
  %593 = select <8 x i1> %592, <8 x float> zeroinitializer, <8 x float> %591
  %594 = getelementptr inbounds float, float* %0, i64 %590
  %595 = bitcast float* %594 to <8 x float>*
  store <8 x float> %593, <8 x float>* %595, align 4
  %596 = add i64 %503, 456
  %597 = fadd <8 x float> %581, %501
  %598 = fcmp olt <8 x float> %597, zeroinitializer
  %599 = select <8 x i1> %598, <8 x float> zeroinitializer, <8 x float> %597
  %600 = getelementptr inbounds float, float* %0, i64 %596
  %601 = bitcast float* %600 to <8 x float>*
  store <8 x float> %599, <8 x float>* %601, align 4
  %602 = add i64 %503, 680
  %603 = fadd <8 x float> %583, %501
  %604 = fcmp olt <8 x float> %603, zeroinitializer
  %605 = select <8 x i1> %604, <8 x float> zeroinitializer, <8 x float> %603
  %606 = getelementptr inbounds float, float* %0, i64 %602
  %607 = bitcast float* %606 to <8 x float>*
  store <8 x float> %605, <8 x float>* %607, align 4
  %608 = getelementptr inbounds float, float* %441, i64 16
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = getelementptr inbounds float, float* %441, i64 48
  %612 = bitcast float* %611 to <8 x float>*
  %613 = load <8 x float>, <8 x float>* %612, align 4
  %614 = getelementptr inbounds float, float* %441, i64 80
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = getelementptr inbounds float, float* %441, i64 112
  %618 = bitcast float* %617 to <8 x float>*
  %619 = load <8 x float>, <8 x float>* %618, align 4
  %620 = getelementptr inbounds float, float* %441, i64 144
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = getelementptr inbounds float, float* %441, i64 176
  %624 = bitcast float* %623 to <8 x float>*
  %625 = load <8 x float>, <8 x float>* %624, align 4
  %626 = fadd <8 x float> %613, %616
  %627 = fsub <8 x float> %613, %616
  %628 = fadd <8 x float> %619, %622
  %629 = fsub <8 x float> %619, %622
  %630 = fadd <8 x float> %610, %626
  %631 = fadd <8 x float> %630, %628
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %627)
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %628, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %626)
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %627)
  %635 = fadd <8 x float> %634, %625
  %636 = add i64 %503, 16
  %637 = fadd <8 x float> %631, %501
  %638 = fcmp olt <8 x float> %637, zeroinitializer
  %639 = select <8 x i1> %638, <8 x float> zeroinitializer, <8 x float> %637
  %640 = getelementptr inbounds float, float* %0, i64 %636
  %641 = bitcast float* %640 to <8 x float>*
  store <8 x float> %639, <8 x float>* %641, align 4
  %642 = add i64 %503, 240
  %643 = fadd <8 x float> %632, %501
  %644 = fcmp olt <8 x float> %643, zeroinitializer
  %645 = select <8 x i1> %644, <8 x float> zeroinitializer, <8 x float> %643
  %646 = getelementptr inbounds float, float* %0, i64 %642
  %647 = bitcast float* %646 to <8 x float>*
  store <8 x float> %645, <8 x float>* %647, align 4
  %648 = add i64 %503, 464
  %649 = fadd <8 x float> %633, %501
  %650 = fcmp olt <8 x float> %649, zeroinitializer
  %651 = select <8 x i1> %650, <8 x float> zeroinitializer, <8 x float> %649
  %652 = getelementptr inbounds float, float* %0, i64 %648
  %653 = bitcast float* %652 to <8 x float>*
  store <8 x float> %651, <8 x float>* %653, align 4
  %654 = add i64 %503, 688
  %655 = fadd <8 x float> %635, %501
  %656 = fcmp olt <8 x float> %655, zeroinitializer
  %657 = select <8 x i1> %656, <8 x float> zeroinitializer, <8 x float> %655
  %658 = getelementptr inbounds float, float* %0, i64 %654
  %659 = bitcast float* %658 to <8 x float>*
  store <8 x float> %657, <8 x float>* %659, align 4
  %660 = getelementptr inbounds float, float* %441, i64 24
  %661 = bitcast float* %660 to <8 x float>*
  %662 = load <8 x float>, <8 x float>* %661, align 4
  %663 = getelementptr inbounds float, float* %441, i64 56
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = getelementptr inbounds float, float* %441, i64 88
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = getelementptr inbounds float, float* %441, i64 120
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = getelementptr inbounds float, float* %441, i64 152
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = getelementptr inbounds float, float* %441, i64 184
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = fadd <8 x float> %665, %668
  %679 = fsub <8 x float> %665, %668
  %680 = fadd <8 x float> %671, %674
  %681 = fsub <8 x float> %671, %674
  %682 = fadd <8 x float> %662, %678
  %683 = fadd <8 x float> %682, %680
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %681, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %679)
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %678)
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %681, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %679)
  %687 = fadd <8 x float> %686, %677
  %688 = add i64 %503, 24
  %689 = fadd <8 x float> %683, %501
  %690 = fcmp olt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> zeroinitializer, <8 x float> %689
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = add i64 %503, 248
  %695 = fadd <8 x float> %684, %501
  %696 = fcmp olt <8 x float> %695, zeroinitializer
  %697 = select <8 x i1> %696, <8 x float> zeroinitializer, <8 x float> %695
  %698 = getelementptr inbounds float, float* %0, i64 %694
  %699 = bitcast float* %698 to <8 x float>*
  store <8 x float> %697, <8 x float>* %699, align 4
  %700 = add i64 %503, 472
  %701 = fadd <8 x float> %685, %501
  %702 = fcmp olt <8 x float> %701, zeroinitializer
  %703 = select <8 x i1> %702, <8 x float> zeroinitializer, <8 x float> %701
  %704 = getelementptr inbounds float, float* %0, i64 %700
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %703, <8 x float>* %705, align 4
  %706 = add i64 %503, 696
  %707 = fadd <8 x float> %687, %501
  %708 = fcmp olt <8 x float> %707, zeroinitializer
  %709 = select <8 x i1> %708, <8 x float> zeroinitializer, <8 x float> %707
  %710 = getelementptr inbounds float, float* %0, i64 %706
  %711 = bitcast float* %710 to <8 x float>*
  store <8 x float> %709, <8 x float>* %711, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !40
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
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !41

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %64 = icmp slt i64 %column, 6
  br i1 %64, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %65 = mul i64 %column, 8
  %66 = add i64 %63, %65
  %67 = add i64 %66, 0
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %66, 240
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = add i64 %66, 480
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = add i64 %66, 720
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = add i64 %66, 960
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = add i64 %66, 1200
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = fmul <8 x float> %78, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %92 = fmul <8 x float> %74, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %93 = fsub <8 x float> %86, %91
  %94 = fsub <8 x float> %82, %92
  %95 = fsub <8 x float> %86, %78
  %96 = fsub <8 x float> %82, %74
  %97 = fmul <8 x float> %96, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %98 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %86)
  %99 = fmul <8 x float> %78, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %100 = fadd <8 x float> %98, %99
  %101 = fadd <8 x float> %93, %94
  %102 = fsub <8 x float> %93, %94
  %103 = fadd <8 x float> %95, %97
  %104 = fsub <8 x float> %95, %97
  %105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %90)
  %106 = fmul <8 x float> %82, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %107 = fadd <8 x float> %105, %106
  %108 = mul i64 %column, 8
  %109 = add i64 %108, 0
  %110 = getelementptr inbounds float, float* %51, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %100, <8 x float>* %111, align 4
  %112 = mul i64 %column, 8
  %113 = add i64 %112, 48
  %114 = getelementptr inbounds float, float* %51, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %101, <8 x float>* %115, align 4
  %116 = mul i64 %column, 8
  %117 = add i64 %116, 96
  %118 = getelementptr inbounds float, float* %51, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %102, <8 x float>* %119, align 4
  %120 = mul i64 %column, 8
  %121 = add i64 %120, 144
  %122 = getelementptr inbounds float, float* %51, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %103, <8 x float>* %123, align 4
  %124 = mul i64 %column, 8
  %125 = add i64 %124, 192
  %126 = getelementptr inbounds float, float* %51, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %104, <8 x float>* %127, align 4
  %128 = mul i64 %column, 8
  %129 = add i64 %128, 240
  %130 = getelementptr inbounds float, float* %51, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %107, <8 x float>* %131, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !42

column.exit:                                      ; preds = %column.header
  %132 = mul i64 %unit, 8
  %133 = add i64 %50, %132
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %134 = icmp slt i64 %row, 6
  br i1 %134, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %135 = mul i64 %row, 48
  %136 = add i64 %135, 0
  %137 = getelementptr inbounds float, float* %51, i64 %136
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = add i64 %135, 8
  %141 = getelementptr inbounds float, float* %51, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = add i64 %135, 16
  %145 = getelementptr inbounds float, float* %51, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = add i64 %135, 24
  %149 = getelementptr inbounds float, float* %51, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = add i64 %135, 32
  %153 = getelementptr inbounds float, float* %51, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = add i64 %135, 40
  %157 = getelementptr inbounds float, float* %51, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = fmul <8 x float> %147, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %161 = fmul <8 x float> %143, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %162 = fsub <8 x float> %155, %160
  %163 = fsub <8 x float> %151, %161
  %164 = fsub <8 x float> %155, %147
  %165 = fsub <8 x float> %151, %143
  %166 = fmul <8 x float> %165, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %155)
  %168 = fmul <8 x float> %147, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %169 = fadd <8 x float> %167, %168
  %170 = fadd <8 x float> %162, %163
  %171 = fsub <8 x float> %162, %163
  %172 = fadd <8 x float> %164, %166
  %173 = fsub <8 x float> %164, %166
  %174 = call <8 x float> @llvm.fma.v8f32(<8 x float> %143, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %159)
  %175 = fmul <8 x float> %151, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %176 = fadd <8 x float> %174, %175
  %177 = mul i64 %row, 150528
  %178 = add i64 %133, %177
  %179 = add i64 %178, 0
  %180 = getelementptr inbounds float, float* %2, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %169, <8 x float>* %181, align 4
  %182 = add i64 %178, 25088
  %183 = getelementptr inbounds float, float* %2, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %170, <8 x float>* %184, align 4
  %185 = add i64 %178, 50176
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %171, <8 x float>* %187, align 4
  %188 = add i64 %178, 75264
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %172, <8 x float>* %190, align 4
  %191 = add i64 %178, 100352
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %173, <8 x float>* %193, align 4
  %194 = add i64 %178, 125440
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %176, <8 x float>* %196, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !43

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !44

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %57, %tile.exit ], [ %task.next, %endif ]
  %197 = icmp slt i64 %task, %60
  br i1 %197, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %198 = sdiv i64 %task, 288
  %199 = mul i64 %198, 25088
  %200 = add i64 460800, %199
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = mul i64 %198, 262144
  %203 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_6.winograd to float*), i64 %202
  %204 = mul i64 %198, 25088
  %205 = add i64 1363968, %204
  %206 = srem i64 %task, 288
  %207 = srem i64 %206, 9
  %208 = sdiv i64 %206, 9
  %209 = mul i64 %207, 6
  %210 = mul i64 %208, 16
  %211 = mul i64 %208, 8192
  %212 = icmp eq i64 %207, 8
  br i1 %212, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %213 = sub i64 %5, 1
  %214 = add i64 %26, %213
  %215 = sdiv i64 %214, %5
  %216 = mul i64 %4, %215
  %217 = icmp slt i64 %216, %26
  %218 = select i1 %217, i64 %216, i64 %26
  %219 = add i64 %218, %215
  %220 = icmp slt i64 %219, %26
  %221 = select i1 %220, i64 %219, i64 %26
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
  %222 = icmp slt i64 %k, 512
  br i1 %222, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %223 = mul i64 %k, 16
  %224 = add i64 %211, %223
  %225 = add i64 %224, 0
  %226 = getelementptr inbounds float, float* %203, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  %228 = load <8 x float>, <8 x float>* %227, align 4
  %229 = add i64 %224, 8
  %230 = getelementptr inbounds float, float* %203, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  %232 = load <8 x float>, <8 x float>* %231, align 4
  %233 = add i64 %209, 0
  %234 = mul i64 %233, 512
  %235 = add i64 %234, %k
  %236 = getelementptr inbounds float, float* %201, i64 %235
  %237 = load float, float* %236, align 4
  %238 = insertelement <8 x float> undef, float %237, i32 0
  %splat = shufflevector <8 x float> %238, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %20, align 32
  %240 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %228, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %20, align 32
  %241 = load <8 x float>, <8 x float>* %19, align 32
  %242 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %232, <8 x float> %241)
  store <8 x float> %242, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %243 = add i64 %209, 0
  %244 = add i64 %210, 0
  %245 = load <8 x float>, <8 x float>* %20, align 32
  %246 = mul i64 %243, 512
  %247 = add i64 %246, %244
  %248 = add i64 %205, %247
  %249 = getelementptr inbounds float, float* %2, i64 %248
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %245, <8 x float>* %250, align 4
  %251 = add i64 %209, 0
  %252 = add i64 %210, 8
  %253 = load <8 x float>, <8 x float>* %19, align 32
  %254 = mul i64 %251, 512
  %255 = add i64 %254, %252
  %256 = add i64 %205, %255
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %253, <8 x float>* %258, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %259 = icmp slt i64 %k4, 512
  br i1 %259, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %260 = mul i64 %k4, 16
  %261 = add i64 %211, %260
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %203, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %261, 8
  %267 = getelementptr inbounds float, float* %203, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %209, 0
  %271 = mul i64 %270, 512
  %272 = add i64 %271, %k4
  %273 = getelementptr inbounds float, float* %201, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat5 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %18, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %18, align 32
  %278 = load <8 x float>, <8 x float>* %12, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %269, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %12, align 32
  %280 = add i64 %209, 1
  %281 = mul i64 %280, 512
  %282 = add i64 %281, %k4
  %283 = getelementptr inbounds float, float* %201, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat6 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %17, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %265, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %17, align 32
  %288 = load <8 x float>, <8 x float>* %11, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %269, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %11, align 32
  %290 = add i64 %209, 2
  %291 = mul i64 %290, 512
  %292 = add i64 %291, %k4
  %293 = getelementptr inbounds float, float* %201, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat7 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %16, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %16, align 32
  %298 = load <8 x float>, <8 x float>* %10, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %10, align 32
  %300 = add i64 %209, 3
  %301 = mul i64 %300, 512
  %302 = add i64 %301, %k4
  %303 = getelementptr inbounds float, float* %201, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat8 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %15, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %265, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %15, align 32
  %308 = load <8 x float>, <8 x float>* %9, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %9, align 32
  %310 = add i64 %209, 4
  %311 = mul i64 %310, 512
  %312 = add i64 %311, %k4
  %313 = getelementptr inbounds float, float* %201, i64 %312
  %314 = load float, float* %313, align 4
  %315 = insertelement <8 x float> undef, float %314, i32 0
  %splat9 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %316 = load <8 x float>, <8 x float>* %14, align 32
  %317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %265, <8 x float> %316)
  store <8 x float> %317, <8 x float>* %14, align 32
  %318 = load <8 x float>, <8 x float>* %8, align 32
  %319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %269, <8 x float> %318)
  store <8 x float> %319, <8 x float>* %8, align 32
  %320 = add i64 %209, 5
  %321 = mul i64 %320, 512
  %322 = add i64 %321, %k4
  %323 = getelementptr inbounds float, float* %201, i64 %322
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i32 0
  %splat10 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %326 = load <8 x float>, <8 x float>* %13, align 32
  %327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %265, <8 x float> %326)
  store <8 x float> %327, <8 x float>* %13, align 32
  %328 = load <8 x float>, <8 x float>* %7, align 32
  %329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %269, <8 x float> %328)
  store <8 x float> %329, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %330 = add i64 %209, 0
  %331 = add i64 %210, 0
  %332 = load <8 x float>, <8 x float>* %18, align 32
  %333 = mul i64 %330, 512
  %334 = add i64 %333, %331
  %335 = add i64 %205, %334
  %336 = getelementptr inbounds float, float* %2, i64 %335
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %332, <8 x float>* %337, align 4
  %338 = add i64 %209, 1
  %339 = add i64 %210, 0
  %340 = load <8 x float>, <8 x float>* %17, align 32
  %341 = mul i64 %338, 512
  %342 = add i64 %341, %339
  %343 = add i64 %205, %342
  %344 = getelementptr inbounds float, float* %2, i64 %343
  %345 = bitcast float* %344 to <8 x float>*
  store <8 x float> %340, <8 x float>* %345, align 4
  %346 = add i64 %209, 2
  %347 = add i64 %210, 0
  %348 = load <8 x float>, <8 x float>* %16, align 32
  %349 = mul i64 %346, 512
  %350 = add i64 %349, %347
  %351 = add i64 %205, %350
  %352 = getelementptr inbounds float, float* %2, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  store <8 x float> %348, <8 x float>* %353, align 4
  %354 = add i64 %209, 3
  %355 = add i64 %210, 0
  %356 = load <8 x float>, <8 x float>* %15, align 32
  %357 = mul i64 %354, 512
  %358 = add i64 %357, %355
  %359 = add i64 %205, %358
  %360 = getelementptr inbounds float, float* %2, i64 %359
  %361 = bitcast float* %360 to <8 x float>*
  store <8 x float> %356, <8 x float>* %361, align 4
  %362 = add i64 %209, 4
  %363 = add i64 %210, 0
  %364 = load <8 x float>, <8 x float>* %14, align 32
  %365 = mul i64 %362, 512
  %366 = add i64 %365, %363
  %367 = add i64 %205, %366
  %368 = getelementptr inbounds float, float* %2, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  store <8 x float> %364, <8 x float>* %369, align 4
  %370 = add i64 %209, 5
  %371 = add i64 %210, 0
  %372 = load <8 x float>, <8 x float>* %13, align 32
  %373 = mul i64 %370, 512
  %374 = add i64 %373, %371
  %375 = add i64 %205, %374
  %376 = getelementptr inbounds float, float* %2, i64 %375
  %377 = bitcast float* %376 to <8 x float>*
  store <8 x float> %372, <8 x float>* %377, align 4
  %378 = add i64 %209, 0
  %379 = add i64 %210, 8
  %380 = load <8 x float>, <8 x float>* %12, align 32
  %381 = mul i64 %378, 512
  %382 = add i64 %381, %379
  %383 = add i64 %205, %382
  %384 = getelementptr inbounds float, float* %2, i64 %383
  %385 = bitcast float* %384 to <8 x float>*
  store <8 x float> %380, <8 x float>* %385, align 4
  %386 = add i64 %209, 1
  %387 = add i64 %210, 8
  %388 = load <8 x float>, <8 x float>* %11, align 32
  %389 = mul i64 %386, 512
  %390 = add i64 %389, %387
  %391 = add i64 %205, %390
  %392 = getelementptr inbounds float, float* %2, i64 %391
  %393 = bitcast float* %392 to <8 x float>*
  store <8 x float> %388, <8 x float>* %393, align 4
  %394 = add i64 %209, 2
  %395 = add i64 %210, 8
  %396 = load <8 x float>, <8 x float>* %10, align 32
  %397 = mul i64 %394, 512
  %398 = add i64 %397, %395
  %399 = add i64 %205, %398
  %400 = getelementptr inbounds float, float* %2, i64 %399
  %401 = bitcast float* %400 to <8 x float>*
  store <8 x float> %396, <8 x float>* %401, align 4
  %402 = add i64 %209, 3
  %403 = add i64 %210, 8
  %404 = load <8 x float>, <8 x float>* %9, align 32
  %405 = mul i64 %402, 512
  %406 = add i64 %405, %403
  %407 = add i64 %205, %406
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = bitcast float* %408 to <8 x float>*
  store <8 x float> %404, <8 x float>* %409, align 4
  %410 = add i64 %209, 4
  %411 = add i64 %210, 8
  %412 = load <8 x float>, <8 x float>* %8, align 32
  %413 = mul i64 %410, 512
  %414 = add i64 %413, %411
  %415 = add i64 %205, %414
  %416 = getelementptr inbounds float, float* %2, i64 %415
  %417 = bitcast float* %416 to <8 x float>*
  store <8 x float> %412, <8 x float>* %417, align 4
  %418 = add i64 %209, 5
  %419 = add i64 %210, 8
  %420 = load <8 x float>, <8 x float>* %7, align 32
  %421 = mul i64 %418, 512
  %422 = add i64 %421, %419
  %423 = add i64 %205, %422
  %424 = getelementptr inbounds float, float* %2, i64 %423
  %425 = bitcast float* %424 to <8 x float>*
  store <8 x float> %420, <8 x float>* %425, align 4
  br label %endif

tile.header12:                                    ; preds = %block.exit, %task.exit
  %tile15 = phi i64 [ %218, %task.exit ], [ %tile.next21, %block.exit ]
  %426 = icmp slt i64 %tile15, %221
  br i1 %426, label %tile.body13, label %tile.exit14

tile.body13:                                      ; preds = %tile.header12
  %427 = add i64 %23, %tile15
  %428 = srem i64 %427, 7
  %429 = sdiv i64 %427, 7
  %430 = srem i64 %429, 7
  %431 = sdiv i64 %427, 49
  %432 = mul i64 %431, 64
  %433 = mul i64 %432, 6272
  %434 = mul i64 %430, 112
  %435 = mul i64 %428, 4
  %436 = add i64 %434, %435
  %437 = mul i64 %436, 8
  %438 = add i64 %433, %437
  %439 = mul i64 %tile15, 512
  %440 = add i64 1363968, %439
  %441 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit14:                                      ; preds = %tile.header12
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !46

block.header:                                     ; preds = %row.exit18, %tile.body13
  %block = phi i64 [ 0, %tile.body13 ], [ %block.next, %row.exit18 ]
  %442 = icmp slt i64 %block, 64
  br i1 %442, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %443 = mul i64 %block, 8
  %444 = add i64 %440, %443
  br label %row.header16

block.exit:                                       ; preds = %block.header
  %tile.next21 = add i64 %tile15, 1
  br label %tile.header12, !llvm.loop !47

row.header16:                                     ; preds = %row.body17, %block.body
  %row19 = phi i64 [ 0, %block.body ], [ %row.next20, %row.body17 ]
  %445 = icmp slt i64 %row19, 6
  br i1 %445, label %row.body17, label %row.exit18

row.body17:                                       ; preds = %row.header16
  %446 = mul i64 %row19, 150528
  %447 = add i64 %444, %446
  %448 = add i64 %447, 0
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = load <8 x float>, <8 x float>* %450, align 4
  %452 = add i64 %447, 25088
  %453 = getelementptr inbounds float, float* %2, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = add i64 %447, 50176
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %447, 75264
  %461 = getelementptr inbounds float, float* %2, i64 %460
  %462 = bitcast float* %461 to <8 x float>*
  %463 = load <8 x float>, <8 x float>* %462, align 4
  %464 = add i64 %447, 100352
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  %468 = add i64 %447, 125440
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  %471 = load <8 x float>, <8 x float>* %470, align 4
  %472 = fadd <8 x float> %455, %459
  %473 = fsub <8 x float> %455, %459
  %474 = fadd <8 x float> %463, %467
  %475 = fsub <8 x float> %463, %467
  %476 = fadd <8 x float> %451, %472
  %477 = fadd <8 x float> %476, %474
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %473)
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %474, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %472)
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %473)
  %481 = fadd <8 x float> %480, %471
  %482 = mul i64 %row19, 32
  %483 = add i64 %482, 0
  %484 = getelementptr inbounds float, float* %441, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %477, <8 x float>* %485, align 4
  %486 = mul i64 %row19, 32
  %487 = add i64 %486, 8
  %488 = getelementptr inbounds float, float* %441, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %478, <8 x float>* %489, align 4
  %490 = mul i64 %row19, 32
  %491 = add i64 %490, 16
  %492 = getelementptr inbounds float, float* %441, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %479, <8 x float>* %493, align 4
  %494 = mul i64 %row19, 32
  %495 = add i64 %494, 24
  %496 = getelementptr inbounds float, float* %441, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %481, <8 x float>* %497, align 4
  %row.next20 = add i64 %row19, 1
  br label %row.header16, !llvm.loop !48

row.exit18:                                       ; preds = %row.header16
  %498 = mul i64 %block, 8
  %499 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_6.bias to float*), i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = mul i64 %block, 6272
  %503 = add i64 %438, %502
  %504 = getelementptr inbounds float, float* %441, i64 0
  %505 = bitcast float* %504 to <8 x float>*
  %506 = load <8 x float>, <8 x float>* %505, align 4
  %507 = getelementptr inbounds float, float* %441, i64 32
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = getelementptr inbounds float, float* %441, i64 64
  %511 = bitcast float* %510 to <8 x float>*
  %512 = load <8 x float>, <8 x float>* %511, align 4
  %513 = getelementptr inbounds float, float* %441, i64 96
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = getelementptr inbounds float, float* %441, i64 128
  %517 = bitcast float* %516 to <8 x float>*
  %518 = load <8 x float>, <8 x float>* %517, align 4
  %519 = getelementptr inbounds float, float* %441, i64 160
  %520 = bitcast float* %519 to <8 x float>*
  %521 = load <8 x float>, <8 x float>* %520, align 4
  %522 = fadd <8 x float> %509, %512
  %523 = fsub <8 x float> %509, %512
  %524 = fadd <8 x float> %515, %518
  %525 = fsub <8 x float> %515, %518
  %526 = fadd <8 x float> %506, %522
  %527 = fadd <8 x float> %526, %524
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %523)
  %529 = call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %522)
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %523)
  %531 = fadd <8 x float> %530, %521
  %532 = add i64 %503, 0
  %533 = fadd <8 x float> %527, %501
  %534 = fcmp olt <8 x float> %533, zeroinitializer
  %535 = select <8 x i1> %534, <8 x float> zeroinitializer, <8 x float> %533
  %536 = getelementptr inbounds float, float* %0, i64 %532
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %535, <8 x float>* %537, align 4
  %538 = add i64 %503, 224
  %539 = fadd <8 x float> %528, %501
  %540 = fcmp olt <8 x float> %539, zeroinitializer
  %541 = select <8 x i1> %540, <8 x float> zeroinitializer, <8 x float> %539
  %542 = getelementptr inbounds float, float* %0, i64 %538
  %543 = bitcast float* %542 to <8 x float>*
  store <8 x float> %541, <8 x float>* %543, align 4
  %544 = add i64 %503, 448
  %545 = fadd <8 x float> %529, %501
  %546 = fcmp olt <8 x float> %545, zeroinitializer
  %547 = select <8 x i1> %546, <8 x float> zeroinitializer, <8 x float> %545
  %548 = getelementptr inbounds float, float* %0, i64 %544
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %547, <8 x float>* %549, align 4
  %550 = add i64 %503, 672
  %551 = fadd <8 x float> %531, %501
  %552 = fcmp olt <8 x float> %551, zeroinitializer
  %553 = select <8 x i1> %552, <8 x float> zeroinitializer, <8 x float> %551
  %554 = getelementptr inbounds float, float* %0, i64 %550
  %555 = bitcast float* %554 to <8 x float>*
  store <8 x float> %553, <8 x float>* %555, align 4
  %556 = getelementptr inbounds float, float* %441, i64 8
  %557 = bitcast float* %556 to <8 x float>*
  %558 = load <8 x float>, <8 x float>* %557, align 4
  %559 = getelementptr inbounds float, float* %441, i64 40
  %560 = bitcast float* %559 to <8 x float>*
  %561 = load <8 x float>, <8 x float>* %560, align 4
  %562 = getelementptr inbounds float, float* %441, i64 72
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  %565 = getelementptr inbounds float, float* %441, i64 104
  %566 = bitcast float* %565 to <8 x float>*
  %567 = load <8 x float>, <8 x float>* %566, align 4
  %568 = getelementptr inbounds float, float* %441, i64 136
  %569 = bitcast float* %568 to <8 x float>*
  %570 = load <8 x float>, <8 x float>* %569, align 4
  %571 = getelementptr inbounds float, float* %441, i64 168
  %572 = bitcast float* %571 to <8 x float>*
  %573 = load <8 x float>, <8 x float>* %572, align 4
  %574 = fadd <8 x float> %561, %564
  %575 = fsub <8 x float> %561, %564
  %576 = fadd <8 x float> %567, %570
  %577 = fsub <8 x float> %567, %570
  %578 = fadd <8 x float> %558, %574
  %579 = fadd <8 x float> %578, %576
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %575)
  %581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %574)
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %575)
  %583 = fadd <8 x float> %582, %573
  %584 = add i64 %503, 8
  %585 = fadd <8 x float> %579, %501
  %586 = fcmp olt <8 x float> %585, zeroinitializer
  %587 = select <8 x i1> %586, <8 x float> zeroinitializer, <8 x float> %585
  %588 = getelementptr inbounds float, float* %0, i64 %584
  %589 = bitcast float* %588 to <8 x float>*
  store <8 x float> %587, <8 x float>* %589, align 4
  %590 = add i64 %503, 232
  %591 = fadd <8 x float> %580, %501
  %592 = fcmp olt <8 x float> %591, zeroinitializer
  %593 = select <8 x i1> %592, <8 x float> zeroinitializer, <8 x float> %591
  %594 = getelementptr inbounds float, float* %0, i64 %590
  %595 = bitcast float* %594 to <8 x float>*
  store <8 x float> %593, <8 x float>* %595, align 4
  %596 = add i64 %503, 456
  %597 = fadd <8 x float> %581, %501
  %598 = fcmp olt <8 x float> %597, zeroinitializer
  %599 = select <8 x i1> %598, <8 x float> zeroinitializer, <8 x float> %597
  %600 = getelementptr inbounds float, float* %0, i64 %596
  %601 = bitcast float* %600 to <8 x float>*
  store <8 x float> %599, <8 x float>* %601, align 4
  %602 = add i64 %503, 680
  %603 = fadd <8 x float> %583, %501
  %604 = fcmp olt <8 x float> %603, zeroinitializer
  %605 = select <8 x i1> %604, <8 x float> zeroinitializer, <8 x float> %603
  %606 = getelementptr inbounds float, float* %0, i64 %602
  %607 = bitcast float* %606 to <8 x float>*
  store <8 x float> %605, <8 x float>* %607, align 4
  %608 = getelementptr inbounds float, float* %441, i64 16
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = getelementptr inbounds float, float* %441, i64 48
  %612 = bitcast float* %611 to <8 x float>*
  %613 = load <8 x float>, <8 x float>* %612, align 4
  %614 = getelementptr inbounds float, float* %441, i64 80
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = getelementptr inbounds float, float* %441, i64 112
  %618 = bitcast float* %617 to <8 x float>*
  %619 = load <8 x float>, <8 x float>* %618, align 4
  %620 = getelementptr inbounds float, float* %441, i64 144
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = getelementptr inbounds float, float* %441, i64 176
  %624 = bitcast float* %623 to <8 x float>*
  %625 = load <8 x float>, <8 x float>* %624, align 4
  %626 = fadd <8 x float> %613, %616
  %627 = fsub <8 x float> %613, %616
  %628 = fadd <8 x float> %619, %622
  %629 = fsub <8 x float> %619, %622
  %630 = fadd <8 x float> %610, %626
  %631 = fadd <8 x float> %630, %628
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %627)
  %633 = call <8 x float> @llvm.fma.v8f32(<8 x float> %628, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %626)
  %634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %629, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %627)
  %635 = fadd <8 x float> %634, %625
  %636 = add i64 %503, 16
  %637 = fadd <8 x float> %631, %501
  %638 = fcmp olt <8 x float> %637, zeroinitializer
  %639 = select <8 x i1> %638, <8 x float> zeroinitializer, <8 x float> %637
  %640 = getelementptr inbounds float, float* %0, i64 %636
  %641 = bitcast float* %640 to <8 x float>*
  store <8 x float> %639, <8 x float>* %641, align 4
  %642 = add i64 %503, 240
  %643 = fadd <8 x float> %632, %501
  %644 = fcmp olt <8 x float> %643, zeroinitializer
  %645 = select <8 x i1> %644, <8 x float> zeroinitializer, <8 x float> %643
  %646 = getelementptr inbounds float, float* %0, i64 %642
  %647 = bitcast float* %646 to <8 x float>*
  store <8 x float> %645, <8 x float>* %647, align 4
  %648 = add i64 %503, 464
  %649 = fadd <8 x float> %633, %501
  %650 = fcmp olt <8 x float> %649, zeroinitializer
  %651 = select <8 x i1> %650, <8 x float> zeroinitializer, <8 x float> %649
  %652 = getelementptr inbounds float, float* %0, i64 %648
  %653 = bitcast float* %652 to <8 x float>*
  store <8 x float> %651, <8 x float>* %653, align 4
  %654 = add i64 %503, 688
  %655 = fadd <8 x float> %635, %501
  %656 = fcmp olt <8 x float> %655, zeroinitializer
  %657 = select <8 x i1> %656, <8 x float> zeroinitializer, <8 x float> %655
  %658 = getelementptr inbounds float, float* %0, i64 %654
  %659 = bitcast float* %658 to <8 x float>*
  store <8 x float> %657, <8 x float>* %659, align 4
  %660 = getelementptr inbounds float, float* %441, i64 24
  %661 = bitcast float* %660 to <8 x float>*
  %662 = load <8 x float>, <8 x float>* %661, align 4
  %663 = getelementptr inbounds float, float* %441, i64 56
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = getelementptr inbounds float, float* %441, i64 88
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = getelementptr inbounds float, float* %441, i64 120
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = getelementptr inbounds float, float* %441, i64 152
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = getelementptr inbounds float, float* %441, i64 184
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = fadd <8 x float> %665, %668
  %679 = fsub <8 x float> %665, %668
  %680 = fadd <8 x float> %671, %674
  %681 = fsub <8 x float> %671, %674
  %682 = fadd <8 x float> %662, %678
  %683 = fadd <8 x float> %682, %680
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %681, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %679)
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %678)
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %681, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %679)
  %687 = fadd <8 x float> %686, %677
  %688 = add i64 %503, 24
  %689 = fadd <8 x float> %683, %501
  %690 = fcmp olt <8 x float> %689, zeroinitializer
  %691 = select <8 x i1> %690, <8 x float> zeroinitializer, <8 x float> %689
  %692 = getelementptr inbounds float, float* %0, i64 %688
  %693 = bitcast float* %692 to <8 x float>*
  store <8 x float> %691, <8 x float>* %693, align 4
  %694 = add i64 %503, 248
  %695 = fadd <8 x float> %684, %501
  %696 = fcmp olt <8 x float> %695, zeroinitializer
  %697 = select <8 x i1> %696, <8 x float> zeroinitializer, <8 x float> %695
  %698 = getelementptr inbounds float, float* %0, i64 %694
  %699 = bitcast float* %698 to <8 x float>*
  store <8 x float> %697, <8 x float>* %699, align 4
  %700 = add i64 %503, 472
  %701 = fadd <8 x float> %685, %501
  %702 = fcmp olt <8 x float> %701, zeroinitializer
  %703 = select <8 x i1> %702, <8 x float> zeroinitializer, <8 x float> %701
  %704 = getelementptr inbounds float, float* %0, i64 %700
  %705 = bitcast float* %704 to <8 x float>*
  store <8 x float> %703, <8 x float>* %705, align 4
  %706 = add i64 %503, 696
  %707 = fadd <8 x float> %687, %501
  %708 = fcmp olt <8 x float> %707, zeroinitializer
  %709 = select <8 x i1> %708, <8 x float> zeroinitializer, <8 x float> %707
  %710 = getelementptr inbounds float, float* %0, i64 %706
  %711 = bitcast float* %710 to <8 x float>*
  store <8 x float> %709, <8 x float>* %711, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !49
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
  call void @node8.conv2d_6.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !50

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %70 = icmp slt i64 %column, 6
  br i1 %70, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %71 = mul i64 %column, 8
  %72 = add i64 %69, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 144
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %72, 288
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %72, 432
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = add i64 %72, 576
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %72, 720
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = fmul <8 x float> %84, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %98 = fmul <8 x float> %80, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %99 = fsub <8 x float> %92, %97
  %100 = fsub <8 x float> %88, %98
  %101 = fsub <8 x float> %92, %84
  %102 = fsub <8 x float> %88, %80
  %103 = fmul <8 x float> %102, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %92)
  %105 = fmul <8 x float> %84, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %106 = fadd <8 x float> %104, %105
  %107 = fadd <8 x float> %99, %100
  %108 = fsub <8 x float> %99, %100
  %109 = fadd <8 x float> %101, %103
  %110 = fsub <8 x float> %101, %103
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %96)
  %112 = fmul <8 x float> %88, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %113 = fadd <8 x float> %111, %112
  %114 = mul i64 %column, 8
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %57, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %106, <8 x float>* %117, align 4
  %118 = mul i64 %column, 8
  %119 = add i64 %118, 48
  %120 = getelementptr inbounds float, float* %57, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %107, <8 x float>* %121, align 4
  %122 = mul i64 %column, 8
  %123 = add i64 %122, 96
  %124 = getelementptr inbounds float, float* %57, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %108, <8 x float>* %125, align 4
  %126 = mul i64 %column, 8
  %127 = add i64 %126, 144
  %128 = getelementptr inbounds float, float* %57, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %109, <8 x float>* %129, align 4
  %130 = mul i64 %column, 8
  %131 = add i64 %130, 192
  %132 = getelementptr inbounds float, float* %57, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %110, <8 x float>* %133, align 4
  %134 = mul i64 %column, 8
  %135 = add i64 %134, 240
  %136 = getelementptr inbounds float, float* %57, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %113, <8 x float>* %137, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !51

column.exit:                                      ; preds = %column.header
  %138 = mul i64 %unit, 8
  %139 = add i64 %56, %138
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %140 = icmp slt i64 %row, 6
  br i1 %140, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %141 = mul i64 %row, 48
  %142 = add i64 %141, 0
  %143 = getelementptr inbounds float, float* %57, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %141, 8
  %147 = getelementptr inbounds float, float* %57, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %141, 16
  %151 = getelementptr inbounds float, float* %57, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %141, 24
  %155 = getelementptr inbounds float, float* %57, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %141, 32
  %159 = getelementptr inbounds float, float* %57, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %141, 40
  %163 = getelementptr inbounds float, float* %57, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %153, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %149, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %161, %166
  %169 = fsub <8 x float> %157, %167
  %170 = fsub <8 x float> %161, %153
  %171 = fsub <8 x float> %157, %149
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %174 = fmul <8 x float> %153, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %181 = fmul <8 x float> %157, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = mul i64 %row, 49152
  %184 = add i64 %139, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %175, <8 x float>* %187, align 4
  %188 = add i64 %184, 8192
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %176, <8 x float>* %190, align 4
  %191 = add i64 %184, 16384
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %177, <8 x float>* %193, align 4
  %194 = add i64 %184, 24576
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %178, <8 x float>* %196, align 4
  %197 = add i64 %184, 32768
  %198 = getelementptr inbounds float, float* %2, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %179, <8 x float>* %199, align 4
  %200 = add i64 %184, 40960
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %182, <8 x float>* %202, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !52

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !53

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %203 = icmp slt i64 %task, %66
  br i1 %203, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %204 = sdiv i64 %task, 96
  %205 = mul i64 %204, 8192
  %206 = add i64 165888, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = mul i64 %204, 262144
  %209 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_7.winograd to float*), i64 %208
  %210 = mul i64 %204, 8192
  %211 = add i64 460800, %210
  %212 = srem i64 %task, 96
  %213 = srem i64 %212, 3
  %214 = sdiv i64 %212, 3
  %215 = mul i64 %213, 6
  %216 = mul i64 %214, 16
  %217 = mul i64 %214, 8192
  %218 = icmp eq i64 %213, 2
  br i1 %218, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %219 = sub i64 %5, 1
  %220 = add i64 %32, %219
  %221 = sdiv i64 %220, %5
  %222 = mul i64 %4, %221
  %223 = icmp slt i64 %222, %32
  %224 = select i1 %223, i64 %222, i64 %32
  %225 = add i64 %224, %221
  %226 = icmp slt i64 %225, %32
  %227 = select i1 %226, i64 %225, i64 %32
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
  %228 = icmp slt i64 %k, 512
  br i1 %228, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %229 = mul i64 %k, 16
  %230 = add i64 %217, %229
  %231 = add i64 %230, 0
  %232 = getelementptr inbounds float, float* %209, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = add i64 %230, 8
  %236 = getelementptr inbounds float, float* %209, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = add i64 %215, 0
  %240 = mul i64 %239, 512
  %241 = add i64 %240, %k
  %242 = getelementptr inbounds float, float* %207, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %234, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %26, align 32
  %247 = load <8 x float>, <8 x float>* %22, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %238, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %22, align 32
  %249 = add i64 %215, 1
  %250 = mul i64 %249, 512
  %251 = add i64 %250, %k
  %252 = getelementptr inbounds float, float* %207, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat1 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %25, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %234, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %25, align 32
  %257 = load <8 x float>, <8 x float>* %21, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %238, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %21, align 32
  %259 = add i64 %215, 2
  %260 = mul i64 %259, 512
  %261 = add i64 %260, %k
  %262 = getelementptr inbounds float, float* %207, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %splat2 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, <8 x float>* %24, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %234, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %24, align 32
  %267 = load <8 x float>, <8 x float>* %20, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %238, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %20, align 32
  %269 = add i64 %215, 3
  %270 = mul i64 %269, 512
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %207, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat3 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %23, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %234, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %23, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %238, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %215, 0
  %280 = add i64 %216, 0
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = mul i64 %279, 512
  %283 = add i64 %282, %280
  %284 = add i64 %211, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %215, 1
  %288 = add i64 %216, 0
  %289 = load <8 x float>, <8 x float>* %25, align 32
  %290 = mul i64 %287, 512
  %291 = add i64 %290, %288
  %292 = add i64 %211, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  %295 = add i64 %215, 2
  %296 = add i64 %216, 0
  %297 = load <8 x float>, <8 x float>* %24, align 32
  %298 = mul i64 %295, 512
  %299 = add i64 %298, %296
  %300 = add i64 %211, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %297, <8 x float>* %302, align 4
  %303 = add i64 %215, 3
  %304 = add i64 %216, 0
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = mul i64 %303, 512
  %307 = add i64 %306, %304
  %308 = add i64 %211, %307
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %305, <8 x float>* %310, align 4
  %311 = add i64 %215, 0
  %312 = add i64 %216, 8
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = mul i64 %311, 512
  %315 = add i64 %314, %312
  %316 = add i64 %211, %315
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  store <8 x float> %313, <8 x float>* %318, align 4
  %319 = add i64 %215, 1
  %320 = add i64 %216, 8
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = mul i64 %319, 512
  %323 = add i64 %322, %320
  %324 = add i64 %211, %323
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %321, <8 x float>* %326, align 4
  %327 = add i64 %215, 2
  %328 = add i64 %216, 8
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = mul i64 %327, 512
  %331 = add i64 %330, %328
  %332 = add i64 %211, %331
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %329, <8 x float>* %334, align 4
  %335 = add i64 %215, 3
  %336 = add i64 %216, 8
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = mul i64 %335, 512
  %339 = add i64 %338, %336
  %340 = add i64 %211, %339
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %337, <8 x float>* %342, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %343 = icmp slt i64 %k7, 512
  br i1 %343, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %344 = mul i64 %k7, 16
  %345 = add i64 %217, %344
  %346 = add i64 %345, 0
  %347 = getelementptr inbounds float, float* %209, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %345, 8
  %351 = getelementptr inbounds float, float* %209, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %215, 0
  %355 = mul i64 %354, 512
  %356 = add i64 %355, %k7
  %357 = getelementptr inbounds float, float* %207, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat8 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %18, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %349, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %18, align 32
  %362 = load <8 x float>, <8 x float>* %12, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %353, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %12, align 32
  %364 = add i64 %215, 1
  %365 = mul i64 %364, 512
  %366 = add i64 %365, %k7
  %367 = getelementptr inbounds float, float* %207, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat9 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %349, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %353, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %215, 2
  %375 = mul i64 %374, 512
  %376 = add i64 %375, %k7
  %377 = getelementptr inbounds float, float* %207, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat10 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = load <8 x float>, <8 x float>* %10, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %353, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %10, align 32
  %384 = add i64 %215, 3
  %385 = mul i64 %384, 512
  %386 = add i64 %385, %k7
  %387 = getelementptr inbounds float, float* %207, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat11 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %15, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %349, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %15, align 32
  %392 = load <8 x float>, <8 x float>* %9, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %353, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %9, align 32
  %394 = add i64 %215, 4
  %395 = mul i64 %394, 512
  %396 = add i64 %395, %k7
  %397 = getelementptr inbounds float, float* %207, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat12 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %349, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %14, align 32
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %353, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %215, 5
  %405 = mul i64 %404, 512
  %406 = add i64 %405, %k7
  %407 = getelementptr inbounds float, float* %207, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat13 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %13, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %349, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %13, align 32
  %412 = load <8 x float>, <8 x float>* %7, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %353, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %414 = add i64 %215, 0
  %415 = add i64 %216, 0
  %416 = load <8 x float>, <8 x float>* %18, align 32
  %417 = mul i64 %414, 512
  %418 = add i64 %417, %415
  %419 = add i64 %211, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %215, 1
  %423 = add i64 %216, 0
  %424 = load <8 x float>, <8 x float>* %17, align 32
  %425 = mul i64 %422, 512
  %426 = add i64 %425, %423
  %427 = add i64 %211, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %215, 2
  %431 = add i64 %216, 0
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = mul i64 %430, 512
  %434 = add i64 %433, %431
  %435 = add i64 %211, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %215, 3
  %439 = add i64 %216, 0
  %440 = load <8 x float>, <8 x float>* %15, align 32
  %441 = mul i64 %438, 512
  %442 = add i64 %441, %439
  %443 = add i64 %211, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %215, 4
  %447 = add i64 %216, 0
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = mul i64 %446, 512
  %450 = add i64 %449, %447
  %451 = add i64 %211, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %215, 5
  %455 = add i64 %216, 0
  %456 = load <8 x float>, <8 x float>* %13, align 32
  %457 = mul i64 %454, 512
  %458 = add i64 %457, %455
  %459 = add i64 %211, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  %462 = add i64 %215, 0
  %463 = add i64 %216, 8
  %464 = load <8 x float>, <8 x float>* %12, align 32
  %465 = mul i64 %462, 512
  %466 = add i64 %465, %463
  %467 = add i64 %211, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %215, 1
  %471 = add i64 %216, 8
  %472 = load <8 x float>, <8 x float>* %11, align 32
  %473 = mul i64 %470, 512
  %474 = add i64 %473, %471
  %475 = add i64 %211, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %215, 2
  %479 = add i64 %216, 8
  %480 = load <8 x float>, <8 x float>* %10, align 32
  %481 = mul i64 %478, 512
  %482 = add i64 %481, %479
  %483 = add i64 %211, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %215, 3
  %487 = add i64 %216, 8
  %488 = load <8 x float>, <8 x float>* %9, align 32
  %489 = mul i64 %486, 512
  %490 = add i64 %489, %487
  %491 = add i64 %211, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %215, 4
  %495 = add i64 %216, 8
  %496 = load <8 x float>, <8 x float>* %8, align 32
  %497 = mul i64 %494, 512
  %498 = add i64 %497, %495
  %499 = add i64 %211, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %215, 5
  %503 = add i64 %216, 8
  %504 = load <8 x float>, <8 x float>* %7, align 32
  %505 = mul i64 %502, 512
  %506 = add i64 %505, %503
  %507 = add i64 %211, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %224, %task.exit ], [ %tile.next63, %endif21 ]
  %510 = icmp slt i64 %tile18, %227
  br i1 %510, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %511 = add i64 %29, %tile18
  %512 = srem i64 %511, 4
  %513 = sdiv i64 %511, 4
  %514 = srem i64 %513, 4
  %515 = sdiv i64 %511, 16
  %516 = mul i64 %515, 64
  %517 = mul i64 %516, 1568
  %518 = mul i64 %514, 56
  %519 = mul i64 %512, 4
  %520 = add i64 %518, %519
  %521 = mul i64 %520, 8
  %522 = add i64 %517, %521
  %523 = mul i64 %tile18, 512
  %524 = add i64 460800, %523
  %525 = bitcast [192 x float]* %6 to float*
  %526 = icmp eq i64 %514, 3
  br i1 %526, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !55

then19:                                           ; preds = %tile.body16
  %527 = icmp eq i64 %512, 3
  br i1 %527, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %528 = icmp eq i64 %512, 3
  br i1 %528, label %then40, label %else41

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
  %529 = icmp slt i64 %block, 64
  br i1 %529, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %530 = mul i64 %block, 8
  %531 = add i64 %524, %530
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %532 = icmp slt i64 %row28, 6
  br i1 %532, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %533 = mul i64 %row28, 49152
  %534 = add i64 %531, %533
  %535 = add i64 %534, 0
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %534, 8192
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %534, 16384
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %534, 24576
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %534, 32768
  %552 = getelementptr inbounds float, float* %2, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %534, 40960
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
  %569 = mul i64 %row28, 32
  %570 = add i64 %569, 0
  %571 = getelementptr inbounds float, float* %525, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %564, <8 x float>* %572, align 4
  %573 = mul i64 %row28, 32
  %574 = add i64 %573, 8
  %575 = getelementptr inbounds float, float* %525, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  store <8 x float> %565, <8 x float>* %576, align 4
  %577 = mul i64 %row28, 32
  %578 = add i64 %577, 16
  %579 = getelementptr inbounds float, float* %525, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %566, <8 x float>* %580, align 4
  %581 = mul i64 %row28, 32
  %582 = add i64 %581, 24
  %583 = getelementptr inbounds float, float* %525, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  store <8 x float> %568, <8 x float>* %584, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !57

row.exit27:                                       ; preds = %row.header25
  %585 = mul i64 %block, 8
  %586 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = mul i64 %block, 1568
  %590 = add i64 %522, %589
  %591 = getelementptr inbounds float, float* %525, i64 0
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %525, i64 32
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %525, i64 64
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %525, i64 96
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %525, i64 128
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = getelementptr inbounds float, float* %525, i64 160
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
  %625 = add i64 %590, 112
  %626 = fadd <8 x float> %615, %588
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %625
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = getelementptr inbounds float, float* %525, i64 8
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = getelementptr inbounds float, float* %525, i64 40
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = getelementptr inbounds float, float* %525, i64 72
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = getelementptr inbounds float, float* %525, i64 104
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = getelementptr inbounds float, float* %525, i64 136
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %525, i64 168
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = fadd <8 x float> %636, %639
  %650 = fsub <8 x float> %636, %639
  %651 = fadd <8 x float> %642, %645
  %652 = fsub <8 x float> %642, %645
  %653 = fadd <8 x float> %633, %649
  %654 = fadd <8 x float> %653, %651
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %650)
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %651, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %649)
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %650)
  %658 = fadd <8 x float> %657, %648
  %659 = add i64 %590, 8
  %660 = fadd <8 x float> %654, %588
  %661 = fcmp olt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> zeroinitializer, <8 x float> %660
  %663 = getelementptr inbounds float, float* %0, i64 %659
  %664 = bitcast float* %663 to <8 x float>*
  store <8 x float> %662, <8 x float>* %664, align 4
  %665 = add i64 %590, 120
  %666 = fadd <8 x float> %655, %588
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %665
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !58

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %671 = icmp slt i64 %block33, 64
  br i1 %671, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %672 = mul i64 %block33, 8
  %673 = add i64 %524, %672
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %674 = icmp slt i64 %row37, 6
  br i1 %674, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %675 = mul i64 %row37, 49152
  %676 = add i64 %673, %675
  %677 = add i64 %676, 0
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %676, 8192
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %676, 16384
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %676, 24576
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %676, 32768
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %676, 40960
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = fadd <8 x float> %684, %688
  %702 = fsub <8 x float> %684, %688
  %703 = fadd <8 x float> %692, %696
  %704 = fsub <8 x float> %692, %696
  %705 = fadd <8 x float> %680, %701
  %706 = fadd <8 x float> %705, %703
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %702)
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %701)
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %702)
  %710 = fadd <8 x float> %709, %700
  %711 = mul i64 %row37, 32
  %712 = add i64 %711, 0
  %713 = getelementptr inbounds float, float* %525, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %706, <8 x float>* %714, align 4
  %715 = mul i64 %row37, 32
  %716 = add i64 %715, 8
  %717 = getelementptr inbounds float, float* %525, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %707, <8 x float>* %718, align 4
  %719 = mul i64 %row37, 32
  %720 = add i64 %719, 16
  %721 = getelementptr inbounds float, float* %525, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  store <8 x float> %708, <8 x float>* %722, align 4
  %723 = mul i64 %row37, 32
  %724 = add i64 %723, 24
  %725 = getelementptr inbounds float, float* %525, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  store <8 x float> %710, <8 x float>* %726, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !59

row.exit36:                                       ; preds = %row.header34
  %727 = mul i64 %block33, 8
  %728 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = mul i64 %block33, 1568
  %732 = add i64 %522, %731
  %733 = getelementptr inbounds float, float* %525, i64 0
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = getelementptr inbounds float, float* %525, i64 32
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = getelementptr inbounds float, float* %525, i64 64
  %740 = bitcast float* %739 to <8 x float>*
  %741 = load <8 x float>, <8 x float>* %740, align 4
  %742 = getelementptr inbounds float, float* %525, i64 96
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = getelementptr inbounds float, float* %525, i64 128
  %746 = bitcast float* %745 to <8 x float>*
  %747 = load <8 x float>, <8 x float>* %746, align 4
  %748 = getelementptr inbounds float, float* %525, i64 160
  %749 = bitcast float* %748 to <8 x float>*
  %750 = load <8 x float>, <8 x float>* %749, align 4
  %751 = fadd <8 x float> %738, %741
  %752 = fsub <8 x float> %738, %741
  %753 = fadd <8 x float> %744, %747
  %754 = fsub <8 x float> %744, %747
  %755 = fadd <8 x float> %735, %751
  %756 = fadd <8 x float> %755, %753
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %752)
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %753, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %751)
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %752)
  %760 = fadd <8 x float> %759, %750
  %761 = add i64 %732, 0
  %762 = fadd <8 x float> %756, %730
  %763 = fcmp olt <8 x float> %762, zeroinitializer
  %764 = select <8 x i1> %763, <8 x float> zeroinitializer, <8 x float> %762
  %765 = getelementptr inbounds float, float* %0, i64 %761
  %766 = bitcast float* %765 to <8 x float>*
  store <8 x float> %764, <8 x float>* %766, align 4
  %767 = add i64 %732, 112
  %768 = fadd <8 x float> %757, %730
  %769 = fcmp olt <8 x float> %768, zeroinitializer
  %770 = select <8 x i1> %769, <8 x float> zeroinitializer, <8 x float> %768
  %771 = getelementptr inbounds float, float* %0, i64 %767
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  %773 = getelementptr inbounds float, float* %525, i64 8
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = getelementptr inbounds float, float* %525, i64 40
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = getelementptr inbounds float, float* %525, i64 72
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = getelementptr inbounds float, float* %525, i64 104
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = getelementptr inbounds float, float* %525, i64 136
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = getelementptr inbounds float, float* %525, i64 168
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = fadd <8 x float> %778, %781
  %792 = fsub <8 x float> %778, %781
  %793 = fadd <8 x float> %784, %787
  %794 = fsub <8 x float> %784, %787
  %795 = fadd <8 x float> %775, %791
  %796 = fadd <8 x float> %795, %793
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %792)
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %791)
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %792)
  %800 = fadd <8 x float> %799, %790
  %801 = add i64 %732, 8
  %802 = fadd <8 x float> %796, %730
  %803 = fcmp olt <8 x float> %802, zeroinitializer
  %804 = select <8 x i1> %803, <8 x float> zeroinitializer, <8 x float> %802
  %805 = getelementptr inbounds float, float* %0, i64 %801
  %806 = bitcast float* %805 to <8 x float>*
  store <8 x float> %804, <8 x float>* %806, align 4
  %807 = add i64 %732, 120
  %808 = fadd <8 x float> %797, %730
  %809 = fcmp olt <8 x float> %808, zeroinitializer
  %810 = select <8 x i1> %809, <8 x float> zeroinitializer, <8 x float> %808
  %811 = getelementptr inbounds float, float* %0, i64 %807
  %812 = bitcast float* %811 to <8 x float>*
  store <8 x float> %810, <8 x float>* %812, align 4
  %813 = getelementptr inbounds float, float* %525, i64 16
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = getelementptr inbounds float, float* %525, i64 48
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = getelementptr inbounds float, float* %525, i64 80
  %820 = bitcast float* %819 to <8 x float>*
  %821 = load <8 x float>, <8 x float>* %820, align 4
  %822 = getelementptr inbounds float, float* %525, i64 112
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = getelementptr inbounds float, float* %525, i64 144
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = getelementptr inbounds float, float* %525, i64 176
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = fadd <8 x float> %818, %821
  %832 = fsub <8 x float> %818, %821
  %833 = fadd <8 x float> %824, %827
  %834 = fsub <8 x float> %824, %827
  %835 = fadd <8 x float> %815, %831
  %836 = fadd <8 x float> %835, %833
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %832)
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %833, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %831)
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %832)
  %840 = fadd <8 x float> %839, %830
  %841 = add i64 %732, 16
  %842 = fadd <8 x float> %836, %730
  %843 = fcmp olt <8 x float> %842, zeroinitializer
  %844 = select <8 x i1> %843, <8 x float> zeroinitializer, <8 x float> %842
  %845 = getelementptr inbounds float, float* %0, i64 %841
  %846 = bitcast float* %845 to <8 x float>*
  store <8 x float> %844, <8 x float>* %846, align 4
  %847 = add i64 %732, 128
  %848 = fadd <8 x float> %837, %730
  %849 = fcmp olt <8 x float> %848, zeroinitializer
  %850 = select <8 x i1> %849, <8 x float> zeroinitializer, <8 x float> %848
  %851 = getelementptr inbounds float, float* %0, i64 %847
  %852 = bitcast float* %851 to <8 x float>*
  store <8 x float> %850, <8 x float>* %852, align 4
  %853 = getelementptr inbounds float, float* %525, i64 24
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = getelementptr inbounds float, float* %525, i64 56
  %857 = bitcast float* %856 to <8 x float>*
  %858 = load <8 x float>, <8 x float>* %857, align 4
  %859 = getelementptr inbounds float, float* %525, i64 88
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = getelementptr inbounds float, float* %525, i64 120
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = getelementptr inbounds float, float* %525, i64 152
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = getelementptr inbounds float, float* %525, i64 184
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = fadd <8 x float> %858, %861
  %872 = fsub <8 x float> %858, %861
  %873 = fadd <8 x float> %864, %867
  %874 = fsub <8 x float> %864, %867
  %875 = fadd <8 x float> %855, %871
  %876 = fadd <8 x float> %875, %873
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %874, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %872)
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %873, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %871)
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %874, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %872)
  %880 = fadd <8 x float> %879, %870
  %881 = add i64 %732, 24
  %882 = fadd <8 x float> %876, %730
  %883 = fcmp olt <8 x float> %882, zeroinitializer
  %884 = select <8 x i1> %883, <8 x float> zeroinitializer, <8 x float> %882
  %885 = getelementptr inbounds float, float* %0, i64 %881
  %886 = bitcast float* %885 to <8 x float>*
  store <8 x float> %884, <8 x float>* %886, align 4
  %887 = add i64 %732, 136
  %888 = fadd <8 x float> %877, %730
  %889 = fcmp olt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> zeroinitializer, <8 x float> %888
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
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
  %893 = icmp slt i64 %block46, 64
  br i1 %893, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %894 = mul i64 %block46, 8
  %895 = add i64 %524, %894
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %896 = icmp slt i64 %row50, 6
  br i1 %896, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %897 = mul i64 %row50, 49152
  %898 = add i64 %895, %897
  %899 = add i64 %898, 0
  %900 = getelementptr inbounds float, float* %2, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %898, 8192
  %904 = getelementptr inbounds float, float* %2, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %898, 16384
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = bitcast float* %908 to <8 x float>*
  %910 = load <8 x float>, <8 x float>* %909, align 4
  %911 = add i64 %898, 24576
  %912 = getelementptr inbounds float, float* %2, i64 %911
  %913 = bitcast float* %912 to <8 x float>*
  %914 = load <8 x float>, <8 x float>* %913, align 4
  %915 = add i64 %898, 32768
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = bitcast float* %916 to <8 x float>*
  %918 = load <8 x float>, <8 x float>* %917, align 4
  %919 = add i64 %898, 40960
  %920 = getelementptr inbounds float, float* %2, i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = fadd <8 x float> %906, %910
  %924 = fsub <8 x float> %906, %910
  %925 = fadd <8 x float> %914, %918
  %926 = fsub <8 x float> %914, %918
  %927 = fadd <8 x float> %902, %923
  %928 = fadd <8 x float> %927, %925
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %924)
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %923)
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %924)
  %932 = fadd <8 x float> %931, %922
  %933 = mul i64 %row50, 32
  %934 = add i64 %933, 0
  %935 = getelementptr inbounds float, float* %525, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  store <8 x float> %928, <8 x float>* %936, align 4
  %937 = mul i64 %row50, 32
  %938 = add i64 %937, 8
  %939 = getelementptr inbounds float, float* %525, i64 %938
  %940 = bitcast float* %939 to <8 x float>*
  store <8 x float> %929, <8 x float>* %940, align 4
  %941 = mul i64 %row50, 32
  %942 = add i64 %941, 16
  %943 = getelementptr inbounds float, float* %525, i64 %942
  %944 = bitcast float* %943 to <8 x float>*
  store <8 x float> %930, <8 x float>* %944, align 4
  %945 = mul i64 %row50, 32
  %946 = add i64 %945, 24
  %947 = getelementptr inbounds float, float* %525, i64 %946
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %932, <8 x float>* %948, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !61

row.exit49:                                       ; preds = %row.header47
  %949 = mul i64 %block46, 8
  %950 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %949
  %951 = bitcast float* %950 to <8 x float>*
  %952 = load <8 x float>, <8 x float>* %951, align 4
  %953 = mul i64 %block46, 1568
  %954 = add i64 %522, %953
  %955 = getelementptr inbounds float, float* %525, i64 0
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = getelementptr inbounds float, float* %525, i64 32
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = getelementptr inbounds float, float* %525, i64 64
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = getelementptr inbounds float, float* %525, i64 96
  %965 = bitcast float* %964 to <8 x float>*
  %966 = load <8 x float>, <8 x float>* %965, align 4
  %967 = getelementptr inbounds float, float* %525, i64 128
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = getelementptr inbounds float, float* %525, i64 160
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = fadd <8 x float> %960, %963
  %974 = fsub <8 x float> %960, %963
  %975 = fadd <8 x float> %966, %969
  %976 = fsub <8 x float> %966, %969
  %977 = fadd <8 x float> %957, %973
  %978 = fadd <8 x float> %977, %975
  %979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %974)
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %973)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %974)
  %982 = fadd <8 x float> %981, %972
  %983 = add i64 %954, 0
  %984 = fadd <8 x float> %978, %952
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %983
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %989 = add i64 %954, 112
  %990 = fadd <8 x float> %979, %952
  %991 = fcmp olt <8 x float> %990, zeroinitializer
  %992 = select <8 x i1> %991, <8 x float> zeroinitializer, <8 x float> %990
  %993 = getelementptr inbounds float, float* %0, i64 %989
  %994 = bitcast float* %993 to <8 x float>*
  store <8 x float> %992, <8 x float>* %994, align 4
  %995 = add i64 %954, 224
  %996 = fadd <8 x float> %980, %952
  %997 = fcmp olt <8 x float> %996, zeroinitializer
  %998 = select <8 x i1> %997, <8 x float> zeroinitializer, <8 x float> %996
  %999 = getelementptr inbounds float, float* %0, i64 %995
  %1000 = bitcast float* %999 to <8 x float>*
  store <8 x float> %998, <8 x float>* %1000, align 4
  %1001 = add i64 %954, 336
  %1002 = fadd <8 x float> %982, %952
  %1003 = fcmp olt <8 x float> %1002, zeroinitializer
  %1004 = select <8 x i1> %1003, <8 x float> zeroinitializer, <8 x float> %1002
  %1005 = getelementptr inbounds float, float* %0, i64 %1001
  %1006 = bitcast float* %1005 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1006, align 4
  %1007 = getelementptr inbounds float, float* %525, i64 8
  %1008 = bitcast float* %1007 to <8 x float>*
  %1009 = load <8 x float>, <8 x float>* %1008, align 4
  %1010 = getelementptr inbounds float, float* %525, i64 40
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = getelementptr inbounds float, float* %525, i64 72
  %1014 = bitcast float* %1013 to <8 x float>*
  %1015 = load <8 x float>, <8 x float>* %1014, align 4
  %1016 = getelementptr inbounds float, float* %525, i64 104
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = getelementptr inbounds float, float* %525, i64 136
  %1020 = bitcast float* %1019 to <8 x float>*
  %1021 = load <8 x float>, <8 x float>* %1020, align 4
  %1022 = getelementptr inbounds float, float* %525, i64 168
  %1023 = bitcast float* %1022 to <8 x float>*
  %1024 = load <8 x float>, <8 x float>* %1023, align 4
  %1025 = fadd <8 x float> %1012, %1015
  %1026 = fsub <8 x float> %1012, %1015
  %1027 = fadd <8 x float> %1018, %1021
  %1028 = fsub <8 x float> %1018, %1021
  %1029 = fadd <8 x float> %1009, %1025
  %1030 = fadd <8 x float> %1029, %1027
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1028, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1026)
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1025)
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1028, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1026)
  %1034 = fadd <8 x float> %1033, %1024
  %1035 = add i64 %954, 8
  %1036 = fadd <8 x float> %1030, %952
  %1037 = fcmp olt <8 x float> %1036, zeroinitializer
  %1038 = select <8 x i1> %1037, <8 x float> zeroinitializer, <8 x float> %1036
  %1039 = getelementptr inbounds float, float* %0, i64 %1035
  %1040 = bitcast float* %1039 to <8 x float>*
  store <8 x float> %1038, <8 x float>* %1040, align 4
  %1041 = add i64 %954, 120
  %1042 = fadd <8 x float> %1031, %952
  %1043 = fcmp olt <8 x float> %1042, zeroinitializer
  %1044 = select <8 x i1> %1043, <8 x float> zeroinitializer, <8 x float> %1042
  %1045 = getelementptr inbounds float, float* %0, i64 %1041
  %1046 = bitcast float* %1045 to <8 x float>*
  store <8 x float> %1044, <8 x float>* %1046, align 4
  %1047 = add i64 %954, 232
  %1048 = fadd <8 x float> %1032, %952
  %1049 = fcmp olt <8 x float> %1048, zeroinitializer
  %1050 = select <8 x i1> %1049, <8 x float> zeroinitializer, <8 x float> %1048
  %1051 = getelementptr inbounds float, float* %0, i64 %1047
  %1052 = bitcast float* %1051 to <8 x float>*
  store <8 x float> %1050, <8 x float>* %1052, align 4
  %1053 = add i64 %954, 344
  %1054 = fadd <8 x float> %1034, %952
  %1055 = fcmp olt <8 x float> %1054, zeroinitializer
  %1056 = select <8 x i1> %1055, <8 x float> zeroinitializer, <8 x float> %1054
  %1057 = getelementptr inbounds float, float* %0, i64 %1053
  %1058 = bitcast float* %1057 to <8 x float>*
  store <8 x float> %1056, <8 x float>* %1058, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !62

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1059 = icmp slt i64 %block56, 64
  br i1 %1059, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1060 = mul i64 %block56, 8
  %1061 = add i64 %524, %1060
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1062 = icmp slt i64 %row60, 6
  br i1 %1062, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1063 = mul i64 %row60, 49152
  %1064 = add i64 %1061, %1063
  %1065 = add i64 %1064, 0
  %1066 = getelementptr inbounds float, float* %2, i64 %1065
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = add i64 %1064, 8192
  %1070 = getelementptr inbounds float, float* %2, i64 %1069
  %1071 = bitcast float* %1070 to <8 x float>*
  %1072 = load <8 x float>, <8 x float>* %1071, align 4
  %1073 = add i64 %1064, 16384
  %1074 = getelementptr inbounds float, float* %2, i64 %1073
  %1075 = bitcast float* %1074 to <8 x float>*
  %1076 = load <8 x float>, <8 x float>* %1075, align 4
  %1077 = add i64 %1064, 24576
  %1078 = getelementptr inbounds float, float* %2, i64 %1077
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = add i64 %1064, 32768
  %1082 = getelementptr inbounds float, float* %2, i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %1064, 40960
  %1086 = getelementptr inbounds float, float* %2, i64 %1085
  %1087 = bitcast float* %1086 to <8 x float>*
  %1088 = load <8 x float>, <8 x float>* %1087, align 4
  %1089 = fadd <8 x float> %1072, %1076
  %1090 = fsub <8 x float> %1072, %1076
  %1091 = fadd <8 x float> %1080, %1084
  %1092 = fsub <8 x float> %1080, %1084
  %1093 = fadd <8 x float> %1068, %1089
  %1094 = fadd <8 x float> %1093, %1091
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1090)
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1091, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1089)
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1090)
  %1098 = fadd <8 x float> %1097, %1088
  %1099 = mul i64 %row60, 32
  %1100 = add i64 %1099, 0
  %1101 = getelementptr inbounds float, float* %525, i64 %1100
  %1102 = bitcast float* %1101 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1102, align 4
  %1103 = mul i64 %row60, 32
  %1104 = add i64 %1103, 8
  %1105 = getelementptr inbounds float, float* %525, i64 %1104
  %1106 = bitcast float* %1105 to <8 x float>*
  store <8 x float> %1095, <8 x float>* %1106, align 4
  %1107 = mul i64 %row60, 32
  %1108 = add i64 %1107, 16
  %1109 = getelementptr inbounds float, float* %525, i64 %1108
  %1110 = bitcast float* %1109 to <8 x float>*
  store <8 x float> %1096, <8 x float>* %1110, align 4
  %1111 = mul i64 %row60, 32
  %1112 = add i64 %1111, 24
  %1113 = getelementptr inbounds float, float* %525, i64 %1112
  %1114 = bitcast float* %1113 to <8 x float>*
  store <8 x float> %1098, <8 x float>* %1114, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !63

row.exit59:                                       ; preds = %row.header57
  %1115 = mul i64 %block56, 8
  %1116 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_7.bias to float*), i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = mul i64 %block56, 1568
  %1120 = add i64 %522, %1119
  %1121 = getelementptr inbounds float, float* %525, i64 0
  %1122 = bitcast float* %1121 to <8 x float>*
  %1123 = load <8 x float>, <8 x float>* %1122, align 4
  %1124 = getelementptr inbounds float, float* %525, i64 32
  %1125 = bitcast float* %1124 to <8 x float>*
  %1126 = load <8 x float>, <8 x float>* %1125, align 4
  %1127 = getelementptr inbounds float, float* %525, i64 64
  %1128 = bitcast float* %1127 to <8 x float>*
  %1129 = load <8 x float>, <8 x float>* %1128, align 4
  %1130 = getelementptr inbounds float, float* %525, i64 96
  %1131 = bitcast float* %1130 to <8 x float>*
  %1132 = load <8 x float>, <8 x float>* %1131, align 4
  %1133 = getelementptr inbounds float, float* %525, i64 128
  %1134 = bitcast float* %1133 to <8 x float>*
  %1135 = load <8 x float>, <8 x float>* %1134, align 4
  %1136 = getelementptr inbounds float, float* %525, i64 160
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = fadd <8 x float> %1126, %1129
  %1140 = fsub <8 x float> %1126, %1129
  %1141 = fadd <8 x float> %1132, %1135
  %1142 = fsub <8 x float> %1132, %1135
  %1143 = fadd <8 x float> %1123, %1139
  %1144 = fadd <8 x float> %1143, %1141
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1142, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1140)
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1139)
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1142, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1140)
  %1148 = fadd <8 x float> %1147, %1138
  %1149 = add i64 %1120, 0
  %1150 = fadd <8 x float> %1144, %1118
  %1151 = fcmp olt <8 x float> %1150, zeroinitializer
  %1152 = select <8 x i1> %1151, <8 x float> zeroinitializer, <8 x float> %1150
  %1153 = getelementptr inbounds float, float* %0, i64 %1149
  %1154 = bitcast float* %1153 to <8 x float>*
  store <8 x float> %1152, <8 x float>* %1154, align 4
  %1155 = add i64 %1120, 112
  %1156 = fadd <8 x float> %1145, %1118
  %1157 = fcmp olt <8 x float> %1156, zeroinitializer
  %1158 = select <8 x i1> %1157, <8 x float> zeroinitializer, <8 x float> %1156
  %1159 = getelementptr inbounds float, float* %0, i64 %1155
  %1160 = bitcast float* %1159 to <8 x float>*
  store <8 x float> %1158, <8 x float>* %1160, align 4
  %1161 = add i64 %1120, 224
  %1162 = fadd <8 x float> %1146, %1118
  %1163 = fcmp olt <8 x float> %1162, zeroinitializer
  %1164 = select <8 x i1> %1163, <8 x float> zeroinitializer, <8 x float> %1162
  %1165 = getelementptr inbounds float, float* %0, i64 %1161
  %1166 = bitcast float* %1165 to <8 x float>*
  store <8 x float> %1164, <8 x float>* %1166, align 4
  %1167 = add i64 %1120, 336
  %1168 = fadd <8 x float> %1148, %1118
  %1169 = fcmp olt <8 x float> %1168, zeroinitializer
  %1170 = select <8 x i1> %1169, <8 x float> zeroinitializer, <8 x float> %1168
  %1171 = getelementptr inbounds float, float* %0, i64 %1167
  %1172 = bitcast float* %1171 to <8 x float>*
  store <8 x float> %1170, <8 x float>* %1172, align 4
  %1173 = getelementptr inbounds float, float* %525, i64 8
  %1174 = bitcast float* %1173 to <8 x float>*
  %1175 = load <8 x float>, <8 x float>* %1174, align 4
  %1176 = getelementptr inbounds float, float* %525, i64 40
  %1177 = bitcast float* %1176 to <8 x float>*
  %1178 = load <8 x float>, <8 x float>* %1177, align 4
  %1179 = getelementptr inbounds float, float* %525, i64 72
  %1180 = bitcast float* %1179 to <8 x float>*
  %1181 = load <8 x float>, <8 x float>* %1180, align 4
  %1182 = getelementptr inbounds float, float* %525, i64 104
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  %1185 = getelementptr inbounds float, float* %525, i64 136
  %1186 = bitcast float* %1185 to <8 x float>*
  %1187 = load <8 x float>, <8 x float>* %1186, align 4
  %1188 = getelementptr inbounds float, float* %525, i64 168
  %1189 = bitcast float* %1188 to <8 x float>*
  %1190 = load <8 x float>, <8 x float>* %1189, align 4
  %1191 = fadd <8 x float> %1178, %1181
  %1192 = fsub <8 x float> %1178, %1181
  %1193 = fadd <8 x float> %1184, %1187
  %1194 = fsub <8 x float> %1184, %1187
  %1195 = fadd <8 x float> %1175, %1191
  %1196 = fadd <8 x float> %1195, %1193
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1194, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1192)
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1191)
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1194, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1192)
  %1200 = fadd <8 x float> %1199, %1190
  %1201 = add i64 %1120, 8
  %1202 = fadd <8 x float> %1196, %1118
  %1203 = fcmp olt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> zeroinitializer, <8 x float> %1202
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %1207 = add i64 %1120, 120
  %1208 = fadd <8 x float> %1197, %1118
  %1209 = fcmp olt <8 x float> %1208, zeroinitializer
  %1210 = select <8 x i1> %1209, <8 x float> zeroinitializer, <8 x float> %1208
  %1211 = getelementptr inbounds float, float* %0, i64 %1207
  %1212 = bitcast float* %1211 to <8 x float>*
  store <8 x float> %1210, <8 x float>* %1212, align 4
  %1213 = add i64 %1120, 232
  %1214 = fadd <8 x float> %1198, %1118
  %1215 = fcmp olt <8 x float> %1214, zeroinitializer
  %1216 = select <8 x i1> %1215, <8 x float> zeroinitializer, <8 x float> %1214
  %1217 = getelementptr inbounds float, float* %0, i64 %1213
  %1218 = bitcast float* %1217 to <8 x float>*
  store <8 x float> %1216, <8 x float>* %1218, align 4
  %1219 = add i64 %1120, 344
  %1220 = fadd <8 x float> %1200, %1118
  %1221 = fcmp olt <8 x float> %1220, zeroinitializer
  %1222 = select <8 x i1> %1221, <8 x float> zeroinitializer, <8 x float> %1220
  %1223 = getelementptr inbounds float, float* %0, i64 %1219
  %1224 = bitcast float* %1223 to <8 x float>*
  store <8 x float> %1222, <8 x float>* %1224, align 4
  %1225 = getelementptr inbounds float, float* %525, i64 16
  %1226 = bitcast float* %1225 to <8 x float>*
  %1227 = load <8 x float>, <8 x float>* %1226, align 4
  %1228 = getelementptr inbounds float, float* %525, i64 48
  %1229 = bitcast float* %1228 to <8 x float>*
  %1230 = load <8 x float>, <8 x float>* %1229, align 4
  %1231 = getelementptr inbounds float, float* %525, i64 80
  %1232 = bitcast float* %1231 to <8 x float>*
  %1233 = load <8 x float>, <8 x float>* %1232, align 4
  %1234 = getelementptr inbounds float, float* %525, i64 112
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = getelementptr inbounds float, float* %525, i64 144
  %1238 = bitcast float* %1237 to <8 x float>*
  %1239 = load <8 x float>, <8 x float>* %1238, align 4
  %1240 = getelementptr inbounds float, float* %525, i64 176
  %1241 = bitcast float* %1240 to <8 x float>*
  %1242 = load <8 x float>, <8 x float>* %1241, align 4
  %1243 = fadd <8 x float> %1230, %1233
  %1244 = fsub <8 x float> %1230, %1233
  %1245 = fadd <8 x float> %1236, %1239
  %1246 = fsub <8 x float> %1236, %1239
  %1247 = fadd <8 x float> %1227, %1243
  %1248 = fadd <8 x float> %1247, %1245
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1244)
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1245, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1243)
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1244)
  %1252 = fadd <8 x float> %1251, %1242
  %1253 = add i64 %1120, 16
  %1254 = fadd <8 x float> %1248, %1118
  %1255 = fcmp olt <8 x float> %1254, zeroinitializer
  %1256 = select <8 x i1> %1255, <8 x float> zeroinitializer, <8 x float> %1254
  %1257 = getelementptr inbounds float, float* %0, i64 %1253
  %1258 = bitcast float* %1257 to <8 x float>*
  store <8 x float> %1256, <8 x float>* %1258, align 4
  %1259 = add i64 %1120, 128
  %1260 = fadd <8 x float> %1249, %1118
  %1261 = fcmp olt <8 x float> %1260, zeroinitializer
  %1262 = select <8 x i1> %1261, <8 x float> zeroinitializer, <8 x float> %1260
  %1263 = getelementptr inbounds float, float* %0, i64 %1259
  %1264 = bitcast float* %1263 to <8 x float>*
  store <8 x float> %1262, <8 x float>* %1264, align 4
  %1265 = add i64 %1120, 240
  %1266 = fadd <8 x float> %1250, %1118
  %1267 = fcmp olt <8 x float> %1266, zeroinitializer
  %1268 = select <8 x i1> %1267, <8 x float> zeroinitializer, <8 x float> %1266
  %1269 = getelementptr inbounds float, float* %0, i64 %1265
  %1270 = bitcast float* %1269 to <8 x float>*
  store <8 x float> %1268, <8 x float>* %1270, align 4
  %1271 = add i64 %1120, 352
  %1272 = fadd <8 x float> %1252, %1118
  %1273 = fcmp olt <8 x float> %1272, zeroinitializer
  %1274 = select <8 x i1> %1273, <8 x float> zeroinitializer, <8 x float> %1272
  %1275 = getelementptr inbounds float, float* %0, i64 %1271
  %1276 = bitcast float* %1275 to <8 x float>*
  store <8 x float> %1274, <8 x float>* %1276, align 4
  %1277 = getelementptr inbounds float, float* %525, i64 24
  %1278 = bitcast float* %1277 to <8 x float>*
  %1279 = load <8 x float>, <8 x float>* %1278, align 4
  %1280 = getelementptr inbounds float, float* %525, i64 56
  %1281 = bitcast float* %1280 to <8 x float>*
  %1282 = load <8 x float>, <8 x float>* %1281, align 4
  %1283 = getelementptr inbounds float, float* %525, i64 88
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = getelementptr inbounds float, float* %525, i64 120
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = getelementptr inbounds float, float* %525, i64 152
  %1290 = bitcast float* %1289 to <8 x float>*
  %1291 = load <8 x float>, <8 x float>* %1290, align 4
  %1292 = getelementptr inbounds float, float* %525, i64 184
  %1293 = bitcast float* %1292 to <8 x float>*
  %1294 = load <8 x float>, <8 x float>* %1293, align 4
  %1295 = fadd <8 x float> %1282, %1285
  %1296 = fsub <8 x float> %1282, %1285
  %1297 = fadd <8 x float> %1288, %1291
  %1298 = fsub <8 x float> %1288, %1291
  %1299 = fadd <8 x float> %1279, %1295
  %1300 = fadd <8 x float> %1299, %1297
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1298, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1296)
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1297, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1295)
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1298, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1296)
  %1304 = fadd <8 x float> %1303, %1294
  %1305 = add i64 %1120, 24
  %1306 = fadd <8 x float> %1300, %1118
  %1307 = fcmp olt <8 x float> %1306, zeroinitializer
  %1308 = select <8 x i1> %1307, <8 x float> zeroinitializer, <8 x float> %1306
  %1309 = getelementptr inbounds float, float* %0, i64 %1305
  %1310 = bitcast float* %1309 to <8 x float>*
  store <8 x float> %1308, <8 x float>* %1310, align 4
  %1311 = add i64 %1120, 136
  %1312 = fadd <8 x float> %1301, %1118
  %1313 = fcmp olt <8 x float> %1312, zeroinitializer
  %1314 = select <8 x i1> %1313, <8 x float> zeroinitializer, <8 x float> %1312
  %1315 = getelementptr inbounds float, float* %0, i64 %1311
  %1316 = bitcast float* %1315 to <8 x float>*
  store <8 x float> %1314, <8 x float>* %1316, align 4
  %1317 = add i64 %1120, 248
  %1318 = fadd <8 x float> %1302, %1118
  %1319 = fcmp olt <8 x float> %1318, zeroinitializer
  %1320 = select <8 x i1> %1319, <8 x float> zeroinitializer, <8 x float> %1318
  %1321 = getelementptr inbounds float, float* %0, i64 %1317
  %1322 = bitcast float* %1321 to <8 x float>*
  store <8 x float> %1320, <8 x float>* %1322, align 4
  %1323 = add i64 %1120, 360
  %1324 = fadd <8 x float> %1304, %1118
  %1325 = fcmp olt <8 x float> %1324, zeroinitializer
  %1326 = select <8 x i1> %1325, <8 x float> zeroinitializer, <8 x float> %1324
  %1327 = getelementptr inbounds float, float* %0, i64 %1323
  %1328 = bitcast float* %1327 to <8 x float>*
  store <8 x float> %1326, <8 x float>* %1328, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !64
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
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !65

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %70 = icmp slt i64 %column, 6
  br i1 %70, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %71 = mul i64 %column, 8
  %72 = add i64 %69, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 144
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %72, 288
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %72, 432
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to <8 x float>*
  %88 = load <8 x float>, <8 x float>* %87, align 4
  %89 = add i64 %72, 576
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %92 = load <8 x float>, <8 x float>* %91, align 4
  %93 = add i64 %72, 720
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = fmul <8 x float> %84, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %98 = fmul <8 x float> %80, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %99 = fsub <8 x float> %92, %97
  %100 = fsub <8 x float> %88, %98
  %101 = fsub <8 x float> %92, %84
  %102 = fsub <8 x float> %88, %80
  %103 = fmul <8 x float> %102, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %104 = call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %92)
  %105 = fmul <8 x float> %84, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %106 = fadd <8 x float> %104, %105
  %107 = fadd <8 x float> %99, %100
  %108 = fsub <8 x float> %99, %100
  %109 = fadd <8 x float> %101, %103
  %110 = fsub <8 x float> %101, %103
  %111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %96)
  %112 = fmul <8 x float> %88, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %113 = fadd <8 x float> %111, %112
  %114 = mul i64 %column, 8
  %115 = add i64 %114, 0
  %116 = getelementptr inbounds float, float* %57, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %106, <8 x float>* %117, align 4
  %118 = mul i64 %column, 8
  %119 = add i64 %118, 48
  %120 = getelementptr inbounds float, float* %57, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %107, <8 x float>* %121, align 4
  %122 = mul i64 %column, 8
  %123 = add i64 %122, 96
  %124 = getelementptr inbounds float, float* %57, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %108, <8 x float>* %125, align 4
  %126 = mul i64 %column, 8
  %127 = add i64 %126, 144
  %128 = getelementptr inbounds float, float* %57, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  store <8 x float> %109, <8 x float>* %129, align 4
  %130 = mul i64 %column, 8
  %131 = add i64 %130, 192
  %132 = getelementptr inbounds float, float* %57, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %110, <8 x float>* %133, align 4
  %134 = mul i64 %column, 8
  %135 = add i64 %134, 240
  %136 = getelementptr inbounds float, float* %57, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %113, <8 x float>* %137, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !66

column.exit:                                      ; preds = %column.header
  %138 = mul i64 %unit, 8
  %139 = add i64 %56, %138
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %140 = icmp slt i64 %row, 6
  br i1 %140, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %141 = mul i64 %row, 48
  %142 = add i64 %141, 0
  %143 = getelementptr inbounds float, float* %57, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %141, 8
  %147 = getelementptr inbounds float, float* %57, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %141, 16
  %151 = getelementptr inbounds float, float* %57, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %141, 24
  %155 = getelementptr inbounds float, float* %57, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %141, 32
  %159 = getelementptr inbounds float, float* %57, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %141, 40
  %163 = getelementptr inbounds float, float* %57, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  %165 = load <8 x float>, <8 x float>* %164, align 4
  %166 = fmul <8 x float> %153, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %167 = fmul <8 x float> %149, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %168 = fsub <8 x float> %161, %166
  %169 = fsub <8 x float> %157, %167
  %170 = fsub <8 x float> %161, %153
  %171 = fsub <8 x float> %157, %149
  %172 = fmul <8 x float> %171, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %161)
  %174 = fmul <8 x float> %153, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %175 = fadd <8 x float> %173, %174
  %176 = fadd <8 x float> %168, %169
  %177 = fsub <8 x float> %168, %169
  %178 = fadd <8 x float> %170, %172
  %179 = fsub <8 x float> %170, %172
  %180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %149, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %165)
  %181 = fmul <8 x float> %157, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %182 = fadd <8 x float> %180, %181
  %183 = mul i64 %row, 49152
  %184 = add i64 %139, %183
  %185 = add i64 %184, 0
  %186 = getelementptr inbounds float, float* %2, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %175, <8 x float>* %187, align 4
  %188 = add i64 %184, 8192
  %189 = getelementptr inbounds float, float* %2, i64 %188
  %190 = bitcast float* %189 to <8 x float>*
  store <8 x float> %176, <8 x float>* %190, align 4
  %191 = add i64 %184, 16384
  %192 = getelementptr inbounds float, float* %2, i64 %191
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %177, <8 x float>* %193, align 4
  %194 = add i64 %184, 24576
  %195 = getelementptr inbounds float, float* %2, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  store <8 x float> %178, <8 x float>* %196, align 4
  %197 = add i64 %184, 32768
  %198 = getelementptr inbounds float, float* %2, i64 %197
  %199 = bitcast float* %198 to <8 x float>*
  store <8 x float> %179, <8 x float>* %199, align 4
  %200 = add i64 %184, 40960
  %201 = getelementptr inbounds float, float* %2, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %182, <8 x float>* %202, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !67

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !68

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %203 = icmp slt i64 %task, %66
  br i1 %203, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %204 = sdiv i64 %task, 96
  %205 = mul i64 %204, 8192
  %206 = add i64 165888, %205
  %207 = getelementptr inbounds float, float* %2, i64 %206
  %208 = mul i64 %204, 262144
  %209 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_8.winograd to float*), i64 %208
  %210 = mul i64 %204, 8192
  %211 = add i64 460800, %210
  %212 = srem i64 %task, 96
  %213 = srem i64 %212, 3
  %214 = sdiv i64 %212, 3
  %215 = mul i64 %213, 6
  %216 = mul i64 %214, 16
  %217 = mul i64 %214, 8192
  %218 = icmp eq i64 %213, 2
  br i1 %218, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %219 = sub i64 %5, 1
  %220 = add i64 %32, %219
  %221 = sdiv i64 %220, %5
  %222 = mul i64 %4, %221
  %223 = icmp slt i64 %222, %32
  %224 = select i1 %223, i64 %222, i64 %32
  %225 = add i64 %224, %221
  %226 = icmp slt i64 %225, %32
  %227 = select i1 %226, i64 %225, i64 %32
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
  %228 = icmp slt i64 %k, 512
  br i1 %228, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %229 = mul i64 %k, 16
  %230 = add i64 %217, %229
  %231 = add i64 %230, 0
  %232 = getelementptr inbounds float, float* %209, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  %234 = load <8 x float>, <8 x float>* %233, align 4
  %235 = add i64 %230, 8
  %236 = getelementptr inbounds float, float* %209, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  %238 = load <8 x float>, <8 x float>* %237, align 4
  %239 = add i64 %215, 0
  %240 = mul i64 %239, 512
  %241 = add i64 %240, %k
  %242 = getelementptr inbounds float, float* %207, i64 %241
  %243 = load float, float* %242, align 4
  %244 = insertelement <8 x float> undef, float %243, i32 0
  %splat = shufflevector <8 x float> %244, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %234, <8 x float> %245)
  store <8 x float> %246, <8 x float>* %26, align 32
  %247 = load <8 x float>, <8 x float>* %22, align 32
  %248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %238, <8 x float> %247)
  store <8 x float> %248, <8 x float>* %22, align 32
  %249 = add i64 %215, 1
  %250 = mul i64 %249, 512
  %251 = add i64 %250, %k
  %252 = getelementptr inbounds float, float* %207, i64 %251
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i32 0
  %splat1 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %255 = load <8 x float>, <8 x float>* %25, align 32
  %256 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %234, <8 x float> %255)
  store <8 x float> %256, <8 x float>* %25, align 32
  %257 = load <8 x float>, <8 x float>* %21, align 32
  %258 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %238, <8 x float> %257)
  store <8 x float> %258, <8 x float>* %21, align 32
  %259 = add i64 %215, 2
  %260 = mul i64 %259, 512
  %261 = add i64 %260, %k
  %262 = getelementptr inbounds float, float* %207, i64 %261
  %263 = load float, float* %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %splat2 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, <8 x float>* %24, align 32
  %266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %234, <8 x float> %265)
  store <8 x float> %266, <8 x float>* %24, align 32
  %267 = load <8 x float>, <8 x float>* %20, align 32
  %268 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %238, <8 x float> %267)
  store <8 x float> %268, <8 x float>* %20, align 32
  %269 = add i64 %215, 3
  %270 = mul i64 %269, 512
  %271 = add i64 %270, %k
  %272 = getelementptr inbounds float, float* %207, i64 %271
  %273 = load float, float* %272, align 4
  %274 = insertelement <8 x float> undef, float %273, i32 0
  %splat3 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %275 = load <8 x float>, <8 x float>* %23, align 32
  %276 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %234, <8 x float> %275)
  store <8 x float> %276, <8 x float>* %23, align 32
  %277 = load <8 x float>, <8 x float>* %19, align 32
  %278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %238, <8 x float> %277)
  store <8 x float> %278, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %279 = add i64 %215, 0
  %280 = add i64 %216, 0
  %281 = load <8 x float>, <8 x float>* %26, align 32
  %282 = mul i64 %279, 512
  %283 = add i64 %282, %280
  %284 = add i64 %211, %283
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %281, <8 x float>* %286, align 4
  %287 = add i64 %215, 1
  %288 = add i64 %216, 0
  %289 = load <8 x float>, <8 x float>* %25, align 32
  %290 = mul i64 %287, 512
  %291 = add i64 %290, %288
  %292 = add i64 %211, %291
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  store <8 x float> %289, <8 x float>* %294, align 4
  %295 = add i64 %215, 2
  %296 = add i64 %216, 0
  %297 = load <8 x float>, <8 x float>* %24, align 32
  %298 = mul i64 %295, 512
  %299 = add i64 %298, %296
  %300 = add i64 %211, %299
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  store <8 x float> %297, <8 x float>* %302, align 4
  %303 = add i64 %215, 3
  %304 = add i64 %216, 0
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = mul i64 %303, 512
  %307 = add i64 %306, %304
  %308 = add i64 %211, %307
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %305, <8 x float>* %310, align 4
  %311 = add i64 %215, 0
  %312 = add i64 %216, 8
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = mul i64 %311, 512
  %315 = add i64 %314, %312
  %316 = add i64 %211, %315
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  store <8 x float> %313, <8 x float>* %318, align 4
  %319 = add i64 %215, 1
  %320 = add i64 %216, 8
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = mul i64 %319, 512
  %323 = add i64 %322, %320
  %324 = add i64 %211, %323
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  store <8 x float> %321, <8 x float>* %326, align 4
  %327 = add i64 %215, 2
  %328 = add i64 %216, 8
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = mul i64 %327, 512
  %331 = add i64 %330, %328
  %332 = add i64 %211, %331
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  store <8 x float> %329, <8 x float>* %334, align 4
  %335 = add i64 %215, 3
  %336 = add i64 %216, 8
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = mul i64 %335, 512
  %339 = add i64 %338, %336
  %340 = add i64 %211, %339
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %337, <8 x float>* %342, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %343 = icmp slt i64 %k7, 512
  br i1 %343, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %344 = mul i64 %k7, 16
  %345 = add i64 %217, %344
  %346 = add i64 %345, 0
  %347 = getelementptr inbounds float, float* %209, i64 %346
  %348 = bitcast float* %347 to <8 x float>*
  %349 = load <8 x float>, <8 x float>* %348, align 4
  %350 = add i64 %345, 8
  %351 = getelementptr inbounds float, float* %209, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %215, 0
  %355 = mul i64 %354, 512
  %356 = add i64 %355, %k7
  %357 = getelementptr inbounds float, float* %207, i64 %356
  %358 = load float, float* %357, align 4
  %359 = insertelement <8 x float> undef, float %358, i32 0
  %splat8 = shufflevector <8 x float> %359, <8 x float> undef, <8 x i32> zeroinitializer
  %360 = load <8 x float>, <8 x float>* %18, align 32
  %361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %349, <8 x float> %360)
  store <8 x float> %361, <8 x float>* %18, align 32
  %362 = load <8 x float>, <8 x float>* %12, align 32
  %363 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %353, <8 x float> %362)
  store <8 x float> %363, <8 x float>* %12, align 32
  %364 = add i64 %215, 1
  %365 = mul i64 %364, 512
  %366 = add i64 %365, %k7
  %367 = getelementptr inbounds float, float* %207, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat9 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %17, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %349, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %17, align 32
  %372 = load <8 x float>, <8 x float>* %11, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %353, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %11, align 32
  %374 = add i64 %215, 2
  %375 = mul i64 %374, 512
  %376 = add i64 %375, %k7
  %377 = getelementptr inbounds float, float* %207, i64 %376
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i32 0
  %splat10 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %380 = load <8 x float>, <8 x float>* %16, align 32
  %381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %349, <8 x float> %380)
  store <8 x float> %381, <8 x float>* %16, align 32
  %382 = load <8 x float>, <8 x float>* %10, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %353, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %10, align 32
  %384 = add i64 %215, 3
  %385 = mul i64 %384, 512
  %386 = add i64 %385, %k7
  %387 = getelementptr inbounds float, float* %207, i64 %386
  %388 = load float, float* %387, align 4
  %389 = insertelement <8 x float> undef, float %388, i32 0
  %splat11 = shufflevector <8 x float> %389, <8 x float> undef, <8 x i32> zeroinitializer
  %390 = load <8 x float>, <8 x float>* %15, align 32
  %391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %349, <8 x float> %390)
  store <8 x float> %391, <8 x float>* %15, align 32
  %392 = load <8 x float>, <8 x float>* %9, align 32
  %393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %353, <8 x float> %392)
  store <8 x float> %393, <8 x float>* %9, align 32
  %394 = add i64 %215, 4
  %395 = mul i64 %394, 512
  %396 = add i64 %395, %k7
  %397 = getelementptr inbounds float, float* %207, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat12 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %349, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %14, align 32
  %402 = load <8 x float>, <8 x float>* %8, align 32
  %403 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %353, <8 x float> %402)
  store <8 x float> %403, <8 x float>* %8, align 32
  %404 = add i64 %215, 5
  %405 = mul i64 %404, 512
  %406 = add i64 %405, %k7
  %407 = getelementptr inbounds float, float* %207, i64 %406
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i32 0
  %splat13 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %410 = load <8 x float>, <8 x float>* %13, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %349, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %13, align 32
  %412 = load <8 x float>, <8 x float>* %7, align 32
  %413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %353, <8 x float> %412)
  store <8 x float> %413, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %414 = add i64 %215, 0
  %415 = add i64 %216, 0
  %416 = load <8 x float>, <8 x float>* %18, align 32
  %417 = mul i64 %414, 512
  %418 = add i64 %417, %415
  %419 = add i64 %211, %418
  %420 = getelementptr inbounds float, float* %2, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %416, <8 x float>* %421, align 4
  %422 = add i64 %215, 1
  %423 = add i64 %216, 0
  %424 = load <8 x float>, <8 x float>* %17, align 32
  %425 = mul i64 %422, 512
  %426 = add i64 %425, %423
  %427 = add i64 %211, %426
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %424, <8 x float>* %429, align 4
  %430 = add i64 %215, 2
  %431 = add i64 %216, 0
  %432 = load <8 x float>, <8 x float>* %16, align 32
  %433 = mul i64 %430, 512
  %434 = add i64 %433, %431
  %435 = add i64 %211, %434
  %436 = getelementptr inbounds float, float* %2, i64 %435
  %437 = bitcast float* %436 to <8 x float>*
  store <8 x float> %432, <8 x float>* %437, align 4
  %438 = add i64 %215, 3
  %439 = add i64 %216, 0
  %440 = load <8 x float>, <8 x float>* %15, align 32
  %441 = mul i64 %438, 512
  %442 = add i64 %441, %439
  %443 = add i64 %211, %442
  %444 = getelementptr inbounds float, float* %2, i64 %443
  %445 = bitcast float* %444 to <8 x float>*
  store <8 x float> %440, <8 x float>* %445, align 4
  %446 = add i64 %215, 4
  %447 = add i64 %216, 0
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = mul i64 %446, 512
  %450 = add i64 %449, %447
  %451 = add i64 %211, %450
  %452 = getelementptr inbounds float, float* %2, i64 %451
  %453 = bitcast float* %452 to <8 x float>*
  store <8 x float> %448, <8 x float>* %453, align 4
  %454 = add i64 %215, 5
  %455 = add i64 %216, 0
  %456 = load <8 x float>, <8 x float>* %13, align 32
  %457 = mul i64 %454, 512
  %458 = add i64 %457, %455
  %459 = add i64 %211, %458
  %460 = getelementptr inbounds float, float* %2, i64 %459
  %461 = bitcast float* %460 to <8 x float>*
  store <8 x float> %456, <8 x float>* %461, align 4
  %462 = add i64 %215, 0
  %463 = add i64 %216, 8
  %464 = load <8 x float>, <8 x float>* %12, align 32
  %465 = mul i64 %462, 512
  %466 = add i64 %465, %463
  %467 = add i64 %211, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %215, 1
  %471 = add i64 %216, 8
  %472 = load <8 x float>, <8 x float>* %11, align 32
  %473 = mul i64 %470, 512
  %474 = add i64 %473, %471
  %475 = add i64 %211, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %215, 2
  %479 = add i64 %216, 8
  %480 = load <8 x float>, <8 x float>* %10, align 32
  %481 = mul i64 %478, 512
  %482 = add i64 %481, %479
  %483 = add i64 %211, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %215, 3
  %487 = add i64 %216, 8
  %488 = load <8 x float>, <8 x float>* %9, align 32
  %489 = mul i64 %486, 512
  %490 = add i64 %489, %487
  %491 = add i64 %211, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %215, 4
  %495 = add i64 %216, 8
  %496 = load <8 x float>, <8 x float>* %8, align 32
  %497 = mul i64 %494, 512
  %498 = add i64 %497, %495
  %499 = add i64 %211, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %215, 5
  %503 = add i64 %216, 8
  %504 = load <8 x float>, <8 x float>* %7, align 32
  %505 = mul i64 %502, 512
  %506 = add i64 %505, %503
  %507 = add i64 %211, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %224, %task.exit ], [ %tile.next63, %endif21 ]
  %510 = icmp slt i64 %tile18, %227
  br i1 %510, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %511 = add i64 %29, %tile18
  %512 = srem i64 %511, 4
  %513 = sdiv i64 %511, 4
  %514 = srem i64 %513, 4
  %515 = sdiv i64 %511, 16
  %516 = mul i64 %515, 64
  %517 = mul i64 %516, 1568
  %518 = mul i64 %514, 56
  %519 = mul i64 %512, 4
  %520 = add i64 %518, %519
  %521 = mul i64 %520, 8
  %522 = add i64 %517, %521
  %523 = mul i64 %tile18, 512
  %524 = add i64 460800, %523
  %525 = bitcast [192 x float]* %6 to float*
  %526 = icmp eq i64 %514, 3
  br i1 %526, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !70

then19:                                           ; preds = %tile.body16
  %527 = icmp eq i64 %512, 3
  br i1 %527, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %528 = icmp eq i64 %512, 3
  br i1 %528, label %then40, label %else41

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
  %529 = icmp slt i64 %block, 64
  br i1 %529, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %530 = mul i64 %block, 8
  %531 = add i64 %524, %530
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %532 = icmp slt i64 %row28, 6
  br i1 %532, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %533 = mul i64 %row28, 49152
  %534 = add i64 %531, %533
  %535 = add i64 %534, 0
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %534, 8192
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %534, 16384
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %534, 24576
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %534, 32768
  %552 = getelementptr inbounds float, float* %2, i64 %551
  %553 = bitcast float* %552 to <8 x float>*
  %554 = load <8 x float>, <8 x float>* %553, align 4
  %555 = add i64 %534, 40960
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
  %569 = mul i64 %row28, 32
  %570 = add i64 %569, 0
  %571 = getelementptr inbounds float, float* %525, i64 %570
  %572 = bitcast float* %571 to <8 x float>*
  store <8 x float> %564, <8 x float>* %572, align 4
  %573 = mul i64 %row28, 32
  %574 = add i64 %573, 8
  %575 = getelementptr inbounds float, float* %525, i64 %574
  %576 = bitcast float* %575 to <8 x float>*
  store <8 x float> %565, <8 x float>* %576, align 4
  %577 = mul i64 %row28, 32
  %578 = add i64 %577, 16
  %579 = getelementptr inbounds float, float* %525, i64 %578
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %566, <8 x float>* %580, align 4
  %581 = mul i64 %row28, 32
  %582 = add i64 %581, 24
  %583 = getelementptr inbounds float, float* %525, i64 %582
  %584 = bitcast float* %583 to <8 x float>*
  store <8 x float> %568, <8 x float>* %584, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !72

row.exit27:                                       ; preds = %row.header25
  %585 = mul i64 %block, 8
  %586 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = mul i64 %block, 1568
  %590 = add i64 %522, %589
  %591 = getelementptr inbounds float, float* %525, i64 0
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %525, i64 32
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %525, i64 64
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %525, i64 96
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %525, i64 128
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = getelementptr inbounds float, float* %525, i64 160
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
  %625 = add i64 %590, 112
  %626 = fadd <8 x float> %615, %588
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %625
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = getelementptr inbounds float, float* %525, i64 8
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = getelementptr inbounds float, float* %525, i64 40
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = getelementptr inbounds float, float* %525, i64 72
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = getelementptr inbounds float, float* %525, i64 104
  %641 = bitcast float* %640 to <8 x float>*
  %642 = load <8 x float>, <8 x float>* %641, align 4
  %643 = getelementptr inbounds float, float* %525, i64 136
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %525, i64 168
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = fadd <8 x float> %636, %639
  %650 = fsub <8 x float> %636, %639
  %651 = fadd <8 x float> %642, %645
  %652 = fsub <8 x float> %642, %645
  %653 = fadd <8 x float> %633, %649
  %654 = fadd <8 x float> %653, %651
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %650)
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %651, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %649)
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %650)
  %658 = fadd <8 x float> %657, %648
  %659 = add i64 %590, 8
  %660 = fadd <8 x float> %654, %588
  %661 = fcmp olt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> zeroinitializer, <8 x float> %660
  %663 = getelementptr inbounds float, float* %0, i64 %659
  %664 = bitcast float* %663 to <8 x float>*
  store <8 x float> %662, <8 x float>* %664, align 4
  %665 = add i64 %590, 120
  %666 = fadd <8 x float> %655, %588
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = getelementptr inbounds float, float* %0, i64 %665
  %670 = bitcast float* %669 to <8 x float>*
  store <8 x float> %668, <8 x float>* %670, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !73

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %671 = icmp slt i64 %block33, 64
  br i1 %671, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %672 = mul i64 %block33, 8
  %673 = add i64 %524, %672
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %674 = icmp slt i64 %row37, 6
  br i1 %674, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %675 = mul i64 %row37, 49152
  %676 = add i64 %673, %675
  %677 = add i64 %676, 0
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %676, 8192
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %676, 16384
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %676, 24576
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %676, 32768
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %676, 40960
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = fadd <8 x float> %684, %688
  %702 = fsub <8 x float> %684, %688
  %703 = fadd <8 x float> %692, %696
  %704 = fsub <8 x float> %692, %696
  %705 = fadd <8 x float> %680, %701
  %706 = fadd <8 x float> %705, %703
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %702)
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %701)
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %702)
  %710 = fadd <8 x float> %709, %700
  %711 = mul i64 %row37, 32
  %712 = add i64 %711, 0
  %713 = getelementptr inbounds float, float* %525, i64 %712
  %714 = bitcast float* %713 to <8 x float>*
  store <8 x float> %706, <8 x float>* %714, align 4
  %715 = mul i64 %row37, 32
  %716 = add i64 %715, 8
  %717 = getelementptr inbounds float, float* %525, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %707, <8 x float>* %718, align 4
  %719 = mul i64 %row37, 32
  %720 = add i64 %719, 16
  %721 = getelementptr inbounds float, float* %525, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  store <8 x float> %708, <8 x float>* %722, align 4
  %723 = mul i64 %row37, 32
  %724 = add i64 %723, 24
  %725 = getelementptr inbounds float, float* %525, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  store <8 x float> %710, <8 x float>* %726, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !74

row.exit36:                                       ; preds = %row.header34
  %727 = mul i64 %block33, 8
  %728 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = mul i64 %block33, 1568
  %732 = add i64 %522, %731
  %733 = getelementptr inbounds float, float* %525, i64 0
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = getelementptr inbounds float, float* %525, i64 32
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = getelementptr inbounds float, float* %525, i64 64
  %740 = bitcast float* %739 to <8 x float>*
  %741 = load <8 x float>, <8 x float>* %740, align 4
  %742 = getelementptr inbounds float, float* %525, i64 96
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = getelementptr inbounds float, float* %525, i64 128
  %746 = bitcast float* %745 to <8 x float>*
  %747 = load <8 x float>, <8 x float>* %746, align 4
  %748 = getelementptr inbounds float, float* %525, i64 160
  %749 = bitcast float* %748 to <8 x float>*
  %750 = load <8 x float>, <8 x float>* %749, align 4
  %751 = fadd <8 x float> %738, %741
  %752 = fsub <8 x float> %738, %741
  %753 = fadd <8 x float> %744, %747
  %754 = fsub <8 x float> %744, %747
  %755 = fadd <8 x float> %735, %751
  %756 = fadd <8 x float> %755, %753
  %757 = call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %752)
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %753, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %751)
  %759 = call <8 x float> @llvm.fma.v8f32(<8 x float> %754, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %752)
  %760 = fadd <8 x float> %759, %750
  %761 = add i64 %732, 0
  %762 = fadd <8 x float> %756, %730
  %763 = fcmp olt <8 x float> %762, zeroinitializer
  %764 = select <8 x i1> %763, <8 x float> zeroinitializer, <8 x float> %762
  %765 = getelementptr inbounds float, float* %0, i64 %761
  %766 = bitcast float* %765 to <8 x float>*
  store <8 x float> %764, <8 x float>* %766, align 4
  %767 = add i64 %732, 112
  %768 = fadd <8 x float> %757, %730
  %769 = fcmp olt <8 x float> %768, zeroinitializer
  %770 = select <8 x i1> %769, <8 x float> zeroinitializer, <8 x float> %768
  %771 = getelementptr inbounds float, float* %0, i64 %767
  %772 = bitcast float* %771 to <8 x float>*
  store <8 x float> %770, <8 x float>* %772, align 4
  %773 = getelementptr inbounds float, float* %525, i64 8
  %774 = bitcast float* %773 to <8 x float>*
  %775 = load <8 x float>, <8 x float>* %774, align 4
  %776 = getelementptr inbounds float, float* %525, i64 40
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = getelementptr inbounds float, float* %525, i64 72
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = getelementptr inbounds float, float* %525, i64 104
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = getelementptr inbounds float, float* %525, i64 136
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = getelementptr inbounds float, float* %525, i64 168
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = fadd <8 x float> %778, %781
  %792 = fsub <8 x float> %778, %781
  %793 = fadd <8 x float> %784, %787
  %794 = fsub <8 x float> %784, %787
  %795 = fadd <8 x float> %775, %791
  %796 = fadd <8 x float> %795, %793
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %792)
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %791)
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %794, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %792)
  %800 = fadd <8 x float> %799, %790
  %801 = add i64 %732, 8
  %802 = fadd <8 x float> %796, %730
  %803 = fcmp olt <8 x float> %802, zeroinitializer
  %804 = select <8 x i1> %803, <8 x float> zeroinitializer, <8 x float> %802
  %805 = getelementptr inbounds float, float* %0, i64 %801
  %806 = bitcast float* %805 to <8 x float>*
  store <8 x float> %804, <8 x float>* %806, align 4
  %807 = add i64 %732, 120
  %808 = fadd <8 x float> %797, %730
  %809 = fcmp olt <8 x float> %808, zeroinitializer
  %810 = select <8 x i1> %809, <8 x float> zeroinitializer, <8 x float> %808
  %811 = getelementptr inbounds float, float* %0, i64 %807
  %812 = bitcast float* %811 to <8 x float>*
  store <8 x float> %810, <8 x float>* %812, align 4
  %813 = getelementptr inbounds float, float* %525, i64 16
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = getelementptr inbounds float, float* %525, i64 48
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = getelementptr inbounds float, float* %525, i64 80
  %820 = bitcast float* %819 to <8 x float>*
  %821 = load <8 x float>, <8 x float>* %820, align 4
  %822 = getelementptr inbounds float, float* %525, i64 112
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = getelementptr inbounds float, float* %525, i64 144
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = getelementptr inbounds float, float* %525, i64 176
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = fadd <8 x float> %818, %821
  %832 = fsub <8 x float> %818, %821
  %833 = fadd <8 x float> %824, %827
  %834 = fsub <8 x float> %824, %827
  %835 = fadd <8 x float> %815, %831
  %836 = fadd <8 x float> %835, %833
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %832)
  %838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %833, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %831)
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %832)
  %840 = fadd <8 x float> %839, %830
  %841 = add i64 %732, 16
  %842 = fadd <8 x float> %836, %730
  %843 = fcmp olt <8 x float> %842, zeroinitializer
  %844 = select <8 x i1> %843, <8 x float> zeroinitializer, <8 x float> %842
  %845 = getelementptr inbounds float, float* %0, i64 %841
  %846 = bitcast float* %845 to <8 x float>*
  store <8 x float> %844, <8 x float>* %846, align 4
  %847 = add i64 %732, 128
  %848 = fadd <8 x float> %837, %730
  %849 = fcmp olt <8 x float> %848, zeroinitializer
  %850 = select <8 x i1> %849, <8 x float> zeroinitializer, <8 x float> %848
  %851 = getelementptr inbounds float, float* %0, i64 %847
  %852 = bitcast float* %851 to <8 x float>*
  store <8 x float> %850, <8 x float>* %852, align 4
  %853 = getelementptr inbounds float, float* %525, i64 24
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = getelementptr inbounds float, float* %525, i64 56
  %857 = bitcast float* %856 to <8 x float>*
  %858 = load <8 x float>, <8 x float>* %857, align 4
  %859 = getelementptr inbounds float, float* %525, i64 88
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = getelementptr inbounds float, float* %525, i64 120
  %863 = bitcast float* %862 to <8 x float>*
  %864 = load <8 x float>, <8 x float>* %863, align 4
  %865 = getelementptr inbounds float, float* %525, i64 152
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = getelementptr inbounds float, float* %525, i64 184
  %869 = bitcast float* %868 to <8 x float>*
  %870 = load <8 x float>, <8 x float>* %869, align 4
  %871 = fadd <8 x float> %858, %861
  %872 = fsub <8 x float> %858, %861
  %873 = fadd <8 x float> %864, %867
  %874 = fsub <8 x float> %864, %867
  %875 = fadd <8 x float> %855, %871
  %876 = fadd <8 x float> %875, %873
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %874, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %872)
  %878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %873, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %871)
  %879 = call <8 x float> @llvm.fma.v8f32(<8 x float> %874, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %872)
  %880 = fadd <8 x float> %879, %870
  %881 = add i64 %732, 24
  %882 = fadd <8 x float> %876, %730
  %883 = fcmp olt <8 x float> %882, zeroinitializer
  %884 = select <8 x i1> %883, <8 x float> zeroinitializer, <8 x float> %882
  %885 = getelementptr inbounds float, float* %0, i64 %881
  %886 = bitcast float* %885 to <8 x float>*
  store <8 x float> %884, <8 x float>* %886, align 4
  %887 = add i64 %732, 136
  %888 = fadd <8 x float> %877, %730
  %889 = fcmp olt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> zeroinitializer, <8 x float> %888
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
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
  %893 = icmp slt i64 %block46, 64
  br i1 %893, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %894 = mul i64 %block46, 8
  %895 = add i64 %524, %894
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %896 = icmp slt i64 %row50, 6
  br i1 %896, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %897 = mul i64 %row50, 49152
  %898 = add i64 %895, %897
  %899 = add i64 %898, 0
  %900 = getelementptr inbounds float, float* %2, i64 %899
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = add i64 %898, 8192
  %904 = getelementptr inbounds float, float* %2, i64 %903
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = add i64 %898, 16384
  %908 = getelementptr inbounds float, float* %2, i64 %907
  %909 = bitcast float* %908 to <8 x float>*
  %910 = load <8 x float>, <8 x float>* %909, align 4
  %911 = add i64 %898, 24576
  %912 = getelementptr inbounds float, float* %2, i64 %911
  %913 = bitcast float* %912 to <8 x float>*
  %914 = load <8 x float>, <8 x float>* %913, align 4
  %915 = add i64 %898, 32768
  %916 = getelementptr inbounds float, float* %2, i64 %915
  %917 = bitcast float* %916 to <8 x float>*
  %918 = load <8 x float>, <8 x float>* %917, align 4
  %919 = add i64 %898, 40960
  %920 = getelementptr inbounds float, float* %2, i64 %919
  %921 = bitcast float* %920 to <8 x float>*
  %922 = load <8 x float>, <8 x float>* %921, align 4
  %923 = fadd <8 x float> %906, %910
  %924 = fsub <8 x float> %906, %910
  %925 = fadd <8 x float> %914, %918
  %926 = fsub <8 x float> %914, %918
  %927 = fadd <8 x float> %902, %923
  %928 = fadd <8 x float> %927, %925
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %924)
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %923)
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %924)
  %932 = fadd <8 x float> %931, %922
  %933 = mul i64 %row50, 32
  %934 = add i64 %933, 0
  %935 = getelementptr inbounds float, float* %525, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  store <8 x float> %928, <8 x float>* %936, align 4
  %937 = mul i64 %row50, 32
  %938 = add i64 %937, 8
  %939 = getelementptr inbounds float, float* %525, i64 %938
  %940 = bitcast float* %939 to <8 x float>*
  store <8 x float> %929, <8 x float>* %940, align 4
  %941 = mul i64 %row50, 32
  %942 = add i64 %941, 16
  %943 = getelementptr inbounds float, float* %525, i64 %942
  %944 = bitcast float* %943 to <8 x float>*
  store <8 x float> %930, <8 x float>* %944, align 4
  %945 = mul i64 %row50, 32
  %946 = add i64 %945, 24
  %947 = getelementptr inbounds float, float* %525, i64 %946
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %932, <8 x float>* %948, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !76

row.exit49:                                       ; preds = %row.header47
  %949 = mul i64 %block46, 8
  %950 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %949
  %951 = bitcast float* %950 to <8 x float>*
  %952 = load <8 x float>, <8 x float>* %951, align 4
  %953 = mul i64 %block46, 1568
  %954 = add i64 %522, %953
  %955 = getelementptr inbounds float, float* %525, i64 0
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = getelementptr inbounds float, float* %525, i64 32
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = getelementptr inbounds float, float* %525, i64 64
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = getelementptr inbounds float, float* %525, i64 96
  %965 = bitcast float* %964 to <8 x float>*
  %966 = load <8 x float>, <8 x float>* %965, align 4
  %967 = getelementptr inbounds float, float* %525, i64 128
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = getelementptr inbounds float, float* %525, i64 160
  %971 = bitcast float* %970 to <8 x float>*
  %972 = load <8 x float>, <8 x float>* %971, align 4
  %973 = fadd <8 x float> %960, %963
  %974 = fsub <8 x float> %960, %963
  %975 = fadd <8 x float> %966, %969
  %976 = fsub <8 x float> %966, %969
  %977 = fadd <8 x float> %957, %973
  %978 = fadd <8 x float> %977, %975
  %979 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %974)
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %975, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %973)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %974)
  %982 = fadd <8 x float> %981, %972
  %983 = add i64 %954, 0
  %984 = fadd <8 x float> %978, %952
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %983
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %989 = add i64 %954, 112
  %990 = fadd <8 x float> %979, %952
  %991 = fcmp olt <8 x float> %990, zeroinitializer
  %992 = select <8 x i1> %991, <8 x float> zeroinitializer, <8 x float> %990
  %993 = getelementptr inbounds float, float* %0, i64 %989
  %994 = bitcast float* %993 to <8 x float>*
  store <8 x float> %992, <8 x float>* %994, align 4
  %995 = add i64 %954, 224
  %996 = fadd <8 x float> %980, %952
  %997 = fcmp olt <8 x float> %996, zeroinitializer
  %998 = select <8 x i1> %997, <8 x float> zeroinitializer, <8 x float> %996
  %999 = getelementptr inbounds float, float* %0, i64 %995
  %1000 = bitcast float* %999 to <8 x float>*
  store <8 x float> %998, <8 x float>* %1000, align 4
  %1001 = add i64 %954, 336
  %1002 = fadd <8 x float> %982, %952
  %1003 = fcmp olt <8 x float> %1002, zeroinitializer
  %1004 = select <8 x i1> %1003, <8 x float> zeroinitializer, <8 x float> %1002
  %1005 = getelementptr inbounds float, float* %0, i64 %1001
  %1006 = bitcast float* %1005 to <8 x float>*
  store <8 x float> %1004, <8 x float>* %1006, align 4
  %1007 = getelementptr inbounds float, float* %525, i64 8
  %1008 = bitcast float* %1007 to <8 x float>*
  %1009 = load <8 x float>, <8 x float>* %1008, align 4
  %1010 = getelementptr inbounds float, float* %525, i64 40
  %1011 = bitcast float* %1010 to <8 x float>*
  %1012 = load <8 x float>, <8 x float>* %1011, align 4
  %1013 = getelementptr inbounds float, float* %525, i64 72
  %1014 = bitcast float* %1013 to <8 x float>*
  %1015 = load <8 x float>, <8 x float>* %1014, align 4
  %1016 = getelementptr inbounds float, float* %525, i64 104
  %1017 = bitcast float* %1016 to <8 x float>*
  %1018 = load <8 x float>, <8 x float>* %1017, align 4
  %1019 = getelementptr inbounds float, float* %525, i64 136
  %1020 = bitcast float* %1019 to <8 x float>*
  %1021 = load <8 x float>, <8 x float>* %1020, align 4
  %1022 = getelementptr inbounds float, float* %525, i64 168
  %1023 = bitcast float* %1022 to <8 x float>*
  %1024 = load <8 x float>, <8 x float>* %1023, align 4
  %1025 = fadd <8 x float> %1012, %1015
  %1026 = fsub <8 x float> %1012, %1015
  %1027 = fadd <8 x float> %1018, %1021
  %1028 = fsub <8 x float> %1018, %1021
  %1029 = fadd <8 x float> %1009, %1025
  %1030 = fadd <8 x float> %1029, %1027
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1028, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1026)
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1025)
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1028, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1026)
  %1034 = fadd <8 x float> %1033, %1024
  %1035 = add i64 %954, 8
  %1036 = fadd <8 x float> %1030, %952
  %1037 = fcmp olt <8 x float> %1036, zeroinitializer
  %1038 = select <8 x i1> %1037, <8 x float> zeroinitializer, <8 x float> %1036
  %1039 = getelementptr inbounds float, float* %0, i64 %1035
  %1040 = bitcast float* %1039 to <8 x float>*
  store <8 x float> %1038, <8 x float>* %1040, align 4
  %1041 = add i64 %954, 120
  %1042 = fadd <8 x float> %1031, %952
  %1043 = fcmp olt <8 x float> %1042, zeroinitializer
  %1044 = select <8 x i1> %1043, <8 x float> zeroinitializer, <8 x float> %1042
  %1045 = getelementptr inbounds float, float* %0, i64 %1041
  %1046 = bitcast float* %1045 to <8 x float>*
  store <8 x float> %1044, <8 x float>* %1046, align 4
  %1047 = add i64 %954, 232
  %1048 = fadd <8 x float> %1032, %952
  %1049 = fcmp olt <8 x float> %1048, zeroinitializer
  %1050 = select <8 x i1> %1049, <8 x float> zeroinitializer, <8 x float> %1048
  %1051 = getelementptr inbounds float, float* %0, i64 %1047
  %1052 = bitcast float* %1051 to <8 x float>*
  store <8 x float> %1050, <8 x float>* %1052, align 4
  %1053 = add i64 %954, 344
  %1054 = fadd <8 x float> %1034, %952
  %1055 = fcmp olt <8 x float> %1054, zeroinitializer
  %1056 = select <8 x i1> %1055, <8 x float> zeroinitializer, <8 x float> %1054
  %1057 = getelementptr inbounds float, float* %0, i64 %1053
  %1058 = bitcast float* %1057 to <8 x float>*
  store <8 x float> %1056, <8 x float>* %1058, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !77

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1059 = icmp slt i64 %block56, 64
  br i1 %1059, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1060 = mul i64 %block56, 8
  %1061 = add i64 %524, %1060
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1062 = icmp slt i64 %row60, 6
  br i1 %1062, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1063 = mul i64 %row60, 49152
  %1064 = add i64 %1061, %1063
  %1065 = add i64 %1064, 0
  %1066 = getelementptr inbounds float, float* %2, i64 %1065
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = add i64 %1064, 8192
  %1070 = getelementptr inbounds float, float* %2, i64 %1069
  %1071 = bitcast float* %1070 to <8 x float>*
  %1072 = load <8 x float>, <8 x float>* %1071, align 4
  %1073 = add i64 %1064, 16384
  %1074 = getelementptr inbounds float, float* %2, i64 %1073
  %1075 = bitcast float* %1074 to <8 x float>*
  %1076 = load <8 x float>, <8 x float>* %1075, align 4
  %1077 = add i64 %1064, 24576
  %1078 = getelementptr inbounds float, float* %2, i64 %1077
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = add i64 %1064, 32768
  %1082 = getelementptr inbounds float, float* %2, i64 %1081
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = add i64 %1064, 40960
  %1086 = getelementptr inbounds float, float* %2, i64 %1085
  %1087 = bitcast float* %1086 to <8 x float>*
  %1088 = load <8 x float>, <8 x float>* %1087, align 4
  %1089 = fadd <8 x float> %1072, %1076
  %1090 = fsub <8 x float> %1072, %1076
  %1091 = fadd <8 x float> %1080, %1084
  %1092 = fsub <8 x float> %1080, %1084
  %1093 = fadd <8 x float> %1068, %1089
  %1094 = fadd <8 x float> %1093, %1091
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1090)
  %1096 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1091, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1089)
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1090)
  %1098 = fadd <8 x float> %1097, %1088
  %1099 = mul i64 %row60, 32
  %1100 = add i64 %1099, 0
  %1101 = getelementptr inbounds float, float* %525, i64 %1100
  %1102 = bitcast float* %1101 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1102, align 4
  %1103 = mul i64 %row60, 32
  %1104 = add i64 %1103, 8
  %1105 = getelementptr inbounds float, float* %525, i64 %1104
  %1106 = bitcast float* %1105 to <8 x float>*
  store <8 x float> %1095, <8 x float>* %1106, align 4
  %1107 = mul i64 %row60, 32
  %1108 = add i64 %1107, 16
  %1109 = getelementptr inbounds float, float* %525, i64 %1108
  %1110 = bitcast float* %1109 to <8 x float>*
  store <8 x float> %1096, <8 x float>* %1110, align 4
  %1111 = mul i64 %row60, 32
  %1112 = add i64 %1111, 24
  %1113 = getelementptr inbounds float, float* %525, i64 %1112
  %1114 = bitcast float* %1113 to <8 x float>*
  store <8 x float> %1098, <8 x float>* %1114, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !78

row.exit59:                                       ; preds = %row.header57
  %1115 = mul i64 %block56, 8
  %1116 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = mul i64 %block56, 1568
  %1120 = add i64 %522, %1119
  %1121 = getelementptr inbounds float, float* %525, i64 0
  %1122 = bitcast float* %1121 to <8 x float>*
  %1123 = load <8 x float>, <8 x float>* %1122, align 4
  %1124 = getelementptr inbounds float, float* %525, i64 32
  %1125 = bitcast float* %1124 to <8 x float>*
  %1126 = load <8 x float>, <8 x float>* %1125, align 4
  %1127 = getelementptr inbounds float, float* %525, i64 64
  %1128 = bitcast float* %1127 to <8 x float>*
  %1129 = load <8 x float>, <8 x float>* %1128, align 4
  %1130 = getelementptr inbounds float, float* %525, i64 96
  %1131 = bitcast float* %1130 to <8 x float>*
  %1132 = load <8 x float>, <8 x float>* %1131, align 4
  %1133 = getelementptr inbounds float, float* %525, i64 128
  %1134 = bitcast float* %1133 to <8 x float>*
  %1135 = load <8 x float>, <8 x float>* %1134, align 4
  %1136 = getelementptr inbounds float, float* %525, i64 160
  %1137 = bitcast float* %1136 to <8 x float>*
  %1138 = load <8 x float>, <8 x float>* %1137, align 4
  %1139 = fadd <8 x float> %1126, %1129
  %1140 = fsub <8 x float> %1126, %1129
  %1141 = fadd <8 x float> %1132, %1135
  %1142 = fsub <8 x float> %1132, %1135
  %1143 = fadd <8 x float> %1123, %1139
  %1144 = fadd <8 x float> %1143, %1141
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1142, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1140)
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1139)
  %1147 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1142, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1140)
  %1148 = fadd <8 x float> %1147, %1138
  %1149 = add i64 %1120, 0
  %1150 = fadd <8 x float> %1144, %1118
  %1151 = fcmp olt <8 x float> %1150, zeroinitializer
  %1152 = select <8 x i1> %1151, <8 x float> zeroinitializer, <8 x float> %1150
  %1153 = getelementptr inbounds float, float* %0, i64 %1149
  %1154 = bitcast float* %1153 to <8 x float>*
  store <8 x float> %1152, <8 x float>* %1154, align 4
  %1155 = add i64 %1120, 112
  %1156 = fadd <8 x float> %1145, %1118
  %1157 = fcmp olt <8 x float> %1156, zeroinitializer
  %1158 = select <8 x i1> %1157, <8 x float> zeroinitializer, <8 x float> %1156
  %1159 = getelementptr inbounds float, float* %0, i64 %1155
  %1160 = bitcast float* %1159 to <8 x float>*
  store <8 x float> %1158, <8 x float>* %1160, align 4
  %1161 = add i64 %1120, 224
  %1162 = fadd <8 x float> %1146, %1118
  %1163 = fcmp olt <8 x float> %1162, zeroinitializer
  %1164 = select <8 x i1> %1163, <8 x float> zeroinitializer, <8 x float> %1162
  %1165 = getelementptr inbounds float, float* %0, i64 %1161
  %1166 = bitcast float* %1165 to <8 x float>*
  store <8 x float> %1164, <8 x float>* %1166, align 4
  %1167 = add i64 %1120, 336
  %1168 = fadd <8 x float> %1148, %1118
  %1169 = fcmp olt <8 x float> %1168, zeroinitializer
  %1170 = select <8 x i1> %1169, <8 x float> zeroinitializer, <8 x float> %1168
  %1171 = getelementptr inbounds float, float* %0, i64 %1167
  %1172 = bitcast float* %1171 to <8 x float>*
  store <8 x float> %1170, <8 x float>* %1172, align 4
  %1173 = getelementptr inbounds float, float* %525, i64 8
  %1174 = bitcast float* %1173 to <8 x float>*
  %1175 = load <8 x float>, <8 x float>* %1174, align 4
  %1176 = getelementptr inbounds float, float* %525, i64 40
  %1177 = bitcast float* %1176 to <8 x float>*
  %1178 = load <8 x float>, <8 x float>* %1177, align 4
  %1179 = getelementptr inbounds float, float* %525, i64 72
  %1180 = bitcast float* %1179 to <8 x float>*
  %1181 = load <8 x float>, <8 x float>* %1180, align 4
  %1182 = getelementptr inbounds float, float* %525, i64 104
  %1183 = bitcast float* %1182 to <8 x float>*
  %1184 = load <8 x float>, <8 x float>* %1183, align 4
  %1185 = getelementptr inbounds float, float* %525, i64 136
  %1186 = bitcast float* %1185 to <8 x float>*
  %1187 = load <8 x float>, <8 x float>* %1186, align 4
  %1188 = getelementptr inbounds float, float* %525, i64 168
  %1189 = bitcast float* %1188 to <8 x float>*
  %1190 = load <8 x float>, <8 x float>* %1189, align 4
  %1191 = fadd <8 x float> %1178, %1181
  %1192 = fsub <8 x float> %1178, %1181
  %1193 = fadd <8 x float> %1184, %1187
  %1194 = fsub <8 x float> %1184, %1187
  %1195 = fadd <8 x float> %1175, %1191
  %1196 = fadd <8 x float> %1195, %1193
  %1197 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1194, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1192)
  %1198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1191)
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1194, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1192)
  %1200 = fadd <8 x float> %1199, %1190
  %1201 = add i64 %1120, 8
  %1202 = fadd <8 x float> %1196, %1118
  %1203 = fcmp olt <8 x float> %1202, zeroinitializer
  %1204 = select <8 x i1> %1203, <8 x float> zeroinitializer, <8 x float> %1202
  %1205 = getelementptr inbounds float, float* %0, i64 %1201
  %1206 = bitcast float* %1205 to <8 x float>*
  store <8 x float> %1204, <8 x float>* %1206, align 4
  %1207 = add i64 %1120, 120
  %1208 = fadd <8 x float> %1197, %1118
  %1209 = fcmp olt <8 x float> %1208, zeroinitializer
  %1210 = select <8 x i1> %1209, <8 x float> zeroinitializer, <8 x float> %1208
  %1211 = getelementptr inbounds float, float* %0, i64 %1207
  %1212 = bitcast float* %1211 to <8 x float>*
  store <8 x float> %1210, <8 x float>* %1212, align 4
  %1213 = add i64 %1120, 232
  %1214 = fadd <8 x float> %1198, %1118
  %1215 = fcmp olt <8 x float> %1214, zeroinitializer
  %1216 = select <8 x i1> %1215, <8 x float> zeroinitializer, <8 x float> %1214
  %1217 = getelementptr inbounds float, float* %0, i64 %1213
  %1218 = bitcast float* %1217 to <8 x float>*
  store <8 x float> %1216, <8 x float>* %1218, align 4
  %1219 = add i64 %1120, 344
  %1220 = fadd <8 x float> %1200, %1118
  %1221 = fcmp olt <8 x float> %1220, zeroinitializer
  %1222 = select <8 x i1> %1221, <8 x float> zeroinitializer, <8 x float> %1220
  %1223 = getelementptr inbounds float, float* %0, i64 %1219
  %1224 = bitcast float* %1223 to <8 x float>*
  store <8 x float> %1222, <8 x float>* %1224, align 4
  %1225 = getelementptr inbounds float, float* %525, i64 16
  %1226 = bitcast float* %1225 to <8 x float>*
  %1227 = load <8 x float>, <8 x float>* %1226, align 4
  %1228 = getelementptr inbounds float, float* %525, i64 48
  %1229 = bitcast float* %1228 to <8 x float>*
  %1230 = load <8 x float>, <8 x float>* %1229, align 4
  %1231 = getelementptr inbounds float, float* %525, i64 80
  %1232 = bitcast float* %1231 to <8 x float>*
  %1233 = load <8 x float>, <8 x float>* %1232, align 4
  %1234 = getelementptr inbounds float, float* %525, i64 112
  %1235 = bitcast float* %1234 to <8 x float>*
  %1236 = load <8 x float>, <8 x float>* %1235, align 4
  %1237 = getelementptr inbounds float, float* %525, i64 144
  %1238 = bitcast float* %1237 to <8 x float>*
  %1239 = load <8 x float>, <8 x float>* %1238, align 4
  %1240 = getelementptr inbounds float, float* %525, i64 176
  %1241 = bitcast float* %1240 to <8 x float>*
  %1242 = load <8 x float>, <8 x float>* %1241, align 4
  %1243 = fadd <8 x float> %1230, %1233
  %1244 = fsub <8 x float> %1230, %1233
  %1245 = fadd <8 x float> %1236, %1239
  %1246 = fsub <8 x float> %1236, %1239
  %1247 = fadd <8 x float> %1227, %1243
  %1248 = fadd <8 x float> %1247, %1245
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1244)
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1245, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1243)
  %1251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1246, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1244)
  %1252 = fadd <8 x float> %1251, %1242
  %1253 = add i64 %1120, 16
  %1254 = fadd <8 x float> %1248, %1118
  %1255 = fcmp olt <8 x float> %1254, zeroinitializer
  %1256 = select <8 x i1> %1255, <8 x float> zeroinitializer, <8 x float> %1254
  %1257 = getelementptr inbounds float, float* %0, i64 %1253
  %1258 = bitcast float* %1257 to <8 x float>*
  store <8 x float> %1256, <8 x float>* %1258, align 4
  %1259 = add i64 %1120, 128
  %1260 = fadd <8 x float> %1249, %1118
  %1261 = fcmp olt <8 x float> %1260, zeroinitializer
  %1262 = select <8 x i1> %1261, <8 x float> zeroinitializer, <8 x float> %1260
  %1263 = getelementptr inbounds float, float* %0, i64 %1259
  %1264 = bitcast float* %1263 to <8 x float>*
  store <8 x float> %1262, <8 x float>* %1264, align 4
  %1265 = add i64 %1120, 240
  %1266 = fadd <8 x float> %1250, %1118
  %1267 = fcmp olt <8 x float> %1266, zeroinitializer
  %1268 = select <8 x i1> %1267, <8 x float> zeroinitializer, <8 x float> %1266
  %1269 = getelementptr inbounds float, float* %0, i64 %1265
  %1270 = bitcast float* %1269 to <8 x float>*
  store <8 x float> %1268, <8 x float>* %1270, align 4
  %1271 = add i64 %1120, 352
  %1272 = fadd <8 x float> %1252, %1118
  %1273 = fcmp olt <8 x float> %1272, zeroinitializer
  %1274 = select <8 x i1> %1273, <8 x float> zeroinitializer, <8 x float> %1272
  %1275 = getelementptr inbounds float, float* %0, i64 %1271
  %1276 = bitcast float* %1275 to <8 x float>*
  store <8 x float> %1274, <8 x float>* %1276, align 4
  %1277 = getelementptr inbounds float, float* %525, i64 24
  %1278 = bitcast float* %1277 to <8 x float>*
  %1279 = load <8 x float>, <8 x float>* %1278, align 4
  %1280 = getelementptr inbounds float, float* %525, i64 56
  %1281 = bitcast float* %1280 to <8 x float>*
  %1282 = load <8 x float>, <8 x float>* %1281, align 4
  %1283 = getelementptr inbounds float, float* %525, i64 88
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = getelementptr inbounds float, float* %525, i64 120
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = getelementptr inbounds float, float* %525, i64 152
  %1290 = bitcast float* %1289 to <8 x float>*
  %1291 = load <8 x float>, <8 x float>* %1290, align 4
  %1292 = getelementptr inbounds float, float* %525, i64 184
  %1293 = bitcast float* %1292 to <8 x float>*
  %1294 = load <8 x float>, <8 x float>* %1293, align 4
  %1295 = fadd <8 x float> %1282, %1285
  %1296 = fsub <8 x float> %1282, %1285
  %1297 = fadd <8 x float> %1288, %1291
  %1298 = fsub <8 x float> %1288, %1291
  %1299 = fadd <8 x float> %1279, %1295
  %1300 = fadd <8 x float> %1299, %1297
  %1301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1298, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1296)
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1297, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1295)
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1298, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1296)
  %1304 = fadd <8 x float> %1303, %1294
  %1305 = add i64 %1120, 24
  %1306 = fadd <8 x float> %1300, %1118
  %1307 = fcmp olt <8 x float> %1306, zeroinitializer
  %1308 = select <8 x i1> %1307, <8 x float> zeroinitializer, <8 x float> %1306
  %1309 = getelementptr inbounds float, float* %0, i64 %1305
  %1310 = bitcast float* %1309 to <8 x float>*
  store <8 x float> %1308, <8 x float>* %1310, align 4
  %1311 = add i64 %1120, 136
  %1312 = fadd <8 x float> %1301, %1118
  %1313 = fcmp olt <8 x float> %1312, zeroinitializer
  %1314 = select <8 x i1> %1313, <8 x float> zeroinitializer, <8 x float> %1312
  %1315 = getelementptr inbounds float, float* %0, i64 %1311
  %1316 = bitcast float* %1315 to <8 x float>*
  store <8 x float> %1314, <8 x float>* %1316, align 4
  %1317 = add i64 %1120, 248
  %1318 = fadd <8 x float> %1302, %1118
  %1319 = fcmp olt <8 x float> %1318, zeroinitializer
  %1320 = select <8 x i1> %1319, <8 x float> zeroinitializer, <8 x float> %1318
  %1321 = getelementptr inbounds float, float* %0, i64 %1317
  %1322 = bitcast float* %1321 to <8 x float>*
  store <8 x float> %1320, <8 x float>* %1322, align 4
  %1323 = add i64 %1120, 360
  %1324 = fadd <8 x float> %1304, %1118
  %1325 = fcmp olt <8 x float> %1324, zeroinitializer
  %1326 = select <8 x i1> %1325, <8 x float> zeroinitializer, <8 x float> %1324
  %1327 = getelementptr inbounds float, float* %0, i64 %1323
  %1328 = bitcast float* %1327 to <8 x float>*
  store <8 x float> %1326, <8 x float>* %1328, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !79
}

; Function Attrs: nounwind
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
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 12845056
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
  %34 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %35 = getelementptr inbounds i8, i8* %workspace7, i64 12845056
  %36 = getelementptr inbounds i8, i8* %workspace7, i64 6422528
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
  %42 = getelementptr inbounds i8, i8* %workspace7, i64 12560384
  %43 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %42, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %43, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %47, align 8
  %48 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.maxPool2d_2.step0, i8* %48, i32 0, i32 0)
  %49 = getelementptr inbounds i8, i8* %workspace7, i64 17895424
  %50 = getelementptr inbounds i8, i8* %workspace7, i64 12560384
  %51 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %49, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %50, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %51, i8** %54, align 8
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %55, align 8
  %56 = bitcast [6 x i8*]* %args to i8*
  call void @node4.conv2d_3.step0(i8* %56)
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_3.step1, i8* %56, i32 0, i32 0)
  %57 = getelementptr inbounds i8, i8* %workspace7, i64 21106688
  %58 = getelementptr inbounds i8, i8* %workspace7, i64 17895424
  %59 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %57, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %58, i8** %61, align 8
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %59, i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %63, align 8
  %64 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step0, i8* %64, i32 0, i32 0)
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_4.step1, i8* %64, i32 0, i32 0)
  %65 = getelementptr inbounds i8, i8* %workspace7, i64 6340608
  %66 = getelementptr inbounds i8, i8* %workspace7, i64 21106688
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %65, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %66, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %69, align 8
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %70, align 8
  %71 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.maxPool2d_3.step0, i8* %71, i32 0, i32 0)
  %72 = getelementptr inbounds i8, i8* %workspace7, i64 9068544
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 6340608
  %74 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %72, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %73, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %74, i8** %77, align 8
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %78, align 8
  %79 = bitcast [6 x i8*]* %args to i8*
  call void @node7.conv2d_5.step0(i8* %79)
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_5.step1, i8* %79, i32 0, i32 0)
  %80 = getelementptr inbounds i8, i8* %workspace7, i64 10674176
  %81 = getelementptr inbounds i8, i8* %workspace7, i64 9068544
  %82 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %80, i8** %83, align 8
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %81, i8** %84, align 8
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %82, i8** %85, align 8
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %86, align 8
  %87 = bitcast [6 x i8*]* %args to i8*
  call void @node8.conv2d_6.step0(i8* %87)
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_6.step1, i8* %87, i32 0, i32 0)
  %88 = getelementptr inbounds i8, i8* %workspace7, i64 3022848
  %89 = getelementptr inbounds i8, i8* %workspace7, i64 10674176
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %88, i8** %90, align 8
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %89, i8** %91, align 8
  %92 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %92, align 8
  %93 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %93, align 8
  %94 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.maxPool2d_4.step0, i8* %94, i32 0, i32 0)
  %95 = getelementptr inbounds i8, i8* %workspace7, i64 3424256
  %96 = getelementptr inbounds i8, i8* %workspace7, i64 3022848
  %97 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %98 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %95, i8** %98, align 8
  %99 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %96, i8** %99, align 8
  %100 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %97, i8** %100, align 8
  %101 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %101, align 8
  %102 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_7.step0(i8* %102)
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_7.step1, i8* %102, i32 0, i32 0)
  %103 = getelementptr inbounds i8, i8* %workspace7, i64 3022848
  %104 = getelementptr inbounds i8, i8* %workspace7, i64 3424256
  %105 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %106 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %103, i8** %106, align 8
  %107 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %104, i8** %107, align 8
  %108 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %105, i8** %108, align 8
  %109 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %109, align 8
  %110 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_7.step0(i8* %110)
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_8.step1, i8* %110, i32 0, i32 0)
  %111 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %112 = getelementptr inbounds i8, i8* %workspace7, i64 3022848
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %111, i8** %113, align 8
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %112, i8** %114, align 8
  %115 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %115, align 8
  %116 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %116, align 8
  %117 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.maxPool2d_5.step0, i8* %117, i32 0, i32 0)
  %118 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %119 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %120 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %118, i8** %120, align 8
  %121 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %119, i8** %121, align 8
  %122 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %122, align 8
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %123, align 8
  %124 = bitcast [6 x i8*]* %args to i8*
  call void @node13.maxPool2d_5.nchw.step0(i8* %124)
  %125 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %126 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %125, i8** %127, align 8
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %126, i8** %128, align 8
  %129 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %129, align 8
  %130 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %130, align 8
  %131 = bitcast [6 x i8*]* %args to i8*
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([411041792 x i8], [411041792 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %132, align 8
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %133, align 8
  call void @GOMP_parallel(void (i8*)* @node15.dense_1.step0, i8* %131, i32 0, i32 0)
  %134 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %135 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %136 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %134, i8** %136, align 8
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %135, i8** %137, align 8
  %138 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %138, align 8
  %139 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %139, align 8
  %140 = bitcast [6 x i8*]* %args to i8*
  %141 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([67108864 x i8], [67108864 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %141, align 8
  %142 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %142, align 8
  call void @GOMP_parallel(void (i8*)* @node16.dense_2.step0, i8* %140, i32 0, i32 0)
  %143 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %144 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %144, align 8
  %145 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %143, i8** %145, align 8
  %146 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %146, align 8
  %147 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %147, align 8
  %148 = bitcast [6 x i8*]* %args to i8*
  %149 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([16384000 x i8], [16384000 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %149, align 8
  %150 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %150, align 8
  call void @GOMP_parallel(void (i8*)* @node17.dense_3.step0, i8* %148, i32 0, i32 0)
  %151 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %151, align 8
  %152 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %152, align 8
  %153 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %153, align 8
  %154 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %154, align 8
  %155 = bitcast [6 x i8*]* %args to i8*
  call void @node18.dense_3.softmax.step0(i8* %155)
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
  ret i64 24318015
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
