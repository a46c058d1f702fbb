; lenet: LLVM IR emitted by dlc 0.2.0 with LLVM 14 for the graph at -O3, before LLVM's passes.
; Weights are declared, not included. Regenerate with: swift run dlc-generate
; ModuleID = 'lenet'
source_filename = "lenet"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@weight.conv2d_1.packed = external constant [800 x i8], align 64
@weight.conv2d_1.bias.padded = external constant [32 x i8], align 64
@weight.conv2d_2.packed = external constant [9600 x i8], align 64
@weight.conv2d_2.bias = external constant [64 x i8], align 64
@weight.dense_1.packed = external constant [192000 x i8], align 64
@weight.dense_1.bias = external constant [480 x i8], align 64
@weight.dense_2.packed = external constant [42240 x i8], align 64
@weight.dense_2.bias = external constant [336 x i8], align 64
@weight.dense_3.packed = external constant [5376 x i8], align 64
@weight.dense_3.bias = external constant [40 x i8], align 64
@dlc.model_name = private unnamed_addr constant [6 x i8] c"lenet\00"
@dlc.version = private unnamed_addr constant [6 x i8] c"0.2.0\00"
@dlc.target = private unnamed_addr constant [30 x i8] c"x86_64-pc-linux-gnu x86-64-v3\00"
@dlc.input0.shape = private constant [4 x i64] [i64 1, i64 1, i64 28, i64 28]
@dlc.input0.name = private unnamed_addr constant [6 x i8] c"image\00"
@dlc.inputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.input0.name, i32 0, i32 0), i32 1, i32 4, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @dlc.input0.shape, i32 0, i32 0), i64 3136 }]
@dlc.output0.shape = private constant [2 x i64] [i64 1, i64 10]
@dlc.output0.name = private unnamed_addr constant [6 x i8] c"probs\00"
@dlc.outputs = private constant [1 x { i8*, i32, i32, i64*, i64 }] [{ i8*, i32, i32, i64*, i64 } { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.output0.name, i32 0, i32 0), i32 1, i32 2, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @dlc.output0.shape, i32 0, i32 0), i64 40 }]
@dlc.model_info = private constant { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 } { i32 1, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.model_name, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @dlc.version, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @dlc.target, i32 0, i32 0), i32 1, i32 1, { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.inputs, i32 0, i32 0), { i8*, i32, i32, i64*, i64 }* getelementptr inbounds ([1 x { i8*, i32, i32, i64*, i64 }], [1 x { i8*, i32, i32, i64*, i64 }]* @dlc.outputs, i32 0, i32 0), i64 11199, i64 416520 }

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
  %7 = srem i64 %task, 32
  %8 = sub i64 %7, 2
  %9 = sdiv i64 %task, 32
  %10 = mul i64 %task, 32
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
  %17 = mul i64 %16, 28
  %18 = getelementptr inbounds float, float* %1, i64 %17
  %19 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %19, i8 0, i64 8, i1 false)
  %20 = getelementptr inbounds float, float* %11, i64 2
  %21 = bitcast float* %20 to i8*
  %22 = bitcast float* %18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %21, i8* align 4 %22, i64 112, i1 false)
  %23 = getelementptr inbounds float, float* %11, i64 30
  %24 = bitcast float* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 8, i1 false)
  br label %endif

else:                                             ; preds = %task.body
  %25 = bitcast float* %11 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %25, i8 0, i64 128, i1 false)
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
  %19 = add i64 32, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 32
  %23 = select i1 %22, i64 %21, i64 32
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 32
  %26 = select i1 %25, i64 %24, i64 32
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
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %next.row = alloca i64, align 8
  %ring = alloca [448 x float], align 64
  %32 = sub i64 %7, 1
  %33 = add i64 14, %32
  %34 = sdiv i64 %33, %7
  %35 = mul i64 %6, %34
  %36 = icmp slt i64 %35, 14
  %37 = select i1 %36, i64 %35, i64 14
  %38 = add i64 %37, %34
  %39 = icmp slt i64 %38, 14
  %40 = select i1 %39, i64 %38, i64 14
  %41 = bitcast [448 x float]* %ring to float*
  br label %item.header

item.header:                                      ; preds = %r.exit35, %entry
  %item = phi i64 [ %37, %entry ], [ %item.next, %r.exit35 ]
  %42 = icmp slt i64 %item, %40
  br i1 %42, label %item.body, label %item.exit

item.body:                                        ; preds = %item.header
  %43 = srem i64 %item, 14
  %44 = sdiv i64 %item, 14
  %45 = srem i64 %44, 1
  %46 = sdiv i64 %44, 1
  %47 = srem i64 %46, 1
  %48 = sdiv i64 %46, 1
  %49 = mul i64 %43, 2
  %50 = sub i64 %49, 0
  %51 = add i64 %50, 2
  %52 = icmp sgt i64 %50, 0
  %53 = select i1 %52, i64 %50, i64 0
  %54 = icmp slt i64 %51, 28
  %55 = select i1 %54, i64 %51, i64 28
  %56 = icmp slt i64 %51, 28
  %57 = select i1 %56, i64 %51, i64 28
  %58 = sub i64 %57, %50
  %59 = icmp eq i64 %item, %37
  %60 = icmp eq i64 %43, 0
  %61 = or i1 %59, %60
  %62 = load i64, i64* %next.row, align 8
  %63 = icmp sgt i64 %62, %53
  %64 = select i1 %63, i64 %62, i64 %53
  %65 = select i1 %61, i64 %53, i64 %64
  store i64 %55, i64* %next.row, align 8
  br label %y.header

item.exit:                                        ; preds = %item.header
  ret void

y.header:                                         ; preds = %kh.exit12, %item.body
  %y = phi i64 [ %65, %item.body ], [ %y.next, %kh.exit12 ]
  %66 = icmp slt i64 %y, %55
  br i1 %66, label %y.body, label %y.exit

y.body:                                           ; preds = %y.header
  %67 = srem i64 %y, 2
  %68 = mul i64 %67, 28
  %69 = mul i64 %y, 1
  %70 = mul i64 %47, 1
  %71 = mul i64 %45, 1
  %72 = add i64 %70, %71
  %73 = mul i64 %48, 1
  %74 = mul i64 %47, 1
  %75 = add i64 %73, %74
  %76 = mul i64 %75, 1024
  %77 = mul i64 %72, 200
  %78 = mul i64 %69, 32
  br label %x.header

y.exit:                                           ; preds = %y.header
  %79 = mul i64 %47, 1
  %80 = mul i64 %45, 1
  %81 = add i64 %79, %80
  %82 = mul i64 %48, 1
  %83 = add i64 %82, %81
  %84 = add i64 %83, 0
  %85 = mul i64 %84, 14
  %86 = add i64 %85, %43
  %87 = mul i64 %86, 112
  %88 = getelementptr inbounds float, float* %0, i64 %87
  %89 = getelementptr inbounds float, float* %41, i64 0
  %90 = mul i64 %43, 2
  %91 = sub i64 %90, 0
  %92 = add i64 %91, 2
  %93 = icmp sgt i64 %91, 0
  %94 = select i1 %93, i64 %91, i64 0
  %95 = icmp slt i64 %92, 28
  %96 = select i1 %95, i64 %92, i64 28
  %97 = icmp slt i64 %92, 28
  %98 = select i1 %97, i64 %92, i64 28
  %99 = sub i64 %98, %91
  br label %x.header28

x.header:                                         ; preds = %kh.exit, %y.body
  %x = phi i64 [ 0, %y.body ], [ %x.next, %kh.exit ]
  %100 = icmp slt i64 %x, 20
  br i1 %100, label %x.body, label %x.exit

x.body:                                           ; preds = %x.header
  %101 = add i64 %68, %x
  %102 = add i64 %101, 0
  %103 = mul i64 %102, 8
  %104 = add i64 0, %103
  %105 = add i64 %101, 1
  %106 = mul i64 %105, 8
  %107 = add i64 0, %106
  %108 = add i64 %101, 2
  %109 = mul i64 %108, 8
  %110 = add i64 0, %109
  %111 = add i64 %101, 3
  %112 = mul i64 %111, 8
  %113 = add i64 0, %112
  %114 = add i64 %101, 4
  %115 = mul i64 %114, 8
  %116 = add i64 0, %115
  %117 = add i64 %101, 5
  %118 = mul i64 %117, 8
  %119 = add i64 0, %118
  %120 = add i64 %101, 6
  %121 = mul i64 %120, 8
  %122 = add i64 0, %121
  %123 = add i64 %101, 7
  %124 = mul i64 %123, 8
  %125 = add i64 0, %124
  %126 = add i64 %101, 8
  %127 = mul i64 %126, 8
  %128 = add i64 0, %127
  %129 = add i64 %101, 9
  %130 = mul i64 %129, 8
  %131 = add i64 0, %130
  %132 = add i64 %72, 0
  %133 = mul i64 %132, 8
  %134 = getelementptr inbounds float, float* %5, i64 %133
  %135 = bitcast float* %134 to <8 x float>*
  %136 = load <8 x float>, <8 x float>* %135, align 4
  store <8 x float> %136, <8 x float>* %31, align 32
  store <8 x float> %136, <8 x float>* %30, align 32
  store <8 x float> %136, <8 x float>* %29, align 32
  store <8 x float> %136, <8 x float>* %28, align 32
  store <8 x float> %136, <8 x float>* %27, align 32
  store <8 x float> %136, <8 x float>* %26, align 32
  store <8 x float> %136, <8 x float>* %25, align 32
  store <8 x float> %136, <8 x float>* %24, align 32
  store <8 x float> %136, <8 x float>* %23, align 32
  store <8 x float> %136, <8 x float>* %22, align 32
  %137 = mul i64 %x, 1
  %138 = add i64 %78, %137
  %139 = add i64 %76, %138
  %140 = add i64 %139, 0
  %141 = add i64 %77, 0
  br label %kh.header

x.exit:                                           ; preds = %x.header
  %142 = add i64 %68, 20
  %143 = add i64 %142, 0
  %144 = mul i64 %143, 8
  %145 = add i64 0, %144
  %146 = add i64 %142, 1
  %147 = mul i64 %146, 8
  %148 = add i64 0, %147
  %149 = add i64 %142, 2
  %150 = mul i64 %149, 8
  %151 = add i64 0, %150
  %152 = add i64 %142, 3
  %153 = mul i64 %152, 8
  %154 = add i64 0, %153
  %155 = add i64 %142, 4
  %156 = mul i64 %155, 8
  %157 = add i64 0, %156
  %158 = add i64 %142, 5
  %159 = mul i64 %158, 8
  %160 = add i64 0, %159
  %161 = add i64 %142, 6
  %162 = mul i64 %161, 8
  %163 = add i64 0, %162
  %164 = add i64 %142, 7
  %165 = mul i64 %164, 8
  %166 = add i64 0, %165
  %167 = add i64 %72, 0
  %168 = mul i64 %167, 8
  %169 = getelementptr inbounds float, float* %5, i64 %168
  %170 = bitcast float* %169 to <8 x float>*
  %171 = load <8 x float>, <8 x float>* %170, align 4
  store <8 x float> %171, <8 x float>* %21, align 32
  store <8 x float> %171, <8 x float>* %20, align 32
  store <8 x float> %171, <8 x float>* %19, align 32
  store <8 x float> %171, <8 x float>* %18, align 32
  store <8 x float> %171, <8 x float>* %17, align 32
  store <8 x float> %171, <8 x float>* %16, align 32
  store <8 x float> %171, <8 x float>* %15, align 32
  store <8 x float> %171, <8 x float>* %14, align 32
  %172 = add i64 %78, 20
  %173 = add i64 %76, %172
  %174 = add i64 %173, 0
  %175 = add i64 %77, 0
  br label %kh.header10

kh.header:                                        ; preds = %kw.exit, %x.body
  %kh = phi i64 [ 0, %x.body ], [ %kh.next, %kw.exit ]
  %176 = icmp slt i64 %kh, 5
  br i1 %176, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %177 = mul i64 %kh, 32
  %178 = add i64 %140, %177
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %179 = load <8 x float>, <8 x float>* %31, align 32
  %180 = fcmp olt <8 x float> %179, zeroinitializer
  %181 = select <8 x i1> %180, <8 x float> zeroinitializer, <8 x float> %179
  %182 = getelementptr inbounds float, float* %41, i64 %104
  %183 = bitcast float* %182 to <8 x float>*
  store <8 x float> %181, <8 x float>* %183, align 4
  %184 = load <8 x float>, <8 x float>* %30, align 32
  %185 = fcmp olt <8 x float> %184, zeroinitializer
  %186 = select <8 x i1> %185, <8 x float> zeroinitializer, <8 x float> %184
  %187 = getelementptr inbounds float, float* %41, i64 %107
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %186, <8 x float>* %188, align 4
  %189 = load <8 x float>, <8 x float>* %29, align 32
  %190 = fcmp olt <8 x float> %189, zeroinitializer
  %191 = select <8 x i1> %190, <8 x float> zeroinitializer, <8 x float> %189
  %192 = getelementptr inbounds float, float* %41, i64 %110
  %193 = bitcast float* %192 to <8 x float>*
  store <8 x float> %191, <8 x float>* %193, align 4
  %194 = load <8 x float>, <8 x float>* %28, align 32
  %195 = fcmp olt <8 x float> %194, zeroinitializer
  %196 = select <8 x i1> %195, <8 x float> zeroinitializer, <8 x float> %194
  %197 = getelementptr inbounds float, float* %41, i64 %113
  %198 = bitcast float* %197 to <8 x float>*
  store <8 x float> %196, <8 x float>* %198, align 4
  %199 = load <8 x float>, <8 x float>* %27, align 32
  %200 = fcmp olt <8 x float> %199, zeroinitializer
  %201 = select <8 x i1> %200, <8 x float> zeroinitializer, <8 x float> %199
  %202 = getelementptr inbounds float, float* %41, i64 %116
  %203 = bitcast float* %202 to <8 x float>*
  store <8 x float> %201, <8 x float>* %203, align 4
  %204 = load <8 x float>, <8 x float>* %26, align 32
  %205 = fcmp olt <8 x float> %204, zeroinitializer
  %206 = select <8 x i1> %205, <8 x float> zeroinitializer, <8 x float> %204
  %207 = getelementptr inbounds float, float* %41, i64 %119
  %208 = bitcast float* %207 to <8 x float>*
  store <8 x float> %206, <8 x float>* %208, align 4
  %209 = load <8 x float>, <8 x float>* %25, align 32
  %210 = fcmp olt <8 x float> %209, zeroinitializer
  %211 = select <8 x i1> %210, <8 x float> zeroinitializer, <8 x float> %209
  %212 = getelementptr inbounds float, float* %41, i64 %122
  %213 = bitcast float* %212 to <8 x float>*
  store <8 x float> %211, <8 x float>* %213, align 4
  %214 = load <8 x float>, <8 x float>* %24, align 32
  %215 = fcmp olt <8 x float> %214, zeroinitializer
  %216 = select <8 x i1> %215, <8 x float> zeroinitializer, <8 x float> %214
  %217 = getelementptr inbounds float, float* %41, i64 %125
  %218 = bitcast float* %217 to <8 x float>*
  store <8 x float> %216, <8 x float>* %218, align 4
  %219 = load <8 x float>, <8 x float>* %23, align 32
  %220 = fcmp olt <8 x float> %219, zeroinitializer
  %221 = select <8 x i1> %220, <8 x float> zeroinitializer, <8 x float> %219
  %222 = getelementptr inbounds float, float* %41, i64 %128
  %223 = bitcast float* %222 to <8 x float>*
  store <8 x float> %221, <8 x float>* %223, align 4
  %224 = load <8 x float>, <8 x float>* %22, align 32
  %225 = fcmp olt <8 x float> %224, zeroinitializer
  %226 = select <8 x i1> %225, <8 x float> zeroinitializer, <8 x float> %224
  %227 = getelementptr inbounds float, float* %41, i64 %131
  %228 = bitcast float* %227 to <8 x float>*
  store <8 x float> %226, <8 x float>* %228, align 4
  %x.next = add i64 %x, 10
  br label %x.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %229 = icmp slt i64 %kw, 5
  br i1 %229, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %230 = mul i64 %kw, 1
  %231 = add i64 %178, %230
  %232 = mul i64 %kh, 5
  %233 = add i64 %232, %kw
  %234 = mul i64 %233, 8
  %235 = add i64 %141, %234
  %236 = add i64 %235, 0
  %237 = getelementptr inbounds float, float* %4, i64 %236
  %238 = bitcast float* %237 to <8 x float>*
  %239 = load <8 x float>, <8 x float>* %238, align 4
  %240 = add i64 %231, 0
  %241 = getelementptr inbounds float, float* %2, i64 %240
  %242 = load float, float* %241, align 4
  %243 = insertelement <8 x float> undef, float %242, i32 0
  %splat = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %31, align 32
  %245 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %239, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %31, align 32
  %246 = add i64 %231, 1
  %247 = getelementptr inbounds float, float* %2, i64 %246
  %248 = load float, float* %247, align 4
  %249 = insertelement <8 x float> undef, float %248, i32 0
  %splat1 = shufflevector <8 x float> %249, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %30, align 32
  %251 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %239, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %30, align 32
  %252 = add i64 %231, 2
  %253 = getelementptr inbounds float, float* %2, i64 %252
  %254 = load float, float* %253, align 4
  %255 = insertelement <8 x float> undef, float %254, i32 0
  %splat2 = shufflevector <8 x float> %255, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %29, align 32
  %257 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %239, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %29, align 32
  %258 = add i64 %231, 3
  %259 = getelementptr inbounds float, float* %2, i64 %258
  %260 = load float, float* %259, align 4
  %261 = insertelement <8 x float> undef, float %260, i32 0
  %splat3 = shufflevector <8 x float> %261, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %28, align 32
  %263 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %239, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %28, align 32
  %264 = add i64 %231, 4
  %265 = getelementptr inbounds float, float* %2, i64 %264
  %266 = load float, float* %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %splat4 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %27, align 32
  %269 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %239, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %27, align 32
  %270 = add i64 %231, 5
  %271 = getelementptr inbounds float, float* %2, i64 %270
  %272 = load float, float* %271, align 4
  %273 = insertelement <8 x float> undef, float %272, i32 0
  %splat5 = shufflevector <8 x float> %273, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %26, align 32
  %275 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %239, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %26, align 32
  %276 = add i64 %231, 6
  %277 = getelementptr inbounds float, float* %2, i64 %276
  %278 = load float, float* %277, align 4
  %279 = insertelement <8 x float> undef, float %278, i32 0
  %splat6 = shufflevector <8 x float> %279, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %25, align 32
  %281 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat6, <8 x float> %239, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %25, align 32
  %282 = add i64 %231, 7
  %283 = getelementptr inbounds float, float* %2, i64 %282
  %284 = load float, float* %283, align 4
  %285 = insertelement <8 x float> undef, float %284, i32 0
  %splat7 = shufflevector <8 x float> %285, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %24, align 32
  %287 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat7, <8 x float> %239, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %24, align 32
  %288 = add i64 %231, 8
  %289 = getelementptr inbounds float, float* %2, i64 %288
  %290 = load float, float* %289, align 4
  %291 = insertelement <8 x float> undef, float %290, i32 0
  %splat8 = shufflevector <8 x float> %291, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %23, align 32
  %293 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat8, <8 x float> %239, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %23, align 32
  %294 = add i64 %231, 9
  %295 = getelementptr inbounds float, float* %2, i64 %294
  %296 = load float, float* %295, align 4
  %297 = insertelement <8 x float> undef, float %296, i32 0
  %splat9 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %22, align 32
  %299 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat9, <8 x float> %239, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %22, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !0

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

kh.header10:                                      ; preds = %kw.exit16, %x.exit
  %kh13 = phi i64 [ 0, %x.exit ], [ %kh.next27, %kw.exit16 ]
  %300 = icmp slt i64 %kh13, 5
  br i1 %300, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %301 = mul i64 %kh13, 32
  %302 = add i64 %174, %301
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %303 = load <8 x float>, <8 x float>* %21, align 32
  %304 = fcmp olt <8 x float> %303, zeroinitializer
  %305 = select <8 x i1> %304, <8 x float> zeroinitializer, <8 x float> %303
  %306 = getelementptr inbounds float, float* %41, i64 %145
  %307 = bitcast float* %306 to <8 x float>*
  store <8 x float> %305, <8 x float>* %307, align 4
  %308 = load <8 x float>, <8 x float>* %20, align 32
  %309 = fcmp olt <8 x float> %308, zeroinitializer
  %310 = select <8 x i1> %309, <8 x float> zeroinitializer, <8 x float> %308
  %311 = getelementptr inbounds float, float* %41, i64 %148
  %312 = bitcast float* %311 to <8 x float>*
  store <8 x float> %310, <8 x float>* %312, align 4
  %313 = load <8 x float>, <8 x float>* %19, align 32
  %314 = fcmp olt <8 x float> %313, zeroinitializer
  %315 = select <8 x i1> %314, <8 x float> zeroinitializer, <8 x float> %313
  %316 = getelementptr inbounds float, float* %41, i64 %151
  %317 = bitcast float* %316 to <8 x float>*
  store <8 x float> %315, <8 x float>* %317, align 4
  %318 = load <8 x float>, <8 x float>* %18, align 32
  %319 = fcmp olt <8 x float> %318, zeroinitializer
  %320 = select <8 x i1> %319, <8 x float> zeroinitializer, <8 x float> %318
  %321 = getelementptr inbounds float, float* %41, i64 %154
  %322 = bitcast float* %321 to <8 x float>*
  store <8 x float> %320, <8 x float>* %322, align 4
  %323 = load <8 x float>, <8 x float>* %17, align 32
  %324 = fcmp olt <8 x float> %323, zeroinitializer
  %325 = select <8 x i1> %324, <8 x float> zeroinitializer, <8 x float> %323
  %326 = getelementptr inbounds float, float* %41, i64 %157
  %327 = bitcast float* %326 to <8 x float>*
  store <8 x float> %325, <8 x float>* %327, align 4
  %328 = load <8 x float>, <8 x float>* %16, align 32
  %329 = fcmp olt <8 x float> %328, zeroinitializer
  %330 = select <8 x i1> %329, <8 x float> zeroinitializer, <8 x float> %328
  %331 = getelementptr inbounds float, float* %41, i64 %160
  %332 = bitcast float* %331 to <8 x float>*
  store <8 x float> %330, <8 x float>* %332, align 4
  %333 = load <8 x float>, <8 x float>* %15, align 32
  %334 = fcmp olt <8 x float> %333, zeroinitializer
  %335 = select <8 x i1> %334, <8 x float> zeroinitializer, <8 x float> %333
  %336 = getelementptr inbounds float, float* %41, i64 %163
  %337 = bitcast float* %336 to <8 x float>*
  store <8 x float> %335, <8 x float>* %337, align 4
  %338 = load <8 x float>, <8 x float>* %14, align 32
  %339 = fcmp olt <8 x float> %338, zeroinitializer
  %340 = select <8 x i1> %339, <8 x float> zeroinitializer, <8 x float> %338
  %341 = getelementptr inbounds float, float* %41, i64 %166
  %342 = bitcast float* %341 to <8 x float>*
  store <8 x float> %340, <8 x float>* %342, align 4
  %y.next = add i64 %y, 1
  br label %y.header

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next26, %kw.body15 ]
  %343 = icmp slt i64 %kw17, 5
  br i1 %343, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %344 = mul i64 %kw17, 1
  %345 = add i64 %302, %344
  %346 = mul i64 %kh13, 5
  %347 = add i64 %346, %kw17
  %348 = mul i64 %347, 8
  %349 = add i64 %175, %348
  %350 = add i64 %349, 0
  %351 = getelementptr inbounds float, float* %4, i64 %350
  %352 = bitcast float* %351 to <8 x float>*
  %353 = load <8 x float>, <8 x float>* %352, align 4
  %354 = add i64 %345, 0
  %355 = getelementptr inbounds float, float* %2, i64 %354
  %356 = load float, float* %355, align 4
  %357 = insertelement <8 x float> undef, float %356, i32 0
  %splat18 = shufflevector <8 x float> %357, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %21, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %353, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %21, align 32
  %360 = add i64 %345, 1
  %361 = getelementptr inbounds float, float* %2, i64 %360
  %362 = load float, float* %361, align 4
  %363 = insertelement <8 x float> undef, float %362, i32 0
  %splat19 = shufflevector <8 x float> %363, <8 x float> undef, <8 x i32> zeroinitializer
  %364 = load <8 x float>, <8 x float>* %20, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %353, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %20, align 32
  %366 = add i64 %345, 2
  %367 = getelementptr inbounds float, float* %2, i64 %366
  %368 = load float, float* %367, align 4
  %369 = insertelement <8 x float> undef, float %368, i32 0
  %splat20 = shufflevector <8 x float> %369, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %19, align 32
  %371 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %353, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %19, align 32
  %372 = add i64 %345, 3
  %373 = getelementptr inbounds float, float* %2, i64 %372
  %374 = load float, float* %373, align 4
  %375 = insertelement <8 x float> undef, float %374, i32 0
  %splat21 = shufflevector <8 x float> %375, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %18, align 32
  %377 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %353, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %18, align 32
  %378 = add i64 %345, 4
  %379 = getelementptr inbounds float, float* %2, i64 %378
  %380 = load float, float* %379, align 4
  %381 = insertelement <8 x float> undef, float %380, i32 0
  %splat22 = shufflevector <8 x float> %381, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %17, align 32
  %383 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %353, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %17, align 32
  %384 = add i64 %345, 5
  %385 = getelementptr inbounds float, float* %2, i64 %384
  %386 = load float, float* %385, align 4
  %387 = insertelement <8 x float> undef, float %386, i32 0
  %splat23 = shufflevector <8 x float> %387, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %16, align 32
  %389 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %353, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %16, align 32
  %390 = add i64 %345, 6
  %391 = getelementptr inbounds float, float* %2, i64 %390
  %392 = load float, float* %391, align 4
  %393 = insertelement <8 x float> undef, float %392, i32 0
  %splat24 = shufflevector <8 x float> %393, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %15, align 32
  %395 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat24, <8 x float> %353, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %15, align 32
  %396 = add i64 %345, 7
  %397 = getelementptr inbounds float, float* %2, i64 %396
  %398 = load float, float* %397, align 4
  %399 = insertelement <8 x float> undef, float %398, i32 0
  %splat25 = shufflevector <8 x float> %399, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %14, align 32
  %401 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat25, <8 x float> %353, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %14, align 32
  %kw.next26 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !2

kw.exit16:                                        ; preds = %kw.header14
  %kh.next27 = add i64 %kh13, 1
  br label %kh.header10

x.header28:                                       ; preds = %r.exit, %y.exit
  %x31 = phi i64 [ 0, %y.exit ], [ %x.next32, %r.exit ]
  %402 = icmp slt i64 %x31, 12
  br i1 %402, label %x.body29, label %x.exit30

x.body29:                                         ; preds = %x.header28
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %13, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %12, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %11, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %10, align 32
  %403 = mul i64 %x31, 2
  %404 = sub i64 %403, 0
  br label %r.header

x.exit30:                                         ; preds = %x.header28
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %9, align 32
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %8, align 32
  br label %r.header33

r.header:                                         ; preds = %r.body, %x.body29
  %r = phi i64 [ %94, %x.body29 ], [ %r.next, %r.body ]
  %405 = icmp slt i64 %r, %96
  br i1 %405, label %r.body, label %r.exit

r.body:                                           ; preds = %r.header
  %406 = srem i64 %r, 2
  %407 = mul i64 %406, 28
  %408 = add i64 %407, %404
  %409 = mul i64 %408, 8
  %410 = load <8 x float>, <8 x float>* %13, align 32
  %411 = add i64 %409, 0
  %412 = getelementptr inbounds float, float* %89, i64 %411
  %413 = bitcast float* %412 to <8 x float>*
  %414 = load <8 x float>, <8 x float>* %413, align 4
  %415 = fcmp ogt <8 x float> %410, %414
  %416 = select <8 x i1> %415, <8 x float> %410, <8 x float> %414
  %417 = fcmp uno <8 x float> %410, %410
  %418 = select <8 x i1> %417, <8 x float> %410, <8 x float> %416
  %419 = add i64 %409, 8
  %420 = getelementptr inbounds float, float* %89, i64 %419
  %421 = bitcast float* %420 to <8 x float>*
  %422 = load <8 x float>, <8 x float>* %421, align 4
  %423 = fcmp ogt <8 x float> %418, %422
  %424 = select <8 x i1> %423, <8 x float> %418, <8 x float> %422
  %425 = fcmp uno <8 x float> %418, %418
  %426 = select <8 x i1> %425, <8 x float> %418, <8 x float> %424
  store <8 x float> %426, <8 x float>* %13, align 32
  %427 = load <8 x float>, <8 x float>* %12, align 32
  %428 = add i64 %409, 16
  %429 = getelementptr inbounds float, float* %89, i64 %428
  %430 = bitcast float* %429 to <8 x float>*
  %431 = load <8 x float>, <8 x float>* %430, align 4
  %432 = fcmp ogt <8 x float> %427, %431
  %433 = select <8 x i1> %432, <8 x float> %427, <8 x float> %431
  %434 = fcmp uno <8 x float> %427, %427
  %435 = select <8 x i1> %434, <8 x float> %427, <8 x float> %433
  %436 = add i64 %409, 24
  %437 = getelementptr inbounds float, float* %89, i64 %436
  %438 = bitcast float* %437 to <8 x float>*
  %439 = load <8 x float>, <8 x float>* %438, align 4
  %440 = fcmp ogt <8 x float> %435, %439
  %441 = select <8 x i1> %440, <8 x float> %435, <8 x float> %439
  %442 = fcmp uno <8 x float> %435, %435
  %443 = select <8 x i1> %442, <8 x float> %435, <8 x float> %441
  store <8 x float> %443, <8 x float>* %12, align 32
  %444 = load <8 x float>, <8 x float>* %11, align 32
  %445 = add i64 %409, 32
  %446 = getelementptr inbounds float, float* %89, i64 %445
  %447 = bitcast float* %446 to <8 x float>*
  %448 = load <8 x float>, <8 x float>* %447, align 4
  %449 = fcmp ogt <8 x float> %444, %448
  %450 = select <8 x i1> %449, <8 x float> %444, <8 x float> %448
  %451 = fcmp uno <8 x float> %444, %444
  %452 = select <8 x i1> %451, <8 x float> %444, <8 x float> %450
  %453 = add i64 %409, 40
  %454 = getelementptr inbounds float, float* %89, i64 %453
  %455 = bitcast float* %454 to <8 x float>*
  %456 = load <8 x float>, <8 x float>* %455, align 4
  %457 = fcmp ogt <8 x float> %452, %456
  %458 = select <8 x i1> %457, <8 x float> %452, <8 x float> %456
  %459 = fcmp uno <8 x float> %452, %452
  %460 = select <8 x i1> %459, <8 x float> %452, <8 x float> %458
  store <8 x float> %460, <8 x float>* %11, align 32
  %461 = load <8 x float>, <8 x float>* %10, align 32
  %462 = add i64 %409, 48
  %463 = getelementptr inbounds float, float* %89, i64 %462
  %464 = bitcast float* %463 to <8 x float>*
  %465 = load <8 x float>, <8 x float>* %464, align 4
  %466 = fcmp ogt <8 x float> %461, %465
  %467 = select <8 x i1> %466, <8 x float> %461, <8 x float> %465
  %468 = fcmp uno <8 x float> %461, %461
  %469 = select <8 x i1> %468, <8 x float> %461, <8 x float> %467
  %470 = add i64 %409, 56
  %471 = getelementptr inbounds float, float* %89, i64 %470
  %472 = bitcast float* %471 to <8 x float>*
  %473 = load <8 x float>, <8 x float>* %472, align 4
  %474 = fcmp ogt <8 x float> %469, %473
  %475 = select <8 x i1> %474, <8 x float> %469, <8 x float> %473
  %476 = fcmp uno <8 x float> %469, %469
  %477 = select <8 x i1> %476, <8 x float> %469, <8 x float> %475
  store <8 x float> %477, <8 x float>* %10, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %478 = load <8 x float>, <8 x float>* %13, align 32
  %479 = add i64 %x31, 0
  %480 = mul i64 %479, 8
  %481 = getelementptr inbounds float, float* %88, i64 %480
  %482 = bitcast float* %481 to <8 x float>*
  store <8 x float> %478, <8 x float>* %482, align 4
  %483 = load <8 x float>, <8 x float>* %12, align 32
  %484 = add i64 %x31, 1
  %485 = mul i64 %484, 8
  %486 = getelementptr inbounds float, float* %88, i64 %485
  %487 = bitcast float* %486 to <8 x float>*
  store <8 x float> %483, <8 x float>* %487, align 4
  %488 = load <8 x float>, <8 x float>* %11, align 32
  %489 = add i64 %x31, 2
  %490 = mul i64 %489, 8
  %491 = getelementptr inbounds float, float* %88, i64 %490
  %492 = bitcast float* %491 to <8 x float>*
  store <8 x float> %488, <8 x float>* %492, align 4
  %493 = load <8 x float>, <8 x float>* %10, align 32
  %494 = add i64 %x31, 3
  %495 = mul i64 %494, 8
  %496 = getelementptr inbounds float, float* %88, i64 %495
  %497 = bitcast float* %496 to <8 x float>*
  store <8 x float> %493, <8 x float>* %497, align 4
  %x.next32 = add i64 %x31, 4
  br label %x.header28

r.header33:                                       ; preds = %r.body34, %x.exit30
  %r36 = phi i64 [ %94, %x.exit30 ], [ %r.next37, %r.body34 ]
  %498 = icmp slt i64 %r36, %96
  br i1 %498, label %r.body34, label %r.exit35

r.body34:                                         ; preds = %r.header33
  %499 = srem i64 %r36, 2
  %500 = mul i64 %499, 28
  %501 = add i64 %500, 24
  %502 = mul i64 %501, 8
  %503 = load <8 x float>, <8 x float>* %9, align 32
  %504 = add i64 %502, 0
  %505 = getelementptr inbounds float, float* %89, i64 %504
  %506 = bitcast float* %505 to <8 x float>*
  %507 = load <8 x float>, <8 x float>* %506, align 4
  %508 = fcmp ogt <8 x float> %503, %507
  %509 = select <8 x i1> %508, <8 x float> %503, <8 x float> %507
  %510 = fcmp uno <8 x float> %503, %503
  %511 = select <8 x i1> %510, <8 x float> %503, <8 x float> %509
  %512 = add i64 %502, 8
  %513 = getelementptr inbounds float, float* %89, i64 %512
  %514 = bitcast float* %513 to <8 x float>*
  %515 = load <8 x float>, <8 x float>* %514, align 4
  %516 = fcmp ogt <8 x float> %511, %515
  %517 = select <8 x i1> %516, <8 x float> %511, <8 x float> %515
  %518 = fcmp uno <8 x float> %511, %511
  %519 = select <8 x i1> %518, <8 x float> %511, <8 x float> %517
  store <8 x float> %519, <8 x float>* %9, align 32
  %520 = load <8 x float>, <8 x float>* %8, align 32
  %521 = add i64 %502, 16
  %522 = getelementptr inbounds float, float* %89, i64 %521
  %523 = bitcast float* %522 to <8 x float>*
  %524 = load <8 x float>, <8 x float>* %523, align 4
  %525 = fcmp ogt <8 x float> %520, %524
  %526 = select <8 x i1> %525, <8 x float> %520, <8 x float> %524
  %527 = fcmp uno <8 x float> %520, %520
  %528 = select <8 x i1> %527, <8 x float> %520, <8 x float> %526
  %529 = add i64 %502, 24
  %530 = getelementptr inbounds float, float* %89, i64 %529
  %531 = bitcast float* %530 to <8 x float>*
  %532 = load <8 x float>, <8 x float>* %531, align 4
  %533 = fcmp ogt <8 x float> %528, %532
  %534 = select <8 x i1> %533, <8 x float> %528, <8 x float> %532
  %535 = fcmp uno <8 x float> %528, %528
  %536 = select <8 x i1> %535, <8 x float> %528, <8 x float> %534
  store <8 x float> %536, <8 x float>* %8, align 32
  %r.next37 = add i64 %r36, 1
  br label %r.header33

r.exit35:                                         ; preds = %r.header33
  %537 = load <8 x float>, <8 x float>* %9, align 32
  %538 = getelementptr inbounds float, float* %88, i64 96
  %539 = bitcast float* %538 to <8 x float>*
  store <8 x float> %537, <8 x float>* %539, align 4
  %540 = load <8 x float>, <8 x float>* %8, align 32
  %541 = getelementptr inbounds float, float* %88, i64 104
  %542 = bitcast float* %541 to <8 x float>*
  store <8 x float> %540, <8 x float>* %542, align 4
  %item.next = add i64 %item, 1
  br label %item.header
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
  call void @node0.conv2d_1.step1.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %21, i64 %23)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node1.maxPool2d_1.nchw.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
entry:
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %4, %entry ], [ %task.next, %endif ]
  %6 = icmp slt i64 %task, %5
  br i1 %6, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %7 = sdiv i64 %task, 1
  %8 = srem i64 %task, 1
  %9 = mul i64 %8, 196
  %10 = add i64 %9, 196
  %11 = icmp slt i64 %10, 196
  %12 = select i1 %11, i64 %10, i64 196
  %13 = srem i64 %7, 1
  %14 = sdiv i64 %7, 1
  %15 = mul i64 %14, 6
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 1568
  %19 = icmp eq i64 %13, 0
  br i1 %19, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  br label %ps.header

else:                                             ; preds = %task.body
  %20 = icmp slt i64 %12, 192
  %21 = select i1 %20, i64 %12, i64 192
  br label %p.header

endif:                                            ; preds = %ps.exit3, %ps.exit
  %task.next = add i64 %task, 1
  br label %task.header

ps.header:                                        ; preds = %ps.body, %then
  %ps = phi i64 [ %9, %then ], [ %ps.next, %ps.body ]
  %22 = icmp slt i64 %ps, %12
  br i1 %22, label %ps.body, label %ps.exit

ps.body:                                          ; preds = %ps.header
  %23 = mul i64 %ps, 8
  %24 = add i64 %23, 0
  %25 = add i64 %18, %24
  %26 = add i64 %17, 0
  %27 = mul i64 %26, 196
  %28 = add i64 %27, %ps
  %29 = getelementptr inbounds float, float* %1, i64 %25
  %30 = load float, float* %29, align 4
  %31 = getelementptr inbounds float, float* %0, i64 %28
  store float %30, float* %31, align 4
  %32 = mul i64 %ps, 8
  %33 = add i64 %32, 1
  %34 = add i64 %18, %33
  %35 = add i64 %17, 1
  %36 = mul i64 %35, 196
  %37 = add i64 %36, %ps
  %38 = getelementptr inbounds float, float* %1, i64 %34
  %39 = load float, float* %38, align 4
  %40 = getelementptr inbounds float, float* %0, i64 %37
  store float %39, float* %40, align 4
  %41 = mul i64 %ps, 8
  %42 = add i64 %41, 2
  %43 = add i64 %18, %42
  %44 = add i64 %17, 2
  %45 = mul i64 %44, 196
  %46 = add i64 %45, %ps
  %47 = getelementptr inbounds float, float* %1, i64 %43
  %48 = load float, float* %47, align 4
  %49 = getelementptr inbounds float, float* %0, i64 %46
  store float %48, float* %49, align 4
  %50 = mul i64 %ps, 8
  %51 = add i64 %50, 3
  %52 = add i64 %18, %51
  %53 = add i64 %17, 3
  %54 = mul i64 %53, 196
  %55 = add i64 %54, %ps
  %56 = getelementptr inbounds float, float* %1, i64 %52
  %57 = load float, float* %56, align 4
  %58 = getelementptr inbounds float, float* %0, i64 %55
  store float %57, float* %58, align 4
  %59 = mul i64 %ps, 8
  %60 = add i64 %59, 4
  %61 = add i64 %18, %60
  %62 = add i64 %17, 4
  %63 = mul i64 %62, 196
  %64 = add i64 %63, %ps
  %65 = getelementptr inbounds float, float* %1, i64 %61
  %66 = load float, float* %65, align 4
  %67 = getelementptr inbounds float, float* %0, i64 %64
  store float %66, float* %67, align 4
  %68 = mul i64 %ps, 8
  %69 = add i64 %68, 5
  %70 = add i64 %18, %69
  %71 = add i64 %17, 5
  %72 = mul i64 %71, 196
  %73 = add i64 %72, %ps
  %74 = getelementptr inbounds float, float* %1, i64 %70
  %75 = load float, float* %74, align 4
  %76 = getelementptr inbounds float, float* %0, i64 %73
  store float %75, float* %76, align 4
  %ps.next = add i64 %ps, 1
  br label %ps.header

ps.exit:                                          ; preds = %ps.header
  br label %endif

p.header:                                         ; preds = %p.body, %else
  %p = phi i64 [ %9, %else ], [ %p.next, %p.body ]
  %77 = icmp slt i64 %p, %21
  br i1 %77, label %p.body, label %p.exit

p.body:                                           ; preds = %p.header
  %78 = add i64 %p, 0
  %79 = mul i64 %78, 8
  %80 = add i64 %79, 0
  %81 = add i64 %18, %80
  %82 = getelementptr inbounds float, float* %1, i64 %81
  %83 = bitcast float* %82 to <8 x float>*
  %84 = load <8 x float>, <8 x float>* %83, align 4
  %85 = add i64 %p, 1
  %86 = mul i64 %85, 8
  %87 = add i64 %86, 0
  %88 = add i64 %18, %87
  %89 = getelementptr inbounds float, float* %1, i64 %88
  %90 = bitcast float* %89 to <8 x float>*
  %91 = load <8 x float>, <8 x float>* %90, align 4
  %92 = add i64 %p, 2
  %93 = mul i64 %92, 8
  %94 = add i64 %93, 0
  %95 = add i64 %18, %94
  %96 = getelementptr inbounds float, float* %1, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %98 = load <8 x float>, <8 x float>* %97, align 4
  %99 = add i64 %p, 3
  %100 = mul i64 %99, 8
  %101 = add i64 %100, 0
  %102 = add i64 %18, %101
  %103 = getelementptr inbounds float, float* %1, i64 %102
  %104 = bitcast float* %103 to <8 x float>*
  %105 = load <8 x float>, <8 x float>* %104, align 4
  %106 = add i64 %p, 4
  %107 = mul i64 %106, 8
  %108 = add i64 %107, 0
  %109 = add i64 %18, %108
  %110 = getelementptr inbounds float, float* %1, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  %112 = load <8 x float>, <8 x float>* %111, align 4
  %113 = add i64 %p, 5
  %114 = mul i64 %113, 8
  %115 = add i64 %114, 0
  %116 = add i64 %18, %115
  %117 = getelementptr inbounds float, float* %1, i64 %116
  %118 = bitcast float* %117 to <8 x float>*
  %119 = load <8 x float>, <8 x float>* %118, align 4
  %120 = add i64 %p, 6
  %121 = mul i64 %120, 8
  %122 = add i64 %121, 0
  %123 = add i64 %18, %122
  %124 = getelementptr inbounds float, float* %1, i64 %123
  %125 = bitcast float* %124 to <8 x float>*
  %126 = load <8 x float>, <8 x float>* %125, align 4
  %127 = add i64 %p, 7
  %128 = mul i64 %127, 8
  %129 = add i64 %128, 0
  %130 = add i64 %18, %129
  %131 = getelementptr inbounds float, float* %1, i64 %130
  %132 = bitcast float* %131 to <8 x float>*
  %133 = load <8 x float>, <8 x float>* %132, align 4
  %134 = shufflevector <8 x float> %84, <8 x float> %112, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %135 = shufflevector <8 x float> %84, <8 x float> %112, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %136 = shufflevector <8 x float> %91, <8 x float> %119, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %137 = shufflevector <8 x float> %91, <8 x float> %119, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %138 = shufflevector <8 x float> %98, <8 x float> %126, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %139 = shufflevector <8 x float> %98, <8 x float> %126, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %140 = shufflevector <8 x float> %105, <8 x float> %133, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %141 = shufflevector <8 x float> %105, <8 x float> %133, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %142 = shufflevector <8 x float> %134, <8 x float> %138, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %143 = shufflevector <8 x float> %134, <8 x float> %138, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %144 = shufflevector <8 x float> %135, <8 x float> %139, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %145 = shufflevector <8 x float> %135, <8 x float> %139, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %146 = shufflevector <8 x float> %136, <8 x float> %140, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %147 = shufflevector <8 x float> %136, <8 x float> %140, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %148 = shufflevector <8 x float> %137, <8 x float> %141, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %149 = shufflevector <8 x float> %137, <8 x float> %141, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %150 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %151 = shufflevector <8 x float> %142, <8 x float> %146, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %152 = shufflevector <8 x float> %143, <8 x float> %147, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %153 = shufflevector <8 x float> %143, <8 x float> %147, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %154 = shufflevector <8 x float> %144, <8 x float> %148, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %155 = shufflevector <8 x float> %144, <8 x float> %148, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %156 = shufflevector <8 x float> %145, <8 x float> %149, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 2, i32 10, i32 3, i32 11>
  %157 = shufflevector <8 x float> %145, <8 x float> %149, <8 x i32> <i32 4, i32 12, i32 5, i32 13, i32 6, i32 14, i32 7, i32 15>
  %158 = add i64 %17, 0
  %159 = mul i64 %158, 196
  %160 = add i64 %159, %p
  %161 = getelementptr inbounds float, float* %0, i64 %160
  %162 = bitcast float* %161 to <8 x float>*
  store <8 x float> %150, <8 x float>* %162, align 4
  %163 = add i64 %17, 1
  %164 = mul i64 %163, 196
  %165 = add i64 %164, %p
  %166 = getelementptr inbounds float, float* %0, i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  store <8 x float> %151, <8 x float>* %167, align 4
  %168 = add i64 %17, 2
  %169 = mul i64 %168, 196
  %170 = add i64 %169, %p
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %152, <8 x float>* %172, align 4
  %173 = add i64 %17, 3
  %174 = mul i64 %173, 196
  %175 = add i64 %174, %p
  %176 = getelementptr inbounds float, float* %0, i64 %175
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %153, <8 x float>* %177, align 4
  %178 = add i64 %17, 4
  %179 = mul i64 %178, 196
  %180 = add i64 %179, %p
  %181 = getelementptr inbounds float, float* %0, i64 %180
  %182 = bitcast float* %181 to <8 x float>*
  store <8 x float> %154, <8 x float>* %182, align 4
  %183 = add i64 %17, 5
  %184 = mul i64 %183, 196
  %185 = add i64 %184, %p
  %186 = getelementptr inbounds float, float* %0, i64 %185
  %187 = bitcast float* %186 to <8 x float>*
  store <8 x float> %155, <8 x float>* %187, align 4
  %188 = add i64 %17, 6
  %189 = mul i64 %188, 196
  %190 = add i64 %189, %p
  %191 = getelementptr inbounds float, float* %0, i64 %190
  %192 = bitcast float* %191 to <8 x float>*
  store <8 x float> %156, <8 x float>* %192, align 4
  %193 = add i64 %17, 7
  %194 = mul i64 %193, 196
  %195 = add i64 %194, %p
  %196 = getelementptr inbounds float, float* %0, i64 %195
  %197 = bitcast float* %196 to <8 x float>*
  store <8 x float> %157, <8 x float>* %197, align 4
  %p.next = add i64 %p, 8
  br label %p.header

p.exit:                                           ; preds = %p.header
  %198 = icmp sgt i64 %9, %21
  %199 = select i1 %198, i64 %9, i64 %21
  br label %ps.header1

ps.header1:                                       ; preds = %ps.body2, %p.exit
  %ps4 = phi i64 [ %199, %p.exit ], [ %ps.next5, %ps.body2 ]
  %200 = icmp slt i64 %ps4, %12
  br i1 %200, label %ps.body2, label %ps.exit3

ps.body2:                                         ; preds = %ps.header1
  %201 = mul i64 %ps4, 8
  %202 = add i64 %201, 0
  %203 = add i64 %18, %202
  %204 = add i64 %17, 0
  %205 = mul i64 %204, 196
  %206 = add i64 %205, %ps4
  %207 = getelementptr inbounds float, float* %1, i64 %203
  %208 = load float, float* %207, align 4
  %209 = getelementptr inbounds float, float* %0, i64 %206
  store float %208, float* %209, align 4
  %210 = mul i64 %ps4, 8
  %211 = add i64 %210, 1
  %212 = add i64 %18, %211
  %213 = add i64 %17, 1
  %214 = mul i64 %213, 196
  %215 = add i64 %214, %ps4
  %216 = getelementptr inbounds float, float* %1, i64 %212
  %217 = load float, float* %216, align 4
  %218 = getelementptr inbounds float, float* %0, i64 %215
  store float %217, float* %218, align 4
  %219 = mul i64 %ps4, 8
  %220 = add i64 %219, 2
  %221 = add i64 %18, %220
  %222 = add i64 %17, 2
  %223 = mul i64 %222, 196
  %224 = add i64 %223, %ps4
  %225 = getelementptr inbounds float, float* %1, i64 %221
  %226 = load float, float* %225, align 4
  %227 = getelementptr inbounds float, float* %0, i64 %224
  store float %226, float* %227, align 4
  %228 = mul i64 %ps4, 8
  %229 = add i64 %228, 3
  %230 = add i64 %18, %229
  %231 = add i64 %17, 3
  %232 = mul i64 %231, 196
  %233 = add i64 %232, %ps4
  %234 = getelementptr inbounds float, float* %1, i64 %230
  %235 = load float, float* %234, align 4
  %236 = getelementptr inbounds float, float* %0, i64 %233
  store float %235, float* %236, align 4
  %237 = mul i64 %ps4, 8
  %238 = add i64 %237, 4
  %239 = add i64 %18, %238
  %240 = add i64 %17, 4
  %241 = mul i64 %240, 196
  %242 = add i64 %241, %ps4
  %243 = getelementptr inbounds float, float* %1, i64 %239
  %244 = load float, float* %243, align 4
  %245 = getelementptr inbounds float, float* %0, i64 %242
  store float %244, float* %245, align 4
  %246 = mul i64 %ps4, 8
  %247 = add i64 %246, 5
  %248 = add i64 %18, %247
  %249 = add i64 %17, 5
  %250 = mul i64 %249, 196
  %251 = add i64 %250, %ps4
  %252 = getelementptr inbounds float, float* %1, i64 %248
  %253 = load float, float* %252, align 4
  %254 = getelementptr inbounds float, float* %0, i64 %251
  store float %253, float* %254, align 4
  %255 = mul i64 %ps4, 8
  %256 = add i64 %255, 6
  %257 = add i64 %18, %256
  %258 = add i64 %17, 6
  %259 = mul i64 %258, 196
  %260 = add i64 %259, %ps4
  %261 = getelementptr inbounds float, float* %1, i64 %257
  %262 = load float, float* %261, align 4
  %263 = getelementptr inbounds float, float* %0, i64 %260
  store float %262, float* %263, align 4
  %264 = mul i64 %ps4, 8
  %265 = add i64 %264, 7
  %266 = add i64 %18, %265
  %267 = add i64 %17, 7
  %268 = mul i64 %267, 196
  %269 = add i64 %268, %ps4
  %270 = getelementptr inbounds float, float* %1, i64 %266
  %271 = load float, float* %270, align 4
  %272 = getelementptr inbounds float, float* %0, i64 %269
  store float %271, float* %272, align 4
  %ps.next5 = add i64 %ps4, 1
  br label %ps.header1

ps.exit3:                                         ; preds = %ps.header1
  br label %endif
}

; Function Attrs: noinline nounwind
define internal void @node1.maxPool2d_1.nchw.step0(i8* %0) #3 {
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
  call void @node1.maxPool2d_1.nchw.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node2.conv2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %83 = alloca <8 x float>, align 32
  %84 = alloca <8 x float>, align 32
  %85 = alloca <8 x float>, align 32
  %86 = alloca <8 x float>, align 32
  %87 = alloca <8 x float>, align 32
  %88 = alloca <8 x float>, align 32
  %89 = alloca <8 x float>, align 32
  %90 = alloca <8 x float>, align 32
  %91 = alloca <8 x float>, align 32
  %92 = alloca <8 x float>, align 32
  %93 = alloca <8 x float>, align 32
  %94 = alloca <8 x float>, align 32
  %95 = alloca <8 x float>, align 32
  %96 = alloca <8 x float>, align 32
  %97 = alloca <8 x float>, align 32
  %98 = alloca <8 x float>, align 32
  %99 = alloca <8 x float>, align 32
  %100 = alloca <8 x float>, align 32
  %101 = alloca <8 x float>, align 32
  %102 = alloca <8 x float>, align 32
  %103 = alloca <8 x float>, align 32
  %104 = alloca <8 x float>, align 32
  %105 = alloca <8 x float>, align 32
  %106 = alloca <8 x float>, align 32
  %107 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %u.exit155, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %u.exit155 ]
  %108 = icmp slt i64 %task, %7
  br i1 %108, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %109 = srem i64 %task, 2
  %110 = sdiv i64 %task, 2
  %111 = srem i64 %110, 1
  %112 = sdiv i64 %task, 2
  %113 = srem i64 %112, 1
  %114 = sdiv i64 %112, 1
  %115 = mul i64 %113, 2
  %116 = mul i64 %111, 2
  %117 = add i64 %115, %116
  %118 = mul i64 %109, 5
  %119 = mul i64 %118, 10
  %120 = mul i64 %109, 5
  %121 = mul i64 %113, 2
  %122 = mul i64 %111, 2
  %123 = add i64 %121, %122
  %124 = mul i64 %114, 6
  %125 = mul i64 %113, 6
  %126 = add i64 %124, %125
  %127 = mul i64 %126, 196
  %128 = mul i64 %123, 1200
  %129 = mul i64 %120, 14
  %130 = add i64 %119, 0
  %131 = mul i64 %114, 2
  %132 = add i64 %131, %117
  %133 = add i64 %132, 0
  %134 = mul i64 %133, 800
  %135 = add i64 %130, 0
  %136 = mul i64 %135, 8
  %137 = add i64 %134, %136
  %138 = add i64 %130, 1
  %139 = mul i64 %138, 8
  %140 = add i64 %134, %139
  %141 = add i64 %130, 2
  %142 = mul i64 %141, 8
  %143 = add i64 %134, %142
  %144 = add i64 %130, 3
  %145 = mul i64 %144, 8
  %146 = add i64 %134, %145
  %147 = add i64 %130, 4
  %148 = mul i64 %147, 8
  %149 = add i64 %134, %148
  %150 = add i64 %130, 5
  %151 = mul i64 %150, 8
  %152 = add i64 %134, %151
  %153 = mul i64 %114, 2
  %154 = add i64 %153, %117
  %155 = add i64 %154, 1
  %156 = mul i64 %155, 800
  %157 = add i64 %130, 0
  %158 = mul i64 %157, 8
  %159 = add i64 %156, %158
  %160 = add i64 %130, 1
  %161 = mul i64 %160, 8
  %162 = add i64 %156, %161
  %163 = add i64 %130, 2
  %164 = mul i64 %163, 8
  %165 = add i64 %156, %164
  %166 = add i64 %130, 3
  %167 = mul i64 %166, 8
  %168 = add i64 %156, %167
  %169 = add i64 %130, 4
  %170 = mul i64 %169, 8
  %171 = add i64 %156, %170
  %172 = add i64 %130, 5
  %173 = mul i64 %172, 8
  %174 = add i64 %156, %173
  %175 = add i64 %123, 0
  %176 = mul i64 %175, 8
  %177 = getelementptr inbounds float, float* %5, i64 %176
  %178 = bitcast float* %177 to <8 x float>*
  %179 = load <8 x float>, <8 x float>* %178, align 4
  %180 = add i64 %123, 1
  %181 = mul i64 %180, 8
  %182 = getelementptr inbounds float, float* %5, i64 %181
  %183 = bitcast float* %182 to <8 x float>*
  %184 = load <8 x float>, <8 x float>* %183, align 4
  store <8 x float> %179, <8 x float>* %107, align 32
  store <8 x float> %179, <8 x float>* %106, align 32
  store <8 x float> %179, <8 x float>* %105, align 32
  store <8 x float> %179, <8 x float>* %104, align 32
  store <8 x float> %179, <8 x float>* %103, align 32
  store <8 x float> %179, <8 x float>* %102, align 32
  store <8 x float> %184, <8 x float>* %101, align 32
  store <8 x float> %184, <8 x float>* %100, align 32
  store <8 x float> %184, <8 x float>* %99, align 32
  store <8 x float> %184, <8 x float>* %98, align 32
  store <8 x float> %184, <8 x float>* %97, align 32
  store <8 x float> %184, <8 x float>* %96, align 32
  %185 = add i64 %129, 0
  %186 = add i64 %127, %185
  br label %u.header

task.exit:                                        ; preds = %task.header
  ret void

u.header:                                         ; preds = %kh.exit, %task.body
  %u = phi i64 [ 0, %task.body ], [ %u.next, %kh.exit ]
  %187 = icmp slt i64 %u, 6
  br i1 %187, label %u.body, label %u.exit

u.body:                                           ; preds = %u.header
  %188 = add i64 0, %u
  %189 = mul i64 %188, 196
  %190 = add i64 %186, %189
  %191 = mul i64 %188, 200
  %192 = add i64 %128, %191
  br label %kh.header

u.exit:                                           ; preds = %u.header
  %193 = load <8 x float>, <8 x float>* %107, align 32
  %194 = fcmp olt <8 x float> %193, zeroinitializer
  %195 = select <8 x i1> %194, <8 x float> zeroinitializer, <8 x float> %193
  %196 = getelementptr inbounds float, float* %0, i64 %137
  %197 = bitcast float* %196 to <8 x float>*
  store <8 x float> %195, <8 x float>* %197, align 4
  %198 = load <8 x float>, <8 x float>* %106, align 32
  %199 = fcmp olt <8 x float> %198, zeroinitializer
  %200 = select <8 x i1> %199, <8 x float> zeroinitializer, <8 x float> %198
  %201 = getelementptr inbounds float, float* %0, i64 %140
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %200, <8 x float>* %202, align 4
  %203 = load <8 x float>, <8 x float>* %105, align 32
  %204 = fcmp olt <8 x float> %203, zeroinitializer
  %205 = select <8 x i1> %204, <8 x float> zeroinitializer, <8 x float> %203
  %206 = getelementptr inbounds float, float* %0, i64 %143
  %207 = bitcast float* %206 to <8 x float>*
  store <8 x float> %205, <8 x float>* %207, align 4
  %208 = load <8 x float>, <8 x float>* %104, align 32
  %209 = fcmp olt <8 x float> %208, zeroinitializer
  %210 = select <8 x i1> %209, <8 x float> zeroinitializer, <8 x float> %208
  %211 = getelementptr inbounds float, float* %0, i64 %146
  %212 = bitcast float* %211 to <8 x float>*
  store <8 x float> %210, <8 x float>* %212, align 4
  %213 = load <8 x float>, <8 x float>* %103, align 32
  %214 = fcmp olt <8 x float> %213, zeroinitializer
  %215 = select <8 x i1> %214, <8 x float> zeroinitializer, <8 x float> %213
  %216 = getelementptr inbounds float, float* %0, i64 %149
  %217 = bitcast float* %216 to <8 x float>*
  store <8 x float> %215, <8 x float>* %217, align 4
  %218 = load <8 x float>, <8 x float>* %102, align 32
  %219 = fcmp olt <8 x float> %218, zeroinitializer
  %220 = select <8 x i1> %219, <8 x float> zeroinitializer, <8 x float> %218
  %221 = getelementptr inbounds float, float* %0, i64 %152
  %222 = bitcast float* %221 to <8 x float>*
  store <8 x float> %220, <8 x float>* %222, align 4
  %223 = load <8 x float>, <8 x float>* %101, align 32
  %224 = fcmp olt <8 x float> %223, zeroinitializer
  %225 = select <8 x i1> %224, <8 x float> zeroinitializer, <8 x float> %223
  %226 = getelementptr inbounds float, float* %0, i64 %159
  %227 = bitcast float* %226 to <8 x float>*
  store <8 x float> %225, <8 x float>* %227, align 4
  %228 = load <8 x float>, <8 x float>* %100, align 32
  %229 = fcmp olt <8 x float> %228, zeroinitializer
  %230 = select <8 x i1> %229, <8 x float> zeroinitializer, <8 x float> %228
  %231 = getelementptr inbounds float, float* %0, i64 %162
  %232 = bitcast float* %231 to <8 x float>*
  store <8 x float> %230, <8 x float>* %232, align 4
  %233 = load <8 x float>, <8 x float>* %99, align 32
  %234 = fcmp olt <8 x float> %233, zeroinitializer
  %235 = select <8 x i1> %234, <8 x float> zeroinitializer, <8 x float> %233
  %236 = getelementptr inbounds float, float* %0, i64 %165
  %237 = bitcast float* %236 to <8 x float>*
  store <8 x float> %235, <8 x float>* %237, align 4
  %238 = load <8 x float>, <8 x float>* %98, align 32
  %239 = fcmp olt <8 x float> %238, zeroinitializer
  %240 = select <8 x i1> %239, <8 x float> zeroinitializer, <8 x float> %238
  %241 = getelementptr inbounds float, float* %0, i64 %168
  %242 = bitcast float* %241 to <8 x float>*
  store <8 x float> %240, <8 x float>* %242, align 4
  %243 = load <8 x float>, <8 x float>* %97, align 32
  %244 = fcmp olt <8 x float> %243, zeroinitializer
  %245 = select <8 x i1> %244, <8 x float> zeroinitializer, <8 x float> %243
  %246 = getelementptr inbounds float, float* %0, i64 %171
  %247 = bitcast float* %246 to <8 x float>*
  store <8 x float> %245, <8 x float>* %247, align 4
  %248 = load <8 x float>, <8 x float>* %96, align 32
  %249 = fcmp olt <8 x float> %248, zeroinitializer
  %250 = select <8 x i1> %249, <8 x float> zeroinitializer, <8 x float> %248
  %251 = getelementptr inbounds float, float* %0, i64 %174
  %252 = bitcast float* %251 to <8 x float>*
  store <8 x float> %250, <8 x float>* %252, align 4
  %253 = add i64 %119, 0
  %254 = mul i64 %114, 2
  %255 = add i64 %254, %117
  %256 = add i64 %255, 0
  %257 = mul i64 %256, 800
  %258 = add i64 %253, 6
  %259 = mul i64 %258, 8
  %260 = add i64 %257, %259
  %261 = add i64 %253, 7
  %262 = mul i64 %261, 8
  %263 = add i64 %257, %262
  %264 = add i64 %253, 8
  %265 = mul i64 %264, 8
  %266 = add i64 %257, %265
  %267 = add i64 %253, 9
  %268 = mul i64 %267, 8
  %269 = add i64 %257, %268
  %270 = add i64 %253, 10
  %271 = mul i64 %270, 8
  %272 = add i64 %257, %271
  %273 = add i64 %253, 11
  %274 = mul i64 %273, 8
  %275 = add i64 %257, %274
  %276 = mul i64 %114, 2
  %277 = add i64 %276, %117
  %278 = add i64 %277, 1
  %279 = mul i64 %278, 800
  %280 = add i64 %253, 6
  %281 = mul i64 %280, 8
  %282 = add i64 %279, %281
  %283 = add i64 %253, 7
  %284 = mul i64 %283, 8
  %285 = add i64 %279, %284
  %286 = add i64 %253, 8
  %287 = mul i64 %286, 8
  %288 = add i64 %279, %287
  %289 = add i64 %253, 9
  %290 = mul i64 %289, 8
  %291 = add i64 %279, %290
  %292 = add i64 %253, 10
  %293 = mul i64 %292, 8
  %294 = add i64 %279, %293
  %295 = add i64 %253, 11
  %296 = mul i64 %295, 8
  %297 = add i64 %279, %296
  %298 = add i64 %123, 0
  %299 = mul i64 %298, 8
  %300 = getelementptr inbounds float, float* %5, i64 %299
  %301 = bitcast float* %300 to <8 x float>*
  %302 = load <8 x float>, <8 x float>* %301, align 4
  %303 = add i64 %123, 1
  %304 = mul i64 %303, 8
  %305 = getelementptr inbounds float, float* %5, i64 %304
  %306 = bitcast float* %305 to <8 x float>*
  %307 = load <8 x float>, <8 x float>* %306, align 4
  store <8 x float> %302, <8 x float>* %95, align 32
  store <8 x float> %302, <8 x float>* %94, align 32
  store <8 x float> %302, <8 x float>* %93, align 32
  store <8 x float> %302, <8 x float>* %92, align 32
  store <8 x float> %302, <8 x float>* %91, align 32
  store <8 x float> %302, <8 x float>* %90, align 32
  store <8 x float> %307, <8 x float>* %89, align 32
  store <8 x float> %307, <8 x float>* %88, align 32
  store <8 x float> %307, <8 x float>* %87, align 32
  store <8 x float> %307, <8 x float>* %86, align 32
  store <8 x float> %307, <8 x float>* %85, align 32
  store <8 x float> %307, <8 x float>* %84, align 32
  %308 = add i64 %129, 0
  %309 = add i64 %127, %308
  br label %u.header6

kh.header:                                        ; preds = %kw.exit, %u.body
  %kh = phi i64 [ 0, %u.body ], [ %kh.next, %kw.exit ]
  %310 = icmp slt i64 %kh, 5
  br i1 %310, label %kh.body, label %kh.exit

kh.body:                                          ; preds = %kh.header
  %311 = mul i64 %kh, 14
  %312 = add i64 %190, %311
  br label %kw.header

kh.exit:                                          ; preds = %kh.header
  %u.next = add i64 %u, 1
  br label %u.header

kw.header:                                        ; preds = %kw.body, %kh.body
  %kw = phi i64 [ 0, %kh.body ], [ %kw.next, %kw.body ]
  %313 = icmp slt i64 %kw, 5
  br i1 %313, label %kw.body, label %kw.exit

kw.body:                                          ; preds = %kw.header
  %314 = mul i64 %kw, 1
  %315 = add i64 %312, %314
  %316 = mul i64 %kh, 5
  %317 = add i64 %316, %kw
  %318 = mul i64 %317, 8
  %319 = add i64 %192, %318
  %320 = add i64 %319, 0
  %321 = getelementptr inbounds float, float* %4, i64 %320
  %322 = bitcast float* %321 to <8 x float>*
  %323 = load <8 x float>, <8 x float>* %322, align 4
  %324 = add i64 %319, 1200
  %325 = getelementptr inbounds float, float* %4, i64 %324
  %326 = bitcast float* %325 to <8 x float>*
  %327 = load <8 x float>, <8 x float>* %326, align 4
  %328 = add i64 %315, 0
  %329 = getelementptr inbounds float, float* %1, i64 %328
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i32 0
  %splat = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %332 = load <8 x float>, <8 x float>* %107, align 32
  %333 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %323, <8 x float> %332)
  store <8 x float> %333, <8 x float>* %107, align 32
  %334 = load <8 x float>, <8 x float>* %101, align 32
  %335 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %327, <8 x float> %334)
  store <8 x float> %335, <8 x float>* %101, align 32
  %336 = add i64 %315, 1
  %337 = getelementptr inbounds float, float* %1, i64 %336
  %338 = load float, float* %337, align 4
  %339 = insertelement <8 x float> undef, float %338, i32 0
  %splat1 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %106, align 32
  %341 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %323, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %106, align 32
  %342 = load <8 x float>, <8 x float>* %100, align 32
  %343 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat1, <8 x float> %327, <8 x float> %342)
  store <8 x float> %343, <8 x float>* %100, align 32
  %344 = add i64 %315, 2
  %345 = getelementptr inbounds float, float* %1, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %splat2 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %348 = load <8 x float>, <8 x float>* %105, align 32
  %349 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %323, <8 x float> %348)
  store <8 x float> %349, <8 x float>* %105, align 32
  %350 = load <8 x float>, <8 x float>* %99, align 32
  %351 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat2, <8 x float> %327, <8 x float> %350)
  store <8 x float> %351, <8 x float>* %99, align 32
  %352 = add i64 %315, 3
  %353 = getelementptr inbounds float, float* %1, i64 %352
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i32 0
  %splat3 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %356 = load <8 x float>, <8 x float>* %104, align 32
  %357 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %323, <8 x float> %356)
  store <8 x float> %357, <8 x float>* %104, align 32
  %358 = load <8 x float>, <8 x float>* %98, align 32
  %359 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat3, <8 x float> %327, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %98, align 32
  %360 = add i64 %315, 4
  %361 = getelementptr inbounds float, float* %1, i64 %360
  %362 = load float, float* %361, align 4
  %363 = insertelement <8 x float> undef, float %362, i32 0
  %splat4 = shufflevector <8 x float> %363, <8 x float> undef, <8 x i32> zeroinitializer
  %364 = load <8 x float>, <8 x float>* %103, align 32
  %365 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %323, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %103, align 32
  %366 = load <8 x float>, <8 x float>* %97, align 32
  %367 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat4, <8 x float> %327, <8 x float> %366)
  store <8 x float> %367, <8 x float>* %97, align 32
  %368 = add i64 %315, 5
  %369 = getelementptr inbounds float, float* %1, i64 %368
  %370 = load float, float* %369, align 4
  %371 = insertelement <8 x float> undef, float %370, i32 0
  %splat5 = shufflevector <8 x float> %371, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, <8 x float>* %102, align 32
  %373 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %323, <8 x float> %372)
  store <8 x float> %373, <8 x float>* %102, align 32
  %374 = load <8 x float>, <8 x float>* %96, align 32
  %375 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %327, <8 x float> %374)
  store <8 x float> %375, <8 x float>* %96, align 32
  %kw.next = add i64 %kw, 1
  br label %kw.header, !llvm.loop !3

kw.exit:                                          ; preds = %kw.header
  %kh.next = add i64 %kh, 1
  br label %kh.header

u.header6:                                        ; preds = %kh.exit12, %u.exit
  %u9 = phi i64 [ 0, %u.exit ], [ %u.next26, %kh.exit12 ]
  %376 = icmp slt i64 %u9, 6
  br i1 %376, label %u.body7, label %u.exit8

u.body7:                                          ; preds = %u.header6
  %377 = add i64 0, %u9
  %378 = mul i64 %377, 196
  %379 = add i64 %309, %378
  %380 = mul i64 %377, 200
  %381 = add i64 %128, %380
  br label %kh.header10

u.exit8:                                          ; preds = %u.header6
  %382 = load <8 x float>, <8 x float>* %95, align 32
  %383 = fcmp olt <8 x float> %382, zeroinitializer
  %384 = select <8 x i1> %383, <8 x float> zeroinitializer, <8 x float> %382
  %385 = getelementptr inbounds float, float* %0, i64 %260
  %386 = bitcast float* %385 to <8 x float>*
  store <8 x float> %384, <8 x float>* %386, align 4
  %387 = load <8 x float>, <8 x float>* %94, align 32
  %388 = fcmp olt <8 x float> %387, zeroinitializer
  %389 = select <8 x i1> %388, <8 x float> zeroinitializer, <8 x float> %387
  %390 = getelementptr inbounds float, float* %0, i64 %263
  %391 = bitcast float* %390 to <8 x float>*
  store <8 x float> %389, <8 x float>* %391, align 4
  %392 = load <8 x float>, <8 x float>* %93, align 32
  %393 = fcmp olt <8 x float> %392, zeroinitializer
  %394 = select <8 x i1> %393, <8 x float> zeroinitializer, <8 x float> %392
  %395 = getelementptr inbounds float, float* %0, i64 %266
  %396 = bitcast float* %395 to <8 x float>*
  store <8 x float> %394, <8 x float>* %396, align 4
  %397 = load <8 x float>, <8 x float>* %92, align 32
  %398 = fcmp olt <8 x float> %397, zeroinitializer
  %399 = select <8 x i1> %398, <8 x float> zeroinitializer, <8 x float> %397
  %400 = getelementptr inbounds float, float* %0, i64 %269
  %401 = bitcast float* %400 to <8 x float>*
  store <8 x float> %399, <8 x float>* %401, align 4
  %402 = load <8 x float>, <8 x float>* %91, align 32
  %403 = fcmp olt <8 x float> %402, zeroinitializer
  %404 = select <8 x i1> %403, <8 x float> zeroinitializer, <8 x float> %402
  %405 = getelementptr inbounds float, float* %0, i64 %272
  %406 = bitcast float* %405 to <8 x float>*
  store <8 x float> %404, <8 x float>* %406, align 4
  %407 = load <8 x float>, <8 x float>* %90, align 32
  %408 = fcmp olt <8 x float> %407, zeroinitializer
  %409 = select <8 x i1> %408, <8 x float> zeroinitializer, <8 x float> %407
  %410 = getelementptr inbounds float, float* %0, i64 %275
  %411 = bitcast float* %410 to <8 x float>*
  store <8 x float> %409, <8 x float>* %411, align 4
  %412 = load <8 x float>, <8 x float>* %89, align 32
  %413 = fcmp olt <8 x float> %412, zeroinitializer
  %414 = select <8 x i1> %413, <8 x float> zeroinitializer, <8 x float> %412
  %415 = getelementptr inbounds float, float* %0, i64 %282
  %416 = bitcast float* %415 to <8 x float>*
  store <8 x float> %414, <8 x float>* %416, align 4
  %417 = load <8 x float>, <8 x float>* %88, align 32
  %418 = fcmp olt <8 x float> %417, zeroinitializer
  %419 = select <8 x i1> %418, <8 x float> zeroinitializer, <8 x float> %417
  %420 = getelementptr inbounds float, float* %0, i64 %285
  %421 = bitcast float* %420 to <8 x float>*
  store <8 x float> %419, <8 x float>* %421, align 4
  %422 = load <8 x float>, <8 x float>* %87, align 32
  %423 = fcmp olt <8 x float> %422, zeroinitializer
  %424 = select <8 x i1> %423, <8 x float> zeroinitializer, <8 x float> %422
  %425 = getelementptr inbounds float, float* %0, i64 %288
  %426 = bitcast float* %425 to <8 x float>*
  store <8 x float> %424, <8 x float>* %426, align 4
  %427 = load <8 x float>, <8 x float>* %86, align 32
  %428 = fcmp olt <8 x float> %427, zeroinitializer
  %429 = select <8 x i1> %428, <8 x float> zeroinitializer, <8 x float> %427
  %430 = getelementptr inbounds float, float* %0, i64 %291
  %431 = bitcast float* %430 to <8 x float>*
  store <8 x float> %429, <8 x float>* %431, align 4
  %432 = load <8 x float>, <8 x float>* %85, align 32
  %433 = fcmp olt <8 x float> %432, zeroinitializer
  %434 = select <8 x i1> %433, <8 x float> zeroinitializer, <8 x float> %432
  %435 = getelementptr inbounds float, float* %0, i64 %294
  %436 = bitcast float* %435 to <8 x float>*
  store <8 x float> %434, <8 x float>* %436, align 4
  %437 = load <8 x float>, <8 x float>* %84, align 32
  %438 = fcmp olt <8 x float> %437, zeroinitializer
  %439 = select <8 x i1> %438, <8 x float> zeroinitializer, <8 x float> %437
  %440 = getelementptr inbounds float, float* %0, i64 %297
  %441 = bitcast float* %440 to <8 x float>*
  store <8 x float> %439, <8 x float>* %441, align 4
  %442 = add i64 %119, 0
  %443 = mul i64 %114, 2
  %444 = add i64 %443, %117
  %445 = add i64 %444, 0
  %446 = mul i64 %445, 800
  %447 = add i64 %442, 12
  %448 = mul i64 %447, 8
  %449 = add i64 %446, %448
  %450 = add i64 %442, 13
  %451 = mul i64 %450, 8
  %452 = add i64 %446, %451
  %453 = add i64 %442, 14
  %454 = mul i64 %453, 8
  %455 = add i64 %446, %454
  %456 = add i64 %442, 15
  %457 = mul i64 %456, 8
  %458 = add i64 %446, %457
  %459 = add i64 %442, 16
  %460 = mul i64 %459, 8
  %461 = add i64 %446, %460
  %462 = add i64 %442, 17
  %463 = mul i64 %462, 8
  %464 = add i64 %446, %463
  %465 = mul i64 %114, 2
  %466 = add i64 %465, %117
  %467 = add i64 %466, 1
  %468 = mul i64 %467, 800
  %469 = add i64 %442, 12
  %470 = mul i64 %469, 8
  %471 = add i64 %468, %470
  %472 = add i64 %442, 13
  %473 = mul i64 %472, 8
  %474 = add i64 %468, %473
  %475 = add i64 %442, 14
  %476 = mul i64 %475, 8
  %477 = add i64 %468, %476
  %478 = add i64 %442, 15
  %479 = mul i64 %478, 8
  %480 = add i64 %468, %479
  %481 = add i64 %442, 16
  %482 = mul i64 %481, 8
  %483 = add i64 %468, %482
  %484 = add i64 %442, 17
  %485 = mul i64 %484, 8
  %486 = add i64 %468, %485
  %487 = add i64 %123, 0
  %488 = mul i64 %487, 8
  %489 = getelementptr inbounds float, float* %5, i64 %488
  %490 = bitcast float* %489 to <8 x float>*
  %491 = load <8 x float>, <8 x float>* %490, align 4
  %492 = add i64 %123, 1
  %493 = mul i64 %492, 8
  %494 = getelementptr inbounds float, float* %5, i64 %493
  %495 = bitcast float* %494 to <8 x float>*
  %496 = load <8 x float>, <8 x float>* %495, align 4
  store <8 x float> %491, <8 x float>* %83, align 32
  store <8 x float> %491, <8 x float>* %82, align 32
  store <8 x float> %491, <8 x float>* %81, align 32
  store <8 x float> %491, <8 x float>* %80, align 32
  store <8 x float> %491, <8 x float>* %79, align 32
  store <8 x float> %491, <8 x float>* %78, align 32
  store <8 x float> %496, <8 x float>* %77, align 32
  store <8 x float> %496, <8 x float>* %76, align 32
  store <8 x float> %496, <8 x float>* %75, align 32
  store <8 x float> %496, <8 x float>* %74, align 32
  store <8 x float> %496, <8 x float>* %73, align 32
  store <8 x float> %496, <8 x float>* %72, align 32
  %497 = add i64 %129, 0
  %498 = add i64 %127, %497
  br label %u.header27

kh.header10:                                      ; preds = %kw.exit16, %u.body7
  %kh13 = phi i64 [ 0, %u.body7 ], [ %kh.next25, %kw.exit16 ]
  %499 = icmp slt i64 %kh13, 5
  br i1 %499, label %kh.body11, label %kh.exit12

kh.body11:                                        ; preds = %kh.header10
  %500 = mul i64 %kh13, 14
  %501 = add i64 %379, %500
  br label %kw.header14

kh.exit12:                                        ; preds = %kh.header10
  %u.next26 = add i64 %u9, 1
  br label %u.header6

kw.header14:                                      ; preds = %kw.body15, %kh.body11
  %kw17 = phi i64 [ 0, %kh.body11 ], [ %kw.next24, %kw.body15 ]
  %502 = icmp slt i64 %kw17, 5
  br i1 %502, label %kw.body15, label %kw.exit16

kw.body15:                                        ; preds = %kw.header14
  %503 = mul i64 %kw17, 1
  %504 = add i64 %501, %503
  %505 = mul i64 %kh13, 5
  %506 = add i64 %505, %kw17
  %507 = mul i64 %506, 8
  %508 = add i64 %381, %507
  %509 = add i64 %508, 0
  %510 = getelementptr inbounds float, float* %4, i64 %509
  %511 = bitcast float* %510 to <8 x float>*
  %512 = load <8 x float>, <8 x float>* %511, align 4
  %513 = add i64 %508, 1200
  %514 = getelementptr inbounds float, float* %4, i64 %513
  %515 = bitcast float* %514 to <8 x float>*
  %516 = load <8 x float>, <8 x float>* %515, align 4
  %517 = add i64 %504, 6
  %518 = getelementptr inbounds float, float* %1, i64 %517
  %519 = load float, float* %518, align 4
  %520 = insertelement <8 x float> undef, float %519, i32 0
  %splat18 = shufflevector <8 x float> %520, <8 x float> undef, <8 x i32> zeroinitializer
  %521 = load <8 x float>, <8 x float>* %95, align 32
  %522 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %512, <8 x float> %521)
  store <8 x float> %522, <8 x float>* %95, align 32
  %523 = load <8 x float>, <8 x float>* %89, align 32
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat18, <8 x float> %516, <8 x float> %523)
  store <8 x float> %524, <8 x float>* %89, align 32
  %525 = add i64 %504, 7
  %526 = getelementptr inbounds float, float* %1, i64 %525
  %527 = load float, float* %526, align 4
  %528 = insertelement <8 x float> undef, float %527, i32 0
  %splat19 = shufflevector <8 x float> %528, <8 x float> undef, <8 x i32> zeroinitializer
  %529 = load <8 x float>, <8 x float>* %94, align 32
  %530 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %512, <8 x float> %529)
  store <8 x float> %530, <8 x float>* %94, align 32
  %531 = load <8 x float>, <8 x float>* %88, align 32
  %532 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat19, <8 x float> %516, <8 x float> %531)
  store <8 x float> %532, <8 x float>* %88, align 32
  %533 = add i64 %504, 8
  %534 = getelementptr inbounds float, float* %1, i64 %533
  %535 = load float, float* %534, align 4
  %536 = insertelement <8 x float> undef, float %535, i32 0
  %splat20 = shufflevector <8 x float> %536, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = load <8 x float>, <8 x float>* %93, align 32
  %538 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %512, <8 x float> %537)
  store <8 x float> %538, <8 x float>* %93, align 32
  %539 = load <8 x float>, <8 x float>* %87, align 32
  %540 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat20, <8 x float> %516, <8 x float> %539)
  store <8 x float> %540, <8 x float>* %87, align 32
  %541 = add i64 %504, 9
  %542 = getelementptr inbounds float, float* %1, i64 %541
  %543 = load float, float* %542, align 4
  %544 = insertelement <8 x float> undef, float %543, i32 0
  %splat21 = shufflevector <8 x float> %544, <8 x float> undef, <8 x i32> zeroinitializer
  %545 = load <8 x float>, <8 x float>* %92, align 32
  %546 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %512, <8 x float> %545)
  store <8 x float> %546, <8 x float>* %92, align 32
  %547 = load <8 x float>, <8 x float>* %86, align 32
  %548 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat21, <8 x float> %516, <8 x float> %547)
  store <8 x float> %548, <8 x float>* %86, align 32
  %549 = add i64 %504, 14
  %550 = getelementptr inbounds float, float* %1, i64 %549
  %551 = load float, float* %550, align 4
  %552 = insertelement <8 x float> undef, float %551, i32 0
  %splat22 = shufflevector <8 x float> %552, <8 x float> undef, <8 x i32> zeroinitializer
  %553 = load <8 x float>, <8 x float>* %91, align 32
  %554 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %512, <8 x float> %553)
  store <8 x float> %554, <8 x float>* %91, align 32
  %555 = load <8 x float>, <8 x float>* %85, align 32
  %556 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat22, <8 x float> %516, <8 x float> %555)
  store <8 x float> %556, <8 x float>* %85, align 32
  %557 = add i64 %504, 15
  %558 = getelementptr inbounds float, float* %1, i64 %557
  %559 = load float, float* %558, align 4
  %560 = insertelement <8 x float> undef, float %559, i32 0
  %splat23 = shufflevector <8 x float> %560, <8 x float> undef, <8 x i32> zeroinitializer
  %561 = load <8 x float>, <8 x float>* %90, align 32
  %562 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %512, <8 x float> %561)
  store <8 x float> %562, <8 x float>* %90, align 32
  %563 = load <8 x float>, <8 x float>* %84, align 32
  %564 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat23, <8 x float> %516, <8 x float> %563)
  store <8 x float> %564, <8 x float>* %84, align 32
  %kw.next24 = add i64 %kw17, 1
  br label %kw.header14, !llvm.loop !4

kw.exit16:                                        ; preds = %kw.header14
  %kh.next25 = add i64 %kh13, 1
  br label %kh.header10

u.header27:                                       ; preds = %kh.exit33, %u.exit8
  %u30 = phi i64 [ 0, %u.exit8 ], [ %u.next47, %kh.exit33 ]
  %565 = icmp slt i64 %u30, 6
  br i1 %565, label %u.body28, label %u.exit29

u.body28:                                         ; preds = %u.header27
  %566 = add i64 0, %u30
  %567 = mul i64 %566, 196
  %568 = add i64 %498, %567
  %569 = mul i64 %566, 200
  %570 = add i64 %128, %569
  br label %kh.header31

u.exit29:                                         ; preds = %u.header27
  %571 = load <8 x float>, <8 x float>* %83, align 32
  %572 = fcmp olt <8 x float> %571, zeroinitializer
  %573 = select <8 x i1> %572, <8 x float> zeroinitializer, <8 x float> %571
  %574 = getelementptr inbounds float, float* %0, i64 %449
  %575 = bitcast float* %574 to <8 x float>*
  store <8 x float> %573, <8 x float>* %575, align 4
  %576 = load <8 x float>, <8 x float>* %82, align 32
  %577 = fcmp olt <8 x float> %576, zeroinitializer
  %578 = select <8 x i1> %577, <8 x float> zeroinitializer, <8 x float> %576
  %579 = getelementptr inbounds float, float* %0, i64 %452
  %580 = bitcast float* %579 to <8 x float>*
  store <8 x float> %578, <8 x float>* %580, align 4
  %581 = load <8 x float>, <8 x float>* %81, align 32
  %582 = fcmp olt <8 x float> %581, zeroinitializer
  %583 = select <8 x i1> %582, <8 x float> zeroinitializer, <8 x float> %581
  %584 = getelementptr inbounds float, float* %0, i64 %455
  %585 = bitcast float* %584 to <8 x float>*
  store <8 x float> %583, <8 x float>* %585, align 4
  %586 = load <8 x float>, <8 x float>* %80, align 32
  %587 = fcmp olt <8 x float> %586, zeroinitializer
  %588 = select <8 x i1> %587, <8 x float> zeroinitializer, <8 x float> %586
  %589 = getelementptr inbounds float, float* %0, i64 %458
  %590 = bitcast float* %589 to <8 x float>*
  store <8 x float> %588, <8 x float>* %590, align 4
  %591 = load <8 x float>, <8 x float>* %79, align 32
  %592 = fcmp olt <8 x float> %591, zeroinitializer
  %593 = select <8 x i1> %592, <8 x float> zeroinitializer, <8 x float> %591
  %594 = getelementptr inbounds float, float* %0, i64 %461
  %595 = bitcast float* %594 to <8 x float>*
  store <8 x float> %593, <8 x float>* %595, align 4
  %596 = load <8 x float>, <8 x float>* %78, align 32
  %597 = fcmp olt <8 x float> %596, zeroinitializer
  %598 = select <8 x i1> %597, <8 x float> zeroinitializer, <8 x float> %596
  %599 = getelementptr inbounds float, float* %0, i64 %464
  %600 = bitcast float* %599 to <8 x float>*
  store <8 x float> %598, <8 x float>* %600, align 4
  %601 = load <8 x float>, <8 x float>* %77, align 32
  %602 = fcmp olt <8 x float> %601, zeroinitializer
  %603 = select <8 x i1> %602, <8 x float> zeroinitializer, <8 x float> %601
  %604 = getelementptr inbounds float, float* %0, i64 %471
  %605 = bitcast float* %604 to <8 x float>*
  store <8 x float> %603, <8 x float>* %605, align 4
  %606 = load <8 x float>, <8 x float>* %76, align 32
  %607 = fcmp olt <8 x float> %606, zeroinitializer
  %608 = select <8 x i1> %607, <8 x float> zeroinitializer, <8 x float> %606
  %609 = getelementptr inbounds float, float* %0, i64 %474
  %610 = bitcast float* %609 to <8 x float>*
  store <8 x float> %608, <8 x float>* %610, align 4
  %611 = load <8 x float>, <8 x float>* %75, align 32
  %612 = fcmp olt <8 x float> %611, zeroinitializer
  %613 = select <8 x i1> %612, <8 x float> zeroinitializer, <8 x float> %611
  %614 = getelementptr inbounds float, float* %0, i64 %477
  %615 = bitcast float* %614 to <8 x float>*
  store <8 x float> %613, <8 x float>* %615, align 4
  %616 = load <8 x float>, <8 x float>* %74, align 32
  %617 = fcmp olt <8 x float> %616, zeroinitializer
  %618 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> %616
  %619 = getelementptr inbounds float, float* %0, i64 %480
  %620 = bitcast float* %619 to <8 x float>*
  store <8 x float> %618, <8 x float>* %620, align 4
  %621 = load <8 x float>, <8 x float>* %73, align 32
  %622 = fcmp olt <8 x float> %621, zeroinitializer
  %623 = select <8 x i1> %622, <8 x float> zeroinitializer, <8 x float> %621
  %624 = getelementptr inbounds float, float* %0, i64 %483
  %625 = bitcast float* %624 to <8 x float>*
  store <8 x float> %623, <8 x float>* %625, align 4
  %626 = load <8 x float>, <8 x float>* %72, align 32
  %627 = fcmp olt <8 x float> %626, zeroinitializer
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> %626
  %629 = getelementptr inbounds float, float* %0, i64 %486
  %630 = bitcast float* %629 to <8 x float>*
  store <8 x float> %628, <8 x float>* %630, align 4
  %631 = add i64 %119, 0
  %632 = mul i64 %114, 2
  %633 = add i64 %632, %117
  %634 = add i64 %633, 0
  %635 = mul i64 %634, 800
  %636 = add i64 %631, 18
  %637 = mul i64 %636, 8
  %638 = add i64 %635, %637
  %639 = add i64 %631, 19
  %640 = mul i64 %639, 8
  %641 = add i64 %635, %640
  %642 = add i64 %631, 20
  %643 = mul i64 %642, 8
  %644 = add i64 %635, %643
  %645 = add i64 %631, 21
  %646 = mul i64 %645, 8
  %647 = add i64 %635, %646
  %648 = add i64 %631, 22
  %649 = mul i64 %648, 8
  %650 = add i64 %635, %649
  %651 = add i64 %631, 23
  %652 = mul i64 %651, 8
  %653 = add i64 %635, %652
  %654 = mul i64 %114, 2
  %655 = add i64 %654, %117
  %656 = add i64 %655, 1
  %657 = mul i64 %656, 800
  %658 = add i64 %631, 18
  %659 = mul i64 %658, 8
  %660 = add i64 %657, %659
  %661 = add i64 %631, 19
  %662 = mul i64 %661, 8
  %663 = add i64 %657, %662
  %664 = add i64 %631, 20
  %665 = mul i64 %664, 8
  %666 = add i64 %657, %665
  %667 = add i64 %631, 21
  %668 = mul i64 %667, 8
  %669 = add i64 %657, %668
  %670 = add i64 %631, 22
  %671 = mul i64 %670, 8
  %672 = add i64 %657, %671
  %673 = add i64 %631, 23
  %674 = mul i64 %673, 8
  %675 = add i64 %657, %674
  %676 = add i64 %123, 0
  %677 = mul i64 %676, 8
  %678 = getelementptr inbounds float, float* %5, i64 %677
  %679 = bitcast float* %678 to <8 x float>*
  %680 = load <8 x float>, <8 x float>* %679, align 4
  %681 = add i64 %123, 1
  %682 = mul i64 %681, 8
  %683 = getelementptr inbounds float, float* %5, i64 %682
  %684 = bitcast float* %683 to <8 x float>*
  %685 = load <8 x float>, <8 x float>* %684, align 4
  store <8 x float> %680, <8 x float>* %71, align 32
  store <8 x float> %680, <8 x float>* %70, align 32
  store <8 x float> %680, <8 x float>* %69, align 32
  store <8 x float> %680, <8 x float>* %68, align 32
  store <8 x float> %680, <8 x float>* %67, align 32
  store <8 x float> %680, <8 x float>* %66, align 32
  store <8 x float> %685, <8 x float>* %65, align 32
  store <8 x float> %685, <8 x float>* %64, align 32
  store <8 x float> %685, <8 x float>* %63, align 32
  store <8 x float> %685, <8 x float>* %62, align 32
  store <8 x float> %685, <8 x float>* %61, align 32
  store <8 x float> %685, <8 x float>* %60, align 32
  %686 = add i64 %129, 0
  %687 = add i64 %127, %686
  br label %u.header48

kh.header31:                                      ; preds = %kw.exit37, %u.body28
  %kh34 = phi i64 [ 0, %u.body28 ], [ %kh.next46, %kw.exit37 ]
  %688 = icmp slt i64 %kh34, 5
  br i1 %688, label %kh.body32, label %kh.exit33

kh.body32:                                        ; preds = %kh.header31
  %689 = mul i64 %kh34, 14
  %690 = add i64 %568, %689
  br label %kw.header35

kh.exit33:                                        ; preds = %kh.header31
  %u.next47 = add i64 %u30, 1
  br label %u.header27

kw.header35:                                      ; preds = %kw.body36, %kh.body32
  %kw38 = phi i64 [ 0, %kh.body32 ], [ %kw.next45, %kw.body36 ]
  %691 = icmp slt i64 %kw38, 5
  br i1 %691, label %kw.body36, label %kw.exit37

kw.body36:                                        ; preds = %kw.header35
  %692 = mul i64 %kw38, 1
  %693 = add i64 %690, %692
  %694 = mul i64 %kh34, 5
  %695 = add i64 %694, %kw38
  %696 = mul i64 %695, 8
  %697 = add i64 %570, %696
  %698 = add i64 %697, 0
  %699 = getelementptr inbounds float, float* %4, i64 %698
  %700 = bitcast float* %699 to <8 x float>*
  %701 = load <8 x float>, <8 x float>* %700, align 4
  %702 = add i64 %697, 1200
  %703 = getelementptr inbounds float, float* %4, i64 %702
  %704 = bitcast float* %703 to <8 x float>*
  %705 = load <8 x float>, <8 x float>* %704, align 4
  %706 = add i64 %693, 16
  %707 = getelementptr inbounds float, float* %1, i64 %706
  %708 = load float, float* %707, align 4
  %709 = insertelement <8 x float> undef, float %708, i32 0
  %splat39 = shufflevector <8 x float> %709, <8 x float> undef, <8 x i32> zeroinitializer
  %710 = load <8 x float>, <8 x float>* %83, align 32
  %711 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %701, <8 x float> %710)
  store <8 x float> %711, <8 x float>* %83, align 32
  %712 = load <8 x float>, <8 x float>* %77, align 32
  %713 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat39, <8 x float> %705, <8 x float> %712)
  store <8 x float> %713, <8 x float>* %77, align 32
  %714 = add i64 %693, 17
  %715 = getelementptr inbounds float, float* %1, i64 %714
  %716 = load float, float* %715, align 4
  %717 = insertelement <8 x float> undef, float %716, i32 0
  %splat40 = shufflevector <8 x float> %717, <8 x float> undef, <8 x i32> zeroinitializer
  %718 = load <8 x float>, <8 x float>* %82, align 32
  %719 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %701, <8 x float> %718)
  store <8 x float> %719, <8 x float>* %82, align 32
  %720 = load <8 x float>, <8 x float>* %76, align 32
  %721 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat40, <8 x float> %705, <8 x float> %720)
  store <8 x float> %721, <8 x float>* %76, align 32
  %722 = add i64 %693, 18
  %723 = getelementptr inbounds float, float* %1, i64 %722
  %724 = load float, float* %723, align 4
  %725 = insertelement <8 x float> undef, float %724, i32 0
  %splat41 = shufflevector <8 x float> %725, <8 x float> undef, <8 x i32> zeroinitializer
  %726 = load <8 x float>, <8 x float>* %81, align 32
  %727 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %701, <8 x float> %726)
  store <8 x float> %727, <8 x float>* %81, align 32
  %728 = load <8 x float>, <8 x float>* %75, align 32
  %729 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat41, <8 x float> %705, <8 x float> %728)
  store <8 x float> %729, <8 x float>* %75, align 32
  %730 = add i64 %693, 19
  %731 = getelementptr inbounds float, float* %1, i64 %730
  %732 = load float, float* %731, align 4
  %733 = insertelement <8 x float> undef, float %732, i32 0
  %splat42 = shufflevector <8 x float> %733, <8 x float> undef, <8 x i32> zeroinitializer
  %734 = load <8 x float>, <8 x float>* %80, align 32
  %735 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %701, <8 x float> %734)
  store <8 x float> %735, <8 x float>* %80, align 32
  %736 = load <8 x float>, <8 x float>* %74, align 32
  %737 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat42, <8 x float> %705, <8 x float> %736)
  store <8 x float> %737, <8 x float>* %74, align 32
  %738 = add i64 %693, 20
  %739 = getelementptr inbounds float, float* %1, i64 %738
  %740 = load float, float* %739, align 4
  %741 = insertelement <8 x float> undef, float %740, i32 0
  %splat43 = shufflevector <8 x float> %741, <8 x float> undef, <8 x i32> zeroinitializer
  %742 = load <8 x float>, <8 x float>* %79, align 32
  %743 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %701, <8 x float> %742)
  store <8 x float> %743, <8 x float>* %79, align 32
  %744 = load <8 x float>, <8 x float>* %73, align 32
  %745 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat43, <8 x float> %705, <8 x float> %744)
  store <8 x float> %745, <8 x float>* %73, align 32
  %746 = add i64 %693, 21
  %747 = getelementptr inbounds float, float* %1, i64 %746
  %748 = load float, float* %747, align 4
  %749 = insertelement <8 x float> undef, float %748, i32 0
  %splat44 = shufflevector <8 x float> %749, <8 x float> undef, <8 x i32> zeroinitializer
  %750 = load <8 x float>, <8 x float>* %78, align 32
  %751 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %701, <8 x float> %750)
  store <8 x float> %751, <8 x float>* %78, align 32
  %752 = load <8 x float>, <8 x float>* %72, align 32
  %753 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat44, <8 x float> %705, <8 x float> %752)
  store <8 x float> %753, <8 x float>* %72, align 32
  %kw.next45 = add i64 %kw38, 1
  br label %kw.header35, !llvm.loop !5

kw.exit37:                                        ; preds = %kw.header35
  %kh.next46 = add i64 %kh34, 1
  br label %kh.header31

u.header48:                                       ; preds = %kh.exit54, %u.exit29
  %u51 = phi i64 [ 0, %u.exit29 ], [ %u.next68, %kh.exit54 ]
  %754 = icmp slt i64 %u51, 6
  br i1 %754, label %u.body49, label %u.exit50

u.body49:                                         ; preds = %u.header48
  %755 = add i64 0, %u51
  %756 = mul i64 %755, 196
  %757 = add i64 %687, %756
  %758 = mul i64 %755, 200
  %759 = add i64 %128, %758
  br label %kh.header52

u.exit50:                                         ; preds = %u.header48
  %760 = load <8 x float>, <8 x float>* %71, align 32
  %761 = fcmp olt <8 x float> %760, zeroinitializer
  %762 = select <8 x i1> %761, <8 x float> zeroinitializer, <8 x float> %760
  %763 = getelementptr inbounds float, float* %0, i64 %638
  %764 = bitcast float* %763 to <8 x float>*
  store <8 x float> %762, <8 x float>* %764, align 4
  %765 = load <8 x float>, <8 x float>* %70, align 32
  %766 = fcmp olt <8 x float> %765, zeroinitializer
  %767 = select <8 x i1> %766, <8 x float> zeroinitializer, <8 x float> %765
  %768 = getelementptr inbounds float, float* %0, i64 %641
  %769 = bitcast float* %768 to <8 x float>*
  store <8 x float> %767, <8 x float>* %769, align 4
  %770 = load <8 x float>, <8 x float>* %69, align 32
  %771 = fcmp olt <8 x float> %770, zeroinitializer
  %772 = select <8 x i1> %771, <8 x float> zeroinitializer, <8 x float> %770
  %773 = getelementptr inbounds float, float* %0, i64 %644
  %774 = bitcast float* %773 to <8 x float>*
  store <8 x float> %772, <8 x float>* %774, align 4
  %775 = load <8 x float>, <8 x float>* %68, align 32
  %776 = fcmp olt <8 x float> %775, zeroinitializer
  %777 = select <8 x i1> %776, <8 x float> zeroinitializer, <8 x float> %775
  %778 = getelementptr inbounds float, float* %0, i64 %647
  %779 = bitcast float* %778 to <8 x float>*
  store <8 x float> %777, <8 x float>* %779, align 4
  %780 = load <8 x float>, <8 x float>* %67, align 32
  %781 = fcmp olt <8 x float> %780, zeroinitializer
  %782 = select <8 x i1> %781, <8 x float> zeroinitializer, <8 x float> %780
  %783 = getelementptr inbounds float, float* %0, i64 %650
  %784 = bitcast float* %783 to <8 x float>*
  store <8 x float> %782, <8 x float>* %784, align 4
  %785 = load <8 x float>, <8 x float>* %66, align 32
  %786 = fcmp olt <8 x float> %785, zeroinitializer
  %787 = select <8 x i1> %786, <8 x float> zeroinitializer, <8 x float> %785
  %788 = getelementptr inbounds float, float* %0, i64 %653
  %789 = bitcast float* %788 to <8 x float>*
  store <8 x float> %787, <8 x float>* %789, align 4
  %790 = load <8 x float>, <8 x float>* %65, align 32
  %791 = fcmp olt <8 x float> %790, zeroinitializer
  %792 = select <8 x i1> %791, <8 x float> zeroinitializer, <8 x float> %790
  %793 = getelementptr inbounds float, float* %0, i64 %660
  %794 = bitcast float* %793 to <8 x float>*
  store <8 x float> %792, <8 x float>* %794, align 4
  %795 = load <8 x float>, <8 x float>* %64, align 32
  %796 = fcmp olt <8 x float> %795, zeroinitializer
  %797 = select <8 x i1> %796, <8 x float> zeroinitializer, <8 x float> %795
  %798 = getelementptr inbounds float, float* %0, i64 %663
  %799 = bitcast float* %798 to <8 x float>*
  store <8 x float> %797, <8 x float>* %799, align 4
  %800 = load <8 x float>, <8 x float>* %63, align 32
  %801 = fcmp olt <8 x float> %800, zeroinitializer
  %802 = select <8 x i1> %801, <8 x float> zeroinitializer, <8 x float> %800
  %803 = getelementptr inbounds float, float* %0, i64 %666
  %804 = bitcast float* %803 to <8 x float>*
  store <8 x float> %802, <8 x float>* %804, align 4
  %805 = load <8 x float>, <8 x float>* %62, align 32
  %806 = fcmp olt <8 x float> %805, zeroinitializer
  %807 = select <8 x i1> %806, <8 x float> zeroinitializer, <8 x float> %805
  %808 = getelementptr inbounds float, float* %0, i64 %669
  %809 = bitcast float* %808 to <8 x float>*
  store <8 x float> %807, <8 x float>* %809, align 4
  %810 = load <8 x float>, <8 x float>* %61, align 32
  %811 = fcmp olt <8 x float> %810, zeroinitializer
  %812 = select <8 x i1> %811, <8 x float> zeroinitializer, <8 x float> %810
  %813 = getelementptr inbounds float, float* %0, i64 %672
  %814 = bitcast float* %813 to <8 x float>*
  store <8 x float> %812, <8 x float>* %814, align 4
  %815 = load <8 x float>, <8 x float>* %60, align 32
  %816 = fcmp olt <8 x float> %815, zeroinitializer
  %817 = select <8 x i1> %816, <8 x float> zeroinitializer, <8 x float> %815
  %818 = getelementptr inbounds float, float* %0, i64 %675
  %819 = bitcast float* %818 to <8 x float>*
  store <8 x float> %817, <8 x float>* %819, align 4
  %820 = add i64 %119, 0
  %821 = mul i64 %114, 2
  %822 = add i64 %821, %117
  %823 = add i64 %822, 0
  %824 = mul i64 %823, 800
  %825 = add i64 %820, 24
  %826 = mul i64 %825, 8
  %827 = add i64 %824, %826
  %828 = add i64 %820, 25
  %829 = mul i64 %828, 8
  %830 = add i64 %824, %829
  %831 = add i64 %820, 26
  %832 = mul i64 %831, 8
  %833 = add i64 %824, %832
  %834 = add i64 %820, 27
  %835 = mul i64 %834, 8
  %836 = add i64 %824, %835
  %837 = add i64 %820, 28
  %838 = mul i64 %837, 8
  %839 = add i64 %824, %838
  %840 = add i64 %820, 29
  %841 = mul i64 %840, 8
  %842 = add i64 %824, %841
  %843 = mul i64 %114, 2
  %844 = add i64 %843, %117
  %845 = add i64 %844, 1
  %846 = mul i64 %845, 800
  %847 = add i64 %820, 24
  %848 = mul i64 %847, 8
  %849 = add i64 %846, %848
  %850 = add i64 %820, 25
  %851 = mul i64 %850, 8
  %852 = add i64 %846, %851
  %853 = add i64 %820, 26
  %854 = mul i64 %853, 8
  %855 = add i64 %846, %854
  %856 = add i64 %820, 27
  %857 = mul i64 %856, 8
  %858 = add i64 %846, %857
  %859 = add i64 %820, 28
  %860 = mul i64 %859, 8
  %861 = add i64 %846, %860
  %862 = add i64 %820, 29
  %863 = mul i64 %862, 8
  %864 = add i64 %846, %863
  %865 = add i64 %123, 0
  %866 = mul i64 %865, 8
  %867 = getelementptr inbounds float, float* %5, i64 %866
  %868 = bitcast float* %867 to <8 x float>*
  %869 = load <8 x float>, <8 x float>* %868, align 4
  %870 = add i64 %123, 1
  %871 = mul i64 %870, 8
  %872 = getelementptr inbounds float, float* %5, i64 %871
  %873 = bitcast float* %872 to <8 x float>*
  %874 = load <8 x float>, <8 x float>* %873, align 4
  store <8 x float> %869, <8 x float>* %59, align 32
  store <8 x float> %869, <8 x float>* %58, align 32
  store <8 x float> %869, <8 x float>* %57, align 32
  store <8 x float> %869, <8 x float>* %56, align 32
  store <8 x float> %869, <8 x float>* %55, align 32
  store <8 x float> %869, <8 x float>* %54, align 32
  store <8 x float> %874, <8 x float>* %53, align 32
  store <8 x float> %874, <8 x float>* %52, align 32
  store <8 x float> %874, <8 x float>* %51, align 32
  store <8 x float> %874, <8 x float>* %50, align 32
  store <8 x float> %874, <8 x float>* %49, align 32
  store <8 x float> %874, <8 x float>* %48, align 32
  %875 = add i64 %129, 0
  %876 = add i64 %127, %875
  br label %u.header69

kh.header52:                                      ; preds = %kw.exit58, %u.body49
  %kh55 = phi i64 [ 0, %u.body49 ], [ %kh.next67, %kw.exit58 ]
  %877 = icmp slt i64 %kh55, 5
  br i1 %877, label %kh.body53, label %kh.exit54

kh.body53:                                        ; preds = %kh.header52
  %878 = mul i64 %kh55, 14
  %879 = add i64 %757, %878
  br label %kw.header56

kh.exit54:                                        ; preds = %kh.header52
  %u.next68 = add i64 %u51, 1
  br label %u.header48

kw.header56:                                      ; preds = %kw.body57, %kh.body53
  %kw59 = phi i64 [ 0, %kh.body53 ], [ %kw.next66, %kw.body57 ]
  %880 = icmp slt i64 %kw59, 5
  br i1 %880, label %kw.body57, label %kw.exit58

kw.body57:                                        ; preds = %kw.header56
  %881 = mul i64 %kw59, 1
  %882 = add i64 %879, %881
  %883 = mul i64 %kh55, 5
  %884 = add i64 %883, %kw59
  %885 = mul i64 %884, 8
  %886 = add i64 %759, %885
  %887 = add i64 %886, 0
  %888 = getelementptr inbounds float, float* %4, i64 %887
  %889 = bitcast float* %888 to <8 x float>*
  %890 = load <8 x float>, <8 x float>* %889, align 4
  %891 = add i64 %886, 1200
  %892 = getelementptr inbounds float, float* %4, i64 %891
  %893 = bitcast float* %892 to <8 x float>*
  %894 = load <8 x float>, <8 x float>* %893, align 4
  %895 = add i64 %882, 22
  %896 = getelementptr inbounds float, float* %1, i64 %895
  %897 = load float, float* %896, align 4
  %898 = insertelement <8 x float> undef, float %897, i32 0
  %splat60 = shufflevector <8 x float> %898, <8 x float> undef, <8 x i32> zeroinitializer
  %899 = load <8 x float>, <8 x float>* %71, align 32
  %900 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %890, <8 x float> %899)
  store <8 x float> %900, <8 x float>* %71, align 32
  %901 = load <8 x float>, <8 x float>* %65, align 32
  %902 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat60, <8 x float> %894, <8 x float> %901)
  store <8 x float> %902, <8 x float>* %65, align 32
  %903 = add i64 %882, 23
  %904 = getelementptr inbounds float, float* %1, i64 %903
  %905 = load float, float* %904, align 4
  %906 = insertelement <8 x float> undef, float %905, i32 0
  %splat61 = shufflevector <8 x float> %906, <8 x float> undef, <8 x i32> zeroinitializer
  %907 = load <8 x float>, <8 x float>* %70, align 32
  %908 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %890, <8 x float> %907)
  store <8 x float> %908, <8 x float>* %70, align 32
  %909 = load <8 x float>, <8 x float>* %64, align 32
  %910 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat61, <8 x float> %894, <8 x float> %909)
  store <8 x float> %910, <8 x float>* %64, align 32
  %911 = add i64 %882, 28
  %912 = getelementptr inbounds float, float* %1, i64 %911
  %913 = load float, float* %912, align 4
  %914 = insertelement <8 x float> undef, float %913, i32 0
  %splat62 = shufflevector <8 x float> %914, <8 x float> undef, <8 x i32> zeroinitializer
  %915 = load <8 x float>, <8 x float>* %69, align 32
  %916 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %890, <8 x float> %915)
  store <8 x float> %916, <8 x float>* %69, align 32
  %917 = load <8 x float>, <8 x float>* %63, align 32
  %918 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat62, <8 x float> %894, <8 x float> %917)
  store <8 x float> %918, <8 x float>* %63, align 32
  %919 = add i64 %882, 29
  %920 = getelementptr inbounds float, float* %1, i64 %919
  %921 = load float, float* %920, align 4
  %922 = insertelement <8 x float> undef, float %921, i32 0
  %splat63 = shufflevector <8 x float> %922, <8 x float> undef, <8 x i32> zeroinitializer
  %923 = load <8 x float>, <8 x float>* %68, align 32
  %924 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %890, <8 x float> %923)
  store <8 x float> %924, <8 x float>* %68, align 32
  %925 = load <8 x float>, <8 x float>* %62, align 32
  %926 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat63, <8 x float> %894, <8 x float> %925)
  store <8 x float> %926, <8 x float>* %62, align 32
  %927 = add i64 %882, 30
  %928 = getelementptr inbounds float, float* %1, i64 %927
  %929 = load float, float* %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %splat64 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %931 = load <8 x float>, <8 x float>* %67, align 32
  %932 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %890, <8 x float> %931)
  store <8 x float> %932, <8 x float>* %67, align 32
  %933 = load <8 x float>, <8 x float>* %61, align 32
  %934 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat64, <8 x float> %894, <8 x float> %933)
  store <8 x float> %934, <8 x float>* %61, align 32
  %935 = add i64 %882, 31
  %936 = getelementptr inbounds float, float* %1, i64 %935
  %937 = load float, float* %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %splat65 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, <8 x float>* %66, align 32
  %940 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %890, <8 x float> %939)
  store <8 x float> %940, <8 x float>* %66, align 32
  %941 = load <8 x float>, <8 x float>* %60, align 32
  %942 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat65, <8 x float> %894, <8 x float> %941)
  store <8 x float> %942, <8 x float>* %60, align 32
  %kw.next66 = add i64 %kw59, 1
  br label %kw.header56, !llvm.loop !6

kw.exit58:                                        ; preds = %kw.header56
  %kh.next67 = add i64 %kh55, 1
  br label %kh.header52

u.header69:                                       ; preds = %kh.exit75, %u.exit50
  %u72 = phi i64 [ 0, %u.exit50 ], [ %u.next89, %kh.exit75 ]
  %943 = icmp slt i64 %u72, 6
  br i1 %943, label %u.body70, label %u.exit71

u.body70:                                         ; preds = %u.header69
  %944 = add i64 0, %u72
  %945 = mul i64 %944, 196
  %946 = add i64 %876, %945
  %947 = mul i64 %944, 200
  %948 = add i64 %128, %947
  br label %kh.header73

u.exit71:                                         ; preds = %u.header69
  %949 = load <8 x float>, <8 x float>* %59, align 32
  %950 = fcmp olt <8 x float> %949, zeroinitializer
  %951 = select <8 x i1> %950, <8 x float> zeroinitializer, <8 x float> %949
  %952 = getelementptr inbounds float, float* %0, i64 %827
  %953 = bitcast float* %952 to <8 x float>*
  store <8 x float> %951, <8 x float>* %953, align 4
  %954 = load <8 x float>, <8 x float>* %58, align 32
  %955 = fcmp olt <8 x float> %954, zeroinitializer
  %956 = select <8 x i1> %955, <8 x float> zeroinitializer, <8 x float> %954
  %957 = getelementptr inbounds float, float* %0, i64 %830
  %958 = bitcast float* %957 to <8 x float>*
  store <8 x float> %956, <8 x float>* %958, align 4
  %959 = load <8 x float>, <8 x float>* %57, align 32
  %960 = fcmp olt <8 x float> %959, zeroinitializer
  %961 = select <8 x i1> %960, <8 x float> zeroinitializer, <8 x float> %959
  %962 = getelementptr inbounds float, float* %0, i64 %833
  %963 = bitcast float* %962 to <8 x float>*
  store <8 x float> %961, <8 x float>* %963, align 4
  %964 = load <8 x float>, <8 x float>* %56, align 32
  %965 = fcmp olt <8 x float> %964, zeroinitializer
  %966 = select <8 x i1> %965, <8 x float> zeroinitializer, <8 x float> %964
  %967 = getelementptr inbounds float, float* %0, i64 %836
  %968 = bitcast float* %967 to <8 x float>*
  store <8 x float> %966, <8 x float>* %968, align 4
  %969 = load <8 x float>, <8 x float>* %55, align 32
  %970 = fcmp olt <8 x float> %969, zeroinitializer
  %971 = select <8 x i1> %970, <8 x float> zeroinitializer, <8 x float> %969
  %972 = getelementptr inbounds float, float* %0, i64 %839
  %973 = bitcast float* %972 to <8 x float>*
  store <8 x float> %971, <8 x float>* %973, align 4
  %974 = load <8 x float>, <8 x float>* %54, align 32
  %975 = fcmp olt <8 x float> %974, zeroinitializer
  %976 = select <8 x i1> %975, <8 x float> zeroinitializer, <8 x float> %974
  %977 = getelementptr inbounds float, float* %0, i64 %842
  %978 = bitcast float* %977 to <8 x float>*
  store <8 x float> %976, <8 x float>* %978, align 4
  %979 = load <8 x float>, <8 x float>* %53, align 32
  %980 = fcmp olt <8 x float> %979, zeroinitializer
  %981 = select <8 x i1> %980, <8 x float> zeroinitializer, <8 x float> %979
  %982 = getelementptr inbounds float, float* %0, i64 %849
  %983 = bitcast float* %982 to <8 x float>*
  store <8 x float> %981, <8 x float>* %983, align 4
  %984 = load <8 x float>, <8 x float>* %52, align 32
  %985 = fcmp olt <8 x float> %984, zeroinitializer
  %986 = select <8 x i1> %985, <8 x float> zeroinitializer, <8 x float> %984
  %987 = getelementptr inbounds float, float* %0, i64 %852
  %988 = bitcast float* %987 to <8 x float>*
  store <8 x float> %986, <8 x float>* %988, align 4
  %989 = load <8 x float>, <8 x float>* %51, align 32
  %990 = fcmp olt <8 x float> %989, zeroinitializer
  %991 = select <8 x i1> %990, <8 x float> zeroinitializer, <8 x float> %989
  %992 = getelementptr inbounds float, float* %0, i64 %855
  %993 = bitcast float* %992 to <8 x float>*
  store <8 x float> %991, <8 x float>* %993, align 4
  %994 = load <8 x float>, <8 x float>* %50, align 32
  %995 = fcmp olt <8 x float> %994, zeroinitializer
  %996 = select <8 x i1> %995, <8 x float> zeroinitializer, <8 x float> %994
  %997 = getelementptr inbounds float, float* %0, i64 %858
  %998 = bitcast float* %997 to <8 x float>*
  store <8 x float> %996, <8 x float>* %998, align 4
  %999 = load <8 x float>, <8 x float>* %49, align 32
  %1000 = fcmp olt <8 x float> %999, zeroinitializer
  %1001 = select <8 x i1> %1000, <8 x float> zeroinitializer, <8 x float> %999
  %1002 = getelementptr inbounds float, float* %0, i64 %861
  %1003 = bitcast float* %1002 to <8 x float>*
  store <8 x float> %1001, <8 x float>* %1003, align 4
  %1004 = load <8 x float>, <8 x float>* %48, align 32
  %1005 = fcmp olt <8 x float> %1004, zeroinitializer
  %1006 = select <8 x i1> %1005, <8 x float> zeroinitializer, <8 x float> %1004
  %1007 = getelementptr inbounds float, float* %0, i64 %864
  %1008 = bitcast float* %1007 to <8 x float>*
  store <8 x float> %1006, <8 x float>* %1008, align 4
  %1009 = add i64 %119, 0
  %1010 = mul i64 %114, 2
  %1011 = add i64 %1010, %117
  %1012 = add i64 %1011, 0
  %1013 = mul i64 %1012, 800
  %1014 = add i64 %1009, 30
  %1015 = mul i64 %1014, 8
  %1016 = add i64 %1013, %1015
  %1017 = add i64 %1009, 31
  %1018 = mul i64 %1017, 8
  %1019 = add i64 %1013, %1018
  %1020 = add i64 %1009, 32
  %1021 = mul i64 %1020, 8
  %1022 = add i64 %1013, %1021
  %1023 = add i64 %1009, 33
  %1024 = mul i64 %1023, 8
  %1025 = add i64 %1013, %1024
  %1026 = add i64 %1009, 34
  %1027 = mul i64 %1026, 8
  %1028 = add i64 %1013, %1027
  %1029 = add i64 %1009, 35
  %1030 = mul i64 %1029, 8
  %1031 = add i64 %1013, %1030
  %1032 = mul i64 %114, 2
  %1033 = add i64 %1032, %117
  %1034 = add i64 %1033, 1
  %1035 = mul i64 %1034, 800
  %1036 = add i64 %1009, 30
  %1037 = mul i64 %1036, 8
  %1038 = add i64 %1035, %1037
  %1039 = add i64 %1009, 31
  %1040 = mul i64 %1039, 8
  %1041 = add i64 %1035, %1040
  %1042 = add i64 %1009, 32
  %1043 = mul i64 %1042, 8
  %1044 = add i64 %1035, %1043
  %1045 = add i64 %1009, 33
  %1046 = mul i64 %1045, 8
  %1047 = add i64 %1035, %1046
  %1048 = add i64 %1009, 34
  %1049 = mul i64 %1048, 8
  %1050 = add i64 %1035, %1049
  %1051 = add i64 %1009, 35
  %1052 = mul i64 %1051, 8
  %1053 = add i64 %1035, %1052
  %1054 = add i64 %123, 0
  %1055 = mul i64 %1054, 8
  %1056 = getelementptr inbounds float, float* %5, i64 %1055
  %1057 = bitcast float* %1056 to <8 x float>*
  %1058 = load <8 x float>, <8 x float>* %1057, align 4
  %1059 = add i64 %123, 1
  %1060 = mul i64 %1059, 8
  %1061 = getelementptr inbounds float, float* %5, i64 %1060
  %1062 = bitcast float* %1061 to <8 x float>*
  %1063 = load <8 x float>, <8 x float>* %1062, align 4
  store <8 x float> %1058, <8 x float>* %47, align 32
  store <8 x float> %1058, <8 x float>* %46, align 32
  store <8 x float> %1058, <8 x float>* %45, align 32
  store <8 x float> %1058, <8 x float>* %44, align 32
  store <8 x float> %1058, <8 x float>* %43, align 32
  store <8 x float> %1058, <8 x float>* %42, align 32
  store <8 x float> %1063, <8 x float>* %41, align 32
  store <8 x float> %1063, <8 x float>* %40, align 32
  store <8 x float> %1063, <8 x float>* %39, align 32
  store <8 x float> %1063, <8 x float>* %38, align 32
  store <8 x float> %1063, <8 x float>* %37, align 32
  store <8 x float> %1063, <8 x float>* %36, align 32
  %1064 = add i64 %129, 0
  %1065 = add i64 %127, %1064
  br label %u.header90

kh.header73:                                      ; preds = %kw.exit79, %u.body70
  %kh76 = phi i64 [ 0, %u.body70 ], [ %kh.next88, %kw.exit79 ]
  %1066 = icmp slt i64 %kh76, 5
  br i1 %1066, label %kh.body74, label %kh.exit75

kh.body74:                                        ; preds = %kh.header73
  %1067 = mul i64 %kh76, 14
  %1068 = add i64 %946, %1067
  br label %kw.header77

kh.exit75:                                        ; preds = %kh.header73
  %u.next89 = add i64 %u72, 1
  br label %u.header69

kw.header77:                                      ; preds = %kw.body78, %kh.body74
  %kw80 = phi i64 [ 0, %kh.body74 ], [ %kw.next87, %kw.body78 ]
  %1069 = icmp slt i64 %kw80, 5
  br i1 %1069, label %kw.body78, label %kw.exit79

kw.body78:                                        ; preds = %kw.header77
  %1070 = mul i64 %kw80, 1
  %1071 = add i64 %1068, %1070
  %1072 = mul i64 %kh76, 5
  %1073 = add i64 %1072, %kw80
  %1074 = mul i64 %1073, 8
  %1075 = add i64 %948, %1074
  %1076 = add i64 %1075, 0
  %1077 = getelementptr inbounds float, float* %4, i64 %1076
  %1078 = bitcast float* %1077 to <8 x float>*
  %1079 = load <8 x float>, <8 x float>* %1078, align 4
  %1080 = add i64 %1075, 1200
  %1081 = getelementptr inbounds float, float* %4, i64 %1080
  %1082 = bitcast float* %1081 to <8 x float>*
  %1083 = load <8 x float>, <8 x float>* %1082, align 4
  %1084 = add i64 %1071, 32
  %1085 = getelementptr inbounds float, float* %1, i64 %1084
  %1086 = load float, float* %1085, align 4
  %1087 = insertelement <8 x float> undef, float %1086, i32 0
  %splat81 = shufflevector <8 x float> %1087, <8 x float> undef, <8 x i32> zeroinitializer
  %1088 = load <8 x float>, <8 x float>* %59, align 32
  %1089 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1079, <8 x float> %1088)
  store <8 x float> %1089, <8 x float>* %59, align 32
  %1090 = load <8 x float>, <8 x float>* %53, align 32
  %1091 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat81, <8 x float> %1083, <8 x float> %1090)
  store <8 x float> %1091, <8 x float>* %53, align 32
  %1092 = add i64 %1071, 33
  %1093 = getelementptr inbounds float, float* %1, i64 %1092
  %1094 = load float, float* %1093, align 4
  %1095 = insertelement <8 x float> undef, float %1094, i32 0
  %splat82 = shufflevector <8 x float> %1095, <8 x float> undef, <8 x i32> zeroinitializer
  %1096 = load <8 x float>, <8 x float>* %58, align 32
  %1097 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1079, <8 x float> %1096)
  store <8 x float> %1097, <8 x float>* %58, align 32
  %1098 = load <8 x float>, <8 x float>* %52, align 32
  %1099 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat82, <8 x float> %1083, <8 x float> %1098)
  store <8 x float> %1099, <8 x float>* %52, align 32
  %1100 = add i64 %1071, 34
  %1101 = getelementptr inbounds float, float* %1, i64 %1100
  %1102 = load float, float* %1101, align 4
  %1103 = insertelement <8 x float> undef, float %1102, i32 0
  %splat83 = shufflevector <8 x float> %1103, <8 x float> undef, <8 x i32> zeroinitializer
  %1104 = load <8 x float>, <8 x float>* %57, align 32
  %1105 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1079, <8 x float> %1104)
  store <8 x float> %1105, <8 x float>* %57, align 32
  %1106 = load <8 x float>, <8 x float>* %51, align 32
  %1107 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat83, <8 x float> %1083, <8 x float> %1106)
  store <8 x float> %1107, <8 x float>* %51, align 32
  %1108 = add i64 %1071, 35
  %1109 = getelementptr inbounds float, float* %1, i64 %1108
  %1110 = load float, float* %1109, align 4
  %1111 = insertelement <8 x float> undef, float %1110, i32 0
  %splat84 = shufflevector <8 x float> %1111, <8 x float> undef, <8 x i32> zeroinitializer
  %1112 = load <8 x float>, <8 x float>* %56, align 32
  %1113 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1079, <8 x float> %1112)
  store <8 x float> %1113, <8 x float>* %56, align 32
  %1114 = load <8 x float>, <8 x float>* %50, align 32
  %1115 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat84, <8 x float> %1083, <8 x float> %1114)
  store <8 x float> %1115, <8 x float>* %50, align 32
  %1116 = add i64 %1071, 36
  %1117 = getelementptr inbounds float, float* %1, i64 %1116
  %1118 = load float, float* %1117, align 4
  %1119 = insertelement <8 x float> undef, float %1118, i32 0
  %splat85 = shufflevector <8 x float> %1119, <8 x float> undef, <8 x i32> zeroinitializer
  %1120 = load <8 x float>, <8 x float>* %55, align 32
  %1121 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1079, <8 x float> %1120)
  store <8 x float> %1121, <8 x float>* %55, align 32
  %1122 = load <8 x float>, <8 x float>* %49, align 32
  %1123 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat85, <8 x float> %1083, <8 x float> %1122)
  store <8 x float> %1123, <8 x float>* %49, align 32
  %1124 = add i64 %1071, 37
  %1125 = getelementptr inbounds float, float* %1, i64 %1124
  %1126 = load float, float* %1125, align 4
  %1127 = insertelement <8 x float> undef, float %1126, i32 0
  %splat86 = shufflevector <8 x float> %1127, <8 x float> undef, <8 x i32> zeroinitializer
  %1128 = load <8 x float>, <8 x float>* %54, align 32
  %1129 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1079, <8 x float> %1128)
  store <8 x float> %1129, <8 x float>* %54, align 32
  %1130 = load <8 x float>, <8 x float>* %48, align 32
  %1131 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat86, <8 x float> %1083, <8 x float> %1130)
  store <8 x float> %1131, <8 x float>* %48, align 32
  %kw.next87 = add i64 %kw80, 1
  br label %kw.header77, !llvm.loop !7

kw.exit79:                                        ; preds = %kw.header77
  %kh.next88 = add i64 %kh76, 1
  br label %kh.header73

u.header90:                                       ; preds = %kh.exit96, %u.exit71
  %u93 = phi i64 [ 0, %u.exit71 ], [ %u.next110, %kh.exit96 ]
  %1132 = icmp slt i64 %u93, 6
  br i1 %1132, label %u.body91, label %u.exit92

u.body91:                                         ; preds = %u.header90
  %1133 = add i64 0, %u93
  %1134 = mul i64 %1133, 196
  %1135 = add i64 %1065, %1134
  %1136 = mul i64 %1133, 200
  %1137 = add i64 %128, %1136
  br label %kh.header94

u.exit92:                                         ; preds = %u.header90
  %1138 = load <8 x float>, <8 x float>* %47, align 32
  %1139 = fcmp olt <8 x float> %1138, zeroinitializer
  %1140 = select <8 x i1> %1139, <8 x float> zeroinitializer, <8 x float> %1138
  %1141 = getelementptr inbounds float, float* %0, i64 %1016
  %1142 = bitcast float* %1141 to <8 x float>*
  store <8 x float> %1140, <8 x float>* %1142, align 4
  %1143 = load <8 x float>, <8 x float>* %46, align 32
  %1144 = fcmp olt <8 x float> %1143, zeroinitializer
  %1145 = select <8 x i1> %1144, <8 x float> zeroinitializer, <8 x float> %1143
  %1146 = getelementptr inbounds float, float* %0, i64 %1019
  %1147 = bitcast float* %1146 to <8 x float>*
  store <8 x float> %1145, <8 x float>* %1147, align 4
  %1148 = load <8 x float>, <8 x float>* %45, align 32
  %1149 = fcmp olt <8 x float> %1148, zeroinitializer
  %1150 = select <8 x i1> %1149, <8 x float> zeroinitializer, <8 x float> %1148
  %1151 = getelementptr inbounds float, float* %0, i64 %1022
  %1152 = bitcast float* %1151 to <8 x float>*
  store <8 x float> %1150, <8 x float>* %1152, align 4
  %1153 = load <8 x float>, <8 x float>* %44, align 32
  %1154 = fcmp olt <8 x float> %1153, zeroinitializer
  %1155 = select <8 x i1> %1154, <8 x float> zeroinitializer, <8 x float> %1153
  %1156 = getelementptr inbounds float, float* %0, i64 %1025
  %1157 = bitcast float* %1156 to <8 x float>*
  store <8 x float> %1155, <8 x float>* %1157, align 4
  %1158 = load <8 x float>, <8 x float>* %43, align 32
  %1159 = fcmp olt <8 x float> %1158, zeroinitializer
  %1160 = select <8 x i1> %1159, <8 x float> zeroinitializer, <8 x float> %1158
  %1161 = getelementptr inbounds float, float* %0, i64 %1028
  %1162 = bitcast float* %1161 to <8 x float>*
  store <8 x float> %1160, <8 x float>* %1162, align 4
  %1163 = load <8 x float>, <8 x float>* %42, align 32
  %1164 = fcmp olt <8 x float> %1163, zeroinitializer
  %1165 = select <8 x i1> %1164, <8 x float> zeroinitializer, <8 x float> %1163
  %1166 = getelementptr inbounds float, float* %0, i64 %1031
  %1167 = bitcast float* %1166 to <8 x float>*
  store <8 x float> %1165, <8 x float>* %1167, align 4
  %1168 = load <8 x float>, <8 x float>* %41, align 32
  %1169 = fcmp olt <8 x float> %1168, zeroinitializer
  %1170 = select <8 x i1> %1169, <8 x float> zeroinitializer, <8 x float> %1168
  %1171 = getelementptr inbounds float, float* %0, i64 %1038
  %1172 = bitcast float* %1171 to <8 x float>*
  store <8 x float> %1170, <8 x float>* %1172, align 4
  %1173 = load <8 x float>, <8 x float>* %40, align 32
  %1174 = fcmp olt <8 x float> %1173, zeroinitializer
  %1175 = select <8 x i1> %1174, <8 x float> zeroinitializer, <8 x float> %1173
  %1176 = getelementptr inbounds float, float* %0, i64 %1041
  %1177 = bitcast float* %1176 to <8 x float>*
  store <8 x float> %1175, <8 x float>* %1177, align 4
  %1178 = load <8 x float>, <8 x float>* %39, align 32
  %1179 = fcmp olt <8 x float> %1178, zeroinitializer
  %1180 = select <8 x i1> %1179, <8 x float> zeroinitializer, <8 x float> %1178
  %1181 = getelementptr inbounds float, float* %0, i64 %1044
  %1182 = bitcast float* %1181 to <8 x float>*
  store <8 x float> %1180, <8 x float>* %1182, align 4
  %1183 = load <8 x float>, <8 x float>* %38, align 32
  %1184 = fcmp olt <8 x float> %1183, zeroinitializer
  %1185 = select <8 x i1> %1184, <8 x float> zeroinitializer, <8 x float> %1183
  %1186 = getelementptr inbounds float, float* %0, i64 %1047
  %1187 = bitcast float* %1186 to <8 x float>*
  store <8 x float> %1185, <8 x float>* %1187, align 4
  %1188 = load <8 x float>, <8 x float>* %37, align 32
  %1189 = fcmp olt <8 x float> %1188, zeroinitializer
  %1190 = select <8 x i1> %1189, <8 x float> zeroinitializer, <8 x float> %1188
  %1191 = getelementptr inbounds float, float* %0, i64 %1050
  %1192 = bitcast float* %1191 to <8 x float>*
  store <8 x float> %1190, <8 x float>* %1192, align 4
  %1193 = load <8 x float>, <8 x float>* %36, align 32
  %1194 = fcmp olt <8 x float> %1193, zeroinitializer
  %1195 = select <8 x i1> %1194, <8 x float> zeroinitializer, <8 x float> %1193
  %1196 = getelementptr inbounds float, float* %0, i64 %1053
  %1197 = bitcast float* %1196 to <8 x float>*
  store <8 x float> %1195, <8 x float>* %1197, align 4
  %1198 = add i64 %119, 0
  %1199 = mul i64 %114, 2
  %1200 = add i64 %1199, %117
  %1201 = add i64 %1200, 0
  %1202 = mul i64 %1201, 800
  %1203 = add i64 %1198, 36
  %1204 = mul i64 %1203, 8
  %1205 = add i64 %1202, %1204
  %1206 = add i64 %1198, 37
  %1207 = mul i64 %1206, 8
  %1208 = add i64 %1202, %1207
  %1209 = add i64 %1198, 38
  %1210 = mul i64 %1209, 8
  %1211 = add i64 %1202, %1210
  %1212 = add i64 %1198, 39
  %1213 = mul i64 %1212, 8
  %1214 = add i64 %1202, %1213
  %1215 = add i64 %1198, 40
  %1216 = mul i64 %1215, 8
  %1217 = add i64 %1202, %1216
  %1218 = add i64 %1198, 41
  %1219 = mul i64 %1218, 8
  %1220 = add i64 %1202, %1219
  %1221 = mul i64 %114, 2
  %1222 = add i64 %1221, %117
  %1223 = add i64 %1222, 1
  %1224 = mul i64 %1223, 800
  %1225 = add i64 %1198, 36
  %1226 = mul i64 %1225, 8
  %1227 = add i64 %1224, %1226
  %1228 = add i64 %1198, 37
  %1229 = mul i64 %1228, 8
  %1230 = add i64 %1224, %1229
  %1231 = add i64 %1198, 38
  %1232 = mul i64 %1231, 8
  %1233 = add i64 %1224, %1232
  %1234 = add i64 %1198, 39
  %1235 = mul i64 %1234, 8
  %1236 = add i64 %1224, %1235
  %1237 = add i64 %1198, 40
  %1238 = mul i64 %1237, 8
  %1239 = add i64 %1224, %1238
  %1240 = add i64 %1198, 41
  %1241 = mul i64 %1240, 8
  %1242 = add i64 %1224, %1241
  %1243 = add i64 %123, 0
  %1244 = mul i64 %1243, 8
  %1245 = getelementptr inbounds float, float* %5, i64 %1244
  %1246 = bitcast float* %1245 to <8 x float>*
  %1247 = load <8 x float>, <8 x float>* %1246, align 4
  %1248 = add i64 %123, 1
  %1249 = mul i64 %1248, 8
  %1250 = getelementptr inbounds float, float* %5, i64 %1249
  %1251 = bitcast float* %1250 to <8 x float>*
  %1252 = load <8 x float>, <8 x float>* %1251, align 4
  store <8 x float> %1247, <8 x float>* %35, align 32
  store <8 x float> %1247, <8 x float>* %34, align 32
  store <8 x float> %1247, <8 x float>* %33, align 32
  store <8 x float> %1247, <8 x float>* %32, align 32
  store <8 x float> %1247, <8 x float>* %31, align 32
  store <8 x float> %1247, <8 x float>* %30, align 32
  store <8 x float> %1252, <8 x float>* %29, align 32
  store <8 x float> %1252, <8 x float>* %28, align 32
  store <8 x float> %1252, <8 x float>* %27, align 32
  store <8 x float> %1252, <8 x float>* %26, align 32
  store <8 x float> %1252, <8 x float>* %25, align 32
  store <8 x float> %1252, <8 x float>* %24, align 32
  %1253 = add i64 %129, 0
  %1254 = add i64 %127, %1253
  br label %u.header111

kh.header94:                                      ; preds = %kw.exit100, %u.body91
  %kh97 = phi i64 [ 0, %u.body91 ], [ %kh.next109, %kw.exit100 ]
  %1255 = icmp slt i64 %kh97, 5
  br i1 %1255, label %kh.body95, label %kh.exit96

kh.body95:                                        ; preds = %kh.header94
  %1256 = mul i64 %kh97, 14
  %1257 = add i64 %1135, %1256
  br label %kw.header98

kh.exit96:                                        ; preds = %kh.header94
  %u.next110 = add i64 %u93, 1
  br label %u.header90

kw.header98:                                      ; preds = %kw.body99, %kh.body95
  %kw101 = phi i64 [ 0, %kh.body95 ], [ %kw.next108, %kw.body99 ]
  %1258 = icmp slt i64 %kw101, 5
  br i1 %1258, label %kw.body99, label %kw.exit100

kw.body99:                                        ; preds = %kw.header98
  %1259 = mul i64 %kw101, 1
  %1260 = add i64 %1257, %1259
  %1261 = mul i64 %kh97, 5
  %1262 = add i64 %1261, %kw101
  %1263 = mul i64 %1262, 8
  %1264 = add i64 %1137, %1263
  %1265 = add i64 %1264, 0
  %1266 = getelementptr inbounds float, float* %4, i64 %1265
  %1267 = bitcast float* %1266 to <8 x float>*
  %1268 = load <8 x float>, <8 x float>* %1267, align 4
  %1269 = add i64 %1264, 1200
  %1270 = getelementptr inbounds float, float* %4, i64 %1269
  %1271 = bitcast float* %1270 to <8 x float>*
  %1272 = load <8 x float>, <8 x float>* %1271, align 4
  %1273 = add i64 %1260, 42
  %1274 = getelementptr inbounds float, float* %1, i64 %1273
  %1275 = load float, float* %1274, align 4
  %1276 = insertelement <8 x float> undef, float %1275, i32 0
  %splat102 = shufflevector <8 x float> %1276, <8 x float> undef, <8 x i32> zeroinitializer
  %1277 = load <8 x float>, <8 x float>* %47, align 32
  %1278 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1268, <8 x float> %1277)
  store <8 x float> %1278, <8 x float>* %47, align 32
  %1279 = load <8 x float>, <8 x float>* %41, align 32
  %1280 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat102, <8 x float> %1272, <8 x float> %1279)
  store <8 x float> %1280, <8 x float>* %41, align 32
  %1281 = add i64 %1260, 43
  %1282 = getelementptr inbounds float, float* %1, i64 %1281
  %1283 = load float, float* %1282, align 4
  %1284 = insertelement <8 x float> undef, float %1283, i32 0
  %splat103 = shufflevector <8 x float> %1284, <8 x float> undef, <8 x i32> zeroinitializer
  %1285 = load <8 x float>, <8 x float>* %46, align 32
  %1286 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1268, <8 x float> %1285)
  store <8 x float> %1286, <8 x float>* %46, align 32
  %1287 = load <8 x float>, <8 x float>* %40, align 32
  %1288 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat103, <8 x float> %1272, <8 x float> %1287)
  store <8 x float> %1288, <8 x float>* %40, align 32
  %1289 = add i64 %1260, 44
  %1290 = getelementptr inbounds float, float* %1, i64 %1289
  %1291 = load float, float* %1290, align 4
  %1292 = insertelement <8 x float> undef, float %1291, i32 0
  %splat104 = shufflevector <8 x float> %1292, <8 x float> undef, <8 x i32> zeroinitializer
  %1293 = load <8 x float>, <8 x float>* %45, align 32
  %1294 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1268, <8 x float> %1293)
  store <8 x float> %1294, <8 x float>* %45, align 32
  %1295 = load <8 x float>, <8 x float>* %39, align 32
  %1296 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat104, <8 x float> %1272, <8 x float> %1295)
  store <8 x float> %1296, <8 x float>* %39, align 32
  %1297 = add i64 %1260, 45
  %1298 = getelementptr inbounds float, float* %1, i64 %1297
  %1299 = load float, float* %1298, align 4
  %1300 = insertelement <8 x float> undef, float %1299, i32 0
  %splat105 = shufflevector <8 x float> %1300, <8 x float> undef, <8 x i32> zeroinitializer
  %1301 = load <8 x float>, <8 x float>* %44, align 32
  %1302 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1268, <8 x float> %1301)
  store <8 x float> %1302, <8 x float>* %44, align 32
  %1303 = load <8 x float>, <8 x float>* %38, align 32
  %1304 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat105, <8 x float> %1272, <8 x float> %1303)
  store <8 x float> %1304, <8 x float>* %38, align 32
  %1305 = add i64 %1260, 46
  %1306 = getelementptr inbounds float, float* %1, i64 %1305
  %1307 = load float, float* %1306, align 4
  %1308 = insertelement <8 x float> undef, float %1307, i32 0
  %splat106 = shufflevector <8 x float> %1308, <8 x float> undef, <8 x i32> zeroinitializer
  %1309 = load <8 x float>, <8 x float>* %43, align 32
  %1310 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1268, <8 x float> %1309)
  store <8 x float> %1310, <8 x float>* %43, align 32
  %1311 = load <8 x float>, <8 x float>* %37, align 32
  %1312 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat106, <8 x float> %1272, <8 x float> %1311)
  store <8 x float> %1312, <8 x float>* %37, align 32
  %1313 = add i64 %1260, 47
  %1314 = getelementptr inbounds float, float* %1, i64 %1313
  %1315 = load float, float* %1314, align 4
  %1316 = insertelement <8 x float> undef, float %1315, i32 0
  %splat107 = shufflevector <8 x float> %1316, <8 x float> undef, <8 x i32> zeroinitializer
  %1317 = load <8 x float>, <8 x float>* %42, align 32
  %1318 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1268, <8 x float> %1317)
  store <8 x float> %1318, <8 x float>* %42, align 32
  %1319 = load <8 x float>, <8 x float>* %36, align 32
  %1320 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat107, <8 x float> %1272, <8 x float> %1319)
  store <8 x float> %1320, <8 x float>* %36, align 32
  %kw.next108 = add i64 %kw101, 1
  br label %kw.header98, !llvm.loop !8

kw.exit100:                                       ; preds = %kw.header98
  %kh.next109 = add i64 %kh97, 1
  br label %kh.header94

u.header111:                                      ; preds = %kh.exit117, %u.exit92
  %u114 = phi i64 [ 0, %u.exit92 ], [ %u.next131, %kh.exit117 ]
  %1321 = icmp slt i64 %u114, 6
  br i1 %1321, label %u.body112, label %u.exit113

u.body112:                                        ; preds = %u.header111
  %1322 = add i64 0, %u114
  %1323 = mul i64 %1322, 196
  %1324 = add i64 %1254, %1323
  %1325 = mul i64 %1322, 200
  %1326 = add i64 %128, %1325
  br label %kh.header115

u.exit113:                                        ; preds = %u.header111
  %1327 = load <8 x float>, <8 x float>* %35, align 32
  %1328 = fcmp olt <8 x float> %1327, zeroinitializer
  %1329 = select <8 x i1> %1328, <8 x float> zeroinitializer, <8 x float> %1327
  %1330 = getelementptr inbounds float, float* %0, i64 %1205
  %1331 = bitcast float* %1330 to <8 x float>*
  store <8 x float> %1329, <8 x float>* %1331, align 4
  %1332 = load <8 x float>, <8 x float>* %34, align 32
  %1333 = fcmp olt <8 x float> %1332, zeroinitializer
  %1334 = select <8 x i1> %1333, <8 x float> zeroinitializer, <8 x float> %1332
  %1335 = getelementptr inbounds float, float* %0, i64 %1208
  %1336 = bitcast float* %1335 to <8 x float>*
  store <8 x float> %1334, <8 x float>* %1336, align 4
  %1337 = load <8 x float>, <8 x float>* %33, align 32
  %1338 = fcmp olt <8 x float> %1337, zeroinitializer
  %1339 = select <8 x i1> %1338, <8 x float> zeroinitializer, <8 x float> %1337
  %1340 = getelementptr inbounds float, float* %0, i64 %1211
  %1341 = bitcast float* %1340 to <8 x float>*
  store <8 x float> %1339, <8 x float>* %1341, align 4
  %1342 = load <8 x float>, <8 x float>* %32, align 32
  %1343 = fcmp olt <8 x float> %1342, zeroinitializer
  %1344 = select <8 x i1> %1343, <8 x float> zeroinitializer, <8 x float> %1342
  %1345 = getelementptr inbounds float, float* %0, i64 %1214
  %1346 = bitcast float* %1345 to <8 x float>*
  store <8 x float> %1344, <8 x float>* %1346, align 4
  %1347 = load <8 x float>, <8 x float>* %31, align 32
  %1348 = fcmp olt <8 x float> %1347, zeroinitializer
  %1349 = select <8 x i1> %1348, <8 x float> zeroinitializer, <8 x float> %1347
  %1350 = getelementptr inbounds float, float* %0, i64 %1217
  %1351 = bitcast float* %1350 to <8 x float>*
  store <8 x float> %1349, <8 x float>* %1351, align 4
  %1352 = load <8 x float>, <8 x float>* %30, align 32
  %1353 = fcmp olt <8 x float> %1352, zeroinitializer
  %1354 = select <8 x i1> %1353, <8 x float> zeroinitializer, <8 x float> %1352
  %1355 = getelementptr inbounds float, float* %0, i64 %1220
  %1356 = bitcast float* %1355 to <8 x float>*
  store <8 x float> %1354, <8 x float>* %1356, align 4
  %1357 = load <8 x float>, <8 x float>* %29, align 32
  %1358 = fcmp olt <8 x float> %1357, zeroinitializer
  %1359 = select <8 x i1> %1358, <8 x float> zeroinitializer, <8 x float> %1357
  %1360 = getelementptr inbounds float, float* %0, i64 %1227
  %1361 = bitcast float* %1360 to <8 x float>*
  store <8 x float> %1359, <8 x float>* %1361, align 4
  %1362 = load <8 x float>, <8 x float>* %28, align 32
  %1363 = fcmp olt <8 x float> %1362, zeroinitializer
  %1364 = select <8 x i1> %1363, <8 x float> zeroinitializer, <8 x float> %1362
  %1365 = getelementptr inbounds float, float* %0, i64 %1230
  %1366 = bitcast float* %1365 to <8 x float>*
  store <8 x float> %1364, <8 x float>* %1366, align 4
  %1367 = load <8 x float>, <8 x float>* %27, align 32
  %1368 = fcmp olt <8 x float> %1367, zeroinitializer
  %1369 = select <8 x i1> %1368, <8 x float> zeroinitializer, <8 x float> %1367
  %1370 = getelementptr inbounds float, float* %0, i64 %1233
  %1371 = bitcast float* %1370 to <8 x float>*
  store <8 x float> %1369, <8 x float>* %1371, align 4
  %1372 = load <8 x float>, <8 x float>* %26, align 32
  %1373 = fcmp olt <8 x float> %1372, zeroinitializer
  %1374 = select <8 x i1> %1373, <8 x float> zeroinitializer, <8 x float> %1372
  %1375 = getelementptr inbounds float, float* %0, i64 %1236
  %1376 = bitcast float* %1375 to <8 x float>*
  store <8 x float> %1374, <8 x float>* %1376, align 4
  %1377 = load <8 x float>, <8 x float>* %25, align 32
  %1378 = fcmp olt <8 x float> %1377, zeroinitializer
  %1379 = select <8 x i1> %1378, <8 x float> zeroinitializer, <8 x float> %1377
  %1380 = getelementptr inbounds float, float* %0, i64 %1239
  %1381 = bitcast float* %1380 to <8 x float>*
  store <8 x float> %1379, <8 x float>* %1381, align 4
  %1382 = load <8 x float>, <8 x float>* %24, align 32
  %1383 = fcmp olt <8 x float> %1382, zeroinitializer
  %1384 = select <8 x i1> %1383, <8 x float> zeroinitializer, <8 x float> %1382
  %1385 = getelementptr inbounds float, float* %0, i64 %1242
  %1386 = bitcast float* %1385 to <8 x float>*
  store <8 x float> %1384, <8 x float>* %1386, align 4
  %1387 = add i64 %119, 0
  %1388 = mul i64 %114, 2
  %1389 = add i64 %1388, %117
  %1390 = add i64 %1389, 0
  %1391 = mul i64 %1390, 800
  %1392 = add i64 %1387, 42
  %1393 = mul i64 %1392, 8
  %1394 = add i64 %1391, %1393
  %1395 = add i64 %1387, 43
  %1396 = mul i64 %1395, 8
  %1397 = add i64 %1391, %1396
  %1398 = add i64 %1387, 44
  %1399 = mul i64 %1398, 8
  %1400 = add i64 %1391, %1399
  %1401 = add i64 %1387, 45
  %1402 = mul i64 %1401, 8
  %1403 = add i64 %1391, %1402
  %1404 = add i64 %1387, 46
  %1405 = mul i64 %1404, 8
  %1406 = add i64 %1391, %1405
  %1407 = add i64 %1387, 47
  %1408 = mul i64 %1407, 8
  %1409 = add i64 %1391, %1408
  %1410 = mul i64 %114, 2
  %1411 = add i64 %1410, %117
  %1412 = add i64 %1411, 1
  %1413 = mul i64 %1412, 800
  %1414 = add i64 %1387, 42
  %1415 = mul i64 %1414, 8
  %1416 = add i64 %1413, %1415
  %1417 = add i64 %1387, 43
  %1418 = mul i64 %1417, 8
  %1419 = add i64 %1413, %1418
  %1420 = add i64 %1387, 44
  %1421 = mul i64 %1420, 8
  %1422 = add i64 %1413, %1421
  %1423 = add i64 %1387, 45
  %1424 = mul i64 %1423, 8
  %1425 = add i64 %1413, %1424
  %1426 = add i64 %1387, 46
  %1427 = mul i64 %1426, 8
  %1428 = add i64 %1413, %1427
  %1429 = add i64 %1387, 47
  %1430 = mul i64 %1429, 8
  %1431 = add i64 %1413, %1430
  %1432 = add i64 %123, 0
  %1433 = mul i64 %1432, 8
  %1434 = getelementptr inbounds float, float* %5, i64 %1433
  %1435 = bitcast float* %1434 to <8 x float>*
  %1436 = load <8 x float>, <8 x float>* %1435, align 4
  %1437 = add i64 %123, 1
  %1438 = mul i64 %1437, 8
  %1439 = getelementptr inbounds float, float* %5, i64 %1438
  %1440 = bitcast float* %1439 to <8 x float>*
  %1441 = load <8 x float>, <8 x float>* %1440, align 4
  store <8 x float> %1436, <8 x float>* %23, align 32
  store <8 x float> %1436, <8 x float>* %22, align 32
  store <8 x float> %1436, <8 x float>* %21, align 32
  store <8 x float> %1436, <8 x float>* %20, align 32
  store <8 x float> %1436, <8 x float>* %19, align 32
  store <8 x float> %1436, <8 x float>* %18, align 32
  store <8 x float> %1441, <8 x float>* %17, align 32
  store <8 x float> %1441, <8 x float>* %16, align 32
  store <8 x float> %1441, <8 x float>* %15, align 32
  store <8 x float> %1441, <8 x float>* %14, align 32
  store <8 x float> %1441, <8 x float>* %13, align 32
  store <8 x float> %1441, <8 x float>* %12, align 32
  %1442 = add i64 %129, 0
  %1443 = add i64 %127, %1442
  br label %u.header132

kh.header115:                                     ; preds = %kw.exit121, %u.body112
  %kh118 = phi i64 [ 0, %u.body112 ], [ %kh.next130, %kw.exit121 ]
  %1444 = icmp slt i64 %kh118, 5
  br i1 %1444, label %kh.body116, label %kh.exit117

kh.body116:                                       ; preds = %kh.header115
  %1445 = mul i64 %kh118, 14
  %1446 = add i64 %1324, %1445
  br label %kw.header119

kh.exit117:                                       ; preds = %kh.header115
  %u.next131 = add i64 %u114, 1
  br label %u.header111

kw.header119:                                     ; preds = %kw.body120, %kh.body116
  %kw122 = phi i64 [ 0, %kh.body116 ], [ %kw.next129, %kw.body120 ]
  %1447 = icmp slt i64 %kw122, 5
  br i1 %1447, label %kw.body120, label %kw.exit121

kw.body120:                                       ; preds = %kw.header119
  %1448 = mul i64 %kw122, 1
  %1449 = add i64 %1446, %1448
  %1450 = mul i64 %kh118, 5
  %1451 = add i64 %1450, %kw122
  %1452 = mul i64 %1451, 8
  %1453 = add i64 %1326, %1452
  %1454 = add i64 %1453, 0
  %1455 = getelementptr inbounds float, float* %4, i64 %1454
  %1456 = bitcast float* %1455 to <8 x float>*
  %1457 = load <8 x float>, <8 x float>* %1456, align 4
  %1458 = add i64 %1453, 1200
  %1459 = getelementptr inbounds float, float* %4, i64 %1458
  %1460 = bitcast float* %1459 to <8 x float>*
  %1461 = load <8 x float>, <8 x float>* %1460, align 4
  %1462 = add i64 %1449, 48
  %1463 = getelementptr inbounds float, float* %1, i64 %1462
  %1464 = load float, float* %1463, align 4
  %1465 = insertelement <8 x float> undef, float %1464, i32 0
  %splat123 = shufflevector <8 x float> %1465, <8 x float> undef, <8 x i32> zeroinitializer
  %1466 = load <8 x float>, <8 x float>* %35, align 32
  %1467 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1457, <8 x float> %1466)
  store <8 x float> %1467, <8 x float>* %35, align 32
  %1468 = load <8 x float>, <8 x float>* %29, align 32
  %1469 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat123, <8 x float> %1461, <8 x float> %1468)
  store <8 x float> %1469, <8 x float>* %29, align 32
  %1470 = add i64 %1449, 49
  %1471 = getelementptr inbounds float, float* %1, i64 %1470
  %1472 = load float, float* %1471, align 4
  %1473 = insertelement <8 x float> undef, float %1472, i32 0
  %splat124 = shufflevector <8 x float> %1473, <8 x float> undef, <8 x i32> zeroinitializer
  %1474 = load <8 x float>, <8 x float>* %34, align 32
  %1475 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1457, <8 x float> %1474)
  store <8 x float> %1475, <8 x float>* %34, align 32
  %1476 = load <8 x float>, <8 x float>* %28, align 32
  %1477 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat124, <8 x float> %1461, <8 x float> %1476)
  store <8 x float> %1477, <8 x float>* %28, align 32
  %1478 = add i64 %1449, 50
  %1479 = getelementptr inbounds float, float* %1, i64 %1478
  %1480 = load float, float* %1479, align 4
  %1481 = insertelement <8 x float> undef, float %1480, i32 0
  %splat125 = shufflevector <8 x float> %1481, <8 x float> undef, <8 x i32> zeroinitializer
  %1482 = load <8 x float>, <8 x float>* %33, align 32
  %1483 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1457, <8 x float> %1482)
  store <8 x float> %1483, <8 x float>* %33, align 32
  %1484 = load <8 x float>, <8 x float>* %27, align 32
  %1485 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat125, <8 x float> %1461, <8 x float> %1484)
  store <8 x float> %1485, <8 x float>* %27, align 32
  %1486 = add i64 %1449, 51
  %1487 = getelementptr inbounds float, float* %1, i64 %1486
  %1488 = load float, float* %1487, align 4
  %1489 = insertelement <8 x float> undef, float %1488, i32 0
  %splat126 = shufflevector <8 x float> %1489, <8 x float> undef, <8 x i32> zeroinitializer
  %1490 = load <8 x float>, <8 x float>* %32, align 32
  %1491 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1457, <8 x float> %1490)
  store <8 x float> %1491, <8 x float>* %32, align 32
  %1492 = load <8 x float>, <8 x float>* %26, align 32
  %1493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat126, <8 x float> %1461, <8 x float> %1492)
  store <8 x float> %1493, <8 x float>* %26, align 32
  %1494 = add i64 %1449, 56
  %1495 = getelementptr inbounds float, float* %1, i64 %1494
  %1496 = load float, float* %1495, align 4
  %1497 = insertelement <8 x float> undef, float %1496, i32 0
  %splat127 = shufflevector <8 x float> %1497, <8 x float> undef, <8 x i32> zeroinitializer
  %1498 = load <8 x float>, <8 x float>* %31, align 32
  %1499 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1457, <8 x float> %1498)
  store <8 x float> %1499, <8 x float>* %31, align 32
  %1500 = load <8 x float>, <8 x float>* %25, align 32
  %1501 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat127, <8 x float> %1461, <8 x float> %1500)
  store <8 x float> %1501, <8 x float>* %25, align 32
  %1502 = add i64 %1449, 57
  %1503 = getelementptr inbounds float, float* %1, i64 %1502
  %1504 = load float, float* %1503, align 4
  %1505 = insertelement <8 x float> undef, float %1504, i32 0
  %splat128 = shufflevector <8 x float> %1505, <8 x float> undef, <8 x i32> zeroinitializer
  %1506 = load <8 x float>, <8 x float>* %30, align 32
  %1507 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1457, <8 x float> %1506)
  store <8 x float> %1507, <8 x float>* %30, align 32
  %1508 = load <8 x float>, <8 x float>* %24, align 32
  %1509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat128, <8 x float> %1461, <8 x float> %1508)
  store <8 x float> %1509, <8 x float>* %24, align 32
  %kw.next129 = add i64 %kw122, 1
  br label %kw.header119, !llvm.loop !9

kw.exit121:                                       ; preds = %kw.header119
  %kh.next130 = add i64 %kh118, 1
  br label %kh.header115

u.header132:                                      ; preds = %kh.exit138, %u.exit113
  %u135 = phi i64 [ 0, %u.exit113 ], [ %u.next152, %kh.exit138 ]
  %1510 = icmp slt i64 %u135, 6
  br i1 %1510, label %u.body133, label %u.exit134

u.body133:                                        ; preds = %u.header132
  %1511 = add i64 0, %u135
  %1512 = mul i64 %1511, 196
  %1513 = add i64 %1443, %1512
  %1514 = mul i64 %1511, 200
  %1515 = add i64 %128, %1514
  br label %kh.header136

u.exit134:                                        ; preds = %u.header132
  %1516 = load <8 x float>, <8 x float>* %23, align 32
  %1517 = fcmp olt <8 x float> %1516, zeroinitializer
  %1518 = select <8 x i1> %1517, <8 x float> zeroinitializer, <8 x float> %1516
  %1519 = getelementptr inbounds float, float* %0, i64 %1394
  %1520 = bitcast float* %1519 to <8 x float>*
  store <8 x float> %1518, <8 x float>* %1520, align 4
  %1521 = load <8 x float>, <8 x float>* %22, align 32
  %1522 = fcmp olt <8 x float> %1521, zeroinitializer
  %1523 = select <8 x i1> %1522, <8 x float> zeroinitializer, <8 x float> %1521
  %1524 = getelementptr inbounds float, float* %0, i64 %1397
  %1525 = bitcast float* %1524 to <8 x float>*
  store <8 x float> %1523, <8 x float>* %1525, align 4
  %1526 = load <8 x float>, <8 x float>* %21, align 32
  %1527 = fcmp olt <8 x float> %1526, zeroinitializer
  %1528 = select <8 x i1> %1527, <8 x float> zeroinitializer, <8 x float> %1526
  %1529 = getelementptr inbounds float, float* %0, i64 %1400
  %1530 = bitcast float* %1529 to <8 x float>*
  store <8 x float> %1528, <8 x float>* %1530, align 4
  %1531 = load <8 x float>, <8 x float>* %20, align 32
  %1532 = fcmp olt <8 x float> %1531, zeroinitializer
  %1533 = select <8 x i1> %1532, <8 x float> zeroinitializer, <8 x float> %1531
  %1534 = getelementptr inbounds float, float* %0, i64 %1403
  %1535 = bitcast float* %1534 to <8 x float>*
  store <8 x float> %1533, <8 x float>* %1535, align 4
  %1536 = load <8 x float>, <8 x float>* %19, align 32
  %1537 = fcmp olt <8 x float> %1536, zeroinitializer
  %1538 = select <8 x i1> %1537, <8 x float> zeroinitializer, <8 x float> %1536
  %1539 = getelementptr inbounds float, float* %0, i64 %1406
  %1540 = bitcast float* %1539 to <8 x float>*
  store <8 x float> %1538, <8 x float>* %1540, align 4
  %1541 = load <8 x float>, <8 x float>* %18, align 32
  %1542 = fcmp olt <8 x float> %1541, zeroinitializer
  %1543 = select <8 x i1> %1542, <8 x float> zeroinitializer, <8 x float> %1541
  %1544 = getelementptr inbounds float, float* %0, i64 %1409
  %1545 = bitcast float* %1544 to <8 x float>*
  store <8 x float> %1543, <8 x float>* %1545, align 4
  %1546 = load <8 x float>, <8 x float>* %17, align 32
  %1547 = fcmp olt <8 x float> %1546, zeroinitializer
  %1548 = select <8 x i1> %1547, <8 x float> zeroinitializer, <8 x float> %1546
  %1549 = getelementptr inbounds float, float* %0, i64 %1416
  %1550 = bitcast float* %1549 to <8 x float>*
  store <8 x float> %1548, <8 x float>* %1550, align 4
  %1551 = load <8 x float>, <8 x float>* %16, align 32
  %1552 = fcmp olt <8 x float> %1551, zeroinitializer
  %1553 = select <8 x i1> %1552, <8 x float> zeroinitializer, <8 x float> %1551
  %1554 = getelementptr inbounds float, float* %0, i64 %1419
  %1555 = bitcast float* %1554 to <8 x float>*
  store <8 x float> %1553, <8 x float>* %1555, align 4
  %1556 = load <8 x float>, <8 x float>* %15, align 32
  %1557 = fcmp olt <8 x float> %1556, zeroinitializer
  %1558 = select <8 x i1> %1557, <8 x float> zeroinitializer, <8 x float> %1556
  %1559 = getelementptr inbounds float, float* %0, i64 %1422
  %1560 = bitcast float* %1559 to <8 x float>*
  store <8 x float> %1558, <8 x float>* %1560, align 4
  %1561 = load <8 x float>, <8 x float>* %14, align 32
  %1562 = fcmp olt <8 x float> %1561, zeroinitializer
  %1563 = select <8 x i1> %1562, <8 x float> zeroinitializer, <8 x float> %1561
  %1564 = getelementptr inbounds float, float* %0, i64 %1425
  %1565 = bitcast float* %1564 to <8 x float>*
  store <8 x float> %1563, <8 x float>* %1565, align 4
  %1566 = load <8 x float>, <8 x float>* %13, align 32
  %1567 = fcmp olt <8 x float> %1566, zeroinitializer
  %1568 = select <8 x i1> %1567, <8 x float> zeroinitializer, <8 x float> %1566
  %1569 = getelementptr inbounds float, float* %0, i64 %1428
  %1570 = bitcast float* %1569 to <8 x float>*
  store <8 x float> %1568, <8 x float>* %1570, align 4
  %1571 = load <8 x float>, <8 x float>* %12, align 32
  %1572 = fcmp olt <8 x float> %1571, zeroinitializer
  %1573 = select <8 x i1> %1572, <8 x float> zeroinitializer, <8 x float> %1571
  %1574 = getelementptr inbounds float, float* %0, i64 %1431
  %1575 = bitcast float* %1574 to <8 x float>*
  store <8 x float> %1573, <8 x float>* %1575, align 4
  %1576 = add i64 %119, 0
  %1577 = mul i64 %114, 2
  %1578 = add i64 %1577, %117
  %1579 = add i64 %1578, 0
  %1580 = mul i64 %1579, 800
  %1581 = add i64 %1576, 48
  %1582 = mul i64 %1581, 8
  %1583 = add i64 %1580, %1582
  %1584 = add i64 %1576, 49
  %1585 = mul i64 %1584, 8
  %1586 = add i64 %1580, %1585
  %1587 = mul i64 %114, 2
  %1588 = add i64 %1587, %117
  %1589 = add i64 %1588, 1
  %1590 = mul i64 %1589, 800
  %1591 = add i64 %1576, 48
  %1592 = mul i64 %1591, 8
  %1593 = add i64 %1590, %1592
  %1594 = add i64 %1576, 49
  %1595 = mul i64 %1594, 8
  %1596 = add i64 %1590, %1595
  %1597 = add i64 %123, 0
  %1598 = mul i64 %1597, 8
  %1599 = getelementptr inbounds float, float* %5, i64 %1598
  %1600 = bitcast float* %1599 to <8 x float>*
  %1601 = load <8 x float>, <8 x float>* %1600, align 4
  %1602 = add i64 %123, 1
  %1603 = mul i64 %1602, 8
  %1604 = getelementptr inbounds float, float* %5, i64 %1603
  %1605 = bitcast float* %1604 to <8 x float>*
  %1606 = load <8 x float>, <8 x float>* %1605, align 4
  store <8 x float> %1601, <8 x float>* %11, align 32
  store <8 x float> %1601, <8 x float>* %10, align 32
  store <8 x float> %1606, <8 x float>* %9, align 32
  store <8 x float> %1606, <8 x float>* %8, align 32
  %1607 = add i64 %129, 0
  %1608 = add i64 %127, %1607
  br label %u.header153

kh.header136:                                     ; preds = %kw.exit142, %u.body133
  %kh139 = phi i64 [ 0, %u.body133 ], [ %kh.next151, %kw.exit142 ]
  %1609 = icmp slt i64 %kh139, 5
  br i1 %1609, label %kh.body137, label %kh.exit138

kh.body137:                                       ; preds = %kh.header136
  %1610 = mul i64 %kh139, 14
  %1611 = add i64 %1513, %1610
  br label %kw.header140

kh.exit138:                                       ; preds = %kh.header136
  %u.next152 = add i64 %u135, 1
  br label %u.header132

kw.header140:                                     ; preds = %kw.body141, %kh.body137
  %kw143 = phi i64 [ 0, %kh.body137 ], [ %kw.next150, %kw.body141 ]
  %1612 = icmp slt i64 %kw143, 5
  br i1 %1612, label %kw.body141, label %kw.exit142

kw.body141:                                       ; preds = %kw.header140
  %1613 = mul i64 %kw143, 1
  %1614 = add i64 %1611, %1613
  %1615 = mul i64 %kh139, 5
  %1616 = add i64 %1615, %kw143
  %1617 = mul i64 %1616, 8
  %1618 = add i64 %1515, %1617
  %1619 = add i64 %1618, 0
  %1620 = getelementptr inbounds float, float* %4, i64 %1619
  %1621 = bitcast float* %1620 to <8 x float>*
  %1622 = load <8 x float>, <8 x float>* %1621, align 4
  %1623 = add i64 %1618, 1200
  %1624 = getelementptr inbounds float, float* %4, i64 %1623
  %1625 = bitcast float* %1624 to <8 x float>*
  %1626 = load <8 x float>, <8 x float>* %1625, align 4
  %1627 = add i64 %1614, 58
  %1628 = getelementptr inbounds float, float* %1, i64 %1627
  %1629 = load float, float* %1628, align 4
  %1630 = insertelement <8 x float> undef, float %1629, i32 0
  %splat144 = shufflevector <8 x float> %1630, <8 x float> undef, <8 x i32> zeroinitializer
  %1631 = load <8 x float>, <8 x float>* %23, align 32
  %1632 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1622, <8 x float> %1631)
  store <8 x float> %1632, <8 x float>* %23, align 32
  %1633 = load <8 x float>, <8 x float>* %17, align 32
  %1634 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat144, <8 x float> %1626, <8 x float> %1633)
  store <8 x float> %1634, <8 x float>* %17, align 32
  %1635 = add i64 %1614, 59
  %1636 = getelementptr inbounds float, float* %1, i64 %1635
  %1637 = load float, float* %1636, align 4
  %1638 = insertelement <8 x float> undef, float %1637, i32 0
  %splat145 = shufflevector <8 x float> %1638, <8 x float> undef, <8 x i32> zeroinitializer
  %1639 = load <8 x float>, <8 x float>* %22, align 32
  %1640 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1622, <8 x float> %1639)
  store <8 x float> %1640, <8 x float>* %22, align 32
  %1641 = load <8 x float>, <8 x float>* %16, align 32
  %1642 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat145, <8 x float> %1626, <8 x float> %1641)
  store <8 x float> %1642, <8 x float>* %16, align 32
  %1643 = add i64 %1614, 60
  %1644 = getelementptr inbounds float, float* %1, i64 %1643
  %1645 = load float, float* %1644, align 4
  %1646 = insertelement <8 x float> undef, float %1645, i32 0
  %splat146 = shufflevector <8 x float> %1646, <8 x float> undef, <8 x i32> zeroinitializer
  %1647 = load <8 x float>, <8 x float>* %21, align 32
  %1648 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1622, <8 x float> %1647)
  store <8 x float> %1648, <8 x float>* %21, align 32
  %1649 = load <8 x float>, <8 x float>* %15, align 32
  %1650 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat146, <8 x float> %1626, <8 x float> %1649)
  store <8 x float> %1650, <8 x float>* %15, align 32
  %1651 = add i64 %1614, 61
  %1652 = getelementptr inbounds float, float* %1, i64 %1651
  %1653 = load float, float* %1652, align 4
  %1654 = insertelement <8 x float> undef, float %1653, i32 0
  %splat147 = shufflevector <8 x float> %1654, <8 x float> undef, <8 x i32> zeroinitializer
  %1655 = load <8 x float>, <8 x float>* %20, align 32
  %1656 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1622, <8 x float> %1655)
  store <8 x float> %1656, <8 x float>* %20, align 32
  %1657 = load <8 x float>, <8 x float>* %14, align 32
  %1658 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat147, <8 x float> %1626, <8 x float> %1657)
  store <8 x float> %1658, <8 x float>* %14, align 32
  %1659 = add i64 %1614, 62
  %1660 = getelementptr inbounds float, float* %1, i64 %1659
  %1661 = load float, float* %1660, align 4
  %1662 = insertelement <8 x float> undef, float %1661, i32 0
  %splat148 = shufflevector <8 x float> %1662, <8 x float> undef, <8 x i32> zeroinitializer
  %1663 = load <8 x float>, <8 x float>* %19, align 32
  %1664 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1622, <8 x float> %1663)
  store <8 x float> %1664, <8 x float>* %19, align 32
  %1665 = load <8 x float>, <8 x float>* %13, align 32
  %1666 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat148, <8 x float> %1626, <8 x float> %1665)
  store <8 x float> %1666, <8 x float>* %13, align 32
  %1667 = add i64 %1614, 63
  %1668 = getelementptr inbounds float, float* %1, i64 %1667
  %1669 = load float, float* %1668, align 4
  %1670 = insertelement <8 x float> undef, float %1669, i32 0
  %splat149 = shufflevector <8 x float> %1670, <8 x float> undef, <8 x i32> zeroinitializer
  %1671 = load <8 x float>, <8 x float>* %18, align 32
  %1672 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1622, <8 x float> %1671)
  store <8 x float> %1672, <8 x float>* %18, align 32
  %1673 = load <8 x float>, <8 x float>* %12, align 32
  %1674 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat149, <8 x float> %1626, <8 x float> %1673)
  store <8 x float> %1674, <8 x float>* %12, align 32
  %kw.next150 = add i64 %kw143, 1
  br label %kw.header140, !llvm.loop !10

kw.exit142:                                       ; preds = %kw.header140
  %kh.next151 = add i64 %kh139, 1
  br label %kh.header136

u.header153:                                      ; preds = %kh.exit159, %u.exit134
  %u156 = phi i64 [ 0, %u.exit134 ], [ %u.next169, %kh.exit159 ]
  %1675 = icmp slt i64 %u156, 6
  br i1 %1675, label %u.body154, label %u.exit155

u.body154:                                        ; preds = %u.header153
  %1676 = add i64 0, %u156
  %1677 = mul i64 %1676, 196
  %1678 = add i64 %1608, %1677
  %1679 = mul i64 %1676, 200
  %1680 = add i64 %128, %1679
  br label %kh.header157

u.exit155:                                        ; preds = %u.header153
  %1681 = load <8 x float>, <8 x float>* %11, align 32
  %1682 = fcmp olt <8 x float> %1681, zeroinitializer
  %1683 = select <8 x i1> %1682, <8 x float> zeroinitializer, <8 x float> %1681
  %1684 = getelementptr inbounds float, float* %0, i64 %1583
  %1685 = bitcast float* %1684 to <8 x float>*
  store <8 x float> %1683, <8 x float>* %1685, align 4
  %1686 = load <8 x float>, <8 x float>* %10, align 32
  %1687 = fcmp olt <8 x float> %1686, zeroinitializer
  %1688 = select <8 x i1> %1687, <8 x float> zeroinitializer, <8 x float> %1686
  %1689 = getelementptr inbounds float, float* %0, i64 %1586
  %1690 = bitcast float* %1689 to <8 x float>*
  store <8 x float> %1688, <8 x float>* %1690, align 4
  %1691 = load <8 x float>, <8 x float>* %9, align 32
  %1692 = fcmp olt <8 x float> %1691, zeroinitializer
  %1693 = select <8 x i1> %1692, <8 x float> zeroinitializer, <8 x float> %1691
  %1694 = getelementptr inbounds float, float* %0, i64 %1593
  %1695 = bitcast float* %1694 to <8 x float>*
  store <8 x float> %1693, <8 x float>* %1695, align 4
  %1696 = load <8 x float>, <8 x float>* %8, align 32
  %1697 = fcmp olt <8 x float> %1696, zeroinitializer
  %1698 = select <8 x i1> %1697, <8 x float> zeroinitializer, <8 x float> %1696
  %1699 = getelementptr inbounds float, float* %0, i64 %1596
  %1700 = bitcast float* %1699 to <8 x float>*
  store <8 x float> %1698, <8 x float>* %1700, align 4
  %task.next = add i64 %task, 1
  br label %task.header

kh.header157:                                     ; preds = %kw.exit163, %u.body154
  %kh160 = phi i64 [ 0, %u.body154 ], [ %kh.next168, %kw.exit163 ]
  %1701 = icmp slt i64 %kh160, 5
  br i1 %1701, label %kh.body158, label %kh.exit159

kh.body158:                                       ; preds = %kh.header157
  %1702 = mul i64 %kh160, 14
  %1703 = add i64 %1678, %1702
  br label %kw.header161

kh.exit159:                                       ; preds = %kh.header157
  %u.next169 = add i64 %u156, 1
  br label %u.header153

kw.header161:                                     ; preds = %kw.body162, %kh.body158
  %kw164 = phi i64 [ 0, %kh.body158 ], [ %kw.next167, %kw.body162 ]
  %1704 = icmp slt i64 %kw164, 5
  br i1 %1704, label %kw.body162, label %kw.exit163

kw.body162:                                       ; preds = %kw.header161
  %1705 = mul i64 %kw164, 1
  %1706 = add i64 %1703, %1705
  %1707 = mul i64 %kh160, 5
  %1708 = add i64 %1707, %kw164
  %1709 = mul i64 %1708, 8
  %1710 = add i64 %1680, %1709
  %1711 = add i64 %1710, 0
  %1712 = getelementptr inbounds float, float* %4, i64 %1711
  %1713 = bitcast float* %1712 to <8 x float>*
  %1714 = load <8 x float>, <8 x float>* %1713, align 4
  %1715 = add i64 %1710, 1200
  %1716 = getelementptr inbounds float, float* %4, i64 %1715
  %1717 = bitcast float* %1716 to <8 x float>*
  %1718 = load <8 x float>, <8 x float>* %1717, align 4
  %1719 = add i64 %1706, 64
  %1720 = getelementptr inbounds float, float* %1, i64 %1719
  %1721 = load float, float* %1720, align 4
  %1722 = insertelement <8 x float> undef, float %1721, i32 0
  %splat165 = shufflevector <8 x float> %1722, <8 x float> undef, <8 x i32> zeroinitializer
  %1723 = load <8 x float>, <8 x float>* %11, align 32
  %1724 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1714, <8 x float> %1723)
  store <8 x float> %1724, <8 x float>* %11, align 32
  %1725 = load <8 x float>, <8 x float>* %9, align 32
  %1726 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat165, <8 x float> %1718, <8 x float> %1725)
  store <8 x float> %1726, <8 x float>* %9, align 32
  %1727 = add i64 %1706, 65
  %1728 = getelementptr inbounds float, float* %1, i64 %1727
  %1729 = load float, float* %1728, align 4
  %1730 = insertelement <8 x float> undef, float %1729, i32 0
  %splat166 = shufflevector <8 x float> %1730, <8 x float> undef, <8 x i32> zeroinitializer
  %1731 = load <8 x float>, <8 x float>* %10, align 32
  %1732 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1714, <8 x float> %1731)
  store <8 x float> %1732, <8 x float>* %10, align 32
  %1733 = load <8 x float>, <8 x float>* %8, align 32
  %1734 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat166, <8 x float> %1718, <8 x float> %1733)
  store <8 x float> %1734, <8 x float>* %8, align 32
  %kw.next167 = add i64 %kw164, 1
  br label %kw.header161, !llvm.loop !11

kw.exit163:                                       ; preds = %kw.header161
  %kh.next168 = add i64 %kh160, 1
  br label %kh.header157
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
  %25 = add i64 2, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 2
  %29 = select i1 %28, i64 %27, i64 2
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 2
  %32 = select i1 %31, i64 %30, i64 2
  call void @node2.conv2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node3.maxPool2d_2.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
  %14 = mul i64 %12, 800
  %15 = getelementptr inbounds float, float* %1, i64 %14
  %16 = mul i64 %12, 5
  %17 = add i64 %16, %13
  %18 = mul i64 %17, 40
  %19 = getelementptr inbounds float, float* %0, i64 %18
  %20 = mul i64 %13, 2
  %21 = sub i64 %20, 0
  %22 = add i64 %21, 2
  %23 = icmp sgt i64 %21, 0
  %24 = select i1 %23, i64 %21, i64 0
  %25 = icmp slt i64 %22, 10
  %26 = select i1 %25, i64 %22, i64 10
  %27 = icmp slt i64 %22, 10
  %28 = select i1 %27, i64 %22, i64 10
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
  %31 = mul i64 %r, 10
  %32 = add i64 %31, 0
  %33 = mul i64 %32, 8
  %34 = load <8 x float>, <8 x float>* %10, align 32
  %35 = add i64 %33, 0
  %36 = getelementptr inbounds float, float* %15, i64 %35
  %37 = bitcast float* %36 to <8 x float>*
  %38 = load <8 x float>, <8 x float>* %37, align 4
  %39 = fcmp ogt <8 x float> %34, %38
  %40 = select <8 x i1> %39, <8 x float> %34, <8 x float> %38
  %41 = fcmp uno <8 x float> %34, %34
  %42 = select <8 x i1> %41, <8 x float> %34, <8 x float> %40
  %43 = add i64 %33, 8
  %44 = getelementptr inbounds float, float* %15, i64 %43
  %45 = bitcast float* %44 to <8 x float>*
  %46 = load <8 x float>, <8 x float>* %45, align 4
  %47 = fcmp ogt <8 x float> %42, %46
  %48 = select <8 x i1> %47, <8 x float> %42, <8 x float> %46
  %49 = fcmp uno <8 x float> %42, %42
  %50 = select <8 x i1> %49, <8 x float> %42, <8 x float> %48
  store <8 x float> %50, <8 x float>* %10, align 32
  %51 = load <8 x float>, <8 x float>* %9, align 32
  %52 = add i64 %33, 16
  %53 = getelementptr inbounds float, float* %15, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %55 = load <8 x float>, <8 x float>* %54, align 4
  %56 = fcmp ogt <8 x float> %51, %55
  %57 = select <8 x i1> %56, <8 x float> %51, <8 x float> %55
  %58 = fcmp uno <8 x float> %51, %51
  %59 = select <8 x i1> %58, <8 x float> %51, <8 x float> %57
  %60 = add i64 %33, 24
  %61 = getelementptr inbounds float, float* %15, i64 %60
  %62 = bitcast float* %61 to <8 x float>*
  %63 = load <8 x float>, <8 x float>* %62, align 4
  %64 = fcmp ogt <8 x float> %59, %63
  %65 = select <8 x i1> %64, <8 x float> %59, <8 x float> %63
  %66 = fcmp uno <8 x float> %59, %59
  %67 = select <8 x i1> %66, <8 x float> %59, <8 x float> %65
  store <8 x float> %67, <8 x float>* %9, align 32
  %68 = load <8 x float>, <8 x float>* %8, align 32
  %69 = add i64 %33, 32
  %70 = getelementptr inbounds float, float* %15, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %72 = load <8 x float>, <8 x float>* %71, align 4
  %73 = fcmp ogt <8 x float> %68, %72
  %74 = select <8 x i1> %73, <8 x float> %68, <8 x float> %72
  %75 = fcmp uno <8 x float> %68, %68
  %76 = select <8 x i1> %75, <8 x float> %68, <8 x float> %74
  %77 = add i64 %33, 40
  %78 = getelementptr inbounds float, float* %15, i64 %77
  %79 = bitcast float* %78 to <8 x float>*
  %80 = load <8 x float>, <8 x float>* %79, align 4
  %81 = fcmp ogt <8 x float> %76, %80
  %82 = select <8 x i1> %81, <8 x float> %76, <8 x float> %80
  %83 = fcmp uno <8 x float> %76, %76
  %84 = select <8 x i1> %83, <8 x float> %76, <8 x float> %82
  store <8 x float> %84, <8 x float>* %8, align 32
  %85 = load <8 x float>, <8 x float>* %7, align 32
  %86 = add i64 %33, 48
  %87 = getelementptr inbounds float, float* %15, i64 %86
  %88 = bitcast float* %87 to <8 x float>*
  %89 = load <8 x float>, <8 x float>* %88, align 4
  %90 = fcmp ogt <8 x float> %85, %89
  %91 = select <8 x i1> %90, <8 x float> %85, <8 x float> %89
  %92 = fcmp uno <8 x float> %85, %85
  %93 = select <8 x i1> %92, <8 x float> %85, <8 x float> %91
  %94 = add i64 %33, 56
  %95 = getelementptr inbounds float, float* %15, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = fcmp ogt <8 x float> %93, %97
  %99 = select <8 x i1> %98, <8 x float> %93, <8 x float> %97
  %100 = fcmp uno <8 x float> %93, %93
  %101 = select <8 x i1> %100, <8 x float> %93, <8 x float> %99
  store <8 x float> %101, <8 x float>* %7, align 32
  %r.next = add i64 %r, 1
  br label %r.header

r.exit:                                           ; preds = %r.header
  %102 = load <8 x float>, <8 x float>* %10, align 32
  %103 = getelementptr inbounds float, float* %19, i64 0
  %104 = bitcast float* %103 to <8 x float>*
  store <8 x float> %102, <8 x float>* %104, align 4
  %105 = load <8 x float>, <8 x float>* %9, align 32
  %106 = getelementptr inbounds float, float* %19, i64 8
  %107 = bitcast float* %106 to <8 x float>*
  store <8 x float> %105, <8 x float>* %107, align 4
  %108 = load <8 x float>, <8 x float>* %8, align 32
  %109 = getelementptr inbounds float, float* %19, i64 16
  %110 = bitcast float* %109 to <8 x float>*
  store <8 x float> %108, <8 x float>* %110, align 4
  %111 = load <8 x float>, <8 x float>* %7, align 32
  %112 = getelementptr inbounds float, float* %19, i64 24
  %113 = bitcast float* %112 to <8 x float>*
  store <8 x float> %111, <8 x float>* %113, align 4
  store <8 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <8 x float>* %6, align 32
  br label %r.header1

r.header1:                                        ; preds = %r.body2, %r.exit
  %r4 = phi i64 [ %24, %r.exit ], [ %r.next5, %r.body2 ]
  %114 = icmp slt i64 %r4, %26
  br i1 %114, label %r.body2, label %r.exit3

r.body2:                                          ; preds = %r.header1
  %115 = mul i64 %r4, 10
  %116 = add i64 %115, 8
  %117 = mul i64 %116, 8
  %118 = load <8 x float>, <8 x float>* %6, align 32
  %119 = add i64 %117, 0
  %120 = getelementptr inbounds float, float* %15, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = fcmp ogt <8 x float> %118, %122
  %124 = select <8 x i1> %123, <8 x float> %118, <8 x float> %122
  %125 = fcmp uno <8 x float> %118, %118
  %126 = select <8 x i1> %125, <8 x float> %118, <8 x float> %124
  %127 = add i64 %117, 8
  %128 = getelementptr inbounds float, float* %15, i64 %127
  %129 = bitcast float* %128 to <8 x float>*
  %130 = load <8 x float>, <8 x float>* %129, align 4
  %131 = fcmp ogt <8 x float> %126, %130
  %132 = select <8 x i1> %131, <8 x float> %126, <8 x float> %130
  %133 = fcmp uno <8 x float> %126, %126
  %134 = select <8 x i1> %133, <8 x float> %126, <8 x float> %132
  store <8 x float> %134, <8 x float>* %6, align 32
  %r.next5 = add i64 %r4, 1
  br label %r.header1

r.exit3:                                          ; preds = %r.header1
  %135 = load <8 x float>, <8 x float>* %6, align 32
  %136 = getelementptr inbounds float, float* %19, i64 32
  %137 = bitcast float* %136 to <8 x float>*
  store <8 x float> %135, <8 x float>* %137, align 4
  %task.next = add i64 %task, 1
  br label %task.header
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
  %19 = add i64 10, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 10
  %23 = select i1 %22, i64 %21, i64 10
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 10
  %26 = select i1 %25, i64 %24, i64 10
  call void @node3.maxPool2d_2.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
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
  %9 = mul i64 %8, 25
  %10 = add i64 %9, 25
  %11 = icmp slt i64 %10, 25
  %12 = select i1 %11, i64 %10, i64 25
  %13 = srem i64 %7, 2
  %14 = sdiv i64 %7, 2
  %15 = mul i64 %14, 16
  %16 = mul i64 %13, 8
  %17 = add i64 %15, %16
  %18 = mul i64 %7, 200
  %19 = icmp slt i64 %12, 24
  %20 = select i1 %19, i64 %12, i64 24
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
  %103 = mul i64 %102, 25
  %104 = add i64 %103, %p
  %105 = getelementptr inbounds float, float* %0, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %94, <8 x float>* %106, align 4
  %107 = add i64 %17, 1
  %108 = mul i64 %107, 25
  %109 = add i64 %108, %p
  %110 = getelementptr inbounds float, float* %0, i64 %109
  %111 = bitcast float* %110 to <8 x float>*
  store <8 x float> %95, <8 x float>* %111, align 4
  %112 = add i64 %17, 2
  %113 = mul i64 %112, 25
  %114 = add i64 %113, %p
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = bitcast float* %115 to <8 x float>*
  store <8 x float> %96, <8 x float>* %116, align 4
  %117 = add i64 %17, 3
  %118 = mul i64 %117, 25
  %119 = add i64 %118, %p
  %120 = getelementptr inbounds float, float* %0, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %97, <8 x float>* %121, align 4
  %122 = add i64 %17, 4
  %123 = mul i64 %122, 25
  %124 = add i64 %123, %p
  %125 = getelementptr inbounds float, float* %0, i64 %124
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %98, <8 x float>* %126, align 4
  %127 = add i64 %17, 5
  %128 = mul i64 %127, 25
  %129 = add i64 %128, %p
  %130 = getelementptr inbounds float, float* %0, i64 %129
  %131 = bitcast float* %130 to <8 x float>*
  store <8 x float> %99, <8 x float>* %131, align 4
  %132 = add i64 %17, 6
  %133 = mul i64 %132, 25
  %134 = add i64 %133, %p
  %135 = getelementptr inbounds float, float* %0, i64 %134
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %100, <8 x float>* %136, align 4
  %137 = add i64 %17, 7
  %138 = mul i64 %137, 25
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
  %149 = mul i64 %148, 25
  %150 = add i64 %149, %ps
  %151 = getelementptr inbounds float, float* %1, i64 %147
  %152 = load float, float* %151, align 4
  %153 = getelementptr inbounds float, float* %0, i64 %150
  store float %152, float* %153, align 4
  %154 = mul i64 %ps, 8
  %155 = add i64 %154, 1
  %156 = add i64 %18, %155
  %157 = add i64 %17, 1
  %158 = mul i64 %157, 25
  %159 = add i64 %158, %ps
  %160 = getelementptr inbounds float, float* %1, i64 %156
  %161 = load float, float* %160, align 4
  %162 = getelementptr inbounds float, float* %0, i64 %159
  store float %161, float* %162, align 4
  %163 = mul i64 %ps, 8
  %164 = add i64 %163, 2
  %165 = add i64 %18, %164
  %166 = add i64 %17, 2
  %167 = mul i64 %166, 25
  %168 = add i64 %167, %ps
  %169 = getelementptr inbounds float, float* %1, i64 %165
  %170 = load float, float* %169, align 4
  %171 = getelementptr inbounds float, float* %0, i64 %168
  store float %170, float* %171, align 4
  %172 = mul i64 %ps, 8
  %173 = add i64 %172, 3
  %174 = add i64 %18, %173
  %175 = add i64 %17, 3
  %176 = mul i64 %175, 25
  %177 = add i64 %176, %ps
  %178 = getelementptr inbounds float, float* %1, i64 %174
  %179 = load float, float* %178, align 4
  %180 = getelementptr inbounds float, float* %0, i64 %177
  store float %179, float* %180, align 4
  %181 = mul i64 %ps, 8
  %182 = add i64 %181, 4
  %183 = add i64 %18, %182
  %184 = add i64 %17, 4
  %185 = mul i64 %184, 25
  %186 = add i64 %185, %ps
  %187 = getelementptr inbounds float, float* %1, i64 %183
  %188 = load float, float* %187, align 4
  %189 = getelementptr inbounds float, float* %0, i64 %186
  store float %188, float* %189, align 4
  %190 = mul i64 %ps, 8
  %191 = add i64 %190, 5
  %192 = add i64 %18, %191
  %193 = add i64 %17, 5
  %194 = mul i64 %193, 25
  %195 = add i64 %194, %ps
  %196 = getelementptr inbounds float, float* %1, i64 %192
  %197 = load float, float* %196, align 4
  %198 = getelementptr inbounds float, float* %0, i64 %195
  store float %197, float* %198, align 4
  %199 = mul i64 %ps, 8
  %200 = add i64 %199, 6
  %201 = add i64 %18, %200
  %202 = add i64 %17, 6
  %203 = mul i64 %202, 25
  %204 = add i64 %203, %ps
  %205 = getelementptr inbounds float, float* %1, i64 %201
  %206 = load float, float* %205, align 4
  %207 = getelementptr inbounds float, float* %0, i64 %204
  store float %206, float* %207, align 4
  %208 = mul i64 %ps, 8
  %209 = add i64 %208, 7
  %210 = add i64 %18, %209
  %211 = add i64 %17, 7
  %212 = mul i64 %211, 25
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
  %19 = add i64 2, %18
  %20 = sdiv i64 %19, %17
  %21 = mul i64 %15, %20
  %22 = icmp slt i64 %21, 2
  %23 = select i1 %22, i64 %21, i64 2
  %24 = add i64 %23, %20
  %25 = icmp slt i64 %24, 2
  %26 = select i1 %25, i64 %24, i64 2
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
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = mul i64 %16, 1
  %19 = mul i64 %17, 32
  %20 = mul i64 %17, 12800
  %21 = icmp eq i64 %17, 3
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = add i64 %19, 0
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %19, 8
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %19, 16
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = load <8 x float>, <8 x float>* %32, align 4
  store <8 x float> %25, <8 x float>* %14, align 32
  store <8 x float> %29, <8 x float>* %13, align 32
  store <8 x float> %33, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %34 = add i64 %19, 0
  %35 = getelementptr inbounds float, float* %5, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %19, 8
  %39 = getelementptr inbounds float, float* %5, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %19, 16
  %43 = getelementptr inbounds float, float* %5, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %19, 24
  %47 = getelementptr inbounds float, float* %5, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %37, <8 x float>* %11, align 32
  store <8 x float> %41, <8 x float>* %10, align 32
  store <8 x float> %45, <8 x float>* %9, align 32
  store <8 x float> %49, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %50 = icmp slt i64 %k, 400
  br i1 %50, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %51 = mul i64 %k, 24
  %52 = add i64 %20, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %4, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %4, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %4, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %18, 0
  %66 = mul i64 %65, 400
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %14, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %14, align 32
  %73 = load <8 x float>, <8 x float>* %13, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = load <8 x float>, <8 x float>* %12, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %77 = add i64 %18, 0
  %78 = add i64 %19, 0
  %79 = load <8 x float>, <8 x float>* %14, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = mul i64 %77, 120
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = add i64 %18, 0
  %87 = add i64 %19, 8
  %88 = load <8 x float>, <8 x float>* %13, align 32
  %89 = fcmp olt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> zeroinitializer, <8 x float> %88
  %91 = mul i64 %86, 120
  %92 = add i64 %91, %87
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = add i64 %18, 0
  %96 = add i64 %19, 16
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = mul i64 %95, 120
  %101 = add i64 %100, %96
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %99, <8 x float>* %103, align 4
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %104 = icmp slt i64 %k4, 400
  br i1 %104, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %105 = mul i64 %k4, 32
  %106 = add i64 %20, %105
  %107 = add i64 %106, 0
  %108 = getelementptr inbounds float, float* %4, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %106, 8
  %112 = getelementptr inbounds float, float* %4, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %106, 16
  %116 = getelementptr inbounds float, float* %4, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %106, 24
  %120 = getelementptr inbounds float, float* %4, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %18, 0
  %124 = mul i64 %123, 400
  %125 = add i64 %124, %k4
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = load float, float* %126, align 4
  %128 = insertelement <8 x float> undef, float %127, i32 0
  %splat5 = shufflevector <8 x float> %128, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, <8 x float>* %11, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %110, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %11, align 32
  %131 = load <8 x float>, <8 x float>* %10, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %114, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %10, align 32
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %118, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %9, align 32
  %135 = load <8 x float>, <8 x float>* %8, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %122, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %137 = add i64 %18, 0
  %138 = add i64 %19, 0
  %139 = load <8 x float>, <8 x float>* %11, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = mul i64 %137, 120
  %143 = add i64 %142, %138
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %141, <8 x float>* %145, align 4
  %146 = add i64 %18, 0
  %147 = add i64 %19, 8
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = mul i64 %146, 120
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %150, <8 x float>* %154, align 4
  %155 = add i64 %18, 0
  %156 = add i64 %19, 16
  %157 = load <8 x float>, <8 x float>* %9, align 32
  %158 = fcmp olt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> zeroinitializer, <8 x float> %157
  %160 = mul i64 %155, 120
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %159, <8 x float>* %163, align 4
  %164 = add i64 %18, 0
  %165 = add i64 %19, 24
  %166 = load <8 x float>, <8 x float>* %8, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = mul i64 %164, 120
  %170 = add i64 %169, %165
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %168, <8 x float>* %172, align 4
  br label %endif
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
  %25 = add i64 4, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 4
  %29 = select i1 %28, i64 %27, i64 4
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 4
  %32 = select i1 %31, i64 %30, i64 4
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
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %task.header

task.header:                                      ; preds = %endif, %entry
  %task = phi i64 [ %6, %entry ], [ %task.next, %endif ]
  %15 = icmp slt i64 %task, %7
  br i1 %15, label %task.body, label %task.exit

task.body:                                        ; preds = %task.header
  %16 = srem i64 %task, 1
  %17 = sdiv i64 %task, 1
  %18 = mul i64 %16, 1
  %19 = mul i64 %17, 32
  %20 = mul i64 %17, 3840
  %21 = icmp eq i64 %17, 2
  br i1 %21, label %then, label %else

task.exit:                                        ; preds = %task.header
  ret void

then:                                             ; preds = %task.body
  %22 = add i64 %19, 0
  %23 = getelementptr inbounds float, float* %5, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %25 = load <8 x float>, <8 x float>* %24, align 4
  %26 = add i64 %19, 8
  %27 = getelementptr inbounds float, float* %5, i64 %26
  %28 = bitcast float* %27 to <8 x float>*
  %29 = load <8 x float>, <8 x float>* %28, align 4
  %30 = add i64 %19, 16
  %31 = getelementptr inbounds float, float* %5, i64 %30
  %32 = bitcast float* %31 to <8 x float>*
  %33 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %32, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  store <8 x float> %25, <8 x float>* %14, align 32
  store <8 x float> %29, <8 x float>* %13, align 32
  store <8 x float> %33, <8 x float>* %12, align 32
  br label %k.header

else:                                             ; preds = %task.body
  %34 = add i64 %19, 0
  %35 = getelementptr inbounds float, float* %5, i64 %34
  %36 = bitcast float* %35 to <8 x float>*
  %37 = load <8 x float>, <8 x float>* %36, align 4
  %38 = add i64 %19, 8
  %39 = getelementptr inbounds float, float* %5, i64 %38
  %40 = bitcast float* %39 to <8 x float>*
  %41 = load <8 x float>, <8 x float>* %40, align 4
  %42 = add i64 %19, 16
  %43 = getelementptr inbounds float, float* %5, i64 %42
  %44 = bitcast float* %43 to <8 x float>*
  %45 = load <8 x float>, <8 x float>* %44, align 4
  %46 = add i64 %19, 24
  %47 = getelementptr inbounds float, float* %5, i64 %46
  %48 = bitcast float* %47 to <8 x float>*
  %49 = load <8 x float>, <8 x float>* %48, align 4
  store <8 x float> %37, <8 x float>* %11, align 32
  store <8 x float> %41, <8 x float>* %10, align 32
  store <8 x float> %45, <8 x float>* %9, align 32
  store <8 x float> %49, <8 x float>* %8, align 32
  br label %k.header1

endif:                                            ; preds = %k.exit3, %k.exit
  %task.next = add i64 %task, 1
  br label %task.header

k.header:                                         ; preds = %k.body, %then
  %k = phi i64 [ 0, %then ], [ %k.next, %k.body ]
  %50 = icmp slt i64 %k, 120
  br i1 %50, label %k.body, label %k.exit

k.body:                                           ; preds = %k.header
  %51 = mul i64 %k, 24
  %52 = add i64 %20, %51
  %53 = add i64 %52, 0
  %54 = getelementptr inbounds float, float* %4, i64 %53
  %55 = bitcast float* %54 to <8 x float>*
  %56 = load <8 x float>, <8 x float>* %55, align 4
  %57 = add i64 %52, 8
  %58 = getelementptr inbounds float, float* %4, i64 %57
  %59 = bitcast float* %58 to <8 x float>*
  %60 = load <8 x float>, <8 x float>* %59, align 4
  %61 = add i64 %52, 16
  %62 = getelementptr inbounds float, float* %4, i64 %61
  %63 = bitcast float* %62 to <8 x float>*
  %64 = load <8 x float>, <8 x float>* %63, align 4
  %65 = add i64 %18, 0
  %66 = mul i64 %65, 120
  %67 = add i64 %66, %k
  %68 = getelementptr inbounds float, float* %1, i64 %67
  %69 = load float, float* %68, align 4
  %70 = insertelement <8 x float> undef, float %69, i32 0
  %splat = shufflevector <8 x float> %70, <8 x float> undef, <8 x i32> zeroinitializer
  %71 = load <8 x float>, <8 x float>* %14, align 32
  %72 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %56, <8 x float> %71)
  store <8 x float> %72, <8 x float>* %14, align 32
  %73 = load <8 x float>, <8 x float>* %13, align 32
  %74 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %60, <8 x float> %73)
  store <8 x float> %74, <8 x float>* %13, align 32
  %75 = load <8 x float>, <8 x float>* %12, align 32
  %76 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat, <8 x float> %64, <8 x float> %75)
  store <8 x float> %76, <8 x float>* %12, align 32
  %k.next = add i64 %k, 1
  br label %k.header

k.exit:                                           ; preds = %k.header
  %77 = add i64 %18, 0
  %78 = add i64 %19, 0
  %79 = load <8 x float>, <8 x float>* %14, align 32
  %80 = fcmp olt <8 x float> %79, zeroinitializer
  %81 = select <8 x i1> %80, <8 x float> zeroinitializer, <8 x float> %79
  %82 = mul i64 %77, 84
  %83 = add i64 %82, %78
  %84 = getelementptr inbounds float, float* %0, i64 %83
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %81, <8 x float>* %85, align 4
  %86 = add i64 %18, 0
  %87 = add i64 %19, 8
  %88 = load <8 x float>, <8 x float>* %13, align 32
  %89 = fcmp olt <8 x float> %88, zeroinitializer
  %90 = select <8 x i1> %89, <8 x float> zeroinitializer, <8 x float> %88
  %91 = mul i64 %86, 84
  %92 = add i64 %91, %87
  %93 = getelementptr inbounds float, float* %0, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %90, <8 x float>* %94, align 4
  %95 = add i64 %18, 0
  %96 = add i64 %19, 16
  %97 = load <8 x float>, <8 x float>* %12, align 32
  %98 = fcmp olt <8 x float> %97, zeroinitializer
  %99 = select <8 x i1> %98, <8 x float> zeroinitializer, <8 x float> %97
  %100 = mul i64 %95, 84
  %101 = add i64 %100, %96
  %102 = getelementptr inbounds float, float* %0, i64 %101
  %103 = bitcast float* %102 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %99, <8 x float>* %103, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif

k.header1:                                        ; preds = %k.body2, %else
  %k4 = phi i64 [ 0, %else ], [ %k.next6, %k.body2 ]
  %104 = icmp slt i64 %k4, 120
  br i1 %104, label %k.body2, label %k.exit3

k.body2:                                          ; preds = %k.header1
  %105 = mul i64 %k4, 32
  %106 = add i64 %20, %105
  %107 = add i64 %106, 0
  %108 = getelementptr inbounds float, float* %4, i64 %107
  %109 = bitcast float* %108 to <8 x float>*
  %110 = load <8 x float>, <8 x float>* %109, align 4
  %111 = add i64 %106, 8
  %112 = getelementptr inbounds float, float* %4, i64 %111
  %113 = bitcast float* %112 to <8 x float>*
  %114 = load <8 x float>, <8 x float>* %113, align 4
  %115 = add i64 %106, 16
  %116 = getelementptr inbounds float, float* %4, i64 %115
  %117 = bitcast float* %116 to <8 x float>*
  %118 = load <8 x float>, <8 x float>* %117, align 4
  %119 = add i64 %106, 24
  %120 = getelementptr inbounds float, float* %4, i64 %119
  %121 = bitcast float* %120 to <8 x float>*
  %122 = load <8 x float>, <8 x float>* %121, align 4
  %123 = add i64 %18, 0
  %124 = mul i64 %123, 120
  %125 = add i64 %124, %k4
  %126 = getelementptr inbounds float, float* %1, i64 %125
  %127 = load float, float* %126, align 4
  %128 = insertelement <8 x float> undef, float %127, i32 0
  %splat5 = shufflevector <8 x float> %128, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, <8 x float>* %11, align 32
  %130 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %110, <8 x float> %129)
  store <8 x float> %130, <8 x float>* %11, align 32
  %131 = load <8 x float>, <8 x float>* %10, align 32
  %132 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %114, <8 x float> %131)
  store <8 x float> %132, <8 x float>* %10, align 32
  %133 = load <8 x float>, <8 x float>* %9, align 32
  %134 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %118, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %9, align 32
  %135 = load <8 x float>, <8 x float>* %8, align 32
  %136 = call <8 x float> @llvm.fma.v8f32(<8 x float> %splat5, <8 x float> %122, <8 x float> %135)
  store <8 x float> %136, <8 x float>* %8, align 32
  %k.next6 = add i64 %k4, 1
  br label %k.header1

k.exit3:                                          ; preds = %k.header1
  %137 = add i64 %18, 0
  %138 = add i64 %19, 0
  %139 = load <8 x float>, <8 x float>* %11, align 32
  %140 = fcmp olt <8 x float> %139, zeroinitializer
  %141 = select <8 x i1> %140, <8 x float> zeroinitializer, <8 x float> %139
  %142 = mul i64 %137, 84
  %143 = add i64 %142, %138
  %144 = getelementptr inbounds float, float* %0, i64 %143
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %141, <8 x float>* %145, align 4
  %146 = add i64 %18, 0
  %147 = add i64 %19, 8
  %148 = load <8 x float>, <8 x float>* %10, align 32
  %149 = fcmp olt <8 x float> %148, zeroinitializer
  %150 = select <8 x i1> %149, <8 x float> zeroinitializer, <8 x float> %148
  %151 = mul i64 %146, 84
  %152 = add i64 %151, %147
  %153 = getelementptr inbounds float, float* %0, i64 %152
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %150, <8 x float>* %154, align 4
  %155 = add i64 %18, 0
  %156 = add i64 %19, 16
  %157 = load <8 x float>, <8 x float>* %9, align 32
  %158 = fcmp olt <8 x float> %157, zeroinitializer
  %159 = select <8 x i1> %158, <8 x float> zeroinitializer, <8 x float> %157
  %160 = mul i64 %155, 84
  %161 = add i64 %160, %156
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %159, <8 x float>* %163, align 4
  %164 = add i64 %18, 0
  %165 = add i64 %19, 24
  %166 = load <8 x float>, <8 x float>* %8, align 32
  %167 = fcmp olt <8 x float> %166, zeroinitializer
  %168 = select <8 x i1> %167, <8 x float> zeroinitializer, <8 x float> %166
  %169 = mul i64 %164, 84
  %170 = add i64 %169, %165
  %171 = getelementptr inbounds float, float* %0, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %168, <8 x float>* %172, align 4
  br label %endif
}

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #5

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #6

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
  %25 = add i64 3, %24
  %26 = sdiv i64 %25, %23
  %27 = mul i64 %21, %26
  %28 = icmp slt i64 %27, 3
  %29 = select i1 %28, i64 %27, i64 3
  %30 = add i64 %29, %26
  %31 = icmp slt i64 %30, 3
  %32 = select i1 %31, i64 %30, i64 3
  call void @node7.dense_2.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node8.dense_3.step0.body(float* noalias %0, float* noalias %1, float* %2, i32* %3, float* %4, float* %5, i64 %6, i64 %7) #0 {
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
  %17 = mul i64 %14, 1344
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
  %35 = icmp slt i64 %k, 84
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
  %47 = mul i64 %46, 84
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
  %70 = icmp slt i64 %k4, 84
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
  %82 = mul i64 %81, 84
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

; Function Attrs: noinline nounwind
define internal void @node8.dense_3.step0(i8* %0) #3 {
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
  call void @node8.dense_3.step0.body(float* %4, float* %7, float* %10, i32* %13, float* %16, float* %19, i64 %29, i64 %32)
  ret void
}

; Function Attrs: alwaysinline nounwind
define internal void @node9.dense_3.softmax.step0.body(float* %0, float* %1, float* %2, i32* %3, i64 %4, i64 %5) #0 {
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
define internal void @node9.dense_3.softmax.step0(i8* %0) #3 {
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
  call void @node9.dense_3.softmax.step0.body(float* %4, float* %7, float* %10, i32* %13, i64 %23, i64 %26)
  ret void
}

; Function Attrs: nounwind
define i32 @lenet_run(i8** %0, i8** %1, i8* %2) #7 {
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
  %fresh = call i8* @malloc(i64 11199)
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
  %17 = call i32 @lenet_layers0(i8** %0, i8** %1, i8* %workspace7, i32* %status)
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
define internal i32 @lenet_layers0(i8** %0, i8** %1, i8* %2, i32* %3) #3 {
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
  %12 = getelementptr inbounds i8, i8* %2, i64 0
  %13 = getelementptr inbounds i8, i8* %2, i64 6272
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
  store i8* getelementptr inbounds ([800 x i8], [800 x i8]* @weight.conv2d_1.packed, i32 0, i32 0), i8** %19, align 8
  %20 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([32 x i8], [32 x i8]* @weight.conv2d_1.bias.padded, i32 0, i32 0), i8** %20, align 8
  call void @GOMP_parallel(void (i8*)* @node0.conv2d_1.step1, i8* %18, i32 %10, i32 0)
  %21 = getelementptr inbounds i8, i8* %2, i64 6400
  %22 = getelementptr inbounds i8, i8* %2, i64 0
  %23 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %21, i8** %23, align 8
  %24 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %22, i8** %24, align 8
  %25 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %25, align 8
  %26 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %26, align 8
  %27 = bitcast [6 x i8*]* %args to i8*
  call void @node1.maxPool2d_1.nchw.step0(i8* %27)
  %28 = getelementptr inbounds i8, i8* %2, i64 0
  %29 = getelementptr inbounds i8, i8* %2, i64 6400
  %30 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %28, i8** %30, align 8
  %31 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %29, i8** %31, align 8
  %32 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %32, align 8
  %33 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %33, align 8
  %34 = bitcast [6 x i8*]* %args to i8*
  %35 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([9600 x i8], [9600 x i8]* @weight.conv2d_2.packed, i32 0, i32 0), i8** %35, align 8
  %36 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([64 x i8], [64 x i8]* @weight.conv2d_2.bias, i32 0, i32 0), i8** %36, align 8
  call void @GOMP_parallel(void (i8*)* @node2.conv2d_2.step0, i8* %34, i32 %10, i32 0)
  %37 = getelementptr inbounds i8, i8* %2, i64 6400
  %38 = getelementptr inbounds i8, i8* %2, i64 0
  %39 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %37, i8** %39, align 8
  %40 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %38, i8** %40, align 8
  %41 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %41, align 8
  %42 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %42, align 8
  %43 = bitcast [6 x i8*]* %args to i8*
  call void @node3.maxPool2d_2.step0(i8* %43)
  %44 = getelementptr inbounds i8, i8* %2, i64 0
  %45 = getelementptr inbounds i8, i8* %2, i64 6400
  %46 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %44, i8** %46, align 8
  %47 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %45, i8** %47, align 8
  %48 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %48, align 8
  %49 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %49, align 8
  %50 = bitcast [6 x i8*]* %args to i8*
  call void @node4.maxPool2d_2.nchw.step0(i8* %50)
  %51 = getelementptr inbounds i8, i8* %2, i64 1600
  %52 = getelementptr inbounds i8, i8* %2, i64 0
  %53 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %51, i8** %53, align 8
  %54 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %52, i8** %54, align 8
  %55 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %55, align 8
  %56 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %56, align 8
  %57 = bitcast [6 x i8*]* %args to i8*
  %58 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([192000 x i8], [192000 x i8]* @weight.dense_1.packed, i32 0, i32 0), i8** %58, align 8
  %59 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([480 x i8], [480 x i8]* @weight.dense_1.bias, i32 0, i32 0), i8** %59, align 8
  call void @node6.dense_1.step0(i8* %57)
  %60 = getelementptr inbounds i8, i8* %2, i64 0
  %61 = getelementptr inbounds i8, i8* %2, i64 1600
  %62 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %60, i8** %62, align 8
  %63 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %61, i8** %63, align 8
  %64 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %64, align 8
  %65 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %65, align 8
  %66 = bitcast [6 x i8*]* %args to i8*
  %67 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([42240 x i8], [42240 x i8]* @weight.dense_2.packed, i32 0, i32 0), i8** %67, align 8
  %68 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([336 x i8], [336 x i8]* @weight.dense_2.bias, i32 0, i32 0), i8** %68, align 8
  call void @node7.dense_2.step0(i8* %66)
  %69 = getelementptr inbounds i8, i8* %2, i64 0
  %70 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %70, align 8
  %71 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %69, i8** %71, align 8
  %72 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %72, align 8
  %73 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %73, align 8
  %74 = bitcast [6 x i8*]* %args to i8*
  %75 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 4
  store i8* getelementptr inbounds ([5376 x i8], [5376 x i8]* @weight.dense_3.packed, i32 0, i32 0), i8** %75, align 8
  %76 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 5
  store i8* getelementptr inbounds ([40 x i8], [40 x i8]* @weight.dense_3.bias, i32 0, i32 0), i8** %76, align 8
  call void @node8.dense_3.step0(i8* %74)
  %77 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 0
  store i8* %7, i8** %77, align 8
  %78 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 1
  store i8* %7, i8** %78, align 8
  %79 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 2
  store i8* null, i8** %79, align 8
  %80 = getelementptr inbounds [6 x i8*], [6 x i8*]* %args, i64 0, i64 3
  store i8* %11, i8** %80, align 8
  %81 = bitcast [6 x i8*]* %args to i8*
  call void @node9.dense_3.softmax.step0(i8* %81)
  ret i32 0
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @lenet_info() #8 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc_model_get_info() #8 {
entry:
  ret { i32, i8*, i8*, i8*, i32, i32, { i8*, i32, i32, i64*, i64 }*, { i8*, i32, i32, i64*, i64 }*, i64, i64 }* @dlc.model_info
}

; Function Attrs: nounwind
define i64 @lenet_workspace_size() #8 {
entry:
  ret i64 11199
}

; Function Attrs: nounwind
define i32 @lenet_infer(i8* %0, i8* %1, i8* %2) #8 {
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
  %11 = call i32 @lenet_run(i8** %7, i8** %10, i8* %2)
  ret i32 %11
}

attributes #0 = { alwaysinline nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { noinline nounwind "target-cpu"="x86-64-v3" }
attributes #4 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #5 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #6 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #7 = { nounwind "target-cpu"="x86-64-v3" }
attributes #8 = { nounwind }

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
