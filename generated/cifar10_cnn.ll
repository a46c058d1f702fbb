; cifar10_cnn: LLVM IR emitted by dlc 0.1.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
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
@dlc.version = private unnamed_addr constant [6 x i8] c"0.1.0\00"
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
  br label %task.header

task.header:                                      ; preds = %unit.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %unit.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 8
  %8 = sdiv i64 %task, 8
  %9 = srem i64 %8, 8
  %10 = sdiv i64 %task, 64
  %11 = mul i64 %10, 4
  %12 = mul i64 %11, 9248
  %13 = mul i64 %9, 136
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 32
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 4
  br i1 %19, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %20 = mul i64 %unit, 9248
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
  %46 = add i64 %21, 272
  %47 = getelementptr inbounds float, float* %2, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  %50 = add i64 %21, 280
  %51 = getelementptr inbounds float, float* %2, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = add i64 %21, 288
  %55 = getelementptr inbounds float, float* %2, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %21, 296
  %59 = getelementptr inbounds float, float* %2, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = add i64 %21, 304
  %63 = getelementptr inbounds float, float* %2, i64 %62
  %64 = bitcast float* %63 to <8 x float>*
  %65 = load <8 x float>, <8 x float>* %64, align 4
  %66 = add i64 %21, 312
  %67 = getelementptr inbounds float, float* %2, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = add i64 %21, 544
  %71 = getelementptr inbounds float, float* %2, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = add i64 %21, 552
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to <8 x float>*
  %77 = load <8 x float>, <8 x float>* %76, align 4
  %78 = add i64 %21, 560
  %79 = getelementptr inbounds float, float* %2, i64 %78
  %80 = bitcast float* %79 to <8 x float>*
  %81 = load <8 x float>, <8 x float>* %80, align 4
  %82 = add i64 %21, 568
  %83 = getelementptr inbounds float, float* %2, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = add i64 %21, 576
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = add i64 %21, 584
  %91 = getelementptr inbounds float, float* %2, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %21, 816
  %95 = getelementptr inbounds float, float* %2, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %21, 824
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = add i64 %21, 832
  %103 = getelementptr inbounds float, float* %2, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %21, 840
  %107 = getelementptr inbounds float, float* %2, i64 %106
  %108 = bitcast float* %107 to <8 x float>*
  %109 = load <8 x float>, <8 x float>* %108, align 4
  %110 = add i64 %21, 848
  %111 = getelementptr inbounds float, float* %2, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %113 = load <8 x float>, <8 x float>* %112, align 4
  %114 = add i64 %21, 856
  %115 = getelementptr inbounds float, float* %2, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  %117 = load <8 x float>, <8 x float>* %116, align 4
  %118 = add i64 %21, 1088
  %119 = getelementptr inbounds float, float* %2, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  %121 = load <8 x float>, <8 x float>* %120, align 4
  %122 = add i64 %21, 1096
  %123 = getelementptr inbounds float, float* %2, i64 %122
  %124 = bitcast float* %123 to <8 x float>*
  %125 = load <8 x float>, <8 x float>* %124, align 4
  %126 = add i64 %21, 1104
  %127 = getelementptr inbounds float, float* %2, i64 %126
  %128 = bitcast float* %127 to <8 x float>*
  %129 = load <8 x float>, <8 x float>* %128, align 4
  %130 = add i64 %21, 1112
  %131 = getelementptr inbounds float, float* %2, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = add i64 %21, 1120
  %135 = getelementptr inbounds float, float* %2, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  %137 = load <8 x float>, <8 x float>* %136, align 4
  %138 = add i64 %21, 1128
  %139 = getelementptr inbounds float, float* %2, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = add i64 %21, 1360
  %143 = getelementptr inbounds float, float* %2, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  %145 = load <8 x float>, <8 x float>* %144, align 4
  %146 = add i64 %21, 1368
  %147 = getelementptr inbounds float, float* %2, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  %149 = load <8 x float>, <8 x float>* %148, align 4
  %150 = add i64 %21, 1376
  %151 = getelementptr inbounds float, float* %2, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  %153 = load <8 x float>, <8 x float>* %152, align 4
  %154 = add i64 %21, 1384
  %155 = getelementptr inbounds float, float* %2, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = add i64 %21, 1392
  %159 = getelementptr inbounds float, float* %2, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  %161 = load <8 x float>, <8 x float>* %160, align 4
  %162 = add i64 %21, 1400
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
  %287 = add i64 36992, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 39040, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 41088, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 43136, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 45184, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 47232, %269
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
  %322 = add i64 49280, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 51328, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 53376, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 55424, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 57472, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 59520, %269
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
  %357 = add i64 61568, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 63616, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 65664, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 67712, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 69760, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 71808, %269
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
  %392 = add i64 73856, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 75904, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 77952, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 80000, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 82048, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 84096, %269
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
  %427 = add i64 86144, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 88192, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 90240, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 92288, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 94336, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 96384, %269
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
  %462 = add i64 98432, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 100480, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 102528, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 104576, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 106624, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 108672, %269
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
  %18 = sub i64 %17, 1
  %19 = add i64 64, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 64
  %23 = select i1 %22, i64 %21, i64 64
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
  call void @node1.conv2d_2.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
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
  %28 = sdiv i64 %task, 22
  %29 = mul i64 %28, 2048
  %30 = add i64 36992, %29
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = mul i64 %28, 1024
  %33 = getelementptr inbounds float, float* %4, i64 %32
  %34 = mul i64 %28, 2048
  %35 = add i64 110720, %34
  %36 = srem i64 %task, 22
  %37 = sdiv i64 %36, 2
  %38 = srem i64 %36, 2
  %39 = mul i64 %37, 6
  %40 = mul i64 %38, 16
  %41 = mul i64 %38, 512
  %42 = icmp eq i64 %37, 10
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
  %43 = icmp slt i64 %k, 32
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
  %55 = mul i64 %54, 32
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
  %65 = mul i64 %64, 32
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
  %75 = mul i64 %74, 32
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
  %85 = mul i64 %84, 32
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
  %97 = mul i64 %94, 32
  %98 = add i64 %97, %95
  %99 = add i64 %35, %98
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %96, <8 x float>* %101, align 4
  %102 = add i64 %39, 1
  %103 = add i64 %40, 0
  %104 = load <8 x float>, <8 x float>* %25, align 32
  %105 = mul i64 %102, 32
  %106 = add i64 %105, %103
  %107 = add i64 %35, %106
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %104, <8 x float>* %109, align 4
  %110 = add i64 %39, 2
  %111 = add i64 %40, 0
  %112 = load <8 x float>, <8 x float>* %24, align 32
  %113 = mul i64 %110, 32
  %114 = add i64 %113, %111
  %115 = add i64 %35, %114
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %112, <8 x float>* %117, align 4
  %118 = add i64 %39, 3
  %119 = add i64 %40, 0
  %120 = load <8 x float>, <8 x float>* %23, align 32
  %121 = mul i64 %118, 32
  %122 = add i64 %121, %119
  %123 = add i64 %35, %122
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %120, <8 x float>* %125, align 4
  %126 = add i64 %39, 0
  %127 = add i64 %40, 8
  %128 = load <8 x float>, <8 x float>* %22, align 32
  %129 = mul i64 %126, 32
  %130 = add i64 %129, %127
  %131 = add i64 %35, %130
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %128, <8 x float>* %133, align 4
  %134 = add i64 %39, 1
  %135 = add i64 %40, 8
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = mul i64 %134, 32
  %138 = add i64 %137, %135
  %139 = add i64 %35, %138
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %136, <8 x float>* %141, align 4
  %142 = add i64 %39, 2
  %143 = add i64 %40, 8
  %144 = load <8 x float>, <8 x float>* %20, align 32
  %145 = mul i64 %142, 32
  %146 = add i64 %145, %143
  %147 = add i64 %35, %146
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %144, <8 x float>* %149, align 4
  %150 = add i64 %39, 3
  %151 = add i64 %40, 8
  %152 = load <8 x float>, <8 x float>* %19, align 32
  %153 = mul i64 %150, 32
  %154 = add i64 %153, %151
  %155 = add i64 %35, %154
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %152, <8 x float>* %157, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %158 = icmp slt i64 %k7, 32
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
  %170 = mul i64 %169, 32
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
  %180 = mul i64 %179, 32
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
  %190 = mul i64 %189, 32
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
  %200 = mul i64 %199, 32
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
  %210 = mul i64 %209, 32
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
  %220 = mul i64 %219, 32
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
  %232 = mul i64 %229, 32
  %233 = add i64 %232, %230
  %234 = add i64 %35, %233
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  store <8 x float> %231, <8 x float>* %236, align 4
  %237 = add i64 %39, 1
  %238 = add i64 %40, 0
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = mul i64 %237, 32
  %241 = add i64 %240, %238
  %242 = add i64 %35, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %239, <8 x float>* %244, align 4
  %245 = add i64 %39, 2
  %246 = add i64 %40, 0
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = mul i64 %245, 32
  %249 = add i64 %248, %246
  %250 = add i64 %35, %249
  %251 = getelementptr inbounds float, float* %2, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %247, <8 x float>* %252, align 4
  %253 = add i64 %39, 3
  %254 = add i64 %40, 0
  %255 = load <8 x float>, <8 x float>* %15, align 32
  %256 = mul i64 %253, 32
  %257 = add i64 %256, %254
  %258 = add i64 %35, %257
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  store <8 x float> %255, <8 x float>* %260, align 4
  %261 = add i64 %39, 4
  %262 = add i64 %40, 0
  %263 = load <8 x float>, <8 x float>* %14, align 32
  %264 = mul i64 %261, 32
  %265 = add i64 %264, %262
  %266 = add i64 %35, %265
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %263, <8 x float>* %268, align 4
  %269 = add i64 %39, 5
  %270 = add i64 %40, 0
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = mul i64 %269, 32
  %273 = add i64 %272, %270
  %274 = add i64 %35, %273
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %271, <8 x float>* %276, align 4
  %277 = add i64 %39, 0
  %278 = add i64 %40, 8
  %279 = load <8 x float>, <8 x float>* %12, align 32
  %280 = mul i64 %277, 32
  %281 = add i64 %280, %278
  %282 = add i64 %35, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %279, <8 x float>* %284, align 4
  %285 = add i64 %39, 1
  %286 = add i64 %40, 8
  %287 = load <8 x float>, <8 x float>* %11, align 32
  %288 = mul i64 %285, 32
  %289 = add i64 %288, %286
  %290 = add i64 %35, %289
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %287, <8 x float>* %292, align 4
  %293 = add i64 %39, 2
  %294 = add i64 %40, 8
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = mul i64 %293, 32
  %297 = add i64 %296, %294
  %298 = add i64 %35, %297
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  store <8 x float> %295, <8 x float>* %300, align 4
  %301 = add i64 %39, 3
  %302 = add i64 %40, 8
  %303 = load <8 x float>, <8 x float>* %9, align 32
  %304 = mul i64 %301, 32
  %305 = add i64 %304, %302
  %306 = add i64 %35, %305
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %303, <8 x float>* %308, align 4
  %309 = add i64 %39, 4
  %310 = add i64 %40, 8
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %309, 32
  %313 = add i64 %312, %310
  %314 = add i64 %35, %313
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %311, <8 x float>* %316, align 4
  %317 = add i64 %39, 5
  %318 = add i64 %40, 8
  %319 = load <8 x float>, <8 x float>* %7, align 32
  %320 = mul i64 %317, 32
  %321 = add i64 %320, %318
  %322 = add i64 %35, %321
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %319, <8 x float>* %324, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step2(i8* %0) #3 {
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
  %22 = add i64 792, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 792
  %26 = select i1 %25, i64 %24, i64 792
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 792
  %29 = select i1 %28, i64 %27, i64 792
  call void @node1.conv2d_2.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.conv2d_2.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %5, %entry ], [ %task.next, %endif ]
  %7 = icmp slt i64 %task, %6
  br i1 %7, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %8 = srem i64 %task, 8
  %9 = sdiv i64 %task, 8
  %10 = srem i64 %9, 8
  %11 = sdiv i64 %task, 64
  %12 = mul i64 %11, 4
  %13 = mul i64 %12, 7200
  %14 = mul i64 %10, 120
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 32
  %20 = add i64 110720, %19
  %21 = icmp eq i64 %10, 7
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = icmp eq i64 %8, 7
  br i1 %22, label %then1, label %else2

else:                                             ; preds = %task.body
  %23 = icmp eq i64 %8, 7
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
  %24 = icmp slt i64 %block, 4
  br i1 %24, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %25 = mul i64 %block, 8
  %26 = add i64 %20, %25
  %27 = add i64 %26, 0
  %28 = getelementptr inbounds float, float* %2, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = add i64 %26, 2048
  %32 = getelementptr inbounds float, float* %2, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  %35 = add i64 %26, 4096
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %26, 6144
  %40 = getelementptr inbounds float, float* %2, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = add i64 %26, 8192
  %44 = getelementptr inbounds float, float* %2, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = add i64 %26, 10240
  %48 = getelementptr inbounds float, float* %2, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = add i64 %26, 12288
  %52 = getelementptr inbounds float, float* %2, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 %26, 14336
  %56 = getelementptr inbounds float, float* %2, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = add i64 %26, 16384
  %60 = getelementptr inbounds float, float* %2, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = add i64 %26, 18432
  %64 = getelementptr inbounds float, float* %2, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = add i64 %26, 20480
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %26, 22528
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = add i64 %26, 24576
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = add i64 %26, 26624
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = add i64 %26, 28672
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = add i64 %26, 30720
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = add i64 %26, 32768
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %26, 34816
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %26, 36864
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = add i64 %26, 38912
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = add i64 %26, 40960
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %26, 43008
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %26, 45056
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %26, 47104
  %120 = getelementptr inbounds float, float* %2, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %26, 49152
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %26, 51200
  %128 = getelementptr inbounds float, float* %2, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %26, 53248
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = add i64 %26, 55296
  %136 = getelementptr inbounds float, float* %2, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 %26, 57344
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %26, 59392
  %144 = getelementptr inbounds float, float* %2, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %26, 61440
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %26, 63488
  %152 = getelementptr inbounds float, float* %2, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %26, 65536
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = add i64 %26, 67584
  %160 = getelementptr inbounds float, float* %2, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  %162 = load <8 x float>, <8 x float>* %161, align 4
  %163 = add i64 %26, 69632
  %164 = getelementptr inbounds float, float* %2, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %26, 71680
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
  %235 = mul i64 %block, 7200
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
  %253 = add i64 %236, 240
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
  %275 = add i64 %236, 248
  %276 = fadd <8 x float> %265, %234
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %275
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !5

block.exit:                                       ; preds = %block.header
  br label %endif3

block.header4:                                    ; preds = %block.body5, %else2
  %block7 = phi i64 [ 0, %else2 ], [ %block.next8, %block.body5 ]
  %281 = icmp slt i64 %block7, 4
  br i1 %281, label %block.body5, label %block.exit6

block.body5:                                      ; preds = %block.header4
  %282 = mul i64 %block7, 8
  %283 = add i64 %20, %282
  %284 = add i64 %283, 0
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  %287 = load <8 x float>, <8 x float>* %286, align 4
  %288 = add i64 %283, 2048
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = bitcast float* %289 to <8 x float>*
  %291 = load <8 x float>, <8 x float>* %290, align 4
  %292 = add i64 %283, 4096
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = add i64 %283, 6144
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = add i64 %283, 8192
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 %283, 10240
  %305 = getelementptr inbounds float, float* %2, i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %283, 12288
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %283, 14336
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  %315 = load <8 x float>, <8 x float>* %314, align 4
  %316 = add i64 %283, 16384
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = add i64 %283, 18432
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  %323 = load <8 x float>, <8 x float>* %322, align 4
  %324 = add i64 %283, 20480
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  %328 = add i64 %283, 22528
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = add i64 %283, 24576
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = add i64 %283, 26624
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = add i64 %283, 28672
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %283, 30720
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %283, 32768
  %349 = getelementptr inbounds float, float* %2, i64 %348
  %350 = bitcast float* %349 to <8 x float>*
  %351 = load <8 x float>, <8 x float>* %350, align 4
  %352 = add i64 %283, 34816
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  %355 = load <8 x float>, <8 x float>* %354, align 4
  %356 = add i64 %283, 36864
  %357 = getelementptr inbounds float, float* %2, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = add i64 %283, 38912
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %283, 40960
  %365 = getelementptr inbounds float, float* %2, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %283, 43008
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  %371 = load <8 x float>, <8 x float>* %370, align 4
  %372 = add i64 %283, 45056
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  %375 = load <8 x float>, <8 x float>* %374, align 4
  %376 = add i64 %283, 47104
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  %379 = load <8 x float>, <8 x float>* %378, align 4
  %380 = add i64 %283, 49152
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  %383 = load <8 x float>, <8 x float>* %382, align 4
  %384 = add i64 %283, 51200
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = add i64 %283, 53248
  %389 = getelementptr inbounds float, float* %2, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %283, 55296
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = load <8 x float>, <8 x float>* %394, align 4
  %396 = add i64 %283, 57344
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = add i64 %283, 59392
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %283, 61440
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  %407 = load <8 x float>, <8 x float>* %406, align 4
  %408 = add i64 %283, 63488
  %409 = getelementptr inbounds float, float* %2, i64 %408
  %410 = bitcast float* %409 to <8 x float>*
  %411 = load <8 x float>, <8 x float>* %410, align 4
  %412 = add i64 %283, 65536
  %413 = getelementptr inbounds float, float* %2, i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = add i64 %283, 67584
  %417 = getelementptr inbounds float, float* %2, i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %283, 69632
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = bitcast float* %421 to <8 x float>*
  %423 = load <8 x float>, <8 x float>* %422, align 4
  %424 = add i64 %283, 71680
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
  %492 = mul i64 %block7, 7200
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
  %510 = add i64 %493, 240
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
  %532 = add i64 %493, 248
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
  %554 = add i64 %493, 256
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
  %576 = add i64 %493, 264
  %577 = fadd <8 x float> %566, %491
  %578 = fcmp olt <8 x float> %577, zeroinitializer
  %579 = select <8 x i1> %578, <8 x float> zeroinitializer, <8 x float> %577
  %580 = getelementptr inbounds float, float* %0, i64 %576
  %581 = bitcast float* %580 to <8 x float>*
  store <8 x float> %579, <8 x float>* %581, align 4
  %block.next8 = add i64 %block7, 1
  br label %block.header4, !llvm.loop !6

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
  %582 = icmp slt i64 %block15, 4
  br i1 %582, label %block.body13, label %block.exit14

block.body13:                                     ; preds = %block.header12
  %583 = mul i64 %block15, 8
  %584 = add i64 %20, %583
  %585 = add i64 %584, 0
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %584, 2048
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %584, 4096
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = add i64 %584, 6144
  %598 = getelementptr inbounds float, float* %2, i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = add i64 %584, 8192
  %602 = getelementptr inbounds float, float* %2, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  %604 = load <8 x float>, <8 x float>* %603, align 4
  %605 = add i64 %584, 10240
  %606 = getelementptr inbounds float, float* %2, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = add i64 %584, 12288
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = add i64 %584, 14336
  %614 = getelementptr inbounds float, float* %2, i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = add i64 %584, 16384
  %618 = getelementptr inbounds float, float* %2, i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  %621 = add i64 %584, 18432
  %622 = getelementptr inbounds float, float* %2, i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = add i64 %584, 20480
  %626 = getelementptr inbounds float, float* %2, i64 %625
  %627 = bitcast float* %626 to <8 x float>*
  %628 = load <8 x float>, <8 x float>* %627, align 4
  %629 = add i64 %584, 22528
  %630 = getelementptr inbounds float, float* %2, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = add i64 %584, 24576
  %634 = getelementptr inbounds float, float* %2, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %584, 26624
  %638 = getelementptr inbounds float, float* %2, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = add i64 %584, 28672
  %642 = getelementptr inbounds float, float* %2, i64 %641
  %643 = bitcast float* %642 to <8 x float>*
  %644 = load <8 x float>, <8 x float>* %643, align 4
  %645 = add i64 %584, 30720
  %646 = getelementptr inbounds float, float* %2, i64 %645
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = add i64 %584, 32768
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = add i64 %584, 34816
  %654 = getelementptr inbounds float, float* %2, i64 %653
  %655 = bitcast float* %654 to <8 x float>*
  %656 = load <8 x float>, <8 x float>* %655, align 4
  %657 = add i64 %584, 36864
  %658 = getelementptr inbounds float, float* %2, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %584, 38912
  %662 = getelementptr inbounds float, float* %2, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %584, 40960
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = add i64 %584, 43008
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %584, 45056
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %584, 47104
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %584, 49152
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %584, 51200
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %584, 53248
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %584, 55296
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %584, 57344
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = add i64 %584, 59392
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %584, 61440
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %584, 63488
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = add i64 %584, 65536
  %714 = getelementptr inbounds float, float* %2, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %584, 67584
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %584, 69632
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %584, 71680
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
  %793 = mul i64 %block15, 7200
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
  %811 = add i64 %794, 240
  %812 = fadd <8 x float> %801, %792
  %813 = fcmp olt <8 x float> %812, zeroinitializer
  %814 = select <8 x i1> %813, <8 x float> zeroinitializer, <8 x float> %812
  %815 = getelementptr inbounds float, float* %0, i64 %811
  %816 = bitcast float* %815 to <8 x float>*
  store <8 x float> %814, <8 x float>* %816, align 4
  %817 = add i64 %794, 480
  %818 = fadd <8 x float> %802, %792
  %819 = fcmp olt <8 x float> %818, zeroinitializer
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> %818
  %821 = getelementptr inbounds float, float* %0, i64 %817
  %822 = bitcast float* %821 to <8 x float>*
  store <8 x float> %820, <8 x float>* %822, align 4
  %823 = add i64 %794, 720
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
  %845 = add i64 %794, 248
  %846 = fadd <8 x float> %835, %792
  %847 = fcmp olt <8 x float> %846, zeroinitializer
  %848 = select <8 x i1> %847, <8 x float> zeroinitializer, <8 x float> %846
  %849 = getelementptr inbounds float, float* %0, i64 %845
  %850 = bitcast float* %849 to <8 x float>*
  store <8 x float> %848, <8 x float>* %850, align 4
  %851 = add i64 %794, 488
  %852 = fadd <8 x float> %836, %792
  %853 = fcmp olt <8 x float> %852, zeroinitializer
  %854 = select <8 x i1> %853, <8 x float> zeroinitializer, <8 x float> %852
  %855 = getelementptr inbounds float, float* %0, i64 %851
  %856 = bitcast float* %855 to <8 x float>*
  store <8 x float> %854, <8 x float>* %856, align 4
  %857 = add i64 %794, 728
  %858 = fadd <8 x float> %838, %792
  %859 = fcmp olt <8 x float> %858, zeroinitializer
  %860 = select <8 x i1> %859, <8 x float> zeroinitializer, <8 x float> %858
  %861 = getelementptr inbounds float, float* %0, i64 %857
  %862 = bitcast float* %861 to <8 x float>*
  store <8 x float> %860, <8 x float>* %862, align 4
  %block.next16 = add i64 %block15, 1
  br label %block.header12, !llvm.loop !7

block.exit14:                                     ; preds = %block.header12
  br label %endif11

block.header17:                                   ; preds = %block.body18, %else10
  %block20 = phi i64 [ 0, %else10 ], [ %block.next21, %block.body18 ]
  %863 = icmp slt i64 %block20, 4
  br i1 %863, label %block.body18, label %block.exit19

block.body18:                                     ; preds = %block.header17
  %864 = mul i64 %block20, 8
  %865 = add i64 %20, %864
  %866 = add i64 %865, 0
  %867 = getelementptr inbounds float, float* %2, i64 %866
  %868 = bitcast float* %867 to <8 x float>*
  %869 = load <8 x float>, <8 x float>* %868, align 4
  %870 = add i64 %865, 2048
  %871 = getelementptr inbounds float, float* %2, i64 %870
  %872 = bitcast float* %871 to <8 x float>*
  %873 = load <8 x float>, <8 x float>* %872, align 4
  %874 = add i64 %865, 4096
  %875 = getelementptr inbounds float, float* %2, i64 %874
  %876 = bitcast float* %875 to <8 x float>*
  %877 = load <8 x float>, <8 x float>* %876, align 4
  %878 = add i64 %865, 6144
  %879 = getelementptr inbounds float, float* %2, i64 %878
  %880 = bitcast float* %879 to <8 x float>*
  %881 = load <8 x float>, <8 x float>* %880, align 4
  %882 = add i64 %865, 8192
  %883 = getelementptr inbounds float, float* %2, i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = add i64 %865, 10240
  %887 = getelementptr inbounds float, float* %2, i64 %886
  %888 = bitcast float* %887 to <8 x float>*
  %889 = load <8 x float>, <8 x float>* %888, align 4
  %890 = add i64 %865, 12288
  %891 = getelementptr inbounds float, float* %2, i64 %890
  %892 = bitcast float* %891 to <8 x float>*
  %893 = load <8 x float>, <8 x float>* %892, align 4
  %894 = add i64 %865, 14336
  %895 = getelementptr inbounds float, float* %2, i64 %894
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = add i64 %865, 16384
  %899 = getelementptr inbounds float, float* %2, i64 %898
  %900 = bitcast float* %899 to <8 x float>*
  %901 = load <8 x float>, <8 x float>* %900, align 4
  %902 = add i64 %865, 18432
  %903 = getelementptr inbounds float, float* %2, i64 %902
  %904 = bitcast float* %903 to <8 x float>*
  %905 = load <8 x float>, <8 x float>* %904, align 4
  %906 = add i64 %865, 20480
  %907 = getelementptr inbounds float, float* %2, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = add i64 %865, 22528
  %911 = getelementptr inbounds float, float* %2, i64 %910
  %912 = bitcast float* %911 to <8 x float>*
  %913 = load <8 x float>, <8 x float>* %912, align 4
  %914 = add i64 %865, 24576
  %915 = getelementptr inbounds float, float* %2, i64 %914
  %916 = bitcast float* %915 to <8 x float>*
  %917 = load <8 x float>, <8 x float>* %916, align 4
  %918 = add i64 %865, 26624
  %919 = getelementptr inbounds float, float* %2, i64 %918
  %920 = bitcast float* %919 to <8 x float>*
  %921 = load <8 x float>, <8 x float>* %920, align 4
  %922 = add i64 %865, 28672
  %923 = getelementptr inbounds float, float* %2, i64 %922
  %924 = bitcast float* %923 to <8 x float>*
  %925 = load <8 x float>, <8 x float>* %924, align 4
  %926 = add i64 %865, 30720
  %927 = getelementptr inbounds float, float* %2, i64 %926
  %928 = bitcast float* %927 to <8 x float>*
  %929 = load <8 x float>, <8 x float>* %928, align 4
  %930 = add i64 %865, 32768
  %931 = getelementptr inbounds float, float* %2, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %865, 34816
  %935 = getelementptr inbounds float, float* %2, i64 %934
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = add i64 %865, 36864
  %939 = getelementptr inbounds float, float* %2, i64 %938
  %940 = bitcast float* %939 to <8 x float>*
  %941 = load <8 x float>, <8 x float>* %940, align 4
  %942 = add i64 %865, 38912
  %943 = getelementptr inbounds float, float* %2, i64 %942
  %944 = bitcast float* %943 to <8 x float>*
  %945 = load <8 x float>, <8 x float>* %944, align 4
  %946 = add i64 %865, 40960
  %947 = getelementptr inbounds float, float* %2, i64 %946
  %948 = bitcast float* %947 to <8 x float>*
  %949 = load <8 x float>, <8 x float>* %948, align 4
  %950 = add i64 %865, 43008
  %951 = getelementptr inbounds float, float* %2, i64 %950
  %952 = bitcast float* %951 to <8 x float>*
  %953 = load <8 x float>, <8 x float>* %952, align 4
  %954 = add i64 %865, 45056
  %955 = getelementptr inbounds float, float* %2, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %865, 47104
  %959 = getelementptr inbounds float, float* %2, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  %961 = load <8 x float>, <8 x float>* %960, align 4
  %962 = add i64 %865, 49152
  %963 = getelementptr inbounds float, float* %2, i64 %962
  %964 = bitcast float* %963 to <8 x float>*
  %965 = load <8 x float>, <8 x float>* %964, align 4
  %966 = add i64 %865, 51200
  %967 = getelementptr inbounds float, float* %2, i64 %966
  %968 = bitcast float* %967 to <8 x float>*
  %969 = load <8 x float>, <8 x float>* %968, align 4
  %970 = add i64 %865, 53248
  %971 = getelementptr inbounds float, float* %2, i64 %970
  %972 = bitcast float* %971 to <8 x float>*
  %973 = load <8 x float>, <8 x float>* %972, align 4
  %974 = add i64 %865, 55296
  %975 = getelementptr inbounds float, float* %2, i64 %974
  %976 = bitcast float* %975 to <8 x float>*
  %977 = load <8 x float>, <8 x float>* %976, align 4
  %978 = add i64 %865, 57344
  %979 = getelementptr inbounds float, float* %2, i64 %978
  %980 = bitcast float* %979 to <8 x float>*
  %981 = load <8 x float>, <8 x float>* %980, align 4
  %982 = add i64 %865, 59392
  %983 = getelementptr inbounds float, float* %2, i64 %982
  %984 = bitcast float* %983 to <8 x float>*
  %985 = load <8 x float>, <8 x float>* %984, align 4
  %986 = add i64 %865, 61440
  %987 = getelementptr inbounds float, float* %2, i64 %986
  %988 = bitcast float* %987 to <8 x float>*
  %989 = load <8 x float>, <8 x float>* %988, align 4
  %990 = add i64 %865, 63488
  %991 = getelementptr inbounds float, float* %2, i64 %990
  %992 = bitcast float* %991 to <8 x float>*
  %993 = load <8 x float>, <8 x float>* %992, align 4
  %994 = add i64 %865, 65536
  %995 = getelementptr inbounds float, float* %2, i64 %994
  %996 = bitcast float* %995 to <8 x float>*
  %997 = load <8 x float>, <8 x float>* %996, align 4
  %998 = add i64 %865, 67584
  %999 = getelementptr inbounds float, float* %2, i64 %998
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = add i64 %865, 69632
  %1003 = getelementptr inbounds float, float* %2, i64 %1002
  %1004 = bitcast float* %1003 to <8 x float>*
  %1005 = load <8 x float>, <8 x float>* %1004, align 4
  %1006 = add i64 %865, 71680
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
  %1074 = mul i64 %block20, 7200
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
  %1092 = add i64 %1075, 240
  %1093 = fadd <8 x float> %1082, %1073
  %1094 = fcmp olt <8 x float> %1093, zeroinitializer
  %1095 = select <8 x i1> %1094, <8 x float> zeroinitializer, <8 x float> %1093
  %1096 = getelementptr inbounds float, float* %0, i64 %1092
  %1097 = bitcast float* %1096 to <8 x float>*
  store <8 x float> %1095, <8 x float>* %1097, align 4
  %1098 = add i64 %1075, 480
  %1099 = fadd <8 x float> %1083, %1073
  %1100 = fcmp olt <8 x float> %1099, zeroinitializer
  %1101 = select <8 x i1> %1100, <8 x float> zeroinitializer, <8 x float> %1099
  %1102 = getelementptr inbounds float, float* %0, i64 %1098
  %1103 = bitcast float* %1102 to <8 x float>*
  store <8 x float> %1101, <8 x float>* %1103, align 4
  %1104 = add i64 %1075, 720
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
  %1126 = add i64 %1075, 248
  %1127 = fadd <8 x float> %1116, %1073
  %1128 = fcmp olt <8 x float> %1127, zeroinitializer
  %1129 = select <8 x i1> %1128, <8 x float> zeroinitializer, <8 x float> %1127
  %1130 = getelementptr inbounds float, float* %0, i64 %1126
  %1131 = bitcast float* %1130 to <8 x float>*
  store <8 x float> %1129, <8 x float>* %1131, align 4
  %1132 = add i64 %1075, 488
  %1133 = fadd <8 x float> %1117, %1073
  %1134 = fcmp olt <8 x float> %1133, zeroinitializer
  %1135 = select <8 x i1> %1134, <8 x float> zeroinitializer, <8 x float> %1133
  %1136 = getelementptr inbounds float, float* %0, i64 %1132
  %1137 = bitcast float* %1136 to <8 x float>*
  store <8 x float> %1135, <8 x float>* %1137, align 4
  %1138 = add i64 %1075, 728
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
  %1160 = add i64 %1075, 256
  %1161 = fadd <8 x float> %1150, %1073
  %1162 = fcmp olt <8 x float> %1161, zeroinitializer
  %1163 = select <8 x i1> %1162, <8 x float> zeroinitializer, <8 x float> %1161
  %1164 = getelementptr inbounds float, float* %0, i64 %1160
  %1165 = bitcast float* %1164 to <8 x float>*
  store <8 x float> %1163, <8 x float>* %1165, align 4
  %1166 = add i64 %1075, 496
  %1167 = fadd <8 x float> %1151, %1073
  %1168 = fcmp olt <8 x float> %1167, zeroinitializer
  %1169 = select <8 x i1> %1168, <8 x float> zeroinitializer, <8 x float> %1167
  %1170 = getelementptr inbounds float, float* %0, i64 %1166
  %1171 = bitcast float* %1170 to <8 x float>*
  store <8 x float> %1169, <8 x float>* %1171, align 4
  %1172 = add i64 %1075, 736
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
  %1194 = add i64 %1075, 264
  %1195 = fadd <8 x float> %1184, %1073
  %1196 = fcmp olt <8 x float> %1195, zeroinitializer
  %1197 = select <8 x i1> %1196, <8 x float> zeroinitializer, <8 x float> %1195
  %1198 = getelementptr inbounds float, float* %0, i64 %1194
  %1199 = bitcast float* %1198 to <8 x float>*
  store <8 x float> %1197, <8 x float>* %1199, align 4
  %1200 = add i64 %1075, 504
  %1201 = fadd <8 x float> %1185, %1073
  %1202 = fcmp olt <8 x float> %1201, zeroinitializer
  %1203 = select <8 x i1> %1202, <8 x float> zeroinitializer, <8 x float> %1201
  %1204 = getelementptr inbounds float, float* %0, i64 %1200
  %1205 = bitcast float* %1204 to <8 x float>*
  store <8 x float> %1203, <8 x float>* %1205, align 4
  %1206 = add i64 %1075, 744
  %1207 = fadd <8 x float> %1187, %1073
  %1208 = fcmp olt <8 x float> %1207, zeroinitializer
  %1209 = select <8 x i1> %1208, <8 x float> zeroinitializer, <8 x float> %1207
  %1210 = getelementptr inbounds float, float* %0, i64 %1206
  %1211 = bitcast float* %1210 to <8 x float>*
  store <8 x float> %1209, <8 x float>* %1211, align 4
  %block.next21 = add i64 %block20, 1
  br label %block.header17, !llvm.loop !8

block.exit19:                                     ; preds = %block.header17
  br label %endif11
}

; Function Attrs: nounwind
define internal void @node1.conv2d_2.step3(i8* %0) #3 {
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
  %22 = add i64 64, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 64
  %26 = select i1 %25, i64 %24, i64 64
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 64
  %29 = select i1 %28, i64 %27, i64 64
  call void @node1.conv2d_2.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
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
  %8 = sdiv i64 %task, 15
  %9 = srem i64 %task, 15
  %10 = mul i64 %8, 7200
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 15
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 120
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 30
  %22 = select i1 %21, i64 %20, i64 30
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 30
  %25 = select i1 %24, i64 %23, i64 30
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 15
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 30
  %34 = select i1 %33, i64 %32, i64 30
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 30
  %37 = select i1 %36, i64 %35, i64 30
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
  %45 = mul i64 %r, 30
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
  %11 = mul i64 %10, 4
  %12 = mul i64 %11, 2592
  %13 = mul i64 %9, 72
  %14 = mul i64 %7, 4
  %15 = add i64 %13, %14
  %16 = mul i64 %15, 8
  %17 = add i64 %12, %16
  %18 = mul i64 %task, 32
  br label %unit.header

task.exit:                                        ; preds = %task.header
  ret void

unit.header:                                      ; preds = %unit.body, %task.body
  %unit = phi i64 [ 0, %task.body ], [ %unit.next, %unit.body ]
  %19 = icmp slt i64 %unit, 4
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
  %287 = add i64 10368, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 10880, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 11392, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 11904, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 12416, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 12928, %269
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
  %322 = add i64 13440, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 13952, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 14464, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 14976, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 15488, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 16000, %269
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
  %357 = add i64 16512, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 17024, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 17536, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 18048, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 18560, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 19072, %269
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
  %392 = add i64 19584, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 20096, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 20608, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 21120, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 21632, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 22144, %269
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
  %427 = add i64 22656, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 23168, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 23680, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 24192, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 24704, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 25216, %269
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
  %462 = add i64 25728, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 26240, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 26752, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 27264, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 27776, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 28288, %269
  %478 = getelementptr inbounds float, float* %2, i64 %477
  %479 = bitcast float* %478 to <8 x float>*
  store <8 x float> %461, <8 x float>* %479, align 4
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !9

unit.exit:                                        ; preds = %unit.header
  %task.next = add i64 %task, 1
  br label %task.header
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
  call void @node3.conv2d_3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
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
  %28 = sdiv i64 %task, 12
  %29 = mul i64 %28, 512
  %30 = add i64 10368, %29
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = mul i64 %28, 2048
  %33 = getelementptr inbounds float, float* %4, i64 %32
  %34 = mul i64 %28, 1024
  %35 = add i64 28800, %34
  %36 = srem i64 %task, 12
  %37 = sdiv i64 %36, 4
  %38 = srem i64 %36, 4
  %39 = mul i64 %37, 6
  %40 = mul i64 %38, 16
  %41 = mul i64 %38, 512
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
  %43 = icmp slt i64 %k, 32
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
  %55 = mul i64 %54, 32
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
  %65 = mul i64 %64, 32
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
  %75 = mul i64 %74, 32
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
  %85 = mul i64 %84, 32
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
  %97 = mul i64 %94, 64
  %98 = add i64 %97, %95
  %99 = add i64 %35, %98
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %96, <8 x float>* %101, align 4
  %102 = add i64 %39, 1
  %103 = add i64 %40, 0
  %104 = load <8 x float>, <8 x float>* %25, align 32
  %105 = mul i64 %102, 64
  %106 = add i64 %105, %103
  %107 = add i64 %35, %106
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %104, <8 x float>* %109, align 4
  %110 = add i64 %39, 2
  %111 = add i64 %40, 0
  %112 = load <8 x float>, <8 x float>* %24, align 32
  %113 = mul i64 %110, 64
  %114 = add i64 %113, %111
  %115 = add i64 %35, %114
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %112, <8 x float>* %117, align 4
  %118 = add i64 %39, 3
  %119 = add i64 %40, 0
  %120 = load <8 x float>, <8 x float>* %23, align 32
  %121 = mul i64 %118, 64
  %122 = add i64 %121, %119
  %123 = add i64 %35, %122
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %120, <8 x float>* %125, align 4
  %126 = add i64 %39, 0
  %127 = add i64 %40, 8
  %128 = load <8 x float>, <8 x float>* %22, align 32
  %129 = mul i64 %126, 64
  %130 = add i64 %129, %127
  %131 = add i64 %35, %130
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %128, <8 x float>* %133, align 4
  %134 = add i64 %39, 1
  %135 = add i64 %40, 8
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = mul i64 %134, 64
  %138 = add i64 %137, %135
  %139 = add i64 %35, %138
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %136, <8 x float>* %141, align 4
  %142 = add i64 %39, 2
  %143 = add i64 %40, 8
  %144 = load <8 x float>, <8 x float>* %20, align 32
  %145 = mul i64 %142, 64
  %146 = add i64 %145, %143
  %147 = add i64 %35, %146
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %144, <8 x float>* %149, align 4
  %150 = add i64 %39, 3
  %151 = add i64 %40, 8
  %152 = load <8 x float>, <8 x float>* %19, align 32
  %153 = mul i64 %150, 64
  %154 = add i64 %153, %151
  %155 = add i64 %35, %154
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  store <8 x float> %152, <8 x float>* %157, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %158 = icmp slt i64 %k7, 32
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
  %170 = mul i64 %169, 32
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
  %180 = mul i64 %179, 32
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
  %190 = mul i64 %189, 32
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
  %200 = mul i64 %199, 32
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
  %210 = mul i64 %209, 32
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
  %220 = mul i64 %219, 32
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
  %232 = mul i64 %229, 64
  %233 = add i64 %232, %230
  %234 = add i64 %35, %233
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  store <8 x float> %231, <8 x float>* %236, align 4
  %237 = add i64 %39, 1
  %238 = add i64 %40, 0
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = mul i64 %237, 64
  %241 = add i64 %240, %238
  %242 = add i64 %35, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %239, <8 x float>* %244, align 4
  %245 = add i64 %39, 2
  %246 = add i64 %40, 0
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = mul i64 %245, 64
  %249 = add i64 %248, %246
  %250 = add i64 %35, %249
  %251 = getelementptr inbounds float, float* %2, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %247, <8 x float>* %252, align 4
  %253 = add i64 %39, 3
  %254 = add i64 %40, 0
  %255 = load <8 x float>, <8 x float>* %15, align 32
  %256 = mul i64 %253, 64
  %257 = add i64 %256, %254
  %258 = add i64 %35, %257
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  store <8 x float> %255, <8 x float>* %260, align 4
  %261 = add i64 %39, 4
  %262 = add i64 %40, 0
  %263 = load <8 x float>, <8 x float>* %14, align 32
  %264 = mul i64 %261, 64
  %265 = add i64 %264, %262
  %266 = add i64 %35, %265
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %263, <8 x float>* %268, align 4
  %269 = add i64 %39, 5
  %270 = add i64 %40, 0
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = mul i64 %269, 64
  %273 = add i64 %272, %270
  %274 = add i64 %35, %273
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %271, <8 x float>* %276, align 4
  %277 = add i64 %39, 0
  %278 = add i64 %40, 8
  %279 = load <8 x float>, <8 x float>* %12, align 32
  %280 = mul i64 %277, 64
  %281 = add i64 %280, %278
  %282 = add i64 %35, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %279, <8 x float>* %284, align 4
  %285 = add i64 %39, 1
  %286 = add i64 %40, 8
  %287 = load <8 x float>, <8 x float>* %11, align 32
  %288 = mul i64 %285, 64
  %289 = add i64 %288, %286
  %290 = add i64 %35, %289
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %287, <8 x float>* %292, align 4
  %293 = add i64 %39, 2
  %294 = add i64 %40, 8
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = mul i64 %293, 64
  %297 = add i64 %296, %294
  %298 = add i64 %35, %297
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  store <8 x float> %295, <8 x float>* %300, align 4
  %301 = add i64 %39, 3
  %302 = add i64 %40, 8
  %303 = load <8 x float>, <8 x float>* %9, align 32
  %304 = mul i64 %301, 64
  %305 = add i64 %304, %302
  %306 = add i64 %35, %305
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %303, <8 x float>* %308, align 4
  %309 = add i64 %39, 4
  %310 = add i64 %40, 8
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %309, 64
  %313 = add i64 %312, %310
  %314 = add i64 %35, %313
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %311, <8 x float>* %316, align 4
  %317 = add i64 %39, 5
  %318 = add i64 %40, 8
  %319 = load <8 x float>, <8 x float>* %7, align 32
  %320 = mul i64 %317, 64
  %321 = add i64 %320, %318
  %322 = add i64 %35, %321
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %319, <8 x float>* %324, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node3.conv2d_3.step2(i8* %0) #3 {
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
  %22 = add i64 432, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 432
  %26 = select i1 %25, i64 %24, i64 432
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 432
  %29 = select i1 %28, i64 %27, i64 432
  call void @node3.conv2d_3.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.conv2d_3.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
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
  %12 = mul i64 %11, 8
  %13 = mul i64 %12, 1800
  %14 = mul i64 %10, 60
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 64
  %20 = add i64 28800, %19
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
  %24 = icmp slt i64 %block, 8
  br i1 %24, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %25 = mul i64 %block, 8
  %26 = add i64 %20, %25
  %27 = add i64 %26, 0
  %28 = getelementptr inbounds float, float* %2, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = add i64 %26, 1024
  %32 = getelementptr inbounds float, float* %2, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  %35 = add i64 %26, 2048
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %26, 3072
  %40 = getelementptr inbounds float, float* %2, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = add i64 %26, 4096
  %44 = getelementptr inbounds float, float* %2, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = add i64 %26, 5120
  %48 = getelementptr inbounds float, float* %2, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = add i64 %26, 6144
  %52 = getelementptr inbounds float, float* %2, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 %26, 7168
  %56 = getelementptr inbounds float, float* %2, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = add i64 %26, 8192
  %60 = getelementptr inbounds float, float* %2, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = add i64 %26, 9216
  %64 = getelementptr inbounds float, float* %2, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = add i64 %26, 10240
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %26, 11264
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = add i64 %26, 12288
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = add i64 %26, 13312
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = add i64 %26, 14336
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = add i64 %26, 15360
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = add i64 %26, 16384
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %26, 17408
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %26, 18432
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = add i64 %26, 19456
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = add i64 %26, 20480
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %26, 21504
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %26, 22528
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %26, 23552
  %120 = getelementptr inbounds float, float* %2, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %26, 24576
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %26, 25600
  %128 = getelementptr inbounds float, float* %2, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %26, 26624
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = add i64 %26, 27648
  %136 = getelementptr inbounds float, float* %2, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 %26, 28672
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %26, 29696
  %144 = getelementptr inbounds float, float* %2, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %26, 30720
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %26, 31744
  %152 = getelementptr inbounds float, float* %2, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %26, 32768
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = add i64 %26, 33792
  %160 = getelementptr inbounds float, float* %2, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  %162 = load <8 x float>, <8 x float>* %161, align 4
  %163 = add i64 %26, 34816
  %164 = getelementptr inbounds float, float* %2, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %26, 35840
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
  %235 = mul i64 %block, 1800
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
  %253 = add i64 %236, 120
  %254 = fadd <8 x float> %243, %234
  %255 = fcmp olt <8 x float> %254, zeroinitializer
  %256 = select <8 x i1> %255, <8 x float> zeroinitializer, <8 x float> %254
  %257 = getelementptr inbounds float, float* %0, i64 %253
  %258 = bitcast float* %257 to <8 x float>*
  store <8 x float> %256, <8 x float>* %258, align 4
  %259 = add i64 %236, 240
  %260 = fadd <8 x float> %244, %234
  %261 = fcmp olt <8 x float> %260, zeroinitializer
  %262 = select <8 x i1> %261, <8 x float> zeroinitializer, <8 x float> %260
  %263 = getelementptr inbounds float, float* %0, i64 %259
  %264 = bitcast float* %263 to <8 x float>*
  store <8 x float> %262, <8 x float>* %264, align 4
  %265 = fadd <8 x float> %187, %197
  %266 = fsub <8 x float> %187, %197
  %267 = fadd <8 x float> %207, %217
  %268 = fsub <8 x float> %207, %217
  %269 = fadd <8 x float> %177, %265
  %270 = fadd <8 x float> %269, %267
  %271 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %266)
  %272 = call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %265)
  %273 = call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %266)
  %274 = fadd <8 x float> %273, %227
  %275 = add i64 %236, 8
  %276 = fadd <8 x float> %270, %234
  %277 = fcmp olt <8 x float> %276, zeroinitializer
  %278 = select <8 x i1> %277, <8 x float> zeroinitializer, <8 x float> %276
  %279 = getelementptr inbounds float, float* %0, i64 %275
  %280 = bitcast float* %279 to <8 x float>*
  store <8 x float> %278, <8 x float>* %280, align 4
  %281 = add i64 %236, 128
  %282 = fadd <8 x float> %271, %234
  %283 = fcmp olt <8 x float> %282, zeroinitializer
  %284 = select <8 x i1> %283, <8 x float> zeroinitializer, <8 x float> %282
  %285 = getelementptr inbounds float, float* %0, i64 %281
  %286 = bitcast float* %285 to <8 x float>*
  store <8 x float> %284, <8 x float>* %286, align 4
  %287 = add i64 %236, 248
  %288 = fadd <8 x float> %272, %234
  %289 = fcmp olt <8 x float> %288, zeroinitializer
  %290 = select <8 x i1> %289, <8 x float> zeroinitializer, <8 x float> %288
  %291 = getelementptr inbounds float, float* %0, i64 %287
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %290, <8 x float>* %292, align 4
  %293 = fadd <8 x float> %188, %198
  %294 = fsub <8 x float> %188, %198
  %295 = fadd <8 x float> %208, %218
  %296 = fsub <8 x float> %208, %218
  %297 = fadd <8 x float> %178, %293
  %298 = fadd <8 x float> %297, %295
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %294)
  %300 = call <8 x float> @llvm.fma.v8f32(<8 x float> %295, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %293)
  %301 = call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %294)
  %302 = fadd <8 x float> %301, %228
  %303 = add i64 %236, 16
  %304 = fadd <8 x float> %298, %234
  %305 = fcmp olt <8 x float> %304, zeroinitializer
  %306 = select <8 x i1> %305, <8 x float> zeroinitializer, <8 x float> %304
  %307 = getelementptr inbounds float, float* %0, i64 %303
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %306, <8 x float>* %308, align 4
  %309 = add i64 %236, 136
  %310 = fadd <8 x float> %299, %234
  %311 = fcmp olt <8 x float> %310, zeroinitializer
  %312 = select <8 x i1> %311, <8 x float> zeroinitializer, <8 x float> %310
  %313 = getelementptr inbounds float, float* %0, i64 %309
  %314 = bitcast float* %313 to <8 x float>*
  store <8 x float> %312, <8 x float>* %314, align 4
  %315 = add i64 %236, 256
  %316 = fadd <8 x float> %300, %234
  %317 = fcmp olt <8 x float> %316, zeroinitializer
  %318 = select <8 x i1> %317, <8 x float> zeroinitializer, <8 x float> %316
  %319 = getelementptr inbounds float, float* %0, i64 %315
  %320 = bitcast float* %319 to <8 x float>*
  store <8 x float> %318, <8 x float>* %320, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !10

block.exit:                                       ; preds = %block.header
  br label %endif3

block.header4:                                    ; preds = %block.body5, %else2
  %block7 = phi i64 [ 0, %else2 ], [ %block.next8, %block.body5 ]
  %321 = icmp slt i64 %block7, 8
  br i1 %321, label %block.body5, label %block.exit6

block.body5:                                      ; preds = %block.header4
  %322 = mul i64 %block7, 8
  %323 = add i64 %20, %322
  %324 = add i64 %323, 0
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  %328 = add i64 %323, 1024
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = add i64 %323, 2048
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = add i64 %323, 3072
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = add i64 %323, 4096
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %323, 5120
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %323, 6144
  %349 = getelementptr inbounds float, float* %2, i64 %348
  %350 = bitcast float* %349 to <8 x float>*
  %351 = load <8 x float>, <8 x float>* %350, align 4
  %352 = add i64 %323, 7168
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  %355 = load <8 x float>, <8 x float>* %354, align 4
  %356 = add i64 %323, 8192
  %357 = getelementptr inbounds float, float* %2, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = add i64 %323, 9216
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %323, 10240
  %365 = getelementptr inbounds float, float* %2, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %323, 11264
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  %371 = load <8 x float>, <8 x float>* %370, align 4
  %372 = add i64 %323, 12288
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  %375 = load <8 x float>, <8 x float>* %374, align 4
  %376 = add i64 %323, 13312
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  %379 = load <8 x float>, <8 x float>* %378, align 4
  %380 = add i64 %323, 14336
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  %383 = load <8 x float>, <8 x float>* %382, align 4
  %384 = add i64 %323, 15360
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = add i64 %323, 16384
  %389 = getelementptr inbounds float, float* %2, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %323, 17408
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = load <8 x float>, <8 x float>* %394, align 4
  %396 = add i64 %323, 18432
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = add i64 %323, 19456
  %401 = getelementptr inbounds float, float* %2, i64 %400
  %402 = bitcast float* %401 to <8 x float>*
  %403 = load <8 x float>, <8 x float>* %402, align 4
  %404 = add i64 %323, 20480
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  %407 = load <8 x float>, <8 x float>* %406, align 4
  %408 = add i64 %323, 21504
  %409 = getelementptr inbounds float, float* %2, i64 %408
  %410 = bitcast float* %409 to <8 x float>*
  %411 = load <8 x float>, <8 x float>* %410, align 4
  %412 = add i64 %323, 22528
  %413 = getelementptr inbounds float, float* %2, i64 %412
  %414 = bitcast float* %413 to <8 x float>*
  %415 = load <8 x float>, <8 x float>* %414, align 4
  %416 = add i64 %323, 23552
  %417 = getelementptr inbounds float, float* %2, i64 %416
  %418 = bitcast float* %417 to <8 x float>*
  %419 = load <8 x float>, <8 x float>* %418, align 4
  %420 = add i64 %323, 24576
  %421 = getelementptr inbounds float, float* %2, i64 %420
  %422 = bitcast float* %421 to <8 x float>*
  %423 = load <8 x float>, <8 x float>* %422, align 4
  %424 = add i64 %323, 25600
  %425 = getelementptr inbounds float, float* %2, i64 %424
  %426 = bitcast float* %425 to <8 x float>*
  %427 = load <8 x float>, <8 x float>* %426, align 4
  %428 = add i64 %323, 26624
  %429 = getelementptr inbounds float, float* %2, i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  %431 = load <8 x float>, <8 x float>* %430, align 4
  %432 = add i64 %323, 27648
  %433 = getelementptr inbounds float, float* %2, i64 %432
  %434 = bitcast float* %433 to <8 x float>*
  %435 = load <8 x float>, <8 x float>* %434, align 4
  %436 = add i64 %323, 28672
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  %439 = load <8 x float>, <8 x float>* %438, align 4
  %440 = add i64 %323, 29696
  %441 = getelementptr inbounds float, float* %2, i64 %440
  %442 = bitcast float* %441 to <8 x float>*
  %443 = load <8 x float>, <8 x float>* %442, align 4
  %444 = add i64 %323, 30720
  %445 = getelementptr inbounds float, float* %2, i64 %444
  %446 = bitcast float* %445 to <8 x float>*
  %447 = load <8 x float>, <8 x float>* %446, align 4
  %448 = add i64 %323, 31744
  %449 = getelementptr inbounds float, float* %2, i64 %448
  %450 = bitcast float* %449 to <8 x float>*
  %451 = load <8 x float>, <8 x float>* %450, align 4
  %452 = add i64 %323, 32768
  %453 = getelementptr inbounds float, float* %2, i64 %452
  %454 = bitcast float* %453 to <8 x float>*
  %455 = load <8 x float>, <8 x float>* %454, align 4
  %456 = add i64 %323, 33792
  %457 = getelementptr inbounds float, float* %2, i64 %456
  %458 = bitcast float* %457 to <8 x float>*
  %459 = load <8 x float>, <8 x float>* %458, align 4
  %460 = add i64 %323, 34816
  %461 = getelementptr inbounds float, float* %2, i64 %460
  %462 = bitcast float* %461 to <8 x float>*
  %463 = load <8 x float>, <8 x float>* %462, align 4
  %464 = add i64 %323, 35840
  %465 = getelementptr inbounds float, float* %2, i64 %464
  %466 = bitcast float* %465 to <8 x float>*
  %467 = load <8 x float>, <8 x float>* %466, align 4
  %468 = fadd <8 x float> %331, %335
  %469 = fsub <8 x float> %331, %335
  %470 = fadd <8 x float> %339, %343
  %471 = fsub <8 x float> %339, %343
  %472 = fadd <8 x float> %327, %468
  %473 = fadd <8 x float> %472, %470
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %469)
  %475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %470, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %468)
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %469)
  %477 = fadd <8 x float> %476, %347
  %478 = fadd <8 x float> %355, %359
  %479 = fsub <8 x float> %355, %359
  %480 = fadd <8 x float> %363, %367
  %481 = fsub <8 x float> %363, %367
  %482 = fadd <8 x float> %351, %478
  %483 = fadd <8 x float> %482, %480
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %479)
  %485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %478)
  %486 = call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %479)
  %487 = fadd <8 x float> %486, %371
  %488 = fadd <8 x float> %379, %383
  %489 = fsub <8 x float> %379, %383
  %490 = fadd <8 x float> %387, %391
  %491 = fsub <8 x float> %387, %391
  %492 = fadd <8 x float> %375, %488
  %493 = fadd <8 x float> %492, %490
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %491, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %489)
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %488)
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %491, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %489)
  %497 = fadd <8 x float> %496, %395
  %498 = fadd <8 x float> %403, %407
  %499 = fsub <8 x float> %403, %407
  %500 = fadd <8 x float> %411, %415
  %501 = fsub <8 x float> %411, %415
  %502 = fadd <8 x float> %399, %498
  %503 = fadd <8 x float> %502, %500
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %499)
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %498)
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %499)
  %507 = fadd <8 x float> %506, %419
  %508 = fadd <8 x float> %427, %431
  %509 = fsub <8 x float> %427, %431
  %510 = fadd <8 x float> %435, %439
  %511 = fsub <8 x float> %435, %439
  %512 = fadd <8 x float> %423, %508
  %513 = fadd <8 x float> %512, %510
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %509)
  %515 = call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %508)
  %516 = call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %509)
  %517 = fadd <8 x float> %516, %443
  %518 = fadd <8 x float> %451, %455
  %519 = fsub <8 x float> %451, %455
  %520 = fadd <8 x float> %459, %463
  %521 = fsub <8 x float> %459, %463
  %522 = fadd <8 x float> %447, %518
  %523 = fadd <8 x float> %522, %520
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %519)
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %518)
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %519)
  %527 = fadd <8 x float> %526, %467
  %528 = mul i64 %block7, 8
  %529 = getelementptr inbounds float, float* %4, i64 %528
  %530 = bitcast float* %529 to <8 x float>*
  %531 = load <8 x float>, <8 x float>* %530, align 4
  %532 = mul i64 %block7, 1800
  %533 = add i64 %18, %532
  %534 = fadd <8 x float> %483, %493
  %535 = fsub <8 x float> %483, %493
  %536 = fadd <8 x float> %503, %513
  %537 = fsub <8 x float> %503, %513
  %538 = fadd <8 x float> %473, %534
  %539 = fadd <8 x float> %538, %536
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %535)
  %541 = call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %534)
  %542 = call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %535)
  %543 = fadd <8 x float> %542, %523
  %544 = add i64 %533, 0
  %545 = fadd <8 x float> %539, %531
  %546 = fcmp olt <8 x float> %545, zeroinitializer
  %547 = select <8 x i1> %546, <8 x float> zeroinitializer, <8 x float> %545
  %548 = getelementptr inbounds float, float* %0, i64 %544
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %547, <8 x float>* %549, align 4
  %550 = add i64 %533, 120
  %551 = fadd <8 x float> %540, %531
  %552 = fcmp olt <8 x float> %551, zeroinitializer
  %553 = select <8 x i1> %552, <8 x float> zeroinitializer, <8 x float> %551
  %554 = getelementptr inbounds float, float* %0, i64 %550
  %555 = bitcast float* %554 to <8 x float>*
  store <8 x float> %553, <8 x float>* %555, align 4
  %556 = add i64 %533, 240
  %557 = fadd <8 x float> %541, %531
  %558 = fcmp olt <8 x float> %557, zeroinitializer
  %559 = select <8 x i1> %558, <8 x float> zeroinitializer, <8 x float> %557
  %560 = getelementptr inbounds float, float* %0, i64 %556
  %561 = bitcast float* %560 to <8 x float>*
  store <8 x float> %559, <8 x float>* %561, align 4
  %562 = fadd <8 x float> %484, %494
  %563 = fsub <8 x float> %484, %494
  %564 = fadd <8 x float> %504, %514
  %565 = fsub <8 x float> %504, %514
  %566 = fadd <8 x float> %474, %562
  %567 = fadd <8 x float> %566, %564
  %568 = call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %563)
  %569 = call <8 x float> @llvm.fma.v8f32(<8 x float> %564, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %562)
  %570 = call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %563)
  %571 = fadd <8 x float> %570, %524
  %572 = add i64 %533, 8
  %573 = fadd <8 x float> %567, %531
  %574 = fcmp olt <8 x float> %573, zeroinitializer
  %575 = select <8 x i1> %574, <8 x float> zeroinitializer, <8 x float> %573
  %576 = getelementptr inbounds float, float* %0, i64 %572
  %577 = bitcast float* %576 to <8 x float>*
  store <8 x float> %575, <8 x float>* %577, align 4
  %578 = add i64 %533, 128
  %579 = fadd <8 x float> %568, %531
  %580 = fcmp olt <8 x float> %579, zeroinitializer
  %581 = select <8 x i1> %580, <8 x float> zeroinitializer, <8 x float> %579
  %582 = getelementptr inbounds float, float* %0, i64 %578
  %583 = bitcast float* %582 to <8 x float>*
  store <8 x float> %581, <8 x float>* %583, align 4
  %584 = add i64 %533, 248
  %585 = fadd <8 x float> %569, %531
  %586 = fcmp olt <8 x float> %585, zeroinitializer
  %587 = select <8 x i1> %586, <8 x float> zeroinitializer, <8 x float> %585
  %588 = getelementptr inbounds float, float* %0, i64 %584
  %589 = bitcast float* %588 to <8 x float>*
  store <8 x float> %587, <8 x float>* %589, align 4
  %590 = fadd <8 x float> %485, %495
  %591 = fsub <8 x float> %485, %495
  %592 = fadd <8 x float> %505, %515
  %593 = fsub <8 x float> %505, %515
  %594 = fadd <8 x float> %475, %590
  %595 = fadd <8 x float> %594, %592
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %593, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %591)
  %597 = call <8 x float> @llvm.fma.v8f32(<8 x float> %592, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %590)
  %598 = call <8 x float> @llvm.fma.v8f32(<8 x float> %593, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %591)
  %599 = fadd <8 x float> %598, %525
  %600 = add i64 %533, 16
  %601 = fadd <8 x float> %595, %531
  %602 = fcmp olt <8 x float> %601, zeroinitializer
  %603 = select <8 x i1> %602, <8 x float> zeroinitializer, <8 x float> %601
  %604 = getelementptr inbounds float, float* %0, i64 %600
  %605 = bitcast float* %604 to <8 x float>*
  store <8 x float> %603, <8 x float>* %605, align 4
  %606 = add i64 %533, 136
  %607 = fadd <8 x float> %596, %531
  %608 = fcmp olt <8 x float> %607, zeroinitializer
  %609 = select <8 x i1> %608, <8 x float> zeroinitializer, <8 x float> %607
  %610 = getelementptr inbounds float, float* %0, i64 %606
  %611 = bitcast float* %610 to <8 x float>*
  store <8 x float> %609, <8 x float>* %611, align 4
  %612 = add i64 %533, 256
  %613 = fadd <8 x float> %597, %531
  %614 = fcmp olt <8 x float> %613, zeroinitializer
  %615 = select <8 x i1> %614, <8 x float> zeroinitializer, <8 x float> %613
  %616 = getelementptr inbounds float, float* %0, i64 %612
  %617 = bitcast float* %616 to <8 x float>*
  store <8 x float> %615, <8 x float>* %617, align 4
  %618 = fadd <8 x float> %487, %497
  %619 = fsub <8 x float> %487, %497
  %620 = fadd <8 x float> %507, %517
  %621 = fsub <8 x float> %507, %517
  %622 = fadd <8 x float> %477, %618
  %623 = fadd <8 x float> %622, %620
  %624 = call <8 x float> @llvm.fma.v8f32(<8 x float> %621, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %619)
  %625 = call <8 x float> @llvm.fma.v8f32(<8 x float> %620, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %618)
  %626 = call <8 x float> @llvm.fma.v8f32(<8 x float> %621, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %619)
  %627 = fadd <8 x float> %626, %527
  %628 = add i64 %533, 24
  %629 = fadd <8 x float> %623, %531
  %630 = fcmp olt <8 x float> %629, zeroinitializer
  %631 = select <8 x i1> %630, <8 x float> zeroinitializer, <8 x float> %629
  %632 = getelementptr inbounds float, float* %0, i64 %628
  %633 = bitcast float* %632 to <8 x float>*
  store <8 x float> %631, <8 x float>* %633, align 4
  %634 = add i64 %533, 144
  %635 = fadd <8 x float> %624, %531
  %636 = fcmp olt <8 x float> %635, zeroinitializer
  %637 = select <8 x i1> %636, <8 x float> zeroinitializer, <8 x float> %635
  %638 = getelementptr inbounds float, float* %0, i64 %634
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %637, <8 x float>* %639, align 4
  %640 = add i64 %533, 264
  %641 = fadd <8 x float> %625, %531
  %642 = fcmp olt <8 x float> %641, zeroinitializer
  %643 = select <8 x i1> %642, <8 x float> zeroinitializer, <8 x float> %641
  %644 = getelementptr inbounds float, float* %0, i64 %640
  %645 = bitcast float* %644 to <8 x float>*
  store <8 x float> %643, <8 x float>* %645, align 4
  %block.next8 = add i64 %block7, 1
  br label %block.header4, !llvm.loop !11

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
  %646 = icmp slt i64 %block15, 8
  br i1 %646, label %block.body13, label %block.exit14

block.body13:                                     ; preds = %block.header12
  %647 = mul i64 %block15, 8
  %648 = add i64 %20, %647
  %649 = add i64 %648, 0
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = add i64 %648, 1024
  %654 = getelementptr inbounds float, float* %2, i64 %653
  %655 = bitcast float* %654 to <8 x float>*
  %656 = load <8 x float>, <8 x float>* %655, align 4
  %657 = add i64 %648, 2048
  %658 = getelementptr inbounds float, float* %2, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %648, 3072
  %662 = getelementptr inbounds float, float* %2, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %648, 4096
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = add i64 %648, 5120
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %648, 6144
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = add i64 %648, 7168
  %678 = getelementptr inbounds float, float* %2, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %648, 8192
  %682 = getelementptr inbounds float, float* %2, i64 %681
  %683 = bitcast float* %682 to <8 x float>*
  %684 = load <8 x float>, <8 x float>* %683, align 4
  %685 = add i64 %648, 9216
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %648, 10240
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %648, 11264
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %648, 12288
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = add i64 %648, 13312
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %648, 14336
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = add i64 %648, 15360
  %710 = getelementptr inbounds float, float* %2, i64 %709
  %711 = bitcast float* %710 to <8 x float>*
  %712 = load <8 x float>, <8 x float>* %711, align 4
  %713 = add i64 %648, 16384
  %714 = getelementptr inbounds float, float* %2, i64 %713
  %715 = bitcast float* %714 to <8 x float>*
  %716 = load <8 x float>, <8 x float>* %715, align 4
  %717 = add i64 %648, 17408
  %718 = getelementptr inbounds float, float* %2, i64 %717
  %719 = bitcast float* %718 to <8 x float>*
  %720 = load <8 x float>, <8 x float>* %719, align 4
  %721 = add i64 %648, 18432
  %722 = getelementptr inbounds float, float* %2, i64 %721
  %723 = bitcast float* %722 to <8 x float>*
  %724 = load <8 x float>, <8 x float>* %723, align 4
  %725 = add i64 %648, 19456
  %726 = getelementptr inbounds float, float* %2, i64 %725
  %727 = bitcast float* %726 to <8 x float>*
  %728 = load <8 x float>, <8 x float>* %727, align 4
  %729 = add i64 %648, 20480
  %730 = getelementptr inbounds float, float* %2, i64 %729
  %731 = bitcast float* %730 to <8 x float>*
  %732 = load <8 x float>, <8 x float>* %731, align 4
  %733 = add i64 %648, 21504
  %734 = getelementptr inbounds float, float* %2, i64 %733
  %735 = bitcast float* %734 to <8 x float>*
  %736 = load <8 x float>, <8 x float>* %735, align 4
  %737 = add i64 %648, 22528
  %738 = getelementptr inbounds float, float* %2, i64 %737
  %739 = bitcast float* %738 to <8 x float>*
  %740 = load <8 x float>, <8 x float>* %739, align 4
  %741 = add i64 %648, 23552
  %742 = getelementptr inbounds float, float* %2, i64 %741
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = add i64 %648, 24576
  %746 = getelementptr inbounds float, float* %2, i64 %745
  %747 = bitcast float* %746 to <8 x float>*
  %748 = load <8 x float>, <8 x float>* %747, align 4
  %749 = add i64 %648, 25600
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = add i64 %648, 26624
  %754 = getelementptr inbounds float, float* %2, i64 %753
  %755 = bitcast float* %754 to <8 x float>*
  %756 = load <8 x float>, <8 x float>* %755, align 4
  %757 = add i64 %648, 27648
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = add i64 %648, 28672
  %762 = getelementptr inbounds float, float* %2, i64 %761
  %763 = bitcast float* %762 to <8 x float>*
  %764 = load <8 x float>, <8 x float>* %763, align 4
  %765 = add i64 %648, 29696
  %766 = getelementptr inbounds float, float* %2, i64 %765
  %767 = bitcast float* %766 to <8 x float>*
  %768 = load <8 x float>, <8 x float>* %767, align 4
  %769 = add i64 %648, 30720
  %770 = getelementptr inbounds float, float* %2, i64 %769
  %771 = bitcast float* %770 to <8 x float>*
  %772 = load <8 x float>, <8 x float>* %771, align 4
  %773 = add i64 %648, 31744
  %774 = getelementptr inbounds float, float* %2, i64 %773
  %775 = bitcast float* %774 to <8 x float>*
  %776 = load <8 x float>, <8 x float>* %775, align 4
  %777 = add i64 %648, 32768
  %778 = getelementptr inbounds float, float* %2, i64 %777
  %779 = bitcast float* %778 to <8 x float>*
  %780 = load <8 x float>, <8 x float>* %779, align 4
  %781 = add i64 %648, 33792
  %782 = getelementptr inbounds float, float* %2, i64 %781
  %783 = bitcast float* %782 to <8 x float>*
  %784 = load <8 x float>, <8 x float>* %783, align 4
  %785 = add i64 %648, 34816
  %786 = getelementptr inbounds float, float* %2, i64 %785
  %787 = bitcast float* %786 to <8 x float>*
  %788 = load <8 x float>, <8 x float>* %787, align 4
  %789 = add i64 %648, 35840
  %790 = getelementptr inbounds float, float* %2, i64 %789
  %791 = bitcast float* %790 to <8 x float>*
  %792 = load <8 x float>, <8 x float>* %791, align 4
  %793 = fadd <8 x float> %656, %660
  %794 = fsub <8 x float> %656, %660
  %795 = fadd <8 x float> %664, %668
  %796 = fsub <8 x float> %664, %668
  %797 = fadd <8 x float> %652, %793
  %798 = fadd <8 x float> %797, %795
  %799 = call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %794)
  %800 = call <8 x float> @llvm.fma.v8f32(<8 x float> %795, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %793)
  %801 = call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %794)
  %802 = fadd <8 x float> %801, %672
  %803 = fadd <8 x float> %680, %684
  %804 = fsub <8 x float> %680, %684
  %805 = fadd <8 x float> %688, %692
  %806 = fsub <8 x float> %688, %692
  %807 = fadd <8 x float> %676, %803
  %808 = fadd <8 x float> %807, %805
  %809 = call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %804)
  %810 = call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %803)
  %811 = call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %804)
  %812 = fadd <8 x float> %811, %696
  %813 = fadd <8 x float> %704, %708
  %814 = fsub <8 x float> %704, %708
  %815 = fadd <8 x float> %712, %716
  %816 = fsub <8 x float> %712, %716
  %817 = fadd <8 x float> %700, %813
  %818 = fadd <8 x float> %817, %815
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %816, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %814)
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %815, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %813)
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %816, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %814)
  %822 = fadd <8 x float> %821, %720
  %823 = fadd <8 x float> %728, %732
  %824 = fsub <8 x float> %728, %732
  %825 = fadd <8 x float> %736, %740
  %826 = fsub <8 x float> %736, %740
  %827 = fadd <8 x float> %724, %823
  %828 = fadd <8 x float> %827, %825
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %824)
  %830 = call <8 x float> @llvm.fma.v8f32(<8 x float> %825, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %823)
  %831 = call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %824)
  %832 = fadd <8 x float> %831, %744
  %833 = fadd <8 x float> %752, %756
  %834 = fsub <8 x float> %752, %756
  %835 = fadd <8 x float> %760, %764
  %836 = fsub <8 x float> %760, %764
  %837 = fadd <8 x float> %748, %833
  %838 = fadd <8 x float> %837, %835
  %839 = call <8 x float> @llvm.fma.v8f32(<8 x float> %836, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %834)
  %840 = call <8 x float> @llvm.fma.v8f32(<8 x float> %835, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %833)
  %841 = call <8 x float> @llvm.fma.v8f32(<8 x float> %836, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %834)
  %842 = fadd <8 x float> %841, %768
  %843 = fadd <8 x float> %776, %780
  %844 = fsub <8 x float> %776, %780
  %845 = fadd <8 x float> %784, %788
  %846 = fsub <8 x float> %784, %788
  %847 = fadd <8 x float> %772, %843
  %848 = fadd <8 x float> %847, %845
  %849 = call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %844)
  %850 = call <8 x float> @llvm.fma.v8f32(<8 x float> %845, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %843)
  %851 = call <8 x float> @llvm.fma.v8f32(<8 x float> %846, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %844)
  %852 = fadd <8 x float> %851, %792
  %853 = mul i64 %block15, 8
  %854 = getelementptr inbounds float, float* %4, i64 %853
  %855 = bitcast float* %854 to <8 x float>*
  %856 = load <8 x float>, <8 x float>* %855, align 4
  %857 = mul i64 %block15, 1800
  %858 = add i64 %18, %857
  %859 = fadd <8 x float> %808, %818
  %860 = fsub <8 x float> %808, %818
  %861 = fadd <8 x float> %828, %838
  %862 = fsub <8 x float> %828, %838
  %863 = fadd <8 x float> %798, %859
  %864 = fadd <8 x float> %863, %861
  %865 = call <8 x float> @llvm.fma.v8f32(<8 x float> %862, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %860)
  %866 = call <8 x float> @llvm.fma.v8f32(<8 x float> %861, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %859)
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %862, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %860)
  %868 = fadd <8 x float> %867, %848
  %869 = add i64 %858, 0
  %870 = fadd <8 x float> %864, %856
  %871 = fcmp olt <8 x float> %870, zeroinitializer
  %872 = select <8 x i1> %871, <8 x float> zeroinitializer, <8 x float> %870
  %873 = getelementptr inbounds float, float* %0, i64 %869
  %874 = bitcast float* %873 to <8 x float>*
  store <8 x float> %872, <8 x float>* %874, align 4
  %875 = add i64 %858, 120
  %876 = fadd <8 x float> %865, %856
  %877 = fcmp olt <8 x float> %876, zeroinitializer
  %878 = select <8 x i1> %877, <8 x float> zeroinitializer, <8 x float> %876
  %879 = getelementptr inbounds float, float* %0, i64 %875
  %880 = bitcast float* %879 to <8 x float>*
  store <8 x float> %878, <8 x float>* %880, align 4
  %881 = add i64 %858, 240
  %882 = fadd <8 x float> %866, %856
  %883 = fcmp olt <8 x float> %882, zeroinitializer
  %884 = select <8 x i1> %883, <8 x float> zeroinitializer, <8 x float> %882
  %885 = getelementptr inbounds float, float* %0, i64 %881
  %886 = bitcast float* %885 to <8 x float>*
  store <8 x float> %884, <8 x float>* %886, align 4
  %887 = add i64 %858, 360
  %888 = fadd <8 x float> %868, %856
  %889 = fcmp olt <8 x float> %888, zeroinitializer
  %890 = select <8 x i1> %889, <8 x float> zeroinitializer, <8 x float> %888
  %891 = getelementptr inbounds float, float* %0, i64 %887
  %892 = bitcast float* %891 to <8 x float>*
  store <8 x float> %890, <8 x float>* %892, align 4
  %893 = fadd <8 x float> %809, %819
  %894 = fsub <8 x float> %809, %819
  %895 = fadd <8 x float> %829, %839
  %896 = fsub <8 x float> %829, %839
  %897 = fadd <8 x float> %799, %893
  %898 = fadd <8 x float> %897, %895
  %899 = call <8 x float> @llvm.fma.v8f32(<8 x float> %896, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %894)
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %895, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %893)
  %901 = call <8 x float> @llvm.fma.v8f32(<8 x float> %896, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %894)
  %902 = fadd <8 x float> %901, %849
  %903 = add i64 %858, 8
  %904 = fadd <8 x float> %898, %856
  %905 = fcmp olt <8 x float> %904, zeroinitializer
  %906 = select <8 x i1> %905, <8 x float> zeroinitializer, <8 x float> %904
  %907 = getelementptr inbounds float, float* %0, i64 %903
  %908 = bitcast float* %907 to <8 x float>*
  store <8 x float> %906, <8 x float>* %908, align 4
  %909 = add i64 %858, 128
  %910 = fadd <8 x float> %899, %856
  %911 = fcmp olt <8 x float> %910, zeroinitializer
  %912 = select <8 x i1> %911, <8 x float> zeroinitializer, <8 x float> %910
  %913 = getelementptr inbounds float, float* %0, i64 %909
  %914 = bitcast float* %913 to <8 x float>*
  store <8 x float> %912, <8 x float>* %914, align 4
  %915 = add i64 %858, 248
  %916 = fadd <8 x float> %900, %856
  %917 = fcmp olt <8 x float> %916, zeroinitializer
  %918 = select <8 x i1> %917, <8 x float> zeroinitializer, <8 x float> %916
  %919 = getelementptr inbounds float, float* %0, i64 %915
  %920 = bitcast float* %919 to <8 x float>*
  store <8 x float> %918, <8 x float>* %920, align 4
  %921 = add i64 %858, 368
  %922 = fadd <8 x float> %902, %856
  %923 = fcmp olt <8 x float> %922, zeroinitializer
  %924 = select <8 x i1> %923, <8 x float> zeroinitializer, <8 x float> %922
  %925 = getelementptr inbounds float, float* %0, i64 %921
  %926 = bitcast float* %925 to <8 x float>*
  store <8 x float> %924, <8 x float>* %926, align 4
  %927 = fadd <8 x float> %810, %820
  %928 = fsub <8 x float> %810, %820
  %929 = fadd <8 x float> %830, %840
  %930 = fsub <8 x float> %830, %840
  %931 = fadd <8 x float> %800, %927
  %932 = fadd <8 x float> %931, %929
  %933 = call <8 x float> @llvm.fma.v8f32(<8 x float> %930, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %928)
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %929, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %927)
  %935 = call <8 x float> @llvm.fma.v8f32(<8 x float> %930, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %928)
  %936 = fadd <8 x float> %935, %850
  %937 = add i64 %858, 16
  %938 = fadd <8 x float> %932, %856
  %939 = fcmp olt <8 x float> %938, zeroinitializer
  %940 = select <8 x i1> %939, <8 x float> zeroinitializer, <8 x float> %938
  %941 = getelementptr inbounds float, float* %0, i64 %937
  %942 = bitcast float* %941 to <8 x float>*
  store <8 x float> %940, <8 x float>* %942, align 4
  %943 = add i64 %858, 136
  %944 = fadd <8 x float> %933, %856
  %945 = fcmp olt <8 x float> %944, zeroinitializer
  %946 = select <8 x i1> %945, <8 x float> zeroinitializer, <8 x float> %944
  %947 = getelementptr inbounds float, float* %0, i64 %943
  %948 = bitcast float* %947 to <8 x float>*
  store <8 x float> %946, <8 x float>* %948, align 4
  %949 = add i64 %858, 256
  %950 = fadd <8 x float> %934, %856
  %951 = fcmp olt <8 x float> %950, zeroinitializer
  %952 = select <8 x i1> %951, <8 x float> zeroinitializer, <8 x float> %950
  %953 = getelementptr inbounds float, float* %0, i64 %949
  %954 = bitcast float* %953 to <8 x float>*
  store <8 x float> %952, <8 x float>* %954, align 4
  %955 = add i64 %858, 376
  %956 = fadd <8 x float> %936, %856
  %957 = fcmp olt <8 x float> %956, zeroinitializer
  %958 = select <8 x i1> %957, <8 x float> zeroinitializer, <8 x float> %956
  %959 = getelementptr inbounds float, float* %0, i64 %955
  %960 = bitcast float* %959 to <8 x float>*
  store <8 x float> %958, <8 x float>* %960, align 4
  %block.next16 = add i64 %block15, 1
  br label %block.header12, !llvm.loop !12

block.exit14:                                     ; preds = %block.header12
  br label %endif11

block.header17:                                   ; preds = %block.body18, %else10
  %block20 = phi i64 [ 0, %else10 ], [ %block.next21, %block.body18 ]
  %961 = icmp slt i64 %block20, 8
  br i1 %961, label %block.body18, label %block.exit19

block.body18:                                     ; preds = %block.header17
  %962 = mul i64 %block20, 8
  %963 = add i64 %20, %962
  %964 = add i64 %963, 0
  %965 = getelementptr inbounds float, float* %2, i64 %964
  %966 = bitcast float* %965 to <8 x float>*
  %967 = load <8 x float>, <8 x float>* %966, align 4
  %968 = add i64 %963, 1024
  %969 = getelementptr inbounds float, float* %2, i64 %968
  %970 = bitcast float* %969 to <8 x float>*
  %971 = load <8 x float>, <8 x float>* %970, align 4
  %972 = add i64 %963, 2048
  %973 = getelementptr inbounds float, float* %2, i64 %972
  %974 = bitcast float* %973 to <8 x float>*
  %975 = load <8 x float>, <8 x float>* %974, align 4
  %976 = add i64 %963, 3072
  %977 = getelementptr inbounds float, float* %2, i64 %976
  %978 = bitcast float* %977 to <8 x float>*
  %979 = load <8 x float>, <8 x float>* %978, align 4
  %980 = add i64 %963, 4096
  %981 = getelementptr inbounds float, float* %2, i64 %980
  %982 = bitcast float* %981 to <8 x float>*
  %983 = load <8 x float>, <8 x float>* %982, align 4
  %984 = add i64 %963, 5120
  %985 = getelementptr inbounds float, float* %2, i64 %984
  %986 = bitcast float* %985 to <8 x float>*
  %987 = load <8 x float>, <8 x float>* %986, align 4
  %988 = add i64 %963, 6144
  %989 = getelementptr inbounds float, float* %2, i64 %988
  %990 = bitcast float* %989 to <8 x float>*
  %991 = load <8 x float>, <8 x float>* %990, align 4
  %992 = add i64 %963, 7168
  %993 = getelementptr inbounds float, float* %2, i64 %992
  %994 = bitcast float* %993 to <8 x float>*
  %995 = load <8 x float>, <8 x float>* %994, align 4
  %996 = add i64 %963, 8192
  %997 = getelementptr inbounds float, float* %2, i64 %996
  %998 = bitcast float* %997 to <8 x float>*
  %999 = load <8 x float>, <8 x float>* %998, align 4
  %1000 = add i64 %963, 9216
  %1001 = getelementptr inbounds float, float* %2, i64 %1000
  %1002 = bitcast float* %1001 to <8 x float>*
  %1003 = load <8 x float>, <8 x float>* %1002, align 4
  %1004 = add i64 %963, 10240
  %1005 = getelementptr inbounds float, float* %2, i64 %1004
  %1006 = bitcast float* %1005 to <8 x float>*
  %1007 = load <8 x float>, <8 x float>* %1006, align 4
  %1008 = add i64 %963, 11264
  %1009 = getelementptr inbounds float, float* %2, i64 %1008
  %1010 = bitcast float* %1009 to <8 x float>*
  %1011 = load <8 x float>, <8 x float>* %1010, align 4
  %1012 = add i64 %963, 12288
  %1013 = getelementptr inbounds float, float* %2, i64 %1012
  %1014 = bitcast float* %1013 to <8 x float>*
  %1015 = load <8 x float>, <8 x float>* %1014, align 4
  %1016 = add i64 %963, 13312
  %1017 = getelementptr inbounds float, float* %2, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  %1019 = load <8 x float>, <8 x float>* %1018, align 4
  %1020 = add i64 %963, 14336
  %1021 = getelementptr inbounds float, float* %2, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  %1023 = load <8 x float>, <8 x float>* %1022, align 4
  %1024 = add i64 %963, 15360
  %1025 = getelementptr inbounds float, float* %2, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  %1027 = load <8 x float>, <8 x float>* %1026, align 4
  %1028 = add i64 %963, 16384
  %1029 = getelementptr inbounds float, float* %2, i64 %1028
  %1030 = bitcast float* %1029 to <8 x float>*
  %1031 = load <8 x float>, <8 x float>* %1030, align 4
  %1032 = add i64 %963, 17408
  %1033 = getelementptr inbounds float, float* %2, i64 %1032
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = add i64 %963, 18432
  %1037 = getelementptr inbounds float, float* %2, i64 %1036
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = add i64 %963, 19456
  %1041 = getelementptr inbounds float, float* %2, i64 %1040
  %1042 = bitcast float* %1041 to <8 x float>*
  %1043 = load <8 x float>, <8 x float>* %1042, align 4
  %1044 = add i64 %963, 20480
  %1045 = getelementptr inbounds float, float* %2, i64 %1044
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = add i64 %963, 21504
  %1049 = getelementptr inbounds float, float* %2, i64 %1048
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = add i64 %963, 22528
  %1053 = getelementptr inbounds float, float* %2, i64 %1052
  %1054 = bitcast float* %1053 to <8 x float>*
  %1055 = load <8 x float>, <8 x float>* %1054, align 4
  %1056 = add i64 %963, 23552
  %1057 = getelementptr inbounds float, float* %2, i64 %1056
  %1058 = bitcast float* %1057 to <8 x float>*
  %1059 = load <8 x float>, <8 x float>* %1058, align 4
  %1060 = add i64 %963, 24576
  %1061 = getelementptr inbounds float, float* %2, i64 %1060
  %1062 = bitcast float* %1061 to <8 x float>*
  %1063 = load <8 x float>, <8 x float>* %1062, align 4
  %1064 = add i64 %963, 25600
  %1065 = getelementptr inbounds float, float* %2, i64 %1064
  %1066 = bitcast float* %1065 to <8 x float>*
  %1067 = load <8 x float>, <8 x float>* %1066, align 4
  %1068 = add i64 %963, 26624
  %1069 = getelementptr inbounds float, float* %2, i64 %1068
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = add i64 %963, 27648
  %1073 = getelementptr inbounds float, float* %2, i64 %1072
  %1074 = bitcast float* %1073 to <8 x float>*
  %1075 = load <8 x float>, <8 x float>* %1074, align 4
  %1076 = add i64 %963, 28672
  %1077 = getelementptr inbounds float, float* %2, i64 %1076
  %1078 = bitcast float* %1077 to <8 x float>*
  %1079 = load <8 x float>, <8 x float>* %1078, align 4
  %1080 = add i64 %963, 29696
  %1081 = getelementptr inbounds float, float* %2, i64 %1080
  %1082 = bitcast float* %1081 to <8 x float>*
  %1083 = load <8 x float>, <8 x float>* %1082, align 4
  %1084 = add i64 %963, 30720
  %1085 = getelementptr inbounds float, float* %2, i64 %1084
  %1086 = bitcast float* %1085 to <8 x float>*
  %1087 = load <8 x float>, <8 x float>* %1086, align 4
  %1088 = add i64 %963, 31744
  %1089 = getelementptr inbounds float, float* %2, i64 %1088
  %1090 = bitcast float* %1089 to <8 x float>*
  %1091 = load <8 x float>, <8 x float>* %1090, align 4
  %1092 = add i64 %963, 32768
  %1093 = getelementptr inbounds float, float* %2, i64 %1092
  %1094 = bitcast float* %1093 to <8 x float>*
  %1095 = load <8 x float>, <8 x float>* %1094, align 4
  %1096 = add i64 %963, 33792
  %1097 = getelementptr inbounds float, float* %2, i64 %1096
  %1098 = bitcast float* %1097 to <8 x float>*
  %1099 = load <8 x float>, <8 x float>* %1098, align 4
  %1100 = add i64 %963, 34816
  %1101 = getelementptr inbounds float, float* %2, i64 %1100
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = add i64 %963, 35840
  %1105 = getelementptr inbounds float, float* %2, i64 %1104
  %1106 = bitcast float* %1105 to <8 x float>*
  %1107 = load <8 x float>, <8 x float>* %1106, align 4
  %1108 = fadd <8 x float> %971, %975
  %1109 = fsub <8 x float> %971, %975
  %1110 = fadd <8 x float> %979, %983
  %1111 = fsub <8 x float> %979, %983
  %1112 = fadd <8 x float> %967, %1108
  %1113 = fadd <8 x float> %1112, %1110
  %1114 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1111, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1109)
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1108)
  %1116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1111, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1109)
  %1117 = fadd <8 x float> %1116, %987
  %1118 = fadd <8 x float> %995, %999
  %1119 = fsub <8 x float> %995, %999
  %1120 = fadd <8 x float> %1003, %1007
  %1121 = fsub <8 x float> %1003, %1007
  %1122 = fadd <8 x float> %991, %1118
  %1123 = fadd <8 x float> %1122, %1120
  %1124 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1121, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1119)
  %1125 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1120, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1118)
  %1126 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1121, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1119)
  %1127 = fadd <8 x float> %1126, %1011
  %1128 = fadd <8 x float> %1019, %1023
  %1129 = fsub <8 x float> %1019, %1023
  %1130 = fadd <8 x float> %1027, %1031
  %1131 = fsub <8 x float> %1027, %1031
  %1132 = fadd <8 x float> %1015, %1128
  %1133 = fadd <8 x float> %1132, %1130
  %1134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1129)
  %1135 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1128)
  %1136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1129)
  %1137 = fadd <8 x float> %1136, %1035
  %1138 = fadd <8 x float> %1043, %1047
  %1139 = fsub <8 x float> %1043, %1047
  %1140 = fadd <8 x float> %1051, %1055
  %1141 = fsub <8 x float> %1051, %1055
  %1142 = fadd <8 x float> %1039, %1138
  %1143 = fadd <8 x float> %1142, %1140
  %1144 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1139)
  %1145 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1140, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1138)
  %1146 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1139)
  %1147 = fadd <8 x float> %1146, %1059
  %1148 = fadd <8 x float> %1067, %1071
  %1149 = fsub <8 x float> %1067, %1071
  %1150 = fadd <8 x float> %1075, %1079
  %1151 = fsub <8 x float> %1075, %1079
  %1152 = fadd <8 x float> %1063, %1148
  %1153 = fadd <8 x float> %1152, %1150
  %1154 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1149)
  %1155 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1150, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1148)
  %1156 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1149)
  %1157 = fadd <8 x float> %1156, %1083
  %1158 = fadd <8 x float> %1091, %1095
  %1159 = fsub <8 x float> %1091, %1095
  %1160 = fadd <8 x float> %1099, %1103
  %1161 = fsub <8 x float> %1099, %1103
  %1162 = fadd <8 x float> %1087, %1158
  %1163 = fadd <8 x float> %1162, %1160
  %1164 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1161, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1159)
  %1165 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1160, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1158)
  %1166 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1161, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1159)
  %1167 = fadd <8 x float> %1166, %1107
  %1168 = mul i64 %block20, 8
  %1169 = getelementptr inbounds float, float* %4, i64 %1168
  %1170 = bitcast float* %1169 to <8 x float>*
  %1171 = load <8 x float>, <8 x float>* %1170, align 4
  %1172 = mul i64 %block20, 1800
  %1173 = add i64 %18, %1172
  %1174 = fadd <8 x float> %1123, %1133
  %1175 = fsub <8 x float> %1123, %1133
  %1176 = fadd <8 x float> %1143, %1153
  %1177 = fsub <8 x float> %1143, %1153
  %1178 = fadd <8 x float> %1113, %1174
  %1179 = fadd <8 x float> %1178, %1176
  %1180 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1177, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1175)
  %1181 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1174)
  %1182 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1177, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1175)
  %1183 = fadd <8 x float> %1182, %1163
  %1184 = add i64 %1173, 0
  %1185 = fadd <8 x float> %1179, %1171
  %1186 = fcmp olt <8 x float> %1185, zeroinitializer
  %1187 = select <8 x i1> %1186, <8 x float> zeroinitializer, <8 x float> %1185
  %1188 = getelementptr inbounds float, float* %0, i64 %1184
  %1189 = bitcast float* %1188 to <8 x float>*
  store <8 x float> %1187, <8 x float>* %1189, align 4
  %1190 = add i64 %1173, 120
  %1191 = fadd <8 x float> %1180, %1171
  %1192 = fcmp olt <8 x float> %1191, zeroinitializer
  %1193 = select <8 x i1> %1192, <8 x float> zeroinitializer, <8 x float> %1191
  %1194 = getelementptr inbounds float, float* %0, i64 %1190
  %1195 = bitcast float* %1194 to <8 x float>*
  store <8 x float> %1193, <8 x float>* %1195, align 4
  %1196 = add i64 %1173, 240
  %1197 = fadd <8 x float> %1181, %1171
  %1198 = fcmp olt <8 x float> %1197, zeroinitializer
  %1199 = select <8 x i1> %1198, <8 x float> zeroinitializer, <8 x float> %1197
  %1200 = getelementptr inbounds float, float* %0, i64 %1196
  %1201 = bitcast float* %1200 to <8 x float>*
  store <8 x float> %1199, <8 x float>* %1201, align 4
  %1202 = add i64 %1173, 360
  %1203 = fadd <8 x float> %1183, %1171
  %1204 = fcmp olt <8 x float> %1203, zeroinitializer
  %1205 = select <8 x i1> %1204, <8 x float> zeroinitializer, <8 x float> %1203
  %1206 = getelementptr inbounds float, float* %0, i64 %1202
  %1207 = bitcast float* %1206 to <8 x float>*
  store <8 x float> %1205, <8 x float>* %1207, align 4
  %1208 = fadd <8 x float> %1124, %1134
  %1209 = fsub <8 x float> %1124, %1134
  %1210 = fadd <8 x float> %1144, %1154
  %1211 = fsub <8 x float> %1144, %1154
  %1212 = fadd <8 x float> %1114, %1208
  %1213 = fadd <8 x float> %1212, %1210
  %1214 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1211, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1209)
  %1215 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1210, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1208)
  %1216 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1211, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1209)
  %1217 = fadd <8 x float> %1216, %1164
  %1218 = add i64 %1173, 8
  %1219 = fadd <8 x float> %1213, %1171
  %1220 = fcmp olt <8 x float> %1219, zeroinitializer
  %1221 = select <8 x i1> %1220, <8 x float> zeroinitializer, <8 x float> %1219
  %1222 = getelementptr inbounds float, float* %0, i64 %1218
  %1223 = bitcast float* %1222 to <8 x float>*
  store <8 x float> %1221, <8 x float>* %1223, align 4
  %1224 = add i64 %1173, 128
  %1225 = fadd <8 x float> %1214, %1171
  %1226 = fcmp olt <8 x float> %1225, zeroinitializer
  %1227 = select <8 x i1> %1226, <8 x float> zeroinitializer, <8 x float> %1225
  %1228 = getelementptr inbounds float, float* %0, i64 %1224
  %1229 = bitcast float* %1228 to <8 x float>*
  store <8 x float> %1227, <8 x float>* %1229, align 4
  %1230 = add i64 %1173, 248
  %1231 = fadd <8 x float> %1215, %1171
  %1232 = fcmp olt <8 x float> %1231, zeroinitializer
  %1233 = select <8 x i1> %1232, <8 x float> zeroinitializer, <8 x float> %1231
  %1234 = getelementptr inbounds float, float* %0, i64 %1230
  %1235 = bitcast float* %1234 to <8 x float>*
  store <8 x float> %1233, <8 x float>* %1235, align 4
  %1236 = add i64 %1173, 368
  %1237 = fadd <8 x float> %1217, %1171
  %1238 = fcmp olt <8 x float> %1237, zeroinitializer
  %1239 = select <8 x i1> %1238, <8 x float> zeroinitializer, <8 x float> %1237
  %1240 = getelementptr inbounds float, float* %0, i64 %1236
  %1241 = bitcast float* %1240 to <8 x float>*
  store <8 x float> %1239, <8 x float>* %1241, align 4
  %1242 = fadd <8 x float> %1125, %1135
  %1243 = fsub <8 x float> %1125, %1135
  %1244 = fadd <8 x float> %1145, %1155
  %1245 = fsub <8 x float> %1145, %1155
  %1246 = fadd <8 x float> %1115, %1242
  %1247 = fadd <8 x float> %1246, %1244
  %1248 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1245, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1243)
  %1249 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1244, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1242)
  %1250 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1245, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1243)
  %1251 = fadd <8 x float> %1250, %1165
  %1252 = add i64 %1173, 16
  %1253 = fadd <8 x float> %1247, %1171
  %1254 = fcmp olt <8 x float> %1253, zeroinitializer
  %1255 = select <8 x i1> %1254, <8 x float> zeroinitializer, <8 x float> %1253
  %1256 = getelementptr inbounds float, float* %0, i64 %1252
  %1257 = bitcast float* %1256 to <8 x float>*
  store <8 x float> %1255, <8 x float>* %1257, align 4
  %1258 = add i64 %1173, 136
  %1259 = fadd <8 x float> %1248, %1171
  %1260 = fcmp olt <8 x float> %1259, zeroinitializer
  %1261 = select <8 x i1> %1260, <8 x float> zeroinitializer, <8 x float> %1259
  %1262 = getelementptr inbounds float, float* %0, i64 %1258
  %1263 = bitcast float* %1262 to <8 x float>*
  store <8 x float> %1261, <8 x float>* %1263, align 4
  %1264 = add i64 %1173, 256
  %1265 = fadd <8 x float> %1249, %1171
  %1266 = fcmp olt <8 x float> %1265, zeroinitializer
  %1267 = select <8 x i1> %1266, <8 x float> zeroinitializer, <8 x float> %1265
  %1268 = getelementptr inbounds float, float* %0, i64 %1264
  %1269 = bitcast float* %1268 to <8 x float>*
  store <8 x float> %1267, <8 x float>* %1269, align 4
  %1270 = add i64 %1173, 376
  %1271 = fadd <8 x float> %1251, %1171
  %1272 = fcmp olt <8 x float> %1271, zeroinitializer
  %1273 = select <8 x i1> %1272, <8 x float> zeroinitializer, <8 x float> %1271
  %1274 = getelementptr inbounds float, float* %0, i64 %1270
  %1275 = bitcast float* %1274 to <8 x float>*
  store <8 x float> %1273, <8 x float>* %1275, align 4
  %1276 = fadd <8 x float> %1127, %1137
  %1277 = fsub <8 x float> %1127, %1137
  %1278 = fadd <8 x float> %1147, %1157
  %1279 = fsub <8 x float> %1147, %1157
  %1280 = fadd <8 x float> %1117, %1276
  %1281 = fadd <8 x float> %1280, %1278
  %1282 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1277)
  %1283 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1278, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1276)
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1279, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1277)
  %1285 = fadd <8 x float> %1284, %1167
  %1286 = add i64 %1173, 24
  %1287 = fadd <8 x float> %1281, %1171
  %1288 = fcmp olt <8 x float> %1287, zeroinitializer
  %1289 = select <8 x i1> %1288, <8 x float> zeroinitializer, <8 x float> %1287
  %1290 = getelementptr inbounds float, float* %0, i64 %1286
  %1291 = bitcast float* %1290 to <8 x float>*
  store <8 x float> %1289, <8 x float>* %1291, align 4
  %1292 = add i64 %1173, 144
  %1293 = fadd <8 x float> %1282, %1171
  %1294 = fcmp olt <8 x float> %1293, zeroinitializer
  %1295 = select <8 x i1> %1294, <8 x float> zeroinitializer, <8 x float> %1293
  %1296 = getelementptr inbounds float, float* %0, i64 %1292
  %1297 = bitcast float* %1296 to <8 x float>*
  store <8 x float> %1295, <8 x float>* %1297, align 4
  %1298 = add i64 %1173, 264
  %1299 = fadd <8 x float> %1283, %1171
  %1300 = fcmp olt <8 x float> %1299, zeroinitializer
  %1301 = select <8 x i1> %1300, <8 x float> zeroinitializer, <8 x float> %1299
  %1302 = getelementptr inbounds float, float* %0, i64 %1298
  %1303 = bitcast float* %1302 to <8 x float>*
  store <8 x float> %1301, <8 x float>* %1303, align 4
  %1304 = add i64 %1173, 384
  %1305 = fadd <8 x float> %1285, %1171
  %1306 = fcmp olt <8 x float> %1305, zeroinitializer
  %1307 = select <8 x i1> %1306, <8 x float> zeroinitializer, <8 x float> %1305
  %1308 = getelementptr inbounds float, float* %0, i64 %1304
  %1309 = bitcast float* %1308 to <8 x float>*
  store <8 x float> %1307, <8 x float>* %1309, align 4
  %block.next21 = add i64 %block20, 1
  br label %block.header17, !llvm.loop !13

block.exit19:                                     ; preds = %block.header17
  br label %endif11
}

; Function Attrs: nounwind
define internal void @node3.conv2d_3.step3(i8* %0) #3 {
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
  call void @node3.conv2d_3.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
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
  %11 = mul i64 %10, 8
  %12 = mul i64 %11, 2592
  %13 = mul i64 %9, 72
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
  %287 = add i64 20736, %269
  %288 = getelementptr inbounds float, float* %2, i64 %287
  %289 = bitcast float* %288 to <8 x float>*
  store <8 x float> %279, <8 x float>* %289, align 4
  %290 = add i64 21760, %269
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %280, <8 x float>* %292, align 4
  %293 = add i64 22784, %269
  %294 = getelementptr inbounds float, float* %2, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  store <8 x float> %281, <8 x float>* %295, align 4
  %296 = add i64 23808, %269
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  store <8 x float> %282, <8 x float>* %298, align 4
  %299 = add i64 24832, %269
  %300 = getelementptr inbounds float, float* %2, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  store <8 x float> %283, <8 x float>* %301, align 4
  %302 = add i64 25856, %269
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
  %322 = add i64 26880, %269
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %314, <8 x float>* %324, align 4
  %325 = add i64 27904, %269
  %326 = getelementptr inbounds float, float* %2, i64 %325
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %315, <8 x float>* %327, align 4
  %328 = add i64 28928, %269
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %316, <8 x float>* %330, align 4
  %331 = add i64 29952, %269
  %332 = getelementptr inbounds float, float* %2, i64 %331
  %333 = bitcast float* %332 to <8 x float>*
  store <8 x float> %317, <8 x float>* %333, align 4
  %334 = add i64 30976, %269
  %335 = getelementptr inbounds float, float* %2, i64 %334
  %336 = bitcast float* %335 to <8 x float>*
  store <8 x float> %318, <8 x float>* %336, align 4
  %337 = add i64 32000, %269
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
  %357 = add i64 33024, %269
  %358 = getelementptr inbounds float, float* %2, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %349, <8 x float>* %359, align 4
  %360 = add i64 34048, %269
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %350, <8 x float>* %362, align 4
  %363 = add i64 35072, %269
  %364 = getelementptr inbounds float, float* %2, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %351, <8 x float>* %365, align 4
  %366 = add i64 36096, %269
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %352, <8 x float>* %368, align 4
  %369 = add i64 37120, %269
  %370 = getelementptr inbounds float, float* %2, i64 %369
  %371 = bitcast float* %370 to <8 x float>*
  store <8 x float> %353, <8 x float>* %371, align 4
  %372 = add i64 38144, %269
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
  %392 = add i64 39168, %269
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  store <8 x float> %384, <8 x float>* %394, align 4
  %395 = add i64 40192, %269
  %396 = getelementptr inbounds float, float* %2, i64 %395
  %397 = bitcast float* %396 to <8 x float>*
  store <8 x float> %385, <8 x float>* %397, align 4
  %398 = add i64 41216, %269
  %399 = getelementptr inbounds float, float* %2, i64 %398
  %400 = bitcast float* %399 to <8 x float>*
  store <8 x float> %386, <8 x float>* %400, align 4
  %401 = add i64 42240, %269
  %402 = getelementptr inbounds float, float* %2, i64 %401
  %403 = bitcast float* %402 to <8 x float>*
  store <8 x float> %387, <8 x float>* %403, align 4
  %404 = add i64 43264, %269
  %405 = getelementptr inbounds float, float* %2, i64 %404
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %388, <8 x float>* %406, align 4
  %407 = add i64 44288, %269
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
  %427 = add i64 45312, %269
  %428 = getelementptr inbounds float, float* %2, i64 %427
  %429 = bitcast float* %428 to <8 x float>*
  store <8 x float> %419, <8 x float>* %429, align 4
  %430 = add i64 46336, %269
  %431 = getelementptr inbounds float, float* %2, i64 %430
  %432 = bitcast float* %431 to <8 x float>*
  store <8 x float> %420, <8 x float>* %432, align 4
  %433 = add i64 47360, %269
  %434 = getelementptr inbounds float, float* %2, i64 %433
  %435 = bitcast float* %434 to <8 x float>*
  store <8 x float> %421, <8 x float>* %435, align 4
  %436 = add i64 48384, %269
  %437 = getelementptr inbounds float, float* %2, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  store <8 x float> %422, <8 x float>* %438, align 4
  %439 = add i64 49408, %269
  %440 = getelementptr inbounds float, float* %2, i64 %439
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %423, <8 x float>* %441, align 4
  %442 = add i64 50432, %269
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
  %462 = add i64 51456, %269
  %463 = getelementptr inbounds float, float* %2, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  store <8 x float> %454, <8 x float>* %464, align 4
  %465 = add i64 52480, %269
  %466 = getelementptr inbounds float, float* %2, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  store <8 x float> %455, <8 x float>* %467, align 4
  %468 = add i64 53504, %269
  %469 = getelementptr inbounds float, float* %2, i64 %468
  %470 = bitcast float* %469 to <8 x float>*
  store <8 x float> %456, <8 x float>* %470, align 4
  %471 = add i64 54528, %269
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %457, <8 x float>* %473, align 4
  %474 = add i64 55552, %269
  %475 = getelementptr inbounds float, float* %2, i64 %474
  %476 = bitcast float* %475 to <8 x float>*
  store <8 x float> %458, <8 x float>* %476, align 4
  %477 = add i64 56576, %269
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
  %18 = sub i64 %17, 1
  %19 = add i64 16, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 16
  %23 = select i1 %22, i64 %21, i64 16
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 16
  %26 = select i1 %25, i64 %24, i64 16
  call void @node4.conv2d_4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step2.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
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
  %28 = sdiv i64 %task, 12
  %29 = mul i64 %28, 1024
  %30 = add i64 20736, %29
  %31 = getelementptr inbounds float, float* %2, i64 %30
  %32 = mul i64 %28, 4096
  %33 = getelementptr inbounds float, float* %4, i64 %32
  %34 = mul i64 %28, 1024
  %35 = add i64 57600, %34
  %36 = srem i64 %task, 12
  %37 = sdiv i64 %36, 4
  %38 = srem i64 %36, 4
  %39 = mul i64 %37, 6
  %40 = mul i64 %38, 16
  %41 = mul i64 %38, 1024
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
  %97 = mul i64 %94, 64
  %98 = add i64 %97, %95
  %99 = add i64 %35, %98
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %96, <8 x float>* %101, align 4
  %102 = add i64 %39, 1
  %103 = add i64 %40, 0
  %104 = load <8 x float>, <8 x float>* %25, align 32
  %105 = mul i64 %102, 64
  %106 = add i64 %105, %103
  %107 = add i64 %35, %106
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %104, <8 x float>* %109, align 4
  %110 = add i64 %39, 2
  %111 = add i64 %40, 0
  %112 = load <8 x float>, <8 x float>* %24, align 32
  %113 = mul i64 %110, 64
  %114 = add i64 %113, %111
  %115 = add i64 %35, %114
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %112, <8 x float>* %117, align 4
  %118 = add i64 %39, 3
  %119 = add i64 %40, 0
  %120 = load <8 x float>, <8 x float>* %23, align 32
  %121 = mul i64 %118, 64
  %122 = add i64 %121, %119
  %123 = add i64 %35, %122
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %120, <8 x float>* %125, align 4
  %126 = add i64 %39, 0
  %127 = add i64 %40, 8
  %128 = load <8 x float>, <8 x float>* %22, align 32
  %129 = mul i64 %126, 64
  %130 = add i64 %129, %127
  %131 = add i64 %35, %130
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %128, <8 x float>* %133, align 4
  %134 = add i64 %39, 1
  %135 = add i64 %40, 8
  %136 = load <8 x float>, <8 x float>* %21, align 32
  %137 = mul i64 %134, 64
  %138 = add i64 %137, %135
  %139 = add i64 %35, %138
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  store <8 x float> %136, <8 x float>* %141, align 4
  %142 = add i64 %39, 2
  %143 = add i64 %40, 8
  %144 = load <8 x float>, <8 x float>* %20, align 32
  %145 = mul i64 %142, 64
  %146 = add i64 %145, %143
  %147 = add i64 %35, %146
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  store <8 x float> %144, <8 x float>* %149, align 4
  %150 = add i64 %39, 3
  %151 = add i64 %40, 8
  %152 = load <8 x float>, <8 x float>* %19, align 32
  %153 = mul i64 %150, 64
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
  %232 = mul i64 %229, 64
  %233 = add i64 %232, %230
  %234 = add i64 %35, %233
  %235 = getelementptr inbounds float, float* %2, i64 %234
  %236 = bitcast float* %235 to <8 x float>*
  store <8 x float> %231, <8 x float>* %236, align 4
  %237 = add i64 %39, 1
  %238 = add i64 %40, 0
  %239 = load <8 x float>, <8 x float>* %17, align 32
  %240 = mul i64 %237, 64
  %241 = add i64 %240, %238
  %242 = add i64 %35, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = bitcast float* %243 to <8 x float>*
  store <8 x float> %239, <8 x float>* %244, align 4
  %245 = add i64 %39, 2
  %246 = add i64 %40, 0
  %247 = load <8 x float>, <8 x float>* %16, align 32
  %248 = mul i64 %245, 64
  %249 = add i64 %248, %246
  %250 = add i64 %35, %249
  %251 = getelementptr inbounds float, float* %2, i64 %250
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %247, <8 x float>* %252, align 4
  %253 = add i64 %39, 3
  %254 = add i64 %40, 0
  %255 = load <8 x float>, <8 x float>* %15, align 32
  %256 = mul i64 %253, 64
  %257 = add i64 %256, %254
  %258 = add i64 %35, %257
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = bitcast float* %259 to <8 x float>*
  store <8 x float> %255, <8 x float>* %260, align 4
  %261 = add i64 %39, 4
  %262 = add i64 %40, 0
  %263 = load <8 x float>, <8 x float>* %14, align 32
  %264 = mul i64 %261, 64
  %265 = add i64 %264, %262
  %266 = add i64 %35, %265
  %267 = getelementptr inbounds float, float* %2, i64 %266
  %268 = bitcast float* %267 to <8 x float>*
  store <8 x float> %263, <8 x float>* %268, align 4
  %269 = add i64 %39, 5
  %270 = add i64 %40, 0
  %271 = load <8 x float>, <8 x float>* %13, align 32
  %272 = mul i64 %269, 64
  %273 = add i64 %272, %270
  %274 = add i64 %35, %273
  %275 = getelementptr inbounds float, float* %2, i64 %274
  %276 = bitcast float* %275 to <8 x float>*
  store <8 x float> %271, <8 x float>* %276, align 4
  %277 = add i64 %39, 0
  %278 = add i64 %40, 8
  %279 = load <8 x float>, <8 x float>* %12, align 32
  %280 = mul i64 %277, 64
  %281 = add i64 %280, %278
  %282 = add i64 %35, %281
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = bitcast float* %283 to <8 x float>*
  store <8 x float> %279, <8 x float>* %284, align 4
  %285 = add i64 %39, 1
  %286 = add i64 %40, 8
  %287 = load <8 x float>, <8 x float>* %11, align 32
  %288 = mul i64 %285, 64
  %289 = add i64 %288, %286
  %290 = add i64 %35, %289
  %291 = getelementptr inbounds float, float* %2, i64 %290
  %292 = bitcast float* %291 to <8 x float>*
  store <8 x float> %287, <8 x float>* %292, align 4
  %293 = add i64 %39, 2
  %294 = add i64 %40, 8
  %295 = load <8 x float>, <8 x float>* %10, align 32
  %296 = mul i64 %293, 64
  %297 = add i64 %296, %294
  %298 = add i64 %35, %297
  %299 = getelementptr inbounds float, float* %2, i64 %298
  %300 = bitcast float* %299 to <8 x float>*
  store <8 x float> %295, <8 x float>* %300, align 4
  %301 = add i64 %39, 3
  %302 = add i64 %40, 8
  %303 = load <8 x float>, <8 x float>* %9, align 32
  %304 = mul i64 %301, 64
  %305 = add i64 %304, %302
  %306 = add i64 %35, %305
  %307 = getelementptr inbounds float, float* %2, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  store <8 x float> %303, <8 x float>* %308, align 4
  %309 = add i64 %39, 4
  %310 = add i64 %40, 8
  %311 = load <8 x float>, <8 x float>* %8, align 32
  %312 = mul i64 %309, 64
  %313 = add i64 %312, %310
  %314 = add i64 %35, %313
  %315 = getelementptr inbounds float, float* %2, i64 %314
  %316 = bitcast float* %315 to <8 x float>*
  store <8 x float> %311, <8 x float>* %316, align 4
  %317 = add i64 %39, 5
  %318 = add i64 %40, 8
  %319 = load <8 x float>, <8 x float>* %7, align 32
  %320 = mul i64 %317, 64
  %321 = add i64 %320, %318
  %322 = add i64 %35, %321
  %323 = getelementptr inbounds float, float* %2, i64 %322
  %324 = bitcast float* %323 to <8 x float>*
  store <8 x float> %319, <8 x float>* %324, align 4
  br label %endif
}

; Function Attrs: nounwind
define internal void @node4.conv2d_4.step2(i8* %0) #3 {
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
  %22 = add i64 432, %21
  %23 = sdiv i64 %22, %20
  %24 = mul i64 %18, %23
  %25 = icmp slt i64 %24, 432
  %26 = select i1 %25, i64 %24, i64 432
  %27 = add i64 %26, %23
  %28 = icmp slt i64 %27, 432
  %29 = select i1 %28, i64 %27, i64 432
  call void @node4.conv2d_4.step2.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.conv2d_4.step3.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, i64 %5, i64 %6) #0 {
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
  %12 = mul i64 %11, 8
  %13 = mul i64 %12, 1352
  %14 = mul i64 %10, 52
  %15 = mul i64 %8, 4
  %16 = add i64 %14, %15
  %17 = mul i64 %16, 8
  %18 = add i64 %13, %17
  %19 = mul i64 %task, 64
  %20 = add i64 57600, %19
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
  %24 = icmp slt i64 %block, 8
  br i1 %24, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %25 = mul i64 %block, 8
  %26 = add i64 %20, %25
  %27 = add i64 %26, 0
  %28 = getelementptr inbounds float, float* %2, i64 %27
  %29 = bitcast float* %28 to <8 x float>*
  %30 = load <8 x float>, <8 x float>* %29, align 4
  %31 = add i64 %26, 1024
  %32 = getelementptr inbounds float, float* %2, i64 %31
  %33 = bitcast float* %32 to <8 x float>*
  %34 = load <8 x float>, <8 x float>* %33, align 4
  %35 = add i64 %26, 2048
  %36 = getelementptr inbounds float, float* %2, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = add i64 %26, 3072
  %40 = getelementptr inbounds float, float* %2, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = add i64 %26, 4096
  %44 = getelementptr inbounds float, float* %2, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = add i64 %26, 5120
  %48 = getelementptr inbounds float, float* %2, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = add i64 %26, 6144
  %52 = getelementptr inbounds float, float* %2, i64 %51
  %53 = bitcast float* %52 to <8 x float>*
  %54 = load <8 x float>, <8 x float>* %53, align 4
  %55 = add i64 %26, 7168
  %56 = getelementptr inbounds float, float* %2, i64 %55
  %57 = bitcast float* %56 to <8 x float>*
  %58 = load <8 x float>, <8 x float>* %57, align 4
  %59 = add i64 %26, 8192
  %60 = getelementptr inbounds float, float* %2, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = add i64 %26, 9216
  %64 = getelementptr inbounds float, float* %2, i64 %63
  %65 = bitcast float* %64 to <8 x float>*
  %66 = load <8 x float>, <8 x float>* %65, align 4
  %67 = add i64 %26, 10240
  %68 = getelementptr inbounds float, float* %2, i64 %67
  %69 = bitcast float* %68 to <8 x float>*
  %70 = load <8 x float>, <8 x float>* %69, align 4
  %71 = add i64 %26, 11264
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %74 = load <8 x float>, <8 x float>* %73, align 4
  %75 = add i64 %26, 12288
  %76 = getelementptr inbounds float, float* %2, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = add i64 %26, 13312
  %80 = getelementptr inbounds float, float* %2, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %82 = load <8 x float>, <8 x float>* %81, align 4
  %83 = add i64 %26, 14336
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  %86 = load <8 x float>, <8 x float>* %85, align 4
  %87 = add i64 %26, 15360
  %88 = getelementptr inbounds float, float* %2, i64 %87
  %89 = bitcast float* %88 to <8 x float>*
  %90 = load <8 x float>, <8 x float>* %89, align 4
  %91 = add i64 %26, 16384
  %92 = getelementptr inbounds float, float* %2, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = add i64 %26, 17408
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %26, 18432
  %100 = getelementptr inbounds float, float* %2, i64 %99
  %101 = bitcast float* %100 to <8 x float>*
  %102 = load <8 x float>, <8 x float>* %101, align 4
  %103 = add i64 %26, 19456
  %104 = getelementptr inbounds float, float* %2, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %106 = load <8 x float>, <8 x float>* %105, align 4
  %107 = add i64 %26, 20480
  %108 = getelementptr inbounds float, float* %2, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %26, 21504
  %112 = getelementptr inbounds float, float* %2, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %26, 22528
  %116 = getelementptr inbounds float, float* %2, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %26, 23552
  %120 = getelementptr inbounds float, float* %2, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %26, 24576
  %124 = getelementptr inbounds float, float* %2, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %26, 25600
  %128 = getelementptr inbounds float, float* %2, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = add i64 %26, 26624
  %132 = getelementptr inbounds float, float* %2, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  %134 = load <8 x float>, <8 x float>* %133, align 4
  %135 = add i64 %26, 27648
  %136 = getelementptr inbounds float, float* %2, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  %138 = load <8 x float>, <8 x float>* %137, align 4
  %139 = add i64 %26, 28672
  %140 = getelementptr inbounds float, float* %2, i64 %139
  %141 = bitcast float* %140 to <8 x float>*
  %142 = load <8 x float>, <8 x float>* %141, align 4
  %143 = add i64 %26, 29696
  %144 = getelementptr inbounds float, float* %2, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  %146 = load <8 x float>, <8 x float>* %145, align 4
  %147 = add i64 %26, 30720
  %148 = getelementptr inbounds float, float* %2, i64 %147
  %149 = bitcast float* %148 to <8 x float>*
  %150 = load <8 x float>, <8 x float>* %149, align 4
  %151 = add i64 %26, 31744
  %152 = getelementptr inbounds float, float* %2, i64 %151
  %153 = bitcast float* %152 to <8 x float>*
  %154 = load <8 x float>, <8 x float>* %153, align 4
  %155 = add i64 %26, 32768
  %156 = getelementptr inbounds float, float* %2, i64 %155
  %157 = bitcast float* %156 to <8 x float>*
  %158 = load <8 x float>, <8 x float>* %157, align 4
  %159 = add i64 %26, 33792
  %160 = getelementptr inbounds float, float* %2, i64 %159
  %161 = bitcast float* %160 to <8 x float>*
  %162 = load <8 x float>, <8 x float>* %161, align 4
  %163 = add i64 %26, 34816
  %164 = getelementptr inbounds float, float* %2, i64 %163
  %165 = bitcast float* %164 to <8 x float>*
  %166 = load <8 x float>, <8 x float>* %165, align 4
  %167 = add i64 %26, 35840
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
  %235 = mul i64 %block, 1352
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
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !15

block.exit:                                       ; preds = %block.header
  br label %endif3

block.header4:                                    ; preds = %block.body5, %else2
  %block7 = phi i64 [ 0, %else2 ], [ %block.next8, %block.body5 ]
  %253 = icmp slt i64 %block7, 8
  br i1 %253, label %block.body5, label %block.exit6

block.body5:                                      ; preds = %block.header4
  %254 = mul i64 %block7, 8
  %255 = add i64 %20, %254
  %256 = add i64 %255, 0
  %257 = getelementptr inbounds float, float* %2, i64 %256
  %258 = bitcast float* %257 to <8 x float>*
  %259 = load <8 x float>, <8 x float>* %258, align 4
  %260 = add i64 %255, 1024
  %261 = getelementptr inbounds float, float* %2, i64 %260
  %262 = bitcast float* %261 to <8 x float>*
  %263 = load <8 x float>, <8 x float>* %262, align 4
  %264 = add i64 %255, 2048
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = bitcast float* %265 to <8 x float>*
  %267 = load <8 x float>, <8 x float>* %266, align 4
  %268 = add i64 %255, 3072
  %269 = getelementptr inbounds float, float* %2, i64 %268
  %270 = bitcast float* %269 to <8 x float>*
  %271 = load <8 x float>, <8 x float>* %270, align 4
  %272 = add i64 %255, 4096
  %273 = getelementptr inbounds float, float* %2, i64 %272
  %274 = bitcast float* %273 to <8 x float>*
  %275 = load <8 x float>, <8 x float>* %274, align 4
  %276 = add i64 %255, 5120
  %277 = getelementptr inbounds float, float* %2, i64 %276
  %278 = bitcast float* %277 to <8 x float>*
  %279 = load <8 x float>, <8 x float>* %278, align 4
  %280 = add i64 %255, 6144
  %281 = getelementptr inbounds float, float* %2, i64 %280
  %282 = bitcast float* %281 to <8 x float>*
  %283 = load <8 x float>, <8 x float>* %282, align 4
  %284 = add i64 %255, 7168
  %285 = getelementptr inbounds float, float* %2, i64 %284
  %286 = bitcast float* %285 to <8 x float>*
  %287 = load <8 x float>, <8 x float>* %286, align 4
  %288 = add i64 %255, 8192
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = bitcast float* %289 to <8 x float>*
  %291 = load <8 x float>, <8 x float>* %290, align 4
  %292 = add i64 %255, 9216
  %293 = getelementptr inbounds float, float* %2, i64 %292
  %294 = bitcast float* %293 to <8 x float>*
  %295 = load <8 x float>, <8 x float>* %294, align 4
  %296 = add i64 %255, 10240
  %297 = getelementptr inbounds float, float* %2, i64 %296
  %298 = bitcast float* %297 to <8 x float>*
  %299 = load <8 x float>, <8 x float>* %298, align 4
  %300 = add i64 %255, 11264
  %301 = getelementptr inbounds float, float* %2, i64 %300
  %302 = bitcast float* %301 to <8 x float>*
  %303 = load <8 x float>, <8 x float>* %302, align 4
  %304 = add i64 %255, 12288
  %305 = getelementptr inbounds float, float* %2, i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  %308 = add i64 %255, 13312
  %309 = getelementptr inbounds float, float* %2, i64 %308
  %310 = bitcast float* %309 to <8 x float>*
  %311 = load <8 x float>, <8 x float>* %310, align 4
  %312 = add i64 %255, 14336
  %313 = getelementptr inbounds float, float* %2, i64 %312
  %314 = bitcast float* %313 to <8 x float>*
  %315 = load <8 x float>, <8 x float>* %314, align 4
  %316 = add i64 %255, 15360
  %317 = getelementptr inbounds float, float* %2, i64 %316
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = add i64 %255, 16384
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  %323 = load <8 x float>, <8 x float>* %322, align 4
  %324 = add i64 %255, 17408
  %325 = getelementptr inbounds float, float* %2, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  %328 = add i64 %255, 18432
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  %331 = load <8 x float>, <8 x float>* %330, align 4
  %332 = add i64 %255, 19456
  %333 = getelementptr inbounds float, float* %2, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = add i64 %255, 20480
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  %339 = load <8 x float>, <8 x float>* %338, align 4
  %340 = add i64 %255, 21504
  %341 = getelementptr inbounds float, float* %2, i64 %340
  %342 = bitcast float* %341 to <8 x float>*
  %343 = load <8 x float>, <8 x float>* %342, align 4
  %344 = add i64 %255, 22528
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  %347 = load <8 x float>, <8 x float>* %346, align 4
  %348 = add i64 %255, 23552
  %349 = getelementptr inbounds float, float* %2, i64 %348
  %350 = bitcast float* %349 to <8 x float>*
  %351 = load <8 x float>, <8 x float>* %350, align 4
  %352 = add i64 %255, 24576
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  %355 = load <8 x float>, <8 x float>* %354, align 4
  %356 = add i64 %255, 25600
  %357 = getelementptr inbounds float, float* %2, i64 %356
  %358 = bitcast float* %357 to <8 x float>*
  %359 = load <8 x float>, <8 x float>* %358, align 4
  %360 = add i64 %255, 26624
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  %363 = load <8 x float>, <8 x float>* %362, align 4
  %364 = add i64 %255, 27648
  %365 = getelementptr inbounds float, float* %2, i64 %364
  %366 = bitcast float* %365 to <8 x float>*
  %367 = load <8 x float>, <8 x float>* %366, align 4
  %368 = add i64 %255, 28672
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  %371 = load <8 x float>, <8 x float>* %370, align 4
  %372 = add i64 %255, 29696
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = bitcast float* %373 to <8 x float>*
  %375 = load <8 x float>, <8 x float>* %374, align 4
  %376 = add i64 %255, 30720
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  %379 = load <8 x float>, <8 x float>* %378, align 4
  %380 = add i64 %255, 31744
  %381 = getelementptr inbounds float, float* %2, i64 %380
  %382 = bitcast float* %381 to <8 x float>*
  %383 = load <8 x float>, <8 x float>* %382, align 4
  %384 = add i64 %255, 32768
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  %387 = load <8 x float>, <8 x float>* %386, align 4
  %388 = add i64 %255, 33792
  %389 = getelementptr inbounds float, float* %2, i64 %388
  %390 = bitcast float* %389 to <8 x float>*
  %391 = load <8 x float>, <8 x float>* %390, align 4
  %392 = add i64 %255, 34816
  %393 = getelementptr inbounds float, float* %2, i64 %392
  %394 = bitcast float* %393 to <8 x float>*
  %395 = load <8 x float>, <8 x float>* %394, align 4
  %396 = add i64 %255, 35840
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = bitcast float* %397 to <8 x float>*
  %399 = load <8 x float>, <8 x float>* %398, align 4
  %400 = fadd <8 x float> %263, %267
  %401 = fsub <8 x float> %263, %267
  %402 = fadd <8 x float> %271, %275
  %403 = fsub <8 x float> %271, %275
  %404 = fadd <8 x float> %259, %400
  %405 = fadd <8 x float> %404, %402
  %406 = call <8 x float> @llvm.fma.v8f32(<8 x float> %403, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %401)
  %407 = call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %400)
  %408 = call <8 x float> @llvm.fma.v8f32(<8 x float> %403, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %401)
  %409 = fadd <8 x float> %408, %279
  %410 = fadd <8 x float> %287, %291
  %411 = fsub <8 x float> %287, %291
  %412 = fadd <8 x float> %295, %299
  %413 = fsub <8 x float> %295, %299
  %414 = fadd <8 x float> %283, %410
  %415 = fadd <8 x float> %414, %412
  %416 = call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %411)
  %417 = call <8 x float> @llvm.fma.v8f32(<8 x float> %412, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %410)
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %411)
  %419 = fadd <8 x float> %418, %303
  %420 = fadd <8 x float> %311, %315
  %421 = fsub <8 x float> %311, %315
  %422 = fadd <8 x float> %319, %323
  %423 = fsub <8 x float> %319, %323
  %424 = fadd <8 x float> %307, %420
  %425 = fadd <8 x float> %424, %422
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %423, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %421)
  %427 = call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %420)
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %423, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %421)
  %429 = fadd <8 x float> %428, %327
  %430 = fadd <8 x float> %335, %339
  %431 = fsub <8 x float> %335, %339
  %432 = fadd <8 x float> %343, %347
  %433 = fsub <8 x float> %343, %347
  %434 = fadd <8 x float> %331, %430
  %435 = fadd <8 x float> %434, %432
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %433, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %431)
  %437 = call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %430)
  %438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %433, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %431)
  %439 = fadd <8 x float> %438, %351
  %440 = fadd <8 x float> %359, %363
  %441 = fsub <8 x float> %359, %363
  %442 = fadd <8 x float> %367, %371
  %443 = fsub <8 x float> %367, %371
  %444 = fadd <8 x float> %355, %440
  %445 = fadd <8 x float> %444, %442
  %446 = call <8 x float> @llvm.fma.v8f32(<8 x float> %443, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %441)
  %447 = call <8 x float> @llvm.fma.v8f32(<8 x float> %442, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %440)
  %448 = call <8 x float> @llvm.fma.v8f32(<8 x float> %443, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %441)
  %449 = fadd <8 x float> %448, %375
  %450 = fadd <8 x float> %383, %387
  %451 = fsub <8 x float> %383, %387
  %452 = fadd <8 x float> %391, %395
  %453 = fsub <8 x float> %391, %395
  %454 = fadd <8 x float> %379, %450
  %455 = fadd <8 x float> %454, %452
  %456 = call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %451)
  %457 = call <8 x float> @llvm.fma.v8f32(<8 x float> %452, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %450)
  %458 = call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %451)
  %459 = fadd <8 x float> %458, %399
  %460 = mul i64 %block7, 8
  %461 = getelementptr inbounds float, float* %4, i64 %460
  %462 = bitcast float* %461 to <8 x float>*
  %463 = load <8 x float>, <8 x float>* %462, align 4
  %464 = mul i64 %block7, 1352
  %465 = add i64 %18, %464
  %466 = fadd <8 x float> %415, %425
  %467 = fsub <8 x float> %415, %425
  %468 = fadd <8 x float> %435, %445
  %469 = fsub <8 x float> %435, %445
  %470 = fadd <8 x float> %405, %466
  %471 = fadd <8 x float> %470, %468
  %472 = call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %467)
  %473 = call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %466)
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %469, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %467)
  %475 = fadd <8 x float> %474, %455
  %476 = add i64 %465, 0
  %477 = fadd <8 x float> %471, %463
  %478 = fcmp olt <8 x float> %477, zeroinitializer
  %479 = select <8 x i1> %478, <8 x float> zeroinitializer, <8 x float> %477
  %480 = getelementptr inbounds float, float* %0, i64 %476
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %479, <8 x float>* %481, align 4
  %482 = fadd <8 x float> %416, %426
  %483 = fsub <8 x float> %416, %426
  %484 = fadd <8 x float> %436, %446
  %485 = fsub <8 x float> %436, %446
  %486 = fadd <8 x float> %406, %482
  %487 = fadd <8 x float> %486, %484
  %488 = call <8 x float> @llvm.fma.v8f32(<8 x float> %485, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %483)
  %489 = call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %482)
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %485, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %483)
  %491 = fadd <8 x float> %490, %456
  %492 = add i64 %465, 8
  %493 = fadd <8 x float> %487, %463
  %494 = fcmp olt <8 x float> %493, zeroinitializer
  %495 = select <8 x i1> %494, <8 x float> zeroinitializer, <8 x float> %493
  %496 = getelementptr inbounds float, float* %0, i64 %492
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %495, <8 x float>* %497, align 4
  %498 = fadd <8 x float> %417, %427
  %499 = fsub <8 x float> %417, %427
  %500 = fadd <8 x float> %437, %447
  %501 = fsub <8 x float> %437, %447
  %502 = fadd <8 x float> %407, %498
  %503 = fadd <8 x float> %502, %500
  %504 = call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %499)
  %505 = call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %498)
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %501, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %499)
  %507 = fadd <8 x float> %506, %457
  %508 = add i64 %465, 16
  %509 = fadd <8 x float> %503, %463
  %510 = fcmp olt <8 x float> %509, zeroinitializer
  %511 = select <8 x i1> %510, <8 x float> zeroinitializer, <8 x float> %509
  %512 = getelementptr inbounds float, float* %0, i64 %508
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %511, <8 x float>* %513, align 4
  %514 = fadd <8 x float> %419, %429
  %515 = fsub <8 x float> %419, %429
  %516 = fadd <8 x float> %439, %449
  %517 = fsub <8 x float> %439, %449
  %518 = fadd <8 x float> %409, %514
  %519 = fadd <8 x float> %518, %516
  %520 = call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %515)
  %521 = call <8 x float> @llvm.fma.v8f32(<8 x float> %516, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %514)
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %515)
  %523 = fadd <8 x float> %522, %459
  %524 = add i64 %465, 24
  %525 = fadd <8 x float> %519, %463
  %526 = fcmp olt <8 x float> %525, zeroinitializer
  %527 = select <8 x i1> %526, <8 x float> zeroinitializer, <8 x float> %525
  %528 = getelementptr inbounds float, float* %0, i64 %524
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %527, <8 x float>* %529, align 4
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
  %530 = icmp slt i64 %block15, 8
  br i1 %530, label %block.body13, label %block.exit14

block.body13:                                     ; preds = %block.header12
  %531 = mul i64 %block15, 8
  %532 = add i64 %20, %531
  %533 = add i64 %532, 0
  %534 = getelementptr inbounds float, float* %2, i64 %533
  %535 = bitcast float* %534 to <8 x float>*
  %536 = load <8 x float>, <8 x float>* %535, align 4
  %537 = add i64 %532, 1024
  %538 = getelementptr inbounds float, float* %2, i64 %537
  %539 = bitcast float* %538 to <8 x float>*
  %540 = load <8 x float>, <8 x float>* %539, align 4
  %541 = add i64 %532, 2048
  %542 = getelementptr inbounds float, float* %2, i64 %541
  %543 = bitcast float* %542 to <8 x float>*
  %544 = load <8 x float>, <8 x float>* %543, align 4
  %545 = add i64 %532, 3072
  %546 = getelementptr inbounds float, float* %2, i64 %545
  %547 = bitcast float* %546 to <8 x float>*
  %548 = load <8 x float>, <8 x float>* %547, align 4
  %549 = add i64 %532, 4096
  %550 = getelementptr inbounds float, float* %2, i64 %549
  %551 = bitcast float* %550 to <8 x float>*
  %552 = load <8 x float>, <8 x float>* %551, align 4
  %553 = add i64 %532, 5120
  %554 = getelementptr inbounds float, float* %2, i64 %553
  %555 = bitcast float* %554 to <8 x float>*
  %556 = load <8 x float>, <8 x float>* %555, align 4
  %557 = add i64 %532, 6144
  %558 = getelementptr inbounds float, float* %2, i64 %557
  %559 = bitcast float* %558 to <8 x float>*
  %560 = load <8 x float>, <8 x float>* %559, align 4
  %561 = add i64 %532, 7168
  %562 = getelementptr inbounds float, float* %2, i64 %561
  %563 = bitcast float* %562 to <8 x float>*
  %564 = load <8 x float>, <8 x float>* %563, align 4
  %565 = add i64 %532, 8192
  %566 = getelementptr inbounds float, float* %2, i64 %565
  %567 = bitcast float* %566 to <8 x float>*
  %568 = load <8 x float>, <8 x float>* %567, align 4
  %569 = add i64 %532, 9216
  %570 = getelementptr inbounds float, float* %2, i64 %569
  %571 = bitcast float* %570 to <8 x float>*
  %572 = load <8 x float>, <8 x float>* %571, align 4
  %573 = add i64 %532, 10240
  %574 = getelementptr inbounds float, float* %2, i64 %573
  %575 = bitcast float* %574 to <8 x float>*
  %576 = load <8 x float>, <8 x float>* %575, align 4
  %577 = add i64 %532, 11264
  %578 = getelementptr inbounds float, float* %2, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %532, 12288
  %582 = getelementptr inbounds float, float* %2, i64 %581
  %583 = bitcast float* %582 to <8 x float>*
  %584 = load <8 x float>, <8 x float>* %583, align 4
  %585 = add i64 %532, 13312
  %586 = getelementptr inbounds float, float* %2, i64 %585
  %587 = bitcast float* %586 to <8 x float>*
  %588 = load <8 x float>, <8 x float>* %587, align 4
  %589 = add i64 %532, 14336
  %590 = getelementptr inbounds float, float* %2, i64 %589
  %591 = bitcast float* %590 to <8 x float>*
  %592 = load <8 x float>, <8 x float>* %591, align 4
  %593 = add i64 %532, 15360
  %594 = getelementptr inbounds float, float* %2, i64 %593
  %595 = bitcast float* %594 to <8 x float>*
  %596 = load <8 x float>, <8 x float>* %595, align 4
  %597 = add i64 %532, 16384
  %598 = getelementptr inbounds float, float* %2, i64 %597
  %599 = bitcast float* %598 to <8 x float>*
  %600 = load <8 x float>, <8 x float>* %599, align 4
  %601 = add i64 %532, 17408
  %602 = getelementptr inbounds float, float* %2, i64 %601
  %603 = bitcast float* %602 to <8 x float>*
  %604 = load <8 x float>, <8 x float>* %603, align 4
  %605 = add i64 %532, 18432
  %606 = getelementptr inbounds float, float* %2, i64 %605
  %607 = bitcast float* %606 to <8 x float>*
  %608 = load <8 x float>, <8 x float>* %607, align 4
  %609 = add i64 %532, 19456
  %610 = getelementptr inbounds float, float* %2, i64 %609
  %611 = bitcast float* %610 to <8 x float>*
  %612 = load <8 x float>, <8 x float>* %611, align 4
  %613 = add i64 %532, 20480
  %614 = getelementptr inbounds float, float* %2, i64 %613
  %615 = bitcast float* %614 to <8 x float>*
  %616 = load <8 x float>, <8 x float>* %615, align 4
  %617 = add i64 %532, 21504
  %618 = getelementptr inbounds float, float* %2, i64 %617
  %619 = bitcast float* %618 to <8 x float>*
  %620 = load <8 x float>, <8 x float>* %619, align 4
  %621 = add i64 %532, 22528
  %622 = getelementptr inbounds float, float* %2, i64 %621
  %623 = bitcast float* %622 to <8 x float>*
  %624 = load <8 x float>, <8 x float>* %623, align 4
  %625 = add i64 %532, 23552
  %626 = getelementptr inbounds float, float* %2, i64 %625
  %627 = bitcast float* %626 to <8 x float>*
  %628 = load <8 x float>, <8 x float>* %627, align 4
  %629 = add i64 %532, 24576
  %630 = getelementptr inbounds float, float* %2, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  %632 = load <8 x float>, <8 x float>* %631, align 4
  %633 = add i64 %532, 25600
  %634 = getelementptr inbounds float, float* %2, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %532, 26624
  %638 = getelementptr inbounds float, float* %2, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  %640 = load <8 x float>, <8 x float>* %639, align 4
  %641 = add i64 %532, 27648
  %642 = getelementptr inbounds float, float* %2, i64 %641
  %643 = bitcast float* %642 to <8 x float>*
  %644 = load <8 x float>, <8 x float>* %643, align 4
  %645 = add i64 %532, 28672
  %646 = getelementptr inbounds float, float* %2, i64 %645
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = add i64 %532, 29696
  %650 = getelementptr inbounds float, float* %2, i64 %649
  %651 = bitcast float* %650 to <8 x float>*
  %652 = load <8 x float>, <8 x float>* %651, align 4
  %653 = add i64 %532, 30720
  %654 = getelementptr inbounds float, float* %2, i64 %653
  %655 = bitcast float* %654 to <8 x float>*
  %656 = load <8 x float>, <8 x float>* %655, align 4
  %657 = add i64 %532, 31744
  %658 = getelementptr inbounds float, float* %2, i64 %657
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = add i64 %532, 32768
  %662 = getelementptr inbounds float, float* %2, i64 %661
  %663 = bitcast float* %662 to <8 x float>*
  %664 = load <8 x float>, <8 x float>* %663, align 4
  %665 = add i64 %532, 33792
  %666 = getelementptr inbounds float, float* %2, i64 %665
  %667 = bitcast float* %666 to <8 x float>*
  %668 = load <8 x float>, <8 x float>* %667, align 4
  %669 = add i64 %532, 34816
  %670 = getelementptr inbounds float, float* %2, i64 %669
  %671 = bitcast float* %670 to <8 x float>*
  %672 = load <8 x float>, <8 x float>* %671, align 4
  %673 = add i64 %532, 35840
  %674 = getelementptr inbounds float, float* %2, i64 %673
  %675 = bitcast float* %674 to <8 x float>*
  %676 = load <8 x float>, <8 x float>* %675, align 4
  %677 = fadd <8 x float> %540, %544
  %678 = fsub <8 x float> %540, %544
  %679 = fadd <8 x float> %548, %552
  %680 = fsub <8 x float> %548, %552
  %681 = fadd <8 x float> %536, %677
  %682 = fadd <8 x float> %681, %679
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %678)
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %679, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %677)
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %678)
  %686 = fadd <8 x float> %685, %556
  %687 = fadd <8 x float> %564, %568
  %688 = fsub <8 x float> %564, %568
  %689 = fadd <8 x float> %572, %576
  %690 = fsub <8 x float> %572, %576
  %691 = fadd <8 x float> %560, %687
  %692 = fadd <8 x float> %691, %689
  %693 = call <8 x float> @llvm.fma.v8f32(<8 x float> %690, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %688)
  %694 = call <8 x float> @llvm.fma.v8f32(<8 x float> %689, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %687)
  %695 = call <8 x float> @llvm.fma.v8f32(<8 x float> %690, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %688)
  %696 = fadd <8 x float> %695, %580
  %697 = fadd <8 x float> %588, %592
  %698 = fsub <8 x float> %588, %592
  %699 = fadd <8 x float> %596, %600
  %700 = fsub <8 x float> %596, %600
  %701 = fadd <8 x float> %584, %697
  %702 = fadd <8 x float> %701, %699
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %698)
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %699, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %697)
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %698)
  %706 = fadd <8 x float> %705, %604
  %707 = fadd <8 x float> %612, %616
  %708 = fsub <8 x float> %612, %616
  %709 = fadd <8 x float> %620, %624
  %710 = fsub <8 x float> %620, %624
  %711 = fadd <8 x float> %608, %707
  %712 = fadd <8 x float> %711, %709
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %708)
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %707)
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %710, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %708)
  %716 = fadd <8 x float> %715, %628
  %717 = fadd <8 x float> %636, %640
  %718 = fsub <8 x float> %636, %640
  %719 = fadd <8 x float> %644, %648
  %720 = fsub <8 x float> %644, %648
  %721 = fadd <8 x float> %632, %717
  %722 = fadd <8 x float> %721, %719
  %723 = call <8 x float> @llvm.fma.v8f32(<8 x float> %720, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %718)
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %717)
  %725 = call <8 x float> @llvm.fma.v8f32(<8 x float> %720, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %718)
  %726 = fadd <8 x float> %725, %652
  %727 = fadd <8 x float> %660, %664
  %728 = fsub <8 x float> %660, %664
  %729 = fadd <8 x float> %668, %672
  %730 = fsub <8 x float> %668, %672
  %731 = fadd <8 x float> %656, %727
  %732 = fadd <8 x float> %731, %729
  %733 = call <8 x float> @llvm.fma.v8f32(<8 x float> %730, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %728)
  %734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %729, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %727)
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %730, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %728)
  %736 = fadd <8 x float> %735, %676
  %737 = mul i64 %block15, 8
  %738 = getelementptr inbounds float, float* %4, i64 %737
  %739 = bitcast float* %738 to <8 x float>*
  %740 = load <8 x float>, <8 x float>* %739, align 4
  %741 = mul i64 %block15, 1352
  %742 = add i64 %18, %741
  %743 = fadd <8 x float> %692, %702
  %744 = fsub <8 x float> %692, %702
  %745 = fadd <8 x float> %712, %722
  %746 = fsub <8 x float> %712, %722
  %747 = fadd <8 x float> %682, %743
  %748 = fadd <8 x float> %747, %745
  %749 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %744)
  %750 = call <8 x float> @llvm.fma.v8f32(<8 x float> %745, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %743)
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %744)
  %752 = fadd <8 x float> %751, %732
  %753 = add i64 %742, 0
  %754 = fadd <8 x float> %748, %740
  %755 = fcmp olt <8 x float> %754, zeroinitializer
  %756 = select <8 x i1> %755, <8 x float> zeroinitializer, <8 x float> %754
  %757 = getelementptr inbounds float, float* %0, i64 %753
  %758 = bitcast float* %757 to <8 x float>*
  store <8 x float> %756, <8 x float>* %758, align 4
  %759 = add i64 %742, 104
  %760 = fadd <8 x float> %749, %740
  %761 = fcmp olt <8 x float> %760, zeroinitializer
  %762 = select <8 x i1> %761, <8 x float> zeroinitializer, <8 x float> %760
  %763 = getelementptr inbounds float, float* %0, i64 %759
  %764 = bitcast float* %763 to <8 x float>*
  store <8 x float> %762, <8 x float>* %764, align 4
  %765 = add i64 %742, 208
  %766 = fadd <8 x float> %750, %740
  %767 = fcmp olt <8 x float> %766, zeroinitializer
  %768 = select <8 x i1> %767, <8 x float> zeroinitializer, <8 x float> %766
  %769 = getelementptr inbounds float, float* %0, i64 %765
  %770 = bitcast float* %769 to <8 x float>*
  store <8 x float> %768, <8 x float>* %770, align 4
  %771 = add i64 %742, 312
  %772 = fadd <8 x float> %752, %740
  %773 = fcmp olt <8 x float> %772, zeroinitializer
  %774 = select <8 x i1> %773, <8 x float> zeroinitializer, <8 x float> %772
  %775 = getelementptr inbounds float, float* %0, i64 %771
  %776 = bitcast float* %775 to <8 x float>*
  store <8 x float> %774, <8 x float>* %776, align 4
  %block.next16 = add i64 %block15, 1
  br label %block.header12, !llvm.loop !17

block.exit14:                                     ; preds = %block.header12
  br label %endif11

block.header17:                                   ; preds = %block.body18, %else10
  %block20 = phi i64 [ 0, %else10 ], [ %block.next21, %block.body18 ]
  %777 = icmp slt i64 %block20, 8
  br i1 %777, label %block.body18, label %block.exit19

block.body18:                                     ; preds = %block.header17
  %778 = mul i64 %block20, 8
  %779 = add i64 %20, %778
  %780 = add i64 %779, 0
  %781 = getelementptr inbounds float, float* %2, i64 %780
  %782 = bitcast float* %781 to <8 x float>*
  %783 = load <8 x float>, <8 x float>* %782, align 4
  %784 = add i64 %779, 1024
  %785 = getelementptr inbounds float, float* %2, i64 %784
  %786 = bitcast float* %785 to <8 x float>*
  %787 = load <8 x float>, <8 x float>* %786, align 4
  %788 = add i64 %779, 2048
  %789 = getelementptr inbounds float, float* %2, i64 %788
  %790 = bitcast float* %789 to <8 x float>*
  %791 = load <8 x float>, <8 x float>* %790, align 4
  %792 = add i64 %779, 3072
  %793 = getelementptr inbounds float, float* %2, i64 %792
  %794 = bitcast float* %793 to <8 x float>*
  %795 = load <8 x float>, <8 x float>* %794, align 4
  %796 = add i64 %779, 4096
  %797 = getelementptr inbounds float, float* %2, i64 %796
  %798 = bitcast float* %797 to <8 x float>*
  %799 = load <8 x float>, <8 x float>* %798, align 4
  %800 = add i64 %779, 5120
  %801 = getelementptr inbounds float, float* %2, i64 %800
  %802 = bitcast float* %801 to <8 x float>*
  %803 = load <8 x float>, <8 x float>* %802, align 4
  %804 = add i64 %779, 6144
  %805 = getelementptr inbounds float, float* %2, i64 %804
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = add i64 %779, 7168
  %809 = getelementptr inbounds float, float* %2, i64 %808
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = add i64 %779, 8192
  %813 = getelementptr inbounds float, float* %2, i64 %812
  %814 = bitcast float* %813 to <8 x float>*
  %815 = load <8 x float>, <8 x float>* %814, align 4
  %816 = add i64 %779, 9216
  %817 = getelementptr inbounds float, float* %2, i64 %816
  %818 = bitcast float* %817 to <8 x float>*
  %819 = load <8 x float>, <8 x float>* %818, align 4
  %820 = add i64 %779, 10240
  %821 = getelementptr inbounds float, float* %2, i64 %820
  %822 = bitcast float* %821 to <8 x float>*
  %823 = load <8 x float>, <8 x float>* %822, align 4
  %824 = add i64 %779, 11264
  %825 = getelementptr inbounds float, float* %2, i64 %824
  %826 = bitcast float* %825 to <8 x float>*
  %827 = load <8 x float>, <8 x float>* %826, align 4
  %828 = add i64 %779, 12288
  %829 = getelementptr inbounds float, float* %2, i64 %828
  %830 = bitcast float* %829 to <8 x float>*
  %831 = load <8 x float>, <8 x float>* %830, align 4
  %832 = add i64 %779, 13312
  %833 = getelementptr inbounds float, float* %2, i64 %832
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = add i64 %779, 14336
  %837 = getelementptr inbounds float, float* %2, i64 %836
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = add i64 %779, 15360
  %841 = getelementptr inbounds float, float* %2, i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = add i64 %779, 16384
  %845 = getelementptr inbounds float, float* %2, i64 %844
  %846 = bitcast float* %845 to <8 x float>*
  %847 = load <8 x float>, <8 x float>* %846, align 4
  %848 = add i64 %779, 17408
  %849 = getelementptr inbounds float, float* %2, i64 %848
  %850 = bitcast float* %849 to <8 x float>*
  %851 = load <8 x float>, <8 x float>* %850, align 4
  %852 = add i64 %779, 18432
  %853 = getelementptr inbounds float, float* %2, i64 %852
  %854 = bitcast float* %853 to <8 x float>*
  %855 = load <8 x float>, <8 x float>* %854, align 4
  %856 = add i64 %779, 19456
  %857 = getelementptr inbounds float, float* %2, i64 %856
  %858 = bitcast float* %857 to <8 x float>*
  %859 = load <8 x float>, <8 x float>* %858, align 4
  %860 = add i64 %779, 20480
  %861 = getelementptr inbounds float, float* %2, i64 %860
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = add i64 %779, 21504
  %865 = getelementptr inbounds float, float* %2, i64 %864
  %866 = bitcast float* %865 to <8 x float>*
  %867 = load <8 x float>, <8 x float>* %866, align 4
  %868 = add i64 %779, 22528
  %869 = getelementptr inbounds float, float* %2, i64 %868
  %870 = bitcast float* %869 to <8 x float>*
  %871 = load <8 x float>, <8 x float>* %870, align 4
  %872 = add i64 %779, 23552
  %873 = getelementptr inbounds float, float* %2, i64 %872
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = add i64 %779, 24576
  %877 = getelementptr inbounds float, float* %2, i64 %876
  %878 = bitcast float* %877 to <8 x float>*
  %879 = load <8 x float>, <8 x float>* %878, align 4
  %880 = add i64 %779, 25600
  %881 = getelementptr inbounds float, float* %2, i64 %880
  %882 = bitcast float* %881 to <8 x float>*
  %883 = load <8 x float>, <8 x float>* %882, align 4
  %884 = add i64 %779, 26624
  %885 = getelementptr inbounds float, float* %2, i64 %884
  %886 = bitcast float* %885 to <8 x float>*
  %887 = load <8 x float>, <8 x float>* %886, align 4
  %888 = add i64 %779, 27648
  %889 = getelementptr inbounds float, float* %2, i64 %888
  %890 = bitcast float* %889 to <8 x float>*
  %891 = load <8 x float>, <8 x float>* %890, align 4
  %892 = add i64 %779, 28672
  %893 = getelementptr inbounds float, float* %2, i64 %892
  %894 = bitcast float* %893 to <8 x float>*
  %895 = load <8 x float>, <8 x float>* %894, align 4
  %896 = add i64 %779, 29696
  %897 = getelementptr inbounds float, float* %2, i64 %896
  %898 = bitcast float* %897 to <8 x float>*
  %899 = load <8 x float>, <8 x float>* %898, align 4
  %900 = add i64 %779, 30720
  %901 = getelementptr inbounds float, float* %2, i64 %900
  %902 = bitcast float* %901 to <8 x float>*
  %903 = load <8 x float>, <8 x float>* %902, align 4
  %904 = add i64 %779, 31744
  %905 = getelementptr inbounds float, float* %2, i64 %904
  %906 = bitcast float* %905 to <8 x float>*
  %907 = load <8 x float>, <8 x float>* %906, align 4
  %908 = add i64 %779, 32768
  %909 = getelementptr inbounds float, float* %2, i64 %908
  %910 = bitcast float* %909 to <8 x float>*
  %911 = load <8 x float>, <8 x float>* %910, align 4
  %912 = add i64 %779, 33792
  %913 = getelementptr inbounds float, float* %2, i64 %912
  %914 = bitcast float* %913 to <8 x float>*
  %915 = load <8 x float>, <8 x float>* %914, align 4
  %916 = add i64 %779, 34816
  %917 = getelementptr inbounds float, float* %2, i64 %916
  %918 = bitcast float* %917 to <8 x float>*
  %919 = load <8 x float>, <8 x float>* %918, align 4
  %920 = add i64 %779, 35840
  %921 = getelementptr inbounds float, float* %2, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  %923 = load <8 x float>, <8 x float>* %922, align 4
  %924 = fadd <8 x float> %787, %791
  %925 = fsub <8 x float> %787, %791
  %926 = fadd <8 x float> %795, %799
  %927 = fsub <8 x float> %795, %799
  %928 = fadd <8 x float> %783, %924
  %929 = fadd <8 x float> %928, %926
  %930 = call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %925)
  %931 = call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %924)
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %925)
  %933 = fadd <8 x float> %932, %803
  %934 = fadd <8 x float> %811, %815
  %935 = fsub <8 x float> %811, %815
  %936 = fadd <8 x float> %819, %823
  %937 = fsub <8 x float> %819, %823
  %938 = fadd <8 x float> %807, %934
  %939 = fadd <8 x float> %938, %936
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %937, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %935)
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %934)
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %937, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %935)
  %943 = fadd <8 x float> %942, %827
  %944 = fadd <8 x float> %835, %839
  %945 = fsub <8 x float> %835, %839
  %946 = fadd <8 x float> %843, %847
  %947 = fsub <8 x float> %843, %847
  %948 = fadd <8 x float> %831, %944
  %949 = fadd <8 x float> %948, %946
  %950 = call <8 x float> @llvm.fma.v8f32(<8 x float> %947, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %945)
  %951 = call <8 x float> @llvm.fma.v8f32(<8 x float> %946, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %944)
  %952 = call <8 x float> @llvm.fma.v8f32(<8 x float> %947, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %945)
  %953 = fadd <8 x float> %952, %851
  %954 = fadd <8 x float> %859, %863
  %955 = fsub <8 x float> %859, %863
  %956 = fadd <8 x float> %867, %871
  %957 = fsub <8 x float> %867, %871
  %958 = fadd <8 x float> %855, %954
  %959 = fadd <8 x float> %958, %956
  %960 = call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %955)
  %961 = call <8 x float> @llvm.fma.v8f32(<8 x float> %956, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %954)
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %955)
  %963 = fadd <8 x float> %962, %875
  %964 = fadd <8 x float> %883, %887
  %965 = fsub <8 x float> %883, %887
  %966 = fadd <8 x float> %891, %895
  %967 = fsub <8 x float> %891, %895
  %968 = fadd <8 x float> %879, %964
  %969 = fadd <8 x float> %968, %966
  %970 = call <8 x float> @llvm.fma.v8f32(<8 x float> %967, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %965)
  %971 = call <8 x float> @llvm.fma.v8f32(<8 x float> %966, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %964)
  %972 = call <8 x float> @llvm.fma.v8f32(<8 x float> %967, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %965)
  %973 = fadd <8 x float> %972, %899
  %974 = fadd <8 x float> %907, %911
  %975 = fsub <8 x float> %907, %911
  %976 = fadd <8 x float> %915, %919
  %977 = fsub <8 x float> %915, %919
  %978 = fadd <8 x float> %903, %974
  %979 = fadd <8 x float> %978, %976
  %980 = call <8 x float> @llvm.fma.v8f32(<8 x float> %977, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %975)
  %981 = call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %974)
  %982 = call <8 x float> @llvm.fma.v8f32(<8 x float> %977, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %975)
  %983 = fadd <8 x float> %982, %923
  %984 = mul i64 %block20, 8
  %985 = getelementptr inbounds float, float* %4, i64 %984
  %986 = bitcast float* %985 to <8 x float>*
  %987 = load <8 x float>, <8 x float>* %986, align 4
  %988 = mul i64 %block20, 1352
  %989 = add i64 %18, %988
  %990 = fadd <8 x float> %939, %949
  %991 = fsub <8 x float> %939, %949
  %992 = fadd <8 x float> %959, %969
  %993 = fsub <8 x float> %959, %969
  %994 = fadd <8 x float> %929, %990
  %995 = fadd <8 x float> %994, %992
  %996 = call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %991)
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %992, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %990)
  %998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %991)
  %999 = fadd <8 x float> %998, %979
  %1000 = add i64 %989, 0
  %1001 = fadd <8 x float> %995, %987
  %1002 = fcmp olt <8 x float> %1001, zeroinitializer
  %1003 = select <8 x i1> %1002, <8 x float> zeroinitializer, <8 x float> %1001
  %1004 = getelementptr inbounds float, float* %0, i64 %1000
  %1005 = bitcast float* %1004 to <8 x float>*
  store <8 x float> %1003, <8 x float>* %1005, align 4
  %1006 = add i64 %989, 104
  %1007 = fadd <8 x float> %996, %987
  %1008 = fcmp olt <8 x float> %1007, zeroinitializer
  %1009 = select <8 x i1> %1008, <8 x float> zeroinitializer, <8 x float> %1007
  %1010 = getelementptr inbounds float, float* %0, i64 %1006
  %1011 = bitcast float* %1010 to <8 x float>*
  store <8 x float> %1009, <8 x float>* %1011, align 4
  %1012 = add i64 %989, 208
  %1013 = fadd <8 x float> %997, %987
  %1014 = fcmp olt <8 x float> %1013, zeroinitializer
  %1015 = select <8 x i1> %1014, <8 x float> zeroinitializer, <8 x float> %1013
  %1016 = getelementptr inbounds float, float* %0, i64 %1012
  %1017 = bitcast float* %1016 to <8 x float>*
  store <8 x float> %1015, <8 x float>* %1017, align 4
  %1018 = add i64 %989, 312
  %1019 = fadd <8 x float> %999, %987
  %1020 = fcmp olt <8 x float> %1019, zeroinitializer
  %1021 = select <8 x i1> %1020, <8 x float> zeroinitializer, <8 x float> %1019
  %1022 = getelementptr inbounds float, float* %0, i64 %1018
  %1023 = bitcast float* %1022 to <8 x float>*
  store <8 x float> %1021, <8 x float>* %1023, align 4
  %1024 = fadd <8 x float> %940, %950
  %1025 = fsub <8 x float> %940, %950
  %1026 = fadd <8 x float> %960, %970
  %1027 = fsub <8 x float> %960, %970
  %1028 = fadd <8 x float> %930, %1024
  %1029 = fadd <8 x float> %1028, %1026
  %1030 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1025)
  %1031 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1026, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1024)
  %1032 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1025)
  %1033 = fadd <8 x float> %1032, %980
  %1034 = add i64 %989, 8
  %1035 = fadd <8 x float> %1029, %987
  %1036 = fcmp olt <8 x float> %1035, zeroinitializer
  %1037 = select <8 x i1> %1036, <8 x float> zeroinitializer, <8 x float> %1035
  %1038 = getelementptr inbounds float, float* %0, i64 %1034
  %1039 = bitcast float* %1038 to <8 x float>*
  store <8 x float> %1037, <8 x float>* %1039, align 4
  %1040 = add i64 %989, 112
  %1041 = fadd <8 x float> %1030, %987
  %1042 = fcmp olt <8 x float> %1041, zeroinitializer
  %1043 = select <8 x i1> %1042, <8 x float> zeroinitializer, <8 x float> %1041
  %1044 = getelementptr inbounds float, float* %0, i64 %1040
  %1045 = bitcast float* %1044 to <8 x float>*
  store <8 x float> %1043, <8 x float>* %1045, align 4
  %1046 = add i64 %989, 216
  %1047 = fadd <8 x float> %1031, %987
  %1048 = fcmp olt <8 x float> %1047, zeroinitializer
  %1049 = select <8 x i1> %1048, <8 x float> zeroinitializer, <8 x float> %1047
  %1050 = getelementptr inbounds float, float* %0, i64 %1046
  %1051 = bitcast float* %1050 to <8 x float>*
  store <8 x float> %1049, <8 x float>* %1051, align 4
  %1052 = add i64 %989, 320
  %1053 = fadd <8 x float> %1033, %987
  %1054 = fcmp olt <8 x float> %1053, zeroinitializer
  %1055 = select <8 x i1> %1054, <8 x float> zeroinitializer, <8 x float> %1053
  %1056 = getelementptr inbounds float, float* %0, i64 %1052
  %1057 = bitcast float* %1056 to <8 x float>*
  store <8 x float> %1055, <8 x float>* %1057, align 4
  %1058 = fadd <8 x float> %941, %951
  %1059 = fsub <8 x float> %941, %951
  %1060 = fadd <8 x float> %961, %971
  %1061 = fsub <8 x float> %961, %971
  %1062 = fadd <8 x float> %931, %1058
  %1063 = fadd <8 x float> %1062, %1060
  %1064 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1059)
  %1065 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1060, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1058)
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1059)
  %1067 = fadd <8 x float> %1066, %981
  %1068 = add i64 %989, 16
  %1069 = fadd <8 x float> %1063, %987
  %1070 = fcmp olt <8 x float> %1069, zeroinitializer
  %1071 = select <8 x i1> %1070, <8 x float> zeroinitializer, <8 x float> %1069
  %1072 = getelementptr inbounds float, float* %0, i64 %1068
  %1073 = bitcast float* %1072 to <8 x float>*
  store <8 x float> %1071, <8 x float>* %1073, align 4
  %1074 = add i64 %989, 120
  %1075 = fadd <8 x float> %1064, %987
  %1076 = fcmp olt <8 x float> %1075, zeroinitializer
  %1077 = select <8 x i1> %1076, <8 x float> zeroinitializer, <8 x float> %1075
  %1078 = getelementptr inbounds float, float* %0, i64 %1074
  %1079 = bitcast float* %1078 to <8 x float>*
  store <8 x float> %1077, <8 x float>* %1079, align 4
  %1080 = add i64 %989, 224
  %1081 = fadd <8 x float> %1065, %987
  %1082 = fcmp olt <8 x float> %1081, zeroinitializer
  %1083 = select <8 x i1> %1082, <8 x float> zeroinitializer, <8 x float> %1081
  %1084 = getelementptr inbounds float, float* %0, i64 %1080
  %1085 = bitcast float* %1084 to <8 x float>*
  store <8 x float> %1083, <8 x float>* %1085, align 4
  %1086 = add i64 %989, 328
  %1087 = fadd <8 x float> %1067, %987
  %1088 = fcmp olt <8 x float> %1087, zeroinitializer
  %1089 = select <8 x i1> %1088, <8 x float> zeroinitializer, <8 x float> %1087
  %1090 = getelementptr inbounds float, float* %0, i64 %1086
  %1091 = bitcast float* %1090 to <8 x float>*
  store <8 x float> %1089, <8 x float>* %1091, align 4
  %1092 = fadd <8 x float> %943, %953
  %1093 = fsub <8 x float> %943, %953
  %1094 = fadd <8 x float> %963, %973
  %1095 = fsub <8 x float> %963, %973
  %1096 = fadd <8 x float> %933, %1092
  %1097 = fadd <8 x float> %1096, %1094
  %1098 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1093)
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1094, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1092)
  %1100 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1093)
  %1101 = fadd <8 x float> %1100, %983
  %1102 = add i64 %989, 24
  %1103 = fadd <8 x float> %1097, %987
  %1104 = fcmp olt <8 x float> %1103, zeroinitializer
  %1105 = select <8 x i1> %1104, <8 x float> zeroinitializer, <8 x float> %1103
  %1106 = getelementptr inbounds float, float* %0, i64 %1102
  %1107 = bitcast float* %1106 to <8 x float>*
  store <8 x float> %1105, <8 x float>* %1107, align 4
  %1108 = add i64 %989, 128
  %1109 = fadd <8 x float> %1098, %987
  %1110 = fcmp olt <8 x float> %1109, zeroinitializer
  %1111 = select <8 x i1> %1110, <8 x float> zeroinitializer, <8 x float> %1109
  %1112 = getelementptr inbounds float, float* %0, i64 %1108
  %1113 = bitcast float* %1112 to <8 x float>*
  store <8 x float> %1111, <8 x float>* %1113, align 4
  %1114 = add i64 %989, 232
  %1115 = fadd <8 x float> %1099, %987
  %1116 = fcmp olt <8 x float> %1115, zeroinitializer
  %1117 = select <8 x i1> %1116, <8 x float> zeroinitializer, <8 x float> %1115
  %1118 = getelementptr inbounds float, float* %0, i64 %1114
  %1119 = bitcast float* %1118 to <8 x float>*
  store <8 x float> %1117, <8 x float>* %1119, align 4
  %1120 = add i64 %989, 336
  %1121 = fadd <8 x float> %1101, %987
  %1122 = fcmp olt <8 x float> %1121, zeroinitializer
  %1123 = select <8 x i1> %1122, <8 x float> zeroinitializer, <8 x float> %1121
  %1124 = getelementptr inbounds float, float* %0, i64 %1120
  %1125 = bitcast float* %1124 to <8 x float>*
  store <8 x float> %1123, <8 x float>* %1125, align 4
  %block.next21 = add i64 %block20, 1
  br label %block.header17, !llvm.loop !18

block.exit19:                                     ; preds = %block.header17
  br label %endif11
}

; Function Attrs: nounwind
define internal void @node4.conv2d_4.step3(i8* %0) #3 {
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
  call void @node4.conv2d_4.step3.body(float* %4, float* %7, float* %10, i32* %13, float* %16, i64 %26, i64 %29)
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
  %8 = sdiv i64 %task, 6
  %9 = srem i64 %task, 6
  %10 = mul i64 %8, 1352
  %11 = getelementptr inbounds float, float* %1, i64 %10
  %12 = mul i64 %8, 6
  %13 = add i64 %12, %9
  %14 = mul i64 %13, 48
  %15 = getelementptr inbounds float, float* %0, i64 %14
  %16 = mul i64 %9, 2
  %17 = sub i64 %16, 0
  %18 = icmp sgt i64 %17, 0
  %19 = select i1 %18, i64 %17, i64 0
  %20 = add i64 %17, 2
  %21 = icmp slt i64 %20, 13
  %22 = select i1 %21, i64 %20, i64 13
  %23 = add i64 %17, 2
  %24 = icmp slt i64 %23, 13
  %25 = select i1 %24, i64 %23, i64 13
  %26 = sub i64 %25, %17
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %27 = icmp slt i64 %x, 6
  br i1 %27, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %28 = mul i64 %x, 2
  %29 = sub i64 %28, 0
  %30 = icmp sgt i64 %29, 0
  %31 = select i1 %30, i64 %29, i64 0
  %32 = add i64 %29, 2
  %33 = icmp slt i64 %32, 13
  %34 = select i1 %33, i64 %32, i64 13
  %35 = add i64 %29, 2
  %36 = icmp slt i64 %35, 13
  %37 = select i1 %36, i64 %35, i64 13
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
  %45 = mul i64 %r, 13
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
  %9 = mul i64 %task, 48
  br label %ws.header

task.exit:                                        ; preds = %task.header
  ret void

ws.header:                                        ; preds = %ws.body, %task.body
  %ws = phi i64 [ 0, %task.body ], [ %ws.next, %ws.body ]
  %10 = icmp slt i64 %ws, 6
  br i1 %10, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %11 = mul i64 %ws, 8
  %12 = add i64 %11, 0
  %13 = add i64 %9, %12
  %14 = mul i64 %8, 8
  %15 = add i64 %14, 0
  %16 = mul i64 %15, 36
  %17 = mul i64 %7, 6
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
  %28 = mul i64 %27, 36
  %29 = mul i64 %7, 6
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
  %40 = mul i64 %39, 36
  %41 = mul i64 %7, 6
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
  %52 = mul i64 %51, 36
  %53 = mul i64 %7, 6
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
  %64 = mul i64 %63, 36
  %65 = mul i64 %7, 6
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
  %76 = mul i64 %75, 36
  %77 = mul i64 %7, 6
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
  %88 = mul i64 %87, 36
  %89 = mul i64 %7, 6
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
  %100 = mul i64 %99, 36
  %101 = mul i64 %7, 6
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

; Function Attrs: nounwind
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
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #6

; Function Attrs: nounwind
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

; Function Attrs: nounwind
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
define i32 @cifar10_cnn_run(i8** %0, i8** %1, i8* %2) #3 {
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
  %17 = bitcast i32* %status to i8*
  %18 = getelementptr inbounds i8, i8* %workspace7, i64 737792
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
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %26, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %24, i32 0, i32 0)
  %27 = getelementptr inbounds i8, i8* %workspace7, i64 868864
  %28 = getelementptr inbounds i8, i8* %workspace7, i64 737792
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
  call void @node1.conv2d_2.step0(i8* %34)
  call void @node1.conv2d_2.step1(i8* %34)
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([147456 x i8], [147456 x i8]* @weight.conv2d_2.winograd, i32 0, i32 0), i8** %35, align 8
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step2, i8* %34, i32 0, i32 0)
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %36, align 8
  call void @node1.conv2d_2.step3(i8* %34)
  %37 = getelementptr inbounds i8, i8* %workspace7, i64 262656
  %38 = getelementptr inbounds i8, i8* %workspace7, i64 868864
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %37, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %41, align 8
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %42, align 8
  %43 = bitcast [6 x i8*]* %args to i8*
  call void @node2.maxPool2d_1.step0(i8* %43)
  %44 = getelementptr inbounds i8, i8* %workspace7, i64 377856
  %45 = getelementptr inbounds i8, i8* %workspace7, i64 262656
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
  call void @node3.conv2d_3.step0(i8* %51)
  call void @node3.conv2d_3.step1(i8* %51)
  %52 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([294912 x i8], [294912 x i8]* @weight.conv2d_3.winograd, i32 0, i32 0), i8** %52, align 8
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_3.step2, i8* %51, i32 0, i32 0)
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_3.bias, i32 0, i32 0), i8** %53, align 8
  call void @node3.conv2d_3.step3(i8* %51)
  %54 = getelementptr inbounds i8, i8* %workspace7, i64 435456
  %55 = getelementptr inbounds i8, i8* %workspace7, i64 377856
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
  call void @node4.conv2d_4.step0(i8* %61)
  call void @node4.conv2d_4.step1(i8* %61)
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([589824 x i8], [589824 x i8]* @weight.conv2d_4.winograd, i32 0, i32 0), i8** %62, align 8
  call void @GOMP_parallel(void (i8*)* @node4.conv2d_4.step2, i8* %61, i32 0, i32 0)
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([256 x i8], [256 x i8]* @weight.conv2d_4.bias, i32 0, i32 0), i8** %63, align 8
  call void @node4.conv2d_4.step3(i8* %61)
  %64 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %65 = getelementptr inbounds i8, i8* %workspace7, i64 435456
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %64, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %65, i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %68, align 8
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %69, align 8
  %70 = bitcast [6 x i8*]* %args to i8*
  call void @node5.maxPool2d_2.step0(i8* %70)
  %71 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %72 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %71, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %72, i8** %74, align 8
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %76, align 8
  %77 = bitcast [6 x i8*]* %args to i8*
  call void @node6.maxPool2d_2.nchw.step0(i8* %77)
  %78 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %79 = getelementptr inbounds i8, i8* %workspace7, i64 9216
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %78, i8** %80, align 8
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %79, i8** %81, align 8
  %82 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %82, align 8
  %83 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %83, align 8
  %84 = bitcast [6 x i8*]* %args to i8*
  %85 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %85, align 8
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %86, align 8
  call void @GOMP_parallel(void (i8*)* @node8.dense_1.step0, i8* %84, i32 0, i32 0)
  %87 = getelementptr inbounds i8, i8* %workspace7, i64 0
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %88, align 8
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %87, i8** %89, align 8
  %90 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %90, align 8
  %91 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %91, align 8
  %92 = bitcast [6 x i8*]* %args to i8*
  %93 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %93, align 8
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %94, align 8
  call void @node9.dense_2.step0(i8* %92)
  %95 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %output0, i8** %95, align 8
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %output0, i8** %96, align 8
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %97, align 8
  %98 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %17, i8** %98, align 8
  %99 = bitcast [6 x i8*]* %args to i8*
  call void @node10.dense_2.softmax.step0(i8* %99)
  call void @free(i8* %allocated)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @cifar10_cnn_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @cifar10_cnn_workspace_size() #7 {
entry:
  ret i64 984127
}

; Function Attrs: nounwind
define i32 @cifar10_cnn_infer(i8* %0, i8* %1, i8* %2) #7 {
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
attributes #3 = { nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #6 = { argmemonly nofree nosync nounwind willreturn writeonly }
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
