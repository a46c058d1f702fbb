; vgg16: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'vgg16'
source_filename = "vgg16"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [6912 x i8], align 64
@weight.conv2d_1.bias = external constant [256 x i8], align 64
@weight.conv2d_2.packed = external constant [147456 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.conv2d_3.packed = external constant [294912 x i8], align 64
@weight.conv2d_3.bias = external constant [512 x i8], align 64
@weight.conv2d_4.packed = external constant [589824 x i8], align 64
@weight.conv2d_4.bias = external constant [512 x i8], align 64
@weight.conv2d_5.packed = external constant [1179648 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.packed = external constant [2359296 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.packed = external constant [2359296 x i8], align 64
@weight.conv2d_7.bias = external constant [1024 x i8], align 64
@weight.conv2d_8.packed = external constant [4718592 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.conv2d_9.packed = external constant [9437184 x i8], align 64
@weight.conv2d_9.bias = external constant [2048 x i8], align 64
@weight.conv2d_10.packed = external constant [9437184 x i8], align 64
@weight.conv2d_10.bias = external constant [2048 x i8], align 64
@weight.conv2d_11.packed = external constant [9437184 x i8], align 64
@weight.conv2d_11.bias = external constant [2048 x i8], align 64
@weight.conv2d_12.packed = external constant [9437184 x i8], align 64
@weight.conv2d_12.bias = external constant [2048 x i8], align 64
@weight.conv2d_13.packed = external constant [9437184 x i8], align 64
@weight.conv2d_13.bias = external constant [2048 x i8], align 64
@weight.dense_1.packed = external constant [411041792 x i8], align 64
@weight.dense_1.bias = external constant [16384 x i8], align 64
@weight.dense_2.packed = external constant [67108864 x i8], align 64
@weight.dense_2.bias = external constant [16384 x i8], align 64
@weight.dense_3.packed = external constant [16384000 x i8], align 64
@weight.dense_3.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"vgg16\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 38765631, i64 15470264320 }

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
define internal void @node1.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %10 = mul i64 %task, 1808
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
  %17 = mul i64 %16, 1792
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 7168, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 1800
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 7232, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 1808, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1808
  %23 = select i1 %22, i64 %21, i64 1808
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1808
  %26 = select i1 %25, i64 %24, i64 1808
  call void @node1.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %35 = mul i64 %31, 8
  %36 = mul i64 %30, 8
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 408608
  %39 = mul i64 %34, 4608
  %40 = mul i64 %28, 1808
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit50 ]
  %41 = icmp slt i64 %chunk, 4
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
  %153 = mul i64 %chunk, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %154 = mul i64 %31, 8
  %155 = add i64 %154, %34
  %156 = add i64 %155, 0
  %157 = mul i64 %156, 224
  %158 = add i64 %157, %28
  %159 = mul i64 %158, 224
  %160 = add i64 %159, 222
  %161 = mul i64 %160, 8
  %162 = add i64 %159, 223
  %163 = mul i64 %162, 8
  %164 = mul i64 %31, 8
  %165 = add i64 %164, %34
  %166 = add i64 %165, 1
  %167 = mul i64 %166, 224
  %168 = add i64 %167, %28
  %169 = mul i64 %168, 224
  %170 = add i64 %169, 222
  %171 = mul i64 %170, 8
  %172 = add i64 %169, 223
  %173 = mul i64 %172, 8
  %174 = add i64 %34, 0
  %175 = mul i64 %174, 8
  %176 = getelementptr inbounds float, float* %5, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %34, 1
  %180 = mul i64 %179, 8
  %181 = getelementptr inbounds float, float* %5, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = icmp eq i64 %chunk, 0
  %185 = getelementptr inbounds float, float* %0, i64 %161
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = select i1 %184, <8 x float> %178, <8 x float> %187
  store <8 x float> %188, <8 x float>* %11, align 32
  %189 = getelementptr inbounds float, float* %0, i64 %163
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = select i1 %184, <8 x float> %178, <8 x float> %191
  store <8 x float> %192, <8 x float>* %10, align 32
  %193 = getelementptr inbounds float, float* %0, i64 %171
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = select i1 %184, <8 x float> %183, <8 x float> %195
  store <8 x float> %196, <8 x float>* %9, align 32
  %197 = getelementptr inbounds float, float* %0, i64 %173
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = select i1 %184, <8 x float> %183, <8 x float> %199
  store <8 x float> %200, <8 x float>* %8, align 32
  %201 = add i64 %40, 1776
  %202 = add i64 %38, %201
  %203 = mul i64 %chunk, 2
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %204 = icmp slt i64 %u, 2
  br i1 %204, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %205 = add i64 %153, %u
  %206 = mul i64 %205, 408608
  %207 = add i64 %152, %206
  %208 = mul i64 %205, 576
  %209 = add i64 %39, %208
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %210 = icmp eq i64 %chunk, 3
  %211 = load <8 x float>, <8 x float>* %23, align 32
  %212 = fcmp olt <8 x float> %211, zeroinitializer
  %213 = select <8 x i1> %212, <8 x float> zeroinitializer, <8 x float> %211
  %214 = select i1 %210, <8 x float> %213, <8 x float> %211
  %215 = getelementptr inbounds float, float* %0, i64 %51
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = load <8 x float>, <8 x float>* %22, align 32
  %218 = fcmp olt <8 x float> %217, zeroinitializer
  %219 = select <8 x i1> %218, <8 x float> zeroinitializer, <8 x float> %217
  %220 = select i1 %210, <8 x float> %219, <8 x float> %217
  %221 = getelementptr inbounds float, float* %0, i64 %54
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %21, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = select i1 %210, <8 x float> %225, <8 x float> %223
  %227 = getelementptr inbounds float, float* %0, i64 %57
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %20, align 32
  %230 = fcmp olt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> zeroinitializer, <8 x float> %229
  %232 = select i1 %210, <8 x float> %231, <8 x float> %229
  %233 = getelementptr inbounds float, float* %0, i64 %60
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %232, <8 x float>* %234, align 4
  %235 = load <8 x float>, <8 x float>* %19, align 32
  %236 = fcmp olt <8 x float> %235, zeroinitializer
  %237 = select <8 x i1> %236, <8 x float> zeroinitializer, <8 x float> %235
  %238 = select i1 %210, <8 x float> %237, <8 x float> %235
  %239 = getelementptr inbounds float, float* %0, i64 %63
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %238, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = fcmp olt <8 x float> %241, zeroinitializer
  %243 = select <8 x i1> %242, <8 x float> zeroinitializer, <8 x float> %241
  %244 = select i1 %210, <8 x float> %243, <8 x float> %241
  %245 = getelementptr inbounds float, float* %0, i64 %66
  %246 = bitcast float* %245 to <8 x float>*
  store <8 x float> %244, <8 x float>* %246, align 4
  %247 = load <8 x float>, <8 x float>* %17, align 32
  %248 = fcmp olt <8 x float> %247, zeroinitializer
  %249 = select <8 x i1> %248, <8 x float> zeroinitializer, <8 x float> %247
  %250 = select i1 %210, <8 x float> %249, <8 x float> %247
  %251 = getelementptr inbounds float, float* %0, i64 %75
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %253 = load <8 x float>, <8 x float>* %16, align 32
  %254 = fcmp olt <8 x float> %253, zeroinitializer
  %255 = select <8 x i1> %254, <8 x float> zeroinitializer, <8 x float> %253
  %256 = select i1 %210, <8 x float> %255, <8 x float> %253
  %257 = getelementptr inbounds float, float* %0, i64 %78
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %256, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %15, align 32
  %260 = fcmp olt <8 x float> %259, zeroinitializer
  %261 = select <8 x i1> %260, <8 x float> zeroinitializer, <8 x float> %259
  %262 = select i1 %210, <8 x float> %261, <8 x float> %259
  %263 = getelementptr inbounds float, float* %0, i64 %81
  %264 = bitcast float* %263 to <8 x float>*
  store <8 x float> %262, <8 x float>* %264, align 4
  %265 = load <8 x float>, <8 x float>* %14, align 32
  %266 = fcmp olt <8 x float> %265, zeroinitializer
  %267 = select <8 x i1> %266, <8 x float> zeroinitializer, <8 x float> %265
  %268 = select i1 %210, <8 x float> %267, <8 x float> %265
  %269 = getelementptr inbounds float, float* %0, i64 %84
  %270 = bitcast float* %269 to <8 x float>*
  store <8 x float> %268, <8 x float>* %270, align 4
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = fcmp olt <8 x float> %271, zeroinitializer
  %273 = select <8 x i1> %272, <8 x float> zeroinitializer, <8 x float> %271
  %274 = select i1 %210, <8 x float> %273, <8 x float> %271
  %275 = getelementptr inbounds float, float* %0, i64 %87
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %274, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %12, align 32
  %278 = fcmp olt <8 x float> %277, zeroinitializer
  %279 = select <8 x i1> %278, <8 x float> zeroinitializer, <8 x float> %277
  %280 = select i1 %210, <8 x float> %279, <8 x float> %277
  %281 = getelementptr inbounds float, float* %0, i64 %90
  %282 = bitcast float* %281 to <8 x float>*
  store <8 x float> %280, <8 x float>* %282, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %283 = icmp slt i64 %kh, 3
  br i1 %283, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %284 = mul i64 %kh, 1808
  %285 = add i64 %207, %284
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %286 = icmp slt i64 %kw, 3
  br i1 %286, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %287 = mul i64 %kw, 8
  %288 = add i64 %285, %287
  %289 = mul i64 %kh, 3
  %290 = add i64 %289, %kw
  %291 = mul i64 %290, 64
  %292 = add i64 %209, %291
  %293 = add i64 %292, 0
  %294 = getelementptr inbounds float, float* %4, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = add i64 %292, 4608
  %298 = getelementptr inbounds float, float* %4, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %288, 0
  %302 = getelementptr inbounds float, float* %2, i64 %301
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %splat = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %296, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %23, align 32
  %307 = load <8 x float>, <8 x float>* %17, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %300, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %17, align 32
  %309 = add i64 %288, 8
  %310 = getelementptr inbounds float, float* %2, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat1 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %296, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %22, align 32
  %315 = load <8 x float>, <8 x float>* %16, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %300, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %16, align 32
  %317 = add i64 %288, 16
  %318 = getelementptr inbounds float, float* %2, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat2 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %296, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %21, align 32
  %323 = load <8 x float>, <8 x float>* %15, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %300, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %15, align 32
  %325 = add i64 %288, 24
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = load float, float* %326, align 4
  %328 = insertelement <8 x float> undef, float %327, i32 0
  %splat3 = shufflevector <8 x float> %328, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %296, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %20, align 32
  %331 = load <8 x float>, <8 x float>* %14, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %300, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %14, align 32
  %333 = add i64 %288, 32
  %334 = getelementptr inbounds float, float* %2, i64 %333
  %335 = load float, float* %334, align 4
  %336 = insertelement <8 x float> undef, float %335, i32 0
  %splat4 = shufflevector <8 x float> %336, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %296, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %19, align 32
  %339 = load <8 x float>, <8 x float>* %13, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %300, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %13, align 32
  %341 = add i64 %288, 40
  %342 = getelementptr inbounds float, float* %2, i64 %341
  %343 = load float, float* %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i32 0
  %splat5 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = load <8 x float>, <8 x float>* %18, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %296, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %18, align 32
  %347 = load <8 x float>, <8 x float>* %12, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %300, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %12, align 32
  %349 = add i64 %292, 8
  %350 = getelementptr inbounds float, float* %4, i64 %349
  %351 = bitcast float* %350 to <8 x float>*
  %352 = load <8 x float>, <8 x float>* %351, align 4
  %353 = add i64 %292, 4616
  %354 = getelementptr inbounds float, float* %4, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  %356 = load <8 x float>, <8 x float>* %355, align 4
  %357 = add i64 %288, 1
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat6 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %23, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %352, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %23, align 32
  %363 = load <8 x float>, <8 x float>* %17, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %356, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %17, align 32
  %365 = add i64 %288, 9
  %366 = getelementptr inbounds float, float* %2, i64 %365
  %367 = load float, float* %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i32 0
  %splat7 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %369 = load <8 x float>, <8 x float>* %22, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %352, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %22, align 32
  %371 = load <8 x float>, <8 x float>* %16, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %356, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %16, align 32
  %373 = add i64 %288, 17
  %374 = getelementptr inbounds float, float* %2, i64 %373
  %375 = load float, float* %374, align 4
  %376 = insertelement <8 x float> undef, float %375, i32 0
  %splat8 = shufflevector <8 x float> %376, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = load <8 x float>, <8 x float>* %21, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %352, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %21, align 32
  %379 = load <8 x float>, <8 x float>* %15, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %356, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %15, align 32
  %381 = add i64 %288, 25
  %382 = getelementptr inbounds float, float* %2, i64 %381
  %383 = load float, float* %382, align 4
  %384 = insertelement <8 x float> undef, float %383, i32 0
  %splat9 = shufflevector <8 x float> %384, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %20, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %352, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %20, align 32
  %387 = load <8 x float>, <8 x float>* %14, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %356, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %14, align 32
  %389 = add i64 %288, 33
  %390 = getelementptr inbounds float, float* %2, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat10 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %19, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %352, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %19, align 32
  %395 = load <8 x float>, <8 x float>* %13, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %356, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %13, align 32
  %397 = add i64 %288, 41
  %398 = getelementptr inbounds float, float* %2, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat11 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %18, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %352, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %18, align 32
  %403 = load <8 x float>, <8 x float>* %12, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %356, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %12, align 32
  %405 = add i64 %292, 16
  %406 = getelementptr inbounds float, float* %4, i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = add i64 %292, 4624
  %410 = getelementptr inbounds float, float* %4, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %288, 2
  %414 = getelementptr inbounds float, float* %2, i64 %413
  %415 = load float, float* %414, align 4
  %416 = insertelement <8 x float> undef, float %415, i32 0
  %splat12 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %417 = load <8 x float>, <8 x float>* %23, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %408, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %23, align 32
  %419 = load <8 x float>, <8 x float>* %17, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %17, align 32
  %421 = add i64 %288, 10
  %422 = getelementptr inbounds float, float* %2, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat13 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %22, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %408, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %22, align 32
  %427 = load <8 x float>, <8 x float>* %16, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %16, align 32
  %429 = add i64 %288, 18
  %430 = getelementptr inbounds float, float* %2, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat14 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %21, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %408, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %21, align 32
  %435 = load <8 x float>, <8 x float>* %15, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %15, align 32
  %437 = add i64 %288, 26
  %438 = getelementptr inbounds float, float* %2, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat15 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %20, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %408, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %20, align 32
  %443 = load <8 x float>, <8 x float>* %14, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %14, align 32
  %445 = add i64 %288, 34
  %446 = getelementptr inbounds float, float* %2, i64 %445
  %447 = load float, float* %446, align 4
  %448 = insertelement <8 x float> undef, float %447, i32 0
  %splat16 = shufflevector <8 x float> %448, <8 x float> undef, <8 x i32> zeroinitializer
  %449 = load <8 x float>, <8 x float>* %19, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %408, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %19, align 32
  %451 = load <8 x float>, <8 x float>* %13, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %13, align 32
  %453 = add i64 %288, 42
  %454 = getelementptr inbounds float, float* %2, i64 %453
  %455 = load float, float* %454, align 4
  %456 = insertelement <8 x float> undef, float %455, i32 0
  %splat17 = shufflevector <8 x float> %456, <8 x float> undef, <8 x i32> zeroinitializer
  %457 = load <8 x float>, <8 x float>* %18, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %408, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %18, align 32
  %459 = load <8 x float>, <8 x float>* %12, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %12, align 32
  %461 = add i64 %292, 24
  %462 = getelementptr inbounds float, float* %4, i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %292, 4632
  %466 = getelementptr inbounds float, float* %4, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %288, 3
  %470 = getelementptr inbounds float, float* %2, i64 %469
  %471 = load float, float* %470, align 4
  %472 = insertelement <8 x float> undef, float %471, i32 0
  %splat18 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %473 = load <8 x float>, <8 x float>* %23, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %464, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %23, align 32
  %475 = load <8 x float>, <8 x float>* %17, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %468, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %17, align 32
  %477 = add i64 %288, 11
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat19 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %22, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %464, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %22, align 32
  %483 = load <8 x float>, <8 x float>* %16, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %468, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %16, align 32
  %485 = add i64 %288, 19
  %486 = getelementptr inbounds float, float* %2, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat20 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %21, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %464, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %21, align 32
  %491 = load <8 x float>, <8 x float>* %15, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %468, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %15, align 32
  %493 = add i64 %288, 27
  %494 = getelementptr inbounds float, float* %2, i64 %493
  %495 = load float, float* %494, align 4
  %496 = insertelement <8 x float> undef, float %495, i32 0
  %splat21 = shufflevector <8 x float> %496, <8 x float> undef, <8 x i32> zeroinitializer
  %497 = load <8 x float>, <8 x float>* %20, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %464, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %20, align 32
  %499 = load <8 x float>, <8 x float>* %14, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %468, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %14, align 32
  %501 = add i64 %288, 35
  %502 = getelementptr inbounds float, float* %2, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat22 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %19, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %464, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %19, align 32
  %507 = load <8 x float>, <8 x float>* %13, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %468, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %13, align 32
  %509 = add i64 %288, 43
  %510 = getelementptr inbounds float, float* %2, i64 %509
  %511 = load float, float* %510, align 4
  %512 = insertelement <8 x float> undef, float %511, i32 0
  %splat23 = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %513 = load <8 x float>, <8 x float>* %18, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %464, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %18, align 32
  %515 = load <8 x float>, <8 x float>* %12, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %468, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %12, align 32
  %517 = add i64 %292, 32
  %518 = getelementptr inbounds float, float* %4, i64 %517
  %519 = bitcast float* %518 to <8 x float>*
  %520 = load <8 x float>, <8 x float>* %519, align 4
  %521 = add i64 %292, 4640
  %522 = getelementptr inbounds float, float* %4, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  %524 = load <8 x float>, <8 x float>* %523, align 4
  %525 = add i64 %288, 4
  %526 = getelementptr inbounds float, float* %2, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat24 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %23, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %520, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %23, align 32
  %531 = load <8 x float>, <8 x float>* %17, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %524, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %17, align 32
  %533 = add i64 %288, 12
  %534 = getelementptr inbounds float, float* %2, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat25 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %22, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %520, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %22, align 32
  %539 = load <8 x float>, <8 x float>* %16, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %524, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %16, align 32
  %541 = add i64 %288, 20
  %542 = getelementptr inbounds float, float* %2, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat26 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %21, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %520, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %21, align 32
  %547 = load <8 x float>, <8 x float>* %15, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %524, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %15, align 32
  %549 = add i64 %288, 28
  %550 = getelementptr inbounds float, float* %2, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat27 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %20, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %520, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %20, align 32
  %555 = load <8 x float>, <8 x float>* %14, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %524, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %14, align 32
  %557 = add i64 %288, 36
  %558 = getelementptr inbounds float, float* %2, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat28 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %19, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %520, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %19, align 32
  %563 = load <8 x float>, <8 x float>* %13, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %524, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %13, align 32
  %565 = add i64 %288, 44
  %566 = getelementptr inbounds float, float* %2, i64 %565
  %567 = load float, float* %566, align 4
  %568 = insertelement <8 x float> undef, float %567, i32 0
  %splat29 = shufflevector <8 x float> %568, <8 x float> undef, <8 x i32> zeroinitializer
  %569 = load <8 x float>, <8 x float>* %18, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %520, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %18, align 32
  %571 = load <8 x float>, <8 x float>* %12, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %524, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %12, align 32
  %573 = add i64 %292, 40
  %574 = getelementptr inbounds float, float* %4, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %292, 4648
  %578 = getelementptr inbounds float, float* %4, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %288, 5
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = load float, float* %582, align 4
  %584 = insertelement <8 x float> undef, float %583, i32 0
  %splat30 = shufflevector <8 x float> %584, <8 x float> undef, <8 x i32> zeroinitializer
  %585 = load <8 x float>, <8 x float>* %23, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %576, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %23, align 32
  %587 = load <8 x float>, <8 x float>* %17, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %580, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %17, align 32
  %589 = add i64 %288, 13
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = load float, float* %590, align 4
  %592 = insertelement <8 x float> undef, float %591, i32 0
  %splat31 = shufflevector <8 x float> %592, <8 x float> undef, <8 x i32> zeroinitializer
  %593 = load <8 x float>, <8 x float>* %22, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %576, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %22, align 32
  %595 = load <8 x float>, <8 x float>* %16, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %580, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %16, align 32
  %597 = add i64 %288, 21
  %598 = getelementptr inbounds float, float* %2, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat32 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %21, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %576, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %21, align 32
  %603 = load <8 x float>, <8 x float>* %15, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %580, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %15, align 32
  %605 = add i64 %288, 29
  %606 = getelementptr inbounds float, float* %2, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat33 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %20, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %576, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %20, align 32
  %611 = load <8 x float>, <8 x float>* %14, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %580, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %14, align 32
  %613 = add i64 %288, 37
  %614 = getelementptr inbounds float, float* %2, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat34 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %19, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %576, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %19, align 32
  %619 = load <8 x float>, <8 x float>* %13, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %580, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %13, align 32
  %621 = add i64 %288, 45
  %622 = getelementptr inbounds float, float* %2, i64 %621
  %623 = load float, float* %622, align 4
  %624 = insertelement <8 x float> undef, float %623, i32 0
  %splat35 = shufflevector <8 x float> %624, <8 x float> undef, <8 x i32> zeroinitializer
  %625 = load <8 x float>, <8 x float>* %18, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %576, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %18, align 32
  %627 = load <8 x float>, <8 x float>* %12, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %580, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %12, align 32
  %629 = add i64 %292, 48
  %630 = getelementptr inbounds float, float* %4, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = add i64 %292, 4656
  %634 = getelementptr inbounds float, float* %4, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %288, 6
  %638 = getelementptr inbounds float, float* %2, i64 %637
  %639 = load float, float* %638, align 4
  %640 = insertelement <8 x float> undef, float %639, i32 0
  %splat36 = shufflevector <8 x float> %640, <8 x float> undef, <8 x i32> zeroinitializer
  %641 = load <8 x float>, <8 x float>* %23, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %632, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %23, align 32
  %643 = load <8 x float>, <8 x float>* %17, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %636, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %17, align 32
  %645 = add i64 %288, 14
  %646 = getelementptr inbounds float, float* %2, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat37 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %22, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %632, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %22, align 32
  %651 = load <8 x float>, <8 x float>* %16, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %636, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %16, align 32
  %653 = add i64 %288, 22
  %654 = getelementptr inbounds float, float* %2, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat38 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %21, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %632, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %21, align 32
  %659 = load <8 x float>, <8 x float>* %15, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %636, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %15, align 32
  %661 = add i64 %288, 30
  %662 = getelementptr inbounds float, float* %2, i64 %661
  %663 = load float, float* %662, align 4
  %664 = insertelement <8 x float> undef, float %663, i32 0
  %splat39 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
  %665 = load <8 x float>, <8 x float>* %20, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %632, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %20, align 32
  %667 = load <8 x float>, <8 x float>* %14, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %636, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %14, align 32
  %669 = add i64 %288, 38
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = load float, float* %670, align 4
  %672 = insertelement <8 x float> undef, float %671, i32 0
  %splat40 = shufflevector <8 x float> %672, <8 x float> undef, <8 x i32> zeroinitializer
  %673 = load <8 x float>, <8 x float>* %19, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %632, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %19, align 32
  %675 = load <8 x float>, <8 x float>* %13, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %636, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %13, align 32
  %677 = add i64 %288, 46
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = load float, float* %678, align 4
  %680 = insertelement <8 x float> undef, float %679, i32 0
  %splat41 = shufflevector <8 x float> %680, <8 x float> undef, <8 x i32> zeroinitializer
  %681 = load <8 x float>, <8 x float>* %18, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %632, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %18, align 32
  %683 = load <8 x float>, <8 x float>* %12, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %636, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %12, align 32
  %685 = add i64 %292, 56
  %686 = getelementptr inbounds float, float* %4, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %292, 4664
  %690 = getelementptr inbounds float, float* %4, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %288, 7
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat42 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %23, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %688, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %23, align 32
  %699 = load <8 x float>, <8 x float>* %17, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %692, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %17, align 32
  %701 = add i64 %288, 15
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat43 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %22, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %688, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %22, align 32
  %707 = load <8 x float>, <8 x float>* %16, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %692, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %16, align 32
  %709 = add i64 %288, 23
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat44 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %21, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %688, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %21, align 32
  %715 = load <8 x float>, <8 x float>* %15, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %692, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %15, align 32
  %717 = add i64 %288, 31
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat45 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %20, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %688, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %20, align 32
  %723 = load <8 x float>, <8 x float>* %14, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %692, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %14, align 32
  %725 = add i64 %288, 39
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat46 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %19, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %688, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %19, align 32
  %731 = load <8 x float>, <8 x float>* %13, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %692, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %13, align 32
  %733 = add i64 %288, 47
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat47 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %18, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %688, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %18, align 32
  %739 = load <8 x float>, <8 x float>* %12, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %692, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next78, %kh.exit54 ]
  %741 = icmp slt i64 %u51, 2
  br i1 %741, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %742 = add i64 %203, %u51
  %743 = mul i64 %742, 408608
  %744 = add i64 %202, %743
  %745 = mul i64 %742, 576
  %746 = add i64 %39, %745
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %747 = icmp eq i64 %chunk, 3
  %748 = load <8 x float>, <8 x float>* %11, align 32
  %749 = fcmp olt <8 x float> %748, zeroinitializer
  %750 = select <8 x i1> %749, <8 x float> zeroinitializer, <8 x float> %748
  %751 = select i1 %747, <8 x float> %750, <8 x float> %748
  %752 = getelementptr inbounds float, float* %0, i64 %161
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %751, <8 x float>* %753, align 4
  %754 = load <8 x float>, <8 x float>* %10, align 32
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = select i1 %747, <8 x float> %756, <8 x float> %754
  %758 = getelementptr inbounds float, float* %0, i64 %163
  %759 = bitcast float* %758 to <8 x float>*
  store <8 x float> %757, <8 x float>* %759, align 4
  %760 = load <8 x float>, <8 x float>* %9, align 32
  %761 = fcmp olt <8 x float> %760, zeroinitializer
  %762 = select <8 x i1> %761, <8 x float> zeroinitializer, <8 x float> %760
  %763 = select i1 %747, <8 x float> %762, <8 x float> %760
  %764 = getelementptr inbounds float, float* %0, i64 %171
  %765 = bitcast float* %764 to <8 x float>*
  store <8 x float> %763, <8 x float>* %765, align 4
  %766 = load <8 x float>, <8 x float>* %8, align 32
  %767 = fcmp olt <8 x float> %766, zeroinitializer
  %768 = select <8 x i1> %767, <8 x float> zeroinitializer, <8 x float> %766
  %769 = select i1 %747, <8 x float> %768, <8 x float> %766
  %770 = getelementptr inbounds float, float* %0, i64 %173
  %771 = bitcast float* %770 to <8 x float>*
  store <8 x float> %769, <8 x float>* %771, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !4

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next77, %kw.exit58 ]
  %772 = icmp slt i64 %kh55, 3
  br i1 %772, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %773 = mul i64 %kh55, 1808
  %774 = add i64 %744, %773
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %775 = icmp slt i64 %kw59, 3
  br i1 %775, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %776 = mul i64 %kw59, 8
  %777 = add i64 %774, %776
  %778 = mul i64 %kh55, 3
  %779 = add i64 %778, %kw59
  %780 = mul i64 %779, 64
  %781 = add i64 %746, %780
  %782 = add i64 %781, 0
  %783 = getelementptr inbounds float, float* %4, i64 %782
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = add i64 %781, 4608
  %787 = getelementptr inbounds float, float* %4, i64 %786
  %788 = bitcast float* %787 to <8 x float>*
  %789 = load <8 x float>, <8 x float>* %788, align 4
  %790 = add i64 %777, 0
  %791 = getelementptr inbounds float, float* %2, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat60 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %11, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %785, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %11, align 32
  %796 = load <8 x float>, <8 x float>* %9, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %789, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %9, align 32
  %798 = add i64 %777, 8
  %799 = getelementptr inbounds float, float* %2, i64 %798
  %800 = load float, float* %799, align 4
  %801 = insertelement <8 x float> undef, float %800, i32 0
  %splat61 = shufflevector <8 x float> %801, <8 x float> undef, <8 x i32> zeroinitializer
  %802 = load <8 x float>, <8 x float>* %10, align 32
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %785, <8 x float> %802)
  store <8 x float> %803, <8 x float>* %10, align 32
  %804 = load <8 x float>, <8 x float>* %8, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %789, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %8, align 32
  %806 = add i64 %781, 8
  %807 = getelementptr inbounds float, float* %4, i64 %806
  %808 = bitcast float* %807 to <8 x float>*
  %809 = load <8 x float>, <8 x float>* %808, align 4
  %810 = add i64 %781, 4616
  %811 = getelementptr inbounds float, float* %4, i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = add i64 %777, 1
  %815 = getelementptr inbounds float, float* %2, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat62 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %11, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %809, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %11, align 32
  %820 = load <8 x float>, <8 x float>* %9, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %813, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %9, align 32
  %822 = add i64 %777, 9
  %823 = getelementptr inbounds float, float* %2, i64 %822
  %824 = load float, float* %823, align 4
  %825 = insertelement <8 x float> undef, float %824, i32 0
  %splat63 = shufflevector <8 x float> %825, <8 x float> undef, <8 x i32> zeroinitializer
  %826 = load <8 x float>, <8 x float>* %10, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %809, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %10, align 32
  %828 = load <8 x float>, <8 x float>* %8, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %813, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %8, align 32
  %830 = add i64 %781, 16
  %831 = getelementptr inbounds float, float* %4, i64 %830
  %832 = bitcast float* %831 to <8 x float>*
  %833 = load <8 x float>, <8 x float>* %832, align 4
  %834 = add i64 %781, 4624
  %835 = getelementptr inbounds float, float* %4, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 %777, 2
  %839 = getelementptr inbounds float, float* %2, i64 %838
  %840 = load float, float* %839, align 4
  %841 = insertelement <8 x float> undef, float %840, i32 0
  %splat64 = shufflevector <8 x float> %841, <8 x float> undef, <8 x i32> zeroinitializer
  %842 = load <8 x float>, <8 x float>* %11, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %833, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %11, align 32
  %844 = load <8 x float>, <8 x float>* %9, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %837, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %9, align 32
  %846 = add i64 %777, 10
  %847 = getelementptr inbounds float, float* %2, i64 %846
  %848 = load float, float* %847, align 4
  %849 = insertelement <8 x float> undef, float %848, i32 0
  %splat65 = shufflevector <8 x float> %849, <8 x float> undef, <8 x i32> zeroinitializer
  %850 = load <8 x float>, <8 x float>* %10, align 32
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %833, <8 x float> %850)
  store <8 x float> %851, <8 x float>* %10, align 32
  %852 = load <8 x float>, <8 x float>* %8, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %837, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %8, align 32
  %854 = add i64 %781, 24
  %855 = getelementptr inbounds float, float* %4, i64 %854
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = add i64 %781, 4632
  %859 = getelementptr inbounds float, float* %4, i64 %858
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = add i64 %777, 3
  %863 = getelementptr inbounds float, float* %2, i64 %862
  %864 = load float, float* %863, align 4
  %865 = insertelement <8 x float> undef, float %864, i32 0
  %splat66 = shufflevector <8 x float> %865, <8 x float> undef, <8 x i32> zeroinitializer
  %866 = load <8 x float>, <8 x float>* %11, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %857, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %11, align 32
  %868 = load <8 x float>, <8 x float>* %9, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %861, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %9, align 32
  %870 = add i64 %777, 11
  %871 = getelementptr inbounds float, float* %2, i64 %870
  %872 = load float, float* %871, align 4
  %873 = insertelement <8 x float> undef, float %872, i32 0
  %splat67 = shufflevector <8 x float> %873, <8 x float> undef, <8 x i32> zeroinitializer
  %874 = load <8 x float>, <8 x float>* %10, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %857, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %10, align 32
  %876 = load <8 x float>, <8 x float>* %8, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %861, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %8, align 32
  %878 = add i64 %781, 32
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %781, 4640
  %883 = getelementptr inbounds float, float* %4, i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = add i64 %777, 4
  %887 = getelementptr inbounds float, float* %2, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat68 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %11, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %881, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %11, align 32
  %892 = load <8 x float>, <8 x float>* %9, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %885, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %9, align 32
  %894 = add i64 %777, 12
  %895 = getelementptr inbounds float, float* %2, i64 %894
  %896 = load float, float* %895, align 4
  %897 = insertelement <8 x float> undef, float %896, i32 0
  %splat69 = shufflevector <8 x float> %897, <8 x float> undef, <8 x i32> zeroinitializer
  %898 = load <8 x float>, <8 x float>* %10, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %881, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %10, align 32
  %900 = load <8 x float>, <8 x float>* %8, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %885, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %8, align 32
  %902 = add i64 %781, 40
  %903 = getelementptr inbounds float, float* %4, i64 %902
  %904 = bitcast float* %903 to <8 x float>*
  %905 = load <8 x float>, <8 x float>* %904, align 4
  %906 = add i64 %781, 4648
  %907 = getelementptr inbounds float, float* %4, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = add i64 %777, 5
  %911 = getelementptr inbounds float, float* %2, i64 %910
  %912 = load float, float* %911, align 4
  %913 = insertelement <8 x float> undef, float %912, i32 0
  %splat70 = shufflevector <8 x float> %913, <8 x float> undef, <8 x i32> zeroinitializer
  %914 = load <8 x float>, <8 x float>* %11, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %905, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %11, align 32
  %916 = load <8 x float>, <8 x float>* %9, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %909, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %9, align 32
  %918 = add i64 %777, 13
  %919 = getelementptr inbounds float, float* %2, i64 %918
  %920 = load float, float* %919, align 4
  %921 = insertelement <8 x float> undef, float %920, i32 0
  %splat71 = shufflevector <8 x float> %921, <8 x float> undef, <8 x i32> zeroinitializer
  %922 = load <8 x float>, <8 x float>* %10, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %905, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %10, align 32
  %924 = load <8 x float>, <8 x float>* %8, align 32
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %909, <8 x float> %924)
  store <8 x float> %925, <8 x float>* %8, align 32
  %926 = add i64 %781, 48
  %927 = getelementptr inbounds float, float* %4, i64 %926
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = add i64 %781, 4656
  %931 = getelementptr inbounds float, float* %4, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %777, 6
  %935 = getelementptr inbounds float, float* %2, i64 %934
  %936 = load float, float* %935, align 4
  %937 = insertelement <8 x float> undef, float %936, i32 0
  %splat72 = shufflevector <8 x float> %937, <8 x float> undef, <8 x i32> zeroinitializer
  %938 = load <8 x float>, <8 x float>* %11, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %929, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %11, align 32
  %940 = load <8 x float>, <8 x float>* %9, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %933, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %9, align 32
  %942 = add i64 %777, 14
  %943 = getelementptr inbounds float, float* %2, i64 %942
  %944 = load float, float* %943, align 4
  %945 = insertelement <8 x float> undef, float %944, i32 0
  %splat73 = shufflevector <8 x float> %945, <8 x float> undef, <8 x i32> zeroinitializer
  %946 = load <8 x float>, <8 x float>* %10, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %929, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %10, align 32
  %948 = load <8 x float>, <8 x float>* %8, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %933, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %8, align 32
  %950 = add i64 %781, 56
  %951 = getelementptr inbounds float, float* %4, i64 %950
  %952 = bitcast float* %951 to <8 x float>*
  %953 = load <8 x float>, <8 x float>* %952, align 4
  %954 = add i64 %781, 4664
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %777, 7
  %959 = getelementptr inbounds float, float* %2, i64 %958
  %960 = load float, float* %959, align 4
  %961 = insertelement <8 x float> undef, float %960, i32 0
  %splat74 = shufflevector <8 x float> %961, <8 x float> undef, <8 x i32> zeroinitializer
  %962 = load <8 x float>, <8 x float>* %11, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %953, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %11, align 32
  %964 = load <8 x float>, <8 x float>* %9, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %957, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %9, align 32
  %966 = add i64 %777, 15
  %967 = getelementptr inbounds float, float* %2, i64 %966
  %968 = load float, float* %967, align 4
  %969 = insertelement <8 x float> undef, float %968, i32 0
  %splat75 = shufflevector <8 x float> %969, <8 x float> undef, <8 x i32> zeroinitializer
  %970 = load <8 x float>, <8 x float>* %10, align 32
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %953, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %10, align 32
  %972 = load <8 x float>, <8 x float>* %8, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %957, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %8, align 32
  %kw.next76 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next77 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node1.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node2.maxPool2d_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node2.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node3.conv2d_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node3.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 112
  %30 = sdiv i64 %task, 112
  %31 = srem i64 %30, 8
  %32 = mul i64 %29, 1
  %33 = sdiv i64 %task, 896
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 16
  %37 = mul i64 %31, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 8
  %40 = mul i64 %34, 8
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 103968
  %43 = mul i64 %38, 4608
  %44 = mul i64 %32, 912
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit50 ]
  %45 = icmp slt i64 %chunk, 4
  br i1 %45, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 108
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = mul i64 %35, 16
  %48 = add i64 %47, %38
  %49 = add i64 %48, 0
  %50 = mul i64 %49, 112
  %51 = add i64 %50, %32
  %52 = mul i64 %51, 112
  %53 = add i64 %x, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 8
  %56 = add i64 %x, 1
  %57 = add i64 %52, %56
  %58 = mul i64 %57, 8
  %59 = add i64 %x, 2
  %60 = add i64 %52, %59
  %61 = mul i64 %60, 8
  %62 = add i64 %x, 3
  %63 = add i64 %52, %62
  %64 = mul i64 %63, 8
  %65 = add i64 %x, 4
  %66 = add i64 %52, %65
  %67 = mul i64 %66, 8
  %68 = add i64 %x, 5
  %69 = add i64 %52, %68
  %70 = mul i64 %69, 8
  %71 = mul i64 %35, 16
  %72 = add i64 %71, %38
  %73 = add i64 %72, 1
  %74 = mul i64 %73, 112
  %75 = add i64 %74, %32
  %76 = mul i64 %75, 112
  %77 = add i64 %x, 0
  %78 = add i64 %76, %77
  %79 = mul i64 %78, 8
  %80 = add i64 %x, 1
  %81 = add i64 %76, %80
  %82 = mul i64 %81, 8
  %83 = add i64 %x, 2
  %84 = add i64 %76, %83
  %85 = mul i64 %84, 8
  %86 = add i64 %x, 3
  %87 = add i64 %76, %86
  %88 = mul i64 %87, 8
  %89 = add i64 %x, 4
  %90 = add i64 %76, %89
  %91 = mul i64 %90, 8
  %92 = add i64 %x, 5
  %93 = add i64 %76, %92
  %94 = mul i64 %93, 8
  %95 = add i64 %38, 0
  %96 = mul i64 %95, 8
  %97 = getelementptr inbounds float, float* %5, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %38, 1
  %101 = mul i64 %100, 8
  %102 = getelementptr inbounds float, float* %5, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = icmp eq i64 %chunk, 0
  %106 = getelementptr inbounds float, float* %0, i64 %55
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = select i1 %105, <8 x float> %99, <8 x float> %108
  store <8 x float> %109, <8 x float>* %27, align 32
  %110 = getelementptr inbounds float, float* %0, i64 %58
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = select i1 %105, <8 x float> %99, <8 x float> %112
  store <8 x float> %113, <8 x float>* %26, align 32
  %114 = getelementptr inbounds float, float* %0, i64 %61
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = select i1 %105, <8 x float> %99, <8 x float> %116
  store <8 x float> %117, <8 x float>* %25, align 32
  %118 = getelementptr inbounds float, float* %0, i64 %64
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = select i1 %105, <8 x float> %99, <8 x float> %120
  store <8 x float> %121, <8 x float>* %24, align 32
  %122 = getelementptr inbounds float, float* %0, i64 %67
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = select i1 %105, <8 x float> %99, <8 x float> %124
  store <8 x float> %125, <8 x float>* %23, align 32
  %126 = getelementptr inbounds float, float* %0, i64 %70
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = select i1 %105, <8 x float> %99, <8 x float> %128
  store <8 x float> %129, <8 x float>* %22, align 32
  %130 = getelementptr inbounds float, float* %0, i64 %79
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = select i1 %105, <8 x float> %104, <8 x float> %132
  store <8 x float> %133, <8 x float>* %21, align 32
  %134 = getelementptr inbounds float, float* %0, i64 %82
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = select i1 %105, <8 x float> %104, <8 x float> %136
  store <8 x float> %137, <8 x float>* %20, align 32
  %138 = getelementptr inbounds float, float* %0, i64 %85
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = select i1 %105, <8 x float> %104, <8 x float> %140
  store <8 x float> %141, <8 x float>* %19, align 32
  %142 = getelementptr inbounds float, float* %0, i64 %88
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = select i1 %105, <8 x float> %104, <8 x float> %144
  store <8 x float> %145, <8 x float>* %18, align 32
  %146 = getelementptr inbounds float, float* %0, i64 %91
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = select i1 %105, <8 x float> %104, <8 x float> %148
  store <8 x float> %149, <8 x float>* %17, align 32
  %150 = getelementptr inbounds float, float* %0, i64 %94
  %151 = bitcast float* %150 to <8 x float>*
  %152 = load <8 x float>, <8 x float>* %151, align 4
  %153 = select i1 %105, <8 x float> %104, <8 x float> %152
  store <8 x float> %153, <8 x float>* %16, align 32
  %154 = mul i64 %x, 8
  %155 = add i64 %44, %154
  %156 = add i64 %42, %155
  %157 = mul i64 %chunk, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %158 = mul i64 %35, 16
  %159 = add i64 %158, %38
  %160 = add i64 %159, 0
  %161 = mul i64 %160, 112
  %162 = add i64 %161, %32
  %163 = mul i64 %162, 112
  %164 = add i64 %163, 108
  %165 = mul i64 %164, 8
  %166 = add i64 %163, 109
  %167 = mul i64 %166, 8
  %168 = add i64 %163, 110
  %169 = mul i64 %168, 8
  %170 = add i64 %163, 111
  %171 = mul i64 %170, 8
  %172 = mul i64 %35, 16
  %173 = add i64 %172, %38
  %174 = add i64 %173, 1
  %175 = mul i64 %174, 112
  %176 = add i64 %175, %32
  %177 = mul i64 %176, 112
  %178 = add i64 %177, 108
  %179 = mul i64 %178, 8
  %180 = add i64 %177, 109
  %181 = mul i64 %180, 8
  %182 = add i64 %177, 110
  %183 = mul i64 %182, 8
  %184 = add i64 %177, 111
  %185 = mul i64 %184, 8
  %186 = add i64 %38, 0
  %187 = mul i64 %186, 8
  %188 = getelementptr inbounds float, float* %5, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = add i64 %38, 1
  %192 = mul i64 %191, 8
  %193 = getelementptr inbounds float, float* %5, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = icmp eq i64 %chunk, 0
  %197 = getelementptr inbounds float, float* %0, i64 %165
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = select i1 %196, <8 x float> %190, <8 x float> %199
  store <8 x float> %200, <8 x float>* %15, align 32
  %201 = getelementptr inbounds float, float* %0, i64 %167
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = select i1 %196, <8 x float> %190, <8 x float> %203
  store <8 x float> %204, <8 x float>* %14, align 32
  %205 = getelementptr inbounds float, float* %0, i64 %169
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = select i1 %196, <8 x float> %190, <8 x float> %207
  store <8 x float> %208, <8 x float>* %13, align 32
  %209 = getelementptr inbounds float, float* %0, i64 %171
  %210 = bitcast float* %209 to <8 x float>*
  %211 = load <8 x float>, <8 x float>* %210, align 4
  %212 = select i1 %196, <8 x float> %190, <8 x float> %211
  store <8 x float> %212, <8 x float>* %12, align 32
  %213 = getelementptr inbounds float, float* %0, i64 %179
  %214 = bitcast float* %213 to <8 x float>*
  %215 = load <8 x float>, <8 x float>* %214, align 4
  %216 = select i1 %196, <8 x float> %195, <8 x float> %215
  store <8 x float> %216, <8 x float>* %11, align 32
  %217 = getelementptr inbounds float, float* %0, i64 %181
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = select i1 %196, <8 x float> %195, <8 x float> %219
  store <8 x float> %220, <8 x float>* %10, align 32
  %221 = getelementptr inbounds float, float* %0, i64 %183
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = select i1 %196, <8 x float> %195, <8 x float> %223
  store <8 x float> %224, <8 x float>* %9, align 32
  %225 = getelementptr inbounds float, float* %0, i64 %185
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = select i1 %196, <8 x float> %195, <8 x float> %227
  store <8 x float> %228, <8 x float>* %8, align 32
  %229 = add i64 %44, 864
  %230 = add i64 %42, %229
  %231 = mul i64 %chunk, 2
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %232 = icmp slt i64 %u, 2
  br i1 %232, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %233 = add i64 %157, %u
  %234 = mul i64 %233, 103968
  %235 = add i64 %156, %234
  %236 = mul i64 %233, 576
  %237 = add i64 %43, %236
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %238 = icmp eq i64 %chunk, 3
  %239 = load <8 x float>, <8 x float>* %27, align 32
  %240 = fcmp olt <8 x float> %239, zeroinitializer
  %241 = select <8 x i1> %240, <8 x float> zeroinitializer, <8 x float> %239
  %242 = select i1 %238, <8 x float> %241, <8 x float> %239
  %243 = getelementptr inbounds float, float* %0, i64 %55
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %242, <8 x float>* %244, align 4
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = select i1 %238, <8 x float> %247, <8 x float> %245
  %249 = getelementptr inbounds float, float* %0, i64 %58
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %248, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %25, align 32
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = select i1 %238, <8 x float> %253, <8 x float> %251
  %255 = getelementptr inbounds float, float* %0, i64 %61
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %254, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %24, align 32
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = select i1 %238, <8 x float> %259, <8 x float> %257
  %261 = getelementptr inbounds float, float* %0, i64 %64
  %262 = bitcast float* %261 to <8 x float>*
  store <8 x float> %260, <8 x float>* %262, align 4
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = select i1 %238, <8 x float> %265, <8 x float> %263
  %267 = getelementptr inbounds float, float* %0, i64 %67
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %266, <8 x float>* %268, align 4
  %269 = load <8 x float>, <8 x float>* %22, align 32
  %270 = fcmp olt <8 x float> %269, zeroinitializer
  %271 = select <8 x i1> %270, <8 x float> zeroinitializer, <8 x float> %269
  %272 = select i1 %238, <8 x float> %271, <8 x float> %269
  %273 = getelementptr inbounds float, float* %0, i64 %70
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %272, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %21, align 32
  %276 = fcmp olt <8 x float> %275, zeroinitializer
  %277 = select <8 x i1> %276, <8 x float> zeroinitializer, <8 x float> %275
  %278 = select i1 %238, <8 x float> %277, <8 x float> %275
  %279 = getelementptr inbounds float, float* %0, i64 %79
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %20, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = select i1 %238, <8 x float> %283, <8 x float> %281
  %285 = getelementptr inbounds float, float* %0, i64 %82
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %284, <8 x float>* %286, align 4
  %287 = load <8 x float>, <8 x float>* %19, align 32
  %288 = fcmp olt <8 x float> %287, zeroinitializer
  %289 = select <8 x i1> %288, <8 x float> zeroinitializer, <8 x float> %287
  %290 = select i1 %238, <8 x float> %289, <8 x float> %287
  %291 = getelementptr inbounds float, float* %0, i64 %85
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %290, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %18, align 32
  %294 = fcmp olt <8 x float> %293, zeroinitializer
  %295 = select <8 x i1> %294, <8 x float> zeroinitializer, <8 x float> %293
  %296 = select i1 %238, <8 x float> %295, <8 x float> %293
  %297 = getelementptr inbounds float, float* %0, i64 %88
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %296, <8 x float>* %298, align 4
  %299 = load <8 x float>, <8 x float>* %17, align 32
  %300 = fcmp olt <8 x float> %299, zeroinitializer
  %301 = select <8 x i1> %300, <8 x float> zeroinitializer, <8 x float> %299
  %302 = select i1 %238, <8 x float> %301, <8 x float> %299
  %303 = getelementptr inbounds float, float* %0, i64 %91
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %302, <8 x float>* %304, align 4
  %305 = load <8 x float>, <8 x float>* %16, align 32
  %306 = fcmp olt <8 x float> %305, zeroinitializer
  %307 = select <8 x i1> %306, <8 x float> zeroinitializer, <8 x float> %305
  %308 = select i1 %238, <8 x float> %307, <8 x float> %305
  %309 = getelementptr inbounds float, float* %0, i64 %94
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %308, <8 x float>* %310, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %311 = icmp slt i64 %kh, 3
  br i1 %311, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %312 = mul i64 %kh, 912
  %313 = add i64 %235, %312
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %314 = icmp slt i64 %kw, 3
  br i1 %314, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %315 = mul i64 %kw, 8
  %316 = add i64 %313, %315
  %317 = mul i64 %kh, 3
  %318 = add i64 %317, %kw
  %319 = mul i64 %318, 64
  %320 = add i64 %237, %319
  %321 = add i64 %320, 0
  %322 = getelementptr inbounds float, float* %4, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = add i64 %320, 4608
  %326 = getelementptr inbounds float, float* %4, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  %328 = load <8 x float>, <8 x float>* %327, align 4
  %329 = add i64 %316, 0
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %27, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %324, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %27, align 32
  %335 = load <8 x float>, <8 x float>* %21, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %328, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %21, align 32
  %337 = add i64 %316, 8
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat1 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %26, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %324, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %26, align 32
  %343 = load <8 x float>, <8 x float>* %20, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %328, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %20, align 32
  %345 = add i64 %316, 16
  %346 = getelementptr inbounds float, float* %2, i64 %345
  %347 = load float, float* %346, align 4
  %348 = insertelement <8 x float> undef, float %347, i32 0
  %splat2 = shufflevector <8 x float> %348, <8 x float> undef, <8 x i32> zeroinitializer
  %349 = load <8 x float>, <8 x float>* %25, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %324, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %25, align 32
  %351 = load <8 x float>, <8 x float>* %19, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %328, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %19, align 32
  %353 = add i64 %316, 24
  %354 = getelementptr inbounds float, float* %2, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat3 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %24, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %324, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %24, align 32
  %359 = load <8 x float>, <8 x float>* %18, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %328, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %18, align 32
  %361 = add i64 %316, 32
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat4 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %23, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %324, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %23, align 32
  %367 = load <8 x float>, <8 x float>* %17, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %328, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %17, align 32
  %369 = add i64 %316, 40
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = load float, float* %370, align 4
  %372 = insertelement <8 x float> undef, float %371, i32 0
  %splat5 = shufflevector <8 x float> %372, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %22, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %324, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %22, align 32
  %375 = load <8 x float>, <8 x float>* %16, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %328, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %16, align 32
  %377 = add i64 %320, 8
  %378 = getelementptr inbounds float, float* %4, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %320, 4616
  %382 = getelementptr inbounds float, float* %4, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %316, 1
  %386 = getelementptr inbounds float, float* %2, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat6 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %27, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %380, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %27, align 32
  %391 = load <8 x float>, <8 x float>* %21, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %384, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %21, align 32
  %393 = add i64 %316, 9
  %394 = getelementptr inbounds float, float* %2, i64 %393
  %395 = load float, float* %394, align 4
  %396 = insertelement <8 x float> undef, float %395, i32 0
  %splat7 = shufflevector <8 x float> %396, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = load <8 x float>, <8 x float>* %26, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %380, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %26, align 32
  %399 = load <8 x float>, <8 x float>* %20, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %384, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %20, align 32
  %401 = add i64 %316, 17
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat8 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %25, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %25, align 32
  %407 = load <8 x float>, <8 x float>* %19, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %19, align 32
  %409 = add i64 %316, 25
  %410 = getelementptr inbounds float, float* %2, i64 %409
  %411 = load float, float* %410, align 4
  %412 = insertelement <8 x float> undef, float %411, i32 0
  %splat9 = shufflevector <8 x float> %412, <8 x float> undef, <8 x i32> zeroinitializer
  %413 = load <8 x float>, <8 x float>* %24, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %24, align 32
  %415 = load <8 x float>, <8 x float>* %18, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %18, align 32
  %417 = add i64 %316, 33
  %418 = getelementptr inbounds float, float* %2, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat10 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %23, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %23, align 32
  %423 = load <8 x float>, <8 x float>* %17, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %17, align 32
  %425 = add i64 %316, 41
  %426 = getelementptr inbounds float, float* %2, i64 %425
  %427 = load float, float* %426, align 4
  %428 = insertelement <8 x float> undef, float %427, i32 0
  %splat11 = shufflevector <8 x float> %428, <8 x float> undef, <8 x i32> zeroinitializer
  %429 = load <8 x float>, <8 x float>* %22, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %22, align 32
  %431 = load <8 x float>, <8 x float>* %16, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %16, align 32
  %433 = add i64 %320, 16
  %434 = getelementptr inbounds float, float* %4, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = add i64 %320, 4624
  %438 = getelementptr inbounds float, float* %4, i64 %437
  %439 = bitcast float* %438 to <8 x float>*
  %440 = load <8 x float>, <8 x float>* %439, align 4
  %441 = add i64 %316, 2
  %442 = getelementptr inbounds float, float* %2, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat12 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %27, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %436, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %27, align 32
  %447 = load <8 x float>, <8 x float>* %21, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %440, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %21, align 32
  %449 = add i64 %316, 10
  %450 = getelementptr inbounds float, float* %2, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat13 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %26, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %436, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %26, align 32
  %455 = load <8 x float>, <8 x float>* %20, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %440, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %20, align 32
  %457 = add i64 %316, 18
  %458 = getelementptr inbounds float, float* %2, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat14 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %25, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %436, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %25, align 32
  %463 = load <8 x float>, <8 x float>* %19, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %440, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %19, align 32
  %465 = add i64 %316, 26
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = load float, float* %466, align 4
  %468 = insertelement <8 x float> undef, float %467, i32 0
  %splat15 = shufflevector <8 x float> %468, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, <8 x float>* %24, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %436, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %24, align 32
  %471 = load <8 x float>, <8 x float>* %18, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %440, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %18, align 32
  %473 = add i64 %316, 34
  %474 = getelementptr inbounds float, float* %2, i64 %473
  %475 = load float, float* %474, align 4
  %476 = insertelement <8 x float> undef, float %475, i32 0
  %splat16 = shufflevector <8 x float> %476, <8 x float> undef, <8 x i32> zeroinitializer
  %477 = load <8 x float>, <8 x float>* %23, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %436, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %23, align 32
  %479 = load <8 x float>, <8 x float>* %17, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %440, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %17, align 32
  %481 = add i64 %316, 42
  %482 = getelementptr inbounds float, float* %2, i64 %481
  %483 = load float, float* %482, align 4
  %484 = insertelement <8 x float> undef, float %483, i32 0
  %splat17 = shufflevector <8 x float> %484, <8 x float> undef, <8 x i32> zeroinitializer
  %485 = load <8 x float>, <8 x float>* %22, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %436, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %22, align 32
  %487 = load <8 x float>, <8 x float>* %16, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %440, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %16, align 32
  %489 = add i64 %320, 24
  %490 = getelementptr inbounds float, float* %4, i64 %489
  %491 = bitcast float* %490 to <8 x float>*
  %492 = load <8 x float>, <8 x float>* %491, align 4
  %493 = add i64 %320, 4632
  %494 = getelementptr inbounds float, float* %4, i64 %493
  %495 = bitcast float* %494 to <8 x float>*
  %496 = load <8 x float>, <8 x float>* %495, align 4
  %497 = add i64 %316, 3
  %498 = getelementptr inbounds float, float* %2, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat18 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %27, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %492, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %27, align 32
  %503 = load <8 x float>, <8 x float>* %21, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %496, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %21, align 32
  %505 = add i64 %316, 11
  %506 = getelementptr inbounds float, float* %2, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat19 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %26, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %492, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %26, align 32
  %511 = load <8 x float>, <8 x float>* %20, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %496, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %20, align 32
  %513 = add i64 %316, 19
  %514 = getelementptr inbounds float, float* %2, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat20 = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %25, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %492, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %25, align 32
  %519 = load <8 x float>, <8 x float>* %19, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %496, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %19, align 32
  %521 = add i64 %316, 27
  %522 = getelementptr inbounds float, float* %2, i64 %521
  %523 = load float, float* %522, align 4
  %524 = insertelement <8 x float> undef, float %523, i32 0
  %splat21 = shufflevector <8 x float> %524, <8 x float> undef, <8 x i32> zeroinitializer
  %525 = load <8 x float>, <8 x float>* %24, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %492, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %24, align 32
  %527 = load <8 x float>, <8 x float>* %18, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %496, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %18, align 32
  %529 = add i64 %316, 35
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat22 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %23, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %492, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %23, align 32
  %535 = load <8 x float>, <8 x float>* %17, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %496, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %17, align 32
  %537 = add i64 %316, 43
  %538 = getelementptr inbounds float, float* %2, i64 %537
  %539 = load float, float* %538, align 4
  %540 = insertelement <8 x float> undef, float %539, i32 0
  %splat23 = shufflevector <8 x float> %540, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = load <8 x float>, <8 x float>* %22, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %492, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %22, align 32
  %543 = load <8 x float>, <8 x float>* %16, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %496, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %16, align 32
  %545 = add i64 %320, 32
  %546 = getelementptr inbounds float, float* %4, i64 %545
  %547 = bitcast float* %546 to <8 x float>*
  %548 = load <8 x float>, <8 x float>* %547, align 4
  %549 = add i64 %320, 4640
  %550 = getelementptr inbounds float, float* %4, i64 %549
  %551 = bitcast float* %550 to <8 x float>*
  %552 = load <8 x float>, <8 x float>* %551, align 4
  %553 = add i64 %316, 4
  %554 = getelementptr inbounds float, float* %2, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat24 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %27, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %548, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %27, align 32
  %559 = load <8 x float>, <8 x float>* %21, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %552, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %21, align 32
  %561 = add i64 %316, 12
  %562 = getelementptr inbounds float, float* %2, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat25 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %26, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %548, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %26, align 32
  %567 = load <8 x float>, <8 x float>* %20, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %552, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %20, align 32
  %569 = add i64 %316, 20
  %570 = getelementptr inbounds float, float* %2, i64 %569
  %571 = load float, float* %570, align 4
  %572 = insertelement <8 x float> undef, float %571, i32 0
  %splat26 = shufflevector <8 x float> %572, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = load <8 x float>, <8 x float>* %25, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %548, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %25, align 32
  %575 = load <8 x float>, <8 x float>* %19, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %552, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %19, align 32
  %577 = add i64 %316, 28
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat27 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %24, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %548, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %24, align 32
  %583 = load <8 x float>, <8 x float>* %18, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %552, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %18, align 32
  %585 = add i64 %316, 36
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat28 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %23, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %548, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %23, align 32
  %591 = load <8 x float>, <8 x float>* %17, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %552, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %17, align 32
  %593 = add i64 %316, 44
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat29 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %22, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %548, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %22, align 32
  %599 = load <8 x float>, <8 x float>* %16, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %552, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %16, align 32
  %601 = add i64 %320, 40
  %602 = getelementptr inbounds float, float* %4, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  %604 = load <8 x float>, <8 x float>* %603, align 4
  %605 = add i64 %320, 4648
  %606 = getelementptr inbounds float, float* %4, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = add i64 %316, 5
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat30 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %27, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %604, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %27, align 32
  %615 = load <8 x float>, <8 x float>* %21, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %608, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %21, align 32
  %617 = add i64 %316, 13
  %618 = getelementptr inbounds float, float* %2, i64 %617
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat31 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %26, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %604, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %26, align 32
  %623 = load <8 x float>, <8 x float>* %20, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %608, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %20, align 32
  %625 = add i64 %316, 21
  %626 = getelementptr inbounds float, float* %2, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat32 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %25, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %604, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %25, align 32
  %631 = load <8 x float>, <8 x float>* %19, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %608, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %19, align 32
  %633 = add i64 %316, 29
  %634 = getelementptr inbounds float, float* %2, i64 %633
  %635 = load float, float* %634, align 4
  %636 = insertelement <8 x float> undef, float %635, i32 0
  %splat33 = shufflevector <8 x float> %636, <8 x float> undef, <8 x i32> zeroinitializer
  %637 = load <8 x float>, <8 x float>* %24, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %604, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %24, align 32
  %639 = load <8 x float>, <8 x float>* %18, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %608, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %18, align 32
  %641 = add i64 %316, 37
  %642 = getelementptr inbounds float, float* %2, i64 %641
  %643 = load float, float* %642, align 4
  %644 = insertelement <8 x float> undef, float %643, i32 0
  %splat34 = shufflevector <8 x float> %644, <8 x float> undef, <8 x i32> zeroinitializer
  %645 = load <8 x float>, <8 x float>* %23, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %604, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %23, align 32
  %647 = load <8 x float>, <8 x float>* %17, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %608, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %17, align 32
  %649 = add i64 %316, 45
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat35 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %22, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %604, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %22, align 32
  %655 = load <8 x float>, <8 x float>* %16, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %608, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %16, align 32
  %657 = add i64 %320, 48
  %658 = getelementptr inbounds float, float* %4, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %320, 4656
  %662 = getelementptr inbounds float, float* %4, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %316, 6
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = load float, float* %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %splat36 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %669 = load <8 x float>, <8 x float>* %27, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %660, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %27, align 32
  %671 = load <8 x float>, <8 x float>* %21, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %664, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %21, align 32
  %673 = add i64 %316, 14
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = load float, float* %674, align 4
  %676 = insertelement <8 x float> undef, float %675, i32 0
  %splat37 = shufflevector <8 x float> %676, <8 x float> undef, <8 x i32> zeroinitializer
  %677 = load <8 x float>, <8 x float>* %26, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %660, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %26, align 32
  %679 = load <8 x float>, <8 x float>* %20, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %664, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %20, align 32
  %681 = add i64 %316, 22
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat38 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %25, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %660, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %25, align 32
  %687 = load <8 x float>, <8 x float>* %19, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %664, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %19, align 32
  %689 = add i64 %316, 30
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat39 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %24, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %660, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %24, align 32
  %695 = load <8 x float>, <8 x float>* %18, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %664, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %18, align 32
  %697 = add i64 %316, 38
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat40 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %23, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %660, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %23, align 32
  %703 = load <8 x float>, <8 x float>* %17, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %664, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %17, align 32
  %705 = add i64 %316, 46
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat41 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %22, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %660, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %22, align 32
  %711 = load <8 x float>, <8 x float>* %16, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %664, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %16, align 32
  %713 = add i64 %320, 56
  %714 = getelementptr inbounds float, float* %4, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %320, 4664
  %718 = getelementptr inbounds float, float* %4, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %316, 7
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat42 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %27, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %716, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %27, align 32
  %727 = load <8 x float>, <8 x float>* %21, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %720, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %21, align 32
  %729 = add i64 %316, 15
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat43 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %26, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %716, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %26, align 32
  %735 = load <8 x float>, <8 x float>* %20, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %720, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %20, align 32
  %737 = add i64 %316, 23
  %738 = getelementptr inbounds float, float* %2, i64 %737
  %739 = load float, float* %738, align 4
  %740 = insertelement <8 x float> undef, float %739, i32 0
  %splat44 = shufflevector <8 x float> %740, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, <8 x float>* %25, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %716, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %25, align 32
  %743 = load <8 x float>, <8 x float>* %19, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %720, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %19, align 32
  %745 = add i64 %316, 31
  %746 = getelementptr inbounds float, float* %2, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat45 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %24, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %716, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %24, align 32
  %751 = load <8 x float>, <8 x float>* %18, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %720, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %18, align 32
  %753 = add i64 %316, 39
  %754 = getelementptr inbounds float, float* %2, i64 %753
  %755 = load float, float* %754, align 4
  %756 = insertelement <8 x float> undef, float %755, i32 0
  %splat46 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %757 = load <8 x float>, <8 x float>* %23, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %716, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %23, align 32
  %759 = load <8 x float>, <8 x float>* %17, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %720, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %17, align 32
  %761 = add i64 %316, 47
  %762 = getelementptr inbounds float, float* %2, i64 %761
  %763 = load float, float* %762, align 4
  %764 = insertelement <8 x float> undef, float %763, i32 0
  %splat47 = shufflevector <8 x float> %764, <8 x float> undef, <8 x i32> zeroinitializer
  %765 = load <8 x float>, <8 x float>* %22, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %716, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %22, align 32
  %767 = load <8 x float>, <8 x float>* %16, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %720, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %769 = icmp slt i64 %u51, 2
  br i1 %769, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %770 = add i64 %231, %u51
  %771 = mul i64 %770, 103968
  %772 = add i64 %230, %771
  %773 = mul i64 %770, 576
  %774 = add i64 %43, %773
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %775 = icmp eq i64 %chunk, 3
  %776 = load <8 x float>, <8 x float>* %15, align 32
  %777 = fcmp olt <8 x float> %776, zeroinitializer
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> %776
  %779 = select i1 %775, <8 x float> %778, <8 x float> %776
  %780 = getelementptr inbounds float, float* %0, i64 %165
  %781 = bitcast float* %780 to <8 x float>*
  store <8 x float> %779, <8 x float>* %781, align 4
  %782 = load <8 x float>, <8 x float>* %14, align 32
  %783 = fcmp olt <8 x float> %782, zeroinitializer
  %784 = select <8 x i1> %783, <8 x float> zeroinitializer, <8 x float> %782
  %785 = select i1 %775, <8 x float> %784, <8 x float> %782
  %786 = getelementptr inbounds float, float* %0, i64 %167
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %785, <8 x float>* %787, align 4
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = select i1 %775, <8 x float> %790, <8 x float> %788
  %792 = getelementptr inbounds float, float* %0, i64 %169
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %791, <8 x float>* %793, align 4
  %794 = load <8 x float>, <8 x float>* %12, align 32
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = select i1 %775, <8 x float> %796, <8 x float> %794
  %798 = getelementptr inbounds float, float* %0, i64 %171
  %799 = bitcast float* %798 to <8 x float>*
  store <8 x float> %797, <8 x float>* %799, align 4
  %800 = load <8 x float>, <8 x float>* %11, align 32
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = select i1 %775, <8 x float> %802, <8 x float> %800
  %804 = getelementptr inbounds float, float* %0, i64 %179
  %805 = bitcast float* %804 to <8 x float>*
  store <8 x float> %803, <8 x float>* %805, align 4
  %806 = load <8 x float>, <8 x float>* %10, align 32
  %807 = fcmp olt <8 x float> %806, zeroinitializer
  %808 = select <8 x i1> %807, <8 x float> zeroinitializer, <8 x float> %806
  %809 = select i1 %775, <8 x float> %808, <8 x float> %806
  %810 = getelementptr inbounds float, float* %0, i64 %181
  %811 = bitcast float* %810 to <8 x float>*
  store <8 x float> %809, <8 x float>* %811, align 4
  %812 = load <8 x float>, <8 x float>* %9, align 32
  %813 = fcmp olt <8 x float> %812, zeroinitializer
  %814 = select <8 x i1> %813, <8 x float> zeroinitializer, <8 x float> %812
  %815 = select i1 %775, <8 x float> %814, <8 x float> %812
  %816 = getelementptr inbounds float, float* %0, i64 %183
  %817 = bitcast float* %816 to <8 x float>*
  store <8 x float> %815, <8 x float>* %817, align 4
  %818 = load <8 x float>, <8 x float>* %8, align 32
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = select i1 %775, <8 x float> %820, <8 x float> %818
  %822 = getelementptr inbounds float, float* %0, i64 %185
  %823 = bitcast float* %822 to <8 x float>*
  store <8 x float> %821, <8 x float>* %823, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !5

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %824 = icmp slt i64 %kh55, 3
  br i1 %824, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %825 = mul i64 %kh55, 912
  %826 = add i64 %772, %825
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %827 = icmp slt i64 %kw59, 3
  br i1 %827, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %828 = mul i64 %kw59, 8
  %829 = add i64 %826, %828
  %830 = mul i64 %kh55, 3
  %831 = add i64 %830, %kw59
  %832 = mul i64 %831, 64
  %833 = add i64 %774, %832
  %834 = add i64 %833, 0
  %835 = getelementptr inbounds float, float* %4, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 %833, 4608
  %839 = getelementptr inbounds float, float* %4, i64 %838
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = add i64 %829, 0
  %843 = getelementptr inbounds float, float* %2, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat60 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %15, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %837, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %15, align 32
  %848 = load <8 x float>, <8 x float>* %11, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %841, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %11, align 32
  %850 = add i64 %829, 8
  %851 = getelementptr inbounds float, float* %2, i64 %850
  %852 = load float, float* %851, align 4
  %853 = insertelement <8 x float> undef, float %852, i32 0
  %splat61 = shufflevector <8 x float> %853, <8 x float> undef, <8 x i32> zeroinitializer
  %854 = load <8 x float>, <8 x float>* %14, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %837, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %14, align 32
  %856 = load <8 x float>, <8 x float>* %10, align 32
  %857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %841, <8 x float> %856)
  store <8 x float> %857, <8 x float>* %10, align 32
  %858 = add i64 %829, 16
  %859 = getelementptr inbounds float, float* %2, i64 %858
  %860 = load float, float* %859, align 4
  %861 = insertelement <8 x float> undef, float %860, i32 0
  %splat62 = shufflevector <8 x float> %861, <8 x float> undef, <8 x i32> zeroinitializer
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %837, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %13, align 32
  %864 = load <8 x float>, <8 x float>* %9, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %841, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %9, align 32
  %866 = add i64 %829, 24
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = load float, float* %867, align 4
  %869 = insertelement <8 x float> undef, float %868, i32 0
  %splat63 = shufflevector <8 x float> %869, <8 x float> undef, <8 x i32> zeroinitializer
  %870 = load <8 x float>, <8 x float>* %12, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %837, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %12, align 32
  %872 = load <8 x float>, <8 x float>* %8, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %841, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %8, align 32
  %874 = add i64 %833, 8
  %875 = getelementptr inbounds float, float* %4, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %833, 4616
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %829, 1
  %883 = getelementptr inbounds float, float* %2, i64 %882
  %884 = load float, float* %883, align 4
  %885 = insertelement <8 x float> undef, float %884, i32 0
  %splat64 = shufflevector <8 x float> %885, <8 x float> undef, <8 x i32> zeroinitializer
  %886 = load <8 x float>, <8 x float>* %15, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %877, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %15, align 32
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %881, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %11, align 32
  %890 = add i64 %829, 9
  %891 = getelementptr inbounds float, float* %2, i64 %890
  %892 = load float, float* %891, align 4
  %893 = insertelement <8 x float> undef, float %892, i32 0
  %splat65 = shufflevector <8 x float> %893, <8 x float> undef, <8 x i32> zeroinitializer
  %894 = load <8 x float>, <8 x float>* %14, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %877, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %14, align 32
  %896 = load <8 x float>, <8 x float>* %10, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %881, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %10, align 32
  %898 = add i64 %829, 17
  %899 = getelementptr inbounds float, float* %2, i64 %898
  %900 = load float, float* %899, align 4
  %901 = insertelement <8 x float> undef, float %900, i32 0
  %splat66 = shufflevector <8 x float> %901, <8 x float> undef, <8 x i32> zeroinitializer
  %902 = load <8 x float>, <8 x float>* %13, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %877, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %13, align 32
  %904 = load <8 x float>, <8 x float>* %9, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %881, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %9, align 32
  %906 = add i64 %829, 25
  %907 = getelementptr inbounds float, float* %2, i64 %906
  %908 = load float, float* %907, align 4
  %909 = insertelement <8 x float> undef, float %908, i32 0
  %splat67 = shufflevector <8 x float> %909, <8 x float> undef, <8 x i32> zeroinitializer
  %910 = load <8 x float>, <8 x float>* %12, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %877, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %12, align 32
  %912 = load <8 x float>, <8 x float>* %8, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %881, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %8, align 32
  %914 = add i64 %833, 16
  %915 = getelementptr inbounds float, float* %4, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  %917 = load <8 x float>, <8 x float>* %916, align 4
  %918 = add i64 %833, 4624
  %919 = getelementptr inbounds float, float* %4, i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %829, 2
  %923 = getelementptr inbounds float, float* %2, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat68 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %15, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %917, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %15, align 32
  %928 = load <8 x float>, <8 x float>* %11, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %921, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %11, align 32
  %930 = add i64 %829, 10
  %931 = getelementptr inbounds float, float* %2, i64 %930
  %932 = load float, float* %931, align 4
  %933 = insertelement <8 x float> undef, float %932, i32 0
  %splat69 = shufflevector <8 x float> %933, <8 x float> undef, <8 x i32> zeroinitializer
  %934 = load <8 x float>, <8 x float>* %14, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %917, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %14, align 32
  %936 = load <8 x float>, <8 x float>* %10, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %921, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %10, align 32
  %938 = add i64 %829, 18
  %939 = getelementptr inbounds float, float* %2, i64 %938
  %940 = load float, float* %939, align 4
  %941 = insertelement <8 x float> undef, float %940, i32 0
  %splat70 = shufflevector <8 x float> %941, <8 x float> undef, <8 x i32> zeroinitializer
  %942 = load <8 x float>, <8 x float>* %13, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %917, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %13, align 32
  %944 = load <8 x float>, <8 x float>* %9, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %921, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %9, align 32
  %946 = add i64 %829, 26
  %947 = getelementptr inbounds float, float* %2, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat71 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %12, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %917, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %12, align 32
  %952 = load <8 x float>, <8 x float>* %8, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %921, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %8, align 32
  %954 = add i64 %833, 24
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %833, 4632
  %959 = getelementptr inbounds float, float* %4, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %829, 3
  %963 = getelementptr inbounds float, float* %2, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat72 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %15, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %957, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %15, align 32
  %968 = load <8 x float>, <8 x float>* %11, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %961, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %11, align 32
  %970 = add i64 %829, 11
  %971 = getelementptr inbounds float, float* %2, i64 %970
  %972 = load float, float* %971, align 4
  %973 = insertelement <8 x float> undef, float %972, i32 0
  %splat73 = shufflevector <8 x float> %973, <8 x float> undef, <8 x i32> zeroinitializer
  %974 = load <8 x float>, <8 x float>* %14, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %957, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %14, align 32
  %976 = load <8 x float>, <8 x float>* %10, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %961, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %10, align 32
  %978 = add i64 %829, 19
  %979 = getelementptr inbounds float, float* %2, i64 %978
  %980 = load float, float* %979, align 4
  %981 = insertelement <8 x float> undef, float %980, i32 0
  %splat74 = shufflevector <8 x float> %981, <8 x float> undef, <8 x i32> zeroinitializer
  %982 = load <8 x float>, <8 x float>* %13, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %957, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %13, align 32
  %984 = load <8 x float>, <8 x float>* %9, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %961, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %9, align 32
  %986 = add i64 %829, 27
  %987 = getelementptr inbounds float, float* %2, i64 %986
  %988 = load float, float* %987, align 4
  %989 = insertelement <8 x float> undef, float %988, i32 0
  %splat75 = shufflevector <8 x float> %989, <8 x float> undef, <8 x i32> zeroinitializer
  %990 = load <8 x float>, <8 x float>* %12, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %957, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %12, align 32
  %992 = load <8 x float>, <8 x float>* %8, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %961, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %8, align 32
  %994 = add i64 %833, 32
  %995 = getelementptr inbounds float, float* %4, i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = add i64 %833, 4640
  %999 = getelementptr inbounds float, float* %4, i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %829, 4
  %1003 = getelementptr inbounds float, float* %2, i64 %1002
  %1004 = load float, float* %1003, align 4
  %1005 = insertelement <8 x float> undef, float %1004, i32 0
  %splat76 = shufflevector <8 x float> %1005, <8 x float> undef, <8 x i32> zeroinitializer
  %1006 = load <8 x float>, <8 x float>* %15, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %997, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %15, align 32
  %1008 = load <8 x float>, <8 x float>* %11, align 32
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1001, <8 x float> %1008)
  store <8 x float> %1009, <8 x float>* %11, align 32
  %1010 = add i64 %829, 12
  %1011 = getelementptr inbounds float, float* %2, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat77 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %14, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %997, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %14, align 32
  %1016 = load <8 x float>, <8 x float>* %10, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1001, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %10, align 32
  %1018 = add i64 %829, 20
  %1019 = getelementptr inbounds float, float* %2, i64 %1018
  %1020 = load float, float* %1019, align 4
  %1021 = insertelement <8 x float> undef, float %1020, i32 0
  %splat78 = shufflevector <8 x float> %1021, <8 x float> undef, <8 x i32> zeroinitializer
  %1022 = load <8 x float>, <8 x float>* %13, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %997, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %13, align 32
  %1024 = load <8 x float>, <8 x float>* %9, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1001, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %9, align 32
  %1026 = add i64 %829, 28
  %1027 = getelementptr inbounds float, float* %2, i64 %1026
  %1028 = load float, float* %1027, align 4
  %1029 = insertelement <8 x float> undef, float %1028, i32 0
  %splat79 = shufflevector <8 x float> %1029, <8 x float> undef, <8 x i32> zeroinitializer
  %1030 = load <8 x float>, <8 x float>* %12, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %997, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %12, align 32
  %1032 = load <8 x float>, <8 x float>* %8, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1001, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %8, align 32
  %1034 = add i64 %833, 40
  %1035 = getelementptr inbounds float, float* %4, i64 %1034
  %1036 = bitcast float* %1035 to <8 x float>*
  %1037 = load <8 x float>, <8 x float>* %1036, align 4
  %1038 = add i64 %833, 4648
  %1039 = getelementptr inbounds float, float* %4, i64 %1038
  %1040 = bitcast float* %1039 to <8 x float>*
  %1041 = load <8 x float>, <8 x float>* %1040, align 4
  %1042 = add i64 %829, 5
  %1043 = getelementptr inbounds float, float* %2, i64 %1042
  %1044 = load float, float* %1043, align 4
  %1045 = insertelement <8 x float> undef, float %1044, i32 0
  %splat80 = shufflevector <8 x float> %1045, <8 x float> undef, <8 x i32> zeroinitializer
  %1046 = load <8 x float>, <8 x float>* %15, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1037, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %15, align 32
  %1048 = load <8 x float>, <8 x float>* %11, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1041, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %11, align 32
  %1050 = add i64 %829, 13
  %1051 = getelementptr inbounds float, float* %2, i64 %1050
  %1052 = load float, float* %1051, align 4
  %1053 = insertelement <8 x float> undef, float %1052, i32 0
  %splat81 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1054 = load <8 x float>, <8 x float>* %14, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1037, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %14, align 32
  %1056 = load <8 x float>, <8 x float>* %10, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1041, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %10, align 32
  %1058 = add i64 %829, 21
  %1059 = getelementptr inbounds float, float* %2, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat82 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %13, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1037, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %13, align 32
  %1064 = load <8 x float>, <8 x float>* %9, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1041, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %9, align 32
  %1066 = add i64 %829, 29
  %1067 = getelementptr inbounds float, float* %2, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat83 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %12, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1037, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %12, align 32
  %1072 = load <8 x float>, <8 x float>* %8, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1041, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %8, align 32
  %1074 = add i64 %833, 48
  %1075 = getelementptr inbounds float, float* %4, i64 %1074
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = add i64 %833, 4656
  %1079 = getelementptr inbounds float, float* %4, i64 %1078
  %1080 = bitcast float* %1079 to <8 x float>*
  %1081 = load <8 x float>, <8 x float>* %1080, align 4
  %1082 = add i64 %829, 6
  %1083 = getelementptr inbounds float, float* %2, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat84 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %15, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1077, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %15, align 32
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1081, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %829, 14
  %1091 = getelementptr inbounds float, float* %2, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat85 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %14, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1077, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %14, align 32
  %1096 = load <8 x float>, <8 x float>* %10, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1081, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %10, align 32
  %1098 = add i64 %829, 22
  %1099 = getelementptr inbounds float, float* %2, i64 %1098
  %1100 = load float, float* %1099, align 4
  %1101 = insertelement <8 x float> undef, float %1100, i32 0
  %splat86 = shufflevector <8 x float> %1101, <8 x float> undef, <8 x i32> zeroinitializer
  %1102 = load <8 x float>, <8 x float>* %13, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1077, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %13, align 32
  %1104 = load <8 x float>, <8 x float>* %9, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1081, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %9, align 32
  %1106 = add i64 %829, 30
  %1107 = getelementptr inbounds float, float* %2, i64 %1106
  %1108 = load float, float* %1107, align 4
  %1109 = insertelement <8 x float> undef, float %1108, i32 0
  %splat87 = shufflevector <8 x float> %1109, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = load <8 x float>, <8 x float>* %12, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1077, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %12, align 32
  %1112 = load <8 x float>, <8 x float>* %8, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1081, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %8, align 32
  %1114 = add i64 %833, 56
  %1115 = getelementptr inbounds float, float* %4, i64 %1114
  %1116 = bitcast float* %1115 to <8 x float>*
  %1117 = load <8 x float>, <8 x float>* %1116, align 4
  %1118 = add i64 %833, 4664
  %1119 = getelementptr inbounds float, float* %4, i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = add i64 %829, 7
  %1123 = getelementptr inbounds float, float* %2, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat88 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %15, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1117, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %15, align 32
  %1128 = load <8 x float>, <8 x float>* %11, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1121, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %11, align 32
  %1130 = add i64 %829, 15
  %1131 = getelementptr inbounds float, float* %2, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat89 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %14, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1117, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %14, align 32
  %1136 = load <8 x float>, <8 x float>* %10, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1121, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %10, align 32
  %1138 = add i64 %829, 23
  %1139 = getelementptr inbounds float, float* %2, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat90 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %13, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1117, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %13, align 32
  %1144 = load <8 x float>, <8 x float>* %9, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1121, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %9, align 32
  %1146 = add i64 %829, 31
  %1147 = getelementptr inbounds float, float* %2, i64 %1146
  %1148 = load float, float* %1147, align 4
  %1149 = insertelement <8 x float> undef, float %1148, i32 0
  %splat91 = shufflevector <8 x float> %1149, <8 x float> undef, <8 x i32> zeroinitializer
  %1150 = load <8 x float>, <8 x float>* %12, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1117, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %12, align 32
  %1152 = load <8 x float>, <8 x float>* %8, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1121, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %8, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node3.conv2d_3.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node3.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
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
define internal void @node4.conv2d_4.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %1, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to i32*
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  %18 = sub i64 %17, 1
  %19 = add i64 1824, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 1824
  %23 = select i1 %22, i64 %21, i64 1824
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 1824
  %26 = select i1 %25, i64 %24, i64 1824
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
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 112
  %30 = sdiv i64 %task, 112
  %31 = srem i64 %30, 8
  %32 = mul i64 %29, 1
  %33 = sdiv i64 %task, 896
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 16
  %37 = mul i64 %31, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 16
  %40 = mul i64 %34, 16
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 103968
  %43 = mul i64 %38, 9216
  %44 = mul i64 %32, 912
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit50 ]
  %45 = icmp slt i64 %chunk, 8
  br i1 %45, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 108
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = mul i64 %35, 16
  %48 = add i64 %47, %38
  %49 = add i64 %48, 0
  %50 = mul i64 %49, 112
  %51 = add i64 %50, %32
  %52 = mul i64 %51, 112
  %53 = add i64 %x, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 8
  %56 = add i64 %x, 1
  %57 = add i64 %52, %56
  %58 = mul i64 %57, 8
  %59 = add i64 %x, 2
  %60 = add i64 %52, %59
  %61 = mul i64 %60, 8
  %62 = add i64 %x, 3
  %63 = add i64 %52, %62
  %64 = mul i64 %63, 8
  %65 = add i64 %x, 4
  %66 = add i64 %52, %65
  %67 = mul i64 %66, 8
  %68 = add i64 %x, 5
  %69 = add i64 %52, %68
  %70 = mul i64 %69, 8
  %71 = mul i64 %35, 16
  %72 = add i64 %71, %38
  %73 = add i64 %72, 1
  %74 = mul i64 %73, 112
  %75 = add i64 %74, %32
  %76 = mul i64 %75, 112
  %77 = add i64 %x, 0
  %78 = add i64 %76, %77
  %79 = mul i64 %78, 8
  %80 = add i64 %x, 1
  %81 = add i64 %76, %80
  %82 = mul i64 %81, 8
  %83 = add i64 %x, 2
  %84 = add i64 %76, %83
  %85 = mul i64 %84, 8
  %86 = add i64 %x, 3
  %87 = add i64 %76, %86
  %88 = mul i64 %87, 8
  %89 = add i64 %x, 4
  %90 = add i64 %76, %89
  %91 = mul i64 %90, 8
  %92 = add i64 %x, 5
  %93 = add i64 %76, %92
  %94 = mul i64 %93, 8
  %95 = add i64 %38, 0
  %96 = mul i64 %95, 8
  %97 = getelementptr inbounds float, float* %5, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %38, 1
  %101 = mul i64 %100, 8
  %102 = getelementptr inbounds float, float* %5, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = icmp eq i64 %chunk, 0
  %106 = getelementptr inbounds float, float* %0, i64 %55
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = select i1 %105, <8 x float> %99, <8 x float> %108
  store <8 x float> %109, <8 x float>* %27, align 32
  %110 = getelementptr inbounds float, float* %0, i64 %58
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = select i1 %105, <8 x float> %99, <8 x float> %112
  store <8 x float> %113, <8 x float>* %26, align 32
  %114 = getelementptr inbounds float, float* %0, i64 %61
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = select i1 %105, <8 x float> %99, <8 x float> %116
  store <8 x float> %117, <8 x float>* %25, align 32
  %118 = getelementptr inbounds float, float* %0, i64 %64
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = select i1 %105, <8 x float> %99, <8 x float> %120
  store <8 x float> %121, <8 x float>* %24, align 32
  %122 = getelementptr inbounds float, float* %0, i64 %67
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = select i1 %105, <8 x float> %99, <8 x float> %124
  store <8 x float> %125, <8 x float>* %23, align 32
  %126 = getelementptr inbounds float, float* %0, i64 %70
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = select i1 %105, <8 x float> %99, <8 x float> %128
  store <8 x float> %129, <8 x float>* %22, align 32
  %130 = getelementptr inbounds float, float* %0, i64 %79
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = select i1 %105, <8 x float> %104, <8 x float> %132
  store <8 x float> %133, <8 x float>* %21, align 32
  %134 = getelementptr inbounds float, float* %0, i64 %82
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = select i1 %105, <8 x float> %104, <8 x float> %136
  store <8 x float> %137, <8 x float>* %20, align 32
  %138 = getelementptr inbounds float, float* %0, i64 %85
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = select i1 %105, <8 x float> %104, <8 x float> %140
  store <8 x float> %141, <8 x float>* %19, align 32
  %142 = getelementptr inbounds float, float* %0, i64 %88
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = select i1 %105, <8 x float> %104, <8 x float> %144
  store <8 x float> %145, <8 x float>* %18, align 32
  %146 = getelementptr inbounds float, float* %0, i64 %91
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = select i1 %105, <8 x float> %104, <8 x float> %148
  store <8 x float> %149, <8 x float>* %17, align 32
  %150 = getelementptr inbounds float, float* %0, i64 %94
  %151 = bitcast float* %150 to <8 x float>*
  %152 = load <8 x float>, <8 x float>* %151, align 4
  %153 = select i1 %105, <8 x float> %104, <8 x float> %152
  store <8 x float> %153, <8 x float>* %16, align 32
  %154 = mul i64 %x, 8
  %155 = add i64 %44, %154
  %156 = add i64 %42, %155
  %157 = mul i64 %chunk, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %158 = mul i64 %35, 16
  %159 = add i64 %158, %38
  %160 = add i64 %159, 0
  %161 = mul i64 %160, 112
  %162 = add i64 %161, %32
  %163 = mul i64 %162, 112
  %164 = add i64 %163, 108
  %165 = mul i64 %164, 8
  %166 = add i64 %163, 109
  %167 = mul i64 %166, 8
  %168 = add i64 %163, 110
  %169 = mul i64 %168, 8
  %170 = add i64 %163, 111
  %171 = mul i64 %170, 8
  %172 = mul i64 %35, 16
  %173 = add i64 %172, %38
  %174 = add i64 %173, 1
  %175 = mul i64 %174, 112
  %176 = add i64 %175, %32
  %177 = mul i64 %176, 112
  %178 = add i64 %177, 108
  %179 = mul i64 %178, 8
  %180 = add i64 %177, 109
  %181 = mul i64 %180, 8
  %182 = add i64 %177, 110
  %183 = mul i64 %182, 8
  %184 = add i64 %177, 111
  %185 = mul i64 %184, 8
  %186 = add i64 %38, 0
  %187 = mul i64 %186, 8
  %188 = getelementptr inbounds float, float* %5, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = add i64 %38, 1
  %192 = mul i64 %191, 8
  %193 = getelementptr inbounds float, float* %5, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = icmp eq i64 %chunk, 0
  %197 = getelementptr inbounds float, float* %0, i64 %165
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = select i1 %196, <8 x float> %190, <8 x float> %199
  store <8 x float> %200, <8 x float>* %15, align 32
  %201 = getelementptr inbounds float, float* %0, i64 %167
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = select i1 %196, <8 x float> %190, <8 x float> %203
  store <8 x float> %204, <8 x float>* %14, align 32
  %205 = getelementptr inbounds float, float* %0, i64 %169
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = select i1 %196, <8 x float> %190, <8 x float> %207
  store <8 x float> %208, <8 x float>* %13, align 32
  %209 = getelementptr inbounds float, float* %0, i64 %171
  %210 = bitcast float* %209 to <8 x float>*
  %211 = load <8 x float>, <8 x float>* %210, align 4
  %212 = select i1 %196, <8 x float> %190, <8 x float> %211
  store <8 x float> %212, <8 x float>* %12, align 32
  %213 = getelementptr inbounds float, float* %0, i64 %179
  %214 = bitcast float* %213 to <8 x float>*
  %215 = load <8 x float>, <8 x float>* %214, align 4
  %216 = select i1 %196, <8 x float> %195, <8 x float> %215
  store <8 x float> %216, <8 x float>* %11, align 32
  %217 = getelementptr inbounds float, float* %0, i64 %181
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = select i1 %196, <8 x float> %195, <8 x float> %219
  store <8 x float> %220, <8 x float>* %10, align 32
  %221 = getelementptr inbounds float, float* %0, i64 %183
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = select i1 %196, <8 x float> %195, <8 x float> %223
  store <8 x float> %224, <8 x float>* %9, align 32
  %225 = getelementptr inbounds float, float* %0, i64 %185
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = select i1 %196, <8 x float> %195, <8 x float> %227
  store <8 x float> %228, <8 x float>* %8, align 32
  %229 = add i64 %44, 864
  %230 = add i64 %42, %229
  %231 = mul i64 %chunk, 2
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %232 = icmp slt i64 %u, 2
  br i1 %232, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %233 = add i64 %157, %u
  %234 = mul i64 %233, 103968
  %235 = add i64 %156, %234
  %236 = mul i64 %233, 576
  %237 = add i64 %43, %236
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %238 = icmp eq i64 %chunk, 7
  %239 = load <8 x float>, <8 x float>* %27, align 32
  %240 = fcmp olt <8 x float> %239, zeroinitializer
  %241 = select <8 x i1> %240, <8 x float> zeroinitializer, <8 x float> %239
  %242 = select i1 %238, <8 x float> %241, <8 x float> %239
  %243 = getelementptr inbounds float, float* %0, i64 %55
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %242, <8 x float>* %244, align 4
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = select i1 %238, <8 x float> %247, <8 x float> %245
  %249 = getelementptr inbounds float, float* %0, i64 %58
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %248, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %25, align 32
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = select i1 %238, <8 x float> %253, <8 x float> %251
  %255 = getelementptr inbounds float, float* %0, i64 %61
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %254, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %24, align 32
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = select i1 %238, <8 x float> %259, <8 x float> %257
  %261 = getelementptr inbounds float, float* %0, i64 %64
  %262 = bitcast float* %261 to <8 x float>*
  store <8 x float> %260, <8 x float>* %262, align 4
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = select i1 %238, <8 x float> %265, <8 x float> %263
  %267 = getelementptr inbounds float, float* %0, i64 %67
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %266, <8 x float>* %268, align 4
  %269 = load <8 x float>, <8 x float>* %22, align 32
  %270 = fcmp olt <8 x float> %269, zeroinitializer
  %271 = select <8 x i1> %270, <8 x float> zeroinitializer, <8 x float> %269
  %272 = select i1 %238, <8 x float> %271, <8 x float> %269
  %273 = getelementptr inbounds float, float* %0, i64 %70
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %272, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %21, align 32
  %276 = fcmp olt <8 x float> %275, zeroinitializer
  %277 = select <8 x i1> %276, <8 x float> zeroinitializer, <8 x float> %275
  %278 = select i1 %238, <8 x float> %277, <8 x float> %275
  %279 = getelementptr inbounds float, float* %0, i64 %79
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %20, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = select i1 %238, <8 x float> %283, <8 x float> %281
  %285 = getelementptr inbounds float, float* %0, i64 %82
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %284, <8 x float>* %286, align 4
  %287 = load <8 x float>, <8 x float>* %19, align 32
  %288 = fcmp olt <8 x float> %287, zeroinitializer
  %289 = select <8 x i1> %288, <8 x float> zeroinitializer, <8 x float> %287
  %290 = select i1 %238, <8 x float> %289, <8 x float> %287
  %291 = getelementptr inbounds float, float* %0, i64 %85
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %290, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %18, align 32
  %294 = fcmp olt <8 x float> %293, zeroinitializer
  %295 = select <8 x i1> %294, <8 x float> zeroinitializer, <8 x float> %293
  %296 = select i1 %238, <8 x float> %295, <8 x float> %293
  %297 = getelementptr inbounds float, float* %0, i64 %88
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %296, <8 x float>* %298, align 4
  %299 = load <8 x float>, <8 x float>* %17, align 32
  %300 = fcmp olt <8 x float> %299, zeroinitializer
  %301 = select <8 x i1> %300, <8 x float> zeroinitializer, <8 x float> %299
  %302 = select i1 %238, <8 x float> %301, <8 x float> %299
  %303 = getelementptr inbounds float, float* %0, i64 %91
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %302, <8 x float>* %304, align 4
  %305 = load <8 x float>, <8 x float>* %16, align 32
  %306 = fcmp olt <8 x float> %305, zeroinitializer
  %307 = select <8 x i1> %306, <8 x float> zeroinitializer, <8 x float> %305
  %308 = select i1 %238, <8 x float> %307, <8 x float> %305
  %309 = getelementptr inbounds float, float* %0, i64 %94
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %308, <8 x float>* %310, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %311 = icmp slt i64 %kh, 3
  br i1 %311, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %312 = mul i64 %kh, 912
  %313 = add i64 %235, %312
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %314 = icmp slt i64 %kw, 3
  br i1 %314, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %315 = mul i64 %kw, 8
  %316 = add i64 %313, %315
  %317 = mul i64 %kh, 3
  %318 = add i64 %317, %kw
  %319 = mul i64 %318, 64
  %320 = add i64 %237, %319
  %321 = add i64 %320, 0
  %322 = getelementptr inbounds float, float* %4, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = add i64 %320, 9216
  %326 = getelementptr inbounds float, float* %4, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  %328 = load <8 x float>, <8 x float>* %327, align 4
  %329 = add i64 %316, 0
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %27, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %324, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %27, align 32
  %335 = load <8 x float>, <8 x float>* %21, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %328, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %21, align 32
  %337 = add i64 %316, 8
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat1 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %26, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %324, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %26, align 32
  %343 = load <8 x float>, <8 x float>* %20, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %328, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %20, align 32
  %345 = add i64 %316, 16
  %346 = getelementptr inbounds float, float* %2, i64 %345
  %347 = load float, float* %346, align 4
  %348 = insertelement <8 x float> undef, float %347, i32 0
  %splat2 = shufflevector <8 x float> %348, <8 x float> undef, <8 x i32> zeroinitializer
  %349 = load <8 x float>, <8 x float>* %25, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %324, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %25, align 32
  %351 = load <8 x float>, <8 x float>* %19, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %328, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %19, align 32
  %353 = add i64 %316, 24
  %354 = getelementptr inbounds float, float* %2, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat3 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %24, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %324, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %24, align 32
  %359 = load <8 x float>, <8 x float>* %18, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %328, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %18, align 32
  %361 = add i64 %316, 32
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat4 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %23, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %324, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %23, align 32
  %367 = load <8 x float>, <8 x float>* %17, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %328, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %17, align 32
  %369 = add i64 %316, 40
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = load float, float* %370, align 4
  %372 = insertelement <8 x float> undef, float %371, i32 0
  %splat5 = shufflevector <8 x float> %372, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %22, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %324, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %22, align 32
  %375 = load <8 x float>, <8 x float>* %16, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %328, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %16, align 32
  %377 = add i64 %320, 8
  %378 = getelementptr inbounds float, float* %4, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %320, 9224
  %382 = getelementptr inbounds float, float* %4, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %316, 1
  %386 = getelementptr inbounds float, float* %2, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat6 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %27, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %380, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %27, align 32
  %391 = load <8 x float>, <8 x float>* %21, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %384, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %21, align 32
  %393 = add i64 %316, 9
  %394 = getelementptr inbounds float, float* %2, i64 %393
  %395 = load float, float* %394, align 4
  %396 = insertelement <8 x float> undef, float %395, i32 0
  %splat7 = shufflevector <8 x float> %396, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = load <8 x float>, <8 x float>* %26, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %380, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %26, align 32
  %399 = load <8 x float>, <8 x float>* %20, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %384, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %20, align 32
  %401 = add i64 %316, 17
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat8 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %25, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %25, align 32
  %407 = load <8 x float>, <8 x float>* %19, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %19, align 32
  %409 = add i64 %316, 25
  %410 = getelementptr inbounds float, float* %2, i64 %409
  %411 = load float, float* %410, align 4
  %412 = insertelement <8 x float> undef, float %411, i32 0
  %splat9 = shufflevector <8 x float> %412, <8 x float> undef, <8 x i32> zeroinitializer
  %413 = load <8 x float>, <8 x float>* %24, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %24, align 32
  %415 = load <8 x float>, <8 x float>* %18, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %18, align 32
  %417 = add i64 %316, 33
  %418 = getelementptr inbounds float, float* %2, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat10 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %23, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %23, align 32
  %423 = load <8 x float>, <8 x float>* %17, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %17, align 32
  %425 = add i64 %316, 41
  %426 = getelementptr inbounds float, float* %2, i64 %425
  %427 = load float, float* %426, align 4
  %428 = insertelement <8 x float> undef, float %427, i32 0
  %splat11 = shufflevector <8 x float> %428, <8 x float> undef, <8 x i32> zeroinitializer
  %429 = load <8 x float>, <8 x float>* %22, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %22, align 32
  %431 = load <8 x float>, <8 x float>* %16, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %16, align 32
  %433 = add i64 %320, 16
  %434 = getelementptr inbounds float, float* %4, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = add i64 %320, 9232
  %438 = getelementptr inbounds float, float* %4, i64 %437
  %439 = bitcast float* %438 to <8 x float>*
  %440 = load <8 x float>, <8 x float>* %439, align 4
  %441 = add i64 %316, 2
  %442 = getelementptr inbounds float, float* %2, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat12 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %27, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %436, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %27, align 32
  %447 = load <8 x float>, <8 x float>* %21, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %440, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %21, align 32
  %449 = add i64 %316, 10
  %450 = getelementptr inbounds float, float* %2, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat13 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %26, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %436, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %26, align 32
  %455 = load <8 x float>, <8 x float>* %20, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %440, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %20, align 32
  %457 = add i64 %316, 18
  %458 = getelementptr inbounds float, float* %2, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat14 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %25, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %436, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %25, align 32
  %463 = load <8 x float>, <8 x float>* %19, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %440, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %19, align 32
  %465 = add i64 %316, 26
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = load float, float* %466, align 4
  %468 = insertelement <8 x float> undef, float %467, i32 0
  %splat15 = shufflevector <8 x float> %468, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, <8 x float>* %24, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %436, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %24, align 32
  %471 = load <8 x float>, <8 x float>* %18, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %440, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %18, align 32
  %473 = add i64 %316, 34
  %474 = getelementptr inbounds float, float* %2, i64 %473
  %475 = load float, float* %474, align 4
  %476 = insertelement <8 x float> undef, float %475, i32 0
  %splat16 = shufflevector <8 x float> %476, <8 x float> undef, <8 x i32> zeroinitializer
  %477 = load <8 x float>, <8 x float>* %23, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %436, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %23, align 32
  %479 = load <8 x float>, <8 x float>* %17, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %440, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %17, align 32
  %481 = add i64 %316, 42
  %482 = getelementptr inbounds float, float* %2, i64 %481
  %483 = load float, float* %482, align 4
  %484 = insertelement <8 x float> undef, float %483, i32 0
  %splat17 = shufflevector <8 x float> %484, <8 x float> undef, <8 x i32> zeroinitializer
  %485 = load <8 x float>, <8 x float>* %22, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %436, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %22, align 32
  %487 = load <8 x float>, <8 x float>* %16, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %440, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %16, align 32
  %489 = add i64 %320, 24
  %490 = getelementptr inbounds float, float* %4, i64 %489
  %491 = bitcast float* %490 to <8 x float>*
  %492 = load <8 x float>, <8 x float>* %491, align 4
  %493 = add i64 %320, 9240
  %494 = getelementptr inbounds float, float* %4, i64 %493
  %495 = bitcast float* %494 to <8 x float>*
  %496 = load <8 x float>, <8 x float>* %495, align 4
  %497 = add i64 %316, 3
  %498 = getelementptr inbounds float, float* %2, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat18 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %27, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %492, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %27, align 32
  %503 = load <8 x float>, <8 x float>* %21, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %496, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %21, align 32
  %505 = add i64 %316, 11
  %506 = getelementptr inbounds float, float* %2, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat19 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %26, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %492, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %26, align 32
  %511 = load <8 x float>, <8 x float>* %20, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %496, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %20, align 32
  %513 = add i64 %316, 19
  %514 = getelementptr inbounds float, float* %2, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat20 = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %25, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %492, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %25, align 32
  %519 = load <8 x float>, <8 x float>* %19, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %496, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %19, align 32
  %521 = add i64 %316, 27
  %522 = getelementptr inbounds float, float* %2, i64 %521
  %523 = load float, float* %522, align 4
  %524 = insertelement <8 x float> undef, float %523, i32 0
  %splat21 = shufflevector <8 x float> %524, <8 x float> undef, <8 x i32> zeroinitializer
  %525 = load <8 x float>, <8 x float>* %24, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %492, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %24, align 32
  %527 = load <8 x float>, <8 x float>* %18, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %496, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %18, align 32
  %529 = add i64 %316, 35
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat22 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %23, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %492, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %23, align 32
  %535 = load <8 x float>, <8 x float>* %17, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %496, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %17, align 32
  %537 = add i64 %316, 43
  %538 = getelementptr inbounds float, float* %2, i64 %537
  %539 = load float, float* %538, align 4
  %540 = insertelement <8 x float> undef, float %539, i32 0
  %splat23 = shufflevector <8 x float> %540, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = load <8 x float>, <8 x float>* %22, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %492, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %22, align 32
  %543 = load <8 x float>, <8 x float>* %16, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %496, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %16, align 32
  %545 = add i64 %320, 32
  %546 = getelementptr inbounds float, float* %4, i64 %545
  %547 = bitcast float* %546 to <8 x float>*
  %548 = load <8 x float>, <8 x float>* %547, align 4
  %549 = add i64 %320, 9248
  %550 = getelementptr inbounds float, float* %4, i64 %549
  %551 = bitcast float* %550 to <8 x float>*
  %552 = load <8 x float>, <8 x float>* %551, align 4
  %553 = add i64 %316, 4
  %554 = getelementptr inbounds float, float* %2, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat24 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %27, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %548, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %27, align 32
  %559 = load <8 x float>, <8 x float>* %21, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %552, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %21, align 32
  %561 = add i64 %316, 12
  %562 = getelementptr inbounds float, float* %2, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat25 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %26, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %548, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %26, align 32
  %567 = load <8 x float>, <8 x float>* %20, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %552, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %20, align 32
  %569 = add i64 %316, 20
  %570 = getelementptr inbounds float, float* %2, i64 %569
  %571 = load float, float* %570, align 4
  %572 = insertelement <8 x float> undef, float %571, i32 0
  %splat26 = shufflevector <8 x float> %572, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = load <8 x float>, <8 x float>* %25, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %548, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %25, align 32
  %575 = load <8 x float>, <8 x float>* %19, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %552, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %19, align 32
  %577 = add i64 %316, 28
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat27 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %24, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %548, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %24, align 32
  %583 = load <8 x float>, <8 x float>* %18, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %552, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %18, align 32
  %585 = add i64 %316, 36
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat28 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %23, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %548, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %23, align 32
  %591 = load <8 x float>, <8 x float>* %17, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %552, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %17, align 32
  %593 = add i64 %316, 44
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat29 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %22, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %548, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %22, align 32
  %599 = load <8 x float>, <8 x float>* %16, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %552, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %16, align 32
  %601 = add i64 %320, 40
  %602 = getelementptr inbounds float, float* %4, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  %604 = load <8 x float>, <8 x float>* %603, align 4
  %605 = add i64 %320, 9256
  %606 = getelementptr inbounds float, float* %4, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = add i64 %316, 5
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat30 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %27, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %604, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %27, align 32
  %615 = load <8 x float>, <8 x float>* %21, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %608, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %21, align 32
  %617 = add i64 %316, 13
  %618 = getelementptr inbounds float, float* %2, i64 %617
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat31 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %26, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %604, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %26, align 32
  %623 = load <8 x float>, <8 x float>* %20, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %608, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %20, align 32
  %625 = add i64 %316, 21
  %626 = getelementptr inbounds float, float* %2, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat32 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %25, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %604, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %25, align 32
  %631 = load <8 x float>, <8 x float>* %19, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %608, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %19, align 32
  %633 = add i64 %316, 29
  %634 = getelementptr inbounds float, float* %2, i64 %633
  %635 = load float, float* %634, align 4
  %636 = insertelement <8 x float> undef, float %635, i32 0
  %splat33 = shufflevector <8 x float> %636, <8 x float> undef, <8 x i32> zeroinitializer
  %637 = load <8 x float>, <8 x float>* %24, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %604, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %24, align 32
  %639 = load <8 x float>, <8 x float>* %18, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %608, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %18, align 32
  %641 = add i64 %316, 37
  %642 = getelementptr inbounds float, float* %2, i64 %641
  %643 = load float, float* %642, align 4
  %644 = insertelement <8 x float> undef, float %643, i32 0
  %splat34 = shufflevector <8 x float> %644, <8 x float> undef, <8 x i32> zeroinitializer
  %645 = load <8 x float>, <8 x float>* %23, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %604, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %23, align 32
  %647 = load <8 x float>, <8 x float>* %17, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %608, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %17, align 32
  %649 = add i64 %316, 45
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat35 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %22, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %604, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %22, align 32
  %655 = load <8 x float>, <8 x float>* %16, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %608, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %16, align 32
  %657 = add i64 %320, 48
  %658 = getelementptr inbounds float, float* %4, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %320, 9264
  %662 = getelementptr inbounds float, float* %4, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %316, 6
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = load float, float* %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %splat36 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %669 = load <8 x float>, <8 x float>* %27, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %660, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %27, align 32
  %671 = load <8 x float>, <8 x float>* %21, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %664, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %21, align 32
  %673 = add i64 %316, 14
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = load float, float* %674, align 4
  %676 = insertelement <8 x float> undef, float %675, i32 0
  %splat37 = shufflevector <8 x float> %676, <8 x float> undef, <8 x i32> zeroinitializer
  %677 = load <8 x float>, <8 x float>* %26, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %660, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %26, align 32
  %679 = load <8 x float>, <8 x float>* %20, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %664, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %20, align 32
  %681 = add i64 %316, 22
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat38 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %25, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %660, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %25, align 32
  %687 = load <8 x float>, <8 x float>* %19, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %664, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %19, align 32
  %689 = add i64 %316, 30
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat39 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %24, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %660, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %24, align 32
  %695 = load <8 x float>, <8 x float>* %18, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %664, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %18, align 32
  %697 = add i64 %316, 38
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat40 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %23, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %660, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %23, align 32
  %703 = load <8 x float>, <8 x float>* %17, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %664, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %17, align 32
  %705 = add i64 %316, 46
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat41 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %22, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %660, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %22, align 32
  %711 = load <8 x float>, <8 x float>* %16, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %664, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %16, align 32
  %713 = add i64 %320, 56
  %714 = getelementptr inbounds float, float* %4, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %320, 9272
  %718 = getelementptr inbounds float, float* %4, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %316, 7
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat42 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %27, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %716, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %27, align 32
  %727 = load <8 x float>, <8 x float>* %21, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %720, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %21, align 32
  %729 = add i64 %316, 15
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat43 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %26, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %716, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %26, align 32
  %735 = load <8 x float>, <8 x float>* %20, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %720, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %20, align 32
  %737 = add i64 %316, 23
  %738 = getelementptr inbounds float, float* %2, i64 %737
  %739 = load float, float* %738, align 4
  %740 = insertelement <8 x float> undef, float %739, i32 0
  %splat44 = shufflevector <8 x float> %740, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, <8 x float>* %25, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %716, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %25, align 32
  %743 = load <8 x float>, <8 x float>* %19, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %720, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %19, align 32
  %745 = add i64 %316, 31
  %746 = getelementptr inbounds float, float* %2, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat45 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %24, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %716, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %24, align 32
  %751 = load <8 x float>, <8 x float>* %18, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %720, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %18, align 32
  %753 = add i64 %316, 39
  %754 = getelementptr inbounds float, float* %2, i64 %753
  %755 = load float, float* %754, align 4
  %756 = insertelement <8 x float> undef, float %755, i32 0
  %splat46 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %757 = load <8 x float>, <8 x float>* %23, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %716, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %23, align 32
  %759 = load <8 x float>, <8 x float>* %17, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %720, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %17, align 32
  %761 = add i64 %316, 47
  %762 = getelementptr inbounds float, float* %2, i64 %761
  %763 = load float, float* %762, align 4
  %764 = insertelement <8 x float> undef, float %763, i32 0
  %splat47 = shufflevector <8 x float> %764, <8 x float> undef, <8 x i32> zeroinitializer
  %765 = load <8 x float>, <8 x float>* %22, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %716, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %22, align 32
  %767 = load <8 x float>, <8 x float>* %16, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %720, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %769 = icmp slt i64 %u51, 2
  br i1 %769, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %770 = add i64 %231, %u51
  %771 = mul i64 %770, 103968
  %772 = add i64 %230, %771
  %773 = mul i64 %770, 576
  %774 = add i64 %43, %773
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %775 = icmp eq i64 %chunk, 7
  %776 = load <8 x float>, <8 x float>* %15, align 32
  %777 = fcmp olt <8 x float> %776, zeroinitializer
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> %776
  %779 = select i1 %775, <8 x float> %778, <8 x float> %776
  %780 = getelementptr inbounds float, float* %0, i64 %165
  %781 = bitcast float* %780 to <8 x float>*
  store <8 x float> %779, <8 x float>* %781, align 4
  %782 = load <8 x float>, <8 x float>* %14, align 32
  %783 = fcmp olt <8 x float> %782, zeroinitializer
  %784 = select <8 x i1> %783, <8 x float> zeroinitializer, <8 x float> %782
  %785 = select i1 %775, <8 x float> %784, <8 x float> %782
  %786 = getelementptr inbounds float, float* %0, i64 %167
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %785, <8 x float>* %787, align 4
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = select i1 %775, <8 x float> %790, <8 x float> %788
  %792 = getelementptr inbounds float, float* %0, i64 %169
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %791, <8 x float>* %793, align 4
  %794 = load <8 x float>, <8 x float>* %12, align 32
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = select i1 %775, <8 x float> %796, <8 x float> %794
  %798 = getelementptr inbounds float, float* %0, i64 %171
  %799 = bitcast float* %798 to <8 x float>*
  store <8 x float> %797, <8 x float>* %799, align 4
  %800 = load <8 x float>, <8 x float>* %11, align 32
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = select i1 %775, <8 x float> %802, <8 x float> %800
  %804 = getelementptr inbounds float, float* %0, i64 %179
  %805 = bitcast float* %804 to <8 x float>*
  store <8 x float> %803, <8 x float>* %805, align 4
  %806 = load <8 x float>, <8 x float>* %10, align 32
  %807 = fcmp olt <8 x float> %806, zeroinitializer
  %808 = select <8 x i1> %807, <8 x float> zeroinitializer, <8 x float> %806
  %809 = select i1 %775, <8 x float> %808, <8 x float> %806
  %810 = getelementptr inbounds float, float* %0, i64 %181
  %811 = bitcast float* %810 to <8 x float>*
  store <8 x float> %809, <8 x float>* %811, align 4
  %812 = load <8 x float>, <8 x float>* %9, align 32
  %813 = fcmp olt <8 x float> %812, zeroinitializer
  %814 = select <8 x i1> %813, <8 x float> zeroinitializer, <8 x float> %812
  %815 = select i1 %775, <8 x float> %814, <8 x float> %812
  %816 = getelementptr inbounds float, float* %0, i64 %183
  %817 = bitcast float* %816 to <8 x float>*
  store <8 x float> %815, <8 x float>* %817, align 4
  %818 = load <8 x float>, <8 x float>* %8, align 32
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = select i1 %775, <8 x float> %820, <8 x float> %818
  %822 = getelementptr inbounds float, float* %0, i64 %185
  %823 = bitcast float* %822 to <8 x float>*
  store <8 x float> %821, <8 x float>* %823, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !6

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %824 = icmp slt i64 %kh55, 3
  br i1 %824, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %825 = mul i64 %kh55, 912
  %826 = add i64 %772, %825
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %827 = icmp slt i64 %kw59, 3
  br i1 %827, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %828 = mul i64 %kw59, 8
  %829 = add i64 %826, %828
  %830 = mul i64 %kh55, 3
  %831 = add i64 %830, %kw59
  %832 = mul i64 %831, 64
  %833 = add i64 %774, %832
  %834 = add i64 %833, 0
  %835 = getelementptr inbounds float, float* %4, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 %833, 9216
  %839 = getelementptr inbounds float, float* %4, i64 %838
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = add i64 %829, 0
  %843 = getelementptr inbounds float, float* %2, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat60 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %15, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %837, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %15, align 32
  %848 = load <8 x float>, <8 x float>* %11, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %841, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %11, align 32
  %850 = add i64 %829, 8
  %851 = getelementptr inbounds float, float* %2, i64 %850
  %852 = load float, float* %851, align 4
  %853 = insertelement <8 x float> undef, float %852, i32 0
  %splat61 = shufflevector <8 x float> %853, <8 x float> undef, <8 x i32> zeroinitializer
  %854 = load <8 x float>, <8 x float>* %14, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %837, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %14, align 32
  %856 = load <8 x float>, <8 x float>* %10, align 32
  %857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %841, <8 x float> %856)
  store <8 x float> %857, <8 x float>* %10, align 32
  %858 = add i64 %829, 16
  %859 = getelementptr inbounds float, float* %2, i64 %858
  %860 = load float, float* %859, align 4
  %861 = insertelement <8 x float> undef, float %860, i32 0
  %splat62 = shufflevector <8 x float> %861, <8 x float> undef, <8 x i32> zeroinitializer
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %837, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %13, align 32
  %864 = load <8 x float>, <8 x float>* %9, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %841, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %9, align 32
  %866 = add i64 %829, 24
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = load float, float* %867, align 4
  %869 = insertelement <8 x float> undef, float %868, i32 0
  %splat63 = shufflevector <8 x float> %869, <8 x float> undef, <8 x i32> zeroinitializer
  %870 = load <8 x float>, <8 x float>* %12, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %837, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %12, align 32
  %872 = load <8 x float>, <8 x float>* %8, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %841, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %8, align 32
  %874 = add i64 %833, 8
  %875 = getelementptr inbounds float, float* %4, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %833, 9224
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %829, 1
  %883 = getelementptr inbounds float, float* %2, i64 %882
  %884 = load float, float* %883, align 4
  %885 = insertelement <8 x float> undef, float %884, i32 0
  %splat64 = shufflevector <8 x float> %885, <8 x float> undef, <8 x i32> zeroinitializer
  %886 = load <8 x float>, <8 x float>* %15, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %877, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %15, align 32
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %881, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %11, align 32
  %890 = add i64 %829, 9
  %891 = getelementptr inbounds float, float* %2, i64 %890
  %892 = load float, float* %891, align 4
  %893 = insertelement <8 x float> undef, float %892, i32 0
  %splat65 = shufflevector <8 x float> %893, <8 x float> undef, <8 x i32> zeroinitializer
  %894 = load <8 x float>, <8 x float>* %14, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %877, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %14, align 32
  %896 = load <8 x float>, <8 x float>* %10, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %881, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %10, align 32
  %898 = add i64 %829, 17
  %899 = getelementptr inbounds float, float* %2, i64 %898
  %900 = load float, float* %899, align 4
  %901 = insertelement <8 x float> undef, float %900, i32 0
  %splat66 = shufflevector <8 x float> %901, <8 x float> undef, <8 x i32> zeroinitializer
  %902 = load <8 x float>, <8 x float>* %13, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %877, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %13, align 32
  %904 = load <8 x float>, <8 x float>* %9, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %881, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %9, align 32
  %906 = add i64 %829, 25
  %907 = getelementptr inbounds float, float* %2, i64 %906
  %908 = load float, float* %907, align 4
  %909 = insertelement <8 x float> undef, float %908, i32 0
  %splat67 = shufflevector <8 x float> %909, <8 x float> undef, <8 x i32> zeroinitializer
  %910 = load <8 x float>, <8 x float>* %12, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %877, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %12, align 32
  %912 = load <8 x float>, <8 x float>* %8, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %881, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %8, align 32
  %914 = add i64 %833, 16
  %915 = getelementptr inbounds float, float* %4, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  %917 = load <8 x float>, <8 x float>* %916, align 4
  %918 = add i64 %833, 9232
  %919 = getelementptr inbounds float, float* %4, i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %829, 2
  %923 = getelementptr inbounds float, float* %2, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat68 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %15, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %917, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %15, align 32
  %928 = load <8 x float>, <8 x float>* %11, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %921, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %11, align 32
  %930 = add i64 %829, 10
  %931 = getelementptr inbounds float, float* %2, i64 %930
  %932 = load float, float* %931, align 4
  %933 = insertelement <8 x float> undef, float %932, i32 0
  %splat69 = shufflevector <8 x float> %933, <8 x float> undef, <8 x i32> zeroinitializer
  %934 = load <8 x float>, <8 x float>* %14, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %917, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %14, align 32
  %936 = load <8 x float>, <8 x float>* %10, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %921, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %10, align 32
  %938 = add i64 %829, 18
  %939 = getelementptr inbounds float, float* %2, i64 %938
  %940 = load float, float* %939, align 4
  %941 = insertelement <8 x float> undef, float %940, i32 0
  %splat70 = shufflevector <8 x float> %941, <8 x float> undef, <8 x i32> zeroinitializer
  %942 = load <8 x float>, <8 x float>* %13, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %917, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %13, align 32
  %944 = load <8 x float>, <8 x float>* %9, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %921, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %9, align 32
  %946 = add i64 %829, 26
  %947 = getelementptr inbounds float, float* %2, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat71 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %12, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %917, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %12, align 32
  %952 = load <8 x float>, <8 x float>* %8, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %921, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %8, align 32
  %954 = add i64 %833, 24
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %833, 9240
  %959 = getelementptr inbounds float, float* %4, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %829, 3
  %963 = getelementptr inbounds float, float* %2, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat72 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %15, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %957, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %15, align 32
  %968 = load <8 x float>, <8 x float>* %11, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %961, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %11, align 32
  %970 = add i64 %829, 11
  %971 = getelementptr inbounds float, float* %2, i64 %970
  %972 = load float, float* %971, align 4
  %973 = insertelement <8 x float> undef, float %972, i32 0
  %splat73 = shufflevector <8 x float> %973, <8 x float> undef, <8 x i32> zeroinitializer
  %974 = load <8 x float>, <8 x float>* %14, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %957, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %14, align 32
  %976 = load <8 x float>, <8 x float>* %10, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %961, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %10, align 32
  %978 = add i64 %829, 19
  %979 = getelementptr inbounds float, float* %2, i64 %978
  %980 = load float, float* %979, align 4
  %981 = insertelement <8 x float> undef, float %980, i32 0
  %splat74 = shufflevector <8 x float> %981, <8 x float> undef, <8 x i32> zeroinitializer
  %982 = load <8 x float>, <8 x float>* %13, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %957, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %13, align 32
  %984 = load <8 x float>, <8 x float>* %9, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %961, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %9, align 32
  %986 = add i64 %829, 27
  %987 = getelementptr inbounds float, float* %2, i64 %986
  %988 = load float, float* %987, align 4
  %989 = insertelement <8 x float> undef, float %988, i32 0
  %splat75 = shufflevector <8 x float> %989, <8 x float> undef, <8 x i32> zeroinitializer
  %990 = load <8 x float>, <8 x float>* %12, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %957, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %12, align 32
  %992 = load <8 x float>, <8 x float>* %8, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %961, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %8, align 32
  %994 = add i64 %833, 32
  %995 = getelementptr inbounds float, float* %4, i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = add i64 %833, 9248
  %999 = getelementptr inbounds float, float* %4, i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %829, 4
  %1003 = getelementptr inbounds float, float* %2, i64 %1002
  %1004 = load float, float* %1003, align 4
  %1005 = insertelement <8 x float> undef, float %1004, i32 0
  %splat76 = shufflevector <8 x float> %1005, <8 x float> undef, <8 x i32> zeroinitializer
  %1006 = load <8 x float>, <8 x float>* %15, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %997, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %15, align 32
  %1008 = load <8 x float>, <8 x float>* %11, align 32
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1001, <8 x float> %1008)
  store <8 x float> %1009, <8 x float>* %11, align 32
  %1010 = add i64 %829, 12
  %1011 = getelementptr inbounds float, float* %2, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat77 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %14, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %997, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %14, align 32
  %1016 = load <8 x float>, <8 x float>* %10, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1001, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %10, align 32
  %1018 = add i64 %829, 20
  %1019 = getelementptr inbounds float, float* %2, i64 %1018
  %1020 = load float, float* %1019, align 4
  %1021 = insertelement <8 x float> undef, float %1020, i32 0
  %splat78 = shufflevector <8 x float> %1021, <8 x float> undef, <8 x i32> zeroinitializer
  %1022 = load <8 x float>, <8 x float>* %13, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %997, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %13, align 32
  %1024 = load <8 x float>, <8 x float>* %9, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1001, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %9, align 32
  %1026 = add i64 %829, 28
  %1027 = getelementptr inbounds float, float* %2, i64 %1026
  %1028 = load float, float* %1027, align 4
  %1029 = insertelement <8 x float> undef, float %1028, i32 0
  %splat79 = shufflevector <8 x float> %1029, <8 x float> undef, <8 x i32> zeroinitializer
  %1030 = load <8 x float>, <8 x float>* %12, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %997, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %12, align 32
  %1032 = load <8 x float>, <8 x float>* %8, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1001, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %8, align 32
  %1034 = add i64 %833, 40
  %1035 = getelementptr inbounds float, float* %4, i64 %1034
  %1036 = bitcast float* %1035 to <8 x float>*
  %1037 = load <8 x float>, <8 x float>* %1036, align 4
  %1038 = add i64 %833, 9256
  %1039 = getelementptr inbounds float, float* %4, i64 %1038
  %1040 = bitcast float* %1039 to <8 x float>*
  %1041 = load <8 x float>, <8 x float>* %1040, align 4
  %1042 = add i64 %829, 5
  %1043 = getelementptr inbounds float, float* %2, i64 %1042
  %1044 = load float, float* %1043, align 4
  %1045 = insertelement <8 x float> undef, float %1044, i32 0
  %splat80 = shufflevector <8 x float> %1045, <8 x float> undef, <8 x i32> zeroinitializer
  %1046 = load <8 x float>, <8 x float>* %15, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1037, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %15, align 32
  %1048 = load <8 x float>, <8 x float>* %11, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1041, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %11, align 32
  %1050 = add i64 %829, 13
  %1051 = getelementptr inbounds float, float* %2, i64 %1050
  %1052 = load float, float* %1051, align 4
  %1053 = insertelement <8 x float> undef, float %1052, i32 0
  %splat81 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1054 = load <8 x float>, <8 x float>* %14, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1037, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %14, align 32
  %1056 = load <8 x float>, <8 x float>* %10, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1041, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %10, align 32
  %1058 = add i64 %829, 21
  %1059 = getelementptr inbounds float, float* %2, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat82 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %13, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1037, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %13, align 32
  %1064 = load <8 x float>, <8 x float>* %9, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1041, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %9, align 32
  %1066 = add i64 %829, 29
  %1067 = getelementptr inbounds float, float* %2, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat83 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %12, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1037, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %12, align 32
  %1072 = load <8 x float>, <8 x float>* %8, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1041, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %8, align 32
  %1074 = add i64 %833, 48
  %1075 = getelementptr inbounds float, float* %4, i64 %1074
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = add i64 %833, 9264
  %1079 = getelementptr inbounds float, float* %4, i64 %1078
  %1080 = bitcast float* %1079 to <8 x float>*
  %1081 = load <8 x float>, <8 x float>* %1080, align 4
  %1082 = add i64 %829, 6
  %1083 = getelementptr inbounds float, float* %2, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat84 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %15, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1077, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %15, align 32
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1081, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %829, 14
  %1091 = getelementptr inbounds float, float* %2, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat85 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %14, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1077, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %14, align 32
  %1096 = load <8 x float>, <8 x float>* %10, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1081, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %10, align 32
  %1098 = add i64 %829, 22
  %1099 = getelementptr inbounds float, float* %2, i64 %1098
  %1100 = load float, float* %1099, align 4
  %1101 = insertelement <8 x float> undef, float %1100, i32 0
  %splat86 = shufflevector <8 x float> %1101, <8 x float> undef, <8 x i32> zeroinitializer
  %1102 = load <8 x float>, <8 x float>* %13, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1077, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %13, align 32
  %1104 = load <8 x float>, <8 x float>* %9, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1081, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %9, align 32
  %1106 = add i64 %829, 30
  %1107 = getelementptr inbounds float, float* %2, i64 %1106
  %1108 = load float, float* %1107, align 4
  %1109 = insertelement <8 x float> undef, float %1108, i32 0
  %splat87 = shufflevector <8 x float> %1109, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = load <8 x float>, <8 x float>* %12, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1077, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %12, align 32
  %1112 = load <8 x float>, <8 x float>* %8, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1081, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %8, align 32
  %1114 = add i64 %833, 56
  %1115 = getelementptr inbounds float, float* %4, i64 %1114
  %1116 = bitcast float* %1115 to <8 x float>*
  %1117 = load <8 x float>, <8 x float>* %1116, align 4
  %1118 = add i64 %833, 9272
  %1119 = getelementptr inbounds float, float* %4, i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = add i64 %829, 7
  %1123 = getelementptr inbounds float, float* %2, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat88 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %15, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1117, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %15, align 32
  %1128 = load <8 x float>, <8 x float>* %11, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1121, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %11, align 32
  %1130 = add i64 %829, 15
  %1131 = getelementptr inbounds float, float* %2, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat89 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %14, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1117, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %14, align 32
  %1136 = load <8 x float>, <8 x float>* %10, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1121, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %10, align 32
  %1138 = add i64 %829, 23
  %1139 = getelementptr inbounds float, float* %2, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat90 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %13, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1117, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %13, align 32
  %1144 = load <8 x float>, <8 x float>* %9, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1121, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %9, align 32
  %1146 = add i64 %829, 31
  %1147 = getelementptr inbounds float, float* %2, i64 %1146
  %1148 = load float, float* %1147, align 4
  %1149 = insertelement <8 x float> undef, float %1148, i32 0
  %splat91 = shufflevector <8 x float> %1149, <8 x float> undef, <8 x i32> zeroinitializer
  %1150 = load <8 x float>, <8 x float>* %12, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1117, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %12, align 32
  %1152 = load <8 x float>, <8 x float>* %8, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1121, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %8, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node4.conv2d_4.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node4.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node5.maxPool2d_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node5.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node6.conv2d_5.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node6.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.conv2d_5.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %25 = srem i64 %task, 56
  %26 = sdiv i64 %task, 56
  %27 = srem i64 %26, 16
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 896
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 32
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 16
  %36 = mul i64 %30, 16
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 26912
  %39 = mul i64 %34, 9216
  %40 = mul i64 %28, 464
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit50 ]
  %41 = icmp slt i64 %chunk, 8
  br i1 %41, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 54
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = mul i64 %31, 32
  %44 = add i64 %43, %34
  %45 = add i64 %44, 0
  %46 = mul i64 %45, 56
  %47 = add i64 %46, %28
  %48 = mul i64 %47, 56
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
  %70 = mul i64 %69, 56
  %71 = add i64 %70, %28
  %72 = mul i64 %71, 56
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
  %153 = mul i64 %chunk, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %154 = mul i64 %31, 32
  %155 = add i64 %154, %34
  %156 = add i64 %155, 0
  %157 = mul i64 %156, 56
  %158 = add i64 %157, %28
  %159 = mul i64 %158, 56
  %160 = add i64 %159, 54
  %161 = mul i64 %160, 8
  %162 = add i64 %159, 55
  %163 = mul i64 %162, 8
  %164 = mul i64 %31, 32
  %165 = add i64 %164, %34
  %166 = add i64 %165, 1
  %167 = mul i64 %166, 56
  %168 = add i64 %167, %28
  %169 = mul i64 %168, 56
  %170 = add i64 %169, 54
  %171 = mul i64 %170, 8
  %172 = add i64 %169, 55
  %173 = mul i64 %172, 8
  %174 = add i64 %34, 0
  %175 = mul i64 %174, 8
  %176 = getelementptr inbounds float, float* %5, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %34, 1
  %180 = mul i64 %179, 8
  %181 = getelementptr inbounds float, float* %5, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = icmp eq i64 %chunk, 0
  %185 = getelementptr inbounds float, float* %0, i64 %161
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = select i1 %184, <8 x float> %178, <8 x float> %187
  store <8 x float> %188, <8 x float>* %11, align 32
  %189 = getelementptr inbounds float, float* %0, i64 %163
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = select i1 %184, <8 x float> %178, <8 x float> %191
  store <8 x float> %192, <8 x float>* %10, align 32
  %193 = getelementptr inbounds float, float* %0, i64 %171
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = select i1 %184, <8 x float> %183, <8 x float> %195
  store <8 x float> %196, <8 x float>* %9, align 32
  %197 = getelementptr inbounds float, float* %0, i64 %173
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = select i1 %184, <8 x float> %183, <8 x float> %199
  store <8 x float> %200, <8 x float>* %8, align 32
  %201 = add i64 %40, 432
  %202 = add i64 %38, %201
  %203 = mul i64 %chunk, 2
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %204 = icmp slt i64 %u, 2
  br i1 %204, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %205 = add i64 %153, %u
  %206 = mul i64 %205, 26912
  %207 = add i64 %152, %206
  %208 = mul i64 %205, 576
  %209 = add i64 %39, %208
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %210 = icmp eq i64 %chunk, 7
  %211 = load <8 x float>, <8 x float>* %23, align 32
  %212 = fcmp olt <8 x float> %211, zeroinitializer
  %213 = select <8 x i1> %212, <8 x float> zeroinitializer, <8 x float> %211
  %214 = select i1 %210, <8 x float> %213, <8 x float> %211
  %215 = getelementptr inbounds float, float* %0, i64 %51
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = load <8 x float>, <8 x float>* %22, align 32
  %218 = fcmp olt <8 x float> %217, zeroinitializer
  %219 = select <8 x i1> %218, <8 x float> zeroinitializer, <8 x float> %217
  %220 = select i1 %210, <8 x float> %219, <8 x float> %217
  %221 = getelementptr inbounds float, float* %0, i64 %54
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %21, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = select i1 %210, <8 x float> %225, <8 x float> %223
  %227 = getelementptr inbounds float, float* %0, i64 %57
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %20, align 32
  %230 = fcmp olt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> zeroinitializer, <8 x float> %229
  %232 = select i1 %210, <8 x float> %231, <8 x float> %229
  %233 = getelementptr inbounds float, float* %0, i64 %60
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %232, <8 x float>* %234, align 4
  %235 = load <8 x float>, <8 x float>* %19, align 32
  %236 = fcmp olt <8 x float> %235, zeroinitializer
  %237 = select <8 x i1> %236, <8 x float> zeroinitializer, <8 x float> %235
  %238 = select i1 %210, <8 x float> %237, <8 x float> %235
  %239 = getelementptr inbounds float, float* %0, i64 %63
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %238, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = fcmp olt <8 x float> %241, zeroinitializer
  %243 = select <8 x i1> %242, <8 x float> zeroinitializer, <8 x float> %241
  %244 = select i1 %210, <8 x float> %243, <8 x float> %241
  %245 = getelementptr inbounds float, float* %0, i64 %66
  %246 = bitcast float* %245 to <8 x float>*
  store <8 x float> %244, <8 x float>* %246, align 4
  %247 = load <8 x float>, <8 x float>* %17, align 32
  %248 = fcmp olt <8 x float> %247, zeroinitializer
  %249 = select <8 x i1> %248, <8 x float> zeroinitializer, <8 x float> %247
  %250 = select i1 %210, <8 x float> %249, <8 x float> %247
  %251 = getelementptr inbounds float, float* %0, i64 %75
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %253 = load <8 x float>, <8 x float>* %16, align 32
  %254 = fcmp olt <8 x float> %253, zeroinitializer
  %255 = select <8 x i1> %254, <8 x float> zeroinitializer, <8 x float> %253
  %256 = select i1 %210, <8 x float> %255, <8 x float> %253
  %257 = getelementptr inbounds float, float* %0, i64 %78
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %256, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %15, align 32
  %260 = fcmp olt <8 x float> %259, zeroinitializer
  %261 = select <8 x i1> %260, <8 x float> zeroinitializer, <8 x float> %259
  %262 = select i1 %210, <8 x float> %261, <8 x float> %259
  %263 = getelementptr inbounds float, float* %0, i64 %81
  %264 = bitcast float* %263 to <8 x float>*
  store <8 x float> %262, <8 x float>* %264, align 4
  %265 = load <8 x float>, <8 x float>* %14, align 32
  %266 = fcmp olt <8 x float> %265, zeroinitializer
  %267 = select <8 x i1> %266, <8 x float> zeroinitializer, <8 x float> %265
  %268 = select i1 %210, <8 x float> %267, <8 x float> %265
  %269 = getelementptr inbounds float, float* %0, i64 %84
  %270 = bitcast float* %269 to <8 x float>*
  store <8 x float> %268, <8 x float>* %270, align 4
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = fcmp olt <8 x float> %271, zeroinitializer
  %273 = select <8 x i1> %272, <8 x float> zeroinitializer, <8 x float> %271
  %274 = select i1 %210, <8 x float> %273, <8 x float> %271
  %275 = getelementptr inbounds float, float* %0, i64 %87
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %274, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %12, align 32
  %278 = fcmp olt <8 x float> %277, zeroinitializer
  %279 = select <8 x i1> %278, <8 x float> zeroinitializer, <8 x float> %277
  %280 = select i1 %210, <8 x float> %279, <8 x float> %277
  %281 = getelementptr inbounds float, float* %0, i64 %90
  %282 = bitcast float* %281 to <8 x float>*
  store <8 x float> %280, <8 x float>* %282, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %283 = icmp slt i64 %kh, 3
  br i1 %283, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %284 = mul i64 %kh, 464
  %285 = add i64 %207, %284
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %286 = icmp slt i64 %kw, 3
  br i1 %286, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %287 = mul i64 %kw, 8
  %288 = add i64 %285, %287
  %289 = mul i64 %kh, 3
  %290 = add i64 %289, %kw
  %291 = mul i64 %290, 64
  %292 = add i64 %209, %291
  %293 = add i64 %292, 0
  %294 = getelementptr inbounds float, float* %4, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = add i64 %292, 9216
  %298 = getelementptr inbounds float, float* %4, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %288, 0
  %302 = getelementptr inbounds float, float* %2, i64 %301
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %splat = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %296, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %23, align 32
  %307 = load <8 x float>, <8 x float>* %17, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %300, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %17, align 32
  %309 = add i64 %288, 8
  %310 = getelementptr inbounds float, float* %2, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat1 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %296, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %22, align 32
  %315 = load <8 x float>, <8 x float>* %16, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %300, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %16, align 32
  %317 = add i64 %288, 16
  %318 = getelementptr inbounds float, float* %2, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat2 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %296, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %21, align 32
  %323 = load <8 x float>, <8 x float>* %15, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %300, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %15, align 32
  %325 = add i64 %288, 24
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = load float, float* %326, align 4
  %328 = insertelement <8 x float> undef, float %327, i32 0
  %splat3 = shufflevector <8 x float> %328, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %296, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %20, align 32
  %331 = load <8 x float>, <8 x float>* %14, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %300, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %14, align 32
  %333 = add i64 %288, 32
  %334 = getelementptr inbounds float, float* %2, i64 %333
  %335 = load float, float* %334, align 4
  %336 = insertelement <8 x float> undef, float %335, i32 0
  %splat4 = shufflevector <8 x float> %336, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %296, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %19, align 32
  %339 = load <8 x float>, <8 x float>* %13, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %300, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %13, align 32
  %341 = add i64 %288, 40
  %342 = getelementptr inbounds float, float* %2, i64 %341
  %343 = load float, float* %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i32 0
  %splat5 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = load <8 x float>, <8 x float>* %18, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %296, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %18, align 32
  %347 = load <8 x float>, <8 x float>* %12, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %300, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %12, align 32
  %349 = add i64 %292, 8
  %350 = getelementptr inbounds float, float* %4, i64 %349
  %351 = bitcast float* %350 to <8 x float>*
  %352 = load <8 x float>, <8 x float>* %351, align 4
  %353 = add i64 %292, 9224
  %354 = getelementptr inbounds float, float* %4, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  %356 = load <8 x float>, <8 x float>* %355, align 4
  %357 = add i64 %288, 1
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat6 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %23, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %352, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %23, align 32
  %363 = load <8 x float>, <8 x float>* %17, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %356, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %17, align 32
  %365 = add i64 %288, 9
  %366 = getelementptr inbounds float, float* %2, i64 %365
  %367 = load float, float* %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i32 0
  %splat7 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %369 = load <8 x float>, <8 x float>* %22, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %352, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %22, align 32
  %371 = load <8 x float>, <8 x float>* %16, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %356, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %16, align 32
  %373 = add i64 %288, 17
  %374 = getelementptr inbounds float, float* %2, i64 %373
  %375 = load float, float* %374, align 4
  %376 = insertelement <8 x float> undef, float %375, i32 0
  %splat8 = shufflevector <8 x float> %376, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = load <8 x float>, <8 x float>* %21, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %352, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %21, align 32
  %379 = load <8 x float>, <8 x float>* %15, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %356, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %15, align 32
  %381 = add i64 %288, 25
  %382 = getelementptr inbounds float, float* %2, i64 %381
  %383 = load float, float* %382, align 4
  %384 = insertelement <8 x float> undef, float %383, i32 0
  %splat9 = shufflevector <8 x float> %384, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %20, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %352, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %20, align 32
  %387 = load <8 x float>, <8 x float>* %14, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %356, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %14, align 32
  %389 = add i64 %288, 33
  %390 = getelementptr inbounds float, float* %2, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat10 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %19, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %352, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %19, align 32
  %395 = load <8 x float>, <8 x float>* %13, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %356, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %13, align 32
  %397 = add i64 %288, 41
  %398 = getelementptr inbounds float, float* %2, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat11 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %18, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %352, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %18, align 32
  %403 = load <8 x float>, <8 x float>* %12, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %356, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %12, align 32
  %405 = add i64 %292, 16
  %406 = getelementptr inbounds float, float* %4, i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = add i64 %292, 9232
  %410 = getelementptr inbounds float, float* %4, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %288, 2
  %414 = getelementptr inbounds float, float* %2, i64 %413
  %415 = load float, float* %414, align 4
  %416 = insertelement <8 x float> undef, float %415, i32 0
  %splat12 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %417 = load <8 x float>, <8 x float>* %23, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %408, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %23, align 32
  %419 = load <8 x float>, <8 x float>* %17, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %17, align 32
  %421 = add i64 %288, 10
  %422 = getelementptr inbounds float, float* %2, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat13 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %22, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %408, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %22, align 32
  %427 = load <8 x float>, <8 x float>* %16, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %16, align 32
  %429 = add i64 %288, 18
  %430 = getelementptr inbounds float, float* %2, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat14 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %21, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %408, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %21, align 32
  %435 = load <8 x float>, <8 x float>* %15, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %15, align 32
  %437 = add i64 %288, 26
  %438 = getelementptr inbounds float, float* %2, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat15 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %20, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %408, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %20, align 32
  %443 = load <8 x float>, <8 x float>* %14, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %14, align 32
  %445 = add i64 %288, 34
  %446 = getelementptr inbounds float, float* %2, i64 %445
  %447 = load float, float* %446, align 4
  %448 = insertelement <8 x float> undef, float %447, i32 0
  %splat16 = shufflevector <8 x float> %448, <8 x float> undef, <8 x i32> zeroinitializer
  %449 = load <8 x float>, <8 x float>* %19, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %408, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %19, align 32
  %451 = load <8 x float>, <8 x float>* %13, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %13, align 32
  %453 = add i64 %288, 42
  %454 = getelementptr inbounds float, float* %2, i64 %453
  %455 = load float, float* %454, align 4
  %456 = insertelement <8 x float> undef, float %455, i32 0
  %splat17 = shufflevector <8 x float> %456, <8 x float> undef, <8 x i32> zeroinitializer
  %457 = load <8 x float>, <8 x float>* %18, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %408, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %18, align 32
  %459 = load <8 x float>, <8 x float>* %12, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %12, align 32
  %461 = add i64 %292, 24
  %462 = getelementptr inbounds float, float* %4, i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %292, 9240
  %466 = getelementptr inbounds float, float* %4, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %288, 3
  %470 = getelementptr inbounds float, float* %2, i64 %469
  %471 = load float, float* %470, align 4
  %472 = insertelement <8 x float> undef, float %471, i32 0
  %splat18 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %473 = load <8 x float>, <8 x float>* %23, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %464, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %23, align 32
  %475 = load <8 x float>, <8 x float>* %17, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %468, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %17, align 32
  %477 = add i64 %288, 11
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat19 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %22, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %464, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %22, align 32
  %483 = load <8 x float>, <8 x float>* %16, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %468, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %16, align 32
  %485 = add i64 %288, 19
  %486 = getelementptr inbounds float, float* %2, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat20 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %21, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %464, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %21, align 32
  %491 = load <8 x float>, <8 x float>* %15, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %468, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %15, align 32
  %493 = add i64 %288, 27
  %494 = getelementptr inbounds float, float* %2, i64 %493
  %495 = load float, float* %494, align 4
  %496 = insertelement <8 x float> undef, float %495, i32 0
  %splat21 = shufflevector <8 x float> %496, <8 x float> undef, <8 x i32> zeroinitializer
  %497 = load <8 x float>, <8 x float>* %20, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %464, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %20, align 32
  %499 = load <8 x float>, <8 x float>* %14, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %468, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %14, align 32
  %501 = add i64 %288, 35
  %502 = getelementptr inbounds float, float* %2, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat22 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %19, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %464, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %19, align 32
  %507 = load <8 x float>, <8 x float>* %13, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %468, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %13, align 32
  %509 = add i64 %288, 43
  %510 = getelementptr inbounds float, float* %2, i64 %509
  %511 = load float, float* %510, align 4
  %512 = insertelement <8 x float> undef, float %511, i32 0
  %splat23 = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %513 = load <8 x float>, <8 x float>* %18, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %464, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %18, align 32
  %515 = load <8 x float>, <8 x float>* %12, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %468, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %12, align 32
  %517 = add i64 %292, 32
  %518 = getelementptr inbounds float, float* %4, i64 %517
  %519 = bitcast float* %518 to <8 x float>*
  %520 = load <8 x float>, <8 x float>* %519, align 4
  %521 = add i64 %292, 9248
  %522 = getelementptr inbounds float, float* %4, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  %524 = load <8 x float>, <8 x float>* %523, align 4
  %525 = add i64 %288, 4
  %526 = getelementptr inbounds float, float* %2, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat24 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %23, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %520, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %23, align 32
  %531 = load <8 x float>, <8 x float>* %17, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %524, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %17, align 32
  %533 = add i64 %288, 12
  %534 = getelementptr inbounds float, float* %2, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat25 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %22, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %520, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %22, align 32
  %539 = load <8 x float>, <8 x float>* %16, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %524, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %16, align 32
  %541 = add i64 %288, 20
  %542 = getelementptr inbounds float, float* %2, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat26 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %21, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %520, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %21, align 32
  %547 = load <8 x float>, <8 x float>* %15, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %524, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %15, align 32
  %549 = add i64 %288, 28
  %550 = getelementptr inbounds float, float* %2, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat27 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %20, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %520, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %20, align 32
  %555 = load <8 x float>, <8 x float>* %14, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %524, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %14, align 32
  %557 = add i64 %288, 36
  %558 = getelementptr inbounds float, float* %2, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat28 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %19, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %520, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %19, align 32
  %563 = load <8 x float>, <8 x float>* %13, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %524, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %13, align 32
  %565 = add i64 %288, 44
  %566 = getelementptr inbounds float, float* %2, i64 %565
  %567 = load float, float* %566, align 4
  %568 = insertelement <8 x float> undef, float %567, i32 0
  %splat29 = shufflevector <8 x float> %568, <8 x float> undef, <8 x i32> zeroinitializer
  %569 = load <8 x float>, <8 x float>* %18, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %520, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %18, align 32
  %571 = load <8 x float>, <8 x float>* %12, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %524, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %12, align 32
  %573 = add i64 %292, 40
  %574 = getelementptr inbounds float, float* %4, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %292, 9256
  %578 = getelementptr inbounds float, float* %4, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %288, 5
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = load float, float* %582, align 4
  %584 = insertelement <8 x float> undef, float %583, i32 0
  %splat30 = shufflevector <8 x float> %584, <8 x float> undef, <8 x i32> zeroinitializer
  %585 = load <8 x float>, <8 x float>* %23, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %576, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %23, align 32
  %587 = load <8 x float>, <8 x float>* %17, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %580, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %17, align 32
  %589 = add i64 %288, 13
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = load float, float* %590, align 4
  %592 = insertelement <8 x float> undef, float %591, i32 0
  %splat31 = shufflevector <8 x float> %592, <8 x float> undef, <8 x i32> zeroinitializer
  %593 = load <8 x float>, <8 x float>* %22, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %576, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %22, align 32
  %595 = load <8 x float>, <8 x float>* %16, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %580, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %16, align 32
  %597 = add i64 %288, 21
  %598 = getelementptr inbounds float, float* %2, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat32 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %21, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %576, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %21, align 32
  %603 = load <8 x float>, <8 x float>* %15, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %580, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %15, align 32
  %605 = add i64 %288, 29
  %606 = getelementptr inbounds float, float* %2, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat33 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %20, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %576, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %20, align 32
  %611 = load <8 x float>, <8 x float>* %14, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %580, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %14, align 32
  %613 = add i64 %288, 37
  %614 = getelementptr inbounds float, float* %2, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat34 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %19, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %576, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %19, align 32
  %619 = load <8 x float>, <8 x float>* %13, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %580, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %13, align 32
  %621 = add i64 %288, 45
  %622 = getelementptr inbounds float, float* %2, i64 %621
  %623 = load float, float* %622, align 4
  %624 = insertelement <8 x float> undef, float %623, i32 0
  %splat35 = shufflevector <8 x float> %624, <8 x float> undef, <8 x i32> zeroinitializer
  %625 = load <8 x float>, <8 x float>* %18, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %576, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %18, align 32
  %627 = load <8 x float>, <8 x float>* %12, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %580, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %12, align 32
  %629 = add i64 %292, 48
  %630 = getelementptr inbounds float, float* %4, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = add i64 %292, 9264
  %634 = getelementptr inbounds float, float* %4, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %288, 6
  %638 = getelementptr inbounds float, float* %2, i64 %637
  %639 = load float, float* %638, align 4
  %640 = insertelement <8 x float> undef, float %639, i32 0
  %splat36 = shufflevector <8 x float> %640, <8 x float> undef, <8 x i32> zeroinitializer
  %641 = load <8 x float>, <8 x float>* %23, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %632, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %23, align 32
  %643 = load <8 x float>, <8 x float>* %17, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %636, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %17, align 32
  %645 = add i64 %288, 14
  %646 = getelementptr inbounds float, float* %2, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat37 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %22, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %632, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %22, align 32
  %651 = load <8 x float>, <8 x float>* %16, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %636, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %16, align 32
  %653 = add i64 %288, 22
  %654 = getelementptr inbounds float, float* %2, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat38 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %21, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %632, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %21, align 32
  %659 = load <8 x float>, <8 x float>* %15, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %636, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %15, align 32
  %661 = add i64 %288, 30
  %662 = getelementptr inbounds float, float* %2, i64 %661
  %663 = load float, float* %662, align 4
  %664 = insertelement <8 x float> undef, float %663, i32 0
  %splat39 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
  %665 = load <8 x float>, <8 x float>* %20, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %632, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %20, align 32
  %667 = load <8 x float>, <8 x float>* %14, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %636, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %14, align 32
  %669 = add i64 %288, 38
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = load float, float* %670, align 4
  %672 = insertelement <8 x float> undef, float %671, i32 0
  %splat40 = shufflevector <8 x float> %672, <8 x float> undef, <8 x i32> zeroinitializer
  %673 = load <8 x float>, <8 x float>* %19, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %632, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %19, align 32
  %675 = load <8 x float>, <8 x float>* %13, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %636, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %13, align 32
  %677 = add i64 %288, 46
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = load float, float* %678, align 4
  %680 = insertelement <8 x float> undef, float %679, i32 0
  %splat41 = shufflevector <8 x float> %680, <8 x float> undef, <8 x i32> zeroinitializer
  %681 = load <8 x float>, <8 x float>* %18, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %632, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %18, align 32
  %683 = load <8 x float>, <8 x float>* %12, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %636, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %12, align 32
  %685 = add i64 %292, 56
  %686 = getelementptr inbounds float, float* %4, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %292, 9272
  %690 = getelementptr inbounds float, float* %4, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %288, 7
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat42 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %23, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %688, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %23, align 32
  %699 = load <8 x float>, <8 x float>* %17, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %692, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %17, align 32
  %701 = add i64 %288, 15
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat43 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %22, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %688, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %22, align 32
  %707 = load <8 x float>, <8 x float>* %16, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %692, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %16, align 32
  %709 = add i64 %288, 23
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat44 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %21, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %688, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %21, align 32
  %715 = load <8 x float>, <8 x float>* %15, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %692, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %15, align 32
  %717 = add i64 %288, 31
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat45 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %20, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %688, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %20, align 32
  %723 = load <8 x float>, <8 x float>* %14, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %692, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %14, align 32
  %725 = add i64 %288, 39
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat46 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %19, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %688, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %19, align 32
  %731 = load <8 x float>, <8 x float>* %13, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %692, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %13, align 32
  %733 = add i64 %288, 47
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat47 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %18, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %688, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %18, align 32
  %739 = load <8 x float>, <8 x float>* %12, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %692, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next78, %kh.exit54 ]
  %741 = icmp slt i64 %u51, 2
  br i1 %741, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %742 = add i64 %203, %u51
  %743 = mul i64 %742, 26912
  %744 = add i64 %202, %743
  %745 = mul i64 %742, 576
  %746 = add i64 %39, %745
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %747 = icmp eq i64 %chunk, 7
  %748 = load <8 x float>, <8 x float>* %11, align 32
  %749 = fcmp olt <8 x float> %748, zeroinitializer
  %750 = select <8 x i1> %749, <8 x float> zeroinitializer, <8 x float> %748
  %751 = select i1 %747, <8 x float> %750, <8 x float> %748
  %752 = getelementptr inbounds float, float* %0, i64 %161
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %751, <8 x float>* %753, align 4
  %754 = load <8 x float>, <8 x float>* %10, align 32
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = select i1 %747, <8 x float> %756, <8 x float> %754
  %758 = getelementptr inbounds float, float* %0, i64 %163
  %759 = bitcast float* %758 to <8 x float>*
  store <8 x float> %757, <8 x float>* %759, align 4
  %760 = load <8 x float>, <8 x float>* %9, align 32
  %761 = fcmp olt <8 x float> %760, zeroinitializer
  %762 = select <8 x i1> %761, <8 x float> zeroinitializer, <8 x float> %760
  %763 = select i1 %747, <8 x float> %762, <8 x float> %760
  %764 = getelementptr inbounds float, float* %0, i64 %171
  %765 = bitcast float* %764 to <8 x float>*
  store <8 x float> %763, <8 x float>* %765, align 4
  %766 = load <8 x float>, <8 x float>* %8, align 32
  %767 = fcmp olt <8 x float> %766, zeroinitializer
  %768 = select <8 x i1> %767, <8 x float> zeroinitializer, <8 x float> %766
  %769 = select i1 %747, <8 x float> %768, <8 x float> %766
  %770 = getelementptr inbounds float, float* %0, i64 %173
  %771 = bitcast float* %770 to <8 x float>*
  store <8 x float> %769, <8 x float>* %771, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !7

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next77, %kw.exit58 ]
  %772 = icmp slt i64 %kh55, 3
  br i1 %772, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %773 = mul i64 %kh55, 464
  %774 = add i64 %744, %773
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %775 = icmp slt i64 %kw59, 3
  br i1 %775, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %776 = mul i64 %kw59, 8
  %777 = add i64 %774, %776
  %778 = mul i64 %kh55, 3
  %779 = add i64 %778, %kw59
  %780 = mul i64 %779, 64
  %781 = add i64 %746, %780
  %782 = add i64 %781, 0
  %783 = getelementptr inbounds float, float* %4, i64 %782
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = add i64 %781, 9216
  %787 = getelementptr inbounds float, float* %4, i64 %786
  %788 = bitcast float* %787 to <8 x float>*
  %789 = load <8 x float>, <8 x float>* %788, align 4
  %790 = add i64 %777, 0
  %791 = getelementptr inbounds float, float* %2, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat60 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %11, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %785, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %11, align 32
  %796 = load <8 x float>, <8 x float>* %9, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %789, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %9, align 32
  %798 = add i64 %777, 8
  %799 = getelementptr inbounds float, float* %2, i64 %798
  %800 = load float, float* %799, align 4
  %801 = insertelement <8 x float> undef, float %800, i32 0
  %splat61 = shufflevector <8 x float> %801, <8 x float> undef, <8 x i32> zeroinitializer
  %802 = load <8 x float>, <8 x float>* %10, align 32
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %785, <8 x float> %802)
  store <8 x float> %803, <8 x float>* %10, align 32
  %804 = load <8 x float>, <8 x float>* %8, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %789, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %8, align 32
  %806 = add i64 %781, 8
  %807 = getelementptr inbounds float, float* %4, i64 %806
  %808 = bitcast float* %807 to <8 x float>*
  %809 = load <8 x float>, <8 x float>* %808, align 4
  %810 = add i64 %781, 9224
  %811 = getelementptr inbounds float, float* %4, i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = add i64 %777, 1
  %815 = getelementptr inbounds float, float* %2, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat62 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %11, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %809, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %11, align 32
  %820 = load <8 x float>, <8 x float>* %9, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %813, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %9, align 32
  %822 = add i64 %777, 9
  %823 = getelementptr inbounds float, float* %2, i64 %822
  %824 = load float, float* %823, align 4
  %825 = insertelement <8 x float> undef, float %824, i32 0
  %splat63 = shufflevector <8 x float> %825, <8 x float> undef, <8 x i32> zeroinitializer
  %826 = load <8 x float>, <8 x float>* %10, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %809, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %10, align 32
  %828 = load <8 x float>, <8 x float>* %8, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %813, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %8, align 32
  %830 = add i64 %781, 16
  %831 = getelementptr inbounds float, float* %4, i64 %830
  %832 = bitcast float* %831 to <8 x float>*
  %833 = load <8 x float>, <8 x float>* %832, align 4
  %834 = add i64 %781, 9232
  %835 = getelementptr inbounds float, float* %4, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 %777, 2
  %839 = getelementptr inbounds float, float* %2, i64 %838
  %840 = load float, float* %839, align 4
  %841 = insertelement <8 x float> undef, float %840, i32 0
  %splat64 = shufflevector <8 x float> %841, <8 x float> undef, <8 x i32> zeroinitializer
  %842 = load <8 x float>, <8 x float>* %11, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %833, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %11, align 32
  %844 = load <8 x float>, <8 x float>* %9, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %837, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %9, align 32
  %846 = add i64 %777, 10
  %847 = getelementptr inbounds float, float* %2, i64 %846
  %848 = load float, float* %847, align 4
  %849 = insertelement <8 x float> undef, float %848, i32 0
  %splat65 = shufflevector <8 x float> %849, <8 x float> undef, <8 x i32> zeroinitializer
  %850 = load <8 x float>, <8 x float>* %10, align 32
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %833, <8 x float> %850)
  store <8 x float> %851, <8 x float>* %10, align 32
  %852 = load <8 x float>, <8 x float>* %8, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %837, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %8, align 32
  %854 = add i64 %781, 24
  %855 = getelementptr inbounds float, float* %4, i64 %854
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = add i64 %781, 9240
  %859 = getelementptr inbounds float, float* %4, i64 %858
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = add i64 %777, 3
  %863 = getelementptr inbounds float, float* %2, i64 %862
  %864 = load float, float* %863, align 4
  %865 = insertelement <8 x float> undef, float %864, i32 0
  %splat66 = shufflevector <8 x float> %865, <8 x float> undef, <8 x i32> zeroinitializer
  %866 = load <8 x float>, <8 x float>* %11, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %857, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %11, align 32
  %868 = load <8 x float>, <8 x float>* %9, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %861, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %9, align 32
  %870 = add i64 %777, 11
  %871 = getelementptr inbounds float, float* %2, i64 %870
  %872 = load float, float* %871, align 4
  %873 = insertelement <8 x float> undef, float %872, i32 0
  %splat67 = shufflevector <8 x float> %873, <8 x float> undef, <8 x i32> zeroinitializer
  %874 = load <8 x float>, <8 x float>* %10, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %857, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %10, align 32
  %876 = load <8 x float>, <8 x float>* %8, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %861, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %8, align 32
  %878 = add i64 %781, 32
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %781, 9248
  %883 = getelementptr inbounds float, float* %4, i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = add i64 %777, 4
  %887 = getelementptr inbounds float, float* %2, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat68 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %11, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %881, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %11, align 32
  %892 = load <8 x float>, <8 x float>* %9, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %885, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %9, align 32
  %894 = add i64 %777, 12
  %895 = getelementptr inbounds float, float* %2, i64 %894
  %896 = load float, float* %895, align 4
  %897 = insertelement <8 x float> undef, float %896, i32 0
  %splat69 = shufflevector <8 x float> %897, <8 x float> undef, <8 x i32> zeroinitializer
  %898 = load <8 x float>, <8 x float>* %10, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %881, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %10, align 32
  %900 = load <8 x float>, <8 x float>* %8, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %885, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %8, align 32
  %902 = add i64 %781, 40
  %903 = getelementptr inbounds float, float* %4, i64 %902
  %904 = bitcast float* %903 to <8 x float>*
  %905 = load <8 x float>, <8 x float>* %904, align 4
  %906 = add i64 %781, 9256
  %907 = getelementptr inbounds float, float* %4, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = add i64 %777, 5
  %911 = getelementptr inbounds float, float* %2, i64 %910
  %912 = load float, float* %911, align 4
  %913 = insertelement <8 x float> undef, float %912, i32 0
  %splat70 = shufflevector <8 x float> %913, <8 x float> undef, <8 x i32> zeroinitializer
  %914 = load <8 x float>, <8 x float>* %11, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %905, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %11, align 32
  %916 = load <8 x float>, <8 x float>* %9, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %909, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %9, align 32
  %918 = add i64 %777, 13
  %919 = getelementptr inbounds float, float* %2, i64 %918
  %920 = load float, float* %919, align 4
  %921 = insertelement <8 x float> undef, float %920, i32 0
  %splat71 = shufflevector <8 x float> %921, <8 x float> undef, <8 x i32> zeroinitializer
  %922 = load <8 x float>, <8 x float>* %10, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %905, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %10, align 32
  %924 = load <8 x float>, <8 x float>* %8, align 32
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %909, <8 x float> %924)
  store <8 x float> %925, <8 x float>* %8, align 32
  %926 = add i64 %781, 48
  %927 = getelementptr inbounds float, float* %4, i64 %926
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = add i64 %781, 9264
  %931 = getelementptr inbounds float, float* %4, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %777, 6
  %935 = getelementptr inbounds float, float* %2, i64 %934
  %936 = load float, float* %935, align 4
  %937 = insertelement <8 x float> undef, float %936, i32 0
  %splat72 = shufflevector <8 x float> %937, <8 x float> undef, <8 x i32> zeroinitializer
  %938 = load <8 x float>, <8 x float>* %11, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %929, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %11, align 32
  %940 = load <8 x float>, <8 x float>* %9, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %933, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %9, align 32
  %942 = add i64 %777, 14
  %943 = getelementptr inbounds float, float* %2, i64 %942
  %944 = load float, float* %943, align 4
  %945 = insertelement <8 x float> undef, float %944, i32 0
  %splat73 = shufflevector <8 x float> %945, <8 x float> undef, <8 x i32> zeroinitializer
  %946 = load <8 x float>, <8 x float>* %10, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %929, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %10, align 32
  %948 = load <8 x float>, <8 x float>* %8, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %933, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %8, align 32
  %950 = add i64 %781, 56
  %951 = getelementptr inbounds float, float* %4, i64 %950
  %952 = bitcast float* %951 to <8 x float>*
  %953 = load <8 x float>, <8 x float>* %952, align 4
  %954 = add i64 %781, 9272
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %777, 7
  %959 = getelementptr inbounds float, float* %2, i64 %958
  %960 = load float, float* %959, align 4
  %961 = insertelement <8 x float> undef, float %960, i32 0
  %splat74 = shufflevector <8 x float> %961, <8 x float> undef, <8 x i32> zeroinitializer
  %962 = load <8 x float>, <8 x float>* %11, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %953, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %11, align 32
  %964 = load <8 x float>, <8 x float>* %9, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %957, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %9, align 32
  %966 = add i64 %777, 15
  %967 = getelementptr inbounds float, float* %2, i64 %966
  %968 = load float, float* %967, align 4
  %969 = insertelement <8 x float> undef, float %968, i32 0
  %splat75 = shufflevector <8 x float> %969, <8 x float> undef, <8 x i32> zeroinitializer
  %970 = load <8 x float>, <8 x float>* %10, align 32
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %953, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %10, align 32
  %972 = load <8 x float>, <8 x float>* %8, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %957, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %8, align 32
  %kw.next76 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next77 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node6.conv2d_5.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node6.conv2d_5.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node7.conv2d_6.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node7.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_6.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %25 = srem i64 %task, 56
  %26 = sdiv i64 %task, 56
  %27 = srem i64 %26, 16
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 896
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 32
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 32
  %36 = mul i64 %30, 32
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 26912
  %39 = mul i64 %34, 18432
  %40 = mul i64 %28, 464
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit50 ]
  %41 = icmp slt i64 %chunk, 16
  br i1 %41, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %42 = icmp slt i64 %x, 54
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = mul i64 %31, 32
  %44 = add i64 %43, %34
  %45 = add i64 %44, 0
  %46 = mul i64 %45, 56
  %47 = add i64 %46, %28
  %48 = mul i64 %47, 56
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
  %70 = mul i64 %69, 56
  %71 = add i64 %70, %28
  %72 = mul i64 %71, 56
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
  %153 = mul i64 %chunk, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %154 = mul i64 %31, 32
  %155 = add i64 %154, %34
  %156 = add i64 %155, 0
  %157 = mul i64 %156, 56
  %158 = add i64 %157, %28
  %159 = mul i64 %158, 56
  %160 = add i64 %159, 54
  %161 = mul i64 %160, 8
  %162 = add i64 %159, 55
  %163 = mul i64 %162, 8
  %164 = mul i64 %31, 32
  %165 = add i64 %164, %34
  %166 = add i64 %165, 1
  %167 = mul i64 %166, 56
  %168 = add i64 %167, %28
  %169 = mul i64 %168, 56
  %170 = add i64 %169, 54
  %171 = mul i64 %170, 8
  %172 = add i64 %169, 55
  %173 = mul i64 %172, 8
  %174 = add i64 %34, 0
  %175 = mul i64 %174, 8
  %176 = getelementptr inbounds float, float* %5, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %34, 1
  %180 = mul i64 %179, 8
  %181 = getelementptr inbounds float, float* %5, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  %183 = load <8 x float>, <8 x float>* %182, align 4
  %184 = icmp eq i64 %chunk, 0
  %185 = getelementptr inbounds float, float* %0, i64 %161
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = select i1 %184, <8 x float> %178, <8 x float> %187
  store <8 x float> %188, <8 x float>* %11, align 32
  %189 = getelementptr inbounds float, float* %0, i64 %163
  %190 = bitcast float* %189 to <8 x float>*
  %191 = load <8 x float>, <8 x float>* %190, align 4
  %192 = select i1 %184, <8 x float> %178, <8 x float> %191
  store <8 x float> %192, <8 x float>* %10, align 32
  %193 = getelementptr inbounds float, float* %0, i64 %171
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = select i1 %184, <8 x float> %183, <8 x float> %195
  store <8 x float> %196, <8 x float>* %9, align 32
  %197 = getelementptr inbounds float, float* %0, i64 %173
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = select i1 %184, <8 x float> %183, <8 x float> %199
  store <8 x float> %200, <8 x float>* %8, align 32
  %201 = add i64 %40, 432
  %202 = add i64 %38, %201
  %203 = mul i64 %chunk, 2
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %204 = icmp slt i64 %u, 2
  br i1 %204, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %205 = add i64 %153, %u
  %206 = mul i64 %205, 26912
  %207 = add i64 %152, %206
  %208 = mul i64 %205, 576
  %209 = add i64 %39, %208
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %210 = icmp eq i64 %chunk, 15
  %211 = load <8 x float>, <8 x float>* %23, align 32
  %212 = fcmp olt <8 x float> %211, zeroinitializer
  %213 = select <8 x i1> %212, <8 x float> zeroinitializer, <8 x float> %211
  %214 = select i1 %210, <8 x float> %213, <8 x float> %211
  %215 = getelementptr inbounds float, float* %0, i64 %51
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = load <8 x float>, <8 x float>* %22, align 32
  %218 = fcmp olt <8 x float> %217, zeroinitializer
  %219 = select <8 x i1> %218, <8 x float> zeroinitializer, <8 x float> %217
  %220 = select i1 %210, <8 x float> %219, <8 x float> %217
  %221 = getelementptr inbounds float, float* %0, i64 %54
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %21, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = select i1 %210, <8 x float> %225, <8 x float> %223
  %227 = getelementptr inbounds float, float* %0, i64 %57
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %20, align 32
  %230 = fcmp olt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> zeroinitializer, <8 x float> %229
  %232 = select i1 %210, <8 x float> %231, <8 x float> %229
  %233 = getelementptr inbounds float, float* %0, i64 %60
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %232, <8 x float>* %234, align 4
  %235 = load <8 x float>, <8 x float>* %19, align 32
  %236 = fcmp olt <8 x float> %235, zeroinitializer
  %237 = select <8 x i1> %236, <8 x float> zeroinitializer, <8 x float> %235
  %238 = select i1 %210, <8 x float> %237, <8 x float> %235
  %239 = getelementptr inbounds float, float* %0, i64 %63
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %238, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %18, align 32
  %242 = fcmp olt <8 x float> %241, zeroinitializer
  %243 = select <8 x i1> %242, <8 x float> zeroinitializer, <8 x float> %241
  %244 = select i1 %210, <8 x float> %243, <8 x float> %241
  %245 = getelementptr inbounds float, float* %0, i64 %66
  %246 = bitcast float* %245 to <8 x float>*
  store <8 x float> %244, <8 x float>* %246, align 4
  %247 = load <8 x float>, <8 x float>* %17, align 32
  %248 = fcmp olt <8 x float> %247, zeroinitializer
  %249 = select <8 x i1> %248, <8 x float> zeroinitializer, <8 x float> %247
  %250 = select i1 %210, <8 x float> %249, <8 x float> %247
  %251 = getelementptr inbounds float, float* %0, i64 %75
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %253 = load <8 x float>, <8 x float>* %16, align 32
  %254 = fcmp olt <8 x float> %253, zeroinitializer
  %255 = select <8 x i1> %254, <8 x float> zeroinitializer, <8 x float> %253
  %256 = select i1 %210, <8 x float> %255, <8 x float> %253
  %257 = getelementptr inbounds float, float* %0, i64 %78
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %256, <8 x float>* %258, align 4
  %259 = load <8 x float>, <8 x float>* %15, align 32
  %260 = fcmp olt <8 x float> %259, zeroinitializer
  %261 = select <8 x i1> %260, <8 x float> zeroinitializer, <8 x float> %259
  %262 = select i1 %210, <8 x float> %261, <8 x float> %259
  %263 = getelementptr inbounds float, float* %0, i64 %81
  %264 = bitcast float* %263 to <8 x float>*
  store <8 x float> %262, <8 x float>* %264, align 4
  %265 = load <8 x float>, <8 x float>* %14, align 32
  %266 = fcmp olt <8 x float> %265, zeroinitializer
  %267 = select <8 x i1> %266, <8 x float> zeroinitializer, <8 x float> %265
  %268 = select i1 %210, <8 x float> %267, <8 x float> %265
  %269 = getelementptr inbounds float, float* %0, i64 %84
  %270 = bitcast float* %269 to <8 x float>*
  store <8 x float> %268, <8 x float>* %270, align 4
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = fcmp olt <8 x float> %271, zeroinitializer
  %273 = select <8 x i1> %272, <8 x float> zeroinitializer, <8 x float> %271
  %274 = select i1 %210, <8 x float> %273, <8 x float> %271
  %275 = getelementptr inbounds float, float* %0, i64 %87
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %274, <8 x float>* %276, align 4
  %277 = load <8 x float>, <8 x float>* %12, align 32
  %278 = fcmp olt <8 x float> %277, zeroinitializer
  %279 = select <8 x i1> %278, <8 x float> zeroinitializer, <8 x float> %277
  %280 = select i1 %210, <8 x float> %279, <8 x float> %277
  %281 = getelementptr inbounds float, float* %0, i64 %90
  %282 = bitcast float* %281 to <8 x float>*
  store <8 x float> %280, <8 x float>* %282, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %283 = icmp slt i64 %kh, 3
  br i1 %283, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %284 = mul i64 %kh, 464
  %285 = add i64 %207, %284
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %286 = icmp slt i64 %kw, 3
  br i1 %286, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %287 = mul i64 %kw, 8
  %288 = add i64 %285, %287
  %289 = mul i64 %kh, 3
  %290 = add i64 %289, %kw
  %291 = mul i64 %290, 64
  %292 = add i64 %209, %291
  %293 = add i64 %292, 0
  %294 = getelementptr inbounds float, float* %4, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = add i64 %292, 18432
  %298 = getelementptr inbounds float, float* %4, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %288, 0
  %302 = getelementptr inbounds float, float* %2, i64 %301
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %splat = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %296, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %23, align 32
  %307 = load <8 x float>, <8 x float>* %17, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %300, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %17, align 32
  %309 = add i64 %288, 8
  %310 = getelementptr inbounds float, float* %2, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat1 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %296, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %22, align 32
  %315 = load <8 x float>, <8 x float>* %16, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %300, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %16, align 32
  %317 = add i64 %288, 16
  %318 = getelementptr inbounds float, float* %2, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat2 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %296, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %21, align 32
  %323 = load <8 x float>, <8 x float>* %15, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %300, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %15, align 32
  %325 = add i64 %288, 24
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = load float, float* %326, align 4
  %328 = insertelement <8 x float> undef, float %327, i32 0
  %splat3 = shufflevector <8 x float> %328, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %296, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %20, align 32
  %331 = load <8 x float>, <8 x float>* %14, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %300, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %14, align 32
  %333 = add i64 %288, 32
  %334 = getelementptr inbounds float, float* %2, i64 %333
  %335 = load float, float* %334, align 4
  %336 = insertelement <8 x float> undef, float %335, i32 0
  %splat4 = shufflevector <8 x float> %336, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %296, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %19, align 32
  %339 = load <8 x float>, <8 x float>* %13, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %300, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %13, align 32
  %341 = add i64 %288, 40
  %342 = getelementptr inbounds float, float* %2, i64 %341
  %343 = load float, float* %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i32 0
  %splat5 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = load <8 x float>, <8 x float>* %18, align 32
  %346 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %296, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %18, align 32
  %347 = load <8 x float>, <8 x float>* %12, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %300, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %12, align 32
  %349 = add i64 %292, 8
  %350 = getelementptr inbounds float, float* %4, i64 %349
  %351 = bitcast float* %350 to <8 x float>*
  %352 = load <8 x float>, <8 x float>* %351, align 4
  %353 = add i64 %292, 18440
  %354 = getelementptr inbounds float, float* %4, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  %356 = load <8 x float>, <8 x float>* %355, align 4
  %357 = add i64 %288, 1
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat6 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %23, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %352, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %23, align 32
  %363 = load <8 x float>, <8 x float>* %17, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %356, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %17, align 32
  %365 = add i64 %288, 9
  %366 = getelementptr inbounds float, float* %2, i64 %365
  %367 = load float, float* %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i32 0
  %splat7 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %369 = load <8 x float>, <8 x float>* %22, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %352, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %22, align 32
  %371 = load <8 x float>, <8 x float>* %16, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %356, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %16, align 32
  %373 = add i64 %288, 17
  %374 = getelementptr inbounds float, float* %2, i64 %373
  %375 = load float, float* %374, align 4
  %376 = insertelement <8 x float> undef, float %375, i32 0
  %splat8 = shufflevector <8 x float> %376, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = load <8 x float>, <8 x float>* %21, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %352, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %21, align 32
  %379 = load <8 x float>, <8 x float>* %15, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %356, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %15, align 32
  %381 = add i64 %288, 25
  %382 = getelementptr inbounds float, float* %2, i64 %381
  %383 = load float, float* %382, align 4
  %384 = insertelement <8 x float> undef, float %383, i32 0
  %splat9 = shufflevector <8 x float> %384, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %20, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %352, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %20, align 32
  %387 = load <8 x float>, <8 x float>* %14, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %356, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %14, align 32
  %389 = add i64 %288, 33
  %390 = getelementptr inbounds float, float* %2, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat10 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %19, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %352, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %19, align 32
  %395 = load <8 x float>, <8 x float>* %13, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %356, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %13, align 32
  %397 = add i64 %288, 41
  %398 = getelementptr inbounds float, float* %2, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat11 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %18, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %352, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %18, align 32
  %403 = load <8 x float>, <8 x float>* %12, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %356, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %12, align 32
  %405 = add i64 %292, 16
  %406 = getelementptr inbounds float, float* %4, i64 %405
  %407 = bitcast float* %406 to <8 x float>*
  %408 = load <8 x float>, <8 x float>* %407, align 4
  %409 = add i64 %292, 18448
  %410 = getelementptr inbounds float, float* %4, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %288, 2
  %414 = getelementptr inbounds float, float* %2, i64 %413
  %415 = load float, float* %414, align 4
  %416 = insertelement <8 x float> undef, float %415, i32 0
  %splat12 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %417 = load <8 x float>, <8 x float>* %23, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %408, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %23, align 32
  %419 = load <8 x float>, <8 x float>* %17, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %17, align 32
  %421 = add i64 %288, 10
  %422 = getelementptr inbounds float, float* %2, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat13 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %22, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %408, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %22, align 32
  %427 = load <8 x float>, <8 x float>* %16, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %16, align 32
  %429 = add i64 %288, 18
  %430 = getelementptr inbounds float, float* %2, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat14 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %21, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %408, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %21, align 32
  %435 = load <8 x float>, <8 x float>* %15, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %15, align 32
  %437 = add i64 %288, 26
  %438 = getelementptr inbounds float, float* %2, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat15 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %20, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %408, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %20, align 32
  %443 = load <8 x float>, <8 x float>* %14, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %14, align 32
  %445 = add i64 %288, 34
  %446 = getelementptr inbounds float, float* %2, i64 %445
  %447 = load float, float* %446, align 4
  %448 = insertelement <8 x float> undef, float %447, i32 0
  %splat16 = shufflevector <8 x float> %448, <8 x float> undef, <8 x i32> zeroinitializer
  %449 = load <8 x float>, <8 x float>* %19, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %408, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %19, align 32
  %451 = load <8 x float>, <8 x float>* %13, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %13, align 32
  %453 = add i64 %288, 42
  %454 = getelementptr inbounds float, float* %2, i64 %453
  %455 = load float, float* %454, align 4
  %456 = insertelement <8 x float> undef, float %455, i32 0
  %splat17 = shufflevector <8 x float> %456, <8 x float> undef, <8 x i32> zeroinitializer
  %457 = load <8 x float>, <8 x float>* %18, align 32
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %408, <8 x float> %457)
  store <8 x float> %458, <8 x float>* %18, align 32
  %459 = load <8 x float>, <8 x float>* %12, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %412, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %12, align 32
  %461 = add i64 %292, 24
  %462 = getelementptr inbounds float, float* %4, i64 %461
  %463 = bitcast float* %462 to <8 x float>*
  %464 = load <8 x float>, <8 x float>* %463, align 4
  %465 = add i64 %292, 18456
  %466 = getelementptr inbounds float, float* %4, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %288, 3
  %470 = getelementptr inbounds float, float* %2, i64 %469
  %471 = load float, float* %470, align 4
  %472 = insertelement <8 x float> undef, float %471, i32 0
  %splat18 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %473 = load <8 x float>, <8 x float>* %23, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %464, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %23, align 32
  %475 = load <8 x float>, <8 x float>* %17, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %468, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %17, align 32
  %477 = add i64 %288, 11
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat19 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %22, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %464, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %22, align 32
  %483 = load <8 x float>, <8 x float>* %16, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %468, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %16, align 32
  %485 = add i64 %288, 19
  %486 = getelementptr inbounds float, float* %2, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat20 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %21, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %464, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %21, align 32
  %491 = load <8 x float>, <8 x float>* %15, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %468, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %15, align 32
  %493 = add i64 %288, 27
  %494 = getelementptr inbounds float, float* %2, i64 %493
  %495 = load float, float* %494, align 4
  %496 = insertelement <8 x float> undef, float %495, i32 0
  %splat21 = shufflevector <8 x float> %496, <8 x float> undef, <8 x i32> zeroinitializer
  %497 = load <8 x float>, <8 x float>* %20, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %464, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %20, align 32
  %499 = load <8 x float>, <8 x float>* %14, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %468, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %14, align 32
  %501 = add i64 %288, 35
  %502 = getelementptr inbounds float, float* %2, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat22 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %19, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %464, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %19, align 32
  %507 = load <8 x float>, <8 x float>* %13, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %468, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %13, align 32
  %509 = add i64 %288, 43
  %510 = getelementptr inbounds float, float* %2, i64 %509
  %511 = load float, float* %510, align 4
  %512 = insertelement <8 x float> undef, float %511, i32 0
  %splat23 = shufflevector <8 x float> %512, <8 x float> undef, <8 x i32> zeroinitializer
  %513 = load <8 x float>, <8 x float>* %18, align 32
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %464, <8 x float> %513)
  store <8 x float> %514, <8 x float>* %18, align 32
  %515 = load <8 x float>, <8 x float>* %12, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %468, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %12, align 32
  %517 = add i64 %292, 32
  %518 = getelementptr inbounds float, float* %4, i64 %517
  %519 = bitcast float* %518 to <8 x float>*
  %520 = load <8 x float>, <8 x float>* %519, align 4
  %521 = add i64 %292, 18464
  %522 = getelementptr inbounds float, float* %4, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  %524 = load <8 x float>, <8 x float>* %523, align 4
  %525 = add i64 %288, 4
  %526 = getelementptr inbounds float, float* %2, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat24 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %23, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %520, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %23, align 32
  %531 = load <8 x float>, <8 x float>* %17, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %524, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %17, align 32
  %533 = add i64 %288, 12
  %534 = getelementptr inbounds float, float* %2, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat25 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %22, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %520, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %22, align 32
  %539 = load <8 x float>, <8 x float>* %16, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %524, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %16, align 32
  %541 = add i64 %288, 20
  %542 = getelementptr inbounds float, float* %2, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat26 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %21, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %520, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %21, align 32
  %547 = load <8 x float>, <8 x float>* %15, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %524, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %15, align 32
  %549 = add i64 %288, 28
  %550 = getelementptr inbounds float, float* %2, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat27 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %20, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %520, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %20, align 32
  %555 = load <8 x float>, <8 x float>* %14, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %524, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %14, align 32
  %557 = add i64 %288, 36
  %558 = getelementptr inbounds float, float* %2, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat28 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %19, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %520, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %19, align 32
  %563 = load <8 x float>, <8 x float>* %13, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %524, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %13, align 32
  %565 = add i64 %288, 44
  %566 = getelementptr inbounds float, float* %2, i64 %565
  %567 = load float, float* %566, align 4
  %568 = insertelement <8 x float> undef, float %567, i32 0
  %splat29 = shufflevector <8 x float> %568, <8 x float> undef, <8 x i32> zeroinitializer
  %569 = load <8 x float>, <8 x float>* %18, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %520, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %18, align 32
  %571 = load <8 x float>, <8 x float>* %12, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %524, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %12, align 32
  %573 = add i64 %292, 40
  %574 = getelementptr inbounds float, float* %4, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %292, 18472
  %578 = getelementptr inbounds float, float* %4, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %288, 5
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = load float, float* %582, align 4
  %584 = insertelement <8 x float> undef, float %583, i32 0
  %splat30 = shufflevector <8 x float> %584, <8 x float> undef, <8 x i32> zeroinitializer
  %585 = load <8 x float>, <8 x float>* %23, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %576, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %23, align 32
  %587 = load <8 x float>, <8 x float>* %17, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %580, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %17, align 32
  %589 = add i64 %288, 13
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = load float, float* %590, align 4
  %592 = insertelement <8 x float> undef, float %591, i32 0
  %splat31 = shufflevector <8 x float> %592, <8 x float> undef, <8 x i32> zeroinitializer
  %593 = load <8 x float>, <8 x float>* %22, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %576, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %22, align 32
  %595 = load <8 x float>, <8 x float>* %16, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %580, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %16, align 32
  %597 = add i64 %288, 21
  %598 = getelementptr inbounds float, float* %2, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat32 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %21, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %576, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %21, align 32
  %603 = load <8 x float>, <8 x float>* %15, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %580, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %15, align 32
  %605 = add i64 %288, 29
  %606 = getelementptr inbounds float, float* %2, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat33 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %20, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %576, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %20, align 32
  %611 = load <8 x float>, <8 x float>* %14, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %580, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %14, align 32
  %613 = add i64 %288, 37
  %614 = getelementptr inbounds float, float* %2, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat34 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %19, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %576, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %19, align 32
  %619 = load <8 x float>, <8 x float>* %13, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %580, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %13, align 32
  %621 = add i64 %288, 45
  %622 = getelementptr inbounds float, float* %2, i64 %621
  %623 = load float, float* %622, align 4
  %624 = insertelement <8 x float> undef, float %623, i32 0
  %splat35 = shufflevector <8 x float> %624, <8 x float> undef, <8 x i32> zeroinitializer
  %625 = load <8 x float>, <8 x float>* %18, align 32
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %576, <8 x float> %625)
  store <8 x float> %626, <8 x float>* %18, align 32
  %627 = load <8 x float>, <8 x float>* %12, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %580, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %12, align 32
  %629 = add i64 %292, 48
  %630 = getelementptr inbounds float, float* %4, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = add i64 %292, 18480
  %634 = getelementptr inbounds float, float* %4, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %288, 6
  %638 = getelementptr inbounds float, float* %2, i64 %637
  %639 = load float, float* %638, align 4
  %640 = insertelement <8 x float> undef, float %639, i32 0
  %splat36 = shufflevector <8 x float> %640, <8 x float> undef, <8 x i32> zeroinitializer
  %641 = load <8 x float>, <8 x float>* %23, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %632, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %23, align 32
  %643 = load <8 x float>, <8 x float>* %17, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %636, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %17, align 32
  %645 = add i64 %288, 14
  %646 = getelementptr inbounds float, float* %2, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat37 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %22, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %632, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %22, align 32
  %651 = load <8 x float>, <8 x float>* %16, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %636, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %16, align 32
  %653 = add i64 %288, 22
  %654 = getelementptr inbounds float, float* %2, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat38 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %21, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %632, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %21, align 32
  %659 = load <8 x float>, <8 x float>* %15, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %636, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %15, align 32
  %661 = add i64 %288, 30
  %662 = getelementptr inbounds float, float* %2, i64 %661
  %663 = load float, float* %662, align 4
  %664 = insertelement <8 x float> undef, float %663, i32 0
  %splat39 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
  %665 = load <8 x float>, <8 x float>* %20, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %632, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %20, align 32
  %667 = load <8 x float>, <8 x float>* %14, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %636, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %14, align 32
  %669 = add i64 %288, 38
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = load float, float* %670, align 4
  %672 = insertelement <8 x float> undef, float %671, i32 0
  %splat40 = shufflevector <8 x float> %672, <8 x float> undef, <8 x i32> zeroinitializer
  %673 = load <8 x float>, <8 x float>* %19, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %632, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %19, align 32
  %675 = load <8 x float>, <8 x float>* %13, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %636, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %13, align 32
  %677 = add i64 %288, 46
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = load float, float* %678, align 4
  %680 = insertelement <8 x float> undef, float %679, i32 0
  %splat41 = shufflevector <8 x float> %680, <8 x float> undef, <8 x i32> zeroinitializer
  %681 = load <8 x float>, <8 x float>* %18, align 32
  %682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %632, <8 x float> %681)
  store <8 x float> %682, <8 x float>* %18, align 32
  %683 = load <8 x float>, <8 x float>* %12, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %636, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %12, align 32
  %685 = add i64 %292, 56
  %686 = getelementptr inbounds float, float* %4, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %292, 18488
  %690 = getelementptr inbounds float, float* %4, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %288, 7
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat42 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %23, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %688, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %23, align 32
  %699 = load <8 x float>, <8 x float>* %17, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %692, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %17, align 32
  %701 = add i64 %288, 15
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat43 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %22, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %688, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %22, align 32
  %707 = load <8 x float>, <8 x float>* %16, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %692, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %16, align 32
  %709 = add i64 %288, 23
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat44 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %21, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %688, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %21, align 32
  %715 = load <8 x float>, <8 x float>* %15, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %692, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %15, align 32
  %717 = add i64 %288, 31
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat45 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %20, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %688, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %20, align 32
  %723 = load <8 x float>, <8 x float>* %14, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %692, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %14, align 32
  %725 = add i64 %288, 39
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat46 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %19, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %688, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %19, align 32
  %731 = load <8 x float>, <8 x float>* %13, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %692, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %13, align 32
  %733 = add i64 %288, 47
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = load float, float* %734, align 4
  %736 = insertelement <8 x float> undef, float %735, i32 0
  %splat47 = shufflevector <8 x float> %736, <8 x float> undef, <8 x i32> zeroinitializer
  %737 = load <8 x float>, <8 x float>* %18, align 32
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %688, <8 x float> %737)
  store <8 x float> %738, <8 x float>* %18, align 32
  %739 = load <8 x float>, <8 x float>* %12, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %692, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %12, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next78, %kh.exit54 ]
  %741 = icmp slt i64 %u51, 2
  br i1 %741, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %742 = add i64 %203, %u51
  %743 = mul i64 %742, 26912
  %744 = add i64 %202, %743
  %745 = mul i64 %742, 576
  %746 = add i64 %39, %745
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %747 = icmp eq i64 %chunk, 15
  %748 = load <8 x float>, <8 x float>* %11, align 32
  %749 = fcmp olt <8 x float> %748, zeroinitializer
  %750 = select <8 x i1> %749, <8 x float> zeroinitializer, <8 x float> %748
  %751 = select i1 %747, <8 x float> %750, <8 x float> %748
  %752 = getelementptr inbounds float, float* %0, i64 %161
  %753 = bitcast float* %752 to <8 x float>*
  store <8 x float> %751, <8 x float>* %753, align 4
  %754 = load <8 x float>, <8 x float>* %10, align 32
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = select i1 %747, <8 x float> %756, <8 x float> %754
  %758 = getelementptr inbounds float, float* %0, i64 %163
  %759 = bitcast float* %758 to <8 x float>*
  store <8 x float> %757, <8 x float>* %759, align 4
  %760 = load <8 x float>, <8 x float>* %9, align 32
  %761 = fcmp olt <8 x float> %760, zeroinitializer
  %762 = select <8 x i1> %761, <8 x float> zeroinitializer, <8 x float> %760
  %763 = select i1 %747, <8 x float> %762, <8 x float> %760
  %764 = getelementptr inbounds float, float* %0, i64 %171
  %765 = bitcast float* %764 to <8 x float>*
  store <8 x float> %763, <8 x float>* %765, align 4
  %766 = load <8 x float>, <8 x float>* %8, align 32
  %767 = fcmp olt <8 x float> %766, zeroinitializer
  %768 = select <8 x i1> %767, <8 x float> zeroinitializer, <8 x float> %766
  %769 = select i1 %747, <8 x float> %768, <8 x float> %766
  %770 = getelementptr inbounds float, float* %0, i64 %173
  %771 = bitcast float* %770 to <8 x float>*
  store <8 x float> %769, <8 x float>* %771, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !8

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next77, %kw.exit58 ]
  %772 = icmp slt i64 %kh55, 3
  br i1 %772, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %773 = mul i64 %kh55, 464
  %774 = add i64 %744, %773
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %775 = icmp slt i64 %kw59, 3
  br i1 %775, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %776 = mul i64 %kw59, 8
  %777 = add i64 %774, %776
  %778 = mul i64 %kh55, 3
  %779 = add i64 %778, %kw59
  %780 = mul i64 %779, 64
  %781 = add i64 %746, %780
  %782 = add i64 %781, 0
  %783 = getelementptr inbounds float, float* %4, i64 %782
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = add i64 %781, 18432
  %787 = getelementptr inbounds float, float* %4, i64 %786
  %788 = bitcast float* %787 to <8 x float>*
  %789 = load <8 x float>, <8 x float>* %788, align 4
  %790 = add i64 %777, 0
  %791 = getelementptr inbounds float, float* %2, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat60 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %11, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %785, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %11, align 32
  %796 = load <8 x float>, <8 x float>* %9, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %789, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %9, align 32
  %798 = add i64 %777, 8
  %799 = getelementptr inbounds float, float* %2, i64 %798
  %800 = load float, float* %799, align 4
  %801 = insertelement <8 x float> undef, float %800, i32 0
  %splat61 = shufflevector <8 x float> %801, <8 x float> undef, <8 x i32> zeroinitializer
  %802 = load <8 x float>, <8 x float>* %10, align 32
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %785, <8 x float> %802)
  store <8 x float> %803, <8 x float>* %10, align 32
  %804 = load <8 x float>, <8 x float>* %8, align 32
  %805 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %789, <8 x float> %804)
  store <8 x float> %805, <8 x float>* %8, align 32
  %806 = add i64 %781, 8
  %807 = getelementptr inbounds float, float* %4, i64 %806
  %808 = bitcast float* %807 to <8 x float>*
  %809 = load <8 x float>, <8 x float>* %808, align 4
  %810 = add i64 %781, 18440
  %811 = getelementptr inbounds float, float* %4, i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = add i64 %777, 1
  %815 = getelementptr inbounds float, float* %2, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat62 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %11, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %809, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %11, align 32
  %820 = load <8 x float>, <8 x float>* %9, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %813, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %9, align 32
  %822 = add i64 %777, 9
  %823 = getelementptr inbounds float, float* %2, i64 %822
  %824 = load float, float* %823, align 4
  %825 = insertelement <8 x float> undef, float %824, i32 0
  %splat63 = shufflevector <8 x float> %825, <8 x float> undef, <8 x i32> zeroinitializer
  %826 = load <8 x float>, <8 x float>* %10, align 32
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %809, <8 x float> %826)
  store <8 x float> %827, <8 x float>* %10, align 32
  %828 = load <8 x float>, <8 x float>* %8, align 32
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %813, <8 x float> %828)
  store <8 x float> %829, <8 x float>* %8, align 32
  %830 = add i64 %781, 16
  %831 = getelementptr inbounds float, float* %4, i64 %830
  %832 = bitcast float* %831 to <8 x float>*
  %833 = load <8 x float>, <8 x float>* %832, align 4
  %834 = add i64 %781, 18448
  %835 = getelementptr inbounds float, float* %4, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 %777, 2
  %839 = getelementptr inbounds float, float* %2, i64 %838
  %840 = load float, float* %839, align 4
  %841 = insertelement <8 x float> undef, float %840, i32 0
  %splat64 = shufflevector <8 x float> %841, <8 x float> undef, <8 x i32> zeroinitializer
  %842 = load <8 x float>, <8 x float>* %11, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %833, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %11, align 32
  %844 = load <8 x float>, <8 x float>* %9, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %837, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %9, align 32
  %846 = add i64 %777, 10
  %847 = getelementptr inbounds float, float* %2, i64 %846
  %848 = load float, float* %847, align 4
  %849 = insertelement <8 x float> undef, float %848, i32 0
  %splat65 = shufflevector <8 x float> %849, <8 x float> undef, <8 x i32> zeroinitializer
  %850 = load <8 x float>, <8 x float>* %10, align 32
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %833, <8 x float> %850)
  store <8 x float> %851, <8 x float>* %10, align 32
  %852 = load <8 x float>, <8 x float>* %8, align 32
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %837, <8 x float> %852)
  store <8 x float> %853, <8 x float>* %8, align 32
  %854 = add i64 %781, 24
  %855 = getelementptr inbounds float, float* %4, i64 %854
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = add i64 %781, 18456
  %859 = getelementptr inbounds float, float* %4, i64 %858
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = add i64 %777, 3
  %863 = getelementptr inbounds float, float* %2, i64 %862
  %864 = load float, float* %863, align 4
  %865 = insertelement <8 x float> undef, float %864, i32 0
  %splat66 = shufflevector <8 x float> %865, <8 x float> undef, <8 x i32> zeroinitializer
  %866 = load <8 x float>, <8 x float>* %11, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %857, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %11, align 32
  %868 = load <8 x float>, <8 x float>* %9, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %861, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %9, align 32
  %870 = add i64 %777, 11
  %871 = getelementptr inbounds float, float* %2, i64 %870
  %872 = load float, float* %871, align 4
  %873 = insertelement <8 x float> undef, float %872, i32 0
  %splat67 = shufflevector <8 x float> %873, <8 x float> undef, <8 x i32> zeroinitializer
  %874 = load <8 x float>, <8 x float>* %10, align 32
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %857, <8 x float> %874)
  store <8 x float> %875, <8 x float>* %10, align 32
  %876 = load <8 x float>, <8 x float>* %8, align 32
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %861, <8 x float> %876)
  store <8 x float> %877, <8 x float>* %8, align 32
  %878 = add i64 %781, 32
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %781, 18464
  %883 = getelementptr inbounds float, float* %4, i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = add i64 %777, 4
  %887 = getelementptr inbounds float, float* %2, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat68 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %11, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %881, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %11, align 32
  %892 = load <8 x float>, <8 x float>* %9, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %885, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %9, align 32
  %894 = add i64 %777, 12
  %895 = getelementptr inbounds float, float* %2, i64 %894
  %896 = load float, float* %895, align 4
  %897 = insertelement <8 x float> undef, float %896, i32 0
  %splat69 = shufflevector <8 x float> %897, <8 x float> undef, <8 x i32> zeroinitializer
  %898 = load <8 x float>, <8 x float>* %10, align 32
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %881, <8 x float> %898)
  store <8 x float> %899, <8 x float>* %10, align 32
  %900 = load <8 x float>, <8 x float>* %8, align 32
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %885, <8 x float> %900)
  store <8 x float> %901, <8 x float>* %8, align 32
  %902 = add i64 %781, 40
  %903 = getelementptr inbounds float, float* %4, i64 %902
  %904 = bitcast float* %903 to <8 x float>*
  %905 = load <8 x float>, <8 x float>* %904, align 4
  %906 = add i64 %781, 18472
  %907 = getelementptr inbounds float, float* %4, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = add i64 %777, 5
  %911 = getelementptr inbounds float, float* %2, i64 %910
  %912 = load float, float* %911, align 4
  %913 = insertelement <8 x float> undef, float %912, i32 0
  %splat70 = shufflevector <8 x float> %913, <8 x float> undef, <8 x i32> zeroinitializer
  %914 = load <8 x float>, <8 x float>* %11, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %905, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %11, align 32
  %916 = load <8 x float>, <8 x float>* %9, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %909, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %9, align 32
  %918 = add i64 %777, 13
  %919 = getelementptr inbounds float, float* %2, i64 %918
  %920 = load float, float* %919, align 4
  %921 = insertelement <8 x float> undef, float %920, i32 0
  %splat71 = shufflevector <8 x float> %921, <8 x float> undef, <8 x i32> zeroinitializer
  %922 = load <8 x float>, <8 x float>* %10, align 32
  %923 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %905, <8 x float> %922)
  store <8 x float> %923, <8 x float>* %10, align 32
  %924 = load <8 x float>, <8 x float>* %8, align 32
  %925 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %909, <8 x float> %924)
  store <8 x float> %925, <8 x float>* %8, align 32
  %926 = add i64 %781, 48
  %927 = getelementptr inbounds float, float* %4, i64 %926
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = add i64 %781, 18480
  %931 = getelementptr inbounds float, float* %4, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %777, 6
  %935 = getelementptr inbounds float, float* %2, i64 %934
  %936 = load float, float* %935, align 4
  %937 = insertelement <8 x float> undef, float %936, i32 0
  %splat72 = shufflevector <8 x float> %937, <8 x float> undef, <8 x i32> zeroinitializer
  %938 = load <8 x float>, <8 x float>* %11, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %929, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %11, align 32
  %940 = load <8 x float>, <8 x float>* %9, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %933, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %9, align 32
  %942 = add i64 %777, 14
  %943 = getelementptr inbounds float, float* %2, i64 %942
  %944 = load float, float* %943, align 4
  %945 = insertelement <8 x float> undef, float %944, i32 0
  %splat73 = shufflevector <8 x float> %945, <8 x float> undef, <8 x i32> zeroinitializer
  %946 = load <8 x float>, <8 x float>* %10, align 32
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %929, <8 x float> %946)
  store <8 x float> %947, <8 x float>* %10, align 32
  %948 = load <8 x float>, <8 x float>* %8, align 32
  %949 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %933, <8 x float> %948)
  store <8 x float> %949, <8 x float>* %8, align 32
  %950 = add i64 %781, 56
  %951 = getelementptr inbounds float, float* %4, i64 %950
  %952 = bitcast float* %951 to <8 x float>*
  %953 = load <8 x float>, <8 x float>* %952, align 4
  %954 = add i64 %781, 18488
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %777, 7
  %959 = getelementptr inbounds float, float* %2, i64 %958
  %960 = load float, float* %959, align 4
  %961 = insertelement <8 x float> undef, float %960, i32 0
  %splat74 = shufflevector <8 x float> %961, <8 x float> undef, <8 x i32> zeroinitializer
  %962 = load <8 x float>, <8 x float>* %11, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %953, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %11, align 32
  %964 = load <8 x float>, <8 x float>* %9, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %957, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %9, align 32
  %966 = add i64 %777, 15
  %967 = getelementptr inbounds float, float* %2, i64 %966
  %968 = load float, float* %967, align 4
  %969 = insertelement <8 x float> undef, float %968, i32 0
  %splat75 = shufflevector <8 x float> %969, <8 x float> undef, <8 x i32> zeroinitializer
  %970 = load <8 x float>, <8 x float>* %10, align 32
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %953, <8 x float> %970)
  store <8 x float> %971, <8 x float>* %10, align 32
  %972 = load <8 x float>, <8 x float>* %8, align 32
  %973 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %957, <8 x float> %972)
  store <8 x float> %973, <8 x float>* %8, align 32
  %kw.next76 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next77 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node7.conv2d_6.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node7.conv2d_6.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node9.maxPool2d_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node9.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node10.conv2d_8.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node10.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_8.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 28
  %30 = sdiv i64 %task, 28
  %31 = srem i64 %30, 32
  %32 = mul i64 %29, 1
  %33 = sdiv i64 %task, 896
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 64
  %37 = mul i64 %31, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 32
  %40 = mul i64 %34, 32
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 7200
  %43 = mul i64 %38, 18432
  %44 = mul i64 %32, 240
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit50 ]
  %45 = icmp slt i64 %chunk, 16
  br i1 %45, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 24
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = mul i64 %35, 64
  %48 = add i64 %47, %38
  %49 = add i64 %48, 0
  %50 = mul i64 %49, 28
  %51 = add i64 %50, %32
  %52 = mul i64 %51, 28
  %53 = add i64 %x, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 8
  %56 = add i64 %x, 1
  %57 = add i64 %52, %56
  %58 = mul i64 %57, 8
  %59 = add i64 %x, 2
  %60 = add i64 %52, %59
  %61 = mul i64 %60, 8
  %62 = add i64 %x, 3
  %63 = add i64 %52, %62
  %64 = mul i64 %63, 8
  %65 = add i64 %x, 4
  %66 = add i64 %52, %65
  %67 = mul i64 %66, 8
  %68 = add i64 %x, 5
  %69 = add i64 %52, %68
  %70 = mul i64 %69, 8
  %71 = mul i64 %35, 64
  %72 = add i64 %71, %38
  %73 = add i64 %72, 1
  %74 = mul i64 %73, 28
  %75 = add i64 %74, %32
  %76 = mul i64 %75, 28
  %77 = add i64 %x, 0
  %78 = add i64 %76, %77
  %79 = mul i64 %78, 8
  %80 = add i64 %x, 1
  %81 = add i64 %76, %80
  %82 = mul i64 %81, 8
  %83 = add i64 %x, 2
  %84 = add i64 %76, %83
  %85 = mul i64 %84, 8
  %86 = add i64 %x, 3
  %87 = add i64 %76, %86
  %88 = mul i64 %87, 8
  %89 = add i64 %x, 4
  %90 = add i64 %76, %89
  %91 = mul i64 %90, 8
  %92 = add i64 %x, 5
  %93 = add i64 %76, %92
  %94 = mul i64 %93, 8
  %95 = add i64 %38, 0
  %96 = mul i64 %95, 8
  %97 = getelementptr inbounds float, float* %5, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %38, 1
  %101 = mul i64 %100, 8
  %102 = getelementptr inbounds float, float* %5, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = icmp eq i64 %chunk, 0
  %106 = getelementptr inbounds float, float* %0, i64 %55
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = select i1 %105, <8 x float> %99, <8 x float> %108
  store <8 x float> %109, <8 x float>* %27, align 32
  %110 = getelementptr inbounds float, float* %0, i64 %58
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = select i1 %105, <8 x float> %99, <8 x float> %112
  store <8 x float> %113, <8 x float>* %26, align 32
  %114 = getelementptr inbounds float, float* %0, i64 %61
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = select i1 %105, <8 x float> %99, <8 x float> %116
  store <8 x float> %117, <8 x float>* %25, align 32
  %118 = getelementptr inbounds float, float* %0, i64 %64
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = select i1 %105, <8 x float> %99, <8 x float> %120
  store <8 x float> %121, <8 x float>* %24, align 32
  %122 = getelementptr inbounds float, float* %0, i64 %67
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = select i1 %105, <8 x float> %99, <8 x float> %124
  store <8 x float> %125, <8 x float>* %23, align 32
  %126 = getelementptr inbounds float, float* %0, i64 %70
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = select i1 %105, <8 x float> %99, <8 x float> %128
  store <8 x float> %129, <8 x float>* %22, align 32
  %130 = getelementptr inbounds float, float* %0, i64 %79
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = select i1 %105, <8 x float> %104, <8 x float> %132
  store <8 x float> %133, <8 x float>* %21, align 32
  %134 = getelementptr inbounds float, float* %0, i64 %82
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = select i1 %105, <8 x float> %104, <8 x float> %136
  store <8 x float> %137, <8 x float>* %20, align 32
  %138 = getelementptr inbounds float, float* %0, i64 %85
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = select i1 %105, <8 x float> %104, <8 x float> %140
  store <8 x float> %141, <8 x float>* %19, align 32
  %142 = getelementptr inbounds float, float* %0, i64 %88
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = select i1 %105, <8 x float> %104, <8 x float> %144
  store <8 x float> %145, <8 x float>* %18, align 32
  %146 = getelementptr inbounds float, float* %0, i64 %91
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = select i1 %105, <8 x float> %104, <8 x float> %148
  store <8 x float> %149, <8 x float>* %17, align 32
  %150 = getelementptr inbounds float, float* %0, i64 %94
  %151 = bitcast float* %150 to <8 x float>*
  %152 = load <8 x float>, <8 x float>* %151, align 4
  %153 = select i1 %105, <8 x float> %104, <8 x float> %152
  store <8 x float> %153, <8 x float>* %16, align 32
  %154 = mul i64 %x, 8
  %155 = add i64 %44, %154
  %156 = add i64 %42, %155
  %157 = mul i64 %chunk, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %158 = mul i64 %35, 64
  %159 = add i64 %158, %38
  %160 = add i64 %159, 0
  %161 = mul i64 %160, 28
  %162 = add i64 %161, %32
  %163 = mul i64 %162, 28
  %164 = add i64 %163, 24
  %165 = mul i64 %164, 8
  %166 = add i64 %163, 25
  %167 = mul i64 %166, 8
  %168 = add i64 %163, 26
  %169 = mul i64 %168, 8
  %170 = add i64 %163, 27
  %171 = mul i64 %170, 8
  %172 = mul i64 %35, 64
  %173 = add i64 %172, %38
  %174 = add i64 %173, 1
  %175 = mul i64 %174, 28
  %176 = add i64 %175, %32
  %177 = mul i64 %176, 28
  %178 = add i64 %177, 24
  %179 = mul i64 %178, 8
  %180 = add i64 %177, 25
  %181 = mul i64 %180, 8
  %182 = add i64 %177, 26
  %183 = mul i64 %182, 8
  %184 = add i64 %177, 27
  %185 = mul i64 %184, 8
  %186 = add i64 %38, 0
  %187 = mul i64 %186, 8
  %188 = getelementptr inbounds float, float* %5, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = add i64 %38, 1
  %192 = mul i64 %191, 8
  %193 = getelementptr inbounds float, float* %5, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = icmp eq i64 %chunk, 0
  %197 = getelementptr inbounds float, float* %0, i64 %165
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = select i1 %196, <8 x float> %190, <8 x float> %199
  store <8 x float> %200, <8 x float>* %15, align 32
  %201 = getelementptr inbounds float, float* %0, i64 %167
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = select i1 %196, <8 x float> %190, <8 x float> %203
  store <8 x float> %204, <8 x float>* %14, align 32
  %205 = getelementptr inbounds float, float* %0, i64 %169
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = select i1 %196, <8 x float> %190, <8 x float> %207
  store <8 x float> %208, <8 x float>* %13, align 32
  %209 = getelementptr inbounds float, float* %0, i64 %171
  %210 = bitcast float* %209 to <8 x float>*
  %211 = load <8 x float>, <8 x float>* %210, align 4
  %212 = select i1 %196, <8 x float> %190, <8 x float> %211
  store <8 x float> %212, <8 x float>* %12, align 32
  %213 = getelementptr inbounds float, float* %0, i64 %179
  %214 = bitcast float* %213 to <8 x float>*
  %215 = load <8 x float>, <8 x float>* %214, align 4
  %216 = select i1 %196, <8 x float> %195, <8 x float> %215
  store <8 x float> %216, <8 x float>* %11, align 32
  %217 = getelementptr inbounds float, float* %0, i64 %181
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = select i1 %196, <8 x float> %195, <8 x float> %219
  store <8 x float> %220, <8 x float>* %10, align 32
  %221 = getelementptr inbounds float, float* %0, i64 %183
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = select i1 %196, <8 x float> %195, <8 x float> %223
  store <8 x float> %224, <8 x float>* %9, align 32
  %225 = getelementptr inbounds float, float* %0, i64 %185
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = select i1 %196, <8 x float> %195, <8 x float> %227
  store <8 x float> %228, <8 x float>* %8, align 32
  %229 = add i64 %44, 192
  %230 = add i64 %42, %229
  %231 = mul i64 %chunk, 2
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %232 = icmp slt i64 %u, 2
  br i1 %232, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %233 = add i64 %157, %u
  %234 = mul i64 %233, 7200
  %235 = add i64 %156, %234
  %236 = mul i64 %233, 576
  %237 = add i64 %43, %236
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %238 = icmp eq i64 %chunk, 15
  %239 = load <8 x float>, <8 x float>* %27, align 32
  %240 = fcmp olt <8 x float> %239, zeroinitializer
  %241 = select <8 x i1> %240, <8 x float> zeroinitializer, <8 x float> %239
  %242 = select i1 %238, <8 x float> %241, <8 x float> %239
  %243 = getelementptr inbounds float, float* %0, i64 %55
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %242, <8 x float>* %244, align 4
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = select i1 %238, <8 x float> %247, <8 x float> %245
  %249 = getelementptr inbounds float, float* %0, i64 %58
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %248, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %25, align 32
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = select i1 %238, <8 x float> %253, <8 x float> %251
  %255 = getelementptr inbounds float, float* %0, i64 %61
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %254, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %24, align 32
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = select i1 %238, <8 x float> %259, <8 x float> %257
  %261 = getelementptr inbounds float, float* %0, i64 %64
  %262 = bitcast float* %261 to <8 x float>*
  store <8 x float> %260, <8 x float>* %262, align 4
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = select i1 %238, <8 x float> %265, <8 x float> %263
  %267 = getelementptr inbounds float, float* %0, i64 %67
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %266, <8 x float>* %268, align 4
  %269 = load <8 x float>, <8 x float>* %22, align 32
  %270 = fcmp olt <8 x float> %269, zeroinitializer
  %271 = select <8 x i1> %270, <8 x float> zeroinitializer, <8 x float> %269
  %272 = select i1 %238, <8 x float> %271, <8 x float> %269
  %273 = getelementptr inbounds float, float* %0, i64 %70
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %272, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %21, align 32
  %276 = fcmp olt <8 x float> %275, zeroinitializer
  %277 = select <8 x i1> %276, <8 x float> zeroinitializer, <8 x float> %275
  %278 = select i1 %238, <8 x float> %277, <8 x float> %275
  %279 = getelementptr inbounds float, float* %0, i64 %79
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %20, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = select i1 %238, <8 x float> %283, <8 x float> %281
  %285 = getelementptr inbounds float, float* %0, i64 %82
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %284, <8 x float>* %286, align 4
  %287 = load <8 x float>, <8 x float>* %19, align 32
  %288 = fcmp olt <8 x float> %287, zeroinitializer
  %289 = select <8 x i1> %288, <8 x float> zeroinitializer, <8 x float> %287
  %290 = select i1 %238, <8 x float> %289, <8 x float> %287
  %291 = getelementptr inbounds float, float* %0, i64 %85
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %290, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %18, align 32
  %294 = fcmp olt <8 x float> %293, zeroinitializer
  %295 = select <8 x i1> %294, <8 x float> zeroinitializer, <8 x float> %293
  %296 = select i1 %238, <8 x float> %295, <8 x float> %293
  %297 = getelementptr inbounds float, float* %0, i64 %88
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %296, <8 x float>* %298, align 4
  %299 = load <8 x float>, <8 x float>* %17, align 32
  %300 = fcmp olt <8 x float> %299, zeroinitializer
  %301 = select <8 x i1> %300, <8 x float> zeroinitializer, <8 x float> %299
  %302 = select i1 %238, <8 x float> %301, <8 x float> %299
  %303 = getelementptr inbounds float, float* %0, i64 %91
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %302, <8 x float>* %304, align 4
  %305 = load <8 x float>, <8 x float>* %16, align 32
  %306 = fcmp olt <8 x float> %305, zeroinitializer
  %307 = select <8 x i1> %306, <8 x float> zeroinitializer, <8 x float> %305
  %308 = select i1 %238, <8 x float> %307, <8 x float> %305
  %309 = getelementptr inbounds float, float* %0, i64 %94
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %308, <8 x float>* %310, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %311 = icmp slt i64 %kh, 3
  br i1 %311, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %312 = mul i64 %kh, 240
  %313 = add i64 %235, %312
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %314 = icmp slt i64 %kw, 3
  br i1 %314, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %315 = mul i64 %kw, 8
  %316 = add i64 %313, %315
  %317 = mul i64 %kh, 3
  %318 = add i64 %317, %kw
  %319 = mul i64 %318, 64
  %320 = add i64 %237, %319
  %321 = add i64 %320, 0
  %322 = getelementptr inbounds float, float* %4, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = add i64 %320, 18432
  %326 = getelementptr inbounds float, float* %4, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  %328 = load <8 x float>, <8 x float>* %327, align 4
  %329 = add i64 %316, 0
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %27, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %324, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %27, align 32
  %335 = load <8 x float>, <8 x float>* %21, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %328, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %21, align 32
  %337 = add i64 %316, 8
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat1 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %26, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %324, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %26, align 32
  %343 = load <8 x float>, <8 x float>* %20, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %328, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %20, align 32
  %345 = add i64 %316, 16
  %346 = getelementptr inbounds float, float* %2, i64 %345
  %347 = load float, float* %346, align 4
  %348 = insertelement <8 x float> undef, float %347, i32 0
  %splat2 = shufflevector <8 x float> %348, <8 x float> undef, <8 x i32> zeroinitializer
  %349 = load <8 x float>, <8 x float>* %25, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %324, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %25, align 32
  %351 = load <8 x float>, <8 x float>* %19, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %328, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %19, align 32
  %353 = add i64 %316, 24
  %354 = getelementptr inbounds float, float* %2, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat3 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %24, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %324, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %24, align 32
  %359 = load <8 x float>, <8 x float>* %18, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %328, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %18, align 32
  %361 = add i64 %316, 32
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat4 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %23, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %324, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %23, align 32
  %367 = load <8 x float>, <8 x float>* %17, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %328, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %17, align 32
  %369 = add i64 %316, 40
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = load float, float* %370, align 4
  %372 = insertelement <8 x float> undef, float %371, i32 0
  %splat5 = shufflevector <8 x float> %372, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %22, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %324, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %22, align 32
  %375 = load <8 x float>, <8 x float>* %16, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %328, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %16, align 32
  %377 = add i64 %320, 8
  %378 = getelementptr inbounds float, float* %4, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %320, 18440
  %382 = getelementptr inbounds float, float* %4, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %316, 1
  %386 = getelementptr inbounds float, float* %2, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat6 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %27, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %380, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %27, align 32
  %391 = load <8 x float>, <8 x float>* %21, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %384, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %21, align 32
  %393 = add i64 %316, 9
  %394 = getelementptr inbounds float, float* %2, i64 %393
  %395 = load float, float* %394, align 4
  %396 = insertelement <8 x float> undef, float %395, i32 0
  %splat7 = shufflevector <8 x float> %396, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = load <8 x float>, <8 x float>* %26, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %380, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %26, align 32
  %399 = load <8 x float>, <8 x float>* %20, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %384, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %20, align 32
  %401 = add i64 %316, 17
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat8 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %25, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %25, align 32
  %407 = load <8 x float>, <8 x float>* %19, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %19, align 32
  %409 = add i64 %316, 25
  %410 = getelementptr inbounds float, float* %2, i64 %409
  %411 = load float, float* %410, align 4
  %412 = insertelement <8 x float> undef, float %411, i32 0
  %splat9 = shufflevector <8 x float> %412, <8 x float> undef, <8 x i32> zeroinitializer
  %413 = load <8 x float>, <8 x float>* %24, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %24, align 32
  %415 = load <8 x float>, <8 x float>* %18, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %18, align 32
  %417 = add i64 %316, 33
  %418 = getelementptr inbounds float, float* %2, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat10 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %23, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %23, align 32
  %423 = load <8 x float>, <8 x float>* %17, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %17, align 32
  %425 = add i64 %316, 41
  %426 = getelementptr inbounds float, float* %2, i64 %425
  %427 = load float, float* %426, align 4
  %428 = insertelement <8 x float> undef, float %427, i32 0
  %splat11 = shufflevector <8 x float> %428, <8 x float> undef, <8 x i32> zeroinitializer
  %429 = load <8 x float>, <8 x float>* %22, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %22, align 32
  %431 = load <8 x float>, <8 x float>* %16, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %16, align 32
  %433 = add i64 %320, 16
  %434 = getelementptr inbounds float, float* %4, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = add i64 %320, 18448
  %438 = getelementptr inbounds float, float* %4, i64 %437
  %439 = bitcast float* %438 to <8 x float>*
  %440 = load <8 x float>, <8 x float>* %439, align 4
  %441 = add i64 %316, 2
  %442 = getelementptr inbounds float, float* %2, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat12 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %27, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %436, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %27, align 32
  %447 = load <8 x float>, <8 x float>* %21, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %440, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %21, align 32
  %449 = add i64 %316, 10
  %450 = getelementptr inbounds float, float* %2, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat13 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %26, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %436, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %26, align 32
  %455 = load <8 x float>, <8 x float>* %20, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %440, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %20, align 32
  %457 = add i64 %316, 18
  %458 = getelementptr inbounds float, float* %2, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat14 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %25, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %436, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %25, align 32
  %463 = load <8 x float>, <8 x float>* %19, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %440, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %19, align 32
  %465 = add i64 %316, 26
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = load float, float* %466, align 4
  %468 = insertelement <8 x float> undef, float %467, i32 0
  %splat15 = shufflevector <8 x float> %468, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, <8 x float>* %24, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %436, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %24, align 32
  %471 = load <8 x float>, <8 x float>* %18, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %440, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %18, align 32
  %473 = add i64 %316, 34
  %474 = getelementptr inbounds float, float* %2, i64 %473
  %475 = load float, float* %474, align 4
  %476 = insertelement <8 x float> undef, float %475, i32 0
  %splat16 = shufflevector <8 x float> %476, <8 x float> undef, <8 x i32> zeroinitializer
  %477 = load <8 x float>, <8 x float>* %23, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %436, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %23, align 32
  %479 = load <8 x float>, <8 x float>* %17, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %440, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %17, align 32
  %481 = add i64 %316, 42
  %482 = getelementptr inbounds float, float* %2, i64 %481
  %483 = load float, float* %482, align 4
  %484 = insertelement <8 x float> undef, float %483, i32 0
  %splat17 = shufflevector <8 x float> %484, <8 x float> undef, <8 x i32> zeroinitializer
  %485 = load <8 x float>, <8 x float>* %22, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %436, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %22, align 32
  %487 = load <8 x float>, <8 x float>* %16, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %440, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %16, align 32
  %489 = add i64 %320, 24
  %490 = getelementptr inbounds float, float* %4, i64 %489
  %491 = bitcast float* %490 to <8 x float>*
  %492 = load <8 x float>, <8 x float>* %491, align 4
  %493 = add i64 %320, 18456
  %494 = getelementptr inbounds float, float* %4, i64 %493
  %495 = bitcast float* %494 to <8 x float>*
  %496 = load <8 x float>, <8 x float>* %495, align 4
  %497 = add i64 %316, 3
  %498 = getelementptr inbounds float, float* %2, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat18 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %27, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %492, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %27, align 32
  %503 = load <8 x float>, <8 x float>* %21, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %496, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %21, align 32
  %505 = add i64 %316, 11
  %506 = getelementptr inbounds float, float* %2, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat19 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %26, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %492, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %26, align 32
  %511 = load <8 x float>, <8 x float>* %20, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %496, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %20, align 32
  %513 = add i64 %316, 19
  %514 = getelementptr inbounds float, float* %2, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat20 = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %25, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %492, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %25, align 32
  %519 = load <8 x float>, <8 x float>* %19, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %496, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %19, align 32
  %521 = add i64 %316, 27
  %522 = getelementptr inbounds float, float* %2, i64 %521
  %523 = load float, float* %522, align 4
  %524 = insertelement <8 x float> undef, float %523, i32 0
  %splat21 = shufflevector <8 x float> %524, <8 x float> undef, <8 x i32> zeroinitializer
  %525 = load <8 x float>, <8 x float>* %24, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %492, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %24, align 32
  %527 = load <8 x float>, <8 x float>* %18, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %496, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %18, align 32
  %529 = add i64 %316, 35
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat22 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %23, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %492, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %23, align 32
  %535 = load <8 x float>, <8 x float>* %17, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %496, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %17, align 32
  %537 = add i64 %316, 43
  %538 = getelementptr inbounds float, float* %2, i64 %537
  %539 = load float, float* %538, align 4
  %540 = insertelement <8 x float> undef, float %539, i32 0
  %splat23 = shufflevector <8 x float> %540, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = load <8 x float>, <8 x float>* %22, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %492, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %22, align 32
  %543 = load <8 x float>, <8 x float>* %16, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %496, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %16, align 32
  %545 = add i64 %320, 32
  %546 = getelementptr inbounds float, float* %4, i64 %545
  %547 = bitcast float* %546 to <8 x float>*
  %548 = load <8 x float>, <8 x float>* %547, align 4
  %549 = add i64 %320, 18464
  %550 = getelementptr inbounds float, float* %4, i64 %549
  %551 = bitcast float* %550 to <8 x float>*
  %552 = load <8 x float>, <8 x float>* %551, align 4
  %553 = add i64 %316, 4
  %554 = getelementptr inbounds float, float* %2, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat24 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %27, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %548, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %27, align 32
  %559 = load <8 x float>, <8 x float>* %21, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %552, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %21, align 32
  %561 = add i64 %316, 12
  %562 = getelementptr inbounds float, float* %2, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat25 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %26, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %548, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %26, align 32
  %567 = load <8 x float>, <8 x float>* %20, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %552, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %20, align 32
  %569 = add i64 %316, 20
  %570 = getelementptr inbounds float, float* %2, i64 %569
  %571 = load float, float* %570, align 4
  %572 = insertelement <8 x float> undef, float %571, i32 0
  %splat26 = shufflevector <8 x float> %572, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = load <8 x float>, <8 x float>* %25, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %548, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %25, align 32
  %575 = load <8 x float>, <8 x float>* %19, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %552, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %19, align 32
  %577 = add i64 %316, 28
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat27 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %24, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %548, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %24, align 32
  %583 = load <8 x float>, <8 x float>* %18, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %552, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %18, align 32
  %585 = add i64 %316, 36
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat28 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %23, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %548, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %23, align 32
  %591 = load <8 x float>, <8 x float>* %17, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %552, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %17, align 32
  %593 = add i64 %316, 44
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat29 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %22, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %548, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %22, align 32
  %599 = load <8 x float>, <8 x float>* %16, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %552, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %16, align 32
  %601 = add i64 %320, 40
  %602 = getelementptr inbounds float, float* %4, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  %604 = load <8 x float>, <8 x float>* %603, align 4
  %605 = add i64 %320, 18472
  %606 = getelementptr inbounds float, float* %4, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = add i64 %316, 5
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat30 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %27, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %604, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %27, align 32
  %615 = load <8 x float>, <8 x float>* %21, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %608, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %21, align 32
  %617 = add i64 %316, 13
  %618 = getelementptr inbounds float, float* %2, i64 %617
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat31 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %26, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %604, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %26, align 32
  %623 = load <8 x float>, <8 x float>* %20, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %608, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %20, align 32
  %625 = add i64 %316, 21
  %626 = getelementptr inbounds float, float* %2, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat32 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %25, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %604, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %25, align 32
  %631 = load <8 x float>, <8 x float>* %19, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %608, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %19, align 32
  %633 = add i64 %316, 29
  %634 = getelementptr inbounds float, float* %2, i64 %633
  %635 = load float, float* %634, align 4
  %636 = insertelement <8 x float> undef, float %635, i32 0
  %splat33 = shufflevector <8 x float> %636, <8 x float> undef, <8 x i32> zeroinitializer
  %637 = load <8 x float>, <8 x float>* %24, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %604, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %24, align 32
  %639 = load <8 x float>, <8 x float>* %18, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %608, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %18, align 32
  %641 = add i64 %316, 37
  %642 = getelementptr inbounds float, float* %2, i64 %641
  %643 = load float, float* %642, align 4
  %644 = insertelement <8 x float> undef, float %643, i32 0
  %splat34 = shufflevector <8 x float> %644, <8 x float> undef, <8 x i32> zeroinitializer
  %645 = load <8 x float>, <8 x float>* %23, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %604, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %23, align 32
  %647 = load <8 x float>, <8 x float>* %17, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %608, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %17, align 32
  %649 = add i64 %316, 45
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat35 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %22, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %604, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %22, align 32
  %655 = load <8 x float>, <8 x float>* %16, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %608, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %16, align 32
  %657 = add i64 %320, 48
  %658 = getelementptr inbounds float, float* %4, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %320, 18480
  %662 = getelementptr inbounds float, float* %4, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %316, 6
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = load float, float* %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %splat36 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %669 = load <8 x float>, <8 x float>* %27, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %660, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %27, align 32
  %671 = load <8 x float>, <8 x float>* %21, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %664, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %21, align 32
  %673 = add i64 %316, 14
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = load float, float* %674, align 4
  %676 = insertelement <8 x float> undef, float %675, i32 0
  %splat37 = shufflevector <8 x float> %676, <8 x float> undef, <8 x i32> zeroinitializer
  %677 = load <8 x float>, <8 x float>* %26, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %660, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %26, align 32
  %679 = load <8 x float>, <8 x float>* %20, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %664, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %20, align 32
  %681 = add i64 %316, 22
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat38 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %25, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %660, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %25, align 32
  %687 = load <8 x float>, <8 x float>* %19, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %664, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %19, align 32
  %689 = add i64 %316, 30
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat39 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %24, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %660, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %24, align 32
  %695 = load <8 x float>, <8 x float>* %18, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %664, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %18, align 32
  %697 = add i64 %316, 38
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat40 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %23, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %660, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %23, align 32
  %703 = load <8 x float>, <8 x float>* %17, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %664, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %17, align 32
  %705 = add i64 %316, 46
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat41 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %22, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %660, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %22, align 32
  %711 = load <8 x float>, <8 x float>* %16, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %664, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %16, align 32
  %713 = add i64 %320, 56
  %714 = getelementptr inbounds float, float* %4, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %320, 18488
  %718 = getelementptr inbounds float, float* %4, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %316, 7
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat42 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %27, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %716, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %27, align 32
  %727 = load <8 x float>, <8 x float>* %21, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %720, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %21, align 32
  %729 = add i64 %316, 15
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat43 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %26, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %716, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %26, align 32
  %735 = load <8 x float>, <8 x float>* %20, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %720, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %20, align 32
  %737 = add i64 %316, 23
  %738 = getelementptr inbounds float, float* %2, i64 %737
  %739 = load float, float* %738, align 4
  %740 = insertelement <8 x float> undef, float %739, i32 0
  %splat44 = shufflevector <8 x float> %740, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, <8 x float>* %25, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %716, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %25, align 32
  %743 = load <8 x float>, <8 x float>* %19, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %720, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %19, align 32
  %745 = add i64 %316, 31
  %746 = getelementptr inbounds float, float* %2, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat45 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %24, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %716, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %24, align 32
  %751 = load <8 x float>, <8 x float>* %18, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %720, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %18, align 32
  %753 = add i64 %316, 39
  %754 = getelementptr inbounds float, float* %2, i64 %753
  %755 = load float, float* %754, align 4
  %756 = insertelement <8 x float> undef, float %755, i32 0
  %splat46 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %757 = load <8 x float>, <8 x float>* %23, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %716, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %23, align 32
  %759 = load <8 x float>, <8 x float>* %17, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %720, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %17, align 32
  %761 = add i64 %316, 47
  %762 = getelementptr inbounds float, float* %2, i64 %761
  %763 = load float, float* %762, align 4
  %764 = insertelement <8 x float> undef, float %763, i32 0
  %splat47 = shufflevector <8 x float> %764, <8 x float> undef, <8 x i32> zeroinitializer
  %765 = load <8 x float>, <8 x float>* %22, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %716, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %22, align 32
  %767 = load <8 x float>, <8 x float>* %16, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %720, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %769 = icmp slt i64 %u51, 2
  br i1 %769, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %770 = add i64 %231, %u51
  %771 = mul i64 %770, 7200
  %772 = add i64 %230, %771
  %773 = mul i64 %770, 576
  %774 = add i64 %43, %773
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %775 = icmp eq i64 %chunk, 15
  %776 = load <8 x float>, <8 x float>* %15, align 32
  %777 = fcmp olt <8 x float> %776, zeroinitializer
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> %776
  %779 = select i1 %775, <8 x float> %778, <8 x float> %776
  %780 = getelementptr inbounds float, float* %0, i64 %165
  %781 = bitcast float* %780 to <8 x float>*
  store <8 x float> %779, <8 x float>* %781, align 4
  %782 = load <8 x float>, <8 x float>* %14, align 32
  %783 = fcmp olt <8 x float> %782, zeroinitializer
  %784 = select <8 x i1> %783, <8 x float> zeroinitializer, <8 x float> %782
  %785 = select i1 %775, <8 x float> %784, <8 x float> %782
  %786 = getelementptr inbounds float, float* %0, i64 %167
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %785, <8 x float>* %787, align 4
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = select i1 %775, <8 x float> %790, <8 x float> %788
  %792 = getelementptr inbounds float, float* %0, i64 %169
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %791, <8 x float>* %793, align 4
  %794 = load <8 x float>, <8 x float>* %12, align 32
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = select i1 %775, <8 x float> %796, <8 x float> %794
  %798 = getelementptr inbounds float, float* %0, i64 %171
  %799 = bitcast float* %798 to <8 x float>*
  store <8 x float> %797, <8 x float>* %799, align 4
  %800 = load <8 x float>, <8 x float>* %11, align 32
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = select i1 %775, <8 x float> %802, <8 x float> %800
  %804 = getelementptr inbounds float, float* %0, i64 %179
  %805 = bitcast float* %804 to <8 x float>*
  store <8 x float> %803, <8 x float>* %805, align 4
  %806 = load <8 x float>, <8 x float>* %10, align 32
  %807 = fcmp olt <8 x float> %806, zeroinitializer
  %808 = select <8 x i1> %807, <8 x float> zeroinitializer, <8 x float> %806
  %809 = select i1 %775, <8 x float> %808, <8 x float> %806
  %810 = getelementptr inbounds float, float* %0, i64 %181
  %811 = bitcast float* %810 to <8 x float>*
  store <8 x float> %809, <8 x float>* %811, align 4
  %812 = load <8 x float>, <8 x float>* %9, align 32
  %813 = fcmp olt <8 x float> %812, zeroinitializer
  %814 = select <8 x i1> %813, <8 x float> zeroinitializer, <8 x float> %812
  %815 = select i1 %775, <8 x float> %814, <8 x float> %812
  %816 = getelementptr inbounds float, float* %0, i64 %183
  %817 = bitcast float* %816 to <8 x float>*
  store <8 x float> %815, <8 x float>* %817, align 4
  %818 = load <8 x float>, <8 x float>* %8, align 32
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = select i1 %775, <8 x float> %820, <8 x float> %818
  %822 = getelementptr inbounds float, float* %0, i64 %185
  %823 = bitcast float* %822 to <8 x float>*
  store <8 x float> %821, <8 x float>* %823, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !9

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %824 = icmp slt i64 %kh55, 3
  br i1 %824, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %825 = mul i64 %kh55, 240
  %826 = add i64 %772, %825
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %827 = icmp slt i64 %kw59, 3
  br i1 %827, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %828 = mul i64 %kw59, 8
  %829 = add i64 %826, %828
  %830 = mul i64 %kh55, 3
  %831 = add i64 %830, %kw59
  %832 = mul i64 %831, 64
  %833 = add i64 %774, %832
  %834 = add i64 %833, 0
  %835 = getelementptr inbounds float, float* %4, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 %833, 18432
  %839 = getelementptr inbounds float, float* %4, i64 %838
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = add i64 %829, 0
  %843 = getelementptr inbounds float, float* %2, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat60 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %15, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %837, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %15, align 32
  %848 = load <8 x float>, <8 x float>* %11, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %841, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %11, align 32
  %850 = add i64 %829, 8
  %851 = getelementptr inbounds float, float* %2, i64 %850
  %852 = load float, float* %851, align 4
  %853 = insertelement <8 x float> undef, float %852, i32 0
  %splat61 = shufflevector <8 x float> %853, <8 x float> undef, <8 x i32> zeroinitializer
  %854 = load <8 x float>, <8 x float>* %14, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %837, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %14, align 32
  %856 = load <8 x float>, <8 x float>* %10, align 32
  %857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %841, <8 x float> %856)
  store <8 x float> %857, <8 x float>* %10, align 32
  %858 = add i64 %829, 16
  %859 = getelementptr inbounds float, float* %2, i64 %858
  %860 = load float, float* %859, align 4
  %861 = insertelement <8 x float> undef, float %860, i32 0
  %splat62 = shufflevector <8 x float> %861, <8 x float> undef, <8 x i32> zeroinitializer
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %837, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %13, align 32
  %864 = load <8 x float>, <8 x float>* %9, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %841, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %9, align 32
  %866 = add i64 %829, 24
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = load float, float* %867, align 4
  %869 = insertelement <8 x float> undef, float %868, i32 0
  %splat63 = shufflevector <8 x float> %869, <8 x float> undef, <8 x i32> zeroinitializer
  %870 = load <8 x float>, <8 x float>* %12, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %837, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %12, align 32
  %872 = load <8 x float>, <8 x float>* %8, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %841, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %8, align 32
  %874 = add i64 %833, 8
  %875 = getelementptr inbounds float, float* %4, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %833, 18440
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %829, 1
  %883 = getelementptr inbounds float, float* %2, i64 %882
  %884 = load float, float* %883, align 4
  %885 = insertelement <8 x float> undef, float %884, i32 0
  %splat64 = shufflevector <8 x float> %885, <8 x float> undef, <8 x i32> zeroinitializer
  %886 = load <8 x float>, <8 x float>* %15, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %877, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %15, align 32
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %881, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %11, align 32
  %890 = add i64 %829, 9
  %891 = getelementptr inbounds float, float* %2, i64 %890
  %892 = load float, float* %891, align 4
  %893 = insertelement <8 x float> undef, float %892, i32 0
  %splat65 = shufflevector <8 x float> %893, <8 x float> undef, <8 x i32> zeroinitializer
  %894 = load <8 x float>, <8 x float>* %14, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %877, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %14, align 32
  %896 = load <8 x float>, <8 x float>* %10, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %881, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %10, align 32
  %898 = add i64 %829, 17
  %899 = getelementptr inbounds float, float* %2, i64 %898
  %900 = load float, float* %899, align 4
  %901 = insertelement <8 x float> undef, float %900, i32 0
  %splat66 = shufflevector <8 x float> %901, <8 x float> undef, <8 x i32> zeroinitializer
  %902 = load <8 x float>, <8 x float>* %13, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %877, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %13, align 32
  %904 = load <8 x float>, <8 x float>* %9, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %881, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %9, align 32
  %906 = add i64 %829, 25
  %907 = getelementptr inbounds float, float* %2, i64 %906
  %908 = load float, float* %907, align 4
  %909 = insertelement <8 x float> undef, float %908, i32 0
  %splat67 = shufflevector <8 x float> %909, <8 x float> undef, <8 x i32> zeroinitializer
  %910 = load <8 x float>, <8 x float>* %12, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %877, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %12, align 32
  %912 = load <8 x float>, <8 x float>* %8, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %881, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %8, align 32
  %914 = add i64 %833, 16
  %915 = getelementptr inbounds float, float* %4, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  %917 = load <8 x float>, <8 x float>* %916, align 4
  %918 = add i64 %833, 18448
  %919 = getelementptr inbounds float, float* %4, i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %829, 2
  %923 = getelementptr inbounds float, float* %2, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat68 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %15, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %917, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %15, align 32
  %928 = load <8 x float>, <8 x float>* %11, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %921, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %11, align 32
  %930 = add i64 %829, 10
  %931 = getelementptr inbounds float, float* %2, i64 %930
  %932 = load float, float* %931, align 4
  %933 = insertelement <8 x float> undef, float %932, i32 0
  %splat69 = shufflevector <8 x float> %933, <8 x float> undef, <8 x i32> zeroinitializer
  %934 = load <8 x float>, <8 x float>* %14, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %917, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %14, align 32
  %936 = load <8 x float>, <8 x float>* %10, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %921, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %10, align 32
  %938 = add i64 %829, 18
  %939 = getelementptr inbounds float, float* %2, i64 %938
  %940 = load float, float* %939, align 4
  %941 = insertelement <8 x float> undef, float %940, i32 0
  %splat70 = shufflevector <8 x float> %941, <8 x float> undef, <8 x i32> zeroinitializer
  %942 = load <8 x float>, <8 x float>* %13, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %917, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %13, align 32
  %944 = load <8 x float>, <8 x float>* %9, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %921, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %9, align 32
  %946 = add i64 %829, 26
  %947 = getelementptr inbounds float, float* %2, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat71 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %12, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %917, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %12, align 32
  %952 = load <8 x float>, <8 x float>* %8, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %921, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %8, align 32
  %954 = add i64 %833, 24
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %833, 18456
  %959 = getelementptr inbounds float, float* %4, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %829, 3
  %963 = getelementptr inbounds float, float* %2, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat72 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %15, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %957, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %15, align 32
  %968 = load <8 x float>, <8 x float>* %11, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %961, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %11, align 32
  %970 = add i64 %829, 11
  %971 = getelementptr inbounds float, float* %2, i64 %970
  %972 = load float, float* %971, align 4
  %973 = insertelement <8 x float> undef, float %972, i32 0
  %splat73 = shufflevector <8 x float> %973, <8 x float> undef, <8 x i32> zeroinitializer
  %974 = load <8 x float>, <8 x float>* %14, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %957, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %14, align 32
  %976 = load <8 x float>, <8 x float>* %10, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %961, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %10, align 32
  %978 = add i64 %829, 19
  %979 = getelementptr inbounds float, float* %2, i64 %978
  %980 = load float, float* %979, align 4
  %981 = insertelement <8 x float> undef, float %980, i32 0
  %splat74 = shufflevector <8 x float> %981, <8 x float> undef, <8 x i32> zeroinitializer
  %982 = load <8 x float>, <8 x float>* %13, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %957, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %13, align 32
  %984 = load <8 x float>, <8 x float>* %9, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %961, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %9, align 32
  %986 = add i64 %829, 27
  %987 = getelementptr inbounds float, float* %2, i64 %986
  %988 = load float, float* %987, align 4
  %989 = insertelement <8 x float> undef, float %988, i32 0
  %splat75 = shufflevector <8 x float> %989, <8 x float> undef, <8 x i32> zeroinitializer
  %990 = load <8 x float>, <8 x float>* %12, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %957, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %12, align 32
  %992 = load <8 x float>, <8 x float>* %8, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %961, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %8, align 32
  %994 = add i64 %833, 32
  %995 = getelementptr inbounds float, float* %4, i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = add i64 %833, 18464
  %999 = getelementptr inbounds float, float* %4, i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %829, 4
  %1003 = getelementptr inbounds float, float* %2, i64 %1002
  %1004 = load float, float* %1003, align 4
  %1005 = insertelement <8 x float> undef, float %1004, i32 0
  %splat76 = shufflevector <8 x float> %1005, <8 x float> undef, <8 x i32> zeroinitializer
  %1006 = load <8 x float>, <8 x float>* %15, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %997, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %15, align 32
  %1008 = load <8 x float>, <8 x float>* %11, align 32
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1001, <8 x float> %1008)
  store <8 x float> %1009, <8 x float>* %11, align 32
  %1010 = add i64 %829, 12
  %1011 = getelementptr inbounds float, float* %2, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat77 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %14, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %997, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %14, align 32
  %1016 = load <8 x float>, <8 x float>* %10, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1001, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %10, align 32
  %1018 = add i64 %829, 20
  %1019 = getelementptr inbounds float, float* %2, i64 %1018
  %1020 = load float, float* %1019, align 4
  %1021 = insertelement <8 x float> undef, float %1020, i32 0
  %splat78 = shufflevector <8 x float> %1021, <8 x float> undef, <8 x i32> zeroinitializer
  %1022 = load <8 x float>, <8 x float>* %13, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %997, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %13, align 32
  %1024 = load <8 x float>, <8 x float>* %9, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1001, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %9, align 32
  %1026 = add i64 %829, 28
  %1027 = getelementptr inbounds float, float* %2, i64 %1026
  %1028 = load float, float* %1027, align 4
  %1029 = insertelement <8 x float> undef, float %1028, i32 0
  %splat79 = shufflevector <8 x float> %1029, <8 x float> undef, <8 x i32> zeroinitializer
  %1030 = load <8 x float>, <8 x float>* %12, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %997, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %12, align 32
  %1032 = load <8 x float>, <8 x float>* %8, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1001, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %8, align 32
  %1034 = add i64 %833, 40
  %1035 = getelementptr inbounds float, float* %4, i64 %1034
  %1036 = bitcast float* %1035 to <8 x float>*
  %1037 = load <8 x float>, <8 x float>* %1036, align 4
  %1038 = add i64 %833, 18472
  %1039 = getelementptr inbounds float, float* %4, i64 %1038
  %1040 = bitcast float* %1039 to <8 x float>*
  %1041 = load <8 x float>, <8 x float>* %1040, align 4
  %1042 = add i64 %829, 5
  %1043 = getelementptr inbounds float, float* %2, i64 %1042
  %1044 = load float, float* %1043, align 4
  %1045 = insertelement <8 x float> undef, float %1044, i32 0
  %splat80 = shufflevector <8 x float> %1045, <8 x float> undef, <8 x i32> zeroinitializer
  %1046 = load <8 x float>, <8 x float>* %15, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1037, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %15, align 32
  %1048 = load <8 x float>, <8 x float>* %11, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1041, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %11, align 32
  %1050 = add i64 %829, 13
  %1051 = getelementptr inbounds float, float* %2, i64 %1050
  %1052 = load float, float* %1051, align 4
  %1053 = insertelement <8 x float> undef, float %1052, i32 0
  %splat81 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1054 = load <8 x float>, <8 x float>* %14, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1037, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %14, align 32
  %1056 = load <8 x float>, <8 x float>* %10, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1041, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %10, align 32
  %1058 = add i64 %829, 21
  %1059 = getelementptr inbounds float, float* %2, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat82 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %13, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1037, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %13, align 32
  %1064 = load <8 x float>, <8 x float>* %9, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1041, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %9, align 32
  %1066 = add i64 %829, 29
  %1067 = getelementptr inbounds float, float* %2, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat83 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %12, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1037, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %12, align 32
  %1072 = load <8 x float>, <8 x float>* %8, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1041, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %8, align 32
  %1074 = add i64 %833, 48
  %1075 = getelementptr inbounds float, float* %4, i64 %1074
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = add i64 %833, 18480
  %1079 = getelementptr inbounds float, float* %4, i64 %1078
  %1080 = bitcast float* %1079 to <8 x float>*
  %1081 = load <8 x float>, <8 x float>* %1080, align 4
  %1082 = add i64 %829, 6
  %1083 = getelementptr inbounds float, float* %2, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat84 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %15, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1077, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %15, align 32
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1081, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %829, 14
  %1091 = getelementptr inbounds float, float* %2, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat85 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %14, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1077, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %14, align 32
  %1096 = load <8 x float>, <8 x float>* %10, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1081, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %10, align 32
  %1098 = add i64 %829, 22
  %1099 = getelementptr inbounds float, float* %2, i64 %1098
  %1100 = load float, float* %1099, align 4
  %1101 = insertelement <8 x float> undef, float %1100, i32 0
  %splat86 = shufflevector <8 x float> %1101, <8 x float> undef, <8 x i32> zeroinitializer
  %1102 = load <8 x float>, <8 x float>* %13, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1077, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %13, align 32
  %1104 = load <8 x float>, <8 x float>* %9, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1081, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %9, align 32
  %1106 = add i64 %829, 30
  %1107 = getelementptr inbounds float, float* %2, i64 %1106
  %1108 = load float, float* %1107, align 4
  %1109 = insertelement <8 x float> undef, float %1108, i32 0
  %splat87 = shufflevector <8 x float> %1109, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = load <8 x float>, <8 x float>* %12, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1077, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %12, align 32
  %1112 = load <8 x float>, <8 x float>* %8, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1081, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %8, align 32
  %1114 = add i64 %833, 56
  %1115 = getelementptr inbounds float, float* %4, i64 %1114
  %1116 = bitcast float* %1115 to <8 x float>*
  %1117 = load <8 x float>, <8 x float>* %1116, align 4
  %1118 = add i64 %833, 18488
  %1119 = getelementptr inbounds float, float* %4, i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = add i64 %829, 7
  %1123 = getelementptr inbounds float, float* %2, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat88 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %15, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1117, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %15, align 32
  %1128 = load <8 x float>, <8 x float>* %11, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1121, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %11, align 32
  %1130 = add i64 %829, 15
  %1131 = getelementptr inbounds float, float* %2, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat89 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %14, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1117, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %14, align 32
  %1136 = load <8 x float>, <8 x float>* %10, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1121, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %10, align 32
  %1138 = add i64 %829, 23
  %1139 = getelementptr inbounds float, float* %2, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat90 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %13, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1117, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %13, align 32
  %1144 = load <8 x float>, <8 x float>* %9, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1121, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %9, align 32
  %1146 = add i64 %829, 31
  %1147 = getelementptr inbounds float, float* %2, i64 %1146
  %1148 = load float, float* %1147, align 4
  %1149 = insertelement <8 x float> undef, float %1148, i32 0
  %splat91 = shufflevector <8 x float> %1149, <8 x float> undef, <8 x i32> zeroinitializer
  %1150 = load <8 x float>, <8 x float>* %12, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1117, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %12, align 32
  %1152 = load <8 x float>, <8 x float>* %8, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1121, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %8, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node10.conv2d_8.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node10.conv2d_8.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node11.conv2d_9.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node11.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_9.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %28 = icmp slt i64 %task, %7
  br i1 %28, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %29 = srem i64 %task, 28
  %30 = sdiv i64 %task, 28
  %31 = srem i64 %30, 32
  %32 = mul i64 %29, 1
  %33 = sdiv i64 %task, 896
  %34 = srem i64 %33, 1
  %35 = sdiv i64 %33, 1
  %36 = mul i64 %34, 64
  %37 = mul i64 %31, 2
  %38 = add i64 %36, %37
  %39 = mul i64 %35, 64
  %40 = mul i64 %34, 64
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 7200
  %43 = mul i64 %38, 36864
  %44 = mul i64 %32, 240
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit50 ]
  %45 = icmp slt i64 %chunk, 32
  br i1 %45, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 24
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = mul i64 %35, 64
  %48 = add i64 %47, %38
  %49 = add i64 %48, 0
  %50 = mul i64 %49, 28
  %51 = add i64 %50, %32
  %52 = mul i64 %51, 28
  %53 = add i64 %x, 0
  %54 = add i64 %52, %53
  %55 = mul i64 %54, 8
  %56 = add i64 %x, 1
  %57 = add i64 %52, %56
  %58 = mul i64 %57, 8
  %59 = add i64 %x, 2
  %60 = add i64 %52, %59
  %61 = mul i64 %60, 8
  %62 = add i64 %x, 3
  %63 = add i64 %52, %62
  %64 = mul i64 %63, 8
  %65 = add i64 %x, 4
  %66 = add i64 %52, %65
  %67 = mul i64 %66, 8
  %68 = add i64 %x, 5
  %69 = add i64 %52, %68
  %70 = mul i64 %69, 8
  %71 = mul i64 %35, 64
  %72 = add i64 %71, %38
  %73 = add i64 %72, 1
  %74 = mul i64 %73, 28
  %75 = add i64 %74, %32
  %76 = mul i64 %75, 28
  %77 = add i64 %x, 0
  %78 = add i64 %76, %77
  %79 = mul i64 %78, 8
  %80 = add i64 %x, 1
  %81 = add i64 %76, %80
  %82 = mul i64 %81, 8
  %83 = add i64 %x, 2
  %84 = add i64 %76, %83
  %85 = mul i64 %84, 8
  %86 = add i64 %x, 3
  %87 = add i64 %76, %86
  %88 = mul i64 %87, 8
  %89 = add i64 %x, 4
  %90 = add i64 %76, %89
  %91 = mul i64 %90, 8
  %92 = add i64 %x, 5
  %93 = add i64 %76, %92
  %94 = mul i64 %93, 8
  %95 = add i64 %38, 0
  %96 = mul i64 %95, 8
  %97 = getelementptr inbounds float, float* %5, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = add i64 %38, 1
  %101 = mul i64 %100, 8
  %102 = getelementptr inbounds float, float* %5, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  %104 = load <8 x float>, <8 x float>* %103, align 4
  %105 = icmp eq i64 %chunk, 0
  %106 = getelementptr inbounds float, float* %0, i64 %55
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = select i1 %105, <8 x float> %99, <8 x float> %108
  store <8 x float> %109, <8 x float>* %27, align 32
  %110 = getelementptr inbounds float, float* %0, i64 %58
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = select i1 %105, <8 x float> %99, <8 x float> %112
  store <8 x float> %113, <8 x float>* %26, align 32
  %114 = getelementptr inbounds float, float* %0, i64 %61
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = select i1 %105, <8 x float> %99, <8 x float> %116
  store <8 x float> %117, <8 x float>* %25, align 32
  %118 = getelementptr inbounds float, float* %0, i64 %64
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = select i1 %105, <8 x float> %99, <8 x float> %120
  store <8 x float> %121, <8 x float>* %24, align 32
  %122 = getelementptr inbounds float, float* %0, i64 %67
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = select i1 %105, <8 x float> %99, <8 x float> %124
  store <8 x float> %125, <8 x float>* %23, align 32
  %126 = getelementptr inbounds float, float* %0, i64 %70
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = select i1 %105, <8 x float> %99, <8 x float> %128
  store <8 x float> %129, <8 x float>* %22, align 32
  %130 = getelementptr inbounds float, float* %0, i64 %79
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = select i1 %105, <8 x float> %104, <8 x float> %132
  store <8 x float> %133, <8 x float>* %21, align 32
  %134 = getelementptr inbounds float, float* %0, i64 %82
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = select i1 %105, <8 x float> %104, <8 x float> %136
  store <8 x float> %137, <8 x float>* %20, align 32
  %138 = getelementptr inbounds float, float* %0, i64 %85
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = select i1 %105, <8 x float> %104, <8 x float> %140
  store <8 x float> %141, <8 x float>* %19, align 32
  %142 = getelementptr inbounds float, float* %0, i64 %88
  %143 = bitcast float* %142 to <8 x float>*
  %144 = load <8 x float>, <8 x float>* %143, align 4
  %145 = select i1 %105, <8 x float> %104, <8 x float> %144
  store <8 x float> %145, <8 x float>* %18, align 32
  %146 = getelementptr inbounds float, float* %0, i64 %91
  %147 = bitcast float* %146 to <8 x float>*
  %148 = load <8 x float>, <8 x float>* %147, align 4
  %149 = select i1 %105, <8 x float> %104, <8 x float> %148
  store <8 x float> %149, <8 x float>* %17, align 32
  %150 = getelementptr inbounds float, float* %0, i64 %94
  %151 = bitcast float* %150 to <8 x float>*
  %152 = load <8 x float>, <8 x float>* %151, align 4
  %153 = select i1 %105, <8 x float> %104, <8 x float> %152
  store <8 x float> %153, <8 x float>* %16, align 32
  %154 = mul i64 %x, 8
  %155 = add i64 %44, %154
  %156 = add i64 %42, %155
  %157 = mul i64 %chunk, 2
  br label %u.header

x.exit:                                           ; preds = %x.header
  %158 = mul i64 %35, 64
  %159 = add i64 %158, %38
  %160 = add i64 %159, 0
  %161 = mul i64 %160, 28
  %162 = add i64 %161, %32
  %163 = mul i64 %162, 28
  %164 = add i64 %163, 24
  %165 = mul i64 %164, 8
  %166 = add i64 %163, 25
  %167 = mul i64 %166, 8
  %168 = add i64 %163, 26
  %169 = mul i64 %168, 8
  %170 = add i64 %163, 27
  %171 = mul i64 %170, 8
  %172 = mul i64 %35, 64
  %173 = add i64 %172, %38
  %174 = add i64 %173, 1
  %175 = mul i64 %174, 28
  %176 = add i64 %175, %32
  %177 = mul i64 %176, 28
  %178 = add i64 %177, 24
  %179 = mul i64 %178, 8
  %180 = add i64 %177, 25
  %181 = mul i64 %180, 8
  %182 = add i64 %177, 26
  %183 = mul i64 %182, 8
  %184 = add i64 %177, 27
  %185 = mul i64 %184, 8
  %186 = add i64 %38, 0
  %187 = mul i64 %186, 8
  %188 = getelementptr inbounds float, float* %5, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = add i64 %38, 1
  %192 = mul i64 %191, 8
  %193 = getelementptr inbounds float, float* %5, i64 %192
  %194 = bitcast float* %193 to <8 x float>*
  %195 = load <8 x float>, <8 x float>* %194, align 4
  %196 = icmp eq i64 %chunk, 0
  %197 = getelementptr inbounds float, float* %0, i64 %165
  %198 = bitcast float* %197 to <8 x float>*
  %199 = load <8 x float>, <8 x float>* %198, align 4
  %200 = select i1 %196, <8 x float> %190, <8 x float> %199
  store <8 x float> %200, <8 x float>* %15, align 32
  %201 = getelementptr inbounds float, float* %0, i64 %167
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = select i1 %196, <8 x float> %190, <8 x float> %203
  store <8 x float> %204, <8 x float>* %14, align 32
  %205 = getelementptr inbounds float, float* %0, i64 %169
  %206 = bitcast float* %205 to <8 x float>*
  %207 = load <8 x float>, <8 x float>* %206, align 4
  %208 = select i1 %196, <8 x float> %190, <8 x float> %207
  store <8 x float> %208, <8 x float>* %13, align 32
  %209 = getelementptr inbounds float, float* %0, i64 %171
  %210 = bitcast float* %209 to <8 x float>*
  %211 = load <8 x float>, <8 x float>* %210, align 4
  %212 = select i1 %196, <8 x float> %190, <8 x float> %211
  store <8 x float> %212, <8 x float>* %12, align 32
  %213 = getelementptr inbounds float, float* %0, i64 %179
  %214 = bitcast float* %213 to <8 x float>*
  %215 = load <8 x float>, <8 x float>* %214, align 4
  %216 = select i1 %196, <8 x float> %195, <8 x float> %215
  store <8 x float> %216, <8 x float>* %11, align 32
  %217 = getelementptr inbounds float, float* %0, i64 %181
  %218 = bitcast float* %217 to <8 x float>*
  %219 = load <8 x float>, <8 x float>* %218, align 4
  %220 = select i1 %196, <8 x float> %195, <8 x float> %219
  store <8 x float> %220, <8 x float>* %10, align 32
  %221 = getelementptr inbounds float, float* %0, i64 %183
  %222 = bitcast float* %221 to <8 x float>*
  %223 = load <8 x float>, <8 x float>* %222, align 4
  %224 = select i1 %196, <8 x float> %195, <8 x float> %223
  store <8 x float> %224, <8 x float>* %9, align 32
  %225 = getelementptr inbounds float, float* %0, i64 %185
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = select i1 %196, <8 x float> %195, <8 x float> %227
  store <8 x float> %228, <8 x float>* %8, align 32
  %229 = add i64 %44, 192
  %230 = add i64 %42, %229
  %231 = mul i64 %chunk, 2
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %232 = icmp slt i64 %u, 2
  br i1 %232, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %233 = add i64 %157, %u
  %234 = mul i64 %233, 7200
  %235 = add i64 %156, %234
  %236 = mul i64 %233, 576
  %237 = add i64 %43, %236
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %238 = icmp eq i64 %chunk, 31
  %239 = load <8 x float>, <8 x float>* %27, align 32
  %240 = fcmp olt <8 x float> %239, zeroinitializer
  %241 = select <8 x i1> %240, <8 x float> zeroinitializer, <8 x float> %239
  %242 = select i1 %238, <8 x float> %241, <8 x float> %239
  %243 = getelementptr inbounds float, float* %0, i64 %55
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %242, <8 x float>* %244, align 4
  %245 = load <8 x float>, <8 x float>* %26, align 32
  %246 = fcmp olt <8 x float> %245, zeroinitializer
  %247 = select <8 x i1> %246, <8 x float> zeroinitializer, <8 x float> %245
  %248 = select i1 %238, <8 x float> %247, <8 x float> %245
  %249 = getelementptr inbounds float, float* %0, i64 %58
  %250 = bitcast float* %249 to <8 x float>*
  store <8 x float> %248, <8 x float>* %250, align 4
  %251 = load <8 x float>, <8 x float>* %25, align 32
  %252 = fcmp olt <8 x float> %251, zeroinitializer
  %253 = select <8 x i1> %252, <8 x float> zeroinitializer, <8 x float> %251
  %254 = select i1 %238, <8 x float> %253, <8 x float> %251
  %255 = getelementptr inbounds float, float* %0, i64 %61
  %256 = bitcast float* %255 to <8 x float>*
  store <8 x float> %254, <8 x float>* %256, align 4
  %257 = load <8 x float>, <8 x float>* %24, align 32
  %258 = fcmp olt <8 x float> %257, zeroinitializer
  %259 = select <8 x i1> %258, <8 x float> zeroinitializer, <8 x float> %257
  %260 = select i1 %238, <8 x float> %259, <8 x float> %257
  %261 = getelementptr inbounds float, float* %0, i64 %64
  %262 = bitcast float* %261 to <8 x float>*
  store <8 x float> %260, <8 x float>* %262, align 4
  %263 = load <8 x float>, <8 x float>* %23, align 32
  %264 = fcmp olt <8 x float> %263, zeroinitializer
  %265 = select <8 x i1> %264, <8 x float> zeroinitializer, <8 x float> %263
  %266 = select i1 %238, <8 x float> %265, <8 x float> %263
  %267 = getelementptr inbounds float, float* %0, i64 %67
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %266, <8 x float>* %268, align 4
  %269 = load <8 x float>, <8 x float>* %22, align 32
  %270 = fcmp olt <8 x float> %269, zeroinitializer
  %271 = select <8 x i1> %270, <8 x float> zeroinitializer, <8 x float> %269
  %272 = select i1 %238, <8 x float> %271, <8 x float> %269
  %273 = getelementptr inbounds float, float* %0, i64 %70
  %274 = bitcast float* %273 to <8 x float>*
  store <8 x float> %272, <8 x float>* %274, align 4
  %275 = load <8 x float>, <8 x float>* %21, align 32
  %276 = fcmp olt <8 x float> %275, zeroinitializer
  %277 = select <8 x i1> %276, <8 x float> zeroinitializer, <8 x float> %275
  %278 = select i1 %238, <8 x float> %277, <8 x float> %275
  %279 = getelementptr inbounds float, float* %0, i64 %79
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = load <8 x float>, <8 x float>* %20, align 32
  %282 = fcmp olt <8 x float> %281, zeroinitializer
  %283 = select <8 x i1> %282, <8 x float> zeroinitializer, <8 x float> %281
  %284 = select i1 %238, <8 x float> %283, <8 x float> %281
  %285 = getelementptr inbounds float, float* %0, i64 %82
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %284, <8 x float>* %286, align 4
  %287 = load <8 x float>, <8 x float>* %19, align 32
  %288 = fcmp olt <8 x float> %287, zeroinitializer
  %289 = select <8 x i1> %288, <8 x float> zeroinitializer, <8 x float> %287
  %290 = select i1 %238, <8 x float> %289, <8 x float> %287
  %291 = getelementptr inbounds float, float* %0, i64 %85
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %290, <8 x float>* %292, align 4
  %293 = load <8 x float>, <8 x float>* %18, align 32
  %294 = fcmp olt <8 x float> %293, zeroinitializer
  %295 = select <8 x i1> %294, <8 x float> zeroinitializer, <8 x float> %293
  %296 = select i1 %238, <8 x float> %295, <8 x float> %293
  %297 = getelementptr inbounds float, float* %0, i64 %88
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %296, <8 x float>* %298, align 4
  %299 = load <8 x float>, <8 x float>* %17, align 32
  %300 = fcmp olt <8 x float> %299, zeroinitializer
  %301 = select <8 x i1> %300, <8 x float> zeroinitializer, <8 x float> %299
  %302 = select i1 %238, <8 x float> %301, <8 x float> %299
  %303 = getelementptr inbounds float, float* %0, i64 %91
  %304 = bitcast float* %303 to <8 x float>*
  store <8 x float> %302, <8 x float>* %304, align 4
  %305 = load <8 x float>, <8 x float>* %16, align 32
  %306 = fcmp olt <8 x float> %305, zeroinitializer
  %307 = select <8 x i1> %306, <8 x float> zeroinitializer, <8 x float> %305
  %308 = select i1 %238, <8 x float> %307, <8 x float> %305
  %309 = getelementptr inbounds float, float* %0, i64 %94
  %310 = bitcast float* %309 to <8 x float>*
  store <8 x float> %308, <8 x float>* %310, align 4
  %x.next = add i64 %x, 6
  br label %x.header

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %311 = icmp slt i64 %kh, 3
  br i1 %311, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %312 = mul i64 %kh, 240
  %313 = add i64 %235, %312
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %314 = icmp slt i64 %kw, 3
  br i1 %314, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %315 = mul i64 %kw, 8
  %316 = add i64 %313, %315
  %317 = mul i64 %kh, 3
  %318 = add i64 %317, %kw
  %319 = mul i64 %318, 64
  %320 = add i64 %237, %319
  %321 = add i64 %320, 0
  %322 = getelementptr inbounds float, float* %4, i64 %321
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = add i64 %320, 36864
  %326 = getelementptr inbounds float, float* %4, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  %328 = load <8 x float>, <8 x float>* %327, align 4
  %329 = add i64 %316, 0
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = load float, float* %330, align 4
  %332 = insertelement <8 x float> undef, float %331, i32 0
  %splat = shufflevector <8 x float> %332, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %27, align 32
  %334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %324, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %27, align 32
  %335 = load <8 x float>, <8 x float>* %21, align 32
  %336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %328, <8 x float> %335)
  store <8 x float> %336, <8 x float>* %21, align 32
  %337 = add i64 %316, 8
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = load float, float* %338, align 4
  %340 = insertelement <8 x float> undef, float %339, i32 0
  %splat1 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, <8 x float>* %26, align 32
  %342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %324, <8 x float> %341)
  store <8 x float> %342, <8 x float>* %26, align 32
  %343 = load <8 x float>, <8 x float>* %20, align 32
  %344 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %328, <8 x float> %343)
  store <8 x float> %344, <8 x float>* %20, align 32
  %345 = add i64 %316, 16
  %346 = getelementptr inbounds float, float* %2, i64 %345
  %347 = load float, float* %346, align 4
  %348 = insertelement <8 x float> undef, float %347, i32 0
  %splat2 = shufflevector <8 x float> %348, <8 x float> undef, <8 x i32> zeroinitializer
  %349 = load <8 x float>, <8 x float>* %25, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %324, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %25, align 32
  %351 = load <8 x float>, <8 x float>* %19, align 32
  %352 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %328, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %19, align 32
  %353 = add i64 %316, 24
  %354 = getelementptr inbounds float, float* %2, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat3 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %24, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %324, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %24, align 32
  %359 = load <8 x float>, <8 x float>* %18, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %328, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %18, align 32
  %361 = add i64 %316, 32
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = load float, float* %362, align 4
  %364 = insertelement <8 x float> undef, float %363, i32 0
  %splat4 = shufflevector <8 x float> %364, <8 x float> undef, <8 x i32> zeroinitializer
  %365 = load <8 x float>, <8 x float>* %23, align 32
  %366 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %324, <8 x float> %365)
  store <8 x float> %366, <8 x float>* %23, align 32
  %367 = load <8 x float>, <8 x float>* %17, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %328, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %17, align 32
  %369 = add i64 %316, 40
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = load float, float* %370, align 4
  %372 = insertelement <8 x float> undef, float %371, i32 0
  %splat5 = shufflevector <8 x float> %372, <8 x float> undef, <8 x i32> zeroinitializer
  %373 = load <8 x float>, <8 x float>* %22, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %324, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %22, align 32
  %375 = load <8 x float>, <8 x float>* %16, align 32
  %376 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %328, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %16, align 32
  %377 = add i64 %320, 8
  %378 = getelementptr inbounds float, float* %4, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %320, 36872
  %382 = getelementptr inbounds float, float* %4, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %316, 1
  %386 = getelementptr inbounds float, float* %2, i64 %385
  %387 = load float, float* %386, align 4
  %388 = insertelement <8 x float> undef, float %387, i32 0
  %splat6 = shufflevector <8 x float> %388, <8 x float> undef, <8 x i32> zeroinitializer
  %389 = load <8 x float>, <8 x float>* %27, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %380, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %27, align 32
  %391 = load <8 x float>, <8 x float>* %21, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %384, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %21, align 32
  %393 = add i64 %316, 9
  %394 = getelementptr inbounds float, float* %2, i64 %393
  %395 = load float, float* %394, align 4
  %396 = insertelement <8 x float> undef, float %395, i32 0
  %splat7 = shufflevector <8 x float> %396, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = load <8 x float>, <8 x float>* %26, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %380, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %26, align 32
  %399 = load <8 x float>, <8 x float>* %20, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %384, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %20, align 32
  %401 = add i64 %316, 17
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i32 0
  %splat8 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %25, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %25, align 32
  %407 = load <8 x float>, <8 x float>* %19, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %19, align 32
  %409 = add i64 %316, 25
  %410 = getelementptr inbounds float, float* %2, i64 %409
  %411 = load float, float* %410, align 4
  %412 = insertelement <8 x float> undef, float %411, i32 0
  %splat9 = shufflevector <8 x float> %412, <8 x float> undef, <8 x i32> zeroinitializer
  %413 = load <8 x float>, <8 x float>* %24, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %24, align 32
  %415 = load <8 x float>, <8 x float>* %18, align 32
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %415)
  store <8 x float> %416, <8 x float>* %18, align 32
  %417 = add i64 %316, 33
  %418 = getelementptr inbounds float, float* %2, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat10 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %23, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %23, align 32
  %423 = load <8 x float>, <8 x float>* %17, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %17, align 32
  %425 = add i64 %316, 41
  %426 = getelementptr inbounds float, float* %2, i64 %425
  %427 = load float, float* %426, align 4
  %428 = insertelement <8 x float> undef, float %427, i32 0
  %splat11 = shufflevector <8 x float> %428, <8 x float> undef, <8 x i32> zeroinitializer
  %429 = load <8 x float>, <8 x float>* %22, align 32
  %430 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %429)
  store <8 x float> %430, <8 x float>* %22, align 32
  %431 = load <8 x float>, <8 x float>* %16, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %16, align 32
  %433 = add i64 %320, 16
  %434 = getelementptr inbounds float, float* %4, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  %436 = load <8 x float>, <8 x float>* %435, align 4
  %437 = add i64 %320, 36880
  %438 = getelementptr inbounds float, float* %4, i64 %437
  %439 = bitcast float* %438 to <8 x float>*
  %440 = load <8 x float>, <8 x float>* %439, align 4
  %441 = add i64 %316, 2
  %442 = getelementptr inbounds float, float* %2, i64 %441
  %443 = load float, float* %442, align 4
  %444 = insertelement <8 x float> undef, float %443, i32 0
  %splat12 = shufflevector <8 x float> %444, <8 x float> undef, <8 x i32> zeroinitializer
  %445 = load <8 x float>, <8 x float>* %27, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %436, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %27, align 32
  %447 = load <8 x float>, <8 x float>* %21, align 32
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %440, <8 x float> %447)
  store <8 x float> %448, <8 x float>* %21, align 32
  %449 = add i64 %316, 10
  %450 = getelementptr inbounds float, float* %2, i64 %449
  %451 = load float, float* %450, align 4
  %452 = insertelement <8 x float> undef, float %451, i32 0
  %splat13 = shufflevector <8 x float> %452, <8 x float> undef, <8 x i32> zeroinitializer
  %453 = load <8 x float>, <8 x float>* %26, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %436, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %26, align 32
  %455 = load <8 x float>, <8 x float>* %20, align 32
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %440, <8 x float> %455)
  store <8 x float> %456, <8 x float>* %20, align 32
  %457 = add i64 %316, 18
  %458 = getelementptr inbounds float, float* %2, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat14 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %25, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %436, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %25, align 32
  %463 = load <8 x float>, <8 x float>* %19, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %440, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %19, align 32
  %465 = add i64 %316, 26
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = load float, float* %466, align 4
  %468 = insertelement <8 x float> undef, float %467, i32 0
  %splat15 = shufflevector <8 x float> %468, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, <8 x float>* %24, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %436, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %24, align 32
  %471 = load <8 x float>, <8 x float>* %18, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %440, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %18, align 32
  %473 = add i64 %316, 34
  %474 = getelementptr inbounds float, float* %2, i64 %473
  %475 = load float, float* %474, align 4
  %476 = insertelement <8 x float> undef, float %475, i32 0
  %splat16 = shufflevector <8 x float> %476, <8 x float> undef, <8 x i32> zeroinitializer
  %477 = load <8 x float>, <8 x float>* %23, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %436, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %23, align 32
  %479 = load <8 x float>, <8 x float>* %17, align 32
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %440, <8 x float> %479)
  store <8 x float> %480, <8 x float>* %17, align 32
  %481 = add i64 %316, 42
  %482 = getelementptr inbounds float, float* %2, i64 %481
  %483 = load float, float* %482, align 4
  %484 = insertelement <8 x float> undef, float %483, i32 0
  %splat17 = shufflevector <8 x float> %484, <8 x float> undef, <8 x i32> zeroinitializer
  %485 = load <8 x float>, <8 x float>* %22, align 32
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %436, <8 x float> %485)
  store <8 x float> %486, <8 x float>* %22, align 32
  %487 = load <8 x float>, <8 x float>* %16, align 32
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %440, <8 x float> %487)
  store <8 x float> %488, <8 x float>* %16, align 32
  %489 = add i64 %320, 24
  %490 = getelementptr inbounds float, float* %4, i64 %489
  %491 = bitcast float* %490 to <8 x float>*
  %492 = load <8 x float>, <8 x float>* %491, align 4
  %493 = add i64 %320, 36888
  %494 = getelementptr inbounds float, float* %4, i64 %493
  %495 = bitcast float* %494 to <8 x float>*
  %496 = load <8 x float>, <8 x float>* %495, align 4
  %497 = add i64 %316, 3
  %498 = getelementptr inbounds float, float* %2, i64 %497
  %499 = load float, float* %498, align 4
  %500 = insertelement <8 x float> undef, float %499, i32 0
  %splat18 = shufflevector <8 x float> %500, <8 x float> undef, <8 x i32> zeroinitializer
  %501 = load <8 x float>, <8 x float>* %27, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %492, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %27, align 32
  %503 = load <8 x float>, <8 x float>* %21, align 32
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %496, <8 x float> %503)
  store <8 x float> %504, <8 x float>* %21, align 32
  %505 = add i64 %316, 11
  %506 = getelementptr inbounds float, float* %2, i64 %505
  %507 = load float, float* %506, align 4
  %508 = insertelement <8 x float> undef, float %507, i32 0
  %splat19 = shufflevector <8 x float> %508, <8 x float> undef, <8 x i32> zeroinitializer
  %509 = load <8 x float>, <8 x float>* %26, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %492, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %26, align 32
  %511 = load <8 x float>, <8 x float>* %20, align 32
  %512 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %496, <8 x float> %511)
  store <8 x float> %512, <8 x float>* %20, align 32
  %513 = add i64 %316, 19
  %514 = getelementptr inbounds float, float* %2, i64 %513
  %515 = load float, float* %514, align 4
  %516 = insertelement <8 x float> undef, float %515, i32 0
  %splat20 = shufflevector <8 x float> %516, <8 x float> undef, <8 x i32> zeroinitializer
  %517 = load <8 x float>, <8 x float>* %25, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %492, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %25, align 32
  %519 = load <8 x float>, <8 x float>* %19, align 32
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %496, <8 x float> %519)
  store <8 x float> %520, <8 x float>* %19, align 32
  %521 = add i64 %316, 27
  %522 = getelementptr inbounds float, float* %2, i64 %521
  %523 = load float, float* %522, align 4
  %524 = insertelement <8 x float> undef, float %523, i32 0
  %splat21 = shufflevector <8 x float> %524, <8 x float> undef, <8 x i32> zeroinitializer
  %525 = load <8 x float>, <8 x float>* %24, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %492, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %24, align 32
  %527 = load <8 x float>, <8 x float>* %18, align 32
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %496, <8 x float> %527)
  store <8 x float> %528, <8 x float>* %18, align 32
  %529 = add i64 %316, 35
  %530 = getelementptr inbounds float, float* %2, i64 %529
  %531 = load float, float* %530, align 4
  %532 = insertelement <8 x float> undef, float %531, i32 0
  %splat22 = shufflevector <8 x float> %532, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = load <8 x float>, <8 x float>* %23, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %492, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %23, align 32
  %535 = load <8 x float>, <8 x float>* %17, align 32
  %536 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %496, <8 x float> %535)
  store <8 x float> %536, <8 x float>* %17, align 32
  %537 = add i64 %316, 43
  %538 = getelementptr inbounds float, float* %2, i64 %537
  %539 = load float, float* %538, align 4
  %540 = insertelement <8 x float> undef, float %539, i32 0
  %splat23 = shufflevector <8 x float> %540, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = load <8 x float>, <8 x float>* %22, align 32
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %492, <8 x float> %541)
  store <8 x float> %542, <8 x float>* %22, align 32
  %543 = load <8 x float>, <8 x float>* %16, align 32
  %544 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %496, <8 x float> %543)
  store <8 x float> %544, <8 x float>* %16, align 32
  %545 = add i64 %320, 32
  %546 = getelementptr inbounds float, float* %4, i64 %545
  %547 = bitcast float* %546 to <8 x float>*
  %548 = load <8 x float>, <8 x float>* %547, align 4
  %549 = add i64 %320, 36896
  %550 = getelementptr inbounds float, float* %4, i64 %549
  %551 = bitcast float* %550 to <8 x float>*
  %552 = load <8 x float>, <8 x float>* %551, align 4
  %553 = add i64 %316, 4
  %554 = getelementptr inbounds float, float* %2, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat24 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %27, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %548, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %27, align 32
  %559 = load <8 x float>, <8 x float>* %21, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %552, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %21, align 32
  %561 = add i64 %316, 12
  %562 = getelementptr inbounds float, float* %2, i64 %561
  %563 = load float, float* %562, align 4
  %564 = insertelement <8 x float> undef, float %563, i32 0
  %splat25 = shufflevector <8 x float> %564, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = load <8 x float>, <8 x float>* %26, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %548, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %26, align 32
  %567 = load <8 x float>, <8 x float>* %20, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %552, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %20, align 32
  %569 = add i64 %316, 20
  %570 = getelementptr inbounds float, float* %2, i64 %569
  %571 = load float, float* %570, align 4
  %572 = insertelement <8 x float> undef, float %571, i32 0
  %splat26 = shufflevector <8 x float> %572, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = load <8 x float>, <8 x float>* %25, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %548, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %25, align 32
  %575 = load <8 x float>, <8 x float>* %19, align 32
  %576 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %552, <8 x float> %575)
  store <8 x float> %576, <8 x float>* %19, align 32
  %577 = add i64 %316, 28
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = load float, float* %578, align 4
  %580 = insertelement <8 x float> undef, float %579, i32 0
  %splat27 = shufflevector <8 x float> %580, <8 x float> undef, <8 x i32> zeroinitializer
  %581 = load <8 x float>, <8 x float>* %24, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %548, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %24, align 32
  %583 = load <8 x float>, <8 x float>* %18, align 32
  %584 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %552, <8 x float> %583)
  store <8 x float> %584, <8 x float>* %18, align 32
  %585 = add i64 %316, 36
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = load float, float* %586, align 4
  %588 = insertelement <8 x float> undef, float %587, i32 0
  %splat28 = shufflevector <8 x float> %588, <8 x float> undef, <8 x i32> zeroinitializer
  %589 = load <8 x float>, <8 x float>* %23, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %548, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %23, align 32
  %591 = load <8 x float>, <8 x float>* %17, align 32
  %592 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %552, <8 x float> %591)
  store <8 x float> %592, <8 x float>* %17, align 32
  %593 = add i64 %316, 44
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat29 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %22, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %548, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %22, align 32
  %599 = load <8 x float>, <8 x float>* %16, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %552, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %16, align 32
  %601 = add i64 %320, 40
  %602 = getelementptr inbounds float, float* %4, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  %604 = load <8 x float>, <8 x float>* %603, align 4
  %605 = add i64 %320, 36904
  %606 = getelementptr inbounds float, float* %4, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = add i64 %316, 5
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = load float, float* %610, align 4
  %612 = insertelement <8 x float> undef, float %611, i32 0
  %splat30 = shufflevector <8 x float> %612, <8 x float> undef, <8 x i32> zeroinitializer
  %613 = load <8 x float>, <8 x float>* %27, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %604, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %27, align 32
  %615 = load <8 x float>, <8 x float>* %21, align 32
  %616 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %608, <8 x float> %615)
  store <8 x float> %616, <8 x float>* %21, align 32
  %617 = add i64 %316, 13
  %618 = getelementptr inbounds float, float* %2, i64 %617
  %619 = load float, float* %618, align 4
  %620 = insertelement <8 x float> undef, float %619, i32 0
  %splat31 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %621 = load <8 x float>, <8 x float>* %26, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %604, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %26, align 32
  %623 = load <8 x float>, <8 x float>* %20, align 32
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %608, <8 x float> %623)
  store <8 x float> %624, <8 x float>* %20, align 32
  %625 = add i64 %316, 21
  %626 = getelementptr inbounds float, float* %2, i64 %625
  %627 = load float, float* %626, align 4
  %628 = insertelement <8 x float> undef, float %627, i32 0
  %splat32 = shufflevector <8 x float> %628, <8 x float> undef, <8 x i32> zeroinitializer
  %629 = load <8 x float>, <8 x float>* %25, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %604, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %25, align 32
  %631 = load <8 x float>, <8 x float>* %19, align 32
  %632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %608, <8 x float> %631)
  store <8 x float> %632, <8 x float>* %19, align 32
  %633 = add i64 %316, 29
  %634 = getelementptr inbounds float, float* %2, i64 %633
  %635 = load float, float* %634, align 4
  %636 = insertelement <8 x float> undef, float %635, i32 0
  %splat33 = shufflevector <8 x float> %636, <8 x float> undef, <8 x i32> zeroinitializer
  %637 = load <8 x float>, <8 x float>* %24, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %604, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %24, align 32
  %639 = load <8 x float>, <8 x float>* %18, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %608, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %18, align 32
  %641 = add i64 %316, 37
  %642 = getelementptr inbounds float, float* %2, i64 %641
  %643 = load float, float* %642, align 4
  %644 = insertelement <8 x float> undef, float %643, i32 0
  %splat34 = shufflevector <8 x float> %644, <8 x float> undef, <8 x i32> zeroinitializer
  %645 = load <8 x float>, <8 x float>* %23, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %604, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %23, align 32
  %647 = load <8 x float>, <8 x float>* %17, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %608, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %17, align 32
  %649 = add i64 %316, 45
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = load float, float* %650, align 4
  %652 = insertelement <8 x float> undef, float %651, i32 0
  %splat35 = shufflevector <8 x float> %652, <8 x float> undef, <8 x i32> zeroinitializer
  %653 = load <8 x float>, <8 x float>* %22, align 32
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %604, <8 x float> %653)
  store <8 x float> %654, <8 x float>* %22, align 32
  %655 = load <8 x float>, <8 x float>* %16, align 32
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %608, <8 x float> %655)
  store <8 x float> %656, <8 x float>* %16, align 32
  %657 = add i64 %320, 48
  %658 = getelementptr inbounds float, float* %4, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %320, 36912
  %662 = getelementptr inbounds float, float* %4, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %316, 6
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = load float, float* %666, align 4
  %668 = insertelement <8 x float> undef, float %667, i32 0
  %splat36 = shufflevector <8 x float> %668, <8 x float> undef, <8 x i32> zeroinitializer
  %669 = load <8 x float>, <8 x float>* %27, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %660, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %27, align 32
  %671 = load <8 x float>, <8 x float>* %21, align 32
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %664, <8 x float> %671)
  store <8 x float> %672, <8 x float>* %21, align 32
  %673 = add i64 %316, 14
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = load float, float* %674, align 4
  %676 = insertelement <8 x float> undef, float %675, i32 0
  %splat37 = shufflevector <8 x float> %676, <8 x float> undef, <8 x i32> zeroinitializer
  %677 = load <8 x float>, <8 x float>* %26, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %660, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %26, align 32
  %679 = load <8 x float>, <8 x float>* %20, align 32
  %680 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %664, <8 x float> %679)
  store <8 x float> %680, <8 x float>* %20, align 32
  %681 = add i64 %316, 22
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = load float, float* %682, align 4
  %684 = insertelement <8 x float> undef, float %683, i32 0
  %splat38 = shufflevector <8 x float> %684, <8 x float> undef, <8 x i32> zeroinitializer
  %685 = load <8 x float>, <8 x float>* %25, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %660, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %25, align 32
  %687 = load <8 x float>, <8 x float>* %19, align 32
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %664, <8 x float> %687)
  store <8 x float> %688, <8 x float>* %19, align 32
  %689 = add i64 %316, 30
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = load float, float* %690, align 4
  %692 = insertelement <8 x float> undef, float %691, i32 0
  %splat39 = shufflevector <8 x float> %692, <8 x float> undef, <8 x i32> zeroinitializer
  %693 = load <8 x float>, <8 x float>* %24, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %660, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %24, align 32
  %695 = load <8 x float>, <8 x float>* %18, align 32
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %664, <8 x float> %695)
  store <8 x float> %696, <8 x float>* %18, align 32
  %697 = add i64 %316, 38
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = load float, float* %698, align 4
  %700 = insertelement <8 x float> undef, float %699, i32 0
  %splat40 = shufflevector <8 x float> %700, <8 x float> undef, <8 x i32> zeroinitializer
  %701 = load <8 x float>, <8 x float>* %23, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %660, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %23, align 32
  %703 = load <8 x float>, <8 x float>* %17, align 32
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %664, <8 x float> %703)
  store <8 x float> %704, <8 x float>* %17, align 32
  %705 = add i64 %316, 46
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = load float, float* %706, align 4
  %708 = insertelement <8 x float> undef, float %707, i32 0
  %splat41 = shufflevector <8 x float> %708, <8 x float> undef, <8 x i32> zeroinitializer
  %709 = load <8 x float>, <8 x float>* %22, align 32
  %710 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %660, <8 x float> %709)
  store <8 x float> %710, <8 x float>* %22, align 32
  %711 = load <8 x float>, <8 x float>* %16, align 32
  %712 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %664, <8 x float> %711)
  store <8 x float> %712, <8 x float>* %16, align 32
  %713 = add i64 %320, 56
  %714 = getelementptr inbounds float, float* %4, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %320, 36920
  %718 = getelementptr inbounds float, float* %4, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %316, 7
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = load float, float* %722, align 4
  %724 = insertelement <8 x float> undef, float %723, i32 0
  %splat42 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %725 = load <8 x float>, <8 x float>* %27, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %716, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %27, align 32
  %727 = load <8 x float>, <8 x float>* %21, align 32
  %728 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %720, <8 x float> %727)
  store <8 x float> %728, <8 x float>* %21, align 32
  %729 = add i64 %316, 15
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = load float, float* %730, align 4
  %732 = insertelement <8 x float> undef, float %731, i32 0
  %splat43 = shufflevector <8 x float> %732, <8 x float> undef, <8 x i32> zeroinitializer
  %733 = load <8 x float>, <8 x float>* %26, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %716, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %26, align 32
  %735 = load <8 x float>, <8 x float>* %20, align 32
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %720, <8 x float> %735)
  store <8 x float> %736, <8 x float>* %20, align 32
  %737 = add i64 %316, 23
  %738 = getelementptr inbounds float, float* %2, i64 %737
  %739 = load float, float* %738, align 4
  %740 = insertelement <8 x float> undef, float %739, i32 0
  %splat44 = shufflevector <8 x float> %740, <8 x float> undef, <8 x i32> zeroinitializer
  %741 = load <8 x float>, <8 x float>* %25, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %716, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %25, align 32
  %743 = load <8 x float>, <8 x float>* %19, align 32
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %720, <8 x float> %743)
  store <8 x float> %744, <8 x float>* %19, align 32
  %745 = add i64 %316, 31
  %746 = getelementptr inbounds float, float* %2, i64 %745
  %747 = load float, float* %746, align 4
  %748 = insertelement <8 x float> undef, float %747, i32 0
  %splat45 = shufflevector <8 x float> %748, <8 x float> undef, <8 x i32> zeroinitializer
  %749 = load <8 x float>, <8 x float>* %24, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %716, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %24, align 32
  %751 = load <8 x float>, <8 x float>* %18, align 32
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %720, <8 x float> %751)
  store <8 x float> %752, <8 x float>* %18, align 32
  %753 = add i64 %316, 39
  %754 = getelementptr inbounds float, float* %2, i64 %753
  %755 = load float, float* %754, align 4
  %756 = insertelement <8 x float> undef, float %755, i32 0
  %splat46 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %757 = load <8 x float>, <8 x float>* %23, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %716, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %23, align 32
  %759 = load <8 x float>, <8 x float>* %17, align 32
  %760 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %720, <8 x float> %759)
  store <8 x float> %760, <8 x float>* %17, align 32
  %761 = add i64 %316, 47
  %762 = getelementptr inbounds float, float* %2, i64 %761
  %763 = load float, float* %762, align 4
  %764 = insertelement <8 x float> undef, float %763, i32 0
  %splat47 = shufflevector <8 x float> %764, <8 x float> undef, <8 x i32> zeroinitializer
  %765 = load <8 x float>, <8 x float>* %22, align 32
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %716, <8 x float> %765)
  store <8 x float> %766, <8 x float>* %22, align 32
  %767 = load <8 x float>, <8 x float>* %16, align 32
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %720, <8 x float> %767)
  store <8 x float> %768, <8 x float>* %16, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %x.exit
  %u51 = phi i64 [ 0, %x.exit ], [ %u.next94, %kh.exit54 ]
  %769 = icmp slt i64 %u51, 2
  br i1 %769, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %770 = add i64 %231, %u51
  %771 = mul i64 %770, 7200
  %772 = add i64 %230, %771
  %773 = mul i64 %770, 576
  %774 = add i64 %43, %773
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %775 = icmp eq i64 %chunk, 31
  %776 = load <8 x float>, <8 x float>* %15, align 32
  %777 = fcmp olt <8 x float> %776, zeroinitializer
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> %776
  %779 = select i1 %775, <8 x float> %778, <8 x float> %776
  %780 = getelementptr inbounds float, float* %0, i64 %165
  %781 = bitcast float* %780 to <8 x float>*
  store <8 x float> %779, <8 x float>* %781, align 4
  %782 = load <8 x float>, <8 x float>* %14, align 32
  %783 = fcmp olt <8 x float> %782, zeroinitializer
  %784 = select <8 x i1> %783, <8 x float> zeroinitializer, <8 x float> %782
  %785 = select i1 %775, <8 x float> %784, <8 x float> %782
  %786 = getelementptr inbounds float, float* %0, i64 %167
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %785, <8 x float>* %787, align 4
  %788 = load <8 x float>, <8 x float>* %13, align 32
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = select i1 %775, <8 x float> %790, <8 x float> %788
  %792 = getelementptr inbounds float, float* %0, i64 %169
  %793 = bitcast float* %792 to <8 x float>*
  store <8 x float> %791, <8 x float>* %793, align 4
  %794 = load <8 x float>, <8 x float>* %12, align 32
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = select i1 %775, <8 x float> %796, <8 x float> %794
  %798 = getelementptr inbounds float, float* %0, i64 %171
  %799 = bitcast float* %798 to <8 x float>*
  store <8 x float> %797, <8 x float>* %799, align 4
  %800 = load <8 x float>, <8 x float>* %11, align 32
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = select i1 %775, <8 x float> %802, <8 x float> %800
  %804 = getelementptr inbounds float, float* %0, i64 %179
  %805 = bitcast float* %804 to <8 x float>*
  store <8 x float> %803, <8 x float>* %805, align 4
  %806 = load <8 x float>, <8 x float>* %10, align 32
  %807 = fcmp olt <8 x float> %806, zeroinitializer
  %808 = select <8 x i1> %807, <8 x float> zeroinitializer, <8 x float> %806
  %809 = select i1 %775, <8 x float> %808, <8 x float> %806
  %810 = getelementptr inbounds float, float* %0, i64 %181
  %811 = bitcast float* %810 to <8 x float>*
  store <8 x float> %809, <8 x float>* %811, align 4
  %812 = load <8 x float>, <8 x float>* %9, align 32
  %813 = fcmp olt <8 x float> %812, zeroinitializer
  %814 = select <8 x i1> %813, <8 x float> zeroinitializer, <8 x float> %812
  %815 = select i1 %775, <8 x float> %814, <8 x float> %812
  %816 = getelementptr inbounds float, float* %0, i64 %183
  %817 = bitcast float* %816 to <8 x float>*
  store <8 x float> %815, <8 x float>* %817, align 4
  %818 = load <8 x float>, <8 x float>* %8, align 32
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = select i1 %775, <8 x float> %820, <8 x float> %818
  %822 = getelementptr inbounds float, float* %0, i64 %185
  %823 = bitcast float* %822 to <8 x float>*
  store <8 x float> %821, <8 x float>* %823, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !10

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next93, %kw.exit58 ]
  %824 = icmp slt i64 %kh55, 3
  br i1 %824, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %825 = mul i64 %kh55, 240
  %826 = add i64 %772, %825
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next94 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next92, %kw.body57 ]
  %827 = icmp slt i64 %kw59, 3
  br i1 %827, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %828 = mul i64 %kw59, 8
  %829 = add i64 %826, %828
  %830 = mul i64 %kh55, 3
  %831 = add i64 %830, %kw59
  %832 = mul i64 %831, 64
  %833 = add i64 %774, %832
  %834 = add i64 %833, 0
  %835 = getelementptr inbounds float, float* %4, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 %833, 36864
  %839 = getelementptr inbounds float, float* %4, i64 %838
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = add i64 %829, 0
  %843 = getelementptr inbounds float, float* %2, i64 %842
  %844 = load float, float* %843, align 4
  %845 = insertelement <8 x float> undef, float %844, i32 0
  %splat60 = shufflevector <8 x float> %845, <8 x float> undef, <8 x i32> zeroinitializer
  %846 = load <8 x float>, <8 x float>* %15, align 32
  %847 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %837, <8 x float> %846)
  store <8 x float> %847, <8 x float>* %15, align 32
  %848 = load <8 x float>, <8 x float>* %11, align 32
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %841, <8 x float> %848)
  store <8 x float> %849, <8 x float>* %11, align 32
  %850 = add i64 %829, 8
  %851 = getelementptr inbounds float, float* %2, i64 %850
  %852 = load float, float* %851, align 4
  %853 = insertelement <8 x float> undef, float %852, i32 0
  %splat61 = shufflevector <8 x float> %853, <8 x float> undef, <8 x i32> zeroinitializer
  %854 = load <8 x float>, <8 x float>* %14, align 32
  %855 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %837, <8 x float> %854)
  store <8 x float> %855, <8 x float>* %14, align 32
  %856 = load <8 x float>, <8 x float>* %10, align 32
  %857 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %841, <8 x float> %856)
  store <8 x float> %857, <8 x float>* %10, align 32
  %858 = add i64 %829, 16
  %859 = getelementptr inbounds float, float* %2, i64 %858
  %860 = load float, float* %859, align 4
  %861 = insertelement <8 x float> undef, float %860, i32 0
  %splat62 = shufflevector <8 x float> %861, <8 x float> undef, <8 x i32> zeroinitializer
  %862 = load <8 x float>, <8 x float>* %13, align 32
  %863 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %837, <8 x float> %862)
  store <8 x float> %863, <8 x float>* %13, align 32
  %864 = load <8 x float>, <8 x float>* %9, align 32
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %841, <8 x float> %864)
  store <8 x float> %865, <8 x float>* %9, align 32
  %866 = add i64 %829, 24
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = load float, float* %867, align 4
  %869 = insertelement <8 x float> undef, float %868, i32 0
  %splat63 = shufflevector <8 x float> %869, <8 x float> undef, <8 x i32> zeroinitializer
  %870 = load <8 x float>, <8 x float>* %12, align 32
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %837, <8 x float> %870)
  store <8 x float> %871, <8 x float>* %12, align 32
  %872 = load <8 x float>, <8 x float>* %8, align 32
  %873 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %841, <8 x float> %872)
  store <8 x float> %873, <8 x float>* %8, align 32
  %874 = add i64 %833, 8
  %875 = getelementptr inbounds float, float* %4, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %833, 36872
  %879 = getelementptr inbounds float, float* %4, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %829, 1
  %883 = getelementptr inbounds float, float* %2, i64 %882
  %884 = load float, float* %883, align 4
  %885 = insertelement <8 x float> undef, float %884, i32 0
  %splat64 = shufflevector <8 x float> %885, <8 x float> undef, <8 x i32> zeroinitializer
  %886 = load <8 x float>, <8 x float>* %15, align 32
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %877, <8 x float> %886)
  store <8 x float> %887, <8 x float>* %15, align 32
  %888 = load <8 x float>, <8 x float>* %11, align 32
  %889 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %881, <8 x float> %888)
  store <8 x float> %889, <8 x float>* %11, align 32
  %890 = add i64 %829, 9
  %891 = getelementptr inbounds float, float* %2, i64 %890
  %892 = load float, float* %891, align 4
  %893 = insertelement <8 x float> undef, float %892, i32 0
  %splat65 = shufflevector <8 x float> %893, <8 x float> undef, <8 x i32> zeroinitializer
  %894 = load <8 x float>, <8 x float>* %14, align 32
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %877, <8 x float> %894)
  store <8 x float> %895, <8 x float>* %14, align 32
  %896 = load <8 x float>, <8 x float>* %10, align 32
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %881, <8 x float> %896)
  store <8 x float> %897, <8 x float>* %10, align 32
  %898 = add i64 %829, 17
  %899 = getelementptr inbounds float, float* %2, i64 %898
  %900 = load float, float* %899, align 4
  %901 = insertelement <8 x float> undef, float %900, i32 0
  %splat66 = shufflevector <8 x float> %901, <8 x float> undef, <8 x i32> zeroinitializer
  %902 = load <8 x float>, <8 x float>* %13, align 32
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %877, <8 x float> %902)
  store <8 x float> %903, <8 x float>* %13, align 32
  %904 = load <8 x float>, <8 x float>* %9, align 32
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %881, <8 x float> %904)
  store <8 x float> %905, <8 x float>* %9, align 32
  %906 = add i64 %829, 25
  %907 = getelementptr inbounds float, float* %2, i64 %906
  %908 = load float, float* %907, align 4
  %909 = insertelement <8 x float> undef, float %908, i32 0
  %splat67 = shufflevector <8 x float> %909, <8 x float> undef, <8 x i32> zeroinitializer
  %910 = load <8 x float>, <8 x float>* %12, align 32
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %877, <8 x float> %910)
  store <8 x float> %911, <8 x float>* %12, align 32
  %912 = load <8 x float>, <8 x float>* %8, align 32
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %881, <8 x float> %912)
  store <8 x float> %913, <8 x float>* %8, align 32
  %914 = add i64 %833, 16
  %915 = getelementptr inbounds float, float* %4, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  %917 = load <8 x float>, <8 x float>* %916, align 4
  %918 = add i64 %833, 36880
  %919 = getelementptr inbounds float, float* %4, i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %829, 2
  %923 = getelementptr inbounds float, float* %2, i64 %922
  %924 = load float, float* %923, align 4
  %925 = insertelement <8 x float> undef, float %924, i32 0
  %splat68 = shufflevector <8 x float> %925, <8 x float> undef, <8 x i32> zeroinitializer
  %926 = load <8 x float>, <8 x float>* %15, align 32
  %927 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %917, <8 x float> %926)
  store <8 x float> %927, <8 x float>* %15, align 32
  %928 = load <8 x float>, <8 x float>* %11, align 32
  %929 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %921, <8 x float> %928)
  store <8 x float> %929, <8 x float>* %11, align 32
  %930 = add i64 %829, 10
  %931 = getelementptr inbounds float, float* %2, i64 %930
  %932 = load float, float* %931, align 4
  %933 = insertelement <8 x float> undef, float %932, i32 0
  %splat69 = shufflevector <8 x float> %933, <8 x float> undef, <8 x i32> zeroinitializer
  %934 = load <8 x float>, <8 x float>* %14, align 32
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %917, <8 x float> %934)
  store <8 x float> %935, <8 x float>* %14, align 32
  %936 = load <8 x float>, <8 x float>* %10, align 32
  %937 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %921, <8 x float> %936)
  store <8 x float> %937, <8 x float>* %10, align 32
  %938 = add i64 %829, 18
  %939 = getelementptr inbounds float, float* %2, i64 %938
  %940 = load float, float* %939, align 4
  %941 = insertelement <8 x float> undef, float %940, i32 0
  %splat70 = shufflevector <8 x float> %941, <8 x float> undef, <8 x i32> zeroinitializer
  %942 = load <8 x float>, <8 x float>* %13, align 32
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %917, <8 x float> %942)
  store <8 x float> %943, <8 x float>* %13, align 32
  %944 = load <8 x float>, <8 x float>* %9, align 32
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %921, <8 x float> %944)
  store <8 x float> %945, <8 x float>* %9, align 32
  %946 = add i64 %829, 26
  %947 = getelementptr inbounds float, float* %2, i64 %946
  %948 = load float, float* %947, align 4
  %949 = insertelement <8 x float> undef, float %948, i32 0
  %splat71 = shufflevector <8 x float> %949, <8 x float> undef, <8 x i32> zeroinitializer
  %950 = load <8 x float>, <8 x float>* %12, align 32
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %917, <8 x float> %950)
  store <8 x float> %951, <8 x float>* %12, align 32
  %952 = load <8 x float>, <8 x float>* %8, align 32
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %921, <8 x float> %952)
  store <8 x float> %953, <8 x float>* %8, align 32
  %954 = add i64 %833, 24
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %833, 36888
  %959 = getelementptr inbounds float, float* %4, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %829, 3
  %963 = getelementptr inbounds float, float* %2, i64 %962
  %964 = load float, float* %963, align 4
  %965 = insertelement <8 x float> undef, float %964, i32 0
  %splat72 = shufflevector <8 x float> %965, <8 x float> undef, <8 x i32> zeroinitializer
  %966 = load <8 x float>, <8 x float>* %15, align 32
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %957, <8 x float> %966)
  store <8 x float> %967, <8 x float>* %15, align 32
  %968 = load <8 x float>, <8 x float>* %11, align 32
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %961, <8 x float> %968)
  store <8 x float> %969, <8 x float>* %11, align 32
  %970 = add i64 %829, 11
  %971 = getelementptr inbounds float, float* %2, i64 %970
  %972 = load float, float* %971, align 4
  %973 = insertelement <8 x float> undef, float %972, i32 0
  %splat73 = shufflevector <8 x float> %973, <8 x float> undef, <8 x i32> zeroinitializer
  %974 = load <8 x float>, <8 x float>* %14, align 32
  %975 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %957, <8 x float> %974)
  store <8 x float> %975, <8 x float>* %14, align 32
  %976 = load <8 x float>, <8 x float>* %10, align 32
  %977 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %961, <8 x float> %976)
  store <8 x float> %977, <8 x float>* %10, align 32
  %978 = add i64 %829, 19
  %979 = getelementptr inbounds float, float* %2, i64 %978
  %980 = load float, float* %979, align 4
  %981 = insertelement <8 x float> undef, float %980, i32 0
  %splat74 = shufflevector <8 x float> %981, <8 x float> undef, <8 x i32> zeroinitializer
  %982 = load <8 x float>, <8 x float>* %13, align 32
  %983 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %957, <8 x float> %982)
  store <8 x float> %983, <8 x float>* %13, align 32
  %984 = load <8 x float>, <8 x float>* %9, align 32
  %985 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %961, <8 x float> %984)
  store <8 x float> %985, <8 x float>* %9, align 32
  %986 = add i64 %829, 27
  %987 = getelementptr inbounds float, float* %2, i64 %986
  %988 = load float, float* %987, align 4
  %989 = insertelement <8 x float> undef, float %988, i32 0
  %splat75 = shufflevector <8 x float> %989, <8 x float> undef, <8 x i32> zeroinitializer
  %990 = load <8 x float>, <8 x float>* %12, align 32
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %957, <8 x float> %990)
  store <8 x float> %991, <8 x float>* %12, align 32
  %992 = load <8 x float>, <8 x float>* %8, align 32
  %993 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %961, <8 x float> %992)
  store <8 x float> %993, <8 x float>* %8, align 32
  %994 = add i64 %833, 32
  %995 = getelementptr inbounds float, float* %4, i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = add i64 %833, 36896
  %999 = getelementptr inbounds float, float* %4, i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %829, 4
  %1003 = getelementptr inbounds float, float* %2, i64 %1002
  %1004 = load float, float* %1003, align 4
  %1005 = insertelement <8 x float> undef, float %1004, i32 0
  %splat76 = shufflevector <8 x float> %1005, <8 x float> undef, <8 x i32> zeroinitializer
  %1006 = load <8 x float>, <8 x float>* %15, align 32
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %997, <8 x float> %1006)
  store <8 x float> %1007, <8 x float>* %15, align 32
  %1008 = load <8 x float>, <8 x float>* %11, align 32
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1001, <8 x float> %1008)
  store <8 x float> %1009, <8 x float>* %11, align 32
  %1010 = add i64 %829, 12
  %1011 = getelementptr inbounds float, float* %2, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat77 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %14, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %997, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %14, align 32
  %1016 = load <8 x float>, <8 x float>* %10, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1001, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %10, align 32
  %1018 = add i64 %829, 20
  %1019 = getelementptr inbounds float, float* %2, i64 %1018
  %1020 = load float, float* %1019, align 4
  %1021 = insertelement <8 x float> undef, float %1020, i32 0
  %splat78 = shufflevector <8 x float> %1021, <8 x float> undef, <8 x i32> zeroinitializer
  %1022 = load <8 x float>, <8 x float>* %13, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %997, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %13, align 32
  %1024 = load <8 x float>, <8 x float>* %9, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1001, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %9, align 32
  %1026 = add i64 %829, 28
  %1027 = getelementptr inbounds float, float* %2, i64 %1026
  %1028 = load float, float* %1027, align 4
  %1029 = insertelement <8 x float> undef, float %1028, i32 0
  %splat79 = shufflevector <8 x float> %1029, <8 x float> undef, <8 x i32> zeroinitializer
  %1030 = load <8 x float>, <8 x float>* %12, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %997, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %12, align 32
  %1032 = load <8 x float>, <8 x float>* %8, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1001, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %8, align 32
  %1034 = add i64 %833, 40
  %1035 = getelementptr inbounds float, float* %4, i64 %1034
  %1036 = bitcast float* %1035 to <8 x float>*
  %1037 = load <8 x float>, <8 x float>* %1036, align 4
  %1038 = add i64 %833, 36904
  %1039 = getelementptr inbounds float, float* %4, i64 %1038
  %1040 = bitcast float* %1039 to <8 x float>*
  %1041 = load <8 x float>, <8 x float>* %1040, align 4
  %1042 = add i64 %829, 5
  %1043 = getelementptr inbounds float, float* %2, i64 %1042
  %1044 = load float, float* %1043, align 4
  %1045 = insertelement <8 x float> undef, float %1044, i32 0
  %splat80 = shufflevector <8 x float> %1045, <8 x float> undef, <8 x i32> zeroinitializer
  %1046 = load <8 x float>, <8 x float>* %15, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1037, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %15, align 32
  %1048 = load <8 x float>, <8 x float>* %11, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1041, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %11, align 32
  %1050 = add i64 %829, 13
  %1051 = getelementptr inbounds float, float* %2, i64 %1050
  %1052 = load float, float* %1051, align 4
  %1053 = insertelement <8 x float> undef, float %1052, i32 0
  %splat81 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1054 = load <8 x float>, <8 x float>* %14, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1037, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %14, align 32
  %1056 = load <8 x float>, <8 x float>* %10, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1041, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %10, align 32
  %1058 = add i64 %829, 21
  %1059 = getelementptr inbounds float, float* %2, i64 %1058
  %1060 = load float, float* %1059, align 4
  %1061 = insertelement <8 x float> undef, float %1060, i32 0
  %splat82 = shufflevector <8 x float> %1061, <8 x float> undef, <8 x i32> zeroinitializer
  %1062 = load <8 x float>, <8 x float>* %13, align 32
  %1063 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1037, <8 x float> %1062)
  store <8 x float> %1063, <8 x float>* %13, align 32
  %1064 = load <8 x float>, <8 x float>* %9, align 32
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1041, <8 x float> %1064)
  store <8 x float> %1065, <8 x float>* %9, align 32
  %1066 = add i64 %829, 29
  %1067 = getelementptr inbounds float, float* %2, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat83 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %12, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1037, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %12, align 32
  %1072 = load <8 x float>, <8 x float>* %8, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1041, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %8, align 32
  %1074 = add i64 %833, 48
  %1075 = getelementptr inbounds float, float* %4, i64 %1074
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = add i64 %833, 36912
  %1079 = getelementptr inbounds float, float* %4, i64 %1078
  %1080 = bitcast float* %1079 to <8 x float>*
  %1081 = load <8 x float>, <8 x float>* %1080, align 4
  %1082 = add i64 %829, 6
  %1083 = getelementptr inbounds float, float* %2, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat84 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %15, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1077, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %15, align 32
  %1088 = load <8 x float>, <8 x float>* %11, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1081, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %11, align 32
  %1090 = add i64 %829, 14
  %1091 = getelementptr inbounds float, float* %2, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat85 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %14, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1077, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %14, align 32
  %1096 = load <8 x float>, <8 x float>* %10, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1081, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %10, align 32
  %1098 = add i64 %829, 22
  %1099 = getelementptr inbounds float, float* %2, i64 %1098
  %1100 = load float, float* %1099, align 4
  %1101 = insertelement <8 x float> undef, float %1100, i32 0
  %splat86 = shufflevector <8 x float> %1101, <8 x float> undef, <8 x i32> zeroinitializer
  %1102 = load <8 x float>, <8 x float>* %13, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1077, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %13, align 32
  %1104 = load <8 x float>, <8 x float>* %9, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1081, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %9, align 32
  %1106 = add i64 %829, 30
  %1107 = getelementptr inbounds float, float* %2, i64 %1106
  %1108 = load float, float* %1107, align 4
  %1109 = insertelement <8 x float> undef, float %1108, i32 0
  %splat87 = shufflevector <8 x float> %1109, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = load <8 x float>, <8 x float>* %12, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1077, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %12, align 32
  %1112 = load <8 x float>, <8 x float>* %8, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1081, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %8, align 32
  %1114 = add i64 %833, 56
  %1115 = getelementptr inbounds float, float* %4, i64 %1114
  %1116 = bitcast float* %1115 to <8 x float>*
  %1117 = load <8 x float>, <8 x float>* %1116, align 4
  %1118 = add i64 %833, 36920
  %1119 = getelementptr inbounds float, float* %4, i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = add i64 %829, 7
  %1123 = getelementptr inbounds float, float* %2, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat88 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %15, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1117, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %15, align 32
  %1128 = load <8 x float>, <8 x float>* %11, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1121, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %11, align 32
  %1130 = add i64 %829, 15
  %1131 = getelementptr inbounds float, float* %2, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat89 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %14, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1117, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %14, align 32
  %1136 = load <8 x float>, <8 x float>* %10, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1121, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %10, align 32
  %1138 = add i64 %829, 23
  %1139 = getelementptr inbounds float, float* %2, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat90 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %13, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1117, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %13, align 32
  %1144 = load <8 x float>, <8 x float>* %9, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1121, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %9, align 32
  %1146 = add i64 %829, 31
  %1147 = getelementptr inbounds float, float* %2, i64 %1146
  %1148 = load float, float* %1147, align 4
  %1149 = insertelement <8 x float> undef, float %1148, i32 0
  %splat91 = shufflevector <8 x float> %1149, <8 x float> undef, <8 x i32> zeroinitializer
  %1150 = load <8 x float>, <8 x float>* %12, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1117, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %12, align 32
  %1152 = load <8 x float>, <8 x float>* %8, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1121, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %8, align 32
  %kw.next92 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next93 = add i64 %kh55, 1
  br label %kh.header52
}

; Function Attrs: nounwind
define internal void @node11.conv2d_9.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node11.conv2d_9.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node13.maxPool2d_4.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node13.maxPool2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 16
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 16
  %10 = mul i64 %task, 128
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
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 32, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 512, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nounwind
define internal void @node14.conv2d_11.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node14.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.conv2d_11.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  br label %task.header

task.header:                                      ; preds = %chunk.exit, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %chunk.exit ]
  %64 = icmp slt i64 %task, %7
  br i1 %64, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %65 = srem i64 %task, 7
  %66 = sdiv i64 %task, 7
  %67 = srem i64 %66, 32
  %68 = mul i64 %65, 2
  %69 = sdiv i64 %task, 224
  %70 = srem i64 %69, 1
  %71 = sdiv i64 %69, 1
  %72 = mul i64 %70, 64
  %73 = mul i64 %67, 2
  %74 = add i64 %72, %73
  %75 = mul i64 %71, 64
  %76 = mul i64 %70, 64
  %77 = add i64 %75, %76
  %78 = mul i64 %77, 2048
  %79 = mul i64 %74, 36864
  %80 = mul i64 %68, 128
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit239, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit239 ]
  %81 = icmp slt i64 %chunk, 32
  br i1 %81, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  %82 = mul i64 %71, 64
  %83 = add i64 %82, %74
  %84 = add i64 %83, 0
  %85 = mul i64 %84, 14
  %86 = add i64 %85, %68
  %87 = mul i64 %86, 14
  %88 = add i64 %87, 0
  %89 = mul i64 %88, 8
  %90 = add i64 %87, 1
  %91 = mul i64 %90, 8
  %92 = add i64 %87, 2
  %93 = mul i64 %92, 8
  %94 = add i64 %87, 3
  %95 = mul i64 %94, 8
  %96 = add i64 %87, 4
  %97 = mul i64 %96, 8
  %98 = add i64 %87, 5
  %99 = mul i64 %98, 8
  %100 = mul i64 %71, 64
  %101 = add i64 %100, %74
  %102 = add i64 %101, 1
  %103 = mul i64 %102, 14
  %104 = add i64 %103, %68
  %105 = mul i64 %104, 14
  %106 = add i64 %105, 0
  %107 = mul i64 %106, 8
  %108 = add i64 %105, 1
  %109 = mul i64 %108, 8
  %110 = add i64 %105, 2
  %111 = mul i64 %110, 8
  %112 = add i64 %105, 3
  %113 = mul i64 %112, 8
  %114 = add i64 %105, 4
  %115 = mul i64 %114, 8
  %116 = add i64 %105, 5
  %117 = mul i64 %116, 8
  %118 = add i64 %74, 0
  %119 = mul i64 %118, 8
  %120 = getelementptr inbounds float, float* %5, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %74, 1
  %124 = mul i64 %123, 8
  %125 = getelementptr inbounds float, float* %5, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = icmp eq i64 %chunk, 0
  %129 = getelementptr inbounds float, float* %0, i64 %89
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = select i1 %128, <8 x float> %122, <8 x float> %131
  store <8 x float> %132, <8 x float>* %63, align 32
  %133 = getelementptr inbounds float, float* %0, i64 %91
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  %136 = select i1 %128, <8 x float> %122, <8 x float> %135
  store <8 x float> %136, <8 x float>* %62, align 32
  %137 = getelementptr inbounds float, float* %0, i64 %93
  %138 = bitcast float* %137 to <8 x float>*
  %139 = load <8 x float>, <8 x float>* %138, align 4
  %140 = select i1 %128, <8 x float> %122, <8 x float> %139
  store <8 x float> %140, <8 x float>* %61, align 32
  %141 = getelementptr inbounds float, float* %0, i64 %95
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = select i1 %128, <8 x float> %122, <8 x float> %143
  store <8 x float> %144, <8 x float>* %60, align 32
  %145 = getelementptr inbounds float, float* %0, i64 %97
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = select i1 %128, <8 x float> %122, <8 x float> %147
  store <8 x float> %148, <8 x float>* %59, align 32
  %149 = getelementptr inbounds float, float* %0, i64 %99
  %150 = bitcast float* %149 to <8 x float>*
  %151 = load <8 x float>, <8 x float>* %150, align 4
  %152 = select i1 %128, <8 x float> %122, <8 x float> %151
  store <8 x float> %152, <8 x float>* %58, align 32
  %153 = getelementptr inbounds float, float* %0, i64 %107
  %154 = bitcast float* %153 to <8 x float>*
  %155 = load <8 x float>, <8 x float>* %154, align 4
  %156 = select i1 %128, <8 x float> %127, <8 x float> %155
  store <8 x float> %156, <8 x float>* %57, align 32
  %157 = getelementptr inbounds float, float* %0, i64 %109
  %158 = bitcast float* %157 to <8 x float>*
  %159 = load <8 x float>, <8 x float>* %158, align 4
  %160 = select i1 %128, <8 x float> %127, <8 x float> %159
  store <8 x float> %160, <8 x float>* %56, align 32
  %161 = getelementptr inbounds float, float* %0, i64 %111
  %162 = bitcast float* %161 to <8 x float>*
  %163 = load <8 x float>, <8 x float>* %162, align 4
  %164 = select i1 %128, <8 x float> %127, <8 x float> %163
  store <8 x float> %164, <8 x float>* %55, align 32
  %165 = getelementptr inbounds float, float* %0, i64 %113
  %166 = bitcast float* %165 to <8 x float>*
  %167 = load <8 x float>, <8 x float>* %166, align 4
  %168 = select i1 %128, <8 x float> %127, <8 x float> %167
  store <8 x float> %168, <8 x float>* %54, align 32
  %169 = getelementptr inbounds float, float* %0, i64 %115
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  %172 = select i1 %128, <8 x float> %127, <8 x float> %171
  store <8 x float> %172, <8 x float>* %53, align 32
  %173 = getelementptr inbounds float, float* %0, i64 %117
  %174 = bitcast float* %173 to <8 x float>*
  %175 = load <8 x float>, <8 x float>* %174, align 4
  %176 = select i1 %128, <8 x float> %127, <8 x float> %175
  store <8 x float> %176, <8 x float>* %52, align 32
  %177 = add i64 %80, 0
  %178 = add i64 %78, %177
  %179 = mul i64 %chunk, 2
  br label %u.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

u.header:                                         ; preds = %kh.exit, %chunk.body
  %u = phi i64 [ 0, %chunk.body ], [ %u.next, %kh.exit ]
  %180 = icmp slt i64 %u, 2
  br i1 %180, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %181 = add i64 %179, %u
  %182 = mul i64 %181, 2048
  %183 = add i64 %178, %182
  %184 = mul i64 %181, 576
  %185 = add i64 %79, %184
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %186 = icmp eq i64 %chunk, 31
  %187 = load <8 x float>, <8 x float>* %63, align 32
  %188 = fcmp olt <8 x float> %187, zeroinitializer
  %189 = select <8 x i1> %188, <8 x float> zeroinitializer, <8 x float> %187
  %190 = select i1 %186, <8 x float> %189, <8 x float> %187
  %191 = getelementptr inbounds float, float* %0, i64 %89
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %190, <8 x float>* %192, align 4
  %193 = load <8 x float>, <8 x float>* %62, align 32
  %194 = fcmp olt <8 x float> %193, zeroinitializer
  %195 = select <8 x i1> %194, <8 x float> zeroinitializer, <8 x float> %193
  %196 = select i1 %186, <8 x float> %195, <8 x float> %193
  %197 = getelementptr inbounds float, float* %0, i64 %91
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %61, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = select i1 %186, <8 x float> %201, <8 x float> %199
  %203 = getelementptr inbounds float, float* %0, i64 %93
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %202, <8 x float>* %204, align 4
  %205 = load <8 x float>, <8 x float>* %60, align 32
  %206 = fcmp olt <8 x float> %205, zeroinitializer
  %207 = select <8 x i1> %206, <8 x float> zeroinitializer, <8 x float> %205
  %208 = select i1 %186, <8 x float> %207, <8 x float> %205
  %209 = getelementptr inbounds float, float* %0, i64 %95
  %210 = bitcast float* %209 to <8 x float>*
  store <8 x float> %208, <8 x float>* %210, align 4
  %211 = load <8 x float>, <8 x float>* %59, align 32
  %212 = fcmp olt <8 x float> %211, zeroinitializer
  %213 = select <8 x i1> %212, <8 x float> zeroinitializer, <8 x float> %211
  %214 = select i1 %186, <8 x float> %213, <8 x float> %211
  %215 = getelementptr inbounds float, float* %0, i64 %97
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %214, <8 x float>* %216, align 4
  %217 = load <8 x float>, <8 x float>* %58, align 32
  %218 = fcmp olt <8 x float> %217, zeroinitializer
  %219 = select <8 x i1> %218, <8 x float> zeroinitializer, <8 x float> %217
  %220 = select i1 %186, <8 x float> %219, <8 x float> %217
  %221 = getelementptr inbounds float, float* %0, i64 %99
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %57, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = select i1 %186, <8 x float> %225, <8 x float> %223
  %227 = getelementptr inbounds float, float* %0, i64 %107
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %229 = load <8 x float>, <8 x float>* %56, align 32
  %230 = fcmp olt <8 x float> %229, zeroinitializer
  %231 = select <8 x i1> %230, <8 x float> zeroinitializer, <8 x float> %229
  %232 = select i1 %186, <8 x float> %231, <8 x float> %229
  %233 = getelementptr inbounds float, float* %0, i64 %109
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %232, <8 x float>* %234, align 4
  %235 = load <8 x float>, <8 x float>* %55, align 32
  %236 = fcmp olt <8 x float> %235, zeroinitializer
  %237 = select <8 x i1> %236, <8 x float> zeroinitializer, <8 x float> %235
  %238 = select i1 %186, <8 x float> %237, <8 x float> %235
  %239 = getelementptr inbounds float, float* %0, i64 %111
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %238, <8 x float>* %240, align 4
  %241 = load <8 x float>, <8 x float>* %54, align 32
  %242 = fcmp olt <8 x float> %241, zeroinitializer
  %243 = select <8 x i1> %242, <8 x float> zeroinitializer, <8 x float> %241
  %244 = select i1 %186, <8 x float> %243, <8 x float> %241
  %245 = getelementptr inbounds float, float* %0, i64 %113
  %246 = bitcast float* %245 to <8 x float>*
  store <8 x float> %244, <8 x float>* %246, align 4
  %247 = load <8 x float>, <8 x float>* %53, align 32
  %248 = fcmp olt <8 x float> %247, zeroinitializer
  %249 = select <8 x i1> %248, <8 x float> zeroinitializer, <8 x float> %247
  %250 = select i1 %186, <8 x float> %249, <8 x float> %247
  %251 = getelementptr inbounds float, float* %0, i64 %115
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %253 = load <8 x float>, <8 x float>* %52, align 32
  %254 = fcmp olt <8 x float> %253, zeroinitializer
  %255 = select <8 x i1> %254, <8 x float> zeroinitializer, <8 x float> %253
  %256 = select i1 %186, <8 x float> %255, <8 x float> %253
  %257 = getelementptr inbounds float, float* %0, i64 %117
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %256, <8 x float>* %258, align 4
  %259 = mul i64 %71, 64
  %260 = add i64 %259, %74
  %261 = add i64 %260, 0
  %262 = mul i64 %261, 14
  %263 = add i64 %262, %68
  %264 = mul i64 %263, 14
  %265 = add i64 %264, 6
  %266 = mul i64 %265, 8
  %267 = add i64 %264, 7
  %268 = mul i64 %267, 8
  %269 = add i64 %264, 8
  %270 = mul i64 %269, 8
  %271 = add i64 %264, 9
  %272 = mul i64 %271, 8
  %273 = add i64 %264, 10
  %274 = mul i64 %273, 8
  %275 = add i64 %264, 11
  %276 = mul i64 %275, 8
  %277 = mul i64 %71, 64
  %278 = add i64 %277, %74
  %279 = add i64 %278, 1
  %280 = mul i64 %279, 14
  %281 = add i64 %280, %68
  %282 = mul i64 %281, 14
  %283 = add i64 %282, 6
  %284 = mul i64 %283, 8
  %285 = add i64 %282, 7
  %286 = mul i64 %285, 8
  %287 = add i64 %282, 8
  %288 = mul i64 %287, 8
  %289 = add i64 %282, 9
  %290 = mul i64 %289, 8
  %291 = add i64 %282, 10
  %292 = mul i64 %291, 8
  %293 = add i64 %282, 11
  %294 = mul i64 %293, 8
  %295 = add i64 %74, 0
  %296 = mul i64 %295, 8
  %297 = getelementptr inbounds float, float* %5, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = add i64 %74, 1
  %301 = mul i64 %300, 8
  %302 = getelementptr inbounds float, float* %5, i64 %301
  %303 = bitcast float* %302 to <8 x float>*
  %304 = load <8 x float>, <8 x float>* %303, align 4
  %305 = icmp eq i64 %chunk, 0
  %306 = getelementptr inbounds float, float* %0, i64 %266
  %307 = bitcast float* %306 to <8 x float>*
  %308 = load <8 x float>, <8 x float>* %307, align 4
  %309 = select i1 %305, <8 x float> %299, <8 x float> %308
  store <8 x float> %309, <8 x float>* %51, align 32
  %310 = getelementptr inbounds float, float* %0, i64 %268
  %311 = bitcast float* %310 to <8 x float>*
  %312 = load <8 x float>, <8 x float>* %311, align 4
  %313 = select i1 %305, <8 x float> %299, <8 x float> %312
  store <8 x float> %313, <8 x float>* %50, align 32
  %314 = getelementptr inbounds float, float* %0, i64 %270
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = select i1 %305, <8 x float> %299, <8 x float> %316
  store <8 x float> %317, <8 x float>* %49, align 32
  %318 = getelementptr inbounds float, float* %0, i64 %272
  %319 = bitcast float* %318 to <8 x float>*
  %320 = load <8 x float>, <8 x float>* %319, align 4
  %321 = select i1 %305, <8 x float> %299, <8 x float> %320
  store <8 x float> %321, <8 x float>* %48, align 32
  %322 = getelementptr inbounds float, float* %0, i64 %274
  %323 = bitcast float* %322 to <8 x float>*
  %324 = load <8 x float>, <8 x float>* %323, align 4
  %325 = select i1 %305, <8 x float> %299, <8 x float> %324
  store <8 x float> %325, <8 x float>* %47, align 32
  %326 = getelementptr inbounds float, float* %0, i64 %276
  %327 = bitcast float* %326 to <8 x float>*
  %328 = load <8 x float>, <8 x float>* %327, align 4
  %329 = select i1 %305, <8 x float> %299, <8 x float> %328
  store <8 x float> %329, <8 x float>* %46, align 32
  %330 = getelementptr inbounds float, float* %0, i64 %284
  %331 = bitcast float* %330 to <8 x float>*
  %332 = load <8 x float>, <8 x float>* %331, align 4
  %333 = select i1 %305, <8 x float> %304, <8 x float> %332
  store <8 x float> %333, <8 x float>* %45, align 32
  %334 = getelementptr inbounds float, float* %0, i64 %286
  %335 = bitcast float* %334 to <8 x float>*
  %336 = load <8 x float>, <8 x float>* %335, align 4
  %337 = select i1 %305, <8 x float> %304, <8 x float> %336
  store <8 x float> %337, <8 x float>* %44, align 32
  %338 = getelementptr inbounds float, float* %0, i64 %288
  %339 = bitcast float* %338 to <8 x float>*
  %340 = load <8 x float>, <8 x float>* %339, align 4
  %341 = select i1 %305, <8 x float> %304, <8 x float> %340
  store <8 x float> %341, <8 x float>* %43, align 32
  %342 = getelementptr inbounds float, float* %0, i64 %290
  %343 = bitcast float* %342 to <8 x float>*
  %344 = load <8 x float>, <8 x float>* %343, align 4
  %345 = select i1 %305, <8 x float> %304, <8 x float> %344
  store <8 x float> %345, <8 x float>* %42, align 32
  %346 = getelementptr inbounds float, float* %0, i64 %292
  %347 = bitcast float* %346 to <8 x float>*
  %348 = load <8 x float>, <8 x float>* %347, align 4
  %349 = select i1 %305, <8 x float> %304, <8 x float> %348
  store <8 x float> %349, <8 x float>* %41, align 32
  %350 = getelementptr inbounds float, float* %0, i64 %294
  %351 = bitcast float* %350 to <8 x float>*
  %352 = load <8 x float>, <8 x float>* %351, align 4
  %353 = select i1 %305, <8 x float> %304, <8 x float> %352
  store <8 x float> %353, <8 x float>* %40, align 32
  %354 = add i64 %80, 0
  %355 = add i64 %78, %354
  %356 = mul i64 %chunk, 2
  br label %u.header48

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %357 = icmp slt i64 %kh, 3
  br i1 %357, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %358 = mul i64 %kh, 128
  %359 = add i64 %183, %358
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %360 = icmp slt i64 %kw, 3
  br i1 %360, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %361 = mul i64 %kw, 8
  %362 = add i64 %359, %361
  %363 = mul i64 %kh, 3
  %364 = add i64 %363, %kw
  %365 = mul i64 %364, 64
  %366 = add i64 %185, %365
  %367 = add i64 %366, 0
  %368 = getelementptr inbounds float, float* %4, i64 %367
  %369 = bitcast float* %368 to <8 x float>*
  %370 = load <8 x float>, <8 x float>* %369, align 4
  %371 = add i64 %366, 36864
  %372 = getelementptr inbounds float, float* %4, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  %374 = load <8 x float>, <8 x float>* %373, align 4
  %375 = add i64 %362, 0
  %376 = getelementptr inbounds float, float* %2, i64 %375
  %377 = load float, float* %376, align 4
  %378 = insertelement <8 x float> undef, float %377, i32 0
  %splat = shufflevector <8 x float> %378, <8 x float> undef, <8 x i32> zeroinitializer
  %379 = load <8 x float>, <8 x float>* %63, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %370, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %63, align 32
  %381 = load <8 x float>, <8 x float>* %57, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %374, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %57, align 32
  %383 = add i64 %362, 8
  %384 = getelementptr inbounds float, float* %2, i64 %383
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i32 0
  %splat1 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %387 = load <8 x float>, <8 x float>* %62, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %370, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %62, align 32
  %389 = load <8 x float>, <8 x float>* %56, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %374, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %56, align 32
  %391 = add i64 %362, 16
  %392 = getelementptr inbounds float, float* %2, i64 %391
  %393 = load float, float* %392, align 4
  %394 = insertelement <8 x float> undef, float %393, i32 0
  %splat2 = shufflevector <8 x float> %394, <8 x float> undef, <8 x i32> zeroinitializer
  %395 = load <8 x float>, <8 x float>* %61, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %370, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %61, align 32
  %397 = load <8 x float>, <8 x float>* %55, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %374, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %55, align 32
  %399 = add i64 %362, 24
  %400 = getelementptr inbounds float, float* %2, i64 %399
  %401 = load float, float* %400, align 4
  %402 = insertelement <8 x float> undef, float %401, i32 0
  %splat3 = shufflevector <8 x float> %402, <8 x float> undef, <8 x i32> zeroinitializer
  %403 = load <8 x float>, <8 x float>* %60, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %370, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %60, align 32
  %405 = load <8 x float>, <8 x float>* %54, align 32
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %374, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %54, align 32
  %407 = add i64 %362, 32
  %408 = getelementptr inbounds float, float* %2, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat4 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %59, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %370, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %59, align 32
  %413 = load <8 x float>, <8 x float>* %53, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %374, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %53, align 32
  %415 = add i64 %362, 40
  %416 = getelementptr inbounds float, float* %2, i64 %415
  %417 = load float, float* %416, align 4
  %418 = insertelement <8 x float> undef, float %417, i32 0
  %splat5 = shufflevector <8 x float> %418, <8 x float> undef, <8 x i32> zeroinitializer
  %419 = load <8 x float>, <8 x float>* %58, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %370, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %58, align 32
  %421 = load <8 x float>, <8 x float>* %52, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %374, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %52, align 32
  %423 = add i64 %366, 8
  %424 = getelementptr inbounds float, float* %4, i64 %423
  %425 = bitcast float* %424 to <8 x float>*
  %426 = load <8 x float>, <8 x float>* %425, align 4
  %427 = add i64 %366, 36872
  %428 = getelementptr inbounds float, float* %4, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = add i64 %362, 1
  %432 = getelementptr inbounds float, float* %2, i64 %431
  %433 = load float, float* %432, align 4
  %434 = insertelement <8 x float> undef, float %433, i32 0
  %splat6 = shufflevector <8 x float> %434, <8 x float> undef, <8 x i32> zeroinitializer
  %435 = load <8 x float>, <8 x float>* %63, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %426, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %63, align 32
  %437 = load <8 x float>, <8 x float>* %57, align 32
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %430, <8 x float> %437)
  store <8 x float> %438, <8 x float>* %57, align 32
  %439 = add i64 %362, 9
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = load float, float* %440, align 4
  %442 = insertelement <8 x float> undef, float %441, i32 0
  %splat7 = shufflevector <8 x float> %442, <8 x float> undef, <8 x i32> zeroinitializer
  %443 = load <8 x float>, <8 x float>* %62, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %426, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %62, align 32
  %445 = load <8 x float>, <8 x float>* %56, align 32
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %430, <8 x float> %445)
  store <8 x float> %446, <8 x float>* %56, align 32
  %447 = add i64 %362, 17
  %448 = getelementptr inbounds float, float* %2, i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat8 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %61, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %426, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %61, align 32
  %453 = load <8 x float>, <8 x float>* %55, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %430, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %55, align 32
  %455 = add i64 %362, 25
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = load float, float* %456, align 4
  %458 = insertelement <8 x float> undef, float %457, i32 0
  %splat9 = shufflevector <8 x float> %458, <8 x float> undef, <8 x i32> zeroinitializer
  %459 = load <8 x float>, <8 x float>* %60, align 32
  %460 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %426, <8 x float> %459)
  store <8 x float> %460, <8 x float>* %60, align 32
  %461 = load <8 x float>, <8 x float>* %54, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %430, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %54, align 32
  %463 = add i64 %362, 33
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = load float, float* %464, align 4
  %466 = insertelement <8 x float> undef, float %465, i32 0
  %splat10 = shufflevector <8 x float> %466, <8 x float> undef, <8 x i32> zeroinitializer
  %467 = load <8 x float>, <8 x float>* %59, align 32
  %468 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %426, <8 x float> %467)
  store <8 x float> %468, <8 x float>* %59, align 32
  %469 = load <8 x float>, <8 x float>* %53, align 32
  %470 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %430, <8 x float> %469)
  store <8 x float> %470, <8 x float>* %53, align 32
  %471 = add i64 %362, 41
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = load float, float* %472, align 4
  %474 = insertelement <8 x float> undef, float %473, i32 0
  %splat11 = shufflevector <8 x float> %474, <8 x float> undef, <8 x i32> zeroinitializer
  %475 = load <8 x float>, <8 x float>* %58, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %426, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %58, align 32
  %477 = load <8 x float>, <8 x float>* %52, align 32
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %430, <8 x float> %477)
  store <8 x float> %478, <8 x float>* %52, align 32
  %479 = add i64 %366, 16
  %480 = getelementptr inbounds float, float* %4, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  %482 = load <8 x float>, <8 x float>* %481, align 4
  %483 = add i64 %366, 36880
  %484 = getelementptr inbounds float, float* %4, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  %486 = load <8 x float>, <8 x float>* %485, align 4
  %487 = add i64 %362, 2
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = load float, float* %488, align 4
  %490 = insertelement <8 x float> undef, float %489, i32 0
  %splat12 = shufflevector <8 x float> %490, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, <8 x float>* %63, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %482, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %63, align 32
  %493 = load <8 x float>, <8 x float>* %57, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %486, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %57, align 32
  %495 = add i64 %362, 10
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = load float, float* %496, align 4
  %498 = insertelement <8 x float> undef, float %497, i32 0
  %splat13 = shufflevector <8 x float> %498, <8 x float> undef, <8 x i32> zeroinitializer
  %499 = load <8 x float>, <8 x float>* %62, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %482, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %62, align 32
  %501 = load <8 x float>, <8 x float>* %56, align 32
  %502 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %486, <8 x float> %501)
  store <8 x float> %502, <8 x float>* %56, align 32
  %503 = add i64 %362, 18
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = load float, float* %504, align 4
  %506 = insertelement <8 x float> undef, float %505, i32 0
  %splat14 = shufflevector <8 x float> %506, <8 x float> undef, <8 x i32> zeroinitializer
  %507 = load <8 x float>, <8 x float>* %61, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %482, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %61, align 32
  %509 = load <8 x float>, <8 x float>* %55, align 32
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %486, <8 x float> %509)
  store <8 x float> %510, <8 x float>* %55, align 32
  %511 = add i64 %362, 26
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = load float, float* %512, align 4
  %514 = insertelement <8 x float> undef, float %513, i32 0
  %splat15 = shufflevector <8 x float> %514, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, <8 x float>* %60, align 32
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %482, <8 x float> %515)
  store <8 x float> %516, <8 x float>* %60, align 32
  %517 = load <8 x float>, <8 x float>* %54, align 32
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %486, <8 x float> %517)
  store <8 x float> %518, <8 x float>* %54, align 32
  %519 = add i64 %362, 34
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = load float, float* %520, align 4
  %522 = insertelement <8 x float> undef, float %521, i32 0
  %splat16 = shufflevector <8 x float> %522, <8 x float> undef, <8 x i32> zeroinitializer
  %523 = load <8 x float>, <8 x float>* %59, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %482, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %59, align 32
  %525 = load <8 x float>, <8 x float>* %53, align 32
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %486, <8 x float> %525)
  store <8 x float> %526, <8 x float>* %53, align 32
  %527 = add i64 %362, 42
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = load float, float* %528, align 4
  %530 = insertelement <8 x float> undef, float %529, i32 0
  %splat17 = shufflevector <8 x float> %530, <8 x float> undef, <8 x i32> zeroinitializer
  %531 = load <8 x float>, <8 x float>* %58, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %482, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %58, align 32
  %533 = load <8 x float>, <8 x float>* %52, align 32
  %534 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat17, <8 x float> %486, <8 x float> %533)
  store <8 x float> %534, <8 x float>* %52, align 32
  %535 = add i64 %366, 24
  %536 = getelementptr inbounds float, float* %4, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  %538 = load <8 x float>, <8 x float>* %537, align 4
  %539 = add i64 %366, 36888
  %540 = getelementptr inbounds float, float* %4, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  %542 = load <8 x float>, <8 x float>* %541, align 4
  %543 = add i64 %362, 3
  %544 = getelementptr inbounds float, float* %2, i64 %543
  %545 = load float, float* %544, align 4
  %546 = insertelement <8 x float> undef, float %545, i32 0
  %splat18 = shufflevector <8 x float> %546, <8 x float> undef, <8 x i32> zeroinitializer
  %547 = load <8 x float>, <8 x float>* %63, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %538, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %63, align 32
  %549 = load <8 x float>, <8 x float>* %57, align 32
  %550 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %542, <8 x float> %549)
  store <8 x float> %550, <8 x float>* %57, align 32
  %551 = add i64 %362, 11
  %552 = getelementptr inbounds float, float* %2, i64 %551
  %553 = load float, float* %552, align 4
  %554 = insertelement <8 x float> undef, float %553, i32 0
  %splat19 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %555 = load <8 x float>, <8 x float>* %62, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %538, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %62, align 32
  %557 = load <8 x float>, <8 x float>* %56, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %542, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %56, align 32
  %559 = add i64 %362, 19
  %560 = getelementptr inbounds float, float* %2, i64 %559
  %561 = load float, float* %560, align 4
  %562 = insertelement <8 x float> undef, float %561, i32 0
  %splat20 = shufflevector <8 x float> %562, <8 x float> undef, <8 x i32> zeroinitializer
  %563 = load <8 x float>, <8 x float>* %61, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %538, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %61, align 32
  %565 = load <8 x float>, <8 x float>* %55, align 32
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %542, <8 x float> %565)
  store <8 x float> %566, <8 x float>* %55, align 32
  %567 = add i64 %362, 27
  %568 = getelementptr inbounds float, float* %2, i64 %567
  %569 = load float, float* %568, align 4
  %570 = insertelement <8 x float> undef, float %569, i32 0
  %splat21 = shufflevector <8 x float> %570, <8 x float> undef, <8 x i32> zeroinitializer
  %571 = load <8 x float>, <8 x float>* %60, align 32
  %572 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %538, <8 x float> %571)
  store <8 x float> %572, <8 x float>* %60, align 32
  %573 = load <8 x float>, <8 x float>* %54, align 32
  %574 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %542, <8 x float> %573)
  store <8 x float> %574, <8 x float>* %54, align 32
  %575 = add i64 %362, 35
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = load float, float* %576, align 4
  %578 = insertelement <8 x float> undef, float %577, i32 0
  %splat22 = shufflevector <8 x float> %578, <8 x float> undef, <8 x i32> zeroinitializer
  %579 = load <8 x float>, <8 x float>* %59, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %538, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %59, align 32
  %581 = load <8 x float>, <8 x float>* %53, align 32
  %582 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %542, <8 x float> %581)
  store <8 x float> %582, <8 x float>* %53, align 32
  %583 = add i64 %362, 43
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = load float, float* %584, align 4
  %586 = insertelement <8 x float> undef, float %585, i32 0
  %splat23 = shufflevector <8 x float> %586, <8 x float> undef, <8 x i32> zeroinitializer
  %587 = load <8 x float>, <8 x float>* %58, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %538, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %58, align 32
  %589 = load <8 x float>, <8 x float>* %52, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %542, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %52, align 32
  %591 = add i64 %366, 32
  %592 = getelementptr inbounds float, float* %4, i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = add i64 %366, 36896
  %596 = getelementptr inbounds float, float* %4, i64 %595
  %597 = bitcast float* %596 to <8 x float>*
  %598 = load <8 x float>, <8 x float>* %597, align 4
  %599 = add i64 %362, 4
  %600 = getelementptr inbounds float, float* %2, i64 %599
  %601 = load float, float* %600, align 4
  %602 = insertelement <8 x float> undef, float %601, i32 0
  %splat24 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %603 = load <8 x float>, <8 x float>* %63, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %594, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %63, align 32
  %605 = load <8 x float>, <8 x float>* %57, align 32
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %598, <8 x float> %605)
  store <8 x float> %606, <8 x float>* %57, align 32
  %607 = add i64 %362, 12
  %608 = getelementptr inbounds float, float* %2, i64 %607
  %609 = load float, float* %608, align 4
  %610 = insertelement <8 x float> undef, float %609, i32 0
  %splat25 = shufflevector <8 x float> %610, <8 x float> undef, <8 x i32> zeroinitializer
  %611 = load <8 x float>, <8 x float>* %62, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %594, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %62, align 32
  %613 = load <8 x float>, <8 x float>* %56, align 32
  %614 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %598, <8 x float> %613)
  store <8 x float> %614, <8 x float>* %56, align 32
  %615 = add i64 %362, 20
  %616 = getelementptr inbounds float, float* %2, i64 %615
  %617 = load float, float* %616, align 4
  %618 = insertelement <8 x float> undef, float %617, i32 0
  %splat26 = shufflevector <8 x float> %618, <8 x float> undef, <8 x i32> zeroinitializer
  %619 = load <8 x float>, <8 x float>* %61, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %594, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %61, align 32
  %621 = load <8 x float>, <8 x float>* %55, align 32
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %598, <8 x float> %621)
  store <8 x float> %622, <8 x float>* %55, align 32
  %623 = add i64 %362, 28
  %624 = getelementptr inbounds float, float* %2, i64 %623
  %625 = load float, float* %624, align 4
  %626 = insertelement <8 x float> undef, float %625, i32 0
  %splat27 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %627 = load <8 x float>, <8 x float>* %60, align 32
  %628 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %594, <8 x float> %627)
  store <8 x float> %628, <8 x float>* %60, align 32
  %629 = load <8 x float>, <8 x float>* %54, align 32
  %630 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %598, <8 x float> %629)
  store <8 x float> %630, <8 x float>* %54, align 32
  %631 = add i64 %362, 36
  %632 = getelementptr inbounds float, float* %2, i64 %631
  %633 = load float, float* %632, align 4
  %634 = insertelement <8 x float> undef, float %633, i32 0
  %splat28 = shufflevector <8 x float> %634, <8 x float> undef, <8 x i32> zeroinitializer
  %635 = load <8 x float>, <8 x float>* %59, align 32
  %636 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %594, <8 x float> %635)
  store <8 x float> %636, <8 x float>* %59, align 32
  %637 = load <8 x float>, <8 x float>* %53, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %598, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %53, align 32
  %639 = add i64 %362, 44
  %640 = getelementptr inbounds float, float* %2, i64 %639
  %641 = load float, float* %640, align 4
  %642 = insertelement <8 x float> undef, float %641, i32 0
  %splat29 = shufflevector <8 x float> %642, <8 x float> undef, <8 x i32> zeroinitializer
  %643 = load <8 x float>, <8 x float>* %58, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %594, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %58, align 32
  %645 = load <8 x float>, <8 x float>* %52, align 32
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %598, <8 x float> %645)
  store <8 x float> %646, <8 x float>* %52, align 32
  %647 = add i64 %366, 40
  %648 = getelementptr inbounds float, float* %4, i64 %647
  %649 = bitcast float* %648 to <8 x float>*
  %650 = load <8 x float>, <8 x float>* %649, align 4
  %651 = add i64 %366, 36904
  %652 = getelementptr inbounds float, float* %4, i64 %651
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = add i64 %362, 5
  %656 = getelementptr inbounds float, float* %2, i64 %655
  %657 = load float, float* %656, align 4
  %658 = insertelement <8 x float> undef, float %657, i32 0
  %splat30 = shufflevector <8 x float> %658, <8 x float> undef, <8 x i32> zeroinitializer
  %659 = load <8 x float>, <8 x float>* %63, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %650, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %63, align 32
  %661 = load <8 x float>, <8 x float>* %57, align 32
  %662 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %654, <8 x float> %661)
  store <8 x float> %662, <8 x float>* %57, align 32
  %663 = add i64 %362, 13
  %664 = getelementptr inbounds float, float* %2, i64 %663
  %665 = load float, float* %664, align 4
  %666 = insertelement <8 x float> undef, float %665, i32 0
  %splat31 = shufflevector <8 x float> %666, <8 x float> undef, <8 x i32> zeroinitializer
  %667 = load <8 x float>, <8 x float>* %62, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %650, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %62, align 32
  %669 = load <8 x float>, <8 x float>* %56, align 32
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %654, <8 x float> %669)
  store <8 x float> %670, <8 x float>* %56, align 32
  %671 = add i64 %362, 21
  %672 = getelementptr inbounds float, float* %2, i64 %671
  %673 = load float, float* %672, align 4
  %674 = insertelement <8 x float> undef, float %673, i32 0
  %splat32 = shufflevector <8 x float> %674, <8 x float> undef, <8 x i32> zeroinitializer
  %675 = load <8 x float>, <8 x float>* %61, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %650, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %61, align 32
  %677 = load <8 x float>, <8 x float>* %55, align 32
  %678 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %654, <8 x float> %677)
  store <8 x float> %678, <8 x float>* %55, align 32
  %679 = add i64 %362, 29
  %680 = getelementptr inbounds float, float* %2, i64 %679
  %681 = load float, float* %680, align 4
  %682 = insertelement <8 x float> undef, float %681, i32 0
  %splat33 = shufflevector <8 x float> %682, <8 x float> undef, <8 x i32> zeroinitializer
  %683 = load <8 x float>, <8 x float>* %60, align 32
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %650, <8 x float> %683)
  store <8 x float> %684, <8 x float>* %60, align 32
  %685 = load <8 x float>, <8 x float>* %54, align 32
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %654, <8 x float> %685)
  store <8 x float> %686, <8 x float>* %54, align 32
  %687 = add i64 %362, 37
  %688 = getelementptr inbounds float, float* %2, i64 %687
  %689 = load float, float* %688, align 4
  %690 = insertelement <8 x float> undef, float %689, i32 0
  %splat34 = shufflevector <8 x float> %690, <8 x float> undef, <8 x i32> zeroinitializer
  %691 = load <8 x float>, <8 x float>* %59, align 32
  %692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %650, <8 x float> %691)
  store <8 x float> %692, <8 x float>* %59, align 32
  %693 = load <8 x float>, <8 x float>* %53, align 32
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %654, <8 x float> %693)
  store <8 x float> %694, <8 x float>* %53, align 32
  %695 = add i64 %362, 45
  %696 = getelementptr inbounds float, float* %2, i64 %695
  %697 = load float, float* %696, align 4
  %698 = insertelement <8 x float> undef, float %697, i32 0
  %splat35 = shufflevector <8 x float> %698, <8 x float> undef, <8 x i32> zeroinitializer
  %699 = load <8 x float>, <8 x float>* %58, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %650, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %58, align 32
  %701 = load <8 x float>, <8 x float>* %52, align 32
  %702 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat35, <8 x float> %654, <8 x float> %701)
  store <8 x float> %702, <8 x float>* %52, align 32
  %703 = add i64 %366, 48
  %704 = getelementptr inbounds float, float* %4, i64 %703
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = add i64 %366, 36912
  %708 = getelementptr inbounds float, float* %4, i64 %707
  %709 = bitcast float* %708 to <8 x float>*
  %710 = load <8 x float>, <8 x float>* %709, align 4
  %711 = add i64 %362, 6
  %712 = getelementptr inbounds float, float* %2, i64 %711
  %713 = load float, float* %712, align 4
  %714 = insertelement <8 x float> undef, float %713, i32 0
  %splat36 = shufflevector <8 x float> %714, <8 x float> undef, <8 x i32> zeroinitializer
  %715 = load <8 x float>, <8 x float>* %63, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %706, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %63, align 32
  %717 = load <8 x float>, <8 x float>* %57, align 32
  %718 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %710, <8 x float> %717)
  store <8 x float> %718, <8 x float>* %57, align 32
  %719 = add i64 %362, 14
  %720 = getelementptr inbounds float, float* %2, i64 %719
  %721 = load float, float* %720, align 4
  %722 = insertelement <8 x float> undef, float %721, i32 0
  %splat37 = shufflevector <8 x float> %722, <8 x float> undef, <8 x i32> zeroinitializer
  %723 = load <8 x float>, <8 x float>* %62, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %706, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %62, align 32
  %725 = load <8 x float>, <8 x float>* %56, align 32
  %726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %710, <8 x float> %725)
  store <8 x float> %726, <8 x float>* %56, align 32
  %727 = add i64 %362, 22
  %728 = getelementptr inbounds float, float* %2, i64 %727
  %729 = load float, float* %728, align 4
  %730 = insertelement <8 x float> undef, float %729, i32 0
  %splat38 = shufflevector <8 x float> %730, <8 x float> undef, <8 x i32> zeroinitializer
  %731 = load <8 x float>, <8 x float>* %61, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %706, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %61, align 32
  %733 = load <8 x float>, <8 x float>* %55, align 32
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %710, <8 x float> %733)
  store <8 x float> %734, <8 x float>* %55, align 32
  %735 = add i64 %362, 30
  %736 = getelementptr inbounds float, float* %2, i64 %735
  %737 = load float, float* %736, align 4
  %738 = insertelement <8 x float> undef, float %737, i32 0
  %splat39 = shufflevector <8 x float> %738, <8 x float> undef, <8 x i32> zeroinitializer
  %739 = load <8 x float>, <8 x float>* %60, align 32
  %740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %706, <8 x float> %739)
  store <8 x float> %740, <8 x float>* %60, align 32
  %741 = load <8 x float>, <8 x float>* %54, align 32
  %742 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %710, <8 x float> %741)
  store <8 x float> %742, <8 x float>* %54, align 32
  %743 = add i64 %362, 38
  %744 = getelementptr inbounds float, float* %2, i64 %743
  %745 = load float, float* %744, align 4
  %746 = insertelement <8 x float> undef, float %745, i32 0
  %splat40 = shufflevector <8 x float> %746, <8 x float> undef, <8 x i32> zeroinitializer
  %747 = load <8 x float>, <8 x float>* %59, align 32
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %706, <8 x float> %747)
  store <8 x float> %748, <8 x float>* %59, align 32
  %749 = load <8 x float>, <8 x float>* %53, align 32
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %710, <8 x float> %749)
  store <8 x float> %750, <8 x float>* %53, align 32
  %751 = add i64 %362, 46
  %752 = getelementptr inbounds float, float* %2, i64 %751
  %753 = load float, float* %752, align 4
  %754 = insertelement <8 x float> undef, float %753, i32 0
  %splat41 = shufflevector <8 x float> %754, <8 x float> undef, <8 x i32> zeroinitializer
  %755 = load <8 x float>, <8 x float>* %58, align 32
  %756 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %706, <8 x float> %755)
  store <8 x float> %756, <8 x float>* %58, align 32
  %757 = load <8 x float>, <8 x float>* %52, align 32
  %758 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %710, <8 x float> %757)
  store <8 x float> %758, <8 x float>* %52, align 32
  %759 = add i64 %366, 56
  %760 = getelementptr inbounds float, float* %4, i64 %759
  %761 = bitcast float* %760 to <8 x float>*
  %762 = load <8 x float>, <8 x float>* %761, align 4
  %763 = add i64 %366, 36920
  %764 = getelementptr inbounds float, float* %4, i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = add i64 %362, 7
  %768 = getelementptr inbounds float, float* %2, i64 %767
  %769 = load float, float* %768, align 4
  %770 = insertelement <8 x float> undef, float %769, i32 0
  %splat42 = shufflevector <8 x float> %770, <8 x float> undef, <8 x i32> zeroinitializer
  %771 = load <8 x float>, <8 x float>* %63, align 32
  %772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %762, <8 x float> %771)
  store <8 x float> %772, <8 x float>* %63, align 32
  %773 = load <8 x float>, <8 x float>* %57, align 32
  %774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %766, <8 x float> %773)
  store <8 x float> %774, <8 x float>* %57, align 32
  %775 = add i64 %362, 15
  %776 = getelementptr inbounds float, float* %2, i64 %775
  %777 = load float, float* %776, align 4
  %778 = insertelement <8 x float> undef, float %777, i32 0
  %splat43 = shufflevector <8 x float> %778, <8 x float> undef, <8 x i32> zeroinitializer
  %779 = load <8 x float>, <8 x float>* %62, align 32
  %780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %762, <8 x float> %779)
  store <8 x float> %780, <8 x float>* %62, align 32
  %781 = load <8 x float>, <8 x float>* %56, align 32
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %766, <8 x float> %781)
  store <8 x float> %782, <8 x float>* %56, align 32
  %783 = add i64 %362, 23
  %784 = getelementptr inbounds float, float* %2, i64 %783
  %785 = load float, float* %784, align 4
  %786 = insertelement <8 x float> undef, float %785, i32 0
  %splat44 = shufflevector <8 x float> %786, <8 x float> undef, <8 x i32> zeroinitializer
  %787 = load <8 x float>, <8 x float>* %61, align 32
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %762, <8 x float> %787)
  store <8 x float> %788, <8 x float>* %61, align 32
  %789 = load <8 x float>, <8 x float>* %55, align 32
  %790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %766, <8 x float> %789)
  store <8 x float> %790, <8 x float>* %55, align 32
  %791 = add i64 %362, 31
  %792 = getelementptr inbounds float, float* %2, i64 %791
  %793 = load float, float* %792, align 4
  %794 = insertelement <8 x float> undef, float %793, i32 0
  %splat45 = shufflevector <8 x float> %794, <8 x float> undef, <8 x i32> zeroinitializer
  %795 = load <8 x float>, <8 x float>* %60, align 32
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %762, <8 x float> %795)
  store <8 x float> %796, <8 x float>* %60, align 32
  %797 = load <8 x float>, <8 x float>* %54, align 32
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %766, <8 x float> %797)
  store <8 x float> %798, <8 x float>* %54, align 32
  %799 = add i64 %362, 39
  %800 = getelementptr inbounds float, float* %2, i64 %799
  %801 = load float, float* %800, align 4
  %802 = insertelement <8 x float> undef, float %801, i32 0
  %splat46 = shufflevector <8 x float> %802, <8 x float> undef, <8 x i32> zeroinitializer
  %803 = load <8 x float>, <8 x float>* %59, align 32
  %804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %762, <8 x float> %803)
  store <8 x float> %804, <8 x float>* %59, align 32
  %805 = load <8 x float>, <8 x float>* %53, align 32
  %806 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %766, <8 x float> %805)
  store <8 x float> %806, <8 x float>* %53, align 32
  %807 = add i64 %362, 47
  %808 = getelementptr inbounds float, float* %2, i64 %807
  %809 = load float, float* %808, align 4
  %810 = insertelement <8 x float> undef, float %809, i32 0
  %splat47 = shufflevector <8 x float> %810, <8 x float> undef, <8 x i32> zeroinitializer
  %811 = load <8 x float>, <8 x float>* %58, align 32
  %812 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %762, <8 x float> %811)
  store <8 x float> %812, <8 x float>* %58, align 32
  %813 = load <8 x float>, <8 x float>* %52, align 32
  %814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat47, <8 x float> %766, <8 x float> %813)
  store <8 x float> %814, <8 x float>* %52, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header48:                                       ; preds = %kh.exit54, %u.exit
  %u51 = phi i64 [ 0, %u.exit ], [ %u.next110, %kh.exit54 ]
  %815 = icmp slt i64 %u51, 2
  br i1 %815, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %816 = add i64 %356, %u51
  %817 = mul i64 %816, 2048
  %818 = add i64 %355, %817
  %819 = mul i64 %816, 576
  %820 = add i64 %79, %819
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %821 = icmp eq i64 %chunk, 31
  %822 = load <8 x float>, <8 x float>* %51, align 32
  %823 = fcmp olt <8 x float> %822, zeroinitializer
  %824 = select <8 x i1> %823, <8 x float> zeroinitializer, <8 x float> %822
  %825 = select i1 %821, <8 x float> %824, <8 x float> %822
  %826 = getelementptr inbounds float, float* %0, i64 %266
  %827 = bitcast float* %826 to <8 x float>*
  store <8 x float> %825, <8 x float>* %827, align 4
  %828 = load <8 x float>, <8 x float>* %50, align 32
  %829 = fcmp olt <8 x float> %828, zeroinitializer
  %830 = select <8 x i1> %829, <8 x float> zeroinitializer, <8 x float> %828
  %831 = select i1 %821, <8 x float> %830, <8 x float> %828
  %832 = getelementptr inbounds float, float* %0, i64 %268
  %833 = bitcast float* %832 to <8 x float>*
  store <8 x float> %831, <8 x float>* %833, align 4
  %834 = load <8 x float>, <8 x float>* %49, align 32
  %835 = fcmp olt <8 x float> %834, zeroinitializer
  %836 = select <8 x i1> %835, <8 x float> zeroinitializer, <8 x float> %834
  %837 = select i1 %821, <8 x float> %836, <8 x float> %834
  %838 = getelementptr inbounds float, float* %0, i64 %270
  %839 = bitcast float* %838 to <8 x float>*
  store <8 x float> %837, <8 x float>* %839, align 4
  %840 = load <8 x float>, <8 x float>* %48, align 32
  %841 = fcmp olt <8 x float> %840, zeroinitializer
  %842 = select <8 x i1> %841, <8 x float> zeroinitializer, <8 x float> %840
  %843 = select i1 %821, <8 x float> %842, <8 x float> %840
  %844 = getelementptr inbounds float, float* %0, i64 %272
  %845 = bitcast float* %844 to <8 x float>*
  store <8 x float> %843, <8 x float>* %845, align 4
  %846 = load <8 x float>, <8 x float>* %47, align 32
  %847 = fcmp olt <8 x float> %846, zeroinitializer
  %848 = select <8 x i1> %847, <8 x float> zeroinitializer, <8 x float> %846
  %849 = select i1 %821, <8 x float> %848, <8 x float> %846
  %850 = getelementptr inbounds float, float* %0, i64 %274
  %851 = bitcast float* %850 to <8 x float>*
  store <8 x float> %849, <8 x float>* %851, align 4
  %852 = load <8 x float>, <8 x float>* %46, align 32
  %853 = fcmp olt <8 x float> %852, zeroinitializer
  %854 = select <8 x i1> %853, <8 x float> zeroinitializer, <8 x float> %852
  %855 = select i1 %821, <8 x float> %854, <8 x float> %852
  %856 = getelementptr inbounds float, float* %0, i64 %276
  %857 = bitcast float* %856 to <8 x float>*
  store <8 x float> %855, <8 x float>* %857, align 4
  %858 = load <8 x float>, <8 x float>* %45, align 32
  %859 = fcmp olt <8 x float> %858, zeroinitializer
  %860 = select <8 x i1> %859, <8 x float> zeroinitializer, <8 x float> %858
  %861 = select i1 %821, <8 x float> %860, <8 x float> %858
  %862 = getelementptr inbounds float, float* %0, i64 %284
  %863 = bitcast float* %862 to <8 x float>*
  store <8 x float> %861, <8 x float>* %863, align 4
  %864 = load <8 x float>, <8 x float>* %44, align 32
  %865 = fcmp olt <8 x float> %864, zeroinitializer
  %866 = select <8 x i1> %865, <8 x float> zeroinitializer, <8 x float> %864
  %867 = select i1 %821, <8 x float> %866, <8 x float> %864
  %868 = getelementptr inbounds float, float* %0, i64 %286
  %869 = bitcast float* %868 to <8 x float>*
  store <8 x float> %867, <8 x float>* %869, align 4
  %870 = load <8 x float>, <8 x float>* %43, align 32
  %871 = fcmp olt <8 x float> %870, zeroinitializer
  %872 = select <8 x i1> %871, <8 x float> zeroinitializer, <8 x float> %870
  %873 = select i1 %821, <8 x float> %872, <8 x float> %870
  %874 = getelementptr inbounds float, float* %0, i64 %288
  %875 = bitcast float* %874 to <8 x float>*
  store <8 x float> %873, <8 x float>* %875, align 4
  %876 = load <8 x float>, <8 x float>* %42, align 32
  %877 = fcmp olt <8 x float> %876, zeroinitializer
  %878 = select <8 x i1> %877, <8 x float> zeroinitializer, <8 x float> %876
  %879 = select i1 %821, <8 x float> %878, <8 x float> %876
  %880 = getelementptr inbounds float, float* %0, i64 %290
  %881 = bitcast float* %880 to <8 x float>*
  store <8 x float> %879, <8 x float>* %881, align 4
  %882 = load <8 x float>, <8 x float>* %41, align 32
  %883 = fcmp olt <8 x float> %882, zeroinitializer
  %884 = select <8 x i1> %883, <8 x float> zeroinitializer, <8 x float> %882
  %885 = select i1 %821, <8 x float> %884, <8 x float> %882
  %886 = getelementptr inbounds float, float* %0, i64 %292
  %887 = bitcast float* %886 to <8 x float>*
  store <8 x float> %885, <8 x float>* %887, align 4
  %888 = load <8 x float>, <8 x float>* %40, align 32
  %889 = fcmp olt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> zeroinitializer, <8 x float> %888
  %891 = select i1 %821, <8 x float> %890, <8 x float> %888
  %892 = getelementptr inbounds float, float* %0, i64 %294
  %893 = bitcast float* %892 to <8 x float>*
  store <8 x float> %891, <8 x float>* %893, align 4
  %894 = mul i64 %71, 64
  %895 = add i64 %894, %74
  %896 = add i64 %895, 0
  %897 = mul i64 %896, 14
  %898 = add i64 %897, %68
  %899 = mul i64 %898, 14
  %900 = add i64 %899, 12
  %901 = mul i64 %900, 8
  %902 = add i64 %899, 13
  %903 = mul i64 %902, 8
  %904 = add i64 %899, 14
  %905 = mul i64 %904, 8
  %906 = add i64 %899, 15
  %907 = mul i64 %906, 8
  %908 = add i64 %899, 16
  %909 = mul i64 %908, 8
  %910 = add i64 %899, 17
  %911 = mul i64 %910, 8
  %912 = mul i64 %71, 64
  %913 = add i64 %912, %74
  %914 = add i64 %913, 1
  %915 = mul i64 %914, 14
  %916 = add i64 %915, %68
  %917 = mul i64 %916, 14
  %918 = add i64 %917, 12
  %919 = mul i64 %918, 8
  %920 = add i64 %917, 13
  %921 = mul i64 %920, 8
  %922 = add i64 %917, 14
  %923 = mul i64 %922, 8
  %924 = add i64 %917, 15
  %925 = mul i64 %924, 8
  %926 = add i64 %917, 16
  %927 = mul i64 %926, 8
  %928 = add i64 %917, 17
  %929 = mul i64 %928, 8
  %930 = add i64 %74, 0
  %931 = mul i64 %930, 8
  %932 = getelementptr inbounds float, float* %5, i64 %931
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = add i64 %74, 1
  %936 = mul i64 %935, 8
  %937 = getelementptr inbounds float, float* %5, i64 %936
  %938 = bitcast float* %937 to <8 x float>*
  %939 = load <8 x float>, <8 x float>* %938, align 4
  %940 = icmp eq i64 %chunk, 0
  %941 = getelementptr inbounds float, float* %0, i64 %901
  %942 = bitcast float* %941 to <8 x float>*
  %943 = load <8 x float>, <8 x float>* %942, align 4
  %944 = select i1 %940, <8 x float> %934, <8 x float> %943
  store <8 x float> %944, <8 x float>* %39, align 32
  %945 = getelementptr inbounds float, float* %0, i64 %903
  %946 = bitcast float* %945 to <8 x float>*
  %947 = load <8 x float>, <8 x float>* %946, align 4
  %948 = select i1 %940, <8 x float> %934, <8 x float> %947
  store <8 x float> %948, <8 x float>* %38, align 32
  %949 = getelementptr inbounds float, float* %0, i64 %905
  %950 = bitcast float* %949 to <8 x float>*
  %951 = load <8 x float>, <8 x float>* %950, align 4
  %952 = select i1 %940, <8 x float> %934, <8 x float> %951
  store <8 x float> %952, <8 x float>* %37, align 32
  %953 = getelementptr inbounds float, float* %0, i64 %907
  %954 = bitcast float* %953 to <8 x float>*
  %955 = load <8 x float>, <8 x float>* %954, align 4
  %956 = select i1 %940, <8 x float> %934, <8 x float> %955
  store <8 x float> %956, <8 x float>* %36, align 32
  %957 = getelementptr inbounds float, float* %0, i64 %909
  %958 = bitcast float* %957 to <8 x float>*
  %959 = load <8 x float>, <8 x float>* %958, align 4
  %960 = select i1 %940, <8 x float> %934, <8 x float> %959
  store <8 x float> %960, <8 x float>* %35, align 32
  %961 = getelementptr inbounds float, float* %0, i64 %911
  %962 = bitcast float* %961 to <8 x float>*
  %963 = load <8 x float>, <8 x float>* %962, align 4
  %964 = select i1 %940, <8 x float> %934, <8 x float> %963
  store <8 x float> %964, <8 x float>* %34, align 32
  %965 = getelementptr inbounds float, float* %0, i64 %919
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = select i1 %940, <8 x float> %939, <8 x float> %967
  store <8 x float> %968, <8 x float>* %33, align 32
  %969 = getelementptr inbounds float, float* %0, i64 %921
  %970 = bitcast float* %969 to <8 x float>*
  %971 = load <8 x float>, <8 x float>* %970, align 4
  %972 = select i1 %940, <8 x float> %939, <8 x float> %971
  store <8 x float> %972, <8 x float>* %32, align 32
  %973 = getelementptr inbounds float, float* %0, i64 %923
  %974 = bitcast float* %973 to <8 x float>*
  %975 = load <8 x float>, <8 x float>* %974, align 4
  %976 = select i1 %940, <8 x float> %939, <8 x float> %975
  store <8 x float> %976, <8 x float>* %31, align 32
  %977 = getelementptr inbounds float, float* %0, i64 %925
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = select i1 %940, <8 x float> %939, <8 x float> %979
  store <8 x float> %980, <8 x float>* %30, align 32
  %981 = getelementptr inbounds float, float* %0, i64 %927
  %982 = bitcast float* %981 to <8 x float>*
  %983 = load <8 x float>, <8 x float>* %982, align 4
  %984 = select i1 %940, <8 x float> %939, <8 x float> %983
  store <8 x float> %984, <8 x float>* %29, align 32
  %985 = getelementptr inbounds float, float* %0, i64 %929
  %986 = bitcast float* %985 to <8 x float>*
  %987 = load <8 x float>, <8 x float>* %986, align 4
  %988 = select i1 %940, <8 x float> %939, <8 x float> %987
  store <8 x float> %988, <8 x float>* %28, align 32
  %989 = add i64 %80, 0
  %990 = add i64 %78, %989
  %991 = mul i64 %chunk, 2
  br label %u.header111

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next109, %kw.exit58 ]
  %992 = icmp slt i64 %kh55, 3
  br i1 %992, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %993 = mul i64 %kh55, 128
  %994 = add i64 %818, %993
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next110 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next108, %kw.body57 ]
  %995 = icmp slt i64 %kw59, 3
  br i1 %995, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %996 = mul i64 %kw59, 8
  %997 = add i64 %994, %996
  %998 = mul i64 %kh55, 3
  %999 = add i64 %998, %kw59
  %1000 = mul i64 %999, 64
  %1001 = add i64 %820, %1000
  %1002 = add i64 %1001, 0
  %1003 = getelementptr inbounds float, float* %4, i64 %1002
  %1004 = bitcast float* %1003 to <8 x float>*
  %1005 = load <8 x float>, <8 x float>* %1004, align 4
  %1006 = add i64 %1001, 36864
  %1007 = getelementptr inbounds float, float* %4, i64 %1006
  %1008 = bitcast float* %1007 to <8 x float>*
  %1009 = load <8 x float>, <8 x float>* %1008, align 4
  %1010 = add i64 %997, 48
  %1011 = getelementptr inbounds float, float* %2, i64 %1010
  %1012 = load float, float* %1011, align 4
  %1013 = insertelement <8 x float> undef, float %1012, i32 0
  %splat60 = shufflevector <8 x float> %1013, <8 x float> undef, <8 x i32> zeroinitializer
  %1014 = load <8 x float>, <8 x float>* %51, align 32
  %1015 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1005, <8 x float> %1014)
  store <8 x float> %1015, <8 x float>* %51, align 32
  %1016 = load <8 x float>, <8 x float>* %45, align 32
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %1009, <8 x float> %1016)
  store <8 x float> %1017, <8 x float>* %45, align 32
  %1018 = add i64 %997, 56
  %1019 = getelementptr inbounds float, float* %2, i64 %1018
  %1020 = load float, float* %1019, align 4
  %1021 = insertelement <8 x float> undef, float %1020, i32 0
  %splat61 = shufflevector <8 x float> %1021, <8 x float> undef, <8 x i32> zeroinitializer
  %1022 = load <8 x float>, <8 x float>* %50, align 32
  %1023 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1005, <8 x float> %1022)
  store <8 x float> %1023, <8 x float>* %50, align 32
  %1024 = load <8 x float>, <8 x float>* %44, align 32
  %1025 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %1009, <8 x float> %1024)
  store <8 x float> %1025, <8 x float>* %44, align 32
  %1026 = add i64 %997, 64
  %1027 = getelementptr inbounds float, float* %2, i64 %1026
  %1028 = load float, float* %1027, align 4
  %1029 = insertelement <8 x float> undef, float %1028, i32 0
  %splat62 = shufflevector <8 x float> %1029, <8 x float> undef, <8 x i32> zeroinitializer
  %1030 = load <8 x float>, <8 x float>* %49, align 32
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1005, <8 x float> %1030)
  store <8 x float> %1031, <8 x float>* %49, align 32
  %1032 = load <8 x float>, <8 x float>* %43, align 32
  %1033 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %1009, <8 x float> %1032)
  store <8 x float> %1033, <8 x float>* %43, align 32
  %1034 = add i64 %997, 72
  %1035 = getelementptr inbounds float, float* %2, i64 %1034
  %1036 = load float, float* %1035, align 4
  %1037 = insertelement <8 x float> undef, float %1036, i32 0
  %splat63 = shufflevector <8 x float> %1037, <8 x float> undef, <8 x i32> zeroinitializer
  %1038 = load <8 x float>, <8 x float>* %48, align 32
  %1039 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1005, <8 x float> %1038)
  store <8 x float> %1039, <8 x float>* %48, align 32
  %1040 = load <8 x float>, <8 x float>* %42, align 32
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %1009, <8 x float> %1040)
  store <8 x float> %1041, <8 x float>* %42, align 32
  %1042 = add i64 %997, 80
  %1043 = getelementptr inbounds float, float* %2, i64 %1042
  %1044 = load float, float* %1043, align 4
  %1045 = insertelement <8 x float> undef, float %1044, i32 0
  %splat64 = shufflevector <8 x float> %1045, <8 x float> undef, <8 x i32> zeroinitializer
  %1046 = load <8 x float>, <8 x float>* %47, align 32
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1005, <8 x float> %1046)
  store <8 x float> %1047, <8 x float>* %47, align 32
  %1048 = load <8 x float>, <8 x float>* %41, align 32
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %1009, <8 x float> %1048)
  store <8 x float> %1049, <8 x float>* %41, align 32
  %1050 = add i64 %997, 88
  %1051 = getelementptr inbounds float, float* %2, i64 %1050
  %1052 = load float, float* %1051, align 4
  %1053 = insertelement <8 x float> undef, float %1052, i32 0
  %splat65 = shufflevector <8 x float> %1053, <8 x float> undef, <8 x i32> zeroinitializer
  %1054 = load <8 x float>, <8 x float>* %46, align 32
  %1055 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1005, <8 x float> %1054)
  store <8 x float> %1055, <8 x float>* %46, align 32
  %1056 = load <8 x float>, <8 x float>* %40, align 32
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %1009, <8 x float> %1056)
  store <8 x float> %1057, <8 x float>* %40, align 32
  %1058 = add i64 %1001, 8
  %1059 = getelementptr inbounds float, float* %4, i64 %1058
  %1060 = bitcast float* %1059 to <8 x float>*
  %1061 = load <8 x float>, <8 x float>* %1060, align 4
  %1062 = add i64 %1001, 36872
  %1063 = getelementptr inbounds float, float* %4, i64 %1062
  %1064 = bitcast float* %1063 to <8 x float>*
  %1065 = load <8 x float>, <8 x float>* %1064, align 4
  %1066 = add i64 %997, 49
  %1067 = getelementptr inbounds float, float* %2, i64 %1066
  %1068 = load float, float* %1067, align 4
  %1069 = insertelement <8 x float> undef, float %1068, i32 0
  %splat66 = shufflevector <8 x float> %1069, <8 x float> undef, <8 x i32> zeroinitializer
  %1070 = load <8 x float>, <8 x float>* %51, align 32
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1061, <8 x float> %1070)
  store <8 x float> %1071, <8 x float>* %51, align 32
  %1072 = load <8 x float>, <8 x float>* %45, align 32
  %1073 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %1065, <8 x float> %1072)
  store <8 x float> %1073, <8 x float>* %45, align 32
  %1074 = add i64 %997, 57
  %1075 = getelementptr inbounds float, float* %2, i64 %1074
  %1076 = load float, float* %1075, align 4
  %1077 = insertelement <8 x float> undef, float %1076, i32 0
  %splat67 = shufflevector <8 x float> %1077, <8 x float> undef, <8 x i32> zeroinitializer
  %1078 = load <8 x float>, <8 x float>* %50, align 32
  %1079 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1061, <8 x float> %1078)
  store <8 x float> %1079, <8 x float>* %50, align 32
  %1080 = load <8 x float>, <8 x float>* %44, align 32
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat67, <8 x float> %1065, <8 x float> %1080)
  store <8 x float> %1081, <8 x float>* %44, align 32
  %1082 = add i64 %997, 65
  %1083 = getelementptr inbounds float, float* %2, i64 %1082
  %1084 = load float, float* %1083, align 4
  %1085 = insertelement <8 x float> undef, float %1084, i32 0
  %splat68 = shufflevector <8 x float> %1085, <8 x float> undef, <8 x i32> zeroinitializer
  %1086 = load <8 x float>, <8 x float>* %49, align 32
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1061, <8 x float> %1086)
  store <8 x float> %1087, <8 x float>* %49, align 32
  %1088 = load <8 x float>, <8 x float>* %43, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %1065, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %43, align 32
  %1090 = add i64 %997, 73
  %1091 = getelementptr inbounds float, float* %2, i64 %1090
  %1092 = load float, float* %1091, align 4
  %1093 = insertelement <8 x float> undef, float %1092, i32 0
  %splat69 = shufflevector <8 x float> %1093, <8 x float> undef, <8 x i32> zeroinitializer
  %1094 = load <8 x float>, <8 x float>* %48, align 32
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1061, <8 x float> %1094)
  store <8 x float> %1095, <8 x float>* %48, align 32
  %1096 = load <8 x float>, <8 x float>* %42, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat69, <8 x float> %1065, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %42, align 32
  %1098 = add i64 %997, 81
  %1099 = getelementptr inbounds float, float* %2, i64 %1098
  %1100 = load float, float* %1099, align 4
  %1101 = insertelement <8 x float> undef, float %1100, i32 0
  %splat70 = shufflevector <8 x float> %1101, <8 x float> undef, <8 x i32> zeroinitializer
  %1102 = load <8 x float>, <8 x float>* %47, align 32
  %1103 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1061, <8 x float> %1102)
  store <8 x float> %1103, <8 x float>* %47, align 32
  %1104 = load <8 x float>, <8 x float>* %41, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %1065, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %41, align 32
  %1106 = add i64 %997, 89
  %1107 = getelementptr inbounds float, float* %2, i64 %1106
  %1108 = load float, float* %1107, align 4
  %1109 = insertelement <8 x float> undef, float %1108, i32 0
  %splat71 = shufflevector <8 x float> %1109, <8 x float> undef, <8 x i32> zeroinitializer
  %1110 = load <8 x float>, <8 x float>* %46, align 32
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1061, <8 x float> %1110)
  store <8 x float> %1111, <8 x float>* %46, align 32
  %1112 = load <8 x float>, <8 x float>* %40, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat71, <8 x float> %1065, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %40, align 32
  %1114 = add i64 %1001, 16
  %1115 = getelementptr inbounds float, float* %4, i64 %1114
  %1116 = bitcast float* %1115 to <8 x float>*
  %1117 = load <8 x float>, <8 x float>* %1116, align 4
  %1118 = add i64 %1001, 36880
  %1119 = getelementptr inbounds float, float* %4, i64 %1118
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = add i64 %997, 50
  %1123 = getelementptr inbounds float, float* %2, i64 %1122
  %1124 = load float, float* %1123, align 4
  %1125 = insertelement <8 x float> undef, float %1124, i32 0
  %splat72 = shufflevector <8 x float> %1125, <8 x float> undef, <8 x i32> zeroinitializer
  %1126 = load <8 x float>, <8 x float>* %51, align 32
  %1127 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1117, <8 x float> %1126)
  store <8 x float> %1127, <8 x float>* %51, align 32
  %1128 = load <8 x float>, <8 x float>* %45, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %1121, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %45, align 32
  %1130 = add i64 %997, 58
  %1131 = getelementptr inbounds float, float* %2, i64 %1130
  %1132 = load float, float* %1131, align 4
  %1133 = insertelement <8 x float> undef, float %1132, i32 0
  %splat73 = shufflevector <8 x float> %1133, <8 x float> undef, <8 x i32> zeroinitializer
  %1134 = load <8 x float>, <8 x float>* %50, align 32
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1117, <8 x float> %1134)
  store <8 x float> %1135, <8 x float>* %50, align 32
  %1136 = load <8 x float>, <8 x float>* %44, align 32
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat73, <8 x float> %1121, <8 x float> %1136)
  store <8 x float> %1137, <8 x float>* %44, align 32
  %1138 = add i64 %997, 66
  %1139 = getelementptr inbounds float, float* %2, i64 %1138
  %1140 = load float, float* %1139, align 4
  %1141 = insertelement <8 x float> undef, float %1140, i32 0
  %splat74 = shufflevector <8 x float> %1141, <8 x float> undef, <8 x i32> zeroinitializer
  %1142 = load <8 x float>, <8 x float>* %49, align 32
  %1143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1117, <8 x float> %1142)
  store <8 x float> %1143, <8 x float>* %49, align 32
  %1144 = load <8 x float>, <8 x float>* %43, align 32
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %1121, <8 x float> %1144)
  store <8 x float> %1145, <8 x float>* %43, align 32
  %1146 = add i64 %997, 74
  %1147 = getelementptr inbounds float, float* %2, i64 %1146
  %1148 = load float, float* %1147, align 4
  %1149 = insertelement <8 x float> undef, float %1148, i32 0
  %splat75 = shufflevector <8 x float> %1149, <8 x float> undef, <8 x i32> zeroinitializer
  %1150 = load <8 x float>, <8 x float>* %48, align 32
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1117, <8 x float> %1150)
  store <8 x float> %1151, <8 x float>* %48, align 32
  %1152 = load <8 x float>, <8 x float>* %42, align 32
  %1153 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat75, <8 x float> %1121, <8 x float> %1152)
  store <8 x float> %1153, <8 x float>* %42, align 32
  %1154 = add i64 %997, 82
  %1155 = getelementptr inbounds float, float* %2, i64 %1154
  %1156 = load float, float* %1155, align 4
  %1157 = insertelement <8 x float> undef, float %1156, i32 0
  %splat76 = shufflevector <8 x float> %1157, <8 x float> undef, <8 x i32> zeroinitializer
  %1158 = load <8 x float>, <8 x float>* %47, align 32
  %1159 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1117, <8 x float> %1158)
  store <8 x float> %1159, <8 x float>* %47, align 32
  %1160 = load <8 x float>, <8 x float>* %41, align 32
  %1161 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat76, <8 x float> %1121, <8 x float> %1160)
  store <8 x float> %1161, <8 x float>* %41, align 32
  %1162 = add i64 %997, 90
  %1163 = getelementptr inbounds float, float* %2, i64 %1162
  %1164 = load float, float* %1163, align 4
  %1165 = insertelement <8 x float> undef, float %1164, i32 0
  %splat77 = shufflevector <8 x float> %1165, <8 x float> undef, <8 x i32> zeroinitializer
  %1166 = load <8 x float>, <8 x float>* %46, align 32
  %1167 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1117, <8 x float> %1166)
  store <8 x float> %1167, <8 x float>* %46, align 32
  %1168 = load <8 x float>, <8 x float>* %40, align 32
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat77, <8 x float> %1121, <8 x float> %1168)
  store <8 x float> %1169, <8 x float>* %40, align 32
  %1170 = add i64 %1001, 24
  %1171 = getelementptr inbounds float, float* %4, i64 %1170
  %1172 = bitcast float* %1171 to <8 x float>*
  %1173 = load <8 x float>, <8 x float>* %1172, align 4
  %1174 = add i64 %1001, 36888
  %1175 = getelementptr inbounds float, float* %4, i64 %1174
  %1176 = bitcast float* %1175 to <8 x float>*
  %1177 = load <8 x float>, <8 x float>* %1176, align 4
  %1178 = add i64 %997, 51
  %1179 = getelementptr inbounds float, float* %2, i64 %1178
  %1180 = load float, float* %1179, align 4
  %1181 = insertelement <8 x float> undef, float %1180, i32 0
  %splat78 = shufflevector <8 x float> %1181, <8 x float> undef, <8 x i32> zeroinitializer
  %1182 = load <8 x float>, <8 x float>* %51, align 32
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1173, <8 x float> %1182)
  store <8 x float> %1183, <8 x float>* %51, align 32
  %1184 = load <8 x float>, <8 x float>* %45, align 32
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat78, <8 x float> %1177, <8 x float> %1184)
  store <8 x float> %1185, <8 x float>* %45, align 32
  %1186 = add i64 %997, 59
  %1187 = getelementptr inbounds float, float* %2, i64 %1186
  %1188 = load float, float* %1187, align 4
  %1189 = insertelement <8 x float> undef, float %1188, i32 0
  %splat79 = shufflevector <8 x float> %1189, <8 x float> undef, <8 x i32> zeroinitializer
  %1190 = load <8 x float>, <8 x float>* %50, align 32
  %1191 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1173, <8 x float> %1190)
  store <8 x float> %1191, <8 x float>* %50, align 32
  %1192 = load <8 x float>, <8 x float>* %44, align 32
  %1193 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat79, <8 x float> %1177, <8 x float> %1192)
  store <8 x float> %1193, <8 x float>* %44, align 32
  %1194 = add i64 %997, 67
  %1195 = getelementptr inbounds float, float* %2, i64 %1194
  %1196 = load float, float* %1195, align 4
  %1197 = insertelement <8 x float> undef, float %1196, i32 0
  %splat80 = shufflevector <8 x float> %1197, <8 x float> undef, <8 x i32> zeroinitializer
  %1198 = load <8 x float>, <8 x float>* %49, align 32
  %1199 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1173, <8 x float> %1198)
  store <8 x float> %1199, <8 x float>* %49, align 32
  %1200 = load <8 x float>, <8 x float>* %43, align 32
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat80, <8 x float> %1177, <8 x float> %1200)
  store <8 x float> %1201, <8 x float>* %43, align 32
  %1202 = add i64 %997, 75
  %1203 = getelementptr inbounds float, float* %2, i64 %1202
  %1204 = load float, float* %1203, align 4
  %1205 = insertelement <8 x float> undef, float %1204, i32 0
  %splat81 = shufflevector <8 x float> %1205, <8 x float> undef, <8 x i32> zeroinitializer
  %1206 = load <8 x float>, <8 x float>* %48, align 32
  %1207 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1173, <8 x float> %1206)
  store <8 x float> %1207, <8 x float>* %48, align 32
  %1208 = load <8 x float>, <8 x float>* %42, align 32
  %1209 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1177, <8 x float> %1208)
  store <8 x float> %1209, <8 x float>* %42, align 32
  %1210 = add i64 %997, 83
  %1211 = getelementptr inbounds float, float* %2, i64 %1210
  %1212 = load float, float* %1211, align 4
  %1213 = insertelement <8 x float> undef, float %1212, i32 0
  %splat82 = shufflevector <8 x float> %1213, <8 x float> undef, <8 x i32> zeroinitializer
  %1214 = load <8 x float>, <8 x float>* %47, align 32
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1173, <8 x float> %1214)
  store <8 x float> %1215, <8 x float>* %47, align 32
  %1216 = load <8 x float>, <8 x float>* %41, align 32
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1177, <8 x float> %1216)
  store <8 x float> %1217, <8 x float>* %41, align 32
  %1218 = add i64 %997, 91
  %1219 = getelementptr inbounds float, float* %2, i64 %1218
  %1220 = load float, float* %1219, align 4
  %1221 = insertelement <8 x float> undef, float %1220, i32 0
  %splat83 = shufflevector <8 x float> %1221, <8 x float> undef, <8 x i32> zeroinitializer
  %1222 = load <8 x float>, <8 x float>* %46, align 32
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1173, <8 x float> %1222)
  store <8 x float> %1223, <8 x float>* %46, align 32
  %1224 = load <8 x float>, <8 x float>* %40, align 32
  %1225 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1177, <8 x float> %1224)
  store <8 x float> %1225, <8 x float>* %40, align 32
  %1226 = add i64 %1001, 32
  %1227 = getelementptr inbounds float, float* %4, i64 %1226
  %1228 = bitcast float* %1227 to <8 x float>*
  %1229 = load <8 x float>, <8 x float>* %1228, align 4
  %1230 = add i64 %1001, 36896
  %1231 = getelementptr inbounds float, float* %4, i64 %1230
  %1232 = bitcast float* %1231 to <8 x float>*
  %1233 = load <8 x float>, <8 x float>* %1232, align 4
  %1234 = add i64 %997, 52
  %1235 = getelementptr inbounds float, float* %2, i64 %1234
  %1236 = load float, float* %1235, align 4
  %1237 = insertelement <8 x float> undef, float %1236, i32 0
  %splat84 = shufflevector <8 x float> %1237, <8 x float> undef, <8 x i32> zeroinitializer
  %1238 = load <8 x float>, <8 x float>* %51, align 32
  %1239 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1229, <8 x float> %1238)
  store <8 x float> %1239, <8 x float>* %51, align 32
  %1240 = load <8 x float>, <8 x float>* %45, align 32
  %1241 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1233, <8 x float> %1240)
  store <8 x float> %1241, <8 x float>* %45, align 32
  %1242 = add i64 %997, 60
  %1243 = getelementptr inbounds float, float* %2, i64 %1242
  %1244 = load float, float* %1243, align 4
  %1245 = insertelement <8 x float> undef, float %1244, i32 0
  %splat85 = shufflevector <8 x float> %1245, <8 x float> undef, <8 x i32> zeroinitializer
  %1246 = load <8 x float>, <8 x float>* %50, align 32
  %1247 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1229, <8 x float> %1246)
  store <8 x float> %1247, <8 x float>* %50, align 32
  %1248 = load <8 x float>, <8 x float>* %44, align 32
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1233, <8 x float> %1248)
  store <8 x float> %1249, <8 x float>* %44, align 32
  %1250 = add i64 %997, 68
  %1251 = getelementptr inbounds float, float* %2, i64 %1250
  %1252 = load float, float* %1251, align 4
  %1253 = insertelement <8 x float> undef, float %1252, i32 0
  %splat86 = shufflevector <8 x float> %1253, <8 x float> undef, <8 x i32> zeroinitializer
  %1254 = load <8 x float>, <8 x float>* %49, align 32
  %1255 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1229, <8 x float> %1254)
  store <8 x float> %1255, <8 x float>* %49, align 32
  %1256 = load <8 x float>, <8 x float>* %43, align 32
  %1257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1233, <8 x float> %1256)
  store <8 x float> %1257, <8 x float>* %43, align 32
  %1258 = add i64 %997, 76
  %1259 = getelementptr inbounds float, float* %2, i64 %1258
  %1260 = load float, float* %1259, align 4
  %1261 = insertelement <8 x float> undef, float %1260, i32 0
  %splat87 = shufflevector <8 x float> %1261, <8 x float> undef, <8 x i32> zeroinitializer
  %1262 = load <8 x float>, <8 x float>* %48, align 32
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1229, <8 x float> %1262)
  store <8 x float> %1263, <8 x float>* %48, align 32
  %1264 = load <8 x float>, <8 x float>* %42, align 32
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat87, <8 x float> %1233, <8 x float> %1264)
  store <8 x float> %1265, <8 x float>* %42, align 32
  %1266 = add i64 %997, 84
  %1267 = getelementptr inbounds float, float* %2, i64 %1266
  %1268 = load float, float* %1267, align 4
  %1269 = insertelement <8 x float> undef, float %1268, i32 0
  %splat88 = shufflevector <8 x float> %1269, <8 x float> undef, <8 x i32> zeroinitializer
  %1270 = load <8 x float>, <8 x float>* %47, align 32
  %1271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1229, <8 x float> %1270)
  store <8 x float> %1271, <8 x float>* %47, align 32
  %1272 = load <8 x float>, <8 x float>* %41, align 32
  %1273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat88, <8 x float> %1233, <8 x float> %1272)
  store <8 x float> %1273, <8 x float>* %41, align 32
  %1274 = add i64 %997, 92
  %1275 = getelementptr inbounds float, float* %2, i64 %1274
  %1276 = load float, float* %1275, align 4
  %1277 = insertelement <8 x float> undef, float %1276, i32 0
  %splat89 = shufflevector <8 x float> %1277, <8 x float> undef, <8 x i32> zeroinitializer
  %1278 = load <8 x float>, <8 x float>* %46, align 32
  %1279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1229, <8 x float> %1278)
  store <8 x float> %1279, <8 x float>* %46, align 32
  %1280 = load <8 x float>, <8 x float>* %40, align 32
  %1281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat89, <8 x float> %1233, <8 x float> %1280)
  store <8 x float> %1281, <8 x float>* %40, align 32
  %1282 = add i64 %1001, 40
  %1283 = getelementptr inbounds float, float* %4, i64 %1282
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = add i64 %1001, 36904
  %1287 = getelementptr inbounds float, float* %4, i64 %1286
  %1288 = bitcast float* %1287 to <8 x float>*
  %1289 = load <8 x float>, <8 x float>* %1288, align 4
  %1290 = add i64 %997, 53
  %1291 = getelementptr inbounds float, float* %2, i64 %1290
  %1292 = load float, float* %1291, align 4
  %1293 = insertelement <8 x float> undef, float %1292, i32 0
  %splat90 = shufflevector <8 x float> %1293, <8 x float> undef, <8 x i32> zeroinitializer
  %1294 = load <8 x float>, <8 x float>* %51, align 32
  %1295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1285, <8 x float> %1294)
  store <8 x float> %1295, <8 x float>* %51, align 32
  %1296 = load <8 x float>, <8 x float>* %45, align 32
  %1297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat90, <8 x float> %1289, <8 x float> %1296)
  store <8 x float> %1297, <8 x float>* %45, align 32
  %1298 = add i64 %997, 61
  %1299 = getelementptr inbounds float, float* %2, i64 %1298
  %1300 = load float, float* %1299, align 4
  %1301 = insertelement <8 x float> undef, float %1300, i32 0
  %splat91 = shufflevector <8 x float> %1301, <8 x float> undef, <8 x i32> zeroinitializer
  %1302 = load <8 x float>, <8 x float>* %50, align 32
  %1303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1285, <8 x float> %1302)
  store <8 x float> %1303, <8 x float>* %50, align 32
  %1304 = load <8 x float>, <8 x float>* %44, align 32
  %1305 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat91, <8 x float> %1289, <8 x float> %1304)
  store <8 x float> %1305, <8 x float>* %44, align 32
  %1306 = add i64 %997, 69
  %1307 = getelementptr inbounds float, float* %2, i64 %1306
  %1308 = load float, float* %1307, align 4
  %1309 = insertelement <8 x float> undef, float %1308, i32 0
  %splat92 = shufflevector <8 x float> %1309, <8 x float> undef, <8 x i32> zeroinitializer
  %1310 = load <8 x float>, <8 x float>* %49, align 32
  %1311 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1285, <8 x float> %1310)
  store <8 x float> %1311, <8 x float>* %49, align 32
  %1312 = load <8 x float>, <8 x float>* %43, align 32
  %1313 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat92, <8 x float> %1289, <8 x float> %1312)
  store <8 x float> %1313, <8 x float>* %43, align 32
  %1314 = add i64 %997, 77
  %1315 = getelementptr inbounds float, float* %2, i64 %1314
  %1316 = load float, float* %1315, align 4
  %1317 = insertelement <8 x float> undef, float %1316, i32 0
  %splat93 = shufflevector <8 x float> %1317, <8 x float> undef, <8 x i32> zeroinitializer
  %1318 = load <8 x float>, <8 x float>* %48, align 32
  %1319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1285, <8 x float> %1318)
  store <8 x float> %1319, <8 x float>* %48, align 32
  %1320 = load <8 x float>, <8 x float>* %42, align 32
  %1321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat93, <8 x float> %1289, <8 x float> %1320)
  store <8 x float> %1321, <8 x float>* %42, align 32
  %1322 = add i64 %997, 85
  %1323 = getelementptr inbounds float, float* %2, i64 %1322
  %1324 = load float, float* %1323, align 4
  %1325 = insertelement <8 x float> undef, float %1324, i32 0
  %splat94 = shufflevector <8 x float> %1325, <8 x float> undef, <8 x i32> zeroinitializer
  %1326 = load <8 x float>, <8 x float>* %47, align 32
  %1327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1285, <8 x float> %1326)
  store <8 x float> %1327, <8 x float>* %47, align 32
  %1328 = load <8 x float>, <8 x float>* %41, align 32
  %1329 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat94, <8 x float> %1289, <8 x float> %1328)
  store <8 x float> %1329, <8 x float>* %41, align 32
  %1330 = add i64 %997, 93
  %1331 = getelementptr inbounds float, float* %2, i64 %1330
  %1332 = load float, float* %1331, align 4
  %1333 = insertelement <8 x float> undef, float %1332, i32 0
  %splat95 = shufflevector <8 x float> %1333, <8 x float> undef, <8 x i32> zeroinitializer
  %1334 = load <8 x float>, <8 x float>* %46, align 32
  %1335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1285, <8 x float> %1334)
  store <8 x float> %1335, <8 x float>* %46, align 32
  %1336 = load <8 x float>, <8 x float>* %40, align 32
  %1337 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat95, <8 x float> %1289, <8 x float> %1336)
  store <8 x float> %1337, <8 x float>* %40, align 32
  %1338 = add i64 %1001, 48
  %1339 = getelementptr inbounds float, float* %4, i64 %1338
  %1340 = bitcast float* %1339 to <8 x float>*
  %1341 = load <8 x float>, <8 x float>* %1340, align 4
  %1342 = add i64 %1001, 36912
  %1343 = getelementptr inbounds float, float* %4, i64 %1342
  %1344 = bitcast float* %1343 to <8 x float>*
  %1345 = load <8 x float>, <8 x float>* %1344, align 4
  %1346 = add i64 %997, 54
  %1347 = getelementptr inbounds float, float* %2, i64 %1346
  %1348 = load float, float* %1347, align 4
  %1349 = insertelement <8 x float> undef, float %1348, i32 0
  %splat96 = shufflevector <8 x float> %1349, <8 x float> undef, <8 x i32> zeroinitializer
  %1350 = load <8 x float>, <8 x float>* %51, align 32
  %1351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1341, <8 x float> %1350)
  store <8 x float> %1351, <8 x float>* %51, align 32
  %1352 = load <8 x float>, <8 x float>* %45, align 32
  %1353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat96, <8 x float> %1345, <8 x float> %1352)
  store <8 x float> %1353, <8 x float>* %45, align 32
  %1354 = add i64 %997, 62
  %1355 = getelementptr inbounds float, float* %2, i64 %1354
  %1356 = load float, float* %1355, align 4
  %1357 = insertelement <8 x float> undef, float %1356, i32 0
  %splat97 = shufflevector <8 x float> %1357, <8 x float> undef, <8 x i32> zeroinitializer
  %1358 = load <8 x float>, <8 x float>* %50, align 32
  %1359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1341, <8 x float> %1358)
  store <8 x float> %1359, <8 x float>* %50, align 32
  %1360 = load <8 x float>, <8 x float>* %44, align 32
  %1361 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat97, <8 x float> %1345, <8 x float> %1360)
  store <8 x float> %1361, <8 x float>* %44, align 32
  %1362 = add i64 %997, 70
  %1363 = getelementptr inbounds float, float* %2, i64 %1362
  %1364 = load float, float* %1363, align 4
  %1365 = insertelement <8 x float> undef, float %1364, i32 0
  %splat98 = shufflevector <8 x float> %1365, <8 x float> undef, <8 x i32> zeroinitializer
  %1366 = load <8 x float>, <8 x float>* %49, align 32
  %1367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1341, <8 x float> %1366)
  store <8 x float> %1367, <8 x float>* %49, align 32
  %1368 = load <8 x float>, <8 x float>* %43, align 32
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat98, <8 x float> %1345, <8 x float> %1368)
  store <8 x float> %1369, <8 x float>* %43, align 32
  %1370 = add i64 %997, 78
  %1371 = getelementptr inbounds float, float* %2, i64 %1370
  %1372 = load float, float* %1371, align 4
  %1373 = insertelement <8 x float> undef, float %1372, i32 0
  %splat99 = shufflevector <8 x float> %1373, <8 x float> undef, <8 x i32> zeroinitializer
  %1374 = load <8 x float>, <8 x float>* %48, align 32
  %1375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1341, <8 x float> %1374)
  store <8 x float> %1375, <8 x float>* %48, align 32
  %1376 = load <8 x float>, <8 x float>* %42, align 32
  %1377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat99, <8 x float> %1345, <8 x float> %1376)
  store <8 x float> %1377, <8 x float>* %42, align 32
  %1378 = add i64 %997, 86
  %1379 = getelementptr inbounds float, float* %2, i64 %1378
  %1380 = load float, float* %1379, align 4
  %1381 = insertelement <8 x float> undef, float %1380, i32 0
  %splat100 = shufflevector <8 x float> %1381, <8 x float> undef, <8 x i32> zeroinitializer
  %1382 = load <8 x float>, <8 x float>* %47, align 32
  %1383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1341, <8 x float> %1382)
  store <8 x float> %1383, <8 x float>* %47, align 32
  %1384 = load <8 x float>, <8 x float>* %41, align 32
  %1385 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat100, <8 x float> %1345, <8 x float> %1384)
  store <8 x float> %1385, <8 x float>* %41, align 32
  %1386 = add i64 %997, 94
  %1387 = getelementptr inbounds float, float* %2, i64 %1386
  %1388 = load float, float* %1387, align 4
  %1389 = insertelement <8 x float> undef, float %1388, i32 0
  %splat101 = shufflevector <8 x float> %1389, <8 x float> undef, <8 x i32> zeroinitializer
  %1390 = load <8 x float>, <8 x float>* %46, align 32
  %1391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1341, <8 x float> %1390)
  store <8 x float> %1391, <8 x float>* %46, align 32
  %1392 = load <8 x float>, <8 x float>* %40, align 32
  %1393 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat101, <8 x float> %1345, <8 x float> %1392)
  store <8 x float> %1393, <8 x float>* %40, align 32
  %1394 = add i64 %1001, 56
  %1395 = getelementptr inbounds float, float* %4, i64 %1394
  %1396 = bitcast float* %1395 to <8 x float>*
  %1397 = load <8 x float>, <8 x float>* %1396, align 4
  %1398 = add i64 %1001, 36920
  %1399 = getelementptr inbounds float, float* %4, i64 %1398
  %1400 = bitcast float* %1399 to <8 x float>*
  %1401 = load <8 x float>, <8 x float>* %1400, align 4
  %1402 = add i64 %997, 55
  %1403 = getelementptr inbounds float, float* %2, i64 %1402
  %1404 = load float, float* %1403, align 4
  %1405 = insertelement <8 x float> undef, float %1404, i32 0
  %splat102 = shufflevector <8 x float> %1405, <8 x float> undef, <8 x i32> zeroinitializer
  %1406 = load <8 x float>, <8 x float>* %51, align 32
  %1407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1397, <8 x float> %1406)
  store <8 x float> %1407, <8 x float>* %51, align 32
  %1408 = load <8 x float>, <8 x float>* %45, align 32
  %1409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1401, <8 x float> %1408)
  store <8 x float> %1409, <8 x float>* %45, align 32
  %1410 = add i64 %997, 63
  %1411 = getelementptr inbounds float, float* %2, i64 %1410
  %1412 = load float, float* %1411, align 4
  %1413 = insertelement <8 x float> undef, float %1412, i32 0
  %splat103 = shufflevector <8 x float> %1413, <8 x float> undef, <8 x i32> zeroinitializer
  %1414 = load <8 x float>, <8 x float>* %50, align 32
  %1415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1397, <8 x float> %1414)
  store <8 x float> %1415, <8 x float>* %50, align 32
  %1416 = load <8 x float>, <8 x float>* %44, align 32
  %1417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1401, <8 x float> %1416)
  store <8 x float> %1417, <8 x float>* %44, align 32
  %1418 = add i64 %997, 71
  %1419 = getelementptr inbounds float, float* %2, i64 %1418
  %1420 = load float, float* %1419, align 4
  %1421 = insertelement <8 x float> undef, float %1420, i32 0
  %splat104 = shufflevector <8 x float> %1421, <8 x float> undef, <8 x i32> zeroinitializer
  %1422 = load <8 x float>, <8 x float>* %49, align 32
  %1423 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1397, <8 x float> %1422)
  store <8 x float> %1423, <8 x float>* %49, align 32
  %1424 = load <8 x float>, <8 x float>* %43, align 32
  %1425 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1401, <8 x float> %1424)
  store <8 x float> %1425, <8 x float>* %43, align 32
  %1426 = add i64 %997, 79
  %1427 = getelementptr inbounds float, float* %2, i64 %1426
  %1428 = load float, float* %1427, align 4
  %1429 = insertelement <8 x float> undef, float %1428, i32 0
  %splat105 = shufflevector <8 x float> %1429, <8 x float> undef, <8 x i32> zeroinitializer
  %1430 = load <8 x float>, <8 x float>* %48, align 32
  %1431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1397, <8 x float> %1430)
  store <8 x float> %1431, <8 x float>* %48, align 32
  %1432 = load <8 x float>, <8 x float>* %42, align 32
  %1433 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1401, <8 x float> %1432)
  store <8 x float> %1433, <8 x float>* %42, align 32
  %1434 = add i64 %997, 87
  %1435 = getelementptr inbounds float, float* %2, i64 %1434
  %1436 = load float, float* %1435, align 4
  %1437 = insertelement <8 x float> undef, float %1436, i32 0
  %splat106 = shufflevector <8 x float> %1437, <8 x float> undef, <8 x i32> zeroinitializer
  %1438 = load <8 x float>, <8 x float>* %47, align 32
  %1439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1397, <8 x float> %1438)
  store <8 x float> %1439, <8 x float>* %47, align 32
  %1440 = load <8 x float>, <8 x float>* %41, align 32
  %1441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1401, <8 x float> %1440)
  store <8 x float> %1441, <8 x float>* %41, align 32
  %1442 = add i64 %997, 95
  %1443 = getelementptr inbounds float, float* %2, i64 %1442
  %1444 = load float, float* %1443, align 4
  %1445 = insertelement <8 x float> undef, float %1444, i32 0
  %splat107 = shufflevector <8 x float> %1445, <8 x float> undef, <8 x i32> zeroinitializer
  %1446 = load <8 x float>, <8 x float>* %46, align 32
  %1447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1397, <8 x float> %1446)
  store <8 x float> %1447, <8 x float>* %46, align 32
  %1448 = load <8 x float>, <8 x float>* %40, align 32
  %1449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1401, <8 x float> %1448)
  store <8 x float> %1449, <8 x float>* %40, align 32
  %kw.next108 = add i64 %kw59, 1
  br label %kw.header56

kw.exit58:                                        ; preds = %kw.header56
  %kh.next109 = add i64 %kh55, 1
  br label %kh.header52

u.header111:                                      ; preds = %kh.exit117, %u.exit50
  %u114 = phi i64 [ 0, %u.exit50 ], [ %u.next173, %kh.exit117 ]
  %1450 = icmp slt i64 %u114, 2
  br i1 %1450, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1451 = add i64 %991, %u114
  %1452 = mul i64 %1451, 2048
  %1453 = add i64 %990, %1452
  %1454 = mul i64 %1451, 576
  %1455 = add i64 %79, %1454
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1456 = icmp eq i64 %chunk, 31
  %1457 = load <8 x float>, <8 x float>* %39, align 32
  %1458 = fcmp olt <8 x float> %1457, zeroinitializer
  %1459 = select <8 x i1> %1458, <8 x float> zeroinitializer, <8 x float> %1457
  %1460 = select i1 %1456, <8 x float> %1459, <8 x float> %1457
  %1461 = getelementptr inbounds float, float* %0, i64 %901
  %1462 = bitcast float* %1461 to <8 x float>*
  store <8 x float> %1460, <8 x float>* %1462, align 4
  %1463 = load <8 x float>, <8 x float>* %38, align 32
  %1464 = fcmp olt <8 x float> %1463, zeroinitializer
  %1465 = select <8 x i1> %1464, <8 x float> zeroinitializer, <8 x float> %1463
  %1466 = select i1 %1456, <8 x float> %1465, <8 x float> %1463
  %1467 = getelementptr inbounds float, float* %0, i64 %903
  %1468 = bitcast float* %1467 to <8 x float>*
  store <8 x float> %1466, <8 x float>* %1468, align 4
  %1469 = load <8 x float>, <8 x float>* %37, align 32
  %1470 = fcmp olt <8 x float> %1469, zeroinitializer
  %1471 = select <8 x i1> %1470, <8 x float> zeroinitializer, <8 x float> %1469
  %1472 = select i1 %1456, <8 x float> %1471, <8 x float> %1469
  %1473 = getelementptr inbounds float, float* %0, i64 %905
  %1474 = bitcast float* %1473 to <8 x float>*
  store <8 x float> %1472, <8 x float>* %1474, align 4
  %1475 = load <8 x float>, <8 x float>* %36, align 32
  %1476 = fcmp olt <8 x float> %1475, zeroinitializer
  %1477 = select <8 x i1> %1476, <8 x float> zeroinitializer, <8 x float> %1475
  %1478 = select i1 %1456, <8 x float> %1477, <8 x float> %1475
  %1479 = getelementptr inbounds float, float* %0, i64 %907
  %1480 = bitcast float* %1479 to <8 x float>*
  store <8 x float> %1478, <8 x float>* %1480, align 4
  %1481 = load <8 x float>, <8 x float>* %35, align 32
  %1482 = fcmp olt <8 x float> %1481, zeroinitializer
  %1483 = select <8 x i1> %1482, <8 x float> zeroinitializer, <8 x float> %1481
  %1484 = select i1 %1456, <8 x float> %1483, <8 x float> %1481
  %1485 = getelementptr inbounds float, float* %0, i64 %909
  %1486 = bitcast float* %1485 to <8 x float>*
  store <8 x float> %1484, <8 x float>* %1486, align 4
  %1487 = load <8 x float>, <8 x float>* %34, align 32
  %1488 = fcmp olt <8 x float> %1487, zeroinitializer
  %1489 = select <8 x i1> %1488, <8 x float> zeroinitializer, <8 x float> %1487
  %1490 = select i1 %1456, <8 x float> %1489, <8 x float> %1487
  %1491 = getelementptr inbounds float, float* %0, i64 %911
  %1492 = bitcast float* %1491 to <8 x float>*
  store <8 x float> %1490, <8 x float>* %1492, align 4
  %1493 = load <8 x float>, <8 x float>* %33, align 32
  %1494 = fcmp olt <8 x float> %1493, zeroinitializer
  %1495 = select <8 x i1> %1494, <8 x float> zeroinitializer, <8 x float> %1493
  %1496 = select i1 %1456, <8 x float> %1495, <8 x float> %1493
  %1497 = getelementptr inbounds float, float* %0, i64 %919
  %1498 = bitcast float* %1497 to <8 x float>*
  store <8 x float> %1496, <8 x float>* %1498, align 4
  %1499 = load <8 x float>, <8 x float>* %32, align 32
  %1500 = fcmp olt <8 x float> %1499, zeroinitializer
  %1501 = select <8 x i1> %1500, <8 x float> zeroinitializer, <8 x float> %1499
  %1502 = select i1 %1456, <8 x float> %1501, <8 x float> %1499
  %1503 = getelementptr inbounds float, float* %0, i64 %921
  %1504 = bitcast float* %1503 to <8 x float>*
  store <8 x float> %1502, <8 x float>* %1504, align 4
  %1505 = load <8 x float>, <8 x float>* %31, align 32
  %1506 = fcmp olt <8 x float> %1505, zeroinitializer
  %1507 = select <8 x i1> %1506, <8 x float> zeroinitializer, <8 x float> %1505
  %1508 = select i1 %1456, <8 x float> %1507, <8 x float> %1505
  %1509 = getelementptr inbounds float, float* %0, i64 %923
  %1510 = bitcast float* %1509 to <8 x float>*
  store <8 x float> %1508, <8 x float>* %1510, align 4
  %1511 = load <8 x float>, <8 x float>* %30, align 32
  %1512 = fcmp olt <8 x float> %1511, zeroinitializer
  %1513 = select <8 x i1> %1512, <8 x float> zeroinitializer, <8 x float> %1511
  %1514 = select i1 %1456, <8 x float> %1513, <8 x float> %1511
  %1515 = getelementptr inbounds float, float* %0, i64 %925
  %1516 = bitcast float* %1515 to <8 x float>*
  store <8 x float> %1514, <8 x float>* %1516, align 4
  %1517 = load <8 x float>, <8 x float>* %29, align 32
  %1518 = fcmp olt <8 x float> %1517, zeroinitializer
  %1519 = select <8 x i1> %1518, <8 x float> zeroinitializer, <8 x float> %1517
  %1520 = select i1 %1456, <8 x float> %1519, <8 x float> %1517
  %1521 = getelementptr inbounds float, float* %0, i64 %927
  %1522 = bitcast float* %1521 to <8 x float>*
  store <8 x float> %1520, <8 x float>* %1522, align 4
  %1523 = load <8 x float>, <8 x float>* %28, align 32
  %1524 = fcmp olt <8 x float> %1523, zeroinitializer
  %1525 = select <8 x i1> %1524, <8 x float> zeroinitializer, <8 x float> %1523
  %1526 = select i1 %1456, <8 x float> %1525, <8 x float> %1523
  %1527 = getelementptr inbounds float, float* %0, i64 %929
  %1528 = bitcast float* %1527 to <8 x float>*
  store <8 x float> %1526, <8 x float>* %1528, align 4
  %1529 = mul i64 %71, 64
  %1530 = add i64 %1529, %74
  %1531 = add i64 %1530, 0
  %1532 = mul i64 %1531, 14
  %1533 = add i64 %1532, %68
  %1534 = mul i64 %1533, 14
  %1535 = add i64 %1534, 18
  %1536 = mul i64 %1535, 8
  %1537 = add i64 %1534, 19
  %1538 = mul i64 %1537, 8
  %1539 = add i64 %1534, 20
  %1540 = mul i64 %1539, 8
  %1541 = add i64 %1534, 21
  %1542 = mul i64 %1541, 8
  %1543 = add i64 %1534, 22
  %1544 = mul i64 %1543, 8
  %1545 = add i64 %1534, 23
  %1546 = mul i64 %1545, 8
  %1547 = mul i64 %71, 64
  %1548 = add i64 %1547, %74
  %1549 = add i64 %1548, 1
  %1550 = mul i64 %1549, 14
  %1551 = add i64 %1550, %68
  %1552 = mul i64 %1551, 14
  %1553 = add i64 %1552, 18
  %1554 = mul i64 %1553, 8
  %1555 = add i64 %1552, 19
  %1556 = mul i64 %1555, 8
  %1557 = add i64 %1552, 20
  %1558 = mul i64 %1557, 8
  %1559 = add i64 %1552, 21
  %1560 = mul i64 %1559, 8
  %1561 = add i64 %1552, 22
  %1562 = mul i64 %1561, 8
  %1563 = add i64 %1552, 23
  %1564 = mul i64 %1563, 8
  %1565 = add i64 %74, 0
  %1566 = mul i64 %1565, 8
  %1567 = getelementptr inbounds float, float* %5, i64 %1566
  %1568 = bitcast float* %1567 to <8 x float>*
  %1569 = load <8 x float>, <8 x float>* %1568, align 4
  %1570 = add i64 %74, 1
  %1571 = mul i64 %1570, 8
  %1572 = getelementptr inbounds float, float* %5, i64 %1571
  %1573 = bitcast float* %1572 to <8 x float>*
  %1574 = load <8 x float>, <8 x float>* %1573, align 4
  %1575 = icmp eq i64 %chunk, 0
  %1576 = getelementptr inbounds float, float* %0, i64 %1536
  %1577 = bitcast float* %1576 to <8 x float>*
  %1578 = load <8 x float>, <8 x float>* %1577, align 4
  %1579 = select i1 %1575, <8 x float> %1569, <8 x float> %1578
  store <8 x float> %1579, <8 x float>* %27, align 32
  %1580 = getelementptr inbounds float, float* %0, i64 %1538
  %1581 = bitcast float* %1580 to <8 x float>*
  %1582 = load <8 x float>, <8 x float>* %1581, align 4
  %1583 = select i1 %1575, <8 x float> %1569, <8 x float> %1582
  store <8 x float> %1583, <8 x float>* %26, align 32
  %1584 = getelementptr inbounds float, float* %0, i64 %1540
  %1585 = bitcast float* %1584 to <8 x float>*
  %1586 = load <8 x float>, <8 x float>* %1585, align 4
  %1587 = select i1 %1575, <8 x float> %1569, <8 x float> %1586
  store <8 x float> %1587, <8 x float>* %25, align 32
  %1588 = getelementptr inbounds float, float* %0, i64 %1542
  %1589 = bitcast float* %1588 to <8 x float>*
  %1590 = load <8 x float>, <8 x float>* %1589, align 4
  %1591 = select i1 %1575, <8 x float> %1569, <8 x float> %1590
  store <8 x float> %1591, <8 x float>* %24, align 32
  %1592 = getelementptr inbounds float, float* %0, i64 %1544
  %1593 = bitcast float* %1592 to <8 x float>*
  %1594 = load <8 x float>, <8 x float>* %1593, align 4
  %1595 = select i1 %1575, <8 x float> %1569, <8 x float> %1594
  store <8 x float> %1595, <8 x float>* %23, align 32
  %1596 = getelementptr inbounds float, float* %0, i64 %1546
  %1597 = bitcast float* %1596 to <8 x float>*
  %1598 = load <8 x float>, <8 x float>* %1597, align 4
  %1599 = select i1 %1575, <8 x float> %1569, <8 x float> %1598
  store <8 x float> %1599, <8 x float>* %22, align 32
  %1600 = getelementptr inbounds float, float* %0, i64 %1554
  %1601 = bitcast float* %1600 to <8 x float>*
  %1602 = load <8 x float>, <8 x float>* %1601, align 4
  %1603 = select i1 %1575, <8 x float> %1574, <8 x float> %1602
  store <8 x float> %1603, <8 x float>* %21, align 32
  %1604 = getelementptr inbounds float, float* %0, i64 %1556
  %1605 = bitcast float* %1604 to <8 x float>*
  %1606 = load <8 x float>, <8 x float>* %1605, align 4
  %1607 = select i1 %1575, <8 x float> %1574, <8 x float> %1606
  store <8 x float> %1607, <8 x float>* %20, align 32
  %1608 = getelementptr inbounds float, float* %0, i64 %1558
  %1609 = bitcast float* %1608 to <8 x float>*
  %1610 = load <8 x float>, <8 x float>* %1609, align 4
  %1611 = select i1 %1575, <8 x float> %1574, <8 x float> %1610
  store <8 x float> %1611, <8 x float>* %19, align 32
  %1612 = getelementptr inbounds float, float* %0, i64 %1560
  %1613 = bitcast float* %1612 to <8 x float>*
  %1614 = load <8 x float>, <8 x float>* %1613, align 4
  %1615 = select i1 %1575, <8 x float> %1574, <8 x float> %1614
  store <8 x float> %1615, <8 x float>* %18, align 32
  %1616 = getelementptr inbounds float, float* %0, i64 %1562
  %1617 = bitcast float* %1616 to <8 x float>*
  %1618 = load <8 x float>, <8 x float>* %1617, align 4
  %1619 = select i1 %1575, <8 x float> %1574, <8 x float> %1618
  store <8 x float> %1619, <8 x float>* %17, align 32
  %1620 = getelementptr inbounds float, float* %0, i64 %1564
  %1621 = bitcast float* %1620 to <8 x float>*
  %1622 = load <8 x float>, <8 x float>* %1621, align 4
  %1623 = select i1 %1575, <8 x float> %1574, <8 x float> %1622
  store <8 x float> %1623, <8 x float>* %16, align 32
  %1624 = add i64 %80, 0
  %1625 = add i64 %78, %1624
  %1626 = mul i64 %chunk, 2
  br label %u.header174

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next172, %kw.exit121 ]
  %1627 = icmp slt i64 %kh118, 3
  br i1 %1627, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1628 = mul i64 %kh118, 128
  %1629 = add i64 %1453, %1628
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next173 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next171, %kw.body120 ]
  %1630 = icmp slt i64 %kw122, 3
  br i1 %1630, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1631 = mul i64 %kw122, 8
  %1632 = add i64 %1629, %1631
  %1633 = mul i64 %kh118, 3
  %1634 = add i64 %1633, %kw122
  %1635 = mul i64 %1634, 64
  %1636 = add i64 %1455, %1635
  %1637 = add i64 %1636, 0
  %1638 = getelementptr inbounds float, float* %4, i64 %1637
  %1639 = bitcast float* %1638 to <8 x float>*
  %1640 = load <8 x float>, <8 x float>* %1639, align 4
  %1641 = add i64 %1636, 36864
  %1642 = getelementptr inbounds float, float* %4, i64 %1641
  %1643 = bitcast float* %1642 to <8 x float>*
  %1644 = load <8 x float>, <8 x float>* %1643, align 4
  %1645 = add i64 %1632, 96
  %1646 = getelementptr inbounds float, float* %2, i64 %1645
  %1647 = load float, float* %1646, align 4
  %1648 = insertelement <8 x float> undef, float %1647, i32 0
  %splat123 = shufflevector <8 x float> %1648, <8 x float> undef, <8 x i32> zeroinitializer
  %1649 = load <8 x float>, <8 x float>* %39, align 32
  %1650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1640, <8 x float> %1649)
  store <8 x float> %1650, <8 x float>* %39, align 32
  %1651 = load <8 x float>, <8 x float>* %33, align 32
  %1652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1644, <8 x float> %1651)
  store <8 x float> %1652, <8 x float>* %33, align 32
  %1653 = add i64 %1632, 104
  %1654 = getelementptr inbounds float, float* %2, i64 %1653
  %1655 = load float, float* %1654, align 4
  %1656 = insertelement <8 x float> undef, float %1655, i32 0
  %splat124 = shufflevector <8 x float> %1656, <8 x float> undef, <8 x i32> zeroinitializer
  %1657 = load <8 x float>, <8 x float>* %38, align 32
  %1658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1640, <8 x float> %1657)
  store <8 x float> %1658, <8 x float>* %38, align 32
  %1659 = load <8 x float>, <8 x float>* %32, align 32
  %1660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1644, <8 x float> %1659)
  store <8 x float> %1660, <8 x float>* %32, align 32
  %1661 = add i64 %1632, 128
  %1662 = getelementptr inbounds float, float* %2, i64 %1661
  %1663 = load float, float* %1662, align 4
  %1664 = insertelement <8 x float> undef, float %1663, i32 0
  %splat125 = shufflevector <8 x float> %1664, <8 x float> undef, <8 x i32> zeroinitializer
  %1665 = load <8 x float>, <8 x float>* %37, align 32
  %1666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1640, <8 x float> %1665)
  store <8 x float> %1666, <8 x float>* %37, align 32
  %1667 = load <8 x float>, <8 x float>* %31, align 32
  %1668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1644, <8 x float> %1667)
  store <8 x float> %1668, <8 x float>* %31, align 32
  %1669 = add i64 %1632, 136
  %1670 = getelementptr inbounds float, float* %2, i64 %1669
  %1671 = load float, float* %1670, align 4
  %1672 = insertelement <8 x float> undef, float %1671, i32 0
  %splat126 = shufflevector <8 x float> %1672, <8 x float> undef, <8 x i32> zeroinitializer
  %1673 = load <8 x float>, <8 x float>* %36, align 32
  %1674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1640, <8 x float> %1673)
  store <8 x float> %1674, <8 x float>* %36, align 32
  %1675 = load <8 x float>, <8 x float>* %30, align 32
  %1676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1644, <8 x float> %1675)
  store <8 x float> %1676, <8 x float>* %30, align 32
  %1677 = add i64 %1632, 144
  %1678 = getelementptr inbounds float, float* %2, i64 %1677
  %1679 = load float, float* %1678, align 4
  %1680 = insertelement <8 x float> undef, float %1679, i32 0
  %splat127 = shufflevector <8 x float> %1680, <8 x float> undef, <8 x i32> zeroinitializer
  %1681 = load <8 x float>, <8 x float>* %35, align 32
  %1682 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1640, <8 x float> %1681)
  store <8 x float> %1682, <8 x float>* %35, align 32
  %1683 = load <8 x float>, <8 x float>* %29, align 32
  %1684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1644, <8 x float> %1683)
  store <8 x float> %1684, <8 x float>* %29, align 32
  %1685 = add i64 %1632, 152
  %1686 = getelementptr inbounds float, float* %2, i64 %1685
  %1687 = load float, float* %1686, align 4
  %1688 = insertelement <8 x float> undef, float %1687, i32 0
  %splat128 = shufflevector <8 x float> %1688, <8 x float> undef, <8 x i32> zeroinitializer
  %1689 = load <8 x float>, <8 x float>* %34, align 32
  %1690 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1640, <8 x float> %1689)
  store <8 x float> %1690, <8 x float>* %34, align 32
  %1691 = load <8 x float>, <8 x float>* %28, align 32
  %1692 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1644, <8 x float> %1691)
  store <8 x float> %1692, <8 x float>* %28, align 32
  %1693 = add i64 %1636, 8
  %1694 = getelementptr inbounds float, float* %4, i64 %1693
  %1695 = bitcast float* %1694 to <8 x float>*
  %1696 = load <8 x float>, <8 x float>* %1695, align 4
  %1697 = add i64 %1636, 36872
  %1698 = getelementptr inbounds float, float* %4, i64 %1697
  %1699 = bitcast float* %1698 to <8 x float>*
  %1700 = load <8 x float>, <8 x float>* %1699, align 4
  %1701 = add i64 %1632, 97
  %1702 = getelementptr inbounds float, float* %2, i64 %1701
  %1703 = load float, float* %1702, align 4
  %1704 = insertelement <8 x float> undef, float %1703, i32 0
  %splat129 = shufflevector <8 x float> %1704, <8 x float> undef, <8 x i32> zeroinitializer
  %1705 = load <8 x float>, <8 x float>* %39, align 32
  %1706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1696, <8 x float> %1705)
  store <8 x float> %1706, <8 x float>* %39, align 32
  %1707 = load <8 x float>, <8 x float>* %33, align 32
  %1708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat129, <8 x float> %1700, <8 x float> %1707)
  store <8 x float> %1708, <8 x float>* %33, align 32
  %1709 = add i64 %1632, 105
  %1710 = getelementptr inbounds float, float* %2, i64 %1709
  %1711 = load float, float* %1710, align 4
  %1712 = insertelement <8 x float> undef, float %1711, i32 0
  %splat130 = shufflevector <8 x float> %1712, <8 x float> undef, <8 x i32> zeroinitializer
  %1713 = load <8 x float>, <8 x float>* %38, align 32
  %1714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1696, <8 x float> %1713)
  store <8 x float> %1714, <8 x float>* %38, align 32
  %1715 = load <8 x float>, <8 x float>* %32, align 32
  %1716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat130, <8 x float> %1700, <8 x float> %1715)
  store <8 x float> %1716, <8 x float>* %32, align 32
  %1717 = add i64 %1632, 129
  %1718 = getelementptr inbounds float, float* %2, i64 %1717
  %1719 = load float, float* %1718, align 4
  %1720 = insertelement <8 x float> undef, float %1719, i32 0
  %splat131 = shufflevector <8 x float> %1720, <8 x float> undef, <8 x i32> zeroinitializer
  %1721 = load <8 x float>, <8 x float>* %37, align 32
  %1722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1696, <8 x float> %1721)
  store <8 x float> %1722, <8 x float>* %37, align 32
  %1723 = load <8 x float>, <8 x float>* %31, align 32
  %1724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat131, <8 x float> %1700, <8 x float> %1723)
  store <8 x float> %1724, <8 x float>* %31, align 32
  %1725 = add i64 %1632, 137
  %1726 = getelementptr inbounds float, float* %2, i64 %1725
  %1727 = load float, float* %1726, align 4
  %1728 = insertelement <8 x float> undef, float %1727, i32 0
  %splat132 = shufflevector <8 x float> %1728, <8 x float> undef, <8 x i32> zeroinitializer
  %1729 = load <8 x float>, <8 x float>* %36, align 32
  %1730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1696, <8 x float> %1729)
  store <8 x float> %1730, <8 x float>* %36, align 32
  %1731 = load <8 x float>, <8 x float>* %30, align 32
  %1732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat132, <8 x float> %1700, <8 x float> %1731)
  store <8 x float> %1732, <8 x float>* %30, align 32
  %1733 = add i64 %1632, 145
  %1734 = getelementptr inbounds float, float* %2, i64 %1733
  %1735 = load float, float* %1734, align 4
  %1736 = insertelement <8 x float> undef, float %1735, i32 0
  %splat133 = shufflevector <8 x float> %1736, <8 x float> undef, <8 x i32> zeroinitializer
  %1737 = load <8 x float>, <8 x float>* %35, align 32
  %1738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1696, <8 x float> %1737)
  store <8 x float> %1738, <8 x float>* %35, align 32
  %1739 = load <8 x float>, <8 x float>* %29, align 32
  %1740 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat133, <8 x float> %1700, <8 x float> %1739)
  store <8 x float> %1740, <8 x float>* %29, align 32
  %1741 = add i64 %1632, 153
  %1742 = getelementptr inbounds float, float* %2, i64 %1741
  %1743 = load float, float* %1742, align 4
  %1744 = insertelement <8 x float> undef, float %1743, i32 0
  %splat134 = shufflevector <8 x float> %1744, <8 x float> undef, <8 x i32> zeroinitializer
  %1745 = load <8 x float>, <8 x float>* %34, align 32
  %1746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1696, <8 x float> %1745)
  store <8 x float> %1746, <8 x float>* %34, align 32
  %1747 = load <8 x float>, <8 x float>* %28, align 32
  %1748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat134, <8 x float> %1700, <8 x float> %1747)
  store <8 x float> %1748, <8 x float>* %28, align 32
  %1749 = add i64 %1636, 16
  %1750 = getelementptr inbounds float, float* %4, i64 %1749
  %1751 = bitcast float* %1750 to <8 x float>*
  %1752 = load <8 x float>, <8 x float>* %1751, align 4
  %1753 = add i64 %1636, 36880
  %1754 = getelementptr inbounds float, float* %4, i64 %1753
  %1755 = bitcast float* %1754 to <8 x float>*
  %1756 = load <8 x float>, <8 x float>* %1755, align 4
  %1757 = add i64 %1632, 98
  %1758 = getelementptr inbounds float, float* %2, i64 %1757
  %1759 = load float, float* %1758, align 4
  %1760 = insertelement <8 x float> undef, float %1759, i32 0
  %splat135 = shufflevector <8 x float> %1760, <8 x float> undef, <8 x i32> zeroinitializer
  %1761 = load <8 x float>, <8 x float>* %39, align 32
  %1762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1752, <8 x float> %1761)
  store <8 x float> %1762, <8 x float>* %39, align 32
  %1763 = load <8 x float>, <8 x float>* %33, align 32
  %1764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat135, <8 x float> %1756, <8 x float> %1763)
  store <8 x float> %1764, <8 x float>* %33, align 32
  %1765 = add i64 %1632, 106
  %1766 = getelementptr inbounds float, float* %2, i64 %1765
  %1767 = load float, float* %1766, align 4
  %1768 = insertelement <8 x float> undef, float %1767, i32 0
  %splat136 = shufflevector <8 x float> %1768, <8 x float> undef, <8 x i32> zeroinitializer
  %1769 = load <8 x float>, <8 x float>* %38, align 32
  %1770 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1752, <8 x float> %1769)
  store <8 x float> %1770, <8 x float>* %38, align 32
  %1771 = load <8 x float>, <8 x float>* %32, align 32
  %1772 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat136, <8 x float> %1756, <8 x float> %1771)
  store <8 x float> %1772, <8 x float>* %32, align 32
  %1773 = add i64 %1632, 130
  %1774 = getelementptr inbounds float, float* %2, i64 %1773
  %1775 = load float, float* %1774, align 4
  %1776 = insertelement <8 x float> undef, float %1775, i32 0
  %splat137 = shufflevector <8 x float> %1776, <8 x float> undef, <8 x i32> zeroinitializer
  %1777 = load <8 x float>, <8 x float>* %37, align 32
  %1778 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1752, <8 x float> %1777)
  store <8 x float> %1778, <8 x float>* %37, align 32
  %1779 = load <8 x float>, <8 x float>* %31, align 32
  %1780 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat137, <8 x float> %1756, <8 x float> %1779)
  store <8 x float> %1780, <8 x float>* %31, align 32
  %1781 = add i64 %1632, 138
  %1782 = getelementptr inbounds float, float* %2, i64 %1781
  %1783 = load float, float* %1782, align 4
  %1784 = insertelement <8 x float> undef, float %1783, i32 0
  %splat138 = shufflevector <8 x float> %1784, <8 x float> undef, <8 x i32> zeroinitializer
  %1785 = load <8 x float>, <8 x float>* %36, align 32
  %1786 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1752, <8 x float> %1785)
  store <8 x float> %1786, <8 x float>* %36, align 32
  %1787 = load <8 x float>, <8 x float>* %30, align 32
  %1788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat138, <8 x float> %1756, <8 x float> %1787)
  store <8 x float> %1788, <8 x float>* %30, align 32
  %1789 = add i64 %1632, 146
  %1790 = getelementptr inbounds float, float* %2, i64 %1789
  %1791 = load float, float* %1790, align 4
  %1792 = insertelement <8 x float> undef, float %1791, i32 0
  %splat139 = shufflevector <8 x float> %1792, <8 x float> undef, <8 x i32> zeroinitializer
  %1793 = load <8 x float>, <8 x float>* %35, align 32
  %1794 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1752, <8 x float> %1793)
  store <8 x float> %1794, <8 x float>* %35, align 32
  %1795 = load <8 x float>, <8 x float>* %29, align 32
  %1796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat139, <8 x float> %1756, <8 x float> %1795)
  store <8 x float> %1796, <8 x float>* %29, align 32
  %1797 = add i64 %1632, 154
  %1798 = getelementptr inbounds float, float* %2, i64 %1797
  %1799 = load float, float* %1798, align 4
  %1800 = insertelement <8 x float> undef, float %1799, i32 0
  %splat140 = shufflevector <8 x float> %1800, <8 x float> undef, <8 x i32> zeroinitializer
  %1801 = load <8 x float>, <8 x float>* %34, align 32
  %1802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1752, <8 x float> %1801)
  store <8 x float> %1802, <8 x float>* %34, align 32
  %1803 = load <8 x float>, <8 x float>* %28, align 32
  %1804 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat140, <8 x float> %1756, <8 x float> %1803)
  store <8 x float> %1804, <8 x float>* %28, align 32
  %1805 = add i64 %1636, 24
  %1806 = getelementptr inbounds float, float* %4, i64 %1805
  %1807 = bitcast float* %1806 to <8 x float>*
  %1808 = load <8 x float>, <8 x float>* %1807, align 4
  %1809 = add i64 %1636, 36888
  %1810 = getelementptr inbounds float, float* %4, i64 %1809
  %1811 = bitcast float* %1810 to <8 x float>*
  %1812 = load <8 x float>, <8 x float>* %1811, align 4
  %1813 = add i64 %1632, 99
  %1814 = getelementptr inbounds float, float* %2, i64 %1813
  %1815 = load float, float* %1814, align 4
  %1816 = insertelement <8 x float> undef, float %1815, i32 0
  %splat141 = shufflevector <8 x float> %1816, <8 x float> undef, <8 x i32> zeroinitializer
  %1817 = load <8 x float>, <8 x float>* %39, align 32
  %1818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1808, <8 x float> %1817)
  store <8 x float> %1818, <8 x float>* %39, align 32
  %1819 = load <8 x float>, <8 x float>* %33, align 32
  %1820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat141, <8 x float> %1812, <8 x float> %1819)
  store <8 x float> %1820, <8 x float>* %33, align 32
  %1821 = add i64 %1632, 107
  %1822 = getelementptr inbounds float, float* %2, i64 %1821
  %1823 = load float, float* %1822, align 4
  %1824 = insertelement <8 x float> undef, float %1823, i32 0
  %splat142 = shufflevector <8 x float> %1824, <8 x float> undef, <8 x i32> zeroinitializer
  %1825 = load <8 x float>, <8 x float>* %38, align 32
  %1826 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1808, <8 x float> %1825)
  store <8 x float> %1826, <8 x float>* %38, align 32
  %1827 = load <8 x float>, <8 x float>* %32, align 32
  %1828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat142, <8 x float> %1812, <8 x float> %1827)
  store <8 x float> %1828, <8 x float>* %32, align 32
  %1829 = add i64 %1632, 131
  %1830 = getelementptr inbounds float, float* %2, i64 %1829
  %1831 = load float, float* %1830, align 4
  %1832 = insertelement <8 x float> undef, float %1831, i32 0
  %splat143 = shufflevector <8 x float> %1832, <8 x float> undef, <8 x i32> zeroinitializer
  %1833 = load <8 x float>, <8 x float>* %37, align 32
  %1834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1808, <8 x float> %1833)
  store <8 x float> %1834, <8 x float>* %37, align 32
  %1835 = load <8 x float>, <8 x float>* %31, align 32
  %1836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat143, <8 x float> %1812, <8 x float> %1835)
  store <8 x float> %1836, <8 x float>* %31, align 32
  %1837 = add i64 %1632, 139
  %1838 = getelementptr inbounds float, float* %2, i64 %1837
  %1839 = load float, float* %1838, align 4
  %1840 = insertelement <8 x float> undef, float %1839, i32 0
  %splat144 = shufflevector <8 x float> %1840, <8 x float> undef, <8 x i32> zeroinitializer
  %1841 = load <8 x float>, <8 x float>* %36, align 32
  %1842 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1808, <8 x float> %1841)
  store <8 x float> %1842, <8 x float>* %36, align 32
  %1843 = load <8 x float>, <8 x float>* %30, align 32
  %1844 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1812, <8 x float> %1843)
  store <8 x float> %1844, <8 x float>* %30, align 32
  %1845 = add i64 %1632, 147
  %1846 = getelementptr inbounds float, float* %2, i64 %1845
  %1847 = load float, float* %1846, align 4
  %1848 = insertelement <8 x float> undef, float %1847, i32 0
  %splat145 = shufflevector <8 x float> %1848, <8 x float> undef, <8 x i32> zeroinitializer
  %1849 = load <8 x float>, <8 x float>* %35, align 32
  %1850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1808, <8 x float> %1849)
  store <8 x float> %1850, <8 x float>* %35, align 32
  %1851 = load <8 x float>, <8 x float>* %29, align 32
  %1852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1812, <8 x float> %1851)
  store <8 x float> %1852, <8 x float>* %29, align 32
  %1853 = add i64 %1632, 155
  %1854 = getelementptr inbounds float, float* %2, i64 %1853
  %1855 = load float, float* %1854, align 4
  %1856 = insertelement <8 x float> undef, float %1855, i32 0
  %splat146 = shufflevector <8 x float> %1856, <8 x float> undef, <8 x i32> zeroinitializer
  %1857 = load <8 x float>, <8 x float>* %34, align 32
  %1858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1808, <8 x float> %1857)
  store <8 x float> %1858, <8 x float>* %34, align 32
  %1859 = load <8 x float>, <8 x float>* %28, align 32
  %1860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1812, <8 x float> %1859)
  store <8 x float> %1860, <8 x float>* %28, align 32
  %1861 = add i64 %1636, 32
  %1862 = getelementptr inbounds float, float* %4, i64 %1861
  %1863 = bitcast float* %1862 to <8 x float>*
  %1864 = load <8 x float>, <8 x float>* %1863, align 4
  %1865 = add i64 %1636, 36896
  %1866 = getelementptr inbounds float, float* %4, i64 %1865
  %1867 = bitcast float* %1866 to <8 x float>*
  %1868 = load <8 x float>, <8 x float>* %1867, align 4
  %1869 = add i64 %1632, 100
  %1870 = getelementptr inbounds float, float* %2, i64 %1869
  %1871 = load float, float* %1870, align 4
  %1872 = insertelement <8 x float> undef, float %1871, i32 0
  %splat147 = shufflevector <8 x float> %1872, <8 x float> undef, <8 x i32> zeroinitializer
  %1873 = load <8 x float>, <8 x float>* %39, align 32
  %1874 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1864, <8 x float> %1873)
  store <8 x float> %1874, <8 x float>* %39, align 32
  %1875 = load <8 x float>, <8 x float>* %33, align 32
  %1876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1868, <8 x float> %1875)
  store <8 x float> %1876, <8 x float>* %33, align 32
  %1877 = add i64 %1632, 108
  %1878 = getelementptr inbounds float, float* %2, i64 %1877
  %1879 = load float, float* %1878, align 4
  %1880 = insertelement <8 x float> undef, float %1879, i32 0
  %splat148 = shufflevector <8 x float> %1880, <8 x float> undef, <8 x i32> zeroinitializer
  %1881 = load <8 x float>, <8 x float>* %38, align 32
  %1882 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1864, <8 x float> %1881)
  store <8 x float> %1882, <8 x float>* %38, align 32
  %1883 = load <8 x float>, <8 x float>* %32, align 32
  %1884 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1868, <8 x float> %1883)
  store <8 x float> %1884, <8 x float>* %32, align 32
  %1885 = add i64 %1632, 132
  %1886 = getelementptr inbounds float, float* %2, i64 %1885
  %1887 = load float, float* %1886, align 4
  %1888 = insertelement <8 x float> undef, float %1887, i32 0
  %splat149 = shufflevector <8 x float> %1888, <8 x float> undef, <8 x i32> zeroinitializer
  %1889 = load <8 x float>, <8 x float>* %37, align 32
  %1890 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1864, <8 x float> %1889)
  store <8 x float> %1890, <8 x float>* %37, align 32
  %1891 = load <8 x float>, <8 x float>* %31, align 32
  %1892 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1868, <8 x float> %1891)
  store <8 x float> %1892, <8 x float>* %31, align 32
  %1893 = add i64 %1632, 140
  %1894 = getelementptr inbounds float, float* %2, i64 %1893
  %1895 = load float, float* %1894, align 4
  %1896 = insertelement <8 x float> undef, float %1895, i32 0
  %splat150 = shufflevector <8 x float> %1896, <8 x float> undef, <8 x i32> zeroinitializer
  %1897 = load <8 x float>, <8 x float>* %36, align 32
  %1898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1864, <8 x float> %1897)
  store <8 x float> %1898, <8 x float>* %36, align 32
  %1899 = load <8 x float>, <8 x float>* %30, align 32
  %1900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat150, <8 x float> %1868, <8 x float> %1899)
  store <8 x float> %1900, <8 x float>* %30, align 32
  %1901 = add i64 %1632, 148
  %1902 = getelementptr inbounds float, float* %2, i64 %1901
  %1903 = load float, float* %1902, align 4
  %1904 = insertelement <8 x float> undef, float %1903, i32 0
  %splat151 = shufflevector <8 x float> %1904, <8 x float> undef, <8 x i32> zeroinitializer
  %1905 = load <8 x float>, <8 x float>* %35, align 32
  %1906 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1864, <8 x float> %1905)
  store <8 x float> %1906, <8 x float>* %35, align 32
  %1907 = load <8 x float>, <8 x float>* %29, align 32
  %1908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat151, <8 x float> %1868, <8 x float> %1907)
  store <8 x float> %1908, <8 x float>* %29, align 32
  %1909 = add i64 %1632, 156
  %1910 = getelementptr inbounds float, float* %2, i64 %1909
  %1911 = load float, float* %1910, align 4
  %1912 = insertelement <8 x float> undef, float %1911, i32 0
  %splat152 = shufflevector <8 x float> %1912, <8 x float> undef, <8 x i32> zeroinitializer
  %1913 = load <8 x float>, <8 x float>* %34, align 32
  %1914 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1864, <8 x float> %1913)
  store <8 x float> %1914, <8 x float>* %34, align 32
  %1915 = load <8 x float>, <8 x float>* %28, align 32
  %1916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat152, <8 x float> %1868, <8 x float> %1915)
  store <8 x float> %1916, <8 x float>* %28, align 32
  %1917 = add i64 %1636, 40
  %1918 = getelementptr inbounds float, float* %4, i64 %1917
  %1919 = bitcast float* %1918 to <8 x float>*
  %1920 = load <8 x float>, <8 x float>* %1919, align 4
  %1921 = add i64 %1636, 36904
  %1922 = getelementptr inbounds float, float* %4, i64 %1921
  %1923 = bitcast float* %1922 to <8 x float>*
  %1924 = load <8 x float>, <8 x float>* %1923, align 4
  %1925 = add i64 %1632, 101
  %1926 = getelementptr inbounds float, float* %2, i64 %1925
  %1927 = load float, float* %1926, align 4
  %1928 = insertelement <8 x float> undef, float %1927, i32 0
  %splat153 = shufflevector <8 x float> %1928, <8 x float> undef, <8 x i32> zeroinitializer
  %1929 = load <8 x float>, <8 x float>* %39, align 32
  %1930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1920, <8 x float> %1929)
  store <8 x float> %1930, <8 x float>* %39, align 32
  %1931 = load <8 x float>, <8 x float>* %33, align 32
  %1932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat153, <8 x float> %1924, <8 x float> %1931)
  store <8 x float> %1932, <8 x float>* %33, align 32
  %1933 = add i64 %1632, 109
  %1934 = getelementptr inbounds float, float* %2, i64 %1933
  %1935 = load float, float* %1934, align 4
  %1936 = insertelement <8 x float> undef, float %1935, i32 0
  %splat154 = shufflevector <8 x float> %1936, <8 x float> undef, <8 x i32> zeroinitializer
  %1937 = load <8 x float>, <8 x float>* %38, align 32
  %1938 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1920, <8 x float> %1937)
  store <8 x float> %1938, <8 x float>* %38, align 32
  %1939 = load <8 x float>, <8 x float>* %32, align 32
  %1940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat154, <8 x float> %1924, <8 x float> %1939)
  store <8 x float> %1940, <8 x float>* %32, align 32
  %1941 = add i64 %1632, 133
  %1942 = getelementptr inbounds float, float* %2, i64 %1941
  %1943 = load float, float* %1942, align 4
  %1944 = insertelement <8 x float> undef, float %1943, i32 0
  %splat155 = shufflevector <8 x float> %1944, <8 x float> undef, <8 x i32> zeroinitializer
  %1945 = load <8 x float>, <8 x float>* %37, align 32
  %1946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1920, <8 x float> %1945)
  store <8 x float> %1946, <8 x float>* %37, align 32
  %1947 = load <8 x float>, <8 x float>* %31, align 32
  %1948 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat155, <8 x float> %1924, <8 x float> %1947)
  store <8 x float> %1948, <8 x float>* %31, align 32
  %1949 = add i64 %1632, 141
  %1950 = getelementptr inbounds float, float* %2, i64 %1949
  %1951 = load float, float* %1950, align 4
  %1952 = insertelement <8 x float> undef, float %1951, i32 0
  %splat156 = shufflevector <8 x float> %1952, <8 x float> undef, <8 x i32> zeroinitializer
  %1953 = load <8 x float>, <8 x float>* %36, align 32
  %1954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1920, <8 x float> %1953)
  store <8 x float> %1954, <8 x float>* %36, align 32
  %1955 = load <8 x float>, <8 x float>* %30, align 32
  %1956 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat156, <8 x float> %1924, <8 x float> %1955)
  store <8 x float> %1956, <8 x float>* %30, align 32
  %1957 = add i64 %1632, 149
  %1958 = getelementptr inbounds float, float* %2, i64 %1957
  %1959 = load float, float* %1958, align 4
  %1960 = insertelement <8 x float> undef, float %1959, i32 0
  %splat157 = shufflevector <8 x float> %1960, <8 x float> undef, <8 x i32> zeroinitializer
  %1961 = load <8 x float>, <8 x float>* %35, align 32
  %1962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1920, <8 x float> %1961)
  store <8 x float> %1962, <8 x float>* %35, align 32
  %1963 = load <8 x float>, <8 x float>* %29, align 32
  %1964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat157, <8 x float> %1924, <8 x float> %1963)
  store <8 x float> %1964, <8 x float>* %29, align 32
  %1965 = add i64 %1632, 157
  %1966 = getelementptr inbounds float, float* %2, i64 %1965
  %1967 = load float, float* %1966, align 4
  %1968 = insertelement <8 x float> undef, float %1967, i32 0
  %splat158 = shufflevector <8 x float> %1968, <8 x float> undef, <8 x i32> zeroinitializer
  %1969 = load <8 x float>, <8 x float>* %34, align 32
  %1970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1920, <8 x float> %1969)
  store <8 x float> %1970, <8 x float>* %34, align 32
  %1971 = load <8 x float>, <8 x float>* %28, align 32
  %1972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat158, <8 x float> %1924, <8 x float> %1971)
  store <8 x float> %1972, <8 x float>* %28, align 32
  %1973 = add i64 %1636, 48
  %1974 = getelementptr inbounds float, float* %4, i64 %1973
  %1975 = bitcast float* %1974 to <8 x float>*
  %1976 = load <8 x float>, <8 x float>* %1975, align 4
  %1977 = add i64 %1636, 36912
  %1978 = getelementptr inbounds float, float* %4, i64 %1977
  %1979 = bitcast float* %1978 to <8 x float>*
  %1980 = load <8 x float>, <8 x float>* %1979, align 4
  %1981 = add i64 %1632, 102
  %1982 = getelementptr inbounds float, float* %2, i64 %1981
  %1983 = load float, float* %1982, align 4
  %1984 = insertelement <8 x float> undef, float %1983, i32 0
  %splat159 = shufflevector <8 x float> %1984, <8 x float> undef, <8 x i32> zeroinitializer
  %1985 = load <8 x float>, <8 x float>* %39, align 32
  %1986 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1976, <8 x float> %1985)
  store <8 x float> %1986, <8 x float>* %39, align 32
  %1987 = load <8 x float>, <8 x float>* %33, align 32
  %1988 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat159, <8 x float> %1980, <8 x float> %1987)
  store <8 x float> %1988, <8 x float>* %33, align 32
  %1989 = add i64 %1632, 110
  %1990 = getelementptr inbounds float, float* %2, i64 %1989
  %1991 = load float, float* %1990, align 4
  %1992 = insertelement <8 x float> undef, float %1991, i32 0
  %splat160 = shufflevector <8 x float> %1992, <8 x float> undef, <8 x i32> zeroinitializer
  %1993 = load <8 x float>, <8 x float>* %38, align 32
  %1994 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1976, <8 x float> %1993)
  store <8 x float> %1994, <8 x float>* %38, align 32
  %1995 = load <8 x float>, <8 x float>* %32, align 32
  %1996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat160, <8 x float> %1980, <8 x float> %1995)
  store <8 x float> %1996, <8 x float>* %32, align 32
  %1997 = add i64 %1632, 134
  %1998 = getelementptr inbounds float, float* %2, i64 %1997
  %1999 = load float, float* %1998, align 4
  %2000 = insertelement <8 x float> undef, float %1999, i32 0
  %splat161 = shufflevector <8 x float> %2000, <8 x float> undef, <8 x i32> zeroinitializer
  %2001 = load <8 x float>, <8 x float>* %37, align 32
  %2002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1976, <8 x float> %2001)
  store <8 x float> %2002, <8 x float>* %37, align 32
  %2003 = load <8 x float>, <8 x float>* %31, align 32
  %2004 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat161, <8 x float> %1980, <8 x float> %2003)
  store <8 x float> %2004, <8 x float>* %31, align 32
  %2005 = add i64 %1632, 142
  %2006 = getelementptr inbounds float, float* %2, i64 %2005
  %2007 = load float, float* %2006, align 4
  %2008 = insertelement <8 x float> undef, float %2007, i32 0
  %splat162 = shufflevector <8 x float> %2008, <8 x float> undef, <8 x i32> zeroinitializer
  %2009 = load <8 x float>, <8 x float>* %36, align 32
  %2010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1976, <8 x float> %2009)
  store <8 x float> %2010, <8 x float>* %36, align 32
  %2011 = load <8 x float>, <8 x float>* %30, align 32
  %2012 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat162, <8 x float> %1980, <8 x float> %2011)
  store <8 x float> %2012, <8 x float>* %30, align 32
  %2013 = add i64 %1632, 150
  %2014 = getelementptr inbounds float, float* %2, i64 %2013
  %2015 = load float, float* %2014, align 4
  %2016 = insertelement <8 x float> undef, float %2015, i32 0
  %splat163 = shufflevector <8 x float> %2016, <8 x float> undef, <8 x i32> zeroinitializer
  %2017 = load <8 x float>, <8 x float>* %35, align 32
  %2018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1976, <8 x float> %2017)
  store <8 x float> %2018, <8 x float>* %35, align 32
  %2019 = load <8 x float>, <8 x float>* %29, align 32
  %2020 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat163, <8 x float> %1980, <8 x float> %2019)
  store <8 x float> %2020, <8 x float>* %29, align 32
  %2021 = add i64 %1632, 158
  %2022 = getelementptr inbounds float, float* %2, i64 %2021
  %2023 = load float, float* %2022, align 4
  %2024 = insertelement <8 x float> undef, float %2023, i32 0
  %splat164 = shufflevector <8 x float> %2024, <8 x float> undef, <8 x i32> zeroinitializer
  %2025 = load <8 x float>, <8 x float>* %34, align 32
  %2026 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1976, <8 x float> %2025)
  store <8 x float> %2026, <8 x float>* %34, align 32
  %2027 = load <8 x float>, <8 x float>* %28, align 32
  %2028 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat164, <8 x float> %1980, <8 x float> %2027)
  store <8 x float> %2028, <8 x float>* %28, align 32
  %2029 = add i64 %1636, 56
  %2030 = getelementptr inbounds float, float* %4, i64 %2029
  %2031 = bitcast float* %2030 to <8 x float>*
  %2032 = load <8 x float>, <8 x float>* %2031, align 4
  %2033 = add i64 %1636, 36920
  %2034 = getelementptr inbounds float, float* %4, i64 %2033
  %2035 = bitcast float* %2034 to <8 x float>*
  %2036 = load <8 x float>, <8 x float>* %2035, align 4
  %2037 = add i64 %1632, 103
  %2038 = getelementptr inbounds float, float* %2, i64 %2037
  %2039 = load float, float* %2038, align 4
  %2040 = insertelement <8 x float> undef, float %2039, i32 0
  %splat165 = shufflevector <8 x float> %2040, <8 x float> undef, <8 x i32> zeroinitializer
  %2041 = load <8 x float>, <8 x float>* %39, align 32
  %2042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %2032, <8 x float> %2041)
  store <8 x float> %2042, <8 x float>* %39, align 32
  %2043 = load <8 x float>, <8 x float>* %33, align 32
  %2044 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %2036, <8 x float> %2043)
  store <8 x float> %2044, <8 x float>* %33, align 32
  %2045 = add i64 %1632, 111
  %2046 = getelementptr inbounds float, float* %2, i64 %2045
  %2047 = load float, float* %2046, align 4
  %2048 = insertelement <8 x float> undef, float %2047, i32 0
  %splat166 = shufflevector <8 x float> %2048, <8 x float> undef, <8 x i32> zeroinitializer
  %2049 = load <8 x float>, <8 x float>* %38, align 32
  %2050 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %2032, <8 x float> %2049)
  store <8 x float> %2050, <8 x float>* %38, align 32
  %2051 = load <8 x float>, <8 x float>* %32, align 32
  %2052 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %2036, <8 x float> %2051)
  store <8 x float> %2052, <8 x float>* %32, align 32
  %2053 = add i64 %1632, 135
  %2054 = getelementptr inbounds float, float* %2, i64 %2053
  %2055 = load float, float* %2054, align 4
  %2056 = insertelement <8 x float> undef, float %2055, i32 0
  %splat167 = shufflevector <8 x float> %2056, <8 x float> undef, <8 x i32> zeroinitializer
  %2057 = load <8 x float>, <8 x float>* %37, align 32
  %2058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %2032, <8 x float> %2057)
  store <8 x float> %2058, <8 x float>* %37, align 32
  %2059 = load <8 x float>, <8 x float>* %31, align 32
  %2060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat167, <8 x float> %2036, <8 x float> %2059)
  store <8 x float> %2060, <8 x float>* %31, align 32
  %2061 = add i64 %1632, 143
  %2062 = getelementptr inbounds float, float* %2, i64 %2061
  %2063 = load float, float* %2062, align 4
  %2064 = insertelement <8 x float> undef, float %2063, i32 0
  %splat168 = shufflevector <8 x float> %2064, <8 x float> undef, <8 x i32> zeroinitializer
  %2065 = load <8 x float>, <8 x float>* %36, align 32
  %2066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %2032, <8 x float> %2065)
  store <8 x float> %2066, <8 x float>* %36, align 32
  %2067 = load <8 x float>, <8 x float>* %30, align 32
  %2068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat168, <8 x float> %2036, <8 x float> %2067)
  store <8 x float> %2068, <8 x float>* %30, align 32
  %2069 = add i64 %1632, 151
  %2070 = getelementptr inbounds float, float* %2, i64 %2069
  %2071 = load float, float* %2070, align 4
  %2072 = insertelement <8 x float> undef, float %2071, i32 0
  %splat169 = shufflevector <8 x float> %2072, <8 x float> undef, <8 x i32> zeroinitializer
  %2073 = load <8 x float>, <8 x float>* %35, align 32
  %2074 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %2032, <8 x float> %2073)
  store <8 x float> %2074, <8 x float>* %35, align 32
  %2075 = load <8 x float>, <8 x float>* %29, align 32
  %2076 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat169, <8 x float> %2036, <8 x float> %2075)
  store <8 x float> %2076, <8 x float>* %29, align 32
  %2077 = add i64 %1632, 159
  %2078 = getelementptr inbounds float, float* %2, i64 %2077
  %2079 = load float, float* %2078, align 4
  %2080 = insertelement <8 x float> undef, float %2079, i32 0
  %splat170 = shufflevector <8 x float> %2080, <8 x float> undef, <8 x i32> zeroinitializer
  %2081 = load <8 x float>, <8 x float>* %34, align 32
  %2082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %2032, <8 x float> %2081)
  store <8 x float> %2082, <8 x float>* %34, align 32
  %2083 = load <8 x float>, <8 x float>* %28, align 32
  %2084 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat170, <8 x float> %2036, <8 x float> %2083)
  store <8 x float> %2084, <8 x float>* %28, align 32
  %kw.next171 = add i64 %kw122, 1
  br label %kw.header119

kw.exit121:                                       ; preds = %kw.header119
  %kh.next172 = add i64 %kh118, 1
  br label %kh.header115

u.header174:                                      ; preds = %kh.exit180, %u.exit113
  %u177 = phi i64 [ 0, %u.exit113 ], [ %u.next236, %kh.exit180 ]
  %2085 = icmp slt i64 %u177, 2
  br i1 %2085, label %u.body175, label %u.exit176

u.body175:                                        ; preds = %u.header174
  %2086 = add i64 %1626, %u177
  %2087 = mul i64 %2086, 2048
  %2088 = add i64 %1625, %2087
  %2089 = mul i64 %2086, 576
  %2090 = add i64 %79, %2089
  br label %kh.header178

u.exit176:                                        ; preds = %u.header174
  %2091 = icmp eq i64 %chunk, 31
  %2092 = load <8 x float>, <8 x float>* %27, align 32
  %2093 = fcmp olt <8 x float> %2092, zeroinitializer
  %2094 = select <8 x i1> %2093, <8 x float> zeroinitializer, <8 x float> %2092
  %2095 = select i1 %2091, <8 x float> %2094, <8 x float> %2092
  %2096 = getelementptr inbounds float, float* %0, i64 %1536
  %2097 = bitcast float* %2096 to <8 x float>*
  store <8 x float> %2095, <8 x float>* %2097, align 4
  %2098 = load <8 x float>, <8 x float>* %26, align 32
  %2099 = fcmp olt <8 x float> %2098, zeroinitializer
  %2100 = select <8 x i1> %2099, <8 x float> zeroinitializer, <8 x float> %2098
  %2101 = select i1 %2091, <8 x float> %2100, <8 x float> %2098
  %2102 = getelementptr inbounds float, float* %0, i64 %1538
  %2103 = bitcast float* %2102 to <8 x float>*
  store <8 x float> %2101, <8 x float>* %2103, align 4
  %2104 = load <8 x float>, <8 x float>* %25, align 32
  %2105 = fcmp olt <8 x float> %2104, zeroinitializer
  %2106 = select <8 x i1> %2105, <8 x float> zeroinitializer, <8 x float> %2104
  %2107 = select i1 %2091, <8 x float> %2106, <8 x float> %2104
  %2108 = getelementptr inbounds float, float* %0, i64 %1540
  %2109 = bitcast float* %2108 to <8 x float>*
  store <8 x float> %2107, <8 x float>* %2109, align 4
  %2110 = load <8 x float>, <8 x float>* %24, align 32
  %2111 = fcmp olt <8 x float> %2110, zeroinitializer
  %2112 = select <8 x i1> %2111, <8 x float> zeroinitializer, <8 x float> %2110
  %2113 = select i1 %2091, <8 x float> %2112, <8 x float> %2110
  %2114 = getelementptr inbounds float, float* %0, i64 %1542
  %2115 = bitcast float* %2114 to <8 x float>*
  store <8 x float> %2113, <8 x float>* %2115, align 4
  %2116 = load <8 x float>, <8 x float>* %23, align 32
  %2117 = fcmp olt <8 x float> %2116, zeroinitializer
  %2118 = select <8 x i1> %2117, <8 x float> zeroinitializer, <8 x float> %2116
  %2119 = select i1 %2091, <8 x float> %2118, <8 x float> %2116
  %2120 = getelementptr inbounds float, float* %0, i64 %1544
  %2121 = bitcast float* %2120 to <8 x float>*
  store <8 x float> %2119, <8 x float>* %2121, align 4
  %2122 = load <8 x float>, <8 x float>* %22, align 32
  %2123 = fcmp olt <8 x float> %2122, zeroinitializer
  %2124 = select <8 x i1> %2123, <8 x float> zeroinitializer, <8 x float> %2122
  %2125 = select i1 %2091, <8 x float> %2124, <8 x float> %2122
  %2126 = getelementptr inbounds float, float* %0, i64 %1546
  %2127 = bitcast float* %2126 to <8 x float>*
  store <8 x float> %2125, <8 x float>* %2127, align 4
  %2128 = load <8 x float>, <8 x float>* %21, align 32
  %2129 = fcmp olt <8 x float> %2128, zeroinitializer
  %2130 = select <8 x i1> %2129, <8 x float> zeroinitializer, <8 x float> %2128
  %2131 = select i1 %2091, <8 x float> %2130, <8 x float> %2128
  %2132 = getelementptr inbounds float, float* %0, i64 %1554
  %2133 = bitcast float* %2132 to <8 x float>*
  store <8 x float> %2131, <8 x float>* %2133, align 4
  %2134 = load <8 x float>, <8 x float>* %20, align 32
  %2135 = fcmp olt <8 x float> %2134, zeroinitializer
  %2136 = select <8 x i1> %2135, <8 x float> zeroinitializer, <8 x float> %2134
  %2137 = select i1 %2091, <8 x float> %2136, <8 x float> %2134
  %2138 = getelementptr inbounds float, float* %0, i64 %1556
  %2139 = bitcast float* %2138 to <8 x float>*
  store <8 x float> %2137, <8 x float>* %2139, align 4
  %2140 = load <8 x float>, <8 x float>* %19, align 32
  %2141 = fcmp olt <8 x float> %2140, zeroinitializer
  %2142 = select <8 x i1> %2141, <8 x float> zeroinitializer, <8 x float> %2140
  %2143 = select i1 %2091, <8 x float> %2142, <8 x float> %2140
  %2144 = getelementptr inbounds float, float* %0, i64 %1558
  %2145 = bitcast float* %2144 to <8 x float>*
  store <8 x float> %2143, <8 x float>* %2145, align 4
  %2146 = load <8 x float>, <8 x float>* %18, align 32
  %2147 = fcmp olt <8 x float> %2146, zeroinitializer
  %2148 = select <8 x i1> %2147, <8 x float> zeroinitializer, <8 x float> %2146
  %2149 = select i1 %2091, <8 x float> %2148, <8 x float> %2146
  %2150 = getelementptr inbounds float, float* %0, i64 %1560
  %2151 = bitcast float* %2150 to <8 x float>*
  store <8 x float> %2149, <8 x float>* %2151, align 4
  %2152 = load <8 x float>, <8 x float>* %17, align 32
  %2153 = fcmp olt <8 x float> %2152, zeroinitializer
  %2154 = select <8 x i1> %2153, <8 x float> zeroinitializer, <8 x float> %2152
  %2155 = select i1 %2091, <8 x float> %2154, <8 x float> %2152
  %2156 = getelementptr inbounds float, float* %0, i64 %1562
  %2157 = bitcast float* %2156 to <8 x float>*
  store <8 x float> %2155, <8 x float>* %2157, align 4
  %2158 = load <8 x float>, <8 x float>* %16, align 32
  %2159 = fcmp olt <8 x float> %2158, zeroinitializer
  %2160 = select <8 x i1> %2159, <8 x float> zeroinitializer, <8 x float> %2158
  %2161 = select i1 %2091, <8 x float> %2160, <8 x float> %2158
  %2162 = getelementptr inbounds float, float* %0, i64 %1564
  %2163 = bitcast float* %2162 to <8 x float>*
  store <8 x float> %2161, <8 x float>* %2163, align 4
  %2164 = mul i64 %71, 64
  %2165 = add i64 %2164, %74
  %2166 = add i64 %2165, 0
  %2167 = mul i64 %2166, 14
  %2168 = add i64 %2167, %68
  %2169 = mul i64 %2168, 14
  %2170 = add i64 %2169, 24
  %2171 = mul i64 %2170, 8
  %2172 = add i64 %2169, 25
  %2173 = mul i64 %2172, 8
  %2174 = add i64 %2169, 26
  %2175 = mul i64 %2174, 8
  %2176 = add i64 %2169, 27
  %2177 = mul i64 %2176, 8
  %2178 = mul i64 %71, 64
  %2179 = add i64 %2178, %74
  %2180 = add i64 %2179, 1
  %2181 = mul i64 %2180, 14
  %2182 = add i64 %2181, %68
  %2183 = mul i64 %2182, 14
  %2184 = add i64 %2183, 24
  %2185 = mul i64 %2184, 8
  %2186 = add i64 %2183, 25
  %2187 = mul i64 %2186, 8
  %2188 = add i64 %2183, 26
  %2189 = mul i64 %2188, 8
  %2190 = add i64 %2183, 27
  %2191 = mul i64 %2190, 8
  %2192 = add i64 %74, 0
  %2193 = mul i64 %2192, 8
  %2194 = getelementptr inbounds float, float* %5, i64 %2193
  %2195 = bitcast float* %2194 to <8 x float>*
  %2196 = load <8 x float>, <8 x float>* %2195, align 4
  %2197 = add i64 %74, 1
  %2198 = mul i64 %2197, 8
  %2199 = getelementptr inbounds float, float* %5, i64 %2198
  %2200 = bitcast float* %2199 to <8 x float>*
  %2201 = load <8 x float>, <8 x float>* %2200, align 4
  %2202 = icmp eq i64 %chunk, 0
  %2203 = getelementptr inbounds float, float* %0, i64 %2171
  %2204 = bitcast float* %2203 to <8 x float>*
  %2205 = load <8 x float>, <8 x float>* %2204, align 4
  %2206 = select i1 %2202, <8 x float> %2196, <8 x float> %2205
  store <8 x float> %2206, <8 x float>* %15, align 32
  %2207 = getelementptr inbounds float, float* %0, i64 %2173
  %2208 = bitcast float* %2207 to <8 x float>*
  %2209 = load <8 x float>, <8 x float>* %2208, align 4
  %2210 = select i1 %2202, <8 x float> %2196, <8 x float> %2209
  store <8 x float> %2210, <8 x float>* %14, align 32
  %2211 = getelementptr inbounds float, float* %0, i64 %2175
  %2212 = bitcast float* %2211 to <8 x float>*
  %2213 = load <8 x float>, <8 x float>* %2212, align 4
  %2214 = select i1 %2202, <8 x float> %2196, <8 x float> %2213
  store <8 x float> %2214, <8 x float>* %13, align 32
  %2215 = getelementptr inbounds float, float* %0, i64 %2177
  %2216 = bitcast float* %2215 to <8 x float>*
  %2217 = load <8 x float>, <8 x float>* %2216, align 4
  %2218 = select i1 %2202, <8 x float> %2196, <8 x float> %2217
  store <8 x float> %2218, <8 x float>* %12, align 32
  %2219 = getelementptr inbounds float, float* %0, i64 %2185
  %2220 = bitcast float* %2219 to <8 x float>*
  %2221 = load <8 x float>, <8 x float>* %2220, align 4
  %2222 = select i1 %2202, <8 x float> %2201, <8 x float> %2221
  store <8 x float> %2222, <8 x float>* %11, align 32
  %2223 = getelementptr inbounds float, float* %0, i64 %2187
  %2224 = bitcast float* %2223 to <8 x float>*
  %2225 = load <8 x float>, <8 x float>* %2224, align 4
  %2226 = select i1 %2202, <8 x float> %2201, <8 x float> %2225
  store <8 x float> %2226, <8 x float>* %10, align 32
  %2227 = getelementptr inbounds float, float* %0, i64 %2189
  %2228 = bitcast float* %2227 to <8 x float>*
  %2229 = load <8 x float>, <8 x float>* %2228, align 4
  %2230 = select i1 %2202, <8 x float> %2201, <8 x float> %2229
  store <8 x float> %2230, <8 x float>* %9, align 32
  %2231 = getelementptr inbounds float, float* %0, i64 %2191
  %2232 = bitcast float* %2231 to <8 x float>*
  %2233 = load <8 x float>, <8 x float>* %2232, align 4
  %2234 = select i1 %2202, <8 x float> %2201, <8 x float> %2233
  store <8 x float> %2234, <8 x float>* %8, align 32
  %2235 = add i64 %80, 0
  %2236 = add i64 %78, %2235
  %2237 = mul i64 %chunk, 2
  br label %u.header237

kh.header178:                                     ; preds = %kw.exit184, %u.body175
  %kh181 = phi i64 [ 0, %u.body175 ], [ %kh.next235, %kw.exit184 ]
  %2238 = icmp slt i64 %kh181, 3
  br i1 %2238, label %kh.body179, label %kh.exit180

kh.body179:                                       ; preds = %kh.header178
  %2239 = mul i64 %kh181, 128
  %2240 = add i64 %2088, %2239
  br label %kw.header182

kh.exit180:                                       ; preds = %kh.header178
  %u.next236 = add i64 %u177, 1
  br label %u.header174

kw.header182:                                     ; preds = %kw.body183, %kh.body179
  %kw185 = phi i64 [ 0, %kh.body179 ], [ %kw.next234, %kw.body183 ]
  %2241 = icmp slt i64 %kw185, 3
  br i1 %2241, label %kw.body183, label %kw.exit184

kw.body183:                                       ; preds = %kw.header182
  %2242 = mul i64 %kw185, 8
  %2243 = add i64 %2240, %2242
  %2244 = mul i64 %kh181, 3
  %2245 = add i64 %2244, %kw185
  %2246 = mul i64 %2245, 64
  %2247 = add i64 %2090, %2246
  %2248 = add i64 %2247, 0
  %2249 = getelementptr inbounds float, float* %4, i64 %2248
  %2250 = bitcast float* %2249 to <8 x float>*
  %2251 = load <8 x float>, <8 x float>* %2250, align 4
  %2252 = add i64 %2247, 36864
  %2253 = getelementptr inbounds float, float* %4, i64 %2252
  %2254 = bitcast float* %2253 to <8 x float>*
  %2255 = load <8 x float>, <8 x float>* %2254, align 4
  %2256 = add i64 %2243, 160
  %2257 = getelementptr inbounds float, float* %2, i64 %2256
  %2258 = load float, float* %2257, align 4
  %2259 = insertelement <8 x float> undef, float %2258, i32 0
  %splat186 = shufflevector <8 x float> %2259, <8 x float> undef, <8 x i32> zeroinitializer
  %2260 = load <8 x float>, <8 x float>* %27, align 32
  %2261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %2251, <8 x float> %2260)
  store <8 x float> %2261, <8 x float>* %27, align 32
  %2262 = load <8 x float>, <8 x float>* %21, align 32
  %2263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat186, <8 x float> %2255, <8 x float> %2262)
  store <8 x float> %2263, <8 x float>* %21, align 32
  %2264 = add i64 %2243, 168
  %2265 = getelementptr inbounds float, float* %2, i64 %2264
  %2266 = load float, float* %2265, align 4
  %2267 = insertelement <8 x float> undef, float %2266, i32 0
  %splat187 = shufflevector <8 x float> %2267, <8 x float> undef, <8 x i32> zeroinitializer
  %2268 = load <8 x float>, <8 x float>* %26, align 32
  %2269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %2251, <8 x float> %2268)
  store <8 x float> %2269, <8 x float>* %26, align 32
  %2270 = load <8 x float>, <8 x float>* %20, align 32
  %2271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat187, <8 x float> %2255, <8 x float> %2270)
  store <8 x float> %2271, <8 x float>* %20, align 32
  %2272 = add i64 %2243, 176
  %2273 = getelementptr inbounds float, float* %2, i64 %2272
  %2274 = load float, float* %2273, align 4
  %2275 = insertelement <8 x float> undef, float %2274, i32 0
  %splat188 = shufflevector <8 x float> %2275, <8 x float> undef, <8 x i32> zeroinitializer
  %2276 = load <8 x float>, <8 x float>* %25, align 32
  %2277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %2251, <8 x float> %2276)
  store <8 x float> %2277, <8 x float>* %25, align 32
  %2278 = load <8 x float>, <8 x float>* %19, align 32
  %2279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat188, <8 x float> %2255, <8 x float> %2278)
  store <8 x float> %2279, <8 x float>* %19, align 32
  %2280 = add i64 %2243, 184
  %2281 = getelementptr inbounds float, float* %2, i64 %2280
  %2282 = load float, float* %2281, align 4
  %2283 = insertelement <8 x float> undef, float %2282, i32 0
  %splat189 = shufflevector <8 x float> %2283, <8 x float> undef, <8 x i32> zeroinitializer
  %2284 = load <8 x float>, <8 x float>* %24, align 32
  %2285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %2251, <8 x float> %2284)
  store <8 x float> %2285, <8 x float>* %24, align 32
  %2286 = load <8 x float>, <8 x float>* %18, align 32
  %2287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat189, <8 x float> %2255, <8 x float> %2286)
  store <8 x float> %2287, <8 x float>* %18, align 32
  %2288 = add i64 %2243, 192
  %2289 = getelementptr inbounds float, float* %2, i64 %2288
  %2290 = load float, float* %2289, align 4
  %2291 = insertelement <8 x float> undef, float %2290, i32 0
  %splat190 = shufflevector <8 x float> %2291, <8 x float> undef, <8 x i32> zeroinitializer
  %2292 = load <8 x float>, <8 x float>* %23, align 32
  %2293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %2251, <8 x float> %2292)
  store <8 x float> %2293, <8 x float>* %23, align 32
  %2294 = load <8 x float>, <8 x float>* %17, align 32
  %2295 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat190, <8 x float> %2255, <8 x float> %2294)
  store <8 x float> %2295, <8 x float>* %17, align 32
  %2296 = add i64 %2243, 200
  %2297 = getelementptr inbounds float, float* %2, i64 %2296
  %2298 = load float, float* %2297, align 4
  %2299 = insertelement <8 x float> undef, float %2298, i32 0
  %splat191 = shufflevector <8 x float> %2299, <8 x float> undef, <8 x i32> zeroinitializer
  %2300 = load <8 x float>, <8 x float>* %22, align 32
  %2301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %2251, <8 x float> %2300)
  store <8 x float> %2301, <8 x float>* %22, align 32
  %2302 = load <8 x float>, <8 x float>* %16, align 32
  %2303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat191, <8 x float> %2255, <8 x float> %2302)
  store <8 x float> %2303, <8 x float>* %16, align 32
  %2304 = add i64 %2247, 8
  %2305 = getelementptr inbounds float, float* %4, i64 %2304
  %2306 = bitcast float* %2305 to <8 x float>*
  %2307 = load <8 x float>, <8 x float>* %2306, align 4
  %2308 = add i64 %2247, 36872
  %2309 = getelementptr inbounds float, float* %4, i64 %2308
  %2310 = bitcast float* %2309 to <8 x float>*
  %2311 = load <8 x float>, <8 x float>* %2310, align 4
  %2312 = add i64 %2243, 161
  %2313 = getelementptr inbounds float, float* %2, i64 %2312
  %2314 = load float, float* %2313, align 4
  %2315 = insertelement <8 x float> undef, float %2314, i32 0
  %splat192 = shufflevector <8 x float> %2315, <8 x float> undef, <8 x i32> zeroinitializer
  %2316 = load <8 x float>, <8 x float>* %27, align 32
  %2317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %2307, <8 x float> %2316)
  store <8 x float> %2317, <8 x float>* %27, align 32
  %2318 = load <8 x float>, <8 x float>* %21, align 32
  %2319 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat192, <8 x float> %2311, <8 x float> %2318)
  store <8 x float> %2319, <8 x float>* %21, align 32
  %2320 = add i64 %2243, 169
  %2321 = getelementptr inbounds float, float* %2, i64 %2320
  %2322 = load float, float* %2321, align 4
  %2323 = insertelement <8 x float> undef, float %2322, i32 0
  %splat193 = shufflevector <8 x float> %2323, <8 x float> undef, <8 x i32> zeroinitializer
  %2324 = load <8 x float>, <8 x float>* %26, align 32
  %2325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %2307, <8 x float> %2324)
  store <8 x float> %2325, <8 x float>* %26, align 32
  %2326 = load <8 x float>, <8 x float>* %20, align 32
  %2327 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat193, <8 x float> %2311, <8 x float> %2326)
  store <8 x float> %2327, <8 x float>* %20, align 32
  %2328 = add i64 %2243, 177
  %2329 = getelementptr inbounds float, float* %2, i64 %2328
  %2330 = load float, float* %2329, align 4
  %2331 = insertelement <8 x float> undef, float %2330, i32 0
  %splat194 = shufflevector <8 x float> %2331, <8 x float> undef, <8 x i32> zeroinitializer
  %2332 = load <8 x float>, <8 x float>* %25, align 32
  %2333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %2307, <8 x float> %2332)
  store <8 x float> %2333, <8 x float>* %25, align 32
  %2334 = load <8 x float>, <8 x float>* %19, align 32
  %2335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat194, <8 x float> %2311, <8 x float> %2334)
  store <8 x float> %2335, <8 x float>* %19, align 32
  %2336 = add i64 %2243, 185
  %2337 = getelementptr inbounds float, float* %2, i64 %2336
  %2338 = load float, float* %2337, align 4
  %2339 = insertelement <8 x float> undef, float %2338, i32 0
  %splat195 = shufflevector <8 x float> %2339, <8 x float> undef, <8 x i32> zeroinitializer
  %2340 = load <8 x float>, <8 x float>* %24, align 32
  %2341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %2307, <8 x float> %2340)
  store <8 x float> %2341, <8 x float>* %24, align 32
  %2342 = load <8 x float>, <8 x float>* %18, align 32
  %2343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat195, <8 x float> %2311, <8 x float> %2342)
  store <8 x float> %2343, <8 x float>* %18, align 32
  %2344 = add i64 %2243, 193
  %2345 = getelementptr inbounds float, float* %2, i64 %2344
  %2346 = load float, float* %2345, align 4
  %2347 = insertelement <8 x float> undef, float %2346, i32 0
  %splat196 = shufflevector <8 x float> %2347, <8 x float> undef, <8 x i32> zeroinitializer
  %2348 = load <8 x float>, <8 x float>* %23, align 32
  %2349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %2307, <8 x float> %2348)
  store <8 x float> %2349, <8 x float>* %23, align 32
  %2350 = load <8 x float>, <8 x float>* %17, align 32
  %2351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat196, <8 x float> %2311, <8 x float> %2350)
  store <8 x float> %2351, <8 x float>* %17, align 32
  %2352 = add i64 %2243, 201
  %2353 = getelementptr inbounds float, float* %2, i64 %2352
  %2354 = load float, float* %2353, align 4
  %2355 = insertelement <8 x float> undef, float %2354, i32 0
  %splat197 = shufflevector <8 x float> %2355, <8 x float> undef, <8 x i32> zeroinitializer
  %2356 = load <8 x float>, <8 x float>* %22, align 32
  %2357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %2307, <8 x float> %2356)
  store <8 x float> %2357, <8 x float>* %22, align 32
  %2358 = load <8 x float>, <8 x float>* %16, align 32
  %2359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat197, <8 x float> %2311, <8 x float> %2358)
  store <8 x float> %2359, <8 x float>* %16, align 32
  %2360 = add i64 %2247, 16
  %2361 = getelementptr inbounds float, float* %4, i64 %2360
  %2362 = bitcast float* %2361 to <8 x float>*
  %2363 = load <8 x float>, <8 x float>* %2362, align 4
  %2364 = add i64 %2247, 36880
  %2365 = getelementptr inbounds float, float* %4, i64 %2364
  %2366 = bitcast float* %2365 to <8 x float>*
  %2367 = load <8 x float>, <8 x float>* %2366, align 4
  %2368 = add i64 %2243, 162
  %2369 = getelementptr inbounds float, float* %2, i64 %2368
  %2370 = load float, float* %2369, align 4
  %2371 = insertelement <8 x float> undef, float %2370, i32 0
  %splat198 = shufflevector <8 x float> %2371, <8 x float> undef, <8 x i32> zeroinitializer
  %2372 = load <8 x float>, <8 x float>* %27, align 32
  %2373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2363, <8 x float> %2372)
  store <8 x float> %2373, <8 x float>* %27, align 32
  %2374 = load <8 x float>, <8 x float>* %21, align 32
  %2375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat198, <8 x float> %2367, <8 x float> %2374)
  store <8 x float> %2375, <8 x float>* %21, align 32
  %2376 = add i64 %2243, 170
  %2377 = getelementptr inbounds float, float* %2, i64 %2376
  %2378 = load float, float* %2377, align 4
  %2379 = insertelement <8 x float> undef, float %2378, i32 0
  %splat199 = shufflevector <8 x float> %2379, <8 x float> undef, <8 x i32> zeroinitializer
  %2380 = load <8 x float>, <8 x float>* %26, align 32
  %2381 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2363, <8 x float> %2380)
  store <8 x float> %2381, <8 x float>* %26, align 32
  %2382 = load <8 x float>, <8 x float>* %20, align 32
  %2383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat199, <8 x float> %2367, <8 x float> %2382)
  store <8 x float> %2383, <8 x float>* %20, align 32
  %2384 = add i64 %2243, 178
  %2385 = getelementptr inbounds float, float* %2, i64 %2384
  %2386 = load float, float* %2385, align 4
  %2387 = insertelement <8 x float> undef, float %2386, i32 0
  %splat200 = shufflevector <8 x float> %2387, <8 x float> undef, <8 x i32> zeroinitializer
  %2388 = load <8 x float>, <8 x float>* %25, align 32
  %2389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2363, <8 x float> %2388)
  store <8 x float> %2389, <8 x float>* %25, align 32
  %2390 = load <8 x float>, <8 x float>* %19, align 32
  %2391 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat200, <8 x float> %2367, <8 x float> %2390)
  store <8 x float> %2391, <8 x float>* %19, align 32
  %2392 = add i64 %2243, 186
  %2393 = getelementptr inbounds float, float* %2, i64 %2392
  %2394 = load float, float* %2393, align 4
  %2395 = insertelement <8 x float> undef, float %2394, i32 0
  %splat201 = shufflevector <8 x float> %2395, <8 x float> undef, <8 x i32> zeroinitializer
  %2396 = load <8 x float>, <8 x float>* %24, align 32
  %2397 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2363, <8 x float> %2396)
  store <8 x float> %2397, <8 x float>* %24, align 32
  %2398 = load <8 x float>, <8 x float>* %18, align 32
  %2399 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat201, <8 x float> %2367, <8 x float> %2398)
  store <8 x float> %2399, <8 x float>* %18, align 32
  %2400 = add i64 %2243, 194
  %2401 = getelementptr inbounds float, float* %2, i64 %2400
  %2402 = load float, float* %2401, align 4
  %2403 = insertelement <8 x float> undef, float %2402, i32 0
  %splat202 = shufflevector <8 x float> %2403, <8 x float> undef, <8 x i32> zeroinitializer
  %2404 = load <8 x float>, <8 x float>* %23, align 32
  %2405 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2363, <8 x float> %2404)
  store <8 x float> %2405, <8 x float>* %23, align 32
  %2406 = load <8 x float>, <8 x float>* %17, align 32
  %2407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat202, <8 x float> %2367, <8 x float> %2406)
  store <8 x float> %2407, <8 x float>* %17, align 32
  %2408 = add i64 %2243, 202
  %2409 = getelementptr inbounds float, float* %2, i64 %2408
  %2410 = load float, float* %2409, align 4
  %2411 = insertelement <8 x float> undef, float %2410, i32 0
  %splat203 = shufflevector <8 x float> %2411, <8 x float> undef, <8 x i32> zeroinitializer
  %2412 = load <8 x float>, <8 x float>* %22, align 32
  %2413 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2363, <8 x float> %2412)
  store <8 x float> %2413, <8 x float>* %22, align 32
  %2414 = load <8 x float>, <8 x float>* %16, align 32
  %2415 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat203, <8 x float> %2367, <8 x float> %2414)
  store <8 x float> %2415, <8 x float>* %16, align 32
  %2416 = add i64 %2247, 24
  %2417 = getelementptr inbounds float, float* %4, i64 %2416
  %2418 = bitcast float* %2417 to <8 x float>*
  %2419 = load <8 x float>, <8 x float>* %2418, align 4
  %2420 = add i64 %2247, 36888
  %2421 = getelementptr inbounds float, float* %4, i64 %2420
  %2422 = bitcast float* %2421 to <8 x float>*
  %2423 = load <8 x float>, <8 x float>* %2422, align 4
  %2424 = add i64 %2243, 163
  %2425 = getelementptr inbounds float, float* %2, i64 %2424
  %2426 = load float, float* %2425, align 4
  %2427 = insertelement <8 x float> undef, float %2426, i32 0
  %splat204 = shufflevector <8 x float> %2427, <8 x float> undef, <8 x i32> zeroinitializer
  %2428 = load <8 x float>, <8 x float>* %27, align 32
  %2429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2419, <8 x float> %2428)
  store <8 x float> %2429, <8 x float>* %27, align 32
  %2430 = load <8 x float>, <8 x float>* %21, align 32
  %2431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat204, <8 x float> %2423, <8 x float> %2430)
  store <8 x float> %2431, <8 x float>* %21, align 32
  %2432 = add i64 %2243, 171
  %2433 = getelementptr inbounds float, float* %2, i64 %2432
  %2434 = load float, float* %2433, align 4
  %2435 = insertelement <8 x float> undef, float %2434, i32 0
  %splat205 = shufflevector <8 x float> %2435, <8 x float> undef, <8 x i32> zeroinitializer
  %2436 = load <8 x float>, <8 x float>* %26, align 32
  %2437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2419, <8 x float> %2436)
  store <8 x float> %2437, <8 x float>* %26, align 32
  %2438 = load <8 x float>, <8 x float>* %20, align 32
  %2439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat205, <8 x float> %2423, <8 x float> %2438)
  store <8 x float> %2439, <8 x float>* %20, align 32
  %2440 = add i64 %2243, 179
  %2441 = getelementptr inbounds float, float* %2, i64 %2440
  %2442 = load float, float* %2441, align 4
  %2443 = insertelement <8 x float> undef, float %2442, i32 0
  %splat206 = shufflevector <8 x float> %2443, <8 x float> undef, <8 x i32> zeroinitializer
  %2444 = load <8 x float>, <8 x float>* %25, align 32
  %2445 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2419, <8 x float> %2444)
  store <8 x float> %2445, <8 x float>* %25, align 32
  %2446 = load <8 x float>, <8 x float>* %19, align 32
  %2447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat206, <8 x float> %2423, <8 x float> %2446)
  store <8 x float> %2447, <8 x float>* %19, align 32
  %2448 = add i64 %2243, 187
  %2449 = getelementptr inbounds float, float* %2, i64 %2448
  %2450 = load float, float* %2449, align 4
  %2451 = insertelement <8 x float> undef, float %2450, i32 0
  %splat207 = shufflevector <8 x float> %2451, <8 x float> undef, <8 x i32> zeroinitializer
  %2452 = load <8 x float>, <8 x float>* %24, align 32
  %2453 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2419, <8 x float> %2452)
  store <8 x float> %2453, <8 x float>* %24, align 32
  %2454 = load <8 x float>, <8 x float>* %18, align 32
  %2455 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat207, <8 x float> %2423, <8 x float> %2454)
  store <8 x float> %2455, <8 x float>* %18, align 32
  %2456 = add i64 %2243, 195
  %2457 = getelementptr inbounds float, float* %2, i64 %2456
  %2458 = load float, float* %2457, align 4
  %2459 = insertelement <8 x float> undef, float %2458, i32 0
  %splat208 = shufflevector <8 x float> %2459, <8 x float> undef, <8 x i32> zeroinitializer
  %2460 = load <8 x float>, <8 x float>* %23, align 32
  %2461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2419, <8 x float> %2460)
  store <8 x float> %2461, <8 x float>* %23, align 32
  %2462 = load <8 x float>, <8 x float>* %17, align 32
  %2463 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat208, <8 x float> %2423, <8 x float> %2462)
  store <8 x float> %2463, <8 x float>* %17, align 32
  %2464 = add i64 %2243, 203
  %2465 = getelementptr inbounds float, float* %2, i64 %2464
  %2466 = load float, float* %2465, align 4
  %2467 = insertelement <8 x float> undef, float %2466, i32 0
  %splat209 = shufflevector <8 x float> %2467, <8 x float> undef, <8 x i32> zeroinitializer
  %2468 = load <8 x float>, <8 x float>* %22, align 32
  %2469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2419, <8 x float> %2468)
  store <8 x float> %2469, <8 x float>* %22, align 32
  %2470 = load <8 x float>, <8 x float>* %16, align 32
  %2471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat209, <8 x float> %2423, <8 x float> %2470)
  store <8 x float> %2471, <8 x float>* %16, align 32
  %2472 = add i64 %2247, 32
  %2473 = getelementptr inbounds float, float* %4, i64 %2472
  %2474 = bitcast float* %2473 to <8 x float>*
  %2475 = load <8 x float>, <8 x float>* %2474, align 4
  %2476 = add i64 %2247, 36896
  %2477 = getelementptr inbounds float, float* %4, i64 %2476
  %2478 = bitcast float* %2477 to <8 x float>*
  %2479 = load <8 x float>, <8 x float>* %2478, align 4
  %2480 = add i64 %2243, 164
  %2481 = getelementptr inbounds float, float* %2, i64 %2480
  %2482 = load float, float* %2481, align 4
  %2483 = insertelement <8 x float> undef, float %2482, i32 0
  %splat210 = shufflevector <8 x float> %2483, <8 x float> undef, <8 x i32> zeroinitializer
  %2484 = load <8 x float>, <8 x float>* %27, align 32
  %2485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2475, <8 x float> %2484)
  store <8 x float> %2485, <8 x float>* %27, align 32
  %2486 = load <8 x float>, <8 x float>* %21, align 32
  %2487 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat210, <8 x float> %2479, <8 x float> %2486)
  store <8 x float> %2487, <8 x float>* %21, align 32
  %2488 = add i64 %2243, 172
  %2489 = getelementptr inbounds float, float* %2, i64 %2488
  %2490 = load float, float* %2489, align 4
  %2491 = insertelement <8 x float> undef, float %2490, i32 0
  %splat211 = shufflevector <8 x float> %2491, <8 x float> undef, <8 x i32> zeroinitializer
  %2492 = load <8 x float>, <8 x float>* %26, align 32
  %2493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2475, <8 x float> %2492)
  store <8 x float> %2493, <8 x float>* %26, align 32
  %2494 = load <8 x float>, <8 x float>* %20, align 32
  %2495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat211, <8 x float> %2479, <8 x float> %2494)
  store <8 x float> %2495, <8 x float>* %20, align 32
  %2496 = add i64 %2243, 180
  %2497 = getelementptr inbounds float, float* %2, i64 %2496
  %2498 = load float, float* %2497, align 4
  %2499 = insertelement <8 x float> undef, float %2498, i32 0
  %splat212 = shufflevector <8 x float> %2499, <8 x float> undef, <8 x i32> zeroinitializer
  %2500 = load <8 x float>, <8 x float>* %25, align 32
  %2501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2475, <8 x float> %2500)
  store <8 x float> %2501, <8 x float>* %25, align 32
  %2502 = load <8 x float>, <8 x float>* %19, align 32
  %2503 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat212, <8 x float> %2479, <8 x float> %2502)
  store <8 x float> %2503, <8 x float>* %19, align 32
  %2504 = add i64 %2243, 188
  %2505 = getelementptr inbounds float, float* %2, i64 %2504
  %2506 = load float, float* %2505, align 4
  %2507 = insertelement <8 x float> undef, float %2506, i32 0
  %splat213 = shufflevector <8 x float> %2507, <8 x float> undef, <8 x i32> zeroinitializer
  %2508 = load <8 x float>, <8 x float>* %24, align 32
  %2509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2475, <8 x float> %2508)
  store <8 x float> %2509, <8 x float>* %24, align 32
  %2510 = load <8 x float>, <8 x float>* %18, align 32
  %2511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat213, <8 x float> %2479, <8 x float> %2510)
  store <8 x float> %2511, <8 x float>* %18, align 32
  %2512 = add i64 %2243, 196
  %2513 = getelementptr inbounds float, float* %2, i64 %2512
  %2514 = load float, float* %2513, align 4
  %2515 = insertelement <8 x float> undef, float %2514, i32 0
  %splat214 = shufflevector <8 x float> %2515, <8 x float> undef, <8 x i32> zeroinitializer
  %2516 = load <8 x float>, <8 x float>* %23, align 32
  %2517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2475, <8 x float> %2516)
  store <8 x float> %2517, <8 x float>* %23, align 32
  %2518 = load <8 x float>, <8 x float>* %17, align 32
  %2519 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat214, <8 x float> %2479, <8 x float> %2518)
  store <8 x float> %2519, <8 x float>* %17, align 32
  %2520 = add i64 %2243, 204
  %2521 = getelementptr inbounds float, float* %2, i64 %2520
  %2522 = load float, float* %2521, align 4
  %2523 = insertelement <8 x float> undef, float %2522, i32 0
  %splat215 = shufflevector <8 x float> %2523, <8 x float> undef, <8 x i32> zeroinitializer
  %2524 = load <8 x float>, <8 x float>* %22, align 32
  %2525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2475, <8 x float> %2524)
  store <8 x float> %2525, <8 x float>* %22, align 32
  %2526 = load <8 x float>, <8 x float>* %16, align 32
  %2527 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat215, <8 x float> %2479, <8 x float> %2526)
  store <8 x float> %2527, <8 x float>* %16, align 32
  %2528 = add i64 %2247, 40
  %2529 = getelementptr inbounds float, float* %4, i64 %2528
  %2530 = bitcast float* %2529 to <8 x float>*
  %2531 = load <8 x float>, <8 x float>* %2530, align 4
  %2532 = add i64 %2247, 36904
  %2533 = getelementptr inbounds float, float* %4, i64 %2532
  %2534 = bitcast float* %2533 to <8 x float>*
  %2535 = load <8 x float>, <8 x float>* %2534, align 4
  %2536 = add i64 %2243, 165
  %2537 = getelementptr inbounds float, float* %2, i64 %2536
  %2538 = load float, float* %2537, align 4
  %2539 = insertelement <8 x float> undef, float %2538, i32 0
  %splat216 = shufflevector <8 x float> %2539, <8 x float> undef, <8 x i32> zeroinitializer
  %2540 = load <8 x float>, <8 x float>* %27, align 32
  %2541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2531, <8 x float> %2540)
  store <8 x float> %2541, <8 x float>* %27, align 32
  %2542 = load <8 x float>, <8 x float>* %21, align 32
  %2543 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat216, <8 x float> %2535, <8 x float> %2542)
  store <8 x float> %2543, <8 x float>* %21, align 32
  %2544 = add i64 %2243, 173
  %2545 = getelementptr inbounds float, float* %2, i64 %2544
  %2546 = load float, float* %2545, align 4
  %2547 = insertelement <8 x float> undef, float %2546, i32 0
  %splat217 = shufflevector <8 x float> %2547, <8 x float> undef, <8 x i32> zeroinitializer
  %2548 = load <8 x float>, <8 x float>* %26, align 32
  %2549 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2531, <8 x float> %2548)
  store <8 x float> %2549, <8 x float>* %26, align 32
  %2550 = load <8 x float>, <8 x float>* %20, align 32
  %2551 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat217, <8 x float> %2535, <8 x float> %2550)
  store <8 x float> %2551, <8 x float>* %20, align 32
  %2552 = add i64 %2243, 181
  %2553 = getelementptr inbounds float, float* %2, i64 %2552
  %2554 = load float, float* %2553, align 4
  %2555 = insertelement <8 x float> undef, float %2554, i32 0
  %splat218 = shufflevector <8 x float> %2555, <8 x float> undef, <8 x i32> zeroinitializer
  %2556 = load <8 x float>, <8 x float>* %25, align 32
  %2557 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2531, <8 x float> %2556)
  store <8 x float> %2557, <8 x float>* %25, align 32
  %2558 = load <8 x float>, <8 x float>* %19, align 32
  %2559 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat218, <8 x float> %2535, <8 x float> %2558)
  store <8 x float> %2559, <8 x float>* %19, align 32
  %2560 = add i64 %2243, 189
  %2561 = getelementptr inbounds float, float* %2, i64 %2560
  %2562 = load float, float* %2561, align 4
  %2563 = insertelement <8 x float> undef, float %2562, i32 0
  %splat219 = shufflevector <8 x float> %2563, <8 x float> undef, <8 x i32> zeroinitializer
  %2564 = load <8 x float>, <8 x float>* %24, align 32
  %2565 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2531, <8 x float> %2564)
  store <8 x float> %2565, <8 x float>* %24, align 32
  %2566 = load <8 x float>, <8 x float>* %18, align 32
  %2567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat219, <8 x float> %2535, <8 x float> %2566)
  store <8 x float> %2567, <8 x float>* %18, align 32
  %2568 = add i64 %2243, 197
  %2569 = getelementptr inbounds float, float* %2, i64 %2568
  %2570 = load float, float* %2569, align 4
  %2571 = insertelement <8 x float> undef, float %2570, i32 0
  %splat220 = shufflevector <8 x float> %2571, <8 x float> undef, <8 x i32> zeroinitializer
  %2572 = load <8 x float>, <8 x float>* %23, align 32
  %2573 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2531, <8 x float> %2572)
  store <8 x float> %2573, <8 x float>* %23, align 32
  %2574 = load <8 x float>, <8 x float>* %17, align 32
  %2575 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat220, <8 x float> %2535, <8 x float> %2574)
  store <8 x float> %2575, <8 x float>* %17, align 32
  %2576 = add i64 %2243, 205
  %2577 = getelementptr inbounds float, float* %2, i64 %2576
  %2578 = load float, float* %2577, align 4
  %2579 = insertelement <8 x float> undef, float %2578, i32 0
  %splat221 = shufflevector <8 x float> %2579, <8 x float> undef, <8 x i32> zeroinitializer
  %2580 = load <8 x float>, <8 x float>* %22, align 32
  %2581 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2531, <8 x float> %2580)
  store <8 x float> %2581, <8 x float>* %22, align 32
  %2582 = load <8 x float>, <8 x float>* %16, align 32
  %2583 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat221, <8 x float> %2535, <8 x float> %2582)
  store <8 x float> %2583, <8 x float>* %16, align 32
  %2584 = add i64 %2247, 48
  %2585 = getelementptr inbounds float, float* %4, i64 %2584
  %2586 = bitcast float* %2585 to <8 x float>*
  %2587 = load <8 x float>, <8 x float>* %2586, align 4
  %2588 = add i64 %2247, 36912
  %2589 = getelementptr inbounds float, float* %4, i64 %2588
  %2590 = bitcast float* %2589 to <8 x float>*
  %2591 = load <8 x float>, <8 x float>* %2590, align 4
  %2592 = add i64 %2243, 166
  %2593 = getelementptr inbounds float, float* %2, i64 %2592
  %2594 = load float, float* %2593, align 4
  %2595 = insertelement <8 x float> undef, float %2594, i32 0
  %splat222 = shufflevector <8 x float> %2595, <8 x float> undef, <8 x i32> zeroinitializer
  %2596 = load <8 x float>, <8 x float>* %27, align 32
  %2597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2587, <8 x float> %2596)
  store <8 x float> %2597, <8 x float>* %27, align 32
  %2598 = load <8 x float>, <8 x float>* %21, align 32
  %2599 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat222, <8 x float> %2591, <8 x float> %2598)
  store <8 x float> %2599, <8 x float>* %21, align 32
  %2600 = add i64 %2243, 174
  %2601 = getelementptr inbounds float, float* %2, i64 %2600
  %2602 = load float, float* %2601, align 4
  %2603 = insertelement <8 x float> undef, float %2602, i32 0
  %splat223 = shufflevector <8 x float> %2603, <8 x float> undef, <8 x i32> zeroinitializer
  %2604 = load <8 x float>, <8 x float>* %26, align 32
  %2605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2587, <8 x float> %2604)
  store <8 x float> %2605, <8 x float>* %26, align 32
  %2606 = load <8 x float>, <8 x float>* %20, align 32
  %2607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat223, <8 x float> %2591, <8 x float> %2606)
  store <8 x float> %2607, <8 x float>* %20, align 32
  %2608 = add i64 %2243, 182
  %2609 = getelementptr inbounds float, float* %2, i64 %2608
  %2610 = load float, float* %2609, align 4
  %2611 = insertelement <8 x float> undef, float %2610, i32 0
  %splat224 = shufflevector <8 x float> %2611, <8 x float> undef, <8 x i32> zeroinitializer
  %2612 = load <8 x float>, <8 x float>* %25, align 32
  %2613 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2587, <8 x float> %2612)
  store <8 x float> %2613, <8 x float>* %25, align 32
  %2614 = load <8 x float>, <8 x float>* %19, align 32
  %2615 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat224, <8 x float> %2591, <8 x float> %2614)
  store <8 x float> %2615, <8 x float>* %19, align 32
  %2616 = add i64 %2243, 190
  %2617 = getelementptr inbounds float, float* %2, i64 %2616
  %2618 = load float, float* %2617, align 4
  %2619 = insertelement <8 x float> undef, float %2618, i32 0
  %splat225 = shufflevector <8 x float> %2619, <8 x float> undef, <8 x i32> zeroinitializer
  %2620 = load <8 x float>, <8 x float>* %24, align 32
  %2621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2587, <8 x float> %2620)
  store <8 x float> %2621, <8 x float>* %24, align 32
  %2622 = load <8 x float>, <8 x float>* %18, align 32
  %2623 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat225, <8 x float> %2591, <8 x float> %2622)
  store <8 x float> %2623, <8 x float>* %18, align 32
  %2624 = add i64 %2243, 198
  %2625 = getelementptr inbounds float, float* %2, i64 %2624
  %2626 = load float, float* %2625, align 4
  %2627 = insertelement <8 x float> undef, float %2626, i32 0
  %splat226 = shufflevector <8 x float> %2627, <8 x float> undef, <8 x i32> zeroinitializer
  %2628 = load <8 x float>, <8 x float>* %23, align 32
  %2629 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2587, <8 x float> %2628)
  store <8 x float> %2629, <8 x float>* %23, align 32
  %2630 = load <8 x float>, <8 x float>* %17, align 32
  %2631 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat226, <8 x float> %2591, <8 x float> %2630)
  store <8 x float> %2631, <8 x float>* %17, align 32
  %2632 = add i64 %2243, 206
  %2633 = getelementptr inbounds float, float* %2, i64 %2632
  %2634 = load float, float* %2633, align 4
  %2635 = insertelement <8 x float> undef, float %2634, i32 0
  %splat227 = shufflevector <8 x float> %2635, <8 x float> undef, <8 x i32> zeroinitializer
  %2636 = load <8 x float>, <8 x float>* %22, align 32
  %2637 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2587, <8 x float> %2636)
  store <8 x float> %2637, <8 x float>* %22, align 32
  %2638 = load <8 x float>, <8 x float>* %16, align 32
  %2639 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat227, <8 x float> %2591, <8 x float> %2638)
  store <8 x float> %2639, <8 x float>* %16, align 32
  %2640 = add i64 %2247, 56
  %2641 = getelementptr inbounds float, float* %4, i64 %2640
  %2642 = bitcast float* %2641 to <8 x float>*
  %2643 = load <8 x float>, <8 x float>* %2642, align 4
  %2644 = add i64 %2247, 36920
  %2645 = getelementptr inbounds float, float* %4, i64 %2644
  %2646 = bitcast float* %2645 to <8 x float>*
  %2647 = load <8 x float>, <8 x float>* %2646, align 4
  %2648 = add i64 %2243, 167
  %2649 = getelementptr inbounds float, float* %2, i64 %2648
  %2650 = load float, float* %2649, align 4
  %2651 = insertelement <8 x float> undef, float %2650, i32 0
  %splat228 = shufflevector <8 x float> %2651, <8 x float> undef, <8 x i32> zeroinitializer
  %2652 = load <8 x float>, <8 x float>* %27, align 32
  %2653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2643, <8 x float> %2652)
  store <8 x float> %2653, <8 x float>* %27, align 32
  %2654 = load <8 x float>, <8 x float>* %21, align 32
  %2655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat228, <8 x float> %2647, <8 x float> %2654)
  store <8 x float> %2655, <8 x float>* %21, align 32
  %2656 = add i64 %2243, 175
  %2657 = getelementptr inbounds float, float* %2, i64 %2656
  %2658 = load float, float* %2657, align 4
  %2659 = insertelement <8 x float> undef, float %2658, i32 0
  %splat229 = shufflevector <8 x float> %2659, <8 x float> undef, <8 x i32> zeroinitializer
  %2660 = load <8 x float>, <8 x float>* %26, align 32
  %2661 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2643, <8 x float> %2660)
  store <8 x float> %2661, <8 x float>* %26, align 32
  %2662 = load <8 x float>, <8 x float>* %20, align 32
  %2663 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat229, <8 x float> %2647, <8 x float> %2662)
  store <8 x float> %2663, <8 x float>* %20, align 32
  %2664 = add i64 %2243, 183
  %2665 = getelementptr inbounds float, float* %2, i64 %2664
  %2666 = load float, float* %2665, align 4
  %2667 = insertelement <8 x float> undef, float %2666, i32 0
  %splat230 = shufflevector <8 x float> %2667, <8 x float> undef, <8 x i32> zeroinitializer
  %2668 = load <8 x float>, <8 x float>* %25, align 32
  %2669 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2643, <8 x float> %2668)
  store <8 x float> %2669, <8 x float>* %25, align 32
  %2670 = load <8 x float>, <8 x float>* %19, align 32
  %2671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat230, <8 x float> %2647, <8 x float> %2670)
  store <8 x float> %2671, <8 x float>* %19, align 32
  %2672 = add i64 %2243, 191
  %2673 = getelementptr inbounds float, float* %2, i64 %2672
  %2674 = load float, float* %2673, align 4
  %2675 = insertelement <8 x float> undef, float %2674, i32 0
  %splat231 = shufflevector <8 x float> %2675, <8 x float> undef, <8 x i32> zeroinitializer
  %2676 = load <8 x float>, <8 x float>* %24, align 32
  %2677 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2643, <8 x float> %2676)
  store <8 x float> %2677, <8 x float>* %24, align 32
  %2678 = load <8 x float>, <8 x float>* %18, align 32
  %2679 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat231, <8 x float> %2647, <8 x float> %2678)
  store <8 x float> %2679, <8 x float>* %18, align 32
  %2680 = add i64 %2243, 199
  %2681 = getelementptr inbounds float, float* %2, i64 %2680
  %2682 = load float, float* %2681, align 4
  %2683 = insertelement <8 x float> undef, float %2682, i32 0
  %splat232 = shufflevector <8 x float> %2683, <8 x float> undef, <8 x i32> zeroinitializer
  %2684 = load <8 x float>, <8 x float>* %23, align 32
  %2685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2643, <8 x float> %2684)
  store <8 x float> %2685, <8 x float>* %23, align 32
  %2686 = load <8 x float>, <8 x float>* %17, align 32
  %2687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat232, <8 x float> %2647, <8 x float> %2686)
  store <8 x float> %2687, <8 x float>* %17, align 32
  %2688 = add i64 %2243, 207
  %2689 = getelementptr inbounds float, float* %2, i64 %2688
  %2690 = load float, float* %2689, align 4
  %2691 = insertelement <8 x float> undef, float %2690, i32 0
  %splat233 = shufflevector <8 x float> %2691, <8 x float> undef, <8 x i32> zeroinitializer
  %2692 = load <8 x float>, <8 x float>* %22, align 32
  %2693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2643, <8 x float> %2692)
  store <8 x float> %2693, <8 x float>* %22, align 32
  %2694 = load <8 x float>, <8 x float>* %16, align 32
  %2695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat233, <8 x float> %2647, <8 x float> %2694)
  store <8 x float> %2695, <8 x float>* %16, align 32
  %kw.next234 = add i64 %kw185, 1
  br label %kw.header182

kw.exit184:                                       ; preds = %kw.header182
  %kh.next235 = add i64 %kh181, 1
  br label %kh.header178

u.header237:                                      ; preds = %kh.exit243, %u.exit176
  %u240 = phi i64 [ 0, %u.exit176 ], [ %u.next283, %kh.exit243 ]
  %2696 = icmp slt i64 %u240, 2
  br i1 %2696, label %u.body238, label %u.exit239

u.body238:                                        ; preds = %u.header237
  %2697 = add i64 %2237, %u240
  %2698 = mul i64 %2697, 2048
  %2699 = add i64 %2236, %2698
  %2700 = mul i64 %2697, 576
  %2701 = add i64 %79, %2700
  br label %kh.header241

u.exit239:                                        ; preds = %u.header237
  %2702 = icmp eq i64 %chunk, 31
  %2703 = load <8 x float>, <8 x float>* %15, align 32
  %2704 = fcmp olt <8 x float> %2703, zeroinitializer
  %2705 = select <8 x i1> %2704, <8 x float> zeroinitializer, <8 x float> %2703
  %2706 = select i1 %2702, <8 x float> %2705, <8 x float> %2703
  %2707 = getelementptr inbounds float, float* %0, i64 %2171
  %2708 = bitcast float* %2707 to <8 x float>*
  store <8 x float> %2706, <8 x float>* %2708, align 4
  %2709 = load <8 x float>, <8 x float>* %14, align 32
  %2710 = fcmp olt <8 x float> %2709, zeroinitializer
  %2711 = select <8 x i1> %2710, <8 x float> zeroinitializer, <8 x float> %2709
  %2712 = select i1 %2702, <8 x float> %2711, <8 x float> %2709
  %2713 = getelementptr inbounds float, float* %0, i64 %2173
  %2714 = bitcast float* %2713 to <8 x float>*
  store <8 x float> %2712, <8 x float>* %2714, align 4
  %2715 = load <8 x float>, <8 x float>* %13, align 32
  %2716 = fcmp olt <8 x float> %2715, zeroinitializer
  %2717 = select <8 x i1> %2716, <8 x float> zeroinitializer, <8 x float> %2715
  %2718 = select i1 %2702, <8 x float> %2717, <8 x float> %2715
  %2719 = getelementptr inbounds float, float* %0, i64 %2175
  %2720 = bitcast float* %2719 to <8 x float>*
  store <8 x float> %2718, <8 x float>* %2720, align 4
  %2721 = load <8 x float>, <8 x float>* %12, align 32
  %2722 = fcmp olt <8 x float> %2721, zeroinitializer
  %2723 = select <8 x i1> %2722, <8 x float> zeroinitializer, <8 x float> %2721
  %2724 = select i1 %2702, <8 x float> %2723, <8 x float> %2721
  %2725 = getelementptr inbounds float, float* %0, i64 %2177
  %2726 = bitcast float* %2725 to <8 x float>*
  store <8 x float> %2724, <8 x float>* %2726, align 4
  %2727 = load <8 x float>, <8 x float>* %11, align 32
  %2728 = fcmp olt <8 x float> %2727, zeroinitializer
  %2729 = select <8 x i1> %2728, <8 x float> zeroinitializer, <8 x float> %2727
  %2730 = select i1 %2702, <8 x float> %2729, <8 x float> %2727
  %2731 = getelementptr inbounds float, float* %0, i64 %2185
  %2732 = bitcast float* %2731 to <8 x float>*
  store <8 x float> %2730, <8 x float>* %2732, align 4
  %2733 = load <8 x float>, <8 x float>* %10, align 32
  %2734 = fcmp olt <8 x float> %2733, zeroinitializer
  %2735 = select <8 x i1> %2734, <8 x float> zeroinitializer, <8 x float> %2733
  %2736 = select i1 %2702, <8 x float> %2735, <8 x float> %2733
  %2737 = getelementptr inbounds float, float* %0, i64 %2187
  %2738 = bitcast float* %2737 to <8 x float>*
  store <8 x float> %2736, <8 x float>* %2738, align 4
  %2739 = load <8 x float>, <8 x float>* %9, align 32
  %2740 = fcmp olt <8 x float> %2739, zeroinitializer
  %2741 = select <8 x i1> %2740, <8 x float> zeroinitializer, <8 x float> %2739
  %2742 = select i1 %2702, <8 x float> %2741, <8 x float> %2739
  %2743 = getelementptr inbounds float, float* %0, i64 %2189
  %2744 = bitcast float* %2743 to <8 x float>*
  store <8 x float> %2742, <8 x float>* %2744, align 4
  %2745 = load <8 x float>, <8 x float>* %8, align 32
  %2746 = fcmp olt <8 x float> %2745, zeroinitializer
  %2747 = select <8 x i1> %2746, <8 x float> zeroinitializer, <8 x float> %2745
  %2748 = select i1 %2702, <8 x float> %2747, <8 x float> %2745
  %2749 = getelementptr inbounds float, float* %0, i64 %2191
  %2750 = bitcast float* %2749 to <8 x float>*
  store <8 x float> %2748, <8 x float>* %2750, align 4
  %chunk.next = add i64 %chunk, 1
  br label %chunk.header, !llvm.loop !11

kh.header241:                                     ; preds = %kw.exit247, %u.body238
  %kh244 = phi i64 [ 0, %u.body238 ], [ %kh.next282, %kw.exit247 ]
  %2751 = icmp slt i64 %kh244, 3
  br i1 %2751, label %kh.body242, label %kh.exit243

kh.body242:                                       ; preds = %kh.header241
  %2752 = mul i64 %kh244, 128
  %2753 = add i64 %2699, %2752
  br label %kw.header245

kh.exit243:                                       ; preds = %kh.header241
  %u.next283 = add i64 %u240, 1
  br label %u.header237

kw.header245:                                     ; preds = %kw.body246, %kh.body242
  %kw248 = phi i64 [ 0, %kh.body242 ], [ %kw.next281, %kw.body246 ]
  %2754 = icmp slt i64 %kw248, 3
  br i1 %2754, label %kw.body246, label %kw.exit247

kw.body246:                                       ; preds = %kw.header245
  %2755 = mul i64 %kw248, 8
  %2756 = add i64 %2753, %2755
  %2757 = mul i64 %kh244, 3
  %2758 = add i64 %2757, %kw248
  %2759 = mul i64 %2758, 64
  %2760 = add i64 %2701, %2759
  %2761 = add i64 %2760, 0
  %2762 = getelementptr inbounds float, float* %4, i64 %2761
  %2763 = bitcast float* %2762 to <8 x float>*
  %2764 = load <8 x float>, <8 x float>* %2763, align 4
  %2765 = add i64 %2760, 36864
  %2766 = getelementptr inbounds float, float* %4, i64 %2765
  %2767 = bitcast float* %2766 to <8 x float>*
  %2768 = load <8 x float>, <8 x float>* %2767, align 4
  %2769 = add i64 %2756, 208
  %2770 = getelementptr inbounds float, float* %2, i64 %2769
  %2771 = load float, float* %2770, align 4
  %2772 = insertelement <8 x float> undef, float %2771, i32 0
  %splat249 = shufflevector <8 x float> %2772, <8 x float> undef, <8 x i32> zeroinitializer
  %2773 = load <8 x float>, <8 x float>* %15, align 32
  %2774 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2764, <8 x float> %2773)
  store <8 x float> %2774, <8 x float>* %15, align 32
  %2775 = load <8 x float>, <8 x float>* %11, align 32
  %2776 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat249, <8 x float> %2768, <8 x float> %2775)
  store <8 x float> %2776, <8 x float>* %11, align 32
  %2777 = add i64 %2756, 216
  %2778 = getelementptr inbounds float, float* %2, i64 %2777
  %2779 = load float, float* %2778, align 4
  %2780 = insertelement <8 x float> undef, float %2779, i32 0
  %splat250 = shufflevector <8 x float> %2780, <8 x float> undef, <8 x i32> zeroinitializer
  %2781 = load <8 x float>, <8 x float>* %14, align 32
  %2782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2764, <8 x float> %2781)
  store <8 x float> %2782, <8 x float>* %14, align 32
  %2783 = load <8 x float>, <8 x float>* %10, align 32
  %2784 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat250, <8 x float> %2768, <8 x float> %2783)
  store <8 x float> %2784, <8 x float>* %10, align 32
  %2785 = add i64 %2756, 224
  %2786 = getelementptr inbounds float, float* %2, i64 %2785
  %2787 = load float, float* %2786, align 4
  %2788 = insertelement <8 x float> undef, float %2787, i32 0
  %splat251 = shufflevector <8 x float> %2788, <8 x float> undef, <8 x i32> zeroinitializer
  %2789 = load <8 x float>, <8 x float>* %13, align 32
  %2790 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2764, <8 x float> %2789)
  store <8 x float> %2790, <8 x float>* %13, align 32
  %2791 = load <8 x float>, <8 x float>* %9, align 32
  %2792 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat251, <8 x float> %2768, <8 x float> %2791)
  store <8 x float> %2792, <8 x float>* %9, align 32
  %2793 = add i64 %2756, 232
  %2794 = getelementptr inbounds float, float* %2, i64 %2793
  %2795 = load float, float* %2794, align 4
  %2796 = insertelement <8 x float> undef, float %2795, i32 0
  %splat252 = shufflevector <8 x float> %2796, <8 x float> undef, <8 x i32> zeroinitializer
  %2797 = load <8 x float>, <8 x float>* %12, align 32
  %2798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2764, <8 x float> %2797)
  store <8 x float> %2798, <8 x float>* %12, align 32
  %2799 = load <8 x float>, <8 x float>* %8, align 32
  %2800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat252, <8 x float> %2768, <8 x float> %2799)
  store <8 x float> %2800, <8 x float>* %8, align 32
  %2801 = add i64 %2760, 8
  %2802 = getelementptr inbounds float, float* %4, i64 %2801
  %2803 = bitcast float* %2802 to <8 x float>*
  %2804 = load <8 x float>, <8 x float>* %2803, align 4
  %2805 = add i64 %2760, 36872
  %2806 = getelementptr inbounds float, float* %4, i64 %2805
  %2807 = bitcast float* %2806 to <8 x float>*
  %2808 = load <8 x float>, <8 x float>* %2807, align 4
  %2809 = add i64 %2756, 209
  %2810 = getelementptr inbounds float, float* %2, i64 %2809
  %2811 = load float, float* %2810, align 4
  %2812 = insertelement <8 x float> undef, float %2811, i32 0
  %splat253 = shufflevector <8 x float> %2812, <8 x float> undef, <8 x i32> zeroinitializer
  %2813 = load <8 x float>, <8 x float>* %15, align 32
  %2814 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2804, <8 x float> %2813)
  store <8 x float> %2814, <8 x float>* %15, align 32
  %2815 = load <8 x float>, <8 x float>* %11, align 32
  %2816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat253, <8 x float> %2808, <8 x float> %2815)
  store <8 x float> %2816, <8 x float>* %11, align 32
  %2817 = add i64 %2756, 217
  %2818 = getelementptr inbounds float, float* %2, i64 %2817
  %2819 = load float, float* %2818, align 4
  %2820 = insertelement <8 x float> undef, float %2819, i32 0
  %splat254 = shufflevector <8 x float> %2820, <8 x float> undef, <8 x i32> zeroinitializer
  %2821 = load <8 x float>, <8 x float>* %14, align 32
  %2822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2804, <8 x float> %2821)
  store <8 x float> %2822, <8 x float>* %14, align 32
  %2823 = load <8 x float>, <8 x float>* %10, align 32
  %2824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat254, <8 x float> %2808, <8 x float> %2823)
  store <8 x float> %2824, <8 x float>* %10, align 32
  %2825 = add i64 %2756, 225
  %2826 = getelementptr inbounds float, float* %2, i64 %2825
  %2827 = load float, float* %2826, align 4
  %2828 = insertelement <8 x float> undef, float %2827, i32 0
  %splat255 = shufflevector <8 x float> %2828, <8 x float> undef, <8 x i32> zeroinitializer
  %2829 = load <8 x float>, <8 x float>* %13, align 32
  %2830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2804, <8 x float> %2829)
  store <8 x float> %2830, <8 x float>* %13, align 32
  %2831 = load <8 x float>, <8 x float>* %9, align 32
  %2832 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat255, <8 x float> %2808, <8 x float> %2831)
  store <8 x float> %2832, <8 x float>* %9, align 32
  %2833 = add i64 %2756, 233
  %2834 = getelementptr inbounds float, float* %2, i64 %2833
  %2835 = load float, float* %2834, align 4
  %2836 = insertelement <8 x float> undef, float %2835, i32 0
  %splat256 = shufflevector <8 x float> %2836, <8 x float> undef, <8 x i32> zeroinitializer
  %2837 = load <8 x float>, <8 x float>* %12, align 32
  %2838 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2804, <8 x float> %2837)
  store <8 x float> %2838, <8 x float>* %12, align 32
  %2839 = load <8 x float>, <8 x float>* %8, align 32
  %2840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat256, <8 x float> %2808, <8 x float> %2839)
  store <8 x float> %2840, <8 x float>* %8, align 32
  %2841 = add i64 %2760, 16
  %2842 = getelementptr inbounds float, float* %4, i64 %2841
  %2843 = bitcast float* %2842 to <8 x float>*
  %2844 = load <8 x float>, <8 x float>* %2843, align 4
  %2845 = add i64 %2760, 36880
  %2846 = getelementptr inbounds float, float* %4, i64 %2845
  %2847 = bitcast float* %2846 to <8 x float>*
  %2848 = load <8 x float>, <8 x float>* %2847, align 4
  %2849 = add i64 %2756, 210
  %2850 = getelementptr inbounds float, float* %2, i64 %2849
  %2851 = load float, float* %2850, align 4
  %2852 = insertelement <8 x float> undef, float %2851, i32 0
  %splat257 = shufflevector <8 x float> %2852, <8 x float> undef, <8 x i32> zeroinitializer
  %2853 = load <8 x float>, <8 x float>* %15, align 32
  %2854 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2844, <8 x float> %2853)
  store <8 x float> %2854, <8 x float>* %15, align 32
  %2855 = load <8 x float>, <8 x float>* %11, align 32
  %2856 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat257, <8 x float> %2848, <8 x float> %2855)
  store <8 x float> %2856, <8 x float>* %11, align 32
  %2857 = add i64 %2756, 218
  %2858 = getelementptr inbounds float, float* %2, i64 %2857
  %2859 = load float, float* %2858, align 4
  %2860 = insertelement <8 x float> undef, float %2859, i32 0
  %splat258 = shufflevector <8 x float> %2860, <8 x float> undef, <8 x i32> zeroinitializer
  %2861 = load <8 x float>, <8 x float>* %14, align 32
  %2862 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2844, <8 x float> %2861)
  store <8 x float> %2862, <8 x float>* %14, align 32
  %2863 = load <8 x float>, <8 x float>* %10, align 32
  %2864 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat258, <8 x float> %2848, <8 x float> %2863)
  store <8 x float> %2864, <8 x float>* %10, align 32
  %2865 = add i64 %2756, 226
  %2866 = getelementptr inbounds float, float* %2, i64 %2865
  %2867 = load float, float* %2866, align 4
  %2868 = insertelement <8 x float> undef, float %2867, i32 0
  %splat259 = shufflevector <8 x float> %2868, <8 x float> undef, <8 x i32> zeroinitializer
  %2869 = load <8 x float>, <8 x float>* %13, align 32
  %2870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2844, <8 x float> %2869)
  store <8 x float> %2870, <8 x float>* %13, align 32
  %2871 = load <8 x float>, <8 x float>* %9, align 32
  %2872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat259, <8 x float> %2848, <8 x float> %2871)
  store <8 x float> %2872, <8 x float>* %9, align 32
  %2873 = add i64 %2756, 234
  %2874 = getelementptr inbounds float, float* %2, i64 %2873
  %2875 = load float, float* %2874, align 4
  %2876 = insertelement <8 x float> undef, float %2875, i32 0
  %splat260 = shufflevector <8 x float> %2876, <8 x float> undef, <8 x i32> zeroinitializer
  %2877 = load <8 x float>, <8 x float>* %12, align 32
  %2878 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2844, <8 x float> %2877)
  store <8 x float> %2878, <8 x float>* %12, align 32
  %2879 = load <8 x float>, <8 x float>* %8, align 32
  %2880 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat260, <8 x float> %2848, <8 x float> %2879)
  store <8 x float> %2880, <8 x float>* %8, align 32
  %2881 = add i64 %2760, 24
  %2882 = getelementptr inbounds float, float* %4, i64 %2881
  %2883 = bitcast float* %2882 to <8 x float>*
  %2884 = load <8 x float>, <8 x float>* %2883, align 4
  %2885 = add i64 %2760, 36888
  %2886 = getelementptr inbounds float, float* %4, i64 %2885
  %2887 = bitcast float* %2886 to <8 x float>*
  %2888 = load <8 x float>, <8 x float>* %2887, align 4
  %2889 = add i64 %2756, 211
  %2890 = getelementptr inbounds float, float* %2, i64 %2889
  %2891 = load float, float* %2890, align 4
  %2892 = insertelement <8 x float> undef, float %2891, i32 0
  %splat261 = shufflevector <8 x float> %2892, <8 x float> undef, <8 x i32> zeroinitializer
  %2893 = load <8 x float>, <8 x float>* %15, align 32
  %2894 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2884, <8 x float> %2893)
  store <8 x float> %2894, <8 x float>* %15, align 32
  %2895 = load <8 x float>, <8 x float>* %11, align 32
  %2896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat261, <8 x float> %2888, <8 x float> %2895)
  store <8 x float> %2896, <8 x float>* %11, align 32
  %2897 = add i64 %2756, 219
  %2898 = getelementptr inbounds float, float* %2, i64 %2897
  %2899 = load float, float* %2898, align 4
  %2900 = insertelement <8 x float> undef, float %2899, i32 0
  %splat262 = shufflevector <8 x float> %2900, <8 x float> undef, <8 x i32> zeroinitializer
  %2901 = load <8 x float>, <8 x float>* %14, align 32
  %2902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2884, <8 x float> %2901)
  store <8 x float> %2902, <8 x float>* %14, align 32
  %2903 = load <8 x float>, <8 x float>* %10, align 32
  %2904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat262, <8 x float> %2888, <8 x float> %2903)
  store <8 x float> %2904, <8 x float>* %10, align 32
  %2905 = add i64 %2756, 227
  %2906 = getelementptr inbounds float, float* %2, i64 %2905
  %2907 = load float, float* %2906, align 4
  %2908 = insertelement <8 x float> undef, float %2907, i32 0
  %splat263 = shufflevector <8 x float> %2908, <8 x float> undef, <8 x i32> zeroinitializer
  %2909 = load <8 x float>, <8 x float>* %13, align 32
  %2910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2884, <8 x float> %2909)
  store <8 x float> %2910, <8 x float>* %13, align 32
  %2911 = load <8 x float>, <8 x float>* %9, align 32
  %2912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat263, <8 x float> %2888, <8 x float> %2911)
  store <8 x float> %2912, <8 x float>* %9, align 32
  %2913 = add i64 %2756, 235
  %2914 = getelementptr inbounds float, float* %2, i64 %2913
  %2915 = load float, float* %2914, align 4
  %2916 = insertelement <8 x float> undef, float %2915, i32 0
  %splat264 = shufflevector <8 x float> %2916, <8 x float> undef, <8 x i32> zeroinitializer
  %2917 = load <8 x float>, <8 x float>* %12, align 32
  %2918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2884, <8 x float> %2917)
  store <8 x float> %2918, <8 x float>* %12, align 32
  %2919 = load <8 x float>, <8 x float>* %8, align 32
  %2920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat264, <8 x float> %2888, <8 x float> %2919)
  store <8 x float> %2920, <8 x float>* %8, align 32
  %2921 = add i64 %2760, 32
  %2922 = getelementptr inbounds float, float* %4, i64 %2921
  %2923 = bitcast float* %2922 to <8 x float>*
  %2924 = load <8 x float>, <8 x float>* %2923, align 4
  %2925 = add i64 %2760, 36896
  %2926 = getelementptr inbounds float, float* %4, i64 %2925
  %2927 = bitcast float* %2926 to <8 x float>*
  %2928 = load <8 x float>, <8 x float>* %2927, align 4
  %2929 = add i64 %2756, 212
  %2930 = getelementptr inbounds float, float* %2, i64 %2929
  %2931 = load float, float* %2930, align 4
  %2932 = insertelement <8 x float> undef, float %2931, i32 0
  %splat265 = shufflevector <8 x float> %2932, <8 x float> undef, <8 x i32> zeroinitializer
  %2933 = load <8 x float>, <8 x float>* %15, align 32
  %2934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2924, <8 x float> %2933)
  store <8 x float> %2934, <8 x float>* %15, align 32
  %2935 = load <8 x float>, <8 x float>* %11, align 32
  %2936 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat265, <8 x float> %2928, <8 x float> %2935)
  store <8 x float> %2936, <8 x float>* %11, align 32
  %2937 = add i64 %2756, 220
  %2938 = getelementptr inbounds float, float* %2, i64 %2937
  %2939 = load float, float* %2938, align 4
  %2940 = insertelement <8 x float> undef, float %2939, i32 0
  %splat266 = shufflevector <8 x float> %2940, <8 x float> undef, <8 x i32> zeroinitializer
  %2941 = load <8 x float>, <8 x float>* %14, align 32
  %2942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2924, <8 x float> %2941)
  store <8 x float> %2942, <8 x float>* %14, align 32
  %2943 = load <8 x float>, <8 x float>* %10, align 32
  %2944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat266, <8 x float> %2928, <8 x float> %2943)
  store <8 x float> %2944, <8 x float>* %10, align 32
  %2945 = add i64 %2756, 228
  %2946 = getelementptr inbounds float, float* %2, i64 %2945
  %2947 = load float, float* %2946, align 4
  %2948 = insertelement <8 x float> undef, float %2947, i32 0
  %splat267 = shufflevector <8 x float> %2948, <8 x float> undef, <8 x i32> zeroinitializer
  %2949 = load <8 x float>, <8 x float>* %13, align 32
  %2950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2924, <8 x float> %2949)
  store <8 x float> %2950, <8 x float>* %13, align 32
  %2951 = load <8 x float>, <8 x float>* %9, align 32
  %2952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat267, <8 x float> %2928, <8 x float> %2951)
  store <8 x float> %2952, <8 x float>* %9, align 32
  %2953 = add i64 %2756, 236
  %2954 = getelementptr inbounds float, float* %2, i64 %2953
  %2955 = load float, float* %2954, align 4
  %2956 = insertelement <8 x float> undef, float %2955, i32 0
  %splat268 = shufflevector <8 x float> %2956, <8 x float> undef, <8 x i32> zeroinitializer
  %2957 = load <8 x float>, <8 x float>* %12, align 32
  %2958 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2924, <8 x float> %2957)
  store <8 x float> %2958, <8 x float>* %12, align 32
  %2959 = load <8 x float>, <8 x float>* %8, align 32
  %2960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat268, <8 x float> %2928, <8 x float> %2959)
  store <8 x float> %2960, <8 x float>* %8, align 32
  %2961 = add i64 %2760, 40
  %2962 = getelementptr inbounds float, float* %4, i64 %2961
  %2963 = bitcast float* %2962 to <8 x float>*
  %2964 = load <8 x float>, <8 x float>* %2963, align 4
  %2965 = add i64 %2760, 36904
  %2966 = getelementptr inbounds float, float* %4, i64 %2965
  %2967 = bitcast float* %2966 to <8 x float>*
  %2968 = load <8 x float>, <8 x float>* %2967, align 4
  %2969 = add i64 %2756, 213
  %2970 = getelementptr inbounds float, float* %2, i64 %2969
  %2971 = load float, float* %2970, align 4
  %2972 = insertelement <8 x float> undef, float %2971, i32 0
  %splat269 = shufflevector <8 x float> %2972, <8 x float> undef, <8 x i32> zeroinitializer
  %2973 = load <8 x float>, <8 x float>* %15, align 32
  %2974 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2964, <8 x float> %2973)
  store <8 x float> %2974, <8 x float>* %15, align 32
  %2975 = load <8 x float>, <8 x float>* %11, align 32
  %2976 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat269, <8 x float> %2968, <8 x float> %2975)
  store <8 x float> %2976, <8 x float>* %11, align 32
  %2977 = add i64 %2756, 221
  %2978 = getelementptr inbounds float, float* %2, i64 %2977
  %2979 = load float, float* %2978, align 4
  %2980 = insertelement <8 x float> undef, float %2979, i32 0
  %splat270 = shufflevector <8 x float> %2980, <8 x float> undef, <8 x i32> zeroinitializer
  %2981 = load <8 x float>, <8 x float>* %14, align 32
  %2982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2964, <8 x float> %2981)
  store <8 x float> %2982, <8 x float>* %14, align 32
  %2983 = load <8 x float>, <8 x float>* %10, align 32
  %2984 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat270, <8 x float> %2968, <8 x float> %2983)
  store <8 x float> %2984, <8 x float>* %10, align 32
  %2985 = add i64 %2756, 229
  %2986 = getelementptr inbounds float, float* %2, i64 %2985
  %2987 = load float, float* %2986, align 4
  %2988 = insertelement <8 x float> undef, float %2987, i32 0
  %splat271 = shufflevector <8 x float> %2988, <8 x float> undef, <8 x i32> zeroinitializer
  %2989 = load <8 x float>, <8 x float>* %13, align 32
  %2990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2964, <8 x float> %2989)
  store <8 x float> %2990, <8 x float>* %13, align 32
  %2991 = load <8 x float>, <8 x float>* %9, align 32
  %2992 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat271, <8 x float> %2968, <8 x float> %2991)
  store <8 x float> %2992, <8 x float>* %9, align 32
  %2993 = add i64 %2756, 237
  %2994 = getelementptr inbounds float, float* %2, i64 %2993
  %2995 = load float, float* %2994, align 4
  %2996 = insertelement <8 x float> undef, float %2995, i32 0
  %splat272 = shufflevector <8 x float> %2996, <8 x float> undef, <8 x i32> zeroinitializer
  %2997 = load <8 x float>, <8 x float>* %12, align 32
  %2998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2964, <8 x float> %2997)
  store <8 x float> %2998, <8 x float>* %12, align 32
  %2999 = load <8 x float>, <8 x float>* %8, align 32
  %3000 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat272, <8 x float> %2968, <8 x float> %2999)
  store <8 x float> %3000, <8 x float>* %8, align 32
  %3001 = add i64 %2760, 48
  %3002 = getelementptr inbounds float, float* %4, i64 %3001
  %3003 = bitcast float* %3002 to <8 x float>*
  %3004 = load <8 x float>, <8 x float>* %3003, align 4
  %3005 = add i64 %2760, 36912
  %3006 = getelementptr inbounds float, float* %4, i64 %3005
  %3007 = bitcast float* %3006 to <8 x float>*
  %3008 = load <8 x float>, <8 x float>* %3007, align 4
  %3009 = add i64 %2756, 214
  %3010 = getelementptr inbounds float, float* %2, i64 %3009
  %3011 = load float, float* %3010, align 4
  %3012 = insertelement <8 x float> undef, float %3011, i32 0
  %splat273 = shufflevector <8 x float> %3012, <8 x float> undef, <8 x i32> zeroinitializer
  %3013 = load <8 x float>, <8 x float>* %15, align 32
  %3014 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %3004, <8 x float> %3013)
  store <8 x float> %3014, <8 x float>* %15, align 32
  %3015 = load <8 x float>, <8 x float>* %11, align 32
  %3016 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat273, <8 x float> %3008, <8 x float> %3015)
  store <8 x float> %3016, <8 x float>* %11, align 32
  %3017 = add i64 %2756, 222
  %3018 = getelementptr inbounds float, float* %2, i64 %3017
  %3019 = load float, float* %3018, align 4
  %3020 = insertelement <8 x float> undef, float %3019, i32 0
  %splat274 = shufflevector <8 x float> %3020, <8 x float> undef, <8 x i32> zeroinitializer
  %3021 = load <8 x float>, <8 x float>* %14, align 32
  %3022 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %3004, <8 x float> %3021)
  store <8 x float> %3022, <8 x float>* %14, align 32
  %3023 = load <8 x float>, <8 x float>* %10, align 32
  %3024 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat274, <8 x float> %3008, <8 x float> %3023)
  store <8 x float> %3024, <8 x float>* %10, align 32
  %3025 = add i64 %2756, 230
  %3026 = getelementptr inbounds float, float* %2, i64 %3025
  %3027 = load float, float* %3026, align 4
  %3028 = insertelement <8 x float> undef, float %3027, i32 0
  %splat275 = shufflevector <8 x float> %3028, <8 x float> undef, <8 x i32> zeroinitializer
  %3029 = load <8 x float>, <8 x float>* %13, align 32
  %3030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %3004, <8 x float> %3029)
  store <8 x float> %3030, <8 x float>* %13, align 32
  %3031 = load <8 x float>, <8 x float>* %9, align 32
  %3032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat275, <8 x float> %3008, <8 x float> %3031)
  store <8 x float> %3032, <8 x float>* %9, align 32
  %3033 = add i64 %2756, 238
  %3034 = getelementptr inbounds float, float* %2, i64 %3033
  %3035 = load float, float* %3034, align 4
  %3036 = insertelement <8 x float> undef, float %3035, i32 0
  %splat276 = shufflevector <8 x float> %3036, <8 x float> undef, <8 x i32> zeroinitializer
  %3037 = load <8 x float>, <8 x float>* %12, align 32
  %3038 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %3004, <8 x float> %3037)
  store <8 x float> %3038, <8 x float>* %12, align 32
  %3039 = load <8 x float>, <8 x float>* %8, align 32
  %3040 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat276, <8 x float> %3008, <8 x float> %3039)
  store <8 x float> %3040, <8 x float>* %8, align 32
  %3041 = add i64 %2760, 56
  %3042 = getelementptr inbounds float, float* %4, i64 %3041
  %3043 = bitcast float* %3042 to <8 x float>*
  %3044 = load <8 x float>, <8 x float>* %3043, align 4
  %3045 = add i64 %2760, 36920
  %3046 = getelementptr inbounds float, float* %4, i64 %3045
  %3047 = bitcast float* %3046 to <8 x float>*
  %3048 = load <8 x float>, <8 x float>* %3047, align 4
  %3049 = add i64 %2756, 215
  %3050 = getelementptr inbounds float, float* %2, i64 %3049
  %3051 = load float, float* %3050, align 4
  %3052 = insertelement <8 x float> undef, float %3051, i32 0
  %splat277 = shufflevector <8 x float> %3052, <8 x float> undef, <8 x i32> zeroinitializer
  %3053 = load <8 x float>, <8 x float>* %15, align 32
  %3054 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %3044, <8 x float> %3053)
  store <8 x float> %3054, <8 x float>* %15, align 32
  %3055 = load <8 x float>, <8 x float>* %11, align 32
  %3056 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat277, <8 x float> %3048, <8 x float> %3055)
  store <8 x float> %3056, <8 x float>* %11, align 32
  %3057 = add i64 %2756, 223
  %3058 = getelementptr inbounds float, float* %2, i64 %3057
  %3059 = load float, float* %3058, align 4
  %3060 = insertelement <8 x float> undef, float %3059, i32 0
  %splat278 = shufflevector <8 x float> %3060, <8 x float> undef, <8 x i32> zeroinitializer
  %3061 = load <8 x float>, <8 x float>* %14, align 32
  %3062 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %3044, <8 x float> %3061)
  store <8 x float> %3062, <8 x float>* %14, align 32
  %3063 = load <8 x float>, <8 x float>* %10, align 32
  %3064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat278, <8 x float> %3048, <8 x float> %3063)
  store <8 x float> %3064, <8 x float>* %10, align 32
  %3065 = add i64 %2756, 231
  %3066 = getelementptr inbounds float, float* %2, i64 %3065
  %3067 = load float, float* %3066, align 4
  %3068 = insertelement <8 x float> undef, float %3067, i32 0
  %splat279 = shufflevector <8 x float> %3068, <8 x float> undef, <8 x i32> zeroinitializer
  %3069 = load <8 x float>, <8 x float>* %13, align 32
  %3070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %3044, <8 x float> %3069)
  store <8 x float> %3070, <8 x float>* %13, align 32
  %3071 = load <8 x float>, <8 x float>* %9, align 32
  %3072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat279, <8 x float> %3048, <8 x float> %3071)
  store <8 x float> %3072, <8 x float>* %9, align 32
  %3073 = add i64 %2756, 239
  %3074 = getelementptr inbounds float, float* %2, i64 %3073
  %3075 = load float, float* %3074, align 4
  %3076 = insertelement <8 x float> undef, float %3075, i32 0
  %splat280 = shufflevector <8 x float> %3076, <8 x float> undef, <8 x i32> zeroinitializer
  %3077 = load <8 x float>, <8 x float>* %12, align 32
  %3078 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %3044, <8 x float> %3077)
  store <8 x float> %3078, <8 x float>* %12, align 32
  %3079 = load <8 x float>, <8 x float>* %8, align 32
  %3080 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat280, <8 x float> %3048, <8 x float> %3079)
  store <8 x float> %3080, <8 x float>* %8, align 32
  %kw.next281 = add i64 %kw248, 1
  br label %kw.header245

kw.exit247:                                       ; preds = %kw.header245
  %kh.next282 = add i64 %kh244, 1
  br label %kh.header241
}

; Function Attrs: nounwind
define internal void @node14.conv2d_11.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = add i64 224, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 224
  %29 = select i1 %28, i64 %27, i64 224
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 224
  %32 = select i1 %31, i64 %30, i64 224
  call void @node14.conv2d_11.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.maxPool2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node17.maxPool2d_5.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node17.maxPool2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.maxPool2d_5.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node18.maxPool2d_5.nchw.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node18.maxPool2d_5.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node20.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node20.dense_1.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node20.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node21.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node21.dense_2.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node21.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node22.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node22.dense_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node22.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node23.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node23.dense_3.softmax.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
  %5 = getelementptr inbounds i8*, i8** %1, i64 1
  %6 = load i8*, i8** %5, align 8
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %1, i64 2
  %9 = load i8*, i8** %8, align 8
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
  call void @node23.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @vgg16_run(i8** %0, i8** %1, i8* %2) #3 {
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
  %fresh = call i8* @malloc(i64 38765631)
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
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 13075456
  %19 = getelementptr inbounds i8, i8* %workspace7, i64 0
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
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 25920512
  %28 = getelementptr inbounds i8, i8* %workspace7, i64 13075456
  %29 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %27, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %28, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %29, i8** %32, align 8
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %33, align 8
  %34 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %34, i32 0, i32 0)
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([147456 x i8], [147456 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %36, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step1, i8* %34, i32 0, i32 0)
  %37 = getelementptr inbounds i8, i8* %workspace7, i64 3326976
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 25920512
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %37, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %41, align 8
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %42, align 8
  %43 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.maxPool2d_1.step0, i8* %43, i32 0, i32 0)
  %44 = getelementptr inbounds i8, i8* %workspace7, i64 6653952
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 3326976
  %46 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %44, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %45, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %46, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %50, align 8
  %51 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step0, i8* %51, i32 0, i32 0)
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([294912 x i8], [294912 x i8]* @weight.conv2d_3.packed, i32 0, i32 0), i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %53, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step1, i8* %51, i32 0, i32 0)
  %54 = getelementptr inbounds i8, i8* %workspace7, i64 13076480
  %55 = getelementptr inbounds i8, i8* %workspace7, i64 6653952
  %56 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %54, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %55, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %56, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %60, align 8
  %61 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step0, i8* %61, i32 0, i32 0)
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_4.packed, i32 0, i32 0), i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([512 x i8], [512 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %63, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step1, i8* %61, i32 0, i32 0)
  %64 = getelementptr inbounds i8, i8* %workspace7, i64 1722368
  %65 = getelementptr inbounds i8, i8* %workspace7, i64 13076480
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %65, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %69, align 8
  %70 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.maxPool2d_2.step0, i8* %70, i32 0, i32 0)
  %71 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %72 = getelementptr inbounds i8, i8* %workspace7, i64 1722368
  %73 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %71, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %73, i8** %76, align 8
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %77, align 8
  %78 = bitcast [6 x i8*]* %args to i8*
  call void @node6.conv2d_5.step0(i8* %78)
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([1179648 x i8], [1179648 x i8]* @weight.conv2d_5.packed, i32 0, i32 0), i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_5.bias, i32 0, i32 0), i8** %80, align 8
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_5.step1, i8* %78, i32 0, i32 0)
  %81 = getelementptr inbounds i8, i8* %workspace7, i64 6656000
  %82 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %83 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %84 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %81, i8** %84, align 8
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %82, i8** %85, align 8
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %83, i8** %86, align 8
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %87, align 8
  %88 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_6.step0, i8* %88, i32 0, i32 0)
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2359296 x i8], [2359296 x i8]* @weight.conv2d_6.packed, i32 0, i32 0), i8** %89, align 8
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_6.bias, i32 0, i32 0), i8** %90, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_6.step1, i8* %88, i32 0, i32 0)
  %91 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %92 = getelementptr inbounds i8, i8* %workspace7, i64 6656000
  %93 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %91, i8** %94, align 8
  %95 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %92, i8** %95, align 8
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %93, i8** %96, align 8
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %97, align 8
  %98 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_6.step0, i8* %98, i32 0, i32 0)
  %99 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2359296 x i8], [2359296 x i8]* @weight.conv2d_7.packed, i32 0, i32 0), i8** %99, align 8
  %100 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2d_7.bias, i32 0, i32 0), i8** %100, align 8
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_6.step1, i8* %98, i32 0, i32 0)
  %101 = getelementptr inbounds i8, i8* %workspace7, i64 921600
  %102 = getelementptr inbounds i8, i8* %workspace7, i64 3444736
  %103 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %103, align 8
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %104, align 8
  %105 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %105, align 8
  %106 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %106, align 8
  %107 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.maxPool2d_3.step0, i8* %107, i32 0, i32 0)
  %108 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %109 = getelementptr inbounds i8, i8* %workspace7, i64 921600
  %110 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %108, i8** %111, align 8
  %112 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %109, i8** %112, align 8
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %110, i8** %113, align 8
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %114, align 8
  %115 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv2d_8.step0(i8* %115)
  %116 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.conv2d_8.packed, i32 0, i32 0), i8** %116, align 8
  %117 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_8.bias, i32 0, i32 0), i8** %117, align 8
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_8.step1, i8* %115, i32 0, i32 0)
  %118 = getelementptr inbounds i8, i8* %workspace7, i64 3448832
  %119 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %120 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %121 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %118, i8** %121, align 8
  %122 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %119, i8** %122, align 8
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %120, i8** %123, align 8
  %124 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %124, align 8
  %125 = bitcast [6 x i8*]* %args to i8*
  call void @node11.conv2d_9.step0(i8* %125)
  %126 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_9.packed, i32 0, i32 0), i8** %126, align 8
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_9.bias, i32 0, i32 0), i8** %127, align 8
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_9.step1, i8* %125, i32 0, i32 0)
  %128 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %129 = getelementptr inbounds i8, i8* %workspace7, i64 3448832
  %130 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %131 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %128, i8** %131, align 8
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %129, i8** %132, align 8
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %130, i8** %133, align 8
  %134 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %134, align 8
  %135 = bitcast [6 x i8*]* %args to i8*
  call void @node11.conv2d_9.step0(i8* %135)
  %136 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_10.packed, i32 0, i32 0), i8** %136, align 8
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_10.bias, i32 0, i32 0), i8** %137, align 8
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_9.step1, i8* %135, i32 0, i32 0)
  %138 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %139 = getelementptr inbounds i8, i8* %workspace7, i64 1843200
  %140 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %138, i8** %140, align 8
  %141 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %139, i8** %141, align 8
  %142 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %142, align 8
  %143 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %143, align 8
  %144 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node13.maxPool2d_4.step0, i8* %144, i32 0, i32 0)
  %145 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %146 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %147 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %148 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %145, i8** %148, align 8
  %149 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %146, i8** %149, align 8
  %150 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %147, i8** %150, align 8
  %151 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %151, align 8
  %152 = bitcast [6 x i8*]* %args to i8*
  call void @node14.conv2d_11.step0(i8* %152)
  %153 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_11.packed, i32 0, i32 0), i8** %153, align 8
  %154 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_11.bias, i32 0, i32 0), i8** %154, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_11.step1, i8* %152, i32 0, i32 0)
  %155 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %156 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %157 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %158 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %155, i8** %158, align 8
  %159 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %156, i8** %159, align 8
  %160 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %157, i8** %160, align 8
  %161 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %161, align 8
  %162 = bitcast [6 x i8*]* %args to i8*
  call void @node14.conv2d_11.step0(i8* %162)
  %163 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_12.packed, i32 0, i32 0), i8** %163, align 8
  %164 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_12.bias, i32 0, i32 0), i8** %164, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_11.step1, i8* %162, i32 0, i32 0)
  %165 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %166 = getelementptr inbounds i8, i8* %workspace7, i64 524288
  %167 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %168 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %165, i8** %168, align 8
  %169 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %166, i8** %169, align 8
  %170 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %167, i8** %170, align 8
  %171 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %171, align 8
  %172 = bitcast [6 x i8*]* %args to i8*
  call void @node14.conv2d_11.step0(i8* %172)
  %173 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9437184 x i8], [9437184 x i8]* @weight.conv2d_13.packed, i32 0, i32 0), i8** %173, align 8
  %174 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.conv2d_13.bias, i32 0, i32 0), i8** %174, align 8
  call void @GOMP_parallel(void (i8*)* @node14.conv2d_11.step1, i8* %172, i32 0, i32 0)
  %175 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %176 = getelementptr inbounds i8, i8* %workspace7, i64 925696
  %177 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %175, i8** %177, align 8
  %178 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %176, i8** %178, align 8
  %179 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %179, align 8
  %180 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %180, align 8
  %181 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node17.maxPool2d_5.step0, i8* %181, i32 0, i32 0)
  %182 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %183 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %184 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %182, i8** %184, align 8
  %185 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %183, i8** %185, align 8
  %186 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %186, align 8
  %187 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %187, align 8
  %188 = bitcast [6 x i8*]* %args to i8*
  call void @node18.maxPool2d_5.nchw.step0(i8* %188)
  %189 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %190 = getelementptr inbounds i8, i8* %workspace7, i64 100352
  %191 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %189, i8** %191, align 8
  %192 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %190, i8** %192, align 8
  %193 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %193, align 8
  %194 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %194, align 8
  %195 = bitcast [6 x i8*]* %args to i8*
  %196 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([411041792 x i8], [411041792 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %196, align 8
  %197 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %197, align 8
  call void @GOMP_parallel(void (i8*)* @node20.dense_1.step0, i8* %195, i32 0, i32 0)
  %198 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %199 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %200 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %198, i8** %200, align 8
  %201 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %199, i8** %201, align 8
  %202 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %202, align 8
  %203 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %203, align 8
  %204 = bitcast [6 x i8*]* %args to i8*
  %205 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([67108864 x i8], [67108864 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %205, align 8
  %206 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %206, align 8
  call void @GOMP_parallel(void (i8*)* @node21.dense_2.step0, i8* %204, i32 0, i32 0)
  %207 = getelementptr inbounds i8, i8* %workspace7, i64 16384
  %208 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %208, align 8
  %209 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %207, i8** %209, align 8
  %210 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %210, align 8
  %211 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %211, align 8
  %212 = bitcast [6 x i8*]* %args to i8*
  %213 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([16384000 x i8], [16384000 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %213, align 8
  %214 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %214, align 8
  call void @GOMP_parallel(void (i8*)* @node22.dense_3.step0, i8* %212, i32 0, i32 0)
  %215 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %215, align 8
  %216 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %216, align 8
  %217 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %217, align 8
  %218 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %218, align 8
  %219 = bitcast [6 x i8*]* %args to i8*
  call void @node23.dense_3.softmax.step0(i8* %219)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @vgg16_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #5 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @vgg16_workspace_size() #5 {
entry:
  ret i64 38765631
}

; Function Attrs: nounwind
define i32 @vgg16_infer(i8* %0, i8* %1, i8* %2) #5 {
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
  %11 = call i32 @vgg16_run(i8** %7, i8** %10, i8* %2)
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
