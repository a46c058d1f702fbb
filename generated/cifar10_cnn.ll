; cifar10_cnn: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'cifar10_cnn'
source_filename = "cifar10_cnn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [3456 x i8], align 64
@weight.conv2d_1.bias = external constant [128 x i8], align 64
@weight.conv2d_2.winograd = external constant [147456 x i8], align 64
@weight.conv2d_2.bias = external constant [128 x i8], align 64
@weight.conv2d_3.winograd = external constant [294912 x i8], align 64
@weight.conv2d_3.bias = external constant [256 x i8], align 64
@weight.conv2d_4.winograd = external constant [589824 x i8], align 64
@weight.conv2d_4.bias = external constant [256 x i8], align 64
@weight.dense_1.packed = external constant [4718592 x i8], align 64
@weight.dense_1.bias = external constant [2048 x i8], align 64
@weight.dense_2.packed = external constant [32768 x i8], align 64
@weight.dense_2.bias = external constant [40 x i8], align 64
@dlc.model_name = private unnamed_addr constant [12 x i8] c"cifar10_cnn\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 32, i64 32]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 12288 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 984127, i64 20741120 }

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
  %7 = srem i64 %task, 34
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 34
  %10 = mul i64 %task, 34
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 32
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 32
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 32
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 4, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 1
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 128, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 33
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 4, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 136, i1 false)
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
  %19 = add i64 102, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 102
  %23 = select i1 %22, i64 %21, i64 102
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 102
  %26 = select i1 %25, i64 %24, i64 102
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
  %25 = srem i64 %task, 32
  %26 = sdiv i64 %task, 32
  %27 = srem i64 %26, 2
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 64
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 4
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 3
  %36 = mul i64 %30, 3
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 1156
  %39 = mul i64 %34, 216
  %40 = mul i64 %28, 34
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
  %42 = icmp slt i64 %x, 30
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = mul i64 %31, 4
  %44 = add i64 %43, %34
  %45 = add i64 %44, 0
  %46 = mul i64 %45, 32
  %47 = add i64 %46, %28
  %48 = mul i64 %47, 32
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
  %67 = mul i64 %31, 4
  %68 = add i64 %67, %34
  %69 = add i64 %68, 1
  %70 = mul i64 %69, 32
  %71 = add i64 %70, %28
  %72 = mul i64 %71, 32
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
  %105 = mul i64 %31, 4
  %106 = add i64 %105, %34
  %107 = add i64 %106, 0
  %108 = mul i64 %107, 32
  %109 = add i64 %108, %28
  %110 = mul i64 %109, 32
  %111 = add i64 %110, 30
  %112 = mul i64 %111, 8
  %113 = add i64 %110, 31
  %114 = mul i64 %113, 8
  %115 = mul i64 %31, 4
  %116 = add i64 %115, %34
  %117 = add i64 %116, 1
  %118 = mul i64 %117, 32
  %119 = add i64 %118, %28
  %120 = mul i64 %119, 32
  %121 = add i64 %120, 30
  %122 = mul i64 %121, 8
  %123 = add i64 %120, 31
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
  %135 = add i64 %40, 30
  %136 = add i64 %38, %135
  %137 = mul i64 %chunk, 3
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %138 = icmp slt i64 %u, 3
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 %104, %u
  %140 = mul i64 %139, 1156
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
  %205 = mul i64 %kh, 34
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
  %272 = mul i64 %271, 1156
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
  %297 = mul i64 %kh13, 34
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
  %25 = add i64 64, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 64
  %29 = select i1 %28, i64 %27, i64 64
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 64
  %32 = select i1 %31, i64 %30, i64 64
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
  %7 = srem i64 %task, 34
  %8 = sub i64 %7, 0
  %9 = sdiv i64 %task, 34
  %10 = mul i64 %task, 272
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 32
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 32
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 256
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = getelementptr inbounds float, float* %11, i64 0
  %20 = bitcast float* %19 to i8*
  %21 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %20, i8* align 4 %21, i64 1024, i1 false)
  %22 = getelementptr inbounds float, float* %11, i64 256
  %23 = bitcast float* %22 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %23, i8 0, i64 64, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %24 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 1088, i1 false)
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
  %19 = add i64 136, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 136
  %23 = select i1 %22, i64 %21, i64 136
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 136
  %26 = select i1 %25, i64 %24, i64 136
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
  %27 = alloca [288 x float], align 4
  br label %group.header

group.header:                                     ; preds = %tile.exit17, %entry
  %group = phi i64 [ 0, %entry ], [ %group.next, %tile.exit17 ]
  %28 = icmp slt i64 %group, 1
  br i1 %28, label %group.body, label %group.exit

group.body:                                       ; preds = %group.header
  %29 = mul i64 %group, 64
  %30 = sub i64 64, %29
  %31 = icmp slt i64 64, %30
  %32 = select i1 %31, i64 64, i64 %30
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
  %44 = srem i64 %43, 8
  %45 = sdiv i64 %43, 8
  %46 = srem i64 %45, 8
  %47 = sdiv i64 %43, 64
  %48 = mul i64 %47, 4
  %49 = mul i64 %48, 9248
  %50 = mul i64 %46, 136
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 32
  %56 = add i64 36992, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 792, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 792
  %63 = select i1 %62, i64 %61, i64 792
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 792
  %66 = select i1 %65, i64 %64, i64 792
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 4
  br i1 %67, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %68 = mul i64 %unit, 9248
  %69 = add i64 %54, %68
  %70 = add i64 %69, 80
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to i8*
  call void @llvm.prefetch.p0i8(i8* %72, i32 0, i32 3, i32 1)
  %73 = add i64 %69, 96
  %74 = getelementptr inbounds float, float* %2, i64 %73
  %75 = bitcast float* %74 to i8*
  call void @llvm.prefetch.p0i8(i8* %75, i32 0, i32 3, i32 1)
  %76 = add i64 %69, 352
  %77 = getelementptr inbounds float, float* %2, i64 %76
  %78 = bitcast float* %77 to i8*
  call void @llvm.prefetch.p0i8(i8* %78, i32 0, i32 3, i32 1)
  %79 = add i64 %69, 368
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to i8*
  call void @llvm.prefetch.p0i8(i8* %81, i32 0, i32 3, i32 1)
  %82 = add i64 %69, 624
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to i8*
  call void @llvm.prefetch.p0i8(i8* %84, i32 0, i32 3, i32 1)
  %85 = add i64 %69, 640
  %86 = getelementptr inbounds float, float* %2, i64 %85
  %87 = bitcast float* %86 to i8*
  call void @llvm.prefetch.p0i8(i8* %87, i32 0, i32 3, i32 1)
  %88 = add i64 %69, 896
  %89 = getelementptr inbounds float, float* %2, i64 %88
  %90 = bitcast float* %89 to i8*
  call void @llvm.prefetch.p0i8(i8* %90, i32 0, i32 3, i32 1)
  %91 = add i64 %69, 912
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to i8*
  call void @llvm.prefetch.p0i8(i8* %93, i32 0, i32 3, i32 1)
  %94 = add i64 %69, 1168
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to i8*
  call void @llvm.prefetch.p0i8(i8* %96, i32 0, i32 3, i32 1)
  %97 = add i64 %69, 1184
  %98 = getelementptr inbounds float, float* %2, i64 %97
  %99 = bitcast float* %98 to i8*
  call void @llvm.prefetch.p0i8(i8* %99, i32 0, i32 3, i32 1)
  %100 = add i64 %69, 1440
  %101 = getelementptr inbounds float, float* %2, i64 %100
  %102 = bitcast float* %101 to i8*
  call void @llvm.prefetch.p0i8(i8* %102, i32 0, i32 3, i32 1)
  %103 = add i64 %69, 1456
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to i8*
  call void @llvm.prefetch.p0i8(i8* %105, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !4

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
  %113 = add i64 %108, 272
  %114 = getelementptr inbounds float, float* %2, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = add i64 %108, 544
  %118 = getelementptr inbounds float, float* %2, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %120 = load <8 x float>, <8 x float>* %119, align 4
  %121 = add i64 %108, 816
  %122 = getelementptr inbounds float, float* %2, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  %124 = load <8 x float>, <8 x float>* %123, align 4
  %125 = add i64 %108, 1088
  %126 = getelementptr inbounds float, float* %2, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  %128 = load <8 x float>, <8 x float>* %127, align 4
  %129 = add i64 %108, 1360
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
  br label %column.header, !llvm.loop !5

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
  %219 = mul i64 %row, 12288
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 2048
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 4096
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 6144
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 8192
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 10240
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !6

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !7

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 22
  %241 = mul i64 %240, 2048
  %242 = add i64 36992, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 1024
  %245 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.winograd to float*), i64 %244
  %246 = mul i64 %240, 2048
  %247 = add i64 110720, %246
  %248 = srem i64 %task, 22
  %249 = sdiv i64 %248, 2
  %250 = srem i64 %248, 2
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 512
  %254 = icmp eq i64 %249, 10
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
  br label %task.header, !llvm.loop !8

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 32
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
  %276 = mul i64 %275, 32
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
  %286 = mul i64 %285, 32
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
  %296 = mul i64 %295, 32
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
  %306 = mul i64 %305, 32
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
  %318 = mul i64 %315, 32
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 32
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 32
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 32
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 32
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 32
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 32
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 32
  %375 = add i64 %374, %372
  %376 = add i64 %247, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %379 = icmp slt i64 %k7, 32
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
  %391 = mul i64 %390, 32
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
  %401 = mul i64 %400, 32
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
  %411 = mul i64 %410, 32
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
  %421 = mul i64 %420, 32
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
  %431 = mul i64 %430, 32
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
  %441 = mul i64 %440, 32
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
  %453 = mul i64 %450, 32
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 32
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 32
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 32
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 32
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 32
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 32
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 32
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 32
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 32
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 32
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 32
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
  %548 = srem i64 %547, 8
  %549 = sdiv i64 %547, 8
  %550 = srem i64 %549, 8
  %551 = sdiv i64 %547, 64
  %552 = mul i64 %551, 4
  %553 = mul i64 %552, 7200
  %554 = mul i64 %550, 120
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 32
  %560 = add i64 110720, %559
  %561 = bitcast [192 x float]* %6 to float*
  %562 = icmp eq i64 %550, 7
  br i1 %562, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !9

then19:                                           ; preds = %tile.body16
  %563 = icmp eq i64 %548, 7
  br i1 %563, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %564 = icmp eq i64 %548, 7
  br i1 %564, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !10

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %565 = icmp slt i64 %block, 4
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
  %569 = mul i64 %row28, 12288
  %570 = add i64 %567, %569
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %570, 2048
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %570, 4096
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %570, 6144
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %570, 8192
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %570, 10240
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
  br label %row.header25, !llvm.loop !11

row.exit27:                                       ; preds = %row.header25
  %621 = mul i64 %block, 8
  %622 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = mul i64 %block, 7200
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
  %661 = add i64 %626, 240
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
  %701 = add i64 %626, 248
  %702 = fadd <8 x float> %691, %624
  %703 = fcmp olt <8 x float> %702, zeroinitializer
  %704 = select <8 x i1> %703, <8 x float> zeroinitializer, <8 x float> %702
  %705 = getelementptr inbounds float, float* %0, i64 %701
  %706 = bitcast float* %705 to <8 x float>*
  store <8 x float> %704, <8 x float>* %706, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !12

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %707 = icmp slt i64 %block33, 4
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
  %711 = mul i64 %row37, 12288
  %712 = add i64 %709, %711
  %713 = add i64 %712, 0
  %714 = getelementptr inbounds float, float* %2, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %712, 2048
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %712, 4096
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %712, 6144
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %712, 8192
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %712, 10240
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
  br label %row.header34, !llvm.loop !13

row.exit36:                                       ; preds = %row.header34
  %763 = mul i64 %block33, 8
  %764 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %763
  %765 = bitcast float* %764 to <8 x float>*
  %766 = load <8 x float>, <8 x float>* %765, align 4
  %767 = mul i64 %block33, 7200
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
  %803 = add i64 %768, 240
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
  %843 = add i64 %768, 248
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
  %883 = add i64 %768, 256
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
  %923 = add i64 %768, 264
  %924 = fadd <8 x float> %913, %766
  %925 = fcmp olt <8 x float> %924, zeroinitializer
  %926 = select <8 x i1> %925, <8 x float> zeroinitializer, <8 x float> %924
  %927 = getelementptr inbounds float, float* %0, i64 %923
  %928 = bitcast float* %927 to <8 x float>*
  store <8 x float> %926, <8 x float>* %928, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !14

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %929 = icmp slt i64 %block46, 4
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
  %933 = mul i64 %row50, 12288
  %934 = add i64 %931, %933
  %935 = add i64 %934, 0
  %936 = getelementptr inbounds float, float* %2, i64 %935
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = add i64 %934, 2048
  %940 = getelementptr inbounds float, float* %2, i64 %939
  %941 = bitcast float* %940 to <8 x float>*
  %942 = load <8 x float>, <8 x float>* %941, align 4
  %943 = add i64 %934, 4096
  %944 = getelementptr inbounds float, float* %2, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = add i64 %934, 6144
  %948 = getelementptr inbounds float, float* %2, i64 %947
  %949 = bitcast float* %948 to <8 x float>*
  %950 = load <8 x float>, <8 x float>* %949, align 4
  %951 = add i64 %934, 8192
  %952 = getelementptr inbounds float, float* %2, i64 %951
  %953 = bitcast float* %952 to <8 x float>*
  %954 = load <8 x float>, <8 x float>* %953, align 4
  %955 = add i64 %934, 10240
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
  br label %row.header47, !llvm.loop !15

row.exit49:                                       ; preds = %row.header47
  %985 = mul i64 %block46, 8
  %986 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = mul i64 %block46, 7200
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
  %1025 = add i64 %990, 240
  %1026 = fadd <8 x float> %1015, %988
  %1027 = fcmp olt <8 x float> %1026, zeroinitializer
  %1028 = select <8 x i1> %1027, <8 x float> zeroinitializer, <8 x float> %1026
  %1029 = getelementptr inbounds float, float* %0, i64 %1025
  %1030 = bitcast float* %1029 to <8 x float>*
  store <8 x float> %1028, <8 x float>* %1030, align 4
  %1031 = add i64 %990, 480
  %1032 = fadd <8 x float> %1016, %988
  %1033 = fcmp olt <8 x float> %1032, zeroinitializer
  %1034 = select <8 x i1> %1033, <8 x float> zeroinitializer, <8 x float> %1032
  %1035 = getelementptr inbounds float, float* %0, i64 %1031
  %1036 = bitcast float* %1035 to <8 x float>*
  store <8 x float> %1034, <8 x float>* %1036, align 4
  %1037 = add i64 %990, 720
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
  %1077 = add i64 %990, 248
  %1078 = fadd <8 x float> %1067, %988
  %1079 = fcmp olt <8 x float> %1078, zeroinitializer
  %1080 = select <8 x i1> %1079, <8 x float> zeroinitializer, <8 x float> %1078
  %1081 = getelementptr inbounds float, float* %0, i64 %1077
  %1082 = bitcast float* %1081 to <8 x float>*
  store <8 x float> %1080, <8 x float>* %1082, align 4
  %1083 = add i64 %990, 488
  %1084 = fadd <8 x float> %1068, %988
  %1085 = fcmp olt <8 x float> %1084, zeroinitializer
  %1086 = select <8 x i1> %1085, <8 x float> zeroinitializer, <8 x float> %1084
  %1087 = getelementptr inbounds float, float* %0, i64 %1083
  %1088 = bitcast float* %1087 to <8 x float>*
  store <8 x float> %1086, <8 x float>* %1088, align 4
  %1089 = add i64 %990, 728
  %1090 = fadd <8 x float> %1070, %988
  %1091 = fcmp olt <8 x float> %1090, zeroinitializer
  %1092 = select <8 x i1> %1091, <8 x float> zeroinitializer, <8 x float> %1090
  %1093 = getelementptr inbounds float, float* %0, i64 %1089
  %1094 = bitcast float* %1093 to <8 x float>*
  store <8 x float> %1092, <8 x float>* %1094, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !16

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1095 = icmp slt i64 %block56, 4
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
  %1099 = mul i64 %row60, 12288
  %1100 = add i64 %1097, %1099
  %1101 = add i64 %1100, 0
  %1102 = getelementptr inbounds float, float* %2, i64 %1101
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = add i64 %1100, 2048
  %1106 = getelementptr inbounds float, float* %2, i64 %1105
  %1107 = bitcast float* %1106 to <8 x float>*
  %1108 = load <8 x float>, <8 x float>* %1107, align 4
  %1109 = add i64 %1100, 4096
  %1110 = getelementptr inbounds float, float* %2, i64 %1109
  %1111 = bitcast float* %1110 to <8 x float>*
  %1112 = load <8 x float>, <8 x float>* %1111, align 4
  %1113 = add i64 %1100, 6144
  %1114 = getelementptr inbounds float, float* %2, i64 %1113
  %1115 = bitcast float* %1114 to <8 x float>*
  %1116 = load <8 x float>, <8 x float>* %1115, align 4
  %1117 = add i64 %1100, 8192
  %1118 = getelementptr inbounds float, float* %2, i64 %1117
  %1119 = bitcast float* %1118 to <8 x float>*
  %1120 = load <8 x float>, <8 x float>* %1119, align 4
  %1121 = add i64 %1100, 10240
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
  br label %row.header57, !llvm.loop !17

row.exit59:                                       ; preds = %row.header57
  %1151 = mul i64 %block56, 8
  %1152 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %1151
  %1153 = bitcast float* %1152 to <8 x float>*
  %1154 = load <8 x float>, <8 x float>* %1153, align 4
  %1155 = mul i64 %block56, 7200
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
  %1191 = add i64 %1156, 240
  %1192 = fadd <8 x float> %1181, %1154
  %1193 = fcmp olt <8 x float> %1192, zeroinitializer
  %1194 = select <8 x i1> %1193, <8 x float> zeroinitializer, <8 x float> %1192
  %1195 = getelementptr inbounds float, float* %0, i64 %1191
  %1196 = bitcast float* %1195 to <8 x float>*
  store <8 x float> %1194, <8 x float>* %1196, align 4
  %1197 = add i64 %1156, 480
  %1198 = fadd <8 x float> %1182, %1154
  %1199 = fcmp olt <8 x float> %1198, zeroinitializer
  %1200 = select <8 x i1> %1199, <8 x float> zeroinitializer, <8 x float> %1198
  %1201 = getelementptr inbounds float, float* %0, i64 %1197
  %1202 = bitcast float* %1201 to <8 x float>*
  store <8 x float> %1200, <8 x float>* %1202, align 4
  %1203 = add i64 %1156, 720
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
  %1243 = add i64 %1156, 248
  %1244 = fadd <8 x float> %1233, %1154
  %1245 = fcmp olt <8 x float> %1244, zeroinitializer
  %1246 = select <8 x i1> %1245, <8 x float> zeroinitializer, <8 x float> %1244
  %1247 = getelementptr inbounds float, float* %0, i64 %1243
  %1248 = bitcast float* %1247 to <8 x float>*
  store <8 x float> %1246, <8 x float>* %1248, align 4
  %1249 = add i64 %1156, 488
  %1250 = fadd <8 x float> %1234, %1154
  %1251 = fcmp olt <8 x float> %1250, zeroinitializer
  %1252 = select <8 x i1> %1251, <8 x float> zeroinitializer, <8 x float> %1250
  %1253 = getelementptr inbounds float, float* %0, i64 %1249
  %1254 = bitcast float* %1253 to <8 x float>*
  store <8 x float> %1252, <8 x float>* %1254, align 4
  %1255 = add i64 %1156, 728
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
  %1295 = add i64 %1156, 256
  %1296 = fadd <8 x float> %1285, %1154
  %1297 = fcmp olt <8 x float> %1296, zeroinitializer
  %1298 = select <8 x i1> %1297, <8 x float> zeroinitializer, <8 x float> %1296
  %1299 = getelementptr inbounds float, float* %0, i64 %1295
  %1300 = bitcast float* %1299 to <8 x float>*
  store <8 x float> %1298, <8 x float>* %1300, align 4
  %1301 = add i64 %1156, 496
  %1302 = fadd <8 x float> %1286, %1154
  %1303 = fcmp olt <8 x float> %1302, zeroinitializer
  %1304 = select <8 x i1> %1303, <8 x float> zeroinitializer, <8 x float> %1302
  %1305 = getelementptr inbounds float, float* %0, i64 %1301
  %1306 = bitcast float* %1305 to <8 x float>*
  store <8 x float> %1304, <8 x float>* %1306, align 4
  %1307 = add i64 %1156, 736
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
  %1347 = add i64 %1156, 264
  %1348 = fadd <8 x float> %1337, %1154
  %1349 = fcmp olt <8 x float> %1348, zeroinitializer
  %1350 = select <8 x i1> %1349, <8 x float> zeroinitializer, <8 x float> %1348
  %1351 = getelementptr inbounds float, float* %0, i64 %1347
  %1352 = bitcast float* %1351 to <8 x float>*
  store <8 x float> %1350, <8 x float>* %1352, align 4
  %1353 = add i64 %1156, 504
  %1354 = fadd <8 x float> %1338, %1154
  %1355 = fcmp olt <8 x float> %1354, zeroinitializer
  %1356 = select <8 x i1> %1355, <8 x float> zeroinitializer, <8 x float> %1354
  %1357 = getelementptr inbounds float, float* %0, i64 %1353
  %1358 = bitcast float* %1357 to <8 x float>*
  store <8 x float> %1356, <8 x float>* %1358, align 4
  %1359 = add i64 %1156, 744
  %1360 = fadd <8 x float> %1340, %1154
  %1361 = fcmp olt <8 x float> %1360, zeroinitializer
  %1362 = select <8 x i1> %1361, <8 x float> zeroinitializer, <8 x float> %1360
  %1363 = getelementptr inbounds float, float* %0, i64 %1359
  %1364 = bitcast float* %1363 to <8 x float>*
  store <8 x float> %1362, <8 x float>* %1364, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !18
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
define internal void @node2.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %14 = sdiv i64 %task, 15
  %15 = srem i64 %task, 15
  %16 = mul i64 %14, 7200
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = mul i64 %14, 15
  %19 = add i64 %18, %15
  %20 = mul i64 %19, 120
  %21 = getelementptr inbounds float, float* %0, i64 %20
  %22 = mul i64 %15, 2
  %23 = sub i64 %22, 0
  %24 = add i64 %23, 2
  %25 = icmp sgt i64 %23, 0
  %26 = select i1 %25, i64 %23, i64 0
  %27 = icmp slt i64 %24, 30
  %28 = select i1 %27, i64 %24, i64 30
  %29 = icmp slt i64 %24, 30
  %30 = select i1 %29, i64 %24, i64 30
  %31 = sub i64 %30, %23
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %32 = icmp slt i64 %x, 12
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
  %36 = mul i64 %r, 30
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
  %104 = mul i64 %r4, 30
  %105 = add i64 %104, 24
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
  %141 = getelementptr inbounds float, float* %21, i64 96
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %140, <8 x float>* %142, align 4
  %143 = load <8 x float>, <8 x float>* %7, align 32
  %144 = getelementptr inbounds float, float* %21, i64 104
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  %146 = load <8 x float>, <8 x float>* %6, align 32
  %147 = getelementptr inbounds float, float* %21, i64 112
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: noinline nounwind
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
  %19 = add i64 60, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 60
  %23 = select i1 %22, i64 %21, i64 60
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 60
  %26 = select i1 %25, i64 %24, i64 60
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
  %7 = srem i64 %task, 18
  %8 = sub i64 %7, 1
  %9 = sdiv i64 %task, 18
  %10 = mul i64 %task, 144
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 15
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 15
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 120
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 480, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 128
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 64, i1 false)
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
  %19 = add i64 72, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 72
  %23 = select i1 %22, i64 %21, i64 72
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 72
  %26 = select i1 %25, i64 %24, i64 72
  call void @node3.conv2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %48 = mul i64 %47, 4
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 32
  %56 = add i64 10368, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 432, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 432
  %63 = select i1 %62, i64 %61, i64 432
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 432
  %66 = select i1 %65, i64 %64, i64 432
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 4
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
  br label %tile.header, !llvm.loop !19

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
  br label %column.header, !llvm.loop !20

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
  %219 = mul i64 %row, 3072
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 512
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 1024
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 1536
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 2048
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 2560
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !21

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !22

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 12
  %241 = mul i64 %240, 512
  %242 = add i64 10368, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 2048
  %245 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_3.winograd to float*), i64 %244
  %246 = mul i64 %240, 1024
  %247 = add i64 28800, %246
  %248 = srem i64 %task, 12
  %249 = sdiv i64 %248, 4
  %250 = srem i64 %248, 4
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 512
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
  br label %task.header, !llvm.loop !23

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 32
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
  %276 = mul i64 %275, 32
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
  %286 = mul i64 %285, 32
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
  %296 = mul i64 %295, 32
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
  %306 = mul i64 %305, 32
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
  %318 = mul i64 %315, 64
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 64
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 64
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 64
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 64
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 64
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 64
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 64
  %375 = add i64 %374, %372
  %376 = add i64 %247, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %379 = icmp slt i64 %k7, 32
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
  %391 = mul i64 %390, 32
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
  %401 = mul i64 %400, 32
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
  %411 = mul i64 %410, 32
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
  %421 = mul i64 %420, 32
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
  %431 = mul i64 %430, 32
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
  %441 = mul i64 %440, 32
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
  %453 = mul i64 %450, 64
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 64
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 64
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 64
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 64
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 64
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 64
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 64
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 64
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 64
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 64
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 64
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
  %552 = mul i64 %551, 8
  %553 = mul i64 %552, 1800
  %554 = mul i64 %550, 60
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 64
  %560 = add i64 28800, %559
  %561 = bitcast [192 x float]* %6 to float*
  %562 = icmp eq i64 %550, 3
  br i1 %562, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !24

then19:                                           ; preds = %tile.body16
  %563 = icmp eq i64 %548, 3
  br i1 %563, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %564 = icmp eq i64 %548, 3
  br i1 %564, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !25

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %565 = icmp slt i64 %block, 8
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
  %569 = mul i64 %row28, 6144
  %570 = add i64 %567, %569
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %570, 1024
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %570, 2048
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %570, 3072
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %570, 4096
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %570, 5120
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
  br label %row.header25, !llvm.loop !26

row.exit27:                                       ; preds = %row.header25
  %621 = mul i64 %block, 8
  %622 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = mul i64 %block, 1800
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
  %661 = add i64 %626, 120
  %662 = fadd <8 x float> %651, %624
  %663 = fcmp olt <8 x float> %662, zeroinitializer
  %664 = select <8 x i1> %663, <8 x float> zeroinitializer, <8 x float> %662
  %665 = getelementptr inbounds float, float* %0, i64 %661
  %666 = bitcast float* %665 to <8 x float>*
  store <8 x float> %664, <8 x float>* %666, align 4
  %667 = add i64 %626, 240
  %668 = fadd <8 x float> %652, %624
  %669 = fcmp olt <8 x float> %668, zeroinitializer
  %670 = select <8 x i1> %669, <8 x float> zeroinitializer, <8 x float> %668
  %671 = getelementptr inbounds float, float* %0, i64 %667
  %672 = bitcast float* %671 to <8 x float>*
  store <8 x float> %670, <8 x float>* %672, align 4
  %673 = getelementptr inbounds float, float* %561, i64 8
  %674 = bitcast float* %673 to <8 x float>*
  %675 = load <8 x float>, <8 x float>* %674, align 4
  %676 = getelementptr inbounds float, float* %561, i64 40
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = getelementptr inbounds float, float* %561, i64 72
  %680 = bitcast float* %679 to <8 x float>*
  %681 = load <8 x float>, <8 x float>* %680, align 4
  %682 = getelementptr inbounds float, float* %561, i64 104
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = getelementptr inbounds float, float* %561, i64 136
  %686 = bitcast float* %685 to <8 x float>*
  %687 = load <8 x float>, <8 x float>* %686, align 4
  %688 = getelementptr inbounds float, float* %561, i64 168
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = fadd <8 x float> %678, %681
  %692 = fsub <8 x float> %678, %681
  %693 = fadd <8 x float> %684, %687
  %694 = fsub <8 x float> %684, %687
  %695 = fadd <8 x float> %675, %691
  %696 = fadd <8 x float> %695, %693
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %692)
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %693, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %691)
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %692)
  %700 = fadd <8 x float> %699, %690
  %701 = add i64 %626, 8
  %702 = fadd <8 x float> %696, %624
  %703 = fcmp olt <8 x float> %702, zeroinitializer
  %704 = select <8 x i1> %703, <8 x float> zeroinitializer, <8 x float> %702
  %705 = getelementptr inbounds float, float* %0, i64 %701
  %706 = bitcast float* %705 to <8 x float>*
  store <8 x float> %704, <8 x float>* %706, align 4
  %707 = add i64 %626, 128
  %708 = fadd <8 x float> %697, %624
  %709 = fcmp olt <8 x float> %708, zeroinitializer
  %710 = select <8 x i1> %709, <8 x float> zeroinitializer, <8 x float> %708
  %711 = getelementptr inbounds float, float* %0, i64 %707
  %712 = bitcast float* %711 to <8 x float>*
  store <8 x float> %710, <8 x float>* %712, align 4
  %713 = add i64 %626, 248
  %714 = fadd <8 x float> %698, %624
  %715 = fcmp olt <8 x float> %714, zeroinitializer
  %716 = select <8 x i1> %715, <8 x float> zeroinitializer, <8 x float> %714
  %717 = getelementptr inbounds float, float* %0, i64 %713
  %718 = bitcast float* %717 to <8 x float>*
  store <8 x float> %716, <8 x float>* %718, align 4
  %719 = getelementptr inbounds float, float* %561, i64 16
  %720 = bitcast float* %719 to <8 x float>*
  %721 = load <8 x float>, <8 x float>* %720, align 4
  %722 = getelementptr inbounds float, float* %561, i64 48
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = getelementptr inbounds float, float* %561, i64 80
  %726 = bitcast float* %725 to <8 x float>*
  %727 = load <8 x float>, <8 x float>* %726, align 4
  %728 = getelementptr inbounds float, float* %561, i64 112
  %729 = bitcast float* %728 to <8 x float>*
  %730 = load <8 x float>, <8 x float>* %729, align 4
  %731 = getelementptr inbounds float, float* %561, i64 144
  %732 = bitcast float* %731 to <8 x float>*
  %733 = load <8 x float>, <8 x float>* %732, align 4
  %734 = getelementptr inbounds float, float* %561, i64 176
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = fadd <8 x float> %724, %727
  %738 = fsub <8 x float> %724, %727
  %739 = fadd <8 x float> %730, %733
  %740 = fsub <8 x float> %730, %733
  %741 = fadd <8 x float> %721, %737
  %742 = fadd <8 x float> %741, %739
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %738)
  %744 = call <8 x float> @llvm.fma.v8f32(<8 x float> %739, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %737)
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %738)
  %746 = fadd <8 x float> %745, %736
  %747 = add i64 %626, 16
  %748 = fadd <8 x float> %742, %624
  %749 = fcmp olt <8 x float> %748, zeroinitializer
  %750 = select <8 x i1> %749, <8 x float> zeroinitializer, <8 x float> %748
  %751 = getelementptr inbounds float, float* %0, i64 %747
  %752 = bitcast float* %751 to <8 x float>*
  store <8 x float> %750, <8 x float>* %752, align 4
  %753 = add i64 %626, 136
  %754 = fadd <8 x float> %743, %624
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = getelementptr inbounds float, float* %0, i64 %753
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %756, <8 x float>* %758, align 4
  %759 = add i64 %626, 256
  %760 = fadd <8 x float> %744, %624
  %761 = fcmp olt <8 x float> %760, zeroinitializer
  %762 = select <8 x i1> %761, <8 x float> zeroinitializer, <8 x float> %760
  %763 = getelementptr inbounds float, float* %0, i64 %759
  %764 = bitcast float* %763 to <8 x float>*
  store <8 x float> %762, <8 x float>* %764, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !27

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %765 = icmp slt i64 %block33, 8
  br i1 %765, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %766 = mul i64 %block33, 8
  %767 = add i64 %560, %766
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %768 = icmp slt i64 %row37, 6
  br i1 %768, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %769 = mul i64 %row37, 6144
  %770 = add i64 %767, %769
  %771 = add i64 %770, 0
  %772 = getelementptr inbounds float, float* %2, i64 %771
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = add i64 %770, 1024
  %776 = getelementptr inbounds float, float* %2, i64 %775
  %777 = bitcast float* %776 to <8 x float>*
  %778 = load <8 x float>, <8 x float>* %777, align 4
  %779 = add i64 %770, 2048
  %780 = getelementptr inbounds float, float* %2, i64 %779
  %781 = bitcast float* %780 to <8 x float>*
  %782 = load <8 x float>, <8 x float>* %781, align 4
  %783 = add i64 %770, 3072
  %784 = getelementptr inbounds float, float* %2, i64 %783
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = add i64 %770, 4096
  %788 = getelementptr inbounds float, float* %2, i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = add i64 %770, 5120
  %792 = getelementptr inbounds float, float* %2, i64 %791
  %793 = bitcast float* %792 to <8 x float>*
  %794 = load <8 x float>, <8 x float>* %793, align 4
  %795 = fadd <8 x float> %778, %782
  %796 = fsub <8 x float> %778, %782
  %797 = fadd <8 x float> %786, %790
  %798 = fsub <8 x float> %786, %790
  %799 = fadd <8 x float> %774, %795
  %800 = fadd <8 x float> %799, %797
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %796)
  %802 = call <8 x float> @llvm.fma.v8f32(<8 x float> %797, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %795)
  %803 = call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %796)
  %804 = fadd <8 x float> %803, %794
  %805 = mul i64 %row37, 32
  %806 = add i64 %805, 0
  %807 = getelementptr inbounds float, float* %561, i64 %806
  %808 = bitcast float* %807 to <8 x float>*
  store <8 x float> %800, <8 x float>* %808, align 4
  %809 = mul i64 %row37, 32
  %810 = add i64 %809, 8
  %811 = getelementptr inbounds float, float* %561, i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  store <8 x float> %801, <8 x float>* %812, align 4
  %813 = mul i64 %row37, 32
  %814 = add i64 %813, 16
  %815 = getelementptr inbounds float, float* %561, i64 %814
  %816 = bitcast float* %815 to <8 x float>*
  store <8 x float> %802, <8 x float>* %816, align 4
  %817 = mul i64 %row37, 32
  %818 = add i64 %817, 24
  %819 = getelementptr inbounds float, float* %561, i64 %818
  %820 = bitcast float* %819 to <8 x float>*
  store <8 x float> %804, <8 x float>* %820, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !28

row.exit36:                                       ; preds = %row.header34
  %821 = mul i64 %block33, 8
  %822 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %821
  %823 = bitcast float* %822 to <8 x float>*
  %824 = load <8 x float>, <8 x float>* %823, align 4
  %825 = mul i64 %block33, 1800
  %826 = add i64 %558, %825
  %827 = getelementptr inbounds float, float* %561, i64 0
  %828 = bitcast float* %827 to <8 x float>*
  %829 = load <8 x float>, <8 x float>* %828, align 4
  %830 = getelementptr inbounds float, float* %561, i64 32
  %831 = bitcast float* %830 to <8 x float>*
  %832 = load <8 x float>, <8 x float>* %831, align 4
  %833 = getelementptr inbounds float, float* %561, i64 64
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = getelementptr inbounds float, float* %561, i64 96
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = getelementptr inbounds float, float* %561, i64 128
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = getelementptr inbounds float, float* %561, i64 160
  %843 = bitcast float* %842 to <8 x float>*
  %844 = load <8 x float>, <8 x float>* %843, align 4
  %845 = fadd <8 x float> %832, %835
  %846 = fsub <8 x float> %832, %835
  %847 = fadd <8 x float> %838, %841
  %848 = fsub <8 x float> %838, %841
  %849 = fadd <8 x float> %829, %845
  %850 = fadd <8 x float> %849, %847
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %848, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %846)
  %852 = call <8 x float> @llvm.fma.v8f32(<8 x float> %847, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %845)
  %853 = call <8 x float> @llvm.fma.v8f32(<8 x float> %848, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %846)
  %854 = fadd <8 x float> %853, %844
  %855 = add i64 %826, 0
  %856 = fadd <8 x float> %850, %824
  %857 = fcmp olt <8 x float> %856, zeroinitializer
  %858 = select <8 x i1> %857, <8 x float> zeroinitializer, <8 x float> %856
  %859 = getelementptr inbounds float, float* %0, i64 %855
  %860 = bitcast float* %859 to <8 x float>*
  store <8 x float> %858, <8 x float>* %860, align 4
  %861 = add i64 %826, 120
  %862 = fadd <8 x float> %851, %824
  %863 = fcmp olt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> zeroinitializer, <8 x float> %862
  %865 = getelementptr inbounds float, float* %0, i64 %861
  %866 = bitcast float* %865 to <8 x float>*
  store <8 x float> %864, <8 x float>* %866, align 4
  %867 = add i64 %826, 240
  %868 = fadd <8 x float> %852, %824
  %869 = fcmp olt <8 x float> %868, zeroinitializer
  %870 = select <8 x i1> %869, <8 x float> zeroinitializer, <8 x float> %868
  %871 = getelementptr inbounds float, float* %0, i64 %867
  %872 = bitcast float* %871 to <8 x float>*
  store <8 x float> %870, <8 x float>* %872, align 4
  %873 = getelementptr inbounds float, float* %561, i64 8
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = getelementptr inbounds float, float* %561, i64 40
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = getelementptr inbounds float, float* %561, i64 72
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = getelementptr inbounds float, float* %561, i64 104
  %883 = bitcast float* %882 to <8 x float>*
  %884 = load <8 x float>, <8 x float>* %883, align 4
  %885 = getelementptr inbounds float, float* %561, i64 136
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = getelementptr inbounds float, float* %561, i64 168
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = fadd <8 x float> %878, %881
  %892 = fsub <8 x float> %878, %881
  %893 = fadd <8 x float> %884, %887
  %894 = fsub <8 x float> %884, %887
  %895 = fadd <8 x float> %875, %891
  %896 = fadd <8 x float> %895, %893
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %892)
  %898 = call <8 x float> @llvm.fma.v8f32(<8 x float> %893, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %891)
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %894, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %892)
  %900 = fadd <8 x float> %899, %890
  %901 = add i64 %826, 8
  %902 = fadd <8 x float> %896, %824
  %903 = fcmp olt <8 x float> %902, zeroinitializer
  %904 = select <8 x i1> %903, <8 x float> zeroinitializer, <8 x float> %902
  %905 = getelementptr inbounds float, float* %0, i64 %901
  %906 = bitcast float* %905 to <8 x float>*
  store <8 x float> %904, <8 x float>* %906, align 4
  %907 = add i64 %826, 128
  %908 = fadd <8 x float> %897, %824
  %909 = fcmp olt <8 x float> %908, zeroinitializer
  %910 = select <8 x i1> %909, <8 x float> zeroinitializer, <8 x float> %908
  %911 = getelementptr inbounds float, float* %0, i64 %907
  %912 = bitcast float* %911 to <8 x float>*
  store <8 x float> %910, <8 x float>* %912, align 4
  %913 = add i64 %826, 248
  %914 = fadd <8 x float> %898, %824
  %915 = fcmp olt <8 x float> %914, zeroinitializer
  %916 = select <8 x i1> %915, <8 x float> zeroinitializer, <8 x float> %914
  %917 = getelementptr inbounds float, float* %0, i64 %913
  %918 = bitcast float* %917 to <8 x float>*
  store <8 x float> %916, <8 x float>* %918, align 4
  %919 = getelementptr inbounds float, float* %561, i64 16
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = getelementptr inbounds float, float* %561, i64 48
  %923 = bitcast float* %922 to <8 x float>*
  %924 = load <8 x float>, <8 x float>* %923, align 4
  %925 = getelementptr inbounds float, float* %561, i64 80
  %926 = bitcast float* %925 to <8 x float>*
  %927 = load <8 x float>, <8 x float>* %926, align 4
  %928 = getelementptr inbounds float, float* %561, i64 112
  %929 = bitcast float* %928 to <8 x float>*
  %930 = load <8 x float>, <8 x float>* %929, align 4
  %931 = getelementptr inbounds float, float* %561, i64 144
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = getelementptr inbounds float, float* %561, i64 176
  %935 = bitcast float* %934 to <8 x float>*
  %936 = load <8 x float>, <8 x float>* %935, align 4
  %937 = fadd <8 x float> %924, %927
  %938 = fsub <8 x float> %924, %927
  %939 = fadd <8 x float> %930, %933
  %940 = fsub <8 x float> %930, %933
  %941 = fadd <8 x float> %921, %937
  %942 = fadd <8 x float> %941, %939
  %943 = call <8 x float> @llvm.fma.v8f32(<8 x float> %940, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %938)
  %944 = call <8 x float> @llvm.fma.v8f32(<8 x float> %939, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %937)
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %940, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %938)
  %946 = fadd <8 x float> %945, %936
  %947 = add i64 %826, 16
  %948 = fadd <8 x float> %942, %824
  %949 = fcmp olt <8 x float> %948, zeroinitializer
  %950 = select <8 x i1> %949, <8 x float> zeroinitializer, <8 x float> %948
  %951 = getelementptr inbounds float, float* %0, i64 %947
  %952 = bitcast float* %951 to <8 x float>*
  store <8 x float> %950, <8 x float>* %952, align 4
  %953 = add i64 %826, 136
  %954 = fadd <8 x float> %943, %824
  %955 = fcmp olt <8 x float> %954, zeroinitializer
  %956 = select <8 x i1> %955, <8 x float> zeroinitializer, <8 x float> %954
  %957 = getelementptr inbounds float, float* %0, i64 %953
  %958 = bitcast float* %957 to <8 x float>*
  store <8 x float> %956, <8 x float>* %958, align 4
  %959 = add i64 %826, 256
  %960 = fadd <8 x float> %944, %824
  %961 = fcmp olt <8 x float> %960, zeroinitializer
  %962 = select <8 x i1> %961, <8 x float> zeroinitializer, <8 x float> %960
  %963 = getelementptr inbounds float, float* %0, i64 %959
  %964 = bitcast float* %963 to <8 x float>*
  store <8 x float> %962, <8 x float>* %964, align 4
  %965 = getelementptr inbounds float, float* %561, i64 24
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = getelementptr inbounds float, float* %561, i64 56
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = getelementptr inbounds float, float* %561, i64 88
  %972 = bitcast float* %971 to <8 x float>*
  %973 = load <8 x float>, <8 x float>* %972, align 4
  %974 = getelementptr inbounds float, float* %561, i64 120
  %975 = bitcast float* %974 to <8 x float>*
  %976 = load <8 x float>, <8 x float>* %975, align 4
  %977 = getelementptr inbounds float, float* %561, i64 152
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = getelementptr inbounds float, float* %561, i64 184
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
  %993 = add i64 %826, 24
  %994 = fadd <8 x float> %988, %824
  %995 = fcmp olt <8 x float> %994, zeroinitializer
  %996 = select <8 x i1> %995, <8 x float> zeroinitializer, <8 x float> %994
  %997 = getelementptr inbounds float, float* %0, i64 %993
  %998 = bitcast float* %997 to <8 x float>*
  store <8 x float> %996, <8 x float>* %998, align 4
  %999 = add i64 %826, 144
  %1000 = fadd <8 x float> %989, %824
  %1001 = fcmp olt <8 x float> %1000, zeroinitializer
  %1002 = select <8 x i1> %1001, <8 x float> zeroinitializer, <8 x float> %1000
  %1003 = getelementptr inbounds float, float* %0, i64 %999
  %1004 = bitcast float* %1003 to <8 x float>*
  store <8 x float> %1002, <8 x float>* %1004, align 4
  %1005 = add i64 %826, 264
  %1006 = fadd <8 x float> %990, %824
  %1007 = fcmp olt <8 x float> %1006, zeroinitializer
  %1008 = select <8 x i1> %1007, <8 x float> zeroinitializer, <8 x float> %1006
  %1009 = getelementptr inbounds float, float* %0, i64 %1005
  %1010 = bitcast float* %1009 to <8 x float>*
  store <8 x float> %1008, <8 x float>* %1010, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !29

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %1011 = icmp slt i64 %block46, 8
  br i1 %1011, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %1012 = mul i64 %block46, 8
  %1013 = add i64 %560, %1012
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %1014 = icmp slt i64 %row50, 6
  br i1 %1014, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %1015 = mul i64 %row50, 6144
  %1016 = add i64 %1013, %1015
  %1017 = add i64 %1016, 0
  %1018 = getelementptr inbounds float, float* %2, i64 %1017
  %1019 = bitcast float* %1018 to <8 x float>*
  %1020 = load <8 x float>, <8 x float>* %1019, align 4
  %1021 = add i64 %1016, 1024
  %1022 = getelementptr inbounds float, float* %2, i64 %1021
  %1023 = bitcast float* %1022 to <8 x float>*
  %1024 = load <8 x float>, <8 x float>* %1023, align 4
  %1025 = add i64 %1016, 2048
  %1026 = getelementptr inbounds float, float* %2, i64 %1025
  %1027 = bitcast float* %1026 to <8 x float>*
  %1028 = load <8 x float>, <8 x float>* %1027, align 4
  %1029 = add i64 %1016, 3072
  %1030 = getelementptr inbounds float, float* %2, i64 %1029
  %1031 = bitcast float* %1030 to <8 x float>*
  %1032 = load <8 x float>, <8 x float>* %1031, align 4
  %1033 = add i64 %1016, 4096
  %1034 = getelementptr inbounds float, float* %2, i64 %1033
  %1035 = bitcast float* %1034 to <8 x float>*
  %1036 = load <8 x float>, <8 x float>* %1035, align 4
  %1037 = add i64 %1016, 5120
  %1038 = getelementptr inbounds float, float* %2, i64 %1037
  %1039 = bitcast float* %1038 to <8 x float>*
  %1040 = load <8 x float>, <8 x float>* %1039, align 4
  %1041 = fadd <8 x float> %1024, %1028
  %1042 = fsub <8 x float> %1024, %1028
  %1043 = fadd <8 x float> %1032, %1036
  %1044 = fsub <8 x float> %1032, %1036
  %1045 = fadd <8 x float> %1020, %1041
  %1046 = fadd <8 x float> %1045, %1043
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1044, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1042)
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1043, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1041)
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1044, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1042)
  %1050 = fadd <8 x float> %1049, %1040
  %1051 = mul i64 %row50, 32
  %1052 = add i64 %1051, 0
  %1053 = getelementptr inbounds float, float* %561, i64 %1052
  %1054 = bitcast float* %1053 to <8 x float>*
  store <8 x float> %1046, <8 x float>* %1054, align 4
  %1055 = mul i64 %row50, 32
  %1056 = add i64 %1055, 8
  %1057 = getelementptr inbounds float, float* %561, i64 %1056
  %1058 = bitcast float* %1057 to <8 x float>*
  store <8 x float> %1047, <8 x float>* %1058, align 4
  %1059 = mul i64 %row50, 32
  %1060 = add i64 %1059, 16
  %1061 = getelementptr inbounds float, float* %561, i64 %1060
  %1062 = bitcast float* %1061 to <8 x float>*
  store <8 x float> %1048, <8 x float>* %1062, align 4
  %1063 = mul i64 %row50, 32
  %1064 = add i64 %1063, 24
  %1065 = getelementptr inbounds float, float* %561, i64 %1064
  %1066 = bitcast float* %1065 to <8 x float>*
  store <8 x float> %1050, <8 x float>* %1066, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !30

row.exit49:                                       ; preds = %row.header47
  %1067 = mul i64 %block46, 8
  %1068 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1067
  %1069 = bitcast float* %1068 to <8 x float>*
  %1070 = load <8 x float>, <8 x float>* %1069, align 4
  %1071 = mul i64 %block46, 1800
  %1072 = add i64 %558, %1071
  %1073 = getelementptr inbounds float, float* %561, i64 0
  %1074 = bitcast float* %1073 to <8 x float>*
  %1075 = load <8 x float>, <8 x float>* %1074, align 4
  %1076 = getelementptr inbounds float, float* %561, i64 32
  %1077 = bitcast float* %1076 to <8 x float>*
  %1078 = load <8 x float>, <8 x float>* %1077, align 4
  %1079 = getelementptr inbounds float, float* %561, i64 64
  %1080 = bitcast float* %1079 to <8 x float>*
  %1081 = load <8 x float>, <8 x float>* %1080, align 4
  %1082 = getelementptr inbounds float, float* %561, i64 96
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = getelementptr inbounds float, float* %561, i64 128
  %1086 = bitcast float* %1085 to <8 x float>*
  %1087 = load <8 x float>, <8 x float>* %1086, align 4
  %1088 = getelementptr inbounds float, float* %561, i64 160
  %1089 = bitcast float* %1088 to <8 x float>*
  %1090 = load <8 x float>, <8 x float>* %1089, align 4
  %1091 = fadd <8 x float> %1078, %1081
  %1092 = fsub <8 x float> %1078, %1081
  %1093 = fadd <8 x float> %1084, %1087
  %1094 = fsub <8 x float> %1084, %1087
  %1095 = fadd <8 x float> %1075, %1091
  %1096 = fadd <8 x float> %1095, %1093
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1094, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1092)
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1091)
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1094, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1092)
  %1100 = fadd <8 x float> %1099, %1090
  %1101 = add i64 %1072, 0
  %1102 = fadd <8 x float> %1096, %1070
  %1103 = fcmp olt <8 x float> %1102, zeroinitializer
  %1104 = select <8 x i1> %1103, <8 x float> zeroinitializer, <8 x float> %1102
  %1105 = getelementptr inbounds float, float* %0, i64 %1101
  %1106 = bitcast float* %1105 to <8 x float>*
  store <8 x float> %1104, <8 x float>* %1106, align 4
  %1107 = add i64 %1072, 120
  %1108 = fadd <8 x float> %1097, %1070
  %1109 = fcmp olt <8 x float> %1108, zeroinitializer
  %1110 = select <8 x i1> %1109, <8 x float> zeroinitializer, <8 x float> %1108
  %1111 = getelementptr inbounds float, float* %0, i64 %1107
  %1112 = bitcast float* %1111 to <8 x float>*
  store <8 x float> %1110, <8 x float>* %1112, align 4
  %1113 = add i64 %1072, 240
  %1114 = fadd <8 x float> %1098, %1070
  %1115 = fcmp olt <8 x float> %1114, zeroinitializer
  %1116 = select <8 x i1> %1115, <8 x float> zeroinitializer, <8 x float> %1114
  %1117 = getelementptr inbounds float, float* %0, i64 %1113
  %1118 = bitcast float* %1117 to <8 x float>*
  store <8 x float> %1116, <8 x float>* %1118, align 4
  %1119 = add i64 %1072, 360
  %1120 = fadd <8 x float> %1100, %1070
  %1121 = fcmp olt <8 x float> %1120, zeroinitializer
  %1122 = select <8 x i1> %1121, <8 x float> zeroinitializer, <8 x float> %1120
  %1123 = getelementptr inbounds float, float* %0, i64 %1119
  %1124 = bitcast float* %1123 to <8 x float>*
  store <8 x float> %1122, <8 x float>* %1124, align 4
  %1125 = getelementptr inbounds float, float* %561, i64 8
  %1126 = bitcast float* %1125 to <8 x float>*
  %1127 = load <8 x float>, <8 x float>* %1126, align 4
  %1128 = getelementptr inbounds float, float* %561, i64 40
  %1129 = bitcast float* %1128 to <8 x float>*
  %1130 = load <8 x float>, <8 x float>* %1129, align 4
  %1131 = getelementptr inbounds float, float* %561, i64 72
  %1132 = bitcast float* %1131 to <8 x float>*
  %1133 = load <8 x float>, <8 x float>* %1132, align 4
  %1134 = getelementptr inbounds float, float* %561, i64 104
  %1135 = bitcast float* %1134 to <8 x float>*
  %1136 = load <8 x float>, <8 x float>* %1135, align 4
  %1137 = getelementptr inbounds float, float* %561, i64 136
  %1138 = bitcast float* %1137 to <8 x float>*
  %1139 = load <8 x float>, <8 x float>* %1138, align 4
  %1140 = getelementptr inbounds float, float* %561, i64 168
  %1141 = bitcast float* %1140 to <8 x float>*
  %1142 = load <8 x float>, <8 x float>* %1141, align 4
  %1143 = fadd <8 x float> %1130, %1133
  %1144 = fsub <8 x float> %1130, %1133
  %1145 = fadd <8 x float> %1136, %1139
  %1146 = fsub <8 x float> %1136, %1139
  %1147 = fadd <8 x float> %1127, %1143
  %1148 = fadd <8 x float> %1147, %1145
  %1149 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1146, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1144)
  %1150 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1145, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1143)
  %1151 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1146, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1144)
  %1152 = fadd <8 x float> %1151, %1142
  %1153 = add i64 %1072, 8
  %1154 = fadd <8 x float> %1148, %1070
  %1155 = fcmp olt <8 x float> %1154, zeroinitializer
  %1156 = select <8 x i1> %1155, <8 x float> zeroinitializer, <8 x float> %1154
  %1157 = getelementptr inbounds float, float* %0, i64 %1153
  %1158 = bitcast float* %1157 to <8 x float>*
  store <8 x float> %1156, <8 x float>* %1158, align 4
  %1159 = add i64 %1072, 128
  %1160 = fadd <8 x float> %1149, %1070
  %1161 = fcmp olt <8 x float> %1160, zeroinitializer
  %1162 = select <8 x i1> %1161, <8 x float> zeroinitializer, <8 x float> %1160
  %1163 = getelementptr inbounds float, float* %0, i64 %1159
  %1164 = bitcast float* %1163 to <8 x float>*
  store <8 x float> %1162, <8 x float>* %1164, align 4
  %1165 = add i64 %1072, 248
  %1166 = fadd <8 x float> %1150, %1070
  %1167 = fcmp olt <8 x float> %1166, zeroinitializer
  %1168 = select <8 x i1> %1167, <8 x float> zeroinitializer, <8 x float> %1166
  %1169 = getelementptr inbounds float, float* %0, i64 %1165
  %1170 = bitcast float* %1169 to <8 x float>*
  store <8 x float> %1168, <8 x float>* %1170, align 4
  %1171 = add i64 %1072, 368
  %1172 = fadd <8 x float> %1152, %1070
  %1173 = fcmp olt <8 x float> %1172, zeroinitializer
  %1174 = select <8 x i1> %1173, <8 x float> zeroinitializer, <8 x float> %1172
  %1175 = getelementptr inbounds float, float* %0, i64 %1171
  %1176 = bitcast float* %1175 to <8 x float>*
  store <8 x float> %1174, <8 x float>* %1176, align 4
  %1177 = getelementptr inbounds float, float* %561, i64 16
  %1178 = bitcast float* %1177 to <8 x float>*
  %1179 = load <8 x float>, <8 x float>* %1178, align 4
  %1180 = getelementptr inbounds float, float* %561, i64 48
  %1181 = bitcast float* %1180 to <8 x float>*
  %1182 = load <8 x float>, <8 x float>* %1181, align 4
  %1183 = getelementptr inbounds float, float* %561, i64 80
  %1184 = bitcast float* %1183 to <8 x float>*
  %1185 = load <8 x float>, <8 x float>* %1184, align 4
  %1186 = getelementptr inbounds float, float* %561, i64 112
  %1187 = bitcast float* %1186 to <8 x float>*
  %1188 = load <8 x float>, <8 x float>* %1187, align 4
  %1189 = getelementptr inbounds float, float* %561, i64 144
  %1190 = bitcast float* %1189 to <8 x float>*
  %1191 = load <8 x float>, <8 x float>* %1190, align 4
  %1192 = getelementptr inbounds float, float* %561, i64 176
  %1193 = bitcast float* %1192 to <8 x float>*
  %1194 = load <8 x float>, <8 x float>* %1193, align 4
  %1195 = fadd <8 x float> %1182, %1185
  %1196 = fsub <8 x float> %1182, %1185
  %1197 = fadd <8 x float> %1188, %1191
  %1198 = fsub <8 x float> %1188, %1191
  %1199 = fadd <8 x float> %1179, %1195
  %1200 = fadd <8 x float> %1199, %1197
  %1201 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1198, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1196)
  %1202 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1195)
  %1203 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1198, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1196)
  %1204 = fadd <8 x float> %1203, %1194
  %1205 = add i64 %1072, 16
  %1206 = fadd <8 x float> %1200, %1070
  %1207 = fcmp olt <8 x float> %1206, zeroinitializer
  %1208 = select <8 x i1> %1207, <8 x float> zeroinitializer, <8 x float> %1206
  %1209 = getelementptr inbounds float, float* %0, i64 %1205
  %1210 = bitcast float* %1209 to <8 x float>*
  store <8 x float> %1208, <8 x float>* %1210, align 4
  %1211 = add i64 %1072, 136
  %1212 = fadd <8 x float> %1201, %1070
  %1213 = fcmp olt <8 x float> %1212, zeroinitializer
  %1214 = select <8 x i1> %1213, <8 x float> zeroinitializer, <8 x float> %1212
  %1215 = getelementptr inbounds float, float* %0, i64 %1211
  %1216 = bitcast float* %1215 to <8 x float>*
  store <8 x float> %1214, <8 x float>* %1216, align 4
  %1217 = add i64 %1072, 256
  %1218 = fadd <8 x float> %1202, %1070
  %1219 = fcmp olt <8 x float> %1218, zeroinitializer
  %1220 = select <8 x i1> %1219, <8 x float> zeroinitializer, <8 x float> %1218
  %1221 = getelementptr inbounds float, float* %0, i64 %1217
  %1222 = bitcast float* %1221 to <8 x float>*
  store <8 x float> %1220, <8 x float>* %1222, align 4
  %1223 = add i64 %1072, 376
  %1224 = fadd <8 x float> %1204, %1070
  %1225 = fcmp olt <8 x float> %1224, zeroinitializer
  %1226 = select <8 x i1> %1225, <8 x float> zeroinitializer, <8 x float> %1224
  %1227 = getelementptr inbounds float, float* %0, i64 %1223
  %1228 = bitcast float* %1227 to <8 x float>*
  store <8 x float> %1226, <8 x float>* %1228, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !31

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1229 = icmp slt i64 %block56, 8
  br i1 %1229, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1230 = mul i64 %block56, 8
  %1231 = add i64 %560, %1230
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1232 = icmp slt i64 %row60, 6
  br i1 %1232, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1233 = mul i64 %row60, 6144
  %1234 = add i64 %1231, %1233
  %1235 = add i64 %1234, 0
  %1236 = getelementptr inbounds float, float* %2, i64 %1235
  %1237 = bitcast float* %1236 to <8 x float>*
  %1238 = load <8 x float>, <8 x float>* %1237, align 4
  %1239 = add i64 %1234, 1024
  %1240 = getelementptr inbounds float, float* %2, i64 %1239
  %1241 = bitcast float* %1240 to <8 x float>*
  %1242 = load <8 x float>, <8 x float>* %1241, align 4
  %1243 = add i64 %1234, 2048
  %1244 = getelementptr inbounds float, float* %2, i64 %1243
  %1245 = bitcast float* %1244 to <8 x float>*
  %1246 = load <8 x float>, <8 x float>* %1245, align 4
  %1247 = add i64 %1234, 3072
  %1248 = getelementptr inbounds float, float* %2, i64 %1247
  %1249 = bitcast float* %1248 to <8 x float>*
  %1250 = load <8 x float>, <8 x float>* %1249, align 4
  %1251 = add i64 %1234, 4096
  %1252 = getelementptr inbounds float, float* %2, i64 %1251
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = add i64 %1234, 5120
  %1256 = getelementptr inbounds float, float* %2, i64 %1255
  %1257 = bitcast float* %1256 to <8 x float>*
  %1258 = load <8 x float>, <8 x float>* %1257, align 4
  %1259 = fadd <8 x float> %1242, %1246
  %1260 = fsub <8 x float> %1242, %1246
  %1261 = fadd <8 x float> %1250, %1254
  %1262 = fsub <8 x float> %1250, %1254
  %1263 = fadd <8 x float> %1238, %1259
  %1264 = fadd <8 x float> %1263, %1261
  %1265 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1262, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1260)
  %1266 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1261, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1259)
  %1267 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1262, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1260)
  %1268 = fadd <8 x float> %1267, %1258
  %1269 = mul i64 %row60, 32
  %1270 = add i64 %1269, 0
  %1271 = getelementptr inbounds float, float* %561, i64 %1270
  %1272 = bitcast float* %1271 to <8 x float>*
  store <8 x float> %1264, <8 x float>* %1272, align 4
  %1273 = mul i64 %row60, 32
  %1274 = add i64 %1273, 8
  %1275 = getelementptr inbounds float, float* %561, i64 %1274
  %1276 = bitcast float* %1275 to <8 x float>*
  store <8 x float> %1265, <8 x float>* %1276, align 4
  %1277 = mul i64 %row60, 32
  %1278 = add i64 %1277, 16
  %1279 = getelementptr inbounds float, float* %561, i64 %1278
  %1280 = bitcast float* %1279 to <8 x float>*
  store <8 x float> %1266, <8 x float>* %1280, align 4
  %1281 = mul i64 %row60, 32
  %1282 = add i64 %1281, 24
  %1283 = getelementptr inbounds float, float* %561, i64 %1282
  %1284 = bitcast float* %1283 to <8 x float>*
  store <8 x float> %1268, <8 x float>* %1284, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !32

row.exit59:                                       ; preds = %row.header57
  %1285 = mul i64 %block56, 8
  %1286 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1285
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = mul i64 %block56, 1800
  %1290 = add i64 %558, %1289
  %1291 = getelementptr inbounds float, float* %561, i64 0
  %1292 = bitcast float* %1291 to <8 x float>*
  %1293 = load <8 x float>, <8 x float>* %1292, align 4
  %1294 = getelementptr inbounds float, float* %561, i64 32
  %1295 = bitcast float* %1294 to <8 x float>*
  %1296 = load <8 x float>, <8 x float>* %1295, align 4
  %1297 = getelementptr inbounds float, float* %561, i64 64
  %1298 = bitcast float* %1297 to <8 x float>*
  %1299 = load <8 x float>, <8 x float>* %1298, align 4
  %1300 = getelementptr inbounds float, float* %561, i64 96
  %1301 = bitcast float* %1300 to <8 x float>*
  %1302 = load <8 x float>, <8 x float>* %1301, align 4
  %1303 = getelementptr inbounds float, float* %561, i64 128
  %1304 = bitcast float* %1303 to <8 x float>*
  %1305 = load <8 x float>, <8 x float>* %1304, align 4
  %1306 = getelementptr inbounds float, float* %561, i64 160
  %1307 = bitcast float* %1306 to <8 x float>*
  %1308 = load <8 x float>, <8 x float>* %1307, align 4
  %1309 = fadd <8 x float> %1296, %1299
  %1310 = fsub <8 x float> %1296, %1299
  %1311 = fadd <8 x float> %1302, %1305
  %1312 = fsub <8 x float> %1302, %1305
  %1313 = fadd <8 x float> %1293, %1309
  %1314 = fadd <8 x float> %1313, %1311
  %1315 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1312, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1310)
  %1316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1309)
  %1317 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1312, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1310)
  %1318 = fadd <8 x float> %1317, %1308
  %1319 = add i64 %1290, 0
  %1320 = fadd <8 x float> %1314, %1288
  %1321 = fcmp olt <8 x float> %1320, zeroinitializer
  %1322 = select <8 x i1> %1321, <8 x float> zeroinitializer, <8 x float> %1320
  %1323 = getelementptr inbounds float, float* %0, i64 %1319
  %1324 = bitcast float* %1323 to <8 x float>*
  store <8 x float> %1322, <8 x float>* %1324, align 4
  %1325 = add i64 %1290, 120
  %1326 = fadd <8 x float> %1315, %1288
  %1327 = fcmp olt <8 x float> %1326, zeroinitializer
  %1328 = select <8 x i1> %1327, <8 x float> zeroinitializer, <8 x float> %1326
  %1329 = getelementptr inbounds float, float* %0, i64 %1325
  %1330 = bitcast float* %1329 to <8 x float>*
  store <8 x float> %1328, <8 x float>* %1330, align 4
  %1331 = add i64 %1290, 240
  %1332 = fadd <8 x float> %1316, %1288
  %1333 = fcmp olt <8 x float> %1332, zeroinitializer
  %1334 = select <8 x i1> %1333, <8 x float> zeroinitializer, <8 x float> %1332
  %1335 = getelementptr inbounds float, float* %0, i64 %1331
  %1336 = bitcast float* %1335 to <8 x float>*
  store <8 x float> %1334, <8 x float>* %1336, align 4
  %1337 = add i64 %1290, 360
  %1338 = fadd <8 x float> %1318, %1288
  %1339 = fcmp olt <8 x float> %1338, zeroinitializer
  %1340 = select <8 x i1> %1339, <8 x float> zeroinitializer, <8 x float> %1338
  %1341 = getelementptr inbounds float, float* %0, i64 %1337
  %1342 = bitcast float* %1341 to <8 x float>*
  store <8 x float> %1340, <8 x float>* %1342, align 4
  %1343 = getelementptr inbounds float, float* %561, i64 8
  %1344 = bitcast float* %1343 to <8 x float>*
  %1345 = load <8 x float>, <8 x float>* %1344, align 4
  %1346 = getelementptr inbounds float, float* %561, i64 40
  %1347 = bitcast float* %1346 to <8 x float>*
  %1348 = load <8 x float>, <8 x float>* %1347, align 4
  %1349 = getelementptr inbounds float, float* %561, i64 72
  %1350 = bitcast float* %1349 to <8 x float>*
  %1351 = load <8 x float>, <8 x float>* %1350, align 4
  %1352 = getelementptr inbounds float, float* %561, i64 104
  %1353 = bitcast float* %1352 to <8 x float>*
  %1354 = load <8 x float>, <8 x float>* %1353, align 4
  %1355 = getelementptr inbounds float, float* %561, i64 136
  %1356 = bitcast float* %1355 to <8 x float>*
  %1357 = load <8 x float>, <8 x float>* %1356, align 4
  %1358 = getelementptr inbounds float, float* %561, i64 168
  %1359 = bitcast float* %1358 to <8 x float>*
  %1360 = load <8 x float>, <8 x float>* %1359, align 4
  %1361 = fadd <8 x float> %1348, %1351
  %1362 = fsub <8 x float> %1348, %1351
  %1363 = fadd <8 x float> %1354, %1357
  %1364 = fsub <8 x float> %1354, %1357
  %1365 = fadd <8 x float> %1345, %1361
  %1366 = fadd <8 x float> %1365, %1363
  %1367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1362)
  %1368 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1363, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1361)
  %1369 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1362)
  %1370 = fadd <8 x float> %1369, %1360
  %1371 = add i64 %1290, 8
  %1372 = fadd <8 x float> %1366, %1288
  %1373 = fcmp olt <8 x float> %1372, zeroinitializer
  %1374 = select <8 x i1> %1373, <8 x float> zeroinitializer, <8 x float> %1372
  %1375 = getelementptr inbounds float, float* %0, i64 %1371
  %1376 = bitcast float* %1375 to <8 x float>*
  store <8 x float> %1374, <8 x float>* %1376, align 4
  %1377 = add i64 %1290, 128
  %1378 = fadd <8 x float> %1367, %1288
  %1379 = fcmp olt <8 x float> %1378, zeroinitializer
  %1380 = select <8 x i1> %1379, <8 x float> zeroinitializer, <8 x float> %1378
  %1381 = getelementptr inbounds float, float* %0, i64 %1377
  %1382 = bitcast float* %1381 to <8 x float>*
  store <8 x float> %1380, <8 x float>* %1382, align 4
  %1383 = add i64 %1290, 248
  %1384 = fadd <8 x float> %1368, %1288
  %1385 = fcmp olt <8 x float> %1384, zeroinitializer
  %1386 = select <8 x i1> %1385, <8 x float> zeroinitializer, <8 x float> %1384
  %1387 = getelementptr inbounds float, float* %0, i64 %1383
  %1388 = bitcast float* %1387 to <8 x float>*
  store <8 x float> %1386, <8 x float>* %1388, align 4
  %1389 = add i64 %1290, 368
  %1390 = fadd <8 x float> %1370, %1288
  %1391 = fcmp olt <8 x float> %1390, zeroinitializer
  %1392 = select <8 x i1> %1391, <8 x float> zeroinitializer, <8 x float> %1390
  %1393 = getelementptr inbounds float, float* %0, i64 %1389
  %1394 = bitcast float* %1393 to <8 x float>*
  store <8 x float> %1392, <8 x float>* %1394, align 4
  %1395 = getelementptr inbounds float, float* %561, i64 16
  %1396 = bitcast float* %1395 to <8 x float>*
  %1397 = load <8 x float>, <8 x float>* %1396, align 4
  %1398 = getelementptr inbounds float, float* %561, i64 48
  %1399 = bitcast float* %1398 to <8 x float>*
  %1400 = load <8 x float>, <8 x float>* %1399, align 4
  %1401 = getelementptr inbounds float, float* %561, i64 80
  %1402 = bitcast float* %1401 to <8 x float>*
  %1403 = load <8 x float>, <8 x float>* %1402, align 4
  %1404 = getelementptr inbounds float, float* %561, i64 112
  %1405 = bitcast float* %1404 to <8 x float>*
  %1406 = load <8 x float>, <8 x float>* %1405, align 4
  %1407 = getelementptr inbounds float, float* %561, i64 144
  %1408 = bitcast float* %1407 to <8 x float>*
  %1409 = load <8 x float>, <8 x float>* %1408, align 4
  %1410 = getelementptr inbounds float, float* %561, i64 176
  %1411 = bitcast float* %1410 to <8 x float>*
  %1412 = load <8 x float>, <8 x float>* %1411, align 4
  %1413 = fadd <8 x float> %1400, %1403
  %1414 = fsub <8 x float> %1400, %1403
  %1415 = fadd <8 x float> %1406, %1409
  %1416 = fsub <8 x float> %1406, %1409
  %1417 = fadd <8 x float> %1397, %1413
  %1418 = fadd <8 x float> %1417, %1415
  %1419 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1416, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1414)
  %1420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1415, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1413)
  %1421 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1416, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1414)
  %1422 = fadd <8 x float> %1421, %1412
  %1423 = add i64 %1290, 16
  %1424 = fadd <8 x float> %1418, %1288
  %1425 = fcmp olt <8 x float> %1424, zeroinitializer
  %1426 = select <8 x i1> %1425, <8 x float> zeroinitializer, <8 x float> %1424
  %1427 = getelementptr inbounds float, float* %0, i64 %1423
  %1428 = bitcast float* %1427 to <8 x float>*
  store <8 x float> %1426, <8 x float>* %1428, align 4
  %1429 = add i64 %1290, 136
  %1430 = fadd <8 x float> %1419, %1288
  %1431 = fcmp olt <8 x float> %1430, zeroinitializer
  %1432 = select <8 x i1> %1431, <8 x float> zeroinitializer, <8 x float> %1430
  %1433 = getelementptr inbounds float, float* %0, i64 %1429
  %1434 = bitcast float* %1433 to <8 x float>*
  store <8 x float> %1432, <8 x float>* %1434, align 4
  %1435 = add i64 %1290, 256
  %1436 = fadd <8 x float> %1420, %1288
  %1437 = fcmp olt <8 x float> %1436, zeroinitializer
  %1438 = select <8 x i1> %1437, <8 x float> zeroinitializer, <8 x float> %1436
  %1439 = getelementptr inbounds float, float* %0, i64 %1435
  %1440 = bitcast float* %1439 to <8 x float>*
  store <8 x float> %1438, <8 x float>* %1440, align 4
  %1441 = add i64 %1290, 376
  %1442 = fadd <8 x float> %1422, %1288
  %1443 = fcmp olt <8 x float> %1442, zeroinitializer
  %1444 = select <8 x i1> %1443, <8 x float> zeroinitializer, <8 x float> %1442
  %1445 = getelementptr inbounds float, float* %0, i64 %1441
  %1446 = bitcast float* %1445 to <8 x float>*
  store <8 x float> %1444, <8 x float>* %1446, align 4
  %1447 = getelementptr inbounds float, float* %561, i64 24
  %1448 = bitcast float* %1447 to <8 x float>*
  %1449 = load <8 x float>, <8 x float>* %1448, align 4
  %1450 = getelementptr inbounds float, float* %561, i64 56
  %1451 = bitcast float* %1450 to <8 x float>*
  %1452 = load <8 x float>, <8 x float>* %1451, align 4
  %1453 = getelementptr inbounds float, float* %561, i64 88
  %1454 = bitcast float* %1453 to <8 x float>*
  %1455 = load <8 x float>, <8 x float>* %1454, align 4
  %1456 = getelementptr inbounds float, float* %561, i64 120
  %1457 = bitcast float* %1456 to <8 x float>*
  %1458 = load <8 x float>, <8 x float>* %1457, align 4
  %1459 = getelementptr inbounds float, float* %561, i64 152
  %1460 = bitcast float* %1459 to <8 x float>*
  %1461 = load <8 x float>, <8 x float>* %1460, align 4
  %1462 = getelementptr inbounds float, float* %561, i64 184
  %1463 = bitcast float* %1462 to <8 x float>*
  %1464 = load <8 x float>, <8 x float>* %1463, align 4
  %1465 = fadd <8 x float> %1452, %1455
  %1466 = fsub <8 x float> %1452, %1455
  %1467 = fadd <8 x float> %1458, %1461
  %1468 = fsub <8 x float> %1458, %1461
  %1469 = fadd <8 x float> %1449, %1465
  %1470 = fadd <8 x float> %1469, %1467
  %1471 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1468, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1466)
  %1472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1467, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1465)
  %1473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1468, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1466)
  %1474 = fadd <8 x float> %1473, %1464
  %1475 = add i64 %1290, 24
  %1476 = fadd <8 x float> %1470, %1288
  %1477 = fcmp olt <8 x float> %1476, zeroinitializer
  %1478 = select <8 x i1> %1477, <8 x float> zeroinitializer, <8 x float> %1476
  %1479 = getelementptr inbounds float, float* %0, i64 %1475
  %1480 = bitcast float* %1479 to <8 x float>*
  store <8 x float> %1478, <8 x float>* %1480, align 4
  %1481 = add i64 %1290, 144
  %1482 = fadd <8 x float> %1471, %1288
  %1483 = fcmp olt <8 x float> %1482, zeroinitializer
  %1484 = select <8 x i1> %1483, <8 x float> zeroinitializer, <8 x float> %1482
  %1485 = getelementptr inbounds float, float* %0, i64 %1481
  %1486 = bitcast float* %1485 to <8 x float>*
  store <8 x float> %1484, <8 x float>* %1486, align 4
  %1487 = add i64 %1290, 264
  %1488 = fadd <8 x float> %1472, %1288
  %1489 = fcmp olt <8 x float> %1488, zeroinitializer
  %1490 = select <8 x i1> %1489, <8 x float> zeroinitializer, <8 x float> %1488
  %1491 = getelementptr inbounds float, float* %0, i64 %1487
  %1492 = bitcast float* %1491 to <8 x float>*
  store <8 x float> %1490, <8 x float>* %1492, align 4
  %1493 = add i64 %1290, 384
  %1494 = fadd <8 x float> %1474, %1288
  %1495 = fcmp olt <8 x float> %1494, zeroinitializer
  %1496 = select <8 x i1> %1495, <8 x float> zeroinitializer, <8 x float> %1494
  %1497 = getelementptr inbounds float, float* %0, i64 %1493
  %1498 = bitcast float* %1497 to <8 x float>*
  store <8 x float> %1496, <8 x float>* %1498, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !33
}

; Function Attrs: noinline nounwind
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  call void @node3.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
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
  %7 = srem i64 %task, 18
  %8 = sub i64 %7, 0
  %9 = sdiv i64 %task, 18
  %10 = mul i64 %task, 144
  %11 = getelementptr inbounds float, float* %2, i64 %10
  %12 = icmp sge i64 %8, 0
  %13 = icmp slt i64 %8, 15
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 15
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 120
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = getelementptr inbounds float, float* %11, i64 0
  %20 = bitcast float* %19 to i8*
  %21 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %20, i8* align 4 %21, i64 480, i1 false)
  %22 = getelementptr inbounds float, float* %11, i64 120
  %23 = bitcast float* %22 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %23, i8 0, i64 96, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %24 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 576, i1 false)
  br label %endif

endif:                                            ; preds = %else, %then
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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
  %19 = add i64 144, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 144
  %23 = select i1 %22, i64 %21, i64 144
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 144
  %26 = select i1 %25, i64 %24, i64 144
  call void @node4.conv2d_4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %48 = mul i64 %47, 8
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 64
  %56 = add i64 20736, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 432, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 432
  %63 = select i1 %62, i64 %61, i64 432
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 432
  %66 = select i1 %65, i64 %64, i64 432
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 8
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
  br label %tile.header, !llvm.loop !34

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
  br label %column.header, !llvm.loop !35

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
  %219 = mul i64 %row, 6144
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 1024
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 2048
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 3072
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 4096
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 5120
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !36

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !37

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 12
  %241 = mul i64 %240, 1024
  %242 = add i64 20736, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 4096
  %245 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_4.winograd to float*), i64 %244
  %246 = mul i64 %240, 1024
  %247 = add i64 57600, %246
  %248 = srem i64 %task, 12
  %249 = sdiv i64 %248, 4
  %250 = srem i64 %248, 4
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 1024
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
  br label %task.header, !llvm.loop !38

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 64
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
  %276 = mul i64 %275, 64
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
  %286 = mul i64 %285, 64
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
  %296 = mul i64 %295, 64
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
  %306 = mul i64 %305, 64
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
  %318 = mul i64 %315, 64
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 64
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 64
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 64
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 64
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 64
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 64
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 64
  %375 = add i64 %374, %372
  %376 = add i64 %247, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %379 = icmp slt i64 %k7, 64
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
  %391 = mul i64 %390, 64
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
  %401 = mul i64 %400, 64
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
  %411 = mul i64 %410, 64
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
  %421 = mul i64 %420, 64
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
  %431 = mul i64 %430, 64
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
  %441 = mul i64 %440, 64
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
  %453 = mul i64 %450, 64
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 64
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 64
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 64
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 64
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 64
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 64
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 64
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 64
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 64
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 64
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 64
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
  %552 = mul i64 %551, 8
  %553 = mul i64 %552, 1352
  %554 = mul i64 %550, 52
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 64
  %560 = add i64 57600, %559
  %561 = bitcast [192 x float]* %6 to float*
  %562 = icmp eq i64 %550, 3
  br i1 %562, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !39

then19:                                           ; preds = %tile.body16
  %563 = icmp eq i64 %548, 3
  br i1 %563, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %564 = icmp eq i64 %548, 3
  br i1 %564, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !40

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %565 = icmp slt i64 %block, 8
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
  %569 = mul i64 %row28, 6144
  %570 = add i64 %567, %569
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %570, 1024
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %570, 2048
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %570, 3072
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %570, 4096
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %570, 5120
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
  br label %row.header25, !llvm.loop !41

row.exit27:                                       ; preds = %row.header25
  %621 = mul i64 %block, 8
  %622 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = mul i64 %block, 1352
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
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !42

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %661 = icmp slt i64 %block33, 8
  br i1 %661, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %662 = mul i64 %block33, 8
  %663 = add i64 %560, %662
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %664 = icmp slt i64 %row37, 6
  br i1 %664, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %665 = mul i64 %row37, 6144
  %666 = add i64 %663, %665
  %667 = add i64 %666, 0
  %668 = getelementptr inbounds float, float* %2, i64 %667
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = add i64 %666, 1024
  %672 = getelementptr inbounds float, float* %2, i64 %671
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = add i64 %666, 2048
  %676 = getelementptr inbounds float, float* %2, i64 %675
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = add i64 %666, 3072
  %680 = getelementptr inbounds float, float* %2, i64 %679
  %681 = bitcast float* %680 to <8 x float>*
  %682 = load <8 x float>, <8 x float>* %681, align 4
  %683 = add i64 %666, 4096
  %684 = getelementptr inbounds float, float* %2, i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %666, 5120
  %688 = getelementptr inbounds float, float* %2, i64 %687
  %689 = bitcast float* %688 to <8 x float>*
  %690 = load <8 x float>, <8 x float>* %689, align 4
  %691 = fadd <8 x float> %674, %678
  %692 = fsub <8 x float> %674, %678
  %693 = fadd <8 x float> %682, %686
  %694 = fsub <8 x float> %682, %686
  %695 = fadd <8 x float> %670, %691
  %696 = fadd <8 x float> %695, %693
  %697 = call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %692)
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %693, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %691)
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %692)
  %700 = fadd <8 x float> %699, %690
  %701 = mul i64 %row37, 32
  %702 = add i64 %701, 0
  %703 = getelementptr inbounds float, float* %561, i64 %702
  %704 = bitcast float* %703 to <8 x float>*
  store <8 x float> %696, <8 x float>* %704, align 4
  %705 = mul i64 %row37, 32
  %706 = add i64 %705, 8
  %707 = getelementptr inbounds float, float* %561, i64 %706
  %708 = bitcast float* %707 to <8 x float>*
  store <8 x float> %697, <8 x float>* %708, align 4
  %709 = mul i64 %row37, 32
  %710 = add i64 %709, 16
  %711 = getelementptr inbounds float, float* %561, i64 %710
  %712 = bitcast float* %711 to <8 x float>*
  store <8 x float> %698, <8 x float>* %712, align 4
  %713 = mul i64 %row37, 32
  %714 = add i64 %713, 24
  %715 = getelementptr inbounds float, float* %561, i64 %714
  %716 = bitcast float* %715 to <8 x float>*
  store <8 x float> %700, <8 x float>* %716, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !43

row.exit36:                                       ; preds = %row.header34
  %717 = mul i64 %block33, 8
  %718 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = mul i64 %block33, 1352
  %722 = add i64 %558, %721
  %723 = getelementptr inbounds float, float* %561, i64 0
  %724 = bitcast float* %723 to <8 x float>*
  %725 = load <8 x float>, <8 x float>* %724, align 4
  %726 = getelementptr inbounds float, float* %561, i64 32
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = getelementptr inbounds float, float* %561, i64 64
  %730 = bitcast float* %729 to <8 x float>*
  %731 = load <8 x float>, <8 x float>* %730, align 4
  %732 = getelementptr inbounds float, float* %561, i64 96
  %733 = bitcast float* %732 to <8 x float>*
  %734 = load <8 x float>, <8 x float>* %733, align 4
  %735 = getelementptr inbounds float, float* %561, i64 128
  %736 = bitcast float* %735 to <8 x float>*
  %737 = load <8 x float>, <8 x float>* %736, align 4
  %738 = getelementptr inbounds float, float* %561, i64 160
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
  %751 = add i64 %722, 0
  %752 = fadd <8 x float> %746, %720
  %753 = fcmp olt <8 x float> %752, zeroinitializer
  %754 = select <8 x i1> %753, <8 x float> zeroinitializer, <8 x float> %752
  %755 = getelementptr inbounds float, float* %0, i64 %751
  %756 = bitcast float* %755 to <8 x float>*
  store <8 x float> %754, <8 x float>* %756, align 4
  %757 = getelementptr inbounds float, float* %561, i64 8
  %758 = bitcast float* %757 to <8 x float>*
  %759 = load <8 x float>, <8 x float>* %758, align 4
  %760 = getelementptr inbounds float, float* %561, i64 40
  %761 = bitcast float* %760 to <8 x float>*
  %762 = load <8 x float>, <8 x float>* %761, align 4
  %763 = getelementptr inbounds float, float* %561, i64 72
  %764 = bitcast float* %763 to <8 x float>*
  %765 = load <8 x float>, <8 x float>* %764, align 4
  %766 = getelementptr inbounds float, float* %561, i64 104
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = getelementptr inbounds float, float* %561, i64 136
  %770 = bitcast float* %769 to <8 x float>*
  %771 = load <8 x float>, <8 x float>* %770, align 4
  %772 = getelementptr inbounds float, float* %561, i64 168
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = fadd <8 x float> %762, %765
  %776 = fsub <8 x float> %762, %765
  %777 = fadd <8 x float> %768, %771
  %778 = fsub <8 x float> %768, %771
  %779 = fadd <8 x float> %759, %775
  %780 = fadd <8 x float> %779, %777
  %781 = call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %776)
  %782 = call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %775)
  %783 = call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %776)
  %784 = fadd <8 x float> %783, %774
  %785 = add i64 %722, 8
  %786 = fadd <8 x float> %780, %720
  %787 = fcmp olt <8 x float> %786, zeroinitializer
  %788 = select <8 x i1> %787, <8 x float> zeroinitializer, <8 x float> %786
  %789 = getelementptr inbounds float, float* %0, i64 %785
  %790 = bitcast float* %789 to <8 x float>*
  store <8 x float> %788, <8 x float>* %790, align 4
  %791 = getelementptr inbounds float, float* %561, i64 16
  %792 = bitcast float* %791 to <8 x float>*
  %793 = load <8 x float>, <8 x float>* %792, align 4
  %794 = getelementptr inbounds float, float* %561, i64 48
  %795 = bitcast float* %794 to <8 x float>*
  %796 = load <8 x float>, <8 x float>* %795, align 4
  %797 = getelementptr inbounds float, float* %561, i64 80
  %798 = bitcast float* %797 to <8 x float>*
  %799 = load <8 x float>, <8 x float>* %798, align 4
  %800 = getelementptr inbounds float, float* %561, i64 112
  %801 = bitcast float* %800 to <8 x float>*
  %802 = load <8 x float>, <8 x float>* %801, align 4
  %803 = getelementptr inbounds float, float* %561, i64 144
  %804 = bitcast float* %803 to <8 x float>*
  %805 = load <8 x float>, <8 x float>* %804, align 4
  %806 = getelementptr inbounds float, float* %561, i64 176
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = fadd <8 x float> %796, %799
  %810 = fsub <8 x float> %796, %799
  %811 = fadd <8 x float> %802, %805
  %812 = fsub <8 x float> %802, %805
  %813 = fadd <8 x float> %793, %809
  %814 = fadd <8 x float> %813, %811
  %815 = call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %810)
  %816 = call <8 x float> @llvm.fma.v8f32(<8 x float> %811, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %809)
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %810)
  %818 = fadd <8 x float> %817, %808
  %819 = add i64 %722, 16
  %820 = fadd <8 x float> %814, %720
  %821 = fcmp olt <8 x float> %820, zeroinitializer
  %822 = select <8 x i1> %821, <8 x float> zeroinitializer, <8 x float> %820
  %823 = getelementptr inbounds float, float* %0, i64 %819
  %824 = bitcast float* %823 to <8 x float>*
  store <8 x float> %822, <8 x float>* %824, align 4
  %825 = getelementptr inbounds float, float* %561, i64 24
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = getelementptr inbounds float, float* %561, i64 56
  %829 = bitcast float* %828 to <8 x float>*
  %830 = load <8 x float>, <8 x float>* %829, align 4
  %831 = getelementptr inbounds float, float* %561, i64 88
  %832 = bitcast float* %831 to <8 x float>*
  %833 = load <8 x float>, <8 x float>* %832, align 4
  %834 = getelementptr inbounds float, float* %561, i64 120
  %835 = bitcast float* %834 to <8 x float>*
  %836 = load <8 x float>, <8 x float>* %835, align 4
  %837 = getelementptr inbounds float, float* %561, i64 152
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = getelementptr inbounds float, float* %561, i64 184
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = fadd <8 x float> %830, %833
  %844 = fsub <8 x float> %830, %833
  %845 = fadd <8 x float> %836, %839
  %846 = fsub <8 x float> %836, %839
  %847 = fadd <8 x float> %827, %843
  %848 = fadd <8 x float> %847, %845
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %844)
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %845, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %843)
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %844)
  %852 = fadd <8 x float> %851, %842
  %853 = add i64 %722, 24
  %854 = fadd <8 x float> %848, %720
  %855 = fcmp olt <8 x float> %854, zeroinitializer
  %856 = select <8 x i1> %855, <8 x float> zeroinitializer, <8 x float> %854
  %857 = getelementptr inbounds float, float* %0, i64 %853
  %858 = bitcast float* %857 to <8 x float>*
  store <8 x float> %856, <8 x float>* %858, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !44

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %859 = icmp slt i64 %block46, 8
  br i1 %859, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %860 = mul i64 %block46, 8
  %861 = add i64 %560, %860
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %862 = icmp slt i64 %row50, 6
  br i1 %862, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %863 = mul i64 %row50, 6144
  %864 = add i64 %861, %863
  %865 = add i64 %864, 0
  %866 = getelementptr inbounds float, float* %2, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 %864, 1024
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = bitcast float* %870 to <8 x float>*
  %872 = load <8 x float>, <8 x float>* %871, align 4
  %873 = add i64 %864, 2048
  %874 = getelementptr inbounds float, float* %2, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %864, 3072
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %864, 4096
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = bitcast float* %882 to <8 x float>*
  %884 = load <8 x float>, <8 x float>* %883, align 4
  %885 = add i64 %864, 5120
  %886 = getelementptr inbounds float, float* %2, i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = fadd <8 x float> %872, %876
  %890 = fsub <8 x float> %872, %876
  %891 = fadd <8 x float> %880, %884
  %892 = fsub <8 x float> %880, %884
  %893 = fadd <8 x float> %868, %889
  %894 = fadd <8 x float> %893, %891
  %895 = call <8 x float> @llvm.fma.v8f32(<8 x float> %892, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %890)
  %896 = call <8 x float> @llvm.fma.v8f32(<8 x float> %891, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %889)
  %897 = call <8 x float> @llvm.fma.v8f32(<8 x float> %892, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %890)
  %898 = fadd <8 x float> %897, %888
  %899 = mul i64 %row50, 32
  %900 = add i64 %899, 0
  %901 = getelementptr inbounds float, float* %561, i64 %900
  %902 = bitcast float* %901 to <8 x float>*
  store <8 x float> %894, <8 x float>* %902, align 4
  %903 = mul i64 %row50, 32
  %904 = add i64 %903, 8
  %905 = getelementptr inbounds float, float* %561, i64 %904
  %906 = bitcast float* %905 to <8 x float>*
  store <8 x float> %895, <8 x float>* %906, align 4
  %907 = mul i64 %row50, 32
  %908 = add i64 %907, 16
  %909 = getelementptr inbounds float, float* %561, i64 %908
  %910 = bitcast float* %909 to <8 x float>*
  store <8 x float> %896, <8 x float>* %910, align 4
  %911 = mul i64 %row50, 32
  %912 = add i64 %911, 24
  %913 = getelementptr inbounds float, float* %561, i64 %912
  %914 = bitcast float* %913 to <8 x float>*
  store <8 x float> %898, <8 x float>* %914, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !45

row.exit49:                                       ; preds = %row.header47
  %915 = mul i64 %block46, 8
  %916 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %915
  %917 = bitcast float* %916 to <8 x float>*
  %918 = load <8 x float>, <8 x float>* %917, align 4
  %919 = mul i64 %block46, 1352
  %920 = add i64 %558, %919
  %921 = getelementptr inbounds float, float* %561, i64 0
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = getelementptr inbounds float, float* %561, i64 32
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = getelementptr inbounds float, float* %561, i64 64
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = getelementptr inbounds float, float* %561, i64 96
  %931 = bitcast float* %930 to <8 x float>*
  %932 = load <8 x float>, <8 x float>* %931, align 4
  %933 = getelementptr inbounds float, float* %561, i64 128
  %934 = bitcast float* %933 to <8 x float>*
  %935 = load <8 x float>, <8 x float>* %934, align 4
  %936 = getelementptr inbounds float, float* %561, i64 160
  %937 = bitcast float* %936 to <8 x float>*
  %938 = load <8 x float>, <8 x float>* %937, align 4
  %939 = fadd <8 x float> %926, %929
  %940 = fsub <8 x float> %926, %929
  %941 = fadd <8 x float> %932, %935
  %942 = fsub <8 x float> %932, %935
  %943 = fadd <8 x float> %923, %939
  %944 = fadd <8 x float> %943, %941
  %945 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %940)
  %946 = call <8 x float> @llvm.fma.v8f32(<8 x float> %941, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %939)
  %947 = call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %940)
  %948 = fadd <8 x float> %947, %938
  %949 = add i64 %920, 0
  %950 = fadd <8 x float> %944, %918
  %951 = fcmp olt <8 x float> %950, zeroinitializer
  %952 = select <8 x i1> %951, <8 x float> zeroinitializer, <8 x float> %950
  %953 = getelementptr inbounds float, float* %0, i64 %949
  %954 = bitcast float* %953 to <8 x float>*
  store <8 x float> %952, <8 x float>* %954, align 4
  %955 = add i64 %920, 104
  %956 = fadd <8 x float> %945, %918
  %957 = fcmp olt <8 x float> %956, zeroinitializer
  %958 = select <8 x i1> %957, <8 x float> zeroinitializer, <8 x float> %956
  %959 = getelementptr inbounds float, float* %0, i64 %955
  %960 = bitcast float* %959 to <8 x float>*
  store <8 x float> %958, <8 x float>* %960, align 4
  %961 = add i64 %920, 208
  %962 = fadd <8 x float> %946, %918
  %963 = fcmp olt <8 x float> %962, zeroinitializer
  %964 = select <8 x i1> %963, <8 x float> zeroinitializer, <8 x float> %962
  %965 = getelementptr inbounds float, float* %0, i64 %961
  %966 = bitcast float* %965 to <8 x float>*
  store <8 x float> %964, <8 x float>* %966, align 4
  %967 = add i64 %920, 312
  %968 = fadd <8 x float> %948, %918
  %969 = fcmp olt <8 x float> %968, zeroinitializer
  %970 = select <8 x i1> %969, <8 x float> zeroinitializer, <8 x float> %968
  %971 = getelementptr inbounds float, float* %0, i64 %967
  %972 = bitcast float* %971 to <8 x float>*
  store <8 x float> %970, <8 x float>* %972, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !46

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %973 = icmp slt i64 %block56, 8
  br i1 %973, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %974 = mul i64 %block56, 8
  %975 = add i64 %560, %974
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %976 = icmp slt i64 %row60, 6
  br i1 %976, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %977 = mul i64 %row60, 6144
  %978 = add i64 %975, %977
  %979 = add i64 %978, 0
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = add i64 %978, 1024
  %984 = getelementptr inbounds float, float* %2, i64 %983
  %985 = bitcast float* %984 to <8 x float>*
  %986 = load <8 x float>, <8 x float>* %985, align 4
  %987 = add i64 %978, 2048
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = add i64 %978, 3072
  %992 = getelementptr inbounds float, float* %2, i64 %991
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = add i64 %978, 4096
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = add i64 %978, 5120
  %1000 = getelementptr inbounds float, float* %2, i64 %999
  %1001 = bitcast float* %1000 to <8 x float>*
  %1002 = load <8 x float>, <8 x float>* %1001, align 4
  %1003 = fadd <8 x float> %986, %990
  %1004 = fsub <8 x float> %986, %990
  %1005 = fadd <8 x float> %994, %998
  %1006 = fsub <8 x float> %994, %998
  %1007 = fadd <8 x float> %982, %1003
  %1008 = fadd <8 x float> %1007, %1005
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1004)
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1003)
  %1011 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1004)
  %1012 = fadd <8 x float> %1011, %1002
  %1013 = mul i64 %row60, 32
  %1014 = add i64 %1013, 0
  %1015 = getelementptr inbounds float, float* %561, i64 %1014
  %1016 = bitcast float* %1015 to <8 x float>*
  store <8 x float> %1008, <8 x float>* %1016, align 4
  %1017 = mul i64 %row60, 32
  %1018 = add i64 %1017, 8
  %1019 = getelementptr inbounds float, float* %561, i64 %1018
  %1020 = bitcast float* %1019 to <8 x float>*
  store <8 x float> %1009, <8 x float>* %1020, align 4
  %1021 = mul i64 %row60, 32
  %1022 = add i64 %1021, 16
  %1023 = getelementptr inbounds float, float* %561, i64 %1022
  %1024 = bitcast float* %1023 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1024, align 4
  %1025 = mul i64 %row60, 32
  %1026 = add i64 %1025, 24
  %1027 = getelementptr inbounds float, float* %561, i64 %1026
  %1028 = bitcast float* %1027 to <8 x float>*
  store <8 x float> %1012, <8 x float>* %1028, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !47

row.exit59:                                       ; preds = %row.header57
  %1029 = mul i64 %block56, 8
  %1030 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %1029
  %1031 = bitcast float* %1030 to <8 x float>*
  %1032 = load <8 x float>, <8 x float>* %1031, align 4
  %1033 = mul i64 %block56, 1352
  %1034 = add i64 %558, %1033
  %1035 = getelementptr inbounds float, float* %561, i64 0
  %1036 = bitcast float* %1035 to <8 x float>*
  %1037 = load <8 x float>, <8 x float>* %1036, align 4
  %1038 = getelementptr inbounds float, float* %561, i64 32
  %1039 = bitcast float* %1038 to <8 x float>*
  %1040 = load <8 x float>, <8 x float>* %1039, align 4
  %1041 = getelementptr inbounds float, float* %561, i64 64
  %1042 = bitcast float* %1041 to <8 x float>*
  %1043 = load <8 x float>, <8 x float>* %1042, align 4
  %1044 = getelementptr inbounds float, float* %561, i64 96
  %1045 = bitcast float* %1044 to <8 x float>*
  %1046 = load <8 x float>, <8 x float>* %1045, align 4
  %1047 = getelementptr inbounds float, float* %561, i64 128
  %1048 = bitcast float* %1047 to <8 x float>*
  %1049 = load <8 x float>, <8 x float>* %1048, align 4
  %1050 = getelementptr inbounds float, float* %561, i64 160
  %1051 = bitcast float* %1050 to <8 x float>*
  %1052 = load <8 x float>, <8 x float>* %1051, align 4
  %1053 = fadd <8 x float> %1040, %1043
  %1054 = fsub <8 x float> %1040, %1043
  %1055 = fadd <8 x float> %1046, %1049
  %1056 = fsub <8 x float> %1046, %1049
  %1057 = fadd <8 x float> %1037, %1053
  %1058 = fadd <8 x float> %1057, %1055
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1056, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1054)
  %1060 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1055, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1053)
  %1061 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1056, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1054)
  %1062 = fadd <8 x float> %1061, %1052
  %1063 = add i64 %1034, 0
  %1064 = fadd <8 x float> %1058, %1032
  %1065 = fcmp olt <8 x float> %1064, zeroinitializer
  %1066 = select <8 x i1> %1065, <8 x float> zeroinitializer, <8 x float> %1064
  %1067 = getelementptr inbounds float, float* %0, i64 %1063
  %1068 = bitcast float* %1067 to <8 x float>*
  store <8 x float> %1066, <8 x float>* %1068, align 4
  %1069 = add i64 %1034, 104
  %1070 = fadd <8 x float> %1059, %1032
  %1071 = fcmp olt <8 x float> %1070, zeroinitializer
  %1072 = select <8 x i1> %1071, <8 x float> zeroinitializer, <8 x float> %1070
  %1073 = getelementptr inbounds float, float* %0, i64 %1069
  %1074 = bitcast float* %1073 to <8 x float>*
  store <8 x float> %1072, <8 x float>* %1074, align 4
  %1075 = add i64 %1034, 208
  %1076 = fadd <8 x float> %1060, %1032
  %1077 = fcmp olt <8 x float> %1076, zeroinitializer
  %1078 = select <8 x i1> %1077, <8 x float> zeroinitializer, <8 x float> %1076
  %1079 = getelementptr inbounds float, float* %0, i64 %1075
  %1080 = bitcast float* %1079 to <8 x float>*
  store <8 x float> %1078, <8 x float>* %1080, align 4
  %1081 = add i64 %1034, 312
  %1082 = fadd <8 x float> %1062, %1032
  %1083 = fcmp olt <8 x float> %1082, zeroinitializer
  %1084 = select <8 x i1> %1083, <8 x float> zeroinitializer, <8 x float> %1082
  %1085 = getelementptr inbounds float, float* %0, i64 %1081
  %1086 = bitcast float* %1085 to <8 x float>*
  store <8 x float> %1084, <8 x float>* %1086, align 4
  %1087 = getelementptr inbounds float, float* %561, i64 8
  %1088 = bitcast float* %1087 to <8 x float>*
  %1089 = load <8 x float>, <8 x float>* %1088, align 4
  %1090 = getelementptr inbounds float, float* %561, i64 40
  %1091 = bitcast float* %1090 to <8 x float>*
  %1092 = load <8 x float>, <8 x float>* %1091, align 4
  %1093 = getelementptr inbounds float, float* %561, i64 72
  %1094 = bitcast float* %1093 to <8 x float>*
  %1095 = load <8 x float>, <8 x float>* %1094, align 4
  %1096 = getelementptr inbounds float, float* %561, i64 104
  %1097 = bitcast float* %1096 to <8 x float>*
  %1098 = load <8 x float>, <8 x float>* %1097, align 4
  %1099 = getelementptr inbounds float, float* %561, i64 136
  %1100 = bitcast float* %1099 to <8 x float>*
  %1101 = load <8 x float>, <8 x float>* %1100, align 4
  %1102 = getelementptr inbounds float, float* %561, i64 168
  %1103 = bitcast float* %1102 to <8 x float>*
  %1104 = load <8 x float>, <8 x float>* %1103, align 4
  %1105 = fadd <8 x float> %1092, %1095
  %1106 = fsub <8 x float> %1092, %1095
  %1107 = fadd <8 x float> %1098, %1101
  %1108 = fsub <8 x float> %1098, %1101
  %1109 = fadd <8 x float> %1089, %1105
  %1110 = fadd <8 x float> %1109, %1107
  %1111 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1108, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1106)
  %1112 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1107, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1105)
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1108, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1106)
  %1114 = fadd <8 x float> %1113, %1104
  %1115 = add i64 %1034, 8
  %1116 = fadd <8 x float> %1110, %1032
  %1117 = fcmp olt <8 x float> %1116, zeroinitializer
  %1118 = select <8 x i1> %1117, <8 x float> zeroinitializer, <8 x float> %1116
  %1119 = getelementptr inbounds float, float* %0, i64 %1115
  %1120 = bitcast float* %1119 to <8 x float>*
  store <8 x float> %1118, <8 x float>* %1120, align 4
  %1121 = add i64 %1034, 112
  %1122 = fadd <8 x float> %1111, %1032
  %1123 = fcmp olt <8 x float> %1122, zeroinitializer
  %1124 = select <8 x i1> %1123, <8 x float> zeroinitializer, <8 x float> %1122
  %1125 = getelementptr inbounds float, float* %0, i64 %1121
  %1126 = bitcast float* %1125 to <8 x float>*
  store <8 x float> %1124, <8 x float>* %1126, align 4
  %1127 = add i64 %1034, 216
  %1128 = fadd <8 x float> %1112, %1032
  %1129 = fcmp olt <8 x float> %1128, zeroinitializer
  %1130 = select <8 x i1> %1129, <8 x float> zeroinitializer, <8 x float> %1128
  %1131 = getelementptr inbounds float, float* %0, i64 %1127
  %1132 = bitcast float* %1131 to <8 x float>*
  store <8 x float> %1130, <8 x float>* %1132, align 4
  %1133 = add i64 %1034, 320
  %1134 = fadd <8 x float> %1114, %1032
  %1135 = fcmp olt <8 x float> %1134, zeroinitializer
  %1136 = select <8 x i1> %1135, <8 x float> zeroinitializer, <8 x float> %1134
  %1137 = getelementptr inbounds float, float* %0, i64 %1133
  %1138 = bitcast float* %1137 to <8 x float>*
  store <8 x float> %1136, <8 x float>* %1138, align 4
  %1139 = getelementptr inbounds float, float* %561, i64 16
  %1140 = bitcast float* %1139 to <8 x float>*
  %1141 = load <8 x float>, <8 x float>* %1140, align 4
  %1142 = getelementptr inbounds float, float* %561, i64 48
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = getelementptr inbounds float, float* %561, i64 80
  %1146 = bitcast float* %1145 to <8 x float>*
  %1147 = load <8 x float>, <8 x float>* %1146, align 4
  %1148 = getelementptr inbounds float, float* %561, i64 112
  %1149 = bitcast float* %1148 to <8 x float>*
  %1150 = load <8 x float>, <8 x float>* %1149, align 4
  %1151 = getelementptr inbounds float, float* %561, i64 144
  %1152 = bitcast float* %1151 to <8 x float>*
  %1153 = load <8 x float>, <8 x float>* %1152, align 4
  %1154 = getelementptr inbounds float, float* %561, i64 176
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = fadd <8 x float> %1144, %1147
  %1158 = fsub <8 x float> %1144, %1147
  %1159 = fadd <8 x float> %1150, %1153
  %1160 = fsub <8 x float> %1150, %1153
  %1161 = fadd <8 x float> %1141, %1157
  %1162 = fadd <8 x float> %1161, %1159
  %1163 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1160, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1158)
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1159, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1157)
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1160, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1158)
  %1166 = fadd <8 x float> %1165, %1156
  %1167 = add i64 %1034, 16
  %1168 = fadd <8 x float> %1162, %1032
  %1169 = fcmp olt <8 x float> %1168, zeroinitializer
  %1170 = select <8 x i1> %1169, <8 x float> zeroinitializer, <8 x float> %1168
  %1171 = getelementptr inbounds float, float* %0, i64 %1167
  %1172 = bitcast float* %1171 to <8 x float>*
  store <8 x float> %1170, <8 x float>* %1172, align 4
  %1173 = add i64 %1034, 120
  %1174 = fadd <8 x float> %1163, %1032
  %1175 = fcmp olt <8 x float> %1174, zeroinitializer
  %1176 = select <8 x i1> %1175, <8 x float> zeroinitializer, <8 x float> %1174
  %1177 = getelementptr inbounds float, float* %0, i64 %1173
  %1178 = bitcast float* %1177 to <8 x float>*
  store <8 x float> %1176, <8 x float>* %1178, align 4
  %1179 = add i64 %1034, 224
  %1180 = fadd <8 x float> %1164, %1032
  %1181 = fcmp olt <8 x float> %1180, zeroinitializer
  %1182 = select <8 x i1> %1181, <8 x float> zeroinitializer, <8 x float> %1180
  %1183 = getelementptr inbounds float, float* %0, i64 %1179
  %1184 = bitcast float* %1183 to <8 x float>*
  store <8 x float> %1182, <8 x float>* %1184, align 4
  %1185 = add i64 %1034, 328
  %1186 = fadd <8 x float> %1166, %1032
  %1187 = fcmp olt <8 x float> %1186, zeroinitializer
  %1188 = select <8 x i1> %1187, <8 x float> zeroinitializer, <8 x float> %1186
  %1189 = getelementptr inbounds float, float* %0, i64 %1185
  %1190 = bitcast float* %1189 to <8 x float>*
  store <8 x float> %1188, <8 x float>* %1190, align 4
  %1191 = getelementptr inbounds float, float* %561, i64 24
  %1192 = bitcast float* %1191 to <8 x float>*
  %1193 = load <8 x float>, <8 x float>* %1192, align 4
  %1194 = getelementptr inbounds float, float* %561, i64 56
  %1195 = bitcast float* %1194 to <8 x float>*
  %1196 = load <8 x float>, <8 x float>* %1195, align 4
  %1197 = getelementptr inbounds float, float* %561, i64 88
  %1198 = bitcast float* %1197 to <8 x float>*
  %1199 = load <8 x float>, <8 x float>* %1198, align 4
  %1200 = getelementptr inbounds float, float* %561, i64 120
  %1201 = bitcast float* %1200 to <8 x float>*
  %1202 = load <8 x float>, <8 x float>* %1201, align 4
  %1203 = getelementptr inbounds float, float* %561, i64 152
  %1204 = bitcast float* %1203 to <8 x float>*
  %1205 = load <8 x float>, <8 x float>* %1204, align 4
  %1206 = getelementptr inbounds float, float* %561, i64 184
  %1207 = bitcast float* %1206 to <8 x float>*
  %1208 = load <8 x float>, <8 x float>* %1207, align 4
  %1209 = fadd <8 x float> %1196, %1199
  %1210 = fsub <8 x float> %1196, %1199
  %1211 = fadd <8 x float> %1202, %1205
  %1212 = fsub <8 x float> %1202, %1205
  %1213 = fadd <8 x float> %1193, %1209
  %1214 = fadd <8 x float> %1213, %1211
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1210)
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1211, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1209)
  %1217 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1210)
  %1218 = fadd <8 x float> %1217, %1208
  %1219 = add i64 %1034, 24
  %1220 = fadd <8 x float> %1214, %1032
  %1221 = fcmp olt <8 x float> %1220, zeroinitializer
  %1222 = select <8 x i1> %1221, <8 x float> zeroinitializer, <8 x float> %1220
  %1223 = getelementptr inbounds float, float* %0, i64 %1219
  %1224 = bitcast float* %1223 to <8 x float>*
  store <8 x float> %1222, <8 x float>* %1224, align 4
  %1225 = add i64 %1034, 128
  %1226 = fadd <8 x float> %1215, %1032
  %1227 = fcmp olt <8 x float> %1226, zeroinitializer
  %1228 = select <8 x i1> %1227, <8 x float> zeroinitializer, <8 x float> %1226
  %1229 = getelementptr inbounds float, float* %0, i64 %1225
  %1230 = bitcast float* %1229 to <8 x float>*
  store <8 x float> %1228, <8 x float>* %1230, align 4
  %1231 = add i64 %1034, 232
  %1232 = fadd <8 x float> %1216, %1032
  %1233 = fcmp olt <8 x float> %1232, zeroinitializer
  %1234 = select <8 x i1> %1233, <8 x float> zeroinitializer, <8 x float> %1232
  %1235 = getelementptr inbounds float, float* %0, i64 %1231
  %1236 = bitcast float* %1235 to <8 x float>*
  store <8 x float> %1234, <8 x float>* %1236, align 4
  %1237 = add i64 %1034, 336
  %1238 = fadd <8 x float> %1218, %1032
  %1239 = fcmp olt <8 x float> %1238, zeroinitializer
  %1240 = select <8 x i1> %1239, <8 x float> zeroinitializer, <8 x float> %1238
  %1241 = getelementptr inbounds float, float* %0, i64 %1237
  %1242 = bitcast float* %1241 to <8 x float>*
  store <8 x float> %1240, <8 x float>* %1242, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !48
}

; Function Attrs: noinline nounwind
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
  %14 = call i32 @omp_get_thread_num()
  %15 = sext i32 %14 to i64
  %16 = call i32 @omp_get_num_threads()
  %17 = sext i32 %16 to i64
  call void @node4.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %13 = sdiv i64 %task, 6
  %14 = srem i64 %task, 6
  %15 = mul i64 %13, 1352
  %16 = getelementptr inbounds float, float* %1, i64 %15
  %17 = mul i64 %13, 6
  %18 = add i64 %17, %14
  %19 = mul i64 %18, 48
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = mul i64 %14, 2
  %22 = sub i64 %21, 0
  %23 = add i64 %22, 2
  %24 = icmp sgt i64 %22, 0
  %25 = select i1 %24, i64 %22, i64 0
  %26 = icmp slt i64 %23, 13
  %27 = select i1 %26, i64 %23, i64 13
  %28 = icmp slt i64 %23, 13
  %29 = select i1 %28, i64 %23, i64 13
  %30 = sub i64 %29, %22
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %31 = icmp slt i64 %x, 4
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
  %35 = mul i64 %r, 13
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
  %103 = mul i64 %r4, 13
  %104 = add i64 %103, 8
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
  %129 = getelementptr inbounds float, float* %20, i64 32
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = load <8 x float>, <8 x float>* %6, align 32
  %132 = getelementptr inbounds float, float* %20, i64 40
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %131, <8 x float>* %133, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
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
  %19 = add i64 48, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 48
  %23 = select i1 %22, i64 %21, i64 48
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 48
  %26 = select i1 %25, i64 %24, i64 48
  call void @node5.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 6
  %8 = sdiv i64 %task, 6
  %9 = srem i64 %8, 8
  %10 = sdiv i64 %8, 8
  %11 = mul i64 %10, 64
  %12 = mul i64 %9, 8
  %13 = add i64 %11, %12
  %14 = mul i64 %task, 48
  br label %ws.header

task.exit:                                        ; preds = %task.header
  ret void

ws.header:                                        ; preds = %ws.body, %task.body
  %ws = phi i64 [ 0, %task.body ], [ %ws.next, %ws.body ]
  %15 = icmp slt i64 %ws, 6
  br i1 %15, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %16 = mul i64 %ws, 8
  %17 = add i64 %16, 0
  %18 = add i64 %14, %17
  %19 = add i64 %13, 0
  %20 = mul i64 %19, 36
  %21 = mul i64 %7, 6
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
  %31 = mul i64 %30, 36
  %32 = mul i64 %7, 6
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
  %42 = mul i64 %41, 36
  %43 = mul i64 %7, 6
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
  %53 = mul i64 %52, 36
  %54 = mul i64 %7, 6
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
  %64 = mul i64 %63, 36
  %65 = mul i64 %7, 6
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
  %75 = mul i64 %74, 36
  %76 = mul i64 %7, 6
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
  %86 = mul i64 %85, 36
  %87 = mul i64 %7, 6
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
  %97 = mul i64 %96, 36
  %98 = mul i64 %7, 6
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
define internal void @node6.maxPool2d_2.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 48, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 48
  %23 = select i1 %22, i64 %21, i64 48
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 48
  %26 = select i1 %25, i64 %24, i64 48
  call void @node6.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %17 = mul i64 %14, 73728
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
  %34 = icmp slt i64 %k, 2304
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
  %54 = mul i64 %53, 2304
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
  %72 = mul i64 %67, 512
  %73 = add i64 %72, %68
  %74 = getelementptr inbounds float, float* %0, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  store <8 x float> %71, <8 x float>* %75, align 4
  %76 = add i64 %15, 0
  %77 = add i64 %16, 8
  %78 = load <8 x float>, <8 x float>* %10, align 32
  %79 = fcmp olt <8 x float> %78, zeroinitializer
  %80 = select <8 x i1> %79, <8 x float> zeroinitializer, <8 x float> %78
  %81 = mul i64 %76, 512
  %82 = add i64 %81, %77
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  store <8 x float> %80, <8 x float>* %84, align 4
  %85 = add i64 %15, 0
  %86 = add i64 %16, 16
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = fcmp olt <8 x float> %87, zeroinitializer
  %89 = select <8 x i1> %88, <8 x float> zeroinitializer, <8 x float> %87
  %90 = mul i64 %85, 512
  %91 = add i64 %90, %86
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  store <8 x float> %89, <8 x float>* %93, align 4
  %94 = add i64 %15, 0
  %95 = add i64 %16, 24
  %96 = load <8 x float>, <8 x float>* %8, align 32
  %97 = fcmp olt <8 x float> %96, zeroinitializer
  %98 = select <8 x i1> %97, <8 x float> zeroinitializer, <8 x float> %96
  %99 = mul i64 %94, 512
  %100 = add i64 %99, %95
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %98, <8 x float>* %102, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node8.dense_1.step0(i8* %0) #3 {
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
  %25 = add i64 16, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 16
  %29 = select i1 %28, i64 %27, i64 16
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 16
  %32 = select i1 %31, i64 %30, i64 16
  call void @node8.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
entry:
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %12 = icmp slt i64 %task, %7
  br i1 %12, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %13 = srem i64 %task, 1
  %14 = sdiv i64 %task, 1
  %15 = mul i64 %13, 1
  %16 = mul i64 %14, 16
  %17 = mul i64 %14, 8192
  %18 = icmp eq i64 %14, 0
  br i1 %18, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %19 = add i64 %16, 0
  %20 = getelementptr inbounds float, float* %5, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  %22 = load <8 x float>, <8 x float>* %21, align 4
  %23 = add i64 %16, 8
  %24 = getelementptr inbounds float, float* %5, i64 %23
  %25 = bitcast float* %24 to <8 x float>*
  %26 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %25, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %22, <8 x float>* %11, align 32
  store <8 x float> %26, <8 x float>* %10, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %27 = add i64 %16, 0
  %28 = getelementptr inbounds float, float* %5, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = add i64 %16, 8
  %32 = getelementptr inbounds float, float* %5, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  store <8 x float> %30, <8 x float>* %9, align 32
  store <8 x float> %34, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %35 = icmp slt i64 %k, 512
  br i1 %35, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %36 = mul i64 %k, 16
  %37 = add i64 %17, %36
  %38 = add i64 %37, 0
  %39 = getelementptr inbounds float, float* %4, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %37, 8
  %43 = getelementptr inbounds float, float* %4, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %15, 0
  %47 = mul i64 %46, 512
  %48 = add i64 %47, %k
  %49 = getelementptr inbounds float, float* %1, i64 %48
  %50 = load float, float* %49, align 4
  %51 = insertelement <8 x float> undef, float %50, i32 0
  %splat = shufflevector <8 x float> %51, <8 x float> undef, <8 x i32> zeroinitializer
  %52 = load <8 x float>, <8 x float>* %11, align 32
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %41, <8 x float> %52)
  store <8 x float> %53, <8 x float>* %11, align 32
  %54 = load <8 x float>, <8 x float>* %10, align 32
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %45, <8 x float> %54)
  store <8 x float> %55, <8 x float>* %10, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %56 = add i64 %15, 0
  %57 = add i64 %16, 0
  %58 = load <8 x float>, <8 x float>* %11, align 32
  %59 = mul i64 %56, 10
  %60 = add i64 %59, %57
  %61 = getelementptr inbounds float, float* %0, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  store <8 x float> %58, <8 x float>* %62, align 4
  %63 = add i64 %15, 0
  %64 = add i64 %16, 8
  %65 = load <8 x float>, <8 x float>* %10, align 32
  %66 = mul i64 %63, 10
  %67 = add i64 %66, %64
  %68 = getelementptr inbounds float, float* %0, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %65, <8 x float>* %69, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %70 = icmp slt i64 %k4, 512
  br i1 %70, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %71 = mul i64 %k4, 16
  %72 = add i64 %17, %71
  %73 = add i64 %72, 0
  %74 = getelementptr inbounds float, float* %4, i64 %73
  %75 = bitcast float* %74 to <8 x float>*
  %76 = load <8 x float>, <8 x float>* %75, align 4
  %77 = add i64 %72, 8
  %78 = getelementptr inbounds float, float* %4, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = add i64 %15, 0
  %82 = mul i64 %81, 512
  %83 = add i64 %82, %k4
  %84 = getelementptr inbounds float, float* %1, i64 %83
  %85 = load float, float* %84, align 4
  %86 = insertelement <8 x float> undef, float %85, i32 0
  %splat5 = shufflevector <8 x float> %86, <8 x float> undef, <8 x i32> zeroinitializer
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %76, <8 x float> %87)
  store <8 x float> %88, <8 x float>* %9, align 32
  %89 = load <8 x float>, <8 x float>* %8, align 32
  %90 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %80, <8 x float> %89)
  store <8 x float> %90, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %91 = add i64 %15, 0
  %92 = add i64 %16, 0
  %93 = load <8 x float>, <8 x float>* %9, align 32
  %94 = mul i64 %91, 10
  %95 = add i64 %94, %92
  %96 = getelementptr inbounds float, float* %0, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  store <8 x float> %93, <8 x float>* %97, align 4
  %98 = add i64 %15, 0
  %99 = add i64 %16, 8
  %100 = load <8 x float>, <8 x float>* %8, align 32
  %101 = mul i64 %98, 10
  %102 = add i64 %101, %99
  %103 = getelementptr inbounds float, float* %0, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %100, <8 x float>* %104, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #6

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #7

; Function Attrs: noinline nounwind
define internal void @node9.dense_2.step0(i8* %0) #3 {
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
  %25 = add i64 1, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 1
  %29 = select i1 %28, i64 %27, i64 1
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 1
  %32 = select i1 %31, i64 %30, i64 1
  call void @node9.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.dense_2.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %11 = mul i64 %task, 10
  %12 = add i64 %11, 10
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
define internal void @node10.dense_2.softmax.step0(i8* %0) #3 {
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
  call void @node10.dense_2.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_run(i8** %0, i8** %1, i8* %2) #8 {
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
  %fresh = call i8* @malloc(i64 984127)
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
  %17 = call i32 @cifar10_cnn_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @cifar10_cnn_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 737792
  %10 = getelementptr inbounds i8, i8* %2, i64 0
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
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %17, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %15, i32 0, i32 0)
  %18 = getelementptr inbounds i8, i8* %2, i64 868864
  %19 = getelementptr inbounds i8, i8* %2, i64 737792
  %20 = getelementptr inbounds i8, i8* %2, i64 0
  %21 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %18, i8** %21, align 8
  %22 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %19, i8** %22, align 8
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %20, i8** %23, align 8
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %24, align 8
  %25 = bitcast [6 x i8*]* %args to i8*
  call void @node1.conv2d_2.step0(i8* %25)
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step1, i8* %25, i32 0, i32 0)
  %26 = getelementptr inbounds i8, i8* %2, i64 262656
  %27 = getelementptr inbounds i8, i8* %2, i64 868864
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %26, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %27, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %31, align 8
  %32 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %32)
  %33 = getelementptr inbounds i8, i8* %2, i64 377856
  %34 = getelementptr inbounds i8, i8* %2, i64 262656
  %35 = getelementptr inbounds i8, i8* %2, i64 0
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %33, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %34, i8** %37, align 8
  %38 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %35, i8** %38, align 8
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %39, align 8
  %40 = bitcast [6 x i8*]* %args to i8*
  call void @node3.conv2d_3.step0(i8* %40)
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step1, i8* %40, i32 0, i32 0)
  %41 = getelementptr inbounds i8, i8* %2, i64 435456
  %42 = getelementptr inbounds i8, i8* %2, i64 377856
  %43 = getelementptr inbounds i8, i8* %2, i64 0
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %41, i8** %44, align 8
  %45 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %42, i8** %45, align 8
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %43, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %47, align 8
  %48 = bitcast [6 x i8*]* %args to i8*
  call void @node4.conv2d_4.step0(i8* %48)
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step1, i8* %48, i32 0, i32 0)
  %49 = getelementptr inbounds i8, i8* %2, i64 0
  %50 = getelementptr inbounds i8, i8* %2, i64 435456
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %49, i8** %51, align 8
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %50, i8** %52, align 8
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %54, align 8
  %55 = bitcast [6 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.step0(i8* %55)
  %56 = getelementptr inbounds i8, i8* %2, i64 9216
  %57 = getelementptr inbounds i8, i8* %2, i64 0
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %56, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %57, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %60, align 8
  %61 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %61, align 8
  %62 = bitcast [6 x i8*]* %args to i8*
  call void @node6.maxPool2d_2.nchw.step0(i8* %62)
  %63 = getelementptr inbounds i8, i8* %2, i64 0
  %64 = getelementptr inbounds i8, i8* %2, i64 9216
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %68, align 8
  %69 = bitcast [6 x i8*]* %args to i8*
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %70, align 8
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %71, align 8
  call void @GOMP_parallel(void (i8*)* @node8.dense_1.step0, i8* %69, i32 0, i32 0)
  %72 = getelementptr inbounds i8, i8* %2, i64 0
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %76, align 8
  %77 = bitcast [6 x i8*]* %args to i8*
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %79, align 8
  call void @node9.dense_2.step0(i8* %77)
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %80, align 8
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %83, align 8
  %84 = bitcast [6 x i8*]* %args to i8*
  call void @node10.dense_2.softmax.step0(i8* %84)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @cifar10_cnn_info() #9 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #9 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @cifar10_cnn_workspace_size() #9 {
entry:
  ret i64 984127
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_infer(i8* %0, i8* %1, i8* %2) #9 {
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
  %11 = call i32 @cifar10_cnn_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #6 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #7 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #8 = { nounwind "target-cpu"="x86-64-v3" }
attributes #9 = { nounwind }

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
