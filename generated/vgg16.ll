; vgg16: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'vgg16'
source_filename = "vgg16"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [6912 x i8], align 64
@weight.conv2d_1.bias = external constant [256 x i8], align 64
@weight.conv2d_2.winograd = external constant [589824 x i8], align 64
@weight.conv2d_2.bias = external constant [256 x i8], align 64
@weight.conv2d_3.winograd = external constant [1179648 x i8], align 64
@weight.conv2d_3.bias = external constant [512 x i8], align 64
@weight.conv2d_4.winograd = external constant [2359296 x i8], align 64
@weight.conv2d_4.bias = external constant [512 x i8], align 64
@weight.conv2d_5.winograd = external constant [4718592 x i8], align 64
@weight.conv2d_5.bias = external constant [1024 x i8], align 64
@weight.conv2d_6.winograd = external constant [9437184 x i8], align 64
@weight.conv2d_6.bias = external constant [1024 x i8], align 64
@weight.conv2d_7.winograd = external constant [9437184 x i8], align 64
@weight.conv2d_7.bias = external constant [1024 x i8], align 64
@weight.conv2d_8.winograd = external constant [18874368 x i8], align 64
@weight.conv2d_8.bias = external constant [2048 x i8], align 64
@weight.conv2d_9.winograd = external constant [37748736 x i8], align 64
@weight.conv2d_9.bias = external constant [2048 x i8], align 64
@weight.conv2d_10.winograd = external constant [37748736 x i8], align 64
@weight.conv2d_10.bias = external constant [2048 x i8], align 64
@weight.conv2d_11.winograd = external constant [37748736 x i8], align 64
@weight.conv2d_11.bias = external constant [2048 x i8], align 64
@weight.conv2d_12.winograd = external constant [37748736 x i8], align 64
@weight.conv2d_12.bias = external constant [2048 x i8], align 64
@weight.conv2d_13.winograd = external constant [37748736 x i8], align 64
@weight.conv2d_13.bias = external constant [2048 x i8], align 64
@weight.dense_1.packed = external constant [411041792 x i8], align 64
@weight.dense_1.bias = external constant [16384 x i8], align 64
@weight.dense_2.packed = external constant [67108864 x i8], align 64
@weight.dense_2.bias = external constant [16384 x i8], align 64
@weight.dense_3.packed = external constant [16384000 x i8], align 64
@weight.dense_3.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"vgg16\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 31214655, i64 15470264320 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare i32 @omp_get_max_threads()

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

task.header:                                      ; preds = %u.exit8, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit8 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 4
  %26 = sdiv i64 %task, 4
  %27 = srem i64 %26, 224
  %28 = sdiv i64 %task, 896
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 8
  %32 = mul i64 %25, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %27, 1
  %35 = mul i64 %34, 224
  %36 = mul i64 %27, 1
  %37 = mul i64 %29, 8
  %38 = mul i64 %25, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %30, 3
  %41 = mul i64 %29, 3
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 51076
  %44 = mul i64 %39, 216
  %45 = mul i64 %36, 226
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 222
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, %x
  %48 = mul i64 %30, 8
  %49 = add i64 %48, %33
  %50 = add i64 %49, 0
  %51 = mul i64 %50, 401408
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
  %67 = add i64 %47, 5
  %68 = mul i64 %67, 8
  %69 = add i64 %51, %68
  %70 = mul i64 %30, 8
  %71 = add i64 %70, %33
  %72 = add i64 %71, 1
  %73 = mul i64 %72, 401408
  %74 = add i64 %47, 0
  %75 = mul i64 %74, 8
  %76 = add i64 %73, %75
  %77 = add i64 %47, 1
  %78 = mul i64 %77, 8
  %79 = add i64 %73, %78
  %80 = add i64 %47, 2
  %81 = mul i64 %80, 8
  %82 = add i64 %73, %81
  %83 = add i64 %47, 3
  %84 = mul i64 %83, 8
  %85 = add i64 %73, %84
  %86 = add i64 %47, 4
  %87 = mul i64 %86, 8
  %88 = add i64 %73, %87
  %89 = add i64 %47, 5
  %90 = mul i64 %89, 8
  %91 = add i64 %73, %90
  %92 = add i64 %39, 0
  %93 = mul i64 %92, 8
  %94 = getelementptr inbounds float, float* %5, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = add i64 %39, 1
  %98 = mul i64 %97, 8
  %99 = getelementptr inbounds float, float* %5, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  store <8 x float> %96, <8 x float>* %23, align 32
  store <8 x float> %96, <8 x float>* %22, align 32
  store <8 x float> %96, <8 x float>* %21, align 32
  store <8 x float> %96, <8 x float>* %20, align 32
  store <8 x float> %96, <8 x float>* %19, align 32
  store <8 x float> %96, <8 x float>* %18, align 32
  store <8 x float> %101, <8 x float>* %17, align 32
  store <8 x float> %101, <8 x float>* %16, align 32
  store <8 x float> %101, <8 x float>* %15, align 32
  store <8 x float> %101, <8 x float>* %14, align 32
  store <8 x float> %101, <8 x float>* %13, align 32
  store <8 x float> %101, <8 x float>* %12, align 32
  %102 = mul i64 %x, 1
  %103 = add i64 %45, %102
  %104 = add i64 %43, %103
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = add i64 %35, 222
  %106 = mul i64 %30, 8
  %107 = add i64 %106, %33
  %108 = add i64 %107, 0
  %109 = mul i64 %108, 401408
  %110 = add i64 %105, 0
  %111 = mul i64 %110, 8
  %112 = add i64 %109, %111
  %113 = add i64 %105, 1
  %114 = mul i64 %113, 8
  %115 = add i64 %109, %114
  %116 = mul i64 %30, 8
  %117 = add i64 %116, %33
  %118 = add i64 %117, 1
  %119 = mul i64 %118, 401408
  %120 = add i64 %105, 0
  %121 = mul i64 %120, 8
  %122 = add i64 %119, %121
  %123 = add i64 %105, 1
  %124 = mul i64 %123, 8
  %125 = add i64 %119, %124
  %126 = add i64 %39, 0
  %127 = mul i64 %126, 8
  %128 = getelementptr inbounds float, float* %5, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %39, 1
  %132 = mul i64 %131, 8
  %133 = getelementptr inbounds float, float* %5, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %135 = load <8 x float>, <8 x float>* %134, align 4
  store <8 x float> %130, <8 x float>* %11, align 32
  store <8 x float> %130, <8 x float>* %10, align 32
  store <8 x float> %135, <8 x float>* %9, align 32
  store <8 x float> %135, <8 x float>* %8, align 32
  %136 = add i64 %45, 222
  %137 = add i64 %43, %136
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %138 = icmp slt i64 %u, 3
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 0, %u
  %140 = mul i64 %139, 51076
  %141 = add i64 %104, %140
  %142 = mul i64 %139, 72
  %143 = add i64 %44, %142
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %144 = load <8 x float>, <8 x float>* %23, align 32
  %145 = fcmp olt <8 x float> %144, zeroinitializer
  %146 = select <8 x i1> %145, <8 x float> zeroinitializer, <8 x float> %144
  %147 = getelementptr inbounds float, float* %0, i64 %54
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = load <8 x float>, <8 x float>* %22, align 32
  %150 = fcmp olt <8 x float> %149, zeroinitializer
  %151 = select <8 x i1> %150, <8 x float> zeroinitializer, <8 x float> %149
  %152 = getelementptr inbounds float, float* %0, i64 %57
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %151, <8 x float>* %153, align 4
  %154 = load <8 x float>, <8 x float>* %21, align 32
  %155 = fcmp olt <8 x float> %154, zeroinitializer
  %156 = select <8 x i1> %155, <8 x float> zeroinitializer, <8 x float> %154
  %157 = getelementptr inbounds float, float* %0, i64 %60
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %156, <8 x float>* %158, align 4
  %159 = load <8 x float>, <8 x float>* %20, align 32
  %160 = fcmp olt <8 x float> %159, zeroinitializer
  %161 = select <8 x i1> %160, <8 x float> zeroinitializer, <8 x float> %159
  %162 = getelementptr inbounds float, float* %0, i64 %63
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %164 = load <8 x float>, <8 x float>* %19, align 32
  %165 = fcmp olt <8 x float> %164, zeroinitializer
  %166 = select <8 x i1> %165, <8 x float> zeroinitializer, <8 x float> %164
  %167 = getelementptr inbounds float, float* %0, i64 %66
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %166, <8 x float>* %168, align 4
  %169 = load <8 x float>, <8 x float>* %18, align 32
  %170 = fcmp olt <8 x float> %169, zeroinitializer
  %171 = select <8 x i1> %170, <8 x float> zeroinitializer, <8 x float> %169
  %172 = getelementptr inbounds float, float* %0, i64 %69
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %171, <8 x float>* %173, align 4
  %174 = load <8 x float>, <8 x float>* %17, align 32
  %175 = fcmp olt <8 x float> %174, zeroinitializer
  %176 = select <8 x i1> %175, <8 x float> zeroinitializer, <8 x float> %174
  %177 = getelementptr inbounds float, float* %0, i64 %76
  %178 = bitcast float* %177 to <8 x float>*
  store <8 x float> %176, <8 x float>* %178, align 4
  %179 = load <8 x float>, <8 x float>* %16, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %0, i64 %79
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %15, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %0, i64 %82
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = load <8 x float>, <8 x float>* %14, align 32
  %190 = fcmp olt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> zeroinitializer, <8 x float> %189
  %192 = getelementptr inbounds float, float* %0, i64 %85
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %194 = load <8 x float>, <8 x float>* %13, align 32
  %195 = fcmp olt <8 x float> %194, zeroinitializer
  %196 = select <8 x i1> %195, <8 x float> zeroinitializer, <8 x float> %194
  %197 = getelementptr inbounds float, float* %0, i64 %88
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %12, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %0, i64 %91
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
  %271 = add i64 0, %u9
  %272 = mul i64 %271, 51076
  %273 = add i64 %137, %272
  %274 = mul i64 %271, 72
  %275 = add i64 %44, %274
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
  %284 = getelementptr inbounds float, float* %0, i64 %115
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
  %294 = getelementptr inbounds float, float* %0, i64 %125
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %293, <8 x float>* %295, align 4
  %task.next = add i64 %task, 1
  br label %task.header

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
  br label %kw.header14, !llvm.loop !2

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

; Function Attrs: noinline nounwind
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
define internal void @node1.conv2d_2.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %43 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit46, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit46 ]
  %44 = icmp slt i64 %group, 28
  br i1 %44, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %45 = mul i64 %group, 113
  %46 = sub i64 3136, %45
  %47 = icmp slt i64 113, %46
  %48 = select i1 %47, i64 113, i64 %46
  %49 = sub i64 %5, 1
  %50 = add i64 %48, %49
  %51 = sdiv i64 %50, %5
  %52 = mul i64 %4, %51
  %53 = icmp slt i64 %52, %48
  %54 = select i1 %53, i64 %52, i64 %48
  %55 = add i64 %54, %51
  %56 = icmp slt i64 %55, %48
  %57 = select i1 %56, i64 %55, i64 %48
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %54, %group.body ], [ %tile.next, %unit.exit ]
  %58 = icmp slt i64 %tile, %57
  br i1 %58, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %59 = add i64 %45, %tile
  %60 = srem i64 %59, 56
  %61 = sdiv i64 %59, 56
  %62 = srem i64 %61, 56
  %63 = sdiv i64 %59, 3136
  %64 = mul i64 %63, 8
  %65 = mul i64 %64, 408608
  %66 = mul i64 %62, 904
  %67 = mul i64 %60, 4
  %68 = add i64 %66, %67
  %69 = mul i64 %68, 8
  %70 = add i64 %65, %69
  %71 = mul i64 %tile, 64
  %72 = add i64 3268864, %71
  %73 = bitcast [288 x float]* %43 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %74 = icmp eq i64 %group, 27
  br i1 %74, label %then, label %else

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %75 = icmp slt i64 %unit, 8
  br i1 %75, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %76 = mul i64 %unit, 408608
  %77 = add i64 %70, %76
  %78 = add i64 %77, 80
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to i8*
  call void @llvm.prefetch.p0i8(i8* %80, i32 0, i32 3, i32 1)
  %81 = add i64 %77, 96
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to i8*
  call void @llvm.prefetch.p0i8(i8* %83, i32 0, i32 3, i32 1)
  %84 = add i64 %77, 1888
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to i8*
  call void @llvm.prefetch.p0i8(i8* %86, i32 0, i32 3, i32 1)
  %87 = add i64 %77, 1904
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to i8*
  call void @llvm.prefetch.p0i8(i8* %89, i32 0, i32 3, i32 1)
  %90 = add i64 %77, 3696
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to i8*
  call void @llvm.prefetch.p0i8(i8* %92, i32 0, i32 3, i32 1)
  %93 = add i64 %77, 3712
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to i8*
  call void @llvm.prefetch.p0i8(i8* %95, i32 0, i32 3, i32 1)
  %96 = add i64 %77, 5504
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to i8*
  call void @llvm.prefetch.p0i8(i8* %98, i32 0, i32 3, i32 1)
  %99 = add i64 %77, 5520
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to i8*
  call void @llvm.prefetch.p0i8(i8* %101, i32 0, i32 3, i32 1)
  %102 = add i64 %77, 7312
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to i8*
  call void @llvm.prefetch.p0i8(i8* %104, i32 0, i32 3, i32 1)
  %105 = add i64 %77, 7328
  %106 = getelementptr inbounds float, float* %2, i64 %105
  %107 = bitcast float* %106 to i8*
  call void @llvm.prefetch.p0i8(i8* %107, i32 0, i32 3, i32 1)
  %108 = add i64 %77, 9120
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to i8*
  call void @llvm.prefetch.p0i8(i8* %110, i32 0, i32 3, i32 1)
  %111 = add i64 %77, 9136
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to i8*
  call void @llvm.prefetch.p0i8(i8* %113, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !3

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %114 = icmp slt i64 %column, 6
  br i1 %114, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %115 = mul i64 %column, 8
  %116 = add i64 %77, %115
  %117 = add i64 %116, 0
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %116, 1808
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %116, 3616
  %126 = getelementptr inbounds float, float* %2, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = add i64 %116, 5424
  %130 = getelementptr inbounds float, float* %2, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  %132 = load <8 x float>, <8 x float>* %131, align 4
  %133 = add i64 %116, 7232
  %134 = getelementptr inbounds float, float* %2, i64 %133
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = add i64 %116, 9040
  %138 = getelementptr inbounds float, float* %2, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  %140 = load <8 x float>, <8 x float>* %139, align 4
  %141 = fmul <8 x float> %128, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %142 = fmul <8 x float> %124, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %143 = fsub <8 x float> %136, %141
  %144 = fsub <8 x float> %132, %142
  %145 = fsub <8 x float> %136, %128
  %146 = fsub <8 x float> %132, %124
  %147 = fmul <8 x float> %146, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %148 = call <8 x float> @llvm.fma.v8f32(<8 x float> %120, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %136)
  %149 = fmul <8 x float> %128, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %150 = fadd <8 x float> %148, %149
  %151 = fadd <8 x float> %143, %144
  %152 = fsub <8 x float> %143, %144
  %153 = fadd <8 x float> %145, %147
  %154 = fsub <8 x float> %145, %147
  %155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %124, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %140)
  %156 = fmul <8 x float> %132, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %157 = fadd <8 x float> %155, %156
  %158 = mul i64 %column, 8
  %159 = add i64 %158, 0
  %160 = getelementptr inbounds float, float* %73, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %150, <8 x float>* %161, align 4
  %162 = mul i64 %column, 8
  %163 = add i64 %162, 48
  %164 = getelementptr inbounds float, float* %73, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %151, <8 x float>* %165, align 4
  %166 = mul i64 %column, 8
  %167 = add i64 %166, 96
  %168 = getelementptr inbounds float, float* %73, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %152, <8 x float>* %169, align 4
  %170 = mul i64 %column, 8
  %171 = add i64 %170, 144
  %172 = getelementptr inbounds float, float* %73, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  store <8 x float> %153, <8 x float>* %173, align 4
  %174 = mul i64 %column, 8
  %175 = add i64 %174, 192
  %176 = getelementptr inbounds float, float* %73, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %154, <8 x float>* %177, align 4
  %178 = mul i64 %column, 8
  %179 = add i64 %178, 240
  %180 = getelementptr inbounds float, float* %73, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %157, <8 x float>* %181, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !4

column.exit:                                      ; preds = %column.header
  %182 = mul i64 %unit, 8
  %183 = add i64 %72, %182
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %184 = icmp slt i64 %row, 6
  br i1 %184, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %185 = mul i64 %row, 48
  %186 = add i64 %185, 0
  %187 = getelementptr inbounds float, float* %73, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %185, 8
  %191 = getelementptr inbounds float, float* %73, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %185, 16
  %195 = getelementptr inbounds float, float* %73, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = add i64 %185, 24
  %199 = getelementptr inbounds float, float* %73, i64 %198
  %200 = bitcast float* %199 to <8 x float>*
  %201 = load <8 x float>, <8 x float>* %200, align 4
  %202 = add i64 %185, 32
  %203 = getelementptr inbounds float, float* %73, i64 %202
  %204 = bitcast float* %203 to <8 x float>*
  %205 = load <8 x float>, <8 x float>* %204, align 4
  %206 = add i64 %185, 40
  %207 = getelementptr inbounds float, float* %73, i64 %206
  %208 = bitcast float* %207 to <8 x float>*
  %209 = load <8 x float>, <8 x float>* %208, align 4
  %210 = fmul <8 x float> %197, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %211 = fmul <8 x float> %193, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %212 = fsub <8 x float> %205, %210
  %213 = fsub <8 x float> %201, %211
  %214 = fsub <8 x float> %205, %197
  %215 = fsub <8 x float> %201, %193
  %216 = fmul <8 x float> %215, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %189, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %205)
  %218 = fmul <8 x float> %197, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %219 = fadd <8 x float> %217, %218
  %220 = fadd <8 x float> %212, %213
  %221 = fsub <8 x float> %212, %213
  %222 = fadd <8 x float> %214, %216
  %223 = fsub <8 x float> %214, %216
  %224 = call <8 x float> @llvm.fma.v8f32(<8 x float> %193, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %209)
  %225 = fmul <8 x float> %201, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %226 = fadd <8 x float> %224, %225
  %227 = mul i64 %row, 43392
  %228 = add i64 %183, %227
  %229 = add i64 %228, 0
  %230 = getelementptr inbounds float, float* %2, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %219, <8 x float>* %231, align 4
  %232 = add i64 %228, 7232
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %220, <8 x float>* %234, align 4
  %235 = add i64 %228, 14464
  %236 = getelementptr inbounds float, float* %2, i64 %235
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %221, <8 x float>* %237, align 4
  %238 = add i64 %228, 21696
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = bitcast float* %239 to <8 x float>*
  store <8 x float> %222, <8 x float>* %240, align 4
  %241 = add i64 %228, 28928
  %242 = getelementptr inbounds float, float* %2, i64 %241
  %243 = bitcast float* %242 to <8 x float>*
  store <8 x float> %223, <8 x float>* %243, align 4
  %244 = add i64 %228, 36160
  %245 = getelementptr inbounds float, float* %2, i64 %244
  %246 = bitcast float* %245 to <8 x float>*
  store <8 x float> %226, <8 x float>* %246, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !5

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !6

then:                                             ; preds = %tile.exit
  %247 = sub i64 %5, 1
  %248 = add i64 2160, %247
  %249 = sdiv i64 %248, %5
  %250 = mul i64 %4, %249
  %251 = icmp slt i64 %250, 2160
  %252 = select i1 %251, i64 %250, i64 2160
  %253 = add i64 %252, %249
  %254 = icmp slt i64 %253, 2160
  %255 = select i1 %254, i64 %253, i64 2160
  br label %task.header

else:                                             ; preds = %tile.exit
  %256 = sub i64 %5, 1
  %257 = add i64 2736, %256
  %258 = sdiv i64 %257, %5
  %259 = mul i64 %4, %258
  %260 = icmp slt i64 %259, 2736
  %261 = select i1 %260, i64 %259, i64 2736
  %262 = add i64 %261, %258
  %263 = icmp slt i64 %262, 2736
  %264 = select i1 %263, i64 %262, i64 2736
  br label %task.header15

endif:                                            ; preds = %task.exit17, %task.exit
  call void @GOMP_barrier()
  %265 = sub i64 %5, 1
  %266 = add i64 %48, %265
  %267 = sdiv i64 %266, %5
  %268 = mul i64 %4, %267
  %269 = icmp slt i64 %268, %48
  %270 = select i1 %269, i64 %268, i64 %48
  %271 = add i64 %270, %267
  %272 = icmp slt i64 %271, %48
  %273 = select i1 %272, i64 %271, i64 %48
  br label %tile.header44

task.header:                                      ; preds = %endif3, %then
  %task = phi i64 [ %252, %then ], [ %task.next, %endif3 ]
  %274 = icmp slt i64 %task, %255
  br i1 %274, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %275 = sdiv i64 %task, 60
  %276 = srem i64 %task, 60
  %277 = mul i64 %275, 7232
  %278 = add i64 3268864, %277
  %279 = getelementptr inbounds float, float* %2, i64 %278
  %280 = mul i64 %275, 4096
  %281 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_2.winograd to float*), i64 %280
  %282 = mul i64 %275, 7232
  %283 = add i64 3529216, %282
  %284 = add i64 %275, 1
  %285 = icmp slt i64 %284, 35
  %286 = select i1 %285, i64 %284, i64 35
  %287 = mul i64 %286, 4096
  %288 = mul i64 %276, 80
  %289 = add i64 %287, %288
  %290 = icmp slt i64 %289, 146432
  %291 = select i1 %290, i64 %289, i64 146432
  %292 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_2.winograd to float*), i64 %291
  %293 = sdiv i64 %276, 4
  %294 = srem i64 %276, 4
  %295 = mul i64 %293, 6
  %296 = mul i64 %294, 16
  %297 = mul i64 %294, 1024
  %298 = icmp eq i64 %293, 14
  br i1 %298, label %then1, label %else2

task.exit:                                        ; preds = %task.header
  br label %endif

then1:                                            ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %42, align 32
  store <8 x float> zeroinitializer, <8 x float>* %41, align 32
  br label %k.header

else2:                                            ; preds = %task.body
  store <8 x float> zeroinitializer, <8 x float>* %40, align 32
  store <8 x float> zeroinitializer, <8 x float>* %39, align 32
  store <8 x float> zeroinitializer, <8 x float>* %38, align 32
  store <8 x float> zeroinitializer, <8 x float>* %37, align 32
  store <8 x float> zeroinitializer, <8 x float>* %36, align 32
  store <8 x float> zeroinitializer, <8 x float>* %35, align 32
  store <8 x float> zeroinitializer, <8 x float>* %34, align 32
  store <8 x float> zeroinitializer, <8 x float>* %33, align 32
  store <8 x float> zeroinitializer, <8 x float>* %32, align 32
  store <8 x float> zeroinitializer, <8 x float>* %31, align 32
  store <8 x float> zeroinitializer, <8 x float>* %30, align 32
  store <8 x float> zeroinitializer, <8 x float>* %29, align 32
  br label %k.header4

endif3:                                           ; preds = %k.exit6, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !7

k.header:                                         ; preds = %k.body, %then1
  %k = phi i64 [ 0, %then1 ], [ %k.next, %k.body ]
  %299 = icmp slt i64 %k, 64
  br i1 %299, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %300 = mul i64 %k, 16
  %301 = add i64 %300, 0
  %302 = getelementptr inbounds float, float* %292, i64 %301
  %303 = bitcast float* %302 to i8*
  call void @llvm.prefetch.p0i8(i8* %303, i32 0, i32 2, i32 1)
  %304 = mul i64 %k, 16
  %305 = add i64 %297, %304
  %306 = add i64 %305, 0
  %307 = getelementptr inbounds float, float* %281, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %305, 8
  %311 = getelementptr inbounds float, float* %281, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 %295, 0
  %315 = mul i64 %314, 64
  %316 = add i64 %315, %k
  %317 = getelementptr inbounds float, float* %279, i64 %316
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i32 0
  %splat = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, <8 x float>* %42, align 32
  %321 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %309, <8 x float> %320)
  store <8 x float> %321, <8 x float>* %42, align 32
  %322 = load <8 x float>, <8 x float>* %41, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %313, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %41, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %324 = add i64 %295, 0
  %325 = add i64 %296, 0
  %326 = load <8 x float>, <8 x float>* %42, align 32
  %327 = mul i64 %324, 64
  %328 = add i64 %327, %325
  %329 = add i64 %283, %328
  %330 = getelementptr inbounds float, float* %2, i64 %329
  %331 = bitcast float* %330 to <8 x float>*
  store <8 x float> %326, <8 x float>* %331, align 4
  %332 = add i64 %295, 0
  %333 = add i64 %296, 8
  %334 = load <8 x float>, <8 x float>* %41, align 32
  %335 = mul i64 %332, 64
  %336 = add i64 %335, %333
  %337 = add i64 %283, %336
  %338 = getelementptr inbounds float, float* %2, i64 %337
  %339 = bitcast float* %338 to <8 x float>*
  store <8 x float> %334, <8 x float>* %339, align 4
  br label %endif3

k.header4:                                        ; preds = %k.body5, %else2
  %k7 = phi i64 [ 0, %else2 ], [ %k.next14, %k.body5 ]
  %340 = icmp slt i64 %k7, 64
  br i1 %340, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %341 = mul i64 %k7, 16
  %342 = add i64 %341, 0
  %343 = getelementptr inbounds float, float* %292, i64 %342
  %344 = bitcast float* %343 to i8*
  call void @llvm.prefetch.p0i8(i8* %344, i32 0, i32 2, i32 1)
  %345 = mul i64 %k7, 16
  %346 = add i64 %297, %345
  %347 = add i64 %346, 0
  %348 = getelementptr inbounds float, float* %281, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  %350 = load <8 x float>, <8 x float>* %349, align 4
  %351 = add i64 %346, 8
  %352 = getelementptr inbounds float, float* %281, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  %354 = load <8 x float>, <8 x float>* %353, align 4
  %355 = add i64 %295, 0
  %356 = mul i64 %355, 64
  %357 = add i64 %356, %k7
  %358 = getelementptr inbounds float, float* %279, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat8 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %40, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %350, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %40, align 32
  %363 = load <8 x float>, <8 x float>* %34, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %354, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %34, align 32
  %365 = add i64 %295, 1
  %366 = mul i64 %365, 64
  %367 = add i64 %366, %k7
  %368 = getelementptr inbounds float, float* %279, i64 %367
  %369 = load float, float* %368, align 4
  %370 = insertelement <8 x float> undef, float %369, i32 0
  %splat9 = shufflevector <8 x float> %370, <8 x float> undef, <8 x i32> zeroinitializer
  %371 = load <8 x float>, <8 x float>* %39, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %350, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %39, align 32
  %373 = load <8 x float>, <8 x float>* %33, align 32
  %374 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %354, <8 x float> %373)
  store <8 x float> %374, <8 x float>* %33, align 32
  %375 = add i64 %295, 2
  %376 = mul i64 %375, 64
  %377 = add i64 %376, %k7
  %378 = getelementptr inbounds float, float* %279, i64 %377
  %379 = load float, float* %378, align 4
  %380 = insertelement <8 x float> undef, float %379, i32 0
  %splat10 = shufflevector <8 x float> %380, <8 x float> undef, <8 x i32> zeroinitializer
  %381 = load <8 x float>, <8 x float>* %38, align 32
  %382 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %350, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %38, align 32
  %383 = load <8 x float>, <8 x float>* %32, align 32
  %384 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %354, <8 x float> %383)
  store <8 x float> %384, <8 x float>* %32, align 32
  %385 = add i64 %295, 3
  %386 = mul i64 %385, 64
  %387 = add i64 %386, %k7
  %388 = getelementptr inbounds float, float* %279, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat11 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %37, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %350, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %37, align 32
  %393 = load <8 x float>, <8 x float>* %31, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %354, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %31, align 32
  %395 = add i64 %295, 4
  %396 = mul i64 %395, 64
  %397 = add i64 %396, %k7
  %398 = getelementptr inbounds float, float* %279, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat12 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %36, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %350, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %36, align 32
  %403 = load <8 x float>, <8 x float>* %30, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %354, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %30, align 32
  %405 = add i64 %295, 5
  %406 = mul i64 %405, 64
  %407 = add i64 %406, %k7
  %408 = getelementptr inbounds float, float* %279, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat13 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %35, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %350, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %35, align 32
  %413 = load <8 x float>, <8 x float>* %29, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %354, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %29, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %415 = add i64 %295, 0
  %416 = add i64 %296, 0
  %417 = load <8 x float>, <8 x float>* %40, align 32
  %418 = mul i64 %415, 64
  %419 = add i64 %418, %416
  %420 = add i64 %283, %419
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = bitcast float* %421 to <8 x float>*
  store <8 x float> %417, <8 x float>* %422, align 4
  %423 = add i64 %295, 1
  %424 = add i64 %296, 0
  %425 = load <8 x float>, <8 x float>* %39, align 32
  %426 = mul i64 %423, 64
  %427 = add i64 %426, %424
  %428 = add i64 %283, %427
  %429 = getelementptr inbounds float, float* %2, i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  store <8 x float> %425, <8 x float>* %430, align 4
  %431 = add i64 %295, 2
  %432 = add i64 %296, 0
  %433 = load <8 x float>, <8 x float>* %38, align 32
  %434 = mul i64 %431, 64
  %435 = add i64 %434, %432
  %436 = add i64 %283, %435
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %433, <8 x float>* %438, align 4
  %439 = add i64 %295, 3
  %440 = add i64 %296, 0
  %441 = load <8 x float>, <8 x float>* %37, align 32
  %442 = mul i64 %439, 64
  %443 = add i64 %442, %440
  %444 = add i64 %283, %443
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  store <8 x float> %441, <8 x float>* %446, align 4
  %447 = add i64 %295, 4
  %448 = add i64 %296, 0
  %449 = load <8 x float>, <8 x float>* %36, align 32
  %450 = mul i64 %447, 64
  %451 = add i64 %450, %448
  %452 = add i64 %283, %451
  %453 = getelementptr inbounds float, float* %2, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  store <8 x float> %449, <8 x float>* %454, align 4
  %455 = add i64 %295, 5
  %456 = add i64 %296, 0
  %457 = load <8 x float>, <8 x float>* %35, align 32
  %458 = mul i64 %455, 64
  %459 = add i64 %458, %456
  %460 = add i64 %283, %459
  %461 = getelementptr inbounds float, float* %2, i64 %460
  %462 = bitcast float* %461 to <8 x float>*
  store <8 x float> %457, <8 x float>* %462, align 4
  %463 = add i64 %295, 0
  %464 = add i64 %296, 8
  %465 = load <8 x float>, <8 x float>* %34, align 32
  %466 = mul i64 %463, 64
  %467 = add i64 %466, %464
  %468 = add i64 %283, %467
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %465, <8 x float>* %470, align 4
  %471 = add i64 %295, 1
  %472 = add i64 %296, 8
  %473 = load <8 x float>, <8 x float>* %33, align 32
  %474 = mul i64 %471, 64
  %475 = add i64 %474, %472
  %476 = add i64 %283, %475
  %477 = getelementptr inbounds float, float* %2, i64 %476
  %478 = bitcast float* %477 to <8 x float>*
  store <8 x float> %473, <8 x float>* %478, align 4
  %479 = add i64 %295, 2
  %480 = add i64 %296, 8
  %481 = load <8 x float>, <8 x float>* %32, align 32
  %482 = mul i64 %479, 64
  %483 = add i64 %482, %480
  %484 = add i64 %283, %483
  %485 = getelementptr inbounds float, float* %2, i64 %484
  %486 = bitcast float* %485 to <8 x float>*
  store <8 x float> %481, <8 x float>* %486, align 4
  %487 = add i64 %295, 3
  %488 = add i64 %296, 8
  %489 = load <8 x float>, <8 x float>* %31, align 32
  %490 = mul i64 %487, 64
  %491 = add i64 %490, %488
  %492 = add i64 %283, %491
  %493 = getelementptr inbounds float, float* %2, i64 %492
  %494 = bitcast float* %493 to <8 x float>*
  store <8 x float> %489, <8 x float>* %494, align 4
  %495 = add i64 %295, 4
  %496 = add i64 %296, 8
  %497 = load <8 x float>, <8 x float>* %30, align 32
  %498 = mul i64 %495, 64
  %499 = add i64 %498, %496
  %500 = add i64 %283, %499
  %501 = getelementptr inbounds float, float* %2, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  store <8 x float> %497, <8 x float>* %502, align 4
  %503 = add i64 %295, 5
  %504 = add i64 %296, 8
  %505 = load <8 x float>, <8 x float>* %29, align 32
  %506 = mul i64 %503, 64
  %507 = add i64 %506, %504
  %508 = add i64 %283, %507
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  store <8 x float> %505, <8 x float>* %510, align 4
  br label %endif3

task.header15:                                    ; preds = %endif21, %else
  %task18 = phi i64 [ %261, %else ], [ %task.next43, %endif21 ]
  %511 = icmp slt i64 %task18, %264
  br i1 %511, label %task.body16, label %task.exit17

task.body16:                                      ; preds = %task.header15
  %512 = sdiv i64 %task18, 76
  %513 = srem i64 %task18, 76
  %514 = mul i64 %512, 7232
  %515 = add i64 3268864, %514
  %516 = getelementptr inbounds float, float* %2, i64 %515
  %517 = mul i64 %512, 4096
  %518 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_2.winograd to float*), i64 %517
  %519 = mul i64 %512, 7232
  %520 = add i64 3529216, %519
  %521 = add i64 %512, 1
  %522 = icmp slt i64 %521, 35
  %523 = select i1 %522, i64 %521, i64 35
  %524 = mul i64 %523, 4096
  %525 = mul i64 %513, 64
  %526 = add i64 %524, %525
  %527 = icmp slt i64 %526, 146432
  %528 = select i1 %527, i64 %526, i64 146432
  %529 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_2.winograd to float*), i64 %528
  %530 = sdiv i64 %513, 4
  %531 = srem i64 %513, 4
  %532 = mul i64 %530, 6
  %533 = mul i64 %531, 16
  %534 = mul i64 %531, 1024
  %535 = icmp eq i64 %530, 18
  br i1 %535, label %then19, label %else20

task.exit17:                                      ; preds = %task.header15
  br label %endif

then19:                                           ; preds = %task.body16
  store <8 x float> zeroinitializer, <8 x float>* %28, align 32
  store <8 x float> zeroinitializer, <8 x float>* %27, align 32
  store <8 x float> zeroinitializer, <8 x float>* %26, align 32
  store <8 x float> zeroinitializer, <8 x float>* %25, align 32
  store <8 x float> zeroinitializer, <8 x float>* %24, align 32
  store <8 x float> zeroinitializer, <8 x float>* %23, align 32
  store <8 x float> zeroinitializer, <8 x float>* %22, align 32
  store <8 x float> zeroinitializer, <8 x float>* %21, align 32
  store <8 x float> zeroinitializer, <8 x float>* %20, align 32
  store <8 x float> zeroinitializer, <8 x float>* %19, align 32
  br label %k.header22

else20:                                           ; preds = %task.body16
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
  br label %k.header32

endif21:                                          ; preds = %k.exit34, %k.exit24
  %task.next43 = add i64 %task18, 1
  br label %task.header15, !llvm.loop !8

k.header22:                                       ; preds = %k.body23, %then19
  %k25 = phi i64 [ 0, %then19 ], [ %k.next31, %k.body23 ]
  %536 = icmp slt i64 %k25, 64
  br i1 %536, label %k.body23, label %k.exit24

k.body23:                                         ; preds = %k.header22
  %537 = mul i64 %k25, 16
  %538 = add i64 %537, 0
  %539 = getelementptr inbounds float, float* %529, i64 %538
  %540 = bitcast float* %539 to i8*
  call void @llvm.prefetch.p0i8(i8* %540, i32 0, i32 2, i32 1)
  %541 = mul i64 %k25, 16
  %542 = add i64 %534, %541
  %543 = add i64 %542, 0
  %544 = getelementptr inbounds float, float* %518, i64 %543
  %545 = bitcast float* %544 to <8 x float>*
  %546 = load <8 x float>, <8 x float>* %545, align 4
  %547 = add i64 %542, 8
  %548 = getelementptr inbounds float, float* %518, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = add i64 %532, 0
  %552 = mul i64 %551, 64
  %553 = add i64 %552, %k25
  %554 = getelementptr inbounds float, float* %516, i64 %553
  %555 = load float, float* %554, align 4
  %556 = insertelement <8 x float> undef, float %555, i32 0
  %splat26 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = load <8 x float>, <8 x float>* %28, align 32
  %558 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %546, <8 x float> %557)
  store <8 x float> %558, <8 x float>* %28, align 32
  %559 = load <8 x float>, <8 x float>* %23, align 32
  %560 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %550, <8 x float> %559)
  store <8 x float> %560, <8 x float>* %23, align 32
  %561 = add i64 %532, 1
  %562 = mul i64 %561, 64
  %563 = add i64 %562, %k25
  %564 = getelementptr inbounds float, float* %516, i64 %563
  %565 = load float, float* %564, align 4
  %566 = insertelement <8 x float> undef, float %565, i32 0
  %splat27 = shufflevector <8 x float> %566, <8 x float> undef, <8 x i32> zeroinitializer
  %567 = load <8 x float>, <8 x float>* %27, align 32
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %546, <8 x float> %567)
  store <8 x float> %568, <8 x float>* %27, align 32
  %569 = load <8 x float>, <8 x float>* %22, align 32
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %550, <8 x float> %569)
  store <8 x float> %570, <8 x float>* %22, align 32
  %571 = add i64 %532, 2
  %572 = mul i64 %571, 64
  %573 = add i64 %572, %k25
  %574 = getelementptr inbounds float, float* %516, i64 %573
  %575 = load float, float* %574, align 4
  %576 = insertelement <8 x float> undef, float %575, i32 0
  %splat28 = shufflevector <8 x float> %576, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, <8 x float>* %26, align 32
  %578 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %546, <8 x float> %577)
  store <8 x float> %578, <8 x float>* %26, align 32
  %579 = load <8 x float>, <8 x float>* %21, align 32
  %580 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %550, <8 x float> %579)
  store <8 x float> %580, <8 x float>* %21, align 32
  %581 = add i64 %532, 3
  %582 = mul i64 %581, 64
  %583 = add i64 %582, %k25
  %584 = getelementptr inbounds float, float* %516, i64 %583
  %585 = load float, float* %584, align 4
  %586 = insertelement <8 x float> undef, float %585, i32 0
  %splat29 = shufflevector <8 x float> %586, <8 x float> undef, <8 x i32> zeroinitializer
  %587 = load <8 x float>, <8 x float>* %25, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %546, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %25, align 32
  %589 = load <8 x float>, <8 x float>* %20, align 32
  %590 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %550, <8 x float> %589)
  store <8 x float> %590, <8 x float>* %20, align 32
  %591 = add i64 %532, 4
  %592 = mul i64 %591, 64
  %593 = add i64 %592, %k25
  %594 = getelementptr inbounds float, float* %516, i64 %593
  %595 = load float, float* %594, align 4
  %596 = insertelement <8 x float> undef, float %595, i32 0
  %splat30 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %597 = load <8 x float>, <8 x float>* %24, align 32
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %546, <8 x float> %597)
  store <8 x float> %598, <8 x float>* %24, align 32
  %599 = load <8 x float>, <8 x float>* %19, align 32
  %600 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %550, <8 x float> %599)
  store <8 x float> %600, <8 x float>* %19, align 32
  %k.next31 = add i64 %k25, 1
  br label %k.header22

k.exit24:                                         ; preds = %k.header22
  %601 = add i64 %532, 0
  %602 = add i64 %533, 0
  %603 = load <8 x float>, <8 x float>* %28, align 32
  %604 = mul i64 %601, 64
  %605 = add i64 %604, %602
  %606 = add i64 %520, %605
  %607 = getelementptr inbounds float, float* %2, i64 %606
  %608 = bitcast float* %607 to <8 x float>*
  store <8 x float> %603, <8 x float>* %608, align 4
  %609 = add i64 %532, 1
  %610 = add i64 %533, 0
  %611 = load <8 x float>, <8 x float>* %27, align 32
  %612 = mul i64 %609, 64
  %613 = add i64 %612, %610
  %614 = add i64 %520, %613
  %615 = getelementptr inbounds float, float* %2, i64 %614
  %616 = bitcast float* %615 to <8 x float>*
  store <8 x float> %611, <8 x float>* %616, align 4
  %617 = add i64 %532, 2
  %618 = add i64 %533, 0
  %619 = load <8 x float>, <8 x float>* %26, align 32
  %620 = mul i64 %617, 64
  %621 = add i64 %620, %618
  %622 = add i64 %520, %621
  %623 = getelementptr inbounds float, float* %2, i64 %622
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %619, <8 x float>* %624, align 4
  %625 = add i64 %532, 3
  %626 = add i64 %533, 0
  %627 = load <8 x float>, <8 x float>* %25, align 32
  %628 = mul i64 %625, 64
  %629 = add i64 %628, %626
  %630 = add i64 %520, %629
  %631 = getelementptr inbounds float, float* %2, i64 %630
  %632 = bitcast float* %631 to <8 x float>*
  store <8 x float> %627, <8 x float>* %632, align 4
  %633 = add i64 %532, 4
  %634 = add i64 %533, 0
  %635 = load <8 x float>, <8 x float>* %24, align 32
  %636 = mul i64 %633, 64
  %637 = add i64 %636, %634
  %638 = add i64 %520, %637
  %639 = getelementptr inbounds float, float* %2, i64 %638
  %640 = bitcast float* %639 to <8 x float>*
  store <8 x float> %635, <8 x float>* %640, align 4
  %641 = add i64 %532, 0
  %642 = add i64 %533, 8
  %643 = load <8 x float>, <8 x float>* %23, align 32
  %644 = mul i64 %641, 64
  %645 = add i64 %644, %642
  %646 = add i64 %520, %645
  %647 = getelementptr inbounds float, float* %2, i64 %646
  %648 = bitcast float* %647 to <8 x float>*
  store <8 x float> %643, <8 x float>* %648, align 4
  %649 = add i64 %532, 1
  %650 = add i64 %533, 8
  %651 = load <8 x float>, <8 x float>* %22, align 32
  %652 = mul i64 %649, 64
  %653 = add i64 %652, %650
  %654 = add i64 %520, %653
  %655 = getelementptr inbounds float, float* %2, i64 %654
  %656 = bitcast float* %655 to <8 x float>*
  store <8 x float> %651, <8 x float>* %656, align 4
  %657 = add i64 %532, 2
  %658 = add i64 %533, 8
  %659 = load <8 x float>, <8 x float>* %21, align 32
  %660 = mul i64 %657, 64
  %661 = add i64 %660, %658
  %662 = add i64 %520, %661
  %663 = getelementptr inbounds float, float* %2, i64 %662
  %664 = bitcast float* %663 to <8 x float>*
  store <8 x float> %659, <8 x float>* %664, align 4
  %665 = add i64 %532, 3
  %666 = add i64 %533, 8
  %667 = load <8 x float>, <8 x float>* %20, align 32
  %668 = mul i64 %665, 64
  %669 = add i64 %668, %666
  %670 = add i64 %520, %669
  %671 = getelementptr inbounds float, float* %2, i64 %670
  %672 = bitcast float* %671 to <8 x float>*
  store <8 x float> %667, <8 x float>* %672, align 4
  %673 = add i64 %532, 4
  %674 = add i64 %533, 8
  %675 = load <8 x float>, <8 x float>* %19, align 32
  %676 = mul i64 %673, 64
  %677 = add i64 %676, %674
  %678 = add i64 %520, %677
  %679 = getelementptr inbounds float, float* %2, i64 %678
  %680 = bitcast float* %679 to <8 x float>*
  store <8 x float> %675, <8 x float>* %680, align 4
  br label %endif21

k.header32:                                       ; preds = %k.body33, %else20
  %k35 = phi i64 [ 0, %else20 ], [ %k.next42, %k.body33 ]
  %681 = icmp slt i64 %k35, 64
  br i1 %681, label %k.body33, label %k.exit34

k.body33:                                         ; preds = %k.header32
  %682 = mul i64 %k35, 16
  %683 = add i64 %682, 0
  %684 = getelementptr inbounds float, float* %529, i64 %683
  %685 = bitcast float* %684 to i8*
  call void @llvm.prefetch.p0i8(i8* %685, i32 0, i32 2, i32 1)
  %686 = mul i64 %k35, 16
  %687 = add i64 %534, %686
  %688 = add i64 %687, 0
  %689 = getelementptr inbounds float, float* %518, i64 %688
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = add i64 %687, 8
  %693 = getelementptr inbounds float, float* %518, i64 %692
  %694 = bitcast float* %693 to <8 x float>*
  %695 = load <8 x float>, <8 x float>* %694, align 4
  %696 = add i64 %532, 0
  %697 = mul i64 %696, 64
  %698 = add i64 %697, %k35
  %699 = getelementptr inbounds float, float* %516, i64 %698
  %700 = load float, float* %699, align 4
  %701 = insertelement <8 x float> undef, float %700, i32 0
  %splat36 = shufflevector <8 x float> %701, <8 x float> undef, <8 x i32> zeroinitializer
  %702 = load <8 x float>, <8 x float>* %18, align 32
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %691, <8 x float> %702)
  store <8 x float> %703, <8 x float>* %18, align 32
  %704 = load <8 x float>, <8 x float>* %12, align 32
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %695, <8 x float> %704)
  store <8 x float> %705, <8 x float>* %12, align 32
  %706 = add i64 %532, 1
  %707 = mul i64 %706, 64
  %708 = add i64 %707, %k35
  %709 = getelementptr inbounds float, float* %516, i64 %708
  %710 = load float, float* %709, align 4
  %711 = insertelement <8 x float> undef, float %710, i32 0
  %splat37 = shufflevector <8 x float> %711, <8 x float> undef, <8 x i32> zeroinitializer
  %712 = load <8 x float>, <8 x float>* %17, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %691, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %17, align 32
  %714 = load <8 x float>, <8 x float>* %11, align 32
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %695, <8 x float> %714)
  store <8 x float> %715, <8 x float>* %11, align 32
  %716 = add i64 %532, 2
  %717 = mul i64 %716, 64
  %718 = add i64 %717, %k35
  %719 = getelementptr inbounds float, float* %516, i64 %718
  %720 = load float, float* %719, align 4
  %721 = insertelement <8 x float> undef, float %720, i32 0
  %splat38 = shufflevector <8 x float> %721, <8 x float> undef, <8 x i32> zeroinitializer
  %722 = load <8 x float>, <8 x float>* %16, align 32
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %691, <8 x float> %722)
  store <8 x float> %723, <8 x float>* %16, align 32
  %724 = load <8 x float>, <8 x float>* %10, align 32
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %695, <8 x float> %724)
  store <8 x float> %725, <8 x float>* %10, align 32
  %726 = add i64 %532, 3
  %727 = mul i64 %726, 64
  %728 = add i64 %727, %k35
  %729 = getelementptr inbounds float, float* %516, i64 %728
  %730 = load float, float* %729, align 4
  %731 = insertelement <8 x float> undef, float %730, i32 0
  %splat39 = shufflevector <8 x float> %731, <8 x float> undef, <8 x i32> zeroinitializer
  %732 = load <8 x float>, <8 x float>* %15, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %691, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %15, align 32
  %734 = load <8 x float>, <8 x float>* %9, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %695, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %9, align 32
  %736 = add i64 %532, 4
  %737 = mul i64 %736, 64
  %738 = add i64 %737, %k35
  %739 = getelementptr inbounds float, float* %516, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat40 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %14, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %691, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %14, align 32
  %744 = load <8 x float>, <8 x float>* %8, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %695, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %8, align 32
  %746 = add i64 %532, 5
  %747 = mul i64 %746, 64
  %748 = add i64 %747, %k35
  %749 = getelementptr inbounds float, float* %516, i64 %748
  %750 = load float, float* %749, align 4
  %751 = insertelement <8 x float> undef, float %750, i32 0
  %splat41 = shufflevector <8 x float> %751, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, <8 x float>* %13, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %691, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %13, align 32
  %754 = load <8 x float>, <8 x float>* %7, align 32
  %755 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %695, <8 x float> %754)
  store <8 x float> %755, <8 x float>* %7, align 32
  %k.next42 = add i64 %k35, 1
  br label %k.header32

k.exit34:                                         ; preds = %k.header32
  %756 = add i64 %532, 0
  %757 = add i64 %533, 0
  %758 = load <8 x float>, <8 x float>* %18, align 32
  %759 = mul i64 %756, 64
  %760 = add i64 %759, %757
  %761 = add i64 %520, %760
  %762 = getelementptr inbounds float, float* %2, i64 %761
  %763 = bitcast float* %762 to <8 x float>*
  store <8 x float> %758, <8 x float>* %763, align 4
  %764 = add i64 %532, 1
  %765 = add i64 %533, 0
  %766 = load <8 x float>, <8 x float>* %17, align 32
  %767 = mul i64 %764, 64
  %768 = add i64 %767, %765
  %769 = add i64 %520, %768
  %770 = getelementptr inbounds float, float* %2, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  store <8 x float> %766, <8 x float>* %771, align 4
  %772 = add i64 %532, 2
  %773 = add i64 %533, 0
  %774 = load <8 x float>, <8 x float>* %16, align 32
  %775 = mul i64 %772, 64
  %776 = add i64 %775, %773
  %777 = add i64 %520, %776
  %778 = getelementptr inbounds float, float* %2, i64 %777
  %779 = bitcast float* %778 to <8 x float>*
  store <8 x float> %774, <8 x float>* %779, align 4
  %780 = add i64 %532, 3
  %781 = add i64 %533, 0
  %782 = load <8 x float>, <8 x float>* %15, align 32
  %783 = mul i64 %780, 64
  %784 = add i64 %783, %781
  %785 = add i64 %520, %784
  %786 = getelementptr inbounds float, float* %2, i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  store <8 x float> %782, <8 x float>* %787, align 4
  %788 = add i64 %532, 4
  %789 = add i64 %533, 0
  %790 = load <8 x float>, <8 x float>* %14, align 32
  %791 = mul i64 %788, 64
  %792 = add i64 %791, %789
  %793 = add i64 %520, %792
  %794 = getelementptr inbounds float, float* %2, i64 %793
  %795 = bitcast float* %794 to <8 x float>*
  store <8 x float> %790, <8 x float>* %795, align 4
  %796 = add i64 %532, 5
  %797 = add i64 %533, 0
  %798 = load <8 x float>, <8 x float>* %13, align 32
  %799 = mul i64 %796, 64
  %800 = add i64 %799, %797
  %801 = add i64 %520, %800
  %802 = getelementptr inbounds float, float* %2, i64 %801
  %803 = bitcast float* %802 to <8 x float>*
  store <8 x float> %798, <8 x float>* %803, align 4
  %804 = add i64 %532, 0
  %805 = add i64 %533, 8
  %806 = load <8 x float>, <8 x float>* %12, align 32
  %807 = mul i64 %804, 64
  %808 = add i64 %807, %805
  %809 = add i64 %520, %808
  %810 = getelementptr inbounds float, float* %2, i64 %809
  %811 = bitcast float* %810 to <8 x float>*
  store <8 x float> %806, <8 x float>* %811, align 4
  %812 = add i64 %532, 1
  %813 = add i64 %533, 8
  %814 = load <8 x float>, <8 x float>* %11, align 32
  %815 = mul i64 %812, 64
  %816 = add i64 %815, %813
  %817 = add i64 %520, %816
  %818 = getelementptr inbounds float, float* %2, i64 %817
  %819 = bitcast float* %818 to <8 x float>*
  store <8 x float> %814, <8 x float>* %819, align 4
  %820 = add i64 %532, 2
  %821 = add i64 %533, 8
  %822 = load <8 x float>, <8 x float>* %10, align 32
  %823 = mul i64 %820, 64
  %824 = add i64 %823, %821
  %825 = add i64 %520, %824
  %826 = getelementptr inbounds float, float* %2, i64 %825
  %827 = bitcast float* %826 to <8 x float>*
  store <8 x float> %822, <8 x float>* %827, align 4
  %828 = add i64 %532, 3
  %829 = add i64 %533, 8
  %830 = load <8 x float>, <8 x float>* %9, align 32
  %831 = mul i64 %828, 64
  %832 = add i64 %831, %829
  %833 = add i64 %520, %832
  %834 = getelementptr inbounds float, float* %2, i64 %833
  %835 = bitcast float* %834 to <8 x float>*
  store <8 x float> %830, <8 x float>* %835, align 4
  %836 = add i64 %532, 4
  %837 = add i64 %533, 8
  %838 = load <8 x float>, <8 x float>* %8, align 32
  %839 = mul i64 %836, 64
  %840 = add i64 %839, %837
  %841 = add i64 %520, %840
  %842 = getelementptr inbounds float, float* %2, i64 %841
  %843 = bitcast float* %842 to <8 x float>*
  store <8 x float> %838, <8 x float>* %843, align 4
  %844 = add i64 %532, 5
  %845 = add i64 %533, 8
  %846 = load <8 x float>, <8 x float>* %7, align 32
  %847 = mul i64 %844, 64
  %848 = add i64 %847, %845
  %849 = add i64 %520, %848
  %850 = getelementptr inbounds float, float* %2, i64 %849
  %851 = bitcast float* %850 to <8 x float>*
  store <8 x float> %846, <8 x float>* %851, align 4
  br label %endif21

tile.header44:                                    ; preds = %block.exit, %endif
  %tile47 = phi i64 [ %270, %endif ], [ %tile.next53, %block.exit ]
  %852 = icmp slt i64 %tile47, %273
  br i1 %852, label %tile.body45, label %tile.exit46

tile.body45:                                      ; preds = %tile.header44
  %853 = add i64 %45, %tile47
  %854 = srem i64 %853, 56
  %855 = sdiv i64 %853, 56
  %856 = srem i64 %855, 56
  %857 = sdiv i64 %853, 3136
  %858 = mul i64 %857, 8
  %859 = mul i64 %858, 401408
  %860 = mul i64 %856, 896
  %861 = mul i64 %854, 4
  %862 = add i64 %860, %861
  %863 = mul i64 %862, 8
  %864 = add i64 %859, %863
  %865 = mul i64 %857, 8
  %866 = mul i64 %865, 100352
  %867 = mul i64 %856, 224
  %868 = mul i64 %854, 2
  %869 = add i64 %867, %868
  %870 = mul i64 %869, 8
  %871 = add i64 %866, %870
  %872 = mul i64 %tile47, 64
  %873 = add i64 3529216, %872
  %874 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit46:                                      ; preds = %tile.header44
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !9

block.header:                                     ; preds = %row.exit50, %tile.body45
  %block = phi i64 [ 0, %tile.body45 ], [ %block.next, %row.exit50 ]
  %875 = icmp slt i64 %block, 8
  br i1 %875, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %876 = mul i64 %block, 8
  %877 = add i64 %873, %876
  br label %row.header48

block.exit:                                       ; preds = %block.header
  %tile.next53 = add i64 %tile47, 1
  br label %tile.header44, !llvm.loop !10

row.header48:                                     ; preds = %row.body49, %block.body
  %row51 = phi i64 [ 0, %block.body ], [ %row.next52, %row.body49 ]
  %878 = icmp slt i64 %row51, 6
  br i1 %878, label %row.body49, label %row.exit50

row.body49:                                       ; preds = %row.header48
  %879 = mul i64 %row51, 43392
  %880 = add i64 %877, %879
  %881 = add i64 %880, 0
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = bitcast float* %882 to <8 x float>*
  %884 = load <8 x float>, <8 x float>* %883, align 4
  %885 = add i64 %880, 7232
  %886 = getelementptr inbounds float, float* %2, i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = add i64 %880, 14464
  %890 = getelementptr inbounds float, float* %2, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %880, 21696
  %894 = getelementptr inbounds float, float* %2, i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = add i64 %880, 28928
  %898 = getelementptr inbounds float, float* %2, i64 %897
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = add i64 %880, 36160
  %902 = getelementptr inbounds float, float* %2, i64 %901
  %903 = bitcast float* %902 to <8 x float>*
  %904 = load <8 x float>, <8 x float>* %903, align 4
  %905 = fadd <8 x float> %888, %892
  %906 = fsub <8 x float> %888, %892
  %907 = fadd <8 x float> %896, %900
  %908 = fsub <8 x float> %896, %900
  %909 = fadd <8 x float> %884, %905
  %910 = fadd <8 x float> %909, %907
  %911 = call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %906)
  %912 = call <8 x float> @llvm.fma.v8f32(<8 x float> %907, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %905)
  %913 = call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %906)
  %914 = fadd <8 x float> %913, %904
  %915 = mul i64 %row51, 32
  %916 = add i64 %915, 0
  %917 = getelementptr inbounds float, float* %874, i64 %916
  %918 = bitcast float* %917 to <8 x float>*
  store <8 x float> %910, <8 x float>* %918, align 4
  %919 = mul i64 %row51, 32
  %920 = add i64 %919, 8
  %921 = getelementptr inbounds float, float* %874, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  store <8 x float> %911, <8 x float>* %922, align 4
  %923 = mul i64 %row51, 32
  %924 = add i64 %923, 16
  %925 = getelementptr inbounds float, float* %874, i64 %924
  %926 = bitcast float* %925 to <8 x float>*
  store <8 x float> %912, <8 x float>* %926, align 4
  %927 = mul i64 %row51, 32
  %928 = add i64 %927, 24
  %929 = getelementptr inbounds float, float* %874, i64 %928
  %930 = bitcast float* %929 to <8 x float>*
  store <8 x float> %914, <8 x float>* %930, align 4
  %row.next52 = add i64 %row51, 1
  br label %row.header48, !llvm.loop !11

row.exit50:                                       ; preds = %row.header48
  %931 = mul i64 %block, 8
  %932 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_2.bias to float*), i64 %931
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = mul i64 %block, 401408
  %936 = add i64 %864, %935
  %937 = getelementptr inbounds float, float* %874, i64 0
  %938 = bitcast float* %937 to <8 x float>*
  %939 = load <8 x float>, <8 x float>* %938, align 4
  %940 = getelementptr inbounds float, float* %874, i64 32
  %941 = bitcast float* %940 to <8 x float>*
  %942 = load <8 x float>, <8 x float>* %941, align 4
  %943 = getelementptr inbounds float, float* %874, i64 64
  %944 = bitcast float* %943 to <8 x float>*
  %945 = load <8 x float>, <8 x float>* %944, align 4
  %946 = getelementptr inbounds float, float* %874, i64 96
  %947 = bitcast float* %946 to <8 x float>*
  %948 = load <8 x float>, <8 x float>* %947, align 4
  %949 = getelementptr inbounds float, float* %874, i64 128
  %950 = bitcast float* %949 to <8 x float>*
  %951 = load <8 x float>, <8 x float>* %950, align 4
  %952 = getelementptr inbounds float, float* %874, i64 160
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = fadd <8 x float> %942, %945
  %956 = fsub <8 x float> %942, %945
  %957 = fadd <8 x float> %948, %951
  %958 = fsub <8 x float> %948, %951
  %959 = fadd <8 x float> %939, %955
  %960 = fadd <8 x float> %959, %957
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %956)
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %955)
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %956)
  %964 = fadd <8 x float> %963, %954
  %965 = fadd <8 x float> %960, %934
  %966 = fcmp olt <8 x float> %965, zeroinitializer
  %967 = select <8 x i1> %966, <8 x float> zeroinitializer, <8 x float> %965
  %968 = fadd <8 x float> %961, %934
  %969 = fcmp olt <8 x float> %968, zeroinitializer
  %970 = select <8 x i1> %969, <8 x float> zeroinitializer, <8 x float> %968
  %971 = fadd <8 x float> %962, %934
  %972 = fcmp olt <8 x float> %971, zeroinitializer
  %973 = select <8 x i1> %972, <8 x float> zeroinitializer, <8 x float> %971
  %974 = fadd <8 x float> %964, %934
  %975 = fcmp olt <8 x float> %974, zeroinitializer
  %976 = select <8 x i1> %975, <8 x float> zeroinitializer, <8 x float> %974
  %977 = getelementptr inbounds float, float* %874, i64 8
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = getelementptr inbounds float, float* %874, i64 40
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = getelementptr inbounds float, float* %874, i64 72
  %984 = bitcast float* %983 to <8 x float>*
  %985 = load <8 x float>, <8 x float>* %984, align 4
  %986 = getelementptr inbounds float, float* %874, i64 104
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = getelementptr inbounds float, float* %874, i64 136
  %990 = bitcast float* %989 to <8 x float>*
  %991 = load <8 x float>, <8 x float>* %990, align 4
  %992 = getelementptr inbounds float, float* %874, i64 168
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = fadd <8 x float> %982, %985
  %996 = fsub <8 x float> %982, %985
  %997 = fadd <8 x float> %988, %991
  %998 = fsub <8 x float> %988, %991
  %999 = fadd <8 x float> %979, %995
  %1000 = fadd <8 x float> %999, %997
  %1001 = call <8 x float> @llvm.fma.v8f32(<8 x float> %998, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %996)
  %1002 = call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %995)
  %1003 = call <8 x float> @llvm.fma.v8f32(<8 x float> %998, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %996)
  %1004 = fadd <8 x float> %1003, %994
  %1005 = fadd <8 x float> %1000, %934
  %1006 = fcmp olt <8 x float> %1005, zeroinitializer
  %1007 = select <8 x i1> %1006, <8 x float> zeroinitializer, <8 x float> %1005
  %1008 = fadd <8 x float> %1001, %934
  %1009 = fcmp olt <8 x float> %1008, zeroinitializer
  %1010 = select <8 x i1> %1009, <8 x float> zeroinitializer, <8 x float> %1008
  %1011 = fadd <8 x float> %1002, %934
  %1012 = fcmp olt <8 x float> %1011, zeroinitializer
  %1013 = select <8 x i1> %1012, <8 x float> zeroinitializer, <8 x float> %1011
  %1014 = fadd <8 x float> %1004, %934
  %1015 = fcmp olt <8 x float> %1014, zeroinitializer
  %1016 = select <8 x i1> %1015, <8 x float> zeroinitializer, <8 x float> %1014
  %1017 = getelementptr inbounds float, float* %874, i64 16
  %1018 = bitcast float* %1017 to <8 x float>*
  %1019 = load <8 x float>, <8 x float>* %1018, align 4
  %1020 = getelementptr inbounds float, float* %874, i64 48
  %1021 = bitcast float* %1020 to <8 x float>*
  %1022 = load <8 x float>, <8 x float>* %1021, align 4
  %1023 = getelementptr inbounds float, float* %874, i64 80
  %1024 = bitcast float* %1023 to <8 x float>*
  %1025 = load <8 x float>, <8 x float>* %1024, align 4
  %1026 = getelementptr inbounds float, float* %874, i64 112
  %1027 = bitcast float* %1026 to <8 x float>*
  %1028 = load <8 x float>, <8 x float>* %1027, align 4
  %1029 = getelementptr inbounds float, float* %874, i64 144
  %1030 = bitcast float* %1029 to <8 x float>*
  %1031 = load <8 x float>, <8 x float>* %1030, align 4
  %1032 = getelementptr inbounds float, float* %874, i64 176
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = fadd <8 x float> %1022, %1025
  %1036 = fsub <8 x float> %1022, %1025
  %1037 = fadd <8 x float> %1028, %1031
  %1038 = fsub <8 x float> %1028, %1031
  %1039 = fadd <8 x float> %1019, %1035
  %1040 = fadd <8 x float> %1039, %1037
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1036)
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1037, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1035)
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1036)
  %1044 = fadd <8 x float> %1043, %1034
  %1045 = fadd <8 x float> %1040, %934
  %1046 = fcmp olt <8 x float> %1045, zeroinitializer
  %1047 = select <8 x i1> %1046, <8 x float> zeroinitializer, <8 x float> %1045
  %1048 = fadd <8 x float> %1041, %934
  %1049 = fcmp olt <8 x float> %1048, zeroinitializer
  %1050 = select <8 x i1> %1049, <8 x float> zeroinitializer, <8 x float> %1048
  %1051 = fadd <8 x float> %1042, %934
  %1052 = fcmp olt <8 x float> %1051, zeroinitializer
  %1053 = select <8 x i1> %1052, <8 x float> zeroinitializer, <8 x float> %1051
  %1054 = fadd <8 x float> %1044, %934
  %1055 = fcmp olt <8 x float> %1054, zeroinitializer
  %1056 = select <8 x i1> %1055, <8 x float> zeroinitializer, <8 x float> %1054
  %1057 = getelementptr inbounds float, float* %874, i64 24
  %1058 = bitcast float* %1057 to <8 x float>*
  %1059 = load <8 x float>, <8 x float>* %1058, align 4
  %1060 = getelementptr inbounds float, float* %874, i64 56
  %1061 = bitcast float* %1060 to <8 x float>*
  %1062 = load <8 x float>, <8 x float>* %1061, align 4
  %1063 = getelementptr inbounds float, float* %874, i64 88
  %1064 = bitcast float* %1063 to <8 x float>*
  %1065 = load <8 x float>, <8 x float>* %1064, align 4
  %1066 = getelementptr inbounds float, float* %874, i64 120
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = getelementptr inbounds float, float* %874, i64 152
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = getelementptr inbounds float, float* %874, i64 184
  %1073 = bitcast float* %1072 to <8 x float>*
  %1074 = load <8 x float>, <8 x float>* %1073, align 4
  %1075 = fadd <8 x float> %1062, %1065
  %1076 = fsub <8 x float> %1062, %1065
  %1077 = fadd <8 x float> %1068, %1071
  %1078 = fsub <8 x float> %1068, %1071
  %1079 = fadd <8 x float> %1059, %1075
  %1080 = fadd <8 x float> %1079, %1077
  %1081 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1078, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1076)
  %1082 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1077, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1075)
  %1083 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1078, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1076)
  %1084 = fadd <8 x float> %1083, %1074
  %1085 = fadd <8 x float> %1080, %934
  %1086 = fcmp olt <8 x float> %1085, zeroinitializer
  %1087 = select <8 x i1> %1086, <8 x float> zeroinitializer, <8 x float> %1085
  %1088 = fadd <8 x float> %1081, %934
  %1089 = fcmp olt <8 x float> %1088, zeroinitializer
  %1090 = select <8 x i1> %1089, <8 x float> zeroinitializer, <8 x float> %1088
  %1091 = fadd <8 x float> %1082, %934
  %1092 = fcmp olt <8 x float> %1091, zeroinitializer
  %1093 = select <8 x i1> %1092, <8 x float> zeroinitializer, <8 x float> %1091
  %1094 = fadd <8 x float> %1084, %934
  %1095 = fcmp olt <8 x float> %1094, zeroinitializer
  %1096 = select <8 x i1> %1095, <8 x float> zeroinitializer, <8 x float> %1094
  %1097 = mul i64 %block, 100352
  %1098 = add i64 %871, %1097
  %1099 = fcmp ogt <8 x float> %967, %1007
  %1100 = select <8 x i1> %1099, <8 x float> %967, <8 x float> %1007
  %1101 = fcmp uno <8 x float> %967, %967
  %1102 = select <8 x i1> %1101, <8 x float> %967, <8 x float> %1100
  %1103 = fcmp ogt <8 x float> %1102, %970
  %1104 = select <8 x i1> %1103, <8 x float> %1102, <8 x float> %970
  %1105 = fcmp uno <8 x float> %1102, %1102
  %1106 = select <8 x i1> %1105, <8 x float> %1102, <8 x float> %1104
  %1107 = fcmp ogt <8 x float> %1106, %1010
  %1108 = select <8 x i1> %1107, <8 x float> %1106, <8 x float> %1010
  %1109 = fcmp uno <8 x float> %1106, %1106
  %1110 = select <8 x i1> %1109, <8 x float> %1106, <8 x float> %1108
  %1111 = add i64 %1098, 0
  %1112 = getelementptr inbounds float, float* %0, i64 %1111
  %1113 = bitcast float* %1112 to <8 x float>*
  store <8 x float> %1110, <8 x float>* %1113, align 4
  %1114 = fcmp ogt <8 x float> %1047, %1087
  %1115 = select <8 x i1> %1114, <8 x float> %1047, <8 x float> %1087
  %1116 = fcmp uno <8 x float> %1047, %1047
  %1117 = select <8 x i1> %1116, <8 x float> %1047, <8 x float> %1115
  %1118 = fcmp ogt <8 x float> %1117, %1050
  %1119 = select <8 x i1> %1118, <8 x float> %1117, <8 x float> %1050
  %1120 = fcmp uno <8 x float> %1117, %1117
  %1121 = select <8 x i1> %1120, <8 x float> %1117, <8 x float> %1119
  %1122 = fcmp ogt <8 x float> %1121, %1090
  %1123 = select <8 x i1> %1122, <8 x float> %1121, <8 x float> %1090
  %1124 = fcmp uno <8 x float> %1121, %1121
  %1125 = select <8 x i1> %1124, <8 x float> %1121, <8 x float> %1123
  %1126 = add i64 %1098, 8
  %1127 = getelementptr inbounds float, float* %0, i64 %1126
  %1128 = bitcast float* %1127 to <8 x float>*
  store <8 x float> %1125, <8 x float>* %1128, align 4
  %1129 = fcmp ogt <8 x float> %973, %1013
  %1130 = select <8 x i1> %1129, <8 x float> %973, <8 x float> %1013
  %1131 = fcmp uno <8 x float> %973, %973
  %1132 = select <8 x i1> %1131, <8 x float> %973, <8 x float> %1130
  %1133 = fcmp ogt <8 x float> %1132, %976
  %1134 = select <8 x i1> %1133, <8 x float> %1132, <8 x float> %976
  %1135 = fcmp uno <8 x float> %1132, %1132
  %1136 = select <8 x i1> %1135, <8 x float> %1132, <8 x float> %1134
  %1137 = fcmp ogt <8 x float> %1136, %1016
  %1138 = select <8 x i1> %1137, <8 x float> %1136, <8 x float> %1016
  %1139 = fcmp uno <8 x float> %1136, %1136
  %1140 = select <8 x i1> %1139, <8 x float> %1136, <8 x float> %1138
  %1141 = add i64 %1098, 896
  %1142 = getelementptr inbounds float, float* %0, i64 %1141
  %1143 = bitcast float* %1142 to <8 x float>*
  store <8 x float> %1140, <8 x float>* %1143, align 4
  %1144 = fcmp ogt <8 x float> %1053, %1093
  %1145 = select <8 x i1> %1144, <8 x float> %1053, <8 x float> %1093
  %1146 = fcmp uno <8 x float> %1053, %1053
  %1147 = select <8 x i1> %1146, <8 x float> %1053, <8 x float> %1145
  %1148 = fcmp ogt <8 x float> %1147, %1056
  %1149 = select <8 x i1> %1148, <8 x float> %1147, <8 x float> %1056
  %1150 = fcmp uno <8 x float> %1147, %1147
  %1151 = select <8 x i1> %1150, <8 x float> %1147, <8 x float> %1149
  %1152 = fcmp ogt <8 x float> %1151, %1096
  %1153 = select <8 x i1> %1152, <8 x float> %1151, <8 x float> %1096
  %1154 = fcmp uno <8 x float> %1151, %1151
  %1155 = select <8 x i1> %1154, <8 x float> %1151, <8 x float> %1153
  %1156 = add i64 %1098, 904
  %1157 = getelementptr inbounds float, float* %0, i64 %1156
  %1158 = bitcast float* %1157 to <8 x float>*
  store <8 x float> %1155, <8 x float>* %1158, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !12
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #5

; Function Attrs: noinline nounwind
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  call void @node1.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node2.conv2d_3.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node2.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  br label %tile.header, !llvm.loop !13

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
  br label %column.header, !llvm.loop !14

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
  br label %row.header, !llvm.loop !15

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !16

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
  %278 = srem i64 %task, 48
  %279 = mul i64 %277, 4800
  %280 = add i64 831744, %279
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = mul i64 %277, 8192
  %283 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.winograd to float*), i64 %282
  %284 = mul i64 %277, 9600
  %285 = add i64 1004544, %284
  %286 = add i64 %277, 1
  %287 = icmp slt i64 %286, 35
  %288 = select i1 %287, i64 %286, i64 35
  %289 = mul i64 %288, 8192
  %290 = mul i64 %278, 176
  %291 = add i64 %289, %290
  %292 = icmp slt i64 %291, 293888
  %293 = select i1 %292, i64 %291, i64 293888
  %294 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.winograd to float*), i64 %293
  %295 = sdiv i64 %278, 8
  %296 = srem i64 %278, 8
  %297 = mul i64 %295, 6
  %298 = mul i64 %296, 16
  %299 = mul i64 %296, 1024
  %300 = icmp eq i64 %295, 5
  br i1 %300, label %then1, label %else2

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
  br label %task.header, !llvm.loop !17

k.header:                                         ; preds = %k.body, %then1
  %k = phi i64 [ 0, %then1 ], [ %k.next, %k.body ]
  %301 = icmp slt i64 %k, 64
  br i1 %301, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %302 = mul i64 %k, 16
  %303 = add i64 %302, 0
  %304 = getelementptr inbounds float, float* %294, i64 %303
  %305 = bitcast float* %304 to i8*
  call void @llvm.prefetch.p0i8(i8* %305, i32 0, i32 2, i32 1)
  %306 = mul i64 %k, 16
  %307 = add i64 %299, %306
  %308 = add i64 %307, 0
  %309 = getelementptr inbounds float, float* %283, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %307, 8
  %313 = getelementptr inbounds float, float* %283, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  %315 = load <8 x float>, <8 x float>* %314, align 4
  %316 = add i64 %297, 0
  %317 = mul i64 %316, 64
  %318 = add i64 %317, %k
  %319 = getelementptr inbounds float, float* %281, i64 %318
  %320 = load float, float* %319, align 4
  %321 = insertelement <8 x float> undef, float %320, i32 0
  %splat = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = load <8 x float>, <8 x float>* %44, align 32
  %323 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %311, <8 x float> %322)
  store <8 x float> %323, <8 x float>* %44, align 32
  %324 = load <8 x float>, <8 x float>* %40, align 32
  %325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %315, <8 x float> %324)
  store <8 x float> %325, <8 x float>* %40, align 32
  %326 = add i64 %297, 1
  %327 = mul i64 %326, 64
  %328 = add i64 %327, %k
  %329 = getelementptr inbounds float, float* %281, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat4 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %43, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %311, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %43, align 32
  %334 = load <8 x float>, <8 x float>* %39, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %315, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %39, align 32
  %336 = add i64 %297, 2
  %337 = mul i64 %336, 64
  %338 = add i64 %337, %k
  %339 = getelementptr inbounds float, float* %281, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %splat5 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, <8 x float>* %42, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %311, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %42, align 32
  %344 = load <8 x float>, <8 x float>* %38, align 32
  %345 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %315, <8 x float> %344)
  store <8 x float> %345, <8 x float>* %38, align 32
  %346 = add i64 %297, 3
  %347 = mul i64 %346, 64
  %348 = add i64 %347, %k
  %349 = getelementptr inbounds float, float* %281, i64 %348
  %350 = load float, float* %349, align 4
  %351 = insertelement <8 x float> undef, float %350, i32 0
  %splat6 = shufflevector <8 x float> %351, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %41, align 32
  %353 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %311, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %41, align 32
  %354 = load <8 x float>, <8 x float>* %37, align 32
  %355 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %315, <8 x float> %354)
  store <8 x float> %355, <8 x float>* %37, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %356 = add i64 %297, 0
  %357 = add i64 %298, 0
  %358 = load <8 x float>, <8 x float>* %44, align 32
  %359 = mul i64 %356, 128
  %360 = add i64 %359, %357
  %361 = add i64 %285, %360
  %362 = getelementptr inbounds float, float* %2, i64 %361
  %363 = bitcast float* %362 to <8 x float>*
  store <8 x float> %358, <8 x float>* %363, align 4
  %364 = add i64 %297, 1
  %365 = add i64 %298, 0
  %366 = load <8 x float>, <8 x float>* %43, align 32
  %367 = mul i64 %364, 128
  %368 = add i64 %367, %365
  %369 = add i64 %285, %368
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %366, <8 x float>* %371, align 4
  %372 = add i64 %297, 2
  %373 = add i64 %298, 0
  %374 = load <8 x float>, <8 x float>* %42, align 32
  %375 = mul i64 %372, 128
  %376 = add i64 %375, %373
  %377 = add i64 %285, %376
  %378 = getelementptr inbounds float, float* %2, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  store <8 x float> %374, <8 x float>* %379, align 4
  %380 = add i64 %297, 3
  %381 = add i64 %298, 0
  %382 = load <8 x float>, <8 x float>* %41, align 32
  %383 = mul i64 %380, 128
  %384 = add i64 %383, %381
  %385 = add i64 %285, %384
  %386 = getelementptr inbounds float, float* %2, i64 %385
  %387 = bitcast float* %386 to <8 x float>*
  store <8 x float> %382, <8 x float>* %387, align 4
  %388 = add i64 %297, 0
  %389 = add i64 %298, 8
  %390 = load <8 x float>, <8 x float>* %40, align 32
  %391 = mul i64 %388, 128
  %392 = add i64 %391, %389
  %393 = add i64 %285, %392
  %394 = getelementptr inbounds float, float* %2, i64 %393
  %395 = bitcast float* %394 to <8 x float>*
  store <8 x float> %390, <8 x float>* %395, align 4
  %396 = add i64 %297, 1
  %397 = add i64 %298, 8
  %398 = load <8 x float>, <8 x float>* %39, align 32
  %399 = mul i64 %396, 128
  %400 = add i64 %399, %397
  %401 = add i64 %285, %400
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %398, <8 x float>* %403, align 4
  %404 = add i64 %297, 2
  %405 = add i64 %298, 8
  %406 = load <8 x float>, <8 x float>* %38, align 32
  %407 = mul i64 %404, 128
  %408 = add i64 %407, %405
  %409 = add i64 %285, %408
  %410 = getelementptr inbounds float, float* %2, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  store <8 x float> %406, <8 x float>* %411, align 4
  %412 = add i64 %297, 3
  %413 = add i64 %298, 8
  %414 = load <8 x float>, <8 x float>* %37, align 32
  %415 = mul i64 %412, 128
  %416 = add i64 %415, %413
  %417 = add i64 %285, %416
  %418 = getelementptr inbounds float, float* %2, i64 %417
  %419 = bitcast float* %418 to <8 x float>*
  store <8 x float> %414, <8 x float>* %419, align 4
  br label %endif3

k.header7:                                        ; preds = %k.body8, %else2
  %k10 = phi i64 [ 0, %else2 ], [ %k.next17, %k.body8 ]
  %420 = icmp slt i64 %k10, 64
  br i1 %420, label %k.body8, label %k.exit9

k.body8:                                          ; preds = %k.header7
  %421 = mul i64 %k10, 16
  %422 = add i64 %421, 0
  %423 = getelementptr inbounds float, float* %294, i64 %422
  %424 = bitcast float* %423 to i8*
  call void @llvm.prefetch.p0i8(i8* %424, i32 0, i32 2, i32 1)
  %425 = mul i64 %k10, 16
  %426 = add i64 %299, %425
  %427 = add i64 %426, 0
  %428 = getelementptr inbounds float, float* %283, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  %430 = load <8 x float>, <8 x float>* %429, align 4
  %431 = add i64 %426, 8
  %432 = getelementptr inbounds float, float* %283, i64 %431
  %433 = bitcast float* %432 to <8 x float>*
  %434 = load <8 x float>, <8 x float>* %433, align 4
  %435 = add i64 %297, 0
  %436 = mul i64 %435, 64
  %437 = add i64 %436, %k10
  %438 = getelementptr inbounds float, float* %281, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat11 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %36, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %430, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %36, align 32
  %443 = load <8 x float>, <8 x float>* %30, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %434, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %30, align 32
  %445 = add i64 %297, 1
  %446 = mul i64 %445, 64
  %447 = add i64 %446, %k10
  %448 = getelementptr inbounds float, float* %281, i64 %447
  %449 = load float, float* %448, align 4
  %450 = insertelement <8 x float> undef, float %449, i32 0
  %splat12 = shufflevector <8 x float> %450, <8 x float> undef, <8 x i32> zeroinitializer
  %451 = load <8 x float>, <8 x float>* %35, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %430, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %35, align 32
  %453 = load <8 x float>, <8 x float>* %29, align 32
  %454 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %434, <8 x float> %453)
  store <8 x float> %454, <8 x float>* %29, align 32
  %455 = add i64 %297, 2
  %456 = mul i64 %455, 64
  %457 = add i64 %456, %k10
  %458 = getelementptr inbounds float, float* %281, i64 %457
  %459 = load float, float* %458, align 4
  %460 = insertelement <8 x float> undef, float %459, i32 0
  %splat13 = shufflevector <8 x float> %460, <8 x float> undef, <8 x i32> zeroinitializer
  %461 = load <8 x float>, <8 x float>* %34, align 32
  %462 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %430, <8 x float> %461)
  store <8 x float> %462, <8 x float>* %34, align 32
  %463 = load <8 x float>, <8 x float>* %28, align 32
  %464 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %434, <8 x float> %463)
  store <8 x float> %464, <8 x float>* %28, align 32
  %465 = add i64 %297, 3
  %466 = mul i64 %465, 64
  %467 = add i64 %466, %k10
  %468 = getelementptr inbounds float, float* %281, i64 %467
  %469 = load float, float* %468, align 4
  %470 = insertelement <8 x float> undef, float %469, i32 0
  %splat14 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %471 = load <8 x float>, <8 x float>* %33, align 32
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %430, <8 x float> %471)
  store <8 x float> %472, <8 x float>* %33, align 32
  %473 = load <8 x float>, <8 x float>* %27, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %434, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %27, align 32
  %475 = add i64 %297, 4
  %476 = mul i64 %475, 64
  %477 = add i64 %476, %k10
  %478 = getelementptr inbounds float, float* %281, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat15 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %32, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %430, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %32, align 32
  %483 = load <8 x float>, <8 x float>* %26, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %434, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %26, align 32
  %485 = add i64 %297, 5
  %486 = mul i64 %485, 64
  %487 = add i64 %486, %k10
  %488 = getelementptr inbounds float, float* %281, i64 %487
  %489 = load float, float* %488, align 4
  %490 = insertelement <8 x float> undef, float %489, i32 0
  %splat16 = shufflevector <8 x float> %490, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, <8 x float>* %31, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %430, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %31, align 32
  %493 = load <8 x float>, <8 x float>* %25, align 32
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %434, <8 x float> %493)
  store <8 x float> %494, <8 x float>* %25, align 32
  %k.next17 = add i64 %k10, 1
  br label %k.header7

k.exit9:                                          ; preds = %k.header7
  %495 = add i64 %297, 0
  %496 = add i64 %298, 0
  %497 = load <8 x float>, <8 x float>* %36, align 32
  %498 = mul i64 %495, 128
  %499 = add i64 %498, %496
  %500 = add i64 %285, %499
  %501 = getelementptr inbounds float, float* %2, i64 %500
  %502 = bitcast float* %501 to <8 x float>*
  store <8 x float> %497, <8 x float>* %502, align 4
  %503 = add i64 %297, 1
  %504 = add i64 %298, 0
  %505 = load <8 x float>, <8 x float>* %35, align 32
  %506 = mul i64 %503, 128
  %507 = add i64 %506, %504
  %508 = add i64 %285, %507
  %509 = getelementptr inbounds float, float* %2, i64 %508
  %510 = bitcast float* %509 to <8 x float>*
  store <8 x float> %505, <8 x float>* %510, align 4
  %511 = add i64 %297, 2
  %512 = add i64 %298, 0
  %513 = load <8 x float>, <8 x float>* %34, align 32
  %514 = mul i64 %511, 128
  %515 = add i64 %514, %512
  %516 = add i64 %285, %515
  %517 = getelementptr inbounds float, float* %2, i64 %516
  %518 = bitcast float* %517 to <8 x float>*
  store <8 x float> %513, <8 x float>* %518, align 4
  %519 = add i64 %297, 3
  %520 = add i64 %298, 0
  %521 = load <8 x float>, <8 x float>* %33, align 32
  %522 = mul i64 %519, 128
  %523 = add i64 %522, %520
  %524 = add i64 %285, %523
  %525 = getelementptr inbounds float, float* %2, i64 %524
  %526 = bitcast float* %525 to <8 x float>*
  store <8 x float> %521, <8 x float>* %526, align 4
  %527 = add i64 %297, 4
  %528 = add i64 %298, 0
  %529 = load <8 x float>, <8 x float>* %32, align 32
  %530 = mul i64 %527, 128
  %531 = add i64 %530, %528
  %532 = add i64 %285, %531
  %533 = getelementptr inbounds float, float* %2, i64 %532
  %534 = bitcast float* %533 to <8 x float>*
  store <8 x float> %529, <8 x float>* %534, align 4
  %535 = add i64 %297, 5
  %536 = add i64 %298, 0
  %537 = load <8 x float>, <8 x float>* %31, align 32
  %538 = mul i64 %535, 128
  %539 = add i64 %538, %536
  %540 = add i64 %285, %539
  %541 = getelementptr inbounds float, float* %2, i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  store <8 x float> %537, <8 x float>* %542, align 4
  %543 = add i64 %297, 0
  %544 = add i64 %298, 8
  %545 = load <8 x float>, <8 x float>* %30, align 32
  %546 = mul i64 %543, 128
  %547 = add i64 %546, %544
  %548 = add i64 %285, %547
  %549 = getelementptr inbounds float, float* %2, i64 %548
  %550 = bitcast float* %549 to <8 x float>*
  store <8 x float> %545, <8 x float>* %550, align 4
  %551 = add i64 %297, 1
  %552 = add i64 %298, 8
  %553 = load <8 x float>, <8 x float>* %29, align 32
  %554 = mul i64 %551, 128
  %555 = add i64 %554, %552
  %556 = add i64 %285, %555
  %557 = getelementptr inbounds float, float* %2, i64 %556
  %558 = bitcast float* %557 to <8 x float>*
  store <8 x float> %553, <8 x float>* %558, align 4
  %559 = add i64 %297, 2
  %560 = add i64 %298, 8
  %561 = load <8 x float>, <8 x float>* %28, align 32
  %562 = mul i64 %559, 128
  %563 = add i64 %562, %560
  %564 = add i64 %285, %563
  %565 = getelementptr inbounds float, float* %2, i64 %564
  %566 = bitcast float* %565 to <8 x float>*
  store <8 x float> %561, <8 x float>* %566, align 4
  %567 = add i64 %297, 3
  %568 = add i64 %298, 8
  %569 = load <8 x float>, <8 x float>* %27, align 32
  %570 = mul i64 %567, 128
  %571 = add i64 %570, %568
  %572 = add i64 %285, %571
  %573 = getelementptr inbounds float, float* %2, i64 %572
  %574 = bitcast float* %573 to <8 x float>*
  store <8 x float> %569, <8 x float>* %574, align 4
  %575 = add i64 %297, 4
  %576 = add i64 %298, 8
  %577 = load <8 x float>, <8 x float>* %26, align 32
  %578 = mul i64 %575, 128
  %579 = add i64 %578, %576
  %580 = add i64 %285, %579
  %581 = getelementptr inbounds float, float* %2, i64 %580
  %582 = bitcast float* %581 to <8 x float>*
  store <8 x float> %577, <8 x float>* %582, align 4
  %583 = add i64 %297, 5
  %584 = add i64 %298, 8
  %585 = load <8 x float>, <8 x float>* %25, align 32
  %586 = mul i64 %583, 128
  %587 = add i64 %586, %584
  %588 = add i64 %285, %587
  %589 = getelementptr inbounds float, float* %2, i64 %588
  %590 = bitcast float* %589 to <8 x float>*
  store <8 x float> %585, <8 x float>* %590, align 4
  br label %endif3

task.header18:                                    ; preds = %endif24, %else
  %task21 = phi i64 [ %263, %else ], [ %task.next44, %endif24 ]
  %591 = icmp slt i64 %task21, %266
  br i1 %591, label %task.body19, label %task.exit20

task.body19:                                      ; preds = %task.header18
  %592 = sdiv i64 %task21, 104
  %593 = srem i64 %task21, 104
  %594 = mul i64 %592, 4800
  %595 = add i64 831744, %594
  %596 = getelementptr inbounds float, float* %2, i64 %595
  %597 = mul i64 %592, 8192
  %598 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.winograd to float*), i64 %597
  %599 = mul i64 %592, 9600
  %600 = add i64 1004544, %599
  %601 = add i64 %592, 1
  %602 = icmp slt i64 %601, 35
  %603 = select i1 %602, i64 %601, i64 35
  %604 = mul i64 %603, 8192
  %605 = mul i64 %593, 80
  %606 = add i64 %604, %605
  %607 = icmp slt i64 %606, 293888
  %608 = select i1 %607, i64 %606, i64 293888
  %609 = getelementptr inbounds float, float* bitcast ([1179648 x i8]* @weight.conv2d_3.winograd to float*), i64 %608
  %610 = sdiv i64 %593, 8
  %611 = srem i64 %593, 8
  %612 = mul i64 %610, 6
  %613 = mul i64 %611, 16
  %614 = mul i64 %611, 1024
  %615 = icmp eq i64 %610, 12
  br i1 %615, label %then22, label %else23

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
  br label %task.header18, !llvm.loop !18

k.header25:                                       ; preds = %k.body26, %then22
  %k28 = phi i64 [ 0, %then22 ], [ %k.next32, %k.body26 ]
  %616 = icmp slt i64 %k28, 64
  br i1 %616, label %k.body26, label %k.exit27

k.body26:                                         ; preds = %k.header25
  %617 = mul i64 %k28, 16
  %618 = add i64 %617, 0
  %619 = getelementptr inbounds float, float* %609, i64 %618
  %620 = bitcast float* %619 to i8*
  call void @llvm.prefetch.p0i8(i8* %620, i32 0, i32 2, i32 1)
  %621 = mul i64 %k28, 16
  %622 = add i64 %614, %621
  %623 = add i64 %622, 0
  %624 = getelementptr inbounds float, float* %598, i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = add i64 %622, 8
  %628 = getelementptr inbounds float, float* %598, i64 %627
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = add i64 %612, 0
  %632 = mul i64 %631, 64
  %633 = add i64 %632, %k28
  %634 = getelementptr inbounds float, float* %596, i64 %633
  %635 = load float, float* %634, align 4
  %636 = insertelement <8 x float> undef, float %635, i32 0
  %splat29 = shufflevector <8 x float> %636, <8 x float> undef, <8 x i32> zeroinitializer
  %637 = load <8 x float>, <8 x float>* %24, align 32
  %638 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %626, <8 x float> %637)
  store <8 x float> %638, <8 x float>* %24, align 32
  %639 = load <8 x float>, <8 x float>* %21, align 32
  %640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat29, <8 x float> %630, <8 x float> %639)
  store <8 x float> %640, <8 x float>* %21, align 32
  %641 = add i64 %612, 1
  %642 = mul i64 %641, 64
  %643 = add i64 %642, %k28
  %644 = getelementptr inbounds float, float* %596, i64 %643
  %645 = load float, float* %644, align 4
  %646 = insertelement <8 x float> undef, float %645, i32 0
  %splat30 = shufflevector <8 x float> %646, <8 x float> undef, <8 x i32> zeroinitializer
  %647 = load <8 x float>, <8 x float>* %23, align 32
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %626, <8 x float> %647)
  store <8 x float> %648, <8 x float>* %23, align 32
  %649 = load <8 x float>, <8 x float>* %20, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %630, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %20, align 32
  %651 = add i64 %612, 2
  %652 = mul i64 %651, 64
  %653 = add i64 %652, %k28
  %654 = getelementptr inbounds float, float* %596, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat31 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %22, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %626, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %22, align 32
  %659 = load <8 x float>, <8 x float>* %19, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %630, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %19, align 32
  %k.next32 = add i64 %k28, 1
  br label %k.header25

k.exit27:                                         ; preds = %k.header25
  %661 = add i64 %612, 0
  %662 = add i64 %613, 0
  %663 = load <8 x float>, <8 x float>* %24, align 32
  %664 = mul i64 %661, 128
  %665 = add i64 %664, %662
  %666 = add i64 %600, %665
  %667 = getelementptr inbounds float, float* %2, i64 %666
  %668 = bitcast float* %667 to <8 x float>*
  store <8 x float> %663, <8 x float>* %668, align 4
  %669 = add i64 %612, 1
  %670 = add i64 %613, 0
  %671 = load <8 x float>, <8 x float>* %23, align 32
  %672 = mul i64 %669, 128
  %673 = add i64 %672, %670
  %674 = add i64 %600, %673
  %675 = getelementptr inbounds float, float* %2, i64 %674
  %676 = bitcast float* %675 to <8 x float>*
  store <8 x float> %671, <8 x float>* %676, align 4
  %677 = add i64 %612, 2
  %678 = add i64 %613, 0
  %679 = load <8 x float>, <8 x float>* %22, align 32
  %680 = mul i64 %677, 128
  %681 = add i64 %680, %678
  %682 = add i64 %600, %681
  %683 = getelementptr inbounds float, float* %2, i64 %682
  %684 = bitcast float* %683 to <8 x float>*
  store <8 x float> %679, <8 x float>* %684, align 4
  %685 = add i64 %612, 0
  %686 = add i64 %613, 8
  %687 = load <8 x float>, <8 x float>* %21, align 32
  %688 = mul i64 %685, 128
  %689 = add i64 %688, %686
  %690 = add i64 %600, %689
  %691 = getelementptr inbounds float, float* %2, i64 %690
  %692 = bitcast float* %691 to <8 x float>*
  store <8 x float> %687, <8 x float>* %692, align 4
  %693 = add i64 %612, 1
  %694 = add i64 %613, 8
  %695 = load <8 x float>, <8 x float>* %20, align 32
  %696 = mul i64 %693, 128
  %697 = add i64 %696, %694
  %698 = add i64 %600, %697
  %699 = getelementptr inbounds float, float* %2, i64 %698
  %700 = bitcast float* %699 to <8 x float>*
  store <8 x float> %695, <8 x float>* %700, align 4
  %701 = add i64 %612, 2
  %702 = add i64 %613, 8
  %703 = load <8 x float>, <8 x float>* %19, align 32
  %704 = mul i64 %701, 128
  %705 = add i64 %704, %702
  %706 = add i64 %600, %705
  %707 = getelementptr inbounds float, float* %2, i64 %706
  %708 = bitcast float* %707 to <8 x float>*
  store <8 x float> %703, <8 x float>* %708, align 4
  br label %endif24

k.header33:                                       ; preds = %k.body34, %else23
  %k36 = phi i64 [ 0, %else23 ], [ %k.next43, %k.body34 ]
  %709 = icmp slt i64 %k36, 64
  br i1 %709, label %k.body34, label %k.exit35

k.body34:                                         ; preds = %k.header33
  %710 = mul i64 %k36, 16
  %711 = add i64 %710, 0
  %712 = getelementptr inbounds float, float* %609, i64 %711
  %713 = bitcast float* %712 to i8*
  call void @llvm.prefetch.p0i8(i8* %713, i32 0, i32 2, i32 1)
  %714 = mul i64 %k36, 16
  %715 = add i64 %614, %714
  %716 = add i64 %715, 0
  %717 = getelementptr inbounds float, float* %598, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  %719 = load <8 x float>, <8 x float>* %718, align 4
  %720 = add i64 %715, 8
  %721 = getelementptr inbounds float, float* %598, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %612, 0
  %725 = mul i64 %724, 64
  %726 = add i64 %725, %k36
  %727 = getelementptr inbounds float, float* %596, i64 %726
  %728 = load float, float* %727, align 4
  %729 = insertelement <8 x float> undef, float %728, i32 0
  %splat37 = shufflevector <8 x float> %729, <8 x float> undef, <8 x i32> zeroinitializer
  %730 = load <8 x float>, <8 x float>* %18, align 32
  %731 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %719, <8 x float> %730)
  store <8 x float> %731, <8 x float>* %18, align 32
  %732 = load <8 x float>, <8 x float>* %12, align 32
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %723, <8 x float> %732)
  store <8 x float> %733, <8 x float>* %12, align 32
  %734 = add i64 %612, 1
  %735 = mul i64 %734, 64
  %736 = add i64 %735, %k36
  %737 = getelementptr inbounds float, float* %596, i64 %736
  %738 = load float, float* %737, align 4
  %739 = insertelement <8 x float> undef, float %738, i32 0
  %splat38 = shufflevector <8 x float> %739, <8 x float> undef, <8 x i32> zeroinitializer
  %740 = load <8 x float>, <8 x float>* %17, align 32
  %741 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %719, <8 x float> %740)
  store <8 x float> %741, <8 x float>* %17, align 32
  %742 = load <8 x float>, <8 x float>* %11, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %723, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %11, align 32
  %744 = add i64 %612, 2
  %745 = mul i64 %744, 64
  %746 = add i64 %745, %k36
  %747 = getelementptr inbounds float, float* %596, i64 %746
  %748 = load float, float* %747, align 4
  %749 = insertelement <8 x float> undef, float %748, i32 0
  %splat39 = shufflevector <8 x float> %749, <8 x float> undef, <8 x i32> zeroinitializer
  %750 = load <8 x float>, <8 x float>* %16, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %719, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %16, align 32
  %752 = load <8 x float>, <8 x float>* %10, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %723, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %10, align 32
  %754 = add i64 %612, 3
  %755 = mul i64 %754, 64
  %756 = add i64 %755, %k36
  %757 = getelementptr inbounds float, float* %596, i64 %756
  %758 = load float, float* %757, align 4
  %759 = insertelement <8 x float> undef, float %758, i32 0
  %splat40 = shufflevector <8 x float> %759, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, <8 x float>* %15, align 32
  %761 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %719, <8 x float> %760)
  store <8 x float> %761, <8 x float>* %15, align 32
  %762 = load <8 x float>, <8 x float>* %9, align 32
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %723, <8 x float> %762)
  store <8 x float> %763, <8 x float>* %9, align 32
  %764 = add i64 %612, 4
  %765 = mul i64 %764, 64
  %766 = add i64 %765, %k36
  %767 = getelementptr inbounds float, float* %596, i64 %766
  %768 = load float, float* %767, align 4
  %769 = insertelement <8 x float> undef, float %768, i32 0
  %splat41 = shufflevector <8 x float> %769, <8 x float> undef, <8 x i32> zeroinitializer
  %770 = load <8 x float>, <8 x float>* %14, align 32
  %771 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %719, <8 x float> %770)
  store <8 x float> %771, <8 x float>* %14, align 32
  %772 = load <8 x float>, <8 x float>* %8, align 32
  %773 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %723, <8 x float> %772)
  store <8 x float> %773, <8 x float>* %8, align 32
  %774 = add i64 %612, 5
  %775 = mul i64 %774, 64
  %776 = add i64 %775, %k36
  %777 = getelementptr inbounds float, float* %596, i64 %776
  %778 = load float, float* %777, align 4
  %779 = insertelement <8 x float> undef, float %778, i32 0
  %splat42 = shufflevector <8 x float> %779, <8 x float> undef, <8 x i32> zeroinitializer
  %780 = load <8 x float>, <8 x float>* %13, align 32
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %719, <8 x float> %780)
  store <8 x float> %781, <8 x float>* %13, align 32
  %782 = load <8 x float>, <8 x float>* %7, align 32
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %723, <8 x float> %782)
  store <8 x float> %783, <8 x float>* %7, align 32
  %k.next43 = add i64 %k36, 1
  br label %k.header33

k.exit35:                                         ; preds = %k.header33
  %784 = add i64 %612, 0
  %785 = add i64 %613, 0
  %786 = load <8 x float>, <8 x float>* %18, align 32
  %787 = mul i64 %784, 128
  %788 = add i64 %787, %785
  %789 = add i64 %600, %788
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  store <8 x float> %786, <8 x float>* %791, align 4
  %792 = add i64 %612, 1
  %793 = add i64 %613, 0
  %794 = load <8 x float>, <8 x float>* %17, align 32
  %795 = mul i64 %792, 128
  %796 = add i64 %795, %793
  %797 = add i64 %600, %796
  %798 = getelementptr inbounds float, float* %2, i64 %797
  %799 = bitcast float* %798 to <8 x float>*
  store <8 x float> %794, <8 x float>* %799, align 4
  %800 = add i64 %612, 2
  %801 = add i64 %613, 0
  %802 = load <8 x float>, <8 x float>* %16, align 32
  %803 = mul i64 %800, 128
  %804 = add i64 %803, %801
  %805 = add i64 %600, %804
  %806 = getelementptr inbounds float, float* %2, i64 %805
  %807 = bitcast float* %806 to <8 x float>*
  store <8 x float> %802, <8 x float>* %807, align 4
  %808 = add i64 %612, 3
  %809 = add i64 %613, 0
  %810 = load <8 x float>, <8 x float>* %15, align 32
  %811 = mul i64 %808, 128
  %812 = add i64 %811, %809
  %813 = add i64 %600, %812
  %814 = getelementptr inbounds float, float* %2, i64 %813
  %815 = bitcast float* %814 to <8 x float>*
  store <8 x float> %810, <8 x float>* %815, align 4
  %816 = add i64 %612, 4
  %817 = add i64 %613, 0
  %818 = load <8 x float>, <8 x float>* %14, align 32
  %819 = mul i64 %816, 128
  %820 = add i64 %819, %817
  %821 = add i64 %600, %820
  %822 = getelementptr inbounds float, float* %2, i64 %821
  %823 = bitcast float* %822 to <8 x float>*
  store <8 x float> %818, <8 x float>* %823, align 4
  %824 = add i64 %612, 5
  %825 = add i64 %613, 0
  %826 = load <8 x float>, <8 x float>* %13, align 32
  %827 = mul i64 %824, 128
  %828 = add i64 %827, %825
  %829 = add i64 %600, %828
  %830 = getelementptr inbounds float, float* %2, i64 %829
  %831 = bitcast float* %830 to <8 x float>*
  store <8 x float> %826, <8 x float>* %831, align 4
  %832 = add i64 %612, 0
  %833 = add i64 %613, 8
  %834 = load <8 x float>, <8 x float>* %12, align 32
  %835 = mul i64 %832, 128
  %836 = add i64 %835, %833
  %837 = add i64 %600, %836
  %838 = getelementptr inbounds float, float* %2, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  store <8 x float> %834, <8 x float>* %839, align 4
  %840 = add i64 %612, 1
  %841 = add i64 %613, 8
  %842 = load <8 x float>, <8 x float>* %11, align 32
  %843 = mul i64 %840, 128
  %844 = add i64 %843, %841
  %845 = add i64 %600, %844
  %846 = getelementptr inbounds float, float* %2, i64 %845
  %847 = bitcast float* %846 to <8 x float>*
  store <8 x float> %842, <8 x float>* %847, align 4
  %848 = add i64 %612, 2
  %849 = add i64 %613, 8
  %850 = load <8 x float>, <8 x float>* %10, align 32
  %851 = mul i64 %848, 128
  %852 = add i64 %851, %849
  %853 = add i64 %600, %852
  %854 = getelementptr inbounds float, float* %2, i64 %853
  %855 = bitcast float* %854 to <8 x float>*
  store <8 x float> %850, <8 x float>* %855, align 4
  %856 = add i64 %612, 3
  %857 = add i64 %613, 8
  %858 = load <8 x float>, <8 x float>* %9, align 32
  %859 = mul i64 %856, 128
  %860 = add i64 %859, %857
  %861 = add i64 %600, %860
  %862 = getelementptr inbounds float, float* %2, i64 %861
  %863 = bitcast float* %862 to <8 x float>*
  store <8 x float> %858, <8 x float>* %863, align 4
  %864 = add i64 %612, 4
  %865 = add i64 %613, 8
  %866 = load <8 x float>, <8 x float>* %8, align 32
  %867 = mul i64 %864, 128
  %868 = add i64 %867, %865
  %869 = add i64 %600, %868
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = bitcast float* %870 to <8 x float>*
  store <8 x float> %866, <8 x float>* %871, align 4
  %872 = add i64 %612, 5
  %873 = add i64 %613, 8
  %874 = load <8 x float>, <8 x float>* %7, align 32
  %875 = mul i64 %872, 128
  %876 = add i64 %875, %873
  %877 = add i64 %600, %876
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  store <8 x float> %874, <8 x float>* %879, align 4
  br label %endif24

tile.header45:                                    ; preds = %block.exit, %endif
  %tile48 = phi i64 [ %272, %endif ], [ %tile.next54, %block.exit ]
  %880 = icmp slt i64 %tile48, %275
  br i1 %880, label %tile.body46, label %tile.exit47

tile.body46:                                      ; preds = %tile.header45
  %881 = add i64 %47, %tile48
  %882 = srem i64 %881, 28
  %883 = sdiv i64 %881, 28
  %884 = srem i64 %883, 28
  %885 = sdiv i64 %881, 784
  %886 = mul i64 %885, 16
  %887 = mul i64 %886, 100352
  %888 = mul i64 %884, 448
  %889 = mul i64 %882, 4
  %890 = add i64 %888, %889
  %891 = mul i64 %890, 8
  %892 = add i64 %887, %891
  %893 = mul i64 %885, 16
  %894 = mul i64 %893, 100352
  %895 = mul i64 %884, 224
  %896 = mul i64 %882, 2
  %897 = add i64 %895, %896
  %898 = mul i64 %897, 8
  %899 = add i64 %894, %898
  %900 = mul i64 %tile48, 128
  %901 = add i64 1004544, %900
  %902 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit47:                                      ; preds = %tile.header45
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !19

block.header:                                     ; preds = %row.exit51, %tile.body46
  %block = phi i64 [ 0, %tile.body46 ], [ %block.next, %row.exit51 ]
  %903 = icmp slt i64 %block, 16
  br i1 %903, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %904 = mul i64 %block, 8
  %905 = add i64 %901, %904
  br label %row.header49

block.exit:                                       ; preds = %block.header
  %tile.next54 = add i64 %tile48, 1
  br label %tile.header45, !llvm.loop !20

row.header49:                                     ; preds = %row.body50, %block.body
  %row52 = phi i64 [ 0, %block.body ], [ %row.next53, %row.body50 ]
  %906 = icmp slt i64 %row52, 6
  br i1 %906, label %row.body50, label %row.exit51

row.body50:                                       ; preds = %row.header49
  %907 = mul i64 %row52, 57600
  %908 = add i64 %905, %907
  %909 = add i64 %908, 0
  %910 = getelementptr inbounds float, float* %2, i64 %909
  %911 = bitcast float* %910 to <8 x float>*
  %912 = load <8 x float>, <8 x float>* %911, align 4
  %913 = add i64 %908, 9600
  %914 = getelementptr inbounds float, float* %2, i64 %913
  %915 = bitcast float* %914 to <8 x float>*
  %916 = load <8 x float>, <8 x float>* %915, align 4
  %917 = add i64 %908, 19200
  %918 = getelementptr inbounds float, float* %2, i64 %917
  %919 = bitcast float* %918 to <8 x float>*
  %920 = load <8 x float>, <8 x float>* %919, align 4
  %921 = add i64 %908, 28800
  %922 = getelementptr inbounds float, float* %2, i64 %921
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = add i64 %908, 38400
  %926 = getelementptr inbounds float, float* %2, i64 %925
  %927 = bitcast float* %926 to <8 x float>*
  %928 = load <8 x float>, <8 x float>* %927, align 4
  %929 = add i64 %908, 48000
  %930 = getelementptr inbounds float, float* %2, i64 %929
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = fadd <8 x float> %916, %920
  %934 = fsub <8 x float> %916, %920
  %935 = fadd <8 x float> %924, %928
  %936 = fsub <8 x float> %924, %928
  %937 = fadd <8 x float> %912, %933
  %938 = fadd <8 x float> %937, %935
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %934)
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %935, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %933)
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %934)
  %942 = fadd <8 x float> %941, %932
  %943 = mul i64 %row52, 32
  %944 = add i64 %943, 0
  %945 = getelementptr inbounds float, float* %902, i64 %944
  %946 = bitcast float* %945 to <8 x float>*
  store <8 x float> %938, <8 x float>* %946, align 4
  %947 = mul i64 %row52, 32
  %948 = add i64 %947, 8
  %949 = getelementptr inbounds float, float* %902, i64 %948
  %950 = bitcast float* %949 to <8 x float>*
  store <8 x float> %939, <8 x float>* %950, align 4
  %951 = mul i64 %row52, 32
  %952 = add i64 %951, 16
  %953 = getelementptr inbounds float, float* %902, i64 %952
  %954 = bitcast float* %953 to <8 x float>*
  store <8 x float> %940, <8 x float>* %954, align 4
  %955 = mul i64 %row52, 32
  %956 = add i64 %955, 24
  %957 = getelementptr inbounds float, float* %902, i64 %956
  %958 = bitcast float* %957 to <8 x float>*
  store <8 x float> %942, <8 x float>* %958, align 4
  %row.next53 = add i64 %row52, 1
  br label %row.header49, !llvm.loop !21

row.exit51:                                       ; preds = %row.header49
  %959 = mul i64 %block, 8
  %960 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_3.bias to float*), i64 %959
  %961 = bitcast float* %960 to <8 x float>*
  %962 = load <8 x float>, <8 x float>* %961, align 4
  %963 = mul i64 %block, 100352
  %964 = add i64 %892, %963
  %965 = getelementptr inbounds float, float* %902, i64 0
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = getelementptr inbounds float, float* %902, i64 32
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = getelementptr inbounds float, float* %902, i64 64
  %972 = bitcast float* %971 to <8 x float>*
  %973 = load <8 x float>, <8 x float>* %972, align 4
  %974 = getelementptr inbounds float, float* %902, i64 96
  %975 = bitcast float* %974 to <8 x float>*
  %976 = load <8 x float>, <8 x float>* %975, align 4
  %977 = getelementptr inbounds float, float* %902, i64 128
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = getelementptr inbounds float, float* %902, i64 160
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = fadd <8 x float> %970, %973
  %984 = fsub <8 x float> %970, %973
  %985 = fadd <8 x float> %976, %979
  %986 = fsub <8 x float> %976, %979
  %987 = fadd <8 x float> %967, %983
  %988 = fadd <8 x float> %987, %985
  %989 = call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %984)
  %990 = call <8 x float> @llvm.fma.v8f32(<8 x float> %985, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %983)
  %991 = call <8 x float> @llvm.fma.v8f32(<8 x float> %986, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %984)
  %992 = fadd <8 x float> %991, %982
  %993 = add i64 %964, 0
  %994 = fadd <8 x float> %988, %962
  %995 = fcmp olt <8 x float> %994, zeroinitializer
  %996 = select <8 x i1> %995, <8 x float> zeroinitializer, <8 x float> %994
  %997 = getelementptr inbounds float, float* %0, i64 %993
  %998 = bitcast float* %997 to <8 x float>*
  store <8 x float> %996, <8 x float>* %998, align 4
  %999 = add i64 %964, 896
  %1000 = fadd <8 x float> %989, %962
  %1001 = fcmp olt <8 x float> %1000, zeroinitializer
  %1002 = select <8 x i1> %1001, <8 x float> zeroinitializer, <8 x float> %1000
  %1003 = getelementptr inbounds float, float* %0, i64 %999
  %1004 = bitcast float* %1003 to <8 x float>*
  store <8 x float> %1002, <8 x float>* %1004, align 4
  %1005 = add i64 %964, 1792
  %1006 = fadd <8 x float> %990, %962
  %1007 = fcmp olt <8 x float> %1006, zeroinitializer
  %1008 = select <8 x i1> %1007, <8 x float> zeroinitializer, <8 x float> %1006
  %1009 = getelementptr inbounds float, float* %0, i64 %1005
  %1010 = bitcast float* %1009 to <8 x float>*
  store <8 x float> %1008, <8 x float>* %1010, align 4
  %1011 = add i64 %964, 2688
  %1012 = fadd <8 x float> %992, %962
  %1013 = fcmp olt <8 x float> %1012, zeroinitializer
  %1014 = select <8 x i1> %1013, <8 x float> zeroinitializer, <8 x float> %1012
  %1015 = getelementptr inbounds float, float* %0, i64 %1011
  %1016 = bitcast float* %1015 to <8 x float>*
  store <8 x float> %1014, <8 x float>* %1016, align 4
  %1017 = getelementptr inbounds float, float* %902, i64 8
  %1018 = bitcast float* %1017 to <8 x float>*
  %1019 = load <8 x float>, <8 x float>* %1018, align 4
  %1020 = getelementptr inbounds float, float* %902, i64 40
  %1021 = bitcast float* %1020 to <8 x float>*
  %1022 = load <8 x float>, <8 x float>* %1021, align 4
  %1023 = getelementptr inbounds float, float* %902, i64 72
  %1024 = bitcast float* %1023 to <8 x float>*
  %1025 = load <8 x float>, <8 x float>* %1024, align 4
  %1026 = getelementptr inbounds float, float* %902, i64 104
  %1027 = bitcast float* %1026 to <8 x float>*
  %1028 = load <8 x float>, <8 x float>* %1027, align 4
  %1029 = getelementptr inbounds float, float* %902, i64 136
  %1030 = bitcast float* %1029 to <8 x float>*
  %1031 = load <8 x float>, <8 x float>* %1030, align 4
  %1032 = getelementptr inbounds float, float* %902, i64 168
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = fadd <8 x float> %1022, %1025
  %1036 = fsub <8 x float> %1022, %1025
  %1037 = fadd <8 x float> %1028, %1031
  %1038 = fsub <8 x float> %1028, %1031
  %1039 = fadd <8 x float> %1019, %1035
  %1040 = fadd <8 x float> %1039, %1037
  %1041 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1036)
  %1042 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1037, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1035)
  %1043 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1036)
  %1044 = fadd <8 x float> %1043, %1034
  %1045 = add i64 %964, 8
  %1046 = fadd <8 x float> %1040, %962
  %1047 = fcmp olt <8 x float> %1046, zeroinitializer
  %1048 = select <8 x i1> %1047, <8 x float> zeroinitializer, <8 x float> %1046
  %1049 = getelementptr inbounds float, float* %0, i64 %1045
  %1050 = bitcast float* %1049 to <8 x float>*
  store <8 x float> %1048, <8 x float>* %1050, align 4
  %1051 = add i64 %964, 904
  %1052 = fadd <8 x float> %1041, %962
  %1053 = fcmp olt <8 x float> %1052, zeroinitializer
  %1054 = select <8 x i1> %1053, <8 x float> zeroinitializer, <8 x float> %1052
  %1055 = getelementptr inbounds float, float* %0, i64 %1051
  %1056 = bitcast float* %1055 to <8 x float>*
  store <8 x float> %1054, <8 x float>* %1056, align 4
  %1057 = add i64 %964, 1800
  %1058 = fadd <8 x float> %1042, %962
  %1059 = fcmp olt <8 x float> %1058, zeroinitializer
  %1060 = select <8 x i1> %1059, <8 x float> zeroinitializer, <8 x float> %1058
  %1061 = getelementptr inbounds float, float* %0, i64 %1057
  %1062 = bitcast float* %1061 to <8 x float>*
  store <8 x float> %1060, <8 x float>* %1062, align 4
  %1063 = add i64 %964, 2696
  %1064 = fadd <8 x float> %1044, %962
  %1065 = fcmp olt <8 x float> %1064, zeroinitializer
  %1066 = select <8 x i1> %1065, <8 x float> zeroinitializer, <8 x float> %1064
  %1067 = getelementptr inbounds float, float* %0, i64 %1063
  %1068 = bitcast float* %1067 to <8 x float>*
  store <8 x float> %1066, <8 x float>* %1068, align 4
  %1069 = getelementptr inbounds float, float* %902, i64 16
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = getelementptr inbounds float, float* %902, i64 48
  %1073 = bitcast float* %1072 to <8 x float>*
  %1074 = load <8 x float>, <8 x float>* %1073, align 4
  %1075 = getelementptr inbounds float, float* %902, i64 80
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = getelementptr inbounds float, float* %902, i64 112
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = getelementptr inbounds float, float* %902, i64 144
  %1082 = bitcast float* %1081 to <8 x float>*
  %1083 = load <8 x float>, <8 x float>* %1082, align 4
  %1084 = getelementptr inbounds float, float* %902, i64 176
  %1085 = bitcast float* %1084 to <8 x float>*
  %1086 = load <8 x float>, <8 x float>* %1085, align 4
  %1087 = fadd <8 x float> %1074, %1077
  %1088 = fsub <8 x float> %1074, %1077
  %1089 = fadd <8 x float> %1080, %1083
  %1090 = fsub <8 x float> %1080, %1083
  %1091 = fadd <8 x float> %1071, %1087
  %1092 = fadd <8 x float> %1091, %1089
  %1093 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1090, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1088)
  %1094 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1089, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1087)
  %1095 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1090, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1088)
  %1096 = fadd <8 x float> %1095, %1086
  %1097 = add i64 %964, 16
  %1098 = fadd <8 x float> %1092, %962
  %1099 = fcmp olt <8 x float> %1098, zeroinitializer
  %1100 = select <8 x i1> %1099, <8 x float> zeroinitializer, <8 x float> %1098
  %1101 = getelementptr inbounds float, float* %0, i64 %1097
  %1102 = bitcast float* %1101 to <8 x float>*
  store <8 x float> %1100, <8 x float>* %1102, align 4
  %1103 = add i64 %964, 912
  %1104 = fadd <8 x float> %1093, %962
  %1105 = fcmp olt <8 x float> %1104, zeroinitializer
  %1106 = select <8 x i1> %1105, <8 x float> zeroinitializer, <8 x float> %1104
  %1107 = getelementptr inbounds float, float* %0, i64 %1103
  %1108 = bitcast float* %1107 to <8 x float>*
  store <8 x float> %1106, <8 x float>* %1108, align 4
  %1109 = add i64 %964, 1808
  %1110 = fadd <8 x float> %1094, %962
  %1111 = fcmp olt <8 x float> %1110, zeroinitializer
  %1112 = select <8 x i1> %1111, <8 x float> zeroinitializer, <8 x float> %1110
  %1113 = getelementptr inbounds float, float* %0, i64 %1109
  %1114 = bitcast float* %1113 to <8 x float>*
  store <8 x float> %1112, <8 x float>* %1114, align 4
  %1115 = add i64 %964, 2704
  %1116 = fadd <8 x float> %1096, %962
  %1117 = fcmp olt <8 x float> %1116, zeroinitializer
  %1118 = select <8 x i1> %1117, <8 x float> zeroinitializer, <8 x float> %1116
  %1119 = getelementptr inbounds float, float* %0, i64 %1115
  %1120 = bitcast float* %1119 to <8 x float>*
  store <8 x float> %1118, <8 x float>* %1120, align 4
  %1121 = getelementptr inbounds float, float* %902, i64 24
  %1122 = bitcast float* %1121 to <8 x float>*
  %1123 = load <8 x float>, <8 x float>* %1122, align 4
  %1124 = getelementptr inbounds float, float* %902, i64 56
  %1125 = bitcast float* %1124 to <8 x float>*
  %1126 = load <8 x float>, <8 x float>* %1125, align 4
  %1127 = getelementptr inbounds float, float* %902, i64 88
  %1128 = bitcast float* %1127 to <8 x float>*
  %1129 = load <8 x float>, <8 x float>* %1128, align 4
  %1130 = getelementptr inbounds float, float* %902, i64 120
  %1131 = bitcast float* %1130 to <8 x float>*
  %1132 = load <8 x float>, <8 x float>* %1131, align 4
  %1133 = getelementptr inbounds float, float* %902, i64 152
  %1134 = bitcast float* %1133 to <8 x float>*
  %1135 = load <8 x float>, <8 x float>* %1134, align 4
  %1136 = getelementptr inbounds float, float* %902, i64 184
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
  %1149 = add i64 %964, 24
  %1150 = fadd <8 x float> %1144, %962
  %1151 = fcmp olt <8 x float> %1150, zeroinitializer
  %1152 = select <8 x i1> %1151, <8 x float> zeroinitializer, <8 x float> %1150
  %1153 = getelementptr inbounds float, float* %0, i64 %1149
  %1154 = bitcast float* %1153 to <8 x float>*
  store <8 x float> %1152, <8 x float>* %1154, align 4
  %1155 = add i64 %964, 920
  %1156 = fadd <8 x float> %1145, %962
  %1157 = fcmp olt <8 x float> %1156, zeroinitializer
  %1158 = select <8 x i1> %1157, <8 x float> zeroinitializer, <8 x float> %1156
  %1159 = getelementptr inbounds float, float* %0, i64 %1155
  %1160 = bitcast float* %1159 to <8 x float>*
  store <8 x float> %1158, <8 x float>* %1160, align 4
  %1161 = add i64 %964, 1816
  %1162 = fadd <8 x float> %1146, %962
  %1163 = fcmp olt <8 x float> %1162, zeroinitializer
  %1164 = select <8 x i1> %1163, <8 x float> zeroinitializer, <8 x float> %1162
  %1165 = getelementptr inbounds float, float* %0, i64 %1161
  %1166 = bitcast float* %1165 to <8 x float>*
  store <8 x float> %1164, <8 x float>* %1166, align 4
  %1167 = add i64 %964, 2712
  %1168 = fadd <8 x float> %1148, %962
  %1169 = fcmp olt <8 x float> %1168, zeroinitializer
  %1170 = select <8 x i1> %1169, <8 x float> zeroinitializer, <8 x float> %1168
  %1171 = getelementptr inbounds float, float* %0, i64 %1167
  %1172 = bitcast float* %1171 to <8 x float>*
  store <8 x float> %1170, <8 x float>* %1172, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !22
}

; Function Attrs: noinline nounwind
define internal void @node2.conv2d_3.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node2.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
define internal void @node3.conv2d_4.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node3.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit15, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit15 ]
  %24 = icmp slt i64 %group, 14
  br i1 %24, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %25 = mul i64 %group, 56
  %26 = sub i64 784, %25
  %27 = icmp slt i64 56, %26
  %28 = select i1 %27, i64 56, i64 %26
  %29 = sub i64 %5, 1
  %30 = add i64 %28, %29
  %31 = sdiv i64 %30, %5
  %32 = mul i64 %4, %31
  %33 = icmp slt i64 %32, %28
  %34 = select i1 %33, i64 %32, i64 %28
  %35 = add i64 %34, %31
  %36 = icmp slt i64 %35, %28
  %37 = select i1 %36, i64 %35, i64 %28
  br label %tile.header

group.exit:                                       ; preds = %group.header
  ret void

tile.header:                                      ; preds = %unit.exit, %group.body
  %tile = phi i64 [ %34, %group.body ], [ %tile.next, %unit.exit ]
  %38 = icmp slt i64 %tile, %37
  br i1 %38, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %39 = add i64 %25, %tile
  %40 = srem i64 %39, 28
  %41 = sdiv i64 %39, 28
  %42 = srem i64 %41, 28
  %43 = sdiv i64 %39, 784
  %44 = mul i64 %43, 16
  %45 = mul i64 %44, 103968
  %46 = mul i64 %42, 456
  %47 = mul i64 %40, 4
  %48 = add i64 %46, %47
  %49 = mul i64 %48, 8
  %50 = add i64 %45, %49
  %51 = mul i64 %tile, 128
  %52 = add i64 1663488, %51
  %53 = bitcast [288 x float]* %23 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %54 = sub i64 %5, 1
  %55 = add i64 2880, %54
  %56 = sdiv i64 %55, %5
  %57 = mul i64 %4, %56
  %58 = icmp slt i64 %57, 2880
  %59 = select i1 %58, i64 %57, i64 2880
  %60 = add i64 %59, %56
  %61 = icmp slt i64 %60, 2880
  %62 = select i1 %61, i64 %60, i64 2880
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %63 = icmp slt i64 %unit, 16
  br i1 %63, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %64 = mul i64 %unit, 103968
  %65 = add i64 %50, %64
  %66 = add i64 %65, 80
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to i8*
  call void @llvm.prefetch.p0i8(i8* %68, i32 0, i32 3, i32 1)
  %69 = add i64 %65, 96
  %70 = getelementptr inbounds float, float* %2, i64 %69
  %71 = bitcast float* %70 to i8*
  call void @llvm.prefetch.p0i8(i8* %71, i32 0, i32 3, i32 1)
  %72 = add i64 %65, 992
  %73 = getelementptr inbounds float, float* %2, i64 %72
  %74 = bitcast float* %73 to i8*
  call void @llvm.prefetch.p0i8(i8* %74, i32 0, i32 3, i32 1)
  %75 = add i64 %65, 1008
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to i8*
  call void @llvm.prefetch.p0i8(i8* %77, i32 0, i32 3, i32 1)
  %78 = add i64 %65, 1904
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to i8*
  call void @llvm.prefetch.p0i8(i8* %80, i32 0, i32 3, i32 1)
  %81 = add i64 %65, 1920
  %82 = getelementptr inbounds float, float* %2, i64 %81
  %83 = bitcast float* %82 to i8*
  call void @llvm.prefetch.p0i8(i8* %83, i32 0, i32 3, i32 1)
  %84 = add i64 %65, 2816
  %85 = getelementptr inbounds float, float* %2, i64 %84
  %86 = bitcast float* %85 to i8*
  call void @llvm.prefetch.p0i8(i8* %86, i32 0, i32 3, i32 1)
  %87 = add i64 %65, 2832
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to i8*
  call void @llvm.prefetch.p0i8(i8* %89, i32 0, i32 3, i32 1)
  %90 = add i64 %65, 3728
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to i8*
  call void @llvm.prefetch.p0i8(i8* %92, i32 0, i32 3, i32 1)
  %93 = add i64 %65, 3744
  %94 = getelementptr inbounds float, float* %2, i64 %93
  %95 = bitcast float* %94 to i8*
  call void @llvm.prefetch.p0i8(i8* %95, i32 0, i32 3, i32 1)
  %96 = add i64 %65, 4640
  %97 = getelementptr inbounds float, float* %2, i64 %96
  %98 = bitcast float* %97 to i8*
  call void @llvm.prefetch.p0i8(i8* %98, i32 0, i32 3, i32 1)
  %99 = add i64 %65, 4656
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to i8*
  call void @llvm.prefetch.p0i8(i8* %101, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !23

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %102 = icmp slt i64 %column, 6
  br i1 %102, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %103 = mul i64 %column, 8
  %104 = add i64 %65, %103
  %105 = add i64 %104, 0
  %106 = getelementptr inbounds float, float* %2, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  %108 = load <8 x float>, <8 x float>* %107, align 4
  %109 = add i64 %104, 912
  %110 = getelementptr inbounds float, float* %2, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = add i64 %104, 1824
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %104, 2736
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %104, 3648
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %104, 4560
  %126 = getelementptr inbounds float, float* %2, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = fmul <8 x float> %116, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fmul <8 x float> %112, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %131 = fsub <8 x float> %124, %129
  %132 = fsub <8 x float> %120, %130
  %133 = fsub <8 x float> %124, %116
  %134 = fsub <8 x float> %120, %112
  %135 = fmul <8 x float> %134, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %124)
  %137 = fmul <8 x float> %116, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %138 = fadd <8 x float> %136, %137
  %139 = fadd <8 x float> %131, %132
  %140 = fsub <8 x float> %131, %132
  %141 = fadd <8 x float> %133, %135
  %142 = fsub <8 x float> %133, %135
  %143 = call <8 x float> @llvm.fma.v8f32(<8 x float> %112, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %128)
  %144 = fmul <8 x float> %120, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %145 = fadd <8 x float> %143, %144
  %146 = mul i64 %column, 8
  %147 = add i64 %146, 0
  %148 = getelementptr inbounds float, float* %53, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %138, <8 x float>* %149, align 4
  %150 = mul i64 %column, 8
  %151 = add i64 %150, 48
  %152 = getelementptr inbounds float, float* %53, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  store <8 x float> %139, <8 x float>* %153, align 4
  %154 = mul i64 %column, 8
  %155 = add i64 %154, 96
  %156 = getelementptr inbounds float, float* %53, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %140, <8 x float>* %157, align 4
  %158 = mul i64 %column, 8
  %159 = add i64 %158, 144
  %160 = getelementptr inbounds float, float* %53, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %141, <8 x float>* %161, align 4
  %162 = mul i64 %column, 8
  %163 = add i64 %162, 192
  %164 = getelementptr inbounds float, float* %53, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %142, <8 x float>* %165, align 4
  %166 = mul i64 %column, 8
  %167 = add i64 %166, 240
  %168 = getelementptr inbounds float, float* %53, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  store <8 x float> %145, <8 x float>* %169, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !24

column.exit:                                      ; preds = %column.header
  %170 = mul i64 %unit, 8
  %171 = add i64 %52, %170
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %172 = icmp slt i64 %row, 6
  br i1 %172, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %173 = mul i64 %row, 48
  %174 = add i64 %173, 0
  %175 = getelementptr inbounds float, float* %53, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  %177 = load <8 x float>, <8 x float>* %176, align 4
  %178 = add i64 %173, 8
  %179 = getelementptr inbounds float, float* %53, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  %181 = load <8 x float>, <8 x float>* %180, align 4
  %182 = add i64 %173, 16
  %183 = getelementptr inbounds float, float* %53, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %185 = load <8 x float>, <8 x float>* %184, align 4
  %186 = add i64 %173, 24
  %187 = getelementptr inbounds float, float* %53, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  %189 = load <8 x float>, <8 x float>* %188, align 4
  %190 = add i64 %173, 32
  %191 = getelementptr inbounds float, float* %53, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  %193 = load <8 x float>, <8 x float>* %192, align 4
  %194 = add i64 %173, 40
  %195 = getelementptr inbounds float, float* %53, i64 %194
  %196 = bitcast float* %195 to <8 x float>*
  %197 = load <8 x float>, <8 x float>* %196, align 4
  %198 = fmul <8 x float> %185, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fmul <8 x float> %181, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %200 = fsub <8 x float> %193, %198
  %201 = fsub <8 x float> %189, %199
  %202 = fsub <8 x float> %193, %185
  %203 = fsub <8 x float> %189, %181
  %204 = fmul <8 x float> %203, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %177, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %193)
  %206 = fmul <8 x float> %185, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %207 = fadd <8 x float> %205, %206
  %208 = fadd <8 x float> %200, %201
  %209 = fsub <8 x float> %200, %201
  %210 = fadd <8 x float> %202, %204
  %211 = fsub <8 x float> %202, %204
  %212 = call <8 x float> @llvm.fma.v8f32(<8 x float> %181, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %197)
  %213 = fmul <8 x float> %189, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %214 = fadd <8 x float> %212, %213
  %215 = mul i64 %row, 43008
  %216 = add i64 %171, %215
  %217 = add i64 %216, 0
  %218 = getelementptr inbounds float, float* %2, i64 %217
  %219 = bitcast float* %218 to <8 x float>*
  store <8 x float> %207, <8 x float>* %219, align 4
  %220 = add i64 %216, 7168
  %221 = getelementptr inbounds float, float* %2, i64 %220
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %208, <8 x float>* %222, align 4
  %223 = add i64 %216, 14336
  %224 = getelementptr inbounds float, float* %2, i64 %223
  %225 = bitcast float* %224 to <8 x float>*
  store <8 x float> %209, <8 x float>* %225, align 4
  %226 = add i64 %216, 21504
  %227 = getelementptr inbounds float, float* %2, i64 %226
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %210, <8 x float>* %228, align 4
  %229 = add i64 %216, 28672
  %230 = getelementptr inbounds float, float* %2, i64 %229
  %231 = bitcast float* %230 to <8 x float>*
  store <8 x float> %211, <8 x float>* %231, align 4
  %232 = add i64 %216, 35840
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = bitcast float* %233 to <8 x float>*
  store <8 x float> %214, <8 x float>* %234, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !25

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !26

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %59, %tile.exit ], [ %task.next, %endif ]
  %235 = icmp slt i64 %task, %62
  br i1 %235, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %236 = sdiv i64 %task, 80
  %237 = srem i64 %task, 80
  %238 = mul i64 %236, 7168
  %239 = add i64 1663488, %238
  %240 = getelementptr inbounds float, float* %2, i64 %239
  %241 = mul i64 %236, 16384
  %242 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.winograd to float*), i64 %241
  %243 = mul i64 %236, 7168
  %244 = add i64 1921536, %243
  %245 = add i64 %236, 1
  %246 = icmp slt i64 %245, 35
  %247 = select i1 %246, i64 %245, i64 35
  %248 = mul i64 %247, 16384
  %249 = mul i64 %237, 208
  %250 = add i64 %248, %249
  %251 = icmp slt i64 %250, 587776
  %252 = select i1 %251, i64 %250, i64 587776
  %253 = getelementptr inbounds float, float* bitcast ([2359296 x i8]* @weight.conv2d_4.winograd to float*), i64 %252
  %254 = sdiv i64 %237, 8
  %255 = srem i64 %237, 8
  %256 = mul i64 %254, 6
  %257 = mul i64 %255, 16
  %258 = mul i64 %255, 2048
  %259 = icmp eq i64 %254, 9
  br i1 %259, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %260 = sub i64 %5, 1
  %261 = add i64 %28, %260
  %262 = sdiv i64 %261, %5
  %263 = mul i64 %4, %262
  %264 = icmp slt i64 %263, %28
  %265 = select i1 %264, i64 %263, i64 %28
  %266 = add i64 %265, %262
  %267 = icmp slt i64 %266, %28
  %268 = select i1 %267, i64 %266, i64 %28
  br label %tile.header13

then:                                             ; preds = %task.body
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
  br label %k.header2

endif:                                            ; preds = %k.exit4, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header, !llvm.loop !27

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %269 = icmp slt i64 %k, 128
  br i1 %269, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %270 = mul i64 %k, 16
  %271 = add i64 %270, 0
  %272 = getelementptr inbounds float, float* %253, i64 %271
  %273 = bitcast float* %272 to i8*
  call void @llvm.prefetch.p0i8(i8* %273, i32 0, i32 2, i32 1)
  %274 = mul i64 %k, 16
  %275 = add i64 %258, %274
  %276 = add i64 %275, 0
  %277 = getelementptr inbounds float, float* %242, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = add i64 %275, 8
  %281 = getelementptr inbounds float, float* %242, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  %283 = load <8 x float>, <8 x float>* %282, align 4
  %284 = add i64 %256, 0
  %285 = mul i64 %284, 128
  %286 = add i64 %285, %k
  %287 = getelementptr inbounds float, float* %240, i64 %286
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i32 0
  %splat = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %290 = load <8 x float>, <8 x float>* %22, align 32
  %291 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %279, <8 x float> %290)
  store <8 x float> %291, <8 x float>* %22, align 32
  %292 = load <8 x float>, <8 x float>* %20, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %283, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %20, align 32
  %294 = add i64 %256, 1
  %295 = mul i64 %294, 128
  %296 = add i64 %295, %k
  %297 = getelementptr inbounds float, float* %240, i64 %296
  %298 = load float, float* %297, align 4
  %299 = insertelement <8 x float> undef, float %298, i32 0
  %splat1 = shufflevector <8 x float> %299, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, <8 x float>* %21, align 32
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %279, <8 x float> %300)
  store <8 x float> %301, <8 x float>* %21, align 32
  %302 = load <8 x float>, <8 x float>* %19, align 32
  %303 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %283, <8 x float> %302)
  store <8 x float> %303, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %304 = add i64 %256, 0
  %305 = add i64 %257, 0
  %306 = load <8 x float>, <8 x float>* %22, align 32
  %307 = mul i64 %304, 128
  %308 = add i64 %307, %305
  %309 = add i64 %244, %308
  %310 = getelementptr inbounds float, float* %2, i64 %309
  %311 = bitcast float* %310 to <8 x float>*
  store <8 x float> %306, <8 x float>* %311, align 4
  %312 = add i64 %256, 1
  %313 = add i64 %257, 0
  %314 = load <8 x float>, <8 x float>* %21, align 32
  %315 = mul i64 %312, 128
  %316 = add i64 %315, %313
  %317 = add i64 %244, %316
  %318 = getelementptr inbounds float, float* %2, i64 %317
  %319 = bitcast float* %318 to <8 x float>*
  store <8 x float> %314, <8 x float>* %319, align 4
  %320 = add i64 %256, 0
  %321 = add i64 %257, 8
  %322 = load <8 x float>, <8 x float>* %20, align 32
  %323 = mul i64 %320, 128
  %324 = add i64 %323, %321
  %325 = add i64 %244, %324
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %322, <8 x float>* %327, align 4
  %328 = add i64 %256, 1
  %329 = add i64 %257, 8
  %330 = load <8 x float>, <8 x float>* %19, align 32
  %331 = mul i64 %328, 128
  %332 = add i64 %331, %329
  %333 = add i64 %244, %332
  %334 = getelementptr inbounds float, float* %2, i64 %333
  %335 = bitcast float* %334 to <8 x float>*
  store <8 x float> %330, <8 x float>* %335, align 4
  br label %endif

k.header2:                                        ; preds = %k.body3, %else
  %k5 = phi i64 [ 0, %else ], [ %k.next12, %k.body3 ]
  %336 = icmp slt i64 %k5, 128
  br i1 %336, label %k.body3, label %k.exit4

k.body3:                                          ; preds = %k.header2
  %337 = mul i64 %k5, 16
  %338 = add i64 %337, 0
  %339 = getelementptr inbounds float, float* %253, i64 %338
  %340 = bitcast float* %339 to i8*
  call void @llvm.prefetch.p0i8(i8* %340, i32 0, i32 2, i32 1)
  %341 = mul i64 %k5, 16
  %342 = add i64 %258, %341
  %343 = add i64 %342, 0
  %344 = getelementptr inbounds float, float* %242, i64 %343
  %345 = bitcast float* %344 to <8 x float>*
  %346 = load <8 x float>, <8 x float>* %345, align 4
  %347 = add i64 %342, 8
  %348 = getelementptr inbounds float, float* %242, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  %350 = load <8 x float>, <8 x float>* %349, align 4
  %351 = add i64 %256, 0
  %352 = mul i64 %351, 128
  %353 = add i64 %352, %k5
  %354 = getelementptr inbounds float, float* %240, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat6 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %18, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %346, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %18, align 32
  %359 = load <8 x float>, <8 x float>* %12, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %350, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %12, align 32
  %361 = add i64 %256, 1
  %362 = mul i64 %361, 128
  %363 = add i64 %362, %k5
  %364 = getelementptr inbounds float, float* %240, i64 %363
  %365 = load float, float* %364, align 4
  %366 = insertelement <8 x float> undef, float %365, i32 0
  %splat7 = shufflevector <8 x float> %366, <8 x float> undef, <8 x i32> zeroinitializer
  %367 = load <8 x float>, <8 x float>* %17, align 32
  %368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %346, <8 x float> %367)
  store <8 x float> %368, <8 x float>* %17, align 32
  %369 = load <8 x float>, <8 x float>* %11, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %350, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %11, align 32
  %371 = add i64 %256, 2
  %372 = mul i64 %371, 128
  %373 = add i64 %372, %k5
  %374 = getelementptr inbounds float, float* %240, i64 %373
  %375 = load float, float* %374, align 4
  %376 = insertelement <8 x float> undef, float %375, i32 0
  %splat8 = shufflevector <8 x float> %376, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = load <8 x float>, <8 x float>* %16, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %346, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %16, align 32
  %379 = load <8 x float>, <8 x float>* %10, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %350, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %10, align 32
  %381 = add i64 %256, 3
  %382 = mul i64 %381, 128
  %383 = add i64 %382, %k5
  %384 = getelementptr inbounds float, float* %240, i64 %383
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i32 0
  %splat9 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %387 = load <8 x float>, <8 x float>* %15, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %346, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %15, align 32
  %389 = load <8 x float>, <8 x float>* %9, align 32
  %390 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %350, <8 x float> %389)
  store <8 x float> %390, <8 x float>* %9, align 32
  %391 = add i64 %256, 4
  %392 = mul i64 %391, 128
  %393 = add i64 %392, %k5
  %394 = getelementptr inbounds float, float* %240, i64 %393
  %395 = load float, float* %394, align 4
  %396 = insertelement <8 x float> undef, float %395, i32 0
  %splat10 = shufflevector <8 x float> %396, <8 x float> undef, <8 x i32> zeroinitializer
  %397 = load <8 x float>, <8 x float>* %14, align 32
  %398 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %346, <8 x float> %397)
  store <8 x float> %398, <8 x float>* %14, align 32
  %399 = load <8 x float>, <8 x float>* %8, align 32
  %400 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %350, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %8, align 32
  %401 = add i64 %256, 5
  %402 = mul i64 %401, 128
  %403 = add i64 %402, %k5
  %404 = getelementptr inbounds float, float* %240, i64 %403
  %405 = load float, float* %404, align 4
  %406 = insertelement <8 x float> undef, float %405, i32 0
  %splat11 = shufflevector <8 x float> %406, <8 x float> undef, <8 x i32> zeroinitializer
  %407 = load <8 x float>, <8 x float>* %13, align 32
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %346, <8 x float> %407)
  store <8 x float> %408, <8 x float>* %13, align 32
  %409 = load <8 x float>, <8 x float>* %7, align 32
  %410 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %350, <8 x float> %409)
  store <8 x float> %410, <8 x float>* %7, align 32
  %k.next12 = add i64 %k5, 1
  br label %k.header2

k.exit4:                                          ; preds = %k.header2
  %411 = add i64 %256, 0
  %412 = add i64 %257, 0
  %413 = load <8 x float>, <8 x float>* %18, align 32
  %414 = mul i64 %411, 128
  %415 = add i64 %414, %412
  %416 = add i64 %244, %415
  %417 = getelementptr inbounds float, float* %2, i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  store <8 x float> %413, <8 x float>* %418, align 4
  %419 = add i64 %256, 1
  %420 = add i64 %257, 0
  %421 = load <8 x float>, <8 x float>* %17, align 32
  %422 = mul i64 %419, 128
  %423 = add i64 %422, %420
  %424 = add i64 %244, %423
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = bitcast float* %425 to <8 x float>*
  store <8 x float> %421, <8 x float>* %426, align 4
  %427 = add i64 %256, 2
  %428 = add i64 %257, 0
  %429 = load <8 x float>, <8 x float>* %16, align 32
  %430 = mul i64 %427, 128
  %431 = add i64 %430, %428
  %432 = add i64 %244, %431
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = bitcast float* %433 to <8 x float>*
  store <8 x float> %429, <8 x float>* %434, align 4
  %435 = add i64 %256, 3
  %436 = add i64 %257, 0
  %437 = load <8 x float>, <8 x float>* %15, align 32
  %438 = mul i64 %435, 128
  %439 = add i64 %438, %436
  %440 = add i64 %244, %439
  %441 = getelementptr inbounds float, float* %2, i64 %440
  %442 = bitcast float* %441 to <8 x float>*
  store <8 x float> %437, <8 x float>* %442, align 4
  %443 = add i64 %256, 4
  %444 = add i64 %257, 0
  %445 = load <8 x float>, <8 x float>* %14, align 32
  %446 = mul i64 %443, 128
  %447 = add i64 %446, %444
  %448 = add i64 %244, %447
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  store <8 x float> %445, <8 x float>* %450, align 4
  %451 = add i64 %256, 5
  %452 = add i64 %257, 0
  %453 = load <8 x float>, <8 x float>* %13, align 32
  %454 = mul i64 %451, 128
  %455 = add i64 %454, %452
  %456 = add i64 %244, %455
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  store <8 x float> %453, <8 x float>* %458, align 4
  %459 = add i64 %256, 0
  %460 = add i64 %257, 8
  %461 = load <8 x float>, <8 x float>* %12, align 32
  %462 = mul i64 %459, 128
  %463 = add i64 %462, %460
  %464 = add i64 %244, %463
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  store <8 x float> %461, <8 x float>* %466, align 4
  %467 = add i64 %256, 1
  %468 = add i64 %257, 8
  %469 = load <8 x float>, <8 x float>* %11, align 32
  %470 = mul i64 %467, 128
  %471 = add i64 %470, %468
  %472 = add i64 %244, %471
  %473 = getelementptr inbounds float, float* %2, i64 %472
  %474 = bitcast float* %473 to <8 x float>*
  store <8 x float> %469, <8 x float>* %474, align 4
  %475 = add i64 %256, 2
  %476 = add i64 %257, 8
  %477 = load <8 x float>, <8 x float>* %10, align 32
  %478 = mul i64 %475, 128
  %479 = add i64 %478, %476
  %480 = add i64 %244, %479
  %481 = getelementptr inbounds float, float* %2, i64 %480
  %482 = bitcast float* %481 to <8 x float>*
  store <8 x float> %477, <8 x float>* %482, align 4
  %483 = add i64 %256, 3
  %484 = add i64 %257, 8
  %485 = load <8 x float>, <8 x float>* %9, align 32
  %486 = mul i64 %483, 128
  %487 = add i64 %486, %484
  %488 = add i64 %244, %487
  %489 = getelementptr inbounds float, float* %2, i64 %488
  %490 = bitcast float* %489 to <8 x float>*
  store <8 x float> %485, <8 x float>* %490, align 4
  %491 = add i64 %256, 4
  %492 = add i64 %257, 8
  %493 = load <8 x float>, <8 x float>* %8, align 32
  %494 = mul i64 %491, 128
  %495 = add i64 %494, %492
  %496 = add i64 %244, %495
  %497 = getelementptr inbounds float, float* %2, i64 %496
  %498 = bitcast float* %497 to <8 x float>*
  store <8 x float> %493, <8 x float>* %498, align 4
  %499 = add i64 %256, 5
  %500 = add i64 %257, 8
  %501 = load <8 x float>, <8 x float>* %7, align 32
  %502 = mul i64 %499, 128
  %503 = add i64 %502, %500
  %504 = add i64 %244, %503
  %505 = getelementptr inbounds float, float* %2, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  store <8 x float> %501, <8 x float>* %506, align 4
  br label %endif

tile.header13:                                    ; preds = %block.exit, %task.exit
  %tile16 = phi i64 [ %265, %task.exit ], [ %tile.next22, %block.exit ]
  %507 = icmp slt i64 %tile16, %268
  br i1 %507, label %tile.body14, label %tile.exit15

tile.body14:                                      ; preds = %tile.header13
  %508 = add i64 %25, %tile16
  %509 = srem i64 %508, 28
  %510 = sdiv i64 %508, 28
  %511 = srem i64 %510, 28
  %512 = sdiv i64 %508, 784
  %513 = mul i64 %512, 16
  %514 = mul i64 %513, 100352
  %515 = mul i64 %511, 448
  %516 = mul i64 %509, 4
  %517 = add i64 %515, %516
  %518 = mul i64 %517, 8
  %519 = add i64 %514, %518
  %520 = mul i64 %512, 16
  %521 = mul i64 %520, 25088
  %522 = mul i64 %511, 112
  %523 = mul i64 %509, 2
  %524 = add i64 %522, %523
  %525 = mul i64 %524, 8
  %526 = add i64 %521, %525
  %527 = mul i64 %tile16, 128
  %528 = add i64 1921536, %527
  %529 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit15:                                      ; preds = %tile.header13
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !28

block.header:                                     ; preds = %row.exit19, %tile.body14
  %block = phi i64 [ 0, %tile.body14 ], [ %block.next, %row.exit19 ]
  %530 = icmp slt i64 %block, 16
  br i1 %530, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %531 = mul i64 %block, 8
  %532 = add i64 %528, %531
  br label %row.header17

block.exit:                                       ; preds = %block.header
  %tile.next22 = add i64 %tile16, 1
  br label %tile.header13, !llvm.loop !29

row.header17:                                     ; preds = %row.body18, %block.body
  %row20 = phi i64 [ 0, %block.body ], [ %row.next21, %row.body18 ]
  %533 = icmp slt i64 %row20, 6
  br i1 %533, label %row.body18, label %row.exit19

row.body18:                                       ; preds = %row.header17
  %534 = mul i64 %row20, 43008
  %535 = add i64 %532, %534
  %536 = add i64 %535, 0
  %537 = getelementptr inbounds float, float* %2, i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  %540 = add i64 %535, 7168
  %541 = getelementptr inbounds float, float* %2, i64 %540
  %542 = bitcast float* %541 to <8 x float>*
  %543 = load <8 x float>, <8 x float>* %542, align 4
  %544 = add i64 %535, 14336
  %545 = getelementptr inbounds float, float* %2, i64 %544
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = add i64 %535, 21504
  %549 = getelementptr inbounds float, float* %2, i64 %548
  %550 = bitcast float* %549 to <8 x float>*
  %551 = load <8 x float>, <8 x float>* %550, align 4
  %552 = add i64 %535, 28672
  %553 = getelementptr inbounds float, float* %2, i64 %552
  %554 = bitcast float* %553 to <8 x float>*
  %555 = load <8 x float>, <8 x float>* %554, align 4
  %556 = add i64 %535, 35840
  %557 = getelementptr inbounds float, float* %2, i64 %556
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  %560 = fadd <8 x float> %543, %547
  %561 = fsub <8 x float> %543, %547
  %562 = fadd <8 x float> %551, %555
  %563 = fsub <8 x float> %551, %555
  %564 = fadd <8 x float> %539, %560
  %565 = fadd <8 x float> %564, %562
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %561)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %560)
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %561)
  %569 = fadd <8 x float> %568, %559
  %570 = mul i64 %row20, 32
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %529, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  store <8 x float> %565, <8 x float>* %573, align 4
  %574 = mul i64 %row20, 32
  %575 = add i64 %574, 8
  %576 = getelementptr inbounds float, float* %529, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %566, <8 x float>* %577, align 4
  %578 = mul i64 %row20, 32
  %579 = add i64 %578, 16
  %580 = getelementptr inbounds float, float* %529, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %567, <8 x float>* %581, align 4
  %582 = mul i64 %row20, 32
  %583 = add i64 %582, 24
  %584 = getelementptr inbounds float, float* %529, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  store <8 x float> %569, <8 x float>* %585, align 4
  %row.next21 = add i64 %row20, 1
  br label %row.header17, !llvm.loop !30

row.exit19:                                       ; preds = %row.header17
  %586 = mul i64 %block, 8
  %587 = getelementptr inbounds float, float* bitcast ([512 x i8]* @weight.conv2d_4.bias to float*), i64 %586
  %588 = bitcast float* %587 to <8 x float>*
  %589 = load <8 x float>, <8 x float>* %588, align 4
  %590 = mul i64 %block, 100352
  %591 = add i64 %519, %590
  %592 = getelementptr inbounds float, float* %529, i64 0
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = getelementptr inbounds float, float* %529, i64 32
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = getelementptr inbounds float, float* %529, i64 64
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = getelementptr inbounds float, float* %529, i64 96
  %602 = bitcast float* %601 to <8 x float>*
  %603 = load <8 x float>, <8 x float>* %602, align 4
  %604 = getelementptr inbounds float, float* %529, i64 128
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = getelementptr inbounds float, float* %529, i64 160
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
  %620 = fadd <8 x float> %615, %589
  %621 = fcmp olt <8 x float> %620, zeroinitializer
  %622 = select <8 x i1> %621, <8 x float> zeroinitializer, <8 x float> %620
  %623 = fadd <8 x float> %616, %589
  %624 = fcmp olt <8 x float> %623, zeroinitializer
  %625 = select <8 x i1> %624, <8 x float> zeroinitializer, <8 x float> %623
  %626 = fadd <8 x float> %617, %589
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = fadd <8 x float> %619, %589
  %630 = fcmp olt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> zeroinitializer, <8 x float> %629
  %632 = getelementptr inbounds float, float* %529, i64 8
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = getelementptr inbounds float, float* %529, i64 40
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = getelementptr inbounds float, float* %529, i64 72
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = getelementptr inbounds float, float* %529, i64 104
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = getelementptr inbounds float, float* %529, i64 136
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = getelementptr inbounds float, float* %529, i64 168
  %648 = bitcast float* %647 to <8 x float>*
  %649 = load <8 x float>, <8 x float>* %648, align 4
  %650 = fadd <8 x float> %637, %640
  %651 = fsub <8 x float> %637, %640
  %652 = fadd <8 x float> %643, %646
  %653 = fsub <8 x float> %643, %646
  %654 = fadd <8 x float> %634, %650
  %655 = fadd <8 x float> %654, %652
  %656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %653, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %651)
  %657 = call <8 x float> @llvm.fma.v8f32(<8 x float> %652, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %650)
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %653, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %651)
  %659 = fadd <8 x float> %658, %649
  %660 = fadd <8 x float> %655, %589
  %661 = fcmp olt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> zeroinitializer, <8 x float> %660
  %663 = fadd <8 x float> %656, %589
  %664 = fcmp olt <8 x float> %663, zeroinitializer
  %665 = select <8 x i1> %664, <8 x float> zeroinitializer, <8 x float> %663
  %666 = fadd <8 x float> %657, %589
  %667 = fcmp olt <8 x float> %666, zeroinitializer
  %668 = select <8 x i1> %667, <8 x float> zeroinitializer, <8 x float> %666
  %669 = fadd <8 x float> %659, %589
  %670 = fcmp olt <8 x float> %669, zeroinitializer
  %671 = select <8 x i1> %670, <8 x float> zeroinitializer, <8 x float> %669
  %672 = getelementptr inbounds float, float* %529, i64 16
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = getelementptr inbounds float, float* %529, i64 48
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = getelementptr inbounds float, float* %529, i64 80
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = getelementptr inbounds float, float* %529, i64 112
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = getelementptr inbounds float, float* %529, i64 144
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = getelementptr inbounds float, float* %529, i64 176
  %688 = bitcast float* %687 to <8 x float>*
  %689 = load <8 x float>, <8 x float>* %688, align 4
  %690 = fadd <8 x float> %677, %680
  %691 = fsub <8 x float> %677, %680
  %692 = fadd <8 x float> %683, %686
  %693 = fsub <8 x float> %683, %686
  %694 = fadd <8 x float> %674, %690
  %695 = fadd <8 x float> %694, %692
  %696 = call <8 x float> @llvm.fma.v8f32(<8 x float> %693, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %691)
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %692, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %690)
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %693, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %691)
  %699 = fadd <8 x float> %698, %689
  %700 = fadd <8 x float> %695, %589
  %701 = fcmp olt <8 x float> %700, zeroinitializer
  %702 = select <8 x i1> %701, <8 x float> zeroinitializer, <8 x float> %700
  %703 = fadd <8 x float> %696, %589
  %704 = fcmp olt <8 x float> %703, zeroinitializer
  %705 = select <8 x i1> %704, <8 x float> zeroinitializer, <8 x float> %703
  %706 = fadd <8 x float> %697, %589
  %707 = fcmp olt <8 x float> %706, zeroinitializer
  %708 = select <8 x i1> %707, <8 x float> zeroinitializer, <8 x float> %706
  %709 = fadd <8 x float> %699, %589
  %710 = fcmp olt <8 x float> %709, zeroinitializer
  %711 = select <8 x i1> %710, <8 x float> zeroinitializer, <8 x float> %709
  %712 = getelementptr inbounds float, float* %529, i64 24
  %713 = bitcast float* %712 to <8 x float>*
  %714 = load <8 x float>, <8 x float>* %713, align 4
  %715 = getelementptr inbounds float, float* %529, i64 56
  %716 = bitcast float* %715 to <8 x float>*
  %717 = load <8 x float>, <8 x float>* %716, align 4
  %718 = getelementptr inbounds float, float* %529, i64 88
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = getelementptr inbounds float, float* %529, i64 120
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = getelementptr inbounds float, float* %529, i64 152
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = getelementptr inbounds float, float* %529, i64 184
  %728 = bitcast float* %727 to <8 x float>*
  %729 = load <8 x float>, <8 x float>* %728, align 4
  %730 = fadd <8 x float> %717, %720
  %731 = fsub <8 x float> %717, %720
  %732 = fadd <8 x float> %723, %726
  %733 = fsub <8 x float> %723, %726
  %734 = fadd <8 x float> %714, %730
  %735 = fadd <8 x float> %734, %732
  %736 = call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %731)
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %732, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %730)
  %738 = call <8 x float> @llvm.fma.v8f32(<8 x float> %733, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %731)
  %739 = fadd <8 x float> %738, %729
  %740 = fadd <8 x float> %735, %589
  %741 = fcmp olt <8 x float> %740, zeroinitializer
  %742 = select <8 x i1> %741, <8 x float> zeroinitializer, <8 x float> %740
  %743 = fadd <8 x float> %736, %589
  %744 = fcmp olt <8 x float> %743, zeroinitializer
  %745 = select <8 x i1> %744, <8 x float> zeroinitializer, <8 x float> %743
  %746 = fadd <8 x float> %737, %589
  %747 = fcmp olt <8 x float> %746, zeroinitializer
  %748 = select <8 x i1> %747, <8 x float> zeroinitializer, <8 x float> %746
  %749 = fadd <8 x float> %739, %589
  %750 = fcmp olt <8 x float> %749, zeroinitializer
  %751 = select <8 x i1> %750, <8 x float> zeroinitializer, <8 x float> %749
  %752 = mul i64 %block, 25088
  %753 = add i64 %526, %752
  %754 = fcmp ogt <8 x float> %622, %662
  %755 = select <8 x i1> %754, <8 x float> %622, <8 x float> %662
  %756 = fcmp uno <8 x float> %622, %622
  %757 = select <8 x i1> %756, <8 x float> %622, <8 x float> %755
  %758 = fcmp ogt <8 x float> %757, %625
  %759 = select <8 x i1> %758, <8 x float> %757, <8 x float> %625
  %760 = fcmp uno <8 x float> %757, %757
  %761 = select <8 x i1> %760, <8 x float> %757, <8 x float> %759
  %762 = fcmp ogt <8 x float> %761, %665
  %763 = select <8 x i1> %762, <8 x float> %761, <8 x float> %665
  %764 = fcmp uno <8 x float> %761, %761
  %765 = select <8 x i1> %764, <8 x float> %761, <8 x float> %763
  %766 = add i64 %753, 0
  %767 = getelementptr inbounds float, float* %0, i64 %766
  %768 = bitcast float* %767 to <8 x float>*
  store <8 x float> %765, <8 x float>* %768, align 4
  %769 = fcmp ogt <8 x float> %702, %742
  %770 = select <8 x i1> %769, <8 x float> %702, <8 x float> %742
  %771 = fcmp uno <8 x float> %702, %702
  %772 = select <8 x i1> %771, <8 x float> %702, <8 x float> %770
  %773 = fcmp ogt <8 x float> %772, %705
  %774 = select <8 x i1> %773, <8 x float> %772, <8 x float> %705
  %775 = fcmp uno <8 x float> %772, %772
  %776 = select <8 x i1> %775, <8 x float> %772, <8 x float> %774
  %777 = fcmp ogt <8 x float> %776, %745
  %778 = select <8 x i1> %777, <8 x float> %776, <8 x float> %745
  %779 = fcmp uno <8 x float> %776, %776
  %780 = select <8 x i1> %779, <8 x float> %776, <8 x float> %778
  %781 = add i64 %753, 8
  %782 = getelementptr inbounds float, float* %0, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  store <8 x float> %780, <8 x float>* %783, align 4
  %784 = fcmp ogt <8 x float> %628, %668
  %785 = select <8 x i1> %784, <8 x float> %628, <8 x float> %668
  %786 = fcmp uno <8 x float> %628, %628
  %787 = select <8 x i1> %786, <8 x float> %628, <8 x float> %785
  %788 = fcmp ogt <8 x float> %787, %631
  %789 = select <8 x i1> %788, <8 x float> %787, <8 x float> %631
  %790 = fcmp uno <8 x float> %787, %787
  %791 = select <8 x i1> %790, <8 x float> %787, <8 x float> %789
  %792 = fcmp ogt <8 x float> %791, %671
  %793 = select <8 x i1> %792, <8 x float> %791, <8 x float> %671
  %794 = fcmp uno <8 x float> %791, %791
  %795 = select <8 x i1> %794, <8 x float> %791, <8 x float> %793
  %796 = add i64 %753, 448
  %797 = getelementptr inbounds float, float* %0, i64 %796
  %798 = bitcast float* %797 to <8 x float>*
  store <8 x float> %795, <8 x float>* %798, align 4
  %799 = fcmp ogt <8 x float> %708, %748
  %800 = select <8 x i1> %799, <8 x float> %708, <8 x float> %748
  %801 = fcmp uno <8 x float> %708, %708
  %802 = select <8 x i1> %801, <8 x float> %708, <8 x float> %800
  %803 = fcmp ogt <8 x float> %802, %711
  %804 = select <8 x i1> %803, <8 x float> %802, <8 x float> %711
  %805 = fcmp uno <8 x float> %802, %802
  %806 = select <8 x i1> %805, <8 x float> %802, <8 x float> %804
  %807 = fcmp ogt <8 x float> %806, %751
  %808 = select <8 x i1> %807, <8 x float> %806, <8 x float> %751
  %809 = fcmp uno <8 x float> %806, %806
  %810 = select <8 x i1> %809, <8 x float> %806, <8 x float> %808
  %811 = add i64 %753, 456
  %812 = getelementptr inbounds float, float* %0, i64 %811
  %813 = bitcast float* %812 to <8 x float>*
  store <8 x float> %810, <8 x float>* %813, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !31
}

; Function Attrs: noinline nounwind
define internal void @node3.conv2d_4.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node3.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node4.conv2d_5.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node4.conv2d_5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_5.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %28 = sub i64 %5, 1
  %29 = add i64 196, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 196
  %33 = select i1 %32, i64 %31, i64 196
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 196
  %36 = select i1 %35, i64 %34, i64 196
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 14
  %40 = sdiv i64 %38, 14
  %41 = srem i64 %40, 14
  %42 = sdiv i64 %38, 196
  %43 = mul i64 %42, 16
  %44 = mul i64 %43, 26912
  %45 = mul i64 %41, 232
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 128
  %51 = add i64 430592, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 19008, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 19008
  %58 = select i1 %57, i64 %56, i64 19008
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 19008
  %61 = select i1 %60, i64 %59, i64 19008
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 16
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 26912
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 544
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 560
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 1008
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 1024
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 1472
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 1488
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 1936
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 1952
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 2400
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 2416
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !32

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 464
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 928
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 1392
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 1856
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 2320
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !33

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 150528
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 25088
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 50176
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 75264
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 100352
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 125440
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !34

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !35

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 528
  %236 = srem i64 %task, 528
  %237 = mul i64 %235, 25088
  %238 = add i64 430592, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 32768
  %241 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.winograd to float*), i64 %240
  %242 = mul i64 %235, 50176
  %243 = add i64 1333760, %242
  %244 = add i64 %235, 1
  %245 = icmp slt i64 %244, 35
  %246 = select i1 %245, i64 %244, i64 35
  %247 = mul i64 %246, 32768
  %248 = mul i64 %236, 64
  %249 = add i64 %247, %248
  %250 = icmp slt i64 %249, 1177600
  %251 = select i1 %250, i64 %249, i64 1177600
  %252 = getelementptr inbounds float, float* bitcast ([4718592 x i8]* @weight.conv2d_5.winograd to float*), i64 %251
  %253 = sdiv i64 %236, 16
  %254 = srem i64 %236, 16
  %255 = mul i64 %253, 6
  %256 = mul i64 %254, 16
  %257 = mul i64 %254, 2048
  %258 = icmp eq i64 %253, 32
  br i1 %258, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %259 = sub i64 %5, 1
  %260 = add i64 196, %259
  %261 = sdiv i64 %260, %5
  %262 = mul i64 %4, %261
  %263 = icmp slt i64 %262, 196
  %264 = select i1 %263, i64 %262, i64 196
  %265 = add i64 %264, %261
  %266 = icmp slt i64 %265, 196
  %267 = select i1 %266, i64 %265, i64 196
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
  br label %task.header, !llvm.loop !36

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %268 = icmp slt i64 %k, 128
  br i1 %268, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %269 = mul i64 %k, 16
  %270 = add i64 %269, 0
  %271 = getelementptr inbounds float, float* %252, i64 %270
  %272 = bitcast float* %271 to i8*
  call void @llvm.prefetch.p0i8(i8* %272, i32 0, i32 2, i32 1)
  %273 = mul i64 %k, 16
  %274 = add i64 %257, %273
  %275 = add i64 %274, 0
  %276 = getelementptr inbounds float, float* %241, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = add i64 %274, 8
  %280 = getelementptr inbounds float, float* %241, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = add i64 %255, 0
  %284 = mul i64 %283, 128
  %285 = add i64 %284, %k
  %286 = getelementptr inbounds float, float* %239, i64 %285
  %287 = load float, float* %286, align 4
  %288 = insertelement <8 x float> undef, float %287, i32 0
  %splat = shufflevector <8 x float> %288, <8 x float> undef, <8 x i32> zeroinitializer
  %289 = load <8 x float>, <8 x float>* %26, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %278, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %26, align 32
  %291 = load <8 x float>, <8 x float>* %22, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %282, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %22, align 32
  %293 = add i64 %255, 1
  %294 = mul i64 %293, 128
  %295 = add i64 %294, %k
  %296 = getelementptr inbounds float, float* %239, i64 %295
  %297 = load float, float* %296, align 4
  %298 = insertelement <8 x float> undef, float %297, i32 0
  %splat1 = shufflevector <8 x float> %298, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = load <8 x float>, <8 x float>* %25, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %278, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %25, align 32
  %301 = load <8 x float>, <8 x float>* %21, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %282, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %21, align 32
  %303 = add i64 %255, 2
  %304 = mul i64 %303, 128
  %305 = add i64 %304, %k
  %306 = getelementptr inbounds float, float* %239, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat2 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %24, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %278, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %24, align 32
  %311 = load <8 x float>, <8 x float>* %20, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %282, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %20, align 32
  %313 = add i64 %255, 3
  %314 = mul i64 %313, 128
  %315 = add i64 %314, %k
  %316 = getelementptr inbounds float, float* %239, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat3 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %23, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %278, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %23, align 32
  %321 = load <8 x float>, <8 x float>* %19, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %282, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %323 = add i64 %255, 0
  %324 = add i64 %256, 0
  %325 = load <8 x float>, <8 x float>* %26, align 32
  %326 = mul i64 %323, 256
  %327 = add i64 %326, %324
  %328 = add i64 %243, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %255, 1
  %332 = add i64 %256, 0
  %333 = load <8 x float>, <8 x float>* %25, align 32
  %334 = mul i64 %331, 256
  %335 = add i64 %334, %332
  %336 = add i64 %243, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %255, 2
  %340 = add i64 %256, 0
  %341 = load <8 x float>, <8 x float>* %24, align 32
  %342 = mul i64 %339, 256
  %343 = add i64 %342, %340
  %344 = add i64 %243, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %255, 3
  %348 = add i64 %256, 0
  %349 = load <8 x float>, <8 x float>* %23, align 32
  %350 = mul i64 %347, 256
  %351 = add i64 %350, %348
  %352 = add i64 %243, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %255, 0
  %356 = add i64 %256, 8
  %357 = load <8 x float>, <8 x float>* %22, align 32
  %358 = mul i64 %355, 256
  %359 = add i64 %358, %356
  %360 = add i64 %243, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %255, 1
  %364 = add i64 %256, 8
  %365 = load <8 x float>, <8 x float>* %21, align 32
  %366 = mul i64 %363, 256
  %367 = add i64 %366, %364
  %368 = add i64 %243, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %255, 2
  %372 = add i64 %256, 8
  %373 = load <8 x float>, <8 x float>* %20, align 32
  %374 = mul i64 %371, 256
  %375 = add i64 %374, %372
  %376 = add i64 %243, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  %379 = add i64 %255, 3
  %380 = add i64 %256, 8
  %381 = load <8 x float>, <8 x float>* %19, align 32
  %382 = mul i64 %379, 256
  %383 = add i64 %382, %380
  %384 = add i64 %243, %383
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %381, <8 x float>* %386, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %387 = icmp slt i64 %k7, 128
  br i1 %387, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %388 = mul i64 %k7, 16
  %389 = add i64 %388, 0
  %390 = getelementptr inbounds float, float* %252, i64 %389
  %391 = bitcast float* %390 to i8*
  call void @llvm.prefetch.p0i8(i8* %391, i32 0, i32 2, i32 1)
  %392 = mul i64 %k7, 16
  %393 = add i64 %257, %392
  %394 = add i64 %393, 0
  %395 = getelementptr inbounds float, float* %241, i64 %394
  %396 = bitcast float* %395 to <8 x float>*
  %397 = load <8 x float>, <8 x float>* %396, align 4
  %398 = add i64 %393, 8
  %399 = getelementptr inbounds float, float* %241, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = add i64 %255, 0
  %403 = mul i64 %402, 128
  %404 = add i64 %403, %k7
  %405 = getelementptr inbounds float, float* %239, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat8 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %18, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %397, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %18, align 32
  %410 = load <8 x float>, <8 x float>* %12, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %401, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %12, align 32
  %412 = add i64 %255, 1
  %413 = mul i64 %412, 128
  %414 = add i64 %413, %k7
  %415 = getelementptr inbounds float, float* %239, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat9 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %17, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %397, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %17, align 32
  %420 = load <8 x float>, <8 x float>* %11, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %401, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %11, align 32
  %422 = add i64 %255, 2
  %423 = mul i64 %422, 128
  %424 = add i64 %423, %k7
  %425 = getelementptr inbounds float, float* %239, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat10 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %16, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %397, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %16, align 32
  %430 = load <8 x float>, <8 x float>* %10, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %401, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %10, align 32
  %432 = add i64 %255, 3
  %433 = mul i64 %432, 128
  %434 = add i64 %433, %k7
  %435 = getelementptr inbounds float, float* %239, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat11 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %15, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %397, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %15, align 32
  %440 = load <8 x float>, <8 x float>* %9, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %401, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %9, align 32
  %442 = add i64 %255, 4
  %443 = mul i64 %442, 128
  %444 = add i64 %443, %k7
  %445 = getelementptr inbounds float, float* %239, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat12 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %397, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %14, align 32
  %450 = load <8 x float>, <8 x float>* %8, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %401, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %8, align 32
  %452 = add i64 %255, 5
  %453 = mul i64 %452, 128
  %454 = add i64 %453, %k7
  %455 = getelementptr inbounds float, float* %239, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat13 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %13, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %397, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %13, align 32
  %460 = load <8 x float>, <8 x float>* %7, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %401, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %462 = add i64 %255, 0
  %463 = add i64 %256, 0
  %464 = load <8 x float>, <8 x float>* %18, align 32
  %465 = mul i64 %462, 256
  %466 = add i64 %465, %463
  %467 = add i64 %243, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %255, 1
  %471 = add i64 %256, 0
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = mul i64 %470, 256
  %474 = add i64 %473, %471
  %475 = add i64 %243, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %255, 2
  %479 = add i64 %256, 0
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = mul i64 %478, 256
  %482 = add i64 %481, %479
  %483 = add i64 %243, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %255, 3
  %487 = add i64 %256, 0
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = mul i64 %486, 256
  %490 = add i64 %489, %487
  %491 = add i64 %243, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %255, 4
  %495 = add i64 %256, 0
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = mul i64 %494, 256
  %498 = add i64 %497, %495
  %499 = add i64 %243, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %255, 5
  %503 = add i64 %256, 0
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = mul i64 %502, 256
  %506 = add i64 %505, %503
  %507 = add i64 %243, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  %510 = add i64 %255, 0
  %511 = add i64 %256, 8
  %512 = load <8 x float>, <8 x float>* %12, align 32
  %513 = mul i64 %510, 256
  %514 = add i64 %513, %511
  %515 = add i64 %243, %514
  %516 = getelementptr inbounds float, float* %2, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %512, <8 x float>* %517, align 4
  %518 = add i64 %255, 1
  %519 = add i64 %256, 8
  %520 = load <8 x float>, <8 x float>* %11, align 32
  %521 = mul i64 %518, 256
  %522 = add i64 %521, %519
  %523 = add i64 %243, %522
  %524 = getelementptr inbounds float, float* %2, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %520, <8 x float>* %525, align 4
  %526 = add i64 %255, 2
  %527 = add i64 %256, 8
  %528 = load <8 x float>, <8 x float>* %10, align 32
  %529 = mul i64 %526, 256
  %530 = add i64 %529, %527
  %531 = add i64 %243, %530
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %528, <8 x float>* %533, align 4
  %534 = add i64 %255, 3
  %535 = add i64 %256, 8
  %536 = load <8 x float>, <8 x float>* %9, align 32
  %537 = mul i64 %534, 256
  %538 = add i64 %537, %535
  %539 = add i64 %243, %538
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  store <8 x float> %536, <8 x float>* %541, align 4
  %542 = add i64 %255, 4
  %543 = add i64 %256, 8
  %544 = load <8 x float>, <8 x float>* %8, align 32
  %545 = mul i64 %542, 256
  %546 = add i64 %545, %543
  %547 = add i64 %243, %546
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %544, <8 x float>* %549, align 4
  %550 = add i64 %255, 5
  %551 = add i64 %256, 8
  %552 = load <8 x float>, <8 x float>* %7, align 32
  %553 = mul i64 %550, 256
  %554 = add i64 %553, %551
  %555 = add i64 %243, %554
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %552, <8 x float>* %557, align 4
  br label %endif

tile.header15:                                    ; preds = %block.exit, %task.exit
  %tile18 = phi i64 [ %264, %task.exit ], [ %tile.next24, %block.exit ]
  %558 = icmp slt i64 %tile18, %267
  br i1 %558, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %559 = add i64 0, %tile18
  %560 = srem i64 %559, 14
  %561 = sdiv i64 %559, 14
  %562 = srem i64 %561, 14
  %563 = sdiv i64 %559, 196
  %564 = mul i64 %563, 32
  %565 = mul i64 %564, 25088
  %566 = mul i64 %562, 224
  %567 = mul i64 %560, 4
  %568 = add i64 %566, %567
  %569 = mul i64 %568, 8
  %570 = add i64 %565, %569
  %571 = mul i64 %563, 32
  %572 = mul i64 %571, 25088
  %573 = mul i64 %562, 112
  %574 = mul i64 %560, 2
  %575 = add i64 %573, %574
  %576 = mul i64 %575, 8
  %577 = add i64 %572, %576
  %578 = mul i64 %tile18, 256
  %579 = add i64 1333760, %578
  %580 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit17:                                      ; preds = %tile.header15
  ret void

block.header:                                     ; preds = %row.exit21, %tile.body16
  %block = phi i64 [ 0, %tile.body16 ], [ %block.next, %row.exit21 ]
  %581 = icmp slt i64 %block, 32
  br i1 %581, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %582 = mul i64 %block, 8
  %583 = add i64 %579, %582
  br label %row.header19

block.exit:                                       ; preds = %block.header
  %tile.next24 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !37

row.header19:                                     ; preds = %row.body20, %block.body
  %row22 = phi i64 [ 0, %block.body ], [ %row.next23, %row.body20 ]
  %584 = icmp slt i64 %row22, 6
  br i1 %584, label %row.body20, label %row.exit21

row.body20:                                       ; preds = %row.header19
  %585 = mul i64 %row22, 301056
  %586 = add i64 %583, %585
  %587 = add i64 %586, 0
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %586, 50176
  %592 = getelementptr inbounds float, float* %2, i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = add i64 %586, 100352
  %596 = getelementptr inbounds float, float* %2, i64 %595
  %597 = bitcast float* %596 to <8 x float>*
  %598 = load <8 x float>, <8 x float>* %597, align 4
  %599 = add i64 %586, 150528
  %600 = getelementptr inbounds float, float* %2, i64 %599
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = add i64 %586, 200704
  %604 = getelementptr inbounds float, float* %2, i64 %603
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = add i64 %586, 250880
  %608 = getelementptr inbounds float, float* %2, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = fadd <8 x float> %594, %598
  %612 = fsub <8 x float> %594, %598
  %613 = fadd <8 x float> %602, %606
  %614 = fsub <8 x float> %602, %606
  %615 = fadd <8 x float> %590, %611
  %616 = fadd <8 x float> %615, %613
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %612)
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %611)
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %612)
  %620 = fadd <8 x float> %619, %610
  %621 = mul i64 %row22, 32
  %622 = add i64 %621, 0
  %623 = getelementptr inbounds float, float* %580, i64 %622
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %616, <8 x float>* %624, align 4
  %625 = mul i64 %row22, 32
  %626 = add i64 %625, 8
  %627 = getelementptr inbounds float, float* %580, i64 %626
  %628 = bitcast float* %627 to <8 x float>*
  store <8 x float> %617, <8 x float>* %628, align 4
  %629 = mul i64 %row22, 32
  %630 = add i64 %629, 16
  %631 = getelementptr inbounds float, float* %580, i64 %630
  %632 = bitcast float* %631 to <8 x float>*
  store <8 x float> %618, <8 x float>* %632, align 4
  %633 = mul i64 %row22, 32
  %634 = add i64 %633, 24
  %635 = getelementptr inbounds float, float* %580, i64 %634
  %636 = bitcast float* %635 to <8 x float>*
  store <8 x float> %620, <8 x float>* %636, align 4
  %row.next23 = add i64 %row22, 1
  br label %row.header19, !llvm.loop !38

row.exit21:                                       ; preds = %row.header19
  %637 = mul i64 %block, 8
  %638 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_5.bias to float*), i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = mul i64 %block, 25088
  %642 = add i64 %570, %641
  %643 = getelementptr inbounds float, float* %580, i64 0
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %580, i64 32
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %580, i64 64
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %580, i64 96
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %580, i64 128
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %580, i64 160
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
  %671 = add i64 %642, 0
  %672 = fadd <8 x float> %666, %640
  %673 = fcmp olt <8 x float> %672, zeroinitializer
  %674 = select <8 x i1> %673, <8 x float> zeroinitializer, <8 x float> %672
  %675 = getelementptr inbounds float, float* %0, i64 %671
  %676 = bitcast float* %675 to <8 x float>*
  store <8 x float> %674, <8 x float>* %676, align 4
  %677 = add i64 %642, 448
  %678 = fadd <8 x float> %667, %640
  %679 = fcmp olt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> zeroinitializer, <8 x float> %678
  %681 = getelementptr inbounds float, float* %0, i64 %677
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %683 = add i64 %642, 896
  %684 = fadd <8 x float> %668, %640
  %685 = fcmp olt <8 x float> %684, zeroinitializer
  %686 = select <8 x i1> %685, <8 x float> zeroinitializer, <8 x float> %684
  %687 = getelementptr inbounds float, float* %0, i64 %683
  %688 = bitcast float* %687 to <8 x float>*
  store <8 x float> %686, <8 x float>* %688, align 4
  %689 = add i64 %642, 1344
  %690 = fadd <8 x float> %670, %640
  %691 = fcmp olt <8 x float> %690, zeroinitializer
  %692 = select <8 x i1> %691, <8 x float> zeroinitializer, <8 x float> %690
  %693 = getelementptr inbounds float, float* %0, i64 %689
  %694 = bitcast float* %693 to <8 x float>*
  store <8 x float> %692, <8 x float>* %694, align 4
  %695 = getelementptr inbounds float, float* %580, i64 8
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = getelementptr inbounds float, float* %580, i64 40
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = getelementptr inbounds float, float* %580, i64 72
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = getelementptr inbounds float, float* %580, i64 104
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = getelementptr inbounds float, float* %580, i64 136
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = getelementptr inbounds float, float* %580, i64 168
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
  %723 = add i64 %642, 8
  %724 = fadd <8 x float> %718, %640
  %725 = fcmp olt <8 x float> %724, zeroinitializer
  %726 = select <8 x i1> %725, <8 x float> zeroinitializer, <8 x float> %724
  %727 = getelementptr inbounds float, float* %0, i64 %723
  %728 = bitcast float* %727 to <8 x float>*
  store <8 x float> %726, <8 x float>* %728, align 4
  %729 = add i64 %642, 456
  %730 = fadd <8 x float> %719, %640
  %731 = fcmp olt <8 x float> %730, zeroinitializer
  %732 = select <8 x i1> %731, <8 x float> zeroinitializer, <8 x float> %730
  %733 = getelementptr inbounds float, float* %0, i64 %729
  %734 = bitcast float* %733 to <8 x float>*
  store <8 x float> %732, <8 x float>* %734, align 4
  %735 = add i64 %642, 904
  %736 = fadd <8 x float> %720, %640
  %737 = fcmp olt <8 x float> %736, zeroinitializer
  %738 = select <8 x i1> %737, <8 x float> zeroinitializer, <8 x float> %736
  %739 = getelementptr inbounds float, float* %0, i64 %735
  %740 = bitcast float* %739 to <8 x float>*
  store <8 x float> %738, <8 x float>* %740, align 4
  %741 = add i64 %642, 1352
  %742 = fadd <8 x float> %722, %640
  %743 = fcmp olt <8 x float> %742, zeroinitializer
  %744 = select <8 x i1> %743, <8 x float> zeroinitializer, <8 x float> %742
  %745 = getelementptr inbounds float, float* %0, i64 %741
  %746 = bitcast float* %745 to <8 x float>*
  store <8 x float> %744, <8 x float>* %746, align 4
  %747 = getelementptr inbounds float, float* %580, i64 16
  %748 = bitcast float* %747 to <8 x float>*
  %749 = load <8 x float>, <8 x float>* %748, align 4
  %750 = getelementptr inbounds float, float* %580, i64 48
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = getelementptr inbounds float, float* %580, i64 80
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = getelementptr inbounds float, float* %580, i64 112
  %757 = bitcast float* %756 to <8 x float>*
  %758 = load <8 x float>, <8 x float>* %757, align 4
  %759 = getelementptr inbounds float, float* %580, i64 144
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = getelementptr inbounds float, float* %580, i64 176
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
  %775 = add i64 %642, 16
  %776 = fadd <8 x float> %770, %640
  %777 = fcmp olt <8 x float> %776, zeroinitializer
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> %776
  %779 = getelementptr inbounds float, float* %0, i64 %775
  %780 = bitcast float* %779 to <8 x float>*
  store <8 x float> %778, <8 x float>* %780, align 4
  %781 = add i64 %642, 464
  %782 = fadd <8 x float> %771, %640
  %783 = fcmp olt <8 x float> %782, zeroinitializer
  %784 = select <8 x i1> %783, <8 x float> zeroinitializer, <8 x float> %782
  %785 = getelementptr inbounds float, float* %0, i64 %781
  %786 = bitcast float* %785 to <8 x float>*
  store <8 x float> %784, <8 x float>* %786, align 4
  %787 = add i64 %642, 912
  %788 = fadd <8 x float> %772, %640
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %787
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = add i64 %642, 1360
  %794 = fadd <8 x float> %774, %640
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = getelementptr inbounds float, float* %0, i64 %793
  %798 = bitcast float* %797 to <8 x float>*
  store <8 x float> %796, <8 x float>* %798, align 4
  %799 = getelementptr inbounds float, float* %580, i64 24
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = getelementptr inbounds float, float* %580, i64 56
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = getelementptr inbounds float, float* %580, i64 88
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = getelementptr inbounds float, float* %580, i64 120
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = getelementptr inbounds float, float* %580, i64 152
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = getelementptr inbounds float, float* %580, i64 184
  %815 = bitcast float* %814 to <8 x float>*
  %816 = load <8 x float>, <8 x float>* %815, align 4
  %817 = fadd <8 x float> %804, %807
  %818 = fsub <8 x float> %804, %807
  %819 = fadd <8 x float> %810, %813
  %820 = fsub <8 x float> %810, %813
  %821 = fadd <8 x float> %801, %817
  %822 = fadd <8 x float> %821, %819
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %818)
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %819, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %817)
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %818)
  %826 = fadd <8 x float> %825, %816
  %827 = add i64 %642, 24
  %828 = fadd <8 x float> %822, %640
  %829 = fcmp olt <8 x float> %828, zeroinitializer
  %830 = select <8 x i1> %829, <8 x float> zeroinitializer, <8 x float> %828
  %831 = getelementptr inbounds float, float* %0, i64 %827
  %832 = bitcast float* %831 to <8 x float>*
  store <8 x float> %830, <8 x float>* %832, align 4
  %833 = add i64 %642, 472
  %834 = fadd <8 x float> %823, %640
  %835 = fcmp olt <8 x float> %834, zeroinitializer
  %836 = select <8 x i1> %835, <8 x float> zeroinitializer, <8 x float> %834
  %837 = getelementptr inbounds float, float* %0, i64 %833
  %838 = bitcast float* %837 to <8 x float>*
  store <8 x float> %836, <8 x float>* %838, align 4
  %839 = add i64 %642, 920
  %840 = fadd <8 x float> %824, %640
  %841 = fcmp olt <8 x float> %840, zeroinitializer
  %842 = select <8 x i1> %841, <8 x float> zeroinitializer, <8 x float> %840
  %843 = getelementptr inbounds float, float* %0, i64 %839
  %844 = bitcast float* %843 to <8 x float>*
  store <8 x float> %842, <8 x float>* %844, align 4
  %845 = add i64 %642, 1368
  %846 = fadd <8 x float> %826, %640
  %847 = fcmp olt <8 x float> %846, zeroinitializer
  %848 = select <8 x i1> %847, <8 x float> zeroinitializer, <8 x float> %846
  %849 = getelementptr inbounds float, float* %0, i64 %845
  %850 = bitcast float* %849 to <8 x float>*
  store <8 x float> %848, <8 x float>* %850, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !39
}

; Function Attrs: noinline nounwind
define internal void @node4.conv2d_5.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node4.conv2d_5.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node5.conv2d_6.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node5.conv2d_6.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2d_6.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %28 = sub i64 %5, 1
  %29 = add i64 196, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 196
  %33 = select i1 %32, i64 %31, i64 196
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 196
  %36 = select i1 %35, i64 %34, i64 196
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 14
  %40 = sdiv i64 %38, 14
  %41 = srem i64 %40, 14
  %42 = sdiv i64 %38, 196
  %43 = mul i64 %42, 32
  %44 = mul i64 %43, 26912
  %45 = mul i64 %41, 232
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 256
  %51 = add i64 861184, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 19008, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 19008
  %58 = select i1 %57, i64 %56, i64 19008
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 19008
  %61 = select i1 %60, i64 %59, i64 19008
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 32
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 26912
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 544
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 560
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 1008
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 1024
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 1472
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 1488
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 1936
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 1952
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 2400
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 2416
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !40

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 464
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 928
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 1392
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 1856
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 2320
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !41

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 301056
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 50176
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 100352
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 150528
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 200704
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 250880
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !42

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !43

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 528
  %236 = srem i64 %task, 528
  %237 = mul i64 %235, 50176
  %238 = add i64 861184, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 65536
  %241 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.winograd to float*), i64 %240
  %242 = mul i64 %235, 50176
  %243 = add i64 2667520, %242
  %244 = add i64 %235, 1
  %245 = icmp slt i64 %244, 35
  %246 = select i1 %245, i64 %244, i64 35
  %247 = mul i64 %246, 65536
  %248 = mul i64 %236, 128
  %249 = add i64 %247, %248
  %250 = icmp slt i64 %249, 2355200
  %251 = select i1 %250, i64 %249, i64 2355200
  %252 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_6.winograd to float*), i64 %251
  %253 = sdiv i64 %236, 16
  %254 = srem i64 %236, 16
  %255 = mul i64 %253, 6
  %256 = mul i64 %254, 16
  %257 = mul i64 %254, 4096
  %258 = icmp eq i64 %253, 32
  br i1 %258, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %259 = sub i64 %5, 1
  %260 = add i64 196, %259
  %261 = sdiv i64 %260, %5
  %262 = mul i64 %4, %261
  %263 = icmp slt i64 %262, 196
  %264 = select i1 %263, i64 %262, i64 196
  %265 = add i64 %264, %261
  %266 = icmp slt i64 %265, 196
  %267 = select i1 %266, i64 %265, i64 196
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
  br label %task.header, !llvm.loop !44

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %268 = icmp slt i64 %k, 256
  br i1 %268, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %269 = mul i64 %k, 16
  %270 = add i64 %269, 0
  %271 = getelementptr inbounds float, float* %252, i64 %270
  %272 = bitcast float* %271 to i8*
  call void @llvm.prefetch.p0i8(i8* %272, i32 0, i32 2, i32 1)
  %273 = mul i64 %k, 16
  %274 = add i64 %257, %273
  %275 = add i64 %274, 0
  %276 = getelementptr inbounds float, float* %241, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = add i64 %274, 8
  %280 = getelementptr inbounds float, float* %241, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = add i64 %255, 0
  %284 = mul i64 %283, 256
  %285 = add i64 %284, %k
  %286 = getelementptr inbounds float, float* %239, i64 %285
  %287 = load float, float* %286, align 4
  %288 = insertelement <8 x float> undef, float %287, i32 0
  %splat = shufflevector <8 x float> %288, <8 x float> undef, <8 x i32> zeroinitializer
  %289 = load <8 x float>, <8 x float>* %26, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %278, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %26, align 32
  %291 = load <8 x float>, <8 x float>* %22, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %282, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %22, align 32
  %293 = add i64 %255, 1
  %294 = mul i64 %293, 256
  %295 = add i64 %294, %k
  %296 = getelementptr inbounds float, float* %239, i64 %295
  %297 = load float, float* %296, align 4
  %298 = insertelement <8 x float> undef, float %297, i32 0
  %splat1 = shufflevector <8 x float> %298, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = load <8 x float>, <8 x float>* %25, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %278, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %25, align 32
  %301 = load <8 x float>, <8 x float>* %21, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %282, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %21, align 32
  %303 = add i64 %255, 2
  %304 = mul i64 %303, 256
  %305 = add i64 %304, %k
  %306 = getelementptr inbounds float, float* %239, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat2 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %24, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %278, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %24, align 32
  %311 = load <8 x float>, <8 x float>* %20, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %282, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %20, align 32
  %313 = add i64 %255, 3
  %314 = mul i64 %313, 256
  %315 = add i64 %314, %k
  %316 = getelementptr inbounds float, float* %239, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat3 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %23, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %278, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %23, align 32
  %321 = load <8 x float>, <8 x float>* %19, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %282, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %323 = add i64 %255, 0
  %324 = add i64 %256, 0
  %325 = load <8 x float>, <8 x float>* %26, align 32
  %326 = mul i64 %323, 256
  %327 = add i64 %326, %324
  %328 = add i64 %243, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %255, 1
  %332 = add i64 %256, 0
  %333 = load <8 x float>, <8 x float>* %25, align 32
  %334 = mul i64 %331, 256
  %335 = add i64 %334, %332
  %336 = add i64 %243, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %255, 2
  %340 = add i64 %256, 0
  %341 = load <8 x float>, <8 x float>* %24, align 32
  %342 = mul i64 %339, 256
  %343 = add i64 %342, %340
  %344 = add i64 %243, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %255, 3
  %348 = add i64 %256, 0
  %349 = load <8 x float>, <8 x float>* %23, align 32
  %350 = mul i64 %347, 256
  %351 = add i64 %350, %348
  %352 = add i64 %243, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %255, 0
  %356 = add i64 %256, 8
  %357 = load <8 x float>, <8 x float>* %22, align 32
  %358 = mul i64 %355, 256
  %359 = add i64 %358, %356
  %360 = add i64 %243, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %255, 1
  %364 = add i64 %256, 8
  %365 = load <8 x float>, <8 x float>* %21, align 32
  %366 = mul i64 %363, 256
  %367 = add i64 %366, %364
  %368 = add i64 %243, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %255, 2
  %372 = add i64 %256, 8
  %373 = load <8 x float>, <8 x float>* %20, align 32
  %374 = mul i64 %371, 256
  %375 = add i64 %374, %372
  %376 = add i64 %243, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  %379 = add i64 %255, 3
  %380 = add i64 %256, 8
  %381 = load <8 x float>, <8 x float>* %19, align 32
  %382 = mul i64 %379, 256
  %383 = add i64 %382, %380
  %384 = add i64 %243, %383
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %381, <8 x float>* %386, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %387 = icmp slt i64 %k7, 256
  br i1 %387, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %388 = mul i64 %k7, 16
  %389 = add i64 %388, 0
  %390 = getelementptr inbounds float, float* %252, i64 %389
  %391 = bitcast float* %390 to i8*
  call void @llvm.prefetch.p0i8(i8* %391, i32 0, i32 2, i32 1)
  %392 = mul i64 %k7, 16
  %393 = add i64 %257, %392
  %394 = add i64 %393, 0
  %395 = getelementptr inbounds float, float* %241, i64 %394
  %396 = bitcast float* %395 to <8 x float>*
  %397 = load <8 x float>, <8 x float>* %396, align 4
  %398 = add i64 %393, 8
  %399 = getelementptr inbounds float, float* %241, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = add i64 %255, 0
  %403 = mul i64 %402, 256
  %404 = add i64 %403, %k7
  %405 = getelementptr inbounds float, float* %239, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat8 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %18, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %397, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %18, align 32
  %410 = load <8 x float>, <8 x float>* %12, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %401, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %12, align 32
  %412 = add i64 %255, 1
  %413 = mul i64 %412, 256
  %414 = add i64 %413, %k7
  %415 = getelementptr inbounds float, float* %239, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat9 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %17, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %397, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %17, align 32
  %420 = load <8 x float>, <8 x float>* %11, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %401, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %11, align 32
  %422 = add i64 %255, 2
  %423 = mul i64 %422, 256
  %424 = add i64 %423, %k7
  %425 = getelementptr inbounds float, float* %239, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat10 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %16, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %397, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %16, align 32
  %430 = load <8 x float>, <8 x float>* %10, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %401, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %10, align 32
  %432 = add i64 %255, 3
  %433 = mul i64 %432, 256
  %434 = add i64 %433, %k7
  %435 = getelementptr inbounds float, float* %239, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat11 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %15, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %397, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %15, align 32
  %440 = load <8 x float>, <8 x float>* %9, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %401, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %9, align 32
  %442 = add i64 %255, 4
  %443 = mul i64 %442, 256
  %444 = add i64 %443, %k7
  %445 = getelementptr inbounds float, float* %239, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat12 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %397, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %14, align 32
  %450 = load <8 x float>, <8 x float>* %8, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %401, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %8, align 32
  %452 = add i64 %255, 5
  %453 = mul i64 %452, 256
  %454 = add i64 %453, %k7
  %455 = getelementptr inbounds float, float* %239, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat13 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %13, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %397, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %13, align 32
  %460 = load <8 x float>, <8 x float>* %7, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %401, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %462 = add i64 %255, 0
  %463 = add i64 %256, 0
  %464 = load <8 x float>, <8 x float>* %18, align 32
  %465 = mul i64 %462, 256
  %466 = add i64 %465, %463
  %467 = add i64 %243, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %255, 1
  %471 = add i64 %256, 0
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = mul i64 %470, 256
  %474 = add i64 %473, %471
  %475 = add i64 %243, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %255, 2
  %479 = add i64 %256, 0
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = mul i64 %478, 256
  %482 = add i64 %481, %479
  %483 = add i64 %243, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %255, 3
  %487 = add i64 %256, 0
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = mul i64 %486, 256
  %490 = add i64 %489, %487
  %491 = add i64 %243, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %255, 4
  %495 = add i64 %256, 0
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = mul i64 %494, 256
  %498 = add i64 %497, %495
  %499 = add i64 %243, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %255, 5
  %503 = add i64 %256, 0
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = mul i64 %502, 256
  %506 = add i64 %505, %503
  %507 = add i64 %243, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  %510 = add i64 %255, 0
  %511 = add i64 %256, 8
  %512 = load <8 x float>, <8 x float>* %12, align 32
  %513 = mul i64 %510, 256
  %514 = add i64 %513, %511
  %515 = add i64 %243, %514
  %516 = getelementptr inbounds float, float* %2, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %512, <8 x float>* %517, align 4
  %518 = add i64 %255, 1
  %519 = add i64 %256, 8
  %520 = load <8 x float>, <8 x float>* %11, align 32
  %521 = mul i64 %518, 256
  %522 = add i64 %521, %519
  %523 = add i64 %243, %522
  %524 = getelementptr inbounds float, float* %2, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %520, <8 x float>* %525, align 4
  %526 = add i64 %255, 2
  %527 = add i64 %256, 8
  %528 = load <8 x float>, <8 x float>* %10, align 32
  %529 = mul i64 %526, 256
  %530 = add i64 %529, %527
  %531 = add i64 %243, %530
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %528, <8 x float>* %533, align 4
  %534 = add i64 %255, 3
  %535 = add i64 %256, 8
  %536 = load <8 x float>, <8 x float>* %9, align 32
  %537 = mul i64 %534, 256
  %538 = add i64 %537, %535
  %539 = add i64 %243, %538
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  store <8 x float> %536, <8 x float>* %541, align 4
  %542 = add i64 %255, 4
  %543 = add i64 %256, 8
  %544 = load <8 x float>, <8 x float>* %8, align 32
  %545 = mul i64 %542, 256
  %546 = add i64 %545, %543
  %547 = add i64 %243, %546
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %544, <8 x float>* %549, align 4
  %550 = add i64 %255, 5
  %551 = add i64 %256, 8
  %552 = load <8 x float>, <8 x float>* %7, align 32
  %553 = mul i64 %550, 256
  %554 = add i64 %553, %551
  %555 = add i64 %243, %554
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %552, <8 x float>* %557, align 4
  br label %endif

tile.header15:                                    ; preds = %block.exit, %task.exit
  %tile18 = phi i64 [ %264, %task.exit ], [ %tile.next24, %block.exit ]
  %558 = icmp slt i64 %tile18, %267
  br i1 %558, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %559 = add i64 0, %tile18
  %560 = srem i64 %559, 14
  %561 = sdiv i64 %559, 14
  %562 = srem i64 %561, 14
  %563 = sdiv i64 %559, 196
  %564 = mul i64 %563, 32
  %565 = mul i64 %564, 25088
  %566 = mul i64 %562, 224
  %567 = mul i64 %560, 4
  %568 = add i64 %566, %567
  %569 = mul i64 %568, 8
  %570 = add i64 %565, %569
  %571 = mul i64 %563, 32
  %572 = mul i64 %571, 25088
  %573 = mul i64 %562, 112
  %574 = mul i64 %560, 2
  %575 = add i64 %573, %574
  %576 = mul i64 %575, 8
  %577 = add i64 %572, %576
  %578 = mul i64 %tile18, 256
  %579 = add i64 2667520, %578
  %580 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit17:                                      ; preds = %tile.header15
  ret void

block.header:                                     ; preds = %row.exit21, %tile.body16
  %block = phi i64 [ 0, %tile.body16 ], [ %block.next, %row.exit21 ]
  %581 = icmp slt i64 %block, 32
  br i1 %581, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %582 = mul i64 %block, 8
  %583 = add i64 %579, %582
  br label %row.header19

block.exit:                                       ; preds = %block.header
  %tile.next24 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !45

row.header19:                                     ; preds = %row.body20, %block.body
  %row22 = phi i64 [ 0, %block.body ], [ %row.next23, %row.body20 ]
  %584 = icmp slt i64 %row22, 6
  br i1 %584, label %row.body20, label %row.exit21

row.body20:                                       ; preds = %row.header19
  %585 = mul i64 %row22, 301056
  %586 = add i64 %583, %585
  %587 = add i64 %586, 0
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %586, 50176
  %592 = getelementptr inbounds float, float* %2, i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = add i64 %586, 100352
  %596 = getelementptr inbounds float, float* %2, i64 %595
  %597 = bitcast float* %596 to <8 x float>*
  %598 = load <8 x float>, <8 x float>* %597, align 4
  %599 = add i64 %586, 150528
  %600 = getelementptr inbounds float, float* %2, i64 %599
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = add i64 %586, 200704
  %604 = getelementptr inbounds float, float* %2, i64 %603
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = add i64 %586, 250880
  %608 = getelementptr inbounds float, float* %2, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = fadd <8 x float> %594, %598
  %612 = fsub <8 x float> %594, %598
  %613 = fadd <8 x float> %602, %606
  %614 = fsub <8 x float> %602, %606
  %615 = fadd <8 x float> %590, %611
  %616 = fadd <8 x float> %615, %613
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %612)
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %611)
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %612)
  %620 = fadd <8 x float> %619, %610
  %621 = mul i64 %row22, 32
  %622 = add i64 %621, 0
  %623 = getelementptr inbounds float, float* %580, i64 %622
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %616, <8 x float>* %624, align 4
  %625 = mul i64 %row22, 32
  %626 = add i64 %625, 8
  %627 = getelementptr inbounds float, float* %580, i64 %626
  %628 = bitcast float* %627 to <8 x float>*
  store <8 x float> %617, <8 x float>* %628, align 4
  %629 = mul i64 %row22, 32
  %630 = add i64 %629, 16
  %631 = getelementptr inbounds float, float* %580, i64 %630
  %632 = bitcast float* %631 to <8 x float>*
  store <8 x float> %618, <8 x float>* %632, align 4
  %633 = mul i64 %row22, 32
  %634 = add i64 %633, 24
  %635 = getelementptr inbounds float, float* %580, i64 %634
  %636 = bitcast float* %635 to <8 x float>*
  store <8 x float> %620, <8 x float>* %636, align 4
  %row.next23 = add i64 %row22, 1
  br label %row.header19, !llvm.loop !46

row.exit21:                                       ; preds = %row.header19
  %637 = mul i64 %block, 8
  %638 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_6.bias to float*), i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = mul i64 %block, 25088
  %642 = add i64 %570, %641
  %643 = getelementptr inbounds float, float* %580, i64 0
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %580, i64 32
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %580, i64 64
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %580, i64 96
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %580, i64 128
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %580, i64 160
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
  %671 = add i64 %642, 0
  %672 = fadd <8 x float> %666, %640
  %673 = fcmp olt <8 x float> %672, zeroinitializer
  %674 = select <8 x i1> %673, <8 x float> zeroinitializer, <8 x float> %672
  %675 = getelementptr inbounds float, float* %0, i64 %671
  %676 = bitcast float* %675 to <8 x float>*
  store <8 x float> %674, <8 x float>* %676, align 4
  %677 = add i64 %642, 448
  %678 = fadd <8 x float> %667, %640
  %679 = fcmp olt <8 x float> %678, zeroinitializer
  %680 = select <8 x i1> %679, <8 x float> zeroinitializer, <8 x float> %678
  %681 = getelementptr inbounds float, float* %0, i64 %677
  %682 = bitcast float* %681 to <8 x float>*
  store <8 x float> %680, <8 x float>* %682, align 4
  %683 = add i64 %642, 896
  %684 = fadd <8 x float> %668, %640
  %685 = fcmp olt <8 x float> %684, zeroinitializer
  %686 = select <8 x i1> %685, <8 x float> zeroinitializer, <8 x float> %684
  %687 = getelementptr inbounds float, float* %0, i64 %683
  %688 = bitcast float* %687 to <8 x float>*
  store <8 x float> %686, <8 x float>* %688, align 4
  %689 = add i64 %642, 1344
  %690 = fadd <8 x float> %670, %640
  %691 = fcmp olt <8 x float> %690, zeroinitializer
  %692 = select <8 x i1> %691, <8 x float> zeroinitializer, <8 x float> %690
  %693 = getelementptr inbounds float, float* %0, i64 %689
  %694 = bitcast float* %693 to <8 x float>*
  store <8 x float> %692, <8 x float>* %694, align 4
  %695 = getelementptr inbounds float, float* %580, i64 8
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = getelementptr inbounds float, float* %580, i64 40
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = getelementptr inbounds float, float* %580, i64 72
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = getelementptr inbounds float, float* %580, i64 104
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = getelementptr inbounds float, float* %580, i64 136
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = getelementptr inbounds float, float* %580, i64 168
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
  %723 = add i64 %642, 8
  %724 = fadd <8 x float> %718, %640
  %725 = fcmp olt <8 x float> %724, zeroinitializer
  %726 = select <8 x i1> %725, <8 x float> zeroinitializer, <8 x float> %724
  %727 = getelementptr inbounds float, float* %0, i64 %723
  %728 = bitcast float* %727 to <8 x float>*
  store <8 x float> %726, <8 x float>* %728, align 4
  %729 = add i64 %642, 456
  %730 = fadd <8 x float> %719, %640
  %731 = fcmp olt <8 x float> %730, zeroinitializer
  %732 = select <8 x i1> %731, <8 x float> zeroinitializer, <8 x float> %730
  %733 = getelementptr inbounds float, float* %0, i64 %729
  %734 = bitcast float* %733 to <8 x float>*
  store <8 x float> %732, <8 x float>* %734, align 4
  %735 = add i64 %642, 904
  %736 = fadd <8 x float> %720, %640
  %737 = fcmp olt <8 x float> %736, zeroinitializer
  %738 = select <8 x i1> %737, <8 x float> zeroinitializer, <8 x float> %736
  %739 = getelementptr inbounds float, float* %0, i64 %735
  %740 = bitcast float* %739 to <8 x float>*
  store <8 x float> %738, <8 x float>* %740, align 4
  %741 = add i64 %642, 1352
  %742 = fadd <8 x float> %722, %640
  %743 = fcmp olt <8 x float> %742, zeroinitializer
  %744 = select <8 x i1> %743, <8 x float> zeroinitializer, <8 x float> %742
  %745 = getelementptr inbounds float, float* %0, i64 %741
  %746 = bitcast float* %745 to <8 x float>*
  store <8 x float> %744, <8 x float>* %746, align 4
  %747 = getelementptr inbounds float, float* %580, i64 16
  %748 = bitcast float* %747 to <8 x float>*
  %749 = load <8 x float>, <8 x float>* %748, align 4
  %750 = getelementptr inbounds float, float* %580, i64 48
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = getelementptr inbounds float, float* %580, i64 80
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = getelementptr inbounds float, float* %580, i64 112
  %757 = bitcast float* %756 to <8 x float>*
  %758 = load <8 x float>, <8 x float>* %757, align 4
  %759 = getelementptr inbounds float, float* %580, i64 144
  %760 = bitcast float* %759 to <8 x float>*
  %761 = load <8 x float>, <8 x float>* %760, align 4
  %762 = getelementptr inbounds float, float* %580, i64 176
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
  %775 = add i64 %642, 16
  %776 = fadd <8 x float> %770, %640
  %777 = fcmp olt <8 x float> %776, zeroinitializer
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> %776
  %779 = getelementptr inbounds float, float* %0, i64 %775
  %780 = bitcast float* %779 to <8 x float>*
  store <8 x float> %778, <8 x float>* %780, align 4
  %781 = add i64 %642, 464
  %782 = fadd <8 x float> %771, %640
  %783 = fcmp olt <8 x float> %782, zeroinitializer
  %784 = select <8 x i1> %783, <8 x float> zeroinitializer, <8 x float> %782
  %785 = getelementptr inbounds float, float* %0, i64 %781
  %786 = bitcast float* %785 to <8 x float>*
  store <8 x float> %784, <8 x float>* %786, align 4
  %787 = add i64 %642, 912
  %788 = fadd <8 x float> %772, %640
  %789 = fcmp olt <8 x float> %788, zeroinitializer
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> %788
  %791 = getelementptr inbounds float, float* %0, i64 %787
  %792 = bitcast float* %791 to <8 x float>*
  store <8 x float> %790, <8 x float>* %792, align 4
  %793 = add i64 %642, 1360
  %794 = fadd <8 x float> %774, %640
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = getelementptr inbounds float, float* %0, i64 %793
  %798 = bitcast float* %797 to <8 x float>*
  store <8 x float> %796, <8 x float>* %798, align 4
  %799 = getelementptr inbounds float, float* %580, i64 24
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = getelementptr inbounds float, float* %580, i64 56
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = getelementptr inbounds float, float* %580, i64 88
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = getelementptr inbounds float, float* %580, i64 120
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = getelementptr inbounds float, float* %580, i64 152
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = getelementptr inbounds float, float* %580, i64 184
  %815 = bitcast float* %814 to <8 x float>*
  %816 = load <8 x float>, <8 x float>* %815, align 4
  %817 = fadd <8 x float> %804, %807
  %818 = fsub <8 x float> %804, %807
  %819 = fadd <8 x float> %810, %813
  %820 = fsub <8 x float> %810, %813
  %821 = fadd <8 x float> %801, %817
  %822 = fadd <8 x float> %821, %819
  %823 = call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %818)
  %824 = call <8 x float> @llvm.fma.v8f32(<8 x float> %819, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %817)
  %825 = call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %818)
  %826 = fadd <8 x float> %825, %816
  %827 = add i64 %642, 24
  %828 = fadd <8 x float> %822, %640
  %829 = fcmp olt <8 x float> %828, zeroinitializer
  %830 = select <8 x i1> %829, <8 x float> zeroinitializer, <8 x float> %828
  %831 = getelementptr inbounds float, float* %0, i64 %827
  %832 = bitcast float* %831 to <8 x float>*
  store <8 x float> %830, <8 x float>* %832, align 4
  %833 = add i64 %642, 472
  %834 = fadd <8 x float> %823, %640
  %835 = fcmp olt <8 x float> %834, zeroinitializer
  %836 = select <8 x i1> %835, <8 x float> zeroinitializer, <8 x float> %834
  %837 = getelementptr inbounds float, float* %0, i64 %833
  %838 = bitcast float* %837 to <8 x float>*
  store <8 x float> %836, <8 x float>* %838, align 4
  %839 = add i64 %642, 920
  %840 = fadd <8 x float> %824, %640
  %841 = fcmp olt <8 x float> %840, zeroinitializer
  %842 = select <8 x i1> %841, <8 x float> zeroinitializer, <8 x float> %840
  %843 = getelementptr inbounds float, float* %0, i64 %839
  %844 = bitcast float* %843 to <8 x float>*
  store <8 x float> %842, <8 x float>* %844, align 4
  %845 = add i64 %642, 1368
  %846 = fadd <8 x float> %826, %640
  %847 = fcmp olt <8 x float> %846, zeroinitializer
  %848 = select <8 x i1> %847, <8 x float> zeroinitializer, <8 x float> %846
  %849 = getelementptr inbounds float, float* %0, i64 %845
  %850 = bitcast float* %849 to <8 x float>*
  store <8 x float> %848, <8 x float>* %850, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !47
}

; Function Attrs: noinline nounwind
define internal void @node5.conv2d_6.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node5.conv2d_6.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
define internal void @node6.conv2d_7.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca [288 x float], align 4
  %28 = sub i64 %5, 1
  %29 = add i64 196, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 196
  %33 = select i1 %32, i64 %31, i64 196
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 196
  %36 = select i1 %35, i64 %34, i64 196
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 14
  %40 = sdiv i64 %38, 14
  %41 = srem i64 %40, 14
  %42 = sdiv i64 %38, 196
  %43 = mul i64 %42, 32
  %44 = mul i64 %43, 26912
  %45 = mul i64 %41, 232
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 256
  %51 = add i64 861184, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 19008, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 19008
  %58 = select i1 %57, i64 %56, i64 19008
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 19008
  %61 = select i1 %60, i64 %59, i64 19008
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 32
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 26912
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 544
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 560
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 1008
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 1024
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 1472
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 1488
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 1936
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 1952
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 2400
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 2416
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !48

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 464
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 928
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 1392
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 1856
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 2320
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !49

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 301056
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 50176
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 100352
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 150528
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 200704
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 250880
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !50

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !51

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 528
  %236 = srem i64 %task, 528
  %237 = mul i64 %235, 50176
  %238 = add i64 861184, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 65536
  %241 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.winograd to float*), i64 %240
  %242 = mul i64 %235, 50176
  %243 = add i64 2667520, %242
  %244 = add i64 %235, 1
  %245 = icmp slt i64 %244, 35
  %246 = select i1 %245, i64 %244, i64 35
  %247 = mul i64 %246, 65536
  %248 = mul i64 %236, 128
  %249 = add i64 %247, %248
  %250 = icmp slt i64 %249, 2355200
  %251 = select i1 %250, i64 %249, i64 2355200
  %252 = getelementptr inbounds float, float* bitcast ([9437184 x i8]* @weight.conv2d_7.winograd to float*), i64 %251
  %253 = sdiv i64 %236, 16
  %254 = srem i64 %236, 16
  %255 = mul i64 %253, 6
  %256 = mul i64 %254, 16
  %257 = mul i64 %254, 4096
  %258 = icmp eq i64 %253, 32
  br i1 %258, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %259 = sub i64 %5, 1
  %260 = add i64 196, %259
  %261 = sdiv i64 %260, %5
  %262 = mul i64 %4, %261
  %263 = icmp slt i64 %262, 196
  %264 = select i1 %263, i64 %262, i64 196
  %265 = add i64 %264, %261
  %266 = icmp slt i64 %265, 196
  %267 = select i1 %266, i64 %265, i64 196
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
  br label %task.header, !llvm.loop !52

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %268 = icmp slt i64 %k, 256
  br i1 %268, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %269 = mul i64 %k, 16
  %270 = add i64 %269, 0
  %271 = getelementptr inbounds float, float* %252, i64 %270
  %272 = bitcast float* %271 to i8*
  call void @llvm.prefetch.p0i8(i8* %272, i32 0, i32 2, i32 1)
  %273 = mul i64 %k, 16
  %274 = add i64 %257, %273
  %275 = add i64 %274, 0
  %276 = getelementptr inbounds float, float* %241, i64 %275
  %277 = bitcast float* %276 to <8 x float>*
  %278 = load <8 x float>, <8 x float>* %277, align 4
  %279 = add i64 %274, 8
  %280 = getelementptr inbounds float, float* %241, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  %282 = load <8 x float>, <8 x float>* %281, align 4
  %283 = add i64 %255, 0
  %284 = mul i64 %283, 256
  %285 = add i64 %284, %k
  %286 = getelementptr inbounds float, float* %239, i64 %285
  %287 = load float, float* %286, align 4
  %288 = insertelement <8 x float> undef, float %287, i32 0
  %splat = shufflevector <8 x float> %288, <8 x float> undef, <8 x i32> zeroinitializer
  %289 = load <8 x float>, <8 x float>* %26, align 32
  %290 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %278, <8 x float> %289)
  store <8 x float> %290, <8 x float>* %26, align 32
  %291 = load <8 x float>, <8 x float>* %22, align 32
  %292 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %282, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %22, align 32
  %293 = add i64 %255, 1
  %294 = mul i64 %293, 256
  %295 = add i64 %294, %k
  %296 = getelementptr inbounds float, float* %239, i64 %295
  %297 = load float, float* %296, align 4
  %298 = insertelement <8 x float> undef, float %297, i32 0
  %splat1 = shufflevector <8 x float> %298, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = load <8 x float>, <8 x float>* %25, align 32
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %278, <8 x float> %299)
  store <8 x float> %300, <8 x float>* %25, align 32
  %301 = load <8 x float>, <8 x float>* %21, align 32
  %302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %282, <8 x float> %301)
  store <8 x float> %302, <8 x float>* %21, align 32
  %303 = add i64 %255, 2
  %304 = mul i64 %303, 256
  %305 = add i64 %304, %k
  %306 = getelementptr inbounds float, float* %239, i64 %305
  %307 = load float, float* %306, align 4
  %308 = insertelement <8 x float> undef, float %307, i32 0
  %splat2 = shufflevector <8 x float> %308, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %24, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %278, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %24, align 32
  %311 = load <8 x float>, <8 x float>* %20, align 32
  %312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %282, <8 x float> %311)
  store <8 x float> %312, <8 x float>* %20, align 32
  %313 = add i64 %255, 3
  %314 = mul i64 %313, 256
  %315 = add i64 %314, %k
  %316 = getelementptr inbounds float, float* %239, i64 %315
  %317 = load float, float* %316, align 4
  %318 = insertelement <8 x float> undef, float %317, i32 0
  %splat3 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, <8 x float>* %23, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %278, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %23, align 32
  %321 = load <8 x float>, <8 x float>* %19, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %282, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %323 = add i64 %255, 0
  %324 = add i64 %256, 0
  %325 = load <8 x float>, <8 x float>* %26, align 32
  %326 = mul i64 %323, 256
  %327 = add i64 %326, %324
  %328 = add i64 %243, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %255, 1
  %332 = add i64 %256, 0
  %333 = load <8 x float>, <8 x float>* %25, align 32
  %334 = mul i64 %331, 256
  %335 = add i64 %334, %332
  %336 = add i64 %243, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %255, 2
  %340 = add i64 %256, 0
  %341 = load <8 x float>, <8 x float>* %24, align 32
  %342 = mul i64 %339, 256
  %343 = add i64 %342, %340
  %344 = add i64 %243, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %255, 3
  %348 = add i64 %256, 0
  %349 = load <8 x float>, <8 x float>* %23, align 32
  %350 = mul i64 %347, 256
  %351 = add i64 %350, %348
  %352 = add i64 %243, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %255, 0
  %356 = add i64 %256, 8
  %357 = load <8 x float>, <8 x float>* %22, align 32
  %358 = mul i64 %355, 256
  %359 = add i64 %358, %356
  %360 = add i64 %243, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %255, 1
  %364 = add i64 %256, 8
  %365 = load <8 x float>, <8 x float>* %21, align 32
  %366 = mul i64 %363, 256
  %367 = add i64 %366, %364
  %368 = add i64 %243, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %255, 2
  %372 = add i64 %256, 8
  %373 = load <8 x float>, <8 x float>* %20, align 32
  %374 = mul i64 %371, 256
  %375 = add i64 %374, %372
  %376 = add i64 %243, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  %379 = add i64 %255, 3
  %380 = add i64 %256, 8
  %381 = load <8 x float>, <8 x float>* %19, align 32
  %382 = mul i64 %379, 256
  %383 = add i64 %382, %380
  %384 = add i64 %243, %383
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %381, <8 x float>* %386, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %387 = icmp slt i64 %k7, 256
  br i1 %387, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %388 = mul i64 %k7, 16
  %389 = add i64 %388, 0
  %390 = getelementptr inbounds float, float* %252, i64 %389
  %391 = bitcast float* %390 to i8*
  call void @llvm.prefetch.p0i8(i8* %391, i32 0, i32 2, i32 1)
  %392 = mul i64 %k7, 16
  %393 = add i64 %257, %392
  %394 = add i64 %393, 0
  %395 = getelementptr inbounds float, float* %241, i64 %394
  %396 = bitcast float* %395 to <8 x float>*
  %397 = load <8 x float>, <8 x float>* %396, align 4
  %398 = add i64 %393, 8
  %399 = getelementptr inbounds float, float* %241, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  %401 = load <8 x float>, <8 x float>* %400, align 4
  %402 = add i64 %255, 0
  %403 = mul i64 %402, 256
  %404 = add i64 %403, %k7
  %405 = getelementptr inbounds float, float* %239, i64 %404
  %406 = load float, float* %405, align 4
  %407 = insertelement <8 x float> undef, float %406, i32 0
  %splat8 = shufflevector <8 x float> %407, <8 x float> undef, <8 x i32> zeroinitializer
  %408 = load <8 x float>, <8 x float>* %18, align 32
  %409 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %397, <8 x float> %408)
  store <8 x float> %409, <8 x float>* %18, align 32
  %410 = load <8 x float>, <8 x float>* %12, align 32
  %411 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %401, <8 x float> %410)
  store <8 x float> %411, <8 x float>* %12, align 32
  %412 = add i64 %255, 1
  %413 = mul i64 %412, 256
  %414 = add i64 %413, %k7
  %415 = getelementptr inbounds float, float* %239, i64 %414
  %416 = load float, float* %415, align 4
  %417 = insertelement <8 x float> undef, float %416, i32 0
  %splat9 = shufflevector <8 x float> %417, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, <8 x float>* %17, align 32
  %419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %397, <8 x float> %418)
  store <8 x float> %419, <8 x float>* %17, align 32
  %420 = load <8 x float>, <8 x float>* %11, align 32
  %421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %401, <8 x float> %420)
  store <8 x float> %421, <8 x float>* %11, align 32
  %422 = add i64 %255, 2
  %423 = mul i64 %422, 256
  %424 = add i64 %423, %k7
  %425 = getelementptr inbounds float, float* %239, i64 %424
  %426 = load float, float* %425, align 4
  %427 = insertelement <8 x float> undef, float %426, i32 0
  %splat10 = shufflevector <8 x float> %427, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, <8 x float>* %16, align 32
  %429 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %397, <8 x float> %428)
  store <8 x float> %429, <8 x float>* %16, align 32
  %430 = load <8 x float>, <8 x float>* %10, align 32
  %431 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %401, <8 x float> %430)
  store <8 x float> %431, <8 x float>* %10, align 32
  %432 = add i64 %255, 3
  %433 = mul i64 %432, 256
  %434 = add i64 %433, %k7
  %435 = getelementptr inbounds float, float* %239, i64 %434
  %436 = load float, float* %435, align 4
  %437 = insertelement <8 x float> undef, float %436, i32 0
  %splat11 = shufflevector <8 x float> %437, <8 x float> undef, <8 x i32> zeroinitializer
  %438 = load <8 x float>, <8 x float>* %15, align 32
  %439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %397, <8 x float> %438)
  store <8 x float> %439, <8 x float>* %15, align 32
  %440 = load <8 x float>, <8 x float>* %9, align 32
  %441 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %401, <8 x float> %440)
  store <8 x float> %441, <8 x float>* %9, align 32
  %442 = add i64 %255, 4
  %443 = mul i64 %442, 256
  %444 = add i64 %443, %k7
  %445 = getelementptr inbounds float, float* %239, i64 %444
  %446 = load float, float* %445, align 4
  %447 = insertelement <8 x float> undef, float %446, i32 0
  %splat12 = shufflevector <8 x float> %447, <8 x float> undef, <8 x i32> zeroinitializer
  %448 = load <8 x float>, <8 x float>* %14, align 32
  %449 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %397, <8 x float> %448)
  store <8 x float> %449, <8 x float>* %14, align 32
  %450 = load <8 x float>, <8 x float>* %8, align 32
  %451 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %401, <8 x float> %450)
  store <8 x float> %451, <8 x float>* %8, align 32
  %452 = add i64 %255, 5
  %453 = mul i64 %452, 256
  %454 = add i64 %453, %k7
  %455 = getelementptr inbounds float, float* %239, i64 %454
  %456 = load float, float* %455, align 4
  %457 = insertelement <8 x float> undef, float %456, i32 0
  %splat13 = shufflevector <8 x float> %457, <8 x float> undef, <8 x i32> zeroinitializer
  %458 = load <8 x float>, <8 x float>* %13, align 32
  %459 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %397, <8 x float> %458)
  store <8 x float> %459, <8 x float>* %13, align 32
  %460 = load <8 x float>, <8 x float>* %7, align 32
  %461 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %401, <8 x float> %460)
  store <8 x float> %461, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %462 = add i64 %255, 0
  %463 = add i64 %256, 0
  %464 = load <8 x float>, <8 x float>* %18, align 32
  %465 = mul i64 %462, 256
  %466 = add i64 %465, %463
  %467 = add i64 %243, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %255, 1
  %471 = add i64 %256, 0
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = mul i64 %470, 256
  %474 = add i64 %473, %471
  %475 = add i64 %243, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %255, 2
  %479 = add i64 %256, 0
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = mul i64 %478, 256
  %482 = add i64 %481, %479
  %483 = add i64 %243, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %255, 3
  %487 = add i64 %256, 0
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = mul i64 %486, 256
  %490 = add i64 %489, %487
  %491 = add i64 %243, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %255, 4
  %495 = add i64 %256, 0
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = mul i64 %494, 256
  %498 = add i64 %497, %495
  %499 = add i64 %243, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %255, 5
  %503 = add i64 %256, 0
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = mul i64 %502, 256
  %506 = add i64 %505, %503
  %507 = add i64 %243, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  %510 = add i64 %255, 0
  %511 = add i64 %256, 8
  %512 = load <8 x float>, <8 x float>* %12, align 32
  %513 = mul i64 %510, 256
  %514 = add i64 %513, %511
  %515 = add i64 %243, %514
  %516 = getelementptr inbounds float, float* %2, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %512, <8 x float>* %517, align 4
  %518 = add i64 %255, 1
  %519 = add i64 %256, 8
  %520 = load <8 x float>, <8 x float>* %11, align 32
  %521 = mul i64 %518, 256
  %522 = add i64 %521, %519
  %523 = add i64 %243, %522
  %524 = getelementptr inbounds float, float* %2, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %520, <8 x float>* %525, align 4
  %526 = add i64 %255, 2
  %527 = add i64 %256, 8
  %528 = load <8 x float>, <8 x float>* %10, align 32
  %529 = mul i64 %526, 256
  %530 = add i64 %529, %527
  %531 = add i64 %243, %530
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %528, <8 x float>* %533, align 4
  %534 = add i64 %255, 3
  %535 = add i64 %256, 8
  %536 = load <8 x float>, <8 x float>* %9, align 32
  %537 = mul i64 %534, 256
  %538 = add i64 %537, %535
  %539 = add i64 %243, %538
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  store <8 x float> %536, <8 x float>* %541, align 4
  %542 = add i64 %255, 4
  %543 = add i64 %256, 8
  %544 = load <8 x float>, <8 x float>* %8, align 32
  %545 = mul i64 %542, 256
  %546 = add i64 %545, %543
  %547 = add i64 %243, %546
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %544, <8 x float>* %549, align 4
  %550 = add i64 %255, 5
  %551 = add i64 %256, 8
  %552 = load <8 x float>, <8 x float>* %7, align 32
  %553 = mul i64 %550, 256
  %554 = add i64 %553, %551
  %555 = add i64 %243, %554
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %552, <8 x float>* %557, align 4
  br label %endif

tile.header15:                                    ; preds = %block.exit, %task.exit
  %tile18 = phi i64 [ %264, %task.exit ], [ %tile.next24, %block.exit ]
  %558 = icmp slt i64 %tile18, %267
  br i1 %558, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %559 = add i64 0, %tile18
  %560 = srem i64 %559, 14
  %561 = sdiv i64 %559, 14
  %562 = srem i64 %561, 14
  %563 = sdiv i64 %559, 196
  %564 = mul i64 %563, 32
  %565 = mul i64 %564, 25088
  %566 = mul i64 %562, 224
  %567 = mul i64 %560, 4
  %568 = add i64 %566, %567
  %569 = mul i64 %568, 8
  %570 = add i64 %565, %569
  %571 = mul i64 %563, 32
  %572 = mul i64 %571, 6272
  %573 = mul i64 %562, 56
  %574 = mul i64 %560, 2
  %575 = add i64 %573, %574
  %576 = mul i64 %575, 8
  %577 = add i64 %572, %576
  %578 = mul i64 %tile18, 256
  %579 = add i64 2667520, %578
  %580 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit17:                                      ; preds = %tile.header15
  ret void

block.header:                                     ; preds = %row.exit21, %tile.body16
  %block = phi i64 [ 0, %tile.body16 ], [ %block.next, %row.exit21 ]
  %581 = icmp slt i64 %block, 32
  br i1 %581, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %582 = mul i64 %block, 8
  %583 = add i64 %579, %582
  br label %row.header19

block.exit:                                       ; preds = %block.header
  %tile.next24 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !53

row.header19:                                     ; preds = %row.body20, %block.body
  %row22 = phi i64 [ 0, %block.body ], [ %row.next23, %row.body20 ]
  %584 = icmp slt i64 %row22, 6
  br i1 %584, label %row.body20, label %row.exit21

row.body20:                                       ; preds = %row.header19
  %585 = mul i64 %row22, 301056
  %586 = add i64 %583, %585
  %587 = add i64 %586, 0
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %586, 50176
  %592 = getelementptr inbounds float, float* %2, i64 %591
  %593 = bitcast float* %592 to <8 x float>*
  %594 = load <8 x float>, <8 x float>* %593, align 4
  %595 = add i64 %586, 100352
  %596 = getelementptr inbounds float, float* %2, i64 %595
  %597 = bitcast float* %596 to <8 x float>*
  %598 = load <8 x float>, <8 x float>* %597, align 4
  %599 = add i64 %586, 150528
  %600 = getelementptr inbounds float, float* %2, i64 %599
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = add i64 %586, 200704
  %604 = getelementptr inbounds float, float* %2, i64 %603
  %605 = bitcast float* %604 to <8 x float>*
  %606 = load <8 x float>, <8 x float>* %605, align 4
  %607 = add i64 %586, 250880
  %608 = getelementptr inbounds float, float* %2, i64 %607
  %609 = bitcast float* %608 to <8 x float>*
  %610 = load <8 x float>, <8 x float>* %609, align 4
  %611 = fadd <8 x float> %594, %598
  %612 = fsub <8 x float> %594, %598
  %613 = fadd <8 x float> %602, %606
  %614 = fsub <8 x float> %602, %606
  %615 = fadd <8 x float> %590, %611
  %616 = fadd <8 x float> %615, %613
  %617 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %612)
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %611)
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %612)
  %620 = fadd <8 x float> %619, %610
  %621 = mul i64 %row22, 32
  %622 = add i64 %621, 0
  %623 = getelementptr inbounds float, float* %580, i64 %622
  %624 = bitcast float* %623 to <8 x float>*
  store <8 x float> %616, <8 x float>* %624, align 4
  %625 = mul i64 %row22, 32
  %626 = add i64 %625, 8
  %627 = getelementptr inbounds float, float* %580, i64 %626
  %628 = bitcast float* %627 to <8 x float>*
  store <8 x float> %617, <8 x float>* %628, align 4
  %629 = mul i64 %row22, 32
  %630 = add i64 %629, 16
  %631 = getelementptr inbounds float, float* %580, i64 %630
  %632 = bitcast float* %631 to <8 x float>*
  store <8 x float> %618, <8 x float>* %632, align 4
  %633 = mul i64 %row22, 32
  %634 = add i64 %633, 24
  %635 = getelementptr inbounds float, float* %580, i64 %634
  %636 = bitcast float* %635 to <8 x float>*
  store <8 x float> %620, <8 x float>* %636, align 4
  %row.next23 = add i64 %row22, 1
  br label %row.header19, !llvm.loop !54

row.exit21:                                       ; preds = %row.header19
  %637 = mul i64 %block, 8
  %638 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv2d_7.bias to float*), i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = mul i64 %block, 25088
  %642 = add i64 %570, %641
  %643 = getelementptr inbounds float, float* %580, i64 0
  %644 = bitcast float* %643 to <8 x float>*
  %645 = load <8 x float>, <8 x float>* %644, align 4
  %646 = getelementptr inbounds float, float* %580, i64 32
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %580, i64 64
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %580, i64 96
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %580, i64 128
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %580, i64 160
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
  %671 = fadd <8 x float> %666, %640
  %672 = fcmp olt <8 x float> %671, zeroinitializer
  %673 = select <8 x i1> %672, <8 x float> zeroinitializer, <8 x float> %671
  %674 = fadd <8 x float> %667, %640
  %675 = fcmp olt <8 x float> %674, zeroinitializer
  %676 = select <8 x i1> %675, <8 x float> zeroinitializer, <8 x float> %674
  %677 = fadd <8 x float> %668, %640
  %678 = fcmp olt <8 x float> %677, zeroinitializer
  %679 = select <8 x i1> %678, <8 x float> zeroinitializer, <8 x float> %677
  %680 = fadd <8 x float> %670, %640
  %681 = fcmp olt <8 x float> %680, zeroinitializer
  %682 = select <8 x i1> %681, <8 x float> zeroinitializer, <8 x float> %680
  %683 = getelementptr inbounds float, float* %580, i64 8
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = getelementptr inbounds float, float* %580, i64 40
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = getelementptr inbounds float, float* %580, i64 72
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = getelementptr inbounds float, float* %580, i64 104
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = getelementptr inbounds float, float* %580, i64 136
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = getelementptr inbounds float, float* %580, i64 168
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = fadd <8 x float> %688, %691
  %702 = fsub <8 x float> %688, %691
  %703 = fadd <8 x float> %694, %697
  %704 = fsub <8 x float> %694, %697
  %705 = fadd <8 x float> %685, %701
  %706 = fadd <8 x float> %705, %703
  %707 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %702)
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %701)
  %709 = call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %702)
  %710 = fadd <8 x float> %709, %700
  %711 = fadd <8 x float> %706, %640
  %712 = fcmp olt <8 x float> %711, zeroinitializer
  %713 = select <8 x i1> %712, <8 x float> zeroinitializer, <8 x float> %711
  %714 = fadd <8 x float> %707, %640
  %715 = fcmp olt <8 x float> %714, zeroinitializer
  %716 = select <8 x i1> %715, <8 x float> zeroinitializer, <8 x float> %714
  %717 = fadd <8 x float> %708, %640
  %718 = fcmp olt <8 x float> %717, zeroinitializer
  %719 = select <8 x i1> %718, <8 x float> zeroinitializer, <8 x float> %717
  %720 = fadd <8 x float> %710, %640
  %721 = fcmp olt <8 x float> %720, zeroinitializer
  %722 = select <8 x i1> %721, <8 x float> zeroinitializer, <8 x float> %720
  %723 = getelementptr inbounds float, float* %580, i64 16
  %724 = bitcast float* %723 to <8 x float>*
  %725 = load <8 x float>, <8 x float>* %724, align 4
  %726 = getelementptr inbounds float, float* %580, i64 48
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = getelementptr inbounds float, float* %580, i64 80
  %730 = bitcast float* %729 to <8 x float>*
  %731 = load <8 x float>, <8 x float>* %730, align 4
  %732 = getelementptr inbounds float, float* %580, i64 112
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = getelementptr inbounds float, float* %580, i64 144
  %736 = bitcast float* %735 to <8 x float>*
  %737 = load <8 x float>, <8 x float>* %736, align 4
  %738 = getelementptr inbounds float, float* %580, i64 176
  %739 = bitcast float* %738 to <8 x float>*
  %740 = load <8 x float>, <8 x float>* %739, align 4
  %741 = fadd <8 x float> %728, %731
  %742 = fsub <8 x float> %728, %731
  %743 = fadd <8 x float> %734, %737
  %744 = fsub <8 x float> %734, %737
  %745 = fadd <8 x float> %725, %741
  %746 = fadd <8 x float> %745, %743
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %744, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %742)
  %748 = call <8 x float> @llvm.fma.v8f32(<8 x float> %743, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %741)
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %744, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %742)
  %750 = fadd <8 x float> %749, %740
  %751 = fadd <8 x float> %746, %640
  %752 = fcmp olt <8 x float> %751, zeroinitializer
  %753 = select <8 x i1> %752, <8 x float> zeroinitializer, <8 x float> %751
  %754 = fadd <8 x float> %747, %640
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = fadd <8 x float> %748, %640
  %758 = fcmp olt <8 x float> %757, zeroinitializer
  %759 = select <8 x i1> %758, <8 x float> zeroinitializer, <8 x float> %757
  %760 = fadd <8 x float> %750, %640
  %761 = fcmp olt <8 x float> %760, zeroinitializer
  %762 = select <8 x i1> %761, <8 x float> zeroinitializer, <8 x float> %760
  %763 = getelementptr inbounds float, float* %580, i64 24
  %764 = bitcast float* %763 to <8 x float>*
  %765 = load <8 x float>, <8 x float>* %764, align 4
  %766 = getelementptr inbounds float, float* %580, i64 56
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = getelementptr inbounds float, float* %580, i64 88
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = getelementptr inbounds float, float* %580, i64 120
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = getelementptr inbounds float, float* %580, i64 152
  %776 = bitcast float* %775 to <8 x float>*
  %777 = load <8 x float>, <8 x float>* %776, align 4
  %778 = getelementptr inbounds float, float* %580, i64 184
  %779 = bitcast float* %778 to <8 x float>*
  %780 = load <8 x float>, <8 x float>* %779, align 4
  %781 = fadd <8 x float> %768, %771
  %782 = fsub <8 x float> %768, %771
  %783 = fadd <8 x float> %774, %777
  %784 = fsub <8 x float> %774, %777
  %785 = fadd <8 x float> %765, %781
  %786 = fadd <8 x float> %785, %783
  %787 = call <8 x float> @llvm.fma.v8f32(<8 x float> %784, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %782)
  %788 = call <8 x float> @llvm.fma.v8f32(<8 x float> %783, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %781)
  %789 = call <8 x float> @llvm.fma.v8f32(<8 x float> %784, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %782)
  %790 = fadd <8 x float> %789, %780
  %791 = fadd <8 x float> %786, %640
  %792 = fcmp olt <8 x float> %791, zeroinitializer
  %793 = select <8 x i1> %792, <8 x float> zeroinitializer, <8 x float> %791
  %794 = fadd <8 x float> %787, %640
  %795 = fcmp olt <8 x float> %794, zeroinitializer
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> %794
  %797 = fadd <8 x float> %788, %640
  %798 = fcmp olt <8 x float> %797, zeroinitializer
  %799 = select <8 x i1> %798, <8 x float> zeroinitializer, <8 x float> %797
  %800 = fadd <8 x float> %790, %640
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = mul i64 %block, 6272
  %804 = add i64 %577, %803
  %805 = fcmp ogt <8 x float> %673, %713
  %806 = select <8 x i1> %805, <8 x float> %673, <8 x float> %713
  %807 = fcmp uno <8 x float> %673, %673
  %808 = select <8 x i1> %807, <8 x float> %673, <8 x float> %806
  %809 = fcmp ogt <8 x float> %808, %676
  %810 = select <8 x i1> %809, <8 x float> %808, <8 x float> %676
  %811 = fcmp uno <8 x float> %808, %808
  %812 = select <8 x i1> %811, <8 x float> %808, <8 x float> %810
  %813 = fcmp ogt <8 x float> %812, %716
  %814 = select <8 x i1> %813, <8 x float> %812, <8 x float> %716
  %815 = fcmp uno <8 x float> %812, %812
  %816 = select <8 x i1> %815, <8 x float> %812, <8 x float> %814
  %817 = add i64 %804, 0
  %818 = getelementptr inbounds float, float* %0, i64 %817
  %819 = bitcast float* %818 to <8 x float>*
  store <8 x float> %816, <8 x float>* %819, align 4
  %820 = fcmp ogt <8 x float> %753, %793
  %821 = select <8 x i1> %820, <8 x float> %753, <8 x float> %793
  %822 = fcmp uno <8 x float> %753, %753
  %823 = select <8 x i1> %822, <8 x float> %753, <8 x float> %821
  %824 = fcmp ogt <8 x float> %823, %756
  %825 = select <8 x i1> %824, <8 x float> %823, <8 x float> %756
  %826 = fcmp uno <8 x float> %823, %823
  %827 = select <8 x i1> %826, <8 x float> %823, <8 x float> %825
  %828 = fcmp ogt <8 x float> %827, %796
  %829 = select <8 x i1> %828, <8 x float> %827, <8 x float> %796
  %830 = fcmp uno <8 x float> %827, %827
  %831 = select <8 x i1> %830, <8 x float> %827, <8 x float> %829
  %832 = add i64 %804, 8
  %833 = getelementptr inbounds float, float* %0, i64 %832
  %834 = bitcast float* %833 to <8 x float>*
  store <8 x float> %831, <8 x float>* %834, align 4
  %835 = fcmp ogt <8 x float> %679, %719
  %836 = select <8 x i1> %835, <8 x float> %679, <8 x float> %719
  %837 = fcmp uno <8 x float> %679, %679
  %838 = select <8 x i1> %837, <8 x float> %679, <8 x float> %836
  %839 = fcmp ogt <8 x float> %838, %682
  %840 = select <8 x i1> %839, <8 x float> %838, <8 x float> %682
  %841 = fcmp uno <8 x float> %838, %838
  %842 = select <8 x i1> %841, <8 x float> %838, <8 x float> %840
  %843 = fcmp ogt <8 x float> %842, %722
  %844 = select <8 x i1> %843, <8 x float> %842, <8 x float> %722
  %845 = fcmp uno <8 x float> %842, %842
  %846 = select <8 x i1> %845, <8 x float> %842, <8 x float> %844
  %847 = add i64 %804, 224
  %848 = getelementptr inbounds float, float* %0, i64 %847
  %849 = bitcast float* %848 to <8 x float>*
  store <8 x float> %846, <8 x float>* %849, align 4
  %850 = fcmp ogt <8 x float> %759, %799
  %851 = select <8 x i1> %850, <8 x float> %759, <8 x float> %799
  %852 = fcmp uno <8 x float> %759, %759
  %853 = select <8 x i1> %852, <8 x float> %759, <8 x float> %851
  %854 = fcmp ogt <8 x float> %853, %762
  %855 = select <8 x i1> %854, <8 x float> %853, <8 x float> %762
  %856 = fcmp uno <8 x float> %853, %853
  %857 = select <8 x i1> %856, <8 x float> %853, <8 x float> %855
  %858 = fcmp ogt <8 x float> %857, %802
  %859 = select <8 x i1> %858, <8 x float> %857, <8 x float> %802
  %860 = fcmp uno <8 x float> %857, %857
  %861 = select <8 x i1> %860, <8 x float> %857, <8 x float> %859
  %862 = add i64 %804, 232
  %863 = getelementptr inbounds float, float* %0, i64 %862
  %864 = bitcast float* %863 to <8 x float>*
  store <8 x float> %861, <8 x float>* %864, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !55
}

; Function Attrs: noinline nounwind
define internal void @node6.conv2d_7.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
define internal void @node7.conv2d_8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node7.conv2d_8.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node7.conv2d_8.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.conv2d_8.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %22 = sub i64 %5, 1
  %23 = add i64 49, %22
  %24 = sdiv i64 %23, %5
  %25 = mul i64 %4, %24
  %26 = icmp slt i64 %25, 49
  %27 = select i1 %26, i64 %25, i64 49
  %28 = add i64 %27, %24
  %29 = icmp slt i64 %28, 49
  %30 = select i1 %29, i64 %28, i64 49
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %27, %entry ], [ %tile.next, %unit.exit ]
  %31 = icmp slt i64 %tile, %30
  br i1 %31, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %32 = add i64 0, %tile
  %33 = srem i64 %32, 7
  %34 = sdiv i64 %32, 7
  %35 = srem i64 %34, 7
  %36 = sdiv i64 %32, 49
  %37 = mul i64 %36, 32
  %38 = mul i64 %37, 7200
  %39 = mul i64 %35, 120
  %40 = mul i64 %33, 4
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 8
  %43 = add i64 %38, %42
  %44 = mul i64 %tile, 256
  %45 = add i64 230400, %44
  %46 = bitcast [288 x float]* %21 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %47 = sub i64 %5, 1
  %48 = add i64 10368, %47
  %49 = sdiv i64 %48, %5
  %50 = mul i64 %4, %49
  %51 = icmp slt i64 %50, 10368
  %52 = select i1 %51, i64 %50, i64 10368
  %53 = add i64 %52, %49
  %54 = icmp slt i64 %53, 10368
  %55 = select i1 %54, i64 %53, i64 10368
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %56 = icmp slt i64 %unit, 32
  br i1 %56, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %57 = mul i64 %unit, 7200
  %58 = add i64 %43, %57
  %59 = add i64 %58, 80
  %60 = getelementptr inbounds float, float* %2, i64 %59
  %61 = bitcast float* %60 to i8*
  call void @llvm.prefetch.p0i8(i8* %61, i32 0, i32 3, i32 1)
  %62 = add i64 %58, 96
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to i8*
  call void @llvm.prefetch.p0i8(i8* %64, i32 0, i32 3, i32 1)
  %65 = add i64 %58, 320
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %58, 336
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %58, 560
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %58, 576
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %58, 800
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %58, 816
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %58, 1040
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %58, 1056
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %58, 1280
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %58, 1296
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !56

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %95 = icmp slt i64 %column, 6
  br i1 %95, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %96 = mul i64 %column, 8
  %97 = add i64 %58, %96
  %98 = add i64 %97, 0
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %97, 240
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %97, 480
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %97, 720
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %97, 960
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %97, 1200
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = fmul <8 x float> %109, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %123 = fmul <8 x float> %105, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %124 = fsub <8 x float> %117, %122
  %125 = fsub <8 x float> %113, %123
  %126 = fsub <8 x float> %117, %109
  %127 = fsub <8 x float> %113, %105
  %128 = fmul <8 x float> %127, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %101, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %117)
  %130 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %131 = fadd <8 x float> %129, %130
  %132 = fadd <8 x float> %124, %125
  %133 = fsub <8 x float> %124, %125
  %134 = fadd <8 x float> %126, %128
  %135 = fsub <8 x float> %126, %128
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %105, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %137 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %138 = fadd <8 x float> %136, %137
  %139 = mul i64 %column, 8
  %140 = add i64 %139, 0
  %141 = getelementptr inbounds float, float* %46, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %131, <8 x float>* %142, align 4
  %143 = mul i64 %column, 8
  %144 = add i64 %143, 48
  %145 = getelementptr inbounds float, float* %46, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %132, <8 x float>* %146, align 4
  %147 = mul i64 %column, 8
  %148 = add i64 %147, 96
  %149 = getelementptr inbounds float, float* %46, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %133, <8 x float>* %150, align 4
  %151 = mul i64 %column, 8
  %152 = add i64 %151, 144
  %153 = getelementptr inbounds float, float* %46, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %134, <8 x float>* %154, align 4
  %155 = mul i64 %column, 8
  %156 = add i64 %155, 192
  %157 = getelementptr inbounds float, float* %46, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %135, <8 x float>* %158, align 4
  %159 = mul i64 %column, 8
  %160 = add i64 %159, 240
  %161 = getelementptr inbounds float, float* %46, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %138, <8 x float>* %162, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !57

column.exit:                                      ; preds = %column.header
  %163 = mul i64 %unit, 8
  %164 = add i64 %45, %163
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %165 = icmp slt i64 %row, 6
  br i1 %165, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %166 = mul i64 %row, 48
  %167 = add i64 %166, 0
  %168 = getelementptr inbounds float, float* %46, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %166, 8
  %172 = getelementptr inbounds float, float* %46, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = add i64 %166, 16
  %176 = getelementptr inbounds float, float* %46, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %166, 24
  %180 = getelementptr inbounds float, float* %46, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = add i64 %166, 32
  %184 = getelementptr inbounds float, float* %46, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  %186 = load <8 x float>, <8 x float>* %185, align 4
  %187 = add i64 %166, 40
  %188 = getelementptr inbounds float, float* %46, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = fmul <8 x float> %178, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %192 = fmul <8 x float> %174, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %193 = fsub <8 x float> %186, %191
  %194 = fsub <8 x float> %182, %192
  %195 = fsub <8 x float> %186, %178
  %196 = fsub <8 x float> %182, %174
  %197 = fmul <8 x float> %196, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %186)
  %199 = fmul <8 x float> %178, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %200 = fadd <8 x float> %198, %199
  %201 = fadd <8 x float> %193, %194
  %202 = fsub <8 x float> %193, %194
  %203 = fadd <8 x float> %195, %197
  %204 = fsub <8 x float> %195, %197
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %190)
  %206 = fmul <8 x float> %182, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %207 = fadd <8 x float> %205, %206
  %208 = mul i64 %row, 75264
  %209 = add i64 %164, %208
  %210 = add i64 %209, 0
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %200, <8 x float>* %212, align 4
  %213 = add i64 %209, 12544
  %214 = getelementptr inbounds float, float* %2, i64 %213
  %215 = bitcast float* %214 to <8 x float>*
  store <8 x float> %201, <8 x float>* %215, align 4
  %216 = add i64 %209, 25088
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %202, <8 x float>* %218, align 4
  %219 = add i64 %209, 37632
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %203, <8 x float>* %221, align 4
  %222 = add i64 %209, 50176
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %204, <8 x float>* %224, align 4
  %225 = add i64 %209, 62720
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %207, <8 x float>* %227, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !58

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !59

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %52, %tile.exit ], [ %task.next, %endif ]
  %228 = icmp slt i64 %task, %55
  br i1 %228, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %229 = sdiv i64 %task, 288
  %230 = srem i64 %task, 288
  %231 = mul i64 %229, 12544
  %232 = add i64 230400, %231
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = mul i64 %229, 131072
  %235 = getelementptr inbounds float, float* bitcast ([18874368 x i8]* @weight.conv2d_8.winograd to float*), i64 %234
  %236 = mul i64 %229, 25088
  %237 = add i64 681984, %236
  %238 = srem i64 %230, 9
  %239 = sdiv i64 %230, 9
  %240 = mul i64 %238, 6
  %241 = mul i64 %239, 16
  %242 = mul i64 %239, 4096
  %243 = icmp eq i64 %238, 8
  br i1 %243, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %244 = sub i64 %5, 1
  %245 = add i64 49, %244
  %246 = sdiv i64 %245, %5
  %247 = mul i64 %4, %246
  %248 = icmp slt i64 %247, 49
  %249 = select i1 %248, i64 %247, i64 49
  %250 = add i64 %249, %246
  %251 = icmp slt i64 %250, 49
  %252 = select i1 %251, i64 %250, i64 49
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
  br label %task.header, !llvm.loop !60

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %253 = icmp slt i64 %k, 256
  br i1 %253, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %254 = mul i64 %k, 16
  %255 = add i64 %242, %254
  %256 = add i64 %255, 0
  %257 = getelementptr inbounds float, float* %235, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %255, 8
  %261 = getelementptr inbounds float, float* %235, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %240, 0
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %k
  %267 = getelementptr inbounds float, float* %233, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %20, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %259, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %20, align 32
  %272 = load <8 x float>, <8 x float>* %19, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %263, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %274 = add i64 %240, 0
  %275 = add i64 %241, 0
  %276 = load <8 x float>, <8 x float>* %20, align 32
  %277 = mul i64 %274, 512
  %278 = add i64 %277, %275
  %279 = add i64 %237, %278
  %280 = getelementptr inbounds float, float* %2, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  store <8 x float> %276, <8 x float>* %281, align 4
  %282 = add i64 %240, 0
  %283 = add i64 %241, 8
  %284 = load <8 x float>, <8 x float>* %19, align 32
  %285 = mul i64 %282, 512
  %286 = add i64 %285, %283
  %287 = add i64 %237, %286
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %284, <8 x float>* %289, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %290 = icmp slt i64 %k4, 256
  br i1 %290, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %291 = mul i64 %k4, 16
  %292 = add i64 %242, %291
  %293 = add i64 %292, 0
  %294 = getelementptr inbounds float, float* %235, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = add i64 %292, 8
  %298 = getelementptr inbounds float, float* %235, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %240, 0
  %302 = mul i64 %301, 256
  %303 = add i64 %302, %k4
  %304 = getelementptr inbounds float, float* %233, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> undef, float %305, i32 0
  %splat5 = shufflevector <8 x float> %306, <8 x float> undef, <8 x i32> zeroinitializer
  %307 = load <8 x float>, <8 x float>* %18, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %296, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %18, align 32
  %309 = load <8 x float>, <8 x float>* %12, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %300, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %12, align 32
  %311 = add i64 %240, 1
  %312 = mul i64 %311, 256
  %313 = add i64 %312, %k4
  %314 = getelementptr inbounds float, float* %233, i64 %313
  %315 = load float, float* %314, align 4
  %316 = insertelement <8 x float> undef, float %315, i32 0
  %splat6 = shufflevector <8 x float> %316, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, <8 x float>* %17, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %296, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %17, align 32
  %319 = load <8 x float>, <8 x float>* %11, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %300, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %11, align 32
  %321 = add i64 %240, 2
  %322 = mul i64 %321, 256
  %323 = add i64 %322, %k4
  %324 = getelementptr inbounds float, float* %233, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat7 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %16, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %296, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %16, align 32
  %329 = load <8 x float>, <8 x float>* %10, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %300, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %10, align 32
  %331 = add i64 %240, 3
  %332 = mul i64 %331, 256
  %333 = add i64 %332, %k4
  %334 = getelementptr inbounds float, float* %233, i64 %333
  %335 = load float, float* %334, align 4
  %336 = insertelement <8 x float> undef, float %335, i32 0
  %splat8 = shufflevector <8 x float> %336, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = load <8 x float>, <8 x float>* %15, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %296, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %15, align 32
  %339 = load <8 x float>, <8 x float>* %9, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %300, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %9, align 32
  %341 = add i64 %240, 4
  %342 = mul i64 %341, 256
  %343 = add i64 %342, %k4
  %344 = getelementptr inbounds float, float* %233, i64 %343
  %345 = load float, float* %344, align 4
  %346 = insertelement <8 x float> undef, float %345, i32 0
  %splat9 = shufflevector <8 x float> %346, <8 x float> undef, <8 x i32> zeroinitializer
  %347 = load <8 x float>, <8 x float>* %14, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %296, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %14, align 32
  %349 = load <8 x float>, <8 x float>* %8, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %300, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %8, align 32
  %351 = add i64 %240, 5
  %352 = mul i64 %351, 256
  %353 = add i64 %352, %k4
  %354 = getelementptr inbounds float, float* %233, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat10 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %13, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %296, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %13, align 32
  %359 = load <8 x float>, <8 x float>* %7, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %300, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %361 = add i64 %240, 0
  %362 = add i64 %241, 0
  %363 = load <8 x float>, <8 x float>* %18, align 32
  %364 = mul i64 %361, 512
  %365 = add i64 %364, %362
  %366 = add i64 %237, %365
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %363, <8 x float>* %368, align 4
  %369 = add i64 %240, 1
  %370 = add i64 %241, 0
  %371 = load <8 x float>, <8 x float>* %17, align 32
  %372 = mul i64 %369, 512
  %373 = add i64 %372, %370
  %374 = add i64 %237, %373
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %371, <8 x float>* %376, align 4
  %377 = add i64 %240, 2
  %378 = add i64 %241, 0
  %379 = load <8 x float>, <8 x float>* %16, align 32
  %380 = mul i64 %377, 512
  %381 = add i64 %380, %378
  %382 = add i64 %237, %381
  %383 = getelementptr inbounds float, float* %2, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  store <8 x float> %379, <8 x float>* %384, align 4
  %385 = add i64 %240, 3
  %386 = add i64 %241, 0
  %387 = load <8 x float>, <8 x float>* %15, align 32
  %388 = mul i64 %385, 512
  %389 = add i64 %388, %386
  %390 = add i64 %237, %389
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  store <8 x float> %387, <8 x float>* %392, align 4
  %393 = add i64 %240, 4
  %394 = add i64 %241, 0
  %395 = load <8 x float>, <8 x float>* %14, align 32
  %396 = mul i64 %393, 512
  %397 = add i64 %396, %394
  %398 = add i64 %237, %397
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %395, <8 x float>* %400, align 4
  %401 = add i64 %240, 5
  %402 = add i64 %241, 0
  %403 = load <8 x float>, <8 x float>* %13, align 32
  %404 = mul i64 %401, 512
  %405 = add i64 %404, %402
  %406 = add i64 %237, %405
  %407 = getelementptr inbounds float, float* %2, i64 %406
  %408 = bitcast float* %407 to <8 x float>*
  store <8 x float> %403, <8 x float>* %408, align 4
  %409 = add i64 %240, 0
  %410 = add i64 %241, 8
  %411 = load <8 x float>, <8 x float>* %12, align 32
  %412 = mul i64 %409, 512
  %413 = add i64 %412, %410
  %414 = add i64 %237, %413
  %415 = getelementptr inbounds float, float* %2, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  store <8 x float> %411, <8 x float>* %416, align 4
  %417 = add i64 %240, 1
  %418 = add i64 %241, 8
  %419 = load <8 x float>, <8 x float>* %11, align 32
  %420 = mul i64 %417, 512
  %421 = add i64 %420, %418
  %422 = add i64 %237, %421
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  store <8 x float> %419, <8 x float>* %424, align 4
  %425 = add i64 %240, 2
  %426 = add i64 %241, 8
  %427 = load <8 x float>, <8 x float>* %10, align 32
  %428 = mul i64 %425, 512
  %429 = add i64 %428, %426
  %430 = add i64 %237, %429
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %427, <8 x float>* %432, align 4
  %433 = add i64 %240, 3
  %434 = add i64 %241, 8
  %435 = load <8 x float>, <8 x float>* %9, align 32
  %436 = mul i64 %433, 512
  %437 = add i64 %436, %434
  %438 = add i64 %237, %437
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  store <8 x float> %435, <8 x float>* %440, align 4
  %441 = add i64 %240, 4
  %442 = add i64 %241, 8
  %443 = load <8 x float>, <8 x float>* %8, align 32
  %444 = mul i64 %441, 512
  %445 = add i64 %444, %442
  %446 = add i64 %237, %445
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  store <8 x float> %443, <8 x float>* %448, align 4
  %449 = add i64 %240, 5
  %450 = add i64 %241, 8
  %451 = load <8 x float>, <8 x float>* %7, align 32
  %452 = mul i64 %449, 512
  %453 = add i64 %452, %450
  %454 = add i64 %237, %453
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  store <8 x float> %451, <8 x float>* %456, align 4
  br label %endif

tile.header12:                                    ; preds = %block.exit, %task.exit
  %tile15 = phi i64 [ %249, %task.exit ], [ %tile.next21, %block.exit ]
  %457 = icmp slt i64 %tile15, %252
  br i1 %457, label %tile.body13, label %tile.exit14

tile.body13:                                      ; preds = %tile.header12
  %458 = add i64 0, %tile15
  %459 = srem i64 %458, 7
  %460 = sdiv i64 %458, 7
  %461 = srem i64 %460, 7
  %462 = sdiv i64 %458, 49
  %463 = mul i64 %462, 64
  %464 = mul i64 %463, 6272
  %465 = mul i64 %461, 112
  %466 = mul i64 %459, 4
  %467 = add i64 %465, %466
  %468 = mul i64 %467, 8
  %469 = add i64 %464, %468
  %470 = mul i64 %462, 64
  %471 = mul i64 %470, 6272
  %472 = mul i64 %461, 56
  %473 = mul i64 %459, 2
  %474 = add i64 %472, %473
  %475 = mul i64 %474, 8
  %476 = add i64 %471, %475
  %477 = mul i64 %tile15, 512
  %478 = add i64 681984, %477
  %479 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit14:                                      ; preds = %tile.header12
  ret void

block.header:                                     ; preds = %row.exit18, %tile.body13
  %block = phi i64 [ 0, %tile.body13 ], [ %block.next, %row.exit18 ]
  %480 = icmp slt i64 %block, 64
  br i1 %480, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %481 = mul i64 %block, 8
  %482 = add i64 %478, %481
  br label %row.header16

block.exit:                                       ; preds = %block.header
  %tile.next21 = add i64 %tile15, 1
  br label %tile.header12, !llvm.loop !61

row.header16:                                     ; preds = %row.body17, %block.body
  %row19 = phi i64 [ 0, %block.body ], [ %row.next20, %row.body17 ]
  %483 = icmp slt i64 %row19, 6
  br i1 %483, label %row.body17, label %row.exit18

row.body17:                                       ; preds = %row.header16
  %484 = mul i64 %row19, 150528
  %485 = add i64 %482, %484
  %486 = add i64 %485, 0
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = bitcast float* %487 to <8 x float>*
  %489 = load <8 x float>, <8 x float>* %488, align 4
  %490 = add i64 %485, 25088
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  %493 = load <8 x float>, <8 x float>* %492, align 4
  %494 = add i64 %485, 50176
  %495 = getelementptr inbounds float, float* %2, i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  %497 = load <8 x float>, <8 x float>* %496, align 4
  %498 = add i64 %485, 75264
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %485, 100352
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = bitcast float* %503 to <8 x float>*
  %505 = load <8 x float>, <8 x float>* %504, align 4
  %506 = add i64 %485, 125440
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = fadd <8 x float> %493, %497
  %511 = fsub <8 x float> %493, %497
  %512 = fadd <8 x float> %501, %505
  %513 = fsub <8 x float> %501, %505
  %514 = fadd <8 x float> %489, %510
  %515 = fadd <8 x float> %514, %512
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %511)
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %510)
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %511)
  %519 = fadd <8 x float> %518, %509
  %520 = mul i64 %row19, 32
  %521 = add i64 %520, 0
  %522 = getelementptr inbounds float, float* %479, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  store <8 x float> %515, <8 x float>* %523, align 4
  %524 = mul i64 %row19, 32
  %525 = add i64 %524, 8
  %526 = getelementptr inbounds float, float* %479, i64 %525
  %527 = bitcast float* %526 to <8 x float>*
  store <8 x float> %516, <8 x float>* %527, align 4
  %528 = mul i64 %row19, 32
  %529 = add i64 %528, 16
  %530 = getelementptr inbounds float, float* %479, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  store <8 x float> %517, <8 x float>* %531, align 4
  %532 = mul i64 %row19, 32
  %533 = add i64 %532, 24
  %534 = getelementptr inbounds float, float* %479, i64 %533
  %535 = bitcast float* %534 to <8 x float>*
  store <8 x float> %519, <8 x float>* %535, align 4
  %row.next20 = add i64 %row19, 1
  br label %row.header16, !llvm.loop !62

row.exit18:                                       ; preds = %row.header16
  %536 = mul i64 %block, 8
  %537 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_8.bias to float*), i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  %540 = mul i64 %block, 6272
  %541 = add i64 %469, %540
  %542 = getelementptr inbounds float, float* %479, i64 0
  %543 = bitcast float* %542 to <8 x float>*
  %544 = load <8 x float>, <8 x float>* %543, align 4
  %545 = getelementptr inbounds float, float* %479, i64 32
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = getelementptr inbounds float, float* %479, i64 64
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = getelementptr inbounds float, float* %479, i64 96
  %552 = bitcast float* %551 to <8 x float>*
  %553 = load <8 x float>, <8 x float>* %552, align 4
  %554 = getelementptr inbounds float, float* %479, i64 128
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = getelementptr inbounds float, float* %479, i64 160
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  %560 = fadd <8 x float> %547, %550
  %561 = fsub <8 x float> %547, %550
  %562 = fadd <8 x float> %553, %556
  %563 = fsub <8 x float> %553, %556
  %564 = fadd <8 x float> %544, %560
  %565 = fadd <8 x float> %564, %562
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %561)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %560)
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %561)
  %569 = fadd <8 x float> %568, %559
  %570 = add i64 %541, 0
  %571 = fadd <8 x float> %565, %539
  %572 = fcmp olt <8 x float> %571, zeroinitializer
  %573 = select <8 x i1> %572, <8 x float> zeroinitializer, <8 x float> %571
  %574 = getelementptr inbounds float, float* %0, i64 %570
  %575 = bitcast float* %574 to <8 x float>*
  store <8 x float> %573, <8 x float>* %575, align 4
  %576 = add i64 %541, 224
  %577 = fadd <8 x float> %566, %539
  %578 = fcmp olt <8 x float> %577, zeroinitializer
  %579 = select <8 x i1> %578, <8 x float> zeroinitializer, <8 x float> %577
  %580 = getelementptr inbounds float, float* %0, i64 %576
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %579, <8 x float>* %581, align 4
  %582 = add i64 %541, 448
  %583 = fadd <8 x float> %567, %539
  %584 = fcmp olt <8 x float> %583, zeroinitializer
  %585 = select <8 x i1> %584, <8 x float> zeroinitializer, <8 x float> %583
  %586 = getelementptr inbounds float, float* %0, i64 %582
  %587 = bitcast float* %586 to <8 x float>*
  store <8 x float> %585, <8 x float>* %587, align 4
  %588 = add i64 %541, 672
  %589 = fadd <8 x float> %569, %539
  %590 = fcmp olt <8 x float> %589, zeroinitializer
  %591 = select <8 x i1> %590, <8 x float> zeroinitializer, <8 x float> %589
  %592 = getelementptr inbounds float, float* %0, i64 %588
  %593 = bitcast float* %592 to <8 x float>*
  store <8 x float> %591, <8 x float>* %593, align 4
  %594 = getelementptr inbounds float, float* %479, i64 8
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %479, i64 40
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %479, i64 72
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %479, i64 104
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = getelementptr inbounds float, float* %479, i64 136
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = getelementptr inbounds float, float* %479, i64 168
  %610 = bitcast float* %609 to <8 x float>*
  %611 = load <8 x float>, <8 x float>* %610, align 4
  %612 = fadd <8 x float> %599, %602
  %613 = fsub <8 x float> %599, %602
  %614 = fadd <8 x float> %605, %608
  %615 = fsub <8 x float> %605, %608
  %616 = fadd <8 x float> %596, %612
  %617 = fadd <8 x float> %616, %614
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %613)
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %612)
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %613)
  %621 = fadd <8 x float> %620, %611
  %622 = add i64 %541, 8
  %623 = fadd <8 x float> %617, %539
  %624 = fcmp olt <8 x float> %623, zeroinitializer
  %625 = select <8 x i1> %624, <8 x float> zeroinitializer, <8 x float> %623
  %626 = getelementptr inbounds float, float* %0, i64 %622
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %625, <8 x float>* %627, align 4
  %628 = add i64 %541, 232
  %629 = fadd <8 x float> %618, %539
  %630 = fcmp olt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> zeroinitializer, <8 x float> %629
  %632 = getelementptr inbounds float, float* %0, i64 %628
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = add i64 %541, 456
  %635 = fadd <8 x float> %619, %539
  %636 = fcmp olt <8 x float> %635, zeroinitializer
  %637 = select <8 x i1> %636, <8 x float> zeroinitializer, <8 x float> %635
  %638 = getelementptr inbounds float, float* %0, i64 %634
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %637, <8 x float>* %639, align 4
  %640 = add i64 %541, 680
  %641 = fadd <8 x float> %621, %539
  %642 = fcmp olt <8 x float> %641, zeroinitializer
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> %641
  %644 = getelementptr inbounds float, float* %0, i64 %640
  %645 = bitcast float* %644 to <8 x float>*
  store <8 x float> %643, <8 x float>* %645, align 4
  %646 = getelementptr inbounds float, float* %479, i64 16
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %479, i64 48
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %479, i64 80
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %479, i64 112
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %479, i64 144
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = getelementptr inbounds float, float* %479, i64 176
  %662 = bitcast float* %661 to <8 x float>*
  %663 = load <8 x float>, <8 x float>* %662, align 4
  %664 = fadd <8 x float> %651, %654
  %665 = fsub <8 x float> %651, %654
  %666 = fadd <8 x float> %657, %660
  %667 = fsub <8 x float> %657, %660
  %668 = fadd <8 x float> %648, %664
  %669 = fadd <8 x float> %668, %666
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %665)
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %666, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %664)
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %665)
  %673 = fadd <8 x float> %672, %663
  %674 = add i64 %541, 16
  %675 = fadd <8 x float> %669, %539
  %676 = fcmp olt <8 x float> %675, zeroinitializer
  %677 = select <8 x i1> %676, <8 x float> zeroinitializer, <8 x float> %675
  %678 = getelementptr inbounds float, float* %0, i64 %674
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = add i64 %541, 240
  %681 = fadd <8 x float> %670, %539
  %682 = fcmp olt <8 x float> %681, zeroinitializer
  %683 = select <8 x i1> %682, <8 x float> zeroinitializer, <8 x float> %681
  %684 = getelementptr inbounds float, float* %0, i64 %680
  %685 = bitcast float* %684 to <8 x float>*
  store <8 x float> %683, <8 x float>* %685, align 4
  %686 = add i64 %541, 464
  %687 = fadd <8 x float> %671, %539
  %688 = fcmp olt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> zeroinitializer, <8 x float> %687
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = add i64 %541, 688
  %693 = fadd <8 x float> %673, %539
  %694 = fcmp olt <8 x float> %693, zeroinitializer
  %695 = select <8 x i1> %694, <8 x float> zeroinitializer, <8 x float> %693
  %696 = getelementptr inbounds float, float* %0, i64 %692
  %697 = bitcast float* %696 to <8 x float>*
  store <8 x float> %695, <8 x float>* %697, align 4
  %698 = getelementptr inbounds float, float* %479, i64 24
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = getelementptr inbounds float, float* %479, i64 56
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = getelementptr inbounds float, float* %479, i64 88
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = getelementptr inbounds float, float* %479, i64 120
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = getelementptr inbounds float, float* %479, i64 152
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = getelementptr inbounds float, float* %479, i64 184
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = fadd <8 x float> %703, %706
  %717 = fsub <8 x float> %703, %706
  %718 = fadd <8 x float> %709, %712
  %719 = fsub <8 x float> %709, %712
  %720 = fadd <8 x float> %700, %716
  %721 = fadd <8 x float> %720, %718
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %717)
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %716)
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %717)
  %725 = fadd <8 x float> %724, %715
  %726 = add i64 %541, 24
  %727 = fadd <8 x float> %721, %539
  %728 = fcmp olt <8 x float> %727, zeroinitializer
  %729 = select <8 x i1> %728, <8 x float> zeroinitializer, <8 x float> %727
  %730 = getelementptr inbounds float, float* %0, i64 %726
  %731 = bitcast float* %730 to <8 x float>*
  store <8 x float> %729, <8 x float>* %731, align 4
  %732 = add i64 %541, 248
  %733 = fadd <8 x float> %722, %539
  %734 = fcmp olt <8 x float> %733, zeroinitializer
  %735 = select <8 x i1> %734, <8 x float> zeroinitializer, <8 x float> %733
  %736 = getelementptr inbounds float, float* %0, i64 %732
  %737 = bitcast float* %736 to <8 x float>*
  store <8 x float> %735, <8 x float>* %737, align 4
  %738 = add i64 %541, 472
  %739 = fadd <8 x float> %723, %539
  %740 = fcmp olt <8 x float> %739, zeroinitializer
  %741 = select <8 x i1> %740, <8 x float> zeroinitializer, <8 x float> %739
  %742 = getelementptr inbounds float, float* %0, i64 %738
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %741, <8 x float>* %743, align 4
  %744 = add i64 %541, 696
  %745 = fadd <8 x float> %725, %539
  %746 = fcmp olt <8 x float> %745, zeroinitializer
  %747 = select <8 x i1> %746, <8 x float> zeroinitializer, <8 x float> %745
  %748 = getelementptr inbounds float, float* %0, i64 %744
  %749 = bitcast float* %748 to <8 x float>*
  store <8 x float> %747, <8 x float>* %749, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !63
}

; Function Attrs: noinline nounwind
define internal void @node7.conv2d_8.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node7.conv2d_8.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_9.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node8.conv2d_9.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node8.conv2d_9.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.conv2d_9.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %22 = sub i64 %5, 1
  %23 = add i64 49, %22
  %24 = sdiv i64 %23, %5
  %25 = mul i64 %4, %24
  %26 = icmp slt i64 %25, 49
  %27 = select i1 %26, i64 %25, i64 49
  %28 = add i64 %27, %24
  %29 = icmp slt i64 %28, 49
  %30 = select i1 %29, i64 %28, i64 49
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %27, %entry ], [ %tile.next, %unit.exit ]
  %31 = icmp slt i64 %tile, %30
  br i1 %31, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %32 = add i64 0, %tile
  %33 = srem i64 %32, 7
  %34 = sdiv i64 %32, 7
  %35 = srem i64 %34, 7
  %36 = sdiv i64 %32, 49
  %37 = mul i64 %36, 64
  %38 = mul i64 %37, 7200
  %39 = mul i64 %35, 120
  %40 = mul i64 %33, 4
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 8
  %43 = add i64 %38, %42
  %44 = mul i64 %tile, 512
  %45 = add i64 460800, %44
  %46 = bitcast [288 x float]* %21 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %47 = sub i64 %5, 1
  %48 = add i64 10368, %47
  %49 = sdiv i64 %48, %5
  %50 = mul i64 %4, %49
  %51 = icmp slt i64 %50, 10368
  %52 = select i1 %51, i64 %50, i64 10368
  %53 = add i64 %52, %49
  %54 = icmp slt i64 %53, 10368
  %55 = select i1 %54, i64 %53, i64 10368
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %56 = icmp slt i64 %unit, 64
  br i1 %56, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %57 = mul i64 %unit, 7200
  %58 = add i64 %43, %57
  %59 = add i64 %58, 80
  %60 = getelementptr inbounds float, float* %2, i64 %59
  %61 = bitcast float* %60 to i8*
  call void @llvm.prefetch.p0i8(i8* %61, i32 0, i32 3, i32 1)
  %62 = add i64 %58, 96
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to i8*
  call void @llvm.prefetch.p0i8(i8* %64, i32 0, i32 3, i32 1)
  %65 = add i64 %58, 320
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %58, 336
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %58, 560
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %58, 576
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %58, 800
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %58, 816
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %58, 1040
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %58, 1056
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %58, 1280
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %58, 1296
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !64

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %95 = icmp slt i64 %column, 6
  br i1 %95, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %96 = mul i64 %column, 8
  %97 = add i64 %58, %96
  %98 = add i64 %97, 0
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %97, 240
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %97, 480
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %97, 720
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %97, 960
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %97, 1200
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = fmul <8 x float> %109, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %123 = fmul <8 x float> %105, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %124 = fsub <8 x float> %117, %122
  %125 = fsub <8 x float> %113, %123
  %126 = fsub <8 x float> %117, %109
  %127 = fsub <8 x float> %113, %105
  %128 = fmul <8 x float> %127, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %101, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %117)
  %130 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %131 = fadd <8 x float> %129, %130
  %132 = fadd <8 x float> %124, %125
  %133 = fsub <8 x float> %124, %125
  %134 = fadd <8 x float> %126, %128
  %135 = fsub <8 x float> %126, %128
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %105, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %137 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %138 = fadd <8 x float> %136, %137
  %139 = mul i64 %column, 8
  %140 = add i64 %139, 0
  %141 = getelementptr inbounds float, float* %46, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %131, <8 x float>* %142, align 4
  %143 = mul i64 %column, 8
  %144 = add i64 %143, 48
  %145 = getelementptr inbounds float, float* %46, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %132, <8 x float>* %146, align 4
  %147 = mul i64 %column, 8
  %148 = add i64 %147, 96
  %149 = getelementptr inbounds float, float* %46, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %133, <8 x float>* %150, align 4
  %151 = mul i64 %column, 8
  %152 = add i64 %151, 144
  %153 = getelementptr inbounds float, float* %46, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %134, <8 x float>* %154, align 4
  %155 = mul i64 %column, 8
  %156 = add i64 %155, 192
  %157 = getelementptr inbounds float, float* %46, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %135, <8 x float>* %158, align 4
  %159 = mul i64 %column, 8
  %160 = add i64 %159, 240
  %161 = getelementptr inbounds float, float* %46, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %138, <8 x float>* %162, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !65

column.exit:                                      ; preds = %column.header
  %163 = mul i64 %unit, 8
  %164 = add i64 %45, %163
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %165 = icmp slt i64 %row, 6
  br i1 %165, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %166 = mul i64 %row, 48
  %167 = add i64 %166, 0
  %168 = getelementptr inbounds float, float* %46, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %166, 8
  %172 = getelementptr inbounds float, float* %46, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = add i64 %166, 16
  %176 = getelementptr inbounds float, float* %46, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %166, 24
  %180 = getelementptr inbounds float, float* %46, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = add i64 %166, 32
  %184 = getelementptr inbounds float, float* %46, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  %186 = load <8 x float>, <8 x float>* %185, align 4
  %187 = add i64 %166, 40
  %188 = getelementptr inbounds float, float* %46, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = fmul <8 x float> %178, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %192 = fmul <8 x float> %174, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %193 = fsub <8 x float> %186, %191
  %194 = fsub <8 x float> %182, %192
  %195 = fsub <8 x float> %186, %178
  %196 = fsub <8 x float> %182, %174
  %197 = fmul <8 x float> %196, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %186)
  %199 = fmul <8 x float> %178, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %200 = fadd <8 x float> %198, %199
  %201 = fadd <8 x float> %193, %194
  %202 = fsub <8 x float> %193, %194
  %203 = fadd <8 x float> %195, %197
  %204 = fsub <8 x float> %195, %197
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %190)
  %206 = fmul <8 x float> %182, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %207 = fadd <8 x float> %205, %206
  %208 = mul i64 %row, 150528
  %209 = add i64 %164, %208
  %210 = add i64 %209, 0
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %200, <8 x float>* %212, align 4
  %213 = add i64 %209, 25088
  %214 = getelementptr inbounds float, float* %2, i64 %213
  %215 = bitcast float* %214 to <8 x float>*
  store <8 x float> %201, <8 x float>* %215, align 4
  %216 = add i64 %209, 50176
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %202, <8 x float>* %218, align 4
  %219 = add i64 %209, 75264
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %203, <8 x float>* %221, align 4
  %222 = add i64 %209, 100352
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %204, <8 x float>* %224, align 4
  %225 = add i64 %209, 125440
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %207, <8 x float>* %227, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !66

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !67

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %52, %tile.exit ], [ %task.next, %endif ]
  %228 = icmp slt i64 %task, %55
  br i1 %228, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %229 = sdiv i64 %task, 288
  %230 = srem i64 %task, 288
  %231 = mul i64 %229, 25088
  %232 = add i64 460800, %231
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = mul i64 %229, 262144
  %235 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_9.winograd to float*), i64 %234
  %236 = mul i64 %229, 25088
  %237 = add i64 1363968, %236
  %238 = srem i64 %230, 9
  %239 = sdiv i64 %230, 9
  %240 = mul i64 %238, 6
  %241 = mul i64 %239, 16
  %242 = mul i64 %239, 8192
  %243 = icmp eq i64 %238, 8
  br i1 %243, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %244 = sub i64 %5, 1
  %245 = add i64 49, %244
  %246 = sdiv i64 %245, %5
  %247 = mul i64 %4, %246
  %248 = icmp slt i64 %247, 49
  %249 = select i1 %248, i64 %247, i64 49
  %250 = add i64 %249, %246
  %251 = icmp slt i64 %250, 49
  %252 = select i1 %251, i64 %250, i64 49
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
  br label %task.header, !llvm.loop !68

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %253 = icmp slt i64 %k, 512
  br i1 %253, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %254 = mul i64 %k, 16
  %255 = add i64 %242, %254
  %256 = add i64 %255, 0
  %257 = getelementptr inbounds float, float* %235, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %255, 8
  %261 = getelementptr inbounds float, float* %235, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %240, 0
  %265 = mul i64 %264, 512
  %266 = add i64 %265, %k
  %267 = getelementptr inbounds float, float* %233, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %20, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %259, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %20, align 32
  %272 = load <8 x float>, <8 x float>* %19, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %263, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %274 = add i64 %240, 0
  %275 = add i64 %241, 0
  %276 = load <8 x float>, <8 x float>* %20, align 32
  %277 = mul i64 %274, 512
  %278 = add i64 %277, %275
  %279 = add i64 %237, %278
  %280 = getelementptr inbounds float, float* %2, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  store <8 x float> %276, <8 x float>* %281, align 4
  %282 = add i64 %240, 0
  %283 = add i64 %241, 8
  %284 = load <8 x float>, <8 x float>* %19, align 32
  %285 = mul i64 %282, 512
  %286 = add i64 %285, %283
  %287 = add i64 %237, %286
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %284, <8 x float>* %289, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %290 = icmp slt i64 %k4, 512
  br i1 %290, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %291 = mul i64 %k4, 16
  %292 = add i64 %242, %291
  %293 = add i64 %292, 0
  %294 = getelementptr inbounds float, float* %235, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = add i64 %292, 8
  %298 = getelementptr inbounds float, float* %235, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %240, 0
  %302 = mul i64 %301, 512
  %303 = add i64 %302, %k4
  %304 = getelementptr inbounds float, float* %233, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> undef, float %305, i32 0
  %splat5 = shufflevector <8 x float> %306, <8 x float> undef, <8 x i32> zeroinitializer
  %307 = load <8 x float>, <8 x float>* %18, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %296, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %18, align 32
  %309 = load <8 x float>, <8 x float>* %12, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %300, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %12, align 32
  %311 = add i64 %240, 1
  %312 = mul i64 %311, 512
  %313 = add i64 %312, %k4
  %314 = getelementptr inbounds float, float* %233, i64 %313
  %315 = load float, float* %314, align 4
  %316 = insertelement <8 x float> undef, float %315, i32 0
  %splat6 = shufflevector <8 x float> %316, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, <8 x float>* %17, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %296, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %17, align 32
  %319 = load <8 x float>, <8 x float>* %11, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %300, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %11, align 32
  %321 = add i64 %240, 2
  %322 = mul i64 %321, 512
  %323 = add i64 %322, %k4
  %324 = getelementptr inbounds float, float* %233, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat7 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %16, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %296, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %16, align 32
  %329 = load <8 x float>, <8 x float>* %10, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %300, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %10, align 32
  %331 = add i64 %240, 3
  %332 = mul i64 %331, 512
  %333 = add i64 %332, %k4
  %334 = getelementptr inbounds float, float* %233, i64 %333
  %335 = load float, float* %334, align 4
  %336 = insertelement <8 x float> undef, float %335, i32 0
  %splat8 = shufflevector <8 x float> %336, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = load <8 x float>, <8 x float>* %15, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %296, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %15, align 32
  %339 = load <8 x float>, <8 x float>* %9, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %300, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %9, align 32
  %341 = add i64 %240, 4
  %342 = mul i64 %341, 512
  %343 = add i64 %342, %k4
  %344 = getelementptr inbounds float, float* %233, i64 %343
  %345 = load float, float* %344, align 4
  %346 = insertelement <8 x float> undef, float %345, i32 0
  %splat9 = shufflevector <8 x float> %346, <8 x float> undef, <8 x i32> zeroinitializer
  %347 = load <8 x float>, <8 x float>* %14, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %296, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %14, align 32
  %349 = load <8 x float>, <8 x float>* %8, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %300, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %8, align 32
  %351 = add i64 %240, 5
  %352 = mul i64 %351, 512
  %353 = add i64 %352, %k4
  %354 = getelementptr inbounds float, float* %233, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat10 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %13, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %296, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %13, align 32
  %359 = load <8 x float>, <8 x float>* %7, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %300, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %361 = add i64 %240, 0
  %362 = add i64 %241, 0
  %363 = load <8 x float>, <8 x float>* %18, align 32
  %364 = mul i64 %361, 512
  %365 = add i64 %364, %362
  %366 = add i64 %237, %365
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %363, <8 x float>* %368, align 4
  %369 = add i64 %240, 1
  %370 = add i64 %241, 0
  %371 = load <8 x float>, <8 x float>* %17, align 32
  %372 = mul i64 %369, 512
  %373 = add i64 %372, %370
  %374 = add i64 %237, %373
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %371, <8 x float>* %376, align 4
  %377 = add i64 %240, 2
  %378 = add i64 %241, 0
  %379 = load <8 x float>, <8 x float>* %16, align 32
  %380 = mul i64 %377, 512
  %381 = add i64 %380, %378
  %382 = add i64 %237, %381
  %383 = getelementptr inbounds float, float* %2, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  store <8 x float> %379, <8 x float>* %384, align 4
  %385 = add i64 %240, 3
  %386 = add i64 %241, 0
  %387 = load <8 x float>, <8 x float>* %15, align 32
  %388 = mul i64 %385, 512
  %389 = add i64 %388, %386
  %390 = add i64 %237, %389
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  store <8 x float> %387, <8 x float>* %392, align 4
  %393 = add i64 %240, 4
  %394 = add i64 %241, 0
  %395 = load <8 x float>, <8 x float>* %14, align 32
  %396 = mul i64 %393, 512
  %397 = add i64 %396, %394
  %398 = add i64 %237, %397
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %395, <8 x float>* %400, align 4
  %401 = add i64 %240, 5
  %402 = add i64 %241, 0
  %403 = load <8 x float>, <8 x float>* %13, align 32
  %404 = mul i64 %401, 512
  %405 = add i64 %404, %402
  %406 = add i64 %237, %405
  %407 = getelementptr inbounds float, float* %2, i64 %406
  %408 = bitcast float* %407 to <8 x float>*
  store <8 x float> %403, <8 x float>* %408, align 4
  %409 = add i64 %240, 0
  %410 = add i64 %241, 8
  %411 = load <8 x float>, <8 x float>* %12, align 32
  %412 = mul i64 %409, 512
  %413 = add i64 %412, %410
  %414 = add i64 %237, %413
  %415 = getelementptr inbounds float, float* %2, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  store <8 x float> %411, <8 x float>* %416, align 4
  %417 = add i64 %240, 1
  %418 = add i64 %241, 8
  %419 = load <8 x float>, <8 x float>* %11, align 32
  %420 = mul i64 %417, 512
  %421 = add i64 %420, %418
  %422 = add i64 %237, %421
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  store <8 x float> %419, <8 x float>* %424, align 4
  %425 = add i64 %240, 2
  %426 = add i64 %241, 8
  %427 = load <8 x float>, <8 x float>* %10, align 32
  %428 = mul i64 %425, 512
  %429 = add i64 %428, %426
  %430 = add i64 %237, %429
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %427, <8 x float>* %432, align 4
  %433 = add i64 %240, 3
  %434 = add i64 %241, 8
  %435 = load <8 x float>, <8 x float>* %9, align 32
  %436 = mul i64 %433, 512
  %437 = add i64 %436, %434
  %438 = add i64 %237, %437
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  store <8 x float> %435, <8 x float>* %440, align 4
  %441 = add i64 %240, 4
  %442 = add i64 %241, 8
  %443 = load <8 x float>, <8 x float>* %8, align 32
  %444 = mul i64 %441, 512
  %445 = add i64 %444, %442
  %446 = add i64 %237, %445
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  store <8 x float> %443, <8 x float>* %448, align 4
  %449 = add i64 %240, 5
  %450 = add i64 %241, 8
  %451 = load <8 x float>, <8 x float>* %7, align 32
  %452 = mul i64 %449, 512
  %453 = add i64 %452, %450
  %454 = add i64 %237, %453
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  store <8 x float> %451, <8 x float>* %456, align 4
  br label %endif

tile.header12:                                    ; preds = %block.exit, %task.exit
  %tile15 = phi i64 [ %249, %task.exit ], [ %tile.next21, %block.exit ]
  %457 = icmp slt i64 %tile15, %252
  br i1 %457, label %tile.body13, label %tile.exit14

tile.body13:                                      ; preds = %tile.header12
  %458 = add i64 0, %tile15
  %459 = srem i64 %458, 7
  %460 = sdiv i64 %458, 7
  %461 = srem i64 %460, 7
  %462 = sdiv i64 %458, 49
  %463 = mul i64 %462, 64
  %464 = mul i64 %463, 6272
  %465 = mul i64 %461, 112
  %466 = mul i64 %459, 4
  %467 = add i64 %465, %466
  %468 = mul i64 %467, 8
  %469 = add i64 %464, %468
  %470 = mul i64 %462, 64
  %471 = mul i64 %470, 6272
  %472 = mul i64 %461, 56
  %473 = mul i64 %459, 2
  %474 = add i64 %472, %473
  %475 = mul i64 %474, 8
  %476 = add i64 %471, %475
  %477 = mul i64 %tile15, 512
  %478 = add i64 1363968, %477
  %479 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit14:                                      ; preds = %tile.header12
  ret void

block.header:                                     ; preds = %row.exit18, %tile.body13
  %block = phi i64 [ 0, %tile.body13 ], [ %block.next, %row.exit18 ]
  %480 = icmp slt i64 %block, 64
  br i1 %480, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %481 = mul i64 %block, 8
  %482 = add i64 %478, %481
  br label %row.header16

block.exit:                                       ; preds = %block.header
  %tile.next21 = add i64 %tile15, 1
  br label %tile.header12, !llvm.loop !69

row.header16:                                     ; preds = %row.body17, %block.body
  %row19 = phi i64 [ 0, %block.body ], [ %row.next20, %row.body17 ]
  %483 = icmp slt i64 %row19, 6
  br i1 %483, label %row.body17, label %row.exit18

row.body17:                                       ; preds = %row.header16
  %484 = mul i64 %row19, 150528
  %485 = add i64 %482, %484
  %486 = add i64 %485, 0
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = bitcast float* %487 to <8 x float>*
  %489 = load <8 x float>, <8 x float>* %488, align 4
  %490 = add i64 %485, 25088
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  %493 = load <8 x float>, <8 x float>* %492, align 4
  %494 = add i64 %485, 50176
  %495 = getelementptr inbounds float, float* %2, i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  %497 = load <8 x float>, <8 x float>* %496, align 4
  %498 = add i64 %485, 75264
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %485, 100352
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = bitcast float* %503 to <8 x float>*
  %505 = load <8 x float>, <8 x float>* %504, align 4
  %506 = add i64 %485, 125440
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = fadd <8 x float> %493, %497
  %511 = fsub <8 x float> %493, %497
  %512 = fadd <8 x float> %501, %505
  %513 = fsub <8 x float> %501, %505
  %514 = fadd <8 x float> %489, %510
  %515 = fadd <8 x float> %514, %512
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %511)
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %510)
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %511)
  %519 = fadd <8 x float> %518, %509
  %520 = mul i64 %row19, 32
  %521 = add i64 %520, 0
  %522 = getelementptr inbounds float, float* %479, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  store <8 x float> %515, <8 x float>* %523, align 4
  %524 = mul i64 %row19, 32
  %525 = add i64 %524, 8
  %526 = getelementptr inbounds float, float* %479, i64 %525
  %527 = bitcast float* %526 to <8 x float>*
  store <8 x float> %516, <8 x float>* %527, align 4
  %528 = mul i64 %row19, 32
  %529 = add i64 %528, 16
  %530 = getelementptr inbounds float, float* %479, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  store <8 x float> %517, <8 x float>* %531, align 4
  %532 = mul i64 %row19, 32
  %533 = add i64 %532, 24
  %534 = getelementptr inbounds float, float* %479, i64 %533
  %535 = bitcast float* %534 to <8 x float>*
  store <8 x float> %519, <8 x float>* %535, align 4
  %row.next20 = add i64 %row19, 1
  br label %row.header16, !llvm.loop !70

row.exit18:                                       ; preds = %row.header16
  %536 = mul i64 %block, 8
  %537 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_9.bias to float*), i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  %540 = mul i64 %block, 6272
  %541 = add i64 %469, %540
  %542 = getelementptr inbounds float, float* %479, i64 0
  %543 = bitcast float* %542 to <8 x float>*
  %544 = load <8 x float>, <8 x float>* %543, align 4
  %545 = getelementptr inbounds float, float* %479, i64 32
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = getelementptr inbounds float, float* %479, i64 64
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = getelementptr inbounds float, float* %479, i64 96
  %552 = bitcast float* %551 to <8 x float>*
  %553 = load <8 x float>, <8 x float>* %552, align 4
  %554 = getelementptr inbounds float, float* %479, i64 128
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = getelementptr inbounds float, float* %479, i64 160
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  %560 = fadd <8 x float> %547, %550
  %561 = fsub <8 x float> %547, %550
  %562 = fadd <8 x float> %553, %556
  %563 = fsub <8 x float> %553, %556
  %564 = fadd <8 x float> %544, %560
  %565 = fadd <8 x float> %564, %562
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %561)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %560)
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %561)
  %569 = fadd <8 x float> %568, %559
  %570 = add i64 %541, 0
  %571 = fadd <8 x float> %565, %539
  %572 = fcmp olt <8 x float> %571, zeroinitializer
  %573 = select <8 x i1> %572, <8 x float> zeroinitializer, <8 x float> %571
  %574 = getelementptr inbounds float, float* %0, i64 %570
  %575 = bitcast float* %574 to <8 x float>*
  store <8 x float> %573, <8 x float>* %575, align 4
  %576 = add i64 %541, 224
  %577 = fadd <8 x float> %566, %539
  %578 = fcmp olt <8 x float> %577, zeroinitializer
  %579 = select <8 x i1> %578, <8 x float> zeroinitializer, <8 x float> %577
  %580 = getelementptr inbounds float, float* %0, i64 %576
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %579, <8 x float>* %581, align 4
  %582 = add i64 %541, 448
  %583 = fadd <8 x float> %567, %539
  %584 = fcmp olt <8 x float> %583, zeroinitializer
  %585 = select <8 x i1> %584, <8 x float> zeroinitializer, <8 x float> %583
  %586 = getelementptr inbounds float, float* %0, i64 %582
  %587 = bitcast float* %586 to <8 x float>*
  store <8 x float> %585, <8 x float>* %587, align 4
  %588 = add i64 %541, 672
  %589 = fadd <8 x float> %569, %539
  %590 = fcmp olt <8 x float> %589, zeroinitializer
  %591 = select <8 x i1> %590, <8 x float> zeroinitializer, <8 x float> %589
  %592 = getelementptr inbounds float, float* %0, i64 %588
  %593 = bitcast float* %592 to <8 x float>*
  store <8 x float> %591, <8 x float>* %593, align 4
  %594 = getelementptr inbounds float, float* %479, i64 8
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %479, i64 40
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = getelementptr inbounds float, float* %479, i64 72
  %601 = bitcast float* %600 to <8 x float>*
  %602 = load <8 x float>, <8 x float>* %601, align 4
  %603 = getelementptr inbounds float, float* %479, i64 104
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = getelementptr inbounds float, float* %479, i64 136
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = getelementptr inbounds float, float* %479, i64 168
  %610 = bitcast float* %609 to <8 x float>*
  %611 = load <8 x float>, <8 x float>* %610, align 4
  %612 = fadd <8 x float> %599, %602
  %613 = fsub <8 x float> %599, %602
  %614 = fadd <8 x float> %605, %608
  %615 = fsub <8 x float> %605, %608
  %616 = fadd <8 x float> %596, %612
  %617 = fadd <8 x float> %616, %614
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %613)
  %619 = call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %612)
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %613)
  %621 = fadd <8 x float> %620, %611
  %622 = add i64 %541, 8
  %623 = fadd <8 x float> %617, %539
  %624 = fcmp olt <8 x float> %623, zeroinitializer
  %625 = select <8 x i1> %624, <8 x float> zeroinitializer, <8 x float> %623
  %626 = getelementptr inbounds float, float* %0, i64 %622
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %625, <8 x float>* %627, align 4
  %628 = add i64 %541, 232
  %629 = fadd <8 x float> %618, %539
  %630 = fcmp olt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> zeroinitializer, <8 x float> %629
  %632 = getelementptr inbounds float, float* %0, i64 %628
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = add i64 %541, 456
  %635 = fadd <8 x float> %619, %539
  %636 = fcmp olt <8 x float> %635, zeroinitializer
  %637 = select <8 x i1> %636, <8 x float> zeroinitializer, <8 x float> %635
  %638 = getelementptr inbounds float, float* %0, i64 %634
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %637, <8 x float>* %639, align 4
  %640 = add i64 %541, 680
  %641 = fadd <8 x float> %621, %539
  %642 = fcmp olt <8 x float> %641, zeroinitializer
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> %641
  %644 = getelementptr inbounds float, float* %0, i64 %640
  %645 = bitcast float* %644 to <8 x float>*
  store <8 x float> %643, <8 x float>* %645, align 4
  %646 = getelementptr inbounds float, float* %479, i64 16
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %479, i64 48
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %479, i64 80
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %479, i64 112
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %479, i64 144
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = getelementptr inbounds float, float* %479, i64 176
  %662 = bitcast float* %661 to <8 x float>*
  %663 = load <8 x float>, <8 x float>* %662, align 4
  %664 = fadd <8 x float> %651, %654
  %665 = fsub <8 x float> %651, %654
  %666 = fadd <8 x float> %657, %660
  %667 = fsub <8 x float> %657, %660
  %668 = fadd <8 x float> %648, %664
  %669 = fadd <8 x float> %668, %666
  %670 = call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %665)
  %671 = call <8 x float> @llvm.fma.v8f32(<8 x float> %666, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %664)
  %672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %667, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %665)
  %673 = fadd <8 x float> %672, %663
  %674 = add i64 %541, 16
  %675 = fadd <8 x float> %669, %539
  %676 = fcmp olt <8 x float> %675, zeroinitializer
  %677 = select <8 x i1> %676, <8 x float> zeroinitializer, <8 x float> %675
  %678 = getelementptr inbounds float, float* %0, i64 %674
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = add i64 %541, 240
  %681 = fadd <8 x float> %670, %539
  %682 = fcmp olt <8 x float> %681, zeroinitializer
  %683 = select <8 x i1> %682, <8 x float> zeroinitializer, <8 x float> %681
  %684 = getelementptr inbounds float, float* %0, i64 %680
  %685 = bitcast float* %684 to <8 x float>*
  store <8 x float> %683, <8 x float>* %685, align 4
  %686 = add i64 %541, 464
  %687 = fadd <8 x float> %671, %539
  %688 = fcmp olt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> zeroinitializer, <8 x float> %687
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = add i64 %541, 688
  %693 = fadd <8 x float> %673, %539
  %694 = fcmp olt <8 x float> %693, zeroinitializer
  %695 = select <8 x i1> %694, <8 x float> zeroinitializer, <8 x float> %693
  %696 = getelementptr inbounds float, float* %0, i64 %692
  %697 = bitcast float* %696 to <8 x float>*
  store <8 x float> %695, <8 x float>* %697, align 4
  %698 = getelementptr inbounds float, float* %479, i64 24
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = getelementptr inbounds float, float* %479, i64 56
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = getelementptr inbounds float, float* %479, i64 88
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = getelementptr inbounds float, float* %479, i64 120
  %708 = bitcast float* %707 to <8 x float>*
  %709 = load <8 x float>, <8 x float>* %708, align 4
  %710 = getelementptr inbounds float, float* %479, i64 152
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = getelementptr inbounds float, float* %479, i64 184
  %714 = bitcast float* %713 to <8 x float>*
  %715 = load <8 x float>, <8 x float>* %714, align 4
  %716 = fadd <8 x float> %703, %706
  %717 = fsub <8 x float> %703, %706
  %718 = fadd <8 x float> %709, %712
  %719 = fsub <8 x float> %709, %712
  %720 = fadd <8 x float> %700, %716
  %721 = fadd <8 x float> %720, %718
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %717)
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %716)
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %717)
  %725 = fadd <8 x float> %724, %715
  %726 = add i64 %541, 24
  %727 = fadd <8 x float> %721, %539
  %728 = fcmp olt <8 x float> %727, zeroinitializer
  %729 = select <8 x i1> %728, <8 x float> zeroinitializer, <8 x float> %727
  %730 = getelementptr inbounds float, float* %0, i64 %726
  %731 = bitcast float* %730 to <8 x float>*
  store <8 x float> %729, <8 x float>* %731, align 4
  %732 = add i64 %541, 248
  %733 = fadd <8 x float> %722, %539
  %734 = fcmp olt <8 x float> %733, zeroinitializer
  %735 = select <8 x i1> %734, <8 x float> zeroinitializer, <8 x float> %733
  %736 = getelementptr inbounds float, float* %0, i64 %732
  %737 = bitcast float* %736 to <8 x float>*
  store <8 x float> %735, <8 x float>* %737, align 4
  %738 = add i64 %541, 472
  %739 = fadd <8 x float> %723, %539
  %740 = fcmp olt <8 x float> %739, zeroinitializer
  %741 = select <8 x i1> %740, <8 x float> zeroinitializer, <8 x float> %739
  %742 = getelementptr inbounds float, float* %0, i64 %738
  %743 = bitcast float* %742 to <8 x float>*
  store <8 x float> %741, <8 x float>* %743, align 4
  %744 = add i64 %541, 696
  %745 = fadd <8 x float> %725, %539
  %746 = fcmp olt <8 x float> %745, zeroinitializer
  %747 = select <8 x i1> %746, <8 x float> zeroinitializer, <8 x float> %745
  %748 = getelementptr inbounds float, float* %0, i64 %744
  %749 = bitcast float* %748 to <8 x float>*
  store <8 x float> %747, <8 x float>* %749, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !71
}

; Function Attrs: noinline nounwind
define internal void @node8.conv2d_9.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node8.conv2d_9.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.conv2d_10.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node9.conv2d_10.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node9.conv2d_10.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.conv2d_10.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %22 = sub i64 %5, 1
  %23 = add i64 49, %22
  %24 = sdiv i64 %23, %5
  %25 = mul i64 %4, %24
  %26 = icmp slt i64 %25, 49
  %27 = select i1 %26, i64 %25, i64 49
  %28 = add i64 %27, %24
  %29 = icmp slt i64 %28, 49
  %30 = select i1 %29, i64 %28, i64 49
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %27, %entry ], [ %tile.next, %unit.exit ]
  %31 = icmp slt i64 %tile, %30
  br i1 %31, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %32 = add i64 0, %tile
  %33 = srem i64 %32, 7
  %34 = sdiv i64 %32, 7
  %35 = srem i64 %34, 7
  %36 = sdiv i64 %32, 49
  %37 = mul i64 %36, 64
  %38 = mul i64 %37, 7200
  %39 = mul i64 %35, 120
  %40 = mul i64 %33, 4
  %41 = add i64 %39, %40
  %42 = mul i64 %41, 8
  %43 = add i64 %38, %42
  %44 = mul i64 %tile, 512
  %45 = add i64 460800, %44
  %46 = bitcast [288 x float]* %21 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %47 = sub i64 %5, 1
  %48 = add i64 10368, %47
  %49 = sdiv i64 %48, %5
  %50 = mul i64 %4, %49
  %51 = icmp slt i64 %50, 10368
  %52 = select i1 %51, i64 %50, i64 10368
  %53 = add i64 %52, %49
  %54 = icmp slt i64 %53, 10368
  %55 = select i1 %54, i64 %53, i64 10368
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %56 = icmp slt i64 %unit, 64
  br i1 %56, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %57 = mul i64 %unit, 7200
  %58 = add i64 %43, %57
  %59 = add i64 %58, 80
  %60 = getelementptr inbounds float, float* %2, i64 %59
  %61 = bitcast float* %60 to i8*
  call void @llvm.prefetch.p0i8(i8* %61, i32 0, i32 3, i32 1)
  %62 = add i64 %58, 96
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to i8*
  call void @llvm.prefetch.p0i8(i8* %64, i32 0, i32 3, i32 1)
  %65 = add i64 %58, 320
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %58, 336
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %58, 560
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %58, 576
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %58, 800
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %58, 816
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %58, 1040
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %58, 1056
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %58, 1280
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %58, 1296
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !72

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %95 = icmp slt i64 %column, 6
  br i1 %95, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %96 = mul i64 %column, 8
  %97 = add i64 %58, %96
  %98 = add i64 %97, 0
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %97, 240
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %97, 480
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %97, 720
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %97, 960
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %97, 1200
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = fmul <8 x float> %109, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %123 = fmul <8 x float> %105, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %124 = fsub <8 x float> %117, %122
  %125 = fsub <8 x float> %113, %123
  %126 = fsub <8 x float> %117, %109
  %127 = fsub <8 x float> %113, %105
  %128 = fmul <8 x float> %127, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %101, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %117)
  %130 = fmul <8 x float> %109, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %131 = fadd <8 x float> %129, %130
  %132 = fadd <8 x float> %124, %125
  %133 = fsub <8 x float> %124, %125
  %134 = fadd <8 x float> %126, %128
  %135 = fsub <8 x float> %126, %128
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %105, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %121)
  %137 = fmul <8 x float> %113, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %138 = fadd <8 x float> %136, %137
  %139 = mul i64 %column, 8
  %140 = add i64 %139, 0
  %141 = getelementptr inbounds float, float* %46, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %131, <8 x float>* %142, align 4
  %143 = mul i64 %column, 8
  %144 = add i64 %143, 48
  %145 = getelementptr inbounds float, float* %46, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  store <8 x float> %132, <8 x float>* %146, align 4
  %147 = mul i64 %column, 8
  %148 = add i64 %147, 96
  %149 = getelementptr inbounds float, float* %46, i64 %148
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %133, <8 x float>* %150, align 4
  %151 = mul i64 %column, 8
  %152 = add i64 %151, 144
  %153 = getelementptr inbounds float, float* %46, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %134, <8 x float>* %154, align 4
  %155 = mul i64 %column, 8
  %156 = add i64 %155, 192
  %157 = getelementptr inbounds float, float* %46, i64 %156
  %158 = bitcast float* %157 to <8 x float>*
  store <8 x float> %135, <8 x float>* %158, align 4
  %159 = mul i64 %column, 8
  %160 = add i64 %159, 240
  %161 = getelementptr inbounds float, float* %46, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %138, <8 x float>* %162, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !73

column.exit:                                      ; preds = %column.header
  %163 = mul i64 %unit, 8
  %164 = add i64 %45, %163
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %165 = icmp slt i64 %row, 6
  br i1 %165, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %166 = mul i64 %row, 48
  %167 = add i64 %166, 0
  %168 = getelementptr inbounds float, float* %46, i64 %167
  %169 = bitcast float* %168 to <8 x float>*
  %170 = load <8 x float>, <8 x float>* %169, align 4
  %171 = add i64 %166, 8
  %172 = getelementptr inbounds float, float* %46, i64 %171
  %173 = bitcast float* %172 to <8 x float>*
  %174 = load <8 x float>, <8 x float>* %173, align 4
  %175 = add i64 %166, 16
  %176 = getelementptr inbounds float, float* %46, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  %178 = load <8 x float>, <8 x float>* %177, align 4
  %179 = add i64 %166, 24
  %180 = getelementptr inbounds float, float* %46, i64 %179
  %181 = bitcast float* %180 to <8 x float>*
  %182 = load <8 x float>, <8 x float>* %181, align 4
  %183 = add i64 %166, 32
  %184 = getelementptr inbounds float, float* %46, i64 %183
  %185 = bitcast float* %184 to <8 x float>*
  %186 = load <8 x float>, <8 x float>* %185, align 4
  %187 = add i64 %166, 40
  %188 = getelementptr inbounds float, float* %46, i64 %187
  %189 = bitcast float* %188 to <8 x float>*
  %190 = load <8 x float>, <8 x float>* %189, align 4
  %191 = fmul <8 x float> %178, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %192 = fmul <8 x float> %174, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %193 = fsub <8 x float> %186, %191
  %194 = fsub <8 x float> %182, %192
  %195 = fsub <8 x float> %186, %178
  %196 = fsub <8 x float> %182, %174
  %197 = fmul <8 x float> %196, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %198 = call <8 x float> @llvm.fma.v8f32(<8 x float> %170, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %186)
  %199 = fmul <8 x float> %178, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %200 = fadd <8 x float> %198, %199
  %201 = fadd <8 x float> %193, %194
  %202 = fsub <8 x float> %193, %194
  %203 = fadd <8 x float> %195, %197
  %204 = fsub <8 x float> %195, %197
  %205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %190)
  %206 = fmul <8 x float> %182, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %207 = fadd <8 x float> %205, %206
  %208 = mul i64 %row, 150528
  %209 = add i64 %164, %208
  %210 = add i64 %209, 0
  %211 = getelementptr inbounds float, float* %2, i64 %210
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %200, <8 x float>* %212, align 4
  %213 = add i64 %209, 25088
  %214 = getelementptr inbounds float, float* %2, i64 %213
  %215 = bitcast float* %214 to <8 x float>*
  store <8 x float> %201, <8 x float>* %215, align 4
  %216 = add i64 %209, 50176
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %202, <8 x float>* %218, align 4
  %219 = add i64 %209, 75264
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %203, <8 x float>* %221, align 4
  %222 = add i64 %209, 100352
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %204, <8 x float>* %224, align 4
  %225 = add i64 %209, 125440
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %207, <8 x float>* %227, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !74

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !75

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %52, %tile.exit ], [ %task.next, %endif ]
  %228 = icmp slt i64 %task, %55
  br i1 %228, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %229 = sdiv i64 %task, 288
  %230 = srem i64 %task, 288
  %231 = mul i64 %229, 25088
  %232 = add i64 460800, %231
  %233 = getelementptr inbounds float, float* %2, i64 %232
  %234 = mul i64 %229, 262144
  %235 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_10.winograd to float*), i64 %234
  %236 = mul i64 %229, 25088
  %237 = add i64 1363968, %236
  %238 = srem i64 %230, 9
  %239 = sdiv i64 %230, 9
  %240 = mul i64 %238, 6
  %241 = mul i64 %239, 16
  %242 = mul i64 %239, 8192
  %243 = icmp eq i64 %238, 8
  br i1 %243, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %244 = sub i64 %5, 1
  %245 = add i64 49, %244
  %246 = sdiv i64 %245, %5
  %247 = mul i64 %4, %246
  %248 = icmp slt i64 %247, 49
  %249 = select i1 %248, i64 %247, i64 49
  %250 = add i64 %249, %246
  %251 = icmp slt i64 %250, 49
  %252 = select i1 %251, i64 %250, i64 49
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
  br label %task.header, !llvm.loop !76

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %253 = icmp slt i64 %k, 512
  br i1 %253, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %254 = mul i64 %k, 16
  %255 = add i64 %242, %254
  %256 = add i64 %255, 0
  %257 = getelementptr inbounds float, float* %235, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %255, 8
  %261 = getelementptr inbounds float, float* %235, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %240, 0
  %265 = mul i64 %264, 512
  %266 = add i64 %265, %k
  %267 = getelementptr inbounds float, float* %233, i64 %266
  %268 = load float, float* %267, align 4
  %269 = insertelement <8 x float> undef, float %268, i32 0
  %splat = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, <8 x float>* %20, align 32
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %259, <8 x float> %270)
  store <8 x float> %271, <8 x float>* %20, align 32
  %272 = load <8 x float>, <8 x float>* %19, align 32
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %263, <8 x float> %272)
  store <8 x float> %273, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %274 = add i64 %240, 0
  %275 = add i64 %241, 0
  %276 = load <8 x float>, <8 x float>* %20, align 32
  %277 = mul i64 %274, 512
  %278 = add i64 %277, %275
  %279 = add i64 %237, %278
  %280 = getelementptr inbounds float, float* %2, i64 %279
  %281 = bitcast float* %280 to <8 x float>*
  store <8 x float> %276, <8 x float>* %281, align 4
  %282 = add i64 %240, 0
  %283 = add i64 %241, 8
  %284 = load <8 x float>, <8 x float>* %19, align 32
  %285 = mul i64 %282, 512
  %286 = add i64 %285, %283
  %287 = add i64 %237, %286
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %284, <8 x float>* %289, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next11, %k.body2 ]
  %290 = icmp slt i64 %k4, 512
  br i1 %290, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %291 = mul i64 %k4, 16
  %292 = add i64 %242, %291
  %293 = add i64 %292, 0
  %294 = getelementptr inbounds float, float* %235, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = add i64 %292, 8
  %298 = getelementptr inbounds float, float* %235, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %240, 0
  %302 = mul i64 %301, 512
  %303 = add i64 %302, %k4
  %304 = getelementptr inbounds float, float* %233, i64 %303
  %305 = load float, float* %304, align 4
  %306 = insertelement <8 x float> undef, float %305, i32 0
  %splat5 = shufflevector <8 x float> %306, <8 x float> undef, <8 x i32> zeroinitializer
  %307 = load <8 x float>, <8 x float>* %18, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %296, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %18, align 32
  %309 = load <8 x float>, <8 x float>* %12, align 32
  %310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %300, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %12, align 32
  %311 = add i64 %240, 1
  %312 = mul i64 %311, 512
  %313 = add i64 %312, %k4
  %314 = getelementptr inbounds float, float* %233, i64 %313
  %315 = load float, float* %314, align 4
  %316 = insertelement <8 x float> undef, float %315, i32 0
  %splat6 = shufflevector <8 x float> %316, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, <8 x float>* %17, align 32
  %318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %296, <8 x float> %317)
  store <8 x float> %318, <8 x float>* %17, align 32
  %319 = load <8 x float>, <8 x float>* %11, align 32
  %320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %300, <8 x float> %319)
  store <8 x float> %320, <8 x float>* %11, align 32
  %321 = add i64 %240, 2
  %322 = mul i64 %321, 512
  %323 = add i64 %322, %k4
  %324 = getelementptr inbounds float, float* %233, i64 %323
  %325 = load float, float* %324, align 4
  %326 = insertelement <8 x float> undef, float %325, i32 0
  %splat7 = shufflevector <8 x float> %326, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %16, align 32
  %328 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %296, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %16, align 32
  %329 = load <8 x float>, <8 x float>* %10, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %300, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %10, align 32
  %331 = add i64 %240, 3
  %332 = mul i64 %331, 512
  %333 = add i64 %332, %k4
  %334 = getelementptr inbounds float, float* %233, i64 %333
  %335 = load float, float* %334, align 4
  %336 = insertelement <8 x float> undef, float %335, i32 0
  %splat8 = shufflevector <8 x float> %336, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = load <8 x float>, <8 x float>* %15, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %296, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %15, align 32
  %339 = load <8 x float>, <8 x float>* %9, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %300, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %9, align 32
  %341 = add i64 %240, 4
  %342 = mul i64 %341, 512
  %343 = add i64 %342, %k4
  %344 = getelementptr inbounds float, float* %233, i64 %343
  %345 = load float, float* %344, align 4
  %346 = insertelement <8 x float> undef, float %345, i32 0
  %splat9 = shufflevector <8 x float> %346, <8 x float> undef, <8 x i32> zeroinitializer
  %347 = load <8 x float>, <8 x float>* %14, align 32
  %348 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %296, <8 x float> %347)
  store <8 x float> %348, <8 x float>* %14, align 32
  %349 = load <8 x float>, <8 x float>* %8, align 32
  %350 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %300, <8 x float> %349)
  store <8 x float> %350, <8 x float>* %8, align 32
  %351 = add i64 %240, 5
  %352 = mul i64 %351, 512
  %353 = add i64 %352, %k4
  %354 = getelementptr inbounds float, float* %233, i64 %353
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i32 0
  %splat10 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %13, align 32
  %358 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %296, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %13, align 32
  %359 = load <8 x float>, <8 x float>* %7, align 32
  %360 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %300, <8 x float> %359)
  store <8 x float> %360, <8 x float>* %7, align 32
  %k.next11 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %361 = add i64 %240, 0
  %362 = add i64 %241, 0
  %363 = load <8 x float>, <8 x float>* %18, align 32
  %364 = mul i64 %361, 512
  %365 = add i64 %364, %362
  %366 = add i64 %237, %365
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %363, <8 x float>* %368, align 4
  %369 = add i64 %240, 1
  %370 = add i64 %241, 0
  %371 = load <8 x float>, <8 x float>* %17, align 32
  %372 = mul i64 %369, 512
  %373 = add i64 %372, %370
  %374 = add i64 %237, %373
  %375 = getelementptr inbounds float, float* %2, i64 %374
  %376 = bitcast float* %375 to <8 x float>*
  store <8 x float> %371, <8 x float>* %376, align 4
  %377 = add i64 %240, 2
  %378 = add i64 %241, 0
  %379 = load <8 x float>, <8 x float>* %16, align 32
  %380 = mul i64 %377, 512
  %381 = add i64 %380, %378
  %382 = add i64 %237, %381
  %383 = getelementptr inbounds float, float* %2, i64 %382
  %384 = bitcast float* %383 to <8 x float>*
  store <8 x float> %379, <8 x float>* %384, align 4
  %385 = add i64 %240, 3
  %386 = add i64 %241, 0
  %387 = load <8 x float>, <8 x float>* %15, align 32
  %388 = mul i64 %385, 512
  %389 = add i64 %388, %386
  %390 = add i64 %237, %389
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = bitcast float* %391 to <8 x float>*
  store <8 x float> %387, <8 x float>* %392, align 4
  %393 = add i64 %240, 4
  %394 = add i64 %241, 0
  %395 = load <8 x float>, <8 x float>* %14, align 32
  %396 = mul i64 %393, 512
  %397 = add i64 %396, %394
  %398 = add i64 %237, %397
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %395, <8 x float>* %400, align 4
  %401 = add i64 %240, 5
  %402 = add i64 %241, 0
  %403 = load <8 x float>, <8 x float>* %13, align 32
  %404 = mul i64 %401, 512
  %405 = add i64 %404, %402
  %406 = add i64 %237, %405
  %407 = getelementptr inbounds float, float* %2, i64 %406
  %408 = bitcast float* %407 to <8 x float>*
  store <8 x float> %403, <8 x float>* %408, align 4
  %409 = add i64 %240, 0
  %410 = add i64 %241, 8
  %411 = load <8 x float>, <8 x float>* %12, align 32
  %412 = mul i64 %409, 512
  %413 = add i64 %412, %410
  %414 = add i64 %237, %413
  %415 = getelementptr inbounds float, float* %2, i64 %414
  %416 = bitcast float* %415 to <8 x float>*
  store <8 x float> %411, <8 x float>* %416, align 4
  %417 = add i64 %240, 1
  %418 = add i64 %241, 8
  %419 = load <8 x float>, <8 x float>* %11, align 32
  %420 = mul i64 %417, 512
  %421 = add i64 %420, %418
  %422 = add i64 %237, %421
  %423 = getelementptr inbounds float, float* %2, i64 %422
  %424 = bitcast float* %423 to <8 x float>*
  store <8 x float> %419, <8 x float>* %424, align 4
  %425 = add i64 %240, 2
  %426 = add i64 %241, 8
  %427 = load <8 x float>, <8 x float>* %10, align 32
  %428 = mul i64 %425, 512
  %429 = add i64 %428, %426
  %430 = add i64 %237, %429
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %427, <8 x float>* %432, align 4
  %433 = add i64 %240, 3
  %434 = add i64 %241, 8
  %435 = load <8 x float>, <8 x float>* %9, align 32
  %436 = mul i64 %433, 512
  %437 = add i64 %436, %434
  %438 = add i64 %237, %437
  %439 = getelementptr inbounds float, float* %2, i64 %438
  %440 = bitcast float* %439 to <8 x float>*
  store <8 x float> %435, <8 x float>* %440, align 4
  %441 = add i64 %240, 4
  %442 = add i64 %241, 8
  %443 = load <8 x float>, <8 x float>* %8, align 32
  %444 = mul i64 %441, 512
  %445 = add i64 %444, %442
  %446 = add i64 %237, %445
  %447 = getelementptr inbounds float, float* %2, i64 %446
  %448 = bitcast float* %447 to <8 x float>*
  store <8 x float> %443, <8 x float>* %448, align 4
  %449 = add i64 %240, 5
  %450 = add i64 %241, 8
  %451 = load <8 x float>, <8 x float>* %7, align 32
  %452 = mul i64 %449, 512
  %453 = add i64 %452, %450
  %454 = add i64 %237, %453
  %455 = getelementptr inbounds float, float* %2, i64 %454
  %456 = bitcast float* %455 to <8 x float>*
  store <8 x float> %451, <8 x float>* %456, align 4
  br label %endif

tile.header12:                                    ; preds = %block.exit, %task.exit
  %tile15 = phi i64 [ %249, %task.exit ], [ %tile.next21, %block.exit ]
  %457 = icmp slt i64 %tile15, %252
  br i1 %457, label %tile.body13, label %tile.exit14

tile.body13:                                      ; preds = %tile.header12
  %458 = add i64 0, %tile15
  %459 = srem i64 %458, 7
  %460 = sdiv i64 %458, 7
  %461 = srem i64 %460, 7
  %462 = sdiv i64 %458, 49
  %463 = mul i64 %462, 64
  %464 = mul i64 %463, 6272
  %465 = mul i64 %461, 112
  %466 = mul i64 %459, 4
  %467 = add i64 %465, %466
  %468 = mul i64 %467, 8
  %469 = add i64 %464, %468
  %470 = mul i64 %462, 64
  %471 = mul i64 %470, 1568
  %472 = mul i64 %461, 28
  %473 = mul i64 %459, 2
  %474 = add i64 %472, %473
  %475 = mul i64 %474, 8
  %476 = add i64 %471, %475
  %477 = mul i64 %tile15, 512
  %478 = add i64 1363968, %477
  %479 = bitcast [192 x float]* %6 to float*
  br label %block.header

tile.exit14:                                      ; preds = %tile.header12
  ret void

block.header:                                     ; preds = %row.exit18, %tile.body13
  %block = phi i64 [ 0, %tile.body13 ], [ %block.next, %row.exit18 ]
  %480 = icmp slt i64 %block, 64
  br i1 %480, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %481 = mul i64 %block, 8
  %482 = add i64 %478, %481
  br label %row.header16

block.exit:                                       ; preds = %block.header
  %tile.next21 = add i64 %tile15, 1
  br label %tile.header12, !llvm.loop !77

row.header16:                                     ; preds = %row.body17, %block.body
  %row19 = phi i64 [ 0, %block.body ], [ %row.next20, %row.body17 ]
  %483 = icmp slt i64 %row19, 6
  br i1 %483, label %row.body17, label %row.exit18

row.body17:                                       ; preds = %row.header16
  %484 = mul i64 %row19, 150528
  %485 = add i64 %482, %484
  %486 = add i64 %485, 0
  %487 = getelementptr inbounds float, float* %2, i64 %486
  %488 = bitcast float* %487 to <8 x float>*
  %489 = load <8 x float>, <8 x float>* %488, align 4
  %490 = add i64 %485, 25088
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  %493 = load <8 x float>, <8 x float>* %492, align 4
  %494 = add i64 %485, 50176
  %495 = getelementptr inbounds float, float* %2, i64 %494
  %496 = bitcast float* %495 to <8 x float>*
  %497 = load <8 x float>, <8 x float>* %496, align 4
  %498 = add i64 %485, 75264
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  %501 = load <8 x float>, <8 x float>* %500, align 4
  %502 = add i64 %485, 100352
  %503 = getelementptr inbounds float, float* %2, i64 %502
  %504 = bitcast float* %503 to <8 x float>*
  %505 = load <8 x float>, <8 x float>* %504, align 4
  %506 = add i64 %485, 125440
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  %509 = load <8 x float>, <8 x float>* %508, align 4
  %510 = fadd <8 x float> %493, %497
  %511 = fsub <8 x float> %493, %497
  %512 = fadd <8 x float> %501, %505
  %513 = fsub <8 x float> %501, %505
  %514 = fadd <8 x float> %489, %510
  %515 = fadd <8 x float> %514, %512
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %511)
  %517 = call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %510)
  %518 = call <8 x float> @llvm.fma.v8f32(<8 x float> %513, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %511)
  %519 = fadd <8 x float> %518, %509
  %520 = mul i64 %row19, 32
  %521 = add i64 %520, 0
  %522 = getelementptr inbounds float, float* %479, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  store <8 x float> %515, <8 x float>* %523, align 4
  %524 = mul i64 %row19, 32
  %525 = add i64 %524, 8
  %526 = getelementptr inbounds float, float* %479, i64 %525
  %527 = bitcast float* %526 to <8 x float>*
  store <8 x float> %516, <8 x float>* %527, align 4
  %528 = mul i64 %row19, 32
  %529 = add i64 %528, 16
  %530 = getelementptr inbounds float, float* %479, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  store <8 x float> %517, <8 x float>* %531, align 4
  %532 = mul i64 %row19, 32
  %533 = add i64 %532, 24
  %534 = getelementptr inbounds float, float* %479, i64 %533
  %535 = bitcast float* %534 to <8 x float>*
  store <8 x float> %519, <8 x float>* %535, align 4
  %row.next20 = add i64 %row19, 1
  br label %row.header16, !llvm.loop !78

row.exit18:                                       ; preds = %row.header16
  %536 = mul i64 %block, 8
  %537 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_10.bias to float*), i64 %536
  %538 = bitcast float* %537 to <8 x float>*
  %539 = load <8 x float>, <8 x float>* %538, align 4
  %540 = mul i64 %block, 6272
  %541 = add i64 %469, %540
  %542 = getelementptr inbounds float, float* %479, i64 0
  %543 = bitcast float* %542 to <8 x float>*
  %544 = load <8 x float>, <8 x float>* %543, align 4
  %545 = getelementptr inbounds float, float* %479, i64 32
  %546 = bitcast float* %545 to <8 x float>*
  %547 = load <8 x float>, <8 x float>* %546, align 4
  %548 = getelementptr inbounds float, float* %479, i64 64
  %549 = bitcast float* %548 to <8 x float>*
  %550 = load <8 x float>, <8 x float>* %549, align 4
  %551 = getelementptr inbounds float, float* %479, i64 96
  %552 = bitcast float* %551 to <8 x float>*
  %553 = load <8 x float>, <8 x float>* %552, align 4
  %554 = getelementptr inbounds float, float* %479, i64 128
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = getelementptr inbounds float, float* %479, i64 160
  %558 = bitcast float* %557 to <8 x float>*
  %559 = load <8 x float>, <8 x float>* %558, align 4
  %560 = fadd <8 x float> %547, %550
  %561 = fsub <8 x float> %547, %550
  %562 = fadd <8 x float> %553, %556
  %563 = fsub <8 x float> %553, %556
  %564 = fadd <8 x float> %544, %560
  %565 = fadd <8 x float> %564, %562
  %566 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %561)
  %567 = call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %560)
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %561)
  %569 = fadd <8 x float> %568, %559
  %570 = fadd <8 x float> %565, %539
  %571 = fcmp olt <8 x float> %570, zeroinitializer
  %572 = select <8 x i1> %571, <8 x float> zeroinitializer, <8 x float> %570
  %573 = fadd <8 x float> %566, %539
  %574 = fcmp olt <8 x float> %573, zeroinitializer
  %575 = select <8 x i1> %574, <8 x float> zeroinitializer, <8 x float> %573
  %576 = fadd <8 x float> %567, %539
  %577 = fcmp olt <8 x float> %576, zeroinitializer
  %578 = select <8 x i1> %577, <8 x float> zeroinitializer, <8 x float> %576
  %579 = fadd <8 x float> %569, %539
  %580 = fcmp olt <8 x float> %579, zeroinitializer
  %581 = select <8 x i1> %580, <8 x float> zeroinitializer, <8 x float> %579
  %582 = getelementptr inbounds float, float* %479, i64 8
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = getelementptr inbounds float, float* %479, i64 40
  %586 = bitcast float* %585 to <8 x float>*
  %587 = load <8 x float>, <8 x float>* %586, align 4
  %588 = getelementptr inbounds float, float* %479, i64 72
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = getelementptr inbounds float, float* %479, i64 104
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = getelementptr inbounds float, float* %479, i64 136
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = getelementptr inbounds float, float* %479, i64 168
  %598 = bitcast float* %597 to <8 x float>*
  %599 = load <8 x float>, <8 x float>* %598, align 4
  %600 = fadd <8 x float> %587, %590
  %601 = fsub <8 x float> %587, %590
  %602 = fadd <8 x float> %593, %596
  %603 = fsub <8 x float> %593, %596
  %604 = fadd <8 x float> %584, %600
  %605 = fadd <8 x float> %604, %602
  %606 = call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %601)
  %607 = call <8 x float> @llvm.fma.v8f32(<8 x float> %602, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %600)
  %608 = call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %601)
  %609 = fadd <8 x float> %608, %599
  %610 = fadd <8 x float> %605, %539
  %611 = fcmp olt <8 x float> %610, zeroinitializer
  %612 = select <8 x i1> %611, <8 x float> zeroinitializer, <8 x float> %610
  %613 = fadd <8 x float> %606, %539
  %614 = fcmp olt <8 x float> %613, zeroinitializer
  %615 = select <8 x i1> %614, <8 x float> zeroinitializer, <8 x float> %613
  %616 = fadd <8 x float> %607, %539
  %617 = fcmp olt <8 x float> %616, zeroinitializer
  %618 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> %616
  %619 = fadd <8 x float> %609, %539
  %620 = fcmp olt <8 x float> %619, zeroinitializer
  %621 = select <8 x i1> %620, <8 x float> zeroinitializer, <8 x float> %619
  %622 = getelementptr inbounds float, float* %479, i64 16
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = getelementptr inbounds float, float* %479, i64 48
  %626 = bitcast float* %625 to <8 x float>*
  %627 = load <8 x float>, <8 x float>* %626, align 4
  %628 = getelementptr inbounds float, float* %479, i64 80
  %629 = bitcast float* %628 to <8 x float>*
  %630 = load <8 x float>, <8 x float>* %629, align 4
  %631 = getelementptr inbounds float, float* %479, i64 112
  %632 = bitcast float* %631 to <8 x float>*
  %633 = load <8 x float>, <8 x float>* %632, align 4
  %634 = getelementptr inbounds float, float* %479, i64 144
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = getelementptr inbounds float, float* %479, i64 176
  %638 = bitcast float* %637 to <8 x float>*
  %639 = load <8 x float>, <8 x float>* %638, align 4
  %640 = fadd <8 x float> %627, %630
  %641 = fsub <8 x float> %627, %630
  %642 = fadd <8 x float> %633, %636
  %643 = fsub <8 x float> %633, %636
  %644 = fadd <8 x float> %624, %640
  %645 = fadd <8 x float> %644, %642
  %646 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %641)
  %647 = call <8 x float> @llvm.fma.v8f32(<8 x float> %642, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %640)
  %648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %641)
  %649 = fadd <8 x float> %648, %639
  %650 = fadd <8 x float> %645, %539
  %651 = fcmp olt <8 x float> %650, zeroinitializer
  %652 = select <8 x i1> %651, <8 x float> zeroinitializer, <8 x float> %650
  %653 = fadd <8 x float> %646, %539
  %654 = fcmp olt <8 x float> %653, zeroinitializer
  %655 = select <8 x i1> %654, <8 x float> zeroinitializer, <8 x float> %653
  %656 = fadd <8 x float> %647, %539
  %657 = fcmp olt <8 x float> %656, zeroinitializer
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> %656
  %659 = fadd <8 x float> %649, %539
  %660 = fcmp olt <8 x float> %659, zeroinitializer
  %661 = select <8 x i1> %660, <8 x float> zeroinitializer, <8 x float> %659
  %662 = getelementptr inbounds float, float* %479, i64 24
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = getelementptr inbounds float, float* %479, i64 56
  %666 = bitcast float* %665 to <8 x float>*
  %667 = load <8 x float>, <8 x float>* %666, align 4
  %668 = getelementptr inbounds float, float* %479, i64 88
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = getelementptr inbounds float, float* %479, i64 120
  %672 = bitcast float* %671 to <8 x float>*
  %673 = load <8 x float>, <8 x float>* %672, align 4
  %674 = getelementptr inbounds float, float* %479, i64 152
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = getelementptr inbounds float, float* %479, i64 184
  %678 = bitcast float* %677 to <8 x float>*
  %679 = load <8 x float>, <8 x float>* %678, align 4
  %680 = fadd <8 x float> %667, %670
  %681 = fsub <8 x float> %667, %670
  %682 = fadd <8 x float> %673, %676
  %683 = fsub <8 x float> %673, %676
  %684 = fadd <8 x float> %664, %680
  %685 = fadd <8 x float> %684, %682
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %681)
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %680)
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %681)
  %689 = fadd <8 x float> %688, %679
  %690 = fadd <8 x float> %685, %539
  %691 = fcmp olt <8 x float> %690, zeroinitializer
  %692 = select <8 x i1> %691, <8 x float> zeroinitializer, <8 x float> %690
  %693 = fadd <8 x float> %686, %539
  %694 = fcmp olt <8 x float> %693, zeroinitializer
  %695 = select <8 x i1> %694, <8 x float> zeroinitializer, <8 x float> %693
  %696 = fadd <8 x float> %687, %539
  %697 = fcmp olt <8 x float> %696, zeroinitializer
  %698 = select <8 x i1> %697, <8 x float> zeroinitializer, <8 x float> %696
  %699 = fadd <8 x float> %689, %539
  %700 = fcmp olt <8 x float> %699, zeroinitializer
  %701 = select <8 x i1> %700, <8 x float> zeroinitializer, <8 x float> %699
  %702 = mul i64 %block, 1568
  %703 = add i64 %476, %702
  %704 = fcmp ogt <8 x float> %572, %612
  %705 = select <8 x i1> %704, <8 x float> %572, <8 x float> %612
  %706 = fcmp uno <8 x float> %572, %572
  %707 = select <8 x i1> %706, <8 x float> %572, <8 x float> %705
  %708 = fcmp ogt <8 x float> %707, %575
  %709 = select <8 x i1> %708, <8 x float> %707, <8 x float> %575
  %710 = fcmp uno <8 x float> %707, %707
  %711 = select <8 x i1> %710, <8 x float> %707, <8 x float> %709
  %712 = fcmp ogt <8 x float> %711, %615
  %713 = select <8 x i1> %712, <8 x float> %711, <8 x float> %615
  %714 = fcmp uno <8 x float> %711, %711
  %715 = select <8 x i1> %714, <8 x float> %711, <8 x float> %713
  %716 = add i64 %703, 0
  %717 = getelementptr inbounds float, float* %0, i64 %716
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %715, <8 x float>* %718, align 4
  %719 = fcmp ogt <8 x float> %652, %692
  %720 = select <8 x i1> %719, <8 x float> %652, <8 x float> %692
  %721 = fcmp uno <8 x float> %652, %652
  %722 = select <8 x i1> %721, <8 x float> %652, <8 x float> %720
  %723 = fcmp ogt <8 x float> %722, %655
  %724 = select <8 x i1> %723, <8 x float> %722, <8 x float> %655
  %725 = fcmp uno <8 x float> %722, %722
  %726 = select <8 x i1> %725, <8 x float> %722, <8 x float> %724
  %727 = fcmp ogt <8 x float> %726, %695
  %728 = select <8 x i1> %727, <8 x float> %726, <8 x float> %695
  %729 = fcmp uno <8 x float> %726, %726
  %730 = select <8 x i1> %729, <8 x float> %726, <8 x float> %728
  %731 = add i64 %703, 8
  %732 = getelementptr inbounds float, float* %0, i64 %731
  %733 = bitcast float* %732 to <8 x float>*
  store <8 x float> %730, <8 x float>* %733, align 4
  %734 = fcmp ogt <8 x float> %578, %618
  %735 = select <8 x i1> %734, <8 x float> %578, <8 x float> %618
  %736 = fcmp uno <8 x float> %578, %578
  %737 = select <8 x i1> %736, <8 x float> %578, <8 x float> %735
  %738 = fcmp ogt <8 x float> %737, %581
  %739 = select <8 x i1> %738, <8 x float> %737, <8 x float> %581
  %740 = fcmp uno <8 x float> %737, %737
  %741 = select <8 x i1> %740, <8 x float> %737, <8 x float> %739
  %742 = fcmp ogt <8 x float> %741, %621
  %743 = select <8 x i1> %742, <8 x float> %741, <8 x float> %621
  %744 = fcmp uno <8 x float> %741, %741
  %745 = select <8 x i1> %744, <8 x float> %741, <8 x float> %743
  %746 = add i64 %703, 112
  %747 = getelementptr inbounds float, float* %0, i64 %746
  %748 = bitcast float* %747 to <8 x float>*
  store <8 x float> %745, <8 x float>* %748, align 4
  %749 = fcmp ogt <8 x float> %658, %698
  %750 = select <8 x i1> %749, <8 x float> %658, <8 x float> %698
  %751 = fcmp uno <8 x float> %658, %658
  %752 = select <8 x i1> %751, <8 x float> %658, <8 x float> %750
  %753 = fcmp ogt <8 x float> %752, %661
  %754 = select <8 x i1> %753, <8 x float> %752, <8 x float> %661
  %755 = fcmp uno <8 x float> %752, %752
  %756 = select <8 x i1> %755, <8 x float> %752, <8 x float> %754
  %757 = fcmp ogt <8 x float> %756, %701
  %758 = select <8 x i1> %757, <8 x float> %756, <8 x float> %701
  %759 = fcmp uno <8 x float> %756, %756
  %760 = select <8 x i1> %759, <8 x float> %756, <8 x float> %758
  %761 = add i64 %703, 120
  %762 = getelementptr inbounds float, float* %0, i64 %761
  %763 = bitcast float* %762 to <8 x float>*
  store <8 x float> %760, <8 x float>* %763, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !79
}

; Function Attrs: noinline nounwind
define internal void @node9.conv2d_10.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node9.conv2d_10.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_11.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node10.conv2d_11.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node10.conv2d_11.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv2d_11.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %28 = sub i64 %5, 1
  %29 = add i64 16, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 16
  %33 = select i1 %32, i64 %31, i64 16
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 16
  %36 = select i1 %35, i64 %34, i64 16
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 4
  %40 = sdiv i64 %38, 4
  %41 = srem i64 %40, 4
  %42 = sdiv i64 %38, 16
  %43 = mul i64 %42, 64
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 512
  %51 = add i64 165888, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 3456, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 3456
  %58 = select i1 %57, i64 %56, i64 3456
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 3456
  %61 = select i1 %60, i64 %59, i64 3456
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 64
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 2592
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 224
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 240
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 368
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 384
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 512
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 528
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 656
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 672
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 800
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 816
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !80

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 144
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 288
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 432
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 576
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 720
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !81

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 49152
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 8192
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 16384
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 24576
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 32768
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 40960
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !82

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !83

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 96
  %236 = srem i64 %task, 96
  %237 = mul i64 %235, 8192
  %238 = add i64 165888, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 262144
  %241 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_11.winograd to float*), i64 %240
  %242 = mul i64 %235, 8192
  %243 = add i64 460800, %242
  %244 = srem i64 %236, 3
  %245 = sdiv i64 %236, 3
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 8192
  %249 = icmp eq i64 %244, 2
  br i1 %249, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %250 = sub i64 %5, 1
  %251 = add i64 16, %250
  %252 = sdiv i64 %251, %5
  %253 = mul i64 %4, %252
  %254 = icmp slt i64 %253, 16
  %255 = select i1 %254, i64 %253, i64 16
  %256 = add i64 %255, %252
  %257 = icmp slt i64 %256, 16
  %258 = select i1 %257, i64 %256, i64 16
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
  br label %task.header, !llvm.loop !84

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 512
  br i1 %259, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %260 = mul i64 %k, 16
  %261 = add i64 %248, %260
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %241, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %261, 8
  %267 = getelementptr inbounds float, float* %241, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %246, 0
  %271 = mul i64 %270, 512
  %272 = add i64 %271, %k
  %273 = getelementptr inbounds float, float* %239, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %26, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %26, align 32
  %278 = load <8 x float>, <8 x float>* %22, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %269, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %22, align 32
  %280 = add i64 %246, 1
  %281 = mul i64 %280, 512
  %282 = add i64 %281, %k
  %283 = getelementptr inbounds float, float* %239, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat1 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %25, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %265, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %25, align 32
  %288 = load <8 x float>, <8 x float>* %21, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %269, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %21, align 32
  %290 = add i64 %246, 2
  %291 = mul i64 %290, 512
  %292 = add i64 %291, %k
  %293 = getelementptr inbounds float, float* %239, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat2 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %24, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %24, align 32
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = add i64 %246, 3
  %301 = mul i64 %300, 512
  %302 = add i64 %301, %k
  %303 = getelementptr inbounds float, float* %239, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat3 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %265, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %19, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %310 = add i64 %246, 0
  %311 = add i64 %247, 0
  %312 = load <8 x float>, <8 x float>* %26, align 32
  %313 = mul i64 %310, 512
  %314 = add i64 %313, %311
  %315 = add i64 %243, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 512
  %322 = add i64 %321, %319
  %323 = add i64 %243, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 512
  %330 = add i64 %329, %327
  %331 = add i64 %243, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 512
  %338 = add i64 %337, %335
  %339 = add i64 %243, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 512
  %346 = add i64 %345, %343
  %347 = add i64 %243, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 512
  %354 = add i64 %353, %351
  %355 = add i64 %243, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 512
  %362 = add i64 %361, %359
  %363 = add i64 %243, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 512
  %370 = add i64 %369, %367
  %371 = add i64 %243, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 512
  br i1 %374, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %375 = mul i64 %k7, 16
  %376 = add i64 %248, %375
  %377 = add i64 %376, 0
  %378 = getelementptr inbounds float, float* %241, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %376, 8
  %382 = getelementptr inbounds float, float* %241, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %246, 0
  %386 = mul i64 %385, 512
  %387 = add i64 %386, %k7
  %388 = getelementptr inbounds float, float* %239, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat8 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %18, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %18, align 32
  %393 = load <8 x float>, <8 x float>* %12, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %12, align 32
  %395 = add i64 %246, 1
  %396 = mul i64 %395, 512
  %397 = add i64 %396, %k7
  %398 = getelementptr inbounds float, float* %239, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat9 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %17, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %17, align 32
  %403 = load <8 x float>, <8 x float>* %11, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %11, align 32
  %405 = add i64 %246, 2
  %406 = mul i64 %405, 512
  %407 = add i64 %406, %k7
  %408 = getelementptr inbounds float, float* %239, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat10 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %16, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %16, align 32
  %413 = load <8 x float>, <8 x float>* %10, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %10, align 32
  %415 = add i64 %246, 3
  %416 = mul i64 %415, 512
  %417 = add i64 %416, %k7
  %418 = getelementptr inbounds float, float* %239, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat11 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %15, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %15, align 32
  %423 = load <8 x float>, <8 x float>* %9, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %9, align 32
  %425 = add i64 %246, 4
  %426 = mul i64 %425, 512
  %427 = add i64 %426, %k7
  %428 = getelementptr inbounds float, float* %239, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat12 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %14, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %380, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %14, align 32
  %433 = load <8 x float>, <8 x float>* %8, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %384, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %8, align 32
  %435 = add i64 %246, 5
  %436 = mul i64 %435, 512
  %437 = add i64 %436, %k7
  %438 = getelementptr inbounds float, float* %239, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat13 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %13, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %380, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %13, align 32
  %443 = load <8 x float>, <8 x float>* %7, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %384, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %445 = add i64 %246, 0
  %446 = add i64 %247, 0
  %447 = load <8 x float>, <8 x float>* %18, align 32
  %448 = mul i64 %445, 512
  %449 = add i64 %448, %446
  %450 = add i64 %243, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 512
  %457 = add i64 %456, %454
  %458 = add i64 %243, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 512
  %465 = add i64 %464, %462
  %466 = add i64 %243, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 512
  %473 = add i64 %472, %470
  %474 = add i64 %243, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 512
  %481 = add i64 %480, %478
  %482 = add i64 %243, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 512
  %489 = add i64 %488, %486
  %490 = add i64 %243, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 512
  %497 = add i64 %496, %494
  %498 = add i64 %243, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 512
  %505 = add i64 %504, %502
  %506 = add i64 %243, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 512
  %513 = add i64 %512, %510
  %514 = add i64 %243, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 512
  %521 = add i64 %520, %518
  %522 = add i64 %243, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 512
  %529 = add i64 %528, %526
  %530 = add i64 %243, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 512
  %537 = add i64 %536, %534
  %538 = add i64 %243, %537
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  store <8 x float> %535, <8 x float>* %540, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %255, %task.exit ], [ %tile.next63, %endif21 ]
  %541 = icmp slt i64 %tile18, %258
  br i1 %541, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %542 = add i64 0, %tile18
  %543 = srem i64 %542, 4
  %544 = sdiv i64 %542, 4
  %545 = srem i64 %544, 4
  %546 = sdiv i64 %542, 16
  %547 = mul i64 %546, 64
  %548 = mul i64 %547, 1568
  %549 = mul i64 %545, 56
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %546, 64
  %555 = mul i64 %554, 1568
  %556 = mul i64 %545, 28
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 512
  %562 = add i64 460800, %561
  %563 = bitcast [192 x float]* %6 to float*
  %564 = icmp eq i64 %545, 3
  br i1 %564, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %565 = icmp eq i64 %543, 3
  br i1 %565, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %566 = icmp eq i64 %543, 3
  br i1 %566, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !85

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %567 = icmp slt i64 %block, 64
  br i1 %567, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %568 = mul i64 %block, 8
  %569 = add i64 %562, %568
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %570 = icmp slt i64 %row28, 6
  br i1 %570, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %571 = mul i64 %row28, 49152
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 8192
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 16384
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 24576
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 32768
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 40960
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = fadd <8 x float> %580, %584
  %598 = fsub <8 x float> %580, %584
  %599 = fadd <8 x float> %588, %592
  %600 = fsub <8 x float> %588, %592
  %601 = fadd <8 x float> %576, %597
  %602 = fadd <8 x float> %601, %599
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %598)
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %597)
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %598)
  %606 = fadd <8 x float> %605, %596
  %607 = mul i64 %row28, 32
  %608 = add i64 %607, 0
  %609 = getelementptr inbounds float, float* %563, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %602, <8 x float>* %610, align 4
  %611 = mul i64 %row28, 32
  %612 = add i64 %611, 8
  %613 = getelementptr inbounds float, float* %563, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %603, <8 x float>* %614, align 4
  %615 = mul i64 %row28, 32
  %616 = add i64 %615, 16
  %617 = getelementptr inbounds float, float* %563, i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  store <8 x float> %604, <8 x float>* %618, align 4
  %619 = mul i64 %row28, 32
  %620 = add i64 %619, 24
  %621 = getelementptr inbounds float, float* %563, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  store <8 x float> %606, <8 x float>* %622, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !86

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 1568
  %628 = add i64 %553, %627
  %629 = getelementptr inbounds float, float* %563, i64 0
  %630 = bitcast float* %629 to <8 x float>*
  %631 = load <8 x float>, <8 x float>* %630, align 4
  %632 = getelementptr inbounds float, float* %563, i64 32
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = getelementptr inbounds float, float* %563, i64 64
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = getelementptr inbounds float, float* %563, i64 96
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = getelementptr inbounds float, float* %563, i64 128
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = getelementptr inbounds float, float* %563, i64 160
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = fadd <8 x float> %634, %637
  %648 = fsub <8 x float> %634, %637
  %649 = fadd <8 x float> %640, %643
  %650 = fsub <8 x float> %640, %643
  %651 = fadd <8 x float> %631, %647
  %652 = fadd <8 x float> %651, %649
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %648)
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %647)
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %648)
  %656 = fadd <8 x float> %655, %646
  %657 = add i64 %628, 0
  %658 = fadd <8 x float> %652, %626
  %659 = fcmp olt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> zeroinitializer, <8 x float> %658
  %661 = getelementptr inbounds float, float* %0, i64 %657
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = add i64 %628, 112
  %664 = fadd <8 x float> %653, %626
  %665 = fcmp olt <8 x float> %664, zeroinitializer
  %666 = select <8 x i1> %665, <8 x float> zeroinitializer, <8 x float> %664
  %667 = getelementptr inbounds float, float* %0, i64 %663
  %668 = bitcast float* %667 to <8 x float>*
  store <8 x float> %666, <8 x float>* %668, align 4
  %669 = getelementptr inbounds float, float* %563, i64 8
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = getelementptr inbounds float, float* %563, i64 40
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = getelementptr inbounds float, float* %563, i64 72
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = getelementptr inbounds float, float* %563, i64 104
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = getelementptr inbounds float, float* %563, i64 136
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = getelementptr inbounds float, float* %563, i64 168
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = fadd <8 x float> %674, %677
  %688 = fsub <8 x float> %674, %677
  %689 = fadd <8 x float> %680, %683
  %690 = fsub <8 x float> %680, %683
  %691 = fadd <8 x float> %671, %687
  %692 = fadd <8 x float> %691, %689
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %690, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %688)
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %687)
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %690, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %688)
  %696 = fadd <8 x float> %695, %686
  %697 = add i64 %628, 8
  %698 = fadd <8 x float> %692, %626
  %699 = fcmp olt <8 x float> %698, zeroinitializer
  %700 = select <8 x i1> %699, <8 x float> zeroinitializer, <8 x float> %698
  %701 = getelementptr inbounds float, float* %0, i64 %697
  %702 = bitcast float* %701 to <8 x float>*
  store <8 x float> %700, <8 x float>* %702, align 4
  %703 = add i64 %628, 120
  %704 = fadd <8 x float> %693, %626
  %705 = fcmp olt <8 x float> %704, zeroinitializer
  %706 = select <8 x i1> %705, <8 x float> zeroinitializer, <8 x float> %704
  %707 = getelementptr inbounds float, float* %0, i64 %703
  %708 = bitcast float* %707 to <8 x float>*
  store <8 x float> %706, <8 x float>* %708, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !87

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %709 = icmp slt i64 %block33, 64
  br i1 %709, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %710 = mul i64 %block33, 8
  %711 = add i64 %562, %710
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %712 = icmp slt i64 %row37, 6
  br i1 %712, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %713 = mul i64 %row37, 49152
  %714 = add i64 %711, %713
  %715 = add i64 %714, 0
  %716 = getelementptr inbounds float, float* %2, i64 %715
  %717 = bitcast float* %716 to <8 x float>*
  %718 = load <8 x float>, <8 x float>* %717, align 4
  %719 = add i64 %714, 8192
  %720 = getelementptr inbounds float, float* %2, i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = add i64 %714, 16384
  %724 = getelementptr inbounds float, float* %2, i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %714, 24576
  %728 = getelementptr inbounds float, float* %2, i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %714, 32768
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = add i64 %714, 40960
  %736 = getelementptr inbounds float, float* %2, i64 %735
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = fadd <8 x float> %722, %726
  %740 = fsub <8 x float> %722, %726
  %741 = fadd <8 x float> %730, %734
  %742 = fsub <8 x float> %730, %734
  %743 = fadd <8 x float> %718, %739
  %744 = fadd <8 x float> %743, %741
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %740)
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %741, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %739)
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %740)
  %748 = fadd <8 x float> %747, %738
  %749 = mul i64 %row37, 32
  %750 = add i64 %749, 0
  %751 = getelementptr inbounds float, float* %563, i64 %750
  %752 = bitcast float* %751 to <8 x float>*
  store <8 x float> %744, <8 x float>* %752, align 4
  %753 = mul i64 %row37, 32
  %754 = add i64 %753, 8
  %755 = getelementptr inbounds float, float* %563, i64 %754
  %756 = bitcast float* %755 to <8 x float>*
  store <8 x float> %745, <8 x float>* %756, align 4
  %757 = mul i64 %row37, 32
  %758 = add i64 %757, 16
  %759 = getelementptr inbounds float, float* %563, i64 %758
  %760 = bitcast float* %759 to <8 x float>*
  store <8 x float> %746, <8 x float>* %760, align 4
  %761 = mul i64 %row37, 32
  %762 = add i64 %761, 24
  %763 = getelementptr inbounds float, float* %563, i64 %762
  %764 = bitcast float* %763 to <8 x float>*
  store <8 x float> %748, <8 x float>* %764, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !88

row.exit36:                                       ; preds = %row.header34
  %765 = mul i64 %block33, 8
  %766 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = mul i64 %block33, 1568
  %770 = add i64 %553, %769
  %771 = getelementptr inbounds float, float* %563, i64 0
  %772 = bitcast float* %771 to <8 x float>*
  %773 = load <8 x float>, <8 x float>* %772, align 4
  %774 = getelementptr inbounds float, float* %563, i64 32
  %775 = bitcast float* %774 to <8 x float>*
  %776 = load <8 x float>, <8 x float>* %775, align 4
  %777 = getelementptr inbounds float, float* %563, i64 64
  %778 = bitcast float* %777 to <8 x float>*
  %779 = load <8 x float>, <8 x float>* %778, align 4
  %780 = getelementptr inbounds float, float* %563, i64 96
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = getelementptr inbounds float, float* %563, i64 128
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = getelementptr inbounds float, float* %563, i64 160
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = fadd <8 x float> %776, %779
  %790 = fsub <8 x float> %776, %779
  %791 = fadd <8 x float> %782, %785
  %792 = fsub <8 x float> %782, %785
  %793 = fadd <8 x float> %773, %789
  %794 = fadd <8 x float> %793, %791
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %790)
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %789)
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %790)
  %798 = fadd <8 x float> %797, %788
  %799 = add i64 %770, 0
  %800 = fadd <8 x float> %794, %768
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = getelementptr inbounds float, float* %0, i64 %799
  %804 = bitcast float* %803 to <8 x float>*
  store <8 x float> %802, <8 x float>* %804, align 4
  %805 = add i64 %770, 112
  %806 = fadd <8 x float> %795, %768
  %807 = fcmp olt <8 x float> %806, zeroinitializer
  %808 = select <8 x i1> %807, <8 x float> zeroinitializer, <8 x float> %806
  %809 = getelementptr inbounds float, float* %0, i64 %805
  %810 = bitcast float* %809 to <8 x float>*
  store <8 x float> %808, <8 x float>* %810, align 4
  %811 = getelementptr inbounds float, float* %563, i64 8
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = getelementptr inbounds float, float* %563, i64 40
  %815 = bitcast float* %814 to <8 x float>*
  %816 = load <8 x float>, <8 x float>* %815, align 4
  %817 = getelementptr inbounds float, float* %563, i64 72
  %818 = bitcast float* %817 to <8 x float>*
  %819 = load <8 x float>, <8 x float>* %818, align 4
  %820 = getelementptr inbounds float, float* %563, i64 104
  %821 = bitcast float* %820 to <8 x float>*
  %822 = load <8 x float>, <8 x float>* %821, align 4
  %823 = getelementptr inbounds float, float* %563, i64 136
  %824 = bitcast float* %823 to <8 x float>*
  %825 = load <8 x float>, <8 x float>* %824, align 4
  %826 = getelementptr inbounds float, float* %563, i64 168
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = fadd <8 x float> %816, %819
  %830 = fsub <8 x float> %816, %819
  %831 = fadd <8 x float> %822, %825
  %832 = fsub <8 x float> %822, %825
  %833 = fadd <8 x float> %813, %829
  %834 = fadd <8 x float> %833, %831
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %830)
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %829)
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %830)
  %838 = fadd <8 x float> %837, %828
  %839 = add i64 %770, 8
  %840 = fadd <8 x float> %834, %768
  %841 = fcmp olt <8 x float> %840, zeroinitializer
  %842 = select <8 x i1> %841, <8 x float> zeroinitializer, <8 x float> %840
  %843 = getelementptr inbounds float, float* %0, i64 %839
  %844 = bitcast float* %843 to <8 x float>*
  store <8 x float> %842, <8 x float>* %844, align 4
  %845 = add i64 %770, 120
  %846 = fadd <8 x float> %835, %768
  %847 = fcmp olt <8 x float> %846, zeroinitializer
  %848 = select <8 x i1> %847, <8 x float> zeroinitializer, <8 x float> %846
  %849 = getelementptr inbounds float, float* %0, i64 %845
  %850 = bitcast float* %849 to <8 x float>*
  store <8 x float> %848, <8 x float>* %850, align 4
  %851 = getelementptr inbounds float, float* %563, i64 16
  %852 = bitcast float* %851 to <8 x float>*
  %853 = load <8 x float>, <8 x float>* %852, align 4
  %854 = getelementptr inbounds float, float* %563, i64 48
  %855 = bitcast float* %854 to <8 x float>*
  %856 = load <8 x float>, <8 x float>* %855, align 4
  %857 = getelementptr inbounds float, float* %563, i64 80
  %858 = bitcast float* %857 to <8 x float>*
  %859 = load <8 x float>, <8 x float>* %858, align 4
  %860 = getelementptr inbounds float, float* %563, i64 112
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = getelementptr inbounds float, float* %563, i64 144
  %864 = bitcast float* %863 to <8 x float>*
  %865 = load <8 x float>, <8 x float>* %864, align 4
  %866 = getelementptr inbounds float, float* %563, i64 176
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = fadd <8 x float> %856, %859
  %870 = fsub <8 x float> %856, %859
  %871 = fadd <8 x float> %862, %865
  %872 = fsub <8 x float> %862, %865
  %873 = fadd <8 x float> %853, %869
  %874 = fadd <8 x float> %873, %871
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %870)
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %869)
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %870)
  %878 = fadd <8 x float> %877, %868
  %879 = add i64 %770, 16
  %880 = fadd <8 x float> %874, %768
  %881 = fcmp olt <8 x float> %880, zeroinitializer
  %882 = select <8 x i1> %881, <8 x float> zeroinitializer, <8 x float> %880
  %883 = getelementptr inbounds float, float* %0, i64 %879
  %884 = bitcast float* %883 to <8 x float>*
  store <8 x float> %882, <8 x float>* %884, align 4
  %885 = add i64 %770, 128
  %886 = fadd <8 x float> %875, %768
  %887 = fcmp olt <8 x float> %886, zeroinitializer
  %888 = select <8 x i1> %887, <8 x float> zeroinitializer, <8 x float> %886
  %889 = getelementptr inbounds float, float* %0, i64 %885
  %890 = bitcast float* %889 to <8 x float>*
  store <8 x float> %888, <8 x float>* %890, align 4
  %891 = getelementptr inbounds float, float* %563, i64 24
  %892 = bitcast float* %891 to <8 x float>*
  %893 = load <8 x float>, <8 x float>* %892, align 4
  %894 = getelementptr inbounds float, float* %563, i64 56
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = getelementptr inbounds float, float* %563, i64 88
  %898 = bitcast float* %897 to <8 x float>*
  %899 = load <8 x float>, <8 x float>* %898, align 4
  %900 = getelementptr inbounds float, float* %563, i64 120
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = getelementptr inbounds float, float* %563, i64 152
  %904 = bitcast float* %903 to <8 x float>*
  %905 = load <8 x float>, <8 x float>* %904, align 4
  %906 = getelementptr inbounds float, float* %563, i64 184
  %907 = bitcast float* %906 to <8 x float>*
  %908 = load <8 x float>, <8 x float>* %907, align 4
  %909 = fadd <8 x float> %896, %899
  %910 = fsub <8 x float> %896, %899
  %911 = fadd <8 x float> %902, %905
  %912 = fsub <8 x float> %902, %905
  %913 = fadd <8 x float> %893, %909
  %914 = fadd <8 x float> %913, %911
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %910)
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %909)
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %910)
  %918 = fadd <8 x float> %917, %908
  %919 = add i64 %770, 24
  %920 = fadd <8 x float> %914, %768
  %921 = fcmp olt <8 x float> %920, zeroinitializer
  %922 = select <8 x i1> %921, <8 x float> zeroinitializer, <8 x float> %920
  %923 = getelementptr inbounds float, float* %0, i64 %919
  %924 = bitcast float* %923 to <8 x float>*
  store <8 x float> %922, <8 x float>* %924, align 4
  %925 = add i64 %770, 136
  %926 = fadd <8 x float> %915, %768
  %927 = fcmp olt <8 x float> %926, zeroinitializer
  %928 = select <8 x i1> %927, <8 x float> zeroinitializer, <8 x float> %926
  %929 = getelementptr inbounds float, float* %0, i64 %925
  %930 = bitcast float* %929 to <8 x float>*
  store <8 x float> %928, <8 x float>* %930, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !89

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %931 = icmp slt i64 %block46, 64
  br i1 %931, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %932 = mul i64 %block46, 8
  %933 = add i64 %562, %932
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %934 = icmp slt i64 %row50, 6
  br i1 %934, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %935 = mul i64 %row50, 49152
  %936 = add i64 %933, %935
  %937 = add i64 %936, 0
  %938 = getelementptr inbounds float, float* %2, i64 %937
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = add i64 %936, 8192
  %942 = getelementptr inbounds float, float* %2, i64 %941
  %943 = bitcast float* %942 to <8 x float>*
  %944 = load <8 x float>, <8 x float>* %943, align 4
  %945 = add i64 %936, 16384
  %946 = getelementptr inbounds float, float* %2, i64 %945
  %947 = bitcast float* %946 to <8 x float>*
  %948 = load <8 x float>, <8 x float>* %947, align 4
  %949 = add i64 %936, 24576
  %950 = getelementptr inbounds float, float* %2, i64 %949
  %951 = bitcast float* %950 to <8 x float>*
  %952 = load <8 x float>, <8 x float>* %951, align 4
  %953 = add i64 %936, 32768
  %954 = getelementptr inbounds float, float* %2, i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  %957 = add i64 %936, 40960
  %958 = getelementptr inbounds float, float* %2, i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = fadd <8 x float> %944, %948
  %962 = fsub <8 x float> %944, %948
  %963 = fadd <8 x float> %952, %956
  %964 = fsub <8 x float> %952, %956
  %965 = fadd <8 x float> %940, %961
  %966 = fadd <8 x float> %965, %963
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %964, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %962)
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %963, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %961)
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %964, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %962)
  %970 = fadd <8 x float> %969, %960
  %971 = mul i64 %row50, 32
  %972 = add i64 %971, 0
  %973 = getelementptr inbounds float, float* %563, i64 %972
  %974 = bitcast float* %973 to <8 x float>*
  store <8 x float> %966, <8 x float>* %974, align 4
  %975 = mul i64 %row50, 32
  %976 = add i64 %975, 8
  %977 = getelementptr inbounds float, float* %563, i64 %976
  %978 = bitcast float* %977 to <8 x float>*
  store <8 x float> %967, <8 x float>* %978, align 4
  %979 = mul i64 %row50, 32
  %980 = add i64 %979, 16
  %981 = getelementptr inbounds float, float* %563, i64 %980
  %982 = bitcast float* %981 to <8 x float>*
  store <8 x float> %968, <8 x float>* %982, align 4
  %983 = mul i64 %row50, 32
  %984 = add i64 %983, 24
  %985 = getelementptr inbounds float, float* %563, i64 %984
  %986 = bitcast float* %985 to <8 x float>*
  store <8 x float> %970, <8 x float>* %986, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !90

row.exit49:                                       ; preds = %row.header47
  %987 = mul i64 %block46, 8
  %988 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = mul i64 %block46, 1568
  %992 = add i64 %553, %991
  %993 = getelementptr inbounds float, float* %563, i64 0
  %994 = bitcast float* %993 to <8 x float>*
  %995 = load <8 x float>, <8 x float>* %994, align 4
  %996 = getelementptr inbounds float, float* %563, i64 32
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = getelementptr inbounds float, float* %563, i64 64
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = getelementptr inbounds float, float* %563, i64 96
  %1003 = bitcast float* %1002 to <8 x float>*
  %1004 = load <8 x float>, <8 x float>* %1003, align 4
  %1005 = getelementptr inbounds float, float* %563, i64 128
  %1006 = bitcast float* %1005 to <8 x float>*
  %1007 = load <8 x float>, <8 x float>* %1006, align 4
  %1008 = getelementptr inbounds float, float* %563, i64 160
  %1009 = bitcast float* %1008 to <8 x float>*
  %1010 = load <8 x float>, <8 x float>* %1009, align 4
  %1011 = fadd <8 x float> %998, %1001
  %1012 = fsub <8 x float> %998, %1001
  %1013 = fadd <8 x float> %1004, %1007
  %1014 = fsub <8 x float> %1004, %1007
  %1015 = fadd <8 x float> %995, %1011
  %1016 = fadd <8 x float> %1015, %1013
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1012)
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1011)
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1012)
  %1020 = fadd <8 x float> %1019, %1010
  %1021 = add i64 %992, 0
  %1022 = fadd <8 x float> %1016, %990
  %1023 = fcmp olt <8 x float> %1022, zeroinitializer
  %1024 = select <8 x i1> %1023, <8 x float> zeroinitializer, <8 x float> %1022
  %1025 = getelementptr inbounds float, float* %0, i64 %1021
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1024, <8 x float>* %1026, align 4
  %1027 = add i64 %992, 112
  %1028 = fadd <8 x float> %1017, %990
  %1029 = fcmp olt <8 x float> %1028, zeroinitializer
  %1030 = select <8 x i1> %1029, <8 x float> zeroinitializer, <8 x float> %1028
  %1031 = getelementptr inbounds float, float* %0, i64 %1027
  %1032 = bitcast float* %1031 to <8 x float>*
  store <8 x float> %1030, <8 x float>* %1032, align 4
  %1033 = add i64 %992, 224
  %1034 = fadd <8 x float> %1018, %990
  %1035 = fcmp olt <8 x float> %1034, zeroinitializer
  %1036 = select <8 x i1> %1035, <8 x float> zeroinitializer, <8 x float> %1034
  %1037 = getelementptr inbounds float, float* %0, i64 %1033
  %1038 = bitcast float* %1037 to <8 x float>*
  store <8 x float> %1036, <8 x float>* %1038, align 4
  %1039 = add i64 %992, 336
  %1040 = fadd <8 x float> %1020, %990
  %1041 = fcmp olt <8 x float> %1040, zeroinitializer
  %1042 = select <8 x i1> %1041, <8 x float> zeroinitializer, <8 x float> %1040
  %1043 = getelementptr inbounds float, float* %0, i64 %1039
  %1044 = bitcast float* %1043 to <8 x float>*
  store <8 x float> %1042, <8 x float>* %1044, align 4
  %1045 = getelementptr inbounds float, float* %563, i64 8
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = getelementptr inbounds float, float* %563, i64 40
  %1049 = bitcast float* %1048 to <8 x float>*
  %1050 = load <8 x float>, <8 x float>* %1049, align 4
  %1051 = getelementptr inbounds float, float* %563, i64 72
  %1052 = bitcast float* %1051 to <8 x float>*
  %1053 = load <8 x float>, <8 x float>* %1052, align 4
  %1054 = getelementptr inbounds float, float* %563, i64 104
  %1055 = bitcast float* %1054 to <8 x float>*
  %1056 = load <8 x float>, <8 x float>* %1055, align 4
  %1057 = getelementptr inbounds float, float* %563, i64 136
  %1058 = bitcast float* %1057 to <8 x float>*
  %1059 = load <8 x float>, <8 x float>* %1058, align 4
  %1060 = getelementptr inbounds float, float* %563, i64 168
  %1061 = bitcast float* %1060 to <8 x float>*
  %1062 = load <8 x float>, <8 x float>* %1061, align 4
  %1063 = fadd <8 x float> %1050, %1053
  %1064 = fsub <8 x float> %1050, %1053
  %1065 = fadd <8 x float> %1056, %1059
  %1066 = fsub <8 x float> %1056, %1059
  %1067 = fadd <8 x float> %1047, %1063
  %1068 = fadd <8 x float> %1067, %1065
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1066, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1064)
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1063)
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1066, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1064)
  %1072 = fadd <8 x float> %1071, %1062
  %1073 = add i64 %992, 8
  %1074 = fadd <8 x float> %1068, %990
  %1075 = fcmp olt <8 x float> %1074, zeroinitializer
  %1076 = select <8 x i1> %1075, <8 x float> zeroinitializer, <8 x float> %1074
  %1077 = getelementptr inbounds float, float* %0, i64 %1073
  %1078 = bitcast float* %1077 to <8 x float>*
  store <8 x float> %1076, <8 x float>* %1078, align 4
  %1079 = add i64 %992, 120
  %1080 = fadd <8 x float> %1069, %990
  %1081 = fcmp olt <8 x float> %1080, zeroinitializer
  %1082 = select <8 x i1> %1081, <8 x float> zeroinitializer, <8 x float> %1080
  %1083 = getelementptr inbounds float, float* %0, i64 %1079
  %1084 = bitcast float* %1083 to <8 x float>*
  store <8 x float> %1082, <8 x float>* %1084, align 4
  %1085 = add i64 %992, 232
  %1086 = fadd <8 x float> %1070, %990
  %1087 = fcmp olt <8 x float> %1086, zeroinitializer
  %1088 = select <8 x i1> %1087, <8 x float> zeroinitializer, <8 x float> %1086
  %1089 = getelementptr inbounds float, float* %0, i64 %1085
  %1090 = bitcast float* %1089 to <8 x float>*
  store <8 x float> %1088, <8 x float>* %1090, align 4
  %1091 = add i64 %992, 344
  %1092 = fadd <8 x float> %1072, %990
  %1093 = fcmp olt <8 x float> %1092, zeroinitializer
  %1094 = select <8 x i1> %1093, <8 x float> zeroinitializer, <8 x float> %1092
  %1095 = getelementptr inbounds float, float* %0, i64 %1091
  %1096 = bitcast float* %1095 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1096, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !91

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1097 = icmp slt i64 %block56, 64
  br i1 %1097, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1098 = mul i64 %block56, 8
  %1099 = add i64 %562, %1098
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1100 = icmp slt i64 %row60, 6
  br i1 %1100, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1101 = mul i64 %row60, 49152
  %1102 = add i64 %1099, %1101
  %1103 = add i64 %1102, 0
  %1104 = getelementptr inbounds float, float* %2, i64 %1103
  %1105 = bitcast float* %1104 to <8 x float>*
  %1106 = load <8 x float>, <8 x float>* %1105, align 4
  %1107 = add i64 %1102, 8192
  %1108 = getelementptr inbounds float, float* %2, i64 %1107
  %1109 = bitcast float* %1108 to <8 x float>*
  %1110 = load <8 x float>, <8 x float>* %1109, align 4
  %1111 = add i64 %1102, 16384
  %1112 = getelementptr inbounds float, float* %2, i64 %1111
  %1113 = bitcast float* %1112 to <8 x float>*
  %1114 = load <8 x float>, <8 x float>* %1113, align 4
  %1115 = add i64 %1102, 24576
  %1116 = getelementptr inbounds float, float* %2, i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1102, 32768
  %1120 = getelementptr inbounds float, float* %2, i64 %1119
  %1121 = bitcast float* %1120 to <8 x float>*
  %1122 = load <8 x float>, <8 x float>* %1121, align 4
  %1123 = add i64 %1102, 40960
  %1124 = getelementptr inbounds float, float* %2, i64 %1123
  %1125 = bitcast float* %1124 to <8 x float>*
  %1126 = load <8 x float>, <8 x float>* %1125, align 4
  %1127 = fadd <8 x float> %1110, %1114
  %1128 = fsub <8 x float> %1110, %1114
  %1129 = fadd <8 x float> %1118, %1122
  %1130 = fsub <8 x float> %1118, %1122
  %1131 = fadd <8 x float> %1106, %1127
  %1132 = fadd <8 x float> %1131, %1129
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1128)
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1129, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1127)
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1128)
  %1136 = fadd <8 x float> %1135, %1126
  %1137 = mul i64 %row60, 32
  %1138 = add i64 %1137, 0
  %1139 = getelementptr inbounds float, float* %563, i64 %1138
  %1140 = bitcast float* %1139 to <8 x float>*
  store <8 x float> %1132, <8 x float>* %1140, align 4
  %1141 = mul i64 %row60, 32
  %1142 = add i64 %1141, 8
  %1143 = getelementptr inbounds float, float* %563, i64 %1142
  %1144 = bitcast float* %1143 to <8 x float>*
  store <8 x float> %1133, <8 x float>* %1144, align 4
  %1145 = mul i64 %row60, 32
  %1146 = add i64 %1145, 16
  %1147 = getelementptr inbounds float, float* %563, i64 %1146
  %1148 = bitcast float* %1147 to <8 x float>*
  store <8 x float> %1134, <8 x float>* %1148, align 4
  %1149 = mul i64 %row60, 32
  %1150 = add i64 %1149, 24
  %1151 = getelementptr inbounds float, float* %563, i64 %1150
  %1152 = bitcast float* %1151 to <8 x float>*
  store <8 x float> %1136, <8 x float>* %1152, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !92

row.exit59:                                       ; preds = %row.header57
  %1153 = mul i64 %block56, 8
  %1154 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_11.bias to float*), i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = mul i64 %block56, 1568
  %1158 = add i64 %553, %1157
  %1159 = getelementptr inbounds float, float* %563, i64 0
  %1160 = bitcast float* %1159 to <8 x float>*
  %1161 = load <8 x float>, <8 x float>* %1160, align 4
  %1162 = getelementptr inbounds float, float* %563, i64 32
  %1163 = bitcast float* %1162 to <8 x float>*
  %1164 = load <8 x float>, <8 x float>* %1163, align 4
  %1165 = getelementptr inbounds float, float* %563, i64 64
  %1166 = bitcast float* %1165 to <8 x float>*
  %1167 = load <8 x float>, <8 x float>* %1166, align 4
  %1168 = getelementptr inbounds float, float* %563, i64 96
  %1169 = bitcast float* %1168 to <8 x float>*
  %1170 = load <8 x float>, <8 x float>* %1169, align 4
  %1171 = getelementptr inbounds float, float* %563, i64 128
  %1172 = bitcast float* %1171 to <8 x float>*
  %1173 = load <8 x float>, <8 x float>* %1172, align 4
  %1174 = getelementptr inbounds float, float* %563, i64 160
  %1175 = bitcast float* %1174 to <8 x float>*
  %1176 = load <8 x float>, <8 x float>* %1175, align 4
  %1177 = fadd <8 x float> %1164, %1167
  %1178 = fsub <8 x float> %1164, %1167
  %1179 = fadd <8 x float> %1170, %1173
  %1180 = fsub <8 x float> %1170, %1173
  %1181 = fadd <8 x float> %1161, %1177
  %1182 = fadd <8 x float> %1181, %1179
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1178)
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1177)
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1178)
  %1186 = fadd <8 x float> %1185, %1176
  %1187 = add i64 %1158, 0
  %1188 = fadd <8 x float> %1182, %1156
  %1189 = fcmp olt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> zeroinitializer, <8 x float> %1188
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = add i64 %1158, 112
  %1194 = fadd <8 x float> %1183, %1156
  %1195 = fcmp olt <8 x float> %1194, zeroinitializer
  %1196 = select <8 x i1> %1195, <8 x float> zeroinitializer, <8 x float> %1194
  %1197 = getelementptr inbounds float, float* %0, i64 %1193
  %1198 = bitcast float* %1197 to <8 x float>*
  store <8 x float> %1196, <8 x float>* %1198, align 4
  %1199 = add i64 %1158, 224
  %1200 = fadd <8 x float> %1184, %1156
  %1201 = fcmp olt <8 x float> %1200, zeroinitializer
  %1202 = select <8 x i1> %1201, <8 x float> zeroinitializer, <8 x float> %1200
  %1203 = getelementptr inbounds float, float* %0, i64 %1199
  %1204 = bitcast float* %1203 to <8 x float>*
  store <8 x float> %1202, <8 x float>* %1204, align 4
  %1205 = add i64 %1158, 336
  %1206 = fadd <8 x float> %1186, %1156
  %1207 = fcmp olt <8 x float> %1206, zeroinitializer
  %1208 = select <8 x i1> %1207, <8 x float> zeroinitializer, <8 x float> %1206
  %1209 = getelementptr inbounds float, float* %0, i64 %1205
  %1210 = bitcast float* %1209 to <8 x float>*
  store <8 x float> %1208, <8 x float>* %1210, align 4
  %1211 = getelementptr inbounds float, float* %563, i64 8
  %1212 = bitcast float* %1211 to <8 x float>*
  %1213 = load <8 x float>, <8 x float>* %1212, align 4
  %1214 = getelementptr inbounds float, float* %563, i64 40
  %1215 = bitcast float* %1214 to <8 x float>*
  %1216 = load <8 x float>, <8 x float>* %1215, align 4
  %1217 = getelementptr inbounds float, float* %563, i64 72
  %1218 = bitcast float* %1217 to <8 x float>*
  %1219 = load <8 x float>, <8 x float>* %1218, align 4
  %1220 = getelementptr inbounds float, float* %563, i64 104
  %1221 = bitcast float* %1220 to <8 x float>*
  %1222 = load <8 x float>, <8 x float>* %1221, align 4
  %1223 = getelementptr inbounds float, float* %563, i64 136
  %1224 = bitcast float* %1223 to <8 x float>*
  %1225 = load <8 x float>, <8 x float>* %1224, align 4
  %1226 = getelementptr inbounds float, float* %563, i64 168
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = fadd <8 x float> %1216, %1219
  %1230 = fsub <8 x float> %1216, %1219
  %1231 = fadd <8 x float> %1222, %1225
  %1232 = fsub <8 x float> %1222, %1225
  %1233 = fadd <8 x float> %1213, %1229
  %1234 = fadd <8 x float> %1233, %1231
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1230)
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1231, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1229)
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1230)
  %1238 = fadd <8 x float> %1237, %1228
  %1239 = add i64 %1158, 8
  %1240 = fadd <8 x float> %1234, %1156
  %1241 = fcmp olt <8 x float> %1240, zeroinitializer
  %1242 = select <8 x i1> %1241, <8 x float> zeroinitializer, <8 x float> %1240
  %1243 = getelementptr inbounds float, float* %0, i64 %1239
  %1244 = bitcast float* %1243 to <8 x float>*
  store <8 x float> %1242, <8 x float>* %1244, align 4
  %1245 = add i64 %1158, 120
  %1246 = fadd <8 x float> %1235, %1156
  %1247 = fcmp olt <8 x float> %1246, zeroinitializer
  %1248 = select <8 x i1> %1247, <8 x float> zeroinitializer, <8 x float> %1246
  %1249 = getelementptr inbounds float, float* %0, i64 %1245
  %1250 = bitcast float* %1249 to <8 x float>*
  store <8 x float> %1248, <8 x float>* %1250, align 4
  %1251 = add i64 %1158, 232
  %1252 = fadd <8 x float> %1236, %1156
  %1253 = fcmp olt <8 x float> %1252, zeroinitializer
  %1254 = select <8 x i1> %1253, <8 x float> zeroinitializer, <8 x float> %1252
  %1255 = getelementptr inbounds float, float* %0, i64 %1251
  %1256 = bitcast float* %1255 to <8 x float>*
  store <8 x float> %1254, <8 x float>* %1256, align 4
  %1257 = add i64 %1158, 344
  %1258 = fadd <8 x float> %1238, %1156
  %1259 = fcmp olt <8 x float> %1258, zeroinitializer
  %1260 = select <8 x i1> %1259, <8 x float> zeroinitializer, <8 x float> %1258
  %1261 = getelementptr inbounds float, float* %0, i64 %1257
  %1262 = bitcast float* %1261 to <8 x float>*
  store <8 x float> %1260, <8 x float>* %1262, align 4
  %1263 = getelementptr inbounds float, float* %563, i64 16
  %1264 = bitcast float* %1263 to <8 x float>*
  %1265 = load <8 x float>, <8 x float>* %1264, align 4
  %1266 = getelementptr inbounds float, float* %563, i64 48
  %1267 = bitcast float* %1266 to <8 x float>*
  %1268 = load <8 x float>, <8 x float>* %1267, align 4
  %1269 = getelementptr inbounds float, float* %563, i64 80
  %1270 = bitcast float* %1269 to <8 x float>*
  %1271 = load <8 x float>, <8 x float>* %1270, align 4
  %1272 = getelementptr inbounds float, float* %563, i64 112
  %1273 = bitcast float* %1272 to <8 x float>*
  %1274 = load <8 x float>, <8 x float>* %1273, align 4
  %1275 = getelementptr inbounds float, float* %563, i64 144
  %1276 = bitcast float* %1275 to <8 x float>*
  %1277 = load <8 x float>, <8 x float>* %1276, align 4
  %1278 = getelementptr inbounds float, float* %563, i64 176
  %1279 = bitcast float* %1278 to <8 x float>*
  %1280 = load <8 x float>, <8 x float>* %1279, align 4
  %1281 = fadd <8 x float> %1268, %1271
  %1282 = fsub <8 x float> %1268, %1271
  %1283 = fadd <8 x float> %1274, %1277
  %1284 = fsub <8 x float> %1274, %1277
  %1285 = fadd <8 x float> %1265, %1281
  %1286 = fadd <8 x float> %1285, %1283
  %1287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1284, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1282)
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1283, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1281)
  %1289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1284, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1282)
  %1290 = fadd <8 x float> %1289, %1280
  %1291 = add i64 %1158, 16
  %1292 = fadd <8 x float> %1286, %1156
  %1293 = fcmp olt <8 x float> %1292, zeroinitializer
  %1294 = select <8 x i1> %1293, <8 x float> zeroinitializer, <8 x float> %1292
  %1295 = getelementptr inbounds float, float* %0, i64 %1291
  %1296 = bitcast float* %1295 to <8 x float>*
  store <8 x float> %1294, <8 x float>* %1296, align 4
  %1297 = add i64 %1158, 128
  %1298 = fadd <8 x float> %1287, %1156
  %1299 = fcmp olt <8 x float> %1298, zeroinitializer
  %1300 = select <8 x i1> %1299, <8 x float> zeroinitializer, <8 x float> %1298
  %1301 = getelementptr inbounds float, float* %0, i64 %1297
  %1302 = bitcast float* %1301 to <8 x float>*
  store <8 x float> %1300, <8 x float>* %1302, align 4
  %1303 = add i64 %1158, 240
  %1304 = fadd <8 x float> %1288, %1156
  %1305 = fcmp olt <8 x float> %1304, zeroinitializer
  %1306 = select <8 x i1> %1305, <8 x float> zeroinitializer, <8 x float> %1304
  %1307 = getelementptr inbounds float, float* %0, i64 %1303
  %1308 = bitcast float* %1307 to <8 x float>*
  store <8 x float> %1306, <8 x float>* %1308, align 4
  %1309 = add i64 %1158, 352
  %1310 = fadd <8 x float> %1290, %1156
  %1311 = fcmp olt <8 x float> %1310, zeroinitializer
  %1312 = select <8 x i1> %1311, <8 x float> zeroinitializer, <8 x float> %1310
  %1313 = getelementptr inbounds float, float* %0, i64 %1309
  %1314 = bitcast float* %1313 to <8 x float>*
  store <8 x float> %1312, <8 x float>* %1314, align 4
  %1315 = getelementptr inbounds float, float* %563, i64 24
  %1316 = bitcast float* %1315 to <8 x float>*
  %1317 = load <8 x float>, <8 x float>* %1316, align 4
  %1318 = getelementptr inbounds float, float* %563, i64 56
  %1319 = bitcast float* %1318 to <8 x float>*
  %1320 = load <8 x float>, <8 x float>* %1319, align 4
  %1321 = getelementptr inbounds float, float* %563, i64 88
  %1322 = bitcast float* %1321 to <8 x float>*
  %1323 = load <8 x float>, <8 x float>* %1322, align 4
  %1324 = getelementptr inbounds float, float* %563, i64 120
  %1325 = bitcast float* %1324 to <8 x float>*
  %1326 = load <8 x float>, <8 x float>* %1325, align 4
  %1327 = getelementptr inbounds float, float* %563, i64 152
  %1328 = bitcast float* %1327 to <8 x float>*
  %1329 = load <8 x float>, <8 x float>* %1328, align 4
  %1330 = getelementptr inbounds float, float* %563, i64 184
  %1331 = bitcast float* %1330 to <8 x float>*
  %1332 = load <8 x float>, <8 x float>* %1331, align 4
  %1333 = fadd <8 x float> %1320, %1323
  %1334 = fsub <8 x float> %1320, %1323
  %1335 = fadd <8 x float> %1326, %1329
  %1336 = fsub <8 x float> %1326, %1329
  %1337 = fadd <8 x float> %1317, %1333
  %1338 = fadd <8 x float> %1337, %1335
  %1339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1336, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1334)
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1335, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1333)
  %1341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1336, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1334)
  %1342 = fadd <8 x float> %1341, %1332
  %1343 = add i64 %1158, 24
  %1344 = fadd <8 x float> %1338, %1156
  %1345 = fcmp olt <8 x float> %1344, zeroinitializer
  %1346 = select <8 x i1> %1345, <8 x float> zeroinitializer, <8 x float> %1344
  %1347 = getelementptr inbounds float, float* %0, i64 %1343
  %1348 = bitcast float* %1347 to <8 x float>*
  store <8 x float> %1346, <8 x float>* %1348, align 4
  %1349 = add i64 %1158, 136
  %1350 = fadd <8 x float> %1339, %1156
  %1351 = fcmp olt <8 x float> %1350, zeroinitializer
  %1352 = select <8 x i1> %1351, <8 x float> zeroinitializer, <8 x float> %1350
  %1353 = getelementptr inbounds float, float* %0, i64 %1349
  %1354 = bitcast float* %1353 to <8 x float>*
  store <8 x float> %1352, <8 x float>* %1354, align 4
  %1355 = add i64 %1158, 248
  %1356 = fadd <8 x float> %1340, %1156
  %1357 = fcmp olt <8 x float> %1356, zeroinitializer
  %1358 = select <8 x i1> %1357, <8 x float> zeroinitializer, <8 x float> %1356
  %1359 = getelementptr inbounds float, float* %0, i64 %1355
  %1360 = bitcast float* %1359 to <8 x float>*
  store <8 x float> %1358, <8 x float>* %1360, align 4
  %1361 = add i64 %1158, 360
  %1362 = fadd <8 x float> %1342, %1156
  %1363 = fcmp olt <8 x float> %1362, zeroinitializer
  %1364 = select <8 x i1> %1363, <8 x float> zeroinitializer, <8 x float> %1362
  %1365 = getelementptr inbounds float, float* %0, i64 %1361
  %1366 = bitcast float* %1365 to <8 x float>*
  store <8 x float> %1364, <8 x float>* %1366, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !93
}

; Function Attrs: noinline nounwind
define internal void @node10.conv2d_11.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node10.conv2d_11.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv2d_12.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %28 = sub i64 %5, 1
  %29 = add i64 16, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 16
  %33 = select i1 %32, i64 %31, i64 16
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 16
  %36 = select i1 %35, i64 %34, i64 16
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 4
  %40 = sdiv i64 %38, 4
  %41 = srem i64 %40, 4
  %42 = sdiv i64 %38, 16
  %43 = mul i64 %42, 64
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 512
  %51 = add i64 165888, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 3456, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 3456
  %58 = select i1 %57, i64 %56, i64 3456
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 3456
  %61 = select i1 %60, i64 %59, i64 3456
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 64
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 2592
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 224
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 240
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 368
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 384
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 512
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 528
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 656
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 672
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 800
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 816
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !94

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 144
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 288
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 432
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 576
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 720
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !95

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 49152
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 8192
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 16384
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 24576
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 32768
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 40960
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !96

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !97

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 96
  %236 = srem i64 %task, 96
  %237 = mul i64 %235, 8192
  %238 = add i64 165888, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 262144
  %241 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_12.winograd to float*), i64 %240
  %242 = mul i64 %235, 8192
  %243 = add i64 460800, %242
  %244 = srem i64 %236, 3
  %245 = sdiv i64 %236, 3
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 8192
  %249 = icmp eq i64 %244, 2
  br i1 %249, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %250 = sub i64 %5, 1
  %251 = add i64 16, %250
  %252 = sdiv i64 %251, %5
  %253 = mul i64 %4, %252
  %254 = icmp slt i64 %253, 16
  %255 = select i1 %254, i64 %253, i64 16
  %256 = add i64 %255, %252
  %257 = icmp slt i64 %256, 16
  %258 = select i1 %257, i64 %256, i64 16
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
  br label %task.header, !llvm.loop !98

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 512
  br i1 %259, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %260 = mul i64 %k, 16
  %261 = add i64 %248, %260
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %241, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %261, 8
  %267 = getelementptr inbounds float, float* %241, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %246, 0
  %271 = mul i64 %270, 512
  %272 = add i64 %271, %k
  %273 = getelementptr inbounds float, float* %239, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %26, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %26, align 32
  %278 = load <8 x float>, <8 x float>* %22, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %269, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %22, align 32
  %280 = add i64 %246, 1
  %281 = mul i64 %280, 512
  %282 = add i64 %281, %k
  %283 = getelementptr inbounds float, float* %239, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat1 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %25, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %265, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %25, align 32
  %288 = load <8 x float>, <8 x float>* %21, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %269, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %21, align 32
  %290 = add i64 %246, 2
  %291 = mul i64 %290, 512
  %292 = add i64 %291, %k
  %293 = getelementptr inbounds float, float* %239, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat2 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %24, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %24, align 32
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = add i64 %246, 3
  %301 = mul i64 %300, 512
  %302 = add i64 %301, %k
  %303 = getelementptr inbounds float, float* %239, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat3 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %265, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %19, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %310 = add i64 %246, 0
  %311 = add i64 %247, 0
  %312 = load <8 x float>, <8 x float>* %26, align 32
  %313 = mul i64 %310, 512
  %314 = add i64 %313, %311
  %315 = add i64 %243, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 512
  %322 = add i64 %321, %319
  %323 = add i64 %243, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 512
  %330 = add i64 %329, %327
  %331 = add i64 %243, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 512
  %338 = add i64 %337, %335
  %339 = add i64 %243, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 512
  %346 = add i64 %345, %343
  %347 = add i64 %243, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 512
  %354 = add i64 %353, %351
  %355 = add i64 %243, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 512
  %362 = add i64 %361, %359
  %363 = add i64 %243, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 512
  %370 = add i64 %369, %367
  %371 = add i64 %243, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 512
  br i1 %374, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %375 = mul i64 %k7, 16
  %376 = add i64 %248, %375
  %377 = add i64 %376, 0
  %378 = getelementptr inbounds float, float* %241, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %376, 8
  %382 = getelementptr inbounds float, float* %241, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %246, 0
  %386 = mul i64 %385, 512
  %387 = add i64 %386, %k7
  %388 = getelementptr inbounds float, float* %239, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat8 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %18, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %18, align 32
  %393 = load <8 x float>, <8 x float>* %12, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %12, align 32
  %395 = add i64 %246, 1
  %396 = mul i64 %395, 512
  %397 = add i64 %396, %k7
  %398 = getelementptr inbounds float, float* %239, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat9 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %17, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %17, align 32
  %403 = load <8 x float>, <8 x float>* %11, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %11, align 32
  %405 = add i64 %246, 2
  %406 = mul i64 %405, 512
  %407 = add i64 %406, %k7
  %408 = getelementptr inbounds float, float* %239, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat10 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %16, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %16, align 32
  %413 = load <8 x float>, <8 x float>* %10, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %10, align 32
  %415 = add i64 %246, 3
  %416 = mul i64 %415, 512
  %417 = add i64 %416, %k7
  %418 = getelementptr inbounds float, float* %239, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat11 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %15, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %15, align 32
  %423 = load <8 x float>, <8 x float>* %9, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %9, align 32
  %425 = add i64 %246, 4
  %426 = mul i64 %425, 512
  %427 = add i64 %426, %k7
  %428 = getelementptr inbounds float, float* %239, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat12 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %14, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %380, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %14, align 32
  %433 = load <8 x float>, <8 x float>* %8, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %384, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %8, align 32
  %435 = add i64 %246, 5
  %436 = mul i64 %435, 512
  %437 = add i64 %436, %k7
  %438 = getelementptr inbounds float, float* %239, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat13 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %13, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %380, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %13, align 32
  %443 = load <8 x float>, <8 x float>* %7, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %384, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %445 = add i64 %246, 0
  %446 = add i64 %247, 0
  %447 = load <8 x float>, <8 x float>* %18, align 32
  %448 = mul i64 %445, 512
  %449 = add i64 %448, %446
  %450 = add i64 %243, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 512
  %457 = add i64 %456, %454
  %458 = add i64 %243, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 512
  %465 = add i64 %464, %462
  %466 = add i64 %243, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 512
  %473 = add i64 %472, %470
  %474 = add i64 %243, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 512
  %481 = add i64 %480, %478
  %482 = add i64 %243, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 512
  %489 = add i64 %488, %486
  %490 = add i64 %243, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 512
  %497 = add i64 %496, %494
  %498 = add i64 %243, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 512
  %505 = add i64 %504, %502
  %506 = add i64 %243, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 512
  %513 = add i64 %512, %510
  %514 = add i64 %243, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 512
  %521 = add i64 %520, %518
  %522 = add i64 %243, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 512
  %529 = add i64 %528, %526
  %530 = add i64 %243, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 512
  %537 = add i64 %536, %534
  %538 = add i64 %243, %537
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  store <8 x float> %535, <8 x float>* %540, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %255, %task.exit ], [ %tile.next63, %endif21 ]
  %541 = icmp slt i64 %tile18, %258
  br i1 %541, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %542 = add i64 0, %tile18
  %543 = srem i64 %542, 4
  %544 = sdiv i64 %542, 4
  %545 = srem i64 %544, 4
  %546 = sdiv i64 %542, 16
  %547 = mul i64 %546, 64
  %548 = mul i64 %547, 1568
  %549 = mul i64 %545, 56
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %546, 64
  %555 = mul i64 %554, 1568
  %556 = mul i64 %545, 28
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 512
  %562 = add i64 460800, %561
  %563 = bitcast [192 x float]* %6 to float*
  %564 = icmp eq i64 %545, 3
  br i1 %564, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %565 = icmp eq i64 %543, 3
  br i1 %565, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %566 = icmp eq i64 %543, 3
  br i1 %566, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !99

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %567 = icmp slt i64 %block, 64
  br i1 %567, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %568 = mul i64 %block, 8
  %569 = add i64 %562, %568
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %570 = icmp slt i64 %row28, 6
  br i1 %570, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %571 = mul i64 %row28, 49152
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 8192
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 16384
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 24576
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 32768
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 40960
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = fadd <8 x float> %580, %584
  %598 = fsub <8 x float> %580, %584
  %599 = fadd <8 x float> %588, %592
  %600 = fsub <8 x float> %588, %592
  %601 = fadd <8 x float> %576, %597
  %602 = fadd <8 x float> %601, %599
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %598)
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %597)
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %598)
  %606 = fadd <8 x float> %605, %596
  %607 = mul i64 %row28, 32
  %608 = add i64 %607, 0
  %609 = getelementptr inbounds float, float* %563, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %602, <8 x float>* %610, align 4
  %611 = mul i64 %row28, 32
  %612 = add i64 %611, 8
  %613 = getelementptr inbounds float, float* %563, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %603, <8 x float>* %614, align 4
  %615 = mul i64 %row28, 32
  %616 = add i64 %615, 16
  %617 = getelementptr inbounds float, float* %563, i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  store <8 x float> %604, <8 x float>* %618, align 4
  %619 = mul i64 %row28, 32
  %620 = add i64 %619, 24
  %621 = getelementptr inbounds float, float* %563, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  store <8 x float> %606, <8 x float>* %622, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !100

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 1568
  %628 = add i64 %553, %627
  %629 = getelementptr inbounds float, float* %563, i64 0
  %630 = bitcast float* %629 to <8 x float>*
  %631 = load <8 x float>, <8 x float>* %630, align 4
  %632 = getelementptr inbounds float, float* %563, i64 32
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = getelementptr inbounds float, float* %563, i64 64
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = getelementptr inbounds float, float* %563, i64 96
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = getelementptr inbounds float, float* %563, i64 128
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = getelementptr inbounds float, float* %563, i64 160
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = fadd <8 x float> %634, %637
  %648 = fsub <8 x float> %634, %637
  %649 = fadd <8 x float> %640, %643
  %650 = fsub <8 x float> %640, %643
  %651 = fadd <8 x float> %631, %647
  %652 = fadd <8 x float> %651, %649
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %648)
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %647)
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %648)
  %656 = fadd <8 x float> %655, %646
  %657 = add i64 %628, 0
  %658 = fadd <8 x float> %652, %626
  %659 = fcmp olt <8 x float> %658, zeroinitializer
  %660 = select <8 x i1> %659, <8 x float> zeroinitializer, <8 x float> %658
  %661 = getelementptr inbounds float, float* %0, i64 %657
  %662 = bitcast float* %661 to <8 x float>*
  store <8 x float> %660, <8 x float>* %662, align 4
  %663 = add i64 %628, 112
  %664 = fadd <8 x float> %653, %626
  %665 = fcmp olt <8 x float> %664, zeroinitializer
  %666 = select <8 x i1> %665, <8 x float> zeroinitializer, <8 x float> %664
  %667 = getelementptr inbounds float, float* %0, i64 %663
  %668 = bitcast float* %667 to <8 x float>*
  store <8 x float> %666, <8 x float>* %668, align 4
  %669 = getelementptr inbounds float, float* %563, i64 8
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = getelementptr inbounds float, float* %563, i64 40
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = getelementptr inbounds float, float* %563, i64 72
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = getelementptr inbounds float, float* %563, i64 104
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = getelementptr inbounds float, float* %563, i64 136
  %682 = bitcast float* %681 to <8 x float>*
  %683 = load <8 x float>, <8 x float>* %682, align 4
  %684 = getelementptr inbounds float, float* %563, i64 168
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = fadd <8 x float> %674, %677
  %688 = fsub <8 x float> %674, %677
  %689 = fadd <8 x float> %680, %683
  %690 = fsub <8 x float> %680, %683
  %691 = fadd <8 x float> %671, %687
  %692 = fadd <8 x float> %691, %689
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %690, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %688)
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %687)
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %690, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %688)
  %696 = fadd <8 x float> %695, %686
  %697 = add i64 %628, 8
  %698 = fadd <8 x float> %692, %626
  %699 = fcmp olt <8 x float> %698, zeroinitializer
  %700 = select <8 x i1> %699, <8 x float> zeroinitializer, <8 x float> %698
  %701 = getelementptr inbounds float, float* %0, i64 %697
  %702 = bitcast float* %701 to <8 x float>*
  store <8 x float> %700, <8 x float>* %702, align 4
  %703 = add i64 %628, 120
  %704 = fadd <8 x float> %693, %626
  %705 = fcmp olt <8 x float> %704, zeroinitializer
  %706 = select <8 x i1> %705, <8 x float> zeroinitializer, <8 x float> %704
  %707 = getelementptr inbounds float, float* %0, i64 %703
  %708 = bitcast float* %707 to <8 x float>*
  store <8 x float> %706, <8 x float>* %708, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !101

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %709 = icmp slt i64 %block33, 64
  br i1 %709, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %710 = mul i64 %block33, 8
  %711 = add i64 %562, %710
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %712 = icmp slt i64 %row37, 6
  br i1 %712, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %713 = mul i64 %row37, 49152
  %714 = add i64 %711, %713
  %715 = add i64 %714, 0
  %716 = getelementptr inbounds float, float* %2, i64 %715
  %717 = bitcast float* %716 to <8 x float>*
  %718 = load <8 x float>, <8 x float>* %717, align 4
  %719 = add i64 %714, 8192
  %720 = getelementptr inbounds float, float* %2, i64 %719
  %721 = bitcast float* %720 to <8 x float>*
  %722 = load <8 x float>, <8 x float>* %721, align 4
  %723 = add i64 %714, 16384
  %724 = getelementptr inbounds float, float* %2, i64 %723
  %725 = bitcast float* %724 to <8 x float>*
  %726 = load <8 x float>, <8 x float>* %725, align 4
  %727 = add i64 %714, 24576
  %728 = getelementptr inbounds float, float* %2, i64 %727
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = add i64 %714, 32768
  %732 = getelementptr inbounds float, float* %2, i64 %731
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = add i64 %714, 40960
  %736 = getelementptr inbounds float, float* %2, i64 %735
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = fadd <8 x float> %722, %726
  %740 = fsub <8 x float> %722, %726
  %741 = fadd <8 x float> %730, %734
  %742 = fsub <8 x float> %730, %734
  %743 = fadd <8 x float> %718, %739
  %744 = fadd <8 x float> %743, %741
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %740)
  %746 = call <8 x float> @llvm.fma.v8f32(<8 x float> %741, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %739)
  %747 = call <8 x float> @llvm.fma.v8f32(<8 x float> %742, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %740)
  %748 = fadd <8 x float> %747, %738
  %749 = mul i64 %row37, 32
  %750 = add i64 %749, 0
  %751 = getelementptr inbounds float, float* %563, i64 %750
  %752 = bitcast float* %751 to <8 x float>*
  store <8 x float> %744, <8 x float>* %752, align 4
  %753 = mul i64 %row37, 32
  %754 = add i64 %753, 8
  %755 = getelementptr inbounds float, float* %563, i64 %754
  %756 = bitcast float* %755 to <8 x float>*
  store <8 x float> %745, <8 x float>* %756, align 4
  %757 = mul i64 %row37, 32
  %758 = add i64 %757, 16
  %759 = getelementptr inbounds float, float* %563, i64 %758
  %760 = bitcast float* %759 to <8 x float>*
  store <8 x float> %746, <8 x float>* %760, align 4
  %761 = mul i64 %row37, 32
  %762 = add i64 %761, 24
  %763 = getelementptr inbounds float, float* %563, i64 %762
  %764 = bitcast float* %763 to <8 x float>*
  store <8 x float> %748, <8 x float>* %764, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !102

row.exit36:                                       ; preds = %row.header34
  %765 = mul i64 %block33, 8
  %766 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = mul i64 %block33, 1568
  %770 = add i64 %553, %769
  %771 = getelementptr inbounds float, float* %563, i64 0
  %772 = bitcast float* %771 to <8 x float>*
  %773 = load <8 x float>, <8 x float>* %772, align 4
  %774 = getelementptr inbounds float, float* %563, i64 32
  %775 = bitcast float* %774 to <8 x float>*
  %776 = load <8 x float>, <8 x float>* %775, align 4
  %777 = getelementptr inbounds float, float* %563, i64 64
  %778 = bitcast float* %777 to <8 x float>*
  %779 = load <8 x float>, <8 x float>* %778, align 4
  %780 = getelementptr inbounds float, float* %563, i64 96
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = getelementptr inbounds float, float* %563, i64 128
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = getelementptr inbounds float, float* %563, i64 160
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = fadd <8 x float> %776, %779
  %790 = fsub <8 x float> %776, %779
  %791 = fadd <8 x float> %782, %785
  %792 = fsub <8 x float> %782, %785
  %793 = fadd <8 x float> %773, %789
  %794 = fadd <8 x float> %793, %791
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %790)
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %789)
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %790)
  %798 = fadd <8 x float> %797, %788
  %799 = add i64 %770, 0
  %800 = fadd <8 x float> %794, %768
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = getelementptr inbounds float, float* %0, i64 %799
  %804 = bitcast float* %803 to <8 x float>*
  store <8 x float> %802, <8 x float>* %804, align 4
  %805 = add i64 %770, 112
  %806 = fadd <8 x float> %795, %768
  %807 = fcmp olt <8 x float> %806, zeroinitializer
  %808 = select <8 x i1> %807, <8 x float> zeroinitializer, <8 x float> %806
  %809 = getelementptr inbounds float, float* %0, i64 %805
  %810 = bitcast float* %809 to <8 x float>*
  store <8 x float> %808, <8 x float>* %810, align 4
  %811 = getelementptr inbounds float, float* %563, i64 8
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = getelementptr inbounds float, float* %563, i64 40
  %815 = bitcast float* %814 to <8 x float>*
  %816 = load <8 x float>, <8 x float>* %815, align 4
  %817 = getelementptr inbounds float, float* %563, i64 72
  %818 = bitcast float* %817 to <8 x float>*
  %819 = load <8 x float>, <8 x float>* %818, align 4
  %820 = getelementptr inbounds float, float* %563, i64 104
  %821 = bitcast float* %820 to <8 x float>*
  %822 = load <8 x float>, <8 x float>* %821, align 4
  %823 = getelementptr inbounds float, float* %563, i64 136
  %824 = bitcast float* %823 to <8 x float>*
  %825 = load <8 x float>, <8 x float>* %824, align 4
  %826 = getelementptr inbounds float, float* %563, i64 168
  %827 = bitcast float* %826 to <8 x float>*
  %828 = load <8 x float>, <8 x float>* %827, align 4
  %829 = fadd <8 x float> %816, %819
  %830 = fsub <8 x float> %816, %819
  %831 = fadd <8 x float> %822, %825
  %832 = fsub <8 x float> %822, %825
  %833 = fadd <8 x float> %813, %829
  %834 = fadd <8 x float> %833, %831
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %830)
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %829)
  %837 = call <8 x float> @llvm.fma.v8f32(<8 x float> %832, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %830)
  %838 = fadd <8 x float> %837, %828
  %839 = add i64 %770, 8
  %840 = fadd <8 x float> %834, %768
  %841 = fcmp olt <8 x float> %840, zeroinitializer
  %842 = select <8 x i1> %841, <8 x float> zeroinitializer, <8 x float> %840
  %843 = getelementptr inbounds float, float* %0, i64 %839
  %844 = bitcast float* %843 to <8 x float>*
  store <8 x float> %842, <8 x float>* %844, align 4
  %845 = add i64 %770, 120
  %846 = fadd <8 x float> %835, %768
  %847 = fcmp olt <8 x float> %846, zeroinitializer
  %848 = select <8 x i1> %847, <8 x float> zeroinitializer, <8 x float> %846
  %849 = getelementptr inbounds float, float* %0, i64 %845
  %850 = bitcast float* %849 to <8 x float>*
  store <8 x float> %848, <8 x float>* %850, align 4
  %851 = getelementptr inbounds float, float* %563, i64 16
  %852 = bitcast float* %851 to <8 x float>*
  %853 = load <8 x float>, <8 x float>* %852, align 4
  %854 = getelementptr inbounds float, float* %563, i64 48
  %855 = bitcast float* %854 to <8 x float>*
  %856 = load <8 x float>, <8 x float>* %855, align 4
  %857 = getelementptr inbounds float, float* %563, i64 80
  %858 = bitcast float* %857 to <8 x float>*
  %859 = load <8 x float>, <8 x float>* %858, align 4
  %860 = getelementptr inbounds float, float* %563, i64 112
  %861 = bitcast float* %860 to <8 x float>*
  %862 = load <8 x float>, <8 x float>* %861, align 4
  %863 = getelementptr inbounds float, float* %563, i64 144
  %864 = bitcast float* %863 to <8 x float>*
  %865 = load <8 x float>, <8 x float>* %864, align 4
  %866 = getelementptr inbounds float, float* %563, i64 176
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = fadd <8 x float> %856, %859
  %870 = fsub <8 x float> %856, %859
  %871 = fadd <8 x float> %862, %865
  %872 = fsub <8 x float> %862, %865
  %873 = fadd <8 x float> %853, %869
  %874 = fadd <8 x float> %873, %871
  %875 = call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %870)
  %876 = call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %869)
  %877 = call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %870)
  %878 = fadd <8 x float> %877, %868
  %879 = add i64 %770, 16
  %880 = fadd <8 x float> %874, %768
  %881 = fcmp olt <8 x float> %880, zeroinitializer
  %882 = select <8 x i1> %881, <8 x float> zeroinitializer, <8 x float> %880
  %883 = getelementptr inbounds float, float* %0, i64 %879
  %884 = bitcast float* %883 to <8 x float>*
  store <8 x float> %882, <8 x float>* %884, align 4
  %885 = add i64 %770, 128
  %886 = fadd <8 x float> %875, %768
  %887 = fcmp olt <8 x float> %886, zeroinitializer
  %888 = select <8 x i1> %887, <8 x float> zeroinitializer, <8 x float> %886
  %889 = getelementptr inbounds float, float* %0, i64 %885
  %890 = bitcast float* %889 to <8 x float>*
  store <8 x float> %888, <8 x float>* %890, align 4
  %891 = getelementptr inbounds float, float* %563, i64 24
  %892 = bitcast float* %891 to <8 x float>*
  %893 = load <8 x float>, <8 x float>* %892, align 4
  %894 = getelementptr inbounds float, float* %563, i64 56
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = getelementptr inbounds float, float* %563, i64 88
  %898 = bitcast float* %897 to <8 x float>*
  %899 = load <8 x float>, <8 x float>* %898, align 4
  %900 = getelementptr inbounds float, float* %563, i64 120
  %901 = bitcast float* %900 to <8 x float>*
  %902 = load <8 x float>, <8 x float>* %901, align 4
  %903 = getelementptr inbounds float, float* %563, i64 152
  %904 = bitcast float* %903 to <8 x float>*
  %905 = load <8 x float>, <8 x float>* %904, align 4
  %906 = getelementptr inbounds float, float* %563, i64 184
  %907 = bitcast float* %906 to <8 x float>*
  %908 = load <8 x float>, <8 x float>* %907, align 4
  %909 = fadd <8 x float> %896, %899
  %910 = fsub <8 x float> %896, %899
  %911 = fadd <8 x float> %902, %905
  %912 = fsub <8 x float> %902, %905
  %913 = fadd <8 x float> %893, %909
  %914 = fadd <8 x float> %913, %911
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %910)
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %909)
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %910)
  %918 = fadd <8 x float> %917, %908
  %919 = add i64 %770, 24
  %920 = fadd <8 x float> %914, %768
  %921 = fcmp olt <8 x float> %920, zeroinitializer
  %922 = select <8 x i1> %921, <8 x float> zeroinitializer, <8 x float> %920
  %923 = getelementptr inbounds float, float* %0, i64 %919
  %924 = bitcast float* %923 to <8 x float>*
  store <8 x float> %922, <8 x float>* %924, align 4
  %925 = add i64 %770, 136
  %926 = fadd <8 x float> %915, %768
  %927 = fcmp olt <8 x float> %926, zeroinitializer
  %928 = select <8 x i1> %927, <8 x float> zeroinitializer, <8 x float> %926
  %929 = getelementptr inbounds float, float* %0, i64 %925
  %930 = bitcast float* %929 to <8 x float>*
  store <8 x float> %928, <8 x float>* %930, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !103

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %931 = icmp slt i64 %block46, 64
  br i1 %931, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %932 = mul i64 %block46, 8
  %933 = add i64 %562, %932
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %934 = icmp slt i64 %row50, 6
  br i1 %934, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %935 = mul i64 %row50, 49152
  %936 = add i64 %933, %935
  %937 = add i64 %936, 0
  %938 = getelementptr inbounds float, float* %2, i64 %937
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = add i64 %936, 8192
  %942 = getelementptr inbounds float, float* %2, i64 %941
  %943 = bitcast float* %942 to <8 x float>*
  %944 = load <8 x float>, <8 x float>* %943, align 4
  %945 = add i64 %936, 16384
  %946 = getelementptr inbounds float, float* %2, i64 %945
  %947 = bitcast float* %946 to <8 x float>*
  %948 = load <8 x float>, <8 x float>* %947, align 4
  %949 = add i64 %936, 24576
  %950 = getelementptr inbounds float, float* %2, i64 %949
  %951 = bitcast float* %950 to <8 x float>*
  %952 = load <8 x float>, <8 x float>* %951, align 4
  %953 = add i64 %936, 32768
  %954 = getelementptr inbounds float, float* %2, i64 %953
  %955 = bitcast float* %954 to <8 x float>*
  %956 = load <8 x float>, <8 x float>* %955, align 4
  %957 = add i64 %936, 40960
  %958 = getelementptr inbounds float, float* %2, i64 %957
  %959 = bitcast float* %958 to <8 x float>*
  %960 = load <8 x float>, <8 x float>* %959, align 4
  %961 = fadd <8 x float> %944, %948
  %962 = fsub <8 x float> %944, %948
  %963 = fadd <8 x float> %952, %956
  %964 = fsub <8 x float> %952, %956
  %965 = fadd <8 x float> %940, %961
  %966 = fadd <8 x float> %965, %963
  %967 = call <8 x float> @llvm.fma.v8f32(<8 x float> %964, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %962)
  %968 = call <8 x float> @llvm.fma.v8f32(<8 x float> %963, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %961)
  %969 = call <8 x float> @llvm.fma.v8f32(<8 x float> %964, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %962)
  %970 = fadd <8 x float> %969, %960
  %971 = mul i64 %row50, 32
  %972 = add i64 %971, 0
  %973 = getelementptr inbounds float, float* %563, i64 %972
  %974 = bitcast float* %973 to <8 x float>*
  store <8 x float> %966, <8 x float>* %974, align 4
  %975 = mul i64 %row50, 32
  %976 = add i64 %975, 8
  %977 = getelementptr inbounds float, float* %563, i64 %976
  %978 = bitcast float* %977 to <8 x float>*
  store <8 x float> %967, <8 x float>* %978, align 4
  %979 = mul i64 %row50, 32
  %980 = add i64 %979, 16
  %981 = getelementptr inbounds float, float* %563, i64 %980
  %982 = bitcast float* %981 to <8 x float>*
  store <8 x float> %968, <8 x float>* %982, align 4
  %983 = mul i64 %row50, 32
  %984 = add i64 %983, 24
  %985 = getelementptr inbounds float, float* %563, i64 %984
  %986 = bitcast float* %985 to <8 x float>*
  store <8 x float> %970, <8 x float>* %986, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !104

row.exit49:                                       ; preds = %row.header47
  %987 = mul i64 %block46, 8
  %988 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = mul i64 %block46, 1568
  %992 = add i64 %553, %991
  %993 = getelementptr inbounds float, float* %563, i64 0
  %994 = bitcast float* %993 to <8 x float>*
  %995 = load <8 x float>, <8 x float>* %994, align 4
  %996 = getelementptr inbounds float, float* %563, i64 32
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = getelementptr inbounds float, float* %563, i64 64
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = getelementptr inbounds float, float* %563, i64 96
  %1003 = bitcast float* %1002 to <8 x float>*
  %1004 = load <8 x float>, <8 x float>* %1003, align 4
  %1005 = getelementptr inbounds float, float* %563, i64 128
  %1006 = bitcast float* %1005 to <8 x float>*
  %1007 = load <8 x float>, <8 x float>* %1006, align 4
  %1008 = getelementptr inbounds float, float* %563, i64 160
  %1009 = bitcast float* %1008 to <8 x float>*
  %1010 = load <8 x float>, <8 x float>* %1009, align 4
  %1011 = fadd <8 x float> %998, %1001
  %1012 = fsub <8 x float> %998, %1001
  %1013 = fadd <8 x float> %1004, %1007
  %1014 = fsub <8 x float> %1004, %1007
  %1015 = fadd <8 x float> %995, %1011
  %1016 = fadd <8 x float> %1015, %1013
  %1017 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1012)
  %1018 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1011)
  %1019 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1012)
  %1020 = fadd <8 x float> %1019, %1010
  %1021 = add i64 %992, 0
  %1022 = fadd <8 x float> %1016, %990
  %1023 = fcmp olt <8 x float> %1022, zeroinitializer
  %1024 = select <8 x i1> %1023, <8 x float> zeroinitializer, <8 x float> %1022
  %1025 = getelementptr inbounds float, float* %0, i64 %1021
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1024, <8 x float>* %1026, align 4
  %1027 = add i64 %992, 112
  %1028 = fadd <8 x float> %1017, %990
  %1029 = fcmp olt <8 x float> %1028, zeroinitializer
  %1030 = select <8 x i1> %1029, <8 x float> zeroinitializer, <8 x float> %1028
  %1031 = getelementptr inbounds float, float* %0, i64 %1027
  %1032 = bitcast float* %1031 to <8 x float>*
  store <8 x float> %1030, <8 x float>* %1032, align 4
  %1033 = add i64 %992, 224
  %1034 = fadd <8 x float> %1018, %990
  %1035 = fcmp olt <8 x float> %1034, zeroinitializer
  %1036 = select <8 x i1> %1035, <8 x float> zeroinitializer, <8 x float> %1034
  %1037 = getelementptr inbounds float, float* %0, i64 %1033
  %1038 = bitcast float* %1037 to <8 x float>*
  store <8 x float> %1036, <8 x float>* %1038, align 4
  %1039 = add i64 %992, 336
  %1040 = fadd <8 x float> %1020, %990
  %1041 = fcmp olt <8 x float> %1040, zeroinitializer
  %1042 = select <8 x i1> %1041, <8 x float> zeroinitializer, <8 x float> %1040
  %1043 = getelementptr inbounds float, float* %0, i64 %1039
  %1044 = bitcast float* %1043 to <8 x float>*
  store <8 x float> %1042, <8 x float>* %1044, align 4
  %1045 = getelementptr inbounds float, float* %563, i64 8
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = getelementptr inbounds float, float* %563, i64 40
  %1049 = bitcast float* %1048 to <8 x float>*
  %1050 = load <8 x float>, <8 x float>* %1049, align 4
  %1051 = getelementptr inbounds float, float* %563, i64 72
  %1052 = bitcast float* %1051 to <8 x float>*
  %1053 = load <8 x float>, <8 x float>* %1052, align 4
  %1054 = getelementptr inbounds float, float* %563, i64 104
  %1055 = bitcast float* %1054 to <8 x float>*
  %1056 = load <8 x float>, <8 x float>* %1055, align 4
  %1057 = getelementptr inbounds float, float* %563, i64 136
  %1058 = bitcast float* %1057 to <8 x float>*
  %1059 = load <8 x float>, <8 x float>* %1058, align 4
  %1060 = getelementptr inbounds float, float* %563, i64 168
  %1061 = bitcast float* %1060 to <8 x float>*
  %1062 = load <8 x float>, <8 x float>* %1061, align 4
  %1063 = fadd <8 x float> %1050, %1053
  %1064 = fsub <8 x float> %1050, %1053
  %1065 = fadd <8 x float> %1056, %1059
  %1066 = fsub <8 x float> %1056, %1059
  %1067 = fadd <8 x float> %1047, %1063
  %1068 = fadd <8 x float> %1067, %1065
  %1069 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1066, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1064)
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1063)
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1066, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1064)
  %1072 = fadd <8 x float> %1071, %1062
  %1073 = add i64 %992, 8
  %1074 = fadd <8 x float> %1068, %990
  %1075 = fcmp olt <8 x float> %1074, zeroinitializer
  %1076 = select <8 x i1> %1075, <8 x float> zeroinitializer, <8 x float> %1074
  %1077 = getelementptr inbounds float, float* %0, i64 %1073
  %1078 = bitcast float* %1077 to <8 x float>*
  store <8 x float> %1076, <8 x float>* %1078, align 4
  %1079 = add i64 %992, 120
  %1080 = fadd <8 x float> %1069, %990
  %1081 = fcmp olt <8 x float> %1080, zeroinitializer
  %1082 = select <8 x i1> %1081, <8 x float> zeroinitializer, <8 x float> %1080
  %1083 = getelementptr inbounds float, float* %0, i64 %1079
  %1084 = bitcast float* %1083 to <8 x float>*
  store <8 x float> %1082, <8 x float>* %1084, align 4
  %1085 = add i64 %992, 232
  %1086 = fadd <8 x float> %1070, %990
  %1087 = fcmp olt <8 x float> %1086, zeroinitializer
  %1088 = select <8 x i1> %1087, <8 x float> zeroinitializer, <8 x float> %1086
  %1089 = getelementptr inbounds float, float* %0, i64 %1085
  %1090 = bitcast float* %1089 to <8 x float>*
  store <8 x float> %1088, <8 x float>* %1090, align 4
  %1091 = add i64 %992, 344
  %1092 = fadd <8 x float> %1072, %990
  %1093 = fcmp olt <8 x float> %1092, zeroinitializer
  %1094 = select <8 x i1> %1093, <8 x float> zeroinitializer, <8 x float> %1092
  %1095 = getelementptr inbounds float, float* %0, i64 %1091
  %1096 = bitcast float* %1095 to <8 x float>*
  store <8 x float> %1094, <8 x float>* %1096, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !105

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1097 = icmp slt i64 %block56, 64
  br i1 %1097, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1098 = mul i64 %block56, 8
  %1099 = add i64 %562, %1098
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1100 = icmp slt i64 %row60, 6
  br i1 %1100, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1101 = mul i64 %row60, 49152
  %1102 = add i64 %1099, %1101
  %1103 = add i64 %1102, 0
  %1104 = getelementptr inbounds float, float* %2, i64 %1103
  %1105 = bitcast float* %1104 to <8 x float>*
  %1106 = load <8 x float>, <8 x float>* %1105, align 4
  %1107 = add i64 %1102, 8192
  %1108 = getelementptr inbounds float, float* %2, i64 %1107
  %1109 = bitcast float* %1108 to <8 x float>*
  %1110 = load <8 x float>, <8 x float>* %1109, align 4
  %1111 = add i64 %1102, 16384
  %1112 = getelementptr inbounds float, float* %2, i64 %1111
  %1113 = bitcast float* %1112 to <8 x float>*
  %1114 = load <8 x float>, <8 x float>* %1113, align 4
  %1115 = add i64 %1102, 24576
  %1116 = getelementptr inbounds float, float* %2, i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = add i64 %1102, 32768
  %1120 = getelementptr inbounds float, float* %2, i64 %1119
  %1121 = bitcast float* %1120 to <8 x float>*
  %1122 = load <8 x float>, <8 x float>* %1121, align 4
  %1123 = add i64 %1102, 40960
  %1124 = getelementptr inbounds float, float* %2, i64 %1123
  %1125 = bitcast float* %1124 to <8 x float>*
  %1126 = load <8 x float>, <8 x float>* %1125, align 4
  %1127 = fadd <8 x float> %1110, %1114
  %1128 = fsub <8 x float> %1110, %1114
  %1129 = fadd <8 x float> %1118, %1122
  %1130 = fsub <8 x float> %1118, %1122
  %1131 = fadd <8 x float> %1106, %1127
  %1132 = fadd <8 x float> %1131, %1129
  %1133 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1128)
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1129, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1127)
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1128)
  %1136 = fadd <8 x float> %1135, %1126
  %1137 = mul i64 %row60, 32
  %1138 = add i64 %1137, 0
  %1139 = getelementptr inbounds float, float* %563, i64 %1138
  %1140 = bitcast float* %1139 to <8 x float>*
  store <8 x float> %1132, <8 x float>* %1140, align 4
  %1141 = mul i64 %row60, 32
  %1142 = add i64 %1141, 8
  %1143 = getelementptr inbounds float, float* %563, i64 %1142
  %1144 = bitcast float* %1143 to <8 x float>*
  store <8 x float> %1133, <8 x float>* %1144, align 4
  %1145 = mul i64 %row60, 32
  %1146 = add i64 %1145, 16
  %1147 = getelementptr inbounds float, float* %563, i64 %1146
  %1148 = bitcast float* %1147 to <8 x float>*
  store <8 x float> %1134, <8 x float>* %1148, align 4
  %1149 = mul i64 %row60, 32
  %1150 = add i64 %1149, 24
  %1151 = getelementptr inbounds float, float* %563, i64 %1150
  %1152 = bitcast float* %1151 to <8 x float>*
  store <8 x float> %1136, <8 x float>* %1152, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !106

row.exit59:                                       ; preds = %row.header57
  %1153 = mul i64 %block56, 8
  %1154 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_12.bias to float*), i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = mul i64 %block56, 1568
  %1158 = add i64 %553, %1157
  %1159 = getelementptr inbounds float, float* %563, i64 0
  %1160 = bitcast float* %1159 to <8 x float>*
  %1161 = load <8 x float>, <8 x float>* %1160, align 4
  %1162 = getelementptr inbounds float, float* %563, i64 32
  %1163 = bitcast float* %1162 to <8 x float>*
  %1164 = load <8 x float>, <8 x float>* %1163, align 4
  %1165 = getelementptr inbounds float, float* %563, i64 64
  %1166 = bitcast float* %1165 to <8 x float>*
  %1167 = load <8 x float>, <8 x float>* %1166, align 4
  %1168 = getelementptr inbounds float, float* %563, i64 96
  %1169 = bitcast float* %1168 to <8 x float>*
  %1170 = load <8 x float>, <8 x float>* %1169, align 4
  %1171 = getelementptr inbounds float, float* %563, i64 128
  %1172 = bitcast float* %1171 to <8 x float>*
  %1173 = load <8 x float>, <8 x float>* %1172, align 4
  %1174 = getelementptr inbounds float, float* %563, i64 160
  %1175 = bitcast float* %1174 to <8 x float>*
  %1176 = load <8 x float>, <8 x float>* %1175, align 4
  %1177 = fadd <8 x float> %1164, %1167
  %1178 = fsub <8 x float> %1164, %1167
  %1179 = fadd <8 x float> %1170, %1173
  %1180 = fsub <8 x float> %1170, %1173
  %1181 = fadd <8 x float> %1161, %1177
  %1182 = fadd <8 x float> %1181, %1179
  %1183 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1178)
  %1184 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1177)
  %1185 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1178)
  %1186 = fadd <8 x float> %1185, %1176
  %1187 = add i64 %1158, 0
  %1188 = fadd <8 x float> %1182, %1156
  %1189 = fcmp olt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> zeroinitializer, <8 x float> %1188
  %1191 = getelementptr inbounds float, float* %0, i64 %1187
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = add i64 %1158, 112
  %1194 = fadd <8 x float> %1183, %1156
  %1195 = fcmp olt <8 x float> %1194, zeroinitializer
  %1196 = select <8 x i1> %1195, <8 x float> zeroinitializer, <8 x float> %1194
  %1197 = getelementptr inbounds float, float* %0, i64 %1193
  %1198 = bitcast float* %1197 to <8 x float>*
  store <8 x float> %1196, <8 x float>* %1198, align 4
  %1199 = add i64 %1158, 224
  %1200 = fadd <8 x float> %1184, %1156
  %1201 = fcmp olt <8 x float> %1200, zeroinitializer
  %1202 = select <8 x i1> %1201, <8 x float> zeroinitializer, <8 x float> %1200
  %1203 = getelementptr inbounds float, float* %0, i64 %1199
  %1204 = bitcast float* %1203 to <8 x float>*
  store <8 x float> %1202, <8 x float>* %1204, align 4
  %1205 = add i64 %1158, 336
  %1206 = fadd <8 x float> %1186, %1156
  %1207 = fcmp olt <8 x float> %1206, zeroinitializer
  %1208 = select <8 x i1> %1207, <8 x float> zeroinitializer, <8 x float> %1206
  %1209 = getelementptr inbounds float, float* %0, i64 %1205
  %1210 = bitcast float* %1209 to <8 x float>*
  store <8 x float> %1208, <8 x float>* %1210, align 4
  %1211 = getelementptr inbounds float, float* %563, i64 8
  %1212 = bitcast float* %1211 to <8 x float>*
  %1213 = load <8 x float>, <8 x float>* %1212, align 4
  %1214 = getelementptr inbounds float, float* %563, i64 40
  %1215 = bitcast float* %1214 to <8 x float>*
  %1216 = load <8 x float>, <8 x float>* %1215, align 4
  %1217 = getelementptr inbounds float, float* %563, i64 72
  %1218 = bitcast float* %1217 to <8 x float>*
  %1219 = load <8 x float>, <8 x float>* %1218, align 4
  %1220 = getelementptr inbounds float, float* %563, i64 104
  %1221 = bitcast float* %1220 to <8 x float>*
  %1222 = load <8 x float>, <8 x float>* %1221, align 4
  %1223 = getelementptr inbounds float, float* %563, i64 136
  %1224 = bitcast float* %1223 to <8 x float>*
  %1225 = load <8 x float>, <8 x float>* %1224, align 4
  %1226 = getelementptr inbounds float, float* %563, i64 168
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = fadd <8 x float> %1216, %1219
  %1230 = fsub <8 x float> %1216, %1219
  %1231 = fadd <8 x float> %1222, %1225
  %1232 = fsub <8 x float> %1222, %1225
  %1233 = fadd <8 x float> %1213, %1229
  %1234 = fadd <8 x float> %1233, %1231
  %1235 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1230)
  %1236 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1231, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1229)
  %1237 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1232, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1230)
  %1238 = fadd <8 x float> %1237, %1228
  %1239 = add i64 %1158, 8
  %1240 = fadd <8 x float> %1234, %1156
  %1241 = fcmp olt <8 x float> %1240, zeroinitializer
  %1242 = select <8 x i1> %1241, <8 x float> zeroinitializer, <8 x float> %1240
  %1243 = getelementptr inbounds float, float* %0, i64 %1239
  %1244 = bitcast float* %1243 to <8 x float>*
  store <8 x float> %1242, <8 x float>* %1244, align 4
  %1245 = add i64 %1158, 120
  %1246 = fadd <8 x float> %1235, %1156
  %1247 = fcmp olt <8 x float> %1246, zeroinitializer
  %1248 = select <8 x i1> %1247, <8 x float> zeroinitializer, <8 x float> %1246
  %1249 = getelementptr inbounds float, float* %0, i64 %1245
  %1250 = bitcast float* %1249 to <8 x float>*
  store <8 x float> %1248, <8 x float>* %1250, align 4
  %1251 = add i64 %1158, 232
  %1252 = fadd <8 x float> %1236, %1156
  %1253 = fcmp olt <8 x float> %1252, zeroinitializer
  %1254 = select <8 x i1> %1253, <8 x float> zeroinitializer, <8 x float> %1252
  %1255 = getelementptr inbounds float, float* %0, i64 %1251
  %1256 = bitcast float* %1255 to <8 x float>*
  store <8 x float> %1254, <8 x float>* %1256, align 4
  %1257 = add i64 %1158, 344
  %1258 = fadd <8 x float> %1238, %1156
  %1259 = fcmp olt <8 x float> %1258, zeroinitializer
  %1260 = select <8 x i1> %1259, <8 x float> zeroinitializer, <8 x float> %1258
  %1261 = getelementptr inbounds float, float* %0, i64 %1257
  %1262 = bitcast float* %1261 to <8 x float>*
  store <8 x float> %1260, <8 x float>* %1262, align 4
  %1263 = getelementptr inbounds float, float* %563, i64 16
  %1264 = bitcast float* %1263 to <8 x float>*
  %1265 = load <8 x float>, <8 x float>* %1264, align 4
  %1266 = getelementptr inbounds float, float* %563, i64 48
  %1267 = bitcast float* %1266 to <8 x float>*
  %1268 = load <8 x float>, <8 x float>* %1267, align 4
  %1269 = getelementptr inbounds float, float* %563, i64 80
  %1270 = bitcast float* %1269 to <8 x float>*
  %1271 = load <8 x float>, <8 x float>* %1270, align 4
  %1272 = getelementptr inbounds float, float* %563, i64 112
  %1273 = bitcast float* %1272 to <8 x float>*
  %1274 = load <8 x float>, <8 x float>* %1273, align 4
  %1275 = getelementptr inbounds float, float* %563, i64 144
  %1276 = bitcast float* %1275 to <8 x float>*
  %1277 = load <8 x float>, <8 x float>* %1276, align 4
  %1278 = getelementptr inbounds float, float* %563, i64 176
  %1279 = bitcast float* %1278 to <8 x float>*
  %1280 = load <8 x float>, <8 x float>* %1279, align 4
  %1281 = fadd <8 x float> %1268, %1271
  %1282 = fsub <8 x float> %1268, %1271
  %1283 = fadd <8 x float> %1274, %1277
  %1284 = fsub <8 x float> %1274, %1277
  %1285 = fadd <8 x float> %1265, %1281
  %1286 = fadd <8 x float> %1285, %1283
  %1287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1284, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1282)
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1283, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1281)
  %1289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1284, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1282)
  %1290 = fadd <8 x float> %1289, %1280
  %1291 = add i64 %1158, 16
  %1292 = fadd <8 x float> %1286, %1156
  %1293 = fcmp olt <8 x float> %1292, zeroinitializer
  %1294 = select <8 x i1> %1293, <8 x float> zeroinitializer, <8 x float> %1292
  %1295 = getelementptr inbounds float, float* %0, i64 %1291
  %1296 = bitcast float* %1295 to <8 x float>*
  store <8 x float> %1294, <8 x float>* %1296, align 4
  %1297 = add i64 %1158, 128
  %1298 = fadd <8 x float> %1287, %1156
  %1299 = fcmp olt <8 x float> %1298, zeroinitializer
  %1300 = select <8 x i1> %1299, <8 x float> zeroinitializer, <8 x float> %1298
  %1301 = getelementptr inbounds float, float* %0, i64 %1297
  %1302 = bitcast float* %1301 to <8 x float>*
  store <8 x float> %1300, <8 x float>* %1302, align 4
  %1303 = add i64 %1158, 240
  %1304 = fadd <8 x float> %1288, %1156
  %1305 = fcmp olt <8 x float> %1304, zeroinitializer
  %1306 = select <8 x i1> %1305, <8 x float> zeroinitializer, <8 x float> %1304
  %1307 = getelementptr inbounds float, float* %0, i64 %1303
  %1308 = bitcast float* %1307 to <8 x float>*
  store <8 x float> %1306, <8 x float>* %1308, align 4
  %1309 = add i64 %1158, 352
  %1310 = fadd <8 x float> %1290, %1156
  %1311 = fcmp olt <8 x float> %1310, zeroinitializer
  %1312 = select <8 x i1> %1311, <8 x float> zeroinitializer, <8 x float> %1310
  %1313 = getelementptr inbounds float, float* %0, i64 %1309
  %1314 = bitcast float* %1313 to <8 x float>*
  store <8 x float> %1312, <8 x float>* %1314, align 4
  %1315 = getelementptr inbounds float, float* %563, i64 24
  %1316 = bitcast float* %1315 to <8 x float>*
  %1317 = load <8 x float>, <8 x float>* %1316, align 4
  %1318 = getelementptr inbounds float, float* %563, i64 56
  %1319 = bitcast float* %1318 to <8 x float>*
  %1320 = load <8 x float>, <8 x float>* %1319, align 4
  %1321 = getelementptr inbounds float, float* %563, i64 88
  %1322 = bitcast float* %1321 to <8 x float>*
  %1323 = load <8 x float>, <8 x float>* %1322, align 4
  %1324 = getelementptr inbounds float, float* %563, i64 120
  %1325 = bitcast float* %1324 to <8 x float>*
  %1326 = load <8 x float>, <8 x float>* %1325, align 4
  %1327 = getelementptr inbounds float, float* %563, i64 152
  %1328 = bitcast float* %1327 to <8 x float>*
  %1329 = load <8 x float>, <8 x float>* %1328, align 4
  %1330 = getelementptr inbounds float, float* %563, i64 184
  %1331 = bitcast float* %1330 to <8 x float>*
  %1332 = load <8 x float>, <8 x float>* %1331, align 4
  %1333 = fadd <8 x float> %1320, %1323
  %1334 = fsub <8 x float> %1320, %1323
  %1335 = fadd <8 x float> %1326, %1329
  %1336 = fsub <8 x float> %1326, %1329
  %1337 = fadd <8 x float> %1317, %1333
  %1338 = fadd <8 x float> %1337, %1335
  %1339 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1336, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1334)
  %1340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1335, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1333)
  %1341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1336, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1334)
  %1342 = fadd <8 x float> %1341, %1332
  %1343 = add i64 %1158, 24
  %1344 = fadd <8 x float> %1338, %1156
  %1345 = fcmp olt <8 x float> %1344, zeroinitializer
  %1346 = select <8 x i1> %1345, <8 x float> zeroinitializer, <8 x float> %1344
  %1347 = getelementptr inbounds float, float* %0, i64 %1343
  %1348 = bitcast float* %1347 to <8 x float>*
  store <8 x float> %1346, <8 x float>* %1348, align 4
  %1349 = add i64 %1158, 136
  %1350 = fadd <8 x float> %1339, %1156
  %1351 = fcmp olt <8 x float> %1350, zeroinitializer
  %1352 = select <8 x i1> %1351, <8 x float> zeroinitializer, <8 x float> %1350
  %1353 = getelementptr inbounds float, float* %0, i64 %1349
  %1354 = bitcast float* %1353 to <8 x float>*
  store <8 x float> %1352, <8 x float>* %1354, align 4
  %1355 = add i64 %1158, 248
  %1356 = fadd <8 x float> %1340, %1156
  %1357 = fcmp olt <8 x float> %1356, zeroinitializer
  %1358 = select <8 x i1> %1357, <8 x float> zeroinitializer, <8 x float> %1356
  %1359 = getelementptr inbounds float, float* %0, i64 %1355
  %1360 = bitcast float* %1359 to <8 x float>*
  store <8 x float> %1358, <8 x float>* %1360, align 4
  %1361 = add i64 %1158, 360
  %1362 = fadd <8 x float> %1342, %1156
  %1363 = fcmp olt <8 x float> %1362, zeroinitializer
  %1364 = select <8 x i1> %1363, <8 x float> zeroinitializer, <8 x float> %1362
  %1365 = getelementptr inbounds float, float* %0, i64 %1361
  %1366 = bitcast float* %1365 to <8 x float>*
  store <8 x float> %1364, <8 x float>* %1366, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !107
}

; Function Attrs: noinline nounwind
define internal void @node11.conv2d_12.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node11.conv2d_12.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_13.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node12.conv2d_13.step0(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node12.conv2d_13.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv2d_13.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %28 = sub i64 %5, 1
  %29 = add i64 16, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 16
  %33 = select i1 %32, i64 %31, i64 16
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 16
  %36 = select i1 %35, i64 %34, i64 16
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 4
  %40 = sdiv i64 %38, 4
  %41 = srem i64 %40, 4
  %42 = sdiv i64 %38, 16
  %43 = mul i64 %42, 64
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 512
  %51 = add i64 165888, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 3456, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 3456
  %58 = select i1 %57, i64 %56, i64 3456
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 3456
  %61 = select i1 %60, i64 %59, i64 3456
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 64
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 2592
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 224
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 240
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 368
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 384
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 512
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 528
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 656
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 672
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 800
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 816
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !108

column.header:                                    ; preds = %column.body, %unit.body
  %column = phi i64 [ 0, %unit.body ], [ %column.next, %column.body ]
  %101 = icmp slt i64 %column, 6
  br i1 %101, label %column.body, label %column.exit

column.body:                                      ; preds = %column.header
  %102 = mul i64 %column, 8
  %103 = add i64 %64, %102
  %104 = add i64 %103, 0
  %105 = getelementptr inbounds float, float* %2, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %107 = load <8 x float>, <8 x float>* %106, align 4
  %108 = add i64 %103, 144
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 288
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 432
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 576
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 720
  %125 = getelementptr inbounds float, float* %2, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  %127 = load <8 x float>, <8 x float>* %126, align 4
  %128 = fmul <8 x float> %115, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %129 = fmul <8 x float> %111, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %130 = fsub <8 x float> %123, %128
  %131 = fsub <8 x float> %119, %129
  %132 = fsub <8 x float> %123, %115
  %133 = fsub <8 x float> %119, %111
  %134 = fmul <8 x float> %133, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %123)
  %136 = fmul <8 x float> %115, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %137 = fadd <8 x float> %135, %136
  %138 = fadd <8 x float> %130, %131
  %139 = fsub <8 x float> %130, %131
  %140 = fadd <8 x float> %132, %134
  %141 = fsub <8 x float> %132, %134
  %142 = call <8 x float> @llvm.fma.v8f32(<8 x float> %111, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %127)
  %143 = fmul <8 x float> %119, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %144 = fadd <8 x float> %142, %143
  %145 = mul i64 %column, 8
  %146 = add i64 %145, 0
  %147 = getelementptr inbounds float, float* %52, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %137, <8 x float>* %148, align 4
  %149 = mul i64 %column, 8
  %150 = add i64 %149, 48
  %151 = getelementptr inbounds float, float* %52, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %138, <8 x float>* %152, align 4
  %153 = mul i64 %column, 8
  %154 = add i64 %153, 96
  %155 = getelementptr inbounds float, float* %52, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %139, <8 x float>* %156, align 4
  %157 = mul i64 %column, 8
  %158 = add i64 %157, 144
  %159 = getelementptr inbounds float, float* %52, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %140, <8 x float>* %160, align 4
  %161 = mul i64 %column, 8
  %162 = add i64 %161, 192
  %163 = getelementptr inbounds float, float* %52, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %141, <8 x float>* %164, align 4
  %165 = mul i64 %column, 8
  %166 = add i64 %165, 240
  %167 = getelementptr inbounds float, float* %52, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %144, <8 x float>* %168, align 4
  %column.next = add i64 %column, 1
  br label %column.header, !llvm.loop !109

column.exit:                                      ; preds = %column.header
  %169 = mul i64 %unit, 8
  %170 = add i64 %51, %169
  br label %row.header

row.header:                                       ; preds = %row.body, %column.exit
  %row = phi i64 [ 0, %column.exit ], [ %row.next, %row.body ]
  %171 = icmp slt i64 %row, 6
  br i1 %171, label %row.body, label %row.exit

row.body:                                         ; preds = %row.header
  %172 = mul i64 %row, 48
  %173 = add i64 %172, 0
  %174 = getelementptr inbounds float, float* %52, i64 %173
  %175 = bitcast float* %174 to <8 x float>*
  %176 = load <8 x float>, <8 x float>* %175, align 4
  %177 = add i64 %172, 8
  %178 = getelementptr inbounds float, float* %52, i64 %177
  %179 = bitcast float* %178 to <8 x float>*
  %180 = load <8 x float>, <8 x float>* %179, align 4
  %181 = add i64 %172, 16
  %182 = getelementptr inbounds float, float* %52, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  %185 = add i64 %172, 24
  %186 = getelementptr inbounds float, float* %52, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  %188 = load <8 x float>, <8 x float>* %187, align 4
  %189 = add i64 %172, 32
  %190 = getelementptr inbounds float, float* %52, i64 %189
  %191 = bitcast float* %190 to <8 x float>*
  %192 = load <8 x float>, <8 x float>* %191, align 4
  %193 = add i64 %172, 40
  %194 = getelementptr inbounds float, float* %52, i64 %193
  %195 = bitcast float* %194 to <8 x float>*
  %196 = load <8 x float>, <8 x float>* %195, align 4
  %197 = fmul <8 x float> %184, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %198 = fmul <8 x float> %180, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %199 = fsub <8 x float> %192, %197
  %200 = fsub <8 x float> %188, %198
  %201 = fsub <8 x float> %192, %184
  %202 = fsub <8 x float> %188, %180
  %203 = fmul <8 x float> %202, <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %192)
  %205 = fmul <8 x float> %184, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %206 = fadd <8 x float> %204, %205
  %207 = fadd <8 x float> %199, %200
  %208 = fsub <8 x float> %199, %200
  %209 = fadd <8 x float> %201, %203
  %210 = fsub <8 x float> %201, %203
  %211 = call <8 x float> @llvm.fma.v8f32(<8 x float> %180, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %196)
  %212 = fmul <8 x float> %188, <float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00, float -5.000000e+00>
  %213 = fadd <8 x float> %211, %212
  %214 = mul i64 %row, 49152
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 8192
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 16384
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 24576
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 32768
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 40960
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !110

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !111

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 96
  %236 = srem i64 %task, 96
  %237 = mul i64 %235, 8192
  %238 = add i64 165888, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 262144
  %241 = getelementptr inbounds float, float* bitcast ([37748736 x i8]* @weight.conv2d_13.winograd to float*), i64 %240
  %242 = mul i64 %235, 8192
  %243 = add i64 460800, %242
  %244 = srem i64 %236, 3
  %245 = sdiv i64 %236, 3
  %246 = mul i64 %244, 6
  %247 = mul i64 %245, 16
  %248 = mul i64 %245, 8192
  %249 = icmp eq i64 %244, 2
  br i1 %249, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %250 = sub i64 %5, 1
  %251 = add i64 16, %250
  %252 = sdiv i64 %251, %5
  %253 = mul i64 %4, %252
  %254 = icmp slt i64 %253, 16
  %255 = select i1 %254, i64 %253, i64 16
  %256 = add i64 %255, %252
  %257 = icmp slt i64 %256, 16
  %258 = select i1 %257, i64 %256, i64 16
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
  br label %task.header, !llvm.loop !112

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %259 = icmp slt i64 %k, 512
  br i1 %259, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %260 = mul i64 %k, 16
  %261 = add i64 %248, %260
  %262 = add i64 %261, 0
  %263 = getelementptr inbounds float, float* %241, i64 %262
  %264 = bitcast float* %263 to <8 x float>*
  %265 = load <8 x float>, <8 x float>* %264, align 4
  %266 = add i64 %261, 8
  %267 = getelementptr inbounds float, float* %241, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  %269 = load <8 x float>, <8 x float>* %268, align 4
  %270 = add i64 %246, 0
  %271 = mul i64 %270, 512
  %272 = add i64 %271, %k
  %273 = getelementptr inbounds float, float* %239, i64 %272
  %274 = load float, float* %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %splat = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, <8 x float>* %26, align 32
  %277 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, <8 x float>* %26, align 32
  %278 = load <8 x float>, <8 x float>* %22, align 32
  %279 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %269, <8 x float> %278)
  store <8 x float> %279, <8 x float>* %22, align 32
  %280 = add i64 %246, 1
  %281 = mul i64 %280, 512
  %282 = add i64 %281, %k
  %283 = getelementptr inbounds float, float* %239, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat1 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %25, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %265, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %25, align 32
  %288 = load <8 x float>, <8 x float>* %21, align 32
  %289 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %269, <8 x float> %288)
  store <8 x float> %289, <8 x float>* %21, align 32
  %290 = add i64 %246, 2
  %291 = mul i64 %290, 512
  %292 = add i64 %291, %k
  %293 = getelementptr inbounds float, float* %239, i64 %292
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i32 0
  %splat2 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %296 = load <8 x float>, <8 x float>* %24, align 32
  %297 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %265, <8 x float> %296)
  store <8 x float> %297, <8 x float>* %24, align 32
  %298 = load <8 x float>, <8 x float>* %20, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %269, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %20, align 32
  %300 = add i64 %246, 3
  %301 = mul i64 %300, 512
  %302 = add i64 %301, %k
  %303 = getelementptr inbounds float, float* %239, i64 %302
  %304 = load float, float* %303, align 4
  %305 = insertelement <8 x float> undef, float %304, i32 0
  %splat3 = shufflevector <8 x float> %305, <8 x float> undef, <8 x i32> zeroinitializer
  %306 = load <8 x float>, <8 x float>* %23, align 32
  %307 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %265, <8 x float> %306)
  store <8 x float> %307, <8 x float>* %23, align 32
  %308 = load <8 x float>, <8 x float>* %19, align 32
  %309 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %269, <8 x float> %308)
  store <8 x float> %309, <8 x float>* %19, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %310 = add i64 %246, 0
  %311 = add i64 %247, 0
  %312 = load <8 x float>, <8 x float>* %26, align 32
  %313 = mul i64 %310, 512
  %314 = add i64 %313, %311
  %315 = add i64 %243, %314
  %316 = getelementptr inbounds float, float* %2, i64 %315
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %312, <8 x float>* %317, align 4
  %318 = add i64 %246, 1
  %319 = add i64 %247, 0
  %320 = load <8 x float>, <8 x float>* %25, align 32
  %321 = mul i64 %318, 512
  %322 = add i64 %321, %319
  %323 = add i64 %243, %322
  %324 = getelementptr inbounds float, float* %2, i64 %323
  %325 = bitcast float* %324 to <8 x float>*
  store <8 x float> %320, <8 x float>* %325, align 4
  %326 = add i64 %246, 2
  %327 = add i64 %247, 0
  %328 = load <8 x float>, <8 x float>* %24, align 32
  %329 = mul i64 %326, 512
  %330 = add i64 %329, %327
  %331 = add i64 %243, %330
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %328, <8 x float>* %333, align 4
  %334 = add i64 %246, 3
  %335 = add i64 %247, 0
  %336 = load <8 x float>, <8 x float>* %23, align 32
  %337 = mul i64 %334, 512
  %338 = add i64 %337, %335
  %339 = add i64 %243, %338
  %340 = getelementptr inbounds float, float* %2, i64 %339
  %341 = bitcast float* %340 to <8 x float>*
  store <8 x float> %336, <8 x float>* %341, align 4
  %342 = add i64 %246, 0
  %343 = add i64 %247, 8
  %344 = load <8 x float>, <8 x float>* %22, align 32
  %345 = mul i64 %342, 512
  %346 = add i64 %345, %343
  %347 = add i64 %243, %346
  %348 = getelementptr inbounds float, float* %2, i64 %347
  %349 = bitcast float* %348 to <8 x float>*
  store <8 x float> %344, <8 x float>* %349, align 4
  %350 = add i64 %246, 1
  %351 = add i64 %247, 8
  %352 = load <8 x float>, <8 x float>* %21, align 32
  %353 = mul i64 %350, 512
  %354 = add i64 %353, %351
  %355 = add i64 %243, %354
  %356 = getelementptr inbounds float, float* %2, i64 %355
  %357 = bitcast float* %356 to <8 x float>*
  store <8 x float> %352, <8 x float>* %357, align 4
  %358 = add i64 %246, 2
  %359 = add i64 %247, 8
  %360 = load <8 x float>, <8 x float>* %20, align 32
  %361 = mul i64 %358, 512
  %362 = add i64 %361, %359
  %363 = add i64 %243, %362
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %360, <8 x float>* %365, align 4
  %366 = add i64 %246, 3
  %367 = add i64 %247, 8
  %368 = load <8 x float>, <8 x float>* %19, align 32
  %369 = mul i64 %366, 512
  %370 = add i64 %369, %367
  %371 = add i64 %243, %370
  %372 = getelementptr inbounds float, float* %2, i64 %371
  %373 = bitcast float* %372 to <8 x float>*
  store <8 x float> %368, <8 x float>* %373, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %374 = icmp slt i64 %k7, 512
  br i1 %374, label %k.body5, label %k.exit6

k.body5:                                          ; preds = %k.header4
  %375 = mul i64 %k7, 16
  %376 = add i64 %248, %375
  %377 = add i64 %376, 0
  %378 = getelementptr inbounds float, float* %241, i64 %377
  %379 = bitcast float* %378 to <8 x float>*
  %380 = load <8 x float>, <8 x float>* %379, align 4
  %381 = add i64 %376, 8
  %382 = getelementptr inbounds float, float* %241, i64 %381
  %383 = bitcast float* %382 to <8 x float>*
  %384 = load <8 x float>, <8 x float>* %383, align 4
  %385 = add i64 %246, 0
  %386 = mul i64 %385, 512
  %387 = add i64 %386, %k7
  %388 = getelementptr inbounds float, float* %239, i64 %387
  %389 = load float, float* %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %splat8 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %391 = load <8 x float>, <8 x float>* %18, align 32
  %392 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %380, <8 x float> %391)
  store <8 x float> %392, <8 x float>* %18, align 32
  %393 = load <8 x float>, <8 x float>* %12, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %384, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %12, align 32
  %395 = add i64 %246, 1
  %396 = mul i64 %395, 512
  %397 = add i64 %396, %k7
  %398 = getelementptr inbounds float, float* %239, i64 %397
  %399 = load float, float* %398, align 4
  %400 = insertelement <8 x float> undef, float %399, i32 0
  %splat9 = shufflevector <8 x float> %400, <8 x float> undef, <8 x i32> zeroinitializer
  %401 = load <8 x float>, <8 x float>* %17, align 32
  %402 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %380, <8 x float> %401)
  store <8 x float> %402, <8 x float>* %17, align 32
  %403 = load <8 x float>, <8 x float>* %11, align 32
  %404 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %384, <8 x float> %403)
  store <8 x float> %404, <8 x float>* %11, align 32
  %405 = add i64 %246, 2
  %406 = mul i64 %405, 512
  %407 = add i64 %406, %k7
  %408 = getelementptr inbounds float, float* %239, i64 %407
  %409 = load float, float* %408, align 4
  %410 = insertelement <8 x float> undef, float %409, i32 0
  %splat10 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %16, align 32
  %412 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %380, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %16, align 32
  %413 = load <8 x float>, <8 x float>* %10, align 32
  %414 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %384, <8 x float> %413)
  store <8 x float> %414, <8 x float>* %10, align 32
  %415 = add i64 %246, 3
  %416 = mul i64 %415, 512
  %417 = add i64 %416, %k7
  %418 = getelementptr inbounds float, float* %239, i64 %417
  %419 = load float, float* %418, align 4
  %420 = insertelement <8 x float> undef, float %419, i32 0
  %splat11 = shufflevector <8 x float> %420, <8 x float> undef, <8 x i32> zeroinitializer
  %421 = load <8 x float>, <8 x float>* %15, align 32
  %422 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %380, <8 x float> %421)
  store <8 x float> %422, <8 x float>* %15, align 32
  %423 = load <8 x float>, <8 x float>* %9, align 32
  %424 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat11, <8 x float> %384, <8 x float> %423)
  store <8 x float> %424, <8 x float>* %9, align 32
  %425 = add i64 %246, 4
  %426 = mul i64 %425, 512
  %427 = add i64 %426, %k7
  %428 = getelementptr inbounds float, float* %239, i64 %427
  %429 = load float, float* %428, align 4
  %430 = insertelement <8 x float> undef, float %429, i32 0
  %splat12 = shufflevector <8 x float> %430, <8 x float> undef, <8 x i32> zeroinitializer
  %431 = load <8 x float>, <8 x float>* %14, align 32
  %432 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %380, <8 x float> %431)
  store <8 x float> %432, <8 x float>* %14, align 32
  %433 = load <8 x float>, <8 x float>* %8, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %384, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %8, align 32
  %435 = add i64 %246, 5
  %436 = mul i64 %435, 512
  %437 = add i64 %436, %k7
  %438 = getelementptr inbounds float, float* %239, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat13 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %13, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %380, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %13, align 32
  %443 = load <8 x float>, <8 x float>* %7, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %384, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %7, align 32
  %k.next14 = add i64 %k7, 1
  br label %k.header4

k.exit6:                                          ; preds = %k.header4
  %445 = add i64 %246, 0
  %446 = add i64 %247, 0
  %447 = load <8 x float>, <8 x float>* %18, align 32
  %448 = mul i64 %445, 512
  %449 = add i64 %448, %446
  %450 = add i64 %243, %449
  %451 = getelementptr inbounds float, float* %2, i64 %450
  %452 = bitcast float* %451 to <8 x float>*
  store <8 x float> %447, <8 x float>* %452, align 4
  %453 = add i64 %246, 1
  %454 = add i64 %247, 0
  %455 = load <8 x float>, <8 x float>* %17, align 32
  %456 = mul i64 %453, 512
  %457 = add i64 %456, %454
  %458 = add i64 %243, %457
  %459 = getelementptr inbounds float, float* %2, i64 %458
  %460 = bitcast float* %459 to <8 x float>*
  store <8 x float> %455, <8 x float>* %460, align 4
  %461 = add i64 %246, 2
  %462 = add i64 %247, 0
  %463 = load <8 x float>, <8 x float>* %16, align 32
  %464 = mul i64 %461, 512
  %465 = add i64 %464, %462
  %466 = add i64 %243, %465
  %467 = getelementptr inbounds float, float* %2, i64 %466
  %468 = bitcast float* %467 to <8 x float>*
  store <8 x float> %463, <8 x float>* %468, align 4
  %469 = add i64 %246, 3
  %470 = add i64 %247, 0
  %471 = load <8 x float>, <8 x float>* %15, align 32
  %472 = mul i64 %469, 512
  %473 = add i64 %472, %470
  %474 = add i64 %243, %473
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %471, <8 x float>* %476, align 4
  %477 = add i64 %246, 4
  %478 = add i64 %247, 0
  %479 = load <8 x float>, <8 x float>* %14, align 32
  %480 = mul i64 %477, 512
  %481 = add i64 %480, %478
  %482 = add i64 %243, %481
  %483 = getelementptr inbounds float, float* %2, i64 %482
  %484 = bitcast float* %483 to <8 x float>*
  store <8 x float> %479, <8 x float>* %484, align 4
  %485 = add i64 %246, 5
  %486 = add i64 %247, 0
  %487 = load <8 x float>, <8 x float>* %13, align 32
  %488 = mul i64 %485, 512
  %489 = add i64 %488, %486
  %490 = add i64 %243, %489
  %491 = getelementptr inbounds float, float* %2, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %487, <8 x float>* %492, align 4
  %493 = add i64 %246, 0
  %494 = add i64 %247, 8
  %495 = load <8 x float>, <8 x float>* %12, align 32
  %496 = mul i64 %493, 512
  %497 = add i64 %496, %494
  %498 = add i64 %243, %497
  %499 = getelementptr inbounds float, float* %2, i64 %498
  %500 = bitcast float* %499 to <8 x float>*
  store <8 x float> %495, <8 x float>* %500, align 4
  %501 = add i64 %246, 1
  %502 = add i64 %247, 8
  %503 = load <8 x float>, <8 x float>* %11, align 32
  %504 = mul i64 %501, 512
  %505 = add i64 %504, %502
  %506 = add i64 %243, %505
  %507 = getelementptr inbounds float, float* %2, i64 %506
  %508 = bitcast float* %507 to <8 x float>*
  store <8 x float> %503, <8 x float>* %508, align 4
  %509 = add i64 %246, 2
  %510 = add i64 %247, 8
  %511 = load <8 x float>, <8 x float>* %10, align 32
  %512 = mul i64 %509, 512
  %513 = add i64 %512, %510
  %514 = add i64 %243, %513
  %515 = getelementptr inbounds float, float* %2, i64 %514
  %516 = bitcast float* %515 to <8 x float>*
  store <8 x float> %511, <8 x float>* %516, align 4
  %517 = add i64 %246, 3
  %518 = add i64 %247, 8
  %519 = load <8 x float>, <8 x float>* %9, align 32
  %520 = mul i64 %517, 512
  %521 = add i64 %520, %518
  %522 = add i64 %243, %521
  %523 = getelementptr inbounds float, float* %2, i64 %522
  %524 = bitcast float* %523 to <8 x float>*
  store <8 x float> %519, <8 x float>* %524, align 4
  %525 = add i64 %246, 4
  %526 = add i64 %247, 8
  %527 = load <8 x float>, <8 x float>* %8, align 32
  %528 = mul i64 %525, 512
  %529 = add i64 %528, %526
  %530 = add i64 %243, %529
  %531 = getelementptr inbounds float, float* %2, i64 %530
  %532 = bitcast float* %531 to <8 x float>*
  store <8 x float> %527, <8 x float>* %532, align 4
  %533 = add i64 %246, 5
  %534 = add i64 %247, 8
  %535 = load <8 x float>, <8 x float>* %7, align 32
  %536 = mul i64 %533, 512
  %537 = add i64 %536, %534
  %538 = add i64 %243, %537
  %539 = getelementptr inbounds float, float* %2, i64 %538
  %540 = bitcast float* %539 to <8 x float>*
  store <8 x float> %535, <8 x float>* %540, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %255, %task.exit ], [ %tile.next63, %endif21 ]
  %541 = icmp slt i64 %tile18, %258
  br i1 %541, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %542 = add i64 0, %tile18
  %543 = srem i64 %542, 4
  %544 = sdiv i64 %542, 4
  %545 = srem i64 %544, 4
  %546 = sdiv i64 %542, 16
  %547 = mul i64 %546, 64
  %548 = mul i64 %547, 1568
  %549 = mul i64 %545, 56
  %550 = mul i64 %543, 4
  %551 = add i64 %549, %550
  %552 = mul i64 %551, 8
  %553 = add i64 %548, %552
  %554 = mul i64 %546, 64
  %555 = mul i64 %554, 392
  %556 = mul i64 %545, 14
  %557 = mul i64 %543, 2
  %558 = add i64 %556, %557
  %559 = mul i64 %558, 8
  %560 = add i64 %555, %559
  %561 = mul i64 %tile18, 512
  %562 = add i64 460800, %561
  %563 = bitcast [192 x float]* %6 to float*
  %564 = icmp eq i64 %545, 3
  br i1 %564, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %565 = icmp eq i64 %543, 3
  br i1 %565, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %566 = icmp eq i64 %543, 3
  br i1 %566, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !113

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %567 = icmp slt i64 %block, 64
  br i1 %567, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %568 = mul i64 %block, 8
  %569 = add i64 %562, %568
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %570 = icmp slt i64 %row28, 6
  br i1 %570, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %571 = mul i64 %row28, 49152
  %572 = add i64 %569, %571
  %573 = add i64 %572, 0
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %572, 8192
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %572, 16384
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %572, 24576
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %572, 32768
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %572, 40960
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = fadd <8 x float> %580, %584
  %598 = fsub <8 x float> %580, %584
  %599 = fadd <8 x float> %588, %592
  %600 = fsub <8 x float> %588, %592
  %601 = fadd <8 x float> %576, %597
  %602 = fadd <8 x float> %601, %599
  %603 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %598)
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %597)
  %605 = call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %598)
  %606 = fadd <8 x float> %605, %596
  %607 = mul i64 %row28, 32
  %608 = add i64 %607, 0
  %609 = getelementptr inbounds float, float* %563, i64 %608
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %602, <8 x float>* %610, align 4
  %611 = mul i64 %row28, 32
  %612 = add i64 %611, 8
  %613 = getelementptr inbounds float, float* %563, i64 %612
  %614 = bitcast float* %613 to <8 x float>*
  store <8 x float> %603, <8 x float>* %614, align 4
  %615 = mul i64 %row28, 32
  %616 = add i64 %615, 16
  %617 = getelementptr inbounds float, float* %563, i64 %616
  %618 = bitcast float* %617 to <8 x float>*
  store <8 x float> %604, <8 x float>* %618, align 4
  %619 = mul i64 %row28, 32
  %620 = add i64 %619, 24
  %621 = getelementptr inbounds float, float* %563, i64 %620
  %622 = bitcast float* %621 to <8 x float>*
  store <8 x float> %606, <8 x float>* %622, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !114

row.exit27:                                       ; preds = %row.header25
  %623 = mul i64 %block, 8
  %624 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_13.bias to float*), i64 %623
  %625 = bitcast float* %624 to <8 x float>*
  %626 = load <8 x float>, <8 x float>* %625, align 4
  %627 = mul i64 %block, 1568
  %628 = add i64 %553, %627
  %629 = getelementptr inbounds float, float* %563, i64 0
  %630 = bitcast float* %629 to <8 x float>*
  %631 = load <8 x float>, <8 x float>* %630, align 4
  %632 = getelementptr inbounds float, float* %563, i64 32
  %633 = bitcast float* %632 to <8 x float>*
  %634 = load <8 x float>, <8 x float>* %633, align 4
  %635 = getelementptr inbounds float, float* %563, i64 64
  %636 = bitcast float* %635 to <8 x float>*
  %637 = load <8 x float>, <8 x float>* %636, align 4
  %638 = getelementptr inbounds float, float* %563, i64 96
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = getelementptr inbounds float, float* %563, i64 128
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = getelementptr inbounds float, float* %563, i64 160
  %645 = bitcast float* %644 to <8 x float>*
  %646 = load <8 x float>, <8 x float>* %645, align 4
  %647 = fadd <8 x float> %634, %637
  %648 = fsub <8 x float> %634, %637
  %649 = fadd <8 x float> %640, %643
  %650 = fsub <8 x float> %640, %643
  %651 = fadd <8 x float> %631, %647
  %652 = fadd <8 x float> %651, %649
  %653 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %648)
  %654 = call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %647)
  %655 = call <8 x float> @llvm.fma.v8f32(<8 x float> %650, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %648)
  %656 = fadd <8 x float> %655, %646
  %657 = fadd <8 x float> %652, %626
  %658 = fcmp olt <8 x float> %657, zeroinitializer
  %659 = select <8 x i1> %658, <8 x float> zeroinitializer, <8 x float> %657
  %660 = fadd <8 x float> %653, %626
  %661 = fcmp olt <8 x float> %660, zeroinitializer
  %662 = select <8 x i1> %661, <8 x float> zeroinitializer, <8 x float> %660
  %663 = getelementptr inbounds float, float* %563, i64 8
  %664 = bitcast float* %663 to <8 x float>*
  %665 = load <8 x float>, <8 x float>* %664, align 4
  %666 = getelementptr inbounds float, float* %563, i64 40
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = getelementptr inbounds float, float* %563, i64 72
  %670 = bitcast float* %669 to <8 x float>*
  %671 = load <8 x float>, <8 x float>* %670, align 4
  %672 = getelementptr inbounds float, float* %563, i64 104
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = getelementptr inbounds float, float* %563, i64 136
  %676 = bitcast float* %675 to <8 x float>*
  %677 = load <8 x float>, <8 x float>* %676, align 4
  %678 = getelementptr inbounds float, float* %563, i64 168
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = fadd <8 x float> %668, %671
  %682 = fsub <8 x float> %668, %671
  %683 = fadd <8 x float> %674, %677
  %684 = fsub <8 x float> %674, %677
  %685 = fadd <8 x float> %665, %681
  %686 = fadd <8 x float> %685, %683
  %687 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %682)
  %688 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %681)
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %682)
  %690 = fadd <8 x float> %689, %680
  %691 = fadd <8 x float> %686, %626
  %692 = fcmp olt <8 x float> %691, zeroinitializer
  %693 = select <8 x i1> %692, <8 x float> zeroinitializer, <8 x float> %691
  %694 = fadd <8 x float> %687, %626
  %695 = fcmp olt <8 x float> %694, zeroinitializer
  %696 = select <8 x i1> %695, <8 x float> zeroinitializer, <8 x float> %694
  %697 = mul i64 %block, 392
  %698 = add i64 %560, %697
  %699 = fcmp ogt <8 x float> %659, %693
  %700 = select <8 x i1> %699, <8 x float> %659, <8 x float> %693
  %701 = fcmp uno <8 x float> %659, %659
  %702 = select <8 x i1> %701, <8 x float> %659, <8 x float> %700
  %703 = fcmp ogt <8 x float> %702, %662
  %704 = select <8 x i1> %703, <8 x float> %702, <8 x float> %662
  %705 = fcmp uno <8 x float> %702, %702
  %706 = select <8 x i1> %705, <8 x float> %702, <8 x float> %704
  %707 = fcmp ogt <8 x float> %706, %696
  %708 = select <8 x i1> %707, <8 x float> %706, <8 x float> %696
  %709 = fcmp uno <8 x float> %706, %706
  %710 = select <8 x i1> %709, <8 x float> %706, <8 x float> %708
  %711 = add i64 %698, 0
  %712 = getelementptr inbounds float, float* %0, i64 %711
  %713 = bitcast float* %712 to <8 x float>*
  store <8 x float> %710, <8 x float>* %713, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !115

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %714 = icmp slt i64 %block33, 64
  br i1 %714, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %715 = mul i64 %block33, 8
  %716 = add i64 %562, %715
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %717 = icmp slt i64 %row37, 6
  br i1 %717, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %718 = mul i64 %row37, 49152
  %719 = add i64 %716, %718
  %720 = add i64 %719, 0
  %721 = getelementptr inbounds float, float* %2, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  %723 = load <8 x float>, <8 x float>* %722, align 4
  %724 = add i64 %719, 8192
  %725 = getelementptr inbounds float, float* %2, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = add i64 %719, 16384
  %729 = getelementptr inbounds float, float* %2, i64 %728
  %730 = bitcast float* %729 to <8 x float>*
  %731 = load <8 x float>, <8 x float>* %730, align 4
  %732 = add i64 %719, 24576
  %733 = getelementptr inbounds float, float* %2, i64 %732
  %734 = bitcast float* %733 to <8 x float>*
  %735 = load <8 x float>, <8 x float>* %734, align 4
  %736 = add i64 %719, 32768
  %737 = getelementptr inbounds float, float* %2, i64 %736
  %738 = bitcast float* %737 to <8 x float>*
  %739 = load <8 x float>, <8 x float>* %738, align 4
  %740 = add i64 %719, 40960
  %741 = getelementptr inbounds float, float* %2, i64 %740
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = fadd <8 x float> %727, %731
  %745 = fsub <8 x float> %727, %731
  %746 = fadd <8 x float> %735, %739
  %747 = fsub <8 x float> %735, %739
  %748 = fadd <8 x float> %723, %744
  %749 = fadd <8 x float> %748, %746
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %745)
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %744)
  %752 = call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %745)
  %753 = fadd <8 x float> %752, %743
  %754 = mul i64 %row37, 32
  %755 = add i64 %754, 0
  %756 = getelementptr inbounds float, float* %563, i64 %755
  %757 = bitcast float* %756 to <8 x float>*
  store <8 x float> %749, <8 x float>* %757, align 4
  %758 = mul i64 %row37, 32
  %759 = add i64 %758, 8
  %760 = getelementptr inbounds float, float* %563, i64 %759
  %761 = bitcast float* %760 to <8 x float>*
  store <8 x float> %750, <8 x float>* %761, align 4
  %762 = mul i64 %row37, 32
  %763 = add i64 %762, 16
  %764 = getelementptr inbounds float, float* %563, i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  store <8 x float> %751, <8 x float>* %765, align 4
  %766 = mul i64 %row37, 32
  %767 = add i64 %766, 24
  %768 = getelementptr inbounds float, float* %563, i64 %767
  %769 = bitcast float* %768 to <8 x float>*
  store <8 x float> %753, <8 x float>* %769, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !116

row.exit36:                                       ; preds = %row.header34
  %770 = mul i64 %block33, 8
  %771 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_13.bias to float*), i64 %770
  %772 = bitcast float* %771 to <8 x float>*
  %773 = load <8 x float>, <8 x float>* %772, align 4
  %774 = mul i64 %block33, 1568
  %775 = add i64 %553, %774
  %776 = getelementptr inbounds float, float* %563, i64 0
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = getelementptr inbounds float, float* %563, i64 32
  %780 = bitcast float* %779 to <8 x float>*
  %781 = load <8 x float>, <8 x float>* %780, align 4
  %782 = getelementptr inbounds float, float* %563, i64 64
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = getelementptr inbounds float, float* %563, i64 96
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = getelementptr inbounds float, float* %563, i64 128
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = getelementptr inbounds float, float* %563, i64 160
  %792 = bitcast float* %791 to <8 x float>*
  %793 = load <8 x float>, <8 x float>* %792, align 4
  %794 = fadd <8 x float> %781, %784
  %795 = fsub <8 x float> %781, %784
  %796 = fadd <8 x float> %787, %790
  %797 = fsub <8 x float> %787, %790
  %798 = fadd <8 x float> %778, %794
  %799 = fadd <8 x float> %798, %796
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %795)
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %794)
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %795)
  %803 = fadd <8 x float> %802, %793
  %804 = fadd <8 x float> %799, %773
  %805 = fcmp olt <8 x float> %804, zeroinitializer
  %806 = select <8 x i1> %805, <8 x float> zeroinitializer, <8 x float> %804
  %807 = fadd <8 x float> %800, %773
  %808 = fcmp olt <8 x float> %807, zeroinitializer
  %809 = select <8 x i1> %808, <8 x float> zeroinitializer, <8 x float> %807
  %810 = getelementptr inbounds float, float* %563, i64 8
  %811 = bitcast float* %810 to <8 x float>*
  %812 = load <8 x float>, <8 x float>* %811, align 4
  %813 = getelementptr inbounds float, float* %563, i64 40
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = getelementptr inbounds float, float* %563, i64 72
  %817 = bitcast float* %816 to <8 x float>*
  %818 = load <8 x float>, <8 x float>* %817, align 4
  %819 = getelementptr inbounds float, float* %563, i64 104
  %820 = bitcast float* %819 to <8 x float>*
  %821 = load <8 x float>, <8 x float>* %820, align 4
  %822 = getelementptr inbounds float, float* %563, i64 136
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = getelementptr inbounds float, float* %563, i64 168
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = fadd <8 x float> %815, %818
  %829 = fsub <8 x float> %815, %818
  %830 = fadd <8 x float> %821, %824
  %831 = fsub <8 x float> %821, %824
  %832 = fadd <8 x float> %812, %828
  %833 = fadd <8 x float> %832, %830
  %834 = call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %829)
  %835 = call <8 x float> @llvm.fma.v8f32(<8 x float> %830, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %828)
  %836 = call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %829)
  %837 = fadd <8 x float> %836, %827
  %838 = fadd <8 x float> %833, %773
  %839 = fcmp olt <8 x float> %838, zeroinitializer
  %840 = select <8 x i1> %839, <8 x float> zeroinitializer, <8 x float> %838
  %841 = fadd <8 x float> %834, %773
  %842 = fcmp olt <8 x float> %841, zeroinitializer
  %843 = select <8 x i1> %842, <8 x float> zeroinitializer, <8 x float> %841
  %844 = getelementptr inbounds float, float* %563, i64 16
  %845 = bitcast float* %844 to <8 x float>*
  %846 = load <8 x float>, <8 x float>* %845, align 4
  %847 = getelementptr inbounds float, float* %563, i64 48
  %848 = bitcast float* %847 to <8 x float>*
  %849 = load <8 x float>, <8 x float>* %848, align 4
  %850 = getelementptr inbounds float, float* %563, i64 80
  %851 = bitcast float* %850 to <8 x float>*
  %852 = load <8 x float>, <8 x float>* %851, align 4
  %853 = getelementptr inbounds float, float* %563, i64 112
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = getelementptr inbounds float, float* %563, i64 144
  %857 = bitcast float* %856 to <8 x float>*
  %858 = load <8 x float>, <8 x float>* %857, align 4
  %859 = getelementptr inbounds float, float* %563, i64 176
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = fadd <8 x float> %849, %852
  %863 = fsub <8 x float> %849, %852
  %864 = fadd <8 x float> %855, %858
  %865 = fsub <8 x float> %855, %858
  %866 = fadd <8 x float> %846, %862
  %867 = fadd <8 x float> %866, %864
  %868 = call <8 x float> @llvm.fma.v8f32(<8 x float> %865, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %863)
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %864, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %862)
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %865, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %863)
  %871 = fadd <8 x float> %870, %861
  %872 = fadd <8 x float> %867, %773
  %873 = fcmp olt <8 x float> %872, zeroinitializer
  %874 = select <8 x i1> %873, <8 x float> zeroinitializer, <8 x float> %872
  %875 = fadd <8 x float> %868, %773
  %876 = fcmp olt <8 x float> %875, zeroinitializer
  %877 = select <8 x i1> %876, <8 x float> zeroinitializer, <8 x float> %875
  %878 = getelementptr inbounds float, float* %563, i64 24
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = getelementptr inbounds float, float* %563, i64 56
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = getelementptr inbounds float, float* %563, i64 88
  %885 = bitcast float* %884 to <8 x float>*
  %886 = load <8 x float>, <8 x float>* %885, align 4
  %887 = getelementptr inbounds float, float* %563, i64 120
  %888 = bitcast float* %887 to <8 x float>*
  %889 = load <8 x float>, <8 x float>* %888, align 4
  %890 = getelementptr inbounds float, float* %563, i64 152
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = getelementptr inbounds float, float* %563, i64 184
  %894 = bitcast float* %893 to <8 x float>*
  %895 = load <8 x float>, <8 x float>* %894, align 4
  %896 = fadd <8 x float> %883, %886
  %897 = fsub <8 x float> %883, %886
  %898 = fadd <8 x float> %889, %892
  %899 = fsub <8 x float> %889, %892
  %900 = fadd <8 x float> %880, %896
  %901 = fadd <8 x float> %900, %898
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %899, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %897)
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %898, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %896)
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %899, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %897)
  %905 = fadd <8 x float> %904, %895
  %906 = fadd <8 x float> %901, %773
  %907 = fcmp olt <8 x float> %906, zeroinitializer
  %908 = select <8 x i1> %907, <8 x float> zeroinitializer, <8 x float> %906
  %909 = fadd <8 x float> %902, %773
  %910 = fcmp olt <8 x float> %909, zeroinitializer
  %911 = select <8 x i1> %910, <8 x float> zeroinitializer, <8 x float> %909
  %912 = mul i64 %block33, 392
  %913 = add i64 %560, %912
  %914 = fcmp ogt <8 x float> %806, %840
  %915 = select <8 x i1> %914, <8 x float> %806, <8 x float> %840
  %916 = fcmp uno <8 x float> %806, %806
  %917 = select <8 x i1> %916, <8 x float> %806, <8 x float> %915
  %918 = fcmp ogt <8 x float> %917, %809
  %919 = select <8 x i1> %918, <8 x float> %917, <8 x float> %809
  %920 = fcmp uno <8 x float> %917, %917
  %921 = select <8 x i1> %920, <8 x float> %917, <8 x float> %919
  %922 = fcmp ogt <8 x float> %921, %843
  %923 = select <8 x i1> %922, <8 x float> %921, <8 x float> %843
  %924 = fcmp uno <8 x float> %921, %921
  %925 = select <8 x i1> %924, <8 x float> %921, <8 x float> %923
  %926 = add i64 %913, 0
  %927 = getelementptr inbounds float, float* %0, i64 %926
  %928 = bitcast float* %927 to <8 x float>*
  store <8 x float> %925, <8 x float>* %928, align 4
  %929 = fcmp ogt <8 x float> %874, %908
  %930 = select <8 x i1> %929, <8 x float> %874, <8 x float> %908
  %931 = fcmp uno <8 x float> %874, %874
  %932 = select <8 x i1> %931, <8 x float> %874, <8 x float> %930
  %933 = fcmp ogt <8 x float> %932, %877
  %934 = select <8 x i1> %933, <8 x float> %932, <8 x float> %877
  %935 = fcmp uno <8 x float> %932, %932
  %936 = select <8 x i1> %935, <8 x float> %932, <8 x float> %934
  %937 = fcmp ogt <8 x float> %936, %911
  %938 = select <8 x i1> %937, <8 x float> %936, <8 x float> %911
  %939 = fcmp uno <8 x float> %936, %936
  %940 = select <8 x i1> %939, <8 x float> %936, <8 x float> %938
  %941 = add i64 %913, 8
  %942 = getelementptr inbounds float, float* %0, i64 %941
  %943 = bitcast float* %942 to <8 x float>*
  store <8 x float> %940, <8 x float>* %943, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !117

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %944 = icmp slt i64 %block46, 64
  br i1 %944, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %945 = mul i64 %block46, 8
  %946 = add i64 %562, %945
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %947 = icmp slt i64 %row50, 6
  br i1 %947, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %948 = mul i64 %row50, 49152
  %949 = add i64 %946, %948
  %950 = add i64 %949, 0
  %951 = getelementptr inbounds float, float* %2, i64 %950
  %952 = bitcast float* %951 to <8 x float>*
  %953 = load <8 x float>, <8 x float>* %952, align 4
  %954 = add i64 %949, 8192
  %955 = getelementptr inbounds float, float* %2, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %949, 16384
  %959 = getelementptr inbounds float, float* %2, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %949, 24576
  %963 = getelementptr inbounds float, float* %2, i64 %962
  %964 = bitcast float* %963 to <8 x float>*
  %965 = load <8 x float>, <8 x float>* %964, align 4
  %966 = add i64 %949, 32768
  %967 = getelementptr inbounds float, float* %2, i64 %966
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = add i64 %949, 40960
  %971 = getelementptr inbounds float, float* %2, i64 %970
  %972 = bitcast float* %971 to <8 x float>*
  %973 = load <8 x float>, <8 x float>* %972, align 4
  %974 = fadd <8 x float> %957, %961
  %975 = fsub <8 x float> %957, %961
  %976 = fadd <8 x float> %965, %969
  %977 = fsub <8 x float> %965, %969
  %978 = fadd <8 x float> %953, %974
  %979 = fadd <8 x float> %978, %976
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %977, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %975)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %974)
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %977, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %975)
  %983 = fadd <8 x float> %982, %973
  %984 = mul i64 %row50, 32
  %985 = add i64 %984, 0
  %986 = getelementptr inbounds float, float* %563, i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  store <8 x float> %979, <8 x float>* %987, align 4
  %988 = mul i64 %row50, 32
  %989 = add i64 %988, 8
  %990 = getelementptr inbounds float, float* %563, i64 %989
  %991 = bitcast float* %990 to <8 x float>*
  store <8 x float> %980, <8 x float>* %991, align 4
  %992 = mul i64 %row50, 32
  %993 = add i64 %992, 16
  %994 = getelementptr inbounds float, float* %563, i64 %993
  %995 = bitcast float* %994 to <8 x float>*
  store <8 x float> %981, <8 x float>* %995, align 4
  %996 = mul i64 %row50, 32
  %997 = add i64 %996, 24
  %998 = getelementptr inbounds float, float* %563, i64 %997
  %999 = bitcast float* %998 to <8 x float>*
  store <8 x float> %983, <8 x float>* %999, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !118

row.exit49:                                       ; preds = %row.header47
  %1000 = mul i64 %block46, 8
  %1001 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_13.bias to float*), i64 %1000
  %1002 = bitcast float* %1001 to <8 x float>*
  %1003 = load <8 x float>, <8 x float>* %1002, align 4
  %1004 = mul i64 %block46, 1568
  %1005 = add i64 %553, %1004
  %1006 = getelementptr inbounds float, float* %563, i64 0
  %1007 = bitcast float* %1006 to <8 x float>*
  %1008 = load <8 x float>, <8 x float>* %1007, align 4
  %1009 = getelementptr inbounds float, float* %563, i64 32
  %1010 = bitcast float* %1009 to <8 x float>*
  %1011 = load <8 x float>, <8 x float>* %1010, align 4
  %1012 = getelementptr inbounds float, float* %563, i64 64
  %1013 = bitcast float* %1012 to <8 x float>*
  %1014 = load <8 x float>, <8 x float>* %1013, align 4
  %1015 = getelementptr inbounds float, float* %563, i64 96
  %1016 = bitcast float* %1015 to <8 x float>*
  %1017 = load <8 x float>, <8 x float>* %1016, align 4
  %1018 = getelementptr inbounds float, float* %563, i64 128
  %1019 = bitcast float* %1018 to <8 x float>*
  %1020 = load <8 x float>, <8 x float>* %1019, align 4
  %1021 = getelementptr inbounds float, float* %563, i64 160
  %1022 = bitcast float* %1021 to <8 x float>*
  %1023 = load <8 x float>, <8 x float>* %1022, align 4
  %1024 = fadd <8 x float> %1011, %1014
  %1025 = fsub <8 x float> %1011, %1014
  %1026 = fadd <8 x float> %1017, %1020
  %1027 = fsub <8 x float> %1017, %1020
  %1028 = fadd <8 x float> %1008, %1024
  %1029 = fadd <8 x float> %1028, %1026
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1025)
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1026, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1024)
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1025)
  %1033 = fadd <8 x float> %1032, %1023
  %1034 = fadd <8 x float> %1029, %1003
  %1035 = fcmp olt <8 x float> %1034, zeroinitializer
  %1036 = select <8 x i1> %1035, <8 x float> zeroinitializer, <8 x float> %1034
  %1037 = fadd <8 x float> %1030, %1003
  %1038 = fcmp olt <8 x float> %1037, zeroinitializer
  %1039 = select <8 x i1> %1038, <8 x float> zeroinitializer, <8 x float> %1037
  %1040 = fadd <8 x float> %1031, %1003
  %1041 = fcmp olt <8 x float> %1040, zeroinitializer
  %1042 = select <8 x i1> %1041, <8 x float> zeroinitializer, <8 x float> %1040
  %1043 = fadd <8 x float> %1033, %1003
  %1044 = fcmp olt <8 x float> %1043, zeroinitializer
  %1045 = select <8 x i1> %1044, <8 x float> zeroinitializer, <8 x float> %1043
  %1046 = getelementptr inbounds float, float* %563, i64 8
  %1047 = bitcast float* %1046 to <8 x float>*
  %1048 = load <8 x float>, <8 x float>* %1047, align 4
  %1049 = getelementptr inbounds float, float* %563, i64 40
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = getelementptr inbounds float, float* %563, i64 72
  %1053 = bitcast float* %1052 to <8 x float>*
  %1054 = load <8 x float>, <8 x float>* %1053, align 4
  %1055 = getelementptr inbounds float, float* %563, i64 104
  %1056 = bitcast float* %1055 to <8 x float>*
  %1057 = load <8 x float>, <8 x float>* %1056, align 4
  %1058 = getelementptr inbounds float, float* %563, i64 136
  %1059 = bitcast float* %1058 to <8 x float>*
  %1060 = load <8 x float>, <8 x float>* %1059, align 4
  %1061 = getelementptr inbounds float, float* %563, i64 168
  %1062 = bitcast float* %1061 to <8 x float>*
  %1063 = load <8 x float>, <8 x float>* %1062, align 4
  %1064 = fadd <8 x float> %1051, %1054
  %1065 = fsub <8 x float> %1051, %1054
  %1066 = fadd <8 x float> %1057, %1060
  %1067 = fsub <8 x float> %1057, %1060
  %1068 = fadd <8 x float> %1048, %1064
  %1069 = fadd <8 x float> %1068, %1066
  %1070 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1067, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1065)
  %1071 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1066, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1064)
  %1072 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1067, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1065)
  %1073 = fadd <8 x float> %1072, %1063
  %1074 = fadd <8 x float> %1069, %1003
  %1075 = fcmp olt <8 x float> %1074, zeroinitializer
  %1076 = select <8 x i1> %1075, <8 x float> zeroinitializer, <8 x float> %1074
  %1077 = fadd <8 x float> %1070, %1003
  %1078 = fcmp olt <8 x float> %1077, zeroinitializer
  %1079 = select <8 x i1> %1078, <8 x float> zeroinitializer, <8 x float> %1077
  %1080 = fadd <8 x float> %1071, %1003
  %1081 = fcmp olt <8 x float> %1080, zeroinitializer
  %1082 = select <8 x i1> %1081, <8 x float> zeroinitializer, <8 x float> %1080
  %1083 = fadd <8 x float> %1073, %1003
  %1084 = fcmp olt <8 x float> %1083, zeroinitializer
  %1085 = select <8 x i1> %1084, <8 x float> zeroinitializer, <8 x float> %1083
  %1086 = mul i64 %block46, 392
  %1087 = add i64 %560, %1086
  %1088 = fcmp ogt <8 x float> %1036, %1076
  %1089 = select <8 x i1> %1088, <8 x float> %1036, <8 x float> %1076
  %1090 = fcmp uno <8 x float> %1036, %1036
  %1091 = select <8 x i1> %1090, <8 x float> %1036, <8 x float> %1089
  %1092 = fcmp ogt <8 x float> %1091, %1039
  %1093 = select <8 x i1> %1092, <8 x float> %1091, <8 x float> %1039
  %1094 = fcmp uno <8 x float> %1091, %1091
  %1095 = select <8 x i1> %1094, <8 x float> %1091, <8 x float> %1093
  %1096 = fcmp ogt <8 x float> %1095, %1079
  %1097 = select <8 x i1> %1096, <8 x float> %1095, <8 x float> %1079
  %1098 = fcmp uno <8 x float> %1095, %1095
  %1099 = select <8 x i1> %1098, <8 x float> %1095, <8 x float> %1097
  %1100 = add i64 %1087, 0
  %1101 = getelementptr inbounds float, float* %0, i64 %1100
  %1102 = bitcast float* %1101 to <8 x float>*
  store <8 x float> %1099, <8 x float>* %1102, align 4
  %1103 = fcmp ogt <8 x float> %1042, %1082
  %1104 = select <8 x i1> %1103, <8 x float> %1042, <8 x float> %1082
  %1105 = fcmp uno <8 x float> %1042, %1042
  %1106 = select <8 x i1> %1105, <8 x float> %1042, <8 x float> %1104
  %1107 = fcmp ogt <8 x float> %1106, %1045
  %1108 = select <8 x i1> %1107, <8 x float> %1106, <8 x float> %1045
  %1109 = fcmp uno <8 x float> %1106, %1106
  %1110 = select <8 x i1> %1109, <8 x float> %1106, <8 x float> %1108
  %1111 = fcmp ogt <8 x float> %1110, %1085
  %1112 = select <8 x i1> %1111, <8 x float> %1110, <8 x float> %1085
  %1113 = fcmp uno <8 x float> %1110, %1110
  %1114 = select <8 x i1> %1113, <8 x float> %1110, <8 x float> %1112
  %1115 = add i64 %1087, 56
  %1116 = getelementptr inbounds float, float* %0, i64 %1115
  %1117 = bitcast float* %1116 to <8 x float>*
  store <8 x float> %1114, <8 x float>* %1117, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !119

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1118 = icmp slt i64 %block56, 64
  br i1 %1118, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1119 = mul i64 %block56, 8
  %1120 = add i64 %562, %1119
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1121 = icmp slt i64 %row60, 6
  br i1 %1121, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1122 = mul i64 %row60, 49152
  %1123 = add i64 %1120, %1122
  %1124 = add i64 %1123, 0
  %1125 = getelementptr inbounds float, float* %2, i64 %1124
  %1126 = bitcast float* %1125 to <8 x float>*
  %1127 = load <8 x float>, <8 x float>* %1126, align 4
  %1128 = add i64 %1123, 8192
  %1129 = getelementptr inbounds float, float* %2, i64 %1128
  %1130 = bitcast float* %1129 to <8 x float>*
  %1131 = load <8 x float>, <8 x float>* %1130, align 4
  %1132 = add i64 %1123, 16384
  %1133 = getelementptr inbounds float, float* %2, i64 %1132
  %1134 = bitcast float* %1133 to <8 x float>*
  %1135 = load <8 x float>, <8 x float>* %1134, align 4
  %1136 = add i64 %1123, 24576
  %1137 = getelementptr inbounds float, float* %2, i64 %1136
  %1138 = bitcast float* %1137 to <8 x float>*
  %1139 = load <8 x float>, <8 x float>* %1138, align 4
  %1140 = add i64 %1123, 32768
  %1141 = getelementptr inbounds float, float* %2, i64 %1140
  %1142 = bitcast float* %1141 to <8 x float>*
  %1143 = load <8 x float>, <8 x float>* %1142, align 4
  %1144 = add i64 %1123, 40960
  %1145 = getelementptr inbounds float, float* %2, i64 %1144
  %1146 = bitcast float* %1145 to <8 x float>*
  %1147 = load <8 x float>, <8 x float>* %1146, align 4
  %1148 = fadd <8 x float> %1131, %1135
  %1149 = fsub <8 x float> %1131, %1135
  %1150 = fadd <8 x float> %1139, %1143
  %1151 = fsub <8 x float> %1139, %1143
  %1152 = fadd <8 x float> %1127, %1148
  %1153 = fadd <8 x float> %1152, %1150
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1149)
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1150, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1148)
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1149)
  %1157 = fadd <8 x float> %1156, %1147
  %1158 = mul i64 %row60, 32
  %1159 = add i64 %1158, 0
  %1160 = getelementptr inbounds float, float* %563, i64 %1159
  %1161 = bitcast float* %1160 to <8 x float>*
  store <8 x float> %1153, <8 x float>* %1161, align 4
  %1162 = mul i64 %row60, 32
  %1163 = add i64 %1162, 8
  %1164 = getelementptr inbounds float, float* %563, i64 %1163
  %1165 = bitcast float* %1164 to <8 x float>*
  store <8 x float> %1154, <8 x float>* %1165, align 4
  %1166 = mul i64 %row60, 32
  %1167 = add i64 %1166, 16
  %1168 = getelementptr inbounds float, float* %563, i64 %1167
  %1169 = bitcast float* %1168 to <8 x float>*
  store <8 x float> %1155, <8 x float>* %1169, align 4
  %1170 = mul i64 %row60, 32
  %1171 = add i64 %1170, 24
  %1172 = getelementptr inbounds float, float* %563, i64 %1171
  %1173 = bitcast float* %1172 to <8 x float>*
  store <8 x float> %1157, <8 x float>* %1173, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !120

row.exit59:                                       ; preds = %row.header57
  %1174 = mul i64 %block56, 8
  %1175 = getelementptr inbounds float, float* bitcast ([2048 x i8]* @weight.conv2d_13.bias to float*), i64 %1174
  %1176 = bitcast float* %1175 to <8 x float>*
  %1177 = load <8 x float>, <8 x float>* %1176, align 4
  %1178 = mul i64 %block56, 1568
  %1179 = add i64 %553, %1178
  %1180 = getelementptr inbounds float, float* %563, i64 0
  %1181 = bitcast float* %1180 to <8 x float>*
  %1182 = load <8 x float>, <8 x float>* %1181, align 4
  %1183 = getelementptr inbounds float, float* %563, i64 32
  %1184 = bitcast float* %1183 to <8 x float>*
  %1185 = load <8 x float>, <8 x float>* %1184, align 4
  %1186 = getelementptr inbounds float, float* %563, i64 64
  %1187 = bitcast float* %1186 to <8 x float>*
  %1188 = load <8 x float>, <8 x float>* %1187, align 4
  %1189 = getelementptr inbounds float, float* %563, i64 96
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  %1192 = getelementptr inbounds float, float* %563, i64 128
  %1193 = bitcast float* %1192 to <8 x float>*
  %1194 = load <8 x float>, <8 x float>* %1193, align 4
  %1195 = getelementptr inbounds float, float* %563, i64 160
  %1196 = bitcast float* %1195 to <8 x float>*
  %1197 = load <8 x float>, <8 x float>* %1196, align 4
  %1198 = fadd <8 x float> %1185, %1188
  %1199 = fsub <8 x float> %1185, %1188
  %1200 = fadd <8 x float> %1191, %1194
  %1201 = fsub <8 x float> %1191, %1194
  %1202 = fadd <8 x float> %1182, %1198
  %1203 = fadd <8 x float> %1202, %1200
  %1204 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1199)
  %1205 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1200, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1198)
  %1206 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1199)
  %1207 = fadd <8 x float> %1206, %1197
  %1208 = fadd <8 x float> %1203, %1177
  %1209 = fcmp olt <8 x float> %1208, zeroinitializer
  %1210 = select <8 x i1> %1209, <8 x float> zeroinitializer, <8 x float> %1208
  %1211 = fadd <8 x float> %1204, %1177
  %1212 = fcmp olt <8 x float> %1211, zeroinitializer
  %1213 = select <8 x i1> %1212, <8 x float> zeroinitializer, <8 x float> %1211
  %1214 = fadd <8 x float> %1205, %1177
  %1215 = fcmp olt <8 x float> %1214, zeroinitializer
  %1216 = select <8 x i1> %1215, <8 x float> zeroinitializer, <8 x float> %1214
  %1217 = fadd <8 x float> %1207, %1177
  %1218 = fcmp olt <8 x float> %1217, zeroinitializer
  %1219 = select <8 x i1> %1218, <8 x float> zeroinitializer, <8 x float> %1217
  %1220 = getelementptr inbounds float, float* %563, i64 8
  %1221 = bitcast float* %1220 to <8 x float>*
  %1222 = load <8 x float>, <8 x float>* %1221, align 4
  %1223 = getelementptr inbounds float, float* %563, i64 40
  %1224 = bitcast float* %1223 to <8 x float>*
  %1225 = load <8 x float>, <8 x float>* %1224, align 4
  %1226 = getelementptr inbounds float, float* %563, i64 72
  %1227 = bitcast float* %1226 to <8 x float>*
  %1228 = load <8 x float>, <8 x float>* %1227, align 4
  %1229 = getelementptr inbounds float, float* %563, i64 104
  %1230 = bitcast float* %1229 to <8 x float>*
  %1231 = load <8 x float>, <8 x float>* %1230, align 4
  %1232 = getelementptr inbounds float, float* %563, i64 136
  %1233 = bitcast float* %1232 to <8 x float>*
  %1234 = load <8 x float>, <8 x float>* %1233, align 4
  %1235 = getelementptr inbounds float, float* %563, i64 168
  %1236 = bitcast float* %1235 to <8 x float>*
  %1237 = load <8 x float>, <8 x float>* %1236, align 4
  %1238 = fadd <8 x float> %1225, %1228
  %1239 = fsub <8 x float> %1225, %1228
  %1240 = fadd <8 x float> %1231, %1234
  %1241 = fsub <8 x float> %1231, %1234
  %1242 = fadd <8 x float> %1222, %1238
  %1243 = fadd <8 x float> %1242, %1240
  %1244 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1239)
  %1245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1240, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1238)
  %1246 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1239)
  %1247 = fadd <8 x float> %1246, %1237
  %1248 = fadd <8 x float> %1243, %1177
  %1249 = fcmp olt <8 x float> %1248, zeroinitializer
  %1250 = select <8 x i1> %1249, <8 x float> zeroinitializer, <8 x float> %1248
  %1251 = fadd <8 x float> %1244, %1177
  %1252 = fcmp olt <8 x float> %1251, zeroinitializer
  %1253 = select <8 x i1> %1252, <8 x float> zeroinitializer, <8 x float> %1251
  %1254 = fadd <8 x float> %1245, %1177
  %1255 = fcmp olt <8 x float> %1254, zeroinitializer
  %1256 = select <8 x i1> %1255, <8 x float> zeroinitializer, <8 x float> %1254
  %1257 = fadd <8 x float> %1247, %1177
  %1258 = fcmp olt <8 x float> %1257, zeroinitializer
  %1259 = select <8 x i1> %1258, <8 x float> zeroinitializer, <8 x float> %1257
  %1260 = getelementptr inbounds float, float* %563, i64 16
  %1261 = bitcast float* %1260 to <8 x float>*
  %1262 = load <8 x float>, <8 x float>* %1261, align 4
  %1263 = getelementptr inbounds float, float* %563, i64 48
  %1264 = bitcast float* %1263 to <8 x float>*
  %1265 = load <8 x float>, <8 x float>* %1264, align 4
  %1266 = getelementptr inbounds float, float* %563, i64 80
  %1267 = bitcast float* %1266 to <8 x float>*
  %1268 = load <8 x float>, <8 x float>* %1267, align 4
  %1269 = getelementptr inbounds float, float* %563, i64 112
  %1270 = bitcast float* %1269 to <8 x float>*
  %1271 = load <8 x float>, <8 x float>* %1270, align 4
  %1272 = getelementptr inbounds float, float* %563, i64 144
  %1273 = bitcast float* %1272 to <8 x float>*
  %1274 = load <8 x float>, <8 x float>* %1273, align 4
  %1275 = getelementptr inbounds float, float* %563, i64 176
  %1276 = bitcast float* %1275 to <8 x float>*
  %1277 = load <8 x float>, <8 x float>* %1276, align 4
  %1278 = fadd <8 x float> %1265, %1268
  %1279 = fsub <8 x float> %1265, %1268
  %1280 = fadd <8 x float> %1271, %1274
  %1281 = fsub <8 x float> %1271, %1274
  %1282 = fadd <8 x float> %1262, %1278
  %1283 = fadd <8 x float> %1282, %1280
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1281, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1279)
  %1285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1280, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1278)
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1281, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1279)
  %1287 = fadd <8 x float> %1286, %1277
  %1288 = fadd <8 x float> %1283, %1177
  %1289 = fcmp olt <8 x float> %1288, zeroinitializer
  %1290 = select <8 x i1> %1289, <8 x float> zeroinitializer, <8 x float> %1288
  %1291 = fadd <8 x float> %1284, %1177
  %1292 = fcmp olt <8 x float> %1291, zeroinitializer
  %1293 = select <8 x i1> %1292, <8 x float> zeroinitializer, <8 x float> %1291
  %1294 = fadd <8 x float> %1285, %1177
  %1295 = fcmp olt <8 x float> %1294, zeroinitializer
  %1296 = select <8 x i1> %1295, <8 x float> zeroinitializer, <8 x float> %1294
  %1297 = fadd <8 x float> %1287, %1177
  %1298 = fcmp olt <8 x float> %1297, zeroinitializer
  %1299 = select <8 x i1> %1298, <8 x float> zeroinitializer, <8 x float> %1297
  %1300 = getelementptr inbounds float, float* %563, i64 24
  %1301 = bitcast float* %1300 to <8 x float>*
  %1302 = load <8 x float>, <8 x float>* %1301, align 4
  %1303 = getelementptr inbounds float, float* %563, i64 56
  %1304 = bitcast float* %1303 to <8 x float>*
  %1305 = load <8 x float>, <8 x float>* %1304, align 4
  %1306 = getelementptr inbounds float, float* %563, i64 88
  %1307 = bitcast float* %1306 to <8 x float>*
  %1308 = load <8 x float>, <8 x float>* %1307, align 4
  %1309 = getelementptr inbounds float, float* %563, i64 120
  %1310 = bitcast float* %1309 to <8 x float>*
  %1311 = load <8 x float>, <8 x float>* %1310, align 4
  %1312 = getelementptr inbounds float, float* %563, i64 152
  %1313 = bitcast float* %1312 to <8 x float>*
  %1314 = load <8 x float>, <8 x float>* %1313, align 4
  %1315 = getelementptr inbounds float, float* %563, i64 184
  %1316 = bitcast float* %1315 to <8 x float>*
  %1317 = load <8 x float>, <8 x float>* %1316, align 4
  %1318 = fadd <8 x float> %1305, %1308
  %1319 = fsub <8 x float> %1305, %1308
  %1320 = fadd <8 x float> %1311, %1314
  %1321 = fsub <8 x float> %1311, %1314
  %1322 = fadd <8 x float> %1302, %1318
  %1323 = fadd <8 x float> %1322, %1320
  %1324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1321, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1319)
  %1325 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1320, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1318)
  %1326 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1321, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1319)
  %1327 = fadd <8 x float> %1326, %1317
  %1328 = fadd <8 x float> %1323, %1177
  %1329 = fcmp olt <8 x float> %1328, zeroinitializer
  %1330 = select <8 x i1> %1329, <8 x float> zeroinitializer, <8 x float> %1328
  %1331 = fadd <8 x float> %1324, %1177
  %1332 = fcmp olt <8 x float> %1331, zeroinitializer
  %1333 = select <8 x i1> %1332, <8 x float> zeroinitializer, <8 x float> %1331
  %1334 = fadd <8 x float> %1325, %1177
  %1335 = fcmp olt <8 x float> %1334, zeroinitializer
  %1336 = select <8 x i1> %1335, <8 x float> zeroinitializer, <8 x float> %1334
  %1337 = fadd <8 x float> %1327, %1177
  %1338 = fcmp olt <8 x float> %1337, zeroinitializer
  %1339 = select <8 x i1> %1338, <8 x float> zeroinitializer, <8 x float> %1337
  %1340 = mul i64 %block56, 392
  %1341 = add i64 %560, %1340
  %1342 = fcmp ogt <8 x float> %1210, %1250
  %1343 = select <8 x i1> %1342, <8 x float> %1210, <8 x float> %1250
  %1344 = fcmp uno <8 x float> %1210, %1210
  %1345 = select <8 x i1> %1344, <8 x float> %1210, <8 x float> %1343
  %1346 = fcmp ogt <8 x float> %1345, %1213
  %1347 = select <8 x i1> %1346, <8 x float> %1345, <8 x float> %1213
  %1348 = fcmp uno <8 x float> %1345, %1345
  %1349 = select <8 x i1> %1348, <8 x float> %1345, <8 x float> %1347
  %1350 = fcmp ogt <8 x float> %1349, %1253
  %1351 = select <8 x i1> %1350, <8 x float> %1349, <8 x float> %1253
  %1352 = fcmp uno <8 x float> %1349, %1349
  %1353 = select <8 x i1> %1352, <8 x float> %1349, <8 x float> %1351
  %1354 = add i64 %1341, 0
  %1355 = getelementptr inbounds float, float* %0, i64 %1354
  %1356 = bitcast float* %1355 to <8 x float>*
  store <8 x float> %1353, <8 x float>* %1356, align 4
  %1357 = fcmp ogt <8 x float> %1290, %1330
  %1358 = select <8 x i1> %1357, <8 x float> %1290, <8 x float> %1330
  %1359 = fcmp uno <8 x float> %1290, %1290
  %1360 = select <8 x i1> %1359, <8 x float> %1290, <8 x float> %1358
  %1361 = fcmp ogt <8 x float> %1360, %1293
  %1362 = select <8 x i1> %1361, <8 x float> %1360, <8 x float> %1293
  %1363 = fcmp uno <8 x float> %1360, %1360
  %1364 = select <8 x i1> %1363, <8 x float> %1360, <8 x float> %1362
  %1365 = fcmp ogt <8 x float> %1364, %1333
  %1366 = select <8 x i1> %1365, <8 x float> %1364, <8 x float> %1333
  %1367 = fcmp uno <8 x float> %1364, %1364
  %1368 = select <8 x i1> %1367, <8 x float> %1364, <8 x float> %1366
  %1369 = add i64 %1341, 8
  %1370 = getelementptr inbounds float, float* %0, i64 %1369
  %1371 = bitcast float* %1370 to <8 x float>*
  store <8 x float> %1368, <8 x float>* %1371, align 4
  %1372 = fcmp ogt <8 x float> %1216, %1256
  %1373 = select <8 x i1> %1372, <8 x float> %1216, <8 x float> %1256
  %1374 = fcmp uno <8 x float> %1216, %1216
  %1375 = select <8 x i1> %1374, <8 x float> %1216, <8 x float> %1373
  %1376 = fcmp ogt <8 x float> %1375, %1219
  %1377 = select <8 x i1> %1376, <8 x float> %1375, <8 x float> %1219
  %1378 = fcmp uno <8 x float> %1375, %1375
  %1379 = select <8 x i1> %1378, <8 x float> %1375, <8 x float> %1377
  %1380 = fcmp ogt <8 x float> %1379, %1259
  %1381 = select <8 x i1> %1380, <8 x float> %1379, <8 x float> %1259
  %1382 = fcmp uno <8 x float> %1379, %1379
  %1383 = select <8 x i1> %1382, <8 x float> %1379, <8 x float> %1381
  %1384 = add i64 %1341, 56
  %1385 = getelementptr inbounds float, float* %0, i64 %1384
  %1386 = bitcast float* %1385 to <8 x float>*
  store <8 x float> %1383, <8 x float>* %1386, align 4
  %1387 = fcmp ogt <8 x float> %1296, %1336
  %1388 = select <8 x i1> %1387, <8 x float> %1296, <8 x float> %1336
  %1389 = fcmp uno <8 x float> %1296, %1296
  %1390 = select <8 x i1> %1389, <8 x float> %1296, <8 x float> %1388
  %1391 = fcmp ogt <8 x float> %1390, %1299
  %1392 = select <8 x i1> %1391, <8 x float> %1390, <8 x float> %1299
  %1393 = fcmp uno <8 x float> %1390, %1390
  %1394 = select <8 x i1> %1393, <8 x float> %1390, <8 x float> %1392
  %1395 = fcmp ogt <8 x float> %1394, %1339
  %1396 = select <8 x i1> %1395, <8 x float> %1394, <8 x float> %1339
  %1397 = fcmp uno <8 x float> %1394, %1394
  %1398 = select <8 x i1> %1397, <8 x float> %1394, <8 x float> %1396
  %1399 = add i64 %1341, 64
  %1400 = getelementptr inbounds float, float* %0, i64 %1399
  %1401 = bitcast float* %1400 to <8 x float>*
  store <8 x float> %1398, <8 x float>* %1401, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !121
}

; Function Attrs: noinline nounwind
define internal void @node12.conv2d_13.step1(i8* %0) #3 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to float*
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
  call void @node12.conv2d_13.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_5.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ps.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ps.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 49
  %10 = add i64 %9, 49
  %11 = icmp slt i64 %10, 49
  %12 = select i1 %11, i64 %10, i64 49
  %13 = srem i64 %7, 64
  %14 = sdiv i64 %7, 64
  %15 = mul i64 %14, 512
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 392
  %19 = icmp slt i64 %12, 48
  %20 = select i1 %19, i64 %12, i64 48
  br label %p.header

task.exit:                                        ; preds = %task.header
  ret void

p.header:                                         ; preds = %p.body, %task.body
  %p = phi i64 [ %9, %task.body ], [ %p.next, %p.body ]
  %21 = icmp slt i64 %p, %20
  br i1 %21, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %22 = add i64 %p, 0
  %23 = mul i64 %22, 8
  %24 = add i64 %23, 0
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %1, i64 %25
  %27 = bitcast float* %26 to <8 x float>*
  %28 = load <8 x float>, <8 x float>* %27, align 4
  %29 = add i64 %p, 1
  %30 = mul i64 %29, 8
  %31 = add i64 %30, 0
  %32 = add i64 %18, %31
  %33 = getelementptr inbounds float, float* %1, i64 %32
  %34 = bitcast float* %33 to <8 x float>*
  %35 = load <8 x float>, <8 x float>* %34, align 4
  %36 = add i64 %p, 2
  %37 = mul i64 %36, 8
  %38 = add i64 %37, 0
  %39 = add i64 %18, %38
  %40 = getelementptr inbounds float, float* %1, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = add i64 %p, 3
  %44 = mul i64 %43, 8
  %45 = add i64 %44, 0
  %46 = add i64 %18, %45
  %47 = getelementptr inbounds float, float* %1, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %p, 4
  %51 = mul i64 %50, 8
  %52 = add i64 %51, 0
  %53 = add i64 %18, %52
  %54 = getelementptr inbounds float, float* %1, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %p, 5
  %58 = mul i64 %57, 8
  %59 = add i64 %58, 0
  %60 = add i64 %18, %59
  %61 = getelementptr inbounds float, float* %1, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %p, 6
  %65 = mul i64 %64, 8
  %66 = add i64 %65, 0
  %67 = add i64 %18, %66
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %p, 7
  %72 = mul i64 %71, 8
  %73 = add i64 %72, 0
  %74 = add i64 %18, %73
  %75 = getelementptr inbounds float, float* %1, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = shufflevector <8 x float> %28, <8 x float> %56, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %79 = shufflevector <8 x float> %28, <8 x float> %56, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %80 = shufflevector <8 x float> %35, <8 x float> %63, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %81 = shufflevector <8 x float> %35, <8 x float> %63, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %82 = shufflevector <8 x float> %42, <8 x float> %70, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %83 = shufflevector <8 x float> %42, <8 x float> %70, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %84 = shufflevector <8 x float> %49, <8 x float> %77, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %85 = shufflevector <8 x float> %49, <8 x float> %77, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %86 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %87 = shufflevector <8 x float> %78, <8 x float> %82, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %88 = shufflevector <8 x float> %79, <8 x float> %83, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %89 = shufflevector <8 x float> %79, <8 x float> %83, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %90 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %91 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %92 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %93 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %94 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %95 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %96 = shufflevector <8 x float> %87, <8 x float> %91, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %97 = shufflevector <8 x float> %87, <8 x float> %91, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %98 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %99 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %100 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %101 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %102 = add i64 %17, 0
  %103 = mul i64 %102, 49
  %104 = add i64 %103, %p
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %94, <8 x float>* %106, align 4
  %107 = add i64 %17, 1
  %108 = mul i64 %107, 49
  %109 = add i64 %108, %p
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %95, <8 x float>* %111, align 4
  %112 = add i64 %17, 2
  %113 = mul i64 %112, 49
  %114 = add i64 %113, %p
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %96, <8 x float>* %116, align 4
  %117 = add i64 %17, 3
  %118 = mul i64 %117, 49
  %119 = add i64 %118, %p
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %97, <8 x float>* %121, align 4
  %122 = add i64 %17, 4
  %123 = mul i64 %122, 49
  %124 = add i64 %123, %p
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %98, <8 x float>* %126, align 4
  %127 = add i64 %17, 5
  %128 = mul i64 %127, 49
  %129 = add i64 %128, %p
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %99, <8 x float>* %131, align 4
  %132 = add i64 %17, 6
  %133 = mul i64 %132, 49
  %134 = add i64 %133, %p
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %100, <8 x float>* %136, align 4
  %137 = add i64 %17, 7
  %138 = mul i64 %137, 49
  %139 = add i64 %138, %p
  %140 = getelementptr inbounds float, float* %0, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %101, <8 x float>* %141, align 4
  %p.next = add i64 %p, 8
  br label %p.header

p.exit:                                           ; preds = %p.header
  %142 = icmp sgt i64 %9, %20
  %143 = select i1 %142, i64 %9, i64 %20
  br label %ps.header

ps.header:                                        ; preds = %ps.body, %p.exit
  %ps = phi i64 [ %143, %p.exit ], [ %ps.next, %ps.body ]
  %144 = icmp slt i64 %ps, %12
  br i1 %144, label %ps.body, label %ps.exit

ps.body:                                          ; preds = %ps.header
  %145 = mul i64 %ps, 8
  %146 = add i64 %145, 0
  %147 = add i64 %18, %146
  %148 = add i64 %17, 0
  %149 = mul i64 %148, 49
  %150 = add i64 %149, %ps
  %151 = getelementptr inbounds float, float* %1, i64 %147
  %152 = load float, float* %151, align 4
  %153 = getelementptr inbounds float, float* %0, i64 %150
  store float %152, float* %153, align 4
  %154 = mul i64 %ps, 8
  %155 = add i64 %154, 1
  %156 = add i64 %18, %155
  %157 = add i64 %17, 1
  %158 = mul i64 %157, 49
  %159 = add i64 %158, %ps
  %160 = getelementptr inbounds float, float* %1, i64 %156
  %161 = load float, float* %160, align 4
  %162 = getelementptr inbounds float, float* %0, i64 %159
  store float %161, float* %162, align 4
  %163 = mul i64 %ps, 8
  %164 = add i64 %163, 2
  %165 = add i64 %18, %164
  %166 = add i64 %17, 2
  %167 = mul i64 %166, 49
  %168 = add i64 %167, %ps
  %169 = getelementptr inbounds float, float* %1, i64 %165
  %170 = load float, float* %169, align 4
  %171 = getelementptr inbounds float, float* %0, i64 %168
  store float %170, float* %171, align 4
  %172 = mul i64 %ps, 8
  %173 = add i64 %172, 3
  %174 = add i64 %18, %173
  %175 = add i64 %17, 3
  %176 = mul i64 %175, 49
  %177 = add i64 %176, %ps
  %178 = getelementptr inbounds float, float* %1, i64 %174
  %179 = load float, float* %178, align 4
  %180 = getelementptr inbounds float, float* %0, i64 %177
  store float %179, float* %180, align 4
  %181 = mul i64 %ps, 8
  %182 = add i64 %181, 4
  %183 = add i64 %18, %182
  %184 = add i64 %17, 4
  %185 = mul i64 %184, 49
  %186 = add i64 %185, %ps
  %187 = getelementptr inbounds float, float* %1, i64 %183
  %188 = load float, float* %187, align 4
  %189 = getelementptr inbounds float, float* %0, i64 %186
  store float %188, float* %189, align 4
  %190 = mul i64 %ps, 8
  %191 = add i64 %190, 5
  %192 = add i64 %18, %191
  %193 = add i64 %17, 5
  %194 = mul i64 %193, 49
  %195 = add i64 %194, %ps
  %196 = getelementptr inbounds float, float* %1, i64 %192
  %197 = load float, float* %196, align 4
  %198 = getelementptr inbounds float, float* %0, i64 %195
  store float %197, float* %198, align 4
  %199 = mul i64 %ps, 8
  %200 = add i64 %199, 6
  %201 = add i64 %18, %200
  %202 = add i64 %17, 6
  %203 = mul i64 %202, 49
  %204 = add i64 %203, %ps
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = mul i64 %ps, 8
  %209 = add i64 %208, 7
  %210 = add i64 %18, %209
  %211 = add i64 %17, 7
  %212 = mul i64 %211, 49
  %213 = add i64 %212, %ps
  %214 = getelementptr inbounds float, float* %1, i64 %210
  %215 = load float, float* %214, align 4
  %216 = getelementptr inbounds float, float* %0, i64 %213
  store float %215, float* %216, align 4
  %ps.next = add i64 %ps, 1
  br label %ps.header

ps.exit:                                          ; preds = %ps.header
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
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
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
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #4

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
define i32 @vgg16_run(i8** %0, i8** %1, i8* %2) #6 {
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
  %fresh = call i8* @malloc(i64 31214655)
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
  %17 = call i32 @vgg16_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @vgg16_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
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
  %12 = getelementptr inbounds i8, i8* %2, i64 15158272
  %13 = getelementptr inbounds i8, i8* %2, i64 0
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %12, i8** %14, align 8
  %15 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %15, align 8
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %13, i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %17, align 8
  %18 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step0, i8* %18, i32 %10, i32 0)
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([6912 x i8], [6912 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %20, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %18, i32 %10, i32 0)
  %21 = getelementptr inbounds i8, i8* %2, i64 28003328
  %22 = getelementptr inbounds i8, i8* %2, i64 15158272
  %23 = getelementptr inbounds i8, i8* %2, i64 0
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %21, i8** %24, align 8
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %22, i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %23, i8** %26, align 8
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %27, align 8
  %28 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step0, i8* %28, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step1, i8* %28, i32 %10, i32 0)
  %29 = getelementptr inbounds i8, i8* %2, i64 8718336
  %30 = getelementptr inbounds i8, i8* %2, i64 28003328
  %31 = getelementptr inbounds i8, i8* %2, i64 0
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %29, i8** %32, align 8
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %30, i8** %33, align 8
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %31, i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %35, align 8
  %36 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step0, i8* %36, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step1, i8* %36, i32 %10, i32 0)
  %37 = getelementptr inbounds i8, i8* %2, i64 15140864
  %38 = getelementptr inbounds i8, i8* %2, i64 8718336
  %39 = getelementptr inbounds i8, i8* %2, i64 0
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %37, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %38, i8** %41, align 8
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %39, i8** %42, align 8
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %43, align 8
  %44 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_4.step0, i8* %44, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_4.step1, i8* %44, i32 %10, i32 0)
  %45 = getelementptr inbounds i8, i8* %2, i64 17895424
  %46 = getelementptr inbounds i8, i8* %2, i64 15140864
  %47 = getelementptr inbounds i8, i8* %2, i64 0
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %47, i8** %50, align 8
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %51, align 8
  %52 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_5.step0, i8* %52, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_5.step1, i8* %52, i32 %10, i32 0)
  %53 = getelementptr inbounds i8, i8* %2, i64 21106688
  %54 = getelementptr inbounds i8, i8* %2, i64 17895424
  %55 = getelementptr inbounds i8, i8* %2, i64 0
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %53, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %54, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %55, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %59, align 8
  %60 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_6.step0, i8* %60, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node5.conv2d_6.step1, i8* %60, i32 %10, i32 0)
  %61 = getelementptr inbounds i8, i8* %2, i64 17895424
  %62 = getelementptr inbounds i8, i8* %2, i64 21106688
  %63 = getelementptr inbounds i8, i8* %2, i64 0
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %61, i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %62, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %63, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %67, align 8
  %68 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_7.step0, i8* %68, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node6.conv2d_7.step1, i8* %68, i32 %10, i32 0)
  %69 = getelementptr inbounds i8, i8* %2, i64 9068544
  %70 = getelementptr inbounds i8, i8* %2, i64 17895424
  %71 = getelementptr inbounds i8, i8* %2, i64 0
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %69, i8** %72, align 8
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %70, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %71, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %75, align 8
  %76 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step0, i8* %76, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node7.conv2d_8.step1, i8* %76, i32 %10, i32 0)
  %77 = getelementptr inbounds i8, i8* %2, i64 10674176
  %78 = getelementptr inbounds i8, i8* %2, i64 9068544
  %79 = getelementptr inbounds i8, i8* %2, i64 0
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %77, i8** %80, align 8
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %78, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %79, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %83, align 8
  %84 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_9.step0, i8* %84, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node8.conv2d_9.step1, i8* %84, i32 %10, i32 0)
  %85 = getelementptr inbounds i8, i8* %2, i64 9068544
  %86 = getelementptr inbounds i8, i8* %2, i64 10674176
  %87 = getelementptr inbounds i8, i8* %2, i64 0
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %85, i8** %88, align 8
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %86, i8** %89, align 8
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %87, i8** %90, align 8
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %91, align 8
  %92 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node9.conv2d_10.step0, i8* %92, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node9.conv2d_10.step1, i8* %92, i32 %10, i32 0)
  %93 = getelementptr inbounds i8, i8* %2, i64 3022848
  %94 = getelementptr inbounds i8, i8* %2, i64 9068544
  %95 = getelementptr inbounds i8, i8* %2, i64 0
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %93, i8** %96, align 8
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %94, i8** %97, align 8
  %98 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %95, i8** %98, align 8
  %99 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %99, align 8
  %100 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_11.step0, i8* %100, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_11.step1, i8* %100, i32 %10, i32 0)
  %101 = getelementptr inbounds i8, i8* %2, i64 3424256
  %102 = getelementptr inbounds i8, i8* %2, i64 3022848
  %103 = getelementptr inbounds i8, i8* %2, i64 0
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %101, i8** %104, align 8
  %105 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %102, i8** %105, align 8
  %106 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %103, i8** %106, align 8
  %107 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %107, align 8
  %108 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node10.conv2d_11.step0, i8* %108, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node11.conv2d_12.step1, i8* %108, i32 %10, i32 0)
  %109 = getelementptr inbounds i8, i8* %2, i64 3022848
  %110 = getelementptr inbounds i8, i8* %2, i64 3424256
  %111 = getelementptr inbounds i8, i8* %2, i64 0
  %112 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %109, i8** %112, align 8
  %113 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %110, i8** %113, align 8
  %114 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %111, i8** %114, align 8
  %115 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %115, align 8
  %116 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_13.step0, i8* %116, i32 %10, i32 0)
  call void @GOMP_parallel(void (i8*)* @node12.conv2d_13.step1, i8* %116, i32 %10, i32 0)
  %117 = getelementptr inbounds i8, i8* %2, i64 0
  %118 = getelementptr inbounds i8, i8* %2, i64 3022848
  %119 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %117, i8** %119, align 8
  %120 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %118, i8** %120, align 8
  %121 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %121, align 8
  %122 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %122, align 8
  %123 = bitcast [6 x i8*]* %args to i8*
  call void @node13.maxPool2d_5.nchw.step0(i8* %123)
  %124 = getelementptr inbounds i8, i8* %2, i64 100352
  %125 = getelementptr inbounds i8, i8* %2, i64 0
  %126 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %124, i8** %126, align 8
  %127 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %125, i8** %127, align 8
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %128, align 8
  %129 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %129, align 8
  %130 = bitcast [6 x i8*]* %args to i8*
  %131 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([411041792 x i8], [411041792 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %131, align 8
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %132, align 8
  call void @GOMP_parallel(void (i8*)* @node15.dense_1.step0, i8* %130, i32 %10, i32 0)
  %133 = getelementptr inbounds i8, i8* %2, i64 0
  %134 = getelementptr inbounds i8, i8* %2, i64 100352
  %135 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %133, i8** %135, align 8
  %136 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %134, i8** %136, align 8
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %137, align 8
  %138 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %138, align 8
  %139 = bitcast [6 x i8*]* %args to i8*
  %140 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([67108864 x i8], [67108864 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %140, align 8
  %141 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %141, align 8
  call void @GOMP_parallel(void (i8*)* @node16.dense_2.step0, i8* %139, i32 %10, i32 0)
  %142 = getelementptr inbounds i8, i8* %2, i64 0
  %143 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %143, align 8
  %144 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %142, i8** %144, align 8
  %145 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %145, align 8
  %146 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %146, align 8
  %147 = bitcast [6 x i8*]* %args to i8*
  %148 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([16384000 x i8], [16384000 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %148, align 8
  %149 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %149, align 8
  call void @GOMP_parallel(void (i8*)* @node17.dense_3.step0, i8* %147, i32 %10, i32 0)
  %150 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %150, align 8
  %151 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %151, align 8
  %152 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %152, align 8
  %153 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %153, align 8
  %154 = bitcast [6 x i8*]* %args to i8*
  call void @node18.dense_3.softmax.step0(i8* %154)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @vgg16_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @vgg16_workspace_size() #7 {
entry:
  ret i64 31214655
}

; Function Attrs: nounwind
define i32 @vgg16_infer(i8* %0, i8* %1, i8* %2) #7 {
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
!80 = distinct !{!80, !1}
!81 = distinct !{!81, !1}
!82 = distinct !{!82, !1}
!83 = distinct !{!83, !1}
!84 = distinct !{!84, !1}
!85 = distinct !{!85, !1}
!86 = distinct !{!86, !1}
!87 = distinct !{!87, !1}
!88 = distinct !{!88, !1}
!89 = distinct !{!89, !1}
!90 = distinct !{!90, !1}
!91 = distinct !{!91, !1}
!92 = distinct !{!92, !1}
!93 = distinct !{!93, !1}
!94 = distinct !{!94, !1}
!95 = distinct !{!95, !1}
!96 = distinct !{!96, !1}
!97 = distinct !{!97, !1}
!98 = distinct !{!98, !1}
!99 = distinct !{!99, !1}
!100 = distinct !{!100, !1}
!101 = distinct !{!101, !1}
!102 = distinct !{!102, !1}
!103 = distinct !{!103, !1}
!104 = distinct !{!104, !1}
!105 = distinct !{!105, !1}
!106 = distinct !{!106, !1}
!107 = distinct !{!107, !1}
!108 = distinct !{!108, !1}
!109 = distinct !{!109, !1}
!110 = distinct !{!110, !1}
!111 = distinct !{!111, !1}
!112 = distinct !{!112, !1}
!113 = distinct !{!113, !1}
!114 = distinct !{!114, !1}
!115 = distinct !{!115, !1}
!116 = distinct !{!116, !1}
!117 = distinct !{!117, !1}
!118 = distinct !{!118, !1}
!119 = distinct !{!119, !1}
!120 = distinct !{!120, !1}
!121 = distinct !{!121, !1}
