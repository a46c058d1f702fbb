; zfnet: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'zfnet'
source_filename = "zfnet"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv1.packed = external constant [56448 x i8], align 64
@weight.conv1.bias = external constant [384 x i8], align 64
@weight.conv2.packed = external constant [2457600 x i8], align 64
@weight.conv2.bias = external constant [1024 x i8], align 64
@weight.conv3.winograd = external constant [14155776 x i8], align 64
@weight.conv3.bias = external constant [1536 x i8], align 64
@weight.conv4.winograd = external constant [21233664 x i8], align 64
@weight.conv4.bias = external constant [1536 x i8], align 64
@weight.conv5.winograd = external constant [14155776 x i8], align 64
@weight.conv5.bias = external constant [1024 x i8], align 64
@weight.fc6.packed = external constant [150994944 x i8], align 64
@weight.fc6.bias = external constant [16384 x i8], align 64
@weight.fc7.packed = external constant [67108864 x i8], align 64
@weight.fc7.bias = external constant [16384 x i8], align 64
@weight.fc8.packed = external constant [16384000 x i8], align 64
@weight.fc8.bias = external constant [4000 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"zfnet\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 3, i64 224, i64 224]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 602112 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 1000]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 4000 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 5808063, i64 1169701216 }

declare void @GOMP_parallel(void (i8*)*, i8*, i32, i32)

declare i32 @omp_get_thread_num()

declare i32 @omp_get_num_threads()

declare void @GOMP_barrier()

declare i8* @malloc(i64)

declare void @free(i8*)

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node0.conv1.step0(i8* %0) #3 {
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
  call void @node0.conv1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node0.conv1.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %25 = srem i64 %task, 110
  %26 = sdiv i64 %task, 110
  %27 = srem i64 %26, 6
  %28 = mul i64 %25, 1
  %29 = sdiv i64 %task, 660
  %30 = srem i64 %29, 1
  %31 = sdiv i64 %29, 1
  %32 = mul i64 %30, 12
  %33 = mul i64 %27, 2
  %34 = add i64 %32, %33
  %35 = mul i64 %31, 3
  %36 = mul i64 %30, 3
  %37 = add i64 %35, %36
  %38 = mul i64 %37, 51076
  %39 = mul i64 %34, 1176
  %40 = mul i64 %28, 452
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
  %42 = icmp slt i64 %x, 108
  br i1 %42, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %43 = mul i64 %31, 12
  %44 = add i64 %43, %34
  %45 = add i64 %44, 0
  %46 = mul i64 %45, 110
  %47 = add i64 %46, %28
  %48 = mul i64 %47, 110
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
  %67 = mul i64 %31, 12
  %68 = add i64 %67, %34
  %69 = add i64 %68, 1
  %70 = mul i64 %69, 110
  %71 = add i64 %70, %28
  %72 = mul i64 %71, 110
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
  %101 = mul i64 %x, 2
  %102 = add i64 %40, %101
  %103 = add i64 %38, %102
  %104 = mul i64 %chunk, 3
  br label %u.header

x.exit:                                           ; preds = %x.header
  %105 = mul i64 %31, 12
  %106 = add i64 %105, %34
  %107 = add i64 %106, 0
  %108 = mul i64 %107, 110
  %109 = add i64 %108, %28
  %110 = mul i64 %109, 110
  %111 = add i64 %110, 108
  %112 = mul i64 %111, 8
  %113 = add i64 %110, 109
  %114 = mul i64 %113, 8
  %115 = mul i64 %31, 12
  %116 = add i64 %115, %34
  %117 = add i64 %116, 1
  %118 = mul i64 %117, 110
  %119 = add i64 %118, %28
  %120 = mul i64 %119, 110
  %121 = add i64 %120, 108
  %122 = mul i64 %121, 8
  %123 = add i64 %120, 109
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
  %135 = add i64 %40, 216
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
  %142 = mul i64 %139, 392
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
  %204 = icmp slt i64 %kh, 7
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
  %207 = icmp slt i64 %kw, 7
  br i1 %207, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %208 = mul i64 %kw, 1
  %209 = add i64 %206, %208
  %210 = mul i64 %kh, 7
  %211 = add i64 %210, %kw
  %212 = mul i64 %211, 8
  %213 = add i64 %143, %212
  %214 = add i64 %213, 0
  %215 = getelementptr inbounds float, float* %4, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  %217 = load <8 x float>, <8 x float>* %216, align 4
  %218 = add i64 %213, 1176
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
  %230 = add i64 %209, 2
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
  %238 = add i64 %209, 4
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
  %246 = add i64 %209, 6
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
  %254 = add i64 %209, 8
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
  %262 = add i64 %209, 10
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
  %274 = mul i64 %271, 392
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
  %296 = icmp slt i64 %kh13, 7
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
  %299 = icmp slt i64 %kw17, 7
  br i1 %299, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %300 = mul i64 %kw17, 1
  %301 = add i64 %298, %300
  %302 = mul i64 %kh13, 7
  %303 = add i64 %302, %kw17
  %304 = mul i64 %303, 8
  %305 = add i64 %275, %304
  %306 = add i64 %305, 0
  %307 = getelementptr inbounds float, float* %4, i64 %306
  %308 = bitcast float* %307 to <8 x float>*
  %309 = load <8 x float>, <8 x float>* %308, align 4
  %310 = add i64 %305, 1176
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
  %322 = add i64 %301, 2
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
define internal void @node0.conv1.step1(i8* %0) #3 {
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
  %25 = add i64 660, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 660
  %29 = select i1 %28, i64 %27, i64 660
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 660
  %32 = select i1 %31, i64 %30, i64 660
  call void @node0.conv1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.maxPool2d_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xb.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit ]
  %13 = icmp slt i64 %task, %5
  br i1 %13, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %14 = sdiv i64 %task, 55
  %15 = srem i64 %task, 55
  %16 = mul i64 %14, 96800
  %17 = getelementptr inbounds float, float* %1, i64 %16
  %18 = mul i64 %14, 55
  %19 = add i64 %18, %15
  %20 = mul i64 %19, 440
  %21 = getelementptr inbounds float, float* %0, i64 %20
  %22 = mul i64 %15, 2
  %23 = sub i64 %22, 0
  %24 = add i64 %23, 3
  %25 = icmp sgt i64 %23, 0
  %26 = select i1 %25, i64 %23, i64 0
  %27 = icmp slt i64 %24, 110
  %28 = select i1 %27, i64 %24, i64 110
  %29 = icmp slt i64 %24, 110
  %30 = select i1 %29, i64 %24, i64 110
  %31 = sub i64 %30, %23
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %32 = icmp slt i64 %x, 52
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
  br label %r.header1

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %26, %x.body ], [ %r.next, %r.body ]
  %35 = icmp slt i64 %r, %28
  br i1 %35, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %36 = mul i64 %r, 110
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
  %50 = add i64 %38, 16
  %51 = getelementptr inbounds float, float* %17, i64 %50
  %52 = bitcast float* %51 to <8 x float>*
  %53 = load <8 x float>, <8 x float>* %52, align 4
  %54 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %49, <8 x float> %53)
  store <8 x float> %54, <8 x float>* %12, align 32
  %55 = load <8 x float>, <8 x float>* %11, align 32
  %56 = add i64 %38, 16
  %57 = getelementptr inbounds float, float* %17, i64 %56
  %58 = bitcast float* %57 to <8 x float>*
  %59 = load <8 x float>, <8 x float>* %58, align 4
  %60 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %55, <8 x float> %59)
  %61 = add i64 %38, 24
  %62 = getelementptr inbounds float, float* %17, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %60, <8 x float> %64)
  %66 = add i64 %38, 32
  %67 = getelementptr inbounds float, float* %17, i64 %66
  %68 = bitcast float* %67 to <8 x float>*
  %69 = load <8 x float>, <8 x float>* %68, align 4
  %70 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %65, <8 x float> %69)
  store <8 x float> %70, <8 x float>* %11, align 32
  %71 = load <8 x float>, <8 x float>* %10, align 32
  %72 = add i64 %38, 32
  %73 = getelementptr inbounds float, float* %17, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %75 = load <8 x float>, <8 x float>* %74, align 4
  %76 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %71, <8 x float> %75)
  %77 = add i64 %38, 40
  %78 = getelementptr inbounds float, float* %17, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %76, <8 x float> %80)
  %82 = add i64 %38, 48
  %83 = getelementptr inbounds float, float* %17, i64 %82
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %81, <8 x float> %85)
  store <8 x float> %86, <8 x float>* %10, align 32
  %87 = load <8 x float>, <8 x float>* %9, align 32
  %88 = add i64 %38, 48
  %89 = getelementptr inbounds float, float* %17, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %87, <8 x float> %91)
  %93 = add i64 %38, 56
  %94 = getelementptr inbounds float, float* %17, i64 %93
  %95 = bitcast float* %94 to <8 x float>*
  %96 = load <8 x float>, <8 x float>* %95, align 4
  %97 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %92, <8 x float> %96)
  %98 = add i64 %38, 64
  %99 = getelementptr inbounds float, float* %17, i64 %98
  %100 = bitcast float* %99 to <8 x float>*
  %101 = load <8 x float>, <8 x float>* %100, align 4
  %102 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %97, <8 x float> %101)
  store <8 x float> %102, <8 x float>* %9, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %103 = load <8 x float>, <8 x float>* %12, align 32
  %104 = add i64 %x, 0
  %105 = mul i64 %104, 8
  %106 = getelementptr inbounds float, float* %21, i64 %105
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %103, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %11, align 32
  %109 = add i64 %x, 1
  %110 = mul i64 %109, 8
  %111 = getelementptr inbounds float, float* %21, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %108, <8 x float>* %112, align 4
  %113 = load <8 x float>, <8 x float>* %10, align 32
  %114 = add i64 %x, 2
  %115 = mul i64 %114, 8
  %116 = getelementptr inbounds float, float* %21, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %113, <8 x float>* %117, align 4
  %118 = load <8 x float>, <8 x float>* %9, align 32
  %119 = add i64 %x, 3
  %120 = mul i64 %119, 8
  %121 = getelementptr inbounds float, float* %21, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  store <8 x float> %118, <8 x float>* %122, align 4
  %x.next = add i64 %x, 4
  br label %x.header

r.header1:                                        ; preds = %r.body2, %x.exit
  %r4 = phi i64 [ %26, %x.exit ], [ %r.next5, %r.body2 ]
  %123 = icmp slt i64 %r4, %28
  br i1 %123, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %124 = mul i64 %r4, 110
  %125 = add i64 %124, 104
  %126 = mul i64 %125, 8
  %127 = load <8 x float>, <8 x float>* %8, align 32
  %128 = add i64 %126, 0
  %129 = getelementptr inbounds float, float* %17, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %131 = load <8 x float>, <8 x float>* %130, align 4
  %132 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %127, <8 x float> %131)
  %133 = add i64 %126, 8
  %134 = getelementptr inbounds float, float* %17, i64 %133
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  %137 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %132, <8 x float> %136)
  %138 = add i64 %126, 16
  %139 = getelementptr inbounds float, float* %17, i64 %138
  %140 = bitcast float* %139 to <8 x float>*
  %141 = load <8 x float>, <8 x float>* %140, align 4
  %142 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %137, <8 x float> %141)
  store <8 x float> %142, <8 x float>* %8, align 32
  %143 = load <8 x float>, <8 x float>* %7, align 32
  %144 = add i64 %126, 16
  %145 = getelementptr inbounds float, float* %17, i64 %144
  %146 = bitcast float* %145 to <8 x float>*
  %147 = load <8 x float>, <8 x float>* %146, align 4
  %148 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %143, <8 x float> %147)
  %149 = add i64 %126, 24
  %150 = getelementptr inbounds float, float* %17, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  %152 = load <8 x float>, <8 x float>* %151, align 4
  %153 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %148, <8 x float> %152)
  %154 = add i64 %126, 32
  %155 = getelementptr inbounds float, float* %17, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  %157 = load <8 x float>, <8 x float>* %156, align 4
  %158 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %153, <8 x float> %157)
  store <8 x float> %158, <8 x float>* %7, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %159 = load <8 x float>, <8 x float>* %8, align 32
  %160 = getelementptr inbounds float, float* %21, i64 416
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %159, <8 x float>* %161, align 4
  %162 = load <8 x float>, <8 x float>* %7, align 32
  %163 = getelementptr inbounds float, float* %21, i64 424
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %162, <8 x float>* %164, align 4
  br label %xb.header

xb.header:                                        ; preds = %r.exit8, %r.exit3
  %xb = phi i64 [ 54, %r.exit3 ], [ %xb.next, %r.exit8 ]
  %165 = icmp slt i64 %xb, 55
  br i1 %165, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %166 = mul i64 %xb, 2
  %167 = sub i64 %166, 0
  %168 = add i64 %167, 3
  %169 = icmp sgt i64 %167, 0
  %170 = select i1 %169, i64 %167, i64 0
  %171 = icmp slt i64 %168, 110
  %172 = select i1 %171, i64 %168, i64 110
  %173 = icmp slt i64 %168, 110
  %174 = select i1 %173, i64 %168, i64 110
  %175 = sub i64 %174, %167
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header6

xb.exit:                                          ; preds = %xb.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header6:                                        ; preds = %q.exit, %xb.body
  %r9 = phi i64 [ %26, %xb.body ], [ %r.next10, %q.exit ]
  %176 = icmp slt i64 %r9, %28
  br i1 %176, label %r.body7, label %r.exit8

r.body7:                                          ; preds = %r.header6
  br label %q.header

r.exit8:                                          ; preds = %r.header6
  %177 = load <8 x float>, <8 x float>* %6, align 32
  %178 = mul i64 %xb, 8
  %179 = getelementptr inbounds float, float* %21, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %177, <8 x float>* %180, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

q.header:                                         ; preds = %q.body, %r.body7
  %q = phi i64 [ %170, %r.body7 ], [ %q.next, %q.body ]
  %181 = icmp slt i64 %q, %172
  br i1 %181, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %182 = mul i64 %r9, 110
  %183 = add i64 %182, %q
  %184 = mul i64 %183, 8
  %185 = getelementptr inbounds float, float* %17, i64 %184
  %186 = bitcast float* %185 to <8 x float>*
  %187 = load <8 x float>, <8 x float>* %186, align 4
  %188 = load <8 x float>, <8 x float>* %6, align 32
  %189 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %188, <8 x float> %187)
  store <8 x float> %189, <8 x float>* %6, align 32
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next10 = add i64 %r9, 1
  br label %r.header6
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
  %19 = add i64 660, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 660
  %23 = select i1 %22, i64 %21, i64 660
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 660
  %26 = select i1 %25, i64 %24, i64 660
  call void @node1.maxPool2d_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.maxPool2d_1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 55
  %8 = sdiv i64 %task, 55
  %9 = srem i64 %8, 12
  %10 = sdiv i64 %8, 12
  %11 = mul i64 %10, 96
  %12 = mul i64 %9, 8
  %13 = add i64 %11, %12
  %14 = mul i64 %task, 440
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %15 = icmp slt i64 %w, 48
  br i1 %15, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %16 = add i64 %w, 0
  %17 = mul i64 %16, 8
  %18 = add i64 %17, 0
  %19 = add i64 %14, %18
  %20 = getelementptr inbounds float, float* %1, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  %22 = load <8 x float>, <8 x float>* %21, align 4
  %23 = add i64 %w, 1
  %24 = mul i64 %23, 8
  %25 = add i64 %24, 0
  %26 = add i64 %14, %25
  %27 = getelementptr inbounds float, float* %1, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %w, 2
  %31 = mul i64 %30, 8
  %32 = add i64 %31, 0
  %33 = add i64 %14, %32
  %34 = getelementptr inbounds float, float* %1, i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  %37 = add i64 %w, 3
  %38 = mul i64 %37, 8
  %39 = add i64 %38, 0
  %40 = add i64 %14, %39
  %41 = getelementptr inbounds float, float* %1, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %w, 4
  %45 = mul i64 %44, 8
  %46 = add i64 %45, 0
  %47 = add i64 %14, %46
  %48 = getelementptr inbounds float, float* %1, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = add i64 %w, 5
  %52 = mul i64 %51, 8
  %53 = add i64 %52, 0
  %54 = add i64 %14, %53
  %55 = getelementptr inbounds float, float* %1, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %w, 6
  %59 = mul i64 %58, 8
  %60 = add i64 %59, 0
  %61 = add i64 %14, %60
  %62 = getelementptr inbounds float, float* %1, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %w, 7
  %66 = mul i64 %65, 8
  %67 = add i64 %66, 0
  %68 = add i64 %14, %67
  %69 = getelementptr inbounds float, float* %1, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = shufflevector <8 x float> %22, <8 x float> %50, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %73 = shufflevector <8 x float> %22, <8 x float> %50, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %74 = shufflevector <8 x float> %29, <8 x float> %57, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %75 = shufflevector <8 x float> %29, <8 x float> %57, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %76 = shufflevector <8 x float> %36, <8 x float> %64, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %77 = shufflevector <8 x float> %36, <8 x float> %64, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %78 = shufflevector <8 x float> %43, <8 x float> %71, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %79 = shufflevector <8 x float> %43, <8 x float> %71, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %80 = shufflevector <8 x float> %72, <8 x float> %76, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %81 = shufflevector <8 x float> %72, <8 x float> %76, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %82 = shufflevector <8 x float> %73, <8 x float> %77, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %83 = shufflevector <8 x float> %73, <8 x float> %77, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %84 = shufflevector <8 x float> %74, <8 x float> %78, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %85 = shufflevector <8 x float> %74, <8 x float> %78, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %86 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %87 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %88 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %89 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %90 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %91 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %92 = shufflevector <8 x float> %82, <8 x float> %86, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %93 = shufflevector <8 x float> %82, <8 x float> %86, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %94 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %95 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %96 = add i64 %13, 0
  %97 = mul i64 %96, 3025
  %98 = mul i64 %7, 55
  %99 = add i64 %98, %w
  %100 = add i64 %97, %99
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %88, <8 x float>* %102, align 4
  %103 = add i64 %13, 1
  %104 = mul i64 %103, 3025
  %105 = mul i64 %7, 55
  %106 = add i64 %105, %w
  %107 = add i64 %104, %106
  %108 = getelementptr inbounds float, float* %0, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %89, <8 x float>* %109, align 4
  %110 = add i64 %13, 2
  %111 = mul i64 %110, 3025
  %112 = mul i64 %7, 55
  %113 = add i64 %112, %w
  %114 = add i64 %111, %113
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %90, <8 x float>* %116, align 4
  %117 = add i64 %13, 3
  %118 = mul i64 %117, 3025
  %119 = mul i64 %7, 55
  %120 = add i64 %119, %w
  %121 = add i64 %118, %120
  %122 = getelementptr inbounds float, float* %0, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %91, <8 x float>* %123, align 4
  %124 = add i64 %13, 4
  %125 = mul i64 %124, 3025
  %126 = mul i64 %7, 55
  %127 = add i64 %126, %w
  %128 = add i64 %125, %127
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %92, <8 x float>* %130, align 4
  %131 = add i64 %13, 5
  %132 = mul i64 %131, 3025
  %133 = mul i64 %7, 55
  %134 = add i64 %133, %w
  %135 = add i64 %132, %134
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %93, <8 x float>* %137, align 4
  %138 = add i64 %13, 6
  %139 = mul i64 %138, 3025
  %140 = mul i64 %7, 55
  %141 = add i64 %140, %w
  %142 = add i64 %139, %141
  %143 = getelementptr inbounds float, float* %0, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %94, <8 x float>* %144, align 4
  %145 = add i64 %13, 7
  %146 = mul i64 %145, 3025
  %147 = mul i64 %7, 55
  %148 = add i64 %147, %w
  %149 = add i64 %146, %148
  %150 = getelementptr inbounds float, float* %0, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %95, <8 x float>* %151, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 48, %w.exit ], [ %ws.next, %ws.body ]
  %152 = icmp slt i64 %ws, 55
  br i1 %152, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %153 = mul i64 %ws, 8
  %154 = add i64 %153, 0
  %155 = add i64 %14, %154
  %156 = add i64 %13, 0
  %157 = mul i64 %156, 3025
  %158 = mul i64 %7, 55
  %159 = add i64 %158, %ws
  %160 = add i64 %157, %159
  %161 = getelementptr inbounds float, float* %1, i64 %155
  %162 = load float, float* %161, align 4
  %163 = getelementptr inbounds float, float* %0, i64 %160
  store float %162, float* %163, align 4
  %164 = mul i64 %ws, 8
  %165 = add i64 %164, 1
  %166 = add i64 %14, %165
  %167 = add i64 %13, 1
  %168 = mul i64 %167, 3025
  %169 = mul i64 %7, 55
  %170 = add i64 %169, %ws
  %171 = add i64 %168, %170
  %172 = getelementptr inbounds float, float* %1, i64 %166
  %173 = load float, float* %172, align 4
  %174 = getelementptr inbounds float, float* %0, i64 %171
  store float %173, float* %174, align 4
  %175 = mul i64 %ws, 8
  %176 = add i64 %175, 2
  %177 = add i64 %14, %176
  %178 = add i64 %13, 2
  %179 = mul i64 %178, 3025
  %180 = mul i64 %7, 55
  %181 = add i64 %180, %ws
  %182 = add i64 %179, %181
  %183 = getelementptr inbounds float, float* %1, i64 %177
  %184 = load float, float* %183, align 4
  %185 = getelementptr inbounds float, float* %0, i64 %182
  store float %184, float* %185, align 4
  %186 = mul i64 %ws, 8
  %187 = add i64 %186, 3
  %188 = add i64 %14, %187
  %189 = add i64 %13, 3
  %190 = mul i64 %189, 3025
  %191 = mul i64 %7, 55
  %192 = add i64 %191, %ws
  %193 = add i64 %190, %192
  %194 = getelementptr inbounds float, float* %1, i64 %188
  %195 = load float, float* %194, align 4
  %196 = getelementptr inbounds float, float* %0, i64 %193
  store float %195, float* %196, align 4
  %197 = mul i64 %ws, 8
  %198 = add i64 %197, 4
  %199 = add i64 %14, %198
  %200 = add i64 %13, 4
  %201 = mul i64 %200, 3025
  %202 = mul i64 %7, 55
  %203 = add i64 %202, %ws
  %204 = add i64 %201, %203
  %205 = getelementptr inbounds float, float* %1, i64 %199
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = mul i64 %ws, 8
  %209 = add i64 %208, 5
  %210 = add i64 %14, %209
  %211 = add i64 %13, 5
  %212 = mul i64 %211, 3025
  %213 = mul i64 %7, 55
  %214 = add i64 %213, %ws
  %215 = add i64 %212, %214
  %216 = getelementptr inbounds float, float* %1, i64 %210
  %217 = load float, float* %216, align 4
  %218 = getelementptr inbounds float, float* %0, i64 %215
  store float %217, float* %218, align 4
  %219 = mul i64 %ws, 8
  %220 = add i64 %219, 6
  %221 = add i64 %14, %220
  %222 = add i64 %13, 6
  %223 = mul i64 %222, 3025
  %224 = mul i64 %7, 55
  %225 = add i64 %224, %ws
  %226 = add i64 %223, %225
  %227 = getelementptr inbounds float, float* %1, i64 %221
  %228 = load float, float* %227, align 4
  %229 = getelementptr inbounds float, float* %0, i64 %226
  store float %228, float* %229, align 4
  %230 = mul i64 %ws, 8
  %231 = add i64 %230, 7
  %232 = add i64 %14, %231
  %233 = add i64 %13, 7
  %234 = mul i64 %233, 3025
  %235 = mul i64 %7, 55
  %236 = add i64 %235, %ws
  %237 = add i64 %234, %236
  %238 = getelementptr inbounds float, float* %1, i64 %232
  %239 = load float, float* %238, align 4
  %240 = getelementptr inbounds float, float* %0, i64 %237
  store float %239, float* %240, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node2.maxPool2d_1.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 660, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 660
  %23 = select i1 %22, i64 %21, i64 660
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 660
  %26 = select i1 %25, i64 %24, i64 660
  call void @node2.maxPool2d_1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.lrn_1.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 96
  %10 = srem i64 %task, 96
  %11 = sub i64 %10, 2
  %12 = icmp sgt i64 %11, 0
  %13 = select i1 %12, i64 %11, i64 0
  %14 = add i64 %10, 3
  %15 = icmp slt i64 %14, 96
  %16 = select i1 %15, i64 %14, i64 96
  %17 = mul i64 %9, 290400
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %w.exit, %task.body
  %v = phi i64 [ 0, %task.body ], [ %v.next, %w.exit ]
  %18 = icmp slt i64 %v, 3024
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %w.header

v.exit:                                           ; preds = %v.header
  br label %s.header

w.header:                                         ; preds = %w.body, %v.body
  %w = phi i64 [ %13, %v.body ], [ %w.next, %w.body ]
  %19 = icmp slt i64 %w, %16
  br i1 %19, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %20 = mul i64 %w, 3025
  %21 = add i64 %17, %20
  %22 = add i64 %21, %v
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %7, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %7, align 32
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
  %28 = mul i64 %10, 3025
  %29 = add i64 %17, %28
  %30 = add i64 %29, %v
  %31 = load <8 x float>, <8 x float>* %7, align 32
  %32 = call <8 x float> @llvm.fma.v8f32(<8 x float> %31, <8 x float> <float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000>, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %33 = bitcast <8 x float> %32 to <8 x i32>
  %34 = lshr <8 x i32> %33, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %35 = and <8 x i32> %34, <i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255>
  %36 = sub <8 x i32> %35, <i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126>
  %37 = sitofp <8 x i32> %36 to <8 x float>
  %38 = and <8 x i32> %33, <i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041>
  %39 = or <8 x i32> %38, <i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608>
  %40 = bitcast <8 x i32> %39 to <8 x float>
  %41 = fcmp olt <8 x float> %40, <float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000>
  %42 = fsub <8 x float> %37, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %43 = select <8 x i1> %41, <8 x float> %42, <8 x float> %37
  %44 = fadd <8 x float> %40, %40
  %45 = fsub <8 x float> %44, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %46 = fsub <8 x float> %40, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = select <8 x i1> %41, <8 x float> %45, <8 x float> %46
  %48 = fmul <8 x float> %47, %47
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000>, <8 x float> %47, <8 x float> <float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000>)
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %47, <8 x float> <float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000>)
  %51 = call <8 x float> @llvm.fma.v8f32(<8 x float> %50, <8 x float> %47, <8 x float> <float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000>)
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %47, <8 x float> <float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000>)
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %47, <8 x float> <float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> %47, <8 x float> <float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000>)
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %47, <8 x float> <float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000>)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %47, <8 x float> <float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000>)
  %57 = fmul <8 x float> %56, %47
  %58 = fmul <8 x float> %57, %48
  %59 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000>, <8 x float> %58)
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %48, <8 x float> <float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01>, <8 x float> %59)
  %61 = fadd <8 x float> %47, %60
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000>, <8 x float> %61)
  %63 = fmul <8 x float> <float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01>, %62
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %65 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %64, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %67 = call <8 x float> @llvm.floor.v8f32(<8 x float> %66)
  %68 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %65)
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %68)
  %70 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %69, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %69, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> %69, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %69, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> %69, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %75 = fmul <8 x float> %69, %69
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %75, <8 x float> %69)
  %77 = fadd <8 x float> %76, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %78 = fptosi <8 x float> %67 to <8 x i32>
  %79 = add <8 x i32> %78, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %80 = shl <8 x i32> %79, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %81 = bitcast <8 x i32> %80 to <8 x float>
  %82 = fmul <8 x float> %77, %81
  %83 = getelementptr inbounds float, float* %1, i64 %30
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = fmul <8 x float> %85, %82
  %87 = getelementptr inbounds float, float* %0, i64 %30
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %v.next = add i64 %v, 8
  br label %v.header

s.header:                                         ; preds = %w.exit3, %v.exit
  %s = phi i64 [ 3024, %v.exit ], [ %s.next, %w.exit3 ]
  %89 = icmp slt i64 %s, 3025
  br i1 %89, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  store float 0.000000e+00, float* %6, align 4
  br label %w.header1

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header

w.header1:                                        ; preds = %w.body2, %s.body
  %w4 = phi i64 [ %13, %s.body ], [ %w.next5, %w.body2 ]
  %90 = icmp slt i64 %w4, %16
  br i1 %90, label %w.body2, label %w.exit3

w.body2:                                          ; preds = %w.header1
  %91 = mul i64 %w4, 3025
  %92 = add i64 %17, %91
  %93 = add i64 %92, %s
  %94 = getelementptr inbounds float, float* %1, i64 %93
  %95 = load float, float* %94, align 4
  %96 = load float, float* %6, align 4
  %97 = call float @llvm.fma.f32(float %95, float %95, float %96)
  store float %97, float* %6, align 4
  %w.next5 = add i64 %w4, 1
  br label %w.header1

w.exit3:                                          ; preds = %w.header1
  %98 = mul i64 %10, 3025
  %99 = add i64 %17, %98
  %100 = add i64 %99, %s
  %101 = load float, float* %6, align 4
  %102 = call float @llvm.fma.f32(float %101, float 0x3EF4F8B580000000, float 2.000000e+00)
  %103 = bitcast float %102 to i32
  %104 = lshr i32 %103, 23
  %105 = and i32 %104, 255
  %106 = sub i32 %105, 126
  %107 = sitofp i32 %106 to float
  %108 = and i32 %103, -2139095041
  %109 = or i32 %108, 1056964608
  %110 = bitcast i32 %109 to float
  %111 = fcmp olt float %110, 0x3FE6A09E60000000
  %112 = fsub float %107, 1.000000e+00
  %113 = select i1 %111, float %112, float %107
  %114 = fadd float %110, %110
  %115 = fsub float %114, 1.000000e+00
  %116 = fsub float %110, 1.000000e+00
  %117 = select i1 %111, float %115, float %116
  %118 = fmul float %117, %117
  %119 = call float @llvm.fma.f32(float 0x3FB2043760000000, float %117, float 0xBFBD7A3700000000)
  %120 = call float @llvm.fma.f32(float %119, float %117, float 0x3FBDE4A340000000)
  %121 = call float @llvm.fma.f32(float %120, float %117, float 0xBFBFCBA9E0000000)
  %122 = call float @llvm.fma.f32(float %121, float %117, float 0x3FC23D37E0000000)
  %123 = call float @llvm.fma.f32(float %122, float %117, float 0xBFC555CA00000000)
  %124 = call float @llvm.fma.f32(float %123, float %117, float 0x3FC999D580000000)
  %125 = call float @llvm.fma.f32(float %124, float %117, float 0xBFCFFFFF80000000)
  %126 = call float @llvm.fma.f32(float %125, float %117, float 0x3FD5555540000000)
  %127 = fmul float %126, %117
  %128 = fmul float %127, %118
  %129 = call float @llvm.fma.f32(float %113, float 0xBF2BD01060000000, float %128)
  %130 = call float @llvm.fma.f32(float %118, float -5.000000e-01, float %129)
  %131 = fadd float %117, %130
  %132 = call float @llvm.fma.f32(float %113, float 0x3FE6300000000000, float %131)
  %133 = fmul float -7.500000e-01, %132
  %134 = call float @llvm.maxnum.f32(float %133, float 0xC055D33340000000)
  %135 = call float @llvm.minnum.f32(float %134, float 0x40562CCCC0000000)
  %136 = call float @llvm.fma.f32(float %135, float 0x3FF7154760000000, float 5.000000e-01)
  %137 = call float @llvm.floor.f32(float %136)
  %138 = call float @llvm.fma.f32(float %137, float 0xBFE6300000000000, float %135)
  %139 = call float @llvm.fma.f32(float %137, float 0x3F2BD01060000000, float %138)
  %140 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %139, float 0x3F56E879C0000000)
  %141 = call float @llvm.fma.f32(float %140, float %139, float 0x3F81112100000000)
  %142 = call float @llvm.fma.f32(float %141, float %139, float 0x3FA5553820000000)
  %143 = call float @llvm.fma.f32(float %142, float %139, float 0x3FC5555540000000)
  %144 = call float @llvm.fma.f32(float %143, float %139, float 5.000000e-01)
  %145 = fmul float %139, %139
  %146 = call float @llvm.fma.f32(float %144, float %145, float %139)
  %147 = fadd float %146, 1.000000e+00
  %148 = fptosi float %137 to i32
  %149 = add i32 %148, 127
  %150 = shl i32 %149, 23
  %151 = bitcast i32 %150 to float
  %152 = fmul float %147, %151
  %153 = getelementptr inbounds float, float* %1, i64 %100
  %154 = load float, float* %153, align 4
  %155 = fmul float %154, %152
  %156 = getelementptr inbounds float, float* %0, i64 %100
  store float %155, float* %156, align 4
  %s.next = add i64 %s, 1
  br label %s.header
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fma.f32(float, float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #4

; Function Attrs: noinline nounwind
define internal void @node3.lrn_1.step0(i8* %0) #3 {
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
  %19 = add i64 96, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 96
  %23 = select i1 %22, i64 %21, i64 96
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 96
  %26 = select i1 %25, i64 %24, i64 96
  call void @node3.lrn_1.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node4.lrn_1.nchw8c.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 55
  %8 = sdiv i64 %task, 55
  %9 = srem i64 %8, 12
  %10 = sdiv i64 %8, 12
  %11 = mul i64 %10, 96
  %12 = mul i64 %9, 8
  %13 = add i64 %11, %12
  %14 = mul i64 %task, 440
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %15 = icmp slt i64 %w, 48
  br i1 %15, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %16 = add i64 %13, 0
  %17 = mul i64 %16, 3025
  %18 = mul i64 %7, 55
  %19 = add i64 %18, %w
  %20 = add i64 %17, %19
  %21 = getelementptr inbounds float, float* %1, i64 %20
  %22 = bitcast float* %21 to <8 x float>*
  %23 = load <8 x float>, <8 x float>* %22, align 4
  %24 = add i64 %13, 1
  %25 = mul i64 %24, 3025
  %26 = mul i64 %7, 55
  %27 = add i64 %26, %w
  %28 = add i64 %25, %27
  %29 = getelementptr inbounds float, float* %1, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %13, 2
  %33 = mul i64 %32, 3025
  %34 = mul i64 %7, 55
  %35 = add i64 %34, %w
  %36 = add i64 %33, %35
  %37 = getelementptr inbounds float, float* %1, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %13, 3
  %41 = mul i64 %40, 3025
  %42 = mul i64 %7, 55
  %43 = add i64 %42, %w
  %44 = add i64 %41, %43
  %45 = getelementptr inbounds float, float* %1, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %13, 4
  %49 = mul i64 %48, 3025
  %50 = mul i64 %7, 55
  %51 = add i64 %50, %w
  %52 = add i64 %49, %51
  %53 = getelementptr inbounds float, float* %1, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %13, 5
  %57 = mul i64 %56, 3025
  %58 = mul i64 %7, 55
  %59 = add i64 %58, %w
  %60 = add i64 %57, %59
  %61 = getelementptr inbounds float, float* %1, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %13, 6
  %65 = mul i64 %64, 3025
  %66 = mul i64 %7, 55
  %67 = add i64 %66, %w
  %68 = add i64 %65, %67
  %69 = getelementptr inbounds float, float* %1, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %13, 7
  %73 = mul i64 %72, 3025
  %74 = mul i64 %7, 55
  %75 = add i64 %74, %w
  %76 = add i64 %73, %75
  %77 = getelementptr inbounds float, float* %1, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = shufflevector <8 x float> %23, <8 x float> %55, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %81 = shufflevector <8 x float> %23, <8 x float> %55, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %82 = shufflevector <8 x float> %31, <8 x float> %63, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %83 = shufflevector <8 x float> %31, <8 x float> %63, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %84 = shufflevector <8 x float> %39, <8 x float> %71, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %85 = shufflevector <8 x float> %39, <8 x float> %71, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %86 = shufflevector <8 x float> %47, <8 x float> %79, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %87 = shufflevector <8 x float> %47, <8 x float> %79, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %88 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %89 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %90 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %91 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %92 = shufflevector <8 x float> %82, <8 x float> %86, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %93 = shufflevector <8 x float> %82, <8 x float> %86, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %94 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %95 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %96 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %97 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %98 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %99 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %100 = shufflevector <8 x float> %90, <8 x float> %94, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %101 = shufflevector <8 x float> %90, <8 x float> %94, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %102 = shufflevector <8 x float> %91, <8 x float> %95, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %103 = shufflevector <8 x float> %91, <8 x float> %95, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %104 = add i64 %w, 0
  %105 = mul i64 %104, 8
  %106 = add i64 %105, 0
  %107 = add i64 %14, %106
  %108 = getelementptr inbounds float, float* %0, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %96, <8 x float>* %109, align 4
  %110 = add i64 %w, 1
  %111 = mul i64 %110, 8
  %112 = add i64 %111, 0
  %113 = add i64 %14, %112
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %97, <8 x float>* %115, align 4
  %116 = add i64 %w, 2
  %117 = mul i64 %116, 8
  %118 = add i64 %117, 0
  %119 = add i64 %14, %118
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %98, <8 x float>* %121, align 4
  %122 = add i64 %w, 3
  %123 = mul i64 %122, 8
  %124 = add i64 %123, 0
  %125 = add i64 %14, %124
  %126 = getelementptr inbounds float, float* %0, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %99, <8 x float>* %127, align 4
  %128 = add i64 %w, 4
  %129 = mul i64 %128, 8
  %130 = add i64 %129, 0
  %131 = add i64 %14, %130
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %100, <8 x float>* %133, align 4
  %134 = add i64 %w, 5
  %135 = mul i64 %134, 8
  %136 = add i64 %135, 0
  %137 = add i64 %14, %136
  %138 = getelementptr inbounds float, float* %0, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %101, <8 x float>* %139, align 4
  %140 = add i64 %w, 6
  %141 = mul i64 %140, 8
  %142 = add i64 %141, 0
  %143 = add i64 %14, %142
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %102, <8 x float>* %145, align 4
  %146 = add i64 %w, 7
  %147 = mul i64 %146, 8
  %148 = add i64 %147, 0
  %149 = add i64 %14, %148
  %150 = getelementptr inbounds float, float* %0, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %103, <8 x float>* %151, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 48, %w.exit ], [ %ws.next, %ws.body ]
  %152 = icmp slt i64 %ws, 55
  br i1 %152, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %153 = add i64 %13, 0
  %154 = mul i64 %153, 3025
  %155 = mul i64 %7, 55
  %156 = add i64 %155, %ws
  %157 = add i64 %154, %156
  %158 = mul i64 %ws, 8
  %159 = add i64 %158, 0
  %160 = add i64 %14, %159
  %161 = getelementptr inbounds float, float* %1, i64 %157
  %162 = load float, float* %161, align 4
  %163 = getelementptr inbounds float, float* %0, i64 %160
  store float %162, float* %163, align 4
  %164 = add i64 %13, 1
  %165 = mul i64 %164, 3025
  %166 = mul i64 %7, 55
  %167 = add i64 %166, %ws
  %168 = add i64 %165, %167
  %169 = mul i64 %ws, 8
  %170 = add i64 %169, 1
  %171 = add i64 %14, %170
  %172 = getelementptr inbounds float, float* %1, i64 %168
  %173 = load float, float* %172, align 4
  %174 = getelementptr inbounds float, float* %0, i64 %171
  store float %173, float* %174, align 4
  %175 = add i64 %13, 2
  %176 = mul i64 %175, 3025
  %177 = mul i64 %7, 55
  %178 = add i64 %177, %ws
  %179 = add i64 %176, %178
  %180 = mul i64 %ws, 8
  %181 = add i64 %180, 2
  %182 = add i64 %14, %181
  %183 = getelementptr inbounds float, float* %1, i64 %179
  %184 = load float, float* %183, align 4
  %185 = getelementptr inbounds float, float* %0, i64 %182
  store float %184, float* %185, align 4
  %186 = add i64 %13, 3
  %187 = mul i64 %186, 3025
  %188 = mul i64 %7, 55
  %189 = add i64 %188, %ws
  %190 = add i64 %187, %189
  %191 = mul i64 %ws, 8
  %192 = add i64 %191, 3
  %193 = add i64 %14, %192
  %194 = getelementptr inbounds float, float* %1, i64 %190
  %195 = load float, float* %194, align 4
  %196 = getelementptr inbounds float, float* %0, i64 %193
  store float %195, float* %196, align 4
  %197 = add i64 %13, 4
  %198 = mul i64 %197, 3025
  %199 = mul i64 %7, 55
  %200 = add i64 %199, %ws
  %201 = add i64 %198, %200
  %202 = mul i64 %ws, 8
  %203 = add i64 %202, 4
  %204 = add i64 %14, %203
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = add i64 %13, 5
  %209 = mul i64 %208, 3025
  %210 = mul i64 %7, 55
  %211 = add i64 %210, %ws
  %212 = add i64 %209, %211
  %213 = mul i64 %ws, 8
  %214 = add i64 %213, 5
  %215 = add i64 %14, %214
  %216 = getelementptr inbounds float, float* %1, i64 %212
  %217 = load float, float* %216, align 4
  %218 = getelementptr inbounds float, float* %0, i64 %215
  store float %217, float* %218, align 4
  %219 = add i64 %13, 6
  %220 = mul i64 %219, 3025
  %221 = mul i64 %7, 55
  %222 = add i64 %221, %ws
  %223 = add i64 %220, %222
  %224 = mul i64 %ws, 8
  %225 = add i64 %224, 6
  %226 = add i64 %14, %225
  %227 = getelementptr inbounds float, float* %1, i64 %223
  %228 = load float, float* %227, align 4
  %229 = getelementptr inbounds float, float* %0, i64 %226
  store float %228, float* %229, align 4
  %230 = add i64 %13, 7
  %231 = mul i64 %230, 3025
  %232 = mul i64 %7, 55
  %233 = add i64 %232, %ws
  %234 = add i64 %231, %233
  %235 = mul i64 %ws, 8
  %236 = add i64 %235, 7
  %237 = add i64 %14, %236
  %238 = getelementptr inbounds float, float* %1, i64 %234
  %239 = load float, float* %238, align 4
  %240 = getelementptr inbounds float, float* %0, i64 %237
  store float %239, float* %240, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node4.lrn_1.nchw8c.step0(i8* %0) #3 {
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
  %19 = add i64 660, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 660
  %23 = select i1 %22, i64 %21, i64 660
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 660
  %26 = select i1 %25, i64 %24, i64 660
  call void @node4.lrn_1.nchw8c.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node5.conv2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %38 = mul i64 %37, 24200
  %39 = mul i64 %34, 19200
  %40 = mul i64 %28, 880
  br label %chunk.header

task.exit:                                        ; preds = %task.header
  ret void

chunk.header:                                     ; preds = %u.exit50, %task.body
  %chunk = phi i64 [ 0, %task.body ], [ %chunk.next, %u.exit50 ]
  %41 = icmp slt i64 %chunk, 12
  br i1 %41, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.header
  br label %x.header

chunk.exit:                                       ; preds = %chunk.header
  %task.next = add i64 %task, 1
  br label %task.header

x.header:                                         ; preds = %u.exit, %chunk.body
  %x = phi i64 [ 0, %chunk.body ], [ %x.next, %u.exit ]
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
  %150 = mul i64 %x, 16
  %151 = add i64 %40, %150
  %152 = add i64 %38, %151
  %153 = mul i64 %chunk, 1
  br label %u.header

x.exit:                                           ; preds = %x.header
  %154 = mul i64 %31, 32
  %155 = add i64 %154, %34
  %156 = add i64 %155, 0
  %157 = mul i64 %156, 26
  %158 = add i64 %157, %28
  %159 = mul i64 %158, 26
  %160 = add i64 %159, 24
  %161 = mul i64 %160, 8
  %162 = add i64 %159, 25
  %163 = mul i64 %162, 8
  %164 = mul i64 %31, 32
  %165 = add i64 %164, %34
  %166 = add i64 %165, 1
  %167 = mul i64 %166, 26
  %168 = add i64 %167, %28
  %169 = mul i64 %168, 26
  %170 = add i64 %169, 24
  %171 = mul i64 %170, 8
  %172 = add i64 %169, 25
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
  %201 = add i64 %40, 384
  %202 = add i64 %38, %201
  %203 = mul i64 %chunk, 1
  br label %u.header48

u.header:                                         ; preds = %kh.exit, %x.body
  %u = phi i64 [ 0, %x.body ], [ %u.next, %kh.exit ]
  %204 = icmp slt i64 %u, 1
  br i1 %204, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %205 = add i64 %153, %u
  %206 = mul i64 %205, 24200
  %207 = add i64 %152, %206
  %208 = mul i64 %205, 1600
  %209 = add i64 %39, %208
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %210 = icmp eq i64 %chunk, 11
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
  %283 = icmp slt i64 %kh, 5
  br i1 %283, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %284 = mul i64 %kh, 440
  %285 = add i64 %207, %284
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %286 = icmp slt i64 %kw, 5
  br i1 %286, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %287 = mul i64 %kw, 8
  %288 = add i64 %285, %287
  %289 = mul i64 %kh, 5
  %290 = add i64 %289, %kw
  %291 = mul i64 %290, 64
  %292 = add i64 %209, %291
  %293 = add i64 %292, 0
  %294 = getelementptr inbounds float, float* %4, i64 %293
  %295 = bitcast float* %294 to <8 x float>*
  %296 = load <8 x float>, <8 x float>* %295, align 4
  %297 = add i64 %292, 19200
  %298 = getelementptr inbounds float, float* %4, i64 %297
  %299 = bitcast float* %298 to <8 x float>*
  %300 = load <8 x float>, <8 x float>* %299, align 4
  %301 = add i64 %288, 0
  %302 = getelementptr inbounds float, float* %1, i64 %301
  %303 = load float, float* %302, align 4
  %304 = insertelement <8 x float> undef, float %303, i32 0
  %splat = shufflevector <8 x float> %304, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, <8 x float>* %23, align 32
  %306 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %296, <8 x float> %305)
  store <8 x float> %306, <8 x float>* %23, align 32
  %307 = load <8 x float>, <8 x float>* %17, align 32
  %308 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %300, <8 x float> %307)
  store <8 x float> %308, <8 x float>* %17, align 32
  %309 = add i64 %288, 16
  %310 = getelementptr inbounds float, float* %1, i64 %309
  %311 = load float, float* %310, align 4
  %312 = insertelement <8 x float> undef, float %311, i32 0
  %splat1 = shufflevector <8 x float> %312, <8 x float> undef, <8 x i32> zeroinitializer
  %313 = load <8 x float>, <8 x float>* %22, align 32
  %314 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %296, <8 x float> %313)
  store <8 x float> %314, <8 x float>* %22, align 32
  %315 = load <8 x float>, <8 x float>* %16, align 32
  %316 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %300, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %16, align 32
  %317 = add i64 %288, 32
  %318 = getelementptr inbounds float, float* %1, i64 %317
  %319 = load float, float* %318, align 4
  %320 = insertelement <8 x float> undef, float %319, i32 0
  %splat2 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %21, align 32
  %322 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %296, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %21, align 32
  %323 = load <8 x float>, <8 x float>* %15, align 32
  %324 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %300, <8 x float> %323)
  store <8 x float> %324, <8 x float>* %15, align 32
  %325 = add i64 %288, 48
  %326 = getelementptr inbounds float, float* %1, i64 %325
  %327 = load float, float* %326, align 4
  %328 = insertelement <8 x float> undef, float %327, i32 0
  %splat3 = shufflevector <8 x float> %328, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = load <8 x float>, <8 x float>* %20, align 32
  %330 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %296, <8 x float> %329)
  store <8 x float> %330, <8 x float>* %20, align 32
  %331 = load <8 x float>, <8 x float>* %14, align 32
  %332 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %300, <8 x float> %331)
  store <8 x float> %332, <8 x float>* %14, align 32
  %333 = add i64 %288, 64
  %334 = getelementptr inbounds float, float* %1, i64 %333
  %335 = load float, float* %334, align 4
  %336 = insertelement <8 x float> undef, float %335, i32 0
  %splat4 = shufflevector <8 x float> %336, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = load <8 x float>, <8 x float>* %19, align 32
  %338 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %296, <8 x float> %337)
  store <8 x float> %338, <8 x float>* %19, align 32
  %339 = load <8 x float>, <8 x float>* %13, align 32
  %340 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %300, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %13, align 32
  %341 = add i64 %288, 80
  %342 = getelementptr inbounds float, float* %1, i64 %341
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
  %353 = add i64 %292, 19208
  %354 = getelementptr inbounds float, float* %4, i64 %353
  %355 = bitcast float* %354 to <8 x float>*
  %356 = load <8 x float>, <8 x float>* %355, align 4
  %357 = add i64 %288, 1
  %358 = getelementptr inbounds float, float* %1, i64 %357
  %359 = load float, float* %358, align 4
  %360 = insertelement <8 x float> undef, float %359, i32 0
  %splat6 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %361 = load <8 x float>, <8 x float>* %23, align 32
  %362 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %352, <8 x float> %361)
  store <8 x float> %362, <8 x float>* %23, align 32
  %363 = load <8 x float>, <8 x float>* %17, align 32
  %364 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %356, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %17, align 32
  %365 = add i64 %288, 17
  %366 = getelementptr inbounds float, float* %1, i64 %365
  %367 = load float, float* %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i32 0
  %splat7 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %369 = load <8 x float>, <8 x float>* %22, align 32
  %370 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %352, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %22, align 32
  %371 = load <8 x float>, <8 x float>* %16, align 32
  %372 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %356, <8 x float> %371)
  store <8 x float> %372, <8 x float>* %16, align 32
  %373 = add i64 %288, 33
  %374 = getelementptr inbounds float, float* %1, i64 %373
  %375 = load float, float* %374, align 4
  %376 = insertelement <8 x float> undef, float %375, i32 0
  %splat8 = shufflevector <8 x float> %376, <8 x float> undef, <8 x i32> zeroinitializer
  %377 = load <8 x float>, <8 x float>* %21, align 32
  %378 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %352, <8 x float> %377)
  store <8 x float> %378, <8 x float>* %21, align 32
  %379 = load <8 x float>, <8 x float>* %15, align 32
  %380 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %356, <8 x float> %379)
  store <8 x float> %380, <8 x float>* %15, align 32
  %381 = add i64 %288, 49
  %382 = getelementptr inbounds float, float* %1, i64 %381
  %383 = load float, float* %382, align 4
  %384 = insertelement <8 x float> undef, float %383, i32 0
  %splat9 = shufflevector <8 x float> %384, <8 x float> undef, <8 x i32> zeroinitializer
  %385 = load <8 x float>, <8 x float>* %20, align 32
  %386 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %352, <8 x float> %385)
  store <8 x float> %386, <8 x float>* %20, align 32
  %387 = load <8 x float>, <8 x float>* %14, align 32
  %388 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %356, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %14, align 32
  %389 = add i64 %288, 65
  %390 = getelementptr inbounds float, float* %1, i64 %389
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i32 0
  %splat10 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %19, align 32
  %394 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %352, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %19, align 32
  %395 = load <8 x float>, <8 x float>* %13, align 32
  %396 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat10, <8 x float> %356, <8 x float> %395)
  store <8 x float> %396, <8 x float>* %13, align 32
  %397 = add i64 %288, 81
  %398 = getelementptr inbounds float, float* %1, i64 %397
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
  %409 = add i64 %292, 19216
  %410 = getelementptr inbounds float, float* %4, i64 %409
  %411 = bitcast float* %410 to <8 x float>*
  %412 = load <8 x float>, <8 x float>* %411, align 4
  %413 = add i64 %288, 2
  %414 = getelementptr inbounds float, float* %1, i64 %413
  %415 = load float, float* %414, align 4
  %416 = insertelement <8 x float> undef, float %415, i32 0
  %splat12 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %417 = load <8 x float>, <8 x float>* %23, align 32
  %418 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %408, <8 x float> %417)
  store <8 x float> %418, <8 x float>* %23, align 32
  %419 = load <8 x float>, <8 x float>* %17, align 32
  %420 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat12, <8 x float> %412, <8 x float> %419)
  store <8 x float> %420, <8 x float>* %17, align 32
  %421 = add i64 %288, 18
  %422 = getelementptr inbounds float, float* %1, i64 %421
  %423 = load float, float* %422, align 4
  %424 = insertelement <8 x float> undef, float %423, i32 0
  %splat13 = shufflevector <8 x float> %424, <8 x float> undef, <8 x i32> zeroinitializer
  %425 = load <8 x float>, <8 x float>* %22, align 32
  %426 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %408, <8 x float> %425)
  store <8 x float> %426, <8 x float>* %22, align 32
  %427 = load <8 x float>, <8 x float>* %16, align 32
  %428 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat13, <8 x float> %412, <8 x float> %427)
  store <8 x float> %428, <8 x float>* %16, align 32
  %429 = add i64 %288, 34
  %430 = getelementptr inbounds float, float* %1, i64 %429
  %431 = load float, float* %430, align 4
  %432 = insertelement <8 x float> undef, float %431, i32 0
  %splat14 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %433 = load <8 x float>, <8 x float>* %21, align 32
  %434 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %408, <8 x float> %433)
  store <8 x float> %434, <8 x float>* %21, align 32
  %435 = load <8 x float>, <8 x float>* %15, align 32
  %436 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat14, <8 x float> %412, <8 x float> %435)
  store <8 x float> %436, <8 x float>* %15, align 32
  %437 = add i64 %288, 50
  %438 = getelementptr inbounds float, float* %1, i64 %437
  %439 = load float, float* %438, align 4
  %440 = insertelement <8 x float> undef, float %439, i32 0
  %splat15 = shufflevector <8 x float> %440, <8 x float> undef, <8 x i32> zeroinitializer
  %441 = load <8 x float>, <8 x float>* %20, align 32
  %442 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %408, <8 x float> %441)
  store <8 x float> %442, <8 x float>* %20, align 32
  %443 = load <8 x float>, <8 x float>* %14, align 32
  %444 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat15, <8 x float> %412, <8 x float> %443)
  store <8 x float> %444, <8 x float>* %14, align 32
  %445 = add i64 %288, 66
  %446 = getelementptr inbounds float, float* %1, i64 %445
  %447 = load float, float* %446, align 4
  %448 = insertelement <8 x float> undef, float %447, i32 0
  %splat16 = shufflevector <8 x float> %448, <8 x float> undef, <8 x i32> zeroinitializer
  %449 = load <8 x float>, <8 x float>* %19, align 32
  %450 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %408, <8 x float> %449)
  store <8 x float> %450, <8 x float>* %19, align 32
  %451 = load <8 x float>, <8 x float>* %13, align 32
  %452 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat16, <8 x float> %412, <8 x float> %451)
  store <8 x float> %452, <8 x float>* %13, align 32
  %453 = add i64 %288, 82
  %454 = getelementptr inbounds float, float* %1, i64 %453
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
  %465 = add i64 %292, 19224
  %466 = getelementptr inbounds float, float* %4, i64 %465
  %467 = bitcast float* %466 to <8 x float>*
  %468 = load <8 x float>, <8 x float>* %467, align 4
  %469 = add i64 %288, 3
  %470 = getelementptr inbounds float, float* %1, i64 %469
  %471 = load float, float* %470, align 4
  %472 = insertelement <8 x float> undef, float %471, i32 0
  %splat18 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %473 = load <8 x float>, <8 x float>* %23, align 32
  %474 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %464, <8 x float> %473)
  store <8 x float> %474, <8 x float>* %23, align 32
  %475 = load <8 x float>, <8 x float>* %17, align 32
  %476 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %468, <8 x float> %475)
  store <8 x float> %476, <8 x float>* %17, align 32
  %477 = add i64 %288, 19
  %478 = getelementptr inbounds float, float* %1, i64 %477
  %479 = load float, float* %478, align 4
  %480 = insertelement <8 x float> undef, float %479, i32 0
  %splat19 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %481 = load <8 x float>, <8 x float>* %22, align 32
  %482 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %464, <8 x float> %481)
  store <8 x float> %482, <8 x float>* %22, align 32
  %483 = load <8 x float>, <8 x float>* %16, align 32
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %468, <8 x float> %483)
  store <8 x float> %484, <8 x float>* %16, align 32
  %485 = add i64 %288, 35
  %486 = getelementptr inbounds float, float* %1, i64 %485
  %487 = load float, float* %486, align 4
  %488 = insertelement <8 x float> undef, float %487, i32 0
  %splat20 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, <8 x float>* %21, align 32
  %490 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %464, <8 x float> %489)
  store <8 x float> %490, <8 x float>* %21, align 32
  %491 = load <8 x float>, <8 x float>* %15, align 32
  %492 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %468, <8 x float> %491)
  store <8 x float> %492, <8 x float>* %15, align 32
  %493 = add i64 %288, 51
  %494 = getelementptr inbounds float, float* %1, i64 %493
  %495 = load float, float* %494, align 4
  %496 = insertelement <8 x float> undef, float %495, i32 0
  %splat21 = shufflevector <8 x float> %496, <8 x float> undef, <8 x i32> zeroinitializer
  %497 = load <8 x float>, <8 x float>* %20, align 32
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %464, <8 x float> %497)
  store <8 x float> %498, <8 x float>* %20, align 32
  %499 = load <8 x float>, <8 x float>* %14, align 32
  %500 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %468, <8 x float> %499)
  store <8 x float> %500, <8 x float>* %14, align 32
  %501 = add i64 %288, 67
  %502 = getelementptr inbounds float, float* %1, i64 %501
  %503 = load float, float* %502, align 4
  %504 = insertelement <8 x float> undef, float %503, i32 0
  %splat22 = shufflevector <8 x float> %504, <8 x float> undef, <8 x i32> zeroinitializer
  %505 = load <8 x float>, <8 x float>* %19, align 32
  %506 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %464, <8 x float> %505)
  store <8 x float> %506, <8 x float>* %19, align 32
  %507 = load <8 x float>, <8 x float>* %13, align 32
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %468, <8 x float> %507)
  store <8 x float> %508, <8 x float>* %13, align 32
  %509 = add i64 %288, 83
  %510 = getelementptr inbounds float, float* %1, i64 %509
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
  %521 = add i64 %292, 19232
  %522 = getelementptr inbounds float, float* %4, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  %524 = load <8 x float>, <8 x float>* %523, align 4
  %525 = add i64 %288, 4
  %526 = getelementptr inbounds float, float* %1, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat24 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %23, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %520, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %23, align 32
  %531 = load <8 x float>, <8 x float>* %17, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %524, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %17, align 32
  %533 = add i64 %288, 20
  %534 = getelementptr inbounds float, float* %1, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat25 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %22, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %520, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %22, align 32
  %539 = load <8 x float>, <8 x float>* %16, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %524, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %16, align 32
  %541 = add i64 %288, 36
  %542 = getelementptr inbounds float, float* %1, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat26 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %21, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %520, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %21, align 32
  %547 = load <8 x float>, <8 x float>* %15, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat26, <8 x float> %524, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %15, align 32
  %549 = add i64 %288, 52
  %550 = getelementptr inbounds float, float* %1, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat27 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %20, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %520, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %20, align 32
  %555 = load <8 x float>, <8 x float>* %14, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat27, <8 x float> %524, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %14, align 32
  %557 = add i64 %288, 68
  %558 = getelementptr inbounds float, float* %1, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat28 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %19, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %520, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %19, align 32
  %563 = load <8 x float>, <8 x float>* %13, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat28, <8 x float> %524, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %13, align 32
  %565 = add i64 %288, 84
  %566 = getelementptr inbounds float, float* %1, i64 %565
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
  %577 = add i64 %292, 19240
  %578 = getelementptr inbounds float, float* %4, i64 %577
  %579 = bitcast float* %578 to <8 x float>*
  %580 = load <8 x float>, <8 x float>* %579, align 4
  %581 = add i64 %288, 5
  %582 = getelementptr inbounds float, float* %1, i64 %581
  %583 = load float, float* %582, align 4
  %584 = insertelement <8 x float> undef, float %583, i32 0
  %splat30 = shufflevector <8 x float> %584, <8 x float> undef, <8 x i32> zeroinitializer
  %585 = load <8 x float>, <8 x float>* %23, align 32
  %586 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %576, <8 x float> %585)
  store <8 x float> %586, <8 x float>* %23, align 32
  %587 = load <8 x float>, <8 x float>* %17, align 32
  %588 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat30, <8 x float> %580, <8 x float> %587)
  store <8 x float> %588, <8 x float>* %17, align 32
  %589 = add i64 %288, 21
  %590 = getelementptr inbounds float, float* %1, i64 %589
  %591 = load float, float* %590, align 4
  %592 = insertelement <8 x float> undef, float %591, i32 0
  %splat31 = shufflevector <8 x float> %592, <8 x float> undef, <8 x i32> zeroinitializer
  %593 = load <8 x float>, <8 x float>* %22, align 32
  %594 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %576, <8 x float> %593)
  store <8 x float> %594, <8 x float>* %22, align 32
  %595 = load <8 x float>, <8 x float>* %16, align 32
  %596 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat31, <8 x float> %580, <8 x float> %595)
  store <8 x float> %596, <8 x float>* %16, align 32
  %597 = add i64 %288, 37
  %598 = getelementptr inbounds float, float* %1, i64 %597
  %599 = load float, float* %598, align 4
  %600 = insertelement <8 x float> undef, float %599, i32 0
  %splat32 = shufflevector <8 x float> %600, <8 x float> undef, <8 x i32> zeroinitializer
  %601 = load <8 x float>, <8 x float>* %21, align 32
  %602 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %576, <8 x float> %601)
  store <8 x float> %602, <8 x float>* %21, align 32
  %603 = load <8 x float>, <8 x float>* %15, align 32
  %604 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat32, <8 x float> %580, <8 x float> %603)
  store <8 x float> %604, <8 x float>* %15, align 32
  %605 = add i64 %288, 53
  %606 = getelementptr inbounds float, float* %1, i64 %605
  %607 = load float, float* %606, align 4
  %608 = insertelement <8 x float> undef, float %607, i32 0
  %splat33 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %609 = load <8 x float>, <8 x float>* %20, align 32
  %610 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %576, <8 x float> %609)
  store <8 x float> %610, <8 x float>* %20, align 32
  %611 = load <8 x float>, <8 x float>* %14, align 32
  %612 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat33, <8 x float> %580, <8 x float> %611)
  store <8 x float> %612, <8 x float>* %14, align 32
  %613 = add i64 %288, 69
  %614 = getelementptr inbounds float, float* %1, i64 %613
  %615 = load float, float* %614, align 4
  %616 = insertelement <8 x float> undef, float %615, i32 0
  %splat34 = shufflevector <8 x float> %616, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, <8 x float>* %19, align 32
  %618 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %576, <8 x float> %617)
  store <8 x float> %618, <8 x float>* %19, align 32
  %619 = load <8 x float>, <8 x float>* %13, align 32
  %620 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat34, <8 x float> %580, <8 x float> %619)
  store <8 x float> %620, <8 x float>* %13, align 32
  %621 = add i64 %288, 85
  %622 = getelementptr inbounds float, float* %1, i64 %621
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
  %633 = add i64 %292, 19248
  %634 = getelementptr inbounds float, float* %4, i64 %633
  %635 = bitcast float* %634 to <8 x float>*
  %636 = load <8 x float>, <8 x float>* %635, align 4
  %637 = add i64 %288, 6
  %638 = getelementptr inbounds float, float* %1, i64 %637
  %639 = load float, float* %638, align 4
  %640 = insertelement <8 x float> undef, float %639, i32 0
  %splat36 = shufflevector <8 x float> %640, <8 x float> undef, <8 x i32> zeroinitializer
  %641 = load <8 x float>, <8 x float>* %23, align 32
  %642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %632, <8 x float> %641)
  store <8 x float> %642, <8 x float>* %23, align 32
  %643 = load <8 x float>, <8 x float>* %17, align 32
  %644 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat36, <8 x float> %636, <8 x float> %643)
  store <8 x float> %644, <8 x float>* %17, align 32
  %645 = add i64 %288, 22
  %646 = getelementptr inbounds float, float* %1, i64 %645
  %647 = load float, float* %646, align 4
  %648 = insertelement <8 x float> undef, float %647, i32 0
  %splat37 = shufflevector <8 x float> %648, <8 x float> undef, <8 x i32> zeroinitializer
  %649 = load <8 x float>, <8 x float>* %22, align 32
  %650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %632, <8 x float> %649)
  store <8 x float> %650, <8 x float>* %22, align 32
  %651 = load <8 x float>, <8 x float>* %16, align 32
  %652 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat37, <8 x float> %636, <8 x float> %651)
  store <8 x float> %652, <8 x float>* %16, align 32
  %653 = add i64 %288, 38
  %654 = getelementptr inbounds float, float* %1, i64 %653
  %655 = load float, float* %654, align 4
  %656 = insertelement <8 x float> undef, float %655, i32 0
  %splat38 = shufflevector <8 x float> %656, <8 x float> undef, <8 x i32> zeroinitializer
  %657 = load <8 x float>, <8 x float>* %21, align 32
  %658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %632, <8 x float> %657)
  store <8 x float> %658, <8 x float>* %21, align 32
  %659 = load <8 x float>, <8 x float>* %15, align 32
  %660 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat38, <8 x float> %636, <8 x float> %659)
  store <8 x float> %660, <8 x float>* %15, align 32
  %661 = add i64 %288, 54
  %662 = getelementptr inbounds float, float* %1, i64 %661
  %663 = load float, float* %662, align 4
  %664 = insertelement <8 x float> undef, float %663, i32 0
  %splat39 = shufflevector <8 x float> %664, <8 x float> undef, <8 x i32> zeroinitializer
  %665 = load <8 x float>, <8 x float>* %20, align 32
  %666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %632, <8 x float> %665)
  store <8 x float> %666, <8 x float>* %20, align 32
  %667 = load <8 x float>, <8 x float>* %14, align 32
  %668 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %636, <8 x float> %667)
  store <8 x float> %668, <8 x float>* %14, align 32
  %669 = add i64 %288, 70
  %670 = getelementptr inbounds float, float* %1, i64 %669
  %671 = load float, float* %670, align 4
  %672 = insertelement <8 x float> undef, float %671, i32 0
  %splat40 = shufflevector <8 x float> %672, <8 x float> undef, <8 x i32> zeroinitializer
  %673 = load <8 x float>, <8 x float>* %19, align 32
  %674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %632, <8 x float> %673)
  store <8 x float> %674, <8 x float>* %19, align 32
  %675 = load <8 x float>, <8 x float>* %13, align 32
  %676 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %636, <8 x float> %675)
  store <8 x float> %676, <8 x float>* %13, align 32
  %677 = add i64 %288, 86
  %678 = getelementptr inbounds float, float* %1, i64 %677
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
  %689 = add i64 %292, 19256
  %690 = getelementptr inbounds float, float* %4, i64 %689
  %691 = bitcast float* %690 to <8 x float>*
  %692 = load <8 x float>, <8 x float>* %691, align 4
  %693 = add i64 %288, 7
  %694 = getelementptr inbounds float, float* %1, i64 %693
  %695 = load float, float* %694, align 4
  %696 = insertelement <8 x float> undef, float %695, i32 0
  %splat42 = shufflevector <8 x float> %696, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = load <8 x float>, <8 x float>* %23, align 32
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %688, <8 x float> %697)
  store <8 x float> %698, <8 x float>* %23, align 32
  %699 = load <8 x float>, <8 x float>* %17, align 32
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %692, <8 x float> %699)
  store <8 x float> %700, <8 x float>* %17, align 32
  %701 = add i64 %288, 23
  %702 = getelementptr inbounds float, float* %1, i64 %701
  %703 = load float, float* %702, align 4
  %704 = insertelement <8 x float> undef, float %703, i32 0
  %splat43 = shufflevector <8 x float> %704, <8 x float> undef, <8 x i32> zeroinitializer
  %705 = load <8 x float>, <8 x float>* %22, align 32
  %706 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %688, <8 x float> %705)
  store <8 x float> %706, <8 x float>* %22, align 32
  %707 = load <8 x float>, <8 x float>* %16, align 32
  %708 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %692, <8 x float> %707)
  store <8 x float> %708, <8 x float>* %16, align 32
  %709 = add i64 %288, 39
  %710 = getelementptr inbounds float, float* %1, i64 %709
  %711 = load float, float* %710, align 4
  %712 = insertelement <8 x float> undef, float %711, i32 0
  %splat44 = shufflevector <8 x float> %712, <8 x float> undef, <8 x i32> zeroinitializer
  %713 = load <8 x float>, <8 x float>* %21, align 32
  %714 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %688, <8 x float> %713)
  store <8 x float> %714, <8 x float>* %21, align 32
  %715 = load <8 x float>, <8 x float>* %15, align 32
  %716 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %692, <8 x float> %715)
  store <8 x float> %716, <8 x float>* %15, align 32
  %717 = add i64 %288, 55
  %718 = getelementptr inbounds float, float* %1, i64 %717
  %719 = load float, float* %718, align 4
  %720 = insertelement <8 x float> undef, float %719, i32 0
  %splat45 = shufflevector <8 x float> %720, <8 x float> undef, <8 x i32> zeroinitializer
  %721 = load <8 x float>, <8 x float>* %20, align 32
  %722 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %688, <8 x float> %721)
  store <8 x float> %722, <8 x float>* %20, align 32
  %723 = load <8 x float>, <8 x float>* %14, align 32
  %724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat45, <8 x float> %692, <8 x float> %723)
  store <8 x float> %724, <8 x float>* %14, align 32
  %725 = add i64 %288, 71
  %726 = getelementptr inbounds float, float* %1, i64 %725
  %727 = load float, float* %726, align 4
  %728 = insertelement <8 x float> undef, float %727, i32 0
  %splat46 = shufflevector <8 x float> %728, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, <8 x float>* %19, align 32
  %730 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %688, <8 x float> %729)
  store <8 x float> %730, <8 x float>* %19, align 32
  %731 = load <8 x float>, <8 x float>* %13, align 32
  %732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat46, <8 x float> %692, <8 x float> %731)
  store <8 x float> %732, <8 x float>* %13, align 32
  %733 = add i64 %288, 87
  %734 = getelementptr inbounds float, float* %1, i64 %733
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
  %741 = icmp slt i64 %u51, 1
  br i1 %741, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %742 = add i64 %203, %u51
  %743 = mul i64 %742, 24200
  %744 = add i64 %202, %743
  %745 = mul i64 %742, 1600
  %746 = add i64 %39, %745
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %747 = icmp eq i64 %chunk, 11
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
  %772 = icmp slt i64 %kh55, 5
  br i1 %772, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %773 = mul i64 %kh55, 440
  %774 = add i64 %744, %773
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next78 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next76, %kw.body57 ]
  %775 = icmp slt i64 %kw59, 5
  br i1 %775, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %776 = mul i64 %kw59, 8
  %777 = add i64 %774, %776
  %778 = mul i64 %kh55, 5
  %779 = add i64 %778, %kw59
  %780 = mul i64 %779, 64
  %781 = add i64 %746, %780
  %782 = add i64 %781, 0
  %783 = getelementptr inbounds float, float* %4, i64 %782
  %784 = bitcast float* %783 to <8 x float>*
  %785 = load <8 x float>, <8 x float>* %784, align 4
  %786 = add i64 %781, 19200
  %787 = getelementptr inbounds float, float* %4, i64 %786
  %788 = bitcast float* %787 to <8 x float>*
  %789 = load <8 x float>, <8 x float>* %788, align 4
  %790 = add i64 %777, 0
  %791 = getelementptr inbounds float, float* %1, i64 %790
  %792 = load float, float* %791, align 4
  %793 = insertelement <8 x float> undef, float %792, i32 0
  %splat60 = shufflevector <8 x float> %793, <8 x float> undef, <8 x i32> zeroinitializer
  %794 = load <8 x float>, <8 x float>* %11, align 32
  %795 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %785, <8 x float> %794)
  store <8 x float> %795, <8 x float>* %11, align 32
  %796 = load <8 x float>, <8 x float>* %9, align 32
  %797 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %789, <8 x float> %796)
  store <8 x float> %797, <8 x float>* %9, align 32
  %798 = add i64 %777, 16
  %799 = getelementptr inbounds float, float* %1, i64 %798
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
  %810 = add i64 %781, 19208
  %811 = getelementptr inbounds float, float* %4, i64 %810
  %812 = bitcast float* %811 to <8 x float>*
  %813 = load <8 x float>, <8 x float>* %812, align 4
  %814 = add i64 %777, 1
  %815 = getelementptr inbounds float, float* %1, i64 %814
  %816 = load float, float* %815, align 4
  %817 = insertelement <8 x float> undef, float %816, i32 0
  %splat62 = shufflevector <8 x float> %817, <8 x float> undef, <8 x i32> zeroinitializer
  %818 = load <8 x float>, <8 x float>* %11, align 32
  %819 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %809, <8 x float> %818)
  store <8 x float> %819, <8 x float>* %11, align 32
  %820 = load <8 x float>, <8 x float>* %9, align 32
  %821 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %813, <8 x float> %820)
  store <8 x float> %821, <8 x float>* %9, align 32
  %822 = add i64 %777, 17
  %823 = getelementptr inbounds float, float* %1, i64 %822
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
  %834 = add i64 %781, 19216
  %835 = getelementptr inbounds float, float* %4, i64 %834
  %836 = bitcast float* %835 to <8 x float>*
  %837 = load <8 x float>, <8 x float>* %836, align 4
  %838 = add i64 %777, 2
  %839 = getelementptr inbounds float, float* %1, i64 %838
  %840 = load float, float* %839, align 4
  %841 = insertelement <8 x float> undef, float %840, i32 0
  %splat64 = shufflevector <8 x float> %841, <8 x float> undef, <8 x i32> zeroinitializer
  %842 = load <8 x float>, <8 x float>* %11, align 32
  %843 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %833, <8 x float> %842)
  store <8 x float> %843, <8 x float>* %11, align 32
  %844 = load <8 x float>, <8 x float>* %9, align 32
  %845 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %837, <8 x float> %844)
  store <8 x float> %845, <8 x float>* %9, align 32
  %846 = add i64 %777, 18
  %847 = getelementptr inbounds float, float* %1, i64 %846
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
  %858 = add i64 %781, 19224
  %859 = getelementptr inbounds float, float* %4, i64 %858
  %860 = bitcast float* %859 to <8 x float>*
  %861 = load <8 x float>, <8 x float>* %860, align 4
  %862 = add i64 %777, 3
  %863 = getelementptr inbounds float, float* %1, i64 %862
  %864 = load float, float* %863, align 4
  %865 = insertelement <8 x float> undef, float %864, i32 0
  %splat66 = shufflevector <8 x float> %865, <8 x float> undef, <8 x i32> zeroinitializer
  %866 = load <8 x float>, <8 x float>* %11, align 32
  %867 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %857, <8 x float> %866)
  store <8 x float> %867, <8 x float>* %11, align 32
  %868 = load <8 x float>, <8 x float>* %9, align 32
  %869 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat66, <8 x float> %861, <8 x float> %868)
  store <8 x float> %869, <8 x float>* %9, align 32
  %870 = add i64 %777, 19
  %871 = getelementptr inbounds float, float* %1, i64 %870
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
  %882 = add i64 %781, 19232
  %883 = getelementptr inbounds float, float* %4, i64 %882
  %884 = bitcast float* %883 to <8 x float>*
  %885 = load <8 x float>, <8 x float>* %884, align 4
  %886 = add i64 %777, 4
  %887 = getelementptr inbounds float, float* %1, i64 %886
  %888 = load float, float* %887, align 4
  %889 = insertelement <8 x float> undef, float %888, i32 0
  %splat68 = shufflevector <8 x float> %889, <8 x float> undef, <8 x i32> zeroinitializer
  %890 = load <8 x float>, <8 x float>* %11, align 32
  %891 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %881, <8 x float> %890)
  store <8 x float> %891, <8 x float>* %11, align 32
  %892 = load <8 x float>, <8 x float>* %9, align 32
  %893 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat68, <8 x float> %885, <8 x float> %892)
  store <8 x float> %893, <8 x float>* %9, align 32
  %894 = add i64 %777, 20
  %895 = getelementptr inbounds float, float* %1, i64 %894
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
  %906 = add i64 %781, 19240
  %907 = getelementptr inbounds float, float* %4, i64 %906
  %908 = bitcast float* %907 to <8 x float>*
  %909 = load <8 x float>, <8 x float>* %908, align 4
  %910 = add i64 %777, 5
  %911 = getelementptr inbounds float, float* %1, i64 %910
  %912 = load float, float* %911, align 4
  %913 = insertelement <8 x float> undef, float %912, i32 0
  %splat70 = shufflevector <8 x float> %913, <8 x float> undef, <8 x i32> zeroinitializer
  %914 = load <8 x float>, <8 x float>* %11, align 32
  %915 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %905, <8 x float> %914)
  store <8 x float> %915, <8 x float>* %11, align 32
  %916 = load <8 x float>, <8 x float>* %9, align 32
  %917 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat70, <8 x float> %909, <8 x float> %916)
  store <8 x float> %917, <8 x float>* %9, align 32
  %918 = add i64 %777, 21
  %919 = getelementptr inbounds float, float* %1, i64 %918
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
  %930 = add i64 %781, 19248
  %931 = getelementptr inbounds float, float* %4, i64 %930
  %932 = bitcast float* %931 to <8 x float>*
  %933 = load <8 x float>, <8 x float>* %932, align 4
  %934 = add i64 %777, 6
  %935 = getelementptr inbounds float, float* %1, i64 %934
  %936 = load float, float* %935, align 4
  %937 = insertelement <8 x float> undef, float %936, i32 0
  %splat72 = shufflevector <8 x float> %937, <8 x float> undef, <8 x i32> zeroinitializer
  %938 = load <8 x float>, <8 x float>* %11, align 32
  %939 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %929, <8 x float> %938)
  store <8 x float> %939, <8 x float>* %11, align 32
  %940 = load <8 x float>, <8 x float>* %9, align 32
  %941 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat72, <8 x float> %933, <8 x float> %940)
  store <8 x float> %941, <8 x float>* %9, align 32
  %942 = add i64 %777, 22
  %943 = getelementptr inbounds float, float* %1, i64 %942
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
  %954 = add i64 %781, 19256
  %955 = getelementptr inbounds float, float* %4, i64 %954
  %956 = bitcast float* %955 to <8 x float>*
  %957 = load <8 x float>, <8 x float>* %956, align 4
  %958 = add i64 %777, 7
  %959 = getelementptr inbounds float, float* %1, i64 %958
  %960 = load float, float* %959, align 4
  %961 = insertelement <8 x float> undef, float %960, i32 0
  %splat74 = shufflevector <8 x float> %961, <8 x float> undef, <8 x i32> zeroinitializer
  %962 = load <8 x float>, <8 x float>* %11, align 32
  %963 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %953, <8 x float> %962)
  store <8 x float> %963, <8 x float>* %11, align 32
  %964 = load <8 x float>, <8 x float>* %9, align 32
  %965 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat74, <8 x float> %957, <8 x float> %964)
  store <8 x float> %965, <8 x float>* %9, align 32
  %966 = add i64 %777, 23
  %967 = getelementptr inbounds float, float* %1, i64 %966
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

; Function Attrs: noinline nounwind
define internal void @node5.conv2.step0(i8* %0) #3 {
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
  call void @node5.conv2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node6.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %xb.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %xb.exit ]
  %11 = icmp slt i64 %task, %5
  br i1 %11, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %12 = sdiv i64 %task, 13
  %13 = srem i64 %task, 13
  %14 = mul i64 %12, 5408
  %15 = getelementptr inbounds float, float* %1, i64 %14
  %16 = mul i64 %12, 13
  %17 = add i64 %16, %13
  %18 = mul i64 %17, 104
  %19 = getelementptr inbounds float, float* %0, i64 %18
  %20 = mul i64 %13, 2
  %21 = sub i64 %20, 0
  %22 = add i64 %21, 3
  %23 = icmp sgt i64 %21, 0
  %24 = select i1 %23, i64 %21, i64 0
  %25 = icmp slt i64 %22, 26
  %26 = select i1 %25, i64 %22, i64 26
  %27 = icmp slt i64 %22, 26
  %28 = select i1 %27, i64 %22, i64 26
  %29 = sub i64 %28, %21
  br label %x.header

task.exit:                                        ; preds = %task.header
  ret void

x.header:                                         ; preds = %r.exit, %task.body
  %x = phi i64 [ 0, %task.body ], [ %x.next, %r.exit ]
  %30 = icmp slt i64 %x, 12
  br i1 %30, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %7, align 32
  %31 = mul i64 %x, 2
  %32 = sub i64 %31, 0
  br label %r.header

x.exit:                                           ; preds = %x.header
  br label %xb.header

r.header:                                         ; preds = %r.body, %x.body
  %r = phi i64 [ %24, %x.body ], [ %r.next, %r.body ]
  %33 = icmp slt i64 %r, %26
  br i1 %33, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %34 = mul i64 %r, 26
  %35 = add i64 %34, %32
  %36 = mul i64 %35, 8
  %37 = load <8 x float>, <8 x float>* %10, align 32
  %38 = add i64 %36, 0
  %39 = getelementptr inbounds float, float* %15, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %37, <8 x float> %41)
  %43 = add i64 %36, 8
  %44 = getelementptr inbounds float, float* %15, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %42, <8 x float> %46)
  %48 = add i64 %36, 16
  %49 = getelementptr inbounds float, float* %15, i64 %48
  %50 = bitcast float* %49 to <8 x float>*
  %51 = load <8 x float>, <8 x float>* %50, align 4
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %47, <8 x float> %51)
  store <8 x float> %52, <8 x float>* %10, align 32
  %53 = load <8 x float>, <8 x float>* %9, align 32
  %54 = add i64 %36, 16
  %55 = getelementptr inbounds float, float* %15, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %53, <8 x float> %57)
  %59 = add i64 %36, 24
  %60 = getelementptr inbounds float, float* %15, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %62 = load <8 x float>, <8 x float>* %61, align 4
  %63 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %58, <8 x float> %62)
  %64 = add i64 %36, 32
  %65 = getelementptr inbounds float, float* %15, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %67 = load <8 x float>, <8 x float>* %66, align 4
  %68 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> %67)
  store <8 x float> %68, <8 x float>* %9, align 32
  %69 = load <8 x float>, <8 x float>* %8, align 32
  %70 = add i64 %36, 32
  %71 = getelementptr inbounds float, float* %15, i64 %70
  %72 = bitcast float* %71 to <8 x float>*
  %73 = load <8 x float>, <8 x float>* %72, align 4
  %74 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %69, <8 x float> %73)
  %75 = add i64 %36, 40
  %76 = getelementptr inbounds float, float* %15, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %78 = load <8 x float>, <8 x float>* %77, align 4
  %79 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %74, <8 x float> %78)
  %80 = add i64 %36, 48
  %81 = getelementptr inbounds float, float* %15, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %83 = load <8 x float>, <8 x float>* %82, align 4
  %84 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %79, <8 x float> %83)
  store <8 x float> %84, <8 x float>* %8, align 32
  %85 = load <8 x float>, <8 x float>* %7, align 32
  %86 = add i64 %36, 48
  %87 = getelementptr inbounds float, float* %15, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %85, <8 x float> %89)
  %91 = add i64 %36, 56
  %92 = getelementptr inbounds float, float* %15, i64 %91
  %93 = bitcast float* %92 to <8 x float>*
  %94 = load <8 x float>, <8 x float>* %93, align 4
  %95 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %90, <8 x float> %94)
  %96 = add i64 %36, 64
  %97 = getelementptr inbounds float, float* %15, i64 %96
  %98 = bitcast float* %97 to <8 x float>*
  %99 = load <8 x float>, <8 x float>* %98, align 4
  %100 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %95, <8 x float> %99)
  store <8 x float> %100, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %101 = load <8 x float>, <8 x float>* %10, align 32
  %102 = add i64 %x, 0
  %103 = mul i64 %102, 8
  %104 = getelementptr inbounds float, float* %19, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %101, <8 x float>* %105, align 4
  %106 = load <8 x float>, <8 x float>* %9, align 32
  %107 = add i64 %x, 1
  %108 = mul i64 %107, 8
  %109 = getelementptr inbounds float, float* %19, i64 %108
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %106, <8 x float>* %110, align 4
  %111 = load <8 x float>, <8 x float>* %8, align 32
  %112 = add i64 %x, 2
  %113 = mul i64 %112, 8
  %114 = getelementptr inbounds float, float* %19, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %111, <8 x float>* %115, align 4
  %116 = load <8 x float>, <8 x float>* %7, align 32
  %117 = add i64 %x, 3
  %118 = mul i64 %117, 8
  %119 = getelementptr inbounds float, float* %19, i64 %118
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %116, <8 x float>* %120, align 4
  %x.next = add i64 %x, 4
  br label %x.header

xb.header:                                        ; preds = %r.exit3, %x.exit
  %xb = phi i64 [ 12, %x.exit ], [ %xb.next, %r.exit3 ]
  %121 = icmp slt i64 %xb, 13
  br i1 %121, label %xb.body, label %xb.exit

xb.body:                                          ; preds = %xb.header
  %122 = mul i64 %xb, 2
  %123 = sub i64 %122, 0
  %124 = add i64 %123, 3
  %125 = icmp sgt i64 %123, 0
  %126 = select i1 %125, i64 %123, i64 0
  %127 = icmp slt i64 %124, 26
  %128 = select i1 %127, i64 %124, i64 26
  %129 = icmp slt i64 %124, 26
  %130 = select i1 %129, i64 %124, i64 26
  %131 = sub i64 %130, %123
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

xb.exit:                                          ; preds = %xb.header
  %task.next = add i64 %task, 1
  br label %task.header

r.header1:                                        ; preds = %q.exit, %xb.body
  %r4 = phi i64 [ %24, %xb.body ], [ %r.next5, %q.exit ]
  %132 = icmp slt i64 %r4, %26
  br i1 %132, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  br label %q.header

r.exit3:                                          ; preds = %r.header1
  %133 = load <8 x float>, <8 x float>* %6, align 32
  %134 = mul i64 %xb, 8
  %135 = getelementptr inbounds float, float* %19, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %133, <8 x float>* %136, align 4
  %xb.next = add i64 %xb, 1
  br label %xb.header

q.header:                                         ; preds = %q.body, %r.body2
  %q = phi i64 [ %126, %r.body2 ], [ %q.next, %q.body ]
  %137 = icmp slt i64 %q, %128
  br i1 %137, label %q.body, label %q.exit

q.body:                                           ; preds = %q.header
  %138 = mul i64 %r4, 26
  %139 = add i64 %138, %q
  %140 = mul i64 %139, 8
  %141 = getelementptr inbounds float, float* %15, i64 %140
  %142 = bitcast float* %141 to <8 x float>*
  %143 = load <8 x float>, <8 x float>* %142, align 4
  %144 = load <8 x float>, <8 x float>* %6, align 32
  %145 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %144, <8 x float> %143)
  store <8 x float> %145, <8 x float>* %6, align 32
  %q.next = add i64 %q, 1
  br label %q.header

q.exit:                                           ; preds = %q.header
  %r.next5 = add i64 %r4, 1
  br label %r.header1
}

; Function Attrs: noinline nounwind
define internal void @node6.maxPool2d_2.step0(i8* %0) #3 {
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
  %19 = add i64 416, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 416
  %23 = select i1 %22, i64 %21, i64 416
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 416
  %26 = select i1 %25, i64 %24, i64 416
  call void @node6.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node7.maxPool2d_2.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 13
  %8 = sdiv i64 %task, 13
  %9 = srem i64 %8, 32
  %10 = sdiv i64 %8, 32
  %11 = mul i64 %10, 256
  %12 = mul i64 %9, 8
  %13 = add i64 %11, %12
  %14 = mul i64 %task, 104
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %15 = icmp slt i64 %w, 8
  br i1 %15, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %16 = add i64 %w, 0
  %17 = mul i64 %16, 8
  %18 = add i64 %17, 0
  %19 = add i64 %14, %18
  %20 = getelementptr inbounds float, float* %1, i64 %19
  %21 = bitcast float* %20 to <8 x float>*
  %22 = load <8 x float>, <8 x float>* %21, align 4
  %23 = add i64 %w, 1
  %24 = mul i64 %23, 8
  %25 = add i64 %24, 0
  %26 = add i64 %14, %25
  %27 = getelementptr inbounds float, float* %1, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %w, 2
  %31 = mul i64 %30, 8
  %32 = add i64 %31, 0
  %33 = add i64 %14, %32
  %34 = getelementptr inbounds float, float* %1, i64 %33
  %35 = bitcast float* %34 to <8 x float>*
  %36 = load <8 x float>, <8 x float>* %35, align 4
  %37 = add i64 %w, 3
  %38 = mul i64 %37, 8
  %39 = add i64 %38, 0
  %40 = add i64 %14, %39
  %41 = getelementptr inbounds float, float* %1, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %43 = load <8 x float>, <8 x float>* %42, align 4
  %44 = add i64 %w, 4
  %45 = mul i64 %44, 8
  %46 = add i64 %45, 0
  %47 = add i64 %14, %46
  %48 = getelementptr inbounds float, float* %1, i64 %47
  %49 = bitcast float* %48 to <8 x float>*
  %50 = load <8 x float>, <8 x float>* %49, align 4
  %51 = add i64 %w, 5
  %52 = mul i64 %51, 8
  %53 = add i64 %52, 0
  %54 = add i64 %14, %53
  %55 = getelementptr inbounds float, float* %1, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %57 = load <8 x float>, <8 x float>* %56, align 4
  %58 = add i64 %w, 6
  %59 = mul i64 %58, 8
  %60 = add i64 %59, 0
  %61 = add i64 %14, %60
  %62 = getelementptr inbounds float, float* %1, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %w, 7
  %66 = mul i64 %65, 8
  %67 = add i64 %66, 0
  %68 = add i64 %14, %67
  %69 = getelementptr inbounds float, float* %1, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = shufflevector <8 x float> %22, <8 x float> %50, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %73 = shufflevector <8 x float> %22, <8 x float> %50, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %74 = shufflevector <8 x float> %29, <8 x float> %57, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %75 = shufflevector <8 x float> %29, <8 x float> %57, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %76 = shufflevector <8 x float> %36, <8 x float> %64, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %77 = shufflevector <8 x float> %36, <8 x float> %64, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %78 = shufflevector <8 x float> %43, <8 x float> %71, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %79 = shufflevector <8 x float> %43, <8 x float> %71, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %80 = shufflevector <8 x float> %72, <8 x float> %76, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %81 = shufflevector <8 x float> %72, <8 x float> %76, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %82 = shufflevector <8 x float> %73, <8 x float> %77, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %83 = shufflevector <8 x float> %73, <8 x float> %77, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %84 = shufflevector <8 x float> %74, <8 x float> %78, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %85 = shufflevector <8 x float> %74, <8 x float> %78, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %86 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %87 = shufflevector <8 x float> %75, <8 x float> %79, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %88 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %89 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %90 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %91 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %92 = shufflevector <8 x float> %82, <8 x float> %86, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %93 = shufflevector <8 x float> %82, <8 x float> %86, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %94 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %95 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %96 = add i64 %13, 0
  %97 = mul i64 %96, 169
  %98 = mul i64 %7, 13
  %99 = add i64 %98, %w
  %100 = add i64 %97, %99
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %88, <8 x float>* %102, align 4
  %103 = add i64 %13, 1
  %104 = mul i64 %103, 169
  %105 = mul i64 %7, 13
  %106 = add i64 %105, %w
  %107 = add i64 %104, %106
  %108 = getelementptr inbounds float, float* %0, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %89, <8 x float>* %109, align 4
  %110 = add i64 %13, 2
  %111 = mul i64 %110, 169
  %112 = mul i64 %7, 13
  %113 = add i64 %112, %w
  %114 = add i64 %111, %113
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %90, <8 x float>* %116, align 4
  %117 = add i64 %13, 3
  %118 = mul i64 %117, 169
  %119 = mul i64 %7, 13
  %120 = add i64 %119, %w
  %121 = add i64 %118, %120
  %122 = getelementptr inbounds float, float* %0, i64 %121
  %123 = bitcast float* %122 to <8 x float>*
  store <8 x float> %91, <8 x float>* %123, align 4
  %124 = add i64 %13, 4
  %125 = mul i64 %124, 169
  %126 = mul i64 %7, 13
  %127 = add i64 %126, %w
  %128 = add i64 %125, %127
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %92, <8 x float>* %130, align 4
  %131 = add i64 %13, 5
  %132 = mul i64 %131, 169
  %133 = mul i64 %7, 13
  %134 = add i64 %133, %w
  %135 = add i64 %132, %134
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %93, <8 x float>* %137, align 4
  %138 = add i64 %13, 6
  %139 = mul i64 %138, 169
  %140 = mul i64 %7, 13
  %141 = add i64 %140, %w
  %142 = add i64 %139, %141
  %143 = getelementptr inbounds float, float* %0, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %94, <8 x float>* %144, align 4
  %145 = add i64 %13, 7
  %146 = mul i64 %145, 169
  %147 = mul i64 %7, 13
  %148 = add i64 %147, %w
  %149 = add i64 %146, %148
  %150 = getelementptr inbounds float, float* %0, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %95, <8 x float>* %151, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 8, %w.exit ], [ %ws.next, %ws.body ]
  %152 = icmp slt i64 %ws, 13
  br i1 %152, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %153 = mul i64 %ws, 8
  %154 = add i64 %153, 0
  %155 = add i64 %14, %154
  %156 = add i64 %13, 0
  %157 = mul i64 %156, 169
  %158 = mul i64 %7, 13
  %159 = add i64 %158, %ws
  %160 = add i64 %157, %159
  %161 = getelementptr inbounds float, float* %1, i64 %155
  %162 = load float, float* %161, align 4
  %163 = getelementptr inbounds float, float* %0, i64 %160
  store float %162, float* %163, align 4
  %164 = mul i64 %ws, 8
  %165 = add i64 %164, 1
  %166 = add i64 %14, %165
  %167 = add i64 %13, 1
  %168 = mul i64 %167, 169
  %169 = mul i64 %7, 13
  %170 = add i64 %169, %ws
  %171 = add i64 %168, %170
  %172 = getelementptr inbounds float, float* %1, i64 %166
  %173 = load float, float* %172, align 4
  %174 = getelementptr inbounds float, float* %0, i64 %171
  store float %173, float* %174, align 4
  %175 = mul i64 %ws, 8
  %176 = add i64 %175, 2
  %177 = add i64 %14, %176
  %178 = add i64 %13, 2
  %179 = mul i64 %178, 169
  %180 = mul i64 %7, 13
  %181 = add i64 %180, %ws
  %182 = add i64 %179, %181
  %183 = getelementptr inbounds float, float* %1, i64 %177
  %184 = load float, float* %183, align 4
  %185 = getelementptr inbounds float, float* %0, i64 %182
  store float %184, float* %185, align 4
  %186 = mul i64 %ws, 8
  %187 = add i64 %186, 3
  %188 = add i64 %14, %187
  %189 = add i64 %13, 3
  %190 = mul i64 %189, 169
  %191 = mul i64 %7, 13
  %192 = add i64 %191, %ws
  %193 = add i64 %190, %192
  %194 = getelementptr inbounds float, float* %1, i64 %188
  %195 = load float, float* %194, align 4
  %196 = getelementptr inbounds float, float* %0, i64 %193
  store float %195, float* %196, align 4
  %197 = mul i64 %ws, 8
  %198 = add i64 %197, 4
  %199 = add i64 %14, %198
  %200 = add i64 %13, 4
  %201 = mul i64 %200, 169
  %202 = mul i64 %7, 13
  %203 = add i64 %202, %ws
  %204 = add i64 %201, %203
  %205 = getelementptr inbounds float, float* %1, i64 %199
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = mul i64 %ws, 8
  %209 = add i64 %208, 5
  %210 = add i64 %14, %209
  %211 = add i64 %13, 5
  %212 = mul i64 %211, 169
  %213 = mul i64 %7, 13
  %214 = add i64 %213, %ws
  %215 = add i64 %212, %214
  %216 = getelementptr inbounds float, float* %1, i64 %210
  %217 = load float, float* %216, align 4
  %218 = getelementptr inbounds float, float* %0, i64 %215
  store float %217, float* %218, align 4
  %219 = mul i64 %ws, 8
  %220 = add i64 %219, 6
  %221 = add i64 %14, %220
  %222 = add i64 %13, 6
  %223 = mul i64 %222, 169
  %224 = mul i64 %7, 13
  %225 = add i64 %224, %ws
  %226 = add i64 %223, %225
  %227 = getelementptr inbounds float, float* %1, i64 %221
  %228 = load float, float* %227, align 4
  %229 = getelementptr inbounds float, float* %0, i64 %226
  store float %228, float* %229, align 4
  %230 = mul i64 %ws, 8
  %231 = add i64 %230, 7
  %232 = add i64 %14, %231
  %233 = add i64 %13, 7
  %234 = mul i64 %233, 169
  %235 = mul i64 %7, 13
  %236 = add i64 %235, %ws
  %237 = add i64 %234, %236
  %238 = getelementptr inbounds float, float* %1, i64 %232
  %239 = load float, float* %238, align 4
  %240 = getelementptr inbounds float, float* %0, i64 %237
  store float %239, float* %240, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node7.maxPool2d_2.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 416, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 416
  %23 = select i1 %22, i64 %21, i64 416
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 416
  %26 = select i1 %25, i64 %24, i64 416
  call void @node7.maxPool2d_2.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.lrn_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %s.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %s.exit ]
  %8 = icmp slt i64 %task, %5
  br i1 %8, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %9 = sdiv i64 %task, 256
  %10 = srem i64 %task, 256
  %11 = sub i64 %10, 2
  %12 = icmp sgt i64 %11, 0
  %13 = select i1 %12, i64 %11, i64 0
  %14 = add i64 %10, 3
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  %17 = mul i64 %9, 43264
  br label %v.header

task.exit:                                        ; preds = %task.header
  ret void

v.header:                                         ; preds = %w.exit, %task.body
  %v = phi i64 [ 0, %task.body ], [ %v.next, %w.exit ]
  %18 = icmp slt i64 %v, 168
  br i1 %18, label %v.body, label %v.exit

v.body:                                           ; preds = %v.header
  store <8 x float> zeroinitializer, <8 x float>* %7, align 32
  br label %w.header

v.exit:                                           ; preds = %v.header
  br label %s.header

w.header:                                         ; preds = %w.body, %v.body
  %w = phi i64 [ %13, %v.body ], [ %w.next, %w.body ]
  %19 = icmp slt i64 %w, %16
  br i1 %19, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %20 = mul i64 %w, 169
  %21 = add i64 %17, %20
  %22 = add i64 %21, %v
  %23 = getelementptr inbounds float, float* %1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = load <8 x float>, <8 x float>* %7, align 32
  %27 = call <8 x float> @llvm.fma.v8f32(<8 x float> %25, <8 x float> %25, <8 x float> %26)
  store <8 x float> %27, <8 x float>* %7, align 32
  %w.next = add i64 %w, 1
  br label %w.header

w.exit:                                           ; preds = %w.header
  %28 = mul i64 %10, 169
  %29 = add i64 %17, %28
  %30 = add i64 %29, %v
  %31 = load <8 x float>, <8 x float>* %7, align 32
  %32 = call <8 x float> @llvm.fma.v8f32(<8 x float> %31, <8 x float> <float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000, float 0x3EF4F8B580000000>, <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %33 = bitcast <8 x float> %32 to <8 x i32>
  %34 = lshr <8 x i32> %33, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %35 = and <8 x i32> %34, <i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255, i32 255>
  %36 = sub <8 x i32> %35, <i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126, i32 126>
  %37 = sitofp <8 x i32> %36 to <8 x float>
  %38 = and <8 x i32> %33, <i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041, i32 -2139095041>
  %39 = or <8 x i32> %38, <i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608, i32 1056964608>
  %40 = bitcast <8 x i32> %39 to <8 x float>
  %41 = fcmp olt <8 x float> %40, <float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000, float 0x3FE6A09E60000000>
  %42 = fsub <8 x float> %37, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %43 = select <8 x i1> %41, <8 x float> %42, <8 x float> %37
  %44 = fadd <8 x float> %40, %40
  %45 = fsub <8 x float> %44, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %46 = fsub <8 x float> %40, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = select <8 x i1> %41, <8 x float> %45, <8 x float> %46
  %48 = fmul <8 x float> %47, %47
  %49 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000, float 0x3FB2043760000000>, <8 x float> %47, <8 x float> <float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000, float 0xBFBD7A3700000000>)
  %50 = call <8 x float> @llvm.fma.v8f32(<8 x float> %49, <8 x float> %47, <8 x float> <float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000, float 0x3FBDE4A340000000>)
  %51 = call <8 x float> @llvm.fma.v8f32(<8 x float> %50, <8 x float> %47, <8 x float> <float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000, float 0xBFBFCBA9E0000000>)
  %52 = call <8 x float> @llvm.fma.v8f32(<8 x float> %51, <8 x float> %47, <8 x float> <float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000, float 0x3FC23D37E0000000>)
  %53 = call <8 x float> @llvm.fma.v8f32(<8 x float> %52, <8 x float> %47, <8 x float> <float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000, float 0xBFC555CA00000000>)
  %54 = call <8 x float> @llvm.fma.v8f32(<8 x float> %53, <8 x float> %47, <8 x float> <float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000, float 0x3FC999D580000000>)
  %55 = call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %47, <8 x float> <float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000, float 0xBFCFFFFF80000000>)
  %56 = call <8 x float> @llvm.fma.v8f32(<8 x float> %55, <8 x float> %47, <8 x float> <float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000, float 0x3FD5555540000000>)
  %57 = fmul <8 x float> %56, %47
  %58 = fmul <8 x float> %57, %48
  %59 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000, float 0xBF2BD01060000000>, <8 x float> %58)
  %60 = call <8 x float> @llvm.fma.v8f32(<8 x float> %48, <8 x float> <float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01, float -5.000000e-01>, <8 x float> %59)
  %61 = fadd <8 x float> %47, %60
  %62 = call <8 x float> @llvm.fma.v8f32(<8 x float> %43, <8 x float> <float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000>, <8 x float> %61)
  %63 = fmul <8 x float> <float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01, float -7.500000e-01>, %62
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> <float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000, float 0xC055D33340000000>)
  %65 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %64, <8 x float> <float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000, float 0x40562CCCC0000000>)
  %66 = call <8 x float> @llvm.fma.v8f32(<8 x float> %65, <8 x float> <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %67 = call <8 x float> @llvm.floor.v8f32(<8 x float> %66)
  %68 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %65)
  %69 = call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %68)
  %70 = call <8 x float> @llvm.fma.v8f32(<8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> %69, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %71 = call <8 x float> @llvm.fma.v8f32(<8 x float> %70, <8 x float> %69, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> %69, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %73 = call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %69, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> %69, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %75 = fmul <8 x float> %69, %69
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %75, <8 x float> %69)
  %77 = fadd <8 x float> %76, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %78 = fptosi <8 x float> %67 to <8 x i32>
  %79 = add <8 x i32> %78, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %80 = shl <8 x i32> %79, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %81 = bitcast <8 x i32> %80 to <8 x float>
  %82 = fmul <8 x float> %77, %81
  %83 = getelementptr inbounds float, float* %1, i64 %30
  %84 = bitcast float* %83 to <8 x float>*
  %85 = load <8 x float>, <8 x float>* %84, align 4
  %86 = fmul <8 x float> %85, %82
  %87 = getelementptr inbounds float, float* %0, i64 %30
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %v.next = add i64 %v, 8
  br label %v.header

s.header:                                         ; preds = %w.exit3, %v.exit
  %s = phi i64 [ 168, %v.exit ], [ %s.next, %w.exit3 ]
  %89 = icmp slt i64 %s, 169
  br i1 %89, label %s.body, label %s.exit

s.body:                                           ; preds = %s.header
  store float 0.000000e+00, float* %6, align 4
  br label %w.header1

s.exit:                                           ; preds = %s.header
  %task.next = add i64 %task, 1
  br label %task.header

w.header1:                                        ; preds = %w.body2, %s.body
  %w4 = phi i64 [ %13, %s.body ], [ %w.next5, %w.body2 ]
  %90 = icmp slt i64 %w4, %16
  br i1 %90, label %w.body2, label %w.exit3

w.body2:                                          ; preds = %w.header1
  %91 = mul i64 %w4, 169
  %92 = add i64 %17, %91
  %93 = add i64 %92, %s
  %94 = getelementptr inbounds float, float* %1, i64 %93
  %95 = load float, float* %94, align 4
  %96 = load float, float* %6, align 4
  %97 = call float @llvm.fma.f32(float %95, float %95, float %96)
  store float %97, float* %6, align 4
  %w.next5 = add i64 %w4, 1
  br label %w.header1

w.exit3:                                          ; preds = %w.header1
  %98 = mul i64 %10, 169
  %99 = add i64 %17, %98
  %100 = add i64 %99, %s
  %101 = load float, float* %6, align 4
  %102 = call float @llvm.fma.f32(float %101, float 0x3EF4F8B580000000, float 2.000000e+00)
  %103 = bitcast float %102 to i32
  %104 = lshr i32 %103, 23
  %105 = and i32 %104, 255
  %106 = sub i32 %105, 126
  %107 = sitofp i32 %106 to float
  %108 = and i32 %103, -2139095041
  %109 = or i32 %108, 1056964608
  %110 = bitcast i32 %109 to float
  %111 = fcmp olt float %110, 0x3FE6A09E60000000
  %112 = fsub float %107, 1.000000e+00
  %113 = select i1 %111, float %112, float %107
  %114 = fadd float %110, %110
  %115 = fsub float %114, 1.000000e+00
  %116 = fsub float %110, 1.000000e+00
  %117 = select i1 %111, float %115, float %116
  %118 = fmul float %117, %117
  %119 = call float @llvm.fma.f32(float 0x3FB2043760000000, float %117, float 0xBFBD7A3700000000)
  %120 = call float @llvm.fma.f32(float %119, float %117, float 0x3FBDE4A340000000)
  %121 = call float @llvm.fma.f32(float %120, float %117, float 0xBFBFCBA9E0000000)
  %122 = call float @llvm.fma.f32(float %121, float %117, float 0x3FC23D37E0000000)
  %123 = call float @llvm.fma.f32(float %122, float %117, float 0xBFC555CA00000000)
  %124 = call float @llvm.fma.f32(float %123, float %117, float 0x3FC999D580000000)
  %125 = call float @llvm.fma.f32(float %124, float %117, float 0xBFCFFFFF80000000)
  %126 = call float @llvm.fma.f32(float %125, float %117, float 0x3FD5555540000000)
  %127 = fmul float %126, %117
  %128 = fmul float %127, %118
  %129 = call float @llvm.fma.f32(float %113, float 0xBF2BD01060000000, float %128)
  %130 = call float @llvm.fma.f32(float %118, float -5.000000e-01, float %129)
  %131 = fadd float %117, %130
  %132 = call float @llvm.fma.f32(float %113, float 0x3FE6300000000000, float %131)
  %133 = fmul float -7.500000e-01, %132
  %134 = call float @llvm.maxnum.f32(float %133, float 0xC055D33340000000)
  %135 = call float @llvm.minnum.f32(float %134, float 0x40562CCCC0000000)
  %136 = call float @llvm.fma.f32(float %135, float 0x3FF7154760000000, float 5.000000e-01)
  %137 = call float @llvm.floor.f32(float %136)
  %138 = call float @llvm.fma.f32(float %137, float 0xBFE6300000000000, float %135)
  %139 = call float @llvm.fma.f32(float %137, float 0x3F2BD01060000000, float %138)
  %140 = call float @llvm.fma.f32(float 0x3F2A0D2CE0000000, float %139, float 0x3F56E879C0000000)
  %141 = call float @llvm.fma.f32(float %140, float %139, float 0x3F81112100000000)
  %142 = call float @llvm.fma.f32(float %141, float %139, float 0x3FA5553820000000)
  %143 = call float @llvm.fma.f32(float %142, float %139, float 0x3FC5555540000000)
  %144 = call float @llvm.fma.f32(float %143, float %139, float 5.000000e-01)
  %145 = fmul float %139, %139
  %146 = call float @llvm.fma.f32(float %144, float %145, float %139)
  %147 = fadd float %146, 1.000000e+00
  %148 = fptosi float %137 to i32
  %149 = add i32 %148, 127
  %150 = shl i32 %149, 23
  %151 = bitcast i32 %150 to float
  %152 = fmul float %147, %151
  %153 = getelementptr inbounds float, float* %1, i64 %100
  %154 = load float, float* %153, align 4
  %155 = fmul float %154, %152
  %156 = getelementptr inbounds float, float* %0, i64 %100
  store float %155, float* %156, align 4
  %s.next = add i64 %s, 1
  br label %s.header
}

; Function Attrs: noinline nounwind
define internal void @node8.lrn_2.step0(i8* %0) #3 {
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
  %19 = add i64 256, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 256
  %23 = select i1 %22, i64 %21, i64 256
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 256
  %26 = select i1 %25, i64 %24, i64 256
  call void @node8.lrn_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.lrn_2.nchw8c.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 13
  %8 = sdiv i64 %task, 13
  %9 = srem i64 %8, 32
  %10 = sdiv i64 %8, 32
  %11 = mul i64 %10, 256
  %12 = mul i64 %9, 8
  %13 = add i64 %11, %12
  %14 = mul i64 %task, 104
  br label %w.header

task.exit:                                        ; preds = %task.header
  ret void

w.header:                                         ; preds = %w.body, %task.body
  %w = phi i64 [ 0, %task.body ], [ %w.next, %w.body ]
  %15 = icmp slt i64 %w, 8
  br i1 %15, label %w.body, label %w.exit

w.body:                                           ; preds = %w.header
  %16 = add i64 %13, 0
  %17 = mul i64 %16, 169
  %18 = mul i64 %7, 13
  %19 = add i64 %18, %w
  %20 = add i64 %17, %19
  %21 = getelementptr inbounds float, float* %1, i64 %20
  %22 = bitcast float* %21 to <8 x float>*
  %23 = load <8 x float>, <8 x float>* %22, align 4
  %24 = add i64 %13, 1
  %25 = mul i64 %24, 169
  %26 = mul i64 %7, 13
  %27 = add i64 %26, %w
  %28 = add i64 %25, %27
  %29 = getelementptr inbounds float, float* %1, i64 %28
  %30 = bitcast float* %29 to <8 x float>*
  %31 = load <8 x float>, <8 x float>* %30, align 4
  %32 = add i64 %13, 2
  %33 = mul i64 %32, 169
  %34 = mul i64 %7, 13
  %35 = add i64 %34, %w
  %36 = add i64 %33, %35
  %37 = getelementptr inbounds float, float* %1, i64 %36
  %38 = bitcast float* %37 to <8 x float>*
  %39 = load <8 x float>, <8 x float>* %38, align 4
  %40 = add i64 %13, 3
  %41 = mul i64 %40, 169
  %42 = mul i64 %7, 13
  %43 = add i64 %42, %w
  %44 = add i64 %41, %43
  %45 = getelementptr inbounds float, float* %1, i64 %44
  %46 = bitcast float* %45 to <8 x float>*
  %47 = load <8 x float>, <8 x float>* %46, align 4
  %48 = add i64 %13, 4
  %49 = mul i64 %48, 169
  %50 = mul i64 %7, 13
  %51 = add i64 %50, %w
  %52 = add i64 %49, %51
  %53 = getelementptr inbounds float, float* %1, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = add i64 %13, 5
  %57 = mul i64 %56, 169
  %58 = mul i64 %7, 13
  %59 = add i64 %58, %w
  %60 = add i64 %57, %59
  %61 = getelementptr inbounds float, float* %1, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = add i64 %13, 6
  %65 = mul i64 %64, 169
  %66 = mul i64 %7, 13
  %67 = add i64 %66, %w
  %68 = add i64 %65, %67
  %69 = getelementptr inbounds float, float* %1, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %71 = load <8 x float>, <8 x float>* %70, align 4
  %72 = add i64 %13, 7
  %73 = mul i64 %72, 169
  %74 = mul i64 %7, 13
  %75 = add i64 %74, %w
  %76 = add i64 %73, %75
  %77 = getelementptr inbounds float, float* %1, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %79 = load <8 x float>, <8 x float>* %78, align 4
  %80 = shufflevector <8 x float> %23, <8 x float> %55, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %81 = shufflevector <8 x float> %23, <8 x float> %55, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %82 = shufflevector <8 x float> %31, <8 x float> %63, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %83 = shufflevector <8 x float> %31, <8 x float> %63, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %84 = shufflevector <8 x float> %39, <8 x float> %71, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %85 = shufflevector <8 x float> %39, <8 x float> %71, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %86 = shufflevector <8 x float> %47, <8 x float> %79, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %87 = shufflevector <8 x float> %47, <8 x float> %79, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %88 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %89 = shufflevector <8 x float> %80, <8 x float> %84, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %90 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %91 = shufflevector <8 x float> %81, <8 x float> %85, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %92 = shufflevector <8 x float> %82, <8 x float> %86, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %93 = shufflevector <8 x float> %82, <8 x float> %86, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %94 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %95 = shufflevector <8 x float> %83, <8 x float> %87, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %96 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %97 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %98 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %99 = shufflevector <8 x float> %89, <8 x float> %93, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %100 = shufflevector <8 x float> %90, <8 x float> %94, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %101 = shufflevector <8 x float> %90, <8 x float> %94, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %102 = shufflevector <8 x float> %91, <8 x float> %95, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %103 = shufflevector <8 x float> %91, <8 x float> %95, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %104 = add i64 %w, 0
  %105 = mul i64 %104, 8
  %106 = add i64 %105, 0
  %107 = add i64 %14, %106
  %108 = getelementptr inbounds float, float* %0, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %96, <8 x float>* %109, align 4
  %110 = add i64 %w, 1
  %111 = mul i64 %110, 8
  %112 = add i64 %111, 0
  %113 = add i64 %14, %112
  %114 = getelementptr inbounds float, float* %0, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %97, <8 x float>* %115, align 4
  %116 = add i64 %w, 2
  %117 = mul i64 %116, 8
  %118 = add i64 %117, 0
  %119 = add i64 %14, %118
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %98, <8 x float>* %121, align 4
  %122 = add i64 %w, 3
  %123 = mul i64 %122, 8
  %124 = add i64 %123, 0
  %125 = add i64 %14, %124
  %126 = getelementptr inbounds float, float* %0, i64 %125
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %99, <8 x float>* %127, align 4
  %128 = add i64 %w, 4
  %129 = mul i64 %128, 8
  %130 = add i64 %129, 0
  %131 = add i64 %14, %130
  %132 = getelementptr inbounds float, float* %0, i64 %131
  %133 = bitcast float* %132 to <8 x float>*
  store <8 x float> %100, <8 x float>* %133, align 4
  %134 = add i64 %w, 5
  %135 = mul i64 %134, 8
  %136 = add i64 %135, 0
  %137 = add i64 %14, %136
  %138 = getelementptr inbounds float, float* %0, i64 %137
  %139 = bitcast float* %138 to <8 x float>*
  store <8 x float> %101, <8 x float>* %139, align 4
  %140 = add i64 %w, 6
  %141 = mul i64 %140, 8
  %142 = add i64 %141, 0
  %143 = add i64 %14, %142
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %102, <8 x float>* %145, align 4
  %146 = add i64 %w, 7
  %147 = mul i64 %146, 8
  %148 = add i64 %147, 0
  %149 = add i64 %14, %148
  %150 = getelementptr inbounds float, float* %0, i64 %149
  %151 = bitcast float* %150 to <8 x float>*
  store <8 x float> %103, <8 x float>* %151, align 4
  %w.next = add i64 %w, 8
  br label %w.header

w.exit:                                           ; preds = %w.header
  br label %ws.header

ws.header:                                        ; preds = %ws.body, %w.exit
  %ws = phi i64 [ 8, %w.exit ], [ %ws.next, %ws.body ]
  %152 = icmp slt i64 %ws, 13
  br i1 %152, label %ws.body, label %ws.exit

ws.body:                                          ; preds = %ws.header
  %153 = add i64 %13, 0
  %154 = mul i64 %153, 169
  %155 = mul i64 %7, 13
  %156 = add i64 %155, %ws
  %157 = add i64 %154, %156
  %158 = mul i64 %ws, 8
  %159 = add i64 %158, 0
  %160 = add i64 %14, %159
  %161 = getelementptr inbounds float, float* %1, i64 %157
  %162 = load float, float* %161, align 4
  %163 = getelementptr inbounds float, float* %0, i64 %160
  store float %162, float* %163, align 4
  %164 = add i64 %13, 1
  %165 = mul i64 %164, 169
  %166 = mul i64 %7, 13
  %167 = add i64 %166, %ws
  %168 = add i64 %165, %167
  %169 = mul i64 %ws, 8
  %170 = add i64 %169, 1
  %171 = add i64 %14, %170
  %172 = getelementptr inbounds float, float* %1, i64 %168
  %173 = load float, float* %172, align 4
  %174 = getelementptr inbounds float, float* %0, i64 %171
  store float %173, float* %174, align 4
  %175 = add i64 %13, 2
  %176 = mul i64 %175, 169
  %177 = mul i64 %7, 13
  %178 = add i64 %177, %ws
  %179 = add i64 %176, %178
  %180 = mul i64 %ws, 8
  %181 = add i64 %180, 2
  %182 = add i64 %14, %181
  %183 = getelementptr inbounds float, float* %1, i64 %179
  %184 = load float, float* %183, align 4
  %185 = getelementptr inbounds float, float* %0, i64 %182
  store float %184, float* %185, align 4
  %186 = add i64 %13, 3
  %187 = mul i64 %186, 169
  %188 = mul i64 %7, 13
  %189 = add i64 %188, %ws
  %190 = add i64 %187, %189
  %191 = mul i64 %ws, 8
  %192 = add i64 %191, 3
  %193 = add i64 %14, %192
  %194 = getelementptr inbounds float, float* %1, i64 %190
  %195 = load float, float* %194, align 4
  %196 = getelementptr inbounds float, float* %0, i64 %193
  store float %195, float* %196, align 4
  %197 = add i64 %13, 4
  %198 = mul i64 %197, 169
  %199 = mul i64 %7, 13
  %200 = add i64 %199, %ws
  %201 = add i64 %198, %200
  %202 = mul i64 %ws, 8
  %203 = add i64 %202, 4
  %204 = add i64 %14, %203
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = add i64 %13, 5
  %209 = mul i64 %208, 169
  %210 = mul i64 %7, 13
  %211 = add i64 %210, %ws
  %212 = add i64 %209, %211
  %213 = mul i64 %ws, 8
  %214 = add i64 %213, 5
  %215 = add i64 %14, %214
  %216 = getelementptr inbounds float, float* %1, i64 %212
  %217 = load float, float* %216, align 4
  %218 = getelementptr inbounds float, float* %0, i64 %215
  store float %217, float* %218, align 4
  %219 = add i64 %13, 6
  %220 = mul i64 %219, 169
  %221 = mul i64 %7, 13
  %222 = add i64 %221, %ws
  %223 = add i64 %220, %222
  %224 = mul i64 %ws, 8
  %225 = add i64 %224, 6
  %226 = add i64 %14, %225
  %227 = getelementptr inbounds float, float* %1, i64 %223
  %228 = load float, float* %227, align 4
  %229 = getelementptr inbounds float, float* %0, i64 %226
  store float %228, float* %229, align 4
  %230 = add i64 %13, 7
  %231 = mul i64 %230, 169
  %232 = mul i64 %7, 13
  %233 = add i64 %232, %ws
  %234 = add i64 %231, %233
  %235 = mul i64 %ws, 8
  %236 = add i64 %235, 7
  %237 = add i64 %14, %236
  %238 = getelementptr inbounds float, float* %1, i64 %234
  %239 = load float, float* %238, align 4
  %240 = getelementptr inbounds float, float* %0, i64 %237
  store float %239, float* %240, align 4
  %ws.next = add i64 %ws, 1
  br label %ws.header

ws.exit:                                          ; preds = %ws.header
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node9.lrn_2.nchw8c.step0(i8* %0) #3 {
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
  %19 = add i64 416, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 416
  %23 = select i1 %22, i64 %21, i64 416
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 416
  %26 = select i1 %25, i64 %24, i64 416
  call void @node9.lrn_2.nchw8c.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %13 = icmp slt i64 %8, 13
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 13
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 104
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 416, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 112
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 128, i1 false)
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
define internal void @node10.conv3.step0(i8* %0) #3 {
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
  %19 = add i64 576, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 576
  %23 = select i1 %22, i64 %21, i64 576
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 576
  %26 = select i1 %25, i64 %24, i64 576
  call void @node10.conv3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node10.conv3.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %48 = mul i64 %47, 32
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 256
  %56 = add i64 82944, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 2592, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 2592
  %63 = select i1 %62, i64 %61, i64 2592
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 2592
  %66 = select i1 %65, i64 %64, i64 2592
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 32
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
  br label %tile.header, !llvm.loop !5

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
  br label %column.header, !llvm.loop !6

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
  %219 = mul i64 %row, 24576
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 4096
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 8192
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 12288
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 16384
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 20480
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !7

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !8

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 72
  %241 = mul i64 %240, 4096
  %242 = add i64 82944, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 98304
  %245 = getelementptr inbounds float, float* bitcast ([14155776 x i8]* @weight.conv3.winograd to float*), i64 %244
  %246 = mul i64 %240, 6144
  %247 = add i64 230400, %246
  %248 = srem i64 %task, 72
  %249 = srem i64 %248, 3
  %250 = sdiv i64 %248, 3
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 4096
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
  br label %task.header, !llvm.loop !9

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
  %318 = mul i64 %315, 384
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 384
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 384
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 384
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 384
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 384
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 384
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 384
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
  %453 = mul i64 %450, 384
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 384
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 384
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 384
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 384
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 384
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 384
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 384
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 384
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 384
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 384
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 384
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
  %552 = mul i64 %551, 48
  %553 = mul i64 %552, 1352
  %554 = mul i64 %550, 52
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 384
  %560 = add i64 230400, %559
  %561 = bitcast [192 x float]* %6 to float*
  %562 = icmp eq i64 %550, 3
  br i1 %562, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !10

then19:                                           ; preds = %tile.body16
  %563 = icmp eq i64 %548, 3
  br i1 %563, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %564 = icmp eq i64 %548, 3
  br i1 %564, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !11

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %565 = icmp slt i64 %block, 48
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
  %569 = mul i64 %row28, 36864
  %570 = add i64 %567, %569
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %570, 6144
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %570, 12288
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %570, 18432
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %570, 24576
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %570, 30720
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
  br label %row.header25, !llvm.loop !12

row.exit27:                                       ; preds = %row.header25
  %621 = mul i64 %block, 8
  %622 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %621
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
  br label %block.header, !llvm.loop !13

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %661 = icmp slt i64 %block33, 48
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
  %665 = mul i64 %row37, 36864
  %666 = add i64 %663, %665
  %667 = add i64 %666, 0
  %668 = getelementptr inbounds float, float* %2, i64 %667
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = add i64 %666, 6144
  %672 = getelementptr inbounds float, float* %2, i64 %671
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = add i64 %666, 12288
  %676 = getelementptr inbounds float, float* %2, i64 %675
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = add i64 %666, 18432
  %680 = getelementptr inbounds float, float* %2, i64 %679
  %681 = bitcast float* %680 to <8 x float>*
  %682 = load <8 x float>, <8 x float>* %681, align 4
  %683 = add i64 %666, 24576
  %684 = getelementptr inbounds float, float* %2, i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %666, 30720
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
  br label %row.header34, !llvm.loop !14

row.exit36:                                       ; preds = %row.header34
  %717 = mul i64 %block33, 8
  %718 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %717
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
  br label %block.header30, !llvm.loop !15

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %859 = icmp slt i64 %block46, 48
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
  %863 = mul i64 %row50, 36864
  %864 = add i64 %861, %863
  %865 = add i64 %864, 0
  %866 = getelementptr inbounds float, float* %2, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 %864, 6144
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = bitcast float* %870 to <8 x float>*
  %872 = load <8 x float>, <8 x float>* %871, align 4
  %873 = add i64 %864, 12288
  %874 = getelementptr inbounds float, float* %2, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %864, 18432
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %864, 24576
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = bitcast float* %882 to <8 x float>*
  %884 = load <8 x float>, <8 x float>* %883, align 4
  %885 = add i64 %864, 30720
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
  br label %row.header47, !llvm.loop !16

row.exit49:                                       ; preds = %row.header47
  %915 = mul i64 %block46, 8
  %916 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %915
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
  br label %block.header43, !llvm.loop !17

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %973 = icmp slt i64 %block56, 48
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
  %977 = mul i64 %row60, 36864
  %978 = add i64 %975, %977
  %979 = add i64 %978, 0
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = add i64 %978, 6144
  %984 = getelementptr inbounds float, float* %2, i64 %983
  %985 = bitcast float* %984 to <8 x float>*
  %986 = load <8 x float>, <8 x float>* %985, align 4
  %987 = add i64 %978, 12288
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = add i64 %978, 18432
  %992 = getelementptr inbounds float, float* %2, i64 %991
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = add i64 %978, 24576
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = add i64 %978, 30720
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
  br label %row.header57, !llvm.loop !18

row.exit59:                                       ; preds = %row.header57
  %1029 = mul i64 %block56, 8
  %1030 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv3.bias to float*), i64 %1029
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
  br label %block.header53, !llvm.loop !19
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #5

; Function Attrs: noinline nounwind
define internal void @node10.conv3.step1(i8* %0) #3 {
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
  call void @node10.conv3.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv4.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %13 = icmp slt i64 %8, 13
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 13
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 104
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 416, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 112
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 128, i1 false)
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
define internal void @node11.conv4.step0(i8* %0) #3 {
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
  %19 = add i64 864, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 864
  %23 = select i1 %22, i64 %21, i64 864
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 864
  %26 = select i1 %25, i64 %24, i64 864
  call void @node11.conv4.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node11.conv4.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %48 = mul i64 %47, 48
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 384
  %56 = add i64 124416, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 2592, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 2592
  %63 = select i1 %62, i64 %61, i64 2592
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 2592
  %66 = select i1 %65, i64 %64, i64 2592
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 48
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
  br label %tile.header, !llvm.loop !20

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
  br label %column.header, !llvm.loop !21

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
  %219 = mul i64 %row, 36864
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 6144
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 12288
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 18432
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 24576
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 30720
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !22

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !23

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 72
  %241 = mul i64 %240, 6144
  %242 = add i64 124416, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 147456
  %245 = getelementptr inbounds float, float* bitcast ([21233664 x i8]* @weight.conv4.winograd to float*), i64 %244
  %246 = mul i64 %240, 6144
  %247 = add i64 345600, %246
  %248 = srem i64 %task, 72
  %249 = srem i64 %248, 3
  %250 = sdiv i64 %248, 3
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 6144
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
  br label %task.header, !llvm.loop !24

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 384
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
  %276 = mul i64 %275, 384
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
  %286 = mul i64 %285, 384
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
  %296 = mul i64 %295, 384
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
  %306 = mul i64 %305, 384
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
  %318 = mul i64 %315, 384
  %319 = add i64 %318, %316
  %320 = add i64 %247, %319
  %321 = getelementptr inbounds float, float* %2, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %317, <8 x float>* %322, align 4
  %323 = add i64 %251, 1
  %324 = add i64 %252, 0
  %325 = load <8 x float>, <8 x float>* %25, align 32
  %326 = mul i64 %323, 384
  %327 = add i64 %326, %324
  %328 = add i64 %247, %327
  %329 = getelementptr inbounds float, float* %2, i64 %328
  %330 = bitcast float* %329 to <8 x float>*
  store <8 x float> %325, <8 x float>* %330, align 4
  %331 = add i64 %251, 2
  %332 = add i64 %252, 0
  %333 = load <8 x float>, <8 x float>* %24, align 32
  %334 = mul i64 %331, 384
  %335 = add i64 %334, %332
  %336 = add i64 %247, %335
  %337 = getelementptr inbounds float, float* %2, i64 %336
  %338 = bitcast float* %337 to <8 x float>*
  store <8 x float> %333, <8 x float>* %338, align 4
  %339 = add i64 %251, 3
  %340 = add i64 %252, 0
  %341 = load <8 x float>, <8 x float>* %23, align 32
  %342 = mul i64 %339, 384
  %343 = add i64 %342, %340
  %344 = add i64 %247, %343
  %345 = getelementptr inbounds float, float* %2, i64 %344
  %346 = bitcast float* %345 to <8 x float>*
  store <8 x float> %341, <8 x float>* %346, align 4
  %347 = add i64 %251, 0
  %348 = add i64 %252, 8
  %349 = load <8 x float>, <8 x float>* %22, align 32
  %350 = mul i64 %347, 384
  %351 = add i64 %350, %348
  %352 = add i64 %247, %351
  %353 = getelementptr inbounds float, float* %2, i64 %352
  %354 = bitcast float* %353 to <8 x float>*
  store <8 x float> %349, <8 x float>* %354, align 4
  %355 = add i64 %251, 1
  %356 = add i64 %252, 8
  %357 = load <8 x float>, <8 x float>* %21, align 32
  %358 = mul i64 %355, 384
  %359 = add i64 %358, %356
  %360 = add i64 %247, %359
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %357, <8 x float>* %362, align 4
  %363 = add i64 %251, 2
  %364 = add i64 %252, 8
  %365 = load <8 x float>, <8 x float>* %20, align 32
  %366 = mul i64 %363, 384
  %367 = add i64 %366, %364
  %368 = add i64 %247, %367
  %369 = getelementptr inbounds float, float* %2, i64 %368
  %370 = bitcast float* %369 to <8 x float>*
  store <8 x float> %365, <8 x float>* %370, align 4
  %371 = add i64 %251, 3
  %372 = add i64 %252, 8
  %373 = load <8 x float>, <8 x float>* %19, align 32
  %374 = mul i64 %371, 384
  %375 = add i64 %374, %372
  %376 = add i64 %247, %375
  %377 = getelementptr inbounds float, float* %2, i64 %376
  %378 = bitcast float* %377 to <8 x float>*
  store <8 x float> %373, <8 x float>* %378, align 4
  br label %endif

k.header4:                                        ; preds = %k.body5, %else
  %k7 = phi i64 [ 0, %else ], [ %k.next14, %k.body5 ]
  %379 = icmp slt i64 %k7, 384
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
  %391 = mul i64 %390, 384
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
  %401 = mul i64 %400, 384
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
  %411 = mul i64 %410, 384
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
  %421 = mul i64 %420, 384
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
  %431 = mul i64 %430, 384
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
  %441 = mul i64 %440, 384
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
  %453 = mul i64 %450, 384
  %454 = add i64 %453, %451
  %455 = add i64 %247, %454
  %456 = getelementptr inbounds float, float* %2, i64 %455
  %457 = bitcast float* %456 to <8 x float>*
  store <8 x float> %452, <8 x float>* %457, align 4
  %458 = add i64 %251, 1
  %459 = add i64 %252, 0
  %460 = load <8 x float>, <8 x float>* %17, align 32
  %461 = mul i64 %458, 384
  %462 = add i64 %461, %459
  %463 = add i64 %247, %462
  %464 = getelementptr inbounds float, float* %2, i64 %463
  %465 = bitcast float* %464 to <8 x float>*
  store <8 x float> %460, <8 x float>* %465, align 4
  %466 = add i64 %251, 2
  %467 = add i64 %252, 0
  %468 = load <8 x float>, <8 x float>* %16, align 32
  %469 = mul i64 %466, 384
  %470 = add i64 %469, %467
  %471 = add i64 %247, %470
  %472 = getelementptr inbounds float, float* %2, i64 %471
  %473 = bitcast float* %472 to <8 x float>*
  store <8 x float> %468, <8 x float>* %473, align 4
  %474 = add i64 %251, 3
  %475 = add i64 %252, 0
  %476 = load <8 x float>, <8 x float>* %15, align 32
  %477 = mul i64 %474, 384
  %478 = add i64 %477, %475
  %479 = add i64 %247, %478
  %480 = getelementptr inbounds float, float* %2, i64 %479
  %481 = bitcast float* %480 to <8 x float>*
  store <8 x float> %476, <8 x float>* %481, align 4
  %482 = add i64 %251, 4
  %483 = add i64 %252, 0
  %484 = load <8 x float>, <8 x float>* %14, align 32
  %485 = mul i64 %482, 384
  %486 = add i64 %485, %483
  %487 = add i64 %247, %486
  %488 = getelementptr inbounds float, float* %2, i64 %487
  %489 = bitcast float* %488 to <8 x float>*
  store <8 x float> %484, <8 x float>* %489, align 4
  %490 = add i64 %251, 5
  %491 = add i64 %252, 0
  %492 = load <8 x float>, <8 x float>* %13, align 32
  %493 = mul i64 %490, 384
  %494 = add i64 %493, %491
  %495 = add i64 %247, %494
  %496 = getelementptr inbounds float, float* %2, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %492, <8 x float>* %497, align 4
  %498 = add i64 %251, 0
  %499 = add i64 %252, 8
  %500 = load <8 x float>, <8 x float>* %12, align 32
  %501 = mul i64 %498, 384
  %502 = add i64 %501, %499
  %503 = add i64 %247, %502
  %504 = getelementptr inbounds float, float* %2, i64 %503
  %505 = bitcast float* %504 to <8 x float>*
  store <8 x float> %500, <8 x float>* %505, align 4
  %506 = add i64 %251, 1
  %507 = add i64 %252, 8
  %508 = load <8 x float>, <8 x float>* %11, align 32
  %509 = mul i64 %506, 384
  %510 = add i64 %509, %507
  %511 = add i64 %247, %510
  %512 = getelementptr inbounds float, float* %2, i64 %511
  %513 = bitcast float* %512 to <8 x float>*
  store <8 x float> %508, <8 x float>* %513, align 4
  %514 = add i64 %251, 2
  %515 = add i64 %252, 8
  %516 = load <8 x float>, <8 x float>* %10, align 32
  %517 = mul i64 %514, 384
  %518 = add i64 %517, %515
  %519 = add i64 %247, %518
  %520 = getelementptr inbounds float, float* %2, i64 %519
  %521 = bitcast float* %520 to <8 x float>*
  store <8 x float> %516, <8 x float>* %521, align 4
  %522 = add i64 %251, 3
  %523 = add i64 %252, 8
  %524 = load <8 x float>, <8 x float>* %9, align 32
  %525 = mul i64 %522, 384
  %526 = add i64 %525, %523
  %527 = add i64 %247, %526
  %528 = getelementptr inbounds float, float* %2, i64 %527
  %529 = bitcast float* %528 to <8 x float>*
  store <8 x float> %524, <8 x float>* %529, align 4
  %530 = add i64 %251, 4
  %531 = add i64 %252, 8
  %532 = load <8 x float>, <8 x float>* %8, align 32
  %533 = mul i64 %530, 384
  %534 = add i64 %533, %531
  %535 = add i64 %247, %534
  %536 = getelementptr inbounds float, float* %2, i64 %535
  %537 = bitcast float* %536 to <8 x float>*
  store <8 x float> %532, <8 x float>* %537, align 4
  %538 = add i64 %251, 5
  %539 = add i64 %252, 8
  %540 = load <8 x float>, <8 x float>* %7, align 32
  %541 = mul i64 %538, 384
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
  %552 = mul i64 %551, 48
  %553 = mul i64 %552, 1352
  %554 = mul i64 %550, 52
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 384
  %560 = add i64 345600, %559
  %561 = bitcast [192 x float]* %6 to float*
  %562 = icmp eq i64 %550, 3
  br i1 %562, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !25

then19:                                           ; preds = %tile.body16
  %563 = icmp eq i64 %548, 3
  br i1 %563, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %564 = icmp eq i64 %548, 3
  br i1 %564, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !26

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %565 = icmp slt i64 %block, 48
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
  %569 = mul i64 %row28, 36864
  %570 = add i64 %567, %569
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %570, 6144
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %570, 12288
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %570, 18432
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %570, 24576
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %570, 30720
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
  br label %row.header25, !llvm.loop !27

row.exit27:                                       ; preds = %row.header25
  %621 = mul i64 %block, 8
  %622 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %621
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
  br label %block.header, !llvm.loop !28

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %661 = icmp slt i64 %block33, 48
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
  %665 = mul i64 %row37, 36864
  %666 = add i64 %663, %665
  %667 = add i64 %666, 0
  %668 = getelementptr inbounds float, float* %2, i64 %667
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = add i64 %666, 6144
  %672 = getelementptr inbounds float, float* %2, i64 %671
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = add i64 %666, 12288
  %676 = getelementptr inbounds float, float* %2, i64 %675
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = add i64 %666, 18432
  %680 = getelementptr inbounds float, float* %2, i64 %679
  %681 = bitcast float* %680 to <8 x float>*
  %682 = load <8 x float>, <8 x float>* %681, align 4
  %683 = add i64 %666, 24576
  %684 = getelementptr inbounds float, float* %2, i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %666, 30720
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
  br label %row.header34, !llvm.loop !29

row.exit36:                                       ; preds = %row.header34
  %717 = mul i64 %block33, 8
  %718 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %717
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
  br label %block.header30, !llvm.loop !30

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %859 = icmp slt i64 %block46, 48
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
  %863 = mul i64 %row50, 36864
  %864 = add i64 %861, %863
  %865 = add i64 %864, 0
  %866 = getelementptr inbounds float, float* %2, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 %864, 6144
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = bitcast float* %870 to <8 x float>*
  %872 = load <8 x float>, <8 x float>* %871, align 4
  %873 = add i64 %864, 12288
  %874 = getelementptr inbounds float, float* %2, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %864, 18432
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %864, 24576
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = bitcast float* %882 to <8 x float>*
  %884 = load <8 x float>, <8 x float>* %883, align 4
  %885 = add i64 %864, 30720
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
  br label %row.header47, !llvm.loop !31

row.exit49:                                       ; preds = %row.header47
  %915 = mul i64 %block46, 8
  %916 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %915
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
  br label %block.header43, !llvm.loop !32

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %973 = icmp slt i64 %block56, 48
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
  %977 = mul i64 %row60, 36864
  %978 = add i64 %975, %977
  %979 = add i64 %978, 0
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = add i64 %978, 6144
  %984 = getelementptr inbounds float, float* %2, i64 %983
  %985 = bitcast float* %984 to <8 x float>*
  %986 = load <8 x float>, <8 x float>* %985, align 4
  %987 = add i64 %978, 12288
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = add i64 %978, 18432
  %992 = getelementptr inbounds float, float* %2, i64 %991
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = add i64 %978, 24576
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = add i64 %978, 30720
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
  br label %row.header57, !llvm.loop !33

row.exit59:                                       ; preds = %row.header57
  %1029 = mul i64 %block56, 8
  %1030 = getelementptr inbounds float, float* bitcast ([1536 x i8]* @weight.conv4.bias to float*), i64 %1029
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
  br label %block.header53, !llvm.loop !34
}

; Function Attrs: noinline nounwind
define internal void @node11.conv4.step1(i8* %0) #3 {
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
  call void @node11.conv4.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv5.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %13 = icmp slt i64 %8, 13
  %14 = and i1 %12, %13
  br i1 %14, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %15 = mul i64 %9, 13
  %16 = add i64 %15, %8
  %17 = mul i64 %16, 104
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 32, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 8
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 416, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 112
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 128, i1 false)
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
define internal void @node12.conv5.step0(i8* %0) #3 {
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
  %19 = add i64 864, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 864
  %23 = select i1 %22, i64 %21, i64 864
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 864
  %26 = select i1 %25, i64 %24, i64 864
  call void @node12.conv5.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node12.conv5.step1.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %48 = mul i64 %47, 48
  %49 = mul i64 %48, 2592
  %50 = mul i64 %46, 72
  %51 = mul i64 %44, 4
  %52 = add i64 %50, %51
  %53 = mul i64 %52, 8
  %54 = add i64 %49, %53
  %55 = mul i64 %tile, 384
  %56 = add i64 124416, %55
  %57 = bitcast [288 x float]* %27 to float*
  br label %unit.header

tile.exit:                                        ; preds = %tile.header
  call void @GOMP_barrier()
  %58 = sub i64 %5, 1
  %59 = add i64 1728, %58
  %60 = sdiv i64 %59, %5
  %61 = mul i64 %4, %60
  %62 = icmp slt i64 %61, 1728
  %63 = select i1 %62, i64 %61, i64 1728
  %64 = add i64 %63, %60
  %65 = icmp slt i64 %64, 1728
  %66 = select i1 %65, i64 %64, i64 1728
  br label %task.header

unit.header:                                      ; preds = %row.exit, %tile.body
  %unit = phi i64 [ 0, %tile.body ], [ %unit.next, %row.exit ]
  %67 = icmp slt i64 %unit, 48
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
  br label %tile.header, !llvm.loop !35

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
  br label %column.header, !llvm.loop !36

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
  %219 = mul i64 %row, 36864
  %220 = add i64 %175, %219
  %221 = add i64 %220, 0
  %222 = getelementptr inbounds float, float* %2, i64 %221
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %211, <8 x float>* %223, align 4
  %224 = add i64 %220, 6144
  %225 = getelementptr inbounds float, float* %2, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  store <8 x float> %212, <8 x float>* %226, align 4
  %227 = add i64 %220, 12288
  %228 = getelementptr inbounds float, float* %2, i64 %227
  %229 = bitcast float* %228 to <8 x float>*
  store <8 x float> %213, <8 x float>* %229, align 4
  %230 = add i64 %220, 18432
  %231 = getelementptr inbounds float, float* %2, i64 %230
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %214, <8 x float>* %232, align 4
  %233 = add i64 %220, 24576
  %234 = getelementptr inbounds float, float* %2, i64 %233
  %235 = bitcast float* %234 to <8 x float>*
  store <8 x float> %215, <8 x float>* %235, align 4
  %236 = add i64 %220, 30720
  %237 = getelementptr inbounds float, float* %2, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  store <8 x float> %218, <8 x float>* %238, align 4
  %row.next = add i64 %row, 1
  br label %row.header, !llvm.loop !37

row.exit:                                         ; preds = %row.header
  %unit.next = add i64 %unit, 1
  br label %unit.header, !llvm.loop !38

task.header:                                      ; preds = %endif, %tile.exit
  %task = phi i64 [ %63, %tile.exit ], [ %task.next, %endif ]
  %239 = icmp slt i64 %task, %66
  br i1 %239, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %240 = sdiv i64 %task, 48
  %241 = mul i64 %240, 6144
  %242 = add i64 124416, %241
  %243 = getelementptr inbounds float, float* %2, i64 %242
  %244 = mul i64 %240, 98304
  %245 = getelementptr inbounds float, float* bitcast ([14155776 x i8]* @weight.conv5.winograd to float*), i64 %244
  %246 = mul i64 %240, 4096
  %247 = add i64 345600, %246
  %248 = srem i64 %task, 48
  %249 = srem i64 %248, 3
  %250 = sdiv i64 %248, 3
  %251 = mul i64 %249, 6
  %252 = mul i64 %250, 16
  %253 = mul i64 %250, 6144
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
  br label %task.header, !llvm.loop !39

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %264 = icmp slt i64 %k, 384
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
  %276 = mul i64 %275, 384
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
  %286 = mul i64 %285, 384
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
  %296 = mul i64 %295, 384
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
  %306 = mul i64 %305, 384
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
  %379 = icmp slt i64 %k7, 384
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
  %391 = mul i64 %390, 384
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
  %401 = mul i64 %400, 384
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
  %411 = mul i64 %410, 384
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
  %421 = mul i64 %420, 384
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
  %431 = mul i64 %430, 384
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
  %441 = mul i64 %440, 384
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
  %552 = mul i64 %551, 32
  %553 = mul i64 %552, 1352
  %554 = mul i64 %550, 52
  %555 = mul i64 %548, 4
  %556 = add i64 %554, %555
  %557 = mul i64 %556, 8
  %558 = add i64 %553, %557
  %559 = mul i64 %tile18, 256
  %560 = add i64 345600, %559
  %561 = bitcast [192 x float]* %6 to float*
  %562 = icmp eq i64 %550, 3
  br i1 %562, label %then19, label %else20

tile.exit17:                                      ; preds = %tile.header15
  %group.next = add i64 %group, 1
  br label %group.header, !llvm.loop !40

then19:                                           ; preds = %tile.body16
  %563 = icmp eq i64 %548, 3
  br i1 %563, label %then22, label %else23

else20:                                           ; preds = %tile.body16
  %564 = icmp eq i64 %548, 3
  br i1 %564, label %then40, label %else41

endif21:                                          ; preds = %endif42, %endif24
  %tile.next63 = add i64 %tile18, 1
  br label %tile.header15, !llvm.loop !41

then22:                                           ; preds = %then19
  br label %block.header

else23:                                           ; preds = %then19
  br label %block.header30

endif24:                                          ; preds = %block.exit32, %block.exit
  br label %endif21

block.header:                                     ; preds = %row.exit27, %then22
  %block = phi i64 [ 0, %then22 ], [ %block.next, %row.exit27 ]
  %565 = icmp slt i64 %block, 32
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
  %569 = mul i64 %row28, 24576
  %570 = add i64 %567, %569
  %571 = add i64 %570, 0
  %572 = getelementptr inbounds float, float* %2, i64 %571
  %573 = bitcast float* %572 to <8 x float>*
  %574 = load <8 x float>, <8 x float>* %573, align 4
  %575 = add i64 %570, 4096
  %576 = getelementptr inbounds float, float* %2, i64 %575
  %577 = bitcast float* %576 to <8 x float>*
  %578 = load <8 x float>, <8 x float>* %577, align 4
  %579 = add i64 %570, 8192
  %580 = getelementptr inbounds float, float* %2, i64 %579
  %581 = bitcast float* %580 to <8 x float>*
  %582 = load <8 x float>, <8 x float>* %581, align 4
  %583 = add i64 %570, 12288
  %584 = getelementptr inbounds float, float* %2, i64 %583
  %585 = bitcast float* %584 to <8 x float>*
  %586 = load <8 x float>, <8 x float>* %585, align 4
  %587 = add i64 %570, 16384
  %588 = getelementptr inbounds float, float* %2, i64 %587
  %589 = bitcast float* %588 to <8 x float>*
  %590 = load <8 x float>, <8 x float>* %589, align 4
  %591 = add i64 %570, 20480
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
  br label %row.header25, !llvm.loop !42

row.exit27:                                       ; preds = %row.header25
  %621 = mul i64 %block, 8
  %622 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %621
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
  br label %block.header, !llvm.loop !43

block.header30:                                   ; preds = %row.exit36, %else23
  %block33 = phi i64 [ 0, %else23 ], [ %block.next39, %row.exit36 ]
  %661 = icmp slt i64 %block33, 32
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
  %665 = mul i64 %row37, 24576
  %666 = add i64 %663, %665
  %667 = add i64 %666, 0
  %668 = getelementptr inbounds float, float* %2, i64 %667
  %669 = bitcast float* %668 to <8 x float>*
  %670 = load <8 x float>, <8 x float>* %669, align 4
  %671 = add i64 %666, 4096
  %672 = getelementptr inbounds float, float* %2, i64 %671
  %673 = bitcast float* %672 to <8 x float>*
  %674 = load <8 x float>, <8 x float>* %673, align 4
  %675 = add i64 %666, 8192
  %676 = getelementptr inbounds float, float* %2, i64 %675
  %677 = bitcast float* %676 to <8 x float>*
  %678 = load <8 x float>, <8 x float>* %677, align 4
  %679 = add i64 %666, 12288
  %680 = getelementptr inbounds float, float* %2, i64 %679
  %681 = bitcast float* %680 to <8 x float>*
  %682 = load <8 x float>, <8 x float>* %681, align 4
  %683 = add i64 %666, 16384
  %684 = getelementptr inbounds float, float* %2, i64 %683
  %685 = bitcast float* %684 to <8 x float>*
  %686 = load <8 x float>, <8 x float>* %685, align 4
  %687 = add i64 %666, 20480
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
  br label %row.header34, !llvm.loop !44

row.exit36:                                       ; preds = %row.header34
  %717 = mul i64 %block33, 8
  %718 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %717
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
  br label %block.header30, !llvm.loop !45

then40:                                           ; preds = %else20
  br label %block.header43

else41:                                           ; preds = %else20
  br label %block.header53

endif42:                                          ; preds = %block.exit55, %block.exit45
  br label %endif21

block.header43:                                   ; preds = %row.exit49, %then40
  %block46 = phi i64 [ 0, %then40 ], [ %block.next52, %row.exit49 ]
  %859 = icmp slt i64 %block46, 32
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
  %863 = mul i64 %row50, 24576
  %864 = add i64 %861, %863
  %865 = add i64 %864, 0
  %866 = getelementptr inbounds float, float* %2, i64 %865
  %867 = bitcast float* %866 to <8 x float>*
  %868 = load <8 x float>, <8 x float>* %867, align 4
  %869 = add i64 %864, 4096
  %870 = getelementptr inbounds float, float* %2, i64 %869
  %871 = bitcast float* %870 to <8 x float>*
  %872 = load <8 x float>, <8 x float>* %871, align 4
  %873 = add i64 %864, 8192
  %874 = getelementptr inbounds float, float* %2, i64 %873
  %875 = bitcast float* %874 to <8 x float>*
  %876 = load <8 x float>, <8 x float>* %875, align 4
  %877 = add i64 %864, 12288
  %878 = getelementptr inbounds float, float* %2, i64 %877
  %879 = bitcast float* %878 to <8 x float>*
  %880 = load <8 x float>, <8 x float>* %879, align 4
  %881 = add i64 %864, 16384
  %882 = getelementptr inbounds float, float* %2, i64 %881
  %883 = bitcast float* %882 to <8 x float>*
  %884 = load <8 x float>, <8 x float>* %883, align 4
  %885 = add i64 %864, 20480
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
  br label %row.header47, !llvm.loop !46

row.exit49:                                       ; preds = %row.header47
  %915 = mul i64 %block46, 8
  %916 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %915
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
  br label %block.header43, !llvm.loop !47

block.header53:                                   ; preds = %row.exit59, %else41
  %block56 = phi i64 [ 0, %else41 ], [ %block.next62, %row.exit59 ]
  %973 = icmp slt i64 %block56, 32
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
  %977 = mul i64 %row60, 24576
  %978 = add i64 %975, %977
  %979 = add i64 %978, 0
  %980 = getelementptr inbounds float, float* %2, i64 %979
  %981 = bitcast float* %980 to <8 x float>*
  %982 = load <8 x float>, <8 x float>* %981, align 4
  %983 = add i64 %978, 4096
  %984 = getelementptr inbounds float, float* %2, i64 %983
  %985 = bitcast float* %984 to <8 x float>*
  %986 = load <8 x float>, <8 x float>* %985, align 4
  %987 = add i64 %978, 8192
  %988 = getelementptr inbounds float, float* %2, i64 %987
  %989 = bitcast float* %988 to <8 x float>*
  %990 = load <8 x float>, <8 x float>* %989, align 4
  %991 = add i64 %978, 12288
  %992 = getelementptr inbounds float, float* %2, i64 %991
  %993 = bitcast float* %992 to <8 x float>*
  %994 = load <8 x float>, <8 x float>* %993, align 4
  %995 = add i64 %978, 16384
  %996 = getelementptr inbounds float, float* %2, i64 %995
  %997 = bitcast float* %996 to <8 x float>*
  %998 = load <8 x float>, <8 x float>* %997, align 4
  %999 = add i64 %978, 20480
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
  br label %row.header57, !llvm.loop !48

row.exit59:                                       ; preds = %row.header57
  %1029 = mul i64 %block56, 8
  %1030 = getelementptr inbounds float, float* bitcast ([1024 x i8]* @weight.conv5.bias to float*), i64 %1029
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
  br label %block.header53, !llvm.loop !49
}

; Function Attrs: noinline nounwind
define internal void @node12.conv5.step1(i8* %0) #3 {
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
  call void @node12.conv5.step1.body(float* %4, float* %7, float* %10, i32* %13, i64 %15, i64 %17)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node13.maxPool2d_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %23 = add i64 %22, 3
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
  %123 = mul i64 %r4, 13
  %124 = add i64 %123, 8
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
  %159 = getelementptr inbounds float, float* %20, i64 32
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %158, <8 x float>* %160, align 4
  %161 = load <8 x float>, <8 x float>* %6, align 32
  %162 = getelementptr inbounds float, float* %20, i64 40
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %161, <8 x float>* %163, align 4
  %task.next = add i64 %task, 1
  br label %task.header
}

; Function Attrs: noinline nounwind
define internal void @node13.maxPool2d_3.step0(i8* %0) #3 {
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
  %19 = add i64 192, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 192
  %23 = select i1 %22, i64 %21, i64 192
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 192
  %26 = select i1 %25, i64 %24, i64 192
  call void @node13.maxPool2d_3.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node14.maxPool2d_3.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %ws.exit, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %ws.exit ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = srem i64 %task, 6
  %8 = sdiv i64 %task, 6
  %9 = srem i64 %8, 32
  %10 = sdiv i64 %8, 32
  %11 = mul i64 %10, 256
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
define internal void @node14.maxPool2d_3.nchw.step0(i8* %0) #3 {
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
  %19 = add i64 192, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 192
  %23 = select i1 %22, i64 %21, i64 192
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 192
  %26 = select i1 %25, i64 %24, i64 192
  call void @node14.maxPool2d_3.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node16.fc6.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %17 = mul i64 %14, 294912
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
  %34 = icmp slt i64 %k, 9216
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
  %54 = mul i64 %53, 9216
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
define internal void @node16.fc6.step0(i8* %0) #3 {
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
  call void @node16.fc6.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node17.fc7.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node17.fc7.step0(i8* %0) #3 {
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
  call void @node17.fc7.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node18.fc8.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
define internal void @node18.fc8.step0(i8* %0) #3 {
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
  call void @node18.fc8.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node19.fc8.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #4

; Function Attrs: noinline nounwind
define internal void @node19.fc8.softmax.step0(i8* %0) #3 {
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
  call void @node19.fc8.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @zfnet_run(i8** %0, i8** %1, i8* %2) #6 {
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
  %fresh = call i8* @malloc(i64 5808063)
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
  %17 = call i32 @zfnet_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @zfnet_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
entry:
  %args = alloca [6 x i8*], align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %1, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = bitcast i32* %3 to i8*
  %9 = getelementptr inbounds i8, i8* %2, i64 0
  %10 = getelementptr inbounds i8, i8* %2, i64 4646400
  %11 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %9, i8** %11, align 8
  %12 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %5, i8** %12, align 8
  %13 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %10, i8** %13, align 8
  %14 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %14, align 8
  %15 = bitcast [6 x i8*]* %args to i8*
  call void @node0.conv1.step0(i8* %15)
  %16 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([56448 x i8], [56448 x i8]* @weight.conv1.packed, i32 0, i32 0), i8** %16, align 8
  %17 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([384 x i8], [384 x i8]* @weight.conv1.bias, i32 0, i32 0), i8** %17, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv1.step1, i8* %15, i32 0, i32 0)
  %18 = getelementptr inbounds i8, i8* %2, i64 4646400
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
  %26 = getelementptr inbounds i8, i8* %2, i64 4646400
  %27 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %25, i8** %27, align 8
  %28 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %26, i8** %28, align 8
  %29 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %29, align 8
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %30, align 8
  %31 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node2.maxPool2d_1.nchw.step0, i8* %31, i32 0, i32 0)
  %32 = getelementptr inbounds i8, i8* %2, i64 1161600
  %33 = getelementptr inbounds i8, i8* %2, i64 0
  %34 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %32, i8** %34, align 8
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %33, i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %36, align 8
  %37 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %37, align 8
  %38 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node3.lrn_1.step0, i8* %38, i32 0, i32 0)
  %39 = getelementptr inbounds i8, i8* %2, i64 0
  %40 = getelementptr inbounds i8, i8* %2, i64 1161600
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %39, i8** %41, align 8
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %40, i8** %42, align 8
  %43 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %43, align 8
  %44 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %44, align 8
  %45 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node4.lrn_1.nchw8c.step0, i8* %45, i32 0, i32 0)
  %46 = getelementptr inbounds i8, i8* %2, i64 1161600
  %47 = getelementptr inbounds i8, i8* %2, i64 0
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %46, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %47, i8** %49, align 8
  %50 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %50, align 8
  %51 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %51, align 8
  %52 = bitcast [6 x i8*]* %args to i8*
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([2457600 x i8], [2457600 x i8]* @weight.conv2.packed, i32 0, i32 0), i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([1024 x i8], [1024 x i8]* @weight.conv2.bias, i32 0, i32 0), i8** %54, align 8
  call void @GOMP_parallel(void (i8*)* @node5.conv2.step0, i8* %52, i32 0, i32 0)
  %55 = getelementptr inbounds i8, i8* %2, i64 0
  %56 = getelementptr inbounds i8, i8* %2, i64 1161600
  %57 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %55, i8** %57, align 8
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %56, i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %59, align 8
  %60 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %60, align 8
  %61 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node6.maxPool2d_2.step0, i8* %61, i32 0, i32 0)
  %62 = getelementptr inbounds i8, i8* %2, i64 173056
  %63 = getelementptr inbounds i8, i8* %2, i64 0
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %62, i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %63, i8** %65, align 8
  %66 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %66, align 8
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %67, align 8
  %68 = bitcast [6 x i8*]* %args to i8*
  call void @node7.maxPool2d_2.nchw.step0(i8* %68)
  %69 = getelementptr inbounds i8, i8* %2, i64 0
  %70 = getelementptr inbounds i8, i8* %2, i64 173056
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %69, i8** %71, align 8
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %70, i8** %72, align 8
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %73, align 8
  %74 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %74, align 8
  %75 = bitcast [6 x i8*]* %args to i8*
  call void @GOMP_parallel(void (i8*)* @node8.lrn_2.step0, i8* %75, i32 0, i32 0)
  %76 = getelementptr inbounds i8, i8* %2, i64 1806336
  %77 = getelementptr inbounds i8, i8* %2, i64 0
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %76, i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %77, i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %80, align 8
  %81 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %81, align 8
  %82 = bitcast [6 x i8*]* %args to i8*
  call void @node9.lrn_2.nchw8c.step0(i8* %82)
  %83 = getelementptr inbounds i8, i8* %2, i64 2267136
  %84 = getelementptr inbounds i8, i8* %2, i64 1806336
  %85 = getelementptr inbounds i8, i8* %2, i64 0
  %86 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %83, i8** %86, align 8
  %87 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %84, i8** %87, align 8
  %88 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %85, i8** %88, align 8
  %89 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %89, align 8
  %90 = bitcast [6 x i8*]* %args to i8*
  call void @node10.conv3.step0(i8* %90)
  call void @GOMP_parallel(void (i8*)* @node10.conv3.step1, i8* %90, i32 0, i32 0)
  %91 = getelementptr inbounds i8, i8* %2, i64 2526720
  %92 = getelementptr inbounds i8, i8* %2, i64 2267136
  %93 = getelementptr inbounds i8, i8* %2, i64 0
  %94 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %91, i8** %94, align 8
  %95 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %92, i8** %95, align 8
  %96 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %93, i8** %96, align 8
  %97 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %97, align 8
  %98 = bitcast [6 x i8*]* %args to i8*
  call void @node11.conv4.step0(i8* %98)
  call void @GOMP_parallel(void (i8*)* @node11.conv4.step1, i8* %98, i32 0, i32 0)
  %99 = getelementptr inbounds i8, i8* %2, i64 1972224
  %100 = getelementptr inbounds i8, i8* %2, i64 2526720
  %101 = getelementptr inbounds i8, i8* %2, i64 0
  %102 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %99, i8** %102, align 8
  %103 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %100, i8** %103, align 8
  %104 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* %101, i8** %104, align 8
  %105 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %105, align 8
  %106 = bitcast [6 x i8*]* %args to i8*
  call void @node12.conv5.step0(i8* %106)
  call void @GOMP_parallel(void (i8*)* @node12.conv5.step1, i8* %106, i32 0, i32 0)
  %107 = getelementptr inbounds i8, i8* %2, i64 0
  %108 = getelementptr inbounds i8, i8* %2, i64 1972224
  %109 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %107, i8** %109, align 8
  %110 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %108, i8** %110, align 8
  %111 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %111, align 8
  %112 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %112, align 8
  %113 = bitcast [6 x i8*]* %args to i8*
  call void @node13.maxPool2d_3.step0(i8* %113)
  %114 = getelementptr inbounds i8, i8* %2, i64 36864
  %115 = getelementptr inbounds i8, i8* %2, i64 0
  %116 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %114, i8** %116, align 8
  %117 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %115, i8** %117, align 8
  %118 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %118, align 8
  %119 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %119, align 8
  %120 = bitcast [6 x i8*]* %args to i8*
  call void @node14.maxPool2d_3.nchw.step0(i8* %120)
  %121 = getelementptr inbounds i8, i8* %2, i64 0
  %122 = getelementptr inbounds i8, i8* %2, i64 36864
  %123 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %121, i8** %123, align 8
  %124 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %122, i8** %124, align 8
  %125 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %125, align 8
  %126 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %126, align 8
  %127 = bitcast [6 x i8*]* %args to i8*
  %128 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([150994944 x i8], [150994944 x i8]* @weight.fc6.packed, i32 0, i32 0), i8** %128, align 8
  %129 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.fc6.bias, i32 0, i32 0), i8** %129, align 8
  call void @GOMP_parallel(void (i8*)* @node16.fc6.step0, i8* %127, i32 0, i32 0)
  %130 = getelementptr inbounds i8, i8* %2, i64 16384
  %131 = getelementptr inbounds i8, i8* %2, i64 0
  %132 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %130, i8** %132, align 8
  %133 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %131, i8** %133, align 8
  %134 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %134, align 8
  %135 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %135, align 8
  %136 = bitcast [6 x i8*]* %args to i8*
  %137 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([67108864 x i8], [67108864 x i8]* @weight.fc7.packed, i32 0, i32 0), i8** %137, align 8
  %138 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([16384 x i8], [16384 x i8]* @weight.fc7.bias, i32 0, i32 0), i8** %138, align 8
  call void @GOMP_parallel(void (i8*)* @node17.fc7.step0, i8* %136, i32 0, i32 0)
  %139 = getelementptr inbounds i8, i8* %2, i64 16384
  %140 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %140, align 8
  %141 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %139, i8** %141, align 8
  %142 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %142, align 8
  %143 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %143, align 8
  %144 = bitcast [6 x i8*]* %args to i8*
  %145 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([16384000 x i8], [16384000 x i8]* @weight.fc8.packed, i32 0, i32 0), i8** %145, align 8
  %146 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([4000 x i8], [4000 x i8]* @weight.fc8.bias, i32 0, i32 0), i8** %146, align 8
  call void @GOMP_parallel(void (i8*)* @node18.fc8.step0, i8* %144, i32 0, i32 0)
  %147 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %147, align 8
  %148 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %148, align 8
  %149 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %149, align 8
  %150 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %8, i8** %150, align 8
  %151 = bitcast [6 x i8*]* %args to i8*
  call void @node19.fc8.softmax.step0(i8* %151)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @zfnet_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #7 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @zfnet_workspace_size() #7 {
entry:
  ret i64 5808063
}

; Function Attrs: nounwind
define i32 @zfnet_infer(i8* %0, i8* %1, i8* %2) #7 {
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
  %11 = call i32 @zfnet_run(i8** %7, i8** %10, i8* %2)
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
