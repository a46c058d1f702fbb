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
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([12 x i8], [12 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 897727, i64 20741120 }

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

task.header:                                      ; preds = %u.exit8, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit8 ]
  %24 = icmp slt i64 %task, %7
  br i1 %24, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %25 = srem i64 %task, 32
  %26 = sdiv i64 %task, 32
  %27 = srem i64 %26, 2
  %28 = sdiv i64 %task, 64
  %29 = srem i64 %28, 1
  %30 = sdiv i64 %28, 1
  %31 = mul i64 %29, 4
  %32 = mul i64 %27, 2
  %33 = add i64 %31, %32
  %34 = mul i64 %25, 1
  %35 = mul i64 %34, 32
  %36 = mul i64 %25, 1
  %37 = mul i64 %29, 4
  %38 = mul i64 %27, 2
  %39 = add i64 %37, %38
  %40 = mul i64 %30, 3
  %41 = mul i64 %29, 3
  %42 = add i64 %40, %41
  %43 = mul i64 %42, 1156
  %44 = mul i64 %39, 216
  %45 = mul i64 %36, 34
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %u.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %u.exit ]
  %46 = icmp slt i64 %x, 30
  br i1 %46, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %47 = add i64 %35, %x
  %48 = mul i64 %30, 4
  %49 = add i64 %48, %33
  %50 = add i64 %49, 0
  %51 = mul i64 %50, 8192
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
  %70 = mul i64 %30, 4
  %71 = add i64 %70, %33
  %72 = add i64 %71, 1
  %73 = mul i64 %72, 8192
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
  %105 = add i64 %35, 30
  %106 = mul i64 %30, 4
  %107 = add i64 %106, %33
  %108 = add i64 %107, 0
  %109 = mul i64 %108, 8192
  %110 = add i64 %105, 0
  %111 = mul i64 %110, 8
  %112 = add i64 %109, %111
  %113 = add i64 %105, 1
  %114 = mul i64 %113, 8
  %115 = add i64 %109, %114
  %116 = mul i64 %30, 4
  %117 = add i64 %116, %33
  %118 = add i64 %117, 1
  %119 = mul i64 %118, 8192
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
  %136 = add i64 %45, 30
  %137 = add i64 %43, %136
  br label %u.header6

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %138 = icmp slt i64 %u, 3
  br i1 %138, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %139 = add i64 0, %u
  %140 = mul i64 %139, 1156
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
  %271 = add i64 0, %u9
  %272 = mul i64 %271, 1156
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
  %28 = sub i64 %5, 1
  %29 = add i64 64, %28
  %30 = sdiv i64 %29, %5
  %31 = mul i64 %4, %30
  %32 = icmp slt i64 %31, 64
  %33 = select i1 %32, i64 %31, i64 64
  %34 = add i64 %33, %30
  %35 = icmp slt i64 %34, 64
  %36 = select i1 %35, i64 %34, i64 64
  br label %tile.header

tile.header:                                      ; preds = %unit.exit, %entry
  %tile = phi i64 [ %33, %entry ], [ %tile.next, %unit.exit ]
  %37 = icmp slt i64 %tile, %36
  br i1 %37, label %tile.body, label %tile.exit

tile.body:                                        ; preds = %tile.header
  %38 = add i64 0, %tile
  %39 = srem i64 %38, 8
  %40 = sdiv i64 %38, 8
  %41 = srem i64 %40, 8
  %42 = sdiv i64 %38, 64
  %43 = mul i64 %42, 4
  %44 = mul i64 %43, 9248
  %45 = mul i64 %41, 136
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 32
  %51 = add i64 36992, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 792, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 792
  %58 = select i1 %57, i64 %56, i64 792
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 792
  %61 = select i1 %60, i64 %59, i64 792
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 4
  br i1 %62, label %unit.body, label %unit.exit

unit.body:                                        ; preds = %unit.header
  %63 = mul i64 %unit, 9248
  %64 = add i64 %49, %63
  %65 = add i64 %64, 80
  %66 = getelementptr inbounds float, float* %2, i64 %65
  %67 = bitcast float* %66 to i8*
  call void @llvm.prefetch.p0i8(i8* %67, i32 0, i32 3, i32 1)
  %68 = add i64 %64, 96
  %69 = getelementptr inbounds float, float* %2, i64 %68
  %70 = bitcast float* %69 to i8*
  call void @llvm.prefetch.p0i8(i8* %70, i32 0, i32 3, i32 1)
  %71 = add i64 %64, 352
  %72 = getelementptr inbounds float, float* %2, i64 %71
  %73 = bitcast float* %72 to i8*
  call void @llvm.prefetch.p0i8(i8* %73, i32 0, i32 3, i32 1)
  %74 = add i64 %64, 368
  %75 = getelementptr inbounds float, float* %2, i64 %74
  %76 = bitcast float* %75 to i8*
  call void @llvm.prefetch.p0i8(i8* %76, i32 0, i32 3, i32 1)
  %77 = add i64 %64, 624
  %78 = getelementptr inbounds float, float* %2, i64 %77
  %79 = bitcast float* %78 to i8*
  call void @llvm.prefetch.p0i8(i8* %79, i32 0, i32 3, i32 1)
  %80 = add i64 %64, 640
  %81 = getelementptr inbounds float, float* %2, i64 %80
  %82 = bitcast float* %81 to i8*
  call void @llvm.prefetch.p0i8(i8* %82, i32 0, i32 3, i32 1)
  %83 = add i64 %64, 896
  %84 = getelementptr inbounds float, float* %2, i64 %83
  %85 = bitcast float* %84 to i8*
  call void @llvm.prefetch.p0i8(i8* %85, i32 0, i32 3, i32 1)
  %86 = add i64 %64, 912
  %87 = getelementptr inbounds float, float* %2, i64 %86
  %88 = bitcast float* %87 to i8*
  call void @llvm.prefetch.p0i8(i8* %88, i32 0, i32 3, i32 1)
  %89 = add i64 %64, 1168
  %90 = getelementptr inbounds float, float* %2, i64 %89
  %91 = bitcast float* %90 to i8*
  call void @llvm.prefetch.p0i8(i8* %91, i32 0, i32 3, i32 1)
  %92 = add i64 %64, 1184
  %93 = getelementptr inbounds float, float* %2, i64 %92
  %94 = bitcast float* %93 to i8*
  call void @llvm.prefetch.p0i8(i8* %94, i32 0, i32 3, i32 1)
  %95 = add i64 %64, 1440
  %96 = getelementptr inbounds float, float* %2, i64 %95
  %97 = bitcast float* %96 to i8*
  call void @llvm.prefetch.p0i8(i8* %97, i32 0, i32 3, i32 1)
  %98 = add i64 %64, 1456
  %99 = getelementptr inbounds float, float* %2, i64 %98
  %100 = bitcast float* %99 to i8*
  call void @llvm.prefetch.p0i8(i8* %100, i32 0, i32 3, i32 1)
  br label %column.header

unit.exit:                                        ; preds = %unit.header
  %tile.next = add i64 %tile, 1
  br label %tile.header, !llvm.loop !3

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
  %108 = add i64 %103, 272
  %109 = getelementptr inbounds float, float* %2, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  %111 = load <8 x float>, <8 x float>* %110, align 4
  %112 = add i64 %103, 544
  %113 = getelementptr inbounds float, float* %2, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %115 = load <8 x float>, <8 x float>* %114, align 4
  %116 = add i64 %103, 816
  %117 = getelementptr inbounds float, float* %2, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %103, 1088
  %121 = getelementptr inbounds float, float* %2, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %123 = load <8 x float>, <8 x float>* %122, align 4
  %124 = add i64 %103, 1360
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
  br label %column.header, !llvm.loop !4

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
  %214 = mul i64 %row, 12288
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 2048
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 4096
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 6144
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 8192
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 10240
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !5

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !6

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 22
  %236 = srem i64 %task, 22
  %237 = mul i64 %235, 2048
  %238 = add i64 36992, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 1024
  %241 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.winograd to float*), i64 %240
  %242 = mul i64 %235, 2048
  %243 = add i64 110720, %242
  %244 = add i64 %235, 1
  %245 = icmp slt i64 %244, 35
  %246 = select i1 %245, i64 %244, i64 35
  %247 = mul i64 %246, 1024
  %248 = mul i64 %236, 48
  %249 = add i64 %247, %248
  %250 = icmp slt i64 %249, 36352
  %251 = select i1 %250, i64 %249, i64 36352
  %252 = getelementptr inbounds float, float* bitcast ([147456 x i8]* @weight.conv2d_2.winograd to float*), i64 %251
  %253 = sdiv i64 %236, 2
  %254 = srem i64 %236, 2
  %255 = mul i64 %253, 6
  %256 = mul i64 %254, 16
  %257 = mul i64 %254, 512
  %258 = icmp eq i64 %253, 10
  br i1 %258, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %259 = sub i64 %5, 1
  %260 = add i64 64, %259
  %261 = sdiv i64 %260, %5
  %262 = mul i64 %4, %261
  %263 = icmp slt i64 %262, 64
  %264 = select i1 %263, i64 %262, i64 64
  %265 = add i64 %264, %261
  %266 = icmp slt i64 %265, 64
  %267 = select i1 %266, i64 %265, i64 64
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
  br label %task.header, !llvm.loop !7

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %268 = icmp slt i64 %k, 32
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
  %284 = mul i64 %283, 32
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
  %294 = mul i64 %293, 32
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
  %304 = mul i64 %303, 32
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
  %314 = mul i64 %313, 32
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
  %326 = mul i64 %323, 32
  %327 = add i64 %326, %324
  %328 = add i64 %243, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %255, 1
  %332 = add i64 %256, 0
  %333 = load <8 x float>, <8 x float>* %25, align 32
  %334 = mul i64 %331, 32
  %335 = add i64 %334, %332
  %336 = add i64 %243, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %255, 2
  %340 = add i64 %256, 0
  %341 = load <8 x float>, <8 x float>* %24, align 32
  %342 = mul i64 %339, 32
  %343 = add i64 %342, %340
  %344 = add i64 %243, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %255, 3
  %348 = add i64 %256, 0
  %349 = load <8 x float>, <8 x float>* %23, align 32
  %350 = mul i64 %347, 32
  %351 = add i64 %350, %348
  %352 = add i64 %243, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %255, 0
  %356 = add i64 %256, 8
  %357 = load <8 x float>, <8 x float>* %22, align 32
  %358 = mul i64 %355, 32
  %359 = add i64 %358, %356
  %360 = add i64 %243, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %255, 1
  %364 = add i64 %256, 8
  %365 = load <8 x float>, <8 x float>* %21, align 32
  %366 = mul i64 %363, 32
  %367 = add i64 %366, %364
  %368 = add i64 %243, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %255, 2
  %372 = add i64 %256, 8
  %373 = load <8 x float>, <8 x float>* %20, align 32
  %374 = mul i64 %371, 32
  %375 = add i64 %374, %372
  %376 = add i64 %243, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  %379 = add i64 %255, 3
  %380 = add i64 %256, 8
  %381 = load <8 x float>, <8 x float>* %19, align 32
  %382 = mul i64 %379, 32
  %383 = add i64 %382, %380
  %384 = add i64 %243, %383
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %381, <8 x float>* %386, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %387 = icmp slt i64 %k7, 32
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
  %403 = mul i64 %402, 32
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
  %413 = mul i64 %412, 32
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
  %423 = mul i64 %422, 32
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
  %433 = mul i64 %432, 32
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
  %443 = mul i64 %442, 32
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
  %453 = mul i64 %452, 32
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
  %465 = mul i64 %462, 32
  %466 = add i64 %465, %463
  %467 = add i64 %243, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %255, 1
  %471 = add i64 %256, 0
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = mul i64 %470, 32
  %474 = add i64 %473, %471
  %475 = add i64 %243, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %255, 2
  %479 = add i64 %256, 0
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = mul i64 %478, 32
  %482 = add i64 %481, %479
  %483 = add i64 %243, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %255, 3
  %487 = add i64 %256, 0
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = mul i64 %486, 32
  %490 = add i64 %489, %487
  %491 = add i64 %243, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %255, 4
  %495 = add i64 %256, 0
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = mul i64 %494, 32
  %498 = add i64 %497, %495
  %499 = add i64 %243, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %255, 5
  %503 = add i64 %256, 0
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = mul i64 %502, 32
  %506 = add i64 %505, %503
  %507 = add i64 %243, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  %510 = add i64 %255, 0
  %511 = add i64 %256, 8
  %512 = load <8 x float>, <8 x float>* %12, align 32
  %513 = mul i64 %510, 32
  %514 = add i64 %513, %511
  %515 = add i64 %243, %514
  %516 = getelementptr inbounds float, float* %2, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %512, <8 x float>* %517, align 4
  %518 = add i64 %255, 1
  %519 = add i64 %256, 8
  %520 = load <8 x float>, <8 x float>* %11, align 32
  %521 = mul i64 %518, 32
  %522 = add i64 %521, %519
  %523 = add i64 %243, %522
  %524 = getelementptr inbounds float, float* %2, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %520, <8 x float>* %525, align 4
  %526 = add i64 %255, 2
  %527 = add i64 %256, 8
  %528 = load <8 x float>, <8 x float>* %10, align 32
  %529 = mul i64 %526, 32
  %530 = add i64 %529, %527
  %531 = add i64 %243, %530
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %528, <8 x float>* %533, align 4
  %534 = add i64 %255, 3
  %535 = add i64 %256, 8
  %536 = load <8 x float>, <8 x float>* %9, align 32
  %537 = mul i64 %534, 32
  %538 = add i64 %537, %535
  %539 = add i64 %243, %538
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  store <8 x float> %536, <8 x float>* %541, align 4
  %542 = add i64 %255, 4
  %543 = add i64 %256, 8
  %544 = load <8 x float>, <8 x float>* %8, align 32
  %545 = mul i64 %542, 32
  %546 = add i64 %545, %543
  %547 = add i64 %243, %546
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %544, <8 x float>* %549, align 4
  %550 = add i64 %255, 5
  %551 = add i64 %256, 8
  %552 = load <8 x float>, <8 x float>* %7, align 32
  %553 = mul i64 %550, 32
  %554 = add i64 %553, %551
  %555 = add i64 %243, %554
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %552, <8 x float>* %557, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %264, %task.exit ], [ %tile.next63, %endif21 ]
  %558 = icmp slt i64 %tile18, %267
  br i1 %558, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %559 = add i64 0, %tile18
  %560 = srem i64 %559, 8
  %561 = sdiv i64 %559, 8
  %562 = srem i64 %561, 8
  %563 = sdiv i64 %559, 64
  %564 = mul i64 %563, 4
  %565 = mul i64 %564, 7200
  %566 = mul i64 %562, 120
  %567 = mul i64 %560, 4
  %568 = add i64 %566, %567
  %569 = mul i64 %568, 8
  %570 = add i64 %565, %569
  %571 = mul i64 %563, 4
  %572 = mul i64 %571, 1800
  %573 = mul i64 %562, 30
  %574 = mul i64 %560, 2
  %575 = add i64 %573, %574
  %576 = mul i64 %575, 8
  %577 = add i64 %572, %576
  %578 = mul i64 %tile18, 32
  %579 = add i64 110720, %578
  %580 = bitcast [192 x float]* %6 to float*
  %581 = icmp eq i64 %562, 7
  br i1 %581, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %582 = icmp eq i64 %560, 7
  br i1 %582, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %583 = icmp eq i64 %560, 7
  br i1 %583, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !8

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %584 = icmp slt i64 %block, 4
  br i1 %584, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %585 = mul i64 %block, 8
  %586 = add i64 %579, %585
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %587 = icmp slt i64 %row28, 6
  br i1 %587, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %588 = mul i64 %row28, 12288
  %589 = add i64 %586, %588
  %590 = add i64 %589, 0
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %589, 2048
  %595 = getelementptr inbounds float, float* %2, i64 %594
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = add i64 %589, 4096
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = bitcast float* %599 to <8 x float>*
  %601 = load <8 x float>, <8 x float>* %600, align 4
  %602 = add i64 %589, 6144
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = add i64 %589, 8192
  %607 = getelementptr inbounds float, float* %2, i64 %606
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = add i64 %589, 10240
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = bitcast float* %611 to <8 x float>*
  %613 = load <8 x float>, <8 x float>* %612, align 4
  %614 = fadd <8 x float> %597, %601
  %615 = fsub <8 x float> %597, %601
  %616 = fadd <8 x float> %605, %609
  %617 = fsub <8 x float> %605, %609
  %618 = fadd <8 x float> %593, %614
  %619 = fadd <8 x float> %618, %616
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %615)
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %616, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %614)
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %615)
  %623 = fadd <8 x float> %622, %613
  %624 = mul i64 %row28, 32
  %625 = add i64 %624, 0
  %626 = getelementptr inbounds float, float* %580, i64 %625
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %619, <8 x float>* %627, align 4
  %628 = mul i64 %row28, 32
  %629 = add i64 %628, 8
  %630 = getelementptr inbounds float, float* %580, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  store <8 x float> %620, <8 x float>* %631, align 4
  %632 = mul i64 %row28, 32
  %633 = add i64 %632, 16
  %634 = getelementptr inbounds float, float* %580, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %621, <8 x float>* %635, align 4
  %636 = mul i64 %row28, 32
  %637 = add i64 %636, 24
  %638 = getelementptr inbounds float, float* %580, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %623, <8 x float>* %639, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !9

row.exit27:                                       ; preds = %row.header25
  %640 = mul i64 %block, 8
  %641 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = mul i64 %block, 7200
  %645 = add i64 %570, %644
  %646 = getelementptr inbounds float, float* %580, i64 0
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %580, i64 32
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %580, i64 64
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %580, i64 96
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %580, i64 128
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = getelementptr inbounds float, float* %580, i64 160
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
  %674 = fadd <8 x float> %669, %643
  %675 = fcmp olt <8 x float> %674, zeroinitializer
  %676 = select <8 x i1> %675, <8 x float> zeroinitializer, <8 x float> %674
  %677 = fadd <8 x float> %670, %643
  %678 = fcmp olt <8 x float> %677, zeroinitializer
  %679 = select <8 x i1> %678, <8 x float> zeroinitializer, <8 x float> %677
  %680 = getelementptr inbounds float, float* %580, i64 8
  %681 = bitcast float* %680 to <8 x float>*
  %682 = load <8 x float>, <8 x float>* %681, align 4
  %683 = getelementptr inbounds float, float* %580, i64 40
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  %686 = getelementptr inbounds float, float* %580, i64 72
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = getelementptr inbounds float, float* %580, i64 104
  %690 = bitcast float* %689 to <8 x float>*
  %691 = load <8 x float>, <8 x float>* %690, align 4
  %692 = getelementptr inbounds float, float* %580, i64 136
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = getelementptr inbounds float, float* %580, i64 168
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = fadd <8 x float> %685, %688
  %699 = fsub <8 x float> %685, %688
  %700 = fadd <8 x float> %691, %694
  %701 = fsub <8 x float> %691, %694
  %702 = fadd <8 x float> %682, %698
  %703 = fadd <8 x float> %702, %700
  %704 = call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %699)
  %705 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %698)
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %699)
  %707 = fadd <8 x float> %706, %697
  %708 = fadd <8 x float> %703, %643
  %709 = fcmp olt <8 x float> %708, zeroinitializer
  %710 = select <8 x i1> %709, <8 x float> zeroinitializer, <8 x float> %708
  %711 = fadd <8 x float> %704, %643
  %712 = fcmp olt <8 x float> %711, zeroinitializer
  %713 = select <8 x i1> %712, <8 x float> zeroinitializer, <8 x float> %711
  %714 = mul i64 %block, 1800
  %715 = add i64 %577, %714
  %716 = fcmp ogt <8 x float> %676, %710
  %717 = select <8 x i1> %716, <8 x float> %676, <8 x float> %710
  %718 = fcmp uno <8 x float> %676, %676
  %719 = select <8 x i1> %718, <8 x float> %676, <8 x float> %717
  %720 = fcmp ogt <8 x float> %719, %679
  %721 = select <8 x i1> %720, <8 x float> %719, <8 x float> %679
  %722 = fcmp uno <8 x float> %719, %719
  %723 = select <8 x i1> %722, <8 x float> %719, <8 x float> %721
  %724 = fcmp ogt <8 x float> %723, %713
  %725 = select <8 x i1> %724, <8 x float> %723, <8 x float> %713
  %726 = fcmp uno <8 x float> %723, %723
  %727 = select <8 x i1> %726, <8 x float> %723, <8 x float> %725
  %728 = add i64 %715, 0
  %729 = getelementptr inbounds float, float* %0, i64 %728
  %730 = bitcast float* %729 to <8 x float>*
  store <8 x float> %727, <8 x float>* %730, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !10

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %731 = icmp slt i64 %block33, 4
  br i1 %731, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %732 = mul i64 %block33, 8
  %733 = add i64 %579, %732
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %734 = icmp slt i64 %row37, 6
  br i1 %734, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %735 = mul i64 %row37, 12288
  %736 = add i64 %733, %735
  %737 = add i64 %736, 0
  %738 = getelementptr inbounds float, float* %2, i64 %737
  %739 = bitcast float* %738 to <8 x float>*
  %740 = load <8 x float>, <8 x float>* %739, align 4
  %741 = add i64 %736, 2048
  %742 = getelementptr inbounds float, float* %2, i64 %741
  %743 = bitcast float* %742 to <8 x float>*
  %744 = load <8 x float>, <8 x float>* %743, align 4
  %745 = add i64 %736, 4096
  %746 = getelementptr inbounds float, float* %2, i64 %745
  %747 = bitcast float* %746 to <8 x float>*
  %748 = load <8 x float>, <8 x float>* %747, align 4
  %749 = add i64 %736, 6144
  %750 = getelementptr inbounds float, float* %2, i64 %749
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = add i64 %736, 8192
  %754 = getelementptr inbounds float, float* %2, i64 %753
  %755 = bitcast float* %754 to <8 x float>*
  %756 = load <8 x float>, <8 x float>* %755, align 4
  %757 = add i64 %736, 10240
  %758 = getelementptr inbounds float, float* %2, i64 %757
  %759 = bitcast float* %758 to <8 x float>*
  %760 = load <8 x float>, <8 x float>* %759, align 4
  %761 = fadd <8 x float> %744, %748
  %762 = fsub <8 x float> %744, %748
  %763 = fadd <8 x float> %752, %756
  %764 = fsub <8 x float> %752, %756
  %765 = fadd <8 x float> %740, %761
  %766 = fadd <8 x float> %765, %763
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %762)
  %768 = call <8 x float> @llvm.fma.v8f32(<8 x float> %763, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %761)
  %769 = call <8 x float> @llvm.fma.v8f32(<8 x float> %764, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %762)
  %770 = fadd <8 x float> %769, %760
  %771 = mul i64 %row37, 32
  %772 = add i64 %771, 0
  %773 = getelementptr inbounds float, float* %580, i64 %772
  %774 = bitcast float* %773 to <8 x float>*
  store <8 x float> %766, <8 x float>* %774, align 4
  %775 = mul i64 %row37, 32
  %776 = add i64 %775, 8
  %777 = getelementptr inbounds float, float* %580, i64 %776
  %778 = bitcast float* %777 to <8 x float>*
  store <8 x float> %767, <8 x float>* %778, align 4
  %779 = mul i64 %row37, 32
  %780 = add i64 %779, 16
  %781 = getelementptr inbounds float, float* %580, i64 %780
  %782 = bitcast float* %781 to <8 x float>*
  store <8 x float> %768, <8 x float>* %782, align 4
  %783 = mul i64 %row37, 32
  %784 = add i64 %783, 24
  %785 = getelementptr inbounds float, float* %580, i64 %784
  %786 = bitcast float* %785 to <8 x float>*
  store <8 x float> %770, <8 x float>* %786, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !11

row.exit36:                                       ; preds = %row.header34
  %787 = mul i64 %block33, 8
  %788 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %787
  %789 = bitcast float* %788 to <8 x float>*
  %790 = load <8 x float>, <8 x float>* %789, align 4
  %791 = mul i64 %block33, 7200
  %792 = add i64 %570, %791
  %793 = getelementptr inbounds float, float* %580, i64 0
  %794 = bitcast float* %793 to <8 x float>*
  %795 = load <8 x float>, <8 x float>* %794, align 4
  %796 = getelementptr inbounds float, float* %580, i64 32
  %797 = bitcast float* %796 to <8 x float>*
  %798 = load <8 x float>, <8 x float>* %797, align 4
  %799 = getelementptr inbounds float, float* %580, i64 64
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = getelementptr inbounds float, float* %580, i64 96
  %803 = bitcast float* %802 to <8 x float>*
  %804 = load <8 x float>, <8 x float>* %803, align 4
  %805 = getelementptr inbounds float, float* %580, i64 128
  %806 = bitcast float* %805 to <8 x float>*
  %807 = load <8 x float>, <8 x float>* %806, align 4
  %808 = getelementptr inbounds float, float* %580, i64 160
  %809 = bitcast float* %808 to <8 x float>*
  %810 = load <8 x float>, <8 x float>* %809, align 4
  %811 = fadd <8 x float> %798, %801
  %812 = fsub <8 x float> %798, %801
  %813 = fadd <8 x float> %804, %807
  %814 = fsub <8 x float> %804, %807
  %815 = fadd <8 x float> %795, %811
  %816 = fadd <8 x float> %815, %813
  %817 = call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %812)
  %818 = call <8 x float> @llvm.fma.v8f32(<8 x float> %813, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %811)
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %814, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %812)
  %820 = fadd <8 x float> %819, %810
  %821 = fadd <8 x float> %816, %790
  %822 = fcmp olt <8 x float> %821, zeroinitializer
  %823 = select <8 x i1> %822, <8 x float> zeroinitializer, <8 x float> %821
  %824 = fadd <8 x float> %817, %790
  %825 = fcmp olt <8 x float> %824, zeroinitializer
  %826 = select <8 x i1> %825, <8 x float> zeroinitializer, <8 x float> %824
  %827 = getelementptr inbounds float, float* %580, i64 8
  %828 = bitcast float* %827 to <8 x float>*
  %829 = load <8 x float>, <8 x float>* %828, align 4
  %830 = getelementptr inbounds float, float* %580, i64 40
  %831 = bitcast float* %830 to <8 x float>*
  %832 = load <8 x float>, <8 x float>* %831, align 4
  %833 = getelementptr inbounds float, float* %580, i64 72
  %834 = bitcast float* %833 to <8 x float>*
  %835 = load <8 x float>, <8 x float>* %834, align 4
  %836 = getelementptr inbounds float, float* %580, i64 104
  %837 = bitcast float* %836 to <8 x float>*
  %838 = load <8 x float>, <8 x float>* %837, align 4
  %839 = getelementptr inbounds float, float* %580, i64 136
  %840 = bitcast float* %839 to <8 x float>*
  %841 = load <8 x float>, <8 x float>* %840, align 4
  %842 = getelementptr inbounds float, float* %580, i64 168
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
  %855 = fadd <8 x float> %850, %790
  %856 = fcmp olt <8 x float> %855, zeroinitializer
  %857 = select <8 x i1> %856, <8 x float> zeroinitializer, <8 x float> %855
  %858 = fadd <8 x float> %851, %790
  %859 = fcmp olt <8 x float> %858, zeroinitializer
  %860 = select <8 x i1> %859, <8 x float> zeroinitializer, <8 x float> %858
  %861 = getelementptr inbounds float, float* %580, i64 16
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = getelementptr inbounds float, float* %580, i64 48
  %865 = bitcast float* %864 to <8 x float>*
  %866 = load <8 x float>, <8 x float>* %865, align 4
  %867 = getelementptr inbounds float, float* %580, i64 80
  %868 = bitcast float* %867 to <8 x float>*
  %869 = load <8 x float>, <8 x float>* %868, align 4
  %870 = getelementptr inbounds float, float* %580, i64 112
  %871 = bitcast float* %870 to <8 x float>*
  %872 = load <8 x float>, <8 x float>* %871, align 4
  %873 = getelementptr inbounds float, float* %580, i64 144
  %874 = bitcast float* %873 to <8 x float>*
  %875 = load <8 x float>, <8 x float>* %874, align 4
  %876 = getelementptr inbounds float, float* %580, i64 176
  %877 = bitcast float* %876 to <8 x float>*
  %878 = load <8 x float>, <8 x float>* %877, align 4
  %879 = fadd <8 x float> %866, %869
  %880 = fsub <8 x float> %866, %869
  %881 = fadd <8 x float> %872, %875
  %882 = fsub <8 x float> %872, %875
  %883 = fadd <8 x float> %863, %879
  %884 = fadd <8 x float> %883, %881
  %885 = call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %880)
  %886 = call <8 x float> @llvm.fma.v8f32(<8 x float> %881, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %879)
  %887 = call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %880)
  %888 = fadd <8 x float> %887, %878
  %889 = fadd <8 x float> %884, %790
  %890 = fcmp olt <8 x float> %889, zeroinitializer
  %891 = select <8 x i1> %890, <8 x float> zeroinitializer, <8 x float> %889
  %892 = fadd <8 x float> %885, %790
  %893 = fcmp olt <8 x float> %892, zeroinitializer
  %894 = select <8 x i1> %893, <8 x float> zeroinitializer, <8 x float> %892
  %895 = getelementptr inbounds float, float* %580, i64 24
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = getelementptr inbounds float, float* %580, i64 56
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = getelementptr inbounds float, float* %580, i64 88
  %902 = bitcast float* %901 to <8 x float>*
  %903 = load <8 x float>, <8 x float>* %902, align 4
  %904 = getelementptr inbounds float, float* %580, i64 120
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = getelementptr inbounds float, float* %580, i64 152
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = getelementptr inbounds float, float* %580, i64 184
  %911 = bitcast float* %910 to <8 x float>*
  %912 = load <8 x float>, <8 x float>* %911, align 4
  %913 = fadd <8 x float> %900, %903
  %914 = fsub <8 x float> %900, %903
  %915 = fadd <8 x float> %906, %909
  %916 = fsub <8 x float> %906, %909
  %917 = fadd <8 x float> %897, %913
  %918 = fadd <8 x float> %917, %915
  %919 = call <8 x float> @llvm.fma.v8f32(<8 x float> %916, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %914)
  %920 = call <8 x float> @llvm.fma.v8f32(<8 x float> %915, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %913)
  %921 = call <8 x float> @llvm.fma.v8f32(<8 x float> %916, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %914)
  %922 = fadd <8 x float> %921, %912
  %923 = fadd <8 x float> %918, %790
  %924 = fcmp olt <8 x float> %923, zeroinitializer
  %925 = select <8 x i1> %924, <8 x float> zeroinitializer, <8 x float> %923
  %926 = fadd <8 x float> %919, %790
  %927 = fcmp olt <8 x float> %926, zeroinitializer
  %928 = select <8 x i1> %927, <8 x float> zeroinitializer, <8 x float> %926
  %929 = mul i64 %block33, 1800
  %930 = add i64 %577, %929
  %931 = fcmp ogt <8 x float> %823, %857
  %932 = select <8 x i1> %931, <8 x float> %823, <8 x float> %857
  %933 = fcmp uno <8 x float> %823, %823
  %934 = select <8 x i1> %933, <8 x float> %823, <8 x float> %932
  %935 = fcmp ogt <8 x float> %934, %826
  %936 = select <8 x i1> %935, <8 x float> %934, <8 x float> %826
  %937 = fcmp uno <8 x float> %934, %934
  %938 = select <8 x i1> %937, <8 x float> %934, <8 x float> %936
  %939 = fcmp ogt <8 x float> %938, %860
  %940 = select <8 x i1> %939, <8 x float> %938, <8 x float> %860
  %941 = fcmp uno <8 x float> %938, %938
  %942 = select <8 x i1> %941, <8 x float> %938, <8 x float> %940
  %943 = add i64 %930, 0
  %944 = getelementptr inbounds float, float* %0, i64 %943
  %945 = bitcast float* %944 to <8 x float>*
  store <8 x float> %942, <8 x float>* %945, align 4
  %946 = fcmp ogt <8 x float> %891, %925
  %947 = select <8 x i1> %946, <8 x float> %891, <8 x float> %925
  %948 = fcmp uno <8 x float> %891, %891
  %949 = select <8 x i1> %948, <8 x float> %891, <8 x float> %947
  %950 = fcmp ogt <8 x float> %949, %894
  %951 = select <8 x i1> %950, <8 x float> %949, <8 x float> %894
  %952 = fcmp uno <8 x float> %949, %949
  %953 = select <8 x i1> %952, <8 x float> %949, <8 x float> %951
  %954 = fcmp ogt <8 x float> %953, %928
  %955 = select <8 x i1> %954, <8 x float> %953, <8 x float> %928
  %956 = fcmp uno <8 x float> %953, %953
  %957 = select <8 x i1> %956, <8 x float> %953, <8 x float> %955
  %958 = add i64 %930, 8
  %959 = getelementptr inbounds float, float* %0, i64 %958
  %960 = bitcast float* %959 to <8 x float>*
  store <8 x float> %957, <8 x float>* %960, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !12

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %961 = icmp slt i64 %block46, 4
  br i1 %961, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %962 = mul i64 %block46, 8
  %963 = add i64 %579, %962
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %964 = icmp slt i64 %row50, 6
  br i1 %964, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %965 = mul i64 %row50, 12288
  %966 = add i64 %963, %965
  %967 = add i64 %966, 0
  %968 = getelementptr inbounds float, float* %2, i64 %967
  %969 = bitcast float* %968 to <8 x float>*
  %970 = load <8 x float>, <8 x float>* %969, align 4
  %971 = add i64 %966, 2048
  %972 = getelementptr inbounds float, float* %2, i64 %971
  %973 = bitcast float* %972 to <8 x float>*
  %974 = load <8 x float>, <8 x float>* %973, align 4
  %975 = add i64 %966, 4096
  %976 = getelementptr inbounds float, float* %2, i64 %975
  %977 = bitcast float* %976 to <8 x float>*
  %978 = load <8 x float>, <8 x float>* %977, align 4
  %979 = add i64 %966, 6144
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = add i64 %966, 8192
  %984 = getelementptr inbounds float, float* %2, i64 %983
  %985 = bitcast float* %984 to <8 x float>*
  %986 = load <8 x float>, <8 x float>* %985, align 4
  %987 = add i64 %966, 10240
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = fadd <8 x float> %974, %978
  %992 = fsub <8 x float> %974, %978
  %993 = fadd <8 x float> %982, %986
  %994 = fsub <8 x float> %982, %986
  %995 = fadd <8 x float> %970, %991
  %996 = fadd <8 x float> %995, %993
  %997 = call <8 x float> @llvm.fma.v8f32(<8 x float> %994, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %992)
  %998 = call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %991)
  %999 = call <8 x float> @llvm.fma.v8f32(<8 x float> %994, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %992)
  %1000 = fadd <8 x float> %999, %990
  %1001 = mul i64 %row50, 32
  %1002 = add i64 %1001, 0
  %1003 = getelementptr inbounds float, float* %580, i64 %1002
  %1004 = bitcast float* %1003 to <8 x float>*
  store <8 x float> %996, <8 x float>* %1004, align 4
  %1005 = mul i64 %row50, 32
  %1006 = add i64 %1005, 8
  %1007 = getelementptr inbounds float, float* %580, i64 %1006
  %1008 = bitcast float* %1007 to <8 x float>*
  store <8 x float> %997, <8 x float>* %1008, align 4
  %1009 = mul i64 %row50, 32
  %1010 = add i64 %1009, 16
  %1011 = getelementptr inbounds float, float* %580, i64 %1010
  %1012 = bitcast float* %1011 to <8 x float>*
  store <8 x float> %998, <8 x float>* %1012, align 4
  %1013 = mul i64 %row50, 32
  %1014 = add i64 %1013, 24
  %1015 = getelementptr inbounds float, float* %580, i64 %1014
  %1016 = bitcast float* %1015 to <8 x float>*
  store <8 x float> %1000, <8 x float>* %1016, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !13

row.exit49:                                       ; preds = %row.header47
  %1017 = mul i64 %block46, 8
  %1018 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %1017
  %1019 = bitcast float* %1018 to <8 x float>*
  %1020 = load <8 x float>, <8 x float>* %1019, align 4
  %1021 = mul i64 %block46, 7200
  %1022 = add i64 %570, %1021
  %1023 = getelementptr inbounds float, float* %580, i64 0
  %1024 = bitcast float* %1023 to <8 x float>*
  %1025 = load <8 x float>, <8 x float>* %1024, align 4
  %1026 = getelementptr inbounds float, float* %580, i64 32
  %1027 = bitcast float* %1026 to <8 x float>*
  %1028 = load <8 x float>, <8 x float>* %1027, align 4
  %1029 = getelementptr inbounds float, float* %580, i64 64
  %1030 = bitcast float* %1029 to <8 x float>*
  %1031 = load <8 x float>, <8 x float>* %1030, align 4
  %1032 = getelementptr inbounds float, float* %580, i64 96
  %1033 = bitcast float* %1032 to <8 x float>*
  %1034 = load <8 x float>, <8 x float>* %1033, align 4
  %1035 = getelementptr inbounds float, float* %580, i64 128
  %1036 = bitcast float* %1035 to <8 x float>*
  %1037 = load <8 x float>, <8 x float>* %1036, align 4
  %1038 = getelementptr inbounds float, float* %580, i64 160
  %1039 = bitcast float* %1038 to <8 x float>*
  %1040 = load <8 x float>, <8 x float>* %1039, align 4
  %1041 = fadd <8 x float> %1028, %1031
  %1042 = fsub <8 x float> %1028, %1031
  %1043 = fadd <8 x float> %1034, %1037
  %1044 = fsub <8 x float> %1034, %1037
  %1045 = fadd <8 x float> %1025, %1041
  %1046 = fadd <8 x float> %1045, %1043
  %1047 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1044, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1042)
  %1048 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1043, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1041)
  %1049 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1044, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1042)
  %1050 = fadd <8 x float> %1049, %1040
  %1051 = fadd <8 x float> %1046, %1020
  %1052 = fcmp olt <8 x float> %1051, zeroinitializer
  %1053 = select <8 x i1> %1052, <8 x float> zeroinitializer, <8 x float> %1051
  %1054 = fadd <8 x float> %1047, %1020
  %1055 = fcmp olt <8 x float> %1054, zeroinitializer
  %1056 = select <8 x i1> %1055, <8 x float> zeroinitializer, <8 x float> %1054
  %1057 = fadd <8 x float> %1048, %1020
  %1058 = fcmp olt <8 x float> %1057, zeroinitializer
  %1059 = select <8 x i1> %1058, <8 x float> zeroinitializer, <8 x float> %1057
  %1060 = fadd <8 x float> %1050, %1020
  %1061 = fcmp olt <8 x float> %1060, zeroinitializer
  %1062 = select <8 x i1> %1061, <8 x float> zeroinitializer, <8 x float> %1060
  %1063 = getelementptr inbounds float, float* %580, i64 8
  %1064 = bitcast float* %1063 to <8 x float>*
  %1065 = load <8 x float>, <8 x float>* %1064, align 4
  %1066 = getelementptr inbounds float, float* %580, i64 40
  %1067 = bitcast float* %1066 to <8 x float>*
  %1068 = load <8 x float>, <8 x float>* %1067, align 4
  %1069 = getelementptr inbounds float, float* %580, i64 72
  %1070 = bitcast float* %1069 to <8 x float>*
  %1071 = load <8 x float>, <8 x float>* %1070, align 4
  %1072 = getelementptr inbounds float, float* %580, i64 104
  %1073 = bitcast float* %1072 to <8 x float>*
  %1074 = load <8 x float>, <8 x float>* %1073, align 4
  %1075 = getelementptr inbounds float, float* %580, i64 136
  %1076 = bitcast float* %1075 to <8 x float>*
  %1077 = load <8 x float>, <8 x float>* %1076, align 4
  %1078 = getelementptr inbounds float, float* %580, i64 168
  %1079 = bitcast float* %1078 to <8 x float>*
  %1080 = load <8 x float>, <8 x float>* %1079, align 4
  %1081 = fadd <8 x float> %1068, %1071
  %1082 = fsub <8 x float> %1068, %1071
  %1083 = fadd <8 x float> %1074, %1077
  %1084 = fsub <8 x float> %1074, %1077
  %1085 = fadd <8 x float> %1065, %1081
  %1086 = fadd <8 x float> %1085, %1083
  %1087 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1084, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1082)
  %1088 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1083, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1081)
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1084, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1082)
  %1090 = fadd <8 x float> %1089, %1080
  %1091 = fadd <8 x float> %1086, %1020
  %1092 = fcmp olt <8 x float> %1091, zeroinitializer
  %1093 = select <8 x i1> %1092, <8 x float> zeroinitializer, <8 x float> %1091
  %1094 = fadd <8 x float> %1087, %1020
  %1095 = fcmp olt <8 x float> %1094, zeroinitializer
  %1096 = select <8 x i1> %1095, <8 x float> zeroinitializer, <8 x float> %1094
  %1097 = fadd <8 x float> %1088, %1020
  %1098 = fcmp olt <8 x float> %1097, zeroinitializer
  %1099 = select <8 x i1> %1098, <8 x float> zeroinitializer, <8 x float> %1097
  %1100 = fadd <8 x float> %1090, %1020
  %1101 = fcmp olt <8 x float> %1100, zeroinitializer
  %1102 = select <8 x i1> %1101, <8 x float> zeroinitializer, <8 x float> %1100
  %1103 = mul i64 %block46, 1800
  %1104 = add i64 %577, %1103
  %1105 = fcmp ogt <8 x float> %1053, %1093
  %1106 = select <8 x i1> %1105, <8 x float> %1053, <8 x float> %1093
  %1107 = fcmp uno <8 x float> %1053, %1053
  %1108 = select <8 x i1> %1107, <8 x float> %1053, <8 x float> %1106
  %1109 = fcmp ogt <8 x float> %1108, %1056
  %1110 = select <8 x i1> %1109, <8 x float> %1108, <8 x float> %1056
  %1111 = fcmp uno <8 x float> %1108, %1108
  %1112 = select <8 x i1> %1111, <8 x float> %1108, <8 x float> %1110
  %1113 = fcmp ogt <8 x float> %1112, %1096
  %1114 = select <8 x i1> %1113, <8 x float> %1112, <8 x float> %1096
  %1115 = fcmp uno <8 x float> %1112, %1112
  %1116 = select <8 x i1> %1115, <8 x float> %1112, <8 x float> %1114
  %1117 = add i64 %1104, 0
  %1118 = getelementptr inbounds float, float* %0, i64 %1117
  %1119 = bitcast float* %1118 to <8 x float>*
  store <8 x float> %1116, <8 x float>* %1119, align 4
  %1120 = fcmp ogt <8 x float> %1059, %1099
  %1121 = select <8 x i1> %1120, <8 x float> %1059, <8 x float> %1099
  %1122 = fcmp uno <8 x float> %1059, %1059
  %1123 = select <8 x i1> %1122, <8 x float> %1059, <8 x float> %1121
  %1124 = fcmp ogt <8 x float> %1123, %1062
  %1125 = select <8 x i1> %1124, <8 x float> %1123, <8 x float> %1062
  %1126 = fcmp uno <8 x float> %1123, %1123
  %1127 = select <8 x i1> %1126, <8 x float> %1123, <8 x float> %1125
  %1128 = fcmp ogt <8 x float> %1127, %1102
  %1129 = select <8 x i1> %1128, <8 x float> %1127, <8 x float> %1102
  %1130 = fcmp uno <8 x float> %1127, %1127
  %1131 = select <8 x i1> %1130, <8 x float> %1127, <8 x float> %1129
  %1132 = add i64 %1104, 120
  %1133 = getelementptr inbounds float, float* %0, i64 %1132
  %1134 = bitcast float* %1133 to <8 x float>*
  store <8 x float> %1131, <8 x float>* %1134, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !14

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1135 = icmp slt i64 %block56, 4
  br i1 %1135, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1136 = mul i64 %block56, 8
  %1137 = add i64 %579, %1136
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1138 = icmp slt i64 %row60, 6
  br i1 %1138, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1139 = mul i64 %row60, 12288
  %1140 = add i64 %1137, %1139
  %1141 = add i64 %1140, 0
  %1142 = getelementptr inbounds float, float* %2, i64 %1141
  %1143 = bitcast float* %1142 to <8 x float>*
  %1144 = load <8 x float>, <8 x float>* %1143, align 4
  %1145 = add i64 %1140, 2048
  %1146 = getelementptr inbounds float, float* %2, i64 %1145
  %1147 = bitcast float* %1146 to <8 x float>*
  %1148 = load <8 x float>, <8 x float>* %1147, align 4
  %1149 = add i64 %1140, 4096
  %1150 = getelementptr inbounds float, float* %2, i64 %1149
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = add i64 %1140, 6144
  %1154 = getelementptr inbounds float, float* %2, i64 %1153
  %1155 = bitcast float* %1154 to <8 x float>*
  %1156 = load <8 x float>, <8 x float>* %1155, align 4
  %1157 = add i64 %1140, 8192
  %1158 = getelementptr inbounds float, float* %2, i64 %1157
  %1159 = bitcast float* %1158 to <8 x float>*
  %1160 = load <8 x float>, <8 x float>* %1159, align 4
  %1161 = add i64 %1140, 10240
  %1162 = getelementptr inbounds float, float* %2, i64 %1161
  %1163 = bitcast float* %1162 to <8 x float>*
  %1164 = load <8 x float>, <8 x float>* %1163, align 4
  %1165 = fadd <8 x float> %1148, %1152
  %1166 = fsub <8 x float> %1148, %1152
  %1167 = fadd <8 x float> %1156, %1160
  %1168 = fsub <8 x float> %1156, %1160
  %1169 = fadd <8 x float> %1144, %1165
  %1170 = fadd <8 x float> %1169, %1167
  %1171 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1166)
  %1172 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1167, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1165)
  %1173 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1166)
  %1174 = fadd <8 x float> %1173, %1164
  %1175 = mul i64 %row60, 32
  %1176 = add i64 %1175, 0
  %1177 = getelementptr inbounds float, float* %580, i64 %1176
  %1178 = bitcast float* %1177 to <8 x float>*
  store <8 x float> %1170, <8 x float>* %1178, align 4
  %1179 = mul i64 %row60, 32
  %1180 = add i64 %1179, 8
  %1181 = getelementptr inbounds float, float* %580, i64 %1180
  %1182 = bitcast float* %1181 to <8 x float>*
  store <8 x float> %1171, <8 x float>* %1182, align 4
  %1183 = mul i64 %row60, 32
  %1184 = add i64 %1183, 16
  %1185 = getelementptr inbounds float, float* %580, i64 %1184
  %1186 = bitcast float* %1185 to <8 x float>*
  store <8 x float> %1172, <8 x float>* %1186, align 4
  %1187 = mul i64 %row60, 32
  %1188 = add i64 %1187, 24
  %1189 = getelementptr inbounds float, float* %580, i64 %1188
  %1190 = bitcast float* %1189 to <8 x float>*
  store <8 x float> %1174, <8 x float>* %1190, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !15

row.exit59:                                       ; preds = %row.header57
  %1191 = mul i64 %block56, 8
  %1192 = getelementptr inbounds float, float* bitcast ([128 x i8]* @weight.conv2d_2.bias to float*), i64 %1191
  %1193 = bitcast float* %1192 to <8 x float>*
  %1194 = load <8 x float>, <8 x float>* %1193, align 4
  %1195 = mul i64 %block56, 7200
  %1196 = add i64 %570, %1195
  %1197 = getelementptr inbounds float, float* %580, i64 0
  %1198 = bitcast float* %1197 to <8 x float>*
  %1199 = load <8 x float>, <8 x float>* %1198, align 4
  %1200 = getelementptr inbounds float, float* %580, i64 32
  %1201 = bitcast float* %1200 to <8 x float>*
  %1202 = load <8 x float>, <8 x float>* %1201, align 4
  %1203 = getelementptr inbounds float, float* %580, i64 64
  %1204 = bitcast float* %1203 to <8 x float>*
  %1205 = load <8 x float>, <8 x float>* %1204, align 4
  %1206 = getelementptr inbounds float, float* %580, i64 96
  %1207 = bitcast float* %1206 to <8 x float>*
  %1208 = load <8 x float>, <8 x float>* %1207, align 4
  %1209 = getelementptr inbounds float, float* %580, i64 128
  %1210 = bitcast float* %1209 to <8 x float>*
  %1211 = load <8 x float>, <8 x float>* %1210, align 4
  %1212 = getelementptr inbounds float, float* %580, i64 160
  %1213 = bitcast float* %1212 to <8 x float>*
  %1214 = load <8 x float>, <8 x float>* %1213, align 4
  %1215 = fadd <8 x float> %1202, %1205
  %1216 = fsub <8 x float> %1202, %1205
  %1217 = fadd <8 x float> %1208, %1211
  %1218 = fsub <8 x float> %1208, %1211
  %1219 = fadd <8 x float> %1199, %1215
  %1220 = fadd <8 x float> %1219, %1217
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1218, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1216)
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1217, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1215)
  %1223 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1218, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1216)
  %1224 = fadd <8 x float> %1223, %1214
  %1225 = fadd <8 x float> %1220, %1194
  %1226 = fcmp olt <8 x float> %1225, zeroinitializer
  %1227 = select <8 x i1> %1226, <8 x float> zeroinitializer, <8 x float> %1225
  %1228 = fadd <8 x float> %1221, %1194
  %1229 = fcmp olt <8 x float> %1228, zeroinitializer
  %1230 = select <8 x i1> %1229, <8 x float> zeroinitializer, <8 x float> %1228
  %1231 = fadd <8 x float> %1222, %1194
  %1232 = fcmp olt <8 x float> %1231, zeroinitializer
  %1233 = select <8 x i1> %1232, <8 x float> zeroinitializer, <8 x float> %1231
  %1234 = fadd <8 x float> %1224, %1194
  %1235 = fcmp olt <8 x float> %1234, zeroinitializer
  %1236 = select <8 x i1> %1235, <8 x float> zeroinitializer, <8 x float> %1234
  %1237 = getelementptr inbounds float, float* %580, i64 8
  %1238 = bitcast float* %1237 to <8 x float>*
  %1239 = load <8 x float>, <8 x float>* %1238, align 4
  %1240 = getelementptr inbounds float, float* %580, i64 40
  %1241 = bitcast float* %1240 to <8 x float>*
  %1242 = load <8 x float>, <8 x float>* %1241, align 4
  %1243 = getelementptr inbounds float, float* %580, i64 72
  %1244 = bitcast float* %1243 to <8 x float>*
  %1245 = load <8 x float>, <8 x float>* %1244, align 4
  %1246 = getelementptr inbounds float, float* %580, i64 104
  %1247 = bitcast float* %1246 to <8 x float>*
  %1248 = load <8 x float>, <8 x float>* %1247, align 4
  %1249 = getelementptr inbounds float, float* %580, i64 136
  %1250 = bitcast float* %1249 to <8 x float>*
  %1251 = load <8 x float>, <8 x float>* %1250, align 4
  %1252 = getelementptr inbounds float, float* %580, i64 168
  %1253 = bitcast float* %1252 to <8 x float>*
  %1254 = load <8 x float>, <8 x float>* %1253, align 4
  %1255 = fadd <8 x float> %1242, %1245
  %1256 = fsub <8 x float> %1242, %1245
  %1257 = fadd <8 x float> %1248, %1251
  %1258 = fsub <8 x float> %1248, %1251
  %1259 = fadd <8 x float> %1239, %1255
  %1260 = fadd <8 x float> %1259, %1257
  %1261 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1258, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1256)
  %1262 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1257, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1255)
  %1263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1258, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1256)
  %1264 = fadd <8 x float> %1263, %1254
  %1265 = fadd <8 x float> %1260, %1194
  %1266 = fcmp olt <8 x float> %1265, zeroinitializer
  %1267 = select <8 x i1> %1266, <8 x float> zeroinitializer, <8 x float> %1265
  %1268 = fadd <8 x float> %1261, %1194
  %1269 = fcmp olt <8 x float> %1268, zeroinitializer
  %1270 = select <8 x i1> %1269, <8 x float> zeroinitializer, <8 x float> %1268
  %1271 = fadd <8 x float> %1262, %1194
  %1272 = fcmp olt <8 x float> %1271, zeroinitializer
  %1273 = select <8 x i1> %1272, <8 x float> zeroinitializer, <8 x float> %1271
  %1274 = fadd <8 x float> %1264, %1194
  %1275 = fcmp olt <8 x float> %1274, zeroinitializer
  %1276 = select <8 x i1> %1275, <8 x float> zeroinitializer, <8 x float> %1274
  %1277 = getelementptr inbounds float, float* %580, i64 16
  %1278 = bitcast float* %1277 to <8 x float>*
  %1279 = load <8 x float>, <8 x float>* %1278, align 4
  %1280 = getelementptr inbounds float, float* %580, i64 48
  %1281 = bitcast float* %1280 to <8 x float>*
  %1282 = load <8 x float>, <8 x float>* %1281, align 4
  %1283 = getelementptr inbounds float, float* %580, i64 80
  %1284 = bitcast float* %1283 to <8 x float>*
  %1285 = load <8 x float>, <8 x float>* %1284, align 4
  %1286 = getelementptr inbounds float, float* %580, i64 112
  %1287 = bitcast float* %1286 to <8 x float>*
  %1288 = load <8 x float>, <8 x float>* %1287, align 4
  %1289 = getelementptr inbounds float, float* %580, i64 144
  %1290 = bitcast float* %1289 to <8 x float>*
  %1291 = load <8 x float>, <8 x float>* %1290, align 4
  %1292 = getelementptr inbounds float, float* %580, i64 176
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
  %1305 = fadd <8 x float> %1300, %1194
  %1306 = fcmp olt <8 x float> %1305, zeroinitializer
  %1307 = select <8 x i1> %1306, <8 x float> zeroinitializer, <8 x float> %1305
  %1308 = fadd <8 x float> %1301, %1194
  %1309 = fcmp olt <8 x float> %1308, zeroinitializer
  %1310 = select <8 x i1> %1309, <8 x float> zeroinitializer, <8 x float> %1308
  %1311 = fadd <8 x float> %1302, %1194
  %1312 = fcmp olt <8 x float> %1311, zeroinitializer
  %1313 = select <8 x i1> %1312, <8 x float> zeroinitializer, <8 x float> %1311
  %1314 = fadd <8 x float> %1304, %1194
  %1315 = fcmp olt <8 x float> %1314, zeroinitializer
  %1316 = select <8 x i1> %1315, <8 x float> zeroinitializer, <8 x float> %1314
  %1317 = getelementptr inbounds float, float* %580, i64 24
  %1318 = bitcast float* %1317 to <8 x float>*
  %1319 = load <8 x float>, <8 x float>* %1318, align 4
  %1320 = getelementptr inbounds float, float* %580, i64 56
  %1321 = bitcast float* %1320 to <8 x float>*
  %1322 = load <8 x float>, <8 x float>* %1321, align 4
  %1323 = getelementptr inbounds float, float* %580, i64 88
  %1324 = bitcast float* %1323 to <8 x float>*
  %1325 = load <8 x float>, <8 x float>* %1324, align 4
  %1326 = getelementptr inbounds float, float* %580, i64 120
  %1327 = bitcast float* %1326 to <8 x float>*
  %1328 = load <8 x float>, <8 x float>* %1327, align 4
  %1329 = getelementptr inbounds float, float* %580, i64 152
  %1330 = bitcast float* %1329 to <8 x float>*
  %1331 = load <8 x float>, <8 x float>* %1330, align 4
  %1332 = getelementptr inbounds float, float* %580, i64 184
  %1333 = bitcast float* %1332 to <8 x float>*
  %1334 = load <8 x float>, <8 x float>* %1333, align 4
  %1335 = fadd <8 x float> %1322, %1325
  %1336 = fsub <8 x float> %1322, %1325
  %1337 = fadd <8 x float> %1328, %1331
  %1338 = fsub <8 x float> %1328, %1331
  %1339 = fadd <8 x float> %1319, %1335
  %1340 = fadd <8 x float> %1339, %1337
  %1341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1338, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1336)
  %1342 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1337, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1335)
  %1343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1338, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1336)
  %1344 = fadd <8 x float> %1343, %1334
  %1345 = fadd <8 x float> %1340, %1194
  %1346 = fcmp olt <8 x float> %1345, zeroinitializer
  %1347 = select <8 x i1> %1346, <8 x float> zeroinitializer, <8 x float> %1345
  %1348 = fadd <8 x float> %1341, %1194
  %1349 = fcmp olt <8 x float> %1348, zeroinitializer
  %1350 = select <8 x i1> %1349, <8 x float> zeroinitializer, <8 x float> %1348
  %1351 = fadd <8 x float> %1342, %1194
  %1352 = fcmp olt <8 x float> %1351, zeroinitializer
  %1353 = select <8 x i1> %1352, <8 x float> zeroinitializer, <8 x float> %1351
  %1354 = fadd <8 x float> %1344, %1194
  %1355 = fcmp olt <8 x float> %1354, zeroinitializer
  %1356 = select <8 x i1> %1355, <8 x float> zeroinitializer, <8 x float> %1354
  %1357 = mul i64 %block56, 1800
  %1358 = add i64 %577, %1357
  %1359 = fcmp ogt <8 x float> %1227, %1267
  %1360 = select <8 x i1> %1359, <8 x float> %1227, <8 x float> %1267
  %1361 = fcmp uno <8 x float> %1227, %1227
  %1362 = select <8 x i1> %1361, <8 x float> %1227, <8 x float> %1360
  %1363 = fcmp ogt <8 x float> %1362, %1230
  %1364 = select <8 x i1> %1363, <8 x float> %1362, <8 x float> %1230
  %1365 = fcmp uno <8 x float> %1362, %1362
  %1366 = select <8 x i1> %1365, <8 x float> %1362, <8 x float> %1364
  %1367 = fcmp ogt <8 x float> %1366, %1270
  %1368 = select <8 x i1> %1367, <8 x float> %1366, <8 x float> %1270
  %1369 = fcmp uno <8 x float> %1366, %1366
  %1370 = select <8 x i1> %1369, <8 x float> %1366, <8 x float> %1368
  %1371 = add i64 %1358, 0
  %1372 = getelementptr inbounds float, float* %0, i64 %1371
  %1373 = bitcast float* %1372 to <8 x float>*
  store <8 x float> %1370, <8 x float>* %1373, align 4
  %1374 = fcmp ogt <8 x float> %1307, %1347
  %1375 = select <8 x i1> %1374, <8 x float> %1307, <8 x float> %1347
  %1376 = fcmp uno <8 x float> %1307, %1307
  %1377 = select <8 x i1> %1376, <8 x float> %1307, <8 x float> %1375
  %1378 = fcmp ogt <8 x float> %1377, %1310
  %1379 = select <8 x i1> %1378, <8 x float> %1377, <8 x float> %1310
  %1380 = fcmp uno <8 x float> %1377, %1377
  %1381 = select <8 x i1> %1380, <8 x float> %1377, <8 x float> %1379
  %1382 = fcmp ogt <8 x float> %1381, %1350
  %1383 = select <8 x i1> %1382, <8 x float> %1381, <8 x float> %1350
  %1384 = fcmp uno <8 x float> %1381, %1381
  %1385 = select <8 x i1> %1384, <8 x float> %1381, <8 x float> %1383
  %1386 = add i64 %1358, 8
  %1387 = getelementptr inbounds float, float* %0, i64 %1386
  %1388 = bitcast float* %1387 to <8 x float>*
  store <8 x float> %1385, <8 x float>* %1388, align 4
  %1389 = fcmp ogt <8 x float> %1233, %1273
  %1390 = select <8 x i1> %1389, <8 x float> %1233, <8 x float> %1273
  %1391 = fcmp uno <8 x float> %1233, %1233
  %1392 = select <8 x i1> %1391, <8 x float> %1233, <8 x float> %1390
  %1393 = fcmp ogt <8 x float> %1392, %1236
  %1394 = select <8 x i1> %1393, <8 x float> %1392, <8 x float> %1236
  %1395 = fcmp uno <8 x float> %1392, %1392
  %1396 = select <8 x i1> %1395, <8 x float> %1392, <8 x float> %1394
  %1397 = fcmp ogt <8 x float> %1396, %1276
  %1398 = select <8 x i1> %1397, <8 x float> %1396, <8 x float> %1276
  %1399 = fcmp uno <8 x float> %1396, %1396
  %1400 = select <8 x i1> %1399, <8 x float> %1396, <8 x float> %1398
  %1401 = add i64 %1358, 120
  %1402 = getelementptr inbounds float, float* %0, i64 %1401
  %1403 = bitcast float* %1402 to <8 x float>*
  store <8 x float> %1400, <8 x float>* %1403, align 4
  %1404 = fcmp ogt <8 x float> %1313, %1353
  %1405 = select <8 x i1> %1404, <8 x float> %1313, <8 x float> %1353
  %1406 = fcmp uno <8 x float> %1313, %1313
  %1407 = select <8 x i1> %1406, <8 x float> %1313, <8 x float> %1405
  %1408 = fcmp ogt <8 x float> %1407, %1316
  %1409 = select <8 x i1> %1408, <8 x float> %1407, <8 x float> %1316
  %1410 = fcmp uno <8 x float> %1407, %1407
  %1411 = select <8 x i1> %1410, <8 x float> %1407, <8 x float> %1409
  %1412 = fcmp ogt <8 x float> %1411, %1356
  %1413 = select <8 x i1> %1412, <8 x float> %1411, <8 x float> %1356
  %1414 = fcmp uno <8 x float> %1411, %1411
  %1415 = select <8 x i1> %1414, <8 x float> %1411, <8 x float> %1413
  %1416 = add i64 %1358, 128
  %1417 = getelementptr inbounds float, float* %0, i64 %1416
  %1418 = bitcast float* %1417 to <8 x float>*
  store <8 x float> %1415, <8 x float>* %1418, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !16
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
  %19 = add i64 72, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 72
  %23 = select i1 %22, i64 %21, i64 72
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 72
  %26 = select i1 %25, i64 %24, i64 72
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
  %43 = mul i64 %42, 4
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 32
  %51 = add i64 10368, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 432, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 432
  %58 = select i1 %57, i64 %56, i64 432
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 432
  %61 = select i1 %60, i64 %59, i64 432
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 4
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
  br label %tile.header, !llvm.loop !17

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
  br label %column.header, !llvm.loop !18

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
  %214 = mul i64 %row, 3072
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 512
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 1024
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 1536
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 2048
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 2560
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !19

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !20

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 12
  %236 = srem i64 %task, 12
  %237 = mul i64 %235, 512
  %238 = add i64 10368, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 2048
  %241 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_3.winograd to float*), i64 %240
  %242 = mul i64 %235, 1024
  %243 = add i64 28800, %242
  %244 = add i64 %235, 1
  %245 = icmp slt i64 %244, 35
  %246 = select i1 %245, i64 %244, i64 35
  %247 = mul i64 %246, 2048
  %248 = mul i64 %236, 176
  %249 = add i64 %247, %248
  %250 = icmp slt i64 %249, 73216
  %251 = select i1 %250, i64 %249, i64 73216
  %252 = getelementptr inbounds float, float* bitcast ([294912 x i8]* @weight.conv2d_3.winograd to float*), i64 %251
  %253 = sdiv i64 %236, 4
  %254 = srem i64 %236, 4
  %255 = mul i64 %253, 6
  %256 = mul i64 %254, 16
  %257 = mul i64 %254, 512
  %258 = icmp eq i64 %253, 2
  br i1 %258, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %259 = sub i64 %5, 1
  %260 = add i64 16, %259
  %261 = sdiv i64 %260, %5
  %262 = mul i64 %4, %261
  %263 = icmp slt i64 %262, 16
  %264 = select i1 %263, i64 %262, i64 16
  %265 = add i64 %264, %261
  %266 = icmp slt i64 %265, 16
  %267 = select i1 %266, i64 %265, i64 16
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
  br label %task.header, !llvm.loop !21

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %268 = icmp slt i64 %k, 32
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
  %284 = mul i64 %283, 32
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
  %294 = mul i64 %293, 32
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
  %304 = mul i64 %303, 32
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
  %314 = mul i64 %313, 32
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
  %326 = mul i64 %323, 64
  %327 = add i64 %326, %324
  %328 = add i64 %243, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %255, 1
  %332 = add i64 %256, 0
  %333 = load <8 x float>, <8 x float>* %25, align 32
  %334 = mul i64 %331, 64
  %335 = add i64 %334, %332
  %336 = add i64 %243, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %255, 2
  %340 = add i64 %256, 0
  %341 = load <8 x float>, <8 x float>* %24, align 32
  %342 = mul i64 %339, 64
  %343 = add i64 %342, %340
  %344 = add i64 %243, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %255, 3
  %348 = add i64 %256, 0
  %349 = load <8 x float>, <8 x float>* %23, align 32
  %350 = mul i64 %347, 64
  %351 = add i64 %350, %348
  %352 = add i64 %243, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %255, 0
  %356 = add i64 %256, 8
  %357 = load <8 x float>, <8 x float>* %22, align 32
  %358 = mul i64 %355, 64
  %359 = add i64 %358, %356
  %360 = add i64 %243, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %255, 1
  %364 = add i64 %256, 8
  %365 = load <8 x float>, <8 x float>* %21, align 32
  %366 = mul i64 %363, 64
  %367 = add i64 %366, %364
  %368 = add i64 %243, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %255, 2
  %372 = add i64 %256, 8
  %373 = load <8 x float>, <8 x float>* %20, align 32
  %374 = mul i64 %371, 64
  %375 = add i64 %374, %372
  %376 = add i64 %243, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  %379 = add i64 %255, 3
  %380 = add i64 %256, 8
  %381 = load <8 x float>, <8 x float>* %19, align 32
  %382 = mul i64 %379, 64
  %383 = add i64 %382, %380
  %384 = add i64 %243, %383
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %381, <8 x float>* %386, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %387 = icmp slt i64 %k7, 32
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
  %403 = mul i64 %402, 32
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
  %413 = mul i64 %412, 32
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
  %423 = mul i64 %422, 32
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
  %433 = mul i64 %432, 32
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
  %443 = mul i64 %442, 32
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
  %453 = mul i64 %452, 32
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
  %465 = mul i64 %462, 64
  %466 = add i64 %465, %463
  %467 = add i64 %243, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %255, 1
  %471 = add i64 %256, 0
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = mul i64 %470, 64
  %474 = add i64 %473, %471
  %475 = add i64 %243, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %255, 2
  %479 = add i64 %256, 0
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = mul i64 %478, 64
  %482 = add i64 %481, %479
  %483 = add i64 %243, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %255, 3
  %487 = add i64 %256, 0
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = mul i64 %486, 64
  %490 = add i64 %489, %487
  %491 = add i64 %243, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %255, 4
  %495 = add i64 %256, 0
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = mul i64 %494, 64
  %498 = add i64 %497, %495
  %499 = add i64 %243, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %255, 5
  %503 = add i64 %256, 0
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = mul i64 %502, 64
  %506 = add i64 %505, %503
  %507 = add i64 %243, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  %510 = add i64 %255, 0
  %511 = add i64 %256, 8
  %512 = load <8 x float>, <8 x float>* %12, align 32
  %513 = mul i64 %510, 64
  %514 = add i64 %513, %511
  %515 = add i64 %243, %514
  %516 = getelementptr inbounds float, float* %2, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %512, <8 x float>* %517, align 4
  %518 = add i64 %255, 1
  %519 = add i64 %256, 8
  %520 = load <8 x float>, <8 x float>* %11, align 32
  %521 = mul i64 %518, 64
  %522 = add i64 %521, %519
  %523 = add i64 %243, %522
  %524 = getelementptr inbounds float, float* %2, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %520, <8 x float>* %525, align 4
  %526 = add i64 %255, 2
  %527 = add i64 %256, 8
  %528 = load <8 x float>, <8 x float>* %10, align 32
  %529 = mul i64 %526, 64
  %530 = add i64 %529, %527
  %531 = add i64 %243, %530
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %528, <8 x float>* %533, align 4
  %534 = add i64 %255, 3
  %535 = add i64 %256, 8
  %536 = load <8 x float>, <8 x float>* %9, align 32
  %537 = mul i64 %534, 64
  %538 = add i64 %537, %535
  %539 = add i64 %243, %538
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  store <8 x float> %536, <8 x float>* %541, align 4
  %542 = add i64 %255, 4
  %543 = add i64 %256, 8
  %544 = load <8 x float>, <8 x float>* %8, align 32
  %545 = mul i64 %542, 64
  %546 = add i64 %545, %543
  %547 = add i64 %243, %546
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %544, <8 x float>* %549, align 4
  %550 = add i64 %255, 5
  %551 = add i64 %256, 8
  %552 = load <8 x float>, <8 x float>* %7, align 32
  %553 = mul i64 %550, 64
  %554 = add i64 %553, %551
  %555 = add i64 %243, %554
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %552, <8 x float>* %557, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %264, %task.exit ], [ %tile.next63, %endif21 ]
  %558 = icmp slt i64 %tile18, %267
  br i1 %558, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %559 = add i64 0, %tile18
  %560 = srem i64 %559, 4
  %561 = sdiv i64 %559, 4
  %562 = srem i64 %561, 4
  %563 = sdiv i64 %559, 16
  %564 = mul i64 %563, 8
  %565 = mul i64 %564, 1800
  %566 = mul i64 %562, 60
  %567 = mul i64 %560, 4
  %568 = add i64 %566, %567
  %569 = mul i64 %568, 8
  %570 = add i64 %565, %569
  %571 = mul i64 %563, 8
  %572 = mul i64 %571, 1800
  %573 = mul i64 %562, 30
  %574 = mul i64 %560, 2
  %575 = add i64 %573, %574
  %576 = mul i64 %575, 8
  %577 = add i64 %572, %576
  %578 = mul i64 %tile18, 64
  %579 = add i64 28800, %578
  %580 = bitcast [192 x float]* %6 to float*
  %581 = icmp eq i64 %562, 3
  br i1 %581, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %582 = icmp eq i64 %560, 3
  br i1 %582, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %583 = icmp eq i64 %560, 3
  br i1 %583, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !22

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %584 = icmp slt i64 %block, 8
  br i1 %584, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %585 = mul i64 %block, 8
  %586 = add i64 %579, %585
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %587 = icmp slt i64 %row28, 6
  br i1 %587, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %588 = mul i64 %row28, 6144
  %589 = add i64 %586, %588
  %590 = add i64 %589, 0
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %589, 1024
  %595 = getelementptr inbounds float, float* %2, i64 %594
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = add i64 %589, 2048
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = bitcast float* %599 to <8 x float>*
  %601 = load <8 x float>, <8 x float>* %600, align 4
  %602 = add i64 %589, 3072
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = add i64 %589, 4096
  %607 = getelementptr inbounds float, float* %2, i64 %606
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = add i64 %589, 5120
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = bitcast float* %611 to <8 x float>*
  %613 = load <8 x float>, <8 x float>* %612, align 4
  %614 = fadd <8 x float> %597, %601
  %615 = fsub <8 x float> %597, %601
  %616 = fadd <8 x float> %605, %609
  %617 = fsub <8 x float> %605, %609
  %618 = fadd <8 x float> %593, %614
  %619 = fadd <8 x float> %618, %616
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %615)
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %616, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %614)
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %615)
  %623 = fadd <8 x float> %622, %613
  %624 = mul i64 %row28, 32
  %625 = add i64 %624, 0
  %626 = getelementptr inbounds float, float* %580, i64 %625
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %619, <8 x float>* %627, align 4
  %628 = mul i64 %row28, 32
  %629 = add i64 %628, 8
  %630 = getelementptr inbounds float, float* %580, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  store <8 x float> %620, <8 x float>* %631, align 4
  %632 = mul i64 %row28, 32
  %633 = add i64 %632, 16
  %634 = getelementptr inbounds float, float* %580, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %621, <8 x float>* %635, align 4
  %636 = mul i64 %row28, 32
  %637 = add i64 %636, 24
  %638 = getelementptr inbounds float, float* %580, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %623, <8 x float>* %639, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !23

row.exit27:                                       ; preds = %row.header25
  %640 = mul i64 %block, 8
  %641 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = mul i64 %block, 1800
  %645 = add i64 %570, %644
  %646 = getelementptr inbounds float, float* %580, i64 0
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %580, i64 32
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %580, i64 64
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %580, i64 96
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %580, i64 128
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = getelementptr inbounds float, float* %580, i64 160
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
  %674 = add i64 %645, 0
  %675 = fadd <8 x float> %669, %643
  %676 = fcmp olt <8 x float> %675, zeroinitializer
  %677 = select <8 x i1> %676, <8 x float> zeroinitializer, <8 x float> %675
  %678 = getelementptr inbounds float, float* %0, i64 %674
  %679 = bitcast float* %678 to <8 x float>*
  store <8 x float> %677, <8 x float>* %679, align 4
  %680 = add i64 %645, 120
  %681 = fadd <8 x float> %670, %643
  %682 = fcmp olt <8 x float> %681, zeroinitializer
  %683 = select <8 x i1> %682, <8 x float> zeroinitializer, <8 x float> %681
  %684 = getelementptr inbounds float, float* %0, i64 %680
  %685 = bitcast float* %684 to <8 x float>*
  store <8 x float> %683, <8 x float>* %685, align 4
  %686 = add i64 %645, 240
  %687 = fadd <8 x float> %671, %643
  %688 = fcmp olt <8 x float> %687, zeroinitializer
  %689 = select <8 x i1> %688, <8 x float> zeroinitializer, <8 x float> %687
  %690 = getelementptr inbounds float, float* %0, i64 %686
  %691 = bitcast float* %690 to <8 x float>*
  store <8 x float> %689, <8 x float>* %691, align 4
  %692 = getelementptr inbounds float, float* %580, i64 8
  %693 = bitcast float* %692 to <8 x float>*
  %694 = load <8 x float>, <8 x float>* %693, align 4
  %695 = getelementptr inbounds float, float* %580, i64 40
  %696 = bitcast float* %695 to <8 x float>*
  %697 = load <8 x float>, <8 x float>* %696, align 4
  %698 = getelementptr inbounds float, float* %580, i64 72
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = getelementptr inbounds float, float* %580, i64 104
  %702 = bitcast float* %701 to <8 x float>*
  %703 = load <8 x float>, <8 x float>* %702, align 4
  %704 = getelementptr inbounds float, float* %580, i64 136
  %705 = bitcast float* %704 to <8 x float>*
  %706 = load <8 x float>, <8 x float>* %705, align 4
  %707 = getelementptr inbounds float, float* %580, i64 168
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
  %720 = add i64 %645, 8
  %721 = fadd <8 x float> %715, %643
  %722 = fcmp olt <8 x float> %721, zeroinitializer
  %723 = select <8 x i1> %722, <8 x float> zeroinitializer, <8 x float> %721
  %724 = getelementptr inbounds float, float* %0, i64 %720
  %725 = bitcast float* %724 to <8 x float>*
  store <8 x float> %723, <8 x float>* %725, align 4
  %726 = add i64 %645, 128
  %727 = fadd <8 x float> %716, %643
  %728 = fcmp olt <8 x float> %727, zeroinitializer
  %729 = select <8 x i1> %728, <8 x float> zeroinitializer, <8 x float> %727
  %730 = getelementptr inbounds float, float* %0, i64 %726
  %731 = bitcast float* %730 to <8 x float>*
  store <8 x float> %729, <8 x float>* %731, align 4
  %732 = add i64 %645, 248
  %733 = fadd <8 x float> %717, %643
  %734 = fcmp olt <8 x float> %733, zeroinitializer
  %735 = select <8 x i1> %734, <8 x float> zeroinitializer, <8 x float> %733
  %736 = getelementptr inbounds float, float* %0, i64 %732
  %737 = bitcast float* %736 to <8 x float>*
  store <8 x float> %735, <8 x float>* %737, align 4
  %738 = getelementptr inbounds float, float* %580, i64 16
  %739 = bitcast float* %738 to <8 x float>*
  %740 = load <8 x float>, <8 x float>* %739, align 4
  %741 = getelementptr inbounds float, float* %580, i64 48
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = getelementptr inbounds float, float* %580, i64 80
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = getelementptr inbounds float, float* %580, i64 112
  %748 = bitcast float* %747 to <8 x float>*
  %749 = load <8 x float>, <8 x float>* %748, align 4
  %750 = getelementptr inbounds float, float* %580, i64 144
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = getelementptr inbounds float, float* %580, i64 176
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = fadd <8 x float> %743, %746
  %757 = fsub <8 x float> %743, %746
  %758 = fadd <8 x float> %749, %752
  %759 = fsub <8 x float> %749, %752
  %760 = fadd <8 x float> %740, %756
  %761 = fadd <8 x float> %760, %758
  %762 = call <8 x float> @llvm.fma.v8f32(<8 x float> %759, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %757)
  %763 = call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %756)
  %764 = call <8 x float> @llvm.fma.v8f32(<8 x float> %759, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %757)
  %765 = fadd <8 x float> %764, %755
  %766 = add i64 %645, 16
  %767 = fadd <8 x float> %761, %643
  %768 = fcmp olt <8 x float> %767, zeroinitializer
  %769 = select <8 x i1> %768, <8 x float> zeroinitializer, <8 x float> %767
  %770 = getelementptr inbounds float, float* %0, i64 %766
  %771 = bitcast float* %770 to <8 x float>*
  store <8 x float> %769, <8 x float>* %771, align 4
  %772 = add i64 %645, 136
  %773 = fadd <8 x float> %762, %643
  %774 = fcmp olt <8 x float> %773, zeroinitializer
  %775 = select <8 x i1> %774, <8 x float> zeroinitializer, <8 x float> %773
  %776 = getelementptr inbounds float, float* %0, i64 %772
  %777 = bitcast float* %776 to <8 x float>*
  store <8 x float> %775, <8 x float>* %777, align 4
  %778 = add i64 %645, 256
  %779 = fadd <8 x float> %763, %643
  %780 = fcmp olt <8 x float> %779, zeroinitializer
  %781 = select <8 x i1> %780, <8 x float> zeroinitializer, <8 x float> %779
  %782 = getelementptr inbounds float, float* %0, i64 %778
  %783 = bitcast float* %782 to <8 x float>*
  store <8 x float> %781, <8 x float>* %783, align 4
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !24

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %784 = icmp slt i64 %block33, 8
  br i1 %784, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %785 = mul i64 %block33, 8
  %786 = add i64 %579, %785
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %787 = icmp slt i64 %row37, 6
  br i1 %787, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %788 = mul i64 %row37, 6144
  %789 = add i64 %786, %788
  %790 = add i64 %789, 0
  %791 = getelementptr inbounds float, float* %2, i64 %790
  %792 = bitcast float* %791 to <8 x float>*
  %793 = load <8 x float>, <8 x float>* %792, align 4
  %794 = add i64 %789, 1024
  %795 = getelementptr inbounds float, float* %2, i64 %794
  %796 = bitcast float* %795 to <8 x float>*
  %797 = load <8 x float>, <8 x float>* %796, align 4
  %798 = add i64 %789, 2048
  %799 = getelementptr inbounds float, float* %2, i64 %798
  %800 = bitcast float* %799 to <8 x float>*
  %801 = load <8 x float>, <8 x float>* %800, align 4
  %802 = add i64 %789, 3072
  %803 = getelementptr inbounds float, float* %2, i64 %802
  %804 = bitcast float* %803 to <8 x float>*
  %805 = load <8 x float>, <8 x float>* %804, align 4
  %806 = add i64 %789, 4096
  %807 = getelementptr inbounds float, float* %2, i64 %806
  %808 = bitcast float* %807 to <8 x float>*
  %809 = load <8 x float>, <8 x float>* %808, align 4
  %810 = add i64 %789, 5120
  %811 = getelementptr inbounds float, float* %2, i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = fadd <8 x float> %797, %801
  %815 = fsub <8 x float> %797, %801
  %816 = fadd <8 x float> %805, %809
  %817 = fsub <8 x float> %805, %809
  %818 = fadd <8 x float> %793, %814
  %819 = fadd <8 x float> %818, %816
  %820 = call <8 x float> @llvm.fma.v8f32(<8 x float> %817, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %815)
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %816, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %814)
  %822 = call <8 x float> @llvm.fma.v8f32(<8 x float> %817, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %815)
  %823 = fadd <8 x float> %822, %813
  %824 = mul i64 %row37, 32
  %825 = add i64 %824, 0
  %826 = getelementptr inbounds float, float* %580, i64 %825
  %827 = bitcast float* %826 to <8 x float>*
  store <8 x float> %819, <8 x float>* %827, align 4
  %828 = mul i64 %row37, 32
  %829 = add i64 %828, 8
  %830 = getelementptr inbounds float, float* %580, i64 %829
  %831 = bitcast float* %830 to <8 x float>*
  store <8 x float> %820, <8 x float>* %831, align 4
  %832 = mul i64 %row37, 32
  %833 = add i64 %832, 16
  %834 = getelementptr inbounds float, float* %580, i64 %833
  %835 = bitcast float* %834 to <8 x float>*
  store <8 x float> %821, <8 x float>* %835, align 4
  %836 = mul i64 %row37, 32
  %837 = add i64 %836, 24
  %838 = getelementptr inbounds float, float* %580, i64 %837
  %839 = bitcast float* %838 to <8 x float>*
  store <8 x float> %823, <8 x float>* %839, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !25

row.exit36:                                       ; preds = %row.header34
  %840 = mul i64 %block33, 8
  %841 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %840
  %842 = bitcast float* %841 to <8 x float>*
  %843 = load <8 x float>, <8 x float>* %842, align 4
  %844 = mul i64 %block33, 1800
  %845 = add i64 %570, %844
  %846 = getelementptr inbounds float, float* %580, i64 0
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = getelementptr inbounds float, float* %580, i64 32
  %850 = bitcast float* %849 to <8 x float>*
  %851 = load <8 x float>, <8 x float>* %850, align 4
  %852 = getelementptr inbounds float, float* %580, i64 64
  %853 = bitcast float* %852 to <8 x float>*
  %854 = load <8 x float>, <8 x float>* %853, align 4
  %855 = getelementptr inbounds float, float* %580, i64 96
  %856 = bitcast float* %855 to <8 x float>*
  %857 = load <8 x float>, <8 x float>* %856, align 4
  %858 = getelementptr inbounds float, float* %580, i64 128
  %859 = bitcast float* %858 to <8 x float>*
  %860 = load <8 x float>, <8 x float>* %859, align 4
  %861 = getelementptr inbounds float, float* %580, i64 160
  %862 = bitcast float* %861 to <8 x float>*
  %863 = load <8 x float>, <8 x float>* %862, align 4
  %864 = fadd <8 x float> %851, %854
  %865 = fsub <8 x float> %851, %854
  %866 = fadd <8 x float> %857, %860
  %867 = fsub <8 x float> %857, %860
  %868 = fadd <8 x float> %848, %864
  %869 = fadd <8 x float> %868, %866
  %870 = call <8 x float> @llvm.fma.v8f32(<8 x float> %867, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %865)
  %871 = call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %864)
  %872 = call <8 x float> @llvm.fma.v8f32(<8 x float> %867, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %865)
  %873 = fadd <8 x float> %872, %863
  %874 = add i64 %845, 0
  %875 = fadd <8 x float> %869, %843
  %876 = fcmp olt <8 x float> %875, zeroinitializer
  %877 = select <8 x i1> %876, <8 x float> zeroinitializer, <8 x float> %875
  %878 = getelementptr inbounds float, float* %0, i64 %874
  %879 = bitcast float* %878 to <8 x float>*
  store <8 x float> %877, <8 x float>* %879, align 4
  %880 = add i64 %845, 120
  %881 = fadd <8 x float> %870, %843
  %882 = fcmp olt <8 x float> %881, zeroinitializer
  %883 = select <8 x i1> %882, <8 x float> zeroinitializer, <8 x float> %881
  %884 = getelementptr inbounds float, float* %0, i64 %880
  %885 = bitcast float* %884 to <8 x float>*
  store <8 x float> %883, <8 x float>* %885, align 4
  %886 = add i64 %845, 240
  %887 = fadd <8 x float> %871, %843
  %888 = fcmp olt <8 x float> %887, zeroinitializer
  %889 = select <8 x i1> %888, <8 x float> zeroinitializer, <8 x float> %887
  %890 = getelementptr inbounds float, float* %0, i64 %886
  %891 = bitcast float* %890 to <8 x float>*
  store <8 x float> %889, <8 x float>* %891, align 4
  %892 = getelementptr inbounds float, float* %580, i64 8
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = getelementptr inbounds float, float* %580, i64 40
  %896 = bitcast float* %895 to <8 x float>*
  %897 = load <8 x float>, <8 x float>* %896, align 4
  %898 = getelementptr inbounds float, float* %580, i64 72
  %899 = bitcast float* %898 to <8 x float>*
  %900 = load <8 x float>, <8 x float>* %899, align 4
  %901 = getelementptr inbounds float, float* %580, i64 104
  %902 = bitcast float* %901 to <8 x float>*
  %903 = load <8 x float>, <8 x float>* %902, align 4
  %904 = getelementptr inbounds float, float* %580, i64 136
  %905 = bitcast float* %904 to <8 x float>*
  %906 = load <8 x float>, <8 x float>* %905, align 4
  %907 = getelementptr inbounds float, float* %580, i64 168
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = fadd <8 x float> %897, %900
  %911 = fsub <8 x float> %897, %900
  %912 = fadd <8 x float> %903, %906
  %913 = fsub <8 x float> %903, %906
  %914 = fadd <8 x float> %894, %910
  %915 = fadd <8 x float> %914, %912
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %913, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %911)
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %912, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %910)
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %913, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %911)
  %919 = fadd <8 x float> %918, %909
  %920 = add i64 %845, 8
  %921 = fadd <8 x float> %915, %843
  %922 = fcmp olt <8 x float> %921, zeroinitializer
  %923 = select <8 x i1> %922, <8 x float> zeroinitializer, <8 x float> %921
  %924 = getelementptr inbounds float, float* %0, i64 %920
  %925 = bitcast float* %924 to <8 x float>*
  store <8 x float> %923, <8 x float>* %925, align 4
  %926 = add i64 %845, 128
  %927 = fadd <8 x float> %916, %843
  %928 = fcmp olt <8 x float> %927, zeroinitializer
  %929 = select <8 x i1> %928, <8 x float> zeroinitializer, <8 x float> %927
  %930 = getelementptr inbounds float, float* %0, i64 %926
  %931 = bitcast float* %930 to <8 x float>*
  store <8 x float> %929, <8 x float>* %931, align 4
  %932 = add i64 %845, 248
  %933 = fadd <8 x float> %917, %843
  %934 = fcmp olt <8 x float> %933, zeroinitializer
  %935 = select <8 x i1> %934, <8 x float> zeroinitializer, <8 x float> %933
  %936 = getelementptr inbounds float, float* %0, i64 %932
  %937 = bitcast float* %936 to <8 x float>*
  store <8 x float> %935, <8 x float>* %937, align 4
  %938 = getelementptr inbounds float, float* %580, i64 16
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = getelementptr inbounds float, float* %580, i64 48
  %942 = bitcast float* %941 to <8 x float>*
  %943 = load <8 x float>, <8 x float>* %942, align 4
  %944 = getelementptr inbounds float, float* %580, i64 80
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = getelementptr inbounds float, float* %580, i64 112
  %948 = bitcast float* %947 to <8 x float>*
  %949 = load <8 x float>, <8 x float>* %948, align 4
  %950 = getelementptr inbounds float, float* %580, i64 144
  %951 = bitcast float* %950 to <8 x float>*
  %952 = load <8 x float>, <8 x float>* %951, align 4
  %953 = getelementptr inbounds float, float* %580, i64 176
  %954 = bitcast float* %953 to <8 x float>*
  %955 = load <8 x float>, <8 x float>* %954, align 4
  %956 = fadd <8 x float> %943, %946
  %957 = fsub <8 x float> %943, %946
  %958 = fadd <8 x float> %949, %952
  %959 = fsub <8 x float> %949, %952
  %960 = fadd <8 x float> %940, %956
  %961 = fadd <8 x float> %960, %958
  %962 = call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %957)
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %956)
  %964 = call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %957)
  %965 = fadd <8 x float> %964, %955
  %966 = add i64 %845, 16
  %967 = fadd <8 x float> %961, %843
  %968 = fcmp olt <8 x float> %967, zeroinitializer
  %969 = select <8 x i1> %968, <8 x float> zeroinitializer, <8 x float> %967
  %970 = getelementptr inbounds float, float* %0, i64 %966
  %971 = bitcast float* %970 to <8 x float>*
  store <8 x float> %969, <8 x float>* %971, align 4
  %972 = add i64 %845, 136
  %973 = fadd <8 x float> %962, %843
  %974 = fcmp olt <8 x float> %973, zeroinitializer
  %975 = select <8 x i1> %974, <8 x float> zeroinitializer, <8 x float> %973
  %976 = getelementptr inbounds float, float* %0, i64 %972
  %977 = bitcast float* %976 to <8 x float>*
  store <8 x float> %975, <8 x float>* %977, align 4
  %978 = add i64 %845, 256
  %979 = fadd <8 x float> %963, %843
  %980 = fcmp olt <8 x float> %979, zeroinitializer
  %981 = select <8 x i1> %980, <8 x float> zeroinitializer, <8 x float> %979
  %982 = getelementptr inbounds float, float* %0, i64 %978
  %983 = bitcast float* %982 to <8 x float>*
  store <8 x float> %981, <8 x float>* %983, align 4
  %984 = getelementptr inbounds float, float* %580, i64 24
  %985 = bitcast float* %984 to <8 x float>*
  %986 = load <8 x float>, <8 x float>* %985, align 4
  %987 = getelementptr inbounds float, float* %580, i64 56
  %988 = bitcast float* %987 to <8 x float>*
  %989 = load <8 x float>, <8 x float>* %988, align 4
  %990 = getelementptr inbounds float, float* %580, i64 88
  %991 = bitcast float* %990 to <8 x float>*
  %992 = load <8 x float>, <8 x float>* %991, align 4
  %993 = getelementptr inbounds float, float* %580, i64 120
  %994 = bitcast float* %993 to <8 x float>*
  %995 = load <8 x float>, <8 x float>* %994, align 4
  %996 = getelementptr inbounds float, float* %580, i64 152
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = getelementptr inbounds float, float* %580, i64 184
  %1000 = bitcast float* %999 to <8 x float>*
  %1001 = load <8 x float>, <8 x float>* %1000, align 4
  %1002 = fadd <8 x float> %989, %992
  %1003 = fsub <8 x float> %989, %992
  %1004 = fadd <8 x float> %995, %998
  %1005 = fsub <8 x float> %995, %998
  %1006 = fadd <8 x float> %986, %1002
  %1007 = fadd <8 x float> %1006, %1004
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1003)
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1004, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1002)
  %1010 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1003)
  %1011 = fadd <8 x float> %1010, %1001
  %1012 = add i64 %845, 24
  %1013 = fadd <8 x float> %1007, %843
  %1014 = fcmp olt <8 x float> %1013, zeroinitializer
  %1015 = select <8 x i1> %1014, <8 x float> zeroinitializer, <8 x float> %1013
  %1016 = getelementptr inbounds float, float* %0, i64 %1012
  %1017 = bitcast float* %1016 to <8 x float>*
  store <8 x float> %1015, <8 x float>* %1017, align 4
  %1018 = add i64 %845, 144
  %1019 = fadd <8 x float> %1008, %843
  %1020 = fcmp olt <8 x float> %1019, zeroinitializer
  %1021 = select <8 x i1> %1020, <8 x float> zeroinitializer, <8 x float> %1019
  %1022 = getelementptr inbounds float, float* %0, i64 %1018
  %1023 = bitcast float* %1022 to <8 x float>*
  store <8 x float> %1021, <8 x float>* %1023, align 4
  %1024 = add i64 %845, 264
  %1025 = fadd <8 x float> %1009, %843
  %1026 = fcmp olt <8 x float> %1025, zeroinitializer
  %1027 = select <8 x i1> %1026, <8 x float> zeroinitializer, <8 x float> %1025
  %1028 = getelementptr inbounds float, float* %0, i64 %1024
  %1029 = bitcast float* %1028 to <8 x float>*
  store <8 x float> %1027, <8 x float>* %1029, align 4
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !26

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %1030 = icmp slt i64 %block46, 8
  br i1 %1030, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %1031 = mul i64 %block46, 8
  %1032 = add i64 %579, %1031
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %1033 = icmp slt i64 %row50, 6
  br i1 %1033, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %1034 = mul i64 %row50, 6144
  %1035 = add i64 %1032, %1034
  %1036 = add i64 %1035, 0
  %1037 = getelementptr inbounds float, float* %2, i64 %1036
  %1038 = bitcast float* %1037 to <8 x float>*
  %1039 = load <8 x float>, <8 x float>* %1038, align 4
  %1040 = add i64 %1035, 1024
  %1041 = getelementptr inbounds float, float* %2, i64 %1040
  %1042 = bitcast float* %1041 to <8 x float>*
  %1043 = load <8 x float>, <8 x float>* %1042, align 4
  %1044 = add i64 %1035, 2048
  %1045 = getelementptr inbounds float, float* %2, i64 %1044
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = add i64 %1035, 3072
  %1049 = getelementptr inbounds float, float* %2, i64 %1048
  %1050 = bitcast float* %1049 to <8 x float>*
  %1051 = load <8 x float>, <8 x float>* %1050, align 4
  %1052 = add i64 %1035, 4096
  %1053 = getelementptr inbounds float, float* %2, i64 %1052
  %1054 = bitcast float* %1053 to <8 x float>*
  %1055 = load <8 x float>, <8 x float>* %1054, align 4
  %1056 = add i64 %1035, 5120
  %1057 = getelementptr inbounds float, float* %2, i64 %1056
  %1058 = bitcast float* %1057 to <8 x float>*
  %1059 = load <8 x float>, <8 x float>* %1058, align 4
  %1060 = fadd <8 x float> %1043, %1047
  %1061 = fsub <8 x float> %1043, %1047
  %1062 = fadd <8 x float> %1051, %1055
  %1063 = fsub <8 x float> %1051, %1055
  %1064 = fadd <8 x float> %1039, %1060
  %1065 = fadd <8 x float> %1064, %1062
  %1066 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1063, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1061)
  %1067 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1062, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1060)
  %1068 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1063, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1061)
  %1069 = fadd <8 x float> %1068, %1059
  %1070 = mul i64 %row50, 32
  %1071 = add i64 %1070, 0
  %1072 = getelementptr inbounds float, float* %580, i64 %1071
  %1073 = bitcast float* %1072 to <8 x float>*
  store <8 x float> %1065, <8 x float>* %1073, align 4
  %1074 = mul i64 %row50, 32
  %1075 = add i64 %1074, 8
  %1076 = getelementptr inbounds float, float* %580, i64 %1075
  %1077 = bitcast float* %1076 to <8 x float>*
  store <8 x float> %1066, <8 x float>* %1077, align 4
  %1078 = mul i64 %row50, 32
  %1079 = add i64 %1078, 16
  %1080 = getelementptr inbounds float, float* %580, i64 %1079
  %1081 = bitcast float* %1080 to <8 x float>*
  store <8 x float> %1067, <8 x float>* %1081, align 4
  %1082 = mul i64 %row50, 32
  %1083 = add i64 %1082, 24
  %1084 = getelementptr inbounds float, float* %580, i64 %1083
  %1085 = bitcast float* %1084 to <8 x float>*
  store <8 x float> %1069, <8 x float>* %1085, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !27

row.exit49:                                       ; preds = %row.header47
  %1086 = mul i64 %block46, 8
  %1087 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1086
  %1088 = bitcast float* %1087 to <8 x float>*
  %1089 = load <8 x float>, <8 x float>* %1088, align 4
  %1090 = mul i64 %block46, 1800
  %1091 = add i64 %570, %1090
  %1092 = getelementptr inbounds float, float* %580, i64 0
  %1093 = bitcast float* %1092 to <8 x float>*
  %1094 = load <8 x float>, <8 x float>* %1093, align 4
  %1095 = getelementptr inbounds float, float* %580, i64 32
  %1096 = bitcast float* %1095 to <8 x float>*
  %1097 = load <8 x float>, <8 x float>* %1096, align 4
  %1098 = getelementptr inbounds float, float* %580, i64 64
  %1099 = bitcast float* %1098 to <8 x float>*
  %1100 = load <8 x float>, <8 x float>* %1099, align 4
  %1101 = getelementptr inbounds float, float* %580, i64 96
  %1102 = bitcast float* %1101 to <8 x float>*
  %1103 = load <8 x float>, <8 x float>* %1102, align 4
  %1104 = getelementptr inbounds float, float* %580, i64 128
  %1105 = bitcast float* %1104 to <8 x float>*
  %1106 = load <8 x float>, <8 x float>* %1105, align 4
  %1107 = getelementptr inbounds float, float* %580, i64 160
  %1108 = bitcast float* %1107 to <8 x float>*
  %1109 = load <8 x float>, <8 x float>* %1108, align 4
  %1110 = fadd <8 x float> %1097, %1100
  %1111 = fsub <8 x float> %1097, %1100
  %1112 = fadd <8 x float> %1103, %1106
  %1113 = fsub <8 x float> %1103, %1106
  %1114 = fadd <8 x float> %1094, %1110
  %1115 = fadd <8 x float> %1114, %1112
  %1116 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1113, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1111)
  %1117 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1112, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1110)
  %1118 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1113, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1111)
  %1119 = fadd <8 x float> %1118, %1109
  %1120 = add i64 %1091, 0
  %1121 = fadd <8 x float> %1115, %1089
  %1122 = fcmp olt <8 x float> %1121, zeroinitializer
  %1123 = select <8 x i1> %1122, <8 x float> zeroinitializer, <8 x float> %1121
  %1124 = getelementptr inbounds float, float* %0, i64 %1120
  %1125 = bitcast float* %1124 to <8 x float>*
  store <8 x float> %1123, <8 x float>* %1125, align 4
  %1126 = add i64 %1091, 120
  %1127 = fadd <8 x float> %1116, %1089
  %1128 = fcmp olt <8 x float> %1127, zeroinitializer
  %1129 = select <8 x i1> %1128, <8 x float> zeroinitializer, <8 x float> %1127
  %1130 = getelementptr inbounds float, float* %0, i64 %1126
  %1131 = bitcast float* %1130 to <8 x float>*
  store <8 x float> %1129, <8 x float>* %1131, align 4
  %1132 = add i64 %1091, 240
  %1133 = fadd <8 x float> %1117, %1089
  %1134 = fcmp olt <8 x float> %1133, zeroinitializer
  %1135 = select <8 x i1> %1134, <8 x float> zeroinitializer, <8 x float> %1133
  %1136 = getelementptr inbounds float, float* %0, i64 %1132
  %1137 = bitcast float* %1136 to <8 x float>*
  store <8 x float> %1135, <8 x float>* %1137, align 4
  %1138 = add i64 %1091, 360
  %1139 = fadd <8 x float> %1119, %1089
  %1140 = fcmp olt <8 x float> %1139, zeroinitializer
  %1141 = select <8 x i1> %1140, <8 x float> zeroinitializer, <8 x float> %1139
  %1142 = getelementptr inbounds float, float* %0, i64 %1138
  %1143 = bitcast float* %1142 to <8 x float>*
  store <8 x float> %1141, <8 x float>* %1143, align 4
  %1144 = getelementptr inbounds float, float* %580, i64 8
  %1145 = bitcast float* %1144 to <8 x float>*
  %1146 = load <8 x float>, <8 x float>* %1145, align 4
  %1147 = getelementptr inbounds float, float* %580, i64 40
  %1148 = bitcast float* %1147 to <8 x float>*
  %1149 = load <8 x float>, <8 x float>* %1148, align 4
  %1150 = getelementptr inbounds float, float* %580, i64 72
  %1151 = bitcast float* %1150 to <8 x float>*
  %1152 = load <8 x float>, <8 x float>* %1151, align 4
  %1153 = getelementptr inbounds float, float* %580, i64 104
  %1154 = bitcast float* %1153 to <8 x float>*
  %1155 = load <8 x float>, <8 x float>* %1154, align 4
  %1156 = getelementptr inbounds float, float* %580, i64 136
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = getelementptr inbounds float, float* %580, i64 168
  %1160 = bitcast float* %1159 to <8 x float>*
  %1161 = load <8 x float>, <8 x float>* %1160, align 4
  %1162 = fadd <8 x float> %1149, %1152
  %1163 = fsub <8 x float> %1149, %1152
  %1164 = fadd <8 x float> %1155, %1158
  %1165 = fsub <8 x float> %1155, %1158
  %1166 = fadd <8 x float> %1146, %1162
  %1167 = fadd <8 x float> %1166, %1164
  %1168 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1165, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1163)
  %1169 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1164, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1162)
  %1170 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1165, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1163)
  %1171 = fadd <8 x float> %1170, %1161
  %1172 = add i64 %1091, 8
  %1173 = fadd <8 x float> %1167, %1089
  %1174 = fcmp olt <8 x float> %1173, zeroinitializer
  %1175 = select <8 x i1> %1174, <8 x float> zeroinitializer, <8 x float> %1173
  %1176 = getelementptr inbounds float, float* %0, i64 %1172
  %1177 = bitcast float* %1176 to <8 x float>*
  store <8 x float> %1175, <8 x float>* %1177, align 4
  %1178 = add i64 %1091, 128
  %1179 = fadd <8 x float> %1168, %1089
  %1180 = fcmp olt <8 x float> %1179, zeroinitializer
  %1181 = select <8 x i1> %1180, <8 x float> zeroinitializer, <8 x float> %1179
  %1182 = getelementptr inbounds float, float* %0, i64 %1178
  %1183 = bitcast float* %1182 to <8 x float>*
  store <8 x float> %1181, <8 x float>* %1183, align 4
  %1184 = add i64 %1091, 248
  %1185 = fadd <8 x float> %1169, %1089
  %1186 = fcmp olt <8 x float> %1185, zeroinitializer
  %1187 = select <8 x i1> %1186, <8 x float> zeroinitializer, <8 x float> %1185
  %1188 = getelementptr inbounds float, float* %0, i64 %1184
  %1189 = bitcast float* %1188 to <8 x float>*
  store <8 x float> %1187, <8 x float>* %1189, align 4
  %1190 = add i64 %1091, 368
  %1191 = fadd <8 x float> %1171, %1089
  %1192 = fcmp olt <8 x float> %1191, zeroinitializer
  %1193 = select <8 x i1> %1192, <8 x float> zeroinitializer, <8 x float> %1191
  %1194 = getelementptr inbounds float, float* %0, i64 %1190
  %1195 = bitcast float* %1194 to <8 x float>*
  store <8 x float> %1193, <8 x float>* %1195, align 4
  %1196 = getelementptr inbounds float, float* %580, i64 16
  %1197 = bitcast float* %1196 to <8 x float>*
  %1198 = load <8 x float>, <8 x float>* %1197, align 4
  %1199 = getelementptr inbounds float, float* %580, i64 48
  %1200 = bitcast float* %1199 to <8 x float>*
  %1201 = load <8 x float>, <8 x float>* %1200, align 4
  %1202 = getelementptr inbounds float, float* %580, i64 80
  %1203 = bitcast float* %1202 to <8 x float>*
  %1204 = load <8 x float>, <8 x float>* %1203, align 4
  %1205 = getelementptr inbounds float, float* %580, i64 112
  %1206 = bitcast float* %1205 to <8 x float>*
  %1207 = load <8 x float>, <8 x float>* %1206, align 4
  %1208 = getelementptr inbounds float, float* %580, i64 144
  %1209 = bitcast float* %1208 to <8 x float>*
  %1210 = load <8 x float>, <8 x float>* %1209, align 4
  %1211 = getelementptr inbounds float, float* %580, i64 176
  %1212 = bitcast float* %1211 to <8 x float>*
  %1213 = load <8 x float>, <8 x float>* %1212, align 4
  %1214 = fadd <8 x float> %1201, %1204
  %1215 = fsub <8 x float> %1201, %1204
  %1216 = fadd <8 x float> %1207, %1210
  %1217 = fsub <8 x float> %1207, %1210
  %1218 = fadd <8 x float> %1198, %1214
  %1219 = fadd <8 x float> %1218, %1216
  %1220 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1217, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1215)
  %1221 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1216, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1214)
  %1222 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1217, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1215)
  %1223 = fadd <8 x float> %1222, %1213
  %1224 = add i64 %1091, 16
  %1225 = fadd <8 x float> %1219, %1089
  %1226 = fcmp olt <8 x float> %1225, zeroinitializer
  %1227 = select <8 x i1> %1226, <8 x float> zeroinitializer, <8 x float> %1225
  %1228 = getelementptr inbounds float, float* %0, i64 %1224
  %1229 = bitcast float* %1228 to <8 x float>*
  store <8 x float> %1227, <8 x float>* %1229, align 4
  %1230 = add i64 %1091, 136
  %1231 = fadd <8 x float> %1220, %1089
  %1232 = fcmp olt <8 x float> %1231, zeroinitializer
  %1233 = select <8 x i1> %1232, <8 x float> zeroinitializer, <8 x float> %1231
  %1234 = getelementptr inbounds float, float* %0, i64 %1230
  %1235 = bitcast float* %1234 to <8 x float>*
  store <8 x float> %1233, <8 x float>* %1235, align 4
  %1236 = add i64 %1091, 256
  %1237 = fadd <8 x float> %1221, %1089
  %1238 = fcmp olt <8 x float> %1237, zeroinitializer
  %1239 = select <8 x i1> %1238, <8 x float> zeroinitializer, <8 x float> %1237
  %1240 = getelementptr inbounds float, float* %0, i64 %1236
  %1241 = bitcast float* %1240 to <8 x float>*
  store <8 x float> %1239, <8 x float>* %1241, align 4
  %1242 = add i64 %1091, 376
  %1243 = fadd <8 x float> %1223, %1089
  %1244 = fcmp olt <8 x float> %1243, zeroinitializer
  %1245 = select <8 x i1> %1244, <8 x float> zeroinitializer, <8 x float> %1243
  %1246 = getelementptr inbounds float, float* %0, i64 %1242
  %1247 = bitcast float* %1246 to <8 x float>*
  store <8 x float> %1245, <8 x float>* %1247, align 4
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !28

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %1248 = icmp slt i64 %block56, 8
  br i1 %1248, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %1249 = mul i64 %block56, 8
  %1250 = add i64 %579, %1249
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %1251 = icmp slt i64 %row60, 6
  br i1 %1251, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %1252 = mul i64 %row60, 6144
  %1253 = add i64 %1250, %1252
  %1254 = add i64 %1253, 0
  %1255 = getelementptr inbounds float, float* %2, i64 %1254
  %1256 = bitcast float* %1255 to <8 x float>*
  %1257 = load <8 x float>, <8 x float>* %1256, align 4
  %1258 = add i64 %1253, 1024
  %1259 = getelementptr inbounds float, float* %2, i64 %1258
  %1260 = bitcast float* %1259 to <8 x float>*
  %1261 = load <8 x float>, <8 x float>* %1260, align 4
  %1262 = add i64 %1253, 2048
  %1263 = getelementptr inbounds float, float* %2, i64 %1262
  %1264 = bitcast float* %1263 to <8 x float>*
  %1265 = load <8 x float>, <8 x float>* %1264, align 4
  %1266 = add i64 %1253, 3072
  %1267 = getelementptr inbounds float, float* %2, i64 %1266
  %1268 = bitcast float* %1267 to <8 x float>*
  %1269 = load <8 x float>, <8 x float>* %1268, align 4
  %1270 = add i64 %1253, 4096
  %1271 = getelementptr inbounds float, float* %2, i64 %1270
  %1272 = bitcast float* %1271 to <8 x float>*
  %1273 = load <8 x float>, <8 x float>* %1272, align 4
  %1274 = add i64 %1253, 5120
  %1275 = getelementptr inbounds float, float* %2, i64 %1274
  %1276 = bitcast float* %1275 to <8 x float>*
  %1277 = load <8 x float>, <8 x float>* %1276, align 4
  %1278 = fadd <8 x float> %1261, %1265
  %1279 = fsub <8 x float> %1261, %1265
  %1280 = fadd <8 x float> %1269, %1273
  %1281 = fsub <8 x float> %1269, %1273
  %1282 = fadd <8 x float> %1257, %1278
  %1283 = fadd <8 x float> %1282, %1280
  %1284 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1281, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1279)
  %1285 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1280, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1278)
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1281, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1279)
  %1287 = fadd <8 x float> %1286, %1277
  %1288 = mul i64 %row60, 32
  %1289 = add i64 %1288, 0
  %1290 = getelementptr inbounds float, float* %580, i64 %1289
  %1291 = bitcast float* %1290 to <8 x float>*
  store <8 x float> %1283, <8 x float>* %1291, align 4
  %1292 = mul i64 %row60, 32
  %1293 = add i64 %1292, 8
  %1294 = getelementptr inbounds float, float* %580, i64 %1293
  %1295 = bitcast float* %1294 to <8 x float>*
  store <8 x float> %1284, <8 x float>* %1295, align 4
  %1296 = mul i64 %row60, 32
  %1297 = add i64 %1296, 16
  %1298 = getelementptr inbounds float, float* %580, i64 %1297
  %1299 = bitcast float* %1298 to <8 x float>*
  store <8 x float> %1285, <8 x float>* %1299, align 4
  %1300 = mul i64 %row60, 32
  %1301 = add i64 %1300, 24
  %1302 = getelementptr inbounds float, float* %580, i64 %1301
  %1303 = bitcast float* %1302 to <8 x float>*
  store <8 x float> %1287, <8 x float>* %1303, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !29

row.exit59:                                       ; preds = %row.header57
  %1304 = mul i64 %block56, 8
  %1305 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_3.bias to float*), i64 %1304
  %1306 = bitcast float* %1305 to <8 x float>*
  %1307 = load <8 x float>, <8 x float>* %1306, align 4
  %1308 = mul i64 %block56, 1800
  %1309 = add i64 %570, %1308
  %1310 = getelementptr inbounds float, float* %580, i64 0
  %1311 = bitcast float* %1310 to <8 x float>*
  %1312 = load <8 x float>, <8 x float>* %1311, align 4
  %1313 = getelementptr inbounds float, float* %580, i64 32
  %1314 = bitcast float* %1313 to <8 x float>*
  %1315 = load <8 x float>, <8 x float>* %1314, align 4
  %1316 = getelementptr inbounds float, float* %580, i64 64
  %1317 = bitcast float* %1316 to <8 x float>*
  %1318 = load <8 x float>, <8 x float>* %1317, align 4
  %1319 = getelementptr inbounds float, float* %580, i64 96
  %1320 = bitcast float* %1319 to <8 x float>*
  %1321 = load <8 x float>, <8 x float>* %1320, align 4
  %1322 = getelementptr inbounds float, float* %580, i64 128
  %1323 = bitcast float* %1322 to <8 x float>*
  %1324 = load <8 x float>, <8 x float>* %1323, align 4
  %1325 = getelementptr inbounds float, float* %580, i64 160
  %1326 = bitcast float* %1325 to <8 x float>*
  %1327 = load <8 x float>, <8 x float>* %1326, align 4
  %1328 = fadd <8 x float> %1315, %1318
  %1329 = fsub <8 x float> %1315, %1318
  %1330 = fadd <8 x float> %1321, %1324
  %1331 = fsub <8 x float> %1321, %1324
  %1332 = fadd <8 x float> %1312, %1328
  %1333 = fadd <8 x float> %1332, %1330
  %1334 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1331, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1329)
  %1335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1330, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1328)
  %1336 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1331, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1329)
  %1337 = fadd <8 x float> %1336, %1327
  %1338 = add i64 %1309, 0
  %1339 = fadd <8 x float> %1333, %1307
  %1340 = fcmp olt <8 x float> %1339, zeroinitializer
  %1341 = select <8 x i1> %1340, <8 x float> zeroinitializer, <8 x float> %1339
  %1342 = getelementptr inbounds float, float* %0, i64 %1338
  %1343 = bitcast float* %1342 to <8 x float>*
  store <8 x float> %1341, <8 x float>* %1343, align 4
  %1344 = add i64 %1309, 120
  %1345 = fadd <8 x float> %1334, %1307
  %1346 = fcmp olt <8 x float> %1345, zeroinitializer
  %1347 = select <8 x i1> %1346, <8 x float> zeroinitializer, <8 x float> %1345
  %1348 = getelementptr inbounds float, float* %0, i64 %1344
  %1349 = bitcast float* %1348 to <8 x float>*
  store <8 x float> %1347, <8 x float>* %1349, align 4
  %1350 = add i64 %1309, 240
  %1351 = fadd <8 x float> %1335, %1307
  %1352 = fcmp olt <8 x float> %1351, zeroinitializer
  %1353 = select <8 x i1> %1352, <8 x float> zeroinitializer, <8 x float> %1351
  %1354 = getelementptr inbounds float, float* %0, i64 %1350
  %1355 = bitcast float* %1354 to <8 x float>*
  store <8 x float> %1353, <8 x float>* %1355, align 4
  %1356 = add i64 %1309, 360
  %1357 = fadd <8 x float> %1337, %1307
  %1358 = fcmp olt <8 x float> %1357, zeroinitializer
  %1359 = select <8 x i1> %1358, <8 x float> zeroinitializer, <8 x float> %1357
  %1360 = getelementptr inbounds float, float* %0, i64 %1356
  %1361 = bitcast float* %1360 to <8 x float>*
  store <8 x float> %1359, <8 x float>* %1361, align 4
  %1362 = getelementptr inbounds float, float* %580, i64 8
  %1363 = bitcast float* %1362 to <8 x float>*
  %1364 = load <8 x float>, <8 x float>* %1363, align 4
  %1365 = getelementptr inbounds float, float* %580, i64 40
  %1366 = bitcast float* %1365 to <8 x float>*
  %1367 = load <8 x float>, <8 x float>* %1366, align 4
  %1368 = getelementptr inbounds float, float* %580, i64 72
  %1369 = bitcast float* %1368 to <8 x float>*
  %1370 = load <8 x float>, <8 x float>* %1369, align 4
  %1371 = getelementptr inbounds float, float* %580, i64 104
  %1372 = bitcast float* %1371 to <8 x float>*
  %1373 = load <8 x float>, <8 x float>* %1372, align 4
  %1374 = getelementptr inbounds float, float* %580, i64 136
  %1375 = bitcast float* %1374 to <8 x float>*
  %1376 = load <8 x float>, <8 x float>* %1375, align 4
  %1377 = getelementptr inbounds float, float* %580, i64 168
  %1378 = bitcast float* %1377 to <8 x float>*
  %1379 = load <8 x float>, <8 x float>* %1378, align 4
  %1380 = fadd <8 x float> %1367, %1370
  %1381 = fsub <8 x float> %1367, %1370
  %1382 = fadd <8 x float> %1373, %1376
  %1383 = fsub <8 x float> %1373, %1376
  %1384 = fadd <8 x float> %1364, %1380
  %1385 = fadd <8 x float> %1384, %1382
  %1386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1383, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1381)
  %1387 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1382, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1380)
  %1388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1383, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1381)
  %1389 = fadd <8 x float> %1388, %1379
  %1390 = add i64 %1309, 8
  %1391 = fadd <8 x float> %1385, %1307
  %1392 = fcmp olt <8 x float> %1391, zeroinitializer
  %1393 = select <8 x i1> %1392, <8 x float> zeroinitializer, <8 x float> %1391
  %1394 = getelementptr inbounds float, float* %0, i64 %1390
  %1395 = bitcast float* %1394 to <8 x float>*
  store <8 x float> %1393, <8 x float>* %1395, align 4
  %1396 = add i64 %1309, 128
  %1397 = fadd <8 x float> %1386, %1307
  %1398 = fcmp olt <8 x float> %1397, zeroinitializer
  %1399 = select <8 x i1> %1398, <8 x float> zeroinitializer, <8 x float> %1397
  %1400 = getelementptr inbounds float, float* %0, i64 %1396
  %1401 = bitcast float* %1400 to <8 x float>*
  store <8 x float> %1399, <8 x float>* %1401, align 4
  %1402 = add i64 %1309, 248
  %1403 = fadd <8 x float> %1387, %1307
  %1404 = fcmp olt <8 x float> %1403, zeroinitializer
  %1405 = select <8 x i1> %1404, <8 x float> zeroinitializer, <8 x float> %1403
  %1406 = getelementptr inbounds float, float* %0, i64 %1402
  %1407 = bitcast float* %1406 to <8 x float>*
  store <8 x float> %1405, <8 x float>* %1407, align 4
  %1408 = add i64 %1309, 368
  %1409 = fadd <8 x float> %1389, %1307
  %1410 = fcmp olt <8 x float> %1409, zeroinitializer
  %1411 = select <8 x i1> %1410, <8 x float> zeroinitializer, <8 x float> %1409
  %1412 = getelementptr inbounds float, float* %0, i64 %1408
  %1413 = bitcast float* %1412 to <8 x float>*
  store <8 x float> %1411, <8 x float>* %1413, align 4
  %1414 = getelementptr inbounds float, float* %580, i64 16
  %1415 = bitcast float* %1414 to <8 x float>*
  %1416 = load <8 x float>, <8 x float>* %1415, align 4
  %1417 = getelementptr inbounds float, float* %580, i64 48
  %1418 = bitcast float* %1417 to <8 x float>*
  %1419 = load <8 x float>, <8 x float>* %1418, align 4
  %1420 = getelementptr inbounds float, float* %580, i64 80
  %1421 = bitcast float* %1420 to <8 x float>*
  %1422 = load <8 x float>, <8 x float>* %1421, align 4
  %1423 = getelementptr inbounds float, float* %580, i64 112
  %1424 = bitcast float* %1423 to <8 x float>*
  %1425 = load <8 x float>, <8 x float>* %1424, align 4
  %1426 = getelementptr inbounds float, float* %580, i64 144
  %1427 = bitcast float* %1426 to <8 x float>*
  %1428 = load <8 x float>, <8 x float>* %1427, align 4
  %1429 = getelementptr inbounds float, float* %580, i64 176
  %1430 = bitcast float* %1429 to <8 x float>*
  %1431 = load <8 x float>, <8 x float>* %1430, align 4
  %1432 = fadd <8 x float> %1419, %1422
  %1433 = fsub <8 x float> %1419, %1422
  %1434 = fadd <8 x float> %1425, %1428
  %1435 = fsub <8 x float> %1425, %1428
  %1436 = fadd <8 x float> %1416, %1432
  %1437 = fadd <8 x float> %1436, %1434
  %1438 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1435, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1433)
  %1439 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1434, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1432)
  %1440 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1435, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1433)
  %1441 = fadd <8 x float> %1440, %1431
  %1442 = add i64 %1309, 16
  %1443 = fadd <8 x float> %1437, %1307
  %1444 = fcmp olt <8 x float> %1443, zeroinitializer
  %1445 = select <8 x i1> %1444, <8 x float> zeroinitializer, <8 x float> %1443
  %1446 = getelementptr inbounds float, float* %0, i64 %1442
  %1447 = bitcast float* %1446 to <8 x float>*
  store <8 x float> %1445, <8 x float>* %1447, align 4
  %1448 = add i64 %1309, 136
  %1449 = fadd <8 x float> %1438, %1307
  %1450 = fcmp olt <8 x float> %1449, zeroinitializer
  %1451 = select <8 x i1> %1450, <8 x float> zeroinitializer, <8 x float> %1449
  %1452 = getelementptr inbounds float, float* %0, i64 %1448
  %1453 = bitcast float* %1452 to <8 x float>*
  store <8 x float> %1451, <8 x float>* %1453, align 4
  %1454 = add i64 %1309, 256
  %1455 = fadd <8 x float> %1439, %1307
  %1456 = fcmp olt <8 x float> %1455, zeroinitializer
  %1457 = select <8 x i1> %1456, <8 x float> zeroinitializer, <8 x float> %1455
  %1458 = getelementptr inbounds float, float* %0, i64 %1454
  %1459 = bitcast float* %1458 to <8 x float>*
  store <8 x float> %1457, <8 x float>* %1459, align 4
  %1460 = add i64 %1309, 376
  %1461 = fadd <8 x float> %1441, %1307
  %1462 = fcmp olt <8 x float> %1461, zeroinitializer
  %1463 = select <8 x i1> %1462, <8 x float> zeroinitializer, <8 x float> %1461
  %1464 = getelementptr inbounds float, float* %0, i64 %1460
  %1465 = bitcast float* %1464 to <8 x float>*
  store <8 x float> %1463, <8 x float>* %1465, align 4
  %1466 = getelementptr inbounds float, float* %580, i64 24
  %1467 = bitcast float* %1466 to <8 x float>*
  %1468 = load <8 x float>, <8 x float>* %1467, align 4
  %1469 = getelementptr inbounds float, float* %580, i64 56
  %1470 = bitcast float* %1469 to <8 x float>*
  %1471 = load <8 x float>, <8 x float>* %1470, align 4
  %1472 = getelementptr inbounds float, float* %580, i64 88
  %1473 = bitcast float* %1472 to <8 x float>*
  %1474 = load <8 x float>, <8 x float>* %1473, align 4
  %1475 = getelementptr inbounds float, float* %580, i64 120
  %1476 = bitcast float* %1475 to <8 x float>*
  %1477 = load <8 x float>, <8 x float>* %1476, align 4
  %1478 = getelementptr inbounds float, float* %580, i64 152
  %1479 = bitcast float* %1478 to <8 x float>*
  %1480 = load <8 x float>, <8 x float>* %1479, align 4
  %1481 = getelementptr inbounds float, float* %580, i64 184
  %1482 = bitcast float* %1481 to <8 x float>*
  %1483 = load <8 x float>, <8 x float>* %1482, align 4
  %1484 = fadd <8 x float> %1471, %1474
  %1485 = fsub <8 x float> %1471, %1474
  %1486 = fadd <8 x float> %1477, %1480
  %1487 = fsub <8 x float> %1477, %1480
  %1488 = fadd <8 x float> %1468, %1484
  %1489 = fadd <8 x float> %1488, %1486
  %1490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1487, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1485)
  %1491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1484)
  %1492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1487, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1485)
  %1493 = fadd <8 x float> %1492, %1483
  %1494 = add i64 %1309, 24
  %1495 = fadd <8 x float> %1489, %1307
  %1496 = fcmp olt <8 x float> %1495, zeroinitializer
  %1497 = select <8 x i1> %1496, <8 x float> zeroinitializer, <8 x float> %1495
  %1498 = getelementptr inbounds float, float* %0, i64 %1494
  %1499 = bitcast float* %1498 to <8 x float>*
  store <8 x float> %1497, <8 x float>* %1499, align 4
  %1500 = add i64 %1309, 144
  %1501 = fadd <8 x float> %1490, %1307
  %1502 = fcmp olt <8 x float> %1501, zeroinitializer
  %1503 = select <8 x i1> %1502, <8 x float> zeroinitializer, <8 x float> %1501
  %1504 = getelementptr inbounds float, float* %0, i64 %1500
  %1505 = bitcast float* %1504 to <8 x float>*
  store <8 x float> %1503, <8 x float>* %1505, align 4
  %1506 = add i64 %1309, 264
  %1507 = fadd <8 x float> %1491, %1307
  %1508 = fcmp olt <8 x float> %1507, zeroinitializer
  %1509 = select <8 x i1> %1508, <8 x float> zeroinitializer, <8 x float> %1507
  %1510 = getelementptr inbounds float, float* %0, i64 %1506
  %1511 = bitcast float* %1510 to <8 x float>*
  store <8 x float> %1509, <8 x float>* %1511, align 4
  %1512 = add i64 %1309, 384
  %1513 = fadd <8 x float> %1493, %1307
  %1514 = fcmp olt <8 x float> %1513, zeroinitializer
  %1515 = select <8 x i1> %1514, <8 x float> zeroinitializer, <8 x float> %1513
  %1516 = getelementptr inbounds float, float* %0, i64 %1512
  %1517 = bitcast float* %1516 to <8 x float>*
  store <8 x float> %1515, <8 x float>* %1517, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !30
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
  %19 = add i64 144, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 144
  %23 = select i1 %22, i64 %21, i64 144
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 144
  %26 = select i1 %25, i64 %24, i64 144
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
  %43 = mul i64 %42, 8
  %44 = mul i64 %43, 2592
  %45 = mul i64 %41, 72
  %46 = mul i64 %39, 4
  %47 = add i64 %45, %46
  %48 = mul i64 %47, 8
  %49 = add i64 %44, %48
  %50 = mul i64 %tile, 64
  %51 = add i64 20736, %50
  %52 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %53 = sub i64 %5, 1
  %54 = add i64 432, %53
  %55 = sdiv i64 %54, %5
  %56 = mul i64 %4, %55
  %57 = icmp slt i64 %56, 432
  %58 = select i1 %57, i64 %56, i64 432
  %59 = add i64 %58, %55
  %60 = icmp slt i64 %59, 432
  %61 = select i1 %60, i64 %59, i64 432
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %62 = icmp slt i64 %unit, 8
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
  br label %tile.header, !llvm.loop !31

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
  br label %column.header, !llvm.loop !32

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
  %214 = mul i64 %row, 6144
  %215 = add i64 %170, %214
  %216 = add i64 %215, 0
  %217 = getelementptr inbounds float, float* %2, i64 %216
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %206, <8 x float>* %218, align 4
  %219 = add i64 %215, 1024
  %220 = getelementptr inbounds float, float* %2, i64 %219
  %221 = bitcast float* %220 to <8 x float>*
  store <8 x float> %207, <8 x float>* %221, align 4
  %222 = add i64 %215, 2048
  %223 = getelementptr inbounds float, float* %2, i64 %222
  %224 = bitcast float* %223 to <8 x float>*
  store <8 x float> %208, <8 x float>* %224, align 4
  %225 = add i64 %215, 3072
  %226 = getelementptr inbounds float, float* %2, i64 %225
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %209, <8 x float>* %227, align 4
  %228 = add i64 %215, 4096
  %229 = getelementptr inbounds float, float* %2, i64 %228
  %230 = bitcast float* %229 to <8 x float>*
  store <8 x float> %210, <8 x float>* %230, align 4
  %231 = add i64 %215, 5120
  %232 = getelementptr inbounds float, float* %2, i64 %231
  %233 = bitcast float* %232 to <8 x float>*
  store <8 x float> %213, <8 x float>* %233, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !33

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !34

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %58, %tile.exit ], [ %task.next, %endif ]
  %234 = icmp slt i64 %task, %61
  br i1 %234, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %235 = sdiv i64 %task, 12
  %236 = srem i64 %task, 12
  %237 = mul i64 %235, 1024
  %238 = add i64 20736, %237
  %239 = getelementptr inbounds float, float* %2, i64 %238
  %240 = mul i64 %235, 4096
  %241 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_4.winograd to float*), i64 %240
  %242 = mul i64 %235, 1024
  %243 = add i64 57600, %242
  %244 = add i64 %235, 1
  %245 = icmp slt i64 %244, 35
  %246 = select i1 %245, i64 %244, i64 35
  %247 = mul i64 %246, 4096
  %248 = mul i64 %236, 352
  %249 = add i64 %247, %248
  %250 = icmp slt i64 %249, 146432
  %251 = select i1 %250, i64 %249, i64 146432
  %252 = getelementptr inbounds float, float* bitcast ([589824 x i8]* @weight.conv2d_4.winograd to float*), i64 %251
  %253 = sdiv i64 %236, 4
  %254 = srem i64 %236, 4
  %255 = mul i64 %253, 6
  %256 = mul i64 %254, 16
  %257 = mul i64 %254, 1024
  %258 = icmp eq i64 %253, 2
  br i1 %258, label %then, label %else

task.exit:                                        ; preds = %task.header
  call void @GOMP_barrier()
  %259 = sub i64 %5, 1
  %260 = add i64 16, %259
  %261 = sdiv i64 %260, %5
  %262 = mul i64 %4, %261
  %263 = icmp slt i64 %262, 16
  %264 = select i1 %263, i64 %262, i64 16
  %265 = add i64 %264, %261
  %266 = icmp slt i64 %265, 16
  %267 = select i1 %266, i64 %265, i64 16
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
  br label %task.header, !llvm.loop !35

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %268 = icmp slt i64 %k, 64
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
  %284 = mul i64 %283, 64
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
  %294 = mul i64 %293, 64
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
  %304 = mul i64 %303, 64
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
  %314 = mul i64 %313, 64
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
  %326 = mul i64 %323, 64
  %327 = add i64 %326, %324
  %328 = add i64 %243, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %255, 1
  %332 = add i64 %256, 0
  %333 = load <8 x float>, <8 x float>* %25, align 32
  %334 = mul i64 %331, 64
  %335 = add i64 %334, %332
  %336 = add i64 %243, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %255, 2
  %340 = add i64 %256, 0
  %341 = load <8 x float>, <8 x float>* %24, align 32
  %342 = mul i64 %339, 64
  %343 = add i64 %342, %340
  %344 = add i64 %243, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %255, 3
  %348 = add i64 %256, 0
  %349 = load <8 x float>, <8 x float>* %23, align 32
  %350 = mul i64 %347, 64
  %351 = add i64 %350, %348
  %352 = add i64 %243, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %255, 0
  %356 = add i64 %256, 8
  %357 = load <8 x float>, <8 x float>* %22, align 32
  %358 = mul i64 %355, 64
  %359 = add i64 %358, %356
  %360 = add i64 %243, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %255, 1
  %364 = add i64 %256, 8
  %365 = load <8 x float>, <8 x float>* %21, align 32
  %366 = mul i64 %363, 64
  %367 = add i64 %366, %364
  %368 = add i64 %243, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %255, 2
  %372 = add i64 %256, 8
  %373 = load <8 x float>, <8 x float>* %20, align 32
  %374 = mul i64 %371, 64
  %375 = add i64 %374, %372
  %376 = add i64 %243, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  %379 = add i64 %255, 3
  %380 = add i64 %256, 8
  %381 = load <8 x float>, <8 x float>* %19, align 32
  %382 = mul i64 %379, 64
  %383 = add i64 %382, %380
  %384 = add i64 %243, %383
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %381, <8 x float>* %386, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %387 = icmp slt i64 %k7, 64
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
  %403 = mul i64 %402, 64
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
  %413 = mul i64 %412, 64
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
  %423 = mul i64 %422, 64
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
  %433 = mul i64 %432, 64
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
  %443 = mul i64 %442, 64
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
  %453 = mul i64 %452, 64
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
  %465 = mul i64 %462, 64
  %466 = add i64 %465, %463
  %467 = add i64 %243, %466
  %468 = getelementptr inbounds float, float* %2, i64 %467
  %469 = bitcast float* %468 to <8 x float>*
  store <8 x float> %464, <8 x float>* %469, align 4
  %470 = add i64 %255, 1
  %471 = add i64 %256, 0
  %472 = load <8 x float>, <8 x float>* %17, align 32
  %473 = mul i64 %470, 64
  %474 = add i64 %473, %471
  %475 = add i64 %243, %474
  %476 = getelementptr inbounds float, float* %2, i64 %475
  %477 = bitcast float* %476 to <8 x float>*
  store <8 x float> %472, <8 x float>* %477, align 4
  %478 = add i64 %255, 2
  %479 = add i64 %256, 0
  %480 = load <8 x float>, <8 x float>* %16, align 32
  %481 = mul i64 %478, 64
  %482 = add i64 %481, %479
  %483 = add i64 %243, %482
  %484 = getelementptr inbounds float, float* %2, i64 %483
  %485 = bitcast float* %484 to <8 x float>*
  store <8 x float> %480, <8 x float>* %485, align 4
  %486 = add i64 %255, 3
  %487 = add i64 %256, 0
  %488 = load <8 x float>, <8 x float>* %15, align 32
  %489 = mul i64 %486, 64
  %490 = add i64 %489, %487
  %491 = add i64 %243, %490
  %492 = getelementptr inbounds float, float* %2, i64 %491
  %493 = bitcast float* %492 to <8 x float>*
  store <8 x float> %488, <8 x float>* %493, align 4
  %494 = add i64 %255, 4
  %495 = add i64 %256, 0
  %496 = load <8 x float>, <8 x float>* %14, align 32
  %497 = mul i64 %494, 64
  %498 = add i64 %497, %495
  %499 = add i64 %243, %498
  %500 = getelementptr inbounds float, float* %2, i64 %499
  %501 = bitcast float* %500 to <8 x float>*
  store <8 x float> %496, <8 x float>* %501, align 4
  %502 = add i64 %255, 5
  %503 = add i64 %256, 0
  %504 = load <8 x float>, <8 x float>* %13, align 32
  %505 = mul i64 %502, 64
  %506 = add i64 %505, %503
  %507 = add i64 %243, %506
  %508 = getelementptr inbounds float, float* %2, i64 %507
  %509 = bitcast float* %508 to <8 x float>*
  store <8 x float> %504, <8 x float>* %509, align 4
  %510 = add i64 %255, 0
  %511 = add i64 %256, 8
  %512 = load <8 x float>, <8 x float>* %12, align 32
  %513 = mul i64 %510, 64
  %514 = add i64 %513, %511
  %515 = add i64 %243, %514
  %516 = getelementptr inbounds float, float* %2, i64 %515
  %517 = bitcast float* %516 to <8 x float>*
  store <8 x float> %512, <8 x float>* %517, align 4
  %518 = add i64 %255, 1
  %519 = add i64 %256, 8
  %520 = load <8 x float>, <8 x float>* %11, align 32
  %521 = mul i64 %518, 64
  %522 = add i64 %521, %519
  %523 = add i64 %243, %522
  %524 = getelementptr inbounds float, float* %2, i64 %523
  %525 = bitcast float* %524 to <8 x float>*
  store <8 x float> %520, <8 x float>* %525, align 4
  %526 = add i64 %255, 2
  %527 = add i64 %256, 8
  %528 = load <8 x float>, <8 x float>* %10, align 32
  %529 = mul i64 %526, 64
  %530 = add i64 %529, %527
  %531 = add i64 %243, %530
  %532 = getelementptr inbounds float, float* %2, i64 %531
  %533 = bitcast float* %532 to <8 x float>*
  store <8 x float> %528, <8 x float>* %533, align 4
  %534 = add i64 %255, 3
  %535 = add i64 %256, 8
  %536 = load <8 x float>, <8 x float>* %9, align 32
  %537 = mul i64 %534, 64
  %538 = add i64 %537, %535
  %539 = add i64 %243, %538
  %540 = getelementptr inbounds float, float* %2, i64 %539
  %541 = bitcast float* %540 to <8 x float>*
  store <8 x float> %536, <8 x float>* %541, align 4
  %542 = add i64 %255, 4
  %543 = add i64 %256, 8
  %544 = load <8 x float>, <8 x float>* %8, align 32
  %545 = mul i64 %542, 64
  %546 = add i64 %545, %543
  %547 = add i64 %243, %546
  %548 = getelementptr inbounds float, float* %2, i64 %547
  %549 = bitcast float* %548 to <8 x float>*
  store <8 x float> %544, <8 x float>* %549, align 4
  %550 = add i64 %255, 5
  %551 = add i64 %256, 8
  %552 = load <8 x float>, <8 x float>* %7, align 32
  %553 = mul i64 %550, 64
  %554 = add i64 %553, %551
  %555 = add i64 %243, %554
  %556 = getelementptr inbounds float, float* %2, i64 %555
  %557 = bitcast float* %556 to <8 x float>*
  store <8 x float> %552, <8 x float>* %557, align 4
  br label %endif

tile.header15:                                    ; preds = %endif21, %task.exit
  %tile18 = phi i64 [ %264, %task.exit ], [ %tile.next63, %endif21 ]
  %558 = icmp slt i64 %tile18, %267
  br i1 %558, label %tile.body16, label %tile.exit17

tile.body16:                                      ; preds = %tile.header15
  %559 = add i64 0, %tile18
  %560 = srem i64 %559, 4
  %561 = sdiv i64 %559, 4
  %562 = srem i64 %561, 4
  %563 = sdiv i64 %559, 16
  %564 = mul i64 %563, 8
  %565 = mul i64 %564, 1352
  %566 = mul i64 %562, 52
  %567 = mul i64 %560, 4
  %568 = add i64 %566, %567
  %569 = mul i64 %568, 8
  %570 = add i64 %565, %569
  %571 = mul i64 %563, 8
  %572 = mul i64 %571, 288
  %573 = mul i64 %562, 12
  %574 = mul i64 %560, 2
  %575 = add i64 %573, %574
  %576 = mul i64 %575, 8
  %577 = add i64 %572, %576
  %578 = mul i64 %tile18, 64
  %579 = add i64 57600, %578
  %580 = bitcast [192 x float]* %6 to float*
  %581 = icmp eq i64 %562, 3
  br i1 %581, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  ret void

then19:                                           ; preds = %tile.body16
  %582 = icmp eq i64 %560, 3
  br i1 %582, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %583 = icmp eq i64 %560, 3
  br i1 %583, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !36

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %584 = icmp slt i64 %block, 8
  br i1 %584, label %block.body, label %block.exit

block.body:                                       ; preds = %block.header
  %585 = mul i64 %block, 8
  %586 = add i64 %579, %585
  br label %row.header25

block.exit:                                       ; preds = %block.header
  br label %endif24

row.header25:                                     ; preds = %row.body26, %block.body
  %row28 = phi i64 [ 0, %block.body ], [ %row.next29, %row.body26 ]
  %587 = icmp slt i64 %row28, 6
  br i1 %587, label %row.body26, label %row.exit27

row.body26:                                       ; preds = %row.header25
  %588 = mul i64 %row28, 6144
  %589 = add i64 %586, %588
  %590 = add i64 %589, 0
  %591 = getelementptr inbounds float, float* %2, i64 %590
  %592 = bitcast float* %591 to <8 x float>*
  %593 = load <8 x float>, <8 x float>* %592, align 4
  %594 = add i64 %589, 1024
  %595 = getelementptr inbounds float, float* %2, i64 %594
  %596 = bitcast float* %595 to <8 x float>*
  %597 = load <8 x float>, <8 x float>* %596, align 4
  %598 = add i64 %589, 2048
  %599 = getelementptr inbounds float, float* %2, i64 %598
  %600 = bitcast float* %599 to <8 x float>*
  %601 = load <8 x float>, <8 x float>* %600, align 4
  %602 = add i64 %589, 3072
  %603 = getelementptr inbounds float, float* %2, i64 %602
  %604 = bitcast float* %603 to <8 x float>*
  %605 = load <8 x float>, <8 x float>* %604, align 4
  %606 = add i64 %589, 4096
  %607 = getelementptr inbounds float, float* %2, i64 %606
  %608 = bitcast float* %607 to <8 x float>*
  %609 = load <8 x float>, <8 x float>* %608, align 4
  %610 = add i64 %589, 5120
  %611 = getelementptr inbounds float, float* %2, i64 %610
  %612 = bitcast float* %611 to <8 x float>*
  %613 = load <8 x float>, <8 x float>* %612, align 4
  %614 = fadd <8 x float> %597, %601
  %615 = fsub <8 x float> %597, %601
  %616 = fadd <8 x float> %605, %609
  %617 = fsub <8 x float> %605, %609
  %618 = fadd <8 x float> %593, %614
  %619 = fadd <8 x float> %618, %616
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %615)
  %621 = call <8 x float> @llvm.fma.v8f32(<8 x float> %616, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %614)
  %622 = call <8 x float> @llvm.fma.v8f32(<8 x float> %617, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %615)
  %623 = fadd <8 x float> %622, %613
  %624 = mul i64 %row28, 32
  %625 = add i64 %624, 0
  %626 = getelementptr inbounds float, float* %580, i64 %625
  %627 = bitcast float* %626 to <8 x float>*
  store <8 x float> %619, <8 x float>* %627, align 4
  %628 = mul i64 %row28, 32
  %629 = add i64 %628, 8
  %630 = getelementptr inbounds float, float* %580, i64 %629
  %631 = bitcast float* %630 to <8 x float>*
  store <8 x float> %620, <8 x float>* %631, align 4
  %632 = mul i64 %row28, 32
  %633 = add i64 %632, 16
  %634 = getelementptr inbounds float, float* %580, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  store <8 x float> %621, <8 x float>* %635, align 4
  %636 = mul i64 %row28, 32
  %637 = add i64 %636, 24
  %638 = getelementptr inbounds float, float* %580, i64 %637
  %639 = bitcast float* %638 to <8 x float>*
  store <8 x float> %623, <8 x float>* %639, align 4
  %row.next29 = add i64 %row28, 1
  br label %row.header25, !llvm.loop !37

row.exit27:                                       ; preds = %row.header25
  %640 = mul i64 %block, 8
  %641 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %640
  %642 = bitcast float* %641 to <8 x float>*
  %643 = load <8 x float>, <8 x float>* %642, align 4
  %644 = mul i64 %block, 1352
  %645 = add i64 %570, %644
  %646 = getelementptr inbounds float, float* %580, i64 0
  %647 = bitcast float* %646 to <8 x float>*
  %648 = load <8 x float>, <8 x float>* %647, align 4
  %649 = getelementptr inbounds float, float* %580, i64 32
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = getelementptr inbounds float, float* %580, i64 64
  %653 = bitcast float* %652 to <8 x float>*
  %654 = load <8 x float>, <8 x float>* %653, align 4
  %655 = getelementptr inbounds float, float* %580, i64 96
  %656 = bitcast float* %655 to <8 x float>*
  %657 = load <8 x float>, <8 x float>* %656, align 4
  %658 = getelementptr inbounds float, float* %580, i64 128
  %659 = bitcast float* %658 to <8 x float>*
  %660 = load <8 x float>, <8 x float>* %659, align 4
  %661 = getelementptr inbounds float, float* %580, i64 160
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
  %674 = fadd <8 x float> %669, %643
  %675 = fcmp olt <8 x float> %674, zeroinitializer
  %676 = select <8 x i1> %675, <8 x float> zeroinitializer, <8 x float> %674
  %677 = mul i64 %block, 288
  %678 = add i64 %577, %677
  %block.next = add i64 %block, 1
  br label %block.header, !llvm.loop !38

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %679 = icmp slt i64 %block33, 8
  br i1 %679, label %block.body31, label %block.exit32

block.body31:                                     ; preds = %block.header30
  %680 = mul i64 %block33, 8
  %681 = add i64 %579, %680
  br label %row.header34

block.exit32:                                     ; preds = %block.header30
  br label %endif24

row.header34:                                     ; preds = %row.body35, %block.body31
  %row37 = phi i64 [ 0, %block.body31 ], [ %row.next38, %row.body35 ]
  %682 = icmp slt i64 %row37, 6
  br i1 %682, label %row.body35, label %row.exit36

row.body35:                                       ; preds = %row.header34
  %683 = mul i64 %row37, 6144
  %684 = add i64 %681, %683
  %685 = add i64 %684, 0
  %686 = getelementptr inbounds float, float* %2, i64 %685
  %687 = bitcast float* %686 to <8 x float>*
  %688 = load <8 x float>, <8 x float>* %687, align 4
  %689 = add i64 %684, 1024
  %690 = getelementptr inbounds float, float* %2, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %684, 2048
  %694 = getelementptr inbounds float, float* %2, i64 %693
  %695 = bitcast float* %694 to <8 x float>*
  %696 = load <8 x float>, <8 x float>* %695, align 4
  %697 = add i64 %684, 3072
  %698 = getelementptr inbounds float, float* %2, i64 %697
  %699 = bitcast float* %698 to <8 x float>*
  %700 = load <8 x float>, <8 x float>* %699, align 4
  %701 = add i64 %684, 4096
  %702 = getelementptr inbounds float, float* %2, i64 %701
  %703 = bitcast float* %702 to <8 x float>*
  %704 = load <8 x float>, <8 x float>* %703, align 4
  %705 = add i64 %684, 5120
  %706 = getelementptr inbounds float, float* %2, i64 %705
  %707 = bitcast float* %706 to <8 x float>*
  %708 = load <8 x float>, <8 x float>* %707, align 4
  %709 = fadd <8 x float> %692, %696
  %710 = fsub <8 x float> %692, %696
  %711 = fadd <8 x float> %700, %704
  %712 = fsub <8 x float> %700, %704
  %713 = fadd <8 x float> %688, %709
  %714 = fadd <8 x float> %713, %711
  %715 = call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %710)
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %711, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %709)
  %717 = call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %710)
  %718 = fadd <8 x float> %717, %708
  %719 = mul i64 %row37, 32
  %720 = add i64 %719, 0
  %721 = getelementptr inbounds float, float* %580, i64 %720
  %722 = bitcast float* %721 to <8 x float>*
  store <8 x float> %714, <8 x float>* %722, align 4
  %723 = mul i64 %row37, 32
  %724 = add i64 %723, 8
  %725 = getelementptr inbounds float, float* %580, i64 %724
  %726 = bitcast float* %725 to <8 x float>*
  store <8 x float> %715, <8 x float>* %726, align 4
  %727 = mul i64 %row37, 32
  %728 = add i64 %727, 16
  %729 = getelementptr inbounds float, float* %580, i64 %728
  %730 = bitcast float* %729 to <8 x float>*
  store <8 x float> %716, <8 x float>* %730, align 4
  %731 = mul i64 %row37, 32
  %732 = add i64 %731, 24
  %733 = getelementptr inbounds float, float* %580, i64 %732
  %734 = bitcast float* %733 to <8 x float>*
  store <8 x float> %718, <8 x float>* %734, align 4
  %row.next38 = add i64 %row37, 1
  br label %row.header34, !llvm.loop !39

row.exit36:                                       ; preds = %row.header34
  %735 = mul i64 %block33, 8
  %736 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %735
  %737 = bitcast float* %736 to <8 x float>*
  %738 = load <8 x float>, <8 x float>* %737, align 4
  %739 = mul i64 %block33, 1352
  %740 = add i64 %570, %739
  %741 = getelementptr inbounds float, float* %580, i64 0
  %742 = bitcast float* %741 to <8 x float>*
  %743 = load <8 x float>, <8 x float>* %742, align 4
  %744 = getelementptr inbounds float, float* %580, i64 32
  %745 = bitcast float* %744 to <8 x float>*
  %746 = load <8 x float>, <8 x float>* %745, align 4
  %747 = getelementptr inbounds float, float* %580, i64 64
  %748 = bitcast float* %747 to <8 x float>*
  %749 = load <8 x float>, <8 x float>* %748, align 4
  %750 = getelementptr inbounds float, float* %580, i64 96
  %751 = bitcast float* %750 to <8 x float>*
  %752 = load <8 x float>, <8 x float>* %751, align 4
  %753 = getelementptr inbounds float, float* %580, i64 128
  %754 = bitcast float* %753 to <8 x float>*
  %755 = load <8 x float>, <8 x float>* %754, align 4
  %756 = getelementptr inbounds float, float* %580, i64 160
  %757 = bitcast float* %756 to <8 x float>*
  %758 = load <8 x float>, <8 x float>* %757, align 4
  %759 = fadd <8 x float> %746, %749
  %760 = fsub <8 x float> %746, %749
  %761 = fadd <8 x float> %752, %755
  %762 = fsub <8 x float> %752, %755
  %763 = fadd <8 x float> %743, %759
  %764 = fadd <8 x float> %763, %761
  %765 = call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %760)
  %766 = call <8 x float> @llvm.fma.v8f32(<8 x float> %761, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %759)
  %767 = call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %760)
  %768 = fadd <8 x float> %767, %758
  %769 = fadd <8 x float> %764, %738
  %770 = fcmp olt <8 x float> %769, zeroinitializer
  %771 = select <8 x i1> %770, <8 x float> zeroinitializer, <8 x float> %769
  %772 = getelementptr inbounds float, float* %580, i64 8
  %773 = bitcast float* %772 to <8 x float>*
  %774 = load <8 x float>, <8 x float>* %773, align 4
  %775 = getelementptr inbounds float, float* %580, i64 40
  %776 = bitcast float* %775 to <8 x float>*
  %777 = load <8 x float>, <8 x float>* %776, align 4
  %778 = getelementptr inbounds float, float* %580, i64 72
  %779 = bitcast float* %778 to <8 x float>*
  %780 = load <8 x float>, <8 x float>* %779, align 4
  %781 = getelementptr inbounds float, float* %580, i64 104
  %782 = bitcast float* %781 to <8 x float>*
  %783 = load <8 x float>, <8 x float>* %782, align 4
  %784 = getelementptr inbounds float, float* %580, i64 136
  %785 = bitcast float* %784 to <8 x float>*
  %786 = load <8 x float>, <8 x float>* %785, align 4
  %787 = getelementptr inbounds float, float* %580, i64 168
  %788 = bitcast float* %787 to <8 x float>*
  %789 = load <8 x float>, <8 x float>* %788, align 4
  %790 = fadd <8 x float> %777, %780
  %791 = fsub <8 x float> %777, %780
  %792 = fadd <8 x float> %783, %786
  %793 = fsub <8 x float> %783, %786
  %794 = fadd <8 x float> %774, %790
  %795 = fadd <8 x float> %794, %792
  %796 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %791)
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %792, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %790)
  %798 = call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %791)
  %799 = fadd <8 x float> %798, %789
  %800 = fadd <8 x float> %795, %738
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = getelementptr inbounds float, float* %580, i64 16
  %804 = bitcast float* %803 to <8 x float>*
  %805 = load <8 x float>, <8 x float>* %804, align 4
  %806 = getelementptr inbounds float, float* %580, i64 48
  %807 = bitcast float* %806 to <8 x float>*
  %808 = load <8 x float>, <8 x float>* %807, align 4
  %809 = getelementptr inbounds float, float* %580, i64 80
  %810 = bitcast float* %809 to <8 x float>*
  %811 = load <8 x float>, <8 x float>* %810, align 4
  %812 = getelementptr inbounds float, float* %580, i64 112
  %813 = bitcast float* %812 to <8 x float>*
  %814 = load <8 x float>, <8 x float>* %813, align 4
  %815 = getelementptr inbounds float, float* %580, i64 144
  %816 = bitcast float* %815 to <8 x float>*
  %817 = load <8 x float>, <8 x float>* %816, align 4
  %818 = getelementptr inbounds float, float* %580, i64 176
  %819 = bitcast float* %818 to <8 x float>*
  %820 = load <8 x float>, <8 x float>* %819, align 4
  %821 = fadd <8 x float> %808, %811
  %822 = fsub <8 x float> %808, %811
  %823 = fadd <8 x float> %814, %817
  %824 = fsub <8 x float> %814, %817
  %825 = fadd <8 x float> %805, %821
  %826 = fadd <8 x float> %825, %823
  %827 = call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %822)
  %828 = call <8 x float> @llvm.fma.v8f32(<8 x float> %823, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %821)
  %829 = call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %822)
  %830 = fadd <8 x float> %829, %820
  %831 = fadd <8 x float> %826, %738
  %832 = fcmp olt <8 x float> %831, zeroinitializer
  %833 = select <8 x i1> %832, <8 x float> zeroinitializer, <8 x float> %831
  %834 = getelementptr inbounds float, float* %580, i64 24
  %835 = bitcast float* %834 to <8 x float>*
  %836 = load <8 x float>, <8 x float>* %835, align 4
  %837 = getelementptr inbounds float, float* %580, i64 56
  %838 = bitcast float* %837 to <8 x float>*
  %839 = load <8 x float>, <8 x float>* %838, align 4
  %840 = getelementptr inbounds float, float* %580, i64 88
  %841 = bitcast float* %840 to <8 x float>*
  %842 = load <8 x float>, <8 x float>* %841, align 4
  %843 = getelementptr inbounds float, float* %580, i64 120
  %844 = bitcast float* %843 to <8 x float>*
  %845 = load <8 x float>, <8 x float>* %844, align 4
  %846 = getelementptr inbounds float, float* %580, i64 152
  %847 = bitcast float* %846 to <8 x float>*
  %848 = load <8 x float>, <8 x float>* %847, align 4
  %849 = getelementptr inbounds float, float* %580, i64 184
  %850 = bitcast float* %849 to <8 x float>*
  %851 = load <8 x float>, <8 x float>* %850, align 4
  %852 = fadd <8 x float> %839, %842
  %853 = fsub <8 x float> %839, %842
  %854 = fadd <8 x float> %845, %848
  %855 = fsub <8 x float> %845, %848
  %856 = fadd <8 x float> %836, %852
  %857 = fadd <8 x float> %856, %854
  %858 = call <8 x float> @llvm.fma.v8f32(<8 x float> %855, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %853)
  %859 = call <8 x float> @llvm.fma.v8f32(<8 x float> %854, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %852)
  %860 = call <8 x float> @llvm.fma.v8f32(<8 x float> %855, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %853)
  %861 = fadd <8 x float> %860, %851
  %862 = fadd <8 x float> %857, %738
  %863 = fcmp olt <8 x float> %862, zeroinitializer
  %864 = select <8 x i1> %863, <8 x float> zeroinitializer, <8 x float> %862
  %865 = mul i64 %block33, 288
  %866 = add i64 %577, %865
  %block.next39 = add i64 %block33, 1
  br label %block.header30, !llvm.loop !40

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %867 = icmp slt i64 %block46, 8
  br i1 %867, label %block.body44, label %block.exit45

block.body44:                                     ; preds = %block.header43
  %868 = mul i64 %block46, 8
  %869 = add i64 %579, %868
  br label %row.header47

block.exit45:                                     ; preds = %block.header43
  br label %endif42

row.header47:                                     ; preds = %row.body48, %block.body44
  %row50 = phi i64 [ 0, %block.body44 ], [ %row.next51, %row.body48 ]
  %870 = icmp slt i64 %row50, 6
  br i1 %870, label %row.body48, label %row.exit49

row.body48:                                       ; preds = %row.header47
  %871 = mul i64 %row50, 6144
  %872 = add i64 %869, %871
  %873 = add i64 %872, 0
  %874 = getelementptr inbounds float, float* %2, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %872, 1024
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %872, 2048
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = bitcast float* %882 to <8 x float>*
  %884 = load <8 x float>, <8 x float>* %883, align 4
  %885 = add i64 %872, 3072
  %886 = getelementptr inbounds float, float* %2, i64 %885
  %887 = bitcast float* %886 to <8 x float>*
  %888 = load <8 x float>, <8 x float>* %887, align 4
  %889 = add i64 %872, 4096
  %890 = getelementptr inbounds float, float* %2, i64 %889
  %891 = bitcast float* %890 to <8 x float>*
  %892 = load <8 x float>, <8 x float>* %891, align 4
  %893 = add i64 %872, 5120
  %894 = getelementptr inbounds float, float* %2, i64 %893
  %895 = bitcast float* %894 to <8 x float>*
  %896 = load <8 x float>, <8 x float>* %895, align 4
  %897 = fadd <8 x float> %880, %884
  %898 = fsub <8 x float> %880, %884
  %899 = fadd <8 x float> %888, %892
  %900 = fsub <8 x float> %888, %892
  %901 = fadd <8 x float> %876, %897
  %902 = fadd <8 x float> %901, %899
  %903 = call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %898)
  %904 = call <8 x float> @llvm.fma.v8f32(<8 x float> %899, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %897)
  %905 = call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %898)
  %906 = fadd <8 x float> %905, %896
  %907 = mul i64 %row50, 32
  %908 = add i64 %907, 0
  %909 = getelementptr inbounds float, float* %580, i64 %908
  %910 = bitcast float* %909 to <8 x float>*
  store <8 x float> %902, <8 x float>* %910, align 4
  %911 = mul i64 %row50, 32
  %912 = add i64 %911, 8
  %913 = getelementptr inbounds float, float* %580, i64 %912
  %914 = bitcast float* %913 to <8 x float>*
  store <8 x float> %903, <8 x float>* %914, align 4
  %915 = mul i64 %row50, 32
  %916 = add i64 %915, 16
  %917 = getelementptr inbounds float, float* %580, i64 %916
  %918 = bitcast float* %917 to <8 x float>*
  store <8 x float> %904, <8 x float>* %918, align 4
  %919 = mul i64 %row50, 32
  %920 = add i64 %919, 24
  %921 = getelementptr inbounds float, float* %580, i64 %920
  %922 = bitcast float* %921 to <8 x float>*
  store <8 x float> %906, <8 x float>* %922, align 4
  %row.next51 = add i64 %row50, 1
  br label %row.header47, !llvm.loop !41

row.exit49:                                       ; preds = %row.header47
  %923 = mul i64 %block46, 8
  %924 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %923
  %925 = bitcast float* %924 to <8 x float>*
  %926 = load <8 x float>, <8 x float>* %925, align 4
  %927 = mul i64 %block46, 1352
  %928 = add i64 %570, %927
  %929 = getelementptr inbounds float, float* %580, i64 0
  %930 = bitcast float* %929 to <8 x float>*
  %931 = load <8 x float>, <8 x float>* %930, align 4
  %932 = getelementptr inbounds float, float* %580, i64 32
  %933 = bitcast float* %932 to <8 x float>*
  %934 = load <8 x float>, <8 x float>* %933, align 4
  %935 = getelementptr inbounds float, float* %580, i64 64
  %936 = bitcast float* %935 to <8 x float>*
  %937 = load <8 x float>, <8 x float>* %936, align 4
  %938 = getelementptr inbounds float, float* %580, i64 96
  %939 = bitcast float* %938 to <8 x float>*
  %940 = load <8 x float>, <8 x float>* %939, align 4
  %941 = getelementptr inbounds float, float* %580, i64 128
  %942 = bitcast float* %941 to <8 x float>*
  %943 = load <8 x float>, <8 x float>* %942, align 4
  %944 = getelementptr inbounds float, float* %580, i64 160
  %945 = bitcast float* %944 to <8 x float>*
  %946 = load <8 x float>, <8 x float>* %945, align 4
  %947 = fadd <8 x float> %934, %937
  %948 = fsub <8 x float> %934, %937
  %949 = fadd <8 x float> %940, %943
  %950 = fsub <8 x float> %940, %943
  %951 = fadd <8 x float> %931, %947
  %952 = fadd <8 x float> %951, %949
  %953 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %948)
  %954 = call <8 x float> @llvm.fma.v8f32(<8 x float> %949, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %947)
  %955 = call <8 x float> @llvm.fma.v8f32(<8 x float> %950, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %948)
  %956 = fadd <8 x float> %955, %946
  %957 = fadd <8 x float> %952, %926
  %958 = fcmp olt <8 x float> %957, zeroinitializer
  %959 = select <8 x i1> %958, <8 x float> zeroinitializer, <8 x float> %957
  %960 = fadd <8 x float> %953, %926
  %961 = fcmp olt <8 x float> %960, zeroinitializer
  %962 = select <8 x i1> %961, <8 x float> zeroinitializer, <8 x float> %960
  %963 = fadd <8 x float> %954, %926
  %964 = fcmp olt <8 x float> %963, zeroinitializer
  %965 = select <8 x i1> %964, <8 x float> zeroinitializer, <8 x float> %963
  %966 = fadd <8 x float> %956, %926
  %967 = fcmp olt <8 x float> %966, zeroinitializer
  %968 = select <8 x i1> %967, <8 x float> zeroinitializer, <8 x float> %966
  %969 = mul i64 %block46, 288
  %970 = add i64 %577, %969
  %block.next52 = add i64 %block46, 1
  br label %block.header43, !llvm.loop !42

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %971 = icmp slt i64 %block56, 8
  br i1 %971, label %block.body54, label %block.exit55

block.body54:                                     ; preds = %block.header53
  %972 = mul i64 %block56, 8
  %973 = add i64 %579, %972
  br label %row.header57

block.exit55:                                     ; preds = %block.header53
  br label %endif42

row.header57:                                     ; preds = %row.body58, %block.body54
  %row60 = phi i64 [ 0, %block.body54 ], [ %row.next61, %row.body58 ]
  %974 = icmp slt i64 %row60, 6
  br i1 %974, label %row.body58, label %row.exit59

row.body58:                                       ; preds = %row.header57
  %975 = mul i64 %row60, 6144
  %976 = add i64 %973, %975
  %977 = add i64 %976, 0
  %978 = getelementptr inbounds float, float* %2, i64 %977
  %979 = bitcast float* %978 to <8 x float>*
  %980 = load <8 x float>, <8 x float>* %979, align 4
  %981 = add i64 %976, 1024
  %982 = getelementptr inbounds float, float* %2, i64 %981
  %983 = bitcast float* %982 to <8 x float>*
  %984 = load <8 x float>, <8 x float>* %983, align 4
  %985 = add i64 %976, 2048
  %986 = getelementptr inbounds float, float* %2, i64 %985
  %987 = bitcast float* %986 to <8 x float>*
  %988 = load <8 x float>, <8 x float>* %987, align 4
  %989 = add i64 %976, 3072
  %990 = getelementptr inbounds float, float* %2, i64 %989
  %991 = bitcast float* %990 to <8 x float>*
  %992 = load <8 x float>, <8 x float>* %991, align 4
  %993 = add i64 %976, 4096
  %994 = getelementptr inbounds float, float* %2, i64 %993
  %995 = bitcast float* %994 to <8 x float>*
  %996 = load <8 x float>, <8 x float>* %995, align 4
  %997 = add i64 %976, 5120
  %998 = getelementptr inbounds float, float* %2, i64 %997
  %999 = bitcast float* %998 to <8 x float>*
  %1000 = load <8 x float>, <8 x float>* %999, align 4
  %1001 = fadd <8 x float> %984, %988
  %1002 = fsub <8 x float> %984, %988
  %1003 = fadd <8 x float> %992, %996
  %1004 = fsub <8 x float> %992, %996
  %1005 = fadd <8 x float> %980, %1001
  %1006 = fadd <8 x float> %1005, %1003
  %1007 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1004, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1002)
  %1008 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1001)
  %1009 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1004, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1002)
  %1010 = fadd <8 x float> %1009, %1000
  %1011 = mul i64 %row60, 32
  %1012 = add i64 %1011, 0
  %1013 = getelementptr inbounds float, float* %580, i64 %1012
  %1014 = bitcast float* %1013 to <8 x float>*
  store <8 x float> %1006, <8 x float>* %1014, align 4
  %1015 = mul i64 %row60, 32
  %1016 = add i64 %1015, 8
  %1017 = getelementptr inbounds float, float* %580, i64 %1016
  %1018 = bitcast float* %1017 to <8 x float>*
  store <8 x float> %1007, <8 x float>* %1018, align 4
  %1019 = mul i64 %row60, 32
  %1020 = add i64 %1019, 16
  %1021 = getelementptr inbounds float, float* %580, i64 %1020
  %1022 = bitcast float* %1021 to <8 x float>*
  store <8 x float> %1008, <8 x float>* %1022, align 4
  %1023 = mul i64 %row60, 32
  %1024 = add i64 %1023, 24
  %1025 = getelementptr inbounds float, float* %580, i64 %1024
  %1026 = bitcast float* %1025 to <8 x float>*
  store <8 x float> %1010, <8 x float>* %1026, align 4
  %row.next61 = add i64 %row60, 1
  br label %row.header57, !llvm.loop !43

row.exit59:                                       ; preds = %row.header57
  %1027 = mul i64 %block56, 8
  %1028 = getelementptr inbounds float, float* bitcast ([256 x i8]* @weight.conv2d_4.bias to float*), i64 %1027
  %1029 = bitcast float* %1028 to <8 x float>*
  %1030 = load <8 x float>, <8 x float>* %1029, align 4
  %1031 = mul i64 %block56, 1352
  %1032 = add i64 %570, %1031
  %1033 = getelementptr inbounds float, float* %580, i64 0
  %1034 = bitcast float* %1033 to <8 x float>*
  %1035 = load <8 x float>, <8 x float>* %1034, align 4
  %1036 = getelementptr inbounds float, float* %580, i64 32
  %1037 = bitcast float* %1036 to <8 x float>*
  %1038 = load <8 x float>, <8 x float>* %1037, align 4
  %1039 = getelementptr inbounds float, float* %580, i64 64
  %1040 = bitcast float* %1039 to <8 x float>*
  %1041 = load <8 x float>, <8 x float>* %1040, align 4
  %1042 = getelementptr inbounds float, float* %580, i64 96
  %1043 = bitcast float* %1042 to <8 x float>*
  %1044 = load <8 x float>, <8 x float>* %1043, align 4
  %1045 = getelementptr inbounds float, float* %580, i64 128
  %1046 = bitcast float* %1045 to <8 x float>*
  %1047 = load <8 x float>, <8 x float>* %1046, align 4
  %1048 = getelementptr inbounds float, float* %580, i64 160
  %1049 = bitcast float* %1048 to <8 x float>*
  %1050 = load <8 x float>, <8 x float>* %1049, align 4
  %1051 = fadd <8 x float> %1038, %1041
  %1052 = fsub <8 x float> %1038, %1041
  %1053 = fadd <8 x float> %1044, %1047
  %1054 = fsub <8 x float> %1044, %1047
  %1055 = fadd <8 x float> %1035, %1051
  %1056 = fadd <8 x float> %1055, %1053
  %1057 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1054, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1052)
  %1058 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1051)
  %1059 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1054, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1052)
  %1060 = fadd <8 x float> %1059, %1050
  %1061 = fadd <8 x float> %1056, %1030
  %1062 = fcmp olt <8 x float> %1061, zeroinitializer
  %1063 = select <8 x i1> %1062, <8 x float> zeroinitializer, <8 x float> %1061
  %1064 = fadd <8 x float> %1057, %1030
  %1065 = fcmp olt <8 x float> %1064, zeroinitializer
  %1066 = select <8 x i1> %1065, <8 x float> zeroinitializer, <8 x float> %1064
  %1067 = fadd <8 x float> %1058, %1030
  %1068 = fcmp olt <8 x float> %1067, zeroinitializer
  %1069 = select <8 x i1> %1068, <8 x float> zeroinitializer, <8 x float> %1067
  %1070 = fadd <8 x float> %1060, %1030
  %1071 = fcmp olt <8 x float> %1070, zeroinitializer
  %1072 = select <8 x i1> %1071, <8 x float> zeroinitializer, <8 x float> %1070
  %1073 = getelementptr inbounds float, float* %580, i64 8
  %1074 = bitcast float* %1073 to <8 x float>*
  %1075 = load <8 x float>, <8 x float>* %1074, align 4
  %1076 = getelementptr inbounds float, float* %580, i64 40
  %1077 = bitcast float* %1076 to <8 x float>*
  %1078 = load <8 x float>, <8 x float>* %1077, align 4
  %1079 = getelementptr inbounds float, float* %580, i64 72
  %1080 = bitcast float* %1079 to <8 x float>*
  %1081 = load <8 x float>, <8 x float>* %1080, align 4
  %1082 = getelementptr inbounds float, float* %580, i64 104
  %1083 = bitcast float* %1082 to <8 x float>*
  %1084 = load <8 x float>, <8 x float>* %1083, align 4
  %1085 = getelementptr inbounds float, float* %580, i64 136
  %1086 = bitcast float* %1085 to <8 x float>*
  %1087 = load <8 x float>, <8 x float>* %1086, align 4
  %1088 = getelementptr inbounds float, float* %580, i64 168
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
  %1101 = fadd <8 x float> %1096, %1030
  %1102 = fcmp olt <8 x float> %1101, zeroinitializer
  %1103 = select <8 x i1> %1102, <8 x float> zeroinitializer, <8 x float> %1101
  %1104 = fadd <8 x float> %1097, %1030
  %1105 = fcmp olt <8 x float> %1104, zeroinitializer
  %1106 = select <8 x i1> %1105, <8 x float> zeroinitializer, <8 x float> %1104
  %1107 = fadd <8 x float> %1098, %1030
  %1108 = fcmp olt <8 x float> %1107, zeroinitializer
  %1109 = select <8 x i1> %1108, <8 x float> zeroinitializer, <8 x float> %1107
  %1110 = fadd <8 x float> %1100, %1030
  %1111 = fcmp olt <8 x float> %1110, zeroinitializer
  %1112 = select <8 x i1> %1111, <8 x float> zeroinitializer, <8 x float> %1110
  %1113 = getelementptr inbounds float, float* %580, i64 16
  %1114 = bitcast float* %1113 to <8 x float>*
  %1115 = load <8 x float>, <8 x float>* %1114, align 4
  %1116 = getelementptr inbounds float, float* %580, i64 48
  %1117 = bitcast float* %1116 to <8 x float>*
  %1118 = load <8 x float>, <8 x float>* %1117, align 4
  %1119 = getelementptr inbounds float, float* %580, i64 80
  %1120 = bitcast float* %1119 to <8 x float>*
  %1121 = load <8 x float>, <8 x float>* %1120, align 4
  %1122 = getelementptr inbounds float, float* %580, i64 112
  %1123 = bitcast float* %1122 to <8 x float>*
  %1124 = load <8 x float>, <8 x float>* %1123, align 4
  %1125 = getelementptr inbounds float, float* %580, i64 144
  %1126 = bitcast float* %1125 to <8 x float>*
  %1127 = load <8 x float>, <8 x float>* %1126, align 4
  %1128 = getelementptr inbounds float, float* %580, i64 176
  %1129 = bitcast float* %1128 to <8 x float>*
  %1130 = load <8 x float>, <8 x float>* %1129, align 4
  %1131 = fadd <8 x float> %1118, %1121
  %1132 = fsub <8 x float> %1118, %1121
  %1133 = fadd <8 x float> %1124, %1127
  %1134 = fsub <8 x float> %1124, %1127
  %1135 = fadd <8 x float> %1115, %1131
  %1136 = fadd <8 x float> %1135, %1133
  %1137 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1132)
  %1138 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1133, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1131)
  %1139 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1132)
  %1140 = fadd <8 x float> %1139, %1130
  %1141 = fadd <8 x float> %1136, %1030
  %1142 = fcmp olt <8 x float> %1141, zeroinitializer
  %1143 = select <8 x i1> %1142, <8 x float> zeroinitializer, <8 x float> %1141
  %1144 = fadd <8 x float> %1137, %1030
  %1145 = fcmp olt <8 x float> %1144, zeroinitializer
  %1146 = select <8 x i1> %1145, <8 x float> zeroinitializer, <8 x float> %1144
  %1147 = fadd <8 x float> %1138, %1030
  %1148 = fcmp olt <8 x float> %1147, zeroinitializer
  %1149 = select <8 x i1> %1148, <8 x float> zeroinitializer, <8 x float> %1147
  %1150 = fadd <8 x float> %1140, %1030
  %1151 = fcmp olt <8 x float> %1150, zeroinitializer
  %1152 = select <8 x i1> %1151, <8 x float> zeroinitializer, <8 x float> %1150
  %1153 = getelementptr inbounds float, float* %580, i64 24
  %1154 = bitcast float* %1153 to <8 x float>*
  %1155 = load <8 x float>, <8 x float>* %1154, align 4
  %1156 = getelementptr inbounds float, float* %580, i64 56
  %1157 = bitcast float* %1156 to <8 x float>*
  %1158 = load <8 x float>, <8 x float>* %1157, align 4
  %1159 = getelementptr inbounds float, float* %580, i64 88
  %1160 = bitcast float* %1159 to <8 x float>*
  %1161 = load <8 x float>, <8 x float>* %1160, align 4
  %1162 = getelementptr inbounds float, float* %580, i64 120
  %1163 = bitcast float* %1162 to <8 x float>*
  %1164 = load <8 x float>, <8 x float>* %1163, align 4
  %1165 = getelementptr inbounds float, float* %580, i64 152
  %1166 = bitcast float* %1165 to <8 x float>*
  %1167 = load <8 x float>, <8 x float>* %1166, align 4
  %1168 = getelementptr inbounds float, float* %580, i64 184
  %1169 = bitcast float* %1168 to <8 x float>*
  %1170 = load <8 x float>, <8 x float>* %1169, align 4
  %1171 = fadd <8 x float> %1158, %1161
  %1172 = fsub <8 x float> %1158, %1161
  %1173 = fadd <8 x float> %1164, %1167
  %1174 = fsub <8 x float> %1164, %1167
  %1175 = fadd <8 x float> %1155, %1171
  %1176 = fadd <8 x float> %1175, %1173
  %1177 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1174, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, <8 x float> %1172)
  %1178 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1173, <8 x float> <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>, <8 x float> %1171)
  %1179 = call <8 x float> @llvm.fma.v8f32(<8 x float> %1174, <8 x float> <float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00, float 8.000000e+00>, <8 x float> %1172)
  %1180 = fadd <8 x float> %1179, %1170
  %1181 = fadd <8 x float> %1176, %1030
  %1182 = fcmp olt <8 x float> %1181, zeroinitializer
  %1183 = select <8 x i1> %1182, <8 x float> zeroinitializer, <8 x float> %1181
  %1184 = fadd <8 x float> %1177, %1030
  %1185 = fcmp olt <8 x float> %1184, zeroinitializer
  %1186 = select <8 x i1> %1185, <8 x float> zeroinitializer, <8 x float> %1184
  %1187 = fadd <8 x float> %1178, %1030
  %1188 = fcmp olt <8 x float> %1187, zeroinitializer
  %1189 = select <8 x i1> %1188, <8 x float> zeroinitializer, <8 x float> %1187
  %1190 = fadd <8 x float> %1180, %1030
  %1191 = fcmp olt <8 x float> %1190, zeroinitializer
  %1192 = select <8 x i1> %1191, <8 x float> zeroinitializer, <8 x float> %1190
  %1193 = mul i64 %block56, 288
  %1194 = add i64 %577, %1193
  %1195 = fcmp ogt <8 x float> %1063, %1103
  %1196 = select <8 x i1> %1195, <8 x float> %1063, <8 x float> %1103
  %1197 = fcmp uno <8 x float> %1063, %1063
  %1198 = select <8 x i1> %1197, <8 x float> %1063, <8 x float> %1196
  %1199 = fcmp ogt <8 x float> %1198, %1066
  %1200 = select <8 x i1> %1199, <8 x float> %1198, <8 x float> %1066
  %1201 = fcmp uno <8 x float> %1198, %1198
  %1202 = select <8 x i1> %1201, <8 x float> %1198, <8 x float> %1200
  %1203 = fcmp ogt <8 x float> %1202, %1106
  %1204 = select <8 x i1> %1203, <8 x float> %1202, <8 x float> %1106
  %1205 = fcmp uno <8 x float> %1202, %1202
  %1206 = select <8 x i1> %1205, <8 x float> %1202, <8 x float> %1204
  %1207 = add i64 %1194, 0
  %1208 = getelementptr inbounds float, float* %0, i64 %1207
  %1209 = bitcast float* %1208 to <8 x float>*
  store <8 x float> %1206, <8 x float>* %1209, align 4
  %1210 = fcmp ogt <8 x float> %1143, %1183
  %1211 = select <8 x i1> %1210, <8 x float> %1143, <8 x float> %1183
  %1212 = fcmp uno <8 x float> %1143, %1143
  %1213 = select <8 x i1> %1212, <8 x float> %1143, <8 x float> %1211
  %1214 = fcmp ogt <8 x float> %1213, %1146
  %1215 = select <8 x i1> %1214, <8 x float> %1213, <8 x float> %1146
  %1216 = fcmp uno <8 x float> %1213, %1213
  %1217 = select <8 x i1> %1216, <8 x float> %1213, <8 x float> %1215
  %1218 = fcmp ogt <8 x float> %1217, %1186
  %1219 = select <8 x i1> %1218, <8 x float> %1217, <8 x float> %1186
  %1220 = fcmp uno <8 x float> %1217, %1217
  %1221 = select <8 x i1> %1220, <8 x float> %1217, <8 x float> %1219
  %1222 = add i64 %1194, 8
  %1223 = getelementptr inbounds float, float* %0, i64 %1222
  %1224 = bitcast float* %1223 to <8 x float>*
  store <8 x float> %1221, <8 x float>* %1224, align 4
  %1225 = fcmp ogt <8 x float> %1069, %1109
  %1226 = select <8 x i1> %1225, <8 x float> %1069, <8 x float> %1109
  %1227 = fcmp uno <8 x float> %1069, %1069
  %1228 = select <8 x i1> %1227, <8 x float> %1069, <8 x float> %1226
  %1229 = fcmp ogt <8 x float> %1228, %1072
  %1230 = select <8 x i1> %1229, <8 x float> %1228, <8 x float> %1072
  %1231 = fcmp uno <8 x float> %1228, %1228
  %1232 = select <8 x i1> %1231, <8 x float> %1228, <8 x float> %1230
  %1233 = fcmp ogt <8 x float> %1232, %1112
  %1234 = select <8 x i1> %1233, <8 x float> %1232, <8 x float> %1112
  %1235 = fcmp uno <8 x float> %1232, %1232
  %1236 = select <8 x i1> %1235, <8 x float> %1232, <8 x float> %1234
  %1237 = add i64 %1194, 48
  %1238 = getelementptr inbounds float, float* %0, i64 %1237
  %1239 = bitcast float* %1238 to <8 x float>*
  store <8 x float> %1236, <8 x float>* %1239, align 4
  %1240 = fcmp ogt <8 x float> %1149, %1189
  %1241 = select <8 x i1> %1240, <8 x float> %1149, <8 x float> %1189
  %1242 = fcmp uno <8 x float> %1149, %1149
  %1243 = select <8 x i1> %1242, <8 x float> %1149, <8 x float> %1241
  %1244 = fcmp ogt <8 x float> %1243, %1152
  %1245 = select <8 x i1> %1244, <8 x float> %1243, <8 x float> %1152
  %1246 = fcmp uno <8 x float> %1243, %1243
  %1247 = select <8 x i1> %1246, <8 x float> %1243, <8 x float> %1245
  %1248 = fcmp ogt <8 x float> %1247, %1192
  %1249 = select <8 x i1> %1248, <8 x float> %1247, <8 x float> %1192
  %1250 = fcmp uno <8 x float> %1247, %1247
  %1251 = select <8 x i1> %1250, <8 x float> %1247, <8 x float> %1249
  %1252 = add i64 %1194, 56
  %1253 = getelementptr inbounds float, float* %0, i64 %1252
  %1254 = bitcast float* %1253 to <8 x float>*
  store <8 x float> %1251, <8 x float>* %1254, align 4
  %block.next62 = add i64 %block56, 1
  br label %block.header53, !llvm.loop !44
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
define internal void @node4.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ps.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ps.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 36
  %10 = add i64 %9, 36
  %11 = icmp slt i64 %10, 36
  %12 = select i1 %11, i64 %10, i64 36
  %13 = srem i64 %7, 8
  %14 = sdiv i64 %7, 8
  %15 = mul i64 %14, 64
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 288
  %19 = icmp slt i64 %12, 32
  %20 = select i1 %19, i64 %12, i64 32
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
  %103 = mul i64 %102, 36
  %104 = add i64 %103, %p
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %94, <8 x float>* %106, align 4
  %107 = add i64 %17, 1
  %108 = mul i64 %107, 36
  %109 = add i64 %108, %p
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %95, <8 x float>* %111, align 4
  %112 = add i64 %17, 2
  %113 = mul i64 %112, 36
  %114 = add i64 %113, %p
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %96, <8 x float>* %116, align 4
  %117 = add i64 %17, 3
  %118 = mul i64 %117, 36
  %119 = add i64 %118, %p
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %97, <8 x float>* %121, align 4
  %122 = add i64 %17, 4
  %123 = mul i64 %122, 36
  %124 = add i64 %123, %p
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %98, <8 x float>* %126, align 4
  %127 = add i64 %17, 5
  %128 = mul i64 %127, 36
  %129 = add i64 %128, %p
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %99, <8 x float>* %131, align 4
  %132 = add i64 %17, 6
  %133 = mul i64 %132, 36
  %134 = add i64 %133, %p
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %100, <8 x float>* %136, align 4
  %137 = add i64 %17, 7
  %138 = mul i64 %137, 36
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
  %149 = mul i64 %148, 36
  %150 = add i64 %149, %ps
  %151 = getelementptr inbounds float, float* %1, i64 %147
  %152 = load float, float* %151, align 4
  %153 = getelementptr inbounds float, float* %0, i64 %150
  store float %152, float* %153, align 4
  %154 = mul i64 %ps, 8
  %155 = add i64 %154, 1
  %156 = add i64 %18, %155
  %157 = add i64 %17, 1
  %158 = mul i64 %157, 36
  %159 = add i64 %158, %ps
  %160 = getelementptr inbounds float, float* %1, i64 %156
  %161 = load float, float* %160, align 4
  %162 = getelementptr inbounds float, float* %0, i64 %159
  store float %161, float* %162, align 4
  %163 = mul i64 %ps, 8
  %164 = add i64 %163, 2
  %165 = add i64 %18, %164
  %166 = add i64 %17, 2
  %167 = mul i64 %166, 36
  %168 = add i64 %167, %ps
  %169 = getelementptr inbounds float, float* %1, i64 %165
  %170 = load float, float* %169, align 4
  %171 = getelementptr inbounds float, float* %0, i64 %168
  store float %170, float* %171, align 4
  %172 = mul i64 %ps, 8
  %173 = add i64 %172, 3
  %174 = add i64 %18, %173
  %175 = add i64 %17, 3
  %176 = mul i64 %175, 36
  %177 = add i64 %176, %ps
  %178 = getelementptr inbounds float, float* %1, i64 %174
  %179 = load float, float* %178, align 4
  %180 = getelementptr inbounds float, float* %0, i64 %177
  store float %179, float* %180, align 4
  %181 = mul i64 %ps, 8
  %182 = add i64 %181, 4
  %183 = add i64 %18, %182
  %184 = add i64 %17, 4
  %185 = mul i64 %184, 36
  %186 = add i64 %185, %ps
  %187 = getelementptr inbounds float, float* %1, i64 %183
  %188 = load float, float* %187, align 4
  %189 = getelementptr inbounds float, float* %0, i64 %186
  store float %188, float* %189, align 4
  %190 = mul i64 %ps, 8
  %191 = add i64 %190, 5
  %192 = add i64 %18, %191
  %193 = add i64 %17, 5
  %194 = mul i64 %193, 36
  %195 = add i64 %194, %ps
  %196 = getelementptr inbounds float, float* %1, i64 %192
  %197 = load float, float* %196, align 4
  %198 = getelementptr inbounds float, float* %0, i64 %195
  store float %197, float* %198, align 4
  %199 = mul i64 %ps, 8
  %200 = add i64 %199, 6
  %201 = add i64 %18, %200
  %202 = add i64 %17, 6
  %203 = mul i64 %202, 36
  %204 = add i64 %203, %ps
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = mul i64 %ps, 8
  %209 = add i64 %208, 7
  %210 = add i64 %18, %209
  %211 = add i64 %17, 7
  %212 = mul i64 %211, 36
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
define internal void @node4.maxPool2d_2.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 8, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 8
  %23 = select i1 %22, i64 %21, i64 8
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 8
  %26 = select i1 %25, i64 %24, i64 8
  call void @node4.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.dense_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node6.dense_1.step0(i8* %0) #3 {
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
  call void @node6.dense_1.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.dense_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node7.dense_2.step0(i8* %0) #3 {
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
  call void @node7.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_2.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node8.dense_2.softmax.step0(i8* %0) #3 {
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
  call void @node8.dense_2.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %fresh = call i8* @malloc(i64 897727)
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
  %8 = call i32 @omp_get_max_threads()
  %9 = icmp slt i32 %8, 1024
  %10 = select i1 %9, i32 %8, i32 1024
  %11 = bitcast i32* %3 to i8*
  %12 = getelementptr inbounds i8, i8* %2, i64 737792
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
  call void @node0.conv2d_1.step0(i8* %18)
  %19 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([3456 x i8], [3456 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([128 x i8], [128 x i8]* @weight.conv2d_1.bias, i32 0, i32 0), i8** %20, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %18, i32 %10, i32 0)
  %21 = getelementptr inbounds i8, i8* %2, i64 868864
  %22 = getelementptr inbounds i8, i8* %2, i64 737792
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
  call void @node1.conv2d_2.step0(i8* %28)
  call void @GOMP_parallel(void (i8*)* @node1.conv2d_2.step1, i8* %28, i32 %10, i32 0)
  %29 = getelementptr inbounds i8, i8* %2, i64 377856
  %30 = getelementptr inbounds i8, i8* %2, i64 868864
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
  call void @node2.conv2d_3.step0(i8* %36)
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_3.step1, i8* %36, i32 %10, i32 0)
  %37 = getelementptr inbounds i8, i8* %2, i64 435456
  %38 = getelementptr inbounds i8, i8* %2, i64 377856
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
  call void @node3.conv2d_4.step0(i8* %44)
  call void @GOMP_parallel(void (i8*)* @node3.conv2d_4.step1, i8* %44, i32 %10, i32 0)
  %45 = getelementptr inbounds i8, i8* %2, i64 0
  %46 = getelementptr inbounds i8, i8* %2, i64 435456
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %50, align 8
  %51 = bitcast [6 x i8*]* %args to i8*
  call void @node4.maxPool2d_2.nchw.step0(i8* %51)
  %52 = getelementptr inbounds i8, i8* %2, i64 9216
  %53 = getelementptr inbounds i8, i8* %2, i64 0
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %53, i8** %55, align 8
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %56, align 8
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %57, align 8
  %58 = bitcast [6 x i8*]* %args to i8*
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([4718592 x i8], [4718592 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([2048 x i8], [2048 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %60, align 8
  call void @GOMP_parallel(void (i8*)* @node6.dense_1.step0, i8* %58, i32 %10, i32 0)
  %61 = getelementptr inbounds i8, i8* %2, i64 9216
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %61, i8** %63, align 8
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %65, align 8
  %66 = bitcast [6 x i8*]* %args to i8*
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([32768 x i8], [32768 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %68, align 8
  call void @node7.dense_2.step0(i8* %66)
  %69 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %69, align 8
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %70, align 8
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %71, align 8
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %72, align 8
  %73 = bitcast [6 x i8*]* %args to i8*
  call void @node8.dense_2.softmax.step0(i8* %73)
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
  ret i64 897727
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
